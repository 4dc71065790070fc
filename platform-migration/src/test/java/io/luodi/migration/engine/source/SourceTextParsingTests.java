package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.luodi.migration.engine.plan.SourceSpec;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the delimited-text reader splits records and numbers their lines. */
class SourceTextParsingTests {

    @TempDir
    Path directory;

    @Test
    void readsQuotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() throws IOException {
        List<SourceRow> rows = read("""
                id,name,note
                1,"Zhang, San","he said ""hi""\"
                2,"two
                lines",x
                3,after,y
                """);

        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(0).values()).containsExactly("1", "Zhang, San", "he said \"hi\"");
        assertThat(rows.get(1).values()).containsExactly("2", "two\nlines", "x");
        assertThat(rows.get(2).values()).containsExactly("3", "after", "y");
    }

    @Test
    void countsLinesTheSameWithCrLfLfAndCrLineBreaks() throws IOException {
        String crlf = "id,v\r\n1,\"a\r\nb\"\r\n2,c\r\n";
        for (String text : List.of(crlf, crlf.replace("\r\n", "\n"), crlf.replace("\r\n", "\r"))) {
            List<SourceRow> rows = read(text);

            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L);
            assertThat(rows.get(1).values()).containsExactly("2", "c");
        }
        assertThat(read(crlf).get(0).values()).containsExactly("1", "a\r\nb");
    }

    @Test
    void skipsBlankLinesAndEmptyRowsButCountsThem() throws IOException {
        List<SourceRow> rows = read("id,v\n\n1,a\n  \n,,\n2,b");

        assertThat(rows).extracting(SourceRow::line).containsExactly(3L, 6L);
        assertThat(rows.get(1).values()).containsExactly("2", "b");
    }

    @Test
    void keepsRaggedRowsAsRead() throws IOException {
        List<SourceRow> rows = read("a,b,c\n1,2\n1,2,3,4\n1,2,\n");

        assertThat(rows).extracting(row -> row.values().size()).containsExactly(2, 4, 3);
        assertThat(rows.get(2).values()).containsExactly("1", "2", "");
    }

    @Test
    void keepsTextAfterAClosingQuoteAndQuotesInsideUnquotedFields() throws IOException {
        List<SourceRow> rows = read("a,b\n\"x\"y,5\"3\n");

        assertThat(rows.get(0).values()).containsExactly("xy", "5\"3");
    }

    @Test
    void readsAnUnclosedQuoteAtTheEndOfTheFileToTheEnd() throws IOException {
        List<SourceRow> rows = read("a,b\n1,\"open\n2,x");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values()).containsExactly("1", "open\n2,x");
    }

    @Test
    void readsFieldsAndRecordsLongerThanTheBuffer() throws IOException {
        String longValue = "长".repeat(200_000);
        StringBuilder text = new StringBuilder("id,text\n");
        for (int i = 1; i <= 3; i++) {
            text.append(i).append(",\"").append(longValue).append("\n\"\"").append(i).append("\"\"\"\r\n");
        }
        List<SourceRow> rows = read(text.toString());

        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L, 6L);
        assertThat(rows).allSatisfy(row -> assertThat(row.values().get(1)).startsWith(longValue).hasSize(200_004));
        assertThat(rows.get(2).values().get(1)).endsWith("\n\"3\"");
    }

    @Test
    void givesUpQuotingForARecordWhoseQuoteNeverCloses() throws IOException {
        StringBuilder text = new StringBuilder("id,name\n1,\"broken\n");
        for (int i = 2; i < 400_000; i++) {
            text.append(i).append(",name").append(i).append('\n');
        }
        List<SourceRow> rows = read(text.toString());

        assertThat(rows.get(0).values()).containsExactly("1", "\"broken");
        assertThat(rows).hasSize(399_999);
        assertThat(rows.get(399_998).line()).isEqualTo(400_000);
    }

    @Test
    void decodesInvalidBytesAsReplacementCharacters() throws IOException {
        Path file = directory.resolve("bad.csv");
        byte[] utf8 = "名称,值\n甲,1\n乙,2\n丙,3\n丁,4\n戊,5\n己,6\n庚,7\n辛,8\n壬,9\n癸,10\n子,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 3];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        bytes[utf8.length] = (byte) 0xFF;
        bytes[utf8.length + 1] = '1';
        bytes[utf8.length + 2] = '\n';
        Files.write(file, bytes);

        List<SourceRow> rows = readAll(file, new SourceSpec(null, "UTF-8", null, null, null, null));

        assertThat(rows).hasSize(11);
        assertThat(rows.get(10).values()).containsExactly("子", "\uFFFD1");
    }

    @Test
    void skipsTheLinesAboveTheHeaderRowThePlanNames() throws IOException {
        Path file = write("x.csv", "title\nsubtitle,\na,b\n1,2\n", StandardCharsets.UTF_8);

        try (SourceReader reader = SourceFiles.open(file, new SourceSpec(null, null, ',', 3, null, null))) {
            assertThat(reader.header()).containsExactly("a", "b");
            assertThat(reader.next()).isEqualTo(new SourceRow(4, List.of("1", "2")));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void namesColumnsWhenThePlanSaysThereIsNoHeader() throws IOException {
        Path file = write("x.csv", "1,2\n3,4\n", StandardCharsets.UTF_8);

        try (SourceReader reader = SourceFiles.open(file, new SourceSpec(null, null, ',', 0, null, null))) {
            assertThat(reader.header()).containsExactly("column 1", "column 2");
            assertThat(reader.next()).isEqualTo(new SourceRow(1, List.of("1", "2")));
        }
    }

    @Test
    void namesBlankAndRepeatedHeaderColumns() throws IOException {
        Path file = write("x.csv", "编号,,备注,备注\n1,2,3,4\n", StandardCharsets.UTF_8);

        try (SourceReader reader = SourceFiles.open(file, new SourceSpec(null, null, null, 1, null, null))) {
            assertThat(reader.header()).containsExactly("编号", "column 2", "备注", "备注 (column 4)");
        }
    }

    private List<SourceRow> read(String text) throws IOException {
        return readAll(write("t.csv", text, StandardCharsets.UTF_8), new SourceSpec(null, "UTF-8", ',', 1, null, null));
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(directory.resolve(name), text.getBytes(charset));
    }

    static List<SourceRow> readAll(Path file, SourceSpec spec) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (SourceReader reader = SourceFiles.open(file, spec)) {
            for (SourceRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }
}
