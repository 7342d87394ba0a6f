package io.breakerboard.internalrule.intruder;

import io.breakerboard.internalrule.door.Door;

/** A class of another package that uses only the API. */
public final class Visitor {
    public static int knock() {
        return Door.open();
    }
}
