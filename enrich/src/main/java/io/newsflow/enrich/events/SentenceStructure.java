package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.Token;

import java.util.List;
import java.util.Set;

/**
 * One sentence read for event arguments: its words, their part-of-speech tags (English; none for other languages),
 * the punctuation between words, and where clauses begin. A clause begins at a subordinating conjunction ("after",
 * "because"), a relative pronoun ("who", "which"), a conjunction after a comma (", and"), and after a semicolon, colon,
 * dash, bracket or quotation mark. Token indexes are the text's (as in {@link Token#index()}).
 */
final class SentenceStructure {
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "и", "но", "а", "և", "բայց");
    private static final int CLAUSE_LOOKAHEAD = 6;
    private static final String CLAUSE_PUNCTUATION = ";:\"“”«»—–";

    private final String text;
    private final List<Token> tokens;
    private final int first;
    private final int last;
    private final String[] tags;
    private final FunctionWords words;
    private final boolean[] boundaryBefore;

    private SentenceStructure(String text, List<Token> tokens, Sentence sentence, String[] tags, FunctionWords words) {
        this.text = text;
        this.tokens = tokens;
        this.first = sentence.firstToken();
        this.last = sentence.lastToken();
        this.tags = tags;
        this.words = words;
        this.boundaryBefore = new boolean[last - first + 1];
        for (int i = first + 1; i <= last; i++) boundaryBefore[i - first] = opensClause(i);
    }

    /** @param tagged tag the words (English only: the bundled tagger is English) */
    static SentenceStructure of(String text, List<Token> tokens, Sentence sentence, FunctionWords words, boolean tagged) {
        String[] tags = null;
        if (tagged) {
            String[] forms = new String[sentence.tokens().size()];
            for (int i = 0; i < forms.length; i++) forms[i] = sentence.tokens().get(i).text();
            tags = PartsOfSpeech.tag(forms);
        }
        return new SentenceStructure(text, tokens, sentence, tags, words);
    }

    int first() {
        return first;
    }

    int last() {
        return last;
    }

    FunctionWords words() {
        return words;
    }

    boolean tagged() {
        return tags != null;
    }

    String lower(int i) {
        return tokens.get(i).lower();
    }

    /** The Universal Dependencies tag of word {@code i}, or "" when the sentence is not tagged. */
    String tag(int i) {
        return tags == null ? "" : tags[i - first];
    }

    /**
     * A content verb (not an auxiliary) by its tag; never true in an untagged sentence. The second half of a hyphenated
     * word ("war-torn", "Russian-backed") is an adjective, whatever its tag.
     */
    boolean isVerb(int i) {
        return tag(i).equals("VERB") && !gap(i).equals("-");
    }

    /** Punctuation and spaces between word {@code i - 1} and word {@code i} ("" before the first). */
    String gap(int i) {
        return i <= first ? "" : text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
    }

    boolean commaBefore(int i) {
        return gap(i).indexOf(',') >= 0;
    }

    boolean boundaryBefore(int i) {
        return i > first && i <= last && boundaryBefore[i - first];
    }

    /** First word of the clause holding word {@code i}. */
    int clauseStart(int i) {
        while (i > first && !boundaryBefore(i)) i--;
        return i;
    }

    /** Last word of the clause holding word {@code i}. */
    int clauseEnd(int i) {
        while (i < last && !boundaryBefore(i + 1)) i++;
        return i;
    }

    /** The text from word {@code from} to word {@code to}, both included. */
    String textBetween(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** Character offset where word {@code i} starts / ends. */
    int startOf(int i) {
        return tokens.get(i).start();
    }

    int endOf(int i) {
        return tokens.get(i).end();
    }

    /**
     * When a comma stands before word {@code i} and the stretch since the comma before it is an aside (", who …,",
     * ", accompanied by …,", an apposition without a verb: ", Russia's President,"), the first word of that stretch;
     * else -1. Looking for a subject, such asides are stepped over.
     */
    int asideEndingBefore(int i) {
        if (i <= first || !commaBefore(i)) return -1;
        int open = i - 1;
        while (open > first && !commaBefore(open)) open--;
        if (open <= first || !commaBefore(open)) return -1;
        if (words.relatives().contains(lower(open)) || tag(open).equals("VERB") && (lower(open).endsWith("ed") || lower(open).endsWith("ing"))) {
            return open;
        }
        if (tags == null) return -1;
        for (int k = open; k < i; k++) if (isVerb(k) || tag(k).equals("AUX")) return -1;
        return open;
    }

    /** "after the bloc failed to …": a preposition-like subordinator followed by a subject and a verb, before any comma. */
    private boolean clauseFollows(int i) {
        for (int k = i + 1; k <= Math.min(last, i + CLAUSE_LOOKAHEAD); k++) {
            if (gap(k).indexOf(',') >= 0) return false;
            String tag = tags[k - first];
            if (tag.equals("VERB") || tag.equals("AUX")) return k > i + 1 && !lower(k).endsWith("ing");
            if (tag.equals("ADP")) return false;
        }
        return false;
    }

    private boolean opensClause(int i) {
        String gap = gap(i);
        for (int c = 0; c < gap.length(); c++) if (CLAUSE_PUNCTUATION.indexOf(gap.charAt(c)) >= 0) return true;
        String w = lower(i);
        if (gap.indexOf(',') >= 0 && CLAUSE_CONJUNCTIONS.contains(w)) return true;
        if (tags == null) return words.subordinators().contains(w) || words.relatives().contains(w);
        String tag = tag(i);
        if (words.subordinators().contains(w)) return tag.equals("SCONJ") || tag.equals("ADP") && clauseFollows(i);
        if (w.equals("who") || w.equals("whom") || w.equals("whose")) return true;
        return words.relatives().contains(w) && (tag.equals("PRON") || tag.equals("SCONJ"));
    }
}
