package io.breakerboard.internalrule.door.internal;

/** An implementation class that only its own package may use. */
public final class Secret {
    public static int value() {
        return 42;
    }
}
