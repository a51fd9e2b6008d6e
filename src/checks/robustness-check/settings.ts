/**
 * The options of a robustness-check run, read once into typed settings. Every value is checked
 * here, where the option's name is known, so an error says which option to fix; the rest of the
 * check works on settings that are already valid.
 */
import type { OptionValues } from '../../core/check.js';
import { UsageError } from '../../core/errors.js';
import type { AttackName } from './attacks.js';
import type { Preprocessing } from './transforms.js';

export interface DataFiles {
  readonly inputs: string;
  readonly labels?: string;
}

export interface RobustnessSettings {
  readonly model: string;
  readonly data: DataFiles;
  readonly labelColumn: string;
  readonly lower: number;
  readonly upper: number;
  readonly preprocessing: Preprocessing;
  readonly outputKind: 'auto' | 'logits' | 'probabilities' | 'sigmoid';
  /** Ascending, without repeats. */
  readonly epsilons: readonly number[];
  readonly norm: 'linf' | 'l2';
  readonly attacks: readonly AttackName[];
  readonly certify: 'ibp' | 'crown' | 'none';
  readonly samples: number;
  readonly seed: number;
  readonly pgdSteps: number;
  readonly pgdRestarts: number;
  readonly squareQueries: number;
  readonly hsjQueries: number;
  /** Minimum robust accuracy per epsilon (only the epsilons that have one). */
  readonly minRobustAccuracy: ReadonlyMap<number, number>;
  readonly maxDrop?: number;
  readonly significance: number;
  readonly compareTo?: string;
  readonly saveResult?: string;
  readonly membership?: { readonly train: DataFiles; readonly holdout: DataFiles };
  readonly maxMembershipAuc: number;
  readonly batchSize: number;
  readonly threads: number;
}

function invalid(option: string, message: string): UsageError {
  return new UsageError('INVALID_INPUT', `${option}: ${message}`);
}

function text(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function list(options: OptionValues, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value : [];
}

function numberOption(options: OptionValues, name: string): number | undefined {
  const value = options[name];
  return typeof value === 'number' ? value : undefined;
}

function integer(options: OptionValues, name: string, min: number, max: number): number {
  const value = numberOption(options, name);
  if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(name, `expected a whole number from ${min} to ${max}`);
  }
  return value;
}

function fraction(options: OptionValues, name: string, openAtZero: boolean): number | undefined {
  const value = numberOption(options, name);
  if (value === undefined) return undefined;
  if (!(value <= 1) || (openAtZero ? !(value > 0) : !(value >= 0))) {
    throw invalid(
      name,
      `expected a number ${openAtZero ? 'above 0' : 'from 0'} up to 1 (a share, not a percentage)`,
    );
  }
  return value;
}

function parseNumber(option: string, value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed))
    throw invalid(option, `${JSON.stringify(value)} is not a number`);
  return parsed;
}

function dataFiles(options: OptionValues, inputs: string, labels: string): DataFiles | undefined {
  const inputsFile = text(options, inputs);
  const labelsFile = text(options, labels);
  if (inputsFile === undefined) {
    if (labelsFile !== undefined) throw invalid(labels, `is set but ${inputs} is not`);
    return undefined;
  }
  return { inputs: inputsFile, ...(labelsFile === undefined ? {} : { labels: labelsFile }) };
}

function minimums(values: readonly string[], epsilons: readonly number[]): Map<number, number> {
  const result = new Map<number, number>();
  for (const item of values) {
    const colon = item.indexOf(':');
    const minimum = parseNumber('min-robust-accuracy', colon < 0 ? item : item.slice(colon + 1));
    if (!(minimum >= 0 && minimum <= 1)) {
      throw invalid('min-robust-accuracy', `${item}: a minimum is a share from 0 to 1, not a percentage`);
    }
    if (colon < 0) {
      for (const epsilon of epsilons) result.set(epsilon, minimum);
      continue;
    }
    const epsilon = parseNumber('min-robust-accuracy', item.slice(0, colon));
    if (!epsilons.includes(epsilon)) {
      throw invalid(
        'min-robust-accuracy',
        `${item}: epsilon ${epsilon} is not one of epsilons (${epsilons.join(', ')})`,
      );
    }
    result.set(epsilon, minimum);
  }
  return result;
}

export function readSettings(options: OptionValues): RobustnessSettings {
  const model = text(options, 'model');
  if (model === undefined) throw invalid('model', 'name the ONNX classifier to evaluate');
  const data = dataFiles(options, 'inputs', 'labels');
  if (data === undefined) throw invalid('inputs', 'name the evaluation data (.npy, .npz or .csv)');

  const range = list(options, 'input-range').map((item) => parseNumber('input-range', item));
  if (range.length !== 2 || !(range[0]! < range[1]!)) {
    throw invalid('input-range', 'expected two numbers `low,high` with low below high');
  }

  const epsilons = [...new Set(list(options, 'epsilons').map((item) => parseNumber('epsilons', item)))].sort(
    (a, b) => a - b,
  );
  if (epsilons.length === 0) throw invalid('epsilons', 'name at least one perturbation budget');
  if (epsilons.some((epsilon) => !(epsilon > 0))) {
    throw invalid('epsilons', 'each budget must be above 0 (clean accuracy is always reported)');
  }

  const attacks = [...new Set(list(options, 'attacks'))] as AttackName[];
  if (attacks.length === 0) throw invalid('attacks', 'name at least one attack');

  const mean = list(options, 'mean').map((item) => parseNumber('mean', item));
  const std = list(options, 'std').map((item) => parseNumber('std', item));
  if (std.some((value) => !(value > 0))) throw invalid('std', 'each standard deviation must be above 0');
  const scale = numberOption(options, 'scale');
  if (scale !== undefined && !(scale !== 0)) throw invalid('scale', 'must not be 0');
  const layout = text(options, 'layout') as Preprocessing['layout'];
  const preprocessing: Preprocessing = {
    ...(scale === undefined ? {} : { scale }),
    ...(mean.length ? { mean } : {}),
    ...(std.length ? { std } : {}),
    ...(layout ? { layout } : {}),
  };

  const maxDrop = fraction(options, 'max-drop', false);
  const significance = fraction(options, 'significance', true) ?? 0.05;
  const maxMembershipAuc = fraction(options, 'max-membership-auc', false) ?? 0.6;

  const train = dataFiles(options, 'train-inputs', 'train-labels');
  const holdout = dataFiles(options, 'holdout-inputs', 'holdout-labels');
  if ((train === undefined) !== (holdout === undefined)) {
    throw invalid(
      train === undefined ? 'train-inputs' : 'holdout-inputs',
      'membership inference needs both train-inputs and holdout-inputs',
    );
  }

  const compareTo = text(options, 'compare-to');
  const saveResult = text(options, 'save-result');
  return {
    model,
    data,
    labelColumn: text(options, 'label-column') ?? 'label',
    lower: range[0]!,
    upper: range[1]!,
    preprocessing,
    outputKind: (text(options, 'output-kind') ?? 'auto') as RobustnessSettings['outputKind'],
    epsilons,
    norm: (text(options, 'norm') ?? 'linf') as RobustnessSettings['norm'],
    attacks,
    certify: (text(options, 'certify') ?? 'ibp') as RobustnessSettings['certify'],
    samples: integer(options, 'samples', 1, 1_000_000),
    seed: integer(options, 'seed', 0, 2 ** 31 - 1),
    pgdSteps: integer(options, 'pgd-steps', 1, 10_000),
    pgdRestarts: integer(options, 'pgd-restarts', 1, 100),
    squareQueries: integer(options, 'square-queries', 1, 1_000_000),
    hsjQueries: integer(options, 'hsj-queries', 1, 1_000_000),
    minRobustAccuracy: minimums(list(options, 'min-robust-accuracy'), epsilons),
    ...(maxDrop === undefined ? {} : { maxDrop }),
    significance,
    ...(compareTo === undefined ? {} : { compareTo }),
    ...(saveResult === undefined ? {} : { saveResult }),
    ...(train && holdout ? { membership: { train, holdout } } : {}),
    maxMembershipAuc,
    batchSize: integer(options, 'batch-size', 1, 65_536),
    threads: integer(options, 'threads', 1, 256),
  };
}
