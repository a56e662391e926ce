package io.newsflow.ingest.extract;

import io.newsflow.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a plain-text article: the first non-blank line is the title, every further non-blank line (or block of lines
 * separated by a blank line) is a paragraph. Line breaks inside a block are joined with a space, so both one paragraph
 * per line and hard-wrapped paragraphs come out as paragraphs separated by a blank line.
 *
 * <p>A first line that cannot be a title — the only line of the file, or one longer than {@value #MAX_TITLE_CHARS}
 * characters — is the first paragraph, and the title is its first sentence, cut at the last space before
 * {@value #MAX_TITLE_CHARS} characters (with "…") when longer. Text with no non-blank line gives a null title and empty
 * text, which ingest refuses as {@code EMPTY_TEXT}.
 */
public final class PlainTextExtractor {
    /** The longest title, in characters; a longer first line is body text. */
    public static final int MAX_TITLE_CHARS = 200;

    public ExtractedArticle extract(String content) {
        String normalised = content.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        List<String> lines = normalised.lines().map(String::strip).toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) first++;
        String title = first < lines.size() ? lines.get(first) : null;
        boolean titleLine = title != null && title.length() <= MAX_TITLE_CHARS
                && lines.subList(first + 1, lines.size()).stream().anyMatch(line -> !line.isEmpty());
        if (title != null && !titleLine) title = firstSentence(title);
        int body = titleLine ? first + 1 : first;
        boolean blankSeparated = lines.subList(Math.min(body, lines.size()), lines.size()).stream().anyMatch(String::isEmpty);

        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = body; i < lines.size(); i++) {
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
        return new ExtractedArticle(title, text, null, null, List.of(), LanguageDetector.bundled().detect(title + "\n" + text), null, null,
                null, null, List.of(), Citations.find(text, Map.of()));
    }

    /** The line's first sentence without its full stop, at most {@value #MAX_TITLE_CHARS} characters. */
    static String firstSentence(String line) {
        int end = line.length();
        for (int i = 0; i < Math.min(line.length(), MAX_TITLE_CHARS + 1); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))) {
                end = c == '.' ? i : i + 1;
                break;
            }
        }
        if (end <= MAX_TITLE_CHARS) return line.substring(0, end).strip();
        int space = line.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
        int cut = space > MAX_TITLE_CHARS / 2 ? space : MAX_TITLE_CHARS - 1;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) cut--;
        return line.substring(0, cut).strip() + "…";
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) paragraphs.add(current.toString());
        current.setLength(0);
    }
}
