package vn.cchc.site.importer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the parts of an old column's saved article pages are: CSS selectors read from a small YAML
 * file ({@code title}, {@code date}, {@code body} required; {@code image} optional) and
 * {@code base_url}, the address the saved pages had, for pages that do not name their own
 * ({@code <link rel="canonical">} or {@code og:url}).
 */
record PageMapping(String title, String date, String body, String image, String baseUrl) {

    /** Reads the file; problems (missing selectors, bad YAML) go to {@code problems}. */
    static Optional<PageMapping> read(Path file, List<Problem> problems) {
        String source = file.toString();
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(SourceText.decode(Files.readAllBytes(file)));
        } catch (IOException | SourceText.NotUtf8Exception | YAMLException e) {
            problems.add(Problem.error(source, 1, "Không đọc được tệp ánh xạ (" + e.getMessage() + "). Viết dạng "
                    + "YAML, ví dụ:\ntitle: \"h1.tieu-de\"\ndate: \".ngay-dang\"\nbody: \".noi-dung\"\nimage: \".noi-dung img\""));
            return Optional.empty();
        }
        Map<?, ?> map = loaded instanceof Map<?, ?> m ? m : Map.of();
        String title = value(map, "title");
        String date = value(map, "date");
        String body = value(map, "body");
        if (title.isEmpty() || date.isEmpty() || body.isEmpty()) {
            problems.add(Problem.error(source, 1, "Tệp ánh xạ phải có bộ chọn CSS cho title, date và body "
                    + "(ví dụ body: \".noi-dung\"); thiếu " + (title.isEmpty() ? "title" : date.isEmpty() ? "date" : "body")
                    + "."));
            return Optional.empty();
        }
        return Optional.of(new PageMapping(title, date, body, value(map, "image"), value(map, "base_url")));
    }

    private static String value(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }
}
