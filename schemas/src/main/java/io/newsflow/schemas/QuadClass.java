package io.newsflow.schemas;


import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The four "quad classes" users of event data group events into: verbal or material, cooperation or conflict. This
 * enum is the one place that maps the 16 PLOVER types onto them; the index stage stores the class on every event
 * ({@code quadClass}), so the built-in page, the API and the Kibana dashboards all read the same grouping.
 *
 * <p>The mapping follows the classic CAMEO quad split that PLOVER's types descend from: statements, consultations,
 * support and appeals are verbal cooperation; concessions, practical cooperation, aid and retreats are material
 * cooperation; accusations, rejections and threats are verbal conflict; protests, sanctions, mobilisation, coercion
 * and assaults are material conflict. {@code REQUEST} covers both appeals and demands in PLOVER; it is counted as
 * verbal cooperation (CAMEO's "appeal"), which is how most of our sources' requests read (calls for talks, for aid).
 */
public enum QuadClass {
    VERBAL_COOPERATION(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.REQUEST),
    MATERIAL_COOPERATION(EventType.CONCEDE, EventType.COOPERATE, EventType.AID, EventType.RETREAT),
    VERBAL_CONFLICT(EventType.ACCUSE, EventType.REJECT, EventType.THREATEN),
    MATERIAL_CONFLICT(EventType.PROTEST, EventType.SANCTION, EventType.MOBILIZE, EventType.COERCE, EventType.ASSAULT);

    private final Set<EventType> types;

    QuadClass(EventType... types) {
        this.types = EnumSet.copyOf(Arrays.asList(types));
    }

    /** The PLOVER types in this class. */
    public Set<EventType> types() {
        return EnumSet.copyOf(types);
    }

    /** Whether the class's acts are done by speaking (statements, appeals, charges, threats): the two verbal classes. */
    public boolean verbal() {
        return this == VERBAL_COOPERATION || this == VERBAL_CONFLICT;
    }

    /** The class of {@code type}; every PLOVER type has exactly one. */
    public static QuadClass of(EventType type) {
        for (QuadClass q : values()) if (q.types.contains(type)) return q;
        throw new IllegalStateException("PLOVER type " + type + " has no quad class"); // QuadClassTest guards this
    }

    /** {@code VERBAL_CONFLICT} from any case; an {@link IllegalArgumentException} naming the choices otherwise. */
    public static QuadClass parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown quad class '" + name + "'; one of " + List.of(values()));
        }
    }
}
