package io.breakerboard.internalrule.door;

import io.breakerboard.internalrule.door.internal.Secret;

/** The API of its package: uses its own internals, as it may. */
public final class Door {
    public static int open() {
        return Secret.value();
    }
}
