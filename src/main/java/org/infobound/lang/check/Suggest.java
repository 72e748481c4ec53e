package org.infobound.lang.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints by edit distance (Levenshtein, case-insensitive first). */
final class Suggest {

    private Suggest() {
    }

    /** The closest candidate within distance max(1, |name| / 3), if any. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(1, name.length() / 3);
        for (String c : candidates) {
            int d = c.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance && d < name.length() && d < c.length()) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The help line "did you mean `x`?", or "". */
    static String help(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> "did you mean `" + c + "`?").orElse("");
    }

    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
