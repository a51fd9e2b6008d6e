import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTESTATIONS, verifyAttestations } from '../../../src/checks/oms/attestation.js';
import { parseIdentity } from '../../../src/checks/oms/policy.js';
import { createHashRunner } from '../../../src/checks/oms/runner.js';
import { publicGoodTrustedRoot } from '../../../src/checks/oms/sigstore.js';
import { verifyModel } from '../../../src/checks/oms/verify.js';
import { signModel } from '../../../src/checks/sign-model/definition.js';
import { verifyProvenance } from '../../../src/checks/verify-provenance/definition.js';
import { SLSA_PROVENANCE_V1 } from '../../../src/checks/oms/statement.js';
import type { CheckDefinition } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { explicitlyGiven, resolveOptions, runEngine } from '../../../src/core/engine.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';
import { createTaskRunner } from '../../../src/core/worker-pool.js';

/** Regressions for the findings of the security review of sign-model and verify-provenance. */

const VECTORS = path.resolve(import.meta.dirname, '../../fixtures/vectors');
let root: string;
const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

function engine(check: CheckDefinition, paths: string[], explicit: Record<string, string>) {
  return runEngine({
    check,
    root,
    paths,
    options: resolveOptions(check.options, explicit, undefined, 'option'),
    explicit: explicitlyGiven(check.options, explicit),
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: fingerprintKeyFrom(undefined),
    environment: {},
  });
}

const verifyKey = { method: 'key', 'public-key': 'pub.pem' };

async function findings(paths: string[], explicit: Record<string, string>) {
  const output = await engine(verifyProvenance, paths, explicit);
  return output.report.findings.map((f) => `${f.location.path} ${f.ruleId}: ${f.message}`).sort();
}

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-review-')));
  await writeFile(path.join(root, 'pub.pem'), keys.publicKey.export({ type: 'spki', format: 'pem' }));
  await mkdir(path.join(root, 'models/m'), { recursive: true });
  await writeFile(path.join(root, 'models/m/w.safetensors'), 'weights');
});

async function signM(extra: Record<string, string> = {}) {
  await engine(signModel, ['models/m'], {
    method: 'key',
    'private-key': privateKey,
    signature: 'models/m/model.sig',
    ...extra,
  });
}

describe('signature files are read safely', () => {
  it('a signature that links outside the repository is not followed', async () => {
    await symlink('/dev/zero', path.join(root, 'models/m/model.sig'));
    expect(await findings(['models/m'], { ...verifyKey, signature: 'models/m/model.sig' })).toEqual([
      `models/m/model.sig provenance/signature-invalid: models/m is not verified: its signature models/m/model.sig "models/m/model.sig" resolves through a symbolic link to outside ${root}`,
    ]);
  });

  it('a FIFO as signature does not block the run', async () => {
    execFileSync('mkfifo', [path.join(root, 'models/m/model.sig')]);
    expect(await findings(['models/m'], { ...verifyKey, signature: 'models/m/model.sig' })).toEqual([
      'models/m/model.sig provenance/signature-invalid: models/m is not verified: its signature models/m/model.sig is not a regular file',
    ]);
  });

  it('an unparsable signature is reported without quoting its content', async () => {
    await writeFile(path.join(root, 'models/m/model.sig'), 'SECRET_TOKEN=abc');
    const [message] = await findings(['models/m'], { ...verifyKey, signature: 'models/m/model.sig' });
    expect(message).toBe(
      'models/m/model.sig provenance/signature-invalid: signature models/m/model.sig does not verify: not JSON (invalid JSON)',
    );
  });
});

describe('a valid keyless signature by the wrong signer', () => {
  it('does not get the model hashed at all', async () => {
    const model = path.join(root, 'v1.1.0-sigstore');
    await cp(path.join(VECTORS, 'model-transparency/scripts/tests/v1.1.0-sigstore'), model, {
      recursive: true,
    });
    // A FIFO in the model would block hashing: verification must not get that far.
    execFileSync('mkfifo', [path.join(model, 'trap.bin')]);
    const runner = createHashRunner(1);
    try {
      const outcome = await verifyModel({
        root,
        modelPath: 'v1.1.0-sigstore',
        signaturePath: 'v1.1.0-sigstore/model.sig',
        signatureText: await readFile(path.join(model, 'model.sig'), 'utf8'),
        trust: {
          method: 'sigstore',
          root: publicGoodTrustedRoot(),
          policy: { identity: 'someone@example.com' },
        },
        ignorePaths: [],
        ignoreUnsignedFiles: false,
        runner,
      });
      expect(outcome.failures.map((failure) => failure.kind)).toEqual(['identity']);
      expect(outcome.verifiedFiles).toEqual([]);
    } finally {
      await runner.close();
    }
  });
});

describe('repository mode vouches only for signed files', () => {
  it('a model file under an ignored path of a signed directory is unsigned', async () => {
    await signM();
    await mkdir(path.join(root, 'models/m/.github'), { recursive: true });
    await writeFile(path.join(root, 'models/m/.github/evil.pkl'), 'pickle');
    expect(await findings([], verifyKey)).toEqual([
      'models/m/.github/evil.pkl provenance/unsigned-model: models/m/.github/evil.pkl is a model file that no model.sig signs',
    ]);
  });

  it('with ignore-unsigned-files, an added model file is still unsigned', async () => {
    await signM();
    await writeFile(path.join(root, 'models/m/evil.pkl'), 'pickle');
    expect(await findings([], { ...verifyKey, 'ignore-unsigned-files': 'true' })).toEqual([
      'models/m/evil.pkl provenance/unsigned-model: models/m/evil.pkl is a model file that no model.sig signs',
    ]);
  });

  it('a failing single-file signature flags its model file', async () => {
    await engine(signModel, ['models/m/w.safetensors'], {
      method: 'key',
      'private-key': generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      signature: 'models/m/model.sig',
    });
    const lines = await findings([], verifyKey);
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'models/m/model.sig provenance/signature-invalid',
      'models/m/w.safetensors provenance/signature-invalid',
    ]);
  });
});

describe('sign-model inputs', () => {
  it('a private key that is neither PEM nor a file is never quoted', async () => {
    const value = 'MHcCAQEEIDQRSH6SnotARealKey';
    await expect(engine(signModel, ['models/m'], { method: 'key', 'private-key': value })).rejects.toThrow(
      'private-key is neither a PEM key (-----BEGIN ...) nor the name of a readable key file',
    );
  });

  it('datasets outside the repository are refused', async () => {
    await expect(signM({ 'include-provenance': 'true', datasets: '/etc/hostname' })).rejects.toThrow(
      'datasets: "/etc/hostname" is outside',
    );
  });

  it('a signature directory that links outside the repository is refused', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'mlsec-outside-'));
    await symlink(outside, path.join(root, 'out'));
    await expect(signM({ signature: 'out/model.sig' })).rejects.toThrow(
      `signature: ${path.join(root, 'out/model.sig')} resolves through a symbolic link to outside ${root}`,
    );
  });

  it('an existing file that is not a signature is never replaced', async () => {
    await writeFile(path.join(root, 'models/m/config.json'), '{"labels": 2}');
    await expect(signM({ signature: 'models/m/config.json' })).rejects.toThrow(
      'signature: "models/m/config.json" exists and is not a signature bundle; refusing to replace it',
    );
    expect(await readFile(path.join(root, 'models/m/config.json'), 'utf8')).toBe('{"labels": 2}');
    // A signature is replaced: signing again is the normal case.
    await signM();
    await signM();
  });
});

describe('identity regular expressions match the whole identity', () => {
  it('a prefix is not enough', () => {
    const pattern = parseIdentity(
      '^https://github.com/o/r/.github/workflows/release.yml@refs/heads/main',
      'identity',
    );
    expect(pattern).toBeInstanceOf(RegExp);
    const regex = pattern as RegExp;
    expect(regex.test('https://github.com/o/r/.github/workflows/release.yml@refs/heads/main')).toBe(true);
    expect(regex.test('https://github.com/o/r/.github/workflows/release.yml@refs/heads/main-evil')).toBe(
      false,
    );
    expect((parseIdentity('^a.*$', 'identity') as RegExp).test('abc')).toBe(true);
  });
});

describe('attestation files', () => {
  it('a flood of bundles is cut at the limit, and the problems are summed up', () => {
    const text = Array.from({ length: MAX_ATTESTATIONS + 900 }, () => '{}').join('\n');
    const outcome = verifyAttestations(text, { sha256: 'a'.repeat(64) }, publicGoodTrustedRoot(), {
      predicateType: SLSA_PROVENANCE_V1,
      repository: 'o/r',
    });
    expect(outcome.verified).toBe(false);
    expect(outcome.problems).toHaveLength(12);
    expect(outcome.problems.slice(-2)).toEqual([
      '90 more bundles did not verify',
      `900 bundles past the first ${MAX_ATTESTATIONS} were not read`,
    ]);
  });
});

describe('task runners', () => {
  it('drop queued work when closed', async () => {
    let ran = 0;
    // The first task holds until the runner is closed: no clock decides the order.
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runner = createTaskRunner(undefined, async (n: number) => {
      ran += 1;
      started();
      await gate;
      return n;
    });
    const results = Promise.allSettled([1, 2, 3, 4].map((n) => runner.run(n)));
    await firstStarted;
    await runner.close();
    release();
    const settled = await results;
    expect(settled[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect(settled.slice(1).map((entry) => entry.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(ran).toBe(1);
  });
});

describe('second review', () => {
  it('a hashing worker answers a failing task instead of dying', async () => {
    const { Worker } = await import('node:worker_threads');
    const script = path.resolve(import.meta.dirname, '../../../dist/oms-hash-worker.mjs');
    const worker = new Worker(script);
    try {
      const replies: unknown[] = [];
      for (const file of [path.join(root, 'missing.bin'), path.join(root, 'models/m/w.safetensors')]) {
        worker.postMessage({ file, start: 0, end: 7, algorithm: 'sha256', size: 7 });
        replies.push(await new Promise((resolve) => worker.once('message', resolve)));
      }
      expect(replies[0]).toMatchObject({ ok: false, code: 'ENOENT' });
      expect(replies[1]).toMatchObject({ ok: true });
    } finally {
      await worker.terminate();
    }
  });

  it("the signer's key and chain may be links and live outside the repository", async () => {
    const outside = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-secrets-')));
    const certificates = path.join(VECTORS, 'model-transparency/scripts/tests/keys/certificate');
    await mkdir(path.join(outside, '..data'));
    await cp(path.join(certificates, 'signing-key.pem'), path.join(outside, '..data/key.pem'));
    await symlink('..data/key.pem', path.join(outside, 'key.pem'));
    await writeFile(
      path.join(outside, 'chain.pem'),
      (await readFile(path.join(certificates, 'signing-key-cert.pem'), 'utf8')) +
        (await readFile(path.join(certificates, 'int-ca-cert.pem'), 'utf8')),
    );
    await engine(signModel, ['models/m'], {
      method: 'certificate',
      'private-key': path.join(outside, 'key.pem'),
      'certificate-chain': path.join(outside, 'chain.pem'),
      signature: 'models/m/model.sig',
    });
    await cp(path.join(certificates, 'ca-cert.pem'), path.join(root, 'ca.pem'));
    expect(
      await findings(['models/m'], {
        method: 'certificate',
        'certificate-chain': 'ca.pem',
        signature: 'models/m/model.sig',
      }),
    ).toEqual([]);
    await expect(
      engine(signModel, ['models/m'], { method: 'key', 'private-key': path.join(outside, 'nothing.pem') }),
    ).rejects.toThrow(
      'private-key is neither a PEM key (-----BEGIN ...) nor the name of a readable key file (cannot be read (ENOENT))',
    );
  });

  it('a refused signature path creates no directory outside the repository', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'mlsec-outside-'));
    await symlink(outside, path.join(root, 'lnk'));
    await expect(signM({ signature: 'lnk/sub/deeper/model.sig' })).rejects.toThrow(
      'resolves through a symbolic link to outside',
    );
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(outside)).toEqual([]);
  });

  it('an empty file of a shards model is covered, and an all-empty shards model is not signed', async () => {
    await writeFile(path.join(root, 'models/m/empty.pt'), '');
    await signM({ serialization: 'shards', 'shard-size': '4' });
    expect(await findings([], verifyKey)).toEqual([]);
    await mkdir(path.join(root, 'models/e'));
    await writeFile(path.join(root, 'models/e/empty.pt'), '');
    await expect(
      engine(signModel, ['models/e'], {
        method: 'key',
        'private-key': privateKey,
        signature: 'models/e/model.sig',
        serialization: 'shards',
      }),
    ).rejects.toThrow(
      'model models/e has no content to sign (its files are empty, and shards cover only bytes)',
    );
  });

  it('blank lines of an attestation file are not counted as bundles', async () => {
    const { splitAttestations } = await import('../../../src/checks/oms/attestation.js');
    expect(splitAttestations(`{"a":1}\n${' '.repeat(100)}\n\n{"b":2}\n`, 1)).toEqual({
      bundles: ['{"a":1}'],
      total: 2,
    });
  });
});
