import { createHash, createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { UsageError } from './errors.js';

/**
 * Fingerprints and previews for findings. A fingerprint of a sensitive value is an HMAC under a
 * key the public never sees: a plain hash of a 9-digit SSN is reversed by trying all 10^9 values.
 */

export const FINGERPRINT_VERSION = 'v1';

export interface FingerprintKey {
  readonly bytes: Buffer;
  /** False for a per-run random key: fingerprints then match only within one run. */
  readonly stable: boolean;
}

export const KEYED_FINGERPRINT_PREFIX = `${FINGERPRINT_VERSION}:k:`;

export function isKeyedFingerprint(fingerprint: string): boolean {
  return fingerprint.startsWith(KEYED_FINGERPRINT_PREFIX);
}

/** `label` names where the secret came from (`input fingerprint-key`), for the error. */
export function fingerprintKeyFrom(secret: string | undefined, label = 'fingerprint-key'): FingerprintKey {
  if (secret === undefined || secret === '') return { bytes: randomBytes(32), stable: false };
  if (secret.length < 16) {
    throw new UsageError('INVALID_INPUT', `${label}: must be at least 16 characters (use a random secret)`);
  }
  return { bytes: createHash('sha256').update(secret, 'utf8').digest(), stable: true };
}

function encodeParts(parts: readonly string[]): string {
  // Length-prefixed so ('ab','c') and ('a','bc') can never collide.
  return parts.map((part) => `${Buffer.byteLength(part, 'utf8')}:${part}`).join('|');
}

/** Stable id of a finding that holds nothing secret: rule, file and what was found there. */
export function plainFingerprint(ruleId: string, path: string, identity: string): string {
  const digest = createHash('sha256')
    .update(encodeParts([ruleId, path, identity]), 'utf8')
    .digest('hex');
  return `${FINGERPRINT_VERSION}:${digest.slice(0, 32)}`;
}

/** Id of a finding over a sensitive value: cannot be brute-forced without the key. */
/** One KeyObject per key: importing raw key bytes on every HMAC is most of its cost. */
const keyObjects = new WeakMap<Uint8Array, KeyObject>();

export function keyedFingerprint(key: FingerprintKey, ruleId: string, path: string, value: string): string {
  let keyObject = keyObjects.get(key.bytes);
  if (keyObject === undefined) {
    keyObject = createSecretKey(key.bytes);
    keyObjects.set(key.bytes, keyObject);
  }
  const digest = createHmac('sha256', keyObject)
    .update(encodeParts([ruleId, path, value]), 'utf8')
    .digest('hex');
  return `${KEYED_FINGERPRINT_PREFIX}${digest.slice(0, 32)}`;
}

/**
 * A preview that shows shape, never the value: at most `keepEnd` trailing characters stay (and
 * only when the value is long enough that they are a small part of it), everything else becomes
 * `*`, separators are kept: with `keepEnd: 4` a 9-digit `123-45-6789` reads `***-**-**89` (at most a
 * quarter of its 9 digits, so two) and a 16-digit card `4111 1111 1111 1111` reads `*** *** *** 1111`.
 */
export function maskPreview(
  value: string,
  options: { keepEnd?: number; keepSeparators?: string } = {},
): string {
  const keepEnd = options.keepEnd ?? 0;
  const separators = options.keepSeparators ?? '';
  const chars = [...value];
  const secretChars = chars.filter((c) => !separators.includes(c)).length;
  // Never reveal more than a quarter of the meaningful characters.
  const reveal = Math.min(keepEnd, Math.floor(secretChars / 4));
  let revealed = 0;
  const out: string[] = new Array<string>(chars.length);
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i]!;
    if (separators.includes(c)) out[i] = c;
    else if (revealed < reveal) {
      out[i] = c;
      revealed += 1;
    } else out[i] = '*';
  }
  // Runs of stars collapse to three so length is not revealed either.
  return out.join('').replace(/\*{3,}/g, '***');
}

/** `jane.doe@mail.example.com` -> `j***@***.com`. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskPreview(value);
  const dot = value.lastIndexOf('.');
  const tld = dot > at ? value.slice(dot) : '';
  return `${[...value][0]}***@***${tld.length <= 8 ? tld : ''}`;
}
