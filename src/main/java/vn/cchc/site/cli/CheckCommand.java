package vn.cchc.site.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BakeOptions;
import vn.cchc.site.bake.BakeResult;
import vn.cchc.site.bake.Baker;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.core.BuildFailedException;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.report.ReportSettingsLoader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code check}: validates content and links as a build would, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra nội dung và liên kết mà không ghi trang web (dùng trước khi commit hoặc khi duyệt merge request).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--strict", description = "Coi cảnh báo là lỗi.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        BakeOptions options = new BakeOptions(site.source(), Path.of("output").toAbsolutePath(), time, false, strict,
                Runtime.getRuntime().availableProcessors());
        List<Problem> settings = reportSettingsProblems();
        try {
            BakeResult result = new Baker().check(options);
            List<Problem> all = new ArrayList<>(result.warnings());
            all.addAll(settings);
            all.sort(Problem.ORDER);
            ProblemPrinter.print(all, err);
            if (!settings.isEmpty()) {
                err.println();
                err.println("Kiểm tra thất bại: " + ProblemPrinter.summary(all) + ".");
                return Main.CONTENT_ERRORS;
            }
            out.println("Kiểm tra xong: " + result.items().size() + " tệp nội dung, " + result.pages()
                    + " trang; " + ProblemPrinter.summary(result.warnings()) + ".");
            return Main.OK;
        } catch (BuildFailedException e) {
            List<Problem> all = new ArrayList<>(e.problems());
            all.addAll(settings);
            all.sort(Problem.ORDER);
            ProblemPrinter.print(all, err);
            err.println();
            err.println("Kiểm tra thất bại: " + ProblemPrinter.summary(all) + ".");
            return Main.CONTENT_ERRORS;
        }
    }

    /** The problems of the {@code report:} settings of {@code site.yml} (those of the rest are the build's). */
    private List<Problem> reportSettingsProblems() {
        List<Problem> ignored = new ArrayList<>();
        SiteConfig config = new SiteConfigLoader().load(site.source(), ignored);
        List<Problem> problems = new ArrayList<>();
        new ReportSettingsLoader().load(site.source(), config, problems);
        return problems;
    }
}
