import { type CheckDefinition, lazyRun } from '../../core/check.js';
import { HASH_ALGORITHMS } from '../oms/digest.js';
import { DEFAULT_SHARD_SIZE } from '../oms/manifest.js';
import { THREADS_OPTION } from '../oms/shared-options.js';

export const signModel: CheckDefinition = {
  name: 'sign-model',
  summary: 'Sign a model file or directory with an OpenSSF Model Signing (OMS) compatible signature.',
  positional: { name: 'model-path', description: 'The model file or directory to sign.', default: [] },
  options: [
    {
      name: 'method',
      type: 'string',
      description:
        '`sigstore` (keyless, with the job OIDC identity; needs `id-token: write`), `key` or `certificate`.',
      default: 'sigstore',
      choices: ['sigstore', 'key', 'certificate'],
    },
    {
      name: 'private-key',
      type: 'pem-or-path',
      secret: true,
      description:
        'PEM private key (EC P-256, P-384 or P-521) for `key` and `certificate`: the PEM itself from a secret, or a key file.',
    },
    {
      name: 'certificate-chain',
      type: 'paths',
      anywhere: true,
      description:
        'PEM certificate files for `certificate`: the signing certificate first, then its issuers.',
    },
    {
      name: 'signature',
      type: 'path',
      description:
        'Where to write the signature bundle (relative to the repository root); left out of the model when inside it.',
      default: 'model.sig',
    },
    {
      name: 'ignore-paths',
      type: 'paths',
      description:
        'Paths inside the model to leave unsigned, relative to the repository root. Git metadata is always left out.',
    },
    {
      name: 'serialization',
      type: 'string',
      description: '`files` (a digest per file) or `shards` (a digest per shard, hashed in parallel).',
      default: 'files',
      choices: ['files', 'shards'],
    },
    {
      name: 'shard-size',
      type: 'number',
      description: 'Bytes per shard for `shards`.',
      default: String(DEFAULT_SHARD_SIZE),
    },
    {
      name: 'hash',
      type: 'string',
      description: 'Digest algorithm.',
      default: 'sha256',
      choices: HASH_ALGORITHMS,
    },
    {
      name: 'allow-symlinks',
      type: 'boolean',
      description: 'Sign files behind symbolic links (to files inside the repository); refused otherwise.',
      default: 'false',
    },
    {
      name: 'include-provenance',
      type: 'boolean',
      description:
        'Record the source repository, commit, ref, workflow run and dataset digests in the predicate (ignored by OMS v1.0 verifiers).',
      default: 'false',
    },
    {
      name: 'datasets',
      type: 'paths',
      description: 'Dataset files or directories whose digests include-provenance records.',
    },
    {
      name: 'fulcio-url',
      type: 'string',
      description: 'Fulcio for keyless signing.',
      default: 'https://fulcio.sigstore.dev',
    },
    {
      name: 'rekor-url',
      type: 'string',
      description: 'Rekor for keyless signing.',
      default: 'https://rekor.sigstore.dev',
    },
    {
      name: 'tsa-url',
      type: 'string',
      description: 'RFC 3161 timestamp authority to add a signed timestamp (optional).',
    },
    THREADS_OPTION,
  ],
  outputs: {
    'signature-file': 'Path of the signature bundle written.',
    'manifest-digest': 'SHA-256 over the signed resource digests: the subject digest of the OMS statement.',
  },
  run: lazyRun(() => import('./index.js')),
};
