import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  jsonErrorText
} from "./chunk-IBSJNB6F.mjs";
import {
  isNormalizedRelativePath
} from "./chunk-MHLR25UR.mjs";
import {
  DIGEST_BYTES,
  hashBytes,
  parseHashAlgorithm
} from "./chunk-JLVXBGN6.mjs";
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";

// src/checks/oms/manifest.ts
var DEFAULT_SHARD_SIZE = 1e9;
function resourceAlgorithm(serialization) {
  return serialization.method === "shards" ? `${serialization.hashType}-sharded-${serialization.shardSize ?? DEFAULT_SHARD_SIZE}` : serialization.hashType;
}
function compareCodePoints(a, b) {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = left[i].codePointAt(0) - right[i].codePointAt(0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}
function comparePaths(a, b) {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = compareCodePoints(left[i], right[i]);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}
function parseShardName(name) {
  const match = /^(.*):(0|[1-9]\d*):(0|[1-9]\d*)$/s.exec(name);
  if (!match) return void 0;
  const start = Number(match[2]);
  const end = Number(match[3]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return void 0;
  return { path: match[1], start, end };
}
function compareResourceNames(method, a, b) {
  if (method === "files") return comparePaths(a, b);
  const left = parseShardName(a);
  const right = parseShardName(b);
  if (!left || !right) return comparePaths(a, b);
  return comparePaths(left.path, right.path) || left.start - right.start || left.end - right.end;
}
function sortResources(method, resources) {
  return resources.sort((a, b) => compareResourceNames(method, a.name, b.name));
}
function subjectDigest(resources) {
  return hashBytes("sha256", ...resources.map((resource) => resource.digest));
}
function compareManifests(signed, actual) {
  const expected = new Map(signed.resources.map((resource) => [resource.name, resource]));
  const found = new Map(actual.resources.map((resource) => [resource.name, resource]));
  const difference = { changed: [], missing: [], extra: [] };
  for (const [name, resource] of expected) {
    const mine = found.get(name);
    if (!mine) difference.missing.push(name);
    else if (mine.algorithm !== resource.algorithm || !mine.digest.equals(resource.digest))
      difference.changed.push(name);
  }
  for (const name of found.keys()) if (!expected.has(name)) difference.extra.push(name);
  const method = signed.serialization.method;
  for (const list of Object.values(difference))
    list.sort((a, b) => compareResourceNames(method, a, b));
  return difference;
}

// src/checks/oms/shared-options.ts
var THREADS_OPTION = {
  name: "threads",
  type: "number",
  description: "Hashing threads; 0 for one per core.",
  default: "0"
};
function threadsOption(value) {
  if (!(typeof value === "number" && Number.isInteger(value) && value >= 0)) {
    throw new UsageError(
      "INVALID_INPUT",
      `threads: expected a whole number, 0 for one per core, got ${String(value)}`
    );
  }
  return value;
}
function singleModelPath(paths, check) {
  if (paths.length !== 1) {
    throw new UsageError(
      "INVALID_INPUT",
      paths.length === 0 ? `${check} needs the model file or directory (model-path)` : `${check} takes one model path, got ${paths.length}: a signature covers one file or directory`
    );
  }
  return paths[0];
}

// src/checks/oms/statement.ts
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var OMS_PREDICATE_TYPE = "https://model_signing/signature/v1.0";
var OMS_COMPAT_PREDICATE_TYPE = "https://model_signing/Digests/v0.1";
var PayloadError = class extends Error {
  name = "PayloadError";
};
function serializationJson(serialization) {
  return {
    method: serialization.method,
    hash_type: serialization.hashType,
    allow_symlinks: serialization.allowSymlinks,
    ...serialization.method === "shards" ? { shard_size: serialization.shardSize } : {},
    ...serialization.ignorePaths?.length ? { ignore_paths: serialization.ignorePaths } : {}
  };
}
function buildStatement(manifest, provenance) {
  return {
    _type: STATEMENT_TYPE,
    subject: [
      { name: manifest.modelName, digest: { sha256: subjectDigest(manifest.resources).toString("hex") } }
    ],
    predicateType: OMS_PREDICATE_TYPE,
    predicate: {
      serialization: serializationJson(manifest.serialization),
      resources: manifest.resources.map((resource) => ({
        name: resource.name,
        algorithm: resource.algorithm,
        digest: resource.digest.toString("hex")
      })),
      ...provenance && Object.keys(provenance).length > 0 ? { provenance } : {}
    }
  };
}
function statementBytes(statement) {
  return Buffer.from(JSON.stringify(statement), "utf8");
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(record, key, where, check, what) {
  const value = record[key];
  if (!check(value)) throw new PayloadError(`${where}.${key} must be ${what}`);
  return value;
}
var isString = (v) => typeof v === "string";
var isBoolean = (v) => typeof v === "boolean";
var isArray = (v) => Array.isArray(v);
var HEX = /^[0-9a-f]+$/;
function isSafeResourcePath(name) {
  return isNormalizedRelativePath(name) && !name.includes("\\");
}
function parseSerialization(value) {
  if (!isRecord(value)) throw new PayloadError("predicate.serialization must be an object");
  const where = "predicate.serialization";
  const method = field(value, "method", where, isString, "a string");
  if (method !== "files" && method !== "shards") {
    throw new PayloadError(`${where}.method ${JSON.stringify(method)} is not files or shards`);
  }
  const hashName = field(value, "hash_type", where, isString, "a string");
  const hashType = parseHashAlgorithm(hashName);
  if (!hashType)
    throw new PayloadError(
      `${where}.hash_type ${JSON.stringify(hashName)} is not supported (sha256, blake2b)`
    );
  const allowSymlinks = field(value, "allow_symlinks", where, isBoolean, "true or false");
  const serialization = { method, hashType, allowSymlinks };
  if (method === "shards") {
    const shardSize = value.shard_size;
    if (typeof shardSize !== "number" || !Number.isSafeInteger(shardSize) || shardSize <= 0) {
      throw new PayloadError(`${where}.shard_size must be a positive integer`);
    }
    serialization.shardSize = shardSize;
  }
  if (value.ignore_paths !== void 0) {
    const ignorePaths = field(value, "ignore_paths", where, isArray, "a list");
    serialization.ignorePaths = ignorePaths.map((entry, index) => {
      if (typeof entry !== "string" || !isSafeResourcePath(entry) || entry === ".") {
        throw new PayloadError(`${where}.ignore_paths[${index}] must be a relative path inside the model`);
      }
      return entry;
    });
  }
  return serialization;
}
function parseDigest(value, where, bytes) {
  if (typeof value !== "string" || !HEX.test(value) || value.length !== bytes * 2) {
    throw new PayloadError(`${where} must be ${bytes * 2} lowercase hex digits`);
  }
  return Buffer.from(value, "hex");
}
function parseResources(value, serialization) {
  if (!isArray(value)) throw new PayloadError("predicate.resources must be a list");
  const algorithm = resourceAlgorithm(serialization);
  const names = /* @__PURE__ */ new Set();
  const resources = value.map((entry, index) => {
    const where = `predicate.resources[${index}]`;
    if (!isRecord(entry)) throw new PayloadError(`${where} must be an object`);
    const name = field(entry, "name", where, isString, "a string");
    const path = serialization.method === "shards" ? parseShardName(name)?.path : name;
    if (path === void 0)
      throw new PayloadError(`${where}.name ${JSON.stringify(name)} is not path:start:end`);
    if (!isSafeResourcePath(path)) {
      throw new PayloadError(`${where}.name ${JSON.stringify(name)} is absolute or leaves the model`);
    }
    if (names.has(name)) throw new PayloadError(`${where}.name ${JSON.stringify(name)} is listed twice`);
    names.add(name);
    const recorded = field(entry, "algorithm", where, isString, "a string");
    if (recorded !== algorithm && !(serialization.method === "files" && parseHashAlgorithm(recorded) === serialization.hashType)) {
      throw new PayloadError(
        `${where}.algorithm ${JSON.stringify(recorded)} does not match the serialization (${algorithm})`
      );
    }
    return {
      name,
      algorithm,
      digest: parseDigest(entry.digest, `${where}.digest`, DIGEST_BYTES[serialization.hashType])
    };
  });
  if (names.has(".") && resources.some((resource) => resource.name !== ".")) {
    throw new PayloadError("predicate.resources names `.` (a single-file model) beside other files");
  }
  return resources;
}
function parseSubject(statement) {
  const subjects = field(statement, "subject", "statement", isArray, "a list");
  if (subjects.length !== 1)
    throw new PayloadError(`statement.subject must hold one entry, not ${subjects.length}`);
  const subject = subjects[0];
  if (!isRecord(subject) || !isRecord(subject.digest))
    throw new PayloadError("statement.subject[0] needs a name and a digest");
  const name = field(subject, "name", "statement.subject[0]", isString, "a string");
  return { name, sha256: parseDigest(subject.digest.sha256, "statement.subject[0].digest.sha256", 32) };
}
function parseCompat(statement) {
  const subjects = field(statement, "subject", "statement", isArray, "a list");
  const serialization = {
    method: "files",
    hashType: "sha256",
    allowSymlinks: false
  };
  const names = /* @__PURE__ */ new Set();
  const resources = subjects.map((subject, index) => {
    const where = `statement.subject[${index}]`;
    if (!isRecord(subject) || !isRecord(subject.digest))
      throw new PayloadError(`${where} needs a name and a digest`);
    const name = field(subject, "name", where, isString, "a string");
    if (!isSafeResourcePath(name))
      throw new PayloadError(`${where}.name ${JSON.stringify(name)} is absolute or leaves the model`);
    if (names.has(name)) throw new PayloadError(`${where}.name ${JSON.stringify(name)} is listed twice`);
    names.add(name);
    return {
      name,
      algorithm: "sha256",
      digest: parseDigest(subject.digest.sha256, `${where}.digest.sha256`, 32)
    };
  });
  if (names.has(".") && resources.length > 1) {
    throw new PayloadError("statement.subject names `.` (a single-file model) beside other files");
  }
  return {
    modelName: "",
    serialization,
    resources: resources.sort((a, b) => compareResourceNames("files", a.name, b.name))
  };
}
function parseStatement(payload) {
  let statement;
  try {
    statement = JSON.parse(payload.toString("utf8"));
  } catch (error) {
    throw new PayloadError(`the payload is not JSON (${jsonErrorText(error)})`);
  }
  if (!isRecord(statement)) throw new PayloadError("the payload is not a JSON object");
  if (statement._type !== STATEMENT_TYPE) {
    throw new PayloadError(`statement._type must be ${STATEMENT_TYPE}`);
  }
  const predicateType = field(statement, "predicateType", "statement", isString, "a string");
  if (predicateType === OMS_COMPAT_PREDICATE_TYPE) {
    return { manifest: parseCompat(statement), predicateType };
  }
  if (predicateType !== OMS_PREDICATE_TYPE) {
    throw new PayloadError(
      `statement.predicateType ${JSON.stringify(predicateType)} is not ${OMS_PREDICATE_TYPE}`
    );
  }
  const subject = parseSubject(statement);
  if (!isRecord(statement.predicate)) throw new PayloadError("statement.predicate must be an object");
  const serialization = parseSerialization(statement.predicate.serialization);
  const resources = parseResources(statement.predicate.resources, serialization);
  const digest = subjectDigest(resources);
  if (!digest.equals(subject.sha256)) {
    throw new PayloadError(
      `the subject digest ${subject.sha256.toString("hex")} is not the digest of the listed resources (${digest.toString("hex")})`
    );
  }
  const ordered = [...resources].sort((a, b) => compareResourceNames(serialization.method, a.name, b.name));
  return {
    manifest: { modelName: subject.name, serialization, resources: ordered },
    predicateType,
    ...statement.predicate.provenance !== void 0 ? { provenance: statement.predicate.provenance } : {}
  };
}

export {
  DEFAULT_SHARD_SIZE,
  resourceAlgorithm,
  comparePaths,
  parseShardName,
  sortResources,
  subjectDigest,
  compareManifests,
  THREADS_OPTION,
  threadsOption,
  singleModelPath,
  IN_TOTO_PAYLOAD_TYPE,
  SLSA_PROVENANCE_V1,
  PayloadError,
  buildStatement,
  statementBytes,
  parseStatement
};
