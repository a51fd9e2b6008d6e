import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRequestedLines } from '../../src/core/lines.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'mlsec-lines-'));
  await mkdir(path.join(root, 'data'));
  await writeFile(path.join(root, 'data', 'lf.txt'), 'one\ntwo\nthree # mlsec-ignore: pii/us-ssn\nfour\n');
  await writeFile(path.join(root, 'data', 'crlf.txt'), 'one\r\ntwo\r\nthree\r\nfour');
  await writeFile(path.join(root, 'mixed.txt'), 'a\r\nb\nc\r\r\n\nlast');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const want = (entries: Record<string, number[]>) =>
  new Map(Object.entries(entries).map(([file, lines]) => [file, new Set(lines)]));

describe('readRequestedLines', () => {
  it('returns exactly the requested lines of an LF file', async () => {
    const found = await readRequestedLines(root, want({ 'data/lf.txt': [1, 3] }));
    expect(found).toEqual(
      new Map([
        [
          'data/lf.txt',
          new Map([
            [1, 'one'],
            [3, 'three # mlsec-ignore: pii/us-ssn'],
          ]),
        ],
      ]),
    );
  });

  it('drops the CR of CRLF line endings, and reads a last line without a newline', async () => {
    const found = await readRequestedLines(root, want({ 'data/crlf.txt': [2, 4] }));
    expect(found.get('data/crlf.txt')).toEqual(
      new Map([
        [2, 'two'],
        [4, 'four'],
      ]),
    );
  });

  it('drops only one trailing CR and keeps empty lines', async () => {
    const found = await readRequestedLines(root, want({ 'mixed.txt': [1, 2, 3, 4, 5] }));
    expect(found.get('mixed.txt')).toEqual(
      new Map([
        [1, 'a'],
        [2, 'b'],
        [3, 'c\r'],
        [4, ''],
        [5, 'last'],
      ]),
    );
  });

  it('leaves out lines past the end of the file', async () => {
    const found = await readRequestedLines(root, want({ 'data/lf.txt': [4, 5, 100] }));
    // The file ends with a newline: there is no line 5.
    expect(found.get('data/lf.txt')).toEqual(new Map([[4, 'four']]));
  });

  it('reads several files, and gives an unreadable one no lines', async () => {
    const found = await readRequestedLines(
      root,
      want({ 'data/lf.txt': [2], 'missing.txt': [1], data: [1], 'data/crlf.txt': [1] }),
    );
    expect([...found.keys()]).toEqual(['data/lf.txt', 'missing.txt', 'data', 'data/crlf.txt']);
    expect(found.get('data/lf.txt')).toEqual(new Map([[2, 'two']]));
    expect(found.get('missing.txt')).toEqual(new Map());
    expect(found.get('data')).toEqual(new Map());
    expect(found.get('data/crlf.txt')).toEqual(new Map([[1, 'one']]));
  });

  it('gives an empty map for an empty set of lines', async () => {
    expect(await readRequestedLines(root, want({ 'data/lf.txt': [] }))).toEqual(
      new Map([['data/lf.txt', new Map()]]),
    );
  });

  it('cuts a line to maxLineBytes', async () => {
    const found = await readRequestedLines(root, want({ 'data/lf.txt': [3] }), 5);
    expect(found.get('data/lf.txt')).toEqual(new Map([[3, 'three']]));
  });

  it('keeps line numbers right after a very long line, keeping a bounded prefix of it', async () => {
    // Longer than the 1 MiB read chunk, so the long line spans several chunks.
    const long = `${'x'.repeat(100)}${'y'.repeat(3 * 1024 * 1024)}`;
    await writeFile(path.join(root, 'long.txt'), `first\r\n${long}\r\nafter # mlsec-ignore: pii/*\r\nend`);
    const found = await readRequestedLines(root, want({ 'long.txt': [1, 2, 3, 4] }));
    const lines = found.get('long.txt')!;
    expect([...lines.keys()]).toEqual([1, 2, 3, 4]);
    expect(lines.get(1)).toBe('first');
    expect(lines.get(2)).toBe(`${'x'.repeat(100)}${'y'.repeat(64 * 1024 - 100)}`);
    expect(lines.get(3)).toBe('after # mlsec-ignore: pii/*');
    expect(lines.get(4)).toBe('end');
  });

  it('honours a maxLineBytes larger than one read chunk with an exact prefix', async () => {
    const half = 1536 * 1024;
    await writeFile(path.join(root, 'huge.txt'), `${'a'.repeat(half)}${'b'.repeat(half)}\nnext`);
    const found = await readRequestedLines(root, want({ 'huge.txt': [1, 2] }), 2 * 1024 * 1024);
    const lines = found.get('huge.txt')!;
    expect(lines.get(1)).toBe(`${'a'.repeat(half)}${'b'.repeat(2 * 1024 * 1024 - half)}`);
    expect(lines.get(2)).toBe('next');
  });

  it('reads a line right after a long line that ends exactly at a chunk boundary', async () => {
    const chunk = 1 << 20;
    // Line 1 plus its newline fill the first chunk exactly.
    const body = `${'z'.repeat(chunk - 1)}\nsecond\r\nthird`;
    await writeFile(path.join(root, 'boundary.txt'), body);
    const found = await readRequestedLines(root, want({ 'boundary.txt': [2, 3] }));
    expect(found.get('boundary.txt')).toEqual(
      new Map([
        [2, 'second'],
        [3, 'third'],
      ]),
    );
  });

  it('joins a line split across read chunks, including a CRLF split between them', async () => {
    const chunk = 1 << 20;
    // Line 2 starts 10 bytes before the chunk boundary; its CR is the last byte of the first chunk.
    const first = 'q'.repeat(chunk - 12);
    const body = `${first}\n0123456789\r\nnext`;
    expect(Buffer.byteLength(`${first}\n0123456789\r`)).toBe(chunk);
    await writeFile(path.join(root, 'split.txt'), body);
    const found = await readRequestedLines(root, want({ 'split.txt': [2, 3] }));
    expect(found.get('split.txt')).toEqual(
      new Map([
        [2, '0123456789'],
        [3, 'next'],
      ]),
    );
  });

  it('decodes UTF-8 lines', async () => {
    await writeFile(path.join(root, 'utf8.txt'), 'naïve — 名前\n😀\n');
    const found = await readRequestedLines(root, want({ 'utf8.txt': [1, 2] }));
    expect(found.get('utf8.txt')).toEqual(
      new Map([
        [1, 'naïve — 名前'],
        [2, '😀'],
      ]),
    );
  });

  it('reads 150,000 requested lines of one file (no argument spread over the set)', async () => {
    const count = 150_000;
    const text = Array.from({ length: count }, (_, i) => `row ${i + 1}`).join('\n');
    await writeFile(path.join(root, 'many.txt'), `${text}\n`);
    const wanted = new Set(Array.from({ length: count }, (_, i) => i + 1));
    const found = await readRequestedLines(root, new Map([['many.txt', wanted]]));
    const lines = found.get('many.txt')!;
    expect(lines.size).toBe(count);
    expect(lines.get(1)).toBe('row 1');
    expect(lines.get(count)).toBe(`row ${count}`);
  });
});
