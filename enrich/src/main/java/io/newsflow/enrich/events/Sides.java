package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who an event's sides are, once the clause has been read: capitals stand for their states, actors without a country
 * take the sentence's or the article's, the two sides must differ, and — when the clause names no target — the
 * fallbacks in order of trust: the organisation referred back to, the accuser a denial answers, the place of the act,
 * the source's own state for domestic acts. Each fallback records its {@link Evidence}. Immutable and thread-safe.
 */
final class Sides {
    private final ActorDictionary dictionary;
    private final Participants participants;

    Sides(ActorDictionary dictionary, Participants participants) {
        this.dictionary = dictionary;
        this.participants = participants;
    }

    /**
     * A meeting or visit "in Yerevan" with nobody named as its partner: the host state, unless it is the source's own or
     * the meeting is an organisation's ({@link #organisationMeets}).
     */
    Participant hostingPlace(SentenceStructure st, List<Participant> people, Trigger t, Participant source, Set<Evidence> evidence) {
        if (organisationMeets(t, actorOf(source).country())) return null;
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
     * Ministry"), nor of its officials by name (in government or the military: "Iran's president condemned the strike as
     * an aggression against Iran" speaks for Iran). Its people, opposition and rebels may act on its state: their
     * sectors differ.
     */
    boolean distinctSides(EventActor source, EventActor target) {
        return distinctSides(source, target, false);
    }

    /**
     * As {@link #distinctSides(EventActor, EventActor)}; {@code officialMayLeave}: an official's act may be aimed at
     * his own state (his resignation leaves it).
     */
    private boolean distinctSides(EventActor source, EventActor target, boolean officialMayLeave) {
        if (source.getId().equals(target.getId())) {
            // "Armenian forces fired on its positions": the state is not the target of its own organs
            if (target.getSector() == null && !ofTheSociety(source)) return false;
            // nor are its armed forces and its government sides against each other (one state: "Azerbaijan -> Azerbaijan")
            if (armedAndGoverning(source, target) || armedAndGoverning(target, source)) return false;
            return !Objects.equals(source.getSector(), target.getSector());
        }
        String country = source.getCountryCode();
        if (country == null || !country.equals(target.getCountryCode()) || ActorEntry.stateless(country)) return true;
        // the state itself, not its people or opposition ("Japan Innovation Party leader … criticized Prime Minister Ishiba")
        boolean sourceIsState = isState(source) && governing(source), targetIsState = isState(target) && governing(target);
        if (sourceIsState && !isPlace(target) && governing(target)) return false;
        // "Iran's president condemned the strike as an aggression against Iran": he speaks for it (4 right of 30 on the region set)
        if (targetIsState && !officialMayLeave && isPerson(source) && official(source)) return false;
        return !(targetIsState && governing(source) && !isPerson(source));
    }

    /** A capital named alone, not in a prepositional phrase: it stands for its state ("accused Minsk of …"). */
    private static boolean capitalAsArgument(SentenceStructure st, Participant p) {
        int before = p.firstToken() - 1;
        return p.actor().capitalOf() != null && p.sector() == null && st != null && st.tagged()
                && (before < st.first() || !st.tag(before).equals("ADP"));
    }

    /**
     * A mention of a state as a whole ("Russia", "Moscow"), not of its people or of a part named by the noun after it
     * ("Russian troops", "Chilean government officials", "Russia's foreign ministry").
     */
    private boolean isStateItself(SentenceStructure st, Participant p) {
        ActorEntry a = actorOf(p);
        if (!a.isCountry() || !Objects.equals(p.sector(), a.sector())) return false;
        for (int t = p.lastToken() + 1; t <= Math.min(st.last(), p.lastToken() + 2); t++) {
            if (st.lower(t).equals("s")) continue; // the possessive's s
            return participants.sector(st.lower(t)) == null;
        }
        return true;
    }

    /**
     * No target named: the country or place where the act happened ("ethnic cleansing in Montenegro", "security in the
     * Nagorno-Karabakh region"; a capital as its state), unless that is the source's own state (then {@link #ownState}
     * may apply), or the act is an organisation's meeting ({@link #organisationMeets}).
     */
    EventActor placeAsTarget(SentenceStructure st, List<Participant> people, Trigger t, EventActor source,
                             String sentenceCountry, String articleCountry, Set<Evidence> evidence) {
        if (organisationMeets(t, source.getCountryCode())) return null;
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
     * intergovernmental organisation named last before this sentence ({@code lastOrganisation}, may be null).
     */
    static EventActor organisationReferredTo(SentenceStructure st, Trigger t, ActorEntry lastOrganisation, Set<Evidence> evidence) {
        if (lastOrganisation == null || referringNoun(st, t, lastOrganisation) < 0) return null;
        evidence.add(Evidence.OBJECT);
        return new EventActor(lastOrganisation.id(), lastOrganisation.name(), lastOrganisation.country(), lastOrganisation.sector());
    }

    /**
     * "… urged the court to move swiftly": an intergovernmental body named before the sentence (not necessarily the
     * last one, {@link #organisationReferredTo}) that the trigger's object, "the" + a word of its name within
     * {@link #NAME_NOUN_REACH} words, describes
     * ({@code describedBy}: "the court" for the International Criminal Court); null when the first such phrase after
     * the trigger in its clause describes none.
     */
    static EventActor organisationDescribed(SentenceStructure st, Trigger t, java.util.function.Function<String, ActorEntry> describedBy,
                                            Set<Evidence> evidence) {
        int end = st.clauseEnd(t.lastToken());
        for (int i = t.firstToken() + 1; i < end; i++) { // from inside the trigger: "left the … court" spans it
            if (!st.lower(i).equals("the")) continue;
            for (int n = i + 1; n <= Math.min(end, i + NAME_NOUN_REACH); n++) {
                if (NOT_REFERRING.contains(st.lower(n))) continue; // "the international community", "the world"
                ActorEntry body = describedBy.apply(st.lower(n));
                if (body == null || !body.isIntergovernmental()) continue;
                evidence.add(Evidence.OBJECT);
                return new EventActor(body.id(), body.name(), body.country(), body.sector());
            }
            return null;
        }
        return null;
    }

    /** Words after "the" within which a word of a body's name may stand ("the Hague-based court"). */
    static final int NAME_NOUN_REACH = 3;

    /**
     * The first "the" + referring noun after the trigger in its clause ("the bloc", "the Russian-led bloc", "the security
     * alliance"): the index of the noun, or -1. It is the act's object when it comes before any actor named after the
     * trigger ("accused the bloc of failing to protect Armenia": the bloc, not Armenia).
     */
    static int referringNoun(SentenceStructure st, Trigger t, ActorEntry organisation) {
        return theReferringNoun(st, t.firstToken() + 1, st.clauseEnd(t.lastToken()), organisation);
    }

    /**
     * "The court issued a warrant …", "The bloc said …": a subject of the trigger's clause that refers back to the
     * intergovernmental organisation named last ({@code lastOrganisation}, may be null), as a participant, or null.
     */
    static Participant organisationAsSubject(SentenceStructure st, Trigger t, ActorEntry lastOrganisation) {
        if (lastOrganisation == null) return null;
        int start = st.clauseStart(t.firstToken());
        int noun = theReferringNoun(st, start, t.firstToken() - 1, lastOrganisation);
        if (noun < 0) return null;
        if (!st.noVerb(start, noun - 1)) return null; // "… said the bloc": not the subject
        return new Participant(lastOrganisation, noun, noun, lastOrganisation.sector(), false, false);
    }

    /**
     * "Lavrov arrived in Yerevan. The minister accused …", "The ministry said …": "the" + a noun (a word or two of
     * description between) as the subject of the trigger's clause, standing for the person or body named before the
     * sentence that it describes ({@code describedBy}: see {@link MentionCursor#describedBy}), as a participant; null
     * when the subject is something else or describes no one named. Without a tagger (Russian) the noun opens the clause
     * and is one of the language's describing nouns ({@code function-words.yaml}); in English a member noun there stands
     * for its body ("the judges" for the court).
     */
    static Participant describedAsSubject(SentenceStructure st, Trigger t, java.util.function.Function<String, ActorEntry> describedBy) {
        int start = st.clauseStart(t.firstToken());
        if (!st.tagged()) { // "Министр обвинил Запад …": the describing noun opens the clause, the trigger follows it
            String noun = st.words().describing().get(st.lower(start));
            ActorEntry described = noun == null || t.firstToken() > start + 2 ? null : describedBy.apply(noun);
            return described == null ? null : new Participant(described, start, start, described.sector(), false, false);
        }
        for (int i = start; i < t.firstToken(); i++) {
            if (st.isVerb(i)) return null; // "… said the minister": not the subject
            if (!st.lower(i).equals("the")) continue;
            for (int noun = i + 1; noun < Math.min(t.firstToken(), i + 4); noun++) {
                if (st.isVerb(noun) || !st.tag(noun).equals("NOUN") && !st.tag(noun).equals("ADJ") && !st.tag(noun).equals("PROPN")) break;
                boolean head = noun + 1 >= t.firstToken() || !st.tag(noun + 1).equals("NOUN");
                ActorEntry described = head && st.tag(noun).equals("NOUN")
                        ? describedBy.apply(st.words().describing().getOrDefault(st.lower(noun), st.lower(noun))) : null;
                if (described != null) return new Participant(described, noun, noun, described.sector(), false, false);
            }
            return null;
        }
        return null;
    }

    /**
     * "Putin spoke with Pashinyan by telephone. The sides discussed …" ("стороны обсудили", "կողմերը քննարկել են"): a
     * plural noun for the parties ({@code function-words.yaml}: parties) as the clause's subject stands for the two sides
     * of the last act that had both ({@code lastAct} gives its source and target, or null; asked only once the noun is
     * found, as it is for every trigger), which are returned; null when the subject is
     * something else. In English the noun follows "the" or "both" within two words and has no "of" after it ("the
     * leaders of seven parties" are not the two sides).
     */
    Participant[] partiesAsSubject(SentenceStructure st, Trigger t, java.util.function.Supplier<EventActor[]> lastAct) {
        int start = st.clauseStart(t.firstToken()), noun = -1;
        for (int i = start; i < t.firstToken() && noun < 0; i++) if (st.words().parties().contains(st.lower(i))) noun = i;
        if (noun < 0) return null;
        if (!st.noVerb(start, noun - 1)) return null; // "… said the leaders": not the subject
        if (st.tagged()) {
            boolean determined = false;
            for (int i = Math.max(start, noun - 2); i < noun; i++) determined |= st.lower(i).equals("the") || st.lower(i).equals("both");
            if (!determined || noun < st.last() && st.lower(noun + 1).equals("of")) return null;
        }
        EventActor[] last = lastAct.get();
        return last == null ? null : new Participant[]{party(last[0], noun), party(last[1], noun)};
    }

    /**
     * "… urged both sides to refrain from …": a parties noun as the trigger's object (right after it, after "the" or
     * "both") stands for the two sides of the article's last two-sided event; so does a plural noun for states counted
     * as two ("urged both countries", "the two nuclear-armed neighbours": {@link GroupNouns#STATE_GROUPS}, adjectives
     * may stand between); null when there is none.
     */
    Participant[] partiesAsObject(SentenceStructure st, Trigger t, Event last) {
        if (last == null || last.getTarget() == null) return null;
        int end = Math.min(st.clauseEnd(t.lastToken()), t.lastToken() + 5); // "both nuclear-armed neighbours"
        for (int i = t.lastToken() + 1; i <= end; i++) {
            boolean parties = st.words().parties().contains(st.lower(i));
            if (!parties && !(st.tagged() && (GroupNouns.STATE_GROUPS.contains(st.lower(i)) || STATES_BY_OTHER_NAMES.contains(st.lower(i))))) continue;
            if (parties && i > t.lastToken() + 3) return null;
            if (st.tagged() && !(parties && st.lower(i - 1).equals("the") || countedAsTwo(st, i, t.lastToken()))) return null;
            return new Participant[]{party(last.getSource(), i), party(last.getTarget(), i)};
        }
        return null;
    }

    /**
     * The states a counted group of more than two stands for ({@link CountedGroups}), as participants at its noun, latest
     * first: of the states named before ({@link NamedStates#forGroup}), given {@code people} named in the sentence before
     * the count; empty when fewer than two are known.
     */
    List<Participant> countedStates(CountedGroups.Group group, NamedStates named, List<Participant> people) {
        List<ActorEntry> before = new java.util.ArrayList<>();
        for (Participant p : people) if (p.lastToken() < group.count()) before.add(p.actor());
        List<Participant> states = new java.util.ArrayList<>();
        for (String code : named.forGroup(group.size(), before)) {
            dictionary.country(code).ifPresent(c -> states.add(new Participant(c, group.noun(), group.noun(), c.sector(), false, false)));
        }
        return states.size() < 2 ? List.of() : states;
    }

    /** Plural nouns that, counted as two, stand for two states beside {@link GroupNouns#STATE_GROUPS} ("the two governments"). */
    private static final Set<String> STATES_BY_OTHER_NAMES = Set.of("governments", "capitals", "rivals", "adversaries");

    /**
     * Whether "both" or "two" stands before the noun at {@code noun} after word {@code after}, only adjectives and
     * hyphenated modifiers ("nuclear-armed") between.
     */
    private static boolean countedAsTwo(SentenceStructure st, int noun, int after) {
        int i = noun - 1;
        while (i > after && !st.lower(i).equals("both") && (st.tag(i).equals("ADJ") || st.gap(i).equals("-") || st.gap(i + 1).equals("-"))) i--;
        return i > after && (st.lower(i).equals("both") || st.lower(i).equals("two"));
    }

    Participant party(EventActor side, int at) {
        ActorEntry actor = dictionary.byId(side.getId()).map(a -> a.withCountry(side.getCountryCode() != null ? side.getCountryCode() : a.country()))
                .orElseGet(() -> new ActorEntry(side.getId(), side.getName(), "person", side.getCountryCode(), side.getSector(), Map.of()));
        return new Participant(actor, at, at, side.getSector(), false, false);
    }

    /**
     * The first noun in words {@code from}..{@code to} that refers back to {@code organisation}: a referring noun
     * ("bloc", "alliance") or a word of its name ("the court" for the International Criminal Court), after "the" in
     * English (within three words: "the Russian-led bloc"), alone in Russian and Armenian, which have no article.
     */
    private static int theReferringNoun(SentenceStructure st, int from, int to, ActorEntry organisation) {
        Set<String> nameWords = organisation == null ? Set.of() : nameWords(organisation);
        boolean court = nameWords.contains("court") || nameWords.contains("tribunal"); // (nameWords keeps words of 4+ letters)
        java.util.function.IntPredicate refers = i -> st.words().referring().contains(st.lower(i)) || nameWords.contains(st.lower(i))
                || court && JUDGMENTS.contains(st.lower(i)); // "welcomed the ruling" of the court named last
        if (!st.tagged()) {
            for (int i = from; i <= to; i++) if (refers.test(i)) return i;
            return -1;
        }
        for (int i = from; i < to; i++) { // from inside the trigger: "leave ... organisation" spans it
            if (!st.lower(i).equals("the")) continue;
            int noun = i + 1;
            while (noun < Math.min(to, i + 4) && !refers.test(noun)) noun++;
            if (refers.test(noun)) return noun;
        }
        return -1;
    }

    /** The lower-case nouns of an organisation's name that can stand for it ("court", "council"), not its function words. */
    private static Set<String> nameWords(ActorEntry organisation) {
        Set<String> words = organisation.nameWords();
        words.removeAll(NOT_REFERRING);
        return words;
    }

    /** What a court hands down: it stands for the court named last. */
    private static final Set<String> JUDGMENTS = Set.of("ruling", "rulings", "judgment", "judgments", "judgement", "verdict");

    /** Name words that do not refer back on their own ("the international …", "the united …"). */
    private static final Set<String> NOT_REFERRING = Set.of("international", "united", "nations", "european", "world",
            "collective", "security", "treaty", "organization", "organisation", "north", "atlantic", "economic", "cooperation");

    /**
     * Whether the trigger's clause names an earlier act: a demonstrative and an act noun ({@code function-words.yaml}:
     * demonstratives, priorActs), or an act the lexicon names ({@code acts}: "the shelling"), after the trigger word in
     * English ("agreed to the request", "called the decision illegal") and anywhere in the clause without a tagger ("это
     * решение назвали политически мотивированным"); without a tagger (no articles) also an act noun right after the
     * trigger ("приветствовали договоренности"); or a pronoun object ("condemned it", "criticised this as …").
     */
    static boolean refersToPriorAct(SentenceStructure st, Trigger t, List<Trigger> acts) {
        FunctionWords w = st.words();
        int from = st.tagged() ? t.firstToken() + 1 : st.clauseStart(t.firstToken()), to = st.clauseEnd(t.lastToken());
        int object = t.lastToken() + 1; // "condemned it", "criticised this as …": a pronoun object stands for the act too
        if (st.tagged() && object <= st.last() && (st.lower(object).equals("it")
                || w.demonstratives().contains(st.lower(object)) && !st.lower(object).equals("the")
                   && (object == st.last() || !NOUN_PHRASE_TAGS.contains(st.tag(object + 1))))) return true;
        // no articles: the noun right after the trigger ("приветствовал договоренность") points back as "the" would
        if (!st.tagged() && object <= st.last() && w.priorActs().contains(st.lower(object))) return true;
        // ... also inside a trigger that spans its object ("назвал произошедшее ужасным")
        if (!st.tagged() && t.lastToken() > t.firstToken() && w.priorActs().contains(st.lower(t.firstToken() + 1))) return true;
        // a passive's subject: "The attack was condemned by …", "The decision was denounced by …"
        int subject = definiteSubject(st, t.firstToken());
        if (st.tagged() && subject >= 0 && subject < t.firstToken() - 1 && w.passive().contains(st.lower(t.firstToken() - 1))
                && (w.priorActs().contains(st.lower(subject)) || acts.stream().anyMatch(a -> a != t && a.firstToken() == subject))) return true;
        for (int i = from; i < to; i++) {
            if (!w.demonstratives().contains(st.lower(i))) continue;
            if (w.priorActs().contains(st.lower(i + 1))) return true;
            final int noun = i + 1; // "called the shelling a war crime": an act the lexicon names, after "the"
            if (acts.stream().anyMatch(a -> a != t && a.firstToken() == noun && (!st.tagged() || st.tag(noun).equals("NOUN")))) return true;
            if (i + 2 <= to && (st.tag(i + 1).equals("ADJ") || !st.tagged()) && w.priorActs().contains(st.lower(i + 2))) return true;
        }
        return false;
    }

    /**
     * The act of the lexicon a reaction's clause refers back to by its noun ("The attack was condemned …", "called the
     * shelling a war crime"), or null when it names none (or only "the decision", "it").
     */
    static Trigger referredAct(SentenceStructure st, Trigger t, List<Trigger> acts) {
        FunctionWords w = st.words();
        int clause = st.clauseStart(t.firstToken()), to = st.clauseEnd(t.lastToken());
        int subjectNoun = definiteSubject(st, t.firstToken());
        for (Trigger a : acts) {
            if (a == t || a.firstToken() - 1 < clause || !w.demonstratives().contains(st.lower(a.firstToken() - 1))) continue;
            boolean subject = a.firstToken() == subjectNoun && a.lastToken() < t.firstToken();
            boolean object = a.firstToken() > t.lastToken() && a.lastToken() <= to;
            if ((subject || object) && (!st.tagged() || st.tag(a.firstToken()).equals("NOUN"))) return a;
        }
        return null;
    }

    /**
     * The noun of a definite subject opening the clause of word {@code i}: the word after the demonstrative or article
     * the clause starts with ("<u>The attack</u> was condemned …", "<u>This move</u> angered Baku"), when it is
     * {@code i} or stands before it; else -1. The one reading of "an act named as the subject" for the coder and the sides.
     */
    static int definiteSubject(SentenceStructure st, int i) {
        int clause = st.clauseStart(i);
        return clause + 1 <= i && st.words().demonstratives().contains(st.lower(clause)) ? clause + 1 : -1;
    }

    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    /**
     * "X accused Y. Y denied it.": a denial with no target named answers the last event aimed at its source, or at its
     * state when the source governs it ("Azerbaijan demanded that Armenia … Pashinyan rejected the demand"). A denial
     * by the side said to have done a hostile act answers the side it was done to, who reported it ("Azerbaijan says
     * Armenian troops fired on its positions … Armenia's Defence Ministry denied the report").
     */
    static EventActor replyTo(Event previous, EventActor source, Set<Evidence> evidence) {
        EventActor aimedAt = previous.getTarget();
        if (aimedAt == null) return null;
        if (DENIABLE_ACTS.contains(previous.getType()) && answersFor(source, previous.getSource())
                && !aimedAt.getId().equals(source.getId()) && !Objects.equals(aimedAt.getCountryCode(), source.getCountryCode())) {
            evidence.add(Evidence.REPLY);
            return aimedAt;
        }
        boolean forItsState = governing(aimedAt) && ActorEntry.isStateCode(source.getCountryCode())
                && source.getCountryCode().equals(aimedAt.getCountryCode()) && governing(source);
        // "Pashinyan accused the bloc … Lukashenko rejected the accusation": a member answers for its organisation
        boolean forItsBloc = previous.getType() == EventType.ACCUSE && ActorEntry.IGO.equals(aimedAt.getCountryCode()) && governing(source);
        if (!aimedAt.getId().equals(source.getId()) && !forItsState && !forItsBloc) return null;
        if (previous.getSource().getId().equals(source.getId())
                || java.util.Objects.equals(previous.getSource().getCountryCode(), source.getCountryCode())) return null;
        evidence.add(Evidence.REPLY);
        return previous.getSource();
    }

    /**
     * The source's own state as the target of a domestic act (PLOVER's convention: "Algerian landowners began a hunger
     * strike" is aimed at Algeria), unless the source is that state itself or one of its bodies or forces
     * ({@link #distinctSides}: "the Foreign Ministry criticised …" is not aimed at its own state; its people and rebels
     * may be), or one of its officials by name: "Zakharova urged the warring parties …", "Zelensky asked allies …" name
     * their addressees, who are not the official's own state (on the region set, 21 of the 29 events this fallback gave
     * officials were wrong: 6 of 9 on the tune part, 15 of 20 on the check part). An official's resignation is still
     * aimed at the state left (PLOVER's RETREAT).
     */
    EventActor ownState(EventActor source, EventType type, Set<Evidence> evidence) {
        String country = source.getCountryCode();
        if (!ActorEntry.isStateCode(country)) return null;
        ActorEntry state = dictionary.country(country).orElse(null);
        if (state == null || state.id().equals(source.getId()) && governing(source)) return null;
        if (type != EventType.RETREAT && "GOV".equals(source.getSector()) && isPerson(source)) return null;
        EventActor target = new EventActor(state.id(), state.name(), state.country(), null);
        if (!distinctSides(source, target, type == EventType.RETREAT)) return null;
        evidence.add(Evidence.DOMESTIC);
        return target;
    }

    boolean isState(EventActor a) {
        return dictionary.byId(a.getId()).map(ActorEntry::isCountry).orElse(false);
    }

    /** A state as a whole, or a government body or official of one ("Tehran", "the Foreign Ministry", "Lavrov"). */
    boolean government(EventActor a) {
        return "GOV".equals(a.getSector()) || a.getSector() == null && isState(a);
    }

    private boolean isPlace(EventActor a) {
        return dictionary.byId(a.getId()).map(e -> e.kind().equals("place")).orElse(false);
    }

    /**
     * A person of the dictionary, or an unknown name that does not end in a sector noun: "Dubem Oniya" is taken for a
     * person, "Foreign Ministry" or "Interior Ministry" for a body of its state.
     */
    private boolean isPerson(EventActor a) {
        return dictionary.byId(a.getId()).map(ActorEntry::isPerson).orElseGet(() -> {
            String name = a.getName() == null ? "" : a.getName().strip();
            String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            return last.isEmpty() || participants.sector(last) == null;
        });
    }

    /**
     * An intergovernmental organisation's meeting (a CONSULT whose source's country is {@code IGO}): its members meet in
     * a member's city, so the place is not its partner ("EU leaders meeting in Brussels" are not in talks with Belgium).
     */
    private static boolean organisationMeets(Trigger t, String sourceCountry) {
        return t.type() == EventType.CONSULT && ActorEntry.IGO.equals(sourceCountry);
    }

    /** Sectors of a country's society rather than of its state ({@code sectors.yaml}): they may act on their state. */
    private static final Set<String> SOCIETY = Set.of("REB", "OPP", "CVL", "MED", "BUS", "REL");

    /** Protesters, rebels, the opposition, the press, business, the clergy: a part of a country that may act on its state. */
    private static boolean ofTheSociety(EventActor a) {
        return a.getSector() != null && SOCIETY.contains(a.getSector());
    }

    /** Hostile acts whose doer may deny them. */
    static final Set<EventType> DENIABLE_ACTS = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.THREATEN,
            EventType.SANCTION, EventType.MOBILIZE);

    /** The speaker is the doer, or governs the doer's (non-IGO) state: a ministry answers for its troops. */
    private static boolean answersFor(EventActor speaker, EventActor doer) {
        if (speaker.getId().equals(doer.getId())) return true;
        String country = speaker.getCountryCode();
        return ActorEntry.isStateCode(country) && country.equals(doer.getCountryCode()) && governing(speaker);
    }

    /** In the government or the military sector (with {@link #isPerson}: one of the state's officials). */
    private static boolean official(EventActor a) {
        return "GOV".equals(a.getSector()) || "MIL".equals(a.getSector());
    }

    /** One side the state's armed forces, the other the state as governed ("Azerbaijani forces" and "Baku"). */
    private static boolean armedAndGoverning(EventActor a, EventActor b) {
        return "MIL".equals(a.getSector()) && governing(b);
    }

    /** No sector of its own or the government's: the state itself, or one of its bodies. */
    static boolean governing(EventActor a) {
        return a.getSector() == null || a.getSector().equals("GOV");
    }

    /**
     * "Police detained …", "Protesters marched …": a sector noun before the trigger in its clause (or before an aside
     * that ends right before it: "Opposition parties, which have refused …, demanded …"), with no actor named,
     * is that sector of the country of the place named, else of the first country named before the trigger, else of the
     * article's most named (an actor after the trigger is more often the target than the group's own state).
     */
    Participant sectorAgent(SentenceStructure st, Trigger t, List<Participant> people, String sentenceCountry, String articleCountry) {
        if (st.tagged() && Undergoing.passive(st, t)) return null; // "a journalist has been killed": the group is the patient
        // the sentence's country only from what is named before the act: "lawmakers condemned Russia's decision" are not Russian
        String before = sentenceCountry(people.stream().filter(p -> p.lastToken() < t.firstToken()).toList());
        // and the place only from the act's own clause: "The company called …, and the family said it would go to
        // arbitration in Stockholm" is not a Swedish company
        int clauseEnd = st.clauseEnd(t.lastToken());
        ActorEntry state = groupState(people.stream().filter(p -> p.lastToken() <= clauseEnd).toList(), before, articleCountry);
        if (state == null) return null;
        int start = st.clauseStart(t.firstToken()), end = t.firstToken();
        int aside = st.asideEndingBefore(start); // "Opposition parties, which have refused …, demanded …": the group before the aside
        if (aside > st.first()) {
            end = aside;
            start = st.clauseStart(aside - 1);
        }
        for (int i = start; i < end; i++) {
            if (st.isVerb(i)) return null;
            if (st.words().homeland().contains(st.lower(i)) && i > st.first() && st.lower(i - 1).equals("the")) {
                return new Participant(state, i, i, null, false, false); // "the country will leave …"
            }
            String sector = participants.sector(st.lower(i));
            if (sector != null && (!st.tagged() || st.taggedNoun(i))) {
                for (int v = i + 1; v < t.firstToken(); v++) if (Arguments.observes(st, v)) return null; // "journalists filmed the protest"
                return new Participant(state, i, i, sector, false, false);
            }
        }
        return null;
    }

    /** Forms of "order" that command whoever follows them ("ordered the army to …", "orders its troops back"). */
    private static final Pattern ORDERING = Pattern.compile("order(s|ed|ing)?");
    /** Sectors of a state's armed and police forces: the ones its leaders command rather than ask. */
    private static final Set<String> FORCES = Set.of("MIL", "COP");
    /** Words looked at after the verb of ordering for the forces' noun ("ordered all Russian combat units …"). */
    private static final int FORCES_REACH = 5;

    /**
     * "Putin ordered the army to attack …", "Aliyev ordered Azerbaijani forces to halt …", "ordered troops to the
     * border": a request whose verb is "order", by a government (a state, its leaders and bodies: not a court, not a
     * commander), whose object is its own armed forces or police (their noun within {@link #FORCES_REACH} words, after
     * determiners, adjectives, numbers, names and the source's own demonym; a noun that modifies the next one is passed:
     * "security forces", "police officers"; no other state's actor between) is a command, not a request between two
     * sides: what it orders is the source's own act (as PLOVER codes it: the state acts through its forces). The index
     * of the forces' noun, or -1. English only (the tags tell the noun).
     */
    int commandedForces(SentenceStructure st, List<Participant> people, Trigger t, Participant source) {
        if (t.type() != EventType.REQUEST || !st.tagged() || !ORDERING.matcher(st.lower(t.firstToken())).matches()) return -1;
        String own = source.actor().country();
        String sector = source.sector() != null ? source.sector() : source.actor().sector();
        if (!ActorEntry.isStateCode(own) || sector != null && !sector.equals("GOV")) return -1;
        int end = Math.min(st.last(), t.firstToken() + FORCES_REACH);
        for (int i = t.firstToken() + 1; i <= end; i++) {
            if (st.boundaryBefore(i)) return -1;
            Participant named = Arguments.endingAt(people, i);
            if (named != null && !own.equals(named.actor().country())) return -1; // "ordered Russia's Black Sea Fleet" (Kyiv)
            String tag = st.tag(i);
            String noun = tag.equals("NOUN") ? participants.sector(st.lower(i)) : null;
            if (noun != null && FORCES.contains(noun) && (i == st.last() || !st.tag(i + 1).equals("NOUN"))) return i;
            if (named == null && !tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM") && !tag.equals("PRON")
                    && !tag.equals("PROPN") && !tag.equals("NOUN")) return -1;
        }
        return -1;
    }

    /** Whether {@code p} names armed or police forces of {@code source}'s own state ("Russian troops" for Putin). */
    static boolean ownForces(Participant source, Participant p) {
        String own = source.actor().country();
        return p.sector() != null && FORCES.contains(p.sector()) && ActorEntry.isStateCode(own) && own.equals(p.actor().country());
    }

    /**
     * The state a group noun with no country of its own belongs to: that of the place the sentence names ("protesters
     * rallied outside the Russian embassy in Yerevan" are Armenian), else the sentence's first country, else the
     * article's; null when none is known.
     */
    private ActorEntry groupState(List<Participant> people, String sentenceCountry, String articleCountry) {
        String country = people.stream().filter(Participant::locative).map(p -> actorOf(p).country())
                .filter(ActorEntry::isStateCode).findFirst()
                .orElse(sentenceCountry != null ? sentenceCountry : articleCountry);
        return country == null ? null : dictionary.country(country).orElse(null);
    }

    /**
     * "Pashinyan was criticised by opposition lawmakers": a sector noun right after "by" (a word or two of description
     * between) is a passive's agent, that sector of the country of the place named, else of the sentence's country,
     * else of the article's; null when there is none.
     */
    Participant groupAgent(SentenceStructure st, Trigger t, List<Participant> people, String sentenceCountry, String articleCountry) {
        int end = st.clauseEnd(t.lastToken());
        for (int i = t.lastToken() + 1; i <= end; i++) {
            if (!st.words().agent().contains(st.lower(i))) continue;
            for (int j = i + 1; j <= Math.min(end, i + 3); j++) {
                String sector = participants.sector(st.lower(j));
                if (sector == null || !st.taggedNoun(j)) continue;
                ActorEntry state = groupState(people, sentenceCountry, articleCountry);
                return state == null ? null : new Participant(state, j, j, sector, false, false);
            }
            return null;
        }
        return null;
    }

    /**
     * "Egyptian police opened fire to disperse demonstrators", "detained more than 100 people": with no actor named as
     * the target, a group noun after the trigger in its clause is that group of the source's country (else the
     * sentence's, else the article's); of an army's act of force, or a state's attack, another country's the sentence
     * names where it names one. English only (it needs the tagger to tell the group's noun from a modifier:
     * "security forces" is the forces). Null when there is none or it is the source's own group. {@code type} is the
     * act as coded, after the verb chain's recoding (a threatened attack is no attack).
     */
    EventActor sectorPatient(SentenceStructure st, Trigger t, EventType type, EventActor source, List<Participant> people,
                             String sentenceCountry, String articleCountry, Set<Evidence> evidence) {
        if (!st.tagged()) return null;
        String country = ActorEntry.isStateCode(source.getCountryCode()) ? source.getCountryCode()
                : sentenceCountry != null ? sentenceCountry : articleCountry;
        // an army's victims, and a state's in an attack ("India attacked six locations, killing eight people"), are another
        // country's when the sentence names one
        boolean armed = "MIL".equals(source.getSector()) && (type == EventType.ASSAULT || type == EventType.COERCE);
        if (armed || type == EventType.ASSAULT && isState(source)) {
            String foreign = foreignCountry(people, country, articleCountry); // "Russian troops detained residents … Tbilisi"
            if (foreign != null) country = foreign;
        }
        ActorEntry state = country == null ? null : dictionary.country(country).orElse(null);
        if (state == null) return null;
        int end = st.clauseEnd(t.lastToken());
        if (end < st.last() && st.lower(end + 1).equals("that")) { // "demanded that the government …": the clause's subject
            int verb = end + 2;
            while (verb <= st.last() && !st.isVerb(verb)) verb++;
            end = verb - 1;
        }
        for (int i = t.lastToken() + 1; i <= end; i++) {
            if (st.isVerb(i)) break; // "… the troops that shelled …": past the object
            String sector = participants.sector(st.lower(i));
            if (sector == null || !st.tag(i).equals("NOUN") || AMBIGUOUS_GROUP_NOUNS.contains(st.lower(i))) continue;
            if (i < end && st.tag(i + 1).equals("NOUN")) continue; // a modifier: "security forces", "state television"
            if (st.gap(i).equals("-")) continue; // "an anti-government rally"
            if (ABSTRACT_NOUN.matcher(st.lower(i)).matches()) continue; // "militarisation" is no military
            if (ownedBySubject(st, i)) return null; // "ordered Baku to withdraw its troops": the source's own group
            ActorEntry own = demonymOf(st, people, i); // "detained two Russian citizens": the group's own country
            if (own != null) state = own;
            else if (ofAnotherOrigin(st, i) && state.country().equals(source.getCountryCode())) return null; // "Western delegations": not the source's people
            EventActor patient = new EventActor(state.id(), state.name(), state.country(), sector);
            if (!distinctSides(source, patient)) return null;
            evidence.add(Evidence.OBJECT);
            evidence.add(Evidence.ASSUMED_COUNTRY);
            return patient;
        }
        return null;
    }

    /**
     * The state named right before the group noun at {@code i} ("Russian citizens", "Armenian border guards": adjectives
     * and nouns between), or null.
     */
    private ActorEntry demonymOf(SentenceStructure st, List<Participant> people, int i) {
        for (int before = i - 1; before >= st.first(); before--) {
            Participant named = Arguments.endingAt(people, before);
            if (named != null) {
                return named.locative() || named.possessor() || !named.actor().isCountry() ? null
                        : dictionary.country(named.actor().country()).orElse(null);
            }
            String tag = st.tag(before);
            if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM"))) return null;
        }
        return null;
    }

    /**
     * A capitalised adjective right before the group noun at {@code i} that names no state ("Western delegations",
     * "European carriers"): the group has an origin of its own, which is not a state the dictionary knows.
     */
    private static boolean ofAnotherOrigin(SentenceStructure st, int i) {
        int before = i - 1;
        return before > st.first() && st.tag(before).equals("ADJ") && Character.isUpperCase(st.word(before).codePointAt(0));
    }

    /** A possessive pronoun before the noun at {@code i}, adjectives between ("its own troops", "their riot police"). */
    private static boolean ownedBySubject(SentenceStructure st, int i) {
        int before = i - 1;
        while (before >= st.first() && st.tag(before).equals("ADJ")) before--;
        return before >= st.first() && OWN_POSSESSIVES.contains(st.lower(before));
    }

    private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "his", "her", "our");

    /**
     * A force's victims are seldom its own people: the first country the sentence names other than the force's, else
     * the article's most named one if it is another; null when there is none.
     */
    private String foreignCountry(List<Participant> people, String own, String articleCountry) {
        for (Participant p : people) {
            ActorEntry a = actorOf(p);
            String c = a.state();
            if (ActorEntry.isStateCode(c) && !c.equals(own)) return c;
        }
        return articleCountry != null && !articleCountry.equals(own) ? articleCountry : null;
    }

    /** Abstract nouns a sector stem may begin ("militarisation", "officialdom"): a process or quality, not a group. */
    private static final java.util.regex.Pattern ABSTRACT_NOUN = java.util.regex.Pattern.compile("\\w+(isation|ization|ism|ness|dom|ity)");

    /** Sector words that are more often a thing or a quality than a group of people ("regional security", "the state of"). */
    private static final Set<String> AMBIGUOUS_GROUP_NOUNS = Set.of("security", "state", "air", "prime", "foreign", "agency");

    /** Where: a country or place named after "in"/"near" in the trigger's clause (organisations and people are not places). */
    static Participant place(SentenceStructure st, List<Participant> people, Trigger t) {
        int start = st.clauseStart(t.firstToken()), end = st.clauseEnd(t.lastToken());
        return people.stream().filter(p -> p.locative() && p.firstToken() >= start && p.lastToken() <= end)
                .filter(p -> p.actor().isCountry() || p.actor().kind().equals("place")).findFirst().orElse(null);
    }

    /** The first country named in the sentence (directly, by demonym, capital or an actor's country), or null. */
    String sentenceCountry(List<Participant> people) {
        return people.stream().map(p -> actorOf(p).country()).filter(ActorEntry::isStateCode).findFirst().orElse(null);
    }

    /**
     * {@code people} without the places named as where a body sits ("according to the Norway-based rights group
     * Hengaw": Norway is no side of the sentence's events), for the sentence's country.
     */
    static List<Participant> withoutSeats(SentenceStructure st, List<Participant> people) {
        return people.stream().noneMatch(p -> seat(st, p)) ? people : people.stream().filter(p -> !seat(st, p)).toList();
    }

    /** Whether {@code p} is followed by "-based" ("a London-based group"). */
    private static boolean seat(SentenceStructure st, Participant p) {
        int next = p.lastToken() + 1;
        return next <= st.last() && st.gap(next).equals("-") && st.lower(next).equals("based");
    }

    /**
     * The first country named in the sentence other than {@code not}, else {@code sentenceCountry} (the first of all):
     * for an act aimed across sides, where an actor of unknown country does not take the other side's.
     */
    String sentenceCountryOtherThan(List<Participant> people, String not, String sentenceCountry) {
        if (not == null) return sentenceCountry;
        return people.stream().map(p -> actorOf(p).country()).filter(c -> ActorEntry.isStateCode(c) && !c.equals(not))
                .findFirst().orElse(sentenceCountry);
    }

    /** The country an actor has of its own (a capital's is its state's), or null. */
    String ownCountry(Participant p) {
        return p == null ? null : actorOf(p).country();
    }

    /**
     * The country the article names most often (its actors' countries; of equally frequent ones, the first named), or
     * null. Mentions before character {@code leadEnd} (the headline and the lead, which say what the story is about)
     * count twice.
     */
    String mostNamedCountry(List<ActorMention> mentions, int leadEnd) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (ActorMention m : mentions) {
            String c = m.actor().state();
            if (ActorEntry.isStateCode(c)) counts.merge(c, m.start() < leadEnd ? 2 : 1, Integer::sum);
        }
        String most = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (most == null || e.getValue() > counts.get(most)) most = e.getKey();
        return most;
    }

    /**
     * A capital stands for its state as a source or target ("Yerevan accused …", "talks in Yerevan" aimed at Armenia),
     * or for the organisation seated there whose name it is in the news ("Brussels", the European Union:
     * {@link ActorDictionary#seatedIn}); as the event's location it stays the city. Everything else stands for itself.
     */
    private ActorEntry actorOf(Participant p) {
        if (p.actor().capitalOf() == null) return p.actor();
        return dictionary.seatedIn(p.actor()).or(() -> dictionary.country(p.actor().capitalOf())).orElse(p.actor());
    }

    /**
     * A person acts for the state or organisation whose office they hold on {@code date} ("NATO's Secretary-General
     * Stoltenberg" is IGO in 2024 and Norwegian again as its finance minister in 2025): the side with that office's
     * country code; unchanged when the person holds no office in the dictionary then, or {@code date} is null.
     */
    EventActor inOffice(EventActor side, java.time.LocalDate date) {
        if (date == null) return side;
        ActorEntry person = dictionary.byId(side.getId()).filter(ActorEntry::isPerson).orElse(null);
        if (person == null) return side;
        for (io.newsflow.enrich.actors.Role role : person.roles()) {
            if (role.heldOn(date) && !role.of().equals(side.getCountryCode())) {
                return new EventActor(side.getId(), side.getName(), role.of(), side.getSector());
            }
        }
        return side;
    }

    EventActor side(Participant p, String sentenceCountry, String articleCountry, Set<Evidence> evidence) {
        return side(null, p, null, sentenceCountry, articleCountry, evidence);
    }

    /**
     * One side of an event. An actor without a country of its own takes the sentence's, else the article's — but,
     * unless it is a group of civilians or opposition (a state's own people act on it as often as not), never the
     * state as a whole that is the event's other side: "President Bush threatened Russia" does not make Bush Russian
     * (while "a judge charged Chilean officials" may make the judge Chilean), and an
     * actor of unknown country is better than a state acting on itself. The same holds for a capital named alone as a
     * side ("Prime Minister Inga Ruginiene accused Minsk of …" does not make her Belarusian; "local officials accused Baku
     * of …" are not Azerbaijan's), not for a capital that is the place ("supporters of President Ben Bella blocked roads
     * in Algiers"), and only for a person named with a title or a group: a name alone may be a place or a thing. {@code other} may be null.
     */
    EventActor side(SentenceStructure st, Participant p, Participant other, String sentenceCountry, String articleCountry,
                    Set<Evidence> evidence) {
        ActorEntry a = actorOf(p);
        // a capital standing for its state keeps the sector its noun gives it ("a Kyiv court": Ukraine's judiciary)
        boolean ownSector = p.sector() != null && !p.sector().equals(p.actor().sector());
        String sector = a == p.actor() || ownSector ? p.sector() : a.sector();
        String country = a.country();
        if (country == null && st != null && (ProperNames.isBloc(a, st.words()) || GroupNouns.isStates(a.id()))) {
            evidence.add(Evidence.UNKNOWN_COUNTRY); // "the West", "Запад": a group of states, of no one country
        } else if (country == null) {
            // a state's own people act on it as often as not ("protesters demanded Armenia's exit"): only officials and
            // bodies are kept from the state they face
            boolean people = GroupNouns.isGroup(a.id()) && ("CVL".equals(sector) || "OPP".equals(sector));
            boolean stateNamed = other != null && !people && (isStateItself(st, other)
                    || (a.isPerson() && !ProperNames.isName(a.id()) || GroupNouns.isGroup(a.id())) && capitalAsArgument(st, other));
            String otherState = stateNamed ? actorOf(other).country() : null;
            country = sentenceCountry != null && !sentenceCountry.equals(otherState) ? sentenceCountry
                    : articleCountry != null && !articleCountry.equals(otherState) ? articleCountry : null;
            evidence.add(country != null ? Evidence.ASSUMED_COUNTRY : Evidence.UNKNOWN_COUNTRY);
        }
        return new EventActor(GroupNouns.idIn(a.id(), country), a.name(), country, sector);
    }

}
