package vn.cchc.site.report;

import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.Period;
import vn.cchc.site.stats.Periods;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsCalculator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown(config, content, time), StandardCharsets.UTF_8);
    }

    /** The page: the figures of the last three years (the current one marked partial) and this year's list. */
    static String markdown(SiteConfig config, LoadedContent content, BuildTime time) {
        StatsCalculator calculator = new StatsCalculator(config, new VietnameseText());
        LocalDate today = time.local().toLocalDate();
        StringBuilder md = new StringBuilder();
        md.append("# Thống kê tin bài\n\n");
        md.append("Số liệu của chuyên mục “").append(config.title()).append("” của ")
                .append(config.ward()).append(", đếm theo ngày đăng (giờ Việt Nam), cùng cách đếm với lệnh ")
                .append("`stats` và trang `/thong-ke/`. Năm hiện tại chỉ tính đến hôm nay (số liệu chưa đủ năm).\n\n");
        md.append("| Số liệu |");
        List<Stats> years = new ArrayList<>();
        int thisYear = BuildReport.currentYear(today, config.statsWindow()).to().getYear();
        for (int y = thisYear; y >= thisYear - 2; y--) {
            Period window = Periods.toDate(Periods.year(y, config.statsWindow()), today);
            Stats s = calculator.compute(content.items(), window, time.local());
            years.add(s);
            md.append(' ').append(s.title()).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(years.size())).append('\n');
        for (Figure f : Figure.TABLE) {
            boolean strong = f == Figure.TONG;
            md.append("| ").append(strong ? "**" + f.tableLabel() + "**" : f.tableLabel()).append(" |");
            years.forEach(s -> md.append(strong ? " **" + f.of(s) + "**" : " " + f.of(s)).append(" |"));
            md.append('\n');
        }
        md.append("\n## Danh sách tin, bài ").append(years.get(0).period().label()).append("\n\n");
        md.append("| Ngày đăng | Loại | Tiêu đề |\n|---|---|---|\n");
        for (CountedItem i : years.get(0).items()) {
            md.append("| ").append(i.shortDate()).append(" | ").append(i.typeLabel()).append(" | [")
                    .append(i.title().replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")).append("](")
                    .append(i.url()).append(") |\n");
        }
        return md.toString();
    }
}
