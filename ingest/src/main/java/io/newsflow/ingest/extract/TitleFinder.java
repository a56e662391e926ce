package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the headline. Candidates: the schema.org {@code headline}, {@code og:title}, {@code twitter:title}, the first
 * {@code <h1>} and {@code <title>}, each without a site-name suffix ("... | The Courier"). The candidate most others agree
 * with wins; ties go to the editorial headline (JSON-LD, then OpenGraph) over the visible {@code <h1>}, which often
 * carries a kicker ("Politics: ..."), and over {@code <title>}, which carries the site name.
 */
final class TitleFinder {
    /** A trailing "separator + short segment" that may be a site or section name. */
    private static final Pattern SUFFIX = Pattern.compile("^(.*?\\S)\\s*(?:\\s[|–—\\-·•*:]\\s|[|｜ㅣ：:]|\\s[-–—]\\s?)\\s*([^|–—｜]{2,50})$");

    /** With {@code <title>} the only candidate, a trailing segment this short (characters) is taken as the site name. */
    static final int MAX_BARE_SUFFIX_CHARS = 30;

    String title(Document document, MetaTags meta, JsonLd ld, String siteName) {
        String pageTitle = clean(document.title());
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put("ld", clean(ld.articleText("headline")));
        candidates.put("og", clean(meta.get("og:title")));
        candidates.put("twitter", clean(meta.get("twitter:title")));
        Element h1 = document.selectFirst("h1");
        candidates.put("h1", h1 == null ? null : clean(h1.text()));
        candidates.put("title", pageTitle);
        List<String> values = new ArrayList<>();
        for (var e : candidates.entrySet()) {
            String v = e.getValue();
            if (v == null) continue;
            values.add(e.getKey().equals("h1") ? v : withoutSuffix(v, siteName, pageTitle, document.location()));
        }
        String best = null;
        int bestVotes = -1;
        for (String v : values) {
            int votes = 0;
            for (String other : values) if (same(v, other)) votes++;
            if (votes > bestVotes) {
                best = v;
                bestVotes = votes;
            }
        }
        if (best != null && best.equals(pageTitle) && values.size() == 1) { // <title> alone: "Headline - Site"
            Matcher m = SUFFIX.matcher(best);
            if (m.matches() && m.group(2).length() <= MAX_BARE_SUFFIX_CHARS && m.group(2).length() < m.group(1).length()) best = m.group(1).strip();
        }
        return best;
    }

    /** Drops a trailing site or section name: one the page names as its site, or that {@code <title>} ends with too. */
    static String withoutSuffix(String title, String siteName, String pageTitle, String url) {
        String t = title;
        for (int i = 0; i < 3; i++) {
            Matcher m = SUFFIX.matcher(t);
            if (!m.matches()) break;
            String suffix = m.group(2).strip();
            if (!isSiteName(suffix, siteName, pageTitle, t, url)) break;
            t = m.group(1).strip();
        }
        return t;
    }

    private static boolean isSiteName(String suffix, String siteName, String pageTitle, String title, String url) {
        String s = squash(suffix);
        if (s.isEmpty()) return false;
        if (siteName != null && (squash(siteName).contains(s) || s.contains(squash(siteName)))) return true;
        if (url != null && squash(hostOf(url)).contains(s)) return true;
        return pageTitle != null && !pageTitle.equals(title) && pageTitle.endsWith(suffix) && suffix.length() < 30;
    }

    private static boolean same(String a, String b) {
        return squash(a).equals(squash(b));
    }

    /** Lower case letters and digits only: quotes, dashes and spacing do not make two headlines differ. */
    private static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
