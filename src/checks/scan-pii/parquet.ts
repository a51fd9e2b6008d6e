import type { AsyncBuffer, FileMetaData, SchemaTree } from 'hyparquet';
import type { Finding } from '../../core/findings.js';
import { readAs, scoreCandidate } from './context.js';
import { describeFinding, type ScanSettings, settingsOf, type TaskSettings } from './file-scan.js';
import { regionColumns, regionsOfRow } from './regions.js';
import { scanText } from './scanner.js';

/**
 * Parquet: read row batch by row batch (hyparquet decodes pages on demand, so memory follows the
 * batch, not the file), scan every text and integer cell with its column name as context.
 * Findings name the column and row; Parquet has no lines to annotate.
 *
 * A Parquet file is untrusted input: before a row group is decoded, its column chunks must lie
 * inside the file and their page headers must add up to the footer's counts (so no page is read
 * backwards, forever, or into an allocation the footer does not account for), and every batch
 * must decode to the rows the footer promises. Anything else is "not scanned", with a reason
 * from a fixed vocabulary: a library's message can quote a column name, which can be the data.
 */

const BATCH_ROWS = 20_000;

/** Rows a footer may claim per byte of file (an all-null column packs many in one byte). */
const MAX_ROWS_PER_BYTE = 4096;
/** Values one page may hold, and the bytes it may decompress to: bounds each allocation. */
const MAX_PAGE_VALUES = 1 << 24;
const MAX_PAGE_BYTES = 256 * 1024 * 1024;

/** The reasons a Parquet file is not scanned. None quotes the file. */
export const PARQUET_REASONS = {
  unreadable: 'not a readable Parquet file (footer, metadata or a page could not be decoded)',
  counts: 'not a consistent Parquet file (the row and value counts in its footer do not match its pages)',
  layout: 'not a consistent Parquet file (a column chunk or page lies outside the file or its chunk)',
  tooLarge:
    'a Parquet footer or page claiming more rows or larger pages than mlsec decodes for a file of this size',
  encrypted: 'an encrypted or externally stored Parquet column, which mlsec cannot read',
} as const;

export type ParquetOutcome =
  { scanned: true; findings: Finding[]; rows: number; bytes: number } | { scanned: false; reason: string };

/** What a worker is sent: structured-cloneable. */
export interface ParquetTask extends TaskSettings {
  absolutePath: string;
  relativePath: string;
}

class ParquetRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function cellText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array) return undefined; // binary columns: images, embeddings
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
  return undefined;
}

/** The worker's task: scans one file and says how it went; a file's fault never throws. */
export async function scanParquetTask(task: ParquetTask): Promise<ParquetOutcome> {
  return scanParquetFile(task.absolutePath, task.relativePath, settingsOf(task));
}

export async function scanParquetFile(
  absolutePath: string,
  relativePath: string,
  settings: ScanSettings,
): Promise<ParquetOutcome> {
  const { asyncBufferFromFile } = await import('hyparquet');
  let file: AsyncBuffer;
  try {
    file = await asyncBufferFromFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      scanned: false,
      reason: `could not be read (${typeof code === 'string' ? code : 'unreadable'})`,
    };
  }
  return scanParquetBuffer(file, relativePath, settings);
}

/** Scans a Parquet file held in `file`; every failure becomes a fixed reason. */
export async function scanParquetBuffer(
  file: AsyncBuffer,
  relativePath: string,
  settings: ScanSettings,
): Promise<ParquetOutcome> {
  try {
    return { scanned: true, ...(await scanRows(file, relativePath, settings)) };
  } catch (error) {
    if (error instanceof ParquetRefused) return { scanned: false, reason: error.reason };
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
      return { scanned: false, reason: `could not be read (${code})` };
    // Whatever the decoder threw (a RangeError for a huge length, a TypeError for a missing
    // structure, a string): the file is not a Parquet file mlsec can read.
    return { scanned: false, reason: PARQUET_REASONS.unreadable };
  }
}

/** Leaf column paths, each marked whether it is under a repeated field (more values than rows). */
function leaves(tree: SchemaTree, under = false, out = new Map<string, boolean>()): Map<string, boolean> {
  const repeated = under || tree.element.repetition_type === 'REPEATED';
  if (tree.children.length === 0) out.set(tree.path.join('\u0000'), repeated);
  else for (const child of tree.children) leaves(child, repeated, out);
  return out;
}

async function checkFooter(file: AsyncBuffer, metadata: FileMetaData): Promise<void> {
  const { parquetSchema } = await import('hyparquet');
  const { parquetHeader } = await import('hyparquet/src/column.js');
  const fileRows = metadata.num_rows;
  if (typeof fileRows !== 'bigint' || fileRows < 0n) throw new ParquetRefused(PARQUET_REASONS.counts);
  if (fileRows > BigInt(MAX_ROWS_PER_BYTE) * BigInt(file.byteLength))
    throw new ParquetRefused(PARQUET_REASONS.tooLarge);
  let rowsInGroups = 0n;
  for (const group of metadata.row_groups) rowsInGroups += BigInt(group.num_rows);
  if (rowsInGroups !== fileRows) throw new ParquetRefused(PARQUET_REASONS.counts);
  const tree = parquetSchema(metadata);
  const leafColumns = tree.children.length > 0 ? leaves(tree) : new Map<string, boolean>();
  const dataEnd = file.byteLength - 8 - metadata.metadata_length;
  for (const group of metadata.row_groups) {
    const groupRows = BigInt(group.num_rows);
    // One chunk per leaf of the schema: a chunk the schema does not name would be decoded by
    // nobody who waits for it (its failure escapes as an unhandled rejection).
    const paths = group.columns.map((chunk) => chunk.meta_data?.path_in_schema.join('\u0000'));
    if (
      paths.length !== leafColumns.size ||
      new Set(paths).size !== paths.length ||
      !paths.every((key) => key !== undefined && leafColumns.has(key))
    )
      throw new ParquetRefused(PARQUET_REASONS.unreadable);
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (!meta || chunk.file_path !== undefined || chunk.encrypted_column_metadata !== undefined)
        throw new ParquetRefused(PARQUET_REASONS.encrypted);
      const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const end = start + Number(meta.total_compressed_size);
      if (!(Number.isSafeInteger(start) && start >= 4 && end >= start && end <= dataEnd))
        throw new ParquetRefused(PARQUET_REASONS.layout);
      const values = BigInt(meta.num_values);
      const isNested = leafColumns.get(meta.path_in_schema.join('\u0000')) === true;
      if (isNested ? values < groupRows : values !== groupRows)
        throw new ParquetRefused(PARQUET_REASONS.counts);
      // Walk the page headers: each page must fit in its chunk and the data pages must hold
      // the chunk's values, no more and no fewer.
      const bytes = new Uint8Array(await file.slice(start, end));
      const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
      let seen = 0n;
      let rows = 0n;
      while (reader.offset < bytes.length) {
        const header = parquetHeader(reader);
        const size = header.compressed_page_size;
        const unpacked = header.uncompressed_page_size;
        if (!(Number.isSafeInteger(size) && size >= 0 && reader.offset + size <= bytes.length))
          throw new ParquetRefused(PARQUET_REASONS.layout);
        if (!(Number.isSafeInteger(unpacked) && unpacked >= 0))
          throw new ParquetRefused(PARQUET_REASONS.layout);
        if (unpacked > MAX_PAGE_BYTES) throw new ParquetRefused(PARQUET_REASONS.tooLarge);
        reader.offset += size;
        const page =
          header.type === 'DATA_PAGE'
            ? header.data_page_header && {
                values: header.data_page_header.num_values,
                rows: header.data_page_header.num_values,
              }
            : header.type === 'DATA_PAGE_V2'
              ? header.data_page_header_v2 && {
                  values: header.data_page_header_v2.num_values,
                  rows: header.data_page_header_v2.num_rows,
                }
              : header.type === 'DICTIONARY_PAGE'
                ? header.dictionary_page_header && { values: 0, rows: 0 }
                : header.type === 'INDEX_PAGE'
                  ? { values: 0, rows: 0 }
                  : undefined;
        if (!page) throw new ParquetRefused(PARQUET_REASONS.unreadable);
        const dictionaryValues = header.dictionary_page_header?.num_values ?? 0;
        for (const count of [page.values, page.rows, dictionaryValues]) {
          if (!(Number.isSafeInteger(count) && count >= 0)) throw new ParquetRefused(PARQUET_REASONS.counts);
          if (count > MAX_PAGE_VALUES) throw new ParquetRefused(PARQUET_REASONS.tooLarge);
        }
        seen += BigInt(page.values);
        rows += BigInt(page.rows);
        if (seen > values) throw new ParquetRefused(PARQUET_REASONS.counts);
      }
      if (seen !== values || (!isNested && rows !== groupRows))
        throw new ParquetRefused(PARQUET_REASONS.counts);
    }
  }
}

async function scanRows(
  file: AsyncBuffer,
  relativePath: string,
  settings: ScanSettings,
): Promise<{ findings: Finding[]; rows: number; bytes: number }> {
  // Loaded on the first Parquet file: most scans have none, and startup counts on every run.
  const [{ parquetMetadataAsync, parquetRead, parquetSchema }, { compressors }] = await Promise.all([
    import('hyparquet'),
    import('hyparquet-compressors'),
  ]);
  const metadata = await parquetMetadataAsync(file);
  await checkFooter(file, metadata);
  const topColumns = parquetSchema(metadata).children.map((child) => child.element.name);
  const rows = Number(metadata.num_rows);
  const findings: Finding[] = [];
  for (let rowStart = 0; rowStart < rows; rowStart += BATCH_ROWS) {
    const rowEnd = Math.min(rows, rowStart + BATCH_ROWS);
    let batch: Record<string, unknown>[] = [];
    // Rows each column decoded in this batch: hyparquet pads a short column with undefined.
    const decoded = new Map<string, number>();
    await parquetRead({
      file,
      metadata,
      compressors,
      rowStart,
      rowEnd,
      rowFormat: 'object',
      onChunk: (chunk) => {
        const overlap = Math.max(0, Math.min(chunk.rowEnd, rowEnd) - Math.max(chunk.rowStart, rowStart));
        decoded.set(chunk.columnName, (decoded.get(chunk.columnName) ?? 0) + overlap);
      },
      onComplete: (result: Record<string, unknown>[]) => {
        batch = result;
      },
    });
    // The rows decoded must be the rows the footer promised: fewer would pass data unscanned.
    if (
      batch.length !== rowEnd - rowStart ||
      decoded.size !== topColumns.length ||
      topColumns.some((name) => decoded.get(name) !== rowEnd - rowStart)
    )
      throw new ParquetRefused(PARQUET_REASONS.counts);
    const columns = batch.length > 0 ? Object.keys(batch[0]!) : [];
    const regionColumnList = regionColumns(columns);
    batch.forEach((row, offset) => {
      let regions: readonly string[] | undefined;
      // The row's country or locale cells, read only for a national phone number.
      const regionsOfThisRow = () =>
        (regions ??= [
          ...settings.phoneRegions,
          ...regionsOfRow(
            columns.map((name) => (typeof row[name] === 'string' ? row[name] : undefined)),
            regionColumnList,
          ),
        ]);
      for (const [column, value] of Object.entries(row)) {
        const text = cellText(value);
        if (text === undefined || text.length < 5) continue;
        const field = column.toLowerCase();
        scanText(text, (found) => {
          const candidate = readAs(found, field);
          if (!settings.entities.has(candidate.entity)) return;
          const before = text.slice(Math.max(0, candidate.start - 48), candidate.start).toLowerCase();
          const confidence = scoreCandidate(candidate, {
            field,
            before,
            line: text,
            regions:
              candidate.entity === 'PHONE_NUMBER' && !candidate.value.startsWith('+')
                ? regionsOfThisRow()
                : undefined,
          });
          if (confidence < settings.minConfidence) return;
          findings.push(
            describeFinding(candidate, confidence, settings, {
              path: relativePath,
              field,
              fieldKind: 'column',
              where: ` (row ${rowStart + offset + 1})`,
              extra: { row: rowStart + offset + 1 },
            }),
          );
        });
      }
    });
  }
  return { findings, rows, bytes: file.byteLength };
}
