import cvssLibrary from 'ae-cvss-calculator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cvss2BaseScore, cvss3BaseScore, cvss4BaseScore } from '../../../src/checks/dependency-sbom/cvss.js';

// Scores from the FIRST calculator (https://www.first.org/cvss/calculator/3.1).
const V31: [string, number][] = [
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
  ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H', 5.9],
  ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
  ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C', 9.8],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
];

describe('cvss3BaseScore', () => {
  it.each(V31)('%s = %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toEqual({ ok: true, score });
  });
  it('refuses malformed vectors with a reason', () => {
    expect(cvss3BaseScore('AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({
      ok: false,
      reason: 'a CVSS v3 vector starts with CVSS:3.0/ or CVSS:3.1/',
    });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H')).toEqual({
      ok: false,
      reason: 'base metric A is missing',
    });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({
      ok: false,
      reason: 'metric AV appears twice',
    });
    expect(cvss3BaseScore('CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({
      ok: false,
      reason: 'AV:Q is not a CVSS v3 metric value',
    });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/toString:x').ok).toBe(false);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/').ok).toBe(false);
    // Object.prototype's members are not metrics.
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/constructor:name')).toEqual({
      ok: false,
      reason: 'constructor:name is not a CVSS v3 metric value',
    });
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/__proto__:x').ok).toBe(false);
  });
  it('agrees with ae-cvss-calculator on every base vector', () => {
    const pick = (values: string[]) => fc.constantFrom(...values);
    const vector = fc
      .tuple(
        pick(['N', 'A', 'L', 'P']),
        pick(['L', 'H']),
        pick(['N', 'L', 'H']),
        pick(['N', 'R']),
        pick(['U', 'C']),
        pick(['H', 'L', 'N']),
        pick(['H', 'L', 'N']),
        pick(['H', 'L', 'N']),
      )
      .map(
        ([av, ac, pr, ui, s, c, i, a]) =>
          `CVSS:3.1/AV:${av}/AC:${ac}/PR:${pr}/UI:${ui}/S:${s}/C:${c}/I:${i}/A:${a}`,
      );
    fc.assert(
      fc.property(vector, (v) => {
        const ours = cvss3BaseScore(v);
        expect(ours).toEqual({ ok: true, score: new cvssLibrary.Cvss3P1(v).calculateScores().base });
      }),
      { numRuns: 500 },
    );
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `CVSS:3.1/${s}`),
          fc.string().map((s) => `CVSS:4.0/${s}`),
        ),
        (s) => {
          cvss3BaseScore(s);
          cvss4BaseScore(s);
          cvss2BaseScore(s);
        },
      ),
    );
  });
});

describe('cvss4BaseScore and cvss2BaseScore', () => {
  it('scores v4 vectors through the library', () => {
    expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toEqual({
      ok: true,
      score: 9.3,
    });
    expect(cvss4BaseScore('CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N')).toEqual({
      ok: true,
      score: 6.8,
    });
  });
  it('refuses incomplete or malformed v4 vectors', () => {
    expect(cvss4BaseScore('CVSS:4.0/AV:N').ok).toBe(false);
    expect(cvss4BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H').ok).toBe(false);
    expect(cvss4BaseScore('CVSS:4.0/AV:Z/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N').ok).toBe(false);
  });
  it('scores v2 vectors', () => {
    expect(cvss2BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toEqual({ ok: true, score: 7.5 });
    expect(cvss2BaseScore('AV:N/AC:L/Au:N/C:C/I:C/A:C')).toEqual({ ok: true, score: 10 });
    expect(cvss2BaseScore('AV:N').ok).toBe(false);
  });
});
