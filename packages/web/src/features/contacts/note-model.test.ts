import { describe, expect, it } from 'vitest';
import { differingSections, mergeSections, sameSections, sectionValues } from './note-model.js';

describe('note sections', () => {
  it('lists the sections of the format in order, empty when unwritten', () => {
    expect(sectionValues('dap', { data: 'Seen at home', plan: 'Call Friday' })).toEqual({
      data: 'Seen at home',
      assessment: '',
      plan: 'Call Friday',
    });
    expect(Object.keys(sectionValues('soap', {}))).toEqual(['subjective', 'objective', 'assessment', 'plan']);
  });

  it('compares only the sections of the format, treating missing as empty', () => {
    expect(sameSections('dap', { data: 'x', assessment: '' }, { data: 'x', subjective: 'ignored' })).toBe(true);
    expect(sameSections('dap', { data: 'x' }, { data: 'y' })).toBe(false);
    expect(differingSections('soap', { subjective: 'a', plan: 'p' }, { subjective: 'b', plan: 'p' })).toEqual([
      'subjective',
    ]);
  });

  it('merges per section: mine where chosen, the saved text everywhere else', () => {
    const theirs = { data: 'their data', assessment: 'their assessment', plan: 'same' };
    const yours = { data: 'my data', assessment: 'my assessment', plan: 'same' };
    expect(mergeSections('dap', theirs, yours, { data: 'yours' })).toEqual({
      data: 'my data',
      assessment: 'their assessment',
      plan: 'same',
    });
    expect(mergeSections('dap', theirs, yours, {})).toEqual(theirs);
  });
});
