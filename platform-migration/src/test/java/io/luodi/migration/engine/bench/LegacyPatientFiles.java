package io.luodi.migration.engine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Writes legacy HIS patient exports like {@code /work/shared/data/his-patients-sample/patients.csv} — same 11
 * columns, CRLF, the same kinds of dirt — of any size, deterministically from a seed, streaming, and knows its own
 * truth: which lines a correct migration rejects and why, which are duplicates, how many load and the balance sum.
 *
 * <p>Every rejected line carries exactly one defect and duplicates repeat the id of an earlier clean line while
 * being clean themselves, so the truth does not depend on the order in which an engine checks things. Under
 * keep-first de-duplication the later line is the one removed.
 */
public final class LegacyPatientFiles {

    public static final String HEADER = "病人编号,姓名,性别,出生日期,身份证号,联系电话,住址,医保类型,账户余额,建档时间,备注";

    /**
     * @param charset GBK, GB18030 or UTF-8
     * @param bom write a UTF-8 byte-order mark (UTF-8 only)
     * @param dirtShare share of lines with a defect that must reject them
     * @param duplicateShare share of lines repeating an earlier clean patient id
     * @param dirtier also quoted remarks with commas and quotes, full-width digits in balances, names padded with
     *                ideographic spaces, impossible 30 February; and with GB18030/UTF-8, names outside GBK
     */
    public record Options(long rows, long seed, Charset charset, boolean bom, double dirtShare, double duplicateShare,
                          boolean dirtier) {

        /** Like the sample: GBK, 2% dirt, no duplicates beyond chance, the sample's kinds of dirt only. */
        public static Options likeSample(long rows, long seed) {
            return new Options(rows, seed, Charset.forName("GBK"), false, 0.02, 0.0, false);
        }

        public static Options dirtier(long rows, long seed, Charset charset, boolean bom) {
            return new Options(rows, seed, charset, bom, 0.05, 0.01, true);
        }
    }

    /**
     * What a correct migration concludes, in the shape of the sample's {@code truth.json}.
     *
     * @param rejected line → {@code reason:source column}
     * @param duplicates lines removed as repeats of an earlier clean line's patient id
     */
    public record Truth(long rows, long clean, BigDecimal balanceTotal, TreeMap<Long, String> rejected,
                        List<Long> duplicates, String encoding) {

        public String toJson() {
            StringBuilder json = new StringBuilder("{\n \"rejected\": {");
            String separator = "\n";
            for (var entry : rejected.entrySet()) {
                json.append(separator).append("  \"").append(entry.getKey()).append("\": \"")
                        .append(entry.getValue()).append('"');
                separator = ",\n";
            }
            json.append("\n },\n \"duplicates\": ").append(duplicates).append(",\n \"clean\": ").append(clean)
                    .append(",\n \"balance_total\": \"").append(balanceTotal.toPlainString())
                    .append("\",\n \"rows\": ").append(rows).append(",\n \"encoding\": \"").append(encoding)
                    .append("\"\n}\n");
            return json.toString();
        }
    }

    /** One clean patient as the target should hold it after migration (gender and insurance still as codes). */
    public record Patient(String id, String name, String gender, LocalDate birthDate, String idCard, String phone,
                          String address, String insurance, BigDecimal balance, LocalDateTime createdAt,
                          String remarks) {
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣悦思雨晨阳博文轩梓涵一诺子豪佳怡浩然";
    private static final String[][] REGIONS = {
            {"110105", "北京市朝阳区"}, {"310115", "上海市浦东新区"}, {"440106", "广州市天河区"},
            {"330106", "杭州市西湖区"}, {"510107", "成都市武侯区"}, {"420111", "武汉市洪山区"},
            {"610113", "西安市雁塔区"}, {"320102", "南京市玄武区"}};
    private static final String[] STREETS = {"中山路", "人民路", "解放大道", "长江路", "建设路", "朝阳路", "滨江路",
            "学府路"};
    private static final String[] INSURANCE = {"01", "02", "03", "04", "99"};
    private static final String[] REMARKS = {"", "", "", "高血压随访", "过敏史:青霉素", "VIP", "家属代办", "糖尿病"};
    private static final String[] DIRTY_REMARKS = {"他说\"下周复诊\"", "转院,已告知", "住院号:2019,0001"};
    private static final String CONTROL = "\u0007\u001b";
    private static final String[] BAD_NUMBERS = {"12,3a", "N/A", "--", "1.2.3", "壹佰"};
    private static final String[] BAD_DATES = {"1985-13-45", "未知", "0000-00-00", "19851345"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_DIGITS = "10X98765432";
    private static final int RECENT = 256;

    private LegacyPatientFiles() {
    }

    /** Writes the file and returns its truth. */
    public static Truth write(Path file, Options options) throws IOException {
        return write(file, options, patient -> { });
    }

    /**
     * Writes the file; {@code cleanPatients} hears every line that a correct migration loads, in file order (the
     * benchmark writes them as an already-clean file).
     */
    public static Truth write(Path file, Options options, Consumer<Patient> cleanPatients) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (options.bom()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, options.charset()), 1 << 16);
            Truth truth = new Generator(options, writer, cleanPatients).run();
            writer.flush();
            return truth;
        }
    }

    private static final class Generator {
        private final Options options;
        private final Writer out;
        private final Consumer<Patient> cleanPatients;
        private final SplittableRandom random;
        private final boolean rareNames;
        private final String[] recentCleanIds = new String[RECENT];
        private int recentCount;
        private final StringBuilder line = new StringBuilder(256);

        Generator(Options options, Writer out, Consumer<Patient> cleanPatients) {
            this.options = options;
            this.out = out;
            this.cleanPatients = cleanPatients;
            this.random = new SplittableRandom(options.seed());
            this.rareNames = options.dirtier() && !options.charset().name().equalsIgnoreCase("GBK");
        }

        Truth run() throws IOException {
            out.write(HEADER);
            out.write("\r\n");
            TreeMap<Long, String> rejected = new TreeMap<>();
            List<Long> duplicates = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            long clean = 0;
            for (long row = 1; row <= options.rows(); row++) {
                long lineNumber = row + 1;
                Patient patient = patient(row);
                boolean duplicate = recentCount > 0 && random.nextDouble() < options.duplicateShare();
                if (duplicate) {
                    patient = withId(patient, recentCleanIds[random.nextInt(Math.min(recentCount, RECENT))]);
                    duplicates.add(lineNumber);
                    writeLine(patient, null);
                    continue;
                }
                Defect defect = random.nextDouble() < options.dirtShare() ? Defect.values()[random.nextInt(4)] : null;
                if (defect != null) {
                    rejected.put(lineNumber, defect.truth);
                    writeLine(patient, defect);
                    continue;
                }
                writeLine(patient, null);
                recentCleanIds[recentCount++ % RECENT] = patient.id();
                clean++;
                total = total.add(patient.balance());
                cleanPatients.accept(patient);
            }
            String encoding = options.charset().name().toLowerCase();
            return new Truth(options.rows(), clean, total, rejected, duplicates, encoding);
        }

        private Patient patient(long row) {
            String id = "P" + pad(row, 8);
            String name = name();
            boolean male = random.nextBoolean();
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(31_000));
            String[] region = REGIONS[random.nextInt(REGIONS.length)];
            int sequence = random.nextInt(50) * 2 + (male ? 1 : 0);
            String first17 = region[0] + birth.toString().replace("-", "") + pad(random.nextInt(10), 1)
                    + pad(sequence, 2);
            String idCard = first17 + checkDigit(first17);
            String phone = "1" + (3 + random.nextInt(7)) + pad(random.nextLong(1_000_000_000L), 9);
            String address = region[1] + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(999)) + "号";
            String insurance = INSURANCE[random.nextInt(INSURANCE.length)];
            BigDecimal balance = BigDecimal.valueOf(random.nextLong(5_000_000L), 2);
            LocalDateTime created = LocalDateTime.of(2005, 1, 1, 0, 0).plusSeconds(random.nextLong(600_000_000L));
            String remarks = REMARKS[random.nextInt(REMARKS.length)];
            return new Patient(id, name, male ? "1" : "2", birth, idCard, phone, address, insurance, balance,
                    created, remarks);
        }

        private String name() {
            StringBuilder name = new StringBuilder(3);
            name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            if (rareNames && random.nextInt(50) == 0) {
                return name.append('䶮').toString(); // U+4DAE: in GB18030 and Unicode, not in GBK
            }
            int given = random.nextInt(3) == 0 ? 1 : 2;
            for (int i = 0; i < given; i++) {
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            return name.toString();
        }

        private void writeLine(Patient p, Defect defect) throws IOException {
            StringBuilder l = line;
            l.setLength(0);
            l.append(p.id()).append(',');
            l.append(defect == Defect.BLANK_NAME ? blankName() : paddedName(p.name())).append(',');
            l.append(p.gender()).append(',');
            l.append(defect == Defect.BAD_DATE ? badDate(p.birthDate()) : legacyDate(p.birthDate())).append(',');
            l.append(defect == Defect.BAD_CHECKSUM ? wrongCheckDigit(p.idCard()) : p.idCard()).append(',');
            l.append(p.phone()).append(',');
            l.append(p.address()).append(',');
            l.append(p.insurance()).append(',');
            l.append(defect == Defect.BAD_NUMBER ? quoted(BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)])
                    : legacyBalance(p.balance())).append(',');
            l.append(p.createdAt().toLocalDate()).append(' ').append(time(p.createdAt())).append(',');
            l.append(legacyRemarks(p.remarks()));
            l.append("\r\n");
            out.append(l);
        }

        private String blankName() {
            return switch (random.nextInt(options.dirtier() ? 3 : 1)) {
                case 0 -> "  ";
                case 1 -> "\u3000";
                default -> "";
            };
        }

        private String paddedName(String name) {
            if (options.dirtier() && random.nextInt(40) == 0) {
                return "\u3000" + name + " ";
            }
            return name;
        }

        private String legacyDate(LocalDate date) {
            int y = date.getYear();
            int m = date.getMonthValue();
            int d = date.getDayOfMonth();
            return switch (random.nextInt(4)) {
                case 0 -> date.toString();
                case 1 -> y + "/" + m + "/" + d;
                case 2 -> y + pad(m, 2) + pad(d, 2);
                default -> y + "年" + m + "月" + d + "日";
            };
        }

        private String badDate(LocalDate date) {
            if (options.dirtier() && random.nextInt(3) == 0) {
                return date.getYear() + "-02-30";
            }
            return BAD_DATES[random.nextInt(BAD_DATES.length)];
        }

        private String legacyBalance(BigDecimal balance) {
            String plain = balance.toPlainString();
            int kind = random.nextInt(10);
            if (kind == 0 && balance.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                return '"' + String.format(Locale.ROOT, "%,.2f", balance) + '"';
            }
            if (kind == 1 && options.dirtier()) {
                return toFullWidthDigits(plain);
            }
            return plain;
        }

        private String legacyRemarks(String remarks) {
            String text = remarks;
            if (options.dirtier() && random.nextInt(30) == 0) {
                text = DIRTY_REMARKS[random.nextInt(DIRTY_REMARKS.length)];
            }
            if (random.nextInt(100) < 2) {
                text = text + CONTROL;
            }
            return quoted(text);
        }

        private String wrongCheckDigit(String idCard) {
            char right = idCard.charAt(17);
            char wrong = CHECK_DIGITS.charAt(random.nextInt(CHECK_DIGITS.length()));
            if (wrong == right) {
                wrong = CHECK_DIGITS.charAt((CHECK_DIGITS.indexOf(right) + 1) % CHECK_DIGITS.length());
            }
            return idCard.substring(0, 17) + wrong;
        }

        private static Patient withId(Patient p, String id) {
            return new Patient(id, p.name(), p.gender(), p.birthDate(), p.idCard(), p.phone(), p.address(),
                    p.insurance(), p.balance(), p.createdAt(), p.remarks());
        }
    }

    /** The defects that reject a line, with the reason and source column the truth names. */
    private enum Defect {
        BLANK_NAME("blank_required:姓名"),
        BAD_NUMBER("bad_number:账户余额"),
        BAD_DATE("bad_date:出生日期"),
        BAD_CHECKSUM("bad_checksum:身份证号");

        final String truth;

        Defect(String truth) {
            this.truth = truth;
        }
    }

    /** The GB 11643 check character of the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_DIGITS.charAt(sum % 11);
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String toFullWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    private static String time(LocalDateTime at) {
        return pad(at.getHour(), 2) + ":" + pad(at.getMinute(), 2) + ":" + pad(at.getSecond(), 2);
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** A charset by the truth's name for it ({@code gbk}, {@code gb18030}, {@code utf-8}). */
    public static Charset charset(String name) {
        return name.equalsIgnoreCase("utf-8") ? StandardCharsets.UTF_8 : Charset.forName(name);
    }
}
