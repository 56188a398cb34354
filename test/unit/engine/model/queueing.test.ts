import { describe, expect, it } from 'vitest';
import { erlangC, mm1WaitMean, mm1WaitQuantile, mmcWaitMean, mmcWaitQuantile } from '../../../../src/engine/model/queueing';
import { expectClose } from '../../helpers/approx';

// Closed forms from Kleinrock, Queueing Systems I (1975): for M/M/1 with
// utilisation ρ and mean service time S, Wq = ρ/(1−ρ)·S and P(Wq > t) = ρ·e^(−(1−ρ)t/S).

describe('mm1WaitMean(rho, serviceTime)', () => {
  it('waits one service time at ρ = 0.5', () => {
    expectClose(mm1WaitMean(0.5, 10), 10, 1e-12);
  });

  it('waits nine service times at ρ = 0.9', () => {
    expectClose(mm1WaitMean(0.9, 10), 90, 1e-12);
  });

  it('does not wait on an idle server', () => {
    expect(mm1WaitMean(0, 10)).toBe(0);
  });
});

describe('mm1WaitQuantile(rho, serviceTime, q)', () => {
  it('solves ρ·e^(−(1−ρ)t/S) = 1 − q for t: ρ = 0.5, q = 0.95 gives S·ln 10 / 0.5', () => {
    expectClose(mm1WaitQuantile(0.5, 10, 0.95), (10 * Math.log(10)) / 0.5, 1e-12);
  });

  it('gives S·ln 18 / 0.1 at ρ = 0.9, q = 0.95', () => {
    expectClose(mm1WaitQuantile(0.9, 10, 0.95), (10 * Math.log(18)) / 0.1, 1e-12);
  });

  it('leaves exactly the tail 1 − q of waits above the quantile', () => {
    const rho = 0.7;
    const t = mm1WaitQuantile(rho, 4, 0.99);
    expectClose(rho * Math.exp((-(1 - rho) * t) / 4), 0.01, 1e-12);
  });

  it('is zero when fewer than 1 − q of arrivals wait at all (ρ ≤ 1 − q)', () => {
    expect(mm1WaitQuantile(0.05, 10, 0.95)).toBe(0);
    expect(mm1WaitQuantile(0.01, 10, 0.95)).toBe(0);
  });
});

describe('erlangC(servers, offeredLoad)', () => {
  it('gives 1/3 for c = 2, a = 1 erlang', () => {
    expectClose(erlangC(2, 1), 1 / 3, 1e-12);
  });

  it('gives ≈ 0.4092 for c = 10, a = 8 erlangs (standard Erlang C table)', () => {
    expectClose(erlangC(10, 8), 0.4092, 1e-3);
  });

  it('equals ρ for one server: every arrival that finds it busy waits', () => {
    expectClose(erlangC(1, 0.3), 0.3, 1e-12);
    expectClose(erlangC(1, 0.9), 0.9, 1e-12);
  });

  it('is zero with no offered load', () => {
    expect(erlangC(4, 0)).toBe(0);
  });

  it('stays finite and in (0, 1) for a large pool, where the direct factorial form overflows', () => {
    const c = erlangC(1000, 950);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });
});

describe('mmcWaitMean(servers, rho, serviceTime)', () => {
  it('with c = 1 equals M/M/1', () => {
    for (const rho of [0.1, 0.5, 0.9]) expectClose(mmcWaitMean(1, rho, 7), mm1WaitMean(rho, 7), 1e-12);
  });

  it('is C·S / (c(1−ρ)): c = 2, ρ = 0.5, S = 10 gives (1/3)·10 / 1', () => {
    expectClose(mmcWaitMean(2, 0.5, 10), 10 / 3, 1e-12);
  });

  it('pools help: two servers at ρ = 0.5 wait less than one at ρ = 0.5', () => {
    expect(mmcWaitMean(2, 0.5, 10)).toBeLessThan(mm1WaitMean(0.5, 10));
  });
});

describe('mmcWaitQuantile(servers, rho, serviceTime, q)', () => {
  it('with c = 1 equals the M/M/1 quantile', () => {
    for (const rho of [0.1, 0.5, 0.9]) expectClose(mmcWaitQuantile(1, rho, 7, 0.95), mm1WaitQuantile(rho, 7, 0.95), 1e-12);
  });

  it('solves C·e^(−c(1−ρ)t/S) = 1 − q for t', () => {
    const t = mmcWaitQuantile(10, 0.8, 5, 0.95);
    expectClose(erlangC(10, 8) * Math.exp((-10 * (1 - 0.8) * t) / 5), 0.05, 1e-12);
  });

  it('is zero when the chance of waiting is below 1 − q', () => {
    expect(mmcWaitQuantile(8, 0.1, 10, 0.95)).toBe(0);
  });
});
