package vn.cchc.site.bake;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template is content, not code: one that tries to create a Java object ({@code ?new}, the
 * classic {@code Execute} shell) or reach the Java API ({@code ?api}) fails the build (and
 * {@code check}) with an error naming the template, and runs nothing.
 */
@Tag("security")
class TemplateSandboxTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch MARK\")}",
            "<#assign ob = \"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.io.File\", \"MARK\")}",
            "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()>",
            "${site?api.getClass().getName()}",
            "<#assign x = \"java.lang.ProcessBuilder\"?new()>"})
    void aTemplateThatReachesForJavaFailsTheBuildNamingTheTemplate(String attack) throws Exception {
        Path mark = dir.resolve("MARK");
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        site.item("tin-tuc/a.md", "title: Tin\ntype: tin\ndate: 2025-03-01", "Nội dung.");
        site.file("templates/404.ftl", attack.replace("MARK", mark.toString()) + "\n<p>404</p>\n");
        SiteFixture.Run build = site.build(dir.resolve("output"));
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.err().contains("templates/404.ftl:1: lỗi: Mẫu trang không được tạo đối tượng Java"), build.err());
        assertFalse(build.err().contains("\tat "), "no stack trace: " + build.err());
        assertFalse(Files.exists(mark), "nothing ran");
        assertFalse(Files.exists(dir.resolve("output")));
        SiteFixture.Run check = SiteFixture.cli("check", "--source=" + site.root());
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.err().contains("templates/404.ftl:1: lỗi:"), check.err());
        assertFalse(Files.exists(mark));
    }
}
