/**
 * ModelGraph -> ONNX ModelProto bytes, for onnxruntime to load the graphs the transforms build
 * (the classifier with its preprocessing, the backward graph). Only what those graphs contain is
 * written: no doc strings, no metadata, no subgraphs.
 */
import { DataType, type Dimension, type ModelGraph, type TensorValue } from './graph.js';

const WIRE_VARINT = 0;
const WIRE_LENGTH = 2;
const WIRE_FIXED32 = 5;

/** Appends protobuf fields; nested messages are built separately and appended with their length. */
class ProtoWriter {
  private readonly parts: Uint8Array[] = [];
  private scratch: number[] = [];
  private size = 0;

  private flushScratch(): void {
    if (this.scratch.length === 0) return;
    this.parts.push(Uint8Array.from(this.scratch));
    this.size += this.scratch.length;
    this.scratch = [];
  }

  private varint(value: number | bigint): void {
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
      this.scratch.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.scratch.push(Number(v));
  }

  private tag(field: number, wire: number): void {
    this.varint((field << 3) | wire);
  }

  int(field: number, value: number | bigint): void {
    this.tag(field, WIRE_VARINT);
    this.varint(value);
  }

  float(field: number, value: number): void {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    for (const b of bytes) this.scratch.push(b);
  }

  bytes(field: number, data: Uint8Array): void {
    this.tag(field, WIRE_LENGTH);
    this.varint(data.length);
    this.flushScratch();
    this.parts.push(data);
    this.size += data.length;
  }

  string(field: number, value: string): void {
    this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, build: (writer: ProtoWriter) => void): void {
    const inner = new ProtoWriter();
    build(inner);
    this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    this.flushScratch();
    if (this.parts.length === 1) return this.parts[0]!;
    const out = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

/** Little-endian raw_data of a tensor, with the element width ONNX defines for its type. */
export function tensorRawData(tensor: TensorValue): Uint8Array {
  const { data, dataType } = tensor;
  const asBytes = (view: ArrayBufferView): Uint8Array =>
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
  switch (dataType) {
    case DataType.FLOAT:
      return asBytes(data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>));
    case DataType.DOUBLE:
      return asBytes(data instanceof Float64Array ? data : Float64Array.from(data as ArrayLike<number>));
    case DataType.INT64:
      return asBytes(
        data instanceof BigInt64Array
          ? data
          : BigInt64Array.from(Array.from(data as ArrayLike<number>, (v) => BigInt(Math.trunc(v)))),
      );
    case DataType.INT32:
      return asBytes(data instanceof Int32Array ? data : Int32Array.from(data as ArrayLike<number>));
    case DataType.INT8:
      return asBytes(Int8Array.from(data as ArrayLike<number>));
    case DataType.UINT8:
    case DataType.BOOL:
      return Uint8Array.from(data as ArrayLike<number>);
  }
}

function writeTensor(writer: ProtoWriter, tensor: TensorValue, name?: string): void {
  for (const d of tensor.dims) writer.int(1, d);
  writer.int(2, tensor.dataType);
  if (name !== undefined) writer.string(8, name);
  writer.bytes(9, tensorRawData(tensor));
}

function writeValueInfo(
  writer: ProtoWriter,
  name: string,
  elemType: number,
  shape: readonly Dimension[] | undefined,
): void {
  writer.string(1, name);
  writer.message(2, (type) =>
    type.message(1, (tensorType) => {
      tensorType.int(1, elemType);
      if (!shape) return;
      tensorType.message(2, (shapeProto) => {
        for (const d of shape) {
          shapeProto.message(1, (dim) => {
            if (typeof d === 'number') dim.int(1, d);
            else if (typeof d === 'string') dim.string(2, d);
          });
        }
      });
    }),
  );
}

const ATTRIBUTE_TYPE = {
  float: 1,
  int: 2,
  string: 3,
  tensor: 4,
  graph: 5,
  floats: 6,
  ints: 7,
  strings: 8,
} as const;

/**
 * The highest IR version written. What the reader keeps (dense tensors of basic types, no
 * functions, no subgraphs) means the same in every IR version since 11, which is all opsets up to
 * 23 need; a newer file (IR 14 from onnx 1.23) is written as 11 so that onnxruntime releases that
 * predate its IR still load it.
 */
const MAX_WRITTEN_IR_VERSION = 11;

export function writeOnnxModel(graph: ModelGraph): Uint8Array {
  const model = new ProtoWriter();
  model.int(1, Math.min(graph.irVersion, MAX_WRITTEN_IR_VERSION));
  model.string(2, 'mlsec');
  model.message(7, (g) => {
    for (const node of graph.nodes) {
      g.message(1, (n) => {
        for (const input of node.inputs) n.string(1, input);
        for (const output of node.outputs) n.string(2, output);
        if (node.name) n.string(3, node.name);
        n.string(4, node.opType);
        for (const [name, attribute] of Object.entries(node.attributes)) {
          n.message(5, (a) => {
            a.string(1, name);
            a.int(20, ATTRIBUTE_TYPE[attribute.kind]);
            switch (attribute.kind) {
              case 'float':
                a.float(2, attribute.value);
                break;
              case 'int':
                a.int(3, attribute.value);
                break;
              case 'string':
                a.string(4, attribute.value);
                break;
              case 'tensor':
                a.message(5, (t) => writeTensor(t, attribute.value));
                break;
              case 'floats':
                for (const v of attribute.value) a.float(7, v);
                break;
              case 'ints':
                for (const v of attribute.value) a.int(8, v);
                break;
              case 'strings':
                for (const v of attribute.value) a.string(9, v);
                break;
              case 'graph':
                // The reader keeps subgraphs only as a marker; no graph with one reaches onnxruntime.
                throw new Error(
                  `node ${node.name || node.opType}: cannot write a subgraph attribute (${name})`,
                );
            }
          });
        }
        if (node.domain) n.string(7, node.domain);
      });
    }
    g.string(2, 'mlsec');
    for (const [name, tensor] of graph.initializers) g.message(5, (t) => writeTensor(t, tensor, name));
    for (const input of graph.inputs)
      g.message(11, (v) => writeValueInfo(v, input.name, input.elemType, input.shape));
    for (const output of graph.outputs)
      g.message(12, (v) => writeValueInfo(v, output.name, output.elemType, output.shape));
  });
  for (const [domain, version] of Object.entries(graph.opsets)) {
    model.message(8, (o) => {
      if (domain) o.string(1, domain);
      o.int(2, version);
    });
  }
  return model.finish();
}
