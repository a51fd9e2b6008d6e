import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { BundleError, parseBundle } from './bundle.js';
import { describeIdentity, type IdentityPolicy, identityMismatches } from './policy.js';
import { type SigstoreVerification, type TrustRoot, verifySigstoreBundle } from './sigstore.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.js';

/**
 * Verification of artifact attestations as `actions/attest-build-provenance` and `actions/attest`
 * write them (what `gh attestation verify` checks): a Sigstore bundle whose DSSE payload is an
 * in-toto statement naming the artifact's digest, signed by an identity the policy accepts.
 */

const STATEMENT_TYPES = new Set(['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']);
const DIGESTS = ['sha256', 'sha512'] as const;

export interface AttestationPolicy extends IdentityPolicy {
  predicateType: string;
  /** `runDetails.builder.id` of a SLSA v1 predicate, exactly. */
  builderId?: string;
}

export interface AttestationResult {
  verified: boolean;
  /** One line per bundle in the file that did not verify for the artifact. */
  problems: string[];
  signer?: string;
  predicateType?: string;
  signedAt?: Date;
}

/** The bundles in an attestation file: one JSON document, or JSON Lines (one bundle a line). */
export function splitAttestations(text: string, limit = Infinity): { bundles: string[]; total: number } {
  const trimmed = text.trim();
  if (trimmed === '') return { bundles: [], total: 0 };
  if (!trimmed.includes('\n')) return { bundles: [trimmed], total: 1 };
  try {
    JSON.parse(trimmed);
    return { bundles: [trimmed], total: 1 };
  } catch {
    // Lines are taken one at a time up to the limit; the rest are only counted (without a copy).
    const bundles: string[] = [];
    let total = 0;
    const nonBlank = /\S|\n/g;
    for (let start = 0; start < trimmed.length;) {
      const newline = trimmed.indexOf('\n', start);
      const end = newline === -1 ? trimmed.length : newline;
      nonBlank.lastIndex = start;
      const found = nonBlank.exec(trimmed);
      if (found && found.index < end && found[0] !== '\n') {
        total += 1;
        if (bundles.length < limit) bundles.push(trimmed.slice(start, end).trim());
      }
      start = end + 1;
    }
    return { bundles, total };
  }
}

export async function artifactDigests(file: string): Promise<Record<(typeof DIGESTS)[number], string>> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile())
      throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    const hashes = DIGESTS.map((name) => createHash(name));
    for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) {
      for (const hash of hashes) hash.update(chunk as Buffer);
    }
    return { sha256: hashes[0]!.digest('hex'), sha512: hashes[1]!.digest('hex') };
  } finally {
    await handle.close();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkStatement(
  payload: Buffer,
  digests: Record<string, string>,
  policy: AttestationPolicy,
): { problems: string[]; predicateType?: string } {
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch {
    return { problems: ['the payload is not JSON'] };
  }
  if (!isRecord(statement) || !STATEMENT_TYPES.has(String(statement._type)))
    return { problems: ['the payload is not an in-toto statement'] };
  const problems: string[] = [];
  const predicateType = typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
  if (predicateType !== policy.predicateType)
    problems.push(`predicate type is ${predicateType ?? 'absent'}, not ${policy.predicateType}`);
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const matches = subjects.some(
    (subject) =>
      isRecord(subject) &&
      isRecord(subject.digest) &&
      Object.entries(subject.digest).some(
        ([algorithm, value]) =>
          typeof value === 'string' &&
          digests[algorithm] !== undefined &&
          digests[algorithm] === value.toLowerCase(),
      ),
  );
  if (!matches) problems.push('no subject of the attestation has the artifact digest');
  if (policy.builderId !== undefined) {
    const predicate = isRecord(statement.predicate) ? statement.predicate : {};
    const runDetails = isRecord(predicate.runDetails) ? predicate.runDetails : {};
    const builder = isRecord(runDetails.builder) ? runDetails.builder : {};
    if (builder.id !== policy.builderId)
      problems.push(
        `builder id is ${typeof builder.id === 'string' ? builder.id : 'absent'}, not ${policy.builderId}`,
      );
  }
  return { problems, ...(predicateType ? { predicateType } : {}) };
}

/** Bundles read from one file (`gh` fetches 30): more is not an attestation file but a flood. */
export const MAX_ATTESTATIONS = 100;
/** Problems listed per artifact; the rest are counted. */
const MAX_PROBLEMS = 10;

type CheckedBundle =
  | { label: string; problem: string }
  | { label: string; verified: SigstoreVerification; identityProblems: string[] };

export interface CheckedAttestations {
  bundles: CheckedBundle[];
  /** Bundles past MAX_ATTESTATIONS, not read. */
  skipped: number;
}

/** Verifies each bundle's signature and signer once, whatever the number of artifacts. */
export function checkAttestations(
  text: string,
  trust: TrustRoot,
  policy: AttestationPolicy,
): CheckedAttestations {
  const split = splitAttestations(text, MAX_ATTESTATIONS);
  const bundles = split.bundles.map((bundleText, index): CheckedBundle => {
    const label = split.total > 1 ? `bundle ${index + 1}: ` : '';
    try {
      const bundle = parseBundle(bundleText);
      const verified = verifySigstoreBundle(bundle.json, trust);
      if (verified.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw new BundleError('MALFORMED_BUNDLE', 'the payload is not an in-toto statement');
      return { label, verified, identityProblems: identityMismatches(verified.claims, policy) };
    } catch (error) {
      if (!(error instanceof Error) || !['BundleError', 'SigstoreError'].includes(error.name)) throw error;
      return { label, problem: error.message };
    }
  });
  return { bundles, skipped: Math.max(0, split.total - bundles.length) };
}

/** The artifact passes if one verified bundle names its digest and matches the policy. */
export function matchAttestations(
  checked: CheckedAttestations,
  digests: Record<string, string>,
  policy: AttestationPolicy,
): AttestationResult {
  if (checked.bundles.length === 0)
    return { verified: false, problems: ['the attestation file holds no bundle'] };
  const problems: string[] = [];
  for (const entry of checked.bundles) {
    if ('problem' in entry) {
      problems.push(`${entry.label}${entry.problem}`);
      continue;
    }
    const statement = checkStatement(entry.verified.payload, digests, policy);
    const mismatches = [...entry.identityProblems, ...statement.problems];
    if (mismatches.length === 0) {
      return {
        verified: true,
        problems: [],
        signer: describeIdentity(entry.verified.claims),
        ...(statement.predicateType ? { predicateType: statement.predicateType } : {}),
        ...(entry.verified.signedAt ? { signedAt: entry.verified.signedAt } : {}),
      };
    }
    problems.push(`${entry.label}${mismatches.join('; ')}`);
  }
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS)
    shown.push(`${problems.length - MAX_PROBLEMS} more bundles did not verify`);
  if (checked.skipped > 0)
    shown.push(`${checked.skipped} bundles past the first ${MAX_ATTESTATIONS} were not read`);
  return { verified: false, problems: shown };
}

/** Verifies every bundle in `text` for the artifact; it passes if one of them verifies fully. */
export function verifyAttestations(
  text: string,
  digests: Record<string, string>,
  trust: TrustRoot,
  policy: AttestationPolicy,
): AttestationResult {
  return matchAttestations(checkAttestations(text, trust, policy), digests, policy);
}
