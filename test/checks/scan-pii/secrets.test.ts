import { describe, expect, it } from 'vitest';
import { SECRET_TYPES } from '../../../src/checks/scan-pii/entities.js';
import fc from 'fast-check';
import {
  SECRET_FIRST_CHARS,
  SECRET_PATTERNS,
  WANDB_CONTEXT,
  WANDB_KEY,
  entropy,
  hasBase62Crc32,
  isPlaceholderSecret,
  jwtSpanEnd,
  matchSecretAt,
  pemBodyFollows,
} from '../../../src/checks/scan-pii/secrets.js';
import {
  ALNUM,
  BASE32,
  HEX,
  URL_SAFE,
  checksummedToken,
  crc32Reference,
  longJwt,
  pemBlock,
  randomString,
  seededRandom,
  syntheticSecrets,
} from './synthetic.js';

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
  ghu_: checksummedToken(random, 'ghu_'),
  ghs_: checksummedToken(random, 'ghs_'),
  ghr_: checksummedToken(random, 'ghr_'),
  github_pat_: secrets.githubFineGrained,
  'xoxe.xox': secrets.slackConfig,
  'xoxe-': secrets.slackRefresh,
  xox: secrets.slackBot,
  'xapp-': secrets.slackApp,
  'https://hooks.slack.com/': secrets.slackWebhook,
  'http://hooks.slack.com/': secrets.slackWebhook.replace('https:', 'http:'),
  'hooks.slack.com/': secrets.slackWebhookBare,
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

describe('provider formats (issue 12)', () => {
  const found = (value: string) => {
    const match = matchSecretAt(`key = "${value}"`, 7);
    return match && { type: match.type, value: match.value, confidence: match.confidence };
  };

  it('checks the CRC32 in the last six characters of GitHub and npm tokens', () => {
    // Public test vectors of a secret scanner (datadog sds): valid checksums, and one digit off.
    const vectors = ['M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq11T4V4', 'HEEjXavM6wKtyhAUwDblMznMEhWyTt4XwY6f'];
    for (const body of vectors) expect(hasBase62Crc32(body), body).toBe(true);
    expect(hasBase62Crc32('M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq11T4V3')).toBe(false);
    expect(hasBase62Crc32(`${vectors[0]!}x`)).toBe(false);
    expect(hasBase62Crc32(vectors[0]!.slice(1))).toBe(false);
    // The implementation agrees with an independent bitwise CRC-32 on every body.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 30, maxLength: 30 }), (body) => {
        let crc = crc32Reference(body);
        let check = '';
        for (let i = 0; i < 6; i++) {
          check = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[crc % 62] + check;
          crc = Math.floor(crc / 62);
        }
        expect(hasBase62Crc32(body + check)).toBe(true);
        expect(hasBase62Crc32(body + check.slice(0, 5) + (check[5] === '0' ? '1' : '0'))).toBe(false);
      }),
    );
    const withChecksum = checksummedToken(random, 'ghp_');
    expect(found(withChecksum)).toEqual({ type: 'github-token', value: withChecksum, confidence: 0.99 });
    expect(found(secrets.githubNoChecksum)).toEqual({
      type: 'github-token',
      value: secrets.githubNoChecksum,
      confidence: 0.85,
    });
    expect(found(secrets.npm)).toEqual({ type: 'npm-token', value: secrets.npm, confidence: 0.97 });
    expect(found(secrets.npmNoChecksum)).toEqual({
      type: 'npm-token',
      value: secrets.npmNoChecksum,
      confidence: 0.85,
    });
  });

  it('reads GitHub tokens longer than 36 characters up to 255, and fine-grained tokens in any split', () => {
    expect(found(secrets.githubLong)).toEqual({
      type: 'github-token',
      value: secrets.githubLong,
      confidence: 0.9,
    });
    const longest = `gho_${randomString(random, ALNUM, 255)}`;
    expect(found(longest)?.value).toBe(longest);
    expect(found(`${longest}A`)).toBeUndefined();
    expect(found(secrets.githubFineGrainedSplit)).toEqual({
      type: 'github-token',
      value: secrets.githubFineGrainedSplit,
      confidence: 0.97,
    });
    const pat = secrets.githubFineGrained;
    expect(found(pat.slice(0, -1))).toBeUndefined(); // 81 characters
    expect(found(`${pat}x`)).toBeUndefined(); // 83
  });

  it('reads AWS key ids with 0, 1, 8 and 9 in the body', () => {
    expect(found(secrets.awsWithDigits)).toEqual({
      type: 'aws-access-key-id',
      value: secrets.awsWithDigits,
      confidence: 0.95,
    });
    expect(found(`${secrets.awsWithDigits.slice(0, -1)}a`)).toBeUndefined(); // lower case
    expect(found(secrets.awsWithDigits.slice(0, -1))).toBeUndefined(); // 15 characters
  });

  it('gives an Anthropic key in the documented shape (93 characters, then AA) full confidence, others less', () => {
    expect(found(secrets.anthropic)?.confidence).toBe(0.97);
    expect(found(secrets.anthropicWeak)).toEqual({
      type: 'anthropic-api-key',
      value: secrets.anthropicWeak,
      confidence: 0.8,
    });
    const admin = `sk-ant-admin01-${randomString(random, URL_SAFE, 93)}AA`;
    expect(found(admin)?.confidence).toBe(0.97);
    const short = `sk-ant-api03-${randomString(random, URL_SAFE, 85)}AA`;
    expect(found(short)?.confidence).toBe(0.8);
  });

  it('reads Slack webhooks under services/, workflows/ and triggers/, with or without a scheme', () => {
    for (const hook of [secrets.slackWebhook, secrets.slackWorkflow, secrets.slackTrigger]) {
      expect(found(hook)).toEqual({ type: 'slack-webhook', value: hook, confidence: 0.95 });
      const bare = hook.replace('https://', '');
      expect(found(bare)).toEqual({ type: 'slack-webhook', value: bare, confidence: 0.95 });
      const http = hook.replace('https:', 'http:');
      expect(found(http)).toEqual({ type: 'slack-webhook', value: http, confidence: 0.95 });
      expect(found(`${hook}?channel=x`)?.value).toBe(hook);
      expect(found(hook.slice(0, hook.lastIndexOf('/')))).toBeUndefined(); // no secret part
    }
    expect(found(secrets.slackWebhookBare)?.type).toBe('slack-webhook');
    expect(
      found('https://hooks.slack.com/apps/T0ABCDEFG/B0ABCDEFG/x9Jd83hdKs02jf8sKd0sP2dA'),
    ).toBeUndefined();
  });

  it('reads Slack app-level, configuration and refresh tokens', () => {
    for (const token of [secrets.slackApp, secrets.slackConfig, secrets.slackRefresh]) {
      expect(found(token)).toEqual({ type: 'slack-token', value: token, confidence: 0.95 });
    }
    expect(found(`xoxe.xoxb-1-${randomString(random, ALNUM, 166)}`)?.type).toBe('slack-token');
    expect(found(secrets.slackConfig.slice(0, 60))).toBeUndefined(); // cut short
  });

  it('keeps Slack placeholders quiet', () => {
    const placeholders = [
      'xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d',
      'xoxb-1234-5678-abcdefghijklmnopqrstuvwx',
      `xoxb-${'1'.repeat(12)}-${'2'.repeat(13)}-${randomString(random, ALNUM, 24)}`,
      'xoxp-1234567890-1234567890-1234567890-1234567890abcdef1234567890abcdef',
      `xoxb-883214597310-883217602948-SlackBotTokenHere`,
      `xoxb-883214597310-883217602948-YourBotToken12345678`,
      `xapp-1-A0${randomString(random, 'ABCDEFGH', 9)}-4271839560214-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      `xoxe.xoxp-1-${'x'.repeat(163)}`,
    ];
    for (const value of placeholders) expect(found(value), value).toBeUndefined();
  });
});

describe('jwtSpanEnd', () => {
  const bytes = (text: string) => Buffer.from(text, 'latin1');

  it('reaches the end of a JWT of any length', () => {
    for (const [alg, size] of [
      ['RS256', 256],
      ['PS512', 512],
      ['RS512', 1024],
    ] as const) {
      const token = longJwt(random, alg, size);
      expect(token.length).toBeGreaterThan(1500);
      const text = bytes(`Bearer ${token}" next`);
      expect(jwtSpanEnd(text, 7, text.length)).toBe(7 + token.length);
      expect(matchSecretAt(text.toString('latin1'), 7)?.value).toBe(token);
    }
  });

  it('needs three segments, eyJ on the first two, and never reads past the limit', () => {
    const [header, payload, signature] = secrets.jwt.split('.') as [string, string, string];
    const text = bytes(secrets.jwt);
    expect(jwtSpanEnd(text, 0, text.length)).toBe(text.length);
    expect(jwtSpanEnd(text, 0, text.length - 1)).toBe(text.length - 1);
    expect(jwtSpanEnd(text, 0, header.length + payload.length + 2 + 15)).toBe(-1); // signature < 16
    expect(jwtSpanEnd(bytes(`${header}.${payload}`), 0, header.length + payload.length + 1)).toBe(-1);
    expect(jwtSpanEnd(bytes(`${header}.x${payload}.${signature}`), 0, secrets.jwt.length + 1)).toBe(-1);
    expect(jwtSpanEnd(bytes(`eyJhbGci.${payload}.${signature}`), 0, secrets.jwt.length)).toBe(-1); // short header
    expect(jwtSpanEnd(bytes('eyJ'), 0, 3)).toBe(-1);
  });

  it('agrees with the jwt pattern on arbitrary text, and stays inside its bounds', () => {
    const jwtPattern = SECRET_PATTERNS.find((p) => p.type === 'jwt')!.pattern;
    const piece = fc.oneof(
      fc.constantFrom('eyJ', '.', ' ', '"', '=', '+', '/', 'eyJhbGciOiJSUzI1NiJ9'),
      fc.string({ unit: fc.constantFrom(...URL_SAFE), maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, cut) => {
        const text = `eyJ${pieces.join('')}`;
        const buf = bytes(text);
        const limit = cut % (buf.length + 1);
        const end = jwtSpanEnd(buf, 0, limit);
        jwtPattern.lastIndex = 0;
        const match = jwtPattern.exec(text.slice(0, limit));
        expect(end).toBe(match ? match[0].length : -1);
        expect(end).toBeLessThanOrEqual(limit);
      }),
    );
  });
});

describe('pemBodyFollows', () => {
  const after = (text: string, limit = text.length) => {
    const header = '-----BEGIN RSA PRIVATE KEY-----';
    const buf = Buffer.from(text, 'latin1');
    return pemBodyFollows(buf, text.indexOf(header) + header.length, limit);
  };
  const BEGIN = '-----BEGIN RSA PRIVATE KEY-----';
  const END = '-----END RSA PRIVATE KEY-----';

  it('sees key material on the next line, after escapes, quotes, armour headers or a space', () => {
    const key = pemBlock(random, 'RSA PRIVATE KEY', 4, '\n');
    expect(after(key)).toBe(true);
    expect(after(pemBlock(random, 'RSA PRIVATE KEY', 4, '\r\n'))).toBe(true);
    expect(after(`"private_key": "${pemBlock(random, 'RSA PRIVATE KEY', 4, '\\n')}"`)).toBe(true);
    expect(after(`KEY="${pemBlock(random, 'RSA PRIVATE KEY', 4, '\\\\n')}"`)).toBe(true);
    expect(after(`  "${BEGIN}\\n",\n  "${randomString(random, ALNUM, 64)}\\n",`)).toBe(true);
    expect(after(`k = "${BEGIN}\\n" +\n    "${randomString(random, ALNUM, 64)}"`)).toBe(true);
    const encrypted = key.replace(
      `${BEGIN}\n`,
      `${BEGIN}\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n`,
    );
    expect(after(encrypted)).toBe(true);
    expect(after(key.replace(/\n/g, ' '))).toBe(true);
  });

  it('sees no key after a BEGIN line with no body, or one followed straight by its END line', () => {
    expect(after(`${BEGIN}\n${END}\n`)).toBe(false);
    expect(after(`"${BEGIN}\\n${END}\\n"`)).toBe(false);
    expect(after(`if line.startswith("${BEGIN}"):\n    return True\n`)).toBe(false);
    expect(after(`The file starts with ${BEGIN} and ends with the END line.`)).toBe(false);
    expect(after(`${BEGIN}\nMIIEvQ...\n${END}`)).toBe(false);
    expect(after(`${BEGIN}\n<your key here>\n${END}`)).toBe(false);
    expect(after(`${BEGIN}\n${'A'.repeat(64)}\n`)).toBe(false);
    expect(after(`KEY_HEADER=${BEGIN}\nHF_TOKEN_2=hf_x\n`)).toBe(false);
  });

  it('cannot tell when the piece ends before the body could start or finish', () => {
    expect(after(`${BEGIN}\n`)).toBeUndefined();
    expect(after(`${BEGIN}\\`)).toBeUndefined();
    expect(after(`${BEGIN}\nMIIEow`)).toBeUndefined();
    expect(after(pemBlock(random, 'RSA PRIVATE KEY', 4, '\n'), 40)).toBeUndefined();
    // Once the run is long enough, the piece's end does not matter.
    expect(after(pemBlock(random, 'RSA PRIVATE KEY', 4, '\n'), 60)).toBe(true);
  });

  it('never reads past the limit or throws, whatever follows', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), (tail, cut) => {
        const header = Buffer.from(BEGIN, 'latin1');
        const buf = Buffer.concat([header, Buffer.from(tail)]);
        const limit = header.length + (cut % (tail.length + 1));
        // Bytes past the limit are poison: the answer must not depend on them.
        const poisoned = Buffer.from(buf);
        poisoned.fill(65, limit);
        expect(pemBodyFollows(buf, header.length, limit)).toBe(
          pemBodyFollows(poisoned, header.length, limit),
        );
      }),
    );
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
    // In a JWT, base64 of JSON, marker words are chance: only runs and entropy count.
    const marked = `${secrets.jwt}yourfakeXXXX`;
    expect(isPlaceholderSecret(marked, 3)).toBe(true);
    expect(isPlaceholderSecret(marked, 3, false)).toBe(false);
    expect(matchSecretAt(marked, 0)?.value).toBe(marked);
    expect(isPlaceholderSecret(`eyJ${'A'.repeat(40)}`, 3, false)).toBe(true);
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

describe('PGP private keys with armour headers', () => {
  const body = `${'lQOYBGZ'.repeat(4)}xK3mP9qR2sT7vW1yZ4aB6cD8eF0gH2jK5lM7nP9qR1sT3vW5xY7zA9bC0dE2fG4h`;
  const key = (headers: string[]) =>
    Buffer.from(
      [
        '-----BEGIN PGP PRIVATE KEY BLOCK-----',
        ...headers,
        '',
        body,
        '-----END PGP PRIVATE KEY BLOCK-----',
      ].join('\n'),
    );
  const begin = '-----BEGIN PGP PRIVATE KEY BLOCK-----'.length;

  it('finds the key material past any number of headers, however long', () => {
    const many = Array.from({ length: 9 }, (_, i) => `Comment: line ${i}`);
    const long = [`Comment: ${'x'.repeat(4000)}`, 'Version: GnuPG v2'];
    for (const headers of [
      many,
      long,
      ['Hash: SHA256', 'Charset: UTF-8', 'MessageID: a', 'X-Custom-Header: b'],
    ]) {
      const buf = key(headers);
      expect(pemBodyFollows(buf, begin, buf.length)).toBe(true);
    }
  });

  it('takes a BEGIN line buried under more headers than it reads as a key', () => {
    const buf = key(Array.from({ length: 3000 }, (_, i) => `Comment: ${'y'.repeat(20)} ${i}`));
    expect(pemBodyFollows(buf, begin, buf.length)).toBe(true);
  });
});
