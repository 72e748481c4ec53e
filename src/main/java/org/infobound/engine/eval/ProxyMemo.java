package org.infobound.engine.eval;

import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Moments;

/**
 * The float route's variance proxies of the last law seen (by identity): a claim such as
 * {@code var(p) <= sigma2_right(p) <= sigma2(p)} asks for the same numerical searches several
 * times per instance, and {@code sigma2 = max(sigma2_right, sigma2_left)} (Moments#sigma2).
 * One memo per backend, and a backend serves one claim on one thread.
 */
final class ProxyMemo {

    private DiscreteLaw law;
    private double right = Double.NaN;
    private double left = Double.NaN;

    /** sign 0: two-sided; +1: right tail; -1: left tail. */
    double proxy(DiscreteLaw p, int sign) {
        if (p != law) {
            law = p;
            right = Double.NaN;
            left = Double.NaN;
        }
        if (sign >= 0 && Double.isNaN(right)) {
            right = Moments.sigma2Right(p);
        }
        if (sign <= 0 && Double.isNaN(left)) {
            left = Moments.sigma2Left(p);
        }
        return sign > 0 ? right : sign < 0 ? left : Math.max(right, left);
    }
}
