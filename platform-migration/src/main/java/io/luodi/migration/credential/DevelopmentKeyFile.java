package io.luodi.migration.credential;

import java.nio.file.Path;

/**
 * Where the development credential key lives when no {@code luodi.migration.credential-key} is configured.
 * Only the application's embedded database provides one (the key is kept beside the data it protects); on any
 * other database there is none, and credentials cannot be stored until a key is configured.
 */
public record DevelopmentKeyFile(Path path) {
}
