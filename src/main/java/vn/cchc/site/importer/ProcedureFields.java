package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front-matter fields the importer owns in a {@code thu-tuc} file, made from a list's record:
 * the values a newer list replaces. A field the list leaves empty is not owned (what an editor wrote
 * there stays); a field too long to be one is left out with a warning.
 */
final class ProcedureFields {
    static final int LONGEST = 400;
    static final List<String> REQUIRED = List.of("title", "code", "field", "level", "processing_time", "fee");

    private ProcedureFields() {
    }

    /** Field → plain value, in front-matter order; problems about the record go to {@code problems}. */
    static Map<String, String> of(ProcedureRecord r, List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, r, "title", r.name(), problems);
        put(out, r, "code", r.code(), problems);
        put(out, r, "field", r.field(), problems);
        put(out, r, "level", r.level(), problems);
        put(out, r, "processing_time", r.processingTime(), problems);
        put(out, r, "fee", r.fee(), problems);
        online(r.online()).ifPresentOrElse(v -> out.put("online", v), () -> {
            if (!r.online().isEmpty()) {
                problems.add(Problem.warning(r.source(), r.line(), "Mức độ trực tuyến \"" + r.online()
                        + "\" không rõ (toàn trình, một phần hay không); bỏ qua, giữ giá trị đang có."));
            }
        });
        change(r.change()).ifPresent(v -> out.put("change", v));
        put(out, r, "decision", r.decision(), problems);
        if (r.url().matches("https?://\\S+")) {
            out.put("dvc_url", r.url());
        } else if (!r.url().isEmpty()) {
            problems.add(Problem.warning(r.source(), r.line(), "Đường dẫn \"" + r.url() + "\" không phải địa chỉ web "
                    + "(http:// hoặc https://); bỏ qua."));
        }
        return out;
    }

    /** The fields of {@link #REQUIRED} missing from {@code fields}. */
    static List<String> missing(Map<String, String> fields) {
        return REQUIRED.stream().filter(k -> !fields.containsKey(k)).toList();
    }

    private static void put(Map<String, String> out, ProcedureRecord r, String key, String value,
                            List<Problem> problems) {
        if (value.isEmpty()) {
            return;
        }
        if (value.length() > LONGEST) {
            problems.add(Problem.warning(r.source(), r.line(), "Trường " + key + " của thủ tục " + r.code() + " dài "
                    + value.length() + " ký tự (tối đa " + LONGEST + "), có lẽ là nhiều ô bị dính vào nhau; bỏ qua "
                    + "trường này. Sửa ô trong danh mục hoặc ghi tay vào tệp."));
            return;
        }
        out.put(key, value);
    }

    /** {@code toan-trinh}, {@code mot-phan} or {@code khong} from the list's words, if they say. */
    static Optional<String> online(String words) {
        String f = Column.normalise(words);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (f.contains("toan trinh") || f.matches(".*\\b4\\b.*")) {
            return Optional.of("toan-trinh");
        }
        if (f.contains("mot phan") || f.matches(".*\\b3\\b.*")) {
            return Optional.of("mot-phan");
        }
        if (f.startsWith("khong") || f.matches(".*\\b[12]\\b.*")) {
            return Optional.of("khong");
        }
        return Optional.empty();
    }

    /** {@code moi}, {@code sua-doi} or {@code bai-bo} when the list says so. */
    static Optional<String> change(String words) {
        String f = Column.normalise(words);
        if (f.contains("bai bo")) {
            return Optional.of("bai-bo");
        }
        if (f.contains("sua doi") || f.contains("bo sung") || f.contains("thay the")) {
            return Optional.of("sua-doi");
        }
        if (f.contains("moi")) {
            return Optional.of("moi");
        }
        return Optional.empty();
    }

    /** Whether the record's level is one {@code cap} takes. */
    static boolean atLevel(String level, String cap) {
        String f = " " + Column.normalise(level) + " ";
        return switch (cap) {
            case "all" -> true;
            case "tinh" -> f.contains(" tinh ");
            default -> f.contains(" xa ") || f.contains(" phuong ") || f.contains(" dac khu ");
        };
    }

    /** The record's words joined for the Markdown of the import block. */
    static List<String> summary(ProcedureRecord r) {
        List<String> out = new ArrayList<>();
        if (!r.field().isEmpty()) {
            out.add("Lĩnh vực: " + r.field());
        }
        if (!r.level().isEmpty()) {
            out.add("cấp thực hiện: " + r.level());
        }
        if (!r.processingTime().isEmpty()) {
            out.add("thời hạn giải quyết: " + r.processingTime());
        }
        if (!r.fee().isEmpty()) {
            out.add("phí, lệ phí: " + r.fee());
        }
        return out;
    }
}
