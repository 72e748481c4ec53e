package org.infobound.engine.falsify;

import java.math.BigInteger;
import java.util.List;

/**
 * The domain of a claim as the search sees it: the binders in order and the shared alphabet
 * (outcome count range and reward constraint from the first {@code dist} binder).
 *
 * <p>The alphabet sizes the search draws, {@code kMin..kMax}, may be narrower than the declared
 * range {@code declaredMin..declaredMax} (exact, null for {@code inf}): the search draws at most
 * {@link #ALPHABET_CAP} outcomes. {@link #notes()} states every such restriction, and the
 * verdict carries them (a SURVIVED verdict says what was searched).
 *
 * @param binders the binders, in order
 * @param kMin smallest alphabet size searched (0 when the claim has no alphabet binders)
 * @param kMax largest alphabet size searched
 * @param rewards how the alphabet's rewards are drawn
 * @param declaredMin smallest declared alphabet size (exact)
 * @param declaredMax largest declared alphabet size (exact; null for inf)
 * @param notes what the search leaves out of the declared domain (empty when nothing)
 * @param unsearchable why no instance can be searched at all, or null
 */
public record ClaimSpace(List<BinderSpec> binders, int kMin, int kMax, RewardSpec rewards, BigInteger declaredMin,
        BigInteger declaredMax, List<String> notes, String unsearchable) {

    /** Largest alphabet the search draws. */
    public static final int ALPHABET_CAP = 1024;

    /** Copies; validates the alphabet range. */
    public ClaimSpace {
        binders = List.copyOf(binders);
        notes = List.copyOf(notes);
        if (kMin < 0 || kMin > kMax) {
            throw new IllegalArgumentException("bad alphabet size range " + kMin + ".." + kMax);
        }
        java.util.Objects.requireNonNull(declaredMin, "declared alphabet minimum");
    }

    /** A space whose declared alphabet range is the searched one. */
    public ClaimSpace(List<BinderSpec> binders, int kMin, int kMax, RewardSpec rewards) {
        this(binders, kMin, kMax, rewards, BigInteger.valueOf(kMin), BigInteger.valueOf(kMax), List.of(), null);
    }

    /** Whether the claim has a shared alphabet. */
    public boolean hasAlphabet() {
        return kMax > 0;
    }

    /** Whether the alphabet size k lies in the declared range (exactly). */
    public boolean declaresAlphabet(int k) {
        BigInteger b = BigInteger.valueOf(k);
        return b.compareTo(declaredMin) >= 0 && (declaredMax == null || b.compareTo(declaredMax) <= 0);
    }

    /** Whether the searched alphabet sizes are all the declared ones. */
    public boolean searchesWholeAlphabet() {
        return declaredMax != null && BigInteger.valueOf(kMax).equals(declaredMax)
                && BigInteger.valueOf(kMin).equals(declaredMin);
    }
}
