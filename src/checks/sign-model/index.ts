import { createPublicKey } from 'node:crypto';
import path from 'node:path';
import type { CheckContext } from '../../core/check.js';
import { UsageError } from '../../core/errors.js';
import { MAX_BUNDLE_BYTES, parseBundle } from '../oms/bundle.js';
import type { CheckResult } from '../../core/findings.js';
import { writeTextInScope } from '../../core/scoped-write.js';
import type { HashAlgorithm, RangeTask } from '../oms/digest.js';
import {
  FileReadError,
  checkedPath,
  modelIgnorePaths,
  readOptionFile,
  readPemOrFile,
  readRegularFile,
} from '../oms/inputs.js';
import { KeyError, loadPrivateKey } from '../oms/keys.js';
import { type SerializationMethod, subjectDigest } from '../oms/manifest.js';
import { createHashRunner } from '../oms/runner.js';
import { GIT_PATHS, hashModel, listModelFiles, SerializationError } from '../oms/serialize.js';
import { singleModelPath, threadsOption } from '../oms/shared-options.js';
import { type Signing, signModel as signWithOms } from '../oms/sign.js';
import { SigstoreError } from '../oms/sigstore.js';
import type { Provenance } from '../oms/statement.js';
import { CertificateError, parsePemCertificates } from '../oms/x509.js';
import type { TaskRunner } from '../../core/worker-pool.js';

async function loadSigning(context: CheckContext, method: string): Promise<Signing> {
  const { options, root } = context;
  if (method === 'sigstore') {
    const identityToken = context.environment.identityToken;
    // Before hours of hashing, not after: fails at once when the run cannot have a token.
    context.environment.checkIdentityToken?.();
    if (!identityToken) {
      throw new UsageError(
        'MISSING_PERMISSION',
        'keyless signing (method: sigstore) needs an OIDC identity token, and this run has none',
      );
    }
    const url = (name: string) => {
      const value = options[name] as string | undefined;
      if (value === undefined || value === '') return undefined;
      if (!/^https?:\/\/[^\s]+$/.test(value))
        throw new UsageError('INVALID_INPUT', `${name}: ${JSON.stringify(value)} is not an http(s) URL`);
      return value.replace(/\/+$/, '');
    };
    const fulcioUrl = url('fulcio-url');
    const rekorUrl = url('rekor-url');
    const tsaUrl = url('tsa-url');
    return {
      method,
      keyless: {
        getIdentityToken: identityToken,
        ...(fulcioUrl ? { fulcioUrl } : {}),
        ...(rekorUrl ? { rekorUrl } : {}),
        ...(tsaUrl ? { tsaUrl } : {}),
      },
    };
  }
  const keyValue = options['private-key'] as string | undefined;
  if (!keyValue) {
    throw new UsageError(
      'INVALID_INPUT',
      `private-key is required for method ${method}: pass the PEM from a secret, or a key file`,
    );
  }
  let privateKey;
  try {
    // A file is named in key errors (the value is a path then, never the key); a PEM value is not.
    const keyName = keyValue.includes('-----BEGIN')
      ? 'private-key'
      : `private-key ${JSON.stringify(keyValue.trim())}`;
    privateKey = loadPrivateKey(await readPemOrFile(root, keyValue, 'private-key'), keyName);
  } catch (error) {
    if (error instanceof KeyError) throw new UsageError('INVALID_INPUT', error.message);
    throw error;
  }
  if (method === 'key') return { method, privateKey };
  const files = (options['certificate-chain'] as string[] | undefined) ?? [];
  if (files.length === 0)
    throw new UsageError(
      'INVALID_INPUT',
      'certificate-chain is required for method certificate: the signing certificate first, then its issuers',
    );
  try {
    const chain = [];
    for (const file of files)
      chain.push(
        ...parsePemCertificates(
          await readOptionFile(context, file, 'certificate-chain'),
          `certificate-chain ${file}`,
        ),
      );
    const leafKey = chain[0]!.node.publicKey.export({ type: 'spki', format: 'der' });
    if (!leafKey.equals(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }))) {
      throw new CertificateError(
        `the first certificate in certificate-chain (${files[0]}) is not for private-key`,
      );
    }
    return { method: 'certificate', privateKey, chain };
  } catch (error) {
    if (error instanceof CertificateError) throw new UsageError('INVALID_INPUT', error.message);
    throw error;
  }
}

/** Digests of the datasets named in `datasets`, recorded in the predicate as provenance. */
async function datasetDigests(
  context: CheckContext,
  runner: TaskRunner<RangeTask, Uint8Array>,
): Promise<Provenance['datasets']> {
  const datasets = (context.options.datasets as string[] | undefined) ?? [];
  const entries = [];
  for (const requested of datasets) {
    const dataset = await checkedPath(context, requested, 'datasets');
    const listing = await listModelFiles(context.root, dataset, {
      allowSymlinks: false,
      ignorePaths: [...GIT_PATHS],
    });
    if (listing.files.length === 0)
      throw new UsageError('INVALID_INPUT', `datasets: ${dataset} has no files`);
    // SHA-256 whatever the model's hash: a file's digest is then what `sha256sum` prints; a
    // directory's is the OMS subject digest over its files, named so it is not mistaken for one.
    const manifest = await hashModel(listing, {
      method: 'files',
      hashType: 'sha256',
      allowSymlinks: false,
      ignorePaths: [],
      runner,
    });
    entries.push({
      name: dataset,
      digest: listing.isDirectory
        ? { 'oms-manifest-sha256': subjectDigest(manifest.resources).toString('hex') }
        : { sha256: manifest.resources[0]!.digest.toString('hex') },
    });
  }
  return entries;
}

function provenanceOf(context: CheckContext, datasets: Provenance['datasets']): Provenance {
  const { environment } = context;
  return {
    ...(environment.repository ? { sourceRepository: `https://github.com/${environment.repository}` } : {}),
    ...(environment.sha ? { commit: environment.sha } : {}),
    ...(environment.ref ? { ref: environment.ref } : {}),
    ...(environment.runUrl ? { workflowRun: environment.runUrl } : {}),
    ...(datasets && datasets.length > 0 ? { datasets } : {}),
  };
}

/** An existing file at the signature path must be a signature: anything else would be destroyed. */
async function refuseOverwrite(root: string, signaturePath: string): Promise<void> {
  let text: string;
  try {
    text = (await readRegularFile(path.resolve(root, signaturePath), MAX_BUNDLE_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof FileReadError && /ENOENT/.test(error.message)) return;
    throw new UsageError(
      'INVALID_INPUT',
      `signature: ${JSON.stringify(signaturePath)} exists and ${error instanceof Error ? error.message : 'cannot be read'}; refusing to replace it`,
    );
  }
  try {
    parseBundle(text);
  } catch {
    throw new UsageError(
      'INVALID_INPUT',
      `signature: ${JSON.stringify(signaturePath)} exists and is not a signature bundle; refusing to replace it`,
    );
  }
}

export async function run(context: CheckContext): Promise<CheckResult> {
  const { options, root } = context;
  const modelPath = singleModelPath(context.paths, 'sign-model');
  const method = options.method as string;
  const serialization = options.serialization as SerializationMethod;
  const hashType = options.hash as HashAlgorithm;
  const shardSize = options['shard-size'] as number;
  if (serialization === 'shards' && !(Number.isSafeInteger(shardSize) && shardSize > 0)) {
    throw new UsageError(
      'INVALID_INPUT',
      `shard-size: expected a positive whole number of bytes, got ${shardSize}`,
    );
  }
  const signaturePath = options.signature as string;
  if (signaturePath === modelPath) {
    throw new UsageError(
      'INVALID_INPUT',
      `signature: ${JSON.stringify(signaturePath)} is the model itself; writing the signature there would destroy the model`,
    );
  }
  await refuseOverwrite(root, signaturePath);
  const ignorePaths = modelIgnorePaths(
    root,
    modelPath,
    (options['ignore-paths'] as string[] | undefined) ?? [],
    'ignore-paths',
  );
  const signing = await loadSigning(context, method);
  const runner = createHashRunner(threadsOption(options.threads));
  try {
    const provenance = options['include-provenance']
      ? provenanceOf(context, await datasetDigests(context, runner))
      : undefined;
    if (!options['include-provenance'] && ((options.datasets as string[] | undefined) ?? []).length > 0) {
      throw new UsageError('INVALID_INPUT', 'datasets are recorded only with include-provenance: true');
    }
    context.progress(`sign-model: hashing ${modelPath}`);
    const signed = await signWithOms({
      root,
      modelPath,
      signaturePath,
      signing,
      method: serialization,
      hashType,
      ...(serialization === 'shards' ? { shardSize } : {}),
      allowSymlinks: options['allow-symlinks'] === true,
      ignorePaths,
      ...(provenance ? { provenance } : {}),
      runner,
    });
    const signatureFile = path.resolve(root, signaturePath);
    await writeTextInScope(
      context,
      signaturePath,
      'signature',
      `${JSON.stringify(signed.bundle, null, 2)}\n`,
    );
    const bytes = signed.files.files.reduce((sum, file) => sum + file.size, 0);
    const digestsByFile = new Map<string, string>();
    for (const resource of signed.manifest.resources) {
      const name = serialization === 'shards' ? resource.name.replace(/:\d+:\d+$/, '') : resource.name;
      if (!digestsByFile.has(name))
        digestsByFile.set(name, serialization === 'shards' ? '' : resource.digest.toString('hex'));
    }
    return {
      check: 'sign-model',
      rules: [],
      findings: [],
      metrics: {
        method,
        serialization,
        hash: hashType,
        files: signed.files.files.length,
        resources: signed.manifest.resources.length,
        bytes,
        manifestDigest: signed.subjectDigest,
        signature: signaturePath,
      },
      artifacts: [{ kind: 'signature', path: signatureFile }],
      outputs: { 'manifest-digest': signed.subjectDigest },
      tables: [
        {
          title: `Signed files of ${modelPath} (${method}, ${serialization}, ${hashType})`,
          columns: ['File', 'Bytes', serialization === 'shards' ? 'Shards' : 'Digest'],
          rows: signed.files.files.map((file) => [
            file.relative,
            String(file.size),
            serialization === 'shards'
              ? String(Math.ceil(file.size / shardSize))
              : `${hashType}:${digestsByFile.get(file.name) ?? ''}`,
          ]),
        },
      ],
    };
  } catch (error) {
    if (error instanceof SerializationError)
      throw new UsageError('UNREADABLE_INPUT', `sign-model: ${error.message}`);
    if (error instanceof SigstoreError)
      throw new UsageError('SIGNING_FAILED', `sign-model: ${error.message}`);
    throw error;
  } finally {
    await runner.close();
  }
}
