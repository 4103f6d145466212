package vn.cchc.site.report;

import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Stats;

import java.util.Map;

/** The full plain-text statistics of one window: totals, every breakdown and the annex. */
public final class StatsTable {

    public String render(Stats s, SiteConfig config) {
        StringBuilder out = new StringBuilder();
        out.append("THỐNG KÊ TIN, BÀI – ").append(config.title()).append(" – ").append(config.ward()).append('\n');
        out.append("Kỳ: ").append(s.period().label()).append(" (từ ").append(s.period().from()).append(" đến ")
                .append(s.period().to()).append(")\n\n");
        out.append("Theo loại:\n");
        for (ContentType t : ContentType.values()) {
            if (t.counted()) {
                row(out, t.label(), s.count(t.key()));
            }
        }
        row(out, "Tổng cộng", s.total());
        for (var t : s.targets()) {
            out.append(String.format("  Chỉ tiêu %s: %d/%d, đạt %d%%%n", t.inSentence(), t.actual(), t.target(),
                    t.percent()));
        }
        section(out, "Theo tháng", s.byMonth(), null);
        section(out, "Theo chuyên đề", s.byPillar(), config.pillars()::label);
        section(out, "Theo kênh đăng", s.byChannel(), config.channels()::label);
        if (!config.origins().keys().isEmpty()) {
            section(out, "Theo nguồn (phường cũ, phường hiện nay)", s.byOrigin(),
                    k -> k.equals(Stats.OWN) ? config.ward() + " (hiện nay)" : config.origins().label(k));
        }
        section(out, "Theo tác giả", s.byAuthor(), null);
        section(out, "Thủ tục hành chính theo tình trạng", s.byChange(), k -> switch (k) {
            case "moi" -> "Mới ban hành";
            case "sua-doi" -> "Sửa đổi, bổ sung";
            default -> "Bãi bỏ";
        });
        section(out, "Thủ tục hành chính theo mức độ trực tuyến", s.byOnline(), k -> switch (k) {
            case "toan-trinh" -> "Toàn trình";
            case "mot-phan" -> "Một phần";
            default -> "Không trực tuyến";
        });
        section(out, "Quy trình ISO", s.processes(), k -> k.equals("moi") ? "Ban hành mới" : "Sửa đổi");
        out.append("\nDanh sách tin, bài được đếm (").append(s.items().size()).append("):\n");
        int n = 1;
        for (CountedItem i : s.items()) {
            out.append(String.format("%4d. %s  [%s]  %s%n      %s%n", n++, i.date().substring(0, 10), i.type(), i.title(),
                    i.url()));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, Integer> values,
                                java.util.function.Function<String, String> label) {
        out.append('\n').append(title).append(":\n");
        values.forEach((k, v) -> row(out, label == null ? k : label.apply(k), v));
    }

    private static void row(StringBuilder out, String label, int n) {
        out.append(String.format("  %-44s %6d%n", label, n));
    }
}
