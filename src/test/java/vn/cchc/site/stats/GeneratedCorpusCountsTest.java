package vn.cchc.site.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.site.config.SiteConfigLoader;
import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.content.ContentLoader;
import vn.cchc.site.content.LoadedContent;
import vn.cchc.site.content.VietnameseText;
import vn.cchc.site.content.VnDates;
import vn.cchc.site.report.StatsJson;
import vn.cchc.site.testing.SharedTools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counts on a corpus written by {@code bench/gen-corpus.py} equal its
 * {@code expected.json} for every calendar year and every Nghị định 09/2019 window it lists,
 * with the JVM in a zone far from Vietnam.
 */
class GeneratedCorpusCountsTest {
    @TempDir
    static Path dir;
    static JsonNode expected;
    static LoadedContent content;

    @BeforeAll
    static void generate() throws Exception {
        SharedTools.corpus(2000, 11, dir);
        expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        TimeZone machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            content = new ContentLoader(dir, SiteConfigLoader.defaults()).load();
        } finally {
            TimeZone.setDefault(machine);
        }
        assertEquals(2000, content.items().size(), content.problems().toString());
    }

    @Test
    void everyWindowOfExpectedJsonMatches() {
        // gen-corpus judges "future" against the end of its --now day, Vietnam time
        LocalDate nowDay = LocalDate.parse(expected.get("now").asText());
        LocalDateTime now = nowDay.atTime(23, 59, 59);
        StatsCalculator calculator = new StatsCalculator(SiteConfigLoader.defaults(), new VietnameseText());
        StatsJson json = new StatsJson();
        int windows = 0;
        Iterator<Map.Entry<String, JsonNode>> it = expected.get("windows").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> w = it.next();
            String[] parts = w.getKey().split("-");
            StatsWindowKind kind = StatsWindowKind.byKey(parts[0]);
            Stats stats = calculator.compute(content.items(), Periods.year(Integer.parseInt(parts[1]), kind), now);
            Map<String, Object> map = json.toMap(stats);
            JsonNode want = w.getValue();
            assertEquals(want.get("from").asText(), map.get("from"), w.getKey());
            assertEquals(want.get("to").asText(), map.get("to"), w.getKey());
            assertEquals(want.get("total").asInt(), stats.total(), w.getKey());
            assertEquals(new ObjectMapper().convertValue(want.get("byType"), Map.class), stats.byType(), w.getKey());
            windows++;
        }
        assertTrue(windows >= 20, "windows checked: " + windows);
        assertEquals(VnDates.ZONE.getId(), "Asia/Ho_Chi_Minh");
    }
}
