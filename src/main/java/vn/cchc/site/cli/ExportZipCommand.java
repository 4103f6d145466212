package vn.cchc.site.cli;

import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BakeResult;
import vn.cchc.site.bake.Baker;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.check.BuildFailedException;
import vn.cchc.site.export.SiteZip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code export zip}: builds the site and packs it into one reproducible ZIP with a hash manifest. */
@Command(name = "zip", mixinStandardHelpOptions = true,
        description = "Tạo trang web và đóng gói thành một tệp ZIP (kèm SHA256SUMS) để gửi trung tâm CNTT cài đặt. "
                + "Cùng nội dung và cùng SOURCE_DATE_EPOCH cho cùng một tệp ZIP, từng byte.")
final class ExportZipCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", required = true, paramLabel = "TỆP.zip", description = "Tệp ZIP cần ghi.")
    Path out;

    @Override
    public Integer call() throws IOException {
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        Path work = Files.createTempDirectory("cchc-zip-");
        try {
            Path built = work.resolve("site");
            BakeResult result;
            try {
                result = new Baker().bake(ExportCommand.options(site.source(), built, time));
            } catch (BuildFailedException e) {
                return ExportCommand.failed(e, spec.commandLine().getErr(), "Không tạo được tệp ZIP");
            }
            ProblemPrinter.print(result.warnings(), spec.commandLine().getErr());
            int files = SiteZip.write(built, out, time.local());
            spec.commandLine().getOut().printf("Đã ghi %s: %d tệp của trang web và %s.%n", out, files, SiteZip.MANIFEST);
            return Main.OK;
        } finally {
            PathUtils.deleteDirectory(work);
        }
    }
}
