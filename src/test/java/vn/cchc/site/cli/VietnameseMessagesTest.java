package vn.cchc.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import vn.cchc.site.testing.EnglishWords;
import vn.cchc.site.testing.SiteFixture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything the command line prints about itself is Vietnamese: the help of every command (found
 * from picocli's own list, so a new command is checked too) and every kind of usage error.
 */
class VietnameseMessagesTest {
    @TempDir
    static Path site;

    /** Every command path: the root and each subcommand, as picocli lists them. */
    static Stream<List<String>> commands() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<List<String>> all = new ArrayList<>();
        walk(root, List.of(), all);
        return all.stream();
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            walk(sub, deeper, all);
        });
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void helpOfEveryCommandIsVietnamese(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        SiteFixture.Run run = SiteFixture.cli(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        String help = run.out();
        assertTrue(help.startsWith("Cách dùng: cchc-site"), help);
        assertTrue(help.contains("In hướng dẫn này rồi thoát."), help);
        assertTrue(help.contains("Tùy chọn:"), help);
        EnglishWords.assertNone(help + run.err());
    }

    @Test
    void rootHelpListsEveryCommandUnderAVietnameseHeading() {
        String help = SiteFixture.cli("--help").out();
        assertTrue(help.contains("Các lệnh:"), help);
        commands().filter(c -> c.size() == 1).forEach(c -> assertTrue(help.contains("  " + c.get(0) + " "), c + "\n" + help));
    }

    /** Arguments, exit code, a key part of the message. */
    static Stream<Arguments> usageErrors() {
        String src = "--source=" + site;
        return Stream.of(
                Arguments.of(List.of("buld"), 2, "Lệnh không tồn tại 'buld'. Có phải ý bạn là 'build'?"),
                Arguments.of(List.of("build", "--strikt"), 2, "Tùy chọn '--strikt' không tồn tại. Có phải ý bạn là '--strict'?"),
                Arguments.of(List.of("new", src, "tin"), 2, "Thiếu tham số TIÊU_ĐỀ."),
                Arguments.of(List.of("new", src, "tin", "A", "B"), 2, "Thừa tham số 'B'."),
                Arguments.of(List.of("new", src, "tinn", "A"), 2, "Loại nội dung 'tinn' không tồn tại"),
                Arguments.of(List.of("build", "--output"), 2, "Thiếu tùy chọn --output THƯ_MỤC."),
                Arguments.of(List.of("serve", "--port", "abc"), 2, "Giá trị 'abc' không hợp lệ cho tùy chọn --port CỔNG."),
                Arguments.of(List.of("build", "-o", "a", "-o", "b"), 2, "Chỉ được ghi tùy chọn --output THƯ_MỤC một lần."),
                Arguments.of(List.of("stats", "--year", "2025", "--year", "2026"), 2, "mỗi tùy chọn chỉ ghi một lần"),
                Arguments.of(List.of("stats", "--year", "2025", "--period", "2025-H1"), 2,
                        "Chỉ được dùng một trong các tùy chọn --year, --period."),
                Arguments.of(List.of("stats", src, "--window", "tuan"), 2, "Giá trị 'tuan' không hợp lệ cho tùy chọn --window calendar|nd09."),
                Arguments.of(List.of("stats", src, "--format", "pdf"), 2,
                        "Giá trị 'pdf' không hợp lệ cho tùy chọn --format table|json|csv|xlsx|docx."),
                Arguments.of(List.of("stats", src, "--format", "docx"), 2, "Thiếu tùy chọn --out"),
                Arguments.of(List.of("stats", src, "--period", "2025-X"), 2, "Kỳ \"2025-X\" không hợp lệ"),
                Arguments.of(List.of("stats", src, "--from", "2025-13-01", "--to", "2025-12-31"), 2, "phải viết dạng YYYY-MM-DD"),
                Arguments.of(List.of("stats", "merge", "--format", "pdf", "a.json"), 2, "Định dạng 'pdf' không có"),
                Arguments.of(List.of(), 2, "Thiếu lệnh."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorsAreVietnameseWithoutTheLibrarysEnglish(List<String> args, int code, String message) throws Exception {
        Files.createDirectories(site.resolve("content"));
        SiteFixture.Run run = SiteFixture.cli(args.toArray(String[]::new));
        assertEquals(code, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().startsWith("Lỗi cú pháp lệnh: "), run.err());
        assertTrue(run.err().contains("Xem hướng dẫn: cchc-site"), run.err());
        assertFalse(run.err().contains("  "), run.err());
        EnglishWords.assertNone(run.out() + run.err());
    }

    @Test
    void noCommandNamesEveryCommandAndTheRightInvocation() {
        SiteFixture.Run run = SiteFixture.cli();
        assertEquals(2, run.exitCode());
        commands().filter(c -> c.size() == 1).forEach(c -> assertTrue(run.err().contains(c.get(0)), c + "\n" + run.err()));
        assertTrue(run.err().contains("Xem hướng dẫn: cchc-site --help"), run.err());
        assertFalse(run.err().contains("java -jar"), run.err());
    }

    @Test
    void theWordListCatchesWhatTheIssueQuoted() {
        assertEquals(List.of("did", "mean"), EnglishWords.in("(Unmatched 'x') Did you mean: cchc-site build?")
                .subList(1, 3));
        assertEquals(List.of("usage", "commands", "show", "help", "message", "and", "exit"),
                EnglishWords.in("Usage: x\nCommands:\n  -h, --help  Show this help message and exit."));
        assertEquals(List.of("day", "out", "range", "missing", "field", "broken", "link"),
                EnglishWords.in("(day out of range) (missing field 'title') (broken link)."));
        assertEquals(List.of(), EnglishWords.in("Lỗi: tệp `content/a.md` và 'title', --help, tin-tuc/the/"));
    }
}
