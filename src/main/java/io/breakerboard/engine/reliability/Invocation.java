package io.breakerboard.engine.reliability;

/** The rest of the chain below an interceptor: calling it performs the simulated call. */
@FunctionalInterface
public interface Invocation<T> {
    Attempt<T> proceed();
}
