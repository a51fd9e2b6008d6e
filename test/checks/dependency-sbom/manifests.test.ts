import fc from 'fast-check';
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { includeInside, readManifestText } from '../../../src/checks/dependency-sbom/manifests.js';

describe('includeInside', () => {
  it('reads -r targets relative to the including file, and nothing outside the root, whatever the name', async () => {
    const base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-include-')));
    const root = path.join(base, 'repo');
    await mkdir(path.join(root, 'reqs'), { recursive: true });
    await writeFile(path.join(base, 'outside.txt'), 'outside==1\n');
    await writeFile(path.join(root, 'reqs/base.txt'), 'inside==1\n');
    await symlink(path.join(base, 'outside.txt'), path.join(root, 'reqs/link.txt'));
    const include = includeInside(root, root);
    expect(include('base.txt', 'reqs/requirements.txt')).toEqual({
      text: 'inside==1\n',
      file: 'reqs/base.txt',
    });
    expect(include('../reqs/base.txt', 'reqs/requirements.txt')).toEqual({
      text: 'inside==1\n',
      file: 'reqs/base.txt',
    });
    expect(include('../../outside.txt', 'reqs/requirements.txt')).toEqual({
      problem: 'it leaves the repository',
    });
    expect(include('link.txt', 'reqs/requirements.txt')).toEqual({
      problem: 'it resolves through a symbolic link to outside the repository',
    });
    expect(include(path.join(base, 'outside.txt'), 'requirements.txt')).toEqual({
      problem: 'it is an absolute path, outside the repository',
    });
    expect(include('https://example.org/r.txt', 'requirements.txt')).toEqual({
      problem: 'it is a URL, which mlsec does not fetch',
    });
    const segments = fc.constantFrom(
      '..',
      '.',
      'reqs',
      'base.txt',
      'link.txt',
      'outside.txt',
      '',
      '\\',
      'C:',
      '%2e%2e',
    );
    fc.assert(
      fc.property(
        fc.array(segments, { maxLength: 6 }),
        fc.constantFrom('requirements.txt', 'reqs/r.txt'),
        (parts, from) => {
          const got = include(parts.join('/'), from);
          if ('text' in got) {
            expect(got.text).toBe('inside==1\n');
            expect(got.file).toBe('reqs/base.txt');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('readManifestText', () => {
  it('drops a byte-order mark, refuses text that is not UTF-8, and names the reason', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-text-'));
    await writeFile(path.join(dir, 'bom.txt'), '\uFEFFnumpy==1\n');
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from([0x6e, 0xe9, 0x0a]));
    expect(readManifestText(path.join(dir, 'bom.txt'))).toEqual({ ok: true, text: 'numpy==1\n' });
    expect(readManifestText(path.join(dir, 'latin1.txt'))).toEqual({ ok: false, reason: 'not UTF-8 text' });
    expect(readManifestText(path.join(dir, 'missing.txt'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^cannot be read \(.*ENOENT/),
    });
  });
});

describe('includes over a whole run', () => {
  it('stop at a budget, with a problem, however many files include the same big one', async () => {
    const { MAX_INCLUDED_PER_RUN } = await import('../../../src/checks/dependency-sbom/manifests.js');
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-budget-')));
    const line = 'numpy==1.26.4\n';
    await writeFile(
      path.join(root, 'big.txt'),
      line.repeat(Math.ceil(MAX_INCLUDED_PER_RUN / line.length / 4) + 1),
    );
    const include = includeInside(root, root);
    const answers = Array.from({ length: 6 }, (_, i) => include('big.txt', `r${i}.txt`));
    expect(answers.slice(0, 3).every((answer) => 'text' in answer)).toBe(true);
    expect(answers.slice(4)).toEqual([
      { problem: `the requirements files include more than ${MAX_INCLUDED_PER_RUN} characters in all` },
      { problem: `the requirements files include more than ${MAX_INCLUDED_PER_RUN} characters in all` },
    ]);
  });
});
