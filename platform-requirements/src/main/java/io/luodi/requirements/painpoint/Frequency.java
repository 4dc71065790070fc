package io.luodi.requirements.painpoint;

/** How often a pain point is felt, rarest first. */
public enum Frequency {
    RARELY, MONTHLY, WEEKLY, DAILY
}
