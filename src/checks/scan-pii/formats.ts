import { ANY_COMMENT, type CommentSyntax } from '../../core/findings.js';

/** What a file is, from its name: how to read it and where field names come from. */

export type FileFormat =
  | { kind: 'csv'; delimiter: string }
  | { kind: 'keyed'; flavour: 'json' | 'jsonl' | 'notebook' | 'yaml' | 'toml' | 'env' | 'ini' }
  | { kind: 'text' }
  | { kind: 'parquet' }
  /** Media, model weights and archives: other checks' business, not text. */
  | { kind: 'binary-skip'; what: string };

export interface FormatInfo {
  format: FileFormat;
  /** Read through gunzip first (`.csv.gz`, `.jsonl.gz`). */
  gzip: boolean;
}

const BINARY_KINDS: Array<[RegExp, string]> = [
  [/\.(png|jpe?g|gif|bmp|tiff?|webp|ico|heic|avif|svgz)$/, 'image'],
  [/\.(wav|mp3|flac|ogg|m4a|aac|opus)$/, 'audio'],
  [/\.(mp4|mkv|mov|avi|webm)$/, 'video'],
  [
    /\.(pt|pth|bin|safetensors|onnx|h5|hdf5|keras|pb|tflite|ckpt|gguf|ggml|npy|npz|pkl|pickle|joblib|msgpack|arrow|feather|tfrecord|lance)$/,
    'model or array data',
  ],
  [/\.(zip|tar|tgz|bz2|xz|7z|rar|zst|whl|jar)$/, 'archive'],
  [/\.(pdf|docx?|xlsx?|pptx?|odt|ods)$/, 'document'],
  [/\.(so|dylib|dll|exe|o|a|class|pyc|wasm)$/, 'compiled code'],
  [/\.(ttf|otf|woff2?)$/, 'font'],
];

export function detectFormat(relativePath: string): FormatInfo {
  let name = relativePath.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  const base = name.slice(name.lastIndexOf('/') + 1);
  const format = ((): FileFormat => {
    if (/\.(csv)$/.test(name)) return { kind: 'csv', delimiter: ',' };
    if (/\.(tsv|tab)$/.test(name)) return { kind: 'csv', delimiter: '\t' };
    if (/\.(jsonl|ndjson)$/.test(name)) return { kind: 'keyed', flavour: 'jsonl' };
    if (/\.(json|geojson)$/.test(name)) return { kind: 'keyed', flavour: 'json' };
    if (/\.ipynb$/.test(name)) return { kind: 'keyed', flavour: 'notebook' };
    if (/\.(ya?ml)$/.test(name)) return { kind: 'keyed', flavour: 'yaml' };
    if (/\.toml$/.test(name)) return { kind: 'keyed', flavour: 'toml' };
    if (base === '.env' || base.startsWith('.env.') || /\.env$/.test(name))
      return { kind: 'keyed', flavour: 'env' };
    if (/\.(ini|cfg|conf|properties)$/.test(name)) return { kind: 'keyed', flavour: 'ini' };
    if (/\.parquet$/.test(name)) return { kind: 'parquet' };
    for (const [pattern, what] of BINARY_KINDS) if (pattern.test(name)) return { kind: 'binary-skip', what };
    return { kind: 'text' };
  })();
  return { format, gzip };
}

/**
 * Notebook lines that hold base64 images or other binary outputs: scanning them finds nothing
 * but noise, and they are never personal text.
 */
export function isBinaryOutputKey(key: string): boolean {
  return /^(image|audio|video)\//.test(key) || (/^application\//.test(key) && !/json|javascript/.test(key));
}

/** A NUL byte in the first bytes marks a binary file (as git and ripgrep decide). */
export function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, 8192).includes(0);
}

/**
 * How comments are written in a format, so an inline `mlsec-ignore:` marker counts only in a real
 * comment. Undefined for formats without comments, where a marker is a value and never counts:
 * CSV, TSV, JSON, JSONL, Parquet, and notebooks (their cells and outputs are JSON strings; mlsec
 * does not tell a code comment from data there). Free text, Markdown and code take any leader.
 */
export function commentSyntax(format: FileFormat): CommentSyntax | undefined {
  if (format.kind === 'text') return ANY_COMMENT;
  if (format.kind !== 'keyed') return undefined;
  switch (format.flavour) {
    case 'yaml':
    case 'toml':
    case 'env':
      return { leaders: ['#'], position: 'trailing' };
    case 'ini':
      return { leaders: ['#', ';'], position: 'line' };
    default:
      return undefined;
  }
}
