package io.newsflow.enrich.actors;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every actor mention of one text, in text order (see {@link ActorResolver}).
 */
public record ResolvedActors(List<ActorMention> mentions) {
    public ResolvedActors {
        mentions = List.copyOf(mentions);
    }

    /** The article's actors for the Avro record: one per id, in order of first mention, with every mention. */
    public List<Actor> toAvro() {
        Map<String, Actor.Builder> byId = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            ActorEntry a = m.actor();
            Actor.Builder b = byId.computeIfAbsent(a.id(), id -> Actor.newBuilder().setId(id).setName(a.name()).setKind(a.kind())
                    .setCountryCode(a.country()).setSector(a.sector()).setRole(null).setMentions(new ArrayList<>()));
            if (b.getRole() == null && m.role() != null) b.setRole(m.role());
            b.getMentions().add(new Mention(m.start(), m.end(), m.surface()));
        }
        return byId.values().stream().map(Actor.Builder::build).toList();
    }
}
