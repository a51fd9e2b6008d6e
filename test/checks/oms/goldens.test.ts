import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHARD_SIZE, type Manifest, subjectDigest } from '../../../src/checks/oms/manifest.js';
import { createHashRunner } from '../../../src/checks/oms/runner.js';
import { hashModel, listModelFiles } from '../../../src/checks/oms/serialize.js';
import { buildStatement, parseStatement } from '../../../src/checks/oms/statement.js';

/**
 * The reference library's own unit-test goldens (model_signing v1.1, tests/_serialization and
 * tests/_signing/.../TestPayload) against models built here as upstream's conftest describes them.
 */

const TESTS = path.resolve(import.meta.dirname, '../../fixtures/vectors/model-transparency/tests');
const SERIALIZER_FILE = path.join(TESTS, '_serialization/testdata/file/TestSerializer');
const SERIALIZER_SHARD = path.join(TESTS, '_serialization/testdata/file_shard/TestSerializer');
const PAYLOAD = path.join(TESTS, '_signing/testdata/signing/TestPayload');
const SMALL_SHARD = 8;

/** Each fixture: the model path (inside the temp root) and the files it holds. */
const FIXTURES = {
  sample_model_file: 'file_model',
  empty_model_file: 'empty_file_model',
  sample_model_folder: 'sample_model',
  empty_model_folder: 'empty_folder_model',
  model_folder_with_empty_file: 'empty_file_inside_model',
  deep_model_folder: 'deep_model',
  symlink_model_folder: 'symlink_model',
} as const;
type Fixture = keyof typeof FIXTURES;
const FIXTURE_NAMES = Object.keys(FIXTURES) as Fixture[];

let base: string;
const runner = createHashRunner(1);

async function put(relative: string, content: string): Promise<void> {
  const file = path.join(base, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-oms-goldens-')));
  await put('file_model', 'This is a simple model');
  await put('empty_file_model', '');
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 3; j++) await put(`sample_model/d${i}/f${i}${j}`, `This is file f${i}${j} in d${i}.`);
  }
  for (let k = 0; k < 4; k++) await put(`sample_model/f${k}`, `This is file f${k} in root.`);
  await mkdir(path.join(base, 'empty_folder_model'));
  await put('empty_file_inside_model/empty_file', '');
  for (let k = 0; k < 4; k++) await put(`deep_model/d0/d1/d2/d3/d4/f${k}`, `This is file f${k}.`);
  // Outside the model, inside the root: links are followed only within the root.
  await put('outside/linked_file', 'This is a simple model');
  await mkdir(path.join(base, 'symlink_model'));
  await symlink(path.join(base, 'outside/linked_file'), path.join(base, 'symlink_model/symlink_file'));
});

afterAll(async () => {
  await runner.close();
  await rm(base, { recursive: true, force: true });
});

type Method = { method: 'files' } | { method: 'shards'; shardSize: number };

async function serialize(fixture: Fixture, serialization: Method): Promise<Manifest> {
  const listing = await listModelFiles(base, FIXTURES[fixture], { allowSymlinks: true, ignorePaths: [] });
  return hashModel(listing, {
    ...serialization,
    hashType: 'sha256',
    allowSymlinks: true,
    ignorePaths: [],
    runner,
  });
}

function goldenLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function manifestLines(manifest: Manifest): string[] {
  return manifest.resources.map((resource) => `${resource.name}:${resource.digest.toString('hex')}`);
}

describe('file serialization goldens (file/TestSerializer)', () => {
  it('covers every golden upstream ships, and no other', async () => {
    expect((await readdir(SERIALIZER_FILE)).sort()).toEqual([...FIXTURE_NAMES].sort());
  });

  it.each(FIXTURE_NAMES)('%s', async (fixture) => {
    const golden = goldenLines(await readFile(path.join(SERIALIZER_FILE, fixture), 'utf8'));
    const manifest = await serialize(fixture, { method: 'files' });
    expect(manifestLines(manifest)).toEqual(golden);
    for (const resource of manifest.resources) expect(resource.algorithm).toBe('sha256');
  });

  it('a single-file model is one resource named `.`; an empty file still is one', async () => {
    expect(manifestLines(await serialize('sample_model_file', { method: 'files' }))).toEqual([
      '.:3aab065c7181a173b5dd9e9d32a9f79923440b413be1e1ffcdba26a7365f719b',
    ]);
    expect(manifestLines(await serialize('empty_model_file', { method: 'files' }))).toEqual([
      `.:${createHash('sha256').update('').digest('hex')}`,
    ]);
  });

  it('an empty folder serializes to no resources, whose subject digest is sha256 of nothing', async () => {
    const manifest = await serialize('empty_model_folder', { method: 'files' });
    expect(manifest.resources).toEqual([]);
    expect(subjectDigest(manifest.resources).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('the symlink model hashes its target, under the link name, only with allowSymlinks', async () => {
    const listing = await listModelFiles(base, 'symlink_model', { allowSymlinks: true, ignorePaths: [] });
    expect(listing.files.map((file) => [file.name, file.relative, file.size])).toEqual([
      ['symlink_file', 'symlink_model/symlink_file', 22],
    ]);
    await expect(
      listModelFiles(base, 'symlink_model', { allowSymlinks: false, ignorePaths: [] }),
    ).rejects.toMatchObject({
      name: 'SerializationError',
      code: 'SYMLINK_REFUSED',
      file: 'symlink_model/symlink_file',
      message:
        'symlink_model/symlink_file is a symbolic link; models with links are signed only with allow-symlinks: true',
    });
  });
});

describe('shard serialization goldens (file_shard/TestSerializer)', () => {
  it('covers every golden upstream ships, and no other', async () => {
    expect((await readdir(SERIALIZER_SHARD)).sort()).toEqual(
      FIXTURE_NAMES.flatMap((name) => [name, `${name}_small_shards`]).sort(),
    );
  });

  describe.each([
    ['default shard size (1,000,000,000)', '', DEFAULT_SHARD_SIZE],
    ['8-byte shards', '_small_shards', SMALL_SHARD],
  ] as const)('%s', (_label, suffix, shardSize) => {
    it.each(FIXTURE_NAMES)('%s', async (fixture) => {
      const golden = goldenLines(await readFile(path.join(SERIALIZER_SHARD, `${fixture}${suffix}`), 'utf8'));
      const manifest = await serialize(fixture, { method: 'shards', shardSize });
      expect(manifestLines(manifest)).toEqual(golden);
      for (const resource of manifest.resources)
        expect(resource.algorithm).toBe(`sha256-sharded-${shardSize}`);
    });
  });

  it('empty files produce no shards', async () => {
    expect(
      (await serialize('model_folder_with_empty_file', { method: 'shards', shardSize: SMALL_SHARD }))
        .resources,
    ).toEqual([]);
    expect(
      (await serialize('empty_model_file', { method: 'shards', shardSize: DEFAULT_SHARD_SIZE })).resources,
    ).toEqual([]);
  });

  it('the last shard ends at the end of the file', async () => {
    expect(
      manifestLines(await serialize('sample_model_file', { method: 'shards', shardSize: SMALL_SHARD })).map(
        (line) => line.split(':').slice(0, 3).join(':'),
      ),
    ).toEqual(['.:0:8', '.:8:16', '.:16:22']);
  });
});

describe('payload goldens (signing/TestPayload)', () => {
  const VARIANTS = [
    ['', { method: 'files' }],
    ['_shard', { method: 'shards', shardSize: DEFAULT_SHARD_SIZE }],
    ['_small_shards', { method: 'shards', shardSize: SMALL_SHARD }],
  ] as const satisfies ReadonlyArray<readonly [string, Method]>;
  const CASES = FIXTURE_NAMES.flatMap((fixture) =>
    VARIANTS.map(([suffix, method]) => [`${fixture}${suffix}`, fixture, method] as const),
  );

  it('covers every golden upstream ships, and no other', async () => {
    expect((await readdir(PAYLOAD)).sort()).toEqual(CASES.map(([name]) => name).sort());
  });

  it.each(CASES)('%s: buildStatement equals the golden statement', async (golden, fixture, method) => {
    const text = await readFile(path.join(PAYLOAD, golden), 'utf8');
    const manifest = await serialize(fixture, method);
    expect(buildStatement(manifest)).toEqual(JSON.parse(text));
  });

  it.each(CASES)(
    '%s: parseStatement of the golden gives back the manifest',
    async (golden, fixture, method) => {
      const bytes = await readFile(path.join(PAYLOAD, golden));
      const parsed = parseStatement(bytes);
      expect(parsed.predicateType).toBe('https://model_signing/signature/v1.0');
      expect(parsed.manifest).toEqual(await serialize(fixture, method));
    },
  );

  it('reads the golden shard size written as a float (8.0) as the integer 8', async () => {
    const text = await readFile(path.join(PAYLOAD, 'sample_model_file_small_shards'), 'utf8');
    expect(text).toContain('"shard_size": 8.0');
    const { manifest } = parseStatement(Buffer.from(text));
    expect(manifest.serialization).toEqual({
      method: 'shards',
      hashType: 'sha256',
      shardSize: 8,
      allowSymlinks: true,
    });
    expect(manifest.resources.map((resource) => resource.algorithm)).toEqual([
      'sha256-sharded-8',
      'sha256-sharded-8',
      'sha256-sharded-8',
    ]);
  });

  it('subject names are the model folder or file name; subject digests match the goldens', async () => {
    const subjects: Record<string, unknown> = {};
    for (const fixture of FIXTURE_NAMES) {
      const statement = buildStatement(await serialize(fixture, { method: 'files' }));
      subjects[fixture] = (statement.subject as unknown[])[0];
    }
    expect(subjects).toEqual({
      sample_model_file: {
        name: 'file_model',
        digest: { sha256: '002d162f867c5eee944e5080d25829b6625be0e3f081f6fbafc7dd655ca2e178' },
      },
      empty_model_file: {
        name: 'empty_file_model',
        digest: { sha256: '5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456' },
      },
      sample_model_folder: {
        name: 'sample_model',
        digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
      empty_model_folder: {
        name: 'empty_folder_model',
        digest: { sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      },
      model_folder_with_empty_file: {
        name: 'empty_file_inside_model',
        digest: { sha256: '5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456' },
      },
      deep_model_folder: {
        name: 'deep_model',
        digest: { sha256: '18b5a45fe7983f7194e8ffd96c80f5f0ec53191bf4a32b6aff293f043e816d7a' },
      },
      symlink_model_folder: {
        name: 'symlink_model',
        digest: { sha256: '002d162f867c5eee944e5080d25829b6625be0e3f081f6fbafc7dd655ca2e178' },
      },
    });
  });
});
