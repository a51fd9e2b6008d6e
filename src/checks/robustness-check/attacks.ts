/**
 * The attack suite of robustness-check: FGSM, PGD, Square, HopSkipJump and a noise baseline, run
 * on the clean-correct samples, combined into an AutoAttack-style per-sample worst case, with
 * flags for the usual signs of gradient masking.
 *
 * Soundness: a sample counts as broken only when a forward pass of its final candidate,
 * projected into ball ∩ box in float32 (checked in float64), misclassifies it
 * (`verifyCandidates`); no attack's own bookkeeping is trusted.
 */
import { UsageError } from '../../core/errors.js';
import { cleanGradient, fgsmAttack, pgdAttack } from './attack-gradient.js';
import { hsjAttack } from './attack-hsj.js';
import {
  AttackTargets,
  checkLogits,
  CountingClassifier,
  isCorrect,
  MAX_VALUES_PER_CALL,
  verifyCandidates,
  type AttackProgress,
  type AttackResult,
} from './attack-region.js';
import { squareAttack, squareLayout } from './attack-square.js';
import type { Classifier } from './classifier.js';
import { createRng, deriveSeed, type Rng } from './rng.js';

export type AttackName = 'fgsm' | 'pgd' | 'square' | 'hsj' | 'noise';

export const ATTACK_NAMES: readonly AttackName[] = ['fgsm', 'pgd', 'square', 'hsj', 'noise'];

export interface AttackSettings {
  epsilon: number;
  norm: 'linf' | 'l2';
  lower: number;
  upper: number;
  attacks: readonly AttackName[];
  seed: number;
  pgdSteps: number;
  pgdRestarts: number;
  squareQueries: number;
  hsjQueries: number;
}

export interface AttackRun {
  name: AttackName;
  /** 1 = the attack found no adversarial example for the sample (0 too when clean is wrong). */
  robust: Uint8Array;
  /** Model queries (forward or forward+backward sample evaluations) spent, summed over samples. */
  queries: number;
  /** Why an attack was skipped or weakened (e.g. "label-only model: no gradients"). */
  note?: string;
  skipped?: boolean;
}

export interface AttackOutcome {
  /** 1 = correct without attack. */
  clean: Uint8Array;
  /** In the order of settings.attacks. */
  runs: AttackRun[];
  /** Robust under every run (AutoAttack-style per-sample worst case). */
  worstCase: Uint8Array;
  flags: {
    /** Of clean-correct samples, the fraction whose cross-entropy input gradient is all zero. */
    zeroGradientFraction: number;
    /** Samples broken by square/hsj/noise but by neither fgsm nor pgd (when both kinds ran). */
    blackBoxOnlyBreaks: number;
    /** One sentence for the report, '' when nothing is odd. */
    detail: string;
  };
}

const NOISE_DRAWS = 8;
const WHITE_BOX: ReadonlySet<AttackName> = new Set(['fgsm', 'pgd']);
/**
 * Black-box-only breaks worth flagging, as a fraction of clean-correct samples: a stronger random
 * search beats a 20-step PGD on a few samples of any model, but on a percent of them the
 * gradients are likely misleading.
 */
const BLACK_BOX_FLAG_FRACTION = 0.01;

function validate(
  classifier: Classifier,
  inputs: Float32Array,
  labels: Int32Array,
  n: number,
  settings: AttackSettings,
): void {
  const d = classifier.inputSize;
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`runAttacks: n must be a non-negative integer, got ${n}`);
  if (classifier.sampleShape.reduce((a, b) => a * b, 1) !== d) {
    throw new Error('runAttacks: the classifier sample shape does not match its input size');
  }
  if (inputs.length !== n * d) {
    throw new UsageError(
      'INVALID_INPUT',
      `expected ${n} samples of ${d} values, got ${inputs.length} values`,
    );
  }
  if (labels.length !== n)
    throw new UsageError('INVALID_INPUT', `expected ${n} labels, got ${labels.length}`);
  for (let i = 0; i < n; i++) {
    const y = labels[i]!;
    if (!(y >= 0 && y < classifier.classes)) {
      throw new UsageError(
        'INVALID_INPUT',
        `the label of sample ${i} is not a class of the ${classifier.classes}-class model: labels must be 0..${classifier.classes - 1}`,
      );
    }
  }
  const { epsilon, norm, lower, upper } = settings;
  if (!(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new UsageError('INVALID_CONFIG', `epsilon must be a finite number >= 0, got ${epsilon}`);
  }
  if (norm !== 'linf' && norm !== 'l2') {
    throw new UsageError('INVALID_CONFIG', `norm must be 'linf' or 'l2', got '${String(norm)}'`);
  }
  if (!Number.isFinite(lower) || !Number.isFinite(upper) || !(lower <= upper)) {
    throw new UsageError(
      'INVALID_CONFIG',
      `the input range [${lower}, ${upper}] must be finite and not empty`,
    );
  }
  const seen = new Set<string>();
  for (const name of settings.attacks) {
    if (!ATTACK_NAMES.includes(name)) {
      throw new UsageError(
        'INVALID_CONFIG',
        `unknown attack '${String(name)}': use ${ATTACK_NAMES.join(', ')}`,
      );
    }
    if (seen.has(name)) throw new UsageError('INVALID_CONFIG', `attack '${name}' is listed twice`);
    seen.add(name);
  }
  const counts: [string, number][] = [
    ['PGD steps', settings.pgdSteps],
    ['PGD restarts', settings.pgdRestarts],
    ['Square queries', settings.squareQueries],
    ['HopSkipJump queries', settings.hsjQueries],
  ];
  for (const [what, value] of counts) {
    if (!Number.isInteger(value) || value < 1) {
      throw new UsageError('INVALID_CONFIG', `${what} must be a positive integer, got ${value}`);
    }
  }
  if (!Number.isSafeInteger(settings.seed)) {
    throw new UsageError('INVALID_CONFIG', `the seed must be an integer, got ${settings.seed}`);
  }
  for (let i = 0; i < n; i++) {
    for (let k = i * d; k < (i + 1) * d; k++) {
      const v = inputs[k]!;
      if (!(v >= lower && v <= upper)) {
        throw new UsageError(
          'INVALID_INPUT',
          `sample ${i} has a value outside the declared input range [${lower}, ${upper}] (or not a number): fix the data or the range`,
        );
      }
    }
  }
}

/** Random perturbations at the full budget: random signs·eps (linf), a Gaussian direction of norm eps (l2); clipped to the box. */
async function noiseAttack(
  classifier: CountingClassifier,
  targets: AttackTargets,
  rng: Rng,
  progress: AttackProgress,
): Promise<AttackResult> {
  const { count: m, inputSize: d, clean, lo, hi, region } = targets;
  const found = new Uint8Array(m);
  const best = new Float32Array(m * d);
  const points = new Float32Array(m * d);
  const slots = new Int32Array(m);
  for (let draw = 0; draw < NOISE_DRAWS; draw++) {
    let count = 0;
    for (let t = 0; t < m; t++) {
      if (found[t]) continue;
      const row = count * d;
      const base = t * d;
      if (region.norm === 'linf') {
        for (let k = 0; k < d; k++) points[row + k] = rng.sign() > 0 ? hi[base + k]! : lo[base + k]!;
      } else {
        let norm2 = 0;
        for (let k = 0; k < d; k++) {
          const g = rng.normal();
          points[row + k] = g;
          norm2 += g * g;
        }
        const scale = norm2 > 0 ? region.epsilon / Math.sqrt(norm2) : 0;
        for (let k = 0; k < d; k++) points[row + k] = clean[base + k]! + scale * points[row + k]!;
        targets.project(t, points, row);
      }
      slots[count++] = t;
    }
    if (count === 0) break;
    const logits = await classifier.logits(points.subarray(0, count * d), count);
    checkLogits(logits, count, targets.classes);
    for (let r = 0; r < count; r++) {
      const t = slots[r]!;
      if (isCorrect(logits, r, targets.classes, targets.labels[t]!)) continue;
      found[t] = 1;
      best.set(points.subarray(r * d, (r + 1) * d), t * d);
    }
    progress(draw + 1, NOISE_DRAWS);
  }
  progress(NOISE_DRAWS, NOISE_DRAWS);
  const candidates: number[] = [];
  for (let t = 0; t < m; t++) if (found[t]) candidates.push(t);
  const candidateSlots = Int32Array.from(candidates);
  const candidatePoints = new Float32Array(candidates.length * d);
  for (let r = 0; r < candidates.length; r++) {
    const t = candidates[r]!;
    candidatePoints.set(best.subarray(t * d, (t + 1) * d), r * d);
  }
  const verified = await verifyCandidates(classifier, targets, candidateSlots, candidatePoints);
  const broken = new Uint8Array(m);
  for (let r = 0; r < candidates.length; r++) if (verified[r]) broken[candidates[r]!] = 1;
  return { broken };
}

function percent(fraction: number): string {
  return `${(100 * fraction).toFixed(fraction < 0.1 ? 1 : 0)}%`;
}

/**
 * Runs `settings.attacks` in order on the clean-correct samples of `inputs` (n x inputSize, each
 * inside [lower, upper]). `onProgress` reports each attack's own units after every batched round:
 * FGSM 1 step, PGD steps over all restarts and losses, Square iterations, noise draws, and for
 * HopSkipJump the queries spent by the slowest sample still running.
 */
export async function runAttacks(
  classifier: Classifier,
  inputs: Float32Array,
  labels: Int32Array,
  n: number,
  settings: AttackSettings,
  onProgress?: (attack: AttackName, done: number, total: number) => void,
): Promise<AttackOutcome> {
  validate(classifier, inputs, labels, n, settings);
  if (settings.attacks.includes('square')) squareLayout(classifier.sampleShape);
  const d = classifier.inputSize;
  const classes = classifier.classes;
  const clean = new Uint8Array(n);
  const rowsPerCall = Math.max(1, Math.floor(MAX_VALUES_PER_CALL / Math.max(1, d)));
  for (let first = 0; first < n; first += rowsPerCall) {
    const rows = Math.min(rowsPerCall, n - first);
    const logits = await classifier.logits(inputs.subarray(first * d, (first + rows) * d), rows);
    checkLogits(logits, rows, classes);
    for (let r = 0; r < rows; r++)
      clean[first + r] = isCorrect(logits, r, classes, labels[first + r]!) ? 1 : 0;
  }
  const ids: number[] = [];
  for (let i = 0; i < n; i++) if (clean[i]) ids.push(i);
  const targetIds = Int32Array.from(ids);
  const targetPoints = new Float32Array(targetIds.length * d);
  const targetLabels = new Int32Array(targetIds.length);
  for (let t = 0; t < targetIds.length; t++) {
    const i = targetIds[t]!;
    targetPoints.set(inputs.subarray(i * d, (i + 1) * d), t * d);
    targetLabels[t] = labels[i]!;
  }
  const region = {
    epsilon: settings.epsilon,
    norm: settings.norm,
    lower: settings.lower,
    upper: settings.upper,
  };
  const targets = new AttackTargets(
    region,
    targetIds,
    targetPoints,
    targetLabels,
    classifier.sampleShape,
    classes,
  );
  const hasGradients = classifier.gradients !== 'none';

  const runs: AttackRun[] = [];
  const brokenBy = new Map<AttackName, Uint8Array>();
  let zeroGradient: Uint8Array | undefined;
  for (const name of settings.attacks) {
    const counting = new CountingClassifier(classifier);
    const rng = createRng(deriveSeed(settings.seed, name));
    const progress: AttackProgress = (done, total) => onProgress?.(name, done, total);
    if (WHITE_BOX.has(name) && !hasGradients) {
      runs.push({
        name,
        robust: clean.slice(),
        queries: 0,
        note: 'label-only model: no gradients, so this gradient attack was skipped',
        skipped: true,
      });
      continue;
    }
    let result: AttackResult;
    if (targets.count === 0) {
      result = { broken: new Uint8Array(0) };
      progress(0, 0);
    } else if (name === 'fgsm') {
      const fgsm = await fgsmAttack(counting, targets, progress);
      zeroGradient = fgsm.zeroGradient;
      result = fgsm;
    } else if (name === 'pgd') {
      result = await pgdAttack(
        counting,
        targets,
        { steps: settings.pgdSteps, restarts: settings.pgdRestarts },
        rng,
        progress,
      );
    } else if (name === 'square') {
      result = await squareAttack(counting, targets, { queries: settings.squareQueries }, rng, progress);
    } else if (name === 'hsj') {
      result = await hsjAttack(counting, targets, { queries: settings.hsjQueries }, rng, progress);
    } else {
      result = await noiseAttack(counting, targets, rng, progress);
    }
    const robust = clean.slice();
    for (let t = 0; t < targets.count; t++) if (result.broken[t]) robust[targetIds[t]!] = 0;
    brokenBy.set(name, result.broken);
    const run: AttackRun = { name, robust, queries: counting.queries };
    const note =
      result.note ??
      (classifier.gradients === 'estimated' && WHITE_BOX.has(name)
        ? `gradients estimated (SPSA)${classifier.gradientNote ? `: ${classifier.gradientNote}` : ''}`
        : undefined);
    if (note !== undefined) run.note = note;
    runs.push(run);
  }

  const worstCase = clean.slice();
  for (const run of runs) for (let i = 0; i < n; i++) worstCase[i] = worstCase[i]! & run.robust[i]!;

  if (zeroGradient === undefined && hasGradients && targets.count > 0) {
    zeroGradient = (await cleanGradient(new CountingClassifier(classifier), targets)).zeroGradient;
  }
  let zeroCount = 0;
  if (zeroGradient) for (const z of zeroGradient) zeroCount += z;
  const zeroGradientFraction = targets.count > 0 ? zeroCount / targets.count : 0;

  const whiteRan = [...brokenBy.keys()].filter((name) => WHITE_BOX.has(name));
  const blackRan = [...brokenBy.keys()].filter((name) => !WHITE_BOX.has(name));
  let blackBoxOnlyBreaks = 0;
  if (whiteRan.length > 0 && blackRan.length > 0) {
    for (let t = 0; t < targets.count; t++) {
      const byBlack = blackRan.some((name) => brokenBy.get(name)![t] === 1);
      const byWhite = whiteRan.some((name) => brokenBy.get(name)![t] === 1);
      if (byBlack && !byWhite) blackBoxOnlyBreaks++;
    }
  }

  const remarks: string[] = [];
  if (zeroCount > 0) {
    remarks.push(
      `${percent(zeroGradientFraction)} of the correctly classified samples have an all-zero input gradient`,
    );
  }
  if (blackBoxOnlyBreaks > 0 && blackBoxOnlyBreaks >= BLACK_BOX_FLAG_FRACTION * targets.count) {
    remarks.push(
      `${blackBoxOnlyBreaks} sample(s) were broken by ${blackRan.join('/')} but not by ${whiteRan.join('/')}`,
    );
  }
  const detail =
    remarks.length === 0
      ? ''
      : `${remarks.join(', and ')}: signs of gradient masking, under which gradient attacks alone overstate robustness.`;
  return { clean, runs, worstCase, flags: { zeroGradientFraction, blackBoxOnlyBreaks, detail } };
}
