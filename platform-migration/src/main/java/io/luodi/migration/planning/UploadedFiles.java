package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.MigrationProperties;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps uploaded source files on disk under the configured directory, one sub-directory per project, each under a
 * random name with the extension of its original name; the SHA-256 is computed while the upload is copied, so the
 * file is read once. Only CSV, TSV, TXT and XLSX files are taken, by extension, up to the configured size.
 */
@Component
class UploadedFiles {

    static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx");

    private final Path directory;
    private final long maxBytes;

    UploadedFiles(MigrationProperties properties) {
        this.directory = properties.files().directory().toAbsolutePath().normalize();
        this.maxBytes = properties.files().maxUploadSize().toBytes();
    }

    StoredFile store(long projectId, MultipartFile upload) {
        return store(projectId, upload.getOriginalFilename(), upload.getSize(), upload);
    }

    /** A file from elsewhere than a form (the demo data), under the same rules. */
    StoredFile store(long projectId, String originalName, long size, InputStreamSource content) {
        String name = originalName(originalName);
        String extension = extension(name);
        if (name.isEmpty() || !EXTENSIONS.contains(extension)) {
            throw BusinessRuleException.onField("file", "migration.file.type", name);
        }
        if (size > maxBytes) {
            throw BusinessRuleException.onField("file", "migration.file.tooLarge", name, maxBytes / 1024 / 1024);
        }
        if (size == 0) {
            throw BusinessRuleException.onField("file", "migration.file.empty", name);
        }
        String relative = projectId + "/" + UUID.randomUUID() + "." + extension;
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long copied;
            try (InputStream in = new DigestInputStream(content.getInputStream(), sha256);
                 OutputStream out = Files.newOutputStream(partial)) {
                copied = in.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(relative, name, HexFormat.of().formatHex(sha256.digest()), copied);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload under " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file on disk; a stored path never leaves the directory. */
    Path resolve(String relative) {
        Path path = directory.resolve(relative).normalize();
        if (!path.startsWith(directory)) {
            throw new IllegalArgumentException("Not a stored file: " + relative);
        }
        return path;
    }

    void delete(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException e) {
            // A file left behind takes space but does no harm; its dataset no longer names it.
        }
    }

    private static String originalName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.replaceAll(".*[/\\\\]", "").strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
