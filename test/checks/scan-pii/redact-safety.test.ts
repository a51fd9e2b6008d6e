import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPii } from '../../../src/checks/scan-pii/definition.js';
import { redactFile } from '../../../src/checks/scan-pii/redact.js';
import { ENTITIES } from '../../../src/checks/scan-pii/entities.js';
import { isUsageError } from '../../../src/core/errors.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

/** A repository and, beside it, a directory it must never write into (with one file in it). */
function hostile(files: Record<string, string>): { root: string; outside: string } {
  const base = mkdtempSync(path.join(os.tmpdir(), 'mlsec-hostile-redact-'));
  const root = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'authorized_keys'), 'ssh-ed25519 AAAA user\n');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return { root, outside };
}

/** Every file under `dir` with its content: the outside must be exactly as it was. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = readFileSync(file, 'utf8');
    }
  }
  return out;
}

const UNTOUCHED = { authorized_keys: 'ssh-ed25519 AAAA user\n' };

const run = (root: string, options: Record<string, unknown>, paths = ['.'], userPaths: string[] = []) =>
  scanPii.run({
    root,
    paths,
    options: {
      'min-confidence': 0.5,
      'max-file-size': '2GB',
      mode: 'redact',
      threads: 1,
      'redact-dir': 'mlsec-redacted',
      ...options,
    },
    exclude: [],
    fingerprintKey: fingerprintKeyFrom(undefined),
    environment: {},
    progress: () => undefined,
    userPaths,
    signerFiles: [],
  });

async function usageError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

const notRedacted = (result: Awaited<ReturnType<typeof run>>) =>
  result.findings
    .filter((f) => f.message.startsWith('Not redacted'))
    .map((f) => [f.location.path, f.message]);

const DATA = { 'data/a.csv': 'email\nmaria.garcia@gmail.com\n' };

describe('redaction never writes through a symbolic link (issue 13)', () => {
  it('refuses a redact-dir that is a committed link, before scanning', async () => {
    const { root, outside } = hostile(DATA);
    symlinkSync(outside, path.join(root, 'mlsec-redacted'));
    expect(await usageError(run(root, {}))).toBe(
      'redact-dir: "mlsec-redacted": mlsec-redacted is a symbolic link (not followed)',
    );
    expect(contents(outside)).toEqual(UNTOUCHED);
  });

  it('refuses a link as an intermediate directory of redact-dir', async () => {
    const { root, outside } = hostile(DATA);
    symlinkSync(outside, path.join(root, 'out'));
    expect(await usageError(run(root, { 'redact-dir': 'out/copies' }))).toBe(
      'redact-dir: "out/copies": out is a symbolic link (not followed)',
    );
    expect(contents(outside)).toEqual(UNTOUCHED);
  });

  it('does not write through a link under redact-dir: that copy is reported as not redacted', async () => {
    const { root, outside } = hostile({ ...DATA, 'b.csv': 'email\nbob.smith@yahoo.com\n' });
    mkdirSync(path.join(root, 'mlsec-redacted'));
    symlinkSync(outside, path.join(root, 'mlsec-redacted', 'data'));
    const result = await run(root, {});
    expect(notRedacted(result)).toEqual([
      [
        'data/a.csv',
        'Not redacted: data is a symbolic link (not followed) under redact-dir; nothing was written through it',
      ],
    ]);
    expect(readFileSync(path.join(root, 'mlsec-redacted', 'b.csv'), 'utf8')).toBe('email\nREDACTED_EMAIL\n');
    expect(contents(outside)).toEqual(UNTOUCHED);
  });

  it('replaces a link planted at the copy’s own name, never its target', async () => {
    const { root, outside } = hostile(DATA);
    mkdirSync(path.join(root, 'mlsec-redacted', 'data'), { recursive: true });
    symlinkSync('../../../outside/authorized_keys', path.join(root, 'mlsec-redacted', 'data', 'a.csv'));
    const result = await run(root, {});
    expect(notRedacted(result)).toEqual([]);
    expect(readFileSync(path.join(root, 'mlsec-redacted', 'data', 'a.csv'), 'utf8')).toBe(
      'email\nREDACTED_EMAIL\n',
    );
    expect(contents(outside)).toEqual(UNTOUCHED);
  });

  it('never writes inside .git, in any case', async () => {
    const { root } = hostile(DATA);
    mkdirSync(path.join(root, '.git'));
    for (const dir of ['.git/hooks', '.GIT', 'x/.Git/y'])
      expect(await usageError(run(root, { 'redact-dir': dir }))).toBe(
        `redact-dir: ${JSON.stringify(dir)} is inside a .git directory`,
      );
    expect(readdirSync(path.join(root, '.git'))).toEqual([]);
  });

  it('refuses redact-dir "." and a redact-dir that is or holds a scanned path, naming the input', async () => {
    const { root } = hostile(DATA);
    const mix = (dir: string, scanned: string) =>
      `redact-dir: ${JSON.stringify(dir)} is or holds the scanned path ${JSON.stringify(scanned)}; ` +
      'the masked copies would mix with the files they copy: name a directory of its own';
    expect(await usageError(run(root, { 'redact-dir': '.' }))).toBe(mix('.', '.'));
    expect(await usageError(run(root, { 'redact-dir': 'data' }, ['data']))).toBe(mix('data', 'data'));
    expect(await usageError(run(root, { 'redact-dir': 'data' }, ['data/a.csv']))).toBe(
      mix('data', 'data/a.csv'),
    );
    expect(readdirSync(path.join(root, 'data'))).toEqual(['a.csv']);
  });

  it('a redact-dir inside a scanned directory is mlsec’s output: made, and left out of the scan', async () => {
    const { root } = hostile(DATA);
    const result = await run(root, { 'redact-dir': 'data/masked' }, ['data']);
    expect(readFileSync(path.join(root, 'data', 'masked', 'data', 'a.csv'), 'utf8')).toBe(
      'email\nREDACTED_EMAIL\n',
    );
    expect(result.metrics.filesRedacted).toBe(1);
  });

  it('a redact-dir typed on the command line outside the root is the user’s own', async () => {
    const { root, outside } = hostile(DATA);
    const real = path.join(outside, 'copies');
    const result = await run(root, { 'redact-dir': real }, ['.'], [real]);
    expect(notRedacted(result)).toEqual([]);
    expect(readFileSync(path.join(real, 'data', 'a.csv'), 'utf8')).toBe('email\nREDACTED_EMAIL\n');
  });

  it('in place, replaces only the regular file that was read (same device and inode)', async () => {
    const { root } = hostile({ ...DATA, 'data/b.csv': 'other\n' });
    const settings = {
      entities: new Set(ENTITIES),
      minConfidence: 0.5,
      fingerprintKey: fingerprintKeyFrom(undefined),
      phoneRegions: ['US'],
    };
    const directory = path.join(root, 'data');
    await expect(
      redactFile(
        path.join(directory, 'a.csv'),
        { directory, name: 'b.csv', inPlace: true },
        'data/a.csv',
        { kind: 'csv', delimiter: ',' },
        false,
        settings,
      ),
    ).rejects.toThrow('data/a.csv changed while it was written');
    expect(readFileSync(path.join(directory, 'b.csv'), 'utf8')).toBe('other\n');
    expect(readdirSync(directory).sort()).toEqual(['a.csv', 'b.csv']);
    symlinkSync('b.csv', path.join(directory, 'link.csv'));
    await expect(
      redactFile(
        path.join(directory, 'link.csv'),
        { directory, name: 'link.csv', inPlace: true },
        'data/link.csv',
        { kind: 'csv', delimiter: ',' },
        false,
        settings,
      ),
    ).rejects.toThrow('data/link.csv is a symbolic link (not followed)');
    expect(readFileSync(path.join(directory, 'b.csv'), 'utf8')).toBe('other\n');
  });
});

describe('a masked copy that would fall short', () => {
  it('is removed, and the shortfall said: a copy never holds a value the scan found', async () => {
    const { gzipSync } = await import('node:zlib');
    // UTF-16 inside gzip: decoded for the scan, but the gzip rewrite cannot mask it.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('email\nmaria.garcia@gmail.com\n', 'utf16le'),
    ]);
    const { root } = hostile({});
    mkdirSync(path.join(root, 'data'), { recursive: true });
    writeFileSync(path.join(root, 'data/contacts.csv.gz'), gzipSync(utf16));
    const result = await run(root, {});
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['pii/email-address', expect.stringMatching(/^Email address in column "email"/)],
      ['pii/file-not-scanned', 'Not redacted: 1 of 1 values could not be masked; no masked copy was written'],
    ]);
    expect(readdirSync(path.join(root, 'mlsec-redacted/data'))).toEqual([]);
  });
});

describe('files in redact-dir that this run did not write', () => {
  it('are each a not-scanned warning: a planted "masked copy" never passes unseen', async () => {
    const { root } = hostile({
      'data/a.csv': 'email\nmaria.garcia@gmail.com\n',
      'mlsec-redacted/planted.yaml': 'email: planted@gmx.de\n',
      'mlsec-redacted/data/old.csv': 'email\nstale@gmx.de\n',
    });
    const result = await run(root, {});
    expect(
      result.findings
        .filter((f) => f.ruleId === 'pii/file-not-scanned')
        .map((f) => [f.location.path, f.level, f.message])
        .sort(),
    ).toEqual([
      [
        'mlsec-redacted/data/old.csv',
        'warning',
        'Not scanned: in redact-dir, but not a masked copy this run wrote',
      ],
      [
        'mlsec-redacted/planted.yaml',
        'warning',
        'Not scanned: in redact-dir, but not a masked copy this run wrote',
      ],
    ]);
    // The copy this run wrote is not one of them.
    expect(readFileSync(path.join(root, 'mlsec-redacted/data/a.csv'), 'utf8')).toBe(
      'email\nREDACTED_EMAIL\n',
    );
  });

  it('takes redact-dir as a name, not a glob', async () => {
    const { root } = hostile({ 'data/x/a.csv': 'email\nmaria.garcia@gmail.com\n' });
    const result = await run(root, { 'redact-dir': '**/x' });
    expect(
      result.findings.filter((f) => f.ruleId === 'pii/email-address').map((f) => f.location.path),
    ).toEqual(['data/x/a.csv']);
  });
});

describe('in-place redaction of a file with other hard links', () => {
  it('says that the other names keep the unmasked content', async () => {
    const { linkSync } = await import('node:fs');
    const { root, outside } = hostile({ 'data/a.csv': 'email\nmaria.garcia@gmail.com\n' });
    linkSync(path.join(root, 'data/a.csv'), path.join(outside, 'a-link.csv'));
    const result = await run(root, { 'redact-in-place': true });
    expect(result.findings.filter((f) => f.ruleId === 'pii/file-not-scanned').map((f) => f.message)).toEqual([
      'Not redacted: the file has 1 other hard link, which keep the unmasked content',
    ]);
    expect(readFileSync(path.join(root, 'data/a.csv'), 'utf8')).toBe('email\nREDACTED_EMAIL\n');
  });
});
