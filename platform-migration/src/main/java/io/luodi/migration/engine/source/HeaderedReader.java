package io.luodi.migration.engine.source;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's records as a {@link SourceReader}: finds the header (at the line the plan names, or detected among the
 * first records), drops the lines above it and hands out the records after it.
 */
final class HeaderedReader implements SourceReader {

    private final RecordSource records;
    private final Deque<SourceRow> pending = new ArrayDeque<>();
    private final List<String> header;
    private final int headerRow;

    /**
     * @param headerRow the 1-based line of the header; null to detect it; 0 when the file has no header, the
     *                  columns then being named {@code column 1}, {@code column 2}...
     */
    HeaderedReader(RecordSource records, Integer headerRow, String fileName) throws IOException {
        this.records = records;
        SourceRow headerRecord;
        if (headerRow == null) {
            List<SourceRow> first = new ArrayList<>();
            for (SourceRow record; first.size() < HeaderDetector.RECORDS && (record = records.nextRecord()) != null; ) {
                first.add(record);
            }
            int index = HeaderDetector.indexOfHeader(first);
            headerRecord = first.isEmpty() ? null : first.get(index);
            pending.addAll(first.subList(Math.min(index + 1, first.size()), first.size()));
        } else if (headerRow == 0) {
            headerRecord = null;
            SourceRow firstRecord = records.nextRecord();
            if (firstRecord != null) {
                pending.add(firstRecord);
            }
        } else {
            headerRecord = records.nextRecord();
            while (headerRecord != null && headerRecord.line() < headerRow) {
                headerRecord = records.nextRecord();
            }
            if (headerRecord == null) {
                throw new SourceFileException("migration.source.headerRowBeyondEnd", headerRow, fileName);
            }
        }
        if (headerRecord == null) {
            int width = pending.isEmpty() ? 0 : pending.peek().values().size();
            this.header = columnNames(Collections.nCopies(width, ""));
            this.headerRow = 0;
        } else {
            this.header = columnNames(headerRecord.values());
            this.headerRow = (int) headerRecord.line();
        }
    }

    /**
     * Names as written, trimmed; a blank name becomes {@code column N} and a repeated one gets its column number,
     * so every column can be mapped by name.
     */
    static List<String> columnNames(List<String> fields) {
        List<String> names = new ArrayList<>(fields.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            if (name.startsWith("\uFEFF")) {
                name = name.substring(1).strip();
            }
            if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            if (seen.putIfAbsent(name, i) != null) {
                name = name + " (column " + (i + 1) + ")";
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** The line the header was found on, 0 when there is none. */
    int headerRow() {
        return headerRow;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        SourceRow row = pending.poll();
        return row != null ? row : records.nextRecord();
    }

    @Override
    public long position() {
        return records.position();
    }

    @Override
    public long size() {
        return records.size();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
