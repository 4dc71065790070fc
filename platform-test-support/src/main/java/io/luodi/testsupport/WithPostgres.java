package io.luodi.testsupport;

import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test's context at a real PostgreSQL: a Testcontainers container where a Docker engine answers,
 * an embedded server otherwise. The database is shared by every context in the test JVM; Flyway migrates it when
 * the first context starts. Put it beside {@code @SpringBootTest} or {@code @DataJpaTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = TestPostgresInitializer.class)
public @interface WithPostgres {
}
