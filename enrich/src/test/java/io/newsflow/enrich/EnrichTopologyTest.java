package io.newsflow.enrich;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.Mention;
import io.newsflow.schemas.RawArticle;
import io.newsflow.schemas.FetchInfo;
import io.newsflow.schemas.Citation;
import io.newsflow.schemas.Link;
import io.newsflow.schemas.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole enrich stage's outcomes, raw article in, topics out, through both applications ({@link EnrichDrivers}:
 * the analysis's story-linking output piped into story linking).
 */
class EnrichTopologyTest {
    static final Clock CLOCK = EnrichDrivers.CLOCK;
    final Topics topics = Topics.withPrefix("t.");
    @TempDir Path stateDir;
    EnrichDrivers drivers;

    @BeforeEach
    void start() {
        drivers = EnrichDrivers.at(topics, stateDir);
    }

    @AfterEach
    void stop() {
        drivers.close();
    }

    /** Raw articles in: each through the analysis, then story linking. */
    EnrichDrivers rawArticles() {
        return drivers;
    }

    /** What story linking writes to {@code topic} (enriched articles, events, counts, late events). */
    <V> org.apache.kafka.streams.TestOutputTopic<String, V> output(io.newsflow.schemas.Topic<String, V> topic) {
        return EnrichDrivers.output(drivers.stories, topic);
    }

    /** The last count sent for each day and pair. */
    java.util.Map<String, io.newsflow.schemas.ActorPairStat> latestPairCounts() {
        var pairs = output(topics.actorPairStats());
        var latest = new java.util.LinkedHashMap<String, io.newsflow.schemas.ActorPairStat>();
        pairs.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }

    static RawArticle seedLike() {
        return RawArticle.newBuilder().setId("seed").setSource("test").setFetchedAt(Instant.parse("2025-06-01T10:00:00Z"))
                .setTitle("Russia and Armenia: a strained alliance")
                .setText("In a phone call, Putin, Russia's President, wished Armenia's Prime Minister, Nikol Pashinyan, a happy birthday. "
                        + "Pashinyan later froze Armenia's participation in the CSTO.")
                .setContentHash("h").build();
    }

    /**
     * enrich.minConfidence reaches the stage: with the calibrated threshold the seed's events are confident, with 1.0
     * none is, though their confidence is the same (what search, dashboards and pair counts show follows the flag).
     */
    @Test
    void theConfidentThresholdComesFromTheSettings() {
        drivers.pipeRaw("seed", seedLike());
        List<Event> calibrated = output(topics.enrichedArticles()).readValue().getEvents();
        assertThat(calibrated).isNotEmpty().allSatisfy(e -> assertThat(e.getConfident()).isTrue());

        var strict = new EnrichSettings("enrich-strict", stateDir.resolve("strict").toString(), 1, 1, null, 0, 1.0, null);
        try (EnrichDrivers strictDrivers = new EnrichDrivers(topics, ArticleEnricher.bundled(strict), strict)) {
            strictDrivers.pipeRaw("seed", seedLike());
            List<Event> events = EnrichDrivers.output(strictDrivers.stories, topics.enrichedArticles()).readValue().getEvents();
            assertThat(events).extracting(Event::getConfidence).isEqualTo(calibrated.stream().map(Event::getConfidence).toList());
            assertThat(events).allSatisfy(e -> assertThat(e.getConfident()).isFalse());
        }
    }

    @Test
    void aRawArticleComesOutEnrichedUnderTheSameKey() {
        var in = rawArticles();
        var out = output(topics.enrichedArticles());

        RawArticle raw = seedLike();
        raw.setModified(Instant.parse("2025-06-01T12:00:00Z"));
        raw.setHtmlHash("abc123");
        raw.setLinks(List.of(new Link("https://www.kremlin.ru/events/1", "readout")));
        raw.setCitations(List.of(new Citation("[1]", 40, "https://tass.ru/1")));
        raw.setFetch(new FetchInfo(200, "text/html", "\"e1\"", "Sun, 01 Jun 2025 10:00:00 GMT"));
        in.pipeRaw("seed", raw);

        var record = out.readKeyValue();
        assertThat(record.key).isEqualTo("seed");
        EnrichedArticle enriched = record.value;
        assertThat(enriched.getTitle()).isEqualTo("Russia and Armenia: a strained alliance");
        assertThat(enriched.getActors()).extracting(Actor::getName)
                .containsExactly("Vladimir Putin", "Russia", "Nikol Pashinyan", "Armenia", "Collective Security Treaty Organization");
        assertThat(enriched.getActors().get(2).getMentions()).extracting(Mention::getSurface)
                .containsExactly("Armenia's Prime Minister", "Nikol Pashinyan", "Pashinyan");
        assertThat(enriched.getEvents()).extracting(e -> e.getType() + " " + e.getSource().getName() + " -> " + e.getTarget().getName())
                .containsExactly("CONSULT Vladimir Putin -> Nikol Pashinyan",
                        "SANCTION Nikol Pashinyan -> Collective Security Treaty Organization");
        // provenance travels unchanged, for the index (who cites whom)
        assertThat(enriched.getModified()).isEqualTo(raw.getModified());
        assertThat(enriched.getHtmlHash()).isEqualTo("abc123");
        assertThat(enriched.getLinks()).isEqualTo(raw.getLinks());
        assertThat(enriched.getCitations()).isEqualTo(raw.getCitations());
        assertThat(enriched.getFetch()).isEqualTo(raw.getFetch());
        assertThat(enriched.getEnrichedAt()).isEqualTo(CLOCK.instant());
        assertThat(enriched.getEnrichmentVersion()).startsWith(ArticleEnricher.CODE_VERSION + "+dict.");
        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void articlesGetRelevanceAndTheirOwnStoryAndEventsGoToTheEventsTopic() {
        var in = rawArticles();
        var enriched = output(topics.enrichedArticles());
        var events = output(topics.events());

        in.pipeRaw("seed", seedLike());

        EnrichedArticle article = enriched.readValue();
        assertThat(article.getSyndicationClusterId()).isEqualTo("seed");
        assertThat(article.getRelevance()).containsEntry("russia-armenia", 1.0);
        assertThat(article.getRelevanceReasons().get("russia-armenia")).contains("Vladimir Putin", "CONSULT");
        var records = events.readKeyValuesToList();
        assertThat(records).hasSize(2).allSatisfy(r -> {
            assertThat(r.key).isEqualTo(r.value.getId());
            assertThat(r.value.getStoryId()).isEqualTo("seed");
            assertThat(r.value.getArticleId()).isEqualTo("seed");
        });
    }

    @Test
    void aSyndicatedCopyJoinsTheFirstReportsStoryAndIsCountedOnce() {
        var in = rawArticles();
        var enriched = output(topics.enrichedArticles());
        RawArticle first = RawArticle.newBuilder(seedLike()).setPublished(Instant.parse("2025-06-01T08:00:00Z")).setSimhash(0x5A5A_0F0F_1234_4321L).build();
        RawArticle copy = RawArticle.newBuilder(first).setId("copy").setContentHash("h2").setSimhash(0x5A5A_0F0F_1234_4323L).build();
        RawArticle other = RawArticle.newBuilder(first).setId("other").setContentHash("h3").setSimhash(0x0123_4567_89AB_CDEFL)
                .setPublished(Instant.parse("2025-06-01T18:00:00Z")).build();

        in.pipeRaw("seed", first);
        in.pipeRaw("copy", copy);
        in.pipeRaw("other", other);
        in.pipeRaw("seed", first); // re-sent (ingest retry, replay): its events are not counted again

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getId, EnrichedArticle::getSyndicationClusterId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("seed", "seed"), org.assertj.core.groups.Tuple.tuple("copy", "seed"),
                        org.assertj.core.groups.Tuple.tuple("other", "other"), org.assertj.core.groups.Tuple.tuple("seed", "seed"));
        var latest = latestPairCounts();
        // exactly the confident events of the story are counted (whichever the calibrated model finds confident)
        var confident = io.newsflow.enrich.analyze.ArticleAnalyzer.bundled().analyze("seed", null, first.getText(), java.time.LocalDate.of(2025, 6, 1))
                .events().stream().filter(io.newsflow.schemas.Event::getConfident).map(e -> "2025-06-01|" + EnrichTopology.pairKey(e)).toList();
        assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(confident);
        String freeze = "2025-06-01|SANCTION|nf:person/nikol-pashinyan|nf:org/csto";
        assertThat(latest).containsKey(freeze);
        assertThat(latest.get(freeze).getCount()).isEqualTo(2); // seed + other, not the copy
        assertThat(latest.get(freeze).getSourceName()).isEqualTo("Nikol Pashinyan");
        // the re-send recorded nothing new: each SimHash band bucket lists the first report once, not twice
        org.apache.kafka.streams.state.KeyValueStore<String, String> index = drivers.stories.getKeyValueStore(io.newsflow.enrich.syndication.StoryIndex.STORE);
        try (var all = index.all()) {
            all.forEachRemaining(kv -> {
                if (kv.key.startsWith("b")) assertThat(kv.value.split("\\|seed\\|", -1).length - 1).as(kv.key).isLessThanOrEqualTo(1);
            });
        }
    }

    /**
     * Issue 13: a changed text of an article already seen (same id, version 2) keeps its version fields and its own
     * story, even when its new text is also near another, earlier article's (which its first version was not).
     */
    @Test
    void anUpdatedArticleCarriesItsVersionAndStaysInItsOwnStory() {
        var in = rawArticles();
        var enriched = output(topics.enrichedArticles());
        RawArticle earlier = RawArticle.newBuilder(seedLike()).setId("earlier").setContentHash("he").setSimhash(0x3FL).build();
        RawArticle first = RawArticle.newBuilder(seedLike()).setSimhash(0L).build();            // 6 bits from 'earlier': its own story
        RawArticle update = RawArticle.newBuilder(first).setContentHash("h2").setSimhash(0x7L)  // 3 bits from both
                .setText(first.getText() + " Talks resumed on Friday.").setVersion(2).setPreviousTextHash("h")
                .setFirstFetchedAt(first.getFetchedAt()).setFetchedAt(first.getFetchedAt().plusSeconds(3600))
                .setModified(first.getFetchedAt().plusSeconds(3000)).build();

        in.pipeRaw("earlier", earlier);
        in.pipeRaw("seed", first);
        in.pipeRaw("seed", update);

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::getId, EnrichedArticle::getSyndicationClusterId, EnrichedArticle::getVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("earlier", "earlier", 1), org.assertj.core.groups.Tuple.tuple("seed", "seed", 1),
                        org.assertj.core.groups.Tuple.tuple("seed", "seed", 2));
        EnrichedArticle v2 = out.getLast();
        assertThat(v2.getPreviousTextHash()).isEqualTo("h");
        assertThat(v2.getFirstFetchedAt()).isEqualTo(first.getFetchedAt());
        assertThat(v2.getModified()).isEqualTo(update.getModified());
        assertThat(v2.getText()).endsWith("Talks resumed on Friday.");
        assertThat(v2.getEvents()).allSatisfy(e -> assertThat(e.getStoryId()).isEqualTo("seed"));
    }

    /** Issue 15: events dated more than the 7-day grace behind stream time were left out of the counts without a word. */
    @Test
    void aLateEventIsCountedOnItsOwnDayOnceAndOneBeyondTheHorizonIsADeadLetter() {
        var in = rawArticles();
        var deadLetters = output(topics.deadLetters()); // story linking's: late events
        RawArticle today = RawArticle.newBuilder(seedLike()).setPublished(Instant.parse("2025-06-01T08:00:00Z")).setSimhash(0x5A5A_0F0F_1234_4321L).build();
        RawArticle monthOld = RawArticle.newBuilder(today).setId("month-old").setContentHash("h2").setSimhash(0x0123_4567_89AB_CDEFL)
                .setText("Pashinyan later froze Armenia's participation in the CSTO.")
                .setPublished(Instant.parse("2025-05-02T09:00:00Z")).build();
        RawArticle tooOld = RawArticle.newBuilder(monthOld).setId("too-old").setContentHash("h3").setSimhash(0x7777_0000_FFFF_1111L)
                .setText("Nikol Pashinyan later froze Armenia's participation in the CSTO.")
                .setPublished(Instant.parse("2024-04-01T09:00:00Z")).build();

        in.pipeRaw("seed", today);
        in.pipeRaw("month-old", monthOld);  // 30 days behind stream time: past the old 7-day grace
        in.pipeRaw("month-old", monthOld);  // replayed: counted once
        in.pipeRaw("too-old", tooOld);      // 426 days behind: past the 400-day horizon

        var latest = latestPairCounts();
        String pair = "SANCTION|nf:person/nikol-pashinyan|nf:org/csto";
        assertThat(latest.get("2025-06-01|" + pair).getCount()).isEqualTo(1);
        assertThat(latest.get("2025-05-02|" + pair)).satisfies(stat -> {
            assertThat(stat.getCount()).isEqualTo(1);
            assertThat(stat.getDay()).isEqualTo(java.time.LocalDate.of(2025, 5, 2));
            assertThat(stat.getSourceName()).isEqualTo("Nikol Pashinyan");
        });
        assertThat(latest).doesNotContainKey("2024-04-01|" + pair);
        assertThat(deadLetters.readValuesToList()).singleElement().satisfies(d -> {
            assertThat(d.getReason()).isEqualTo("LATE_EVENT");
            assertThat(d.getStage()).isEqualTo("enrich");
            assertThat(d.getMessage()).contains("on 2024-04-01 is not counted", "days before 2024-04-27", pair);
            assertThat(topics.events().valueSerde().deserializer().deserialize(topics.events().name(), d.getValue().array()).getArticleId())
                    .isEqualTo("too-old");
        });
    }

    @Test
    void theHourlyCleanUpForgetsTheCountsOfDaysBehindTheHorizonOnly() {
        var in = rawArticles();
        RawArticle old = RawArticle.newBuilder(seedLike()).setId("old").setPublished(Instant.parse("2024-04-01T09:00:00Z")).build();
        RawArticle recent = RawArticle.newBuilder(seedLike()).setId("recent").setContentHash("h9").setSimhash(0x0F0F_5A5A_4321_1234L)
                .setPublished(Instant.parse("2025-06-01T08:00:00Z")).build();
        in.pipeRaw("old", old);       // counted: it was the newest event then
        in.pipeRaw("recent", recent); // 426 days later: 2024-04-01 is now behind the horizon
        org.apache.kafka.streams.state.KeyValueStore<String, io.newsflow.schemas.ActorPairStat> counts =
                drivers.stories.getKeyValueStore(DailyPairCounts.COUNTS_STORE);
        String pair = "|SANCTION|nf:person/nikol-pashinyan|nf:org/csto";
        assertThat(counts.get("2024-04-01" + pair)).isNotNull();

        drivers.stories.advanceWallClockTime(java.time.Duration.ofHours(1));

        assertThat(counts.get("2024-04-01" + pair)).as("a day behind the horizon").isNull();
        assertThat(counts.get("2025-06-01" + pair)).as("a day within it").isNotNull();
    }

    @Test
    void storiesOlderThanTheWindowAreForgotten() {
        var in = rawArticles();
        var enriched = output(topics.enrichedArticles());
        RawArticle first = RawArticle.newBuilder(seedLike()).setFetchedAt(Instant.now().minus(java.time.Duration.ofDays(8))).build();
        in.pipeRaw("seed", first);

        drivers.stories.advanceWallClockTime(java.time.Duration.ofHours(1)); // the hourly clean-up runs
        in.pipeRaw("later", RawArticle.newBuilder(first).setId("later").setFetchedAt(Instant.now()).build());

        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getSyndicationClusterId).containsExactly("seed", "later");
    }

    @Test
    void bytesThatAreNotARawArticleBecomeADeadLetterAndProcessingGoesOn() {
        var in = rawArticles();
        var out = output(topics.enrichedArticles());
        var dead = EnrichDrivers.output(drivers.analysis, topics.deadLetters());
        byte[] junk = "<html>not avro</html>".getBytes(StandardCharsets.UTF_8);

        in.pipeRaw("bad", junk);
        in.pipeRaw("good", topics.rawArticles().valueSerde().serializer().serialize(null, seedLike()));

        DeadLetter letter = dead.readValue();
        assertThat(letter.getStage()).isEqualTo("enrich");
        assertThat(letter.getReason()).isEqualTo("UNDECODABLE_RECORD");
        assertThat(letter.getMessage()).contains("not a RawArticle record", "no Avro single-object header");
        assertThat(letter.getTopic()).isEqualTo("t.raw-articles");
        assertThat(letter.getOffset()).isEqualTo(0L);
        assertThat(StandardCharsets.UTF_8.decode(letter.getKey()).toString()).isEqualTo("bad");
        assertThat(letter.getValue().array()).isEqualTo(junk);
        assertThat(dead.isEmpty()).isTrue();
        assertThat(out.readKeyValue().key).isEqualTo("seed"); // enriched articles are keyed by their article id
    }
}
