package io.luodi.migration.engine.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * The first worksheet of an XLSX file, row by row, pulled from the sheet's XML by {@link SheetXmlScanner}: the
 * workbook is never built in memory (no {@code XSSFWorkbook}); only the shared strings table is, as Excel
 * requires. A pull scanner rather than POI's push-style {@code XSSFSheetXMLHandler} because a
 * {@link SourceReader} is pulled, and a push parser would need a thread of its own.
 * <p>
 * A record's line is the spreadsheet row number. Missing cells inside a row become "" so values stay under their
 * columns; empty cells after the last value are dropped; rows without any value are skipped.
 */
final class XlsxRecords implements RecordSource {

    private final String fileName;
    private final OPCPackage workbook;
    private final ReadOnlySharedStringsTable sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final CountingInputStream sheetBytes;
    private final SheetXmlScanner sheet;
    private final long sheetSize;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private long lastRow;

    XlsxRecords(Path file) throws IOException {
        this.fileName = file.getFileName().toString();
        OPCPackage opened;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new SourceFileException("migration.source.notTabular", fileName);
        }
        this.workbook = opened;
        try {
            XSSFReader reader = new XSSFReader(workbook);
            this.sharedStrings = new ReadOnlySharedStringsTable(workbook, false);
            this.styles = reader.getStylesTable();
            this.date1904 = usesDate1904(reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new SourceFileException("migration.source.noSheet", fileName);
            }
            InputStream sheetData = sheets.next();
            this.sheetSize = sheets.getSheetPart().getSize();
            this.sheetBytes = new CountingInputStream(sheetData, 0);
            this.sheet = new SheetXmlScanner(sheetBytes);
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            workbook.revert();
            if (e instanceof SourceFileException sourceFileException) {
                throw sourceFileException;
            }
            throw new SourceFileException("migration.source.workbookUnreadable", fileName);
        }
    }

    /** No DTDs and no external entities: a workbook is uploaded by users and must not read server files. */
    private static XMLInputFactory xmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream data = reader.getWorkbookData()) {
            XMLStreamReader xml = xmlInput().createXMLStreamReader(data);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                if (xml.isStartElement() && xml.getLocalName().equals("sheets")) {
                    return false;
                }
            }
            return false;
        }
    }

    @Override
    public SourceRow nextRecord() throws IOException {
        try {
            for (int event; (event = sheet.next()) != SheetXmlScanner.DONE; ) {
                if (event == SheetXmlScanner.START && sheet.nameIs("row")) {
                    String number = sheet.attribute("r");
                    long row = number == null ? lastRow + 1 : Long.parseLong(number.strip());
                    lastRow = row;
                    List<String> values = readRow();
                    if (values.stream().anyMatch(value -> !value.isBlank())) {
                        return new SourceRow(row, values);
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw new SourceFileException("migration.source.workbookUnreadable", fileName);
        }
    }

    /** The cells of the row the scanner is on, up to its end tag. */
    private List<String> readRow() throws IOException {
        List<String> values = new ArrayList<>();
        for (int event; (event = sheet.next()) != SheetXmlScanner.DONE; ) {
            if (event == SheetXmlScanner.END && sheet.nameIs("row")) {
                break;
            }
            if (event == SheetXmlScanner.START && sheet.nameIs("c")) {
                String reference = sheet.attribute("r");
                int column = reference == null ? -1 : columnIndex(reference);
                if (column < 0) {
                    column = values.size();
                }
                String value = readCell(sheet.attribute("t"), sheet.attribute("s"));
                while (values.size() < column) {
                    values.add("");
                }
                if (column < values.size()) {
                    values.set(column, value);
                } else {
                    values.add(value);
                }
            }
        }
        // Formatting leaves empty cells after the data: they are not columns of the row.
        int width = values.size();
        while (width > 0 && values.get(width - 1).isEmpty()) {
            width--;
        }
        return width == values.size() ? values : values.subList(0, width);
    }

    /** The text of the cell the scanner is on, read up to its end tag. */
    private String readCell(String type, String style) throws IOException {
        String stored = null;
        String inline = null;
        for (int event; (event = sheet.next()) != SheetXmlScanner.DONE; ) {
            if (event == SheetXmlScanner.END && sheet.nameIs("c")) {
                break;
            }
            if (event == SheetXmlScanner.START) {
                if (sheet.nameIs("v")) {
                    stored = sheet.text();
                } else if (sheet.nameIs("is")) {
                    inline = inlineString();
                } else {
                    sheet.text(); // a formula, or something newer than this reader: not the value
                }
            }
        }
        if (inline != null) {
            return inline;
        }
        if (stored == null) {
            return "";
        }
        if (type == null || type.equals("n")) {
            return isDateStyle(style) ? XlsxCellText.date(stored, date1904) : XlsxCellText.number(stored);
        }
        return switch (type) {
            case "s" -> sharedStrings.getItemAt(Integer.parseInt(stored.strip())).getString();
            case "b" -> "1".equals(stored.strip()) ? "TRUE" : "FALSE";
            case "d" -> XlsxCellText.isoDate(stored);
            default -> stored; // str (formula text), e (error such as #N/A)
        };
    }

    /** The text runs of an inline string, without its phonetic guide (rPh). */
    private String inlineString() throws IOException {
        StringBuilder value = new StringBuilder();
        for (int event; (event = sheet.next()) != SheetXmlScanner.DONE; ) {
            if (event == SheetXmlScanner.END && sheet.nameIs("is")) {
                break;
            }
            if (event == SheetXmlScanner.START) {
                if (sheet.nameIs("t")) {
                    value.append(sheet.text());
                } else if (!sheet.nameIs("r")) {
                    sheet.text(); // rPh, phoneticPr, run properties
                }
            }
        }
        return XlsxCellText.unescapeOoxml(value.toString());
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index = Integer.parseInt(style);
        return dateStyles.computeIfAbsent(index, i -> {
            if (i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    /** "C12" → 2. */
    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public long position() {
        return sheetBytes.count();
    }

    /** The uncompressed size of the sheet's XML, the unit {@link #position()} counts in; -1 when unknown. */
    @Override
    public long size() {
        return sheetSize;
    }

    @Override
    public void close() throws IOException {
        try {
            sheetBytes.close();
        } finally {
            workbook.revert();
        }
    }
}
