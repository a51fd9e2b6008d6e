/**
 * The statistics the gates rest on: an exact one-sided McNemar test for paired per-sample
 * outcomes (the same samples, attacked with the same seed, on the base branch and on the pull
 * request), and the membership-inference scores of a loss-threshold attack.
 */

function logFactorial(n: number): number {
  let total = 0;
  for (let k = 2; k <= n; k += 1) total += Math.log(k);
  return total;
}

/**
 * P(X >= k) for X ~ Binomial(n, 1/2), summed in log space so that thousands of discordant pairs
 * neither underflow nor lose precision.
 */
export function binomialUpperTail(k: number, n: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logN = logFactorial(n);
  let logFactorialK = logFactorial(k);
  let logFactorialRest = logFactorial(n - k);
  const terms: number[] = [];
  for (let i = k; i <= n; i += 1) {
    terms.push(logN - logFactorialK - logFactorialRest - n * Math.LN2);
    logFactorialK += Math.log(i + 1);
    if (n - i > 0) logFactorialRest -= Math.log(n - i);
  }
  const top = Math.max(...terms);
  const sum = terms.reduce((total, term) => total + Math.exp(term - top), 0);
  return Math.min(1, Math.exp(top) * sum);
}

export interface PairedComparison {
  /** Samples robust on the base and broken now. */
  readonly lost: number;
  /** Samples broken on the base and robust now. */
  readonly gained: number;
  readonly samples: number;
  /** baseAccuracy - currentAccuracy. */
  readonly drop: number;
  /** One-sided exact McNemar p-value for "the current model is less robust than the base". */
  readonly pValue: number;
}

export function comparePaired(base: Uint8Array, current: Uint8Array): PairedComparison {
  if (base.length !== current.length) throw new RangeError('paired outcomes of different lengths');
  let lost = 0;
  let gained = 0;
  for (let index = 0; index < base.length; index += 1) {
    if (base[index] && !current[index]) lost += 1;
    else if (!base[index] && current[index]) gained += 1;
  }
  const samples = base.length;
  return {
    lost,
    gained,
    samples,
    drop: samples ? (lost - gained) / samples : 0,
    pValue: binomialUpperTail(lost, lost + gained),
  };
}

export interface MembershipScores {
  readonly auc: number;
  /** max over thresholds of TPR - FPR (the membership advantage). */
  readonly maxAdvantage: number;
  /** The highest TPR at a threshold whose FPR is at most 1%. */
  readonly tprAtOnePercentFpr: number;
  readonly members: number;
  readonly nonMembers: number;
}

/**
 * A loss-threshold attack: a sample is called a member when its loss is low. `memberLosses` and
 * `nonMemberLosses` should be the same size (the caller balances them); ties count one half in the
 * AUC, and a threshold never splits tied losses.
 */
export function lossThresholdAttack(
  memberLosses: Float64Array,
  nonMemberLosses: Float64Array,
): MembershipScores {
  const members = memberLosses.length;
  const nonMembers = nonMemberLosses.length;
  if (members === 0 || nonMembers === 0) throw new RangeError('membership inference needs both sets');
  // NaN would never equal itself in the tie loop below; the caller refuses non-finite losses.
  for (const losses of [memberLosses, nonMemberLosses])
    for (const loss of losses)
      if (Number.isNaN(loss)) throw new RangeError('membership inference needs losses that are numbers');
  const all = [
    ...Array.from(memberLosses, (loss) => ({ loss, member: true })),
    ...Array.from(nonMemberLosses, (loss) => ({ loss, member: false })),
  ].sort((a, b) => a.loss - b.loss);
  let truePositives = 0;
  let falsePositives = 0;
  let auc = 0;
  let maxAdvantage = 0;
  let tprAtOnePercentFpr = 0;
  for (let index = 0; index < all.length;) {
    // Every sample with this loss goes to the same side of a threshold.
    let tiedMembers = 0;
    let tiedOthers = 0;
    const loss = all[index]!.loss;
    while (index < all.length && all[index]!.loss === loss) {
      if (all[index]!.member) tiedMembers += 1;
      else tiedOthers += 1;
      index += 1;
    }
    auc += tiedOthers * (truePositives + tiedMembers / 2);
    truePositives += tiedMembers;
    falsePositives += tiedOthers;
    const tpr = truePositives / members;
    const fpr = falsePositives / nonMembers;
    maxAdvantage = Math.max(maxAdvantage, tpr - fpr);
    if (fpr <= 0.01) tprAtOnePercentFpr = Math.max(tprAtOnePercentFpr, tpr);
  }
  // auc so far counts, per non-member, the members ranked at lower loss: the probability that a
  // member's loss is below a non-member's.
  return { auc: auc / (members * nonMembers), maxAdvantage, tprAtOnePercentFpr, members, nonMembers };
}
