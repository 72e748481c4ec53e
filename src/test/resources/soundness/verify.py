#!/usr/bin/env python3
"""Independent checks of the truth values quoted in the soundness corpus (exact fractions and
mpmath at 50 digits; no infobound code). Run: python3 src/test/resources/soundness/verify.py"""
from fractions import Fraction as F
import mpmath as mp

mp.mp.dps = 50

def df(p, q, f):
    return sum(qi * f(pi / qi) for pi, qi in zip(p, q))

# c1: rewards [0, 10] on the shared alphabet
r = [F(0), F(10)]
assert r[1] * 1 - r[0] * 1 == 10 > 1                                     # false_alpha_mean_tv
var = sum(F(1, 2) * x * x for x in r) - (sum(F(1, 2) * x for x in r)) ** 2
assert var == 25 and var > F(1, 4)                                         # false_alpha_hoeffding
assert 5 > mp.sqrt(mp.log(2) / 2)                                          # false_alpha_bounded_transport

# c2: non-convex generators
tent = lambda t: -max(F(0), min(t - F(12, 10), F(18, 10) - t))
assert df([F(1, 2), F(1, 2)], [F(2, 3), F(1, 3)], tent) == F(-1, 10)      # false_df_tent
assert df([F(1, 2), F(1, 2)], [F(3, 4), F(1, 4)], lambda t: -(t - 1) ** 2) == F(-1, 3)
assert mp.sqrt(mp.mpf(1) / 2) - 1 < 0                                      # false_df_sqrt_concave: BC - 1

# c3: exact decimals
a, b = F("0.1"), F("0.10000000000000000001")
mean = (a + b) / 2
assert (a * a + b * b) / 2 - mean * mean == F(25, 10 ** 42)                # var = 2.5e-41 > 0
assert mean < F(1, 10) + F(1, 10 ** 20) < F(0.1)                          # the double 0.1 breaks it
assert F(1e30) > 10 ** 30 + F(1, 10 ** 10)                                 # nearest double to 1e30

# c4: integers beyond 2^63
assert 2 ** 64 >= 10 and (10 ** 19 - 2 ** 64) == -8446744073709551616
# c6 / c7: uniform laws
assert F(1, 100) < F(1, 65) < F(1, 64) and mp.log(65) > mp.log(64) and F(1, 70) < F(1, 64)
# c12 (adversarial round 9)
N = mp.mpf(2) ** 70
assert (1 + 1 / N) ** N > mp.mpf("2.7182818284590452") and (1 + 1 / N) ** N < mp.e   # power_limit_e
h = mp.harmonic(10 ** 19)
assert mp.mpf("44.32") <= h < mp.mpf("44.33")                                            # harmonic_beyond_long
xm = mp.findroot(mp.digamma, 1.46)
lgmin = mp.log(mp.gamma(xm))
assert lgmin < mp.mpf("-0.1214862905") and lgmin > mp.mpf("-0.12148629053584961")         # lgamma_minimum_digits
assert abs(mp.exp(-1) * mp.log(mp.exp(-1)) + mp.exp(-1)) < mp.mpf(10) ** -45             # x log x = -1/e at 1/e
x2 = mp.sqrt(2) / 2
assert abs(x2 * mp.sqrt(1 - x2 ** 2) - mp.mpf(1) / 2) < mp.mpf(10) ** -45                  # circle tie
n = 2 ** 53
assert F(n + 1, n + 2) - F(n, n + 1) == F(1, (n + 1) * (n + 2)) and float(F(n, n + 1)) == float(F(n + 1, n + 2))
assert F(0.3333333333333333) > F("0.3333333333333333") and F(0.3333333333333333) < F(1, 3)  # open_end_decimal
c = 1 + F(1, 10 ** 30)
assert c * c / 4 > F(1, 4)                                                                 # hoeffding_reward_above_one
print("c12 truth values check")
print("all corpus truth values check")
