import { describe, expect, it } from 'vitest';
import { checkResolveFlag } from './resolve-flag-model.js';

const MESSAGE = 'Document the risk assessment (at least a few sentences).';
const WRITTEN = 'Seen in person. Passive thoughts only, no plan or intent; protective factors strong.';

describe('clearing a suicide-risk flag', () => {
  it('refuses an empty or blank risk assessment with the field message, before anything is sent', () => {
    for (const typed of ['', '   ', '\n\t ']) {
      expect(checkResolveFlag(typed, 3)).toEqual({ ok: false, fields: { riskAssessment: MESSAGE } });
    }
  });

  it('refuses a few words padded with spaces: the length counts once trimmed, as on the server', () => {
    expect(checkResolveFlag(`  Seems fine.${' '.repeat(30)}`, 3)).toEqual({
      ok: false,
      fields: { riskAssessment: MESSAGE },
    });
  });

  it('sends a written assessment, trimmed, with the version it was based on', () => {
    expect(checkResolveFlag(`  ${WRITTEN}\n`, 3)).toEqual({ ok: true, body: { riskAssessment: WRITTEN, version: 3 } });
  });
});
