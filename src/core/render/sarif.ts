import type { Finding, Rule } from '../findings.js';
import { locationUri } from '../escape.js';
import type { CheckReport } from '../report.js';
import type { SuppressionKind } from '../policy.js';

/** SARIF 2.1.0, one run per check, shaped for GitHub code scanning (`upload-sarif`). */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'mlsecFingerprint/v1';

export interface ToolInfo {
  version: string;
  informationUri: string;
}

type Json = Record<string, unknown>;

export interface SarifOptions {
  /** Code scanning category given by the user (the `category` input); empty means the default. */
  category?: string;
  /**
   * Several checks in one file (the umbrella action, `mlsec check`): each run keeps its own
   * category, so code scanning never mixes the results of two checks.
   */
  combined?: boolean;
}

/** Code scanning's category for one check's SARIF: `mlsec/<category or check>`. */
export function sarifCategory(check: string, category?: string): string {
  return `mlsec/${category || check}`;
}

/** `automationDetails.id` of a run: its category with the trailing slash code scanning expects. */
export function automationId(check: string, options: SarifOptions = {}): string {
  if (!options.combined) return `${sarifCategory(check, options.category)}/`;
  return options.category ? `${options.category.replace(/\/+$/, '')}/${check}/` : `mlsec/${check}/`;
}

function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function sarifRule(rule: Rule): Json {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: rule.defaultLevel },
    properties: {
      tags: [
        'security',
        ...rule.owaspMl.map((id) => `owasp-ml/${id}`),
        ...rule.atlas.map((id) => `mitre-atlas/${id}`),
      ],
      'security-severity': rule.securitySeverity.toFixed(1),
      precision: 'high',
    },
  };
}

function sarifLocation(finding: Finding): Json {
  const { location } = finding;
  const region: Json = {};
  if (location.line !== undefined) {
    region.startLine = location.line;
    if (location.column !== undefined) region.startColumn = location.column;
    if (location.endLine !== undefined) region.endLine = location.endLine;
    if (location.endColumn !== undefined) region.endColumn = location.endColumn;
  }
  return {
    physicalLocation: {
      artifactLocation: { uri: locationUri(location.path) },
      ...(location.line !== undefined ? { region } : {}),
    },
  };
}

const SARIF_SUPPRESSION_KIND: Record<SuppressionKind, string> = {
  inline: 'inSource',
  config: 'external',
  baseline: 'external',
};

function sarifResult(
  finding: Finding,
  ruleIndex: ReadonlyMap<string, number>,
  suppression?: { kind: SuppressionKind; justification: string },
): Json {
  const properties: Json = { ...finding.properties };
  if (finding.location.member !== undefined) properties.member = finding.location.member;
  const result: Json = {
    ruleId: finding.ruleId,
    level: finding.level,
    message: { text: finding.message },
    locations: [sarifLocation(finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
  const index = ruleIndex.get(finding.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  if (Object.keys(properties).length > 0) result.properties = properties;
  if (suppression) {
    result.suppressions = [
      {
        kind: SARIF_SUPPRESSION_KIND[suppression.kind],
        status: 'accepted',
        justification: suppression.justification,
      },
    ];
  }
  return result;
}

export function sarifRun(report: CheckReport, tool: ToolInfo, options: SarifOptions = {}): Json {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  return {
    tool: {
      driver: {
        name: 'mlsec',
        version: tool.version,
        semanticVersion: tool.version,
        informationUri: tool.informationUri,
        rules: report.rules.map(sarifRule),
      },
    },
    automationDetails: { id: automationId(report.check, options) },
    // Findings outside the diff stay in: code scanning compares a pull request's upload with its
    // base branch, and a result missing here would read as fixed by the pull request.
    results: [
      ...report.findings.map((finding) => sarifResult(finding, ruleIndex)),
      ...report.outOfScopeFindings.map((finding) => sarifResult(finding, ruleIndex)),
      ...report.suppressed.map((entry) => sarifResult(entry.finding, ruleIndex, entry)),
      ...report.outOfScopeSuppressed.map((entry) => sarifResult(entry.finding, ruleIndex, entry)),
    ],
    properties: { check: report.check, metrics: report.metrics },
  };
}

export function toSarif(reports: readonly CheckReport[], tool: ToolInfo, options: SarifOptions = {}): Json {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: reports.map((report) => sarifRun(report, tool, options)),
  };
}
