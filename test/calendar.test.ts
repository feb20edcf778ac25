/**
 * Calendar arithmetic on 'YYYY-MM-DD' (src/calendar.ts), in whole day numbers: checked against
 * the platform's Date (UTC) over every day of FIRST_YEAR..LAST_YEAR, with known dates by hand.
 */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, FIRST_YEAR, firstOfMonthAfter, isCalendarDate, LAST_YEAR } from '../src/calendar';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

describe('calendar', () => {
  it('adds and counts days as Date does, on every day the service takes', () => {
    const first = Date.UTC(FIRST_YEAR, 0, 1);
    const last = Date.UTC(LAST_YEAR, 11, 31);
    for (let ms = first; ms <= last; ms += DAY) {
      const date = iso(ms);
      expect(isCalendarDate(date)).toBe(true);
      if (addDays(date, 1) !== iso(ms + DAY) || addDays(date, -30) !== iso(ms - 30 * DAY) || daysBetween('2024-01-01', date) !== Math.round((ms - Date.UTC(2024, 0, 1)) / DAY)) {
        expect.fail(`${date}: ${addDays(date, 1)}, ${addDays(date, -30)}, ${daysBetween('2024-01-01', date)}`);
      }
    }
  });

  it('knows the dates the rules meet', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -15)).toBe('2024-02-15');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(firstOfMonthAfter('2024-01-15', 6)).toBe('2024-07-01');
  });

  it('takes only real dates written YYYY-MM-DD within the years', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '2024-01-00', '24-01-01', '2024-1-01', '2024-01-01T00:00', ' 2024-01-01', '1799-12-31', '2200-01-01', '２０２４-01-01']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
    for (const good of ['2024-02-29', '1800-01-01', '2199-12-31', '2000-02-29']) expect(isCalendarDate(good), good).toBe(true);
  });
});
