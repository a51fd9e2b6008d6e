import { describe, expect, it } from 'vitest';
import type { AttackOutcome } from '../../../src/checks/robustness-check/attacks.js';
import { maskingSuspected } from '../../../src/checks/robustness-check/index.js';

function outcome(
  flags: Partial<AttackOutcome['flags']>,
  attacked = 200,
  whiteBoxSkipped = false,
): AttackOutcome {
  const clean = new Uint8Array(attacked).fill(1);
  return {
    clean,
    runs: [
      { name: 'pgd', robust: clean, queries: 0, ...(whiteBoxSkipped ? { skipped: true } : {}) },
      { name: 'square', robust: clean, queries: 0 },
    ],
    worstCase: clean,
    flags: { zeroGradientFraction: 0, blackBoxOnlyBreaks: 0, detail: '', ...flags },
  };
}

describe('maskingSuspected', () => {
  it('needs a black-box attack to beat the gradient attacks on at least 1% and 2 samples', () => {
    expect(maskingSuspected(outcome({ blackBoxOnlyBreaks: 2, detail: 'x' }), 'exact')).toBe(true);
    expect(maskingSuspected(outcome({ blackBoxOnlyBreaks: 1, detail: 'x' }), 'exact')).toBe(false);
    expect(maskingSuspected(outcome({ blackBoxOnlyBreaks: 4, detail: 'x' }, 1000), 'exact')).toBe(false);
    expect(maskingSuspected(outcome({ blackBoxOnlyBreaks: 10, detail: 'x' }, 1000), 'exact')).toBe(true);
  });

  it('expects estimated gradients to lose to black-box attacks, but not to be zero', () => {
    expect(maskingSuspected(outcome({ blackBoxOnlyBreaks: 50, detail: 'x' }), 'estimated')).toBe(false);
    expect(maskingSuspected(outcome({ zeroGradientFraction: 0.6, detail: 'x' }), 'estimated')).toBe(true);
    expect(maskingSuspected(outcome({ zeroGradientFraction: 0.4, detail: 'x' }), 'exact')).toBe(false);
  });

  it('says nothing when no gradient attack ran', () => {
    expect(maskingSuspected(outcome({ blackBoxOnlyBreaks: 50, detail: 'x' }, 200, true), 'none')).toBe(false);
  });
});
