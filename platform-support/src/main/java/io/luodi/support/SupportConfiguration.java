package io.luodi.support;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The support module's settings, and the scheduler its reminder job runs on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupportProperties.class)
@EnableScheduling
class SupportConfiguration {
}
