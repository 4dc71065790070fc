package io.luodi.requirements;

import io.luodi.requirements.template.QuestionListFiles;
import io.luodi.requirements.template.QuestionListReader;
import io.luodi.requirements.template.TemplateSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fills an empty template library with the seeded questionnaires for finance, hospital and ERP rollouts, read
 * through the same question-list reader as a consultant's own file, so a broken seed fails loudly at start-up.
 * Runs before the other start-up runners: demo data runs surveys on the seeded templates.
 */
@Component
@Order(0)
class TemplateSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TemplateSeeder.class);

    private final TemplateLibrary library;

    TemplateSeeder(TemplateLibrary library) {
        this.library = library;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!library.isEmpty()) {
            return;
        }
        for (TemplateSeeds seed : TemplateSeeds.values()) {
            QuestionListReader.Result result = QuestionListReader.read(
                    QuestionListFiles.readTabSeparated(read(seed.resource())));
            if (!result.isValid()) {
                throw new IllegalStateException("Seed " + seed.resource() + " is broken: " + result.problems());
            }
            library.seed(seed.title(), seed.description(), seed.systemType(), result.draft());
        }
        log.info("Seeded the survey template library with {} templates", TemplateSeeds.values().length);
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Seed " + resource + " is missing", e);
        }
    }
}
