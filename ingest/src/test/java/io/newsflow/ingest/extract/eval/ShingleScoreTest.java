package io.newsflow.ingest.extract.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scorer's arithmetic, checked on cases worked out by hand (the same rules as the dev set's score.py). */
class ShingleScoreTest {

    @Test
    void tokensAreLowerCasedWordRunsInAnyScript() {
        assertThat(ShingleScore.tokens("Пашинян met Lavrov, in Երևան; 2024_05!")).containsExactly("пашинян", "met", "lavrov", "in", "երևան", "2024_05");
        assertThat(ShingleScore.tokens("नमस्ते")).containsExactly("नमस", "त"); // combining marks split words, as Python's \w does
    }

    @Test
    void shinglesAreWordFourGramsWithAShortTextAsOne() {
        assertThat(ShingleScore.shingles(List.of("a", "b", "c", "d", "e"))).containsOnlyKeys(List.of("a", "b", "c", "d"), List.of("b", "c", "d", "e"));
        assertThat(ShingleScore.shingles(List.of("a", "b"))).containsOnlyKeys(List.of("a", "b"));
        assertThat(ShingleScore.shingles(List.of())).isEmpty();
    }

    @Test
    void bodyPrecisionRecallAndF1() {
        // gold: 6 tokens -> 3 shingles; prediction: the first 5 gold tokens + 2 extra -> 4 shingles, 2 shared
        ShingleScore.Prf s = ShingleScore.body("one two three four five", "one two three four five six");
        assertThat(s.p()).isEqualTo(1.0);
        assertThat(s.r()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.8, within(1e-9));

        ShingleScore.Prf extra = ShingleScore.body("one two three four five six x y", "one two three four five six");
        assertThat(extra.p()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(extra.r()).isEqualTo(1.0);
        assertThat(ShingleScore.body("", "").f1()).isEqualTo(1.0);
        assertThat(ShingleScore.body("", "a b c d").f1()).isZero();
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        ShingleScore.Prf s = ShingleScore.body("a b c d a b c d", "a b c d");
        assertThat(s.p()).isCloseTo(1 / 5.0, within(1e-9)); // 5 predicted shingles, "a b c d" twice but gold has it once
        assertThat(s.r()).isEqualTo(1.0);
    }

    @Test
    void titleDateAndAuthorNormalisation() {
        assertThat(ShingleScore.titleMatches("  Talks\u00a0in \u200bBaku ", "Talks in Baku")).isTrue();
        assertThat(ShingleScore.titleMatches("talks in Baku", "Talks in Baku")).isFalse();
        assertThat(ShingleScore.datePart("2024-05-03T23:30:00-04:00")).isEqualTo("2024-05-03");
        assertThat(ShingleScore.datePart("03.05.2024")).isNull();
        assertThat(ShingleScore.authorsF1(List.of("JOHN SMITH", "Ann-Marie Lee"), List.of("John Smith", "Ann Marie Lee"))).isEqualTo(1.0);
        assertThat(ShingleScore.authorsF1(List.of("John Smith", "Staff"), List.of("John Smith"))).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(ShingleScore.authorsF1(List.of(), List.of("John Smith"))).isZero();
    }

    @Test
    void averagesLikeTheReferenceScorer() {
        DevSetScore score = new DevSetScore();
        score.add(new DevSet.GoldPage("a", null, "T", List.of("X"), "2024-01-02T10:00:00+01:00", "one two three four five six"),
                new DevSetScore.Prediction("T", List.of("X"), "2024-01-02T09:00Z", "one two three four five"));
        score.add(new DevSet.GoldPage("b", null, "U", null, null, "a b c d"),
                new DevSetScore.Prediction("V", List.of(), null, "a b c d"));
        assertThat(score.bodyPrecision()).isEqualTo(1.0);
        assertThat(score.bodyRecall()).isCloseTo((2 / 3.0 + 1) / 2, within(1e-9));
        assertThat(score.bodyF1()).isCloseTo(2 * (5 / 6.0) / (1 + 5 / 6.0), within(1e-9)); // F1 of the averaged P and R
        assertThat(score.titleExact()).isEqualTo(0.5);
        assertThat(score.dateDay()).isEqualTo(1.0); // page b has no gold date and does not count
        assertThat(score.authorsF1()).isEqualTo(1.0); // page b's authors are not annotated
    }
}
