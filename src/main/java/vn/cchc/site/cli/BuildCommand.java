package vn.cchc.site.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BakeOptions;
import vn.cchc.site.bake.BakeResult;
import vn.cchc.site.bake.Baker;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.bake.OutputFolder;
import vn.cchc.site.core.BuildFailedException;
import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.report.BuildReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code build}: bakes the site into the output folder and prints the publication report. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Tạo trang web tĩnh từ content/, templates/, assets/ vào thư mục output/ và in báo cáo số tin, bài.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--output"}, paramLabel = "THƯ_MỤC", defaultValue = "output",
            description = "Thư mục ghi trang web. Mặc định: output/.")
    Path output;

    @Option(names = "--strict", description = "Coi cảnh báo là lỗi (dừng khi có cảnh báo).")
    boolean strict;

    @Option(names = "--timings", description = "In thời gian của từng giai đoạn và từng mẫu trang.")
    boolean timings;

    @Option(names = "--window", paramLabel = "calendar|nd09",
            description = "Kỳ thống kê trong báo cáo: calendar (năm dương lịch) hoặc nd09 (15/12–14/12, Nghị định 09/2019). "
                    + "Mặc định: theo site.yml.")
    StatsWindowKind window;

    @Option(names = "--threads", paramLabel = "N", description = "Số luồng xử lý. Mặc định: số nhân CPU.")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path folder;
        try {
            folder = OutputFolder.claim(site.source(), output);
        } catch (OutputFolder.UnsafeOutputException e) {
            err.println("Lỗi: " + e.getMessage());
            return Main.USAGE;
        }
        BakeOptions options = new BakeOptions(site.source(), folder, time, false, strict, n);
        StatsWindowKind chosen = window;
        BakeResult result;
        try {
            result = new Baker().bake(options, (done, staging) -> new BuildReport(done, time,
                    chosen == null ? done.config().statsWindow() : chosen, elapsed(start))
                    .writeJson(staging.resolve("build-report.json")));
        } catch (OutputFolder.UnsafeOutputException e) {
            err.println("Lỗi: " + e.getMessage());
            return Main.USAGE;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            err.println();
            err.println("Không tạo được trang web: " + ProblemPrinter.summary(e.problems())
                    + ". Thư mục " + output + " giữ nguyên bản trước. Sửa các lỗi trên rồi chạy lại.");
            return Main.CONTENT_ERRORS;
        }
        ProblemPrinter.print(result.warnings(), err);
        BuildReport report = new BuildReport(result, time, window == null ? result.config().statsWindow() : window,
                elapsed(start));
        out.print(report.console(timings));
        return Main.OK;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
