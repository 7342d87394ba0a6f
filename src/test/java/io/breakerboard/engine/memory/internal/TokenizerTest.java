package io.breakerboard.engine.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void termsAreLowerCaseWithoutStopWordsOrSingleLetters() {
        assertThat(Tokenizer.terms("Investigate the 5xx Error spike on a pod"))
                .containsExactly("investigate", "5xx", "error", "spike", "pod");
    }

    @Test
    void hyphenatedNamesStayWholeAndATrailingHyphenIsDropped() {
        assertThat(Tokenizer.terms("checkout-api pods-; -leading v2.14.1"))
                .containsExactly("checkout-api", "pods", "leading", "v2", "14");
    }

    @Test
    void nothingToReadGivesNoTerms() {
        assertThat(Tokenizer.terms(null)).isEmpty();
        assertThat(Tokenizer.terms("  , ; of the")).isEmpty();
    }
}
