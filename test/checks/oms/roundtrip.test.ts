import { createHash, createPublicKey, generateKeyPairSync, type KeyObject, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle, preAuthEncoding } from '../../../src/checks/oms/bundle.js';
import { loadPrivateKey, loadPublicKey, publicKeyHint } from '../../../src/checks/oms/keys.js';
import { createHashRunner } from '../../../src/checks/oms/runner.js';
import { signModel } from '../../../src/checks/oms/sign.js';
import { parseStatement } from '../../../src/checks/oms/statement.js';
import { verifyModel } from '../../../src/checks/oms/verify.js';
import { parsePemCertificates } from '../../../src/checks/oms/x509.js';
import { runCli } from '../../../src/cli/main.js';

/**
 * Sign, then verify: with generated keys on every supported curve and with the published
 * certificate test keys, both serializations and both hashes, and every way a model can change.
 */

const VECTORS = path.resolve(import.meta.dirname, '../../fixtures/vectors');
const SCHEMAS = path.join(VECTORS, 'model-signing-spec/schemas/v1.0');
const CURVES = [
  ['P-256', 'prime256v1', 'sha256'],
  ['P-384', 'secp384r1', 'sha384'],
  ['P-521', 'secp521r1', 'sha512'],
] as const;
const HASHES = ['sha256', 'sha384', 'sha512'] as const;
const PASSED = (check: string) => `mlsec ${check}: 0 errors, 0 warnings, 0 notes; passed (fail-on: error)\n`;

let base: string;
const runner = createHashRunner(1);
const publicKeys = new Map<string, KeyObject>();

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-oms-roundtrip-')));
  await cp(path.join(VECTORS, 'model-transparency/scripts/tests/keys'), path.join(base, 'keys'), {
    recursive: true,
  });
  for (const [curve] of CURVES) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
    publicKeys.set(curve, publicKey);
    await writeFile(
      path.join(base, `keys/${curve}.pem`),
      privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    await writeFile(
      path.join(base, `keys/${curve}.pub.pem`),
      publicKey.export({ type: 'spki', format: 'pem' }),
    );
  }
});

afterAll(async () => {
  await runner.close();
  await rm(base, { recursive: true, force: true });
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: base,
    env: {},
    stderrIsTty: false,
  });
  return { code, stdout, stderr };
}

/** verify-provenance as JSON: exit code and findings as `[rule, path, message]`. */
async function verifyJson(args: string[]) {
  const result = await cli(['verify-provenance', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as {
    findings: Array<{ ruleId: string; location: { path: string }; message: string }>;
  };
  return {
    code: result.code,
    findings: report.findings.map((finding) => [finding.ruleId, finding.location.path, finding.message]),
  };
}

async function put(files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(base, name)), { recursive: true });
    await writeFile(path.join(base, name), content);
  }
}

const keySign = (curve = 'P-256') => ['--method', 'key', '--private-key', `keys/${curve}.pem`];
const keyVerify = (curve = 'P-256') => ['--method', 'key', '--public-key', `keys/${curve}.pub.pem`];

async function bundleJson(signature: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(base, signature), 'utf8')) as Record<string, unknown>;
}

/** The signed statement of a bundle, as JSON. */
async function statementOf(signature: string): Promise<{
  subject: Array<{ name: string; digest: { sha256: string } }>;
  predicate: {
    serialization: Record<string, unknown>;
    resources: Array<{ name: string; algorithm: string; digest: string }>;
  };
}> {
  const bundle = parseBundle(await readFile(path.join(base, signature), 'utf8'));
  return JSON.parse(bundle.envelope.payload.toString('utf8'));
}

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
for (const name of ['predicate', 'statement', 'envelope', 'bundle']) {
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, `${name}.schema.json`), 'utf8')) as object);
}
const bundleSchema = ajv.getSchema('https://model_signing/bundle/v1.0/schema')!;
const statementSchema = ajv.getSchema('https://model_signing/statement/v1.0/schema')!;

/** Errors of the bundle and of its decoded statement against the OMS v1.0 JSON Schemas. */
function schemaErrors(bundle: Record<string, unknown>): { bundle: string[]; statement: string[] } {
  const errors = (validate: typeof bundleSchema, value: unknown) =>
    validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  const envelope = bundle.dsseEnvelope as { payload: string };
  return {
    bundle: errors(bundleSchema, bundle),
    statement: errors(statementSchema, JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'))),
  };
}

describe('method key: generated EC keys on every supported curve', () => {
  it.each(CURVES)('%s (%s) signs with %s, and verifies', async (curve, namedCurve, hash) => {
    const model = `models/key-${curve}`;
    await put({ [`${model}/weights.bin`]: Buffer.alloc(1000, 7), [`${model}/config.json`]: '{}' });
    const signed = await cli(['sign-model', model, ...keySign(curve), '--signature', `${model}/model.sig`]);
    expect(signed).toEqual({
      code: 0,
      stdout:
        `Signed files of ${model} (key, files, sha256):\n` +
        `  File: ${model}/config.json; Bytes: 2; Digest: sha256:${createHash('sha256').update('{}').digest('hex')}\n` +
        `  File: ${model}/weights.bin; Bytes: 1000; Digest: sha256:${createHash('sha256').update(Buffer.alloc(1000, 7)).digest('hex')}\n` +
        PASSED('sign-model'),
      stderr: '',
    });
    const publicKey = publicKeys.get(curve)!;
    expect(publicKey.asymmetricKeyDetails?.namedCurve).toBe(namedCurve);
    const hint = publicKeyHint(publicKey);
    expect(hint).toBe(
      createHash('sha256')
        .update(publicKey.export({ type: 'spki', format: 'pem' }))
        .digest('hex'),
    );

    const verified = await cli([
      'verify-provenance',
      model,
      '--signature',
      `${model}/model.sig`,
      ...keyVerify(curve),
    ]);
    expect(verified).toEqual({
      code: 0,
      stdout:
        'Verified artifacts:\n' +
        `  Artifact: ${model}; Kind: OMS (key); Signer: public key ${hint.slice(0, 16)}; Status: verified (2 resources)\n` +
        PASSED('verify-provenance'),
      stderr: '',
    });

    const bundle = parseBundle(await readFile(path.join(base, model, 'model.sig'), 'utf8'));
    expect(bundle.material).toEqual({ kind: 'publicKey', hint });
    const pae = preAuthEncoding('application/vnd.in-toto+json', bundle.envelope.payload);
    const checks = Object.fromEntries(
      HASHES.map((name) => [name, verify(name, pae, publicKey, bundle.envelope.signature)]),
    );
    expect(checks).toEqual(Object.fromEntries(HASHES.map((name) => [name, name === hash])));
    expect(schemaErrors(await bundleJson(`${model}/model.sig`))).toEqual({ bundle: [], statement: [] });
  });

  it("another curve's key does not verify the signature", async () => {
    const model = 'models/key-P-256';
    const result = await verifyJson([model, '--signature', `${model}/model.sig`, ...keyVerify('P-384')]);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([
      [
        'provenance/signature-invalid',
        `${model}/model.sig`,
        `signature ${model}/model.sig does not verify: the signature names key ${publicKeyHint(publicKeys.get('P-256')!)}, not the given public key (${publicKeyHint(publicKeys.get('P-384')!)})`,
      ],
    ]);
  });

  it('the private key may be given as PEM text (a secret) instead of a file', async () => {
    const model = 'models/key-pem-text';
    await put({ [`${model}/w.bin`]: 'w' });
    const pem = await readFile(path.join(base, 'keys/P-384.pem'), 'utf8');
    const signed = await cli([
      'sign-model',
      model,
      '--method',
      'key',
      // A value starting with a dash must be attached to its option.
      `--private-key=${pem}`,
      '--signature',
      `${model}/model.sig`,
    ]);
    expect(signed).toMatchObject({ code: 0, stderr: '' });
    expect(signed.stdout).not.toContain('PRIVATE KEY');
    expect(
      (await cli(['verify-provenance', model, '--signature', `${model}/model.sig`, ...keyVerify('P-384')]))
        .code,
    ).toBe(0);
  });
});

describe('method certificate: the published test keys (leaf, intermediate, root)', () => {
  const SIGN = [
    '--method',
    'certificate',
    '--private-key',
    'keys/certificate/signing-key.pem',
    '--certificate-chain',
    'keys/certificate/signing-key-cert.pem',
    '--certificate-chain',
    'keys/certificate/int-ca-cert.pem',
  ];

  it('signs with [leaf, intermediate] and verifies with the root as anchor', async () => {
    const model = 'models/certificate';
    await put({ [`${model}/weights.bin`]: 'weights', [`${model}/tokenizer.json`]: '[]' });
    const signed = await cli(['sign-model', model, ...SIGN, '--signature', `${model}/model.sig`]);
    expect(signed).toMatchObject({ code: 0, stderr: '' });
    const verified = await cli([
      'verify-provenance',
      model,
      '--signature',
      `${model}/model.sig`,
      '--method',
      'certificate',
      '--certificate-chain',
      'keys/certificate/ca-cert.pem',
    ]);
    expect(verified).toEqual({
      code: 0,
      stdout:
        'Verified artifacts:\n' +
        `  Artifact: ${model}; Kind: OMS (certificate); Signer: CN=intermediate-ca; Status: verified (2 resources)\n` +
        PASSED('verify-provenance'),
      stderr: '',
    });
    const bundle = parseBundle(await readFile(path.join(base, model, 'model.sig'), 'utf8'));
    const leaf = parsePemCertificates(
      await readFile(path.join(base, 'keys/certificate/signing-key-cert.pem'), 'utf8'),
      'leaf',
    );
    const intermediate = parsePemCertificates(
      await readFile(path.join(base, 'keys/certificate/int-ca-cert.pem'), 'utf8'),
      'int',
    );
    expect(bundle.material).toEqual({
      kind: 'x509CertificateChain',
      certificates: [leaf[0]!.der, intermediate[0]!.der],
    });
    expect(bundle.tlogEntries).toBe(0);
    const pae = preAuthEncoding(bundle.envelope.payloadType, bundle.envelope.payload);
    expect(verify('sha384', pae, leaf[0]!.node.publicKey, bundle.envelope.signature)).toBe(true);
    expect(schemaErrors(await bundleJson(`${model}/model.sig`))).toEqual({ bundle: [], statement: [] });

    // A key-method verifier does not accept a certificate bundle.
    const asKey = await verifyJson([
      model,
      '--signature',
      `${model}/model.sig`,
      '--method',
      'key',
      '--public-key',
      'keys/certificate/signing-key-pub.pem',
    ]);
    expect(asKey.findings).toEqual([
      [
        'provenance/signature-invalid',
        `${model}/model.sig`,
        `signature ${model}/model.sig does not verify: the bundle carries a certificate chain, not a public key (use method: certificate)`,
      ],
    ]);
  });

  it("a private key that is not the certificate's is a usage error (exit 2)", async () => {
    const model = 'models/certificate-mismatch';
    await put({ [`${model}/weights.bin`]: 'weights' });
    const result = await cli([
      'sign-model',
      model,
      ...SIGN.map((arg) => (arg === 'keys/certificate/signing-key.pem' ? 'keys/P-384.pem' : arg)),
      '--signature',
      `${model}/model.sig`,
    ]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'mlsec: the first certificate in certificate-chain (keys/certificate/signing-key-cert.pem) is not for private-key\n',
    });
  });
});

describe('serializations and hashes', () => {
  const NODE_HASH = { sha256: 'sha256', blake2b: 'blake2b512' } as const;
  const FILES = {
    f0: Buffer.alloc(0),
    f7: Buffer.from('seven!!'),
    f8: Buffer.from('eight!!!'),
    f100: Buffer.from(Array.from({ length: 100 }, (_, i) => i)),
  };
  const SHARD = 7;

  function expectedResources(method: 'files' | 'shards', hash: 'sha256' | 'blake2b') {
    const digest = (bytes: Buffer) => createHash(NODE_HASH[hash]).update(bytes).digest('hex');
    // Python's path order: f0 < f100 < f7 < f8.
    const names = ['f0', 'f100', 'f7', 'f8'] as const;
    if (method === 'files')
      return names.map((name) => ({ name, algorithm: hash, digest: digest(FILES[name]) }));
    return names.flatMap((name) => {
      const ranges = [];
      for (let start = 0; start < FILES[name].length; start += SHARD) {
        const end = Math.min(start + SHARD, FILES[name].length);
        ranges.push({
          name: `${name}:${start}:${end}`,
          algorithm: `${hash}-sharded-${SHARD}`,
          digest: digest(FILES[name].subarray(start, end)),
        });
      }
      return ranges;
    });
  }

  it.each([
    ['files', 'sha256'],
    ['files', 'blake2b'],
    ['shards', 'sha256'],
    ['shards', 'blake2b'],
  ] as const)('%s with %s: signed manifest, verification, and every change', async (method, hash) => {
    const model = `models/${method}-${hash}`;
    const signature = `${model}/model.sig`;
    await put(Object.fromEntries(Object.entries(FILES).map(([name, bytes]) => [`${model}/${name}`, bytes])));
    const signed = await cli([
      'sign-model',
      model,
      ...keySign(),
      '--signature',
      signature,
      '--serialization',
      method,
      '--shard-size',
      String(SHARD),
      '--hash',
      hash,
    ]);
    expect(signed).toMatchObject({ code: 0, stderr: '' });

    const statement = await statementOf(signature);
    const resources = expectedResources(method, hash);
    expect(statement.predicate.resources).toEqual(resources);
    expect(statement.predicate.serialization).toEqual({
      method,
      hash_type: hash,
      allow_symlinks: false,
      ...(method === 'shards' ? { shard_size: SHARD } : {}),
      ignore_paths: ['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'],
    });
    // The subject digest is SHA-256 over the raw digests, whatever the resource hash.
    expect(statement.subject).toEqual([
      {
        name: `${method}-${hash}`,
        digest: {
          sha256: createHash('sha256')
            .update(Buffer.concat(resources.map((resource) => Buffer.from(resource.digest, 'hex'))))
            .digest('hex'),
        },
      },
    ]);
    expect(resources.length).toBe(method === 'files' ? 4 : 0 + 15 + 1 + 2);

    const bundle = await bundleJson(signature);
    const errors = schemaErrors(bundle);
    expect(errors.bundle).toEqual([]);
    // The spec's predicate schema lists only bare hash names as resource algorithms, while the
    // reference writes `<hash>-sharded-<size>` for shards (see its TestPayload goldens).
    expect(errors.statement).toEqual(
      method === 'files'
        ? []
        : resources.flatMap((_, index) => [
            `/predicate/resources/${index}/algorithm must be equal to one of the allowed values`,
          ]),
    );

    const args = [model, '--signature', signature, ...keyVerify()];
    const verifiedLine = `verified (${resources.length} resources)`;
    expect((await cli(['verify-provenance', ...args])).stdout).toContain(verifiedLine);

    // An added file is unsigned; --ignore-unsigned-files tolerates it.
    await put({ [`${model}/added.bin`]: 'new' });
    expect(await verifyJson(args)).toEqual({
      code: 1,
      findings: [
        [
          'provenance/file-unsigned',
          `${model}/added.bin`,
          `${model}/added.bin is not covered by the signature`,
        ],
      ],
    });
    expect(await verifyJson([...args, '--ignore-unsigned-files'])).toEqual({ code: 0, findings: [] });

    // Modified in place (same size), and deleted.
    const changed = Buffer.from(FILES.f8);
    changed[7] = 0x3f;
    await writeFile(path.join(base, model, 'f8'), changed);
    await unlink(path.join(base, model, 'f7'));
    const modified =
      method === 'files'
        ? `${model}/f8 was modified after signing`
        : `${model}/f8 was modified after signing (bytes 7-8)`;
    // Findings come sorted by path.
    expect(await verifyJson(args)).toEqual({
      code: 1,
      findings: [
        [
          'provenance/file-unsigned',
          `${model}/added.bin`,
          `${model}/added.bin is not covered by the signature`,
        ],
        ['provenance/file-missing', `${model}/f7`, `${model}/f7 is signed but missing`],
        ['provenance/file-modified', `${model}/f8`, modified],
      ],
    });
    expect(await verifyJson([...args, '--ignore-unsigned-files'])).toEqual({
      code: 1,
      findings: [
        ['provenance/file-missing', `${model}/f7`, `${model}/f7 is signed but missing`],
        ['provenance/file-modified', `${model}/f8`, modified],
      ],
    });
  });

  it('shards: a file that grew is modified (its size changed), reported once', async () => {
    const model = 'models/shards-grown';
    await put({ [`${model}/w.bin`]: FILES.f100 });
    const signature = `${model}/model.sig`;
    await cli([
      'sign-model',
      model,
      ...keySign(),
      '--signature',
      signature,
      '--serialization',
      'shards',
      '--shard-size',
      '7',
    ]);
    await writeFile(path.join(base, model, 'w.bin'), Buffer.concat([FILES.f100, Buffer.from('!')]));
    expect(await verifyJson([model, '--signature', signature, ...keyVerify()])).toEqual({
      code: 1,
      findings: [
        [
          'provenance/file-modified',
          `${model}/w.bin`,
          `${model}/w.bin was modified after signing (its size changed)`,
        ],
      ],
    });
  });

  it('library: signModel then verifyModel, with the manifest read back from the bundle', async () => {
    const model = 'models/library';
    await put({ [`${model}/a.bin`]: 'aaaaaaaaaaaaaaaaaaaa', [`${model}/b/c.bin`]: 'c' });
    const privateKey = loadPrivateKey(await readFile(path.join(base, 'keys/P-521.pem'), 'utf8'), 'key');
    const signed = await signModel({
      root: base,
      modelPath: model,
      signaturePath: `${model}/model.sig`,
      signing: { method: 'key', privateKey },
      method: 'shards',
      hashType: 'blake2b',
      shardSize: 7,
      allowSymlinks: false,
      ignorePaths: [],
      runner,
    });
    const text = JSON.stringify(signed.bundle);
    await writeFile(path.join(base, model, 'model.sig'), text);
    const { manifest } = parseStatement(parseBundle(text).envelope.payload);
    expect(manifest).toEqual(signed.manifest);
    expect(manifest.resources.map((resource) => resource.name)).toEqual([
      'a.bin:0:7',
      'a.bin:7:14',
      'a.bin:14:20',
      'b/c.bin:0:1',
    ]);
    const outcome = await verifyModel({
      root: base,
      modelPath: model,
      signaturePath: `${model}/model.sig`,
      signatureText: text,
      trust: {
        method: 'key',
        publicKey: loadPublicKey(await readFile(path.join(base, 'keys/P-521.pub.pem'), 'utf8'), 'pub'),
      },
      ignorePaths: [],
      ignoreUnsignedFiles: false,
      runner,
    });
    expect(outcome).toMatchObject({ verified: true, failures: [], matched: 4 });
    expect(signed.subjectDigest).toBe(
      createHash('sha256')
        .update(Buffer.concat(manifest.resources.map((resource) => resource.digest)))
        .digest('hex'),
    );
  });
});

describe('what a signature leaves out', () => {
  it('the signature file inside the model, even when it already exists', async () => {
    const model = 'models/resign';
    await put({ [`${model}/w.bin`]: 'w' });
    const sign = () =>
      cli(['sign-model', model, ...keySign(), '--signature', `${model}/model.sig`, '--format', 'json']);
    const first = JSON.parse((await sign()).stdout) as { metrics: { files: number; manifestDigest: string } };
    const second = JSON.parse((await sign()).stdout) as {
      metrics: { files: number; manifestDigest: string };
    };
    expect(second.metrics).toEqual(first.metrics);
    expect(second.metrics.files).toBe(1);
    expect((await statementOf(`${model}/model.sig`)).predicate.resources.map((r) => r.name)).toEqual([
      'w.bin',
    ]);
    expect(
      (await cli(['verify-provenance', model, '--signature', `${model}/model.sig`, ...keyVerify()])).code,
    ).toBe(0);
  });

  it('a signature outside the model is not left out of it: an older one inside is signed', async () => {
    const model = 'models/outside-sig';
    await put({ [`${model}/w.bin`]: 'w', [`${model}/model.sig`]: '{}' });
    expect((await cli(['sign-model', model, ...keySign(), '--signature', 'outside.sig'])).code).toBe(0);
    expect((await statementOf('outside.sig')).predicate.resources.map((r) => r.name)).toEqual([
      'model.sig',
      'w.bin',
    ]);
  });

  it('.git, .github, .gitignore and .gitattributes', async () => {
    const model = 'models/git';
    await put({
      [`${model}/.git/HEAD`]: 'ref: refs/heads/main\n',
      [`${model}/.github/workflows/ci.yml`]: 'on: push\n',
      [`${model}/.gitignore`]: '*.tmp\n',
      [`${model}/.gitattributes`]: '* -text\n',
      [`${model}/.gitkeep`]: '',
      [`${model}/weights.bin`]: 'w',
    });
    expect((await cli(['sign-model', model, ...keySign(), '--signature', `${model}/model.sig`])).code).toBe(
      0,
    );
    expect((await statementOf(`${model}/model.sig`)).predicate.resources.map((r) => r.name)).toEqual([
      '.gitkeep',
      'weights.bin',
    ]);
    // Git metadata may change after signing without failing verification.
    await put({ [`${model}/.git/HEAD`]: 'ref: refs/heads/other\n', [`${model}/.github/new.yml`]: 'x' });
    expect(
      (await cli(['verify-provenance', model, '--signature', `${model}/model.sig`, ...keyVerify()])).code,
    ).toBe(0);
  });

  it('ignore-paths are recorded in the payload and honoured on verification', async () => {
    const model = 'models/ignored';
    await put({ [`${model}/w.bin`]: 'w', [`${model}/notes/a.txt`]: 'a', [`${model}/scratch.txt`]: 's' });
    const signed = await cli([
      'sign-model',
      model,
      ...keySign(),
      '--signature',
      `${model}/model.sig`,
      '--ignore-paths',
      `${model}/notes`,
      '--ignore-paths',
      `${model}/scratch.txt`,
    ]);
    expect(signed.code).toBe(0);
    const statement = await statementOf(`${model}/model.sig`);
    expect(statement.predicate.resources.map((r) => r.name)).toEqual(['w.bin']);
    expect(statement.predicate.serialization.ignore_paths).toEqual([
      '.git',
      '.gitattributes',
      '.github',
      '.gitignore',
      'model.sig',
      'notes',
      'scratch.txt',
    ]);
    await put({ [`${model}/notes/b.txt`]: 'changed later' });
    expect(
      (await cli(['verify-provenance', model, '--signature', `${model}/model.sig`, ...keyVerify()])).code,
    ).toBe(0);
  });
});

describe('refusals', () => {
  it('an empty model is refused with a clear error (exit 2)', async () => {
    await mkdir(path.join(base, 'models/empty'), { recursive: true });
    expect(await cli(['sign-model', 'models/empty', ...keySign()])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsec: sign-model: model models/empty has no files to sign (after ignore-paths)\n',
    });
    await put({ 'models/only-git/.gitignore': 'x\n' });
    expect(await cli(['sign-model', 'models/only-git', ...keySign()])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlsec: sign-model: model models/only-git has no files to sign (after ignore-paths)\n',
    });
  });

  it('a symbolic link is refused unless --allow-symlinks', async () => {
    const model = 'models/link';
    await put({ [`${model}/w.bin`]: 'w', 'elsewhere/target.bin': 'target' });
    await symlink(path.join(base, 'elsewhere/target.bin'), path.join(base, model, 'linked.bin'));
    const sign = ['sign-model', model, ...keySign(), '--signature', `${model}/model.sig`];
    expect(await cli(sign)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mlsec: sign-model: ${model}/linked.bin is a symbolic link; models with links are signed only with allow-symlinks: true\n`,
    });
    expect((await cli([...sign, '--allow-symlinks'])).code).toBe(0);
    const statement = await statementOf(`${model}/model.sig`);
    expect(statement.predicate.serialization.allow_symlinks).toBe(true);
    expect(statement.predicate.resources.map((r) => [r.name, r.digest])).toEqual([
      ['linked.bin', createHash('sha256').update('target').digest('hex')],
      ['w.bin', createHash('sha256').update('w').digest('hex')],
    ]);
    // The payload allows links, so the verifier follows them too; a changed target is a changed file.
    expect(
      (await cli(['verify-provenance', model, '--signature', `${model}/model.sig`, ...keyVerify()])).code,
    ).toBe(0);
    await writeFile(path.join(base, 'elsewhere/target.bin'), 'retargeted');
    expect(await verifyJson([model, '--signature', `${model}/model.sig`, ...keyVerify()])).toEqual({
      code: 1,
      findings: [
        ['provenance/file-modified', `${model}/linked.bin`, `${model}/linked.bin was modified after signing`],
      ],
    });
  });

  it('a symbolic link out of the repository is refused even with --allow-symlinks', async () => {
    const outside = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-oms-outside-')));
    try {
      await writeFile(path.join(outside, 'secret.bin'), 'secret');
      const model = 'models/escape';
      await put({ [`${model}/w.bin`]: 'w' });
      await symlink(path.join(outside, 'secret.bin'), path.join(base, model, 'secret.bin'));
      expect(await cli(['sign-model', model, ...keySign(), '--allow-symlinks'])).toEqual({
        code: 2,
        stdout: '',
        stderr: `mlsec: sign-model: ${model}/secret.bin links to outside the repository\n`,
      });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('Python interop: resource order', () => {
  it('orders paths component by component and by code point, as PurePosixPath does', async () => {
    const model = 'models/order';
    const names = ['a-b', 'a/b', 'a.b', 'a/a', '\u{1F600}', '\uFF21', 'B', 'a'];
    await mkdir(path.join(base, model, 'a.dir'), { recursive: true });
    await put(
      Object.fromEntries(names.filter((name) => name !== 'a').map((name) => [`${model}/${name}`, name])),
    );
    await put({ [`${model}/a.dir/x`]: 'x' });
    expect((await cli(['sign-model', model, ...keySign(), '--signature', `${model}/model.sig`])).code).toBe(
      0,
    );
    const order = (await statementOf(`${model}/model.sig`)).predicate.resources.map((r) => r.name);
    // A plain JavaScript sort puts `a-b` and `a.b` before `a/b`, and the emoji (a surrogate pair) before U+FF21.
    expect(order).toEqual(['B', 'a/a', 'a/b', 'a-b', 'a.b', 'a.dir/x', '\uFF21', '\u{1F600}']);
    expect([...order].sort()).not.toEqual(order);
    expect(
      (await cli(['verify-provenance', model, '--signature', `${model}/model.sig`, ...keyVerify()])).code,
    ).toBe(0);
  });
});

describe('key hint', () => {
  it('is the SHA-256 of the SPKI PEM text, for a private key too', async () => {
    const privateKey = loadPrivateKey(
      await readFile(path.join(base, 'keys/certificate/signing-key.pem'), 'utf8'),
      'key',
    );
    expect(publicKeyHint(privateKey)).toBe(publicKeyHint(createPublicKey(privateKey)));
    expect(publicKeyHint(privateKey)).toBe(
      'e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e',
    );
  });
});
