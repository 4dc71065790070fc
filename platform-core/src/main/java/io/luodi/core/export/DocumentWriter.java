package io.luodi.core.export;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a Word document the way every Luodi export does: A4 with the margins Chinese documents use, Chinese in
 * an East Asian font (宋体 body, 黑体 headings) so it never falls back to a Latin font's square boxes, headings
 * numbered 1, 1.1, 1.1.1 that Word's navigation pane lists, tables whose header row repeats on every page, and
 * page numbers in the footer.
 */
public final class DocumentWriter {

    public static final String BODY_FONT = "SimSun";
    public static final String HEADING_FONT = "SimHei";
    public static final String LATIN_FONT = "Calibri";

    /** A4 in twentieths of a point, and the 2.54 cm / 3.17 cm margins of Word's Chinese default. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN_TOP_BOTTOM = 1440;
    private static final long MARGIN_SIDES = 1800;

    private static final long TEXT_WIDTH = A4_WIDTH - 2 * MARGIN_SIDES;

    private static final int BODY_HALF_POINTS = 21;
    private static final int[] HEADING_HALF_POINTS = {32, 28, 24};
    private static final String HEADER_SHADING = "D9E2F3";

    /** Characters XML 1.0 cannot carry; a legacy value holding one would make the whole file unreadable. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final XWPFDocument document = new XWPFDocument();
    private final BigInteger headingNumbering;

    private DocumentWriter() {
        pageSetup();
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setHint(STHint.EAST_ASIA);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        headingNumbering = headingNumbering();
        for (int level = 1; level <= HEADING_HALF_POINTS.length; level++) {
            styles.addStyle(headingStyle(level));
        }
        pageNumberFooter();
    }

    /** An empty A4 document. */
    public static DocumentWriter a4() {
        return new DocumentWriter();
    }

    /**
     * A cover page: the title large and centred, a subtitle, a table of facts (project, customer, version, date …)
     * and a page break.
     */
    public DocumentWriter cover(String title, String subtitle, List<Fact> facts) {
        XWPFParagraph top = document.createParagraph();
        top.setSpacingBefore(3600);
        top.setAlignment(ParagraphAlignment.CENTER);
        styled(top.createRun(), title, HEADING_FONT, 44, true);
        if (subtitle != null && !subtitle.isBlank()) {
            XWPFParagraph sub = document.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            sub.setSpacingAfter(1200);
            styled(sub.createRun(), subtitle, HEADING_FONT, 32, false);
        }
        facts(facts);
        return pageBreak();
    }

    /** A numbered heading; level 1 to 3. */
    public DocumentWriter heading(int level, String text) {
        if (level < 1 || level > HEADING_HALF_POINTS.length) {
            throw new IllegalArgumentException("heading level " + level);
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.setNumID(headingNumbering);
        paragraph.setNumILvl(BigInteger.valueOf(level - 1));
        styled(paragraph.createRun(), text, HEADING_FONT, HEADING_HALF_POINTS[level - 1], true);
        return this;
    }

    /** Body text; each line of a multi-line text becomes its own paragraph. Blank text writes nothing. */
    public DocumentWriter text(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String line : text.strip().split("\\R")) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(120);
            styled(paragraph.createRun(), line, BODY_FONT, BODY_HALF_POINTS, false);
        }
        return this;
    }

    /** A line in a muted italic, for "none recorded" and similar. */
    public DocumentWriter note(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = styled(paragraph.createRun(), text, BODY_FONT, BODY_HALF_POINTS, false);
        run.setItalic(true);
        run.setColor("595959");
        return this;
    }

    /**
     * A full-width table with a shaded header row that repeats on every page.
     *
     * @param widths each column's share of the width in percent
     */
    public DocumentWriter table(List<String> headers, List<Integer> widths, List<? extends List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        columnWidths(table, widths);
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < headers.size(); column++) {
            XWPFTableCell cell = header.getCell(column);
            cell.setColor(HEADER_SHADING);
            cell.setWidth(widths.get(column) + "%");
            cellText(cell, headers.get(column), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            List<String> values = rows.get(r);
            for (int column = 0; column < headers.size(); column++) {
                XWPFTableCell cell = row.getCell(column);
                cell.setWidth(widths.get(column) + "%");
                cellText(cell, column < values.size() ? values.get(column) : null, false);
            }
        }
        spacer();
        return this;
    }

    /** A two-column table of labels and values without a header row. */
    public DocumentWriter facts(List<Fact> facts) {
        if (facts.isEmpty()) {
            return this;
        }
        XWPFTable table = document.createTable(facts.size(), 2);
        table.setWidth("100%");
        columnWidths(table, List.of(30, 70));
        for (int r = 0; r < facts.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            XWPFTableCell label = row.getCell(0);
            label.setColor(HEADER_SHADING);
            label.setWidth("30%");
            cellText(label, facts.get(r).label(), true);
            row.getCell(1).setWidth("70%");
            cellText(row.getCell(1), facts.get(r).value(), false);
        }
        spacer();
        return this;
    }

    public DocumentWriter pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    public byte[] toBytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A label and its value, for cover pages and document facts. */
    public record Fact(String label, String value) {
    }

    private void cellText(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        XWPFRun run = styled(paragraph.createRun(), null, BODY_FONT, BODY_HALF_POINTS, bold);
        if (text == null) {
            return;
        }
        String[] lines = clean(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** Word reads the cells' widths, LibreOffice the table grid's: both are set. */
    private static void columnWidths(XWPFTable table, List<Integer> percents) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH * percent / 100));
        }
    }

    private void spacer() {
        document.createParagraph().setSpacingAfter(120);
    }

    private static XWPFRun styled(XWPFRun run, String text, String eastAsianFont, int halfPoints, boolean bold) {
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(halfPoints / 2.0);
        run.setBold(bold);
        if (text != null) {
            run.setText(clean(text));
        }
        return run;
    }

    private static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(A4_WIDTH));
        section.getPgSz().setH(BigInteger.valueOf(A4_HEIGHT));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDES));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDES));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    /** "1", "1.1", "1.1.1" for the three heading levels, restarting below a higher heading. */
    private BigInteger headingNumbering() {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        String pattern = "";
        for (int level = 0; level < HEADING_HALF_POINTS.length; level++) {
            pattern = level == 0 ? "%1" : pattern + ".%" + (level + 1);
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(pattern);
            lvl.addNewPStyle().setVal("Heading" + (level + 1));
        }
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    /** Word's built-in heading styles by name, so the navigation pane and a table of contents find them. */
    private static XWPFStyle headingStyle(int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewKeepLines();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(HEADING_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
        return new XWPFStyle(style);
    }

    private void pageNumberFooter() {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
    }
}
