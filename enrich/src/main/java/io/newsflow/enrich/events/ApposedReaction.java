package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Set;

/**
 * "The EU extended its mission, a move criticised in Baku", "…, a decision condemned by Moscow and welcomed in Kyiv":
 * a reaction told as a participle after an apposition that renames the clause's act ("a move", "a step", "the
 * decision": {@code function-words.yaml}'s priorActs) is the reaction of the actor after "by", "in" or "from" to whoever
 * did that act, the subject of the verb before the apposition (of the verb of speech that reports it when the noun
 * renames words: "a claim rejected by Moscow"). Without this reading the clause's subject is taken for the
 * reacting side and the reacting capital for its target. A participle coordinated with such a one ("welcomed in Yerevan
 * and criticised in Baku") renames the same act. English only (it needs the tagger); linear in the sentence.
 */
final class ApposedReaction {
    private ApposedReaction() {}

    /** Reactions to another's act that news tells in a participle after its apposition. */
    private static final Set<EventType> REACTIONS = Set.of(EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT);
    /** Words before the reacting actor: the agent's "by", and a capital's "in" and "from". */
    private static final Set<String> REACTING = Set.of("by", "in", "from");
    /** Words from a coordinated participle back to the one before it ("welcomed in Yerevan and criticised"). */
    private static final int CONJUNCT_REACH = 6;

    /**
     * The reacting actor as the source and the act's doer as the target (null when the clause names none), or null when
     * the trigger is no such reaction.
     */
    static Arguments find(SentenceStructure st, List<Participant> people, Trigger t, Participant previous) {
        int noun = apposedNoun(st, t);
        if (noun < 0) return null;
        int after = t.lastToken() + 1;
        Participant reacting = Arguments.startingAt(people, after + 1, Math.min(st.last(), after + 2));
        if (reacting == null || reacting.possessor()) return null;
        int verb = determinerAt(st, noun) - 1; // the verb of the clause the apposition follows
        while (verb >= st.first() && !st.isVerb(verb)) verb--;
        if (verb < st.first()) return new Arguments(reacting, Evidence.AGENT, null, null);
        // "Kyiv said Belarusian troops were moving, a report denied in Minsk": words are the speaker's
        int speech = SPOKEN.contains(st.lower(noun)) ? Arguments.reportingVerbOf(st, verb) : -1;
        Participant doer = Arguments.subjectOf(st, people, speech >= 0 ? speech : verb, previous);
        if (doer != null && Arguments.sameActor(doer, reacting)) doer = null;
        return new Arguments(reacting, Evidence.AGENT, doer, doer == null ? null : Evidence.OBJECT);
    }

    /**
     * The noun of the apposition a reaction's participle follows, when the participle names who reacts after it ("a
     * move criticised in Baku"); -1 when the trigger is no such reaction. Such a participle is an act of its own, beside
     * the clause's.
     */
    static int apposedNoun(SentenceStructure st, Trigger t) {
        if (!st.tagged() || !REACTIONS.contains(t.type()) || t.length() > 1 || !st.lower(t.firstToken()).endsWith("ed")) return -1;
        int after = t.lastToken() + 1;
        if (after >= st.last() || !REACTING.contains(st.lower(after))) return -1;
        return apposedNoun(st, t.firstToken(), true);
    }

    /** Apposition nouns that rename words said, not an act done: their doer is the one who said them. */
    private static final Set<String> SPOKEN = Set.of("claim", "claims", "report", "reports", "remarks", "comments", "statement",
            "statements", "accusation", "accusations", "allegation", "allegations", "announcement", "proposal", "offer");

    /**
     * The apposition's noun the participle at {@code participle} follows (adverbs between: "a move widely criticised"),
     * or the one of the participle it is coordinated with; -1 when there is none.
     */
    private static int apposedNoun(SentenceStructure st, int participle, boolean mayBeConjunct) {
        int i = participle - 1;
        while (i > st.first() && st.tag(i).equals("ADV")) i--;
        if (i > st.first() && st.words().priorActs().contains(st.lower(i)) && st.tag(i).equals("NOUN") && determinerAt(st, i) >= 0) return i;
        if (!mayBeConjunct || i <= st.first() || !st.lower(i).equals("and")) return -1;
        for (int j = i - 1; j >= Math.max(st.first(), i - CONJUNCT_REACH); j--) {
            if (st.boundaryBefore(j + 1) && j + 1 < i) return -1;
            if (st.lower(j).endsWith("ed") && st.tag(j).equals("VERB")) return apposedNoun(st, j, false);
        }
        return -1;
    }

    /**
     * The word before the apposition's noun that opens it right after a comma ("…, a move", "…, a sharp step"), the
     * article with its adjectives between; -1 when the noun does not open an apposition.
     */
    private static int determinerAt(SentenceStructure st, int noun) {
        int d = noun - 1;
        while (d > st.first() && st.tag(d).equals("ADJ")) d--;
        if (d <= st.first() || !st.tag(d).equals("DET") || !st.commaBefore(d)) return -1;
        return d;
    }
}
