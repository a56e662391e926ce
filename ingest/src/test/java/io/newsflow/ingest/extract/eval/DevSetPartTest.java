package io.newsflow.ingest.extract.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tune/check split of the extraction dev set is fixed by the publisher's hash, not by the page or the run. */
class DevSetPartTest {
    @Test
    void aPublishersPagesAllFallInTheSamePart() {
        assertThat(DevSet.part("uk_metro_20240717")).isEqualTo(DevSet.part("uk_metro_20190101"));
        assertThat(DevSet.part("uk_metro_20240717")).isEqualTo(DevSet.part("uk_metro"));
    }

    @Test
    void thePartIsTheParityOfTheFirstEightHexDigitsOfTheSha1() {
        // sha1("at_derstandard"), sha1("uk_metro"), sha1("kr_hankookilbo"): first 8 hex digits computed with Python's hashlib
        assertThat(DevSet.part("at_derstandard_20240503")).isEqualTo(DevSet.Part.CHECK);
        assertThat(DevSet.part("uk_metro_20240717")).isEqualTo(DevSet.Part.CHECK);
        assertThat(DevSet.part("kr_hankookilbo_20260129")).isEqualTo(DevSet.Part.TUNE);
    }
}
