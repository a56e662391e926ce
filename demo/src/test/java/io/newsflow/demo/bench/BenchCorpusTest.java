package io.newsflow.demo.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's corpus is what its javadoc promises: repeatable, mixed, with copies only across hosts. */
class BenchCorpusTest {
    private final BenchCorpus corpus = new BenchCorpus(15, 2000, 40, 10);

    @Test
    void theSameSeedGivesTheSamePagesAndAnotherSeedOthers() {
        BenchCorpus again = new BenchCorpus(15, 2000, 40, 10);
        BenchCorpus other = new BenchCorpus(16, 2000, 40, 10);
        assertThat(IntStream.range(0, 50)).allMatch(n -> corpus.page("http://h", n).equals(again.page("http://h", n)));
        assertThat(IntStream.range(0, 50)).anyMatch(n -> !corpus.page("http://h", n).equals(other.page("http://h", n)));
    }

    @Test
    void copiesTellAnotherHostsStoryAndEveryOtherArticleIsItsOwn() {
        long copies = IntStream.range(0, 2000).filter(corpus::isCopy).count();
        assertThat(copies).isBetween(120L, 280L);
        for (int n = 0; n < 2000; n++) {
            int story = corpus.story(n);
            assertThat(story % 40 == n % 40 && story != n).as("article %d copies a story of its own host", n).isFalse();
            if (story != n) assertThat(body(n)).isEqualTo(body(story));
        }
        assertThat(IntStream.range(0, 2000).filter(n -> !corpus.isCopy(n)).mapToObj(this::body).distinct().count())
                .isEqualTo(2000 - copies);
    }

    @Test
    void languagesAndLengthsAreMixed() {
        long russian = IntStream.range(0, 2000).filter(n -> corpus.language(n).equals("ru")).count();
        long armenian = IntStream.range(0, 2000).filter(n -> corpus.language(n).equals("hy")).count();
        assertThat(russian).isBetween(200L, 400L);
        assertThat(armenian).isBetween(50L, 150L);
        int[] words = IntStream.range(0, 200).map(n -> body(n).split("\\s+").length).toArray();
        assertThat(IntStream.of(words).min().orElseThrow()).isBetween(BenchCorpus.MIN_WORDS, 400);
        assertThat(IntStream.of(words).max().orElseThrow()).isBetween(1200, BenchCorpus.MAX_WORDS + 50);
    }

    /** The text of article {@code n}'s page, without markup. */
    private String body(int n) {
        String page = corpus.page("http://h", n);
        return page.substring(page.indexOf("<article>"), page.indexOf("</article>")).replaceAll("<[^>]+>", " ").strip();
    }
}
