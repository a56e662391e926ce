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
}
