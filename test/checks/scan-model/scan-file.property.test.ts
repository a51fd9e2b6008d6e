import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_SETTINGS, scanModelSource } from '../../../src/checks/scan-model/scan-file.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { printable } from '../../../src/core/escape.js';

/**
 * The whole dispatcher over hostile input: random bytes, and every committed fixture mutated
 * (bytes flipped, cut short, bytes inserted), always end in a result, never in an exception or a
 * hang, and every message is printable as it stands.
 */

const FIXTURES = path.resolve('test/fixtures/scan-model');
const settings = { ...DEFAULT_SCAN_SETTINGS, allowGlobals: [], maxFileSize: 64 * 1024 * 1024 };

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return files(full);
    return name.endsWith('.json') || statSync(full).size > 80_000 ? [] : [full];
  });
}

const seeds = ['benign', 'malicious'].flatMap((folder) => files(path.join(FIXTURES, folder)));

async function scanBytes(bytes: Uint8Array, name: string) {
  const result = await scanModelSource(bufferSource(bytes), name, name, settings);
  for (const issue of result.issues) expect(issue.message).toBe(printable(issue.message));
  return result;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
);

type Change = { kind: 'flip' | 'cut' | 'insert'; at: number; value?: number; bytes?: Uint8Array };

function mutate(bytes: Uint8Array, changes: readonly Change[]): Uint8Array {
  let out = Uint8Array.from(bytes);
  for (const change of changes) {
    if (out.length === 0) break;
    const at = change.at % out.length;
    if (change.kind === 'flip') out[at] = change.value!;
    else if (change.kind === 'cut') out = out.subarray(0, at);
    else {
      const inserted = new Uint8Array(out.length + change.bytes!.length);
      inserted.set(out.subarray(0, at));
      inserted.set(change.bytes!, at);
      inserted.set(out.subarray(at), at + change.bytes!.length);
      out = inserted;
    }
  }
  return out;
}

describe('scanModelSource on hostile input', () => {
  it('random bytes under model names never throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom(
          'model.pkl',
          'model.pt',
          'model.safetensors',
          'model.onnx',
          'x.gguf',
          'a.npy',
          'b.h5',
          'c.keras',
          'd.joblib.xz',
        ),
        async (bytes, name) => {
          await scanBytes(bytes, name);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each(seeds.map((file) => [path.relative(FIXTURES, file), file]))(
    'mutations of %s never throw',
    async (_name, file) => {
      const original = new Uint8Array(readFileSync(file));
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (changes) => {
          await scanBytes(mutate(original, changes), path.basename(file));
        }),
        { numRuns: 15 },
      );
    },
  );
});
