/**
 * A bounded list of ModelIssues for the structural analyzers (safetensors, GGUF, ONNX, SavedModel,
 * Keras metadata), and quoting of file text for their messages: a hostile file
 * can be malformed in a million places, and a report of a million lines hides the one that
 * matters. Past the cap the list keeps counting and ends with one issue that says how many were
 * left out, at the highest level among them, so a cut list never reads as less severe than it is.
 */
import { printable } from '../../core/escape.js';
import type { ModelIssue, ModelIssueLevel, ModelRuleId } from './model-issue.js';
import { type LengthField, ProtoLimitError, ProtoMalformedError, type ProtoReader } from './protobuf.js';

export const DEFAULT_MAX_ISSUES = 100;

/** Text from a file as it may enter a message: escaped and cut to `max` characters. */
export function fileText(text: string, max = 120): string {
  // Cut before escaping (a megabyte of control characters is never expanded whole) and after it
  // (escapes lengthen the text), on code points so that no surrogate pair is split.
  const points = Array.from(printable(text.length > max * 2 ? text.slice(0, max * 2) : text));
  return points.length > max ? `${points.slice(0, max).join('')}...` : points.join('');
}

/** Characters of file text kept in an issue's properties (longer than in a message). */
export const MAX_PROPERTY_CHARS = 1024;

/** File text for an issue's properties: escaped and cut longer than in a message. */
export function propertyText(text: string): string {
  return fileText(text, MAX_PROPERTY_CHARS);
}

/** `fileText` in quotes, for names in messages. */
export function quoted(text: string, max = 120): string {
  return `'${fileText(text, max)}'`;
}

const RANK: Record<ModelIssueLevel, number> = { note: 0, warning: 1, error: 2 };

export class IssueList {
  readonly #items: ModelIssue[] = [];
  #omitted = 0;
  #omittedLevel: ModelIssueLevel = 'note';

  constructor(private readonly max: number = DEFAULT_MAX_ISSUES) {}

  add(issue: ModelIssue): void {
    if (this.#items.length < this.max) {
      this.#items.push(issue);
      return;
    }
    this.#omitted++;
    if (RANK[issue.level] > RANK[this.#omittedLevel]) this.#omittedLevel = issue.level;
  }

  issue(
    ruleId: ModelRuleId,
    level: ModelIssueLevel,
    message: string,
    offset?: number,
    properties?: ModelIssue['properties'],
  ): void {
    const issue: { -readonly [K in keyof ModelIssue]: ModelIssue[K] } = { ruleId, level, message };
    if (offset !== undefined) issue.offset = offset;
    if (properties !== undefined) issue.properties = properties;
    this.add(issue);
  }

  /** Turns a failed protobuf walk into an issue; rethrows anything that is not a protobuf error. */
  failure(error: unknown, what: string): void {
    if (error instanceof ProtoMalformedError) {
      this.issue(
        'model/malformed-file',
        'error',
        `${what} is not valid protobuf at byte ${error.offset}: ${error.message}. A loader rejects it; nothing after that point was checked.`,
        error.offset,
      );
    } else if (error instanceof ProtoLimitError) {
      this.issue(
        'model/scan-limit',
        'warning',
        `${what}: ${error.message} (at byte ${error.offset}), so it was not checked whole.`,
        error.offset,
        { limit: error.limit },
      );
    } else {
      throw error;
    }
  }

  get size(): number {
    return this.#items.length + this.#omitted;
  }

  hasErrors(): boolean {
    return this.#items.some((issue) => issue.level === 'error') || this.#omittedLevel === 'error';
  }

  /** The issues, ending with the count of those left out when there were more than the cap. */
  result(): ModelIssue[] {
    return this.list();
  }

  list(): ModelIssue[] {
    if (this.#omitted === 0) return [...this.#items];
    return [
      ...this.#items,
      {
        ruleId: 'model/scan-limit',
        level: this.#omittedLevel,
        message: `${this.#omitted} more issue(s) in this file were left out of the report (at most ${this.max} are listed).`,
        properties: { omittedIssues: this.#omitted },
      },
    ];
  }
}

/**
 * A protobuf string field as text; invalid UTF-8 is an issue (`what` at byte N is not valid
 * UTF-8, which `consequence`) and the text, with replacement characters, is still returned.
 */
export async function protoText(
  reader: ProtoReader,
  issues: IssueList,
  field: LengthField,
  maxBytes: number,
  what: string,
  consequence: string,
): Promise<string> {
  const decoded = await reader.text(field, maxBytes);
  if (!decoded.valid) {
    issues.issue(
      'model/malformed-file',
      'error',
      `The ${what} at byte ${field.offset} is not valid UTF-8, which ${consequence}.`,
      field.offset,
    );
  }
  return decoded.text;
}
