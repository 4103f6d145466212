package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.config.ToolVersion;
import vn.cchc.site.scaffold.ReleaseChecksum;
import vn.cchc.site.scaffold.SiteTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code init DIR --ward … --city …}: writes a new site repository that pins this release of the tool. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Tạo kho trang mới cho một phường: site.yml, trang giới thiệu, liên hệ, bài mẫu, hướng dẫn, "
                + "và quy trình đăng tự động (GitHub, GitLab) dùng đúng phiên bản công cụ này.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "THƯ_MỤC", description = "Thư mục mới (chưa có hoặc đang trống).")
    Path dir;

    @Option(names = "--ward", required = true, paramLabel = "TÊN", description = "Tên phường, xã, ví dụ \"Phường Lê Chân\".")
    String ward;

    @Option(names = "--city", required = true, paramLabel = "TÊN", description = "Tỉnh, thành phố, ví dụ \"Hải Phòng\".")
    String city;

    @Option(names = "--tool-url", paramLabel = "ĐỊA_CHỈ",
            description = "Nơi tải bản phát hành .tar.gz của công cụ (ghi vào .cchc/tool.env). Mặc định: bản phát hành chính thức của phiên bản này.")
    String toolUrl;

    @Option(names = "--tool-sha256", paramLabel = "MÃ",
            description = "Mã SHA-256 của tệp đó. Mặc định: tải tệp về một lần và tính.")
    String toolSha256;

    @Override
    public Integer call() throws IOException {
        if (!isEmptyOrAbsent(dir)) {
            spec.commandLine().getErr().println("Lỗi: thư mục " + dir
                    + " đã có tệp; init chỉ tạo trang trong thư mục mới hoặc trống. Chọn tên thư mục khác.");
            return Main.USAGE;
        }
        String url = toolUrl != null ? toolUrl : ToolVersion.releaseUrl();
        String sha = toolSha256 != null ? toolSha256 : ReleaseChecksum.of(url).orElse("");
        BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
        var settings = new SiteTemplate.Settings(ward, city, ToolVersion.get(), url, sha, time.local());
        var files = new SiteTemplate().write(dir, settings);
        var out = spec.commandLine().getOut();
        out.println("Đã tạo trang của " + ward.strip() + " trong " + dir + " (" + files.size() + " tệp).");
        if (sha.isEmpty()) {
            spec.commandLine().getErr().println("Chú ý: không tải được " + url + " để lấy mã SHA-256. Điền dòng "
                    + "CCHC_TOOL_SHA256 trong .cchc/tool.env (sha256sum <tệp .tar.gz>) trước khi đẩy lên.");
        }
        out.println("Tiếp theo: sửa các dòng SỬA trong site.yml, rồi đưa thư mục lên GitHub hoặc GitLab (xem HUONG-DAN.md).");
        return Main.OK;
    }

    private static boolean isEmptyOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
