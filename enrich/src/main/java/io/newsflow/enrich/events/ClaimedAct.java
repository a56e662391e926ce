package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Set;

/**
 * An attack claimed inside an accusation: "Armenia accused Azerbaijani troops of shelling the village", "accusing
 * Russian soldiers of torturing and killing residents", "accused Baku of trying to seize a position". The dataset's
 * convention (and PLOVER's) codes the accusation and, beside it, the attack it reports: the accused attacked. Only
 * attacks (ASSAULT) are read this way: lesser claims ("of meddling", "of supplying the migrants") are the accusation's
 * content and stay uncoded.
 *
 * <p>English only (it needs the tagger's verbs); the gerund must follow "of" directly, after "having", after a verb of
 * trying ({@link #TRYING}: "trying to", "planning to", …), or after another gerund it is coordinated with ("of
 * torturing and killing").
 */
final class ClaimedAct {
    private ClaimedAct() {}

    /** Verbs of trying whose infinitive is the claimed act ("of trying to seize"). */
    private static final Set<String> TRYING = Set.of("trying", "attempting", "seeking", "planning", "preparing");
    /** Words between the accused and "of" that do not end the phrase ("accused Russia on Tuesday of …"). */
    private static final int ACCUSED_TO_OF = 4;

    /**
     * The accused of the accusation that claims trigger {@code t} (one {@link #claimed} accepts), or null when no
     * accusation claims it: the actor between a form of "accuse" and the "of" that governs the trigger.
     */
    static Participant accused(SentenceStructure st, List<Participant> people, Trigger t) {
        int of = governingOf(st, t.firstToken());
        for (Participant p : people) {
            if (p.lastToken() >= of || of - p.lastToken() - 1 > ACCUSED_TO_OF || p.locative()) continue;
            int verb = p.firstToken() - 1;
            while (verb >= st.first() && st.tag(verb).equals("DET")) verb--; // "accused the protesters of …"
            if (verb >= st.first() && st.lower(verb).startsWith("accus")) return p;
        }
        return null;
    }

    /** Whether {@code t} may be an attack claimed in an accusation: an attack verb governed by "of" (no actor looked at). */
    static boolean claimed(SentenceStructure st, Trigger t) {
        return t.type() == EventType.ASSAULT && st.tagged() && governingOf(st, t.firstToken()) >= 0;
    }

    /** The accused as the claimed attack's source, and the verb's object as its target. */
    static Arguments arguments(SentenceStructure st, List<Participant> people, Trigger t, Participant accused) {
        Participant target = Targets.object(st, people, t, accused);
        return new Arguments(accused, Evidence.AGENT, target, target == null ? null : Evidence.OBJECT);
    }

    /** The "of" the claimed verb at {@code i} depends on, or -1. */
    private static int governingOf(SentenceStructure st, int i) {
        int k = i - 1;
        boolean verbal = st.lower(i).endsWith("ing");
        if (k - 1 >= st.first() && st.lower(k).equals("to") && TRYING.contains(st.lower(k - 1))) { // "of trying to seize"
            k -= 2;
            verbal = true;
        }
        if (k >= st.first() && st.lower(k).equals("having")) { // "of having shelled"
            k--;
            verbal = true;
        }
        if (!verbal || k < st.first()) return -1;
        // "of torturing and killing": the second gerund shares the first's "of"
        if (k - 1 >= st.first() && (st.lower(k).equals("and") || st.lower(k).equals("or")) && st.lower(k - 1).endsWith("ing")) {
            return governingOf(st, k - 1);
        }
        return st.lower(k).equals("of") ? k : -1;
    }
}
