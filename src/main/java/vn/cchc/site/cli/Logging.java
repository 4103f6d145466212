package vn.cchc.site.cli;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The libraries' own logs (Apache MINA SSHD, POI), which reach java.util.logging through SLF4J: off by
 * default, since officers read Vietnamese messages, not a library's English; {@code deploy --verbose}
 * shows the SSH and SFTP conversation (MINA's debug level) on the command's error stream, for
 * diagnosing a deployment.
 */
final class Logging {
    /** Held so that java.util.logging, which keeps loggers weakly, does not forget the level set here. */
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger SSHD = Logger.getLogger("org.apache.sshd");

    private Logging() {
    }

    /** Library logs off. */
    static void quiet() {
        for (Handler handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
        }
        ROOT.setLevel(Level.OFF);
        SSHD.setLevel(null);
    }

    /** Library warnings, and MINA SSHD's debug messages, written to {@code err}. */
    static void verbose(PrintWriter err) {
        quiet();
        ROOT.setLevel(Level.WARNING);
        SSHD.setLevel(Level.FINE);
        ROOT.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (!isLoggable(record)) {
                    return;
                }
                err.println(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
                err.flush();
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        });
    }
}
