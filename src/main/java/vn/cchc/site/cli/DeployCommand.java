package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.deploy.DeployConfig;
import vn.cchc.site.deploy.DeployException;
import vn.cchc.site.deploy.DeployReport;
import vn.cchc.site.deploy.PagesFolder;
import vn.cchc.site.deploy.SftpPublisher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code deploy}: publishes output/ to the ward portal over SFTP, atomically. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Đăng thư mục output/ lên máy chủ Cổng TTĐT qua SFTP: tải vào bản mới, chuyển 'current' trong một bước, "
                + "giữ N bản gần nhất. Cấu hình trong mục deploy của site.yml hoặc biến môi trường CCHC_DEPLOY_*. "
                + "Với --target pages: chép trang web vào thư mục mà GitLab Pages (public/) hoặc GitHub Pages đăng.")
final class DeployCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--output"}, defaultValue = "output", paramLabel = "THƯ_MỤC",
            description = "Thư mục trang web đã tạo bằng build. Mặc định: output/.")
    Path output;

    @Option(names = "--rollback", description = "Quay lại bản đã đăng trước bản đang chạy (chỉ với sftp).")
    boolean rollback;

    @Option(names = "--target", paramLabel = "sftp|pages", defaultValue = "sftp",
            description = "Nơi đăng: sftp (máy chủ của phường, mặc định) hoặc pages (GitLab Pages, GitHub Pages).")
    String target;

    @Option(names = "--pages-dir", paramLabel = "THƯ_MỤC", defaultValue = "public",
            description = "Với --target pages: thư mục mà dịch vụ Pages đăng. Mặc định: public/ (GitLab); "
                    + "với GitHub dùng thư mục tải lên bằng actions/upload-pages-artifact, ví dụ _site.")
    Path pagesDir;

    @Override
    public Integer call() throws Exception {
        if (!target.equals("sftp") && !target.equals("pages")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for --target: '" + target + "' (chọn sftp hoặc pages)");
        }
        if (target.equals("pages")) {
            return pages();
        }
        try {
            SftpPublisher publisher = new SftpPublisher(DeployConfig.load(site.source(), System.getenv()));
            DeployReport r;
            if (rollback) {
                r = publisher.rollback();
                spec.commandLine().getOut().println("Đã quay lại bản " + r.release() + " (thay cho " + r.previous() + ").");
            } else {
                if (!Files.isRegularFile(output.resolve("index.html"))) {
                    spec.commandLine().getErr().println("Lỗi: " + output + " chưa có trang web. Chạy build trước.");
                    return Main.CONTENT_ERRORS;
                }
                String name = SftpPublisher.releaseName(BuildTime.from(System.getenv(), Clock.systemUTC()).local());
                r = publisher.publish(output, name);
                spec.commandLine().getOut().printf("Đã đăng bản %s: tải lên %d tệp (%d byte), dùng lại %d tệp không đổi, "
                        + "xóa %d bản cũ.%n", r.release(), r.uploaded(), r.bytes(), r.reused(), r.pruned());
            }
            return Main.OK;
        } catch (DeployException e) {
            spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }

    private int pages() throws java.io.IOException {
        if (rollback) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rollback chỉ dùng với --target sftp (Pages giữ bản trước trong lịch sử pipeline).");
        }
        try {
            int files = PagesFolder.publish(output, pagesDir);
            spec.commandLine().getOut().printf("Đã chép %d tệp của trang web vào %s để dịch vụ Pages đăng.%n", files, pagesDir);
            return Main.OK;
        } catch (DeployException e) {
            spec.commandLine().getErr().println("Lỗi: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }
}
