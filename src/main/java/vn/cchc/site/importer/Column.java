package vn.cchc.site.importer;

import vn.cchc.site.content.VietnameseText;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a procedure list, recognised by their Vietnamese headers with diacritics, case,
 * punctuation and spacing folded: "Mã  thủ tục", "MÃ SỐ", "Phí, lệ phí" and "phi le phi" all match.
 */
enum Column {
    CODE("ma thu tuc", "ma so", "ma tthc", "ma"),
    NAME("ten thu tuc", "ten tthc", "ten thu tuc hanh chinh"),
    FIELD("linh vuc"),
    LEVEL("cap thuc hien", "cap"),
    DECISION("quyet dinh cong bo", "so quyet dinh", "quyet dinh"),
    ONLINE("muc do", "dich vu cong truc tuyen", "dvc truc tuyen", "dvctt"),
    TIME("thoi han giai quyet", "thoi han"),
    FEE("phi le phi", "le phi", "phi"),
    CHANGE("tinh trang", "loai cong bo", "hinh thuc cong bo"),
    STEPS("trinh tu thuc hien"),
    WAYS("cach thuc thuc hien"),
    PAPERS("thanh phan ho so"),
    URL("duong dan", "lien ket", "detail url");

    private final List<String> aliases;

    Column(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The column a header names, if any: a folded alias, alone or followed by more words. */
    static Optional<Column> of(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (Column c : values()) {
            for (String a : c.aliases) {
                if (h.equals(a) || h.startsWith(a + " ")) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** Folded ({@link VietnameseText#fold}), every run of other characters one space. */
    static String normalise(String text) {
        return VietnameseText.fold(CleanText.line(text)).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
