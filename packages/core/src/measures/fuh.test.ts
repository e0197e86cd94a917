import { describe, expect, it } from 'vitest';
import { scoreFuh } from './fuh.js';

const base = { dischargeDate: '2025-03-10', ageAtDischarge: 30 } as const;
const visit = (followUpVisitDate: string | null) => scoreFuh({ ...base, followUpVisitDate });

describe('FUH (CLINICAL.md §7.1)', () => {
  it('does not count a visit on the discharge date (day 0)', () => {
    expect(visit('2025-03-10')).toEqual({
      inDenominator: true,
      daysAfterDischarge: 0,
      numerator7Day: false,
      numerator30Day: false,
    });
  });

  it('counts day 1 for both numerators', () => {
    expect(visit('2025-03-11')).toMatchObject({ daysAfterDischarge: 1, numerator7Day: true, numerator30Day: true });
  });

  it('counts day 7 in the 7-day numerator, not day 8', () => {
    expect(visit('2025-03-17')).toMatchObject({ daysAfterDischarge: 7, numerator7Day: true, numerator30Day: true });
    expect(visit('2025-03-18')).toMatchObject({ daysAfterDischarge: 8, numerator7Day: false, numerator30Day: true });
  });

  it('counts day 30 in the 30-day numerator, not day 31', () => {
    expect(visit('2025-04-09')).toMatchObject({ daysAfterDischarge: 30, numerator30Day: true });
    expect(visit('2025-04-10')).toMatchObject({ daysAfterDischarge: 31, numerator7Day: false, numerator30Day: false });
  });

  it('counts calendar days across February in leap and common years', () => {
    const leap = scoreFuh({ dischargeDate: '2024-02-22', followUpVisitDate: '2024-03-01', ageAtDischarge: 40 });
    expect(leap).toMatchObject({ daysAfterDischarge: 8, numerator7Day: false, numerator30Day: true });
    const common = scoreFuh({ dischargeDate: '2023-02-22', followUpVisitDate: '2023-03-01', ageAtDischarge: 40 });
    expect(common).toMatchObject({ daysAfterDischarge: 7, numerator7Day: true, numerator30Day: true });
  });

  it('takes discharges from January 1 through December 1 only', () => {
    const on = (dischargeDate: string) => scoreFuh({ dischargeDate, followUpVisitDate: null, ageAtDischarge: 30 });
    expect(on('2025-12-01').inDenominator).toBe(true);
    expect(on('2025-12-02').inDenominator).toBe(false);
    expect(on('2025-12-31').inDenominator).toBe(false);
    expect(on('2025-01-01').inDenominator).toBe(true);
  });

  it('a December 2 discharge scores no numerator even with a timely visit', () => {
    const r = scoreFuh({ dischargeDate: '2025-12-02', followUpVisitDate: '2025-12-03', ageAtDischarge: 30 });
    expect(r).toEqual({ inDenominator: false, daysAfterDischarge: 1, numerator7Day: false, numerator30Day: false });
  });

  it('leaves out children under 6 at discharge', () => {
    const at = (ageAtDischarge: number) =>
      scoreFuh({ dischargeDate: '2025-05-01', followUpVisitDate: '2025-05-02', ageAtDischarge });
    expect(at(5)).toMatchObject({ inDenominator: false, numerator7Day: false, numerator30Day: false });
    expect(at(6)).toMatchObject({ inDenominator: true, numerator7Day: true, numerator30Day: true });
  });

  it('leaves out a discharge without a principal mental-health diagnosis', () => {
    const r = scoreFuh({ ...base, followUpVisitDate: '2025-03-11', principalDxMentalIllness: false });
    expect(r).toEqual({ inDenominator: false, daysAfterDischarge: 1, numerator7Day: false, numerator30Day: false });
  });

  it('does not count a visit that was not with a mental-health provider', () => {
    const r = scoreFuh({ ...base, followUpVisitDate: '2025-03-11', visitWithMentalHealthProvider: false });
    expect(r).toEqual({ inDenominator: true, daysAfterDischarge: 1, numerator7Day: false, numerator30Day: false });
  });

  it('gives null days and no numerator without a visit', () => {
    expect(visit(null)).toEqual({
      inDenominator: true,
      daysAfterDischarge: null,
      numerator7Day: false,
      numerator30Day: false,
    });
  });

  it('reports a visit before the discharge as negative days, never counted', () => {
    expect(visit('2025-03-08')).toEqual({
      inDenominator: true,
      daysAfterDischarge: -2,
      numerator7Day: false,
      numerator30Day: false,
    });
  });
});
