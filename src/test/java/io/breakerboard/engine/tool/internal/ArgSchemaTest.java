package io.breakerboard.engine.tool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgSchemaTest {
    private final ArgSchema schema = ArgSchema.builder()
            .arg("invoice_id", ArgRule.matching("INV-\\d{6}"))
            .arg("amount", ArgRule.decimal())
            .arg("currency", ArgRule.oneOf("USD", "EUR"))
            .arg("days", ArgRule.integer(false))
            .arg("note", ArgRule.text(false))
            .build();

    private String problem(String... keyValues) {
        return schema.validate(ToolCall.of("approve_payment", keyValues)).orElse(null);
    }

    @Test
    void aCallWithinEveryRuleIsAccepted() {
        assertThat(problem("invoice_id", "INV-004211", "amount", "1234.50", "currency", "EUR", "days", "-3",
                "note", "urgent")).isNull();
        assertThat(problem("invoice_id", "INV-004211", "amount", "12", "currency", "USD")).isNull();
    }

    @Test
    void aMissingRequiredArgumentIsNamed() {
        assertThat(problem("invoice_id", "INV-004211", "currency", "USD"))
                .isEqualTo("approve_payment: argument 'amount' is required");
    }

    @Test
    void anUnknownArgumentIsRefusedWithTheAcceptedOnes() {
        assertThat(problem("invoice_id", "INV-004211", "amount", "1.00", "currency", "USD", "verbose", "true"))
                .isEqualTo("approve_payment: unknown argument 'verbose'; accepted: [invoice_id, amount, currency, days, "
                        + "note]");
    }

    @Test
    void ofSeveralProblemsTheFirstDeclaredArgumentIsNamed() {
        assertThat(problem("currency", "GBP")).isEqualTo("approve_payment: argument 'invoice_id' is required");
        assertThat(problem("invoice_id", "INV-004211", "currency", "GBP", "days", "x"))
                .isEqualTo("approve_payment: argument 'amount' is required");
    }

    @Test
    void eachRuleSaysWhatItWantsAndWhatItGot() {
        assertThat(problem("invoice_id", "INV-42", "amount", "1.00", "currency", "USD"))
                .isEqualTo("approve_payment: argument 'invoice_id' must match INV-\\d{6}, got 'INV-42'");
        assertThat(problem("invoice_id", "INV-004211", "amount", "1.00001", "currency", "USD"))
                .isEqualTo("approve_payment: argument 'amount' must be a decimal number like 1234.50, got '1.00001'");
        assertThat(problem("invoice_id", "INV-004211", "amount", "1.00", "currency", "GBP"))
                .isEqualTo("approve_payment: argument 'currency' must be one of [USD, EUR], got 'GBP'");
        assertThat(problem("invoice_id", "INV-004211", "amount", "1.00", "currency", "USD", "days", "2.5"))
                .isEqualTo("approve_payment: argument 'days' must be a whole number, got '2.5'");
        assertThat(problem("invoice_id", "INV-004211", "amount", "1.00", "currency", "USD", "note", "  "))
                .isEqualTo("approve_payment: argument 'note' must not be blank, got '  '");
    }

    @Test
    void aPatternMustMatchTheWholeValueNotAPart() {
        assertThat(problem("invoice_id", "xINV-004211", "amount", "1.00", "currency", "USD")).contains("must match");
        assertThat(problem("invoice_id", "INV-0042119", "amount", "1.00", "currency", "USD")).contains("must match");
    }

    @Test
    void wholeNumbersTooLargeForTheToolAreRefused() {
        assertThat(problem("invoice_id", "INV-004211", "amount", "1.00", "currency", "USD", "days", "9999999999"))
                .contains("must be a whole number");
    }
}
