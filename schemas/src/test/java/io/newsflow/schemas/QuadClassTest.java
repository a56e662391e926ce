package io.newsflow.schemas;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuadClassTest {
    @Test
    void everyPloverTypeIsInExactlyOneClass() {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        for (QuadClass q : QuadClass.values()) {
            for (EventType t : q.types()) assertThat(seen.add(t)).as(t + " in two classes").isTrue();
        }
        assertThat(seen).containsExactlyInAnyOrder(EventType.values());
        for (EventType t : EventType.values()) assertThat(QuadClass.of(t).types()).contains(t);
    }

    @Test
    void theVerbalClassesAreTheActsOfSpeaking() {
        assertThat(QuadClass.VERBAL_COOPERATION.verbal()).isTrue();
        assertThat(QuadClass.VERBAL_CONFLICT.verbal()).isTrue();
        assertThat(QuadClass.MATERIAL_COOPERATION.verbal()).isFalse();
        assertThat(QuadClass.MATERIAL_CONFLICT.verbal()).isFalse();
    }

    @Test
    void theClassesReadAsUsersOfEventDataExpect() {
        assertThat(QuadClass.of(EventType.CONSULT)).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(QuadClass.of(EventType.AID)).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(QuadClass.of(EventType.ACCUSE)).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(QuadClass.of(EventType.SANCTION)).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(QuadClass.parse(" verbal_conflict ")).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThatThrownBy(() -> QuadClass.parse("friendly")).hasMessageContaining("unknown quad class 'friendly'");
    }
}
