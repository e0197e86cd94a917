/**
 * Runs `work` back to back on `concurrency` workers for `seconds` and records each run's latency
 * (ms): the raw-SQL twin of an HTTP scenario, at the same concurrency over a pool the server's size.
 */
export async function runSqlLoad(options: {
  concurrency: number;
  seconds: number;
  work: (worker: number, iteration: number) => Promise<unknown>;
}): Promise<{ latencies: number[]; rps: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        await options.work(worker, i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latencies, rps: Math.round((latencies.length / seconds) * 10) / 10 };
}
