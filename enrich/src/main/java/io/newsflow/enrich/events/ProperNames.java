package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.UnknownActors;
import io.newsflow.enrich.text.Sentence;

import java.text.Normalizer;
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
 * Names the actor dictionary does not know and no title introduces ("Baba criticized Ishiba's …", "Christie, a longtime
 * Trump backer, …"): in a tagged (English) sentence, a run of capitalised words the part-of-speech tagger calls proper
 * nouns (or, for names it does not know, unknown words or adjectives: {@link #nameTag}) becomes a participant, so the clause's structure can give it a role instead of skipping to the next actor
 * named. Most news is about people no dictionary lists; without this their acts were lost or given to someone else.
 *
 * <p>Such an actor has no country of its own: {@link Sides} gives it the sentence's, else the article's most named
 * country ({@link Evidence#ASSUMED_COUNTRY}), and {@link Evidence#NAME_ONLY} lets the confidence model weigh how often
 * that holds. Its id is provisional and built from its last word's stem ({@code nf:unknown/name/christie}), so
 * "Chris Christie" and a later "Christie" are one actor (and "Вовк", "Вовка" too). Russian and Armenian sentences have no
 * tagger, but capitalise only proper nouns: a capitalised word after the first is a name
 * ({@link #capitalisesOnlyNames}). Left out: headlines (every word is capitalised there), calendar words
 * (months and weekdays), runs longer than {@link #MAX_WORDS} words, and words inside a known actor's mention. After
 * "in", "near" … a name is a place; a sector noun after it gives its sector ("ANC ministers"); a title after it makes
 * it part of a role phrase ("Kremlin spokesman"), not a name; nor is a run that ends in a title ("Defense Minister"),
 * continues a known actor's name, glosses it in brackets ("(AKK)"), modifies the noun after it ("a Truth Social post")
 * or follows "a" ("a moderate Democrat"). A name in apposition with a known actor takes its country ("Kenzo Oshima,
 * the United Nations …"). Immutable and thread-safe; linear in the sentence.
 */
final class ProperNames {
    /** Longest run of words taken as one name: longer runs are titles of works, events or headlines. */
    static final int MAX_WORDS = 4;
    /** A line whose words (4+ letters) are capitalised at least this often is a headline ({@code UnknownActors} too). */
    static final double HEADLINE_SHARE = 0.8;
    /** Months and weekdays, with their abbreviations ("Oct", "Sept", "Wed"): the tagger takes them for names. */
    private static final Set<String> CALENDAR = Stream.concat(Arrays.stream(Month.values()), Arrays.stream(DayOfWeek.values()))
            .map(v -> v.name().toLowerCase(Locale.ROOT))
            .flatMap(name -> Stream.of(name, name.substring(0, 3), name.substring(0, Math.min(4, name.length()))))
            .collect(Collectors.toUnmodifiableSet());

    private final Participants participants;

    ProperNames(Participants participants) {
        this.participants = participants;
    }

    /** {@code people} with the sentence's unknown proper names added, in text order; unchanged when untagged. */
    List<Participant> addTo(List<Participant> people, SentenceStructure st, Sentence sentence, String text) {
        if (headline(st) || !st.tagged() && !capitalisesOnlyNames(st)) return people;
        boolean[] covered = new boolean[st.last() - st.first() + 1];
        for (Participant p : people) {
            for (int t = Math.max(p.firstToken(), st.first()); t <= Math.min(p.lastToken(), st.last()); t++) covered[t - st.first()] = true;
        }
        List<Participant> found = new ArrayList<>();
        for (int i = st.first(); i <= st.last(); i++) {
            if (!isNameWord(st, i, covered)) continue;
            int first = i, last = i;
            while (last + 1 <= st.last() && isNameWord(st, last + 1, covered) && (st.gap(last + 1).equals(" ") || st.gap(last + 1).equals("-"))) last++;
            i = last;
            while (first < last && isTitle(st.lower(first))) first++; // "Sen. Chris Murphy", "Ms Lassiter"
            if (isName(st, first, last, covered)) {
                found.add(participants.named(entry(st, first, last, isPlace(st, first), appositionCountry(st, last, people)),
                        first, last, st.tokens(), text, sentence));
            }
        }
        if (found.isEmpty()) return people;
        List<Participant> all = new ArrayList<>(people);
        all.addAll(found);
        all.sort(Comparator.comparingInt(Participant::firstToken));
        return all;
    }

    /** Whether an actor is one of these names (its id is provisional and says so). */
    static boolean isName(String actorId) {
        return actorId != null && actorId.startsWith(ID_PREFIX);
    }

    private static final String ID_PREFIX = "nf:unknown/name/";

    /**
     * Whether a run of proper nouns names an actor: not too long, not a title or a group ("Defense Minister", "GOP House
     * Speaker"), not the rest of a known actor's name ("Freedom Front Plus" after "Freedom Front"), not a modifier of the
     * noun after it ("a Truth Social post"), not a kind of person ("a moderate Democrat": a name takes no "a").
     */
    private boolean isName(SentenceStructure st, int first, int last, boolean[] covered) {
        if (last - first + 1 > MAX_WORDS || isTitle(st.lower(last))) return false;
        int before = first - 1, after = last + 1;
        if (before >= st.first() && covered[before - st.first()] && st.gap(first).equals(" ")) return false;
        if (after <= st.last() && (covered[after - st.first()] && st.gap(after).equals(" ")
                || isTitle(st.lower(after)) && participants.sector(st.lower(after)) == null
                || st.tag(after).equals("NOUN") && !Character.isUpperCase(st.word(after).codePointAt(0)) && st.gap(after).equals(" "))) return false;
        if (st.gap(first).endsWith("(") && after <= st.last() && st.gap(after).startsWith(")")) return false; // "(AKK)": a gloss
        if (before >= st.first() && st.tag(before).equals("ADJ")) before--;
        return before < st.first() || !INDEFINITE.contains(st.lower(before));
    }

    /** After "in", "near" …, or after "of" following a place noun ("the West Bank city of Hebron"). */
    private static boolean isPlace(SentenceStructure st, int first) {
        if (first - 1 < st.first()) return false;
        String before = st.lower(first - 1);
        return Participants.LOCATIVE.contains(before)
                || before.equals("of") && first - 2 >= st.first() && PLACE_NOUNS.contains(st.lower(first - 2));
    }

    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "province", "district",
            "county", "capital", "port", "island", "area", "state");

    /**
     * "Kenzo Oshima, the United Nations Emergency Relief Coordinator, …": a name followed by a comma and an apposition
     * that names a known actor within a few words belongs to that actor's country (IGO for the UN); else null.
     */
    private static String appositionCountry(SentenceStructure st, int last, List<Participant> people) {
        if (last + 1 > st.last() || !st.gap(last + 1).strip().equals(",")) return null;
        for (Participant p : people) {
            if (p.firstToken() <= last || p.firstToken() > last + APPOSITION_REACH) continue;
            for (int t = last + 2; t <= p.firstToken(); t++) if (!st.gap(t).isBlank() && !st.gap(t).equals("-")) return null;
            ActorEntry a = p.actor();
            return a.capitalOf() != null ? a.capitalOf() : a.country();
        }
        return null;
    }

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
        return st.isCyrillic(st.first()) || Character.UnicodeScript.of(st.lower(st.first()).codePointAt(0)) == Character.UnicodeScript.ARMENIAN;
    }

    private static boolean isNameWord(SentenceStructure st, int i, boolean[] covered) {
        String word = st.word(i);
        boolean nameTag = st.tagged() ? nameTag(st, i) : i > st.first() && !st.gap(i).matches(".*[«\"“„—–-]\\s*") && Character.isLetter(word.codePointAt(0));
        return !covered[i - st.first()] && nameTag && Character.isUpperCase(word.codePointAt(0))
                && word.codePointCount(0, word.length()) > 1 && !CALENDAR.contains(st.lower(i)) && !st.gap(i).equals("-");
    }

    /**
     * The tagger knows few foreign names: it calls "Christie" a proper noun but "Hovsepyan" an adjective and "Baba"
     * unknown (X). A capitalised adjective counts unless a lower-case noun or adjective follows it ("Western officials").
     */
    private static boolean nameTag(SentenceStructure st, int i) {
        String tag = st.tag(i);
        if (tag.equals("PROPN") || tag.equals("X")) return true;
        if (!tag.equals("ADJ")) return false;
        if (i + 1 > st.last()) return true;
        String next = st.tag(i + 1);
        return !((next.equals("NOUN") || next.equals("ADJ")) && !Character.isUpperCase(st.word(i + 1).codePointAt(0)));
    }

    private static boolean headline(SentenceStructure st) {
        int words = 0, capitalised = 0;
        for (int i = st.first(); i <= st.last(); i++) {
            if (st.word(i).length() < 4) continue;
            words++;
            if (Character.isUpperCase(st.word(i).codePointAt(0))) capitalised++;
        }
        return words >= 4 && capitalised >= HEADLINE_SHARE * words;
    }

    private static ActorEntry entry(SentenceStructure st, int first, int last, boolean place, String country) {
        String name = st.textBetween(first, last);
        String slug = Normalizer.normalize(st.tokens().get(last).key(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        return new ActorEntry(ID_PREFIX + slug, name, place ? "place" : "person", country, null, Map.of());
    }
}
