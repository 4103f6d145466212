package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BakeOptions;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.check.BuildFailedException;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code export}: what the site is carried in to the places it is published by hand. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Xuất nội dung để đăng ở nơi khác: gói bài để dán lên Cổng TTĐT (portal) hoặc một tệp ZIP của trang web (zip).",
        subcommands = {ExportPortalCommand.class, ExportZipCommand.class}, synopsisSubcommandLabel = "portal|zip")
final class ExportCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Thiếu loại xuất. Dùng: export portal --out THƯ_MỤC hoặc export zip --out TỆP.zip.");
    }

    /** Options of a run of the whole pipeline on {@code source}, writing into {@code output}. */
    static BakeOptions options(Path source, Path output, BuildTime time) {
        return new BakeOptions(source, output.toAbsolutePath().normalize(), time, false, false,
                Runtime.getRuntime().availableProcessors());
    }

    /** Prints the problems of a failed check or build and what was not done; the exit code. */
    static int failed(BuildFailedException e, PrintWriter err, String notDone) {
        ProblemPrinter.print(e.problems(), err);
        err.println();
        err.println(notDone + ": " + ProblemPrinter.summary(e.problems()) + ". Sửa các lỗi trên rồi chạy lại.");
        return Main.CONTENT_ERRORS;
    }
}
