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
  validate?: (value: string) => boolean;
  confidence: number;
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

/** Ordered: the first pattern whose prefix and shape match wins (`sk-ant-` before `sk-`). */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    type: 'anthropic-api-key',
    prefix: 'sk-ant-',
    pattern: sticky(`sk-ant-(?:api|admin|oat)\\d{2}-[A-Za-z0-9_-]{80,120}${END}`),
    fixedLength: 14,
    confidence: 0.97,
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
    pattern: sticky(`${prefix}[A-Z2-7]{16}${END}`),
    fixedLength: 4,
    confidence: 0.95,
  })),
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map((prefix): SecretPattern => ({
    type: 'github-token',
    prefix,
    pattern: sticky(`${prefix}[A-Za-z0-9]{36}${END}`),
    fixedLength: 4,
    confidence: 0.97,
  })),
  {
    type: 'github-token',
    prefix: 'github_pat_',
    pattern: sticky(`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`),
    fixedLength: 11,
    confidence: 0.97,
  },
  {
    type: 'slack-token',
    prefix: 'xox',
    pattern: sticky(`xox[abposr]-(?:\\d+-){1,3}[A-Za-z0-9-]{10,}${END}`),
    fixedLength: 5,
    confidence: 0.95,
  },
  {
    type: 'slack-webhook',
    prefix: 'https://hooks.slack.com/',
    pattern: sticky('https://hooks\\.slack\\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}'),
    fixedLength: 33,
    confidence: 0.95,
  },
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
    confidence: 0.95,
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
    validate: isJwt,
    confidence: 0.85,
  },
];

/** Weights & Biases keys are 40 hex characters with no prefix: reported only next to "wandb". */
export const WANDB_KEY = /^[a-f0-9]{40}$/;
export const WANDB_CONTEXT = /wandb|weights\s*(?:&|and)\s*biases/i;

const PLACEHOLDER_WORDS =
  /example|sample|placeholder|redacted|your|dummy|fake|changeme|insert|replace|xxxx|\*\*\*|\.\.\.|<|>|\$\{|\{\{|%[sd]/i;

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
export function isPlaceholderSecret(value: string, fixedLength: number): boolean {
  if (!Number.isFinite(fixedLength)) return false;
  const body = value.slice(fixedLength);
  if (PLACEHOLDER_WORDS.test(body)) return true;
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
    if (isPlaceholderSecret(value, secret.fixedLength)) return undefined;
    return { type: secret.type, value, end: start + value.length, confidence: secret.confidence };
  }
  return undefined;
}
