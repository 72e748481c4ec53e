package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instances keep binder order and behave as immutable maps equal to any map with the same entries. */
class BindingsTest {

    @Test
    void orderEqualityAndReplacement() {
        Map<String, Input> m = new LinkedHashMap<>();
        m.put("n", new Input.IntInput(2));
        m.put("p", Input.DistInput.ofCounts(new long[] {1, 1}));
        Instance x = new Instance(new double[] {0, 1}, m);
        assertEquals(List.of("n", "p"), List.copyOf(x.inputs().keySet()));
        assertEquals(m, x.inputs());
        assertEquals(x.inputs(), m);
        assertEquals(m.hashCode(), x.inputs().hashCode());
        Instance y = x.with("n", new Input.IntInput(3));
        assertEquals(new Input.IntInput(3), y.get("n"));
        assertEquals(new Input.IntInput(2), x.get("n"));
        assertEquals(List.of("n", "p"), List.copyOf(y.inputs().keySet()));
        Instance z = x.with("q", new Input.IntInput(5));
        assertEquals(List.of("n", "p", "q"), List.copyOf(z.inputs().keySet()));
        assertNull(x.get("q"));
        assertEquals(x, new Instance(new double[] {0, 1}, Map.of("p", Input.DistInput.ofCounts(new long[] {2, 2}),
                "n", new Input.IntInput(2))));
        assertThrows(UnsupportedOperationException.class, () -> x.inputs().put("m", new Input.IntInput(1)));
    }
}
