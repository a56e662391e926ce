package io.newsflow.enrich.analyze;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.ResolvedActors;
import io.newsflow.enrich.actors.RolePhrases;
import io.newsflow.enrich.events.EventCoder;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.quotes.QuoteFinder;
import io.newsflow.enrich.text.Scripts;
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
 */
public final class ArticleAnalyzer {
    private final ActorResolver actors;
    private final EventCoder events;

    public ArticleAnalyzer(ActorDictionary dictionary) {
        this.actors = new ActorResolver(dictionary, RolePhrases.bundled());
        this.events = EventCoder.bundled(dictionary);
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
     * @param language the language guessed from the writing system ({@code en}, {@code ru}, {@code hy}), or null
     */
    public record Analysis(List<Actor> actors, List<Event> events, List<Quote> quotes, String language) {}

    /**
     * @param id        article id (event ids derive from it)
     * @param url       article URL, or null
     * @param text      the text
     * @param published publication date (role resolution, relative dates), or null
     */
    public Analysis analyze(String id, String url, String text, LocalDate published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        ResolvedActors resolved = actors.resolve(text, tokens, published);
        return new Analysis(resolved.toAvro(), events.code(text, tokens, sentences, resolved.mentions(), published, id, url),
                QuoteFinder.find(text, resolved.mentions()), Scripts.language(tokens));
    }

}
