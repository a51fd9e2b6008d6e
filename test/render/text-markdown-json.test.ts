import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/core/render/json.js';
import { toMarkdown } from '../../src/core/render/markdown.js';
import { toText } from '../../src/core/render/text.js';
import { finding, report } from './fixtures.js';

const findings = [
  finding({
    ruleId: 'pii/us-ssn',
    message: 'SSN (***-**-6789)',
    location: { path: 'data/a.csv', line: 3, column: 7 },
  }),
  finding({
    ruleId: 'pii/us-ssn',
    level: 'warning',
    message: 'weak',
    location: { path: 'm.pt', member: 'x/data.pkl' },
  }),
];

describe('text renderer', () => {
  it('one line per finding and a verdict line', () => {
    expect(toText([report({ findings, failed: true, suppressed: [], outOfScope: 2 })])).toBe(
      'data/a.csv:3:7: error pii/us-ssn: SSN (***-**-6789)\n' +
        'm.pt [x/data.pkl]: warning pii/us-ssn: weak\n' +
        'mlsec scan-pii: 1 error, 1 warning, 0 notes (2 outside the diff); failed (fail-on: error)\n',
    );
  });

  it('makes terminal escapes and newlines from file names visible', () => {
    const hostile = finding({
      ruleId: 'pii/us-ssn',
      message: 'x\u001b[2Jy',
      location: { path: 'a\nb\u202e.csv', line: 1 },
    });
    expect(toText([report({ findings: [hostile] })]).split('\n')[0]).toBe(
      'a\\u000ab\\u202e.csv:1: error pii/us-ssn: x\\u001b[2Jy',
    );
  });
});

describe('text renderer: workflow commands', () => {
  it('no line starts with :: and no ##[ survives, whatever the file is called', () => {
    const hostile = [
      finding({
        ruleId: 'pii/us-ssn',
        message: 'x ##[add-mask]y',
        location: { path: '::stop-commands::tok/a.txt', line: 1 },
      }),
      finding({ ruleId: 'pii/us-ssn', message: '\n::error::z', location: { path: '##[error]b.txt' } }),
    ];
    const text = toText([report({ findings: hostile })]);
    expect(text.split('\n')[0]).toBe(
      '\\u003a:stop-commands::tok/a.txt:1: error pii/us-ssn: x ##\\u005badd-mask]y',
    );
    expect(text.split('\n')[1]).toBe('##\\u005berror]b.txt: error pii/us-ssn: \\u000a::error::z');
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(text).not.toContain('##[');
  });
});

describe("text and markdown: a check's own verdict", () => {
  const failedByCheck = report({
    failed: true,
    failOn: 'never',
    verdict: { failed: true, reason: 'signature does not match model.onnx' },
  });

  it('the text verdict gives the reason', () => {
    expect(toText([failedByCheck])).toBe(
      'mlsec scan-pii: 0 errors, 0 warnings, 0 notes; failed: signature does not match model.onnx (fail-on: never)\n',
    );
  });

  it('the markdown says failed and why', () => {
    const markdown = toMarkdown([failedByCheck], { maxBytes: 10_000, fullListHint: 'h' });
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '### ❌ mlsec scan-pii: failed',
      '',
      '**0 errors, 0 warnings, 0 notes** · fails on: never',
      '',
      '**Failed:** signature does not match model.onnx',
    ]);
  });

  it('JSON carries the reason in the summary', () => {
    expect(toJson([failedByCheck], '1.0.0').summary).toMatchObject({
      failed: true,
      reason: 'signature does not match model.onnx',
    });
  });
});

describe('markdown renderer', () => {
  it('renders heading, counts, metrics and a table, exactly', () => {
    const markdown = toMarkdown(
      [report({ findings, failed: true, metrics: { files: 2, nested: { no: 1 } } })],
      {
        maxBytes: 100_000,
        fullListHint: 'see SARIF',
      },
    );
    expect(markdown).toBe(
      [
        '### ❌ mlsec scan-pii: failed',
        '',
        '**1 error, 1 warning, 0 notes** · fails on: error',
        '',
        '| Metric | Value |',
        '| --- | --- |',
        '| files | 2 |',
        '',
        '| Level | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| 🔴 error | `pii/us-ssn` | `data/a.csv:3:7` | SSN \\(\\*\\*\\*\\-\\*\\*\\-6789\\) |',
        '| 🟠 warning | `pii/us-ssn` | `m.pt [x/data.pkl]` | weak |',
        '',
      ].join('\n'),
    );
  });

  it('escapes what came from files: no HTML, links, mentions, or broken tables', () => {
    const hostile = finding({
      ruleId: 'pii/us-ssn',
      message: '<img src=x onerror=alert(1)> [click](http://evil) @octocat | cell\nnext',
      location: { path: 'we`ird|name.csv', line: 1 },
    });
    const markdown = toMarkdown([report({ findings: [hostile] })], { maxBytes: 100_000, fullListHint: 'x' });
    const row = markdown.split('\n').find((line) => line.startsWith('| 🔴'))!;
    expect(row).toBe(
      // Renders literally as: <img src=x onerror=alert(1)> [click](http://evil) @octocat | cell\u000anext
      '| 🔴 error | `pii/us-ssn` | ``we`ird\\|name.csv:1`` | &lt;img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(http://evil\\) @&#8203;octocat \\| cell\\\\u000anext |',
    );
  });

  it('fills up to the byte budget and counts the rows left out', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      finding({
        ruleId: 'pii/us-ssn',
        message: `finding number ${i}`,
        location: { path: 'a.csv', line: i + 1 },
      }),
    );
    const markdown = toMarkdown([report({ findings: many })], {
      maxBytes: 8_000,
      fullListHint: 'see the SARIF file',
    });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(8_000);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| 🔴')).length;
    expect(rows).toBeGreaterThan(20);
    expect(markdown).toContain(
      `_${500 - rows} more findings of scan-pii not shown here: see the SARIF file._`,
    );
  });

  it('caps rows per check when asked (PR comments)', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      finding({ ruleId: 'pii/us-ssn', location: { path: 'a', line: i + 1 } }),
    );
    const markdown = toMarkdown([report({ findings: many })], {
      maxBytes: 65_000,
      fullListHint: 'h',
      maxRowsPerCheck: 50,
    });
    expect(markdown.split('\n').filter((line) => line.startsWith('| 🔴'))).toHaveLength(50);
    expect(markdown).toContain('_10 more findings of scan-pii not shown here: h._');
  });
});

describe('markdown: suppressed findings', () => {
  const suppressed = [
    {
      finding: finding({ ruleId: 'pii/us-ssn', location: { path: 'data/a.csv', line: 4 } }),
      kind: 'inline' as const,
      justification: 'mlsec-ignore comment on line 3',
    },
    {
      finding: finding({ ruleId: 'pii/us-ssn', location: { path: 'fixtures/b.csv', line: 1 } }),
      kind: 'config' as const,
      justification: 'synthetic | <b>@team</b>',
    },
  ];

  it('lists them in a short table after the findings', () => {
    const markdown = toMarkdown([report({ findings: [findings[0]!], suppressed })], {
      maxBytes: 100_000,
      fullListHint: 'h',
    });
    expect(markdown.split('\n').slice(-8)).toEqual([
      '',
      '**Suppressed findings**',
      '',
      '| Rule | Location | Kind | Justification |',
      '| --- | --- | --- | --- |',
      '| `pii/us-ssn` | `data/a.csv:4` | inline | mlsec\\-ignore comment on line 3 |',
      '| `pii/us-ssn` | `fixtures/b.csv:1` | config | synthetic \\| &lt;b\\>@&#8203;team&lt;/b\\> |',
      '',
    ]);
  });

  it('caps them like the findings table and counts the rest', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...suppressed[0]!,
      finding: finding({ ruleId: 'pii/us-ssn', location: { path: 'a', line: i + 1 } }),
    }));
    const markdown = toMarkdown([report({ suppressed: many })], {
      maxBytes: 65_000,
      fullListHint: 'see SARIF',
      maxRowsPerCheck: 50,
    });
    expect(markdown.split('\n').filter((line) => line.includes('| inline |'))).toHaveLength(50);
    expect(markdown).toContain('_10 more suppressed findings of scan-pii not shown here: see SARIF._');
    const tight = toMarkdown([report({ suppressed: many })], { maxBytes: 2_000, fullListHint: 'x' });
    expect(Buffer.byteLength(tight)).toBeLessThanOrEqual(2_000);
    const shown = tight.split('\n').filter((line) => line.includes('| inline |')).length;
    expect(tight).toContain(`_${60 - shown} more suppressed findings of scan-pii not shown here: x._`);
  });
});

describe('JSON renderer', () => {
  it('follows the contract for one check', () => {
    expect(toJson([report({ findings: [findings[0]!], metrics: { samples: 3 } })], '9.9.9')).toEqual({
      tool: 'mlsec',
      version: '9.9.9',
      check: 'scan-pii',
      findings: [findings[0]],
      metrics: { samples: 3 },
      summary: {
        error: 1,
        warning: 0,
        note: 0,
        suppressed: 0,
        outOfScope: 0,
        failed: false,
        failOn: 'error',
      },
    });
  });

  it('combined output names the check of each finding and keeps its shape for one check', () => {
    const json = toJson([report({ findings: [findings[0]!] })], '1.0.0', { combined: true });
    expect(json).toMatchObject({ check: 'check', findings: [{ check: 'scan-pii', ruleId: 'pii/us-ssn' }] });
    expect(json.metrics).toEqual({ 'scan-pii': {} });
  });
});
