import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { ASN1Obj, RFC3161Timestamp, X509Certificate as SigstoreCertificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import type { Witness } from '@sigstore/sign';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { jsonErrorText } from './inputs.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.js';

/**
 * Sigstore keyless signing and verification through sigstore-js. Verification needs no network:
 * the public-good trusted root is the one @sigstore/tuf ships (pinned with this release), or a
 * `trusted_root.json` the user supplies.
 */

export class SigstoreError extends Error {
  override readonly name = 'SigstoreError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot';
const CLIENT_TRUST_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.clienttrustconfig';

export interface TrustRoot {
  root: TrustedRoot;
  /** Where it came from, for the summary. */
  source: string;
}

export function publicGoodTrustedRoot(): TrustRoot {
  const target = (seeds as Record<string, { targets: Record<string, string> }>)[PUBLIC_GOOD_TUF]?.targets[
    'trusted_root.json'
  ];
  if (!target) throw new Error('@sigstore/tuf ships no public-good trusted_root.json');
  return {
    root: TrustedRoot.fromJSON(JSON.parse(Buffer.from(target, 'base64').toString('utf8'))),
    source: 'Sigstore public-good (pinned)',
  };
}

/** A trusted_root.json, or a client trust config holding one; `what` names the file in errors. */
export function parseTrustedRoot(text: string, what: string): TrustRoot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SigstoreError('INVALID_TRUSTED_ROOT', `${what} is not JSON (${jsonErrorText(error)})`);
  }
  let candidate = json as Record<string, unknown> | null;
  if (
    typeof candidate?.mediaType === 'string' &&
    candidate.mediaType.startsWith(CLIENT_TRUST_CONFIG_MEDIA_TYPE)
  ) {
    candidate = candidate.trustedRoot as Record<string, unknown> | null;
  }
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    !String(candidate.mediaType).startsWith(TRUSTED_ROOT_MEDIA_TYPE)
  ) {
    throw new SigstoreError(
      'INVALID_TRUSTED_ROOT',
      `${what} is not a Sigstore trusted root (mediaType ${TRUSTED_ROOT_MEDIA_TYPE}...)`,
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(candidate);
    // Builds every key and certificate once, so a malformed entry is an input error here, not a
    // crash in the middle of verification.
    toTrustMaterial(root);
  } catch (error) {
    throw new SigstoreError('INVALID_TRUSTED_ROOT', `${what} is malformed (${(error as Error).message})`);
  }
  if (root.certificateAuthorities.length === 0) {
    throw new SigstoreError('INVALID_TRUSTED_ROOT', `${what} lists no certificate authority`);
  }
  return { root, source: what };
}

/** GitHub Actions claims Fulcio writes into the certificate (OIDs 1.3.6.1.4.1.57264.1.*). */
export interface CertificateClaims {
  subjectAlternativeName?: string;
  issuer?: string;
  buildSignerUri?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryUri?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  buildConfigUri?: string;
  buildTrigger?: string;
  runInvocationUri?: string;
}

const FULCIO = '1.3.6.1.4.1.57264.1.';
const V2_CLAIMS: Array<[keyof CertificateClaims, string]> = [
  ['issuer', '8'],
  ['buildSignerUri', '9'],
  ['buildSignerDigest', '10'],
  ['runnerEnvironment', '11'],
  ['sourceRepositoryUri', '12'],
  ['sourceRepositoryDigest', '13'],
  ['sourceRepositoryRef', '14'],
  ['buildConfigUri', '18'],
  ['buildTrigger', '20'],
  ['runInvocationUri', '21'],
];

export function certificateClaims(der: Buffer): CertificateClaims {
  const certificate = SigstoreCertificate.parse(der as Buffer<ArrayBuffer>);
  const claims: CertificateClaims = {};
  const san = certificate.extSubjectAltName;
  const name = san?.uri ?? san?.rfc822Name ?? san?.otherName('1.3.6.1.4.1.57264.1.7');
  if (name) claims.subjectAlternativeName = name;
  for (const [key, arc] of V2_CLAIMS) {
    const extension = certificate.extension(FULCIO + arc);
    // Version 2 extensions are DER UTF8Strings.
    if (extension)
      claims[key] = ASN1Obj.parseBuffer(extension.value as Buffer<ArrayBuffer>).value.toString('utf8');
  }
  // Version 1 issuer: the raw string.
  const legacyIssuer = certificate.extension(`${FULCIO}1`);
  if (!claims.issuer && legacyIssuer) claims.issuer = legacyIssuer.value.toString('utf8');
  return claims;
}

export interface SigstoreVerification {
  /** The DSSE payload exactly as sigstore-js decoded and verified it. */
  payload: Buffer;
  payloadType: string;
  certificate: Buffer;
  claims: CertificateClaims;
  /** When the log or the timestamp authority saw the signature (the latest of them). */
  signedAt?: Date;
}

/**
 * Verifies the bundle's signature, certificate chain, SCTs, transparency log entries and
 * timestamps against the trusted root, and returns the payload as sigstore-js read it, so nothing
 * else's decoding of the same JSON can be confused with what was verified.
 */
export function verifySigstoreBundle(json: Record<string, unknown>, trust: TrustRoot): SigstoreVerification {
  let bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    throw new SigstoreError('MALFORMED_BUNDLE', `not a valid Sigstore bundle (${(error as Error).message})`);
  }
  const material = bundle.verificationMaterial.content;
  const certificate =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (!certificate)
    throw new SigstoreError('NO_CERTIFICATE', 'the bundle carries a public key, not a Sigstore certificate');
  const verifier = new Verifier(toTrustMaterial(trust.root), {
    tlogThreshold: trust.root.tlogs.length > 0 ? 1 : 0,
    ctlogThreshold: trust.root.ctlogs.length > 0 ? 1 : 0,
    timestampThreshold: 1,
  });
  try {
    verifier.verify(toSignedEntity(bundle));
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'VERIFICATION_FAILED';
    throw new SigstoreError(code, `${(error as Error).message} (${code}, trusted root: ${trust.source})`);
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new SigstoreError('NOT_DSSE', 'the bundle signs a message digest, not a DSSE envelope');
  }
  const envelope = bundle.content.dsseEnvelope;
  // Only times something signed: an entry's integratedTime is covered by its inclusion promise
  // (without one it is an unsigned number anybody can edit); a timestamp's time by its TSA.
  const times = [
    ...bundle.verificationMaterial.tlogEntries
      .filter((entry) => entry.inclusionPromise !== undefined)
      .map((entry) => Number(entry.integratedTime) * 1000),
    ...(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []).map((timestamp) =>
      RFC3161Timestamp.parse(
        Buffer.from(timestamp.signedTimestamp) as Buffer<ArrayBuffer>,
      ).signingTime.getTime(),
    ),
  ].filter((ms) => Number.isFinite(ms) && ms > 0);
  return {
    payload: Buffer.from(envelope.payload),
    payloadType: envelope.payloadType,
    certificate: Buffer.from(certificate),
    claims: certificateClaims(Buffer.from(certificate)),
    ...(times.length ? { signedAt: new Date(Math.max(...times)) } : {}),
  };
}

export interface KeylessOptions {
  getIdentityToken: () => Promise<string>;
  fulcioUrl?: string;
  rekorUrl?: string;
  /** Adds an RFC 3161 timestamp from this authority. */
  tsaUrl?: string;
  timeoutMs?: number;
}

/** Signs the payload with a short-lived Fulcio certificate and records it in Rekor. */
export async function signKeyless(payload: Buffer, options: KeylessOptions): Promise<SerializedBundle> {
  // Loaded only for keyless signing: its HTTP stack costs every other run start-up time.
  // A CommonJS package: bundled, its exports may sit on the namespace's `default`.
  const imported = await import('@sigstore/sign');
  const signing = (
    'DSSEBundleBuilder' in imported ? imported : (imported as unknown as { default: typeof imported }).default
  ) as typeof imported;
  const { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL, DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } =
    signing;
  const fetchOptions = { timeout: options.timeoutMs ?? 30_000, retry: 2 };
  const witnesses: Witness[] = [
    new RekorWitness({
      rekorBaseURL: options.rekorUrl ?? DEFAULT_REKOR_URL,
      entryType: 'dsse',
      ...fetchOptions,
    }),
  ];
  if (options.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, ...fetchOptions }));
  let token: string | undefined;
  let tokenError: { error: unknown } | undefined;
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      identityProvider: {
        getToken: async () => {
          try {
            return (token = await options.getIdentityToken());
          } catch (error) {
            tokenError = { error };
            throw error;
          }
        },
      },
      fulcioBaseURL: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
      ...fetchOptions,
    }),
    witnesses,
  });
  try {
    return bundleToJSON(await builder.create({ data: payload, type: IN_TOTO_PAYLOAD_TYPE }));
  } catch (error) {
    // No token to sign with (a missing permission, say) is the caller's error, not a signing failure.
    if (tokenError) throw tokenError.error;
    const cause = (error as { cause?: unknown }).cause;
    let message: string;
    if ((error as { code?: string }).code === 'IDENTITY_TOKEN_PARSE_ERROR') {
      // sigstore-js quotes the whole token in this message: a credential never goes in a log.
      const reason = cause instanceof Error && cause.message.startsWith('JWT ') ? ` (${cause.message})` : '';
      message = `keyless signing failed: the identity token is not a JWT naming a subject (\`sub\`, or an \`email\` its issuer verified)${reason}`;
    } else {
      const text = (error as Error).message;
      // HTTP failures quote their cause already: "error creating signing certificate - (500) ...".
      const detail = cause instanceof Error && !text.includes(cause.message) ? `: ${cause.message}` : '';
      message = `keyless signing failed: ${text}${detail}`;
    }
    if (token) message = message.split(token).join('<identity token>');
    throw new SigstoreError('SIGNING_FAILED', message);
  }
}
