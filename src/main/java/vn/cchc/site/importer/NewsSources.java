package vn.cchc.site.importer;

import vn.cchc.site.core.Problem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The items of the sources named on the command line: feed addresses (fetched with
 * {@code java.net.http}), feed files, and saved HTML pages (files or folders) read with a mapping.
 */
final class NewsSources {
    private static final Set<String> EXTENSIONS = Set.of("xml", "rss", "atom", "html", "htm");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20)).build();
    private final PageMapping mapping;

    /** @param mapping selectors for saved pages, or null when none was given */
    NewsSources(PageMapping mapping) {
        this.mapping = mapping;
    }

    List<Article> read(List<String> sources, List<Problem> problems) throws IOException {
        List<Article> out = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String s : sources) {
            if (s.startsWith("http://") || s.startsWith("https://")) {
                fetch(s, out, problems);
            } else {
                paths.add(Path.of(s));
            }
        }
        boolean pagesWithoutMapping = false;
        for (Path file : Inputs.expand(paths, EXTENSIONS, problems)) {
            byte[] bytes = Files.readAllBytes(file);
            if (FeedReader.isFeed(bytes)) {
                FeedReader.read(file.toString(), bytes, "", out, problems);
            } else if (mapping == null) {
                pagesWithoutMapping = true;
                problems.add(Problem.error(file.toString(), 0, "Đây là trang HTML, không phải RSS/Atom: cần tệp ánh xạ "
                        + "(--mapping TỆP) ghi bộ chọn CSS của tiêu đề, ngày đăng và nội dung."));
            } else {
                SavedPages.read(file, bytes, mapping, out, problems);
            }
        }
        return pagesWithoutMapping ? List.of() : out;
    }

    private void fetch(String url, List<Article> out, List<Problem> problems) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).header("User-Agent", "cchc-site import").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                problems.add(Problem.error(url, 0, "Máy chủ trả về mã " + response.statusCode() + "; kiểm tra lại "
                        + "địa chỉ RSS/Atom của chuyên mục cũ."));
                return;
            }
            if (!FeedReader.isFeed(response.body())) {
                problems.add(Problem.error(url, 0, "Địa chỉ này không trả về RSS hay Atom. Với trang HTML của chuyên "
                        + "mục cũ, lưu các trang về máy rồi nhập thư mục đó cùng --mapping."));
                return;
            }
            FeedReader.read(url, response.body(), response.uri().toString(), out, problems);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.error(url, 0, "Không tải được nguồn tin (" + e.getMessage() + "). Kiểm tra mạng "
                    + "và địa chỉ."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(Problem.error(url, 0, "Tải nguồn tin bị ngắt."));
        }
    }
}
