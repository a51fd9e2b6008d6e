import type { Entity, SecretType } from './entities.js';
import {
  jwtSpanEnd,
  matchSecretAt,
  pemBodyFollows,
  SECRET_FIRST_CHARS,
  SECRET_PREFIX_BYTES,
  WANDB_CONTEXT,
  WANDB_KEY,
} from './secrets.js';
import {
  cardNetwork,
  classifyIp,
  hasPublicSuffix,
  isExampleDomain,
  isFictionalPhone,
  isIssuedLength,
  isTestCard,
  isValidBitcoinAddress,
  isValidIban,
  isValidPhone,
  isValidSsn,
  luhn,
} from './validators.js';

/**
 * The fast pass: one left-to-right walk over the bytes that stops only where a value can start
 * (a digit run at a word boundary, an `@`, a word that begins with a secret prefix or looks like
 * an IBAN or a Bitcoin address) and hands each shape to its validator. The common case (ids,
 * timestamps, floats, token ids, words) is rejected from byte classes and counts alone, without
 * allocating; only plausible shapes become strings. Confidence here is the shape's own, before
 * context scoring.
 */

export interface Candidate {
  entity: Entity;
  secretType?: SecretType;
  /** Offsets in the scanned bytes (one byte per character for latin1-decoded text). */
  start: number;
  end: number;
  /** The value as found (never leaves the process). */
  value: string;
  /** Canonical form for fingerprints: digits only for numbers, lower-case for emails. */
  normalized: string;
  /** Confidence of the shape alone, 0..1. */
  confidence: number;
  /** Shape notes for context scoring, e.g. `contiguous`, `version-like`, `national`. */
  shape?: string;
  /** For a dotted quad: what the bytes right next to it say it is (see quadMark). */
  quadMark?: QuadMark;
  /** What the same characters are under a field that names this entity instead (see readAs). */
  alternative?: Entity;
  /** Only reported when the line matches this (W&B keys have no prefix). */
  requiresContext?: RegExp;
  /** CSV field index on its line, when the scan was told the delimiter. */
  field?: number;
  /** A PEM BEGIN line that ends the scanned piece: its key material, if any, is in the next one. */
  bodyUnseen?: boolean;
}

export type Emit = (candidate: Candidate) => void;

const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
const UNDERSCORE = 8;
/** Byte classes; 0 for everything that is not part of a word. */
const CLASS = new Uint8Array(256);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
CLASS[95] = UNDERSCORE;

/** Bytes a secret prefix starts with, and the prefixes by first byte, for the dispatch at each word start. */
const SECRET_START = new Uint8Array(256);
for (const first of SECRET_FIRST_CHARS) SECRET_START[first.charCodeAt(0)] = 1;
const PREFIXES_BY_FIRST: Uint8Array[][] = Array.from({ length: 256 }, () => []);
for (const prefix of SECRET_PREFIX_BYTES) PREFIXES_BY_FIRST[prefix[0]!]!.push(prefix);

function startsWithSecretPrefix(buf: Buffer, start: number, limit: number): boolean {
  for (const prefix of PREFIXES_BY_FIRST[buf[start]!]!) {
    if (start + prefix.length > limit) continue;
    let i = 1;
    while (i < prefix.length && buf[start + i] === prefix[i]) i += 1;
    if (i === prefix.length) return true;
  }
  return false;
}

/**
 * W&B keys have no prefix: one counts only after "wandb" (or "weights") earlier on its line. The
 * scan notes where the current line starts and where the last mention was, so the check is O(1).
 */
let currentLineStart = 0;
let wandbMentionLine = -1;

/** Set when a scan passes an inline-suppression marker, so the engine can skip re-reading files without one. */
let inlineMarkerSeen = false;
const MARKER = Buffer.from('mlsec-ignore:', 'latin1');

function noteInlineMarker(buf: Buffer, start: number, limit: number): void {
  if (start + MARKER.length > limit) return;
  for (let i = 1; i < MARKER.length; i++) if (buf[start + i] !== MARKER[i]) return;
  inlineMarkerSeen = true;
}

export function takeInlineMarkerSeen(): boolean {
  const seen = inlineMarkerSeen;
  inlineMarkerSeen = false;
  return seen;
}

function noteWandbMention(buf: Buffer, start: number, limit: number): void {
  const first = buf[start]! | 32;
  if (first !== 119 || start + 4 >= limit) return;
  const b1 = buf[start + 1]! | 32;
  const b2 = buf[start + 2]! | 32;
  const b3 = buf[start + 3]! | 32;
  const b4 = buf[start + 4]! | 32;
  if (
    (b1 === 97 && b2 === 110 && b3 === 100 && b4 === 98) ||
    (b1 === 101 && b2 === 105 && b3 === 103 && b4 === 104)
  ) {
    wandbMentionLine = currentLineStart;
  }
}

/** Non-word bytes that can never start a value or matter to field tracking (delimiters aside). */
const QUIET = new Uint8Array(256).fill(1);
for (const c of [10, 34, 64, 43, 40, 45, 58]) QUIET[c] = 0;
for (let c = 0; c < 256; c++) if (CLASS[c] !== 0) QUIET[c] = 0;

const isDigit = (b: number) => b >= 48 && b <= 57;
const isHex = (b: number) => isDigit(b) || (b >= 97 && b <= 102) || (b >= 65 && b <= 70);
/**
 * Separators allowed inside a number: space, tab, dot, hyphen; never a newline. `tab` is 9, or -1
 * where a tab delimits fields (TSV): there `1<TAB>4155552671` is two fields, not one number.
 */
const isNumberSeparator = (b: number, tab: number) => b === 32 || b === tab || b === 46 || b === 45;

const latin1 = (buf: Buffer, start: number, end: number) => buf.toString('latin1', start, end);

const EMAIL_LOCAL = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-')
  EMAIL_LOCAL[c.charCodeAt(0)] = 1;
const EMAIL_DOMAIN_CHAR = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-')
  EMAIL_DOMAIN_CHAR[c.charCodeAt(0)] = 1;
const EMAIL_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

const IBAN = /^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?/;
/** A full stop may end the sentence an address ends (`my IP is 2a00:1450::1.`). */
const IPV6 =
  /^(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![0-9A-Za-z:]|\.[0-9A-Za-z])/;
const BASE58 = /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/;
const BECH32 = /^bc1[02-9ac-hj-np-z]{11,71}$/i;

/**
 * IPv4 ranges without a parser (dotted quads are everywhere in ML data as version strings):
 * public unless private, loopback, link-local, CGNAT, documentation, benchmark, multicast or
 * reserved.
 */
function ipv4Kind(octets: number[]): 'public' | 'other' | 'invalid' {
  const [a, b, c] = octets as [number, number, number, number];
  if (octets.some((o) => o > 255)) return 'invalid';
  if (a === 0 || a === 10 || a === 127 || a >= 224) return 'other';
  if ((a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254))
    return 'other';
  if (a === 100 && b >= 64 && b <= 127) return 'other';
  if (
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  ) {
    return 'other';
  }
  if (a === 198 && (b === 18 || b === 19)) return 'other';
  return 'public';
}

interface DigitRun {
  start: number;
  end: number;
  digits: string;
  groups: number[];
  /** Separators between groups, in order. */
  separators: string;
  plus: boolean;
  paren: boolean;
}

const uniform = (separators: string) => separators.length === 0 || /^(.)\1*$/.test(separators);
const same = (groups: number[], shape: number[]) =>
  groups.length === shape.length && groups.every((g, i) => g === shape[i]);

/** The end of a bracketed group of 1 to 4 digits (5 after a 0) opening at `open` (`(415)`, `(0)`), or -1. */
function parenGroupEnd(buf: Buffer, open: number, limit: number): number {
  let close = open + 1;
  // A trunk prefix makes an area code one digit longer: `(07547) 146058`.
  const most = buf[open + 1] === 48 ? 5 : 4;
  while (close < limit && isDigit(buf[close]!) && close - open <= most) close += 1;
  return close < limit && buf[close] === 41 && close > open + 1 ? close : -1;
}

/**
 * Reads digits joined by single separators from `start`; a leading `+`, a leading `(415)`, and a
 * bracketed group right after a country code (`+49 (221) …`, `+44 (0)20 …`) are allowed.
 */
function readDigitRun(buf: Buffer, start: number, limit: number, tab: number): DigitRun {
  let pos = start;
  let plus = false;
  let paren = false;
  const groups: number[] = [];
  let digits = '';
  let separators = '';
  if (buf[pos] === 43) {
    plus = true;
    pos += 1;
  }
  while (pos < limit && groups.length < 12) {
    if (buf[pos] === 40 && (groups.length === 0 || (plus && groups.length === 1))) {
      const close = parenGroupEnd(buf, pos, limit);
      if (close === -1) break;
      paren = true;
      digits += latin1(buf, pos + 1, close);
      groups.push(close - pos - 1);
      pos = close + 1;
      // The separator after `(415)` is the bracket's own, not one of the number's.
      const next = buf[pos]!;
      if ((next === 32 || next === 45 || next === 46) && isDigit(buf[pos + 1] ?? 0)) pos += 1;
      if (!isDigit(buf[pos] ?? 0)) break;
    }
    const groupStart = pos;
    while (pos < limit && isDigit(buf[pos]!)) pos += 1;
    if (pos === groupStart) break;
    groups.push(pos - groupStart);
    digits += latin1(buf, groupStart, pos);
    const next = buf[pos] ?? 0;
    const after = buf[pos + 1] ?? 0;
    if (
      pos + 1 < limit &&
      isNumberSeparator(next, tab) &&
      (isDigit(after) || (after === 40 && plus && groups.length === 1))
    ) {
      separators += String.fromCharCode(next);
      pos += 1;
      continue;
    }
    break;
  }
  return { start, end: pos, digits, groups, separators, plus, paren };
}

/**
 * The end of an area code and a number written with a slash (`0178/2861887`, `335/2222123`, as
 * Germany and Italy write them), or -1: an area code of 2 to 5 digits led by a trunk 0 (or a
 * 3-digit mobile prefix led by 3), `/`, 6 to 8 digits, and nothing that continues a path or a
 * date around them. A counter (`36506/50000`, `step 7205/50000`) has no such area code.
 */
function slashedNumberEnd(buf: Buffer, start: number, slash: number, limit: number): number {
  const area = slash - start;
  if (!((buf[start] === 48 && area >= 2 && area <= 5) || (buf[start] === 51 && area === 3))) return -1;
  if (start > currentLineStart && (buf[start - 1] === 47 || buf[start - 1] === 46)) return -1;
  let end = slash + 1;
  while (end < limit && isDigit(buf[end]!)) end += 1;
  if (end - slash - 1 < 6 || end - slash - 1 > 8) return -1;
  const next = end < limit ? buf[end]! : 32;
  return CLASS[next] !== 0 || next === 47 || (next === 46 && isDigit(buf[end + 1] ?? 0)) ? -1 : end;
}

/** `2026-03-01`, `01.02.2026`: a date, never a phone number. */
const isDateShaped = (run: DigitRun) =>
  (same(run.groups, [4, 2, 2]) || same(run.groups, [2, 2, 4])) && !run.separators.includes(' ');

function classifyDigits(buf: Buffer, run: DigitRun, limit: number, emit: Emit): void {
  const { digits, groups, separators } = run;
  const n = digits.length;
  const value = latin1(buf, run.start, run.end);
  const base = { start: run.start, end: run.end, value, normalized: digits };

  // Dotted quad: an IPv4 address, or a version string that looks like one.
  if (groups.length === 4 && separators === '...' && !run.plus && !run.paren && groups.every((g) => g <= 3)) {
    if (isPublicQuad(buf, run.start, run.end)) emitQuad(buf, run.start, run.end, limit, emit, false);
    return;
  }
  // A decimal number (123.456) is never an identifier.
  if (groups.length === 2 && separators === '.') return;

  if (n === 9 && !run.plus && !run.paren) {
    const formatted = same(groups, [3, 2, 4]) && uniform(separators) && /^[- ]+$/.test(separators);
    if ((formatted || groups.length === 1) && isValidSsn(digits)) {
      emit({
        ...base,
        entity: 'US_SSN',
        confidence: formatted ? 0.85 : 0.3,
        shape: formatted ? undefined : 'contiguous',
        // Nine digits in a row are also a national phone number in much of Europe (ES, PT).
        alternative: formatted ? undefined : 'PHONE_NUMBER',
      });
      return;
    }
  }

  if (n >= 13 && n <= 19 && !run.plus && !run.paren) {
    const grouped =
      groups.length > 1 &&
      uniform(separators) &&
      /^[- ]+$/.test(separators) &&
      (groups.slice(0, -1).every((g) => g === 4) || same(groups, [4, 6, 5]) || same(groups, [4, 6, 4]));
    const network = groups.length === 1 || grouped ? cardNetwork(digits) : undefined;
    if (network !== undefined && luhn(digits) && !isTestCard(digits)) {
      // Written without separators, a length the network issues is evidence enough; one its rules
      // merely allow (a 13-digit Maestro) needs a card context.
      emit({
        ...base,
        entity: 'CREDIT_CARD',
        confidence: grouped ? 0.9 : isIssuedLength(network, n) ? 0.7 : 0.45,
        shape: grouped ? undefined : 'contiguous',
      });
      return;
    }
  }

  if (n >= 7 && n <= 15) {
    if (run.plus) {
      // International: valid wherever it is read, however it is grouped (`+33 6.50.83.02.56`,
      // `+55 11 91234-5678`): the country code and the number's validity are the evidence.
      if (isValidPhone(value) && !isFictionalPhone(value)) {
        emit({ ...base, entity: 'PHONE_NUMBER', normalized: `+${digits}`, confidence: 0.8 });
      }
      return;
    }
    // National formats are validated in the regions in force (phone-regions and the row's
    // country or locale) when the candidate is scored: here only their shape is judged.
    const nanp =
      run.paren ||
      same(groups, [3, 3, 4]) ||
      (same(groups, [1, 3, 3, 4]) && digits[0] === '1') ||
      (groups.length === 1 && ((n === 10 && digits[0]! >= '2') || (n === 11 && digits[0] === '1')));
    // Outside North America most national formats begin with a trunk prefix 0.
    const trunk = digits[0] === '0' && digits[1] !== '0';
    // Three groups or more (`612 34 56 78`), or two of 9 to 11 digits (`380 6107984`): a national
    // format of a region without a trunk prefix.
    const grouped = groups.length >= 3 || (groups.length === 2 && n >= 9 && n <= 11);
    // Nine digits that are no SSN: a national number of a region without a trunk prefix (ES, PT).
    const nine = groups.length === 1 && n === 9;
    // Dotted, every group has two digits or more (`06.12.34.56.78`); `311.0.2.20.104` is a build.
    const dottedVersion = separators.includes('.') && groups.some((g) => g < 2);
    if ((nanp || trunk || grouped || nine) && uniform(separators) && !isDateShaped(run) && !dottedVersion) {
      const contiguous = groups.length === 1;
      emit({
        ...base,
        entity: 'PHONE_NUMBER',
        // Contiguous digits are a phone number only where a phone field or word says so.
        confidence: contiguous ? (nanp ? 0.4 : 0.3) : 0.8,
        shape: contiguous ? 'contiguous' : 'national',
      });
    }
  }
}

/**
 * Whether the digit run at `start` can be any entity, judged from counts alone (no allocation).
 * Returns the run's end as a negative number when it cannot, its end when it might.
 */
/** Set by quickDigitRun: the run it judged plausible is a dotted quad. */
let lastRunIsQuad = false;

/** Set by quickDigitRun: the run was cut where its separator changed, and the scan resumes there. */
let lastRunRestarts = false;

function quickDigitRun(buf: Buffer, start: number, limit: number, tab: number): number {
  lastRunIsQuad = false;
  lastRunRestarts = false;
  let pos = start;
  let digits = 0;
  let groups = 0;
  let separator = -1;
  let longestGroup = 0;
  // Where another separator began another value: the group before it, which may open that value.
  let restartAt = -1;
  while (pos < limit) {
    const groupStart = pos;
    while (pos < limit && (buf[pos]! - 48) >>> 0 < 10) pos += 1;
    const length = pos - groupStart;
    if (length === 0) break;
    const next = pos < limit ? buf[pos]! : -1;
    // A group that a dot, or a colon and a hex digit, follows opens the next value (`58578
    // 203.0.113.203`, `443 2804:14c::1`): the run so far ends before it.
    const opensNext =
      groups > 0 &&
      pos + 1 < limit &&
      separator !== 46 &&
      ((next === 46 && isDigit(buf[pos + 1]!)) || (next === 58 && length <= 4 && isHex(buf[pos + 1]!)));
    if (opensNext) {
      pos = groupStart - 1;
      break;
    }
    if (length > longestGroup) longestGroup = length;
    groups += 1;
    digits += length;
    if (pos + 1 >= limit) break;
    if ((next === 32 || next === tab || next === 46 || next === 45) && (buf[pos + 1]! - 48) >>> 0 < 10) {
      if (separator === -1) separator = next;
      else if (separator !== next) {
        restartAt = groupStart;
        break;
      }
      pos += 1;
      continue;
    }
    break;
  }
  const verdict = judgeDigitRun(buf, start, pos, digits, groups, separator, longestGroup);
  if (verdict < 0 && restartAt !== -1) {
    // Another separator starts another value (`07 81.2.69.160`): what came before is no value,
    // and the scan goes on from the group where the separator changed.
    lastRunRestarts = true;
    return -restartAt;
  }
  // A value the change of separator ends (`81.2.69.160 443`, `415-555-2671 200`) is judged alone.
  return verdict;
}

function judgeDigitRun(
  buf: Buffer,
  start: number,
  pos: number,
  digits: number,
  groups: number,
  separator: number,
  longestGroup: number,
): number {
  if (digits > 19 || groups > 12) return -pos;
  if (groups === 4 && separator === 46) {
    // A dotted quad: only a public IPv4 address (or a version string shaped like one) goes on.
    lastRunIsQuad = longestGroup <= 3 && isPublicQuad(buf, start, pos);
    return lastRunIsQuad ? pos : -pos;
  }
  if (digits < 7) return -pos;
  if (groups === 2 && separator === 46) return -pos; // a decimal number
  if (digits >= 13) {
    // Only a payment card is this long, or a grouped international number dialled with its exit
    // code (`0049 30 25413687`).
    const dialled =
      groups > 1 &&
      buf[start] === 48 &&
      (buf[start + 1] === 48 || (buf[start + 1] === 49 && buf[start + 2] === 49));
    return dialled || luhnBytes(buf, start, pos) ? pos : -pos;
  }
  if (groups === 1) {
    if (digits === 9) return pos; // an SSN (reported only with context)
    // A national number with a trunk prefix (0612345678), reported only with context.
    if (buf[start] === 48 && buf[start + 1] !== 48 && digits >= 10 && digits <= 12) return pos;
    // NANP: area code and exchange start with 2-9; 11 digits start with the country code 1.
    const offset = digits === 11 && buf[start] === 49 ? 1 : 0;
    if (digits - offset !== 10) return -pos;
    return buf[start + offset]! >= 50 && buf[start + offset + 3]! >= 50 ? pos : -pos;
  }
  return pos;
}

/**
 * What the bytes right next to a dotted quad say, before any field name or word is read:
 * - a version: `==1.2.3.4` and other requirement pins (`pinned`), `Acme/1.2.3.4` (a product
 *   token, as in user agents: `product`), `1.2.3.4-beta`, `+cu118`, `.post1` (`suffix`);
 *   `key=1.2.3.4` (`assigned`) and `image:1.2.3.4` (`tagged`, a container tag) lean that way
 *   unless the key names an address;
 * - an address: `//1.2.3.4` (a URL's host: `url`), `1.2.3.4:443` (`port`), `1.2.3.0/24`
 *   (`cidr`), `user@1.2.3.4:` (`login`: scp, a shell prompt), and the first field of a common or
 *   combined access log line (`log-host`); a bare `name@1.2.3.4` (`at`) is a login or a package at
 *   a version, by the words before it.
 */
export type QuadMark =
  | 'pinned'
  | 'assigned'
  | 'product'
  | 'suffix'
  | 'url'
  | 'port'
  | 'cidr'
  | 'at'
  | 'login'
  | 'log-host'
  | 'tagged';

const isLetter = (b: number) => (CLASS[b]! & (UPPER | LOWER)) !== 0;
const isNameByte = (b: number) => CLASS[b] !== 0 || b === 45 || b === 46;

/** `buf[end]` starts ` ident user [` (an access log's identd, user and time fields). */
function accessLogFieldsFollow(buf: Buffer, end: number, limit: number): boolean {
  let pos = end;
  for (let field = 0; field < 2; field++) {
    if (buf[pos] !== 32) return false;
    pos += 1;
    const fieldStart = pos;
    while (pos < limit && pos - fieldStart <= 64 && buf[pos] !== 32 && buf[pos] !== 10) pos += 1;
    if (pos === fieldStart) return false;
  }
  return pos + 1 < limit && buf[pos] === 32 && buf[pos + 1] === 91;
}

/** The `>` at `at` closes an XML or HTML tag (`<ip>`, `<td class="x">`), not a requirement pin. */
function closesTag(buf: Buffer, at: number, lo: number): boolean {
  for (let i = at - 1; i >= lo && at - i <= 128; i--) {
    const b = buf[i]!;
    if (b === 62) return false;
    if (b === 60) return isLetter(buf[i + 1] ?? 0);
  }
  return false;
}

function quadMark(buf: Buffer, start: number, end: number, limit: number): QuadMark | undefined {
  // Marks never reach over a newline, nor before the scanned range (a reused buffer).
  const lo = currentLineStart;
  const b1 = start - 1 >= lo ? buf[start - 1]! : -1;
  const b2 = start - 2 >= lo ? buf[start - 2]! : -1;
  const a1 = end < limit ? buf[end]! : -1;
  const a2 = end + 1 < limit ? buf[end + 1]! : -1;
  if ((b1 === 47 && b2 === 47) || (b1 === 92 && b2 === 92)) return 'url';
  if (b1 === 61)
    return b2 === 61 || b2 === 60 || b2 === 62 || b2 === 33 || b2 === 126 ? 'pinned' : 'assigned';
  if (b1 === 126 || b1 === 94 || (b1 === 62 && !closesTag(buf, start - 1, lo)) || (b1 === 60 && a1 !== 62))
    return 'pinned';
  if ((a1 === 45 || a1 === 43 || a1 === 95 || a1 === 46) && isLetter(a2)) return 'suffix';
  if (a1 === 58 && isDigit(a2)) {
    let pos = end + 1;
    while (pos < limit && pos - end <= 6 && isDigit(buf[pos]!)) pos += 1;
    const next = pos < limit ? buf[pos]! : -1;
    if (pos - end <= 6 && next !== 58 && next !== 46 && !isDigit(next)) return 'port';
  }
  if (a1 === 47 && isDigit(a2)) {
    const a3 = end + 2 < limit ? buf[end + 2]! : -1;
    const a4 = end + 3 < limit ? buf[end + 3]! : -1;
    if (!isDigit(a3) ? a3 !== 46 : !isDigit(a4) && a4 !== 46) return 'cidr';
  }
  if ((b1 === -1 || b1 === 32 || b1 === 9) && accessLogFieldsFollow(buf, end, limit)) return 'log-host';
  // `user@1.2.3.4:/path` (scp) and `user@1.2.3.4:~$` (a shell prompt) are logins; a bare
  // `name@1.2.3.4` is a login or a package at a version, and the words before it decide.
  if (b1 === 64 && b2 !== -1 && isNameByte(b2)) return a1 === 58 ? 'login' : 'at';
  if (b1 === 47 && b2 !== -1 && (isNameByte(b2) || b2 === 41)) return 'product';
  if (b1 === 58 && b2 !== -1 && isNameByte(b2)) return 'tagged';
  return undefined;
}

/**
 * Confidence of a public dotted quad with nothing around it: digits shaped like a version
 * (small major, minor and patch: 4.5.4.143, 11.0.2.54) lean towards a version, any other towards
 * an address. Its surroundings (quadMark, the field, the words before it) decide first.
 */
export const VERSION_SHAPED_CONFIDENCE = 0.4;
export const QUAD_CONFIDENCE = 0.7;

function emitQuad(
  buf: Buffer,
  start: number,
  end: number,
  limit: number,
  emit: Emit,
  versionField: boolean,
): void {
  // Version strings in every row of a version column: not even allocated.
  if (versionField) return;
  const octets = [0, 0, 0, 0];
  let index = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b === 46) index += 1;
    else octets[index] = octets[index]! * 10 + (b - 48);
  }
  const versionShaped = octets[0]! < 30 && octets[1]! < 50 && octets[2]! < 50;
  const value = latin1(buf, start, end);
  emit({
    entity: 'IP_ADDRESS',
    start,
    end,
    value,
    normalized: value,
    confidence: versionShaped ? VERSION_SHAPED_CONFIDENCE : QUAD_CONFIDENCE,
    shape: versionShaped ? 'version-like' : undefined,
    quadMark: quadMark(buf, start, end, limit),
  });
}

/** Luhn over the digits of `buf[start, end)`, separators skipped. */
function luhnBytes(buf: Buffer, start: number, end: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = end - 1; i >= start; i--) {
    let d = buf[i]! - 48;
    if (d < 0 || d > 9) continue;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** A dotted quad outside private, loopback, link-local, CGNAT, documentation and reserved ranges. */
function isPublicQuad(buf: Buffer, start: number, end: number): boolean {
  const octets = [0, 0, 0, 0];
  let index = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b === 46) {
      index += 1;
      continue;
    }
    // A leading zero (010.1.1.1) is octal to some parsers: not a plain address.
    if (b === 48 && (i === start || buf[i - 1] === 46) && i + 1 < end && buf[i + 1] !== 46) return false;
    octets[index] = octets[index]! * 10 + (b - 48);
  }
  return ipv4Kind(octets) === 'public';
}

function scanEmail(buf: Buffer, at: number, limit: number, emit: Emit): number {
  let start = at;
  while (start > 0 && at - start < 64 && EMAIL_LOCAL[buf[start - 1]!]) start -= 1;
  let end = at + 1;
  while (end < limit && end - at < 256 && EMAIL_DOMAIN_CHAR[buf[end]!]) end += 1;
  while (end > at + 1 && buf[end - 1] === 46) end -= 1; // a sentence's full stop
  while (start < at && (buf[start] === 46 || buf[start] === 43 || buf[start] === 45)) start += 1;
  if (start === at || end === at + 1) return at + 1;
  const domain = latin1(buf, at + 1, end);
  // Not a domain name: what follows the `@` is scanned on its own (`ubuntu@196.170.84.124`).
  if (!EMAIL_DOMAIN.test(domain)) return at + 1;
  if (isExampleDomain(domain) || !hasPublicSuffix(domain)) return end;
  const value = latin1(buf, start, end);
  // `git@github.com:org/repo.git` is an SSH remote, not a mailbox.
  if (end < limit && buf[end] === 58 && /^git$/i.test(latin1(buf, start, at))) return end;
  emit({ entity: 'EMAIL_ADDRESS', start, end, value, normalized: value.toLowerCase(), confidence: 0.9 });
  return end;
}

function scanIpv6(buf: Buffer, start: number, limit: number, emit: Emit): number {
  const match = IPV6.exec(latin1(buf, start, Math.min(limit, start + 64)));
  if (!match) return start;
  const value = match[0];
  // Times (12:30:45), MAC addresses and C++ scopes are not addresses.
  if (!value.includes('::') && value.split(':').length < 8) return start;
  if (value.length < 6) return start;
  if (classifyIp(value) === 'public') {
    emit({
      entity: 'IP_ADDRESS',
      start,
      end: start + value.length,
      value,
      normalized: value.toLowerCase(),
      confidence: 0.75,
    });
  }
  return start + value.length;
}

/** End of the word at `start`: letters, digits, `_` and `-` (tokens like `sk-proj-...`). */
function wordEnd(buf: Buffer, start: number, limit: number): number {
  let end = start;
  while (end < limit) {
    const b = buf[end]!;
    if (CLASS[b] !== 0 || b === 45) end += 1;
    else break;
  }
  return end;
}

/** Checks the word at `start` for secrets, IBANs, Bitcoin addresses, IPv6 and W&B keys. */
function scanWord(buf: Buffer, start: number, limit: number, emit: Emit): number {
  const first = buf[start]!;
  if ((first | 32) === 119) noteWandbMention(buf, start, limit);
  else if (first === 109) noteInlineMarker(buf, start, limit);
  const end = wordEnd(buf, start, limit);
  if (SECRET_START[first] && startsWithSecretPrefix(buf, start, limit)) {
    // The window reaches past the token's real end, however long: its word, or for a JWT its
    // three segments (dots end a word). 400 bytes cover the formats with punctuation (webhooks).
    let windowEnd = Math.max(start + 400, end + 1);
    if (first === 101) windowEnd = Math.max(windowEnd, jwtSpanEnd(buf, start, limit) + 1);
    const window = latin1(buf, start, Math.min(limit, windowEnd));
    const secret = matchSecretAt(window, 0);
    if (secret) {
      emit({
        entity: 'SECRET',
        secretType: secret.type,
        start,
        end: start + secret.value.length,
        value: secret.value,
        normalized: secret.value,
        confidence: secret.confidence,
      });
      return start + secret.value.length;
    }
  }
  const length = end - start;
  if (
    CLASS[first] === UPPER &&
    CLASS[buf[start + 1]!] === UPPER &&
    isDigit(buf[start + 2]!) &&
    isDigit(buf[start + 3]!)
  ) {
    // An IBAN, possibly in groups of four separated by single spaces.
    const match = IBAN.exec(latin1(buf, start, Math.min(limit, start + 50)));
    if (match && !(start + match[0].length < limit && CLASS[buf[start + match[0].length]!])) {
      const compact = match[0].replace(/ /g, '');
      if (isValidIban(compact)) {
        emit({
          entity: 'IBAN_CODE',
          start,
          end: start + match[0].length,
          value: match[0],
          normalized: compact,
          confidence: 0.9,
        });
        return start + match[0].length;
      }
    }
  }
  if ((first === 49 || first === 51) && length >= 26 && length <= 35) {
    const word = latin1(buf, start, end);
    // Hex digests are not addresses; base58 addresses mix cases.
    if (BASE58.test(word) && !/^[0-9a-f]+$/.test(word) && isValidBitcoinAddress(word)) {
      emit({ entity: 'CRYPTO', start, end, value: word, normalized: word, confidence: 0.85 });
      return end;
    }
  } else if (
    (first === 98 || first === 66) &&
    length >= 14 &&
    (buf[start + 1]! | 32) === 99 &&
    buf[start + 2] === 49
  ) {
    const word = latin1(buf, start, end);
    if (BECH32.test(word) && isValidBitcoinAddress(word)) {
      emit({ entity: 'CRYPTO', start, end, value: word, normalized: word.toLowerCase(), confidence: 0.85 });
      return end;
    }
  }
  if (length === 40 && wandbMentionLine === currentLineStart) {
    const word = latin1(buf, start, end);
    if (WANDB_KEY.test(word)) {
      emit({
        entity: 'SECRET',
        secretType: 'wandb-api-key',
        start,
        end,
        value: word,
        normalized: word,
        confidence: 0.9,
        requiresContext: WANDB_CONTEXT,
      });
    }
  }
  // IPv6: hex groups joined by colons, starting here.
  if (buf[end] === 58 && length <= 4) {
    const ipv6End = scanIpv6(buf, start, limit, emit);
    if (ipv6End > end) return ipv6End;
  }
  return end;
}

/**
 * Calls `emit` for every candidate in `buf[start, end)`, left to right. No candidate spans a
 * newline. Offsets in candidates are offsets into `buf`.
 */
export function scanBytes(
  buf: Buffer,
  start: number,
  end: number,
  emitCandidate: Emit,
  delimiter = -1,
  /**
   * CSV scans: per field, 1 where the column holds versions (`app_version`), so a dotted quad
   * there is never an address and is not even allocated; the last entry covers fields past the
   * header.
   */
  versionColumns?: Uint8Array,
): void {
  let i = start;
  let inWord = false;
  currentLineStart = start;
  wandbMentionLine = -1;
  inlineMarkerSeen = false;
  // CSV field tracking in the same pass: delimiters, quotes and newlines are never inside a value.
  let field = 0;
  let quoted = false;
  const tab = delimiter === 9 ? -1 : 9;
  // An email's local part is read backwards from its `@`, so it can cover a number found just
  // before (4155552671@txt.att.net): candidates wait until no email can reach back over them (64
  // bytes), and the email replaces what it covers. Emitted candidates stay ordered and disjoint.
  const pending: Candidate[] = [];
  const flush = (before: number) => {
    let ready = 0;
    while (ready < pending.length && pending[ready]!.end + 64 <= before) emitCandidate(pending[ready++]!);
    if (ready > 0) pending.splice(0, ready);
  };
  const emit: Emit = (candidate) => {
    if (delimiter !== -1) candidate.field = field;
    flush(candidate.start);
    while (pending.length > 0 && pending[pending.length - 1]!.end > candidate.start) {
      // Over another email, an `@` in its domain part found no more than a fragment of it.
      if (candidate.entity !== 'EMAIL_ADDRESS' || pending[pending.length - 1]!.entity === 'EMAIL_ADDRESS')
        return;
      pending.pop();
    }
    pending.push(candidate);
  };
  while (i < end) {
    const b = buf[i]!;
    const cls = CLASS[b]!;
    if (cls === 0) {
      inWord = false;
      // Most bytes between words (spaces, commas, quotes) start nothing: one table lookup.
      if (QUIET[b] && b !== delimiter) {
        i += 1;
        continue;
      }
      if (b === delimiter) {
        if (!quoted) field += 1;
        i += 1;
        continue;
      }
      if (b === 10) {
        field = 0;
        quoted = false;
        i += 1;
        currentLineStart = i;
        continue;
      }
      if (b === 34) quoted = !quoted;
      if (b === 64) {
        i = scanEmail(buf, i, end, emit);
        continue;
      }
      if ((b === 43 || b === 40) && isDigit(buf[i + 1] ?? 0) && !(i > start && CLASS[buf[i - 1]!])) {
        // +44 20 ..., (415) 555-...
        const run = readDigitRun(buf, i, end, tab);
        if (!(run.end < end && CLASS[buf[run.end]!])) classifyDigits(buf, run, end, emit);
        i = Math.max(run.end, i + 1);
        continue;
      }
      if (b === 45 && buf[i + 1] === 45 && buf[i + 5] === 66) {
        // -----BEGIN ... PRIVATE KEY-----, reported only with key material after it.
        const secret = matchSecretAt(latin1(buf, i, Math.min(end, i + 80)), 0);
        const body = secret && pemBodyFollows(buf, i + secret.value.length, end);
        if (secret && body === false) {
          i += secret.value.length;
          continue;
        }
        if (secret) {
          emit({
            bodyUnseen: body === undefined ? true : undefined,
            entity: 'SECRET',
            secretType: secret.type,
            start: i,
            end: i + secret.value.length,
            value: secret.value,
            normalized: secret.value,
            confidence: secret.confidence,
          });
          i += secret.value.length;
          continue;
        }
      }
      if (b === 58 && buf[i + 1] === 58 && isHex(buf[i + 2] ?? 0) && !(i > start && CLASS[buf[i - 1]!])) {
        i = Math.max(scanIpv6(buf, i, end, emit), i + 1);
        continue;
      }
      i += 1;
      continue;
    }
    if (inWord) {
      i += 1;
      continue;
    }
    inWord = true;
    if (cls === DIGIT) {
      const quick = quickDigitRun(buf, i, end, tab);
      const runEnd = quick < 0 ? -quick : quick;
      if (lastRunRestarts) {
        i = runEnd;
        inWord = false;
        continue;
      }
      // Nothing at or past `end` is read: a reused buffer holds stale bytes there.
      const after = runEnd < end ? buf[runEnd]! : 0;
      if (after === 47) {
        const slashed = slashedNumberEnd(buf, i, runEnd, end);
        if (slashed !== -1) {
          emit({
            entity: 'PHONE_NUMBER',
            start: i,
            end: slashed,
            value: latin1(buf, i, slashed),
            normalized: latin1(buf, i, slashed).replace('/', ''),
            confidence: 0.8,
            shape: 'national',
          });
          i = slashed;
          inWord = false;
          continue;
        }
      }
      if (CLASS[after] !== 0) {
        // Digits running into letters: an alphanumeric token (hash, address, id).
        i = scanWord(buf, i, end, emit);
        inWord = false;
        continue;
      }
      if (after === 58 && runEnd - i <= 4) {
        const ipv6End = scanIpv6(buf, i, end, emit);
        if (ipv6End > i) {
          i = ipv6End;
          inWord = false;
          continue;
        }
      }
      if (quick > 0) {
        if (lastRunIsQuad) {
          // The mask's last entry stands for fields beyond the header's columns.
          const versionColumn =
            versionColumns !== undefined && versionColumns[Math.min(field, versionColumns.length - 1)] === 1;
          emitQuad(buf, i, runEnd, end, emit, versionColumn);
        } else {
          // The run as judged: it may end where its separator changed.
          classifyDigits(buf, readDigitRun(buf, i, runEnd, tab), end, emit);
        }
      }
      i = runEnd;
      inWord = false;
      continue;
    }
    i = scanWord(buf, i, end, emit);
    inWord = false;
  }
  flush(Infinity);
}

/**
 * The same over a string, for callers holding text: characters above U+00FF count as one
 * non-word byte each, so candidate offsets are offsets into the string.
 */
export function scanText(text: string, emit: Emit): void {
  const buf = Buffer.from(text.replace(/[\u0100-\uffff]/g, '\u0080'), 'latin1');
  scanBytes(buf, 0, buf.length, emit);
}
