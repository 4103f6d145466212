package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.report.ReportContext;
import vn.cchc.site.report.ReportSettings;
import vn.cchc.site.report.ReportSettingsLoader;
import vn.cchc.site.report.StatsFormat;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.Period;
import vn.cchc.site.stats.Periods;
import vn.cchc.site.stats.Stats;
import vn.cchc.site.stats.StatsCalculator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code stats}: counts publications in a reporting window, as table, JSON, CSV or Word. */
@Command(name = "stats", mixinStandardHelpOptions = true, subcommands = StatsMergeCommand.class,
        description = "Thống kê số tin, bài đã đăng trong một kỳ báo cáo (năm, 6 tháng, quý, tháng hoặc từ ngày đến ngày).")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @ArgGroup(exclusive = true)
    Range range;

    static final class Range {
        @Option(names = "--year", paramLabel = "NĂM", description = "Một năm, ví dụ 2025.")
        Integer year;

        @Option(names = "--period", paramLabel = "KỲ", description = "2025-H1, 2025-H2 (6 tháng), 2025-Q3 (quý) hoặc 2025-11 (tháng).")
        String period;

        @ArgGroup(exclusive = false)
        Explicit explicit;
    }

    static final class Explicit {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày bắt đầu (tính cả ngày này).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày kết thúc (tính cả ngày này).")
        String to;
    }

    @Option(names = "--window", paramLabel = "calendar|nd09",
            description = "calendar: năm dương lịch; nd09: kỳ báo cáo 15/12–14/12 theo Nghị định 09/2019/NĐ-CP. Mặc định: theo site.yml.")
    StatsWindowKind window;

    @Option(names = "--format", paramLabel = "table|json|csv|xlsx|docx", defaultValue = "table",
            description = "Định dạng: table (bảng), json, csv, xlsx (Excel) hoặc docx (báo cáo Word để trình ký). "
                    + "Mặc định: table.")
    StatsFormat format;

    @Option(names = "--section", description = "Với docx: chỉ phần thống kê ngắn để dán vào báo cáo khác.")
    boolean section;

    @Option(names = "--out", paramLabel = "TỆP", description = "Ghi ra tệp thay vì màn hình (bắt buộc với docx).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        SiteConfig config = new SiteConfigLoader().load(site.source(), problems);
        StatsWindowKind kind = window == null ? config.statsWindow() : window;
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        Period period = period(kind, time);
        LoadedContent content = new ContentLoader(site.source(), config).load();
        problems.addAll(content.problems());
        ReportSettings settings = new ReportSettingsLoader().load(site.source(), config, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            problems.sort(Problem.ORDER);
            ProblemPrinter.print(problems, err);
            err.println();
            err.println("Không thống kê được vì nội dung có lỗi (" + ProblemPrinter.summary(problems)
                    + "). Sửa các lỗi trên rồi chạy lại.");
            return Main.CONTENT_ERRORS;
        }
        Stats stats = new StatsCalculator(config, new VietnameseText()).compute(content.items(), period, time.local());
        byte[] bytes = format.render(stats, new ReportContext(config, settings, time.local().toLocalDate(), site.source(),
                section));
        if (out != null) {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.write(out, bytes);
            stdout.println("Đã ghi thống kê " + period.label() + " (" + Figure.TONG.inSentence() + ": " + stats.total()
                    + ") vào " + out + ".");
        } else if (format.binary()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Thiếu tùy chọn --out: định dạng " + format.key() + " phải ghi ra tệp, ví dụ --out bao-cao."
                            + format.key() + ".");
        } else {
            stdout.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        return Main.OK;
    }

    private Period period(StatsWindowKind kind, BuildTime time) {
        CommandLine cl = spec.commandLine();
        if (range == null) {
            return Periods.year(time.local().getYear(), kind);
        }
        if (range.year != null) {
            return Periods.year(range.year, kind);
        }
        if (range.period != null) {
            try {
                return Periods.parse(range.period, kind);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
        }
        try {
            LocalDate from = LocalDate.parse(range.explicit.from);
            LocalDate to = LocalDate.parse(range.explicit.to);
            return Periods.between(from, to);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, "Ngày của --from/--to phải viết dạng YYYY-MM-DD, "
                    + "ví dụ 2025-01-01.");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "Khoảng --from/--to không hợp lệ: " + e.getMessage());
        }
    }
}
