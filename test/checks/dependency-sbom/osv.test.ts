import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loadOsvDirectory,
  loadOsvZip,
  matchVulnerabilities,
  parseOsvJson,
  parseOsvRecord,
  readOsvSource,
  severityOf,
  type OsvEvent,
  type OsvRecord,
  type PackageQuery,
} from '../../../src/checks/dependency-sbom/osv.js';
import { zipBytes } from '../scan-model/zip-bytes.js';

const MODIFIED = '2024-01-01T00:00:00Z';

function raw(
  id: string,
  affected: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { schema_version: '1.6.0', id, modified: MODIFIED, affected, ...extra };
}

function record(
  id: string,
  affected: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): OsvRecord {
  const parsed = parseOsvRecord(raw(id, affected, extra));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.record;
}

function ranged(
  ecosystem: string,
  name: string,
  events: OsvEvent[],
  type = ecosystem === 'npm' ? 'SEMVER' : 'ECOSYSTEM',
): Record<string, unknown> {
  return { package: { ecosystem, name }, ranges: [{ type, events }] };
}

function affectedIds(query: PackageQuery, records: OsvRecord[]): string[] {
  const result = matchVulnerabilities([query], records);
  return result.packages[0]!.vulnerabilities.flatMap((v) => v.ids);
}

const npm = (name: string, version: string): PackageQuery => ({ ecosystem: 'npm', name, version });
const pypi = (name: string, version: string): PackageQuery => ({ ecosystem: 'pypi', name, version });

describe('range evaluation: the OSV schema examples', () => {
  it('unfixed: introduced "0" affects every version', () => {
    const r = record('X-1', [ranged('npm', 'lib', [{ introduced: '0' }])]);
    for (const version of ['0.0.0', '1.0.0-alpha', '99.1.2'])
      expect(affectedIds(npm('lib', version), [r])).toEqual(['X-1']);
  });
  it('fixed: everything before 1.0.2', () => {
    const r = record('X-1', [ranged('npm', 'lib', [{ introduced: '0' }, { fixed: '1.0.2' }])]);
    expect(affectedIds(npm('lib', '1.0.1'), [r])).toEqual(['X-1']);
    expect(affectedIds(npm('lib', '1.0.2-rc.1'), [r])).toEqual(['X-1']);
    expect(affectedIds(npm('lib', '1.0.2'), [r])).toEqual([]);
    expect(affectedIds(npm('lib', '2.0.0'), [r])).toEqual([]);
  });
  it('multiple ranges: [1.0.0, 1.0.2) and [3.0.0, 3.2.5), in any event order', () => {
    const events: OsvEvent[] = [
      { introduced: '1.0.0' },
      { fixed: '1.0.2' },
      { introduced: '3.0.0' },
      { fixed: '3.2.5' },
    ];
    const expected: [string, boolean][] = [
      ['0.9.0', false],
      ['1.0.0', true],
      ['1.0.1', true],
      ['1.0.2', false],
      ['2.5.0', false],
      ['3.0.0', true],
      ['3.2.4', true],
      ['3.2.5', false],
      ['4.0.0', false],
    ];
    for (const order of [events, [...events].reverse(), [events[2]!, events[0]!, events[3]!, events[1]!]]) {
      const r = record('X-1', [ranged('npm', 'lib', order)]);
      for (const [version, hit] of expected) {
        expect(affectedIds(npm('lib', version), [r]), version).toEqual(hit ? ['X-1'] : []);
      }
    }
  });
  it('last_affected is inclusive, fixed exclusive', () => {
    const last = record('X-1', [ranged('npm', 'lib', [{ introduced: '0' }, { last_affected: '2.1.214' }])]);
    expect(affectedIds(npm('lib', '2.1.214'), [last])).toEqual(['X-1']);
    expect(affectedIds(npm('lib', '2.1.215'), [last])).toEqual([]);
    const fixed = record('X-2', [ranged('npm', 'lib', [{ introduced: '0' }, { fixed: '2.1.214' }])]);
    expect(affectedIds(npm('lib', '2.1.214'), [fixed])).toEqual([]);
    expect(affectedIds(npm('lib', '2.1.213'), [fixed])).toEqual(['X-2']);
  });
  it('limit: affected only below some limit; "*" is infinity', () => {
    const limited = record('X-1', [ranged('npm', 'lib', [{ introduced: '1.0.0' }, { limit: '2.0.0' }])]);
    expect(affectedIds(npm('lib', '1.5.0'), [limited])).toEqual(['X-1']);
    expect(affectedIds(npm('lib', '2.0.0'), [limited])).toEqual([]);
    const star = record('X-2', [ranged('npm', 'lib', [{ introduced: '1.0.0' }, { limit: '*' }])]);
    expect(affectedIds(npm('lib', '9.0.0'), [star])).toEqual(['X-2']);
  });
  it('ignores GIT ranges (commits are not versions) but still reads the versions list', () => {
    const r = record('X-1', [
      {
        package: { ecosystem: 'PyPI', name: 'lib' },
        ranges: [{ type: 'GIT', repo: 'https://example.com/r', events: [{ introduced: '0' }] }],
        versions: ['1.2.0'],
      },
    ]);
    expect(affectedIds(pypi('lib', '1.2.0'), [r])).toEqual(['X-1']);
    expect(affectedIds(pypi('lib', '1.3.0'), [r])).toEqual([]);
  });
  it('is independent of event order (property)', () => {
    const v = fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)).map(([a, b, c]) => `${a}.${b}.${c}`);
    const event = fc.oneof(
      v.map((x): OsvEvent => ({ introduced: x })),
      v.map((x): OsvEvent => ({ fixed: x })),
      v.map((x): OsvEvent => ({ last_affected: x })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), v, fc.nat(), (events, version, seed) => {
        const all: OsvEvent[] = [{ introduced: '0' }, ...events];
        const shuffled = [...all].sort(
          (a, b) =>
            ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7),
        );
        // Equal versions sort by position; ties between kinds are the only order-dependence.
        const distinct = new Set(all.map((e) => Object.values(e)[0])).size === all.length;
        fc.pre(distinct);
        const a = affectedIds(npm('lib', version), [record('X-1', [ranged('npm', 'lib', all)])]);
        const b = affectedIds(npm('lib', version), [record('X-1', [ranged('npm', 'lib', shuffled)])]);
        expect(a).toEqual(b);
      }),
    );
  });
});

describe('PyPI matching uses PEP 440', () => {
  const r = record('PYSEC-1', [ranged('PyPI', 'Torch_Vision', [{ introduced: '0' }, { fixed: '2.0' }])]);
  it.each([
    ['1.9', true],
    ['2.0rc1', true],
    ['2.0.dev3', true],
    ['1.0.post1', true],
    ['1.9+cu121', true],
    ['2.0', false],
    ['2.0.0', false],
    ['2.0+cpu', false],
    ['2.0.post1', false],
    ['1!0.5', false],
  ])('%s affected: %s', (version, hit) => {
    expect(affectedIds(pypi('torch-vision', version), [r])).toEqual(hit ? ['PYSEC-1'] : []);
  });
  it('compares names normalised (PEP 503) and ecosystems exactly', () => {
    expect(affectedIds(pypi('TORCH.vision', '1.0'), [r])).toEqual(['PYSEC-1']);
    const lower = record('PYSEC-2', [ranged('pypi', 'torch-vision', [{ introduced: '0' }])]);
    expect(affectedIds(pypi('torch-vision', '1.0'), [lower])).toEqual([]);
    expect(affectedIds(npm('torch-vision', '1.0.0'), [r])).toEqual([]);
  });
  it('handles post releases and epochs at the boundaries', () => {
    const post = record('PYSEC-3', [ranged('PyPI', 'lib', [{ introduced: '1.0' }, { fixed: '1.0.post1' }])]);
    expect(affectedIds(pypi('lib', '1.0'), [post])).toEqual(['PYSEC-3']);
    expect(affectedIds(pypi('lib', '1.0+local'), [post])).toEqual(['PYSEC-3']);
    expect(affectedIds(pypi('lib', '1.0.post1'), [post])).toEqual([]);
    expect(affectedIds(pypi('lib', '1.0rc1'), [post])).toEqual([]);
    const epoch = record('PYSEC-4', [ranged('PyPI', 'lib', [{ introduced: '1!1.0' }])]);
    expect(affectedIds(pypi('lib', '99.0'), [epoch])).toEqual([]);
    expect(affectedIds(pypi('lib', '1!1.0'), [epoch])).toEqual(['PYSEC-4']);
  });
  it('reads the versions list with PEP 440 equality', () => {
    const listed = record('PYSEC-5', [
      { package: { ecosystem: 'PyPI', name: 'lib' }, versions: ['1.0', '1.1'] },
    ]);
    expect(affectedIds(pypi('lib', '1.0.0'), [listed])).toEqual(['PYSEC-5']);
    expect(affectedIds(pypi('lib', '1.1'), [listed])).toEqual(['PYSEC-5']);
    expect(affectedIds(pypi('lib', '1.2'), [listed])).toEqual([]);
  });
  it('reports a range it cannot compare instead of calling the package safe', () => {
    const bad = record('PYSEC-6', [ranged('PyPI', 'lib', [{ introduced: '0' }, { fixed: 'not-a-version' }])]);
    const result = matchVulnerabilities([pypi('lib', '1.0')], [bad]);
    expect(result.packages[0]!.vulnerabilities).toEqual([]);
    expect(result.problems).toEqual([
      {
        package: pypi('lib', '1.0'),
        recordId: 'PYSEC-6',
        message: 'ECOSYSTEM range of "PYSEC-6" has a version that cannot be ordered as PEP 440',
      },
    ]);
    // Numbers past 2^53 would compare equal in the library: reported, not misordered.
    const huge = record('PYSEC-8', [
      ranged('PyPI', 'lib', [{ introduced: '0' }, { fixed: '10000000000000000001' }]),
    ]);
    expect(
      matchVulnerabilities([pypi('lib', '10000000000000000000')], [huge]).problems.map((p) => p.message),
    ).toEqual(['version "10000000000000000000" cannot be compared with ECOSYSTEM range of "PYSEC-8"']);
    expect(matchVulnerabilities([pypi('lib', '1.0')], [huge]).problems.map((p) => p.message)).toEqual([
      'ECOSYSTEM range of "PYSEC-8" has a version that cannot be ordered as PEP 440',
    ]);
    const unreadable = matchVulnerabilities(
      [pypi('lib', 'banana')],
      [record('PYSEC-7', [ranged('PyPI', 'lib', [{ introduced: '0' }])])],
    );
    expect(unreadable.problems.map((p) => p.message)).toEqual([
      'version "banana" cannot be compared with ECOSYSTEM range of "PYSEC-7"',
    ]);
  });
});

describe('npm matching uses semver', () => {
  it('orders prereleases below their release', () => {
    const r = record('GHSA-aaaa-bbbb-cccc', [
      ranged('npm', '@scope/pkg', [{ introduced: '1.0.0-beta.2' }, { fixed: '1.0.0' }]),
    ]);
    expect(affectedIds(npm('@scope/pkg', '1.0.0-beta.1'), [r])).toEqual([]);
    expect(affectedIds(npm('@scope/pkg', '1.0.0-beta.2'), [r])).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(affectedIds(npm('@scope/pkg', '1.0.0-rc.1'), [r])).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(affectedIds(npm('@scope/pkg', '1.0.0'), [r])).toEqual([]);
    expect(affectedIds(npm('@Scope/pkg', '1.0.0-rc.1'), [r])).toEqual([]);
  });
});

describe('withdrawn records and aliases', () => {
  it('ignores withdrawn records', () => {
    const r = record('GHSA-1', [ranged('PyPI', 'lib', [{ introduced: '0' }])], {
      withdrawn: '2024-02-01T00:00:00Z',
    });
    expect(affectedIds(pypi('lib', '1.0'), [r])).toEqual([]);
  });
  it('merges records that share an id or alias, keeping the union of ids', () => {
    const all = [{ introduced: '0' }];
    const ghsa = record('GHSA-xxxx', [ranged('PyPI', 'lib', all)], { aliases: ['CVE-2024-1'] });
    const pysec = record('PYSEC-2024-9', [ranged('PyPI', 'lib', all)], {
      aliases: ['CVE-2024-1', 'GHSA-xxxx'],
    });
    const chained = record('OSV-3', [ranged('PyPI', 'lib', all)], { aliases: ['CVE-2024-1'] });
    const other = record('GHSA-yyyy', [ranged('PyPI', 'lib', all)], {
      aliases: ['CVE-2024-2'],
      related: ['CVE-2024-1'],
    });
    const result = matchVulnerabilities([pypi('lib', '1.0')], [pysec, other, chained, ghsa]);
    const vulnerabilities = result.packages[0]!.vulnerabilities;
    expect(
      vulnerabilities.map((v) => ({ ids: v.ids, aliases: v.aliases, records: v.records.map((r) => r.id) })),
    ).toEqual([
      {
        ids: ['GHSA-xxxx', 'OSV-3', 'PYSEC-2024-9'],
        aliases: ['CVE-2024-1'],
        records: ['GHSA-xxxx', 'OSV-3', 'PYSEC-2024-9'],
      },
      { ids: ['GHSA-yyyy'], aliases: ['CVE-2024-2'], records: ['GHSA-yyyy'] },
    ]);
  });
  it('returns one entry per package, in order', () => {
    const r = record('GHSA-1', [
      ranged('PyPI', 'a', [{ introduced: '0' }]),
      ranged('npm', 'b', [{ introduced: '0' }]),
    ]);
    const result = matchVulnerabilities([pypi('a', '1'), pypi('c', '1'), npm('b', '1.0.0')], [r]);
    expect(result.packages.map((p) => [p.package.name, p.vulnerabilities.length])).toEqual([
      ['a', 1],
      ['c', 0],
      ['b', 1],
    ]);
  });
});

describe('severityOf', () => {
  const affected = [ranged('PyPI', 'lib', [{ introduced: '0' }])];
  it('computes CVSS v3 base scores', () => {
    const r = record('A', affected, {
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    });
    expect(severityOf(r)).toEqual({
      score: 9.8,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      type: 'CVSS_V3',
      level: 'error',
      basis: 'cvss',
    });
  });
  it('takes the highest score among top-level and per-package entries, v4 included', () => {
    const r = record(
      'A',
      [
        {
          ...affected[0],
          severity: [
            { type: 'CVSS_V4', score: 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N' },
          ],
        },
      ],
      { severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' }] },
    );
    expect(severityOf(r, pypi('LIB', '1'))).toMatchObject({ score: 6.8, type: 'CVSS_V4', level: 'warning' });
    expect(severityOf(r, pypi('other', '1'))).toMatchObject({
      score: 6.1,
      type: 'CVSS_V3',
      level: 'warning',
    });
  });
  it('uses a bare numeric score as given', () => {
    expect(
      severityOf(record('A', affected, { severity: [{ type: 'CVSS_V3', score: '3.1' }] })),
    ).toMatchObject({ score: 3.1, level: 'note' });
  });
  it('falls back to the database severity word, then to unknown (a warning)', () => {
    expect(severityOf(record('A', affected, { database_specific: { severity: 'HIGH' } }))).toEqual({
      level: 'error',
      basis: 'database',
    });
    expect(
      severityOf(record('A', [{ ...affected[0], database_specific: { severity: 'moderate' } }])),
    ).toEqual({
      level: 'warning',
      basis: 'database',
    });
    expect(severityOf(record('A', affected, { database_specific: { severity: 'LOW' } }))).toEqual({
      level: 'note',
      basis: 'database',
    });
    expect(severityOf(record('A', affected, { severity: [{ type: 'CVSS_V3', score: 'garbage' }] }))).toEqual({
      level: 'warning',
      basis: 'unknown',
    });
  });
  it('gives a merged vulnerability the highest severity of its records', () => {
    const low = record('GHSA-1', affected, { aliases: ['CVE-1'], database_specific: { severity: 'LOW' } });
    const high = record('PYSEC-1', affected, {
      aliases: ['CVE-1'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    });
    const [match] = matchVulnerabilities([pypi('lib', '1')], [low, high]).packages[0]!.vulnerabilities;
    expect(match!.severity).toMatchObject({ score: 9.8, level: 'error' });
  });
});

describe('parseOsvRecord', () => {
  const ok = raw('A', [ranged('PyPI', 'lib', [{ introduced: '0' }])]);
  it.each([
    [null, 'an OSV record is a JSON object'],
    [[], 'an OSV record is a JSON object'],
    [{ modified: MODIFIED }, 'id is missing or not a non-empty string'],
    [{ id: 'A' }, '"A": modified is missing or not a string'],
    [{ ...ok, schema_version: '2.0.0' }, '"A": schema_version "2.0.0" is not 1.x'],
    [{ ...ok, aliases: 'CVE-1' }, '"A": aliases is not a list of strings'],
    [{ ...ok, affected: {} }, '"A": affected is not a list'],
    [{ ...ok, severity: [{ type: 'CVSS_V3' }] }, '"A": severity[0] needs a string type and score'],
    [
      { ...ok, affected: [{ package: { name: 'x' } }] },
      '"A": affected[0].package needs a string ecosystem and name',
    ],
    [
      { ...ok, affected: [{ ranges: [{ type: 'SEMVER', events: [{ introduced: '0', fixed: '1.0.0' }] }] }] },
      '"A": affected[0].ranges[0].events[0] must have exactly one of introduced, fixed, last_affected, limit',
    ],
    [
      { ...ok, affected: [{ ranges: [{ type: 'SEMVER', events: [{ fixed: '1.0.0' }] }] }] },
      '"A": affected[0].ranges[0] has no introduced event',
    ],
    [
      { ...ok, affected: [{ ranges: [{ type: 'SEMVER', events: [] }] }] },
      '"A": affected[0].ranges[0].events is not a non-empty list',
    ],
    [
      { ...ok, affected: [{ ranges: [{ type: 'RANGE', events: [{ introduced: '0' }] }] }] },
      '"A": affected[0].ranges[0].type is not SEMVER, ECOSYSTEM or GIT',
    ],
    [
      { ...ok, affected: [{ ranges: [{ type: 'GIT', events: [{ introduced: '0' }] }] }] },
      '"A": affected[0].ranges[0] is a GIT range without a repo',
    ],
    [
      { ...ok, affected: [{ ranges: [{ type: 'SEMVER', events: [{ introduced: 1 }] }] }] },
      '"A": affected[0].ranges[0].events[0].introduced is not a non-empty string',
    ],
  ])('refuses %j: %s', (value, reason) => {
    expect(parseOsvRecord(value)).toEqual({ ok: false, reason });
  });
  it('keeps the fields it reads and drops malformed references', () => {
    const parsed = parseOsvRecord({
      ...ok,
      aliases: ['CVE-1'],
      references: [{ type: 'WEB', url: 'https://example.com' }, { type: 1 }],
      withdrawn: '2024-03-01T00:00:00Z',
    });
    expect(parsed).toEqual({
      ok: true,
      record: {
        id: 'A',
        modified: MODIFIED,
        schema_version: '1.6.0',
        withdrawn: '2024-03-01T00:00:00Z',
        aliases: ['CVE-1'],
        related: [],
        severity: [],
        references: [{ type: 'WEB', url: 'https://example.com' }],
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'lib' },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
            versions: [],
            severity: [],
          },
        ],
      },
    });
  });
  it('quotes and shortens a hostile id in reasons', () => {
    const id = `${'x'.repeat(100)}"\n`;
    const parsed = parseOsvRecord({ id });
    expect(parsed).toEqual({
      ok: false,
      reason: `${JSON.stringify(`${'x'.repeat(60)}…`)}: modified is missing or not a string`,
    });
  });
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseOsvRecord(value);
        if (parsed.ok) matchVulnerabilities([pypi('a', '1.0'), npm('a', '1.0.0')], [parsed.record]);
      }),
    );
  });
  it('never throws on mutated records, and matching never throws either', () => {
    const version = fc.oneof(
      fc.constantFrom('0', '1.0', '1.0.0', '2.0.0-rc.1', '1!1.0', '*', ''),
      fc.string({ maxLength: 6 }),
    );
    const event = fc.dictionary(
      fc.constantFrom('introduced', 'fixed', 'last_affected', 'limit', 'other'),
      fc.oneof(version, fc.jsonValue()),
      {
        maxKeys: 2,
      },
    );
    const range = fc.record(
      {
        type: fc.constantFrom('SEMVER', 'ECOSYSTEM', 'GIT', 'X'),
        repo: fc.string(),
        events: fc.array(event, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    const affected = fc.record(
      {
        package: fc.record(
          { ecosystem: fc.constantFrom('PyPI', 'npm', 'Go'), name: fc.constantFrom('a', 'A', 'b') },
          { requiredKeys: [] },
        ),
        ranges: fc.array(range, { maxLength: 3 }),
        versions: fc.array(version, { maxLength: 3 }),
        severity: fc.array(
          fc.record({ type: fc.constantFrom('CVSS_V3', 'CVSS_V4', 'CVSS_V2'), score: fc.string() }),
          { maxLength: 2 },
        ),
        database_specific: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const osv = fc.record(
      {
        id: fc.constantFrom('A', 'B', 'C'),
        modified: fc.constant(MODIFIED),
        aliases: fc.array(fc.constantFrom('A', 'B', 'CVE-1'), { maxLength: 2 }),
        withdrawn: fc.constant(MODIFIED),
        affected: fc.array(affected, { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'modified'] },
    );
    fc.assert(
      fc.property(
        fc.array(osv, { maxLength: 4 }),
        fc.array(version, { minLength: 1, maxLength: 3 }),
        (values, versions) => {
          const records = values.flatMap((value) => {
            const parsed = parseOsvRecord(value);
            return parsed.ok ? [parsed.record] : [];
          });
          const queries = versions.flatMap((v) => [pypi('a', v), npm('a', v)]);
          const result = matchVulnerabilities(queries, records);
          expect(result.packages).toHaveLength(queries.length);
          for (const r of records) severityOf(r);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('loading', () => {
  const utf8 = (value: unknown) =>
    new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  const one = raw('GHSA-1', [ranged('PyPI', 'lib', [{ introduced: '0' }])]);
  it('reads records, lists and API responses, and reports the rest', () => {
    expect(parseOsvJson('[1, {"id": "B", "modified": "x"}]', 'f.json')).toEqual({
      records: [expect.objectContaining({ id: 'B' })],
      problems: [
        {
          source: { file: 'f.json' },
          message: 'OSV record refused: entry 0: an OSV record is a JSON object',
        },
      ],
    });
    expect(parseOsvJson(JSON.stringify({ vulns: [one] }), 'r.json').records.map((r) => r.id)).toEqual([
      'GHSA-1',
    ]);
    expect(parseOsvJson('{"token": ghs_x', 'bad.json').problems[0]!.message).toBe('not valid JSON');
    expect(parseOsvJson('{}', 'empty.json').problems).toEqual([
      {
        source: { file: 'empty.json' },
        message: 'OSV record refused: id is missing or not a non-empty string',
      },
    ]);
  });
  it('loads a set of files: *.json only, duplicates by id keep the latest modified', () => {
    const newer = { ...one, modified: '2025-01-01T00:00:00Z', aliases: ['CVE-9'] };
    const result = loadOsvDirectory([
      { name: 'b/GHSA-1.json', bytes: utf8(newer) },
      { name: 'a/GHSA-1.json', bytes: utf8(one) },
      { name: 'README.md', bytes: utf8('# not OSV') },
      { name: 'latin1.json', bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) },
      { name: 'A-0.json', bytes: utf8(raw('A-0', [])) },
    ]);
    expect(result.records.map((r) => [r.id, r.modified])).toEqual([
      ['A-0', MODIFIED],
      ['GHSA-1', '2025-01-01T00:00:00Z'],
    ]);
    expect(result.problems).toEqual([{ source: { file: 'latin1.json' }, message: 'not UTF-8 text' }]);
  });
  it('compares modified times as instants', () => {
    const whole = { ...one, modified: '2024-05-01T00:00:00Z', aliases: ['OLD'] };
    const fraction = { ...one, modified: '2024-05-01T00:00:00.500Z', aliases: ['NEW'] };
    for (const order of [
      [whole, fraction],
      [fraction, whole],
    ]) {
      const result = loadOsvDirectory(order.map((value, i) => ({ name: `${i}.json`, bytes: utf8(value) })));
      expect(result.records.map((r) => r.aliases)).toEqual([['NEW']]);
    }
  });
  it('matches hundreds of packages against tens of thousands of records quickly', () => {
    const records = Array.from({ length: 20000 }, (_, i) =>
      record(`PYSEC-${i}`, [
        ranged('PyPI', `pkg-${i % 5000}`, [{ introduced: '0' }, { fixed: `${(i % 7) + 1}.0` }]),
      ]),
    );
    const queries = Array.from({ length: 500 }, (_, i) => pypi(`PKG_${i * 10}`, '3.5'));
    const start = performance.now();
    const result = matchVulnerabilities(queries, records);
    expect(performance.now() - start).toBeLessThan(2000);
    // pkg-0 has records 0, 5000, 10000, 15000, fixed in 1.0, 3.0, 5.0, 7.0 (i % 7 + 1): the last two affect 3.5.
    expect(result.packages[0]!.vulnerabilities.map((v) => v.ids[0])).toEqual(['PYSEC-10000', 'PYSEC-15000']);
  });
  it('loads an OSV all.zip through the project zip reader', async () => {
    const bytes = zipBytes({
      members: [
        { name: 'GHSA-1.json', data: JSON.stringify(one), method: 8 },
        { name: 'PYSEC-2.json', data: JSON.stringify(raw('PYSEC-2', [])) },
        { name: 'broken.json', data: '{"id": 1}' },
        { name: 'notes.txt', data: 'ignored' },
      ],
    });
    const result = await loadOsvZip(bytes, 'all.zip');
    expect(result!.records.map((r) => r.id)).toEqual(['GHSA-1', 'PYSEC-2']);
    expect(result!.problems).toEqual([
      {
        source: { file: 'all.zip!broken.json' },
        message: 'OSV record refused: id is missing or not a non-empty string',
      },
    ]);
    expect(await loadOsvZip(utf8('not a zip'), 'x.zip')).toBeUndefined();
  });
  it('reports a member whose CRC is wrong', async () => {
    const bytes = zipBytes({ members: [{ name: 'GHSA-1.json', data: JSON.stringify(one), crc32: 1 }] });
    const result = await loadOsvZip(bytes, 'all.zip');
    expect(result!.records).toEqual([]);
    expect(result!.problems.length).toBeGreaterThan(0);
    expect(result!.problems.map((p) => p.message).join(' ')).toMatch(/CRC/);
    expect(result!.problems.every((p) => p.source.file.startsWith('all.zip'))).toBe(true);
  });
  it('reads a directory tree or a zip from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'osv-'));
    try {
      await mkdir(join(dir, 'PyPI'));
      await writeFile(join(dir, 'PyPI', 'GHSA-1.json'), JSON.stringify(one));
      await writeFile(join(dir, 'bad.json'), '[');
      const fromDir = await readOsvSource(dir);
      expect(fromDir.records.map((r) => r.id)).toEqual(['GHSA-1']);
      expect(fromDir.problems.map((p) => p.source.file)).toEqual(['bad.json']);
      const zipPath = join(dir, 'all.zip');
      await writeFile(zipPath, zipBytes({ members: [{ name: 'GHSA-1.json', data: JSON.stringify(one) }] }));
      expect((await readOsvSource(zipPath)).records.map((r) => r.id)).toEqual(['GHSA-1']);
      expect((await readOsvSource(join(dir, 'PyPI', 'GHSA-1.json'))).records.map((r) => r.id)).toEqual([
        'GHSA-1',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it('never throws on random text or bytes', async () => {
    fc.assert(fc.property(fc.string(), (text) => void parseOsvJson(text, 'f.json')));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        loadOsvDirectory([{ name: 'f.json', bytes }]);
        await loadOsvZip(bytes, 'f.zip');
      }),
      { numRuns: 200 },
    );
  });
});
