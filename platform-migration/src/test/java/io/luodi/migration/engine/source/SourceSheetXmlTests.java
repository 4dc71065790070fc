package io.luodi.migration.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worksheet XML scanner, fed whole and a byte at a time. */
class SourceSheetXmlTests {

    private static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- written by hand -->
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="2" spans="1:3"><x:c r="A2" t="inlineStr"><x:is><x:t>张&amp;三 &lt;b&gt; &#x20000;&#65;</x:t></x:is></x:c>\
            <x:c r="C2" s="1"/><x:c r='D2' t="str"><x:f>"a&gt;"&amp;B2</x:f><x:v>a&gt;</x:v></x:c></x:row>
            <x:row r="3"/>
            <x:row r="4"><x:c r="B4" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> 粗 </x:t></x:r>\
            <x:r><x:t><![CDATA[a&b<c>]]></x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふり</x:t></x:rPh></x:is></x:c></x:row>
            </x:sheetData></x:worksheet>
            """;

    @Test
    void readsTagsAttributesAndTextWithEntitiesCdataAndPrefixes() throws IOException {
        for (int bytesPerRead : new int[] {Integer.MAX_VALUE, 1, 7}) {
            assertThat(trace(SHEET, bytesPerRead)).as("%d bytes at a time", bytesPerRead).containsExactly(
                    "row r=2", "c r=A2", "is", "t:张&三 <b> 𠀀A", "/is", "/c", "c r=C2", "/c", "c r=D2", "f:\"a>\"&B2",
                    "v:a>", "/c", "/row", "row r=3", "/row",
                    "row r=4", "c r=B4", "is", "r", "rPr:", "t: 粗 ", "/r", "r", "t:a&b<c>", "/r", "rPh:ふり", "/is",
                    "/c", "/row");
        }
    }

    @Test
    void refusesADoctype() {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet/>";

        assertThatThrownBy(() -> trace(sheet, Integer.MAX_VALUE)).isInstanceOf(IOException.class);
    }

    /** Each tag inside sheetData, with its r attribute; text elements (f, v, t, rPh, rPr) with their text. */
    private static List<String> trace(String xml, int bytesPerRead) throws IOException {
        InputStream bytes = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        SheetXmlScanner scanner = new SheetXmlScanner(new FilterInputStream(bytes) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, bytesPerRead));
            }
        });
        List<String> trace = new ArrayList<>();
        for (int event; (event = scanner.next()) != SheetXmlScanner.DONE; ) {
            String name = name(scanner);
            if (name == null) {
                continue;
            }
            if (event == SheetXmlScanner.END) {
                trace.add("/" + name);
            } else if (List.of("f", "v", "t", "rPh", "rPr").contains(name)) {
                trace.add(name + ":" + scanner.text());
            } else {
                String r = scanner.attribute("r");
                trace.add(r == null ? name : name + " r=" + r);
            }
        }
        return trace;
    }

    private static String name(SheetXmlScanner scanner) {
        for (String name : List.of("row", "c", "is", "t", "r", "f", "v", "rPh", "rPr")) {
            if (scanner.nameIs(name)) {
                return name;
            }
        }
        return null;
    }
}
