package io.newsflow.enrich.actors;

import io.newsflow.enrich.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves who is named in a text: dictionary names ({@link ActorMatcher}), role phrases resolved to the office holder
 * at the article's date ("Russia's Foreign Minister" → Lavrov in 2025; with no date, or no known holder, the role itself
 * is reported as an actor, e.g. {@code nf:role/arm/president}), role phrases in apposition merged into the named person
 * ("Putin, Russia's President,"), a role phrase alone after such an apposition resolved to the person the text gave
 * the title ("US President Donald Trump … the US President said", whatever the date says; unless the text gave it to
 * two people, or to a "former" holder), and people and organisations the dictionary does not know ({@link UnknownActors}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorResolver {
    private final ActorMatcher matcher;
    private final RolePhrases roles;
    private final Map<String, List<ActorEntry>> holdersByRole = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();

    public ActorResolver(ActorDictionary dictionary, RolePhrases roles) {
        this.matcher = new ActorMatcher(dictionary);
        this.roles = roles;
        for (ActorEntry e : dictionary.entries()) {
            if (e.isCountry()) countryNames.put(e.country(), e.name());
            for (Role r : e.roles()) holdersByRole.computeIfAbsent(r.title() + "/" + r.of(), k -> new ArrayList<>()).add(e);
        }
    }

    public static ActorResolver bundled() {
        return new ActorResolver(ActorDictionary.bundled(), RolePhrases.bundled());
    }

    /**
     * @param date the article's (publication) date for role resolution, or null when unknown
     * @return every mention, in text order: names, role phrases, unknown actors (a country named inside a role phrase is
     *         both a country mention and part of the role mention)
     */
    public ResolvedActors resolve(String text, List<Token> tokens, LocalDate date) {
        List<ActorMention> named = ownBodies(new ArrayList<>(matcher.find(text, tokens)), text, tokens);
        List<ActorMention> roleMentions = new ArrayList<>();
        People people = new People(named);
        Map<String, ActorEntry> titled = new HashMap<>(); // "US President Donald Trump": the person the text gave the title
        Set<String> titledTwice = new HashSet<>(); // two people given one title: the date decides
        for (ActorMention country : List.copyOf(named)) {
            if (!country.actor().isCountry()) continue;
            RolePhrases.Found phrase = rolePhraseAround(text, tokens, country);
            if (phrase == null) continue;
            String title = phrase.title();
            String code = country.actor().country();
            String label = new Role(title, code, null, null).label(countryNames.getOrDefault(code, code));
            int first = Math.min(phrase.firstToken(), country.firstToken());
            int last = Math.max(phrase.lastToken(), country.lastToken());
            int apposed = apposition(text, tokens, people, first, last);
            int start = tokens.get(first).start(), end = tokens.get(last).end();
            String key = title + "/" + code;
            if (apposed >= 0 && (named.get(apposed).actor().country() == null || named.get(apposed).actor().country().equals(code))) {
                named.set(apposed, withRole(named.get(apposed), label));
                if (!FORMER.contains(tokens.get(Math.max(0, first - 1)).lower())) { // "former US President Barack Obama" holds it no more
                    ActorEntry earlier = titled.putIfAbsent(key, named.get(apposed).actor());
                    if (earlier != null && !earlier.id().equals(named.get(apposed).actor().id())) titledTwice.add(key);
                }
                roleMentions.add(new ActorMention(named.get(apposed).actor(), first, last, start, end, text.substring(start, end), label));
                continue;
            }
            ActorEntry holder = titled.containsKey(key) && !titledTwice.contains(key) ? titled.get(key)
                    : date == null ? null : holder(title, code, date);
            ActorEntry actor = holder != null ? holder : roleActor(title, code, label);
            roleMentions.add(new ActorMention(actor, first, last, start, end, text.substring(start, end), label));
        }
        List<ActorMention> all = new ArrayList<>(named);
        all.addAll(roleMentions);
        all.addAll(UnknownActors.find(text, tokens, all));
        all.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(m -> -m.end()));
        return new ResolvedActors(all);
    }

    /** Words before a title that say its bearer holds it no more. */
    private static final Set<String> FORMER = Set.of("former", "ex", "late", "then", "бывший", "бывшего", "экс");

    /** "Armenia's President", "Armenian President", "President of Armenia", "президент Армении". */
    private RolePhrases.Found rolePhraseAround(String text, List<Token> tokens, ActorMention country) {
        int after = country.lastToken() + 1;
        if (after < tokens.size() && tokens.get(after).lower().equals("s") && isPossessive(text, tokens, after)) after++;
        RolePhrases.Found found = roles.at(tokens, after);
        if (found != null) return found;
        int before = country.firstToken() - 1;
        if (before >= 0 && tokens.get(before).lower().equals("the")) before--;
        if (before >= 0 && tokens.get(before).lower().equals("of")) return roles.endingAt(tokens, before - 1);
        boolean inflected = Character.UnicodeScript.of(tokens.get(country.firstToken()).lower().codePointAt(0)) != Character.UnicodeScript.LATIN;
        return inflected && before >= 0 ? roles.endingAt(tokens, country.firstToken() - 1) : null;
    }

    private static boolean isPossessive(String text, List<Token> tokens, int sToken) {
        String between = text.substring(tokens.get(sToken - 1).end(), tokens.get(sToken).start());
        return between.equals("'") || between.equals("’");
    }

    /**
     * The position in {@code named} of a person named right next to the span, separated by at most spaces, a comma or a
     * dash (the one before the span first), or -1. Two lookups, so resolving stays linear in the mentions however often
     * the text repeats "Putin, Russia's President,".
     */
    private static int apposition(String text, List<Token> tokens, People people, int first, int last) {
        Integer before = people.endingAt.get(first - 1);
        if (before != null && isSeparator(text.substring(people.named.get(before).end(), tokens.get(first).start()))) return before;
        Integer after = people.startingAt.get(last + 1);
        if (after != null && isSeparator(text.substring(tokens.get(last).end(), people.named.get(after).start()))) return after;
        return -1;
    }

    /** The people among the named mentions (in text order, none overlapping), by their first and last token. */
    private static final class People {
        final List<ActorMention> named;
        final Map<Integer, Integer> startingAt = new HashMap<>();
        final Map<Integer, Integer> endingAt = new HashMap<>();

        People(List<ActorMention> named) {
            this.named = named;
            for (int i = 0; i < named.size(); i++) {
                if (!named.get(i).actor().isPerson()) continue;
                startingAt.putIfAbsent(named.get(i).firstToken(), i);
                endingAt.putIfAbsent(named.get(i).lastToken(), i);
            }
        }
    }

    private static boolean isSeparator(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!(Character.isWhitespace(c) || c == ',' || c == '—' || c == '–' || c == '-')) return false;
        }
        return true;
    }

    /**
     * Who held the office on {@code date}: of the roles held then, the one that began last, so an open-ended role
     * (no {@code from}, or no {@code to} yet) does not hide a successor listed in another data file.
     */
    private ActorEntry holder(String title, String country, LocalDate date) {
        ActorEntry latest = null;
        LocalDate latestFrom = null;
        for (ActorEntry person : holdersByRole.getOrDefault(title + "/" + country, List.of())) {
            for (Role r : person.roles()) {
                if (!r.title().equals(title) || !r.of().equals(country) || !r.heldOn(date)) continue;
                if (latest == null || r.from() != null && (latestFrom == null || r.from().isAfter(latestFrom))) {
                    latest = person;
                    latestFrom = r.from();
                }
            }
        }
        return latest;
    }

    /** The id prefix of a state's own body named like an international one ({@link #ownBodies}). */
    public static final String OWN_BODY_PREFIX = "nf:org/own/";

    /** Capitalised words a state's own body may have before its generic name ("National" Security Council). */
    private static final int BODY_QUALIFIERS = 2;

    /**
     * "Russia's Security Council", "Manila's National Security Council": an intergovernmental body's generic name (no
     * acronym, no "UN", "United Nations") after a country's or its capital's possessive, at most {@link #BODY_QUALIFIERS}
     * capitalised words between, is that state's own body (of its government), not the international one.
     */
    private static List<ActorMention> ownBodies(List<ActorMention> named, String text, List<Token> tokens) {
        for (int i = 1; i < named.size(); i++) {
            ActorMention owner = named.get(i - 1), body = named.get(i);
            boolean state = owner.actor().isCountry() || owner.actor().capitalOf() != null;
            int between = body.firstToken() - owner.lastToken() - 2;
            if (!state || !ActorEntry.IGO.equals(body.actor().country()) || between < 0 || between > BODY_QUALIFIERS) continue;
            int s = owner.lastToken() + 1;
            if (!tokens.get(s).lower().equals("s") || !isPossessive(text, tokens, s) || !genericName(tokens, s + 1, body.lastToken())) continue;
            String code = owner.actor().country(), name = text.substring(tokens.get(owner.lastToken() + 2).start(), body.end());
            ActorEntry own = new ActorEntry(OWN_BODY_PREFIX + code.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT).replace(' ', '-'),
                    name, "organisation", code, "GOV", Map.of());
            named.set(i, new ActorMention(own, owner.lastToken() + 2, body.lastToken(), tokens.get(owner.lastToken() + 2).start(),
                    body.end(), name, body.role()));
        }
        return named;
    }

    /** Capitalised words with no acronym and no "United Nations" in them. */
    private static boolean genericName(List<Token> tokens, int first, int last) {
        for (int t = first; t <= last; t++) {
            String w = tokens.get(t).text();
            if (!tokens.get(t).isCapitalised() || w.length() > 1 && w.chars().allMatch(Character::isUpperCase)
                    || w.equalsIgnoreCase("united") || w.equalsIgnoreCase("nations")) return false;
        }
        return true;
    }

    /** Whether an actor is a role read as its holder's office ("Armenia's President" when no holder is on record). */
    public static boolean isRole(String actorId) {
        return actorId != null && actorId.startsWith(ROLE_PREFIX);
    }

    private static final String ROLE_PREFIX = "nf:role/";

    private static ActorEntry roleActor(String title, String country, String label) {
        String id = ROLE_PREFIX + country.toLowerCase(Locale.ROOT) + "/" + title.replace(' ', '-');
        return new ActorEntry(id, label, "person", country, "GOV", Map.of());
    }

    private static ActorMention withRole(ActorMention m, String role) {
        return new ActorMention(m.actor(), m.firstToken(), m.lastToken(), m.start(), m.end(), m.surface(), role);
    }
}
