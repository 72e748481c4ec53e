package org.infobound.cli;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for check runs that take longer than a second, only when the process
 * talks to a terminal ({@link System#console()} is non-null: neither piped, redirected nor under
 * a test runner) and {@code --no-progress} is not given. It never writes to standard output, so
 * reports stay clean. The engine's {@code CheckRun} has no per-claim callback, so the bar shows
 * elapsed time against the number of claims rather than claims done ({@link #step()} is ready
 * for such a callback).
 */
final class Progress implements AutoCloseable {

    /** Delay before the bar appears: short runs print nothing. */
    static final Duration DELAY = Duration.ofSeconds(1);

    private final Thread starter;
    private volatile ProgressBar bar;
    private volatile boolean closed;

    private Progress(String task, long total) {
        starter = new Thread(() -> {
            try {
                Thread.sleep(DELAY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (!closed) {
                    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                            .setSpeedUnit(ChronoUnit.SECONDS).hideEta().startsFrom(0, DELAY)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
                }
            }
        }, "infobound-progress");
        starter.setDaemon(true);
        starter.start();
    }

    /** A progress bar for {@code total} claims, or a no-op when not on a terminal or disabled. */
    static AutoCloseable start(String task, long total, boolean enabled) {
        if (!enabled || System.console() == null) {
            return () -> { };
        }
        return new Progress(task, total < 1 ? -1 : total);
    }

    /** One claim done. */
    void step() {
        ProgressBar b = bar;
        if (b != null) {
            b.step();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        starter.interrupt();
        if (bar != null) {
            bar.close();
        }
    }
}
