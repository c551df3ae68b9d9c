package signet.ingest;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Progress of a long run on the error stream: a bar redrawn in place ({@code \r}) on a terminal,
 * a log line every few seconds otherwise (a log file or CI output must not fill with carriage
 * returns). Nothing is shown during the first seconds, so short runs stay quiet. Messages
 * printed through {@link #println} clear the bar first, so they never end up glued to it.
 *
 * <p>Called from one thread (the ingest's writer); synchronized anyway, being cheap.
 */
public final class ProgressMeter {

    /** How progress is shown. */
    public enum Style {
        /** {@link #BAR} on a terminal, {@link #LOG} otherwise. */
        AUTO,
        /** A line redrawn in place. */
        BAR,
        /** A line every {@code logInterval}. */
        LOG,
        /** Nothing. */
        OFF
    }

    /** A bar appears only for runs longer than this: a short ingest prints just its summary. */
    private static final long BAR_DELAY = Duration.ofSeconds(2).toNanos();
    /** Redrawing more often only costs time. */
    private static final long BAR_REDRAW = Duration.ofMillis(250).toNanos();
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final Style style;
    private final long logInterval;
    private final long total;
    private final String unit;
    private final long start = System.nanoTime();
    private long done;
    private long lastShown;
    private int barLength; // characters of the bar currently on screen, 0 when none

    /**
     * @param err         where progress goes
     * @param style       {@link Style#AUTO} is resolved here, by {@link #onTerminal()}
     * @param logInterval time between two log lines
     * @param total       units of work expected (for the ETA)
     * @param unit        what is counted, plural ("articles")
     */
    public ProgressMeter(PrintWriter err, Style style, Duration logInterval, long total, String unit) {
        this.err = Objects.requireNonNull(err, "err");
        this.style = Objects.requireNonNull(style, "style") == Style.AUTO ? (onTerminal() ? Style.BAR : Style.LOG) : style;
        this.logInterval = logInterval.toNanos();
        this.total = total;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.lastShown = start;
    }

    /** The style in effect (never AUTO). */
    public Style style() { return style; }

    /** One more unit done; redraws or logs when it is time. */
    public synchronized void advance() {
        done++;
        long now = System.nanoTime();
        switch (style) {
            case BAR -> {
                if (now - start >= BAR_DELAY && (now - lastShown >= BAR_REDRAW || done == total)) {
                    drawBar(now);
                    lastShown = now;
                }
            }
            case LOG -> {
                if (now - lastShown >= logInterval) {
                    err.println("signet: " + status(now, ", "));
                    err.flush();
                    lastShown = now;
                }
            }
            default -> { }
        }
    }

    /** Units done so far. */
    public synchronized long done() { return done; }

    /** A message line (a failure, a note), printed below any bar. */
    public synchronized void println(String line) {
        clearBar();
        err.println(line);
        err.flush();
    }

    /** A phase without counted units starts (e.g. building the indexes): said once, in every visible style. */
    public synchronized void phase(String what) {
        if (style == Style.OFF) return;
        clearBar();
        if (System.nanoTime() - start >= BAR_DELAY || style == Style.LOG) {
            err.println("signet: " + what);
            err.flush();
        }
    }

    /** The run is over: the bar is removed (the summary says the rest). */
    public synchronized void finish() {
        clearBar();
    }

    private void drawBar(long now) {
        int filled = total <= 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        String line = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + status(now, "  ");
        // pad with spaces over a longer previous line instead of relying on terminal escape codes
        String padded = line.length() < barLength ? line + " ".repeat(barLength - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        barLength = line.length();
    }

    private void clearBar() {
        if (barLength == 0) return;
        err.print("\r" + " ".repeat(barLength) + "\r");
        err.flush();
        barLength = 0;
    }

    /** {@code 12,000/100,000 articles, 1,480/s, ETA 59 s}. */
    String status(long now, String sep) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d/%,d %s%s%,.0f/s", done, total, unit, sep, rate));
        if (rate > 0 && done < total) sb.append(sep).append("ETA ").append(duration((total - done) / rate));
        return sb.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /**
     * Whether stderr is a terminal. {@code System.console()} alone is not enough: since JDK 22 it
     * is non-null even when redirected (the answer is {@code Console.isTerminal()}, absent from
     * the Java 21 API we compile against, so asked reflectively), and it speaks of stdin/stdout,
     * not stderr; on Linux, {@code /proc/self/fd/2} says where stderr really goes.
     */
    public static boolean onTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            Object terminal = Console.class.getMethod("isTerminal").invoke(console);
            if (Boolean.FALSE.equals(terminal)) return false;
        } catch (ReflectiveOperationException e) {
            // Java 21: a non-null console already means stdin and stdout are a terminal
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return true; // not Linux: trust the console
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }
}
