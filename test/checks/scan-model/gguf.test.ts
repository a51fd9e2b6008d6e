import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/core/escape.js';
import { analyzeGguf, judgeChatTemplate, type GgufSummary } from '../../../src/checks/scan-model/gguf.js';
import { bufferSource } from '../../../src/checks/scan-model/source.js';
import { BENIGN_TEMPLATES } from './chat-templates.js';
import {
  mutate,
  mutation,
  concat,
  gguf,
  gstr,
  kv,
  kvString,
  kvU32,
  sparseSource,
  spySource,
  stringArray,
  T,
  tensorInfo,
  u32,
  u64,
} from './format-bytes.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/scan-model');
const DIR = path.join(FIXTURES, 'gguf');

interface ManifestEntry {
  file: string;
  benign: boolean;
  reader?: GgufSummary & { tensorTypes: string[] };
}
const manifest = JSON.parse(readFileSync(path.join(DIR, 'MANIFEST.json'), 'utf8')) as {
  files: ManifestEntry[];
};
const load = (file: string) => new Uint8Array(readFileSync(path.join(DIR, file)));
const analyze = (bytes: Uint8Array, limits?: Parameters<typeof analyzeGguf>[1]) =>
  analyzeGguf(bufferSource(bytes), limits);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function issue(ruleId: string, level: string, ...parts: string[]) {
  return expect.objectContaining({
    ruleId,
    level,
    message: expect.stringMatching(new RegExp(parts.map(escapeRegExp).join('.*'))),
  });
}
const malformed = (level: string, ...parts: string[]) => issue('model/malformed-file', level, ...parts);
const unsafe = (level: string, ...parts: string[]) => issue('model/unsafe-construct', level, ...parts);

describe('analyzeGguf on files the gguf library wrote', () => {
  const benign = manifest.files.filter((entry) => entry.benign);

  it('has the benign fixtures, both byte orders and version 1', () => {
    expect(benign.map((e) => e.file).sort()).toEqual(['chatml-big-endian.gguf', 'chatml.gguf', 'v1.gguf']);
  });

  it.each(benign)('$file: no issue, and what GGUFReader read', async (entry) => {
    const { issues, summary } = await analyze(load(entry.file));
    expect(issues).toEqual([]);
    const { tensorTypes: _types, ...facts } = entry.reader!;
    expect(summary).toEqual(Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== null)));
  });

  it('benign/tiny.gguf from make_benign.py', async () => {
    const { issues, summary } = await analyze(
      new Uint8Array(readFileSync(path.join(FIXTURES, 'benign/tiny.gguf'))),
    );
    expect(issues).toEqual([]);
    expect(summary).toEqual({
      version: 3,
      tensors: 1,
      metadataKeys: 4,
      architecture: 'llama',
      contextLength: 16,
      name: 'mlsec tiny',
      chatTemplates: ['tokenizer.chat_template'],
      byteOrder: 'little',
    });
  });

  it('version 2 has the layout of version 3', async () => {
    const bytes = load('chatml.gguf');
    bytes.set(u32(2), 4);
    const { issues, summary } = await analyze(bytes);
    expect(issues).toEqual([]);
    expect(summary).toMatchObject({ version: 2, tensors: 3, architecture: 'qwen2' });
  });

  it('an unknown version is not scanned, never passed as clean', async () => {
    for (const version of [0, 4, 0x01020304]) {
      const bytes = load('chatml.gguf');
      bytes.set(u32(version), 4);
      const result = await analyze(bytes);
      expect(result.issues).toEqual([
        issue('model/not-scanned', 'warning', `GGUF version ${version} is not one this scanner reads`),
      ]);
      expect(result.summary).toBeUndefined();
    }
  });

  it('a file without the magic', async () => {
    expect((await analyze(new TextEncoder().encode('GGML and more'))).issues).toEqual([
      malformed('error', 'does not start with the GGUF magic'),
    ]);
    expect((await analyze(new Uint8Array([0x47, 0x47]))).issues).toEqual([
      malformed('error', 'too few for a GGUF header'),
    ]);
  });
});

describe('analyzeGguf on hostile fixtures', () => {
  it('ssti.gguf: the advisory template is an error at every step of its walk', async () => {
    const { issues, summary } = await analyze(load('ssti.gguf'));
    expect(summary!.chatTemplates).toEqual(['tokenizer.chat_template']);
    expect(issues).toEqual(
      expect.arrayContaining([
        unsafe(
          'error',
          "Chat template 'tokenizer.chat_template'",
          "reaches the attribute '__class__'",
          'CVE-2024-34359',
        ),
        unsafe('error', "reaches the attribute '__subclasses__'"),
        unsafe('error', "reaches the attribute '__builtins__'"),
        unsafe('error', "looks up '__import__' by subscript"),
        unsafe('error', "reaches the attribute 'popen'"),
      ]),
    );
    expect(issues.every((i) => i.ruleId === 'model/unsafe-construct' && i.level === 'error')).toBe(true);
    expect(issues[0]!.properties).toEqual({ templateKey: 'tokenizer.chat_template' });
  });

  it('obfuscated.gguf: the named template assembles its dunders; the default one is clean', async () => {
    const { issues, summary } = await analyze(load('obfuscated.gguf'));
    expect(summary!.chatTemplates).toEqual(['tokenizer.chat_template.tool_use', 'tokenizer.chat_template']);
    expect(issues).toEqual(
      expect.arrayContaining([
        unsafe('error', "'tokenizer.chat_template.tool_use'", "Code builds the string '__class__'"),
        unsafe(
          'error',
          "'tokenizer.chat_template.tool_use'",
          "reaches the attribute '__class__' through the `attr` filter",
        ),
        unsafe('error', "reaches the attribute '__base__' through the `attr` filter"),
      ]),
    );
    expect(issues.every((i) => i.message.includes("'tokenizer.chat_template.tool_use'"))).toBe(true);
    // No plain `__class__` in the file: a text search alone would miss it.
    expect(Buffer.from(load('obfuscated.gguf')).includes('__class__')).toBe(false);
  });

  it('bad-offset.gguf: a tensor past the end of the file', async () => {
    const { issues } = await analyze(load('bad-offset.gguf'));
    expect(issues).toEqual([
      malformed(
        'error',
        "Tensor 'blk.0.attn_q.weight' at data offset 1099511627776 with 34 bytes reaches past the end of the file",
      ),
      malformed('warning', 'where ggml expects 192', 'llama.cpp refuses the file'),
      // The tensor's own bytes, padded, now belong to nothing.
      malformed('warning', '64 byte(s) after the last tensor'),
    ]);
  });

  it('misaligned-overlap.gguf: an unaligned offset inside another tensor', async () => {
    const { issues } = await analyze(load('misaligned-overlap.gguf'));
    expect(issues).toEqual(
      expect.arrayContaining([
        malformed(
          'error',
          "Tensor 'output_norm.weight' has the offset 8, not a multiple of the alignment 32",
        ),
        malformed('error', "Tensors 'token_embd.weight' and 'output_norm.weight' overlap"),
        malformed('warning', 'Data bytes 160 to 192 belong to no tensor'),
      ]),
    );
  });
});

describe('analyzeGguf on hand-built files', () => {
  const arch = kvString('general.architecture', 'llama');
  const f32Info = (name: string, n: number, offset: number) => tensorInfo(name, [n], 0, offset);

  it('a minimal valid file', async () => {
    const bytes = gguf([arch, kv('llama.context_length', T.UINT64, u64(4096))], [f32Info('w', 8, 0)], 32);
    const { issues, summary } = await analyze(bytes);
    expect(issues).toEqual([]);
    expect(summary).toMatchObject({
      architecture: 'llama',
      contextLength: 4096,
      tensors: 1,
      metadataKeys: 2,
    });
  });

  it('duplicate and empty keys', async () => {
    const { issues } = await analyze(gguf([arch, arch, kvU32('', 1)]));
    expect(issues).toEqual([
      malformed('error', "The metadata key 'general.architecture' appears twice", 'ggml refuses the file'),
      malformed('error', 'Metadata entry 2 has an empty key'),
    ]);
  });

  it('an unknown value type stops the parse', async () => {
    expect((await analyze(gguf([kv('x', 13, [0])]))).issues).toEqual([
      malformed('error', "Metadata 'x' has the unknown value type 13"),
    ]);
  });

  it('a BOOL that is neither 0 nor 1', async () => {
    expect((await analyze(gguf([kv('flag', T.BOOL, [2])]))).issues).toEqual([
      malformed('warning', 'BOOL of value 2'),
    ]);
  });

  it('general.alignment: a power of two as UINT32, else refused', async () => {
    expect((await analyze(gguf([kvU32('general.alignment', 24)]))).issues).toEqual([
      malformed('error', 'is 24, not a power of two'),
    ]);
    expect((await analyze(gguf([kv('general.alignment', T.UINT64, u64(32))]))).issues).toEqual([
      malformed('error', 'is a UINT64, not a UINT32'),
    ]);
    const aligned = gguf([kvU32('general.alignment', 64)], [f32Info('a', 4, 0), f32Info('b', 4, 64)], 80, {
      alignment: 64,
    });
    expect((await analyze(aligned)).issues).toEqual([]);
    const offBy32 = gguf([kvU32('general.alignment', 64)], [f32Info('a', 4, 0), f32Info('b', 4, 32)], 64, {
      alignment: 64,
    });
    expect((await analyze(offBy32)).issues).toContainEqual(
      malformed('error', "Tensor 'b' has the offset 32, not a multiple of the alignment 64"),
    );
  });

  it('a template key of the wrong type is a warning, and not judged', async () => {
    expect((await analyze(gguf([kvU32('tokenizer.chat_template', 5)]))).issues).toEqual([
      malformed('warning', 'holds a UINT32, not a string'),
    ]);
    expect(
      (await analyze(gguf([kv('tokenizer.chat_template.x', T.ARRAY, stringArray(['{{ ().__class__ }}']))])))
        .issues,
    ).toEqual([malformed('warning', 'holds an array, not a string')]);
  });

  it('a template over the limit is reported as not scanned', async () => {
    const template = `${'{{ x }}'.repeat(100)}{{ ().__class__ }}`;
    const { issues, summary } = await analyze(gguf([kvString('tokenizer.chat_template', template)]), {
      maxTemplateBytes: 100,
    });
    expect(issues).toEqual([
      issue(
        'model/scan-limit',
        'warning',
        `has ${template.length} bytes, over the limit of 100: it was not scanned`,
      ),
    ]);
    expect(summary!.chatTemplates).toEqual(['tokenizer.chat_template']);
  });

  it('a template that is not UTF-8 is still judged', async () => {
    const bytes = concat(new TextEncoder().encode('{{ ().__class__ }}'), [0xff]);
    const { issues } = await analyze(gguf([kv('tokenizer.chat_template', T.STRING, gstr(bytes))]));
    expect(issues).toEqual([malformed('warning', 'is not valid UTF-8'), unsafe('error', "'__class__'")]);
  });

  it('counts the file cannot hold are refused before any loop', async () => {
    expect((await analyze(gguf([], [], 0, { kvCount: 2n ** 62n }))).issues).toEqual([
      malformed('error', 'declares 4611686018427387904 metadata entries, more than the file can hold'),
    ]);
    expect((await analyze(gguf([], [], 0, { tensorCount: 2n ** 64n - 1n }))).issues).toEqual([
      malformed('error', 'declares 18446744073709551615 tensors'),
    ]);
  });

  it('metadata and tensor counts over the limits', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => kvU32(`k${i}`, i));
    expect((await analyze(gguf(keys), { maxMetadataKeys: 3 })).issues).toEqual([
      issue('model/scan-limit', 'warning', 'over the limit of 3'),
    ]);
    const infos = Array.from({ length: 3 }, (_, i) => f32Info(`t${i}`, 8, i * 32));
    expect((await analyze(gguf([], infos, 96), { maxTensors: 2 })).issues).toEqual([
      issue('model/scan-limit', 'warning', '3 tensors, over the limit of 2'),
    ]);
  });

  it('a huge declared string length is never allocated', async () => {
    const head = concat(
      [0x47, 0x47, 0x55, 0x46],
      u32(3),
      u64(0),
      u64(1),
      gstr('tokenizer.chat_template'),
      u32(T.STRING),
      u64(2n ** 40n),
    );
    const source = spySource(sparseSource(head, 2 ** 41));
    const { issues } = await analyzeGguf(source);
    expect(issues).toEqual([
      issue('model/scan-limit', 'warning', 'has 1099511627776 bytes, over the limit'),
      malformed('warning', 'byte(s) after the last tensor'),
    ]);
    expect(Math.max(...source.reads.map(([, length]) => length))).toBeLessThanOrEqual(64 * 1024);
    const short = await analyze(head);
    expect(short.issues).toEqual([
      malformed('error', "The file ends inside the value of metadata 'tokenizer.chat_template'"),
    ]);
  });

  it('huge arrays: over the limit, or longer than the file', async () => {
    const array = (type: number, count: bigint | number) => kv('a', T.ARRAY, concat(u32(type), u64(count)));
    expect((await analyze(gguf([array(T.UINT8, 2n ** 31n)]))).issues).toEqual([
      malformed('error', 'array of 2147483648 elements, over the limit'),
    ]);
    expect((await analyze(gguf([array(T.UINT64, 1000)]))).issues).toEqual([
      malformed('error', "ends inside the array metadata 'a'"),
    ]);
    expect((await analyze(gguf([array(T.STRING, 1000)]))).issues).toEqual([
      malformed('error', "ends inside the array metadata 'a'"),
    ]);
    expect((await analyze(gguf([array(99, 1)]))).issues).toEqual([
      malformed('error', 'array of the unknown value type 99'),
    ]);
  });

  it('nested arrays are read, to a depth', async () => {
    const inner = concat(u32(T.UINT16), u64(2), [1, 0, 2, 0]);
    const nested = kv('n', T.ARRAY, concat(u32(T.ARRAY), u64(2), inner, inner));
    expect((await analyze(gguf([nested, arch]))).issues).toEqual([]);
    let deep = concat(u32(T.UINT8), u64(0));
    for (let i = 0; i < 10; i++) deep = concat(u32(T.ARRAY), u64(1), deep);
    expect((await analyze(gguf([kv('deep', T.ARRAY, deep)]))).issues).toEqual([
      malformed('error', 'nests arrays deeper than 8 levels'),
    ]);
  });

  it('a long token list is skipped in windows, each byte read once', async () => {
    const tokens = Array.from({ length: 100_000 }, (_, i) => `token-${i}`);
    const bytes = gguf([
      arch,
      kv('tokenizer.ggml.tokens', T.ARRAY, stringArray(tokens)),
      kvString('tokenizer.chat_template', '{{ x }}'),
    ]);
    const source = spySource(bufferSource(bytes));
    const { issues, summary } = await analyzeGguf(source);
    expect(issues).toEqual([]);
    expect(summary!.chatTemplates).toEqual(['tokenizer.chat_template']);
    const requested = source.reads.reduce((sum, [, length]) => sum + length, 0);
    expect(source.reads.every(([, length]) => length <= 64 * 1024)).toBe(true);
    expect(requested).toBeLessThan(bytes.length + 64 * 1024);
  });

  it('tensor infos: dimensions, types, names', async () => {
    const cases: [Uint8Array, string][] = [
      [tensorInfo('d', [1, 1, 1, 1, 1], 0, 0), "Tensor 'd' has 5 dimensions; ggml allows at most 4"],
      [tensorInfo('t', [4], 31, 0), "Tensor 't' has the unknown or removed ggml type 31"],
      [
        tensorInfo('q', [16], 8, 0),
        "Tensor 'q' of type Q8_0 has rows of 16 elements, not a multiple of its block of 32",
      ],
      [tensorInfo('x'.repeat(64), [1], 0, 0), 'has a name of 64 bytes; ggml refuses names over 63'],
      [
        tensorInfo('big', [2 ** 62, 4], 0, 0),
        "Tensor 'big' has dimensions [4611686018427387904, 4] whose element count ggml cannot represent",
      ],
    ];
    for (const [info, message] of cases) {
      expect((await analyze(gguf([], [info], 64))).issues).toContainEqual(malformed('error', message));
    }
  });

  it('duplicate tensor names', async () => {
    const { issues } = await analyze(gguf([], [f32Info('w', 8, 0), f32Info('w', 8, 32)], 64));
    expect(issues).toEqual([malformed('error', "The tensor name 'w' appears twice")]);
  });

  it('bytes after the last tensor, gaps, and an order ggml refuses', async () => {
    const trailing = await analyze(gguf([], [f32Info('w', 8, 0)], 32 + 100));
    expect(trailing.issues).toEqual([
      malformed('warning', '100 byte(s) after the last tensor', 'second payload'),
    ]);
    expect(trailing.issues[0]!.properties).toEqual({ trailingBytes: 100 });
    const gap = await analyze(gguf([], [f32Info('a', 8, 0), f32Info('b', 8, 96)], 128));
    expect(gap.issues).toEqual([
      malformed('warning', 'starts at data offset 96 where ggml expects 32'),
      malformed('warning', 'Data bytes 32 to 96 belong to no tensor'),
    ]);
    const swapped = await analyze(gguf([], [f32Info('a', 8, 32), f32Info('b', 8, 0)], 64));
    expect(swapped.issues).toEqual([
      malformed('warning', "Tensor 'a' starts at data offset 32 where ggml expects 0"),
    ]);
    const metadataOnly = await analyze(gguf([arch], [], 40));
    expect(metadataOnly.issues).toEqual([malformed('warning', '40 byte(s) after the last tensor')]);
  });

  it('a file that ends before its tensor data', async () => {
    const bytes = gguf([], [f32Info('w', 8, 0)], 0);
    const cut = bytes.subarray(0, bytes.length - 5);
    expect((await analyze(cut)).issues).toEqual([malformed('error', 'The file ends before its tensor data')]);
  });

  it('big-endian files are parsed, and judged the same', async () => {
    const little = await analyze(load('ssti.gguf'));
    const big = gguf([], [], 0);
    expect((await analyze(big)).issues).toEqual([]);
    const swapped = concat(
      [0x47, 0x47, 0x55, 0x46],
      u32(3, false),
      u64(0, false),
      u64(1, false),
      u64(23, false),
      new TextEncoder().encode('tokenizer.chat_template'),
      u32(T.STRING, false),
      u64(18, false),
      new TextEncoder().encode('{{ ().__class__ }}'),
    );
    const result = await analyze(swapped);
    expect(result.summary!.byteOrder).toBe('big');
    expect(result.issues).toEqual([unsafe('error', "reaches the attribute '__class__'")]);
    expect(little.issues.length).toBeGreaterThan(0);
  });

  it('caps the issues with one saying how many more', async () => {
    const infos = Array.from({ length: 200 }, (_, i) => tensorInfo(`t${i}`, [1], 99, 0));
    const { issues } = await analyze(gguf([], infos, 0), { maxIssues: 10 });
    expect(issues).toHaveLength(11);
    expect(issues[10]).toMatchObject({
      ruleId: 'model/scan-limit',
      level: 'error',
      message: expect.stringContaining('190 more issue(s)'),
    });
  });
});

describe('judgeChatTemplate', () => {
  it.each(Object.entries(BENIGN_TEMPLATES))('the %s template gives no finding', (_name, template) => {
    expect(judgeChatTemplate(template)).toEqual([]);
  });

  const hostile: [string, string, string[]][] = [
    [
      'the advisory walk',
      '{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}',
      ["reaches the attribute '__subclasses__'"],
    ],
    ['a dunder by subscript', "{{ ()['__class__'] }}", ["looks up '__class__' by subscript"]],
    [
      'a dunder by subscript, double quotes',
      '{{ ()["__class__"]["__base__"] }}',
      ["looks up '__base__' by subscript"],
    ],
    [
      'the attr filter',
      "{{ ()|attr('__class__') }}",
      ["reaches the attribute '__class__' through the `attr` filter"],
    ],
    ['hex escapes', "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f') }}", ["'__class__' through the `attr` filter"]],
    [
      'unicode and octal escapes',
      "{{ ()['\\u005f\\137class\\U0000005f_'] }}",
      ["looks up '__class__' by subscript"],
    ],
    ['named escapes', "{{ ()['\\N{LOW LINE}\\N{low line}class\\N{LOW LINE}_'] }}", ["looks up '__class__'"]],
    [
      'concatenation with ~',
      "{{ ()['__cla' ~ 'ss__'] }}",
      ["looks up '__class__' by subscript", "fragment '__cla'"],
    ],
    [
      'repetition',
      "{{ ()['_' * 2 ~ 'class' ~ '_' * 2] }}",
      ["looks up '__class__'", "Code builds the string '__class__'"],
    ],
    ['adjacent literals', "{{ ()['_' '_' 'class' '_' '_'] }}", ["looks up '__class__'"]],
    [
      'join of a list',
      "{{ ()|attr(['_','_','class','_','_']|join) }}",
      ["'__class__' through the `attr` filter"],
    ],
    [
      'str.join',
      "{{ ()|attr(''.join(['_','_','class','_','_'])) }}",
      ["'__class__' through the `attr` filter"],
    ],
    [
      'percent format',
      "{{ ()|attr('%c%cclass%c%c' % (95, 95, 95, 95)) }}",
      ["'__class__' through the `attr` filter"],
    ],
    [
      'the format filter',
      "{{ ()|attr('%s%sclass%s%s'|format('_', '_', '_', '_')) }}",
      ["'__class__' through the `attr` filter"],
    ],
    [
      'str.format',
      "{{ ()|attr('{0}{0}class{0}{0}'.format('_')) }}",
      ["'__class__' through the `attr` filter"],
    ],
    ['a slice', "{{ ()|attr('__ssalc__'[::-1]) }}", ["'__class__' through the `attr` filter"]],
    ['replace', "{{ ()|attr('xxclassxx'|replace('x', '_')) }}", ["'__class__' through the `attr` filter"]],
    [
      'set variables',
      "{% set u = '_' %}{% set n = u ~ u ~ 'class' ~ u ~ u %}{{ ()[n] }}",
      ["Code builds the string '__class__'"],
    ],
    ['upper and lower', "{{ ()|attr('__CLASS__'|lower) }}", ["'__class__' through the `attr` filter"]],
    ['a computed attr name', '{{ ()|attr(request.args.a) }}', ['computed at render time']],
    ['map attr', "{{ [()]|map('attr', '__class__')|list }}", ["through `map('attr')`"]],
    [
      'selectattr with a private name',
      "{{ x|selectattr('_module')|list }}",
      ["reaches the attribute '_module' through the `selectattr` filter"],
    ],
    [
      'map(attribute=) dotted',
      "{{ x|map(attribute='a.__class__')|list }}",
      ["'__class__' through the `map` filter"],
    ],
    ['mro()', '{{ ().__class__.mro()[1] }}', ["reaches the attribute 'mro'"]],
    [
      'lipsum globals',
      "{{ lipsum.__globals__['os'].popen('id').read() }}",
      ["an attribute of the global 'lipsum' itself", "looks up 'os' by subscript", "'popen'"],
    ],
    [
      'cycler init',
      '{{ cycler.__init__.__globals__.os }}',
      ["global 'cycler' itself", "reaches the attribute 'os'"],
    ],
    [
      'joiner and namespace',
      '{{ joiner.__init__ }}{{ namespace.__init__ }}',
      ["global 'joiner'", "global 'namespace'"],
    ],
    ['a gadget through attr', "{{ lipsum|attr('__globals__') }}", ["global 'lipsum' itself"]],
    [
      'self internals',
      '{{ self._TemplateReference__context }}',
      ["global 'self' itself", "'_TemplateReference__context'"],
    ],
    ['os.system called', "{{ x.os.system('id') }}", ["attribute 'os'", "calls the method 'system'"]],
    ['eval called', "{{ eval('1') }}", ["Code calls 'eval'"]],
    ['open called', "{{ open('/etc/passwd').read() }}", ["Code calls 'open'"]],
    ['subprocess', '{{ x.subprocess.check_output }}', ["'subprocess'", "'check_output'"]],
    ['a dunder keyword argument', '{{ dict(__class__=1)|list|first }}', ["uses the name '__class__'"]],
    ['a dunder inside a statement', '{% if x.__class__ %}{% endif %}', ["reaches the attribute '__class__'"]],
    ['whitespace control', '{%- for a in ().__class__.__mro__ -%}{%- endfor -%}', ["'__mro__'"]],
    ['a closing delimiter inside a string', "{{ '}}' ~ ().__class__ }}", ["'__class__'"]],
    ['a dict literal with }} inside', "{{ {'a': {'b': ().__class__}} }}", ["'__class__'"]],
  ];

  it.each(hostile)('%s', (_name, template, parts) => {
    const findings = judgeChatTemplate(template);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId === 'model/unsafe-construct')).toBe(true);
    expect(findings.some((f) => f.level === 'error')).toBe(true);
    for (const part of parts)
      expect(findings).toContainEqual(
        expect.objectContaining({ level: 'error', message: expect.stringContaining(part) }),
      );
  });

  it('numbers end where Jinja ends them: `1__class__` is a number and a name', () => {
    expect(judgeChatTemplate('{{ x[1__class__] }}')).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining("uses the name '__class__'"),
      }),
    );
    expect(judgeChatTemplate('{{ 1_000 * 0x1_f }}')).toEqual([]);
  });

  it('reversing a plain word is not a finding; reversing a dunder is', () => {
    expect(judgeChatTemplate("{{ 'ssalc'|reverse }}")).toEqual([]);
    expect(judgeChatTemplate("{{ '__ssalc__'|reverse }}")).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("builds the string '__class__'") }),
    );
  });

  it('only code counts: text, comments and raw blocks are output', () => {
    expect(judgeChatTemplate('{# ().__class__ #}{{ messages[0].content }}')).toEqual([]);
    expect(judgeChatTemplate('Say os.popen and eval( in prose: {{ x }}')).toEqual([]);
    for (const template of [
      'The attribute __class__ is fine as text',
      '{% raw %}{{ ().__class__ }}{% endraw %}',
    ]) {
      expect(judgeChatTemplate(template)).toEqual([
        {
          ruleId: 'model/unsafe-construct',
          level: 'warning',
          message: expect.stringContaining("Output text names '__class__'"),
        },
      ]);
    }
  });

  it('ordinary data names are not findings: a system role, a namespace field, a range call', () => {
    const template =
      "{% set ns = namespace(system='', found=false) %}{{ ns.system }}{{ roles['system'] }}{% for i in range(3) %}{{ loop.index0 }}{% endfor %}{{ x.replace('-', '_') }}{{ name.split('_') }}";
    expect(judgeChatTemplate(template)).toEqual([]);
  });

  it('unusual shapes are warnings', () => {
    expect(judgeChatTemplate("{% include 'other.j2' %}")).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('loads another template'),
      }),
    ]);
    expect(judgeChatTemplate("{{ x['\\N{SNOWMAN}'] }}")).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('cannot decode') }),
    ]);
    expect(judgeChatTemplate("{{ x[y ~ 'name'] }}")).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('computed at render time'),
      }),
    ]);
  });

  it('a lone underscore joined to other strings is a warning, two are an error', () => {
    expect(judgeChatTemplate("{{ tool.name ~ '_' ~ loop.index0 }}")).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining("An underscore '_' is joined"),
      }),
    ]);
    expect(judgeChatTemplate("{{ x ~ '__' ~ y }}")).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining("Underscores '__'") }),
    );
  });

  it('a marker with inner underscores is not a dunder; a known dunder inside a string is', () => {
    expect(judgeChatTemplate("{{ '<__media__>' + message['content'] }}")).toEqual([]);
    expect(judgeChatTemplate("{{ x|map(attribute='a.__globals__') }}")).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining("'__globals__'") }),
    );
  });

  it('pathological shapes end, with bounded findings', () => {
    const shapes = [
      `{{ ${'('.repeat(20_000)}'a'${')'.repeat(20_000)} }}`,
      `{{ x${'[x'.repeat(20_000)}${']'.repeat(20_000)} }}`,
      `{{ x${'['.repeat(30_000)}`,
      `{{ ${Array.from({ length: 20_000 }, () => "'_'").join(' ~ ')} }}`,
      `{{ x${'|attr(('.repeat(5_000)}'a'${'))'.repeat(5_000)} }}`,
      `{{ '${'\\x5f'.repeat(50_000)}`,
      "{{ '".repeat(10_000),
      '{%'.repeat(10_000),
    ];
    for (const template of shapes) {
      const findings = judgeChatTemplate(template);
      expect(findings.length).toBeLessThanOrEqual(20);
    }
  });

  it('caps its findings and escapes what it quotes', () => {
    const many = Array.from({ length: 50 }, (_, i) => `{{ x.__a${i}__ }}`).join('');
    expect(judgeChatTemplate(many)).toHaveLength(20);
    const [finding] = judgeChatTemplate("{{ x['__cl\u202eass__'] }}");
    expect(finding!.message).toContain('\\u202e');
  });
});

describe('analyzeGguf and judgeChatTemplate never throw', () => {
  const base = load('chatml.gguf');
  function wellFormed(result: Awaited<ReturnType<typeof analyzeGguf>>) {
    expect(Array.isArray(result.issues)).toBe(true);
    for (const issue of result.issues) expect(printable(issue.message)).toBe(issue.message);
  }

  it('on random bytes, with and without the magic', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.boolean(), async (body, magic) => {
        const bytes = magic ? concat([0x47, 0x47, 0x55, 0x46], u32(3), body) : body;
        const result = await analyze(bytes);
        wellFormed(result);
        expect(result.issues.length > 0 || result.summary !== undefined).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on mutations of a valid file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (steps) => {
        const result = await analyze(mutate(base, steps));
        wellFormed(result);
        expect(result.issues.length > 0 || result.summary !== undefined).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('judgeChatTemplate on random Jinja-like text', () => {
    const piece = fc.constantFrom(
      '{{',
      '}}',
      '{%',
      '%}',
      '{#',
      '#}',
      "'",
      '"',
      '\\',
      '\\x5f',
      '_',
      '__',
      'class',
      '.',
      '[',
      ']',
      '(',
      ')',
      '|',
      'attr',
      '~',
      '*',
      '%',
      '2',
      ' ',
      'raw',
      'endraw',
      'set',
      '=',
      'x',
      '\n',
      ',',
      'join',
      '::-1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const findings = judgeChatTemplate(pieces.join(''));
        expect(findings.length).toBeLessThanOrEqual(20);
        for (const finding of findings) expect(printable(finding.message)).toBe(finding.message);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(Array.isArray(judgeChatTemplate(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
