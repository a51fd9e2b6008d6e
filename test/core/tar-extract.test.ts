import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTarball, memberPath, TarExtractError } from '../../src/core/tar-extract.js';
import { tarArchive, type TarMember } from '../helpers/tar-writer.js';

let scratch: string;
let count = 0;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mlsec-tar-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Extracts `archive` (gzipped here) into `<case>/out`, beside which nothing may appear. */
async function extract(archive: Buffer, select: (member: string) => string | undefined = (member) => member) {
  const base = path.join(scratch, `case-${count++}`);
  await mkdir(base);
  const file = path.join(base, 'archive.tgz');
  await writeFile(file, gzipSync(archive));
  const destination = path.join(base, 'out');
  const outcome = await extractTarball(file, { destination, select }).then(
    (result) => ({ files: result.files }),
    (error: unknown) => ({ error }),
  );
  return { base, destination, outcome };
}

async function filesUnder(directory: string): Promise<Record<string, string>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(directory, file).split(path.sep).join('/')] = await readFile(file, 'utf8');
  }
  return files;
}

describe('extractTarball', () => {
  it('writes the selected regular files below the top directory, long (pax) names included', async () => {
    const longName = `package/${'d'.repeat(60)}/${'f'.repeat(60)}.js`;
    const { destination, outcome } = await extract(
      tarArchive([
        { name: 'package/package.json', data: '{}' },
        { name: 'package/dir', type: '5' },
        { name: 'package/dir/a.txt', data: 'a'.repeat(1500) },
        { name: 'package/skipped.txt', data: 'skip' },
        { name: longName, data: 'long' },
      ]),
      (member) => (member === 'skipped.txt' ? undefined : member),
    );
    expect(outcome).toEqual({ files: 3 });
    expect(await filesUnder(destination)).toEqual({
      'package.json': '{}',
      'dir/a.txt': 'a'.repeat(1500),
      [longName.slice('package/'.length)]: 'long',
    });
  });

  it('refuses two members of one name', async () => {
    const { outcome } = await extract(
      tarArchive([
        { name: 'package/a', data: '1' },
        { name: 'package/a', data: '2' },
      ]),
    );
    expect(outcome).toEqual({
      error: new TarExtractError('a member has the name of another member, or of its directory', 'package/a'),
    });
  });

  it('refuses a header with a bad checksum and a truncated member', async () => {
    const archive = tarArchive([{ name: 'package/a', data: 'x'.repeat(600) }]);
    const corrupt = Buffer.from(archive);
    corrupt[0] = 0x41;
    expect((await extract(corrupt)).outcome).toEqual({
      error: new TarExtractError('a header has a bad checksum'),
    });
    expect((await extract(archive.subarray(0, 700))).outcome).toEqual({
      error: new TarExtractError('the archive ends in the middle of a member', 'package/a'),
    });
  });

  it('refuses a corrupt gzip stream', async () => {
    const base = path.join(scratch, `case-${count++}`);
    await mkdir(base);
    const file = path.join(base, 'archive.tgz');
    const gzipped = gzipSync(tarArchive([{ name: 'package/a', data: 'x'.repeat(5000) }]));
    gzipped.fill(0xff, 20, 40);
    await writeFile(file, gzipped);
    await expect(
      extractTarball(file, { destination: path.join(base, 'out'), select: (m) => m }),
    ).rejects.toThrow(/^the gzip stream is corrupt \(Z_[A-Z_]+\)$/);
  });

  it('never writes outside the destination, whatever the member names and types', async () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '', 'package', 'a', 'b', 'C:', '\\..', 'a\\..\\..'),
      fc.string({ minLength: 1, maxLength: 8 }),
    );
    const member = fc.record({
      name: fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => segments.join('/')),
      type: fc.constantFrom('0', '0', '0', '5', '1', '2', '3', '7', 'g'),
      data: fc.string({ maxLength: 20 }),
      leadingSlash: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(member, { minLength: 1, maxLength: 6 }), async (members) => {
        const archive = tarArchive(
          members.map((item): TarMember => ({
            name: (item.leadingSlash ? '/' : '') + item.name.replace(/\0/g, ''),
            type: item.type,
            data: item.type === '5' ? '' : item.data,
            linkName: '../../outside',
          })),
        );
        const { base, outcome } = await extract(archive);
        if ('error' in outcome) expect(outcome.error).toBeInstanceOf(TarExtractError);
        expect((await readdir(base)).sort()).toEqual(expect.arrayContaining(['archive.tgz']));
        expect((await readdir(base)).filter((name) => name !== 'archive.tgz' && name !== 'out')).toEqual([]);
        expect((await readdir(scratch)).filter((name) => !/^case-\d+$/.test(name))).toEqual([]);
        await rm(base, { recursive: true, force: true });
      }),
      { numRuns: 150 },
    );
  });

  it('meets random bytes with a TarExtractError or a clean end, never another failure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 3000 }), async (bytes) => {
        const { base, outcome } = await extract(Buffer.from(bytes));
        if ('error' in outcome) expect(outcome.error).toBeInstanceOf(TarExtractError);
        expect((await readdir(base)).filter((name) => name !== 'archive.tgz' && name !== 'out')).toEqual([]);
        await rm(base, { recursive: true, force: true });
      }),
      { numRuns: 150 },
    );
  });
});

describe('memberPath', () => {
  it('strips the top directory and refuses names that could leave it', () => {
    expect(memberPath('package/lib/index.js')).toBe('lib/index.js');
    expect(memberPath('package//./lib/index.js')).toBe('lib/index.js');
    expect(memberPath('package')).toBe('');
    expect(() => memberPath('package/../x')).toThrow('a member name has a ".." segment');
    expect(() => memberPath('/etc/passwd')).toThrow('a member name is an absolute path');
    expect(() => memberPath('C:/x')).toThrow('a member name is an absolute path');
    expect(() => memberPath('package\\..\\x')).toThrow('a member name holds a NUL or a backslash');
  });
});
