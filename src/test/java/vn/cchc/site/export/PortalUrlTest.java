package vn.cchc.site.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.testing.SiteFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code portal_url}: checked against {@code site.yml}, counted by {@code stats}, the page's canonical address. */
class PortalUrlTest {
    @TempDir
    Path dir;

    @Test
    void addressesOffThePortalOrNotOnTheWebAreErrorsAtTheirLine() throws IOException {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        site.item("tin-tuc/sai-ten-mien.md", """
                title: Sai tên miền
                type: tin
                date: 2025-02-01 09:00
                portal_url: https://lechan.haiphong.gov.vn.evil.example/tin/1
                pillars: [cong-vu]
                """, "Nội dung.");
        site.item("tin-tuc/sai-giao-thuc.md", """
                title: Sai giao thức
                type: tin
                date: 2025-02-01 09:00
                pillars: [cong-vu]
                portal_url: ftp://lechan.haiphong.gov.vn/tin/1
                """, "Nội dung.");
        SiteFixture.Run r = SiteFixture.cli("check", "--source=" + site.root());
        assertEquals(1, r.exitCode(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.contains(": lỗi: ")).toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("content/tin-tuc/sai-giao-thuc.md:6: lỗi: portal_url"), r.err());
        assertTrue(errors.get(1).startsWith("content/tin-tuc/sai-ten-mien.md:5: lỗi: portal_url"), r.err());
        assertTrue(errors.get(1).contains("không thuộc Cổng TTĐT của phường (lechan.haiphong.gov.vn)"), r.err());
    }

    @Test
    void anAddressNeedsThePortalNamedInSiteYml() throws IOException {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        site.file("site.yml", "base_url: \"" + PortalFixture.BASE + "\"\n");
        SiteFixture.Run r = SiteFixture.cli("check", "--source=" + site.root());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/tin-tuc/khac.md:6: lỗi: Chưa biết Cổng TTĐT"), r.err());
    }

    @Test
    void thePortalHostIsADomainName() throws IOException {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        site.file("site.yml", "portal:\n  host: https://lechan.haiphong.gov.vn/\n");
        SiteFixture.Run r = SiteFixture.cli("check", "--source=" + site.root());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("portal.host: 'https://lechan.haiphong.gov.vn/' phải là tên miền"), r.err());
    }

    @Test
    void statsCountItemsOnThePortal() throws IOException {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        SiteFixture.Run json = SiteFixture.cli("stats", "--source=" + site.root(), "--year=2025", "--format=json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode stats = new ObjectMapper().readTree(json.out());
        assertEquals(3, stats.get("total").asInt());
        assertEquals(1, stats.get("onPortal").asInt());
        JsonNode pasted = stats.get("items").get(0);
        assertEquals(PortalFixture.PORTAL_URL, pasted.get("portalUrl").asText());
        assertTrue(stats.get("items").get(1).get("portalUrl") == null, "only items on the portal carry the field");
        SiteFixture.Run table = SiteFixture.cli("stats", "--source=" + site.root(), "--year=2025");
        assertTrue(table.out().matches("(?s).*Trong đó đã dán vào Cổng TTĐT chính thức \\(có portal_url\\) +1\n.*"), table.out());
    }

    @Test
    void thePageNamesThePortalCopyAsCanonical() throws IOException {
        SiteFixture site = PortalFixture.write(dir.resolve("site"));
        Path out = dir.resolve("out");
        SiteFixture.Run build = site.build(out);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().matches("(?s).*Trong đó đã dán vào Cổng TTĐT chính thức \\(có portal_url\\) +\\d+ +1\n.*"), build.out());
        assertEquals(PortalFixture.PORTAL_URL, canonical(out.resolve("tin-tuc/khac/index.html")));
        assertEquals(PortalFixture.BASE + "tin-tuc/hoi-thi/", canonical(out.resolve("tin-tuc/hoi-thi/index.html")));
        JsonNode report = new ObjectMapper().readTree(out.resolve("build-report.json").toFile());
        assertEquals(1, report.get("stats").get(1).get("onPortal").asInt() + report.get("stats").get(0).get("onPortal").asInt());
    }

    private static String canonical(Path page) throws IOException {
        return Jsoup.parse(Files.readString(page)).selectFirst("link[rel=canonical]").attr("href");
    }
}
