package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.UnknownActors;
import io.newsflow.schemas.EventActor;

/**
 * What kind of actor an event's source is, one of the confidence model's features ({@link Confidence}): on the dev sets
 * a named person acts as coded far more often than a place does (a region or town read as a doer: "Chechnya" in "agreed
 * to halt military operations in Chechnya"; a capital is its state by then: "Moscow said" is {@link #COUNTRY}), and a
 * capitalised name the dictionary does not know less often than a known actor. The kinds are the actor dictionary's
 * ({@code person}, {@code country}, {@code organisation}, {@code place}) and those of the provisional actors the
 * analysis makes up when no entry fits.
 */
enum SourceKind {
    /** A person of the actor dictionary. */
    PERSON,
    /** A state. */
    COUNTRY,
    /**
     * An organisation of the actor dictionary (ministries, parties, companies, intergovernmental bodies), or a body made
     * up for a state ({@link ActorResolver#OWN_BODY_PREFIX}: "its Foreign Ministry").
     */
    ORGANISATION,
    /** A place of the actor dictionary: a region, a town, a disputed territory (a capital has become its state by then). */
    PLACE,
    /** An office read as its holder ("Armenia's President" with no holder on record). */
    ROLE,
    /** A group named by a common noun ("protesters", "the police", "the allies"; {@link GroupNouns}). */
    GROUP,
    /**
     * A capitalised name of no known actor ({@link ProperNames}: "Sargsyan" when no Sargsyan is on record; also a name
     * read as a place after "in", whose id does not say so).
     */
    NAME,
    /** A person no dictionary lists, known as a person by a title before the name ("Defence Minister X"). */
    UNKNOWN_PERSON,
    /** An organisation no dictionary lists, known by its word ("the X Movement", "X Party"). */
    UNKNOWN_ORGANISATION;

    /** The kind of an event's source; {@code null} when it has none, or for an id of no form known here (weighs 0). */
    static SourceKind of(EventActor source, ActorDictionary dictionary) {
        return source == null ? null : of(source.getId(), dictionary);
    }

    /**
     * The kind of the actor with this id: a provisional actor's from its id, a dictionary actor's from its entry;
     * {@code null} for an id of no form known here.
     */
    static SourceKind of(String actorId, ActorDictionary dictionary) {
        if (ProperNames.isName(actorId)) return NAME;
        if (GroupNouns.isGroup(actorId)) return GROUP;
        if (ActorResolver.isRole(actorId)) return ROLE;
        if (actorId.startsWith(ActorResolver.OWN_BODY_PREFIX)) return ORGANISATION;
        var unknown = UnknownActors.kindOf(actorId);
        if (unknown.isPresent()) return unknown.get().equals("person") ? UNKNOWN_PERSON : UNKNOWN_ORGANISATION;
        return dictionary.byId(actorId).map(e -> switch (e.kind()) {
            case "person" -> PERSON;
            case "country" -> COUNTRY;
            case "organisation" -> ORGANISATION;
            case "place" -> PLACE;
            default -> null; // a kind ActorEntry does not allow
        }).orElse(null);
    }
}
