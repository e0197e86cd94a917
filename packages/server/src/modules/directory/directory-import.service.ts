import {
  csvRowToService,
  REQUIRED_CSV_COLUMNS,
  type Actor,
  type ImportMode,
  type ImportRowError,
  type ImportServicesResult,
  type ServiceFields,
} from '@careloop/core';
import { parse } from 'csv-parse/sync';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { directoryServices } from './directory.schema.js';
import { serviceColumns } from './directory-view.js';
import { findOrCreateProviders } from './providers.js';

/** Rows per insert statement (1,000 rows: two statements). */
const INSERT_BATCH = 500;
export const MAX_IMPORT_ROWS = 5000;

interface Checked {
  total: number;
  good: ServiceFields[];
  errors: ImportRowError[];
  rejectedRows: number;
}

/** Parses and validates every row; row numbers are file lines as a spreadsheet shows them (header = 1). */
export function checkCsv(csv: string): Checked {
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      bom: true,
      trim: false,
      relax_column_count: true,
    });
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : 1;
    return {
      total: 0,
      good: [],
      rejectedRows: 0,
      errors: [{ row: line, field: 'file', message: 'The file is not valid CSV.' }],
    };
  }
  const header = records.length ? Object.keys(records[0] ?? {}) : (csv.split(/\r?\n/, 1)[0]?.split(',') ?? []);
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    return {
      total: records.length,
      good: [],
      rejectedRows: records.length,
      errors: missing.map((c) => ({ row: 1, field: c, message: `The header has no "${c}" column.` })),
    };
  }
  if (records.length > MAX_IMPORT_ROWS) {
    return {
      total: records.length,
      good: [],
      rejectedRows: records.length,
      errors: [{ row: 1, field: 'file', message: `Import at most ${MAX_IMPORT_ROWS} rows at a time.` }],
    };
  }
  const good: ServiceFields[] = [];
  const errors: ImportRowError[] = [];
  let rejectedRows = 0;
  records.forEach((record, i) => {
    const result = csvRowToService(record);
    if (result.ok) good.push(result.value);
    else {
      rejectedRows += 1;
      for (const e of result.errors) errors.push({ row: i + 2, ...e });
    }
  });
  return { total: records.length, good, errors, rejectedRows };
}

/**
 * Imports directory services from CSV in one transaction with one audit row (counts only).
 * all_or_nothing: any bad row and nothing is written (answer: imported 0 and every row error);
 * good_rows: the valid rows are written and the bad ones reported. A dry run writes nothing.
 */
export async function importServices(
  ctx: AppContext,
  actor: Actor,
  input: { csv: string; mode: ImportMode; dryRun?: boolean | undefined },
  meta: RequestMeta,
): Promise<ImportServicesResult> {
  const checked = checkCsv(input.csv);
  const fileError = checked.errors.some((e) => e.row === 1);
  const write =
    !input.dryRun &&
    !fileError &&
    checked.good.length > 0 &&
    (input.mode === 'good_rows' || checked.rejectedRows === 0);
  const now = ctx.now();
  const imported = await ctx.database.db.transaction(async (tx) => {
    let count = 0;
    if (write) {
      const providers = await findOrCreateProviders(
        tx,
        actor.organizationId,
        checked.good.map((g) => g.organizationName),
        now,
      );
      for (let i = 0; i < checked.good.length; i += INSERT_BATCH) {
        const batch = checked.good.slice(i, i + INSERT_BATCH).map((body) => {
          const providerId = providers.get(body.organizationName.toLowerCase());
          if (!providerId) throw new Error('provider missing after upsert');
          return {
            organizationId: actor.organizationId,
            providerId,
            ...serviceColumns(body),
            lastVerifiedOn: body.lastVerifiedOn ?? null,
            createdById: actor.userId,
            createdAt: now,
            updatedAt: now,
          };
        });
        await tx.insert(directoryServices).values(batch);
        count += batch.length;
      }
    }
    if (!input.dryRun) {
      await recordAudit(
        tx,
        actor,
        {
          action: 'directory_service.import',
          entityType: 'directory_import',
          outcome: count === 0 && (fileError || checked.rejectedRows > 0) ? 'failure' : 'success',
          details: { mode: input.mode, total: checked.total, imported: count, rejectedRows: checked.rejectedRows },
        },
        meta,
      );
    }
    return count;
  });
  return {
    mode: input.mode,
    dryRun: input.dryRun ?? false,
    total: checked.total,
    imported,
    rejectedRows: checked.rejectedRows,
    errors: checked.errors,
  };
}
