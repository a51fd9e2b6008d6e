import { ANY_COMMENT, type CommentSyntax } from '../../core/findings.js';

/** What a file is, from its name: how to read it and where field names come from. */

export type FileFormat =
  | { kind: 'csv'; delimiter: string }
  | { kind: 'keyed'; flavour: 'json' | 'jsonl' | 'notebook' | 'yaml' | 'toml' | 'env' | 'ini' }
  | { kind: 'text' }
  | { kind: 'parquet' }
  /** Compressed with a method mlsec does not decompress: reported as not scanned, never as media. */
  | { kind: 'compressed'; method: string }
  /** Media, model weights and archives: other checks' business, not text. */
  | { kind: 'binary-skip'; what: string };

export interface FormatInfo {
  format: FileFormat;
  /** Read through gunzip first (`.csv.gz`, `.jsonl.gz`). */
  gzip: boolean;
  /** Read through another decompressor first (`.jsonl.br`, `.csv.zst`); absent for most files. */
  compression?: 'brotli' | 'zstd';
}

/**
 * Compression suffixes mlsec does not decompress (Node has no decoder for them). `.tar.*` and
 * `.tbz2`/`.txz` stay archives: other checks' business, like `.tar.gz` and `.zip`.
 */
const UNSUPPORTED_COMPRESSIONS: Array<[RegExp, string]> = [
  [/\.bz2$/, 'bzip2'],
  [/\.xz$/, 'xz'],
  [/\.lzma$/, 'lzma'],
  [/\.lz4$/, 'lz4'],
  [/\.lz$/, 'lzip'],
  [/\.z$/, 'compress (.Z)'],
  [/\.sz$/, 'snappy'],
];

const BINARY_KINDS: Array<[RegExp, string]> = [
  [/\.(png|jpe?g|gif|bmp|tiff?|webp|ico|heic|avif|svgz)$/, 'image'],
  [/\.(wav|mp3|flac|ogg|m4a|aac|opus)$/, 'audio'],
  [/\.(mp4|mkv|mov|avi|webm)$/, 'video'],
  [
    /\.(pt|pth|bin|safetensors|onnx|h5|hdf5|keras|pb|tflite|ckpt|gguf|ggml|npy|npz|pkl|pickle|joblib|msgpack|arrow|feather|tfrecord|lance)$/,
    'model or array data',
  ],
  [/\.(zip|tar|tgz|tbz2?|txz|tzst|7z|rar|whl|jar)$/, 'archive'],
  [/\.(pdf|docx?|xlsx?|pptx?|odt|ods)$/, 'document'],
  [/\.(so|dylib|dll|exe|o|a|class|pyc|wasm)$/, 'compiled code'],
  [/\.(ttf|otf|woff2?)$/, 'font'],
];

export function detectFormat(relativePath: string): FormatInfo {
  let name = relativePath.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  let compression: FormatInfo['compression'];
  let unsupported: string | undefined;
  if (!gzip) {
    const other = /\.(br|zst|zstd)$/.exec(name);
    if (other) compression = other[1] === 'br' ? 'brotli' : 'zstd';
    else unsupported = UNSUPPORTED_COMPRESSIONS.find(([pattern]) => pattern.test(name))?.[1];
    if (other || unsupported) name = name.slice(0, name.lastIndexOf('.'));
  }
  const base = name.slice(name.lastIndexOf('/') + 1);
  const format = ((): FileFormat => {
    if (unsupported !== undefined)
      return /\.tar$/.test(name)
        ? { kind: 'binary-skip', what: 'archive' }
        : { kind: 'compressed', method: unsupported };
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
  return compression !== undefined && format.kind !== 'binary-skip'
    ? { format, gzip, compression }
    : { format, gzip };
}

/** Extensions of plain text formats: such a file holding NUL bytes is not what its name says. */
const TEXT_EXTENSIONS =
  /\.(txt|text|md|markdown|rst|adoc|log|out|xml|html?|xhtml|svg|css|scss|js|mjs|cjs|jsx|ts|tsx|py|pyi|r|rb|pl|php|java|kt|kts|scala|go|rs|c|h|cc|cpp|hpp|cs|swift|m|sh|bash|zsh|ps1|bat|sql|tex|bib|srt|vtt|jinja|j2|tpl|tmpl|lua|jl|dart|vue|graphql|proto|gitignore|dockerignore|lock)$/;

/**
 * Whether a file's name says it is text (a data format mlsec parses, or a known plain text
 * extension), so that binary content in it is a file mlsec failed to read, not media.
 */
export function namedAsText(relativePath: string, format: FileFormat): boolean {
  if (format.kind === 'csv' || format.kind === 'keyed') return true;
  return format.kind === 'text' && TEXT_EXTENSIONS.test(relativePath.toLowerCase());
}

/** The text encoding a byte order mark at the start of `head` announces, if it is UTF-16. */
export function utf16ByBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  // FF FE 00 00 is UTF-32LE's mark: not UTF-16, so it stays a file with NUL bytes.
  if (head.length >= 4 && head[2] === 0 && head[3] === 0) return undefined;
  const encoding =
    head.length >= 2 && head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head.length >= 2 && head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (encoding === undefined || head.length <= 2) return encoding;
  // A mark in front of UTF-8 text would decode it to nonsense and hide what it holds: UTF-16 text
  // has line breaks and spaces, so a zero high byte, somewhere in its first 8 KiB.
  const high = encoding === 'utf-16le' ? 1 : 0;
  for (let i = 2 + high; i < Math.min(head.length, 8194); i += 2) if (head[i] === 0) return encoding;
  return undefined;
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
