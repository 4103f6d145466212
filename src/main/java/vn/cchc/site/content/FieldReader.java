package vn.cchc.site.content;

import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.content.schema.FieldSpec;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The generic checks of front matter, driven by the fields' declarations: presence, kind, pattern,
 * choice and vocabulary. Each problem is recorded with the line of its field (a missing field: the
 * closing {@code ---}); {@link #failed()} tells whether any was an error.
 */
final class FieldReader {
    private final String file;
    private final FrontMatter fm;
    private final List<Problem> problems;
    private final SiteConfig config;
    private boolean failed;

    FieldReader(String file, FrontMatter fm, List<Problem> problems, SiteConfig config) {
        this.file = file;
        this.fm = fm;
        this.problems = problems;
        this.config = config;
    }

    boolean failed() {
        return failed;
    }

    /** Records an error at the line of {@code key} (or the closing {@code ---} when it is absent). */
    void error(String key, String message) {
        RawField f = fm.field(key);
        problems.add(Problem.error(file, f == null ? fm.headerEnd() : f.line(), message));
        failed = true;
    }

    /** Records an error about the whole header, at its closing {@code ---}. */
    void errorAtEnd(String message) {
        problems.add(Problem.error(file, fm.headerEnd(), message));
        failed = true;
    }

    void missing(String key, String what) {
        problems.add(Problem.error(file, fm.headerEnd(), "Thiếu " + what + ". Thêm dòng '" + key
                + ": ...' vào phần đầu."));
        failed = true;
    }

    /** Line of the field {@code key}, or 0 when it is absent. */
    int line(String key) {
        RawField f = fm.field(key);
        return f == null ? 0 : f.line();
    }

    String scalar(RawField f) {
        if (f.isList()) {
            error(f.key(), "Trường '" + f.key() + "' chỉ nhận một giá trị, không phải danh sách.");
            return "";
        }
        return f.scalar() == null ? "" : f.scalar().strip();
    }

    /** Reads and checks every field of {@code specs} (the {@code type} field excepted). */
    FieldValues read(List<FieldSpec> specs) {
        FieldValues values = new FieldValues();
        for (FieldSpec spec : specs) {
            Object value = switch (spec.kind()) {
                case TYPE -> null;
                case STRING, TEXT, ASSET -> text(spec);
                case PATTERN, URL -> matching(spec);
                case CHOICE -> choice(spec);
                case INT -> integer(spec);
                case DATETIME -> dateTime(spec);
                case DATE -> {
                    LocalDateTime d = dateTime(spec);
                    yield d == null ? null : d.toLocalDate();
                }
                case LIST -> list(spec.name());
                case VOCABULARY -> vocabulary(spec);
                case TERM -> term(spec);
            };
            values.put(spec.name(), value);
        }
        return values;
    }

    /** The stripped text; null when a required field is missing, empty when an optional one is absent. */
    private String text(FieldSpec spec) {
        return text(spec, spec.missing());
    }

    private String text(FieldSpec spec, String missingWhat) {
        RawField f = fm.field(spec.name());
        if (!spec.required()) {
            return f == null ? "" : scalar(f);
        }
        if (f == null || (!f.isList() && scalar(f).isEmpty())) {
            missing(spec.name(), missingWhat);
            return null;
        }
        String v = scalar(f);
        return v.isEmpty() ? null : v;
    }

    private String matching(FieldSpec spec) {
        String v = text(spec);
        if (v != null && !v.isEmpty() && !spec.pattern().matcher(v).matches()) {
            String upper = v.toUpperCase(Locale.ROOT);
            String upperHint = spec.pattern().matcher(upper).matches() ? " (viết hoa: " + upper + ")" : "";
            error(spec.name(), invalid(spec, v, "{key} phải là địa chỉ web bắt đầu bằng https:// .")
                    .replace("{upper}", upperHint));
        }
        return v;
    }

    private String choice(FieldSpec spec) {
        List<String> allowed = spec.optionValues();
        String v;
        if (spec.required()) {
            v = text(spec, spec.missing() + " (" + spec.name() + ": " + String.join(" | ", allowed) + ")");
        } else {
            RawField f = fm.field(spec.name());
            v = f == null ? (String) spec.defaultValue() : scalar(f);
        }
        if (v != null && !allowed.contains(v)) {
            error(spec.name(), invalid(spec, v, "Giá trị '{value}' của {key} không hợp lệ; chọn một trong: {choices}.{hint}")
                    .replace("{choices}", String.join(", ", allowed)));
        }
        return v;
    }

    private Integer integer(FieldSpec spec) {
        String v = text(spec);
        if (v == null || v.isEmpty()) {
            return v != null && spec.defaultValue() instanceof Number d ? d.intValue() : null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= spec.min()) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error(spec.name(), invalid(spec, v, "{key} phải là số nguyên, không phải \"{value}\"."));
        return null;
    }

    private LocalDateTime dateTime(FieldSpec spec) {
        String key = spec.name();
        RawField f = fm.field(key);
        if (f == null) {
            if (spec.required()) {
                missing(key, spec.missing());
            }
            return null;
        }
        String v = scalar(f);
        if (v.isEmpty()) {
            missing(key, "ngày (" + key + ")");
            return null;
        }
        VnDates.Parsed parsed = VnDates.parse(v);
        if (!parsed.ok()) {
            error(key, key + ": " + parsed.error());
            return null;
        }
        return parsed.value();
    }

    private List<String> list(String key) {
        RawField f = fm.field(key);
        if (f == null) {
            return List.of();
        }
        return List.copyOf(new ArrayList<>(new LinkedHashSet<>(f.values().stream().map(String::strip).toList())));
    }

    @SuppressWarnings("unchecked")
    private List<String> vocabulary(FieldSpec spec) {
        String key = spec.name();
        if (fm.field(key) == null && spec.defaultValue() != null) {
            return List.copyOf((Collection<String>) spec.defaultValue());
        }
        List<String> values = list(key);
        values.forEach(v -> inVocabulary(spec, v));
        return values;
    }

    /** One key of a vocabulary: the default when absent, an error when not in the vocabulary. */
    private String term(FieldSpec spec) {
        RawField f = fm.field(spec.name());
        if (f == null && !spec.required()) {
            return (String) spec.defaultValue();
        }
        String v = text(spec);
        if (v != null && !v.isEmpty()) {
            inVocabulary(spec, v);
        }
        return v;
    }

    private void inVocabulary(FieldSpec spec, String v) {
        Set<String> allowed = config.vocabulary(spec.vocabulary()).keys();
        if (!allowed.contains(v)) {
            error(spec.name(), "Giá trị '" + v + "' không có trong danh sách " + spec.vocabularyName() + "."
                    + Suggestions.hint(v, allowed) + " Các giá trị hợp lệ: " + String.join(", ", allowed)
                    + " (cấu hình trong site.yml).");
        }
    }

    private static String invalid(FieldSpec spec, String value, String fallback) {
        String template = spec.invalid() == null ? fallback : spec.invalid();
        return template.replace("{key}", spec.name()).replace("{value}", value)
                .replace("{hint}", Suggestions.hint(value, spec.optionValues()));
    }
}
