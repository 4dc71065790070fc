package io.luodi.migration.environment;

/** Database engines an environment may hold; the probe speaks to all but Oracle, whose driver is not free. */
public enum DatabaseEngine {
    POSTGRESQL(5432), MYSQL(3306), MARIADB(3306), SQL_SERVER(1433), ORACLE(1521);

    private final int defaultPort;

    DatabaseEngine(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean probeable() {
        return this != ORACLE;
    }
}
