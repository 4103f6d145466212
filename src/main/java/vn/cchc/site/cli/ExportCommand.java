package vn.cchc.site.cli;

import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BakeOptions;
import vn.cchc.site.bake.BakeResult;
import vn.cchc.site.bake.Baker;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.core.BuildFailedException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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

    /** What an export does with the site once built. */
    interface WithBuiltSite {
        /** @return the exit code */
        int run(BakeResult result, Path built) throws IOException;
    }

    /**
     * Bakes {@code source} into a temporary folder (the site's {@code output/} is not touched), runs
     * {@code then} on it and removes the folder. Content errors are printed and give exit code 1.
     *
     * @param notDone what failed, for the last line of the error report ("Không tạo được gói bài")
     */
    static int withBuiltSite(Path source, BuildTime time, PrintWriter err, String notDone, WithBuiltSite then)
            throws IOException {
        Path work = Files.createTempDirectory("cchc-export-");
        try {
            Path built = work.resolve("site");
            BakeResult result;
            try {
                result = new Baker().bake(new BakeOptions(source, built, time, false, false,
                        Runtime.getRuntime().availableProcessors()));
            } catch (BuildFailedException e) {
                ProblemPrinter.print(e.problems(), err);
                err.println();
                err.println(notDone + ": " + ProblemPrinter.summary(e.problems()) + ". Sửa các lỗi trên rồi chạy lại.");
                return Main.CONTENT_ERRORS;
            }
            ProblemPrinter.print(result.warnings(), err);
            return then.run(result, built);
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }
}
