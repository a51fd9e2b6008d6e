import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listModelFiles } from '../../../src/checks/oms/serialize.js';
import { signModel } from '../../../src/checks/sign-model/index.js';
import type { RunEnvironment } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import { UsageError } from '../../../src/core/errors.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

let root: string;
const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-sign-')));
  await mkdir(path.join(root, 'models'));
  await writeFile(path.join(root, 'models/w.bin'), 'weights');
});

function sign(
  paths: string[],
  explicit: Record<string, string>,
  environment: RunEnvironment = {},
  progress?: (m: string) => void,
) {
  return runEngine({
    check: signModel,
    root,
    paths,
    options: resolveOptions(signModel.options, explicit, undefined, 'option'),
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: fingerprintKeyFrom(undefined),
    environment,
    ...(progress ? { progress } : {}),
  });
}

describe('sign-model safeguards', () => {
  it('refuses to write the signature over the single-file model it signs', async () => {
    await expect(
      sign(['models/w.bin'], { method: 'key', 'private-key': privateKey, signature: 'models/w.bin' }),
    ).rejects.toThrow(
      new UsageError(
        'INVALID_INPUT',
        'signature: "models/w.bin" is the model itself; writing the signature there would destroy the model',
      ),
    );
    expect(await readFile(path.join(root, 'models/w.bin'), 'utf8')).toBe('weights');
  });

  it('fails keyless signing for a missing token before hashing anything', async () => {
    const progress: string[] = [];
    const missing = new UsageError('MISSING_PERMISSION', 'no token here');
    await expect(
      sign(
        ['models'],
        { method: 'sigstore' },
        {
          checkIdentityToken: () => {
            throw missing;
          },
          identityToken: () => Promise.reject(new Error('must not be asked')),
        },
        (message) => progress.push(message),
      ),
    ).rejects.toBe(missing);
    expect(progress.filter((message) => message.includes('hashing'))).toEqual([]);
  });

  it('one model per signature', async () => {
    await expect(
      sign(['models', 'models/w.bin'], { method: 'key', 'private-key': privateKey }),
    ).rejects.toThrow('sign-model takes one model path, got 2: a signature covers one file or directory');
    await expect(sign([], { method: 'key', 'private-key': privateKey })).rejects.toThrow(
      'sign-model needs the model file or directory (model-path)',
    );
  });
});

describe('symbolic links in a model', () => {
  it('are read through the target resolved and checked when listed', async () => {
    await writeFile(path.join(root, 'real.bin'), 'target bytes');
    await symlink(path.join(root, 'real.bin'), path.join(root, 'models/link.bin'));
    const listing = await listModelFiles(root, 'models', { allowSymlinks: true, ignorePaths: [] });
    expect(listing.files.map((file) => [file.name, file.absolute])).toEqual([
      ['link.bin', path.join(root, 'real.bin')],
      ['w.bin', path.join(root, 'models/w.bin')],
    ]);
  });
});
