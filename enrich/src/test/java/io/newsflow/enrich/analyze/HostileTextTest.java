package io.newsflow.enrich.analyze;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's hostile inputs: texts that repeat an actor, a role phrase in apposition, an unclosed quotation mark, a
 * citation bracket or an organisation noun thousands of times once made analysis quadratic (11 s for 270 KB, minutes
 * for megabytes). Analysis must be linear in the text and stop at the {@link AnalysisLimit}, counting the rest.
 *
 * <p>Linearity is checked without a time budget: the analysing thread's CPU time (not wall-clock time, so other
 * processes on a busy machine do not count) for four times the text must stay under {@value #GENEROUS_FACTOR} times
 * that for the text: linear work gives about 4, quadratic work 16.
 */
class HostileTextTest {
    static final double GENEROUS_FACTOR = 8;
    /** A limit past the longest text below, so the whole text is analysed. */
    static final ArticleAnalyzer UNLIMITED = new ArticleAnalyzer(ActorDictionary.bundled(), new AnalysisLimit(1 << 24));

    /** The adversarial units, each repeated until the text has the wanted length. */
    static String repeated(String unit, int chars) {
        return unit.repeat(chars / unit.length() + 1).substring(0, chars);
    }

    @Test
    void aOneMegabyteArticleIsAnalysedUpToTheLimitAndTheRestIsCounted() {
        String text = repeated("Putin, Russia's President, met Pashinyan in Yerevan. “Talks went on [1. ", 1_000_000);
        ArticleAnalyzer.Analysis analysis = ArticleAnalyzer.bundled().analyze("hostile", null, text, null);

        int analysed = text.length() - analysis.unanalysedChars();
        assertThat(analysed).isBetween(AnalysisLimit.DEFAULT_MAX_CHARS - AnalysisLimit.BOUNDARY_WINDOW, AnalysisLimit.DEFAULT_MAX_CHARS);
        assertThat(text.charAt(analysed - 1)).isEqualTo(' '); // cut at a space, not inside a word
        assertThat(analysis.actors()).extracting(Actor::getName).contains("Vladimir Putin", "Nikol Pashinyan", "Yerevan");
        assertThat(analysis.actors()).flatExtracting(Actor::getMentions).extracting(Mention::getEnd)
                .allSatisfy(end -> assertThat(end).isLessThanOrEqualTo(analysed));
        assertThat(analysis.events()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getSentenceEnd()).isLessThanOrEqualTo(analysed));
    }

    @Test
    void aTextWithinTheLimitIsAnalysedWhole() {
        ArticleAnalyzer.Analysis analysis = ArticleAnalyzer.bundled().analyze("short", null, "Putin met Pashinyan in Moscow.", null);

        assertThat(analysis.unanalysedChars()).isZero();
        assertThat(analysis.events()).isNotEmpty();
    }

    @Test
    void theCutFallsOnALineBreakOrSpaceNearTheLimitElseAtIt() {
        AnalysisLimit limit = new AnalysisLimit(20);
        assertThat(limit.end("short")).isEqualTo(5);
        assertThat(limit.end("first line\nsecond line goes on")).isEqualTo(11);
        assertThat(limit.end("one two three four five six")).isEqualTo(19);
        assertThat(limit.end("x".repeat(30))).isEqualTo(20);
        assertThat(limit.end("x".repeat(19) + "\uD83D\uDE00" + "x".repeat(9))).isEqualTo(19); // not inside a surrogate pair
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Putin, Russia's President, ",           // apposition: every role phrase looked for its person among all names
            "Putin met Pashinyan. ",                  // many actors, many sentences, many events
            "“Unclosed quote by Lavrov ",             // the quote pattern scanned to the end from every opening mark
            "Talks ended.[1 More ",                   // a citation bracket looked for its ']' to the end of the text
            "The Homeland Union Party met the Court ", // each organisation noun counted the words of the whole line
    })
    void analysisIsLinearInTheText(String unit) {
        int n = 60_000;
        long once = cpuNanos(repeated(unit, n));
        long fourTimes = cpuNanos(repeated(unit, 4 * n));

        assertThat((double) fourTimes).as("CPU time for %d chars of '%s' vs for %d", 4 * n, unit, n)
                .isLessThan(GENEROUS_FACTOR * Math.max(once, 20_000_000L));
    }

    /** The least CPU time of two analyses of {@code text} (the first may still be warming up the JIT). */
    private static long cpuNanos(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = threads.getCurrentThreadCpuTime();
            ArticleAnalyzer.Analysis analysis = UNLIMITED.analyze("hostile", null, text, null);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            assertThat(analysis.unanalysedChars()).isZero();
        }
        return best;
    }
}
