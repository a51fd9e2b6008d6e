import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RangeTask } from '../../../src/checks/oms/digest.js';
import { loadPrivateKey } from '../../../src/checks/oms/keys.js';
import { createHashRunner } from '../../../src/checks/oms/runner.js';
import { signModel } from '../../../src/checks/oms/sign.js';
import { verifyModel } from '../../../src/checks/oms/verify.js';
import {
  CertificateError,
  parseCertificate,
  type ParsedCertificate,
  parsePemCertificates,
  verifyCertificateChain,
} from '../../../src/checks/oms/x509.js';
import type { TaskRunner } from '../../../src/core/worker-pool.js';

/**
 * Certificate chains for the OMS `certificate` method, against the small PKI that
 * scripts/fixtures/make-oms-certs.sh writes to test/fixtures/oms-certs (every leaf valid from
 * 2025-06-01, the time at which the verifier checks a chain), and the model-transparency vector.
 */

const CERTS = path.resolve(import.meta.dirname, '../../fixtures/oms-certs');
const VECTOR_KEYS = path.resolve(
  import.meta.dirname,
  '../../fixtures/vectors/model-transparency/scripts/tests/keys/certificate',
);

const pem = (name: string) => readFileSync(path.join(CERTS, `${name}.pem`), 'utf8');
const certificate = (name: string): ParsedCertificate => parsePemCertificates(pem(name), name)[0]!;
const leafKey = (name: string): KeyObject =>
  loadPrivateKey(readFileSync(path.join(CERTS, `${name}.key`), 'utf8'), name);
const root = () => [certificate('root-ca')];
const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });

const LEAF_TIME = new Date('2025-06-01T00:00:00.000Z');

/** The CertificateError `verifyCertificateChain` throws; fails the test if it returns. */
function chainError(chain: readonly ParsedCertificate[], anchors: readonly ParsedCertificate[]): string {
  try {
    verifyCertificateChain(chain, anchors);
  } catch (error) {
    expect(error).toBeInstanceOf(CertificateError);
    return (error as CertificateError).message;
  }
  throw new Error('the chain verified');
}

const NOT_TRUSTED = 'the certificate chain does not lead to a trusted certificate: nothing given issued';

/** Every bad chain: its leaf (whose key signs), the rest of the chain, and the reason it fails. */
const BAD_CHAINS: Array<{ what: string; leaf: string; rest: string[]; message: string }> = [
  {
    what: 'a leaf without digitalSignature',
    leaf: 'leaf-no-digital-signature',
    rest: ['intermediate-ca'],
    message:
      'signing certificate CN=mlsec-test-leaf-no-digital-signature does not allow digitalSignature (key usage)',
  },
  {
    what: 'a leaf with only the serverAuth extended key usage',
    leaf: 'leaf-server-auth',
    rest: ['intermediate-ca'],
    message:
      'signing certificate CN=mlsec-test-leaf-server-auth does not allow codeSigning (extended key usage)',
  },
  {
    what: 'a leaf with no key usage at all',
    leaf: 'leaf-no-key-usage',
    rest: ['intermediate-ca'],
    message:
      'signing certificate CN=mlsec-test-leaf-no-key-usage states no key usage; it must allow digitalSignature or codeSigning',
  },
  {
    what: 'an intermediate without CA:TRUE',
    leaf: 'leaf-under-not-ca',
    rest: ['intermediate-not-ca'],
    message: 'intermediate certificate CN=mlsec-test-intermediate-not-ca is not a CA certificate',
  },
  {
    what: 'an intermediate that expired before the leaf was issued',
    leaf: 'leaf-under-expired',
    rest: ['intermediate-expired'],
    message:
      'intermediate certificate CN=mlsec-test-intermediate-expired is not valid at the signing time ' +
      '2025-06-01T00:00:00.000Z (valid 2025-01-01T00:00:00.000Z to 2025-03-01T00:00:00.000Z)',
  },
  {
    what: 'the intermediate left out',
    leaf: 'leaf-good',
    rest: [],
    message: `${NOT_TRUSTED} CN=mlsec-test-leaf-good`,
  },
];

describe('parsePemCertificates', () => {
  it('reads every certificate of a chain file, in order, whatever text is between them', () => {
    const text = `leaf:\n${pem('leaf-good')}\nissued by\r\n\r\n${pem('intermediate-ca')}trailing text`;
    const chain = parsePemCertificates(text, 'chain.pem');
    expect(chain.map((entry) => entry.node.subject)).toEqual([
      'CN=mlsec-test-leaf-good',
      'CN=mlsec-test-intermediate-ca',
    ]);
    expect(chain[0]!.der.equals(Buffer.from(certificate('leaf-good').node.raw))).toBe(true);
  });

  it('ignores other PEM blocks and refuses text without a certificate', () => {
    const key = readFileSync(path.join(CERTS, 'leaf-good.key'), 'utf8');
    expect(parsePemCertificates(`${key}${pem('root-ca')}`, 'mixed.pem')).toHaveLength(1);
    expect(() => parsePemCertificates(key, 'key.pem')).toThrow(
      new CertificateError('key.pem holds no PEM certificate'),
    );
    expect(() => parsePemCertificates('', 'empty.pem')).toThrow(
      new CertificateError('empty.pem holds no PEM certificate'),
    );
  });

  it('names the block that is not a certificate', () => {
    const broken = `${pem('root-ca')}-----BEGIN CERTIFICATE-----\nTUlJQg==\n-----END CERTIFICATE-----\n`;
    expect(() => parsePemCertificates(broken, 'chain.pem')).toThrow(
      /^chain\.pem certificate 2 is not a valid X\.509 certificate \(.+\)$/,
    );
  });
});

describe('verifyCertificateChain', () => {
  it('accepts the good chain and returns the leaf, its key, the path and the signing time', () => {
    const leaf = certificate('leaf-good');
    const verified = verifyCertificateChain([leaf, certificate('intermediate-ca')], root());
    expect(verified.leaf).toBe(leaf);
    expect(verified.leaf.node.subject).toBe('CN=mlsec-test-leaf-good');
    expect(verified.path).toEqual([
      'CN=mlsec-test-leaf-good',
      'CN=mlsec-test-intermediate-ca',
      'CN=mlsec-test-root-ca',
    ]);
    expect(verified.signingTime).toEqual(LEAF_TIME);
    expect(spki(verified.leafKey).equals(spki(createPublicKey(leafKey('leaf-good'))))).toBe(true);
  });

  it('accepts the intermediate as the anchor, and unrelated certificates in the bundle', () => {
    const leaf = certificate('leaf-good');
    expect(verifyCertificateChain([leaf], [certificate('intermediate-ca')]).path).toEqual([
      'CN=mlsec-test-leaf-good',
      'CN=mlsec-test-intermediate-ca',
    ]);
    const noisy = [
      leaf,
      certificate('intermediate-not-ca'),
      certificate('sub-ca'),
      certificate('intermediate-ca'),
    ];
    expect(verifyCertificateChain(noisy, [certificate('root-ca')]).path).toHaveLength(3);
    // Anchors beside the right one do not matter either.
    const anchors = parsePemCertificates(readFileSync(path.join(VECTOR_KEYS, 'ca-cert.pem'), 'utf8'), 'ca');
    expect(
      verifyCertificateChain([leaf, certificate('intermediate-ca')], [...anchors, ...root()]).path,
    ).toHaveLength(3);
  });

  it('accepts the model-transparency certificate vector (leaf and intermediate both CN=intermediate-ca)', () => {
    const bundle = JSON.parse(
      readFileSync(path.join(VECTOR_KEYS, '../../v1.1.0-certificate/model.sig'), 'utf8'),
    ) as { verificationMaterial: { x509CertificateChain: { certificates: Array<{ rawBytes: string }> } } };
    const chain = bundle.verificationMaterial.x509CertificateChain.certificates.map(
      (entry, index) =>
        parsePemCertificates(
          `-----BEGIN CERTIFICATE-----\n${entry.rawBytes}\n-----END CERTIFICATE-----\n`,
          `bundle ${index}`,
        )[0]!,
    );
    const anchors = parsePemCertificates(readFileSync(path.join(VECTOR_KEYS, 'ca-cert.pem'), 'utf8'), 'ca');
    const verified = verifyCertificateChain(chain, anchors);
    expect(verified.path).toEqual(['CN=intermediate-ca', 'CN=intermediate-ca', 'CN=root-ca']);
    expect(verified.signingTime).toEqual(new Date('2025-05-02T23:36:28.000Z'));
  });

  for (const bad of BAD_CHAINS) {
    it(`rejects ${bad.what}, naming the certificate and the reason`, () => {
      expect(chainError([certificate(bad.leaf), ...bad.rest.map(certificate)], root())).toBe(bad.message);
    });
  }

  it('rejects a chain when no anchor is given, or another one', () => {
    const chain = [certificate('leaf-good'), certificate('intermediate-ca')];
    expect(chainError(chain, [])).toBe('no trusted certificate was given (certificate-chain)');
    const anchors = parsePemCertificates(readFileSync(path.join(VECTOR_KEYS, 'ca-cert.pem'), 'utf8'), 'ca');
    expect(chainError(chain, anchors)).toBe(`${NOT_TRUSTED} CN=mlsec-test-intermediate-ca`);
    expect(chainError([], root())).toBe('the signature carries no certificate');
  });

  it('rejects a leaf under another issuer with the same name (the signature decides, not the name)', () => {
    // leaf-good names CN=mlsec-test-intermediate-ca as its issuer; sub-ca is not that certificate.
    expect(chainError([certificate('leaf-good'), certificate('sub-ca')], root())).toBe(
      `${NOT_TRUSTED} CN=mlsec-test-leaf-good`,
    );
  });

  it('checks an anchor like an intermediate: a CA, valid at signing time', () => {
    expect(chainError([certificate('leaf-under-not-ca')], [certificate('intermediate-not-ca')])).toBe(
      'trusted certificate CN=mlsec-test-intermediate-not-ca is not a CA certificate',
    );
    expect(chainError([certificate('leaf-under-expired')], [certificate('intermediate-expired')])).toBe(
      'trusted certificate CN=mlsec-test-intermediate-expired is not valid at the signing time ' +
        '2025-06-01T00:00:00.000Z (valid 2025-01-01T00:00:00.000Z to 2025-03-01T00:00:00.000Z)',
    );
  });

  it('rejects an intermediate without keyCertSign', () => {
    const chain = [certificate('leaf-under-no-cert-sign'), certificate('intermediate-no-cert-sign')];
    expect(chainError(chain, root())).toMatch(
      /^the certificate chain does not lead|may not sign certificates/,
    );
  });

  // Regression (fixed; src/checks/oms/x509.ts, verifyCertificateChain): Node's checkIssued (OpenSSL's
  // X509_check_issued) already refuses an issuer whose key usage lacks keyCertSign, so the
  // intermediate is never found and the message names the leaf ("nothing given issued
  // CN=mlsec-test-leaf-under-no-cert-sign") instead of the intermediate and its key usage; the
  // keyCertSign branch of assertCanIssue is unreachable.
  it('names the intermediate without keyCertSign and the reason', () => {
    const chain = [certificate('leaf-under-no-cert-sign'), certificate('intermediate-no-cert-sign')];
    expect(chainError(chain, root())).toBe(
      'intermediate certificate CN=mlsec-test-intermediate-no-cert-sign may not sign certificates (key usage)',
    );
  });

  // Regression (fixed; src/checks/oms/x509.ts, verifyCertificateChain): basicConstraints pathLenConstraint is
  // not enforced. intermediate-ca has pathlen:0, so the CA it issued (sub-ca) may not issue
  // certificates; `openssl verify` refuses this chain ("path length constraint exceeded"), the
  // verifier accepts it.
  it('rejects a chain that exceeds an issuer path length constraint', () => {
    const chain = [certificate('leaf-under-sub-ca'), certificate('sub-ca'), certificate('intermediate-ca')];
    expect(chainError(chain, root())).toMatch(/CN=mlsec-test-intermediate-ca/);
  });

  /** leaf-good with one DER byte changed: `offset` bytes into the first `marker` (hex). */
  function malformedLeaf(marker: string, offset: number, value: number): ParsedCertificate {
    const der = Buffer.from(certificate('leaf-good').der);
    const at = der.indexOf(Buffer.from(marker, 'hex'));
    expect(at).toBeGreaterThan(0);
    der[at + offset] = value;
    return parseCertificate(der, 'malformed leaf');
  }
  const MALFORMED = {
    'extended key usage': () => malformedLeaf('300a06082b06010505070303', 0, 0x20),
    'key usage': () => malformedLeaf('0603551d0f0101ff0404030207', 10, 0x04),
  };

  for (const [what, leaf] of Object.entries(MALFORMED)) {
    it(`never accepts a leaf with a malformed ${what}`, () => {
      expect(() => verifyCertificateChain([leaf(), certificate('intermediate-ca')], root())).toThrow();
    });

    // Regression (fixed; src/checks/oms/x509.ts, assertCanSign): @sigstore/core's ASN1ParseError /
    // ASN1TypeError from decoding the extension escapes instead of a CertificateError (see
    // tamper.test.ts for its effect on verifyModel).
    it(`rejects a leaf with a malformed ${what} with a CertificateError`, () => {
      expect(() => verifyCertificateChain([leaf(), certificate('intermediate-ca')], root())).toThrow(
        CertificateError,
      );
    });
  }

  it('stops on a chain that loops instead of reaching an anchor', () => {
    // Two copies of a self-signed certificate issue each other forever.
    const copies = [certificate('root-ca'), certificate('root-ca')];
    const chain = [certificate('leaf-good'), certificate('intermediate-ca'), ...copies];
    const anchors = parsePemCertificates(readFileSync(path.join(VECTOR_KEYS, 'ca-cert.pem'), 'utf8'), 'ca');
    expect(chainError(chain, anchors)).toBe('the certificate chain is longer than 10 certificates');
  });
});

describe('sign with method certificate, then verify', () => {
  let base: string;
  let runner: TaskRunner<RangeTask, Uint8Array>;

  beforeAll(async () => {
    base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-oms-x509-')));
    await mkdir(path.join(base, 'model', 'weights'), { recursive: true });
    await writeFile(path.join(base, 'model', 'config.json'), '{"layers": 2}');
    await writeFile(path.join(base, 'model', 'weights', 'w.bin'), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8]));
    runner = createHashRunner(1);
  });

  afterAll(async () => {
    await runner.close();
    await rm(base, { recursive: true, force: true });
  });

  /** Signs the model with `leaf`'s key and the chain [leaf, ...rest]; returns the bundle text. */
  async function sign(leaf: string, rest: string[], key = leafKey(leaf)): Promise<string> {
    const signed = await signModel({
      root: base,
      modelPath: 'model',
      signaturePath: 'model/model.sig',
      signing: { method: 'certificate', privateKey: key, chain: [leaf, ...rest].map(certificate) },
      method: 'files',
      hashType: 'sha256',
      allowSymlinks: false,
      ignorePaths: [],
      runner,
    });
    expect(signed.manifest.resources.map((resource) => resource.name)).toEqual([
      'config.json',
      'weights/w.bin',
    ]);
    return JSON.stringify(signed.bundle);
  }

  const verify = (signatureText: string, anchors: ParsedCertificate[] = root()) =>
    verifyModel({
      root: base,
      modelPath: 'model',
      signaturePath: 'model/model.sig',
      signatureText,
      trust: { method: 'certificate', anchors },
      ignorePaths: [],
      ignoreUnsignedFiles: false,
      runner,
    });

  const signatureFailure = (reason: string) => ({
    verified: false,
    matched: 0,
    verifiedFiles: [],
    failures: [
      {
        kind: 'signature',
        file: 'model/model.sig',
        message: `signature model/model.sig does not verify: ${reason}`,
      },
    ],
  });

  it('round trips with the good chain', async () => {
    const text = await sign('leaf-good', ['intermediate-ca']);
    const result = await verify(text);
    expect(result.failures).toEqual([]);
    expect(result).toMatchObject({
      verified: true,
      matched: 2,
      signer: 'CN=mlsec-test-leaf-good',
      signedAt: LEAF_TIME,
    });
    const chain = (JSON.parse(text) as { verificationMaterial: Record<string, unknown> })
      .verificationMaterial;
    expect(Object.keys(chain)).toEqual(['x509CertificateChain', 'tlogEntries']);
  });

  it('fails once a signed file changes', async () => {
    const text = await sign('leaf-good', ['intermediate-ca']);
    const file = path.join(base, 'model', 'config.json');
    await writeFile(file, '{"layers": 3}');
    try {
      const result = await verify(text);
      expect(result.verified).toBe(false);
      expect(result.failures).toEqual([
        {
          kind: 'changed',
          file: 'model/config.json',
          message: 'model/config.json was modified after signing',
        },
      ]);
    } finally {
      await writeFile(file, '{"layers": 2}');
    }
  });

  for (const bad of BAD_CHAINS) {
    it(`fails with ${bad.what}`, async () => {
      expect(await verify(await sign(bad.leaf, bad.rest))).toEqual(signatureFailure(bad.message));
    });
  }

  it('fails with an intermediate without keyCertSign, or without the anchor', async () => {
    const noCertSign = await verify(await sign('leaf-under-no-cert-sign', ['intermediate-no-cert-sign']));
    expect(noCertSign).toMatchObject({
      verified: false,
      failures: [{ kind: 'signature', file: 'model/model.sig' }],
    });
    // The message names the leaf today (see the keyCertSign defect above).
    expect(noCertSign.failures[0]!.message).toMatch(
      /^signature model\/model\.sig does not verify: (the certificate chain does not lead|.*may not sign certificates)/,
    );
    expect(await verify(await sign('leaf-good', ['intermediate-ca']), [])).toEqual(
      signatureFailure('no trusted certificate was given (certificate-chain)'),
    );
  });

  it('fails when the chain is not for the key that signed', async () => {
    expect(await verify(await sign('leaf-good', ['intermediate-ca'], leafKey('leaf-server-auth')))).toEqual(
      signatureFailure('the signature does not verify with the signing certificate key'),
    );
  });
});
