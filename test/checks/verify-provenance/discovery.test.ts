import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
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

// Issue 13 (7): a linked model file is never absent from the report.
describe('verify-provenance over a repository with symbolic links to model files', () => {
  async function plantLinks(directory: string) {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'mlsec-outside-'));
    await writeFile(path.join(outside, 'stolen.onnx'), 'onnx bytes outside');
    await mkdir(path.join(root, directory), { recursive: true });
    await symlink(path.join(outside, 'stolen.onnx'), path.join(root, directory, 'outside.onnx'));
    await symlink(path.join(root, 'nowhere.pt'), path.join(root, directory, 'dangling.pt'));
    await symlink(
      path.join(root, 'models/good/model.safetensors'),
      path.join(root, directory, 'signed.safetensors'),
    );
  }

  it('reports each link outside a signed directory as an unsigned model that is not followed', async () => {
    await plantLinks('models/linked');
    const output = await runEngine({
      check: verifyProvenance,
      root,
      paths: [],
      options: options(verifyProvenance, { method: 'key', 'public-key': 'keys/signing.pub.pem' }),
      config: EMPTY_CONFIG,
      failOn: 'error',
      fingerprintKey: key,
      environment: {},
    });
    const linked = output.report.findings
      .filter((f) => f.location.path.startsWith('models/linked/'))
      .map((f) => `${f.location.path} ${f.ruleId}: ${f.message}`)
      .sort();
    expect(linked).toEqual([
      'models/linked/dangling.pt provenance/unsigned-model: models/linked/dangling.pt is a model file that no model.sig signs: symbolic link (not followed)',
      'models/linked/outside.onnx provenance/unsigned-model: models/linked/outside.onnx is a model file that no model.sig signs: symbolic link (not followed)',
      'models/linked/signed.safetensors provenance/unsigned-model: models/linked/signed.safetensors is a model file that no model.sig signs: symbolic link (not followed)',
    ]);
    expect(output.report.failed).toBe(true);
  });

  it('refuses each link added to a signed directory, which then does not verify', async () => {
    await plantLinks('models/good');
    const output = await runEngine({
      check: verifyProvenance,
      root,
      paths: [],
      options: options(verifyProvenance, { method: 'key', 'public-key': 'keys/signing.pub.pem' }),
      config: EMPTY_CONFIG,
      failOn: 'error',
      fingerprintKey: key,
      environment: {},
    });
    const links = output.report.findings
      .filter((f) => /^models\/good\/(dangling|outside|signed)\./.test(f.location.path))
      .map((f) => `${f.location.path} ${f.ruleId}: ${f.message}`)
      .sort();
    expect(links).toEqual([
      // verifyModel stops at the first link; the walk refuses the others.
      'models/good/dangling.pt provenance/not-verified: models/good cannot be verified: models/good/dangling.pt is a symbolic link; models with links are signed only with allow-symlinks: true',
      'models/good/outside.onnx provenance/not-verified: models/good/outside.onnx is refused: symbolic link (not followed), which the signature of models/good does not vouch for',
      'models/good/signed.safetensors provenance/not-verified: models/good/signed.safetensors is refused: symbolic link (not followed), which the signature of models/good does not vouch for',
    ]);
    // The real weights beside the links are not verified either, and not taken for unsigned files.
    expect(
      output.report.findings
        .filter((f) => f.location.path === 'models/good/model.safetensors')
        .map((f) => `${f.ruleId}: ${f.message}`),
    ).toEqual([
      'provenance/not-verified: models/good/model.safetensors is not verified: models/good cannot be verified: models/good/dangling.pt is a symbolic link; models with links are signed only with allow-symlinks: true',
    ]);
    expect(output.report.failed).toBe(true);
  });

  it('in a pull request that adds the links, each is flagged on its file', async () => {
    await plantLinks('models/linked');
    const changed: ChangedFiles = new Map([
      ['models/linked/outside.onnx', 'all'],
      ['models/linked/dangling.pt', 'all'],
      ['models/linked/signed.safetensors', 'all'],
    ]);
    const result = await verify(changed);
    expect(result.findings).toEqual([
      'models/linked/dangling.pt provenance/unsigned-model',
      'models/linked/outside.onnx provenance/unsigned-model',
      'models/linked/signed.safetensors provenance/unsigned-model',
    ]);
    expect(result.failed).toBe(true);
  });
});
