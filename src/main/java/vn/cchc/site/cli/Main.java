package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Entry point of {@code cchc-site.jar}. Exit codes: 0 success, 1 problems in the content (or a
 * failed build), 2 wrong usage.
 */
@Command(name = "cchc-site", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Xuất bản chuyên mục \"Cải cách hành chính - Chuyển đổi số\" thành trang web tĩnh.",
        subcommands = {InitCommand.class, BuildCommand.class, StatsCommand.class, CheckCommand.class, NewCommand.class,
                ServeCommand.class, DeployCommand.class, ExportCommand.class, ImportCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Run without a command: names every command there is (from picocli's list) and exits 2. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Thiếu lệnh. Dùng một trong các lệnh: "
                        + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /** Builds the command line with Vietnamese usage errors; used by {@link #main} and tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setResourceBundle(ResourceBundle.getBundle("vn.cchc.site.cli.UsageHelp", Locale.ROOT));
        cl.setOut(out);
        // enum options (--format, --window) are read by picocli: the constant's name in any case
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> CONTENT_ERRORS);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("Lỗi cú pháp lệnh: " + UsageMessages.vietnamese(ex));
            c.getErr().println("Xem hướng dẫn: " + c.getCommandSpec().qualifiedName(" ") + " --help");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof java.io.IOException io) {
                String reason = vn.cchc.site.core.IoErrors.reason(io);
                c.getErr().println("Lỗi đọc/ghi tệp: " + reason + (reason.endsWith(".") ? "" : "."));
                return CONTENT_ERRORS;
            }
            c.getErr().println("Lỗi: " + ex.getMessage());
            if (System.getenv("CCHC_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(Chạy lại với biến môi trường CCHC_DEBUG=1 để xem chi tiết kỹ thuật.)");
            }
            return CONTENT_ERRORS;
        });
        return cl;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            Logging.quiet();
            code = commandLine(out, err).execute(args);
        } catch (Throwable t) {
            // errors (out of memory, a broken installation) still get a sentence, not a stack trace
            err.println("Lỗi hệ thống: " + t + ". Chạy lại với CCHC_DEBUG=1 để xem chi tiết kỹ thuật.");
            if (System.getenv("CCHC_DEBUG") != null) {
                t.printStackTrace(err);
            }
            code = CONTENT_ERRORS;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** {@code --version}: the version the Maven build recorded. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cchc-site " + vn.cchc.site.config.ToolVersion.get()};
        }
    }

    /** The jar's entry point, run by {@code bin/cchc-site} (tuned) and {@code java -jar} (untuned). */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }
}
