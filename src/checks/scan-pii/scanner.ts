import type { Entity, SecretType } from './entities.js';
import { matchSecretAt, SECRET_FIRST_CHARS, WANDB_KEY } from './secrets.js';
import {
  cardNetwork,
  classifyIp,
  hasPublicSuffix,
  isExampleDomain,
  isFictionalPhone,
  isTestCard,
  isValidBitcoinAddress,
  isValidIban,
  isValidPhone,
  isValidSsn,
  luhn,
} from './validators.js';

/**
 * The fast pass: one left-to-right walk over the text that stops only at the few places a value can
 * start (a digit run at a word boundary, an `@`, a word that begins with a secret prefix or looks
 * like an IBAN or a Bitcoin address) and hands each shape to its validator. Nothing here looks
 * at context; confidence is the shape's own, before context scoring.
 */

export interface Candidate {
  entity: Entity;
  secretType?: SecretType;
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  /** The value as found (never leaves the process). */
  value: string;
  /** Canonical form for fingerprints: digits only for numbers, lower-case for emails. */
  normalized: string;
  /** Confidence of the shape alone, 0..1. */
  confidence: number;
  /** Shape notes for context scoring, e.g. `contiguous`, `version-like`. */
  shape?: string;
  /** Only reported when the line mentions this (W&B keys have no prefix). */
  requiresContext?: RegExp;
}

const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
const WORD = DIGIT | UPPER | LOWER | 8; // 8: underscore
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
CLASS[95] = 8;

const isWord = (code: number) => code < 128 && (CLASS[code]! & WORD) !== 0;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isHex = (code: number) => isDigit(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
/** Separators allowed inside a number: space, tab, dot, hyphen; never a newline. */
const isNumberSeparator = (code: number) => code === 32 || code === 9 || code === 46 || code === 45;

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const IBAN = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/y;
const IPV6 = /(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![0-9A-Za-z:.])/y;
const BASE58_WORD = /[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/y;
const BECH32_WORD = /bc1[02-9ac-hj-np-z]{11,71}(?![A-Za-z0-9])/iy;

/**
 * IPv4 ranges without a parser (dotted quads are everywhere in ML data as version strings):
 * public unless private, loopback, link-local, CGNAT, documentation, multicast or reserved.
 */
function ipv4Kind(octets: number[], text: string): 'public' | 'other' | 'invalid' {
  const [a, b, c] = octets as [number, number, number, number];
  if (octets.some((o) => o > 255) || /(^|\.)0\d/.test(text)) return 'invalid';
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

const scratchGroups = new Int32Array(16);

/**
 * The common case without allocation: most digit runs in ML data (ids, timestamps, floats,
 * token ids) cannot be any entity, and are rejected from their digit and group counts alone.
 */
function plausibleDigitRun(text: string, start: number): { end: number; plausible: boolean } {
  let pos = start;
  let digits = 0;
  let groupCount = 0;
  let separator = -1;
  let mixed = false;
  while (pos < text.length && groupCount < 12) {
    const groupStart = pos;
    while (pos < text.length && isDigit(text.charCodeAt(pos))) pos += 1;
    if (pos === groupStart) break;
    scratchGroups[groupCount++] = pos - groupStart;
    digits += pos - groupStart;
    const next = text.charCodeAt(pos);
    if (isNumberSeparator(next) && isDigit(text.charCodeAt(pos + 1))) {
      if (separator === -1) separator = next;
      else if (separator !== next) mixed = true;
      pos += 1;
      continue;
    }
    break;
  }
  if (digits > 19) return { end: pos, plausible: false };
  // Dotted quads (IPv4 or versions) are decided by classifyDigits.
  if (groupCount === 4 && separator === 46 && !mixed) return { end: pos, plausible: true };
  if (digits < 7) return { end: pos, plausible: false };
  // A decimal number.
  if (groupCount === 2 && separator === 46) return { end: pos, plausible: false };
  if (groupCount === 1) {
    if (digits === 9) return { end: pos, plausible: true }; // SSN (needs context)
    if (digits >= 13) return { end: pos, plausible: true }; // card
    // NANP: area code and exchange start with 2-9; 11 digits start with the country code 1.
    const offset = digits === 11 && text.charCodeAt(start) === 49 ? 1 : 0;
    if (digits - offset !== 10) return { end: pos, plausible: false };
    const area = text.charCodeAt(start + offset);
    const exchange = text.charCodeAt(start + offset + 3);
    return { end: pos, plausible: area >= 50 && exchange >= 50 };
  }
  return { end: pos, plausible: !mixed || groupCount <= 4 };
}

interface DigitRun {
  start: number;
  end: number;
  digits: string;
  groups: number[];
  separators: string;
  plus: boolean;
  paren: boolean;
}

/** Reads digits joined by single separators from `start`; a leading `+` or `(ddd)` is allowed. */
function readDigitRun(text: string, start: number): DigitRun {
  let pos = start;
  let plus = false;
  let paren = false;
  const groups: number[] = [];
  let digits = '';
  let separators = '';
  if (text.charCodeAt(pos) === 43) {
    plus = true;
    pos += 1;
  }
  if (text.charCodeAt(pos) === 40) {
    // (415) 555-2671
    let close = pos + 1;
    while (close < text.length && isDigit(text.charCodeAt(close)) && close - pos <= 4) close += 1;
    if (text.charCodeAt(close) === 41 && close > pos + 1) {
      paren = true;
      digits += text.slice(pos + 1, close);
      groups.push(close - pos - 1);
      pos = close + 1;
      const next = text.charCodeAt(pos);
      // The separator after `(415)` is the area code's own, not one of the number's.
      if ((next === 32 || next === 45 || next === 46) && isDigit(text.charCodeAt(pos + 1))) pos += 1;
    }
  }
  while (pos < text.length && groups.length < 12) {
    const groupStart = pos;
    while (pos < text.length && isDigit(text.charCodeAt(pos))) pos += 1;
    if (pos === groupStart) break;
    groups.push(pos - groupStart);
    digits += text.slice(groupStart, pos);
    const next = text.charCodeAt(pos);
    if (isNumberSeparator(next) && isDigit(text.charCodeAt(pos + 1))) {
      separators += text[pos];
      pos += 1;
      continue;
    }
    break;
  }
  return { start, end: pos, digits, groups, separators, plus, paren };
}

const uniform = (separators: string) => separators.length === 0 || /^(.)\1*$/.test(separators);
const same = (groups: number[], shape: number[]) =>
  groups.length === shape.length && groups.every((g, i) => g === shape[i]);

function classifyDigits(text: string, run: DigitRun, emit: (candidate: Candidate) => void): void {
  const { digits, groups, separators } = run;
  const n = digits.length;
  const value = text.slice(run.start, run.end);
  const base = { start: run.start, end: run.end, value, normalized: digits };

  // Dotted quad: an IPv4 address, or a version string that looks like one.
  if (
    groups.length === 4 &&
    /^\.{3}$/.test(separators) &&
    !run.plus &&
    !run.paren &&
    groups.every((g) => g <= 3)
  ) {
    const octets = value.split('.').map(Number);
    if (ipv4Kind(octets, value) === 'public') {
      const versionLike = octets[0]! < 10 && octets.every((o) => o < 100);
      emit({
        ...base,
        entity: 'IP_ADDRESS',
        normalized: value,
        confidence: versionLike ? 0.35 : 0.75,
        shape: versionLike ? 'version-like' : undefined,
      });
    }
    return;
  }
  // A decimal number (123.456) is never an identifier.
  if (/^\.+$/.test(separators) && groups.length === 2) return;

  if (n === 9 && !run.plus && !run.paren) {
    const formatted = same(groups, [3, 2, 4]) && uniform(separators) && /^[- ]+$/.test(separators);
    if ((formatted || groups.length === 1) && isValidSsn(digits)) {
      emit({
        ...base,
        entity: 'US_SSN',
        confidence: formatted ? 0.85 : 0.3,
        shape: formatted ? undefined : 'contiguous',
      });
      return;
    }
  }

  if (n >= 13 && n <= 19 && !run.plus && !run.paren) {
    const grouped =
      uniform(separators) &&
      /^[- ]+$/.test(separators) &&
      (groups.slice(0, -1).every((g) => g === 4) || same(groups, [4, 6, 5]) || same(groups, [4, 6, 4]));
    if ((groups.length === 1 || grouped) && luhn(digits) && cardNetwork(digits) && !isTestCard(digits)) {
      emit({
        ...base,
        entity: 'CREDIT_CARD',
        confidence: grouped ? 0.9 : 0.7,
        shape: grouped ? undefined : 'contiguous',
      });
      return;
    }
  }

  if (n >= 7 && n <= 15) {
    const nanp =
      run.paren ||
      same(groups, [3, 3, 4]) ||
      (same(groups, [1, 3, 3, 4]) && digits[0] === '1') ||
      (groups.length === 1 && (n === 10 || (n === 11 && digits[0] === '1')));
    if ((run.plus || nanp) && uniform(separators) && isValidPhone(value) && !isFictionalPhone(value)) {
      const contiguous = groups.length === 1 && !run.plus;
      emit({
        ...base,
        entity: 'PHONE_NUMBER',
        normalized: `${run.plus ? '+' : ''}${digits}`,
        confidence: contiguous ? 0.4 : 0.8,
        shape: contiguous ? 'contiguous' : undefined,
      });
    }
  }
}

function scanEmail(text: string, at: number, emit: (candidate: Candidate) => void): number {
  let start = at;
  while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(text[start - 1]!)) start -= 1;
  let end = at + 1;
  while (end < text.length && end - at < 256 && /[A-Za-z0-9.-]/.test(text[end]!)) end += 1;
  while (end > at + 1 && text[end - 1] === '.') end -= 1; // sentence full stop
  while (start < at && /[.+-]/.test(text[start]!)) start += 1;
  if (start === at || end === at + 1) return at + 1;
  const domain = text.slice(at + 1, end);
  if (!EMAIL_DOMAIN.test(domain) || isExampleDomain(domain) || !hasPublicSuffix(domain)) return end;
  const value = text.slice(start, end);
  emit({ entity: 'EMAIL_ADDRESS', start, end, value, normalized: value.toLowerCase(), confidence: 0.9 });
  return end;
}

function scanWord(text: string, start: number, emit: (candidate: Candidate) => void): number {
  const first = text[start]!;
  if (SECRET_FIRST_CHARS.has(first)) {
    const secret = matchSecretAt(text, start);
    if (secret) {
      emit({
        entity: 'SECRET',
        secretType: secret.type,
        start,
        end: secret.end,
        value: secret.value,
        normalized: secret.value,
        confidence: secret.confidence,
      });
      return secret.end;
    }
  }
  const code = text.charCodeAt(start);
  const isUpper = (k: number) => k >= 65 && k <= 90;
  if (
    isUpper(code) &&
    isUpper(text.charCodeAt(start + 1)) &&
    isDigit(text.charCodeAt(start + 2)) &&
    isDigit(text.charCodeAt(start + 3))
  ) {
    IBAN.lastIndex = start;
    const iban = IBAN.exec(text);
    if (iban) {
      const compact = iban[0].replace(/ /g, '');
      if (isValidIban(compact)) {
        emit({
          entity: 'IBAN_CODE',
          start,
          end: start + iban[0].length,
          value: iban[0],
          normalized: compact,
          confidence: 0.9,
        });
        return start + iban[0].length;
      }
    }
  }
  if (first === '1' || first === '3') {
    BASE58_WORD.lastIndex = start;
    const word = BASE58_WORD.exec(text);
    if (word && isValidBitcoinAddress(word[0])) {
      emit({
        entity: 'CRYPTO',
        start,
        end: start + word[0].length,
        value: word[0],
        normalized: word[0],
        confidence: 0.85,
      });
      return start + word[0].length;
    }
  } else if ((first === 'b' || first === 'B') && /^bc1$/i.test(text.slice(start, start + 3))) {
    BECH32_WORD.lastIndex = start;
    const word = BECH32_WORD.exec(text);
    if (word && isValidBitcoinAddress(word[0])) {
      emit({
        entity: 'CRYPTO',
        start,
        end: start + word[0].length,
        value: word[0],
        normalized: word[0].toLowerCase(),
        confidence: 0.85,
      });
      return start + word[0].length;
    }
  }
  // The rest of the word: letters, digits, `_` and `-` (tokens like `sk-proj-...`).
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (isWord(c) || c === 45) end += 1;
    else break;
  }
  if (end - start === 40 && WANDB_KEY.test(text.slice(start, end))) {
    const value = text.slice(start, end);
    emit({
      entity: 'SECRET',
      secretType: 'wandb-api-key',
      start,
      end,
      value,
      normalized: value,
      confidence: 0.9,
      requiresContext: /wandb|weights\s*(?:&|and)\s*biases/i,
    });
  }
  // IPv6: hex groups joined by colons, starting here.
  if (text.charCodeAt(end) === 58 && end - start <= 4) {
    const ipv6End = scanIpv6(text, start, emit);
    if (ipv6End > end) return ipv6End;
  }
  return end;
}

function scanIpv6(text: string, start: number, emit: (candidate: Candidate) => void): number {
  IPV6.lastIndex = start;
  const match = IPV6.exec(text);
  if (!match) return start;
  const value = match[0];
  // Times (12:30:45), MAC addresses and C++ scopes are not addresses.
  if (!value.includes('::') && value.split(':').length < 8) return start;
  if (!/[0-9A-Fa-f]/.test(value.replace(/:/g, '')) || value.length < 6) return start;
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

/**
 * Calls `emit` for every candidate in `text`, left to right. `text` may hold many lines; no
 * candidate spans a newline.
 */
export function scanText(text: string, emit: (candidate: Candidate) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const previous = i === 0 ? 32 : text.charCodeAt(i - 1);
    if (c === 64) {
      i = scanEmail(text, i, emit);
      continue;
    }
    if (c >= 128 || CLASS[c] === 0) {
      if ((c === 43 || c === 40) && !isWord(previous) && isDigit(text.charCodeAt(i + 1))) {
        // +44 20 ..., (415) 555-...
        const run = readDigitRun(text, i);
        if (!isWord(text.charCodeAt(run.end))) classifyDigits(text, run, emit);
        i = Math.max(run.end, i + 1);
        continue;
      }
      if (c === 45 && text.startsWith('-----BEGIN ', i)) {
        const secret = matchSecretAt(text, i);
        if (secret) {
          emit({
            entity: 'SECRET',
            secretType: secret.type,
            start: i,
            end: secret.end,
            value: secret.value,
            normalized: secret.value,
            confidence: secret.confidence,
          });
          i = secret.end;
          continue;
        }
      }
      if (c === 58 && text.charCodeAt(i + 1) === 58 && !isWord(previous) && isHex(text.charCodeAt(i + 2))) {
        i = Math.max(scanIpv6(text, i, emit), i + 1);
        continue;
      }
      i += 1;
      continue;
    }
    if (isWord(previous)) {
      // Inside a word (v1.2.3.4, a hex hash, a UUID part): skip to the word's end.
      while (i < n && isWord(text.charCodeAt(i))) i += 1;
      continue;
    }
    if (CLASS[c] === DIGIT) {
      const quick = plausibleDigitRun(text, i);
      const afterQuick = text.charCodeAt(quick.end);
      if (!quick.plausible && afterQuick !== 58 && !isWord(afterQuick)) {
        i = quick.end;
        continue;
      }
      const run = readDigitRun(text, i);
      const after = text.charCodeAt(run.end);
      if (after === 58 && run.groups.length === 1 && run.digits.length <= 4) {
        // 2606:4700::1111
        const end = scanIpv6(text, i, emit);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (isWord(after)) {
        // Digits running into letters: an alphanumeric token (hash, address, id).
        i = scanWord(text, i, emit);
        continue;
      }
      classifyDigits(text, run, emit);
      i = run.end;
      continue;
    }
    i = scanWord(text, i, emit);
  }
}
