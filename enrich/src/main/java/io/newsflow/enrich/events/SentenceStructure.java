package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence read for event arguments: its words, their part-of-speech tags (English; none for other languages),
 * the punctuation between words, and where clauses begin. A clause begins at a subordinating conjunction ("after",
 * "because"), a relative pronoun ("who", "which"), a conjunction after a comma (", and"), and after a semicolon, colon,
 * dash, bracket or quotation mark. Token indexes are the text's (as in {@link Token#index()}).
 */
final class SentenceStructure {
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "и", "но", "а", "однако", "և", "բայց", "իսկ");
    private static final int CLAUSE_LOOKAHEAD = 6;
    /** Forms of have, be and do and the modals: auxiliaries, even where the tagger calls them verbs ("Russia has denied"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were", "be",
            "been", "being", "am", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must");
    private static final String CLAUSE_PUNCTUATION = ";:";
    /** Marks that open or close an aside: commas and dashes ("Yerevan—Armenia's capital—leveled …"). */
    private static final String ASIDE_MARKS = ",—–";

    private final String text;
    private final List<Token> tokens;
    private final int first;
    private final int last;
    private final String[] tags;
    private final FunctionWords words;
    /** Punctuation and spaces before each word, read once (the rules ask for them many times). */
    private final String[] gaps;
    private final boolean[] boundaryBefore;
    /** The word after the comma that closes an opening phrase, or -1 (see {@link #introEndsBefore}). */
    private final int introEnd;

    private SentenceStructure(String text, List<Token> tokens, Sentence sentence, String[] tags, FunctionWords words) {
        this.text = text;
        this.tokens = tokens;
        this.first = sentence.firstToken();
        this.last = sentence.lastToken();
        this.tags = tags;
        this.words = words;
        this.gaps = new String[last - first + 1];
        for (int i = first; i <= last; i++) gaps[i - first] = i == first ? "" : text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
        this.introEnd = findIntroEnd();
        this.boundaryBefore = new boolean[last - first + 1];
        // ", который …, в свою очередь обвинил", ", speaking before he left …, had called": the comma that closes a
        // relative clause or an aside with a clause in it resumes the main one
        boolean inAside = false;
        for (int i = first + 1; i <= last; i++) {
            boundaryBefore[i - first] = opensClause(i);
            boolean comma = gaps[i - first].indexOf(',') >= 0;
            if (inAside && comma) {
                boundaryBefore[i - first] = true;
                inAside = false;
            }
            if (comma && (words.relatives().contains(lower(i)) || participleOrSubordinator(i))) inAside = true;
        }
    }

    /**
     * ", speaking before he left …, had called": a present participle or a subordinator opening an aside (English: by
     * the tags). A form in -ed may be the main verb after an apposition (", Russia's Foreign Minister, discussed").
     */
    private boolean participleOrSubordinator(int i) {
        if (tags == null) return false;
        String w = lower(i);
        return tag(i).equals("SCONJ") && words.subordinators().contains(w) || tag(i).equals("VERB") && w.endsWith("ing");
    }

    /**
     * "an attack Putin described as a response", "the sanctions Washington imposed", "an accusation the Kremlin
     * rejects": a capitalised name (with its article or without) right after a common noun that a determiner opens and
     * right before a finite verb opens a relative clause without a pronoun (the name is its subject, not the noun's
     * object).
     */
    private boolean contactRelative(int i) {
        // "an accusation the Kremlin rejects": the name may have its article
        int name = lower(i).equals("the") && i < last && tokens.get(i + 1).isCapitalised() ? i + 1 : i;
        // the tagger often calls a name it does not know an adjective: a capital letter marks the name; and it may call
        // the noun a verb right after its determiner ("a figure the Pentagon rejected")
        if (!tokens.get(name).isCapitalised() || i - 1 <= first || tokens.get(i - 1).isCapitalised() || gap(i).indexOf(',') >= 0
                || !commonNoun(i - 1)) return false;
        int det = determinerOf(i - 1); // the noun phrase opens with a determiner: "an attack", "a charge", "the new sanctions"
        if (det < 0) return false;
        // "whom the ruling Republican Party accused": the relative clause is open already, its subject is no new one
        if (det - 1 >= first && (words.relatives().contains(lower(det - 1)) || lower(det - 1).startsWith("who"))) return false;
        int next = name + 1; // the name's other words, at most a name's length (ProperNames.MAX_WORDS): linear in the sentence
        while (next <= last && next < name + ProperNames.MAX_WORDS && tokens.get(next).isCapitalised() && gap(next).isBlank()) next++;
        // "a charge the Armenian side denied": after the article, a capitalised adjective's noun
        if (name > i && next <= last && next == name + 1 && tag(next).equals("NOUN") && gap(next).isBlank()) next++;
        // "a demand Baku has long rejected", "a condition Yerevan has always refused": auxiliaries and adverbs before the
        // verb (an adverb in -ly whatever its tag: "an account Yerevan flatly denied")
        for (int k = 0; k < CONTACT_VERB_CHAIN && next <= last && (tag(next).equals("AUX") || tag(next).equals("ADV")
                || lower(next).endsWith("ly") && !tokens.get(next).isCapitalised()); k++) next++;
        if (next > last || lower(next).endsWith("ing")) return false;
        // "…, an accusation the Kremlin rejects.": a verb in -s the tagger reads as a plural noun, where the clause ends,
        // in a noun phrase set after a comma ("gave the Ukrainian army Leopard tanks." has no relative clause)
        return tag(next).equals("VERB") || tag(next).equals("NOUN") && lower(next).endsWith("s") && gap(det).indexOf(',') >= 0
                && (next == last || clauseMark(gap(next + 1)));
    }

    /** Whether the text between two words holds a comma, full stop, semicolon or colon. */
    private static boolean clauseMark(String gap) {
        for (int c = 0; c < gap.length(); c++) if (",.;:".indexOf(gap.charAt(c)) >= 0) return true;
        return false;
    }

    /** Whether a relative clause without a pronoun opens at word {@code i} ("an offer Yerevan turned down"). */
    boolean contactRelativeAt(int i) {
        return tags != null && i > first && i <= last && contactRelative(i);
    }

    /**
     * Whether word {@code i} (after the sentence's first) is a common noun as the tagger tagged it, or a word it called a
     * verb right after an article ("a figure the Pentagon rejected": the tagger reads "figure" as a verb).
     */
    boolean commonNoun(int i) {
        return tag(i).equals("NOUN") || tag(i).equals("VERB") && ARTICLES.contains(lower(i - 1)) && gap(i).isBlank();
    }

    /** Adjectives and nouns at most between a noun phrase's determiner and its last noun ("the new sanctions"). */
    static final int NOUN_PHRASE_MODIFIERS = 2;

    /**
     * The determiner that opens the noun phrase ending in noun {@code noun} ("an attack", "a long-standing demand"), at
     * most {@link #NOUN_PHRASE_MODIFIERS} adjectives or nouns between; -1 when there is none.
     */
    int determinerOf(int noun) {
        int det = noun - 1;
        while (det > first && noun - det <= NOUN_PHRASE_MODIFIERS && (tag(det).equals("ADJ") || tag(det).equals("NOUN"))) det--;
        return tag(det).equals("DET") ? det : -1;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Auxiliaries and adverbs at most between a contact relative's subject and its verb ("has long", "had not"). */
    private static final int CONTACT_VERB_CHAIN = 3;

    /** @param tagged tag the words (English only: the bundled tagger is English) */
    static SentenceStructure of(String text, List<Token> tokens, Sentence sentence, FunctionWords words, boolean tagged) {
        return new SentenceStructure(text, tokens, sentence, tagged ? tagWords(text, sentence.tokens()) : null, words);
    }

    /**
     * Tags the sentence's words as the tagger was trained to see them: with punctuation as tokens of its own, and with
     * treebank contractions (our tokenizer splits "Russia's" into "Russia" + "s" and "didn't" into "didn" + "t"; the
     * treebank has "Russia" + "'s" and "did" + "n't"). Returns one tag per word.
     */
    static String[] tagWords(String text, List<Token> words) {
        List<String> forms = new ArrayList<>(words.size() * 2);
        int[] wordAt = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            String gap = i == 0 ? "" : text.substring(words.get(i - 1).end(), w.start());
            boolean apostrophe = gap.equals("'") || gap.equals("’");
            if (apostrophe && w.lower().equals("t") && forms.getLast().toLowerCase(java.util.Locale.ROOT).endsWith("n")) {
                String before = forms.getLast();
                forms.set(forms.size() - 1, before.substring(0, before.length() - 1));
                wordAt[i] = forms.size();
                forms.add("n't");
                continue;
            }
            if (apostrophe) {
                wordAt[i] = forms.size();
                forms.add("'" + w.text());
                continue;
            }
            for (int c = 0; c < gap.length(); c++) {
                char ch = gap.charAt(c);
                if (!Character.isWhitespace(ch) && ch != '-' && ch != '\'' && ch != '’') forms.add(String.valueOf(ch));
            }
            wordAt[i] = forms.size();
            forms.add(w.text());
        }
        String[] all = PartsOfSpeech.tag(forms.toArray(String[]::new));
        String[] tags = new String[words.size()];
        for (int i = 0; i < tags.length; i++) tags[i] = all[wordAt[i]];
        // "Syria, which denies ever using …": right after "who" or "which" as a pronoun, a word in -s is the relative
        // clause's verb, which the tagger sometimes reads as a plural noun, when a word that opens a verb's complement
        // follows it (an adverb, a determiner, a pronoun, "not", "that"); not where the pronoun is an object ("in which
        // prosecutors had accused", "which observers from the OSCE said", "which critics, including …": no such word,
        // or a finite verb follows the noun)
        for (int i = 1; i + 1 < tags.length; i++) {
            if (tags[i].equals("NOUN") && words.get(i).lower().endsWith("s") && wordAt[i] == wordAt[i - 1] + 1
                    && tags[i - 1].equals("PRON") && SUBJECT_WH.contains(words.get(i - 1).lower()) && (i < 2 || !tags[i - 2].equals("ADP"))
                    && wordAt[i + 1] == wordAt[i] + 1 && COMPLEMENT_OPENERS.contains(tags[i + 1])
                    && !finiteVerbAfter(words, tags, wordAt, i)) tags[i] = "VERB";
        }
        return tags;
    }

    /** Words after a relative clause's first word within which its own finite verb would show that word is its subject. */
    private static final int SUBJECT_REACH = 4;

    /** Whether a finite verb (an auxiliary, or a verb not in -ing) follows word {@code i} closely, with no punctuation between. */
    private static boolean finiteVerbAfter(List<Token> words, String[] tags, int[] wordAt, int i) {
        for (int j = i + 1; j < tags.length && j <= i + SUBJECT_REACH && wordAt[j] == wordAt[j - 1] + 1; j++) {
            if (tags[j].equals("AUX") || tags[j].equals("VERB") && !words.get(j).lower().endsWith("ing")) return true;
        }
        return false;
    }

    /** Relative pronouns after which the tagger's plural noun in -s is a verb ({@link #tagWords}). */
    private static final Set<String> SUBJECT_WH = Set.of("who", "which");
    /** Tags of the words that open a verb's complement right after it ({@link #tagWords}). */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("ADV", "DET", "PRON", "PART", "SCONJ");

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

    /** The article's tokens (the sentence's are {@link #first()} to {@link #last()}). */
    List<Token> tokens() {
        return tokens;
    }

    /** Word {@code i} as written. */
    String word(int i) {
        return tokens.get(i).text();
    }

    String lower(int i) {
        return tokens.get(i).lower();
    }

    boolean isCyrillic(int i) {
        return Character.UnicodeScript.of(lower(i).codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** The Universal Dependencies tag of word {@code i}, or "" when the sentence is not tagged. */
    String tag(int i) {
        return tags == null ? "" : tags[i - first];
    }

    /**
     * Whether word {@code i} is tagged a noun, or a name as the sentence's first word, capitalised for its place
     * ("Protesters marched …", "Police detained …").
     */
    boolean taggedNoun(int i) {
        return tag(i).equals("NOUN") || i == first && tag(i).equals("PROPN");
    }

    /**
     * A content verb (not an auxiliary) by its tag; never true in an untagged sentence. The second half of a hyphenated
     * word ("war-torn", "Russian-backed") is an adjective and a word after a possessive a noun, whatever the tag.
     */
    boolean isVerb(int i) {
        return tag(i).equals("VERB") && !gap(i).equals("-") && !afterPossessive(i) && !AUXILIARIES.contains(lower(i))
                && !nounAfterDeterminer(i) && !nounAfterFor(i);
    }

    /**
     * Whether the clause starting at word {@code start} is a subordinate or relative one: not the sentence's first, and
     * opened by a subordinator or a relative pronoun.
     */
    boolean subordinateClause(int start) {
        return start > first && words.opensSubordinate(lower(start));
    }

    /** Words an adverbial between a verb and what follows it may have ("demanded at the last round in December that …"). */
    private static final int ADVERBIAL_WORDS = 6;

    /**
     * Whether words {@code from} to {@code to} (both included) are an adverbial of the clause before them: tagged, opened
     * by a preposition or an adverb ("on Monday", "in a statement", "again"), no verb among them, at most
     * {@link #ADVERBIAL_WORDS} words. False for an untagged sentence or an empty range.
     */
    boolean adverbial(int from, int to) {
        if (!tagged() || from > to || to - from + 1 > ADVERBIAL_WORDS || to > last) return false;
        if (!tag(from).equals("ADP") && !tag(from).equals("ADV")) return false;
        for (int i = from; i <= to; i++) if (isVerb(i) || i > from && boundaryBefore(i)) return false;
        return true;
    }

    /** Words allowed between a verb and its complement clause as the addressee ("demanded of Armenia that …"). */
    private static final int ADDRESSEE_WORDS = 3;
    /** Russian's "то" that announces a complement clause ("настаивает на том, чтобы …", "заявил о том, что …"). */
    private static final Set<String> CORRELATIVES = Set.of("том", "то", "тем");

    /**
     * Whether word {@code i} (a complementizer: "that", "чтобы" …, which the caller checks) can open the complement
     * clause of the verb or noun ending at word {@code head}: right after it (or inside it: "warned that"), after an
     * addressee of at most {@link #ADDRESSEE_WORDS} words and no verb ("demanded of Armenia that …"), after an adverbial
     * ("demanded on Monday that …", {@link #adverbial}), or after Russian's announcing "том" ("настаивает на том, чтобы …").
     * The one rule for every caller: where a target is looked for, whether a clause is what a request asks for, and
     * whether a request's clause states a fact.
     */
    boolean complementOf(int head, int i) {
        return i - head - 1 <= ADDRESSEE_WORDS && noVerb(head + 1, i - 1) || i == head + 3 && CORRELATIVES.contains(lower(i - 1))
                || adverbial(head + 1, i - 1);
    }

    /** No verb among words {@code from} to {@code to} ("ordered Azerbaijan to ensure that …": "that" is ensure's). */
    boolean noVerb(int from, int to) {
        for (int i = from; i <= to; i++) if (isVerb(i)) return false;
        return true;
    }

    /** "asked for help", "called for calm": English puts no bare verb after "for"; the tagger sometimes does. */
    private boolean nounAfterFor(int i) {
        return i > first && lower(i - 1).equals("for") && !lower(i).endsWith("ing");
    }

    /**
     * Irregular past tenses and participles that are not nouns in use ("said", "told", "held"; from WordNet, see
     * {@code irregular-verbs-en.txt}): inflected verbs, so "the Kremlin said" ends its noun phrase before "said".
     */
    private static final Set<String> IRREGULAR_VERB_FORMS = WordList.bundled("irregular-verbs-en.txt");

    /** Whether the lower-case word is an irregular past tense or participle that is not a noun in use ("said", "told"). */
    static boolean irregularPast(String lower) {
        return IRREGULAR_VERB_FORMS.contains(lower);
    }

    /** Tags of the words a noun phrase's head may still come among. */
    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    /**
     * "the CSTO summit", "a Kremlin statement": an uninflected word after a determiner and names or nouns only is a noun,
     * whatever the tagger says (it tags such words as verbs when the words between are names it has not seen); so is one
     * right after the determiner that no noun or adjective follows ("an offensive in …", tagged an adjective).
     */
    boolean nounAfterDeterminer(int i) {
        String w = lower(i);
        if (w.endsWith("ed") || w.endsWith("s") || w.endsWith("ing") || irregularPast(w)) return false;
        for (int k = i - 1; k >= Math.max(first, i - 3); k--) {
            if (gap(k + 1).indexOf(',') >= 0) return false; // "who leads the commission, met …": the phrase ended
            String tag = tag(k);
            // "an offensive in …": right after the determiner, a word no noun follows heads the phrase itself
            if (tag.equals("DET")) return k < i - 1 || i == last || !NOUN_PHRASE_WORDS.contains(tag(i + 1));
            if (!(tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("ADJ"))) return false;
        }
        return false;
    }

    /** "Putin's regards": the word after a possessive 's is a noun, whatever the tagger says. */
    private boolean afterPossessive(int i) {
        return i - 1 > first && lower(i - 1).equals("s") && (gap(i - 1).equals("'") || gap(i - 1).equals("’"));
    }

    /** Punctuation and spaces between word {@code i - 1} and word {@code i} ("" before the first). */
    String gap(int i) {
        return i <= first ? "" : gaps[i - first];
    }

    /** Whether a quotation mark stands right before word {@code i} (before the sentence's first word: in the text). */
    boolean quoteBefore(int i) {
        return markBefore(i, "\"“”«»„");
    }

    /** Whether the quotation mark before word {@code i} is an opening one by its shape (“ « „); a straight " says nothing. */
    boolean opensQuote(int i) {
        return markBefore(i, "“«„");
    }

    /** Whether one of {@code marks} stands in the gap before word {@code i} (before the sentence's first word: in the text). */
    private boolean markBefore(int i, String marks) {
        String before = i > first ? gap(i) : text.substring(Math.max(0, tokens.get(i).start() - 2), tokens.get(i).start());
        for (int c = 0; c < before.length(); c++) if (marks.indexOf(before.charAt(c)) >= 0) return true;
        return false;
    }

    /**
     * A quotation mark bounds a clause when it quotes words spoken: beside a comma, a full stop, a dash or a colon
     * ("“We will respond,” Lavrov said", "«Требуем …», — заявила") or after a verb of speech ("said “the war is
     * over”"). A quoted phrase inside a clause ("condemned Russia's “attempted annexation” of …",
     * "назвал мятеж «ударом в спину»") is part of it.
     */
    private boolean quotationOpensClause(int i) {
        if (!quoteBefore(i) || i <= first) return false;
        String gap = gap(i);
        for (int c = 0; c < gap.length(); c++) if (",.!?—–-".indexOf(gap.charAt(c)) >= 0) return true;
        if (words.reporting().contains(lower(i - 1))) return true;
        return false;
    }

    boolean commaBefore(int i) {
        return gap(i).indexOf(',') >= 0;
    }

    /** A comma or a dash before word {@code i} (not a hyphen inside a word). */
    boolean asideMarkBefore(int i) {
        String gap = gap(i);
        for (int c = 0; c < gap.length(); c++) if (ASIDE_MARKS.indexOf(gap.charAt(c)) >= 0) return true;
        return false;
    }

    boolean boundaryBefore(int i) {
        return i > first && i <= last && boundaryBefore[i - first];
    }

    /** Whether word {@code i} is a conjunction that may open a clause after a comma ("and", "но", "однако" …). */
    boolean clauseConjunction(int i) {
        return CLAUSE_CONJUNCTIONS.contains(lower(i));
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

    /**
     * When a comma stands before word {@code i} and the stretch since the comma before it is an aside (", who …,",
     * ", accompanied by …,", an apposition without a verb: ", Russia's President,"), the first word of that stretch;
     * else -1. Looking for a subject, such asides are stepped over.
     */
    int asideEndingBefore(int i) {
        if (i <= first || !asideMarkBefore(i)) return -1;
        // ", thanked Ankara …, while in Yerevan …": a stretch followed by a new clause is a predicate, not an aside
        if (i <= last && (words.subordinators().contains(lower(i)) || CLAUSE_CONJUNCTIONS.contains(lower(i)))) return -1;
        int open = i - 1;
        while (open > first && !asideMarkBefore(open)) open--;
        if (open <= first || !asideMarkBefore(open)) return -1;
        if (words.relatives().contains(lower(open)) || tag(open).equals("VERB") && (lower(open).endsWith("ed") || lower(open).endsWith("ing"))) {
            return open;
        }
        if (attribution(open, i - 1)) return open;
        if (tags == null) return RUSSIAN_ACTIVE_PARTICIPLE.matcher(lower(open)).matches() ? open : -1; // ", уехавшая после выборов в Литву,"
        for (int k = open; k < i; k++) {
            if (relativeInApposition(open, k)) return open;
            if ((isVerb(k) || tag(k).equals("AUX")) && !mistaggedAgentNoun(k, i) && !infinitiveInNounPhrase(open, k)) return -1;
        }
        return open;
    }

    /**
     * A Russian active participle ("уехавшая", "находящийся", "возглавлявший"): opening a stretch between commas right
     * after a noun, it describes the noun (an aside), as an English relative clause does.
     */
    private static final java.util.regex.Pattern RUSSIAN_ACTIVE_PARTICIPLE = java.util.regex.Pattern.compile(
            "\\p{L}{2,}(вш|ш|щ)(ий|ая|ее|ие|их|им|ими|его|ему|ую|ей|ееся|ийся|аяся|иеся|ихся)");

    /**
     * Words an attribution has after its verb of speech or its phrase (", he said,", ", Russian officials told
     * reporters,", "по данным белорусского Минобороны").
     */
    private static final int ATTRIBUTION_WORDS = 4;

    /**
     * "Minsk, he said, had long been asking …", "Москва, по словам Пашиняна, призвала …": words {@code from} to
     * {@code to} are an attribution: a verb of speech ({@code function-words.yaml}: reporting) after its subject, at
     * most {@link #ATTRIBUTION_WORDS} words, or an attribution phrase (attributions) and at most that many words after it.
     */
    private boolean attribution(int from, int to) {
        for (List<String> phrase : words.attributions()) {
            if (phraseAt(phrase, from) && to - from + 1 - phrase.size() <= ATTRIBUTION_WORDS) return true;
        }
        if (to - from + 1 > ATTRIBUTION_WORDS || from == to) return false;
        for (int k = from + 1; k <= to; k++) if (words.reporting().contains(lower(k))) return true;
        return false;
    }

    /**
     * "Атака, по словам губернатора Смирнова, сопровождалась …": whether word {@code i} is inside a phrase of attribution
     * ({@code function-words.yaml}: attributions), one ending at most {@link #ATTRIBUTION_WORDS} words before it with no
     * comma between.
     */
    boolean inAttribution(int i) {
        for (int end = i - 1; end > first && end >= i - ATTRIBUTION_WORDS; end--) {
            for (List<String> phrase : words.attributions()) if (phraseAt(phrase, end - phrase.size() + 1)) return true;
            if (commaBefore(end)) return false;
        }
        return false;
    }

    /** Whether the words from {@code i} on spell {@code phrase} (lower case). */
    private boolean phraseAt(List<String> phrase, int i) {
        if (i < first || i + phrase.size() - 1 > last) return false;
        for (int k = 0; k < phrase.size(); k++) if (!lower(i + k).equals(phrase.get(k))) return false;
        return true;
    }

    /**
     * ", foreign policy adviser to President Aliyev,": the tagger calls some agent nouns after a noun verbs; one ending
     * in -er, -or or -ist, right after a noun or adjective and before "to", "of", "for" or "at", is the apposition's head.
     */
    private boolean mistaggedAgentNoun(int k, int end) {
        if (k <= first || k + 1 >= end) return false;
        String before = tag(k - 1), w = lower(k);
        return (before.equals("NOUN") || before.equals("ADJ")) && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist"))
                && AGENT_NOUN_PREPOSITIONS.contains(lower(k + 1));
    }

    /** Tags of a noun phrase's head before an infinitive that modifies it. */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ");

    /**
     * ", the first foreign leader to visit since the vote,": an infinitive after a noun in an apposition that opens with
     * a determiner modifies the noun; it is not the stretch's own verb.
     */
    private boolean infinitiveInNounPhrase(int open, int k) {
        return k >= open + 2 && tag(open).equals("DET") && lower(k - 1).equals("to") && NOMINAL_TAGS.contains(tag(k - 2));
    }

    private static final Set<String> AGENT_NOUN_PREPOSITIONS = Set.of("to", "of", "for", "at");

    /**
     * ", a NATO member that buys Russian gas,": an apposition that opens with a determiner may give its noun a relative
     * clause of its own (word {@code k} a relative pronoun right after a noun, a name or an adjective), whose verbs are
     * not the stretch's.
     */
    boolean relativeInApposition(int open, int k) {
        return tags != null && k > open + 1 && tag(open).equals("DET") && words.relatives().contains(lower(k)) && NOMINAL_TAGS.contains(tag(k - 1));
    }

    /**
     * "After Azerbaijan's takeover of Nagorno-Karabakh, Yerevan leveled …", "In a phone call, Putin …": a sentence that
     * opens with a prepositional phrase (or an adverb) and reaches its first comma without a verb ends that phrase
     * there; the phrase is a clause of its own for choosing triggers.
     */
    boolean introEndsBefore(int i) {
        return i == introEnd;
    }

    /** The word after the comma that closes an opening phrase, or -1 (a linear scan, once). */
    private int findIntroEnd() {
        if (tags == null || !(tag(first).equals("ADP") || tag(first).equals("ADV") || tag(first).equals("SCONJ"))) return -1;
        for (int k = first + 1; k <= last; k++) {
            if (commaBefore(k)) return k;
            if (isVerb(k) || tag(k).equals("AUX")) return -1;
        }
        return -1;
    }

    /** "after the bloc failed to …": a preposition-like subordinator followed by a subject and a verb, before any comma. */
    private boolean clauseFollows(int i) {
        for (int k = i + 1; k <= Math.min(last, i + CLAUSE_LOOKAHEAD); k++) {
            if (gap(k).indexOf(',') >= 0) return false;
            String tag = tags[k - first];
            if (tag.equals("VERB") || tag.equals("AUX")) return k > i + 1 && !lower(k).endsWith("ing");
            if (tag.equals("ADP")) return false;
            // "since 2023 and has frozen …": a verb after "and" is coordinated with the clause before, not this one's
            if (tag.equals("CCONJ") && k < last && (tags[k + 1 - first].equals("VERB") || tags[k + 1 - first].equals("AUX"))) return false;
        }
        return false;
    }

    private boolean opensClause(int i) {
        String gap = gap(i);
        for (int c = 0; c < gap.length(); c++) if (CLAUSE_PUNCTUATION.indexOf(gap.charAt(c)) >= 0) return true;
        if (quotationOpensClause(i)) return true;
        if (gap.indexOf(',') >= 0 && introEndsBefore(i)) return true;
        if (tags != null && words.reporting().contains(lower(i - 1)) && gap.isBlank() && !tag(i).equals("ADP") && clauseFollows(i - 1)) {
            return true; // "said the country will leave …": a reported clause without "that"
        }
        String w = lower(i);
        // ", однако, …" between commas is a parenthetical ("however"), not a conjunction
        if (gap.indexOf(',') >= 0 && CLAUSE_CONJUNCTIONS.contains(w) && (i == last || gap(i + 1).indexOf(',') < 0)) return true;
        if (tags == null) return words.opensSubordinate(w);
        String tag = tag(i);
        // "described the flights as a provocation and summoned …": "as" before a noun phrase opens no clause
        if (w.equals("as")) return clauseFollows(i);
        // UD tags "when", "once" in "when forces crossed …" as adverbs (advmod of the clause's verb): a subordinator then
        // opens a clause when one follows, as after a preposition-like "after" or "since"
        if (words.subordinators().contains(w)) return tag.equals("SCONJ") || (tag.equals("ADP") || tag.equals("ADV")) && clauseFollows(i);
        if (w.equals("who") || w.equals("whom") || w.equals("whose")) return true;
        if (contactRelative(i)) return true;
        return words.relatives().contains(w) && (tag.equals("PRON") || tag.equals("SCONJ"));
    }
}
