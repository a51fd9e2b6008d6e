// scan-pii precision and recall on a labelled corpus generated here: realistic ML files (CSV,
// JSONL, .env, YAML, notebooks, logs) with planted PII and secrets, and the hard negatives that
// sink naive detectors (epoch timestamps, versions, order ids failing Luhn, token-id runs,
// UUIDs, hashes, example domains, private IPs, placeholder keys).
// Usage: node bench/scan-pii/quality.mjs [--seed 11] [--rows 4000]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makers, rng } from './synthetic.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const r = rng(Number(arg('seed', '11')));
const m = makers(r);
const rows = Number(arg('rows', '4000'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-quality-'));
const labels = [];
const files = {};
const write = (name, lines) => {
  files[name] = lines;
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
};
const label = (file, line, entity) => labels.push({ file, line, entity });

const PLANTS = {
  EMAIL_ADDRESS: m.email,
  PHONE_NUMBER: () => (r.next() < 0.8 ? m.phone() : m.intlPhone()),
  US_SSN: m.ssn,
  CREDIT_CARD: m.card,
  IBAN_CODE: m.iban,
  IP_ADDRESS: m.publicIp,
  CRYPTO: m.btc,
  SECRET: m.secret,
};
const ENTITY_LIST = Object.keys(PLANTS);
const negatives = () =>
  r.pick([
    m.epoch,
    m.epochMs,
    m.version,
    m.orderId,
    m.tokenIds,
    m.uuid,
    m.hash,
    m.exampleEmail,
    m.privateIp,
    m.placeholderKey,
    m.float,
    m.date,
    m.base64Blob,
    m.bigNumber,
  ])();

// CSV: dedicated columns plus free text; about 3% of rows carry something.
{
  const name = 'data/train.csv';
  const lines = ['id,created_at,session,text,label,score,token_ids,app_version,order_id,contact,client_ip'];
  for (let i = 0; i < rows; i++) {
    const line = lines.length + 1;
    let text = m.sentence();
    let contact = '';
    let ip = m.privateIp();
    const roll = r.next();
    if (roll < 0.01) {
      contact = r.next() < 0.5 ? m.email() : m.phone();
      label(name, line, contact.includes('@') ? 'EMAIL_ADDRESS' : 'PHONE_NUMBER');
    } else if (roll < 0.02) {
      const entity = r.pick(ENTITY_LIST);
      text += ` ${r.pick(['ref', 'see', 'note', 'value'])} ${PLANTS[entity]()}`;
      label(name, line, entity);
    } else if (roll < 0.025) {
      ip = m.publicIp();
      label(name, line, 'IP_ADDRESS');
    } else if (roll < 0.2) {
      text += ` ${negatives()}`;
    }
    lines.push(
      `${i + 1},${m.epoch()},${m.uuid()},"${text}",${r.int(0, 1)},${m.float()},"${m.tokenIds()}",${m.version()},${m.orderId()},${contact},${ip}`,
    );
  }
  write(name, lines);
}
// JSONL events.
{
  const name = 'data/events.jsonl';
  const lines = [];
  for (let i = 0; i < rows / 2; i++) {
    const line = lines.length + 1;
    const record = {
      event_id: m.uuid(),
      ts: Number(m.epoch()),
      model_version: m.version(),
      latency_ms: r.int(5, 900),
    };
    const roll = r.next();
    if (roll < 0.03) {
      const entity = r.pick(ENTITY_LIST);
      const key = {
        EMAIL_ADDRESS: 'user_email',
        PHONE_NUMBER: 'phone',
        US_SSN: 'ssn',
        CREDIT_CARD: 'card_number',
        IBAN_CODE: 'iban',
        IP_ADDRESS: 'client_ip',
        CRYPTO: 'wallet',
        SECRET: 'api_key',
      }[entity];
      record[key] = PLANTS[entity]();
      label(name, line, entity);
    } else if (roll < 0.3) {
      record[r.pick(['trace', 'checksum', 'build', 'prompt_ids', 'note'])] = negatives();
    }
    lines.push(JSON.stringify(record));
  }
  write(name, lines);
}
// Logs.
{
  const name = 'logs/serve.log';
  const lines = [];
  for (let i = 0; i < rows / 2; i++) {
    const line = lines.length + 1;
    const stamp = `2026-03-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:07Z`;
    const roll = r.next();
    if (roll < 0.02) {
      lines.push(`${stamp} INFO request from ${m.publicIp()} user=${m.email()} took ${r.int(5, 900)}ms`);
      label(name, line, 'IP_ADDRESS');
      label(name, line, 'EMAIL_ADDRESS');
    } else if (roll < 0.03) {
      lines.push(`${stamp} DEBUG auth header Bearer ${m.secret()}`);
      label(name, line, 'SECRET');
    } else {
      lines.push(
        `${stamp} INFO batch ${m.uuid()} from ${m.privateIp()} model=${m.version()} tokens=${r.int(10, 4000)} id=${m.orderId()} ${m.sentence()}`,
      );
    }
  }
  write(name, lines);
}
// Configs.
{
  const env = [];
  const yaml = [
    'training:',
    `  seed: ${r.int(1, 99999)}`,
    `  run_id: ${m.uuid()}`,
    `  model_version: ${m.version()}`,
  ];
  for (let i = 0; i < 60; i++) {
    const secret = r.next() < 0.5;
    env.push(
      `${r.pick(['OPENAI_API_KEY', 'HF_TOKEN', 'AWS_ACCESS_KEY_ID', 'SLACK_TOKEN', 'DEPLOY_KEY'])}_${i}=${secret ? m.secret() : m.placeholderKey()}`,
    );
    if (secret) label('configs/.env', env.length, 'SECRET');
    const contact = r.next() < 0.3;
    yaml.push(`  owner_${i}: ${contact ? m.email() : m.exampleEmail()}`);
    if (contact) label('configs/train.yaml', yaml.length, 'EMAIL_ADDRESS');
  }
  write('configs/.env', env);
  write('configs/train.yaml', yaml);
}
// A notebook: sources and text outputs are scanned, image outputs are not.
{
  const name = 'notebooks/eda.ipynb';
  const cells = [];
  const planted = [];
  for (let i = 0; i < 40; i++) {
    const entity = r.next() < 0.4 ? r.pick(ENTITY_LIST) : undefined;
    const source = [
      `df = load_split(${i})\n`,
      entity ? `# sample: ${PLANTS[entity]()}\n` : `# ${m.sentence()} ${negatives()}\n`,
    ];
    cells.push({
      cell_type: 'code',
      execution_count: i,
      metadata: {},
      source,
      outputs: [
        { output_type: 'stream', name: 'stdout', text: [`rows ${r.int(10, 999)} version ${m.version()}\n`] },
        {
          output_type: 'display_data',
          metadata: {},
          data: {
            'image/png': Buffer.from(m.hash() + m.hash()).toString('base64'),
            'text/plain': ['<Figure>'],
          },
        },
      ],
    });
    if (entity) planted.push({ marker: source[1].trim().slice(0, 60), entity });
  }
  const text = JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
  const lines = text.split('\n');
  for (const { marker, entity } of planted) {
    const line = lines.findIndex((l) => l.includes(JSON.stringify(marker).slice(1, -1))) + 1;
    label(name, line, entity);
  }
  write(name, lines);
}

const out = path.join(dir, 'findings.json');
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'dist/cli.mjs'),
    'scan-pii',
    '.',
    '--format',
    'json',
    '--output',
    out,
    '--fail-on',
    'never',
  ],
  { cwd: dir, encoding: 'utf8' },
);
if (run.status !== 0) throw new Error(`mlsec failed: ${run.stderr}`);
const findings = JSON.parse(readFileSync(out, 'utf8')).findings.filter(
  (f) => f.ruleId !== 'pii/file-not-scanned',
);

const key = (file, line, entity) => `${file}\u0000${line}\u0000${entity}`;
const expected = new Map(labels.map((l) => [key(l.file, l.line, l.entity), l]));
const matched = new Set();
let truePositives = 0;
const falsePositives = [];
for (const f of findings) {
  const k = key(f.location.path, f.location.line, f.properties.entity);
  if (expected.has(k)) {
    truePositives += 1;
    matched.add(k);
  } else falsePositives.push(f);
}
const perEntity = Object.fromEntries(ENTITY_LIST.map((e) => [e, { planted: 0, found: 0, reported: 0 }]));
for (const l of labels) {
  perEntity[l.entity].planted += 1;
  if (matched.has(key(l.file, l.line, l.entity))) perEntity[l.entity].found += 1;
}
for (const f of findings) perEntity[f.properties.entity].reported += 1;

const precision = truePositives / Math.max(1, findings.length);
const recall = matched.size / labels.length;
console.log(
  `corpus: ${dir} (${labels.length} planted values; ${Object.values(files).reduce((n, l) => n + l.length, 0)} lines)\n`,
);
console.log('| entity | planted | found | recall | reported | precision |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [entity, s] of Object.entries(perEntity)) {
  const fp = falsePositives.filter((f) => f.properties.entity === entity).length;
  console.log(
    `| ${entity} | ${s.planted} | ${s.found} | ${(s.found / Math.max(1, s.planted)).toFixed(3)} | ${s.reported} | ${((s.reported - fp) / Math.max(1, s.reported)).toFixed(3)} |`,
  );
}
console.log(
  `\noverall precision ${precision.toFixed(3)} (target >= 0.95), recall ${recall.toFixed(3)} (target >= 0.95)`,
);
if (falsePositives.length) {
  console.log(`\nfalse positives (${falsePositives.length}), first 10:`);
  for (const f of falsePositives.slice(0, 10))
    console.log(`  ${f.location.path}:${f.location.line} ${f.ruleId} ${f.message}`);
}
const missed = labels.filter((l) => !matched.has(key(l.file, l.line, l.entity)));
if (missed.length) {
  console.log(`\nmissed (${missed.length}), first 10:`);
  for (const l of missed.slice(0, 10))
    console.log(`  ${l.file}:${l.line} ${l.entity}: ${files[l.file][l.line - 1].slice(0, 160)}`);
}
