package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/** Seeded random normal pairs: the quadrature enclosure meets the closed form. */
class CertifiedLineQuadraturePropertyTest {

    @Test
    void klOfRandomNormalPairsContainsClosedForm() {
        Random rng = new Random(20261127L);
        for (int i = 0; i < 4; i++) {
            double m1 = rng.nextDouble() * 4 - 2;
            double m2 = rng.nextDouble() * 4 - 2;
            double s1 = 0.5 + rng.nextDouble() * 2;
            double s2 = 0.5 + rng.nextDouble() * 2;
            Optional<Interval> q = CertifiedLineQuadrature.kl(LineFamily.NORMAL.of(m1, s1),
                    LineFamily.NORMAL.of(m2, s2), 1e-8);
            // closed form log(s2/s1) + (s1^2 + (m1-m2)^2)/(2 s2^2) - 1/2, in double (error far
            // below the 1e-12 slack)
            double closed = Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) * (m1 - m2)) / (2 * s2 * s2) - 0.5;
            String pair = "N(" + m1 + ", " + s1 + ") || N(" + m2 + ", " + s2 + ")";
            assertTrue(q.isPresent(), "uncertified: " + pair);
            Interval r = q.get();
            assertTrue(r.lo() - 1e-12 <= closed && closed <= r.hi() + 1e-12, pair + ": " + r + " vs " + closed);
            assertTrue(r.width() < 1e-5, pair + ": too wide " + r);
        }
    }
}
