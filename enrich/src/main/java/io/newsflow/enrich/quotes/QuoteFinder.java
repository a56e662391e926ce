package io.newsflow.enrich.quotes;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.schemas.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    private static final Pattern QUOTED = Pattern.compile("“([^”]{10,}?)”|«([^»]{10,}?)»|\"([^\"]{10,}?)\"");
    private static final Pattern SPEECH_VERB = Pattern.compile(
            "(?iU)\\b(said|says|told|added|stated|declared|noted|wrote|stressed|asked|заявил\\w*|сказал\\w*|отметил\\w*|подчеркнул\\w*)\\b");

    private QuoteFinder() {}

    public static List<Quote> find(String text, List<ActorMention> mentions) {
        List<Quote> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String words = m.group(group).strip();
            if (words.split("\\s+").length < MIN_WORDS) continue;
            ActorEntry speaker = speakerAfter(text, m.end(), mentions);
            if (speaker == null) speaker = speakerBefore(text, m.start(), mentions);
            quotes.add(new Quote(speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(), words,
                    m.start(group), m.end(group)));
        }
        return quotes;
    }

    private static ActorEntry speakerAfter(String text, int quoteEnd, List<ActorMention> mentions) {
        int limit = Math.min(text.length(), quoteEnd + SPEAKER_WINDOW);
        int sentenceEnd = indexOfAny(text, ".!?\n", quoteEnd, limit);
        int end = sentenceEnd < 0 ? limit : sentenceEnd;
        if (!SPEECH_VERB.matcher(text.substring(quoteEnd, end)).find()) return null;
        for (ActorMention mention : mentions) {
            if (mention.start() >= quoteEnd && mention.end() <= end && speaks(mention)) return mention.actor();
        }
        return null;
    }

    private static ActorEntry speakerBefore(String text, int quoteStart, List<ActorMention> mentions) {
        int from = Math.max(0, quoteStart - SPEAKER_WINDOW);
        int sentenceStart = Math.max(from, lastIndexOfAny(text, ".!?\n", quoteStart - 1) + 1);
        String before = text.substring(sentenceStart, quoteStart);
        if (!SPEECH_VERB.matcher(before).find()) return null;
        ActorEntry speaker = null;
        for (ActorMention mention : mentions) {
            if (mention.start() >= sentenceStart && mention.end() <= quoteStart && speaks(mention)) speaker = mention.actor();
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

    private static int lastIndexOfAny(String text, String chars, int from) {
        for (int i = from; i >= 0; i--) if (chars.indexOf(text.charAt(i)) >= 0) return i;
        return -1;
    }
}
