import { bech32, bech32m, createBase58check } from '@scure/base';
import { createHash } from 'node:crypto';

/**
 * Synthetic values of the right shape for the scan-pii tests. Every one is generated here from a
 * seeded generator (random-looking, reproducible); none is a real credential, card or person.
 * Secrets are built at run time so that no secret-shaped literal sits in the repository.
 */

/** mulberry32: a small seeded PRNG, so every run builds the same values. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const URL_SAFE = `${ALNUM}_-`;

export function randomString(random: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

export function randomBytes(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/** The Luhn check digit that makes `body + digit` pass (independent of the validator under test). */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid number of `length` digits starting with `prefix`. */
export function cardNumber(random: () => number, prefix: string, length: number): string {
  const body = prefix + randomString(random, '0123456789', length - prefix.length - 1);
  return body + luhnCheckDigit(body);
}

/** An IBAN with correct mod-97 check digits for a country and BBAN. */
export function iban(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const sha256 = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());
const base58check = createBase58check(sha256);

export function bitcoinBase58(random: () => number, version: 0x00 | 0x05): string {
  return base58check.encode(Uint8Array.from([version, ...randomBytes(random, 20)]));
}

export function bitcoinBech32(random: () => number, witnessVersion: 0 | 1): string {
  const program = randomBytes(random, witnessVersion === 0 ? 20 : 32);
  const coder = witnessVersion === 0 ? bech32 : bech32m;
  return coder.encode('bc', [witnessVersion, ...coder.toWords(program)]);
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** CRC-32 (IEEE), bit by bit: written here independently of the checksum under test. */
export function crc32Reference(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `prefix` + 30 random base62 characters + their CRC32 in six base62 digits (GitHub, npm). */
export function checksummedToken(random: () => number, prefix: string): string {
  const body = randomString(random, ALNUM, 30);
  let crc = crc32Reference(body);
  let check = '';
  for (let i = 0; i < 6; i++) {
    check = BASE62[crc % 62] + check;
    crc = Math.floor(crc / 62);
  }
  return `${prefix}${body}${check}`;
}

/** An RS256-signed JWT past 1,500 characters: a key id, many claims and a 2048-bit signature. */
export function longJwt(random: () => number, alg = 'RS256', signatureBytes = 256): string {
  const s = (alphabet: string, length: number) => randomString(random, alphabet, length);
  const header = base64url(JSON.stringify({ alg, typ: 'JWT', kid: s(HEX, 40) }));
  const claims: Record<string, unknown> = {
    iss: `https://login.${s(LETTERS, 8).toLowerCase()}.com/${s(HEX, 32)}/v2.0`,
    sub: s(URL_SAFE, 43),
    aud: s(HEX, 32),
    iat: 1700000000 + Math.floor(random() * 1e6),
    nbf: 1700000000,
    exp: 1800000000,
    roles: Array.from({ length: 12 }, () => s(LETTERS, 12)),
    groups: Array.from({ length: 16 }, () => s(HEX, 32)),
  };
  const payload = base64url(JSON.stringify(claims));
  const signature = Buffer.from(
    Array.from({ length: signatureBytes }, () => Math.floor(random() * 256)),
  ).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** A PEM block with a body of `lines` 64-character lines of random base64. */
export function pemBlock(random: () => number, label = 'RSA PRIVATE KEY', lines = 4, eol = '\n'): string {
  const body = Array.from({ length: lines }, () => randomString(random, `${ALNUM}+/`, 64));
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join(eol);
}

export interface SyntheticSecrets {
  anthropic: string;
  openaiLegacy: string;
  openaiProjectMarked: string;
  openaiProject: string;
  huggingface: string;
  huggingfaceWithDigits: string;
  huggingfaceOrg: string;
  awsAkia: string;
  awsAsia: string;
  awsWithDigits: string;
  anthropicWeak: string;
  githubClassic: string;
  githubOauth: string;
  githubFineGrained: string;
  githubFineGrainedSplit: string;
  githubNoChecksum: string;
  githubLong: string;
  slackBot: string;
  slackWebhook: string;
  slackWebhookBare: string;
  slackWorkflow: string;
  slackTrigger: string;
  slackApp: string;
  slackConfig: string;
  slackRefresh: string;
  google: string;
  stripeLive: string;
  stripeRestricted: string;
  stripeTest: string;
  privateKeyRsa: string;
  privateKeyOpenssh: string;
  privateKeyPkcs8: string;
  replicate: string;
  groq: string;
  wandb: string;
  langsmith: string;
  npm: string;
  npmNoChecksum: string;
  pypi: string;
  databricks: string;
  jwt: string;
  jwtLong: string;
}

export function syntheticSecrets(seed = 20240115): SyntheticSecrets {
  const random = seededRandom(seed);
  const s = (alphabet: string, length: number) => randomString(random, alphabet, length);
  const jwtHeader = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const jwtPayload = base64url(
    JSON.stringify({ sub: s(ALNUM, 12), iat: 1700000000 + Math.floor(random() * 1e6) }),
  );
  return {
    anthropic: `sk-ant-api03-${s(URL_SAFE, 93)}AA`,
    openaiLegacy: `sk-${s(ALNUM, 20)}T3BlbkFJ${s(ALNUM, 20)}`,
    openaiProjectMarked: `sk-proj-${s(URL_SAFE, 74)}T3BlbkFJ${s(URL_SAFE, 74)}`,
    openaiProject: `sk-proj-${s(ALNUM, 64)}`,
    huggingface: `hf_${s(LETTERS, 34)}`,
    huggingfaceWithDigits: `hf_${s(ALNUM, 30)}7${s(ALNUM, 3)}`,
    huggingfaceOrg: `api_org_${s(ALNUM, 34)}`,
    awsAkia: `AKIA${s(BASE32, 16)}`,
    awsAsia: `ASIA${s(BASE32, 16)}`,
    awsWithDigits: `AKIA${s(UPPER_ALNUM, 4)}0${s(UPPER_ALNUM, 3)}1${s(UPPER_ALNUM, 3)}8${s(UPPER_ALNUM, 2)}9`,
    anthropicWeak: `sk-ant-api03-${s(URL_SAFE, 93)}Qw`,
    githubClassic: checksummedToken(random, 'ghp_'),
    githubOauth: checksummedToken(random, 'gho_'),
    githubFineGrained: `github_pat_${s(ALNUM, 22)}_${s(ALNUM, 59)}`,
    githubFineGrainedSplit: `github_pat_${s(ALNUM, 11)}${s(ALNUM, 11)}${s(ALNUM, 20)}_${s(ALNUM, 39)}`,
    githubNoChecksum: `ghu_${s(ALNUM, 36)}`,
    githubLong: `ghs_${s(ALNUM, 92)}`,
    slackBot: `xoxb-${s('0123456789', 12)}-${s('0123456789', 13)}-${s(ALNUM, 24)}`,
    slackWebhook: `https://hooks.slack.com/services/T${s(UPPER_ALNUM, 8)}/B${s(UPPER_ALNUM, 10)}/${s(ALNUM, 24)}`,
    slackWebhookBare: `hooks.slack.com/services/T${s(UPPER_ALNUM, 10)}/B${s(UPPER_ALNUM, 11)}/${s(ALNUM, 24)}`,
    slackWorkflow: `https://hooks.slack.com/workflows/T${s(UPPER_ALNUM, 8)}/A${s(UPPER_ALNUM, 10)}/${s('0123456789', 18)}/${s(ALNUM, 24)}`,
    slackTrigger: `https://hooks.slack.com/triggers/T${s(UPPER_ALNUM, 8)}/${s('0123456789', 13)}/${s(HEX, 32)}`,
    slackApp: `xapp-1-A${s(UPPER_ALNUM, 10)}-${s('0123456789', 13)}-${s(HEX, 64)}`,
    slackConfig: `xoxe.xoxp-1-${s(ALNUM, 163)}`,
    slackRefresh: `xoxe-1-${s(ALNUM, 146)}`,
    google: `AIza${s(URL_SAFE, 35)}`,
    stripeLive: `sk_live_${s(ALNUM, 99)}`,
    stripeRestricted: `rk_live_${s(ALNUM, 24)}`,
    stripeTest: `sk_test_${s(ALNUM, 24)}`,
    privateKeyRsa: '-----BEGIN RSA PRIVATE KEY-----',
    privateKeyOpenssh: '-----BEGIN OPENSSH PRIVATE KEY-----',
    privateKeyPkcs8: '-----BEGIN PRIVATE KEY-----',
    replicate: `r8_${s(ALNUM, 37)}`,
    groq: `gsk_${s(ALNUM, 52)}`,
    wandb: s(HEX, 40),
    langsmith: `lsv2_pt_${s(HEX, 32)}_${s(HEX, 10)}`,
    npm: checksummedToken(random, 'npm_'),
    npmNoChecksum: `npm_${s(ALNUM, 36)}`,
    pypi: `pypi-AgEIcHlwaS5vcmc${s(URL_SAFE, 70)}`,
    databricks: `dapi${s(HEX, 32)}`,
    jwt: `${jwtHeader}.${jwtPayload}.${s(URL_SAFE, 43)}`,
    jwtLong: longJwt(random),
  };
}
