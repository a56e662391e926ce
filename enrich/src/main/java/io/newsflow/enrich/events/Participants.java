package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a sentence's actor mentions into event {@link Participant}s: a country named inside a role phrase is dropped in
 * favour of the role's holder; a demonym or country right before a person ("Kyrgyz Prime Minister Nikolai Tanaev")
 * merges into the person; sector nouns that follow a mention set its sector ({@code sectors.yaml}); possessors of
 * plain nouns and places after "in"/"at"/"near" are marked. Immutable and thread-safe.
 */
final class Participants {
    /** Prepositions of place ("at" is left out: "accusations at Moscow" names a target, not a place). */
    static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "inside", "в", "во");
    static final int MAX_TITLE_WORDS = 4;
    /** "in Western Cambodia", "in Northern Syria": a capitalised direction between the preposition and the place. */
    static final Set<String> COMPASS = Set.of("western", "eastern", "northern", "southern", "central", "north", "south", "east",
            "west", "northwestern", "northeastern", "southwestern", "southeastern");
    static final Set<String> RANKS = Set.of("junior", "deputy", "senior", "former", "acting", "chief", "vice", "interim", "top", "special",
            "counterpart", "his", "her");

    private record File(Map<String, List<String>> sectors) {}

    /** Sector by exact word, and by word prefix (entries ending in *) grouped under their first two letters. */
    private final Map<String, String> sectorByWord = new HashMap<>();
    private final Map<String, Map<String, String>> sectorByPrefix = new HashMap<>();
    private final java.util.function.Function<String, ActorEntry> countries;

    Participants(byte[] sectorsYaml, java.util.function.Function<String, ActorEntry> countries) {
        this.countries = countries;
        try {
            File file = new ObjectMapper(new YAMLFactory()).readValue(sectorsYaml, File.class);
            file.sectors().forEach((sector, words) -> words.forEach(w -> {
                if (w.endsWith("*")) {
                    String prefix = w.substring(0, w.length() - 1);
                    sectorByPrefix.computeIfAbsent(prefix.substring(0, Math.min(2, prefix.length())), k -> new LinkedHashMap<>()).put(prefix, sector);
                } else {
                    sectorByWord.put(w, sector);
                }
            }));
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid sectors file: " + e.getMessage(), e);
        }
    }

    /** @param countries the country actor for an alpha-3 code, or null */
    static Participants english(java.util.function.Function<String, ActorEntry> countries) {
        try (InputStream in = Participants.class.getResourceAsStream("sectors.yaml")) {
            if (in == null) throw new IllegalStateException("sectors.yaml is missing from the classpath");
            return new Participants(in.readAllBytes(), countries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sectors.yaml", e);
        }
    }

    List<Participant> of(Sentence sentence, List<Token> tokens, List<ActorMention> mentions, String text) {
        int datelineEnd = Dateline.end(text, sentence); // "NEW DELHI: …": where the story was filed, not who acts in it
        List<ActorMention> inSentence = mentions.stream()
                .filter(m -> sentence.containsToken(m.firstToken()) && sentence.containsToken(m.lastToken()))
                .filter(m -> tokens.get(m.firstToken()).start() >= datelineEnd || m.actor().isPerson()
                        || m.actor().kind().equals("organisation")).toList();
        List<ActorMention> kept = new ArrayList<>();
        for (ActorMention m : inSentence) {
            boolean insideRole = inSentence.stream().anyMatch(r -> r != m && r.role() != null && r.firstToken() <= m.firstToken()
                    && r.lastToken() >= m.lastToken() && (r.lastToken() - r.firstToken()) > (m.lastToken() - m.firstToken()));
            if (!insideRole) kept.add(m);
        }
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            ActorMention m = kept.get(i);
            if (m.lastToken() + 1 <= sentence.lastToken() && tokens.get(m.lastToken() + 1).lower().equals("member")) continue; // "NATO-member Norway"
            ActorMention next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            boolean countryOrBody = m.actor().isCountry() || m.actor().kind().equals("organisation") && m.actor().country() != null;
            boolean titled = next != null && next.actor().isPerson() && titleWordsBetween(text, tokens, m, next);
            // "Russia's Foreign Ministry"; "Russia's Security Council", "Manila's National Security Council" (the state's
            // own body, which ActorResolver gives the state's code)
            boolean ownBody = next != null && next.actor().kind().equals("organisation")
                    && (m.actor().isCountry() && next.actor().country() == null && next.firstToken() - m.lastToken() <= 2
                        || (m.actor().isCountry() || m.actor().capitalOf() != null) && next.actor().id().startsWith(ActorResolver.OWN_BODY_PREFIX)
                           && java.util.Objects.equals(next.actor().country(), m.actor().country()));
            if (countryOrBody && titled || ownBody) {
                ActorEntry member = next.actor();
                if (member.country() == null) {
                    member = new ActorEntry(member.id(), member.name(), member.kind(), m.actor().country(),
                            member.sector() != null ? member.sector() : "GOV", member.aliases(), member.roles(), null);
                }
                participants.add(participant(member, m.firstToken(), next.lastToken(), tokens, text, sentence));
                i++;
                continue;
            }
            Participant p = participant(m.actor(), m.firstToken(), m.lastToken(), tokens, text, sentence);
            if (m.actor().isPerson() && next != null && next.actor().isPerson() && titleOfNext(text, tokens, m, next)) {
                p = new Participant(p.actor(), p.firstToken(), p.lastToken(), m.actor().sector(), true, p.locative(), false, true);
            }
            Participant previous = participants.isEmpty() ? null : participants.getLast();
            if (previous != null && previous.actor().id().equals(p.actor().id()) && p.firstToken() - previous.lastToken() <= 2) {
                participants.set(participants.size() - 1, new Participant(p.actor(), previous.firstToken(), p.lastToken(),
                        p.sector(), p.possessor(), previous.locative(), p.ownsNoun(), p.ownsTitle()));   // "Putin, Russia's President," is one participant
            } else {
                participants.add(p);
            }
        }
        return withEthnicGroupsResolved(participants, tokens, sentence);
    }

    /**
     * "ethnic Albanians in south Serbia" are people of Serbia, not Albania: a demonym after "ethnic" takes the country of
     * the place the sentence names, when it names one.
     */
    private List<Participant> withEthnicGroupsResolved(List<Participant> participants, List<Token> tokens, Sentence sentence) {
        Participant place = participants.stream().filter(p -> p.locative() && p.actor().country() != null).findFirst().orElse(null);
        if (place == null) return participants;
        List<Participant> resolved = new ArrayList<>();
        for (Participant p : participants) {
            boolean ethnic = p.firstToken() - 1 >= sentence.firstToken() && tokens.get(p.firstToken() - 1).lower().equals("ethnic");
            if (ethnic && p.actor().isCountry() && !p.actor().country().equals(place.actor().country())) {
                ActorEntry home = countries.apply(place.actor().country());
                if (home != null) p = new Participant(home, p.firstToken(), p.lastToken(), p.sector(), p.possessor(), p.locative());
            }
            resolved.add(p);
        }
        return resolved;
    }

    /** Which of the sentence's words (indexed from its first) the participants' mentions cover. */
    static boolean[] covered(List<Participant> people, int first, int last) {
        boolean[] covered = new boolean[last - first + 1];
        for (Participant p : people) {
            for (int t = Math.max(p.firstToken(), first); t <= Math.min(p.lastToken(), last); t++) covered[t - first] = true;
        }
        return covered;
    }

    /** {@code people} and {@code found} together, in text order ({@code people} itself when nothing was found). */
    static List<Participant> withFound(List<Participant> people, List<Participant> found) {
        if (found.isEmpty()) return people;
        List<Participant> all = new ArrayList<>(people);
        all.addAll(found);
        all.sort(java.util.Comparator.comparingInt(Participant::firstToken));
        return all;
    }

    /**
     * {@code people} with each body of no known country that a place follows ("A Revolutionary Court in Tehran", "a
     * district court in Pskov": "in" and the place right after its name) given the place's country; a person's is not
     * read so ("Kuleba in Washington" is visiting). {@code people} itself when none is.
     */
    static List<Participant> seated(SentenceStructure st, List<Participant> people) {
        List<Participant> out = null;
        for (int k = 0; k + 1 < people.size(); k++) { // in text order: the place is the next participant
            Participant p = people.get(k), place = people.get(k + 1);
            int in = p.lastToken() + 1;
            if (p.actor().country() != null || p.actor().isPerson() || in + 1 > st.last() || !st.lower(in).equals("in")
                    || place.firstToken() != in + 1 || place.actor().country() == null) continue;
            if (out == null) out = new ArrayList<>(people);
            out.set(k, new Participant(p.actor().withCountry(place.actor().state()), p.firstToken(), p.lastToken(), p.sector(),
                    p.possessor(), p.locative(), p.ownsNoun(), p.ownsTitle()));
        }
        return out == null ? people : out;
    }

    /** A participant for an actor found by other means ({@link ProperNames}), read like a dictionary mention. */
    Participant named(ActorEntry actor, int first, int last, List<Token> tokens, String text, Sentence sentence) {
        return participant(actor, first, last, tokens, text, sentence);
    }

    private Participant participant(ActorEntry actor, int first, int last, List<Token> tokens, String text, Sentence sentence) {
        int after = last + 1;
        boolean possessive = after <= sentence.lastToken() && tokens.get(after).lower().equals("s")
                && isApostrophe(text, tokens.get(last).end(), tokens.get(after).start());
        if (possessive) after++;
        String sector = null;
        // "Israeli soldiers", "Iraq's interim government"; a person keeps their own sector unless the noun is theirs
        // ("Macron pledged military support" does not make Macron military)
        int reach = actor.isPerson() && !possessive ? -1 : 1;
        for (int t = after; t <= Math.min(sentence.lastToken(), after + reach) && sector == null; t++) sector = sector(tokens.get(t).lower());
        // "in Lebanon", "in the West Bank", "in southeastern Serbia", "in Western Cambodia": a place preposition, maybe one
        // lower-case word or a direction between
        boolean locative = !actor.kind().equals("organisation") && !actor.isPerson() && first - 1 >= sentence.firstToken() && (LOCATIVE.contains(tokens.get(first - 1).lower())
                || (first - 2 >= sentence.firstToken() && LOCATIVE.contains(tokens.get(first - 2).lower())
                    && (!tokens.get(first - 1).isCapitalised() || COMPASS.contains(tokens.get(first - 1).lower()))));
        if (sector == null && actor.isCountry() && first - 1 >= sentence.firstToken() && isCyrillic(tokens.get(first))) {
            String head = sector(tokens.get(first - 1).lower()); // "МИД России", "армия Азербайджана": the noun leads
            if (head != null) return new Participant(actor, first - 1, last, head, false, false, true);
            // "Министерство обороны Армении": a head noun and a genitive of its own before the country ("of defence": military)
            String between = tokens.get(first - 1).lower();
            String farHead = first - 2 >= sentence.firstToken() && RUSSIAN_GENITIVE_NOUN.matcher(between).matches()
                    ? sector(tokens.get(first - 2).lower()) : null;
            if (farHead != null) return new Participant(actor, first - 2, last, between.equals("обороны") ? "MIL" : farHead, false, false, true);
        }
        if (sector == null && actor.isCountry() && !isCyrillic(tokens.get(first))) sector = sectorOfHead(tokens, first, sentence);
        if (sector == null && actor.isCountry() && PEOPLE_OF.matcher(text.substring(tokens.get(first).start(), tokens.get(last).end())).matches()) {
            sector = "CVL"; // "Algerians", "Iraqis": the people of a country, not its state
        }
        return new Participant(actor, first, last, sector != null ? sector : actor.sector(), possessive && sector == null, locative);
    }

    /**
     * "Residents of nearby Armenian villages", "the government of Armenia": in English a sector noun heads the phrase
     * the country ends, through "of" and at most two words between; that noun's sector, or null.
     */
    private String sectorOfHead(List<Token> tokens, int first, Sentence sentence) {
        for (int of = first - 1; of >= Math.max(sentence.firstToken() + 1, first - 3); of--) {
            if (!tokens.get(of).lower().equals("of")) continue;
            return sector(tokens.get(of - 1).lower());
        }
        return null;
    }

    /**
     * A Russian noun in the genitive singular, four letters or more ("обороны", "безопасности"): not a preposition, nor a
     * past-tense verb ("сбили", "заявила").
     */
    private static final java.util.regex.Pattern RUSSIAN_GENITIVE_NOUN = java.util.regex.Pattern.compile("\\p{IsCyrillic}{3,}(?<!л)[ыиая]");

    /** A plural demonym naming a country's people ("Armenians", "Iraqis"); country names with an s are several words or end otherwise. */
    static final java.util.regex.Pattern PEOPLE_OF = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(?:ans|is)");

    /**
     * Between a demonym and a person only title words may stand ("Nigerian junior foreign minister Dubem Oniya",
     * "Kyrgyz Prime Minister Nikolai Tanaev"): at most four, no punctuation, each capitalised, a sector word or a rank.
     */
    private boolean titleWordsBetween(String text, List<Token> tokens, ActorMention country, ActorMention person) {
        int gap = person.firstToken() - country.lastToken() - 1;
        if (gap < 0 || gap > MAX_TITLE_WORDS) return false;
        for (int i = country.end(); i < person.start(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) || Character.isWhitespace(c) || "'’.-".indexOf(c) >= 0)) return false;
        }
        for (int t = country.lastToken() + 1; t < person.firstToken(); t++) {
            Token word = tokens.get(t);
            if (!(word.isCapitalised() || sector(word.lower()) != null || RANKS.contains(word.lower()) || word.lower().equals("s"))) return false;
        }
        return true;
    }

    /**
     * "Donald Trump's special envoy Steve Witkoff", "Zelensky's chief of staff Andriy Yermak": a person's possessive
     * followed by a title of at most {@link #MAX_TITLE_WORDS} words (one a sector noun or a rank) that the next person
     * holds: the first person only owns the title (a possessor, {@link Participant#possessor}), the next is the side.
     */
    private boolean titleOfNext(String text, List<Token> tokens, ActorMention owner, ActorMention holder) {
        int s = owner.lastToken() + 1;
        if (s >= holder.firstToken() || !tokens.get(s).lower().equals("s") || !isApostrophe(text, tokens.get(owner.lastToken()).end(), tokens.get(s).start())) return false;
        int gap = holder.firstToken() - s - 1;
        if (gap < 1 || gap > MAX_TITLE_WORDS) return false;
        boolean title = false;
        for (int t = s + 1; t < holder.firstToken(); t++) {
            String word = tokens.get(t).lower();
            if (!Character.isLetter(word.codePointAt(0))) return false;
            title |= sector(word) != null || RANKS.contains(word);
        }
        return title && text.substring(tokens.get(holder.firstToken() - 1).end(), holder.start()).isBlank();
    }

    private static boolean isCyrillic(Token t) {
        return Character.UnicodeScript.of(t.lower().codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isApostrophe(String text, int from, int to) {
        return to - from == 1 && (text.charAt(from) == '\'' || text.charAt(from) == '’');
    }

    String sector(String word) {
        String exact = sectorByWord.get(word);
        if (exact != null) return exact;
        Map<String, String> candidates = sectorByPrefix.get(word.substring(0, Math.min(2, word.length())));
        if (candidates == null) return null;
        for (Map.Entry<String, String> e : candidates.entrySet()) if (word.startsWith(e.getKey())) return e.getValue();
        return null;
    }
}
