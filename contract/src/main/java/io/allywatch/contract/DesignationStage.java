package io.allywatch.contract;

/** Lifecycle of a designation, in the order it normally runs. */
public enum DesignationStage {
    /** A bill or a proposal only. */
    PROPOSED,
    /** Announced, or Congress notified. */
    INTENDED,
    /** In effect. */
    DESIGNATED,
    REVOKED
}
