import type { CheckDefinition } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';

export const signModel: CheckDefinition = {
  name: 'sign-model',
  summary: 'Sign a model file or directory with an OpenSSF Model Signing (OMS) compatible signature.',
  positional: { name: 'model-path', description: 'The model file or directory to sign.', default: [] },
  options: [
    {
      name: 'method',
      type: 'string',
      description: '`sigstore` (keyless, with the job OIDC identity), `key` or `certificate`.',
      default: 'sigstore',
      choices: ['sigstore', 'key', 'certificate'],
    },
    {
      name: 'private-key',
      type: 'string',
      secret: true,
      description:
        'PEM private key (EC P-256, P-384 or P-521) for `key` and `certificate`; pass it from a secret.',
    },
    {
      name: 'certificate-chain',
      type: 'list',
      description: 'PEM certificate files for `certificate`, leaf first.',
    },
    {
      name: 'signature',
      type: 'path',
      description: 'Where to write the signature bundle.',
      default: 'model.sig',
    },
    { name: 'ignore-paths', type: 'list', description: 'Paths inside the model to leave unsigned.' },
    {
      name: 'serialization',
      type: 'string',
      description: '`files` (a digest per file) or `shards` (a digest per fixed-size shard).',
      default: 'files',
      choices: ['files', 'shards'],
    },
    {
      name: 'hash',
      type: 'string',
      description: 'Digest algorithm.',
      default: 'sha256',
      choices: ['sha256', 'blake2b'],
    },
  ],
  run() {
    return Promise.reject(new NotImplementedError('sign-model', 4));
  },
};
