import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ContextInfo,
  csvColumns,
  keyBefore,
  scoreCandidate,
} from '../../../src/checks/scan-pii/context.js';
import type { Entity } from '../../../src/checks/scan-pii/entities.js';
import type { Candidate } from '../../../src/checks/scan-pii/scanner.js';
import { WANDB_CONTEXT } from '../../../src/checks/scan-pii/secrets.js';

/** A value of the entity's own shape: the scoring of phone numbers and addresses reads it. */
const SAMPLE_VALUES: Partial<Record<Entity, string>> = {
  PHONE_NUMBER: '+1 415 555 2671',
  IP_ADDRESS: '81.2.69.160',
};

function candidate(entity: Entity, confidence: number, extra: Partial<Candidate> = {}): Candidate {
  const value = SAMPLE_VALUES[entity] ?? 'v';
  return { entity, start: 0, end: value.length, value, normalized: value, confidence, ...extra };
}

const score = (c: Candidate, field: string | undefined, before = '', line = '') =>
  scoreCandidate(c, { field, before, line } satisfies ContextInfo);

describe('scoreCandidate: field names', () => {
  it.each([
    ['PHONE_NUMBER', 0.4, 'phone', 0.75],
    ['PHONE_NUMBER', 0.4, 'mobile_number', 0.75],
    ['PHONE_NUMBER', 0.4, 'contact', 0.75],
    ['EMAIL_ADDRESS', 0.5, 'email', 0.85],
    ['EMAIL_ADDRESS', 0.5, 'e-mail', 0.85],
    ['EMAIL_ADDRESS', 0.5, 'user', 0.85],
    ['EMAIL_ADDRESS', 0.9, 'email', 0.99],
    ['US_SSN', 0.3, 'ssn', 0.65],
    ['US_SSN', 0.3, 'social_security_number', 0.65],
    ['US_SSN', 0.3, 'tax_id', 0.65],
    ['CREDIT_CARD', 0.3, 'card', 0.65],
    ['CREDIT_CARD', 0.3, 'cc_number', 0.65],
    ['IBAN_CODE', 0.3, 'iban', 0.65],
    ['IBAN_CODE', 0.3, 'bank_account', 0.65],
    ['CRYPTO', 0.5, 'btc_wallet', 0.85],
  ] as const)('%s %f under "%s" rises to %f', (entity, base, field, expected) => {
    expect(score(candidate(entity, base), field)).toBe(expected);
  });

  it.each([
    ['PHONE_NUMBER', 0.4, 'created_at', 0],
    ['PHONE_NUMBER', 0.8, 'created_at', 0.4],
    ['PHONE_NUMBER', 0.8, 'ts', 0.4],
    ['PHONE_NUMBER', 0.8, 'timestamp', 0.4],
    ['PHONE_NUMBER', 0.8, 'order_id', 0.4],
    ['US_SSN', 0.85, 'order_id', 0.45],
    ['US_SSN', 0.85, 'id', 0.45],
    ['US_SSN', 0.3, 'user_id', 0],
    ['CREDIT_CARD', 0.9, 'token_ids', 0.5],
    ['CREDIT_CARD', 0.9, 'input_ids', 0.5],
    ['CREDIT_CARD', 0.7, 'sha256', 0.3],
    ['PHONE_NUMBER', 0.8, 'seed', 0.4],
    ['PHONE_NUMBER', 0.8, 'label', 0.4],
  ] as const)('%s %f under "%s" falls to %f', (entity, base, field, expected) => {
    expect(score(candidate(entity, base), field)).toBe(expected);
  });

  it('leaves the confidence alone for a neutral, empty or missing field', () => {
    const phone = candidate('PHONE_NUMBER', 0.8);
    expect(score(phone, 'notes')).toBe(0.8);
    expect(score(phone, '')).toBe(0.8);
    expect(score(phone, undefined)).toBe(0.8);
  });

  it('lets a positive name win over a negative one in the same field', () => {
    expect(score(candidate('PHONE_NUMBER', 0.4), 'phone_updated_at')).toBe(0.75);
    expect(score(candidate('EMAIL_ADDRESS', 0.5), 'email_hash')).toBe(0.85);
  });

  it('does not raise one entity for another entity’s field name', () => {
    expect(score(candidate('PHONE_NUMBER', 0.4), 'email')).toBe(0.4);
    expect(score(candidate('US_SSN', 0.3), 'phone')).toBe(0.3);
  });
});

describe('scoreCandidate: words just before the value', () => {
  it('adds 0.2 for a positive word and takes 0.25 for a negative one within 40 characters', () => {
    expect(score(candidate('PHONE_NUMBER', 0.4), undefined, 'please call ')).toBe(0.6);
    expect(score(candidate('US_SSN', 0.3), undefined, 'her ssn is ')).toBe(0.5);
    expect(score(candidate('PHONE_NUMBER', 0.8), undefined, 'epoch ')).toBe(0.55);
    const far = `phone ${'x'.repeat(40)}`;
    expect(score(candidate('PHONE_NUMBER', 0.4), undefined, far)).toBe(0.4);
  });

  it('adds field and nearby evidence together and clamps to 0..0.99', () => {
    expect(score(candidate('PHONE_NUMBER', 0.4), 'phone', '{"phone": "')).toBe(0.95);
    expect(score(candidate('CREDIT_CARD', 0.9), 'card_number', 'card ')).toBe(0.99);
    expect(score(candidate('PHONE_NUMBER', 0.4), 'created_at', 'created ')).toBe(0);
  });
});

describe('scoreCandidate: secrets', () => {
  const secret = candidate('SECRET', 0.97, { secretType: 'github-token' });

  it('keeps a secret’s confidence whatever its field or neighbours', () => {
    for (const field of [undefined, '', 'created_at', 'version', 'order_id', 'ts', 'token_ids', 'api_key']) {
      expect(score(secret, field, 'timestamp version ')).toBe(0.97);
    }
  });

  it('reports a W&B key only when its line mentions wandb', () => {
    const wandb = candidate('SECRET', 0.9, { secretType: 'wandb-api-key', requiresContext: WANDB_CONTEXT });
    expect(score(wandb, 'key', 'key = ', 'key = 0123')).toBe(0);
    expect(score(wandb, 'api_key', '', 'commit: 0123')).toBe(0);
    expect(score(wandb, 'wandb_api_key', 'WANDB_API_KEY=', 'WANDB_API_KEY=0123')).toBe(0.9);
    expect(score(wandb, undefined, '', 'wandb login 0123')).toBe(0.9);
    expect(score(wandb, 'created_at', '', 'Weights & Biases: 0123')).toBe(0.9);
  });
});

describe('keyBefore', () => {
  it.each([
    ['JSON', '{"user": "', 'user'],
    ['JSON without a space', '{"email":"', 'email'],
    ['JSON number', '{"phone":', 'phone'],
    ['JSONL after other keys', '{"id": 7, "created_at": 1700000000, "email": "', 'email'],
    ['JSON nested in an array', '[{"a": 1}, {"Phone": "', 'phone'],
    ['JSON, in the middle of a string', '"note": "call ', 'note'],
    ['JSON, after an escaped quote', '"note": "he said \\"call\\" ', 'note'],
    ['JSON, after a colon inside the string', '"note": "at 12:30 call ', 'note'],
    ['Python dict', "{'ssn': '", 'ssn'],
    ['YAML', 'email: ', 'email'],
    ['YAML, indented', '    contact_email: ', 'contact_email'],
    ['YAML, quoted value', 'email: "', 'email'],
    ['.env', 'KEY=', 'key'],
    ['.env with export', 'export OPENAI_API_KEY=', 'openai_api_key'],
    ['TOML', 'key = "', 'key'],
    ['TOML dotted key', 'db.password = "', 'db.password'],
    ['INI', 'client_ip=', 'client_ip'],
    ['XML element', '<Order><Phone>', 'phone'],
    ['XML element with attributes', '<remote_addr family="inet">', 'remote_addr'],
    ['HTML cell', '<td class="x">call ', 'td'],
  ])('%s: %j -> %s', (_what, prefix, key) => {
    expect(keyBefore(prefix)).toBe(key);
  });

  it.each([
    ['plain text', 'please call '],
    ['empty', ''],
    ['YAML list item', '  - '],
    ['CSV fields', '1,jane,'],
    ['a value after the value', 'email: a@b.c and '],
    ['a key too far back', `"email": "${'x'.repeat(200)}`],
    ['a closed element', '<phone>1</phone> and '],
    ['a comparison', 'if a < b and c > '],
  ])('%s: no key', (_what, prefix) => {
    expect(keyBefore(prefix)).toBeUndefined();
  });

  it('never throws, and returns a non-empty lower-case key or nothing', () => {
    const check = (text: string) => {
      const key = keyBefore(text);
      if (key !== undefined) {
        expect(key.length).toBeGreaterThan(0);
        expect(key).toBe(key.toLowerCase());
      }
    };
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), check), {
      numRuns: 500,
    });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 500 });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'"\'\\:= {[(,ab_.-'), maxLength: 400 }), check),
      { numRuns: 500 },
    );
  });
});

describe('csvColumns', () => {
  it('splits a header into trimmed, lower-cased names, respecting quotes', () => {
    expect(csvColumns('id,Email, phone ,"last, first","say ""hi"""\r', ',')).toEqual([
      'id',
      'email',
      'phone',
      'last, first',
      'say "hi"',
    ]);
    expect(csvColumns('id\tPhone\tssn', '\t')).toEqual(['id', 'phone', 'ssn']);
    expect(csvColumns('', ',')).toEqual(['']);
    expect(csvColumns('a,,b', ',')).toEqual(['a', '', 'b']);
  });
});
