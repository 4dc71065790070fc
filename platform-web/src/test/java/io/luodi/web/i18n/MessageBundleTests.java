package io.luodi.web.i18n;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Across every module on the classpath: each bundle has a Chinese twin with the same keys, and every literal key
 * a template names exists. Spring's basename list must name each bundle (application.yml).
 */
class MessageBundleTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void everyBundleHasAChineseTwinWithTheSameKeys() throws IOException {
        Resource[] bundles = resolver.getResources("classpath*:messages/*.properties");
        int english = 0;
        for (Resource bundle : bundles) {
            String name = bundle.getFilename();
            if (name.contains("_zh_CN")) {
                continue;
            }
            english++;
            Resource chinese = resolver.getResource("classpath:messages/" + name.replace(".properties", "_zh_CN.properties"));
            assertThat(chinese.exists()).as("Chinese twin of " + name).isTrue();
            assertThat(load(chinese).stringPropertyNames()).as(name)
                    .containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
        }
        assertThat(english).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyKeyATemplateNamesIsInABundle() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource bundle : resolver.getResources("classpath*:messages/*.properties")) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        Set<String> used = new HashSet<>();
        for (Resource template : resolver.getResources("classpath*:templates/**/*.html")) {
            Matcher matcher = LITERAL_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).contains("template.library", "home.title");
        assertThat(keys).containsAll(used);
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
