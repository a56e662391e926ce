package io.newsflow.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word {@link Token}s with offsets and matching keys: lower case, {@code ё} folded to {@code е}, and
 * for Cyrillic and Armenian words the case endings removed, so {@code Пашиняном} and {@code Пашинян}, or
 * {@code Երևանում} and {@code Երևան}, share a key. Words are runs of letters and digits; everything else (spaces,
 * punctuation, apostrophes, hyphens) separates them, so {@code Russia's} gives {@code russia} and {@code s}.
 */
public final class Tokenizer {
    /**
     * Russian noun and adjective endings, longest first; removed only when at least {@link #MIN_STEM} letters remain. A
     * final "й" (always after a vowel) goes too, as the case endings replace it ("Китай", "Китая", "Китаем": one key).
     */
    private static final List<String> RUSSIAN_ENDINGS = List.of(
            "ами", "ями", "ому", "ему", "ого", "его", "ыми", "ими", "ой", "ей", "ом", "ем", "ым", "им", "ах", "ях",
            "ий", "ый", "их", "ых", "ам", "ям", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ов", "ев", "а", "я", "у", "ю", "е", "ы", "и", "ь", "й");
    /** Armenian case endings and articles (genitive/dative, ablative, instrumental, locative, definite). */
    private static final List<String> ARMENIAN_ENDINGS = List.of("ում", "ից", "ով", "ին", "ի", "ը", "ն");
    /**
     * Armenian vowels: after a final one the case endings take a "յ" ("Ֆրանսիա", "Ֆրանսիայի", "Ֆրանսիայում"), so a
     * key drops a final "յ" after a vowel in every form, the nominative too ("Ուրուգվայ", "Ուրուգվայի": one key).
     */
    private static final String ARMENIAN_VOWELS = "աեէըիոօ";
    static final int MIN_STEM = 4;

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            String word = text.substring(start, i);
            String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
            tokens.add(new Token(tokens.size(), start, i, word, lower, key(lower)));
        }
        return tokens;
    }

    /** The matching key of a lower-cased word. */
    public static String key(String lower) {
        Character.UnicodeScript script = Character.UnicodeScript.of(lower.codePointAt(0));
        if (script == Character.UnicodeScript.CYRILLIC) return stripEndings(lower, RUSSIAN_ENDINGS);
        if (script == Character.UnicodeScript.ARMENIAN) return withoutGlide(stripEndings(armenianLetters(lower), ARMENIAN_ENDINGS));
        return lower;
    }

    /** Armenian letters as keys compare them: "և" is "ե" and "ւ" (its compatibility decomposition), "Կիև" is "Կիեւ". */
    public static String armenianLetters(String lower) {
        return lower.replace("և", "եւ");
    }

    /**
     * The case ending an Armenian word adds to a name, both in lower case and {@link #armenianLetters}: "" for the name
     * itself, "ին" for "ադրբեջանին" after "ադրբեջան", and after a name ending in "ու", which is "վ" before an ending,
     * "ին" for "բաքվին" after "բաքու"; null when the word is not the name with an ending.
     */
    public static String armenianEnding(String word, String name) {
        if (word.startsWith(name)) return word.substring(name.length());
        String stem = beforeEnding(name);
        return stem != null && word.startsWith(stem) ? word.substring(stem.length()) : null;
    }

    /** An Armenian word ending in "ու" as it is before a case ending, with "վ" ("բաքու": "բաքվ"); null for any other word. */
    private static String beforeEnding(String word) {
        return word.length() > 2 && word.endsWith("ու") ? word.substring(0, word.length() - 2) + 'վ' : null;
    }

    /**
     * The Armenian stem without a final "յ" after a vowel, when at least {@link #MIN_STEM} letters remain; a final "ու"
     * is written "վ", as before a case ending ("Բաքու", "Բաքվի", "Բաքվում": one key).
     */
    private static String withoutGlide(String stem) {
        int n = stem.length();
        if (n - 1 >= MIN_STEM && stem.charAt(n - 1) == 'յ' && ARMENIAN_VOWELS.indexOf(stem.charAt(n - 2)) >= 0) return stem.substring(0, n - 1);
        String beforeEnding = n - 1 >= MIN_STEM ? beforeEnding(stem) : null;
        return beforeEnding != null ? beforeEnding : stem;
    }

    /**
     * Removes endings until none applies (Лаврова → Лавров → Лавр, as Лавров → Лавр), so every inflected form of a
     * name reaches the same stem. Crude next to a real stemmer, but names are what it must get right, and it keeps
     * at least {@link #MIN_STEM} letters.
     */
    private static String stripEndings(String word, List<String> endings) {
        String stem = word;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            char last = stem.isEmpty() ? 0 : stem.charAt(stem.length() - 1);
            for (String ending : endings) {
                // the last letter first: most endings differ there
                if (ending.charAt(ending.length() - 1) == last && stem.endsWith(ending) && stem.length() - ending.length() >= MIN_STEM) {
                    stem = stem.substring(0, stem.length() - ending.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }
}
