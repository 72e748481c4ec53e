package org.infobound.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for {@code check}: claims done / total, the claim the run
 * waits for, and the elapsed time, e.g. {@code [#####.....] 5/10 claims  deciding bound  12 s}.
 * It shows only on a terminal ({@link System#console()} is non-null: neither piped, redirected
 * nor under a test runner) unless {@code --progress always}; {@code --no-progress} or
 * {@code --progress never} turn it off. It never writes to standard output, so reports stay
 * clean; {@link #clear()} wipes it before a claim's line is printed and {@link #draw()} puts it
 * back.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 20;
    private static final int MAX_NAME = 40;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final Thread ticker;
    private int total = -1;
    private int done;
    private String current = "";
    private boolean shown;
    private boolean closed;

    private Progress(PrintWriter err) {
        this.err = err;
        ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(500);
                    draw();
                }
            } catch (InterruptedException e) {
                // closed
            }
        }, "infobound-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Whether a bar shows for {@code mode} (auto, always, never). */
    static boolean enabled(String mode) {
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "always":
                return true;
            case "never":
                return false;
            case "auto":
                return System.console() != null;
            default:
                throw new IllegalArgumentException("--progress must be auto, always or never, got '" + mode + "'");
        }
    }

    /** A bar on {@code err}, or null when disabled. */
    static Progress start(boolean enabled, PrintWriter err) {
        return enabled ? new Progress(err) : null;
    }

    synchronized void started(int claims) {
        total = claims;
        draw();
    }

    synchronized void deciding(int index, String name) {
        done = index;
        current = name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 3) + "...";
        draw();
    }

    synchronized void decided(int index) {
        done = index + 1;
        current = "";
        draw();
    }

    /** Runs {@code print} (a line on the terminal) with the bar wiped, the ticker held off until it is done. */
    synchronized void printing(Runnable print) {
        clear();
        print.run();
    }

    /** Wipes the bar (before a line goes to the terminal). */
    synchronized void clear() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }

    /** Draws the bar. */
    synchronized void draw() {
        if (closed || total < 0) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        err.print("\r\u001b[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " claims" + (done < total && !current.isEmpty() ? "  deciding " + current : "") + "  " + seconds
                + " s");
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        clear();
        closed = true;
        ticker.interrupt();
    }
}
