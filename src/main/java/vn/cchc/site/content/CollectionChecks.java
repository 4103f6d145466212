package vn.cchc.site.content;

import vn.cchc.site.core.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks only the whole collection shows: two files with the same URL, a plain page taking the
 * name of a section of the site, an ISO process naming a procedure no file describes.
 */
final class CollectionChecks {
    /** Top-level folders the site itself uses: a plain page may not take their names. */
    static final Set<String> RESERVED = Set.of("tin-tuc", "thong-bao", "van-ban", "thu-tuc",
            "quy-trinh-iso", "luu-tru", "chuyen-de", "the", "thong-ke", "tim-kiem", "admin", "css", "js", "anh", "tep",
            "trang");

    private CollectionChecks() {
    }

    static void uniqueUrls(List<Item> items, List<Problem> problems) {
        Map<String, Item> byPath = new HashMap<>();
        for (Item item : items) {
            if (item.type().section() == Section.TRANG && RESERVED.contains(item.slug())) {
                problems.add(Problem.error(item.file(), 1, "Trang \"" + item.slug() + "\" trùng tên với một mục của "
                        + "trang web (/" + item.slug() + "/). Đổi tên tệp hoặc thêm trường slug khác."));
                continue;
            }
            Item first = byPath.putIfAbsent(item.path(), item);
            if (first != null) {
                problems.add(Problem.error(item.file(), 1, "Trùng đường dẫn /" + item.path() + " với tệp "
                        + first.file() + ". Đổi tên một trong hai tệp hoặc thêm trường slug khác nhau."));
            }
        }
    }

    static void procedureLinks(List<Item> items, List<Problem> problems) {
        Map<String, Item> procedures = new HashMap<>();
        items.stream().filter(i -> i.details() instanceof Details.ThuTuc)
                .forEach(i -> procedures.put(((Details.ThuTuc) i.details()).code(), i));
        for (Item item : items) {
            if (item.details() instanceof Details.QuyTrinh qt && qt.procedure() != null
                    && !procedures.containsKey(qt.procedure())) {
                problems.add(Problem.warning(item.file(), item.bodyLine() - 1, "Quy trình gắn với mã TTHC "
                        + qt.procedure() + " nhưng không có thủ tục nào mang mã này; liên kết sẽ không được tạo."));
            }
        }
    }
}
