package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.export.SiteZip;

import java.io.IOException;
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
        return ExportCommand.withBuiltSite(site.source(), time, spec.commandLine().getErr(), "Không tạo được tệp ZIP",
                (result, built) -> {
                    int files = SiteZip.write(built, out, time.local());
                    spec.commandLine().getOut().printf("Đã ghi %s: %d tệp của trang web và %s.%n", out, files,
                            SiteZip.MANIFEST);
                    return Main.OK;
                });
    }
}
