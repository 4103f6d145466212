package vn.cchc.site.importer;

import java.util.List;

/**
 * One procedure as a list gives it, text already cleaned; empty strings and lists where the list
 * says nothing.
 *
 * @param source         the list file, as shown in messages
 * @param line           its line (row of a sheet, line of a CSV or JSON file)
 * @param code           mã TTHC, as the list writes it ({@code 1.001193} or the long form)
 * @param name           tên thủ tục
 * @param field          lĩnh vực
 * @param level          cấp thực hiện, as written ("Cấp xã")
 * @param decision       quyết định công bố
 * @param online         the list's words for the online level, as written
 * @param processingTime thời hạn giải quyết
 * @param fee            phí, lệ phí
 * @param change         the list's words for the change (mới, sửa đổi, bãi bỏ), as written
 * @param steps          trình tự thực hiện, one entry per step
 * @param ways           cách thức thực hiện
 * @param papers         thành phần hồ sơ, one entry per paper
 * @param url            the procedure's page on the national portal
 */
record ProcedureRecord(String source, int line, String code, String name, String field, String level,
                       String decision, String online, String processingTime, String fee, String change,
                       List<String> steps, List<String> ways, List<String> papers, String url) {

    ProcedureRecord {
        steps = List.copyOf(steps);
        ways = List.copyOf(ways);
        papers = List.copyOf(papers);
    }

    /** {@code source:line}, for messages. */
    String where() {
        return source + ":" + line;
    }
}
