package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Set;

/**
 * Clauses whose grammatical subject is acted on rather than acting: the passive ("was attacked by X", Russian "был
 * задержан сотрудниками …"), and a noun the subject undergoes ("Russia faces new EU sanctions", "drew criticism from
 * Paris", "came under attack from", "подверглась критике со стороны …"). The doer comes after "by"/"from" (Russian
 * "со стороны", "из", or the first actor no preposition governs) or modifies the noun; the subject is the target.
 * When no doer is named there is no source, and the coder does not guess one ({@link Arguments#NO_DOER}), except a
 * group noun after "by" ({@link Arguments#agentWanted}).
 */
final class Undergoing {
    private Undergoing() {}

    /**
     * The sides when the trigger's subject is acted on: a noun it undergoes ("faces sanctions"), a Russian short passive
     * participle, or an English passive; null when the clause is active.
     *
     * @param nominal whether the trigger is a noun ({@link Arguments#isNominalTrigger})
     */
    static Arguments arguments(SentenceStructure st, List<Participant> people, Trigger t, Participant previous, String language,
                               boolean nominal) {
        int undergoer = nominal || !st.tagged() ? undergoingVerb(st, t) : -1;
        if (undergoer >= 0) { // "Russia faces new EU sanctions", "came under fire from", "were added to the sanctions list"
            Participant patient = Arguments.subjectOf(st, people, undergoer, previous);
            Participant agent = doerOfUndergone(st, people, t, undergoer);
            if (agent == null) return Arguments.NO_DOER; // the subject is known not to act, and no one else is named
            return Arguments.actedOn(agent, patient);
        }
        if (language.equals("ru") && russianPassive(st, t)) { // "Галстанян был задержан сотрудниками СНБ Армении"
            Participant patient = Arguments.subjectOf(st, people, t.firstToken(), previous);
            Participant agent = russianAgent(st, people, t);
            if (agent == null) return Arguments.NO_DOER;
            if (patient == null) patient = obliqueInClause(st, people, t, agent); // "Против … компаний были введены санкции США"
            return Arguments.actedOn(agent, patient);
        }
        if (!nominal && passive(st, t)) {
            Participant agent = Arguments.afterWord(st, people, t, st.words().agent());
            if (agent == null) agent = Arguments.afterWord(st, people, t, st.words().origin()); // "was suspended from the Council"
            Participant patient = Arguments.subjectOf(st, people, t.firstToken(), previous);
            if (agent == null) return patient == null ? Arguments.NONE : Arguments.agentWanted(patient); // "by opposition lawmakers"
            return Arguments.actedOn(agent, patient);
        }
        return null;
    }

    /**
     * The verb whose subject undergoes the noun trigger: one of the language's undergoing verbs ("faces sanctions",
     * "drew criticism"), any verb followed by "under" ("came under fire"), or a passive participle with a preposition
     * before the noun ("were added to the sanctions list", "was subjected to pressure"); its index, or -1.
     */
    static int undergoingVerb(SentenceStructure st, Trigger t) {
        if (!UNDERGONE.contains(t.type())) return -1; // one does not undergo talks, agreements or retreats ("under an agreement")
        Set<String> undergoing = st.words().undergoing();
        if (!st.tagged()) { // Russian: "подверглась критике", "попали под обстрел" right before the noun, or opening the trigger
            for (int i = t.firstToken(); i >= Math.max(st.first(), t.firstToken() - 2); i--) {
                if (undergoing.contains(st.lower(i))) return i;
            }
            return -1;
        }
        int g = Arguments.governingVerb(st, t);
        if (g < 0) g = lowerCaseUndergoingBefore(st, t); // "the government drew criticism": "drew" tagged a name
        if (g < 0) return -1;
        boolean preposition = false; // "obstacles faced by UN agencies in their aid work": the noun is not the object
        for (int i = g + 1; i < t.firstToken(); i++) {
            if (undergoing.contains(st.lower(i))) return g; // "under"
            if (UNDERGOING_PREPOSITIONS.contains(st.lower(i)) && passiveAt(st, g)) return g;
            if (st.lower(i).equals("by") && i == g + 1 && reducedPassive(st, g)) return g; // "Armenian firms hit by US sanctions"
            preposition |= st.tag(i).equals("ADP");
        }
        return !preposition && undergoing.contains(st.lower(g)) ? g : -1;
    }

    /** An undergoing verb written in lower case right before the noun (adjectives and determiners between), or -1. */
    private static int lowerCaseUndergoingBefore(SentenceStructure st, Trigger t) {
        int i = t.firstToken() - 1;
        while (i > st.first() && (st.tag(i).equals("ADJ") || st.tag(i).equals("DET") || st.tag(i).equals("NUM"))) i--;
        return i >= st.first() && st.words().undergoing().contains(st.word(i)) ? i : -1;
    }

    /** Acts one can be subjected to. */
    private static final Set<EventType> UNDERGONE = Set.of(EventType.ACCUSE, EventType.ASSAULT, EventType.COERCE,
            EventType.SANCTION, EventType.THREATEN, EventType.AID, EventType.REQUEST, EventType.SUPPORT, EventType.PROTEST,
            EventType.REJECT);
    /** Prepositions after a passive participle that lead to what the subject undergoes ("added to", "placed on"; not "seen as", "engaged in"). */
    private static final Set<String> UNDERGOING_PREPOSITIONS = Set.of("to", "on", "onto", "under");

    /** Who does what the subject undergoes: "by"/"from" X after the noun, else an actor modifying it ("EU sanctions"). */
    private static Participant doerOfUndergone(SentenceStructure st, List<Participant> people, Trigger t, int verb) {
        Participant after = Arguments.afterWord(st, people, t, st.words().agent());
        if (after == null) after = Arguments.afterWord(st, people, t, st.words().origin());
        if (after != null) return after;
        for (Participant p : people) {
            if (p.firstToken() > verb && p.lastToken() < t.firstToken() && !p.locative()) return p;
            // untagged (Russian): a genitive right after the noun ("под обстрел азербайджанских военных")
            if (!st.tagged() && p.firstToken() == t.lastToken() + 1 && !p.locative()) return p;
        }
        return null;
    }

    /** Russian short passive participles ("задержан", "вызвана", "введены", "обстреляны", "убит"). */
    private static final java.util.regex.Pattern RUSSIAN_SHORT_PARTICIPLE = java.util.regex.Pattern.compile(
            "\\p{IsCyrillic}{3,}(ан|ян|ен|ён|ут|ит)(а|о|ы)?");

    /**
     * Whether a Russian trigger is a short passive participle, after a form of "быть" ({@code function-words.yaml}:
     * passive) or on its own ("задержан"): its subject is then the one acted on.
     */
    static boolean russianPassive(SentenceStructure st, Trigger t) {
        return RUSSIAN_SHORT_PARTICIPLE.matcher(st.lower(t.firstToken())).matches();
    }

    /**
     * The doer of a Russian passive: the first actor after the participle in its clause that no preposition governs
     * (the instrumental "сотрудниками СНБ Армении", "Россией") or that follows "со стороны"; null when none.
     */
    private static Participant russianAgent(SentenceStructure st, List<Participant> people, Trigger t) {
        Participant side = Arguments.afterWord(st, people, t, st.words().origin());
        if (side != null) return side;
        int end = st.clauseEnd(t.lastToken());
        for (Participant p : people) {
            if (p.firstToken() <= t.lastToken() || p.firstToken() > end || p.locative()) continue;
            if (Targets.prepositionBefore(st, p, t.lastToken() + 1) != null) continue;
            return p;
        }
        return null;
    }

    /** The first actor in an oblique case in the trigger's clause before it, other than {@code not}, or null. */
    private static Participant obliqueInClause(SentenceStructure st, List<Participant> people, Trigger t, Participant not) {
        int start = st.clauseStart(t.firstToken());
        for (Participant p : people) {
            if (p.firstToken() >= start && p.lastToken() < t.firstToken() && !p.locative() && p != not && UntaggedOrder.obliqueCase(st, p)) return p;
        }
        return null;
    }

    /**
     * A passive: a form of "be"/"get" right before a verb ending in -ed/-en (adverbs may stand between), or a participle
     * of force or coercion with its auxiliary dropped ({@link #headlinePassive}).
     */
    static boolean passive(SentenceStructure st, Trigger t) {
        return passiveAt(st, t.firstToken()) || coordinatedPassive(st, t) || headlinePassive(st, t);
    }

    /** Words a participle may take the passive of an earlier one across ("was pulled out … and beaten by …"). */
    static final int COORDINATED_REACH = 8;

    /**
     * "was pulled out of his car and beaten by men in plain clothes": a participle right after "and" or "or" shares the
     * passive of a participle before it in its clause (within {@link #COORDINATED_REACH} words, no other verb between),
     * when no object follows it ("by", a preposition of place or time, a clause boundary or the end): "were deployed and
     * arrested 20 people" stays active.
     */
    private static boolean coordinatedPassive(SentenceStructure st, Trigger t) {
        int verb = t.firstToken();
        if (!st.tagged() || verb - 1 <= st.first() || !(st.lower(verb - 1).equals("and") || st.lower(verb - 1).equals("or"))
                || !looksLikeParticiple(st.lower(verb))) {
            return false;
        }
        int next = t.lastToken() + 1;
        if (!(next > st.last() || st.boundaryBefore(next) || st.lower(next).equals("by") || AFTER_PASSIVE.contains(st.lower(next)))) return false;
        int start = st.clauseStart(verb);
        for (int i = verb - 2; i >= Math.max(start, verb - 1 - COORDINATED_REACH); i--) {
            if (!st.isVerb(i)) continue;
            return passiveAt(st, i);
        }
        return false;
    }

    /** Acts done to someone whose participle alone, right after the noun, reads as a passive ({@link #headlinePassive}). */
    private static final Set<EventType> DONE_TO = Set.of(EventType.ASSAULT, EventType.COERCE);

    /**
     * "Armenian soldier wounded by Azerbaijani fire", "Georgian journalists detained in Baku", "which saw police officers
     * assaulted, …": a participle of force or coercion right after its noun with no object after it ("by", a clause
     * boundary or the end follows; or, for a verb that needs its object, a preposition of place or time) is a passive
     * without its auxiliary, as headlines and reduced clauses put it;
     * the noun is the one acted on. "Police detained protesters" has an object, "police have detained" an auxiliary.
     */
    private static boolean headlinePassive(SentenceStructure st, Trigger t) {
        if (!st.tagged() || t.length() > 1 || !DONE_TO.contains(t.type()) || !reducedPassive(st, t.firstToken())) return false;
        int next = t.lastToken() + 1;
        if (next > st.last() || st.boundaryBefore(next) || st.lower(next).equals("by")) return true;
        // a place or time after a verb that cannot go without its object ("Georgian journalists detained in Baku"; but
        // "troops attacked on Monday" attacked, and "detained over 50 protesters" counts the object)
        return OBJECT_NEEDED.contains(st.lower(t.firstToken())) && AFTER_PASSIVE.contains(st.lower(next))
                && !(next < st.last() && (COUNTING.contains(st.lower(next + 1)) || st.tag(next + 1).equals("NUM")));
    }

    /** Participles of force and coercion that are never intransitive: with no object after them they are passives. */
    private static final Set<String> OBJECT_NEEDED = Set.of("killed", "wounded", "injured", "hurt", "detained", "arrested",
            "jailed", "imprisoned", "captured", "abducted", "kidnapped", "executed", "sentenced", "expelled", "deported", "held");
    /** Prepositions of place and time that follow a passive participle with no object. */
    private static final Set<String> AFTER_PASSIVE = Set.of("in", "at", "on", "near", "during", "after", "over", "outside",
            "inside", "across", "amid", "while", "when");
    /** Words after a preposition that make it a count of the object ("at least 20", "more than", "over 50"), not a place. */
    private static final Set<String> COUNTING = Set.of("least", "most", "than");

    /** A participle right after its noun, as headlines and reduced relatives put it ("firms hit by …", "officials targeted by …"). */
    private static boolean reducedPassive(SentenceStructure st, int verb) {
        return verb > st.first() && looksLikeParticiple(st.lower(verb))
                && (st.tag(verb - 1).equals("NOUN") || st.tag(verb - 1).equals("PROPN"));
    }

    /** A past participle by its form: "-ed", "-en", or one of the common irregular ones that keep their base form. */
    private static boolean looksLikeParticiple(String w) {
        return w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.contains(w);
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("hit", "shot", "put");

    private static boolean passiveAt(SentenceStructure st, int verb) {
        if (!looksLikeParticiple(st.lower(verb))) return false;
        for (int i = verb - 1; i >= Math.max(st.first(), verb - 3); i--) {
            if (st.words().passive().contains(st.lower(i))) return true;
            if (!(st.tag(i).equals("ADV") || st.words().negators().contains(st.lower(i)))) return false;
        }
        return false;
    }

}
