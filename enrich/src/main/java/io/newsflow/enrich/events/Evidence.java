package io.newsflow.enrich.events;

import java.util.EnumSet;
import java.util.Set;

/**
 * What supports or weakens one coded event: how its source and target were found, how they stand to each other and how
 * sure its verb is. The weight of each is fitted on the dev sets' labelled events, and the threshold for
 * {@code confident} chosen on their check part ({@link Confidence}, {@code confidence.yaml}).
 */
enum Evidence {
    /** The source is the subject of the trigger's own clause. */
    SUBJECT,
    /** The source is an agent: "by X" after a passive or a noun, "X's" before a nominal trigger. */
    AGENT,
    /** The source is the first actor after the trigger, by Russian free word order (a guess: the subject was not before it). */
    AFTER_TRIGGER,
    /** The source is a modifier right before a nominal trigger ("Russian strikes", "Armenia–Azerbaijan talks"). */
    MODIFIER,
    /** The source is named inside the subject ("Doctors from two American aid groups donated …"). */
    INSIDE_SUBJECT,
    /** The source is a pronoun's antecedent ("He urged …" after "Lavrov arrived …"). */
    PRONOUN,
    /** The target is the trigger's object or the object of a target preposition ("accused Moscow", "talks with Baku"). */
    OBJECT,
    /** A denial with no target named answers the accusation just before it ("Russia denied these claims"). */
    REPLY,
    /**
     * No target named: the target is the state where the act happened ("talks in Yerevan": Armenia hosts; "ethnic
     * cleansing in Montenegro").
     */
    PLACE,
    /**
     * No target named for a domestic kind of act (a protest, an arrest, a demand): by PLOVER's convention it is aimed
     * at the source's own state ("Rwandan rebels demanded …" → Rwanda).
     */
    DOMESTIC,
    /** The trigger is a phrase of several words ("held talks", "imposed … sanctions"), less ambiguous than one word. */
    PHRASE,
    /** The trigger is tagged as a verb (its clause is an act, not a topic). */
    VERB,
    /** An earlier trigger of the clause had no doer, so this later one is taken as the clause's act. */
    LATER_IN_CLAUSE,
    /** The actor has no country of its own: the sentence's or the article's is assumed. */
    ASSUMED_COUNTRY,
    /** A side is a proper name no dictionary knows and no title introduces ({@link ProperNames}). */
    NAME_ONLY,
    /** The actor has no country of its own and none can be assumed (the only one named is the other side's state). */
    UNKNOWN_COUNTRY,
    /**
     * A speech act's clause names no target and none of the direct fallbacks gave one: it is aimed at the nearest actor
     * of another country in its sentence ({@code Targets.nearestNamed}); of those it added, about two in three were right
     * on both parts of the region dev set (docs/events.md, session 27).
     */
    NEAREST_TARGET,
    /** A future or planned act, coded as its promise (AGREE) or threat (THREATEN). */
    PROMISED,
    /**
     * Source and target belong to the same state and the target was named, not assumed ({@link #DOMESTIC}): on the dev
     * sets about half of these are right against three in four of all events, because an actor of the sentence
     * resolved to the wrong state or a state's own organ is taken as its target.
     */
    SAME_STATE,
    /** The target is a person: "accused Pashinyan", "met Putin" (on the dev sets nine in ten are right). */
    PERSON_TARGET,
    /**
     * More than {@link EventCoder#NEAR} words lie between the source and the trigger: the longer the reach, the likelier
     * a clause boundary the structure did not see.
     */
    FAR_SOURCE,
    /** More than {@link EventCoder#NEAR} words lie between the trigger and the target. */
    FAR_TARGET,
    /**
     * The trigger's clause is a subordinate or relative one ("after Russian peacekeepers were killed", "a deal that ended
     * the fighting"): news tells the background of its story there.
     */
    SUBORDINATE,
    /** A negated act of cooperation, coded as REJECT ("did not agree"). */
    REFUSED,
    /** A negated act of another kind, or one put off ("postponed his trip"): it did not happen. */
    NEGATED,
    /** The act may happen or is only weighed ("could", "is considering", "if"). */
    HYPOTHETICAL,
    /** The trigger sits in a question. */
    QUESTION,
    /**
     * The trigger sits in the headline ({@link EventCoder#hasHeadline}): its telegraphic grammar ("Kazakhstan protests
     * to Kyiv after drone boats hit …") leaves the sides less certain than a sentence's.
     */
    HEADLINE,
    /**
     * The act is a word of negative evaluation in reported speech ({@link ReportedWrongs}: "said Belarus had abused the
     * asylum system"), not a word the lexicon lists for the act.
     */
    EVALUATION,
    /** No part-of-speech tagger for the language: clause structure from punctuation and function words only. */
    UNTAGGED,
    /**
     * No target was found, named or inferred: mostly half an event (who acted is read, on whom is not), reported only
     * when the text has no whole one; also a meeting with an organisation that names no member. Since the model weighs
     * types and patterns ("condemn*" is a sure word) this keeps such an event from looking sure.
     */
    NO_TARGET,
    /**
     * A side is a counted group of states named before ("the three presidents agreed", "urged both countries",
     * {@link CountedGroups}): its latest state stands for the group.
     */
    COUNTED;

    static Set<Evidence> none() {
        return EnumSet.noneOf(Evidence.class);
    }
}
