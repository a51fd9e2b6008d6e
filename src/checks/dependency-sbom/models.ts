/**
 * The models of a repository for the ML-BOM: every model file (by name, or by content for a file
 * whose name hides it), hashed with SHA-256, described from its header, and, inside a Hugging
 * Face folder (a folder with config.json), given the folder's model card. A folder laid out as
 * the Hugging Face cache lays out a snapshot (`models--org--name/snapshots/<revision>/`) tells the
 * model id and revision, and so a `pkg:huggingface` purl; nothing else does.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { fileErrorReason } from '../../core/errors.js';
import { isModelFileName, looksLikeModelFile } from '../../core/model-files.js';
import { MODEL_FORMAT_HEAD_BYTES } from '../../core/model-formats.js';
import { fileSource } from '../scan-model/source.js';
import type { ModelEntry } from './bom.js';
import { readModelCard, type ModelCardFacts } from './model-card.js';
import { describeModelFile } from './model-file.js';
import type { ReadProblem } from './types.js';

export interface RepositoryFile {
  /** Display path, forward slashes. */
  readonly relative: string;
  readonly absolute: string;
}

export interface HuggingFaceId {
  readonly id: string;
  readonly revision: string;
}

/** `…/models--org--name/snapshots/<40 hex>/…`: the Hugging Face cache's own layout. */
export function huggingFaceSnapshot(relative: string): HuggingFaceId | undefined {
  const match = /(?:^|\/)models--([A-Za-z0-9][\w.-]*)--([\w.-]+)\/snapshots\/([0-9a-f]{40})(?:\/|$)/.exec(
    relative,
  );
  return match ? { id: `${match[1]}/${match[2]}`, revision: match[3]! } : undefined;
}

export function huggingFacePurl(snapshot: HuggingFaceId): string {
  const [namespace, name] = snapshot.id.split('/');
  return `pkg:huggingface/${encodeURIComponent(namespace!)}/${encodeURIComponent(name!)}@${snapshot.revision}`;
}

const MAX_CARD_BYTES = 1024 * 1024;
const HASH_CHUNK = 4 * 1024 * 1024;

async function readSmall(file: RepositoryFile | undefined): Promise<string | undefined> {
  if (!file) return undefined;
  const handle = await open(file.absolute, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_CARD_BYTES) return undefined;
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close();
  }
}

function folderOf(relative: string): string {
  const slash = relative.lastIndexOf('/');
  return slash < 0 ? '' : relative.slice(0, slash);
}

export async function inventoryModels(
  files: readonly RepositoryFile[],
): Promise<{ models: ModelEntry[]; problems: ReadProblem[] }> {
  const byPath = new Map(files.map((file) => [file.relative, file]));
  const problems: ReadProblem[] = [];
  const cards = new Map<string, ModelCardFacts | undefined>();
  const cardOf = async (folder: string): Promise<ModelCardFacts | undefined> => {
    if (cards.has(folder)) return cards.get(folder);
    const prefix = folder === '' ? '' : `${folder}/`;
    const config = byPath.get(`${prefix}config.json`);
    let facts: ModelCardFacts | undefined;
    if (config) {
      const read = readModelCard(
        folder || '.',
        await readSmall(byPath.get(`${prefix}README.md`)),
        await readSmall(config),
      );
      problems.push(...read.problems);
      facts = read.facts;
    }
    cards.set(folder, facts);
    return facts;
  };

  const models: ModelEntry[] = [];
  for (const file of [...files].sort((a, b) =>
    a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0,
  )) {
    let handle;
    try {
      handle = await open(file.absolute, 'r');
    } catch (error) {
      if (isModelFileName(file.relative))
        problems.push({ source: { file: file.relative }, message: `not read (${fileErrorReason(error)})` });
      continue;
    }
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) continue;
      const source = fileSource(handle, stats.size);
      const head = await source.read(0, Math.min(stats.size, MODEL_FORMAT_HEAD_BYTES));
      if (!isModelFileName(file.relative) && !looksLikeModelFile(head, file.relative)) continue;
      const facts = await describeModelFile(source, file.relative);
      for (const message of facts.problems) problems.push({ source: { file: file.relative }, message });
      const hash = createHash('sha256');
      for (let at = 0; at < stats.size; at += HASH_CHUNK)
        hash.update(await source.read(at, Math.min(HASH_CHUNK, stats.size - at)));
      const card = await cardOf(folderOf(file.relative));
      const snapshot = huggingFaceSnapshot(file.relative);
      models.push({
        path: file.relative,
        sha256: hash.digest('hex'),
        facts,
        ...(card ? { card } : {}),
        ...(snapshot ? { purl: huggingFacePurl(snapshot) } : {}),
      });
    } catch (error) {
      problems.push({ source: { file: file.relative }, message: `not read (${fileErrorReason(error)})` });
    } finally {
      await handle.close();
    }
  }
  return { models, problems };
}
