package io.newsflow.enrich.actors;

import io.newsflow.enrich.text.Token;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fallback for people and organisations the dictionary does not know, so they are still reported: a title followed
 * by capitalised words ("Ambassador Brah Mohamane", "Gen. Prosper Avril") is a person; capitalised words ending in an
 * organisation noun ("Homeland Union", "Constitutional Court") an organisation. Their ids are provisional
 * ({@code nf:unknown/person/<slug>}). A surname alone refers to the person the article named in full, known or not
 * ("Mher Grigoryan … Grigoryan said"), unless two people of the article share it.
 */
public final class UnknownActors {
    static final Set<String> PERSON_TITLES = Set.of("president", "minister", "chancellor", "king", "queen", "emir", "sheikh",
            "prince", "general", "gen", "lt", "colonel", "col", "commander", "ambassador", "senator", "sen", "governor",
            "mayor", "spokesman", "spokeswoman", "secretary", "archbishop", "bishop", "pope", "mr", "mrs", "ms", "dr",
            "envoy", "premier", "leader", "judge", "chairman", "speaker", "coordinator", "rep", "representative");
    static final Set<String> ORGANISATION_NOUNS = Set.of("party", "union", "council", "committee", "agency", "bank",
            "company", "corporation", "group", "organization", "organisation", "front", "movement", "army", "court",
            "parliament", "assembly", "ministry", "association", "forum", "alliance", "federation", "institute", "commission");
    static final int MAX_NAME_WORDS = 3;
    /** Articles capitalised at a sentence's start are not part of an organisation's name. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** {@link #slug}'s expressions, compiled once (as {@code String.replaceAll} would at every call). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}"),
            NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+"), EDGE_DASH = java.util.regex.Pattern.compile("(^-|-$)");
    static final double HEADLINE_SHARE = 0.8;

    private UnknownActors() {}

    /** Whether a word (lower case) is a title that introduces a person's name ("president", "sen", "mr"). */
    public static boolean isPersonTitle(String lower) {
        return PERSON_TITLES.contains(lower);
    }

    /** Unknown people and organisations in the tokens, skipping tokens already covered by {@code known}. */
    static List<ActorMention> find(String text, List<Token> tokens, List<ActorMention> known) {
        boolean[] covered = new boolean[tokens.size()];
        for (ActorMention m : known) for (int t = m.firstToken(); t <= m.lastToken(); t++) covered[t] = true;
        List<ActorMention> found = new ArrayList<>();
        Map<String, ActorEntry> bySurname = new HashMap<>();
        Set<String> sharedSurnames = new HashSet<>();
        Map<Integer, ActorEntry> countryEndingAt = new HashMap<>(); // the countries named, by their last token (titleCountry)
        Map<Integer, ActorEntry> knownEndingAt = new HashMap<>();   // every actor named, by its last token (possessorCountry)
        Set<Integer> personStarts = new HashSet<>(); // where a known person's mention begins ("President Tayyip Erdogan")
        for (ActorMention m : known) {
            if (m.actor().isPerson()) personStarts.add(m.firstToken());
            knownEndingAt.putIfAbsent(m.lastToken(), m.actor());
            if (m.actor().isCountry()) countryEndingAt.putIfAbsent(m.lastToken(), m.actor()); // "Armenian Deputy Prime Minister Mher Grigoryan … Grigoryan thanked Moscow"
            // a role phrase resolved to its holder ("US President" for Joe Biden) ends in a title, not a surname
            if (m.actor().isPerson() && m.lastToken() > m.firstToken() && tokens.get(m.lastToken()).isCapitalised()
                    && !(m.role() != null && PERSON_TITLES.contains(tokens.get(m.lastToken()).lower()))) {
                addSurname(bySurname, sharedSurnames, tokens.get(m.lastToken()).text(), m.actor());
            }
        }
        Headlines headlines = new Headlines(text, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) continue;
            Token token = tokens.get(i);
            if (PERSON_TITLES.contains(token.lower()) && token.isCapitalised()) {
                int last = nameEnd(tokens, i + 1, covered);
                // "President Tayyip Erdogan": first names before a known person's mention are that person's
                boolean knownFollows = last > i && personStarts.contains(last + 1)
                        && text.substring(tokens.get(last).end(), tokens.get(last + 1).start()).equals(" ");
                if (last > i && !knownFollows) {
                    ActorEntry person = entry("person", tokens, i + 1, last, text);
                    String country = titleCountry(text, tokens, i, countryEndingAt);
                    if (country != null) person = person.withCountry(country);
                    found.add(mention(person, tokens, i + 1, last, text));
                    addSurname(bySurname, sharedSurnames, tokens.get(last).text(), person);
                    for (int t = i; t <= last; t++) covered[t] = true;
                    i = last;
                }
            } else if (ORGANISATION_NOUNS.contains(token.lower()) && token.isCapitalised() && !headlines.contains(i)) {
                int first = i;
                while (first > 0 && !covered[first - 1] && tokens.get(first - 1).isCapitalised() && i - first < MAX_NAME_WORDS
                        && isWordBefore(text, tokens, first)) first--;
                while (first < i && ARTICLES.contains(tokens.get(first).lower())) first++; // "The Interior Ministry" opening a sentence
                // "Russia's Foreign Ministry": a body of the known actor before the possessive, which reads it (its sector)
                boolean ownedByKnown = first >= 2 && tokens.get(first - 1).lower().equals("s") && covered[first - 2];
                if (first < i && !ownedByKnown) {
                    ActorEntry organisation = entry("organisation", tokens, first, i, text);
                    String owner = possessorCountry(text, tokens, first, countryEndingAt, knownEndingAt);
                    if (owner != null) organisation = organisation.withCountry(owner);
                    found.add(mention(organisation, tokens, first, i, text));
                    for (int t = first; t <= i; t++) covered[t] = true;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) { // surname-only mentions after a full one
            ActorEntry person = covered[i] || sharedSurnames.contains(tokens.get(i).text()) ? null : bySurname.get(tokens.get(i).text());
            if (person != null) {
                found.add(mention(person, tokens, i, i, text));
                covered[i] = true;
            }
        }
        return found;
    }

    /**
     * "Georgian Economy Minister Levan Davitashvili": the country named right before the title (and up to
     * {@link #TITLE_WORDS} capitalised words of it) is the person's; else null.
     */
    private static String titleCountry(String text, List<Token> tokens, int title, Map<Integer, ActorEntry> countryEndingAt) {
        int before = title - 1;
        while (before >= 0 && title - before <= TITLE_WORDS && tokens.get(before).isCapitalised()
                && text.substring(tokens.get(before).end(), tokens.get(before + 1).start()).equals(" ")) { // one phrase
            ActorEntry country = countryEndingAt.get(before);
            if (country != null) return country.state();
            before--;
        }
        return null;
    }

    /**
     * "Russia suspended the deal after its Defence Ministry said …", "Ahead of the summit with China, India said its
     * Foreign Ministry …": after "its" or "their", the body belongs to the first country named since the last comma
     * before it; with none there, to the sentence's first country, unless the nearest actor before the possessive is
     * no country ("After clashes with Israel, Hezbollah said its Jihad Council …": Hezbollah's). At most
     * {@link #POSSESSOR_REACH} words back; null when there is none.
     */
    private static String possessorCountry(String text, List<Token> tokens, int first, Map<Integer, ActorEntry> countryEndingAt,
                                           Map<Integer, ActorEntry> knownEndingAt) {
        if (first == 0 || !POSSESSIVES.contains(tokens.get(first - 1).lower())) return null;
        String sinceComma = null, firstInSentence = null;
        ActorEntry nearest = null;
        boolean commaPassed = false;
        for (int k = first - 2; k >= Math.max(0, first - 1 - POSSESSOR_REACH); k--) {
            String gap = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
            if (gap.indexOf('.') >= 0) break; // the sentence before
            commaPassed |= gap.indexOf(',') >= 0;
            if (nearest == null) nearest = knownEndingAt.get(k);
            ActorEntry country = countryEndingAt.get(k);
            if (country == null) continue;
            firstInSentence = country.state();
            if (!commaPassed) sinceComma = country.state();
        }
        if (sinceComma != null) return sinceComma;
        return nearest != null && !nearest.isCountry() ? null : firstInSentence;
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    static final int POSSESSOR_REACH = 40;

    /** Capitalised words of a title before its last word ("Deputy Prime Minister"). */
    static final int TITLE_WORDS = 3;

    /** A surname two people of the article share refers to neither of them. */
    private static void addSurname(Map<String, ActorEntry> bySurname, Set<String> shared, String surname, ActorEntry person) {
        ActorEntry before = bySurname.putIfAbsent(surname, person);
        if (before != null && !before.id().equals(person.id())) shared.add(surname);
    }

    /**
     * In a headline every word is capitalised ("A Tumultuous Yet Persistent Alliance"), so capitalisation says nothing
     * about names there: a line whose words are mostly capitalised is not searched for organisations. Every line is
     * counted in one pass over the tokens, so the cost stays linear in the text.
     */
    private static final class Headlines {
        private final int[] lineOf;
        private final boolean[] headline;

        Headlines(String text, List<Token> tokens) {
            lineOf = new int[tokens.size()];
            int line = 0;
            for (int t = 1; t < tokens.size(); t++) {
                if (text.substring(tokens.get(t - 1).end(), tokens.get(t).start()).indexOf('\n') >= 0) line++;
                lineOf[t] = line;
            }
            int[] words = new int[line + 1], capitalised = new int[line + 1];
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).text().length() < 4) continue; // short words are lower case in headlines too
                words[lineOf[t]]++;
                if (tokens.get(t).isCapitalised()) capitalised[lineOf[t]]++;
            }
            headline = new boolean[line + 1];
            for (int l = 0; l <= line; l++) headline[l] = isHeadline(words[l], capitalised[l]);
        }

        boolean contains(int token) {
            return headline[lineOf[token]];
        }
    }

    /** The last token of a capitalised name starting at {@code from}, or {@code from - 1} when there is none. */
    private static int nameEnd(List<Token> tokens, int from, boolean[] covered) {
        int last = from - 1, words = 0;
        for (int t = from; t < tokens.size() && words < MAX_NAME_WORDS && !covered[t]; t++) {
            Token token = tokens.get(t);
            if (t > from && NAME_PARTICLES.contains(token.text())) {
                int next = t + 1;
                while (next < tokens.size() && next - t < 2 && NAME_PARTICLES.contains(tokens.get(next).text())) next++;
                if (next < tokens.size() && tokens.get(next).isCapitalised()) continue; // "Mohammed bin Salman", "von der Leyen"
            }
            if (!token.isCapitalised() || PERSON_TITLES.contains(token.lower())) break;
            last = t;
            words++;
        }
        return last;
    }

    /** Lower-case particles inside a person's name ("bin", "von", "бен", "аль"), as written. */
    public static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "al", "el", "von", "van", "der", "den", "de", "da",
            "бен", "ибн", "аль", "эль", "ад", "фон", "ван", "де", "дер");

    /** Words joined by a single space (no punctuation between them) belong to one name. */
    private static boolean isWordBefore(String text, List<Token> tokens, int at) {
        return text.substring(tokens.get(at - 1).end(), tokens.get(at).start()).equals(" ");
    }

    /**
     * The kind of an actor this class found ({@code person} or {@code organisation}), from its id; empty for any other
     * id (a dictionary's actor, or another provisional one such as a name of no known kind, {@code nf:unknown/name/…}).
     */
    public static Optional<String> kindOf(String actorId) {
        if (actorId == null || !actorId.startsWith(ID_PREFIX)) return Optional.empty();
        String kind = actorId.substring(ID_PREFIX.length()).split("/", 2)[0];
        return kind.equals("person") || kind.equals("organisation") ? Optional.of(kind) : Optional.empty();
    }

    private static final String ID_PREFIX = "nf:unknown/";

    private static ActorEntry entry(String kind, List<Token> tokens, int first, int last, String text) {
        String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
        String sector = kind.equals("organisation") ? SECTOR_BY_NOUN.get(tokens.get(last).lower()) : null;
        return new ActorEntry(ID_PREFIX + kind + "/" + slug(name), name, kind, null, sector, Map.of());
    }

    /**
     * The sector an organisation's last word names ("Foreign Ministry" a body of government, "Constitutional Court" of
     * the judiciary), as the event sectors ({@code sectors.yaml}) read these words; the other organisation nouns name
     * none (a party may govern; an "army" may be a rebel one: "Karen National Liberation Army").
     */
    private static final Map<String, String> SECTOR_BY_NOUN = Map.of("ministry", "GOV", "court", "JUD", "parliament", "LEG",
            "assembly", "LEG");

    /** The id part for a provisional actor: lower case, accents dropped, other characters as single dashes. */
    public static String slug(String name) {
        String ascii = asciiSlug(name);
        if (ascii != null) return ascii;
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return EDGE_DASH.matcher(NOT_LETTERS.matcher(plain).replaceAll("-")).replaceAll("");
    }

    /**
     * {@link #slug} of a name of ASCII characters only, without the normaliser and the three regular expressions (it is
     * asked of every capitalised word of a sentence with a trigger); null for any other name.
     */
    private static String asciiSlug(String name) {
        StringBuilder slug = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) return null;
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (dash && !slug.isEmpty()) slug.append('-');
                dash = false;
                slug.append(lower);
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }

    /**
     * Whether a line or sentence with this many words of four letters or more, and this many of them capitalised, is a
     * headline: at least four such words, {@link #HEADLINE_SHARE} of them capitalised.
     */
    public static boolean isHeadline(int words, int capitalised) {
        return words >= 4 && capitalised >= HEADLINE_SHARE * words;
    }

    private static ActorMention mention(ActorEntry actor, List<Token> tokens, int first, int last, String text) {
        int start = tokens.get(first).start(), end = tokens.get(last).end();
        return new ActorMention(actor, first, last, start, end, text.substring(start, end), null);
    }
}
