package io.newsflow.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the calls to action and credit lines that pages append to a story inside its own container, so that no
 * container boundary separates them from the last paragraph: "Got a story? Get in touch", "Follow us on Twitter",
 * "Sign up for our newsletter", "For more stories like this, ...", "Reporting by ...; Editing by ...". Only a run of
 * such paragraphs at the very end is dropped, and only paragraphs shorter than {@value #MAX_PROMPT_CHARS}
 * characters: the same words inside the story (a report about a newsletter) stay. The phrases are English, German
 * and a few other common ones; they are wording, never a host name.
 */
final class TrailingPrompts {
    /** A paragraph at least this long (characters) is prose, never a prompt. */
    static final int MAX_PROMPT_CHARS = 300;
    private static final Pattern PROMPT = Pattern.compile("(?iu)"
            + "\\bsign(?:ing)? up\\b|\\bnewsletters?\\b|\\bsubscribe (?:to|now|here)\\b|\\bget in touch\\b|\\bgot a story\\b"
            + "|\\bhave a (?:story|tip)\\b|\\bfollow (?:us|[\\w.]+) on\\b|\\bfor more stories like this\\b|\\bbookmark\\b"
            + "|\\bpreferred source\\b|\\bdownload (?:our|the) app\\b|\\bclick here\\b|\\bjoin us on\\b"
            + "|^(?:reporting|editing|writing|additional reporting) by\\b|^(?:read more|related|see also|also read)\\b\\s*:"
            + "|\\bfolgen sie uns\\b|\\bnewsletter abonnieren\\b");

    private TrailingPrompts() {}

    /** The paragraphs without the run of prompts at their end (the list itself if there is none). */
    static List<String> trim(List<String> paragraphs) {
        int end = paragraphs.size();
        while (end > 1 && isPrompt(paragraphs.get(end - 1))) end--;
        return paragraphs.subList(0, end);
    }

    /** A short paragraph that asks the reader to do something or credits the desk, rather than telling the story. */
    static boolean isPrompt(String paragraph) {
        return paragraph.length() < MAX_PROMPT_CHARS && PROMPT.matcher(paragraph).find();
    }
}
