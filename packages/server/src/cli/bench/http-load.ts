import autocannon from 'autocannon';

/** One request a simulated user makes. */
export interface Call {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  /** Groups calls in the result (e.g. the chart's three reads). */
  label: string;
}

/** A signed-in user on one connection: decides each next call and hears each answer. */
export interface VirtualUser {
  headers: Record<string, string>;
  next(): Call;
  onResponse?(call: Call, status: number, body: string): void;
}

export interface LoadResult {
  latencies: number[];
  byLabel: Map<string, number[]>;
  statuses: Map<number, number>;
  /** Socket errors and timeouts (no response at all). */
  errors: number;
  seconds: number;
  rps: number;
}

/**
 * Drives the server over HTTP with autocannon: `connections` keep-alive connections, each one
 * user (from `userFor`), for `seconds`. Latencies are collected per response, so any percentile
 * can be taken (autocannon's own summary has no p95).
 */
export async function runHttpLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  userFor: (connection: number) => VirtualUser;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const byLabel = new Map<string, number[]>();
  const statuses = new Map<number, number>();
  const lastCall = new Map<object, Call>();
  let connection = 0;
  const started = performance.now();
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        setupClient(client) {
          const user = options.userFor(connection++);
          client.setRequests([
            {
              setupRequest: (request) => {
                const call = user.next();
                lastCall.set(client, call);
                const json = call.body !== undefined;
                return {
                  ...request,
                  method: call.method,
                  path: call.path,
                  headers: json ? { ...user.headers, 'content-type': 'application/json' } : user.headers,
                  body: json ? JSON.stringify(call.body) : undefined,
                };
              },
              onResponse: (status, body) => {
                const call = lastCall.get(client);
                if (call) user.onResponse?.(call, status, body);
              },
            },
          ]);
        },
      },
      (err: unknown, result: autocannon.Result) =>
        err ? reject(err instanceof Error ? err : new Error('autocannon failed')) : resolve(result),
    );
  });
  instance?.on('response', (client, status, _bytes, ms) => {
    latencies.push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const label = lastCall.get(client)?.label ?? 'unknown';
    let list = byLabel.get(label);
    if (!list) byLabel.set(label, (list = []));
    list.push(ms);
  });
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  return {
    latencies,
    byLabel,
    statuses,
    errors: result.errors + result.timeouts,
    seconds,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
  };
}
