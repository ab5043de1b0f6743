import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAgsPrefix, isLocalDate, toLocalDate } from '../src';

describe('isLocalDate', () => {
  it('accepts real calendar dates and rejects impossible ones', () => {
    expect(isLocalDate('2020-09-22')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2020-13-01')).toBe(false);
    expect(isLocalDate('22.09.2020')).toBe(false);
    expect(isLocalDate('2020-09-22T00:00:00Z')).toBe(false);
  });

  it('accepts the ISO form of every date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          expect(isLocalDate(d.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
  });
});

describe('toLocalDate', () => {
  it("gives Berlin's calendar date, which is a day ahead of UTC shortly before midnight UTC", () => {
    expect(toLocalDate(new Date('2020-09-21T22:30:00Z'))).toBe('2020-09-22');
    expect(toLocalDate(new Date('2020-09-21T22:30:00Z'), 'UTC')).toBe('2020-09-21');
    // Each zone keeps its own formatter.
    expect(toLocalDate(new Date('2020-09-21T22:30:00Z'))).toBe('2020-09-22');
  });
});

describe('isAgsPrefix', () => {
  it('accepts the state key of Hessen and the keys of its districts and cities', () => {
    expect(isAgsPrefix('06', 'STATE')).toBe(true);
    expect(isAgsPrefix('06412', 'INDEPENDENT_CITY', '06')).toBe(true);
    expect(isAgsPrefix('06636', 'DISTRICT', '06')).toBe(true);
  });

  it('rejects keys of the wrong length, unknown states and districts of another state', () => {
    expect(isAgsPrefix('6', 'STATE')).toBe(false);
    expect(isAgsPrefix('17', 'STATE')).toBe(false);
    expect(isAgsPrefix('0641', 'DISTRICT')).toBe(false);
    expect(isAgsPrefix('15003', 'INDEPENDENT_CITY', '06')).toBe(false);
  });
});
