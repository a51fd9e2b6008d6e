import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  IssueList,
  quoted
} from "./chunk-5YU4NVLR.mjs";

// src/checks/scan-model/chat-template.ts
var MAX_FINDINGS = 20;
var MAX_FOLDED_CHARS = 4096;
var MAX_FOLD_STEPS = 1e4;
var MAX_FOLD_DEPTH = 64;
var TEMPLATE_FOLD_BUDGET = 2e6;
var ATTRIBUTE_DANGER = /* @__PURE__ */ new Set([
  "os",
  "sys",
  "subprocess",
  "popen",
  "eval",
  "exec",
  "execfile",
  "builtins",
  "importlib",
  "import_module",
  "load_module",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "modules",
  "compile",
  "breakpoint",
  "check_output",
  "check_call",
  "spawnl",
  "spawnv",
  "spawnve",
  "execv",
  "execve",
  "shutil",
  "ctypes",
  "pty",
  "socket",
  "pickle",
  "marshal",
  "posix",
  "mro"
]);
var CALL_DANGER = /* @__PURE__ */ new Set([...ATTRIBUTE_DANGER, "system", "open", "import", "input", "exit"]);
var SUBSCRIPT_DANGER = /* @__PURE__ */ new Set([...ATTRIBUTE_DANGER]);
var GADGET_GLOBALS = /* @__PURE__ */ new Set([
  "lipsum",
  "cycler",
  "joiner",
  "namespace",
  "range",
  "dict",
  "self",
  "raise_exception",
  "strftime_now",
  "config",
  "request",
  "url_for",
  "get_flashed_messages"
]);
var ATTRIBUTE_FILTERS = /* @__PURE__ */ new Set([
  "map",
  "selectattr",
  "rejectattr",
  "sort",
  "groupby",
  "sum",
  "unique",
  "min",
  "max"
]);
var LOADING_STATEMENTS = /* @__PURE__ */ new Set(["import", "include", "extends", "from"]);
var BUILDER_OPERATORS = /* @__PURE__ */ new Set(["~", "+", "*", "%"]);
var KNOWN_DUNDER_TEXT = /__(?:class|globals|subclasses|builtins|import|init|mro|base|bases|dict|getattribute|getattr|code|func|self|module|reduce|reduce_ex|loader|spec|closure|defaults|kwdefaults|qualname)__/;
var WHITESPACE = /\s+/y;
var NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
var NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|[0-9](?:_?[0-9])*(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?/y;
var TWO_CHAR_OPERATORS = /* @__PURE__ */ new Set(["//", "**", "==", "!=", ">=", "<="]);
var TWO_CHAR_SECOND = /* @__PURE__ */ new Set(["/", "*", "="]);
var RAW_BEGIN = /\{%[-+]?\s*raw\s*-?%\}/y;
var RAW_END = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
function lex(template) {
  const segments = [];
  const text = [];
  let pos = 0;
  while (pos < template.length) {
    const open = nextDelimiter(template, pos);
    if (open < 0) break;
    if (open > pos) text.push([pos, open]);
    const second = template[open + 1];
    if (second === "#") {
      const close = template.indexOf("#}", open + 2);
      pos = close < 0 ? template.length : close + 2;
      continue;
    }
    if (second === "%") {
      RAW_BEGIN.lastIndex = open;
      const raw = RAW_BEGIN.exec(template);
      if (raw) {
        RAW_END.lastIndex = open + raw[0].length;
        const end2 = RAW_END.exec(template);
        const contentEnd = end2 ? end2.index : template.length;
        text.push([open + raw[0].length, contentEnd]);
        pos = end2 ? end2.index + end2[0].length : template.length;
        continue;
      }
    }
    const kind = second === "%" ? "block" : "variable";
    const { tokens, end } = lexCode(template, open + 2, kind);
    segments.push({ kind, tokens, at: open });
    pos = end;
  }
  if (pos < template.length) text.push([pos, template.length]);
  return { segments, text };
}
function nextDelimiter(template, from) {
  let at = template.indexOf("{", from);
  while (at >= 0) {
    const next = template[at + 1];
    if (next === "{" || next === "%" || next === "#") return at;
    at = template.indexOf("{", at + 1);
  }
  return -1;
}
function lexCode(template, start, kind) {
  const tokens = [];
  const closer = kind === "block" ? "%}" : "}}";
  let depth = 0;
  let pos = start;
  while (pos < template.length) {
    const code = template.charCodeAt(pos);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code > 127) {
      WHITESPACE.lastIndex = pos;
      if (WHITESPACE.test(template)) {
        pos = WHITESPACE.lastIndex;
        continue;
      }
    }
    if (depth === 0 && template.startsWith(closer, pos)) return { tokens, end: pos + 2 };
    const char = template[pos];
    if (char === "'" || char === '"') {
      const { token, end } = lexString(template, pos);
      tokens.push(token);
      pos = end;
      continue;
    }
    NUMBER.lastIndex = pos;
    const number = code >= 48 && code <= 57 ? NUMBER.exec(template) : null;
    if (number) {
      tokens.push({ type: "number", text: number[0], number: parseNumber(number[0]), at: pos });
      pos += number[0].length;
      continue;
    }
    NAME.lastIndex = pos;
    const name = code === 95 || (code | 32) >= 97 && (code | 32) <= 122 || code > 127 ? NAME.exec(template) : null;
    if (name) {
      tokens.push({ type: "name", text: name[0], at: pos });
      pos += name[0].length;
      continue;
    }
    const op = TWO_CHAR_SECOND.has(template[pos + 1] ?? "") && TWO_CHAR_OPERATORS.has(template.slice(pos, pos + 2)) ? template.slice(pos, pos + 2) : char;
    if (op === "(" || op === "[" || op === "{") depth++;
    else if ((op === ")" || op === "]" || op === "}") && depth > 0) depth--;
    tokens.push({ type: "op", text: op, at: pos });
    pos += op.length;
  }
  return { tokens, end: template.length };
}
function parseNumber(text) {
  const clean = text.replace(/_/g, "");
  if (/^0[oO]/.test(clean)) return parseInt(clean.slice(2), 8);
  if (/^0[bB]/.test(clean)) return parseInt(clean.slice(2), 2);
  return Number(clean);
}
function lexString(template, start) {
  const quote = template[start];
  let pos = start + 1;
  let value = "";
  let undecodable = false;
  while (pos < template.length && template[pos] !== quote) {
    if (template[pos] !== "\\") {
      const run = quote === "'" ? SINGLE_QUOTED_RUN : DOUBLE_QUOTED_RUN;
      run.lastIndex = pos;
      run.test(template);
      value += template.slice(pos, run.lastIndex);
      pos = run.lastIndex;
      continue;
    }
    const escape = template[pos + 1];
    if (escape === void 0) {
      value += "\\";
      pos++;
      break;
    }
    const simple = PYTHON_SIMPLE_ESCAPES[escape];
    if (simple !== void 0) {
      value += simple;
      pos += 2;
      continue;
    }
    if (escape === "\n") {
      pos += 2;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(template.slice(pos + 1, pos + 4));
    if (octal) {
      value += String.fromCodePoint(parseInt(octal[0], 8));
      pos += 1 + octal[0].length;
      continue;
    }
    const width = escape === "x" ? 2 : escape === "u" ? 4 : escape === "U" ? 8 : 0;
    if (width > 0) {
      const hex = template.slice(pos + 2, pos + 2 + width);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : -1;
      if (code >= 0 && code <= 1114111) {
        value += String.fromCodePoint(code);
        pos += 2 + width;
      } else {
        undecodable = true;
        value += "\uFFFD";
        pos += 2;
      }
      continue;
    }
    if (escape === "N" && template[pos + 2] === "{") {
      const close = template.indexOf("}", pos + 3);
      const name = close < 0 ? "" : template.slice(pos + 3, close);
      const decoded = unicodeName(name);
      if (decoded === void 0) undecodable = true;
      value += decoded ?? "\uFFFD";
      pos = close < 0 ? template.length : close + 1;
      continue;
    }
    value += `\\${escape}`;
    pos += 2;
  }
  const end = Math.min(pos + 1, template.length);
  return { token: { type: "string", text: value, at: start, ...undecodable ? { undecodable } : {} }, end };
}
var SINGLE_QUOTED_RUN = /[^'\\]+/y;
var DOUBLE_QUOTED_RUN = /[^"\\]+/y;
var PYTHON_SIMPLE_ESCAPES = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function unicodeName(name) {
  const upper = name.trim().toUpperCase().replace(/\s+/g, " ");
  if (upper === "LOW LINE") return "_";
  if (upper === "FULL STOP") return ".";
  const letter = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(upper);
  if (letter) return letter[1] === "SMALL" ? letter[2].toLowerCase() : letter[2];
  const digit = /^DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/.exec(upper);
  if (digit)
    return String(
      ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].indexOf(digit[1])
    );
  return void 0;
}
var NOT = /* @__PURE__ */ Symbol("not constant");
var Folder = class {
  constructor(tokens, start, end, constants, budget) {
    this.tokens = tokens;
    this.end = end;
    this.constants = constants;
    this.budget = budget;
    this.pos = start;
  }
  tokens;
  end;
  constants;
  budget;
  pos;
  steps = 0;
  /** True once two or more pieces were combined (concatenation, repetition, format, join ...). */
  combined = false;
  #depth = 0;
  #peek(offset = 0) {
    const at = this.pos + offset;
    return at < this.end ? this.tokens[at] : void 0;
  }
  #isOp(text, offset = 0) {
    const token = this.#peek(offset);
    return token?.type === "op" && token.text === text;
  }
  #fits(value) {
    if (++this.steps > MAX_FOLD_STEPS) return NOT;
    if (typeof value === "string" && value.length > MAX_FOLDED_CHARS) return NOT;
    if (Array.isArray(value) && value.length > MAX_FOLDED_CHARS) return NOT;
    return value;
  }
  expression() {
    if (this.#depth >= MAX_FOLD_DEPTH) return NOT;
    this.#depth++;
    try {
      return this.#concatenation();
    } finally {
      this.#depth--;
    }
  }
  #concatenation() {
    let left = this.#term();
    while (left !== NOT && (this.#isOp("~") || this.#isOp("+") || this.#isOp("-"))) {
      const op = this.#peek().text;
      this.pos++;
      const right = this.#term();
      if (right === NOT) return NOT;
      this.combined = true;
      left = this.#fits(binary(op, left, right));
    }
    return left;
  }
  #term() {
    let left = this.#unary();
    while (left !== NOT && (this.#isOp("*") || this.#isOp("%") || this.#isOp("//") || this.#isOp("/"))) {
      const op = this.#peek().text;
      this.pos++;
      const right = this.#unary();
      if (right === NOT) return NOT;
      this.combined = true;
      left = this.#fits(binary(op, left, right));
    }
    return left;
  }
  #unary() {
    if (this.#isOp("-")) {
      this.pos++;
      const value = this.#unary();
      return typeof value === "number" ? -value : NOT;
    }
    return this.#postfix(this.#primary());
  }
  #primary() {
    const token = this.#peek();
    if (token === void 0 || ++this.steps > MAX_FOLD_STEPS) return NOT;
    if (--this.budget.steps < 0) {
      this.budget.exhausted = true;
      return NOT;
    }
    if (token.type === "string") {
      let value = token.text;
      this.pos++;
      while (this.#peek()?.type === "string") {
        value += this.#peek().text;
        this.combined = true;
        this.pos++;
        if (value.length > MAX_FOLDED_CHARS) return NOT;
      }
      return this.#fits(value);
    }
    if (token.type === "number") {
      this.pos++;
      return token.number ?? NOT;
    }
    if (token.type === "name") {
      const known = this.constants.get(token.text);
      if (known === void 0) return NOT;
      this.pos++;
      if (known !== NOT) this.combined = true;
      return known;
    }
    if (token.text === "(" || token.text === "[") {
      const closer = token.text === "(" ? ")" : "]";
      this.pos++;
      const items = [];
      let tuple = token.text === "[";
      while (!this.#isOp(closer)) {
        const item = this.expression();
        if (item === NOT) return NOT;
        items.push(item);
        if (this.#isOp(",")) {
          tuple = true;
          this.pos++;
        } else if (!this.#isOp(closer)) return NOT;
      }
      this.pos++;
      return tuple ? items : items[0] ?? NOT;
    }
    return NOT;
  }
  #postfix(start) {
    let value = start;
    while (value !== NOT) {
      if (this.#isOp("[")) {
        value = this.#subscript(value);
      } else if (this.#isOp(".") && this.#peek(1)?.type === "name" && this.#isOp("(", 2)) {
        const method = this.#peek(1).text;
        this.pos += 2;
        const args = this.#arguments();
        if (args === NOT) return NOT;
        this.combined = true;
        value = this.#fits(applyFunction(method, value, args, true));
      } else if (this.#isOp("|") && this.#peek(1)?.type === "name") {
        const filter = this.#peek(1).text;
        this.pos += 2;
        let args = [];
        if (this.#isOp("(")) {
          const parsed = this.#arguments();
          if (parsed === NOT) return NOT;
          args = parsed;
        }
        this.combined = true;
        value = this.#fits(applyFunction(filter, value, args, false));
      } else break;
    }
    return value;
  }
  /** `(a, b, ...)` from the open parenthesis; keyword arguments are not constant here. */
  #arguments() {
    this.pos++;
    const args = [];
    while (!this.#isOp(")")) {
      if (this.#peek() === void 0) return NOT;
      const arg = this.expression();
      if (arg === NOT) return NOT;
      args.push(arg);
      if (this.#isOp(",")) this.pos++;
      else if (!this.#isOp(")")) return NOT;
    }
    this.pos++;
    return args;
  }
  #subscript(target) {
    this.pos++;
    const parts = [];
    let slice = false;
    for (; ; ) {
      if (this.#isOp(":")) {
        parts.push(void 0);
        slice = true;
        this.pos++;
        continue;
      }
      if (this.#isOp("]")) {
        this.pos++;
        break;
      }
      const index = this.expression();
      if (typeof index !== "number") return NOT;
      parts.push(index);
      if (this.#isOp(":")) {
        slice = true;
        this.pos++;
        if (this.#isOp("]")) parts.push(void 0);
      } else if (!this.#isOp("]")) return NOT;
    }
    if (!slice) {
      const index = parts[0];
      if (index === void 0 || typeof target === "number") return NOT;
      const at = index < 0 ? target.length + index : index;
      const item = target[at];
      return item === void 0 ? NOT : item;
    }
    if (typeof target === "number") return NOT;
    this.combined = true;
    return pythonSlice(target, parts);
  }
};
function binary(op, left, right) {
  if (op === "~") return typeof left === "object" || typeof right === "object" ? NOT : `${left}${right}`;
  if (op === "+") {
    if (typeof left === "string" && typeof right === "string") return left + right;
    if (typeof left === "number" && typeof right === "number") return left + right;
    if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
    return NOT;
  }
  if (op === "*") {
    const [text, count] = typeof left === "number" ? [right, left] : [left, right];
    if (typeof count !== "number") return NOT;
    if (typeof text === "number") return text * count;
    if (!Number.isInteger(count) || count < 0 || count * text.length > MAX_FOLDED_CHARS) return NOT;
    return typeof text === "string" ? text.repeat(count) : Array.from({ length: count }, () => text).flat();
  }
  if (op === "%") {
    if (typeof left === "string") return percentFormat(left, Array.isArray(right) ? right : [right]);
    if (typeof left === "number" && typeof right === "number" && right !== 0) return left % right;
    return NOT;
  }
  if (op === "-" && typeof left === "number" && typeof right === "number") return left - right;
  if ((op === "//" || op === "/") && typeof left === "number" && typeof right === "number" && right !== 0)
    return op === "/" ? left / right : Math.floor(left / right);
  return NOT;
}
function applyFunction(name, target, args, method) {
  const text = typeof target === "string" ? target : void 0;
  const arg = (i) => typeof args[i] === "string" ? args[i] : void 0;
  switch (name) {
    case "lower":
      return text?.toLowerCase() ?? NOT;
    case "upper":
      return text?.toUpperCase() ?? NOT;
    case "title":
    case "capitalize":
      return text === void 0 ? NOT : text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
    case "swapcase":
      return text === void 0 ? NOT : [...text].map((c) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()).join("");
    case "trim":
    case "strip":
      return text?.trim() ?? NOT;
    case "lstrip":
      return text?.trimStart() ?? NOT;
    case "rstrip":
      return text?.trimEnd() ?? NOT;
    case "string":
      return typeof target === "object" ? NOT : String(target);
    case "reverse":
      return text !== void 0 ? [...text].reverse().join("") : Array.isArray(target) ? [...target].reverse() : NOT;
    case "list":
      return text !== void 0 ? [...text] : Array.isArray(target) ? target : NOT;
    case "first":
      return (text !== void 0 ? text[0] : Array.isArray(target) ? target[0] : void 0) ?? NOT;
    case "last":
      return (text !== void 0 ? text.at(-1) : Array.isArray(target) ? target.at(-1) : void 0) ?? NOT;
    case "replace": {
      const from = arg(0);
      const to = arg(1);
      return text === void 0 || from === void 0 || to === void 0 ? NOT : text.split(from).join(to);
    }
    case "join": {
      const [items, separator] = method ? [args[0], text] : [target, args.length === 0 ? "" : arg(0)];
      if (separator === void 0) return NOT;
      const pieces = Array.isArray(items) ? items : typeof items === "string" ? [...items] : void 0;
      return pieces === void 0 || pieces.some((p) => typeof p === "object") ? NOT : pieces.join(separator);
    }
    case "format":
      if (text === void 0) return NOT;
      return method ? braceFormat(text, args) : percentFormat(text, args);
    default:
      return NOT;
  }
}
function percentFormat(format, args) {
  let next = 0;
  let failed = false;
  const out = format.replace(
    /%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g,
    (_match, conversion) => {
      if (conversion === "%") return "%";
      const value = args[next++];
      if (value === void 0 || typeof value === "object") {
        failed = true;
        return "";
      }
      if (conversion === "c")
        return typeof value === "number" ? String.fromCodePoint(value & 2097151) : value;
      return String(value);
    }
  );
  return failed ? NOT : out;
}
function braceFormat(format, args) {
  let next = 0;
  let failed = false;
  const out = format.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const index = field === void 0 || field === "" ? next++ : /^\d+$/.test(field) ? Number(field) : -1;
    const value = args[index];
    if (value === void 0 || typeof value === "object") {
      failed = true;
      return "";
    }
    return String(value);
  });
  return failed ? NOT : out;
}
function pythonSlice(target, parts) {
  const items = typeof target === "string" ? [...target] : target;
  const length = items.length;
  const step = parts[2] ?? 1;
  if (step === 0 || !Number.isInteger(step)) return NOT;
  const clamp = (value, fallback, low, high) => {
    if (value === void 0) return fallback;
    const index = value < 0 ? value + length : value;
    return Math.min(Math.max(index, low), high);
  };
  const out = [];
  if (step > 0) {
    const stop = clamp(parts[1], length, 0, length);
    for (let i = clamp(parts[0], 0, 0, length); i < stop; i += step) out.push(items[i]);
  } else {
    const stop = clamp(parts[1], -1, -1, length - 1);
    for (let i = clamp(parts[0], length - 1, -1, length - 1); i > stop; i += step) out.push(items[i]);
  }
  return typeof target === "string" ? out.join("") : out;
}
var Findings = class {
  list = [];
  #seen = /* @__PURE__ */ new Set();
  #errors = 0;
  add(level, what, at, why) {
    const key = `${level}\0${what}`;
    if (this.#seen.has(key) || this.list.length >= MAX_FINDINGS) return;
    this.#seen.add(key);
    if (level === "error") this.#errors++;
    this.list.push({ ruleId: "model/unsafe-construct", level, message: `${what} (character ${at}): ${why}` });
  }
  get errors() {
    return this.#errors;
  }
};
function shown(text) {
  const cut = text.length > 60 ? `${text.slice(0, 60)}...` : text;
  return `'${cut.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, "0")}`)}'`;
}
var WHY_DUNDER = "a double-underscore attribute leads from any object to Python classes, globals and builtins (CVE-2024-34359, GHSA-56xg-wfcc-g829)";
var WHY_PRIVATE = "an underscore attribute is Python internals, never template data";
var WHY_DANGER = "it names Python code execution, imports or file access";
var WHY_BUILT = "the name is assembled from pieces, the way a payload hides from a plain text search";
function judgeName(name) {
  if (name.startsWith("__")) return WHY_DUNDER;
  if (name.startsWith("_")) return WHY_PRIVATE;
  return void 0;
}
function namesDunder(value) {
  return /^__\w+__$/.test(value) || KNOWN_DUNDER_TEXT.test(value);
}
function prepare(tokens, constants, budget) {
  const match = new Int32Array(tokens.length).fill(-1);
  const parent = new Int32Array(tokens.length).fill(-1);
  const stack = [];
  const pairs = { ")": "(", "]": "[", "}": "{" };
  tokens.forEach((token, i) => {
    parent[i] = stack.at(-1) ?? -1;
    if (token.type !== "op") return;
    if (token.text === "(" || token.text === "[" || token.text === "{") stack.push(i);
    else if (pairs[token.text] !== void 0 && stack.length > 0) {
      const open = stack.pop();
      if (tokens[open].text === pairs[token.text]) {
        match[open] = i;
        match[i] = open;
      }
      parent[i] = stack.at(-1) ?? -1;
    }
  });
  return { tokens, match, parent, constants, budget };
}
function judgeChatTemplate(template) {
  const findings = new Findings();
  const { segments, text } = lex(template);
  const budget = { steps: TEMPLATE_FOLD_BUDGET, exhausted: false };
  const constants = collectConstants(segments, budget);
  for (const segment of segments) judgeSegment(segment, prepare(segment.tokens, constants, budget), findings);
  if (budget.exhausted) {
    findings.add(
      "warning",
      "The template has more constant expressions than this scanner folds",
      0,
      "names assembled past that point were not followed"
    );
  }
  if (findings.errors === 0) {
    for (const [start, end] of text) {
      const match = KNOWN_DUNDER_TEXT.exec(template.slice(start, end));
      if (match) {
        findings.add(
          "warning",
          `Output text names ${shown(match[0])}`,
          start + match.index,
          "Jinja prints it rather than runs it, but a renderer that reads the delimiters differently could run it"
        );
        break;
      }
    }
  }
  return findings.list;
}
function collectConstants(segments, budget) {
  const constants = /* @__PURE__ */ new Map();
  for (const { kind, tokens } of segments) {
    if (kind !== "block" || tokens[0]?.type !== "name") continue;
    const keyword = tokens[0].text;
    if (keyword === "for") {
      for (let i = 1; i < tokens.length && tokens[i].text !== "in"; i++) {
        if (tokens[i].type === "name") constants.set(tokens[i].text, NOT);
      }
      continue;
    }
    if (keyword !== "set" || tokens[1]?.type !== "name" || tokens[2]?.text !== "=") continue;
    const name = tokens[1].text;
    const folder = new Folder(tokens, 3, tokens.length, constants, budget);
    const value = folder.expression();
    const whole = folder.pos === tokens.length || folder.pos === tokens.length - 1 && tokens.at(-1).text === "-";
    const previous = constants.get(name);
    const folded = whole ? value : NOT;
    constants.set(name, previous === void 0 || same(previous, folded) ? folded : NOT);
  }
  return constants;
}
function same(a, b) {
  return a !== NOT && b !== NOT && JSON.stringify(a) === JSON.stringify(b);
}
function isOp(token, text) {
  return token?.type === "op" && token.text === text;
}
function foldWhole(code, start, end) {
  if (start >= end) return NOT;
  const folder = new Folder(code.tokens, start, end, code.constants, code.budget);
  const value = folder.expression();
  return folder.pos === end ? value : NOT;
}
function argumentRanges(code, open) {
  const close = code.match[open];
  const ranges = [];
  if (close < 0) return ranges;
  let start = open + 1;
  for (let i = open + 1; i < close; i++) {
    const inner = code.match[i];
    if (inner > i) {
      i = inner;
      continue;
    }
    if (isOp(code.tokens[i], ",")) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  if (start < close) ranges.push([start, close]);
  return ranges;
}
function judgeSegment(segment, code, findings) {
  const tokens = segment.tokens;
  const first = tokens[0];
  if (segment.kind === "block" && first?.type === "name" && LOADING_STATEMENTS.has(first.text)) {
    findings.add(
      "warning",
      `\`{% ${first.text} %}\` loads another template`,
      first.at,
      "a chat template is meant to stand alone; what it loads is not in this file"
    );
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (token.type === "string") judgeString(code, i, findings);
    if (isOp(token, ".") && next?.type === "name") {
      const name = next.text;
      const why = judgeName(name) ?? (ATTRIBUTE_DANGER.has(name) ? WHY_DANGER : void 0);
      if (why !== void 0) findings.add("error", `Code reaches the attribute ${shown(name)}`, next.at, why);
      else if (CALL_DANGER.has(name) && isOp(tokens[i + 2], "("))
        findings.add("error", `Code calls the method ${shown(name)}`, next.at, WHY_DANGER);
    }
    if (token.type === "name" && !isOp(previous, ".")) {
      if (token.text.startsWith("__"))
        findings.add("error", `Code uses the name ${shown(token.text)}`, token.at, WHY_DUNDER);
      else if (CALL_DANGER.has(token.text) && isOp(next, "("))
        findings.add("error", `Code calls ${shown(token.text)}`, token.at, WHY_DANGER);
      if (GADGET_GLOBALS.has(token.text) && !isOp(previous, "|") && (isOp(next, ".") || isOp(next, "[") || isOp(next, "|") && tokens[i + 2]?.text === "attr")) {
        findings.add(
          "error",
          `Code reaches an attribute of the global ${shown(token.text)} itself`,
          token.at,
          "a global function or class object leads through its attributes to its module globals and os"
        );
      }
    }
    if (isOp(token, "[") && previous !== void 0 && isSubscriptTarget(previous))
      judgeSubscript(code, i, findings);
    if (isOp(token, "|") && next?.type === "name") {
      if (next.text === "attr") judgeAttrFilter(code, i + 2, findings, next.at);
      else if (ATTRIBUTE_FILTERS.has(next.text) && isOp(tokens[i + 2], "("))
        judgeAttributeFilter(code, i + 2, next.text, findings);
    }
    if (startsOperand(token, previous, code.constants)) {
      const folder = new Folder(tokens, i, tokens.length, code.constants, code.budget);
      const value = folder.expression();
      if (folder.combined && typeof value === "string" && namesDunder(value)) {
        findings.add(
          "error",
          `Code builds the string ${shown(value)}`,
          token.at,
          `${WHY_BUILT}; ${WHY_DUNDER}`
        );
      }
    }
  }
}
var NOT_SUBSCRIPT_TARGETS = /* @__PURE__ */ new Set([
  "in",
  "and",
  "or",
  "not",
  "is",
  "if",
  "else",
  "elif",
  "set",
  "for",
  "print",
  "return"
]);
function isSubscriptTarget(token) {
  if (token.type === "name") return !NOT_SUBSCRIPT_TARGETS.has(token.text);
  if (token.type === "string" || token.type === "number") return true;
  return token.text === ")" || token.text === "]" || token.text === "}";
}
function startsOperand(token, previous, constants) {
  if (token.type === "op") {
    if (token.text !== "(" && token.text !== "[") return false;
  } else if (token.type === "name") {
    const known = constants.get(token.text);
    if (known === void 0 || known === NOT) return false;
  }
  if (previous === void 0) return true;
  if (previous.type === "string") return false;
  if (previous.type === "op")
    return !BUILDER_OPERATORS.has(previous.text) && previous.text !== "." && previous.text !== "-";
  return true;
}
function judgeString(code, index, findings) {
  const token = code.tokens[index];
  const previous = code.tokens[index - 1];
  const next = code.tokens[index + 1];
  const value = token.text;
  if (token.undecodable) {
    findings.add(
      "warning",
      "A string literal has an escape this scanner cannot decode",
      token.at,
      "what it spells cannot be judged"
    );
  }
  const operator = (neighbour) => neighbour?.type === "op" ? neighbour.text : void 0;
  if (namesDunder(value)) {
    findings.add("error", `A string names ${shown(value)}`, token.at, WHY_DUNDER);
  } else if (value.length > 2 && (value.startsWith("__") || value.endsWith("__"))) {
    findings.add(
      "error",
      `A string holds the double-underscore fragment ${shown(value)}`,
      token.at,
      WHY_BUILT
    );
  } else if (/^_{2,}$/.test(value) || value === "_" && (operator(previous) === "*" || operator(next) === "*")) {
    findings.add(
      "error",
      `Underscores ${shown(value)} are put together into a longer run`,
      token.at,
      WHY_BUILT
    );
  } else if (value === "_") {
    const builder = BUILDER_OPERATORS.has(operator(previous) ?? "") || BUILDER_OPERATORS.has(operator(next) ?? "") || inJoinedList(code, index);
    if (builder)
      findings.add(
        "warning",
        `An underscore ${shown(value)} is joined to other strings`,
        token.at,
        WHY_BUILT
      );
  }
}
function inJoinedList(code, index) {
  const open = code.parent[index];
  if (open < 0 || code.tokens[open].text === "{") return false;
  const close = code.match[open];
  if (close < 0) return false;
  const tokens = code.tokens;
  if (isOp(tokens[close + 1], "|") && tokens[close + 2]?.text === "join") return true;
  const outer = code.parent[open];
  return outer >= 0 && open === outer + 1 && tokens[outer - 1]?.text === "join";
}
function judgeSubscript(code, open, findings) {
  const close = code.match[open];
  if (close < 0) return;
  let slice = false;
  let hasString = false;
  let builds = false;
  for (let i = open + 1; i < close; i++) {
    const inner = code.match[i];
    if (inner > i) {
      i = inner;
      continue;
    }
    const token = code.tokens[i];
    if (token.type === "string") hasString = true;
    else if (token.type === "op") {
      if (token.text === ":") slice = true;
      else if (BUILDER_OPERATORS.has(token.text) || token.text === "|" || token.text === ".") builds = true;
    }
  }
  if (slice) return;
  const value = foldWhole(code, open + 1, close);
  const at = code.tokens[open].at;
  if (typeof value === "string") {
    const why = judgeName(value) ?? (SUBSCRIPT_DANGER.has(value) ? WHY_DANGER : void 0);
    if (why !== void 0) findings.add("error", `Code looks up ${shown(value)} by subscript`, at, why);
    return;
  }
  if (value === NOT && hasString && builds) {
    findings.add(
      "warning",
      "Code looks up an attribute or key whose name is computed at render time",
      at,
      "Jinja falls back from a key to an attribute, so a computed name can reach Python internals"
    );
  }
}
function judgeAttrFilter(code, open, findings, at) {
  if (!isOp(code.tokens[open], "(")) return;
  const [start, end] = argumentRanges(code, open)[0] ?? [open + 1, open + 1];
  judgeAttributeName(foldWhole(code, start, end), "the `attr` filter", at, findings, "error");
}
function judgeAttributeName(value, where, at, findings, computedLevel) {
  if (typeof value === "string") {
    for (const part of value.split(".")) {
      const why = judgeName(part) ?? (ATTRIBUTE_DANGER.has(part) ? WHY_DANGER : void 0);
      if (why !== void 0) {
        findings.add("error", `Code reaches the attribute ${shown(part)} through ${where}`, at, why);
        return;
      }
    }
    return;
  }
  if (value === NOT) {
    findings.add(
      computedLevel,
      `Code names an attribute for ${where} that is computed at render time`,
      at,
      "a computed attribute name is how a payload reaches Python internals past a text search"
    );
  }
}
function judgeAttributeFilter(code, open, filter, findings) {
  const ranges = argumentRanges(code, open);
  const at = code.tokens[open - 1].at;
  ranges.forEach(([start, end], position) => {
    let keyword;
    if (code.tokens[start]?.type === "name" && isOp(code.tokens[start + 1], "=")) {
      keyword = code.tokens[start].text;
      start += 2;
    }
    const value = foldWhole(code, start, end);
    if (filter === "map" && position === 0 && keyword === void 0 && value === "attr") {
      const [nameStart, nameEnd] = ranges[1] ?? [end, end];
      judgeAttributeName(foldWhole(code, nameStart, nameEnd), "`map('attr')`", at, findings, "error");
      return;
    }
    if (keyword === "attribute" || keyword === void 0 && typeof value === "string") {
      judgeAttributeName(value, `the \`${filter}\` filter`, at, findings, "warning");
    }
  });
}

// src/checks/scan-model/gguf.ts
var DEFAULT_GGUF_LIMITS = {
  maxKeyBytes: 65535,
  // A thousand times the largest real template; judging runs at a few MB/s, so a hostile one
  // costs seconds, not minutes.
  maxTemplateBytes: 16 * 1024 * 1024,
  maxArrayLength: 1024 * 1024 * 1024,
  maxArrayDepth: 8,
  maxMetadataKeys: 1e6,
  maxTensors: 1e6,
  maxIssues: 100
};
var MAGIC = [71, 71, 85, 70];
var DEFAULT_ALIGNMENT = 32;
var MAX_TENSOR_NAME = 63;
var MAX_DIMS = 4;
var MAX_SUMMARY_STRING = 4096;
var CHUNK = 64 * 1024;
var INT64_MAX = (1n << 63n) - 1n;
var FIXED_SIZES = /* @__PURE__ */ new Map([
  [0 /* Uint8 */, 1],
  [1 /* Int8 */, 1],
  [2 /* Uint16 */, 2],
  [3 /* Int16 */, 2],
  [4 /* Uint32 */, 4],
  [5 /* Int32 */, 4],
  [6 /* Float32 */, 4],
  [7 /* Bool */, 1],
  [10 /* Uint64 */, 8],
  [11 /* Int64 */, 8],
  [12 /* Float64 */, 8]
]);
var TYPE_NAMES = [
  "UINT8",
  "INT8",
  "UINT16",
  "INT16",
  "UINT32",
  "INT32",
  "FLOAT32",
  "BOOL",
  "STRING",
  "ARRAY",
  "UINT64",
  "INT64",
  "FLOAT64"
];
var GGML_TYPES = /* @__PURE__ */ new Map([
  [0, ["F32", 1, 4]],
  [1, ["F16", 1, 2]],
  [2, ["Q4_0", 32, 18]],
  [3, ["Q4_1", 32, 20]],
  [6, ["Q5_0", 32, 22]],
  [7, ["Q5_1", 32, 24]],
  [8, ["Q8_0", 32, 34]],
  [9, ["Q8_1", 32, 40]],
  [10, ["Q2_K", 256, 84]],
  [11, ["Q3_K", 256, 110]],
  [12, ["Q4_K", 256, 144]],
  [13, ["Q5_K", 256, 176]],
  [14, ["Q6_K", 256, 210]],
  [15, ["Q8_K", 256, 292]],
  [16, ["IQ2_XXS", 256, 66]],
  [17, ["IQ2_XS", 256, 74]],
  [18, ["IQ3_XXS", 256, 98]],
  [19, ["IQ1_S", 256, 50]],
  [20, ["IQ4_NL", 32, 18]],
  [21, ["IQ3_S", 256, 110]],
  [22, ["IQ2_S", 256, 82]],
  [23, ["IQ4_XS", 256, 136]],
  [24, ["I8", 1, 1]],
  [25, ["I16", 1, 2]],
  [26, ["I32", 1, 4]],
  [27, ["I64", 1, 8]],
  [28, ["F64", 1, 8]],
  [29, ["IQ1_M", 256, 56]],
  [30, ["BF16", 1, 2]],
  [34, ["TQ1_0", 256, 54]],
  [35, ["TQ2_0", 256, 66]],
  [39, ["MXFP4", 32, 17]],
  [40, ["NVFP4", 64, 36]],
  [41, ["Q1_0", 128, 18]],
  [42, ["Q2_0", 64, 18]]
]);
var Truncated = class extends Error {
  constructor(what, at) {
    super(what);
    this.what = what;
    this.at = at;
  }
  what;
  at;
};
var Stop = class extends Error {
};
var Cursor = class {
  constructor(source, little) {
    this.source = source;
    this.little = little;
  }
  source;
  little;
  pos = 0;
  #window = new Uint8Array(0);
  #view = new DataView(this.#window.buffer);
  #start = 0;
  get size() {
    return this.source.size;
  }
  get remaining() {
    return this.source.size - this.pos;
  }
  async #need(length, what) {
    const offset = this.pos - this.#start;
    if (offset >= 0 && offset + length <= this.#window.length) return offset;
    if (length > this.remaining) throw new Truncated(what, this.pos);
    this.#window = await this.source.read(this.pos, Math.max(length, CHUNK));
    this.#view = new DataView(this.#window.buffer, this.#window.byteOffset, this.#window.byteLength);
    this.#start = this.pos;
    if (this.#window.length < length) throw new Truncated(what, this.pos);
    return 0;
  }
  async u32(what) {
    const at = await this.#need(4, what);
    this.pos += 4;
    return this.#view.getUint32(at, this.little);
  }
  async u64(what) {
    const at = await this.#need(8, what);
    this.pos += 8;
    return this.#view.getBigUint64(at, this.little);
  }
  /** A count or length: u32 in version 1, u64 after. */
  async length(wide, what) {
    return wide ? this.u64(what) : BigInt(await this.u32(what));
  }
  async scalar(type, what) {
    const size = FIXED_SIZES.get(type);
    const at = await this.#need(size, what);
    this.pos += size;
    const view = this.#view;
    switch (type) {
      case 0 /* Uint8 */:
      case 7 /* Bool */:
        return view.getUint8(at);
      case 1 /* Int8 */:
        return view.getInt8(at);
      case 2 /* Uint16 */:
        return view.getUint16(at, this.little);
      case 3 /* Int16 */:
        return view.getInt16(at, this.little);
      case 4 /* Uint32 */:
        return view.getUint32(at, this.little);
      case 5 /* Int32 */:
        return view.getInt32(at, this.little);
      case 6 /* Float32 */:
        return view.getFloat32(at, this.little);
      case 10 /* Uint64 */:
        return view.getBigUint64(at, this.little);
      case 11 /* Int64 */:
        return view.getBigInt64(at, this.little);
      default:
        return view.getFloat64(at, this.little);
    }
  }
  async bytes(length, what) {
    if (length <= CHUNK) {
      const at = await this.#need(length, what);
      this.pos += length;
      return this.#window.subarray(at, at + length);
    }
    if (length > this.remaining) throw new Truncated(what, this.pos);
    const out = await this.source.read(this.pos, length);
    if (out.length < length) throw new Truncated(what, this.pos);
    this.pos += length;
    return out;
  }
  skip(length, what) {
    if (length > BigInt(this.remaining)) throw new Truncated(what, this.pos);
    this.pos += Number(length);
  }
};
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });
function isTemplateKey(key) {
  return key === "tokenizer.chat_template" || key.startsWith("tokenizer.chat_template.");
}
function small(value) {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : void 0;
}
async function analyzeGguf(source, limits = {}) {
  const settings = { ...DEFAULT_GGUF_LIMITS, ...limits };
  const issues = new IssueList(settings.maxIssues);
  const malformed = (message, offset, level = "error") => issues.issue("model/malformed-file", level, message, offset);
  const head = await source.read(0, 8);
  if (head.length < 8 || MAGIC.some((byte, i) => head[i] !== byte)) {
    malformed(
      head.length < 8 ? `The file has ${source.size} bytes, too few for a GGUF header.` : "The file does not start with the GGUF magic.",
      0
    );
    return { issues: issues.list() };
  }
  const versionView = new DataView(head.buffer, head.byteOffset + 4, 4);
  const littleVersion = versionView.getUint32(0, true);
  const bigVersion = versionView.getUint32(0, false);
  let little;
  let version;
  if (littleVersion >= 1 && littleVersion <= 3) {
    little = true;
    version = littleVersion;
  } else if ((littleVersion & 65535) === 0 && bigVersion >= 1 && bigVersion <= 3) {
    little = false;
    version = bigVersion;
  } else {
    issues.issue(
      "model/not-scanned",
      "warning",
      `GGUF version ${littleVersion} is not one this scanner reads (1 to 3, either byte order): the file was not scanned.`,
      4
    );
    return { issues: issues.list() };
  }
  const wide = version >= 2;
  const cursor = new Cursor(source, little);
  cursor.pos = 8;
  const summary = {
    version,
    tensors: 0,
    metadataKeys: 0,
    chatTemplates: [],
    byteOrder: little ? "little" : "big"
  };
  const templates = [];
  const contextLengths = /* @__PURE__ */ new Map();
  let alignment = DEFAULT_ALIGNMENT;
  const tensors = [];
  try {
    const tensorCount = await cursor.length(wide, "the tensor count");
    const kvCount = await cursor.length(wide, "the metadata count");
    summary.tensors = small(tensorCount) ?? Number.MAX_SAFE_INTEGER;
    summary.metadataKeys = small(kvCount) ?? Number.MAX_SAFE_INTEGER;
    const minKv = (wide ? 8 : 4) + 4 + 1;
    const minTensor = (wide ? 8 : 4) + 4 + 4 + 8;
    if (kvCount * BigInt(minKv) > BigInt(cursor.remaining)) {
      malformed(
        `The header declares ${kvCount} metadata entries, more than the file can hold.`,
        wide ? 16 : 12
      );
      throw new Stop();
    }
    if (tensorCount * BigInt(minTensor) > BigInt(cursor.remaining)) {
      malformed(`The header declares ${tensorCount} tensors, more than the file can hold.`, 8);
      throw new Stop();
    }
    const keys = /* @__PURE__ */ new Set();
    const kvToRead = Number(kvCount);
    if (kvToRead > settings.maxMetadataKeys) {
      issues.issue(
        "model/scan-limit",
        "warning",
        `The header declares ${kvToRead} metadata entries, over the limit of ${settings.maxMetadataKeys}: the file was not scanned past the limit.`,
        8
      );
    }
    for (let i = 0; i < Math.min(kvToRead, settings.maxMetadataKeys); i++) {
      const keyAt = cursor.pos;
      const keyLength = await cursor.length(wide, "a metadata key length");
      if (keyLength === 0n) {
        malformed(`Metadata entry ${i} has an empty key (ggml refuses it).`, keyAt);
      }
      if (keyLength > BigInt(settings.maxKeyBytes)) {
        malformed(
          `Metadata entry ${i} has a key of ${keyLength} bytes, over the limit of ${settings.maxKeyBytes}.`,
          keyAt
        );
        throw new Stop();
      }
      const key = utf8Lenient.decode(await cursor.bytes(Number(keyLength), "a metadata key"));
      if (keys.has(key)) {
        malformed(
          `The metadata key ${quoted(key)} appears twice: readers disagree on which value counts (ggml refuses the file).`,
          keyAt
        );
      }
      keys.add(key);
      const typeAt = cursor.pos;
      const type = await cursor.u32("a metadata value type");
      const where = `metadata ${quoted(key)}`;
      if (type === 8 /* String */) {
        const lengthAt = cursor.pos;
        const length = await cursor.length(wide, `the value of ${where}`);
        const template = isTemplateKey(key);
        const wanted = template || key === "general.architecture" || key === "general.name";
        const limit = template ? settings.maxTemplateBytes : MAX_SUMMARY_STRING;
        if (length > BigInt(cursor.remaining)) throw new Truncated(`the value of ${where}`, lengthAt);
        if (!wanted || length > BigInt(limit)) {
          if (template) {
            summary.chatTemplates.push(key);
            issues.issue(
              "model/scan-limit",
              "warning",
              `The chat template ${quoted(key)} has ${length} bytes, over the limit of ${limit}: it was not scanned.`,
              lengthAt
            );
          }
          cursor.skip(length, `the value of ${where}`);
          continue;
        }
        const bytes = await cursor.bytes(Number(length), `the value of ${where}`);
        let text;
        try {
          text = utf8.decode(bytes);
        } catch {
          malformed(`The value of ${where} is not valid UTF-8.`, lengthAt, "warning");
          text = utf8Lenient.decode(bytes);
        }
        if (template) {
          summary.chatTemplates.push(key);
          templates.push({ key, text, at: lengthAt });
        } else if (key === "general.architecture") summary.architecture = text;
        else summary.name = text;
        continue;
      }
      if (type === 9 /* Array */) {
        if (isTemplateKey(key)) {
          malformed(`The chat template key ${quoted(key)} holds an array, not a string.`, typeAt, "warning");
        }
        await skipArray(cursor, wide, 1, where, settings, issues);
        continue;
      }
      if (!FIXED_SIZES.has(type)) {
        malformed(`${capitalize(where)} has the unknown value type ${type}.`, typeAt);
        throw new Stop();
      }
      const valueAt = cursor.pos;
      const value = await cursor.scalar(type, `the value of ${where}`);
      if (isTemplateKey(key)) {
        malformed(
          `The chat template key ${quoted(key)} holds a ${TYPE_NAMES[type]}, not a string.`,
          typeAt,
          "warning"
        );
      }
      if (type === 7 /* Bool */ && value !== 0 && value !== 1) {
        malformed(
          `${capitalize(where)} is a BOOL of value ${String(value)}, neither 0 nor 1.`,
          valueAt,
          "warning"
        );
      }
      if (key === "general.alignment") {
        if (type !== 4 /* Uint32 */) {
          malformed(
            `\`general.alignment\` is a ${TYPE_NAMES[type]}, not a UINT32 (ggml refuses the file).`,
            typeAt
          );
        } else {
          const candidate = Number(value);
          if (candidate === 0 || (candidate & candidate - 1) !== 0) {
            malformed(
              `\`general.alignment\` is ${candidate}, not a power of two (ggml refuses the file).`,
              valueAt
            );
          } else alignment = candidate;
        }
      }
      if (key.endsWith(".context_length") && type !== 7 /* Bool */) {
        const length = typeof value === "bigint" ? small(value) : Number.isSafeInteger(value) ? value : void 0;
        if (length !== void 0 && length >= 0) contextLengths.set(key, length);
      }
    }
    if (kvToRead > settings.maxMetadataKeys) throw new Stop();
    const tensorsToRead = Number(tensorCount);
    if (tensorsToRead > settings.maxTensors) {
      issues.issue(
        "model/scan-limit",
        "warning",
        `The header declares ${tensorsToRead} tensors, over the limit of ${settings.maxTensors}: tensor infos were not checked.`,
        8
      );
      throw new Stop();
    }
    const names = /* @__PURE__ */ new Set();
    for (let i = 0; i < tensorsToRead; i++) {
      const at = cursor.pos;
      const nameLength = await cursor.length(wide, "a tensor name length");
      if (nameLength > BigInt(settings.maxKeyBytes)) {
        malformed(
          `Tensor ${i} has a name of ${nameLength} bytes, over the limit of ${settings.maxKeyBytes}.`,
          at
        );
        throw new Stop();
      }
      const name = utf8Lenient.decode(await cursor.bytes(Number(nameLength), "a tensor name"));
      const shownName = quoted(name);
      if (nameLength > BigInt(MAX_TENSOR_NAME)) {
        malformed(
          `Tensor ${shownName} has a name of ${nameLength} bytes; ggml refuses names over ${MAX_TENSOR_NAME}.`,
          at
        );
      }
      if (names.has(name)) {
        malformed(
          `The tensor name ${shownName} appears twice: readers disagree on which tensor it names.`,
          at
        );
      }
      names.add(name);
      const dimsAt = cursor.pos;
      const dims = await cursor.u32(`the dimension count of tensor ${shownName}`);
      if (dims > MAX_DIMS) {
        malformed(`Tensor ${shownName} has ${dims} dimensions; ggml allows at most ${MAX_DIMS}.`, dimsAt);
        throw new Stop();
      }
      const shape = [];
      for (let d = 0; d < dims; d++)
        shape.push(await cursor.length(wide, `the dimensions of tensor ${shownName}`));
      const typeAt = cursor.pos;
      const type = await cursor.u32(`the type of tensor ${shownName}`);
      const offsetAt = cursor.pos;
      const offset = await cursor.u64(`the offset of tensor ${shownName}`);
      let bytes;
      let elements = 1n;
      let valid = true;
      for (const dim of shape) {
        if (dim > INT64_MAX) valid = false;
        elements *= dim;
      }
      if (!valid || elements > INT64_MAX) {
        malformed(
          `Tensor ${shownName} has dimensions [${shape.join(", ")}] whose element count ggml cannot represent.`,
          dimsAt
        );
        valid = false;
      }
      const ggmlType = GGML_TYPES.get(type);
      if (ggmlType === void 0) {
        malformed(`Tensor ${shownName} has the unknown or removed ggml type ${type}.`, typeAt);
      } else if (valid) {
        const [typeName, block, blockBytes] = ggmlType;
        const rowLength = shape[0] ?? 1n;
        if (rowLength % BigInt(block) !== 0n) {
          malformed(
            `Tensor ${shownName} of type ${typeName} has rows of ${rowLength} elements, not a multiple of its block of ${block}.`,
            dimsAt
          );
        } else bytes = elements / BigInt(block) * BigInt(blockBytes);
      }
      if (offset % BigInt(alignment) !== 0n) {
        malformed(
          `Tensor ${shownName} has the offset ${offset}, not a multiple of the alignment ${alignment}.`,
          offsetAt
        );
      }
      tensors.push({ name, offset, bytes, at });
    }
    checkTensorData(tensors, cursor, alignment, issues);
  } catch (error) {
    if (error instanceof Truncated) {
      malformed(`The file ends inside ${error.what} (offset ${error.at}).`, error.at);
    } else if (!(error instanceof Stop)) throw error;
  }
  if (summary.architecture !== void 0) {
    const length = contextLengths.get(`${summary.architecture}.context_length`);
    if (length !== void 0) summary.contextLength = length;
  }
  for (const { key, text, at } of templates) {
    for (const finding of judgeChatTemplate(text)) {
      issues.issue(finding.ruleId, finding.level, `Chat template ${quoted(key)}: ${finding.message}`, at, {
        templateKey: key
      });
    }
  }
  return { issues: issues.list(), summary };
}
async function skipArray(cursor, wide, depth, where, settings, issues) {
  const typeAt = cursor.pos;
  const type = await cursor.u32(`the array type of ${where}`);
  const count = await cursor.length(wide, `the array length of ${where}`);
  if (count > BigInt(settings.maxArrayLength)) {
    issues.issue(
      "model/malformed-file",
      "error",
      `${capitalize(where)} is an array of ${count} elements, over the limit of ${settings.maxArrayLength}.`,
      typeAt
    );
    throw new Stop();
  }
  const fixed = FIXED_SIZES.get(type);
  if (fixed !== void 0) {
    cursor.skip(count * BigInt(fixed), `the array ${where}`);
    return;
  }
  if (type === 8 /* String */) {
    if (count * BigInt(wide ? 8 : 4) > BigInt(cursor.remaining))
      throw new Truncated(`the array ${where}`, typeAt);
    for (let i = 0n; i < count; i++) {
      const length = await cursor.length(wide, `the array ${where}`);
      cursor.skip(length, `the array ${where}`);
    }
    return;
  }
  if (type === 9 /* Array */) {
    if (depth >= settings.maxArrayDepth) {
      issues.issue(
        "model/malformed-file",
        "error",
        `${capitalize(where)} nests arrays deeper than ${settings.maxArrayDepth} levels.`,
        typeAt
      );
      throw new Stop();
    }
    if (count * BigInt(wide ? 12 : 8) > BigInt(cursor.remaining))
      throw new Truncated(`the array ${where}`, typeAt);
    for (let i = 0n; i < count; i++) await skipArray(cursor, wide, depth + 1, where, settings, issues);
    return;
  }
  issues.issue(
    "model/malformed-file",
    "error",
    `${capitalize(where)} is an array of the unknown value type ${type}.`,
    typeAt
  );
  throw new Stop();
}
function checkTensorData(tensors, cursor, alignment, issues) {
  const align = (value) => {
    const a = BigInt(alignment);
    return (value + a - 1n) / a * a;
  };
  const dataStart = align(BigInt(cursor.pos));
  const size = BigInt(cursor.size);
  if (tensors.length === 0) {
    if (dataStart < size) trailingWarning(size - dataStart, dataStart, issues);
    return;
  }
  if (dataStart > size) {
    issues.issue(
      "model/malformed-file",
      "error",
      `The file ends before its tensor data (offset ${dataStart}).`,
      cursor.pos
    );
    return;
  }
  const dataSize = size - dataStart;
  let expected = 0n;
  let layoutReported = false;
  for (const tensor of tensors) {
    if (tensor.bytes === void 0) {
      layoutReported = true;
      continue;
    }
    if (tensor.offset + tensor.bytes > dataSize) {
      issues.issue(
        "model/malformed-file",
        "error",
        `Tensor ${quoted(tensor.name)} at data offset ${tensor.offset} with ${tensor.bytes} bytes reaches past the end of the file.`,
        tensor.at
      );
    }
    if (!layoutReported && tensor.offset !== expected) {
      layoutReported = true;
      issues.issue(
        "model/malformed-file",
        "warning",
        `Tensor ${quoted(tensor.name)} starts at data offset ${tensor.offset} where ggml expects ${expected} (tensors in order, padded to the alignment): llama.cpp refuses the file while other readers accept it.`,
        tensor.at
      );
    }
    expected = align(tensor.offset + tensor.bytes);
  }
  const placed = tensors.filter(
    (tensor) => tensor.bytes !== void 0 && tensor.offset + tensor.bytes <= dataSize
  ).sort((a, b) => a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0);
  let covered = 0n;
  let owner;
  for (const tensor of placed) {
    const end = tensor.offset + tensor.bytes;
    if (owner !== void 0 && tensor.offset < covered && tensor.bytes > 0n) {
      issues.issue(
        "model/malformed-file",
        "error",
        `Tensors ${quoted(owner.name)} and ${quoted(tensor.name)} overlap in the data: the same bytes are read as two tensors.`,
        tensor.at
      );
    } else if (tensor.offset > align(covered)) {
      issues.issue(
        "model/malformed-file",
        "warning",
        `Data bytes ${covered} to ${tensor.offset} belong to no tensor: no loader reads them, and such bytes can hide a payload.`,
        Number(dataStart + covered),
        { holeBytes: Number(tensor.offset - covered) }
      );
    }
    if (end > covered) {
      covered = end;
      owner = tensor;
    }
  }
  const used = align(covered) < dataSize ? align(covered) : dataSize;
  if (covered <= dataSize && used < dataSize) {
    trailingWarning(dataSize - used, dataStart + used, issues);
  }
}
function trailingWarning(trailing, at, issues) {
  issues.issue(
    "model/malformed-file",
    "warning",
    `${trailing} byte(s) after the last tensor belong to no tensor: no loader reads them, and such bytes can hide a second payload.`,
    Number(at),
    { trailingBytes: Number(trailing) }
  );
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/checks/scan-model/safetensors.ts
var DEFAULT_SAFETENSORS_LIMITS = {
  maxHeaderBytes: 1e8,
  maxTensors: 1e6,
  maxIssues: 100
};
var DTYPE_BITS = /* @__PURE__ */ new Map([
  ["BOOL", 8],
  ["F4", 4],
  ["F6_E2M3", 6],
  ["F6_E3M2", 6],
  ["U8", 8],
  ["I8", 8],
  ["F8_E5M2", 8],
  ["F8_E4M3", 8],
  ["F8_E8M0", 8],
  ["F8_E4M3FNUZ", 8],
  ["F8_E5M2FNUZ", 8],
  ["I16", 16],
  ["U16", 16],
  ["F16", 16],
  ["BF16", 16],
  ["I32", 32],
  ["U32", 32],
  ["F32", 32],
  ["C64", 64],
  ["F64", 64],
  ["I64", 64],
  ["U64", 64]
]);
var LENGTH_BYTES = 8;
var METADATA_KEY = "__metadata__";
var TENSOR_FIELDS = /* @__PURE__ */ new Set(["dtype", "shape", "data_offsets"]);
async function analyzeSafetensors(source, limits = {}) {
  const settings = { ...DEFAULT_SAFETENSORS_LIMITS, ...limits };
  const issues = new IssueList(settings.maxIssues);
  const malformed = (message, offset, level = "error") => issues.issue("model/malformed-file", level, message, offset);
  if (source.size < LENGTH_BYTES) {
    malformed(`The file has ${source.size} bytes, fewer than the 8 of the safetensors header length.`, 0);
    return { issues: issues.list() };
  }
  const lengthBytes = await source.read(0, LENGTH_BYTES);
  const declared = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, LENGTH_BYTES).getBigUint64(
    0,
    true
  );
  if (declared === 0n) {
    malformed("The header length is 0: a safetensors header is at least `{}`.", 0);
    return { issues: issues.list() };
  }
  if (declared > BigInt(settings.maxHeaderBytes)) {
    malformed(
      `The header length ${declared} is over the limit of ${settings.maxHeaderBytes} bytes (the safetensors library refuses it).`,
      0
    );
    return { issues: issues.list() };
  }
  const headerBytes = Number(declared);
  if (LENGTH_BYTES + headerBytes > source.size) {
    malformed(`The header length ${headerBytes} reaches past the end of the file (${source.size} bytes).`, 0);
    return { issues: issues.list() };
  }
  const header = await source.read(LENGTH_BYTES, headerBytes);
  if (header.length !== headerBytes) {
    malformed(`The header could be read only to byte ${LENGTH_BYTES + header.length}.`, LENGTH_BYTES);
    return { issues: issues.list() };
  }
  const badByte = firstInvalidUtf8(header);
  if (badByte !== void 0) {
    malformed(
      `The header is not valid UTF-8 (byte ${LENGTH_BYTES + badByte}); the safetensors library refuses it.`,
      LENGTH_BYTES + badByte
    );
    return { issues: issues.list() };
  }
  let root;
  const parser = new JsonParser(header);
  try {
    root = parser.parseDocument();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    malformed(
      `The header is not JSON: ${error.message} at byte ${LENGTH_BYTES + error.at}.`,
      LENGTH_BYTES + error.at
    );
    return { issues: issues.list() };
  }
  for (const duplicate of parser.duplicates) {
    malformed(
      `The header repeats the key ${quoted(duplicate.key)}${duplicate.path === "" ? "" : ` inside ${quoted(duplicate.path)}`}: JSON readers disagree on which one counts, so two loaders can see different tensors.`,
      LENGTH_BYTES + duplicate.at
    );
  }
  if (root.kind !== "object") {
    malformed(`The header is JSON ${describe(root)}, not an object.`, LENGTH_BYTES + root.at);
    return { issues: issues.list() };
  }
  if (header[0] !== 123) {
    malformed("The header does not start with `{` as the safetensors format requires.", LENGTH_BYTES);
  }
  const dataSize = source.size - LENGTH_BYTES - headerBytes;
  const dataStart = LENGTH_BYTES + headerBytes;
  const at = (value) => LENGTH_BYTES + value.at;
  const metadata = /* @__PURE__ */ Object.create(null);
  const tensors = [];
  const dtypes = /* @__PURE__ */ new Set();
  let parameters = 0n;
  let entries = 0;
  let unchecked = 0;
  for (const [key, value] of root.entries) {
    if (key === METADATA_KEY) {
      if (value.kind === "null") continue;
      if (value.kind !== "object") {
        malformed(`\`__metadata__\` is ${describe(value)}, not an object of strings.`, at(value));
        continue;
      }
      for (const [metaKey, metaValue] of value.entries) {
        if (metaValue.kind === "string") metadata[metaKey] = metaValue.value;
        else
          malformed(
            `\`__metadata__\` entry ${quoted(metaKey)} is ${describe(metaValue)}, not a string (the safetensors library refuses it).`,
            at(metaValue)
          );
      }
      continue;
    }
    entries++;
    if (entries > settings.maxTensors) {
      unchecked++;
      continue;
    }
    const name = quoted(key);
    if (value.kind !== "object") {
      malformed(
        `Tensor ${name} is ${describe(value)}, not an object with dtype, shape and data_offsets.`,
        at(value)
      );
      continue;
    }
    const extra = [...value.entries.keys()].filter((field) => !TENSOR_FIELDS.has(field));
    if (extra.length > 0) {
      malformed(
        `Tensor ${name} has field(s) no loader reads: ${extra.slice(0, 5).map((field) => quoted(field, 40)).join(", ")}${extra.length > 5 ? ", ..." : ""}.`,
        at(value),
        "warning"
      );
    }
    const dtypeValue = value.entries.get("dtype");
    let bits;
    if (dtypeValue === void 0) malformed(`Tensor ${name} has no dtype.`, at(value));
    else if (dtypeValue.kind !== "string")
      malformed(`Tensor ${name} has a dtype that is ${describe(dtypeValue)}.`, at(dtypeValue));
    else {
      bits = DTYPE_BITS.get(dtypeValue.value);
      if (bits === void 0)
        malformed(`Tensor ${name} has the unknown dtype ${quoted(dtypeValue.value, 40)}.`, at(dtypeValue));
      else dtypes.add(dtypeValue.value);
    }
    const shapeValue = value.entries.get("shape");
    let shape;
    if (shapeValue === void 0) malformed(`Tensor ${name} has no shape.`, at(value));
    else if (shapeValue.kind !== "array")
      malformed(`Tensor ${name} has a shape that is ${describe(shapeValue)}.`, at(shapeValue));
    else {
      shape = [];
      for (const dim of shapeValue.items) {
        const size = dim.kind === "number" ? safeInteger(dim.raw) : void 0;
        if (size === void 0) {
          malformed(
            `Tensor ${name} has a shape entry that is not a non-negative integer up to 2^53-1 (${dim.kind === "number" ? quoted(dim.raw, 40) : describe(dim)}).`,
            at(dim)
          );
          shape = void 0;
          break;
        }
        shape.push(size);
      }
    }
    const offsetsValue = value.entries.get("data_offsets");
    let range;
    if (offsetsValue === void 0) malformed(`Tensor ${name} has no data_offsets.`, at(value));
    else if (offsetsValue.kind !== "array" || offsetsValue.items.length !== 2)
      malformed(`Tensor ${name} has data_offsets that are not a pair [begin, end].`, at(offsetsValue));
    else {
      const [first, second] = offsetsValue.items;
      const begin = first.kind === "number" ? safeInteger(first.raw) : void 0;
      const end = second.kind === "number" ? safeInteger(second.raw) : void 0;
      if (begin === void 0 || end === void 0)
        malformed(
          `Tensor ${name} has data_offsets that are not non-negative integers up to 2^53-1.`,
          at(offsetsValue)
        );
      else if (begin > end)
        malformed(
          `Tensor ${name} has data_offsets [${begin}, ${end}] that end before they begin.`,
          at(offsetsValue)
        );
      else if (end > dataSize)
        malformed(
          `Tensor ${name} has data_offsets [${begin}, ${end}] past the end of the data area (${dataSize} bytes).`,
          at(offsetsValue)
        );
      else range = [begin, end];
    }
    let elements;
    if (shape !== void 0) {
      elements = shape.reduce((product, dim) => product * BigInt(dim), 1n);
      parameters += elements;
    }
    if (elements !== void 0 && bits !== void 0 && range !== void 0) {
      const totalBits = elements * BigInt(bits);
      if (totalBits % 8n !== 0n) {
        malformed(
          `Tensor ${name} of ${elements} ${dtypeValue?.kind === "string" ? dtypeValue.value : ""} elements does not end on a byte boundary.`,
          at(value)
        );
      } else if (totalBits / 8n !== BigInt(range[1] - range[0])) {
        malformed(
          `Tensor ${name} spans ${range[1] - range[0]} bytes but its shape and dtype need ${totalBits / 8n}.`,
          at(offsetsValue)
        );
      }
    }
    if (shape !== void 0 && bits !== void 0 && range !== void 0 && dtypeValue?.kind === "string") {
      tensors.push({ name: key, dtype: dtypeValue.value, shape, begin: range[0], end: range[1] });
    }
  }
  if (unchecked > 0) {
    issues.issue(
      "model/scan-limit",
      "warning",
      `The header names ${entries} tensors; only the first ${settings.maxTensors} were checked.`,
      LENGTH_BYTES
    );
  }
  checkCoverage(tensors, dataSize, dataStart, issues);
  const summary = {
    tensors: entries,
    dtypes: [...dtypes].sort(),
    parameters: Number(parameters),
    metadata: { ...metadata },
    headerBytes
  };
  return { issues: issues.list(), summary, tensors };
}
function checkCoverage(tensors, dataSize, dataStart, issues) {
  const sorted = [...tensors].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let covered = 0;
  let owner;
  for (const tensor of sorted) {
    if (tensor.begin < covered && owner !== void 0) {
      issues.issue(
        "model/malformed-file",
        "error",
        `Tensors ${quoted(owner.name)} [${owner.begin}, ${owner.end}] and ${quoted(tensor.name)} [${tensor.begin}, ${tensor.end}] overlap: the same bytes are read as two tensors.`,
        dataStart + tensor.begin
      );
    } else if (tensor.begin > covered) {
      issues.issue(
        "model/malformed-file",
        "error",
        `Bytes ${covered} to ${tensor.begin} of the data area belong to no tensor (the safetensors library refuses such a hole).`,
        dataStart + covered,
        { holeBytes: tensor.begin - covered }
      );
    }
    if (tensor.end > covered || owner === void 0) {
      covered = Math.max(covered, tensor.end);
      owner = tensor;
    }
  }
  if (covered < dataSize) {
    const trailing = dataSize - covered;
    issues.issue(
      "model/malformed-file",
      "warning",
      `${trailing} byte(s) after the last tensor belong to no tensor: no loader reads them (the safetensors library refuses the file), and such bytes can hide a second payload.`,
      dataStart + covered,
      { trailingBytes: trailing }
    );
  }
}
function safeInteger(raw) {
  if (!/^(?:0|[1-9][0-9]*)$/.test(raw) || raw.length > 16) return void 0;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : void 0;
}
function describe(value) {
  switch (value.kind) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "bool":
      return "a boolean";
    case "null":
      return "null";
  }
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let low = 128;
    let high = 191;
    if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224) low = 160;
      if (b === 237) high = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240) low = 144;
      if (b === 244) high = 143;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1];
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next < 128 || next > 191) return i;
    }
    i += need + 1;
  }
  return void 0;
}
var JsonSyntaxError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
};
var MAX_JSON_DEPTH = 128;
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
var JsonParser = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  duplicates = [];
  #pos = 0;
  parseDocument() {
    this.#skipWhitespace();
    const value = this.#value(0, "");
    this.#skipWhitespace();
    if (this.#pos < this.bytes.length)
      throw new JsonSyntaxError("unexpected data after the value", this.#pos);
    return value;
  }
  #skipWhitespace() {
    const bytes = this.bytes;
    let pos = this.#pos;
    while (pos < bytes.length) {
      const b = bytes[pos];
      if (b !== 32 && b !== 9 && b !== 10 && b !== 13) break;
      pos++;
    }
    this.#pos = pos;
  }
  #value(depth, path) {
    const at = this.#pos;
    const b = this.bytes[at];
    if (b === void 0) throw new JsonSyntaxError("unexpected end", at);
    if (b === 123 || b === 91) {
      if (depth >= MAX_JSON_DEPTH) throw new JsonSyntaxError(`nesting deeper than ${MAX_JSON_DEPTH}`, at);
      return b === 123 ? this.#object(depth + 1, path) : this.#array(depth + 1, path);
    }
    if (b === 34) return { kind: "string", value: this.#string(), at };
    if (b === 45 || b >= 48 && b <= 57) return { kind: "number", raw: this.#number(), at };
    if (this.#literal("true")) return { kind: "bool", value: true, at };
    if (this.#literal("false")) return { kind: "bool", value: false, at };
    if (this.#literal("null")) return { kind: "null", at };
    throw new JsonSyntaxError("expected a value", at);
  }
  #literal(word) {
    for (let k = 0; k < word.length; k++) {
      if (this.bytes[this.#pos + k] !== word.charCodeAt(k)) return false;
    }
    this.#pos += word.length;
    return true;
  }
  #object(depth, path) {
    const at = this.#pos++;
    const entries = /* @__PURE__ */ new Map();
    this.#skipWhitespace();
    if (this.bytes[this.#pos] === 125) {
      this.#pos++;
      return { kind: "object", entries, at };
    }
    for (; ; ) {
      this.#skipWhitespace();
      const keyAt = this.#pos;
      if (this.bytes[keyAt] !== 34) throw new JsonSyntaxError("expected a key string", keyAt);
      const key = this.#string();
      this.#skipWhitespace();
      if (this.bytes[this.#pos] !== 58) throw new JsonSyntaxError("expected ':'", this.#pos);
      this.#pos++;
      this.#skipWhitespace();
      const value = this.#value(depth, path === "" ? key : `${path}.${key}`);
      if (entries.has(key)) {
        this.duplicates.push({ path, key, at: keyAt });
        entries.delete(key);
      }
      entries.set(key, value);
      this.#skipWhitespace();
      const next = this.bytes[this.#pos];
      this.#pos++;
      if (next === 44) continue;
      if (next === 125) return { kind: "object", entries, at };
      throw new JsonSyntaxError("expected ',' or '}'", this.#pos - 1);
    }
  }
  #array(depth, path) {
    const at = this.#pos++;
    const items = [];
    this.#skipWhitespace();
    if (this.bytes[this.#pos] === 93) {
      this.#pos++;
      return { kind: "array", items, at };
    }
    for (; ; ) {
      this.#skipWhitespace();
      items.push(this.#value(depth, path));
      this.#skipWhitespace();
      const next = this.bytes[this.#pos];
      this.#pos++;
      if (next === 44) continue;
      if (next === 93) return { kind: "array", items, at };
      throw new JsonSyntaxError("expected ',' or ']'", this.#pos - 1);
    }
  }
  #number() {
    const bytes = this.bytes;
    const start = this.#pos;
    let pos = start;
    const digits = () => {
      const from = pos;
      while (pos < bytes.length && bytes[pos] >= 48 && bytes[pos] <= 57) pos++;
      return pos - from;
    };
    if (bytes[pos] === 45) pos++;
    if (bytes[pos] === 48) {
      pos++;
    } else if (digits() === 0) throw new JsonSyntaxError("malformed number", start);
    if (bytes[pos] === 46) {
      pos++;
      if (digits() === 0) throw new JsonSyntaxError("malformed number", start);
    }
    if (bytes[pos] === 101 || bytes[pos] === 69) {
      pos++;
      if (bytes[pos] === 43 || bytes[pos] === 45) pos++;
      if (digits() === 0) throw new JsonSyntaxError("malformed number", start);
    }
    this.#pos = pos;
    return decoder.decode(bytes.subarray(start, pos));
  }
  #string() {
    const bytes = this.bytes;
    const start = this.#pos;
    let pos = start + 1;
    let runStart = pos;
    let parts;
    for (; ; ) {
      const b = bytes[pos];
      if (b === void 0) throw new JsonSyntaxError("unterminated string", start);
      if (b === 34) {
        const tail = decoder.decode(bytes.subarray(runStart, pos));
        this.#pos = pos + 1;
        return parts === void 0 ? tail : parts.join("") + tail;
      }
      if (b < 32) throw new JsonSyntaxError("control character in a string", pos);
      if (b !== 92) {
        pos++;
        continue;
      }
      parts ??= [];
      parts.push(decoder.decode(bytes.subarray(runStart, pos)));
      const escape = bytes[pos + 1];
      const simple = escape === void 0 ? void 0 : SIMPLE_ESCAPES.get(escape);
      if (simple !== void 0) {
        parts.push(simple);
        pos += 2;
      } else if (escape === 117) {
        const unit = this.#hex4(pos + 2);
        pos += 6;
        if (unit >= 55296 && unit <= 56319) {
          const low = bytes[pos] === 92 && bytes[pos + 1] === 117 ? this.#hex4(pos + 2) : -1;
          if (low < 56320 || low > 57343)
            throw new JsonSyntaxError("lone surrogate in a \\u escape", pos - 6);
          parts.push(String.fromCharCode(unit, low));
          pos += 6;
        } else if (unit >= 56320 && unit <= 57343) {
          throw new JsonSyntaxError("lone surrogate in a \\u escape", pos - 6);
        } else parts.push(String.fromCharCode(unit));
      } else throw new JsonSyntaxError("invalid escape in a string", pos);
      runStart = pos;
    }
  }
  #hex4(at) {
    let value = 0;
    for (let k = 0; k < 4; k++) {
      const b = this.bytes[at + k];
      const digit = b === void 0 ? -1 : b >= 48 && b <= 57 ? b - 48 : b >= 97 && b <= 102 ? b - 87 : b >= 65 && b <= 70 ? b - 55 : -1;
      if (digit < 0) throw new JsonSyntaxError("invalid \\u escape", at - 2);
      value = value * 16 + digit;
    }
    return value;
  }
};
var SIMPLE_ESCAPES = /* @__PURE__ */ new Map([
  [34, '"'],
  [92, "\\"],
  [47, "/"],
  [98, "\b"],
  [102, "\f"],
  [110, "\n"],
  [114, "\r"],
  [116, "	"]
]);

export {
  analyzeGguf,
  analyzeSafetensors
};
