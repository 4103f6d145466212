package vn.cchc.site.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.cchc.site.stats.CountedItem;
import vn.cchc.site.stats.Figure;
import vn.cchc.site.stats.Stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics JSON, a contract other tools read:
 * {@code {"from","to","total","byType","byMonth","byPillar","byChannel","byAuthor","items":[...]}},
 * plus {@code byTag}, {@code byChange}, {@code byOnline}, {@code processes}, {@code targets} and
 * {@code label}. {@code byType} leaves out types with no item. Extensions: {@code figures} (every
 * figure of the glossary by key: {@code tin-bai} = tin + bai, {@code tong} = everything counted),
 * targets name the figure they count ({@code key}) and its {@code label}, and {@code activities}
 * (records outside the column, never part of {@code total}). {@code onPortal} counts the items
 * pasted on the ward's official portal; an item's {@code portalUrl} is there only when it has one.
 */
public final class StatsJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Map<String, Object> toMap(Stats s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", s.period().from().toString());
        out.put("to", s.period().to().toString());
        out.put("label", s.period().label());
        out.put("total", s.total());
        out.put("onPortal", s.onPortal());
        out.put("byType", s.byType());
        out.put("byMonth", s.byMonth());
        out.put("byPillar", s.byPillar());
        out.put("byChannel", s.byChannel());
        out.put("byAuthor", s.byAuthor());
        out.put("byTag", s.byTag());
        out.put("byChange", s.byChange());
        out.put("byOnline", s.byOnline());
        out.put("processes", s.processes());
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (Figure f : Figure.values()) {
            figures.put(f.key(), f.of(s));
        }
        out.put("figures", figures);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Stats.Target t : s.targets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", t.key());
            row.put("label", t.label());
            row.put("target", t.target());
            row.put("actual", t.actual());
            row.put("percent", t.percent());
            targets.add(row);
        }
        out.put("targets", targets);
        List<Map<String, Object>> items = new ArrayList<>();
        for (CountedItem i : s.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", i.path());
            row.put("url", i.url());
            row.put("title", i.title());
            row.put("type", i.type());
            row.put("date", i.date());
            if (!i.portalUrl().isEmpty()) {
                row.put("portalUrl", i.portalUrl());
            }
            items.add(row);
        }
        out.put("items", items);
        Map<String, Object> forms = new LinkedHashMap<>();
        s.activities().byForm().forEach((k, f) -> forms.put(k, ordered("records", f.records(), "quantity",
                f.quantity(), "participants", f.participants())));
        out.put("activities", ordered("total", s.activities().total(), "byForm", forms));
        return out;
    }

    /** A map that keeps the order of {@code pairs} (key, value, key, value…), so the JSON is stable. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    public String write(Stats stats) {
        return write(toMap(stats));
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
