import { describe, expect, it } from 'vitest';
import {
  ageInDays,
  formatAge,
  formatDay,
  isoOrNull,
} from '../../src/model/time.js';
import { daysAgo, NOW } from '../fixtures/inventory.js';

describe('time helpers', () => {
  it('counts whole days, and none for a date in the future', () => {
    expect(ageInDays(daysAgo(412), NOW)).toBe(412);
    expect(ageInDays(daysAgo(0.9), NOW)).toBe(0);
    expect(ageInDays(daysAgo(-3), NOW)).toBe(0);
  });

  it('formats ages and days for people, and ISO for machines', () => {
    expect(formatAge(null, NOW)).toBe('never');
    expect(formatAge(daysAgo(0.5), NOW)).toBe('today');
    expect(formatAge(daysAgo(1), NOW)).toBe('1 day');
    expect(formatAge(daysAgo(45), NOW)).toBe('45 days');
    expect(formatDay(NOW)).toBe('2026-06-01');
    expect(formatDay(null)).toBe('-');
    expect(isoOrNull(NOW)).toBe('2026-06-01T12:00:00.000Z');
    expect(isoOrNull(null)).toBeNull();
  });
});
