/**
 * What a model file is, for its CycloneDX `machine-learning-model` component: the format told by
 * content (scan-model's detector, the same one scan-model trusts), whether loading it can run
 * code (pickle-based formats), and the facts its header gives without reading tensor data:
 * safetensors' tensor count, dtypes and parameter count, GGUF's architecture and context length.
 */
import { detectModelFormat, MODEL_FORMAT_HEAD_BYTES, type ModelFormatId } from '../../core/model-formats.js';
import { analyzeGguf } from '../scan-model/gguf.js';
import { analyzeSafetensors } from '../scan-model/safetensors.js';
import type { ModelIssue } from '../scan-model/model-issue.js';
import type { ByteSource } from '../scan-model/source.js';

export interface ModelFileFacts {
  readonly format: ModelFormatId;
  /** Loading the file unpickles (torch, joblib, pickle, numpy object arrays): it can run code. */
  readonly pickleBased: boolean;
  /** CycloneDX properties (`mlsec:model:<name>`), sorted by name for deterministic output. */
  readonly properties: readonly { readonly name: string; readonly value: string }[];
  /** Why a header could not be read: the file is still a component, described by format only. */
  readonly problems: readonly string[];
}

const PICKLE_BASED: ReadonlySet<ModelFormatId> = new Set([
  'pickle',
  'torch-zip',
  'torch-legacy',
  'joblib',
  'compressed',
]);

/** The first few structural errors the format's reader found (its messages are already printable). */
function malformations(issues: readonly ModelIssue[]): string[] {
  return issues
    .filter((issue) => issue.level === 'error')
    .slice(0, 3)
    .map((issue) => issue.message);
}

export async function describeModelFile(source: ByteSource, name: string): Promise<ModelFileFacts> {
  const head = await source.read(0, Math.min(source.size, MODEL_FORMAT_HEAD_BYTES));
  const detected = detectModelFormat(head, name);
  const properties: { name: string; value: string }[] = [
    { name: 'mlsec:model:format', value: detected.format },
  ];
  const problems: string[] = [];
  if (detected.format === 'safetensors') {
    const { summary, issues } = await analyzeSafetensors(source);
    problems.push(...malformations(issues));
    if (summary) {
      properties.push(
        { name: 'mlsec:model:tensors', value: String(summary.tensors) },
        { name: 'mlsec:model:dtypes', value: summary.dtypes.join(',') },
        { name: 'mlsec:model:parameters', value: String(summary.parameters) },
      );
    } else if (problems.length === 0) {
      problems.push('the safetensors header could not be read');
    }
  } else if (detected.format === 'gguf') {
    const { summary, issues } = await analyzeGguf(source);
    problems.push(...malformations(issues));
    if (summary) {
      properties.push({ name: 'mlsec:model:tensors', value: String(summary.tensors) });
      if (summary.architecture !== undefined)
        properties.push({ name: 'mlsec:model:architecture', value: summary.architecture });
      if (summary.contextLength !== undefined)
        properties.push({ name: 'mlsec:model:context-length', value: String(summary.contextLength) });
    } else if (problems.length === 0) {
      problems.push('the GGUF header could not be read');
    }
  }
  // An object array in a .npy is a pickle (scan-model's detector says so in its hint).
  const pickleBased =
    PICKLE_BASED.has(detected.format) ||
    (detected.format === 'numpy-npy' && detected.hint?.startsWith('object dtype') === true);
  properties.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: detected.format, pickleBased, properties, problems };
}
