import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import {
  FINGERPRINT_VERSION,
  fingerprintKeyFrom,
  keyedFingerprint,
  maskEmail,
  maskPreview,
  plainFingerprint,
} from '../../src/core/redaction.js';

const SECRET_A = 'a-random-secret-of-32-characters';
const SECRET_B = 'another-secret-value-0123456789!';

describe('fingerprintKeyFrom', () => {
  it('derives a stable key from a secret of at least 16 characters', () => {
    const key = fingerprintKeyFrom('0123456789abcdef');
    expect(key.stable).toBe(true);
    expect(key.bytes).toEqual(createHash('sha256').update('0123456789abcdef', 'utf8').digest());
    expect(fingerprintKeyFrom(SECRET_A).bytes.equals(fingerprintKeyFrom(SECRET_A).bytes)).toBe(true);
  });

  it('rejects a key shorter than 16 characters with a usage error naming where it came from', () => {
    expect(() => fingerprintKeyFrom('short', 'input fingerprint-key')).toThrow(
      new UsageError(
        'INVALID_INPUT',
        'input fingerprint-key: must be at least 16 characters (use a random secret)',
      ),
    );
    expect(() => fingerprintKeyFrom('0123456789abcde')).toThrow(UsageError);
    expect(() => fingerprintKeyFrom('0123456789abcde')).toThrow(/^fingerprint-key: /);
  });

  it('makes a random, unstable key when no secret is given', () => {
    for (const secret of [undefined, '']) {
      const first = fingerprintKeyFrom(secret);
      const second = fingerprintKeyFrom(secret);
      expect(first.stable).toBe(false);
      expect(first.bytes).toHaveLength(32);
      expect(first.bytes.equals(second.bytes)).toBe(false);
    }
  });
});

describe('plainFingerprint', () => {
  it('is a versioned, truncated sha256 of the length-prefixed parts', () => {
    const expected = createHash('sha256')
      .update('7:rule/id|5:a.txt|3:abc', 'utf8')
      .digest('hex')
      .slice(0, 32);
    expect(plainFingerprint('rule/id', 'a.txt', 'abc')).toBe(`v1:${expected}`);
    expect(FINGERPRINT_VERSION).toBe('v1');
  });

  it('is stable for the same input', () => {
    expect(plainFingerprint('model/pickle-unsafe-global', 'm.pkl', 'os.system')).toBe(
      plainFingerprint('model/pickle-unsafe-global', 'm.pkl', 'os.system'),
    );
    expect(plainFingerprint('r/a', 'p', 'x')).toMatch(/^v1:[0-9a-f]{32}$/);
  });

  it('does not collide when part boundaries move', () => {
    expect(plainFingerprint('ab', 'c', 'd')).not.toBe(plainFingerprint('a', 'bc', 'd'));
    expect(plainFingerprint('a', 'b|c', 'd')).not.toBe(plainFingerprint('a', 'b', 'c|d'));
    expect(plainFingerprint('a', '1:b', '')).not.toBe(plainFingerprint('a', '', '1:b'));
  });

  it('never collides for different part triples (property)', () => {
    const part = fc.string({ unit: 'grapheme', maxLength: 6 });
    fc.assert(
      fc.property(fc.tuple(part, part, part), fc.tuple(part, part, part), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(plainFingerprint(...a)).not.toBe(plainFingerprint(...b));
      }),
    );
  });
});

describe('keyedFingerprint', () => {
  const keyA = fingerprintKeyFrom(SECRET_A);
  const keyB = fingerprintKeyFrom(SECRET_B);

  it('is an HMAC-SHA256 under the key, marked as keyed', () => {
    const expected = createHmac('sha256', keyA.bytes)
      .update('10:pii/us-ssn|8:data.csv|11:123-45-6789', 'utf8')
      .digest('hex')
      .slice(0, 32);
    expect(keyedFingerprint(keyA, 'pii/us-ssn', 'data.csv', '123-45-6789')).toBe(`v1:k:${expected}`);
  });

  it('is stable for the same key and differs across keys', () => {
    const first = keyedFingerprint(keyA, 'pii/us-ssn', 'data.csv', '123-45-6789');
    expect(keyedFingerprint(fingerprintKeyFrom(SECRET_A), 'pii/us-ssn', 'data.csv', '123-45-6789')).toBe(
      first,
    );
    expect(keyedFingerprint(keyB, 'pii/us-ssn', 'data.csv', '123-45-6789')).not.toBe(first);
  });

  it('differs from the plain fingerprint and across values, paths and rules', () => {
    const base = keyedFingerprint(keyA, 'pii/us-ssn', 'data.csv', '123-45-6789');
    expect(base).not.toBe(plainFingerprint('pii/us-ssn', 'data.csv', '123-45-6789'));
    expect(keyedFingerprint(keyA, 'pii/us-ssn', 'data.csv', '123-45-6780')).not.toBe(base);
    expect(keyedFingerprint(keyA, 'pii/us-ssn', 'other.csv', '123-45-6789')).not.toBe(base);
    expect(keyedFingerprint(keyA, 'pii/other', 'data.csv', '123-45-6789')).not.toBe(base);
    expect(keyedFingerprint(keyA, 'ab', 'c', 'v')).not.toBe(keyedFingerprint(keyA, 'a', 'bc', 'v'));
  });

  it('never contains the value', () => {
    expect(keyedFingerprint(keyA, 'pii/us-ssn', 'data.csv', '123456789')).not.toContain('123456789');
  });

  it('matches only within one run for a random key', () => {
    const random1 = fingerprintKeyFrom(undefined);
    const random2 = fingerprintKeyFrom(undefined);
    const a = keyedFingerprint(random1, 'pii/email-address', 'x', 'a@b.c');
    expect(keyedFingerprint(random1, 'pii/email-address', 'x', 'a@b.c')).toBe(a);
    expect(keyedFingerprint(random2, 'pii/email-address', 'x', 'a@b.c')).not.toBe(a);
  });
});

describe('maskPreview', () => {
  it('keeps separators and the last characters of a long enough value', () => {
    // Nine digits: a quarter is two, so only two of the four requested stay.
    expect(maskPreview('123-45-6789', { keepEnd: 4, keepSeparators: '-' })).toBe('***-**-**89');
    expect(maskPreview('4111 1111 1111 1111', { keepEnd: 4, keepSeparators: ' ' })).toBe('*** *** *** 1111');
    expect(maskPreview('+1 (555) 010-9999', { keepEnd: 2, keepSeparators: ' ()-+' })).toBe(
      '+* (***) ***-**99',
    );
  });

  it('masks everything by default, collapsing runs to three stars', () => {
    expect(maskPreview('secret-token-value')).toBe('***');
    expect(maskPreview('ab')).toBe('**');
    expect(maskPreview('abc')).toBe('***');
    expect(maskPreview('')).toBe('');
  });

  it('never reveals more than a quarter of the meaningful characters', () => {
    // 7 meaningful characters: at most one is shown however many are asked for.
    expect(maskPreview('abcdefg', { keepEnd: 4 })).toBe('***g');
    expect(maskPreview('abc', { keepEnd: 4 })).toBe('***');
    expect(maskPreview('12-34-56-78', { keepEnd: 8, keepSeparators: '-' })).toBe('**-**-**-78');
    expect(maskPreview('12345678', { keepEnd: 2 })).toBe('***78');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(maskPreview('😀😀😀😀😀😀😀😀', { keepEnd: 2 })).toBe('***😀😀');
  });

  const valueChar = fc.oneof(
    fc.constantFrom('-', ' ', '.', '@', '/', ':'),
    fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }),
  );

  it('never shows the full value nor more than a quarter of its non-separator characters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(valueChar, { minLength: 8, maxLength: 40 }).map((chars) => chars.join('')),
        fc.nat({ max: 40 }),
        fc.constantFrom('', '-', ' -', '-./: @'),
        (raw, keepEnd, separators) => {
          // A star in the value is indistinguishable from a masked character; keep it out.
          const value = raw.replace(/\*/g, 'x');
          const secret = [...value].filter((c) => !separators.includes(c));
          fc.pre(secret.length >= 1);
          const masked = maskPreview(value, { keepEnd, keepSeparators: separators });
          expect(masked).not.toContain(value);
          const revealed = [...masked].filter((c) => c !== '*' && !separators.includes(c));
          expect(revealed.length).toBeLessThanOrEqual(Math.floor(secret.length / 4));
          expect(revealed.length).toBeLessThanOrEqual(keepEnd);
          // What is shown is the tail of the meaningful characters, in order.
          expect(revealed).toEqual(revealed.length === 0 ? [] : secret.slice(-revealed.length));
        },
      ),
    );
  });
});

describe('maskEmail', () => {
  it('keeps the first character and a short top-level domain', () => {
    expect(maskEmail('jane.doe@mail.example.com')).toBe('j***@***.com');
    expect(maskEmail('x@y.io')).toBe('x***@***.io');
    expect(maskEmail('Zoë@exämple.museum')).toBe('Z***@***.museum');
  });

  it('drops a top-level domain longer than eight characters', () => {
    expect(maskEmail('a@b.verylongtld')).toBe('a***@***');
  });

  it('ignores dots before the last @', () => {
    expect(maskEmail('first.last@localhost')).toBe('f***@***');
    expect(maskEmail('a.b@c@d')).toBe('a***@***');
  });

  it('falls back to a full mask without a local part', () => {
    expect(maskEmail('no-at-sign')).toBe('***');
    expect(maskEmail('@example.com')).toBe('***');
  });

  it('keeps a whole first code point', () => {
    expect(maskEmail('😀user@example.org')).toBe('😀***@***.org');
  });

  it('never contains the local part or the domain name (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]{2,10}$/);
    fc.assert(
      fc.property(label, label, fc.constantFrom('com', 'org', 'io'), (local, domain, tld) => {
        const masked = maskEmail(`${local}@${domain}.${tld}`);
        expect(masked).toBe(`${local[0]}***@***.${tld}`);
      }),
    );
  });
});
