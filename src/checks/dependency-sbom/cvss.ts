/**
 * CVSS base scores for OSV severity entries. v3.0/v3.1 are computed here: the base formula is a
 * dozen lines of the FIRST specification and computing it ourselves lets us refuse malformed
 * vectors precisely (the library throws TypeErrors on some of them). v4.0 (a lookup over macro
 * vectors, not a formula) and v2 are left to ae-cvss-calculator, guarded so it cannot throw.
 */
import cvssLibrary from 'ae-cvss-calculator';

export type CvssResult = { ok: true; score: number } | { ok: false; reason: string };

const V3_BASE: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  PR: { N: 0.85, L: 0.62, H: 0.27 },
  UI: { N: 0.85, R: 0.62 },
  S: { U: 0, C: 1 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};

/** Temporal and environmental metrics: allowed in a vector, not part of the base score. */
const V3_OTHER: Record<string, readonly string[]> = {
  E: ['X', 'U', 'P', 'F', 'H'],
  RL: ['X', 'O', 'T', 'W', 'U'],
  RC: ['X', 'U', 'R', 'C'],
  CR: ['X', 'L', 'M', 'H'],
  IR: ['X', 'L', 'M', 'H'],
  AR: ['X', 'L', 'M', 'H'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'R'],
  MS: ['X', 'U', 'C'],
  MC: ['X', 'N', 'L', 'H'],
  MI: ['X', 'N', 'L', 'H'],
  MA: ['X', 'N', 'L', 'H'],
};

/** CVSS v3.1 Roundup (appendix A): integer arithmetic so 4.000000001 does not become 4.1 by float error. */
function roundUp31(value: number): number {
  const scaled = Math.round(value * 100000);
  return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}

function roundUp30(value: number): number {
  return Math.ceil(value * 10) / 10;
}

/** Base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector. */
export function cvss3BaseScore(vector: string): CvssResult {
  if (typeof vector !== 'string') return { ok: false, reason: 'the vector is not a string' };
  const parts = vector.trim().split('/');
  const version = /^CVSS:(3\.[01])$/.exec(parts[0] ?? '')?.[1];
  if (!version) return { ok: false, reason: 'a CVSS v3 vector starts with CVSS:3.0/ or CVSS:3.1/' };
  const metrics = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const [key, value, extra] = part.split(':');
    if (key === undefined || value === undefined || extra !== undefined) {
      return { ok: false, reason: `"${part.slice(0, 40)}" is not a metric:value pair` };
    }
    if (metrics.has(key)) return { ok: false, reason: `metric ${key.slice(0, 10)} appears twice` };
    // hasOwn, not indexing: `constructor:name` must not find Object.prototype's members.
    const known = Object.hasOwn(V3_BASE, key)
      ? Object.hasOwn(V3_BASE[key]!, value)
      : Object.hasOwn(V3_OTHER, key) && V3_OTHER[key]!.includes(value);
    if (!known) return { ok: false, reason: `${part.slice(0, 40)} is not a CVSS v3 metric value` };
    metrics.set(key, value);
  }
  const weight = (key: string): number => V3_BASE[key]![metrics.get(key)!]!;
  for (const key of Object.keys(V3_BASE)) {
    if (!metrics.has(key)) return { ok: false, reason: `base metric ${key} is missing` };
  }
  const changed = metrics.get('S') === 'C';
  const pr = metrics.get('PR');
  // Privileges Required weighs more when the scope changes (specification table 16).
  const privileges = changed && pr === 'L' ? 0.68 : changed && pr === 'H' ? 0.5 : weight('PR');
  const iss = 1 - (1 - weight('C')) * (1 - weight('I')) * (1 - weight('A'));
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * weight('AV') * weight('AC') * privileges * weight('UI');
  if (impact <= 0) return { ok: true, score: 0 };
  const roundUp = version === '3.1' ? roundUp31 : roundUp30;
  const raw = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
  return { ok: true, score: roundUp(Math.min(raw, 10)) };
}

/** Base score of a CVSS v4.0 vector, through the library (v4 scores come from a lookup table). */
export function cvss4BaseScore(vector: string): CvssResult {
  if (
    typeof vector !== 'string' ||
    !/^CVSS:4\.0\/[A-Za-z]+:[A-Za-z](\/[A-Za-z]+:[A-Za-z])*$/.test(vector.trim())
  ) {
    return { ok: false, reason: 'a CVSS v4 vector is CVSS:4.0/ followed by metric:value pairs' };
  }
  return fromLibrary(() => {
    const parsed = new cvssLibrary.Cvss4P0(vector.trim());
    if (!parsed.isBaseFullyDefined()) return undefined;
    return parsed.calculateScores().base;
  });
}

/** Base score of a CVSS v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`), through the library. */
export function cvss2BaseScore(vector: string): CvssResult {
  if (
    typeof vector !== 'string' ||
    !/^(\(?AV:[LAN]\/AC:[HML]\/Au:[MSN]\/C:[NPC]\/I:[NPC]\/A:[NPC])(\/.*)?\)?$/.test(vector.trim())
  ) {
    return { ok: false, reason: 'not a CVSS v2 base vector' };
  }
  return fromLibrary(
    () => new cvssLibrary.Cvss2(vector.trim().replace(/^\(|\)$/g, '')).calculateScores().base,
  );
}

function fromLibrary(compute: () => number | undefined): CvssResult {
  try {
    const score = compute();
    if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10) {
      return { ok: true, score };
    }
    return { ok: false, reason: 'the vector does not define every base metric' };
  } catch (error) {
    // The library throws (TypeErrors among them) for vectors it cannot read: a refusal, not a crash.
    return {
      ok: false,
      reason: `the vector could not be scored (${error instanceof Error ? error.message.slice(0, 80) : 'unknown error'})`,
    };
  }
}
