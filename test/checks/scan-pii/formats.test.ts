import { describe, expect, it } from 'vitest';
import { detectFormat, isBinaryOutputKey, looksBinary } from '../../../src/checks/scan-pii/formats.js';

describe('detectFormat', () => {
  it.each([
    ['data/train.csv', { format: { kind: 'csv', delimiter: ',' }, gzip: false }],
    ['data/TRAIN.CSV', { format: { kind: 'csv', delimiter: ',' }, gzip: false }],
    ['data/train.csv.gz', { format: { kind: 'csv', delimiter: ',' }, gzip: true }],
    ['data/eval.tsv', { format: { kind: 'csv', delimiter: '\t' }, gzip: false }],
    ['data/eval.tab', { format: { kind: 'csv', delimiter: '\t' }, gzip: false }],
    ['data/chat.jsonl', { format: { kind: 'keyed', flavour: 'jsonl' }, gzip: false }],
    ['data/chat.ndjson', { format: { kind: 'keyed', flavour: 'jsonl' }, gzip: false }],
    ['data/chat.jsonl.gz', { format: { kind: 'keyed', flavour: 'jsonl' }, gzip: true }],
    ['config.json', { format: { kind: 'keyed', flavour: 'json' }, gzip: false }],
    ['map.geojson', { format: { kind: 'keyed', flavour: 'json' }, gzip: false }],
    ['notebooks/explore.ipynb', { format: { kind: 'keyed', flavour: 'notebook' }, gzip: false }],
    ['configs/train.yaml', { format: { kind: 'keyed', flavour: 'yaml' }, gzip: false }],
    ['.github/workflows/ci.yml', { format: { kind: 'keyed', flavour: 'yaml' }, gzip: false }],
    ['pyproject.toml', { format: { kind: 'keyed', flavour: 'toml' }, gzip: false }],
    ['.env', { format: { kind: 'keyed', flavour: 'env' }, gzip: false }],
    ['app/.env.local', { format: { kind: 'keyed', flavour: 'env' }, gzip: false }],
    ['app/.env.example', { format: { kind: 'keyed', flavour: 'env' }, gzip: false }],
    ['configs/train.env', { format: { kind: 'keyed', flavour: 'env' }, gzip: false }],
    ['setup.cfg', { format: { kind: 'keyed', flavour: 'ini' }, gzip: false }],
    ['app.ini', { format: { kind: 'keyed', flavour: 'ini' }, gzip: false }],
    ['nginx.conf', { format: { kind: 'keyed', flavour: 'ini' }, gzip: false }],
    ['log4j.properties', { format: { kind: 'keyed', flavour: 'ini' }, gzip: false }],
    ['data/part-0.parquet', { format: { kind: 'parquet' }, gzip: false }],
    ['README.md', { format: { kind: 'text' }, gzip: false }],
    ['logs/serve.log', { format: { kind: 'text' }, gzip: false }],
    ['logs/serve.log.gz', { format: { kind: 'text' }, gzip: true }],
    ['Dockerfile', { format: { kind: 'text' }, gzip: false }],
    ['src/train.py', { format: { kind: 'text' }, gzip: false }],
    ['environment', { format: { kind: 'text' }, gzip: false }],
    ['images/cat.png', { format: { kind: 'binary-skip', what: 'image' }, gzip: false }],
    ['images/cat.JPEG', { format: { kind: 'binary-skip', what: 'image' }, gzip: false }],
    ['audio/a.flac', { format: { kind: 'binary-skip', what: 'audio' }, gzip: false }],
    ['video/a.mp4', { format: { kind: 'binary-skip', what: 'video' }, gzip: false }],
    [
      'models/model.safetensors',
      { format: { kind: 'binary-skip', what: 'model or array data' }, gzip: false },
    ],
    ['models/model.pt', { format: { kind: 'binary-skip', what: 'model or array data' }, gzip: false }],
    ['models/model.onnx', { format: { kind: 'binary-skip', what: 'model or array data' }, gzip: false }],
    ['data/x.npy', { format: { kind: 'binary-skip', what: 'model or array data' }, gzip: false }],
    ['data/x.pkl', { format: { kind: 'binary-skip', what: 'model or array data' }, gzip: false }],
    ['dist/pkg.whl', { format: { kind: 'binary-skip', what: 'archive' }, gzip: false }],
    ['data.tar.gz', { format: { kind: 'binary-skip', what: 'archive' }, gzip: true }],
    ['data.tgz', { format: { kind: 'binary-skip', what: 'archive' }, gzip: false }],
    ['paper.pdf', { format: { kind: 'binary-skip', what: 'document' }, gzip: false }],
    ['sheet.xlsx', { format: { kind: 'binary-skip', what: 'document' }, gzip: false }],
    ['lib/x.so', { format: { kind: 'binary-skip', what: 'compiled code' }, gzip: false }],
    [
      '__pycache__/m.cpython-312.pyc',
      { format: { kind: 'binary-skip', what: 'compiled code' }, gzip: false },
    ],
    ['fonts/a.woff2', { format: { kind: 'binary-skip', what: 'font' }, gzip: false }],
  ])('%s', (path, expected) => {
    expect(detectFormat(path)).toEqual(expected);
  });
});

describe('isBinaryOutputKey', () => {
  it.each([
    ['image/png', true],
    ['image/jpeg', true],
    ['image/svg+xml', true],
    ['audio/wav', true],
    ['video/mp4', true],
    ['application/pdf', true],
    ['application/vnd.jupyter.widget-state', true],
    ['application/json', false],
    ['application/javascript', false],
    ['application/vnd.jupyter.widget-view+json', false],
    ['text/plain', false],
    ['text/html', false],
    ['text', false],
    ['source', false],
    ['output_type', false],
    ['', false],
  ])('%s -> %s', (key, binary) => {
    expect(isBinaryOutputKey(key)).toBe(binary);
  });
});

describe('looksBinary', () => {
  it('looks for a NUL byte in the first 8 KiB only', () => {
    expect(looksBinary(new Uint8Array(0))).toBe(false);
    expect(looksBinary(Buffer.from('id,email\n1,jane@proton.me\n'))).toBe(false);
    expect(looksBinary(Buffer.from('Zoë 😀 — UTF-8 text', 'utf8'))).toBe(false);
    expect(looksBinary(Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'))).toBe(true);
    const late = Buffer.alloc(9000, 0x61);
    late[8191] = 0;
    expect(looksBinary(late)).toBe(true);
    late[8191] = 0x61;
    late[8192] = 0;
    expect(looksBinary(late)).toBe(false);
  });
});
