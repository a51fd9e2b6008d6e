/**
 * The in-memory form of an ONNX classifier that every part of robustness-check works on: the
 * reader (`onnx-read.ts`) makes it from a model file, transforms (preprocessing, logits,
 * gradients) make new ones, the writer (`onnx-write.ts`) turns one back into bytes for
 * onnxruntime, and the bounds (`certify.ts`) evaluate it over intervals. It is plain data: a
 * transform builds a new graph and never changes the one it was given.
 */

/** ONNX TensorProto.DataType values this check reads or writes. */
export const DataType = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  INT32: 6,
  INT64: 7,
  BOOL: 9,
  DOUBLE: 11,
} as const;
export type DataTypeCode = (typeof DataType)[keyof typeof DataType];

/** A constant tensor: an initializer, or a Constant node's value folded into one. */
export interface TensorValue {
  readonly dataType: DataTypeCode;
  readonly dims: readonly number[];
  /**
   * FLOAT and DOUBLE as Float32Array/Float64Array; INT64 as BigInt64Array; INT32, INT8, UINT8 and
   * BOOL as Int32Array (one element per value).
   */
  readonly data: Float32Array | Float64Array | BigInt64Array | Int32Array;
}

export type AttributeValue =
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'floats'; readonly value: readonly number[] }
  | { readonly kind: 'ints'; readonly value: readonly number[] }
  | { readonly kind: 'strings'; readonly value: readonly string[] }
  | { readonly kind: 'tensor'; readonly value: TensorValue }
  /** Subgraphs (If, Loop, Scan) are kept only as a marker: no supported op has one. */
  | { readonly kind: 'graph' };

export interface GraphNode {
  readonly opType: string;
  /** '' for the default ai.onnx domain. */
  readonly domain: string;
  readonly name: string;
  /** '' marks an omitted optional input, as in ONNX. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

/** A dimension: a number, a symbolic name (a dynamic axis such as `batch`), or unknown. */
export type Dimension = number | string | undefined;

export interface ValueInfo {
  readonly name: string;
  /** TensorProto.DataType of the element type (FLOAT for a classifier's input and output). */
  readonly elemType: number;
  /** undefined when the model declares no shape at all. */
  readonly shape: readonly Dimension[] | undefined;
}

export interface ModelGraph {
  readonly irVersion: number;
  /** The opset version of the default (ai.onnx) domain, and of other domains by name. */
  readonly opsets: Readonly<Record<string, number>>;
  /** Graph inputs that are not initializers, in declaration order. */
  readonly inputs: readonly ValueInfo[];
  readonly outputs: readonly ValueInfo[];
  readonly initializers: ReadonlyMap<string, TensorValue>;
  /** In topological order (ONNX requires it; the reader checks it). */
  readonly nodes: readonly GraphNode[];
  /** Producer name and version, for the report only. */
  readonly producer?: string;
}

/** Numpy broadcasting of two shapes, or undefined when they do not broadcast. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    out.push(da === 1 ? db : da);
  }
  return out;
}
