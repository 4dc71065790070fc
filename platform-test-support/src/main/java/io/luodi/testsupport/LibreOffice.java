package io.luodi.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Opens an export the way a customer's office suite would: Debian's LibreOffice converts it to PDF headless, and
 * the PDF's text and fonts are read back. A file LibreOffice cannot open fails the conversion. Without LibreOffice
 * the calling test is skipped on a developer's machine but fails in CI, where .ci/run installs it.
 */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    /** What the converted PDF shows: its text and the names of the fonts it embeds. */
    public record Rendering(int pages, String text, Set<String> fonts) {

        /** Whether a CJK font drew the page, rather than a Latin font's empty boxes. */
        public boolean usesCjkFont() {
            return fonts.stream().anyMatch(f -> f.contains("CJK") || f.contains("WenQuanYi") || f.contains("Droid")
                    || f.contains("SimSun") || f.contains("SimHei") || f.contains("Noto Sans SC")
                    || f.contains("Noto Serif SC"));
        }
    }

    /**
     * Converts the document to PDF and reads the result.
     *
     * @param fileName a name with the document's extension (.docx, .xlsx), which tells LibreOffice its format
     */
    public static Rendering render(byte[] document, String fileName) {
        boolean installed = Files.isExecutable(SOFFICE);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Debian's libreoffice");
        }
        Assumptions.assumeTrue(installed, "Debian's libreoffice is not installed");
        Path directory = null;
        try {
            directory = Files.createTempDirectory("luodi-libreoffice");
            Path input = directory.resolve(fileName);
            Files.write(input, document);
            // A profile of its own, so conversions running side by side never wait on each other's lock.
            Process process = new ProcessBuilder(SOFFICE.toString(),
                    "-env:UserInstallation=" + directory.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.toString(),
                    input.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("soffice.log").toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice did not finish converting " + fileName);
            }
            Path pdf = directory.resolve(fileName.replaceFirst("\\.[^.]+$", "") + ".pdf");
            if (!Files.exists(pdf)) {
                throw new IllegalStateException("LibreOffice could not open " + fileName + ": "
                        + Files.readString(directory.resolve("soffice.log")));
            }
            return read(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory.toFile());
            }
        }
    }

    private static Rendering read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font != null) {
                        fonts.add(font.getName());
                    }
                }
            }
            return new Rendering(document.getNumberOfPages(), new PDFTextStripper().getText(document), fonts);
        }
    }
}
