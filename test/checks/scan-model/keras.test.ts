import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeKerasConfig, analyzeKerasH5 } from '../../../src/checks/scan-model/keras.js';
import type { ModelIssue } from '../../../src/checks/scan-model/model-issue.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { attribute, fixedStringAttribute, hdf5File, scalarSpace, fixedStringType } from './hdf5-bytes.js';

/**
 * Keras configs judged without loading: benign ones Keras wrote (make_benign.py and
 * make_formats_keras.py), malicious ones in the shapes of the published advisories, and inline
 * variations. Each advisory test names the advisory it stands for.
 */

const KERAS = path.resolve('test/fixtures/scan-model/keras');
const BENIGN = path.resolve('test/fixtures/scan-model/benign');

const fixture = (name: string): Uint8Array => readFileSync(path.join(KERAS, name));
const utf8 = (value: unknown): Uint8Array =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const h5 = async (file: string) => analyzeKerasH5(bufferSource(readFileSync(file)));

/** The Keras 3 shape of a Sequential model around `layers`. */
function sequential(...layers: unknown[]): unknown {
  return {
    module: 'keras',
    class_name: 'Sequential',
    config: {
      name: 'sequential',
      layers: [
        {
          module: 'keras.layers',
          class_name: 'InputLayer',
          config: { batch_shape: [null, 2], name: 'input' },
        },
        ...layers,
      ],
    },
    registered_name: null,
  };
}

function lambdaLayer(name: string, fn: unknown, extra: Record<string, unknown> = {}): unknown {
  return {
    module: 'keras.layers',
    class_name: 'Lambda',
    config: { name, function: fn, arguments: {}, ...extra },
  };
}

function kerasFunction(module: string, name: string): unknown {
  return { module, class_name: 'function', config: name, registered_name: 'function' };
}

function errors(issues: readonly ModelIssue[]): ModelIssue[] {
  return issues.filter((issue) => issue.level === 'error');
}

describe('benign Keras files', () => {
  it.each(['sequential.config.json', 'functional-nested.config.json'])('%s has no issue', (name) => {
    expect(analyzeKerasConfig(fixture(name), 'keras-v3')).toEqual([]);
  });

  it('functional-nested exercises what the walk must cross', () => {
    const config = new TextDecoder().decode(fixture('functional-nested.config.json'));
    for (const marker of [
      '"Bidirectional"',
      '"TimeDistributed"',
      '"inner_block"',
      '"compile_config"',
      '"L2"',
      '"Adam"',
    ])
      expect(config).toContain(marker);
  });

  it.each([
    path.join(BENIGN, 'sequential.h5'),
    path.join(KERAS, 'functional-nested.h5'),
    path.join(KERAS, 'attrs-dense.h5'),
    path.join(KERAS, 'attrs-latest.h5'),
  ])('%s: a whole model with no issue', async (file) => {
    expect(await h5(file)).toEqual({ issues: [], hasModelConfig: true, kerasVersion: '3.15.1' });
  });

  it('a weights-only .weights.h5 has no model config and no issue', async () => {
    expect(await h5(path.join(BENIGN, 'sequential.weights.h5'))).toEqual({
      issues: [],
      hasModelConfig: false,
    });
  });

  it('a Keras 2 style file with fixed-length strings is read the same way', async () => {
    expect(await h5(path.join(KERAS, 'attrs-fixed.h5'))).toEqual({
      issues: [],
      hasModelConfig: true,
      kerasVersion: '2.15.0',
    });
  });

  it('plain Keras layers, initializers, regularizers, optimizers and builtin names give nothing', () => {
    const config = sequential(
      {
        module: 'keras.layers',
        class_name: 'Dense',
        config: {
          name: 'dense',
          activation: kerasFunction('builtins', 'relu'),
          kernel_initializer: {
            module: 'keras.initializers',
            class_name: 'GlorotUniform',
            config: { seed: null },
          },
          kernel_regularizer: {
            module: 'keras.regularizers',
            class_name: 'L1L2',
            config: { l1: 0, l2: 0.1 },
          },
          bias_constraint: { module: 'keras.constraints', class_name: 'NonNeg', config: {} },
        },
      },
      lambdaLayer('squeeze', kerasFunction('keras.src.ops.numpy', 'squeeze')),
    );
    const withCompile = {
      ...(config as object),
      compile_config: {
        optimizer: { module: 'keras.optimizers', class_name: 'Adam', config: { learning_rate: 0.001 } },
        loss: 'mse',
        metrics: [{ module: 'keras.metrics', class_name: 'MeanAbsoluteError', config: {} }],
      },
    };
    expect(analyzeKerasConfig(utf8(withCompile), 'keras-v3')).toEqual([]);
  });
});

describe('custom objects', () => {
  it('a registered layer from another package is one warning naming module and class', () => {
    const issues = analyzeKerasConfig(fixture('custom-layer.config.json'), 'keras-v3');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ruleId: 'model/unsafe-construct', level: 'warning' });
    expect(issues[0]!.message).toContain(
      "config.json uses mlsec_fixtures.layers.Scale, registered as 'mlsec_fixtures>Scale', first at config.layers[1] in layer 'scale' (Scale)",
    );
    expect(issues[0]!.message).toContain('Loading the model imports and runs that code');
  });

  it('many uses of one custom class are one warning with a count', () => {
    const custom = (name: string) => ({
      module: 'my_pkg.blocks',
      class_name: 'Block',
      config: { name },
      registered_name: 'my_pkg>Block',
    });
    const issues = analyzeKerasConfig(utf8(sequential(custom('a'), custom('b'), custom('c'))), 'keras-v3');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('my_pkg.blocks.Block');
    expect(issues[0]!.message).toContain('used 3 times, first at config.layers[1]');
    expect(issues[0]!.properties).toMatchObject({ count: 3, module: 'my_pkg.blocks', name: 'Block' });
  });

  it('a custom loss in compile_config and a __main__ function are warnings too', () => {
    const config = {
      ...(sequential() as object),
      compile_config: {
        loss: { module: '__main__', class_name: 'function', config: 'my_loss', registered_name: 'my_loss' },
      },
    };
    const issues = analyzeKerasConfig(utf8(config), 'keras-v3');
    expect(issues).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('__main__.my_loss') }),
    ]);
    expect(issues[0]!.message).toContain('compile_config.loss');
  });
});

describe('Lambda layers and serialized functions', () => {
  it('CVE-2024-3660: the Lambda layer Keras 3 saved in lambda.keras carries bytecode', () => {
    const issues = analyzeKerasConfig(fixture('lambda.config.json'), 'keras-v3');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ruleId: 'model/unsafe-construct', level: 'error' });
    expect(issues[0]!.message).toBe(
      "config.json has a Lambda layer 'double' at config.layers[1] with marshalled Python bytecode in " +
        'config.layers[1].config.function: Keras runs it at load when safe_mode is off, which before Keras ' +
        '3.11 the file itself could arrange (CVE-2025-9906), and always before Keras 2.13 (CVE-2024-3660).',
    );
    expect(issues[0]!.properties).toMatchObject({
      layer: 'double',
      layerClass: 'Lambda',
      advisory: 'CVE-2024-3660',
    });
  });

  it('CVE-2025-9905: the same Lambda in a legacy .h5, which ignored safe_mode before Keras 3.11.3', async () => {
    const result = await h5(path.join(KERAS, 'lambda.h5'));
    expect(result.hasModelConfig).toBe(true);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.message).toContain(
      "model_config has a Lambda layer 'double' at config.layers[1]",
    );
    expect(result.issues[0]!.message).toContain('even with safe_mode on before Keras 3.11.3 (CVE-2025-9905)');
    expect(result.issues[0]!.properties).toMatchObject({ advisory: 'CVE-2025-9905' });
  });

  it('CVE-2024-3660: a Keras 2 .h5 with the bytecode as a list, in a fixed-length string', async () => {
    const result = await h5(path.join(KERAS, 'lambda-keras2.h5'));
    expect(result.kerasVersion).toBe('2.12.0');
    expect(errors(result.issues)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          "Lambda layer 'double' at config.layers[1] with marshalled Python bytecode",
        ),
      }),
    ]);
  });

  it('flags bytecode in output_shape and mask as well, in one issue for the layer', () => {
    const code = { class_name: '__lambda__', config: { code: '4wEAAAAA', defaults: null, closure: null } };
    const issues = analyzeKerasConfig(
      utf8(sequential(lambdaLayer('both', code, { output_shape: code }))),
      'keras-v3',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(
      'bytecode in config.layers[1].config.function, config.layers[1].config.output_shape',
    );
  });

  it('flags a serialized lambda anywhere else, naming the layer it sits in', () => {
    const dense = {
      module: 'keras.layers',
      class_name: 'Dense',
      config: {
        name: 'dense',
        activation: { class_name: '__lambda__', config: { value: ['4wEAAAAA', null, null] } },
      },
    };
    const issues = analyzeKerasConfig(utf8(sequential(dense)), 'keras-v3');
    expect(issues).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining(
          "a serialized Python lambda (marshalled bytecode) at config.layers[1].config.activation in layer 'dense' (Dense) at config.layers[1]",
        ),
      }),
    ]);
  });

  it('a Keras 2 Lambda naming os.system through function_type "function" is an error', () => {
    const legacy = {
      class_name: 'Sequential',
      config: {
        name: 'sequential',
        layers: [
          {
            class_name: 'Lambda',
            config: {
              name: 'cmd',
              function: 'system',
              function_type: 'function',
              module: 'os',
              arguments: {},
            },
          },
        ],
      },
    };
    const issues = analyzeKerasConfig(utf8(legacy), 'keras-h5');
    expect(errors(issues)).toHaveLength(1);
    expect(issues[0]!.message).toContain(
      "model_config has a Lambda layer 'cmd' at config.layers[0] that calls os.system",
    );
    expect(issues[0]!.message).toContain('os runs commands and touches files');
  });

  it("a Lambda calling a function from the user's code is a warning", () => {
    const issues = analyzeKerasConfig(
      utf8(sequential(lambdaLayer('mine', kerasFunction('my_ops', 'shift')))),
      'keras-v3',
    );
    expect(issues).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('my_ops.shift') }),
    ]);
  });
});

describe('gadgets from the advisories', () => {
  it('CVE-2025-1550: a layer entry naming subprocess.run', () => {
    const issues = analyzeKerasConfig(fixture('gadget-subprocess-run.config.json'), 'keras-v3');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ruleId: 'model/unsafe-construct', level: 'error' });
    expect(issues[0]!.message).toBe(
      "config.json names a class subprocess.run at config.layers[1] (layer 'run'): subprocess runs commands. " +
        'Keras before 3.9 imports whatever module a config names and calls it (CVE-2025-1550).',
    );
  });

  it('CVE-2025-1550: an activation naming os.system', () => {
    const issues = analyzeKerasConfig(fixture('gadget-os-system.config.json'), 'keras-v3');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(
      "names a function os.system at config.layers[1].config.activation in layer 'dense' (Dense) at config.layers[1]",
    );
    expect(issues[0]!.properties).toMatchObject({ module: 'os', name: 'system', advisory: 'CVE-2025-1550' });
  });

  it('CVE-2025-1550: builtins.exec and importlib, and a dangerous module inside a wrapper', () => {
    const wrapped = {
      module: 'keras.layers',
      class_name: 'Bidirectional',
      config: {
        name: 'bi',
        layer: { module: 'importlib', class_name: 'import_module', config: { name: 'inner' } },
      },
    };
    const issues = analyzeKerasConfig(
      utf8(sequential(lambdaLayer('ev', kerasFunction('builtins', 'exec')), wrapped)),
      'keras-v3',
    );
    expect(errors(issues).map((issue) => issue.message)).toEqual([
      expect.stringContaining('calls builtins.exec'),
      expect.stringContaining(
        "names a class importlib.import_module at config.layers[2].config.layer (layer 'inner')",
      ),
    ]);
  });

  it('CVE-2025-8747: a Lambda calling keras.utils.get_file', () => {
    const issues = analyzeKerasConfig(fixture('gadget-get-file.config.json'), 'keras-v3');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(
      "config.json has a Lambda layer 'fetch' at config.layers[2] that calls keras.utils.get_file (config.layers[2].config.function): downloads a URL",
    );
    expect(issues[0]!.properties).toMatchObject({ advisory: 'CVE-2025-8747, CVE-2025-12060' });
  });

  it('CVE-2025-9906: enable_unsafe_deserialization, then a Lambda with bytecode', () => {
    const issues = analyzeKerasConfig(fixture('gadget-unsafe-deserialization.config.json'), 'keras-v3');
    expect(issues.map((issue) => [issue.level, issue.properties?.layer])).toEqual([
      ['error', 'unlock'],
      ['error', 'double'],
    ]);
    expect(issues[0]!.message).toContain('keras.config.enable_unsafe_deserialization');
    expect(issues[0]!.message).toContain('turns safe_mode off for the rest of the load');
  });

  it('CVE-2025-9906: the published chain through keras.models.load_model with safe_mode false', () => {
    const layer = lambdaLayer('unsafe_deserialization', kerasFunction('keras.models', 'load_model'), {
      arguments: { safe_mode: false },
    });
    const issues = analyzeKerasConfig(utf8(sequential(layer)), 'keras-v3');
    expect(issues).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('calls keras.models.load_model'),
      }),
    ]);
    expect(issues[0]!.message).toContain('(CVE-2025-9906)');
  });

  it('CVE-2025-12058: a StringLookup whose vocabulary is a path on the loading machine', () => {
    const lookup = {
      module: 'keras.layers',
      class_name: 'StringLookup',
      config: { name: 'lookup', vocabulary: '/home/user/.ssh/id_rsa', num_oov_indices: 1 },
    };
    const issues = analyzeKerasConfig(utf8(sequential(lookup)), 'keras-v3');
    expect(issues).toEqual([
      expect.objectContaining({
        level: 'error',
        properties: expect.objectContaining({ advisory: 'CVE-2025-12058' }),
      }),
    ]);
    expect(issues[0]!.message).toContain("whose vocabulary is the path '/home/user/.ssh/id_rsa'");
    // An inline vocabulary is data, not a path.
    const inline = { ...lookup, config: { name: 'lookup', vocabulary: ['a', 'b'] } };
    expect(analyzeKerasConfig(utf8(sequential(inline)), 'keras-v3')).toEqual([]);
  });

  it('CVE-2026-1462: a TFSMLayer loading an external SavedModel', () => {
    const layer = {
      module: 'keras.layers',
      class_name: 'TFSMLayer',
      config: { name: 'tfsm', filepath: '/tmp/evil_savedmodel' },
    };
    const issues = analyzeKerasConfig(utf8(sequential(layer)), 'keras-v3');
    expect(issues).toEqual([
      expect.objectContaining({
        level: 'error',
        properties: expect.objectContaining({ advisory: 'CVE-2026-1462' }),
      }),
    ]);
    expect(issues[0]!.message).toContain("external TensorFlow SavedModel '/tmp/evil_savedmodel'");
  });

  it('TensorFlow file functions and numpy.load are gadgets; numpy math is custom code', () => {
    const issues = analyzeKerasConfig(
      utf8(
        sequential(
          lambdaLayer('read', kerasFunction('tensorflow.io.gfile', 'GFile')),
          lambdaLayer('load', kerasFunction('numpy', 'load')),
          lambdaLayer('sum', kerasFunction('numpy', 'sum')),
        ),
      ),
      'keras-v3',
    );
    expect(issues.map((issue) => issue.level)).toEqual(['error', 'error', 'warning']);
    expect(issues[0]!.message).toContain("TensorFlow's file system functions");
  });
});

describe('malformed and hostile JSON', () => {
  it('duplicate keys are an error, and both values are judged', () => {
    const issues = analyzeKerasConfig(fixture('duplicate-key.config.json'), 'keras-v3');
    expect(issues[0]).toMatchObject({ ruleId: 'model/malformed-file', level: 'error' });
    expect(issues[0]!.message).toBe(
      'config.json has the key "layers" twice in config: Python keeps the last, a reader that keeps the first sees another model. Both were judged.',
    );
    expect(issues[1]!.message).toContain("Lambda layer 'double'");
  });

  it('a Lambda in the shadowed (first) value is still found', () => {
    const text = `{"class_name": "Sequential", "config": {"layers": [${JSON.stringify(
      lambdaLayer('hidden', { class_name: '__lambda__', config: { code: 'AA==' } }),
    )}], "layers": []}}`;
    const issues = analyzeKerasConfig(utf8(text), 'keras-v3');
    expect(issues.map((issue) => issue.ruleId)).toEqual(['model/malformed-file', 'model/unsafe-construct']);
    expect(issues[1]!.message).toContain("Lambda layer 'hidden'");
  });

  it('invalid JSON is an error naming the place', () => {
    const issues = analyzeKerasConfig(utf8('{"class_name": "Sequential",}'), 'keras-v3');
    expect(issues).toEqual([
      expect.objectContaining({
        ruleId: 'model/malformed-file',
        level: 'error',
        message:
          'config.json is not valid JSON: expecting a property name in double quotes at character 28. ' +
          "Python's json would reject it too, but nothing in it was judged.",
      }),
    ]);
  });

  it("accepts Python's NaN and Infinity", () => {
    expect(analyzeKerasConfig(utf8('{"a": NaN, "b": [Infinity, -Infinity, 1e5, -0.5]}'), 'keras-v3')).toEqual(
      [],
    );
  });

  it('deep nesting and large documents stop at a limit, as errors', () => {
    const deep = utf8(`${'['.repeat(300)}${']'.repeat(300)}`);
    expect(analyzeKerasConfig(deep, 'keras-v3')).toEqual([
      expect.objectContaining({
        ruleId: 'model/scan-limit',
        level: 'error',
        message: expect.stringContaining('nesting deeper than 256'),
      }),
    ]);
    const big = analyzeKerasConfig(utf8(sequential()), 'keras-v3', { limits: { maxBytes: 10 } });
    expect(big).toEqual([expect.objectContaining({ ruleId: 'model/scan-limit', level: 'error' })]);
  });

  it('lists at most maxIssues issues and counts the rest', () => {
    const layers = Array.from({ length: 5 }, (_, i) => lambdaLayer(`l${i}`, kerasFunction('os', 'system')));
    const issues = analyzeKerasConfig(utf8(sequential(...layers)), 'keras-v3', { limits: { maxIssues: 2 } });
    expect(issues).toHaveLength(3);
    expect(issues[2]).toMatchObject({
      ruleId: 'model/scan-limit',
      message: 'config.json: 3 more issues were found and not listed (limit 2).',
    });
  });

  it('a UTF-16 config.json is read as Python reads it, with a warning', () => {
    const text = JSON.stringify(sequential(lambdaLayer('x', kerasFunction('os', 'system'))));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const issues = analyzeKerasConfig(utf16, 'keras-v3');
    expect(issues.map((issue) => [issue.ruleId, issue.level])).toEqual([
      ['model/malformed-file', 'warning'],
      ['model/unsafe-construct', 'error'],
    ]);
    expect(issues[0]!.message).toContain('encoded as UTF-16-LE');
  });

  it('invalid UTF-8 is an error, and the rest is judged', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"x": "\xff", "y": '),
      utf8(kerasFunction('os', 'system')),
      Buffer.from('}'),
    ]);
    bytes[8] = 0xff;
    const issues = analyzeKerasConfig(bytes, 'keras-h5');
    expect(issues[0]).toMatchObject({
      ruleId: 'model/malformed-file',
      level: 'error',
      message: expect.stringContaining('not valid UTF-8'),
    });
    expect(issues[1]!.message).toContain('os.system');
  });

  it('shows file text only through printable, capped in length', () => {
    const name = `evil\u202e\u0007${'x'.repeat(500)}`;
    const issues = analyzeKerasConfig(
      utf8(sequential(lambdaLayer(name, kerasFunction('os', 'system')))),
      'keras-v3',
    );
    const message = issues[0]!.message;
    expect(message).toContain('evil\\u202e\\u0007');
    expect(message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(message).not.toContain('x'.repeat(200));
  });

  it('never throws on random bytes or random JSON', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        expect(Array.isArray(analyzeKerasConfig(bytes, 'keras-v3'))).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const issues = analyzeKerasConfig(utf8(text), 'keras-v3');
        for (const issue of issues) expect(issue.ruleId).not.toBe('model/malformed-file');
      }),
      { numRuns: 300 },
    );
  });

  it('h5: a model_config that is not a string is no model config', async () => {
    const bytes = hdf5File({
      messages: [
        fixedStringAttribute('keras_version', '3.15.1'),
        attribute(
          'model_config',
          new Uint8Array([0x10, 0, 0, 0, 4, 0, 0, 0, 0, 0, 32, 0]),
          scalarSpace(),
          new Uint8Array(4),
        ),
      ],
    });
    expect(await analyzeKerasH5(bufferSource(bytes))).toEqual({
      issues: [],
      hasModelConfig: false,
      kerasVersion: '3.15.1',
    });
  });

  it('h5: training_config is judged too', async () => {
    const training = JSON.stringify({
      loss: kerasFunction('subprocess', 'check_output'),
      optimizer_config: {},
    });
    const bytes = hdf5File({
      messages: [
        fixedStringAttribute('model_config', JSON.stringify(sequential())),
        attribute('training_config', fixedStringType(training.length), scalarSpace(), utf8(training)),
      ],
    });
    const result = await analyzeKerasH5(bufferSource(bytes));
    expect(result.issues).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('training_config names a function subprocess.check_output at loss'),
      }),
    ]);
  });
});

describe('names Keras resolves below a module', () => {
  it('a dotted name reaching a gadget is judged by its last part', () => {
    const issues = analyzeKerasConfig(
      utf8(
        sequential(
          lambdaLayer('fetch', kerasFunction('keras', 'utils.get_file')),
          lambdaLayer('gfile', kerasFunction('tensorflow', 'io.gfile.GFile')),
        ),
      ),
      'keras-v3',
    );
    expect(errors(issues).map((issue) => issue.properties?.name)).toEqual([
      'utils.get_file',
      'io.gfile.GFile',
    ]);
  });

  it('a StringLookup and a TFSMLayer are named with their path', () => {
    const lookup = {
      module: 'keras.layers',
      class_name: 'IntegerLookup',
      config: { name: 'ids', vocabulary: 'gs://bucket/v.txt' },
    };
    const issues = analyzeKerasConfig(utf8(sequential(lookup)), 'keras-v3');
    expect(issues[0]!.message).toMatch(
      /^config\.json has an IntegerLookup 'ids' at config\.layers\[1\] whose vocabulary/,
    );
  });
});
