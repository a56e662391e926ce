package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The story of a page built by its scripts, which keeps the article's HTML only as a string in the data it hands them
 * (a framework's hydration state, {@code __NEXT_DATA__}, a query cache): the longest string literal in the page's
 * inline scripts that holds at least {@value #MIN_PARAGRAPHS} HTML paragraphs ({@code <p>}, written as is or escaped
 * in JSON as backslash-u003c), read as HTML with boilerplate removed (captions, ads) and its blocks kept in order as
 * {@link StoryFallback#readable} keeps a found cluster's.
 * {@link HtmlExtractor} looks for it only where the markup held nearly nothing ({@link StoryFallback#TINY_CHARS}).
 *
 * <p>Linear in the scripts' text: one scan for string literals, one parse of the chosen one.
 */
final class ScriptStory {
    /** A string with fewer HTML paragraphs than this is a snippet (a teaser, a template), not a story. */
    static final int MIN_PARAGRAPHS = 3;
    /** A string shorter than this (characters, as written in the script) is not looked into. */
    static final int MIN_LITERAL_CHARS = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptStory() {}

    /** The story's paragraphs separated by a blank line, or null when no script holds one. */
    static String find(List<Element> scripts) {
        String best = null;
        for (Element script : scripts) {
            if (script.hasAttr("src") || script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) continue;
            String data = script.data();
            for (int i = data.indexOf('"'); i >= 0; ) {
                int end = closingQuote(data, i + 1);
                if (end < 0) break;
                if (data.charAt(end) == '\n') { // not a string literal after all (a quote in a comment or regex)
                    i = data.indexOf('"', end);
                    continue;
                }
                if (end - i > MIN_LITERAL_CHARS && (best == null || end - i - 1 > best.length()) && paragraphs(data, i + 1, end) >= MIN_PARAGRAPHS) {
                    best = data.substring(i + 1, end);
                }
                i = data.indexOf('"', end + 1);
            }
        }
        if (best == null) return null;
        String html;
        try {
            html = JSON.readValue("\"" + best + "\"", String.class);
        } catch (Exception notJson) {
            return null;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        Boilerplate.remove(fragment);
        List<String> parts = new ArrayList<>();
        for (TextBlocks.Block b : TextBlocks.of(fragment.body())) {
            if (StoryFallback.readable(b)) parts.add(b.text());
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** The index of the quote closing a string literal that starts at {@code from}, of the line end before it, or -1. */
    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '"' || c == '\n') return i;
        }
        return -1;
    }

    /** How many paragraph tags open in {@code s[from, to)}, written as is or escaped. */
    private static int paragraphs(String s, int from, int to) {
        int n = 0;
        for (int i = s.indexOf('p', from); i >= 0 && i < to; i = s.indexOf('p', i + 1)) {
            if (i + 1 < to && ">\\ ".indexOf(s.charAt(i + 1)) >= 0 // "<p>", "<p class=...>", or escaped (backslash-u003c p backslash-u003e)
                    && (s.startsWith("<", i - 1) || s.regionMatches(true, i - 6, "\\u003c", 0, 6))) n++;
        }
        return n;
    }
}
