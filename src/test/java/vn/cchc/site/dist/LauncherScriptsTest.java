package vn.cchc.site.dist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/cchc-site.cmd} cannot run here: its text is checked against {@code bin/cchc-site}, which
 * the distribution tests do run. Both are made by the build from one option list; they must start the
 * same JVM the same way, make the class-data archive for the same commands and honour the same
 * environment variables.
 */
class LauncherScriptsTest {
    private static final Path BIN = Path.of(System.getProperty("cchc.launcher", "target/launcher/bin"));

    private static String sh() throws IOException {
        return Files.readString(BIN.resolve("cchc-site"), StandardCharsets.UTF_8);
    }

    private static String cmd() throws IOException {
        return Files.readString(BIN.resolve("cchc-site.cmd"), StandardCharsets.UTF_8);
    }

    private static String one(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertTrue(m.find(), "no line matching " + regex);
        String found = m.group(1);
        assertFalse(m.find(), "more than one line matching " + regex);
        return found;
    }

    /** A command line as tokens, with each script's syntax for variables and arguments made alike. */
    private static List<String> tokens(String line) {
        String plain = line.replace("${CDS:+\"$CDS\"}", "$CDS").replace("\"$@\"", "ARGS").replace("%*", "ARGS")
                .replaceAll("%(\\w+)%", "{$1}").replaceAll("\\$(\\w+)", "{$1}").replace('\\', '/').replace("\"", "");
        return Arrays.asList(plain.strip().split("\\s+"));
    }

    @Test
    void bothScriptsCarryTheOneOptionList() throws IOException {
        String shOptions = one(sh(), "^CCHC_JVM_OPTIONS=\"(.*)\"$");
        String cmdOptions = one(cmd(), "^set \"CCHC_JVM_OPTIONS=(.*)\"$");
        assertEquals(shOptions, cmdOptions);
        for (String option : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn100m")) {
            assertTrue(shOptions.contains(option), option + " in " + shOptions);
        }
        assertEquals(one(sh(), "^CCHC_VERSION=\"(.*)\"$"), one(cmd(), "^set \"CCHC_VERSION=(.*)\"$"));
        assertFalse(sh().contains("{{") || cmd().contains("{{"), "every placeholder is filled by the build");
    }

    @Test
    void bothScriptsStartTheSameJvmCommand() throws IOException {
        List<String> shRun = tokens(one(sh(), "^(\"\\$JAVA_EXE\" .*)$"));
        List<String> cmdRun = tokens(one(cmd(), "^(\"%JAVA_EXE%\" .*)$"));
        assertEquals(shRun, cmdRun);
        assertEquals(List.of("{JAVA_EXE}", "{CCHC_JVM_OPTIONS}", "{CDS}", "{CCHC_JAVA_OPTS}", "-cp",
                "{APP_HOME}/lib/cchc-site.jar", "vn.cchc.site.cli.Main", "ARGS"), shRun);
    }

    @Test
    void bothScriptsKeepTheArchiveAlikeAndMakeItForTheSameCommands() throws IOException {
        assertEquals(tokens(one(sh(), "^\\s*JSA=\"(.*)\"$")), tokens(one(cmd(), "^set \"JSA=(.*)\"$")));
        assertEquals(tokens("{CACHE}/{CCHC_VERSION}-{JV}.jsa"), tokens(one(sh(), "^\\s*JSA=\"(.*)\"$")));
        Set<String> shCommands = new TreeSet<>(Arrays.asList(one(sh(), "^\\s*([a-z|]+)\\) mkdir").split("\\|")));
        Set<String> cmdCommands = new TreeSet<>();
        Matcher m = Pattern.compile("^\\s*if /i \"%~1\"==\"(\\w+)\" set DUMP=1$", Pattern.MULTILINE).matcher(cmd());
        while (m.find()) {
            cmdCommands.add(m.group(1));
        }
        assertEquals(Set.of("build", "check", "stats"), shCommands);
        assertEquals(shCommands, cmdCommands);
        assertTrue(sh().contains("-XX:SharedArchiveFile=$JSA") && cmd().contains("-XX:SharedArchiveFile=%JSA%"));
        assertTrue(sh().contains("-XX:ArchiveClassesAtExit=") && cmd().contains("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void shellcheckFindsNoWarningInTheLauncherOrTheSitePipeline() throws Exception {
        Path shellcheck = Path.of("/usr/bin/shellcheck");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(shellcheck) || System.getenv("CCHC_CI_NODE_MODULES") != null,
                "shellcheck is not installed (apt-get install shellcheck)");
        Path publish = Path.of("src/main/resources/vn/cchc/site/scaffold/site/publish.sh");
        Process p = new ProcessBuilder(shellcheck.toString(), "-s", "sh", "-S", "warning", BIN.resolve("cchc-site").toString(),
                publish.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), report);
    }

    @Test
    void bothScriptsHonourTheSameEnvironmentAndExitCodes() throws IOException {
        for (String variable : List.of("JAVA_HOME", "CCHC_JAVA_OPTS", "CCHC_NO_CDS")) {
            assertTrue(sh().contains("$" + variable) || sh().contains("${" + variable), variable + " in the shell script");
            assertTrue(cmd().contains("%" + variable + "%") || cmd().contains("defined " + variable), variable + " in the cmd script");
        }
        assertTrue(sh().contains("exit $RC") && cmd().contains("exit /b %RC%"), "both pass the tool's exit code on");
        String noJava = "Lỗi: không tìm thấy Java.";
        assertTrue(sh().contains(noJava) && cmd().contains(noJava));
        assertTrue(sh().contains("exit 2") && cmd().contains("exit /b 2"), "no Java is a usage error (2) in both");
        assertTrue(sh().startsWith("#!/bin/sh\n") && cmd().startsWith("@echo off"));
    }
}
