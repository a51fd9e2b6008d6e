/**
 * What every analyzer of scan-model returns: problems found in one file, in words that are safe
 * to print. The check turns them into findings (rule metadata, fingerprint, location); analyzers
 * stay pure and never see the reporting layer.
 */

export type ModelRuleId =
  /** A pickle imports a global that executes code, touches files or the network. */
  | 'model/pickle-unsafe-global'
  /** A pickle imports a global that no allowlist names. */
  | 'model/pickle-unknown-global'
  /** A pickle stream is malformed in a way a loader or a scanner could be fooled by. */
  | 'model/pickle-malformed'
  /** A scan stopped at a limit (opcodes, depth, memo, decompression ratio, nesting ...). */
  | 'model/scan-limit'
  /** An archive (zip, tar) is malformed or inconsistent: headers disagree, bad CRC, odd names. */
  | 'model/archive-anomaly'
  /** A non-pickle format carries code or reaches outside itself (Keras Lambda, TF file ops, ONNX external data, GGUF template). */
  | 'model/unsafe-construct'
  /** A non-pickle format's structure is invalid (safetensors header, GGUF metadata, protobuf). */
  | 'model/malformed-file'
  /** The file could not be scanned (unreadable, over max-file-size, unknown compression). */
  | 'model/not-scanned';

export type ModelIssueLevel = 'error' | 'warning' | 'note';

export interface ModelIssue {
  readonly ruleId: ModelRuleId;
  readonly level: ModelIssueLevel;
  /**
   * One or more sentences, safe to print: anything that came from the file (a global's name, a
   * member name, an op name) is passed through `printable` from core/escape before it gets here.
   */
  readonly message: string;
  /** Path of the member inside an archive, `/`-separated, outermost first (`a.zip!inner.npy` as ['a.zip', 'inner.npy']). */
  readonly member?: readonly string[];
  /** Byte offset in the file or, with `member`, in the innermost member's decompressed bytes. */
  readonly offset?: number;
  /** Facts for SARIF properties and JSON (the global concerned, the op, the layer class ...). */
  readonly properties?: Readonly<Record<string, string | number | boolean>>;
}
