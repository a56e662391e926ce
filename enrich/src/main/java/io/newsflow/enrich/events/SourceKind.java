package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.UnknownActors;

/**
 * What kind of actor an event's source is, one of the confidence model's features ({@link Confidence}): on the dev sets
 * a named person acts as coded far more often than a place does (a capital or region read as a doer: "Moscow" is
 * usually right, "Chechnya" in "operations in Chechnya" is not), and a capitalised name the dictionary does not know
 * less often than a known organisation. The kinds are the actor dictionary's ({@code person}, {@code country},
 * {@code organisation}, {@code place}) and the provisional actors the analysis makes up when no entry fits.
 */
enum SourceKind {
    PERSON,
    COUNTRY,
    ORGANISATION,
    PLACE,
    /** An office read as its holder ("Armenia's President" with no holder on record). */
    ROLE,
    /** A group named by a common noun ("protesters", "the police", "the allies"; {@link GroupNouns}). */
    GROUP,
    /** A capitalised name of no known kind ({@link ProperNames}: "Sargsyan" when no Sargsyan is on record). */
    NAME,
    /** A person no dictionary lists, known as a person by a title before the name ("Defence Minister X"). */
    UNKNOWN_PERSON,
    /** An organisation no dictionary lists, known by its word ("the X Movement", "X Party"). */
    UNKNOWN_ORGANISATION;

    /**
     * The kind of the actor with this id: a provisional actor's from its id, a dictionary actor's from its entry; an
     * actor the dictionary does not list is a body made up for a state ({@link ActorResolver#OWN_BODY_PREFIX}: "its
     * Foreign Ministry"), an organisation.
     */
    static SourceKind of(String actorId, ActorDictionary dictionary) {
        if (ProperNames.isName(actorId)) return NAME;
        if (GroupNouns.isGroup(actorId)) return GROUP;
        if (ActorResolver.isRole(actorId)) return ROLE;
        var unknown = UnknownActors.kindOf(actorId);
        if (unknown.isPresent()) return switch (unknown.get()) {
            case "person" -> UNKNOWN_PERSON;
            case "place" -> PLACE;
            default -> UNKNOWN_ORGANISATION;
        };
        return dictionary.byId(actorId).map(e -> switch (e.kind()) {
            case "person" -> PERSON;
            case "country" -> COUNTRY;
            case "place" -> PLACE;
            default -> ORGANISATION;
        }).orElse(ORGANISATION);
    }
}
