package io.newsflow.ingest.model;

import io.newsflow.ingest.extract.ExtractedArticle;

/**
 * A document read from any source (file, stdin, HTTP) and extracted: what {@link RawArticles} turns into a
 * {@code RawArticle}, so every source maps to the record the same way.
 *
 * @param article what the extractor found
 * @param html    whether the document was HTML (the size and hash below then describe the HTML)
 * @param length  the document's length in bytes (after decompression)
 * @param sha256  SHA-256 of the document's bytes, hex
 */
public record Document(ExtractedArticle article, boolean html, int length, String sha256) {}
