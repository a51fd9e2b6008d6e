import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { externalDataReader } from '../../../src/checks/robustness-check/external-data.js';

let root = '';
let outside = '';
beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-ext-')));
  outside = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-ext-out-')));
  await mkdir(path.join(root, 'models/dir'), { recursive: true });
  await writeFile(
    path.join(root, 'models/w.bin'),
    Uint8Array.from({ length: 32 }, (_, i) => i),
  );
  await writeFile(path.join(outside, 'secret.bin'), new Uint8Array(16));
  await symlink(path.join(outside, 'secret.bin'), path.join(root, 'models/link.bin'));
});

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('read');
}

describe('external data of a model', () => {
  const reader = () => externalDataReader({ root, userPaths: [], signerFiles: [] }, 'models/m.onnx', 40);

  it('reads a slice of a file in the model folder', () => {
    expect(Array.from(reader()('w.bin', 4, 3))).toEqual([4, 5, 6]);
    expect(reader()('w.bin', 30, undefined).length).toBe(2);
  });

  it('refuses what is not a regular file inside the repository, naming the model and the location', () => {
    expect(refusal(() => reader()('missing.bin', 0, 4))).toBe(
      'model: models/m.onnx: external data "missing.bin" cannot be read (no such file (ENOENT))',
    );
    expect(refusal(() => reader()('dir', 0, 4))).toBe(
      'model: models/m.onnx: external data "dir" is not a regular file',
    );
    expect(refusal(() => reader()('link.bin', 0, 4))).toBe(
      'model: models/m.onnx: external data "link.bin" resolves outside the repository',
    );
    expect(refusal(() => reader()('../../etc/passwd', 0, 4))).toBe(
      `model: models/m.onnx: external data "../../etc/passwd" climbs out of the model's folder with '..'`,
    );
    expect(refusal(() => reader()('w.bin', 30, 8))).toBe(
      'model: models/m.onnx: external data "w.bin" is shorter than the tensor it holds',
    );
  });

  it('caps the bytes read over all tensors before allocating', () => {
    const read = reader();
    read('w.bin', 0, 32);
    expect(refusal(() => read('w.bin', 0, 16))).toBe(
      'model: models/m.onnx: external data "w.bin" takes the model\'s data over 40 bytes',
    );
  });
});
