package vn.cchc.site.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What a link is (a scheme per the WHATWG URL standard: an ASCII letter, then letters, digits,
 * {@code + - .}), in one place for the links editors write in bodies ({@code BodyProcessor}) and
 * the links of finished pages ({@link PageLinkScanner}).
 */
public final class LinkRules {
    private LinkRules() {
    }

    /** Whether a link leaves the site: {@code //host}, or any scheme ({@code https:}, {@code mailto:}...). */
    public static boolean leavesSite(String link) {
        int colon = link.indexOf(':');
        int slash = link.indexOf('/');
        return link.startsWith("//") || (colon > 0 && (slash < 0 || colon < slash) && isScheme(link, colon));
    }

    /** Whether a link goes to another web site: {@code http:}, {@code https:} or {@code //host}. */
    public static boolean isWeb(String link) {
        return link.startsWith("//") || link.regionMatches(true, 0, "http:", 0, 5)
                || link.regionMatches(true, 0, "https:", 0, 6);
    }

    /** False for a web link ({@link #isWeb}) without a host or with white space; true for other links. */
    public static boolean wellFormedWeb(String link) {
        int rest;
        if (link.regionMatches(true, 0, "https:", 0, 6)) {
            rest = 6;
        } else if (link.regionMatches(true, 0, "http:", 0, 5)) {
            rest = 5;
        } else if (link.startsWith("//")) {
            rest = 0;
        } else {
            return true;
        }
        if (!link.startsWith("//", rest)) {
            return false;
        }
        int host = rest + 2;
        int i = host;
        while (i < link.length() && isHostChar(link.charAt(i))) {
            i++;
        }
        if (i == host || (i < link.length() && "/?#:".indexOf(link.charAt(i)) < 0)) {
            return false;
        }
        for (int j = i; j < link.length(); j++) {
            if (Character.isWhitespace(link.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** A path or anchor with its {@code %xx} escapes decoded ({@code +} stays a plus); as written when malformed. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean isScheme(String link, int colon) {
        if (!isAsciiLetter(link.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = link.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c > 0x7f;
    }
}
