package vn.cchc.site.importer;

import vn.cchc.site.content.VnDates;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of feeds and old pages in Vietnam time: RSS ({@code Mon, 03 Nov 2025 01:30:00 GMT}), Atom
 * and ISO ({@code 2025-11-03T08:30:00+07:00}) with their offsets, and the Vietnamese way portals
 * print them ({@code Thứ Hai, 03/11/2025 - 08:30}), read as Vietnam time.
 */
final class Dates {
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\D{1,12}?(\\d{1,2})[:hg](\\d{2}))?");
    private static final Pattern TIME_FIRST = Pattern.compile("(\\d{1,2})[:h](\\d{2})\\D{1,12}?(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private Dates() {
    }

    static Optional<LocalDateTime> parse(String raw) {
        String text = CleanText.line(raw);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(VnDates.ZONE).toLocalDateTime());
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(VnDates.ZONE).toLocalDateTime());
        } catch (DateTimeParseException e) {
            // not ISO with an offset
        }
        Matcher t = TIME_FIRST.matcher(text);
        if (t.find()) {
            return vietnamese(t.group(3), t.group(4), t.group(5), t.group(1), t.group(2));
        }
        Matcher m = VIETNAMESE.matcher(text);
        if (m.find()) {
            return vietnamese(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        }
        VnDates.Parsed p = VnDates.parse(text.length() > 16 ? text.substring(0, 16) : text);
        return p.ok() ? Optional.of(p.value()) : Optional.empty();
    }

    private static Optional<LocalDateTime> vietnamese(String d, String m, String y, String h, String min) {
        String text = String.format("%02d/%02d/%s", Integer.parseInt(d), Integer.parseInt(m), y)
                + (h == null ? "" : String.format(" %02d:%s", Integer.parseInt(h), min));
        VnDates.Parsed p = VnDates.parse(text);
        return p.ok() ? Optional.of(p.value()) : Optional.empty();
    }
}
