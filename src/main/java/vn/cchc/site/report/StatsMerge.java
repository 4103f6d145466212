package vn.cchc.site.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.cchc.site.core.Problem;
import vn.cchc.site.stats.Figure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stats merge}: the figures of many wards, read from their {@code build-report.json} or
 * stats JSON, one row per ward and a total row, as a table, JSON, XLSX or Word (for the city
 * department that receives every ward's report).
 */
public final class StatsMerge {
    static final String TOTAL = "Tổng cộng";
    private static final String ACTIVITIES = "Hoạt động ngoài chuyên mục";

    /**
     * Reads the files; a file that is not such a JSON is a problem, reported with its name. From
     * a {@code build-report.json}, the window of {@code year} is taken (the first when null).
     */
    public List<WardFigures> read(List<Path> files, Integer year, List<Problem> problems) {
        List<WardFigures> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files) {
            String name = file.toString();
            JsonNode root;
            try {
                root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(Problem.error(name, 0, "Không đọc được tệp JSON (" + e.getMessage().lines().findFirst()
                        .orElse("") + "). Dùng build-report.json của lệnh build hoặc kết quả stats --format json."));
                continue;
            }
            JsonNode stats = root.has("stats") ? pick(root.get("stats"), year) : root;
            if (stats == null || !stats.has("total")) {
                problems.add(Problem.error(name, 0, "Tệp không có số liệu thống kê" + (year == null ? "" : " năm " + year)
                        + " (cần trường \"total\"). Dùng build-report.json hoặc kết quả stats --format json."));
                continue;
            }
            String ward = root.path("ward").asText(stats.path("ward").asText(""));
            out.add(WardFigures.of(ward.isEmpty() ? file.getFileName().toString() : ward, name, stats));
        }
        return out;
    }

    private static JsonNode pick(JsonNode windows, Integer year) {
        for (JsonNode w : windows) {
            if (year == null || w.path("to").asText().startsWith(year + "-")) {
                return w;
            }
        }
        return null;
    }

    /** The columns: every figure of {@link Figure#TABLE} but the single types summed elsewhere, then activities. */
    static final List<Figure> COLUMNS = List.of(Figure.TIN_BAI, Figure.THONG_BAO, Figure.VAN_BAN, Figure.THU_TUC,
            Figure.QUY_TRINH, Figure.TONG);

    public String table(List<WardFigures> wards) {
        List<WardFigures> rows = withTotal(wards);
        int width = rows.stream().mapToInt(w -> w.ward().length()).max().orElse(10) + 2;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-" + width + "s", "Đơn vị"));
        COLUMNS.forEach(f -> out.append(" | ").append(f == Figure.TONG ? "Tổng số" : f.label()));
        out.append(" | ").append(ACTIVITIES).append('\n');
        for (WardFigures w : rows) {
            out.append(String.format("%-" + width + "s", w.ward()));
            for (Figure f : COLUMNS) {
                String head = f == Figure.TONG ? "Tổng số" : f.label();
                out.append(" | ").append(String.format("%" + head.length() + "d", w.figure(f)));
            }
            out.append(" | ").append(String.format("%" + ACTIVITIES.length() + "d", w.activities())).append('\n');
        }
        out.append("(").append(Figure.TONG.label()).append("; hoạt động ngoài chuyên mục không cộng vào tổng số)\n");
        return out.toString();
    }

    public String json(List<WardFigures> wards) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (WardFigures w : withTotal(wards)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ward", w.ward());
            m.put("file", w.file());
            m.put("label", w.label());
            m.put("figures", w.figures());
            m.put("activities", w.activities());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("wards", list.subList(0, list.size() - 1));
        root.put("total", list.get(list.size() - 1));
        return new StatsJson().write(root);
    }

    public byte[] xlsx(List<WardFigures> wards) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sh = wb.createSheet("Tổng hợp");
            List<String> head = header();
            Row row = sh.createRow(0);
            for (int c = 0; c < head.size(); c++) {
                row.createCell(c).setCellValue(head.get(c));
                sh.setColumnWidth(c, (c == 0 ? 36 : 16) * 256);
            }
            sh.createFreezePane(1, 1);
            int r = 1;
            for (WardFigures w : withTotal(wards)) {
                Row x = sh.createRow(r++);
                x.createCell(0).setCellValue(w.ward());
                int c = 1;
                for (Figure f : COLUMNS) {
                    x.createCell(c++).setCellValue(w.figure(f));
                }
                x.createCell(c).setCellValue(w.activities());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word table in the theme's template ({@code siteRoot} may hold a ward's own). */
    public byte[] docx(List<WardFigures> wards, Path siteRoot) {
        try (XWPFDocument doc = ReportTemplate.open(siteRoot); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxParts parts = new DocxParts(doc);
            parts.centred("TỔNG HỢP SỐ LIỆU TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH", true, false, 0);
            parts.centred(wards.isEmpty() ? "" : "Kỳ báo cáo: " + wards.get(0).label(), false, true, 0)
                    .setSpacingAfter(240);
            List<WardFigures> rows = withTotal(wards);
            List<String> head = header();
            int[] widths = new int[head.size()];
            widths[0] = 45;
            for (int c = 1; c < widths.length; c++) {
                widths[c] = (ReportTemplate.TEXT_MM - 45) / (widths.length - 1);
            }
            XWPFTable t = parts.table(rows.size() + 1, widths, true);
            t.getRow(0).setRepeatHeader(true);
            for (int c = 0; c < head.size(); c++) {
                DocxParts.centred(t.getRow(0).getCell(c).getParagraphs().get(0), head.get(c), true, false, 11);
            }
            for (int r = 0; r < rows.size(); r++) {
                WardFigures w = rows.get(r);
                t.getRow(r + 1).setCantSplitRow(true);
                boolean total = r == rows.size() - 1;
                DocxParts.run(t.getRow(r + 1).getCell(0).getParagraphs().get(0), w.ward(), total, false, 12);
                for (int c = 0; c < COLUMNS.size() + 1; c++) {
                    var p = t.getRow(r + 1).getCell(c + 1).getParagraphs().get(0);
                    p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
                    int v = c < COLUMNS.size() ? w.figure(COLUMNS.get(c)) : w.activities();
                    DocxParts.run(p, String.valueOf(v), total, false, 12);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header() {
        List<String> head = new ArrayList<>();
        head.add("Đơn vị");
        COLUMNS.forEach(f -> head.add(f == Figure.TONG ? "Tổng số tin, bài, văn bản, thông báo, thủ tục, quy trình"
                : f.label()));
        head.add(ACTIVITIES);
        return head;
    }

    private static List<WardFigures> withTotal(List<WardFigures> wards) {
        List<WardFigures> rows = new ArrayList<>(wards);
        rows.add(WardFigures.total(TOTAL, wards));
        return rows;
    }
}
