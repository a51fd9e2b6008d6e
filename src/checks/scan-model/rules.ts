import type { Rule } from '../../core/findings.js';
import type { ModelRuleId } from './model-issue.js';

/**
 * Rule metadata of scan-model (public contract: ids never change). Loading an unsafe model file
 * is user execution of a supply-chain payload: OWASP ML06 (AI supply chain), MITRE ATLAS
 * AML.T0010 (ML supply chain compromise: model) and AML.T0011 (user execution: unsafe ML artifacts).
 */
const SUPPLY_CHAIN = { owaspMl: ['ML06' as const], atlas: ['AML.T0010.003', 'AML.T0011.000'] };

export const MODEL_RULES: Readonly<Record<ModelRuleId, Rule>> = {
  'model/pickle-unsafe-global': {
    id: 'model/pickle-unsafe-global',
    title: 'Pickle imports a code-execution, file or network global',
    help:
      'Unpickling this file imports and can call a global that runs code, touches files or the network, ' +
      'or reaches other objects (for example `os.system`, `builtins.eval`, `subprocess.Popen`, ' +
      '`functools.partial` of one of them). Loading it with `torch.load(weights_only=False)`, `pickle.load`, ' +
      '`joblib.load` or `numpy.load(allow_pickle=True)` executes it. Do not load the file; get the model from ' +
      'its publisher again, or convert a trusted copy to safetensors or ONNX.',
    defaultLevel: 'error',
    securitySeverity: 9.8,
    ...SUPPLY_CHAIN,
  },
  'model/pickle-unknown-global': {
    id: 'model/pickle-unknown-global',
    title: 'Pickle imports a global that no allowlist names',
    help:
      'The file imports a global that is neither known to be safe (tensor and array reconstruction, ' +
      'scikit-learn estimators, plain containers) nor known to be dangerous. Unpickling runs whatever that ' +
      'name resolves to. If it is your own class, add `module.name` (or `module.*`) to `allow-globals`; ' +
      'otherwise treat the file as untrusted.',
    defaultLevel: 'warning',
    securitySeverity: 5.3,
    ...SUPPLY_CHAIN,
  },
  'model/pickle-malformed': {
    id: 'model/pickle-malformed',
    title: 'Pickle stream is malformed or built to evade scanners',
    help:
      'The pickle stream has a structure that ordinary pickling never writes: a global whose name cannot be ' +
      'known without running it (taken from the memo or the stack, an extension code), an opcode a loader ' +
      'rejects after a scanner gave up, frames that lie about their length, or data after the end. Each is ' +
      'a published way to hide a payload from scanners. Do not load the file.',
    defaultLevel: 'error',
    securitySeverity: 8.1,
    ...SUPPLY_CHAIN,
  },
  'model/scan-limit': {
    id: 'model/scan-limit',
    title: 'Scan stopped at a safety limit',
    help:
      'The file exceeds one of the limits that keep the scan from hanging or running out of memory ' +
      '(opcodes, stack depth, memo size, archive entries, nesting, decompressed size or ratio). What lies ' +
      'beyond the limit was not checked. Ordinary model files stay far below these limits, so a file that ' +
      'reaches one is suspicious (a decompression bomb, a stream built to exhaust scanners).',
    defaultLevel: 'error',
    securitySeverity: 7.5,
    ...SUPPLY_CHAIN,
  },
  'model/archive-anomaly': {
    id: 'model/archive-anomaly',
    title: 'Archive is inconsistent: loaders and scanners may see different content',
    help:
      'The zip or tar container of this model has headers that disagree (central directory and local ' +
      'headers, sizes, CRC), duplicate or odd member names, overlapping members, encrypted or unusually ' +
      'compressed members, or data outside any member. Different readers resolve these differently, which ' +
      'is how payloads are hidden from scanners. Re-export the model with its library.',
    defaultLevel: 'error',
    securitySeverity: 7.5,
    ...SUPPLY_CHAIN,
  },
  'model/unsafe-construct': {
    id: 'model/unsafe-construct',
    title: 'Model file carries code or reaches outside itself',
    help:
      'A format that holds no pickle still asks its loader to run or fetch something: a Keras Lambda layer ' +
      'or a config naming a Python function, a TensorFlow op that reads or writes files or calls Python, ' +
      'ONNX external data outside the model folder or a custom operator domain (native code), a GGUF chat ' +
      'template that reaches Python objects. Review the model before loading it; load Keras models with ' +
      '`safe_mode=True`.',
    defaultLevel: 'error',
    securitySeverity: 8.8,
    ...SUPPLY_CHAIN,
  },
  'model/malformed-file': {
    id: 'model/malformed-file',
    title: 'Model file is malformed',
    help:
      'The file does not follow its format (a safetensors header, GGUF metadata, a protobuf message, a numpy ' +
      'header): loaders may reject it, or parse it differently from the scanner. Regenerate the file with ' +
      'its library.',
    defaultLevel: 'error',
    securitySeverity: 6.5,
    ...SUPPLY_CHAIN,
  },
  'model/not-scanned': {
    id: 'model/not-scanned',
    title: 'Model file not scanned',
    help:
      'mlsec could not scan this file, or part of it (too large for `max-file-size`, unreadable, compressed ' +
      'with a method it does not read, a structure it does not parse), so it may hold a payload that was not ' +
      'looked for. Raise `max-file-size`, convert the file, or exclude it deliberately with `exclude`.',
    defaultLevel: 'warning',
    securitySeverity: 5.0,
    ...SUPPLY_CHAIN,
  },
};

export function allModelRules(): Rule[] {
  return Object.values(MODEL_RULES);
}
