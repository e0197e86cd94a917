import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer, stopServer } from './server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    demoPassword: string;
  }
}

export const DEMO_PASSWORD = 'e2e-demo-password-2026';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer({ CARELOOP_DEMO_PASSWORD: DEMO_PASSWORD, RATE_LIMIT_ENABLED: 'false' });
  project.provide('baseURL', server.baseURL);
  project.provide('demoPassword', DEMO_PASSWORD);
  return async () => {
    await stopServer(server);
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  };
}
