import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPii } from '../../src/checks/scan-pii/index.js';
import { selectAnnotations } from '../../src/github/annotations.js';
import { describeApiError } from '../../src/github/api.js';
import { batches, checkRunAnnotation } from '../../src/github/check-run.js';
import { readActionEnvironment } from '../../src/github/environment.js';
import { readInputs } from '../../src/github/inputs.js';
import { finding, report } from '../render/fixtures.js';

describe('selectAnnotations', () => {
  it('shows everything when under the caps, errors first', () => {
    const r = report({
      findings: [
        finding({ ruleId: 'pii/us-ssn', level: 'note', location: { path: 'b', line: 1 } }),
        finding({ ruleId: 'pii/us-ssn', level: 'error', location: { path: 'a', line: 2, column: 3 } }),
      ],
    });
    expect(selectAnnotations([r], 'hint')).toEqual([
      {
        level: 'error',
        message: 'pii/us-ssn: m',
        properties: {
          title: 'mlsec scan-pii: US Social Security number',
          file: 'a',
          startLine: 2,
          startColumn: 3,
        },
      },
      {
        level: 'note',
        message: 'pii/us-ssn: m',
        properties: { title: 'mlsec scan-pii: US Social Security number', file: 'b', startLine: 1 },
      },
    ]);
  });

  it('caps each level at 10 across checks and keeps one notice slot for the overflow line', () => {
    const make = (level: 'error' | 'warning' | 'note', n: number) =>
      Array.from({ length: n }, (_, i) =>
        finding({ ruleId: 'pii/us-ssn', level, location: { path: `${level}${i}` } }),
      );
    const reports = [
      report({ findings: [...make('error', 6), ...make('note', 10)] }),
      report({ check: 'scan-model', findings: [...make('error', 6), ...make('warning', 3)] }),
    ];
    const selected = selectAnnotations(reports, 'see SARIF');
    expect(selected.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(selected.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(selected.filter((a) => a.level === 'note')).toHaveLength(10);
    expect(selected.at(-1)!.message).toBe(
      '3 more findings not annotated here (GitHub shows 10 per level per step): see SARIF.',
    );
  });

  it('names an archive member and makes control characters visible', () => {
    const r = report({
      findings: [
        finding({
          ruleId: 'pii/us-ssn',
          message: 'a\u0007b',
          location: { path: 'm.zip', member: 'in\nner' },
        }),
      ],
    });
    expect(selectAnnotations([r], 'h')[0]!.message).toBe('pii/us-ssn: a\\u0007b (in in\\u000aner)');
  });
});

describe('describeApiError', () => {
  const error = (status: number, message = 'nope') => Object.assign(new Error(message), { status });
  it.each([
    [
      403,
      false,
      'mlsec could not post (HTTP 403): the token lacks `pull-requests: write`. Grant it in the workflow: permissions: { pull-requests: write }.',
    ],
    [
      404,
      true,
      'mlsec could not post (HTTP 404): the token lacks `pull-requests: write`. Pull requests from forks get a read-only token; this is expected there.',
    ],
    [422, false, 'mlsec could not post: GitHub rejected the request (HTTP 422: nope).'],
    [500, false, 'mlsec could not post: GitHub answered HTTP 500 (nope).'],
  ])('HTTP %i (fork: %s)', (status, fork, text) => {
    expect(describeApiError(error(status), 'post', 'pull-requests: write', fork)).toBe(text);
  });
  it('a network failure', () => {
    expect(describeApiError(new Error('connect ECONNREFUSED'), 'post', 'x', false)).toBe(
      'mlsec could not post: connect ECONNREFUSED.',
    );
  });
});

describe('check run annotations', () => {
  it('maps levels and omits columns on multi-line ranges', () => {
    expect(
      checkRunAnnotation(
        finding({ ruleId: 'r/x', level: 'note', location: { path: 'a', line: 2, endLine: 4, column: 3 } }),
      ),
    ).toEqual({
      path: 'a',
      start_line: 2,
      end_line: 4,
      annotation_level: 'notice',
      title: 'r/x',
      message: 'm',
    });
    expect(checkRunAnnotation(finding({ ruleId: 'r/x', location: { path: 'a' } }))).toMatchObject({
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
    });
  });
  it('batches', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 50)).toEqual([]);
  });
});

describe('readInputs', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('reads common inputs typed, and check options raw for the engine', () => {
    const inputs = readInputs(
      { check: scanPii },
      reader({
        paths: 'data, notebooks\nconfigs',
        'min-confidence': '0.8',
        annotations: 'false',
        'job-summary': 'true',
        'pr-comment': 'true',
        'check-run': 'false',
        exclude: 'a/**,b/**',
      }),
    );
    expect(inputs.paths).toEqual(['data', 'notebooks', 'configs']);
    expect(inputs.checkOptions.get('scan-pii')).toMatchObject({
      'min-confidence': '0.8',
      entities: undefined,
    });
    expect(inputs.common).toMatchObject({
      annotations: false,
      jobSummary: true,
      checkRun: false,
      exclude: ['a/**', 'b/**'],
    });
  });

  it('names the input in errors', () => {
    expect(() => readInputs({ check: scanPii }, reader({ annotations: 'yes' }))).toThrow(
      'input annotations: expected true or false, got "yes"',
    );
  });
});

describe('readActionEnvironment', () => {
  it('reads the pull request and detects forks', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-env-'));
    const event = path.join(dir, 'event.json');
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: 3,
          head: { sha: 'h', repo: { full_name: 'fork/r' } },
          base: { repo: { full_name: 'o/r' } },
        },
      }),
    );
    const env = readActionEnvironment(
      {
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'merge',
        GITHUB_RUN_ID: '9',
        GITHUB_WORKSPACE: '/ws',
      },
      '/cwd',
      '/tmp',
    );
    expect(env).toMatchObject({
      workspace: '/ws',
      repository: { owner: 'o', repo: 'r', fullName: 'o/r' },
      sha: 'h',
      runUrl: 'https://github.com/o/r/actions/runs/9',
      pullRequest: { number: 3, headSha: 'h', fromFork: true },
      apiUrl: 'https://api.github.com',
    });
  });

  it('an unreadable event file is a usage error naming the variable', () => {
    expect(() =>
      readActionEnvironment({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }, '/', '/tmp'),
    ).toThrow(/^GITHUB_EVENT_PATH \/nonexistent\/event\.json: cannot be read as JSON/);
  });
});
