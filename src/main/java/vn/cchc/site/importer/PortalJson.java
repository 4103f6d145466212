package vn.cchc.site.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads procedure records as exported from the national public-service portal: one object per
 * file or an array of them, with {@code ma_thu_tuc}, {@code ten_thu_tuc}, {@code linh_vuc},
 * {@code cap_thuc_hien}, {@code so_quyet_dinh}, {@code trinh_tu_thuc_hien},
 * {@code cach_thuc_thuc_hien}, {@code thanh_phan_ho_so}, {@code detail_url} (and, when present,
 * {@code thoi_han_giai_quyet}, {@code phi_le_phi}, {@code muc_do}, {@code tinh_trang}). The
 * processing time and fee missing from a record are read from the table text of
 * {@code cach_thuc_thuc_hien}, where the portal puts them.
 */
final class PortalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern TIME = Pattern.compile(
            "(?iu)(ngay trong ngày(?: làm việc)?|\\d+(?:[.,]\\d+)?\\s*(?:ngày làm việc|ngày|giờ làm việc|giờ))");
    private static final Pattern FEE = Pattern.compile(
            "(?iu)((?:lệ phí|phí)\\s*:\\s*(?:[\\d.,]+\\s*(?:đồng|vnđ)(?:\\s*/\\s*[\\p{L}]+(?:\\s[\\p{L}]+)?)?|không))");
    private static final List<String> WAYS = List.of("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính");

    private PortalJson() {
    }

    static void read(String source, byte[] bytes, List<ProcedureRecord> out, List<Problem> problems) {
        String text;
        try {
            text = SourceText.decode(bytes);
        } catch (SourceText.NotUtf8Exception e) {
            problems.add(Problem.error(source, e.line(), "Tệp JSON không phải UTF-8. Xuất lại hoặc lưu với mã hóa UTF-8."));
            return;
        }
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            parser.setCodec(MAPPER);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                record(source, parser, out, problems);
            } else if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    record(source, parser, out, problems);
                }
            } else {
                problems.add(Problem.error(source, 1, "Tệp JSON phải là một bản ghi thủ tục { ... } hoặc danh sách "
                        + "[ { ... }, ... ] xuất từ Cổng Dịch vụ công quốc gia."));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(Problem.error(source, line, "Tệp JSON sai cú pháp (" + e.getOriginalMessage()
                    + "). Kiểm tra dấu ngoặc và dấu phẩy, hoặc xuất lại tệp."));
        } catch (java.io.IOException e) {
            problems.add(Problem.error(source, 1, "Không đọc được tệp JSON (" + e.getMessage() + ")."));
        }
    }

    private static void record(String source, JsonParser parser, List<ProcedureRecord> out, List<Problem> problems)
            throws java.io.IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node = parser.readValueAsTree();
        Optional<String> code = ProcedureTable.code(text(node, "ma_thu_tuc").replaceAll("\\s+", ""));
        if (code.isEmpty()) {
            problems.add(Problem.warning(source, line, "Bản ghi không có ma_thu_tuc hợp lệ (như 1.001193); bỏ qua."));
            return;
        }
        String ways = text(node, "cach_thuc_thuc_hien");
        String time = CleanText.line(text(node, "thoi_han_giai_quyet"));
        String fee = CleanText.line(text(node, "phi_le_phi"));
        String online = CleanText.line(text(node, "muc_do"));
        if (time.isEmpty()) {
            time = first(TIME, ways);
        }
        if (fee.isEmpty()) {
            fee = first(FEE, ways).replaceAll("\\s*:\\s*", ": ").replace("Đồng", "đồng");
        }
        if (online.isEmpty() && ways.contains("Trực tuyến")) {
            online = "Một phần";
        }
        out.add(new ProcedureRecord(source, line, code.get(), CleanText.line(text(node, "ten_thu_tuc")),
                CleanText.line(text(node, "linh_vuc")), CleanText.line(text(node, "cap_thuc_hien")),
                CleanText.line(text(node, "so_quyet_dinh")), online, time, fee,
                CleanText.line(text(node, "tinh_trang")), CleanText.entries(text(node, "trinh_tu_thuc_hien")),
                ways(ways), CleanText.papers(text(node, "thanh_phan_ho_so")),
                CleanText.line(text(node, "detail_url"))));
    }

    /** The kinds of submission named in the portal's table text, or its entries when it is a list. */
    private static List<String> ways(String raw) {
        String text = CleanText.line(raw);
        if (!text.contains("Hình thức nộp")) {
            return CleanText.entries(raw);
        }
        return WAYS.stream().filter(text::contains).toList();
    }

    private static String first(Pattern p, String raw) {
        Matcher m = p.matcher(CleanText.line(raw));
        if (!m.find()) {
            return "";
        }
        String v = m.group(1).strip();
        return v.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + v.substring(1);
    }

    /** A field as text: a string, a number, or the lines of an array of them. */
    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(e.isValueNode() ? e.asText() : e.toString()));
            return String.join("\n", parts);
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
