package io.newsflow.enrich.events;

import java.util.List;
import java.util.Set;

/**
 * Who says what a sentence quotes or reports, for acts whose subject is "we", "I" or none ("“We call on Azerbaijan …,”
 * Power told reporters", "«Требуем …», — заявила Захарова", "We will respond, Lavrov said."): the actor outside the
 * quotation marks, in a closing attribution, or the subject of the verb of speech before. Stateless; linear in the
 * sentence.
 */
final class Speakers {
    private Speakers() {}

    /** First-person pronouns: inside a quotation they are its speaker, not the actor named before them. */
    static final Set<String> FIRST_PERSON = Set.of("we", "i", "мы", "я", "մենք", "ես");

    /**
     * The speaker of the quotation word {@code i} stands in: the first actor after the closing quotation mark ("“We call
     * on Azerbaijan …,” Power told reporters"), else the last actor before the opening one ("Power said: “We …"); for
     * words outside quotation marks, the actor of a closing attribution ("We will respond, Lavrov said."), else the
     * subject of a verb of speech before them ("Lavrov said Georgia must …"); null when there is none.
     */
    static Participant quoteSpeaker(SentenceStructure st, List<Participant> people, int i) {
        int open = openingQuote(st, i);
        if (open < 0) {
            Participant attributed = attribution(st, people, i);
            return attributed != null ? attributed : reporter(st, people, i);
        }
        for (int close = i + 1; close <= st.last(); close++) {
            if (!st.quoteBefore(close)) continue;
            for (Participant p : people) if (p.firstToken() >= close && !p.locative() && !p.possessor()) return p;
            break;
        }
        Participant before = null;
        for (Participant p : people) if (p.lastToken() < open && !p.locative() && !p.possessor()) before = p;
        return before;
    }

    /**
     * "Lavrov said Georgia must apologise": the subject of the verb of speech before word {@code i}, or null. A
     * participle after a comma shares the subject of the verb before it ("PACE voted …, saying Baku had failed …").
     */
    static Participant reporter(SentenceStructure st, List<Participant> people, int i) {
        return speakerOf(st, people, reportingVerbBefore(st, i), null);
    }

    /**
     * The subject of the verb of speech at word {@code k} (as {@link #reporter}), or null when {@code k} is -1; a pronoun
     * subject stands for {@code previous} (the last event's source, may be null) as {@link Arguments} reads it.
     */
    static Participant speakerOf(SentenceStructure st, List<Participant> people, int k, Participant previous) {
        if (k < 0) return null;
        Participant who = Arguments.subjectOf(st, people, k, previous);
        if (who != null || !st.lower(k).endsWith("ing")) return who;
        for (int v = k - 1; v >= st.first(); v--) {
            if (st.isVerb(v)) return Arguments.subjectOf(st, people, v, previous);
        }
        return null;
    }

    /** The last verb of speech before word {@code i}, or -1. */
    static int reportingVerbBefore(SentenceStructure st, int i) {
        for (int k = i - 1; k >= st.first(); k--) {
            if (st.words().reporting().contains(st.lower(k))) return k;
        }
        return -1;
    }

    /** The word after the quotation mark that opens the quotation word {@code i} is in, or -1 when it is in none. */
    private static int openingQuote(SentenceStructure st, int i) {
        int open = -1;
        boolean inside = false;
        for (int k = st.first(); k <= i; k++) {
            if (!st.quoteBefore(k)) continue;
            inside = !inside || st.opensQuote(k); // a mark before a word opens unless it closes the one before
            if (inside) open = k;
        }
        return inside ? open : -1;
    }

    /**
     * "…, Lavrov said." / "…, Lavrov told reporters.": the actor that, after the sentence's last comma, is the subject of
     * a verb of speech (after word {@code i}); else null.
     */
    private static Participant attribution(SentenceStructure st, List<Participant> people, int i) {
        for (int k = st.last(); k > i; k--) {
            if (!st.commaBefore(k)) continue;
            for (Participant p : people) {
                if (p.firstToken() < k || p.locative() || p.possessor()) continue;
                int verb = p.lastToken() + 1;
                return verb <= st.last() && st.words().reporting().contains(st.lower(verb)) ? p : null;
            }
            return null;
        }
        return null;
    }
}
