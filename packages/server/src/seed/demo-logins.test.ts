import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDemoLogins, writeDemoPasswordFile, type DemoLogins } from './demo-seed.js';

const logins = (generated: boolean): DemoLogins => ({
  organization: 'Riverbend',
  password: 'Secret-Pass-1234',
  generated,
  emails: ['admin@riverbend.example'],
});

describe('printing the demo sign-ins', () => {
  it('shows the password outside production', () => {
    expect(formatDemoLogins(logins(true))).toContain('Secret-Pass-1234');
  });

  it('never prints a password in production; a generated one goes to a file only its owner reads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-demo-'));
    try {
      const file = writeDemoPasswordFile(dir, 'Secret-Pass-1234');
      expect(fs.readFileSync(file, 'utf8').trim()).toBe('Secret-Pass-1234');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const generated = formatDemoLogins(logins(true), true, file);
      expect(generated).not.toContain('Secret-Pass-1234');
      expect(generated).toContain(file);
      const chosen = formatDemoLogins(logins(false), true);
      expect(chosen).not.toContain('Secret-Pass-1234');
      expect(chosen).toContain('CARELOOP_DEMO_PASSWORD');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
