import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/core/render/sarif.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { finding, PICKLE_RULE, report, SSN_RULE } from './fixtures.js';

const tool = { version: '1.2.3', informationUri: 'https://example.invalid/mlsec' };

describe('SARIF renderer', () => {
  const ssn = finding({
    ruleId: 'pii/us-ssn',
    message: 'US SSN in column `ssn` (***-**-6789)',
    location: { path: 'data/train set.csv', line: 12, column: 5 },
    fingerprint: 'v1:k:abc',
    properties: { entity: 'US_SSN' },
  });
  const pickle = finding({
    ruleId: 'model/pickle-unsafe-global',
    message: 'imports os.system',
    location: { path: 'models/m.pt', member: 'archive/data.pkl' },
    fingerprint: 'v1:def',
  });

  it('renders one run per check with full rule metadata, exactly', () => {
    const log = toSarif(
      [
        report({ findings: [ssn], failed: true }),
        report({ check: 'scan-model', rules: [PICKLE_RULE], findings: [pickle], metrics: { files: 1 } }),
      ],
      tool,
    );
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'mlsec',
              version: '1.2.3',
              semanticVersion: '1.2.3',
              informationUri: 'https://example.invalid/mlsec',
              rules: [
                {
                  id: 'pii/us-ssn',
                  name: 'PiiUsSsn',
                  shortDescription: { text: 'US Social Security number' },
                  fullDescription: { text: 'US Social Security number' },
                  help: { text: SSN_RULE.help, markdown: SSN_RULE.help },
                  defaultConfiguration: { level: 'error' },
                  properties: {
                    tags: ['security', 'owasp-ml/ML03', 'owasp-ml/ML04', 'mitre-atlas/AML.T0024'],
                    'security-severity': '8.0',
                    precision: 'high',
                  },
                },
              ],
            },
          },
          automationDetails: { id: 'mlsec/scan-pii/' },
          results: [
            {
              ruleId: 'pii/us-ssn',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'US SSN in column `ssn` (***-**-6789)' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'data/train%20set.csv' },
                    region: { startLine: 12, startColumn: 5 },
                  },
                },
              ],
              partialFingerprints: { 'mlsecFingerprint/v1': 'v1:k:abc' },
              properties: { entity: 'US_SSN' },
            },
          ],
          properties: { check: 'scan-pii', metrics: {} },
        },
        {
          tool: {
            driver: {
              name: 'mlsec',
              version: '1.2.3',
              semanticVersion: '1.2.3',
              informationUri: 'https://example.invalid/mlsec',
              rules: [
                {
                  id: 'model/pickle-unsafe-global',
                  name: 'ModelPickleUnsafeGlobal',
                  shortDescription: { text: 'Pickle imports an unsafe global' },
                  fullDescription: { text: 'Pickle imports an unsafe global' },
                  help: { text: 'Loading this file runs code.', markdown: 'Loading this file runs code.' },
                  defaultConfiguration: { level: 'error' },
                  properties: {
                    tags: ['security', 'owasp-ml/ML06', 'mitre-atlas/AML.T0010.001'],
                    'security-severity': '9.8',
                    precision: 'high',
                  },
                },
              ],
            },
          },
          automationDetails: { id: 'mlsec/scan-model/' },
          results: [
            {
              ruleId: 'model/pickle-unsafe-global',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'imports os.system' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'models/m.pt' } } }],
              partialFingerprints: { 'mlsecFingerprint/v1': 'v1:def' },
              properties: { member: 'archive/data.pkl' },
            },
          ],
          properties: { check: 'scan-model', metrics: { files: 1 } },
        },
      ],
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('keeps suppressed findings, marked with the suppression and its reason', () => {
    const log = toSarif(
      [
        report({
          suppressed: [
            { finding: ssn, kind: 'inline', justification: 'mlsec-ignore comment on line 11' },
            {
              finding: { ...ssn, fingerprint: 'v1:k:other' },
              kind: 'baseline',
              justification: 'accepted in the baseline file',
            },
          ],
        }),
      ],
      tool,
    ) as { runs: Array<{ results: Array<{ suppressions: unknown }> }> };
    expect(log.runs[0]!.results.map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', status: 'accepted', justification: 'mlsec-ignore comment on line 11' }],
      [{ kind: 'external', status: 'accepted', justification: 'accepted in the baseline file' }],
    ]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('keeps findings outside the diff as ordinary results, and suppressed ones as suppressed', () => {
    const outside = finding({
      ruleId: 'pii/us-ssn',
      location: { path: 'old.csv', line: 3 },
      fingerprint: 'v1:k:old',
    });
    const log = toSarif(
      [
        report({
          findings: [ssn],
          outOfScope: 2,
          outOfScopeFindings: [outside],
          outOfScopeSuppressed: [
            {
              finding: { ...outside, fingerprint: 'v1:k:base' },
              kind: 'baseline',
              justification: 'accepted in the baseline file',
            },
          ],
        }),
      ],
      tool,
    ) as {
      runs: Array<{
        results: Array<{ partialFingerprints: Record<string, string>; suppressions?: unknown }>;
      }>;
    };
    expect(
      log.runs[0]!.results.map((r) => [
        r.partialFingerprints['mlsecFingerprint/v1'],
        r.suppressions !== undefined,
      ]),
    ).toEqual([
      ['v1:k:abc', false],
      ['v1:k:old', false],
      ['v1:k:base', true],
    ]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('names runs by category: one check, or one run per check in a combined file', () => {
    const ids = (log: unknown) =>
      (log as { runs: Array<{ automationDetails: { id: string } }> }).runs.map((r) => r.automationDetails.id);
    const two = [report(), report({ check: 'scan-model' })];
    expect(ids(toSarif([report()], tool))).toEqual(['mlsec/scan-pii/']);
    expect(ids(toSarif([report()], tool, { category: 'pii-data' }))).toEqual(['mlsec/pii-data/']);
    expect(ids(toSarif(two, tool, { combined: true }))).toEqual(['mlsec/scan-pii/', 'mlsec/scan-model/']);
    expect(ids(toSarif(two, tool, { combined: true, category: 'nightly' }))).toEqual([
      'nightly/scan-pii/',
      'nightly/scan-model/',
    ]);
  });

  it('an empty run is still valid SARIF that lists the rules', () => {
    const log = toSarif([report()], tool) as {
      runs: Array<{ results: unknown[]; tool: { driver: { rules: unknown[] } } }>;
    };
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(1);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('the schema check catches an invalid log', () => {
    expect(
      sarifSchemaErrors({ version: '2.1.0', runs: [{ results: [{ level: 'fatal' }] }] }).length,
    ).toBeGreaterThan(0);
  });
});
