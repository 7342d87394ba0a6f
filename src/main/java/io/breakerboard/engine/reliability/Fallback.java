package io.breakerboard.engine.reliability;

import java.util.Optional;

/** The outermost layer: a stand-in when every attempt failed. Empty when nothing can stand in. */
@FunctionalInterface
public interface Fallback<T> {

    Fallback<Object> NONE = f -> Optional.empty();

    Optional<Recovery<T>> recover(CallFailure failure);

    @SuppressWarnings("unchecked")
    static <T> Fallback<T> none() {
        return (Fallback<T>) (Fallback<?>) NONE;
    }

    /** This fallback, and {@code next} when this one finds nothing. */
    default Fallback<T> orElse(Fallback<T> next) {
        return f -> {
            Optional<Recovery<T>> r = recover(f);
            return r.isPresent() ? r : next.recover(f);
        };
    }
}
