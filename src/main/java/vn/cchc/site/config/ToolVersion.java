package vn.cchc.site.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this tool, as the Maven build wrote it into {@code version.properties} ("dev" when run from sources without it). */
public final class ToolVersion {
    private ToolVersion() {
    }

    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("{{") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
