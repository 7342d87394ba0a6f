package io.breakerboard.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptTest {
    private static final Duration MS_80 = Duration.ofMillis(80);

    @Test
    void anAttemptHasAValueOrAFailureNeverBoth() {
        CallFailure f = new CallFailure(FailureType.SERVER_ERROR, "503");
        assertThatThrownBy(() -> new Attempt<>("x", f, MS_80, null)).hasMessageContaining("either a value or a failure");
        assertThatThrownBy(() -> new Attempt<>(null, null, MS_80, null)).hasMessageContaining("either a value or a failure");
        assertThatThrownBy(() -> Attempt.ok("x", null, null)).hasMessageContaining("latency");
    }

    @Test
    void aMalformedReplyKeepsWhatItWasBilled() {
        Attempt<String> ok = Attempt.ok("{not json", MS_80, new Usage(1_000, 200, 450));
        Attempt<String> bad = ok.withFailure(new CallFailure(FailureType.MALFORMED, "not JSON"));
        assertThat(bad.succeeded()).isFalse();
        assertThat(bad.value()).isNull();
        assertThat(bad.usage()).isEqualTo(new Usage(1_000, 200, 450));
        assertThat(bad.latency()).isEqualTo(MS_80);
    }

    @Test
    void aFailedAttemptCostsNothingUnlessBilled() {
        Attempt<String> failed = Attempt.failed(new CallFailure(FailureType.TIMEOUT, "no answer"), Duration.ofHours(1));
        assertThat(failed.usage()).isEqualTo(Usage.NONE);
        assertThat(failed.withLatency(MS_80).latency()).isEqualTo(MS_80);
        assertThat(failed.withLatency(MS_80).failure().type()).isEqualTo(FailureType.TIMEOUT);
    }

    @Test
    void aSpikeScalesEveryFigureAndUsagesAddUp() {
        Usage u = new Usage(1_200, 300, 1_005);
        assertThat(u.scaled(10)).isEqualTo(new Usage(12_000, 3_000, 10_050));
        assertThat(u.scaled(0.5)).isEqualTo(new Usage(600, 150, 503));
        assertThat(u.plus(new Usage(1, 2, 3))).isEqualTo(new Usage(1_201, 302, 1_008));
        assertThat(Usage.NONE.plus(u)).isEqualTo(u);
    }

    @Test
    void aFailureKeepsItsRetryAfterAndItsSeedWithoutAStackTrace() {
        CallFailure f = new CallFailure(FailureType.RATE_LIMITED, "429", Duration.ofSeconds(2));
        CallFailure tagged = f.withSeed(99);
        assertThat(tagged.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(tagged.type()).isEqualTo(FailureType.RATE_LIMITED);
        assertThat(tagged.getMessage()).isEqualTo("429");
        assertThat(tagged.seed()).isEqualTo(99);
        assertThat(f.seed()).isZero();
        assertThat(tagged.getStackTrace()).isEmpty();
        assertThat(tagged).hasToString("RATE_LIMITED: 429");
    }

    @Test
    void aCallSiteGivesEachAttemptItsOwnRepeatableRandomStream() {
        CallSite first = new CallSite(CallKind.TOOL, "list_pods", "sre-triage#1", "exec-1", 1,
                Map.of("namespace", "commerce"), 1234);
        CallSite second = first.withAttempt(2);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.args()).isEqualTo(first.args());
        assertThat(first.random().nextLong()).isEqualTo(first.random().nextLong());
        assertThat(first.random().nextLong()).isNotEqualTo(second.random().nextLong());
        assertThat(new CallSite(CallKind.MODEL, "atlas-pro", "a", "e", 1, null, 1).args()).isEmpty();
    }

    @Test
    void theNeutralInterceptorLetsTheCallThrough() {
        CallSite site = new CallSite(CallKind.MODEL, "swift-mini", "a", "e", 1, null, 1);
        Attempt<String> a = Attempt.ok("answer", MS_80, Usage.NONE);
        assertThat(CallInterceptor.NONE.intercept(site, () -> a)).isSameAs(a);
    }
}
