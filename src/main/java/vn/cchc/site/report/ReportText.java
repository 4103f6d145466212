package vn.cchc.site.report;

import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sentences of the report, in the wording of the wards' reports, each figure named as the
 * glossary ({@link Figure}) names it. Shared by the full report and the short Word insert.
 */
final class ReportText {
    private ReportText() {
    }

    /** "Trong năm 2025, chuyên mục … đã đăng tải 11 tin, bài …; tổng số tin, bài, …: 29." */
    static String column(Stats s, SiteConfig config) {
        StringBuilder out = new StringBuilder();
        out.append("Trong ").append(s.period().label()).append(", chuyên mục “").append(config.title())
                .append("” trên Cổng thông tin điện tử ").append(config.ward()).append(" đã đăng tải ")
                .append(Figure.TIN_BAI.of(s)).append(" tin, bài tuyên truyền về cải cách hành chính (")
                .append(s.count("tin")).append(" tin, ").append(s.count("bai")).append(" bài viết)");
        if (s.count("thong-bao") > 0) {
            out.append("; ").append(s.count("thong-bao")).append(" thông báo");
        }
        if (s.count("van-ban") > 0) {
            out.append("; công khai ").append(s.count("van-ban")).append(" văn bản chỉ đạo, điều hành");
        }
        if (s.count("thu-tuc") > 0) {
            Map<String, Integer> c = s.byChange();
            out.append("; cập nhật ").append(s.count("thu-tuc")).append(" thủ tục hành chính (mới ban hành ")
                    .append(c.getOrDefault("moi", 0)).append(", sửa đổi, bổ sung ").append(c.getOrDefault("sua-doi", 0))
                    .append(", bãi bỏ ").append(c.getOrDefault("bai-bo", 0)).append(")");
        }
        if (s.count("quy-trinh") > 0) {
            out.append("; ").append(s.count("quy-trinh")).append(" quy trình ISO 9001:2015");
        }
        out.append(". ").append(Figure.TONG.label()).append(" đã đăng tải: ").append(s.total()).append('.');
        return out.toString();
    }

    /** One sentence per target: "So với chỉ tiêu kế hoạch về tin, bài (50), đã thực hiện 11, đạt 22%." */
    static List<String> targets(Stats s) {
        List<String> out = new ArrayList<>();
        for (Stats.Target t : s.targets()) {
            out.add("So với chỉ tiêu kế hoạch về " + t.inSentence() + " (" + t.target() + "), đã thực hiện " + t.actual()
                    + ", đạt " + t.percent() + "%.");
        }
        return out;
    }

    /** One bullet per channel the items are on: the portal (all of them) first. */
    static List<String> channels(Stats s, SiteConfig config) {
        List<String> out = new ArrayList<>();
        String what = VietnameseText.inSentence(Figure.TONG.label().substring("Tổng số ".length()));
        s.byChannel().forEach((key, n) -> {
            if (n > 0) {
                String label = StatsLabels.channel(config.channels().labels(), key);
                out.add("- " + n + " " + what + " trên " + label
                        + (key.equals(StatsLabels.PORTAL) ? " (chuyên mục “" + config.title() + "”);" : ";"));
            }
        });
        return out;
    }

    /** One bullet per form of activity outside the column. */
    static List<String> activities(Stats s, SiteConfig config) {
        List<String> out = new ArrayList<>();
        for (Breakdowns.ActivityRow a : Breakdowns.activities(s, config)) {
            StringBuilder line = new StringBuilder("- ").append(a.label()).append(": ").append(a.records())
                    .append(" hoạt động, ").append(a.quantity()).append(" lượt");
            if (a.participants() > 0) {
                line.append(", ").append(a.participants()).append(" người tham dự");
            }
            out.add(line.append(';').toString());
        }
        return out;
    }

    /** The procedures and ISO processes updated, as bullets (none when there were none). */
    static List<String> procedures(Stats s) {
        List<String> out = new ArrayList<>();
        if (s.count("thu-tuc") > 0) {
            Map<String, Integer> o = s.byOnline();
            out.add("- Cập nhật " + s.count("thu-tuc") + " thủ tục hành chính, trong đó trực tuyến toàn trình "
                    + o.getOrDefault("toan-trinh", 0) + ", trực tuyến một phần " + o.getOrDefault("mot-phan", 0) + ";");
        }
        if (s.count("quy-trinh") > 0) {
            Map<String, Integer> p = s.processes();
            out.add("- Cập nhật " + s.count("quy-trinh") + " quy trình ISO 9001:2015 (ban hành mới "
                    + p.getOrDefault("moi", 0) + ", sửa đổi, ban hành lại " + p.getOrDefault("sua-doi", 0) + ").");
        }
        return out;
    }
}
