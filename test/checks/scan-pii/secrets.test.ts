import { describe, expect, it } from 'vitest';
import { SECRET_TYPES } from '../../../src/checks/scan-pii/entities.js';
import {
  SECRET_FIRST_CHARS,
  SECRET_PATTERNS,
  WANDB_CONTEXT,
  WANDB_KEY,
  entropy,
  isPlaceholderSecret,
  matchSecretAt,
} from '../../../src/checks/scan-pii/secrets.js';
import { ALNUM, BASE32, HEX, randomString, seededRandom, syntheticSecrets } from './synthetic.js';

const secrets = syntheticSecrets();
const random = seededRandom(5);

/** A synthetic value for each pattern, keyed by the pattern's literal prefix. */
const SAMPLES: Record<string, string> = {
  'sk-ant-': secrets.anthropic,
  'sk-': secrets.openaiLegacy,
  'sk-proj-': secrets.openaiProject,
  hf_: secrets.huggingfaceWithDigits,
  api_org_: secrets.huggingfaceOrg,
  AKIA: secrets.awsAkia,
  ASIA: secrets.awsAsia,
  ABIA: `ABIA${randomString(random, BASE32, 16)}`,
  ACCA: `ACCA${randomString(random, BASE32, 16)}`,
  ghp_: secrets.githubClassic,
  gho_: secrets.githubOauth,
  ghu_: `ghu_${randomString(random, ALNUM, 36)}`,
  ghs_: `ghs_${randomString(random, ALNUM, 36)}`,
  ghr_: `ghr_${randomString(random, ALNUM, 36)}`,
  github_pat_: secrets.githubFineGrained,
  xox: secrets.slackBot,
  'https://hooks.slack.com/': secrets.slackWebhook,
  AIza: secrets.google,
  sk_live_: secrets.stripeLive,
  rk_live_: secrets.stripeRestricted,
  sk_test_: secrets.stripeTest,
  rk_test_: `rk_test_${randomString(random, ALNUM, 30)}`,
  '-----BEGIN ': secrets.privateKeyRsa,
  r8_: secrets.replicate,
  gsk_: secrets.groq,
  lsv2_: secrets.langsmith,
  npm_: secrets.npm,
  'pypi-': secrets.pypi,
  dapi: secrets.databricks,
  eyJ: secrets.jwt,
};

describe('SECRET_PATTERNS', () => {
  it('covers every secret type (W&B keys, which have no prefix, are found by the scanner)', () => {
    const types = new Set<string>(SECRET_PATTERNS.map((p) => p.type));
    types.add('wandb-api-key');
    expect([...types].sort()).toEqual([...SECRET_TYPES].sort());
  });

  it('has a synthetic sample for every pattern in this test', () => {
    expect(SECRET_PATTERNS.map((p) => p.prefix).filter((prefix) => !(prefix in SAMPLES))).toEqual([]);
  });

  it.each(SECRET_PATTERNS.map((p, i) => [i, p.prefix, p.type] as const))(
    'pattern %i (%s) matches its synthetic %s at the token start',
    (index, prefix) => {
      const pattern = SECRET_PATTERNS[index]!;
      const value = SAMPLES[prefix]!;
      const text = `token = "${value}",`;
      expect(matchSecretAt(text, 9)).toEqual({
        type: pattern.type,
        value,
        end: 9 + value.length,
        confidence: pattern.confidence,
      });
    },
  );

  it('lists the longer prefix first where prefixes overlap', () => {
    const order = SECRET_PATTERNS.map((p) => p.prefix);
    expect(order.indexOf('sk-ant-')).toBeLessThan(order.indexOf('sk-'));
    expect(matchSecretAt(secrets.anthropic, 0)?.type).toBe('anthropic-api-key');
    // A project key that embeds the OpenAI marker matches the marked pattern (0.97).
    expect(matchSecretAt(secrets.openaiProjectMarked, 0)).toEqual({
      type: 'openai-api-key',
      value: secrets.openaiProjectMarked,
      end: secrets.openaiProjectMarked.length,
      confidence: 0.97,
    });
  });

  it('gives each type its confidence: live keys over test keys, JWTs lowest', () => {
    const confidence = (value: string) => matchSecretAt(value, 0)?.confidence;
    expect(confidence(secrets.stripeLive)).toBe(0.97);
    expect(confidence(secrets.stripeTest)).toBe(0.75);
    expect(confidence(secrets.openaiProject)).toBe(0.9);
    expect(confidence(secrets.jwt)).toBe(0.85);
    expect(confidence(secrets.google)).toBe(0.93);
    expect(confidence(secrets.databricks)).toBe(0.93);
  });
});

describe('matchSecretAt', () => {
  it('needs the token to end where the format ends', () => {
    const gh = secrets.githubClassic;
    expect(matchSecretAt(`${gh}X`, 0)).toBeUndefined();
    expect(matchSecretAt(`${gh}_`, 0)).toBeUndefined();
    expect(matchSecretAt(`${gh}-`, 0)).toBeUndefined();
    expect(matchSecretAt(`${gh}.`, 0)?.value).toBe(gh);
    expect(matchSecretAt(`${gh}"`, 0)?.value).toBe(gh);
    expect(matchSecretAt(gh.slice(0, -1), 0)).toBeUndefined();
    expect(matchSecretAt(`${secrets.awsAkia.slice(0, -1)}1`, 0)).toBeUndefined(); // 1 is not base32
  });

  it('only matches at the given offset', () => {
    const text = `x ${secrets.npm}`;
    expect(matchSecretAt(text, 0)).toBeUndefined();
    expect(matchSecretAt(text, 1)).toBeUndefined();
    expect(matchSecretAt(text, 2)?.type).toBe('npm-token');
    expect(matchSecretAt(text, 3)).toBeUndefined();
    expect(matchSecretAt('', 0)).toBeUndefined();
    expect(matchSecretAt('abc', 10)).toBeUndefined();
  });

  it('reads the private key header forms and nothing that is not private', () => {
    for (const header of [
      '-----BEGIN PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----',
      '-----BEGIN EC PRIVATE KEY-----',
      '-----BEGIN DSA PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
    ]) {
      expect(matchSecretAt(`${header}\nMIIEvQ...`, 0)).toEqual({
        type: 'private-key',
        value: header,
        end: header.length,
        confidence: 0.97,
      });
    }
    for (const header of [
      '-----BEGIN PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----',
      '-----BEGIN OPENSSH PUBLIC KEY-----',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    ]) {
      expect(matchSecretAt(header, 0)).toBeUndefined();
    }
  });

  it('accepts a JWT only when its header decodes to JSON with an alg', () => {
    const [, payload, signature] = secrets.jwt.split('.');
    const header = (json: string) => Buffer.from(json, 'utf8').toString('base64url');
    expect(matchSecretAt(`${header('{"alg":"RS256","kid":"k1"}')}.${payload}.${signature}`, 0)?.type).toBe(
      'jwt',
    );
    expect(matchSecretAt(`${header('{"typ":"JWT","kid":"k1"}')}.${payload}.${signature}`, 0)).toBeUndefined();
    expect(matchSecretAt(`${header('{"alg":256,"typ":"JWT"}')}.${payload}.${signature}`, 0)).toBeUndefined();
    expect(matchSecretAt(`eyJub3QganNvbiBhdCBhbGw.${payload}.${signature}`, 0)).toBeUndefined();
    // Two parts only: not a JWS.
    expect(matchSecretAt(`${header('{"alg":"HS256"}')}.${payload}`, 0)).toBeUndefined();
  });

  it('reads Slack tokens and webhooks and the Databricks suffix', () => {
    const xoxp = `xoxp-${randomString(random, '0123456789', 11)}-${randomString(random, '0123456789', 11)}-${randomString(random, '0123456789', 13)}-${randomString(random, HEX, 32)}`;
    expect(matchSecretAt(xoxp, 0)).toEqual({
      type: 'slack-token',
      value: xoxp,
      end: xoxp.length,
      confidence: 0.95,
    });
    expect(matchSecretAt(`${secrets.slackWebhook}?x=1`, 0)?.value).toBe(secrets.slackWebhook);
    expect(matchSecretAt('https://hooks.slack.com/workflows/T0/B0/abc', 0)).toBeUndefined();
    const suffixed = `${secrets.databricks}-2`;
    expect(matchSecretAt(suffixed, 0)?.value).toBe(suffixed);
  });

  it('does not report documentation and template values', () => {
    const placeholders = [
      'AKIAIOSFODNN7EXAMPLE',
      `sk-proj-${'x'.repeat(60)}`,
      `sk-${'x'.repeat(20)}T3BlbkFJ${'x'.repeat(20)}`,
      `sk-proj-your-openai-api-key-goes-here-${'a1B2c3D4'.repeat(3)}`,
      `hf_${'x'.repeat(34)}`,
      `ghp_${'0'.repeat(36)}`,
      `ghp_${'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'}`,
      `sk_live_${'0123456789'.repeat(3)}`,
      `npm_${'ab'.repeat(18)}`,
      `dapi${'0123456789abcdef'.repeat(2)}`,
      `gsk_${'REDACTED'.repeat(7)}abcd`,
      `AIza${'SyDUMMY'.repeat(5)}`,
    ];
    for (const value of placeholders) expect(matchSecretAt(value, 0), value).toBeUndefined();
    expect(matchSecretAt('${OPENAI_API_KEY}', 0)).toBeUndefined();
    expect(matchSecretAt('OPENAI_API_KEY=${OPENAI_API_KEY}', 15)).toBeUndefined();
  });
});

describe('isPlaceholderSecret', () => {
  it('flags marker words, runs, sequences and low entropy in the random part', () => {
    expect(isPlaceholderSecret('AKIAIOSFODNN7EXAMPLE', 4)).toBe(true);
    expect(isPlaceholderSecret('sk-proj-<your key>', 8)).toBe(true);
    expect(isPlaceholderSecret('sk-proj-{{ secrets.OPENAI }}', 8)).toBe(true);
    expect(isPlaceholderSecret('sk-proj-${OPENAI_API_KEY}', 8)).toBe(true);
    expect(isPlaceholderSecret('sk-proj-abc...xyz', 8)).toBe(true);
    expect(isPlaceholderSecret('token-%s', 6)).toBe(true);
    expect(isPlaceholderSecret('ghp_aaaaaaB', 4)).toBe(true);
    expect(isPlaceholderSecret('ghp_xABCDEFGHIJy', 4)).toBe(true);
    expect(isPlaceholderSecret(`ghp_${'abcd'.repeat(9)}`, 4)).toBe(true);
  });

  it('passes random values, and only looks past the fixed prefix', () => {
    for (const value of Object.values(secrets)) {
      const pattern = SECRET_PATTERNS.find((p) => value.startsWith(p.prefix));
      expect(isPlaceholderSecret(value, pattern?.fixedLength ?? 0), value.slice(0, 12)).toBe(false);
    }
    // "sample" sits in the fixed part only.
    expect(isPlaceholderSecret(`sample${secrets.githubClassic.slice(4)}`, 6)).toBe(false);
    // Private key headers are never placeholders (the material is on other lines).
    expect(isPlaceholderSecret('-----BEGIN RSA PRIVATE KEY-----', Infinity)).toBe(false);
  });
});

describe('entropy', () => {
  it('is the Shannon entropy in bits per character', () => {
    expect(entropy('')).toBe(0);
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('ab')).toBe(1);
    expect(entropy('abcd')).toBe(2);
    expect(entropy('aabb')).toBe(1);
    expect(entropy('0123456789abcdef')).toBe(4);
    expect(entropy('aab')).toBeCloseTo(0.9183, 4);
  });
});

describe('W&B keys and the dispatch table', () => {
  it('describes a W&B key as 40 lower-case hex characters, reported next to wandb', () => {
    expect(WANDB_KEY.test(secrets.wandb)).toBe(true);
    expect(WANDB_KEY.test(secrets.wandb.toUpperCase())).toBe(false);
    expect(WANDB_KEY.test(secrets.wandb.slice(1))).toBe(false);
    expect(WANDB_KEY.test(`${secrets.wandb}0`)).toBe(false);
    expect(WANDB_KEY.test(randomString(random, HEX, 39) + 'g')).toBe(false);
    for (const line of ['WANDB_API_KEY=', 'wandb login', 'Weights & Biases key', 'weights and biases']) {
      expect(WANDB_CONTEXT.test(line), line).toBe(true);
    }
    expect(WANDB_CONTEXT.test('git commit')).toBe(false);
  });

  it('knows the first character of every prefix', () => {
    expect([...SECRET_FIRST_CHARS].sort()).toEqual(
      [...new Set(SECRET_PATTERNS.map((p) => p.prefix[0]!))].sort(),
    );
    expect([...SECRET_FIRST_CHARS].sort()).toEqual([
      '-',
      'A',
      'a',
      'd',
      'e',
      'g',
      'h',
      'l',
      'n',
      'p',
      'r',
      's',
      'x',
    ]);
  });
});
