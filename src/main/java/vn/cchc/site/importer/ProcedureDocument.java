package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a {@code thu-tuc} file made from a list's record: a new file, or an existing one with
 * the owned fields and the import block brought up to date and everything else as the editor left it.
 */
final class ProcedureDocument {
    private ProcedureDocument() {
    }

    /** The import block of {@code r}: a summary line, then steps, ways and papers as Markdown lists. */
    static String block(ProcedureRecord r) {
        StringBuilder md = new StringBuilder();
        md.append(FrontMatterText.markdownText(String.join("; ", ProcedureFields.summary(r)) + ".")).append("\n\n");
        md.append(ImportBlock.section("Trình tự thực hiện", r.steps(), true));
        md.append(ImportBlock.section("Cách thức thực hiện", r.ways(), false));
        md.append(ImportBlock.section("Thành phần hồ sơ", r.papers(), false));
        if (r.url().matches("https?://\\S+")) {
            md.append("Xem chi tiết và nộp hồ sơ trực tuyến trên [Cổng Dịch vụ công quốc gia](<")
                    .append(r.url()).append(">).\n");
        }
        return ImportBlock.wrap(md.toString());
    }

    /**
     * A new file.
     *
     * @param owned  the record's fields ({@link ProcedureFields#of})
     * @param date   {@code yyyy-MM-dd HH:mm}, Vietnam time
     * @param pillar the pillar of procedures, or null when the site has none
     */
    static String create(ProcedureRecord r, Map<String, String> owned, String date, String pillar,
                         List<Problem> problems) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", FrontMatterText.quote(owned.get("title")));
        f.put("type", "thu-tuc");
        f.put("date", date);
        f.put("status", "published");
        if (pillar != null) {
            f.put("pillars", "[" + pillar + "]");
        }
        Map<String, String> rest = new LinkedHashMap<>(owned);
        rest.remove("title");
        if (!rest.containsKey("online")) {
            rest.put("online", "khong");
            problems.add(Problem.warning(r.source(), r.line(), "Danh mục không ghi mức độ trực tuyến của thủ tục "
                    + r.code() + "; ghi tạm 'online: khong'. Sửa trong tệp nếu thủ tục có dịch vụ công trực tuyến."));
        }
        rest.forEach((k, v) -> f.put(k, yaml(k, v)));
        return FrontMatterText.file(f, block(r));
    }

    /** {@code text} with the fields of {@code changed} set and the new block (when it has one). */
    static String update(String text, ProcedureRecord r, Map<String, String> changed) {
        Map<String, String> yaml = new LinkedHashMap<>();
        changed.forEach((k, v) -> yaml.put(k, yaml(k, v)));
        return ImportBlock.replace(FrontMatterText.setFields(text, yaml), block(r));
    }

    /** Choice fields stay bare words (as editors write them); text is quoted. */
    static String yaml(String key, String value) {
        return key.equals("online") || key.equals("change") ? value : FrontMatterText.quote(value);
    }
}
