package io.newsflow.enrich.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedMemoTest {

    @Test
    void aKeyIsWorkedOutOnceThenAnsweredFromTheMemo() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String, Integer> lengths = recording(10, computed, String::length);
        assertThat(lengths.get("Yerevan")).isEqualTo(7);
        assertThat(lengths.get("Yerevan")).isEqualTo(7);
        assertThat(lengths.get("Baku")).isEqualTo(4);
        assertThat(computed).containsExactly("Yerevan", "Baku");
    }

    /** Past its capacity the memo is emptied: old keys are worked out again, and it never holds more than it may. */
    @Test
    void pastItsCapacityTheMemoStartsAgain() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String, String> upper = recording(2, computed, String::toUpperCase);
        upper.get("a");
        upper.get("b");
        upper.get("c"); // the third key empties the memo first
        upper.get("a");
        upper.get("c");
        assertThat(computed).containsExactly("a", "b", "c", "a");
    }

    /** A memo of {@code work} that notes in {@code computed} each key it works out. */
    private static <V> BoundedMemo<String, V> recording(int capacity, List<String> computed, Function<String, V> work) {
        return new BoundedMemo<>(capacity, word -> {
            computed.add(word);
            return work.apply(word);
        });
    }
}
