/**
 * JSON as Python's `json.loads` reads it, for judging configs that Python code will load: the
 * grammar of RFC 8259 plus the `NaN`, `Infinity` and `-Infinity` literals Python writes and reads,
 * no control characters inside strings (its strict mode), and the byte encodings `json.loads`
 * detects on bytes (UTF-8 with or without a BOM, UTF-16 and UTF-32).
 *
 * Unlike `JSON.parse` it keeps every member of an object, in order, duplicates included, and says
 * where each duplicate is: Python keeps the last, other readers the first, and a scanner must see
 * both. Depth and size are bounded; the parser never recurses deeper than `maxDepth`.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

export class JsonObject {
  constructor(readonly entries: readonly (readonly [string, JsonValue])[]) {}

  /** The member Python's dict keeps: the last one of that name. */
  get(key: string): JsonValue | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (entry[0] === key) return entry[1];
    }
    return undefined;
  }

  string(key: string): string | undefined {
    const value = this.get(key);
    return typeof value === 'string' ? value : undefined;
  }

  object(key: string): JsonObject | undefined {
    const value = this.get(key);
    return value instanceof JsonObject ? value : undefined;
  }
}

export type JsonPathSegment = string | number;

export interface JsonDuplicate {
  /** Path of the object that holds the key twice. */
  readonly path: readonly JsonPathSegment[];
  readonly key: string;
  /** Offset, in characters of the decoded text, of the later occurrence. */
  readonly offset: number;
}

export interface JsonLimits {
  readonly maxDepth: number;
  /** Values (objects, arrays, strings, numbers, literals) in the document. */
  readonly maxValues: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset in characters of the decoded text. */
    readonly offset: number,
    readonly limit = false,
  ) {
    super(message);
  }
}

export interface ParsedJson {
  readonly value: JsonValue;
  readonly duplicates: readonly JsonDuplicate[];
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Parses `text` as `json.loads` does; throws JsonSyntaxError where Python would fail, or at a limit. */
export function parsePythonJson(text: string, limits: JsonLimits): ParsedJson {
  let pos = 0;
  let values = 0;
  const path: JsonPathSegment[] = [];
  const duplicates: JsonDuplicate[] = [];

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipWhitespace = (): void => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const literal = (word: string, value: JsonValue): JsonValue => {
    if (!text.startsWith(word, pos)) fail('expecting a value');
    pos += word.length;
    return value;
  };

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    let run = pos;
    for (;;) {
      if (pos >= text.length) fail('unterminated string', start);
      const code = text.charCodeAt(pos);
      if (code === 0x22) {
        out += text.slice(run, pos);
        pos++;
        return out;
      }
      if (code < 0x20) fail('control character inside a string');
      if (code !== 0x5c) {
        pos++;
        continue;
      }
      out += text.slice(run, pos);
      const escape = text[pos + 1];
      switch (escape) {
        case '"':
        case '\\':
        case '/':
          out += escape;
          pos += 2;
          break;
        case 'b':
          out += '\b';
          pos += 2;
          break;
        case 'f':
          out += '\f';
          pos += 2;
          break;
        case 'n':
          out += '\n';
          pos += 2;
          break;
        case 'r':
          out += '\r';
          pos += 2;
          break;
        case 't':
          out += '\t';
          pos += 2;
          break;
        case 'u': {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\uXXXX escape');
          // Python joins an escaped surrogate pair and keeps a lone surrogate; so do JS strings.
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          break;
        }
        default:
          fail('invalid escape');
      }
      run = pos;
    }
  };

  const parseValue = (depth: number): JsonValue => {
    if (++values > limits.maxValues)
      throw new JsonSyntaxError(`more than ${limits.maxValues} values`, pos, true);
    skipWhitespace();
    const char = text[pos];
    switch (char) {
      case '{':
      case '[': {
        if (depth >= limits.maxDepth) {
          throw new JsonSyntaxError(`nesting deeper than ${limits.maxDepth} levels`, pos, true);
        }
        return char === '{' ? parseObject(depth + 1) : parseArray(depth + 1);
      }
      case '"':
        return parseString();
      case 't':
        return literal('true', true);
      case 'f':
        return literal('false', false);
      case 'n':
        return literal('null', null);
      case 'N':
        return literal('NaN', Number.NaN);
      case 'I':
        return literal('Infinity', Number.POSITIVE_INFINITY);
      default: {
        if (text.startsWith('-Infinity', pos)) return literal('-Infinity', Number.NEGATIVE_INFINITY);
        NUMBER.lastIndex = pos;
        const match = NUMBER.exec(text);
        if (!match) return fail('expecting a value');
        pos = NUMBER.lastIndex;
        return Number(match[0]);
      }
    }
  };

  const parseObject = (depth: number): JsonObject => {
    pos++;
    const entries: [string, JsonValue][] = [];
    const keys = new Set<string>();
    skipWhitespace();
    if (text[pos] === '}') {
      pos++;
      return new JsonObject(entries);
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] !== '"') fail('expecting a property name in double quotes');
      const keyAt = pos;
      const key = parseString();
      skipWhitespace();
      if (text[pos] !== ':') fail("expecting ':' delimiter");
      pos++;
      if (keys.has(key)) duplicates.push({ path: [...path], key, offset: keyAt });
      keys.add(key);
      path.push(key);
      entries.push([key, parseValue(depth)]);
      path.pop();
      skipWhitespace();
      const next = text[pos];
      pos++;
      if (next === '}') return new JsonObject(entries);
      if (next !== ',') fail("expecting ',' delimiter", pos - 1);
    }
  };

  const parseArray = (depth: number): JsonValue[] => {
    pos++;
    const items: JsonValue[] = [];
    skipWhitespace();
    if (text[pos] === ']') {
      pos++;
      return items;
    }
    for (;;) {
      path.push(items.length);
      items.push(parseValue(depth));
      path.pop();
      skipWhitespace();
      const next = text[pos];
      pos++;
      if (next === ']') return items;
      if (next !== ',') fail("expecting ',' delimiter", pos - 1);
    }
  };

  const value = parseValue(0);
  skipWhitespace();
  if (pos < text.length) fail('extra data after the document');
  return { value, duplicates };
}

export interface DecodedText {
  readonly text: string;
  /** The encoding json.loads would use for these bytes ('utf-8' for text given as str). */
  readonly encoding: 'utf-8' | 'utf-8-sig' | 'utf-16-le' | 'utf-16-be' | 'utf-32-le' | 'utf-32-be';
  /** False when the bytes are not valid in that encoding; `text` then has U+FFFD for them. */
  readonly valid: boolean;
}

/**
 * Bytes as `json.loads(bytes)` decodes them: its encoding detection (a BOM, else the pattern of
 * NUL bytes at the start) and a strict decoder.
 */
export function decodeJsonBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  const at = (n: number): number => bytes[n] ?? -1;
  if (
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) ||
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
  ) {
    return decodeUtf32(bytes.subarray(4), b0 === 0 ? 'utf-32-be' : 'utf-32-le');
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe)) {
    return decodeWith(bytes.subarray(2), b0 === 0xfe ? 'utf-16-be' : 'utf-16-le');
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { ...decodeWith(bytes.subarray(3), 'utf-8'), encoding: 'utf-8-sig' };
  if (bytes.length >= 4) {
    if (at(0) === 0) return at(1) ? decodeWith(bytes, 'utf-16-be') : decodeUtf32(bytes, 'utf-32-be');
    if (at(1) === 0) return at(2) || at(3) ? decodeWith(bytes, 'utf-16-le') : decodeUtf32(bytes, 'utf-32-le');
  } else if (bytes.length === 2) {
    if (at(0) === 0) return decodeWith(bytes, 'utf-16-be');
    if (at(1) === 0) return decodeWith(bytes, 'utf-16-le');
  }
  return decodeWith(bytes, 'utf-8');
}

/** Strict UTF-8, as `bytes.decode('utf-8')`. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  return decodeWith(bytes, 'utf-8');
}

function decodeWith(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16-le' | 'utf-16-be'): DecodedText {
  const label = encoding === 'utf-8' ? 'utf-8' : encoding === 'utf-16-le' ? 'utf-16le' : 'utf-16be';
  try {
    return {
      text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding,
      valid: true,
    };
  } catch {
    return { text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes), encoding, valid: false };
  }
}

function decodeUtf32(bytes: Uint8Array, encoding: 'utf-32-le' | 'utf-32-be'): DecodedText {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let valid = bytes.length % 4 === 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, encoding === 'utf-32-le');
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      valid = false;
      parts.push('\ufffd');
    } else {
      parts.push(String.fromCodePoint(code));
    }
  }
  return { text: parts.join(''), encoding, valid };
}
