package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.content.Item;
import vn.cchc.site.export.PackEntry;
import vn.cchc.site.export.PortalPack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export portal}: the paste pack of the items not yet on the ward's portal. */
@Command(name = "portal", mixinStandardHelpOptions = true,
        description = "Tạo gói bài chờ đăng lên Cổng TTĐT của phường: mỗi bài chưa có portal_url một thư mục (tiêu đề, "
                + "tóm tắt, nội dung HTML sạch để dán, chuyên mục, ngày đăng, tác giả, ảnh và tệp đính kèm) và trang "
                + "index.html có nút chép từng phần.")
final class ExportPortalCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", required = true, paramLabel = "THƯ_MỤC",
            description = "Thư mục ghi gói bài (tạo mới, hoặc thay gói bài cũ trong đó).")
    Path out;

    @Override
    public Integer call() throws IOException {
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        return ExportCommand.withBuiltSite(site.source(), time, spec.commandLine().getErr(), "Không tạo được gói bài",
                (result, built) -> {
                    List<Item> queue = PortalPack.queue(result.items(), time.local());
                    List<PackEntry> entries = new PortalPack(result.config(), site.source()).write(queue, built, out);
                    long onPortal = result.items().stream().filter(i -> i.visibleAt(time.local()) && i.onPortal())
                            .count();
                    spec.commandLine().getOut().printf("Đã tạo gói %d bài chờ đăng lên Cổng TTĐT trong %s (%d bài đã có "
                            + "trên cổng). Mở %s để chép từng bài.%n", entries.size(), out, onPortal,
                            out.resolve("index.html"));
                    return Main.OK;
                });
    }
}
