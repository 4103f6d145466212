package vn.cchc.site.report;

import vn.cchc.site.config.SiteConfig;
import vn.cchc.site.stats.Stats;

import java.nio.charset.StandardCharsets;

/** The formats {@code stats --format} writes (named by the constant, in any case), all from the same {@link Stats}. */
public enum StatsFormat {
    TABLE(false) {
        @Override
        public byte[] render(Stats stats, SiteConfig config) {
            return new StatsTable().render(stats, config).getBytes(StandardCharsets.UTF_8);
        }
    },
    JSON(false) {
        @Override
        public byte[] render(Stats stats, SiteConfig config) {
            return new StatsJson().write(stats).getBytes(StandardCharsets.UTF_8);
        }
    },
    CSV(false) {
        @Override
        public byte[] render(Stats stats, SiteConfig config) {
            return new StatsCsv().render(stats, config);
        }
    },
    DOCX(true) {
        @Override
        public byte[] render(Stats stats, SiteConfig config) {
            return new StatsDocx().render(stats, config);
        }
    };

    private final boolean binary;

    StatsFormat(boolean binary) {
        this.binary = binary;
    }

    public abstract byte[] render(Stats stats, SiteConfig config);

    /** Whether the format must go to a file. */
    public boolean binary() {
        return binary;
    }
}
