import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { CHECK_NAMES } from '../../src/core/findings.js';
import type { CheckDefinition } from '../../src/core/check.js';
import { checkActionYaml } from '../../src/github/action-metadata.js';
import { COMMON_INPUTS } from '../../src/github/inputs.js';
import { fakeCheck } from '../helpers/fake-check.js';
import { readActionMetadata } from '../helpers/run-action.js';

const root = path.resolve(import.meta.dirname, '../..');
const actionFiles = [
  'action.yml',
  ...readdirSync(path.join(root, 'actions')).map((dir) => `actions/${dir}/action.yml`),
];

describe('action.yml files', () => {
  it('exist for the umbrella and every check, and for nothing else', () => {
    expect(actionFiles.sort()).toEqual(
      ['action.yml', ...CHECK_NAMES.map((c) => `actions/${c}/action.yml`)].sort(),
    );
  });

  it.each(actionFiles)('%s is valid against GitHub’s action schema', (file) => {
    const content = readFileSync(path.join(root, file), 'utf8');
    const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it('the schema check rejects a malformed action.yml', () => {
    const content =
      'name: x\ndescription: y\ninputs:\n  a:\n    descripton: typo\nruns:\n  using: node24\n  mian: x.js\n';
    const result = parseAction({ name: 'bad.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it.each(actionFiles)('%s runs the node24 runtime on a bundled entry in dist/', async (file) => {
    const metadata = await readActionMetadata(path.join(root, file));
    expect(metadata.runs.using).toBe('node24');
    const main = path.resolve(root, path.dirname(file), metadata.runs.main);
    expect(main.startsWith(path.join(root, 'dist') + path.sep)).toBe(true);
    expect(existsSync(main)).toBe(true);
    // A tiny entry over the shared chunk, as codeql-action does.
    expect(readFileSync(main, 'utf8').length).toBeLessThan(1024);
  });

  it.each(actionFiles)('%s has kebab-case inputs, each described', async (file) => {
    const metadata = await readActionMetadata(path.join(root, file));
    for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
      expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(input.description.length).toBeGreaterThan(10);
    }
    expect(Object.keys(metadata.outputs ?? {})).toEqual(
      expect.arrayContaining(['sarif-file', 'summary', 'result', 'findings', 'category']),
    );
  });

  it.each([...CHECKS.values()].map((check) => [check.name, check] as const))(
    'actions/%s declares the check’s options and the common inputs, in that order',
    async (name, check) => {
      const metadata = await readActionMetadata(path.join(root, 'actions', name, 'action.yml'));
      const positional =
        check.positional.default.length || check.positional.name !== 'paths' ? [check.positional.name] : [];
      expect(Object.keys(metadata.inputs ?? {})).toEqual([
        ...positional,
        ...check.options.map((spec) => spec.name),
        ...COMMON_INPUTS.map((spec) => spec.name),
      ]);
      // Inputs the config file can set must reach the code empty unless the user sets them.
      for (const spec of check.options) expect(metadata.inputs?.[spec.name]?.default).toBeUndefined();
      expect(metadata.inputs?.token?.default).toBe('${{ github.token }}');
    },
  );

  it('declares a path option exactly like a string option', async () => {
    const withOption = (type: 'path' | 'string'): CheckDefinition => ({
      ...fakeCheck('sign-model'),
      options: [
        { name: 'signature', type, description: 'Where to write the signature.', default: 'model.sig' },
      ],
    });
    const asPath = parse(checkActionYaml(withOption('path'))) as { inputs: Record<string, unknown> };
    const asString = parse(checkActionYaml(withOption('string'))) as { inputs: Record<string, unknown> };
    expect(asPath.inputs.signature).toEqual(asString.inputs.signature);
    expect(asPath.inputs.signature).toEqual({
      description: 'Where to write the signature. Default: `model.sig`.',
      required: false,
    });
  });

  it('declares the new common inputs with their defaults', async () => {
    const metadata = await readActionMetadata(path.join(root, 'action.yml'));
    expect(metadata.inputs?.['comment-author']?.default).toBe('github-actions[bot]');
    expect(metadata.inputs?.['inline-suppressions']?.default).toBe('true');
    expect(metadata.inputs?.category?.default).toBeUndefined();
  });
});
