package vn.cchc.site.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cchc.site.core.Problem;

/**
 * Checks that the links an editor wrote resolve inside the finished site: pages, {@code #id}
 * anchors, assets and attachments. A link to a draft or a scheduled item counts as broken: it
 * would lead readers to a missing page.
 */
public final class LinkChecker {
    private final LinkTargets targets;

    public LinkChecker(LinkTargets targets) {
        this.targets = targets;
    }

    /**
     * @param file     content file holding the link
     * @param pagePath path of the page the link is on
     * @param target   site-relative target path (empty for the page itself)
     * @param fragment anchor without '#', or empty
     * @param href     the link as written
     * @param line     line in the content file
     */
    public List<Problem> check(String file, String pagePath, String target, String fragment, String href, int line) {
        List<Problem> out = new ArrayList<>();
        String page = target.isEmpty() ? pagePath : target;
        String resolved = targets.resolve(page);
        if (resolved == null) {
            String key = page.endsWith("/") ? page : page + "/";
            String hidden = targets.hidden().get(key);
            if (hidden != null) {
                out.add(Problem.error(file, line, "Liên kết \"" + href + "\" trỏ tới " + hidden + " nên sẽ không mở được. "
                        + "Bỏ liên kết, hoặc đăng bài kia trước."));
            } else {
                out.add(Problem.error(file, line, "Liên kết \"" + href + "\" không trỏ tới trang hoặc tệp nào của trang web. "
                        + "Kiểm tra đường dẫn, ví dụ /tin-tuc/ten-bai/ hoặc /tep/van-ban.pdf."));
            }
            return out;
        }
        if (!fragment.isEmpty()) {
            Set<String> ids = targets.ids().get(resolved);
            if (ids != null && !ids.contains(fragment)) {
                out.add(Problem.error(file, line, "Liên kết \"" + href + "\" trỏ tới mục #" + fragment
                        + " không có trong trang đích."));
            }
        }
        return out;
    }
}
