/**
 * Judges a Jinja2 chat template (GGUF `tokenizer.chat_template`, tokenizer_config.json) without
 * rendering it. Loaders render these templates; one that renders in a plain (unsandboxed) Jinja
 * environment runs whatever Python the template reaches: CVE-2024-34359 (GHSA-56xg-wfcc-g829,
 * llama-cpp-python) walked from `().__class__` to `__subclasses__()` to `os.popen`.
 *
 * Reaching Python objects takes an attribute lookup: `.name`, a subscript (Jinja falls back from
 * item to attribute), the `attr` filter, or a filter that takes an attribute name (`map`,
 * `selectattr` ...). Names can be assembled at render time, so string literals are decoded
 * (Python escapes, as Jinja's lexer does) and constant expressions folded (`~`, `+`, `*`, `%`,
 * `format`, `join`, `replace`, `reverse`, slices, `{% set %}` of constants) before judging.
 * Folding cannot follow every computation, so the pieces that only an assembled name needs
 * (a double-underscore fragment, underscores fed into a concatenation) count on their own.
 *
 * Only text inside `{{ }}` and `{% %}` is code; the rest is output, except that text naming a
 * dunder still gets a warning, in case an engine reads the delimiters differently from Jinja.
 * Real templates (Llama, ChatML, Mistral, Gemma, Phi, DeepSeek, Command-R ...) never need any of
 * this, so every finding is an error except the shapes that are merely unusual.
 */

export interface ChatTemplateFinding {
  ruleId: 'model/unsafe-construct';
  level: 'error' | 'warning';
  message: string;
}

/** Findings per template: past this many the template is plainly hostile. */
const MAX_FINDINGS = 20;
/** Folded strings longer than this are not followed (`'_' * 10**9`). */
const MAX_FOLDED_CHARS = 4096;
const MAX_FOLD_STEPS = 10_000;
/** Parentheses and brackets followed inside one constant expression. */
const MAX_FOLD_DEPTH = 64;
/** Folding work for a whole template; past it, folding stops and the template says so. */
const TEMPLATE_FOLD_BUDGET = 2_000_000;

/** Python names that execute, import or open: as an attribute, or called. */
const ATTRIBUTE_DANGER = new Set([
  'os',
  'sys',
  'subprocess',
  'popen',
  'eval',
  'exec',
  'execfile',
  'builtins',
  'importlib',
  'import_module',
  'load_module',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'modules',
  'compile',
  'breakpoint',
  'check_output',
  'check_call',
  'spawnl',
  'spawnv',
  'spawnve',
  'execv',
  'execve',
  'shutil',
  'ctypes',
  'pty',
  'socket',
  'pickle',
  'marshal',
  'posix',
  'mro',
]);
/** Names that are ordinary as data (`ns.system`, a role called system) but not when called. */
const CALL_DANGER = new Set([...ATTRIBUTE_DANGER, 'system', 'open', 'import', 'input', 'exit']);
/** Subscripts are dictionary lookups in real templates: only the strongest names count there. */
const SUBSCRIPT_DANGER = new Set([...ATTRIBUTE_DANGER]);

/**
 * Jinja's global functions and classes, and the functions loaders add. Their call results are
 * ordinary (`namespace(...)`, `cycler(...).next()`), but an attribute of the function object
 * itself is the gadget: `lipsum.__globals__` is the module dict of jinja2.utils, which imports os.
 */
const GADGET_GLOBALS = new Set([
  'lipsum',
  'cycler',
  'joiner',
  'namespace',
  'range',
  'dict',
  'self',
  'raise_exception',
  'strftime_now',
  'config',
  'request',
  'url_for',
  'get_flashed_messages',
]);

/** Filters whose arguments name attributes (`map(attribute='x')`, `selectattr('x')`). */
const ATTRIBUTE_FILTERS = new Set([
  'map',
  'selectattr',
  'rejectattr',
  'sort',
  'groupby',
  'sum',
  'unique',
  'min',
  'max',
]);

/** Statements that load another template: a chat template is meant to stand alone. */
const LOADING_STATEMENTS = new Set(['import', 'include', 'extends', 'from']);

/** Operators that put strings together. */
const BUILDER_OPERATORS = new Set(['~', '+', '*', '%']);

/** Dunders worth a warning even in output text. */
const KNOWN_DUNDER_TEXT =
  /__(?:class|globals|subclasses|builtins|import|init|mro|base|bases|dict|getattribute|getattr|code|func|self|module|reduce|reduce_ex|loader|spec|closure|defaults|kwdefaults|qualname)__/;

// ---- tokens ----------------------------------------------------------------------------------

interface Token {
  readonly type: 'name' | 'string' | 'number' | 'op';
  /** Name, operator, or the string's decoded value. */
  readonly text: string;
  readonly number?: number;
  readonly at: number;
  /** A string with an escape this scanner cannot decode. */
  readonly undecodable?: boolean;
}

interface Segment {
  readonly kind: 'block' | 'variable';
  readonly tokens: readonly Token[];
  readonly at: number;
}

interface Lexed {
  readonly segments: Segment[];
  /** [start, end) ranges of output text. */
  readonly text: [number, number][];
}

const WHITESPACE = /\s+/y;
const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
// Jinja's numbers: underscores only between digits, so `1_` is a number and a name.
const NUMBER =
  /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|[0-9](?:_?[0-9])*(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?/y;
const TWO_CHAR_OPERATORS = new Set(['//', '**', '==', '!=', '>=', '<=']);
const TWO_CHAR_SECOND = new Set(['/', '*', '=']);
/** `{% raw %}` as Jinja's lexer matches it; its content is output up to `{% endraw %}`. */
const RAW_BEGIN = /\{%[-+]?\s*raw\s*-?%\}/y;
const RAW_END = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;

function lex(template: string): Lexed {
  const segments: Segment[] = [];
  const text: [number, number][] = [];
  let pos = 0;
  while (pos < template.length) {
    const open = nextDelimiter(template, pos);
    if (open < 0) break;
    if (open > pos) text.push([pos, open]);
    const second = template[open + 1];
    if (second === '#') {
      // A comment ends at the first `#}`, strings or not.
      const close = template.indexOf('#}', open + 2);
      pos = close < 0 ? template.length : close + 2;
      continue;
    }
    if (second === '%') {
      RAW_BEGIN.lastIndex = open;
      const raw = RAW_BEGIN.exec(template);
      if (raw) {
        RAW_END.lastIndex = open + raw[0].length;
        const end = RAW_END.exec(template);
        const contentEnd = end ? end.index : template.length;
        text.push([open + raw[0].length, contentEnd]);
        pos = end ? end.index + end[0].length : template.length;
        continue;
      }
    }
    const kind = second === '%' ? 'block' : 'variable';
    const { tokens, end } = lexCode(template, open + 2, kind);
    segments.push({ kind, tokens, at: open });
    pos = end;
  }
  if (pos < template.length) text.push([pos, template.length]);
  return { segments, text };
}

function nextDelimiter(template: string, from: number): number {
  let at = template.indexOf('{', from);
  while (at >= 0) {
    const next = template[at + 1];
    if (next === '{' || next === '%' || next === '#') return at;
    at = template.indexOf('{', at + 1);
  }
  return -1;
}

/**
 * The tokens of one `{{ }}` or `{% %}`, to its closing delimiter. As in Jinja's lexer, the
 * delimiter closes only outside brackets (`{{ {'a': {'b': 1}} }}` is one expression) and never
 * inside a string literal.
 */
function lexCode(
  template: string,
  start: number,
  kind: 'block' | 'variable',
): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  const closer = kind === 'block' ? '%}' : '}}';
  let depth = 0;
  let pos = start;
  while (pos < template.length) {
    const code = template.charCodeAt(pos);
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code > 0x7f) {
      WHITESPACE.lastIndex = pos;
      if (WHITESPACE.test(template)) {
        pos = WHITESPACE.lastIndex;
        continue;
      }
    }
    if (depth === 0 && template.startsWith(closer, pos)) return { tokens, end: pos + 2 };
    const char = template[pos]!;
    if (char === "'" || char === '"') {
      const { token, end } = lexString(template, pos);
      tokens.push(token);
      pos = end;
      continue;
    }
    NUMBER.lastIndex = pos;
    const number = code >= 0x30 && code <= 0x39 ? NUMBER.exec(template) : null;
    if (number) {
      tokens.push({ type: 'number', text: number[0], number: parseNumber(number[0]), at: pos });
      pos += number[0].length;
      continue;
    }
    NAME.lastIndex = pos;
    const name =
      code === 0x5f || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code > 0x7f
        ? NAME.exec(template)
        : null;
    if (name) {
      tokens.push({ type: 'name', text: name[0], at: pos });
      pos += name[0].length;
      continue;
    }
    const op =
      TWO_CHAR_SECOND.has(template[pos + 1] ?? '') && TWO_CHAR_OPERATORS.has(template.slice(pos, pos + 2))
        ? template.slice(pos, pos + 2)
        : char;
    if (op === '(' || op === '[' || op === '{') depth++;
    else if ((op === ')' || op === ']' || op === '}') && depth > 0) depth--;
    tokens.push({ type: 'op', text: op, at: pos });
    pos += op.length;
  }
  return { tokens, end: template.length };
}

function parseNumber(text: string): number {
  const clean = text.replace(/_/g, '');
  if (/^0[oO]/.test(clean)) return parseInt(clean.slice(2), 8);
  if (/^0[bB]/.test(clean)) return parseInt(clean.slice(2), 2);
  return Number(clean);
}

/**
 * A string literal, decoded as Jinja decodes it: Python's unicode-escape (`\x5f`, `\u005f`,
 * `\137`, `\N{LOW LINE}`, `\n` ...); an unknown escape stays as written.
 */
function lexString(template: string, start: number): { token: Token; end: number } {
  const quote = template[start]!;
  let pos = start + 1;
  let value = '';
  let undecodable = false;
  while (pos < template.length && template[pos] !== quote) {
    if (template[pos] !== '\\') {
      const run = quote === "'" ? SINGLE_QUOTED_RUN : DOUBLE_QUOTED_RUN;
      run.lastIndex = pos;
      run.test(template);
      value += template.slice(pos, run.lastIndex);
      pos = run.lastIndex;
      continue;
    }
    const escape = template[pos + 1];
    if (escape === undefined) {
      value += '\\';
      pos++;
      break;
    }
    const simple = PYTHON_SIMPLE_ESCAPES[escape];
    if (simple !== undefined) {
      value += simple;
      pos += 2;
      continue;
    }
    if (escape === '\n') {
      pos += 2;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(template.slice(pos + 1, pos + 4));
    if (octal) {
      value += String.fromCodePoint(parseInt(octal[0], 8));
      pos += 1 + octal[0].length;
      continue;
    }
    const width = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = template.slice(pos + 2, pos + 2 + width);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : -1;
      if (code >= 0 && code <= 0x10ffff) {
        value += String.fromCodePoint(code);
        pos += 2 + width;
      } else {
        undecodable = true;
        value += '\ufffd';
        pos += 2;
      }
      continue;
    }
    if (escape === 'N' && template[pos + 2] === '{') {
      const close = template.indexOf('}', pos + 3);
      const name = close < 0 ? '' : template.slice(pos + 3, close);
      const decoded = unicodeName(name);
      if (decoded === undefined) undecodable = true;
      value += decoded ?? '\ufffd';
      pos = close < 0 ? template.length : close + 1;
      continue;
    }
    value += `\\${escape}`;
    pos += 2;
  }
  const end = Math.min(pos + 1, template.length);
  return { token: { type: 'string', text: value, at: start, ...(undecodable ? { undecodable } : {}) }, end };
}

const SINGLE_QUOTED_RUN = /[^'\\]+/y;
const DOUBLE_QUOTED_RUN = /[^"\\]+/y;

const PYTHON_SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** The few character names that can spell an identifier; any other `\N{...}` is undecodable. */
function unicodeName(name: string): string | undefined {
  const upper = name.trim().toUpperCase().replace(/\s+/g, ' ');
  if (upper === 'LOW LINE') return '_';
  if (upper === 'FULL STOP') return '.';
  const letter = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(upper);
  if (letter) return letter[1] === 'SMALL' ? letter[2]!.toLowerCase() : letter[2]!;
  const digit = /^DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/.exec(upper);
  if (digit)
    return String(
      ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'].indexOf(digit[1]!),
    );
  return undefined;
}

// ---- constant folding ------------------------------------------------------------------------

type Value = string | number | Value[];
const NOT = Symbol('not constant');
type Folded = Value | typeof NOT;

/**
 * Evaluates the constant expression at `tokens[pos]`, stopping at the first token that does not
 * continue it. Anything that depends on render-time data is NOT.
 */
interface Budget {
  steps: number;
  exhausted: boolean;
}

class Folder {
  pos: number;
  steps = 0;
  /** True once two or more pieces were combined (concatenation, repetition, format, join ...). */
  combined = false;
  #depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    start: number,
    private readonly end: number,
    private readonly constants: ReadonlyMap<string, Folded>,
    private readonly budget: Budget,
  ) {
    this.pos = start;
  }

  #peek(offset = 0): Token | undefined {
    const at = this.pos + offset;
    return at < this.end ? this.tokens[at] : undefined;
  }

  #isOp(text: string, offset = 0): boolean {
    const token = this.#peek(offset);
    return token?.type === 'op' && token.text === text;
  }

  #fits(value: Folded): Folded {
    if (++this.steps > MAX_FOLD_STEPS) return NOT;
    if (typeof value === 'string' && value.length > MAX_FOLDED_CHARS) return NOT;
    if (Array.isArray(value) && value.length > MAX_FOLDED_CHARS) return NOT;
    return value;
  }

  expression(): Folded {
    if (this.#depth >= MAX_FOLD_DEPTH) return NOT;
    this.#depth++;
    try {
      return this.#concatenation();
    } finally {
      this.#depth--;
    }
  }

  #concatenation(): Folded {
    let left = this.#term();
    while (left !== NOT && (this.#isOp('~') || this.#isOp('+') || this.#isOp('-'))) {
      const op = this.#peek()!.text;
      this.pos++;
      const right = this.#term();
      if (right === NOT) return NOT;
      this.combined = true;
      left = this.#fits(binary(op, left, right));
    }
    return left;
  }

  #term(): Folded {
    let left = this.#unary();
    while (left !== NOT && (this.#isOp('*') || this.#isOp('%') || this.#isOp('//') || this.#isOp('/'))) {
      const op = this.#peek()!.text;
      this.pos++;
      const right = this.#unary();
      if (right === NOT) return NOT;
      this.combined = true;
      left = this.#fits(binary(op, left, right));
    }
    return left;
  }

  #unary(): Folded {
    if (this.#isOp('-')) {
      this.pos++;
      const value = this.#unary();
      return typeof value === 'number' ? -value : NOT;
    }
    return this.#postfix(this.#primary());
  }

  #primary(): Folded {
    const token = this.#peek();
    if (token === undefined || ++this.steps > MAX_FOLD_STEPS) return NOT;
    if (--this.budget.steps < 0) {
      this.budget.exhausted = true;
      return NOT;
    }
    if (token.type === 'string') {
      let value = token.text;
      this.pos++;
      // Adjacent literals are one string, as in Python.
      while (this.#peek()?.type === 'string') {
        value += this.#peek()!.text;
        this.combined = true;
        this.pos++;
        if (value.length > MAX_FOLDED_CHARS) return NOT;
      }
      return this.#fits(value);
    }
    if (token.type === 'number') {
      this.pos++;
      return token.number ?? NOT;
    }
    if (token.type === 'name') {
      const known = this.constants.get(token.text);
      if (known === undefined) return NOT;
      this.pos++;
      if (known !== NOT) this.combined = true;
      return known;
    }
    if (token.text === '(' || token.text === '[') {
      const closer = token.text === '(' ? ')' : ']';
      this.pos++;
      const items: Value[] = [];
      let tuple = token.text === '[';
      while (!this.#isOp(closer)) {
        const item = this.expression();
        if (item === NOT) return NOT;
        items.push(item);
        if (this.#isOp(',')) {
          tuple = true;
          this.pos++;
        } else if (!this.#isOp(closer)) return NOT;
      }
      this.pos++;
      return tuple ? items : (items[0] ?? NOT);
    }
    return NOT;
  }

  #postfix(start: Folded): Folded {
    let value = start;
    while (value !== NOT) {
      if (this.#isOp('[')) {
        value = this.#subscript(value);
      } else if (this.#isOp('.') && this.#peek(1)?.type === 'name' && this.#isOp('(', 2)) {
        const method = this.#peek(1)!.text;
        this.pos += 2;
        const args = this.#arguments();
        if (args === NOT) return NOT;
        this.combined = true;
        value = this.#fits(applyFunction(method, value, args, true));
      } else if (this.#isOp('|') && this.#peek(1)?.type === 'name') {
        const filter = this.#peek(1)!.text;
        this.pos += 2;
        let args: Value[] = [];
        if (this.#isOp('(')) {
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
  #arguments(): Value[] | typeof NOT {
    this.pos++;
    const args: Value[] = [];
    while (!this.#isOp(')')) {
      if (this.#peek() === undefined) return NOT;
      const arg = this.expression();
      if (arg === NOT) return NOT;
      args.push(arg);
      if (this.#isOp(',')) this.pos++;
      else if (!this.#isOp(')')) return NOT;
    }
    this.pos++;
    return args;
  }

  #subscript(target: Value): Folded {
    this.pos++;
    const parts: (number | undefined)[] = [];
    let slice = false;
    for (;;) {
      if (this.#isOp(':')) {
        parts.push(undefined);
        slice = true;
        this.pos++;
        continue;
      }
      if (this.#isOp(']')) {
        this.pos++;
        break;
      }
      const index = this.expression();
      if (typeof index !== 'number') return NOT;
      parts.push(index);
      if (this.#isOp(':')) {
        slice = true;
        this.pos++;
        if (this.#isOp(']')) parts.push(undefined);
      } else if (!this.#isOp(']')) return NOT;
    }
    if (!slice) {
      const index = parts[0];
      if (index === undefined || typeof target === 'number') return NOT;
      const at = index < 0 ? target.length + index : index;
      const item = target[at];
      return item === undefined ? NOT : item;
    }
    if (typeof target === 'number') return NOT;
    this.combined = true;
    return pythonSlice(target, parts);
  }
}

function binary(op: string, left: Value, right: Value): Folded {
  if (op === '~') return typeof left === 'object' || typeof right === 'object' ? NOT : `${left}${right}`;
  if (op === '+') {
    if (typeof left === 'string' && typeof right === 'string') return left + right;
    if (typeof left === 'number' && typeof right === 'number') return left + right;
    if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
    return NOT;
  }
  if (op === '*') {
    const [text, count] = typeof left === 'number' ? [right, left] : [left, right];
    if (typeof count !== 'number') return NOT;
    if (typeof text === 'number') return text * count;
    if (!Number.isInteger(count) || count < 0 || count * text.length > MAX_FOLDED_CHARS) return NOT;
    return typeof text === 'string' ? text.repeat(count) : Array.from({ length: count }, () => text).flat();
  }
  if (op === '%') {
    if (typeof left === 'string') return percentFormat(left, Array.isArray(right) ? right : [right]);
    if (typeof left === 'number' && typeof right === 'number' && right !== 0) return left % right;
    return NOT;
  }
  if (op === '-' && typeof left === 'number' && typeof right === 'number') return left - right;
  if ((op === '//' || op === '/') && typeof left === 'number' && typeof right === 'number' && right !== 0)
    return op === '/' ? left / right : Math.floor(left / right);
  return NOT;
}

/** String methods and filters a builder can use; anything else is not followed. */
function applyFunction(name: string, target: Value, args: readonly Value[], method: boolean): Folded {
  const text = typeof target === 'string' ? target : undefined;
  const arg = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
  switch (name) {
    case 'lower':
      return text?.toLowerCase() ?? NOT;
    case 'upper':
      return text?.toUpperCase() ?? NOT;
    case 'title':
    case 'capitalize':
      return text === undefined ? NOT : text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
    case 'swapcase':
      return text === undefined
        ? NOT
        : [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
    case 'trim':
    case 'strip':
      return text?.trim() ?? NOT;
    case 'lstrip':
      return text?.trimStart() ?? NOT;
    case 'rstrip':
      return text?.trimEnd() ?? NOT;
    case 'string':
      return typeof target === 'object' ? NOT : String(target);
    case 'reverse':
      return text !== undefined
        ? [...text].reverse().join('')
        : Array.isArray(target)
          ? [...target].reverse()
          : NOT;
    case 'list':
      return text !== undefined ? [...text] : Array.isArray(target) ? target : NOT;
    case 'first':
      return (text !== undefined ? text[0] : Array.isArray(target) ? target[0] : undefined) ?? NOT;
    case 'last':
      return (text !== undefined ? text.at(-1) : Array.isArray(target) ? target.at(-1) : undefined) ?? NOT;
    case 'replace': {
      const from = arg(0);
      const to = arg(1);
      return text === undefined || from === undefined || to === undefined ? NOT : text.split(from).join(to);
    }
    case 'join': {
      // The method is separator.join(items); the filter is items|join(separator).
      const [items, separator] = method ? [args[0], text] : [target, args.length === 0 ? '' : arg(0)];
      if (separator === undefined) return NOT;
      const pieces = Array.isArray(items) ? items : typeof items === 'string' ? [...items] : undefined;
      return pieces === undefined || pieces.some((p) => typeof p === 'object') ? NOT : pieces.join(separator);
    }
    case 'format':
      if (text === undefined) return NOT;
      return method ? braceFormat(text, args) : percentFormat(text, args);
    default:
      return NOT;
  }
}

function percentFormat(format: string, args: readonly Value[]): Folded {
  let next = 0;
  let failed = false;
  const out = format.replace(
    /%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g,
    (_match, conversion: string) => {
      if (conversion === '%') return '%';
      const value = args[next++];
      if (value === undefined || typeof value === 'object') {
        failed = true;
        return '';
      }
      if (conversion === 'c')
        return typeof value === 'number' ? String.fromCodePoint(value & 0x1fffff) : value;
      return String(value);
    },
  );
  return failed ? NOT : out;
}

function braceFormat(format: string, args: readonly Value[]): Folded {
  let next = 0;
  let failed = false;
  const out = format.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    const index = field === undefined || field === '' ? next++ : /^\d+$/.test(field) ? Number(field) : -1;
    const value = args[index];
    if (value === undefined || typeof value === 'object') {
      failed = true;
      return '';
    }
    return String(value);
  });
  return failed ? NOT : out;
}

function pythonSlice(target: string | Value[], parts: readonly (number | undefined)[]): Folded {
  const items = typeof target === 'string' ? [...target] : target;
  const length = items.length;
  const step = parts[2] ?? 1;
  if (step === 0 || !Number.isInteger(step)) return NOT;
  const clamp = (value: number | undefined, fallback: number, low: number, high: number) => {
    if (value === undefined) return fallback;
    const index = value < 0 ? value + length : value;
    return Math.min(Math.max(index, low), high);
  };
  const out: Value[] = [];
  if (step > 0) {
    const stop = clamp(parts[1], length, 0, length);
    for (let i = clamp(parts[0], 0, 0, length); i < stop; i += step) out.push(items[i]!);
  } else {
    const stop = clamp(parts[1], -1, -1, length - 1);
    for (let i = clamp(parts[0], length - 1, -1, length - 1); i > stop; i += step) out.push(items[i]!);
  }
  return typeof target === 'string' ? out.join('') : out;
}

// ---- judging ---------------------------------------------------------------------------------

class Findings {
  readonly list: ChatTemplateFinding[] = [];
  readonly #seen = new Set<string>();
  #errors = 0;

  add(level: 'error' | 'warning', what: string, at: number, why: string): void {
    const key = `${level}\u0000${what}`;
    if (this.#seen.has(key) || this.list.length >= MAX_FINDINGS) return;
    this.#seen.add(key);
    if (level === 'error') this.#errors++;
    this.list.push({ ruleId: 'model/unsafe-construct', level, message: `${what} (character ${at}): ${why}` });
  }

  get errors(): number {
    return this.#errors;
  }
}

/** A name from the template, safe to print: controls escaped, cut short. */
function shown(text: string): string {
  const cut = text.length > 60 ? `${text.slice(0, 60)}...` : text;
  return `'${cut.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)}'`;
}

const WHY_DUNDER =
  'a double-underscore attribute leads from any object to Python classes, globals and builtins (CVE-2024-34359, GHSA-56xg-wfcc-g829)';
const WHY_PRIVATE = 'an underscore attribute is Python internals, never template data';
const WHY_DANGER = 'it names Python code execution, imports or file access';
const WHY_BUILT = 'the name is assembled from pieces, the way a payload hides from a plain text search';

/** An attribute name that leads to Python internals. */
function judgeName(name: string): string | undefined {
  if (name.startsWith('__')) return WHY_DUNDER;
  if (name.startsWith('_')) return WHY_PRIVATE;
  return undefined;
}

/**
 * A string that spells a dunder: all of it (`'__x__'`), or a known one anywhere in it
 * (`'a.__class__'`). Markers such as `'<__media__>'` in prompt text are neither.
 */
function namesDunder(value: string): boolean {
  return /^__\w+__$/.test(value) || KNOWN_DUNDER_TEXT.test(value);
}

/** One code segment with its brackets matched once, so that no check rescans the tokens. */
interface Code {
  readonly tokens: readonly Token[];
  /** For an opening bracket, the index of its closer (or -1); for a closer, its opener. */
  readonly match: Int32Array;
  /** The innermost open bracket around each token, or -1. */
  readonly parent: Int32Array;
  readonly constants: ReadonlyMap<string, Folded>;
  readonly budget: Budget;
}

function prepare(tokens: readonly Token[], constants: ReadonlyMap<string, Folded>, budget: Budget): Code {
  const match = new Int32Array(tokens.length).fill(-1);
  const parent = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  tokens.forEach((token, i) => {
    parent[i] = stack.at(-1) ?? -1;
    if (token.type !== 'op') return;
    if (token.text === '(' || token.text === '[' || token.text === '{') stack.push(i);
    else if (pairs[token.text] !== undefined && stack.length > 0) {
      const open = stack.pop()!;
      if (tokens[open]!.text === pairs[token.text]) {
        match[open] = i;
        match[i] = open;
      }
      parent[i] = stack.at(-1) ?? -1;
    }
  });
  return { tokens, match, parent, constants, budget };
}

export function judgeChatTemplate(template: string): ChatTemplateFinding[] {
  const findings = new Findings();
  const { segments, text } = lex(template);
  const budget: Budget = { steps: TEMPLATE_FOLD_BUDGET, exhausted: false };
  const constants = collectConstants(segments, budget);
  for (const segment of segments) judgeSegment(segment, prepare(segment.tokens, constants, budget), findings);
  if (budget.exhausted) {
    findings.add(
      'warning',
      'The template has more constant expressions than this scanner folds',
      0,
      'names assembled past that point were not followed',
    );
  }
  if (findings.errors === 0) {
    for (const [start, end] of text) {
      const match = KNOWN_DUNDER_TEXT.exec(template.slice(start, end));
      if (match) {
        findings.add(
          'warning',
          `Output text names ${shown(match[0])}`,
          start + match.index,
          'Jinja prints it rather than runs it, but a renderer that reads the delimiters differently could run it',
        );
        break;
      }
    }
  }
  return findings.list;
}

/**
 * `{% set name = <constant> %}` anywhere in the template, so that a name assembled through
 * variables is still folded. A name set twice to different values, or bound by a loop, is not a
 * constant.
 */
function collectConstants(segments: readonly Segment[], budget: Budget): Map<string, Folded> {
  const constants = new Map<string, Folded>();
  for (const { kind, tokens } of segments) {
    if (kind !== 'block' || tokens[0]?.type !== 'name') continue;
    const keyword = tokens[0].text;
    if (keyword === 'for') {
      for (let i = 1; i < tokens.length && tokens[i]!.text !== 'in'; i++) {
        if (tokens[i]!.type === 'name') constants.set(tokens[i]!.text, NOT);
      }
      continue;
    }
    if (keyword !== 'set' || tokens[1]?.type !== 'name' || tokens[2]?.text !== '=') continue;
    const name = tokens[1].text;
    const folder = new Folder(tokens, 3, tokens.length, constants, budget);
    const value = folder.expression();
    const whole =
      folder.pos === tokens.length || (folder.pos === tokens.length - 1 && tokens.at(-1)!.text === '-');
    const previous = constants.get(name);
    const folded = whole ? value : NOT;
    constants.set(name, previous === undefined || same(previous, folded) ? folded : NOT);
  }
  return constants;
}

function same(a: Folded, b: Folded): boolean {
  return a !== NOT && b !== NOT && JSON.stringify(a) === JSON.stringify(b);
}

function isOp(token: Token | undefined, text: string): boolean {
  return token?.type === 'op' && token.text === text;
}

/** Folds `tokens[start, end)` as one whole constant, or NOT. */
function foldWhole(code: Code, start: number, end: number): Folded {
  if (start >= end) return NOT;
  const folder = new Folder(code.tokens, start, end, code.constants, code.budget);
  const value = folder.expression();
  return folder.pos === end ? value : NOT;
}

/**
 * The top-level, comma-separated arguments between the bracket at `open` and its closer. Nested
 * brackets are jumped over, so each token is looked at by one call only.
 */
function argumentRanges(code: Code, open: number): [number, number][] {
  const close = code.match[open]!;
  const ranges: [number, number][] = [];
  if (close < 0) return ranges;
  let start = open + 1;
  for (let i = open + 1; i < close; i++) {
    const inner = code.match[i]!;
    if (inner > i) {
      i = inner;
      continue;
    }
    if (isOp(code.tokens[i], ',')) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  if (start < close) ranges.push([start, close]);
  return ranges;
}

function judgeSegment(segment: Segment, code: Code, findings: Findings): void {
  const tokens = segment.tokens;
  const first = tokens[0];
  if (segment.kind === 'block' && first?.type === 'name' && LOADING_STATEMENTS.has(first.text)) {
    findings.add(
      'warning',
      `\`{% ${first.text} %}\` loads another template`,
      first.at,
      'a chat template is meant to stand alone; what it loads is not in this file',
    );
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];

    if (token.type === 'string') judgeString(code, i, findings);

    if (isOp(token, '.') && next?.type === 'name') {
      const name = next.text;
      const why = judgeName(name) ?? (ATTRIBUTE_DANGER.has(name) ? WHY_DANGER : undefined);
      if (why !== undefined) findings.add('error', `Code reaches the attribute ${shown(name)}`, next.at, why);
      else if (CALL_DANGER.has(name) && isOp(tokens[i + 2], '('))
        findings.add('error', `Code calls the method ${shown(name)}`, next.at, WHY_DANGER);
    }

    if (token.type === 'name' && !isOp(previous, '.')) {
      if (token.text.startsWith('__'))
        findings.add('error', `Code uses the name ${shown(token.text)}`, token.at, WHY_DUNDER);
      else if (CALL_DANGER.has(token.text) && isOp(next, '('))
        findings.add('error', `Code calls ${shown(token.text)}`, token.at, WHY_DANGER);
      if (
        GADGET_GLOBALS.has(token.text) &&
        !isOp(previous, '|') &&
        (isOp(next, '.') || isOp(next, '[') || (isOp(next, '|') && tokens[i + 2]?.text === 'attr'))
      ) {
        findings.add(
          'error',
          `Code reaches an attribute of the global ${shown(token.text)} itself`,
          token.at,
          'a global function or class object leads through its attributes to its module globals and os',
        );
      }
    }

    if (isOp(token, '[') && previous !== undefined && isSubscriptTarget(previous))
      judgeSubscript(code, i, findings);

    if (isOp(token, '|') && next?.type === 'name') {
      if (next.text === 'attr') judgeAttrFilter(code, i + 2, findings, next.at);
      else if (ATTRIBUTE_FILTERS.has(next.text) && isOp(tokens[i + 2], '('))
        judgeAttributeFilter(code, i + 2, next.text, findings);
    }

    if (startsOperand(token, previous, code.constants)) {
      const folder = new Folder(tokens, i, tokens.length, code.constants, code.budget);
      const value = folder.expression();
      if (folder.combined && typeof value === 'string' && namesDunder(value)) {
        findings.add(
          'error',
          `Code builds the string ${shown(value)}`,
          token.at,
          `${WHY_BUILT}; ${WHY_DUNDER}`,
        );
      }
    }
  }
}

const NOT_SUBSCRIPT_TARGETS = new Set([
  'in',
  'and',
  'or',
  'not',
  'is',
  'if',
  'else',
  'elif',
  'set',
  'for',
  'print',
  'return',
]);

function isSubscriptTarget(token: Token): boolean {
  if (token.type === 'name') return !NOT_SUBSCRIPT_TARGETS.has(token.text);
  if (token.type === 'string' || token.type === 'number') return true;
  return token.text === ')' || token.text === ']' || token.text === '}';
}

/**
 * Where a constant expression can begin: folding from every token of `'a' ~ 'b' ~ 'c'` would fold
 * the same run again and again, so only its first token starts one.
 */
function startsOperand(
  token: Token,
  previous: Token | undefined,
  constants: ReadonlyMap<string, Folded>,
): boolean {
  if (token.type === 'op') {
    if (token.text !== '(' && token.text !== '[') return false;
  } else if (token.type === 'name') {
    const known = constants.get(token.text);
    if (known === undefined || known === NOT) return false;
  }
  if (previous === undefined) return true;
  if (previous.type === 'string') return false;
  if (previous.type === 'op')
    return !BUILDER_OPERATORS.has(previous.text) && previous.text !== '.' && previous.text !== '-';
  return true;
}

function judgeString(code: Code, index: number, findings: Findings): void {
  const token = code.tokens[index]!;
  const previous = code.tokens[index - 1];
  const next = code.tokens[index + 1];
  const value = token.text;
  if (token.undecodable) {
    findings.add(
      'warning',
      'A string literal has an escape this scanner cannot decode',
      token.at,
      'what it spells cannot be judged',
    );
  }
  const operator = (neighbour: Token | undefined) => (neighbour?.type === 'op' ? neighbour.text : undefined);
  if (namesDunder(value)) {
    findings.add('error', `A string names ${shown(value)}`, token.at, WHY_DUNDER);
  } else if (value.length > 2 && (value.startsWith('__') || value.endsWith('__'))) {
    findings.add(
      'error',
      `A string holds the double-underscore fragment ${shown(value)}`,
      token.at,
      WHY_BUILT,
    );
  } else if (
    /^_{2,}$/.test(value) ||
    (value === '_' && (operator(previous) === '*' || operator(next) === '*'))
  ) {
    findings.add(
      'error',
      `Underscores ${shown(value)} are put together into a longer run`,
      token.at,
      WHY_BUILT,
    );
  } else if (value === '_') {
    // A lone underscore joined to other strings is how a dunder is spelled in pieces, and also
    // how a template might build an ordinary snake_case key: unusual, so a warning.
    const builder =
      BUILDER_OPERATORS.has(operator(previous) ?? '') ||
      BUILDER_OPERATORS.has(operator(next) ?? '') ||
      inJoinedList(code, index);
    if (builder)
      findings.add(
        'warning',
        `An underscore ${shown(value)} is joined to other strings`,
        token.at,
        WHY_BUILT,
      );
  }
}

/** A string inside a list literal that goes through `join` (`['_', '_', 'class']|join`, `''.join([...])`). */
function inJoinedList(code: Code, index: number): boolean {
  const open = code.parent[index]!;
  if (open < 0 || code.tokens[open]!.text === '{') return false;
  const close = code.match[open]!;
  if (close < 0) return false;
  const tokens = code.tokens;
  if (isOp(tokens[close + 1], '|') && tokens[close + 2]?.text === 'join') return true;
  const outer = code.parent[open]!;
  return outer >= 0 && open === outer + 1 && tokens[outer - 1]?.text === 'join';
}

function judgeSubscript(code: Code, open: number, findings: Findings): void {
  const close = code.match[open]!;
  if (close < 0) return;
  let slice = false;
  let hasString = false;
  let builds = false;
  for (let i = open + 1; i < close; i++) {
    const inner = code.match[i]!;
    if (inner > i) {
      i = inner;
      continue;
    }
    const token = code.tokens[i]!;
    if (token.type === 'string') hasString = true;
    else if (token.type === 'op') {
      if (token.text === ':') slice = true;
      else if (BUILDER_OPERATORS.has(token.text) || token.text === '|' || token.text === '.') builds = true;
    }
  }
  if (slice) return;
  const value = foldWhole(code, open + 1, close);
  const at = code.tokens[open]!.at;
  if (typeof value === 'string') {
    const why = judgeName(value) ?? (SUBSCRIPT_DANGER.has(value) ? WHY_DANGER : undefined);
    if (why !== undefined) findings.add('error', `Code looks up ${shown(value)} by subscript`, at, why);
    return;
  }
  if (value === NOT && hasString && builds) {
    findings.add(
      'warning',
      'Code looks up an attribute or key whose name is computed at render time',
      at,
      'Jinja falls back from a key to an attribute, so a computed name can reach Python internals',
    );
  }
}

function judgeAttrFilter(code: Code, open: number, findings: Findings, at: number): void {
  if (!isOp(code.tokens[open], '(')) return;
  const [start, end] = argumentRanges(code, open)[0] ?? [open + 1, open + 1];
  judgeAttributeName(foldWhole(code, start, end), 'the `attr` filter', at, findings, 'error');
}

function judgeAttributeName(
  value: Folded,
  where: string,
  at: number,
  findings: Findings,
  computedLevel: 'error' | 'warning',
): void {
  if (typeof value === 'string') {
    for (const part of value.split('.')) {
      const why = judgeName(part) ?? (ATTRIBUTE_DANGER.has(part) ? WHY_DANGER : undefined);
      if (why !== undefined) {
        findings.add('error', `Code reaches the attribute ${shown(part)} through ${where}`, at, why);
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
      'a computed attribute name is how a payload reaches Python internals past a text search',
    );
  }
}

function judgeAttributeFilter(code: Code, open: number, filter: string, findings: Findings): void {
  const ranges = argumentRanges(code, open);
  const at = code.tokens[open - 1]!.at;
  ranges.forEach(([start, end], position) => {
    let keyword: string | undefined;
    if (code.tokens[start]?.type === 'name' && isOp(code.tokens[start + 1], '=')) {
      keyword = code.tokens[start]!.text;
      start += 2;
    }
    const value = foldWhole(code, start, end);
    if (filter === 'map' && position === 0 && keyword === undefined && value === 'attr') {
      // map('attr', name) applies the attr filter to every item.
      const [nameStart, nameEnd] = ranges[1] ?? [end, end];
      judgeAttributeName(foldWhole(code, nameStart, nameEnd), "`map('attr')`", at, findings, 'error');
      return;
    }
    if (keyword === 'attribute' || (keyword === undefined && typeof value === 'string')) {
      judgeAttributeName(value, `the \`${filter}\` filter`, at, findings, 'warning');
    }
  });
}
