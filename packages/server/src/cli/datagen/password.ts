/** For synthetic data only: used when neither --password nor BENCH_PASSWORD is given. */
export const DEFAULT_BENCH_PASSWORD = 'careloop-bench-only-2026';

/** The one password every generated staff member has (datagen hashes it once; bench signs in with it). */
export function benchPassword(flag: string | undefined): string {
  return flag ?? process.env.BENCH_PASSWORD ?? DEFAULT_BENCH_PASSWORD;
}
