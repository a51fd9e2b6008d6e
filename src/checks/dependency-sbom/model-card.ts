/**
 * What a Hugging Face model folder says about its model, for the CycloneDX `modelCard`: the
 * README's YAML front matter (pipeline_tag, datasets, license, base_model, model-index metrics)
 * and `config.json` (architectures, model_type). Both come from the repository under test: they
 * are parsed as untrusted text, with sizes capped, and only the fields used are kept, as strings
 * of bounded length. Nothing here guesses: a field the card does not give is absent.
 */
import { parseDocument } from 'yaml';
import type { ReadProblem } from './types.js';

export interface ModelMetric {
  readonly type: string;
  readonly value: string;
  /** The dataset the metric was measured on, by its name or id, when the card says. */
  readonly dataset?: string;
}

export interface ModelCardFacts {
  readonly task?: string;
  readonly architectures: readonly string[];
  readonly modelType?: string;
  readonly license?: string;
  readonly baseModels: readonly string[];
  /** Dataset ids (`squad`, `org/name`), in order, without repeats. */
  readonly datasets: readonly string[];
  readonly metrics: readonly ModelMetric[];
}

const MAX_TEXT = 200;
const MAX_ITEMS = 100;
const MAX_FRONT_MATTER_BYTES = 256 * 1024;

/** A short, single-line string, or undefined for anything else. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_TEXT) return undefined;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return undefined;
  }
  return trimmed;
}

function texts(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items.slice(0, MAX_ITEMS)) {
    const value = text(item);
    if (value !== undefined && !out.includes(value)) out.push(value);
  }
  return out;
}

/** The YAML between a leading `---` line and the next `---` line, or undefined. */
export function frontMatter(readme: string): string | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(readme);
  return match ? match[1] : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function metricsOf(modelIndex: unknown): ModelMetric[] {
  const metrics: ModelMetric[] = [];
  for (const entry of (Array.isArray(modelIndex) ? modelIndex : []).slice(0, MAX_ITEMS)) {
    for (const result of (Array.isArray(record(entry)?.results)
      ? (record(entry)!.results as unknown[])
      : []
    ).slice(0, MAX_ITEMS)) {
      const dataset = record(record(result)?.dataset);
      const datasetName = text(dataset?.type) ?? text(dataset?.name);
      for (const metric of (Array.isArray(record(result)?.metrics)
        ? (record(result)!.metrics as unknown[])
        : []
      ).slice(0, MAX_ITEMS)) {
        const type = text(record(metric)?.type) ?? text(record(metric)?.name);
        const value = text(record(metric)?.value);
        if (type === undefined || value === undefined) continue;
        metrics.push({ type, value, ...(datasetName === undefined ? {} : { dataset: datasetName }) });
        if (metrics.length >= MAX_ITEMS) return metrics;
      }
    }
  }
  return metrics;
}

/**
 * Reads a model folder's card. `readme` and `config` are the texts of `README.md` and
 * `config.json` when the folder has them; `folder` names the folder in problems.
 */
export function readModelCard(
  folder: string,
  readme: string | undefined,
  config: string | undefined,
): { facts: ModelCardFacts; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  let card: Record<string, unknown> = {};
  const yaml = readme === undefined ? undefined : frontMatter(readme);
  if (yaml !== undefined) {
    if (yaml.length > MAX_FRONT_MATTER_BYTES) {
      problems.push({
        source: { file: `${folder}/README.md` },
        message: `the YAML front matter is over ${MAX_FRONT_MATTER_BYTES} bytes; it was not read`,
      });
    } else {
      try {
        // Aliases are how a small YAML document becomes a huge one: refuse them past a few.
        // Errors are the caller's to report; warnings (an unknown tag) must not reach stderr.
        const document = parseDocument(yaml, { uniqueKeys: false, logLevel: 'silent' });
        const error = document.errors[0];
        if (error) throw error;
        card = record(document.toJS({ maxAliasCount: 20 })) ?? {};
      } catch (error) {
        problems.push({
          source: { file: `${folder}/README.md`, line: 2 },
          message: `the YAML front matter is not valid YAML (${(error as Error).name})`,
        });
      }
    }
  }
  let configJson: Record<string, unknown> = {};
  if (config !== undefined) {
    try {
      configJson = record(JSON.parse(config)) ?? {};
    } catch {
      problems.push({ source: { file: `${folder}/config.json` }, message: 'config.json is not valid JSON' });
    }
  }
  const task = text(card.pipeline_tag);
  const license = text(card.license);
  const modelType = text(configJson.model_type);
  const facts: ModelCardFacts = {
    ...(task === undefined ? {} : { task }),
    architectures: texts(configJson.architectures),
    ...(modelType === undefined ? {} : { modelType }),
    ...(license === undefined ? {} : { license }),
    baseModels: texts(card.base_model),
    datasets: texts(card.datasets),
    metrics: metricsOf(card['model-index']),
  };
  return { facts, problems };
}
