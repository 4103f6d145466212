package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.site.serve.PreviewFolder;
import vn.cchc.site.serve.PreviewServer;
import vn.cchc.site.serve.SiteWatcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: live preview for editors, with drafts shown and marked. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Xem thử trang web trên máy (có cả bản nháp và bài hẹn giờ, được đánh dấu); tự tạo lại và tải lại trang khi lưu tệp.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = {"-p", "--port"}, defaultValue = "8080", paramLabel = "CỔNG", description = "Cổng (mặc định 8080).")
    int port;

    @Option(names = "--editor", description = "Mở cả trình soạn bài trên trình duyệt tại /admin/: bài soạn được ghi thẳng vào content/.")
    boolean editor;

    @Option(names = "--timings", description = "Sau mỗi lần tạo lại, in thời gian của từng giai đoạn (ms).")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PreviewFolder folder = PreviewFolder.create();
             PreviewServer server = new PreviewServer(site.source(), folder.path(), port, editor)) {
            // watch before the first bake, so that no save goes unseen
            try (SiteWatcher watcher = new SiteWatcher(site.source(), changes -> {
                long start = System.nanoTime();
                String problems = server.rebuild(changes);
                if (problems.isEmpty()) {
                    out.printf("Đã cập nhật %d trang trong %d ms.%n", server.lastWritten().size(),
                            (System.nanoTime() - start) / 1_000_000);
                    if (timings) {
                        out.println("  " + server.lastPhases().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(java.util.stream.Collectors.joining(" · ")));
                    }
                } else {
                    spec.commandLine().getErr().println(problems);
                }
                out.flush();
            })) {
                String first = server.start();
                if (!first.isEmpty()) {
                    spec.commandLine().getErr().println(first);
                }
                out.println("Đang xem thử tại " + server.url() + " — nhấn Ctrl+C để dừng.");
                if (editor && new vn.cchc.site.editor.AdminPages(site.source(), null).available()) {
                    out.println("Soạn bài trên trình duyệt: " + server.url() + "admin/");
                } else if (editor) {
                    spec.commandLine().getErr().println("Lỗi: bản cchc-site này không có trình soạn bài (Decap CMS), vì khi "
                            + "đóng gói không tải được nó. Cách sửa: dùng bản phát hành chính thức (.zip), hoặc đóng gói lại "
                            + "khi máy có mạng (mvn package), hoặc đặt tệp decap-cms.js vào editor/dist/ của trang.");
                }
                out.flush();
                new CountDownLatch(1).await();
            }
        } catch (IOException e) {
            String why = e instanceof java.net.BindException ? "cổng đang được chương trình khác dùng"
                    : vn.cchc.site.core.IoErrors.reason(e);
            spec.commandLine().getErr().println("Lỗi: không mở được cổng " + port + " (" + why
                    + "). Chọn cổng khác bằng --port.");
            return Main.CONTENT_ERRORS;
        }
        return Main.OK;
    }
}
