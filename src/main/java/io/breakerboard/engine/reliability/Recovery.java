package io.breakerboard.engine.reliability;

/**
 * A value a fallback found in place of the failed call's.
 *
 * @param value  the stand-in result
 * @param source where it came from, for the step: {@code alternative tool describe_pod}, {@code cached result
 *               from 12:03:04Z}, {@code fallback model swift-mini}
 */
public record Recovery<T>(T value, String source) {
}
