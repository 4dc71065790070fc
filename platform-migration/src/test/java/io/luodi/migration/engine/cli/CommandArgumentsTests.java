package io.luodi.migration.engine.cli;

import io.luodi.migration.engine.plan.RunMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandArgumentsTests {

    private static final String[] FULL = {"--plan", "plan.yaml", "--source", "patients.csv", "--target",
            "jdbc:postgresql://db/his", "--mode", "full", "--report", "report.json"};

    @Test
    void readsAFullCommandWithDefaults() throws Exception {
        CommandArguments arguments = CommandArguments.parse(FULL);

        assertThat(arguments.plan()).isEqualTo(Path.of("plan.yaml"));
        assertThat(arguments.mode()).isEqualTo(RunMode.FULL);
        assertThat(arguments.sample()).isEqualTo(100);
        assertThat(arguments.random()).isFalse();
        assertThat(arguments.dataset()).isNull();
        assertThat(arguments.rejects()).isNull();
    }

    @Test
    void refusesWhatCannotRun() {
        assertUsage("migration.cli.usage.oneSource", "--plan", "p", "--target", "jdbc:postgresql://db/x", "--mode",
                "FULL", "--report", "r.json");
        assertUsage("migration.cli.usage.targetUrl", "--plan", "p", "--source", "s", "--target",
                "jdbc:mysql://db/x", "--mode", "FULL", "--report", "r.json");
        assertUsage("migration.cli.usage.sample", "--plan", "p", "--source", "s", "--target",
                "jdbc:postgresql://db/x", "--mode", "SAMPLE", "--sample", "0", "--report", "r.json");
        assertUsage("migration.cli.usage.rejects", "--plan", "p", "--source", "s", "--target",
                "jdbc:postgresql://db/x", "--mode", "FULL", "--report", "r.json", "--rejects", "r.txt");
        assertUsage("migration.cli.usage.unknown", "--plan", "p", "--password", "secret");
        assertUsage("migration.cli.usage.needsValue", "--plan", "--source", "s");
    }

    @Test
    void speaksChineseWhenAskedOrWhenTheSystemDoes() {
        assertThat(CommandArguments.locale(new String[] {"--lang", "zh"})).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(CommandArguments.locale(new String[] {"--lang", "en"})).isEqualTo(Locale.ENGLISH);
    }

    private static void assertUsage(String key, String... args) {
        assertThatThrownBy(() -> CommandArguments.parse(args))
                .isInstanceOfSatisfying(CommandArguments.UsageException.class, e -> assertThat(e.key).isEqualTo(key));
    }
}
