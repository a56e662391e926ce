package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Set;

/**
 * "… sanctions against Minsk, which it already accuses of using migrants as a weapon", "Iran, which Washington accuses
 * of arming the Houthis": an accusation in a relative clause whose verb has no object of its own ("accuses of …") is
 * aimed at the relative pronoun's antecedent, the actor right before it; the clause's subject is the accuser, and a
 * pronoun there ("it", "they") stands for the sentence's first actor (else the last event's source), never for the
 * antecedent, which is the accused.
 * English only (it needs the tagger's clauses). Immutable; linear in the sentence.
 */
final class RelativeAccusation {
    private RelativeAccusation() {}

    /** Relative pronouns that may open an object relative ("which it accuses of", "whom he accused of"). */
    private static final Set<String> RELATIVES = Set.of("which", "that", "whom", "who");
    /** Verbs of accusing whose object the relative pronoun is when "of" follows them directly. */
    private static final Set<String> ACCUSING = Set.of("accuse", "accuses", "accused");
    /** Pronouns that stand for an actor named before the relative clause. */
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she");
    /**
     * Words from the antecedent's last word to the relative pronoun at most (an apposition between: "Jaish al-Adl, a
     * Sunni militant group that").
     */
    static final int ANTECEDENT_REACH = 6;

    /**
     * The accuser and the accused, or null when the trigger is no such accusation; {@code previous} (may be null), the
     * source of the last event before the sentence, is the accuser a pronoun stands for when the sentence names no one
     * else before the clause.
     */
    static Arguments find(SentenceStructure st, List<Participant> people, Trigger t, Participant previous) {
        if (!st.tagged() || t.type() != EventType.ACCUSE || !ACCUSING.contains(st.lower(t.firstToken()))) return null;
        int next = t.firstToken() + 1;
        if (next > st.last() || !st.lower(next).equals("of")) return null;
        int relative = st.clauseStart(t.firstToken());
        if (relative <= st.first() || relative >= t.firstToken() - 1 || !RELATIVES.contains(st.lower(relative))) return null;
        // "a group that it is accused of arming": a passive's subject is the accused, not the accuser (the word before
        // the trigger is inside the clause: the relative pronoun stands two or more words before it)
        if (st.words().passive().contains(st.lower(t.firstToken() - 1))) return null;
        Participant accused = Arguments.antecedent(people, relative, false);
        if (accused == null || accused.lastToken() < relative - ANTECEDENT_REACH) return null;
        Participant accuser = Arguments.lastActorBetween(people, relative, t.firstToken());
        if (accuser == null && PRONOUNS.contains(st.lower(relative + 1))) {
            for (Participant p : people) { // the sentence's first actor other than the accused
                if (p.firstToken() >= relative) break;
                if (!p.locative() && !p.possessor() && !Arguments.sameActor(p, accused)) {
                    accuser = p;
                    break;
                }
            }
            if (accuser == null) accuser = previous;
        }
        if (accuser == null || Arguments.sameActor(accuser, accused)) return null;
        return new Arguments(accuser, Evidence.SUBJECT, accused, Evidence.OBJECT);
    }
}
