import type { KeyObject } from 'node:crypto';
import type { TaskRunner } from '../../core/worker-pool.js';
import {
  assertOmsBundle,
  BUNDLE_V03_MEDIA_TYPE,
  BundleError,
  type ParsedBundle,
  parseBundle,
  preAuthEncoding,
} from './bundle.js';
import type { RangeTask } from './digest.js';
import { publicKeyHint, verifyData } from './keys.js';
import { compareManifests, type Manifest, type ManifestDifference, parseShardName } from './manifest.js';
import { describeIdentity, type IdentityPolicy, identityMismatches } from './policy.js';
import {
  GIT_PATHS,
  hashModel,
  listModelFiles,
  type ModelFile,
  SerializationError,
  signatureInsideModel,
} from './serialize.js';
import { type TrustRoot, verifySigstoreBundle } from './sigstore.js';
import { IN_TOTO_PAYLOAD_TYPE, parseStatement, PayloadError } from './statement.js';
import {
  CertificateError,
  parseCertificate,
  type ParsedCertificate,
  verifyCertificateChain,
} from './x509.js';

/**
 * Verification of an OMS signature over a model: the bundle's signature with the trust the user
 * chose, then the signed manifest against the files on disk. Every failure is reported, with the
 * file it concerns where there is one; nothing from the bundle is trusted before it is checked.
 */

export type Trust =
  | { method: 'key'; publicKey: KeyObject }
  | { method: 'certificate'; anchors: ParsedCertificate[] }
  | { method: 'sigstore'; root: TrustRoot; policy: IdentityPolicy };

export interface VerifyModelInput {
  root: string;
  /** Model file or directory: a display path (see CheckContext). */
  modelPath: string;
  /** Signature bundle: a display path. */
  signaturePath: string;
  /** The bundle's text, already read by the caller. */
  signatureText: string;
  trust: Trust;
  /** Model-relative paths the user leaves out, beside the git paths and the signature itself. */
  ignorePaths: readonly string[];
  ignoreUnsignedFiles: boolean;
  runner: TaskRunner<RangeTask, Uint8Array>;
}

export type FailureKind = 'signature' | 'identity' | 'changed' | 'missing' | 'extra' | 'unreadable';

export interface VerificationFailure {
  kind: FailureKind;
  /** Display path of the file the failure concerns (the signature for signature and identity failures). */
  file: string;
  message: string;
}

export interface ModelVerification {
  verified: boolean;
  /** Who signed, once the signature verified: key hint, certificate subject, or identity and issuer. */
  signer?: string;
  signedAt?: Date;
  manifest?: Manifest;
  failures: VerificationFailure[];
  /** Files the signature covers and that match. */
  matched: number;
  /** Display paths of the files the signature covers and that match it: nothing else is vouched for. */
  verifiedFiles: string[];
}

function joinModel(modelPath: string, name: string, isDirectory: boolean): string {
  if (!isDirectory || name === '.') return modelPath;
  return modelPath === '.' ? name : `${modelPath}/${name}`;
}

/** Checks the bundle's signature; returns the verified payload and who signed it. */
function verifySignature(
  bundle: ParsedBundle,
  trust: Trust,
): { payload: Buffer; signer: string; signedAt?: Date; identityProblems: string[] } {
  const { material, envelope } = bundle;
  if (trust.method === 'sigstore') {
    if (material.kind === 'publicKey')
      throw new BundleError(
        'MALFORMED_BUNDLE',
        'the bundle was signed with a key, not keylessly (use method: key)',
      );
    // Keyless bundles v0.3 carry one certificate; a chain in a v0.3 bundle is how the
    // `certificate` method signs (older keyless bundles, v0.2, did carry chains).
    if (material.kind === 'x509CertificateChain' && bundle.mediaType === BUNDLE_V03_MEDIA_TYPE)
      throw new BundleError(
        'MALFORMED_BUNDLE',
        'the bundle carries a certificate chain, not a Sigstore certificate (use method: certificate)',
      );
    const verified = verifySigstoreBundle(bundle.json, trust.root);
    if (verified.payloadType !== IN_TOTO_PAYLOAD_TYPE)
      throw new BundleError('MALFORMED_BUNDLE', 'the payload is not an in-toto statement');
    return {
      payload: verified.payload,
      signer: describeIdentity(verified.claims),
      ...(verified.signedAt ? { signedAt: verified.signedAt } : {}),
      identityProblems: identityMismatches(verified.claims, trust.policy),
    };
  }
  const pae = preAuthEncoding(envelope.payloadType, envelope.payload);
  if (trust.method === 'key') {
    if (material.kind !== 'publicKey') {
      throw new BundleError(
        'MALFORMED_BUNDLE',
        `the bundle carries ${material.kind === 'certificate' ? 'a Sigstore certificate' : 'a certificate chain'}, not a public key (use method: ${material.kind === 'certificate' ? 'sigstore' : 'certificate'})`,
      );
    }
    const hint = publicKeyHint(trust.publicKey);
    // v1.0.x bundles carry the key itself instead of a hint; the key the user gave is what counts.
    if (material.hint !== undefined && material.hint !== hint) {
      throw new CertificateError(
        `the signature names key ${material.hint}, not the given public key (${hint})`,
      );
    }
    if (!verifyData(trust.publicKey, pae, envelope.signature)) {
      throw new CertificateError('the signature does not verify with the given public key');
    }
    return { payload: envelope.payload, signer: `public key ${hint.slice(0, 16)}`, identityProblems: [] };
  }
  if (material.kind !== 'x509CertificateChain') {
    throw new BundleError(
      'MALFORMED_BUNDLE',
      `the bundle carries ${material.kind === 'publicKey' ? 'a public key' : 'a Sigstore certificate'}, not a certificate chain`,
    );
  }
  const chain = material.certificates.map((der, index) =>
    parseCertificate(der, `bundle certificate ${index + 1}`),
  );
  const verified = verifyCertificateChain(chain, trust.anchors);
  if (!verifyData(verified.leafKey, pae, envelope.signature)) {
    throw new CertificateError('the signature does not verify with the signing certificate key');
  }
  return {
    payload: envelope.payload,
    signer: verified.path[0]!,
    signedAt: verified.signingTime,
    identityProblems: [],
  };
}

function describeSignatureError(error: unknown): string {
  if (
    error instanceof BundleError ||
    error instanceof PayloadError ||
    error instanceof CertificateError ||
    (error instanceof Error && error.name === 'SigstoreError') ||
    (error instanceof Error && error.name === 'KeyError')
  ) {
    return error.message;
  }
  throw error;
}

export async function verifyModel(input: VerifyModelInput): Promise<ModelVerification> {
  const failures: VerificationFailure[] = [];
  const fail = (kind: FailureKind, file: string, message: string): ModelVerification => {
    failures.push({ kind, file, message });
    return { verified: false, failures, matched: 0, verifiedFiles: [] };
  };
  let signed: ReturnType<typeof verifySignature>;
  let manifest: Manifest;
  try {
    const bundle = parseBundle(input.signatureText);
    assertOmsBundle(bundle);
    signed = verifySignature(bundle, input.trust);
    manifest = parseStatement(signed.payload).manifest;
  } catch (error) {
    return fail(
      'signature',
      input.signaturePath,
      `signature ${input.signaturePath} does not verify: ${describeSignatureError(error)}`,
    );
  }
  const base = { signer: signed.signer, ...(signed.signedAt ? { signedAt: signed.signedAt } : {}), manifest };
  if (signed.identityProblems.length > 0) {
    failures.push({
      kind: 'identity',
      file: input.signaturePath,
      message: `signature ${input.signaturePath} is valid but its signer does not match the policy: ${signed.identityProblems.join('; ')}`,
    });
    // Anybody can make a valid keyless signature: one by the wrong signer must not choose what
    // is hashed or how (a 1-byte shard size, ignore paths), so the model is not even read.
    return { ...base, verified: false, failures, matched: 0, verifiedFiles: [] };
  }
  if (manifest.resources.length === 0) {
    return {
      ...base,
      ...fail('signature', input.signaturePath, `signature ${input.signaturePath} covers no files`),
    };
  }

  const signatureInModel = signatureInsideModel(input.root, input.modelPath, input.signaturePath);
  const ignorePaths = [
    ...GIT_PATHS,
    ...(signatureInModel ? [signatureInModel] : []),
    ...input.ignorePaths,
    ...(manifest.serialization.ignorePaths ?? []),
  ];
  let actual: Manifest;
  let isDirectory: boolean;
  let listedFiles: ModelFile[];
  try {
    const listing = await listModelFiles(input.root, input.modelPath, {
      allowSymlinks: manifest.serialization.allowSymlinks,
      ignorePaths,
    });
    isDirectory = listing.isDirectory;
    if (input.ignoreUnsignedFiles) {
      const signedPaths = new Set(
        manifest.resources.map((resource) =>
          manifest.serialization.method === 'shards' ? parseShardName(resource.name)!.path : resource.name,
        ),
      );
      listing.files = listing.files.filter((file) => signedPaths.has(file.name));
    }
    listedFiles = listing.files;
    actual = await hashModel(listing, {
      method: manifest.serialization.method,
      hashType: manifest.serialization.hashType,
      ...(manifest.serialization.shardSize !== undefined
        ? { shardSize: manifest.serialization.shardSize }
        : {}),
      allowSymlinks: manifest.serialization.allowSymlinks,
      ignorePaths: [],
      runner: input.runner,
    });
  } catch (error) {
    if (!(error instanceof SerializationError)) throw error;
    return {
      ...base,
      ...fail('unreadable', error.file, `${input.modelPath} cannot be verified: ${error.message}`),
    };
  }
  const difference = compareManifests(manifest, actual);
  reportDifference(difference, manifest, actual, input.modelPath, isDirectory, failures);
  const matched = manifest.resources.length - difference.changed.length - difference.missing.length;
  const failed = new Set(failures.map((failure) => failure.file));
  const shards = manifest.serialization.method === 'shards';
  const signedPaths = new Set(
    manifest.resources.map((resource) => (shards ? parseShardName(resource.name)!.path : resource.name)),
  );
  // Listed files the signature covers and that matched; an empty file has no shards to sign, so
  // under `shards` it is covered by being empty (as the reference sees it).
  const verifiedFiles = listedFiles
    .filter((file) => signedPaths.has(file.name) || (shards && file.size === 0))
    .map((file) => joinModel(input.modelPath, file.name, isDirectory))
    .filter((file) => !failed.has(file));
  return { ...base, verified: failures.length === 0, failures, matched, verifiedFiles };
}

function reportDifference(
  difference: ManifestDifference,
  manifest: Manifest,
  actual: Manifest,
  modelPath: string,
  isDirectory: boolean,
  failures: VerificationFailure[],
): void {
  const shards = manifest.serialization.method === 'shards';
  const fileOf = (name: string) =>
    joinModel(modelPath, shards ? parseShardName(name)!.path : name, isDirectory);
  const range = (name: string) => {
    const shard = shards ? parseShardName(name) : undefined;
    return shard ? ` (bytes ${shard.start}-${shard.end})` : '';
  };
  // One failure per file, however many of its shards differ; a file that grew or shrank has
  // shards on both sides of the difference, and is simply modified.
  const signedFiles = new Set(manifest.resources.map((resource) => fileOf(resource.name)));
  const presentFiles = new Set(actual.resources.map((resource) => fileOf(resource.name)));
  const reported = new Set<string>();
  const once = (kind: FailureKind, name: string, message: string) => {
    const file = fileOf(name);
    if (reported.has(file)) return;
    reported.add(file);
    failures.push({ kind, file, message });
  };
  for (const name of difference.changed)
    once('changed', name, `${fileOf(name)} was modified after signing${range(name)}`);
  for (const name of [...difference.missing, ...difference.extra]) {
    if (signedFiles.has(fileOf(name)) && presentFiles.has(fileOf(name))) {
      once('changed', name, `${fileOf(name)} was modified after signing (its size changed)`);
    }
  }
  for (const name of difference.missing) once('missing', name, `${fileOf(name)} is signed but missing`);
  for (const name of difference.extra) once('extra', name, `${fileOf(name)} is not covered by the signature`);
}
