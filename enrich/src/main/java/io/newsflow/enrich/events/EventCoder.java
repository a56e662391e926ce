package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.Token;
import io.newsflow.schemas.ContentHash;
import io.newsflow.schemas.DatePrecision;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.QuadClass;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Codes events clause by clause: who (source) did what (a PLOVER type from the {@link EventLexicon}) to whom (target),
 * when ({@link EventDates}) and where, with the sentence as evidence. In the order of the data's journey:
 * <ol>
 *   <li>triggers: the lexicon's matches, overlaps resolved in favour of the longer; the first trigger of each clause
 *       (usually its verb) is coded, later ones in the same clause are its complements ("urged Russia to condemn");</li>
 *   <li>arguments from the clause's structure ({@link Arguments}: English part-of-speech tags from OpenNLP, function
 *       words for every language): no source in the clause, no event;</li>
 *   <li>the verb chain before the trigger ({@link Modality}): negation turns cooperation into REJECT and marks other
 *       acts as not having happened; a future or plan turns material conflict into THREATEN and cooperation into
 *       AGREE; "could", "is considering", "if" mark the act as hypothetical;</li>
 *   <li>sides ({@link Sides}): never the same actor on both, never the source's own state or government as its
 *       target; an actor without a country takes the sentence's, else the article's most named one; with no target
 *       named, the fallbacks (the organisation referred to, the accuser a denial answers, the place, the own state);
 *       with still none, the event is half read and reported only when the text has no whole event (a single sentence,
 *       a headline): in news, four in five such halves were wrong (docs/events.md); so are acts that did not or may not
 *       happen ({@link #NOT_HAPPENED}: not coded by PLOVER's conventions, and nearly all wrong in the dev sets);</li>
 *   <li>the date from the trigger's own clause, else from the sentence's main clauses, else the last dated sentence,
 *       else the publication date; the place is a country or place named after "in"/"near" in the clause;</li>
 *   <li>confidence from the {@link Evidence} found ({@link Confidence}); {@code confident} at or above {@link #CONFIDENT}
 *   (or the threshold given);</li>
 *   <li>the same (type, source, target) is coded once per article: summaries that repeat a story add nothing.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EventCoder {
    /**
     * Events at or above it are {@code confident} and shown by default (calibration: docs/events.md), unless they did
     * not or may not happen ({@link #NOT_HAPPENED}).
     */
    public static final double CONFIDENT = Confidence.bundled().threshold();
    /** Words of a sentence coded for events; the rest of a longer one is not (see {@link #capped}). */
    static final int MAX_SENTENCE_WORDS = 200;
    /** An act that did not happen, may not happen or is asked about is never shown by default, whatever its score. */
    static final Set<Evidence> NOT_HAPPENED = Set.of(Evidence.NEGATED, Evidence.HYPOTHETICAL, Evidence.QUESTION);
    /** Types whose unnamed target is, by PLOVER's convention, the actor's own state (a protest, a curfew, a demand). */
    static final Set<EventType> DOMESTIC = Set.of(EventType.PROTEST, EventType.COERCE, EventType.CONCEDE, EventType.REQUEST,
            EventType.REJECT, EventType.MOBILIZE, EventType.RETREAT, EventType.ASSAULT, EventType.THREATEN, EventType.ACCUSE);

    private final Map<String, EventLexicon> lexicons;
    private final Map<String, FunctionWords> functionWords;
    private final Participants participants;
    private final Sides sides;
    private final ProperNames properNames;
    private final GroupNouns groupNouns;
    private final double confidentAt;
    private final ActorDictionary dictionary;

    /** @param lexicons trigger lexicons by ISO 639-1 code; {@code en} is required (the fallback) */
    public EventCoder(Map<String, EventLexicon> lexicons, ActorDictionary dictionary) {
        this(lexicons, dictionary, CONFIDENT);
    }

    /**
     * @param lexicons    trigger lexicons by ISO 639-1 code; {@code en} is required (the fallback)
     * @param confidentAt the confidence at or above which an event is {@code confident}, in [0, 1]; the calibrated
     *                    {@link #CONFIDENT} by default
     */
    public EventCoder(Map<String, EventLexicon> lexicons, ActorDictionary dictionary, double confidentAt) {
        if (!lexicons.containsKey("en")) throw new IllegalArgumentException("an English lexicon is required");
        this.confidentAt = requireThreshold(confidentAt, "the confident threshold");
        this.lexicons = Map.copyOf(lexicons);
        this.functionWords = FunctionWords.bundled();
        this.participants = Participants.english(code -> dictionary.country(code).orElse(null));
        this.sides = new Sides(dictionary, participants);
        this.dictionary = dictionary;
        this.properNames = new ProperNames(participants);
        this.groupNouns = new GroupNouns(participants);
    }

    /** {@code threshold} if it is a confidence (0 to 1), else an {@link IllegalArgumentException} naming {@code what}. */
    public static double requireThreshold(double threshold, String what) {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException(what + " must be between 0 and 1, was " + threshold);
        return threshold;
    }

    /** The bundled lexicons: English, Russian, Armenian; the calibrated threshold. */
    public static EventCoder bundled(ActorDictionary dictionary) {
        return bundled(dictionary, CONFIDENT);
    }

    /** The bundled lexicons, events {@code confident} at or above {@code confidentAt}. */
    public static EventCoder bundled(ActorDictionary dictionary, double confidentAt) {
        return new EventCoder(Map.of("en", EventLexicon.english(), "ru", EventLexicon.bundled("ru"), "hy", EventLexicon.bundled("hy")),
                dictionary, confidentAt);
    }

    /**
     * @param text      the article text
     * @param tokens    its tokens
     * @param sentences its sentences
     * @param mentions  its actor mentions (from the actor stage)
     * @param published publication date, or null
     * @param articleId article id (for event ids)
     * @param url       article URL, or null
     * @param language  the article's language as detected ({@link io.newsflow.language.LanguageDetector}), or null: a
     *                  Latin-script sentence of an article in a language with no lexicon here (French, Latin-script
     *                  Azerbaijani) is not coded with the English one
     */
    public List<Event> code(String text, List<Token> tokens, List<Sentence> sentences, List<ActorMention> mentions,
                            LocalDate published, String articleId, String url, String language) {
        return explain(text, tokens, sentences, mentions, published, articleId, url, language, Tracer.OFF).stream().map(Coded::event).toList();
    }

    /**
     * {@link #code} that also tells what became of every trigger word found ({@link TriggerTrace}, in text order):
     * {@code newsflow analyze --trace}.
     */
    public Traced codeTraced(String text, List<Token> tokens, List<Sentence> sentences, List<ActorMention> mentions,
                             LocalDate published, String articleId, String url, String language) {
        Tracer tracer = new Tracer(text, tokens);
        List<Event> events = explain(text, tokens, sentences, mentions, published, articleId, url, language, tracer).stream()
                .map(Coded::event).toList();
        return new Traced(events, tracer.traces());
    }

    /** Events and the fate of every trigger found. */
    public record Traced(List<Event> events, List<TriggerTrace> triggers) {}

    /** An event with the evidence its confidence was computed from (calibration, debugging). */
    record Coded(Event event, Set<Evidence> evidence, String pattern) {}

    /** {@link #code} with each event's evidence. */
    List<Coded> explain(String text, List<Token> tokens, List<Sentence> sentences, List<ActorMention> mentions,
                        LocalDate published, String articleId, String url, String articleLanguage) {
        return explain(text, tokens, sentences, mentions, published, articleId, url, articleLanguage, Tracer.OFF);
    }

    /** {@link #code} with each event's evidence, each trigger's fate told to {@code trace} ({@link Tracer#OFF}: not traced). */
    private List<Coded> explain(String text, List<Token> tokens, List<Sentence> sentences, List<ActorMention> mentions,
                                LocalDate published, String articleId, String url, String articleLanguage, Tracer trace) {
        boolean latinUncoded = articleLanguage != null && !lexicons.containsKey(articleLanguage);
        ArticleReading reading = new ArticleReading(text, tokens, sentences, mentions, published,
                new ArticleRef(articleId, url, tokens), latinUncoded, trace);
        for (Sentence whole : sentences) reading.read(whole);
        return reading.reported();
    }

    /**
     * One article's coding, a sentence at a time: the events coded so far (whole ones once each; halves, with no target
     * or not having happened, kept aside for a text with no whole event) and what a sentence takes from those before it
     * (the last date named, the people last named and the source a pronoun stands for, names' countries, the mentions
     * read so far). One per call of {@link #explain}; not thread-safe.
     */
    private final class ArticleReading {
        private final String text;
        private final List<Token> tokens;
        private final List<Sentence> sentences;
        private final LocalDate published;
        private final ArticleRef article;
        private final boolean latinUncoded; // no lexicon for the article's language: its Latin-script sentences are not coded
        private final Tracer trace;
        private final String articleCountry;
        private final MentionCursor cursor;
        private final Sentence headline;
        private final List<Coded> explained = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>(); // event key -> its index in explained
        private final Set<Integer> undated = new HashSet<>();    // events whose date is only the article's or the last one named
        private final List<Coded> halves = new ArrayList<>();    // events with no target, or that did not happen: reported only when the text has no whole one
        private final Set<String> halfKeys = new HashSet<>();    // their (type, source, target), each reported once
        private final Map<String, String> nameCountries = new HashMap<>(); // names' countries as first coded (ProperNames)
        private final Set<String> namesSeen = new HashSet<>(); // the ids of the names found so far (ProperNames)
        private Participant previousSource = null;
        private List<Participant> lastPeople = List.of(); // the actors of the last sentence that named any
        private EventDate lastDate = null;

        ArticleReading(String text, List<Token> tokens, List<Sentence> sentences, List<ActorMention> mentions, LocalDate published,
                       ArticleRef article, boolean latinUncoded, Tracer trace) {
            this.text = text;
            this.tokens = tokens;
            this.sentences = sentences;
            this.published = published;
            this.article = article;
            this.latinUncoded = latinUncoded;
            this.trace = trace;
            this.articleCountry = sides.mostNamedCountry(mentions, leadEnd(sentences));
            this.cursor = new MentionCursor(mentions, text);
            this.headline = Headlines.hasHeadline(text, sentences) ? sentences.getFirst() : null;
        }

        /** Codes one sentence (the next in text order): its triggers, each clause's act, the events it reports. */
        void read(Sentence whole) {
            if (whole.tokens().isEmpty()) return;
            Sentence sentence = capped(whole, text);
            List<ActorMention> inSentence = cursor.advanceTo(whole); // mentions are in text order: one pass for the article
            String language = language(sentence);
            if (latinUncoded && language.equals("en")) return; // no lexicon for the article's language: say nothing
            List<Trigger> triggers = lexicons.getOrDefault(language, lexicons.get("en")).find(text, sentence.tokens());
            trace.found(triggers);
            EventDate sentenceDate = EventDates.find(leadingClause(sentence, functionWords.get(language)), published);
            List<Participant> people = null;
            SentenceStructure st = null;
            // "saying they had abused their positions": a charge with no trigger of the lexicon's (ReportedWrongs); the
            // sentence's structure is read for it only where its words and mentions may hold one
            if (language.equals("en") && ReportedWrongs.mayHold(sentence.tokens(), inSentence, functionWords.get(language))) {
                people = participants.of(sentence, tokens, inSentence, text);
                st = SentenceStructure.of(text, tokens, sentence, functionWords.get(language), true);
                triggers = ReportedWrongs.added(st, triggers);
                trace.found(triggers);
            }
            if (triggers.isEmpty()) {
                if (sentenceDate != null) lastDate = sentenceDate;
                // "Erdogan was sworn in on Saturday. Pashinyan congratulated him": the person a sentence is about
                if (inSentence.stream().anyMatch(m -> m.actor().isPerson())) {
                    lastPeople = people != null ? people : participants.of(sentence, tokens, inSentence, text);
                    previousSource = firstPerson(lastPeople, tokens, functionWords.get(language), previousSource);
                }
                return;
            }
            if (people == null) people = participants.of(sentence, tokens, inSentence, text);
            boolean tagged = language.equals("en");
            // no one to act: no actor, no group noun, no capitalised word after the first (a name, see ProperNames)
            if (people.isEmpty() && !namesAGroup(sentence, functionWords.get(language)) && !capitalisedAfterFirst(sentence)
                    && !ProperNames.opensWithSeenName(sentence, namesSeen)) {
                for (Trigger t : triggers) trace.fate(t, TriggerTrace.Fate.NO_ACTOR);
                if (sentenceDate != null) lastDate = sentenceDate;
                return;
            }
            if (st == null) st = SentenceStructure.of(text, tokens, sentence, functionWords.get(language), tagged);
            people = Participants.seated(st, ProperNames.withCountriesFrom(properNames.addTo(people, st, sentence, text, namesSeen), nameCountries));
            GroupsOnce withGroups = new GroupsOnce(people, st); // with the group nouns ("riot police detained demonstrators")
            ProperNames.rememberStated(nameCountries, people);
            Map<String, Candidate> candidates = new java.util.LinkedHashMap<>(); // by type, source and target (addCandidate)
            List<Participant> sided = Sides.withoutSeats(st, people); // "the UK-based observatory" names no side
            String sentenceCountry = sides.sentenceCountry(sided);
            Scene scene = new Scene(st, people, sentenceCountry, articleCountry, cursor.lastOrganisationBefore(),
                    noun -> cursor.describedBy(noun, EarlierEvents.lastSourceId(explained)), explained, triggers, lastPeople, candidates,
                    previousSource, sentence, whole == headline, language, withGroups, sided, cursor.statesNamedBefore());
            ClauseActs acts = new ClauseActs();
            for (Map.Entry<Integer, Trigger> byClause : perClause(st, actsOnly(st, triggers), people)) {
                consider(scene, acts, byClause.getKey(), byClause.getValue());
            }
            protestsDemand(st, candidates);
            Participant sentenceSource = report(scene);
            if (sentenceDate != null) lastDate = sentenceDate;
            previousSource = sentenceSource != null ? sentenceSource : firstPerson(people, tokens, functionWords.get(language), previousSource);
            lastPeople = people;
        }

        /**
         * One trigger of the sentence: unless its clause's act is coded already or it names no act, who does it and to
         * whom ({@link EventCoder#sidesOf}, then a named object, a reaction's doer, a noun referring back), weighed by
         * {@link #weigh}; a trigger left out has its fate told to the trace.
         */
        private void consider(Scene scene, ClauseActs acts, int clause, Trigger trigger) {
            SentenceStructure st = scene.st();
            List<Participant> people = scene.people();
            List<Trigger> triggers = scene.triggers();
            GroupsOnce withGroups = scene.withGroups();
            String language = scene.language();
            // "accused Baku of shelling …": the attack claimed is coded beside the accusation
            Participant accused = ClaimedAct.claimed(st, trigger) ? ClaimedAct.accused(st, withGroups.get(), trigger) : null;
            if (accused == null && !acts.mayCode(clause, trigger)) {
                trace.fate(trigger, TriggerTrace.Fate.CLAUSE_CODED);
                return;
            }
            if (TriggerReadings.askedFor(st, triggers, trigger) || TriggerReadings.statesAFact(st, trigger)
                    || TriggerReadings.question(st, trigger)) {
                trace.fate(trigger, TriggerTrace.Fate.NOT_AN_ACT);
                return;
            }
            Arguments args = accused != null ? ClaimedAct.arguments(st, withGroups.get(), trigger, accused)
                    : Arguments.find(st, people, trigger, previousSource, language);
            if (args.source() == null) { // a group noun may be who acts
                if (withGroups.get() != people) {
                    Arguments grouped = Arguments.find(st, withGroups.get(), trigger, previousSource, language);
                    // a group of states named by a plural ("backed by 143 countries") acts for no one the event can name
                    boolean states = grouped.source() != null && GroupNouns.isStates(grouped.source().actor().id());
                    if (sidesFound(grouped) > sidesFound(args) && !states) args = grouped;
                }
            } else if (args.target() == null && mayHaveGroupObject(st, trigger)) { // "called on the authorities to …"
                if (withGroups.get() != people) args = groupObject(st, withGroups.get(), trigger, previousSource, language, args);
            }
            Set<Evidence> evidence = Evidence.none();
            if (acts.triedBefore(clause)) evidence.add(Evidence.LATER_IN_CLAUSE);
            if (scene.inHeadline()) evidence.add(Evidence.HEADLINE);
            if (ReportedWrongs.MODE.equals(trigger.mode())) evidence.add(Evidence.EVALUATION);
            Participant[] pair = sidesOf(scene, args, trigger, evidence);
            if (pair == null) { // no one does it: the clause's next trigger of another type may be its act instead
                trace.fate(trigger, TriggerTrace.Fate.NO_SOURCE);
                if (args.source() != null && modalDemand(st, trigger)) acts.coded(clause, trigger); // "he must resign": asked, not done
                else acts.noDoer(clause, trigger, args);
                return;
            }
            int forces = sides.commandedForces(st, people, trigger, pair[0]); // "Putin ordered the army to …"
            if (forces >= 0) {
                int ordered = orderedVerb(st, forces);
                if (ordered >= 0) { // the act ordered is the source's own: no request to its own army
                    trace.fate(trigger, TriggerTrace.Fate.NOT_AN_ACT);
                    // the lexicon's act is coded as the source's ("to attack Ukraine"); any other ("to stop attacks on
                    // …", "to investigate the shooting", "not to respond") leaves the clause with no act
                    if (!st.lower(ordered - 2).equals("not") && triggers.stream().anyMatch(o -> o.firstToken() == ordered)) return;
                    acts.coded(clause, trigger);
                    return;
                }
                // "ordered troops to the border": put to use; "ordered troops back to their bases": withdrawn
                boolean back = forces < st.last() && st.lower(forces + 1).equals("back");
                trigger = trigger.withType(back ? EventType.RETREAT : EventType.MOBILIZE, COMMAND);
                if (pair[1] != null && Sides.ownForces(pair[0], pair[1])) pair = new Participant[]{pair[0], null};
            }
            acts.coded(clause, trigger);
            Participant source = pair[0], target = pair[1];
            if (NAMED_OBJECT.equals(trigger.mode())) { // "Canada and Colombia recognised Guaido": the object, not a partner
                target = namedObject(st, people, trigger, source);
                if (target == null) { // "recognised the need for talks": no state or leader recognised
                    trace.fate(trigger, TriggerTrace.Fate.NO_TARGET);
                    return;
                }
                evidence.add(Evidence.OBJECT);
            }
            if (REACTIONS.contains(trigger.type())) { // "решение Москвы назвали безосновательным": Moscow's decision
                Participant doer = Targets.genitiveDoer(st, people, trigger, source);
                if (doer != null) {
                    target = doer;
                    evidence.add(Evidence.OBJECT);
                }
            }
            if (target != null && target.firstToken() > trigger.lastToken() && cursor.lastOrganisationBefore() != null) {
                int referring = Sides.referringNoun(st, trigger, cursor.lastOrganisationBefore()); // "accused the bloc of failing to protect Armenia"
                if (referring >= 0 && referring < target.firstToken()) {
                    target = null;
                    evidence.remove(Evidence.OBJECT);
                }
            }
            weigh(scene, trigger, source, target, evidence);
        }

        /**
         * A trigger whose sides are found ({@code target} may be null): the act it codes given its modality, its sides
         * as event actors (an unnamed target from the fallbacks), the evidence for its confidence; added to the
         * sentence's candidates ({@link EventCoder#addCandidate}), unless a charge read from a word of evaluation has no
         * target in another state.
         */
        private void weigh(Scene scene, Trigger trigger, Participant source, Participant target, Set<Evidence> evidence) {
            SentenceStructure st = scene.st();
            List<Participant> people = scene.people();
            List<Trigger> triggers = scene.triggers();
            Map<String, Candidate> candidates = scene.candidates();
            List<Participant> sided = scene.sided();
            String sentenceCountry = scene.sentenceCountry();
            Sentence sentence = scene.sentence();
            Modality modality = Modality.of(st, trigger);
            Trigger coded = Modality.promisedAct(st, Modality.promisedHarm(st, Modality.recode(trigger, modality, evidence)), triggers);
            if (TriggerReadings.deferred(st, trigger)) evidence.add(Evidence.NEGATED); // "postponed his trip to Norway"
            if (target == null && coded.type() == EventType.CONSULT) target = sides.hostingPlace(st, people, coded, source, evidence);
            if (coded.length() > 1) evidence.add(Evidence.PHRASE);
            if (st.isVerb(trigger.firstToken()) || !st.tagged() && UntaggedActs.isVerb(st.lower(trigger.firstToken()))) {
                evidence.add(Evidence.VERB);
            }
            if (!st.tagged()) evidence.add(Evidence.UNTAGGED);
            if (sentence.text().stripTrailing().endsWith("?")) evidence.add(Evidence.QUESTION);
            String fromCountry = sentenceCountry, toCountry = sentenceCountry;
            if (coded.type() == EventType.ASSAULT) { // an attack is aimed across sides ("Russian missiles struck the port of Odesa, Ukraine's command said")
                fromCountry = sides.sentenceCountryOtherThan(sided, sides.ownCountry(target), sentenceCountry);
                toCountry = sides.sentenceCountryOtherThan(sided, sides.ownCountry(source), sentenceCountry);
            }
            EventActor from = sides.inOffice(sides.side(st, source, target, fromCountry, articleCountry, evidence), published);
            if (coded.type() == EventType.PROTEST && governmentProtest(st, coded, from)) coded = coded.withType(EventType.ACCUSE, "protest by a government");
            if (TriggerReadings.withdrewFromAPlace(st, coded, target)) coded = coded.withType(EventType.RETREAT, null); // "troops withdrew from Kherson"
            EventActor to = target == null ? null : sides.inOffice(sides.side(st, target, source, toCountry, articleCountry, evidence), published);
            if (ProperNames.isName(from.getId()) || to != null && ProperNames.isName(to.getId())) evidence.add(Evidence.NAME_ONLY);
            ProperNames.remember(nameCountries, from);
            ProperNames.remember(nameCountries, to);
            if (to != null && (!sides.distinctSides(from, to) || cooperationAtHome(coded.type(), from, to) || evacuation(coded.type(), from, to)
                    || retreatHome(coded, target, from, to))) {
                to = null;
                evidence.remove(Evidence.OBJECT);
                evidence.remove(Evidence.PLACE);
            }
            if (TriggerReadings.banAcrossStates(st, coded, from, to)) coded = coded.withType(EventType.SANCTION, "ban across states");
            if (to != null && TriggerReadings.leftAPlace(st, coded, to)) { // "left the White House": a visit ended, no membership
                to = null;
                evidence.remove(Evidence.OBJECT);
            }
            if (ReportedWrongs.MODE.equals(trigger.mode()) && (to == null || from.getCountryCode() == null
                    || from.getCountryCode().equals(to.getCountryCode()))) { // a charge across states only
                trace.fate(trigger, TriggerTrace.Fate.NO_TARGET);
                return;
            }
            boolean objectNamed = to != null; // before the fallbacks below infer one
            if (to == null) {
                // "faces charges brought by Azerbaijani prosecutors, which he denies": the charge of its own sentence first
                if (coded.type() == EventType.REJECT) to = chargeDenied(trigger, from, candidates.values(), evidence);
                if (to == null) to = unnamedTarget(scene, trigger, coded.type(), source, from, evidence);
                if (to == null) to = sharedTarget(st, trigger, coded.type(), from, candidates.values(), evidence);
                if (to == null && SPEECH_ACTS.contains(coded.type())) { // "urged an end to the fighting, … with Aliyev"
                    to = aimedAt(scene, Targets.nearestNamed(st, scene.people(), trigger, source), source, from,
                            Evidence.NEAREST_TARGET, true, evidence);
                }
            } else if (target.actor().isPerson()) evidence.add(Evidence.PERSON_TARGET);
            if (source != null && Math.abs(trigger.firstToken() - source.lastToken()) > NEAR) evidence.add(Evidence.FAR_SOURCE);
            if (target != null && Math.abs(target.firstToken() - trigger.lastToken()) > NEAR) evidence.add(Evidence.FAR_TARGET);
            if (TriggerReadings.subordinate(st, trigger)) evidence.add(Evidence.SUBORDINATE);
            if (to == null) evidence.add(Evidence.NO_TARGET);
            if (to != null && !evidence.contains(Evidence.DOMESTIC) && from.getCountryCode() != null
                    && from.getCountryCode().equals(to.getCountryCode())) {
                evidence.add(Evidence.SAME_STATE);
            }
            if (objectNamed && TriggerReadings.hosts(st, coded)) { // "Putin received Trump's envoy": the visitor meets the host
                // (the evidence keeps describing the clause's roles: subject and object, now host and visitor)
                EventActor host = from;
                from = to;
                to = host;
            }
            trace.fate(trigger, TriggerTrace.Fate.MERGED); // until the candidate is kept
            addCandidate(st, candidates, new Candidate(trigger, coded, modality, evidence, from, to, source));
        }

        /**
         * The sentence's candidates as events: a whole one unless the article has it already (a later date fills an
         * undated repeat), a half one once per article; returns the sentence's source (the subject of its first act
         * with one), for a pronoun in the next sentence, or null.
         */
        private Participant report(Scene scene) {
            SentenceStructure st = scene.st();
            List<Participant> people = scene.people();
            Map<String, Candidate> candidates = scene.candidates();
            Sentence sentence = scene.sentence();
            Participant sentenceSource = null;
            for (Candidate c : candidates.values()) {
                Trigger trigger = c.trigger(), coded = c.coded();
                Set<Evidence> evidence = c.evidence();
                EventActor from = c.from(), to = c.to();
                EventDate stated = statedDate(st, trigger, published);
                EventDate now = published != null ? new EventDate(published, DatePrecision.DAY) : EventDate.UNKNOWN;
                boolean happened = evidence.stream().noneMatch(NOT_HAPPENED::contains);
                if (to == null && !TriggerReadings.organisationMet(st, coded, from) || !happened) { // half an event (who acted is read, on whom is not), or one that did not happen
                    if (halfKeys.add(coded.type() + "|" + sideKey(from) + "|" + (to == null ? "-" : sideKey(to)))) {
                        Event event = event(new Act(coded, c.modality(), evidence), from, to, Sides.place(st, people, trigger),
                                sentence, stated != null ? stated : now, article);
                        halves.add(new Coded(event, Set.copyOf(evidence), coded.pattern()));
                        trace.fate(trigger, to == null ? TriggerTrace.Fate.NO_TARGET : TriggerTrace.Fate.DID_NOT_HAPPEN, event);
                    } else {
                        trace.fate(trigger, TriggerTrace.Fate.REPEATED);
                    }
                    if (sentenceSource == null && evidence.contains(Evidence.SUBJECT)) sentenceSource = c.source();
                    continue;
                }
                Integer earlier = seen.putIfAbsent(coded.type() + "|" + sideKey(from) + "|" + sideKey(to), explained.size());
                if (earlier != null) { // the same event again ("Armenia froze …" in the title, then dated in the lead)
                    trace.fate(trigger, TriggerTrace.Fate.REPEATED);
                    if (stated != null && undated.remove(earlier)) {
                        explained.get(earlier).event().setDate(stated.date());
                        explained.get(earlier).event().setDatePrecision(stated.precision());
                    }
                    continue;
                }
                if (stated == null) undated.add(explained.size());
                EventDate date = stated != null ? stated : lastDate != null && !TriggerReadings.presentPerfect(st, trigger) ? lastDate : now;
                Participant place = Sides.place(st, people, trigger);
                Event event = event(new Act(coded, c.modality(), evidence), from, to, place, sentence, date, article);
                explained.add(new Coded(event, Set.copyOf(evidence), coded.pattern()));
                trace.fate(trigger, TriggerTrace.Fate.EVENT, event);
                if (sentenceSource == null && evidence.contains(Evidence.SUBJECT)) sentenceSource = c.source();
            }
            return sentenceSource;
        }

        /** The article's events: the whole ones, else the halves, less a headline's that the lead retells. */
        List<Coded> reported() {
            List<Coded> reported = Headlines.withoutRetoldHeadline(explained.isEmpty() ? halves : explained, headline, sentences);
            trace.reported(reported);
            return reported;
        }
    }

    /** Words after a trigger within which a group noun is read as its object. */
    static final int GROUP_OBJECT_REACH = 3;

    /**
     * The act's sides with a group noun as its object ("called on the authorities to …", "urged opposition parties to
     * …"): when, read with the sentence's group nouns, the same source acts on a group that starts within
     * {@link #GROUP_OBJECT_REACH} words after the trigger; else {@code args} as they were. Tried for verbal acts only
     * when no named actor is the object, so a group never displaces one, and before the fallbacks that guess a target
     * (the place of the act, the source's own state); the victims of a material act keep theirs ("Russian soldiers
     * detained villagers": of another country the sentence names, {@link Sides#sectorPatient}).
     */
    private static Arguments groupObject(SentenceStructure st, List<Participant> withGroups, Trigger trigger,
                                         Participant previousSource, String language, Arguments args) {
        Arguments grouped = Arguments.find(st, withGroups, trigger, previousSource, language);
        if (grouped.source() == null || grouped.target() == null || !grouped.source().actor().id().equals(args.source().actor().id())) return args;
        int start = grouped.target().firstToken();
        return start > trigger.lastToken() && start <= trigger.lastToken() + GROUP_OBJECT_REACH ? grouped : args;
    }

    /**
     * Whether a group noun may be the trigger's object when no named actor is: a verbal act in English; any act in
     * Russian, whose group nouns are read by their case forms.
     */
    private static boolean mayHaveGroupObject(SentenceStructure st, Trigger trigger) {
        return st.tagged() ? QuadClass.of(trigger.type()).verbal() : st.isCyrillic(trigger.firstToken());
    }

    private static int sidesFound(Arguments args) {
        return (args.source() == null ? 0 : 1) + (args.target() == null ? 0 : 1);
    }

    /** Acts against someone that a second verb of the same speaker may direct at the first one's target. */
    private static final Set<EventType> AGAINST = Set.of(EventType.ACCUSE, EventType.THREATEN, EventType.REJECT,
            EventType.REQUEST, EventType.SANCTION);

    /**
     * "Захарова назвала шаг Кишинева враждебным и пообещала, что ответ Москвы не заставит себя ждать", "Moscow said the
     * step violated the agreements and insisted on a return to …": a verb coordinated with an earlier act of the same
     * source, both acts against someone ({@link #AGAINST}), with no target of its own, is aimed at the earlier act's
     * target; null otherwise.
     */
    private static EventActor sharedTarget(SentenceStructure st, Trigger t, EventType type, EventActor from,
                                           java.util.Collection<Candidate> earlier, Set<Evidence> evidence) {
        if (!AGAINST.contains(type)) return null;
        if (!TriggerReadings.coordinated(st, t)) return null;
        EventActor shared = null;
        for (Candidate c : earlier) {
            if (c.to() != null && AGAINST.contains(c.coded().type()) && c.from().getId().equals(from.getId())
                    && c.trigger().lastToken() < t.firstToken()) shared = c.to();
        }
        if (shared != null) evidence.add(Evidence.OBJECT);
        return shared;
    }

    /**
     * "Sandu's government accused Moscow of …, a charge that Russia denies": a denial with no target answers the last
     * charge made earlier in its own sentence against its side, and is aimed at whoever made it; null when none.
     */
    private static EventActor chargeDenied(Trigger t, EventActor denier, java.util.Collection<Candidate> earlier,
                                           Set<Evidence> evidence) {
        EventActor accuser = null;
        for (Candidate c : earlier) {
            if (c.to() == null || c.trigger().lastToken() >= t.firstToken()
                    || c.coded().type() != EventType.ACCUSE && !Sides.DENIABLE_ACTS.contains(c.coded().type())
                    || denier.getCountryCode() == null || !denier.getCountryCode().equals(c.to().getCountryCode())
                    || denier.getCountryCode().equals(c.from().getCountryCode())) continue;
            accuser = c.from();
        }
        if (accuser != null) evidence.add(Evidence.REPLY);
        return accuser;
    }

    /**
     * "Residents blocked a highway in protest, demanding that the government halt …": a protest's demand is what the
     * protest is about, not an act of its own; its target becomes the protest's when the protest has none or only
     * the source's own state by convention ({@link Evidence#DOMESTIC}).
     */
    private static void protestsDemand(SentenceStructure st, Map<String, Candidate> candidates) {
        for (Candidate protest : List.copyOf(candidates.values())) {
            if (protest.coded().type() != EventType.PROTEST) continue;
            Candidate demand = candidates.values().stream().filter(c -> c.coded().type() == EventType.REQUEST
                    && c.from().getId().equals(protest.from().getId())).findFirst().orElse(null);
            if (demand == null) continue;
            candidates.values().remove(demand);
            if ((protest.to() == null || protest.evidence().contains(Evidence.DOMESTIC)) && demand.to() != null) {
                candidates.values().remove(protest);
                addCandidate(st, candidates, protest.withTarget(demand.to()));
            }
        }
    }

    /**
     * One event per type, source and target in a sentence; one with a target wins over one without or with only the
     * place it happened in ("condemned the drills and summoned Armenia's ambassador"), while two targets in two clauses make two events ("pressed Russia to withdraw …, and
     * in Baku he encouraged Aliyev to …").
     */
    private static void addCandidate(SentenceStructure st, Map<String, Candidate> candidates, Candidate c) {
        String prefix = c.coded().type() + "|" + c.from().getId() + "|", weakKey = prefix + "-";
        if (c.to() == null || c.evidence().contains(Evidence.PLACE)) { // no target, or only where the act took place
            if (candidates.keySet().stream().noneMatch(k -> k.startsWith(prefix))) candidates.put(weakKey, c);
            return;
        }
        int clause = st.clauseStart(c.trigger().firstToken()); // "a meeting with Sharif at the summit in …": one act
        // but a verb coordinated with the clause's verb is an act of its own ("asked the CSTO for help and appealed to Russia")
        // ("назвал удар атакой и обвинил западные страны" too)
        boolean conjunct = (!st.tagged() || st.isVerb(c.trigger().firstToken())) && TriggerReadings.coordinated(st, c.trigger());
        boolean sameClause = candidates.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix)
                && !e.getKey().equals(weakKey) && st.clauseStart(e.getValue().trigger().firstToken()) == clause);
        if (sameClause && !conjunct) return;
        candidates.remove(weakKey);
        candidates.putIfAbsent(prefix + c.to().getId(), c);
    }

    /**
     * The sentence up to its first subordinate or relative clause: the date a later undated sentence inherits is the one
     * the sentence states for its own act ("Pashinyan accused the bloc of failing Armenia when forces crossed in 2022"
     * does not date what follows to 2022). Cut by word, without the tagger, so "as" or "that" may cut early: the date
     * is then not passed on, and the one before it stays.
     */
    static String leadingClause(Sentence sentence, FunctionWords words) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (words.opensSubordinate(w)) {
                return sentence.text().substring(0, tokens.get(i).start() - sentence.start());
            }
        }
        return sentence.text();
    }

    /**
     * A sentence's first {@link #MAX_SENTENCE_WORDS} words: news sentences are far shorter, and a "sentence" of
     * thousands of words (a list, a table, hostile input) is coded in its opening only, so coding stays linear in the
     * text. The evidence sentence of its events is that opening.
     */
    static Sentence capped(Sentence s, String text) {
        if (s.tokens().size() <= MAX_SENTENCE_WORDS) return s;
        List<Token> kept = s.tokens().subList(0, MAX_SENTENCE_WORDS);
        int end = kept.getLast().end();
        return new Sentence(s.index(), s.start(), end, text.substring(s.start(), end), kept);
    }

    private static boolean capitalisedAfterFirst(Sentence sentence) {
        for (int i = 1; i < sentence.tokens().size(); i++) if (sentence.tokens().get(i).isCapitalised()) return true;
        return false;
    }

    /**
     * Whether a sentence with no actor names a group that may act ("police", "protesters", "the country", "the sides",
     * "the three leaders").
     */
    private boolean namesAGroup(Sentence sentence, FunctionWords words) {
        for (Token t : sentence.tokens()) {
            String w = t.lower();
            if (participants.sector(w) != null || words.homeland().contains(w) || words.parties().contains(w)) return true;
        }
        return CountedGroups.named(sentence.tokens(), words); // "Три лидера договорились"
    }

    /** The language of a sentence by its writing system: {@code ru} (Cyrillic), {@code hy} (Armenian), else {@code en}. */
    static String language(Sentence sentence) {
        int cyrillic = 0, armenian = 0;
        for (Token t : sentence.tokens()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(t.lower().codePointAt(0));
            if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (script == Character.UnicodeScript.ARMENIAN) armenian++;
        }
        int words = sentence.tokens().size();
        return cyrillic * 2 > words ? "ru" : armenian * 2 > words ? "hy" : "en";
    }

    /**
     * Triggers that name an act. A one-word trigger that is a group's noun in {@code sectors.yaml} names who acts:
     * "Protesters marched" is a march by protesters, though "protest*" matches "protesters" (also "rioters",
     * "протестующие"); tagged sentences drop it only as a noun. A Russian noun after "о"/"об" (about) is a topic: "не
     * получала уведомления о выходе из ОДКБ" reports no exit.
     */
    private List<Trigger> actsOnly(SentenceStructure st, List<Trigger> found) {
        return found.stream()
                .filter(t -> t.length() > 1 || participants.sector(st.lower(t.firstToken())) == null
                        || st.tagged() && !st.taggedNoun(t.firstToken()))
                .filter(t -> st.tagged() || !UntaggedActs.topicOrReference(st, t))
                .filter(t -> !TriggerReadings.earlierActAsSubject(st, t, found))
                .filter(t -> !TriggerReadings.actAsTime(st, t))
                .toList();
    }

    /** Modal verbs that make a request of their subject when someone else says them ("X must …"). */
    private static final Set<String> MODAL_DEMANDS = Set.of("must", "должен", "должна", "должны", "должно");

    /** Whether the trigger is a modal demand of its subject ("X must …"; not "X must be compensated"). */
    private static boolean modalDemand(SentenceStructure st, Trigger trigger) {
        return MODAL_DEMANDS.contains(st.lower(trigger.firstToken())) && !TriggerReadings.passiveAfter(st, trigger.firstToken());
    }

    /**
     * The source and target participants of a trigger (the target may be null), or null when no source can be found.
     * In order: the clause's arguments ({@link Arguments}), with a modal demand's speaker as its source ("\"Azerbaijan
     * must release …,\" the ombudsman wrote"); "the sides" for the last two-sided event's parties; an organisation a
     * subject noun refers back to ("the court ruled"); a group noun as the agent, of the sentence's or article's country.
     */
    private Participant[] sidesOf(Scene scene, Arguments args, Trigger trigger, Set<Evidence> evidence) {
        if (RETRIBUTION.equals(trigger.mode())) return charged(scene, args, trigger, evidence); // "would face …": no doer needed
        if (args == Arguments.NO_DOER) return null;
        if (ALLEGATION.equals(trigger.mode())) return charged(scene, args, trigger, evidence);
        if (ReportedWrongs.MODE.equals(trigger.mode())) { // a charge without a trigger: only with its doer named
            Participant owner = args.source() == null ? ReportedWrongs.subjectOwner(scene.st(), scene.people(), trigger) : null;
            Arguments withDoer = owner == null ? args : new Arguments(owner, Evidence.SUBJECT, args.target(), args.targetEvidence());
            Participant[] pair = charged(scene, withDoer, trigger, evidence);
            return pair == null || pair[1] == null || pair[1] != withDoer.source() ? null : pair;
        }
        SentenceStructure st = scene.st();
        if (TriggerReadings.reportedRally(st, trigger, args.source())) return null; // "Песков заявил, что протесты … организованы извне"
        if (args.wantsGroupAgent()) { // "Pashinyan was criticised by opposition lawmakers"
            Participant group = sides.groupAgent(st, trigger, scene.people(), scene.sentenceCountry(), scene.articleCountry());
            if (group == null) return null;
            evidence.add(Evidence.AGENT);
            evidence.add(Evidence.ASSUMED_COUNTRY);
            evidence.add(Evidence.OBJECT);
            return new Participant[]{group, args.target()};
        }
        Participant source = args.source();
        Participant target = args.target();
        if (source != null && modalDemand(st, trigger)) {
            Participant speaker = Speakers.quoteSpeaker(st, scene.people(), trigger.firstToken());
            // "X must …" said by no one named: X is who is asked, the asker is unknown; "we must …": asks no one
            int subject = trigger.firstToken() - 1;
            if (speaker == null || subject >= st.first() && Speakers.FIRST_PERSON.contains(st.lower(subject))) return null;
            if (!Arguments.sameActor(speaker, source)) {
                target = source;
                source = speaker;
            }
        }
        Participant[] counted = countedSubject(scene, trigger, source, target); // "the three presidents agreed …"
        if (counted != null) {
            evidence.add(Evidence.SUBJECT);
            evidence.add(Evidence.OBJECT);
            evidence.add(Evidence.COUNTED);
            return counted;
        }
        // "the sides discussed …": the two sides of the last two-sided act, when no actor stands between the noun and the
        // trigger (Russian takes the first after it when none is before): "Biden welcomed Zelensky …, and the two
        // leaders held talks"
        Participant[] parties = sides.partiesAsSubject(st, trigger, () -> lastPair(scene, trigger));
        if (parties != null && (source == null || source.firstToken() > trigger.lastToken() || source.lastToken() < parties[0].firstToken())) {
            evidence.add(Evidence.SUBJECT);
            evidence.add(Evidence.OBJECT);
            return parties;
        }
        if (source != null && !st.tagged() && source.firstToken() > trigger.lastToken()) { // "Министр обвинил Запад …"
            Participant described = Sides.describedAsSubject(st, trigger, scene.describedBy());
            if (described != null && !Arguments.sameActor(described, source)) {
                evidence.add(Evidence.SUBJECT);
                evidence.add(Evidence.OBJECT);
                return new Participant[]{described, source};
            }
        }
        if (source != null) {
            evidence.add(args.sourceEvidence());
            if (target != null && GroupNouns.isGroup(target.actor().id())) target = partyAddressed(scene, trigger, source, target);
            if (target != null) evidence.add(args.targetEvidence() != null ? args.targetEvidence() : Evidence.OBJECT);
            return new Participant[]{source, target};
        }
        source = Sides.describedAsSubject(st, trigger, scene.describedBy()); // "The minister accused …"
        if (source == null) source = Sides.organisationAsSubject(st, trigger, scene.lastOrganisation());
        if (source == null) {
            source = sides.sectorAgent(st, trigger, scene.people(), scene.sentenceCountry(), scene.articleCountry());
            if (source != null) evidence.add(Evidence.ASSUMED_COUNTRY);
        }
        if (source == null && SPEECH_ACTS.contains(trigger.type())) source = firstConjunctSubject(st, scene.people(), trigger); // "X said …, which …, and asked Astana to …"
        if (source == null) return null;
        evidence.add(Evidence.SUBJECT);
        if (target == null || Arguments.sameActor(target, source)) target = Arguments.targetOf(st, scene.people(), trigger, source);
        if (target != null) evidence.add(Evidence.OBJECT);
        return new Participant[]{source, target};
    }

    /**
     * A verb right after "and" (auxiliaries and adverbs between) whose own clause gave no subject, where the conjunct it
     * belongs with lies beyond what {@link Arguments#coordinatedWith} reaches ("The Kyrgyz government called the
     * measures a blockade, said it would complain to the bloc, to which both countries belong, and asked Astana to …"):
     * the subject of the sentence's first verb, the first conjunct's; null when that has none or the sentence is untagged.
     * Asked for speech acts only ({@link #SPEECH_ACTS}): after a reported clause, another act may be that clause's
     * ("Zelensky said Russian troops had entered the town, and killed five civilians").
     */
    private static Participant firstConjunctSubject(SentenceStructure st, List<Participant> people, Trigger trigger) {
        if (!st.tagged() || !st.isVerb(trigger.firstToken())) return null;
        int k = Arguments.beforeVerbChain(st, trigger.firstToken()); // "and" in "and has since asked"
        if (k <= st.first() || !Arguments.COMPOUND.contains(st.lower(k))) return null;
        for (int v = st.first(); v < k; v++) {
            if (st.isVerb(v)) return Arguments.subjectOf(st, people, v, null);
        }
        return null;
    }

    /**
     * "The three presidents agreed …", "Officials of the two governments signed …", "три лидера подписали": a counted
     * group ({@link CountedGroups}) that is the trigger's subject acts. In English its noun (or "the leaders of" it) ends
     * the subject: only auxiliaries and adverbs stand between it and the trigger, no verb before it in the clause; in
     * Russian and Armenian its noun is right before the trigger. Two stand for the last two-sided act's sides (as "the
     * sides" do), more for the states named last ({@link Sides#countedStates}); the first acts, on the object named
     * after the trigger, else on the second (a mutual act). Null when there is no such group or too few are known.
     */
    private Participant[] countedSubject(Scene scene, Trigger trigger, Participant source, Participant target) {
        SentenceStructure st = scene.st();
        int start = st.clauseStart(trigger.firstToken());
        CountedGroups.Group group = CountedGroups.find(st, start, trigger.firstToken() - 1);
        while (group != null && !(group.noun() < trigger.firstToken() && endsSubject(st, group, trigger))) {
            group = CountedGroups.find(st, group.noun() + 1, trigger.firstToken() - 1); // "In the two capitals, the three leaders …"
        }
        if (group == null) return null;
        if (source != null && source.firstToken() > group.noun() && source.lastToken() < trigger.firstToken()) return null;
        if (!st.noVerb(start, group.count() - 1)) return null; // "… said the two countries"
        List<Participant> states = countedSides(scene, group, () -> lastPair(scene, trigger));
        if (states.isEmpty()) return null;
        if (target != null && target.firstToken() > trigger.lastToken() && states.stream().noneMatch(s -> Arguments.sameActor(s, target))) {
            return new Participant[]{states.getFirst(), target};
        }
        return new Participant[]{states.get(0), states.get(1)};
    }

    /**
     * Whether a counted group before the trigger is its subject's head (see {@link #countedSubject}): in Russian and
     * Armenian its noun right before the trigger, no preposition before the count ("между двумя странами"); in English
     * only auxiliaries and adverbs between its noun and the trigger, and before it no preposition ("relations between
     * the two countries") but "of" after the people who act for them ("the leaders of", "officials of": a counted noun
     * or a sector noun of {@code sectors.yaml}).
     */
    private boolean endsSubject(SentenceStructure st, CountedGroups.Group group, Trigger trigger) {
        int determiner = !st.tagged() || st.lower(group.count()).equals("both") ? group.count() : group.count() - 1; // "the", "all"
        int before = determiner - 1;
        boolean opensClause = before < st.clauseStart(trigger.firstToken());
        if (!st.tagged()) return group.noun() == trigger.firstToken() - 1 && (opensClause || !st.words().prepositions().contains(st.lower(before)));
        for (int i = group.noun() + 1; i < trigger.firstToken(); i++) {
            String tag = st.tag(i);
            if (!tag.equals("AUX") && !tag.equals("ADV") && !tag.equals("PART")) return false;
        }
        if (opensClause) return true;
        if (st.lower(before).equals("of")) { // "the leaders of the three countries", not "the economies of"
            String head = before > st.first() ? st.lower(before - 1) : "";
            return st.words().isCounted(head) || participants.sector(head) != null;
        }
        return !st.tag(before).equals("ADP"); // "relations between the two countries" are not the countries
    }

    /**
     * "urged the two countries to …", "told the three leaders", "призвал обе страны": the state of a counted group
     * ({@link CountedGroups}) whose count follows the trigger within {@link #COUNTED_REACH} words in its clause (two:
     * the last dispute's sides, as "both sides"; more: the states named last), the first that is not the source nor
     * of its state; null when none.
     */
    private Participant countedObject(Scene scene, Trigger trigger, Participant source) {
        SentenceStructure st = scene.st();
        int end = Math.min(st.clauseEnd(trigger.lastToken()), trigger.lastToken() + COUNTED_REACH);
        CountedGroups.Group group = CountedGroups.find(st, trigger.lastToken() + 1, end);
        if (group == null) return null;
        java.util.function.Supplier<EventActor[]> dispute = () -> {
            Event last = EarlierEvents.lastDispute(scene.explained());
            return last == null || last.getTarget() == null ? lastPair(scene, trigger) : new EventActor[]{last.getSource(), last.getTarget()};
        };
        return otherSide(countedSides(scene, group, dispute), source);
    }

    /** The first of {@code parties} that is neither {@code source} nor of its state ("urged both sides": the one it is not); null when none. */
    private Participant otherSide(List<Participant> parties, Participant source) {
        String own = sides.ownCountry(source);
        for (Participant party : parties) {
            if (!Arguments.sameActor(party, source) && (own == null || !own.equals(sides.ownCountry(party)))) return party;
        }
        return null;
    }

    /**
     * The sides a counted group stands for, as participants at its noun: for two, those of {@code lastPair} (null: none)
     * when they are of two states;
     * for more, the states named last ({@link Sides#countedStates}); empty when unknown.
     */
    private List<Participant> countedSides(Scene scene, CountedGroups.Group group, java.util.function.Supplier<EventActor[]> lastPair) {
        if (group.size() > 2) return sides.countedStates(group, scene.statesNamed(), scene.people());
        EventActor[] pair = lastPair.get(); // two states: not a state and its own capital or body
        if (pair == null || !ActorEntry.isStateCode(pair[0].getCountryCode()) || !ActorEntry.isStateCode(pair[1].getCountryCode())
                || Objects.equals(pair[0].getCountryCode(), pair[1].getCountryCode())) return List.of();
        return List.of(sides.party(pair[0], group.noun()), sides.party(pair[1], group.noun()));
    }

    /** Words after a trigger within which a counted group's count may stand as its object ("invited the two foreign ministers"). */
    static final int COUNTED_REACH = 3;

    /**
     * "urged both nuclear-armed neighbours to show restraint": a group of states counted as two is the last dispute's
     * sides ({@link Sides#partiesAsObject}, when the noun it reads is this group's own), the first that is neither the
     * source nor of its country; else {@code group} as it was.
     */
    private Participant partyAddressed(Scene scene, Trigger trigger, Participant source, Participant group) {
        Participant[] addressed = sides.partiesAsObject(scene.st(), trigger, EarlierEvents.lastDispute(scene.explained()));
        if (addressed == null) { // "urged the five governments to …": a count of more than two, or no dispute before
            Participant counted = countedObject(scene, trigger, source);
            return counted != null && counted.firstToken() == group.lastToken() ? counted : group;
        }
        if (addressed[0].firstToken() != group.lastToken()) return group; // "protesters from both countries"
        Participant party = otherSide(java.util.Arrays.asList(addressed), source);
        return party != null ? party : group;
    }

    /** The mode of a wrong that someone charges in reported speech (the lexicons' {@code mode: allegation}). */
    private static final String ALLEGATION = "allegation";
    /** The mode of a harm someone is told they will suffer ("would pay for what it had done"): sides as an allegation's. */
    private static final String RETRIBUTION = "retribution";
    /**
     * The mode of a verb that is an act only when its object is an actor named right after it ({@link #OBJECT_REACH}
     * words at most): "recognised Guaido", "признала Исламский Эмират Афганистан" (but "recognised the need").
     */
    private static final String NAMED_OBJECT = "named object";
    /** Words after a {@link #NAMED_OBJECT} verb within which its object's name must begin ("recognised the Taliban"). */
    private static final int OBJECT_REACH = 3;

    /**
     * The object of a {@link #NAMED_OBJECT} verb: an actor named within {@link #OBJECT_REACH} words after it, itself the
     * object and not the owner or the adjective of another noun ("recognised Azerbaijan's territorial integrity",
     * "recognises Armenian genocide"); else null.
     */
    private static Participant namedObject(SentenceStructure st, List<Participant> people, Trigger trigger, Participant source) {
        Participant object = Targets.object(st, people, trigger, source);
        if (object == null || object.possessor() || object.firstToken() <= trigger.lastToken()
                || object.firstToken() > trigger.lastToken() + OBJECT_REACH) return null;
        int last = object.lastToken();
        if (last + 2 <= st.last() && st.lower(last + 1).equals("as") && st.lower(last + 2).equals("part")) return null; // "recognised Karabakh as part of Azerbaijan": another's claim
        boolean adjective = st.tagged() ? st.tag(last).equals("ADJ") // a Russian surname declines as an adjective ("Зеленского")
                : !object.actor().isPerson() && ProperNames.russianAdjective(st.lower(last));
        return adjective ? null : object;
    }

    /**
     * A wrong charged in reported speech ("Moscow said the step violated the agreements", "…, saying Baku had failed to
     * honour its commitments") is an accusation: the speaker ({@link Speakers}) accuses the wrong's doer, the subject
     * or agent of its clause, which may be unnamed ("the step"). A harm promised in reported speech ({@link #RETRIBUTION}:
     * "said Armenia would pay for what it had done") is read the same way, the speaker threatening the clause's subject,
     * or the one the verb of speech addresses ("told Tehran that …"), or the trigger's object. With no speaker the
     * sentence narrates the wrong and nobody accuses anyone: null.
     */
    private static Participant[] charged(Scene scene, Arguments args, Trigger trigger, Set<Evidence> evidence) {
        SentenceStructure st = scene.st();
        Participant doer = args.source();
        int said = Speakers.reportingVerbBefore(st, trigger.firstToken());
        Participant speaker = Speakers.speakerOf(st, scene.people(), said, scene.previous()); // before a partial quote's speaker: "Biden said … Putin had “committed war crimes”"
        if (speaker == null) speaker = Speakers.quoteSpeaker(st, scene.people(), trigger.firstToken());
        if (speaker == null) return null;
        if (doer != null && Arguments.sameActor(speaker, doer)) doer = null;
        if (RETRIBUTION.equals(trigger.mode()) && said >= 0) { // "told Tehran that … would carry serious consequences": the one told
            Participant told = addressee(scene.people(), said, trigger.firstToken());
            if (told != null && !Arguments.sameActor(told, speaker)) doer = told;
        }
        if (doer == null && said >= 0) doer = Arguments.lastActorBetween(scene.people(), said, trigger.firstToken());
        if (doer == null && RETRIBUTION.equals(trigger.mode())) doer = args.target(); // "warned of serious consequences for Moscow"
        evidence.add(Evidence.SUBJECT);
        if (doer != null) evidence.add(Evidence.OBJECT);
        return new Participant[]{speaker, doer};
    }

    /** Words between a verb of speech and the one it addresses ("told Tehran", "warned the Kremlin"). */
    private static final int ADDRESSEE_REACH = 2;

    /** The actor a verb of speech at {@code said} addresses: one starting within {@link #ADDRESSEE_REACH} words after it, before {@code to}. */
    private static Participant addressee(List<Participant> people, int said, int to) {
        for (Participant p : people) {
            if (p.firstToken() > said && p.firstToken() <= said + ADDRESSEE_REACH && p.lastToken() < to && !p.locative() && !p.possessor()) return p;
        }
        return null;
    }

    /**
     * One sentence as its triggers are coded, and what the fallbacks for an unnamed target read: the sentence, its
     * people (with its group nouns, and without the seats of others: {@code sided}) and countries, and the article so far
     * ({@code previous}: the source a pronoun subject stands for, may be null).
     */
    private record Scene(SentenceStructure st, List<Participant> people, String sentenceCountry, String articleCountry,
                         ActorEntry lastOrganisation, java.util.function.Function<String, ActorEntry> describedBy,
                         List<Coded> explained, List<Trigger> triggers, List<Participant> lastPeople,
                         Map<String, Candidate> candidates, Participant previous, Sentence sentence, boolean inHeadline,
                         String language, GroupsOnce withGroups, List<Participant> sided,
                         NamedStates statesNamed) {}

    /**
     * The target when the clause names none, from the most to the least direct: the antecedent of an object relative
     * pronoun (", whom Pashinyan thanked"), an organisation a noun refers back to
     * ("left the bloc"), the accuser a denial answers, the place of the act, the owner of "its territory", the two sides
     * "both sides" stands for, a group noun after the trigger, and for a domestic kind of act the source's own state;
     * null when none applies.
     */
    private EventActor unnamedTarget(Scene scene, Trigger trigger, EventType type, Participant source, EventActor from,
                                     Set<Evidence> evidence) {
        SentenceStructure st = scene.st();
        EventActor to = aimedAt(scene, Targets.relativeObject(st, scene.people(), trigger, source), source, from, // ", whom Pashinyan thanked"
                Evidence.OBJECT, false, evidence);
        if (to != null) return to;
        to = aimedAt(scene, Targets.actOwner(st, scene.people(), trigger, source, w -> participants.sector(w) != null), source, from, // ", an offer Yerevan turned down"
                Evidence.OBJECT, false, evidence);
        if (to != null) return to;
        to = aimedAt(scene, Targets.pronounObjectBefore(st, trigger, scene.lastPeople(), source), source, from, // "Aliyev met Putin. Later Aliyev thanked him"
                Evidence.PRONOUN, false, evidence);
        if (to != null) return to;
        to = Sides.organisationReferredTo(st, trigger, organisationBefore(scene, trigger), evidence);
        if (to != null && sides.distinctSides(from, to)) return to;
        to = Sides.organisationDescribed(st, trigger, scene.describedBy(), evidence); // "urged the court to …"
        if (to != null && sides.distinctSides(from, to)) return to;
        if (type == EventType.REJECT && !evidence.contains(Evidence.REFUSED)) {
            to = EarlierEvents.replyTo(scene.explained(), from, evidence);
            if (to != null) return to;
        }
        if (REACTIONS.contains(type)) { // "called the decision a reckless provocation by Vilnius"
            to = aimedAt(scene, Targets.doerOfCharacterisedAct(st, scene.people(), trigger, source), source, from, Evidence.OBJECT, false, evidence);
            if (to != null) return to;
        }
        if (REACTIONS.contains(type) && Sides.refersToPriorAct(st, trigger, scene.triggers())) { // "Minsk called the decision hostile"
            Trigger act = Sides.referredAct(st, trigger, scene.triggers());
            to = EarlierEvents.priorActor(scene.explained(), from, act == null ? null : act.type(), evidence);
            if (to != null) return to;
        }
        if (type == EventType.THREATEN) { // "warned that if Iran began a new round …, Israel would respond"
            to = aimedAt(scene, Targets.conditionSubject(st, scene.people(), source), source, from, Evidence.OBJECT, true, evidence);
            if (to != null) return to;
            to = EarlierEvents.lastAggressor(scene.explained(), from, evidence); // "Tehran vowed to respond": to whoever last acted against it
            if (to != null) return to;
        }
        to = sides.placeAsTarget(st, scene.people(), trigger, from, scene.sentenceCountry(), scene.articleCountry(), evidence);
        if (to != null) return to;
        to = aimedAt(scene, Targets.possessedObject(st, scene.people(), trigger, source), source, from, Evidence.PRONOUN, false, evidence);
        if (to != null) return to;
        Participant[] addressed = sides.partiesAsObject(st, trigger, EarlierEvents.lastDispute(scene.explained())); // "urged both sides to …"
        if (addressed != null) {
            EventActor chosen = null;
            for (Participant party : addressed) {
                EventActor side = sides.side(st, party, source, scene.sentenceCountry(), scene.articleCountry(), evidence);
                if (chosen == null && sides.distinctSides(from, side)) chosen = side;
            }
            if (chosen != null) {
                evidence.add(Evidence.OBJECT);
                return chosen;
            }
        }
        Participant counted = countedObject(scene, trigger, source); // "told the three leaders", "призвал обе страны"
        if (counted != null) {
            EventActor side = sides.side(st, counted, source, scene.sentenceCountry(), scene.articleCountry(), evidence);
            if (sides.distinctSides(from, side)) {
                evidence.add(Evidence.OBJECT);
                evidence.add(Evidence.COUNTED);
                return side;
            }
        }
        to = sides.sectorPatient(st, trigger, type, from, scene.people(), scene.sentenceCountry(), scene.articleCountry(), evidence);
        if (to != null) return to;
        return DOMESTIC.contains(type) ? sides.ownState(from, type, evidence) : null;
    }

    /**
     * {@code candidate} (may be null) as the target of an act by {@code from}, with {@code found} as the evidence of how
     * it was found: its side ({@link Sides#side}), when that is distinct from the source's (and of another country, if
     * {@code otherCountry}); else null.
     */
    private EventActor aimedAt(Scene scene, Participant candidate, Participant source, EventActor from, Evidence found,
                               boolean otherCountry, Set<Evidence> evidence) {
        if (candidate == null) return null;
        EventActor to = sides.side(scene.st(), candidate, source, scene.sentenceCountry(), scene.articleCountry(), evidence);
        if (!sides.distinctSides(from, to) || otherCountry && Objects.equals(from.getCountryCode(), to.getCountryCode())) return null;
        evidence.add(found);
        return to;
    }

    /**
     * The intergovernmental organisation a referring noun after the trigger ("the bloc") stands for: the last one named
     * before the trigger in its sentence ("… exercises of the CSTO since 2023 and has frozen its participation in the
     * bloc"), else the last one named before the sentence; null when none.
     */
    private static ActorEntry organisationBefore(Scene scene, Trigger trigger) {
        ActorEntry found = scene.lastOrganisation();
        for (Participant p : scene.people()) {
            if (p.lastToken() < trigger.firstToken() && p.actor().isIntergovernmental()) found = p.actor();
        }
        return found;
    }

    /**
     * Acts of speech that are aimed at someone (a charge, a demand, a refusal): with no target found otherwise, at the
     * nearest actor of another country in the sentence ({@link Targets#nearestNamed}).
     */
    static final Set<EventType> SPEECH_ACTS = Set.of(EventType.ACCUSE, EventType.REQUEST, EventType.REJECT);

    /**
     * A retreat from a town or a region of the side's own state ("Ukrainian forces withdrew from Avdiivka", "ordered
     * units to retreat from Bakhmut"): the place is no target, the state does not act on itself.
     */
    private static boolean retreatHome(Trigger coded, Participant target, EventActor from, EventActor to) {
        return coded.type() == EventType.RETREAT && target != null && target.actor().kind().equals("place")
                && from.getCountryCode() != null && from.getCountryCode().equals(to.getCountryCode());
    }

    /**
     * The mode of a command to the source's own forces with no act ordered ("ordered troops to the border"): the forces
     * are put to use (MOBILIZE), or withdrawn when ordered "back" (RETREAT).
     */
    static final String COMMAND = "command";

    /**
     * The verb of the infinitive right after the commanded forces' noun ("ordered the army to attack …", "… not to
     * respond"), the act ordered; -1 when none follows ("ordered troops to the border", "ordered units closer").
     */
    private static int orderedVerb(SentenceStructure st, int forces) {
        int to = forces + 1;
        if (to <= st.last() && st.lower(to).equals("not")) to++;
        return to < st.last() && st.lower(to).equals("to") && st.tag(to).equals("PART") ? to + 1 : -1;
    }

    /** Acts that answer an earlier one ("called the decision hostile", "agreed to the request", "welcomed the move"). */
    static final Set<EventType> REACTIONS = Set.of(EventType.ACCUSE, EventType.REJECT, EventType.SUPPORT, EventType.AGREE,
            EventType.CONCEDE);

    /**
     * The two sides of the last act with a target before {@code trigger}: one coded earlier in its own sentence, else
     * the article's last ({@link EarlierEvents#lastTwoSided}); null when none.
     */
    private static EventActor[] lastPair(Scene scene, Trigger trigger) {
        EventActor[] pair = null;
        for (Candidate c : scene.candidates().values()) {
            if (c.to() != null && c.trigger().lastToken() < trigger.firstToken()) pair = new EventActor[]{c.from(), c.to()};
        }
        if (pair != null) return pair;
        Event last = EarlierEvents.lastTwoSided(scene.explained());
        return last == null ? null : new EventActor[]{last.getSource(), last.getTarget()};
    }

    /** Tokens between a side and its trigger (either way) beyond which the side is {@link Evidence#FAR_SOURCE} or far target. */
    static final int NEAR = 8;

    /**
     * Triggers to code with their clause, in text order: overlapping matches resolved in favour of the longer (then the
     * heavier), triggers inside an actor's name dropped. Of each clause only the first that has a doer is coded (its
     * main act; later ones are its complements): "said that removing the sanctions on Burma is out of the question"
     * is a refusal, since the sanctions have no one imposing them.
     */
    private static List<Map.Entry<Integer, Trigger>> perClause(SentenceStructure st, List<Trigger> found, List<Participant> people) {
        List<Trigger> sorted = found.stream()
                .filter(t -> people.stream().noneMatch(p -> p.firstToken() <= t.firstToken() && t.firstToken() <= p.lastToken()))
                .sorted(Comparator.comparingInt(Trigger::firstToken)
                        .thenComparing(Comparator.comparingInt(Trigger::length).reversed())
                        .thenComparing(Comparator.comparingDouble(Trigger::weight).reversed()))
                .toList();
        List<Map.Entry<Integer, Trigger>> chosen = new ArrayList<>();
        Map<Integer, Integer> ownActIn = new HashMap<>(); // a clause's last verb that is an act of its own, by the clause's first word
        int coveredTo = -1;
        for (Trigger t : UntaggedActs.withoutComplements(st, sorted)) {
            if (t.firstToken() <= coveredTo) continue;
            coveredTo = t.lastToken();
            // a verb coordinated with an earlier one is an act of its own ("condemned the drills and summoned …")
            // and so is a participle adjunct ("condemned the deal, accusing Paris of …")
            boolean ownVerb = st.isVerb(t.firstToken())
                    && (Arguments.coordinatedWith(st, t.firstToken()) >= 0 || Arguments.participialHead(st, t) >= 0
                        || Arguments.listedWith(st, t.firstToken()) >= 0) // "criticised Moscow, accused the CSTO … and …"
                    || UntaggedActs.conjunct(st, t) // "назвала шаг враждебным и пообещала, что …"
                    || UntaggedActs.verbalAdverb(st, t); // "объявил …, обвинив их в …"
            boolean ownAct = ownVerb || TriggerReadings.meetingAsSetting(st, t) // "thanked Putin … during a meeting in Moscow": the meeting happened too
                    || ApposedReaction.apposedNoun(st, t) >= 0; // "Russia expelled two diplomats, a step denounced by Tallinn"
            int aside = TriggerReadings.asideHolding(st, t);
            if (aside < 0) aside = UntaggedActs.prepositiveParticiple(st, t, people); // "Находившийся с визитом в Дели министр …"
            int start = st.clauseStart(t.firstToken());
            // what follows an act of its own in its clause is that act's complement ("warned that … and urged Tbilisi to
            // withdraw its forces": the withdrawal is asked for, not done)
            int clause = ownAct ? -1 - t.firstToken() : aside >= 0 ? -1 - aside : ownActIn.getOrDefault(start, start);
            if (ownVerb) ownActIn.put(start, clause);
            chosen.add(Map.entry(clause, t));
        }
        return chosen;
    }

    /**
     * "Tehran has protested to Baku", "handed the ambassador a note of protest": the word "protest" with a government as
     * its doer is a complaint, not a demonstration (a rally, a march or a boycott stays a protest). English only: the
     * Russian and Armenian lexicons tell a note of protest from a rally themselves.
     */
    private boolean governmentProtest(SentenceStructure st, Trigger t, EventActor doer) {
        if (!st.tagged() || !sides.government(doer)) return false;
        for (int i = t.firstToken(); i <= t.lastToken(); i++) if (st.lower(i).startsWith("protest")) return true;
        return false;
    }

    /**
     * The date the sentence gives the event: one in the trigger's own clause, else in a main clause (never a
     * subordinate one: "failed to respond … in 2021" does not date the freeze); null when it gives none (the caller
     * falls back on the last date named before, then the publication date).
     */
    private static EventDate statedDate(SentenceStructure st, Trigger t, LocalDate published) {
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        String text = st.textBetween(start, end);
        EventDate own = EventDates.find(text, published);
        if (own != null) return own;
        for (int c = st.first(); c <= st.last(); c = st.clauseEnd(c) + 1) {
            if (st.subordinateClause(c) || c == start) continue;
            EventDate main = EventDates.find(st.textBetween(c, st.clauseEnd(c)), published);
            if (main != null) return main;
        }
        return null;
    }

    /**
     * The person a sentence is about, for a later "he": the first it names as a participant (not a place, not a
     * possessor) that no preposition governs ("After a meeting with Mark Rutte, the US President said …": the
     * president), else the first one, else {@code otherwise}.
     */
    private static Participant firstPerson(List<Participant> people, List<Token> tokens, FunctionWords words, Participant otherwise) {
        Participant first = null;
        for (Participant p : people) {
            if (p.locative() || p.possessor() || !p.actor().isPerson()) continue;
            if (first == null) first = p;
            int before = p.firstToken() - 1;
            if (before < 0 || !words.targets().contains(tokens.get(before).lower())) return p;
        }
        return first != null ? first : otherwise;
    }

    /** Where the headline and the lead end: the end of the second sentence (the first when there is one), in characters. */
    private static int leadEnd(List<Sentence> sentences) {
        return sentences.isEmpty() ? 0 : sentences.get(Math.min(1, sentences.size() - 1)).end();
    }

    /**
     * Which triggers of a sentence may still be coded (see {@link #perClause}): a clause's act is its first trigger that
     * has a doer; after one without, a later trigger of another type may be the act, unless the clause is a passive that
     * names no doer or a trigger was coded after the clause began (the later one is that act's complement: "called on
     * Moscow to withdraw"). One per sentence.
     */
    private static final class ClauseActs {
        private final Set<Integer> done = new HashSet<>();            // act coded, or known to have no doer
        private final Map<Integer, Set<EventType>> tried = new HashMap<>(); // types tried without a doer found
        private int lastCoded = -1;                                     // first word of the last trigger coded

        boolean mayCode(int clause, Trigger t) {
            if (done.contains(clause) || tried.getOrDefault(clause, Set.of()).contains(t.type())) return false;
            return !triedBefore(clause) || lastCoded <= clause;
        }

        boolean triedBefore(int clause) {
            return tried.containsKey(clause);
        }

        void noDoer(int clause, Trigger t, Arguments args) {
            if (args == Arguments.NO_DOER || args.wantsGroupAgent()) done.add(clause); // a passive that names none
            tried.computeIfAbsent(clause, c -> java.util.EnumSet.noneOf(EventType.class)).add(t.type());
        }

        void coded(int clause, Trigger t) {
            done.add(clause);
            lastCoded = t.firstToken();
        }
    }

    /** A sentence's participants with its group nouns ({@link GroupNouns}), read once and only when first needed. */
    private final class GroupsOnce {
        private final List<Participant> people;
        private final SentenceStructure st;
        private List<Participant> withGroups;

        GroupsOnce(List<Participant> people, SentenceStructure st) {
            this.people = people;
            this.st = st;
        }

        List<Participant> get() {
            if (withGroups == null) withGroups = groupNouns.addTo(people, st);
            return withGroups;
        }
    }

    /** Kinds of cooperation, which a state's government does not do with its own state or its unnamed people. */
    private static final Set<EventType> COOPERATION = Set.of(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT,
            EventType.COOPERATE, EventType.AID);

    /**
     * "Putin offered Russian cartographers to help …": a governing source's cooperation aimed at its own state as a whole
     * (or its government) is what it offers or sends, not the one it cooperates with.
     */
    private boolean cooperationAtHome(EventType type, EventActor from, EventActor to) {
        return COOPERATION.contains(type) && sides.isState(to) && Sides.governing(to) && ActorEntry.isStateCode(from.getCountryCode())
                && from.getCountryCode().equals(to.getCountryCode()) && Sides.governing(from);
    }

    /**
     * "Ukrainian authorities began evacuating residents": a retreat is from an adversary; its own country's civilians
     * moved to safety are not the side it retreats from.
     */
    private static boolean evacuation(EventType type, EventActor from, EventActor to) {
        return type == EventType.RETREAT && GroupNouns.isGroup(to.getId()) && "CVL".equals(to.getSector())
                && to.getCountryCode() != null && to.getCountryCode().equals(from.getCountryCode());
    }

    /** Events are the same story when type and both sides (actor and sector) agree. */
    private static String sideKey(EventActor a) {
        return a == null ? "" : a.getId() + "/" + (a.getSector() == null ? "" : a.getSector());
    }

    /** An event found in a sentence, before it is compared with the sentence's others and the article's earlier ones. */
    private record Candidate(Trigger trigger, Trigger coded, Modality modality, Set<Evidence> evidence, EventActor from,
                             EventActor to, Participant source) {
        /** The same act aimed at {@code target}, found as an object ("demanding that the government …"). */
        Candidate withTarget(EventActor target) {
            Set<Evidence> found = java.util.EnumSet.copyOf(evidence);
            found.remove(Evidence.DOMESTIC);
            found.add(Evidence.OBJECT);
            return new Candidate(trigger, coded, modality, found, from, target, source);
        }
    }

    /** What an event asserts: its trigger (type and mode), how sure the verb is, and the evidence for its sides. */
    private record Act(Trigger trigger, Modality modality, Set<Evidence> evidence) {}

    /** The article an event belongs to: its id (event ids derive from it), URL and tokens (for evidence offsets). */
    private record ArticleRef(String id, String url, List<Token> tokens) {}

    private Event event(Act act, EventActor from, EventActor to, Participant location, Sentence s, EventDate date, ArticleRef article) {
        Trigger t = act.trigger();
        Modality modality = act.modality();
        Set<Evidence> evidence = act.evidence();
        double confidence = Confidence.bundled().of(evidence, t.type(), t.pattern(), SourceKind.of(from, dictionary));
        String id = ContentHash.articleId(article.id() + ":" + article.tokens().get(t.firstToken()).start() + ":" + t.type());
        return Event.newBuilder()
                .setId(id).setType(t.type()).setMode(t.mode())
                .setSource(from).setTarget(to)
                .setDate(date.date()).setDatePrecision(date.precision())
                .setLocation(location == null ? null : new EventActor(location.actor().id(), location.actor().name(),
                        location.actor().country(), null))
                .setNegated(modality == Modality.NEGATED)
                .setModality(switch (modality) {
                    case NEGATED -> evidence.contains(Evidence.REFUSED) ? "refused" : "negated";
                    case FUTURE -> !evidence.contains(Evidence.PROMISED) ? null : t.type() == EventType.THREATEN ? "threatened" : "promised";
                    case HYPOTHETICAL -> "hypothetical";
                    case ASSERTED -> null;
                })
                .setSentence(s.text()).setSentenceStart(s.start()).setSentenceEnd(s.end())
                .setConfidence(confidence).setConfident(confidence >= confidentAt && Collections.disjoint(evidence, NOT_HAPPENED))
                .setArticleId(article.id()).setUrl(article.url())
                .build();
    }
}
