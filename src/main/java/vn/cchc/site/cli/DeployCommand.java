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
import vn.cchc.site.deploy.SftpPublisher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code deploy}: publishes output/ to the ward portal over SFTP, atomically. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Đăng thư mục output/ lên máy chủ Cổng TTĐT qua SFTP: tải vào bản mới, chuyển 'current' trong một bước, "
                + "giữ N bản gần nhất. Cấu hình trong mục deploy của site.yml hoặc biến môi trường CCHC_DEPLOY_*.")
final class DeployCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--output"}, defaultValue = "output", paramLabel = "THƯ_MỤC",
            description = "Thư mục trang web đã tạo bằng build. Mặc định: output/.")
    Path output;

    @Option(names = "--rollback", description = "Quay lại bản đã đăng trước bản đang chạy.")
    boolean rollback;

    @Option(names = {"-v", "--verbose"}, description = "In chi tiết trao đổi SSH/SFTP với máy chủ (tiếng Anh, "
            + "của thư viện Apache MINA SSHD) ra luồng lỗi, để chẩn đoán khi đăng không được.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (verbose) {
            Logging.verbose(spec.commandLine().getErr());
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
}
