package org.infobound.engine.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One part of a check split across machines ({@code check --shard i/n}, README "Scale-out"): a
 * claim belongs to shard {@code 1 + h mod n}, where {@code h} is the first 8 bytes of the
 * SHA-256 of its file path as given (with {@code /} separators), a zero byte and its name. The
 * split depends on nothing else, so every shard of every machine agrees on it.
 *
 * @param index which shard, 1..count
 * @param count how many shards
 */
public record Shard(int index, int count) {

    /** The whole check (one shard). */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(String text) {
        String[] p = text.strip().split("/", -1);
        try {
            if (p.length == 2) {
                return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("--shard needs i/n with 1 <= i <= n (e.g. 2/3), got '" + text + "'");
    }

    /** The shard, 1..n, of the claim {@code name} of {@code file}. */
    public static int of(String file, String name, int count) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(file.replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] h = sha.digest(name.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xff);
            }
            return 1 + (int) Long.remainderUnsigned(v, count);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether this shard decides the claim {@code name} of {@code file}. */
    public boolean contains(String file, String name) {
        return count == 1 || of(file, name, count) == index;
    }
}
