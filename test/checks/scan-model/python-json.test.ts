import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeJsonBytes,
  JsonObject,
  JsonSyntaxError,
  parsePythonJson,
  type JsonValue,
} from '../../../src/checks/scan-model/python-json.js';

const LIMITS = { maxDepth: 64, maxValues: 100_000 };

/** The plain value JSON.parse would give (last duplicate wins, as in Python). */
function plain(value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof JsonObject) {
    const out: Record<string, unknown> = {};
    for (const [key] of value.entries) Object.defineProperty(out, key, { value: plain(value.get(key)!), enumerable: true, configurable: true, writable: true }); // prettier-ignore
    return out;
  }
  return value;
}

describe('parsePythonJson', () => {
  it('agrees with JSON.parse on any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(plain(parsePythonJson(text, LIMITS).value)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('lists duplicate keys with the path of their object', () => {
    const { duplicates } = parsePythonJson('{"a": [{"k": 1, "k": 2}], "a": 3}', LIMITS);
    expect(duplicates).toEqual([
      { path: ['a', 0], key: 'k', offset: 16 },
      { path: [], key: 'a', offset: 26 },
    ]);
  });

  it.each([
    ['{"a": 1,}', 'expecting a property name'],
    ['[1, 2', "expecting ',' delimiter"],
    ['"tab\there"', 'control character'],
    ['01', 'extra data'],
    ['+Infinity', 'expecting a value'],
    ["{'a': 1}", 'expecting a property name'],
    ['"\\x41"', 'invalid escape'],
    ['', 'expecting a value'],
  ])('rejects %j as Python does', (text, message) => {
    expect(() => parsePythonJson(text, LIMITS)).toThrow(JsonSyntaxError);
    expect(() => parsePythonJson(text, LIMITS)).toThrow(message);
  });

  it('keeps lone surrogates and joins escaped pairs', () => {
    expect(parsePythonJson('"\\ud83d\\ude00 \\udc00"', LIMITS).value).toBe('\u{1f600} \udc00');
  });

  it('stops at its limits without recursing further', () => {
    expect(() => parsePythonJson('['.repeat(100_000), LIMITS)).toThrow('nesting deeper than 64');
    expect(() => parsePythonJson(`[${'1,'.repeat(200)}1]`, { maxDepth: 4, maxValues: 100 })).toThrow(
      'more than 100 values',
    );
  });
});

describe('decodeJsonBytes', () => {
  const sample = '{"a": "\u00e9\u{1f600}"}';
  it.each([
    ['utf-8', Buffer.from(sample, 'utf8')],
    ['utf-8-sig', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['utf-16-le', Buffer.from(sample, 'utf16le')],
    ['utf-16-le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])],
    ['utf-16-be', Buffer.from(sample, 'utf16le').swap16()],
    ['utf-32-le', Buffer.from(Uint32Array.from([...sample].map((c) => c.codePointAt(0)!)).buffer)],
  ])('detects %s as json.loads does', (encoding, bytes) => {
    const decoded = decodeJsonBytes(bytes);
    expect(decoded).toEqual({ text: sample, encoding, valid: true });
  });

  it('marks invalid bytes', () => {
    expect(decodeJsonBytes(Uint8Array.from([0x7b, 0xff, 0x7d]))).toMatchObject({
      valid: false,
      encoding: 'utf-8',
    });
  });
});
