import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITIES, SECRET_TYPES } from '../../../src/checks/scan-pii/entities.js';
import { keyBefore, scoreCandidate } from '../../../src/checks/scan-pii/context.js';
import { type Candidate, scanBytes, scanText } from '../../../src/checks/scan-pii/scanner.js';
import { cardNetwork, isTestCard, luhn } from '../../../src/checks/scan-pii/validators.js';
import {
  bitcoinBase58,
  bitcoinBech32,
  cardNumber,
  HEX,
  iban,
  luhnCheckDigit,
  pemBlock,
  randomString,
  URL_SAFE,
  seededRandom,
  syntheticSecrets,
} from './synthetic.js';

type Row = [
  entity: string,
  secretType: string | null,
  value: string,
  confidence: number,
  shape: string | null,
];

function scan(text: string): Row[] {
  const rows: Row[] = [];
  scanText(text, (c) => rows.push([c.entity, c.secretType ?? null, c.value, c.confidence, c.shape ?? null]));
  return rows;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  scanText(text, (c) => out.push(c));
  return out;
}

/** What a scan of the line would report at the default min-confidence, scored as a file scan does. */
function reported(line: string): string[] {
  return candidates(line)
    .filter((c) => {
      const before = line.slice(0, c.start);
      const context = { field: keyBefore(before), before: before.slice(-48).toLowerCase(), line };
      return scoreCandidate(c, context) >= 0.5;
    })
    .map((c) => `${c.entity} ${c.value}`);
}

const random = seededRandom(424242);
const secrets = syntheticSecrets();
const group = (digits: string, sizes: number[], separator: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
};

const visa = cardNumber(random, '4', 16);
const visaGrouped = cardNumber(random, '4', 16);
const mastercard = cardNumber(random, '53', 16);
const mastercard2 = cardNumber(random, '2720', 16);
const amex = cardNumber(random, '34', 15);
const discover = cardNumber(random, '6011', 16);
const jcb = cardNumber(random, '3566', 16);
const diners = cardNumber(random, '36', 14);
const unionpay = cardNumber(random, '62', 19);
const maestro = cardNumber(random, '6759', 13);
const visa19 = cardNumber(random, '4', 19);
const visa13 = cardNumber(random, '4', 13);
const jcb18 = cardNumber(random, '3588', 18);
const ibanDe = iban('DE', '370400445320130007');
const ibanGb = iban('GB', 'NWBK60161331926819');
const ibanFr = iban('FR', '20041010050500013M02606');
const p2pkh = bitcoinBase58(random, 0x00);
const p2sh = bitcoinBase58(random, 0x05);
const segwit = bitcoinBech32(random, 0);
const taproot = bitcoinBech32(random, 1);
const ibanDeSpaced = ibanDe.replace(/(.{4})/g, '$1 ').trim();

const secret = (type: string, value: string, confidence: number): Row => [
  'SECRET',
  type,
  value,
  confidence,
  null,
];

const POSITIVES: Array<[string, Row[]]> = [
  // Email addresses
  ['contact: jane.doe@proton.me', [['EMAIL_ADDRESS', null, 'jane.doe@proton.me', 0.9, null]]],
  ['Mail Jane.Doe+ml@Gmail.COM.', [['EMAIL_ADDRESS', null, 'Jane.Doe+ml@Gmail.COM', 0.9, null]]],
  ['{"email":"r.ortiz@mail.co.uk"}', [['EMAIL_ADDRESS', null, 'r.ortiz@mail.co.uk', 0.9, null]]],
  ['<mailto:k_tanaka@gmx.de>', [['EMAIL_ADDRESS', null, 'k_tanaka@gmx.de', 0.9, null]]],
  // Phone numbers
  ['call (415) 555-2671 today', [['PHONE_NUMBER', null, '(415) 555-2671', 0.8, 'national']]],
  ['tel 415-555-2671', [['PHONE_NUMBER', null, '415-555-2671', 0.8, 'national']]],
  ['415.555.2671', [['PHONE_NUMBER', null, '415.555.2671', 0.8, 'national']]],
  ['1-415-555-2671', [['PHONE_NUMBER', null, '1-415-555-2671', 0.8, 'national']]],
  ['+1 415 555 2671', [['PHONE_NUMBER', null, '+1 415 555 2671', 0.8, null]]],
  ['+14155552671', [['PHONE_NUMBER', null, '+14155552671', 0.8, null]]],
  ['uk: +44 20 7183 8750', [['PHONE_NUMBER', null, '+44 20 7183 8750', 0.8, null]]],
  ['+49 30 25413687', [['PHONE_NUMBER', null, '+49 30 25413687', 0.8, null]]],
  ['+33 1 42 68 53 17', [['PHONE_NUMBER', null, '+33 1 42 68 53 17', 0.8, null]]],
  ['+91 98451 27364', [['PHONE_NUMBER', null, '+91 98451 27364', 0.8, null]]],
  // A separator after the country code that differs from the rest, a bracketed area code or trunk 0
  ['+33 6.50.83.02.56', [['PHONE_NUMBER', null, '+33 6.50.83.02.56', 0.8, null]]],
  ['tél. +33 1.61.76.23.33', [['PHONE_NUMBER', null, '+33 1.61.76.23.33', 0.8, null]]],
  ['+49 (221) 7541610', [['PHONE_NUMBER', null, '+49 (221) 7541610', 0.8, null]]],
  ['+44 (0)20 7946 0958', [['PHONE_NUMBER', null, '+44 (0)20 7946 0958', 0.8, null]]],
  // National formats: shaped here, validated in the regions in force when scored
  ['030 25413687', [['PHONE_NUMBER', null, '030 25413687', 0.8, 'national']]],
  ['06 12 34 56 78', [['PHONE_NUMBER', null, '06 12 34 56 78', 0.8, 'national']]],
  ['612 34 56 78', [['PHONE_NUMBER', null, '612 34 56 78', 0.8, 'national']]],
  ['0612345678', [['PHONE_NUMBER', null, '0612345678', 0.3, 'contiguous']]],
  ['phone,4155552671', [['PHONE_NUMBER', null, '4155552671', 0.4, 'contiguous']]],
  // US SSNs
  ['ssn 536-22-8145', [['US_SSN', null, '536-22-8145', 0.85, null]]],
  ['536 22 8145', [['US_SSN', null, '536 22 8145', 0.85, null]]],
  ['536228145', [['US_SSN', null, '536228145', 0.3, 'contiguous']]],
  // Payment cards (Luhn-valid, synthetic)
  [`card ${visa}`, [['CREDIT_CARD', null, visa, 0.7, 'contiguous']]],
  [
    group(visaGrouped, [4, 4, 4, 4], ' '),
    [['CREDIT_CARD', null, group(visaGrouped, [4, 4, 4, 4], ' '), 0.9, null]],
  ],
  [
    group(mastercard, [4, 4, 4, 4], '-'),
    [['CREDIT_CARD', null, group(mastercard, [4, 4, 4, 4], '-'), 0.9, null]],
  ],
  [mastercard2, [['CREDIT_CARD', null, mastercard2, 0.7, 'contiguous']]],
  [group(amex, [4, 6, 5], ' '), [['CREDIT_CARD', null, group(amex, [4, 6, 5], ' '), 0.9, null]]],
  [discover, [['CREDIT_CARD', null, discover, 0.7, 'contiguous']]],
  [jcb, [['CREDIT_CARD', null, jcb, 0.7, 'contiguous']]],
  [group(diners, [4, 6, 4], ' '), [['CREDIT_CARD', null, group(diners, [4, 6, 4], ' '), 0.9, null]]],
  // Every length a network issues counts without separators; lengths its rules merely allow
  // (a 13-digit Maestro) need a card context to reach 0.5.
  [unionpay, [['CREDIT_CARD', null, unionpay, 0.7, 'contiguous']]],
  [diners, [['CREDIT_CARD', null, diners, 0.7, 'contiguous']]],
  [jcb18, [['CREDIT_CARD', null, jcb18, 0.7, 'contiguous']]],
  [visa13, [['CREDIT_CARD', null, visa13, 0.7, 'contiguous']]],
  [visa19, [['CREDIT_CARD', null, visa19, 0.7, 'contiguous']]],
  [maestro, [['CREDIT_CARD', null, maestro, 0.45, 'contiguous']]],
  [
    group(unionpay, [4, 4, 4, 4, 3], '-'),
    [['CREDIT_CARD', null, group(unionpay, [4, 4, 4, 4, 3], '-'), 0.9, null]],
  ],
  [
    group(visa19, [4, 4, 4, 4, 3], ' '),
    [['CREDIT_CARD', null, group(visa19, [4, 4, 4, 4, 3], ' '), 0.9, null]],
  ],
  // IBANs
  [`iban ${ibanDe}`, [['IBAN_CODE', null, ibanDe, 0.9, null]]],
  [`IBAN: ${ibanDeSpaced}.`, [['IBAN_CODE', null, ibanDeSpaced, 0.9, null]]],
  [ibanGb, [['IBAN_CODE', null, ibanGb, 0.9, null]]],
  [`"${ibanFr}"`, [['IBAN_CODE', null, ibanFr, 0.9, null]]],
  // IP addresses
  ['client 81.2.69.160 connected', [['IP_ADDRESS', null, '81.2.69.160', 0.7, null]]],
  ['from 78.46.12.90:443', [['IP_ADDRESS', null, '78.46.12.90', 0.7, null]]],
  ['ssh ubuntu@196.170.84.124', [['IP_ADDRESS', null, '196.170.84.124', 0.7, null]]],
  [
    'addr 2600:3c00:6901:7e57:94e:a623:fe37:34cb',
    [['IP_ADDRESS', null, '2600:3c00:6901:7e57:94e:a623:fe37:34cb', 0.75, null]],
  ],
  ['my IP is 2a00:1450:4001:82b::200e.', [['IP_ADDRESS', null, '2a00:1450:4001:82b::200e', 0.75, null]]],
  // A change of separator ends one value and may start another
  ['2026-03-01 10:00:07 81.2.69.160 GET /', [['IP_ADDRESS', null, '81.2.69.160', 0.7, null]]],
  ['at 07 81.2.69.160', [['IP_ADDRESS', null, '81.2.69.160', 0.7, null]]],
  ['81.2.69.160 443 open', [['IP_ADDRESS', null, '81.2.69.160', 0.7, null]]],
  [
    '81.2.69.160 5.61.12.34',
    [
      ['IP_ADDRESS', null, '81.2.69.160', 0.7, null],
      ['IP_ADDRESS', null, '5.61.12.34', 0.7, null],
    ],
  ],
  ['call 415-555-2671 200 times', [['PHONE_NUMBER', null, '415-555-2671', 0.8, 'national']]],
  ['src=2a00:1450:4001:82b::200e', [['IP_ADDRESS', null, '2a00:1450:4001:82b::200e', 0.75, null]]],
  ['dns 2606:4700:4700::1111', [['IP_ADDRESS', null, '2606:4700:4700::1111', 0.75, null]]],
  // Bitcoin addresses
  [`btc ${p2pkh}`, [['CRYPTO', null, p2pkh, 0.85, null]]],
  [p2sh, [['CRYPTO', null, p2sh, 0.85, null]]],
  [`wallet: ${segwit}`, [['CRYPTO', null, segwit, 0.85, null]]],
  [taproot, [['CRYPTO', null, taproot, 0.85, null]]],
  // Secrets
  [`ANTHROPIC_API_KEY=${secrets.anthropic}`, [secret('anthropic-api-key', secrets.anthropic, 0.97)]],
  [`openai.api_key = "${secrets.openaiLegacy}"`, [secret('openai-api-key', secrets.openaiLegacy, 0.97)]],
  [
    `OPENAI_API_KEY=${secrets.openaiProjectMarked}`,
    [secret('openai-api-key', secrets.openaiProjectMarked, 0.97)],
  ],
  [`key: ${secrets.openaiProject}`, [secret('openai-api-key', secrets.openaiProject, 0.9)]],
  [`HF_TOKEN=${secrets.huggingface}`, [secret('huggingface-token', secrets.huggingface, 0.95)]],
  [`aws_access_key_id = ${secrets.awsAkia}`, [secret('aws-access-key-id', secrets.awsAkia, 0.95)]],
  [`"${secrets.awsAsia}"`, [secret('aws-access-key-id', secrets.awsAsia, 0.95)]],
  [`token: ${secrets.githubClassic}`, [secret('github-token', secrets.githubClassic, 0.99)]],
  [secrets.githubOauth, [secret('github-token', secrets.githubOauth, 0.99)]],
  [`GITHUB_TOKEN=${secrets.githubNoChecksum}`, [secret('github-token', secrets.githubNoChecksum, 0.85)]],
  [`token ${secrets.githubLong}.`, [secret('github-token', secrets.githubLong, 0.9)]],
  [
    `GH_PAT=${secrets.githubFineGrainedSplit}`,
    [secret('github-token', secrets.githubFineGrainedSplit, 0.97)],
  ],
  [`GH_TOKEN=${secrets.githubFineGrained}`, [secret('github-token', secrets.githubFineGrained, 0.97)]],
  [`SLACK_BOT_TOKEN=${secrets.slackBot}`, [secret('slack-token', secrets.slackBot, 0.95)]],
  [`webhook: ${secrets.slackWebhook}`, [secret('slack-webhook', secrets.slackWebhook, 0.95)]],
  [`url=${secrets.slackWebhookBare}`, [secret('slack-webhook', secrets.slackWebhookBare, 0.95)]],
  [`"${secrets.slackWorkflow}"`, [secret('slack-webhook', secrets.slackWorkflow, 0.95)]],
  [`//${secrets.slackTrigger.slice(8)}`, [secret('slack-webhook', secrets.slackTrigger.slice(8), 0.95)]],
  [`SLACK_APP_TOKEN=${secrets.slackApp}`, [secret('slack-token', secrets.slackApp, 0.95)]],
  [`config_token: ${secrets.slackConfig}`, [secret('slack-token', secrets.slackConfig, 0.95)]],
  [`refresh_token: ${secrets.slackRefresh}`, [secret('slack-token', secrets.slackRefresh, 0.95)]],
  [`AWS_ACCESS_KEY_ID=${secrets.awsWithDigits}`, [secret('aws-access-key-id', secrets.awsWithDigits, 0.95)]],
  [`ANTHROPIC_API_KEY=${secrets.anthropicWeak}`, [secret('anthropic-api-key', secrets.anthropicWeak, 0.8)]],
  [`GOOGLE_API_KEY=${secrets.google}`, [secret('google-api-key', secrets.google, 0.93)]],
  [`stripe.api_key = '${secrets.stripeLive}'`, [secret('stripe-key', secrets.stripeLive, 0.97)]],
  [secrets.stripeRestricted, [secret('stripe-key', secrets.stripeRestricted, 0.97)]],
  [secrets.stripeTest, [secret('stripe-key', secrets.stripeTest, 0.75)]],
  [
    pemBlock(seededRandom(3), 'RSA PRIVATE KEY', 3, '\n'),
    [secret('private-key', secrets.privateKeyRsa, 0.97)],
  ],
  // A BEGIN line the text ends with: its key may follow in the next piece, so it counts.
  [secrets.privateKeyRsa, [secret('private-key', secrets.privateKeyRsa, 0.97)]],
  [
    `"key": "${secrets.privateKeyOpenssh}\\nb3BlbnNzaC1rZXktdjEAAAAA"`,
    [secret('private-key', secrets.privateKeyOpenssh, 0.97)],
  ],
  [`REPLICATE_API_TOKEN=${secrets.replicate}`, [secret('replicate-token', secrets.replicate, 0.95)]],
  [`GROQ_API_KEY=${secrets.groq}`, [secret('groq-api-key', secrets.groq, 0.95)]],
  [`WANDB_API_KEY=${secrets.wandb}`, [secret('wandb-api-key', secrets.wandb, 0.9)]],
  [`LANGCHAIN_API_KEY=${secrets.langsmith}`, [secret('langsmith-api-key', secrets.langsmith, 0.97)]],
  [`//registry.npmjs.org/:_authToken=${secrets.npm}`, [secret('npm-token', secrets.npm, 0.97)]],
  [`_authToken=${secrets.npmNoChecksum}`, [secret('npm-token', secrets.npmNoChecksum, 0.85)]],
  [`password = ${secrets.pypi}`, [secret('pypi-token', secrets.pypi, 0.97)]],
  [`DATABRICKS_TOKEN=${secrets.databricks}`, [secret('databricks-token', secrets.databricks, 0.93)]],
  [`Authorization: Bearer ${secrets.jwt}`, [secret('jwt', secrets.jwt, 0.85)]],
  [`{"id_token": "${secrets.jwtLong}", "n": 1}`, [secret('jwt', secrets.jwtLong, 0.85)]],
  // Several values on one line, in order.
  [
    `1,Jane Roe,jane.roe@proton.me,(415) 555-2671,536-22-8145,${visa}`,
    [
      ['EMAIL_ADDRESS', null, 'jane.roe@proton.me', 0.9, null],
      ['PHONE_NUMBER', null, '(415) 555-2671', 0.8, 'national'],
      ['US_SSN', null, '536-22-8145', 0.85, null],
      ['CREDIT_CARD', null, visa, 0.7, 'contiguous'],
    ],
  ],
];

const orderId = `${visa.slice(0, 15)}${(Number(visa[15]) + 1) % 10}`;
const tokenRun = (tokens: string[]) => tokens.join(' ');
const fourDigitTokens = Array.from({ length: 12 }, (_, i) => String(1001 + i * 37));
const luhnTail = group(cardNumber(random, '4', 16), [4, 4, 4, 4], ' ');

const NEGATIVES: string[] = [
  // Epoch timestamps (seconds, milliseconds) and ids
  'created 1700000000',
  '{"ts": 1700000000, "ms": 1700000000123}',
  '1700000000123',
  'ts=1700000000.123',
  // 4-part versions behind a letter
  'v1.2.3.4',
  'torch==2.1.0.post1',
  'release-1.12.13.14',
  // Order ids that fail Luhn
  `order ${orderId}`,
  `order ${group(orderId, [4, 4, 4, 4], '-')}`,
  // Token-id runs
  '101 2045 3099 4410 5120 6001 7002 8123 1012',
  'input_ids: 101 7592 1010 2088 999 102',
  tokenRun([...fourDigitTokens, luhnTail]),
  // UUIDs and digests
  '550e8400-e29b-41d4-a716-446655440000',
  '12345678-1234-5678-1234-567812345678',
  '40123456-7890-4abc-8def-0123456789ab',
  'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'md5 d41d8cd98f00b204e9800998ecf8427e',
  `sha1 ${randomString(random, HEX, 40)}`,
  '3b5d5c3712955042212316173ccf37be80000000',
  // RFC 2606 / 6761 example domains
  'jane@example.com',
  'ops@x.test',
  'a@a.invalid',
  'dev@foo.localhost',
  'bob@example.co.uk',
  'carol@mail.example.org',
  'printer@office.local',
  // Private, loopback, link-local and documentation addresses
  '10.0.0.1',
  '10.20.30.40',
  '192.168.1.20',
  '172.16.0.1',
  '100.64.0.1',
  '127.0.0.1',
  '169.254.169.254',
  '192.0.2.1',
  '198.51.100.7',
  '203.0.113.9',
  '::1',
  'fe80::1ff:fe23:4567:890a',
  'fd00::1',
  'fd12:3456:789a::1',
  '2001:db8::1',
  '2001:db8:85a3::8a2e:370:7334',
  '255.255.255.255',
  '0.0.0.0',
  // Placeholder keys
  'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
  'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  `OPENAI_API_KEY=sk-proj-${'x'.repeat(60)}`,
  'OPENAI_API_KEY=${OPENAI_API_KEY}',
  `HF_TOKEN=hf_${'x'.repeat(34)}`,
  `GITHUB_TOKEN=ghp_${'0'.repeat(36)}`,
  'api_key: "<your-api-key>"',
  'SLACK_TOKEN=xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d',
  'SLACK_BOT_TOKEN=xoxb-883214597310-883217602948-SlackBotTokenHere',
  'webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  'hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  `GITHUB_TOKEN=ghs_${'x'.repeat(80)}`,
  // PEM BEGIN lines without key material
  '-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----\n',
  '"key": "-----BEGIN PRIVATE KEY-----\\n-----END PRIVATE KEY-----\\n"',
  'if text.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):',
  'Paste the key (it starts with -----BEGIN EC PRIVATE KEY-----) into the form.',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEvQ...\n-----END RSA PRIVATE KEY-----',
  // Processors' test cards: Dankort, Maestro and the rest (Adyen, Braintree, PayPal, Worldpay)
  '5019 5555 4444 5555',
  '6771 7980 2100 0008',
  '6759649826438453',
  '5038270606265696',
  '3569 9900 1009 5841',
  '4166 6766 6766 6746',
  // Specimen cards
  '4111111111111111',
  '4242424242424242',
  '4242 4242 4242 4242',
  '4111-1111-1111-1111',
  '5555555555554444',
  // Fictional NANP numbers (555-0100..0199)
  '(415) 555-0100',
  '212-555-0199',
  '+1 310 555 0142',
  '2125550123',
  '555-0150',
  // SSNs outside the SSA rules, and specimens
  '000-12-3456',
  '666-12-3456',
  '912-34-5678',
  '536-00-8145',
  '536-22-0000',
  '123-45-6789',
  '078-05-1120',
  // Mixed delimiters
  '536-22 8145',
  '536 22-8145',
  '415-555 2671',
  `${visaGrouped.slice(0, 4)} ${visaGrouped.slice(4, 8)}-${visaGrouped.slice(8, 12)} ${visaGrouped.slice(12)}`,
  // Dates, times, decimals
  '2024-01-15',
  '15.01.2024',
  '2024-01-15T12:30:45Z',
  '12:30:45',
  '12:30:45.123',
  '3.14159265',
  '12345.6789',
  'loss=0.4155552671',
  // A newline inside a would-be number: separators never include a newline
  '415-555\n2671',
  '(415)\n555-2671',
  '536-22-\n8145',
  `${visaGrouped.slice(0, 8)}\n${visaGrouped.slice(8)}`,
  `${group(visaGrouped, [4, 4], ' ')}\n${group(visaGrouped.slice(8), [4, 4], ' ')}`,
  `${ibanDe.slice(0, 8)}\n${ibanDe.slice(8)}`,
  // Code and markup that looks like the shapes
  '00:1a:2b:3c:4d:5e',
  'std::vector<int>',
  'Abc::Def',
  'cafe::1',
  'return dead::beef;',
  '@types/node',
  'pkg@1.2.3',
  'id-4155552671',
  'user_4155552671',
  `x${visa}`,
  `${visa}abc`,
];

describe('scanText: every entity and secret type', () => {
  it.each(POSITIVES)('%j', (line, expected) => {
    expect(scan(line)).toEqual(expected);
  });

  it('covers every entity and every secret type', () => {
    const entities = new Set(POSITIVES.flatMap(([, rows]) => rows.map((r) => r[0])));
    expect([...entities].sort()).toEqual([...ENTITIES].sort());
    const types = new Set(POSITIVES.flatMap(([, rows]) => rows.map((r) => r[1]).filter((t) => t !== null)));
    expect([...types].sort()).toEqual([...SECRET_TYPES].sort());
  });

  it('gives offsets and the canonical form used by fingerprints', () => {
    const text = `x Jane@Proton.ME, 536-22-8145; (415) 555-2671 ${ibanDeSpaced}`;
    expect(
      candidates(text).map((c) => ({
        entity: c.entity,
        start: c.start,
        end: c.end,
        normalized: c.normalized,
      })),
    ).toEqual([
      { entity: 'EMAIL_ADDRESS', start: 2, end: 16, normalized: 'jane@proton.me' },
      { entity: 'US_SSN', start: 18, end: 29, normalized: '536228145' },
      { entity: 'PHONE_NUMBER', start: 31, end: 45, normalized: '4155552671' },
      { entity: 'IBAN_CODE', start: 46, end: 46 + ibanDeSpaced.length, normalized: ibanDe },
    ]);
    expect(candidates('+44 20 7183 8750')[0]!.normalized).toBe('+442071838750');
    expect(candidates(segwit.toUpperCase())[0]!.normalized).toBe(segwit);
  });
});

describe('scanText: a JWT of any length', () => {
  it('is reported from its first to its last character, whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 16, max: 1400 }),
        fc.constantFrom(' ', '"', "'", ',', '\n', '='),
        fc.constantFrom(' ', '"', ',', '\n', '. '),
        (claims, signature, before, after) => {
          const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
          const token = `${part({ alg: 'PS512', typ: 'JWT' })}.${part({ sub: 'svc', scope: randomString(random, URL_SAFE, claims) })}.${randomString(random, URL_SAFE, signature)}`;
          const text = `token${before}${token}${after}rest`;
          const found = scan(text).filter((c) => c[0] === 'SECRET');
          const start = text.indexOf(token);
          expect(found).toEqual([['SECRET', 'jwt', token, 0.85, null]]);
          expect(text.slice(start, start + token.length)).toBe(token);
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });
});

describe('scanText: hard negatives', () => {
  it.each(NEGATIVES)('%j', (line) => {
    expect(reported(line)).toEqual([]);
  });

  it('gives a dotted quad with nothing around it a confidence from its digits alone', () => {
    // Small major, minor and patch numbers lean towards a version, anything else towards an address.
    expect(scan('1.2.3.4')).toEqual([['IP_ADDRESS', null, '1.2.3.4', 0.4, 'version-like']]);
    expect(scan('4.5.4.143')).toEqual([['IP_ADDRESS', null, '4.5.4.143', 0.4, 'version-like']]);
    expect(scan('29.49.49.255')).toEqual([['IP_ADDRESS', null, '29.49.49.255', 0.4, 'version-like']]);
    expect(scan('10.1.2.3')).toEqual([]);
    expect(scan('30.1.2.3')).toEqual([['IP_ADDRESS', null, '30.1.2.3', 0.7, null]]);
    expect(scan('3.100.2.1')).toEqual([['IP_ADDRESS', null, '3.100.2.1', 0.7, null]]);
    expect(scan('81.2.69.160')).toEqual([['IP_ADDRESS', null, '81.2.69.160', 0.7, null]]);
  });

  it.each([
    ['nvidia-cufft-cu12==11.0.2.54', 'pinned'],
    ['torch>=2.1.0.12', 'pinned'],
    ['pkg~=1.2.3.4', 'pinned'],
    ['"^4.5.4.143"', 'pinned'],
    ['cudatoolkit=11.0.2.54', 'assigned'],
    ['AcmeApp/4.5.4.143 (iPhone; iOS 17.0.3)', 'product'],
    ['AcmeSupport/3.10.5.160', 'product'],
    ['1.2.3.4-beta', 'suffix'],
    ['81.2.69.160+cu118', 'suffix'],
    ['81.2.69.160.post1', 'suffix'],
    ['http://81.2.69.160/predict', 'url'],
    ['//81.2.69.160', 'url'],
    ['81.2.69.160:8443', 'port'],
    ['81.2.69.0/24 blocked', 'cidr'],
    ['ubuntu@196.170.84.124', 'at'],
    ['deploy@196.170.84.124:/srv', 'login'],
    ['81.2.69.160 - - [10/Oct/2026:13:55:36 -0700] "GET / HTTP/1.1" 200 2326', 'log-host'],
    ['81.2.69.160 - frank [10/Oct/2026:13:55:36 -0700] "GET / HTTP/1.1" 200 2326', 'log-host'],
    ['81.2.69.160 is up', undefined],
    ['/81.2.69.160', undefined],
    ['<81.2.69.160>', undefined],
    ['81.2.69.160:', undefined],
    ['12:30 81.2.69.160.', undefined],
    ['at 81.2.69.160/8080/x', undefined],
    ['image: acme/app:4.5.4.143', 'tagged'],
    ['{"ip":"81.2.69.160"}', undefined],
  ] as const)('marks the quad in %j as %s', (line, mark) => {
    const quads = candidates(line).filter((c) => c.entity === 'IP_ADDRESS');
    expect(quads.map((c) => c.quadMark)).toEqual([mark]);
  });

  it('never reads a mark across a newline or past the scanned range', () => {
    expect(candidates('pin ==\n81.2.69.160').map((c) => c.quadMark)).toEqual([undefined]);
    expect(candidates('81.2.69.160\n:443').map((c) => c.quadMark)).toEqual([undefined]);
    const buf = Buffer.from('x 81.2.69.160:443');
    const seen: Candidate[] = [];
    scanBytes(buf, 0, 13, (c) => seen.push(c));
    expect(seen.map((c) => [c.value, c.quadMark])).toEqual([['81.2.69.160', undefined]]);
  });

  it('does not report a 40-hex word unless the line names W&B', () => {
    const hex = secrets.wandb;
    expect(scan(`commit ${hex}`)).toEqual([]);
    expect(scan(`wandb login ${hex}`)).toEqual([secret('wandb-api-key', hex, 0.9)]);
    expect(scan(`# Weights & Biases\nkey=${hex}`)).toEqual([]);
  });
});

describe('scanText: overlapping shapes', () => {
  it('reports an email whose local part is a number as the email only', () => {
    expect(scan('sms: 4155552671@txt.att.net')).toEqual([
      ['EMAIL_ADDRESS', null, '4155552671@txt.att.net', 0.9, null],
    ]);
    expect(scan('jane.4155552671@gmail.com')).toEqual([
      ['EMAIL_ADDRESS', null, 'jane.4155552671@gmail.com', 0.9, null],
    ]);
    expect(scan('536-22-8145@proton.me')).toEqual([
      ['EMAIL_ADDRESS', null, '536-22-8145@proton.me', 0.9, null],
    ]);
  });

  it('keeps a number before an email apart from it', () => {
    expect(scan('415 555 2671 jane@proton.me')).toEqual([
      ['PHONE_NUMBER', null, '415 555 2671', 0.8, 'national'],
      ['EMAIL_ADDRESS', null, 'jane@proton.me', 0.9, null],
    ]);
  });
});

describe('scanText: properties', () => {
  const check = (text: string) => {
    const found = candidates(text);
    let previousEnd = 0;
    for (const c of found) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.start).toBeLessThan(c.end);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end)).toBe(c.value);
      expect(c.value.includes('\n')).toBe(false);
      expect(c.start).toBeGreaterThanOrEqual(previousEnd);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      previousEnd = c.end;
    }
  };

  it('never throws on arbitrary text and emits well-formed, ordered, disjoint candidates', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 400 }), check), {
      numRuns: 1000,
    });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 1000 });
  });

  it('holds on text dense in value shapes', () => {
    const pieces = fc.constantFrom(
      ...'0123456789 .-+()@:\n\t_xeE',
      '415',
      '555',
      '2671',
      '536-22-8145',
      '@proton.me',
      'jane',
      '::',
      '81.2.69.160',
      visa,
      ibanDe,
      p2pkh,
      secrets.githubClassic,
      secrets.wandb,
      'wandb',
      '-----BEGIN ',
      'RSA PRIVATE KEY-----',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => check(parts.join(''))),
      { numRuns: 2000 },
    );
  });

  it('finds a card in text exactly when it passes Luhn, has a network and is no specimen', () => {
    const prefixes = [
      '4',
      '51',
      '55',
      '2221',
      '2720',
      '34',
      '37',
      '6011',
      '65',
      '3530',
      '36',
      '300',
      '62',
      '6759',
      '1',
      '9',
      '0',
    ];
    const cardShape = fc
      .tuple(
        fc.constantFrom(...prefixes),
        fc.integer({ min: 13, max: 19 }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 19, maxLength: 19 }),
        fc.constantFrom('valid', 'random', 'specimen'),
      )
      .map(([prefix, length, fill, kind]) => {
        if (kind === 'specimen') return length % 2 === 0 ? '4111111111111111' : '4242424242424242';
        const body = (prefix + fill).slice(0, length - 1);
        return kind === 'valid' ? body + luhnCheckDigit(body) : body + fill[18];
      });
    const layout = fc.constantFrom('contiguous', 'spaces', 'hyphens');
    const ascii = fc.string({
      unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, cardShape, layout, ascii, (before, digits, how, after) => {
        const sizes =
          digits.length === 15 ? [4, 6, 5] : [4, 4, 4, 4, 4].slice(0, Math.ceil(digits.length / 4));
        const shown = how === 'contiguous' ? digits : group(digits, sizes, how === 'spaces' ? ' ' : '-');
        // The letters keep neighbouring digits from joining the number.
        const text = `${before}x ${shown} x${after}`;
        const at = before.length + 2;
        const found = candidates(text).some(
          (c) => c.entity === 'CREDIT_CARD' && c.start === at && c.value === shown,
        );
        expect(found).toBe(luhn(digits) && cardNetwork(digits) !== undefined && !isTestCard(digits));
      }),
      { numRuns: 3000 },
    );
  });
});
