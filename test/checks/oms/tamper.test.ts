import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactDigests,
  verifyAttestations,
  type AttestationPolicy,
} from '../../../src/checks/oms/attestation.js';
import { preAuthEncoding } from '../../../src/checks/oms/bundle.js';
import type { RangeTask } from '../../../src/checks/oms/digest.js';
import { loadPrivateKey, loadPublicKey, publicKeyHint, signData } from '../../../src/checks/oms/keys.js';
import { GITHUB_ACTIONS_ISSUER } from '../../../src/checks/oms/policy.js';
import { createHashRunner } from '../../../src/checks/oms/runner.js';
import { publicGoodTrustedRoot, type TrustRoot } from '../../../src/checks/oms/sigstore.js';
import { IN_TOTO_PAYLOAD_TYPE, SLSA_PROVENANCE_V1 } from '../../../src/checks/oms/statement.js';
import { type ModelVerification, type Trust, verifyModel } from '../../../src/checks/oms/verify.js';
import { type ParsedCertificate, parsePemCertificates } from '../../../src/checks/oms/x509.js';
import type { TaskRunner } from '../../../src/core/worker-pool.js';

/**
 * Tampering, one field at a time, with valid OMS signatures (the model-transparency key,
 * certificate and sigstore vectors) and a valid artifact attestation (sigstore-js 2.1.0): every
 * change must fail verification, with the failure kind and a message naming what is wrong.
 *
 * Changes to the signed payload are made two ways: without re-signing (the signature must fail),
 * and re-signed with the published test key (as a malicious or buggy signer would), so that the
 * checks on the payload itself are reached after a valid signature.
 */

const VECTORS = path.resolve(import.meta.dirname, '../../fixtures/vectors');
const MT = path.join(VECTORS, 'model-transparency/scripts/tests');
const KEYS = path.join(MT, 'keys/certificate');
const OMS_CERTS = path.resolve(import.meta.dirname, '../../fixtures/oms-certs');
const ATTESTATION_DATA = path.join(VECTORS, 'cli/pkg/cmd/attestation/test/data');

const KEY_V110 = 'v1.1.0-elliptic-key';
const KEY_V101 = 'v1.0.1-elliptic-key';
const CERT_V110 = 'v1.1.0-certificate';
const SIGSTORE_V110 = 'v1.1.0-sigstore';
const SIGSTORE_V101 = 'v1.0.1-sigstore';

const PUBLIC_GOOD = 'trusted root: Sigstore public-good (pinned)';
const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';

interface TlogEntry {
  logIndex: string;
  integratedTime: string;
  canonicalizedBody: string;
  inclusionPromise?: { signedEntryTimestamp: string };
  inclusionProof?: { logIndex: string; hashes: string[]; [key: string]: unknown };
  [key: string]: unknown;
}

interface BundleJson {
  mediaType?: unknown;
  verificationMaterial: {
    publicKey?: { hint?: string; rawBytes?: string; [key: string]: unknown };
    x509CertificateChain?: { certificates: Array<{ rawBytes: string }> };
    certificate?: { rawBytes: string };
    tlogEntries: TlogEntry[];
    timestampVerificationData?: unknown;
  };
  dsseEnvelope: {
    payload: string;
    payloadType?: unknown;
    signatures: Array<{ sig: string; keyid?: string }>;
  };
}

interface Resource {
  name: unknown;
  algorithm?: unknown;
  digest: unknown;
}

interface Statement {
  _type: string;
  subject: Array<{ name: string; digest: { sha256: string } }>;
  predicateType: string;
  predicate: { serialization: Record<string, unknown>; resources: Resource[] };
}

const readText = (file: string) => readFileSync(file, 'utf8');
/** A fresh copy of a vector's bundle, to change. */
const vectorBundle = (vector: string): BundleJson =>
  JSON.parse(readText(path.join(MT, vector, 'model.sig'))) as BundleJson;
const attestationBundle = (): BundleJson =>
  JSON.parse(readText(path.join(ATTESTATION_DATA, 'sigstore-js-2.1.0-bundle.json'))) as BundleJson;

const statementOf = (bundle: BundleJson): Statement =>
  JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as Statement;

/** `base64` with bit `bit` of byte `index` flipped. */
function flipBit(base64: string, index: number, bit = 0): string {
  const bytes = Buffer.from(base64, 'base64');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = bytes[at]! ^ (1 << bit);
  return bytes.toString('base64');
}

function sha256Hex(...parts: Buffer[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** The subject digest as the spec defines it: SHA-256 over the raw resource digests, in order. */
function withSubjectDigest(statement: Statement): Statement {
  statement.subject[0]!.digest.sha256 = sha256Hex(
    ...statement.predicate.resources.map((resource) => Buffer.from(String(resource.digest), 'hex')),
  );
  return statement;
}

const publicKey = loadPublicKey(readText(path.join(KEYS, 'signing-key-pub.pem')), 'signing-key-pub.pem');
/** The published test key of the key vectors; the certificate vector's leaf holds the same key. */
const privateKey = loadPrivateKey(readText(path.join(KEYS, 'signing-key.pem')), 'signing-key.pem');
const vectorRoot = parsePemCertificates(readText(path.join(KEYS, 'ca-cert.pem')), 'ca-cert.pem');
const fixtureCertificate = (name: string): ParsedCertificate =>
  parsePemCertificates(readText(path.join(OMS_CERTS, `${name}.pem`)), name)[0]!;
const fixtureKey = (name: string): KeyObject =>
  loadPrivateKey(readText(path.join(OMS_CERTS, `${name}.key`)), name);

/** Signs `payload` (bytes, or a statement to serialize) into `bundle` with `key`, over the DSSE PAE. */
function resign(bundle: BundleJson, payload: Buffer | Statement, key: KeyObject = privateKey): BundleJson {
  const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload), 'utf8');
  bundle.dsseEnvelope.payload = bytes.toString('base64');
  bundle.dsseEnvelope.signatures = [
    { sig: signData(key, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, bytes)).toString('base64') },
  ];
  return bundle;
}

/** The v1.1.0 key vector with its statement changed by `change`, signed again with its key. */
function signedKeyStatement(change: (statement: Statement) => void): BundleJson {
  const bundle = vectorBundle(KEY_V110);
  const statement = statementOf(bundle);
  change(statement);
  return resign(bundle, statement);
}

const keyTrust: Trust = { method: 'key', publicKey };
const certificateTrust: Trust = { method: 'certificate', anchors: vectorRoot };
const publicGood: TrustRoot = publicGoodTrustedRoot();
const sigstoreTrust: Trust = {
  method: 'sigstore',
  root: publicGood,
  policy: { identity: 'stefanb@us.ibm.com', issuer: 'https://sigstore.verify.ibm.com/oauth2' },
};
let runner: TaskRunner<RangeTask, Uint8Array>;

beforeAll(() => {
  runner = createHashRunner(1);
});

afterAll(async () => {
  await runner.close();
});

async function verify(
  vector: string,
  bundle: BundleJson | string,
  trust: Trust,
  ignorePaths: readonly string[] = ['ignore-me'],
): Promise<ModelVerification> {
  return verifyModel({
    root: MT,
    modelPath: vector,
    signaturePath: `${vector}/model.sig`,
    signatureText: typeof bundle === 'string' ? bundle : JSON.stringify(bundle),
    trust,
    ignorePaths,
    ignoreUnsignedFiles: false,
    runner,
  });
}

/** Verification fails on the signature alone, with exactly this reason. */
async function expectSignatureFailure(
  vector: string,
  bundle: BundleJson | string,
  trust: Trust,
  reason: string,
): Promise<void> {
  const result = await verify(vector, bundle, trust);
  expect(result.verified).toBe(false);
  expect(result.failures).toEqual([
    {
      kind: 'signature',
      file: `${vector}/model.sig`,
      message: `signature ${vector}/model.sig does not verify: ${reason}`,
    },
  ]);
}

async function expectVerified(vector: string, bundle: BundleJson, trust: Trust): Promise<ModelVerification> {
  const result = await verify(vector, bundle, trust);
  expect(result.failures).toEqual([]);
  expect(result.verified).toBe(true);
  return result;
}

const KEY_SIGNATURE_FAILS = 'the signature does not verify with the given public key';
const CERTIFICATE_SIGNATURE_FAILS = 'the signature does not verify with the signing certificate key';
const SIGSTORE_PAYLOAD_FAILS = `DSSE payload hash mismatch (TLOG_BODY_ERROR, ${PUBLIC_GOOD})`;

describe('the untouched vectors (controls for every test below)', () => {
  it('verify with their trust input', async () => {
    expect((await expectVerified(KEY_V110, vectorBundle(KEY_V110), keyTrust)).signer).toBe(
      'public key e8450dec4eb99dae',
    );
    await expectVerified(KEY_V101, vectorBundle(KEY_V101), keyTrust);
    expect((await expectVerified(CERT_V110, vectorBundle(CERT_V110), certificateTrust)).signer).toBe(
      'CN=intermediate-ca',
    );
    for (const vector of [SIGSTORE_V110, SIGSTORE_V101]) {
      const result = await expectVerified(vector, vectorBundle(vector), sigstoreTrust);
      expect(result.signer).toBe('stefanb@us.ibm.com (issuer https://sigstore.verify.ibm.com/oauth2)');
    }
  });

  it('verify after being signed again unchanged (so the re-signed cases below fail for their change)', async () => {
    await expectVerified(
      KEY_V110,
      signedKeyStatement(() => {}),
      keyTrust,
    );
    const bundle = vectorBundle(KEY_V110);
    // The exact payload bytes, not a re-serialization.
    await expectVerified(
      KEY_V110,
      resign(bundle, Buffer.from(bundle.dsseEnvelope.payload, 'base64')),
      keyTrust,
    );
    const certificate = vectorBundle(CERT_V110);
    await expectVerified(CERT_V110, resign(certificate, statementOf(certificate)), certificateTrust);
  });
});

describe('payload bytes', () => {
  /** Every `step`-th byte of the decoded statement, changed in one bit and encoded again. */
  function changedBytes(bundle: BundleJson, step: number): BundleJson[] {
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
    const variants: BundleJson[] = [];
    for (let index = 0; index < payload.length; index += step) {
      const copy = structuredClone(bundle);
      copy.dsseEnvelope.payload = flipBit(bundle.dsseEnvelope.payload, index, index % 7);
      variants.push(copy);
    }
    // The last byte too (a closing brace), wherever the step lands.
    const last = structuredClone(bundle);
    last.dsseEnvelope.payload = flipBit(bundle.dsseEnvelope.payload, -1);
    variants.push(last);
    return variants;
  }

  it('one changed byte anywhere fails a key signature', async () => {
    const variants = changedBytes(vectorBundle(KEY_V110), 13);
    expect(variants.length).toBeGreaterThan(50);
    for (const bundle of variants)
      await expectSignatureFailure(KEY_V110, bundle, keyTrust, KEY_SIGNATURE_FAILS);
  });

  it('one changed byte anywhere fails a certificate signature', async () => {
    for (const bundle of changedBytes(vectorBundle(CERT_V110), 29))
      await expectSignatureFailure(CERT_V110, bundle, certificateTrust, CERTIFICATE_SIGNATURE_FAILS);
  });

  it('one changed byte fails a Sigstore signature (payload hash in the log entry)', async () => {
    for (const vector of [SIGSTORE_V110, SIGSTORE_V101])
      for (const bundle of changedBytes(vectorBundle(vector), 181))
        await expectSignatureFailure(vector, bundle, sigstoreTrust, SIGSTORE_PAYLOAD_FAILS);
  });
});

describe('payload fields, changed without signing again', () => {
  const changes: Array<[string, (statement: Statement) => void]> = [
    ['a resource digest', (s) => (s.predicate.resources[0]!.digest = sha256Hex(Buffer.from('other')))],
    [
      'a resource added',
      (s) => s.predicate.resources.push({ ...s.predicate.resources[0]!, name: 'signme-3' }),
    ],
    ['a resource removed', (s) => s.predicate.resources.pop()],
    ['the subject digest', (s) => (s.subject[0]!.digest.sha256 = sha256Hex(Buffer.from('other')))],
    // Informative only, yet signed: the signature must still cover it.
    ['the subject name', (s) => (s.subject[0]!.name = 'another-model')],
    ['the ignore paths', (s) => (s.predicate.serialization.ignore_paths = ['signme-2'])],
  ];

  const cases: Array<[string, Trust, string]> = [
    [KEY_V110, keyTrust, KEY_SIGNATURE_FAILS],
    [CERT_V110, certificateTrust, CERTIFICATE_SIGNATURE_FAILS],
    [SIGSTORE_V110, sigstoreTrust, SIGSTORE_PAYLOAD_FAILS],
  ];
  /** The vector with its statement changed and encoded as the reference wrote it (2-space JSON). */
  const reencoded = (vector: string, change: (statement: Statement) => void): BundleJson => {
    const bundle = vectorBundle(vector);
    const statement = statementOf(bundle);
    change(statement);
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement, null, 2)).toString('base64');
    return bundle;
  };

  it('re-encoded unchanged, each vector still verifies (the encoding is byte for byte the same)', async () => {
    for (const [vector, trust] of cases)
      await expectVerified(
        vector,
        reencoded(vector, () => {}),
        trust,
      );
  });

  for (const [what, change] of changes) {
    it(`${what} fails every signature method`, async () => {
      for (const [vector, trust, reason] of cases)
        await expectSignatureFailure(vector, reencoded(vector, change), trust, reason);
    });
  }
});

describe('payload fields, signed again by the key holder', () => {
  const file = (name: string) => `${KEY_V110}/${name}`;

  it('a changed resource digest reports that file as modified', async () => {
    const bundle = signedKeyStatement((s) => {
      s.predicate.resources[0]!.digest = sha256Hex(Buffer.from('other'));
      withSubjectDigest(s);
    });
    const result = await verify(KEY_V110, bundle, keyTrust);
    expect(result.verified).toBe(false);
    expect(result.failures).toEqual([
      { kind: 'changed', file: file('signme-1'), message: `${file('signme-1')} was modified after signing` },
    ]);
    expect(result.matched).toBe(1);
  });

  it('an added resource is reported missing, a removed one as not covered', async () => {
    const added = await verify(
      KEY_V110,
      signedKeyStatement((s) => {
        s.predicate.resources.push({
          name: 'signme-3',
          algorithm: 'sha256',
          digest: sha256Hex(Buffer.from('3')),
        });
        withSubjectDigest(s);
      }),
      keyTrust,
    );
    expect(added.verified).toBe(false);
    expect(added.failures).toEqual([
      { kind: 'missing', file: file('signme-3'), message: `${file('signme-3')} is signed but missing` },
    ]);
    const removed = await verify(
      KEY_V110,
      signedKeyStatement((s) => {
        s.predicate.resources.pop();
        withSubjectDigest(s);
      }),
      keyTrust,
    );
    expect(removed.verified).toBe(false);
    expect(removed.failures).toEqual([
      {
        kind: 'extra',
        file: file('signme-2'),
        message: `${file('signme-2')} is not covered by the signature`,
      },
    ]);
  });

  it('a subject digest that is not the digest of the resources is rejected', async () => {
    const wrong = sha256Hex(Buffer.from('other'));
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s.subject[0]!.digest.sha256 = wrong)),
      keyTrust,
      `the subject digest ${wrong} is not the digest of the listed resources (92745110b1ab4368471cbe31664e10174e954b113a3df333db860317b2c6dec4)`,
    );
    // A changed resource list with the old subject digest is caught the same way.
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => s.predicate.resources.reverse()),
      keyTrust,
      `the subject digest 92745110b1ab4368471cbe31664e10174e954b113a3df333db860317b2c6dec4 is not the digest of the listed resources (${sha256Hex(
        Buffer.from('32dcb1f8e1ae52d5963e56a6ba06ab58b424c15ed2a6b70d2feca1d089370028', 'hex'),
        Buffer.from('bc9a717db6064a32cbe9eae6fc40651dd6d36ef1757183f590eff2b1765d7ebc', 'hex'),
      )})`,
    );
  });

  it('a subject digest that is not 64 lowercase hex digits is rejected', async () => {
    for (const digest of ['92745110B1AB4368471CBE31664E10174E954B113A3DF333DB860317B2C6DEC4', 'abcd', 42]) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => ((s.subject[0]!.digest as Record<string, unknown>).sha256 = digest)),
        keyTrust,
        'statement.subject[0].digest.sha256 must be 64 lowercase hex digits',
      );
    }
  });

  it('a changed subject name still verifies: the name is informative only', async () => {
    const result = await expectVerified(
      KEY_V110,
      signedKeyStatement((s) => (s.subject[0]!.name = 'another-model')),
      keyTrust,
    );
    expect(result.manifest?.modelName).toBe('another-model');
  });

  it('two subjects, or none, are rejected', async () => {
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => s.subject.push({ ...s.subject[0]!, name: 'second' })),
      keyTrust,
      'statement.subject must hold one entry, not 2',
    );
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s.subject = [])),
      keyTrust,
      'statement.subject must hold one entry, not 0',
    );
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => ((s as unknown as Record<string, unknown>).subject = s.subject[0])),
      keyTrust,
      'statement.subject must be a list',
    );
  });

  it('resource names that are absolute or leave the model are rejected', async () => {
    const names = [
      '/etc/passwd',
      '..',
      '../signme-1',
      'signme-1/../../etc/passwd',
      'sub/..',
      '..\\..\\etc\\passwd',
      'sub\\signme-1',
      'C:\\Windows\\win.ini',
      'sub//signme-1',
      'signme-1/',
      '',
      './signme-1',
      'sub/./signme-1',
      'signme-1\0.txt',
    ];
    for (const name of names) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => (s.predicate.resources[0]!.name = name)),
        keyTrust,
        `predicate.resources[0].name ${JSON.stringify(name)} is absolute or leaves the model`,
      );
    }
  });

  it('a resource listed twice, a `.` beside other files, or a name that is not a string is rejected', async () => {
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s.predicate.resources[1]!.name = 'signme-1')),
      keyTrust,
      'predicate.resources[1].name "signme-1" is listed twice',
    );
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s.predicate.resources[0]!.name = '.')),
      keyTrust,
      'predicate.resources names `.` (a single-file model) beside other files',
    );
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s.predicate.resources[0]!.name = ['signme-1'])),
      keyTrust,
      'predicate.resources[0].name must be a string',
    );
  });

  it('a resource algorithm other than the serialization hash is rejected', async () => {
    for (const algorithm of ['sha512', 'SHA256', 'blake2b', 'sha256-sharded-8', '']) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => (s.predicate.resources[1]!.algorithm = algorithm)),
        keyTrust,
        `predicate.resources[1].algorithm ${JSON.stringify(algorithm)} does not match the serialization (sha256)`,
      );
    }
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => delete s.predicate.resources[1]!.algorithm),
      keyTrust,
      'predicate.resources[1].algorithm must be a string',
    );
  });

  it('a resource digest of the wrong length, in uppercase or not hex is rejected', async () => {
    const digest = 'bc9a717db6064a32cbe9eae6fc40651dd6d36ef1757183f590eff2b1765d7ebc';
    const wrong = [
      digest.slice(0, 62),
      `${digest}00`,
      digest + digest, // a BLAKE2b-sized digest under sha256
      digest.toUpperCase(),
      `${digest.slice(0, 63)}G`,
      ` ${digest.slice(1)}`,
      '',
      Buffer.from(digest, 'hex').toString('base64'),
    ];
    for (const value of wrong) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => (s.predicate.resources[0]!.digest = value)),
        keyTrust,
        'predicate.resources[0].digest must be 64 lowercase hex digits',
      );
    }
  });

  it('an unknown serialization method or hash, or a bad allow_symlinks, is rejected', async () => {
    const cases: Array<[(serialization: Record<string, unknown>) => void, string]> = [
      [(x) => (x.method = 'tree'), 'predicate.serialization.method "tree" is not files or shards'],
      [(x) => (x.method = 'FILES'), 'predicate.serialization.method "FILES" is not files or shards'],
      [(x) => delete x.method, 'predicate.serialization.method must be a string'],
      [
        (x) => (x.hash_type = 'md5'),
        'predicate.serialization.hash_type "md5" is not supported (sha256, blake2b)',
      ],
      [
        (x) => (x.hash_type = 'SHA256'),
        'predicate.serialization.hash_type "SHA256" is not supported (sha256, blake2b)',
      ],
      [(x) => (x.hash_type = 1), 'predicate.serialization.hash_type must be a string'],
      [(x) => (x.allow_symlinks = 'false'), 'predicate.serialization.allow_symlinks must be true or false'],
      [(x) => delete x.allow_symlinks, 'predicate.serialization.allow_symlinks must be true or false'],
    ];
    for (const [change, reason] of cases) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => change(s.predicate.serialization)),
        keyTrust,
        reason,
      );
    }
  });

  /** The key vector serialized in 8-byte shards, as the reference writes it (shard_size 8). */
  function shardStatement(s: Statement, shardSize: unknown): void {
    const files = ['signme-1', 'signme-2'].map(
      (name) => [name, readFileSync(path.join(MT, KEY_V110, name))] as const,
    );
    s.predicate.serialization = { ...s.predicate.serialization, method: 'shards', shard_size: shardSize };
    s.predicate.resources = files.flatMap(([name, bytes]) => {
      const shards: Resource[] = [];
      for (let start = 0; start < bytes.length; start += 8) {
        const end = Math.min(start + 8, bytes.length);
        shards.push({
          name: `${name}:${start}:${end}`,
          algorithm: 'sha256-sharded-8',
          digest: sha256Hex(bytes.subarray(start, end)),
        });
      }
      return shards;
    });
    withSubjectDigest(s);
  }

  it('a shard size that is not a positive whole number is rejected', async () => {
    // Control: the same payload with shard_size 8 verifies (three shards).
    const control = await expectVerified(
      KEY_V110,
      signedKeyStatement((s) => shardStatement(s, 8)),
      keyTrust,
    );
    expect(control.manifest?.resources.map((resource) => resource.name)).toEqual([
      'signme-1:0:8',
      'signme-1:8:9',
      'signme-2:0:8',
    ]);
    for (const size of [0, -8, 8.5, '8', null, 2 ** 53]) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => shardStatement(s, size)),
        keyTrust,
        'predicate.serialization.shard_size must be a positive integer',
      );
    }
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => {
        shardStatement(s, 8);
        delete s.predicate.serialization.shard_size;
      }),
      keyTrust,
      'predicate.serialization.shard_size must be a positive integer',
    );
  });

  it('shard names that are not path:start:end, or whose path leaves the model, are rejected', async () => {
    for (const name of [
      'signme-1',
      'signme-1:8',
      'signme-1:8:8',
      'signme-1:9:8',
      'signme-1:-1:8',
      'signme-1:00:8',
    ]) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => {
          shardStatement(s, 8);
          s.predicate.resources[0]!.name = name;
        }),
        keyTrust,
        `predicate.resources[0].name ${JSON.stringify(name)} is not path:start:end`,
      );
    }
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => {
        shardStatement(s, 8);
        s.predicate.resources[0]!.name = '../signme-1:0:8';
      }),
      keyTrust,
      'predicate.resources[0].name "../signme-1:0:8" is absolute or leaves the model',
    );
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => {
        shardStatement(s, 8);
        s.predicate.resources[0]!.algorithm = 'sha256-sharded-16';
      }),
      keyTrust,
      'predicate.resources[0].algorithm "sha256-sharded-16" does not match the serialization (sha256-sharded-8)',
    );
  });

  it('ignore paths that are absolute or leave the model are rejected', async () => {
    const values: unknown[] = ['..', '../signme-1', '/etc', '.', 'a/../..', 'a\\b', '', 42];
    for (const value of values) {
      await expectSignatureFailure(
        KEY_V110,
        signedKeyStatement((s) => (s.predicate.serialization.ignore_paths = ['ignore-me', value])),
        keyTrust,
        'predicate.serialization.ignore_paths[1] must be a relative path inside the model',
      );
    }
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s.predicate.serialization.ignore_paths = 'ignore-me')),
      keyTrust,
      'predicate.serialization.ignore_paths must be a list',
    );
  });

  it('a signed ignore path cannot hide a signed file', async () => {
    const result = await verify(
      KEY_V110,
      signedKeyStatement((s) => (s.predicate.serialization.ignore_paths = ['ignore-me', 'signme-1'])),
      keyTrust,
      [],
    );
    expect(result.verified).toBe(false);
    expect(result.failures).toEqual([
      { kind: 'missing', file: file('signme-1'), message: `${file('signme-1')} is signed but missing` },
    ]);
  });

  it('a statement of another type or predicate is rejected', async () => {
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s._type = 'https://in-toto.io/Statement/v0.1')),
      keyTrust,
      'statement._type must be https://in-toto.io/Statement/v1',
    );
    await expectSignatureFailure(
      KEY_V110,
      signedKeyStatement((s) => (s.predicateType = 'https://slsa.dev/provenance/v1')),
      keyTrust,
      'statement.predicateType "https://slsa.dev/provenance/v1" is not https://model_signing/signature/v1.0',
    );
    await expectSignatureFailure(
      KEY_V110,
      resign(vectorBundle(KEY_V110), Buffer.from('[1,2,3]')),
      keyTrust,
      'the payload is not a JSON object',
    );
  });
});

describe('payloadType', () => {
  it('anything but the in-toto type is rejected, even when the signature covers it', async () => {
    for (const vector of [KEY_V110, CERT_V110, SIGSTORE_V110]) {
      const trust = vector === KEY_V110 ? keyTrust : vector === CERT_V110 ? certificateTrust : sigstoreTrust;
      for (const payloadType of [
        'application/json',
        'application/vnd.in-toto+json ',
        'APPLICATION/VND.IN-TOTO+JSON',
      ]) {
        const bundle = vectorBundle(vector);
        bundle.dsseEnvelope.payloadType = payloadType;
        await expectSignatureFailure(
          vector,
          bundle,
          trust,
          `dsseEnvelope.payloadType must be application/vnd.in-toto+json, not ${JSON.stringify(payloadType)}`,
        );
      }
      const missing = vectorBundle(vector);
      delete missing.dsseEnvelope.payloadType;
      await expectSignatureFailure(
        vector,
        missing,
        trust,
        'dsseEnvelope.payloadType must be application/vnd.in-toto+json, not undefined',
      );
    }
    // Signed over the PAE with the other type: the signature is valid, the type still is not.
    const bundle = vectorBundle(KEY_V110);
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
    bundle.dsseEnvelope.payloadType = 'application/json';
    bundle.dsseEnvelope.signatures = [
      { sig: signData(privateKey, preAuthEncoding('application/json', payload)).toString('base64') },
    ];
    await expectSignatureFailure(
      KEY_V110,
      bundle,
      keyTrust,
      'dsseEnvelope.payloadType must be application/vnd.in-toto+json, not "application/json"',
    );
  });
});

describe('the DSSE signature', () => {
  const withSignatures = (vector: string, signatures: Array<{ sig: string }>): BundleJson => {
    const bundle = vectorBundle(vector);
    bundle.dsseEnvelope.signatures = signatures;
    return bundle;
  };
  const signatureOf = (vector: string) => vectorBundle(vector).dsseEnvelope.signatures[0]!.sig;

  it('a flipped bit anywhere fails a key or certificate signature', async () => {
    for (const [vector, trust, reason] of [
      [KEY_V110, keyTrust, KEY_SIGNATURE_FAILS],
      [CERT_V110, certificateTrust, CERTIFICATE_SIGNATURE_FAILS],
    ] as const) {
      const length = Buffer.from(signatureOf(vector), 'base64').length;
      for (let index = 0; index < length; index += 5) {
        await expectSignatureFailure(
          vector,
          withSignatures(vector, [{ sig: flipBit(signatureOf(vector), index, index % 8) }]),
          trust,
          reason,
        );
      }
    }
  });

  it('a truncated or extended signature fails', async () => {
    const bytes = Buffer.from(signatureOf(KEY_V110), 'base64');
    for (const changed of [
      bytes.subarray(0, bytes.length - 1),
      bytes.subarray(0, 8),
      Buffer.concat([bytes, Buffer.from([0])]),
    ]) {
      await expectSignatureFailure(
        KEY_V110,
        withSignatures(KEY_V110, [{ sig: changed.toString('base64') }]),
        keyTrust,
        KEY_SIGNATURE_FAILS,
      );
    }
  });

  it('a signature by the key, but over the bare payload or with SHA-256, fails', async () => {
    const bundle = vectorBundle(KEY_V110);
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
    const overPayload = signData(privateKey, payload);
    const withSha256 = sign('sha256', preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload), privateKey);
    for (const signature of [overPayload, withSha256]) {
      await expectSignatureFailure(
        KEY_V110,
        withSignatures(KEY_V110, [{ sig: signature.toString('base64') }]),
        keyTrust,
        KEY_SIGNATURE_FAILS,
      );
    }
  });

  it('an empty or non-base64 signature is malformed', async () => {
    for (const sig of ['', '!!!!', 'a b']) {
      await expectSignatureFailure(
        KEY_V110,
        withSignatures(KEY_V110, [{ sig }]),
        keyTrust,
        'dsseEnvelope.signatures[0].sig must be non-empty base64',
      );
    }
    await expectSignatureFailure(
      KEY_V110,
      withSignatures(KEY_V110, [{} as { sig: string }]),
      keyTrust,
      'dsseEnvelope.signatures[0].sig must be non-empty base64',
    );
  });

  it('two signatures, or none, are rejected for every method', async () => {
    for (const [vector, trust] of [
      [KEY_V110, keyTrust],
      [CERT_V110, certificateTrust],
      [SIGSTORE_V110, sigstoreTrust],
    ] as const) {
      const valid = { sig: signatureOf(vector) };
      const other = { sig: flipBit(signatureOf(vector), 20) };
      for (const signatures of [[valid, valid], [valid, other], [other, valid], []]) {
        await expectSignatureFailure(
          vector,
          withSignatures(vector, signatures),
          trust,
          'dsseEnvelope.signatures must hold exactly one signature',
        );
      }
    }
  });

  it('a flipped signature bit fails a Sigstore signature', async () => {
    await expectSignatureFailure(
      SIGSTORE_V101,
      withSignatures(SIGSTORE_V101, [{ sig: flipBit(signatureOf(SIGSTORE_V101), 20) }]),
      sigstoreTrust,
      `tlog entry signature mismatch (TLOG_BODY_ERROR, ${PUBLIC_GOOD})`,
    );
    // v1.1.0 also carries an RFC 3161 timestamp over the signature, which is checked first.
    await expectSignatureFailure(
      SIGSTORE_V110,
      withSignatures(SIGSTORE_V110, [{ sig: flipBit(signatureOf(SIGSTORE_V110), 20) }]),
      sigstoreTrust,
      `timestamp could not be verified (TIMESTAMP_ERROR, ${PUBLIC_GOOD})`,
    );
  });
});

describe('key signatures: the key the user gives, never one from the bundle', () => {
  const otherKeys = () => generateKeyPairSync('ec', { namedCurve: 'P-384' });

  it('a hint naming another key fails, although the signature itself is valid', async () => {
    const { publicKey: other } = otherKeys();
    // The hint of another key, and one of the given key with its last digit changed.
    for (const hint of [publicKeyHint(other), '0'.repeat(64), `${publicKeyHint(publicKey).slice(0, 63)}f`]) {
      const bundle = vectorBundle(KEY_V110);
      bundle.verificationMaterial.publicKey = { hint };
      await expectSignatureFailure(
        KEY_V110,
        bundle,
        keyTrust,
        `the signature names key ${hint}, not the given public key (e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e)`,
      );
    }
  });

  it('the bundle signed by another key fails with the given key, whatever the bundle names', async () => {
    const { privateKey: otherPrivate, publicKey: otherPublic } = otherKeys();
    // v1.1.0: the hint names the other key (which it really signed with).
    const hinted = vectorBundle(KEY_V110);
    resign(hinted, Buffer.from(hinted.dsseEnvelope.payload, 'base64'), otherPrivate);
    hinted.verificationMaterial.publicKey = { hint: publicKeyHint(otherPublic) };
    await expectSignatureFailure(
      KEY_V110,
      hinted,
      keyTrust,
      `the signature names key ${publicKeyHint(otherPublic)}, not the given public key (e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e)`,
    );
    // The same bundle with the given key's hint: the hint matches, the signature does not.
    hinted.verificationMaterial.publicKey = { hint: publicKeyHint(publicKey) };
    await expectSignatureFailure(KEY_V110, hinted, keyTrust, KEY_SIGNATURE_FAILS);
  });

  it('v1.0.x rawBytes replaced by another key that signed the payload: fails with the given key', async () => {
    const { privateKey: otherPrivate, publicKey: otherPublic } = otherKeys();
    const forged = vectorBundle(KEY_V101);
    expect(Buffer.from(forged.verificationMaterial.publicKey!.rawBytes!, 'base64').toString('utf8')).toMatch(
      /^-----BEGIN PUBLIC KEY-----/,
    );
    forged.verificationMaterial.publicKey!.rawBytes = Buffer.from(
      otherPublic.export({ type: 'spki', format: 'pem' }),
    ).toString('base64');
    resign(forged, Buffer.from(forged.dsseEnvelope.payload, 'base64'), otherPrivate);
    await expectSignatureFailure(KEY_V101, forged, keyTrust, KEY_SIGNATURE_FAILS);
    // Control: the forged bundle is otherwise valid (it verifies with the other key).
    await expectVerified(KEY_V101, forged, { method: 'key', publicKey: otherPublic });
  });

  it('v1.0.x rawBytes replaced, signature untouched: the bundle key is ignored', async () => {
    const bundle = vectorBundle(KEY_V101);
    bundle.verificationMaterial.publicKey!.rawBytes = Buffer.from(
      otherKeys().publicKey.export({ type: 'spki', format: 'pem' }),
    ).toString('base64');
    await expectVerified(KEY_V101, bundle, keyTrust);
  });

  it('another given key fails the v1.0.x bundle (no hint to compare)', async () => {
    await expectSignatureFailure(
      KEY_V101,
      vectorBundle(KEY_V101),
      { method: 'key', publicKey: otherKeys().publicKey },
      KEY_SIGNATURE_FAILS,
    );
  });

  it('a public key with neither hint nor rawBytes is malformed', async () => {
    const bundle = vectorBundle(KEY_V110);
    bundle.verificationMaterial.publicKey = {};
    await expectSignatureFailure(
      KEY_V110,
      bundle,
      keyTrust,
      'verificationMaterial.publicKey needs a hint or rawBytes',
    );
  });
});

describe('certificate chains', () => {
  const chainOf = (bundle: BundleJson) => bundle.verificationMaterial.x509CertificateChain!.certificates;
  const withChain = (certificates: Array<Buffer | string>): BundleJson => {
    const bundle = vectorBundle(CERT_V110);
    bundle.verificationMaterial.x509CertificateChain = {
      certificates: certificates.map((der) => ({
        rawBytes: Buffer.isBuffer(der) ? der.toString('base64') : der,
      })),
    };
    return bundle;
  };
  const [vectorLeaf, vectorIntermediate] = chainOf(vectorBundle(CERT_V110)).map(
    (entry) => entry.rawBytes,
  ) as [string, string];

  it('the intermediate removed: the chain no longer reaches the anchor', async () => {
    await expectSignatureFailure(
      CERT_V110,
      withChain([vectorLeaf]),
      certificateTrust,
      'the certificate chain does not lead to a trusted certificate: nothing given issued CN=intermediate-ca',
    );
  });

  it('no anchor given, or another anchor, fails', async () => {
    await expectSignatureFailure(
      CERT_V110,
      vectorBundle(CERT_V110),
      { method: 'certificate', anchors: [] },
      'no trusted certificate was given (certificate-chain)',
    );
    await expectSignatureFailure(
      CERT_V110,
      vectorBundle(CERT_V110),
      { method: 'certificate', anchors: [fixtureCertificate('root-ca')] },
      'the certificate chain does not lead to a trusted certificate: nothing given issued CN=intermediate-ca',
    );
  });

  it('the leaf swapped for another certificate fails', async () => {
    const otherLeaf = fixtureCertificate('leaf-good').der;
    // Under the vector's intermediate it chains nowhere.
    await expectSignatureFailure(
      CERT_V110,
      withChain([otherLeaf, vectorIntermediate]),
      certificateTrust,
      'the certificate chain does not lead to a trusted certificate: nothing given issued CN=mlsec-test-leaf-good',
    );
    // With its own (trusted) chain, it chains, but its key did not sign the payload.
    await expectSignatureFailure(
      CERT_V110,
      withChain([otherLeaf, fixtureCertificate('intermediate-ca').der]),
      { method: 'certificate', anchors: [...vectorRoot, fixtureCertificate('root-ca')] },
      CERTIFICATE_SIGNATURE_FAILS,
    );
    // The intermediate put first as the signing certificate: it may not sign data.
    await expectSignatureFailure(
      CERT_V110,
      withChain([vectorIntermediate, vectorLeaf]),
      certificateTrust,
      'signing certificate CN=intermediate-ca does not allow digitalSignature (key usage)',
    );
  });

  it('a flipped bit in a certificate fails', async () => {
    // In the leaf's signature (the last bytes): the intermediate no longer issued it.
    await expectSignatureFailure(
      CERT_V110,
      withChain([flipBit(vectorLeaf, -3), vectorIntermediate]),
      certificateTrust,
      'the certificate chain does not lead to a trusted certificate: nothing given issued CN=intermediate-ca',
    );
    // In the intermediate's: the root no longer issued it.
    await expectSignatureFailure(
      CERT_V110,
      withChain([vectorLeaf, flipBit(vectorIntermediate, -3)]),
      certificateTrust,
      'the certificate chain does not lead to a trusted certificate: nothing given issued CN=intermediate-ca',
    );
    // In the DER structure: not a certificate at all.
    const result = await verify(
      CERT_V110,
      withChain([flipBit(vectorLeaf, 0, 5), vectorIntermediate]),
      certificateTrust,
    );
    expect(result.verified).toBe(false);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.message).toMatch(
      /^signature v1\.1\.0-certificate\/model\.sig does not verify: bundle certificate 1 is not a valid X\.509 certificate \(.+\)$/,
    );
  });

  it('an empty or malformed chain is rejected', async () => {
    await expectSignatureFailure(
      CERT_V110,
      withChain([]),
      certificateTrust,
      'verificationMaterial.x509CertificateChain.certificates must be a non-empty list',
    );
    await expectSignatureFailure(
      CERT_V110,
      withChain(['not base64!']),
      certificateTrust,
      'verificationMaterial.x509CertificateChain.certificates[0].rawBytes must be non-empty base64',
    );
  });

  /** The vector leaf with one DER byte changed: `offset` bytes into the first `marker` (hex). */
  function leafWithByte(marker: string, offset: number, value: number): string {
    const der = Buffer.from(vectorLeaf, 'base64');
    const at = der.indexOf(Buffer.from(marker, 'hex'));
    expect(at).toBeGreaterThan(0);
    der[at + offset] = value;
    return der.toString('base64');
  }
  const MALFORMED_LEAVES = {
    // extendedKeyUsage: the SEQUENCE of OIDs tagged 0x20 instead of 0x30.
    'extended key usage': () => leafWithByte('300a06082b06010505070303', 0, 0x20),
    // keyUsage: the BIT STRING tagged 0x04 instead of 0x03.
    'key usage': () => leafWithByte('0603551d0f0101ff0404030207', 10, 0x04),
  };

  for (const [what, leaf] of Object.entries(MALFORMED_LEAVES)) {
    it(`a leaf with a malformed ${what} never verifies`, async () => {
      const verified = await verify(
        CERT_V110,
        withChain([leaf(), vectorIntermediate]),
        certificateTrust,
      ).then(
        (result) => result.verified,
        () => false,
      );
      expect(verified).toBe(false);
    });

    // Regression (fixed; src/checks/oms/x509.ts, assertCanSign): the leaf's key usage extensions are decoded
    // (by @sigstore/core, lazily) before anything checks the certificate's signature, and their
    // ASN1ParseError / ASN1TypeError is not a CertificateError: verifyModel rejects with it instead
    // of reporting a signature failure, for any bundle an attacker crafts this way.
    //
    it(`a leaf with a malformed ${what} is reported as a signature failure, not thrown`, async () => {
      const result = await verify(CERT_V110, withChain([leaf(), vectorIntermediate]), certificateTrust);
      expect(result.verified).toBe(false);
      expect(result.failures.map((failure) => failure.kind)).toEqual(['signature']);
    });
  }

  /** The vector's statement signed with a fixture leaf's key, carrying that leaf's chain. */
  async function fixtureSigned(leaf: string, intermediate: string, reason: string): Promise<void> {
    const bundle = vectorBundle(CERT_V110);
    resign(bundle, statementOf(bundle), fixtureKey(leaf));
    bundle.verificationMaterial.x509CertificateChain = {
      certificates: [leaf, intermediate].map((name) => ({
        rawBytes: fixtureCertificate(name).der.toString('base64'),
      })),
    };
    await expectSignatureFailure(
      CERT_V110,
      bundle,
      { method: 'certificate', anchors: [fixtureCertificate('root-ca')] },
      reason,
    );
  }

  it('a leaf that may not sign code fails, although its signature is valid', async () => {
    await fixtureSigned(
      'leaf-no-digital-signature',
      'intermediate-ca',
      'signing certificate CN=mlsec-test-leaf-no-digital-signature does not allow digitalSignature (key usage)',
    );
    await fixtureSigned(
      'leaf-server-auth',
      'intermediate-ca',
      'signing certificate CN=mlsec-test-leaf-server-auth does not allow codeSigning (extended key usage)',
    );
    await fixtureSigned(
      'leaf-no-key-usage',
      'intermediate-ca',
      'signing certificate CN=mlsec-test-leaf-no-key-usage states no key usage; it must allow digitalSignature or codeSigning',
    );
    // Control: the good leaf, signed the same way, verifies.
    const bundle = vectorBundle(CERT_V110);
    resign(bundle, statementOf(bundle), fixtureKey('leaf-good'));
    bundle.verificationMaterial.x509CertificateChain = {
      certificates: ['leaf-good', 'intermediate-ca'].map((name) => ({
        rawBytes: fixtureCertificate(name).der.toString('base64'),
      })),
    };
    const result = await expectVerified(CERT_V110, bundle, {
      method: 'certificate',
      anchors: [fixtureCertificate('root-ca')],
    });
    expect(result.signer).toBe('CN=mlsec-test-leaf-good');
  });

  it('an intermediate that is no CA, or expired at signing time, fails', async () => {
    await fixtureSigned(
      'leaf-under-not-ca',
      'intermediate-not-ca',
      'intermediate certificate CN=mlsec-test-intermediate-not-ca is not a CA certificate',
    );
    await fixtureSigned(
      'leaf-under-expired',
      'intermediate-expired',
      'intermediate certificate CN=mlsec-test-intermediate-expired is not valid at the signing time 2025-06-01T00:00:00.000Z (valid 2025-01-01T00:00:00.000Z to 2025-03-01T00:00:00.000Z)',
    );
  });
});

describe('the Sigstore certificate and transparency log entry', () => {
  const CHAIN_FAILS = `Failed to verify certificate chain (CERTIFICATE_ERROR, ${PUBLIC_GOOD})`;
  const PROMISE_FAILS = `inclusion promise could not be verified (TLOG_INCLUSION_PROMISE_ERROR, ${PUBLIC_GOOD})`;
  const entryOf = (bundle: BundleJson) => bundle.verificationMaterial.tlogEntries[0]!;
  const changed = (vector: string, change: (bundle: BundleJson) => void): BundleJson => {
    const bundle = vectorBundle(vector);
    change(bundle);
    return bundle;
  };

  it('a certificate swapped for another valid Fulcio certificate fails', async () => {
    const fromV101 = vectorBundle(SIGSTORE_V101).verificationMaterial.certificate!.rawBytes;
    const fromAttestation = attestationBundle().verificationMaterial.certificate!.rawBytes;
    // Neither was valid when the log saw this signature, nor holds the key that made it.
    for (const rawBytes of [fromV101, fromAttestation]) {
      await expectSignatureFailure(
        SIGSTORE_V110,
        changed(SIGSTORE_V110, (b) => (b.verificationMaterial.certificate = { rawBytes })),
        sigstoreTrust,
        CHAIN_FAILS,
      );
    }
  });

  it('a flipped bit in the certificate fails the chain', async () => {
    const rawBytes = vectorBundle(SIGSTORE_V110).verificationMaterial.certificate!.rawBytes;
    const length = Buffer.from(rawBytes, 'base64').length;
    for (const index of [300, 500, length - 10]) {
      await expectSignatureFailure(
        SIGSTORE_V110,
        changed(
          SIGSTORE_V110,
          (b) => (b.verificationMaterial.certificate = { rawBytes: flipBit(rawBytes, index) }),
        ),
        sigstoreTrust,
        CHAIN_FAILS,
      );
    }
  });

  it('a flipped bit in the signed entry timestamp fails', async () => {
    for (const vector of [SIGSTORE_V110, SIGSTORE_V101]) {
      await expectSignatureFailure(
        vector,
        changed(vector, (b) => {
          const promise = entryOf(b).inclusionPromise!;
          promise.signedEntryTimestamp = flipBit(promise.signedEntryTimestamp, 30);
        }),
        sigstoreTrust,
        PROMISE_FAILS,
      );
    }
  });

  it('a changed logIndex or integratedTime fails the inclusion promise', async () => {
    for (const vector of [SIGSTORE_V110, SIGSTORE_V101]) {
      for (const change of [
        (entry: TlogEntry) => (entry.logIndex = String(Number(entry.logIndex) + 1)),
        (entry: TlogEntry) => (entry.logIndex = '0'),
        (entry: TlogEntry) => (entry.integratedTime = String(Number(entry.integratedTime) + 1)),
        (entry: TlogEntry) => (entry.integratedTime = String(Number(entry.integratedTime) - 1)),
      ]) {
        await expectSignatureFailure(
          vector,
          changed(vector, (b) => change(entryOf(b))),
          sigstoreTrust,
          PROMISE_FAILS,
        );
      }
      // A day earlier the 10-minute certificate was not yet valid: that is found first.
      await expectSignatureFailure(
        vector,
        changed(
          vector,
          (b) => (entryOf(b).integratedTime = String(Number(entryOf(b).integratedTime) - 86_400)),
        ),
        sigstoreTrust,
        CHAIN_FAILS,
      );
    }
  });

  it('the entry removed fails', async () => {
    for (const vector of [SIGSTORE_V110, SIGSTORE_V101]) {
      await expectSignatureFailure(
        vector,
        changed(vector, (b) => (b.verificationMaterial.tlogEntries = [])),
        sigstoreTrust,
        'a keyless signature must carry a transparency log entry',
      );
    }
  });

  it('a changed entry body fails', async () => {
    for (const vector of [SIGSTORE_V110, SIGSTORE_V101]) {
      await expectSignatureFailure(
        vector,
        changed(vector, (b) => (entryOf(b).canonicalizedBody = flipBit(entryOf(b).canonicalizedBody, 60))),
        sigstoreTrust,
        PROMISE_FAILS,
      );
    }
  });

  it('a changed inclusion proof fails', async () => {
    await expectSignatureFailure(
      SIGSTORE_V110,
      changed(SIGSTORE_V110, (b) => {
        const proof = entryOf(b).inclusionProof!;
        proof.hashes[0] = flipBit(proof.hashes[0]!, 3);
      }),
      sigstoreTrust,
      `calculated root hash does not match inclusion proof (TLOG_INCLUSION_PROOF_ERROR, ${PUBLIC_GOOD})`,
    );
  });

  it('v1.0.1 without its inclusion promise has no trusted time and fails', async () => {
    await expectSignatureFailure(
      SIGSTORE_V101,
      changed(SIGSTORE_V101, (b) => delete entryOf(b).inclusionPromise),
      sigstoreTrust,
      `expected 1 timestamps, got 0 (TIMESTAMP_ERROR, ${PUBLIC_GOOD})`,
    );
  });

  it('a signer other than the policy names is an identity failure', async () => {
    const result = await verify(SIGSTORE_V110, vectorBundle(SIGSTORE_V110), {
      method: 'sigstore',
      root: publicGood,
      policy: { identity: 'mallory@example.com', issuer: 'https://sigstore.verify.ibm.com/oauth2' },
    });
    expect(result.verified).toBe(false);
    expect(result.failures).toEqual([
      {
        kind: 'identity',
        file: `${SIGSTORE_V110}/model.sig`,
        message: `signature ${SIGSTORE_V110}/model.sig is valid but its signer does not match the policy: signed by stefanb@us.ibm.com, not mallory@example.com`,
      },
    ]);
  });

  /** v1.1.0 with its inclusion promise removed and integratedTime set to 2100-01-01. */
  const unsignedTime = () =>
    changed(SIGSTORE_V110, (b) => {
      delete entryOf(b).inclusionPromise;
      entryOf(b).integratedTime = '4102444800';
    });

  it('v1.1.0 without its inclusion promise still verifies (inclusion proof and RFC 3161 timestamp)', async () => {
    await expectVerified(SIGSTORE_V110, unsignedTime(), sigstoreTrust);
  });

  // Regression (fixed; src/checks/oms/sigstore.ts, verifySigstoreBundle): `signedAt` is the latest tlog
  // `integratedTime`, whether or not an inclusion promise signs it. Without the promise (the bundle
  // still verifies, see above) that time is unsigned, and any value is reported as the signing
  // time.
  it('an unsigned integratedTime is not reported as the signing time', async () => {
    const result = await verify(SIGSTORE_V110, unsignedTime(), sigstoreTrust);
    expect(result.signedAt?.toISOString()).not.toBe('2100-01-01T00:00:00.000Z');
  });
});

describe('mediaType', () => {
  it('bundle v0.1 is refused as an unsupported bundle version', async () => {
    for (const [vector, trust] of [
      [KEY_V110, keyTrust],
      [SIGSTORE_V110, sigstoreTrust],
    ] as const) {
      const bundle = vectorBundle(vector);
      bundle.mediaType = BUNDLE_V01;
      await expectSignatureFailure(
        vector,
        bundle,
        trust,
        `unsupported bundle version "${BUNDLE_V01}" (bundles v0.2 and v0.3 are supported)`,
      );
    }
    const future = vectorBundle(KEY_V110);
    future.mediaType = 'application/vnd.dev.sigstore.bundle.v0.4+json';
    await expectSignatureFailure(
      KEY_V110,
      future,
      keyTrust,
      'unsupported bundle version "application/vnd.dev.sigstore.bundle.v0.4+json" (bundles v0.2 and v0.3 are supported)',
    );
  });

  it('anything that is not a Sigstore bundle media type is rejected', async () => {
    for (const mediaType of [
      '',
      'application/json',
      'garbage',
      42,
      null,
      undefined,
      'APPLICATION/VND.DEV.SIGSTORE.BUNDLE.V0.3+JSON',
    ]) {
      const bundle = vectorBundle(KEY_V110);
      bundle.mediaType = mediaType;
      await expectSignatureFailure(
        KEY_V110,
        bundle,
        keyTrust,
        'mediaType is not a Sigstore bundle media type',
      );
    }
  });

  it('a file that is not a bundle is rejected', async () => {
    await expectSignatureFailure(KEY_V110, '', keyTrust, 'the signature file is empty');
    await expectSignatureFailure(KEY_V110, '[]', keyTrust, 'not a JSON object');
    const truncated = JSON.stringify(vectorBundle(KEY_V110)).slice(0, 100);
    const result = await verify(KEY_V110, truncated, keyTrust);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.message).toMatch(
      /^signature v1\.1\.0-elliptic-key\/model\.sig does not verify: not JSON \(.+\)$/,
    );
  });
});

describe('verification material of the wrong kind for the method', () => {
  it('is refused, naming the method the bundle needs', async () => {
    const cases: Array<[string, Trust, string]> = [
      [KEY_V110, certificateTrust, 'the bundle carries a public key, not a certificate chain'],
      [
        KEY_V110,
        { method: 'sigstore', root: publicGoodTrustedRoot(), policy: { identity: 'x' } },
        'the bundle was signed with a key, not keylessly (use method: key)',
      ],
      [
        CERT_V110,
        keyTrust,
        'the bundle carries a certificate chain, not a public key (use method: certificate)',
      ],
      [
        CERT_V110,
        { method: 'sigstore', root: publicGoodTrustedRoot(), policy: { identity: 'x' } },
        // A chain in a v0.3 bundle is how the certificate method signs, never a keyless signature.
        'the bundle carries a certificate chain, not a Sigstore certificate (use method: certificate)',
      ],
      [
        SIGSTORE_V110,
        keyTrust,
        'the bundle carries a Sigstore certificate, not a public key (use method: sigstore)',
      ],
      [SIGSTORE_V110, certificateTrust, 'the bundle carries a Sigstore certificate, not a certificate chain'],
    ];
    for (const [vector, trust, reason] of cases)
      await expectSignatureFailure(vector, vectorBundle(vector), trust, reason);
  });

  it('a bundle with two kinds of material is malformed', async () => {
    const bundle = vectorBundle(CERT_V110);
    bundle.verificationMaterial.publicKey = { hint: publicKeyHint(publicKey) };
    for (const trust of [keyTrust, certificateTrust]) {
      await expectSignatureFailure(
        CERT_V110,
        bundle,
        trust,
        'verificationMaterial must hold exactly one of publicKey, x509CertificateChain and certificate',
      );
    }
  });
});

describe('artifact attestation (sigstore-js 2.1.0)', () => {
  const policy: AttestationPolicy = {
    predicateType: SLSA_PROVENANCE_V1,
    identity: /^https:\/\/github\.com\/sigstore\//u,
    issuer: GITHUB_ACTIONS_ISSUER,
    repository: 'sigstore/sigstore-js',
  };
  let digests: Record<string, string>;
  beforeAll(async () => {
    digests = await artifactDigests(path.join(VECTORS, 'npm/sigstore-2.1.0.tgz'));
  });
  const attest = (bundle: BundleJson | string) =>
    verifyAttestations(
      typeof bundle === 'string' ? bundle : JSON.stringify(bundle),
      digests,
      publicGood,
      policy,
    );
  const changed = (change: (bundle: BundleJson) => void): BundleJson => {
    const bundle = attestationBundle();
    change(bundle);
    return bundle;
  };
  const rejected = (problem: string) => ({ verified: false, problems: [problem] });
  const entryOf = (bundle: BundleJson) => bundle.verificationMaterial.tlogEntries[0]!;

  it('verifies untouched (control)', () => {
    expect(attest(attestationBundle())).toEqual({
      verified: true,
      problems: [],
      signer:
        'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main (issuer https://token.actions.githubusercontent.com)',
      predicateType: SLSA_PROVENANCE_V1,
      signedAt: new Date(1693323623 * 1000),
    });
  });

  it('fails with a changed payload byte, signature or payloadType', () => {
    const payloadLength = Buffer.from(attestationBundle().dsseEnvelope.payload, 'base64').length;
    for (const index of [0, 100, Math.floor(payloadLength / 2), payloadLength - 1]) {
      expect(
        attest(changed((b) => (b.dsseEnvelope.payload = flipBit(b.dsseEnvelope.payload, index)))),
      ).toEqual(rejected(`DSSE payload hash mismatch (TLOG_BODY_ERROR, ${PUBLIC_GOOD})`));
    }
    expect(
      attest(
        changed((b) => (b.dsseEnvelope.signatures[0]!.sig = flipBit(b.dsseEnvelope.signatures[0]!.sig, 20))),
      ),
    ).toEqual(rejected(`tlog entry signature mismatch (TLOG_BODY_ERROR, ${PUBLIC_GOOD})`));
    expect(attest(changed((b) => (b.dsseEnvelope.payloadType = 'application/json')))).toEqual(
      rejected('dsseEnvelope.payloadType must be application/vnd.in-toto+json, not "application/json"'),
    );
    expect(attest(changed((b) => b.dsseEnvelope.signatures.push(b.dsseEnvelope.signatures[0]!)))).toEqual(
      rejected('dsseEnvelope.signatures must hold exactly one signature'),
    );
  });

  it('fails with the certificate swapped or changed', () => {
    const other = vectorBundle(SIGSTORE_V110).verificationMaterial.certificate!.rawBytes;
    expect(attest(changed((b) => (b.verificationMaterial.certificate = { rawBytes: other })))).toEqual(
      rejected(`Failed to verify certificate chain (CERTIFICATE_ERROR, ${PUBLIC_GOOD})`),
    );
    expect(
      attest(
        changed(
          (b) =>
            (b.verificationMaterial.certificate = {
              rawBytes: flipBit(b.verificationMaterial.certificate!.rawBytes, 400),
            }),
        ),
      ),
    ).toEqual(rejected(`Failed to verify certificate chain (CERTIFICATE_ERROR, ${PUBLIC_GOOD})`));
  });

  it('fails with any tlog entry field changed, or the entry removed', () => {
    const promiseFails = rejected(
      `inclusion promise could not be verified (TLOG_INCLUSION_PROMISE_ERROR, ${PUBLIC_GOOD})`,
    );
    expect(
      attest(
        changed((b) => {
          const promise = entryOf(b).inclusionPromise!;
          promise.signedEntryTimestamp = flipBit(promise.signedEntryTimestamp, 30);
        }),
      ),
    ).toEqual(promiseFails);
    expect(attest(changed((b) => (entryOf(b).logIndex = '33351528')))).toEqual(promiseFails);
    expect(attest(changed((b) => (entryOf(b).integratedTime = '1693323624')))).toEqual(promiseFails);
    expect(
      attest(changed((b) => (entryOf(b).canonicalizedBody = flipBit(entryOf(b).canonicalizedBody, 60)))),
    ).toEqual(promiseFails);
    // Without the entry (or its promise) nothing says when the short-lived certificate signed.
    const noTime = rejected(`expected 1 timestamps, got 0 (TIMESTAMP_ERROR, ${PUBLIC_GOOD})`);
    expect(attest(changed((b) => (b.verificationMaterial.tlogEntries = [])))).toEqual(noTime);
    expect(attest(changed((b) => delete entryOf(b).inclusionPromise))).toEqual(noTime);
  });

  it('the same signature packed as bundle v0.1 is refused', () => {
    expect(attest(readText(path.join(ATTESTATION_DATA, 'sigstore-js-2.1.0-bundle-v0.1.json')))).toEqual(
      rejected(`unsupported bundle version "${BUNDLE_V01}" (bundles v0.2 and v0.3 are supported)`),
    );
  });

  it('fails for another artifact', () => {
    const other = {
      sha256: sha256Hex(Buffer.from('other')),
      sha512: createHash('sha512').update('other').digest('hex'),
    };
    expect(verifyAttestations(JSON.stringify(attestationBundle()), other, publicGood, policy)).toEqual(
      rejected('no subject of the attestation has the artifact digest'),
    );
  });
});
