package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.UnknownActors;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names the actor dictionary does not know and no title introduces ("Hovsepyan criticised …", "Sargsyan, a former
 * minister, …"): in a tagged (English) sentence, a run of capitalised words the part-of-speech tagger calls proper nouns
 * (or, for names it does not know, unknown words or adjectives: {@link #nameTag}) becomes a participant, so the
 * clause's structure can give it a role instead of skipping to the next actor named. Most news is about people no
 * dictionary lists; without this their acts were lost or given to someone else. Russian and Armenian sentences have no
 * tagger but capitalise only proper nouns, so there a capitalised word after the first is a name
 * ({@link #capitalisesOnlyNames}).
 *
 * <p>Such an actor has no country of its own: {@link Sides} gives it the sentence's, else the article's most named
 * country ({@link Evidence#ASSUMED_COUNTRY}), and {@link Evidence#NAME_ONLY} lets the confidence model weigh how often
 * that holds; a name in apposition with a known actor takes that actor's country ("Oshiro, the United Nations envoy,").
 * Its id is provisional and built from its last word's stem ({@code nf:unknown/name/sargsyan}), so "Tigran Sargsyan"
 * and a later "Sargsyan" are one actor (and "Вовк", "Вовка" too).
 *
 * <p>Left out: headlines (every word is capitalised there), calendar words (months, weekdays, their abbreviations), runs
 * longer than {@link #MAX_WORDS} words, words inside a known actor's mention, a run that ends in a title ("Defense
 * Minister") or is followed by one ("Kremlin spokesman"), continues a known actor's name, glosses it in brackets
 * ("(AKK)"), opens the sentence as one word before "of" ("Estimates of its size vary": the tagger guesses worst at a
 * sentence's first word), modifies the noun after it ("a Telegraph Daily reporter") or follows "a" ("a moderate
 * Democrat"). After "in", "near" … or "the city of" a name is a place; a sector noun after it gives its sector ("ANC
 * ministers"). Immutable and thread-safe; linear in the sentence.
 */
final class ProperNames {
    /** Longest run of words taken as one name: longer runs are titles of works, events or headlines. */
    static final int MAX_WORDS = 4;
    /** Months and weekdays, with their abbreviations ("Oct", "Sept", "Wed"): the tagger takes them for names. */
    private static final Set<String> CALENDAR = Stream.concat(Arrays.stream(Month.values()), Arrays.stream(DayOfWeek.values()))
            .map(v -> v.name().toLowerCase(Locale.ROOT))
            .flatMap(name -> Stream.of(name, name.substring(0, 3), name.substring(0, Math.min(4, name.length()))))
            .collect(Collectors.toUnmodifiableSet());

    private final Participants participants;

    ProperNames(Participants participants) {
        this.participants = participants;
    }

    /**
     * {@code people} with the sentence's unknown proper names added, in text order. {@code seen} holds the ids of the
     * names the article gave before (this sentence's are added): a word that spells one of their last words is that
     * name wherever it stands and however it is tagged ("Samantha Power … Power, who …": the tagger calls "Power" a noun).
     */
    List<Participant> addTo(List<Participant> people, SentenceStructure st, Sentence sentence, String text, Set<String> seen) {
        if (headline(st) || !st.tagged() && !capitalisesOnlyNames(st)) return people;
        boolean[] covered = Participants.covered(people, st.first(), st.last());
        List<Participant> found = new ArrayList<>();
        int datelineEnd = Dateline.end(text, sentence); // "KATHMANDU, April 25 (Reuters) -" names no actor
        for (int i = st.first(); i <= st.last(); i++) {
            if (st.tokens().get(i).start() < datelineEnd) continue;
            boolean named = isSeenName(st, i, covered, seen);
            if (!named && !isNameWord(st, i, covered)) continue;
            int first = i, last = i;
            while (last + 1 <= st.last() && (JOINING.contains(st.gap(last + 1)) || elided(st, last + 1, covered))) {
                if (isNameWord(st, last + 1, covered) || continuesName(st, first, last + 1, covered) || hyphenated(st, last + 1, covered)
                        || elided(st, last + 1, covered)) {
                    last++;
                    continue;
                }
                int particles = nameParticles(st, last + 1, covered); // "Mohammed bin Salman", "Ursula von der Leyen"
                if (particles == 0) break;
                last += particles;
            }
            if (found.isEmpty() || found.getLast().lastToken() < first - 1) { // not the end of a name just found
                while (opensName(st, first - 1, covered) && st.gap(first).equals(" ")) first--; // "Yeghishe Kirakosyan"
            }
            i = last;
            int run = first;
            while (first < last && isTitle(st.lower(first))) first++; // "Sen. Ann Holt", "Ms Avetisyan"
            if (named && first == last || isName(st, first, last, covered)) {
                String country = appositionCountry(st, last, people);
                if (country == null && first > run) country = titleCountry(run, people);
                if (country == null) country = possessorCountry(st, run, people);
                if (country == null) country = roleBefore(st, first, people); // "президент ОАЭ Мохаммед бен Заид …"
                if (country == null) country = titledPhraseCountry(st, first, last, people);
                Participant p = participants.named(entry(st, first, last, isPlace(st, first), country),
                        first, last, st.tokens(), text, sentence);
                String title = p.sector() == null ? titleSector(st, first) : null; // "opposition lawmaker Artur …"
                found.add(title == null ? p : new Participant(p.actor(), first, last, title, p.possessor(), p.locative()));
                seen.add(p.actor().id());
            }
        }
        addBlocGroups(st, text, sentence, covered, found);
        return Participants.withFound(people, found);
    }

    /**
     * "Western countries", "Western delegations", "западных партнеров": a group of states named by its bloc, in lower
     * case as often as not, is the bloc itself ({@link #blocId}: one actor with "the West"), of no country; so are
     * "European leaders" (Europe's, not the European Union).
     */
    private void addBlocGroups(SentenceStructure st, String text, Sentence sentence, boolean[] covered, List<Participant> found) {
        FunctionWords w = st.words();
        for (int i = st.first(); i < st.last(); i++) {
            if (covered[i - st.first()] || covered[i + 1 - st.first()] || !st.gap(i + 1).equals(" ")) continue;
            String name = w.namesBloc(st.lower(i), st.lower(i + 1));
            if (name == null) continue;
            final int first = i;
            if (found.stream().anyMatch(p -> p.firstToken() <= first + 1 && first <= p.lastToken())) continue;
            ActorEntry bloc = new ActorEntry(idOf(name), st.textBetween(i, i + 1), "organisation", null, null, Map.of());
            found.add(participants.named(bloc, i, i + 1, st.tokens(), text, sentence));
            i++;
        }
    }

    /**
     * The id of a language's bloc ("the West", "Запад"): that of its shortest name as an unknown name; null for a
     * language with none.
     */
    static String blocId(FunctionWords w) {
        return w.blocs().stream().min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .map(ProperNames::idOf).orElse(null);
    }

    /** The id of a bloc's name as an unknown name ("west", "europe"). */
    private static String idOf(String blocName) {
        return ID_PREFIX + UnknownActors.slug(Tokenizer.tokenize(blocName).getFirst().key());
    }

    /**
     * Whether {@code a} is a bloc of states named as an unknown name ("the West", "Western countries", "Запад",
     * "European leaders").
     */
    static boolean isBloc(ActorEntry a, FunctionWords w) {
        return isName(a.id()) && (w.blocs().contains(MentionCursor.lastWord(a.name())) || a.id().equals(blocId(w))
                || w.blocAdjectives().values().stream().map(ProperNames::idOf).anyMatch(a.id()::equals));
    }

    /**
     * The sector of the title words right before a name ("opposition lawmaker", "the mayor"): the opposition wins over
     * the office ("opposition lawmaker" is OPP), else the nearest; null when none.
     */
    private String titleSector(SentenceStructure st, int first) {
        String nearest = null;
        for (int t = first - 1; t >= Math.max(st.first(), first - TITLE_REACH) && st.gap(t + 1).equals(" "); t--) {
            String sector = participants.sector(st.lower(t));
            if (sector == null && endsTitle(st, t)) break; // "a court sentenced …", "a court in Lyon": the court is no title of theirs
            if ("OPP".equals(sector)) return sector;
            if (nearest == null) nearest = sector;
        }
        return nearest;
    }

    /** The compass words that are adjectives ("central", "western", "northeastern"), never a name alone. */
    private static final Set<String> COMPASS_ADJECTIVES = Participants.COMPASS.stream()
            .filter(w -> w.endsWith("ern") || w.equals("central")).collect(Collectors.toUnmodifiableSet());

    /** Title words read before a name. */
    static final int TITLE_REACH = 2;

    /** Word classes a name's title words never cross (English tags). */
    private static final Set<String> NOT_IN_TITLES = Set.of("VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART", "NUM");

    /**
     * A word (not a sector word: the tagger calls "opposition" a preposition at times) that ends the title phrase before
     * a name: a verb or a word of grammar (untagged Russian and Armenian: a verb by its ending, or a short lower-case
     * word, a preposition or conjunction such as "в", "на", "и").
     */
    private static boolean endsTitle(SentenceStructure st, int t) {
        if (st.tagged()) return NOT_IN_TITLES.contains(st.tag(t)) || st.isVerb(t);
        String word = st.lower(t);
        return UntaggedActs.isVerb(word) || word.length() <= 3 && !Character.isUpperCase(st.word(t).codePointAt(0));
    }

    /**
     * The article's names with the country they were given where first coded: "Artur Vanetsyan" assumed Armenian in
     * one sentence stays Armenian in a later one that names Russia first.
     */
    static List<Participant> withCountriesFrom(List<Participant> people, Map<String, String> countryByName) {
        if (countryByName.isEmpty()) return people;
        List<Participant> result = new ArrayList<>(people.size());
        for (Participant p : people) {
            String country = p.actor().country() == null ? countryByName.get(p.actor().id()) : null;
            if (country == null) {
                result.add(p);
                continue;
            }
            result.add(new Participant(p.actor().withCountry(country), p.firstToken(), p.lastToken(), p.sector(), p.possessor(),
                    p.locative(), p.ownsNoun()));
        }
        return result;
    }

    /** Remembers the countries the sentence's names were given by their title or an apposition (the first one sticks). */
    static void rememberStated(Map<String, String> countryByName, List<Participant> people) {
        for (Participant p : people) {
            if (isName(p.actor().id()) && p.actor().country() != null) countryByName.putIfAbsent(p.actor().id(), p.actor().country());
        }
    }

    /** Remembers the country a name was coded with (the first one sticks). */
    static void remember(Map<String, String> countryByName, io.newsflow.schemas.EventActor side) {
        if (side != null && isName(side.getId()) && side.getCountryCode() != null) countryByName.putIfAbsent(side.getId(), side.getCountryCode());
    }

    /** Whether an actor is one of these names (its id is provisional and says so). */
    static boolean isName(String actorId) {
        return actorId != null && actorId.startsWith(ID_PREFIX);
    }

    private static final String ID_PREFIX = "nf:unknown/name/";
    /** What may stand between two words of one name ("Ter-Petrosyan" is tokenized as two words). */
    private static final Set<String> JOINING = Set.of(" ", "-");

    /**
     * Whether a run of proper nouns names an actor: not too long, not a title ("Defense Minister", "Kremlin spokesman"),
     * not the rest of a known actor's name ("Civic Contract Party" after "Civic Contract"), not a gloss in brackets, not a
     * modifier of the noun after it ("a Telegraph Daily reporter"), not a prefix of a hyphenated word ("Pan-Armenian"),
     * not a compass word alone ("Central Asian leaders"), not a kind of person ("a moderate Democrat": a name takes no
     * "a").
     */
    private boolean isName(SentenceStructure st, int first, int last, boolean[] covered) {
        if (last - first + 1 > MAX_WORDS || isTitle(st.lower(last))) return false;
        int before = first - 1, after = last + 1;
        if (before >= st.first() && covered[before - st.first()] && st.gap(first).equals(" ")) return false;
        if (after <= st.last()) {
            boolean continuesKnown = covered[after - st.first()] && st.gap(after).equals(" ");
            boolean titleFollows = isTitle(st.lower(after)) && participants.sector(st.lower(after)) == null;
            boolean modifiesNoun = st.tag(after).equals("NOUN") && !isCapitalised(st, after) && st.gap(after).equals(" ");
            boolean gloss = st.gap(first).endsWith("(") && st.gap(after).startsWith(")");
            boolean headOfPhrase = first == st.first() && first == last && st.lower(after).equals("of"); // "Estimates of …"
            boolean prefix = st.gap(after).equals("-"); // "Pan-Armenian", "Pro-government": the run did not take the rest
            if (continuesKnown || titleFollows || modifiesNoun || gloss || headOfPhrase || prefix) return false;
        }
        boolean direction = true; // "Central", "Western" alone: an adjective of a place's name, not a name ("the West" is one)
        for (int t = first; t <= last; t++) direction &= COMPASS_ADJECTIVES.contains(st.lower(t));
        if (direction) return false;
        if (before >= st.first() && st.tag(before).equals("ADJ")) before--;
        return before < st.first() || !INDEFINITE.contains(st.lower(before));
    }

    /** After "in", "near" …, or after "of" following a place noun ("the border town of Tavush"). */
    private static boolean isPlace(SentenceStructure st, int first) {
        if (first - 1 < st.first()) return false;
        String before = st.lower(first - 1);
        return Participants.LOCATIVE.contains(before)
                || before.equals("of") && first - 2 >= st.first() && PLACE_NOUNS.contains(st.lower(first - 2));
    }

    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "province", "district",
            "county", "capital", "port", "island", "area", "state");

    /**
     * "Oshiro, the United Nations envoy, …": a name followed by a comma and an apposition that names a known actor within
     * a few words belongs to that actor's country (IGO for the UN); else null.
     */
    private static String appositionCountry(SentenceStructure st, int last, List<Participant> people) {
        if (last + 1 > st.last() || !st.gap(last + 1).strip().equals(",")) return null;
        for (Participant p : people) {
            if (p.firstToken() <= last || p.firstToken() > last + APPOSITION_REACH) continue;
            for (int t = last + 2; t <= p.firstToken(); t++) if (!st.gap(t).isBlank() && !st.gap(t).equals("-")) return null;
            for (int t = last + 1; t < p.firstToken(); t++) if (st.isVerb(t)) return null; // ", arrived in Armenia": no apposition
            if (p.locative()) return null;
            ActorEntry a = p.actor();
            return a.state();
        }
        return null;
    }

    /**
     * "Armenian Deputy Prime Minister Mher Grigoryan": a name whose title words follow a country's mention belongs to
     * that country; else null. {@code run} is the first title word.
     */
    /**
     * "Armenia's human rights defender Anahit Manasyan": a name after a possessive country and up to
     * {@link #DESCRIPTION_WORDS} lower-case nouns and adjectives (a noun last) takes that country; else null.
     */
    private static String possessorCountry(SentenceStructure st, int run, List<Participant> people) {
        if (!st.tagged() || run - 1 < st.first() || !st.tag(run - 1).equals("NOUN")) return null;
        int i = run - 1;
        // "North Korea's ambassador, Kang Chol, …": the description may also stand as an apposition before the name
        while (i >= st.first() && run - i <= DESCRIPTION_WORDS && (st.tag(i).equals("NOUN") || st.tag(i).equals("ADJ"))
                && !isCapitalised(st, i) && (st.gap(i + 1).equals(" ") || i + 1 == run && st.gap(run).equals(", "))) i--;
        if (i < st.first() || !st.lower(i).equals("s")) return null;
        for (Participant p : people) {
            if (p.lastToken() != i - 1 && p.lastToken() != i || !p.actor().isCountry()) continue;
            return p.actor().state();
        }
        return null;
    }

    /**
     * A role phrase or a country's mention right before a name, one space between ("президент ОАЭ Мохаммед бен Заид",
     * "the Iranian Mohammad …"): that actor's country; else null.
     */
    private static String roleBefore(SentenceStructure st, int first, List<Participant> people) {
        if (first - 1 < st.first() || !st.gap(first).equals(" ")) return null;
        for (Participant p : people) {
            if (p.lastToken() != first - 1 || p.locative() || p.possessor()) continue;
            ActorEntry a = p.actor();
            boolean role = a.isPerson() || a.isCountry(); // a role phrase resolves to a person of its country
            return role && a.country() != null ? a.state() : null;
        }
        return null;
    }

    /** Lower-case words read back from a name for a possessive country's description of it. */
    static final int DESCRIPTION_WORDS = 4;

    private static String titleCountry(int run, List<Participant> people) {
        for (Participant p : people) {
            if (p.lastToken() != run - 1 || p.locative() || !p.actor().isCountry()) continue; // "Armenian", "Armenia's"
            ActorEntry a = p.actor();
            return a.state();
        }
        return null;
    }

    /**
     * "The head of the US Agency for International Development, Samantha Power, arrived …", "Russia's ambassador to
     * Armenia, Sergei Kopyrkin, said …": a name between commas after a phrase with a title word takes the country of
     * the phrase's first country or organisation (within {@link #TITLED_PHRASE_REACH} words; IGO for an international
     * one); else null.
     */
    private String titledPhraseCountry(SentenceStructure st, int first, int last, List<Participant> people) {
        if (first - 1 < st.first() || !st.gap(first).strip().equals(",")) return null;
        if (last < st.last() && !st.gap(last + 1).contains(",")) return null;
        int start = first - 1;
        while (start > st.first() && first - start < TITLED_PHRASE_REACH && !st.gap(start).contains(",") && !st.boundaryBefore(start)) start--;
        boolean titled = false;
        for (int i = start; i < first; i++) titled |= isTitle(st.lower(i)) || PHRASE_HEADS.contains(st.lower(i));
        if (!titled) return null;
        for (Participant p : people) {
            if (p.firstToken() < start || p.lastToken() >= first || p.locative()) continue;
            if (!p.actor().isCountry() && !p.actor().kind().equals("organisation") || p.actor().country() == null) continue;
            return p.actor().state(); // IGO for "the UN's envoy"
        }
        return null;
    }

    /** Words read back from a name for the titled phrase before it. */
    static final int TITLED_PHRASE_REACH = 12;
    /** Nouns that head a titled phrase without being a title themselves ("the head of …", "the chief of …"). */
    private static final Set<String> PHRASE_HEADS = Set.of("head", "chief", "director", "boss");

    /** Words between a name's comma and the known actor of its apposition ("the United Nations …"). */
    static final int APPOSITION_REACH = 4;

    private boolean isTitle(String lower) {
        return UnknownActors.isPersonTitle(lower) || participants.sector(lower) != null;
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an");

    /**
     * Russian and Armenian write only proper nouns with a capital (not demonyms, months or weekdays), so without a tagger
     * a capitalised word inside a sentence is a name; the sentence's first word (or the first after an opening quote or
     * dash) says nothing and is left out.
     */
    private static boolean capitalisesOnlyNames(SentenceStructure st) {
        return st.isCyrillic(st.first())
                || Character.UnicodeScript.of(st.lower(st.first()).codePointAt(0)) == Character.UnicodeScript.ARMENIAN;
    }

    private static boolean isNameWord(SentenceStructure st, int i, boolean[] covered) {
        String word = st.word(i);
        boolean nameTag = st.tagged() ? nameTag(st, i)
                : i > st.first() && !OPENING.matcher(st.gap(i)).matches() && Character.isLetter(word.codePointAt(0));
        return !covered[i - st.first()] && nameTag && isCapitalised(st, i)
                && word.codePointCount(0, word.length()) > 1 && !CALENDAR.contains(st.lower(i)) && !st.gap(i).equals("-")
                && !st.words().quantifiers().contains(st.lower(i)) // "Several hundred people ..."
                && !adjectiveOfNoun(st, i);
    }

    /**
     * A capitalised word right before a name that the tagger called something else (it tags unknown foreign first names
     * at random: "Yeghishe" as a conjunction): part of the name unless it opens the sentence or a quotation, is a title,
     * a calendar word or a word of grammar (determiner, pronoun, preposition, auxiliary, number).
     */
    private boolean opensName(SentenceStructure st, int i, boolean[] covered) {
        if (i <= st.first() || covered[i - st.first()] || !st.tagged() || !isCapitalised(st, i)) return false;
        if (OPENING.matcher(st.gap(i)).matches() || CALENDAR.contains(st.lower(i)) || isTitle(st.lower(i))) return false;
        return !GRAMMAR_TAGS.contains(st.tag(i));
    }

    private static final Set<String> GRAMMAR_TAGS = Set.of("DET", "PRON", "ADP", "AUX", "SCONJ", "PART", "NUM", "PUNCT", "SYM");

    /**
     * Lower-case particles inside a name ("bin", "von der", "бен", "аль") followed by a capitalised word of it: how many
     * particles stand at {@code i} (at most two) when a name word follows them, else 0.
     */
    private static int nameParticles(SentenceStructure st, int i, boolean[] covered) {
        int k = i;
        while (k <= st.last() && k - i < 2 && UnknownActors.NAME_PARTICLES.contains(st.word(k)) && JOINING.contains(st.gap(k))) k++;
        if (k == i || k > st.last() || covered[k - st.first()] || !isCapitalised(st, k) || !JOINING.contains(st.gap(k))) return 0;
        return k - i;
    }

    /**
     * Whether the sentence opens with the last word of a name the article gave before ("Evghenia Gutsul … Gutsul called
     * the verdict …"): then the sentence names an actor though its only capitalised word is its first.
     */
    static boolean opensWithSeenName(Sentence sentence, Set<String> seen) {
        return !sentence.tokens().isEmpty() && spellsSeenName(sentence.tokens().getFirst(), seen);
    }

    /** A capitalised word that spells the last word of a name the article gave before. */
    private static boolean isSeenName(SentenceStructure st, int i, boolean[] covered, Set<String> seen) {
        return !covered[i - st.first()] && isCapitalised(st, i) && spellsSeenName(st.tokens().get(i), seen);
    }

    /** A capitalised word, not a month or weekday, whose stem is that of the last word of a name in {@code seen}. */
    private static boolean spellsSeenName(Token word, Set<String> seen) {
        return !seen.isEmpty() && word.isCapitalised() && !CALENDAR.contains(word.lower())
                && seen.contains(ID_PREFIX + UnknownActors.slug(word.key()));
    }

    /**
     * A capitalised word right after a run that opens with a proper noun or an adjective continues the name ("Samantha
     * Power", "Tom Price": the tagger calls the surname a noun; "the Special Investigation Service", "her National Rally
     * party", "Generation Z": a name the tagger split, which its first word alone would misname), unless it is a title.
     */
    private boolean continuesName(SentenceStructure st, int first, int next, boolean[] covered) {
        return st.tagged() && (st.tag(first).equals("PROPN") || st.tag(first).equals("ADJ")) && !covered[next - st.first()]
                && isCapitalised(st, next) && !CALENDAR.contains(st.lower(next)) && !isTitle(st.lower(next));
    }

    /** "O'Leary", "D'Alema": a capitalised word after a single capital and an apostrophe is the rest of the name. */
    private static boolean elided(SentenceStructure st, int next, boolean[] covered) {
        String gap = st.gap(next);
        return (gap.equals("'") || gap.equals("’")) && st.word(next - 1).length() == 1 && isCapitalised(st, next - 1)
                && !covered[next - st.first()] && isCapitalised(st, next);
    }

    /**
     * A capitalised word joined by a hyphen to the name before it is part of that name ("Kara-Murza", "Abdul-Mahdi",
     * "Кара-Мурза"), whatever the tagger calls it; a word on its own after a hyphen starts no name ({@link #isNameWord}).
     */
    private static boolean hyphenated(SentenceStructure st, int next, boolean[] covered) {
        return st.gap(next).equals("-") && !covered[next - st.first()] && isCapitalised(st, next) && !CALENDAR.contains(st.lower(next));
    }

    /**
     * Russian capitalises the adjective that opens a place's or a body's name ("Курскую область", "Каспийского моря",
     * "Конституционного суда"): a capitalised word with an adjective's ending followed by a lower-case word that is
     * neither a verb nor a preposition is such an adjective, not a name ("Тихановская заявила" keeps its name).
     */
    private static boolean adjectiveOfNoun(SentenceStructure st, int i) {
        if (st.tagged() || i + 1 > st.last() || !st.gap(i + 1).equals(" ") || !RUSSIAN_ADJECTIVE.matcher(st.lower(i)).matches()) return false;
        String next = st.word(i + 1);
        String lower = st.lower(i + 1);
        return Character.isLowerCase(next.codePointAt(0)) && lower.length() >= 3 && !UntaggedActs.isVerb(lower)
                && !st.words().prepositions().contains(lower);
    }

    /** Whether a lower-case Russian word has an adjective's ending ({@link #RUSSIAN_ADJECTIVE}). */
    static boolean russianAdjective(String lower) {
        return RUSSIAN_ADJECTIVE.matcher(lower).matches();
    }

    /** Endings of Russian adjectives in every case and gender ("-ский", "-скую", "-ного", "-ной", "-ых"). */
    private static final java.util.regex.Pattern RUSSIAN_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{IsCyrillic}{3,}(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ых|их|ыми|ими)");

    /** A quote or dash before a word: it opens a quotation or an aside, whose first word is capitalised anyway. */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(".*[«\"“„—–-]\\s*");

    private static boolean isCapitalised(SentenceStructure st, int i) {
        return Character.isUpperCase(st.word(i).codePointAt(0));
    }

    /**
     * The tagger knows few foreign names: it calls "Hovsepyan" an adjective and some short names unknown (X) rather
     * than proper nouns. A capitalised adjective counts unless a lower-case noun or adjective follows it ("Western
     * officials").
     */
    private static boolean nameTag(SentenceStructure st, int i) {
        String tag = st.tag(i);
        if (tag.equals("PROPN") || tag.equals("X")) return true;
        // "accused the West of stirring up …": the tagger reads "the West of" as "the rest of", a noun
        if (tag.equals("NOUN") && st.words().blocs().contains(st.lower(i)) && i > st.first() && st.lower(i - 1).equals("the")) return true;
        if (!tag.equals("ADJ")) return false;
        if (i + 1 > st.last()) return true;
        String next = st.tag(i + 1);
        return !((next.equals("NOUN") || next.equals("ADJ")) && !isCapitalised(st, i + 1));
    }

    private static boolean headline(SentenceStructure st) {
        int words = 0, capitalised = 0;
        for (int i = st.first(); i <= st.last(); i++) {
            if (st.word(i).length() < 4) continue;
            words++;
            if (Character.isUpperCase(st.word(i).codePointAt(0))) capitalised++;
        }
        return UnknownActors.isHeadline(words, capitalised);
    }

    private static ActorEntry entry(SentenceStructure st, int first, int last, boolean place, String country) {
        String name = st.textBetween(first, last);
        return new ActorEntry(ID_PREFIX + UnknownActors.slug(st.tokens().get(last).key()), name, place ? "place" : "person", country,
                null, Map.of());
    }
}
