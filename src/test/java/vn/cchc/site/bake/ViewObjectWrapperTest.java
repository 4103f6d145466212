package vn.cchc.site.bake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates see records through {@link ViewObjectWrapper} exactly as through FreeMarker's default wrapper. */
public class ViewObjectWrapperTest {
    public record Entry(String label, int count, boolean current, List<String> tags, String missing, Entry parent) {
        public String shout(String suffix) {
            return label.toUpperCase() + suffix;
        }

        public String describe() {
            return label + " (" + count + ")";
        }
    }

    private static final String TEMPLATE = """
            ${e.label} ${e.count} ${e.current?c} <#list e.tags as t>[${t}]</#list> ${e.missing!"không có"}
            ${e.parent.label} ${e.parent.parent???c} ${e.label()} ${e.shout("!")} ${e.describe()}
            ${e?has_content?c} ${e.parent.tags?size} ${e.count + 1} <#if e.current>hiện tại</#if>
            ${(e.nothing)!"-"} <#list e?keys?sort as k>${k} </#list> ${e?is_hash?c} ${e?is_string?c}
            """;

    private static String render(ObjectWrapper wrapper, Object model) throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_33);
        config.setObjectWrapper(wrapper);
        config.setNumberFormat("computer");
        Template template = new Template("t", new StringReader(TEMPLATE), config);
        StringWriter out = new StringWriter();
        template.process(Map.of("e", model), out);
        return out.toString();
    }

    private static Entry sample() {
        Entry root = new Entry("Gốc", 0, false, List.of(), null, null);
        return new Entry("Thủ tục", 41, true, List.of("cấp xã", "trực tuyến"), null, root);
    }

    @Test
    void recordsAreReadThroughTheirAccessorsWithoutFreeMarkersIntrospection() throws Exception {
        ViewObjectWrapper wrapper = new ViewObjectWrapper(Configuration.VERSION_2_3_33);
        assertInstanceOf(RecordModel.class, wrapper.wrap(sample()));
        assertFalse(wrapper.wrap(new StringBuilder("x")) instanceof RecordModel, "other objects as before");
        String html = render(wrapper, sample());
        assertTrue(html.startsWith("Thủ tục 41 true [cấp xã][trực tuyến] không có"), html);
        assertTrue(html.contains("THỦ TỤC! Thủ tục (41)"), "methods can still be called: " + html);
    }

    @Test
    void templatesSeeExactlyWhatFreeMarkersOwnWrapperShows() throws Exception {
        String ours = render(new ViewObjectWrapper(Configuration.VERSION_2_3_33), sample());
        String theirs = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build(), sample());
        assertEquals(theirs, ours);
    }

    public record Faulty(String label) {
        @Override
        public String label() {
            throw new IllegalStateException("hỏng");
        }
    }

    @Test
    void anAccessorThatFailsGivesATemplateErrorWithItsCause() throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_33);
        config.setObjectWrapper(new ViewObjectWrapper(Configuration.VERSION_2_3_33));
        config.setLogTemplateExceptions(false);
        Template template = new Template("t", new StringReader("${f.label}"), config);
        freemarker.template.TemplateException e = assertThrows(freemarker.template.TemplateException.class,
                () -> template.process(Map.of("f", new Faulty("x")), new StringWriter()));
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertEquals("hỏng", cause.getMessage());
    }
}
