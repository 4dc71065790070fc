package io.luodi.migration.planning;

import io.luodi.migration.environment.DatabaseEngine;

/** A database component of one of the project's environments, as a source or target to pick. */
public record DatabaseChoice(long componentId, String environmentName, String name, DatabaseEngine engine,
                             String address, String databaseName, boolean credentialStored) {

    public String label() {
        return environmentName + " · " + name + " (" + engine + " " + (address == null ? "?" : address)
                + (databaseName == null ? "" : "/" + databaseName) + ")";
    }
}
