import type { SecretType } from './entities.js';

/**
 * Secret formats, each anchored on its literal prefix (the fast pass finds the prefix, the sticky
 * pattern then checks the whole shape at that position), and placeholder detection so that
 * documentation values (`AKIA...EXAMPLE`, `sk-xxxx`, `${OPENAI_API_KEY}`) are not reported.
 */

export interface SecretPattern {
  type: SecretType;
  /** Literal the token starts with; the scanner dispatches on it. */
  prefix: string;
  /** Sticky pattern matched at the token start. */
  pattern: RegExp;
  /** Length of the non-random part, skipped by the placeholder check. */
  fixedLength: number;
  /**
   * Base64 of structured data (a JWT): marker words in its text are chance, not a placeholder
   * (a 1,500-character token holds `your` or `fake` about once in 250).
   */
  encoded?: boolean;
  validate?: (value: string) => boolean;
  /** Confidence of a value in the provider's documented shape (a valid checksum where it has one). */
  confidence: number;
  /**
   * For formats with a stronger and a weaker form: the confidence of this value, at most
   * `confidence` (a failed checksum, a tail the documented shape does not end in).
   */
  grade?: (value: string) => number;
}

const END = '(?![A-Za-z0-9_-])';
const sticky = (source: string) => new RegExp(source, 'y');

function isJwt(value: string): boolean {
  const [header, payload] = value.split('.');
  try {
    const decoded = JSON.parse(Buffer.from(header!, 'base64url').toString('utf8')) as { alg?: unknown };
    if (typeof decoded !== 'object' || decoded === null || typeof decoded.alg !== 'string') return false;
    // jwt.io's sample token ("John Doe", sub 1234567890) is in countless tutorials.
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as {
      sub?: unknown;
      name?: unknown;
    };
    return !(claims?.sub === '1234567890' && claims?.name === 'John Doe');
  } catch {
    return false;
  }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * GitHub's and npm's token checksum: the last six characters are the CRC32 of the 30 random
 * characters before them, in base62 (digits, upper case, lower case), left-padded with `0`.
 */
export function hasBase62Crc32(body: string): boolean {
  if (body.length !== 36) return false;
  // zlib is taken when the first token is checked: start-up does not pay for it.
  let crc = process.getBuiltinModule('node:zlib').crc32(body.slice(0, 30));
  for (let i = 35; i >= 30; i--) {
    if (body[i] !== BASE62[crc % 62]) return false;
    crc = Math.floor(crc / 62);
  }
  return crc === 0;
}

/** Ordered: the first pattern whose prefix and shape match wins (`sk-ant-` before `sk-`). */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    type: 'anthropic-api-key',
    prefix: 'sk-ant-',
    pattern: sticky(`sk-ant-(?:api|admin|oat)\\d{2}-[A-Za-z0-9_-]{80,120}${END}`),
    fixedLength: 14,
    confidence: 0.97,
    // Documented: `sk-ant-api03-` (or `admin01-`), 93 URL-safe characters, then `AA`.
    grade: (value) => (/^sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{93}AA$/.test(value) ? 0.97 : 0.8),
  },
  {
    type: 'openai-api-key',
    prefix: 'sk-',
    // Project, service-account, admin and legacy keys all embed "T3BlbkFJ" (base64 of "OpenAI").
    pattern: sticky(`sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}${END}`),
    fixedLength: 3,
    confidence: 0.97,
  },
  {
    type: 'openai-api-key',
    prefix: 'sk-proj-',
    pattern: sticky(`sk-proj-[A-Za-z0-9_-]{56,}${END}`),
    fixedLength: 8,
    confidence: 0.9,
  },
  // User access tokens and organisation tokens: 34 letters and digits (public scanners disagree
  // on whether digits occur; a leak scanner errs toward recall, the placeholder guards stay).
  ...['hf_', 'api_org_'].map((prefix): SecretPattern => ({
    type: 'huggingface-token',
    prefix,
    pattern: sticky(`${prefix}[A-Za-z0-9]{34}${END}`),
    fixedLength: prefix.length,
    confidence: 0.95,
  })),
  ...['AKIA', 'ASIA', 'ABIA', 'ACCA'].map((prefix): SecretPattern => ({
    type: 'aws-access-key-id',
    prefix,
    // Upper-case letters and digits: issued ids are not limited to base32 (0, 1, 8 and 9 occur).
    pattern: sticky(`${prefix}[A-Z0-9]{16}${END}`),
    fixedLength: 4,
    confidence: 0.95,
  })),
  // 36 base62 characters whose last six are a CRC32 of the first 30; GitHub may issue longer ones
  // (up to 255, installation tokens first), which have no checksum this can check.
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map((prefix): SecretPattern => ({
    type: 'github-token',
    prefix,
    pattern: sticky(`${prefix}[A-Za-z0-9]{36,255}${END}`),
    fixedLength: 4,
    confidence: 0.99,
    grade: (value) => (value.length === 40 ? (hasBase62Crc32(value.slice(4)) ? 0.99 : 0.85) : 0.9),
  })),
  {
    type: 'github-token',
    prefix: 'github_pat_',
    // 82 word characters; the `_` that separates the id from the secret may fall anywhere.
    pattern: sticky(`github_pat_[A-Za-z0-9_]{82}${END}`),
    fixedLength: 11,
    confidence: 0.97,
  },
  // Configuration tokens (`xoxe.xoxp-1-…`, `xoxe.xoxb-1-…`) and their refresh tokens (`xoxe-1-…`).
  {
    type: 'slack-token',
    prefix: 'xoxe.xox',
    pattern: sticky(`xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{140,200}${END}`),
    fixedLength: 12,
    confidence: 0.95,
  },
  {
    type: 'slack-token',
    prefix: 'xoxe-',
    pattern: sticky(`xoxe-\\d-[A-Za-z0-9]{140,200}${END}`),
    fixedLength: 7,
    confidence: 0.95,
  },
  // Bot, user and legacy tokens: workspace and user ids of 8 to 14 digits, then the secret.
  {
    type: 'slack-token',
    prefix: 'xox',
    pattern: sticky(`xox[abposr]-(?:\\d-)?(?:\\d{8,14}-){1,3}[A-Za-z0-9-]{10,}${END}`),
    fixedLength: 5,
    confidence: 0.95,
  },
  // App-level tokens: `xapp-1-`, the app id (`A…`), a numeric id, then 64 hex digits.
  {
    type: 'slack-token',
    prefix: 'xapp-',
    pattern: sticky(`xapp-\\d-A[A-Z0-9]{8,12}-\\d{10,14}-[A-Za-z0-9]{32,80}${END}`),
    fixedLength: 7,
    confidence: 0.95,
  },
  // Incoming webhooks (`services/`), Workflow Builder webhooks (`workflows/`) and triggers
  // (`triggers/`), with or without a scheme.
  ...['https://hooks.slack.com/', 'http://hooks.slack.com/', 'hooks.slack.com/'].map(
    (prefix): SecretPattern => ({
      type: 'slack-webhook',
      prefix,
      pattern: sticky(
        `${prefix.replace(/\./g, '\\.')}(?:services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}|workflows/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}/\\d{6,20}|triggers/T[A-Z0-9]{6,12}/\\d{6,20})/[A-Za-z0-9]{20,40}(?![A-Za-z0-9])`,
      ),
      fixedLength: prefix.length,
      confidence: 0.95,
    }),
  ),
  {
    type: 'google-api-key',
    prefix: 'AIza',
    pattern: sticky(`AIza[0-9A-Za-z_-]{35}${END}`),
    fixedLength: 4,
    confidence: 0.93,
  },
  ...['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'].map((prefix): SecretPattern => ({
    type: 'stripe-key',
    prefix,
    pattern: sticky(`${prefix}[0-9A-Za-z]{24,247}${END}`),
    fixedLength: 8,
    confidence: prefix.includes('live') ? 0.97 : 0.75,
  })),
  {
    type: 'private-key',
    prefix: '-----BEGIN ',
    pattern: sticky('-----BEGIN (?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----'),
    fixedLength: Infinity,
    confidence: 0.97,
  },
  {
    type: 'replicate-token',
    prefix: 'r8_',
    pattern: sticky(`r8_[A-Za-z0-9]{37}${END}`),
    fixedLength: 3,
    confidence: 0.95,
  },
  {
    type: 'groq-api-key',
    prefix: 'gsk_',
    pattern: sticky(`gsk_[A-Za-z0-9]{52}${END}`),
    fixedLength: 4,
    confidence: 0.95,
  },
  {
    type: 'langsmith-api-key',
    prefix: 'lsv2_',
    pattern: sticky(`lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}${END}`),
    fixedLength: 8,
    confidence: 0.97,
  },
  {
    type: 'npm-token',
    prefix: 'npm_',
    pattern: sticky(`npm_[A-Za-z0-9]{36}${END}`),
    fixedLength: 4,
    // The same checksum as GitHub's tokens.
    confidence: 0.97,
    grade: (value) => (hasBase62Crc32(value.slice(4)) ? 0.97 : 0.85),
  },
  {
    type: 'pypi-token',
    prefix: 'pypi-',
    pattern: sticky(`pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}${END}`),
    fixedLength: 19,
    confidence: 0.97,
  },
  {
    type: 'databricks-token',
    prefix: 'dapi',
    pattern: sticky(`dapi[a-f0-9]{32}(?:-\\d)?${END}`),
    fixedLength: 4,
    confidence: 0.93,
  },
  {
    type: 'jwt',
    prefix: 'eyJ',
    pattern: sticky('eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}'),
    fixedLength: 3,
    encoded: true,
    validate: isJwt,
    confidence: 0.85,
  },
];

/** base64url characters, the alphabet of a JWT's three segments. */
const B64URL = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
  B64URL[c.charCodeAt(0)] = 1;

/** End of the base64url run at `start`, at most `limit`. */
function b64urlRunEnd(buf: Uint8Array, start: number, limit: number): number {
  let i = start;
  while (i < limit && B64URL[buf[i]!]) i += 1;
  return i;
}

/**
 * End of the JWS compact serialisation that starts at `start` (`eyJ…` header, `.`, `eyJ…`
 * payload, `.`, signature; the shape of the `jwt` pattern), or -1. Reads bytes only, however long
 * the token (RS512 and PS512 signatures alone are 683 characters; claims have no bound), and
 * never past `limit`, so the scanner can size its window to the token before decoding it.
 */
export function jwtSpanEnd(buf: Uint8Array, start: number, limit: number): number {
  let at = start;
  for (let segment = 0; segment < 2; segment++) {
    if (at + 3 > limit || buf[at] !== 101 || buf[at + 1] !== 121 || buf[at + 2] !== 74) return -1;
    const end = b64urlRunEnd(buf, at + 3, limit);
    if (end - at < 11 || end >= limit || buf[end] !== 46) return -1;
    at = end + 1;
  }
  const end = b64urlRunEnd(buf, at, limit);
  return end - at >= 16 ? end : -1;
}

const BASE64 = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=')
  BASE64[c.charCodeAt(0)] = 1;
const isLetter = (b: number) => (b | 32) >= 97 && (b | 32) <= 122;
/** Armour headers past which a BEGIN line of a private key is reported whatever follows. */
const MAX_ARMOUR_BYTES = 64 * 1024;

/**
 * Whether key material follows a PEM BEGIN line that ends at `at`: past line breaks (real ones or
 * `\n` escapes, as in JSON and .env values), quotes, commas and `+` (a key split over string
 * literals), and armour headers (any `Name: value` line: `Proc-Type: …`, `Comment: …`), a run of at least 20
 * base64 characters. A BEGIN line followed by its END line, by code (`startswith("…")`) or by
 * nothing at all is no key. When `limit` comes first (the piece ends; the rest of the file may be
 * in the next one), undefined: the caller decides with what follows.
 */
export function pemBodyFollows(buf: Uint8Array, at: number, limit: number): boolean | undefined {
  let i = at;
  for (;;) {
    // However many armour headers, however long (GnuPG takes any): past this much of them, a
    // BEGIN line of a private key is taken as a key rather than let through.
    if (i - at > MAX_ARMOUR_BYTES) return true;
    while (i < limit && i - at <= MAX_ARMOUR_BYTES) {
      const b = buf[i]!;
      if (b === 32 || b === 9 || b === 10 || b === 13 || b === 34 || b === 39 || b === 44 || b === 43) {
        i += 1;
        continue;
      }
      if (b === 92) {
        let j = i;
        while (j < limit && buf[j] === 92) j += 1;
        if (j < limit && (buf[j] === 110 || buf[j] === 114)) {
          i = j + 1;
          continue;
        }
        if (j === limit) i = j;
      }
      break;
    }
    if (i >= limit) return undefined;
    // An armour header (RFC 1421, RFC 4880): its name, `: `, a value up to the line's end.
    let name = i;
    while (name < limit && name - i < 64 && (isLetter(buf[name]!) || buf[name] === 45)) name += 1;
    if (name > i && name < limit && buf[name] === 58 && buf[name + 1] === 32) {
      i = name + 2;
      while (i < limit && buf[i] !== 10 && buf[i] !== 92 && buf[i] !== 34) i += 1;
      continue;
    }
    let end = i;
    const seen = new Set<number>();
    while (end < limit && BASE64[buf[end]!]) {
      if (seen.size < 10) seen.add(buf[end]!);
      end += 1;
    }
    // The run is cut by the piece's end: what was read so far decides, else the rest may.
    if (end === limit && end - i < 20) return undefined;
    return end - i >= 20 && seen.size >= 10;
  }
  return false;
}

/** Weights & Biases keys are 40 hex characters with no prefix: reported only next to "wandb". */
export const WANDB_KEY = /^[a-f0-9]{40}$/;
export const WANDB_CONTEXT = /wandb|weights\s*(?:&|and)\s*biases/i;

const PLACEHOLDER_WORDS =
  /example|sample|placeholder|redacted|your|dummy|fake|changeme|insert|replace|(?:token|key|secret)here|xxxx|\*\*\*|\.\.\.|<|>|\$\{|\{\{|%[sd]/i;

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A value from documentation or a template rather than a live credential: marker words, runs of
 * one character, sequential alphabets, or too little entropy for a generated key.
 */
export function isPlaceholderSecret(value: string, fixedLength: number, words = true): boolean {
  if (!Number.isFinite(fixedLength)) return false;
  const body = value.slice(fixedLength);
  if (words && PLACEHOLDER_WORDS.test(body)) return true;
  if (/(.)\1{5,}/.test(body)) return true;
  if (/0123456789|abcdefghij|ABCDEFGHIJ|1234567890/.test(body)) return true;
  const alnum = body.replace(/[^A-Za-z0-9]/g, '');
  // Random keys have close to log2(alphabet) bits per character; short bodies need a lower bar.
  return alnum.length >= 16 && entropy(alnum) < Math.min(3.2, Math.log2(alnum.length) - 1.5);
}

const BY_FIRST_CHAR = new Map<string, SecretPattern[]>();
for (const pattern of SECRET_PATTERNS) {
  const list = BY_FIRST_CHAR.get(pattern.prefix[0]!) ?? [];
  list.push(pattern);
  BY_FIRST_CHAR.set(pattern.prefix[0]!, list);
}

/** Characters a secret prefix can start with, for the scanner's dispatch. */
export const SECRET_FIRST_CHARS = new Set(BY_FIRST_CHAR.keys());

/** Every literal prefix as bytes, so the scanner can test a word without decoding it. */
export const SECRET_PREFIX_BYTES: readonly Uint8Array[] = [
  ...new Set(SECRET_PATTERNS.map((p) => p.prefix)),
].map((prefix) => Buffer.from(prefix, 'latin1'));

export interface SecretMatch {
  type: SecretType;
  value: string;
  end: number;
  confidence: number;
}

/** The secret starting at `start` in `text`, if one does (placeholders excluded). */
export function matchSecretAt(text: string, start: number): SecretMatch | undefined {
  const candidates = BY_FIRST_CHAR.get(text[start]!);
  if (!candidates) return undefined;
  for (const secret of candidates) {
    if (!text.startsWith(secret.prefix, start)) continue;
    secret.pattern.lastIndex = start;
    const match = secret.pattern.exec(text);
    if (!match) continue;
    const value = match[0];
    if (secret.validate && !secret.validate(value)) continue;
    if (isPlaceholderSecret(value, secret.fixedLength, !secret.encoded)) return undefined;
    const confidence = secret.grade ? Math.min(secret.confidence, secret.grade(value)) : secret.confidence;
    return { type: secret.type, value, end: start + value.length, confidence };
  }
  return undefined;
}
