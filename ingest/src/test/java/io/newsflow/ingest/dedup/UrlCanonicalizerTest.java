package io.newsflow.ingest.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlCanonicalizerTest {

    @Test
    void oneSpellingPerArticle() {
        assertThat(UrlCanonicalizer.canonicalize("HTTPS://News.Example.AM:443/en/article/12?utm_source=tg&id=5&fbclid=abc#comments"))
                .isEqualTo("https://news.example.am/en/article/12?id=5");
        assertThat(UrlCanonicalizer.canonicalize("http://news.example.am:80")).isEqualTo("http://news.example.am/");
        assertThat(UrlCanonicalizer.canonicalize("http://news.example.am:8080/a/./b/../c?utm_medium=rss")).isEqualTo("http://news.example.am:8080/a/c");
        assertThat(UrlCanonicalizer.canonicalize("https://новости.example/статья")).startsWith("https://xn--");
    }

    @Test
    void nonHttpIsNotAnArticleUrl() {
        assertThat(UrlCanonicalizer.canonicalize("javascript:alert(1)")).isNull();
        assertThat(UrlCanonicalizer.canonicalize("mailto:desk@example.am")).isNull();
        assertThat(UrlCanonicalizer.canonicalize(null)).isNull();
    }
}
