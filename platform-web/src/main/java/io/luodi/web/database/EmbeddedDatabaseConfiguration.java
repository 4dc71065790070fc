package io.luodi.web.database;

import com.zaxxer.hikari.HikariDataSource;
import io.luodi.migration.credential.DevelopmentKeyFile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The default database: with no {@code spring.datasource.url}, a real PostgreSQL 17 runs inside the application
 * with its files under {@code ./data/postgres}, so a newcomer needs nothing but a JDK. Production sets the URL
 * and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    static final String DEVELOPMENT_KEY_FILE = "luodi-credential.key";

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabaseServer.start(properties.dataDirectory(), properties.staleServerTimeout());
    }

    /**
     * Without a configured credential key, probe credentials on the embedded database are sealed with a development
     * key kept beside the data it protects (made once, after the server has initialised its directory).
     */
    @Bean
    DevelopmentKeyFile developmentCredentialKey(EmbeddedDatabaseServer server,
                                                EmbeddedDatabaseProperties properties) {
        return new DevelopmentKeyFile(properties.dataDirectory().resolve(DEVELOPMENT_KEY_FILE));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabaseServer.USER);
        dataSource.setPoolName("luodi-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
