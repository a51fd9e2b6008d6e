import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";

// src/core/redaction.ts
import { createHash, createHmac, createSecretKey, randomBytes } from "node:crypto";
var FINGERPRINT_VERSION = "v1";
var KEYED_FINGERPRINT_PREFIX = `${FINGERPRINT_VERSION}:k:`;
function isKeyedFingerprint(fingerprint) {
  return fingerprint.startsWith(KEYED_FINGERPRINT_PREFIX);
}
function fingerprintKeyFrom(secret, label = "fingerprint-key") {
  if (secret === void 0 || secret === "") return { bytes: randomBytes(32), stable: false };
  if (secret.length < 16) {
    throw new UsageError("INVALID_INPUT", `${label}: must be at least 16 characters (use a random secret)`);
  }
  return { bytes: createHash("sha256").update(secret, "utf8").digest(), stable: true };
}
function encodeParts(parts) {
  return parts.map((part) => `${Buffer.byteLength(part, "utf8")}:${part}`).join("|");
}
function plainFingerprint(ruleId, path, identity) {
  const digest = createHash("sha256").update(encodeParts([ruleId, path, identity]), "utf8").digest("hex");
  return `${FINGERPRINT_VERSION}:${digest.slice(0, 32)}`;
}
var keyObjects = /* @__PURE__ */ new WeakMap();
function keyedFingerprint(key, ruleId, path, value) {
  let keyObject = keyObjects.get(key.bytes);
  if (keyObject === void 0) {
    keyObject = createSecretKey(key.bytes);
    keyObjects.set(key.bytes, keyObject);
  }
  const digest = createHmac("sha256", keyObject).update(encodeParts([ruleId, path, value]), "utf8").digest("hex");
  return `${KEYED_FINGERPRINT_PREFIX}${digest.slice(0, 32)}`;
}
function maskPreview(value, options = {}) {
  const keepEnd = options.keepEnd ?? 0;
  const separators = options.keepSeparators ?? "";
  const chars = [...value];
  const secretChars = chars.filter((c) => !separators.includes(c)).length;
  const reveal = Math.min(keepEnd, Math.floor(secretChars / 4));
  let revealed = 0;
  const out = new Array(chars.length);
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i];
    if (separators.includes(c)) out[i] = c;
    else if (revealed < reveal) {
      out[i] = c;
      revealed += 1;
    } else out[i] = "*";
  }
  return out.join("").replace(/\*{3,}/g, "***");
}
function maskEmail(value) {
  const at = value.lastIndexOf("@");
  if (at <= 0) return maskPreview(value);
  const dot = value.lastIndexOf(".");
  const tld = dot > at ? value.slice(dot) : "";
  return `${[...value][0]}***@***${tld.length <= 8 ? tld : ""}`;
}

export {
  KEYED_FINGERPRINT_PREFIX,
  isKeyedFingerprint,
  fingerprintKeyFrom,
  plainFingerprint,
  keyedFingerprint,
  maskEmail
};
