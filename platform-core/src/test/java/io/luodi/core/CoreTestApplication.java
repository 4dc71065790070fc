package io.luodi.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the core module alone against the test database, with the shared fixtures of {@code io.luodi.core.testing}. */
@SpringBootApplication
class CoreTestApplication {
}
