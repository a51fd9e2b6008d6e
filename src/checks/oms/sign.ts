import type { KeyObject } from 'node:crypto';
import type { TaskRunner } from '../../core/worker-pool.js';
import { buildBundle, preAuthEncoding } from './bundle.js';
import type { HashAlgorithm, RangeTask } from './digest.js';
import { publicKeyHint, signData } from './keys.js';
import { type Manifest, type SerializationMethod, subjectDigest } from './manifest.js';
import {
  GIT_PATHS,
  hashModel,
  listModelFiles,
  type ModelFiles,
  SerializationError,
  signatureInsideModel,
} from './serialize.js';
import { type KeylessOptions, signKeyless } from './sigstore.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, type Provenance, statementBytes } from './statement.js';
import type { ParsedCertificate } from './x509.js';

/** Signing a model: serialize, build the OMS statement, sign it with the chosen method. */

export type Signing =
  | { method: 'key'; privateKey: KeyObject }
  | { method: 'certificate'; privateKey: KeyObject; chain: ParsedCertificate[] }
  | { method: 'sigstore'; keyless: KeylessOptions };

export interface SignModelInput {
  root: string;
  /** Display path (see CheckContext) of the model. */
  modelPath: string;
  /** Display path the signature will be written to (left out of the model if inside it). */
  signaturePath: string;
  signing: Signing;
  method: SerializationMethod;
  hashType: HashAlgorithm;
  shardSize?: number;
  allowSymlinks: boolean;
  /** Model-relative paths to leave unsigned, beside the git paths and the signature. */
  ignorePaths: readonly string[];
  provenance?: Provenance;
  runner: TaskRunner<RangeTask, Uint8Array>;
}

export interface SignedModel {
  bundle: Record<string, unknown>;
  manifest: Manifest;
  files: ModelFiles;
  subjectDigest: string;
}

export async function signModel(input: SignModelInput): Promise<SignedModel> {
  const signatureInModel = signatureInsideModel(input.root, input.modelPath, input.signaturePath);
  const ignorePaths = [
    ...new Set([...GIT_PATHS, ...(signatureInModel ? [signatureInModel] : []), ...input.ignorePaths]),
  ];
  const files = await listModelFiles(input.root, input.modelPath, {
    allowSymlinks: input.allowSymlinks,
    ignorePaths,
  });
  if (files.files.length === 0) {
    throw new SerializationError(
      'EMPTY_MODEL',
      input.modelPath,
      `model ${input.modelPath} has no files to sign (after ignore-paths)`,
    );
  }
  const manifest = await hashModel(files, {
    method: input.method,
    hashType: input.hashType,
    ...(input.shardSize !== undefined ? { shardSize: input.shardSize } : {}),
    allowSymlinks: input.allowSymlinks,
    ignorePaths: files.isDirectory ? ignorePaths : [],
    runner: input.runner,
  });
  if (manifest.resources.length === 0) {
    // `shards` gives an empty file no shard: a signature over nothing could never verify.
    throw new SerializationError(
      'EMPTY_MODEL',
      input.modelPath,
      `model ${input.modelPath} has no content to sign (its files are empty, and shards cover only bytes)`,
    );
  }
  const payload = statementBytes(buildStatement(manifest, input.provenance));
  const digest = subjectDigest(manifest.resources).toString('hex');
  const { signing } = input;
  let bundle: Record<string, unknown>;
  if (signing.method === 'sigstore') {
    bundle = (await signKeyless(payload, signing.keyless)) as unknown as Record<string, unknown>;
  } else {
    const signature = signData(signing.privateKey, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload));
    bundle = buildBundle(
      signing.method === 'key'
        ? { publicKeyHint: publicKeyHint(signing.privateKey) }
        : { certificates: signing.chain.map((certificate) => certificate.der) },
      payload,
      signature,
    );
  }
  return { bundle, manifest, files, subjectDigest: digest };
}
