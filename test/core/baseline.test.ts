import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/core/baseline-parse.js';
import { buildBaseline, DEFAULT_BASELINE_FILE, readBaseline, baselineText } from '../../src/core/baseline.js';
import { UsageError } from '../../src/core/errors.js';
import type { Finding, Level } from '../../src/core/findings.js';

function finding(
  ruleId: string,
  filePath: string,
  fingerprint: string,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    level: 'error',
    message: 'SSN 123-45-6789 found',
    location: { path: filePath, line: 3, column: 7 },
    fingerprint,
    properties: { entity: 'US_SSN' },
    ...extra,
  };
}

function baselineError(text: string, file = 'b.json'): UsageError {
  try {
    parseBaseline(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('INVALID_CONFIG');
    return error as UsageError;
  }
  throw new Error('expected the baseline to be refused');
}

describe('buildBaseline', () => {
  it('keeps rule, path and fingerprint only, never a message or properties', () => {
    const baseline = buildBaseline([finding('pii/us-ssn', 'data/a.csv', 'v1:k:aaa')]);
    expect(baseline).toEqual({
      version: 1,
      tool: 'mlsec',
      findings: [{ ruleId: 'pii/us-ssn', path: 'data/a.csv', fingerprint: 'v1:k:aaa' }],
    });
    expect(JSON.stringify(baseline)).not.toContain('123-45-6789');
    expect(JSON.stringify(baseline)).not.toContain('US_SSN');
  });

  it('deduplicates by fingerprint and sorts by path, rule and fingerprint', () => {
    const baseline = buildBaseline([
      finding('pii/us-ssn', 'z.csv', 'v1:3'),
      finding('pii/email-address', 'a.csv', 'v1:2'),
      finding('pii/us-ssn', 'a.csv', 'v1:9'),
      finding('pii/email-address', 'a.csv', 'v1:1'),
      finding('pii/us-ssn', 'z.csv', 'v1:3', { location: { path: 'z.csv', line: 99 } }),
      finding('pii/email-address', 'B.csv', 'v1:5'),
      finding('pii/email-address', 'a.csv', 'v1:2'),
    ]);
    expect(baseline.findings).toEqual([
      { ruleId: 'pii/email-address', path: 'B.csv', fingerprint: 'v1:5' },
      { ruleId: 'pii/email-address', path: 'a.csv', fingerprint: 'v1:1' },
      { ruleId: 'pii/email-address', path: 'a.csv', fingerprint: 'v1:2' },
      { ruleId: 'pii/us-ssn', path: 'a.csv', fingerprint: 'v1:9' },
      { ruleId: 'pii/us-ssn', path: 'z.csv', fingerprint: 'v1:3' },
    ]);
  });

  it('is empty for no findings', () => {
    expect(buildBaseline([])).toEqual({ version: 1, tool: 'mlsec', findings: [] });
  });

  it('is independent of input order and round-trips through parseBaseline (property)', () => {
    const level = fc.constantFrom<Level>('error', 'warning', 'note');
    const arbFinding = fc
      .record({
        ruleId: fc.constantFrom('pii/us-ssn', 'pii/email-address', 'model/pickle-unsafe-global'),
        path: fc.constantFrom('a.csv', 'b/c.csv', 'B.csv', 'model.pkl'),
        fingerprint: fc.string({ minLength: 1, maxLength: 4 }),
        level,
      })
      .map(({ ruleId, path: filePath, fingerprint, level: findingLevel }) =>
        finding(ruleId, filePath, fingerprint, { level: findingLevel }),
      );
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 20 }), fc.nat(), (findings, seed) => {
        // Give each fingerprint one rule and path, as real fingerprints do.
        const canonical = new Map<string, Finding>();
        for (const f of findings) if (!canonical.has(f.fingerprint)) canonical.set(f.fingerprint, f);
        const consistent = findings.map((f) => canonical.get(f.fingerprint)!);
        const shuffled = [...consistent].sort(
          (a, b) =>
            ((a.fingerprint.charCodeAt(0) * 31 + seed) % 7) - ((b.fingerprint.charCodeAt(0) * 31 + seed) % 7),
        );
        const baseline = buildBaseline(consistent);
        expect(buildBaseline(shuffled)).toEqual(baseline);
        const keys = baseline.findings.map((entry) =>
          [entry.path, entry.ruleId, entry.fingerprint].join('\0'),
        );
        expect(keys).toEqual([...keys].sort());
        expect(baseline.findings).toHaveLength(canonical.size);
        expect(parseBaseline(JSON.stringify(baseline), 'b.json')).toEqual(new Set(canonical.keys()));
      }),
    );
  });
});

describe('parseBaseline', () => {
  it('returns the accepted fingerprints', () => {
    const text = JSON.stringify({
      version: 1,
      tool: 'mlsec',
      findings: [
        { ruleId: 'pii/us-ssn', path: 'a.csv', fingerprint: 'v1:k:1' },
        { ruleId: 'pii/us-ssn', path: 'b.csv', fingerprint: 'v1:k:2' },
        { ruleId: 'pii/us-ssn', path: 'b.csv', fingerprint: 'v1:k:2' },
      ],
    });
    expect(parseBaseline(text, 'b.json')).toEqual(new Set(['v1:k:1', 'v1:k:2']));
  });

  it('refuses text that is not JSON, saying where, never quoting the file', () => {
    expect(baselineError('{"version": 1,', '.mlsec-baseline.json').message).toBe(
      'baseline .mlsec-baseline.json: not valid JSON (at position 14, line 1 column 15)',
    );
    expect(baselineError('{\n"version" 1}').message).toBe(
      'baseline b.json: not valid JSON (at position 12, line 2 column 11)',
    );
    expect(baselineError('').message).toBe('baseline b.json: not valid JSON (unexpected end of input)');
    // V8 quotes the text for an unexpected token: a file that is not a baseline at all (a
    // mistyped path to a secret) must not end up in a log.
    for (const text of ['SECRET-123-45-6789', '{"a":SECRET-123-45-6789}']) {
      const message = baselineError(text).message;
      expect(message).toBe('baseline b.json: not valid JSON (unexpected token)');
      expect(message).not.toContain('SECRET');
    }
  });

  it('names the key of a malformed baseline', () => {
    const valid = { version: 1, tool: 'mlsec', findings: [] as unknown[] };
    const cases: [unknown, string][] = [
      [{ ...valid, version: 2 }, 'key version: Invalid input: expected 1'],
      [{ ...valid, tool: 'other' }, 'key tool: Invalid input: expected "mlsec"'],
      [{ version: 1, tool: 'mlsec' }, 'key findings: Invalid input: expected array, received undefined'],
      [{ ...valid, extra: true }, 'key (top level): Unrecognized key: "extra"'],
      [[], 'key (top level): Invalid input: expected object, received array'],
      [null, 'key (top level): Invalid input: expected object, received null'],
      [
        { ...valid, findings: [{ ruleId: 'r/a', path: 'p' }] },
        'key findings.0.fingerprint: Invalid input: expected string, received undefined',
      ],
      [
        {
          ...valid,
          findings: [
            { ruleId: 'r/a', path: 'p', fingerprint: 'f' },
            { ruleId: 'r/a', path: 'p', fingerprint: '' },
          ],
        },
        'key findings.1.fingerprint: Too small: expected string to have >=1 characters',
      ],
      [
        { ...valid, findings: [{ ruleId: 'r/a', path: 'p', fingerprint: 'f', message: 'SSN 123-45-6789' }] },
        'key findings.0: Unrecognized key: "message"',
      ],
      [{ ...valid, findings: ['v1:abc'] }, 'key findings.0: Invalid input: expected object, received string'],
    ];
    for (const [json, message] of cases) {
      expect(baselineError(JSON.stringify(json)).message).toBe(`baseline b.json: ${message}`);
    }
  });
});

describe('readBaseline and baselineText', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-baseline-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes pretty JSON with a final newline and reads back the fingerprints', async () => {
    const file = path.join(dir, DEFAULT_BASELINE_FILE);
    const { text, count } = baselineText([
      finding('pii/us-ssn', 'b.csv', 'v1:k:2'),
      finding('pii/us-ssn', 'a.csv', 'v1:k:1'),
      finding('pii/us-ssn', 'a.csv', 'v1:k:1'),
    ]);
    await writeFile(file, text);
    expect(count).toBe(2);
    expect(await readFile(file, 'utf8')).toBe(
      [
        '{',
        '  "version": 1,',
        '  "tool": "mlsec",',
        '  "findings": [',
        '    {',
        '      "ruleId": "pii/us-ssn",',
        '      "path": "a.csv",',
        '      "fingerprint": "v1:k:1"',
        '    },',
        '    {',
        '      "ruleId": "pii/us-ssn",',
        '      "path": "b.csv",',
        '      "fingerprint": "v1:k:2"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(await readBaseline(file)).toEqual(new Set(['v1:k:1', 'v1:k:2']));
  });

  it('writes an empty baseline that reads back as empty', async () => {
    const file = path.join(dir, 'empty.json');
    const { text, count } = baselineText([]);
    expect(count).toBe(0);
    await writeFile(file, text);
    expect(await readBaseline(file)).toEqual(new Set());
  });

  it('refuses a missing baseline file', async () => {
    const file = path.join(dir, 'missing.json');
    const error = await readBaseline(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('FILE_NOT_FOUND');
    expect((error as UsageError).message).toMatch(
      new RegExp(`^baseline ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read \\(ENOENT: `),
    );
  });

  it('names the file of a malformed baseline', async () => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, '{"version":1,"tool":"mlsec","findings":{}}');
    await expect(readBaseline(file)).rejects.toThrow(
      `baseline ${file}: key findings: Invalid input: expected array, received object`,
    );
  });
});
