package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.UnknownActors;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.QuadClass;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The source and target of one trigger, read from the structure of its clause rather than from distance:
 * <ul>
 *   <li>active verb: the source is the subject, the nearest actor left of the verb in its clause reached without
 *       crossing another verb (asides between commas — ", who …,", ", Russia's President," — are stepped over; a
 *       subject pronoun stands for the actor named before it); the target is the first actor after the verb in the
 *       clause, bare (the object) or after a target preposition ("with", "on", "against", …), never after "in", "over",
 *       "during" … ({@link Targets});</li>
 *   <li>passive ("was attacked by X"): the agent after "by" is the source, the subject the target; no agent, no source;</li>
 *   <li>noun ("Russia's strikes on …", "talks between X and Y", "X held talks with Y"): the possessor or a modifier
 *       right before it, the "by" agent after it, or the subject of the verb that governs it;</li>
 *   <li>a compound subject ("Armenia and Azerbaijan signed …") gives its first member as source and, for meetings
 *       and agreements, its second as target;</li>
 *   <li>without a tagger (Russian, Armenian), case endings and word order instead ({@link UntaggedOrder}).</li>
 * </ul>
 *
 * @param source         who acted, or null when the clause does not say
 * @param sourceEvidence how the source was found
 * @param target         whom it was aimed at, or null
 * @param targetEvidence how the target was found, or null
 */
record Arguments(Participant source, Evidence sourceEvidence, Participant target, Evidence targetEvidence) {
    static final Set<EventType> RECIPROCAL = Set.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);
    static final Set<String> COMPOUND = Set.of("and", "и", "և", "ու");
    /** Prepositions of time and circumstance: a noun after them names an event of its own ("during the clashes"). */
    static final Set<String> TEMPORAL = Set.of("during", "after", "before", "since", "amid", "amidst", "following",
            "despite", "until", "throughout", "ahead");

    /** Whether word {@code i} is a preposition of time or circumstance ({@link #TEMPORAL}; by its tag where there is one). */
    static boolean circumstance(SentenceStructure st, int i) {
        return TEMPORAL.contains(st.lower(i)) && (!st.tagged() || st.tag(i).equals("ADP"));
    }
    /** Verbs of beginning, going on and ending: "began withdrawing" shares its subject with "withdrawing". */
    private static final Set<String> ASPECTUAL = Set.of("began", "begin", "begins", "begun", "started", "start", "starts",
            "continued", "continue", "continues", "resumed", "resume", "resumes", "kept", "keep", "keeps", "stopped", "stop", "stops");
    /** Tags of the words that may describe a compound's second member ("his Armenian counterpart"). */
    private static final Set<String> DESCRIBING_TAGS = Set.of("PRON", "DET", "ADJ", "NOUN");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "his", "her"); // not "their": "during their meeting" names both sides
    /** Words that may stand between a governing verb and its noun ("launched a new wave of"). */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "ADV", "PRON", "PART", "NOUN", "ADP", "PROPN");
    private static final int GOVERNING_VERB_REACH = 20;
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    /** Forms of "have", "be" and "do", which the tagger sometimes calls main verbs ("and has denied"). */
    private static final Set<String> AUXILIARY_FORMS = Set.of("has", "have", "had", "is", "are", "was", "were", "been", "be",
            "does", "do", "did");

    /** The word before verb {@code verb}'s chain of adverbs, auxiliaries and particles ("and" in "and has since denied"). */
    static int beforeVerbChain(SentenceStructure st, int verb) {
        int k = verb - 1;
        while (k >= st.first() && (st.tag(k).equals("ADV") || st.tag(k).equals("AUX") || st.tag(k).equals("PART")
                || AUXILIARY_FORMS.contains(st.lower(k)))) k--;
        return k;
    }

    static final Arguments NONE = new Arguments(null, null, null, null);

    /** The agent as source and the patient as target (none when it is the agent itself). */
    static Arguments actedOn(Participant agent, Participant patient) {
        return new Arguments(agent, Evidence.AGENT, patient == null || sameActor(patient, agent) ? null : patient,
                patient == null ? null : Evidence.OBJECT);
    }

    /**
     * A passive's patient whose agent names no actor: the source is only a group noun after "by" ("was criticised by
     * opposition lawmakers"), which the coder resolves; source null with evidence {@link Evidence#AGENT}.
     */
    static Arguments agentWanted(Participant patient) {
        return new Arguments(null, Evidence.AGENT, patient, Evidence.OBJECT);
    }

    /** Whether this is {@link #agentWanted}: the target is known, the source must be a group after "by" or none. */
    boolean wantsGroupAgent() {
        return source == null && sourceEvidence == Evidence.AGENT;
    }
    /**
     * No source, and none to be guessed: the subject undergoes the act and no one is named doing it ("faced criticism").
     * A distinct instance, so that the coder's fallbacks (a group noun as the agent) are not tried.
     */
    static final Arguments NO_DOER = new Arguments(null, null, null, null);

    /**
     * @param st       the sentence
     * @param people   its participants, in text order
     * @param t        the trigger
     * @param previous the source of the last event before this sentence (for a pronoun subject), or null
     * @param language ISO 639-1 code of the sentence's language
     */
    static Arguments find(SentenceStructure st, List<Participant> people, Trigger t, Participant previous, String language) {
        if (language.equals("hy")) return UntaggedOrder.verbFinal(st, people, t);
        Arguments relative = RelativeAccusation.find(st, people, t, previous); // "Minsk, which it accuses of …"
        if (relative != null) return relative;
        Arguments apposed = ApposedReaction.find(st, people, t, previous); // "…, a move criticised in Baku"
        if (apposed != null) return apposed;
        Participant doing = agentRightBefore(st, people, t); // "joined by Polish farmers protesting against …"
        if (doing != null) {
            Participant target = Targets.object(st, people, t, doing);
            return new Arguments(doing, Evidence.SUBJECT, target, target == null ? null : Evidence.OBJECT);
        }
        Participant owner = possessorOf(people, t);
        if (owner != null && undergoes(st, people, owner, t)) { // "a warrant for Putin's arrest": done to the possessor
            Participant agent = agentAfter(st, people, t);
            if (agent == null) agent = subject(st, people, t.firstToken(), previous).participant();
            if (agent != null && sameActor(agent, owner)) agent = null;
            return new Arguments(agent, agent == null ? null : Evidence.AGENT, owner, Evidence.OBJECT);
        }
        if (owner != null) { // "Azerbaijan's takeover of …": whatever the tagger says, the possessor acts
            Participant target = Targets.object(st, people, t, owner);
            return new Arguments(owner, Evidence.AGENT, target, target == null ? null : Evidence.OBJECT);
        }
        Arguments pair = st.tagged() ? null : UntaggedOrder.genitivePair(st, people, t); // "переговоры Лаврова и Мирзояна"
        if (pair != null) return pair;
        boolean nominal = isNominalTrigger(st, t);
        Arguments undergone = Undergoing.arguments(st, people, t, previous, language, nominal); // passives, "faces sanctions"
        if (undergone != null) return undergone;
        Participant deciding = nominal ? null : nounComplementOwner(st, people, t); // "Yerevan's decision to freeze …"
        if (deciding != null) {
            Participant target = Targets.object(st, people, t, deciding);
            return new Arguments(deciding, Evidence.AGENT, target, target == null ? null : Evidence.OBJECT);
        }
        int governor = nominal ? -1 : purposeGovernor(st, t); // "Putin called Pashinyan to discuss …"
        // "…leveled accusations at Moscow, alleging inaction": the main clause's subject acts, not the word before the comma
        int head = nominal || governor >= 0 ? -1 : participialHead(st, t);
        Found source = nominal ? nominalSource(st, people, t, previous)
                : subject(st, people, governor >= 0 ? governor : head >= 0 ? head : t.firstToken(), previous);
        if (source.participant() == null && !nominal && st.tagged() && QuadClass.of(t.type()).verbal()) {
            int speech = speechBeforeConjunct(st, t.firstToken()); // "said he had ordered an inquiry, but accused …"
            if (speech >= 0) source = subject(st, people, speech, previous);
        }
        if (source.participant() == null && !st.tagged()) return UntaggedOrder.freeOrder(st, people, t);
        if (source.participant() == null) return NONE;
        Participant s = source.participant();
        Participant target = null;
        Evidence targetEvidence = null;
        Participant first = firstOfCompound(st, people, s);
        if (first != s) {
            if (RECIPROCAL.contains(t.type())) {
                // "Armenia and Azerbaijan agreed …": one member with the other; but "Putin and Erdogan met Rouhani": the
                // object the verb names
                Participant object = !nominal && st.tagged() ? directObject(st, people, t, first) : null;
                if (object == null) object = partnerAfter(st, people, t); // "Putin and Erdogan met with Raisi"
                // "Russia and Turkey held talks with Syrian rebels": with the third party the plural names, not each other
                int third = object == null && st.tagged() ? thirdPartyHead(st, t) : -1;
                if (third >= 0) object = firstIn(people, t.lastToken() + 2, third);
                target = object != null && !sameActor(object, s) ? object : s;
                targetEvidence = Evidence.OBJECT;
            }
            s = first;
        } else if (source.evidence() == Evidence.MODIFIER) {
            Participant partner = modifierPartner(st, people, s); // "Armenia–Azerbaijan talks"
            if (partner != null) {
                target = s;
                targetEvidence = Evidence.OBJECT;
                s = partner;
            }
        }
        if (target == null && governor >= 0) {
            target = Targets.object(st, people, t.at(governor), s);
            if (target != null && Sides.ownForces(s, target)) target = null; // "ordered Russian troops to attack …": the act's own object
            if (target != null) targetEvidence = Evidence.OBJECT;
        }
        boolean pronounObject = !nominal && Targets.hasObjectPronoun(st, t); // "pressing him to …": no object beyond "him"
        if (target == null && !pronounObject) {
            target = Targets.object(st, people, t, s);
            int main = nominal ? verbOf(st, t) : -1;
            if (target == null && main >= 0) target = Targets.object(st, people, t.at(main), s);
            if (target != null) targetEvidence = Evidence.OBJECT;
        }
        if (target == null && !nominal) {
            target = Targets.pronounObject(st, people, t, s, previous); // "Pashinyan congratulated him", "поздравил его"
            if (target == null) target = Targets.itObject(st, people, t, s); // "…with Qatar, accusing it of …"
            if (target != null) targetEvidence = Evidence.PRONOUN;
        }
        return new Arguments(s, source.evidence(), target, targetEvidence);
    }

    /**
     * "Pashinyan told parliament on Wednesday, accusing the bloc …": a verbal act in -ing right after a comma is a
     * participle adjunct of the clause before it, an act of its own by the same subject; the index of that clause's
     * verb, or -1; so are diplomatic and cooperative acts ("Lithuania went further, expelling Russia's ambassador"),
     * and force ("Russian jets flew over the border, bombing two villages": the jets bomb, not the border; where the
     * verb before is the same act, "shelled the city, killing 20 people", the clause is already coded).
     */
    static int participialHead(SentenceStructure st, Trigger t) {
        int head = participialHead(st, t.firstToken(), t.lastToken());
        if (head < 0 || !EventCoder.SPEECH_ACTS.contains(t.type()) || !undergoneOrPronounSubject(st, head)) return head;
        // "said in a televised address that order had been restored, accusing the protest leaders …": words go with
        // the speaker, not with a reported clause whose subject does not act (a passive, a copula: "was no longer
        // welcome") or is a pronoun ("the protocols it signed"); "said Moscow had sent a letter, accusing …" is Moscow's,
        // and an act of force stays with its clause ("…, killing 20")
        int speech = reportingVerbOf(st, head);
        return speech >= 0 ? speech : head;
    }

    /**
     * Whether the verb at {@code verb} is a passive's or a copula's (a form of "be" among the three words before it, or
     * itself one) or has a pronoun right before it (adverbs and auxiliaries between): its clause names no actor as the
     * subject that acts.
     */
    private static boolean undergoneOrPronounSubject(SentenceStructure st, int verb) {
        if (COPULAS.contains(st.lower(verb))) return true;
        for (int i = verb - 1; i >= Math.max(st.first(), verb - 3); i--) {
            if (st.words().passive().contains(st.lower(i))) return true;
            if (st.tag(i).equals("PRON")) return true;
            if (!st.tag(i).equals("AUX") && !st.tag(i).equals("ADV")) return false;
        }
        return false;
    }

    /** The verb of speech that reports the clause of {@code verb} (the first verb before that clause), or -1. */
    static int reportingVerbOf(SentenceStructure st, int verb) {
        for (int v = st.clauseStart(verb) - 1; v >= st.first(); v--) {
            if (st.isVerb(v)) return st.words().reporting().contains(st.lower(v)) ? v : -1;
        }
        return -1;
    }

    /**
     * {@link #participialHead} of the participle at word {@code i} (its last word {@code last}); a participle after
     * "and" or "or" shares the head of the participle it is coordinated with ("…, killing one person and arresting 12":
     * the police arrest, as they kill), which lies left of it, so the walk ends.
     */
    private static int participialHead(SentenceStructure st, int i, int last) {
        if (!st.tagged() || !st.lower(i).endsWith("ing")) return -1;
        if (i > st.first() && ADJUNCT_OPENERS.contains(st.lower(i - 1)) && st.isVerb(i)) return temporalHead(st, i, last);
        if (i == st.first() && st.isVerb(i)) return temporalHead(st, i, last); // "Visiting Yerevan on Monday, Colonna pledged …"
        if (!st.commaBefore(i)) {
            int conjunct = st.isVerb(i) ? coordinatedWith(st, i) : -1;
            if (conjunct >= 0 && st.lower(conjunct).endsWith("ing")) return participialHead(st, conjunct, conjunct);
            return documentHead(st, i);
        }
        // the verb before: not another participle, nor an infinitive ("ordering its diplomats to leave …, accusing"; "entered
        // Syria to drive out Kurdish fighters, killing …": the troops kill, not Syria, the infinitive's nearest noun)
        for (int v = i - 1; v >= st.first(); v--) {
            if (st.isVerb(v) && !st.lower(v).endsWith("ing") && !infinitive(st, v)) return v;
        }
        return -1;
    }

    /** Words between the verb that issues a text and the text's noun ("adopted a non-binding resolution"). */
    static final int DOCUMENT_REACH = 4;

    /**
     * "The European Parliament adopted a resolution condemning Azerbaijan", "issued a statement accusing Yerevan of …":
     * an act in -ing right after a noun for a text an actor issues (or after the text's addressee: "handed a note to
     * the Kazakh ambassador demanding …") ({@code function-words.yaml}: documents) is what
     * the text does, so its doer is the subject of the verb that noun depends on: the index of that verb, at most
     * {@link #DOCUMENT_REACH} words before the noun with nothing but its modifiers between, or -1.
     */
    private static int documentHead(SentenceStructure st, int participle) {
        int noun = addresseeBefore(st, participle) - 1; // "handed a note to the Kazakh ambassador demanding …"
        if (noun < 0) noun = participle - 1;
        if (noun <= st.first() || !st.words().documents().contains(st.lower(noun)) || !st.isVerb(participle)) return -1;
        for (int v = noun - 1; v >= Math.max(st.first(), noun - 1 - DOCUMENT_REACH); v--) {
            if (st.commaBefore(v + 1)) return -1;
            if (st.isVerb(v)) return st.words().passive().contains(st.lower(v)) ? -1 : v; // "a letter was sent …": not ours
        }
        return -1;
    }

    /**
     * "joined by Polish farmers protesting against cheap grain", "Russian troops advancing on Avdiivka": a participle
     * in -ing right after an actor (or after the actor's own noun: "Polish farmers"), with no comma between, is that
     * actor's act, whatever governs the actor, unless a preposition other than the agent's "by" does ("accused Moscow
     * of …", "sanctions on Russia targeting …"); null otherwise. English only (it needs the tags).
     */
    private static Participant agentRightBefore(SentenceStructure st, List<Participant> people, Trigger t) {
        int i = t.firstToken();
        if (!st.tagged() || i <= st.first() || !st.isVerb(i) || !st.lower(i).endsWith("ing") || st.commaBefore(i)) return null;
        Participant p = endingAt(people, i - 1);
        if (p == null && i - 2 >= st.first() && st.tag(i - 1).equals("NOUN") && !st.commaBefore(i - 1)) p = endingAt(people, i - 2);
        // a group noun is left to the clause ("soldiers defending Bakhmut" defend no one the event can name)
        if (p == null || p.possessor() || p.locative() || GroupNouns.isGroup(p.actor().id())) return null;
        String preposition = Targets.prepositionBefore(st, p, st.first());
        // "China, Egypt and Venezuela backing it": the list's first member, as for a subject
        return preposition == null || preposition.equals("by") ? firstOfCompound(st, people, p) : null;
    }

    /** Words of an addressee's phrase between a text's noun and what the text does ("to the Kazakh ambassador"). */
    private static final int ADDRESSEE_REACH = 5;

    /**
     * The "to" of an addressee's phrase that ends right before the participle at {@code participle} ("a note to the
     * Kazakh ambassador demanding …": determiners, adjectives, names and nouns, no verb or comma), or -1.
     */
    private static int addresseeBefore(SentenceStructure st, int participle) {
        for (int i = participle - 1; i > Math.max(st.first(), participle - 1 - ADDRESSEE_REACH); i--) {
            if (st.commaBefore(i + 1) || st.isVerb(i)) return -1;
            if (st.lower(i).equals("to") && st.tag(i).equals("ADP")) return i < participle - 1 ? i : -1;
            String tag = st.tag(i);
            if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("PROPN") && !tag.equals("NOUN")) return -1;
        }
        return -1;
    }

    /**
     * "Lecornu said after meeting Papikyan", "After meeting Putin, Pashinyan said …": an act in -ing after a word of time
     * is done by the subject of the clause it is an adjunct of; that clause's verb (before it, else the first after the
     * comma that closes the adjunct), or -1.
     */
    private static int temporalHead(SentenceStructure st, int first, int last) {
        int opener = first - 1;
        for (int v = opener - 1; v >= st.first(); v--) if (st.isVerb(v) && !st.lower(v).endsWith("ing")) return v;
        boolean closed = false;
        for (int v = last + 1; v <= st.last(); v++) {
            closed |= st.commaBefore(v);
            if (closed && st.isVerb(v) && !st.lower(v).endsWith("ing")) return v;
        }
        return -1;
    }

    /** Words of time that open a participle adjunct of a done act ("after meeting …", "while visiting …"; not "before"). */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("after", "while", "when", "since", "upon");

    private record Found(Participant participant, Evidence evidence) {
        static final Found NOTHING = new Found(null, null);
    }

    /** A noun trigger: tagged a noun, or an adjective + noun phrase ("hunger strike"), or a noun after a determiner. */
    static boolean isNominalTrigger(SentenceStructure st, Trigger t) {
        if (!st.tagged() || infinitive(st, t.firstToken())) return false;
        String first = st.tag(t.firstToken());
        return isNominal(first) || first.equals("ADJ") && isNominal(st.tag(t.lastToken())) || st.nounAfterDeterminer(t.firstToken());
    }

    /**
     * "no plans to attack NATO": an uninflected word right after "to" is an infinitive, whatever the tagger says ("in
     * response to attacks", "to the attack" are nouns: inflected, or after a determiner).
     */
    private static boolean infinitive(SentenceStructure st, int i) {
        String w = st.lower(i);
        return i > st.first() && st.lower(i - 1).equals("to") && !w.endsWith("s") && !w.endsWith("ing") && !w.endsWith("ion");
    }

    private static boolean isNominal(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    /**
     * The subject of the verb at {@code verb}: walk left in its clause to the nearest actor, stepping over asides, and
     * give up at another verb (it has its own subject), except once for an infinitive of purpose.
     */
    static Participant subjectOf(SentenceStructure st, List<Participant> people, int verb, Participant previous) {
        return subject(st, people, verb, previous).participant();
    }

    private static Found subject(SentenceStructure st, List<Participant> people, int verb, Participant previous) {
        int earlier = UntaggedActs.earlierConjunct(st, verb); // "Вашингтон не поддерживает … с правительством Асада и призывает …"
        if (earlier < 0) earlier = UntaggedActs.adverbialHead(st, verb); // "объявил …, обвинив их в …"
        if (earlier >= 0) {
            Found shared = subject(st, people, earlier, previous);
            if (shared.participant() != null) return shared;
        }
        int listed = listedWith(st, verb); // "criticised Moscow, accused the CSTO … and called for …": the first verb's
        if (listed >= 0) return subject(st, people, listed, previous); // subject, or none (never the object before the comma)
        int first = coordinatedWith(st, verb); // "Moscow regretted Yerevan's decision and urged Armenia to …"
        if (first >= 0) {
            Found shared = subject(st, people, first, previous);
            // "said the drills did not serve stability and urged Washington …": the verb before has no actor as subject,
            // so the second conjunct belongs with the clause that reports it
            for (int outer = first - 1; shared.participant() == null && outer >= Math.max(st.first(), first - GOVERNING_VERB_REACH); outer--) {
                if (!st.isVerb(outer)) continue;
                if (st.words().reporting().contains(st.lower(outer))) shared = subject(st, people, outer, previous);
                break;
            }
            return shared;
        }
        // "… shunned work to protest …": an infinitive of purpose shares the subject of the verb before it
        boolean mayCrossVerb = verb - 1 >= st.first() && st.lower(verb - 1).equals("to") && st.tag(verb - 1).equals("PART");
        Participant modifier = null; // "Doctors from American aid groups donated …": an actor inside the subject
        boolean steppedOverRelative = false; // the clause boundary before ", who …," does not end the walk
        int i = verb - 1;
        while (i >= st.first()) {
            Participant p = endingAt(people, i); // an actor with its apposition ("Putin, Russia's President,") ends here
            int aside = st.asideEndingBefore(i + 1); // an aside may end in an actor too (", the ambassador to Moscow,")
            if (aside >= 0 && aside <= i && (p == null || p.firstToken() >= aside)) {
                // "Armenia's representative at the court, Yeghishe Kirakosyan, welcomed": a name as the aside is the subject
                if (p != null && p.firstToken() == aside && p.lastToken() == i && p.actor().isPerson() && !p.possessor()) {
                    return new Found(p, Evidence.SUBJECT);
                }
                boolean relative = st.words().relatives().contains(st.lower(aside));
                // "Kenzo Oshima, the UN's coordinator, demanded"; not from a relative clause ("Putin, who met Pashinyan, …")
                // ", a NATO member that buys Russian gas,": not from the apposition's own relative clause
                if (modifier == null && !relative) modifier = firstIn(people, aside, relativeIn(st, aside, i));
                i = aside - 1;
                steppedOverRelative = relative;
                continue;
            }
            if (st.boundaryBefore(i + 1) && !steppedOverRelative) {
                Participant antecedent = relativeSubjectAntecedent(st, people, i + 1, verb); // "Moscow, which was expelled"
                if (antecedent != null) return new Found(antecedent, Evidence.PRONOUN);
                if (!restrictiveRelative(st, i + 1, verb)) break;
                modifier = null;
            }
            steppedOverRelative = false;
            if (p != null) {
                if (p.locative() || Targets.prepositionBefore(st, p, st.first()) != null || Targets.namesSomethingElse(st, people, p)) {
                    if (modifier == null && !p.locative()) modifier = p;
                    i = p.firstToken() - 1;
                    continue;
                }
                if (p.possessor()) return Found.NOTHING; // "Russia's economy shrank": the subject is not an actor
                if (!st.tagged() && (UntaggedOrder.obliqueCase(st, p) || Targets.afterActNoun(st, p))) {
                    i = p.firstToken() - 1;
                    continue;
                }
                return new Found(p, Evidence.SUBJECT);
            }
            if (st.isVerb(i) && !catenative(st, i)) { // another verb: its subject is not this one's
                if (st.clauseStart(i) == i - 1 && restrictiveRelative(st, i - 1, verb)) { // "companies that trade in … were added"
                    modifier = null; // "firms that sold drones to Moscow": Moscow is not inside the subject
                    i -= 2;
                    continue;
                }
                if (!mayCrossVerb) return Found.NOTHING;
                mayCrossVerb = false;
            }
            // "The ministry said its forces had hit …": a subject owned by "its" is the body named before it acting
            if (st.tagged() && st.tag(i).equals("NOUN") && i - 1 >= st.first() && st.lower(i - 1).equals("its")
                    && !st.lower(i).endsWith("ing")) {
                Participant owner = lastBefore(people, i - 1, q -> !q.locative() && !q.actor().isPerson()); // not a person's
                if (owner != null) return new Found(owner, Evidence.PRONOUN);
            }
            if (st.words().pronouns().contains(st.lower(i)) && (!st.tagged() || st.tag(i).equals("PRON"))) {
                Participant speaker = Speakers.FIRST_PERSON.contains(st.lower(i)) ? Speakers.quoteSpeaker(st, people, i) : null;
                if (speaker != null) return new Found(speaker, Evidence.PRONOUN);
                Participant reporter = reportingSubject(st, people, i, previous); // "Turkey summoned the US envoy and said that it …"
                if (reporter != null) return new Found(reporter, Evidence.PRONOUN);
                // "he", "she" stand for a person, not for the country named last ("… out of Abkhazia, and he had …")
                // "Maduro broke with Colombia, whose president, Ivan Duque, he accused": someone named before the
                // relative and its head, not the one its noun names
                int whose = st.tagged() ? possessiveRelativeBefore(st, i) : -1;
                Participant head = whose > st.first() ? endingAt(people, whose - 1) : null;
                int bound = whose < 0 ? i : head != null ? head.firstToken() : whose;
                Participant antecedent = antecedent(people, bound, PERSONAL_PRONOUNS.contains(st.lower(i)));
                if (antecedent != null) return new Found(antecedent, Evidence.PRONOUN);
                // a sentence opening with "They" does not go back to one person ("They chanted …" after "Zelensky fired …")
                boolean plural = PLURAL_PRONOUNS.contains(st.lower(i));
                return previous == null || plural && previous.actor().isPerson() ? Found.NOTHING : new Found(previous, Evidence.PRONOUN);
            }
            i--;
        }
        return modifier == null ? Found.NOTHING : new Found(modifier, Evidence.INSIDE_SUBJECT);
    }

    /**
     * The subject of a verb of saying whose reported clause the pronoun at {@code pronoun} opens ("Turkey's Foreign
     * Ministry summoned the US ambassador and said in a statement that it rejected …": it is the ministry, not the
     * envoy named last), when it agrees with the pronoun ("it" a state or body, "he" and "she" a person); else null.
     * Only English: "that" or the verb itself right before the pronoun, the verb at most {@link #REPORTED_REACH} words
     * back.
     */
    private static Participant reportingSubject(SentenceStructure st, List<Participant> people, int pronoun, Participant previous) {
        if (!st.tagged() || pronoun - 1 < st.first()) return null;
        String word = st.lower(pronoun);
        boolean person = PERSONAL_PRONOUNS.contains(word);
        if (!person && !word.equals("it")) return null;
        int k = st.lower(pronoun - 1).equals("that") ? pronoun - 2 : pronoun - 1;
        for (int r = k; r >= Math.max(st.first(), k - REPORTED_REACH); r--) {
            if (st.boundaryBefore(r + 1) && r < k) return null;
            if (!st.isVerb(r)) continue;
            if (!st.words().reporting().contains(st.lower(r))) return null;
            Participant speaker = subject(st, people, r, previous).participant();
            return speaker != null && speaker.actor().isPerson() == person ? speaker : null;
        }
        return null;
    }

    /** Words between a verb of saying and the "that" of its reported clause ("said in a statement on Monday that"). */
    private static final int REPORTED_REACH = 6;

    /**
     * Whether word {@code r} is a relative pronoun right after a noun, with no comma ("the companies that trade in …"):
     * a restrictive relative clause, which the walk to the subject of a later verb with its auxiliary ({@code after}:
     * "… were added") steps over. Without the auxiliary the later verb may be inside the relative clause ("airstrikes
     * that they said killed", "items seized by").
     */
    private static boolean restrictiveRelative(SentenceStructure st, int r, int after) {
        return st.tagged() && r > st.first() && r < after - 1 && AUXILIARIES.contains(st.lower(after - 1))
                && IntStream.range(r + 1, after - 1).anyMatch(st::isVerb) // the clause's own verb, before the auxiliary
                && st.words().relatives().contains(st.lower(r)) && !st.commaBefore(r) && isNominal(st.tag(r - 1));
    }

    /**
     * "Moscow, which was expelled from …": when {@code verb}'s clause opens with a subject relative pronoun at {@code r}
     * (auxiliaries, negation and adverbs only between), the actor right before the pronoun is its subject; else null.
     */
    private static Participant relativeSubjectAntecedent(SentenceStructure st, List<Participant> people, int r, int verb) {
        if (r <= st.first() || !SUBJECT_RELATIVES.contains(st.lower(r))) return null;
        // Russian "который" in the nominative is its clause's subject, whatever stands before the verb ("который в
        // последние недели добивается …")
        for (int i = r + 1; i < verb && (st.tagged() || st.clauseStart(verb) != r); i++) {
            if (!(AUXILIARIES.contains(st.lower(i)) || st.words().negators().contains(st.lower(i))
                    || st.tagged() && st.tag(i).equals("ADV"))) return null;
        }
        Participant p = endingAt(people, r - 1);
        return p == null || p.locative() || p.possessor() ? null : p;
    }

    /** English pronouns that stand for a person only. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    /** Third-person plural pronouns: they stand for a state, a body or a group, not for one person. */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "они", "նրանք");

    /** Relative pronouns that can be the subject of their clause. */
    static final Set<String> SUBJECT_RELATIVES = Set.of("who", "which", "that", "который", "которая", "которое", "которые");

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "been", "be", "has", "have", "had",
            "will", "would", "could", "can", "may", "might", "must", "should");

    /**
     * A verb coordinated with an earlier one ("regretted the decision and urged …") shares its subject: the earlier verb's
     * index when "and", "but" or "or" (adverbs, auxiliaries and "not" may follow it) stands right before {@code verb} and a verb precedes it in
     * the clause within {@link #GOVERNING_VERB_REACH} words, else -1. Without it the walk left would stop at the first
     * verb's object ("Yerevan's decision") or at the verb itself.
     */
    static int coordinatedWith(SentenceStructure st, int verb) {
        if (!st.tagged()) return -1;
        int k = beforeVerbChain(st, verb); // "and has frozen"
        if (k <= st.first() || !COORDINATORS.contains(st.lower(k)) || !st.tag(k).equals("CCONJ")) return -1;
        boolean skippedComplement = false; // "has declined to send … and has suspended": then the catenative verb is the conjunct
        for (int j = k - 1; j >= Math.max(st.first(), k - GOVERNING_VERB_REACH); j--) {
            if (j + 1 < k && st.boundaryBefore(j + 1)) return -1; // ", and accused …": the comma's own boundary is the conjunction's
            if (copula(st, j, k)) return j; // "said coercion was wrong and urged …": the clause's verb is "was"
            if (!st.isVerb(j) || adjectival(st, j) || objectComplement(st, j)) continue;
            if (tensesDiffer(st, j, verb)) continue; // "Police say she suffered a heart attack and deny …": "say … and deny"
            if (nonFiniteUnlike(st, j, verb)) {
                skippedComplement = true;
                continue;
            }
            if (!catenative(st, j) || skippedComplement) return reportedAfterComma(st, j, k) ? besideParticiple(st, j, verb) : j;
        }
        return -1;
    }

    /**
     * A predicate listed after a comma shares the subject of the first: in "Pashinyan criticised Moscow, accused the CSTO
     * of inaction and called for a review", "accused" is Pashinyan's act, not Moscow's (and so "called for", coordinated
     * with it). The index of the earlier verb when {@code verb} (a finite verb, its chain right after a comma) follows a
     * verb of the same form within {@link #GOVERNING_VERB_REACH} words, in the same clause and with no other comma or
     * dash between, and "and", "but" or "or" before a verb of that form closes the list; -1 otherwise. Left undecided,
     * as {@link #coordinatedWith} leaves them: a first verb inside a reported clause ("said Russia invaded Ukraine,
     * praised …": the list may be the speaker's) or a subordinate one ("thanked Erdogan after Turkey sent drones,
     * condemned …"), a first verb after "be" ("was disappointed, rejected …"), a stretch
     * that is an aside, and a participle with no object whose stretch a comma closes ("met Putin, accused of war
     * crimes by the ICC, and …", "hosted Aliyev, condemned last week in Brussels, and …": an apposition).
     */
    static int listedWith(SentenceStructure st, int verb) {
        if (!st.tagged() || !st.isVerb(verb) || verb >= st.last() || LISTED_NOT.contains(st.lower(verb + 1))) return -1;
        int k = beforeVerbChain(st, verb);
        if (k < st.first() || !st.commaBefore(k + 1)) return -1;
        Form form = Form.of(st, verb);
        if (form == null) return -1;
        // ", the party founded by …, has governed …": an aside closes; but not a listed predicate of its own
        // ("thanked Erdogan, condemned France, praised Pakistan and urged …": ", condemned France," is the list's)
        int aside = st.asideEndingBefore(k + 1);
        if (aside >= 0 && !(st.isVerb(aside) && Form.of(st, aside) == form && listedWith(st, aside) >= 0)) return -1;
        int closing = closingConjunct(st, verb, form);
        boolean object = OBJECT_TAGS.contains(st.tag(verb + 1)) && !TIME_OPENERS.contains(st.lower(verb + 1));
        if (closing < 0 || !object && commaBetween(st, verb + 1, closing)) return -1;
        for (int j = k; j >= Math.max(st.first(), k - GOVERNING_VERB_REACH); j--) {
            if (j < k && (st.asideMarkBefore(j + 1) || st.boundaryBefore(j + 1))) return -1;
            if (!st.isVerb(j) || adjectival(st, j)) continue;
            if (form != Form.of(st, j) || afterBe(st, j)) return -1;
            int clause = st.clauseStart(j); // "said Russia invaded Ukraine, praised …": a reported clause's verb
            if (clause > st.first() && st.words().reporting().contains(st.lower(clause - 1))) return -1;
            // "thanked Erdogan after Turkey sent drones, condemned …": a subordinate clause's verb
            return st.words().subordinators().contains(st.lower(clause)) || circumstance(st, clause) ? -1 : j;
        }
        return -1;
    }

    private static final Set<String> LISTED_NOT = Set.of("by", "of");
    /**
     * Words that open a phrase of time, not an object ("condemned last week", "deployed this year"; also after a
     * relative clause's verb, {@link Targets#praiseContent}).
     */
    static final Set<String> TIME_OPENERS = Set.of("last", "this", "next", "yesterday", "today", "earlier", "later");
    /** Tags of a word that opens a verb's object ("condemned France", "accused the CSTO"). */
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM");

    /** Whether a comma stands before one of the words {@code from} to {@code to}. */
    private static boolean commaBetween(SentenceStructure st, int from, int to) {
        for (int i = from; i <= to; i++) if (st.commaBefore(i)) return true;
        return false;
    }

    /**
     * "was deeply disappointed", "was seized": a participle after a passive auxiliary (a form of "be" or "get",
     * {@link FunctionWords#passive()}; adverbs between) heads no list of acts.
     */
    private static boolean afterBe(SentenceStructure st, int j) {
        int k = j - 1;
        while (k >= st.first() && st.tag(k).equals("ADV")) k--;
        return k >= st.first() && st.words().passive().contains(st.lower(k));
    }

    /**
     * The coordinator that closes a list of predicates after {@code verb}: "and", "but" or "or" followed by a verb of
     * {@code form} (auxiliaries and adverbs between), stepping over coordinators inside noun phrases ("condemned France
     * and Greece and urged …"); its index, or -1 when a coordinator is followed by neither a verb nor a noun phrase.
     */
    private static int closingConjunct(SentenceStructure st, int verb, Form form) {
        for (int i = verb + 1; i < Math.min(st.last(), verb + 2 * GOVERNING_VERB_REACH); i++) {
            if (!COORDINATORS.contains(st.lower(i)) || !st.tag(i).equals("CCONJ")) continue;
            int next = i + 1;
            while (next < st.last() && (st.tag(next).equals("ADV") || st.tag(next).equals("AUX") || st.tag(next).equals("PART"))) next++;
            if (st.isVerb(next)) return form == Form.of(st, next) ? i : -1;
            if (!OBJECT_TAGS.contains(st.tag(next))) return -1;
        }
        return -1;
    }

    /** The finite forms a list's verbs share: the past ("accused", "met") and the present in -s ("accuses"). */
    private enum Form {
        PAST, PRESENT;

        static Form of(SentenceStructure st, int verb) {
            if (past(st, verb)) return PAST;
            String w = st.lower(verb);
            return w.endsWith("s") && !w.endsWith("ss") ? PRESENT : null;
        }
    }

    /**
     * Whether verb {@code conjunct}, in the simple present with no auxiliary ("deny", "denies"), follows "and" after verb
     * {@code j} in the past ("suffered", "said"): conjuncts share their tense, so the two are not coordinated.
     */
    private static boolean tensesDiffer(SentenceStructure st, int j, int conjunct) {
        return simplePresent(st, conjunct) && past(st, j);
    }

    private static boolean simplePresent(SentenceStructure st, int verb) {
        String w = st.lower(verb);
        return beforeVerbChain(st, verb) == verb - 1 && !w.endsWith("ed") && !w.endsWith("ing") && !SentenceStructure.irregularPast(w);
    }

    private static boolean past(SentenceStructure st, int verb) {
        String w = st.lower(verb);
        return w.endsWith("ed") || SentenceStructure.irregularPast(w);
    }

    /**
     * Whether word {@code j} is a form of "be" used as its clause's verb ("was wrong", "is a mistake"; the tagger calls
     * an existential one a verb: "there was no encirclement"): no verb follows it before word {@code end}.
     */
    private static boolean copula(SentenceStructure st, int j, int end) {
        if (!COPULAS.contains(st.lower(j)) || !st.tag(j).equals("AUX") && !st.tag(j).equals("VERB")) return false;
        for (int i = j + 1; i < end; i++) if (st.isVerb(i) || st.tag(i).equals("AUX")) return false;
        return true;
    }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");

    /**
     * "Raisi said he had ordered an investigation, but accused Western countries of …", "Kos said the move would take
     * Georgia further away, and urged the government to …": a speech act after ", and"/", but" that follows a clause
     * reported by a finite verb of speech is the speaker's next act (the reported clause would go on with "and that");
     * the index of that verb of speech, or -1. Acts that are not speech stay undecided ({@link #reportedAfterComma}).
     */
    private static int speechBeforeConjunct(SentenceStructure st, int verb) {
        int k = beforeVerbChain(st, verb);
        if (k <= st.first() || !COORDINATORS.contains(st.lower(k)) || !st.tag(k).equals("CCONJ") || !st.boundaryBefore(k)) return -1;
        for (int j = k - 1; j >= Math.max(st.first(), k - GOVERNING_VERB_REACH); j--) {
            if (!st.isVerb(j) || adjectival(st, j)) continue;
            if (!reportedAfterComma(st, j, k)) return -1;
            int speech = st.clauseStart(j) - 1;
            return st.lower(speech).endsWith("ing") ? -1 : speech;
        }
        return -1;
    }

    /**
     * "rejected the claim, saying the Armenians had left, and accused Yerevan …": after ", and" the verb found before it
     * is a reported clause's, whose subject is not the conjunct's: no verb is taken (the conjunct may be the sentence's
     * first verb's, which the structure does not tell).
     */
    private static boolean reportedAfterComma(SentenceStructure st, int verb, int conjunction) {
        int clause = st.clauseStart(verb);
        return st.boundaryBefore(conjunction) && clause > st.first() && st.words().reporting().contains(st.lower(clause - 1));
    }

    /**
     * "rejected the claim as slander, saying the Armenians had left, and charged Yerevan with …": when the reported
     * clause before ", and" hangs on a participle ("saying", "adding"), a finite conjunct after it is coordinated with
     * the verb that participle depends on, the last finite verb before it within {@link #GOVERNING_VERB_REACH} words;
     * -1 otherwise (a reported clause after a finite verb of speech: "said the Armenians had left, and accused …" may
     * be either conjunct's, which the structure does not tell).
     */
    private static int besideParticiple(SentenceStructure st, int reported, int verb) {
        int participle = st.clauseStart(reported) - 1;
        if (!st.lower(participle).endsWith("ing") || st.lower(verb).endsWith("ing")) return -1;
        for (int m = participle - 1; m >= Math.max(st.first(), participle - GOVERNING_VERB_REACH); m--) {
            if (st.isVerb(m) && !st.lower(m).endsWith("ing") && !adjectival(st, m)) return m;
        }
        return -1;
    }

    /**
     * "called the verdict politically motivated and demanded …": a participle after the object of a verb of calling is
     * what the object is called, not a verb of its own (adverbs may stand before it; the adverbs and the object are
     * each at most {@link #COMPLEMENT_OBJECT_WORDS} words).
     */
    private static boolean objectComplement(SentenceStructure st, int j) {
        int i = j - 1;
        while (i > st.first() && j - i <= COMPLEMENT_OBJECT_WORDS && st.tag(i).equals("ADV")) i--;
        int objectEnd = i;
        while (i > st.first() && objectEnd - i < COMPLEMENT_OBJECT_WORDS && NOUN_PHRASE.contains(st.tag(i))) i--;
        return i < objectEnd && CALLING.matcher(st.lower(i)).matches() && st.tag(i).equals("VERB");
    }

    private static final int COMPLEMENT_OBJECT_WORDS = 4;
    private static final Set<String> NOUN_PHRASE = Set.of("DET", "NOUN", "PROPN", "ADJ", "PRON");
    /** Verbs that call their object something ("called the vote rigged", "deemed the move unacceptable"). */
    private static final java.util.regex.Pattern CALLING = java.util.regex.Pattern.compile(
            "(call|describ|brand|label|labell|term|deem|consider|dub|dubb)(s|ed|ing|e|es)?");

    /** Adjective-like modifiers and determiners before a participle used as an adjective ("four partly occupied regions"). */
    private static final Set<String> BEFORE_ADJECTIVAL = Set.of("DET", "ADV", "ADJ", "NUM");

    /** A participle used as an adjective: a modifier or determiner before it and a noun after ("partly occupied regions"). */
    private static boolean adjectival(SentenceStructure st, int j) {
        if (j <= st.first() || j >= st.last()) return false;
        String after = st.tag(j + 1);
        return (after.equals("NOUN") || after.equals("PROPN"))
                && (BEFORE_ADJECTIVAL.contains(st.tag(j - 1)) || st.lower(j - 1).endsWith("ly")); // the tagger may call "partly" a noun
    }

    /**
     * "said it had never stopped anyone from returning and accused Yerevan …": a gerund after a preposition or an
     * infinitive after "to" is inside the first conjunct, not its verb, unless the later verb has the same form
     * ("from returning and rebuilding", "to stop the shelling and accept talks").
     */
    private static boolean nonFiniteUnlike(SentenceStructure st, int j, int verb) {
        if (j <= st.first()) return false;
        String before = st.tag(j - 1);
        int b = j - 1; // "of already trying": the preposition before the gerund's adverbs
        while (b > st.first() && st.tag(b).equals("ADV")) b--;
        String beforeAdverbs = st.tag(b);
        if (st.lower(j).endsWith("ing") && (beforeAdverbs.equals("ADP") || beforeAdverbs.equals("SCONJ"))) return !st.lower(verb).endsWith("ing");
        if (st.lower(j - 1).equals("to") && before.equals("PART")) return st.lower(verb).endsWith("ed") || st.lower(verb).endsWith("s");
        return false;
    }

    /**
     * "X called Y to discuss …", "X shunned work to protest …": a trigger in an infinitive of purpose takes its subject
     * (and, first, its partner) from the verb the infinitive hangs on; that verb's index, or -1.
     */
    private static int purposeGovernor(SentenceStructure st, Trigger t) {
        int to = t.firstToken() - 1;
        if (to <= st.first() || !st.lower(to).equals("to") || !st.tag(to).equals("PART")) return -1;
        for (int i = to - 1; i >= st.clauseStart(to); i--) {
            if (st.isVerb(i)) return catenative(st, i) ? -1 : i;
        }
        return -1;
    }

    /** "Yerevan's decision to freeze …", "Russia's refusal to deliver …": the owner of the noun an infinitive completes. */
    private static Participant nounComplementOwner(SentenceStructure st, List<Participant> people, Trigger t) {
        int to = t.firstToken() - 1;
        if (to - 1 <= st.first() || !st.lower(to).equals("to") || !st.tag(to - 1).equals("NOUN")) return null;
        for (Participant p : people) {
            if (p.possessor() && p.lastToken() + 2 == to - 1) return p;
        }
        return null;
    }

    /** "continued to send", "began to withdraw", "tried to secure": a verb whose subject is also the next verb's. */
    private static boolean catenative(SentenceStructure st, int i) {
        if (i + 1 <= st.last() && ASPECTUAL.contains(st.lower(i)) && st.lower(i + 1).endsWith("ing")) return true; // "began withdrawing"
        return i + 2 <= st.last() && st.lower(i + 1).equals("to") && (st.isVerb(i + 2) || st.tag(i + 2).equals("AUX"));
    }

    /** The target of a trigger whose source was found elsewhere (a group named by a sector noun). */
    static Participant targetOf(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        return Targets.object(st, people, t, source);
    }

    /**
     * A person's arrest, detention, expulsion or killing is done to them: the possessor of a nominal coercion or
     * assault with no object named after it ("Putin's arrest on Friday", "Zuma's jailing"; but "Putin's attack on
     * Ukraine" and a state's "blockade" are acts of the possessor).
     */
    private static boolean undergoes(SentenceStructure st, List<Participant> people, Participant owner, Trigger t) {
        if (!owner.actor().isPerson() || t.type() != EventType.COERCE && t.type() != EventType.ASSAULT) return false;
        int next = t.lastToken() + 1;
        return next > st.last() || !PATIENT_PREPOSITIONS.contains(st.lower(next)) || startingAt(people, next + 1, next + 3) == null;
    }

    private static final Set<String> PATIENT_PREPOSITIONS = Set.of("of", "on", "against", "upon");

    private static Participant possessorOf(List<Participant> people, Trigger t) {
        for (Participant p : people) {
            if (p.possessor() && p.lastToken() + 2 == t.firstToken()) return p;
        }
        return null;
    }

    /**
     * Verbs that report, show or look at an act rather than take part in it: their subject is not the act's source
     * ("television broadcast the rally", "a report documented the attacks").
     */
    private static final java.util.regex.Pattern OBSERVING = java.util.regex.Pattern.compile(
            "(broadcast|cover|report|film|watch|witness|describ|document|investigat|photograph|livestream|stream|show|recall"
                    + "|mention|publish|cite|quot|monitor|record|count|estimat|predict|analy[sz])\\w*");

    /**
     * Verbs of perception, whole forms ("seek" is no "see"): who heard the explosions did not cause them. Not "observe"
     * (one observes a ceasefire by keeping it), and not after "to": "hoped to see talks" wants them.
     */
    private static final Set<String> PERCEIVING = Set.of("hear", "hears", "heard", "see", "sees", "saw", "seen", "feel",
            "feels", "felt", "notice", "notices", "noticed", "spot", "spots", "spotted", "detect", "detects", "detected");

    /**
     * Whether word {@code i} is a verb that reports, shows, looks at or perceives an act ({@link #OBSERVING},
     * {@link #PERCEIVING}).
     */
    static boolean observes(SentenceStructure st, int i) {
        if (!st.isVerb(i)) return false;
        String w = st.lower(i);
        return OBSERVING.matcher(w).matches() || PERCEIVING.contains(w) && !(i > st.first() && st.lower(i - 1).equals("to"));
    }

    /**
     * The actor right before a nominal trigger, nothing but adjectives and nouns between ("Russian strikes", "an Indian
     * missile strike"), unless it is a place or follows a preposition; else null.
     */
    private static Participant modifierBefore(SentenceStructure st, List<Participant> people, Trigger t) {
        int i = t.firstToken() - 1;
        while (i >= st.first() && (st.tag(i).equals("ADJ") || st.tag(i).equals("NOUN")) && endingAt(people, i) == null) i--;
        Participant modifier = i >= st.first() ? endingAt(people, i) : null;
        return modifier == null || modifier.locative() || Targets.prepositionBefore(st, modifier, st.first()) != null ? null : modifier;
    }

    /** Source of a nominal trigger: "Russian strikes", "its strikes", "strikes by X", else the governing verb's subject. */
    private static Found nominalSource(SentenceStructure st, List<Participant> people, Trigger t, Participant previous) {
        int before = t.firstToken() - 1;
        while (before > st.first() && (st.tag(before).equals("ADJ") || st.tag(before).equals("NOUN") || st.tag(before).equals("VERB")
                && st.lower(before).endsWith("ing"))) before--;
        if (before >= st.first() && POSSESSIVE_PRONOUNS.contains(st.lower(before))) { // "its peacekeeping forces"
            Participant owner = antecedent(people, before, false);
            if (owner != null) return new Found(owner, Evidence.PRONOUN);
        }
        // "fighting between Armenia and …": the two who fight, not whoever ended it (meetings: see governingVerb)
        if (!RECIPROCAL.contains(t.type()) && t.lastToken() < st.last() && st.words().between().contains(st.lower(t.lastToken() + 1))) {
            Participant first = afterWord(st, people, t, st.words().between());
            if (first != null) return new Found(first, Evidence.AGENT);
        }
        int governor = governingVerb(st, t);
        if (governor >= 0 && observes(st, governor)) governor = -1; // "state television broadcast the rally"
        // "a Pakistani official said an Indian missile strike killed 13": who speaks of the act did not do it
        boolean reported = governor >= 0 && st.words().reporting().contains(st.lower(governor));
        Participant modifier = governor < 0 || reported ? modifierBefore(st, people, t) : null;
        if (reported && modifier != null) governor = -1;
        if (governor >= 0) { // "Pashinyan did not attend the CSTO summit": the attendee acts, the CSTO is its partner
            Found subject = subject(st, people, governor, previous);
            if (subject.participant() != null) return subject;
            if (!reported) modifier = modifierBefore(st, people, t);
        }
        if (modifier != null) return new Found(modifier, Evidence.MODIFIER);
        Participant agent = agentAfter(st, people, t);
        if (agent != null) return new Found(agent, Evidence.AGENT);
        int main = mainVerbAfterIntro(st, t);
        if (main >= 0) return subject(st, people, main, previous);
        Participant between = afterWord(st, people, t, st.words().between());
        if (between != null) return new Found(between, Evidence.AGENT);
        return Found.NOTHING;
    }

    /**
     * The word whose verb chain says whether the act happened: a nominal trigger's governing verb ("will provide …
     * aid"), else the trigger itself.
     */
    static int head(SentenceStructure st, Trigger t) {
        if (!isNominalTrigger(st, t)) return t.firstToken();
        int governor = governingVerb(st, t);
        return governor >= 0 ? governor : t.firstToken();
    }

    /** The verb a nominal trigger's partner is the object of: its governing verb, else the main clause's after an opening phrase. */
    private static int verbOf(SentenceStructure st, Trigger t) {
        int governor = governingVerb(st, t);
        return governor >= 0 ? governor : mainVerbAfterIntro(st, t);
    }

    /**
     * "In a phone call, Putin … wished Pashinyan …": a nominal trigger in a sentence's opening phrase is the act of the
     * main clause's subject; the main clause's first verb, or -1.
     */
    static int mainVerbAfterIntro(SentenceStructure st, Trigger t) {
        if (st.clauseStart(t.firstToken()) != st.first()) return -1;
        int end = st.clauseEnd(t.firstToken());
        if (end >= st.last() || !st.introEndsBefore(end + 1)) return -1;
        for (int i = end + 1; i <= st.last(); i++) {
            if (i > end + 1 && st.boundaryBefore(i) && st.asideEndingBefore(i) < 0) return -1;
            if (st.isVerb(i)) return i;
        }
        return -1;
    }

    /**
     * The verb a nominal trigger is the object of ("held talks", "launched an attack"), or -1. When a preposition stands
     * between ("extended regards … during their meeting"), the phrase belongs to the clause's main verb: its first.
     */
    static int governingVerb(SentenceStructure st, Trigger t) {
        // "during their meeting" shares the clause's participants; "during the border clashes" names an event of its own
        boolean sharesParticipants = RECIPROCAL.contains(t.type());
        boolean prepositional = false;
        for (int i = t.firstToken() - 1; i >= Math.max(st.first(), t.firstToken() - GOVERNING_VERB_REACH); i--) {
            if (st.boundaryBefore(i + 1)) return -1;
            // ", after a meeting in Geneva": a meeting set off by a comma is the setting of the clause before it
            if (sharesParticipants && i > st.first() && SETTINGS.contains(st.lower(i)) && st.commaBefore(i)) {
                return firstVerb(st, st.clauseStart(i - 1), -1);
            }
            if (st.isVerb(i)) return !prepositional ? i : sharesParticipants ? firstVerb(st, st.clauseStart(i), i) : -1;
            boolean nounLike = NOUN_PHRASE_TAGS.contains(st.tag(i)) || st.tag(i).equals("VERB") // a verb tag isVerb overrules
                    || st.lower(i).equals("s"); // "'s" may be tagged anything
            if (!nounLike) return -1;
            prepositional |= st.tag(i).equals("ADP") && TEMPORAL.contains(st.lower(i)); // "tons of aid" still hangs on "provide"
        }
        return -1;
    }

    /** The first verb from word {@code from} to the clause's end, else {@code orElse}. */
    private static int firstVerb(SentenceStructure st, int from, int orElse) {
        for (int i = from, end = st.clauseEnd(from); i <= end; i++) if (st.isVerb(i)) return i;
        return orElse;
    }

    /** Prepositions that make a meeting the setting of the clause's act, held by its participants ("after talks in …"). */
    static final Set<String> SETTINGS = Set.of("during", "at", "after", "following");

    /** "by X" after the trigger, in its clause. */
    private static Participant agentAfter(SentenceStructure st, List<Participant> people, Trigger t) {
        return afterWord(st, people, t, st.words().agent());
    }

    static Participant afterWord(SentenceStructure st, List<Participant> people, Trigger t, Set<String> words) {
        if (words.isEmpty()) return null;
        int end = st.clauseEnd(t.lastToken());
        for (int i = t.lastToken() + 1; i < end; i++) {
            if (!words.contains(st.lower(i))) continue;
            Participant p = startingAt(people, i + 1, Math.min(end, i + 3));
            if (p != null && !p.locative()) return p;
        }
        return null;
    }

    /** "Armenia and Azerbaijan", "Russia, Armenia and Iran": the first member, or {@code p} itself. */
    private static Participant firstOfCompound(SentenceStructure st, List<Participant> people, Participant p) {
        Participant first = p;
        while (true) {
            int joint = first.firstToken() - 1;
            // "Lavrov and his Armenian counterpart Mirzoyan", "Erdogan and President Putin": words that describe the second
            // member may stand after "and" (a title whatever its tag: the tagger reads "President" before a name as one)
            for (int k = joint; k >= Math.max(st.first(), joint - 3) && !COMPOUND.contains(st.lower(joint)); k--) {
                if (COMPOUND.contains(st.lower(k))) joint = k;
                else if (!(DESCRIBING_TAGS.contains(st.tag(k)) || UnknownActors.isPersonTitle(st.lower(k))
                        || endingAt(people, k) != null && endingAt(people, k).actor().isCountry())) break;
            }
            if (joint < st.first()) return first;
            // Russian and Armenian put no comma before "и"/"և" inside a list: after one it opens a clause ("…», и Захарова потребовала")
            if (!st.tagged() && COMPOUND.contains(st.lower(joint)) && st.commaBefore(joint)) return first;
            int phrase = phraseStart(st, first); // "Germany, the United States, and Britain": the member with its article
            Participant before = COMPOUND.contains(st.lower(joint)) ? endingAt(people, joint - 1)
                    : st.commaBefore(phrase) && st.tagged() ? endingAt(people, phrase - 1) : null;
            if (before == null || before.locative() || sameActor(before, p)) return first;
            if (!COMPOUND.contains(st.lower(joint)) && !hasCompoundAfter(st, p)) return first;
            // "… to the UN Security Council, and China called …": in English ", and" after a lone actor opens a clause;
            // only a list of three or more puts a comma there ("Russia, Armenia, and Iran signed")
            if (st.tagged() && COMPOUND.contains(st.lower(joint)) && st.commaBefore(joint) && !st.commaBefore(phraseStart(st, before))) return first;
            first = before;
        }
    }

    /**
     * The first word of {@code p} with the words that describe it back to a comma at most ("the United States" in
     * "Germany, the United States, and …"; at most {@link #MAX_DESCRIBING} words).
     */
    private static int phraseStart(SentenceStructure st, Participant p) {
        int k = p.firstToken();
        while (k - 1 > st.first() && p.firstToken() - k < MAX_DESCRIBING && !st.commaBefore(k) && DESCRIBING_TAGS.contains(st.tag(k - 1))) k--;
        return st.commaBefore(k) ? k : p.firstToken();
    }

    private static final int MAX_DESCRIBING = 3;

    private static boolean hasCompoundAfter(SentenceStructure st, Participant p) {
        return p.firstToken() - 1 >= st.first() && COMPOUND.contains(st.lower(p.firstToken() - 1));
    }

    /** The actor right after a verb (an article between at most): its direct object ("met Putin", "met the Emir"); or null. */
    private static Participant directObject(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        Participant object = Targets.object(st, people, t, source);
        int next = t.lastToken() + 1;
        return object != null && (object.firstToken() == next || object.firstToken() == next + 1 && st.tag(next).equals("DET"))
                ? object : null;
    }

    /**
     * The actor a two-sided act is done with, named right after its word by the language's partner preposition
     * ({@link FunctionWords#partners}: "met with Raisi", "held talks with the EU", "провели переговоры с Пашиняном"),
     * right after it or after an article or a title; not a possessor ("with Moscow's proposal") or an adjective ("with
     * Russian mediation"); null when there is none.
     */
    private static Participant partnerAfter(SentenceStructure st, List<Participant> people, Trigger t) {
        int with = partnerPrepositionAfter(st, t);
        if (with < 0) return null;
        int head = with + 1; // "with the EU", "with President Raisi": an article or a title may come first
        if (head < st.last() && (st.lower(head).equals("the") || UnknownActors.isPersonTitle(st.lower(head)))) head++;
        Participant p = startingAt(people, with + 1, head);
        if (p == null || p.locative() || p.possessor()) return null; // "with Moscow's proposal": no partner
        // "with Russian mediation", "с российской помощью": an adjective describes the way, it names no partner
        boolean adjective = st.tagged() ? st.tag(p.lastToken()).equals("ADJ")
                : p.actor().isCountry() && ProperNames.russianAdjective(st.lower(p.lastToken())); // a surname declines as one too
        return adjective ? null : p;
    }

    /**
     * The language's partner preposition right after the trigger, with no comma or dash between and a word after it
     * ({@link FunctionWords#partners}: "met with …", "переговоры с …"); its index, or -1.
     */
    private static int partnerPrepositionAfter(SentenceStructure st, Trigger t) {
        int with = t.lastToken() + 1;
        return with >= st.last() || st.asideMarkBefore(with) || !st.words().partners().contains(st.lower(with)) ? -1 : with;
    }

    /** Tags of the words that may open the noun phrase after a partner preposition ("with their Iranian …"). */
    private static final Set<String> NOUN_OPENING_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "PRON");

    /**
     * "held talks with Syrian rebels", "met with their Iranian counterparts": the partner preposition right after the
     * trigger followed by a noun phrase whose head is a plural common noun (English, tagged: a plural in -s after
     * determiners, possessives, adjectives, numbers, names and the nouns that modify it), which may name a third party a
     * compound subject acts with (the caller takes it only when an actor stands in the phrase: "agreed with
     * reservations" names none); the index of that head, or -1 (none, or a singular one: "with Russian mediation").
     */
    static int thirdPartyHead(SentenceStructure st, Trigger t) {
        int with = partnerPrepositionAfter(st, t);
        if (with < 0) return -1;
        int k = with + 1;
        while (k < st.last() && NOUN_OPENING_TAGS.contains(st.tag(k))) k++;
        while (k < st.last() && st.tag(k).equals("NOUN") && st.tag(k + 1).equals("NOUN")) k++; // "energy companies"
        String head = st.lower(k);
        return st.tag(k).equals("NOUN") && head.endsWith("s") && !head.endsWith("ss") ? k : -1;
    }

    /** A hyphen, dash or slash between two words, spaces allowed around it. */
    private static final java.util.regex.Pattern JOINING_GAP = java.util.regex.Pattern.compile("\\s*[-–—/]\\s*");

    /** "Armenia–Azerbaijan talks": the modifier right before {@code p}, joined by a hyphen or dash. */
    private static Participant modifierPartner(SentenceStructure st, List<Participant> people, Participant p) {
        Participant before = endingAt(people, p.firstToken() - 1);
        boolean joined = before != null && !sameActor(before, p) && JOINING_GAP.matcher(st.gap(p.firstToken())).matches();
        return joined ? before : null;
    }

    /** Words looked back from a pronoun subject for the "whose" that opens its relative clause. */
    private static final int WHOSE_REACH = 8;

    /**
     * "…, whose president, Ivan Duque, he accused of …", "…, whose leaders he accused …": the "whose" that opens the
     * relative clause a pronoun subject at {@code pronoun} stands in, with no verb between them (the pronoun is the
     * clause's subject, the noun after "whose" its object: the pronoun stands for someone named before); its index, or -1.
     */
    static int possessiveRelativeBefore(SentenceStructure st, int pronoun) {
        for (int k = pronoun - 1; k >= Math.max(st.first(), pronoun - WHOSE_REACH); k--) {
            if (st.lower(k).equals("whose")) return k;
            if (st.isVerb(k)) return -1;
        }
        return -1;
    }

    /**
     * The actor named last before word {@code pronoun} (not a place, not a possessor), or with {@code person} the last
     * person named ("he", "she"); null when there is none.
     */
    static Participant antecedent(List<Participant> people, int pronoun, boolean person) {
        return lastBefore(people, pronoun, p -> person ? p.actor().isPerson() && !p.possessor() : !p.locative() && !p.possessor());
    }

    /** The last participant that ends before word {@code word} and passes {@code test}, or null. */
    private static Participant lastBefore(List<Participant> people, int word, java.util.function.Predicate<Participant> test) {
        Participant found = null;
        for (Participant p : people) {
            if (p.lastToken() >= word) break;
            if (test.test(p)) found = p;
        }
        return found;
    }

    /** "said Putin had “committed …”": the last actor after word {@code from} and before word {@code to}, or null. */
    static Participant lastActorBetween(List<Participant> people, int from, int to) {
        Participant last = null;
        for (Participant p : people) {
            if (p.firstToken() > from && p.lastToken() < to && !p.locative() && !p.possessor()) last = p;
        }
        return last;
    }

    /** The word before the first relative clause of an apposition between words {@code from} and {@code to}, else {@code to}. */
    private static int relativeIn(SentenceStructure st, int from, int to) {
        for (int k = from; k <= to; k++) if (st.relativeInApposition(from, k)) return k - 1;
        return to;
    }

    /** The first actor (not a place) between two words, or null. */
    private static Participant firstIn(List<Participant> people, int from, int to) {
        for (Participant p : people) if (p.firstToken() >= from && p.lastToken() <= to && !p.locative()) return p;
        return null;
    }

    static Participant endingAt(List<Participant> people, int token) {
        for (Participant p : people) if (p.lastToken() == token) return p;
        return null;
    }

    static Participant startingAt(List<Participant> people, int from, int to) {
        for (Participant p : people) if (p.firstToken() >= from && p.firstToken() <= to) return p;
        return null;
    }

    static boolean sameActor(Participant a, Participant b) {
        return a.actor().id().equals(b.actor().id());
    }
}
