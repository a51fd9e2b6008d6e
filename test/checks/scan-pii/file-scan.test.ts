import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';
import { ENTITIES, type Entity } from '../../../src/checks/scan-pii/entities.js';
import {
  MAX_PIECE,
  type ScanSettings,
  scanRange,
  scanTextFile,
} from '../../../src/checks/scan-pii/file-scan.js';
import { redactFile } from '../../../src/checks/scan-pii/redact.js';
import { detectFormat } from '../../../src/checks/scan-pii/formats.js';
import {
  ALNUM,
  cardNumber,
  longJwt,
  pemBlock,
  randomString,
  seededRandom,
  syntheticSecrets,
} from './synthetic.js';

const SETTINGS: ScanSettings = {
  entities: new Set(ENTITIES),
  minConfidence: 0.5,
  fingerprintKey: fingerprintKeyFrom('a-test-key-of-16+chars'),
  phoneRegions: ['US'],
};
const MiB = 1024 * 1024;
const visaTail = cardNumber(seededRandom(12), '4', 16).replace(/(\d{4})(?!$)/g, '$1 ');
const keyLine = randomString(seededRandom(13), `${ALNUM}+/`, 64);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlsec-scan-pii-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Scanned {
  findings: Finding[];
  stats: { bytes: number; lines: number };
  /** The text as scanned (decompressed for .gz), to read values back at the reported locations. */
  text: string;
}

async function scanFile(name: string, content: string, settings = SETTINGS): Promise<Scanned> {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  const bytes = Buffer.from(content, 'utf8');
  const { format, gzip } = detectFormat(name);
  writeFileSync(file, gzip ? gzipSync(bytes) : bytes);
  const { findings, stats } = await scanTextFile(file, name, format, gzip, settings);
  return { findings, stats, text: content };
}

/** The value at a finding's location: line, and columns in UTF-16 units, read back from the text. */
function valueAt(text: string, finding: Finding): string {
  const { line, column, endColumn } = finding.location;
  return text.split('\n')[line! - 1]!.slice(column! - 1, endColumn! - 1);
}

interface Summary {
  ruleId: string;
  line: number;
  column: number;
  endColumn: number;
  value: string;
  field?: string;
  confidence: number;
}

/** Findings as (rule, location, value read back, field, confidence); checks that no message leaks its value. */
function summarize(scanned: Scanned): Summary[] {
  return scanned.findings.map((finding) => {
    const value = valueAt(scanned.text, finding);
    expect(value.length).toBeGreaterThan(0);
    expect(finding.message.includes(value), finding.message).toBe(false);
    expect(finding.location.path).toBe(finding.location.path.replace(/\\/g, '/'));
    const summary: Summary = {
      ruleId: finding.ruleId,
      line: finding.location.line!,
      column: finding.location.column!,
      endColumn: finding.location.endColumn!,
      value,
      confidence: finding.properties!.confidence as number,
    };
    if (finding.properties!.field !== undefined) summary.field = finding.properties!.field as string;
    return summary;
  });
}

const at = (line: string, value: string) => {
  const index = line.indexOf(value);
  if (index === -1) throw new Error(`${value} not in ${line}`);
  return { column: index + 1, endColumn: index + 1 + value.length };
};

describe('scanTextFile: locations', () => {
  it('counts columns in UTF-16 units after multi-byte characters', async () => {
    const scanned = await scanFile(
      'notes/people.txt',
      'Zoë 😀 jane@proton.me\nnaïve – call (415) 555-2671 ✓\n',
    );
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/email-address',
        line: 1,
        column: 8,
        endColumn: 22,
        value: 'jane@proton.me',
        confidence: 0.9,
      },
      {
        ruleId: 'pii/phone-number',
        line: 2,
        column: 14,
        endColumn: 28,
        value: '(415) 555-2671',
        confidence: 0.99,
      },
    ]);
    expect(scanned.findings[0]!.message).toBe('Email address: j***@***.me (confidence 0.90)');
    expect(scanned.findings[1]!.message).toBe('Phone number: ***-***-**71 (confidence 0.99)');
    expect(scanned.findings[0]!.level).toBe('warning');
    expect(scanned.findings[0]!.location.path).toBe('notes/people.txt');
    expect(scanned.stats.bytes).toBe(Buffer.byteLength(scanned.text));
    expect(scanned.stats.lines).toBe(2);
  });

  it('handles CRLF line endings', async () => {
    const scanned = await scanFile(
      'notes/crlf.md',
      '# Contacts\r\n\r\n- Jane: jane@proton.me\r\n- SSN on file: 536-22-8145\r\n',
    );
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/email-address',
        line: 3,
        column: 9,
        endColumn: 23,
        value: 'jane@proton.me',
        confidence: 0.9,
      },
      { ruleId: 'pii/us-ssn', line: 4, column: 16, endColumn: 27, value: '536-22-8145', confidence: 0.99 },
    ]);
    expect(scanned.findings[1]!.level).toBe('error');
    expect(scanned.stats.lines).toBe(4);
  });

  it('finds a value on a last line without a newline', async () => {
    const scanned = await scanFile('notes/last.txt', 'first line\nmail jane@proton.me');
    expect(summarize(scanned).map((s) => [s.line, s.column, s.value])).toEqual([[2, 6, 'jane@proton.me']]);
  });
});

describe('scanTextFile: field names', () => {
  it('takes CSV column names from the header', async () => {
    const random = seededRandom(8);
    const card = cardNumber(random, '4', 16);
    const orderCard = cardNumber(random, '4', 16);
    const rows = [
      'id,name,phone,ssn,card,order_id,created_at',
      `1,"Roe, Jane",4155552671,536228145,${card},${orderCard},1700000000`,
      '2,"Doe, John",,,,,1700000001',
    ];
    const scanned = await scanFile('data/customers.csv', `${rows.join('\n')}\n`);
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/phone-number',
        line: 2,
        ...at(rows[1]!, '4155552671'),
        value: '4155552671',
        field: 'phone',
        confidence: 0.75,
      },
      {
        ruleId: 'pii/us-ssn',
        line: 2,
        ...at(rows[1]!, '536228145'),
        value: '536228145',
        field: 'ssn',
        confidence: 0.65,
      },
      {
        ruleId: 'pii/credit-card',
        line: 2,
        ...at(rows[1]!, card),
        value: card,
        field: 'card',
        confidence: 0.99,
      },
    ]);
    expect(scanned.findings.map((f) => f.message)).toEqual([
      'Phone number in column "phone": ***-***-**71 (confidence 0.75)',
      'US SSN in column "ssn": ***-**-8145 (confidence 0.65)',
      `Payment card number in column "card": **** ${card.slice(-4)} (confidence 0.99)`,
    ]);
  });

  it('names non-ASCII columns and keys as written (UTF-8), never as mojibake', async () => {
    const csv = await scanFile('data/kunden.csv', 'id,téléphone,straße\n1,+33 6 50 83 02 56,x\n');
    const json = await scanFile(
      'data/kunden.jsonl',
      '{"handynummer": 1, "téléphone": "+33 6 50 83 02 56"}\n',
    );
    const yaml = await scanFile(
      'conf/kunden.yaml',
      'téléphone: "+33 6 50 83 02 56"\nтелефон: "+33 6 50 83 02 57"\n',
    );
    const fields = (scanned: Scanned) =>
      scanned.findings.map((f) => [f.properties?.field, f.message.replace(/:.*/, '')]);
    expect(fields(csv)).toEqual([['téléphone', 'Phone number in column "téléphone"']]);
    expect(fields(json)).toEqual([['téléphone', 'Phone number in key "téléphone"']]);
    expect(fields(yaml)).toEqual([
      ['téléphone', 'Phone number in key "téléphone"'],
      ['телефон', 'Phone number in key "телефон"'],
    ]);
  });

  it('reads TSV columns, and a tab ends a number', async () => {
    const rows = ['id\tphone\tssn\tnote', '1\t4155552671\t536228145\tcall (415) 555-2671', '2\t\t\t'];
    const scanned = await scanFile('data/eval.tsv', `${rows.join('\n')}\n`);
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/phone-number',
        line: 2,
        ...at(rows[1]!, '4155552671'),
        value: '4155552671',
        field: 'phone',
        confidence: 0.75,
      },
      {
        ruleId: 'pii/us-ssn',
        line: 2,
        ...at(rows[1]!, '536228145'),
        value: '536228145',
        field: 'ssn',
        confidence: 0.65,
      },
      {
        ruleId: 'pii/phone-number',
        line: 2,
        ...at(rows[1]!, '(415) 555-2671'),
        value: '(415) 555-2671',
        field: 'note',
        confidence: 0.99,
      },
    ]);
  });

  it('reads JSONL keys', async () => {
    const lines = [
      '{"id": 1, "email": "jane.roe@proton.me", "ts": 1700000000}',
      '{"id": 2, "text": "my number is +1 415 555 2671", "created_at": 1700000005}',
      '{"id": 3, "client_ip": "81.2.69.160", "version": "1.2.3.4"}',
    ];
    const scanned = await scanFile('data/chat.jsonl', `${lines.join('\n')}\n`);
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/email-address',
        line: 1,
        ...at(lines[0]!, 'jane.roe@proton.me'),
        value: 'jane.roe@proton.me',
        field: 'email',
        confidence: 0.99,
      },
      {
        ruleId: 'pii/phone-number',
        line: 2,
        ...at(lines[1]!, '+1 415 555 2671'),
        value: '+1 415 555 2671',
        field: 'text',
        // 0.8 less 0.25: the words before the value include the record's `"id"` key.
        confidence: 0.8,
      },
      {
        ruleId: 'pii/ip-address',
        line: 3,
        ...at(lines[2]!, '81.2.69.160'),
        value: '81.2.69.160',
        field: 'client_ip',
        confidence: 0.95,
      },
    ]);
    expect(scanned.findings[0]!.message).toBe('Email address in key "email": j***@***.me (confidence 0.99)');
  });

  it('reads .env keys and reports a W&B key only next to wandb', async () => {
    const secrets = syntheticSecrets(77);
    const lines = [
      `WANDB_API_KEY=${secrets.wandb}`,
      `GIT_SHA=${syntheticSecrets(78).wandb}`,
      `OPENAI_API_KEY=${secrets.openaiProjectMarked}`,
      'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}',
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
    ];
    const scanned = await scanFile('configs/.env', `${lines.join('\n')}\n`);
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'secret/wandb-api-key',
        line: 1,
        column: 15,
        endColumn: 55,
        value: secrets.wandb,
        field: 'wandb_api_key',
        confidence: 0.9,
      },
      {
        ruleId: 'secret/openai-api-key',
        line: 3,
        column: 16,
        endColumn: 16 + secrets.openaiProjectMarked.length,
        value: secrets.openaiProjectMarked,
        field: 'openai_api_key',
        confidence: 0.97,
      },
    ]);
    expect(scanned.findings.map((f) => [f.level, f.message, f.properties!.secretType])).toEqual([
      ['error', 'Weights & Biases API key in key "wandb_api_key": *** (confidence 0.90)', 'wandb-api-key'],
      ['error', 'OpenAI API key in key "openai_api_key": sk-proj-*** (confidence 0.97)', 'openai-api-key'],
    ]);
  });

  it('reports every entity with its rule in a YAML config, and only the selected entities', async () => {
    const secrets = syntheticSecrets(5);
    const lines = [
      'owner:',
      '  email: r.ortiz@mail.co.uk',
      '  phone: "+44 20 7183 8750"',
      `  token: ${secrets.githubClassic}`,
      `  key: |`,
      `    ${secrets.privateKeyRsa}`,
      `    ${keyLine}`,
      '  host: 81.2.69.160',
      '  version: 1.2.3.4',
    ];
    const content = `${lines.join('\n')}\n`;
    const all = await scanFile('configs/owner.yaml', content);
    expect(summarize(all).map((s) => [s.ruleId, s.line, s.field])).toEqual([
      ['pii/email-address', 2, 'email'],
      ['pii/phone-number', 3, 'phone'],
      ['secret/github-token', 4, 'token'],
      ['secret/private-key', 6, undefined],
      ['pii/ip-address', 8, 'host'],
    ]);
    const only: ScanSettings = { ...SETTINGS, entities: new Set<Entity>(['EMAIL_ADDRESS', 'SECRET']) };
    const some = await scanFile('configs/owner2.yaml', content, only);
    expect(summarize(some).map((s) => s.ruleId)).toEqual([
      'pii/email-address',
      'secret/github-token',
      'secret/private-key',
    ]);
    const low: ScanSettings = { ...SETTINGS, minConfidence: 0 };
    const everything = await scanFile('configs/owner3.yaml', content, low);
    expect(summarize(everything).map((s) => [s.ruleId, s.line, s.confidence])).toEqual([
      ['pii/email-address', 2, 0.99],
      ['pii/phone-number', 3, 0.99],
      ['secret/github-token', 4, 0.99],
      ['secret/private-key', 6, 0.97],
      ['pii/ip-address', 8, 0.95],
      // A key that holds versions: never an address, whatever min-confidence says.
      ['pii/ip-address', 9, 0.05],
    ]);
  });
});

describe('scanTextFile: notebooks', () => {
  it('reports cell sources and stream text, and skips image outputs', async () => {
    const secrets = syntheticSecrets(21);
    const filler =
      'iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24z';
    // Values an image's base64 could hold by chance: near the key and far into the line.
    const image = `${filler}+${secrets.awsAkia}/${filler.repeat(5)}/+14155552671/${filler}+${secrets.githubClassic}/${filler}`;
    const notebook = {
      cells: [
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          outputs: [
            {
              name: 'stdout',
              output_type: 'stream',
              text: ['loaded 3 rows\n', 'first contact: jane.roe@proton.me\n'],
            },
            {
              data: { 'image/png': image, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
              metadata: {},
              output_type: 'display_data',
            },
          ],
          source: [
            'df = pd.read_csv("customers.csv")\n',
            `client = OpenAI(api_key="${secrets.openaiLegacy}")`,
          ],
        },
      ],
      metadata: { kernelspec: { name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const content = `${JSON.stringify(notebook, null, 1)}\n`;
    const lines = content.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const scanned = await scanFile('notebooks/explore.ipynb', content);
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/email-address',
        line: lineOf('first contact'),
        ...at(lines[lineOf('first contact') - 1]!, 'jane.roe@proton.me'),
        value: 'jane.roe@proton.me',
        field: 'contact',
        confidence: 0.99,
      },
      {
        ruleId: 'secret/openai-api-key',
        line: lineOf('OpenAI('),
        ...at(lines[lineOf('OpenAI(') - 1]!, secrets.openaiLegacy),
        value: secrets.openaiLegacy,
        confidence: 0.97,
      },
    ]);
    expect(lineOf('image/png')).toBeGreaterThan(0);
  });
});

describe('scanTextFile: compressed and large files', () => {
  it('reads a gzipped CSV and says the location is in the decompressed content', async () => {
    const content = 'id,email,phone\n1,jane.roe@proton.me,(415) 555-2671\n2,,\n';
    const scanned = await scanFile('data/users.csv.gz', content);
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/email-address',
        line: 2,
        column: 3,
        endColumn: 21,
        value: 'jane.roe@proton.me',
        field: 'email',
        confidence: 0.99,
      },
      {
        ruleId: 'pii/phone-number',
        line: 2,
        column: 22,
        endColumn: 36,
        value: '(415) 555-2671',
        field: 'phone',
        confidence: 0.99,
      },
    ]);
    for (const finding of scanned.findings) {
      expect(finding.properties!.decompressed).toBe(true);
      expect(finding.location.path).toBe('data/users.csv.gz');
    }
    expect(scanned.findings[0]!.message).toBe(
      'Email address in column "email" of the decompressed content: j***@***.me (confidence 0.99)',
    );
  });

  it('finds a value that straddles the 4 MiB read chunk once, on the right line', async () => {
    const filler = 'lorem ipsum dolor sit amet 0123\n'; // 32 bytes
    const before = Math.floor((4 * MiB) / filler.length) - 1; // the next line starts 32 bytes before 4 MiB
    const straddling = 'note: write to jane.roe@proton.me today';
    const content = `${filler.repeat(before)}${straddling}\n${filler.repeat(40000)}ssn 536-22-8145\n`;
    const emailStart = before * filler.length + straddling.indexOf('jane');
    expect(emailStart).toBeLessThan(4 * MiB);
    expect(emailStart + 'jane.roe@proton.me'.length).toBeGreaterThan(4 * MiB);
    const scanned = await scanFile('logs/big.log', content);
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/email-address',
        line: before + 1,
        column: 16,
        endColumn: 34,
        value: 'jane.roe@proton.me',
        confidence: 0.9,
      },
      {
        ruleId: 'pii/us-ssn',
        line: before + 40002,
        column: 5,
        endColumn: 16,
        value: '536-22-8145',
        confidence: 0.99,
      },
    ]);
    expect(scanned.stats.lines).toBe(before + 40002);
    expect(scanned.stats.bytes).toBe(content.length);
  });

  it('finds a value that ends a file without a final newline after several reads', async () => {
    // The read buffer is reused: the bytes after the last piece are stale text from earlier reads.
    const filler = 'lorem ipsum dolor sit amet abcd\n'; // 32 bytes
    const lines = Math.floor((5 * MiB) / filler.length);
    const content = `${filler.repeat(lines)}phone (415) 555-2671 card 4539 1488 0343 6467`;
    const scanned = await scanFile('logs/tail.log', content.replace('4539 1488 0343 6467', visaTail));
    expect(summarize(scanned).map((s) => [s.ruleId, s.line, s.column, s.value])).toEqual([
      ['pii/phone-number', lines + 1, 7, '(415) 555-2671'],
      ['pii/credit-card', lines + 1, 27, visaTail],
    ]);
  });

  it('scans a 10 MiB line without newlines in pieces and keeps values and columns whole', async () => {
    const random = seededRandom(10);
    const card = cardNumber(random, '4', 16).replace(/(\d{4})(?!$)/g, '$1 ');
    const head = 'Zoë 😀 '; // 7 UTF-16 units, 10 bytes
    const tail = ` mail jane.roe@proton.me card ${card}`;
    const words = Math.floor((10 * MiB - Buffer.byteLength(head) - tail.length) / 5);
    const content = `${head}${'word '.repeat(words)}${tail.slice(1)}`;
    expect(Buffer.byteLength(content)).toBeGreaterThan(10 * MiB - 5);
    const scanned = await scanFile('data/oneline.txt', content);
    const emailColumn = content.indexOf('jane.roe') + 1;
    const cardColumn = content.indexOf(card) + 1;
    expect(summarize(scanned)).toEqual([
      {
        ruleId: 'pii/email-address',
        line: 1,
        column: emailColumn,
        endColumn: emailColumn + 18,
        value: 'jane.roe@proton.me',
        confidence: 0.99,
      },
      {
        ruleId: 'pii/credit-card',
        line: 1,
        column: cardColumn,
        endColumn: cardColumn + 19,
        value: card,
        confidence: 0.99,
      },
    ]);
    expect(scanned.stats.bytes).toBe(Buffer.byteLength(content));
  });
});

describe('scanTextFile: fingerprints', () => {
  it('gives the same value the same keyed fingerprint within a file, and another under another key', async () => {
    const content = 'a jane@proton.me\nb 536-22-8145\nc JANE@PROTON.ME\nd 536 22 8145\ne bob@proton.me\n';
    const first = await scanFile('data/twice.txt', content);
    const prints = first.findings.map((f) => f.fingerprint);
    expect(prints).toHaveLength(5);
    expect(prints[0]).toBe(prints[2]);
    expect(prints[1]).toBe(prints[3]);
    expect(new Set(prints).size).toBe(3);
    for (const print of prints) expect(print).toMatch(/^v1:k:[0-9a-f]{32}$/);

    const again = await scanFile('data/twice.txt', content);
    expect(again.findings.map((f) => f.fingerprint)).toEqual(prints);

    const otherKey: ScanSettings = {
      ...SETTINGS,
      fingerprintKey: fingerprintKeyFrom('another-key-of-16+chars'),
    };
    const other = await scanFile('data/twice.txt', content, otherKey);
    const otherPrints = other.findings.map((f) => f.fingerprint);
    expect(otherPrints[0]).toBe(otherPrints[2]);
    for (let i = 0; i < prints.length; i++) expect(otherPrints[i]).not.toBe(prints[i]);

    // The same value in another file is another finding.
    const elsewhere = await scanFile('data/other.txt', content);
    expect(elsewhere.findings[0]!.fingerprint).not.toBe(prints[0]);
  });
});

describe('scanTextFile and redactFile: tokens longer than any window', () => {
  const random = seededRandom(31);
  const jwt = longJwt(random);
  const redacted = async (name: string, content: string) => {
    const source = path.join(dir, name);
    mkdirSync(path.dirname(source), { recursive: true });
    const { format, gzip } = detectFormat(name);
    writeFileSync(source, gzip ? gzipSync(content) : content);
    const target = path.join(dir, 'redacted', name);
    mkdirSync(path.dirname(target), { recursive: true });
    const count = await redactFile(
      source,
      { directory: path.dirname(target), name: path.basename(target), inPlace: false },
      name,
      format,
      gzip,
      SETTINGS,
    );
    const bytes = readFileSync(target);
    return { count, text: (gzip ? gunzipSync(bytes) : bytes).toString('latin1') };
  };

  it('reports a 1,500+ character RS256 JWT whole, and redact mode leaves none of it', async () => {
    expect(jwt.length).toBeGreaterThan(1500);
    const content = `{"user": "svc", "id_token": "${jwt}", "ok": true}\nAuthorization: Bearer ${jwt}\n`;
    const scanned = await scanFile('logs/auth.jsonl', content);
    expect(summarize(scanned).map((s) => [s.ruleId, s.line, s.value === jwt])).toEqual([
      ['secret/jwt', 1, true],
      ['secret/jwt', 2, true],
    ]);
    const signature = jwt.slice(jwt.lastIndexOf('.') + 1);
    for (const name of ['logs/auth.jsonl', 'logs/auth.log.gz']) {
      const { count, text } = await redacted(name, content);
      expect(count).toBe(2);
      expect(text).toBe(
        '{"user": "svc", "id_token": "REDACTED_SECRET", "ok": true}\nAuthorization: Bearer REDACTED_SECRET\n',
      );
      expect(text.includes(signature.slice(-16))).toBe(false);
    }
  });

  it('never splits a JWT where a line longer than a piece is cut, and redacts it whole', async () => {
    // The 8 MiB piece boundary falls inside the token, with no comma or space within 4 KiB of it.
    const head = 'word '.repeat(Math.floor((MAX_PIECE - 6000) / 5));
    const run = 'x'.repeat(MAX_PIECE - 700 - head.length - 2);
    const content = `${head}${run}:"${jwt}" tail words here`;
    const jwtStart = content.indexOf(jwt);
    expect(jwtStart).toBeLessThan(MAX_PIECE);
    expect(jwtStart + jwt.length).toBeGreaterThan(MAX_PIECE);
    expect(content.slice(MAX_PIECE - 4096, MAX_PIECE)).not.toMatch(/[ ,;{}[\]\t]/);
    for (const name of ['data/oneline.txt', 'data/oneline.txt.gz']) {
      const scanned = await scanFile(name, content);
      expect(summarize(scanned).map((s) => [s.ruleId, s.column, s.value === jwt])).toEqual([
        ['secret/jwt', jwtStart + 1, true],
      ]);
      const { count, text } = await redacted(name, content);
      expect(count).toBe(1);
      expect(text).toBe(`${head}${run}:"REDACTED_SECRET" tail words here`);
    }
  });
});

describe('scanTextFile: PEM BEGIN lines', () => {
  const BEGIN = '-----BEGIN RSA PRIVATE KEY-----';
  const key = pemBlock(seededRandom(41), 'RSA PRIVATE KEY', 3, '\n');

  it('reports a key with material, and no BEGIN line without it (followed by END, by text, or last)', async () => {
    const content = `${key}\n# docs\n${BEGIN}\n-----END RSA PRIVATE KEY-----\nnote ${BEGIN} goes first\n${BEGIN}\n`;
    const scanned = await scanFile('keys/mixed.txt', content);
    expect(summarize(scanned).map((s) => [s.ruleId, s.line, s.value])).toEqual([
      ['secret/private-key', 1, BEGIN],
    ]);
  });

  it('settles a BEGIN line that ends a read chunk with the next chunk', async () => {
    const filler = 'lorem ipsum dolor sit amet 0123\n'; // 32 bytes
    const lines = Math.floor((1024 * 1024 - BEGIN.length - 1) / filler.length);
    const pad = 'x'.repeat(1024 * 1024 - lines * filler.length - BEGIN.length - 1);
    const head = `${filler.repeat(lines)}${pad}${BEGIN}\n`;
    expect(head.length).toBe(1024 * 1024);
    const withKey = await scanFile('keys/chunked.txt', `${head}${key.slice(BEGIN.length + 1)}\n`);
    expect(summarize(withKey).map((s) => [s.ruleId, s.line, s.column])).toEqual([
      ['secret/private-key', lines + 1, 1 + pad.length],
    ]);
    const without = await scanFile('keys/chunked-empty.txt', `${head}-----END RSA PRIVATE KEY-----\n`);
    expect(summarize(without)).toEqual([]);
  });

  it('settles a BEGIN line that ends a parallel range with the bytes after the range', async () => {
    const first = `line one\n${BEGIN}\n`;
    const file = path.join(dir, 'keys/ranges.txt');
    mkdirSync(path.dirname(file), { recursive: true });
    const task = (content: string) => {
      writeFileSync(file, content);
      return scanRange({
        absolutePath: file,
        relativePath: 'keys/ranges.txt',
        format: { kind: 'text' },
        gzip: false,
        start: 0,
        end: first.length,
        entities: [...ENTITIES],
        minConfidence: 0.5,
        fingerprintKey: { bytes: new Uint8Array(32), stable: true },
        phoneRegions: ['US'],
      });
    };
    const withKey = await task(`${first}${key.slice(BEGIN.length + 1)}\n`);
    expect(withKey.findings.map((f) => [f.ruleId, f.location.line])).toEqual([['secret/private-key', 2]]);
    const without = await task(`${first}-----END RSA PRIVATE KEY-----\n`);
    expect(without.findings).toEqual([]);
  });
});
