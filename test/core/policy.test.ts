import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangedFiles } from '../../src/core/diff-scope.js';
import type { CommentSyntax, FailOn, Finding, Level, Location } from '../../src/core/findings.js';
import { applyPolicy, inlineSuppressionRules, ruleMatches } from '../../src/core/policy.js';

function finding(
  ruleId: string,
  level: Level,
  location: Location,
  fingerprint = `fp:${ruleId}:${location.path}:${location.line}`,
): Finding {
  return { ruleId, level, message: `${ruleId} found`, location, fingerprint };
}

/** A readLine over in-memory files: `files[path][line - 1]`. */
function lines(files: Record<string, string[]>): (path: string, line: number) => string | undefined {
  return (path, line) => files[path]?.[line - 1];
}

const ids = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.ruleId}@${f.location.path}:${f.location.line ?? '-'}`);

describe('fail-on', () => {
  const error = finding('pii/us-ssn', 'error', { path: 'a.csv', line: 1 });
  const warning = finding('pii/email-address', 'warning', { path: 'a.csv', line: 2 });
  const note = finding('pii/ip-address', 'note', { path: 'a.csv', line: 3 });

  const byLevel: Record<Level, Finding> = { error, warning, note };
  const cases: [FailOn, Level[], boolean][] = [
    ['error', ['error'], true],
    ['error', ['warning', 'note'], false],
    ['warning', ['warning'], true],
    ['warning', ['note'], false],
    ['warning', ['error'], true],
    ['note', ['note'], true],
    ['note', ['warning'], true],
    ['never', ['error', 'warning', 'note'], false],
    ['error', [], false],
    ['note', [], false],
  ];
  it.each(cases)('fail-on %s with findings at %j fails: %s', (failOn, levels, failed) => {
    const outcome = applyPolicy(
      levels.map((level) => byLevel[level]),
      { failOn },
    );
    expect(outcome.failed).toBe(failed);
    expect(outcome.findings).toHaveLength(levels.length);
  });

  it('does not fail on findings that were suppressed', () => {
    const outcome = applyPolicy([error], { failOn: 'error', baseline: new Set([error.fingerprint]) });
    expect(outcome.failed).toBe(false);
    expect(outcome.findings).toEqual([]);
  });
});

describe('inline suppressions', () => {
  const ssn = finding('pii/us-ssn', 'error', { path: 'data/a.csv', line: 3 });

  it('suppresses with a comment on the same line', () => {
    const outcome = applyPolicy([ssn], {
      failOn: 'error',
      readLine: lines({ 'data/a.csv': ['h', 'x', '123-45-6789 # mlsec-ignore: pii/us-ssn'] }),
    });
    expect(outcome.findings).toEqual([]);
    expect(outcome.suppressed).toEqual([
      { finding: ssn, kind: 'inline', justification: 'mlsec-ignore comment on line 3' },
    ]);
    expect(outcome.failed).toBe(false);
  });

  it('suppresses with a comment on the line above', () => {
    const outcome = applyPolicy([ssn], {
      failOn: 'error',
      readLine: lines({ 'data/a.csv': ['h', '# mlsec-ignore: pii/us-ssn', '123-45-6789'] }),
    });
    expect(outcome.suppressed).toEqual([
      { finding: ssn, kind: 'inline', justification: 'mlsec-ignore comment on line 2' },
    ]);
  });

  it('does not look two lines up or on the line below', () => {
    const outcome = applyPolicy([ssn], {
      failOn: 'error',
      readLine: lines({
        'data/a.csv': ['# mlsec-ignore: pii/us-ssn', 'x', '123-45-6789', '# mlsec-ignore: pii/us-ssn'],
      }),
    });
    expect(outcome.suppressed).toEqual([]);
    expect(outcome.findings).toEqual([ssn]);
  });

  it('matches prefix patterns and lists of rules', () => {
    const email = finding('pii/email-address', 'warning', { path: 'n.py', line: 1 });
    const pickle = finding('model/pickle-unsafe-global', 'error', { path: 'n.py', line: 2 });
    const secret = finding('secret/aws-key', 'error', { path: 'n.py', line: 3 });
    const other = finding('sbom/vulnerable-package', 'error', { path: 'n.py', line: 5 });
    const outcome = applyPolicy([email, pickle, secret, other], {
      failOn: 'error',
      readLine: lines({
        'n.py': [
          'x = "a@b.c"  # mlsec-ignore: pii/*',
          'y = 1  # mlsec-ignore: secret/aws-key,model/pickle-unsafe-global',
          'z = 2  # mlsec-ignore: pii/us-ssn, secret/aws-key',
          '',
          'w = 3  # mlsec-ignore: sbom/other-rule sbom',
        ],
      }),
    });
    expect(outcome.suppressed.map((s) => [s.finding.ruleId, s.justification])).toEqual([
      ['pii/email-address', 'mlsec-ignore comment on line 1'],
      ['model/pickle-unsafe-global', 'mlsec-ignore comment on line 2'],
      ['secret/aws-key', 'mlsec-ignore comment on line 3'],
    ]);
    expect(outcome.findings).toEqual([other]);
  });

  it('counts the marker only right after a comment leader, so a data row cannot silence itself', () => {
    const rows = [
      '123-45-6789,mlsec-ignore: pii/us-ssn',
      "O'Brien,123-45-6789,note: mlsec-ignore: pii/us-ssn",
      'a;b;123-45-6789;x mlsec-ignore: pii/us-ssn',
      '123-45-6789 mlsec-ignore: pii/us-ssn',
    ];
    for (const row of rows) {
      const outcome = applyPolicy([ssn], {
        failOn: 'error',
        readLine: lines({ 'data/a.csv': ['', '', row] }),
      });
      expect(outcome.findings, row).toEqual([ssn]);
    }
    const leaders = ['#', '//', '--', ';', '<!--', '/*', '%', "'"];
    for (const leader of leaders) {
      const row = `123-45-6789 ${leader} mlsec-ignore: pii/us-ssn`;
      const outcome = applyPolicy([ssn], {
        failOn: 'error',
        readLine: lines({ 'data/a.csv': ['', '', row] }),
      });
      expect(
        outcome.suppressed.map((s) => s.kind),
        row,
      ).toEqual(['inline']);
      const tight = `x ${leader}mlsec-ignore: pii/us-ssn`;
      expect(inlineSuppressionRules(tight), tight).toEqual(['pii/us-ssn']);
    }
  });

  it('does not let a bare `*` comment silence every rule', () => {
    const outcome = applyPolicy([ssn], {
      failOn: 'error',
      readLine: lines({ 'data/a.csv': ['', '', 'x // mlsec-ignore: *'] }),
    });
    expect(outcome.suppressed).toEqual([]);
    expect(outcome.findings).toEqual([ssn]);
  });

  it('ignores comments naming another rule, and findings without a line or inside an archive member', () => {
    const noLine = finding('pii/us-ssn', 'error', { path: 'data/a.csv' });
    const member = finding('model/pickle-unsafe-global', 'error', {
      path: 'm.zip',
      line: 1,
      member: 'data.pkl',
    });
    const outcome = applyPolicy([ssn, noLine, member], {
      failOn: 'error',
      readLine: lines({
        'data/a.csv': ['# mlsec-ignore: pii/us-ssn', '# mlsec-ignore: pii/email-address', '123-45-6789'],
        'm.zip': ['PK mlsec-ignore: model/pickle-unsafe-global'],
      }),
    });
    expect(outcome.suppressed).toEqual([]);
    expect(outcome.findings).toHaveLength(3);
  });

  it('reads only the finding line and the one above, never line 0', () => {
    const asked: string[] = [];
    applyPolicy([finding('pii/us-ssn', 'error', { path: 'a', line: 1 }), ssn], {
      failOn: 'error',
      readLine: (path, line) => {
        asked.push(`${path}:${line}`);
        return undefined;
      },
    });
    expect(asked).toEqual(['a:1', 'data/a.csv:3', 'data/a.csv:2']);
  });
});

describe('inlineSuppressionRules and ruleMatches', () => {
  it('parses the rules named after mlsec-ignore:', () => {
    expect(inlineSuppressionRules('# mlsec-ignore: pii/us-ssn')).toEqual(['pii/us-ssn']);
    expect(inlineSuppressionRules('x # mlsec-ignore:pii/*,  secret/aws-key ,model/x')).toEqual([
      'pii/*',
      'secret/aws-key',
      'model/x',
    ]);
    // Only rule ids and `area/*` count: comment syntax and stray words are dropped.
    expect(inlineSuppressionRules('<!-- mlsec-ignore: pii/email-address -->')).toEqual(['pii/email-address']);
    expect(inlineSuppressionRules('# mlsec-ignore: pii/us-ssn test data.')).toEqual(['pii/us-ssn']);
    // A bare `*` would silence every rule on the line: it is not accepted inline.
    expect(inlineSuppressionRules('# mlsec-ignore: * everything')).toEqual([]);
    expect(inlineSuppressionRules('no comment here')).toEqual([]);
    expect(inlineSuppressionRules('mlsec-ignore pii/us-ssn')).toEqual([]);
    expect(inlineSuppressionRules('mlsec-ignore: pii/us-ssn')).toEqual([]);
    expect(inlineSuppressionRules('a,b,mlsec-ignore: pii/us-ssn')).toEqual([]);
  });

  it('matches exact ids, `*` and `area/*` prefixes only', () => {
    expect(ruleMatches('pii/us-ssn', 'pii/us-ssn')).toBe(true);
    expect(ruleMatches('*', 'model/pickle-unsafe-global')).toBe(true);
    expect(ruleMatches('pii/*', 'pii/us-ssn')).toBe(true);
    expect(ruleMatches('pii/*', 'piix/us-ssn')).toBe(false);
    expect(ruleMatches('pii/*', 'pii')).toBe(false);
    expect(ruleMatches('pii/us', 'pii/us-ssn')).toBe(false);
    expect(ruleMatches('pii*', 'pii/us-ssn')).toBe(false);
    expect(ruleMatches('pii/us-ssn', 'pii/us-ssn-extra')).toBe(false);
  });
});

describe('config suppressions', () => {
  const fixture = finding('pii/email-address', 'warning', { path: 'tests/fixtures/users.csv', line: 4 });
  const nested = finding('pii/email-address', 'warning', { path: 'tests/fixtures/deep/more.csv', line: 1 });
  const real = finding('pii/email-address', 'warning', { path: 'data/users.csv', line: 4 });
  const ssn = finding('pii/us-ssn', 'error', { path: 'tests/fixtures/users.csv', line: 5 });
  const dotfile = finding('secret/aws-key', 'error', { path: '.env', line: 1 });

  it('suppresses by rule and path glob, with the entry reason', () => {
    const outcome = applyPolicy([fixture, nested, real, ssn], {
      failOn: 'warning',
      configSuppressions: [
        { rule: 'pii/email-address', paths: ['tests/fixtures/*.csv'], reason: 'synthetic' },
      ],
    });
    expect(outcome.suppressed).toEqual([{ finding: fixture, kind: 'config', justification: 'synthetic' }]);
    expect(ids(outcome.findings)).toEqual([
      'pii/us-ssn@tests/fixtures/users.csv:5',
      'pii/email-address@data/users.csv:4',
      'pii/email-address@tests/fixtures/deep/more.csv:1',
    ]);
    expect(outcome.failed).toBe(true);
  });

  it('matches `**` globs, several globs, dotfiles and prefix rules; no paths means everywhere', () => {
    const outcome = applyPolicy([fixture, nested, real, ssn, dotfile], {
      failOn: 'error',
      configSuppressions: [
        { rule: 'pii/*', paths: ['tests/**', 'docs/**'], reason: 'test data' },
        { rule: 'secret/aws-key', reason: 'rotated' },
      ],
    });
    expect(
      outcome.suppressed.map((s) => [s.finding.location.path, s.finding.ruleId, s.justification]),
    ).toEqual([
      ['tests/fixtures/users.csv', 'pii/email-address', 'test data'],
      ['tests/fixtures/deep/more.csv', 'pii/email-address', 'test data'],
      ['tests/fixtures/users.csv', 'pii/us-ssn', 'test data'],
      ['.env', 'secret/aws-key', 'rotated'],
    ]);
    expect(outcome.findings).toEqual([real]);
  });

  it('lets path globs match dotfiles and dot directories', () => {
    const hidden = finding('secret/aws-key', 'error', { path: 'config/.secrets/key.txt', line: 1 });
    const outcome = applyPolicy([dotfile, hidden], {
      failOn: 'error',
      configSuppressions: [{ rule: 'secret/*', paths: ['**/*'], reason: 'dummy credentials' }],
    });
    expect(outcome.suppressed.map((s) => s.finding)).toEqual([dotfile, hidden]);
    expect(outcome.findings).toEqual([]);
  });

  it('treats an empty path list as every path', () => {
    const outcome = applyPolicy([real], {
      failOn: 'error',
      configSuppressions: [{ rule: 'pii/email-address', paths: [], reason: 'all' }],
    });
    expect(outcome.suppressed.map((s) => s.kind)).toEqual(['config']);
  });

  it('uses the first matching entry', () => {
    const outcome = applyPolicy([real], {
      failOn: 'error',
      configSuppressions: [
        { rule: 'pii/us-ssn', reason: 'not this' },
        { rule: 'pii/*', reason: 'first match' },
        { rule: 'pii/email-address', reason: 'second match' },
      ],
    });
    expect(outcome.suppressed[0]!.justification).toBe('first match');
  });
});

describe('baseline suppression', () => {
  it('suppresses findings whose fingerprint the baseline accepts', () => {
    const accepted = finding('pii/us-ssn', 'error', { path: 'a.csv', line: 1 }, 'v1:k:accepted');
    const fresh = finding('pii/us-ssn', 'error', { path: 'a.csv', line: 2 }, 'v1:k:fresh');
    const outcome = applyPolicy([accepted, fresh], { failOn: 'error', baseline: new Set(['v1:k:accepted']) });
    expect(outcome.suppressed).toEqual([
      { finding: accepted, kind: 'baseline', justification: 'accepted in the baseline file' },
    ]);
    expect(outcome.findings).toEqual([fresh]);
    expect(outcome.failed).toBe(true);
  });

  it('prefers inline over config over baseline', () => {
    const f = finding('pii/us-ssn', 'error', { path: 'a.csv', line: 1 }, 'v1:k:1');
    const all = {
      failOn: 'error' as const,
      baseline: new Set(['v1:k:1']),
      configSuppressions: [{ rule: 'pii/us-ssn', reason: 'config' }],
    };
    expect(
      applyPolicy([f], { ...all, readLine: lines({ 'a.csv': ['# mlsec-ignore: pii/us-ssn'] }) })
        .suppressed[0]!.kind,
    ).toBe('inline');
    expect(applyPolicy([f], all).suppressed[0]!.kind).toBe('config');
    expect(applyPolicy([f], { ...all, configSuppressions: [] }).suppressed[0]!.kind).toBe('baseline');
  });
});

describe('diff scope', () => {
  const changed: ChangedFiles = new Map<string, ReadonlySet<number> | 'all'>([
    ['src/a.py', new Set([10, 11])],
    ['model.bin', 'all'],
  ]);

  it('drops findings outside the changed lines and files, counting them', () => {
    const inside = finding('pii/us-ssn', 'error', { path: 'src/a.py', line: 10 });
    const otherLine = finding('pii/us-ssn', 'error', { path: 'src/a.py', line: 12 });
    const otherFile = finding('pii/us-ssn', 'error', { path: 'src/b.py', line: 10 });
    const otherFileNoLine = finding('pii/us-ssn', 'error', { path: 'src/b.py' });
    const outcome = applyPolicy([inside, otherLine, otherFile, otherFileNoLine], {
      failOn: 'error',
      changed,
    });
    expect(outcome.findings).toEqual([inside]);
    expect(outcome.outOfScope).toBe(3);
    expect(outcome.suppressed).toEqual([]);
    expect(outcome.failed).toBe(true);
  });

  it('keeps a finding without a line when its file changed, and any line of a whole-file change', () => {
    const noLine = finding('model/pickle-unsafe-global', 'error', { path: 'src/a.py' });
    const whole = finding('model/pickle-unsafe-global', 'error', { path: 'model.bin', line: 999 });
    const outcome = applyPolicy([noLine, whole], { failOn: 'error', changed });
    expect(outcome.findings).toEqual([whole, noLine]);
    expect(outcome.outOfScope).toBe(0);
  });

  it('does not fail on findings outside the diff', () => {
    const outside = finding('pii/us-ssn', 'error', { path: 'old.py', line: 1 });
    const outcome = applyPolicy([outside], { failOn: 'note', changed });
    expect(outcome).toEqual({
      findings: [],
      suppressed: [],
      outOfScope: 1,
      outOfScopeFindings: [outside],
      outOfScopeSuppressed: [],
      failed: false,
    });
  });

  it('counts an out-of-scope finding once, never as suppressed', () => {
    const outside = finding('pii/us-ssn', 'error', { path: 'src/a.py', line: 1 }, 'v1:k:x');
    const outcome = applyPolicy([outside], {
      failOn: 'error',
      changed,
      baseline: new Set(['v1:k:x']),
      readLine: lines({ 'src/a.py': ['# mlsec-ignore: pii/us-ssn'] }),
    });
    expect(outcome.outOfScope).toBe(1);
    expect(outcome.suppressed).toEqual([]);
    // Kept, with its suppression, for SARIF: the base branch run reports it suppressed too.
    expect(outcome.outOfScopeFindings).toEqual([]);
    expect(outcome.outOfScopeSuppressed).toEqual([
      { finding: outside, kind: 'inline', justification: 'mlsec-ignore comment on line 1' },
    ]);
  });

  it('keeps the findings outside the diff, sorted, for SARIF', () => {
    const b = finding('pii/us-ssn', 'warning', { path: 'src/b.py', line: 3 });
    const a = finding('pii/us-ssn', 'error', { path: 'src/z.py', line: 1 });
    const inside = finding('pii/us-ssn', 'note', { path: 'src/a.py', line: 11 });
    const outcome = applyPolicy([b, inside, a], { failOn: 'note', changed });
    expect(outcome.findings).toEqual([inside]);
    expect(outcome.outOfScopeFindings).toEqual([a, b]);
    expect(outcome.outOfScope).toBe(2);
  });

  it('keeps a multi-line finding when any line of its range was added', () => {
    const spanning = finding('secret/private-key', 'error', { path: 'src/a.py', line: 5, endLine: 10 });
    const before = finding('secret/private-key', 'error', { path: 'src/a.py', line: 1, endLine: 9 });
    const after = finding('secret/private-key', 'error', { path: 'src/a.py', line: 12, endLine: 40 });
    const outcome = applyPolicy([spanning, before, after], { failOn: 'error', changed });
    expect(outcome.findings).toEqual([spanning]);
    expect(outcome.outOfScopeFindings).toEqual([before, after]);
  });

  it('keeps everything when no diff scope is given', () => {
    const f = finding('pii/us-ssn', 'error', { path: 'anything.py', line: 1 });
    expect(applyPolicy([f], { failOn: 'error' }).outOfScope).toBe(0);
    expect(applyPolicy([f], { failOn: 'error' }).findings).toEqual([f]);
  });
});

describe('ordering', () => {
  it('sorts reported findings errors first, then by path, line, column and rule', () => {
    const input = [
      finding('pii/ip-address', 'note', { path: 'a.csv', line: 1 }),
      finding('pii/email-address', 'warning', { path: 'b.csv', line: 2 }),
      finding('pii/us-ssn', 'error', { path: 'z.csv', line: 9 }),
      finding('pii/email-address', 'warning', { path: 'a.csv', line: 10 }),
      finding('pii/us-ssn', 'error', { path: 'a.csv', line: 10, column: 5 }),
      finding('pii/credit-card', 'error', { path: 'a.csv', line: 10, column: 5 }),
      finding('pii/us-ssn', 'error', { path: 'a.csv', line: 2 }),
      finding('pii/us-ssn', 'error', { path: 'A.csv' }),
      finding('pii/email-address', 'warning', { path: 'a.csv', line: 10, column: 1 }),
    ];
    const outcome = applyPolicy(input, { failOn: 'never' });
    expect(
      outcome.findings.map(
        (f) =>
          `${f.level} ${f.location.path}:${f.location.line ?? '-'}:${f.location.column ?? '-'} ${f.ruleId}`,
      ),
    ).toEqual([
      'error A.csv:-:- pii/us-ssn',
      'error a.csv:2:- pii/us-ssn',
      'error a.csv:10:5 pii/credit-card',
      'error a.csv:10:5 pii/us-ssn',
      'error z.csv:9:- pii/us-ssn',
      'warning a.csv:10:- pii/email-address',
      'warning a.csv:10:1 pii/email-address',
      'warning b.csv:2:- pii/email-address',
      'note a.csv:1:- pii/ip-address',
    ]);
    expect(outcome.failed).toBe(false);
  });

  it('does not reorder or mutate the input array', () => {
    const input = [
      finding('pii/ip-address', 'note', { path: 'a.csv', line: 1 }),
      finding('pii/us-ssn', 'error', { path: 'a.csv', line: 2 }),
    ];
    const copy = [...input];
    applyPolicy(input, { failOn: 'error' });
    expect(input).toEqual(copy);
  });

  it('keeps suppressed findings in input order', () => {
    const a = finding('pii/us-ssn', 'note', { path: 'z.csv', line: 1 }, 'v1:1');
    const b = finding('pii/us-ssn', 'error', { path: 'a.csv', line: 1 }, 'v1:2');
    const outcome = applyPolicy([a, b], { failOn: 'error', baseline: new Set(['v1:1', 'v1:2']) });
    expect(outcome.suppressed.map((s) => s.finding)).toEqual([a, b]);
  });
});

describe('inline suppressions in a file of known comment syntax', () => {
  const hash: CommentSyntax = { leaders: ['#'], position: 'trailing' };
  const ini: CommentSyntax = { leaders: ['#', ';'], position: 'line' };
  const rules = (line: string, syntax: CommentSyntax) => inlineSuppressionRules(line, syntax);

  it('counts a comment that starts its line or follows a value after a blank', () => {
    expect(rules('# mlsec-ignore: pii/*', hash)).toEqual(['pii/*']);
    expect(rules('   #mlsec-ignore: pii/*', hash)).toEqual(['pii/*']);
    expect(rules('owner: a@b.c  # mlsec-ignore: pii/*', hash)).toEqual(['pii/*']);
    expect(rules('owner: "a@b.c" # mlsec-ignore: pii/*', hash)).toEqual(['pii/*']);
    expect(rules("owner: 'it''s' # mlsec-ignore: pii/*", hash)).toEqual(['pii/*']);
    expect(rules('owner: "a \\" b" # mlsec-ignore: pii/*', hash)).toEqual(['pii/*']);
    // Inside a comment already: a later marker is in it too.
    expect(rules('a: 1 # test data # mlsec-ignore: pii/*', hash)).toEqual(['pii/*']);
    expect(rules('; mlsec-ignore: pii/*', ini)).toEqual(['pii/*']);
    expect(rules('  # mlsec-ignore: pii/*', ini)).toEqual(['pii/*']);
  });

  it('does not count a marker in a quoted value, glued to a value, or after another leader', () => {
    expect(rules('note: "# mlsec-ignore: pii/*"', hash)).toEqual([]);
    expect(rules("owner: 'a@b.c # mlsec-ignore: pii/*'", hash)).toEqual([]);
    expect(rules('owner: "a \\" # mlsec-ignore: pii/*"', hash)).toEqual([]);
    expect(rules('owner: a@b.c#mlsec-ignore: pii/*', hash)).toEqual([]);
    expect(rules('owner: a@b.c // mlsec-ignore: pii/*', hash)).toEqual([]);
    expect(rules('x -- mlsec-ignore: pii/*', hash)).toEqual([]);
    // INI has full-line comments only.
    expect(rules('owner = a@b.c ; mlsec-ignore: pii/*', ini)).toEqual([]);
    expect(rules('owner = a@b.c # mlsec-ignore: pii/*', ini)).toEqual([]);
  });

  it('never counts a marker inside a double-quoted value (property)', () => {
    const inner = fc.string().filter((text) => !/["\\\n]/.test(text));
    fc.assert(
      fc.property(inner, inner, fc.stringMatching(/^[a-z]{1,8}$/), (head, tail, key) => {
        const line = `${key}: "${head}# mlsec-ignore: pii/*${tail}"`;
        expect(rules(line, hash)).toEqual([]);
      }),
    );
  });

  it('takes its syntax per file from the check, the others keep any leader', () => {
    const row = finding('pii/us-ssn', 'error', { path: 'data/a.yaml', line: 1 });
    const text = finding('pii/us-ssn', 'error', { path: 'notes.txt', line: 1 });
    const outcome = applyPolicy([row, text], {
      failOn: 'error',
      readLine: lines({
        'data/a.yaml': ['x: 1 -- mlsec-ignore: pii/*'],
        'notes.txt': ['x -- mlsec-ignore: pii/*'],
      }),
      commentSyntax: (file) => (file === 'data/a.yaml' ? hash : undefined),
    });
    expect(outcome.findings).toEqual([row]);
    expect(outcome.suppressed.map((entry) => entry.finding)).toEqual([text]);
  });
});
