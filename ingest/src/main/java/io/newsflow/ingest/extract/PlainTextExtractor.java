package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a plain-text article: the first non-blank line is the title, every further non-blank line (or block of lines
 * separated by a blank line) is a paragraph. Line breaks inside a block are joined with a space, so both one paragraph
 * per line and hard-wrapped paragraphs come out as paragraphs separated by a blank line.
 */
public final class PlainTextExtractor {

    public ExtractedArticle extract(String content) {
        String normalised = content.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        List<String> lines = normalised.lines().map(String::strip).toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) first++;
        String title = first < lines.size() ? lines.get(first) : null;
        boolean blankSeparated = lines.subList(Math.min(first + 1, lines.size()), lines.size()).stream().anyMatch(String::isEmpty);

        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || !blankSeparated) {
                flush(current, paragraphs);
                if (!line.isEmpty()) current.append(line);
            } else {
                if (!current.isEmpty()) current.append(' ');
                current.append(line);
            }
        }
        flush(current, paragraphs);
        String text = String.join("\n\n", paragraphs);
        return new ExtractedArticle(title, text, null, null, List.of(), LanguageGuess.fromScript(title + " " + text), null, null,
                null, null, List.of(), Citations.find(text, Map.of()));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) paragraphs.add(current.toString());
        current.setLength(0);
    }
}
