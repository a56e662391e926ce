package io.newsflow.ingest.updates;

import io.newsflow.ingest.settings.UpdateSettings;
import io.newsflow.ingest.state.PageVersion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecheckScheduleTest {
    static final Instant FIRST = Instant.parse("2026-12-01T10:00:00Z");
    final RecheckSchedule schedule = new RecheckSchedule(UpdateSettings.defaults());

    static PageVersion checkedAt(Instant at) {
        return new PageVersion("feed", "https://example.org/a", null, null, 1, FIRST.toEpochMilli(), at.toEpochMilli(), null, null);
    }

    @Test
    void theDefaultsCheckAfter15Minutes1Hour6HoursAnd24HoursThenStop() {
        assertThat(schedule.next(checkedAt(FIRST))).contains(FIRST.plus(Duration.ofMinutes(15)));
        assertThat(schedule.next(checkedAt(FIRST.plus(Duration.ofMinutes(15))))).contains(FIRST.plus(Duration.ofHours(1)));
        assertThat(schedule.next(checkedAt(FIRST.plus(Duration.ofHours(1))))).contains(FIRST.plus(Duration.ofHours(6)));
        assertThat(schedule.next(checkedAt(FIRST.plus(Duration.ofHours(6))))).contains(FIRST.plus(Duration.ofHours(24)));
        assertThat(schedule.next(checkedAt(FIRST.plus(Duration.ofHours(24))))).isEmpty();
    }

    @Test
    void aPageIsDueFromItsCheckTimeOnNotBefore() {
        PageVersion fresh = checkedAt(FIRST);
        assertThat(schedule.due(fresh, FIRST.plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(schedule.due(fresh, FIRST.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(schedule.due(checkedAt(FIRST.plus(Duration.ofMinutes(15))), FIRST.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void checksMissedWhileDownAreDoneOnceNotOneByOne() {
        // ingest was down from minute 10 to hour 7: one check now, and the next one is the 24 h check
        PageVersion missed = checkedAt(FIRST.plus(Duration.ofMinutes(10)));
        Instant back = FIRST.plus(Duration.ofHours(7));
        assertThat(schedule.due(missed, back)).isTrue();
        assertThat(schedule.next(checkedAt(back))).contains(FIRST.plus(Duration.ofHours(24)));
    }

    @Test
    void noPageOlderThanMaxAgeIsCheckedAgain() {
        RecheckSchedule late = new RecheckSchedule(new UpdateSettings(List.of(Duration.ofHours(1), Duration.ofHours(72)), Duration.ofHours(48), 10));
        PageVersion afterFirst = checkedAt(FIRST.plus(Duration.ofHours(1)));
        assertThat(late.next(afterFirst)).as("an age past maxAge is never a check").isEmpty();
        PageVersion neverChecked = checkedAt(FIRST);
        assertThat(late.due(neverChecked, FIRST.plus(Duration.ofHours(49)))).as("down past maxAge: too old now").isFalse();
        assertThat(late.horizon(FIRST.plus(Duration.ofHours(48)))).isEqualTo(FIRST);
    }

    @Test
    void anEmptyRecheckListSwitchesRechecksOff() {
        UpdateSettings off = new UpdateSettings(List.of(), null, 10);
        assertThat(off.enabled()).isFalse();
        assertThat(new RecheckSchedule(off).due(checkedAt(FIRST), FIRST.plus(Duration.ofHours(1)))).isFalse();
        assertThat(UpdateSettings.defaults().enabled()).isTrue();
    }

    @Test
    void agesAreSortedAndMustBePositive() {
        assertThat(new UpdateSettings(List.of(Duration.ofHours(6), Duration.ofMinutes(15)), null, 1).recheck())
                .containsExactly(Duration.ofMinutes(15), Duration.ofHours(6));
        assertThatThrownBy(() -> new UpdateSettings(List.of(Duration.ZERO), null, 1)).hasMessageContaining("ingest.updates.recheck");
        assertThatThrownBy(() -> new UpdateSettings(java.util.Arrays.asList(Duration.ofHours(1), null), null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ingest.updates.recheck");
        assertThatThrownBy(() -> new UpdateSettings(null, null, 0)).hasMessageContaining("ingest.updates.maxPages");
    }
}
