package io.luodi.migration.probe;

/** What a probe checks: a database over JDBC, a TCP port, or an HTTP(S) endpoint with its certificate. */
public enum ProbeKind {
    DATABASE, TCP, HTTP
}
