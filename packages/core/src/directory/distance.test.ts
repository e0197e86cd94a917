import { describe, expect, it } from 'vitest';
import { distanceKm, distanceMiles, parseGeoPoint } from './distance.js';

describe('distanceKm (haversine)', () => {
  it('is zero for the same point', () => {
    expect(distanceKm({ latitude: 41.88, longitude: -87.63 }, { latitude: 41.88, longitude: -87.63 })).toBe(0);
  });
  it('one degree of latitude is about 111 km', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111.2, 1);
  });
  it('Chicago to Milwaukee is about 130 km, either way round', () => {
    const chi = { latitude: 41.8781, longitude: -87.6298 };
    const mke = { latitude: 43.0389, longitude: -87.9065 };
    expect(distanceKm(chi, mke)).toBeGreaterThan(125);
    expect(distanceKm(chi, mke)).toBeLessThan(135);
    expect(distanceKm(chi, mke)).toBeCloseTo(distanceKm(mke, chi), 9);
  });
  it('antipodes are half the circumference', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(20015.1, 0);
  });
});

describe('distanceMiles', () => {
  it('is null unless both ends have coordinates', () => {
    expect(distanceMiles(null, { latitude: 1, longitude: 1 })).toBeNull();
    expect(distanceMiles({ latitude: 1, longitude: null }, { latitude: 1, longitude: 1 })).toBeNull();
  });
  it('rounds to a tenth of a mile', () => {
    expect(distanceMiles({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBe(69.1);
  });
});

describe('parseGeoPoint', () => {
  it('reads lat,lng', () => expect(parseGeoPoint(' 41.5, -87.25 ')).toEqual({ latitude: 41.5, longitude: -87.25 }));
  it('refuses out of range and junk', () => {
    expect(parseGeoPoint('91,0')).toBeNull();
    expect(parseGeoPoint('0,181')).toBeNull();
    expect(parseGeoPoint('here')).toBeNull();
    expect(parseGeoPoint('1;2')).toBeNull();
  });
});
