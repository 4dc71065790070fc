package io.luodi.migration.environment;

/**
 * A component as pages, exports and probes read it. The password is never in it; the username and the internal
 * note only for the implementer's side.
 *
 * @param credentialStored whether a password is stored (for staff; always false for customers)
 */
public record ComponentView(long id, long environmentId, ComponentType type, String name, String host,
                            String ipAddress, Integer port, String role, String os, String osVersion,
                            Integer cpuCores, Integer memoryGb, Integer diskGb, DatabaseEngine engine,
                            String databaseName, String charset, String collation, String timeZone, String product,
                            String productVersion, String endpointUrl, CloudProvider provider, String region,
                            String service, String compatibilityNote, String username, boolean credentialStored,
                            String internalNote, long version) {

    /** Where to reach the component: its host name, else its IP address. */
    public String address() {
        return host != null ? host : ipAddress;
    }

    /** Its port, or the engine's default for a database. */
    public Integer effectivePort() {
        return port == null && engine != null ? Integer.valueOf(engine.defaultPort()) : port;
    }

    public ComponentForm toForm() {
        return new ComponentForm(type, name, host, ipAddress, port, role, os, osVersion, cpuCores, memoryGb, diskGb,
                engine, databaseName, charset, collation, timeZone, product, productVersion, endpointUrl, provider,
                region, service, compatibilityNote, username, null, false, internalNote, version);
    }
}
