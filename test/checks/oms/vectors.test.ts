import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactDigests, verifyAttestations } from '../../../src/checks/oms/attestation.js';
import {
  assertOmsBundle,
  BundleError,
  parseBundle,
  preAuthEncoding,
} from '../../../src/checks/oms/bundle.js';
import { loadPublicKey, publicKeyHint, verifyData } from '../../../src/checks/oms/keys.js';
import { createHashRunner } from '../../../src/checks/oms/runner.js';
import {
  certificateClaims,
  parseTrustedRoot,
  publicGoodTrustedRoot,
  type TrustRoot,
  verifySigstoreBundle,
} from '../../../src/checks/oms/sigstore.js';
import { parseStatement, PayloadError, SLSA_PROVENANCE_V1 } from '../../../src/checks/oms/statement.js';
import { type Trust, verifyModel } from '../../../src/checks/oms/verify.js';
import { parsePemCertificates } from '../../../src/checks/oms/x509.js';
import { runCli } from '../../../src/cli/main.js';

/**
 * The interop vectors of test/fixtures/vectors (see VECTORS.md there), verified with the
 * parameters upstream uses: through the CLI in-process, and through the library.
 */

const VECTORS = path.resolve(import.meta.dirname, '../../fixtures/vectors');
const MT_TESTS = path.join(VECTORS, 'model-transparency/scripts/tests');
const SPEC = path.join(VECTORS, 'model-signing-spec/test-vectors/v1.0');
const SCHEMAS = path.join(VECTORS, 'model-signing-spec/schemas/v1.0');
const CLI_DATA = path.join(VECTORS, 'cli/pkg/cmd/attestation/test/data');
const CUSTOM_TRUST_CONFIG = path.join(
  VECTORS,
  'model-transparency/tests/_signing/testdata/custom_trust_config.json',
);

const KEY_HINT = 'e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e';
const IDENTITY = 'stefanb@us.ibm.com';
const ISSUER = 'https://sigstore.verify.ibm.com/oauth2';
const SIGSTORE_SIGNER = `${IDENTITY} (issuer ${ISSUER})`;
const KEY_ARGS = ['--method', 'key', '--public-key', 'keys/certificate/signing-key-pub.pem'];
const CERTIFICATE_ARGS = ['--method', 'certificate', '--certificate-chain', 'keys/certificate/ca-cert.pem'];
const SIGSTORE_ARGS = ['--method', 'sigstore', '--identity', IDENTITY, '--identity-provider', ISSUER];
const PASSED = 'mlsec verify-provenance: 0 errors, 0 warnings, 0 notes; passed (fail-on: error)\n';

let base: string;
/** A copy of model-transparency/scripts/tests: the cwd upstream's scripts verify from. */
let tests: string;
const runner = createHashRunner(1);

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-oms-vectors-')));
  tests = path.join(base, 'tests');
  await cp(MT_TESTS, tests, { recursive: true });
  await cp(CLI_DATA, path.join(base, 'attest/data'), { recursive: true });
  await cp(path.join(VECTORS, 'npm'), path.join(base, 'attest/npm'), { recursive: true });
  await copyFile(CUSTOM_TRUST_CONFIG, path.join(tests, 'custom_trust_config.json'));
  // The spec's key and certificate vectors sign model_signing v1.1.0's two files, as folder `model`.
  await mkdir(path.join(base, 'spec/model'), { recursive: true });
  for (const name of ['signme-1', 'signme-2', 'ignore-me'])
    await copyFile(path.join(MT_TESTS, 'v1.1.0-elliptic-key', name), path.join(base, 'spec/model', name));
  await cp(path.join(SPEC, 'valid'), path.join(base, 'spec'), { recursive: true });
  await cp(path.join(SPEC, 'invalid-payload'), path.join(base, 'spec'), { recursive: true });
  await cp(path.join(SPEC, 'invalid'), path.join(base, 'spec'), { recursive: true });
});

afterAll(async () => {
  await runner.close();
  await rm(base, { recursive: true, force: true });
});

async function cli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: {},
    stderrIsTty: false,
  });
  return { code, stdout, stderr };
}

interface JsonFinding {
  ruleId: string;
  location: { path: string };
  message: string;
}

/** The CLI's JSON report, reduced to exit code, findings `[rule, path, message]` and artifact rows. */
async function cliJson(cwd: string, args: string[]) {
  const result = await cli(cwd, [...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as {
    findings: JsonFinding[];
    metrics: { artifacts: unknown[] };
  };
  return {
    code: result.code,
    findings: report.findings.map((finding) => [finding.ruleId, finding.location.path, finding.message]),
    artifacts: report.metrics.artifacts,
  };
}

function verifiedText(artifact: string, kind: string, signer: string, resources: number): string {
  return (
    'Verified artifacts:\n' +
    `  Artifact: ${artifact}; Kind: OMS (${kind}); Signer: ${signer}; Status: verified (${resources} resources)\n` +
    PASSED
  );
}

const read = (file: string) => readFile(file, 'utf8');

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

function schemaValidator() {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  return Promise.all(
    ['predicate', 'statement', 'envelope', 'bundle'].map(async (name) =>
      ajv.addSchema(JSON.parse(await read(path.join(SCHEMAS, `${name}.schema.json`))) as object),
    ),
  ).then(() => ({
    bundle: ajv.getSchema('https://model_signing/bundle/v1.0/schema')!,
    statement: ajv.getSchema('https://model_signing/statement/v1.0/schema')!,
  }));
}

describe('model-transparency: signatures made by model_signing v1.0.0, v1.0.1 and v1.1.0', () => {
  describe('key (ECDSA P-384, signing-key-pub.pem)', () => {
    it.each([
      ['v1.0.0-elliptic-key', 'v1.0.0-elliptic-key/signme-1', [], 1],
      ['v1.0.1-elliptic-key', 'v1.0.1-elliptic-key', ['--ignore-paths', 'v1.0.1-elliptic-key/ignore-me'], 2],
      ['v1.1.0-elliptic-key', 'v1.1.0-elliptic-key', ['--ignore-paths', 'v1.1.0-elliptic-key/ignore-me'], 2],
      // v1.1.0 records its ignore paths in the payload: the flag is redundant.
      ['v1.1.0-elliptic-key', 'v1.1.0-elliptic-key', [], 2],
    ] as const)('%s: model %s %j verifies', async (vector, model, extra, resources) => {
      const result = await cli(tests, [
        'verify-provenance',
        model,
        '--signature',
        `${vector}/model.sig`,
        ...KEY_ARGS,
        ...extra,
      ]);
      expect(result).toEqual({
        code: 0,
        stdout: verifiedText(model, 'key', `public key ${KEY_HINT.slice(0, 16)}`, resources),
        stderr: '',
      });
    });

    it('v1.0.1 without the ignore path fails with exactly one unsigned file, ignore-me', async () => {
      const result = await cliJson(tests, [
        'verify-provenance',
        'v1.0.1-elliptic-key',
        '--signature',
        'v1.0.1-elliptic-key/model.sig',
        ...KEY_ARGS,
      ]);
      expect(result.code).toBe(1);
      expect(result.findings).toEqual([
        [
          'provenance/file-unsigned',
          'v1.0.1-elliptic-key/ignore-me',
          'v1.0.1-elliptic-key/ignore-me is not covered by the signature',
        ],
      ]);
    });

    it('the DSSE signature is over the PAE with SHA-384; SHA-256 does not verify', async () => {
      const key = loadPublicKey(await read(path.join(tests, 'keys/certificate/signing-key-pub.pem')), 'key');
      expect(key.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
      expect(publicKeyHint(key)).toBe(KEY_HINT);
      for (const vector of ['v1.0.0-elliptic-key', 'v1.0.1-elliptic-key', 'v1.1.0-elliptic-key']) {
        const { envelope } = parseBundle(await read(path.join(tests, vector, 'model.sig')));
        const pae = preAuthEncoding(envelope.payloadType, envelope.payload);
        expect({
          vector,
          sha384: verify('sha384', pae, key, envelope.signature),
          sha256: verify('sha256', pae, key, envelope.signature),
          library: verifyData(key, pae, envelope.signature),
        }).toEqual({ vector, sha384: true, sha256: false, library: true });
      }
    });

    it('v1.0.x carry the PEM text as rawBytes, v1.1.0 the hint of it', async () => {
      const pem = await read(path.join(tests, 'keys/certificate/signing-key-pub.pem'));
      const block = pem.slice(pem.indexOf('-----BEGIN PUBLIC KEY-----'));
      for (const vector of ['v1.0.0-elliptic-key', 'v1.0.1-elliptic-key']) {
        const { material } = parseBundle(await read(path.join(tests, vector, 'model.sig')));
        expect(material.kind).toBe('publicKey');
        expect(material.kind === 'publicKey' && material.rawBytes?.toString('utf8')).toBe(block);
      }
      const v110 = parseBundle(await read(path.join(tests, 'v1.1.0-elliptic-key/model.sig')));
      expect(v110.material).toEqual({ kind: 'publicKey', hint: KEY_HINT });
      expect(createHash('sha256').update(block).digest('hex')).toBe(KEY_HINT);
    });

    it('the key given to the verifier counts, not the one in the bundle', async () => {
      const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
      const trust: Trust = { method: 'key', publicKey };
      const outcome = async (vector: string, model: string) =>
        verifyModel({
          root: tests,
          modelPath: model,
          signaturePath: `${vector}/model.sig`,
          signatureText: await read(path.join(tests, vector, 'model.sig')),
          trust,
          ignorePaths: model.endsWith('signme-1') ? [] : ['ignore-me'],
          ignoreUnsignedFiles: false,
          runner,
        });
      expect(await outcome('v1.0.0-elliptic-key', 'v1.0.0-elliptic-key/signme-1')).toEqual({
        verified: false,
        matched: 0,
        verifiedFiles: [],
        failures: [
          {
            kind: 'signature',
            file: 'v1.0.0-elliptic-key/model.sig',
            message:
              'signature v1.0.0-elliptic-key/model.sig does not verify: the signature does not verify with the given public key',
          },
        ],
      });
      const hint = publicKeyHint(publicKey);
      expect((await outcome('v1.1.0-elliptic-key', 'v1.1.0-elliptic-key')).failures).toEqual([
        {
          kind: 'signature',
          file: 'v1.1.0-elliptic-key/model.sig',
          message: `signature v1.1.0-elliptic-key/model.sig does not verify: the signature names key e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e, not the given public key (${hint})`,
        },
      ]);
    });

    it('a modified signed file fails as file-modified', async () => {
      const copy = path.join(base, 'tampered');
      await cp(path.join(tests, 'v1.1.0-elliptic-key'), path.join(copy, 'model'), { recursive: true });
      await cp(path.join(tests, 'keys'), path.join(copy, 'keys'), { recursive: true });
      await writeFile(path.join(copy, 'model/signme-2'), 'signme-3');
      const result = await cliJson(copy, [
        'verify-provenance',
        'model',
        '--signature',
        'model/model.sig',
        ...KEY_ARGS,
      ]);
      expect(result.code).toBe(1);
      expect(result.findings).toEqual([
        ['provenance/file-modified', 'model/signme-2', 'model/signme-2 was modified after signing'],
      ]);
    });
  });

  describe('certificate (chain to ca-cert.pem)', () => {
    it('v1.1.0-certificate verifies with the root as the only anchor', async () => {
      const result = await cli(tests, [
        'verify-provenance',
        'v1.1.0-certificate/',
        '--signature',
        'v1.1.0-certificate/model.sig',
        '--ignore-paths',
        'v1.1.0-certificate/ignore-me',
        ...CERTIFICATE_ARGS,
      ]);
      expect(result).toEqual({
        code: 0,
        stdout: verifiedText('v1.1.0-certificate', 'certificate', 'CN=intermediate-ca', 2),
        stderr: '',
      });
    });

    it('the bundle carries [leaf, intermediate]; the signature is P-384/SHA-384 with the leaf key', async () => {
      const bundle = parseBundle(await read(path.join(tests, 'v1.1.0-certificate/model.sig')));
      expect(bundle.material.kind).toBe('x509CertificateChain');
      expect(bundle.tlogEntries).toBe(0);
      const chain = bundle.material.kind === 'x509CertificateChain' ? bundle.material.certificates : [];
      const [leaf] = parsePemCertificates(
        await read(path.join(tests, 'keys/certificate/signing-key-cert.pem')),
        'leaf',
      );
      const [intermediate] = parsePemCertificates(
        await read(path.join(tests, 'keys/certificate/int-ca-cert.pem')),
        'intermediate',
      );
      expect(chain).toEqual([leaf!.der, intermediate!.der]);
      const pae = preAuthEncoding(bundle.envelope.payloadType, bundle.envelope.payload);
      expect(verify('sha384', pae, leaf!.node.publicKey, bundle.envelope.signature)).toBe(true);
    });

    it('a public key file is not a trust anchor: a usage error (exit 2)', async () => {
      const result = await cli(tests, [
        'verify-provenance',
        'v1.1.0-certificate',
        '--signature',
        'v1.1.0-certificate/model.sig',
        '--method',
        'certificate',
        '--certificate-chain',
        'keys/certificate/signing-key-pub.pem',
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: 'mlsec: certificate-chain keys/certificate/signing-key-pub.pem holds no PEM certificate\n',
      });
    });
  });

  describe('sigstore (public-good, pinned root; identity stefanb@us.ibm.com)', () => {
    const SIGSTORE = [
      ['v1.0.0-sigstore', []],
      ['v1.0.1-sigstore', ['ignore-me']],
      ['v1.1.0-sigstore', ['ignore-me']],
    ] as const;

    it.each(SIGSTORE)('%s verifies from the vectors folder', async (vector, ignore) => {
      const result = await cli(tests, [
        'verify-provenance',
        `${vector}/`,
        '--signature',
        `${vector}/model.sig`,
        ...SIGSTORE_ARGS,
        ...ignore.flatMap((name) => ['--ignore-paths', `${vector}/${name}`]),
      ]);
      expect(result).toEqual({
        code: 0,
        stdout: verifiedText(vector, 'sigstore', SIGSTORE_SIGNER, 2),
        stderr: '',
      });
    });

    it.each(SIGSTORE)('%s verifies from inside the folder as model `.`', async (vector, ignore) => {
      const result = await cli(path.join(tests, vector), [
        'verify-provenance',
        '.',
        ...SIGSTORE_ARGS,
        ...ignore.flatMap((name) => ['--ignore-paths', name]),
      ]);
      expect(result).toEqual({
        code: 0,
        stdout: verifiedText('.', 'sigstore', SIGSTORE_SIGNER, 2),
        stderr: '',
      });
    });

    it('v1.0.1 without the ignore path fails with exactly one unsigned file, ignore-me', async () => {
      const inside = await cliJson(path.join(tests, 'v1.0.1-sigstore'), [
        'verify-provenance',
        '.',
        ...SIGSTORE_ARGS,
      ]);
      expect(inside.code).toBe(1);
      expect(inside.findings).toEqual([
        ['provenance/file-unsigned', 'ignore-me', 'ignore-me is not covered by the signature'],
      ]);
      const outside = await cliJson(tests, [
        'verify-provenance',
        'v1.0.1-sigstore',
        '--signature',
        'v1.0.1-sigstore/model.sig',
        ...SIGSTORE_ARGS,
      ]);
      expect(outside.code).toBe(1);
      expect(outside.findings).toEqual([
        [
          'provenance/file-unsigned',
          'v1.0.1-sigstore/ignore-me',
          'v1.0.1-sigstore/ignore-me is not covered by the signature',
        ],
      ]);
    });

    it.each([
      [
        'identity',
        ['--identity', 'someone@example.com', '--identity-provider', ISSUER],
        `signed by ${IDENTITY}, not someone@example.com`,
      ],
      [
        'issuer',
        ['--identity', IDENTITY, '--identity-provider', 'https://accounts.google.com'],
        `OIDC issuer is ${ISSUER}, not https://accounts.google.com`,
      ],
      [
        'identity regex',
        ['--identity', '^.*@example\\.com$', '--identity-provider', ISSUER],
        `signed by ${IDENTITY}, not /^(?:.*@example\\.com)$/`,
      ],
    ])('a wrong %s fails as signer-mismatch', async (_what, policy, problem) => {
      const result = await cliJson(path.join(tests, 'v1.1.0-sigstore'), [
        'verify-provenance',
        '.',
        '--method',
        'sigstore',
        ...policy,
      ]);
      expect(result.code).toBe(1);
      expect(result.findings).toEqual([
        [
          'provenance/signer-mismatch',
          'model.sig',
          `signature model.sig is valid but its signer does not match the policy: ${problem}`,
        ],
      ]);
      expect(result.artifacts).toEqual([
        { artifact: '.', kind: 'OMS (sigstore)', signer: SIGSTORE_SIGNER, status: 'failed: identity' },
      ]);
    });

    it('the signing time is the log integration time (certificates last 10 minutes)', async () => {
      const times: Record<string, string | undefined> = {};
      for (const [vector] of SIGSTORE) {
        const bundle = parseBundle(await read(path.join(tests, vector, 'model.sig')));
        expect(bundle.tlogEntries).toBe(1);
        times[vector] = verifySigstoreBundle(bundle.json, publicGoodTrustedRoot()).signedAt?.toISOString();
      }
      expect(times).toEqual({
        'v1.0.0-sigstore': '2025-05-03T01:34:46.000Z',
        'v1.0.1-sigstore': '2025-10-07T15:33:48.000Z',
        'v1.1.0-sigstore': '2025-10-10T02:12:20.000Z',
      });
    });

    it('the Fulcio certificate names the identity and the issuer', async () => {
      const bundle = parseBundle(await read(path.join(tests, 'v1.0.0-sigstore/model.sig')));
      expect(bundle.material.kind).toBe('certificate');
      const der = bundle.material.kind === 'certificate' ? bundle.material.certificate : Buffer.alloc(0);
      expect(certificateClaims(der)).toEqual({ subjectAlternativeName: IDENTITY, issuer: ISSUER });
    });

    // The client trust config upstream ships (the public-good root, with a TSA) verifies v1.0.0
    // and v1.0.1 offline; v1.1.0 carries an RFC 3161 timestamp from a TSA that root does not
    // list, so it fails there with TIMESTAMP_ERROR (it verifies with the pinned public-good root).
    it('custom_trust_config.json: v1.0.0 and v1.0.1 verify, v1.1.0 fails on its timestamp', async () => {
      const outcomes: Record<string, unknown> = {};
      for (const [vector, ignore] of SIGSTORE) {
        const result = await cliJson(tests, [
          'verify-provenance',
          vector,
          '--signature',
          `${vector}/model.sig`,
          '--trusted-root',
          'custom_trust_config.json',
          ...SIGSTORE_ARGS,
          ...ignore.flatMap((name) => ['--ignore-paths', `${vector}/${name}`]),
        ]);
        outcomes[vector] = [result.code, ...result.findings];
      }
      expect(outcomes).toEqual({
        'v1.0.0-sigstore': [0],
        'v1.0.1-sigstore': [0],
        'v1.1.0-sigstore': [
          1,
          [
            'provenance/signature-invalid',
            'v1.1.0-sigstore/model.sig',
            'signature v1.1.0-sigstore/model.sig does not verify: timestamp could not be verified (TIMESTAMP_ERROR, trusted root: trusted-root custom_trust_config.json)',
          ],
        ],
      });
      const custom = parseTrustedRoot(await read(CUSTOM_TRUST_CONFIG), 'custom');
      expect(custom.root.timestampAuthorities.length).toBe(1);
      const v110 = parseBundle(await read(path.join(tests, 'v1.1.0-sigstore/model.sig')));
      expect(v110.timestamps).toBe(1);
      expect(errorOf(() => verifySigstoreBundle(v110.json, custom))).toMatchObject({
        name: 'SigstoreError',
        code: 'TIMESTAMP_ERROR',
      });
    });
  });
});

describe('model-signing-spec v1.0 conformance vectors', () => {
  it('valid/: parse, and their payloads are OMS v1.0 statements', async () => {
    const kinds: Record<string, unknown> = {};
    for (const file of (await readdir(path.join(SPEC, 'valid'))).sort()) {
      const bundle = parseBundle(await read(path.join(SPEC, 'valid', file)));
      const { manifest, predicateType } = parseStatement(bundle.envelope.payload);
      kinds[file] = [
        bundle.mediaType,
        bundle.material.kind,
        bundle.tlogEntries,
        predicateType,
        manifest.modelName,
      ];
    }
    expect(kinds).toEqual({
      'certificate.bundle.json': [
        'application/vnd.dev.sigstore.bundle.v0.3+json',
        'x509CertificateChain',
        0,
        'https://model_signing/signature/v1.0',
        'model',
      ],
      'key.bundle.json': [
        'application/vnd.dev.sigstore.bundle.v0.3+json',
        'publicKey',
        0,
        'https://model_signing/signature/v1.0',
        'model',
      ],
      'sigstore.bundle.json': [
        'application/vnd.dev.sigstore.bundle.v0.3+json',
        'certificate',
        1,
        'https://model_signing/signature/v1.0',
        'v1.1.0-sigstore',
      ],
    });
  });

  it('valid/ and invalid-payload/ bundles pass the bundle JSON Schema; invalid/ ones do not', async () => {
    const schemas = await schemaValidator();
    const results: Record<string, boolean> = {};
    for (const dir of ['valid', 'invalid', 'invalid-payload']) {
      for (const file of await readdir(path.join(SPEC, dir))) {
        const text = await read(path.join(SPEC, dir, file));
        results[`${dir}/${file}`] =
          text.trim() !== '' && (schemas.bundle(JSON.parse(text)) as boolean) === true;
      }
    }
    expect(results).toEqual({
      'valid/key.bundle.json': true,
      'valid/certificate.bundle.json': true,
      'valid/sigstore.bundle.json': true,
      'invalid/empty.bundle.json': false,
      'invalid/missing-envelope.bundle.json': false,
      'invalid/missing-tlog-entries.bundle.json': false,
      'invalid/missing-verification-material.bundle.json': false,
      'invalid-payload/wrong-predicate.bundle.json': true,
    });
  });

  it.each([
    ['empty.bundle.json', 'the signature file is empty'],
    ['missing-envelope.bundle.json', 'dsseEnvelope is missing (only DSSE signatures are OMS signatures)'],
    ['missing-verification-material.bundle.json', 'verificationMaterial is missing'],
  ])('invalid/%s is rejected by parseBundle', async (file, message) => {
    const error = errorOf(() => parseBundle(readSync(path.join(SPEC, 'invalid', file))));
    expect(error).toBeInstanceOf(BundleError);
    expect(error).toMatchObject({ code: 'MALFORMED_BUNDLE', message });
  });

  // parseBundle reads any Sigstore bundle (GitHub's attestations carry timestamps, not tlog
  // entries); the OMS profile on top of it requires the tlog entry of a keyless signature.
  it('invalid/missing-tlog-entries.bundle.json is rejected by the OMS bundle profile', async () => {
    const text = await read(path.join(SPEC, 'invalid/missing-tlog-entries.bundle.json'));
    expect(() => assertOmsBundle(parseBundle(text))).toThrow(
      new BundleError('MALFORMED_BUNDLE', 'a keyless signature must carry a transparency log entry'),
    );
  });

  it('invalid/missing-tlog-entries.bundle.json does not verify as a keyless signature', async () => {
    const outcome = await verifyModel({
      root: path.join(base, 'spec'),
      modelPath: 'model',
      signaturePath: 'missing-tlog-entries.bundle.json',
      signatureText: await read(path.join(SPEC, 'invalid/missing-tlog-entries.bundle.json')),
      trust: {
        method: 'sigstore',
        root: publicGoodTrustedRoot(),
        policy: { identity: IDENTITY, issuer: ISSUER },
      },
      ignorePaths: [],
      ignoreUnsignedFiles: false,
      runner,
    });
    expect(outcome).toEqual({
      verified: false,
      matched: 0,
      verifiedFiles: [],
      failures: [
        {
          kind: 'signature',
          file: 'missing-tlog-entries.bundle.json',
          message:
            'signature missing-tlog-entries.bundle.json does not verify: a keyless signature must carry a transparency log entry',
        },
      ],
    });
  });

  it('invalid-payload/wrong-predicate.bundle.json: rejected on its predicate type, and on its signature', async () => {
    const bundle = parseBundle(await read(path.join(SPEC, 'invalid-payload/wrong-predicate.bundle.json')));
    const error = errorOf(() => parseStatement(bundle.envelope.payload));
    expect(error).toBeInstanceOf(PayloadError);
    expect(error.message).toBe(
      'statement.predicateType "https://example.com/wrong-predicate/v1.0" is not https://model_signing/signature/v1.0',
    );
    const schemas = await schemaValidator();
    expect(schemas.statement(JSON.parse(bundle.envelope.payload.toString('utf8')))).toBe(false);
    const key = loadPublicKey(await read(path.join(tests, 'keys/certificate/signing-key-pub.pem')), 'key');
    const pae = preAuthEncoding(bundle.envelope.payloadType, bundle.envelope.payload);
    expect(verifyData(key, pae, bundle.envelope.signature)).toBe(false);
    const outcome = await verifyModel({
      root: path.join(base, 'spec'),
      modelPath: 'model',
      signaturePath: 'wrong-predicate.bundle.json',
      signatureText: await read(path.join(SPEC, 'invalid-payload/wrong-predicate.bundle.json')),
      trust: { method: 'key', publicKey: key },
      ignorePaths: [],
      ignoreUnsignedFiles: false,
      runner,
    });
    expect(outcome.failures).toEqual([
      {
        kind: 'signature',
        file: 'wrong-predicate.bundle.json',
        message:
          'signature wrong-predicate.bundle.json does not verify: the signature does not verify with the given public key',
      },
    ]);
  });

  it.each([
    ['key.bundle.json', 'key', `public key ${KEY_HINT.slice(0, 16)}`],
    ['certificate.bundle.json', 'certificate', 'CN=intermediate-ca'],
  ] as const)(
    'valid/%s verifies over signme-1 and signme-2 (ignore-me left out by its payload)',
    async (file, method, signer) => {
      const trust: Trust =
        method === 'key'
          ? {
              method,
              publicKey: loadPublicKey(
                await read(path.join(tests, 'keys/certificate/signing-key-pub.pem')),
                'key',
              ),
            }
          : {
              method,
              anchors: parsePemCertificates(
                await read(path.join(tests, 'keys/certificate/ca-cert.pem')),
                'ca',
              ),
            };
      const outcome = await verifyModel({
        root: path.join(base, 'spec'),
        modelPath: 'model',
        signaturePath: file,
        signatureText: await read(path.join(SPEC, 'valid', file)),
        trust,
        ignorePaths: [],
        ignoreUnsignedFiles: false,
        runner,
      });
      expect(outcome).toMatchObject({ verified: true, signer, failures: [], matched: 2 });
      expect(outcome.manifest?.resources.map((resource) => resource.name)).toEqual(['signme-1', 'signme-2']);
    },
  );

  it('valid/sigstore.bundle.json is v1.1.0-sigstore/model.sig, and verifies over that folder', async () => {
    const text = await read(path.join(SPEC, 'valid/sigstore.bundle.json'));
    expect(JSON.parse(text)).toEqual(JSON.parse(await read(path.join(tests, 'v1.1.0-sigstore/model.sig'))));
    const outcome = await verifyModel({
      root: tests,
      modelPath: 'v1.1.0-sigstore',
      signaturePath: 'v1.1.0-sigstore/model.sig',
      signatureText: text,
      trust: {
        method: 'sigstore',
        root: publicGoodTrustedRoot(),
        policy: { identity: IDENTITY, issuer: ISSUER },
      },
      ignorePaths: [],
      ignoreUnsignedFiles: false,
      runner,
    });
    expect(outcome).toMatchObject({ verified: true, signer: SIGSTORE_SIGNER, failures: [], matched: 2 });
    expect(outcome.signedAt?.toISOString()).toBe('2025-10-10T02:12:20.000Z');
  });
});

describe('cli/cli: GitHub artifact attestation bundles', () => {
  const attest = () => path.join(base, 'attest');
  const SIGSTORE_JS = 'data/sigstore-js-2.1.0-bundle.json';
  const TARBALL = 'npm/sigstore-2.1.0.tgz';
  const SIGSTORE_JS_SIGNER =
    'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main (issuer https://token.actions.githubusercontent.com)';
  const policy = { predicateType: SLSA_PROVENANCE_V1 };

  function attestationText(signer: string): string {
    return (
      'Verified artifacts:\n' +
      `  Artifact: ${TARBALL}; Kind: attestation (${SLSA_PROVENANCE_V1}); Signer: ${signer}; Status: verified\n` +
      PASSED
    );
  }

  it.each([
    ['--repo sigstore/sigstore-js', ['--repo', 'sigstore/sigstore-js']],
    // A regex matches the whole identity: `.*` takes any tail (gh's own regex is a prefix match).
    ['--identity ^https://github.com/sigstore/.*', ['--identity', '^https://github.com/sigstore/.*']],
    [
      '--repo with the cli trusted_root.json',
      ['--repo', 'sigstore/sigstore-js', '--trusted-root', 'data/trusted_root.json'],
    ],
  ])('sigstore-js 2.1.0 verifies for its tarball (%s)', async (_label, args) => {
    expect(
      await cli(attest(), ['verify-provenance', TARBALL, '--attestation', SIGSTORE_JS, ...args]),
    ).toEqual({ code: 0, stdout: attestationText(SIGSTORE_JS_SIGNER), stderr: '' });
  });

  it('sigstore-js 2.1.0 through the library: signer, predicate type and log time', async () => {
    const digests = await artifactDigests(path.join(attest(), TARBALL));
    expect(digests.sha512).toBe(
      '90f223f992e4c88dd068cd2a5fc57f9d2b30798343dd6e38f29c240e04ba090ef831f84490847c4e82b9232c78e8a258463b1e55c0f7469f730265008fa6633f',
    );
    const outcome = verifyAttestations(
      await read(path.join(attest(), SIGSTORE_JS)),
      digests,
      parseTrustedRoot(await read(path.join(attest(), 'data/trusted_root.json')), 'cli trusted_root.json'),
      {
        ...policy,
        repository: 'sigstore/sigstore-js',
        issuer: 'https://token.actions.githubusercontent.com',
      },
    );
    expect(outcome).toEqual({
      verified: true,
      problems: [],
      signer: SIGSTORE_JS_SIGNER,
      predicateType: SLSA_PROVENANCE_V1,
      signedAt: new Date('2023-08-29T15:40:23.000Z'),
    });
  });

  it('the sigstore-js certificate carries the documented GitHub Actions claims', async () => {
    const bundle = parseBundle(await read(path.join(attest(), SIGSTORE_JS)));
    const der = bundle.material.kind === 'certificate' ? bundle.material.certificate : Buffer.alloc(0);
    expect(certificateClaims(der)).toMatchObject({
      subjectAlternativeName:
        'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryUri: 'https://github.com/sigstore/sigstore-js',
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryDigest: '26d16513386ffaa790b1c32f927544f1322e4194',
      buildTrigger: 'push',
      runnerEnvironment: 'github-hosted',
    });
  });

  it('a one-bit change to the tarball does not verify', async () => {
    const bytes = await readFile(path.join(attest(), TARBALL));
    bytes[1000]! ^= 0x01;
    await writeFile(path.join(attest(), 'npm/flipped.tgz'), bytes);
    const result = await cliJson(attest(), [
      'verify-provenance',
      'npm/flipped.tgz',
      '--attestation',
      SIGSTORE_JS,
      '--repo',
      'sigstore/sigstore-js',
    ]);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([
      [
        'provenance/attestation-invalid',
        'npm/flipped.tgz',
        `npm/flipped.tgz has no valid provenance attestation in ${SIGSTORE_JS}: no subject of the attestation has the artifact digest`,
      ],
    ]);
  });

  it('a wrong repository does not verify', async () => {
    const outcome = verifyAttestations(
      await read(path.join(attest(), SIGSTORE_JS)),
      await artifactDigests(path.join(attest(), TARBALL)),
      publicGoodTrustedRoot(),
      { ...policy, repository: 'sigstore/cosign' },
    );
    expect(outcome).toEqual({
      verified: false,
      problems: [
        'source repository is https://github.com/sigstore/sigstore-js, not https://github.com/sigstore/cosign; ' +
          "signer workflow https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main is not in https://github.com/sigstore/cosign (name it with signer-workflow or identity to trust another repository's workflow)",
      ],
    });
  });

  it('the v0.1 bundle is refused: unsupported bundle version', async () => {
    const text = await read(path.join(attest(), 'data/sigstore-js-2.1.0-bundle-v0.1.json'));
    const message =
      'unsupported bundle version "application/vnd.dev.sigstore.bundle+json;version=0.1" (bundles v0.2 and v0.3 are supported)';
    expect(errorOf(() => parseBundle(text))).toMatchObject({
      name: 'BundleError',
      code: 'UNSUPPORTED_BUNDLE_VERSION',
      message,
    });
    expect(
      verifyAttestations(text, await artifactDigests(path.join(attest(), TARBALL)), publicGoodTrustedRoot(), {
        ...policy,
        repository: 'sigstore/sigstore-js',
      }),
    ).toEqual({ verified: false, problems: [message] });
  });

  describe('reusable-workflow attestation (malancas/attest-demo via artifact-attestations-workflows)', () => {
    const FILE = 'data/reusable-workflow-attestation.sigstore.json';
    let text: string;
    let digest: string;

    beforeAll(async () => {
      text = await read(path.join(attest(), FILE));
      const statement = JSON.parse(parseBundle(text).envelope.payload.toString('utf8')) as {
        subject: Array<{ name: string; digest: { sha256: string } }>;
      };
      expect(statement.subject.map((subject) => subject.name)).toEqual([
        'github_provenance_demo-0.0.0-py3-none-any.whl',
      ]);
      digest = statement.subject[0]!.digest.sha256;
    });

    it('the wheel digest in its subject is the documented one', () => {
      expect(digest).toMatch(/^49a3aa60[0-9a-f]{46}a008c5ac25$/);
    });

    const SIGNER =
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d (issuer https://token.actions.githubusercontent.com)';

    it.each([
      // As with gh: the repository alone is not enough for a reusable workflow of another
      // repository; it needs the signer named too.
      [
        'repo malancas/attest-demo and its signer repository',
        {
          repository: 'malancas/attest-demo',
          signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
        },
      ],
      [
        'signer workflow attest.yml',
        { signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml' },
      ],
      [
        'exact certificate identity',
        {
          identity:
            'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
        },
      ],
    ])('verifies with %s', (_label, conditions) => {
      expect(
        verifyAttestations(text, { sha256: digest }, publicGoodTrustedRoot(), {
          ...policy,
          issuer: 'https://token.actions.githubusercontent.com',
          ...conditions,
        }),
      ).toEqual({
        verified: true,
        problems: [],
        signer: SIGNER,
        predicateType: SLSA_PROVENANCE_V1,
        signedAt: new Date('2024-05-24T19:14:24.000Z'),
      });
    });

    it('fails with a wrong signer workflow', () => {
      expect(
        verifyAttestations(text, { sha256: digest }, publicGoodTrustedRoot(), {
          ...policy,
          signerWorkflow: 'malancas/attest-demo/.github/workflows/shared.yml',
        }),
      ).toEqual({
        verified: false,
        problems: [
          'signer workflow is https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d, not https://github.com/malancas/attest-demo/.github/workflows/shared.yml',
        ],
      });
    });

    it('fails for another digest', () => {
      expect(
        verifyAttestations(text, { sha256: '0'.repeat(64) }, publicGoodTrustedRoot(), {
          ...policy,
          repository: 'malancas/attest-demo',
          signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml',
        }),
      ).toEqual({ verified: false, problems: ['no subject of the attestation has the artifact digest'] });
    });

    it('fails with the repository alone: the signing workflow belongs to another repository', () => {
      expect(
        verifyAttestations(text, { sha256: digest }, publicGoodTrustedRoot(), {
          ...policy,
          repository: 'malancas/attest-demo',
        }),
      ).toEqual({
        verified: false,
        problems: [
          "signer workflow https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d is not in https://github.com/malancas/attest-demo (name it with signer-workflow or identity to trust another repository's workflow)",
        ],
      });
    });

    it('the certificate records the calling repository and its build config', () => {
      const bundle = parseBundle(text);
      const der = bundle.material.kind === 'certificate' ? bundle.material.certificate : Buffer.alloc(0);
      expect(certificateClaims(der)).toMatchObject({
        sourceRepositoryUri: 'https://github.com/malancas/attest-demo',
        buildConfigUri:
          'https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main',
        buildTrigger: 'workflow_dispatch',
      });
    });
  });

  it("github_provenance_demo (GitHub's Sigstore instance) fails with the public-good root", async () => {
    const text = await read(
      path.join(attest(), 'data/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'),
    );
    const statement = JSON.parse(parseBundle(text.trim()).envelope.payload.toString('utf8')) as {
      subject: Array<{ digest: { sha256: string } }>;
    };
    const sha256 = statement.subject[0]!.digest.sha256;
    expect(sha256).toMatch(/^ae57936d[0-9a-f]{48}f92c3c3b$/);
    const root: TrustRoot = publicGoodTrustedRoot();
    expect(
      verifyAttestations(text, { sha256 }, root, { ...policy, repository: 'actions/attest-demo' }),
    ).toEqual({
      verified: false,
      problems: [
        'timestamp could not be verified (TIMESTAMP_ERROR, trusted root: Sigstore public-good (pinned))',
      ],
    });
  });
});

function readSync(file: string): string {
  return readFileSync(file, 'utf8');
}
