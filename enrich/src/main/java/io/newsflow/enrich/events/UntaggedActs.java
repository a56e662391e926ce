package io.newsflow.enrich.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which triggers of a sentence without a part-of-speech tagger (Russian, Armenian) are acts: verbs told from nouns by
 * their endings, nouns that name a topic, a setting or an act reported before, and triggers that are another's
 * complement. Stateless; each check is linear in the sentence's triggers.
 */
final class UntaggedActs {
    private UntaggedActs() {}

    /**
     * Verb forms by their endings where there is no tagger: Russian past tense and infinitive, reflexive or not
     * ("заморозил", "провела", "договорились", "выйти"), and the present tense's third person after a vowel or
     * reflexive ("обвиняет", "требуют", "готовится": news reports in it; a consonant before "-ет", "-ит" leaves the
     * nouns "визит", "запрет", "совет" out); Armenian infinitive or perfect participle, present participle and aorist
     * ("հանդիպել", "մերժում", "հայտարարեց"). A verbal trigger is told from a noun ("переговоры", "բանակցություններ")
     * as the tagger tells them in English.
     */
    private static final Pattern VERB = Pattern.compile(
            "\\p{IsCyrillic}+(л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ти|[аяеуо](ет|ют)(ся)?|ится|ятся)"
                    + "|\\p{IsArmenian}+(ել|ալ|ում|եց|աց|եցին|ացին)");

    /** A verb form by its ending (Russian, Armenian). */
    static boolean isVerb(String lower) {
        return VERB.matcher(lower).matches();
    }

    /**
     * A noun trigger after a Russian word of topic, circumstance or reference ("о выходе", "после переговоров", "эти
     * обвинения"): what the clause is about or when it happened, not its act.
     */
    static boolean topicOrReference(SentenceStructure st, Trigger t) {
        if (t.firstToken() == st.first() || isVerb(st.lower(t.firstToken()))) return false;
        String before = st.lower(t.firstToken() - 1);
        // "объявил о приостановке …", "заявила о выходе …": an announced act is the act, not a topic
        if (ABOUT.contains(before) && t.firstToken() - 2 >= st.first() && announcing(st.lower(t.firstToken() - 2))) return false;
        // a demonstrative ("эти обвинения отвергли", "такие заявления"): the act was reported before; here it is what the
        // clause's verb acts on (function-words.yaml: demonstratives)
        return ABOUT.contains(before) || CIRCUMSTANCE.contains(before) || st.words().demonstratives().contains(before);
    }

    /** Russian verbs of announcing ("объявил", "заявила", "сообщили"): what they announce "о" is done. */
    private static final java.util.regex.Pattern ANNOUNCING = java.util.regex.Pattern.compile("(объяв|заяв|сообщ)\\p{IsCyrillic}*");

    /** A verb form of announcing, not its noun ("сообщения о задержании" report it, they do not do it). */
    private static boolean announcing(String word) {
        return isVerb(word) && ANNOUNCING.matcher(word).matches();
    }

    /** Russian prepositions of a topic ("о выходе", "об отставке"). */
    private static final Set<String> ABOUT = Set.of("о", "об", "обо");
    /**
     * Russian words of time and circumstance before a noun that names another event ("до визита", "после переговоров",
     * "во время встречи", "в ходе обстрела"): a setting, not the clause's act.
     */
    private static final Set<String> CIRCUMSTANCE = Set.of("до", "после", "перед", "накануне", "время", "ходе", "итогам", "фоне");

    /**
     * Untagged text: a finite verb right after "and" is a verb coordinated with an earlier one, an act of its own — in
     * Russian after "и" ("назвала шаг враждебным и пообещала …"), in Armenian after "և"/"ու" with its auxiliary in or
     * right after the trigger ("շնորհավորել է … և հրավիրել է …", "և կոչ է արել").
     */
    static boolean conjunct(SentenceStructure st, Trigger t) {
        int first = t.firstToken();
        if (st.tagged() || first <= st.first()) return false;
        String before = st.lower(first - 1), word = st.lower(first);
        if (st.isCyrillic(first)) return russianConjunct(st, first);
        if (!ARMENIAN_AND.contains(before)) return false;
        for (int i = first + 1; i <= Math.min(t.lastToken() + 1, st.last()); i++) { // "հրավիրել է", "կոչ է արել"
            if (ARMENIAN_AUXILIARIES.contains(st.lower(i))) return true;
        }
        return false;
    }

    /**
     * Russian: the finite verb that a finite verb right after "и" (no comma: the same clause) is coordinated with, the
     * nearest one before it in the clause within {@value #CONJUNCT_REACH} words ("Се Фэн выразил протест посольству
     * США и призвал Вашингтон …"), or -1. The two share their subject, which the walk left from the second verb would
     * miss: it stops at the first verb's objects ("посольству США") or takes a genitive name for one ("с правительством
     * Башара Асада"), since word endings alone do not tell those from a subject.
     */
    static int earlierConjunct(SentenceStructure st, int verb) {
        if (st.tagged() || !st.isCyrillic(verb) || !russianConjunct(st, verb) || st.boundaryBefore(verb - 1) || st.boundaryBefore(verb)) return -1;
        int start = st.clauseStart(verb - 1);
        for (int j = verb - 2; j >= Math.max(start, verb - 1 - CONJUNCT_REACH); j--) if (finite(st.lower(j))) return j;
        return -1;
    }

    /**
     * Russian: a verbal adverb right after a comma ("объявил дипломатов персонами нон грата, обвинив их в …", "призвала
     * отменить указ, назвав его …", "отказавшись", "требуя", "называя") is an adjunct of the clause before it, an act of
     * its own done by that clause's subject, as an English participle after a comma is ({@link Arguments#participialHead}).
     */
    static boolean verbalAdverb(SentenceStructure st, Trigger t) {
        return verbalAdverbAt(st, t.firstToken());
    }

    /**
     * The finite verb a Russian {@link #verbalAdverb} at word {@code verb} is an adjunct of: the nearest word before the
     * comma within {@value #CONJUNCT_REACH} words that has a finite verb's ending, or -1. The ending is all that tells
     * it here (a noun such as "посла" has one too): the subject is then looked for left of it, as for any verb.
     */
    static int adverbialHead(SentenceStructure st, int verb) {
        if (!verbalAdverbAt(st, verb)) return -1;
        for (int j = verb - 1; j >= Math.max(st.first(), verb - CONJUNCT_REACH); j--) if (finite(st.lower(j))) return j;
        return -1;
    }

    /**
     * Whether word {@code i} of untagged Russian text is a verbal adverb right after a comma, told by its ending: the
     * perfective "-в" after "а", "и", "у", "ы", "я" and "-вши(сь)" ("обвинив", "назвав", "отказавшись"), the imperfective
     * "-я(сь)" after "е", "о", "у", "ю", "я" or after "-ыва-"/"-ива-" ("требуя", "обвиняя", "называя", "отказываясь").
     * Not "-ов"/"-ев" (genitive plurals: "переговоров", "боев") nor "-ая" (feminine adjectives: "новая"); nouns in "-ыв"
     * that are triggers ("взрыв", "призыв", "отзыв") are named in {@link #NOT_ADVERBS}. Used for trigger words only.
     */
    private static boolean verbalAdverbAt(SentenceStructure st, int i) {
        if (st.tagged() || i <= st.first() || !st.isCyrillic(i) || !st.commaBefore(i)) return false;
        String w = st.lower(i);
        return VERBAL_ADVERB.matcher(w).matches() && !NOT_ADVERBS.contains(w);
    }

    private static final Pattern VERBAL_ADVERB = Pattern.compile(
            "\\p{IsCyrillic}{2,}([аиуыя]в|[аеиоуыя]вши|[аеиоуыя]вшись|[еоуюя]я|[еоуюя]ясь|(ыва|ива)я|(ыва|ива)ясь)");
    /** Nouns ending like a perfective verbal adverb ("-ыв"). */
    private static final Set<String> NOT_ADVERBS = Set.of("взрыв", "подрыв", "разрыв", "срыв", "прорыв", "перерыв", "обрыв",
            "призыв", "отзыв", "созыв", "позыв");

    /**
     * A Russian sentence that opens with an active participle in the nominative ("Находившийся с визитом в Дели министр
     * … отверг …", "Прибывший в Ереван Лавров заявил …"): the phrase up to its head, the first actor not right after a
     * preposition, describes the subject; a trigger inside it ("визитом") is an act of its own, not the act of the
     * clause its head is the subject of. Returns the phrase's first word when {@code t} lies inside one, else -1.
     */
    static int prepositiveParticiple(SentenceStructure st, Trigger t, List<Participant> people) {
        int first = st.first();
        if (st.tagged() || t.firstToken() <= first || !st.isCyrillic(first) || !PARTICIPLE.matcher(st.lower(first)).matches()) return -1;
        for (Participant p : people) {
            if (p.firstToken() <= first || p.firstToken() > t.firstToken() && p.firstToken() <= t.lastToken()) continue;
            if (st.words().prepositions().contains(st.lower(p.firstToken() - 1))) continue; // "в Дели": inside the phrase
            return p.firstToken() > t.lastToken() ? first : -1; // the head comes after the trigger
        }
        return -1;
    }

    /** A Russian active participle in the nominative, past or present, reflexive or not ("находившийся", "прибывшая", "выступающие"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{IsCyrillic}{2,}(вш|щ)(ий|ая|ее|ие)(ся|сь)?");

    /** Russian: word {@code i} is a finite verb right after "и" ("… и призвал"). */
    private static boolean russianConjunct(SentenceStructure st, int i) {
        return i > st.first() && st.lower(i - 1).equals("и") && finite(st.lower(i));
    }

    /** A verb form by its ending that is not an infinitive ("призвал", "обвиняет"; not "призвать"). */
    private static boolean finite(String lower) {
        return isVerb(lower) && !infinitive(lower);
    }

    /** A Russian infinitive, reflexive or not ("обсуждать", "договориться", "прийти", "беречься"). */
    static boolean infinitive(String lower) {
        return RUSSIAN_INFINITIVE.matcher(lower).matches();
    }

    /** Words {@link #earlierConjunct} and {@link #adverbialHead} look back over for the first verb. */
    private static final int CONJUNCT_REACH = 15;

    private static final Set<String> ARMENIAN_AND = Set.of("և", "ու");
    /** Armenian auxiliaries of the finite perfect ("հրավիրել է", "պահանջել են"). */
    private static final Set<String> ARMENIAN_AUXILIARIES = Set.of("է", "են", "էր", "էին");

    /**
     * The triggers without those that are another's complement: in Russian an infinitive before a finite verb of its
     * clause ("Обсуждать этот вопрос армянская сторона отказалась"), in Armenian a noun before its verb
     * ({@link #armenianObject}).
     */
    static List<Trigger> withoutComplements(SentenceStructure st, List<Trigger> sorted) {
        if (st.tagged()) return sorted;
        List<Trigger> kept = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Trigger t = sorted.get(i);
            if (infinitive(st.lower(t.firstToken())) && finiteLater(st, sorted, i)) continue;
            if (armenianObject(st, sorted, i)) continue;
            kept.add(t);
        }
        return kept;
    }

    private static boolean finiteLater(SentenceStructure st, List<Trigger> sorted, int i) {
        int clause = st.clauseStart(sorted.get(i).firstToken());
        for (int j = i + 1; j < sorted.size(); j++) {
            Trigger later = sorted.get(j);
            if (st.clauseStart(later.firstToken()) != clause) return false;
            if (finite(st.lower(later.firstToken()))) return true;
        }
        return false;
    }

    /**
     * Armenian is verb-final: a one-word noun trigger right before a verb trigger (an auxiliary between at most) is that
     * verb's object ("օգնություն է խնդրել", asked for help: a request, not aid).
     */
    private static boolean armenianObject(SentenceStructure st, List<Trigger> sorted, int i) {
        Trigger t = sorted.get(i);
        String w = st.lower(t.firstToken());
        if (t.length() > 1 || w.isEmpty() || Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.ARMENIAN
                || isVerb(w) || ARMENIAN_OBLIQUE.matcher(w).matches() || i + 1 >= sorted.size()) return false;
        Trigger next = sorted.get(i + 1);
        return next.firstToken() > t.lastToken() && next.firstToken() - t.lastToken() <= 2
                && isVerb(st.lower(next.firstToken()));
    }

    /**
     * Armenian case endings that are not the object's (genitive-dative "-ի", "-ու", "-ան", ablative "-ից", instrumental
     * "-ով", "-ամբ", locative "-ում"): "ազատազրկման է դատապարտել" (sentenced to prison) keeps its noun.
     */
    private static final Pattern ARMENIAN_OBLIQUE = Pattern.compile("\\p{IsArmenian}+(ի|ու|ան|ից|ով|ամբ|ում)");

    /** Russian infinitive endings, reflexive or not, after at least two letters. */
    private static final Pattern RUSSIAN_INFINITIVE = Pattern.compile("\\p{IsCyrillic}{2,}(ть|ти|чь)(ся|сь)?");
}
