/**
 * The per-sample result a run keeps for the next one to compare with: which samples stayed
 * robust at each epsilon. A pull request is compared with the base branch's result only when
 * both evaluated the same samples the same way (the settings key), so the comparison is paired.
 * The file may come from a cache or a path the repository names: it is parsed as untrusted.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../../core/errors.js';
import { MLSEC_VERSION } from '../../core/version.js';
import type { RobustnessSettings } from './settings.js';

export const RESULT_FORMAT = 'mlsec-robustness-result';
const MAX_SAMPLES = 1_000_000;

export interface StoredEpsilon {
  readonly epsilon: number;
  /** 1 = robust under every attack (and clean-correct). */
  readonly robust: Uint8Array;
}

export interface StoredResult {
  readonly settingsKey: string;
  readonly samples: number;
  readonly clean: Uint8Array;
  readonly perEpsilon: readonly StoredEpsilon[];
  /** The commit the result was computed on, when known. */
  readonly commit?: string;
  /** How the gradient attacks got their gradients: results of exact and estimated ones are not paired. */
  readonly gradients?: 'exact' | 'estimated' | 'none';
}

/**
 * What makes two runs comparable sample by sample: the evaluation data (by content), which
 * samples, the threat model and every attack setting. The model is not in it: comparing two
 * models is the point.
 */
export function settingsKey(settings: RobustnessSettings, dataDigest: string, samples: number): string {
  const evaluation = {
    // A new mlsec may attack differently: results of another version are not paired.
    mlsec: MLSEC_VERSION,
    dataDigest,
    labelColumn: settings.labelColumn,
    samples,
    outputKind: settings.outputKind,
    // Batches group SPSA's random directions: another batch size estimates other gradients.
    batchSize: settings.batchSize,
    lower: settings.lower,
    upper: settings.upper,
    preprocessing: settings.preprocessing,
    epsilons: settings.epsilons,
    norm: settings.norm,
    attacks: [...settings.attacks].sort(),
    seed: settings.seed,
    pgdSteps: settings.pgdSteps,
    pgdRestarts: settings.pgdRestarts,
    squareQueries: settings.squareQueries,
    hsjQueries: settings.hsjQueries,
  };
  return createHash('sha256').update(JSON.stringify(evaluation)).digest('hex').slice(0, 32);
}

function packBits(bits: Uint8Array): string {
  const bytes = new Uint8Array(Math.ceil(bits.length / 8));
  for (let i = 0; i < bits.length; i++) if (bits[i]) bytes[i >> 3]! |= 1 << (i & 7);
  return Buffer.from(bytes).toString('base64');
}

function unpackBits(text: unknown, samples: number, where: string): Uint8Array {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new Error(`${where} is not base64`);
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== Math.ceil(samples / 8)) throw new Error(`${where} does not hold ${samples} outcomes`);
  const bits = new Uint8Array(samples);
  for (let i = 0; i < samples; i++) bits[i] = (bytes[i >> 3]! >> (i & 7)) & 1;
  return bits;
}

export function formatResult(result: StoredResult): string {
  return `${JSON.stringify(
    {
      format: RESULT_FORMAT,
      version: 1,
      settingsKey: result.settingsKey,
      samples: result.samples,
      ...(result.commit ? { commit: result.commit } : {}),
      ...(result.gradients ? { gradients: result.gradients } : {}),
      clean: packBits(result.clean),
      perEpsilon: result.perEpsilon.map((entry) => ({
        epsilon: entry.epsilon,
        robust: packBits(entry.robust),
      })),
    },
    null,
    2,
  )}\n`;
}

/** Parses a stored result; `source` names where it came from (a file, the cache) for the error. */
export function parseResult(text: string, source: string): StoredResult {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (typeof value !== 'object' || value === null || value.format !== RESULT_FORMAT) {
      throw new Error(`is not an mlsec robustness result (format ${RESULT_FORMAT})`);
    }
    if (value.version !== 1) throw new Error('has a version this mlsec does not read');
    const samples = value.samples;
    if (typeof samples !== 'number' || !Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
      throw new Error('samples is not a whole number of samples');
    }
    if (typeof value.settingsKey !== 'string' || !/^[0-9a-f]{32}$/.test(value.settingsKey)) {
      throw new Error('settingsKey is not a settings key');
    }
    if (!Array.isArray(value.perEpsilon) || value.perEpsilon.length > 1000) {
      throw new Error('perEpsilon is not a list');
    }
    const perEpsilon = value.perEpsilon.map((entry: unknown, index: number) => {
      const item = entry as Record<string, unknown>;
      if (
        typeof item !== 'object' ||
        item === null ||
        typeof item.epsilon !== 'number' ||
        !(item.epsilon > 0)
      ) {
        throw new Error(`perEpsilon[${index}].epsilon is not a budget`);
      }
      return {
        epsilon: item.epsilon,
        robust: unpackBits(item.robust, samples, `perEpsilon[${index}].robust`),
      };
    });
    const commit =
      typeof value.commit === 'string' && /^[0-9a-f]{7,64}$/.test(value.commit) ? value.commit : undefined;
    const gradients = value.gradients;
    if (
      gradients !== undefined &&
      gradients !== 'exact' &&
      gradients !== 'estimated' &&
      gradients !== 'none'
    ) {
      throw new Error('gradients is not exact, estimated or none');
    }
    return {
      settingsKey: value.settingsKey,
      samples,
      clean: unpackBits(value.clean, samples, 'clean'),
      perEpsilon,
      ...(commit ? { commit } : {}),
      ...(gradients ? { gradients } : {}),
    };
  } catch (error) {
    throw new UsageError(
      'INVALID_INPUT',
      `${source}: ${error instanceof SyntaxError ? 'is not JSON' : (error as Error).message}`,
    );
  }
}
