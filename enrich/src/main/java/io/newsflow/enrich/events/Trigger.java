package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

/**
 * A word or phrase that signals an event, found in a sentence.
 *
 * @param type       PLOVER type
 * @param mode       how (phone call, visit, peacekeeping, ...), or null
 * @param weight     preference when several triggers compete (see {@code lexicon-en.yaml})
 * @param firstToken index of the first token
 * @param lastToken  index of the last token (inclusive)
 * @param length     number of pattern elements (a longer pattern is more specific)
 * @param pattern    the lexicon pattern that matched, as written in its file (a key of {@code confidence.yaml}'s
 *                   {@code patterns}), or the name of the rule that found the trigger
 */
public record Trigger(EventType type, String mode, double weight, int firstToken, int lastToken, int length, String pattern) {
    /** The same act read at another word (the verb a noun or an infinitive hangs on), as a one-word trigger. */
    Trigger at(int token) {
        return new Trigger(type, mode, weight, token, token, 1, pattern);
    }

    public Trigger withType(EventType newType, String newMode) {
        return new Trigger(newType, newMode, weight, firstToken, lastToken, length, pattern);
    }
}
