import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A jsonb value (wrapped, so it is not mistaken for a text[] column). */
export interface Json {
  readonly json: unknown;
}
export const json = (value: unknown): Json => ({ json: value });

export type Cell = string | number | boolean | Date | null | readonly string[] | Json;

/** A table and the columns the generator fills; the rest take their defaults. */
export interface TableSpec<C extends string = string> {
  readonly name: string;
  readonly columns: readonly C[];
}
export type RowOf<T> = T extends TableSpec<infer C> ? Record<C, Cell> : never;

// COPY text format: backslash escapes for the four characters that carry meaning.
const escapeText = (s: string) =>
  s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
const arrayElement = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

function encodeCell(v: Cell): string {
  if (v === null) return '\\N';
  if (typeof v === 'string') return escapeText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return escapeText(`{${v.map(arrayElement).join(',')}}`);
  return escapeText(JSON.stringify((v as Json).json));
}

export function encodeRow(columns: readonly string[], row: Record<string, Cell>): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const v = row[columns[i]!];
    if (v === undefined) throw new Error(`datagen: no value for ${columns[i]}`);
    line += (i ? '\t' : '') + encodeCell(v);
  }
  return line + '\n';
}

/** Rows for several tables, encoded as they are added, written with one COPY per table. */
export class CopyBatch {
  private readonly lines = new Map<string, string[]>();

  add<C extends string>(table: TableSpec<C>, row: Record<C, Cell>): void {
    let list = this.lines.get(table.name);
    if (!list) this.lines.set(table.name, (list = []));
    list.push(encodeRow(table.columns, row));
  }

  count(table: TableSpec): number {
    return this.lines.get(table.name)?.length ?? 0;
  }

  /** COPY every table in the given order (parents before children), then forget the rows. */
  async flush(client: pg.ClientBase, order: readonly TableSpec[]): Promise<Map<string, number>> {
    const written = new Map<string, number>();
    for (const table of order) {
      const list = this.lines.get(table.name);
      if (!list?.length) continue;
      await copyLines(client, table, list);
      written.set(table.name, list.length);
    }
    this.lines.clear();
    return written;
  }
}

async function copyLines(client: pg.ClientBase, table: TableSpec, lines: string[]): Promise<void> {
  const stream = client.query(copyFrom(`copy ${table.name} (${table.columns.join(', ')}) from stdin`));
  // ~1 MB writes: few enough syscalls, small enough not to hold the whole table in one string.
  function* chunks() {
    let buf = '';
    for (const line of lines) {
      buf += line;
      if (buf.length > 1 << 20) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  await pipeline(Readable.from(chunks()), stream);
}
