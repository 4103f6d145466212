package vn.cchc.site.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import vn.cchc.site.core.IoErrors;
import vn.cchc.site.core.Problem;
import vn.cchc.site.core.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.site.core.PortalConfig;
import vn.cchc.site.core.SiteConfig;
import vn.cchc.site.core.StatsWindowKind;
import vn.cchc.site.core.Vocabulary;

/**
 * Reads {@code site.yml} from the site root. Every key is optional; a missing file gives the
 * defaults (the vocabularies of the content-model contract). Problems are reported, not thrown.
 */
public final class SiteConfigLoader {
    public static final String FILE_NAME = "site.yml";

    static final Map<String, String> DEFAULT_PILLARS = ordered(
            "chi-dao-dieu-hanh", "Công tác chỉ đạo, điều hành",
            "the-che", "Cải cách thể chế",
            "thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính",
            "to-chuc-bo-may", "Cải cách tổ chức bộ máy",
            "cong-vu", "Cải cách chế độ công vụ",
            "tai-chinh-cong", "Cải cách tài chính công",
            "chinh-quyen-so", "Xây dựng chính quyền điện tử, chính quyền số");

    static final Map<String, String> DEFAULT_CHANNELS = ordered(
            "cong-ttdt", "Cổng TTĐT",
            "facebook", "Facebook",
            "zalo", "Zalo",
            "truyen-thanh", "Truyền thanh",
            "bang-tin", "Bảng tin");

    /** Forms of propaganda outside the column, recorded as {@code hoat-dong} (the seed reports' forms). */
    static final Map<String, String> DEFAULT_ACTIVITY_FORMS = ordered(
            "loa", "Loa, đài truyền thanh",
            "pano", "Pano, áp phích",
            "bang-ron", "Băng rôn, khẩu hiệu",
            "man-hinh-led", "Màn hình LED",
            "hoi-nghi", "Hội nghị, tọa đàm",
            "tap-huan", "Tập huấn, bồi dưỡng",
            "hoi-thi", "Hội thi",
            "fanpage", "Fanpage",
            "zalo", "Nhóm Zalo",
            "ban-tin", "Bản tin",
            "khac", "Hình thức khác");

    /** The configuration used when a site has no {@code site.yml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Cải cách hành chính - Chuyển đổi số", "Phường", "", "http://localhost/", "", "", "",
                10, new Vocabulary(DEFAULT_PILLARS), new Vocabulary(DEFAULT_CHANNELS), StatsWindowKind.CALENDAR,
                true, Map.of(), List.of("www.youtube.com", "www.youtube-nocookie.com"), 20L * 1024 * 1024,
                new Vocabulary(DEFAULT_ACTIVITY_FORMS), false, PortalConfig.none(),
                new Vocabulary(Map.of()),
                SiteConfig.DEFAULT_LOGO);
    }

    public SiteConfig load(Path siteRoot, List<Problem> problems) {
        Path file = siteRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Map<String, Object> map;
        try {
            String text = SourceText.decode(Files.readAllBytes(file));
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (loaded == null) {
                return defaults();
            }
            if (!(loaded instanceof Map<?, ?> m)) {
                problems.add(Problem.error(FILE_NAME, 1, "Tệp cấu hình phải là các dòng 'tên: giá trị'."));
                return defaults();
            }
            map = stringKeys(m);
        } catch (SourceText.NotUtf8Exception e) {
            problems.add(Problem.error(FILE_NAME, e.line(), "Tệp cấu hình không phải UTF-8. Lưu lại với mã hóa UTF-8."));
            return defaults();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(Problem.error(FILE_NAME, line, "Tệp cấu hình sai cú pháp YAML. Kiểm tra "
                    + "dấu ':' sau tên mục, dấu ngoặc kép và thụt lề bằng dấu cách."));
            return defaults();
        } catch (YAMLException e) {
            problems.add(Problem.error(FILE_NAME, 1, "Không đọc được tệp cấu hình: nội dung không phải YAML hợp lệ."));
            return defaults();
        } catch (IOException e) {
            problems.add(Problem.error(FILE_NAME, 1, "Không đọc được tệp cấu hình: " + IoErrors.reason(e) + "."));
            return defaults();
        }
        return fromMap(map, problems);
    }

    SiteConfig fromMap(Map<String, Object> map, List<Problem> problems) {
        SiteConfig d = defaults();
        Map<String, Object> stats = section(map, "stats", problems);
        String baseUrl = string(map, "base_url", d.baseUrl());
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        StatsWindowKind window = d.statsWindow();
        String windowKey = string(stats, "window", window.key());
        try {
            window = StatsWindowKind.byKey(windowKey);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(FILE_NAME, 0, "stats.window: '" + windowKey
                    + "' không hợp lệ; chọn 'calendar' (năm dương lịch) hoặc 'nd09' (kỳ báo cáo 15/12–14/12)."));
        }
        int pageSize = integer(map, "page_size", d.pageSize(), problems);
        if (pageSize < 1) {
            problems.add(Problem.error(FILE_NAME, 0, "page_size phải lớn hơn 0."));
            pageSize = d.pageSize();
        }
        double maxMb = number(map, "attachment_max_mb", d.attachmentMaxBytes() / 1024.0 / 1024.0, problems);
        return new SiteConfig(
                string(map, "title", d.title()),
                string(map, "ward", d.ward()),
                string(map, "parent", d.parent()),
                baseUrl,
                string(map, "address", d.address()),
                string(map, "hotline", d.hotline()),
                string(map, "email", d.email()),
                pageSize,
                new Vocabulary(labels(map, "pillars", d.pillars().labels(), problems)),
                new Vocabulary(labels(map, "channels", d.channels().labels(), problems)),
                window,
                bool(stats, "page", d.statsPage()),
                targets(stats, problems),
                strings(map, "embed_hosts", d.embedHosts()),
                (long) (maxMb * 1024 * 1024),
                new Vocabulary(labels(map, "activity_forms", d.activityForms().labels(), problems)),
                bool(stats, "activities_page", d.activitiesPage()),
                portal(section(map, "portal", problems), problems),
                new Vocabulary(labels(map, "origins", d.origins().labels(), problems)),
                string(map, "logo", d.logo()).replaceFirst("^/+", ""));
    }

    /** {@code portal: {host: ..., categories: {tin: "...", ...}}}. */
    private static PortalConfig portal(Map<String, Object> portal, List<Problem> problems) {
        String host = string(portal, "host", "");
        if (host.contains("/") || host.contains(":") || host.contains(" ")) {
            problems.add(Problem.error(FILE_NAME, 0, "portal.host: '" + host + "' phải là tên miền của Cổng TTĐT, "
                    + "không có https:// hay đường dẫn, ví dụ lechan.haiphong.gov.vn."));
            host = "";
        }
        return new PortalConfig(host, labels(portal, "categories", Map.of(), problems));
    }

    /** A year's targets, in the order site.yml gives them: the order of the report's lines. */
    private static Map<String, Integer> targetRow(Object value, List<Problem> problems, Object year) {
        Map<String, Integer> row = new LinkedHashMap<>();
        if (value instanceof Number n) {
            row.put("tin-bai", n.intValue());
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() instanceof Number n) {
                    row.put(String.valueOf(e.getKey()), n.intValue());
                } else {
                    problems.add(Problem.error(FILE_NAME, 0, "stats.targets." + year + "." + e.getKey()
                            + " phải là một số."));
                }
            }
        } else {
            problems.add(Problem.error(FILE_NAME, 0, "stats.targets." + year + " phải là một số hoặc danh sách 'loại: số'."));
        }
        return row;
    }

    private Map<Integer, Map<String, Integer>> targets(Map<String, Object> stats, List<Problem> problems) {
        Object raw = stats.get("targets");
        Map<Integer, Map<String, Integer>> out = new TreeMap<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof Map<?, ?> m)) {
            problems.add(Problem.error(FILE_NAME, 0, "stats.targets phải có dạng 'năm: {tin-bai: 60}'."));
            return out;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            try {
                int year = Integer.parseInt(String.valueOf(e.getKey()));
                // not Map.copyOf: its order changes from one run to the next, and so would the report's
                out.put(year, Collections.unmodifiableMap(targetRow(e.getValue(), problems, year)));
            } catch (NumberFormatException ex) {
                problems.add(Problem.error(FILE_NAME, 0, "stats.targets: '" + e.getKey() + "' không phải là năm."));
            }
        }
        return out;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<String, Object> section(Map<String, Object> map, String key, List<Problem> problems) {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            return stringKeys(m);
        }
        problems.add(Problem.error(FILE_NAME, 0, "'" + key + "' phải là một nhóm cấu hình (mapping)."));
        return Map.of();
    }

    private static String string(Map<String, Object> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : String.valueOf(v).strip();
    }

    private static boolean bool(Map<String, Object> map, String key, boolean fallback) {
        Object v = map.get(key);
        return v instanceof Boolean b ? b : fallback;
    }

    private static int integer(Map<String, Object> map, String key, int fallback, List<Problem> problems) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        problems.add(Problem.error(FILE_NAME, 0, "'" + key + "' phải là một số nguyên."));
        return fallback;
    }

    private static double number(Map<String, Object> map, String key, double fallback, List<Problem> problems) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        problems.add(Problem.error(FILE_NAME, 0, "'" + key + "' phải là một số."));
        return fallback;
    }

    private static List<String> strings(Map<String, Object> map, String key, List<String> fallback) {
        Object v = map.get(key);
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(x -> out.add(String.valueOf(x)));
            return List.copyOf(out);
        }
        return fallback;
    }

    private static Map<String, String> labels(Map<String, Object> map, String key, Map<String, String> fallback,
                                              List<Problem> problems) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(Problem.error(FILE_NAME, 0, "'" + key + "' phải có dạng 'mã: Nhãn tiếng Việt'."));
            return fallback;
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, label) -> out.put(String.valueOf(k), String.valueOf(label)));
        return out;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
