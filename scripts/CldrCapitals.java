import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fills the empty Armenian capital cells of {@code local-names.tsv} from CLDR (through ICU4J): a capital that is a
 * time zone's exemplar city has its Armenian name there ("Asia/Tbilisi": Թբիլիսի). A state with no row gets one with
 * only that cell. Cells already written are kept. Run by {@code scripts/cldr-capitals}.
 *
 * <p>Usage: {@code java -cp icu4j.jar CldrCapitals.java world-countries.tsv local-names.tsv}
 */
public class CldrCapitals {
    public static void main(String[] args) throws Exception {
        TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
        TimeZoneNames armenian = TimeZoneNames.getInstance(ULocale.forLanguageTag("hy"));
        Map<String, String> byEnglishName = new HashMap<>();
        for (String zone : TimeZone.getAvailableIDs()) {
            String en = english.getExemplarLocationName(zone), hy = armenian.getExemplarLocationName(zone);
            // where CLDR has no Armenian name ICU falls back to the English one: only Armenian script is kept
            if (en != null && hy != null && hy.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARMENIAN)) {
                byEnglishName.putIfAbsent(en, hy);
            }
        }
        Map<String, String> capitals = new TreeMap<>(); // alpha-3 -> Armenian name of its capital
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] row = line.split("\t", -1);
            if (row[0].equals("alpha3")) continue;
            String hy = byEnglishName.get(row[3]);
            for (String alias : row[4].split("\\|")) if (hy == null && !alias.isEmpty()) hy = byEnglishName.get(alias);
            if (hy != null) capitals.put(row[0], hy);
        }
        Path local = Path.of(args[1]);
        List<String> out = new ArrayList<>();
        int filled = 0, added = 0;
        for (String line : Files.readAllLines(local, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("alpha3")) {
                out.add(line);
                continue;
            }
            String[] row = java.util.Arrays.copyOf(line.split("\t", -1), 7);
            for (int i = 0; i < row.length; i++) if (row[i] == null) row[i] = "";
            String hy = capitals.remove(row[0]);
            if (row[2].isEmpty() && hy != null) {
                row[2] = hy;
                filled++;
            }
            out.add(String.join("\t", row));
        }
        while (!out.isEmpty() && out.getLast().isEmpty()) out.removeLast();
        for (Map.Entry<String, String> e : capitals.entrySet()) {
            out.add(String.join("\t", e.getKey(), "", e.getValue(), "", "", "", ""));
            added++;
        }
        Files.writeString(local, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        System.out.println("Armenian capitals from CLDR: " + filled + " cells filled, " + added + " rows added");
    }
}
