import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to loopback on port 3000 with the embedded database', () => {
    const c = loadConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.session).toEqual({ idleSeconds: 1800, absoluteSeconds: 12 * 3600 });
    expect(c.lockout).toEqual({ threshold: 5, minutes: 15 });
  });

  it('names the variable that is wrong without echoing secrets', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    try {
      loadConfig({ SESSION_SECRET: 'short-secret-value' });
    } catch (err) {
      expect((err as Error).message).not.toContain('short-secret-value');
    }
  });
});
