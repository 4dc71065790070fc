package io.luodi.web;

import io.luodi.testsupport.WithPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port against the test PostgreSQL, with the demo data loaded. Every web test
 * class uses this one annotation, so they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"luodi.demo-data.enabled=true",
                // Probe credentials are sealed as in production; the key is a test's own.
                "luodi.migration.credential-key=Y2l0eS1ob3NwaXRhbC10ZXN0LWtleS0zMi1ieXRlcyE=",
                "luodi.migration.probes.timeout=3s",
                // Uploaded migration source files stay inside the build directory.
                "luodi.migration.files.directory=target/migration-files"})
@AutoConfigureMockMvc
@WithPostgres
public @interface LuodiWebTest {
}
