"""numpy / Hypothesis baselines for BENCHMARKS.md (same workload names as `infobound bench`).

Run: python3 src/bench/python/baseline.py [--quick]
`random_search_bon_kl` is the one-at-a-time loop, `random_search_bon_kl_vectorised` the batched one
(20,000 instances per step, padded to 20 outcomes; neither certifies anything).
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


def kl_bon_batch(P, R, n):
    """KL(bon(p, n) || p) for a batch: rows of P (masses) and R (rewards), padded with zero mass
    and reward +inf, uniform tie-breaking, in the stable form F^n * (-expm1(n log1p(-m / F)))."""
    B, K = P.shape
    order = np.argsort(R, axis=1, kind="stable")
    ks = np.take_along_axis(R, order, axis=1)
    ms = np.take_along_axis(P, order, axis=1)
    cs = np.cumsum(ms, axis=1)
    cols = np.arange(K)
    is_end = np.ones((B, K), dtype=bool)
    is_end[:, :-1] = ks[:, :-1] != ks[:, 1:]
    is_start = np.ones((B, K), dtype=bool)
    is_start[:, 1:] = ks[:, 1:] != ks[:, :-1]
    end = np.minimum.accumulate(np.where(is_end, cols, K)[:, ::-1], axis=1)[:, ::-1]
    start = np.maximum.accumulate(np.where(is_start, cols, -1), axis=1)
    F = np.minimum(np.take_along_axis(cs, end, axis=1), 1.0)
    Fm = np.take_along_axis(cs, start, axis=1) - np.take_along_axis(ms, start, axis=1)
    gm = F - Fm
    nn = n[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        w = np.exp(nn * np.log(F)) * -np.expm1(nn * np.log1p(-gm / F))
        bon = np.where(gm > 0, ms * (w / gm), 0.0)
        terms = np.where((bon > 0) & (ms > 0), bon * np.log(bon / ms), 0.0)
    return terms.sum(axis=1)


def random_search_vectorised(rng, seconds, batch=20000, kmax=20):
    """The same search as random_search, vectorised: `batch` instances per step, padded to
    `kmax` outcomes (zero mass, reward +inf), cumsum/expm1/log1p over the whole batch."""
    count, worst = 0, math.inf
    cols = np.arange(kmax)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        k = rng.integers(2, kmax + 1, size=batch)
        n = rng.integers(1, 1001, size=batch).astype(float)
        live = cols[None, :] < k[:, None]
        g = np.where(live, rng.standard_exponential((batch, kmax)), 0.0)  # Dirichlet(1) on k outcomes
        P = g / g.sum(axis=1, keepdims=True)
        R = np.where(live, np.floor(rng.random((batch, kmax)) * k[:, None]), np.inf)  # ties allowed
        kl = kl_bon_batch(P, R, n)
        margin = (np.log(n) - (n - 1) / n) - kl
        worst = min(worst, float(margin.min()))
        count += batch
    el = time.perf_counter() - t0
    print(f"random_search_bon_kl_vectorised instances_per_s={count / el:.0f} instances={count} batch={batch} "
          f"smallest_margin={worst:.3e}")


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
    random_search_vectorised(rng, 1.0 if quick else 5.0)
    refute_hypothesis()


if __name__ == "__main__":
    main()
