package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads article metadata from a page's markup: title, publication time, authors and canonical URL, each from the most
 * reliable signal present (OpenGraph and article meta, schema.org JSON-LD and microdata, then visible markup).
 */
final class MetadataExtractor {
    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:]\\s+[^|\\-–—:]{2,60}$");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(by|от|автор:?)\\s+");

    String title(Document document) {
        String og = meta(document, "meta[property=og:title]");
        if (og != null) return og;
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        String title = document.title().strip();
        if (title.isEmpty()) return null;
        return TITLE_SUFFIX.matcher(title).replaceFirst("");
    }

    Instant published(Document document) {
        List<String> candidates = metaValues(document, List.of("meta[property=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=date]",
                "meta[name=dc.date]"));
        candidates.addAll(jsonLd(document, JSON_LD_PUBLISHED));
        Element time = document.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        if (time != null) candidates.add(time.attr("datetime"));
        return firstInstant(candidates);
    }

    Instant modified(Document document) {
        List<String> candidates = metaValues(document, List.of("meta[property=article:modified_time]",
                "meta[property=og:updated_time]", "meta[itemprop=dateModified]"));
        candidates.addAll(jsonLd(document, JSON_LD_MODIFIED));
        return firstInstant(candidates);
    }

    String siteName(Document document) {
        return meta(document, "meta[property=og:site_name]");
    }

    private static List<String> metaValues(Document document, List<String> queries) {
        List<String> values = new ArrayList<>();
        for (String query : queries) {
            String value = meta(document, query);
            if (value != null) values.add(value);
        }
        return values;
    }

    private static List<String> jsonLd(Document document, Pattern field) {
        List<String> values = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            Matcher m = field.matcher(script.data());
            if (m.find()) values.add(m.group(1));
        }
        return values;
    }

    private static Instant firstInstant(List<String> candidates) {
        for (String candidate : candidates) {
            Instant parsed = parseInstant(candidate);
            if (parsed != null) return parsed;
        }
        return null;
    }

    List<String> authors(Document document) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Element e : document.select("meta[name=author], meta[property=article:author]")) {
            String content = e.attr("content").strip();
            if (!content.isEmpty() && !content.startsWith("http")) names.add(BY_PREFIX.matcher(content).replaceFirst(""));
        }
        if (names.isEmpty()) {
            for (Element e : document.select("[rel=author], [itemprop=author] [itemprop=name], .byline .author")) {
                String text = BY_PREFIX.matcher(e.text().strip()).replaceFirst("");
                if (!text.isEmpty() && text.length() < 80) names.add(text);
            }
        }
        return List.copyOf(names);
    }

    String canonicalUrl(Document document) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String href = link.absUrl("href");
            return href.isEmpty() ? link.attr("href") : href;
        }
        return meta(document, "meta[property=og:url]");
    }

    /** ISO-8601 date-time with offset, local date-time (taken as UTC) or a bare date (midnight UTC); else null. */
    static Instant parseInstant(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String meta(Document document, String query) {
        Element e = document.selectFirst(query);
        if (e == null) return null;
        String content = e.attr("content").strip();
        return content.isEmpty() ? null : content;
    }
}
