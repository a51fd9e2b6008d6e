import type { Finding, Rule } from '../../src/core/findings.js';
import type { CheckReport } from '../../src/core/report.js';

export const SSN_RULE: Rule = {
  id: 'pii/us-ssn',
  title: 'US Social Security number',
  help: 'A US SSN in data. **Remove or mask it.**',
  defaultLevel: 'error',
  securitySeverity: 8,
  owaspMl: ['ML03', 'ML04'],
  atlas: ['AML.T0024'],
};

export const PICKLE_RULE: Rule = {
  id: 'model/pickle-unsafe-global',
  title: 'Pickle imports an unsafe global',
  help: 'Loading this file runs code.',
  defaultLevel: 'error',
  securitySeverity: 9.8,
  owaspMl: ['ML06'],
  atlas: ['AML.T0010.001'],
};

export function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId'>): Finding {
  return {
    level: 'error',
    message: 'm',
    location: { path: 'a.txt' },
    fingerprint: `v1:${partial.ruleId}`,
    ...partial,
  };
}

export function report(partial: Partial<CheckReport> = {}): CheckReport {
  return {
    check: 'scan-pii',
    rules: [SSN_RULE],
    findings: [],
    suppressed: [],
    outOfScope: 0,
    outOfScopeFindings: [],
    outOfScopeSuppressed: [],
    metrics: {},
    artifacts: [],
    tables: [],
    charts: [],
    failOn: 'error',
    failed: false,
    ...partial,
  };
}
