import { jsonErrorText } from './inputs.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.js';

/**
 * The Sigstore bundle around an OMS signature, read as untrusted JSON: its shape is checked here,
 * its cryptography by the verifier for the method the user chose (never the one the bundle
 * claims). Bundles v0.2 and v0.3 are read; v0.1 is refused, as `gh attestation verify` does.
 */

export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SUPPORTED_MEDIA_TYPES = new Set([
  BUNDLE_V03_MEDIA_TYPE,
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
]);
/** A signature file is small; anything larger is not one (and is not read whole into memory). */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

export type BundleErrorCode = 'MALFORMED_BUNDLE' | 'UNSUPPORTED_BUNDLE_VERSION';

export class BundleError extends Error {
  override readonly name = 'BundleError';
  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type KeyMaterial =
  | { kind: 'publicKey'; hint?: string; rawBytes?: Buffer }
  | { kind: 'x509CertificateChain'; certificates: Buffer[] }
  | { kind: 'certificate'; certificate: Buffer };

export interface DsseEnvelope {
  payload: Buffer;
  payloadType: string;
  signature: Buffer;
  keyid?: string;
}

export interface ParsedBundle {
  mediaType: string;
  material: KeyMaterial;
  tlogEntries: number;
  timestamps: number;
  envelope: DsseEnvelope;
  /** The JSON as read, for sigstore-js (which checks it again against the protobuf schema). */
  json: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function base64Field(record: Record<string, unknown>, key: string, where: string): Buffer {
  const value = record[key];
  if (typeof value !== 'string' || value.length === 0 || !BASE64.test(value)) {
    throw new BundleError('MALFORMED_BUNDLE', `${where}.${key} must be non-empty base64`);
  }
  const bytes = Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
  // "M" passes the alphabet test and decodes to nothing.
  if (bytes.length === 0)
    throw new BundleError('MALFORMED_BUNDLE', `${where}.${key} must be non-empty base64`);
  return bytes;
}

function malformed(message: string): never {
  throw new BundleError('MALFORMED_BUNDLE', message);
}

function parseMaterial(material: unknown): KeyMaterial {
  if (!isRecord(material)) malformed('verificationMaterial is missing');
  const kinds = (['publicKey', 'x509CertificateChain', 'certificate'] as const).filter(
    (k) => material[k] !== undefined,
  );
  if (kinds.length !== 1) {
    malformed(
      'verificationMaterial must hold exactly one of publicKey, x509CertificateChain and certificate',
    );
  }
  const kind = kinds[0]!;
  const value = material[kind];
  if (!isRecord(value)) malformed(`verificationMaterial.${kind} must be an object`);
  if (kind === 'publicKey') {
    const hint = value.hint;
    if (hint !== undefined && typeof hint !== 'string')
      malformed('verificationMaterial.publicKey.hint must be a string');
    const rawBytes =
      value.rawBytes !== undefined
        ? base64Field(value, 'rawBytes', 'verificationMaterial.publicKey')
        : undefined;
    if (hint === undefined && rawBytes === undefined)
      malformed('verificationMaterial.publicKey needs a hint or rawBytes');
    return { kind, ...(hint !== undefined ? { hint } : {}), ...(rawBytes ? { rawBytes } : {}) };
  }
  if (kind === 'certificate') {
    return { kind, certificate: base64Field(value, 'rawBytes', 'verificationMaterial.certificate') };
  }
  const certificates = value.certificates;
  if (!Array.isArray(certificates) || certificates.length === 0) {
    malformed('verificationMaterial.x509CertificateChain.certificates must be a non-empty list');
  }
  return {
    kind,
    certificates: certificates.map((entry, index) => {
      if (!isRecord(entry))
        malformed(`verificationMaterial.x509CertificateChain.certificates[${index}] must be an object`);
      return base64Field(
        entry,
        'rawBytes',
        `verificationMaterial.x509CertificateChain.certificates[${index}]`,
      );
    }),
  };
}

function parseEnvelope(envelope: unknown): DsseEnvelope {
  if (!isRecord(envelope)) malformed('dsseEnvelope is missing (only DSSE signatures are OMS signatures)');
  const payload = base64Field(envelope, 'payload', 'dsseEnvelope');
  const payloadType = envelope.payloadType;
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    malformed(`dsseEnvelope.payloadType must be ${IN_TOTO_PAYLOAD_TYPE}, not ${JSON.stringify(payloadType)}`);
  }
  const signatures = envelope.signatures;
  if (!Array.isArray(signatures) || signatures.length !== 1) {
    malformed('dsseEnvelope.signatures must hold exactly one signature');
  }
  const entry: unknown = signatures[0];
  if (!isRecord(entry)) malformed('dsseEnvelope.signatures[0] must be an object');
  const keyid = entry.keyid;
  if (keyid !== undefined && keyid !== null && typeof keyid !== 'string')
    malformed('dsseEnvelope.signatures[0].keyid must be a string');
  return {
    payload,
    payloadType,
    signature: base64Field(entry, 'sig', 'dsseEnvelope.signatures[0]'),
    ...(typeof keyid === 'string' && keyid !== '' ? { keyid } : {}),
  };
}

/** Parses and shape-checks a bundle; `text` is the file's content (one JSON document). */
export function parseBundle(text: string): ParsedBundle {
  if (text.trim() === '') malformed('the signature file is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    malformed(`not JSON (${jsonErrorText(error)})`);
  }
  if (!isRecord(json)) malformed('not a JSON object');
  const mediaType = json.mediaType;
  if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
    malformed('mediaType is not a Sigstore bundle media type');
  }
  if (!SUPPORTED_MEDIA_TYPES.has(mediaType)) {
    throw new BundleError(
      'UNSUPPORTED_BUNDLE_VERSION',
      `unsupported bundle version ${JSON.stringify(mediaType)} (bundles v0.2 and v0.3 are supported)`,
    );
  }
  if (json.messageSignature !== undefined)
    malformed('a messageSignature bundle is not an OMS signature (it needs a dsseEnvelope)');
  const material = parseMaterial(json.verificationMaterial);
  const verificationMaterial = json.verificationMaterial as Record<string, unknown>;
  const tlogEntries = verificationMaterial.tlogEntries ?? [];
  if (!Array.isArray(tlogEntries)) malformed('verificationMaterial.tlogEntries must be a list');
  const timestampData = verificationMaterial.timestampVerificationData;
  let timestamps = 0;
  if (timestampData !== undefined && timestampData !== null) {
    if (!isRecord(timestampData))
      malformed('verificationMaterial.timestampVerificationData must be an object');
    const list = timestampData.rfc3161Timestamps ?? [];
    if (!Array.isArray(list))
      malformed('verificationMaterial.timestampVerificationData.rfc3161Timestamps must be a list');
    timestamps = list.length;
  }
  return {
    mediaType,
    material,
    tlogEntries: tlogEntries.length,
    timestamps,
    envelope: parseEnvelope(json.dsseEnvelope),
    json,
  };
}

/**
 * The OMS profile on top of the Sigstore bundle shape: a keyless signature (a single
 * `certificate`) must carry a transparency log entry (spec v1.0, section 4.1). Attestations
 * from GitHub's own Sigstore instance use timestamps instead, so this is not part of parseBundle.
 */
export function assertOmsBundle(bundle: ParsedBundle): void {
  if (bundle.material.kind === 'certificate' && bundle.tlogEntries === 0) {
    malformed('a keyless signature must carry a transparency log entry');
  }
}

/** DSSE pre-authentication encoding: what the envelope's signature covers. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    payload,
  ]);
}

/** A bundle for key or certificate signing, as the reference writes one. */
export function buildBundle(
  material: { publicKeyHint: string } | { certificates: Buffer[] },
  payload: Buffer,
  signature: Buffer,
): Record<string, unknown> {
  return {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      ...('publicKeyHint' in material
        ? { publicKey: { hint: material.publicKeyHint } }
        : {
            x509CertificateChain: {
              certificates: material.certificates.map((der) => ({ rawBytes: der.toString('base64') })),
            },
          }),
      tlogEntries: [],
    },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: signature.toString('base64'), keyid: '' }],
    },
  };
}
