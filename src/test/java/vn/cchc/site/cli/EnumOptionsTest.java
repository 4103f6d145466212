package vn.cchc.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --format} and {@code --window} are read by picocli: any case; a wrong value is a usage error (exit 2). */
class EnumOptionsTest {
    @TempDir
    Path dir;

    @Test
    void valuesInAnyCaseAndWrongOnesRefused() throws Exception {
        SiteFixture site = new SiteFixture(dir).file("site.yml", "ward: \"Phường Lê Chân\"\n")
                .item("tin/a.md", "title: Tin thử\ntype: tin\ndate: 2025-11-03 08:30\npillars: [cong-vu]", "Nội dung.");
        String source = "--source=" + site.root();
        SiteFixture.Run upper = SiteFixture.cli("stats", source, "--year=2025", "--window=ND09", "--format=JSON");
        assertEquals(0, upper.exitCode(), upper.err());
        assertTrue(upper.out().contains("\"tin\""), upper.out());
        SiteFixture.Run pdf = SiteFixture.cli("stats", source, "--format=pdf");
        assertEquals(Main.USAGE, pdf.exitCode());
        assertTrue(pdf.err().contains("Giá trị 'pdf' không hợp lệ cho tùy chọn --format"), pdf.err());
        SiteFixture.Run window = SiteFixture.cli("build", source, "--output=" + dir.resolve("out"), "--window=quy");
        assertEquals(Main.USAGE, window.exitCode());
        assertTrue(window.err().contains("Giá trị 'quy' không hợp lệ cho tùy chọn --window calendar|nd09"), window.err());
    }
}
