package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.site.core.Problem;
import vn.cchc.site.report.StatsMerge;
import vn.cchc.site.report.WardFigures;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code stats merge}: adds up many wards' statistics into one table per ward with totals. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Tổng hợp số liệu của nhiều phường từ các tệp build-report.json hoặc stats --format json.")
final class StatsMergeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TỆP", description = "Các tệp JSON của từng phường.")
    List<Path> files;

    @Option(names = "--year", paramLabel = "NĂM", description = "Với build-report.json: lấy số liệu của năm này.")
    Integer year;

    @Option(names = "--format", paramLabel = "table|json|xlsx|docx", defaultValue = "table",
            description = "Định dạng: table (bảng), json, xlsx (Excel) hoặc docx (Word). Mặc định: table.")
    String format;

    @Option(names = "--out", paramLabel = "TỆP", description = "Ghi ra tệp (bắt buộc với xlsx, docx).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("table", "json", "xlsx", "docx").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Định dạng '" + format
                    + "' không có: chọn table, json, xlsx hoặc docx.");
        }
        boolean binary = format.equals("xlsx") || format.equals("docx");
        if (binary && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Thiếu tùy chọn --out: định dạng "
                    + format + " phải ghi ra tệp, ví dụ --out tong-hop." + format + ".");
        }
        List<Problem> problems = new ArrayList<>();
        StatsMerge merge = new StatsMerge();
        List<WardFigures> wards = merge.read(files, year, problems);
        if (!problems.isEmpty()) {
            ProblemPrinter.print(problems, err);
            err.println();
            err.println("Không tổng hợp được (" + ProblemPrinter.summary(problems) + ").");
            return Main.CONTENT_ERRORS;
        }
        byte[] bytes = switch (format) {
            case "json" -> merge.json(wards).getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> merge.xlsx(wards);
            case "docx" -> merge.docx(wards, Path.of(".").toAbsolutePath());
            default -> merge.table(wards).getBytes(StandardCharsets.UTF_8);
        };
        if (out == null) {
            stdout.print(new String(bytes, StandardCharsets.UTF_8));
        } else {
            Files.write(out, bytes);
            stdout.println("Đã tổng hợp " + wards.size() + " đơn vị vào " + out + ".");
        }
        return Main.OK;
    }
}
