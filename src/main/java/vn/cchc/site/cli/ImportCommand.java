package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.site.bake.BuildTime;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.content.ContentType;
import vn.cchc.site.content.Suggestions;
import vn.cchc.site.importer.ImportResult;
import vn.cchc.site.importer.NewsImport;
import vn.cchc.site.importer.ProcedureImport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code import thu-tuc} and {@code import tin}: bring existing procedure lists and old columns in. */
@Command(name = "import", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LOẠI",
        description = "Nhập dữ liệu có sẵn: danh mục thủ tục hành chính (thu-tuc) hoặc tin, bài của chuyên mục cũ (tin).",
        subcommands = {ImportCommand.Procedures.class, ImportCommand.News.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Thiếu loại dữ liệu: import thu-tuc hoặc import tin.");
    }

    /** Prints what was done and every problem; exit 1 when nothing in the input was usable. */
    static int finish(ImportResult result, List<Problem> configProblems, CommandLine cl) {
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        List<Problem> problems = new ArrayList<>(configProblems);
        problems.addAll(result.problems());
        ProblemPrinter.print(problems, err);
        result.lines().forEach(out::println);
        if (!problems.isEmpty()) {
            err.println(ProblemPrinter.summary(problems) + ".");
        }
        return result.usable() ? Main.OK : Main.CONTENT_ERRORS;
    }

    /** What both kinds of import share: the site, the dry run, and where to print. */
    abstract static class Subcommand {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        SiteOptions site;

        @Option(names = "--dry-run", description = "Chạy thử: in những gì sẽ thay đổi, không ghi tệp nào.")
        boolean dryRun;

        /** The site's configuration; its problems are added to {@code problems}. */
        SiteConfig config(List<Problem> problems) {
            return new SiteConfigLoader().load(site.source(), problems);
        }
    }

    /** Levels of procedures {@code import thu-tuc} keeps ({@code --cap}). */
    enum Level { XA, TINH, ALL }

    /** What {@code import tin} writes ({@code --type}). */
    enum NewsType { TIN, BAI }

    @Command(name = "thu-tuc", mixinStandardHelpOptions = true,
            description = "Nhập danh mục thủ tục hành chính (tệp .xlsx, .csv hoặc .json xuất từ Cổng Dịch vụ công quốc gia, "
                    + "hoặc thư mục chứa các tệp đó): mỗi thủ tục một tệp trong content/thu-tuc/. Chạy lại với danh mục mới "
                    + "để cập nhật; phần biên tập viên viết thêm được giữ nguyên.")
    static final class Procedures extends Subcommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "TỆP", description = "Tệp .xlsx, .csv, .json hoặc thư mục chứa chúng.")
        List<Path> paths;

        @Option(names = "--cap", paramLabel = "xa|tinh|all", defaultValue = "xa",
                description = "Cấp thực hiện cần nhập: xa (cấp xã, mặc định), tinh (cấp tỉnh) hoặc all (tất cả).")
        Level cap;

        @Override
        public Integer call() throws IOException {
            List<Problem> problems = new ArrayList<>();
            SiteConfig config = config(problems);
            BuildTime time = BuildTime.from(System.getenv(), Clock.systemUTC());
            ImportResult result = new ProcedureImport(site.source(), config, time.local()).run(paths, cap.name().toLowerCase(Locale.ROOT), dryRun);
            return finish(result, problems, spec.commandLine());
        }
    }

    @Command(name = "tin", mixinStandardHelpOptions = true,
            description = "Nhập tin, bài của chuyên mục cũ: địa chỉ hoặc tệp RSS/Atom, hoặc thư mục trang HTML đã lưu (cùng "
                    + "--mapping). Bài đã nhập (cùng source_url) được bỏ qua; ghi bảng chuyển hướng địa chỉ cũ vào redirects/.")
    static final class News extends Subcommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "NGUỒN", description = "Địa chỉ RSS/Atom (https://...), tệp .xml/.rss/.atom, "
                + "trang .html đã lưu hoặc thư mục chứa chúng.")
        List<String> sources;

        @Option(names = "--type", paramLabel = "tin|bai", defaultValue = "tin",
                description = "Loại nội dung ghi ra: tin (mặc định) hoặc bai (bài viết).")
        NewsType type;

        @Option(names = "--origin", paramLabel = "MÃ",
                description = "Mã phường cũ (trong mục origins của site.yml) mà các tin, bài này thuộc về.")
        String origin;

        @Option(names = "--mapping", paramLabel = "TỆP",
                description = "Tệp YAML ghi bộ chọn CSS của title, date, body (và image) trong các trang HTML đã lưu.")
        Path mapping;

        @Override
        public Integer call() throws IOException {
            ContentType t = type == NewsType.BAI ? ContentType.BAI : ContentType.TIN;
            List<Problem> problems = new ArrayList<>();
            SiteConfig config = config(problems);
            if (origin != null && !config.origins().contains(origin)) {
                List<String> keys = List.copyOf(config.origins().keys());
                throw new CommandLine.ParameterException(spec.commandLine(), "Phường cũ --origin '" + origin
                        + "' không có trong mục origins của site.yml" + (keys.isEmpty() ? " (chưa khai báo phường cũ nào; "
                        + "thêm ví dụ origins: { phuong-a: \"Phường A (cũ)\" })." : " (có: " + String.join(", ", keys) + ").")
                        + Suggestions.hint(origin, keys));
            }
            ImportResult result = new NewsImport(site.source(), config).run(sources, t, origin, mapping, dryRun);
            return finish(result, problems, spec.commandLine());
        }
    }
}
