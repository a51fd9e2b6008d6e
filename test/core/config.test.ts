import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOptionSpecs } from '../../src/checks/registry.js';
import type { OptionSpec } from '../../src/core/check.js';
import { parseConfig } from '../../src/core/config-parse.js';
import { DEFAULT_CONFIG_FILE, EMPTY_CONFIG, loadConfig } from '../../src/core/config.js';
import { UsageError } from '../../src/core/errors.js';
import { parseOptionValue, suggest } from '../../src/core/options.js';

const FILE = '.github/mlsec.yml';
const ROOT = '/repo';
const specs = checkOptionSpecs();

function parse(text: string) {
  return parseConfig(text, FILE, ROOT, specs);
}

function configError(text: string): UsageError {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('INVALID_CONFIG');
    return error as UsageError;
  }
  throw new Error('expected the config to be refused');
}

const FULL_CONFIG = `
version: 1
checks: [scan-pii, scan-model, robustness-check]
fail-on: warning
scope: changed
baseline: .mlsec-baseline.json
exclude:
  - "vendor/**"
  - "**/*.min.js"
suppressions:
  - rule: pii/email-address
    paths: ["tests/fixtures/**"]
    reason: synthetic fixtures
  - rule: model/*
    reason: "  reviewed by security  "
scan-pii:
  entities: [EMAIL_ADDRESS, US_SSN]
  min-confidence: 0.75
  mode: redact
  max-file-size: 500MB
scan-model:
sign-model:
  method: key
  certificate-chain: [leaf.pem, root.pem]
  ignore-paths: "a, b ,c"
verify-provenance:
  ignore-unsigned-files: true
  identity: https://github.com/o/r/.github/workflows/release.yml@refs/heads/main
robustness-check:
  epsilons: [0.01, 0.1]
  attacks: fgsm,pgd,square
  norm: l2
  samples: 50
  seed: "7"
dependency-sbom:
  osv-dir: osv/
`;

describe('parseConfig', () => {
  it('parses a full config, with per-check options parsed to their types', () => {
    expect(parse(FULL_CONFIG)).toEqual({
      checks: ['scan-pii', 'scan-model', 'robustness-check'],
      failOn: 'warning',
      scope: 'changed',
      baseline: '.mlsec-baseline.json',
      exclude: ['vendor/**', '**/*.min.js'],
      suppressions: [
        { rule: 'pii/email-address', paths: ['tests/fixtures/**'], reason: 'synthetic fixtures' },
        { rule: 'model/*', reason: 'reviewed by security' },
      ],
      options: {
        'scan-pii': {
          entities: ['EMAIL_ADDRESS', 'US_SSN'],
          'min-confidence': 0.75,
          mode: 'redact',
          'max-file-size': '500MB',
        },
        'scan-model': {},
        'sign-model': {
          method: 'key',
          'certificate-chain': ['leaf.pem', 'root.pem'],
          'ignore-paths': ['a', 'b', 'c'],
        },
        'verify-provenance': {
          'ignore-unsigned-files': true,
          identity: 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main',
        },
        'robustness-check': {
          epsilons: ['0.01', '0.1'],
          attacks: ['fgsm', 'pgd', 'square'],
          norm: 'l2',
          samples: 50,
          seed: 7,
        },
        'dependency-sbom': { 'osv-dir': 'osv/' },
      },
    });
  });

  it('gives the empty config for an empty file or a file of comments', () => {
    const empty = {
      checks: undefined,
      failOn: undefined,
      scope: undefined,
      baseline: undefined,
      exclude: [],
      suppressions: [],
      options: {},
    };
    expect(parse('')).toEqual(empty);
    expect(parse('# nothing configured yet\n')).toEqual(empty);
    expect(parse('version: 1\n')).toEqual(empty);
  });

  it('names the file and the key of an unknown top-level key, with a suggestion', () => {
    expect(configError('fial-on: error').message).toBe(
      'config .github/mlsec.yml: key fial-on: unknown key (did you mean fail-on?)',
    );
    expect(configError('scan_pii:\n  mode: report').message).toBe(
      'config .github/mlsec.yml: key scan_pii: unknown key (did you mean scan-pii?)',
    );
    expect(configError('totally-unrelated-setting: 1').message).toBe(
      'config .github/mlsec.yml: key totally-unrelated-setting: unknown key',
    );
  });

  it('names the file and the key of a bad enum value', () => {
    expect(configError('fail-on: critical').message).toBe(
      'config .github/mlsec.yml: key fail-on: Invalid option: expected one of "error"|"warning"|"note"|"never"',
    );
    expect(configError('scope: some').message).toBe(
      'config .github/mlsec.yml: key scope: Invalid option: expected one of "changed"|"all"',
    );
    expect(configError('checks: [scan-pii, scan-pi]').message).toBe(
      'config .github/mlsec.yml: key checks.1: Invalid option: expected one of ' +
        '"scan-pii"|"scan-model"|"sign-model"|"verify-provenance"|"robustness-check"|"dependency-sbom"',
    );
  });

  it('refuses other malformed shared keys, naming them', () => {
    expect(configError('version: 2').message).toBe(
      'config .github/mlsec.yml: key version: Invalid input: expected 1',
    );
    expect(configError('checks: []').message).toBe(
      'config .github/mlsec.yml: key checks: Too small: expected array to have >=1 items',
    );
    expect(configError('exclude: ["a", ""]').message).toBe(
      'config .github/mlsec.yml: key exclude.1: Too small: expected string to have >=1 characters',
    );
    expect(configError('baseline: ""').message).toBe(
      'config .github/mlsec.yml: key baseline: Too small: expected string to have >=1 characters',
    );
    expect(configError('exclude: vendor/**').message).toBe(
      'config .github/mlsec.yml: key exclude: Invalid input: expected array, received string',
    );
  });

  it('refuses a top level that is not a mapping', () => {
    for (const text of ['- scan-pii', 'just a string', '42']) {
      expect(configError(text).message).toBe(
        'config .github/mlsec.yml: key (top level): expected a mapping of keys to values',
      );
    }
  });

  it('refuses a secret option in the committed file', () => {
    expect(configError('sign-model:\n  private-key: "-----BEGIN EC PRIVATE KEY-----"').message).toBe(
      'config .github/mlsec.yml: key sign-model.private-key: secrets do not belong in a committed file; ' +
        'pass it as an input from a secret',
    );
  });

  it('reports invalid YAML with its line number', () => {
    expect(configError('fail-on: error\nchecks: [scan-pii\n').message).toBe(
      'config .github/mlsec.yml:3: not valid YAML (Flow sequence in block collection must be sufficiently ' +
        'indented and end with a ] at line 3, column 1:)',
    );
    expect(configError('fail-on: error\n\tscope: all\n').message).toBe(
      'config .github/mlsec.yml:2: not valid YAML (Tabs are not allowed as indentation at line 2, column 1:)',
    );
  });

  it('refuses duplicate keys, naming the line', () => {
    expect(configError('fail-on: error\nscope: all\nfail-on: never\n').message).toBe(
      'config .github/mlsec.yml:3: not valid YAML (Map keys must be unique at line 3, column 1:)',
    );
    expect(configError('scan-pii:\n  mode: report\n  mode: redact\n').message).toBe(
      'config .github/mlsec.yml:3: not valid YAML (Map keys must be unique at line 3, column 3:)',
    );
  });

  it('refuses a suppression without a reason', () => {
    expect(configError('suppressions:\n  - rule: pii/*\n').message).toBe(
      'config .github/mlsec.yml: key suppressions.0.reason: a suppression needs a reason',
    );
    expect(configError('suppressions:\n  - rule: pii/*\n    reason: "   "\n').message).toBe(
      'config .github/mlsec.yml: key suppressions.0.reason: a suppression needs a reason',
    );
    expect(
      configError('suppressions:\n  - rule: a/b\n    reason: ok\n  - rule: pii/*\n    reason:\n').message,
    ).toBe('config .github/mlsec.yml: key suppressions.1.reason: a suppression needs a reason');
    // A reason of the wrong type keeps the precise message.
    expect(configError('suppressions:\n  - rule: a/b\n    reason: [x]\n').message).toBe(
      'config .github/mlsec.yml: key suppressions.0.reason: Invalid input: expected string, received array',
    );
  });

  it('refuses malformed suppressions, naming the key', () => {
    expect(configError('suppressions:\n  - reason: because\n').message).toBe(
      'config .github/mlsec.yml: key suppressions.0.rule: Invalid input: expected string, received undefined',
    );
    expect(configError('suppressions:\n  - rule: a/b\n    reason: r\n    path: x\n').message).toBe(
      'config .github/mlsec.yml: key suppressions.0: Unrecognized key: "path"',
    );
  });

  it('names the check and option of an unknown option, with a suggestion', () => {
    expect(configError('scan-pii:\n  min-confidense: 0.3').message).toBe(
      'config .github/mlsec.yml: key scan-pii.min-confidense: unknown option (did you mean min-confidence?)',
    );
    expect(configError('scan-model:\n  anything: 1').message).toBe(
      'config .github/mlsec.yml: key scan-model.anything: unknown option',
    );
  });

  it('names the check and option of a value of the wrong type or choice', () => {
    expect(configError('scan-pii:\n  min-confidence: high').message).toBe(
      'config .github/mlsec.yml: key scan-pii.min-confidence: expected a number, got "high"',
    );
    expect(configError('scan-pii:\n  entities: [EMAIL, US_SSN]').message).toBe(
      'config .github/mlsec.yml: key scan-pii.entities: expected one of EMAIL_ADDRESS, PHONE_NUMBER, US_SSN, ' +
        'CREDIT_CARD, IBAN_CODE, IP_ADDRESS, CRYPTO, SECRET, got "EMAIL"',
    );
    expect(configError('robustness-check:\n  norm: l1').message).toBe(
      'config .github/mlsec.yml: key robustness-check.norm: expected one of linf, l2, got "l1"',
    );
    expect(configError('verify-provenance:\n  ignore-unsigned-files: yes please').message).toBe(
      'config .github/mlsec.yml: key verify-provenance.ignore-unsigned-files: expected true or false, got "yes please"',
    );
    expect(configError('scan-pii:\n  mode: {a: 1}').message).toBe(
      'config .github/mlsec.yml: key scan-pii.mode: expected a string',
    );
    expect(configError('scan-pii:\n  mode: [report]').message).toBe(
      'config .github/mlsec.yml: key scan-pii.mode: expected a string',
    );
    expect(configError('robustness-check:\n  samples:\n    - 1').message).toBe(
      'config .github/mlsec.yml: key robustness-check.samples: expected a number',
    );
  });

  it('refuses a check section that is not a mapping', () => {
    expect(configError('scan-pii: [entities]').message).toBe(
      'config .github/mlsec.yml: key scan-pii: expected a mapping of option names to values',
    );
    expect(configError('scan-pii: on').message).toBe(
      'config .github/mlsec.yml: key scan-pii: expected a mapping of option names to values',
    );
  });

  it('checks paths against the root: absolute inside it accepted, outside refused', () => {
    expect(
      parse('sign-model:\n  signature: /repo/sigs/model.sig\n  certificate-chain: [/repo/c.pem, d.pem]')
        .options,
    ).toEqual({
      'sign-model': { signature: '/repo/sigs/model.sig', 'certificate-chain': ['/repo/c.pem', 'd.pem'] },
    });
    // `anywhere` (the signer's chain from a secret mount) is for inputs and the command line only.
    expect(() => parse('sign-model:\n  certificate-chain: [/tmp/x/outside-cert.pem]')).toThrow(
      new UsageError(
        'PATH_OUTSIDE_ROOT',
        'config .github/mlsec.yml: key sign-model.certificate-chain: "/tmp/x/outside-cert.pem" is outside /repo',
      ),
    );
    expect(() => parse('verify-provenance:\n  public-key: ../pub.pem')).toThrow(
      'config .github/mlsec.yml: key verify-provenance.public-key: "../pub.pem" is outside /repo',
    );
  });

  it('uses the given display name in every message', () => {
    expect(() => parseConfig('fial-on: x', 'custom/config.yml', ROOT, specs)).toThrow(
      'config custom/config.yml: key fial-on: unknown key (did you mean fail-on?)',
    );
  });

  it('takes option specs from the map it is given', () => {
    const custom = new Map([
      ['scan-model', [{ name: 'depth', type: 'number', description: 'd' } as OptionSpec]],
    ]);
    expect(parseConfig('scan-model:\n  depth: 3', FILE, ROOT, custom as never).options).toEqual({
      'scan-model': { depth: 3 },
    });
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads and parses a file', async () => {
    const file = path.join(dir, 'mlsec.yml');
    await writeFile(file, 'fail-on: note\nscan-pii:\n  min-confidence: "0.9"\n');
    const config = await loadConfig(file, DEFAULT_CONFIG_FILE, dir, specs, true);
    expect(config.failOn).toBe('note');
    expect(config.options).toEqual({ 'scan-pii': { 'min-confidence': 0.9 } });
  });

  it('treats a missing default file as the empty config', async () => {
    expect(await loadConfig(path.join(dir, 'absent.yml'), DEFAULT_CONFIG_FILE, dir, specs, false)).toBe(
      EMPTY_CONFIG,
    );
  });

  it('refuses a missing named file', async () => {
    const error = await loadConfig(path.join(dir, 'absent.yml'), 'ci/mlsec.yml', dir, specs, true).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('FILE_NOT_FOUND');
    expect((error as UsageError).message).toMatch(/^config ci\/mlsec\.yml: cannot be read \(ENOENT: /);
  });

  it('refuses an unreadable default file that exists (a directory)', async () => {
    const error = await loadConfig(dir, DEFAULT_CONFIG_FILE, dir, specs, false).catch(
      (caught: unknown) => caught,
    );
    expect((error as UsageError).code).toBe('FILE_NOT_FOUND');
    expect((error as UsageError).message).toMatch(/^config \.github\/mlsec\.yml: cannot be read \(EISDIR: /);
  });

  it('names the display name in parse errors', async () => {
    const file = path.join(dir, 'bad.yml');
    await writeFile(file, 'fail-on: loud\n');
    await expect(loadConfig(file, 'shown.yml', dir, specs, true)).rejects.toThrow(
      'config shown.yml: key fail-on: Invalid option: expected one of "error"|"warning"|"note"|"never"',
    );
  });
});

describe('parseOptionValue', () => {
  it('never quotes the value of a secret option in an error', () => {
    for (const type of ['number', 'boolean', 'string'] as const) {
      const spec: OptionSpec = { name: 'token', type, secret: true, description: 'd', choices: ['a'] };
      expect(() => parseOptionValue(spec, 'hunter2', 'input')).toThrow(
        /^input token: expected .*, got \(a secret, not shown\)$/,
      );
    }
  });

  const spec = (partial: Partial<OptionSpec> & Pick<OptionSpec, 'type'>): OptionSpec => ({
    name: 'opt',
    description: 'd',
    ...partial,
  });

  it('parses booleans case-insensitively and trimmed', () => {
    expect(parseOptionValue(spec({ type: 'boolean' }), ' TRUE ', 'input')).toBe(true);
    expect(parseOptionValue(spec({ type: 'boolean' }), 'False', 'input')).toBe(false);
    expect(() => parseOptionValue(spec({ type: 'boolean' }), 'yes', 'input')).toThrow(
      'input opt: expected true or false, got "yes"',
    );
  });

  it('parses finite numbers only', () => {
    expect(parseOptionValue(spec({ type: 'number' }), ' 0.25 ', 'flag')).toBe(0.25);
    expect(parseOptionValue(spec({ type: 'number' }), '-3', 'flag')).toBe(-3);
    for (const raw of ['', '  ', 'abc', 'Infinity', 'NaN', '1e999']) {
      expect(() => parseOptionValue(spec({ type: 'number' }), raw, 'flag')).toThrow(
        `flag opt: expected a number, got ${JSON.stringify(raw)}`,
      );
    }
  });

  it('splits lists on commas and newlines, dropping empty items', () => {
    expect(parseOptionValue(spec({ type: 'list' }), 'a, b\nc,,\n d ', 'input')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseOptionValue(spec({ type: 'list' }), '', 'input')).toEqual([]);
    expect(() => parseOptionValue(spec({ type: 'list', choices: ['x', 'y'] }), 'x, z', 'input')).toThrow(
      'input opt: expected one of x, y, got "z"',
    );
  });

  it('trims strings and checks choices', () => {
    expect(parseOptionValue(spec({ type: 'string', choices: ['a', 'b'] }), ' b ', 'input')).toBe('b');
    expect(() => parseOptionValue(spec({ type: 'string', choices: ['a', 'b'] }), 'c', 'input')).toThrow(
      new UsageError('INVALID_INPUT', 'input opt: expected one of a, b, got "c"'),
    );
  });
});

describe('suggest', () => {
  it('suggests the closest name within a small edit distance', () => {
    expect(suggest('fial-on', ['fail-on', 'scope'])).toBe('fail-on');
    expect(suggest('scop', ['fail-on', 'scope'])).toBe('scope');
    expect(suggest('zzzzzz', ['fail-on', 'scope'])).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
  });

  it('allows more edits for longer names', () => {
    // 13 characters: up to 4 edits; this one needs 3.
    expect(suggest('robusnes-chek', ['robustness-check', 'scan-model'])).toBe('robustness-check');
    // 3 characters: at most 2 edits.
    expect(suggest('abc', ['xyz'])).toBeUndefined();
    expect(suggest('abc', ['xbz'])).toBe('xbz');
  });
});
