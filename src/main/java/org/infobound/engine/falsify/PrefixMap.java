package org.infobound.engine.falsify;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.infobound.engine.eval.Input;

/**
 * The binder values of an instance being drawn or checked, in binder order, as two arrays: the
 * map a binder's domain is resolved from ({@link BinderSpec#domain}), as the
 * {@code LinkedHashMap} it replaces (insertion order; a repeated name keeps its first position
 * and takes the new value), without an entry object per value. Made fresh per instance (domains
 * may keep the map they were resolved from, and it is only ever appended to).
 */
final class PrefixMap extends AbstractMap<String, Input> {

    final String[] names;
    final Input[] values;
    int size;

    PrefixMap(int capacity) {
        names = new String[capacity];
        values = new Input[capacity];
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Input put(String name, Input value) {
        java.util.Objects.requireNonNull(name, "binder name");
        int i = indexOf(name);
        if (i >= 0) {
            Input old = values[i];
            values[i] = value;
            return old;
        }
        names[size] = name;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public Input get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Collection<Input> values() {
        return new AbstractList<>() {
            @Override
            public Input get(int i) {
                if (i < 0 || i >= size) {
                    throw new IndexOutOfBoundsException(i);
                }
                return values[i];
            }

            @Override
            public int size() {
                return size;
            }
        };
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
                        return i < size;
                    }

                    @Override
                    public Map.Entry<String, Input> next() {
                        if (i >= size) {
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
                return size;
            }
        };
    }
}
