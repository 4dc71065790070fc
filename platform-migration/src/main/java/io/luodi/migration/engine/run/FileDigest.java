package io.luodi.migration.engine.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The SHA-256 of a source file, computed on its own thread (the page cache serves the file the run has just read),
 * so that the run need not wait for it while there is other work to do.
 */
final class FileDigest {

    private final CompletableFuture<String> digest = new CompletableFuture<>();

    private FileDigest(Path file) {
        Thread thread = new Thread(() -> {
            try {
                digest.complete(sha256(file));
            } catch (IOException | RuntimeException e) {
                digest.completeExceptionally(e);
            }
        }, "migration-sha256");
        thread.setDaemon(true);
        thread.start();
    }

    static FileDigest start(Path file) {
        return new FileDigest(file);
    }

    /** The hex digest, waiting for it if need be. */
    String await() throws IOException {
        try {
            return digest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the source", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
