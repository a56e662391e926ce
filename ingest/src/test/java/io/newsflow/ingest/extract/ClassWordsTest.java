package io.newsflow.ingest.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClassWordsTest {

    @ParameterizedTest
    @CsvSource({
            "share-bar, true",
            "article__share, true",
            "c-article Social, true",
            "sr-only, true",
            "mostread, true",
            "box most-read, true",
            "teaser-list, true",
            "post-meta, true",
            "c-inlineSignup, true",
            "RelatedContent-relatedContent, true",
            "intro-body__premium hidden, true",
            "whatsapp-group, true",
            "newsCaption, true",
            "URLShareBar, true",
            "shareActive, false",
            "hasSocialLinks, false",
            "authorSection, false",
            "metro-factbox, true",
            "article__read-next, true",
            "c-recirculation, true",
            "post next-article, true",
            "next-steps, false",
            "read-nextgen, false",
            "hidden-xs, false",
            "max-sm:hidden, false",
            "ShareholderLetter, false",
            "article-body, false",
            "has-sidebar, false",
            "layout-with-comments, false",
            "comments-open, false",
            "ad-active, false",
            "teaser, false",
            "ArticleTeaser_authorSection__x1, false",
            "shareholders, false",
            "'', false"})
    void boilerplateWordsStandBetweenSeparators(String value, boolean boilerplate) {
        assertThat(ClassWords.boilerplate(value)).isEqualTo(boilerplate);
    }

    @ParameterizedTest
    @CsvSource({
            "twitter-tweet, false",
            "wp-block-embed, false",
            "socialEmbed, false",
            "instagram-media SocialPost, false",
            "c-inlineSignup, true",
            "embed-newsletter, true",
            "shareEmbed, true"})
    void anEmbeddedPostsPlatformWordsDoNotCountInEitherSpelling(String value, boolean boilerplate) {
        assertThat(ClassWords.boilerplate(value, false)).isEqualTo(boilerplate);
    }
}
