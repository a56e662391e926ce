package io.newsflow.app.analyze;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/**
 * How {@code newsflow analyze} reads an input. {@link #AUTO} (the default) decides per input: a name ending in
 * {@code .jsonl} or {@code .ndjson} is JSON lines and one in {@code .html} or {@code .htm} is HTML (also before
 * {@code .gz}), so one broken first line does not turn a JSON-lines file into text; any other input (standard input,
 * {@code .txt}, no extension) by its first non-blank line: JSON lines when it is a JSON object ({@code {…}}), HTML when
 * it opens a tag, a comment or a declaration ({@code <html}, {@code <p}, {@code <!DOCTYPE}, {@code <!--},
 * {@code <?xml}), else plain text.
 */
public enum InputFormat {
    AUTO, TEXT, JSONL, HTML;

    /** The option's word for it: {@code auto}, {@code text}, {@code jsonl}, {@code html}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format the name's extension gives, or {@link #AUTO} when it gives none. */
    static InputFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JSONL;
        if (n.endsWith(".html") || n.endsWith(".htm")) return HTML;
        return AUTO;
    }

    /** The format of content whose first non-blank line is {@code line}: {@link #JSONL}, {@link #HTML} or {@link #TEXT}. */
    static InputFormat byContent(String line) {
        String s = line.strip();
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.startsWith("{") && s.endsWith("}")) return JSONL; // a JSON object, or a broken record framed like one
        if (s.length() > 1 && s.charAt(0) == '<') {
            char next = s.charAt(1);
            if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '!' || next == '?') return HTML;
        }
        return TEXT;
    }

    /**
     * Whether content whose first non-blank line is {@code line} can be read in this format: JSON lines must start
     * with <code>{</code> (a broken first record still does), HTML with markup; text and auto take anything.
     */
    boolean fits(String line) {
        return switch (this) {
            case JSONL -> line.strip().startsWith("{");
            case HTML -> byContent(line) == HTML;
            default -> true;
        };
    }

    /**
     * Whether a first line opens a JSON document spread over lines (pretty-printed, or an array) rather than JSON
     * lines: <code>{</code> alone, <code>[</code> alone, or an array that starts with an object.
     */
    static boolean opensJsonDocument(String line) {
        String s = line.strip();
        if (s.startsWith("\uFEFF")) s = s.substring(1).strip();
        return s.equals("{") || s.equals("[") || (s.startsWith("[") && s.substring(1).stripLeading().startsWith("{"));
    }

    /** Parses the option's value in any case, with an error that lists the choices. */
    public static final class Converter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            for (InputFormat f : values()) if (f.word().equalsIgnoreCase(value.strip())) return f;
            throw new TypeConversionException("'" + value + "' is not a format: use auto, text, jsonl or html");
        }
    }
}
