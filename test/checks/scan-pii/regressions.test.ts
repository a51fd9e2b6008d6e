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
        })
      ).findings.map((f) => f.properties?.field);
    expect(await found(0.5)).toEqual(['client_ip']);
    expect(await found(0.2)).toEqual(['client_ip', 'notes']);
  });
});
