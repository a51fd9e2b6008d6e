import { describe, expect, it } from 'vitest';
import { type Candidate, scanText } from '../../../src/checks/scan-pii/scanner.js';

const found = (text: string) => {
  const out: Candidate[] = [];
  scanText(text, (candidate) => out.push(candidate));
  return out.map((c) => `${c.entity}:${c.value}`);
};

describe('scan-pii regressions from review', () => {
  it('an SSH remote is not an email address, a mailbox next to a colon still is', () => {
    expect(found('remote: git@github.com:org/repo.git')).toEqual([]);
    expect(found('to: lena.berg@web.de: thanks')).toEqual(['EMAIL_ADDRESS:lena.berg@web.de']);
  });

  it('processor test card numbers (mostly zeros) are not reported', () => {
    expect(found('card 5500 0000 0000 0004 and 4000 0000 0000 0002')).toEqual([]);
    expect(found('card 4539 1488 0343 6467')).toEqual(['CREDIT_CARD:4539 1488 0343 6467']);
  });

  it("jwt.io's sample token is documentation, another signed token is a secret", () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = part({ alg: 'HS256', typ: 'JWT' });
    const sample = `${header}.${part({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`;
    const real = `${header}.${part({ sub: '8814', iat: 1767225600 })}.Qm9vdHN0cmFwLXNpZ25hdHVyZS1rZXktOTE4`;
    expect(found(`token ${sample}`)).toEqual([]);
    expect(found(`token ${real}`)).toEqual([`SECRET:${real}`]);
  });
});

describe('version-shaped quads in CSV (skipped early where no context could make them addresses)', () => {
  it('follows the same rule as context scoring, whatever min-confidence is', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { scanTextFile } = await import('../../../src/checks/scan-pii/file-scan.js');
    const { ENTITIES } = await import('../../../src/checks/scan-pii/entities.js');
    const { fingerprintKeyFrom } = await import('../../../src/core/redaction.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-quads-'));
    const file = path.join(dir, 'runs.csv');
    await writeFile(file, 'client_ip,notes,app_version\n1.2.3.4,1.2.3.5,1.2.3.6\n');
    const found = async (minConfidence: number) =>
      (
        await scanTextFile(file, 'runs.csv', { kind: 'csv', delimiter: ',' }, false, {
          entities: new Set(ENTITIES),
          minConfidence,
          fingerprintKey: fingerprintKeyFrom('a-test-key-of-16+chars'),
          phoneRegions: ['US'],
        })
      ).findings.map((f) => f.properties?.field);
    expect(await found(0.5)).toEqual(['client_ip']);
    expect(await found(0.2)).toEqual(['client_ip', 'notes']);
  });
});

describe('review fixes', () => {
  const setup = async (files: Record<string, string>) => {
    const { mkdtemp, writeFile, mkdir } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-review-'));
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    return dir;
  };
  const run = async (dir: string, options: Record<string, unknown> = {}) => {
    const { scanPii } = await import('../../../src/checks/scan-pii/definition.js');
    const { fingerprintKeyFrom } = await import('../../../src/core/redaction.js');
    return scanPii.run({
      root: dir,
      paths: ['.'],
      options: {
        'min-confidence': 0.5,
        'max-file-size': '2GB',
        mode: 'report',
        threads: 1,
        'redact-dir': 'out',
        ...options,
      },
      exclude: [],
      fingerprintKey: fingerprintKeyFrom(undefined),
      environment: {},
      progress: () => undefined,
      userPaths: [],
      signerFiles: [],
    });
  };

  it('never prints a field name that is itself a value (header-less CSV, a key that is an email)', async () => {
    const dir = await setup({
      'rows.csv': 'maria.garcia@gmail.com,4539148803436467,note\nbob.smith@yahoo.com,x,ssn 536-22-1234\n',
      'keys.jsonl': '{"maria.garcia@gmail.com": "ssn 536-22-1234"}\n',
    });
    const result = await run(dir);
    const text = JSON.stringify(result.findings);
    expect(text).not.toContain('maria.garcia@gmail.com');
    expect(text).not.toContain('4539148803436467');
    expect(result.findings.length).toBeGreaterThanOrEqual(4);
  });

  it('redacting in place keeps the file private', async () => {
    const { chmod, stat, readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    const dir = await setup({ 'private.csv': 'email\nmaria.garcia@gmail.com\n' });
    await chmod(path.join(dir, 'private.csv'), 0o600);
    await run(dir, { mode: 'redact', 'redact-in-place': true });
    expect((await stat(path.join(dir, 'private.csv'))).mode & 0o777).toBe(0o600);
    expect(await readFile(path.join(dir, 'private.csv'), 'utf8')).toBe('email\nREDACTED_EMAIL\n');
  });

  it('a masked copy that cannot be written is a finding, not a crash', async () => {
    const { mkdir } = await import('node:fs/promises');
    const path = await import('node:path');
    const dir = await setup({ 'a.csv': 'email\nmaria.garcia@gmail.com\n' });
    // The copy's path is taken by a directory: the rename fails.
    await mkdir(path.join(dir, 'out', 'a.csv'), { recursive: true });
    const result = await run(dir, { mode: 'redact' });
    expect(result.findings.map((f) => f.message).filter((m) => m.startsWith('Not redacted'))).toEqual([
      'Not redacted: the masked copy could not be written (is a directory (EISDIR))',
    ]);
    // Node's own message quotes the absolute path of the copy: a report never does.
    expect(JSON.stringify(result.findings)).not.toContain(dir);
  });

  it('a file with more findings than a call can take arguments is reported whole, not a crash', async () => {
    // 140,000 findings: past V8's limit for `push(...findings)`, which overflowed the stack.
    const lines = Array.from({ length: 140_000 }, (_, i) => `u${String(i).padStart(7, '0')}@gmx.de`);
    const dir = await setup({ 'emails.txt': `${lines.join('\n')}\n` });
    const result = await run(dir);
    expect(result.findings).toHaveLength(140_000);
    expect(result.findings.every((f) => f.ruleId === 'pii/email-address')).toBe(true);
  });
});
