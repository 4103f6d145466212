package vn.cchc.site.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.site.core.StatsWindowKind.CALENDAR;
import static vn.cchc.site.core.StatsWindowKind.ND09;

/** Reporting windows at every boundary. */
class PeriodsTest {

    private static LocalDateTime at(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void nd09YearRunsFromThe15thOfDecemberToThe14th() {
        Period y2025 = Periods.year(2025, ND09);
        assertEquals(LocalDate.of(2024, 12, 15), y2025.from());
        assertEquals(LocalDate.of(2025, 12, 14), y2025.to());
        assertTrue(y2025.contains(at("2025-12-14T23:59:59")));
        assertFalse(y2025.contains(at("2025-12-15T00:00")));
        assertTrue(Periods.year(2026, ND09).contains(at("2025-12-15T00:00")));
        assertFalse(y2025.contains(at("2024-12-14T23:59")));
        assertTrue(y2025.contains(at("2024-12-15T00:00")));
    }

    @Test
    void calendarYearEdges() {
        Period y = Periods.year(2025, CALENDAR);
        assertTrue(y.contains(at("2025-12-31T23:59:59")));
        assertFalse(y.contains(at("2026-01-01T00:00")));
        assertTrue(y.contains(at("2025-01-01T00:30")));
        assertFalse(y.contains(at("2024-12-31T23:59")));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-Q1,CALENDAR,2025-01-01,2025-03-31", "2025-Q4,CALENDAR,2025-10-01,2025-12-31",
            "2025-Q1,ND09,2024-12-15,2025-03-14", "2025-Q2,ND09,2025-03-15,2025-06-14",
            "2025-Q3,ND09,2025-06-15,2025-09-14", "2025-Q4,ND09,2025-09-15,2025-12-14",
            "2025-H1,CALENDAR,2025-01-01,2025-06-30", "2025-H2,CALENDAR,2025-07-01,2025-12-31",
            "2025-H1,ND09,2024-12-15,2025-06-14", "2025-H2,ND09,2025-06-15,2025-12-14",
            "2024-02,CALENDAR,2024-02-01,2024-02-29", "2025-02,CALENDAR,2025-02-01,2025-02-28",
            "2025-01,ND09,2024-12-15,2025-01-14", "2025-11,CALENDAR,2025-11-01,2025-11-30",
            "2025,CALENDAR,2025-01-01,2025-12-31"})
    void periodsParseToTheirWindows(String text, String kind, String from, String to) {
        Period p = Periods.parse(text, vn.cchc.site.core.StatsWindowKind.valueOf(kind));
        assertEquals(LocalDate.parse(from), p.from(), text);
        assertEquals(LocalDate.parse(to), p.to(), text);
    }

    @Test
    void leapDayBelongsToFebruaryAndTheFirstQuarter() {
        assertTrue(Periods.month(2024, 2, CALENDAR).contains(at("2024-02-29T12:00")));
        assertTrue(Periods.quarter(2024, 1, CALENDAR).contains(at("2024-02-29T12:00")));
        assertTrue(Periods.quarter(2024, 1, ND09).contains(at("2024-02-29T12:00")));
    }

    @ParameterizedTest
    @CsvSource({"2025-Q5", "2025-H3", "2025-13", "năm ngoái"})
    void badPeriodsAreExplainedInVietnamese(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Periods.parse(text, CALENDAR));
        assertTrue(e.getMessage().contains("không hợp lệ"), e.getMessage());
    }
}
