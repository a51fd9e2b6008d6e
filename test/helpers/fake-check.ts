import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { CheckDefinition } from '../../src/core/check.js';
import type { CheckName, Finding, Level, Rule } from '../../src/core/findings.js';
import { walkFiles } from '../../src/core/paths.js';
import { plainFingerprint } from '../../src/core/redaction.js';

/**
 * A check for exercising the shared machinery end to end: every `FINDME:<level>:<text>` in a
 * scanned file becomes a finding of rule `test/planted` at that line and column, with <text>
 * (untrusted file content) in its message.
 */

export const PLANTED_RULE: Rule = {
  id: 'test/planted',
  title: 'Planted test finding',
  help: 'A finding planted by the test suite.',
  defaultLevel: 'error',
  securitySeverity: 7.5,
  owaspMl: ['ML06'],
  atlas: ['AML.T0010'],
};

const MARKER = /FINDME:(error|warning|note):([^\n]*)/g;

export function fakeCheck(name: CheckName = 'scan-pii'): CheckDefinition {
  return {
    name,
    summary: 'test check',
    positional: { name: 'paths', description: 'paths', default: ['.'] },
    options: [],
    async run(context) {
      const findings: Finding[] = [];
      const excluded = picomatch([...context.exclude], { dot: true });
      for (const start of context.paths) {
        const { files } = await walkFiles(context.root, path.resolve(context.root, start), {
          exclude: (relative) => excluded(relative) || relative.startsWith('.git/'),
        });
        for (const file of files) {
          // File names are untrusted too: progress carries them to the job log.
          context.progress(`scanning ${file.relative}`);
          const lines = (await readFile(file.absolute, 'utf8')).split('\n');
          lines.forEach((text, index) => {
            for (const match of text.matchAll(MARKER)) {
              findings.push({
                ruleId: PLANTED_RULE.id,
                level: match[1] as Level,
                message: `planted ${match[2]}`,
                location: { path: file.relative, line: index + 1, column: match.index + 1 },
                fingerprint: plainFingerprint(PLANTED_RULE.id, file.relative, `${index}:${match[0]}`),
              });
            }
          });
        }
      }
      return {
        check: name,
        rules: [PLANTED_RULE],
        findings,
        metrics: { files: findings.length },
        artifacts: [],
      };
    },
  };
}
