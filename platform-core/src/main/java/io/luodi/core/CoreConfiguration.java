package io.luodi.core;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoreProperties.class)
class CoreConfiguration {

    /** Instants are zone-free; the clock's zone only decides today's date. Tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(CoreProperties properties) {
        return Clock.system(properties.timeZone());
    }

    /** Delegating encoder: bcrypt today, and hashes of older schemes keep verifying after an upgrade. */
    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
