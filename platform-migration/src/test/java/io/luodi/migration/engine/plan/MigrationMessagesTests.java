package io.luodi.migration.engine.plan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's messages exist in both languages, for every key the engine uses and every rejection reason. */
class MigrationMessagesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path ENGINE = Path.of("src/main/java/io/luodi/migration/engine");

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** Keys written as literals in the engine's code, and rejection reasons as its {@code Failure}s name them. */
    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(migration\\.(?:plan|mapping)\\.[A-Za-z]+)\"");
        Pattern reason = Pattern.compile("new Failure\\(\"([a-z_]+)\"\\)");
        try (Stream<Path> files = Files.walk(ENGINE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = key.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                m = reason.matcher(code);
                while (m.find()) {
                    used.add("migration.reject." + m.group(1));
                }
            }
        }
        return used;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("migration_zh_CN.properties")).isEqualTo(keys("migration.properties"));
    }

    @Test
    void everyKeyTheEngineUsesHasAMessage() throws IOException {
        Set<String> used = usedKeys();

        assertThat(used).contains("migration.plan.unknownTransform", "migration.reject.bad_checksum");
        assertThat(keys("migration.properties")).containsAll(used);
    }
}
