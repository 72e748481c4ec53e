package org.infobound.engine.eval;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable, insertion-ordered map from binder names to values, as two small arrays: a
 * claim has a handful of binders, so a linear scan beats hashing, and an {@link Instance} built
 * from one needs no defensive copy (the search makes hundreds of thousands of instances).
 */
final class Bindings extends AbstractMap<String, Input> {

    private static final Bindings EMPTY = new Bindings(new String[0], new Input[0]);

    private final String[] names;
    private final Input[] values;

    private Bindings(String[] names, Input[] values) {
        this.names = names;
        this.values = values;
    }

    /** An immutable copy of {@code m} in its iteration order (null keys or values rejected). */
    static Bindings copyOf(Map<String, ? extends Input> m) {
        if (m instanceof Bindings b) {
            return b;
        }
        if (m.isEmpty()) {
            return EMPTY;
        }
        String[] n = new String[m.size()];
        Input[] v = new Input[m.size()];
        int i = 0;
        for (Map.Entry<String, ? extends Input> e : m.entrySet()) {
            n[i] = java.util.Objects.requireNonNull(e.getKey(), "binder name");
            v[i] = java.util.Objects.requireNonNull(e.getValue(), "binder value");
            i++;
        }
        return new Bindings(n, v);
    }

    /**
     * Bindings over {@code names[0..n)} and {@code values[0..n)} taken as given (the arrays are
     * copied to length n, never shared); null names or values rejected, and a repeated name keeps
     * its first position with the last value, as a {@code LinkedHashMap} filled in that order would.
     */
    static Bindings of(String[] names, Input[] values, int n) {
        if (n == 0) {
            return EMPTY;
        }
        String[] nn = new String[n];
        Input[] vv = new Input[n];
        int m = 0;
        outer:
        for (int i = 0; i < n; i++) {
            String name = java.util.Objects.requireNonNull(names[i], "binder name");
            Input value = java.util.Objects.requireNonNull(values[i], "binder value");
            for (int j = 0; j < m; j++) {
                if (nn[j].equals(name)) {
                    vv[j] = value;
                    continue outer;
                }
            }
            nn[m] = name;
            vv[m] = value;
            m++;
        }
        return new Bindings(m == n ? nn : Arrays.copyOf(nn, m), m == n ? vv : Arrays.copyOf(vv, m));
    }

    /**
     * The bindings {@link #of} makes, taking the arrays themselves when they hold exactly n
     * distinct non-null names and n non-null values (then {@code of} would make equal copies of
     * them); otherwise {@code of(names, values, n)}. The caller never writes the arrays again.
     */
    static Bindings ofOwned(String[] names, Input[] values, int n) {
        if (n == 0 || n != names.length || n != values.length) {
            return of(names, values, n);
        }
        for (int i = 0; i < n; i++) {
            String name = names[i];
            if (name == null || values[i] == null) {
                return of(names, values, n);
            }
            for (int j = 0; j < i; j++) {
                if (names[j].equals(name)) {
                    return of(names, values, n);
                }
            }
        }
        return new Bindings(names, values);
    }

    /** A copy with {@code name} bound to {@code value} (replaced in place, or appended). */
    Bindings with(String name, Input value) {
        java.util.Objects.requireNonNull(value, "binder value");
        int i = indexOf(name);
        if (i >= 0) {
            Input[] v = values.clone();
            v[i] = value;
            return new Bindings(names, v);
        }
        String[] n = Arrays.copyOf(names, names.length + 1);
        Input[] v = Arrays.copyOf(values, values.length + 1);
        n[names.length] = name;
        v[values.length] = value;
        return new Bindings(n, v);
    }

    /**
     * A copy with the value at position {@code i} replaced: the same bindings as
     * {@code with(nameAt(i), value)} (names are distinct, so the name's position is i).
     */
    Bindings withAt(int i, Input value) {
        java.util.Objects.requireNonNull(value, "binder value");
        Input[] v = values.clone();
        v[i] = value;
        return new Bindings(names, v);
    }

    /** The name at position i, in insertion order. */
    String nameAt(int i) {
        return names[i];
    }

    /** The value at position i, in insertion order. */
    Input valueAt(int i) {
        return values[i];
    }

    private int indexOf(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Input get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Map.Entry<String, Input>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Input>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < names.length;
                    }

                    @Override
                    public Map.Entry<String, Input> next() {
                        if (i >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Input> e = new SimpleImmutableEntry<>(names[i], values[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Bindings b && Arrays.equals(names, b.names)) {
            return Arrays.equals(values, b.values);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < names.length; i++) {
            h += names[i].hashCode() ^ values[i].hashCode();
        }
        return h;
    }
}
