import type { CertificateClaims } from './sigstore.js';

/**
 * Who may have signed: the certificate identity (exact, or a regex anchored with `^`), the OIDC
 * issuer, and the GitHub Actions claims Fulcio records (source repository and ref, signer
 * workflow, runner environment). Every stated condition must hold.
 */

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

export interface IdentityPolicy {
  identity?: string | RegExp;
  issuer?: string;
  /** `owner/name` or the repository URL. */
  repository?: string;
  sourceRef?: string;
  /** `owner/name/path/to/workflow.yml`, optionally with `@ref`. */
  signerWorkflow?: string;
  githubHostedRunner?: boolean;
}

export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
}

/**
 * `identity` as the user wrote it: a leading `^` makes it a regular expression, which must match
 * the whole identity (a prefix match would let `...@refs/heads/main-evil` pass for `main`); write
 * `.*` where any tail is fine.
 */
export function parseIdentity(value: string, what: string): string | RegExp {
  if (!value.startsWith('^')) return value;
  const body = value.slice(1).replace(/(?<!\\)\$$/, '');
  try {
    return new RegExp(`^(?:${body})$`, 'u');
  } catch (error) {
    throw new PolicyInputError(`${what} is not a valid regular expression (${(error as Error).message})`);
  }
}

function githubUrl(value: string): string {
  return /^https?:\/\//.test(value) ? value : `https://github.com/${value}`;
}

export function describeIdentity(claims: CertificateClaims): string {
  const who = claims.subjectAlternativeName ?? '(no identity)';
  return claims.issuer ? `${who} (issuer ${claims.issuer})` : who;
}

/** The conditions that fail, each a sentence; empty when the signer matches the policy. */
export function identityMismatches(claims: CertificateClaims, policy: IdentityPolicy): string[] {
  const problems: string[] = [];
  const identity = claims.subjectAlternativeName;
  if (policy.identity !== undefined) {
    const ok =
      identity !== undefined &&
      (typeof policy.identity === 'string' ? identity === policy.identity : policy.identity.test(identity));
    if (!ok) {
      const wanted = typeof policy.identity === 'string' ? policy.identity : `/${policy.identity.source}/`;
      problems.push(`signed by ${identity ?? 'no identity'}, not ${wanted}`);
    }
  }
  if (policy.issuer !== undefined && claims.issuer !== policy.issuer) {
    problems.push(`OIDC issuer is ${claims.issuer ?? 'absent'}, not ${policy.issuer}`);
  }
  if (policy.repository !== undefined) {
    const expected = githubUrl(policy.repository).toLowerCase();
    if ((claims.sourceRepositoryUri ?? '').toLowerCase() !== expected) {
      problems.push(`source repository is ${claims.sourceRepositoryUri ?? 'absent'}, not ${expected}`);
    }
    // As `gh attestation verify --repo`: without a signer condition, the signing workflow must be
    // the repository's own, not a reusable workflow of somebody else's run on its behalf.
    if (policy.signerWorkflow === undefined && policy.identity === undefined) {
      const signer = claims.buildSignerUri ?? identity ?? '';
      if (!signer.toLowerCase().startsWith(`${expected}/`)) {
        problems.push(
          `signer workflow ${signer || '(absent)'} is not in ${expected} (name it with signer-workflow or identity to trust another repository's workflow)`,
        );
      }
    }
  }
  if (policy.sourceRef !== undefined && claims.sourceRepositoryRef !== policy.sourceRef) {
    problems.push(`source ref is ${claims.sourceRepositoryRef ?? 'absent'}, not ${policy.sourceRef}`);
  }
  if (policy.signerWorkflow !== undefined) {
    const expected = githubUrl(policy.signerWorkflow);
    const signer = claims.buildSignerUri ?? identity ?? '';
    const ok = expected.includes('@') ? signer === expected : signer.startsWith(`${expected}@`);
    if (!ok) problems.push(`signer workflow is ${signer || 'absent'}, not ${expected}`);
  }
  if (policy.githubHostedRunner && claims.runnerEnvironment !== 'github-hosted') {
    problems.push(`runner environment is ${claims.runnerEnvironment ?? 'absent'}, not github-hosted`);
  }
  return problems;
}

/** A keyless signature with no identity condition would accept a signature by anybody. */
export function hasIdentityCondition(policy: IdentityPolicy): boolean {
  return (
    policy.identity !== undefined || policy.repository !== undefined || policy.signerWorkflow !== undefined
  );
}
