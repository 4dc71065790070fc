package io.luodi.migration.engine.load;

import org.postgresql.copy.CopyIn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Bytes kept in memory up to a bound and, past it, in a temporary file, so that what a load sets aside while
 * streaming (diverted rows, source keys) costs at most the bound in memory whatever the file's size. Read back
 * once, into a COPY. {@link #close()} deletes the file; safe to call more than once.
 */
final class SpillBuffer implements CopyTextWriter.Sink, AutoCloseable {

    /** The default memory bound. */
    static final int MEMORY_LIMIT = 8 * 1024 * 1024;

    private final int memoryLimit;
    private byte[] memory;
    private int size;
    private Path file;
    private OutputStream out;
    private long bytes;

    SpillBuffer(int memoryLimit) {
        this.memoryLimit = memoryLimit;
        this.memory = new byte[Math.min(memoryLimit, 64 * 1024)];
    }

    @Override
    public void write(byte[] data, int offset, int length) throws SQLException {
        try {
            if (out == null && size + length <= memoryLimit) {
                if (size + length > memory.length) {
                    memory = Arrays.copyOf(memory, (int) Math.min(memoryLimit,
                            Math.max((long) size + length, 2L * memory.length)));
                }
                System.arraycopy(data, offset, memory, size, length);
                size += length;
            } else {
                if (out == null) {
                    file = Files.createTempFile("luodi-load-", ".copy");
                    out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                    out.write(memory, 0, size);
                    memory = null;
                    size = 0;
                }
                out.write(data, offset, length);
            }
            bytes += length;
        } catch (IOException e) {
            throw new SQLException("Could not write the temporary file " + file + ": " + e.getMessage(), e);
        }
    }

    /** True once the bytes went past the memory bound into a file. */
    boolean spilled() {
        return file != null;
    }

    long bytes() {
        return bytes;
    }

    /**
     * Sends everything written into the COPY and ends it; returns the rows the server took. On failure the COPY is
     * cancelled, so that the connection can roll back.
     */
    long copyInto(CopyIn copy) throws SQLException {
        try {
            if (file == null) {
                if (size > 0) {
                    copy.writeToCopy(memory, 0, size);
                }
            } else {
                out.close();
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] chunk = new byte[64 * 1024];
                    for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                        copy.writeToCopy(chunk, 0, read);
                    }
                }
            }
            return copy.endCopy();
        } catch (IOException e) {
            cancel(copy);
            throw new SQLException("Could not read the temporary file " + file + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            cancel(copy);
            throw e;
        }
    }

    private static void cancel(CopyIn copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the caller rolls back, or the connection is gone and the server has rolled back
        }
    }

    @Override
    public void close() {
        memory = null;
        if (file != null) {
            try {
                out.close();
            } catch (IOException e) {
                // deleted below all the same
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
