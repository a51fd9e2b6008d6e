import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { BundleError, parseBundle } from './bundle.js';
import { describeIdentity, type IdentityPolicy, identityMismatches } from './policy.js';
import { type TrustRoot, verifySigstoreBundle } from './sigstore.js';
import { IN_TOTO_PAYLOAD_TYPE } from './statement.js';

/**
 * Verification of artifact attestations as `actions/attest-build-provenance` and `actions/attest`
 * write them (what `gh attestation verify` checks): a Sigstore bundle whose DSSE payload is an
 * in-toto statement naming the artifact's digest, signed by an identity the policy accepts.
 */

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
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
export function splitAttestations(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    JSON.parse(trimmed);
    return [trimmed];
  } catch {
    return trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
  }
}

export async function artifactDigests(file: string): Promise<Record<(typeof DIGESTS)[number], string>> {
  const hashes = DIGESTS.map((name) => createHash(name));
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    for (const hash of hashes) hash.update(chunk as Buffer);
  }
  return { sha256: hashes[0]!.digest('hex'), sha512: hashes[1]!.digest('hex') };
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

/** Verifies every bundle in `text` for the artifact; it passes if one of them verifies fully. */
export function verifyAttestations(
  text: string,
  digests: Record<string, string>,
  trust: TrustRoot,
  policy: AttestationPolicy,
): AttestationResult {
  const bundles = splitAttestations(text);
  if (bundles.length === 0) return { verified: false, problems: ['the attestation file holds no bundle'] };
  const problems: string[] = [];
  for (const [index, bundleText] of bundles.entries()) {
    const label = bundles.length > 1 ? `bundle ${index + 1}: ` : '';
    try {
      const bundle = parseBundle(bundleText);
      const verified = verifySigstoreBundle(bundle.json, trust);
      if (verified.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw new BundleError('MALFORMED_BUNDLE', 'the payload is not an in-toto statement');
      const statement = checkStatement(verified.payload, digests, policy);
      const mismatches = [...identityMismatches(verified.claims, policy), ...statement.problems];
      if (mismatches.length === 0) {
        return {
          verified: true,
          problems: [],
          signer: describeIdentity(verified.claims),
          ...(statement.predicateType ? { predicateType: statement.predicateType } : {}),
          ...(verified.signedAt ? { signedAt: verified.signedAt } : {}),
        };
      }
      problems.push(`${label}${mismatches.join('; ')}`);
    } catch (error) {
      if (!(error instanceof Error) || !['BundleError', 'SigstoreError'].includes(error.name)) throw error;
      problems.push(`${label}${error.message}`);
    }
  }
  return { verified: false, problems };
}
