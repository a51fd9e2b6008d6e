import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/core/model-formats.ts
var MODEL_FORMAT_HEAD_BYTES = 64 * 1024;
var UNKNOWN = { format: "unknown" };
function detectModelFormat(head, name) {
  return detectZip(head) ?? detectHdf5(head) ?? detectGguf(head) ?? detectNumpy(head) ?? detectSafetensors(head) ?? detectPickle(head, name) ?? detectCompressed(head) ?? detectTorchLegacyTar(head) ?? detectSavedModelFile(head, name) ?? detectOnnx(head) ?? UNKNOWN;
}
function startsWith(head, bytes, at = 0) {
  if (head.length < at + bytes.length) return false;
  return bytes.every((byte, index) => head[at + index] === byte);
}
function ascii(text) {
  return Array.from(text, (char) => char.charCodeAt(0));
}
function uint16(head, at) {
  return head[at] | head[at + 1] << 8;
}
function uint32(head, at) {
  return (head[at] | head[at + 1] << 8 | head[at + 2] << 16 | head[at + 3] << 24) >>> 0;
}
function baseName(name) {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1).toLowerCase();
}
function latin1Text(bytes) {
  let text = "";
  for (let at = 0; at < bytes.length; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return text;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
var LOCAL_HEADER = [80, 75, 3, 4];
var EMPTY_ARCHIVE = [80, 75, 5, 6];
var MAX_MEMBERS_READ = 64;
function readLeadingZipMembers(head) {
  const members = [];
  let offset = 0;
  while (members.length < MAX_MEMBERS_READ && startsWith(head, LOCAL_HEADER, offset) && offset + 30 <= head.length) {
    const flags = uint16(head, offset + 6);
    const method = uint16(head, offset + 8);
    const compressedSize = uint32(head, offset + 18);
    const nameLength = uint16(head, offset + 26);
    const extraLength = uint16(head, offset + 28);
    const nameStart = offset + 30;
    const dataStart = nameStart + nameLength + extraLength;
    if (nameStart + nameLength > head.length) break;
    const name = latin1Text(head.subarray(nameStart, nameStart + nameLength));
    const sizeKnown = (flags & 8) === 0 && compressedSize !== 4294967295;
    const dataEnd = dataStart + compressedSize;
    const stored = method === 0 && sizeKnown && dataEnd <= head.length ? head.subarray(dataStart, dataEnd) : void 0;
    members.push(stored ? { name, method, stored } : { name, method });
    if (!sizeKnown) break;
    offset = dataEnd;
  }
  return members;
}
var TORCH_MEMBER = /^[^/]+\/(?:data\.pkl|constants\.pkl|byteorder|\.format_version|\.data\/version)$/;
var KERAS_WEIGHTS = /^model\.weights\.(?:h5|npz)$/;
function detectZip(head) {
  if (startsWith(head, EMPTY_ARCHIVE)) return { format: "zip", hint: "empty archive" };
  if (!startsWith(head, LOCAL_HEADER)) return void 0;
  const members = readLeadingZipMembers(head);
  const names = members.map((member) => member.name);
  if (names.some((name) => TORCH_MEMBER.test(name))) return { format: "torch-zip" };
  if (isKerasArchive(members)) return { format: "keras-zip" };
  if (names.length > 0 && names.every((name) => name.endsWith(".npy"))) return { format: "numpy-npz" };
  return { format: "zip" };
}
function isKerasArchive(members) {
  const names = new Set(members.map((member) => member.name));
  if ([...names].some((name) => KERAS_WEIGHTS.test(name))) return true;
  if (names.has("metadata.json") && names.has("config.json")) return true;
  const metadata = members.find((member) => member.name === "metadata.json");
  return metadata?.stored !== void 0 && latin1Text(metadata.stored).includes('"keras_version"');
}
var HDF5_SIGNATURE = [137, 72, 68, 70, 13, 10, 26, 10];
function detectHdf5(head) {
  for (let at = 0; at + HDF5_SIGNATURE.length <= head.length; at = at === 0 ? 512 : at * 2) {
    if (startsWith(head, HDF5_SIGNATURE, at))
      return at === 0 ? { format: "hdf5" } : { format: "hdf5", hint: `user block of ${at} bytes` };
  }
  return void 0;
}
function detectGguf(head) {
  return startsWith(head, ascii("GGUF")) ? { format: "gguf" } : void 0;
}
var NPY_MAGIC = [147, ...ascii("NUMPY")];
function detectNumpy(head) {
  if (!startsWith(head, NPY_MAGIC) || head.length < 10) return void 0;
  const major = head[6];
  if (major < 1 || major > 3) return void 0;
  const headerStart = major === 1 ? 10 : 12;
  const headerLength = major === 1 ? uint16(head, 8) : head.length >= 12 ? uint32(head, 8) : 0;
  const header = latin1Text(head.subarray(headerStart, Math.min(head.length, headerStart + headerLength)));
  return /['"]\|O['"]/.test(header) ? { format: "numpy-npy", hint: "object dtype: a pickle follows the header" } : { format: "numpy-npy" };
}
var SAFETENSORS_MAX_HEADER = 1e8;
function detectSafetensors(head) {
  if (head.length < 9 || head[8] !== 123) return void 0;
  const low = uint32(head, 0);
  const high = uint32(head, 4);
  if (high !== 0 || low < 2 || low > SAFETENSORS_MAX_HEADER) return void 0;
  return { format: "safetensors" };
}
var PROTO = 128;
var FRAME = 149;
var TORCH_LEGACY_MAGIC = [138, 10, 108, 252, 156, 70, 249, 32, 106, 168, 80, 25];
var PICKLE_NAME_SUFFIX = /\.(?:pkl|pickle|dill|joblib|sav|pt|pth|bin|ckpt|data|dat|model)$/i;
function detectPickle(head, name) {
  if (head.length >= 2 && head[0] === PROTO && head[1] >= 2 && head[1] <= 5) {
    const afterFrame = head[2] === FRAME ? 11 : 2;
    if (startsWith(head, TORCH_LEGACY_MAGIC, afterFrame)) return { format: "torch-legacy" };
    return joblibWrapper(head) ?? { format: "pickle" };
  }
  if (head.length >= 2 && head[0] === PROTO && head[1] <= 1) {
    const rest = head.subarray(2);
    if (startsWithProtocol0or1(rest) || PICKLE_NAME_SUFFIX.test(name) && startsWithProtocol0or1Loosely(rest))
      return joblibWrapper(head) ?? { format: "pickle", hint: "protocol 0 or 1 (PROTO 0 or 1)" };
  }
  if (startsWithProtocol0or1(head) || PICKLE_NAME_SUFFIX.test(name) && startsWithProtocol0or1Loosely(head)) {
    return joblibWrapper(head) ?? { format: "pickle", hint: "protocol 0 or 1 (no PROTO opcode)" };
  }
  return void 0;
}
var JOBLIB_MODULE = "joblib.numpy_pickle";
function joblibWrapper(head) {
  const text = latin1Text(head);
  const encodings = [
    `\x8C${String.fromCharCode(JOBLIB_MODULE.length)}${JOBLIB_MODULE}`,
    `X${String.fromCharCode(JOBLIB_MODULE.length)}\0\0\0${JOBLIB_MODULE}`,
    `c${JOBLIB_MODULE}
`
  ];
  for (const encoding of encodings) {
    const at = text.indexOf(encoding);
    if (at >= 0) return { format: "joblib", hint: `names ${JOBLIB_MODULE} at byte ${at}` };
  }
  return void 0;
}
var IDENTIFIER_LINE = /^[A-Za-z_][\w.]*\n/;
function startsWithProtocol0or1(head) {
  const start = latin1Text(head.subarray(0, 256));
  if (start.startsWith("c")) {
    const moduleLine = IDENTIFIER_LINE.exec(start.slice(1));
    return moduleLine !== null && IDENTIFIER_LINE.test(start.slice(1 + moduleLine[0].length));
  }
  if (/^\((?:dp\d+\n|lp\d+\n|t|i[A-Za-z_][\w.]*\n)/.test(start)) return true;
  return /^[}\]](?:q.|r.{4}|\()/s.test(start);
}
var OPENING_OPCODES = new Set(ascii("()]}NIJKLFGSTUVXcdlt."));
function startsWithProtocol0or1Loosely(head) {
  return head.length > 1 && OPENING_OPCODES.has(head[0]) && head.includes(46);
}
function detectCompressed(head) {
  if (startsWith(head, [31, 139, 8])) return { format: "compressed", compression: "gzip" };
  if (startsWith(head, ascii("BZh")) && head.length >= 4 && head[3] >= 49 && head[3] <= 57) {
    return { format: "compressed", compression: "bz2" };
  }
  if (startsWith(head, [253, 55, 122, 88, 90, 0]))
    return { format: "compressed", compression: "xz" };
  if (startsWith(head, ascii("ZF")) && head.length >= 3 && /[0-9a-fx]/i.test(String.fromCharCode(head[2]))) {
    return { format: "compressed", compression: "zlib", hint: "joblib's legacy ZF container" };
  }
  if (isZlibHeader(head)) return { format: "compressed", compression: "zlib" };
  if (isLzmaAloneHeader(head)) return { format: "compressed", compression: "lzma" };
  return void 0;
}
function isZlibHeader(head) {
  if (head.length < 2) return false;
  const cmf = head[0];
  const flg = head[1];
  return (cmf & 15) === 8 && cmf >> 4 <= 7 && (flg & 32) === 0 && (cmf * 256 + flg) % 31 === 0;
}
function isLzmaAloneHeader(head) {
  if (head.length < 13 || head[0] >= 225) return false;
  const dictionary = uint32(head, 1);
  let plausibleDictionary = false;
  for (let bits = 12; bits <= 30 && !plausibleDictionary; bits++) {
    plausibleDictionary = dictionary === 2 ** bits || dictionary === 2 ** bits + 2 ** (bits - 1);
  }
  if (!plausibleDictionary) return false;
  const sizeUnknown = head.subarray(5, 13).every((byte) => byte === 255);
  return sizeUnknown || head[11] === 0 && head[12] === 0;
}
var TORCH_TAR_MEMBERS = /* @__PURE__ */ new Set(["sys_info", "pickle", "storages", "tensors"]);
function detectTorchLegacyTar(head) {
  if (head.length < 263 || !startsWith(head, ascii("ustar"), 257)) return void 0;
  const nameField = head.subarray(0, 100);
  const end = nameField.indexOf(0);
  const firstMember = latin1Text(nameField.subarray(0, end < 0 ? 100 : end)).replace(/^\.\//, "");
  if (TORCH_TAR_MEMBERS.has(firstMember)) return { format: "torch-legacy", hint: "tar checkpoint" };
  return { format: "unknown", hint: "tar archive" };
}
function readVarint(head, at) {
  let value = 0;
  let scale = 1;
  for (let index = 0; index < 10; index++) {
    if (at + index >= head.length) return void 0;
    const byte = head[at + index];
    value += (byte & 127) * scale;
    scale *= 128;
    if ((byte & 128) === 0) return { value, next: at + index + 1 };
  }
  return void 0;
}
function readProtobufFields(head, limit) {
  const fields = [];
  let offset = 0;
  while (offset < head.length && fields.length < limit) {
    const key = readVarint(head, offset);
    if (!key || key.value < 8) return void 0;
    const number = Math.floor(key.value / 8);
    const wireType = key.value % 8;
    if (wireType === 0) {
      const varint = readVarint(head, key.next);
      if (!varint) return void 0;
      fields.push({ number, wireType, value: varint.value });
      offset = varint.next;
    } else if (wireType === 2) {
      const length = readVarint(head, key.next);
      if (!length) return void 0;
      const end = length.next + length.value;
      if (end > head.length) {
        fields.push({ number, wireType, truncated: true });
        break;
      }
      fields.push({ number, wireType, bytes: head.subarray(length.next, end) });
      offset = end;
    } else {
      return void 0;
    }
  }
  return fields;
}
var ONNX_MODEL_FIELDS = /* @__PURE__ */ new Map([
  [1, 0],
  // ir_version
  [2, 2],
  // producer_name
  [3, 2],
  // producer_version
  [4, 2],
  // domain
  [5, 0],
  // model_version
  [6, 2],
  // doc_string
  [7, 2],
  // graph
  [8, 2],
  // opset_import
  [14, 2],
  // metadata_props
  [20, 2],
  // training_info
  [25, 2],
  // functions
  [26, 2]
  // configuration
]);
var ONNX_TEXT_FIELDS = /* @__PURE__ */ new Set([2, 3, 4, 6]);
var ONNX_MAX_IR_VERSION = 32;
function detectOnnx(head) {
  if (head[0] !== 8) return void 0;
  const fields = readProtobufFields(head, 4096);
  if (!fields || fields.length === 0) return void 0;
  const irVersion = fields[0];
  if (irVersion.number !== 1 || irVersion.value === void 0 || irVersion.value < 1 || irVersion.value > ONNX_MAX_IR_VERSION) {
    return void 0;
  }
  for (const field of fields) {
    if (ONNX_MODEL_FIELDS.get(field.number) !== field.wireType) return void 0;
    if (ONNX_TEXT_FIELDS.has(field.number) && field.bytes && !isText(field.bytes)) return void 0;
  }
  return fields.some((field) => field.number === 7 || field.number === 8) ? { format: "onnx" } : void 0;
}
function isText(bytes) {
  try {
    strictUtf8.decode(bytes);
  } catch {
    return false;
  }
  return bytes.every(
    (byte) => byte === 9 || byte === 10 || byte === 13 || byte >= 32 && byte !== 127
  );
}
function detectSavedModelFile(head, name) {
  if (baseName(name) !== "saved_model.pb") return void 0;
  const fields = readProtobufFields(head, 1);
  const first = fields?.[0];
  if (!first) return void 0;
  return first.number === 1 && first.wireType === 0 || first.number === 2 && first.wireType === 2 ? { format: "tf-savedmodel" } : void 0;
}

// src/core/model-files.ts
var MODEL_FILE_EXTENSIONS = [
  "safetensors",
  "bin",
  "pt",
  "pth",
  "pt2",
  "ptl",
  "ckpt",
  "onnx",
  "gguf",
  "ggml",
  "pkl",
  "pickle",
  "dill",
  "joblib",
  "sav",
  "h5",
  "hdf5",
  "keras",
  "pb",
  "tflite",
  "mlmodel",
  "msgpack",
  "npy",
  "npz",
  "nemo",
  "mar",
  "llamafile",
  "pdparams",
  "pdmodel",
  "caffemodel",
  "pth.tar",
  "pt.tar"
];
var EXTENSION_SUFFIXES = MODEL_FILE_EXTENSIONS.map((extension) => `.${extension}`);
function isModelFileName(name) {
  const base = baseName(name);
  return EXTENSION_SUFFIXES.some((suffix) => base.endsWith(suffix));
}
var COMPRESSION_SUFFIX = /\.(?:gz|gzip|z|zlib|bz2|xz|lzma)$/i;
function looksLikeModelFile(head, name) {
  const { format } = detectModelFormat(head, name);
  if (format === "unknown") return false;
  if (format === "zip" || format === "compressed") {
    return isModelFileName(name) || isModelFileName(name.replace(COMPRESSION_SUFFIX, ""));
  }
  return true;
}

export {
  MODEL_FORMAT_HEAD_BYTES,
  detectModelFormat,
  isLzmaAloneHeader,
  isModelFileName,
  looksLikeModelFile
};
