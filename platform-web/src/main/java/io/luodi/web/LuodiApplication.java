package io.luodi.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Luodi: one web application over the core and the phase modules, all under {@code io.luodi}. */
@SpringBootApplication(scanBasePackages = "io.luodi")
@AutoConfigurationPackage(basePackages = "io.luodi")
@ConfigurationPropertiesScan("io.luodi")
public class LuodiApplication {

    public static void main(String[] args) {
        SpringApplication.run(LuodiApplication.class, args);
    }
}
