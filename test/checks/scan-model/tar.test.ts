import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelIssue } from '../../../src/checks/scan-model/model-issue.js';
import { walkPickle } from '../../../src/checks/scan-model/pickle.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { looksLikeTar, readTarEntries, type TarLimits } from '../../../src/checks/scan-model/tar.js';
import { callGlobal } from './pickle-bytes.js';
import { END_OF_ARCHIVE, gnuLongEntry, paxEntry, tarBytes, tarEntry, tarHeader } from './tar-bytes.js';
import { zipBytes } from './zip-bytes.js';

const ARCHIVES = path.resolve('test/fixtures/scan-model/archives');

interface PythonTarMember {
  name: string;
  type: string;
  headerOffset: number;
  dataOffset: number;
  size: number;
  linkName?: string;
}

/** Every fixture member as Python's tarfile lists it (scripts/fixtures/scan-model/make_archives.py). */
const pythonView = JSON.parse(readFileSync(path.join(ARCHIVES, 'PYTHON_VIEW.json'), 'utf8')) as {
  tar: Record<string, PythonTarMember[]>;
};

async function list(bytes: Uint8Array, limits?: Partial<TarLimits>) {
  return readTarEntries(bufferSource(bytes), limits);
}

function issue(
  level: ModelIssue['level'],
  message: string,
  member?: string,
  ruleId: ModelIssue['ruleId'] = 'model/archive-anomaly',
) {
  return expect.objectContaining({
    ruleId,
    level,
    message: expect.stringContaining(message),
    ...(member !== undefined ? { member: [member] } : {}),
  });
}

const pickle = callGlobal('collections', 'OrderedDict');

describe('tars Python wrote', () => {
  const fixtures = Object.keys(pythonView.tar).sort();

  it('has the legacy torch layout and a long name in each spelling', () => {
    expect(fixtures).toEqual([
      'gnu-longname.tar',
      'legacy-torch.tar',
      'pax-longname.tar',
      'ustar-prefix.tar',
    ]);
  });

  it.each(fixtures)('%s: the same members as Python, where Python finds them', async (file) => {
    const bytes = readFileSync(path.join(ARCHIVES, file));
    expect(looksLikeTar(bytes.subarray(0, 512))).toBe(true);
    const { entries, issues } = await list(bytes);
    expect(issues.filter((found) => !found.message.includes(' link to '))).toEqual([]);
    expect(
      entries.map(({ name, typeFlag, headerOffset, dataOffset, size, linkName }) => ({
        name,
        type: typeFlag,
        headerOffset,
        dataOffset,
        size,
        ...(linkName !== undefined ? { linkName } : {}),
      })),
    ).toEqual(pythonView.tar[file]);
  });

  it('legacy-torch.tar: members sys_info, pickle, storages, tensors, each a pickle', async () => {
    const bytes = readFileSync(path.join(ARCHIVES, 'legacy-torch.tar'));
    const { entries } = await list(bytes);
    expect(entries.map((entry) => [entry.name, entry.type])).toEqual([
      ['sys_info', 'file'],
      ['pickle', 'file'],
      ['storages', 'file'],
      ['tensors', 'file'],
    ]);
    for (const entry of entries) {
      const walk = walkPickle(bytes.subarray(entry.dataOffset, entry.dataOffset + entry.size));
      expect(walk.anomalies).toEqual([]);
    }
  });

  it('a link is reported with its target, which extractfile reads instead', async () => {
    const { entries, issues } = await list(readFileSync(path.join(ARCHIVES, 'ustar-prefix.tar')));
    expect(entries[2]).toMatchObject({ name: 'latest.pkl', type: 'link', linkName: 'cafe.txt', size: 0 });
    expect(issues).toEqual([issue('warning', 'is a symbolic link to "cafe.txt"', 'latest.pkl')]);
  });
});

describe('looksLikeTar', () => {
  it('a v7 header (no magic) with a valid checksum', () => {
    expect(looksLikeTar(tarHeader({ name: 'pickle', magic: 'v7' }))).toBe(true);
  });

  it.each([
    ['zeros', new Uint8Array(512)],
    ['a zip', zipBytes({ members: [{ name: 'a', data: 'x'.repeat(600) }] })],
    ['a pickle', pickle],
    ['a bad checksum', tarHeader({ name: 'x', magic: 'v7', checksum: 1 })],
    ['a short head', new Uint8Array(100)],
  ])('not %s', (_label, head) => {
    expect(looksLikeTar(head)).toBe(false);
  });
});

describe('header formats', () => {
  it('a ustar name prefix', async () => {
    const { entries, issues } = await list(
      tarBytes(tarEntry({ name: 'data.pkl', prefix: 'model/deep', data: pickle }), END_OF_ARCHIVE),
    );
    expect(issues).toEqual([]);
    expect(entries[0]).toMatchObject({ name: 'model/deep/data.pkl', dataOffset: 512, size: pickle.length });
  });

  it('a GNU header: the bytes where ustar keeps its prefix are not a prefix for GNU long names', async () => {
    const { entries } = await list(
      tarBytes(
        gnuLongEntry('a/very/long/name.pkl'),
        tarEntry({ name: 'short', data: 'x', magic: 'gnu' }),
        END_OF_ARCHIVE,
      ),
    );
    expect(entries.map((entry) => entry.name)).toEqual(['a/very/long/name.pkl']);
    expect(entries[0]!.headerOffset).toBe(0);
  });

  it('a GNU long link', async () => {
    const { entries } = await list(
      tarBytes(
        gnuLongEntry('target/'.repeat(20) + 'x', 'K'),
        tarEntry({ name: 'l', type: '1' }),
        END_OF_ARCHIVE,
      ),
    );
    expect(entries[0]).toMatchObject({ type: 'link', linkName: 'target/'.repeat(20) + 'x' });
  });

  it('a base-256 size', async () => {
    const sizeField = new Uint8Array(12);
    sizeField[0] = 0x80;
    sizeField[11] = 5;
    const { entries, issues } = await list(
      tarBytes(tarEntry({ name: 'b256', data: 'hello', sizeField }), END_OF_ARCHIVE),
    );
    expect(issues).toEqual([]);
    expect(entries[0]).toMatchObject({ name: 'b256', size: 5 });
  });

  it('an octal size with spaces, as old tars wrote it', async () => {
    const sizeField = Buffer.from('         5 \0', 'latin1');
    const { entries } = await list(
      tarBytes(tarEntry({ name: 'spaced', data: 'hello', sizeField }), END_OF_ARCHIVE),
    );
    expect(entries[0]!.size).toBe(5);
  });

  it('a signed checksum, as old Sun tars wrote it', async () => {
    const { entries, issues } = await list(
      tarBytes(tarEntry({ name: 'caf\u00e9', data: 'x', signedChecksum: true }), END_OF_ARCHIVE),
    );
    expect(issues).toEqual([]);
    expect(entries[0]!.name).toBe('café');
  });

  it('a v7 directory: type NUL and a trailing slash', async () => {
    const { entries } = await list(
      tarBytes(tarEntry({ name: 'dir/', type: '\0', magic: 'v7' }), END_OF_ARCHIVE),
    );
    expect(entries[0]).toMatchObject({ name: 'dir', type: 'directory' });
  });

  it('pax path and size for the next member', async () => {
    const data = 'x'.repeat(700);
    const bytes = tarBytes(
      paxEntry({ path: 'pax/named.pkl', size: '700' }),
      tarEntry({ name: 'ustar-name', data, size: 3 }),
      END_OF_ARCHIVE,
    );
    const { entries, issues } = await list(bytes);
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      { name: 'pax/named.pkl', type: 'file', dataOffset: 1536, size: 700, headerOffset: 0, typeFlag: '0' },
    ]);
  });

  it('a global pax header that sets path: error', async () => {
    const bytes = tarBytes(
      paxEntry({ path: 'everything' }, 'g'),
      tarEntry({ name: 'a', data: 'x' }),
      END_OF_ARCHIVE,
    );
    const { entries, issues } = await list(bytes);
    expect(issues).toEqual([issue('error', 'A global pax header at byte 0 sets "path"')]);
    expect(entries[0]).toMatchObject({ name: 'everything', headerOffset: 1024 });
  });

  it('a malformed pax header: error, reading stops', async () => {
    const bad = tarEntry({ name: 'pax', type: 'x', data: '99 path=x\n' });
    const { entries, issues } = await list(tarBytes(bad, tarEntry({ name: 'a', data: 'x' }), END_OF_ARCHIVE));
    expect(issues).toEqual([issue('error', 'The pax header at byte 0 is malformed')]);
    expect(entries).toEqual([]);
  });

  it('a pax size that is not a number: error', async () => {
    const { issues } = await list(
      tarBytes(paxEntry({ size: '12x' }), tarEntry({ name: 'a', data: 'x' }), END_OF_ARCHIVE),
    );
    expect(issues).toEqual([issue('error', 'gives a size that is not a number', 'a')]);
  });
});

describe('anomalies', () => {
  it('a bad checksum on the first header: error, nothing listed', async () => {
    const { entries, issues } = await list(
      tarBytes(tarEntry({ name: 'pickle', data: pickle, checksum: 1 }), END_OF_ARCHIVE),
    );
    expect(entries).toEqual([]);
    expect(issues).toEqual([issue('error', "bad checksum: Python's tarfile refuses the archive")]);
  });

  it('a bad checksum later: error, the members after it not listed (as Python)', async () => {
    const bytes = tarBytes(
      tarEntry({ name: 'sys_info', data: 'x' }),
      tarEntry({ name: 'pickle', data: pickle, checksum: 7 }),
      END_OF_ARCHIVE,
    );
    const { entries, issues } = await list(bytes);
    expect(entries.map((entry) => entry.name)).toEqual(['sys_info']);
    expect(issues).toEqual([issue('error', 'The header at byte 1024 has a bad checksum')]);
    expect(issues[0]!.offset).toBe(1024);
  });

  it('a numeric field that is not a number: error', async () => {
    const { issues } = await list(
      tarBytes(tarEntry({ name: 'a', patch: [[136, 'notoctal!!\0']] }), END_OF_ARCHIVE),
    );
    expect(issues).toEqual([issue('error', 'has a numeric field that is not a number')]);
  });

  it('a negative base-256 size: error', async () => {
    const sizeField = new Uint8Array(12).fill(0xff);
    const { issues } = await list(tarBytes(tarEntry({ name: 'neg', sizeField }), END_OF_ARCHIVE));
    expect(issues).toEqual([issue('error', 'gives a negative size (-1)')]);
  });

  it('member data cut by the end of the file: error, the member left out', async () => {
    const bytes = tarBytes(
      tarEntry({ name: 'a', data: 'x' }),
      tarEntry({ name: 'pickle', size: 4096, rawData: new Uint8Array(100) }),
    );
    const { entries, issues } = await list(bytes);
    expect(entries.map((entry) => entry.name)).toEqual(['a']);
    expect(issues).toEqual([
      issue('error', 'has 4096 bytes of data from byte 1536, past the end of the file', 'pickle'),
    ]);
  });

  it('a header cut by the end of the file: error', async () => {
    const bytes = tarBytes(tarEntry({ name: 'a', data: 'x' }), tarHeader({ name: 'b' }).subarray(0, 300));
    const { issues } = await list(bytes);
    expect(issues).toEqual([issue('error', 'The file ends inside a header: 300 bytes at byte 1024')]);
  });

  it('no end marker: warning', async () => {
    const { entries, issues } = await list(tarEntry({ name: 'a', data: 'x' }));
    expect(entries).toHaveLength(1);
    expect(issues).toEqual([issue('warning', 'has no end-of-archive marker')]);
  });

  it('an end marker of one zero block: warning', async () => {
    const { issues } = await list(tarBytes(tarEntry({ name: 'a', data: 'x' }), new Uint8Array(512)));
    expect(issues).toEqual([issue('warning', 'is one zero block, not two')]);
  });

  it('zeros after the end marker are padding', async () => {
    const { issues } = await list(
      tarBytes(tarEntry({ name: 'a', data: 'x' }), END_OF_ARCHIVE, new Uint8Array(8192)),
    );
    expect(issues).toEqual([]);
  });

  it('data after the end marker: warning with its offset', async () => {
    const { issues } = await list(
      tarBytes(tarEntry({ name: 'a', data: 'x' }), END_OF_ARCHIVE, new Uint8Array(10), Buffer.from('junk')),
    );
    expect(issues).toEqual([
      issue('warning', 'Data at byte 2058 follows the end-of-archive block at byte 1024'),
    ]);
    expect(issues[0]!.offset).toBe(2058);
  });

  it('a member header after the end marker: error (tar --ignore-zeros lists it, Python does not)', async () => {
    const bytes = tarBytes(
      tarEntry({ name: 'a', data: 'x' }),
      END_OF_ARCHIVE,
      tarEntry({ name: 'pickle', data: pickle }),
      END_OF_ARCHIVE,
    );
    const { entries, issues } = await list(bytes);
    expect(entries.map((entry) => entry.name)).toEqual(['a']);
    expect(issues).toEqual([issue('error', 'A member header at byte 2048 follows the end-of-archive block')]);
  });

  it('a lone zero block between members: the next header is reported after it', async () => {
    const bytes = tarBytes(
      tarEntry({ name: 'a', data: 'x' }),
      new Uint8Array(512),
      tarEntry({ name: 'pickle', data: pickle }),
      END_OF_ARCHIVE,
    );
    const { issues } = await list(bytes);
    expect(issues).toEqual([
      issue('error', 'A member header at byte 1536 follows the end-of-archive block at byte 1024'),
    ]);
  });

  it('a link or directory header with a size: error, the next header read right after it (as Python)', async () => {
    const hidden = tarEntry({ name: 'pickle', data: pickle });
    const bytes = tarBytes(tarEntry({ name: 'dir', type: '5', size: hidden.length }), hidden, END_OF_ARCHIVE);
    const { entries, issues } = await list(bytes);
    expect(entries.map((entry) => [entry.name, entry.size])).toEqual([
      ['dir', 0],
      ['pickle', pickle.length],
    ]);
    expect(issues).toEqual([
      issue('error', `The directory header of "dir" at byte 0 gives ${hidden.length} bytes of data`, 'dir'),
    ]);
  });

  it('duplicate names: error, Python takes the last', async () => {
    const bytes = tarBytes(
      tarEntry({ name: 'pickle', data: 'x' }),
      tarEntry({ name: 'pickle', data: pickle }),
      END_OF_ARCHIVE,
    );
    const { issues } = await list(bytes);
    expect(issues).toEqual([
      issue('error', "appears 2 times: Python's tarfile (and torch.load) uses the last one", 'pickle'),
    ]);
  });

  it('a hard link: warning', async () => {
    const bytes = tarBytes(
      tarEntry({ name: 'real', data: pickle }),
      tarEntry({ name: 'pickle', type: '1', linkName: 'real' }),
      END_OF_ARCHIVE,
    );
    const { issues } = await list(bytes);
    expect(issues).toEqual([issue('warning', 'is a hard link to "real"', 'pickle')]);
  });

  it('a link out of the archive: error', async () => {
    const bytes = tarBytes(
      tarEntry({ name: 'storages', type: '2', linkName: '../../home/user/.ssh/id_rsa' }),
      END_OF_ARCHIVE,
    );
    const { issues } = await list(bytes);
    expect(issues).toEqual([issue('error', 'and the target is outside the archive', 'storages')]);
  });

  it.each([
    ['/etc/passwd', 'error', 'absolute path'],
    ['../../x.pkl', 'error', '".." segment'],
    ['a\\b.pkl', 'warning', 'backslash'],
    ['a\x07.pkl', 'warning', 'control characters'],
  ] as const)('name %j: %s', async (name, level, message) => {
    const { issues } = await list(tarBytes(tarEntry({ name, data: 'x' }), END_OF_ARCHIVE));
    expect(issues).toEqual([issue(level, message, name)]);
  });

  it('a NUL in a pax path: error', async () => {
    const { issues } = await list(
      tarBytes(paxEntry({ path: 'pickle\0.txt' }), tarEntry({ name: 'x', data: 'x' }), END_OF_ARCHIVE),
    );
    expect(issues).toEqual([issue('error', 'NUL character', 'pickle\0.txt')]);
  });

  it('a name that is not UTF-8: escaped, no backslash warning', async () => {
    const { entries, issues } = await list(
      tarBytes(tarEntry({ name: Uint8Array.from([0x61, 0xff]), data: 'x' }), END_OF_ARCHIVE),
    );
    expect(entries[0]!.name).toBe('a\\xff');
    expect(issues).toEqual([]);
  });

  it('more members than maxEntries: scan-limit', async () => {
    const members = Array.from({ length: 5 }, (_, index) => tarEntry({ name: `m${index}`, data: 'x' }));
    const { entries, issues } = await list(tarBytes(...members, END_OF_ARCHIVE), { maxEntries: 3 });
    expect(entries).toHaveLength(3);
    expect(issues).toEqual([issue('error', 'more than 3 members', undefined, 'model/scan-limit')]);
  });

  it('a pax header over maxHeaderBytes: scan-limit, never read into memory', async () => {
    const bytes = tarBytes(tarHeader({ name: 'pax', type: 'x', size: 2 ** 32 }));
    const { issues } = await list(bytes);
    expect(issues).toEqual([
      issue('error', 'holds 4294967296 bytes, over the 1048576-byte limit', undefined, 'model/scan-limit'),
    ]);
  });

  it('a GNU long name that runs past the end: error', async () => {
    const { issues } = await list(tarBytes(tarHeader({ name: '././@LongLink', type: 'L', size: 5000 })));
    expect(issues).toEqual([issue('error', 'The GNU long name at byte 0 runs past the end of the file')]);
  });

  it('an extended header with no member after it: error', async () => {
    const { issues } = await list(tarBytes(paxEntry({ path: 'x' }), END_OF_ARCHIVE));
    expect(issues).toContainEqual(issue('error', 'follows the extended header at byte 0'));
  });
});

describe('hostile input never throws', () => {
  const seeds = [
    readFileSync(path.join(ARCHIVES, 'legacy-torch.tar')),
    readFileSync(path.join(ARCHIVES, 'pax-longname.tar')),
    readFileSync(path.join(ARCHIVES, 'gnu-longname.tar')),
  ].map((seed) => Uint8Array.from(seed.subarray(0, 6144)));

  async function survives(bytes: Uint8Array): Promise<void> {
    looksLikeTar(bytes);
    const { entries, issues } = await readTarEntries(bufferSource(bytes), { maxHeaderBytes: 64 * 1024 });
    for (const entry of entries) {
      expect(entry.dataOffset).toBeGreaterThanOrEqual(0);
      expect(entry.dataOffset + entry.size).toBeLessThanOrEqual(bytes.length);
    }
    for (const found of issues) expect(typeof found.message).toBe('string');
  }

  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), survives), { numRuns: 300 });
  });

  it('random bytes under a valid header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.nat({ max: 5000 }), (body, size) =>
        survives(tarBytes(tarHeader({ name: 'x', size }), body)),
      ),
      { numRuns: 300 },
    );
  });

  it('mutations of valid tars (flips, truncation, insertions), checksums fixed up or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.uint8Array({ maxLength: 600 }),
        fc.boolean(),
        (seed, flips, cut, inserted, fixChecksums) => {
          let bytes = seed.slice();
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          if (fixChecksums) {
            for (let block = 0; block + 512 <= bytes.length; block += 512) {
              const header = bytes.subarray(block, block + 512);
              if (header.every((byte) => byte === 0)) continue;
              header.fill(0x20, 148, 156);
              const sum = header.reduce((total, byte) => total + byte, 0);
              header.set(Buffer.from(`${sum.toString(8).padStart(6, '0')}\0 `, 'latin1'), 148);
            }
          }
          const at = cut % (bytes.length + 1);
          bytes = Uint8Array.from(Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]));
          return survives(bytes.subarray(0, bytes.length - (cut % 700)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
