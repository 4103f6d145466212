package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;
import vn.cchc.site.content.ContentType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the header of a procedure sheet (the row naming the most known columns among the first
 * rows; columns it leaves unnamed take the name of the row above, for two-row headers under merged
 * cells) and turns the rows below it into {@link ProcedureRecord}s. A row holding one cell only is a
 * group heading ("I. Lĩnh vực Hộ tịch") and gives the field of the rows under it that have none.
 */
final class ProcedureTable {
    private static final int HEADER_SEARCH = 20;
    /** The schema's pattern of a procedure code, found anywhere in a cell. */
    private static final java.util.regex.Pattern CODE = ContentType.THU_TUC.schema().field("code").orElseThrow().pattern();

    private ProcedureTable() {
    }

    static void read(String source, List<TableRows.Line> rows, List<ProcedureRecord> out, List<Problem> problems) {
        int header = -1;
        Map<Column, Integer> columns = Map.of();
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH); r++) {
            Map<Column, Integer> found = columns(rows, r);
            if (found.containsKey(Column.CODE) && found.containsKey(Column.NAME) && found.size() > columns.size()) {
                header = r;
                columns = found;
            }
        }
        if (header < 0) {
            problems.add(Problem.error(source, 1, "Không tìm thấy dòng tiêu đề có cột \"Mã thủ tục\" (hoặc \"Mã số\") "
                    + "và \"Tên thủ tục\" trong " + HEADER_SEARCH + " dòng đầu. Kiểm tra đây có đúng là danh mục thủ tục "
                    + "hành chính không (no header row found)."));
            return;
        }
        String group = "";
        for (int r = header + 1; r < rows.size(); r++) {
            TableRows.Line row = rows.get(r);
            if (row.blank()) {
                continue;
            }
            List<String> filled = row.cells().stream().filter(c -> !c.isBlank()).distinct().toList();
            String codeText = row.cell(columns.get(Column.CODE)).replaceAll("\\s+", "");
            Optional<String> code = code(codeText);
            if (code.isEmpty() && filled.size() == 1) {
                group = groupField(filled.get(0));
                continue;
            }
            if (code.isEmpty()) {
                problems.add(Problem.warning(source, row.line(), "Dòng này không có mã thủ tục hợp lệ (như 1.001193 "
                        + "hoặc 1.001193.000.00.00.H31)" + (codeText.isEmpty() ? "" : ", ô mã ghi \"" + codeText + "\"")
                        + "; bỏ qua dòng. Sửa mã trong danh mục rồi nhập lại."));
                continue;
            }
            out.add(record(source, row, columns, code.get(), group));
        }
    }

    private static ProcedureRecord record(String source, TableRows.Line row, Map<Column, Integer> columns, String code,
                                          String group) {
        String field = text(row, columns, Column.FIELD);
        return new ProcedureRecord(source, row.line(), code, text(row, columns, Column.NAME),
                field.isEmpty() ? group : field, text(row, columns, Column.LEVEL), text(row, columns, Column.DECISION),
                text(row, columns, Column.ONLINE), text(row, columns, Column.TIME), text(row, columns, Column.FEE),
                text(row, columns, Column.CHANGE), CleanText.entries(raw(row, columns, Column.STEPS)),
                CleanText.entries(raw(row, columns, Column.WAYS)), CleanText.papers(raw(row, columns, Column.PAPERS)),
                text(row, columns, Column.URL));
    }

    /** The first procedure code in {@code text}, if any. */
    static Optional<String> code(String text) {
        Matcher m = CODE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String raw(TableRows.Line row, Map<Column, Integer> columns, Column c) {
        Integer at = columns.get(c);
        return at == null ? "" : row.cell(at);
    }

    private static String text(TableRows.Line row, Map<Column, Integer> columns, Column c) {
        return CleanText.line(raw(row, columns, c));
    }

    /** "I. LĨNH VỰC HỘ TỊCH" → "Hộ tịch"; other headings give no field. */
    private static String groupField(String heading) {
        String text = CleanText.line(heading).replaceFirst("^[IVXLC\\d]+[.)]\\s*", "");
        String folded = Column.normalise(text);
        if (!folded.startsWith("linh vuc ")) {
            return "";
        }
        String rest = text.replaceFirst("^\\S+\\s+\\S+\\s*:?\\s*", "").strip();
        return rest.isEmpty() ? "" : rest.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + rest.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Columns named in row {@code r}, or in the row above for cells that name none. */
    private static Map<Column, Integer> columns(List<TableRows.Line> rows, int r) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        TableRows.Line row = rows.get(r);
        for (int c = 0; c < row.cells().size(); c++) {
            Optional<Column> col = Column.of(row.cell(c));
            if (col.isEmpty() && r > 0) {
                col = Column.of(rows.get(r - 1).cell(c));
            }
            int index = c;
            col.ifPresent(k -> found.putIfAbsent(k, index));
        }
        return found;
    }
}
