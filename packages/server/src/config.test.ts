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
});
