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
import { fieldShapes } from './field-shapes.mjs';
import { makers, rng } from './synthetic.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const r = rng(Number(arg('seed', '11')));
const m = makers(r);
const f = fieldShapes(r);
const rows = Number(arg('rows', '4000'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-quality-'));
const labels = [];
const files = {};
const write = (name, lines) => {
  files[name] = lines;
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
};
// Findings are scored by file, line and entity: two values of one entity on a line are one label.
const labelled = new Set();
const label = (file, line, entity) => {
  const k = `${file}\u0000${line}\u0000${entity}`;
  if (labelled.has(k)) return;
  labelled.add(k);
  labels.push({ file, line, entity });
};

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

// The field test's shapes. Version strings are drawn from the same digits as public addresses,
// so only their surroundings tell them apart.
const dateStamp = () =>
  `${String(r.int(1, 28)).padStart(2, '0')}/Mar/2026:${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:07 +0000`;
// An access log in the combined format: the client address opens the line.
{
  const name = 'logs/access.log';
  const lines = [];
  for (let i = 0; i < rows / 4; i++) {
    const line = lines.length + 1;
    const publicClient = r.next() < 0.4;
    const client = publicClient ? f.publicIp() : m.privateIp();
    const referer = r.next() < 0.05 ? `http://${f.publicIp()}/dashboard` : '-';
    if (publicClient || referer !== '-') label(name, line, 'IP_ADDRESS');
    lines.push(
      `${client} - ${r.pick(['-', '-', 'alice', 'svc'])} [${dateStamp()}] "${r.pick(['GET', 'POST'])} /v1/${r.pick(['predict', 'chat', 'embed'])} HTTP/1.1" ${r.pick([200, 200, 201, 429, 500])} ${r.int(80, 90000)} "${referer}" "${f.userAgent(f.versionQuad())}"`,
    );
  }
  write(name, lines);
}
// A chat export with client metadata and a locale per record.
{
  const name = 'data/sessions.jsonl';
  const lines = [];
  for (let i = 0; i < rows / 2; i++) {
    const line = lines.length + 1;
    const region = r.pick(f.regionCodes);
    const client = {
      ip: m.privateIp(),
      user_agent: f.userAgent(f.versionQuad()),
      app_version: f.versionQuad(),
    };
    const roll = r.next();
    if (roll < 0.15) {
      client.ip = r.next() < 0.8 ? f.publicIp() : f.publicIpv6();
      label(name, line, 'IP_ADDRESS');
    }
    let text = m.sentence();
    const plant = r.next();
    if (plant < 0.03) {
      text += ` ${r.pick(['call me at', 'my number is', 'tel'])} ${f.nationalPhone(region)}`;
      label(name, line, 'PHONE_NUMBER');
    } else if (plant < 0.05) {
      text += ` reach me on ${f.intlPhone()}`;
      label(name, line, 'PHONE_NUMBER');
    } else if (plant < 0.07) {
      text += ` my IP is ${r.next() < 0.6 ? f.publicIp() : f.publicIpv6()}.`;
      label(name, line, 'IP_ADDRESS');
    } else if (plant < 0.08) {
      text += ` token ${r.next() < 0.7 ? f.hfToken() : f.hfOrgToken()}`;
      label(name, line, 'SECRET');
    } else if (plant < 0.09) {
      text += ` card ${f.card()}`;
      label(name, line, 'CREDIT_CARD');
    } else if (plant < 0.3) {
      text += r.pick([
        () => ` version ${f.versionQuad()} fixed it`,
        () => ` after the update to build ${f.versionQuad()}`,
        () => ` ticket ${f.notCard()}`,
        () => ` on ${r.pick(['AcmeApp', 'Helpdesk'])}/${f.versionQuad()}`,
      ])();
    }
    const record = { session: m.uuid(), locale: f.locale(region), client, text };
    lines.push(JSON.stringify(record));
  }
  write(name, lines);
}
// Training logs: versions in free text, pins, and the hosts a job reaches.
{
  const name = 'logs/train.log';
  const lines = [];
  for (let i = 0; i < rows / 2; i++) {
    const line = lines.length + 1;
    const stamp = `2026-03-${String(r.int(1, 28)).padStart(2, '0')} ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(10, 59))}:07`;
    const roll = r.next();
    if (roll < 0.02) {
      lines.push(`${stamp} INFO ssh ${f.sshUser()}@${f.publicIp()} 'nvidia-smi'`);
      label(name, line, 'IP_ADDRESS');
    } else if (roll < 0.03) {
      lines.push(`${stamp} INFO scp ckpt-${r.int(1, 99)}.pt ${f.sshUser()}@${f.publicIp()}:/data/ckpt`);
      label(name, line, 'IP_ADDRESS');
    } else if (roll < 0.04) {
      lines.push(`${stamp} INFO connecting to parameter server ${f.publicIp()}:${r.int(1024, 65000)}`);
      label(name, line, 'IP_ADDRESS');
    } else if (roll < 0.045) {
      lines.push(`${stamp} WARN rendezvous peer ${f.publicIpv6()} timed out`);
      label(name, line, 'IP_ADDRESS');
    } else {
      lines.push(
        `${stamp} ${r.pick([
          () => `INFO model version ${f.versionQuad()} loaded`,
          () => `INFO version ${f.versionQuad()} fixed it`,
          () => `INFO Driver Version: ${f.versionQuad()} CUDA Version: 12.${r.int(0, 4)}`,
          () => `INFO pip install ${f.package()}==${f.versionQuad()}`,
          () => `INFO upgraded ${f.package()} to ${f.versionQuad()}`,
          () => `INFO resolved ${f.package()}@${f.versionQuad()}`,
          () => `DEBUG loaded ${f.package()}-${f.versionQuad()}-py3-none-manylinux2014_x86_64.whl`,
          () => `INFO step ${r.int(1, 90000)} loss ${m.float()} lr ${m.float()}`,
        ])()}`,
      );
    }
  }
  write(name, lines);
}
// Pinned requirements and a conda environment: every quad is a version.
{
  const requirements = [];
  const environment = ['name: train', 'dependencies:'];
  for (let i = 0; i < 80; i++) {
    requirements.push(`${f.package()}${r.pick(['==', '>=', '~=', '<='])}${f.versionQuad()}`);
    environment.push(`  - ${f.package()}=${f.versionQuad()}`);
  }
  write('requirements.txt', requirements);
  write('environment.yml', environment);
}
// A multilingual EU contact table: national numbers whose region only the row's country says.
{
  const name = 'data/eu_contacts.csv';
  const lines = ['id,country,name,phone,notes,payment'];
  for (let i = 0; i < rows / 4; i++) {
    const line = lines.length + 1;
    const region = r.pick(f.regionCodes);
    const country = r.next() < 0.7 ? region : f.countryName(region);
    let phone = '';
    let notes = m.sentence();
    let payment = '';
    if (r.next() < 0.3) {
      phone = f.nationalPhone(region, r.next() < 0.3);
      label(name, line, 'PHONE_NUMBER');
    }
    const roll = r.next();
    if (roll < 0.03) {
      notes += ` or ${f.intlPhone()}`;
      label(name, line, 'PHONE_NUMBER');
    } else if (roll < 0.06) {
      payment = f.card();
      label(name, line, 'CREDIT_CARD');
    } else if (roll < 0.1) {
      payment = f.notCard();
    } else if (roll < 0.2) {
      notes += ` ${r.pick(['app', 'client'])} ${r.pick(['version', 'build'])} ${f.versionQuad()}`;
    }
    lines.push(`${i + 1},${country},${m.name()},${phone},"${notes}",${payment}`);
  }
  write(name, lines);
}
// Tokens as a Hugging Face user or organisation has them.
{
  const env = [];
  for (let i = 0; i < 40; i++) {
    const real = r.next() < 0.5;
    env.push(
      `${r.pick(['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'HF_ORG_TOKEN'])}_${i}=${real ? (r.next() < 0.6 ? f.hfToken() : f.hfOrgToken()) : `hf_${'x'.repeat(34)}`}`,
    );
    if (real) label('configs/hf.env', env.length, 'SECRET');
  }
  write('configs/hf.env', env);
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
