import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Finding } from '../../core/findings.js';
import { keyedFingerprint, type FingerprintKey } from '../../core/redaction.js';
import { csvColumns, csvFieldIndex, keyBefore, scoreCandidate } from './context.js';
import { type Entity, ruleFor } from './entities.js';
import { type FileFormat, isBinaryOutputKey } from './formats.js';
import { previewOf } from './preview.js';
import { type Candidate, scanText } from './scanner.js';

/**
 * Streams one text file (or its gunzipped content) through the scanner with bounded memory:
 * chunks are cut at line ends, a line longer than the cap is cut at a non-word character, and
 * every finding carries the physical line and UTF-16 column of the file as stored.
 */

export interface ScanSettings {
  entities: ReadonlySet<Entity>;
  minConfidence: number;
  fingerprintKey: FingerprintKey;
}

export interface TextScanStats {
  bytes: number;
  lines: number;
  candidates: number;
}

const CHUNK = 4 * 1024 * 1024;
/** A line longer than this is scanned in pieces (minified JSON, one-line dumps). */
const MAX_PIECE = 8 * 1024 * 1024;

const ENTITY_NAMES: Record<Entity, string> = {
  EMAIL_ADDRESS: 'Email address',
  PHONE_NUMBER: 'Phone number',
  US_SSN: 'US SSN',
  CREDIT_CARD: 'Payment card number',
  IBAN_CODE: 'IBAN',
  IP_ADDRESS: 'Public IP address',
  CRYPTO: 'Bitcoin address',
  SECRET: 'Secret',
};

/** Scans text pieces in order, keeping line numbers and the CSV header across pieces. */
export class TextScanner {
  readonly findings: Finding[] = [];
  readonly stats: TextScanStats = { bytes: 0, lines: 0, candidates: 0 };
  private line = 1;
  /** UTF-16 length already consumed of the current line, when a line arrives in pieces. */
  private lineColumnBase = 0;
  private columns?: string[];
  private readonly kindLabel: string;

  constructor(
    private readonly relativePath: string,
    private readonly format: FileFormat,
    private readonly settings: ScanSettings,
    private readonly decompressed = false,
  ) {
    this.kindLabel = decompressed ? ' of the decompressed content' : '';
  }

  /**
   * Scans `text` (latin1-decoded bytes, so offsets are byte offsets); `endsLine` says whether it
   * ends at a line break or in the middle of a long line.
   */
  scan(text: string, endsLine: boolean): void {
    this.stats.bytes += text.length;
    let lineStartOffset = 0;
    let cursor = 0;
    const firstLineOfPiece = this.line;
    if (this.format.kind === 'csv' && this.columns === undefined && firstLineOfPiece === 1) {
      const end = text.indexOf('\n');
      this.columns = csvColumns(end === -1 ? text : text.slice(0, end), this.format.delimiter);
    }
    scanText(text, (candidate) => {
      this.stats.candidates += 1;
      // Advance the line counter to the candidate.
      for (
        let nl = text.indexOf('\n', cursor);
        nl !== -1 && nl < candidate.start;
        nl = text.indexOf('\n', nl + 1)
      ) {
        this.line += 1;
        lineStartOffset = nl + 1;
        this.lineColumnBase = 0;
        cursor = nl + 1;
      }
      cursor = Math.max(cursor, lineStartOffset);
      this.consider(candidate, text, lineStartOffset);
    });
    for (let nl = text.indexOf('\n', cursor); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
      this.line += 1;
      lineStartOffset = nl + 1;
      this.lineColumnBase = 0;
    }
    if (!endsLine) {
      this.lineColumnBase += Buffer.from(text.slice(lineStartOffset), 'latin1').toString('utf8').length;
    }
    this.stats.lines = this.line - 1 + (endsLine ? 0 : 1);
  }

  private consider(candidate: Candidate, text: string, lineStart: number): void {
    if (!this.settings.entities.has(candidate.entity)) return;
    let lineEnd = text.indexOf('\n', candidate.end);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const prefix = text.slice(lineStart, candidate.start);
    let field: string | undefined;
    if (this.format.kind === 'csv') {
      // Line 1 is taken as the header; a value found there is still reported, without a column.
      if (this.line > 1)
        field = this.columns?.[csvFieldIndex(line, candidate.start - lineStart, this.format.delimiter)];
    } else if (this.format.kind === 'keyed') {
      field = keyBefore(prefix);
      if (this.format.flavour === 'notebook' && field !== undefined && isBinaryOutputKey(field)) return;
    } else {
      field = keyBefore(prefix);
    }
    const confidence = scoreCandidate(candidate, { field, before: prefix.toLowerCase(), line });
    if (confidence < this.settings.minConfidence) return;

    const rule = ruleFor(candidate.entity, candidate.secretType);
    // Columns count UTF-16 units of the line decoded as UTF-8, as editors and SARIF do.
    const utf16 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8').length;
    const column = this.lineColumnBase + utf16(prefix) + 1;
    const where = field ? ` in ${this.format.kind === 'csv' ? 'column' : 'key'} "${field}"` : '';
    const what =
      candidate.entity === 'SECRET' ? rule.title.replace(/^Leaked /, '') : ENTITY_NAMES[candidate.entity];
    const properties: Finding['properties'] = { entity: candidate.entity, confidence };
    if (candidate.secretType) properties.secretType = candidate.secretType;
    if (field) properties.field = field;
    if (this.decompressed) properties.decompressed = true;
    this.findings.push({
      ruleId: rule.id,
      level: rule.defaultLevel,
      message: `${what}${where}${this.kindLabel}: ${previewOf(candidate)} (confidence ${confidence.toFixed(2)})`,
      location: {
        path: this.relativePath,
        line: this.line,
        column,
        endColumn: column + utf16(candidate.value),
      },
      fingerprint: keyedFingerprint(
        this.settings.fingerprintKey,
        rule.id,
        this.relativePath,
        candidate.normalized,
      ),
      properties,
    });
  }
}

/** Cuts a long line at a character that cannot be inside a value, so no value is split. */
function safeCut(text: string): number {
  for (let i = text.length - 1; i > text.length - 4096 && i > 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 32 || c === 9 || c === 123 || c === 125 || c === 91 || c === 93 || c === 59)
      return i + 1;
  }
  return text.length;
}

export async function scanTextFile(
  absolutePath: string,
  relativePath: string,
  format: FileFormat,
  gzip: boolean,
  settings: ScanSettings,
): Promise<{ findings: Finding[]; stats: TextScanStats }> {
  const scanner = new TextScanner(relativePath, format, settings, gzip);
  const file = createReadStream(absolutePath, { highWaterMark: CHUNK });
  const source: AsyncIterable<Buffer> = gzip ? file.pipe(createGunzip()) : file;
  let carry = '';
  try {
    for await (const chunk of source) {
      const text = carry + chunk.toString('latin1');
      const lastNewline = text.lastIndexOf('\n');
      if (lastNewline === -1) {
        if (text.length > MAX_PIECE) {
          const cut = safeCut(text);
          scanner.scan(text.slice(0, cut), false);
          carry = text.slice(cut);
        } else carry = text;
        continue;
      }
      scanner.scan(text.slice(0, lastNewline + 1), true);
      carry = text.slice(lastNewline + 1);
    }
    if (carry.length > 0) scanner.scan(carry, true);
  } finally {
    file.destroy();
  }
  return { findings: scanner.findings, stats: scanner.stats };
}
