import type { Finding } from '../../core/findings.js';
import { readAs, scoreCandidate } from './context.js';
import { describeFinding, type ScanSettings } from './file-scan.js';
import { regionColumns, regionsOfRow } from './regions.js';
import { scanText } from './scanner.js';

/**
 * Parquet: read row batch by row batch (hyparquet decodes pages on demand, so memory follows the
 * batch, not the file), scan every text and integer cell with its column name as context.
 * Findings name the column and row; Parquet has no lines to annotate.
 */

const BATCH_ROWS = 20_000;

function cellText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array) return undefined; // binary columns: images, embeddings
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
  return undefined;
}

export async function scanParquetFile(
  absolutePath: string,
  relativePath: string,
  settings: ScanSettings,
): Promise<{ findings: Finding[]; rows: number; bytes: number }> {
  // Loaded on the first Parquet file: most scans have none, and startup counts on every run.
  const [{ asyncBufferFromFile, parquetMetadataAsync, parquetRead }, { compressors }] = await Promise.all([
    import('hyparquet'),
    import('hyparquet-compressors'),
  ]);
  const file = await asyncBufferFromFile(absolutePath);
  const metadata = await parquetMetadataAsync(file);
  const rows = Number(metadata.num_rows);
  const findings: Finding[] = [];
  for (let rowStart = 0; rowStart < rows; rowStart += BATCH_ROWS) {
    const rowEnd = Math.min(rows, rowStart + BATCH_ROWS);
    let batch: Record<string, unknown>[] = [];
    await parquetRead({
      file,
      metadata,
      compressors,
      rowStart,
      rowEnd,
      rowFormat: 'object',
      onComplete: (result: Record<string, unknown>[]) => {
        batch = result;
      },
    });
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
