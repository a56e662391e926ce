package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups a sentence names by a sector noun alone ("riot police detained 133 demonstrators", "the authorities blamed
 * criminal groups"): in a tagged (English) sentence, the head noun of such a phrase becomes a participant of that sector
 * ({@code sectors.yaml}), so the clause's structure can give it a role like any named actor. The coder reads a clause
 * with them only when it finds no one who acts among the named actors (a named actor is the likelier side, and
 * {@link Sides#sectorPatient} already gives a group as the target). Its country is that of the place its clause names
 * ("people gathered in Istanbul" are Turkish), else {@link Sides} gives it one by the event ({@link Evidence#ASSUMED_COUNTRY}).
 * Plural nouns for states ("allies", "the countries that voted for it": {@link #STATE_GROUPS}) are a group of no
 * country and no sector, which the coder takes as an object only ("asked allies for air defence").
 * A noun that belongs to a named actor is left to that actor: "Azerbaijani troops", "Russia's soldiers", "Vietnamese-led
 * forces", "residents of Armenian villages" are the country's, as {@link Participants} reads them. Left out as well: a
 * singular noun other than a mass noun ("the court", "the government": a body named before, resolved otherwise),
 * weapons ("drones": things unless a country's), nouns that are more often a thing, a quality or a title
 * ({@link #AMBIGUOUS}), abstract nouns ("militarisation"), a group the subject owns ("its troops"), a modifier of the
 * noun after it ("police officers": the officers), and the nouns the coder reads otherwise (the sides of a dispute, the
 * judges of a court named before: {@code function-words.yaml}). Russian, which has no tagger, has its group nouns by
 * their case forms ({@link #RUSSIAN_GROUPS}: "человек", "протестующих", "ОМОН"); Armenian none. Immutable and
 * thread-safe; linear in the sentence.
 */
final class GroupNouns {
    /** Sector words that are more often a thing, a quality or a title than a group of people. */
    static final Set<String> AMBIGUOUS = Set.of("security", "state", "air", "prime", "foreign", "agency", "office", "offices",
            "general", "force", "unit", "party", "media", "radio", "television", "jet", "aircraft", "drone", "missile", "rocket",
            "tank", "industry", "business", "bank", "firm", "company", "church", "president", "minister", "leader", "spokesman",
            "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat", "official", "officer", "commander", "judge",
            "prosecutor", "journalist", "reporter", "activist", "cleric", "priest", "bishop", "patriarch", "imam");
    /**
     * Group nouns without a plural's "s" ("police", "people"): the others are groups only in the plural ("the protesters",
     * "officials"), while a singular ("the court", "the government", "the army") is a body the text has named or the
     * coder resolves otherwise.
     */
    static final Set<String> MASS = Set.of("police", "people", "crowd", "military", "clergy", "opposition", "youth", "militia");
    /** A country's weapons act for its military when it is named ("Russian drones"); alone they are things, not groups. */
    private static final java.util.regex.Pattern WEAPONS = java.util.regex.Pattern.compile(
            "(drone|missile|rocket|jet|tank|warplane|helicopter|warship|aircraft|artillery)s?");
    private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");
    /** A gap between words with a comma, semicolon, colon or full stop in it (and no line break). */
    private static final java.util.regex.Pattern PUNCTUATED = java.util.regex.Pattern.compile(".*[,;:.].*");
    /** A gap that is an apostrophe alone (a possessive's "'s" is tokenised as "s" after it). */
    private static final java.util.regex.Pattern APOSTROPHE = java.util.regex.Pattern.compile("['’]");
    private static final java.util.regex.Pattern ABSTRACT_NOUN = java.util.regex.Pattern.compile("\\w+(isation|ization|ism|ness|dom|ity|ship)");

    private static final String ID_PREFIX = "nf:group/";
    /**
     * Plural nouns for states ("allies", "the countries that voted for it"): a group of states of no one country, named
     * by no sector ({@link #isStates}).
     */
    static final Set<String> STATE_GROUPS = Set.of("allies", "countries", "states", "nations", "partners", "neighbours", "neighbors");
    private static final String STATES = "states";

    /** A group this class found (not a named actor). */
    static boolean isGroup(String id) {
        return id != null && id.startsWith(ID_PREFIX);
    }

    /** A group of states ({@link #STATE_GROUPS}): of no one country. */
    static boolean isStates(String id) {
        return id != null && id.startsWith(ID_PREFIX + STATES + "/");
    }

    private final Participants participants;

    GroupNouns(Participants participants) {
        this.participants = participants;
    }

    /**
     * {@code people} with the sentence's group nouns added, in text order; an untagged Russian sentence has its own
     * ({@link #russian}), an Armenian one is returned as it is.
     */
    List<Participant> addTo(List<Participant> people, SentenceStructure st) {
        if (!st.tagged()) return russian(people, st);
        boolean[] covered = Participants.covered(people, st.first(), st.last());
        List<Participant> found = new ArrayList<>();
        for (int i = st.first(); i <= st.last(); i++) {
            String word = st.lower(i);
            String sector = rightsGroup(st, i) ? ActorEntry.NGO : participants.sector(word);
            boolean states = STATE_GROUPS.contains(word);
            if (covered[i - st.first()] || !st.tag(i).equals("NOUN") || AMBIGUOUS.contains(word)) continue;
            boolean accused = sector == null && !states && accusedGroup(st, i);
            if (sector == null && !states && !accused) continue;
            if (!word.endsWith("s") && !MASS.contains(word) || WEAPONS.matcher(word).matches()) continue; // "the court": a body named before
            if (ABSTRACT_NOUN.matcher(word).matches() || st.gap(i).equals("-") || readOtherwise(st, word)) continue;
            if (i < st.last() && st.tag(i + 1).equals("NOUN") && st.gap(i + 1).equals(" ")) continue; // "police officers"
            int first = modifiersBefore(st, i, covered);
            if (first < 0) continue; // the noun of a named actor, or of the subject's own group
            if (ofNamedActor(st, i, people)) continue; // "supporters of Galstanyan"
            ActorEntry group = states
                    ? new ActorEntry(ID_PREFIX + STATES + "/" + word, st.textBetween(first, i), "organisation", null, null, Map.of())
                    : new ActorEntry(ID_PREFIX + (accused ? ACCUSED : sector.toLowerCase(java.util.Locale.ROOT)) + "/" + word,
                    st.textBetween(first, i), "organisation", countryOf(sector, st, i, people), sector, Map.of());
            found.add(new Participant(group, first, i, sector, false, false));
        }
        return Participants.withFound(people, found);
    }

    /**
     * Russian nouns of a civilian, police or armed group by their stems and the case endings read as the noun (in this
     * order, the first stem a word starts with keys the group's id: "протестующие" and "протестующих" are one group); not
     * the adjectives that share their stems ("гражданский", "омоновский") nor nouns that are no group ("безопасность").
     */
    private static final Map<String, String> RUSSIAN_GROUP_FORMS = orderedPairs(
            "протестующ", "\\p{L}*", "демонстрант", "\\p{L}*", "жител", "(и|ей|ям|ями|ях)", "граждан", "(е|ам|ами|ах)?",
            "человек", "а?", "люд", "(и|ей|ям|ьми|ях)", "активист", "(ы|ов|ам|ами|ах)", "сторонник", "(и|ов|ам|ами|ах)",
            "избирател", "(и|ей|ям|ями|ях)", "полици", "(я|и|ю|ей)", "силовик", "(и|ов|ам|ами|ах)", "спецслужб", "\\p{L}*",
            "омон", "(а|у|ом|е)?", "спецназ", "(а|у|ом|е)?", "боевик", "(и|ов|ам|ами|ах)", "повстанц", "(ы|ев|ам|ами|ах)",
            "сепаратист", "(ы|ов|ам|ами|ах)", "студент", "(ы|ов|ам|ами|ах)", "правозащитник", "(и|ов|ам|ами|ах)");
    /** The Russian group nouns ({@link #RUSSIAN_GROUP_FORMS}) as one pattern of whole words. */
    static final java.util.regex.Pattern RUSSIAN_GROUPS = java.util.regex.Pattern.compile(String.join("|",
            RUSSIAN_GROUP_FORMS.entrySet().stream().map(e -> e.getKey() + e.getValue()).toList()));

    private static Map<String, String> orderedPairs(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) map.put(keysAndValues[k], keysAndValues[k + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * Russian, without a tagger: a noun of a civilian, police or armed group ("задержал более 350 человек", "обвинили
     * сторонников …", "ОМОН разгонял …") not inside a named actor's words nor right before one in the genitive (the
     * actor's own people: "сторонников Атамбаева" is left to Atambayev); a group of its clause's country.
     */
    private List<Participant> russian(List<Participant> people, SentenceStructure st) {
        boolean[] covered = Participants.covered(people, st.first(), st.last());
        boolean[] named = Participants.covered(people.stream().filter(p -> !p.locative()).toList(), st.first(), st.last());
        List<Participant> found = new ArrayList<>();
        for (int i = st.first(); i <= st.last(); i++) {
            if (covered[i - st.first()] || !st.isCyrillic(i)) continue;
            String word = st.lower(i);
            String sector = participants.sector(word);
            if (sector == null || !RUSSIAN_GROUPS.matcher(word).matches()) continue;
            if (i < st.last() && ownedBy(st, named, i, i + 1)) continue; // "сторонников Атамбаева"
            if (i > st.first() && ownedBy(st, named, i, i - 1)) continue; // "российские силовики": the named actor's own
            String stem = RUSSIAN_GROUP_FORMS.keySet().stream().filter(word::startsWith).findFirst().orElse(word);
            ActorEntry group = new ActorEntry(ID_PREFIX + sector.toLowerCase(java.util.Locale.ROOT) + "/" + stem, st.word(i),
                    "organisation", countryOf(sector, st, i, people), sector, Map.of());
            found.add(new Participant(group, i, i, sector, false, false));
        }
        return Participants.withFound(people, found);
    }

    /**
     * A group's id once its country is known ({@code nf:group/geo/cop/police}): Georgia's police and Kazakhstan's are
     * two actors in the daily pair counts and the dashboards, which key on ids. Other ids are returned as they are.
     */
    static String idIn(String id, String country) {
        if (country == null || !id.startsWith(ID_PREFIX)) return id;
        return ID_PREFIX + country.toLowerCase(java.util.Locale.ROOT) + "/" + id.substring(ID_PREFIX.length());
    }

    /** Nouns the coder reads in their own ways: the sides of a dispute, the members standing for a body. */
    private static boolean readOtherwise(SentenceStructure st, String word) {
        return st.words().parties().contains(word) || st.words().describing().containsKey(word) || st.words().referring().contains(word);
    }

    /**
     * The first word of the group's phrase (its adjectives and modifying nouns: "riot police", "opposition lawmakers"),
     * or -1 when the phrase belongs to a named actor ("Azerbaijani troops", "Russia's soldiers") or to the subject
     * ("its forces").
     */
    private static int modifiersBefore(SentenceStructure st, int i, boolean[] covered) {
        int first = i;
        // "Montenegro Municipality Association (AKK) officials": the named actor's own people, whatever stands between
        if (i > st.first() && covered[i - 1 - st.first()] && !PUNCTUATED.matcher(st.gap(i)).matches()) return -1;
        for (int b = i - 1; b >= st.first() && (st.gap(b + 1).equals(" ") || st.gap(b + 1).equals("-")); b--) {
            if (covered[b - st.first()]) return -1; // "Azerbaijani troops", "Vietnamese-led forces"
            if (st.gap(b + 1).equals("-") || st.gap(b).equals("-")) { // a part of a hyphenated modifier ("Kremlin-backed")
                first = b;
                continue;
            }
            String tag = st.tag(b);
            if (st.lower(b).equals("s") && b > st.first() && APOSTROPHE.matcher(st.gap(b)).matches()) return -1; // "Russia's soldiers", "the alliance's envoys"
            if (OWN_POSSESSIVES.contains(st.lower(b))) return -1;
            // a capitalised adjective inside the sentence names an origin ("Western delegations"): not this group's modifier
            boolean modifier = tag.equals("ADJ") || tag.equals("NOUN") || b == st.first() && tag.equals("PROPN"); // "Riot police …"
            if (!modifier || b > st.first() && Character.isUpperCase(st.word(b).codePointAt(0)) && tag.equals("ADJ")) break;
            first = b;
        }
        return first;
    }

    /**
     * A group's country: {@code NGO} for non-governmental groups ("rights groups", "правозащитники": of no state, as the
     * actor dictionary codes Amnesty International), else {@link #clauseCountry}.
     */
    private static String countryOf(String sector, SentenceStructure st, int i, List<Participant> people) {
        return ActorEntry.NGO.equals(sector) ? ActorEntry.NGO : clauseCountry(st, i, people);
    }

    /**
     * "rights groups", "human rights organisations", "rights activists": a plural noun of a group or its members right
     * after "rights" names non-governmental groups (sector and code {@code NGO}).
     */
    private static boolean rightsGroup(SentenceStructure st, int i) {
        return i > st.first() && st.lower(i - 1).equals("rights") && st.gap(i).equals(" ") && RIGHTS_GROUP_NOUNS.contains(st.lower(i));
    }

    private static final Set<String> RIGHTS_GROUP_NOUNS = Set.of("groups", "organisations", "organizations", "activists",
            "defenders", "campaigners", "advocates", "watchdogs");

    /**
     * The country of the place the group's own clause names ("people gathered in Istanbul's Kadikoy district" are Turkish,
     * whoever the sentence named first); null when it names none: {@link Sides} then gives the group a country by the
     * event (an attack's victims are of another country than the attacker's; else the sentence's).
     */
    private static String clauseCountry(SentenceStructure st, int i, List<Participant> people) {
        int start = st.clauseStart(i), end = st.clauseEnd(i);
        for (Participant p : people) {
            if (p.firstToken() < start || p.lastToken() > end || !p.locative()) continue;
            String country = p.actor().state();
            if (ActorEntry.isStateCode(country)) return country;
        }
        return null;
    }

    /**
     * Whether word {@code j}, next to the group noun at {@code i} with only a space between, belongs to a named actor
     * that is not a place ({@code named}: the words of such actors): "сторонников Атамбаева"; not "В Минске ОМОН …",
     * nor an actor across a comma.
     */
    private static boolean ownedBy(SentenceStructure st, boolean[] named, int i, int j) {
        // the text between the two words stands before the later one
        return st.gap(Math.max(i, j)).equals(" ") && named[j - st.first()];
    }

    /** The id part of a group named only as the one accused ({@link #accusedGroup}). */
    private static final String ACCUSED = "accused";
    /** Forms of "accuse" whose object is the party accused. */
    private static final Set<String> ACCUSING = Set.of("accuse", "accuses", "accused", "accusing");

    /**
     * "accused criminal groups working with foreign forces of …", "accused the three mayors of …": a plural noun that
     * heads the object of "accuse" (only determiners, numbers, adjectives, modifying nouns and hyphenated modifiers
     * between: "foreign-funded groups") is a party, whatever its noun; a group of no sector.
     */
    private static boolean accusedGroup(SentenceStructure st, int i) {
        if (!st.lower(i).endsWith("s") || NO_PARTY.contains(st.lower(i))) return false; // "accused days earlier of …"
        int b = i - 1;
        while (b > st.first() && i - b <= ACCUSED_MODIFIER_WORDS && !PUNCTUATED.matcher(st.gap(b + 1)).matches()
                && (ACCUSED_MODIFIERS.contains(st.tag(b)) || st.gap(b).equals("-") || st.gap(b + 1).equals("-"))) b--;
        return b >= st.first() && ACCUSING.contains(st.lower(b));
    }

    /** Words between "accuse" and the accused noun at most (a bound: each noun looks back this far only). */
    private static final int ACCUSED_MODIFIER_WORDS = 5;
    private static final Set<String> ACCUSED_MODIFIERS = Set.of("DET", "NUM", "ADJ", "NOUN");
    /** Plural nouns of time and quantity: no party ("accused days earlier of", "accused dozens of protesters of"). */
    private static final Set<String> NO_PARTY = Set.of("seconds", "minutes", "hours", "days", "weeks", "months", "years",
            "decades", "dozens", "scores", "hundreds", "thousands", "millions", "tens");

    /** "supporters of Galstanyan", "residents of nearby Armenian villages": an "of" phrase that names an actor. */
    private static boolean ofNamedActor(SentenceStructure st, int i, List<Participant> people) {
        if (i + 1 > st.last() || !st.lower(i + 1).equals("of")) return false;
        for (Participant p : people) if (p.firstToken() > i + 1 && p.firstToken() <= i + 4) return true;
        return false;
    }
}
