package vn.cchc.site.report;

import vn.cchc.site.stats.Stats;

import java.nio.charset.StandardCharsets;

/** The formats {@code stats --format} writes (named by the constant, in any case), all from the same {@link Stats}. */
public enum StatsFormat {
    TABLE(false) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return new StatsTable().render(stats, ctx.config()).getBytes(StandardCharsets.UTF_8);
        }
    },
    JSON(false) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            java.util.Map<String, Object> json = new StatsJson().toMap(stats);
            json.put("ward", ctx.config().ward());
            return new StatsJson().write(json).getBytes(StandardCharsets.UTF_8);
        }
    },
    CSV(false) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return new StatsCsv().render(stats, ctx.config());
        }
    },
    XLSX(true) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return new StatsXlsx().render(stats, ctx);
        }
    },
    DOCX(true) {
        @Override
        public byte[] render(Stats stats, ReportContext ctx) {
            return ctx.section() ? new StatsDocx().render(stats, ctx) : new ReportDocx().render(stats, ctx);
        }
    };

    private final boolean binary;

    StatsFormat(boolean binary) {
        this.binary = binary;
    }

    public abstract byte[] render(Stats stats, ReportContext ctx);

    /** The value of {@code --format}: the constant's name in lower case. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the format must go to a file. */
    public boolean binary() {
        return binary;
    }
}
