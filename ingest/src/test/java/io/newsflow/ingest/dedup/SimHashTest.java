package io.newsflow.ingest.dedup;

import io.newsflow.schemas.NearDuplicates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimHashTest {
    static final String STORY = "Armenia has stopped paying its share of the Collective Security Treaty Organization budget, "
            + "officials in Yerevan said on Friday, a step that deepens the rift with the Moscow-led bloc. Prime Minister "
            + "Nikol Pashinyan told parliament that the country had in practice frozen its participation, arguing that the "
            + "alliance had failed to respond when Armenian territory came under attack. The Kremlin said it regretted the decision.";

    /**
     * On a 70-word text two small edits move the hash 12 bits: closer than unrelated text (over 16), but beyond
     * {@link NearDuplicates#MAX_BITS}. Only long or barely edited copies count as near-duplicates (see docs/architecture.md).
     */
    @Test
    void aLightlyEditedCopyStaysCloserThanUnrelatedText() {
        String copy = STORY.replace("on Friday", "on Friday (AFP)") + " Updated at 14:00.";
        assertThat(NearDuplicates.distance(SimHash.of(STORY), SimHash.of(copy))).isLessThanOrEqualTo(12);
        assertThat(SimHash.of(STORY)).isEqualTo(SimHash.of(STORY.toUpperCase()));
    }

    @Test
    void theSameEditsMoveALongerTextFewerBits() {
        String longer = STORY + " Moreover the government said talks would continue next week in Moscow with the delegation of"
                + " the ministry and the parliament of the republic according to officials who asked not to be named because they"
                + " were not authorised to speak to the press about the details.";
        String copy = longer.replace("on Friday", "on Friday (AFP)") + " Updated at 14:00.";
        assertThat(NearDuplicates.distance(SimHash.of(longer), SimHash.of(copy))).isEqualTo(4); // SimHash is deterministic
    }

    @Test
    void anUnrelatedTextIsFarAway() {
        String other = "The central bank kept its key rate unchanged at its meeting on Thursday, citing slowing inflation "
                + "and a stable currency, while warning that food prices could rise again in the spring season.";
        assertThat(NearDuplicates.distance(SimHash.of(STORY), SimHash.of(other))).isGreaterThan(16);
    }

    /**
     * The hashes are kept in ingest's state and on the topics, so a new version must give every text the hash the old
     * one gave: these were computed by the first implementation (a regular-expression split and a string per
     * shingle). Words are runs of Unicode letters and numbers of any script (Ⅻ, ², ½, ٣), split at combining marks
     * and soft hyphens; no words, no hash.
     */
    @Test
    void hashesStayWhatTheyWere() {
        assertThat(SimHash.of("")).isZero();
        assertThat(SimHash.of(" ,. ")).isZero();
        assertThat(SimHash.of("one")).isEqualTo(0x1a08aa1921ca5cafL);
        assertThat(SimHash.of("two words")).isEqualTo(0xccb500272bebfeacL);
        assertThat(SimHash.of("Russia and Armenia signed a new agreement on Tuesday, officials in Yerevan said; the deal "
                + "covers gas (2024–2026).")).isEqualTo(0x514459ae908ac10aL);
        assertThat(SimHash.of("Москва и Ереван подписали соглашение о газе в феврале 2024 года.")).isEqualTo(0x92d9315ce67f6f7cL);
        assertThat(SimHash.of("Հայաստանը և Ռուսաստանը ստորագրել են համաձայնագիր։")).isEqualTo(0x725250450140838L);
        assertThat(SimHash.of("Ⅻ chapters, x² + y² = z², ½ of ٣ — done")).isEqualTo(0x87d1a6974210c163L);
        assertThat(SimHash.of("İstanbul ẞtraße ΣΊΣΥΦΟΣ café cafe\u0301 naïve")).isEqualTo(0x5609010fd720a36cL);
        assertThat(SimHash.of("emoji 😀 between 𝒜 words 𝟘𝟙 and \u00ADsoft\u00ADhyphen")).isEqualTo(0xe1d0274c048b7278L);
        assertThat(SimHash.of("repeat repeat repeat repeat repeat repeat repeat repeat")).isEqualTo(0xb1a2d19c749009e4L);
    }

    /**
     * Long texts: the per-bit counts are kept eight to a long, one per byte, and added up every 255 shingles; around
     * and across that bound (254–256 shingles, 509–510, 1,998; one shingle 598 times) the hashes are those the one-count-per-bit code gave.
     */
    @Test
    void longTextsHashAsBefore() {
        assertThat(SimHash.of(words(256))).isEqualTo(0x2f2c5eaecf200fa1L);
        assertThat(SimHash.of(words(257))).isEqualTo(0x2f2c5eaecf201fa1L);
        assertThat(SimHash.of(words(258))).isEqualTo(0x272c5eaecf201fa1L);
        assertThat(SimHash.of(words(511))).isEqualTo(0x272657ee4e2e1ea1L);
        assertThat(SimHash.of(words(512))).isEqualTo(0x272657ee4e2e1ea1L);
        assertThat(SimHash.of(words(2000))).isEqualTo(0x3265eae472dcaa5L);
        // the same shingle hundreds of times: a count that outgrew its byte would lose the majority
        assertThat(SimHash.of("repeat ".repeat(600))).isEqualTo(0xb1a2d19c749009e4L);
        assertThat(SimHash.of("one two three ".repeat(300))).isEqualTo(0x8611d2c6e0537799L);
    }

    /** {@code n} words drawn from a few English, Russian and Armenian ones (seeded), a full stop after every 17th. */
    private static String words(int n) {
        String[] vocabulary = {"Russia", "Armenia", "talks", "Ереван", "газ", "Հայաստան", "2024", "signed", "the", "of", "deal", "border"};
        java.util.Random random = new java.util.Random(33);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) text.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 17 == 0 ? ". " : " ");
        return text.toString();
    }
}
