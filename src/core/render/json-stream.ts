import { createWriteStream } from 'node:fs';
import { neutralizeJsonCommands } from '../escape.js';

/**
 * Pretty-printed JSON as a stream of pieces, byte for byte what `JSON.stringify(value, null, 2)`
 * writes (with `##[` neutralised inside strings), so a report of a hundred thousand findings is
 * written without holding its whole text in memory.
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield neutralizeJsonCommands(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonChunks(item, inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]!;
    yield `${inner}${neutralizeJsonCommands(JSON.stringify(key))}: `;
    yield* jsonChunks(item, inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Calls `write` with pieces of about 64 KiB: the JSON document and a final newline. */
export async function writeJson(
  value: unknown,
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of jsonChunks(value)) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 1 << 16) {
      await write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  batch.push('\n');
  await write(batch.join(''));
}

/** Writes the JSON document to a file, streaming. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const stream = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => stream.on('finish', resolve).on('error', reject));
  await writeJson(value, (text) =>
    stream.write(text) ? undefined : new Promise<void>((resolve) => stream.once('drain', () => resolve())),
  );
  stream.end();
  await done;
}
