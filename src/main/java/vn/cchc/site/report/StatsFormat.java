package vn.cchc.site.report;

import vn.cchc.site.stats.Stats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The formats {@code stats --format} writes, all from the same {@link Stats}. */
public enum StatsFormat {
    TABLE("table", false) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return new StatsTable().render(stats, ctx.config()).getBytes(StandardCharsets.UTF_8);
        }
    },
    JSON("json", false) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            java.util.Map<String, Object> json = new StatsJson().toMap(stats);
            json.put("ward", ctx.config().ward());
            return new StatsJson().write(json).getBytes(StandardCharsets.UTF_8);
        }
    },
    CSV("csv", false) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return new StatsCsv().render(stats, ctx.config());
        }
    },
    XLSX("xlsx", true) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return new StatsXlsx().render(stats, ctx);
        }
    },
    DOCX("docx", true) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return ctx.section() ? new StatsDocx().render(stats, ctx) : new ReportDocx().render(stats, ctx);
        }
    };

    private final String key;
    private final boolean binary;

    StatsFormat(String key, boolean binary) {
        this.key = key;
        this.binary = binary;
    }

    public abstract byte[] render(Stats stats, ReportContext ctx);

    /** The value of {@code --format}. */
    public String key() {
        return key;
    }

    /** Whether the format must go to a file. */
    public boolean binary() {
        return binary;
    }

    public static Optional<StatsFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
    }
}
