package io.breakerboard.engine.reliability;

/**
 * The hook every model and tool attempt passes through, innermost in the reliability stack (inside the time
 * limiter), so what it does is seen by timeouts, retries and circuit breakers exactly like a real fault.
 *
 * <p>Faults are expressed on the {@link Attempt}:
 * <ul>
 *   <li>tool down, model outage, error rate: return {@code Attempt.failed(new CallFailure(SERVER_ERROR, …), latency)}
 *       without calling {@code next}, for the targets or the share of calls chosen (draw from {@link CallSite#random()})</li>
 *   <li>added latency: {@code a.withLatency(a.latency().plus(extra))}</li>
 *   <li>hang until timeout: a latency far above any time limit, e.g. {@code Duration.ofHours(1)}</li>
 *   <li>malformed response: {@code a.withFailure(new CallFailure(MALFORMED, …))} (usage is kept: it was billed)</li>
 *   <li>permission denied: a failure of type {@code PERMISSION_DENIED}</li>
 *   <li>rate limited: a failure of type {@code RATE_LIMITED} with a retry-after</li>
 *   <li>token or cost spike: {@code a.withUsage(a.usage().scaled(10))}</li>
 * </ul>
 * Implementations must be thread-safe and must not sleep: time passes only through the latency they return.
 */
@FunctionalInterface
public interface CallInterceptor {

    /** Lets every call through unchanged. */
    CallInterceptor NONE = new CallInterceptor() {
        @Override
        public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
            return next.proceed();
        }
    };

    <T> Attempt<T> intercept(CallSite site, Invocation<T> next);
}
