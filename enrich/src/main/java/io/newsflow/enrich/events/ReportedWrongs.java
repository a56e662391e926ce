package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.enrich.text.Token;
import io.newsflow.schemas.EventType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Charges made in reported speech without a word of accusing ("saying they had abused their positions", "said
 * Sharmahd had led a terrorist group", "Kuleba said war criminals had no place in UN bodies"): a word of negative
 * evaluation (the lexicon's {@code @negative} class, from the VADER sentiment lexicon) that a verb of speech reports
 * is read as an allegation by the speaker against the doer of its clause ({@link #MODE}; the coder takes the speaker
 * and the doer as for the lexicons' {@code mode: allegation}, and codes nothing unless both are named actors of
 * different sides). Such a word stands in only after the lexicon's triggers of its clause, never before one ("said
 * American weapons would be legitimate targets": "weapons", before the threat's trigger, charges no one). Of a clause's
 * triggers the first with a doer is its act: in "said Russian troops shelled the village in a brutal attack" that is
 * "shelled", and "brutal" after it adds nothing; a trigger the lexicon misreads or finds no doer for leaves the clause
 * to the word ("said the strike was an attempt by Moscow to humiliate the UN": "strike" read as a walk-out, no doer),
 * and where the clause's subject is a noun an actor owns, the owner is the doer ({@link #subjectOwner}). English only
 * (the tags tell a predicate's words from a name's). Stateless; linear in the sentence.
 */
final class ReportedWrongs {
    private ReportedWrongs() {}

    /** The mode of the triggers added here: an allegation whose doer must be named (no fallback target, no half event). */
    static final String MODE = "evaluation";

    /** Below every lexicon trigger's weight: a lexicon trigger at the same word wins. */
    static final double WEIGHT = 0.5;

    /** Parts of speech a word of a predicate's evaluation has ("violated", "illegal", "a terrorist group"). */
    private static final Set<String> PREDICATE_TAGS = Set.of("VERB", "ADJ", "NOUN");

    /** Subject pronouns that may stand for the speaker named before ("He said …"). */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "it");

    /**
     * Whether the sentence may hold such a charge at all, from its words and actor mentions alone (before its structure
     * is read, which costs a tagger run): after an actor, a verb of speech followed by a word of negative evaluation
     * and another actor ("Vilnius said Minsk had abused …", "… under intimidation by Russia"), or an actor, a word of
     * negative evaluation and then a verb of speech ("Minsk had abused …, Vilnius said"); a pronoun opening the sentence
     * counts as the first actor ("He said Minsk had abused …"). Linear in the sentence.
     */
    static boolean mayHold(List<Token> tokens, List<ActorMention> mentions, FunctionWords words) {
        // "He said Russian peacekeepers had failed …": a pronoun opening the sentence may be the speaker
        boolean pronounSpeaker = !tokens.isEmpty() && SPEAKER_PRONOUNS.contains(tokens.getFirst().lower());
        if (mentions.size() < (pronounSpeaker ? 1 : 2)) return false;
        int firstMentionEnd = pronounSpeaker ? tokens.getFirst().index() : mentions.getFirst().lastToken();
        int reporting = -1; // the first verb of speech after the first actor
        boolean negativeAfterMention = false, negativeReported = false, mentionReported = false;
        int m = pronounSpeaker ? 0 : 1;
        for (Token t : tokens) {
            int i = t.index();
            for (; m < mentions.size() && mentions.get(m).firstToken() <= i; m++) {
                if (reporting >= 0 && mentions.get(m).firstToken() > reporting) mentionReported = true;
            }
            String w = t.lower();
            if (words.reporting().contains(w)) {
                if (negativeAfterMention) return true; // "Minsk had abused …, Vilnius said"
                if (reporting < 0 && i > firstMentionEnd) reporting = i;
            } else if (EventLexicon.negativeWords().contains(w) && i > firstMentionEnd) {
                negativeAfterMention = true;
                negativeReported |= reporting >= 0;
            }
            if (negativeReported && mentionReported) return true; // "Vilnius said Minsk had abused …"
        }
        return false;
    }

    /**
     * {@code found} with an allegation at each word of negative evaluation that a verb of speech reports (one before
     * it, or an attribution after it) and no lexicon trigger after it in its clause; {@code found} itself when the
     * sentence is untagged or has none. One pass over the sentence, after one from its end for the attribution and the
     * agents ("by") each clause has after a word.
     */
    static List<Trigger> added(SentenceStructure st, List<Trigger> found) {
        if (!st.tagged()) return found;
        int attribution = attributionVerb(st);
        int[] byAfter = byAfterInClause(st);
        Map<Integer, Integer> lastTrigger = new HashMap<>(); // by clause (its first word): its last lexicon trigger's first word
        for (Trigger t : found) lastTrigger.merge(st.clauseStart(t.firstToken()), t.firstToken(), Math::max);
        List<Trigger> with = null;
        int lastReporting = -1, clause = st.first();
        boolean undergoing = false; // a word of undergoing earlier in the clause
        for (int i = st.first(); i <= st.last(); i++) {
            if (st.boundaryBefore(i)) {
                clause = i;
                undergoing = false;
            }
            String w = st.lower(i);
            if (st.words().reporting().contains(w)) {
                lastReporting = i;
            } else if (EventLexicon.negativeWords().contains(w) && PREDICATE_TAGS.contains(st.tag(i))
                    && (lastReporting >= 0 || attribution > i) // "said Minsk had abused …", "… abused …, Vilnius said"
                    && !(undergoing && byAfter[i - st.first()] < 0) && lastTrigger.getOrDefault(clause, -1) < i) {
                if (with == null) with = new ArrayList<>(found);
                // its pattern is the mode: it always comes with Evidence.EVALUATION, and the fit splits their weight
                with.add(new Trigger(EventType.ACCUSE, MODE, WEIGHT, i, i, 1, MODE));
            }
            undergoing |= st.words().undergoing().contains(w);
        }
        return with == null ? found : with;
    }

    /**
     * "said Armenia's decision was unacceptable", "said Moscow's move had violated the agreements": where the clause's
     * subject is a noun that an actor owns, that owner is the doer of what the word of evaluation charges. The clause's
     * first possessor before the trigger, only when it opens the subject (nothing but determiners and adjectives between
     * it and the clause's start, a verb of speech or "that") and is followed by its noun (nouns and adjectives, at least
     * one noun) and then a verb or an auxiliary; else null ("said Moscow's response to Armenia's decision was …": Moscow's
     * subject, no charge against Armenia). Linear in the sentence's participants.
     */
    static Participant subjectOwner(SentenceStructure st, List<Participant> people, Trigger t) {
        if (!st.tagged()) return null;
        int clause = st.clauseStart(t.firstToken());
        Participant p = people.stream().filter(q -> q.firstToken() >= clause && q.lastToken() < t.firstToken() && q.possessor())
                .min(java.util.Comparator.comparingInt(Participant::firstToken)).orElse(null);
        if (p == null) return null;
        int before = p.firstToken() - 1;
        while (before >= clause && (st.tag(before).equals("DET") || st.tag(before).equals("ADJ"))) before--;
        if (before >= clause && !st.words().reporting().contains(st.lower(before)) && !st.lower(before).equals("that")) return null;
        int k = p.lastToken() + 1;
        if (k < t.firstToken() && st.lower(k).equals("s")) k++; // the possessive's "s"
        boolean noun = false;
        for (; k < t.firstToken() && (st.tag(k).equals("NOUN") || st.tag(k).equals("ADJ")); k++) noun |= st.tag(k).equals("NOUN");
        return noun && k < t.firstToken() && (st.tag(k).equals("AUX") || st.isVerb(k)) ? p : null;
    }

    /**
     * "…, Kuleba said": the last verb of speech in the sentence's last comma-separated part (the word with the last
     * comma before it included), or -1. A word before it is reported by it.
     */
    private static int attributionVerb(SentenceStructure st) {
        for (int k = st.last(); k > st.first(); k--) {
            if (st.words().reporting().contains(st.lower(k))) return k;
            if (st.commaBefore(k)) return -1;
        }
        return -1;
    }

    /**
     * For each word, the next "by" after it in its clause, or -1: "said Armenia had been the victim of a terrible
     * injustice", "had suffered terrible losses" name what the clause's subject undergoes, no wrong it does, unless "by"
     * names who does it ("the vote had taken place under unprecedented interference by Russia").
     */
    private static int[] byAfterInClause(SentenceStructure st) {
        int[] next = new int[st.last() - st.first() + 1];
        int by = -1;
        for (int i = st.last(); i >= st.first(); i--) {
            next[i - st.first()] = by;
            if (st.lower(i).equals("by")) by = i;
            if (st.boundaryBefore(i)) by = -1;
        }
        return next;
    }
}
