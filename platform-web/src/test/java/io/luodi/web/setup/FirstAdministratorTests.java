package io.luodi.web.setup;

import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.testsupport.TestPostgres;
import io.luodi.web.LuodiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh installation on a configured database: no demo data, one administrator, no default password. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password:\\s+(\\S+)");

    @Test
    void printsAOneTimePasswordThatMustBeChanged(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start(emptyDatabase("luodi_fresh_a"))) {
            UserManagement users = context.getBean(UserManagement.class);
            UserAccount admin = users.findByUsername("admin").orElseThrow();

            assertThat(users.all()).hasSize(1);
            assertThat(admin.isPasswordChangeRequired()).isTrue();
            Matcher printed = ONE_TIME_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).isTrue();
            assertThat(context.getBean(PasswordEncoder.class).matches(printed.group(1), admin.getPasswordHash()))
                    .isTrue();
        }
    }

    @Test
    void usesAConfiguredPasswordAndPrintsNone(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start(emptyDatabase("luodi_fresh_b"),
                "--luodi.bootstrap.admin-username=root", "--luodi.bootstrap.admin-password=configured-secret")) {
            UserAccount admin = context.getBean(UserManagement.class).findByUsername("root").orElseThrow();

            assertThat(admin.isPasswordChangeRequired()).isFalse();
            assertThat(context.getBean(PasswordEncoder.class).matches("configured-secret", admin.getPasswordHash()))
                    .isTrue();
            assertThat(output.getOut()).doesNotContain("One-time password").doesNotContain("configured-secret");
        }
    }

    private static String emptyDatabase(String name) throws Exception {
        TestPostgres.Connection shared = TestPostgres.shared();
        try (Connection connection = DriverManager.getConnection(shared.jdbcUrl(), shared.username(),
                shared.password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return shared.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    private static ConfigurableApplicationContext start(String jdbcUrl, String... arguments) {
        TestPostgres.Connection shared = TestPostgres.shared();
        String[] all = new String[arguments.length + 4];
        all[0] = "--spring.datasource.url=" + jdbcUrl;
        all[1] = "--spring.datasource.username=" + shared.username();
        all[2] = "--spring.datasource.password=" + shared.password();
        all[3] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 4, arguments.length);
        return new SpringApplicationBuilder(LuodiApplication.class).run(all);
    }
}
