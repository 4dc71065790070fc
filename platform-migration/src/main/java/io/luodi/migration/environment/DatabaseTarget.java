package io.luodi.migration.environment;

/**
 * A database as the probe connects to it. Holds the opened password: it never leaves the probe, and this record's
 * text form leaves it out.
 *
 * @param expectedZone the time zone the database server should share with the application servers
 */
public record DatabaseTarget(ComponentView component, String password, String expectedZone) {

    @Override
    public String toString() {
        return "DatabaseTarget[" + component.name() + " " + component.address() + ":" + component.effectivePort()
                + "]";
    }
}
