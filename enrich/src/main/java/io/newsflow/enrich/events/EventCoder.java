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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes events sentence by sentence: who (source) did what (a PLOVER type from the {@link EventLexicon}) to whom
 * (target), when ({@link EventDates}) and where, with the sentence as evidence. Rules, in order of the data's journey:
 * <ol>
 *   <li>triggers: the first trigger of the main clause (usually the main verb); a sentence-initial clause may add a
 *       second event of another type with its own source;</li>
 *   <li>negation ("did not agree" → REJECT) and modality ("plans to impose" → THREATEN; "will provide aid" → AGREE);</li>
 *   <li>source: the agent of a nominal trigger ("Azerbaijan's takeover"), the "by" phrase of a passive, else the first
 *       actor of the main clause (a sentence-initial "After …," or "In …," clause is skipped), else a pronoun's
 *       antecedent (the previous sentence's source), else the first actor after the trigger;</li>
 *   <li>target: the first other actor after the trigger, before any trailing ", officials said"; else the second
 *       member of a compound subject for reciprocal types ("Armenia and Azerbaijan … peace agreements"); else the
 *       place the event happened;</li>
 *   <li>capitals stand for their states ("Yerevan accused Moscow" → Armenia → Russia); an actor without a country
 *       (an unknown person, a group named by a noun: "rebels") takes the sentence's first country; a domestic type
 *       (protest, coercion, concession, ...) with no named target is aimed at the source's own state (lower
 *       confidence for both);</li>
 *   <li>the same (type, source, target) is coded once per article: summaries that repeat a story add nothing.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EventCoder {
    static final Set<String> SUBORDINATORS = Set.of("after", "before", "as", "while", "when", "following", "despite", "although",
            "since", "because", "if", "in", "on", "at", "during", "amid", "with", "by", "to", "for", "from", "under");
    static final Set<String> NEGATORS = Set.of("not", "never", "no", "t", "without", "не", "ни", "никогда");
    static final Set<String> FUTURE = Set.of("will", "would", "could", "may", "might", "plan", "plans", "planned", "planning",
            "prepared", "ready", "intend", "intends", "intended", "promised", "pledged", "offered", "willing", "vowed",
            "будет", "будут", "намерен", "намерена", "намерены", "планирует", "планируют", "готов", "готова", "готовы", "может");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
    static final Set<String> REPORTING = Set.of("said", "says", "told", "reported", "confirmed", "added", "according", "announced",
            "saying", "adding", "arguing", "noting", "claiming", "insisting");
    static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be");
    static final Set<EventType> RECIPROCAL = Set.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);
    static final Set<EventType> MATERIAL_CONFLICT = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);
    static final Set<EventType> TURN_TO_AGREE = Set.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE, EventType.CONCEDE);
    static final Set<EventType> NEGATED_IS_REJECT = Set.of(EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE,
            EventType.CONSULT, EventType.AID, EventType.CONCEDE);
    /** Types whose unnamed target is, by convention, the actor's own state or population (a protest, a curfew). */
    static final Set<EventType> DOMESTIC = Set.of(EventType.PROTEST, EventType.COERCE, EventType.CONCEDE, EventType.REQUEST,
            EventType.REJECT, EventType.MOBILIZE, EventType.RETREAT, EventType.THREATEN, EventType.ACCUSE, EventType.ASSAULT);
    /** "the organisation", "the bloc": a reference back to the organisation named last. */
    static final Set<String> ORGANISATION_REFERENCES = Set.of("organisation", "organization", "alliance", "bloc", "union", "body");
    /** Reactions to what someone did: their target may be named as a possessor ("denounced Serbia's suppression of …"). */
    static final Set<EventType> REACTIONS = Set.of(EventType.ACCUSE, EventType.REJECT, EventType.PROTEST, EventType.SUPPORT,
            EventType.AGREE, EventType.REQUEST);
    static final int NEGATION_WINDOW = 3;
    /** An event from a sentence-initial clause ("After ..., ", "Despite ..., ") is background: less sure than the main one. */
    static final double SUBORDINATE_PENALTY = 0.15;
    static final int MODAL_WINDOW = 8;

    private final EventLexicon english;
    private final EventLexicon russian;
    private final Participants participants;
    private final ActorDictionary dictionary;

    public EventCoder(EventLexicon english, EventLexicon russian, ActorDictionary dictionary) {
        this.english = english;
        this.russian = russian;
        this.participants = Participants.english(code -> dictionary.country(code).orElse(null));
        this.dictionary = dictionary;
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
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Participant previousSource = null;
        EventDate previousDate = null;
        for (Sentence sentence : sentences) {
            if (sentence.tokens().isEmpty()) continue;
            EventDate cue = EventDates.find(sentence.text(), published);
            // no date in the sentence: the previous sentence's (a story goes on: "... in 2023. After the takeover, ..."),
            // else the publication date
            EventDate date = cue != null ? cue : previousDate != null ? previousDate
                    : published != null ? new EventDate(published, DatePrecision.DAY) : EventDate.UNKNOWN;
            previousDate = cue;
            List<Participant> people = participants.of(sentence, tokens, mentions, text);
            Participant sentenceSource = null;
            for (Trigger trigger : chooseTriggers(tokens, sentence, people)) {
                if (negated(tokens, sentence, trigger) && modal(tokens, sentence, trigger)) continue; // "is not planning to leave"
                Trigger coded = applyNegationAndModality(tokens, sentence, trigger);
                Participant source = source(tokens, sentence, people, coded, previousSource);
                if (source == null) source = genericAgent(tokens, sentence, people, coded);
                if (source == null) continue;
                if (sentenceSource != null && actorOf(sentenceSource).id().equals(actorOf(source).id())) continue; // one event per actor and sentence
                Participant target = target(text, tokens, sentence, people, coded, source);
                if (target == null) target = organisationReferredTo(tokens, sentence, coded, mentions);
                Participant replyTarget = target;
                if (replyTarget == null && coded.type() == EventType.REJECT && !events.isEmpty()) {
                    replyTarget = replyTo(events.getLast(), source, tokens, sentence); // "X accused Y. Y denied it." → Y rejects X
                }
                Participant target2 = replyTarget;
                Participant location = people.stream().filter(Participant::locative).findFirst().orElse(null);
                String key = coded.type() + "|" + coded.mode() + "|" + sideKey(source) + "|" + sideKey(target2);
                if (!seen.add(key)) continue;
                Event event = event(coded, source, target2, location, sentence, date, tokens, articleId, url,
                        negated(tokens, sentence, trigger) && coded.type() == trigger.type(), sentenceCountry(people));
                if (trigger.lastToken() < mainClauseStart(tokens, sentence)) event.setConfidence(event.getConfidence() - SUBORDINATE_PENALTY);
                events.add(event);
                if (sentenceSource == null) sentenceSource = source;
            }
            previousSource = sentenceSource != null ? sentenceSource : people.stream()
                    .filter(p -> !p.locative() && !p.possessor() && p.actor().isPerson()).findFirst().orElse(previousSource);
        }
        return events;
    }

    /** Events are the same story when type, mode and the sides' countries agree (actor ids where there is no country). */
    private String sideKey(Participant p) {
        if (p == null) return "";
        ActorEntry a = actorOf(p);
        return a.country() != null ? a.country() : a.id();
    }

    /**
     * The sentence's main trigger is the first in its main clause (usually the main verb); triggers starting at the same
     * word are ranked by length ("accepted demands" over "accepted"), then weight. A sentence-initial clause ("After Azerbaijan's takeover of ..., ") may add
     * a second event of another type.
     */
    private List<Trigger> chooseTriggers(List<Token> tokens, Sentence sentence, List<Participant> people) {
        List<Trigger> candidates = lexiconFor(sentence).find(sentence.tokens()).stream()
                .filter(t -> people.stream().noneMatch(p -> p.firstToken() <= t.firstToken() && t.firstToken() <= p.lastToken()))
                .sorted(Comparator.comparingInt(Trigger::firstToken)
                        .thenComparing(Comparator.comparingInt(Trigger::length).reversed())
                        .thenComparing(Comparator.comparingDouble(Trigger::weight).reversed()))
                .toList();
        if (candidates.isEmpty()) return List.of();
        int main = mainClauseStart(tokens, sentence);
        Trigger primary = candidates.stream().filter(t -> t.firstToken() >= main).findFirst().orElse(candidates.getFirst());
        List<Trigger> chosen = new ArrayList<>();
        candidates.stream().filter(t -> t.lastToken() < main && t.type() != primary.type()).findFirst().ifPresent(chosen::add);
        chosen.add(primary);
        return chosen;
    }

    /** The Russian lexicon for a sentence written mostly in Cyrillic, else the English one. */
    private EventLexicon lexiconFor(Sentence sentence) {
        int cyrillic = 0;
        for (Token t : sentence.tokens()) {
            if (Character.UnicodeScript.of(t.lower().codePointAt(0)) == Character.UnicodeScript.CYRILLIC) cyrillic++;
        }
        return cyrillic * 2 > sentence.tokens().size() ? russian : english;
    }

    private Trigger applyNegationAndModality(List<Token> tokens, Sentence sentence, Trigger t) {
        if (negated(tokens, sentence, t) && NEGATED_IS_REJECT.contains(t.type())) return t.withType(EventType.REJECT, "declined");
        if (modal(tokens, sentence, t)) {
            if (MATERIAL_CONFLICT.contains(t.type())) return t.withType(EventType.THREATEN, "threat of " + t.type().name().toLowerCase());
            if (TURN_TO_AGREE.contains(t.type())) return t.withType(EventType.AGREE, "promise of " + t.type().name().toLowerCase());
        }
        return t;
    }

    private static boolean negated(List<Token> tokens, Sentence s, Trigger t) {
        return anyBefore(tokens, s, t, NEGATION_WINDOW, NEGATORS);
    }

    private static boolean modal(List<Token> tokens, Sentence s, Trigger t) {
        return anyBefore(tokens, s, t, MODAL_WINDOW, FUTURE);
    }

    private static boolean anyBefore(List<Token> tokens, Sentence s, Trigger t, int window, Set<String> words) {
        for (int i = Math.max(s.firstToken(), t.firstToken() - window); i < t.firstToken(); i++) {
            if (words.contains(tokens.get(i).lower())) return true;
        }
        return false;
    }

    private static Participant source(List<Token> tokens, Sentence s, List<Participant> people, Trigger t, Participant previous) {
        for (Participant p : people) { // the agent of a nominal trigger: "Azerbaijan's takeover of ..."
            if (p.possessor() && p.lastToken() + 2 == t.firstToken()) return p;
        }
        if (passive(tokens, s, t)) {
            Participant agent = people.stream().filter(p -> p.firstToken() > t.lastToken() && !p.locative()
                    && tokens.get(p.firstToken() - 1).lower().equals("by")).findFirst().orElse(null);
            if (agent != null) return agent;
        }
        int mainClause = mainClauseStart(tokens, s);
        for (Participant p : people) {
            if (p.lastToken() >= t.firstToken()) break;
            if (p.firstToken() >= mainClause && !p.locative() && !p.possessor()) return p;
        }
        if (previous != null && PRONOUNS.contains(tokens.get(mainClause).lower()) && mainClause < t.firstToken()) return previous;
        return people.stream().filter(p -> p.firstToken() > t.lastToken() && !p.locative() && !p.possessor()).findFirst().orElse(null);
    }

    /** Token where the main clause starts: after a sentence-initial "After …," / "In …," clause, else the first token. */
    private static int mainClauseStart(List<Token> tokens, Sentence s) {
        Token first = tokens.get(s.firstToken());
        if (!SUBORDINATORS.contains(first.lower())) return s.firstToken();
        int comma = s.text().indexOf(',');
        if (comma < 0) return s.firstToken();
        int at = s.start() + comma;
        for (int i = s.firstToken(); i <= s.lastToken(); i++) if (tokens.get(i).start() > at) return i;
        return s.firstToken();
    }

    private static boolean passive(List<Token> tokens, Sentence s, Trigger t) {
        return anyBefore(tokens, s, t, 2, BE) && tokens.get(t.firstToken()).lower().endsWith("ed");
    }

    private Participant target(String text, List<Token> tokens, Sentence s, List<Participant> people, Trigger t, Participant source) {
        int end = reportingClauseStart(text, tokens, s, t);
        String sourceId = actorOf(source).id();
        if (passive(tokens, s, t) && source.firstToken() > t.lastToken()) {
            Participant subject = people.stream().filter(p -> p.lastToken() < t.firstToken() && !p.locative()).findFirst().orElse(null);
            if (subject != null) return subject;
        }
        if (RECIPROCAL.contains(t.type())) { // "Armenia and Azerbaijan ... peace agreements": each other
            for (Participant p : people) {
                if (p.firstToken() == source.lastToken() + 2 && tokens.get(source.lastToken() + 1).lower().equals("and")) return p;
            }
        }
        List<Participant> others = people.stream().filter(p -> p.firstToken() < end && !actorOf(p).id().equals(sourceId)).toList();
        // an actor inside a gapped trigger ("give Tanzania a grant") counts as after it
        int afterTrigger = Math.max(t.firstToken(), source.lastToken()) + 1;
        if (tokens.get(t.firstToken()).lower().equals("must")) { // "... to Iraq that it must cooperate": the one who must
            Participant addressee = null;
            for (Participant p : others) {
                if (p.firstToken() > source.lastToken() && p.lastToken() < t.firstToken() && !p.possessor()) addressee = p;
            }
            if (addressee != null) return addressee;
        }
        if (REACTIONS.contains(t.type())) {
            Participant first = others.stream().filter(p -> p.firstToken() >= afterTrigger && !p.locative()).findFirst().orElse(null);
            if (first != null && first.possessor()) return first;
        }
        return others.stream().filter(p -> p.firstToken() >= afterTrigger && !p.locative() && !p.possessor()).findFirst()
                .or(() -> others.stream().filter(p -> p.firstToken() > source.lastToken() && p.lastToken() < t.firstToken()
                        && !p.locative() && !p.possessor()).findFirst())
                .or(() -> others.stream().filter(p -> p.locative() && p.firstToken() > source.lastToken()).findFirst())
                .or(() -> others.stream().filter(p -> p.firstToken() >= afterTrigger && p.possessor()).findFirst())
                .orElse(null);
    }

    /**
     * "… will leave the organisation": after the trigger, "the" + an organisation noun refers back to the organisation
     * named last before this sentence (the CSTO).
     */
    private Participant organisationReferredTo(List<Token> tokens, Sentence s, Trigger t, List<ActorMention> mentions) {
        for (int i = t.firstToken() + 1; i < s.lastToken(); i++) {
            if (!tokens.get(i).lower().equals("the") || !ORGANISATION_REFERENCES.contains(tokens.get(i + 1).lower())) continue;
            ActorMention last = null;
            for (ActorMention m : mentions) {
                if (m.start() >= s.start()) break;
                if (m.actor().kind().equals("organisation") && m.actor().country() != null && m.actor().country().equals("IGO")) last = m;
            }
            return last == null ? null : new Participant(last.actor(), i, i + 1, last.actor().sector(), false, false);
        }
        return null;
    }

    /** The previous event's source, when that event was aimed at this source: a denial answers an accusation. */
    private Participant replyTo(Event previous, Participant source, List<Token> tokens, Sentence s) {
        if (previous.getTarget() == null || !previous.getTarget().getId().equals(actorOf(source).id())) return null;
        ActorEntry accuser = dictionary.byId(previous.getSource().getId()).orElse(null);
        return accuser == null ? null : new Participant(accuser, s.firstToken(), s.firstToken(), previous.getSource().getSector(), false, false);
    }

    /**
     * A group named by a sector noun before the trigger with no actor of its own ("Rebels in the Ivory Coast dismissed
     * …", "Militants loyal to Iraq's …"): the sector's people of the sentence's country.
     */
    private Participant genericAgent(List<Token> tokens, Sentence s, List<Participant> people, Trigger t) {
        String country = sentenceCountry(people);
        if (country == null) return null;
        ActorEntry state = dictionary.country(country).orElse(null);
        if (state == null) return null;
        for (int i = mainClauseStart(tokens, s); i < t.firstToken(); i++) {
            String sector = participants.sector(tokens.get(i).lower());
            if (sector != null) return new Participant(state, i, i, sector, false, false);
        }
        return null;
    }

    /** The first country named in the sentence (directly, by demonym, capital or an actor's country), or null. */
    private String sentenceCountry(List<Participant> people) {
        return people.stream().map(p -> actorOf(p).country()).filter(c -> c != null && !c.equals("IGO")).findFirst().orElse(null);
    }

    /** Where a trailing ", a Jordanian official said" starts (exclusive bound for targets), else after the sentence. */
    private static int reportingClauseStart(String text, List<Token> tokens, Sentence s, Trigger t) {
        for (int i = t.lastToken() + 1; i <= s.lastToken(); i++) {
            if (!REPORTING.contains(tokens.get(i).lower())) continue;
            for (int j = i; j > t.lastToken(); j--) {
                if (text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).contains(",")) return j;
            }
        }
        return s.lastToken() + 1;
    }

    /**
     * A capital stands for its state as a source or target ("Yerevan accused …", "talks in Yerevan" aimed at Armenia);
     * as the event's location it stays the city. Everything else stands for itself.
     */
    private ActorEntry actorOf(Participant p) {
        if (p.actor().capitalOf() != null) return dictionary.country(p.actor().capitalOf()).orElse(p.actor());
        return p.actor();
    }

    private EventActor eventActor(Participant p) {
        ActorEntry a = actorOf(p);
        return new EventActor(a.id(), a.name(), a.country(), a == p.actor() ? p.sector() : a.sector());
    }

    private Event event(Trigger t, Participant source, Participant target, Participant location, Sentence s, EventDate date,
                        List<Token> tokens, String articleId, String url, boolean negated, String sentenceCountry) {
        double confidence = 0.4 + 0.25 + (target != null ? 0.2 : 0) + (t.length() > 1 ? 0.1 : 0) - (negated ? 0.1 : 0);
        EventActor from = eventActor(source);
        if (from.getCountryCode() == null && sentenceCountry != null) { // an unknown person or group: the sentence's country
            from = new EventActor(from.getId(), from.getName(), sentenceCountry, from.getSector());
            confidence -= 0.1;
        }
        EventActor to = target == null ? null : eventActor(target);
        if (to != null && to.getCountryCode() == null && sentenceCountry != null) {
            to = new EventActor(to.getId(), to.getName(), sentenceCountry, to.getSector());
        }
        if (to == null && DOMESTIC.contains(t.type()) && from.getCountryCode() != null && !from.getCountryCode().equals("IGO")) {
            ActorEntry home = dictionary.country(from.getCountryCode()).orElse(null); // a domestic event: its own state or people
            if (home != null) {
                to = new EventActor(home.id(), home.name(), home.country(), null);
                confidence -= 0.1;
            }
        }
        String id = ContentHash.articleId(articleId + ":" + tokens.get(t.firstToken()).start() + ":" + t.type());
        return Event.newBuilder()
                .setId(id).setType(t.type()).setMode(t.mode())
                .setSource(from).setTarget(to)
                .setDate(date.date()).setDatePrecision(date.precision())
                .setLocation(location == null ? null : new EventActor(location.actor().id(), location.actor().name(),
                        location.actor().country(), null))
                .setNegated(negated).setModality(t.mode() != null && t.mode().startsWith("threat of") ? "threatened"
                        : t.mode() != null && t.mode().startsWith("promise of") ? "promised" : null)
                .setSentence(s.text()).setSentenceStart(s.start()).setSentenceEnd(s.end())
                .setConfidence(Math.min(1.0, confidence)).setArticleId(articleId).setUrl(url)
                .build();
    }
}
