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
 *   <li>the verb chain before the trigger: negation turns cooperation into REJECT and marks other acts as not having
 *       happened; a future or plan turns material conflict into THREATEN and cooperation into AGREE; "could", "is
 *       considering", "if" mark the act as hypothetical;</li>
 *   <li>sides checked: never the same actor on both, never the source's own state or government as its target;</li>
 *   <li>an actor without a country (an unknown person, "police", "protesters") takes the sentence's country, else the
 *       article's most named one;</li>
 *   <li>the date from the trigger's own clause, else from the sentence's main clauses, else the last dated sentence,
 *       else the publication date; the place is a country or place named after "in"/"near" in the clause;</li>
 *   <li>confidence from the {@link Evidence} found; {@code confident} at or above {@link Evidence#THRESHOLD};</li>
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
    static final Set<EventType> MATERIAL_CONFLICT = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);
    static final Set<EventType> TURN_TO_AGREE = Set.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE, EventType.CONCEDE,
            EventType.CONSULT);
    static final Set<EventType> NEGATED_IS_REJECT = Set.of(EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE,
            EventType.CONSULT, EventType.AID, EventType.CONCEDE);
    static final int VERB_CHAIN = 6;
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
    private final ActorDictionary dictionary;

    /** @param lexicons trigger lexicons by ISO 639-1 code; {@code en} is required (the fallback) */
    public EventCoder(Map<String, EventLexicon> lexicons, ActorDictionary dictionary) {
        if (!lexicons.containsKey("en")) throw new IllegalArgumentException("an English lexicon is required");
        this.lexicons = Map.copyOf(lexicons);
        this.functionWords = FunctionWords.bundled();
        this.participants = Participants.english(code -> dictionary.country(code).orElse(null));
        this.dictionary = dictionary;
    }

    /** The bundled lexicons: English, Russian, Armenian. */
    public static EventCoder bundled(ActorDictionary dictionary) {
        return new EventCoder(Map.of("en", EventLexicon.english(), "ru", EventLexicon.bundled("ru"), "hy", EventLexicon.bundled("hy")),
                dictionary);
    }

    /**
     * @param text      the article text
     * @param tokens    its tokens
     * @param sentences its sentences
     * @param mentions  its actor mentions (from the actor stage)
     * @param published publication date, or null
     * @param articleId article id (for event ids)
     * @param url       article URL, or null
     */
    public List<Event> code(String text, List<Token> tokens, List<Sentence> sentences, List<ActorMention> mentions,
                            LocalDate published, String articleId, String url) {
        return explain(text, tokens, sentences, mentions, published, articleId, url).stream().map(Coded::event).toList();
    }

    /** An event with the evidence its confidence was computed from (calibration, debugging). */
    record Coded(Event event, Set<Evidence> evidence) {}

    /** {@link #code} with each event's evidence. */
    List<Coded> explain(String text, List<Token> tokens, List<Sentence> sentences, List<ActorMention> mentions,
                        LocalDate published, String articleId, String url) {
        List<Coded> explained = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String articleCountry = mostNamedCountry(mentions);
        Participant previousSource = null;
        EventDate lastDate = null;
        for (Sentence whole : sentences) {
            if (whole.tokens().isEmpty()) continue;
            Sentence sentence = capped(whole, text);
            String language = language(sentence);
            List<Trigger> triggers = lexicons.getOrDefault(language, lexicons.get("en")).find(sentence.tokens());
            EventDate sentenceDate = EventDates.find(sentence.text(), published);
            if (triggers.isEmpty()) {
                if (sentenceDate != null) lastDate = sentenceDate;
                continue;
            }
            List<Participant> people = participants.of(sentence, tokens, mentions, text);
            if (people.isEmpty() && !namesAGroup(sentence, functionWords.get(language))) { // no one to act: skip the tagger
                if (sentenceDate != null) lastDate = sentenceDate;
                continue;
            }
            SentenceStructure st = SentenceStructure.of(text, tokens, sentence, functionWords.get(language), language.equals("en"));
            Set<String> sentenceKeys = new HashSet<>();
            Participant sentenceSource = null;
            for (Trigger trigger : firstPerClause(st, triggers, people)) {
                Arguments args = Arguments.find(st, people, trigger, previousSource, language);
                Set<Evidence> evidence = Evidence.none();
                Participant source = args.source();
                Participant target = args.target();
                if (source == null) {
                    source = sectorAgent(st, trigger, sentenceCountry(people), articleCountry);
                    if (source == null) continue;
                    evidence.add(Evidence.SUBJECT);
                    evidence.add(Evidence.ASSUMED_COUNTRY);
                    target = Arguments.targetOf(st, people, trigger, source);
                    if (target != null) evidence.add(Evidence.OBJECT);
                } else {
                    evidence.add(args.sourceEvidence());
                    if (target != null) evidence.add(args.targetEvidence());
                }
                Modality modality = modality(st, trigger);
                Trigger coded = recode(trigger, modality, evidence);
                if (target == null && coded.type() == EventType.CONSULT) target = hostingPlace(st, people, coded, source, evidence);

                if (coded.length() > 1) evidence.add(Evidence.PHRASE);
                if (st.isVerb(trigger.firstToken())) evidence.add(Evidence.VERB);
                if (!st.tagged()) evidence.add(Evidence.UNTAGGED);
                if (sentence.text().stripTrailing().endsWith("?")) evidence.add(Evidence.QUESTION);
                EventActor from = side(source, sentenceCountry(people), articleCountry, evidence);
                EventActor to = target == null ? null : side(target, sentenceCountry(people), articleCountry, evidence);
                if (to != null && !distinctSides(from, to)) {
                    to = null;
                    evidence.remove(Evidence.OBJECT);
                    evidence.remove(Evidence.PLACE);
                }
                if (to == null) to = organisationReferredTo(st, trigger, mentions, sentence, evidence);
                if (to == null && coded.type() == EventType.REJECT && !events.isEmpty()) to = replyTo(events.getLast(), from, evidence);
                if (to == null) to = placeAsTarget(st, people, trigger, from, sentenceCountry(people), articleCountry, evidence);
                if (to == null && DOMESTIC.contains(coded.type())) to = ownState(from, evidence);
                if (!sentenceKeys.add(coded.type() + "|" + from.getId())) continue; // one event per actor, type and sentence
                if (!seen.add(coded.type() + "|" + sideKey(from) + "|" + sideKey(to))) continue;
                EventDate date = date(st, trigger, published, lastDate);
                Participant place = place(st, people, trigger);
                Event event = event(coded, modality, from, to, place, sentence, date, evidence, tokens, articleId, url);
                events.add(event);
                explained.add(new Coded(event, Set.copyOf(evidence)));
                if (sentenceSource == null && evidence.contains(Evidence.SUBJECT)) sentenceSource = source;
            }
            if (sentenceDate != null) lastDate = sentenceDate;
            previousSource = sentenceSource != null ? sentenceSource : people.stream()
                    .filter(p -> !p.locative() && !p.possessor() && p.actor().isPerson()).findFirst().orElse(previousSource);
        }
        return explained;
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

    /** Whether a sentence with no actor names a group that may act ("police", "protesters", "the country"). */
    private boolean namesAGroup(Sentence sentence, FunctionWords words) {
        for (Token t : sentence.tokens()) if (participants.sector(t.lower()) != null || words.homeland().contains(t.lower())) return true;
        return false;
    }

    /** The language of a sentence by its writing system: {@code ru} (Cyrillic), {@code hy} (Armenian), else {@code en}. */
    static String language(Sentence sentence) {
        int cyrillic = 0, armenian = 0;
        for (Token t : sentence.tokens()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(t.lower().codePointAt(0));
            if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (script == Character.UnicodeScript.ARMENIAN) armenian++;
        }
        int half = sentence.tokens().size();
        return cyrillic * 2 > half ? "ru" : armenian * 2 > half ? "hy" : "en";
    }

    /**
     * Triggers to code: overlapping matches resolved in favour of the longer (then the heavier), triggers inside an
     * actor's name dropped, and of each clause only the first (its main act; later ones are its complements).
     */
    private static List<Trigger> firstPerClause(SentenceStructure st, List<Trigger> found, List<Participant> people) {
        List<Trigger> sorted = found.stream()
                .filter(t -> people.stream().noneMatch(p -> p.firstToken() <= t.firstToken() && t.firstToken() <= p.lastToken()))
                .sorted(Comparator.comparingInt(Trigger::firstToken)
                        .thenComparing(Comparator.comparingInt(Trigger::length).reversed())
                        .thenComparing(Comparator.comparingDouble(Trigger::weight).reversed()))
                .toList();
        List<Trigger> chosen = new ArrayList<>();
        Set<Integer> clauses = new HashSet<>();
        int coveredTo = -1;
        for (Trigger t : sorted) {
            if (t.firstToken() <= coveredTo) continue;
            coveredTo = t.lastToken();
            if (clauses.add(st.clauseStart(t.firstToken()))) chosen.add(t);
        }
        return chosen;
    }

    /** How sure the verb chain before the trigger says the act is. */
    enum Modality { ASSERTED, NEGATED, FUTURE, HYPOTHETICAL }

    /**
     * Reads the words right before the trigger that belong to its verb ("did not", "will", "plans to", "could be
     * considering"), and a clause opened by "if"/"whether".
     */
    private static Modality modality(SentenceStructure st, Trigger t) {
        FunctionWords w = st.words();
        int head = Arguments.head(st, t);
        int start = st.clauseStart(head);
        boolean negated = false, future = false, hypothetical = w.hypothetical().contains(st.lower(start)) && start < head;
        for (int i = head - 1; i >= Math.max(start, head - VERB_CHAIN); i--) {
            String word = st.lower(i);
            boolean inChain = w.negators().contains(word) || w.future().contains(word) || w.hypothetical().contains(word)
                    || w.passive().contains(word) || word.equals("to") || word.equals("has") || word.equals("have")
                    || word.equals("had") || word.equals("did") || word.equals("does") || word.equals("do")
                    || st.tag(i).equals("AUX") || st.tag(i).equals("PART") || st.tag(i).equals("ADV") || !st.tagged() && i >= head - 2;
            if (!inChain) break;
            negated |= w.negators().contains(word);
            future |= w.future().contains(word);
            hypothetical |= w.hypothetical().contains(word);
        }
        if (hypothetical) return Modality.HYPOTHETICAL;
        if (negated) return Modality.NEGATED;
        return future ? Modality.FUTURE : Modality.ASSERTED;
    }

    /** The type the act is coded as, given its modality (PLOVER: a promise is AGREE, a planned attack a THREATEN). */
    private static Trigger recode(Trigger t, Modality modality, Set<Evidence> evidence) {
        switch (modality) {
            case NEGATED -> {
                if (NEGATED_IS_REJECT.contains(t.type())) {
                    evidence.add(Evidence.REFUSED);
                    return t.withType(EventType.REJECT, "declined " + t.type().name().toLowerCase());
                }
                evidence.add(Evidence.NEGATED);
            }
            case FUTURE -> {
                if (MATERIAL_CONFLICT.contains(t.type())) {
                    evidence.add(Evidence.PROMISED);
                    return t.withType(EventType.THREATEN, "threat of " + t.type().name().toLowerCase());
                }
                if (TURN_TO_AGREE.contains(t.type())) {
                    evidence.add(Evidence.PROMISED);
                    return t.withType(EventType.AGREE, "promise of " + t.type().name().toLowerCase());
                }
            }
            case HYPOTHETICAL -> {
                evidence.add(Evidence.HYPOTHETICAL);
                if (MATERIAL_CONFLICT.contains(t.type())) return t.withType(EventType.THREATEN, "threat of " + t.type().name().toLowerCase());
            }
            case ASSERTED -> { }
        }
        return t;
    }

    /** A meeting or visit "in Yerevan" with nobody named as its partner: the host state, unless it is the source's own. */
    private Participant hostingPlace(SentenceStructure st, List<Participant> people, Trigger t, Participant source, Set<Evidence> evidence) {
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        for (Participant p : people) {
            if (!p.locative() || p.firstToken() < start || p.lastToken() > end || p.firstToken() < t.firstToken()) continue;
            ActorEntry place = actorOf(p);
            if (!place.isCountry() || Arguments.sameActor(p, source)) continue;
            String sourceCountry = actorOf(source).country();
            if (sourceCountry != null && sourceCountry.equals(place.country())) continue;
            evidence.add(Evidence.PLACE);
            return p;
        }
        return null;
    }

    /**
     * Two sides of one event must differ: not the same actor in the same sector (a capital and its state count as one),
     * and a state is not the target of its own government bodies or officials, nor they of it ("Russia … its Foreign
     * Ministry"). People and groups of a country may act on its state (a leader on his country, rebels on their
     * government): their sectors differ.
     */
    private boolean distinctSides(EventActor source, EventActor target) {
        if (source.getId().equals(target.getId())) return !Objects.equals(sector(source), sector(target));
        String country = source.getCountryCode();
        if (country == null || !country.equals(target.getCountryCode()) || country.equals("IGO")) return true;
        boolean sourceIsState = isState(source), targetIsState = isState(target);
        if (sourceIsState && !isPlace(target) && (sector(target) == null || sector(target).equals("GOV"))) return false;
        return !(targetIsState && (sector(source) == null || sector(source).equals("GOV")) && !isPerson(source));
    }

    /**
     * No target named: the country or place where the act happened ("ethnic cleansing in Montenegro", "security in the
     * Nagorno-Karabakh region"; a capital as its state), unless that is the source's own state (then {@link #ownState}
     * may apply).
     */
    private EventActor placeAsTarget(SentenceStructure st, List<Participant> people, Trigger t, EventActor source,
                                     String sentenceCountry, String articleCountry, Set<Evidence> evidence) {
        Participant where = place(st, people, t);
        if (where == null) return null;
        EventActor place = side(where, sentenceCountry, articleCountry, Evidence.none()); // a capital stands for its state
        if (place.getCountryCode() == null || place.getCountryCode().equals(source.getCountryCode())
                && dictionary.byId(place.getId()).map(ActorEntry::isCountry).orElse(true)) return null;
        evidence.add(Evidence.PLACE);
        return place;
    }

    /**
     * "… will leave the organisation": after the trigger in its clause, "the" + a referring noun stands for the
     * intergovernmental organisation named last before this sentence.
     */
    private static EventActor organisationReferredTo(SentenceStructure st, Trigger t, List<ActorMention> mentions, Sentence s,
                                                      Set<Evidence> evidence) {
        int end = st.clauseEnd(t.lastToken());
        for (int i = t.firstToken() + 1; i < end; i++) { // from inside the trigger: "leave ... organisation" spans it
            if (!st.lower(i).equals("the")) continue;
            int noun = i + 1; // "the bloc", "the Russian-led bloc", "the security alliance"
            while (noun < Math.min(end, i + 4) && !st.words().referring().contains(st.lower(noun))) noun++;
            if (!st.words().referring().contains(st.lower(noun))) continue;
            ActorEntry last = null;
            for (ActorMention m : mentions) {
                if (m.start() >= s.start()) break;
                if (m.actor().kind().equals("organisation") && "IGO".equals(m.actor().country())) last = m.actor();
            }
            if (last == null) return null;
            evidence.add(Evidence.OBJECT);
            return new EventActor(last.id(), last.name(), last.country(), last.sector());
        }
        return null;
    }

    /** "X accused Y. Y denied it.": a denial with no target named answers the last event aimed at its source. */
    private static EventActor replyTo(Event previous, EventActor source, Set<Evidence> evidence) {
        if (previous.getTarget() == null || !previous.getTarget().getId().equals(source.getId())) return null;
        if (previous.getSource().getId().equals(source.getId())) return null;
        evidence.add(Evidence.REPLY);
        return previous.getSource();
    }

    /** The source's own state as the target of a domestic act, unless the source is that state itself. */
    private EventActor ownState(EventActor source, Set<Evidence> evidence) {
        String country = source.getCountryCode();
        if (country == null || country.equals("IGO")) return null;
        ActorEntry state = dictionary.country(country).orElse(null);
        if (state == null || (state.id().equals(source.getId()) && (sector(source) == null || sector(source).equals("GOV")))) return null;
        evidence.add(Evidence.DOMESTIC);
        return new EventActor(state.id(), state.name(), state.country(), null);
    }

    private boolean isState(EventActor a) {
        return dictionary.byId(a.getId()).map(ActorEntry::isCountry).orElse(false);
    }

    private boolean isPlace(EventActor a) {
        return dictionary.byId(a.getId()).map(e -> e.kind().equals("place")).orElse(false);
    }

    private boolean isPerson(EventActor a) {
        return dictionary.byId(a.getId()).map(ActorEntry::isPerson).orElse(true); // an unknown name is a person
    }

    private static String sector(EventActor a) {
        return a.getSector();
    }

    /**
     * "Police detained …", "Protesters marched …": a sector noun before the trigger in its clause, with no actor named,
     * is that sector of the sentence's country, else of the article's most named country.
     */
    private Participant sectorAgent(SentenceStructure st, Trigger t, String sentenceCountry, String articleCountry) {
        if (st.tagged() && Arguments.passive(st, t)) return null; // "a journalist has been killed": the group is the patient
        String country = sentenceCountry != null ? sentenceCountry : articleCountry;
        if (country == null) return null;
        ActorEntry state = dictionary.country(country).orElse(null);
        if (state == null) return null;
        for (int i = st.clauseStart(t.firstToken()); i < t.firstToken(); i++) {
            if (st.isVerb(i)) return null;
            if (st.words().homeland().contains(st.lower(i)) && i > st.first() && st.lower(i - 1).equals("the")) {
                return new Participant(state, i, i, null, false, false); // "the country will leave …"
            }
            String sector = participants.sector(st.lower(i));
            if (sector != null && (!st.tagged() || st.tag(i).equals("NOUN"))) return new Participant(state, i, i, sector, false, false);
        }
        return null;
    }

    /** Where: a country or place named after "in"/"near" in the trigger's clause (organisations and people are not places). */
    private static Participant place(SentenceStructure st, List<Participant> people, Trigger t) {
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        return people.stream().filter(p -> p.locative() && p.firstToken() >= start && p.lastToken() <= end)
                .filter(p -> p.actor().isCountry() || p.actor().kind().equals("place")).findFirst().orElse(null);
    }

    /** The trigger clause's date, else the sentence's main clauses', else the last dated sentence's, else publication. */
    private static EventDate date(SentenceStructure st, Trigger t, LocalDate published, EventDate lastDate) {
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        String text = st.textBetween(start, end);
        EventDate own = EventDates.find(text, published);
        if (own != null) return own;
        for (int c = st.first(); c <= st.last(); c = st.clauseEnd(c) + 1) {
            boolean subordinate = c > st.first() && (st.words().subordinators().contains(st.lower(c)) || st.words().relatives().contains(st.lower(c)));
            if (subordinate || c == start) continue;
            EventDate main = EventDates.find(st.textBetween(c, st.clauseEnd(c)), published);
            if (main != null) return main;
        }
        if (lastDate != null) return lastDate;
        return published != null ? new EventDate(published, DatePrecision.DAY) : EventDate.UNKNOWN;
    }

    /** The first country named in the sentence (directly, by demonym, capital or an actor's country), or null. */
    private String sentenceCountry(List<Participant> people) {
        return people.stream().map(p -> actorOf(p).country()).filter(c -> c != null && !c.equals("IGO")).findFirst().orElse(null);
    }

    /** The country the article names most often (its actors' countries), or null. */
    private String mostNamedCountry(List<ActorMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : mentions) {
            String c = m.actor().capitalOf() != null ? m.actor().capitalOf() : m.actor().country();
            if (c != null && !c.equals("IGO")) counts.merge(c, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Events are the same story when type and both sides (actor and sector) agree. */
    private static String sideKey(EventActor a) {
        return a == null ? "" : a.getId() + "/" + (a.getSector() == null ? "" : a.getSector());
    }

    /**
     * A capital stands for its state as a source or target ("Yerevan accused …", "talks in Yerevan" aimed at Armenia);
     * as the event's location it stays the city. Everything else stands for itself.
     */
    private ActorEntry actorOf(Participant p) {
        if (p.actor().capitalOf() != null) return dictionary.country(p.actor().capitalOf()).orElse(p.actor());
        return p.actor();
    }

    private EventActor side(Participant p, String sentenceCountry, String articleCountry, Set<Evidence> evidence) {
        ActorEntry a = actorOf(p);
        String sector = a == p.actor() ? p.sector() : a.sector();
        String country = a.country();
        if (country == null) {
            country = sentenceCountry != null ? sentenceCountry : articleCountry;
            if (country != null) evidence.add(Evidence.ASSUMED_COUNTRY);
        }
        return new EventActor(a.id(), a.name(), country, sector);
    }

    private Event event(Trigger t, Modality modality, EventActor from, EventActor to, Participant location, Sentence s,
                        EventDate date, Set<Evidence> evidence, List<Token> tokens, String articleId, String url) {
        double confidence = Confidence.bundled().of(evidence, t.type());
        String id = ContentHash.articleId(articleId + ":" + tokens.get(t.firstToken()).start() + ":" + t.type());
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
                .setConfidence(confidence).setConfident(confidence >= CONFIDENT && Collections.disjoint(evidence, NOT_HAPPENED))
                .setArticleId(articleId).setUrl(url)
                .build();
    }
}
