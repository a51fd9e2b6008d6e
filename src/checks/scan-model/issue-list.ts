/**
 * What the protobuf-based analyzers (ONNX, SavedModel, Keras metadata) share: quoting text from
 * the file for a message, a bound on how many issues one file can produce, and the issues a
 * failed protobuf walk becomes.
 */
import { printable } from '../../core/escape.js';
import type { ModelIssue } from './model-issue.js';
import { ProtoLimitError, ProtoMalformedError } from './protobuf.js';

/** Characters of file text shown in one message; the properties keep a longer copy. */
export const MAX_SHOWN_CHARS = 120;
/** Characters of file text kept in an issue's properties. */
export const MAX_PROPERTY_CHARS = 1024;

/** File text, escaped and cut, in quotes. */
export function quoted(text: string): string {
  return `'${shortened(text, MAX_SHOWN_CHARS)}'`;
}

/** File text for an issue's properties: escaped and cut longer than in a message. */
export function propertyText(text: string): string {
  return shortened(text, MAX_PROPERTY_CHARS);
}

function shortened(text: string, max: number): string {
  // Cut before escaping too, so a megabyte of control characters is never expanded whole.
  const safe = printable(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}

/**
 * Issues of one file, at most `max`: a file made to produce a million findings gets the first
 * ones and a note saying how many more there were.
 */
export class IssueList {
  readonly #issues: ModelIssue[] = [];
  #dropped = 0;

  constructor(readonly max = 1000) {}

  add(issue: ModelIssue): void {
    if (this.#issues.length < this.max) this.#issues.push(issue);
    else this.#dropped += 1;
  }

  /** Turns a failed walk into an issue; rethrows anything that is not a protobuf error. */
  failure(error: unknown, what: string): void {
    if (error instanceof ProtoMalformedError) {
      this.add({
        ruleId: 'model/malformed-file',
        level: 'error',
        message: `${what} is not valid protobuf at byte ${error.offset}: ${error.message}. A loader rejects it; nothing after that point was checked.`,
        offset: error.offset,
      });
    } else if (error instanceof ProtoLimitError) {
      this.add({
        ruleId: 'model/scan-limit',
        level: 'warning',
        message: `${what}: ${error.message} (at byte ${error.offset}), so it was not checked whole.`,
        offset: error.offset,
        properties: { limit: error.limit },
      });
    } else {
      throw error;
    }
  }

  get count(): number {
    return this.#issues.length + this.#dropped;
  }

  result(): ModelIssue[] {
    if (this.#dropped === 0) return [...this.#issues];
    return [
      ...this.#issues,
      {
        ruleId: 'model/scan-limit',
        level: 'note',
        message: `${this.#dropped} more issues in this file are not listed (at most ${this.max} are).`,
        properties: { dropped: this.#dropped },
      },
    ];
  }
}
