// Synthetic values for the scan-pii benchmarks: personal data and secrets that validate (so a
// detector must find them) and hard negatives that only look like them. Seeded and deterministic.
// Every value is generated: no real person, card or credential.
import { createBase58check } from '@scure/base';
import { createHash } from 'node:crypto';

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chars = (alphabet, n) => Array.from({ length: n }, () => pick(alphabet)).join('');
  return { next, int, pick, chars };
}

const FIRST = [
  'jane',
  'john',
  'maria',
  'wei',
  'ana',
  'omar',
  'lena',
  'raj',
  'sofia',
  'li',
  'tom',
  'nina',
  'yuki',
  'pablo',
];
const LAST = [
  'roe',
  'smith',
  'gonzalez',
  'zhang',
  'diaz',
  'haddad',
  'berg',
  'patel',
  'rossi',
  'wei',
  'kim',
  'novak',
];
const MAIL = [
  'gmail.com',
  'outlook.com',
  'proton.me',
  'yahoo.co.uk',
  'fastmail.com',
  'web.de',
  'acme-corp.io',
  'uni-hamburg.de',
];
const AREA = [
  '212',
  '415',
  '312',
  '617',
  '206',
  '303',
  '512',
  '646',
  '718',
  '202',
  '305',
  '404',
  '713',
  '818',
];
const WORDS =
  'the model was great but slow to respond and the answer had wrong facts so I rated it low overall fine would use again quality latency prompt output token batch'.split(
    ' ',
  );

export const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
const HEX = [...'0123456789abcdef'];
const B32 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'];
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];

export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(numeric) {
  let rest = 0;
  for (const c of numeric) rest = (rest * 10 + Number(c)) % 97;
  return rest;
}

const sha256 = (d) => new Uint8Array(createHash('sha256').update(d).digest());
const b58c = createBase58check(sha256);

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function crc32(text) {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function makers(r) {
  const URL_SAFE = [...ALNUM, '-', '_'];
  const digits = (n) => r.chars([...'0123456789'], n);
  const UPPER_ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
  const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  // GitHub and npm: 30 random base62 characters and their CRC32 in six base62 digits.
  const checksummed = (prefix) => {
    const body = r.chars(ALNUM, 30);
    let crc = crc32(body);
    let check = '';
    for (let i = 0; i < 6; i++) {
      check = BASE62[crc % 62] + check;
      crc = Math.floor(crc / 62);
    }
    return `${prefix}${body}${check}`;
  };
  // An RS256/PS512 token of an identity provider: a key id, many claims, a 2048-4096-bit signature.
  const longJwt = () => {
    const header = b64url({
      alg: r.pick(['RS256', 'PS256', 'RS512', 'PS512']),
      typ: 'JWT',
      kid: r.chars(HEX, 40),
    });
    const payload = b64url({
      iss: `https://login.${r.chars(LETTERS, 8).toLowerCase()}.com/${r.chars(HEX, 32)}/v2.0`,
      sub: r.chars(URL_SAFE, 43),
      aud: r.chars(HEX, 32),
      iat: r.int(1.6e9, 1.8e9),
      groups: Array.from({ length: r.int(4, 24) }, () => r.chars(HEX, 32)),
    });
    const signature = Buffer.from(Array.from({ length: r.pick([256, 512]) }, () => r.int(0, 255))).toString(
      'base64url',
    );
    return `${header}.${payload}.${signature}`;
  };
  const pemBody = () => Array.from({ length: r.int(2, 6) }, () => r.chars([...ALNUM, '+', '/'], 64));
  const hookKind = () =>
    r.pick([
      () => `services/T${r.chars(UPPER_ALNUM, 8)}/B${r.chars(UPPER_ALNUM, 10)}/${r.chars(ALNUM, 24)}`,
      () =>
        `workflows/T${r.chars(UPPER_ALNUM, 8)}/A${r.chars(UPPER_ALNUM, 10)}/${digits(18)}/${r.chars(ALNUM, 24)}`,
      () => `triggers/T${r.chars(UPPER_ALNUM, 8)}/${digits(13)}/${r.chars(HEX, 32)}`,
    ])();
  const name = () => `${r.pick(FIRST)}.${r.pick(LAST)}`;
  return {
    name: () => `${r.pick(FIRST)} ${r.pick(LAST)}`,
    email: () =>
      r.pick([
        () => `${name()}${r.int(0, 99)}@${r.pick(MAIL)}`,
        () => `${name()}+ml@${r.pick(MAIL)}`,
        () => `${name()}@mail.${r.pick(MAIL)}`.toUpperCase(),
        () => `${r.pick(FIRST)}_${r.pick(LAST)}@${r.pick(MAIL)}`,
      ])(),
    phone: () => {
      const area = r.pick(AREA);
      const exchange = `${r.int(2, 9)}${r.int(0, 9)}${r.int(0, 9)}`
        .replace(/^(\d)11$/, '$121')
        .replace(/^555$/, '556');
      const line = String(r.int(0, 9999)).padStart(4, '0');
      return r.pick([
        `(${area}) ${exchange}-${line}`,
        `${area}-${exchange}-${line}`,
        `+1 ${area} ${exchange} ${line}`,
        `${area}.${exchange}.${line}`,
      ]);
    },
    intlPhone: () =>
      r.pick(['+44 20 7946 ', '+49 30 9018 ', '+33 1 42 68 ', '+81 3 3224 ']) + String(r.int(1000, 9999)),
    ssn: () => {
      let area = r.int(1, 899);
      if (area === 666) area = 667;
      return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
    },
    card: () => {
      const prefix = r.pick(['4', '51', '52', '55', '2221', '6011']);
      const body = prefix + r.chars([...'0123456789'], 15 - prefix.length);
      const number = body + luhnDigit(body);
      return r.pick([
        number,
        number.replace(/(\d{4})(?=\d)/g, '$1 '),
        number.replace(/(\d{4})(?=\d)/g, '$1-'),
      ]);
    },
    iban: () => {
      const bban = r.chars([...'0123456789'], 18);
      const check = String(98 - mod97(`${bban}131400`)).padStart(2, '0');
      const iban = `DE${check}${bban}`;
      return r.next() < 0.5 ? iban : iban.replace(/(.{4})(?=.)/g, '$1 ');
    },
    publicIp: () =>
      `${r.pick([73, 81, 98, 151, 185, 203 + 1, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    btc: () => {
      const payload = new Uint8Array(21);
      payload[0] = r.next() < 0.5 ? 0 : 5;
      for (let i = 1; i < 21; i++) payload[i] = r.int(0, 255);
      return b58c.encode(payload);
    },
    secret: () =>
      r.pick([
        () => `ghp_${r.chars(ALNUM, 36)}`,
        () => checksummed(r.pick(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'])),
        () => `ghs_${r.chars(ALNUM, r.int(37, 255))}`,
        () => `hf_${r.chars(LETTERS, 34)}`,
        () => `api_org_${r.chars(ALNUM, 34)}`,
        () => `AKIA${r.chars(B32, 16)}`,
        () =>
          `${r.pick(['AKIA', 'ASIA'])}${r.chars(UPPER_ALNUM, 12)}${r.pick(['0', '1', '8', '9'])}${r.chars(UPPER_ALNUM, 3)}`,
        () => `sk-proj-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`,
        () => `xoxb-${r.int(1e10, 9e10)}-${r.int(1e10, 9e10)}-${r.chars(ALNUM, 24)}`,
        () => `xapp-1-A${r.chars(UPPER_ALNUM, 10)}-${digits(13)}-${r.chars(HEX, 64)}`,
        () => `xoxe.${r.pick(['xoxp', 'xoxb'])}-1-${r.chars(ALNUM, r.int(163, 166))}`,
        () => `xoxe-1-${r.chars(ALNUM, 146)}`,
        () => `${r.pick(['https://', 'http://', ''])}hooks.slack.com/${hookKind()}`,
        () => `AIza${r.chars(ALNUM, 35)}`,
        () => `sk_live_${r.chars(ALNUM, 24)}`,
        () => `gsk_${r.chars(ALNUM, 52)}`,
        () => `npm_${r.chars(ALNUM, 36)}`,
        () => checksummed('npm_'),
        () => `dapi${r.chars(HEX, 32)}`,
        () => `r8_${r.chars(ALNUM, 37)}`,
        () => `github_pat_${r.chars(ALNUM, 22)}_${r.chars(ALNUM, 59)}`,
        () => {
          const body = r.chars(ALNUM, 81);
          const at = r.int(5, 76);
          return `github_pat_${body.slice(0, at)}_${body.slice(at)}`;
        },
        () => `sk-ant-api03-${r.chars(URL_SAFE, 93)}AA`,
        () => `sk-ant-${r.pick(['api03', 'admin01', 'oat01'])}-${r.chars(URL_SAFE, r.int(80, 110))}`,
        () => `lsv2_pt_${r.chars(HEX, 32)}_${r.chars(HEX, 10)}`,
        () => `pypi-AgEIcHlwaS5vcmc${r.chars(URL_SAFE, 60)}`,
        () => `rk_live_${r.chars(ALNUM, 30)}`,
        () =>
          `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: String(r.int(1e6, 9e6)), iat: r.int(1.6e9, 1.8e9) })}.${r.chars(URL_SAFE, 43)}`,
        longJwt,
        // A key as .env files and JSON hold it: one line, `\n` escapes.
        () =>
          [
            `-----BEGIN ${r.pick(['RSA ', 'EC ', 'OPENSSH ', ''])}PRIVATE KEY-----`,
            ...pemBody(),
            '-----END PRIVATE KEY-----',
          ].join('\\n'),
      ])(),
    // Hard negatives.
    epoch: () => String(r.int(1_600_000_000, 1_799_999_999)),
    epochMs: () => String(r.int(1_600_000_000, 1_799_999_999)) + String(r.int(100, 999)),
    version: () => `${r.int(0, 4)}.${r.int(0, 20)}.${r.int(0, 30)}.${r.int(0, 9)}`,
    orderId: () => {
      const body = `4${r.chars([...'0123456789'], 14)}`;
      return body + String((Number(luhnDigit(body)) + r.int(1, 9)) % 10);
    },
    tokenIds: () => Array.from({ length: r.int(12, 40) }, () => r.int(100, 50000)).join(' '),
    uuid: () =>
      `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-a${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
    hash: () => r.chars(HEX, r.pick([32, 40, 64])),
    exampleEmail: () =>
      `${name()}@${r.pick(['example.com', 'example.org', 'test.invalid', 'mail.example', 'dev.localhost'])}`,
    privateIp: () =>
      r.pick([
        `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
        `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
        `127.0.0.1`,
        `172.16.${r.int(0, 31)}.${r.int(1, 254)}`,
        `192.0.2.${r.int(1, 254)}`,
      ]),
    placeholderKey: () =>
      r.pick([
        'AKIAIOSFODNN7EXAMPLE',
        'sk-xxxxxxxxxxxxxxxxxxxxxxxx',
        '${OPENAI_API_KEY}',
        `hf_${'x'.repeat(34)}`,
        `api_org_${'x'.repeat(34)}`,
        '<your-token-here>',
        `xoxp-${r.pick(['1234', '0000'])}-${r.pick(['1234', '5678'])}-1234-${r.chars(HEX, 32)}`,
        `xoxb-${digits(12)}-${digits(13)}-${r.pick(['SlackBotTokenHere', 'YourBotTokenGoesHere', 'xxxxxxxxxxxxxxxxxxxxxxxx'])}`,
        `xapp-1-A${r.chars(UPPER_ALNUM, 10)}-${digits(13)}-${'x'.repeat(64)}`,
        `${r.pick(['https://', ''])}hooks.slack.com/${r.pick(['services/T00000000/B00000000', 'workflows/T00000000/A00000000/000000000000000000', 'triggers/T00000000/0000000000000'])}/XXXXXXXXXXXXXXXXXXXXXXXX`,
        `ghs_${'x'.repeat(r.int(37, 120))}`,
        `github_pat_${'X'.repeat(82)}`,
        `npm_${'0'.repeat(36)}`,
        `sk-ant-api03-${'x'.repeat(93)}AA`,
        'AKIA0000000000000000',
        // PEM BEGIN lines without key material: alone, or followed straight by their END line.
        '-----BEGIN RSA PRIVATE KEY-----',
        '-----BEGIN PRIVATE KEY-----\\n-----END PRIVATE KEY-----',
        '-----BEGIN OPENSSH PRIVATE KEY-----\\n...\\n-----END OPENSSH PRIVATE KEY-----',
        // Processors' test cards (Adyen's Dankort and Maestro, Worldpay's Maestro, PayPal's).
        r.pick([
          '5019 5555 4444 5555',
          '6771 7980 2100 0008',
          '6759649826438453',
          '5038270606265696',
          '3569 9900 1009 5841',
        ]),
      ]),
    date: () =>
      `20${r.int(10, 29)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    base64Blob: () => Buffer.from(r.chars(ALNUM, 48)).toString('base64'),
    bigNumber: () => String(r.int(1e8, 9e8)) + String(r.int(1e8, 9e8)),
    sentence: () => Array.from({ length: r.int(8, 24) }, () => r.pick(WORDS)).join(' '),
    float: () => (r.next() * 100).toFixed(r.int(2, 9)),
  };
}
