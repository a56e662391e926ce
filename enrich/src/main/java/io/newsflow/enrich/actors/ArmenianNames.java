package io.newsflow.enrich.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Armenian spellings of the non-Armenian people the dictionary names in Russian. The Armenian press writes the names of
 * Russian, Georgian, Azerbaijani, Central Asian and most other non-Armenian people as they are spelt in Russian, letter
 * by letter ("Лавров" Լավրով, "Саакашвили" Սաակաշվիլի, "Мамедъяров" Մամեդյարով, "Зеленский" Զելենսկի), so each
 * Russian alias of a person who is not Armenian is added, transliterated, to the Armenian ones (beside a curated
 * spelling such as "Սահակաշվիլի"). English names written the English way in Armenian ("Քլինթոն", not "Կլինտոն") come
 * out wrong and then match nothing; Armenian people keep their curated names only. Deterministic and stateless.
 */
final class ArmenianNames {
    private ArmenianNames() {}

    /** Bumped when the transliteration changes: part of the dictionary's version ({@link ActorDictionary#bundled}). */
    static final String VERSION = "ru-hy-1";

    /** Letter groups first (read before single letters), then the single letters, lower case. */
    private static final Map<String, String> GROUPS = Map.of("дж", "ջ", "дз", "ձ", "кс", "քս", "ий", "ի", "ый", "ի");
    private static final Map<Character, String> LETTERS = letters();

    private static Map<Character, String> letters() {
        String[][] pairs = {{"а", "ա"}, {"б", "բ"}, {"в", "վ"}, {"г", "գ"}, {"д", "դ"}, {"е", "ե"}, {"ё", "յո"}, {"ж", "ժ"},
                {"з", "զ"}, {"и", "ի"}, {"й", "յ"}, {"к", "կ"}, {"л", "լ"}, {"м", "մ"}, {"н", "ն"}, {"о", "ո"}, {"п", "պ"},
                {"р", "ր"}, {"с", "ս"}, {"т", "տ"}, {"у", "ու"}, {"ф", "ֆ"}, {"х", "խ"}, {"ц", "ց"}, {"ч", "չ"}, {"ш", "շ"},
                {"щ", "շչ"}, {"ъ", ""}, {"ы", "ի"}, {"ь", ""}, {"э", "է"}, {"ю", "յու"}, {"я", "յա"}};
        Map<Character, String> map = new LinkedHashMap<>();
        for (String[] p : pairs) map.put(p[0].charAt(0), p[1]);
        return Map.copyOf(map);
    }

    /**
     * The entry with its Russian aliases transliterated added to its Armenian ones, if it is a person with Russian
     * aliases who is not Armenian and a transliteration is new; else the entry itself.
     */
    static ActorEntry withTransliterated(ActorEntry entry) {
        List<String> russian = entry.aliases().get("ru");
        if (!entry.isPerson() || russian == null || russian.isEmpty() || "ARM".equals(entry.country())) return entry;
        List<String> armenian = new ArrayList<>(entry.aliases().getOrDefault("hy", List.of()));
        int curated = armenian.size();
        for (String name : russian) {
            String hy = transliterate(name);
            if (hy != null && !armenian.contains(hy)) armenian.add(hy);
        }
        if (armenian.size() == curated) return entry;
        Map<String, List<String>> aliases = new LinkedHashMap<>(entry.aliases());
        aliases.put("hy", List.copyOf(armenian));
        return new ActorEntry(entry.id(), entry.name(), entry.kind(), entry.country(), entry.sector(), aliases, entry.roles(), entry.capitalOf());
    }

    /**
     * A Russian name in Armenian letters, word by word, keeping capitals and separators; null if it holds a letter that
     * is neither Cyrillic nor a separator (a Latin initial). A word's first "е" is "Ե", its first "о" "Օ", its first "р"
     * the trilled "Ռ" ("Рустем" Ռուստեմ); a final "ев" is "և" ("Алиев" Ալիև, "Медведев" Մեդվեդև).
     */
    static String transliterate(String russian) {
        StringBuilder out = new StringBuilder();
        String lower = russian.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1));
            boolean upper = Character.isUpperCase(russian.charAt(i));
            String piece = null;
            int length = 1;
            if (i + 1 < lower.length()) {
                String two = lower.substring(i, i + 2);
                boolean wordEnd = i + 2 == lower.length() || !Character.isLetter(lower.charAt(i + 2));
                if (two.equals("ев") && wordEnd && !wordStart) piece = "և";
                else if (GROUPS.containsKey(two) && (!two.endsWith("й") || wordEnd)) piece = GROUPS.get(two);
                if (piece != null) length = 2;
            }
            if (piece == null) {
                if (wordStart && c == 'е') piece = "ե";
                else if (wordStart && c == 'о') piece = "օ";
                else if (wordStart && c == 'р') piece = "ռ";
                else piece = LETTERS.get(c);
            }
            if (piece == null) {
                if (Character.isLetter(c)) return null;
                piece = String.valueOf(c);
            }
            if (upper && !piece.isEmpty()) piece = piece.substring(0, 1).toUpperCase(Locale.ROOT) + piece.substring(1);
            out.append(piece);
            i += length;
        }
        return out.toString();
    }
}
