import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCandidate } from '../../../src/checks/scan-pii/context.js';
import { ENTITIES } from '../../../src/checks/scan-pii/entities.js';
import { type ScanSettings, scanTextFile } from '../../../src/checks/scan-pii/file-scan.js';
import { detectFormat } from '../../../src/checks/scan-pii/formats.js';
import {
  parsePhoneRegions,
  regionFieldKind,
  regionFromValue,
  regionsOfKeyedLine,
} from '../../../src/checks/scan-pii/regions.js';
import { type Candidate, scanText } from '../../../src/checks/scan-pii/scanner.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

describe('parsePhoneRegions', () => {
  it('defaults to US and upper-cases and dedupes ISO codes', () => {
    expect(parsePhoneRegions(undefined)).toEqual(['US']);
    expect(parsePhoneRegions([])).toEqual(['US']);
    expect(parsePhoneRegions(['de', ' FR ', 'DE'])).toEqual(['DE', 'FR']);
  });

  it('refuses a code without phone metadata, naming the input and the value', () => {
    expect(() => parsePhoneRegions(['US', 'XX'])).toThrow(
      'phone-regions: "XX" is not an ISO 3166 region code with phone metadata (e.g. US, DE, FR, GB)',
    );
    expect(() => parsePhoneRegions(['Germany'])).toThrow(/phone-regions: "Germany" is not/);
  });
});

describe('regions named by a record', () => {
  it.each([
    ['country', 'country'],
    ['country_code', 'country'],
    ['billing_country', 'country'],
    ['nationality', 'country'],
    ['locale', 'language'],
    ['user_locale', 'language'],
    ['lang', 'language'],
    ['language_code', 'language'],
    ['region', undefined],
    ['county', undefined],
    ['phone', undefined],
  ] as const)('field %j names a %s', (field, kind) => {
    expect(regionFieldKind(field)).toBe(kind);
  });

  it.each([
    ['DE', 'country', 'DE'],
    ['fr', 'country', 'FR'],
    ['Germany', 'country', 'DE'],
    ['Deutschland', 'country', 'DE'],
    ['france', 'country', 'FR'],
    ['España', 'country', 'ES'],
    ['fr-FR', 'language', 'FR'],
    ['de_AT', 'language', 'AT'],
    ['de_CH.UTF-8', 'language', 'CH'],
    ['fr', 'language', 'FR'],
    ['sv', 'language', 'SE'],
    ['da', 'language', 'DK'],
    ['en', 'language', 'US'],
    ['zh-Hant-TW', 'language', 'TW'],
    ['xx', 'language', undefined],
    ['Atlantis', 'country', undefined],
    ['', 'country', undefined],
  ] as const)('%j as a %s is %s', (value, kind, region) => {
    expect(regionFromValue(value, kind)).toBe(region);
  });

  it('reads region keys from a JSON, YAML or .env line', () => {
    expect(regionsOfKeyedLine('{"locale": "fr-FR", "phone": "06 12 34 56 78"}')).toEqual(['FR']);
    expect(regionsOfKeyedLine('{"country":"DE","lang":"it"}')).toEqual(['DE', 'IT']);
    expect(regionsOfKeyedLine('country: Germany')).toEqual(['DE']);
    expect(regionsOfKeyedLine('USER_LOCALE=nl_NL.UTF-8')).toEqual(['NL']);
    expect(regionsOfKeyedLine('{"region": "eu-west-1"}')).toEqual([]);
  });

  it('never throws on any value or line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        regionFromValue(text, 'country');
        regionFromValue(text, 'language');
        regionsOfKeyedLine(text);
      }),
    );
  });
});

function phone(text: string): Candidate {
  const found: Candidate[] = [];
  scanText(text, (candidate) => found.push(candidate));
  expect(found.map((c) => c.entity)).toEqual(['PHONE_NUMBER']);
  return found[0]!;
}

describe('national phone formats are scored in the regions in force', () => {
  const score = (text: string, regions?: string[], field?: string) =>
    scoreCandidate(phone(text), { field, before: '', line: text, regions });

  it('reads a NANP number in the default region and no other', () => {
    expect(score('(415) 555-2671')).toBe(0.8);
    expect(score('(415) 555-2671', ['US'])).toBe(0.8);
    expect(score('(415) 555-2671', ['CA'])).toBe(0.8);
    expect(score('(415) 555-2671', ['DE'])).toBe(0);
  });

  it('reads national formats of the regions given, and not of others', () => {
    expect(score('030 25413687')).toBe(0);
    expect(score('030 25413687', ['DE'])).toBe(0.8);
    expect(score('06 12 34 56 78', ['FR'])).toBe(0.8);
    expect(score('06 12 34 56 78', ['US'])).toBe(0);
    expect(score('(415) 555-2671', ['DE'])).toBe(0);
    expect(score('612 34 56 78', ['ES'])).toBe(0.8);
    expect(score('0612345678', ['FR'])).toBe(0.3);
    expect(score('0612345678', ['FR'], 'mobile')).toBe(0.65);
  });

  it('keeps the fictional NANP range quiet in every NANP region', () => {
    expect(score('(415) 555-0123', ['US', 'CA'])).toBe(0);
  });

  it('reads numbers written with + or an exit code and a country code whatever the regions', () => {
    expect(score('+49 30 25413687', ['US'])).toBe(0.8);
    expect(score('+1 415 555 2671', ['DE'])).toBe(0.8);
    expect(score('0049 30 25413687', ['US'])).toBe(0.8);
    expect(score('011 44 20 7183 8750', ['US'])).toBe(0.8);
    expect(score('0044 11 1234', ['US'])).toBe(0);
  });
});

describe('scanTextFile: regions from the record', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-regions-'));
  const settings = (phoneRegions: string[]): ScanSettings => ({
    entities: new Set(ENTITIES),
    minConfidence: 0.5,
    fingerprintKey: fingerprintKeyFrom('a-test-key-of-16+chars'),
    phoneRegions,
  });
  const scan = async (name: string, content: string, phoneRegions = ['US']) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const { format, gzip } = detectFormat(name);
    const { findings } = await scanTextFile(file, name, format, gzip, settings(phoneRegions));
    return findings.map((f) => [f.ruleId, f.location.line]);
  };

  it('adds the country column of each CSV row to the regions for that row', async () => {
    const csv = [
      'id,country,phone',
      '1,DE,030 25413687',
      '2,FR,06 12 34 56 78',
      '3,US,030 25413687',
      '4,Germany,0221 7541610',
      '5,,(415) 555-2671',
    ].join('\n');
    expect(await scan('contacts.csv', `${csv}\n`)).toEqual([
      ['pii/phone-number', 2],
      ['pii/phone-number', 3],
      ['pii/phone-number', 5],
      ['pii/phone-number', 6],
    ]);
  });

  it('adds a locale key of a JSONL record to the regions for that record', async () => {
    const jsonl = [
      '{"locale": "fr-FR", "text": "appelez le 06 12 34 56 78"}',
      '{"locale": "de-DE", "text": "Rückruf unter 030 25413687"}',
      '{"text": "call 030 25413687"}',
    ].join('\n');
    expect(await scan('chat.jsonl', `${jsonl}\n`)).toEqual([
      ['pii/phone-number', 1],
      ['pii/phone-number', 2],
    ]);
    expect(await scan('chat2.jsonl', `${jsonl}\n`, ['DE'])).toEqual([
      ['pii/phone-number', 1],
      ['pii/phone-number', 2],
      ['pii/phone-number', 3],
    ]);
  });
});

/** Every phone candidate on a line with its score, as a file scan would score it in `regions`. */
function phoneScores(line: string, regions: string[]): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  scanText(line, (candidate) => {
    if (candidate.entity !== 'PHONE_NUMBER' && candidate.entity !== 'US_SSN') return;
    const before = line.slice(Math.max(0, candidate.start - 48), candidate.start).toLowerCase();
    found.push([candidate.value, scoreCandidate(candidate, { before, line, regions })]);
  });
  return found;
}

describe('shapes a blind field test found', () => {
  const EU = ['US', 'DE', 'FR', 'ES', 'IT', 'NL', 'GB'];
  it.each([
    // A 5-part app build number, dotted
    ['Mobile/15E148 Instagram 311.0.2.20.104 (iPhone14,5; iOS 17_1_2)'],
    // The tail of a documentation or private address after a port, in load balancer logs
    ['45.169.62.60:58578 203.0.113.203:8080 0.000 0.001 0.000 200 200'],
    ['my-loadbalancer 62.125.234.95:7323 192.168.190.161:80 0.000073'],
    // A record's own number, however phone-shaped
    ['Order #5129383198 placed on 2024-01-12'],
    ['Kundennummer 7183966836, Rechnung vom 15.01.2024'],
    ['Vorgangsnummer 3267-155-6000, bitte prüfen.'],
    ['part no. 917-10-2196 is back in stock'],
    ['Case 351-71-9054 opened'],
    ['Bestelnummer 5129383198, versie 1.5.17.55.'],
    // Slashes in paths, dates and fractions
    ['GET /api/0178/2861887 200'],
    ['see 12/2026 and 1/2 and 2024/01/15'],
    ['ratio 1024/4096000'],
    ['step 36506/50000 loss 1.93'],
    ['it 7205/500000 eta 3:12'],
  ])('%j holds no phone number or SSN, whatever the regions', (line) => {
    for (const [value, confidence] of phoneScores(line, EU)) {
      expect([value, confidence < 0.5]).toEqual([value, true]);
    }
  });

  it.each([
    ['rappelez-moi au 0662996519', 'FR'],
    ['chiamami al 380 6107984', 'IT'],
    ['cell 335-2661189', 'IT'],
    ['ring (07547) 146058 after six', 'GB'],
    ['WhatsApp +55 11 91234-5678', 'US'],
    ['Rückruf unter 0178/2861887', 'DE'],
    ['cellulare 392/9963342', 'IT'],
    ['bel me terug op 0627555284', 'NL'],
    ['llámame al 987968300', 'ES'],
  ])('%j is a phone number in %s', (line, region) => {
    const scores = phoneScores(line, [region]);
    expect(scores).toHaveLength(1);
    expect(scores[0]![1]).toBeGreaterThanOrEqual(0.5);
  });
});
