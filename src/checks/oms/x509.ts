import { ASN1Obj, X509Certificate as SigstoreCertificate } from '@sigstore/core';
import { type KeyObject, X509Certificate } from 'node:crypto';
import { pemBlocks } from './keys.js';

/**
 * Certificate-chain verification for the `certificate` method: the bundle carries the leaf and
 * its intermediates, the user names the trust anchors. No timestamp comes with such a signature,
 * so, like the reference library, the chain is checked at the leaf's notBefore (the earliest the
 * signature can have been made).
 */

export class CertificateError extends Error {
  override readonly name = 'CertificateError';
}

const OID_EXT_KEY_USAGE = '2.5.29.37';
const OID_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const MAX_CHAIN = 10;

export interface ParsedCertificate {
  der: Buffer;
  node: X509Certificate;
  details: SigstoreCertificate;
}

export function parseCertificate(der: Buffer, what: string): ParsedCertificate {
  try {
    return {
      der,
      node: new X509Certificate(der),
      details: SigstoreCertificate.parse(der as Buffer<ArrayBuffer>),
    };
  } catch (error) {
    throw new CertificateError(`${what} is not a valid X.509 certificate (${(error as Error).message})`);
  }
}

/** Every certificate in PEM text (a chain file may hold several, with text between them). */
export function parsePemCertificates(text: string, what: string): ParsedCertificate[] {
  const blocks = pemBlocks(text, 'CERTIFICATE');
  if (blocks.length === 0) throw new CertificateError(`${what} holds no PEM certificate`);
  return blocks.map((pem, index) => {
    const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    return parseCertificate(Buffer.from(body, 'base64'), `${what} certificate ${index + 1}`);
  });
}

export function extendedKeyUsages(certificate: ParsedCertificate): string[] | undefined {
  const extension = certificate.details.extension(OID_EXT_KEY_USAGE);
  if (!extension) return undefined;
  return ASN1Obj.parseBuffer(extension.value as Buffer<ArrayBuffer>).subs.map((oid) => oid.toOID());
}

function subjectOf(certificate: ParsedCertificate): string {
  return certificate.node.subject.replace(/\n/g, ', ') || '(empty subject)';
}

/** Extensions this verifier understands; a critical one it does not (name constraints, say) fails. */
const UNDERSTOOD_EXTENSIONS = new Set([
  '2.5.29.15', // key usage
  '2.5.29.19', // basic constraints
  '2.5.29.37', // extended key usage
  '2.5.29.17', // subject alternative name
  '2.5.29.14', // subject key identifier
  '2.5.29.35', // authority key identifier
]);

function assertNoUnknownCritical(certificate: ParsedCertificate, role: string): void {
  const unknown = decoded(certificate, 'extensions', () =>
    certificate.details.extensions
      .filter((extension) => extension.subs.length === 3 && extension.subs[1]!.toBoolean())
      .map((extension) => extension.subs[0]!.toOID())
      .filter((oid) => !UNDERSTOOD_EXTENSIONS.has(oid)),
  );
  if (unknown.length > 0) {
    throw new CertificateError(
      `${role} ${subjectOf(certificate)} has a critical extension mlsec does not check (${unknown.join(', ')})`,
    );
  }
}

function validAt(certificate: ParsedCertificate, time: Date, role: string): void {
  const from = new Date(certificate.node.validFrom);
  const to = new Date(certificate.node.validTo);
  if (time < from || time > to) {
    throw new CertificateError(
      `${role} ${subjectOf(certificate)} is not valid at the signing time ${time.toISOString()} ` +
        `(valid ${from.toISOString()} to ${to.toISOString()})`,
    );
  }
}

/**
 * Names and signature only: OpenSSL's checkIssued would also refuse an issuer without
 * keyCertSign, and the error would then name the wrong certificate; assertCanIssue says why.
 */
function issues(issuer: ParsedCertificate, subject: ParsedCertificate): boolean {
  if (subject.node.issuer !== issuer.node.subject) return false;
  try {
    return subject.node.verify(issuer.node.publicKey);
  } catch {
    // A key OpenSSL cannot decode issues nothing.
    return false;
  }
}

/** Extensions are decoded from an untrusted certificate: a malformed one fails verification. */
function decoded<T>(certificate: ParsedCertificate, what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new CertificateError(
      `${subjectOf(certificate)} has a malformed ${what} extension (${(error as Error).message})`,
    );
  }
}

/**
 * `below` counts the CA certificates between this issuer and the leaf, for the basic
 * constraints' path length.
 */
function assertCanIssue(certificate: ParsedCertificate, role: string, below: number): void {
  const { isCA, pathLength, keyCertSign } = decoded(certificate, 'basic constraints or key usage', () => ({
    isCA: certificate.details.extBasicConstraints?.isCA === true,
    pathLength: certificate.details.extBasicConstraints?.pathLenConstraint,
    keyCertSign: certificate.details.extKeyUsage?.keyCertSign,
  }));
  if (!isCA) throw new CertificateError(`${role} ${subjectOf(certificate)} is not a CA certificate`);
  if (keyCertSign === false) {
    throw new CertificateError(`${role} ${subjectOf(certificate)} may not sign certificates (key usage)`);
  }
  if (pathLength !== undefined && BigInt(below) > pathLength) {
    throw new CertificateError(
      `${role} ${subjectOf(certificate)} allows ${pathLength} CA certificates below it (path length), the chain has ${below}`,
    );
  }
}

function assertCanSign(leaf: ParsedCertificate): void {
  const usage = decoded(leaf, 'key usage', () => {
    const extension = leaf.details.extKeyUsage;
    return extension ? { digitalSignature: extension.digitalSignature } : undefined;
  });
  const extended = decoded(leaf, 'extended key usage', () => extendedKeyUsages(leaf));
  if (!usage && !extended) {
    throw new CertificateError(
      `signing certificate ${subjectOf(leaf)} states no key usage; it must allow digitalSignature or codeSigning`,
    );
  }
  if (usage && !usage.digitalSignature) {
    throw new CertificateError(
      `signing certificate ${subjectOf(leaf)} does not allow digitalSignature (key usage)`,
    );
  }
  if (extended && !extended.includes(OID_CODE_SIGNING)) {
    throw new CertificateError(
      `signing certificate ${subjectOf(leaf)} does not allow codeSigning (extended key usage)`,
    );
  }
}

function publicKeyOf(certificate: ParsedCertificate): KeyObject {
  try {
    return certificate.node.publicKey;
  } catch (error) {
    throw new CertificateError(
      `${subjectOf(certificate)} has a public key that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

export interface VerifiedChain {
  leafKey: KeyObject;
  leaf: ParsedCertificate;
  /** Subjects from the leaf to the anchor. */
  path: string[];
  signingTime: Date;
}

/**
 * Checks that `chain` (leaf first, as the bundle lists it) leads to one of `anchors`: each link's
 * signature and names, CA flags and key usage, and every certificate's validity at signing time.
 */
export function verifyCertificateChain(
  chain: readonly ParsedCertificate[],
  anchors: readonly ParsedCertificate[],
): VerifiedChain {
  const leaf = chain[0];
  if (!leaf) throw new CertificateError('the signature carries no certificate');
  if (anchors.length === 0)
    throw new CertificateError('no trusted certificate was given (certificate-chain)');
  const signingTime = new Date(leaf.node.validFrom);
  assertCanSign(leaf);
  assertNoUnknownCritical(leaf, 'signing certificate');
  validAt(leaf, signingTime, 'signing certificate');
  const path = [subjectOf(leaf)];
  const pool = chain.slice(1);
  let current = leaf;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    if (anchors.some((anchor) => anchor.der.equals(current.der))) {
      return { leafKey: publicKeyOf(leaf), leaf, path, signingTime };
    }
    const anchor = anchors.find((candidate) => issues(candidate, current));
    if (anchor) {
      assertCanIssue(anchor, 'trusted certificate', path.length - 1);
      assertNoUnknownCritical(anchor, 'trusted certificate');
      validAt(anchor, signingTime, 'trusted certificate');
      path.push(subjectOf(anchor));
      return { leafKey: publicKeyOf(leaf), leaf, path, signingTime };
    }
    const next = pool.find((candidate) => candidate !== current && issues(candidate, current));
    if (!next) {
      throw new CertificateError(
        `the certificate chain does not lead to a trusted certificate: nothing given issued ${subjectOf(current)}`,
      );
    }
    assertCanIssue(next, 'intermediate certificate', path.length - 1);
    assertNoUnknownCritical(next, 'intermediate certificate');
    validAt(next, signingTime, 'intermediate certificate');
    path.push(subjectOf(next));
    current = next;
  }
  throw new CertificateError(`the certificate chain is longer than ${MAX_CHAIN} certificates`);
}
