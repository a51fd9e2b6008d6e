import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckDefinition, OptionSpec } from '../../src/core/check.js';
import { EMPTY_CONFIG } from '../../src/core/config.js';
import { resolveOptions, runEngine, validateResult } from '../../src/core/engine.js';
import { UsageError } from '../../src/core/errors.js';
import type { CheckResult, Finding } from '../../src/core/findings.js';
import { relativeInside, userPath } from '../../src/core/paths.js';
import { fingerprintKeyFrom } from '../../src/core/redaction.js';
import { runChecks } from '../../src/core/runner.js';
import { fakeCheck, PLANTED_RULE } from '../helpers/fake-check.js';

let root: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-engine-')));
});

const key = fingerprintKeyFrom(undefined);

function finding(location: Finding['location']): Finding {
  return { ruleId: PLANTED_RULE.id, level: 'error', message: 'm', location, fingerprint: 'v1:x' };
}

function resultWith(findings: Finding[], extra: Partial<CheckResult> = {}): CheckResult {
  return { check: 'scan-pii', rules: [PLANTED_RULE], findings, metrics: {}, artifacts: [], ...extra };
}

/** A check that returns what it is given, and records the options it was run with. */
function returning(result: CheckResult, options: OptionSpec[] = [], seen: unknown[] = []): CheckDefinition {
  return {
    ...fakeCheck('scan-pii'),
    options,
    run: (context) => {
      seen.push(context.options);
      return Promise.resolve(result);
    },
  };
}

function engine(check: CheckDefinition, extra: Partial<Parameters<typeof runEngine>[0]> = {}) {
  return runEngine({
    check,
    root,
    paths: [],
    options: {},
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: key,
    environment: {},
    ...extra,
  });
}

describe('resolveOptions', () => {
  const specs: OptionSpec[] = [
    { name: 'level', type: 'string', description: 'd', default: 'low' },
    { name: 'count', type: 'number', description: 'd', default: '1' },
    { name: 'flag', type: 'boolean', description: 'd' },
  ];

  it('takes an explicit value over the config file, and the config file over the default', () => {
    expect(resolveOptions(specs, { level: 'high' }, { level: 'medium', count: 5 }, 'option')).toEqual({
      level: 'high',
      count: 5,
      flag: undefined,
    });
    expect(resolveOptions(specs, {}, { level: 'medium' }, 'option')).toEqual({
      level: 'medium',
      count: 1,
      flag: undefined,
    });
    expect(resolveOptions(specs, { count: '7', flag: 'false' }, undefined, 'input')).toEqual({
      level: 'low',
      count: 7,
      flag: false,
    });
  });

  it('treats an empty explicit value (an unset action input) as not given', () => {
    expect(resolveOptions(specs, { level: '' }, { level: 'medium' }, 'input').level).toBe('medium');
    expect(resolveOptions(specs, { level: '' }, undefined, 'input').level).toBe('low');
  });

  it('names the source in errors', () => {
    expect(() => resolveOptions(specs, { count: 'many' }, undefined, 'input')).toThrow(
      'input count: expected a number, got "many"',
    );
  });
});

describe('path options', () => {
  const specs: OptionSpec[] = [{ name: 'signature', type: 'path', description: 'd', default: 'model.sig' }];

  it('take user paths only as the types that name files, and lists of nothing else (a bug otherwise)', async () => {
    const lists: OptionSpec[] = [{ name: 'datasets', type: 'paths', description: 'd' }];
    const typed = userPath(root, 'a', 'option datasets');
    const mixed = [typed, 'b'] as unknown as readonly (typeof typed)[];
    expect(() => resolveOptions(lists, { datasets: mixed }, undefined, 'option')).toThrow(
      new Error('option datasets: an explicit value is text, a user path or a list of user paths'),
    );
    const check = returning(resultWith([]), [
      ...lists,
      { name: 'private-key', type: 'pem-or-path', secret: true, description: 'd' },
    ]);
    await expect(engine(check, { options: { datasets: mixed } })).rejects.toThrow(
      new Error('option datasets: a list is of text (parsed) or of user paths (typed), not a mix'),
    );
    await expect(engine(check, { options: { datasets: [typed, 3] as never } })).rejects.toThrow(
      new Error('option datasets: a list is of text (parsed) or of user paths (typed), not a mix'),
    );
    await expect(engine(check, { options: { 'private-key': typed } })).rejects.toThrow(
      new Error('option private-key: a pem-or-path option cannot take a user path'),
    );
  });

  it('reach the check as root-relative paths, existing or not', async () => {
    const seen: unknown[] = [];
    const check = returning(resultWith([]), specs, seen);
    await engine(check, { options: { signature: 'out/../sigs/new.sig' } });
    await engine(check, { options: { signature: path.join(root, 'abs.sig') } });
    expect(seen).toEqual([{ signature: 'sigs/new.sig' }, { signature: 'abs.sig' }]);
  });

  it('refuses a value outside the root, naming the option', async () => {
    const check = returning(resultWith([]), specs);
    await expect(engine(check, { options: { signature: '../x' } })).rejects.toThrow(
      new UsageError('PATH_OUTSIDE_ROOT', `option signature: "../x" is outside ${root}`),
    );
    await expect(
      engine(check, { options: { signature: '/etc/x.sig' }, optionSource: 'input' }),
    ).rejects.toThrow(`input signature: "/etc/x.sig" is outside ${root}`);
  });
});

describe('validateResult: finding paths', () => {
  const check = fakeCheck('scan-pii');

  /** An action's run: no user paths. */
  const repo = { root: '/repo', userPaths: [], signerFiles: [] };
  /** A CLI run where the user named /tmp/x, /repository and / itself. */
  const named = { ...repo, userPaths: ['/tmp/x', '/repository', '/'] };

  it('accepts normalized relative paths, backslashes and drive-like names included', () => {
    for (const file of ['.', 'a.txt', 'C:notes.txt', 'a\\b.txt', 'dir/sub/x']) {
      expect(() => validateResult(check, resultWith([finding({ path: file })]), repo), file).not.toThrow();
    }
  });

  it('accepts absolute normalized paths outside the root at or under the paths the user named there', () => {
    for (const file of ['/a', '/tmp/x/a.csv', '/repository/a', '/']) {
      expect(() => validateResult(check, resultWith([finding({ path: file })]), named), file).not.toThrow();
    }
    const tmpOnly = { ...repo, userPaths: ['/tmp/x'] };
    for (const file of ['/tmp/x', '/tmp/x/a.csv'])
      expect(() => validateResult(check, resultWith([finding({ path: file })]), tmpOnly), file).not.toThrow();
  });

  it('refuses an absolute path outside the root that nobody named: always in an action', () => {
    const tmpOnly = { ...repo, userPaths: ['/tmp/x'] };
    for (const [file, scope] of [
      ['/tmp/x/a.csv', repo],
      ['/etc/passwd', tmpOnly],
      ['/tmp/xy', tmpOnly],
      ['/tmp', tmpOnly],
    ] as const) {
      expect(() => validateResult(check, resultWith([finding({ path: file })]), scope), file).toThrow(
        /path is outside the root, and not under a path the user named there$/,
      );
    }
  });

  it('refuses paths that are not normalized, or absolute inside the root, as internal errors', () => {
    for (const file of ['a//b', './a', '../a', '', 'a/', '/repo', '/repo/a', '/x/../a', '/x//a', '/x/']) {
      expect(() => validateResult(check, resultWith([finding({ path: file })]), named), file).toThrow(
        /path is not a normalized root-relative path, nor an absolute one outside the root$/,
      );
    }
  });

  it('refuses a verdict without a reason', () => {
    expect(() =>
      validateResult(check, resultWith([], { verdict: { failed: true, reason: ' ' } }), repo),
    ).toThrow('scan-pii returned a verdict without a reason');
  });
});

describe("a check's verdict", () => {
  it('fails the report whatever fail-on, suppressions, the baseline or scope say', async () => {
    await writeFile(path.join(root, 'a.txt'), '# mlsec-ignore: test/planted\nx\n');
    const result = resultWith(
      [{ ...finding({ path: 'a.txt', line: 2 }), level: 'note', fingerprint: 'v1:base' }],
      { verdict: { failed: true, reason: 'the signature does not match model.onnx' } },
    );
    const { report } = await engine(returning(result), {
      failOn: 'never',
      baseline: new Set(['v1:base']),
      environment: { changed: new Map() },
    });
    expect(report.findings).toEqual([]);
    expect(report.failed).toBe(true);
    expect(report.verdict).toEqual({ failed: true, reason: 'the signature does not match model.onnx' });
  });

  it('without one, a clean report passes', async () => {
    const { report } = await engine(returning(resultWith([])));
    expect(report.failed).toBe(false);
    expect(report.verdict).toBeUndefined();
  });
});

describe('inline suppressions switch', () => {
  it('turned off, mlsec-ignore comments do not count', async () => {
    await writeFile(path.join(root, 'a.txt'), 'x # mlsec-ignore: test/planted\n');
    const check = returning(resultWith([finding({ path: 'a.txt', line: 1 })]));
    expect((await engine(check)).report.suppressed).toHaveLength(1);
    const off = await engine(check, { inlineSuppressions: false });
    expect(off.report.suppressed).toEqual([]);
    expect(off.report.findings).toHaveLength(1);
  });
});

describe('runChecks: files the run reads stay inside the root', () => {
  const request = (shared: Parameters<typeof runChecks>[0]['shared'], at = root) =>
    runChecks({
      checks: [fakeCheck('scan-pii')],
      root: at,
      paths: [],
      explicitOptions: new Map(),
      shared,
      source: 'option',
      environment: {},
      optionsByCheck: new Map(),
    });

  it('refuses a baseline or config file outside the root, naming where it was set', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'mlsec-outside-'));
    await writeFile(path.join(outside, 'b.json'), '{"version":1,"tool":"mlsec","findings":[]}');
    const relativeOut = path.relative(root, path.join(outside, 'b.json'));
    await expect(request({ baseline: relativeOut })).rejects.toThrow(
      `option baseline: ${JSON.stringify(relativeOut)} is outside ${root}`,
    );
    await expect(request({ config: '/etc/passwd' })).rejects.toThrow(
      `option config: "/etc/passwd" is outside ${root}`,
    );
    await mkdir(path.join(root, '.github'));
    await writeFile(path.join(root, '.github', 'mlsec.yml'), `baseline: ${relativeOut}\n`);
    await expect(request({})).rejects.toThrow(
      `config .github/mlsec.yml: key baseline: ${JSON.stringify(relativeOut)} is outside ${root}`,
    );
  });

  it('refuses a default file that is a symbolic link out of the root', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'mlsec-outside-'));
    await writeFile(path.join(outside, 'secret.json'), 'SECRET');
    await symlink(path.join(outside, 'secret.json'), path.join(root, '.mlsec-baseline.json'));
    const error = await request({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      `baseline: ".mlsec-baseline.json" resolves through a symbolic link to outside ${root}`,
    );
  });

  it('keeps a missing default config or baseline file a non-event', async () => {
    const outcome = await request({});
    expect(outcome.settings.baselineFile).toBeUndefined();
    expect(outcome.warnings).toEqual([]);
  });

  it('resolves a symbolically linked root once, so checks compare real paths with it', async () => {
    await writeFile(path.join(root, 'a.txt'), 'x\n');
    const link = path.join(await mkdtemp(path.join(os.tmpdir(), 'mlsec-link-')), 'ws');
    await symlink(root, link);
    const roots: string[] = [];
    // What a check does to make sure a file it opens is inside the root: compare real paths.
    const realPathCheck: CheckDefinition = {
      ...fakeCheck('scan-pii'),
      run: async (context) => {
        roots.push(context.root);
        const real = await realpath(path.join(context.root, 'a.txt'));
        const relative = relativeInside(context.root, real) ?? 'outside the root';
        return resultWith([finding({ path: relative, line: 1 })]);
      },
    };
    const outcome = await runChecks({
      checks: [realPathCheck],
      root: link,
      paths: [],
      explicitOptions: new Map(),
      shared: {},
      source: 'option',
      environment: {},
      optionsByCheck: new Map(),
    }).catch((error: unknown) => error);
    expect(roots).toEqual([root]);
    expect((outcome as Awaited<ReturnType<typeof runChecks>>).reports[0]!.findings[0]!.location.path).toBe(
      'a.txt',
    );
  });

  it('warns when keyed baseline entries meet a per-run random key', async () => {
    await writeFile(
      path.join(root, '.mlsec-baseline.json'),
      JSON.stringify({
        version: 1,
        tool: 'mlsec',
        findings: [
          { ruleId: 'pii/us-ssn', path: 'a', fingerprint: 'v1:k:0123' },
          { ruleId: 'pii/us-ssn', path: 'b', fingerprint: 'v1:k:4567' },
          { ruleId: 'x/y', path: 'c', fingerprint: 'v1:89ab' },
        ],
      }),
    );
    expect((await request({})).warnings).toEqual([
      'baseline .mlsec-baseline.json: 2 keyed (v1:k:) fingerprints cannot match without the same fingerprint-key, and this run uses a per-run random key; set fingerprint-key (MLSEC_FINGERPRINT_KEY for the CLI) from a secret',
    ]);
    expect((await request({ fingerprintKey: 'a-stable-secret-key-123' })).warnings).toEqual([]);
  });

  it('a short fingerprint key is a usage error naming fingerprint-key', async () => {
    await expect(request({ fingerprintKey: 'short' })).rejects.toThrow(
      new UsageError(
        'INVALID_INPUT',
        'option fingerprint-key: must be at least 16 characters (use a random secret)',
      ),
    );
  });
});
