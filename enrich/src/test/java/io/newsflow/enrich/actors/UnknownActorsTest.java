package io.newsflow.enrich.actors;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownActorsTest {

    @Test
    void aSlugIsLowerCaseWithoutAccentsAndOneDashBetweenWords() {
        assertThat(UnknownActors.slug("Nikol Pashinyan")).isEqualTo("nikol-pashinyan");
        assertThat(UnknownActors.slug(" -Dr. J.  Smith-Jones_3 ")).isEqualTo("dr-j-smith-jones-3");
        assertThat(UnknownActors.slug("...")).isEmpty();
        assertThat(UnknownActors.slug("Élysée Palace")).isEqualTo("elysee-palace");
        assertThat(UnknownActors.slug("Никол Пашинян")).isEqualTo("никол-пашинян");
        assertThat(UnknownActors.slug("Նիկոլ Փաշինյան")).isEqualTo("նիկոլ-փաշինյան");
    }

    /** The ASCII shortcut gives what the normaliser and the regular expressions give, on every ASCII character. */
    @Test
    void theAsciiShortcutSlugsAsTheGeneralWayDoes() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) every.append(c).append("Ab").append(c).append(c).append('9');
        for (String name : List.of(every.toString(), "U.S. State Department", "CSTO's", "--x--", "a", "", " ", "MP-2024")) {
            assertThat(UnknownActors.slug(name)).as(name).isEqualTo(general(name));
        }
    }

    private static String general(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
