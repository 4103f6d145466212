package vn.cchc.site.bake;

import vn.cchc.site.content.VnDates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The build's "now": the clock, or {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) when set, so
 * that a build can be reproduced. {@link #local()} is the same instant in Vietnam time.
 *
 * @param instant      the build's now
 * @param reproducible true when the time was fixed by {@code SOURCE_DATE_EPOCH}: the output must then
 *                     not depend on anything else that changes between runs (durations, for example)
 */
public record BuildTime(Instant instant, boolean reproducible) {

    /** A build time read from a clock (not reproducible). */
    public BuildTime(Instant instant) {
        this(instant, false);
    }

    public LocalDateTime local() {
        return LocalDateTime.ofInstant(instant, VnDates.ZONE);
    }

    /**
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a number
     */
    public static BuildTime from(Map<String, String> environment, Clock clock) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return new BuildTime(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), true);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH phải là số giây kể từ 1970-01-01 UTC, không phải \""
                        + epoch + "\".");
            }
        }
        return new BuildTime(clock.instant());
    }
}
