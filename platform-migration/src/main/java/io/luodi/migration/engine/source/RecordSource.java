package io.luodi.migration.engine.source;

import java.io.IOException;

/**
 * The raw records of a file, header included and blank records already skipped; {@link HeaderedReader} makes a
 * {@link SourceReader} of it.
 */
interface RecordSource extends AutoCloseable {

    /** The next non-blank record, or {@code null} after the last. */
    SourceRow nextRecord() throws IOException;

    long position();

    long size();

    @Override
    void close() throws IOException;
}
