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
    expect(c.jobsEnabled).toBe(true);
    expect(c.mail.smtpUrl).toBeUndefined(); // email is off unless SMTP_URL is set
  });

  it('turns jobs off and email on from the environment', () => {
    const c = loadConfig({
      JOBS_ENABLED: 'false',
      SMTP_URL: 'smtp://mail.example:25',
      PUBLIC_URL: 'https://cl.example',
    });
    expect(c.jobsEnabled).toBe(false);
    expect(c.mail.smtpUrl).toBe('smtp://mail.example:25');
    expect(c.publicUrl).toBe('https://cl.example');
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

  it('is not production unless NODE_ENV says so: the demo is seeded by default', () => {
    const c = loadConfig({});
    expect(c.production).toBe(false);
    expect(c.seed).toBe('demo');
  });

  it('seeds no demo under NODE_ENV=production unless CARELOOP_SEED=demo', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, seed: 'none' });
    expect(loadConfig({ NODE_ENV: 'production', CARELOOP_SEED: 'demo' }).seed).toBe('demo');
    expect(loadConfig({ CARELOOP_SEED: 'none' }).seed).toBe('none');
  });

  it('refuses production with DATABASE_URL and no SESSION_SECRET', () => {
    const external = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db.example:5432/careloop' };
    expect(() => loadConfig(external)).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...external, SESSION_SECRET: 'x'.repeat(32) })).not.toThrow();
    // Development, or the embedded database (secret kept in DATA_DIR), may start without one.
    expect(() => loadConfig({ ...external, NODE_ENV: 'development' })).not.toThrow();
    expect(() => loadConfig({ NODE_ENV: 'production' })).not.toThrow();
  });

  it('refuses to serve a non-loopback address over plain HTTP without TRUST_PROXY or ALLOW_INSECURE_HTTP', () => {
    for (const HOST of ['0.0.0.0', '192.168.1.20', '::']) {
      expect(() => loadConfig({ HOST })).toThrow(/TRUST_PROXY/);
      expect(loadConfig({ HOST, TRUST_PROXY: 'true' }).host).toBe(HOST);
      expect(loadConfig({ HOST, ALLOW_INSECURE_HTTP: 'true' }).host).toBe(HOST);
    }
    for (const HOST of ['127.0.0.1', '127.0.0.2', 'localhost', '::1']) expect(loadConfig({ HOST }).host).toBe(HOST);
  });
});
