package vn.cchc.site.report;

import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.check.Problem;
import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Periods;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsCalculator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the "Thống kê tin bài" page of the Maven project site ({@code mvn site}) as Doxia
 * Markdown, from the same {@link StatsCalculator} as every other report. Run in {@code pre-site}.
 *
 * <p>Usage: {@code SiteReportGenerator SITE_ROOT OUTPUT_FILE}.
 */
public final class SiteReportGenerator {
    private SiteReportGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Problem> problems = new ArrayList<>();
        SiteConfig config = new SiteConfigLoader().load(site, problems);
        LoadedContent content = new ContentLoader(site, config).load();
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        StatsCalculator calculator = new StatsCalculator(config, new VietnameseText());
        int thisYear = time.local().getYear();
        StringBuilder md = new StringBuilder();
        md.append("# Thống kê tin bài\n\n");
        md.append("Số tin, bài đã đăng trên chuyên mục “").append(config.title()).append("” của ")
                .append(config.ward()).append(", đếm theo ngày đăng (giờ Việt Nam), cùng cách đếm với lệnh ")
                .append("`stats` và trang `/thong-ke/`.\n\n");
        md.append("| Loại |");
        List<Stats> years = new ArrayList<>();
        for (int y = thisYear; y >= thisYear - 2; y--) {
            Stats s = calculator.compute(content.items(), Periods.year(y, config.statsWindow()), time.local());
            years.add(s);
            md.append(' ').append(s.period().label()).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(years.size())).append('\n');
        for (ContentType t : ContentType.values()) {
            if (t.counted()) {
                md.append("| ").append(t.label()).append(" |");
                years.forEach(s -> md.append(' ').append(s.count(t.key())).append(" |"));
                md.append('\n');
            }
        }
        md.append("| **Tổng cộng** |");
        years.forEach(s -> md.append(" **").append(s.total()).append("** |"));
        md.append("\n\n## Danh sách tin, bài ").append(years.get(0).period().label()).append("\n\n");
        md.append("| Ngày đăng | Loại | Tiêu đề |\n|---|---|---|\n");
        for (CountedItem i : years.get(0).items()) {
            md.append("| ").append(i.shortDate()).append(" | ").append(i.type()).append(" | [")
                    .append(i.title().replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")).append("](")
                    .append(i.url()).append(") |\n");
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }
}
