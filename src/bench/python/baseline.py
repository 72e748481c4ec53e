"""numpy / Hypothesis baselines for BENCHMARKS.md (same workload names as `infobound bench`).

Run: python3 src/bench/python/baseline.py [--quick]
Prints one line per workload: NAME key=value ...
"""
import math
import sys
import time

import numpy as np


def kl_bon_numpy(p, r, n):
    """Exact KL(bon(p, n) || p), distinct rewards, stable form F^n * (-expm1(n log1p(-p/F)))."""
    order = np.argsort(r, kind="stable")
    ps = p[order]
    F = np.cumsum(ps)
    F = np.minimum(F, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        bon = np.exp(n * np.log(F)) * -np.expm1(n * np.log1p(-ps / F))
        terms = np.where(bon > 0, bon * np.log(bon / ps), 0.0)
    return float(terms.sum())


def exact_kl_bon(rng, repeats):
    m, n = 10**6, 10**4
    p = rng.dirichlet(np.ones(m))
    r = rng.permutation(m).astype(float)
    kl_bon_numpy(p, r, n)  # warm-up
    best = math.inf
    for _ in range(repeats):
        t0 = time.perf_counter()
        v = kl_bon_numpy(p, r, n)
        best = min(best, time.perf_counter() - t0)
    print(f"exact_kl_bon_m1e6_n1e4 seconds={best:.4f} value={v:.6f} (best of {repeats})")


def random_search(rng, seconds):
    """Random instances of KL(bon(p, n) || p) <= log n - (n-1)/n, k in 2..20, n in 1..1000."""
    count, worst = 0, math.inf
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        k = int(rng.integers(2, 21))
        n = int(rng.integers(1, 1001))
        p = rng.dirichlet(np.ones(k))
        r = rng.integers(0, k, size=k).astype(float)  # ties allowed
        # uniform tie-breaking: group equal rewards
        levels, inv = np.unique(r, return_inverse=True)
        mass = np.bincount(inv, weights=p)
        F = np.cumsum(mass)
        Fm = F - mass
        with np.errstate(divide="ignore", invalid="ignore"):
            lvl = np.where(mass > 0, (F**n - Fm**n) / mass, 0.0)
        bon = p * lvl[inv]
        with np.errstate(divide="ignore", invalid="ignore"):
            kl = float(np.where(bon > 0, bon * np.log(bon / p), 0.0).sum())
        margin = (math.log(n) - (n - 1) / n) - kl
        worst = min(worst, margin)
        count += 1
    el = time.perf_counter() - t0
    print(f"random_search_bon_kl instances_per_s={count / el:.0f} instances={count} smallest_margin={worst:.3e}")


def refute_hypothesis():
    from hypothesis import given, settings, strategies as st, HealthCheck
    from hypothesis.errors import Flaky

    @settings(max_examples=10**6, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.integers(2, 10), st.integers(1, 64), st.data())
    def equality(k, n, data):
        w = data.draw(st.lists(st.integers(1, 100), min_size=k, max_size=k))
        p = np.array(w, dtype=float) / sum(w)
        r = np.arange(k, dtype=float)
        kl = kl_bon_numpy(p, r, n)
        assert abs(kl - (math.log(n) - (n - 1) / n)) <= 1e-9

    t0 = time.perf_counter()
    try:
        equality()
        found = False
    except AssertionError:
        found = True
    print(f"refute_bon_equality seconds={time.perf_counter() - t0:.3f} found={found} (Hypothesis, incl. shrinking)")


def main():
    quick = "--quick" in sys.argv
    rng = np.random.default_rng(20241127)
    exact_kl_bon(rng, 3 if quick else 10)
    random_search(rng, 1.0 if quick else 5.0)
    refute_hypothesis()


if __name__ == "__main__":
    main()
