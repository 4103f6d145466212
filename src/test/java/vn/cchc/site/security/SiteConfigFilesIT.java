package vn.cchc.site.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A content repository cannot make the build read a file or fetch a URL through configuration
 * interpolation (issue 14, item 10): {@code jbake.properties} and {@code custom.properties} with
 * {@code ${url:…}}, {@code ${file:…}}, {@code ${env:…}} lookups are not read, by {@code build} or
 * {@code check} of the packaged jar; JBake's configuration, which templates see as {@code config}, is
 * built in memory from {@code site.yml}, whose lookups stay text; and no class of ours names JBake's or
 * commons-configuration's file-based configuration loaders.
 * The URL is a loopback HTTP server that counts requests; the file is a named pipe, whose writer
 * end opens only when something opens it for reading.
 */
@Tag("security")
class SiteConfigFilesIT {
    private static final Path JAR = Path.of(System.getProperty("cchc.jar", "target/cchc-site.jar"));

    @TempDir
    Path dir;

    @Test
    void lookupsInSiteConfigurationFilesAreNeverResolved() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        Path fifo = dir.resolve("secret.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        AtomicBoolean testOver = new AtomicBoolean();
        AtomicBoolean pipeRead = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            while (!testOver.get()) {
                // each open blocks until a reader opens the pipe: the build, or the test's own release at the end
                try (FileOutputStream out = new FileOutputStream(fifo.toFile())) {
                    pipeRead.compareAndSet(false, !testOver.get());
                    out.write("secret\n".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the reader went away
                }
            }
        });
        writer.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/leak";
            String lookups = "site.host=${url:UTF-8:" + url + "}\n"
                    + "template.folder=${file:UTF-8:" + fifo + "}\n"
                    + "db.store=${env:HOME}\nrender.tags=${sys:user.home}\n";
            String siteYml = "title: \"${url:UTF-8:" + url + "/title}\"\nward: \"${file:UTF-8:" + fifo + "}\"\n"
                    + "base_url: https://lechan.example.vn/cchc\n";
            SiteFixture site = new SiteFixture(dir.resolve("site"))
                    .file("site.yml", siteYml)
                    .file("templates/404.ftl", "<p>${config.site_host}|${config.site_title}|${config.site_ward}|"
                            + "${config.render_tags?c}</p>\n")
                    .file("jbake.properties", lookups)
                    .file("custom.properties", lookups.replace("/leak", "/custom"))
                    .item("tin/a.md", "title: Tin thử\ntype: tin\ndate: 2025-11-03 08:30\npillars: [chinh-quyen-so]",
                            "Nội dung.");
            assertEquals(0, run("build", site.root(), "--output", dir.resolve("out").toString()));
            assertEquals(0, run("check", site.root()));
            assertTrue(Files.isRegularFile(dir.resolve("out/index.html")));
            assertEquals("<p>https://lechan.example.vn/cchc|${url:UTF-8:" + url + "/title}|${file:UTF-8:" + fifo
                    + "}|true</p>\n", Files.readString(dir.resolve("out/404.html")), "JBake's config is site.yml's, as written");
            assertEquals(0, requests.get(), "a URL named in a site's properties file was fetched");
            assertFalse(pipeRead.get(), "a file named in a site's properties file was opened");
        } finally {
            testOver.set(true);
            server.stop(0);
            try (RandomAccessFile release = new RandomAccessFile(fifo.toFile(), "rw")) { // opens without blocking
                writer.join(10_000); // the writer's pending open returns, and it sees the test is over
            }
        }
    }

    @Test
    void noClassOfOursNamesAConfigurationFileLoader() throws IOException {
        List<String> loaders = List.of("org/jbake/app/configuration/JBakeConfigurationFactory",
                "org/jbake/app/configuration/ConfigUtil", "org/apache/commons/configuration2/PropertiesConfiguration",
                "org/apache/commons/configuration2/builder/", "org/apache/commons/configuration2/builder/fluent/",
                "org/apache/commons/configuration2/io/FileHandler", "jbake.properties", "custom.properties");
        List<String> found = new java.util.ArrayList<>();
        int ours = 0;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (var entry : jar.stream().filter(e -> e.getName().startsWith("vn/cchc/site/")
                    && e.getName().endsWith(".class")).toList()) {
                ours++;
                String constants = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                loaders.stream().filter(constants::contains).forEach(l -> found.add(entry.getName() + ": " + l));
            }
            assertTrue(jar.getEntry("org/jbake/template/model/TemplateModel.class") != null, "JBake's model is in the jar");
        }
        assertTrue(ours > 100, "classes of ours found: " + ours);
        assertEquals(List.of(), found);
    }

    private int run(String command, Path source, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toString(), command,
                "--source", source.toString()));
        args.addAll(List.of(extra));
        Process p = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dir.resolve(command + ".log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
        return p.exitValue();
    }
}
