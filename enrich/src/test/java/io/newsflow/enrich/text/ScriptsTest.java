package io.newsflow.enrich.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {
    @Test
    void theMajorityScriptGivesTheLanguage() {
        assertThat(Scripts.language(Tokenizer.tokenize("Лавров провёл переговоры в Ереване с Pashinyan"))).isEqualTo("ru");
        assertThat(Scripts.language(Tokenizer.tokenize("Փաշինյանը հանդիպեց Լավրովի հետ"))).isEqualTo("hy");
        assertThat(Scripts.language(Tokenizer.tokenize("Lavrov held talks in Yerevan"))).isEqualTo("en");
        assertThat(Scripts.language(Tokenizer.tokenize("Лавров Pashinyan"))).isNull();
        assertThat(Scripts.language(Tokenizer.tokenize("2025 — 12"))).isNull();
    }
}
