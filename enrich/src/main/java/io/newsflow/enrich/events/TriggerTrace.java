package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

/**
 * What became of one trigger word the lexicon found in a text: an event, or the step of the coder that stopped it.
 * {@code newsflow analyze --trace} prints them, so that a user can see why a sentence gave no event, and
 * {@code scripts/events-eval --misses} counts, for the gold events the coder misses, which step lost them.
 *
 * @param start character offset of the trigger's first word in the text
 * @param end   character offset after its last word
 * @param text  the trigger's words as written
 * @param type  the event type the lexicon gives it
 * @param fate  what became of it
 */
public record TriggerTrace(int start, int end, String text, EventType type, Fate fate) {

    /** The coder's steps in order; a trigger's fate is the last step it reached. */
    public enum Fate {
        /** The sentence names no one who could act (no actor, group noun or capitalised name). */
        NO_ACTOR("no-actor"),
        /** Overlapped by a longer trigger, inside an actor's name, or a topic rather than an act ("talks on …"). */
        NOT_AN_ACT("not-an-act"),
        /** Its clause's act was coded from an earlier trigger (a later one is its complement). */
        CLAUSE_CODED("clause-coded"),
        /** No source: nobody found doing it in the clause's structure. */
        NO_SOURCE("no-source"),
        /** Another reading of the same act in the sentence was kept (same type and source). */
        MERGED("merged"),
        /** A source but no target: reported only when the text has no whole event. */
        NO_TARGET("no-target"),
        /** Negated, hypothetical or asked about: reported only when the text has no whole event, never confident. */
        DID_NOT_HAPPEN("did-not-happen"),
        /** The same event (type and sides) was coded earlier in the text, or the headline retells the lead's. */
        REPEATED("repeated"),
        /** An event of the output. */
        EVENT("event");

        private final String label;

        Fate(String label) {
            this.label = label;
        }

        /** The fate as {@code analyze --trace} prints it. */
        public String label() {
            return label;
        }
    }
}
