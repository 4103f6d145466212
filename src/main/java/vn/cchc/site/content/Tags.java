package vn.cchc.site.content;

import vn.cchc.site.core.Problem;

import java.util.ArrayList;
import java.util.List;

/** The tags of an item that can have a page: a tag without a letter or digit ({@code !!!}) has no URL. */
final class Tags {
    private Tags() {
    }

    /** {@code tags} without those whose slug is empty, each of which gets a warning at {@code line}. */
    static List<String> withPages(List<String> tags, String file, int line, List<Problem> problems) {
        List<String> out = new ArrayList<>(tags.size());
        for (String tag : tags) {
            if (Slugs.slugify(tag).isEmpty()) {
                problems.add(Problem.warning(file, line, "Đã bỏ thẻ '" + tag + "': thẻ phải có ít nhất một chữ cái "
                        + "hoặc chữ số để làm đường dẫn trang thẻ."));
            } else {
                out.add(tag);
            }
        }
        return out.size() == tags.size() ? tags : List.copyOf(out);
    }
}
