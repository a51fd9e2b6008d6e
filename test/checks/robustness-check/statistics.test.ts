import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binomialUpperTail,
  comparePaired,
  lossThresholdAttack,
} from '../../../src/checks/robustness-check/statistics.js';

function exactTail(k: number, n: number): number {
  let total = 0;
  let choose = 1;
  for (let i = 0; i <= n; i += 1) {
    if (i >= k) total += choose / 2 ** n;
    choose = (choose * (n - i)) / (i + 1);
  }
  return total;
}

describe('binomialUpperTail', () => {
  it('matches the direct sum for small n', () => {
    for (let n = 0; n <= 30; n += 1) {
      for (let k = 0; k <= n + 1; k += 1) expect(binomialUpperTail(k, n)).toBeCloseTo(exactTail(k, n), 12);
    }
  });
  it('stays finite and monotone for thousands of pairs', () => {
    expect(binomialUpperTail(5000, 10_000)).toBeCloseTo(0.504, 3);
    expect(binomialUpperTail(5300, 10_000)).toBeLessThan(1e-8);
    expect(binomialUpperTail(5300, 10_000)).toBeGreaterThan(0);
  });
});

describe('comparePaired', () => {
  it('counts lost and gained samples and a one-sided p-value', () => {
    const base = Uint8Array.from([1, 1, 1, 1, 0, 0, 1, 1]);
    const now = Uint8Array.from([0, 0, 0, 1, 1, 0, 1, 1]);
    const result = comparePaired(base, now);
    expect(result).toMatchObject({ lost: 3, gained: 1, samples: 8, drop: 0.25 });
    expect(result.pValue).toBeCloseTo(5 / 16, 12);
  });
  it('an unchanged model has p = 1 and no drop', () => {
    const same = Uint8Array.from([1, 0, 1]);
    expect(comparePaired(same, same)).toMatchObject({ lost: 0, gained: 0, drop: 0, pValue: 1 });
  });
});

describe('lossThresholdAttack', () => {
  it('separates members with lower loss perfectly', () => {
    const scores = lossThresholdAttack(Float64Array.from([0.1, 0.2, 0.3]), Float64Array.from([1, 2, 3]));
    expect(scores).toMatchObject({ auc: 1, maxAdvantage: 1, tprAtOnePercentFpr: 1 });
  });
  it('identical losses give AUC 0.5 and no advantage', () => {
    const same = Float64Array.from([1, 1, 1, 1]);
    expect(lossThresholdAttack(same, same)).toMatchObject({
      auc: 0.5,
      maxAdvantage: 0,
      tprAtOnePercentFpr: 0,
    });
  });
  it('AUC equals the Mann-Whitney probability, whatever the losses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }),
        (members, others) => {
          let wins = 0;
          for (const m of members) for (const o of others) wins += m < o ? 1 : m === o ? 0.5 : 0;
          const scores = lossThresholdAttack(Float64Array.from(members), Float64Array.from(others));
          expect(scores.auc).toBeCloseTo(wins / (members.length * others.length), 12);
          expect(scores.maxAdvantage).toBeGreaterThanOrEqual(0);
          expect(scores.tprAtOnePercentFpr).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('lossThresholdAttack on losses that are not numbers', () => {
  it('refuses NaN instead of looping on it', () => {
    expect(() =>
      lossThresholdAttack(Float64Array.from([0.1, NaN, 0.5]), Float64Array.from([0.2, 0.3, 0.4])),
    ).toThrow('membership inference needs losses that are numbers');
  });
});
