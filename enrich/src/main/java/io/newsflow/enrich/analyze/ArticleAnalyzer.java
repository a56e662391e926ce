package io.newsflow.enrich.analyze;

import io.newsflow.language.LanguageDetector;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.ResolvedActors;
import io.newsflow.enrich.actors.RolePhrases;
import io.newsflow.enrich.events.EventCoder;
import io.newsflow.enrich.events.TriggerTrace;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.quotes.QuoteFinder;
import io.newsflow.enrich.text.SentenceSplitter;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.Quote;

import java.time.LocalDate;
import java.util.List;

/**
 * The analysis of one text, without Kafka: tokens and sentences, actors ({@link ActorResolver}) and events
 * ({@link EventCoder}). The enrich topology and {@code newsflow analyze} both call it. Building one loads the
 * dictionaries (tens of milliseconds); reuse it. Immutable and thread-safe.
 *
 * <p>Cost is linear in the text (no step compares every mention, sentence or quote with every other), and the text is
 * analysed only up to an {@link AnalysisLimit} ({@value AnalysisLimit#DEFAULT_MAX_CHARS} characters by default); the
 * characters past it are counted in {@link Analysis#unanalysedChars()}.
 */
public final class ArticleAnalyzer {
    private final ActorResolver actors;
    private final EventCoder events;
    private final AnalysisLimit limit;

    /** An analyzer with the default {@link AnalysisLimit}. */
    public ArticleAnalyzer(ActorDictionary dictionary) {
        this(dictionary, AnalysisLimit.DEFAULT);
    }

    public ArticleAnalyzer(ActorDictionary dictionary, AnalysisLimit limit) {
        this(dictionary, limit, EventCoder.CONFIDENT);
    }

    /** @param confidentAt events at or above this confidence are {@code confident} ({@link EventCoder#CONFIDENT} by default) */
    public ArticleAnalyzer(ActorDictionary dictionary, AnalysisLimit limit, double confidentAt) {
        this.actors = new ActorResolver(dictionary, RolePhrases.bundled());
        this.events = EventCoder.bundled(dictionary, confidentAt);
        this.limit = limit;
    }

    public static ArticleAnalyzer bundled() {
        return new ArticleAnalyzer(ActorDictionary.bundled());
    }

    /**
     * The result.
     *
     * @param actors   the article's actors, in order of first mention
     * @param events   its coded events, in text order
     * @param quotes   quoted speech with its speaker where found
     * @param language the text's language: as stated, else {@link LanguageDetector}'s (ISO 639-1, any of 103 languages), or null
     * @param unanalysedChars how many characters at the end of the text were past the {@link AnalysisLimit} and not
     *                        analysed; 0 when the whole text was
     * @param triggers what became of each trigger word found, when traced ({@code analyze --trace}); else empty
     */
    public record Analysis(List<Actor> actors, List<Event> events, List<Quote> quotes, String language, int unanalysedChars,
                           List<TriggerTrace> triggers) {
        /** The analysis of a whole text. */
        public Analysis(List<Actor> actors, List<Event> events, List<Quote> quotes, String language) {
            this(actors, events, quotes, language, 0, List.of());
        }
    }

    /**
     * @param id        article id (event ids derive from it)
     * @param url       article URL, or null
     * @param fullText  the text; analysed up to the limit (offsets stay those of the whole text)
     * @param published publication date (role resolution, relative dates), or null
     */
    public Analysis analyze(String id, String url, String fullText, LocalDate published) {
        return analyze(id, url, fullText, published, null);
    }

    /**
     * {@link #analyze(String, String, String, LocalDate)} of a text whose source states its language
     * ({@code stated}, ISO 639-1; null: not stated): a stated language wins, and the detector is asked only without one.
     */
    public Analysis analyze(String id, String url, String fullText, LocalDate published, String stated) {
        return analyze(id, url, fullText, published, stated, false);
    }

    /** {@link #analyze(String, String, String, LocalDate, String)}, with each trigger's fate when {@code trace}. */
    public Analysis analyze(String id, String url, String fullText, LocalDate published, String stated, boolean trace) {
        int end = limit.end(fullText);
        String text = end == fullText.length() ? fullText : fullText.substring(0, end);
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        ResolvedActors resolved = actors.resolve(text, tokens, published);
        String language = stated != null ? stated : LanguageDetector.bundled().detect(text);
        EventCoder.Traced coded = trace ? events.codeTraced(text, tokens, sentences, resolved.mentions(), published, id, url, language)
                : new EventCoder.Traced(events.code(text, tokens, sentences, resolved.mentions(), published, id, url, language), List.of());
        return new Analysis(resolved.toAvro(), coded.events(), QuoteFinder.find(text, resolved.mentions()), language,
                fullText.length() - end, coded.triggers());
    }

}
