import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrayTableLines,
  colonHash,
  hashTable,
  jsonKeyLines,
  normalizePypiName,
  requirementName,
  sriHashes,
  withoutCredentials,
} from '../../../src/checks/dependency-sbom/lock-util.js';

describe('hashes', () => {
  it('SRI becomes algorithm:hex, several separated by spaces; anything else is refused', () => {
    const bytes = Buffer.from('hello');
    expect(sriHashes(`sha512-${bytes.toString('base64')}`)).toEqual([`sha512:${bytes.toString('hex')}`]);
    expect(sriHashes(`sha1-${bytes.toString('base64')} sha256-${bytes.toString('base64')}`)).toEqual([
      `sha1:${bytes.toString('hex')}`,
      `sha256:${bytes.toString('hex')}`,
    ]);
    expect(sriHashes('md5-aGVsbG8=')).toBeUndefined();
    expect(sriHashes('sha512-')).toBeUndefined();
    expect(sriHashes('')).toBeUndefined();
    expect(sriHashes(42)).toBeUndefined();
  });

  it('algorithm:hex is lowercased; a table of algorithm to hex too', () => {
    expect(colonHash('SHA256:ABCDEF')).toBe('sha256:abcdef');
    expect(colonHash('sha256=abcdef')).toBe('sha256:abcdef');
    expect(colonHash('sha256:xyz')).toBeUndefined();
    expect(colonHash('abcdef')).toBeUndefined();
    expect(hashTable({ sha256: 'AB', sha512: 'cd' })).toEqual(['sha256:ab', 'sha512:cd']);
    expect(hashTable({ sha256: 1 })).toBeUndefined();
    expect(hashTable('sha256:ab')).toBeUndefined();
  });

  it('SRI round-trips any digest', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (digest) => {
        const b = Buffer.from(digest);
        expect(sriHashes(`sha384-${b.toString('base64')}`)).toEqual([`sha384:${b.toString('hex')}`]);
      }),
    );
  });
});

describe('names', () => {
  it.each([
    ['Friendly-Bard', 'friendly-bard'],
    ['FRIENDLY__bard', 'friendly-bard'],
    ['friendly.bard', 'friendly-bard'],
    ['friendly-._bard', 'friendly-bard'],
  ])('%s normalises to %s', (name, normalized) => {
    expect(normalizePypiName(name)).toBe(normalized);
  });

  it.each([
    ['requests[socks]>=2; python_version < "3.11"', 'requests'],
    ['foo @ git+https://x/foo.git', 'foo'],
    ['zope.interface', 'zope.interface'],
    ['  >=1', undefined],
  ])('requirement %s names %s', (requirement, name) => {
    expect(requirementName(requirement)).toBe(name);
  });
});

describe('positions', () => {
  it('finds [[header]] lines, and gives none rather than wrong ones when the count differs', () => {
    const text = '[[package]]\nname = "a"\n  [[ package ]] # b\nname = "b"\n[[package.wheels]]\n';
    expect(arrayTableLines(text, 'package', 2)).toEqual([1, 3]);
    expect(arrayTableLines(text, 'package', 3)).toEqual([undefined, undefined, undefined]);
    expect(arrayTableLines(text, 'package.wheels', 1)).toEqual([5]);
  });

  it('finds object keys in JSON, whatever the strings hold', () => {
    const text = '{\n "a\\"{": {\n  "x": "}\\\\",\n  "y": [ {"z": 1} ]\n },\n "b": 2\n}';
    expect(JSON.parse(text)).toBeTruthy();
    const lines = jsonKeyLines(text);
    expect(lines.get('a"{')).toBe(2);
    expect(lines.get('a"{\0x')).toBe(3);
    expect(lines.get('a"{\0y')).toBe(4);
    expect(lines.get('b')).toBe(6);
  });

  it('gives every key of a pretty-printed object its line', () => {
    const key = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(fc.dictionary(key, fc.dictionary(key, fc.oneof(fc.string(), fc.integer()))), (doc) => {
        const text = JSON.stringify(doc, null, 2);
        const lines = jsonKeyLines(text);
        const all = text.split('\n');
        for (const [outer, inner] of Object.entries(doc)) {
          const at = lines.get(outer);
          expect(all[at! - 1]!.startsWith(`  ${JSON.stringify(outer)}: `)).toBe(true);
          for (const name of Object.keys(inner)) {
            const innerAt = lines.get(`${outer}\0${name}`);
            expect(all[innerAt! - 1]!.startsWith(`    ${JSON.stringify(name)}: `)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('withoutCredentials', () => {
  it.each([
    ['https://user:s3cret@pypi.example.com/simple/x.whl', 'https://pypi.example.com/simple/x.whl'],
    ['git+https://ghp_token@github.com/o/r.git@abc', 'git+https://github.com/o/r.git@abc'],
    ['git+ssh://git@github.com/o/r.git#abc', 'git+ssh://git@github.com/o/r.git#abc'],
    ['git+ssh://git:pw@github.com/o/r.git', 'git+ssh://github.com/o/r.git'],
    ['https://example.com/a@b.tgz', 'https://example.com/a@b.tgz'],
    ['./local@1', './local@1'],
  ])('%s -> %s', (url, clean) => {
    expect(withoutCredentials(url)).toBe(clean);
  });
});
