package vn.cchc.site.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * The ward's official portal, where articles are pasted by hand ({@code portal:} in {@code site.yml}).
 *
 * @param host       host name of the portal ({@code lechan.haiphong.gov.vn}), or empty when not configured
 * @param categories content type key → the portal's category for it; key {@code mac-dinh} for the rest
 */
public record PortalConfig(String host, Map<String, String> categories) {
    /** The key of the category used for types the mapping does not name. */
    public static final String DEFAULT_CATEGORY = "mac-dinh";

    public PortalConfig {
        host = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        categories = Map.copyOf(categories);
    }

    public static PortalConfig none() {
        return new PortalConfig("", Map.of());
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    /** The portal category of a type, else the default category, else {@code fallback}. */
    public String category(String typeKey, String fallback) {
        return categories.getOrDefault(typeKey, categories.getOrDefault(DEFAULT_CATEGORY, fallback));
    }

    /**
     * Whether {@code url} is an http(s) address on the portal's host or one of its sub-domains.
     * Always false when no host is configured.
     */
    public boolean owns(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String h = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return configured() && (scheme.equals("https") || scheme.equals("http"))
                    && (h.equals(host) || h.endsWith("." + host));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
