package vn.cchc.site.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command tree: all six commands for users, only its own in the tuned child JVM. */
class CommandLineTest {
    private static final PrintWriter SINK = new PrintWriter(new StringWriter());

    @Test
    void usersGetEveryCommandInTheOrderOfTheHelp() {
        assertEquals(List.of("build", "stats", "check", "new", "serve", "deploy"),
                List.copyOf(Main.commandLine(SINK, SINK).getSubcommands().keySet()));
    }

    @Test
    void theChildJvmReadsTheOptionsOfItsOwnCommandOnly() {
        assertEquals(Set.of("build"), Main.commandLine(SINK, SINK, "build").getSubcommands().keySet());
        assertEquals(6, Main.commandLine(SINK, SINK, "--help").getSubcommands().size(), "not a command: all");
    }
}
