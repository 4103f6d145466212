package vn.cchc.site.testing;

import vn.cchc.site.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small site written into a temporary folder, and a way to run the CLI on it in-process. */
public final class SiteFixture {
    private final Path root;

    public SiteFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes {@code text} (UTF-8) to {@code relative}, creating folders. */
    public SiteFixture file(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    public SiteFixture bytes(String relative, byte[] bytes) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return this;
    }

    /** A content file with the given front-matter lines and body. */
    public SiteFixture item(String relative, String frontMatter, String body) throws IOException {
        return file("content/" + relative, "---\n" + frontMatter.strip() + "\n---\n\n" + body + "\n");
    }

    /** What a CLI run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs the CLI in-process with {@code args}. */
    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds this site into {@code output}. */
    public Run build(Path output, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "build";
        args[1] = "--source=" + root;
        args[2] = "--output=" + output;
        args[3] = "--threads=2";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return cli(args);
    }
}
