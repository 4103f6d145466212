package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.scaffold.Scaffolder;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code new TYPE "Tiêu đề"}: writes a new content file with every field of its type, commented. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Tạo tệp nội dung mới từ mẫu (archetypes/), với đủ các trường của loại và chú thích tiếng Việt.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Parameters(index = "0", paramLabel = "LOẠI", description = "tin, bai, thong-bao, van-ban, thu-tuc, quy-trinh hoặc trang.")
    String type;

    @Parameters(index = "1", paramLabel = "TIÊU_ĐỀ", description = "Tiêu đề, trong ngoặc kép, ví dụ \"Hội thi CCHC năm 2026\".")
    String title;

    @Override
    public Integer call() throws IOException {
        ContentType t = ContentType.byKey(type).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "Invalid value for LOẠI: '" + type + "' (chọn một trong " + String.join(", ", ContentType.keys()) + ")."
                        + ContentType.hint(type)));
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        try {
            Path file = new Scaffolder().create(site.source(), t, title, time.local());
            spec.commandLine().getOut().println("Đã tạo " + site.source().relativize(file)
                    + " (bản nháp). Viết nội dung, đổi status thành published khi muốn đăng.");
            return Main.OK;
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("Lỗi: tệp " + site.source().relativize(Path.of(e.getFile()))
                    + " đã có; không ghi đè. Đặt tiêu đề khác hoặc sửa tệp đó.");
            return Main.CONTENT_ERRORS;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }
}
