package vn.cchc.site.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This tool's version and the address its release is published at, as the Maven build wrote them
 * into {@code version.properties}; "dev" and no address when run from sources without it.
 */
public final class ToolVersion {
    private ToolVersion() {
    }

    /** The version, e.g. {@code 0.2.0}. */
    public static String get() {
        return property("version", "dev");
    }

    /** The download address of this version's {@code .tar.gz}, or empty when the build did not record one. */
    public static String releaseUrl() {
        return property("release.url", "").replace("{version}", get());
    }

    private static String property(String key, String fallback) {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return fallback;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key, fallback);
            return v.startsWith("{{") ? fallback : v;
        } catch (IOException e) {
            return fallback;
        }
    }
}
