package vn.cchc.site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import vn.cchc.site.content.Suggestions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Says in Vietnamese what is wrong with a command line. Every kind of picocli parse error gets its
 * own sentence built from the exception's parts (the argument, the option, the suggestions); the
 * library's English message is never printed. A plain {@link ParameterException} without an
 * argument is one of this tool's own, already Vietnamese, and is printed as it is.
 */
final class UsageMessages {
    private UsageMessages() {
    }

    /** The sentence for {@code ex}, without the "how to get help" line. */
    static String vietnamese(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "Thiếu " + names(m.getMissing()) + ".";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "Chỉ được ghi " + name(o.getOverwritten()) + " một lần.";
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "Chỉ được dùng một trong các tùy chọn " + exclusiveOptions(ex.getMessage()) + ".";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "Thừa tham số, hoặc một tùy chọn bị ghi nhiều lần: mỗi tùy chọn chỉ ghi một lần.";
        }
        if (ex.getArgSpec() != null) {
            return "Giá trị '" + ex.getValue() + "' không hợp lệ cho " + name(ex.getArgSpec())
                    + choices(ex.getArgSpec(), ex.getValue());
        }
        if (ex.getClass() == ParameterException.class) {
            return ex.getMessage();
        }
        return "Sai cú pháp lệnh.";
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        List<String> suggestions = u.getSuggestions();
        String hint = suggestions.isEmpty() ? "" : " Có phải ý bạn là " + suggestions.stream()
                .map(s -> "'" + s + "'").collect(Collectors.joining(" hoặc ")) + "?";
        if (u.isUnknownOption()) {
            return "Tùy chọn '" + first + "' không tồn tại." + hint;
        }
        boolean atTop = u.getCommandLine().getParent() == null && !u.getCommandLine().getSubcommands().isEmpty();
        if (atTop && !u.getCommandLine().getParseResult().hasSubcommand()) {
            return "Lệnh không tồn tại '" + first + "'." + hint;
        }
        return "Thừa tham số '" + String.join(" ", args) + "'." + hint;
    }

    /** The options picocli names in its "X, Y are mutually exclusive" message, without its English. */
    private static String exclusiveOptions(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--?[\\w-]+").matcher(String.valueOf(message));
        java.util.Set<String> options = new java.util.LinkedHashSet<>();
        while (m.find()) {
            options.add(m.group());
        }
        return options.isEmpty() ? "này" : String.join(", ", options);
    }

    /**
     * For an option with a fixed set of values (an enum, converted by picocli), the values as typed on
     * the command line (the constants in lower case) and the closest to what was typed; otherwise a full stop.
     */
    private static String choices(ArgSpec spec, String typed) {
        if (!spec.type().isEnum()) {
            return ".";
        }
        List<String> keys = Arrays.stream(spec.type().getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
        return ". Chọn một trong " + String.join(", ", keys) + "." + Suggestions.hint(String.valueOf(typed), keys);
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageMessages::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return "tùy chọn " + o.longestName() + " " + o.paramLabel();
        }
        return "tham số " + spec.paramLabel();
    }
}
