import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { signModel } from '../../../src/checks/sign-model/definition.js';
import { verifyProvenance } from '../../../src/checks/verify-provenance/definition.js';
import type { OptionValues } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import type { ChangedFiles } from '../../../src/core/diff-scope.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

/**
 * verify-provenance with no model path: every model.sig verifies its directory, every model file
 * no signature covers is unsigned, and in a pull request only the changed files count.
 */

const key = fingerprintKeyFrom(undefined);
let root: string;
let publicKeyFile: string;
let privateKeyPem: string;
let otherPrivateKeyPem: string;

function pair() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

function options(check: typeof signModel, explicit: Record<string, string>): OptionValues {
  return resolveOptions(check.options, explicit, undefined, 'option') as OptionValues;
}

async function sign(model: string, privateKey = privateKeyPem) {
  await runEngine({
    check: signModel,
    root,
    paths: [model],
    options: options(signModel, {
      method: 'key',
      'private-key': privateKey,
      signature: `${model}/model.sig`,
    }),
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: key,
    environment: {},
  });
}

async function verify(changed?: ChangedFiles, paths: string[] = []) {
  const output = await runEngine({
    check: verifyProvenance,
    root,
    paths,
    options: options(verifyProvenance, {
      method: 'key',
      'public-key': 'keys/signing.pub.pem',
      ...(paths.length ? { signature: `${paths[0]}/model.sig` } : {}),
    }),
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: key,
    environment: changed ? { changed } : {},
  });
  return {
    failed: output.report.failed,
    verdict: output.result.verdict,
    findings: output.report.findings.map((f) => `${f.location.path} ${f.ruleId}`).sort(),
    rows: (output.result.metrics.artifacts as Array<{ artifact: string; status: string }>).map(
      (row) => `${row.artifact}: ${row.status}`,
    ),
  };
}

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-discovery-')));
  const keys = pair();
  privateKeyPem = keys.privateKey;
  otherPrivateKeyPem = pair().privateKey;
  await mkdir(path.join(root, 'keys'));
  publicKeyFile = path.join(root, 'keys/signing.pub.pem');
  await writeFile(publicKeyFile, keys.publicKey);
  for (const model of ['models/good', 'models/resigned']) {
    await mkdir(path.join(root, model), { recursive: true });
    await writeFile(path.join(root, model, 'model.safetensors'), `weights of ${model}`);
    await writeFile(path.join(root, model, 'config.json'), '{"labels": 2}\n');
  }
  await sign('models/good');
  await sign('models/resigned', otherPrivateKeyPem);
  await mkdir(path.join(root, 'models/third-party'), { recursive: true });
  await writeFile(path.join(root, 'models/third-party/encoder.onnx'), 'onnx bytes');
  await writeFile(path.join(root, 'models/third-party/notes.txt'), 'not a model file');
});

describe('verify-provenance over the whole repository', () => {
  it('verifies each signed directory and flags unsigned model files and bad signatures on the model files', async () => {
    const result = await verify();
    expect(result.findings).toEqual([
      'models/resigned/model.safetensors provenance/signature-invalid',
      'models/resigned/model.sig provenance/signature-invalid',
      'models/third-party/encoder.onnx provenance/unsigned-model',
    ]);
    expect(result.rows).toEqual([
      'models/good: verified (2 resources)',
      'models/resigned: failed: signature',
      'models/third-party/encoder.onnx: unsigned',
    ]);
    expect(result.failed).toBe(true);
    // Discovery findings go through policy (diff scope, suppressions); no verdict overrides it.
    expect(result.verdict).toBeUndefined();
  });

  it('in a pull request, reports only the changed files', async () => {
    await writeFile(path.join(root, 'models/good/model.safetensors'), 'weights changed in the PR');
    const changed: ChangedFiles = new Map([['models/good/model.safetensors', 'all']]);
    const result = await verify(changed);
    expect(result.findings).toEqual(['models/good/model.safetensors provenance/file-modified']);
    expect(result.failed).toBe(true);
  });

  it('a pull request touching only unrelated files passes, even with unsigned models elsewhere', async () => {
    const result = await verify(new Map([['README.md', 'all']]));
    expect(result.findings).toEqual([]);
    expect(result.failed).toBe(false);
  });

  it('a pull request that adds a model file without signing it is flagged on that file', async () => {
    await writeFile(path.join(root, 'models/good/extra.pt'), 'a pickle someone slipped in');
    const result = await verify(new Map([['models/good/extra.pt', 'all']]));
    expect(result.findings).toEqual(['models/good/extra.pt provenance/file-unsigned']);
  });

  it('with a model path, a failure is a verdict that diff scope cannot hide', async () => {
    await writeFile(path.join(root, 'models/good/model.safetensors'), 'tampered');
    const result = await verify(new Map([['README.md', 'all']]), ['models/good']);
    expect(result.findings).toEqual([]);
    expect(result.failed).toBe(true);
    expect(result.verdict).toEqual({
      failed: true,
      reason: 'models/good does not verify against models/good/model.sig',
    });
  });
});

describe('verify-provenance over a repository with single-file model signatures', () => {
  it('verifies the file the signature names, and leaves its neighbours to their own signatures', async () => {
    await mkdir(path.join(root, 'models/single'), { recursive: true });
    await writeFile(path.join(root, 'models/single/classifier.onnx'), 'onnx weights');
    await writeFile(path.join(root, 'models/single/other.pt'), 'an unsigned neighbour');
    await runEngine({
      check: signModel,
      root,
      paths: ['models/single/classifier.onnx'],
      options: options(signModel, {
        method: 'key',
        'private-key': privateKeyPem,
        signature: 'models/single/model.sig',
      }),
      config: EMPTY_CONFIG,
      failOn: 'error',
      fingerprintKey: key,
      environment: {},
    });
    const result = await verify();
    expect(result.rows).toContain('models/single/classifier.onnx: verified (1 resources)');
    expect(result.findings).toContain('models/single/other.pt provenance/unsigned-model');
    expect(result.findings.filter((line) => line.startsWith('models/single/classifier.onnx'))).toEqual([]);
  });
});
