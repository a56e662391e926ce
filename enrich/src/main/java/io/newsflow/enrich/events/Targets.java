package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whom a trigger is aimed at when its clause names it: the verb's object or the object of a target preposition ("with",
 * "on", "against" …; never "in", "over", "during"), the subject of a demand's or accusation's "that" clause, an object
 * relative pronoun's antecedent (", whom Pashinyan thanked"), "its" + a noun's owner, an object pronoun's person. Who
 * reports the act, a place, a stance ("pro-Russian"), a name that only describes the next noun ("the Rome Statute") and
 * the source's own state in its reported clause are not targets. {@link Arguments} pairs the result with the source.
 * Stateless; linear in the clause.
 */
final class Targets {
    private Targets() {}

    /** Verbs whose direct object is a topic, not a partner: "discussed the CSTO", "negotiated a deal". */
    private static final java.util.regex.Pattern TOPIC_OBJECT = java.util.regex.Pattern.compile("(discuss|negotiat|debat|consider|review).*");
    /** Types whose target may be the subject of a "that" clause after the trigger. */
    private static final Set<EventType> COMPLEMENT_CLAUSE = Set.of(EventType.REQUEST, EventType.ACCUSE, EventType.THREATEN,
            EventType.REJECT, EventType.SUPPORT);
    /** Prefixes that make a name a stance ("anti-Western", "pro-Russian"). */
    private static final Set<String> STANCE = Set.of("anti", "pro");
    /**
     * Participles that make a hyphenated name the holder of what follows: of a place ("Pakistani-controlled territory"),
     * or the state a ship flies the flag of or a firm is owned or registered in ("the British-flagged tanker").
     */
    private static final Set<String> CONTROLLING = Set.of("controlled", "held", "occupied", "administered", "run", "flagged",
            "owned", "registered");
    /** Words that make the preposition next to them a count: "more than", "up to", "at least" (key: the other word). */
    private static final java.util.Map<String, String> COUNTING = java.util.Map.of("more", "than", "less", "than",
            "fewer", "than", "up", "to", "least", "at", "most", "at");

    /**
     * The first actor after the trigger, in its clause, that is its object or the object of a target preposition; for
     * demands and accusations, the subject of a "that" clause right after the trigger ("demanded that Iran stop …").
     */
    static Participant object(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        int end = st.clauseEnd(t.lastToken());
        int from = t.lastToken() + 1;
        int reported = st.lower(t.lastToken()).equals("that") ? t.lastToken() : -1; // "warned that …" is one trigger
        if (end < st.last() && opensComplement(st, t, end + 1)) {
            reported = end + 1;
            end = st.clauseEnd(end + 1); // the reported clause: its subject is the one asked or accused
        }
        // what a demand asks, a charge charges or a welcome says of its object, not whom the act is aimed at: "urged the
        // participating states to strip Russia of …", "welcomed the finding that Moscow had broken …" (one type each)
        int content = Math.max(askedOrCharged(st, t, end), praiseContent(st, t, end));
        for (Participant p : people) {
            if (p.firstToken() <= t.firstToken() || p.firstToken() > end) continue;
            if (content >= 0 && p.firstToken() > content) return null;
            // one state's two groups may act on each other ("Palestinian police confiscated weapons from Palestinian
            // armed groups"); the same actor without groups is not its own object
            if (Arguments.sameActor(p, source) && !twoGroupsOfOneState(st, p, source)) continue;
            if (reported >= 0 && p.firstToken() > reported && ownState(p, source)) return null; // "Aliyev warned that Baku would …"
            if (crossesClause(st, t, p) || attributionBefore(st, t, p)) return null;
            if (namesSomethingElse(st, people, p)) continue; // "the Rome Statute", "the Russian-led bloc"
            if (p.locative() || medium(st, p)) continue;
            String preposition = prepositionBefore(st, p, from);
            if (preposition == null && TOPIC_OBJECT.matcher(st.lower(t.firstToken())).matches()) continue; // "discuss the CSTO": a topic
            boolean member = Participants.LOCATIVE.contains(String.valueOf(preposition)) && p.actor().kind().equals("organisation"); // "participation in the CSTO"
            boolean topicOwner = isReaction(t.type()) && TOPIC_PREPOSITIONS.contains(String.valueOf(preposition)) // "concern over Armenia's drills"
                    && (p.possessor() || p.firstToken() < st.last() && st.lower(p.firstToken() + 1).equals("s")); // "… Japan's military …"
            if (preposition != null && !member && !topicOwner && !st.words().targets().contains(preposition)
                    && !st.words().between().contains(preposition)) continue;
            if (p.possessor() && (!isReaction(t.type()) && !possessorOfObject(st, t, p, source, preposition) || p.ownsTitle())) continue; // "a freeze on Armenia's participation in the CSTO"
            return p;
        }
        return null;
    }

    /**
     * "welcomed the finding that Moscow had broken international law", "welcomed it as a big step towards stopping
     * Russia": what an act of support says of what it welcomes, the content clause of a noun of judgement ("that" right
     * after it: {@link #JUDGEMENTS}) or the characterisation after "as", names the welcomed thing's content, not whom the
     * support is for; the index of that "that" or "as" in the trigger's clause, else -1 (and -1 for other types). A
     * relative clause ("welcomed the deal that Azerbaijan signed") is not content: its doer may be the target.
     */
    static int praiseContent(SentenceStructure st, Trigger t, int end) {
        if (t.type() != EventType.SUPPORT || !st.tagged()) return -1;
        for (int k = t.firstToken() + 1; k <= end; k++) {
            String w = st.lower(k);
            if (w.equals("as") && k > t.firstToken() + 1 && characterises(st, k)) return k;
            if (w.equals("that") && JUDGEMENTS.contains(st.lower(k - 1)) && !relativeWithGap(st, k, end)) return k;
        }
        return -1;
    }

    /**
     * Nouns whose "that" clause is a judgement of someone's acts ("the finding that Moscow had broken international
     * law"); after others the clause may report the welcomed act itself ("the announcement that France will send air
     * defence systems": France's), whose doer is the target.
     */
    private static final Set<String> JUDGEMENTS = Set.of("ruling", "rulings", "finding", "findings", "verdict", "judgment",
            "judgement", "conclusion", "conclusions", "assessment", "opinion");

    /** Whether the "as" at {@code k} introduces a characterisation, not "as well as", "such as", "as part of", "as soon as". */
    private static boolean characterises(SentenceStructure st, int k) {
        if (AS_BEFORE.contains(st.lower(k - 1))) return false; // "such as", "as well as"
        return k == st.last() || !AS_PHRASES.contains(st.lower(k + 1));
    }

    private static final Set<String> AS_BEFORE = Set.of("such", "well", "so", "just");
    private static final Set<String> AS_PHRASES = Set.of("well", "part", "soon", "long", "far", "of", "much", "many");

    /**
     * Whether the clause "that" opens at {@code that} lacks its verb's object, as a relative clause does ("the deal that
     * Azerbaijan signed."): its first verb ends the clause, or a preposition, an adverb or a phrase of time follows it.
     */
    private static boolean relativeWithGap(SentenceStructure st, int that, int end) {
        for (int j = that + 1; j <= end; j++) {
            if (!st.isVerb(j)) continue;
            return j == end || st.boundaryBefore(j + 1) || st.tag(j + 1).equals("ADP") || st.tag(j + 1).equals("ADV")
                    || Arguments.TIME_OPENERS.contains(st.lower(j + 1)); // "the deal that Azerbaijan signed last year"
        }
        return false;
    }

    /**
     * "urged the participating states to strip Russia of its vote", "accused the organisers of trying to provoke Russia":
     * a demand's addressee or a charge's accused named by a noun that is no actor, then what is asked ("to" and a verb)
     * or charged ("of" or "for" and a verb in -ing); the index of that "to", "of" or "for" (the actors after it are in
     * what is asked or charged, not whom), else -1.
     */
    private static int askedOrCharged(SentenceStructure st, Trigger t, int end) {
        boolean charge = t.type() == EventType.ACCUSE;
        if (t.type() != EventType.REQUEST && !charge) return -1;
        if (!st.tagged()) { // "призвал союзников жестко ответить": the first infinitive, with words between
            if (charge) return -1;
            for (int k = t.lastToken() + 1; k <= Math.min(st.last(), end + 1); k++) {
                if (UntaggedActs.infinitive(st.lower(k))) return k > t.lastToken() + 1 ? k : -1;
                if (st.boundaryBefore(k) && k > t.lastToken() + 1) return -1;
            }
            return -1;
        }
        boolean noun = false;
        for (int k = t.lastToken() + 1; k <= Math.min(st.last() - 1, end + 1); k++) { // "to" may open a clause of its own
            boolean asked = !charge && st.lower(k).equals("to") && st.isVerb(k + 1);
            boolean charged = charge && CHARGE_PREPOSITIONS.contains(st.lower(k)) && gerund(st, k + 1);
            if (asked || charged) return noun ? k : -1;
            if (st.boundaryBefore(k)) return -1;
            noun |= st.tag(k).equals("NOUN");
        }
        return -1;
    }

    /** A word in -ing right after a preposition: a gerund, whether the tagger calls it a verb, a noun or an auxiliary ("of relying", "of being"). */
    private static boolean gerund(SentenceStructure st, int i) {
        String w = st.lower(i);
        return w.length() > 4 && w.endsWith("ing") && (st.tag(i).equals("VERB") || st.tag(i).equals("NOUN") || st.tag(i).equals("AUX"));
    }

    /** Prepositions that open what a charge says its accused did ("accused them of trying", "blamed them for failing"). */
    private static final Set<String> CHARGE_PREPOSITIONS = Set.of("of", "for");

    /**
     * "suspended Russia's membership", "seized Ukraine's ships", "shelled Armenia's positions": in a material act of
     * conflict, the owner of the verb's object, named right after the verb, is whom the act is done to; not the owner of
     * the source's own state ("Pashinyan froze Armenia's participation in the CSTO": the bloc is), and not in other acts,
     * where what is owned is often what is passed on ("extended Putin's regards to Armenia's President").
     */
    private static boolean possessorOfObject(SentenceStructure st, Trigger t, Participant p, Participant source, String preposition) {
        return OWNED_OBJECT_ACTS.contains(t.type()) && preposition == null && p.firstToken() == t.lastToken() + 1
                && st.isVerb(t.lastToken()) && (source == null || !Objects.equals(p.actor().country(), source.actor().country()));
    }

    /** Acts whose object's owner is their target ({@link #possessorOfObject}). */
    private static final Set<EventType> OWNED_OBJECT_ACTS = Set.of(EventType.SANCTION, EventType.COERCE, EventType.ASSAULT);

    /**
     * "… отозвала своего посла, сообщила представитель МИД Ани Бадалян": a reporting verb after a comma between the
     * trigger and {@code p} makes {@code p} the one who reports the act, not its target.
     */
    private static boolean attributionBefore(SentenceStructure st, Trigger t, Participant p) {
        for (int k = t.lastToken() + 1; k < p.firstToken(); k++) {
            if (st.commaBefore(k) && st.words().reporting().contains(st.lower(k))) return true;
        }
        return closingAttribution(st, p);
    }

    /**
     * "…, the World Food Program (WFP) said on Monday.": {@code p} after a comma (articles and adjectives between) and
     * before a reporting verb that closes the sentence (a few words of time may follow) is who reports, not a target.
     */
    private static boolean closingAttribution(SentenceStructure st, Participant p) {
        int i = p.firstToken();
        while (i > st.first() && !st.commaBefore(i) && (st.tag(i - 1).equals("DET") || st.tag(i - 1).equals("ADJ"))) i--;
        if (!st.commaBefore(i)) return false;
        for (int r = p.lastToken() + 1; r <= Math.min(st.last(), p.lastToken() + 3); r++) {
            if (st.words().reporting().contains(st.lower(r))) return r >= st.last() - CLOSING_WORDS;
            if (!st.tag(r).equals("NOUN") && !st.tag(r).equals("PROPN")) return false;
        }
        return false;
    }

    /** Words a closing attribution may have after its verb ("said on Monday", "said in a statement"). */
    private static final int CLOSING_WORDS = 4;

    /** Whether word {@code i} opens the complement clause of a trigger that takes one ({@link SentenceStructure#complementOf}). */
    private static boolean opensComplement(SentenceStructure st, Trigger t, int i) {
        return COMPLEMENT_CLAUSE.contains(t.type()) && st.words().complementizers().contains(st.lower(i)) && st.complementOf(t.lastToken(), i);
    }

    /**
     * The actor a speech act with no target in its clause is most likely aimed at: the nearest one of the sentence
     * after the trigger, or before it at twice the distance ("Baku's Defence Ministry denied it, saying the Armenian
     * side was lying": after), that is not the source, its partner in a compound subject ("Washington and Brussels"), a
     * place named with "in"/"near", a group noun or the actor of a circumstance after the trigger ("despite objections
     * from Russia"); null when there is none. The caller keeps it only when it is of another country than the source.
     * Linear in the sentence's words and participants.
     */
    static Participant nearestNamed(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        int circumstance = t.lastToken() + 1; // the first preposition of circumstance after the trigger, or past the end
        while (circumstance <= st.last() && !Arguments.circumstance(st, circumstance)) circumstance++;
        int asked = askedOrCharged(st, t, st.clauseEnd(t.lastToken()));
        if (asked >= 0) circumstance = Math.min(circumstance, asked); // nor what the addressee is asked to do or charged with
        Set<Participant> partners = partnersOf(st, people, source);
        Participant nearest = null;
        int best = Integer.MAX_VALUE;
        for (Participant p : people) {
            if (p.locative() || GroupNouns.isGroup(p.actor().id()) || source != null && Arguments.sameActor(p, source)) continue;
            if (p.firstToken() > circumstance) continue; // "despite objections from Russia"
            if (partners.contains(p)) continue; // "Washington and Brussels have demanded": a partner
            int distance = p.firstToken() > t.lastToken() ? p.firstToken() - t.lastToken()
                    : BEFORE_DISTANCE_FACTOR * Math.max(1, t.firstToken() - p.lastToken());
            if (distance < best) {
                nearest = p;
                best = distance;
            }
        }
        return nearest;
    }

    /**
     * The participants joined with {@code source} in one compound side, however long the list ("Ukraine, Bosnia and
     * Herzegovina, and Georgia have asked to join": Georgia is Ukraine's partner, not whom it asks); a source not among
     * them (a group noun) has the ones joined right to it. Sorts the participants once: n log n in their number.
     */
    private static Set<Participant> partnersOf(SentenceStructure st, List<Participant> people, Participant source) {
        if (source == null) return Set.of();
        List<Participant> inOrder = people.stream().sorted(java.util.Comparator.comparingInt(Participant::firstToken)).toList();
        int at = inOrder.indexOf(source);
        if (at < 0) {
            Set<Participant> next = new java.util.HashSet<>();
            for (Participant p : people) if (compound(st, p, source)) next.add(p);
            return next;
        }
        Set<Participant> partners = new java.util.HashSet<>();
        for (int i = at; i + 1 < inOrder.size() && compound(st, inOrder.get(i), inOrder.get(i + 1)); i++) partners.add(inOrder.get(i + 1));
        for (int i = at; i > 0 && compound(st, inOrder.get(i - 1), inOrder.get(i)); i--) partners.add(inOrder.get(i - 1));
        return partners;
    }

    /** Whether {@code a} and {@code b} are joined as one compound side ("Washington and Brussels", "Britain, France"). */
    private static boolean compound(SentenceStructure st, Participant a, Participant b) {
        Participant first = a.firstToken() < b.firstToken() ? a : b, second = first == a ? b : a;
        if (first.lastToken() >= second.firstToken()) return false;
        for (int i = first.lastToken() + 1; i < second.firstToken(); i++) {
            if (!Arguments.COMPOUND.contains(st.lower(i))) return false;
        }
        return second.firstToken() > first.lastToken() + 1 || st.commaBefore(second.firstToken());
    }

    /** How much farther an actor before the trigger counts than one after it ({@link #nearestNamed}). */
    static final int BEFORE_DISTANCE_FACTOR = 2;

    /**
     * "… the UAE's president, whom Pashinyan thanked", "президент ОАЭ, которого Пашинян поблагодарил": when the trigger's
     * clause opens with a relative pronoun in the object case, the actor it refers back to (the last one before it) is
     * the target; null otherwise.
     */
    static Participant relativeObject(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        int start = st.clauseStart(t.firstToken());
        if (!OBJECT_RELATIVES.contains(st.lower(start)) || start >= t.firstToken()) return null;
        Participant antecedent = null;
        for (Participant p : people) {
            if (p.lastToken() >= start) break;
            if (!p.locative() && !p.possessor()) antecedent = p;
        }
        return antecedent == null || source != null && Arguments.sameActor(antecedent, source) ? null : antecedent;
    }

    /**
     * "Russia offered to send observers, an offer Yerevan turned down", "Ukraine accused Moscow of the strike, a charge
     * the Kremlin denies": when the trigger's clause is a relative clause (a contact relative, or one opened by "that" or
     * "which") on a noun phrase set after a comma beside the clause before it ({@link SentenceStructure#determinerOf}),
     * the noun names that clause's act, and its doer is the target: the sentence's first actor that is not a place, not
     * after a preposition other than one of time ("In a call with Putin, Erdogan proposed …"; "since France agreed …"
     * opens a clause) and not a possessor unless its body is named after it ("Russia's Defence Ministry said …"); null
     * otherwise, or when that actor is the source.
     */
    static Participant actOwner(SentenceStructure st, List<Participant> people, Trigger t, Participant source,
                                java.util.function.Predicate<String> sectorWord) {
        if (!st.tagged()) return null;
        int start = st.clauseStart(t.firstToken());
        if (start <= st.first() + 1 || !(st.contactRelativeAt(start) || RELATIVES.contains(st.lower(start)))) return null;
        if (!st.commonNoun(start - 1)) return null;
        int det = st.determinerOf(start - 1);
        if (det < 0 || !st.commaBefore(det)) return null;
        for (Participant p : people) {
            if (p.firstToken() >= det) return null;
            if (p.locative() || p.possessor() && !bodyAfter(st, p, sectorWord)) continue;
            String preposition = prepositionBefore(st, p, st.first()); // "since France agreed …" opens a clause: its subject counts
            if (preposition != null && !Arguments.TEMPORAL.contains(preposition)) continue;
            return source != null && Arguments.sameActor(p, source) ? null : p;
        }
        return null;
    }

    /**
     * Whether possessor {@code p} and its "s" are followed by the name of a body of its own, a capitalised word that is
     * a sector noun ("Russia's Defence Ministry", "Azerbaijan's Foreign Ministry"; not "Ukraine's Kharkiv region").
     */
    private static boolean bodyAfter(SentenceStructure st, Participant p, java.util.function.Predicate<String> sectorWord) {
        int after = p.lastToken() + 1;
        if (after <= st.last() && st.lower(after).equals("s")) after++;
        for (int k = after; k <= Math.min(st.last(), after + 1) && st.tokens().get(k).isCapitalised(); k++) {
            if (sectorWord.test(st.lower(k))) return true;
        }
        return false;
    }

    /** Relative pronouns that open a relative clause on a noun phrase ("an offer that Yerevan turned down"). */
    private static final Set<String> RELATIVES = Set.of("that", "which");

    /** Words that open a condition ("if Kyiv turned it down, …"). */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "если");
    /** Words a condition's subject may start after its opener ("if the Iranian regime …"). */
    private static final int CONDITION_SUBJECT_WORDS = 3;

    /**
     * The subject of a condition in the sentence ("if Iran began a new round of escalation", "unless Kyiv withdraws"):
     * the actor starting within {@link #CONDITION_SUBJECT_WORDS} words after "if"/"unless", not the source; a threat's
     * target when it names none of its own. Null when there is none.
     */
    static Participant conditionSubject(SentenceStructure st, List<Participant> people, Participant source) {
        for (Participant p : people) { // one look back from each actor: linear in the sentence
            if (p.locative() || p.possessor() || source != null && Arguments.sameActor(p, source)) continue;
            for (int k = p.firstToken() - 1; k >= Math.max(st.first(), p.firstToken() - CONDITION_SUBJECT_WORDS); k--) {
                if (CONDITIONS.contains(st.lower(k))) return p;
            }
        }
        return null;
    }

    /** Relative pronouns that can only be a verb's object (English "whom", Russian oblique forms of "который"). */
    private static final Set<String> OBJECT_RELATIVES = Set.of("whom", "которого", "которую", "которых", "которым", "которой");

    /** A state (or its capital) that is the source's own: in a reported clause it speaks for the source, not to it. */
    private static boolean ownState(Participant p, Participant source) {
        String state = p.actor().capitalOf() != null || p.actor().isCountry() ? p.actor().state() : null;
        return state != null && state.equals(source.actor().country());
    }

    /**
     * A mention that only describes the noun after it: a capital before a capitalised noun ("the Rome Statute", "the
     * Minsk Group"), or an actor joined by a hyphen to what follows ("the Russian-led bloc"), except to a participle of
     * control ("Azerbaijani-controlled villages" are Azerbaijan's).
     */
    static boolean namesSomethingElse(SentenceStructure st, List<Participant> people, Participant p) {
        int before = p.firstToken() - 1; // "anti-Syria", "pro-Russian": a stance, not an actor of the event
        if (before >= st.first() && st.gap(p.firstToken()).equals("-") && STANCE.contains(st.lower(before))) return true;
        int next = p.lastToken() + 1;
        if (next > st.last()) return false;
        if (st.gap(next).equals("-")) return !CONTROLLING.contains(st.lower(next)); // "Pakistani-controlled territory" is Pakistan's
        return p.actor().capitalOf() != null && Character.isUpperCase(st.word(next).codePointAt(0))
                && (st.tag(next).equals("PROPN") || st.tag(next).equals("NOUN")) && Arguments.startingAt(people, next, next) == null;
    }

    /**
     * Where words were said rather than whom they are aimed at: the other side of an interview ("declined to apologise
     * in an interview with Fox News") or a name no dictionary knows after "on" ("dismissed the statement on Twitter";
     * "sanctions on Belarus" are aimed at an actor the dictionary knows).
     */
    static boolean medium(SentenceStructure st, Participant p) {
        int before = p.firstToken() - 1;
        int with = before >= st.first() && st.lower(before).equals("the") ? before - 1 : before; // "with the BBC"
        if (with - 1 >= st.first() && st.lower(with).equals("with") && st.lower(with - 1).startsWith("interview")) return true;
        return before >= st.first() && st.lower(before).equals("on") && ProperNames.isName(p.actor().id());
    }

    /** Prepositions of a reaction's topic: their actor is no target, but the owner of the topic is ("over Armenia's drills"). */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("over", "about");

    private static boolean isReaction(EventType type) {
        return type == EventType.ACCUSE || type == EventType.REJECT || type == EventType.SUPPORT || type == EventType.REQUEST
                || type == EventType.PROTEST;
    }

    /**
     * Whether a second verb (not "to" + verb), a clause boundary other than a reported "that", or a preposition of time
     * or circumstance ("during", "despite") stands between.
     */
    private static boolean crossesClause(SentenceStructure st, Trigger t, Participant p) {
        for (int i = t.firstToken() + 1; i <= p.firstToken(); i++) {
            if (st.boundaryBefore(i) && !opensComplement(st, t, i)) return true;
            if (i > t.lastToken() && i < p.firstToken()) {
                // "ratified the statute despite objections from Moscow": the actor belongs to the circumstance's own act
                if (st.tagged() && Arguments.circumstance(st, i)) return true;
                boolean participle = st.lower(i).endsWith("ing");
                if (!participle && st.isVerb(i) && !st.lower(i - 1).equals("to")) return true;
                // ", angering Moscow": a participle adjunct of its own (whatever a headline's tags say)
                if (participle && st.commaBefore(i) && st.lower(i).length() > 4) return true;
            }
        }
        return false;
    }

    /** The preposition right before {@code p} (determiners and adjectives may stand between), or null. */
    static String prepositionBefore(SentenceStructure st, Participant p, int notBefore) {
        int reach = 3;
        for (int i = p.firstToken() - 1; i >= Math.max(notBefore, p.firstToken() - reach); i--) {
            String tag = st.tag(i);
            if (st.tagged()) {
                int counting = countingWords(st, i, notBefore); // "arrested more than 100 Palestinians": a count, not a preposition
                if (counting > 0) {
                    i -= counting - 1;
                    reach += counting;
                    continue;
                }
                // "to" before a name is a preposition whatever its tag ("the US ambassador to Georgia": the tagger's PART)
                if (tag.equals("ADP") || st.lower(i).equals("to")) return st.lower(i);
                if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM"))) return null;
            } else {
                String w = st.lower(i);
                return st.words().targets().contains(w) || Participants.LOCATIVE.contains(w) ? w : null;
            }
        }
        return null;
    }

    /**
     * "more than", "fewer than", "up to", "at least": a preposition at {@code i} that only counts the noun after it. The
     * number of words from {@code i} back to the phrase's first (2 for "more than", 1 for "at" in "at least"), else 0.
     */
    private static int countingWords(SentenceStructure st, int i, int notBefore) {
        String w = st.lower(i);
        if (i < st.last() && w.equals(COUNTING.get(st.lower(i + 1)))) return 1; // "at" before "least"
        return i - 1 >= notBefore && w.equals(COUNTING.get(st.lower(i - 1))) ? 2 : 0;
    }

    /**
     * "… failing to defend Armenia when Azerbaijani forces attacked its territory": the object of an assault or a
     * coercion that is "its" + a noun belongs to the nearest actor before it of another country than the source (a
     * state seldom attacks its own territory), or null.
     */
    /** Words after a reaction's trigger within which "by" + an actor names the doer of the act it characterises. */
    static final int DOER_REACH = 8;

    /**
     * "called the decision a reckless provocation by Vilnius", "condemned the attack by Iran": an actor right after
     * "by" (or "by the") within {@link #DOER_REACH} words after a reaction's trigger, in its clause, did the act the
     * reaction characterises, so it is the reaction's target; null when there is none (or it is the source).
     */
    static Participant doerOfCharacterisedAct(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        int end = Math.min(st.clauseEnd(t.lastToken()), t.firstToken() + DOER_REACH);
        for (int i = t.firstToken() + 1; i < end; i++) {
            if (!st.lower(i).equals("by")) continue;
            int at = i + 1 <= st.last() && st.lower(i + 1).equals("the") ? i + 2 : i + 1;
            for (Participant p : people) {
                if (p.firstToken() == at && !p.locative() && p != source) return p;
            }
            return null;
        }
        return null;
    }

    /**
     * Russian: "решение Москвы назвали безосновательным", "назвал шаг Еревана недружественным": a characterisation
     * ("назвал", "называют") of an act named by a noun ({@link #RUSSIAN_ACT_NOUN}: "решение", "шаг", "действия") with its
     * doer in the genitive right after that noun, in the trigger's clause: the doer is the target, whoever else the
     * clause names; null when there is none (or it is the source).
     */
    static Participant genitiveDoer(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        if (st.tagged() || !st.isCyrillic(t.firstToken()) || !RUSSIAN_CALLING.matcher(st.lower(t.firstToken())).matches()) return null;
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        for (Participant p : people) { // in text order: the first such doer; linear in the sentence's participants
            if (p.firstToken() <= start || p.lastToken() > end || !actNoun(st.lower(p.firstToken() - 1))) continue;
            if (!p.locative() && !Arguments.sameActor(p, source)) return p;
        }
        return null;
    }

    /** Russian: {@code p} stands right after a noun of an act ("решение Баку"): the act's doer in the genitive, no subject. */
    static boolean afterActNoun(SentenceStructure st, Participant p) {
        return !st.tagged() && p.firstToken() > st.first() && actNoun(st.lower(p.firstToken() - 1));
    }

    /** A form of a Russian noun of an act ({@link #RUSSIAN_ACT_NOUN}), not a verb sharing its stem ("ответил", "арестовал"). */
    private static boolean actNoun(String lower) {
        return RUSSIAN_ACT_NOUN.matcher(lower).matches() && !UntaggedActs.isVerb(lower);
    }

    /** Russian verbs of calling something something ("назвал", "назвав", "называют"). */
    private static final java.util.regex.Pattern RUSSIAN_CALLING = java.util.regex.Pattern.compile("(назва|называ)\\p{IsCyrillic}*");
    /** Russian nouns naming an act or a stance (forms read before a genitive: "решение Москвы", "действия Баку"). */
    private static final java.util.regex.Pattern RUSSIAN_ACT_NOUN = java.util.regex.Pattern.compile(
            "(решени|шаг|действи|заявлени|поведени|позици|мер[аыу]|высылк|ответ|удар|арест|приговор|запрет|закон)\\p{IsCyrillic}*");

    static Participant possessedObject(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        if (t.type() != EventType.ASSAULT && t.type() != EventType.COERCE) return null;
        int next = t.lastToken() + 1;
        if (next > st.last() || !st.lower(next).equals("its")) return null;
        String own = source.actor().country();
        Participant found = null;
        for (Participant p : people) {
            if (p.lastToken() >= t.firstToken()) break;
            if (p.locative() || p.possessor() || Arguments.sameActor(p, source)) continue;
            String country = p.actor().country();
            if (ActorEntry.isStateCode(country) && !country.equals(own)) found = p;
        }
        return found;
    }

    /**
     * "Erdogan was sworn in … Pashinyan congratulated him": a personal pronoun that is the verb's object
     * ({@link #objectPronounAfter}) stands for the last person named before it in the sentence, else the person the
     * previous sentence was about, never the source.
     */
    static Participant pronounObject(SentenceStructure st, List<Participant> people, Trigger t, Participant source,
                                             Participant previous) {
        if (objectPronounAfter(st, t) < 0) return null;
        Participant found = Arguments.antecedent(people, t.firstToken(), true);
        if (found == null || Arguments.sameActor(found, source)) found = previous;
        return found != null && found.actor().isPerson() && !Arguments.sameActor(found, source) ? found : null;
    }

    /**
     * "cut relations with Qatar, accusing it of backing terrorist groups", "urged it to withdraw": "it" as the verb's
     * object with "of" or "to" after it stands for a state or body, the last one named before it in the sentence that is
     * neither the source nor of the source's state; English only; null when there is none.
     */
    static Participant itObject(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        int it = t.lastToken() + 1;
        if (!st.tagged() || it + 1 > st.last() || !st.lower(it).equals("it") || !IT_OBJECT_NEXT.contains(st.lower(it + 1))) return null;
        Participant found = null;
        for (Participant p : people) {
            if (p.lastToken() >= it) break;
            if (p.locative() || p.possessor() || p.actor().isPerson() || Arguments.sameActor(p, source) || ownState(p, source)) continue;
            found = p;
        }
        return found;
    }

    /** Words after an object "it" that make it an actor: "accused it of", "urged it to". */
    private static final Set<String> IT_OBJECT_NEXT = Set.of("of", "to");

    /**
     * "Aliyev met Putin in Moscow. Later Aliyev thanked him": an object pronoun right after the verb whose sentence
     * names no one else stands for the last person of the previous sentence ({@code before}) other than the source; as
     * a participant at the pronoun. Null when there is no pronoun or no such person.
     */
    static Participant pronounObjectBefore(SentenceStructure st, Trigger t, List<Participant> before, Participant source) {
        int next = objectPronounAfter(st, t);
        if (next < 0) return null;
        for (int i = before.size() - 1; i >= 0; i--) {
            Participant p = before.get(i);
            if (p.actor().isPerson() && (source == null || !Arguments.sameActor(p, source))) {
                return new Participant(p.actor(), next, next, p.sector(), false, false);
            }
        }
        return null;
    }

    /**
     * Whether an object pronoun of one person is the trigger's object, right after it or inside it after its verb
     * ("thanked him", "pressing her to …"); English only.
     */
    static boolean hasObjectPronoun(SentenceStructure st, Trigger t) {
        return st.tagged() && objectPronounAfter(st, t) >= 0;
    }

    /**
     * The index of an object pronoun right after the trigger, or inside it after its verb ({@link #OBJECT_PRONOUNS}),
     * or -1. An English "her" before a word of its noun phrase is a possessive ("met her Armenian counterpart"), not one.
     */
    private static int objectPronounAfter(SentenceStructure st, Trigger t) {
        int inside = t.firstToken() + 1; // "pressed him to": a trigger that spans its object
        if (inside < t.lastToken() && objectPronoun(st, inside)) return inside;
        int next = t.lastToken() + 1;
        if (next <= st.last() && objectPronoun(st, next)) return next;
        int before = t.firstToken() - 1; // Armenian puts it before the verb: "Դատախազությունը նրան մեղադրում է"
        if (before <= st.first()) return -1;
        if (ARMENIAN_OBJECT_PRONOUNS.contains(st.lower(before))) return before;
        // and Russian may: "Лукашенко его помиловал" (before a noun "его" is a possessive: "его сторонники")
        return !st.tagged() && OBJECT_PRONOUNS.contains(st.lower(before)) && UntaggedActs.isVerb(st.lower(t.firstToken())) ? before : -1;
    }

    /** Armenian object pronouns ("նրան" him or her, "նրանց" them), which stand before their verb. */
    private static final Set<String> ARMENIAN_OBJECT_PRONOUNS = Set.of("նրան", "նրանց");

    private static boolean objectPronoun(SentenceStructure st, int i) {
        if (!OBJECT_PRONOUNS.contains(st.lower(i))) return false;
        return !st.tagged() || !st.lower(i).equals("her") || i + 1 > st.last() || !POSSESSED_TAGS.contains(st.tag(i + 1));
    }

    /** Tags of a word that "her" determines as a possessive. */
    private static final Set<String> POSSESSED_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    /** Object pronouns of one person: English "him", "her"; Russian "его", "ее" (ё folded), "ему", "ей". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "его", "ее", "ему", "ей");

    /**
     * A group of a state acting on another part of it: its police on its armed groups ("Palestinian police confiscated
     * weapons from Palestinian armed groups"), not the state as a whole on its own people ("Israel … two Israelis") or
     * a group on the state it belongs to ("Armenian forces fired on Armenia"): the other part is named by its demonym.
     */
    private static boolean twoGroupsOfOneState(SentenceStructure st, Participant p, Participant source) {
        return source.sector() != null && !source.sector().equals("GOV") && !source.sector().equals(p.sector())
                && st.tagged() && st.tag(p.lastToken()).equals("ADJ"); // "Palestinian armed groups", not "Armenia"
    }
}
