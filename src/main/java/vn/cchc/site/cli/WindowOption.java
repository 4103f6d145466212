package vn.cchc.site.cli;

import picocli.CommandLine;
import vn.cchc.site.config.StatsWindowKind;

/** Reads {@code --window calendar|nd09}. */
final class WindowOption {
    private WindowOption() {
    }

    static StatsWindowKind parse(String value, CommandLine cl) {
        try {
            return StatsWindowKind.byKey(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "Kỳ thống kê --window '" + value
                    + "' không có: chọn calendar hoặc nd09.");
        }
    }
}
