package vn.cchc.site.bake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JBake's configuration is {@code site.yml}'s values, kept as written: every way JBake and
 * commons-configuration read a value (JBake's getters, {@code getString}, {@code asHashMap}) gives the
 * text, never what a {@code ${env:…}}, {@code ${sys:…}} or {@code ${file:…}} lookup would resolve to,
 * even though JBake's {@code jbake.properties} next to {@code site.yml} asks for it.
 */
class JBakeSettingsTest {
    @TempDir
    Path site;

    @Test
    void valuesAreSiteYmlsAsWrittenAndNeverInterpolated() throws IOException {
        Files.writeString(site.resolve("site.yml"), """
                title: "${sys:user.home}"
                ward: "${env:PATH} ${file:UTF-8:/etc/hostname}"
                base_url: "https://lechan.example.vn/${sys:user.name}/"
                """);
        Files.writeString(site.resolve("jbake.properties"), "site.host=${env:PATH}\nrender.tags=false\n");
        List<Problem> problems = new ArrayList<>();
        SiteConfig config = new SiteConfigLoader().load(site, problems);
        assertTrue(problems.isEmpty(), problems.toString());

        DefaultJBakeConfiguration jbake = JBakeSettings.of(config);
        CompositeConfiguration raw = jbake.getCompositeConfiguration();
        assertEquals("https://lechan.example.vn/${sys:user.name}", jbake.getSiteHost());
        assertEquals("${sys:user.home}", raw.getString("site.title"));
        assertEquals("${env:PATH} ${file:UTF-8:/etc/hostname}", raw.getString("site.ward"));
        assertEquals("${sys:user.home}", jbake.asHashMap().get("site_title"));
        assertTrue(jbake.getRenderTags(), "jbake.properties is not read");
        assertEquals(null, raw.getInterpolator(), "no interpolator");
    }
}
