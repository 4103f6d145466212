package vn.cchc.site.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VnDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-11-03 08:30|2025-11-03T08:30",
            "2025-11-03|2025-11-03T00:00",
            "03/11/2025|2025-11-03T00:00",
            "3/11/2025|2025-11-03T00:00",
            "03/11/2025 14:05|2025-11-03T14:05",
            "2025-11-03T08:30:15|2025-11-03T08:30:15",
            "2024-02-29|2024-02-29T00:00"})
    void readsTheFormatsEditorsWrite(String text, String expected) {
        VnDates.Parsed parsed = VnDates.parse(text);
        assertTrue(parsed.ok(), parsed.error());
        assertEquals(LocalDateTime.parse(expected), parsed.value());
    }

    @Test
    void month13IsAnErrorNotARollOver() {
        VnDates.Parsed parsed = VnDates.parse("26/13/2025");
        assertFalse(parsed.ok());
        assertNull(parsed.value());
        assertTrue(parsed.error().contains("không có tháng 13"), parsed.error());
    }

    @ParameterizedTest
    @CsvSource({"31/04/2025,tháng 4/2025 chỉ có 30 ngày", "29/02/2025,tháng 2/2025 chỉ có 28 ngày",
            "2025-11-03 24:10,Giờ", "hôm qua,không đúng định dạng"})
    void impossibleDatesAreExplained(String text, String part) {
        VnDates.Parsed parsed = VnDates.parse(text);
        assertFalse(parsed.ok());
        assertTrue(parsed.error().contains(part), parsed.error());
    }

    @Test
    void formatsVietnameseStyle() {
        LocalDate d = LocalDate.of(2026, 2, 5);
        assertEquals("ngày 05 tháng 02 năm 2026", VnDates.longDate(d));
        assertEquals("05/02/2026", VnDates.shortDate(d));
    }
}
