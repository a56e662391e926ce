package io.newsflow.schemas;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroSerdeTest {
    static final Instant FETCHED = Instant.parse("2025-05-21T10:15:30.123Z");

    static RawArticle raw() {
        return RawArticle.newBuilder()
                .setId("a1").setUrl("file:///corpus/call.txt").setSource("demo")
                .setFetchedAt(FETCHED).setPublished(Instant.parse("2025-05-20T08:00:00Z"))
                .setTitle("Putin calls Pashinyan").setAuthors(List.of("A. Reporter")).setLanguage("en")
                .setText("Лавров провёл переговоры в Ереване.\n\nՓաշինյան").setContentHash("h")
                .build();
    }

    @Test
    void rawArticleRoundTripsWithUnicodeAndTimestamps() {
        var serde = new AvroSerde<>(RawArticle.class);
        byte[] bytes = serde.serializer().serialize("t", raw());

        RawArticle back = serde.deserializer().deserialize("t", bytes);

        assertThat(back).isEqualTo(raw());
        assertThat(back.getFetchedAt()).isEqualTo(FETCHED);
    }

    @Test
    void everyRecordTypeRoundTripsWithAllItsFields() {
        RawArticle raw = RawArticle.newBuilder(raw())
                .setCanonicalUrl("https://ex.org/a").setSiteName("Courier").setSourceCountry("ARM")
                .setModified(Instant.parse("2025-05-21T11:00:00Z")).setHtmlLength(1234).setHtmlHash("ab")
                .setLinks(List.of(new Link("https://ex.org/b", "more")))
                .setCitations(List.of(new Citation("[1]", 10, "https://ex.org/src")))
                .setSimhash(-42L).setFetch(new FetchInfo(200, "text/html", "\"e1\"", "Wed, 21 May 2025 10:00:00 GMT"))
                .build();
        EventActor lavrov = new EventActor("nf:person/sergey-lavrov", "Sergey Lavrov", "RUS", "GOV");
        EventActor armenia = new EventActor("Q399", "Armenia", "ARM", "GOV");
        Event event = Event.newBuilder().setId("e1").setType(EventType.CONSULT).setMode("talks")
                .setSource(lavrov).setTarget(armenia).setDate(java.time.LocalDate.of(2025, 5, 1))
                .setDatePrecision(DatePrecision.MONTH).setLocation(new EventActor("Q1953", "Yerevan", "ARM", null))
                .setNegated(false).setModality(null).setSentence("In May 2025, Lavrov held talks in Yerevan.")
                .setSentenceStart(0).setSentenceEnd(42).setConfidence(0.8).setArticleId("a1").setUrl("https://ex.org/a").build();
        EnrichedArticle enriched = EnrichedArticle.newBuilder()
                .setId("a1").setSource("demo").setFetchedAt(FETCHED).setText("t").setContentHash("h")
                .setActors(List.of(Actor.newBuilder().setId("Q399").setName("Armenia").setKind("country").setCountryCode("ARM")
                        .setSector("GOV").setRole(null).setMentions(List.of(new Mention(0, 7, "Armenia"))).build()))
                .setEvents(List.of(event))
                .setQuotes(List.of(new Quote("nf:person/sergey-lavrov", "Lavrov", "We value the alliance", 3, 24)))
                .setRelevance(java.util.Map.of("russia-armenia", 0.9)).setSyndicationClusterId("c1")
                .setEnrichmentVersion("test").setEnrichedAt(FETCHED).build();
        DeadLetter letter = DeadLetters.forRecord("index", DeadLetterReason.INDEX_REJECTED, "mapper_parsing_exception", "t", 2, 7L,
                "k".getBytes(StandardCharsets.UTF_8), new byte[]{1, 2, 3});

        assertThat(roundTrip(RawArticle.class, raw)).isEqualTo(raw);
        assertThat(roundTrip(Event.class, event)).isEqualTo(event);
        // field by field: Avro's equals on a decoded array of records with a logical-type union (Event.date) uses
        // GenericData without conversions and throws; the data itself is intact
        assertThat(roundTrip(EnrichedArticle.class, enriched)).usingRecursiveComparison().isEqualTo(enriched);
        assertThat(roundTrip(DeadLetter.class, letter)).isEqualTo(letter);
    }

    static <T extends org.apache.avro.specific.SpecificRecord> T roundTrip(Class<T> type, T value) {
        var serde = new AvroSerde<>(type);
        return serde.decode(serde.encode(value));
    }

    @Test
    void valuesCarryTheSingleObjectHeader() {
        byte[] bytes = new AvroSerde<>(RawArticle.class).encode(raw());
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
    }

    @Test
    void enrichedArticleKeepsActorsAndMentions() {
        var actor = Actor.newBuilder().setId("Q7747").setName("Vladimir Putin").setKind("person").setCountryCode("RUS")
                .setMentions(List.of(new Mention(0, 5, "Putin"))).build();
        var enriched = EnrichedArticle.newBuilder()
                .setId("a1").setSource("demo").setFetchedAt(FETCHED).setText("Putin").setContentHash("h")
                .setActors(List.of(actor)).setEnrichmentVersion("test").setEnrichedAt(FETCHED).build();
        var serde = new AvroSerde<>(EnrichedArticle.class);

        assertThat(serde.decode(serde.encode(enriched)).getActors()).containsExactly(actor);
    }

    @Test
    void bytesThatAreNotAvroFailWithTheTopicInTheMessage() {
        var deserializer = new AvroSerde<>(RawArticle.class).deserializer();
        byte[] junk = "{\"id\":\"not avro\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize("newsflow.raw-articles", junk))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("newsflow.raw-articles")
                .hasMessageContaining("not a RawArticle");
    }

    @Test
    void aRecordOfAnotherSchemaIsRefusedNotMisread() {
        byte[] deadLetter = new AvroSerde<>(DeadLetter.class).encode(
                DeadLetters.forInput("ingest", DeadLetterReason.EMPTY_TEXT, "no text", "x.txt", new byte[0]));

        assertThatThrownBy(() -> new AvroSerde<>(RawArticle.class).decode(deadLetter))
                .isInstanceOf(SerializationException.class);
    }

    /**
     * Found by {@link AvroFuzzTest}: a corrupt union index made Avro throw an unwrapped ArrayIndexOutOfBoundsException
     * (not a SerializationException). Every byte of a record set to a value that breaks a varint or union index now
     * decodes or fails as a SerializationException.
     */
    @Test
    void everySingleByteCorruptionDecodesOrFailsAsASerializationException() {
        var serde = new AvroSerde<>(RawArticle.class);
        byte[] bytes = serde.encode(raw());
        int refused = 0;
        for (int at = 0; at < bytes.length; at++) {
            for (int value : new int[] {0x00, 0x07, 0x7F, 0x80, 0xFF}) {
                byte[] corrupt = bytes.clone();
                corrupt[at] = (byte) value;
                try {
                    serde.decode(corrupt);
                } catch (SerializationException e) {
                    refused++;
                }
            }
        }
        assertThat(refused).isPositive();
    }

    @Test
    void nullIsATombstoneBothWays() {
        var serde = new AvroSerde<>(RawArticle.class);
        assertThat(serde.encode(null)).isNull();
        assertThat(serde.decode(null)).isNull();
    }

    @Test
    void deadLetterCapsOversizedInput() {
        DeadLetter d = DeadLetters.forInput("ingest", DeadLetterReason.TOO_LARGE, "big", "big.html", new byte[DeadLetters.MAX_VALUE_BYTES + 10]);
        assertThat(d.getValue().remaining()).isEqualTo(DeadLetters.MAX_VALUE_BYTES);
    }

    @Test
    void topicNamesFollowThePrefix() {
        assertThat(Topics.withPrefix("t1.").all()).extracting(Topic::name)
                .containsExactly("t1.raw-articles", "t1.enriched-articles", "t1.events", "t1.actor-pair-daily", "t1.dead-letters",
                        "t1.ingest-state", "t1.alerts", "t1.fetch-queue", "t1.story-linking");
        assertThat(Topics.withPrefix("t1.").all()).filteredOn(t -> t.partitions() != Topic.CONFIGURED)
                .extracting(Topic::name, Topic::partitions).containsExactly(org.assertj.core.groups.Tuple.tuple("t1.story-linking", 1));
        assertThat(Topics.withPrefix("t1.").all()).filteredOn(t -> !t.config().isEmpty()).extracting(Topic::name)
                .containsExactly("t1.actor-pair-daily", "t1.ingest-state");
    }
}
