package vn.cchc.site.bake;

import vn.cchc.site.check.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Broken links found in template output, reported once per template and link (a broken menu link
 * would otherwise be listed once for every page).
 */
final class TemplateLinks {
    /** A link of a rendered page that leads nowhere. */
    record Broken(String template, String page, String link) {
    }

    private TemplateLinks() {
    }

    static List<Problem> summarise(List<Broken> broken) {
        Map<String, List<Broken>> byKey = new LinkedHashMap<>();
        broken.stream().sorted(java.util.Comparator.comparing(Broken::template).thenComparing(Broken::page))
                .forEach(b -> byKey.computeIfAbsent(b.template() + "\u0000" + b.link().replace("../", ""),
                        k -> new ArrayList<>()).add(b));
        List<Problem> out = new ArrayList<>();
        for (List<Broken> group : byKey.values()) {
            Broken first = group.get(0);
            String others = group.size() > 1 ? " (và " + (group.size() - 1) + " trang khác)" : "";
            out.add(Problem.error("templates/" + first.template(), 0, "Trang /" + first.page() + others
                    + " có liên kết \"" + first.link() + "\" không trỏ tới trang hoặc tệp nào của trang web. "
                    + "Sửa mẫu trang (broken link in template output)."));
        }
        return out;
    }
}
