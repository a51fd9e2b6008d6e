import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/checks/scan-pii/entities.js';
import { CHUNK, scanTextFile } from '../../../src/checks/scan-pii/file-scan.js';
import { detectFormat } from '../../../src/checks/scan-pii/formats.js';
import { redactFile } from '../../../src/checks/scan-pii/redact.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';
import { pemBlock, seededRandom } from './synthetic.js';

const SETTINGS = {
  entities: new Set(ENTITIES),
  minConfidence: 0.5,
  fingerprintKey: fingerprintKeyFrom('a-test-key-of-16+chars'),
  phoneRegions: ['US'],
};

/** Redacts `content` as the file `name`; returns the copy's text and the scan's key findings. */
async function redacted(name: string, content: string | Buffer) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-redact-keys-'));
  const source = path.join(dir, name);
  const { format, gzip } = detectFormat(name);
  writeFileSync(source, gzip ? gzipSync(content) : content);
  const out = path.join(dir, 'out');
  mkdirSync(out);
  const count = await redactFile(
    source,
    { directory: out, name, inPlace: false },
    name,
    format,
    gzip,
    SETTINGS,
  );
  const scanned = await scanTextFile(source, name, format, gzip, SETTINGS);
  const bytes = readFileSync(path.join(out, name));
  return {
    count,
    findings: scanned.findings.filter((f) => f.ruleId === 'secret/private-key').map((f) => f.location.line),
    total: scanned.findings.length,
    text: (gzip ? gunzipSync(bytes) : bytes).toString('latin1'),
  };
}

/** Every body line of a PEM block, and every 16-character piece of it: none may survive. */
function bodyPieces(block: string): string[] {
  const lines = block.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  return lines.flatMap((line) => [
    line,
    ...Array.from({ length: Math.floor(line.length / 16) }, (_, i) => line.slice(i * 16, i * 16 + 16)),
  ]);
}

function expectNoKey(text: string, ...blocks: string[]): void {
  for (const block of blocks) for (const piece of bodyPieces(block)) expect(text).not.toContain(piece);
  expect(text).not.toContain('-----END');
  expect(text).not.toContain('-----BEGIN');
}

describe('redaction removes a private key whole, through its END line (issue 13)', () => {
  const random = seededRandom(1313);

  it('a multi-line PEM key: body and END line go, line breaks stay', async () => {
    const key = pemBlock(random, 'RSA PRIVATE KEY', 6);
    const result = await redacted('notes.txt', `before\n${key}\nafter\n`);
    expect(result.findings).toEqual([2]);
    expect(result.text).toBe(`before\nREDACTED_SECRET${'\n'.repeat(7)}\nafter\n`);
    expectNoKey(result.text, key);
  });

  it('an OpenSSH key and a PGP private key block, with CRLF line ends', async () => {
    const ssh = pemBlock(random, 'OPENSSH PRIVATE KEY', 5, '\r\n');
    const pgp = pemBlock(random, 'PGP PRIVATE KEY BLOCK', 5, '\r\n').replace(
      '-----\r\n',
      '-----\r\nVersion: x\r\n\r\n',
    );
    const result = await redacted('keys.txt', `${ssh}\r\nmiddle\r\n${pgp}\r\n`);
    expect(result.findings).toHaveLength(2);
    expect(result.text).toContain('middle');
    expect(result.text.split('\n')).toHaveLength(`${ssh}\r\nmiddle\r\n${pgp}\r\n`.split('\n').length);
    expectNoKey(result.text, ssh.replaceAll('\r', ''), pgp.replaceAll('\r', ''));
  });

  it('a key split across the 1 MiB read piece, plain and gzipped', async () => {
    const key = pemBlock(random, 'PRIVATE KEY', 40);
    const filler = 'x'.repeat(63) + '\n';
    const lead = filler.repeat(Math.floor((CHUNK - 1000) / filler.length));
    for (const name of ['big.txt', 'big.txt.gz']) {
      const result = await redacted(name, `${lead}${key}\ntail\n`);
      expect(result.findings).toHaveLength(1);
      expectNoKey(result.text, key);
      expect(result.text.endsWith(`REDACTED_SECRET${'\n'.repeat(41)}\ntail\n`)).toBe(true);
    }
  });

  it('a BEGIN line that ends a read piece, the body in the next', async () => {
    const key = pemBlock(random, 'EC PRIVATE KEY', 3);
    const begin = '-----BEGIN EC PRIVATE KEY-----';
    // Whole lines up to exactly CHUNK bytes, the last of them the BEGIN line.
    const filler = 'y'.repeat(99) + '\n';
    const room = CHUNK - begin.length - 1;
    const lead =
      filler.repeat(Math.floor(room / filler.length)) + 'z'.repeat((room % filler.length) - 1) + '\n';
    expect((lead + begin + '\n').length).toBe(CHUNK);
    const result = await redacted('edge.txt', `${lead}${key}\nend\n`);
    expect(result.findings).toHaveLength(1);
    expectNoKey(result.text, key);
  });

  it('the \\n-escaped key of a service-account JSON: the copy parses, the key is gone', async () => {
    const key = pemBlock(random, 'PRIVATE KEY', 8);
    const account = {
      type: 'service_account',
      private_key_id: 'abc',
      private_key: `${key}\n`,
      client_email: 'svc@project.iam.gserviceaccount.com',
    };
    const result = await redacted('sa.json', JSON.stringify(account, null, 2));
    expect(result.findings).toEqual([4]);
    const parsed = JSON.parse(result.text) as Record<string, string>;
    expect(parsed.private_key).toBe('REDACTED_SECRET\n');
    expect(parsed.type).toBe('service_account');
    expectNoKey(result.text, key);
  });

  it('two keys in one file, and one without its END line (erased to the end of the file)', async () => {
    const one = pemBlock(random, 'PRIVATE KEY', 3);
    const two = pemBlock(random, 'RSA PRIVATE KEY', 3);
    const both = await redacted('two.txt', `${one}\nbetween\n${two}\n`);
    expect(both.findings).toEqual([1, 7]);
    expect(both.text).toBe(`REDACTED_SECRET\n\n\n\n\nbetween\nREDACTED_SECRET\n\n\n\n\n`);
    const cut = one.split('\n').slice(0, -1).join('\n');
    const open = await redacted('cut.txt', `a\n${cut}\nlast line\n`);
    expect(open.findings).toEqual([2]);
    expect(open.text).toBe(`a\nREDACTED_SECRET\n\n\n\n\n`);
    expectNoKey(open.text, one);
  });

  it('counts every reported value as masked (no false shortfall)', async () => {
    const key = pemBlock(random, 'PRIVATE KEY', 4);
    const result = await redacted('count.txt', `${key}\nmail maria.garcia@gmail.com\n`);
    expect(result.count).toBe(result.total);
    expect(result.text).toContain('REDACTED_EMAIL');
  });
});

describe('an END line of another label inside a key', () => {
  it('does not end the key: the block goes through the END line of its own label', async () => {
    const block = pemBlock(seededRandom(77), 'RSA PRIVATE KEY', 24);
    const lines = block.split('\n');
    // A stray END line after the fourth body line, as a hostile file could plant one.
    const planted = [...lines.slice(0, 5), '-----END X-----', ...lines.slice(5)].join('\n');
    const { text } = await redacted('key.pem', `${planted}\n`);
    for (const piece of bodyPieces(block)) expect(text).not.toContain(piece);
    expect(text).not.toContain('-----END RSA PRIVATE KEY-----');
  });
});
