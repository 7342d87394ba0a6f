package io.breakerboard.engine.tool;

/** What a tool may do, and so which role may call it. Ordered: each level includes the ones before it. */
public enum Permission {
    READ,
    WRITE,
    ADMIN;

    /** True when a caller holding this role may use a tool that requires {@code required}. */
    public boolean allows(Permission required) {
        return ordinal() >= required.ordinal();
    }
}
