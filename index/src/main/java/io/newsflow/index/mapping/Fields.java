package io.newsflow.index.mapping;

import co.elastic.clients.elasticsearch._types.mapping.Property;

import java.util.Map;

/**
 * The field types newsflow's mappings are made of, each usable on the embedded node and on the full distribution
 * (core field types and the {@code english}/{@code russian}/{@code armenian} analyzers only).
 *
 * <p>Text is indexed once per language: {@code standard} on the field itself, plus {@code .en}, {@code .ru} and
 * {@code .hy} sub-fields. All three sub-fields are kept whatever the detected language, because the ingest stage's
 * language guess is a heuristic that is null for many pages, and articles mix languages (a Russian outlet quoting an
 * Armenian official, English names in Russian text); a query then matches the right stemmed form with no need to
 * know the document's language first. The cost is index size (see docs/architecture.md).
 */
public final class Fields {
    /** Longest keyword value indexed (longer values are stored but not searchable), in characters. */
    public static final int KEYWORD_MAX = 1024;

    private Fields() {}

    public static Property keyword() {
        return Property.of(p -> p.keyword(k -> k.ignoreAbove(KEYWORD_MAX)));
    }

    public static Property date() {
        return Property.of(p -> p.date(d -> d));
    }

    public static Property integer() {
        return Property.of(p -> p.integer(i -> i));
    }

    public static Property floating() {
        return Property.of(p -> p.float_(f -> f));
    }

    public static Property bool() {
        return Property.of(p -> p.boolean_(b -> b));
    }

    /** Text analysed by {@code standard}, with {@code .en}, {@code .ru}, {@code .hy} language sub-fields. */
    public static Property multilingualText() {
        return Property.of(p -> p.text(t -> t.analyzer("standard").fields(Map.of(
                "en", Property.of(f -> f.text(x -> x.analyzer("english"))),
                "ru", Property.of(f -> f.text(x -> x.analyzer("russian"))),
                "hy", Property.of(f -> f.text(x -> x.analyzer("armenian")))))));
    }

    /** The fields a query on multilingual text {@code field} searches, with an optional boost ("title" → title, title.en, ...). */
    public static java.util.List<String> multilingual(String field, String boost) {
        return java.util.stream.Stream.of("", ".en", ".ru", ".hy").map(s -> field + s + boost).toList();
    }
}
