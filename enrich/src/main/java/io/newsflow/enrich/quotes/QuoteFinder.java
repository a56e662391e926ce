package io.newsflow.enrich.quotes;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.schemas.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds quoted speech (“…”, «…», "…", at least {@value #MIN_WORDS} words) and its speaker: a person or organisation
 * named right after the quote ("…," Lavrov said / said Lavrov) or right before it (Lavrov said: "…"). A quote whose
 * speaker cannot be found is still reported, without a speaker. Stateless and thread-safe.
 */
public final class QuoteFinder {
    static final int MIN_WORDS = 4;
    /** How far from the quote (characters) the speaker's name may stand. */
    static final int SPEAKER_WINDOW = 60;
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "(?iU)\\b(said|says|told|added|stated|declared|noted|wrote|stressed|asked|заявил\\w*|сказал\\w*|отметил\\w*|подчеркнул\\w*)\\b");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private QuoteFinder() {}

    /** @param mentions the text's actor mentions in text order (as {@code ResolvedActors} has them) */
    public static List<Quote> find(String text, List<ActorMention> mentions) {
        List<Quote> quotes = new ArrayList<>();
        int[] starts = mentions.stream().mapToInt(ActorMention::start).toArray();
        for (QuoteSpans.Span span : QuoteSpans.find(text)) {
            String words = text.substring(span.open() + 1, span.close()).strip();
            if (WHITESPACE.split(words).length < MIN_WORDS) continue;
            ActorEntry speaker = speakerAfter(text, span.close() + 1, mentions, starts);
            if (speaker == null) speaker = speakerBefore(text, span.open(), mentions, starts);
            quotes.add(new Quote(speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(), words,
                    span.open() + 1, span.close()));
        }
        return quotes;
    }

    private static ActorEntry speakerAfter(String text, int quoteEnd, List<ActorMention> mentions, int[] starts) {
        int limit = Math.min(text.length(), quoteEnd + SPEAKER_WINDOW);
        int sentenceEnd = indexOfAny(text, ".!?\n", quoteEnd, limit);
        int end = sentenceEnd < 0 ? limit : sentenceEnd;
        if (!SPEECH_VERB.matcher(text.substring(quoteEnd, end)).find()) return null;
        for (int i = firstFrom(starts, quoteEnd); i < starts.length && starts[i] < end; i++) {
            ActorMention mention = mentions.get(i);
            if (mention.end() <= end && speaks(mention)) return mention.actor();
        }
        return null;
    }

    private static ActorEntry speakerBefore(String text, int quoteStart, List<ActorMention> mentions, int[] starts) {
        int from = Math.max(0, quoteStart - SPEAKER_WINDOW);
        int sentenceStart = lastIndexOfAny(text, ".!?\n", quoteStart - 1, from) + 1;
        String before = text.substring(sentenceStart, quoteStart);
        if (!SPEECH_VERB.matcher(before).find()) return null;
        ActorEntry speaker = null;
        for (int i = firstFrom(starts, sentenceStart); i < starts.length && starts[i] < quoteStart; i++) {
            ActorMention mention = mentions.get(i);
            if (mention.end() <= quoteStart && speaks(mention)) speaker = mention.actor();
        }
        return speaker;
    }

    private static boolean speaks(ActorMention m) {
        return m.actor().isPerson() || m.actor().kind().equals("organisation");
    }

    private static int indexOfAny(String text, String chars, int from, int to) {
        for (int i = from; i < to; i++) if (chars.indexOf(text.charAt(i)) >= 0) return i;
        return -1;
    }

    /** The last of {@code chars} at or before {@code from} and at or after {@code downTo}, else {@code downTo - 1}. */
    private static int lastIndexOfAny(String text, String chars, int from, int downTo) {
        for (int i = from; i >= downTo; i--) if (chars.indexOf(text.charAt(i)) >= 0) return i;
        return downTo - 1;
    }

    /**
     * The first mention starting at or after {@code offset} ({@code mentions} are in text order): a binary search, so
     * each quote looks only at the mentions in its window, however many the article has.
     */
    private static int firstFrom(int[] starts, int offset) {
        int low = 0, high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
