package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DualOfTest {

    @Test
    void ofKeepsTheGivenEnclosures() {
        Interval v = Interval.of(1, 2);
        Interval d = Interval.of(-1, 1);
        Dual x = Dual.of(v, d);
        assertSame(v, x.value());
        assertSame(d, x.derivative());
    }

    @Test
    void ofComposesByTheChainRule() {
        // d/dx e^{u} with u = 0, u' in [2, 3]: e^0 * [2, 3]
        Dual e = Dual.of(Interval.ZERO, Interval.of(2, 3)).exp();
        assertEquals(Interval.ONE, e.value());
        assertEquals(Interval.of(2, 3), e.derivative());
    }

    @Test
    void ofRejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> Dual.of(null, Interval.ONE));
        assertThrows(IllegalArgumentException.class, () -> Dual.of(Interval.ONE, null));
    }
}
