import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type pg from 'pg';

export interface Machine {
  cpus: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  postgres: string;
}

export async function describeMachine(pool: pg.Pool): Promise<Machine> {
  const pgVersion = await pool.query<{ v: string }>('select current_setting($1) as v', ['server_version']);
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres: pgVersion.rows[0]?.v ?? 'unknown',
  };
}

/** The checked-out commit, marked `-dirty` when the tree has uncommitted changes. */
export function currentCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${sha}-dirty` : sha;
  } catch {
    return 'unknown';
  }
}
