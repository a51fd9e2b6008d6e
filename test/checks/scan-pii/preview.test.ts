import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, SecretType } from '../../../src/checks/scan-pii/entities.js';
import { previewOf } from '../../../src/checks/scan-pii/preview.js';
import type { Candidate } from '../../../src/checks/scan-pii/scanner.js';
import { SECRET_PATTERNS } from '../../../src/checks/scan-pii/secrets.js';
import { bitcoinBech32, iban, seededRandom, syntheticSecrets } from './synthetic.js';

function candidate(entity: Entity, value: string, normalized: string, secretType?: SecretType): Candidate {
  return { entity, secretType, start: 0, end: value.length, value, normalized, confidence: 0.9 };
}

const secrets = syntheticSecrets();

describe('previewOf', () => {
  it.each([
    ['EMAIL_ADDRESS', 'jane.doe@proton.me', 'jane.doe@proton.me', 'j***@***.me'],
    ['EMAIL_ADDRESS', 'R.Ortiz@mail.co.uk', 'r.ortiz@mail.co.uk', 'R***@***.uk'],
    ['US_SSN', '536-22-8145', '536228145', '***-**-8145'],
    ['US_SSN', '536228145', '536228145', '***-**-8145'],
    ['CREDIT_CARD', '4539 1488 0343 6467', '4539148803436467', '**** 6467'],
    ['PHONE_NUMBER', '(415) 555-2671', '4155552671', '***-***-**71'],
    ['PHONE_NUMBER', '+44 20 7183 8750', '+442071838750', '***-***-**50'],
    ['IBAN_CODE', 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'DE** **** 00'],
    ['IP_ADDRESS', '81.2.69.160', '81.2.69.160', '81.***.***.***'],
    ['IP_ADDRESS', '2a00:1450:4001:82b::200e', '2a00:1450:4001:82b::200e', '2a00:***'],
    [
      'CRYPTO',
      'bc1qhd09ej44ejruc6vsf2rvv9zq60fuvmjmes66y7',
      'bc1qhd09ej44ejruc6vsf2rvv9zq60fuvmjmes66y7',
      'bc1***',
    ],
  ] as const)('%s %s -> %s', (entity, value, normalized, preview) => {
    expect(previewOf(candidate(entity, value, normalized))).toBe(preview);
  });

  it.each([
    ['anthropic-api-key', secrets.anthropic, 'sk-ant-api03-***'],
    ['openai-api-key', secrets.openaiLegacy, 'sk-***'],
    ['openai-api-key', secrets.openaiProject, 'sk-proj-***'],
    ['huggingface-token', secrets.huggingface, 'hf_***'],
    ['aws-access-key-id', secrets.awsAkia, 'AKIA***'],
    ['aws-access-key-id', secrets.awsAsia, 'ASIA***'],
    ['github-token', secrets.githubClassic, 'ghp_***'],
    ['github-token', secrets.githubFineGrained, 'github_pat_***'],
    ['slack-token', secrets.slackBot, 'xoxb-***'],
    ['slack-webhook', secrets.slackWebhook, 'https://hooks.slack.com/services/***'],
    ['slack-webhook', secrets.slackWebhookBare, 'hooks.slack.com/services/***'],
    ['slack-webhook', secrets.slackWorkflow, 'https://hooks.slack.com/workflows/***'],
    ['slack-webhook', secrets.slackTrigger, 'https://hooks.slack.com/triggers/***'],
    ['slack-token', secrets.slackApp, 'xapp-***'],
    ['slack-token', secrets.slackConfig, 'xoxe.xoxp-***'],
    ['slack-token', secrets.slackRefresh, 'xoxe-***'],
    ['github-token', secrets.githubLong, 'ghs_***'],
    ['github-token', secrets.githubFineGrainedSplit, 'github_pat_***'],
    ['aws-access-key-id', secrets.awsWithDigits, 'AKIA***'],
    ['anthropic-api-key', secrets.anthropicWeak, 'sk-ant-api03-***'],
    ['jwt', secrets.jwtLong, 'eyJ***'],
    ['google-api-key', secrets.google, 'AIza***'],
    ['stripe-key', secrets.stripeLive, 'sk_live_***'],
    ['stripe-key', secrets.stripeRestricted, 'rk_live_***'],
    ['stripe-key', secrets.stripeTest, 'sk_test_***'],
    ['private-key', secrets.privateKeyRsa, 'RSA PRIVATE KEY (key material not shown)'],
    ['private-key', secrets.privateKeyPkcs8, 'PRIVATE KEY (key material not shown)'],
    ['replicate-token', secrets.replicate, 'r8_***'],
    ['groq-api-key', secrets.groq, 'gsk_***'],
    ['wandb-api-key', secrets.wandb, '***'],
    ['langsmith-api-key', secrets.langsmith, 'lsv2_pt_***'],
    ['npm-token', secrets.npm, 'npm_***'],
    ['pypi-token', secrets.pypi, 'pypi-***'],
    ['databricks-token', secrets.databricks, 'dapi***'],
    ['jwt', secrets.jwt, 'eyJ***'],
  ] as const)('%s shows only its fixed prefix: %s -> %s', (type, value, preview) => {
    expect(previewOf(candidate('SECRET', value, value, type))).toBe(preview);
  });

  describe('never shows the value', () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    const separated = (groups: number[], separator: string) =>
      fc.tuple(...groups.map((n) => digits(n, n))).map((parts) => parts.join(separator));
    const numeric = fc.oneof(
      separated([3, 2, 4], '-').map((v) => candidate('US_SSN', v, v.replace(/\D/g, ''))),
      digits(9, 9).map((v) => candidate('US_SSN', v, v)),
      digits(13, 19).map((v) => candidate('CREDIT_CARD', v, v)),
      separated([4, 4, 4, 4], ' ').map((v) => candidate('CREDIT_CARD', v, v.replace(/\D/g, ''))),
      separated([3, 3, 4], '-').map((v) => candidate('PHONE_NUMBER', v, v.replace(/\D/g, ''))),
      digits(8, 14).map((v) => candidate('PHONE_NUMBER', `+${v}`, `+${v}`)),
      digits(18, 18).map((v) => candidate('IBAN_CODE', iban('DE', v), iban('DE', v))),
      fc
        .tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.nat(255))
        .map((o) => candidate('IP_ADDRESS', o.join('.'), o.join('.'))),
    );
    const email = fc
      .tuple(
        fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/),
        fc.stringMatching(/^[a-z0-9]{1,12}$/),
        fc.constantFrom('com', 'me', 'de', 'co.uk', 'io'),
      )
      .map(([local, domain, tld]) => {
        const value = `${local}@${domain}.${tld}`;
        return candidate('EMAIL_ADDRESS', value, value.toLowerCase());
      });
    const other = fc.oneof(
      fc.nat().map((seed) => {
        const value = bitcoinBech32(seededRandom(seed), 0);
        return candidate('CRYPTO', value, value);
      }),
      fc
        .stringMatching(/^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){2,7}$/)
        .map((value) => candidate('IP_ADDRESS', value, value)),
    );
    const secret = fc
      .tuple(fc.constantFrom(...SECRET_PATTERNS), fc.stringMatching(/^[A-Za-z0-9_-]{20,80}$/))
      .map(([pattern, body]) => {
        const value = pattern.type === 'private-key' ? secrets.privateKeyOpenssh : `${pattern.prefix}${body}`;
        return candidate('SECRET', value, value, pattern.type);
      });

    it('reveals at most four digits of a number and never the whole of any value', () => {
      fc.assert(
        fc.property(numeric, (c) => {
          const preview = previewOf(c);
          expect(preview.includes(c.value)).toBe(false);
          expect(preview.replace(/\D/g, '').length).toBeLessThanOrEqual(4);
        }),
        { numRuns: 1000 },
      );
      fc.assert(
        fc.property(fc.oneof(email, other, secret), (c) => {
          expect(previewOf(c).includes(c.value)).toBe(false);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
