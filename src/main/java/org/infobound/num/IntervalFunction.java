package org.infobound.num;

/**
 * A real function lifted to intervals: {@code apply(x)} must contain {@code f(t)} for every
 * point t of x (an inclusion function). It may throw {@link UndefinedValueException} where f
 * may be undefined on x.
 */
@FunctionalInterface
public interface IntervalFunction {

    /** An enclosure of {@code {f(t) : t in x}}. */
    Interval apply(Interval x);
}
