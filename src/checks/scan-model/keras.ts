/**
 * Judges Keras model configs without loading them: the `config.json` of a Keras 3 `.keras`
 * archive, the `model_config` and `training_config` attributes of a legacy `.h5`, and the layer
 * metadata JSON of a SavedModel's `keras_metadata.pb`.
 *
 * Keras rebuilds a model by walking this JSON and importing what each `{"module", "class_name",
 * "registered_name", "config"}` object names. The walk here visits the whole document the same
 * way: layers of Sequential and Functional models, nested models, wrappers (`layer`,
 * `forward_layer`, `backward_layer`), `build_config`, `compile_config` (losses, metrics,
 * optimizers, schedules), inbound node arguments, and every other nested object, since Keras
 * deserializes any of them. What can run code or reach outside the file at load is an error;
 * what needs code from outside Keras (a custom class or function) is a warning naming it.
 *
 * Advisories whose shapes are recognised (Keras fixes in parentheses):
 * - CVE-2024-3660 (GHSA-x4wf-678h-2pmq): Lambda layers carry marshalled bytecode (2.13).
 * - CVE-2025-1550 (GHSA-48g7-3x6r-xfhp): a config names any module and function (3.9).
 * - CVE-2025-8747 (GHSA-c9rc-mg46-23w3): keras.utils.get_file as a gadget (3.11).
 * - CVE-2025-9906 (GHSA-36fq-jgmw-4r9c): the config turns safe_mode off itself (3.11).
 * - CVE-2025-9905: legacy .h5 loading ignores safe_mode for Lambda layers (3.11.3).
 * - CVE-2025-12058 (GHSA-qg93-c7p6-gg7f): StringLookup/IntegerLookup read a vocabulary path (3.12).
 * - CVE-2025-12060: get_file extracts archives with path traversal (3.12).
 * - CVE-2026-1462 (GHSA-4f3f-g24h-fr8m): TFSMLayer loads an external SavedModel (3.13.2).
 */
import { printable } from '../../core/escape.js';
import { readHdf5RootAttributes, type Hdf5Limits } from './hdf5.js';
import type { ModelIssue } from './model-issue.js';
import {
  decodeJsonBytes,
  decodeUtf8,
  JsonObject,
  JsonSyntaxError,
  parsePythonJson,
  type DecodedText,
  type JsonPathSegment,
  type JsonValue,
} from './python-json.js';
import type { ByteSource } from './source.js';

export type KerasConfigOrigin = 'keras-v3' | 'keras-h5' | 'keras-savedmodel';

export interface KerasConfigLimits {
  /** Bytes of one JSON document. */
  readonly maxBytes: number;
  /** Nesting of objects and arrays. */
  readonly maxDepth: number;
  /** Values in one document. */
  readonly maxValues: number;
  /** Issues listed for one document; the rest are counted in one more. */
  readonly maxIssues: number;
}

export const DEFAULT_KERAS_CONFIG_LIMITS: KerasConfigLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 256,
  maxValues: 5_000_000,
  maxIssues: 200,
};

export interface KerasConfigOptions {
  /** What the JSON is called in messages; by default config.json, model_config, keras_metadata. */
  readonly document?: string;
  readonly limits?: Partial<KerasConfigLimits>;
}

const SHOWN_CHARS = 120;

function show(text: string): string {
  const escaped = printable(text.replace(/[\ud800-\udfff]/g, loneSurrogate));
  return escaped.length > SHOWN_CHARS ? `${escaped.slice(0, SHOWN_CHARS)}...` : escaped;
}

/** Lone surrogates (valid in Python and JS strings, not in UTF-8) shown as escapes; pairs kept. */
function loneSurrogate(char: string, offset: number, whole: string): string {
  const code = char.charCodeAt(0);
  const pairedHigh = code <= 0xdbff && /[\udc00-\udfff]/.test(whole[offset + 1] ?? '');
  const pairedLow = code >= 0xdc00 && /[\ud800-\udbff]/.test(whole[offset - 1] ?? '');
  return pairedHigh || pairedLow ? char : `\\u${code.toString(16)}`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function formatPath(path: readonly JsonPathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return show(out === '' ? '(the document)' : out);
}

// ---- what a name points at ---------------------------------------------------------------------

/** Top-level packages of Keras itself: objects from them need no user code. */
const KERAS_PACKAGES = new Set(['keras', 'tf_keras', 'tensorflow', 'keras_hub', 'keras_nlp', 'keras_cv']);

/** Modules that run commands, evaluate code, deserialize pickles, touch files or the network. */
const DANGEROUS_MODULES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    os: 'runs commands and touches files',
    posix: 'runs commands and touches files',
    nt: 'runs commands and touches files',
    subprocess: 'runs commands',
    pty: 'runs commands',
    commands: 'runs commands',
    platform: 'runs commands (platform.popen)',
    builtins: 'evaluates code',
    __builtin__: 'evaluates code',
    importlib: 'imports code',
    imp: 'imports code',
    runpy: 'runs Python modules',
    code: 'evaluates code',
    codeop: 'compiles code',
    pdb: 'evaluates code',
    bdb: 'evaluates code',
    timeit: 'evaluates code',
    trace: 'runs code',
    profile: 'runs code',
    cProfile: 'runs code',
    sys: "changes the interpreter's state",
    site: "changes the interpreter's state",
    ctypes: 'calls native code',
    cffi: 'calls native code',
    pickle: 'deserializes pickles, which run code',
    _pickle: 'deserializes pickles, which run code',
    cPickle: 'deserializes pickles, which run code',
    marshal: 'loads bytecode',
    shelve: 'deserializes pickles, which run code',
    dill: 'deserializes pickles, which run code',
    cloudpickle: 'deserializes pickles, which run code',
    joblib: 'deserializes pickles, which run code',
    shutil: 'copies, moves and deletes files',
    tempfile: 'creates files',
    io: 'opens files',
    _io: 'opens files',
    fileinput: 'opens files',
    pathlib: 'touches files',
    glob: 'lists files',
    zipfile: 'writes files',
    tarfile: 'writes files',
    socket: 'reaches the network',
    ssl: 'reaches the network',
    requests: 'reaches the network',
    httpx: 'reaches the network',
    aiohttp: 'reaches the network',
    urllib: 'reaches the network',
    urllib2: 'reaches the network',
    urllib3: 'reaches the network',
    http: 'reaches the network',
    httplib: 'reaches the network',
    ftplib: 'reaches the network',
    telnetlib: 'reaches the network',
    smtplib: 'reaches the network',
    xmlrpc: 'reaches the network',
    webbrowser: 'opens programs',
    multiprocessing: 'starts processes',
    concurrent: 'starts processes',
    asyncio: 'starts processes',
    threading: 'starts threads that run callables',
    _thread: 'starts threads that run callables',
    signal: 'installs signal handlers',
    operator: 'calls arbitrary methods (attrgetter, methodcaller)',
    functools: 'wraps arbitrary callables (partial, reduce)',
    pip: 'installs packages',
    setuptools: 'runs build code',
    distutils: 'runs build code',
  }),
);

/** `builtins` names Keras may legitimately write (any other builtin is resolved by name). */
const DANGEROUS_BUILTINS = new Set([
  'eval',
  'exec',
  'compile',
  'open',
  '__import__',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'input',
  'breakpoint',
  'exit',
  'quit',
]);

interface Gadget {
  readonly why: string;
  readonly advisory?: string;
}

/** Functions of Keras (and TensorFlow's Keras) that are not modeling code: Keras >= 3.11 refuses them. */
const KERAS_GADGETS: ReadonlyMap<string, Gadget> = new Map(
  Object.entries({
    get_file: {
      why: 'downloads a URL, and extracts archives, at load',
      advisory: 'CVE-2025-8747, CVE-2025-12060',
    },
    load_model: { why: 'loads another model, with safe_mode of its choosing', advisory: 'CVE-2025-9906' },
    model_from_json: { why: 'builds another model from JSON', advisory: 'CVE-2025-9906' },
    model_from_yaml: { why: 'builds another model from YAML', advisory: 'CVE-2025-9906' },
    model_from_config: { why: 'builds another model from a config', advisory: 'CVE-2025-9906' },
    deserialize_keras_object: { why: 'deserializes another config', advisory: 'CVE-2025-9906' },
    load_weights: { why: 'loads weights from another file' },
    enable_unsafe_deserialization: {
      why: 'turns safe_mode off for the rest of the load',
      advisory: 'CVE-2025-9906',
    },
    set_global_attribute: { why: "changes Keras' global state (safe_mode)", advisory: 'CVE-2025-9906' },
    func_load: { why: 'loads marshalled Python bytecode', advisory: 'CVE-2024-3660' },
    save_model: { why: 'writes files' },
    save_weights: { why: 'writes files' },
    save_img: { why: 'writes files' },
    load_img: { why: 'reads files' },
    image_dataset_from_directory: { why: 'reads directories' },
    text_dataset_from_directory: { why: 'reads directories' },
    audio_dataset_from_directory: { why: 'reads directories' },
    register_keras_serializable: { why: "changes Keras' registry of classes" },
    clear_session: { why: "resets Keras' global state" },
    // TensorFlow functions that run Python callables or touch files.
    py_function: { why: 'runs a Python callable' },
    numpy_function: { why: 'runs a Python callable' },
    py_func: { why: 'runs a Python callable' },
    read_file: { why: 'reads files' },
    write_file: { why: 'writes files' },
    load_op_library: { why: 'loads native code' },
    load_library: { why: 'loads native code' },
  }),
);

/** numpy functions that read or write files (others are plain math, judged as custom code). */
const NUMPY_FILE_FUNCTIONS = new Set(['load', 'save', 'savez', 'savez_compressed', 'fromfile', 'tofile', 'loadtxt', 'savetxt', 'genfromtxt', 'memmap']); // prettier-ignore

type Verdict =
  | { readonly kind: 'dangerous'; readonly why: string; readonly advisory?: string }
  | { readonly kind: 'keras' }
  | { readonly kind: 'custom' };

function judgeName(module: string | undefined, name: string): Verdict {
  if (module === undefined || module === '') return { kind: 'keras' };
  // Keras before 3.11 resolved dotted names below a module ('utils.get_file' under 'keras'):
  // what is reached is the last part.
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  const parts = module.split('.');
  const root = parts[0]!;
  if (root === 'builtins' || root === '__builtin__') {
    return DANGEROUS_BUILTINS.has(leaf)
      ? {
          kind: 'dangerous',
          why: `the Python builtin ${show(leaf)} ${DANGEROUS_MODULES.get('builtins')!}`,
          advisory: 'CVE-2025-1550',
        }
      : { kind: 'keras' };
  }
  const dangerous = DANGEROUS_MODULES.get(root);
  if (dangerous) return { kind: 'dangerous', why: `${show(root)} ${dangerous}`, advisory: 'CVE-2025-1550' };
  if (root === 'numpy' && NUMPY_FILE_FUNCTIONS.has(leaf))
    return { kind: 'dangerous', why: 'it reads or writes files' };
  if (KERAS_PACKAGES.has(root)) {
    const gadget = KERAS_GADGETS.get(leaf);
    if (gadget) return { kind: 'dangerous', ...gadget };
    // tf.io, tf.io.gfile, tensorflow.python.lib.io: TensorFlow's file system, which reaches
    // remote file systems and URLs too.
    if (
      root === 'tensorflow' &&
      [...parts, ...name.split('.')].some((part) => part === 'io' || part === 'gfile')
    ) {
      return { kind: 'dangerous', why: "TensorFlow's file system functions read and write files and URLs" };
    }
    return { kind: 'keras' };
  }
  return { kind: 'custom' };
}

// ---- the walk ------------------------------------------------------------------------------------

interface Layer {
  readonly name: string | undefined;
  readonly className: string;
  readonly path: readonly JsonPathSegment[];
}

interface CustomUse {
  readonly module: string;
  readonly name: string;
  readonly registeredName: string | undefined;
  readonly path: readonly JsonPathSegment[];
  readonly layer: Layer | undefined;
  count: number;
}

const LAMBDA_FIELDS = ['function', 'output_shape', 'mask'] as const;

class Judge {
  readonly issues: ModelIssue[] = [];
  private readonly customs = new Map<string, CustomUse>();
  private readonly consumed = new Set<JsonValue>();
  private readonly path: JsonPathSegment[] = [];
  private dropped = 0;

  constructor(
    readonly origin: KerasConfigOrigin,
    readonly document: string,
    readonly limits: KerasConfigLimits,
  ) {}

  add(issue: ModelIssue): void {
    if (this.issues.length < this.limits.maxIssues) this.issues.push(issue);
    else this.dropped++;
  }

  finish(): ModelIssue[] {
    for (const use of this.customs.values()) {
      const registered = use.registeredName ? `, registered as '${show(use.registeredName)}'` : '';
      const times = use.count === 1 ? '' : `, used ${use.count} times`;
      this.add({
        ruleId: 'model/unsafe-construct',
        level: 'warning',
        message:
          `${this.document} uses ${show(use.module)}.${show(use.name)}${registered}${times}, first at ` +
          `${formatPath(use.path)}${this.inLayer(use.layer)}: a custom object from outside Keras. ` +
          `Loading the model imports and runs that code; check that it is yours.`,
        properties: {
          path: formatPath(use.path),
          module: show(use.module),
          name: show(use.name),
          count: use.count,
          ...this.layerProperties(use.layer),
        },
      });
    }
    if (this.dropped > 0) {
      this.issues.push({
        ruleId: 'model/scan-limit',
        level: 'warning',
        message: `${this.document}: ${this.dropped} more issues were found and not listed (limit ${this.limits.maxIssues}).`,
      });
    }
    return this.issues;
  }

  inLayer(layer: Layer | undefined): string {
    if (!layer) return '';
    const name = layer.name === undefined ? '' : ` '${show(layer.name)}'`;
    return ` in layer${name} (${show(layer.className)}) at ${formatPath(layer.path)}`;
  }

  /** " 'name' at path" of an object that is itself the layer concerned. */
  named(layer: Layer): string {
    return `${layer.name === undefined ? '' : ` '${show(layer.name)}'`} at ${formatPath(layer.path)}`;
  }

  layerProperties(layer: Layer | undefined): Record<string, string> {
    if (!layer) return {};
    return {
      layerClass: show(layer.className),
      ...(layer.name === undefined ? {} : { layer: show(layer.name) }),
    };
  }

  visit(value: JsonValue, layer: Layer | undefined): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        this.path.push(i);
        this.visit(value[i]!, layer);
        this.path.pop();
      }
      return;
    }
    if (!(value instanceof JsonObject)) return;
    let context = layer;
    const className = value.string('class_name');
    if (className !== undefined && !this.consumed.has(value)) {
      const config = value.object('config');
      const name = config?.string('name') ?? value.string('name');
      const here: Layer = { name, className, path: [...this.path] };
      this.judgeObject(value, className, config, here, layer);
      if (name !== undefined) context = here;
    }
    // Every member, duplicates included: the walk must see what any reader of the JSON sees.
    for (const [key, member] of value.entries) {
      this.path.push(key);
      this.visit(member, context);
      this.path.pop();
    }
  }

  private judgeObject(
    object: JsonObject,
    className: string,
    config: JsonObject | undefined,
    here: Layer,
    outer: Layer | undefined,
  ): void {
    const module = object.string('module');
    if (className === 'Lambda' && (module === undefined || judgeName(module, className).kind === 'keras')) {
      this.judgeLambda(config, here);
      return;
    }
    if (className === '__lambda__') {
      this.bytecode([...this.path], outer, undefined);
      return;
    }
    if (className === 'function') {
      const inner = object.get('config');
      const name = typeof inner === 'string' ? inner : (object.string('registered_name') ?? '?');
      this.judgeCallable(module, name, object.string('registered_name'), outer, 'a function');
      return;
    }
    if (className === '__typespec__') {
      this.judgeCallable(
        module,
        object.string('spec_name') ?? '?',
        object.string('registered_name'),
        outer,
        'a type spec',
      );
      return;
    }
    if (className.startsWith('__') && className.endsWith('__')) return; // tensors, bytes, slices ...
    this.judgeKerasClass(className, config, here);
    if (module !== undefined)
      this.judgeCallable(module, className, object.string('registered_name'), here, 'a class');
  }

  private judgeCallable(
    module: string | undefined,
    name: string,
    registeredName: string | undefined,
    layer: Layer | undefined,
    what: string,
  ): void {
    const verdict = judgeName(module, name);
    const qualified = module ? `${show(module)}.${show(name)}` : show(name);
    // A layer entry that is itself the gadget is named by its own path; a nested one by its layer's.
    const own = layer !== undefined && layer.path.length === this.path.length;
    const context = own
      ? layer.name === undefined
        ? ''
        : ` (layer '${show(layer.name)}')`
      : this.inLayer(layer);
    if (verdict.kind === 'dangerous') {
      const advisory = verdict.advisory ? ` (${verdict.advisory})` : '';
      const loader =
        verdict.advisory === 'CVE-2025-1550'
          ? 'Keras before 3.9 imports whatever module a config names and calls it'
          : 'Keras before 3.11 calls it when the config says so';
      this.add({
        ruleId: 'model/unsafe-construct',
        level: 'error',
        message:
          `${this.document} names ${what} ${qualified} at ${formatPath(this.path)}${context}: ` +
          `${verdict.why}. ${loader}${advisory}.`,
        properties: {
          path: formatPath(this.path),
          module: show(module ?? ''),
          name: show(name),
          ...(verdict.advisory ? { advisory: verdict.advisory } : {}),
          ...this.layerProperties(layer),
        },
      });
    } else if (verdict.kind === 'custom' && module) {
      const key = `${module}\u0000${name}`;
      const use = this.customs.get(key);
      if (use) use.count++;
      else this.customs.set(key, { module, name, registeredName, path: [...this.path], layer, count: 1 });
    }
  }

  /** Keras' own classes that read files or load other models at load. */
  private judgeKerasClass(className: string, config: JsonObject | undefined, here: Layer): void {
    if (className === 'TFSMLayer') {
      const filepath = config?.string('filepath');
      const target = filepath === undefined ? '' : ` '${show(filepath)}'`;
      this.add({
        ruleId: 'model/unsafe-construct',
        level: 'error',
        message:
          `${this.document} has a TFSMLayer${this.named(here)}: it loads the ` +
          `external TensorFlow SavedModel${target} and runs its graph, even with safe_mode on in Keras ` +
          `before 3.13.2 (CVE-2026-1462).`,
        properties: { path: formatPath(here.path), advisory: 'CVE-2026-1462', ...this.layerProperties(here) },
      });
      return;
    }
    const pathFields: Record<string, readonly string[]> = {
      StringLookup: ['vocabulary'],
      IntegerLookup: ['vocabulary'],
      TextVectorization: ['vocabulary'],
      // keras_hub tokenizers: their assets travel in the archive; a path in the config reads the host.
      BytePairTokenizer: ['vocabulary', 'merges'],
      WordPieceTokenizer: ['vocabulary'],
      SentencePieceTokenizer: ['proto'],
    };
    for (const field of pathFields[className] ?? []) {
      const value = config?.get(field);
      if (typeof value !== 'string') continue;
      const advisory = className.endsWith('Tokenizer') ? '' : ' (CVE-2025-12058)';
      this.add({
        ruleId: 'model/unsafe-construct',
        level: 'error',
        message:
          `${this.document} has ${/^[AEIOU]/.test(className) ? 'an' : 'a'} ${show(className)}${this.named(here)} whose ` +
          `${field} is the path '${show(value)}': loading reads that file (or URL, through tf.io.gfile) ` +
          `from the loading machine, even with safe_mode on${advisory}.`,
        properties: {
          path: formatPath([...here.path, 'config', field]),
          value: show(value),
          ...(advisory ? { advisory: 'CVE-2025-12058' } : {}),
          ...this.layerProperties(here),
        },
      });
    }
  }

  private judgeLambda(config: JsonObject | undefined, here: Layer): void {
    const isSerializedTuple = (value: unknown): boolean => {
      if (!(value instanceof JsonObject) || value.string('class_name') !== '__tuple__') return false;
      const items = value.get('items');
      return Array.isArray(items) && typeof items[0] === 'string';
    };
    const bytecode: string[] = [];
    const references: { field: string; module: string | undefined; name: string; registered?: string }[] = [];
    for (const field of LAMBDA_FIELDS) {
      const value = config?.get(field);
      if (value === undefined || value === null) continue;
      const fieldPath = formatPath([...here.path, 'config', field]);
      // Keras 2 kept the kind beside the value: function_type, output_shape_type ('lambda',
      // 'function' or 'raw'), and the module of a named function.
      const legacyType = config?.string(field === 'function' ? 'function_type' : `${field}_type`);
      const legacyModule = config?.string(field === 'function' ? 'module' : `${field}_module`);
      if (Array.isArray(value) && typeof value[0] === 'string') {
        if (field !== 'output_shape' || legacyType === 'lambda') bytecode.push(fieldPath);
      } else if (isSerializedTuple(value) && (field !== 'output_shape' || legacyType === 'lambda')) {
        // tf.keras 2.x in a SavedModel's metadata wraps the (code, defaults, closure) tuple.
        this.consumed.add(value as JsonObject);
        bytecode.push(fieldPath);
      } else if (value instanceof JsonObject && value.string('class_name') === '__lambda__') {
        this.consumed.add(value);
        bytecode.push(fieldPath);
      } else if (value instanceof JsonObject && value.string('class_name') === 'function') {
        this.consumed.add(value);
        const inner = value.get('config');
        const registered = value.string('registered_name');
        references.push({
          field,
          module: value.string('module'),
          name: typeof inner === 'string' ? inner : (registered ?? '?'),
          ...(registered === undefined ? {} : { registered }),
        });
      } else if (typeof value === 'string' && legacyType === 'lambda') {
        bytecode.push(fieldPath);
      } else if (typeof value === 'string' && (legacyType === 'function' || field === 'function')) {
        references.push({ field, module: legacyModule, name: value });
      }
    }
    const who = `Lambda layer${here.name === undefined ? '' : ` '${show(here.name)}'`} at ${formatPath(here.path)}`;
    if (bytecode.length > 0) this.bytecode(here.path, here, bytecode);
    for (const reference of references) {
      const verdict = judgeName(reference.module, reference.name);
      const qualified = reference.module
        ? `${show(reference.module)}.${show(reference.name)}`
        : show(reference.name);
      const fieldPath = formatPath([...here.path, 'config', reference.field]);
      if (verdict.kind === 'dangerous') {
        const advisory = verdict.advisory ?? 'CVE-2025-1550';
        this.add({
          ruleId: 'model/unsafe-construct',
          level: 'error',
          message:
            `${this.document} has a ${who} that calls ${qualified} (${fieldPath}): ${verdict.why}. The layer ` +
            `calls it with arguments from the config when the model runs, and Keras before 3.11 resolves it ` +
            `even with safe_mode on (${advisory}).`,
          properties: {
            path: fieldPath,
            module: show(reference.module ?? ''),
            name: show(reference.name),
            advisory,
            ...this.layerProperties(here),
          },
        });
      } else if (verdict.kind === 'custom' && reference.module) {
        const key = `${reference.module}\u0000${reference.name}`;
        const use = this.customs.get(key);
        if (use) use.count++;
        else
          this.customs.set(key, {
            module: reference.module,
            name: reference.name,
            registeredName: reference.registered,
            path: [...here.path, 'config', reference.field],
            layer: here,
            count: 1,
          });
      } else if (!reference.module && verdict.kind === 'keras' && reference.field === 'function') {
        // A bare name with no module: legacy loaders look it up in the custom objects and in
        // the module that saved it, so what runs is decided outside the file.
        this.add({
          ruleId: 'model/unsafe-construct',
          level: 'warning',
          message: `${this.document} has a ${who} that calls a function named '${show(reference.name)}' with no module (${fieldPath}): the loading code decides what runs.`,
          properties: { path: fieldPath, name: show(reference.name), ...this.layerProperties(here) },
        });
      }
    }
    if (bytecode.length === 0 && references.length === 0) {
      this.add({
        ruleId: 'model/unsafe-construct',
        level: 'warning',
        message: `${this.document} has a ${who} whose function could not be identified: Lambda layers run Python code.`,
        properties: { path: formatPath(here.path), ...this.layerProperties(here) },
      });
    }
  }

  private bytecode(
    path: readonly JsonPathSegment[],
    layer: Layer | undefined,
    fields: string[] | undefined,
  ): void {
    const where = fields ? fields.join(', ') : formatPath(path);
    const subject = fields
      ? `a Lambda layer${layer?.name === undefined ? '' : ` '${show(layer.name)}'`} at ${formatPath(path)} with marshalled Python bytecode in ${where}`
      : `a serialized Python lambda (marshalled bytecode) at ${where}${this.inLayer(layer)}`;
    const when: Record<KerasConfigOrigin, string> = {
      'keras-v3':
        'Keras runs it at load when safe_mode is off, which before Keras 3.11 the file itself could arrange (CVE-2025-9906), and always before Keras 2.13 (CVE-2024-3660)',
      'keras-h5':
        'legacy .h5 loading runs it even with safe_mode on before Keras 3.11.3 (CVE-2025-9905), and always in Keras 2 and tf-keras (CVE-2024-3660)',
      'keras-savedmodel':
        'tf.keras runs it when it rebuilds the model from the SavedModel, with no safe_mode check (CVE-2024-3660)',
    };
    this.add({
      ruleId: 'model/unsafe-construct',
      level: 'error',
      message: `${this.document} has ${subject}: ${when[this.origin]}.`,
      properties: {
        path: formatPath(path),
        advisory: this.origin === 'keras-h5' ? 'CVE-2025-9905' : 'CVE-2024-3660',
        ...this.layerProperties(layer),
      },
    });
  }
}

const DOCUMENT_NAMES: Record<KerasConfigOrigin, string> = {
  'keras-v3': 'config.json',
  'keras-h5': 'model_config',
  'keras-savedmodel': 'keras_metadata',
};

/**
 * Issues of one Keras config document. `json` is the document's bytes: for 'keras-v3' they are
 * decoded as `json.loads(bytes)` does (UTF-8, UTF-16 or UTF-32); otherwise as strict UTF-8, the
 * way Keras decodes an attribute or a protobuf string.
 */
export function analyzeKerasConfig(
  json: Uint8Array,
  origin: KerasConfigOrigin,
  options: KerasConfigOptions = {},
): ModelIssue[] {
  const limits = { ...DEFAULT_KERAS_CONFIG_LIMITS, ...options.limits };
  const document = options.document ?? DOCUMENT_NAMES[origin];
  const issues: ModelIssue[] = [];
  if (json.length > limits.maxBytes) {
    return [
      {
        ruleId: 'model/scan-limit',
        level: 'error',
        message: `${document} is ${json.length} bytes, over the ${limits.maxBytes}-byte limit: not judged.`,
      },
    ];
  }
  const decoded = origin === 'keras-v3' ? decodeJsonBytes(json) : decodeUtf8(json);
  issues.push(...encodingIssues(decoded, origin, document));
  let text = decoded.text;
  if (text.startsWith('\ufeff')) text = text.slice(1); // reported above; judged all the same
  let parsed;
  try {
    parsed = parsePythonJson(text, limits);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    issues.push({
      ruleId: error.limit ? 'model/scan-limit' : 'model/malformed-file',
      level: 'error',
      message: error.limit
        ? `${document} stops the scan at a limit: ${error.message} (at character ${error.offset}); not judged.`
        : `${document} is not valid JSON: ${error.message} at character ${error.offset}. Python's json would reject it too, but nothing in it was judged.`,
      properties: { characterOffset: error.offset },
    });
    return issues;
  }
  for (const duplicate of parsed.duplicates) {
    const key = show(duplicate.key);
    issues.push({
      ruleId: 'model/malformed-file',
      level: 'error',
      message:
        `${document} has the key "${key}" twice in ${formatPath(duplicate.path)}: Python keeps the last, ` +
        `a reader that keeps the first sees another model. Both were judged.`,
      properties: { path: formatPath(duplicate.path), key, characterOffset: duplicate.offset },
    });
  }
  const judge = new Judge(origin, document, limits);
  judge.visit(parsed.value, undefined);
  issues.push(...judge.finish());
  return issues;
}

function encodingIssues(decoded: DecodedText, origin: KerasConfigOrigin, document: string): ModelIssue[] {
  const issues: ModelIssue[] = [];
  if (!decoded.valid) {
    issues.push({
      ruleId: 'model/malformed-file',
      level: 'error',
      message: `${document} is not valid ${decoded.encoding.toUpperCase()}: what follows was judged with the invalid bytes replaced, and may differ from what Python reads.`,
    });
  }
  if (origin === 'keras-v3' && decoded.encoding !== 'utf-8') {
    issues.push({
      ruleId: 'model/malformed-file',
      level: 'warning',
      message: `${document} is encoded as ${decoded.encoding.toUpperCase()}: Python's json reads it, Keras writes UTF-8, and a tool that assumes UTF-8 sees nothing in it.`,
      properties: { encoding: decoded.encoding },
    });
  }
  if (origin !== 'keras-v3' && decoded.text.startsWith('\ufeff')) {
    issues.push({
      ruleId: 'model/malformed-file',
      level: 'warning',
      message: `${document} starts with a byte order mark, which Python's json rejects: Keras would not load it. Judged without it.`,
    });
  }
  return issues;
}

export interface KerasH5Analysis {
  readonly issues: ModelIssue[];
  /** The root `keras_version` attribute, when it is a string. */
  readonly kerasVersion?: string;
  /**
   * Whether the root has a `model_config` string: a whole model, not only weights. False with
   * reader issues can also mean the attributes could not all be read; the issues say so.
   */
  readonly hasModelConfig: boolean;
}

/** Root attributes of a legacy Keras .h5 that Keras decodes as JSON and deserializes. */
const H5_CONFIG_ATTRIBUTES = ['model_config', 'training_config'] as const;

/**
 * A legacy Keras HDF5 file: its root `model_config` and `training_config` judged as Keras configs.
 * A weights-only file (`.weights.h5`, or one saved with save_weights) has neither and no issue.
 */
export async function analyzeKerasH5(
  source: ByteSource,
  options: { readonly hdf5?: Partial<Hdf5Limits>; readonly config?: Partial<KerasConfigLimits> } = {},
): Promise<KerasH5Analysis> {
  const { attributes, issues } = await readHdf5RootAttributes(source, options.hdf5);
  const all = [...issues];
  for (const name of H5_CONFIG_ATTRIBUTES) {
    const value = attributes.get(name);
    if (value === undefined) continue;
    all.push(
      ...analyzeKerasConfig(value, 'keras-h5', {
        document: name,
        ...(options.config ? { limits: options.config } : {}),
      }),
    );
  }
  const version = attributes.get('keras_version');
  const kerasVersion = version === undefined ? undefined : show(decodeUtf8(version).text);
  return {
    issues: all,
    hasModelConfig: attributes.has('model_config'),
    ...(kerasVersion === undefined ? {} : { kerasVersion }),
  };
}
