/**
 * robustness-check: the model's robust accuracy bracketed between a certified lower bound and
 * the worst case of the attacks, per epsilon, with the gates of the issue (a minimum per
 * epsilon, a paired regression test against the base branch, membership inference) and the
 * model's handling of invalid inputs. Data flows one way: files -> graph and data -> runtime ->
 * attacks and bounds -> consistency checks -> findings, metrics, tables and a chart.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { CheckContext, OnnxRuntime } from '../../core/check.js';
import { UsageError } from '../../core/errors.js';
import type { CheckResult, Finding, SummaryTable } from '../../core/findings.js';
import { outsideUserPath, resolveForReading } from '../../core/paths.js';
import { plainFingerprint } from '../../core/redaction.js';
import { writeTextInScope } from '../../core/scoped-write.js';
import { FileReadError, readRegularFile } from '../oms/inputs.js';
import { isCorrect } from './attack-region.js';
import { runAttacks, type AttackOutcome, type AttackSettings } from './attacks.js';
import { createRng } from './rng.js';
import {
  affineForm,
  certify,
  exactAffineRobust,
  UnsupportedBoundError,
  type PerturbationRegion,
} from './certify.js';
import { channelsFirstView, permuteChannels } from './channels-first.js';
import type { Classifier } from './classifier.js';
import { loadEvaluationData, MAX_DATA_BYTES, splitArrayName, type EvaluationData } from './data.js';
import type { ModelGraph } from './graph.js';
import { externalDataReader } from './external-data.js';
import { checkModelSize } from './model-size.js';
import { readOnnxModel } from './onnx-read.js';
import {
  checkDeclaredProbabilities,
  failedProbes,
  probeInputValidation,
  type ProbeResult,
} from './probes.js';
import { formatResult, parseResult, settingsKey, type StoredResult } from './result-file.js';
import { ROBUSTNESS_RULES, type RobustnessRuleId } from './rules.js';
import { createOnnxClassifier } from './runtime.js';
import { readSettings, type DataFiles, type RobustnessSettings } from './settings.js';
import {
  comparePaired,
  lossThresholdAttack,
  type MembershipScores,
  type PairedComparison,
} from './statistics.js';
import { toClassifierGraph, type ClassifierGraph } from './transforms.js';

const MAX_MODEL_BYTES = 2 * 1024 ** 3;
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
const WHITE_BOX = new Set(['fgsm', 'pgd']);

interface EpsilonResult {
  readonly epsilon: number;
  readonly outcome: AttackOutcome;
  /** undefined when no bound was computed (certify none, or an unsupported op). */
  readonly certified?: Uint8Array;
  /** Exact robust outcome, for affine models only. */
  readonly exact?: Uint8Array;
}

interface ComparisonRow extends PairedComparison {
  readonly epsilon: number;
  /** `not-significant`: the drop is over max-drop, but McNemar cannot tell it from noise. */
  readonly gate: 'passed' | 'failed' | 'not-significant';
  /** The fewest samples lost (none gained) the test could call significant. */
  readonly detectableLost: number;
}

interface Comparison {
  readonly source: string;
  /** The commit the base result was computed on, when it says. */
  readonly commit?: string;
  readonly perEpsilon: readonly ComparisonRow[];
  /** Why an epsilon (or all) could not be compared. */
  readonly unchecked: readonly string[];
}

function count(bits: Uint8Array): number {
  let total = 0;
  for (const bit of bits) total += bit;
  return total;
}

function share(bits: Uint8Array): number {
  return bits.length === 0 ? 0 : count(bits) / bits.length;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

async function readInput(
  context: CheckContext,
  name: string,
  label: string,
  maxBytes: number,
  /** As the user named it, `file.npz:array`: the user path (outside the root) is that whole text. */
  namedAs = name,
): Promise<Buffer> {
  const absolute =
    namedAs !== name && outsideUserPath(context, namedAs) !== undefined
      ? path.resolve(context.root, name)
      : await resolveForReading(context, name, label);
  try {
    return await readRegularFile(absolute, maxBytes);
  } catch (error) {
    if (error instanceof FileReadError)
      throw new UsageError('UNREADABLE_INPUT', `${label}: ${name} ${error.message}`);
    throw error;
  }
}

async function loadData(
  context: CheckContext,
  files: DataFiles,
  settings: RobustnessSettings,
  label: string,
  maxSamples?: number,
): Promise<{ data: EvaluationData; digest: string }> {
  const inputs = splitArrayName(files.inputs);
  const labels = files.labels === undefined ? undefined : splitArrayName(files.labels);
  const inputBytes = await readInput(context, inputs.file, label, MAX_DATA_BYTES, files.inputs);
  const labelBytes = labels
    ? await readInput(context, labels.file, label.replace('inputs', 'labels'), MAX_DATA_BYTES, files.labels)
    : undefined;
  // Each file by name (with its array) and content, so no two different choices hash alike.
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const digest = createHash('sha256').update(
    JSON.stringify([
      { name: files.inputs, sha256: sha256(inputBytes) },
      ...(labelBytes ? [{ name: files.labels, sha256: sha256(labelBytes) }] : []),
    ]),
  );
  const data = await loadEvaluationData({
    inputsName: files.inputs,
    inputs: inputBytes,
    ...(inputs.key === undefined ? {} : { inputsKey: inputs.key }),
    ...(labels && labelBytes
      ? {
          labelsName: files.labels!,
          labels: labelBytes,
          ...(labels.key === undefined ? {} : { labelsKey: labels.key }),
        }
      : {}),
    labelColumn: settings.labelColumn,
    lower: settings.lower,
    upper: settings.upper,
    ...(maxSamples === undefined ? {} : { maxSamples }),
  });
  return { data, digest: digest.digest('hex') };
}

/**
 * The first `limit` samples, in the classifier's sample shape. Values are taken row-major as they
 * are, so a reshape is allowed only where it cannot reorder them: to or from a flat sample, or
 * between shapes that differ only in axes of length 1 ([8,8,1] and [1,8,8]). Channels-last
 * images of several channels need `layout: nhwc`, which transposes inside the graph.
 */
function fitData(
  data: EvaluationData,
  classifier: ClassifierGraph,
  name: string,
  limit: number,
  notes: string[],
  labelsName = name,
): EvaluationData {
  const wanted = classifier.sampleShape;
  const given = data.sampleShape;
  const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
  const squeezed = (shape: readonly number[]) => shape.filter((d) => d !== 1).join(',');
  const sameOrder = given.length === 1 || wanted.length === 1 || squeezed(given) === squeezed(wanted);
  if (size(given) !== size(wanted) || !sameOrder) {
    throw new UsageError(
      'INVALID_INPUT',
      `${name}: samples of shape [${given.join(', ')}] do not fit the model's input [${wanted.join(', ')}]` +
        (given.length === 3 && wanted.length === 3 && size(given) === size(wanted)
          ? '; if the data is channels-last, set layout: nhwc'
          : ''),
    );
  }
  if (given.join(',') !== wanted.join(',')) {
    notes.push(
      `${name}: samples of shape [${given.join(', ')}] are read as the model's [${wanted.join(', ')}] (same values in the same order)`,
    );
  }
  for (let i = 0; i < data.n; i++) {
    if (data.labels[i]! >= classifier.classes) {
      throw new UsageError(
        'INVALID_INPUT',
        `${labelsName}: the label of sample ${i} is not a class of the ${classifier.classes}-class model (0 to ${classifier.classes - 1})`,
      );
    }
  }
  const n = Math.min(limit, data.n);
  return {
    inputs: data.inputs.subarray(0, n * size(wanted)),
    labels: data.labels.subarray(0, n),
    n,
    totalSamples: data.totalSamples,
    sampleShape: classifier.sampleShape,
  };
}

/** The model's own sample shape (as served), for the input-validation probes. */
function servedSampleShape(
  model: ModelGraph,
  classifier: ClassifierGraph,
  settings: RobustnessSettings,
): number[] {
  const declared = model.inputs[0]?.shape?.slice(1) ?? [];
  let fromData = [...classifier.sampleShape];
  if (settings.preprocessing.layout === 'nhwc' && fromData.length === 3)
    fromData = [fromData[2]!, fromData[0]!, fromData[1]!];
  if (declared.length === fromData.length && declared.every((d) => typeof d === 'number'))
    return declared as number[];
  return fromData;
}

function crossEntropy(logits: Float32Array, labels: Int32Array, classes: number): Float64Array {
  const losses = new Float64Array(labels.length);
  for (let s = 0; s < labels.length; s++) {
    let top = -Infinity;
    for (let j = 0; j < classes; j++) top = Math.max(top, logits[s * classes + j]!);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[s * classes + j]! - top);
    losses[s] = top + Math.log(sum) - logits[s * classes + labels[s]!]!;
  }
  return losses;
}

/**
 * Per sample, how close to zero a logit margin may be and still be float32 rounding of the
 * runtime: a few float32 ulps of the largest logit, times the depth of accumulation a network has.
 */
function float32Tolerance(logits: Float32Array, n: number, classes: number): Float64Array {
  const tolerance = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    let largest = 0;
    for (let j = 0; j < classes; j++) largest = Math.max(largest, Math.abs(logits[s * classes + j]!));
    tolerance[s] = 1e-4 * (1 + largest);
  }
  return tolerance;
}

/** Clean correctness as the attacks judge it: a tie or a NaN logit is not correct. */
function correct(logits: Float32Array, labels: Int32Array, classes: number): Uint8Array {
  return Uint8Array.from(labels, (label, s) => (isCorrect(logits, s, classes, label) ? 1 : 0));
}

const PROBE_OUTCOME_TEXT: Readonly<Record<ProbeResult['outcome'], string>> = {
  rejected: 'refused by the runtime',
  finite: 'finite outputs',
  'non-finite': 'NaN or infinite outputs',
  'not-run': 'not run',
};

/** Fewer samples than this per set make the AUC mostly noise. */
const MIN_MEMBERSHIP_SAMPLES = 50;

/** `count` of `n` row indices, drawn without replacement by a seeded shuffle, in ascending order. */
function drawRows(n: number, count: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(n - i);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows.subarray(0, count).sort();
}

async function membership(
  context: CheckContext,
  settings: RobustnessSettings,
  classifier: Classifier,
  classifierGraph: ClassifierGraph,
  notes: string[],
): Promise<MembershipScores | undefined> {
  if (!settings.membership) return undefined;
  const sets = [
    [settings.membership.train, 'train-inputs'],
    [settings.membership.holdout, 'holdout-inputs'],
  ] as const;
  const loaded = [];
  for (const [files, label] of sets) {
    const { data } = await loadData(context, files, settings, label);
    const fitted = fitData(data, classifierGraph, files.inputs, Number.MAX_SAFE_INTEGER, notes, files.labels);
    if (fitted.n < MIN_MEMBERSHIP_SAMPLES) {
      throw new UsageError(
        'INVALID_INPUT',
        `${label}: ${files.inputs} holds ${fitted.n} samples; membership inference needs at least ${MIN_MEMBERSHIP_SAMPLES} in each set`,
      );
    }
    loaded.push(fitted);
  }
  // Balanced sets: as many members as non-members, drawn at random (seeded) from each, so a
  // set sorted by class does not compare one class mix with another.
  const n = Math.min(loaded[0]!.n, loaded[1]!.n);
  const losses: Float64Array[] = [];
  for (const [index, data] of loaded.entries()) {
    const rows = drawRows(data.n, n, settings.seed + index);
    const d = classifier.inputSize;
    const inputs = new Float32Array(n * d);
    const labels = new Int32Array(n);
    rows.forEach((row, r) => {
      inputs.set(data.inputs.subarray(row * d, (row + 1) * d), r * d);
      labels[r] = data.labels[row]!;
    });
    const logits = await classifier.logits(inputs, n);
    const nonFinite = logits.filter((value) => !Number.isFinite(value)).length;
    if (nonFinite > 0) {
      throw new UsageError(
        'INVALID_INPUT',
        `${sets[index]![1]}: the model returns NaN or infinite logits on samples of ${sets[index]![0].inputs}; membership inference needs finite losses`,
      );
    }
    losses.push(crossEntropy(logits, labels, classifier.classes));
  }
  return lossThresholdAttack(losses[0]!, losses[1]!);
}

function resultKeyPrefix(branch: string, key: string): string {
  return `mlsec-robustness-${branch.replace(/[^A-Za-z0-9._-]/g, '_')}-${key}-`;
}

type Baseline = { result: StoredResult; source: string } | { missing: string };

/**
 * The result to compare with: the compare-to file, else the base branch's stored result, else
 * why there is none. Undefined when nothing asks for a comparison, or when this run is the one
 * that stores the base (a push to the default branch).
 */
async function baseline(
  context: CheckContext,
  settings: RobustnessSettings,
  key: string,
): Promise<Baseline | undefined> {
  if (settings.compareTo !== undefined) {
    const text = (await readInput(context, settings.compareTo, 'compare-to', MAX_RESULT_BYTES)).toString(
      'utf8',
    );
    const result = parseResult(text, `compare-to: ${settings.compareTo}`);
    if (result.settingsKey !== key) {
      throw new UsageError(
        'INVALID_INPUT',
        `compare-to: ${settings.compareTo} was computed with other evaluation settings (data, samples, seed, budgets, attacks or mlsec version); ` +
          'compute the base result with the same settings to compare sample by sample',
      );
    }
    return { result, source: settings.compareTo };
  }
  if (settings.maxDrop === undefined) return undefined;
  const { resultStore, baseBranch, resultBranch } = context.environment;
  if (resultBranch !== undefined && baseBranch === undefined) return undefined;
  if (!resultStore || !baseBranch) {
    return { missing: 'this run has no base branch result to compare with; name one with compare-to' };
  }
  const prefix = resultKeyPrefix(baseBranch, key);
  const text = await resultStore.restore(prefix, [prefix]);
  if (text === undefined)
    return { missing: `no result of ${baseBranch} with these evaluation settings is stored yet` };
  const source = `the stored result of ${baseBranch}`;
  const result = parseResult(text, source);
  if (result.settingsKey !== key) return { missing: `${source} was computed with other evaluation settings` };
  return { result, source };
}

function finding(
  ruleId: RobustnessRuleId,
  modelPath: string,
  message: string,
  identity: string,
  properties?: Record<string, string | number | boolean>,
): Finding {
  return {
    ruleId,
    level: ROBUSTNESS_RULES[ruleId].defaultLevel,
    message,
    location: { path: modelPath },
    fingerprint: plainFingerprint(ruleId, modelPath, identity),
    ...(properties ? { properties } : {}),
  };
}

export async function run(context: CheckContext): Promise<CheckResult> {
  const settings = readSettings(context.options);
  const notes: string[] = [];
  const findings: Finding[] = [];
  const modelPath = settings.model;

  context.progress(`robustness-check: reading ${modelPath}`);
  const modelBytes = await readInput(context, modelPath, 'model', MAX_MODEL_BYTES);
  const model = readOnnxModel(modelBytes, {
    file: modelPath,
    externalData: externalDataReader(context, modelPath, MAX_MODEL_BYTES),
  });
  const evaluation = await loadData(context, settings.data, settings, 'inputs', settings.samples);
  const classifierGraph = toClassifierGraph(model, {
    file: modelPath,
    preprocessing: settings.preprocessing,
    outputKind: settings.outputKind,
    dataSampleShape: evaluation.data.sampleShape,
  });
  notes.push(...classifierGraph.notes);
  // Before any session or bound allocates: a crafted graph can ask for gigabytes per sample.
  const sizes = checkModelSize(classifierGraph.graph, modelPath);

  const data = fitData(
    evaluation.data,
    classifierGraph,
    settings.data.inputs,
    settings.samples,
    notes,
    settings.data.labels,
  );
  if (evaluation.data.totalSamples < settings.samples)
    notes.push(
      `the data holds ${evaluation.data.totalSamples} samples, fewer than samples (${settings.samples})`,
    );
  const key = settingsKey(settings, evaluation.digest, data.n);

  const loadRuntime = context.environment.loadOnnxRuntime;
  if (!loadRuntime) {
    throw new UsageError(
      'NOT_IMPLEMENTED',
      'robustness-check needs onnxruntime-node, which this entry point cannot provide',
    );
  }
  const ort: OnnxRuntime = await loadRuntime();
  const classifier = await createOnnxClassifier(ort, classifierGraph, {
    batchSize: settings.batchSize,
    threads: settings.threads,
    seed: settings.seed,
  });
  try {
    if (classifierGraph.probabilities) {
      await checkDeclaredProbabilities(
        ort,
        classifierGraph.probabilities,
        data.inputs,
        data.n,
        classifier.sampleShape,
        {
          threads: settings.threads,
          file: modelPath,
        },
      );
    }
    const cleanLogits = await classifier.logits(data.inputs, data.n);
    const clean = correct(cleanLogits, data.labels, classifier.classes);
    const tolerance = float32Tolerance(cleanLogits, data.n, classifier.classes);
    const channelsLast = classifierGraph.channelsLast && classifier.sampleShape.length === 3;
    const attacked = channelsLast ? channelsFirstView(classifier) : classifier;
    const attackInputs = channelsLast
      ? permuteChannels(
          data.inputs,
          data.n,
          {
            height: classifier.sampleShape[0]!,
            width: classifier.sampleShape[1]!,
            channels: classifier.sampleShape[2]!,
          },
          true,
        )
      : data.inputs;
    const form = exactForm(classifierGraph.graph);
    let certifyNote: string | undefined;
    const perEpsilon: EpsilonResult[] = [];
    for (const epsilon of settings.epsilons) {
      const attackSettings: AttackSettings = {
        epsilon,
        norm: settings.norm,
        lower: settings.lower,
        upper: settings.upper,
        attacks: settings.attacks,
        seed: settings.seed,
        pgdSteps: settings.pgdSteps,
        pgdRestarts: settings.pgdRestarts,
        squareQueries: settings.squareQueries,
        hsjQueries: settings.hsjQueries,
      };
      let reported = '';
      const outcome = await runAttacks(
        attacked,
        attackInputs,
        data.labels,
        data.n,
        attackSettings,
        (attack, done, total) => {
          const line = `robustness-check: epsilon ${epsilon}: ${attack} ${Math.floor((done / Math.max(1, total)) * 10) * 10}%`;
          if (line !== reported) context.progress(line);
          reported = line;
        },
      );
      const region: PerturbationRegion = {
        epsilon,
        norm: settings.norm,
        lower: settings.lower,
        upper: settings.upper,
      };
      let certified: Uint8Array | undefined;
      let margins: Float64Array | undefined;
      if (settings.certify !== 'none' && certifyNote === undefined) {
        try {
          context.progress(`robustness-check: epsilon ${epsilon}: ${settings.certify} bound`);
          const bound = certify(
            classifierGraph.graph,
            data.inputs,
            data.labels,
            data.n,
            region,
            settings.certify,
          );
          margins = bound.marginLowerBounds;
          // The proof is in float64 over the graph; onnxruntime computes in float32. A margin within
          // float32 rounding of zero proves nothing about what the runtime answers.
          certified = bound.certified.map((bit, s) => (bit && margins![s]! > tolerance[s]! ? 1 : 0));
          const demoted = count(bound.certified) - count(certified);
          if (demoted > 0) {
            notes.push(
              `epsilon ${epsilon}: ${demoted} sample(s) with a certified margin within float32 rounding are not counted as certified`,
            );
          }
        } catch (error) {
          if (!(error instanceof UnsupportedBoundError)) throw error;
          certifyNote = error.message;
        }
      }
      let exact = form ? exactAffineRobust(form, data.inputs, data.labels, data.n, region) : undefined;
      if (exact && margins) {
        // The same rounding caveat: under L-infinity the folded bound of an affine model is its exact margin.
        exact = exact.map((bit, s) =>
          bit && (settings.norm !== 'linf' || margins![s]! > tolerance[s]!) ? 1 : 0,
        );
      }
      perEpsilon.push({ epsilon, outcome, ...(certified ? { certified } : {}), ...(exact ? { exact } : {}) });
    }

    findings.push(...consistencyFindings(modelPath, clean, perEpsilon));
    findings.push(...gradientFindings(modelPath, classifier, perEpsilon));
    if (certifyNote !== undefined) {
      findings.push(
        finding(
          'robustness/not-certified',
          modelPath,
          `No certified bound for ${modelPath}: ${certifyNote}.`,
          'not-certified',
        ),
      );
    }
    for (const entry of perEpsilon) {
      const minimum = settings.minRobustAccuracy.get(entry.epsilon);
      const robust = share(entry.outcome.worstCase);
      if (minimum !== undefined && robust < minimum) {
        findings.push(
          finding(
            'robustness/below-minimum',
            modelPath,
            `Robust accuracy of ${modelPath} at ${settings.norm} epsilon ${entry.epsilon} is ${percent(robust)}, below the minimum ${percent(minimum)}.`,
            `below-minimum:${entry.epsilon}`,
            { epsilon: entry.epsilon, robustAccuracy: robust, minimum },
          ),
        );
      }
    }

    context.progress('robustness-check: input validation');
    const probes = await probeInputValidation(
      ort,
      model,
      servedSampleShape(model, classifierGraph, settings),
      settings.threads,
      sizes.total,
      classifierGraph.sourceOutput,
    );
    const unprobed = probes.filter((probe) => probe.outcome === 'not-run');
    if (unprobed.length > 0) {
      findings.push({
        ...finding(
          'robustness/input-validation',
          modelPath,
          `${unprobed.length} of ${probes.length} input-validation probes of ${modelPath} were not run (${unprobed
            .map((probe) => `${probe.probe}: ${probe.detail ?? 'not run'}`)
            .join('; ')}).`,
          'input-validation:not-run',
        ),
        level: 'note',
      });
    }
    const failing = failedProbes(probes);
    if (failing.length > 0) {
      findings.push(
        finding(
          'robustness/input-validation',
          modelPath,
          `${modelPath} returns NaN or infinite outputs for invalid inputs (${failing.map((probe) => probe.probe).join('; ')}): validate inputs before inference.`,
          `input-validation:${failing.map((probe) => probe.probe).join(',')}`,
        ),
      );
    }

    const scores = await membership(context, settings, classifier, classifierGraph, notes);
    if (scores && scores.auc > settings.maxMembershipAuc) {
      findings.push(
        finding(
          'robustness/membership-inference',
          modelPath,
          `A loss-threshold attack tells training samples of ${modelPath} from held-out ones with AUC ${scores.auc.toFixed(3)}, above max-membership-auc ${settings.maxMembershipAuc}.`,
          'membership-inference',
          { auc: scores.auc, maxAdvantage: scores.maxAdvantage },
        ),
      );
    }

    const base = await baseline(context, settings, key);
    let comparison: Comparison | undefined;
    const notChecked: string[] = [];
    if (base && 'result' in base) {
      comparison = compare(base.result, base.source, perEpsilon, settings, classifier.gradients);
      notChecked.push(...comparison.unchecked);
      for (const entry of comparison.perEpsilon) {
        if (entry.gate === 'passed') continue;
        const verdict =
          entry.gate === 'failed'
            ? `more than max-drop ${percent(settings.maxDrop ?? 0)}`
            : `more than max-drop ${percent(settings.maxDrop ?? 0)}, but not significantly (p is not below ${settings.significance}; ` +
              `with ${entry.samples} samples a drop needs at least ${entry.detectableLost} samples lost and none gained to be)`;
        findings.push({
          ...finding(
            'robustness/regression',
            modelPath,
            `Robust accuracy of ${modelPath} at epsilon ${entry.epsilon} dropped by ${percent(entry.drop)} against ${comparison.source} ` +
              `(${entry.lost} samples lost, ${entry.gained} gained; McNemar p = ${entry.pValue.toPrecision(3)}), ${verdict}.`,
            `regression:${entry.epsilon}`,
            { epsilon: entry.epsilon, drop: entry.drop, pValue: entry.pValue },
          ),
          // A drop the test cannot tell from noise must not block; it must not pass unseen either.
          ...(entry.gate === 'not-significant' ? { level: 'warning' as const } : {}),
        });
      }
    } else if (base) {
      notChecked.push(base.missing);
    }
    if (settings.maxDrop !== undefined && notChecked.length > 0) {
      findings.push(
        finding(
          'robustness/regression-not-checked',
          modelPath,
          `max-drop was not checked for ${modelPath}: ${notChecked.join('; ')}.`,
          'regression-not-checked',
        ),
      );
    }

    const stored: StoredResult = {
      settingsKey: key,
      samples: data.n,
      clean,
      perEpsilon: perEpsilon.map((entry) => ({ epsilon: entry.epsilon, robust: entry.outcome.worstCase })),
      ...(context.environment.sha ? { commit: context.environment.sha } : {}),
      gradients: classifier.gradients,
    };
    if (settings.saveResult !== undefined) {
      await writeTextInScope(context, settings.saveResult, 'save-result', formatResult(stored));
    }
    const { resultStore, resultBranch } = context.environment;
    if (resultStore && resultBranch) {
      const suffix = context.environment.sha ?? String(Date.now());
      await resultStore.save(`${resultKeyPrefix(resultBranch, key)}${suffix}`, formatResult(stored));
    }

    return report({
      settings,
      modelPath,
      classifier,
      clean,
      perEpsilon,
      probes,
      scores,
      comparison,
      notes,
      findings,
      certifyNote,
      savedTo:
        settings.saveResult === undefined ? undefined : path.resolve(context.root, settings.saveResult),
    });
  } finally {
    await classifier.release();
  }
}

/** The affine map of a graph with no nonlinearity, for exact robust accuracy; else undefined. */
function exactForm(graph: ModelGraph): ReturnType<typeof affineForm> {
  try {
    return affineForm(graph);
  } catch (error) {
    // An op the bounds do not know is not affine either; the certify step reports it.
    if (error instanceof UnsupportedBoundError) return undefined;
    throw error;
  }
}

function consistencyFindings(
  modelPath: string,
  clean: Uint8Array,
  perEpsilon: readonly EpsilonResult[],
): Finding[] {
  const findings: Finding[] = [];
  for (const entry of perEpsilon) {
    const worst = entry.outcome.worstCase;
    let brokenCertified = 0;
    let brokenExact = 0;
    let unsoundCertified = 0;
    let robustButWrong = 0;
    for (let s = 0; s < worst.length; s++) {
      if (worst[s] && !clean[s]) robustButWrong += 1;
      if (entry.certified?.[s] && !worst[s]) brokenCertified += 1;
      if (entry.exact?.[s] && !worst[s]) brokenExact += 1;
      if (entry.certified?.[s] && entry.exact && !entry.exact[s]) unsoundCertified += 1;
    }
    const problems = [
      brokenCertified ? `${brokenCertified} certified sample(s) were broken by an attack` : '',
      brokenExact ? `${brokenExact} sample(s) robust by the exact affine bound were broken by an attack` : '',
      unsoundCertified
        ? `${unsoundCertified} certified sample(s) are not robust by the exact affine bound`
        : '',
      robustButWrong ? `${robustButWrong} sample(s) counted robust are misclassified without attack` : '',
    ].filter(Boolean);
    if (problems.length > 0) {
      findings.push(
        finding(
          'robustness/inconsistent-bounds',
          modelPath,
          `Bounds of ${modelPath} at epsilon ${entry.epsilon} disagree: ${problems.join('; ')}.`,
          `inconsistent:${entry.epsilon}`,
          { epsilon: entry.epsilon },
        ),
      );
    }
  }
  return findings;
}

function gradientFindings(
  modelPath: string,
  classifier: Classifier,
  perEpsilon: readonly EpsilonResult[],
): Finding[] {
  const findings: Finding[] = [];
  if (classifier.gradients === 'estimated') {
    findings.push(
      finding(
        'robustness/estimated-gradients',
        modelPath,
        `FGSM and PGD on ${modelPath} used estimated gradients: ${classifier.gradientNote ?? 'the graph has an op without a backward rule'}.`,
        'estimated-gradients',
      ),
    );
  }
  const masked = perEpsilon.filter((entry) => maskingSuspected(entry.outcome, classifier.gradients));
  if (masked.length > 0) {
    findings.push(
      finding(
        'robustness/gradient-masking',
        modelPath,
        `Gradient attacks on ${modelPath} may overstate robustness: ${masked
          .map((entry) => `epsilon ${entry.epsilon}: ${entry.outcome.flags.detail.replace(/\.$/, '')}`)
          .join('; ')}.`,
        'gradient-masking',
      ),
    );
  }
  return findings;
}

/**
 * Masking is suspected when most gradients are exactly zero, or when a black-box attack, which
 * knows less than the gradient attacks, breaks samples they could not: at least one per hundred
 * attacked samples and at least two (one can be luck of the random start). With estimated
 * gradients the black-box attacks are expected to do better: that is reported as such, not as masking.
 */
export function maskingSuspected(outcome: AttackOutcome, gradients: Classifier['gradients']): boolean {
  const whiteBoxRan = outcome.runs.some((run) => WHITE_BOX.has(run.name) && !run.skipped);
  if (!whiteBoxRan || outcome.flags.detail === '') return false;
  const attacked = count(outcome.clean);
  if (outcome.flags.zeroGradientFraction >= 0.5) return true;
  return gradients === 'exact' && outcome.flags.blackBoxOnlyBreaks >= Math.max(2, Math.ceil(attacked / 100));
}

/** The fewest lost samples (none gained) whose one-sided McNemar p is below `significance`. */
function detectableLost(significance: number): number {
  return Math.floor(Math.log2(1 / significance)) + 1;
}

function compare(
  base: StoredResult,
  source: string,
  perEpsilon: readonly EpsilonResult[],
  settings: RobustnessSettings,
  gradients: Classifier['gradients'],
): Comparison {
  const rows: ComparisonRow[] = [];
  const unchecked: string[] = [];
  if (base.gradients !== undefined && base.gradients !== gradients) {
    unchecked.push(
      `${source} was attacked with ${base.gradients} gradients, this run with ${gradients} ones`,
    );
    return { source, perEpsilon: rows, unchecked, ...(base.commit ? { commit: base.commit } : {}) };
  }
  for (const entry of perEpsilon) {
    const stored = base.perEpsilon.find((item) => item.epsilon === entry.epsilon);
    if (!stored || stored.robust.length !== entry.outcome.worstCase.length) {
      unchecked.push(
        `${source} has no result at epsilon ${entry.epsilon} for these ${entry.outcome.worstCase.length} samples`,
      );
      continue;
    }
    const paired = comparePaired(stored.robust, entry.outcome.worstCase);
    const over = settings.maxDrop !== undefined && paired.drop > settings.maxDrop;
    const gate = !over ? 'passed' : paired.pValue < settings.significance ? 'failed' : 'not-significant';
    rows.push({
      ...paired,
      epsilon: entry.epsilon,
      gate,
      detectableLost: detectableLost(settings.significance),
    });
  }
  return { source, perEpsilon: rows, unchecked, ...(base.commit ? { commit: base.commit } : {}) };
}

interface ReportInput {
  settings: RobustnessSettings;
  modelPath: string;
  classifier: Classifier;
  clean: Uint8Array;
  perEpsilon: readonly EpsilonResult[];
  probes: readonly ProbeResult[];
  scores: MembershipScores | undefined;
  comparison: Comparison | undefined;
  notes: readonly string[];
  findings: Finding[];
  certifyNote: string | undefined;
  /** Absolute path of the result file written (save-result). */
  savedTo: string | undefined;
}

function report(input: ReportInput): CheckResult {
  const { settings, classifier, clean, perEpsilon, probes, scores, comparison, notes, findings } = input;
  const cleanAccuracy = share(clean);
  const attacked = Math.max(1, count(clean));
  const metricsPerEpsilon = perEpsilon.map((entry) => ({
    epsilon: entry.epsilon,
    norm: settings.norm,
    robustAccuracy: share(entry.outcome.worstCase),
    certifiedAccuracy: entry.certified ? share(entry.certified) : null,
    ...(entry.exact ? { exactRobustAccuracy: share(entry.exact) } : {}),
    byAttack: Object.fromEntries(
      entry.outcome.runs.filter((run) => !run.skipped).map((run) => [run.name, share(run.robust)]),
    ),
    queriesPerSample: Object.fromEntries(
      entry.outcome.runs
        .filter((run) => !run.skipped)
        .map((run) => [run.name, Math.round(run.queries / attacked)]),
    ),
  }));
  const method =
    settings.certify === 'none' || input.certifyNote !== undefined ? undefined : settings.certify;

  const attackNames = [
    ...new Set(
      perEpsilon.flatMap((entry) => entry.outcome.runs.filter((run) => !run.skipped).map((run) => run.name)),
    ),
  ];
  const hasExact = perEpsilon.some((entry) => entry.exact);
  const tables: SummaryTable[] = [
    {
      title: `Robust accuracy (${settings.norm}, ${clean.length} samples, clean ${percent(cleanAccuracy)})`,
      columns: [
        'Epsilon',
        'Worst case (attacks)',
        ...(method ? [`Certified (${method})`] : []),
        ...(hasExact ? ['Exact (affine model)'] : []),
      ],
      rows: metricsPerEpsilon.map((entry) => [
        String(entry.epsilon),
        percent(entry.robustAccuracy),
        ...(method ? [percent(entry.certifiedAccuracy ?? 0)] : []),
        ...(hasExact ? [percent(entry.exactRobustAccuracy ?? 0)] : []),
      ]),
    },
    ...attackNames.map((name) => {
      const runs = perEpsilon.map((entry) => entry.outcome.runs.find((item) => item.name === name)!);
      const noted = runs.some((run) => run.note);
      return {
        title: `Attack: ${name}`,
        columns: ['Epsilon', 'Robust accuracy', 'Queries per attacked sample', ...(noted ? ['Note'] : [])],
        rows: runs.map((run, index) => [
          String(perEpsilon[index]!.epsilon),
          percent(share(run.robust)),
          String(Math.round(run.queries / attacked)),
          ...(noted ? [run.note ?? ''] : []),
        ]),
      };
    }),
    {
      title: 'Input validation (the model as served)',
      columns: ['Input', 'What the model does'],
      rows: probes.map((probe) => [
        probe.probe,
        PROBE_OUTCOME_TEXT[probe.outcome] + (probe.detail ? `: ${probe.detail}` : ''),
      ]),
    },
  ];
  if (scores) {
    tables.push({
      title: 'Membership inference (loss threshold, balanced sets)',
      columns: ['AUC', 'Max advantage', 'TPR at 1% FPR', 'Samples per set'],
      rows: [
        [
          scores.auc.toFixed(3),
          scores.maxAdvantage.toFixed(3),
          scores.tprAtOnePercentFpr.toFixed(3),
          String(scores.members),
        ],
      ],
    });
  }
  if (comparison) {
    tables.push({
      title: `Against ${comparison.source}${comparison.commit ? ` (commit ${comparison.commit.slice(0, 12)})` : ''}`,
      columns: ['Epsilon', 'Drop', 'Lost', 'Gained', 'McNemar p', 'Smallest detectable drop', 'Gate'],
      rows: comparison.perEpsilon.map((entry) => [
        String(entry.epsilon),
        percent(entry.drop),
        String(entry.lost),
        String(entry.gained),
        entry.pValue.toPrecision(3),
        percent(entry.detectableLost / Math.max(1, entry.samples)),
        entry.gate === 'not-significant' ? 'over max-drop, not significant' : entry.gate,
      ]),
    });
  }
  if (notes.length > 0) tables.push({ title: 'Notes', columns: ['Note'], rows: notes.map((note) => [note]) });

  const x = [0, ...settings.epsilons];
  const series = [
    {
      name: 'worst case',
      values: [cleanAccuracy, ...metricsPerEpsilon.map((entry) => entry.robustAccuracy)],
    },
    ...(method
      ? [
          {
            name: `certified (${method})`,
            values: [cleanAccuracy, ...metricsPerEpsilon.map((entry) => entry.certifiedAccuracy ?? 0)],
          },
        ]
      : []),
    ...attackNames.map((name) => ({
      name,
      values: [
        cleanAccuracy,
        ...metricsPerEpsilon.map((entry) => (entry.byAttack as Record<string, number>)[name] ?? 0),
      ],
    })),
  ].map((line) => ({ name: line.name, values: line.values.map((value) => Math.round(value * 1000) / 10) }));

  return {
    check: 'robustness-check',
    rules: Object.values(ROBUSTNESS_RULES),
    findings,
    metrics: {
      cleanAccuracy,
      samples: clean.length,
      perEpsilon: metricsPerEpsilon,
      certify: method ?? 'none',
      gradients: classifier.gradients,
      inputValidation: probes.map((probe) => ({
        probe: probe.probe,
        outcome: probe.outcome,
        ...(probe.detail ? { detail: probe.detail } : {}),
      })),
      ...(scores ? { membership: scores } : {}),
      ...(comparison
        ? {
            comparison: {
              source: comparison.source,
              ...(comparison.commit ? { commit: comparison.commit } : {}),
              perEpsilon: comparison.perEpsilon.map(({ epsilon, drop, lost, gained, pValue, gate }) => ({
                epsilon,
                drop,
                lost,
                gained,
                pValue,
                gate,
                failed: gate === 'failed',
              })),
            },
          }
        : {}),
    },
    artifacts: input.savedTo ? [{ kind: 'robustness-result', path: input.savedTo }] : [],
    outputs: {
      'clean-accuracy': String(cleanAccuracy),
      'robust-accuracy': JSON.stringify(
        Object.fromEntries(metricsPerEpsilon.map((entry) => [String(entry.epsilon), entry.robustAccuracy])),
      ),
    },
    tables,
    charts: [
      {
        title: `Robust accuracy versus ${settings.norm} epsilon`,
        xLabel: 'epsilon',
        x,
        yLabel: 'accuracy (%)',
        yMin: 0,
        yMax: 100,
        series,
      },
    ],
  };
}
