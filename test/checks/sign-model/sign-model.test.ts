import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listModelFiles } from '../../../src/checks/oms/serialize.js';
import { signModel } from '../../../src/checks/sign-model/definition.js';
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

describe('where a signature may be written', () => {
  /** The check itself, as the engine would call it: the scope decides, not the path's shape. */
  async function runWith(signature: string, userPaths: string[]) {
    const { run } = await import('../../../src/checks/sign-model/index.js');
    return run({
      root,
      userPaths,
      signerFiles: [],
      paths: ['models'],
      options: {
        ...resolveOptions(signModel.options, {}, undefined, 'option'),
        method: 'key',
        'private-key': privateKey,
        signature,
        threads: 1,
      } as never,
      exclude: [],
      fingerprintKey: fingerprintKeyFrom(undefined),
      environment: {},
      progress: () => undefined,
    });
  }

  it('outside the root only at or under a user path of the run, never because the path is absolute', async () => {
    const elsewhere = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-sign-elsewhere-')));
    const signature = path.join(elsewhere, 'sub', 'model.sig');
    await expect(runWith(signature, [])).rejects.toThrow(
      new UsageError('PATH_OUTSIDE_ROOT', `signature: ${JSON.stringify(signature)} is outside ${root}`),
    );
    await expect(runWith(signature, [path.join(elsewhere, 'other')])).rejects.toThrow(
      `signature: ${JSON.stringify(signature)} is outside ${root}`,
    );
    await expect(readFile(signature)).rejects.toThrow(/ENOENT/);
    await runWith(signature, [signature]);
    expect(JSON.parse(await readFile(signature, 'utf8'))).toHaveProperty('mediaType');
  });
});

describe('private keys that are not one usable key', () => {
  const pair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const encrypted = {
    pkcs8: pair()
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString(),
    sec1: pair().export({ type: 'sec1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString(),
  };
  const ENCRYPTED =
    'the key is encrypted; mlsec needs an unencrypted key (decrypt it into a secret, e.g. ' +
    '`openssl pkcs8 -in key.pem -out plain.pem`, or `openssl ec -in key.pem -out plain.pem` for an EC PRIVATE KEY)';

  it('an encrypted key (PKCS#8 or legacy Proc-Type) is refused as encrypted, never with an OpenSSL code', async () => {
    expect(encrypted.pkcs8).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    expect(encrypted.sec1).toContain('Proc-Type: 4,ENCRYPTED');
    for (const pem of Object.values(encrypted)) {
      await expect(sign(['models'], { method: 'key', 'private-key': pem })).rejects.toThrow(
        new UsageError('INVALID_INPUT', `private-key: ${ENCRYPTED}`),
      );
      await writeFile(path.join(root, 'enc.pem'), pem);
      await expect(sign(['models'], { method: 'key', 'private-key': 'enc.pem' })).rejects.toThrow(
        new UsageError('INVALID_INPUT', `private-key "enc.pem": ${ENCRYPTED}`),
      );
    }
  });

  it('a file with two keys, or a key and another PEM block, is refused naming the input, never signed with one', async () => {
    const second = pair().export({ type: 'sec1', format: 'pem' }).toString();
    const publicPem = createPublicKey(pair()).export({ type: 'spki', format: 'pem' }).toString();
    const cases: Array<[string, string]> = [
      [
        privateKey + second,
        'holds 2 private keys; mlsec will not choose one: leave only the key to sign with',
      ],
      [
        privateKey + privateKey + privateKey,
        'holds 3 private keys; mlsec will not choose one: leave only the key to sign with',
      ],
      [
        privateKey + encrypted.pkcs8,
        'holds 2 private keys; mlsec will not choose one: leave only the key to sign with',
      ],
      [
        privateKey + publicPem,
        'holds a PEM block besides the private key; a key file holds the private key alone',
      ],
      [
        `${privateKey}-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMG\n`,
        'holds a PEM block without its END line; a key file holds the private key alone',
      ],
    ];
    for (const [text, reason] of cases) {
      await writeFile(path.join(root, 'keys.pem'), text);
      await expect(sign(['models'], { method: 'key', 'private-key': 'keys.pem' })).rejects.toThrow(
        new UsageError('INVALID_INPUT', `private-key "keys.pem" ${reason}`),
      );
      await expect(sign(['models'], { method: 'key', 'private-key': text })).rejects.toThrow(
        new UsageError('INVALID_INPUT', `private-key ${reason}`),
      );
    }
    // A readable dump before the one block (certtool writes one) is not a second key.
    await writeFile(
      path.join(root, 'dump.pem'),
      `Public Key Info:\n\tPublic Key Algorithm: EC\n${privateKey}`,
    );
    await expect(sign(['models'], { method: 'key', 'private-key': 'dump.pem' })).resolves.toBeDefined();
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

describe('hashing paths agree', () => {
  it('the synchronous worker reader and the double-buffered reader give the same digests', async () => {
    const { hashRange, hashRangeSync } = await import('../../../src/checks/oms/digest.js');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    const file = path.join(root, 'big.bin');
    await writeFile(file, bytes);
    for (const [start, end] of [
      [0, bytes.length],
      [5, 262_144 + 3],
      [1_000_000, 3_000_000],
    ] as const) {
      for (const algorithm of ['sha256', 'blake2b'] as const) {
        const task = { file, start, end, algorithm, size: bytes.length };
        expect(hashRangeSync(task).equals(await hashRange(task))).toBe(true);
      }
    }
    await expect(hashRange({ file, start: 0, end: 1, algorithm: 'sha256', size: 5 })).rejects.toThrow(
      `${file} is ${bytes.length} bytes, not the 5 listed: it changed while hashing`,
    );
    expect(() => hashRangeSync({ file, start: 0, end: 1, algorithm: 'sha256', size: 5 })).toThrow(
      `${file} is ${bytes.length} bytes, not the 5 listed: it changed while hashing`,
    );
  });

  it('the built CLI signs a multi-file model alike on worker threads and on one thread', async () => {
    const { spawnSync } = await import('node:child_process');
    const repo = path.resolve(import.meta.dirname, '../../..');
    for (let i = 0; i < 6; i++)
      await writeFile(path.join(root, `models/part-${i}.bin`), `part ${i} `.repeat(5000 * (i + 1)));
    await writeFile(path.join(root, 'key.pem'), privateKey);
    const digests = [0, 1, 2].map((threads) => {
      const run = spawnSync(
        process.execPath,
        [
          path.join(repo, 'dist/cli.mjs'),
          'sign-model',
          'models',
          '--method',
          'key',
          '--private-key',
          'key.pem',
          '--signature',
          `sig-${threads}.json`,
          '--serialization',
          'shards',
          '--shard-size',
          '4096',
          '--threads',
          String(threads),
          '--format',
          'json',
        ],
        { cwd: root, encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as { metrics: { manifestDigest: string } }).metrics.manifestDigest;
    });
    expect(new Set(digests).size).toBe(1);
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});
