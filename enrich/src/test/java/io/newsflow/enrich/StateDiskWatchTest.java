package io.newsflow.enrich;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** When the disk under enrich's state directory counts as low, and that the check reads the real disk. */
class StateDiskWatchTest {
    static final long MB = 1024L * 1024;

    @Test
    void lowIsBelowTheLargerOfFivePercentAnd256Megabytes() {
        assertThat(StateDiskWatch.low(100 * MB, 10_000 * MB)).isTrue();         // under 256 MB
        assertThat(StateDiskWatch.low(1_000 * MB, 10_000 * MB)).isFalse();      // 10%, over 256 MB
        assertThat(StateDiskWatch.low(300 * MB, 2_000_000 * MB)).isTrue();      // over 256 MB but under 5% of 2 TB
        assertThat(StateDiskWatch.low(200_000 * MB, 2_000_000 * MB)).isFalse();
    }

    @Test
    void aStateDirectoryNotYetCreatedIsCheckedOnTheDiskOfItsNearestFolder(@TempDir Path dir) throws Exception {
        assertThat(StateDiskWatch.nearestExisting(dir.resolve("not/yet/created"))).isEqualTo(dir.toAbsolutePath());
        var store = Files.getFileStore(dir);
        boolean expected = StateDiskWatch.low(store.getUsableSpace(), store.getTotalSpace());
        try (StateDiskWatch watch = new StateDiskWatch(dir.resolve("not/yet/created"))) {
            watch.check();
            assertThat(watch.isLow()).isEqualTo(expected);
        }
    }
}
