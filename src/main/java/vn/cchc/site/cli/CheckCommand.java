package vn.cchc.site.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BakeOptions;
import vn.cchc.site.bake.BakeResult;
import vn.cchc.site.bake.Baker;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.check.BuildFailedException;

import java.io.IOException;
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
        try {
            BakeResult result = new Baker().check(options);
            ProblemPrinter.print(result.warnings(), err);
            out.println("Kiểm tra xong: " + result.items().size() + " tệp nội dung, " + result.pages()
                    + " trang; " + ProblemPrinter.summary(result.warnings()) + ".");
            return Main.OK;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            err.println();
            err.println("Kiểm tra thất bại: " + ProblemPrinter.summary(e.problems()) + ".");
            return Main.CONTENT_ERRORS;
        }
    }
}
