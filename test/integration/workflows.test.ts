import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const workflows = readdirSync(path.join(root, '.github/workflows')).map(
  (name) => `.github/workflows/${name}`,
);

interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: Array<{ uses?: string }> }>;
}

/** Every `uses:` in a YAML snippet of the README or a workflow. */
function usesOf(text: string): string[] {
  return [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)].map((m) => m[1]!);
}

describe('workflows', () => {
  it.each(workflows)('%s is a valid workflow', (file) => {
    const content = readFileSync(path.join(root, file), 'utf8');
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(workflows)(
    '%s sets least-privilege permissions at the top and pins third-party actions by SHA',
    (file) => {
      const content = readFileSync(path.join(root, file), 'utf8');
      const workflow = parse(content) as Workflow;
      expect(workflow.permissions).toEqual({ contents: 'read' });
      for (const use of usesOf(content)) {
        if (use.startsWith('./')) continue;
        expect(use).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
    },
  );

  it.each(workflows)('%s passes only declared inputs to the local actions', (file) => {
    const workflow = parse(readFileSync(path.join(root, file), 'utf8')) as {
      jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('./')) continue;
        const action = parse(readFileSync(path.join(root, step.uses, 'action.yml'), 'utf8')) as {
          inputs: Record<string, unknown>;
        };
        for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
      }
    }
  });

  it('the README examples pin third-party actions by SHA and declare permissions', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((b) => b.includes('jobs:'));
    expect(yamlBlocks.length).toBeGreaterThan(0);
    for (const block of yamlBlocks) {
      expect(block).toMatch(/^permissions:\n/m);
      for (const use of usesOf(block)) {
        if (use.startsWith('<owner>/mlsec')) continue;
        expect(use).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });
});
