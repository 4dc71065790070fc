package io.luodi.migration.planning;

/**
 * An uploaded source file as kept on disk.
 *
 * @param path where it is, relative to the configured files directory
 */
record StoredFile(String path, String originalName, String sha256, long size) {
}
