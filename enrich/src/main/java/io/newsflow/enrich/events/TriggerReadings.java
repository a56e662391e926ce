package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.QuadClass;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a trigger reads in its sentence beyond its type: whether it names its clause's act or something else (a time,
 * "since the invasion"; a setting, "during talks"; an act already reported, "the attack was condemned"; what a request
 * asks for, "demanded that Vilnius withdraw"; a fact a verb of demand states), and how it stands in the clause
 * (coordinated, subordinate, inside an aside, in the present perfect). Stateless predicates over a
 * {@link SentenceStructure} and a {@link Trigger}, each looking at a few words around the trigger.
 */
final class TriggerReadings {
    private TriggerReadings() {}

    /** Prepositions of time, and nouns of a span of time before "of" ("within a week of the offensive"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "since", "before", "following", "amid");
    private static final Pattern TIME_SPANS = Pattern.compile("(hour|day|week|month|year)s?");

    /**
     * "Since the invasion, Finland has joined NATO", "within a week of the offensive": a hostile act named by a definite
     * noun in a phrase of time dates the clause by an act already reported; it is not an act of the clause's subject
     * (a meeting so named is, {@link #meetingAsSetting}). English (the tags tell the noun).
     */
    static boolean actAsTime(SentenceStructure st, Trigger t) {
        QuadClass quad = QuadClass.of(t.type());
        if (!st.tagged() || quad != QuadClass.MATERIAL_CONFLICT || !Arguments.isNominalTrigger(st, t)) return false;
        int the = t.firstToken() - 1;
        while (the > st.first() && the >= t.firstToken() - 3 && st.tag(the).equals("ADJ")) the--; // "after the deadly attack"
        if (the <= st.first() || !st.words().demonstratives().contains(st.lower(the))) return false;
        String before = st.lower(the - 1);
        return TIME_PREPOSITIONS.contains(before)
                || before.equals("of") && the - 2 >= st.first() && TIME_SPANS.matcher(st.lower(the - 2)).matches();
    }

    /**
     * "The attack was condemned by Biden", "This move angered Baku": a definite act noun opening its clause as the
     * subject of the verb trigger right after it (or after one auxiliary) names an act already reported; the verb is
     * the clause's act.
     */
    static boolean earlierActAsSubject(SentenceStructure st, Trigger t, List<Trigger> found) {
        if (!st.tagged() || t.length() > 1 || !st.tag(t.firstToken()).equals("NOUN")
                || Sides.definiteSubject(st, t.firstToken()) != t.firstToken()) return false;
        int next = t.lastToken() + 1; // the noun is the verb's subject: the verb follows at once or after one auxiliary
        return found.stream().anyMatch(u -> st.isVerb(u.firstToken()) && (u.firstToken() == next
                || u.firstToken() == next + 1 && st.words().passive().contains(st.lower(next))));
    }

    /** Verbs of leaving that suspend a membership only when what is left is a body of states ("left the CSTO"). */
    private static final Set<String> LEAVING = Set.of("leave", "leaves", "leaving", "left");

    /**
     * "Russian troops withdrew from Kherson", "Ukrainian forces withdrew from the town of Avdiivka": withdrawing from a
     * place or a state (named as the head of its phrase, not a modifier: "the Paris agreement") is a retreat, not the
     * suspended membership that withdrawing from a body of states is.
     */
    static boolean withdrewFromAPlace(SentenceStructure st, Trigger coded, Participant target) {
        if (coded.type() != EventType.SANCTION || target == null || !st.lower(coded.firstToken()).startsWith("withdr")
                || !st.lower(coded.lastToken()).equals("from")) return false; // not "withdrew its envoy from Baku": a recall
        ActorEntry place = target.actor();
        if (!place.kind().equals("place") && !place.isCountry() || ActorEntry.IGO.equals(place.country())) return false;
        int next = target.lastToken() + 1;
        return next > st.last() || !st.tag(next).equals("NOUN") && !st.tag(next).equals("PROPN");
    }

    /** "Zelensky left the White House": leaving anything but an intergovernmental body ends no membership. */
    static boolean leftAPlace(SentenceStructure st, Trigger coded, EventActor to) {
        return coded.type() == EventType.SANCTION && LEAVING.contains(st.lower(coded.firstToken())) && !ActorEntry.IGO.equals(to.getCountryCode());
    }

    /** Words after "asked" that make it a question, not a request ("asked about the drills", "asked whether …"). */
    private static final Set<String> QUESTION_WORDS = Set.of("about", "whether", "if", "how", "what", "why", "when", "where",
            "who", "which");

    /**
     * "Asked about the drills, Pashinyan said …", "journalists asked whether …": a question asks for an answer, not for
     * an act, so it is no request (English; a request names its object: "asked Moscow to …", "asked for help").
     */
    static boolean question(SentenceStructure st, Trigger t) {
        if (t.type() != EventType.REQUEST || t.length() > 1 || t.lastToken() + 1 > st.last()) return false;
        return st.lower(t.firstToken()).startsWith("ask") && QUESTION_WORDS.contains(st.lower(t.lastToken() + 1));
    }

    /** Words that open the clause of what a request asks for ("demanded that Vilnius withdraw", "потребовали, чтобы …"). */
    private static final Set<String> ASKED_FOR = Set.of("that", "чтобы");

    /**
     * The trigger opens no act of its own when its clause is what a request just before it asks for ("China demanded
     * that Vilnius withdraw its envoy", "депутаты потребовали, чтобы премьер поднял вопрос"): the request is the act,
     * and what it asks for has not happened.
     */
    static boolean askedFor(SentenceStructure st, List<Trigger> triggers, Trigger t) {
        int start = st.clauseStart(t.firstToken());
        if (start == st.first() || !ASKED_FOR.contains(st.lower(start))) return false;
        for (Trigger r : triggers) {
            // a verb's clause, not a noun's ("ignored orders to stop, a version that Kyiv rejects")
            if (r.type() == EventType.REQUEST && r.lastToken() < start
                    && st.complementOf(r.lastToken(), start)
                    && (st.isVerb(r.firstToken()) || !st.tagged())) return true;
        }
        return false;
    }

    /** Whether the trigger's clause opens with a subordinator or a relative pronoun ({@link Evidence#SUBORDINATE}). */
    static boolean subordinate(SentenceStructure st, Trigger t) {
        int start = st.clauseStart(t.firstToken());
        return start != t.firstToken() && st.subordinateClause(start);
    }

    /** Indicative forms that open what a "that" clause states: a request's clause has the bare verb or "should". */
    private static final Set<String> INDICATIVE = Set.of("had", "has", "have", "was", "were", "is", "are", "did", "does");

    /**
     * "insisted that the people of the regions had chosen to join Russia": a request's verb whose "that" clause states a
     * fact (its first verb indicative: "had", "was", a past tense) asserts, it does not ask; a demand's clause has the
     * bare verb ("insisted that Moscow withdraw"). The clause may follow an addressee or an adverbial as any complement
     * clause ({@link SentenceStructure#complementOf}). English only (the tags tell the verb).
     */
    static boolean statesAFact(SentenceStructure st, Trigger t) {
        if (!st.tagged() || t.type() != EventType.REQUEST || !st.isVerb(t.firstToken())) return false;
        int that = t.lastToken() + 1;
        while (that <= st.last() && !st.lower(that).equals("that") && !st.boundaryBefore(that)) that++;
        if (that > st.last() || !st.lower(that).equals("that") || !st.complementOf(t.lastToken(), that)) return false;
        for (int i = that + 1; i <= Math.min(st.last(), that + CLAUSE_SUBJECT_WORDS); i++) {
            String w = st.lower(i);
            if (INDICATIVE.contains(w)) return true;
            if (st.tag(i).equals("AUX") || st.isVerb(i)) return st.isVerb(i) && w.endsWith("ed");
        }
        return false;
    }

    /** Words a "that" clause's subject may have before its first verb ("the people of the regions had …"). */
    private static final int CLAUSE_SUBJECT_WORDS = 8;

    /** A past participle's regular form ("compensated", "taken"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+(ed|en)");

    /** "must be compensated": a passive after the modal (its subject gets, it is not asked to do). */
    static boolean passiveAfter(SentenceStructure st, int modal) {
        int be = modal + 1;
        return be + 1 <= st.last() && st.words().passive().contains(st.lower(be)) && PARTICIPLE.matcher(st.lower(be + 1)).matches();
    }

    /** Words back from a trigger within which a verb that puts it off is read ("отложил на неопределенный срок учения"). */
    private static final int DEFERRAL_REACH = 6;

    /** The one deferral stem whose noun also names a span of time, not a deferral ("without delay", "a delay of days"). */
    private static final String UNDEFERRING_NOUN = "delay";

    /** Tags of the words a participle may describe ("a planned visit", "his upcoming official trip"). */
    private static final Set<String> NOMINAL = Set.of("NOUN", "ADJ", "PROPN");

    /**
     * An act put off did not happen: a verb of deferring ({@code deferrals} in function-words.yaml) among the
     * {@link #DEFERRAL_REACH} words before the trigger, in its clause, with no other verb between but a participle before
     * a noun or adjective ("postponed his trip to Norway", "delayed a planned visit", "shelved talks on joining the EU",
     * "отложил запланированный визит в Китай"); a headline's verb the tagger reads as a noun counts ("PM postpones trip"),
     * and so does a passive of deferring after the act noun ({@link #deferredAfter}).
     */
    static boolean deferred(SentenceStructure st, Trigger t) {
        Set<String> deferrals = st.words().deferrals();
        if (deferrals.isEmpty()) return false;
        for (int i = t.firstToken() - 1; i >= Math.max(st.first(), t.firstToken() - DEFERRAL_REACH); i--) {
            String word = st.lower(i);
            // "delayed the visit", not "without delay"; but a headline's "PM postpones trip" may be tagged a noun, and a
            // noun of the other stems defers too ("the postponement of the visit")
            boolean verb = !st.tagged() || st.isVerb(i) || st.tag(i).equals("NOUN") && !word.startsWith(UNDEFERRING_NOUN);
            String pair = i > st.first() ? st.lower(i - 1) + " " + word : null; // a two-word entry ends here: "put off"
            if (deferral(deferrals, verb ? word : null, pair)) return true;
            if (st.boundaryBefore(i)) break;
            if (st.isVerb(i) && !(st.tagged() && NOMINAL.contains(st.tag(i + 1)) || i + 1 == t.firstToken())) break;
        }
        return deferredAfter(st, t, deferrals);
    }

    /** Conjunctions after which a passive of deferring has a subject of its own. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "while", "as");
    /** Auxiliaries of a passive that defers the act named before it ("the visit was postponed"). */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be");

    /**
     * "Lavrov's visit to Yerevan was postponed", "the talks have been called off": the act noun is the subject of a
     * passive verb of deferring within {@link #DEFERRAL_REACH} words after it, in its clause.
     */
    private static boolean deferredAfter(SentenceStructure st, Trigger t, Set<String> deferrals) {
        if (!st.tagged() || st.boundaryBefore(t.lastToken() + 1)) return false;
        for (int i = t.lastToken() + 2; i <= Math.min(st.last(), t.lastToken() + DEFERRAL_REACH); i++) {
            // a verb's act, not past a conjunction ("Lavrov met Mirzoyan and the vote was postponed": the meeting took
            // place); a noun's phrase may hold one ("the talks between Armenia and Azerbaijan were called off")
            if (st.boundaryBefore(i) || st.isVerb(t.firstToken()) && COORDINATORS.contains(st.lower(i - 1))) return false;
            if (!PASSIVE_AUXILIARIES.contains(st.lower(i - 1))) continue;
            String pair = i < st.last() ? st.lower(i) + " " + st.lower(i + 1) : null; // "called off"
            if (deferral(deferrals, st.lower(i), pair)) return true;
        }
        return false;
    }

    /**
     * Whether {@code word} is a form of a one-word deferral (its stem: "postponed", "shelving"; null: none is looked for)
     * or {@code pair} a two-word one ("put off", "called off").
     */
    private static boolean deferral(Set<String> deferrals, String word, String pair) {
        for (String d : deferrals) {
            if (d.indexOf(' ') < 0 ? word != null && word.startsWith(d) : d.equals(pair)) return true;
        }
        return false;
    }

    /**
     * A rally, strike or riot named by a noun that opens a clause of reported speech, with the speaker (before the verb
     * of speech) as its only candidate source: "Peskov said the protests in Tbilisi were organised from abroad" reports
     * a protest by others, the speaker holds none, and no one named does it. The noun opens the clause: after "that"
     * ("что"), a determiner and at most {@link #RALLY_MODIFIERS} other words between; without "that", a verb follows it
     * ("said the protests in Tbilisi were …"). "Declared a hunger strike", "told a rally" and "said it would keep up its protests"
     * are the speaker's own.
     */
    static boolean reportedRally(SentenceStructure st, Trigger trigger, Participant source) {
        if (trigger.type() != EventType.PROTEST || source == null) return false;
        boolean noun = st.tagged() ? Arguments.isNominalTrigger(st, trigger) : !UntaggedActs.isVerb(st.lower(trigger.firstToken()));
        int said = noun ? Speakers.reportingVerbBefore(st, trigger.firstToken()) : -1;
        if (said < 0 || source.lastToken() >= said) return false;
        int k = said + 1;
        boolean complement = st.words().complementizers().contains(st.lower(k));
        if (complement) k++;
        if (st.tagged() && k < trigger.firstToken() && st.tag(k).equals("DET")) k++;
        if (trigger.firstToken() - k > RALLY_MODIFIERS) return false;
        for (int i = k; i < trigger.firstToken(); i++) {
            if (st.isVerb(i) || st.words().pronouns().contains(st.lower(i)) || st.tagged() && st.tag(i).equals("PRON")) return false;
        }
        return complement || st.tagged() && verbAfter(st, trigger.lastToken());
    }

    /**
     * Whether a finite verb follows word {@code i} within {@link #RALLY_MODIFIERS} + 2 words, before a comma, a
     * coordinator or a relative pronoun: the noun phrase ending at {@code i} (its place or time phrase between) is the
     * subject of that verb (not a participle: "declared a hunger strike protesting his arrest").
     */
    private static boolean verbAfter(SentenceStructure st, int i) {
        for (int k = i + 1; k <= Math.min(st.last(), i + RALLY_MODIFIERS + 2) && !st.commaBefore(k); k++) {
            if (st.tag(k).equals("CCONJ") || st.words().relatives().contains(st.lower(k))) return false;
            if (st.tag(k).equals("AUX") || st.isVerb(k) && !st.lower(k).endsWith("ing")) return true; // "protesting his arrest": a participle
        }
        return false;
    }

    /** Words between "that" (and a determiner) and a reported rally's noun: "the mass anti-government protests". */
    private static final int RALLY_MODIFIERS = 2;

    /**
     * A meeting named as the time of another act ("during a meeting", "at talks", "after a phone call with …") is an
     * event of its own: the same people met.
     */
    static boolean meetingAsSetting(SentenceStructure st, Trigger t) {
        if (t.type() != EventType.CONSULT) return false;
        if (!st.tagged()) { // "договоренность была достигнута на переговорах Путина и Пашиняна"
            String word = st.lower(t.firstToken());
            int next = t.lastToken() + 1; // with whom: a name in the genitive or "с" ("на встрече с Алиевым"), not just where
            int on = t.firstToken() - 1; // "на встрече", "на первом саммите": one adjective may stand between
            if (on > st.first() && !st.lower(on).equals("на")) on--;
            return on >= st.first() && st.lower(on).equals("на")
                    && !UntaggedActs.isVerb(word) && RUSSIAN_MEETING_NOUN.matcher(word).matches()
                    && next <= st.last() && (st.lower(next).equals("с") || Character.isUpperCase(st.word(next).codePointAt(0)));
        }
        if (!Arguments.isNominalTrigger(st, t)) return false;
        int before = t.firstToken() - 1;
        while (before > st.first() && (st.tag(before).equals("DET") || st.tag(before).equals("ADJ"))) before--;
        return before >= st.first() && Arguments.SETTINGS.contains(st.lower(before));
    }

    /** Russian nouns of a meeting in the prepositional case after "на" ("на переговорах", "на встрече", "на саммите"). */
    private static final Pattern RUSSIAN_MEETING_NOUN = Pattern.compile("переговорах|встрече|саммите|консультациях");

    /**
     * "has demanded", "have repeatedly warned": the present perfect reports an act up to now, so an undated one takes the
     * publication date, not the date of the sentence before it ("had demanded" does not: it lies in the story's past).
     */
    static boolean presentPerfect(SentenceStructure st, Trigger t) {
        for (int i = t.firstToken() - 1; i >= Math.max(st.first(), t.firstToken() - 3); i--) {
            String w = st.lower(i);
            if (w.equals("has") || w.equals("have")) return true;
            if (!st.tagged() || !(st.tag(i).equals("ADV") || st.words().negators().contains(w))) return false;
        }
        return false;
    }

    /**
     * Whether the trigger is coordinated with an earlier verb of its sentence ("condemned the drills and summoned …",
     * "назвал удар атакой и обвинил …"): by the tags ({@link Arguments#coordinatedWith}), else by "и"/"և" and the
     * verb's ending ({@link UntaggedActs#conjunct}).
     */
    static boolean coordinated(SentenceStructure st, Trigger t) {
        return st.tagged() ? Arguments.coordinatedWith(st, t.firstToken()) >= 0 : UntaggedActs.conjunct(st, t);
    }

    /**
     * A meeting named by its host's verb ({@code function-words.yaml}: hosting; "hosted", "received", "принял"): its
     * subject (or passive agent) is the host, while the convention codes a visit from the visitor to the hosts.
     */
    static boolean hosts(SentenceStructure st, Trigger coded) {
        return coded.type() == EventType.CONSULT && st.words().isHosting(st.lower(coded.firstToken()));
    }

    /**
     * A ban imposed on another state, its people or its goods ({@code function-words.yaml}: bans; "banned shipments of
     * Armenian flowers", "запретил гражданам США усыновлять"): PLOVER's SANCTION, while a ban at home ("banned
     * demonstrations") stays coercion. Both sides' countries must be known and differ, the target must be a state's (not
     * an international body's), the source no court ("a court banned Whelan from leaving"), and nothing after the ban
     * may keep it at home: the source's own people in the two words after it ({@code own}: "banned its citizens from
     * travelling to Russia", "արգելել է իր քաղաքացիներին"), an activity or a designation in its clause ({@code banAtHome}:
     * "banned the activities of the German Marshall Fund", "as undesirable").
     */
    static boolean banAcrossStates(SentenceStructure st, Trigger coded, EventActor from, EventActor to) {
        if (coded.type() != EventType.COERCE || to == null || from.getCountryCode() == null || to.getCountryCode() == null
                || from.getCountryCode().equals(to.getCountryCode()) || !st.words().isBan(st.lower(coded.firstToken()))) {
            return false;
        }
        if (to.getCountryCode().equals(ActorEntry.IGO) || to.getCountryCode().equals(ActorEntry.NGO) || "JUD".equals(from.getSector())) return false;
        FunctionWords w = st.words();
        int end = Math.min(st.clauseEnd(coded.lastToken()), coded.lastToken() + BAN_REACH);
        for (int i = coded.lastToken() + 1; i <= Math.min(end, coded.lastToken() + 2); i++) { // "banned its citizens", "արգելել է իր"
            if (w.own().contains(st.lower(i))) return false;
        }
        for (int i = coded.lastToken() + 1; i <= end; i++) if (w.keepsBanAtHome(st.lower(i))) return false;
        return true;
    }

    /** Words after a ban in which what keeps it at home is looked for. */
    static final int BAN_REACH = 10;

    /**
     * The first word of the apposition between commas that holds trigger {@code t} (", the first leader to visit since
     * the vote,"), or -1: an apposition's act is not its clause's main act, which may come after it. An aside that opens
     * with a participle is an act of the clause (see {@link Arguments#participialHead}).
     */
    static int asideHolding(SentenceStructure st, Trigger t) {
        for (int j = t.lastToken() + 1; j <= st.last(); j++) {
            if (!st.asideMarkBefore(j)) continue;
            int open = st.asideEndingBefore(j);
            return open >= 0 && open <= t.firstToken() && !st.isVerb(open) ? open : -1; // not ", killing 20 people,"
        }
        return -1;
    }

    /**
     * "NATO ambassadors met in emergency session", "the UN Security Council met": an intergovernmental organisation's
     * members meeting among themselves (a finite verb of meeting) is a whole event with no target (PLOVER's CONSULT of
     * the organisation).
     */
    static boolean organisationMet(SentenceStructure st, Trigger coded, EventActor from) {
        String word = st.lower(coded.firstToken()); // a finite verb: "leaders meeting in Brussels granted …" is a setting
        return coded.type() == EventType.CONSULT && "meeting".equals(coded.mode()) && ActorEntry.IGO.equals(from.getCountryCode())
                && st.isVerb(coded.firstToken()) && !word.endsWith("ing");
    }
}
