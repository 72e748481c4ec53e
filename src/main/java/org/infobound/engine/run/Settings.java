package org.infobound.engine.run;

/**
 * Settings of a check run.
 *
 * @param seed the seed of every claim's search (printed in reports; reproduces the run)
 * @param tries instances per claim
 * @param timeCapMillis wall-clock cap per claim (can only shorten a search)
 * @param threads worker threads (claims run in parallel, and a search of at least
 *                {@code Falsifier.BLOCKED_FROM} tries spreads its blocks over them; results do
 *                not depend on the thread count or scheduling except through the time cap)
 * @param exhaustionLimit largest finite domain proved by certified exhaustion
 * @param prove whether the prover runs before the search (off: only exhaustion can prove)
 * @param crossCheckInstances instances per claim for the cross-check after the verdict
 *                            ({@code --cross-check}); 0 turns it off
 */
public record Settings(long seed, long tries, long timeCapMillis, int threads, long exhaustionLimit, boolean prove,
        int crossCheckInstances) {

    /** Default seed. */
    public static final long DEFAULT_SEED = 20240607L;

    /** Validates. */
    public Settings {
        if (tries < 1 || timeCapMillis < 0 || threads < 1 || exhaustionLimit < 0 || crossCheckInstances < 0) {
            throw new IllegalArgumentException("bad settings");
        }
    }

    /** Settings without the cross-check. */
    public Settings(long seed, long tries, long timeCapMillis, int threads, long exhaustionLimit, boolean prove) {
        this(seed, tries, timeCapMillis, threads, exhaustionLimit, prove, 0);
    }

    /** Whether {@code --cross-check} is on. */
    public boolean crossCheck() {
        return crossCheckInstances > 0;
    }

    /**
     * Defaults: 300 tries, no wall-clock cap (so a verdict depends only on the seed and the
     * tries, never on machine load), one thread per core, exhaustion up to 2000.
     */
    public static Settings defaults() {
        return new Settings(DEFAULT_SEED, 300, 0, Math.max(1, Runtime.getRuntime().availableProcessors()), 2000, true);
    }
}
