import { isNormalizedRelativePath } from '../../core/paths.js';
import { DIGEST_BYTES, parseHashAlgorithm } from './digest.js';
import { jsonErrorText } from './inputs.js';
import {
  compareResourceNames,
  type Manifest,
  parseShardName,
  type Resource,
  resourceAlgorithm,
  type SerializationParameters,
  subjectDigest,
} from './manifest.js';

/**
 * The OMS v1.0 signing payload: an in-toto Statement v1 whose predicate lists the resources.
 * Parsing treats the payload as untrusted even after its signature verified: every name, digest
 * and parameter is checked before the manifest is compared with the files on disk.
 */

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The predicate type of SLSA build provenance, what artifact attestations carry by default. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** model_signing v0.2 payloads: one subject per file, SHA-256 only. Still verified, never written. */
export const OMS_COMPAT_PREDICATE_TYPE = 'https://model_signing/Digests/v0.1';

/** Facts about the signing run, recorded beside the v1.0 fields (which verifiers must ignore). */
export interface Provenance {
  sourceRepository?: string;
  commit?: string;
  ref?: string;
  workflowRun?: string;
  datasets?: Array<{ name: string; digest: Record<string, string> }>;
}

export class PayloadError extends Error {
  override readonly name = 'PayloadError';
}

function serializationJson(serialization: SerializationParameters): Record<string, unknown> {
  return {
    method: serialization.method,
    hash_type: serialization.hashType,
    allow_symlinks: serialization.allowSymlinks,
    ...(serialization.method === 'shards' ? { shard_size: serialization.shardSize } : {}),
    ...(serialization.ignorePaths?.length ? { ignore_paths: serialization.ignorePaths } : {}),
  };
}

export function buildStatement(manifest: Manifest, provenance?: Provenance): Record<string, unknown> {
  return {
    _type: STATEMENT_TYPE,
    subject: [
      { name: manifest.modelName, digest: { sha256: subjectDigest(manifest.resources).toString('hex') } },
    ],
    predicateType: OMS_PREDICATE_TYPE,
    predicate: {
      serialization: serializationJson(manifest.serialization),
      resources: manifest.resources.map((resource) => ({
        name: resource.name,
        algorithm: resource.algorithm,
        digest: resource.digest.toString('hex'),
      })),
      ...(provenance && Object.keys(provenance).length > 0 ? { provenance } : {}),
    },
  };
}

export function statementBytes(statement: Record<string, unknown>): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field<T>(
  record: Record<string, unknown>,
  key: string,
  where: string,
  check: (v: unknown) => v is T,
  what: string,
): T {
  const value = record[key];
  if (!check(value)) throw new PayloadError(`${where}.${key} must be ${what}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const HEX = /^[0-9a-f]+$/;

/**
 * A resource path from a signature is joined to the model directory, so it must be relative,
 * forward-slashed and free of `.`/`..`/empty segments (only a single-file model is named `.`).
 */
export function isSafeResourcePath(name: string): boolean {
  // A backslash is a separator to a Windows verifier: refused here, though Linux allows it.
  return isNormalizedRelativePath(name) && !name.includes('\\');
}

function parseSerialization(value: unknown): SerializationParameters {
  if (!isRecord(value)) throw new PayloadError('predicate.serialization must be an object');
  const where = 'predicate.serialization';
  const method = field(value, 'method', where, isString, 'a string');
  if (method !== 'files' && method !== 'shards') {
    throw new PayloadError(`${where}.method ${JSON.stringify(method)} is not files or shards`);
  }
  const hashName = field(value, 'hash_type', where, isString, 'a string');
  const hashType = parseHashAlgorithm(hashName);
  if (!hashType)
    throw new PayloadError(
      `${where}.hash_type ${JSON.stringify(hashName)} is not supported (sha256, blake2b)`,
    );
  const allowSymlinks = field(value, 'allow_symlinks', where, isBoolean, 'true or false');
  const serialization: SerializationParameters = { method, hashType, allowSymlinks };
  if (method === 'shards') {
    // The reference writes `8.0` (through a protobuf Struct); JSON.parse reads it as 8.
    const shardSize = value.shard_size;
    if (typeof shardSize !== 'number' || !Number.isSafeInteger(shardSize) || shardSize <= 0) {
      throw new PayloadError(`${where}.shard_size must be a positive integer`);
    }
    serialization.shardSize = shardSize;
  }
  if (value.ignore_paths !== undefined) {
    const ignorePaths = field(value, 'ignore_paths', where, isArray, 'a list');
    serialization.ignorePaths = ignorePaths.map((entry, index) => {
      if (typeof entry !== 'string' || !isSafeResourcePath(entry) || entry === '.') {
        throw new PayloadError(`${where}.ignore_paths[${index}] must be a relative path inside the model`);
      }
      return entry;
    });
  }
  return serialization;
}

function parseDigest(value: unknown, where: string, bytes: number): Buffer {
  if (typeof value !== 'string' || !HEX.test(value) || value.length !== bytes * 2) {
    throw new PayloadError(`${where} must be ${bytes * 2} lowercase hex digits`);
  }
  return Buffer.from(value, 'hex');
}

function parseResources(value: unknown, serialization: SerializationParameters): Resource[] {
  if (!isArray(value)) throw new PayloadError('predicate.resources must be a list');
  const algorithm = resourceAlgorithm(serialization);
  const names = new Set<string>();
  const resources = value.map((entry, index): Resource => {
    const where = `predicate.resources[${index}]`;
    if (!isRecord(entry)) throw new PayloadError(`${where} must be an object`);
    const name = field(entry, 'name', where, isString, 'a string');
    const path = serialization.method === 'shards' ? parseShardName(name)?.path : name;
    if (path === undefined)
      throw new PayloadError(`${where}.name ${JSON.stringify(name)} is not path:start:end`);
    if (!isSafeResourcePath(path)) {
      throw new PayloadError(`${where}.name ${JSON.stringify(name)} is absolute or leaves the model`);
    }
    if (names.has(name)) throw new PayloadError(`${where}.name ${JSON.stringify(name)} is listed twice`);
    names.add(name);
    const recorded = field(entry, 'algorithm', where, isString, 'a string');
    if (
      recorded !== algorithm &&
      !(serialization.method === 'files' && parseHashAlgorithm(recorded) === serialization.hashType)
    ) {
      throw new PayloadError(
        `${where}.algorithm ${JSON.stringify(recorded)} does not match the serialization (${algorithm})`,
      );
    }
    return {
      name,
      algorithm,
      digest: parseDigest(entry.digest, `${where}.digest`, DIGEST_BYTES[serialization.hashType]),
    };
  });
  if (names.has('.') && resources.some((resource) => resource.name !== '.')) {
    throw new PayloadError('predicate.resources names `.` (a single-file model) beside other files');
  }
  return resources;
}

function parseSubject(statement: Record<string, unknown>): { name: string; sha256: Buffer } {
  const subjects = field(statement, 'subject', 'statement', isArray, 'a list');
  if (subjects.length !== 1)
    throw new PayloadError(`statement.subject must hold one entry, not ${subjects.length}`);
  const subject = subjects[0];
  if (!isRecord(subject) || !isRecord(subject.digest))
    throw new PayloadError('statement.subject[0] needs a name and a digest');
  const name = field(subject, 'name', 'statement.subject[0]', isString, 'a string');
  return { name, sha256: parseDigest(subject.digest.sha256, 'statement.subject[0].digest.sha256', 32) };
}

function parseCompat(statement: Record<string, unknown>): Manifest {
  const subjects = field(statement, 'subject', 'statement', isArray, 'a list');
  const serialization: SerializationParameters = {
    method: 'files',
    hashType: 'sha256',
    allowSymlinks: false,
  };
  const names = new Set<string>();
  const resources = subjects.map((subject, index): Resource => {
    const where = `statement.subject[${index}]`;
    if (!isRecord(subject) || !isRecord(subject.digest))
      throw new PayloadError(`${where} needs a name and a digest`);
    const name = field(subject, 'name', where, isString, 'a string');
    if (!isSafeResourcePath(name))
      throw new PayloadError(`${where}.name ${JSON.stringify(name)} is absolute or leaves the model`);
    if (names.has(name)) throw new PayloadError(`${where}.name ${JSON.stringify(name)} is listed twice`);
    names.add(name);
    return {
      name,
      algorithm: 'sha256',
      digest: parseDigest(subject.digest.sha256, `${where}.digest.sha256`, 32),
    };
  });
  if (names.has('.') && resources.length > 1) {
    throw new PayloadError('statement.subject names `.` (a single-file model) beside other files');
  }
  return {
    modelName: '',
    serialization,
    resources: resources.sort((a, b) => compareResourceNames('files', a.name, b.name)),
  };
}

export interface ParsedStatement {
  manifest: Manifest;
  predicateType: string;
  provenance?: unknown;
}

/** The manifest a verified payload signs, after every check the reference makes and a few more. */
export function parseStatement(payload: Buffer): ParsedStatement {
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch (error) {
    throw new PayloadError(`the payload is not JSON (${jsonErrorText(error)})`);
  }
  if (!isRecord(statement)) throw new PayloadError('the payload is not a JSON object');
  if (statement._type !== STATEMENT_TYPE) {
    throw new PayloadError(`statement._type must be ${STATEMENT_TYPE}`);
  }
  const predicateType = field(statement, 'predicateType', 'statement', isString, 'a string');
  if (predicateType === OMS_COMPAT_PREDICATE_TYPE) {
    return { manifest: parseCompat(statement), predicateType };
  }
  if (predicateType !== OMS_PREDICATE_TYPE) {
    throw new PayloadError(
      `statement.predicateType ${JSON.stringify(predicateType)} is not ${OMS_PREDICATE_TYPE}`,
    );
  }
  const subject = parseSubject(statement);
  if (!isRecord(statement.predicate)) throw new PayloadError('statement.predicate must be an object');
  const serialization = parseSerialization(statement.predicate.serialization);
  const resources = parseResources(statement.predicate.resources, serialization);
  const digest = subjectDigest(resources);
  if (!digest.equals(subject.sha256)) {
    throw new PayloadError(
      `the subject digest ${subject.sha256.toString('hex')} is not the digest of the listed resources (${digest.toString('hex')})`,
    );
  }
  const ordered = [...resources].sort((a, b) => compareResourceNames(serialization.method, a.name, b.name));
  return {
    manifest: { modelName: subject.name, serialization, resources: ordered },
    predicateType,
    ...(statement.predicate.provenance !== undefined ? { provenance: statement.predicate.provenance } : {}),
  };
}
