package vn.cchc.site.report;

import vn.cchc.site.bake.BakeResult;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.content.VnDates;
import vn.cchc.site.stats.Period;
import vn.cchc.site.stats.Periods;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsCalculator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build tells the officer: pages written, the publication counts of this year to date and
 * of last year (per type), and optionally the timings. Also written as {@code build-report.json}
 * for the publishing pipeline. When {@code SOURCE_DATE_EPOCH} is set (reproducible builds) the JSON
 * leaves timings out, so that two such builds give byte-identical output.
 */
public final class BuildReport {
    private final BakeResult result;
    private final BuildTime time;
    private final long millis;
    private final List<Stats> columns;
    private final StatsWindowKind kind;

    public BuildReport(BakeResult result, BuildTime time, StatsWindowKind kind, long millis) {
        this.result = result;
        this.time = time;
        this.millis = millis;
        this.kind = kind;
        StatsCalculator calculator = new StatsCalculator(result.config(), new VietnameseText());
        LocalDate today = time.local().toLocalDate();
        Period thisYear = currentYear(today, kind);
        Period toDate = Periods.toDate(thisYear, today);
        Period lastYear = Periods.year(yearOf(thisYear) - 1, kind);
        this.columns = List.of(calculator.compute(result.items(), toDate, time.local()),
                calculator.compute(result.items(), lastYear, time.local()));
    }

    /** The window of {@code kind} that contains {@code today}. */
    static Period currentYear(LocalDate today, StatsWindowKind kind) {
        Period p = Periods.year(today.getYear(), kind);
        return p.to().isBefore(today) ? Periods.year(today.getYear() + 1, kind) : p;
    }

    private static int yearOf(Period p) {
        return p.to().getYear();
    }

    public List<Stats> columns() {
        return columns;
    }

    public String console(boolean withTimings) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Đã tạo trang web: %d trang, %d tệp, trong %d ms.%n", result.pages(), result.files(),
                millis));
        long warnings = result.warnings().stream().filter(p -> !p.isError()).count();
        if (warnings > 0) {
            out.append(String.format("Có %d cảnh báo (xem ở trên); trang web vẫn được tạo.%n", warnings));
        }
        out.append(String.format("%nSố liệu đã đăng trên chuyên mục (đếm theo ngày đăng, giờ Việt Nam):%n"));
        out.append(new ConsoleTable().render(columns));
        if (kind != result.config().statsWindow() && result.config().statsPage()) {
            out.append(String.format("Lưu ý: bảng trên tính theo %s (--window); trang /thong-ke/ tính theo %s "
                    + "(stats.window trong site.yml).%n", kind.description(), result.config().statsWindow().description()));
        }
        if (withTimings) {
            out.append(String.format("%nThời gian theo giai đoạn (ms):%n"));
            result.timings().phasesMillis().forEach((k, v) -> out.append(String.format("  %-22s %8d%n", k, v)));
            out.append(String.format("Thời gian theo mẫu trang (ms, cộng dồn các luồng; số trang):%n"));
            Map<String, Long> counts = result.timings().templateCounts();
            result.timings().templatesMillis().forEach((k, v) -> out.append(String.format("  %-22s %8d  (%d)%n", k, v,
                    counts.getOrDefault(k, 0L))));
        }
        return out.toString();
    }

    public void writeJson(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generator", "cchc-site");
        json.put("version", vn.cchc.site.config.ToolVersion.get());
        json.put("ward", result.config().ward());
        json.put("builtAt", time.local().atZone(VnDates.ZONE).toOffsetDateTime().toString());
        json.put("pages", result.pages());
        json.put("files", result.files());
        json.put("items", result.items().size());
        StatsJson statsJson = new StatsJson();
        List<Map<String, Object>> stats = new ArrayList<>();
        for (Stats s : columns) {
            Map<String, Object> m = statsJson.toMap(s);
            m.remove("items");
            stats.add(m);
        }
        json.put("stats", stats);
        List<String> warnings = result.warnings().stream().map(Problem::format).toList();
        json.put("warnings", warnings);
        if (!time.reproducible()) {
            json.put("durationMillis", millis);
            json.put("timings", result.timings().phasesMillis());
            json.put("templateTimings", result.timings().templatesMillis());
        }
        Files.writeString(file, statsJson.write(json), StandardCharsets.UTF_8);
    }
}
