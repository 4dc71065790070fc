package io.luodi.web.setup;

import io.luodi.web.database.EmbeddedDatabaseServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data set belongs in this database: as configured, and by default only in the embedded
 * database a newcomer starts with — never by surprise in a real one.
 */
@Component
class DemoDataSwitch {

    private final DemoDataProperties properties;
    private final ObjectProvider<EmbeddedDatabaseServer> embeddedDatabase;

    DemoDataSwitch(DemoDataProperties properties, ObjectProvider<EmbeddedDatabaseServer> embeddedDatabase) {
        this.properties = properties;
        this.embeddedDatabase = embeddedDatabase;
    }

    boolean isOn() {
        return properties.enabled() != null ? properties.enabled() : embeddedDatabase.getIfAvailable() != null;
    }
}
