package io.newsflow.enrich.events;

import java.util.EnumSet;
import java.util.Set;

/**
 * What supports (or weakens) one coded event, and by how much. An event's confidence is {@link #BASE} plus the
 * weights of its evidence, clipped to [0, 1]; {@link #THRESHOLD} splits confident events (shown by default) from the
 * rest. The weights are set by hand from the kinds of error seen; the threshold is calibrated on the tune part of the
 * dev sets so that precision on their check part is at least 0.80 (docs/events.md has the table and the command).
 */
enum Evidence {
    /** The source is the subject of the trigger's own clause. */
    SUBJECT(0.20),
    /** The source is an agent: "by X" after a passive or a noun, "X's" before a nominal trigger. */
    AGENT(0.20),
    /** The source is a modifier right before a nominal trigger ("Russian strikes", "Armenia–Azerbaijan talks"). */
    MODIFIER(0.10),
    /** The source is named inside the subject ("Doctors from two American aid groups donated …"). */
    INSIDE_SUBJECT(0.0),
    /** The source is a pronoun's antecedent ("He urged …" after "Lavrov arrived …"). */
    PRONOUN(0.05),
    /** The target is the trigger's object or the object of a target preposition ("accused Moscow", "talks with Baku"). */
    OBJECT(0.15),
    /**
     * No target named: the target is the state where the act happened ("talks in Yerevan": Armenia hosts; "ethnic
     * cleansing in Montenegro").
     */
    PLACE(-0.05),
    /**
     * No target named for a domestic kind of act (a protest, an arrest, a demand): by PLOVER's convention it is aimed
     * at the source's own state ("Rwandan rebels demanded …" → Rwanda).
     */
    DOMESTIC(-0.10),
    /** The trigger is a phrase of several words ("held talks", "imposed … sanctions"), less ambiguous than one word. */
    PHRASE(0.05),
    /** The trigger is tagged as a verb (its clause is an act, not a topic). */
    VERB(0.05),
    /** The actor has no country of its own: the sentence's or the article's is assumed. */
    ASSUMED_COUNTRY(-0.10),
    /** A future or planned act, coded as its promise (AGREE) or threat (THREATEN). */
    PROMISED(-0.05),
    /** A negated act of cooperation, coded as REJECT ("did not agree"). */
    REFUSED(-0.05),
    /** A negated act of another kind: it did not happen. */
    NEGATED(-0.40),
    /** The act may happen or is only weighed ("could", "is considering", "if"). */
    HYPOTHETICAL(-0.40),
    /** The trigger sits in a question. */
    QUESTION(-0.40),
    /** No part-of-speech tagger for the language: clause structure from punctuation and function words only. */
    UNTAGGED(-0.05);

    /** Confidence of an event with a source and nothing else known. */
    static final double BASE = 0.45;
    /** Events at or above it are {@code confident}: search, dashboards and pair counts show them by default. */
    static final double THRESHOLD = 0.70;

    final double weight;

    Evidence(double weight) {
        this.weight = weight;
    }

    /** {@link #BASE} plus the weights, in [0, 1], rounded to two decimals. */
    static double confidence(Set<Evidence> evidence) {
        double c = BASE;
        for (Evidence e : evidence) c += e.weight;
        return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100.0;
    }

    static Set<Evidence> none() {
        return EnumSet.noneOf(Evidence.class);
    }
}
