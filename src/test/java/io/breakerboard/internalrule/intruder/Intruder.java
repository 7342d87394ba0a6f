package io.breakerboard.internalrule.intruder;

import io.breakerboard.internalrule.door.Door;
import io.breakerboard.internalrule.door.internal.Secret;

/** A class of another package that goes past the door into its internals. */
public final class Intruder {
    public static int sneak() {
        return Secret.value() + Door.open();
    }
}
