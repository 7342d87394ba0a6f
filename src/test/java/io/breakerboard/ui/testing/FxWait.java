package io.breakerboard.ui.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Window tests read and wait on the FX thread; they fail after a minute instead of hanging. */
public final class FxWait {
    private static final int LIMIT_SECONDS = 60;

    private FxWait() {
    }

    /** Waits until {@code condition}, read on the FX thread, holds. */
    public static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::get).get());
    }

    /** Reads (or does) something on the FX thread and returns its result. */
    public static <T> T onFx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get(LIMIT_SECONDS, TimeUnit.SECONDS);
    }
}
