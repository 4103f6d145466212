package vn.cchc.site.bake;

import freemarker.template.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken template is reported with its file, line and the first page that uses it, every time. */
class TemplateFailureTest {
    private static final String TIN = "type: tin\ndate: 2025-01-02\npillars: [cong-vu]\ntags: [Một cửa]";

    @TempDir
    Path dir;

    @Test
    void aParseErrorMetAgainThroughTheTemplateCacheIsReportedLikeTheFirstTime() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("t"));
        Files.writeString(templates.resolve("terms.ftl"), "<p>\n<#if >\n");
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_33);
        freemarker.setDirectoryForTemplateLoading(templates.toFile());
        Exception first = assertThrows(Exception.class, () -> freemarker.getTemplate("terms.ftl"));
        Exception again = assertThrows(Exception.class, () -> freemarker.getTemplate("terms.ftl"));
        assertTrue(again.getMessage().contains("earlier attempt"), "FreeMarker caches the failure: " + again);

        PageJob job = new PageJob("chuyen-de/", "terms.ftl", Map.of(), true);
        String reported = new TemplateFailure(job, again).problem().toString();
        assertEquals(new TemplateFailure(job, first).problem().toString(), reported);
        assertTrue(reported.contains("templates/terms.ftl:2"), reported);
    }

    @Test
    void theFirstPageInOrderIsReportedWhicheverThreadFailsFirst() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("site"))
                .item("a.md", "title: Tin A\n" + TIN, "Nội dung A.")
                .item("b.md", "title: Tin B\n" + TIN, "Nội dung B.")
                .file("templates/terms.ftl", "<#import \"layout.ftl\" as layout>\n<@layout.html>\n<#if >\n</@layout.html>\n");
        for (int run = 0; run < 6; run++) {
            SiteFixture.Run failed = site.build(dir.resolve("out"));
            assertEquals(1, failed.exitCode(), failed.err());
            assertTrue(failed.err().contains("templates/terms.ftl:3: lỗi: Mẫu trang bị lỗi khi tạo trang /chuyen-de/"),
                    "run " + run + ": " + failed.err());
        }
    }
}
