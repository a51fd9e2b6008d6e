import type { CheckContext } from '../../core/check.js';
import { isUsageError, UsageError } from '../../core/errors.js';
import { appendFindings, type CheckResult, type Finding, type Rule } from '../../core/findings.js';
import { isModelFileName } from '../../core/model-files.js';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import {
  insideVcsDirectory,
  outsideUserPath,
  relativeInside,
  resolveForReading,
  VCS_DIRECTORY,
  createTreeWalk,
} from '../../core/paths.js';
import { artifactDigests, checkAttestations, matchAttestations } from '../oms/attestation.js';
import { MAX_BUNDLE_BYTES, parseBundle } from '../oms/bundle.js';
import { parseShardName } from '../oms/manifest.js';
import { parseStatement, SLSA_PROVENANCE_V1 } from '../oms/statement.js';
import { FileReadError, modelIgnorePaths, readOptionFile, readRegularFile } from '../oms/inputs.js';
import { KeyError, loadPublicKey } from '../oms/keys.js';
import {
  GITHUB_ACTIONS_ISSUER,
  hasIdentityCondition,
  type IdentityPolicy,
  parseIdentity,
  PolicyInputError,
} from '../oms/policy.js';
import { createHashRunner } from '../oms/runner.js';
import { singleModelPath, threadsOption } from '../oms/shared-options.js';
import { parseTrustedRoot, publicGoodTrustedRoot, SigstoreError, type TrustRoot } from '../oms/sigstore.js';
import { type FailureKind, type ModelVerification, type Trust, verifyModel } from '../oms/verify.js';
import { CertificateError, parsePemCertificates } from '../oms/x509.js';

const OWASP = { owaspMl: ['ML06' as const, 'ML10' as const], atlas: ['AML.T0010', 'AML.T0010.003'] };

const FIX_SIGNATURE =
  'Re-sign the model from a trusted pipeline (`sign-model`), or restore the files that were signed. Do not use the model until it verifies.';

export const RULES: Record<string, Rule> = {
  signatureInvalid: {
    id: 'provenance/signature-invalid',
    title: 'Model signature does not verify',
    help: `The signature bundle is malformed, was not made by the trusted key, certificate or Sigstore identity, or its payload was altered. ${FIX_SIGNATURE}`,
    defaultLevel: 'error',
    securitySeverity: 9.0,
    ...OWASP,
  },
  signerMismatch: {
    id: 'provenance/signer-mismatch',
    title: 'Model signed by an unexpected identity',
    help: 'The signature is cryptographically valid, but the signer (certificate identity, OIDC issuer, repository, ref or workflow) is not the one the policy names. A valid signature by the wrong party proves nothing about the model. Check the `identity`, `identity-provider`, `repo` and `signer-workflow` inputs against the pipeline that signs releases.',
    defaultLevel: 'error',
    securitySeverity: 8.5,
    ...OWASP,
  },
  fileModified: {
    id: 'provenance/file-modified',
    title: 'Model file modified after signing',
    help: `The file's digest differs from the signed one: the model was changed (or tampered with) after it was signed. ${FIX_SIGNATURE}`,
    defaultLevel: 'error',
    securitySeverity: 9.0,
    ...OWASP,
  },
  fileMissing: {
    id: 'provenance/file-missing',
    title: 'Signed model file missing',
    help: `A file the signature covers is not there. A model missing a file may load differently or not at all. ${FIX_SIGNATURE}`,
    defaultLevel: 'error',
    securitySeverity: 7.0,
    ...OWASP,
  },
  fileUnsigned: {
    id: 'provenance/file-unsigned',
    title: 'Model file not covered by the signature',
    help: 'The model directory holds a file the signature does not list: it was added after signing, and loaders may pick it up (an extra pickle, a replaced config). Remove it, re-sign the model, or (if it never belongs to the model) pass it in `ignore-paths` or set `ignore-unsigned-files: true`.',
    defaultLevel: 'error',
    securitySeverity: 7.5,
    ...OWASP,
  },
  notVerified: {
    id: 'provenance/not-verified',
    title: 'Model could not be verified',
    help: 'A file of the model could not be read or hashed (permissions, a symbolic link the signature does not allow, a special file), so the model was not verified. Fix the file and run again.',
    defaultLevel: 'error',
    securitySeverity: 7.0,
    ...OWASP,
  },
  unsignedModel: {
    id: 'provenance/unsigned-model',
    title: 'Model file without a signature',
    help: 'A model file (weights, pickle, ONNX, GGUF ...) is not covered by any OMS signature in the repository. Unsigned third-party models are a supply-chain risk: sign the model directory with `sign-model` (a `model.sig` beside it) once its origin is checked.',
    defaultLevel: 'error',
    securitySeverity: 7.0,
    ...OWASP,
  },
  attestationInvalid: {
    id: 'provenance/attestation-invalid',
    title: 'Artifact provenance attestation does not verify',
    help: "No attestation in the bundle verifies for this artifact: the signature or certificate is invalid, the subject digest is not the artifact's, or the signer (repository, workflow, builder, ref) is not the one the policy names. Rebuild the artifact from the trusted workflow, or check the `repo`, `signer-workflow` and `builder-id` inputs.",
    defaultLevel: 'error',
    securitySeverity: 9.0,
    ...OWASP,
  },
};

const RULE_BY_FAILURE: Record<FailureKind, Rule> = {
  signature: RULES.signatureInvalid!,
  identity: RULES.signerMismatch!,
  changed: RULES.fileModified!,
  missing: RULES.fileMissing!,
  extra: RULES.fileUnsigned!,
  unreadable: RULES.notVerified!,
};

function finding(
  rule: Rule,
  file: string,
  message: string,
  properties: Record<string, string> = {},
): Finding {
  return {
    ruleId: rule.id,
    level: rule.defaultLevel,
    message,
    location: { path: file },
    fingerprint: `${rule.id}:${file}`,
    ...(Object.keys(properties).length ? { properties } : {}),
  };
}

function option<T>(context: CheckContext, name: string): T | undefined {
  const value = context.options[name];
  return value === undefined || value === '' ? undefined : (value as T);
}

async function trustRoot(context: CheckContext): Promise<TrustRoot> {
  const file = option<string>(context, 'trusted-root');
  if (!file) return publicGoodTrustedRoot();
  try {
    return parseTrustedRoot(
      await readOptionFile(context, file, 'trusted-root', 16 * 1024 * 1024),
      `trusted-root ${file}`,
    );
  } catch (error) {
    if (error instanceof SigstoreError) throw new UsageError('INVALID_INPUT', error.message);
    throw error;
  }
}

/**
 * The signer policy from the inputs. Attestations come from GitHub Actions, so their issuer
 * defaults to GitHub's; a model signature's identity needs its issuer stated, as the reference's does.
 */
function identityPolicy(context: CheckContext, forAttestation: boolean): IdentityPolicy {
  const identity = option<string>(context, 'identity');
  const issuer =
    option<string>(context, 'identity-provider') ??
    (forAttestation || identity === undefined ? GITHUB_ACTIONS_ISSUER : undefined);
  const repository = option<string>(context, 'repo');
  const signerWorkflow = option<string>(context, 'signer-workflow');
  const sourceRef = option<string>(context, 'source-ref');
  if (identity !== undefined && issuer === undefined) {
    throw new UsageError(
      'INVALID_INPUT',
      'identity needs identity-provider (the OIDC issuer URL, e.g. https://token.actions.githubusercontent.com)',
    );
  }
  if (repository !== undefined && !/^(https:\/\/github\.com\/)?[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new UsageError('INVALID_INPUT', `repo: expected owner/name, got ${JSON.stringify(repository)}`);
  }
  if (
    signerWorkflow !== undefined &&
    !/^(https:\/\/github\.com\/)?[\w.-]+\/[\w.-]+\/.+/.test(signerWorkflow)
  ) {
    throw new UsageError(
      'INVALID_INPUT',
      `signer-workflow: expected owner/name/path/to/workflow.yml, got ${JSON.stringify(signerWorkflow)}`,
    );
  }
  try {
    return {
      ...(identity !== undefined ? { identity: parseIdentity(identity, 'identity') } : {}),
      ...(issuer !== undefined ? { issuer } : {}),
      ...(repository !== undefined ? { repository } : {}),
      ...(signerWorkflow !== undefined ? { signerWorkflow } : {}),
      ...(sourceRef !== undefined ? { sourceRef } : {}),
      ...(context.options['github-hosted-runner'] === true ? { githubHostedRunner: true } : {}),
    };
  } catch (error) {
    if (error instanceof PolicyInputError) throw new UsageError('INVALID_INPUT', error.message);
    throw error;
  }
}

async function modelTrust(context: CheckContext): Promise<Trust> {
  const method = context.options.method as string;
  try {
    if (method === 'key') {
      const file = option<string>(context, 'public-key');
      if (!file) throw new UsageError('INVALID_INPUT', 'public-key is required for method key');
      return {
        method,
        publicKey: loadPublicKey(await readOptionFile(context, file, 'public-key'), `public-key ${file}`),
      };
    }
    if (method === 'certificate') {
      const files = option<string[]>(context, 'certificate-chain') ?? [];
      if (files.length === 0)
        throw new UsageError(
          'INVALID_INPUT',
          'certificate-chain is required for method certificate: the trusted CA certificates',
        );
      const anchors = [];
      for (const file of files)
        anchors.push(
          ...parsePemCertificates(
            await readOptionFile(context, file, 'certificate-chain'),
            `certificate-chain ${file}`,
          ),
        );
      return { method, anchors };
    }
  } catch (error) {
    if (error instanceof KeyError || error instanceof CertificateError)
      throw new UsageError('INVALID_INPUT', error.message);
    throw error;
  }
  const policy = identityPolicy(context, false);
  if (!hasIdentityCondition(policy)) {
    throw new UsageError(
      'INVALID_INPUT',
      'method sigstore needs identity (with identity-provider), repo or signer-workflow: without one, a signature by anybody would verify',
    );
  }
  return { method: 'sigstore', root: await trustRoot(context), policy };
}

/** The signature's text, or why it cannot be read (missing, a link, a FIFO, too large). */
/**
 * A signature named inside a `.git` directory, or that resolves into one (in the repository, or
 * anywhere for a user's path outside it), is refused: a repository's `.git` is not its content.
 */
async function refuseVcsSignature(context: CheckContext, name: string): Promise<void> {
  const refused = () =>
    new UsageError('INVALID_INPUT', `signature: ${name} is inside a ${VCS_DIRECTORY} directory`);
  if (insideVcsDirectory(name)) throw refused();
  let real: string;
  try {
    real = await realpath(path.resolve(context.root, name));
  } catch {
    return; // Reading it says why it cannot be read.
  }
  const inRepository = relativeInside(await realpath(context.root), real);
  const user = outsideUserPath(context, name) !== undefined;
  if (insideVcsDirectory(user || inRepository === undefined ? real : inRepository)) throw refused();
}

async function readSignature(
  context: CheckContext,
  signaturePath: string,
): Promise<string | { problem: string }> {
  try {
    const absolute = await resolveForReading(context, signaturePath, 'signature');
    return (await readRegularFile(absolute, MAX_BUNDLE_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof FileReadError) return { problem: error.message };
    if (isUsageError(error)) return { problem: error.message.replace(/^signature: /, '') };
    throw error;
  }
}

interface Row {
  artifact: string;
  kind: string;
  signer: string;
  status: string;
}

function statusOf(verification: ModelVerification): string {
  if (verification.verified) return `verified (${verification.matched} resources)`;
  const kinds = [...new Set(verification.failures.map((failure) => failure.kind))];
  return `failed: ${kinds.join(', ')}`;
}

async function verifyOne(
  context: CheckContext,
  modelPath: string,
  signaturePath: string,
  trust: Trust,
  ignorePaths: string[],
  runner: ReturnType<typeof createHashRunner>,
  /** The signature as already read (repository mode reads it to find its model). */
  preRead?: Awaited<ReturnType<typeof readSignature>>,
): Promise<{ findings: Finding[]; row: Row; failed: boolean; verifiedFiles: string[] }> {
  const signatureText = preRead ?? (await readSignature(context, signaturePath));
  if (typeof signatureText !== 'string') {
    const message = `${modelPath} is not verified: its signature ${signaturePath} ${signatureText.problem}`;
    return {
      findings: [finding(RULES.signatureInvalid!, signaturePath, message)],
      row: {
        artifact: modelPath,
        kind: `OMS (${trust.method})`,
        signer: '-',
        status: 'failed: no signature',
      },
      failed: true,
      verifiedFiles: [],
    };
  }
  context.progress(`verify-provenance: verifying ${modelPath} with ${signaturePath}`);
  const verification = await verifyModel({
    root: context.root,
    modelPath,
    signaturePath,
    signatureText,
    trust,
    ignorePaths,
    ignoreUnsignedFiles: context.options['ignore-unsigned-files'] === true,
    runner,
  });
  const findings = verification.failures.map((failure) =>
    finding(RULE_BY_FAILURE[failure.kind], failure.file, failure.message, {
      model: modelPath,
      signature: signaturePath,
    }),
  );
  return {
    findings,
    row: {
      artifact: modelPath,
      kind: `OMS (${trust.method})`,
      signer: verification.signer ?? '-',
      status: statusOf(verification),
    },
    failed: !verification.verified,
    verifiedFiles: verification.verifiedFiles,
  };
}

async function verifyArtifacts(context: CheckContext, attestation: string): Promise<CheckResult> {
  if (context.paths.length === 0)
    throw new UsageError('INVALID_INPUT', 'attestation needs the artifact file(s) to verify (model-path)');
  const policy = identityPolicy(context, true);
  if (!hasIdentityCondition(policy)) {
    throw new UsageError(
      'INVALID_INPUT',
      'attestation verification needs repo, signer-workflow or identity: without one, an attestation by anybody would verify',
    );
  }
  const builderId = option<string>(context, 'builder-id');
  const attestationPolicy = {
    ...policy,
    predicateType: option<string>(context, 'predicate-type') ?? SLSA_PROVENANCE_V1,
    ...(builderId ? { builderId } : {}),
  };
  const trust = await trustRoot(context);
  const text = await readOptionFile(context, attestation, 'attestation', MAX_BUNDLE_BYTES);
  const checked = checkAttestations(text, trust, attestationPolicy);
  const findings: Finding[] = [];
  const rows: Row[] = [];
  for (const artifact of context.paths) {
    let digests: Record<string, string>;
    try {
      digests = await artifactDigests(path.resolve(context.root, artifact));
    } catch (error) {
      throw new UsageError(
        'UNREADABLE_INPUT',
        `model-path: cannot read ${artifact} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    const outcome = matchAttestations(checked, digests, attestationPolicy);
    if (!outcome.verified) {
      findings.push(
        finding(
          RULES.attestationInvalid!,
          artifact,
          `${artifact} has no valid provenance attestation in ${attestation}: ${outcome.problems.join(' | ')}`,
          {
            attestation,
          },
        ),
      );
    }
    rows.push({
      artifact,
      kind: `attestation (${outcome.predicateType ?? attestationPolicy.predicateType})`,
      signer: outcome.signer ?? '-',
      status: outcome.verified ? 'verified' : 'failed',
    });
  }
  return result(
    findings,
    rows,
    {
      attestation,
      trustedRoot: trust.source,
    },
    findings.length > 0
      ? `${findings.length} of ${context.paths.length} artifacts have no valid provenance attestation`
      : undefined,
  );
}

function result(
  findings: Finding[],
  rows: Row[],
  metrics: Record<string, unknown>,
  failure: string | undefined,
): CheckResult {
  return {
    check: 'verify-provenance',
    rules: Object.values(RULES),
    findings,
    metrics: {
      ...metrics,
      verified: rows.filter((row) => row.status.startsWith('verified')).length,
      failed: rows.filter((row) => !row.status.startsWith('verified')).length,
      artifacts: rows,
    },
    artifacts: [],
    ...(failure ? { verdict: { failed: true as const, reason: failure } } : {}),
    tables: [
      {
        title: 'Verified artifacts',
        columns: ['Artifact', 'Kind', 'Signer', 'Status'],
        rows: rows.map((row) => [row.artifact, row.kind, row.signer, row.status]),
      },
    ],
  };
}

/**
 * The file a single-file model signature names (its subject), read before verification only to
 * choose what to verify: verification then proves or refutes it. A signature over a directory,
 * or one that cannot be read, gives undefined (the signature's directory is the model).
 */
function singleFileModelName(text: string | { problem: string }): string | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const { manifest } = parseStatement(parseBundle(text).envelope.payload);
    const shards = manifest.serialization.method === 'shards';
    const single =
      manifest.resources.length > 0 &&
      manifest.resources.every(
        (resource) => (shards ? parseShardName(resource.name)?.path : resource.name) === '.',
      );
    const name = manifest.modelName;
    return single && name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Discovery: every `<signature name>` in the tree signs its directory; other model files are unsigned. */
async function verifyRepository(context: CheckContext, trust: Trust, threads: number): Promise<CheckResult> {
  const signatureName = path.posix.basename(context.options.signature as string);
  const walkTree = context.walkTree ?? createTreeWalk(context.root);
  const { files, skipped } = await walkTree(context.root, context.exclude);
  const signatures = files
    .filter((file) => path.posix.basename(file.relative) === signatureName)
    .map((file) => file.relative);
  const findings: Finding[] = [];
  const rows: Row[] = [];
  // Only files a signature vouches for are covered: not every file under a signed directory (an
  // ignored path, an unlisted file with ignore-unsigned-files, a file under .github).
  const vouched = new Set<string>();
  const models: string[] = [];
  const paths = new Set(files.map((file) => file.relative));
  for (const signature of signatures) {
    const directory = path.posix.dirname(signature);
    const text = await readSignature(context, signature);
    const single = singleFileModelName(text);
    const file = single === undefined ? undefined : directory === '.' ? single : `${directory}/${single}`;
    const modelPath = file !== undefined && paths.has(file) ? file : directory;
    models.push(modelPath);
    // A runner per model: when one model fails, its queued hashing is dropped with it.
    const runner = createHashRunner(threads);
    const outcome = await verifyOne(context, modelPath, signature, trust, [], runner, text).finally(() =>
      runner.close(),
    );
    for (const verified of outcome.verifiedFiles) vouched.add(verified);
    appendFindings(findings, outcome.findings);
    rows.push(outcome.row);
    // A signature that does not verify (or names the wrong signer), or a model that could not be
    // verified at all (a link planted in it), leaves every model file under it unverified: each
    // gets the finding too, so a pull request that touches one is flagged there, and none is
    // mistaken for a file that no signature names.
    const signatureFailure =
      outcome.findings.find(
        (item) => item.ruleId === RULES.signatureInvalid!.id || item.ruleId === RULES.signerMismatch!.id,
      ) ??
      (outcome.verifiedFiles.length === 0
        ? outcome.findings.find((item) => item.ruleId === RULES.notVerified!.id)
        : undefined);
    if (signatureFailure) {
      for (const file of files) {
        const under =
          modelPath === '.' || file.relative === modelPath || file.relative.startsWith(`${modelPath}/`);
        if (!isModelFileName(file.relative) || !under) continue;
        const rule =
          signatureFailure.ruleId === RULES.signerMismatch!.id
            ? RULES.signerMismatch!
            : signatureFailure.ruleId === RULES.notVerified!.id
              ? RULES.notVerified!
              : RULES.signatureInvalid!;
        findings.push(
          finding(rule, file.relative, `${file.relative} is not verified: ${signatureFailure.message}`, {
            model: modelPath,
            signature,
          }),
        );
      }
    }
  }
  const reported = new Set(findings.map((item) => item.location.path));
  for (const file of files) {
    if (!isModelFileName(file.relative) || vouched.has(file.relative) || reported.has(file.relative))
      continue;
    findings.push(
      finding(
        RULES.unsignedModel!,
        file.relative,
        `${file.relative} is a model file that no ${signatureName} signs`,
      ),
    );
    rows.push({ artifact: file.relative, kind: 'model file', signer: '-', status: 'unsigned' });
  }
  // What the walk did not read (a symbolic link, wherever it leads or if nowhere; an unreadable or
  // special file) is never absent: under a signed model it is refused, else a model file unsigned.
  for (const entry of skipped) {
    const { relative, reason } = entry;
    if (vouched.has(relative) || reported.has(relative)) continue;
    const model = models.find(
      (modelPath) => modelPath === '.' || relative === modelPath || relative.startsWith(`${modelPath}/`),
    );
    if (model !== undefined) {
      findings.push(
        finding(
          RULES.notVerified!,
          relative,
          `${relative} is refused: ${reason}, which the signature of ${model} does not vouch for`,
          {
            model,
          },
        ),
      );
    } else if (isModelFileName(relative)) {
      findings.push(
        finding(
          RULES.unsignedModel!,
          relative,
          `${relative} is a model file that no ${signatureName} signs: ${reason}`,
        ),
      );
      rows.push({ artifact: relative, kind: 'model file', signer: '-', status: 'unsigned' });
    }
  }
  return result(findings, rows, { signatures: signatures.length, method: trust.method }, undefined);
}

export async function run(context: CheckContext): Promise<CheckResult> {
  const attestation = option<string>(context, 'attestation');
  if (attestation) return verifyArtifacts(context, attestation);
  const trust = await modelTrust(context);
  const threads = threadsOption(context.options.threads);
  if (context.paths.length === 0) return verifyRepository(context, trust, threads);
  const runner = createHashRunner(threads);
  try {
    const modelPath = singleModelPath(context.paths, 'verify-provenance');
    const ignorePaths = modelIgnorePaths(
      context.root,
      modelPath,
      option<string[]>(context, 'ignore-paths') ?? [],
      'ignore-paths',
    );
    const signaturePath = context.options.signature as string;
    await refuseVcsSignature(context, signaturePath);
    const outcome = await verifyOne(context, modelPath, signaturePath, trust, ignorePaths, runner);
    return result(
      outcome.findings,
      [outcome.row],
      { method: trust.method, signature: signaturePath },
      outcome.failed ? `${modelPath} does not verify against ${signaturePath}` : undefined,
    );
  } finally {
    await runner.close();
  }
}
