import { describe, expect, it } from 'vitest';
import { foreignSections, inferNoteFormat, missingSections, normalizeSections, sectionsOf } from './note-sections.js';

describe('note formats', () => {
  it('names the sections of DAP and SOAP in reading order', () => {
    expect(sectionsOf('dap')).toEqual(['data', 'assessment', 'plan']);
    expect(sectionsOf('soap')).toEqual(['subjective', 'objective', 'assessment', 'plan']);
  });

  it("uses the agency's format unless the sections clearly belong to the other", () => {
    expect(inferNoteFormat('dap', {})).toBe('dap');
    expect(inferNoteFormat('soap', { assessment: 'x', plan: 'y' })).toBe('soap');
    expect(inferNoteFormat('soap', { data: 'x' })).toBe('dap');
    expect(inferNoteFormat('dap', { subjective: 'x' })).toBe('soap');
    expect(inferNoteFormat('dap', { objective: '' })).toBe('soap');
  });

  it('refuses to guess when DAP and SOAP sections are mixed', () => {
    expect(inferNoteFormat('dap', { data: 'x', subjective: 'y' })).toBeNull();
  });

  it('names the sections that do not belong to the format', () => {
    expect(foreignSections('dap', { data: 'a', objective: 'b' })).toEqual([
      { path: 'objective', message: expect.any(String) },
    ]);
    expect(foreignSections('soap', { subjective: 'a', plan: 'b' })).toEqual([]);
  });

  it('keeps only the format sections, filling the unwritten ones with empty text', () => {
    expect(normalizeSections('dap', { data: 'seen', plan: 'call' })).toEqual({
      data: 'seen',
      assessment: '',
      plan: 'call',
    });
  });
});

describe('signing needs every section', () => {
  it('passes when every section has text', () => {
    expect(missingSections('dap', { data: 'a', assessment: 'b', plan: 'c' })).toEqual([]);
    expect(missingSections('soap', { subjective: 'a', objective: 'b', assessment: 'c', plan: 'd' })).toEqual([]);
  });

  it('names each empty, blank or absent section as a field', () => {
    expect(missingSections('dap', { data: 'a', assessment: '   ' }).map((f) => f.path)).toEqual(['assessment', 'plan']);
    expect(missingSections('soap', { data: 'a', assessment: 'b', plan: 'c' }).map((f) => f.path)).toEqual([
      'subjective',
      'objective',
    ]);
  });

  it('counts a single character as text', () => {
    expect(missingSections('dap', { data: '.', assessment: '.', plan: '.' })).toEqual([]);
  });
});
