package io.luodi.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Sets the datasource of a test context to the JVM's shared test database. */
public class TestPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Connection database = TestPostgres.shared();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                // @DataJpaTest would otherwise swap in an in-memory database.
                "spring.test.database.replace=none"
        ).applyTo(context.getEnvironment());
    }
}
