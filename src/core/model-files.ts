import { baseName, detectModelFormat } from './model-formats.js';

/**
 * The one notion of "model file" that the checks share (verify-provenance's unsigned-model search,
 * scan-model, later the SBOM): by name, and by content for files whose name says nothing.
 */

/**
 * Extensions of files that hold weights or serialized models. Compound ones (`pth.tar`) are listed
 * as written; matching is on the end of the base name, case-insensitively.
 */
export const MODEL_FILE_EXTENSIONS: readonly string[] = [
  'safetensors',
  'bin',
  'pt',
  'pth',
  'pt2',
  'ptl',
  'ckpt',
  'onnx',
  'gguf',
  'ggml',
  'pkl',
  'pickle',
  'dill',
  'joblib',
  'sav',
  'h5',
  'hdf5',
  'keras',
  'pb',
  'tflite',
  'mlmodel',
  'msgpack',
  'npy',
  'npz',
  'nemo',
  'mar',
  'llamafile',
  'pdparams',
  'pdmodel',
  'caffemodel',
  'pth.tar',
  'pt.tar',
];

const EXTENSION_SUFFIXES = MODEL_FILE_EXTENSIONS.map((extension) => `.${extension}`);

/** The part after the last slash (either kind: a Windows-style name is still a name). */
/**
 * True when the name ends in a model extension. A bare `.pt` (a dot file) counts, as it did under
 * the glob `**\/*.{...}` this replaces; a name ending in a slash (a folder) never does.
 */
export function isModelFileName(name: string): boolean {
  const base = baseName(name);
  return EXTENSION_SUFFIXES.some((suffix) => base.endsWith(suffix));
}

/** Suffixes that compression adds to a model's own name (`model.pkl.gz`, joblib's `.z`). */
const COMPRESSION_SUFFIX = /\.(?:gz|gzip|z|zlib|bz2|xz|lzma)$/i;

/**
 * True when the first bytes of a file are those of a model format, whatever its name. A plain zip
 * or a compressed stream holds anything, so those count only when the name (without the
 * compression suffix) is a model name: `model.pkl.gz` is a model, `docs.tar.gz` is not.
 */
export function looksLikeModelFile(head: Uint8Array, name: string): boolean {
  const { format } = detectModelFormat(head, name);
  if (format === 'unknown') return false;
  if (format === 'zip' || format === 'compressed') {
    return isModelFileName(name) || isModelFileName(name.replace(COMPRESSION_SUFFIX, ''));
  }
  return true;
}
