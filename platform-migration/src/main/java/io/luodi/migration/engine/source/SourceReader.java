package io.luodi.migration.engine.source;

import java.io.IOException;
import java.util.List;

/**
 * Reads a source record by record, holding no more than one record in memory.
 */
public interface SourceReader extends AutoCloseable {

    /** The column names, in order; blank names are given as {@code column N}. */
    List<String> header();

    /** The next record, or {@code null} after the last. */
    SourceRow next() throws IOException;

    /** How far the reader has got, in the unit of {@link #size()}: for progress and ETA. */
    long position();

    /** The source's size (bytes of a file), or -1 when unknown. */
    long size();

    @Override
    void close() throws IOException;
}
