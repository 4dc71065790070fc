package io.luodi.migration.environment;

public enum Protocol {
    TCP, UDP
}
