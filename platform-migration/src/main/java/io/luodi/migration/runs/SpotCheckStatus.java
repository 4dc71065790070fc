package io.luodi.migration.runs;

/** A spot check before and after the customer's business user looked at it. */
public enum SpotCheckStatus {
    PENDING, CONFIRMED, DISPUTED
}
