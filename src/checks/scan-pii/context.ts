import { fieldEvidence, scoreAddress } from './address-context.js';
import type { Entity } from './entities.js';
import { DEFAULT_PHONE_REGIONS } from './regions.js';
import type { Candidate } from './scanner.js';
import { isFictionalPhone, isValidPhone } from './validators.js';

/**
 * Context scoring: the same digits are a phone number under a `phone` column and a timestamp
 * under `created_at`. The name of the field a value sits in (CSV column, JSON/YAML/.env key)
 * and the words just before it move the shape's confidence up or down.
 */

/** Whole words of a field name or phrase; `_`, `-`, `.` and spaces separate words. */
const words = (list: readonly string[]) => new RegExp(`(?:^|[^a-z0-9])(?:${list.join('|')})(?=$|[^a-z0-9])`);

/** Field names and words that vouch for an entity (IP addresses have their own rules). */
const POSITIVE: Record<Exclude<Entity, 'IP_ADDRESS'>, RegExp> = {
  EMAIL_ADDRESS: /e-?mail|mail|contact|recipient|sender|reply|author|user(?:name)?$/,
  // With the words for calling and for mobiles of the languages a multilingual data set holds;
  // short ones as whole words or word starts (`tel`, not `bestelnummer` or `hotel`). Text is
  // matched as the scanner decoded it, byte by byte: `á` of UTF-8 reads as `ã¡`.
  PHONE_NUMBER:
    /phone|mobi|cell|contact|whatsapp|msisdn|appel|ll(?:a|á|ã¡)m|chiam|anruf|rufnummer|(?:^|[^a-z])(?:tel|fax|sms|call|bel|gsm|handy|ring|portable)/,
  US_SSN: /ssn|social[\s_-]*sec|soc[\s_-]*sec|taxpayer|tax[\s_-]*id|\btin\b/,
  CREDIT_CARD: /card|\bcc\b|cc[\s_-]*num|credit|\bpan\b|visa|master|amex|payment/,
  IBAN_CODE: /iban|account|bank/,
  CRYPTO: /btc|bitcoin|wallet|crypto|address/,
  SECRET: /key|token|secret|password|passwd|auth|credential|api/,
};

/** Field names and words around numbers that merely look like identifiers. */
const NEGATIVE = words([
  'version',
  'ver',
  'v',
  'id',
  'ids',
  'uuid',
  'guid',
  'hash',
  'sha\\d*',
  'md5',
  'checksum',
  'digest',
  'ts',
  'timestamp',
  'time',
  'created',
  'updated',
  'modified',
  'date',
  'datetime',
  'epoch',
  'seed',
  'steps?',
  'count',
  'num',
  'price',
  'amount',
  'total',
  'size',
  'bytes',
  'offset',
  'index',
  'idx',
  'row',
  'zip',
  'postal',
  'lat',
  'lon',
  'lng',
  'latitude',
  'longitude',
  'score',
  'prob',
  'label',
  'token[_ -]?ids?',
  'input[_ -]?ids',
  'order',
  'sku',
  'isbn',
  'build',
  'port',
  'duration',
  'elapsed',
  'ms',
]);

export interface ContextInfo {
  /** Name of the field the value sits in, lower-cased: CSV column, JSON/YAML/.env key. */
  field?: string;
  /** Text just before the value on the same line, lower-cased. */
  before: string;
  /** The whole line, for formats that need it (W&B keys). */
  line: string;
  /**
   * Regions whose national phone formats count for this value: `phone-regions` and any the
   * record names (a country column, a locale key). Default: US.
   */
  regions?: readonly string[];
}

export const FIELD_BOOST = 0.35;
export const NEAR_BOOST = 0.2;

/** Whether any of these field names can raise confidence for the entity (for pruning). */
export function fieldsCanBoost(entity: Exclude<Entity, 'IP_ADDRESS'>, fields: readonly string[]): boolean {
  return fields.some((field) => POSITIVE[entity].test(field));
}

/** A phone number in a national format is one only where a region in force says it is valid. */
function validNationally(value: string, regions: readonly string[]): boolean {
  return regions.some((region) => isValidPhone(value, region) && !isFictionalPhone(value, region));
}

const clamp = (confidence: number) => Math.max(0, Math.min(0.99, Math.round(confidence * 100) / 100));

export function scoreCandidate(candidate: Candidate, context: ContextInfo): number {
  if (candidate.requiresContext && !candidate.requiresContext.test(context.line)) return 0;
  // A secret's format is its evidence; the field it sits in does not make it less of one.
  if (candidate.entity === 'SECRET') return candidate.confidence;
  if (candidate.entity === 'IP_ADDRESS') return clamp(scoreAddress(candidate, context.field, context.before));
  if (
    candidate.entity === 'PHONE_NUMBER' &&
    !candidate.value.startsWith('+') &&
    !validNationally(candidate.value, context.regions ?? DEFAULT_PHONE_REGIONS)
  ) {
    return 0;
  }
  let confidence = candidate.confidence;
  const positive = POSITIVE[candidate.entity];
  const field = context.field;
  if (field !== undefined && field !== '') {
    if (positive.test(field)) confidence += FIELD_BOOST;
    else if (NEGATIVE.test(field)) confidence -= 0.4;
  }
  const near = context.before.slice(-40);
  if (positive.test(near)) confidence += NEAR_BOOST;
  else {
    if (NEGATIVE.test(near)) confidence -= 0.25;
    // `Order #5129383198`, `case 351-71-9054`, `part no. 917-10-2196`: a record's own number,
    // however phone- or SSN-shaped.
    const identifies =
      (candidate.entity === 'US_SSN' ||
        (candidate.entity === 'PHONE_NUMBER' && !candidate.value.startsWith('+'))) &&
      IDENTIFIER_WORDS.test(near.slice(-24));
    if (identifies) confidence -= IDENTIFIER_PENALTY;
  }
  return clamp(confidence);
}

/** Words that name a record's own number (an order, a case, an invoice), in several languages. */
const IDENTIFIER_WORDS =
  /(?:^|[^a-z])(?:order|ticket|case|invoice|part|serial|sku|booking|reservation|transaction|tracking|confirmation|shipment|parcel|claim|contract|nr|commande|facture|dossier|pedido|factura|ordine|fattura|pratica|bestellung|rechnung|auftrag|[a-z]*nummer)(?=$|[^a-z])/;
const IDENTIFIER_PENALTY = 0.5;

/**
 * The entity a candidate with an alternative reading is, given its field: a contiguous 9-digit
 * number is an SSN, except under a field that names a phone and not an SSN.
 */
export function readAs(candidate: Candidate, field: string | undefined): Candidate {
  const alternative = candidate.alternative;
  if (alternative === undefined || alternative === 'IP_ADDRESS' || field === undefined) return candidate;
  if (
    candidate.entity === 'IP_ADDRESS' ||
    !POSITIVE[alternative].test(field) ||
    POSITIVE[candidate.entity].test(field)
  )
    return candidate;
  return { ...candidate, entity: alternative, alternative: candidate.entity };
}

/** A CSV column that holds versions: a dotted quad under it is never an address. */
export function isVersionColumn(column: string): boolean {
  return fieldEvidence(column) === 'version';
}

const KEY_BEFORE_VALUE =
  /(?:^|[\s{,[(])(?:"([^"\\]{1,60})"|'([^'\\]{1,60})'|([\p{L}_][\p{L}\p{N}_.-]{0,60}))\s*[:=]\s*(?:"(?:[^"\\]|\\.)*|'[^']*|[^\s,"'{}[\]]*)$/u;

/** The element a value is the text of: `<RemoteAddr>…`, `<phone type="mobile">…`. */
const ELEMENT_BEFORE_VALUE = /<([A-Za-z_][\w.:-]{0,60})(?:\s[^<>]{0,120})?>[^<>]{0,120}$/;

/**
 * The key a value belongs to when the line reads `key: value`, `"key": "…value"`, `KEY=value`
 * (JSON, JSONL, YAML, TOML, .env and notebook lines all look like this), or the XML or HTML
 * element whose text it is.
 */
export function keyBefore(linePrefix: string): string | undefined {
  const recent = linePrefix.slice(-200);
  const match = KEY_BEFORE_VALUE.exec(recent);
  if (match) return (match[1] ?? match[2] ?? match[3])!.toLowerCase();
  return ELEMENT_BEFORE_VALUE.exec(recent)?.[1]!.toLowerCase();
}

/** Splits a CSV/TSV header line into lower-cased column names (quotes respected). */
export function csvColumns(header: string, delimiter: string): string[] {
  const columns: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (c === '"') {
      if (quoted && header[i + 1] === '"') {
        current += '"';
        i += 1;
      } else quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      columns.push(current.trim().toLowerCase());
      current = '';
    } else current += c;
  }
  columns.push(current.replace(/\r$/, '').trim().toLowerCase());
  return columns;
}
