import { GraphQLISODateTime } from '@nestjs/graphql';
import { Kind } from 'graphql';
import { parseStrictDateTime, StrictDateTimeScalar } from './strict-date-time.scalar';

describe('parseStrictDateTime', () => {
  it('refuses a day the month does not have instead of rolling it over', () => {
    // Nest's DateTime (new Date) stored 2027-02-30 as 2027-03-02T00:00:00Z.
    expect(() => parseStrictDateTime('2027-02-30')).toThrow(/2027-02 has 28 days/);
    expect(() => parseStrictDateTime('2027-02-29T16:00:00Z')).toThrow(/28 days/);
    expect(() => parseStrictDateTime('2100-02-29')).toThrow(/28 days/); // not a leap year
    expect(() => parseStrictDateTime('2027-04-31T00:00:00+08:00')).toThrow(/30 days/);
    expect(() => parseStrictDateTime('2027-13-01')).toThrow(/no month 13/);
    expect(() => parseStrictDateTime('2027-02-00')).toThrow(/not a date on the calendar/);
  });

  it('refuses a time that does not exist, a time without its zone and anything not ISO 8601', () => {
    expect(() => parseStrictDateTime('2027-02-01T24:00:00Z')).toThrow(/not a time of day/);
    expect(() => parseStrictDateTime('2027-02-01T10:60Z')).toThrow(/not a time of day/);
    expect(() => parseStrictDateTime('2027-02-01T10:00:00')).toThrow(/with its time zone/);
    expect(() => parseStrictDateTime('2027-02-01 10:00Z')).toThrow(/ISO 8601/);
    expect(() => parseStrictDateTime('Feb 1, 2027')).toThrow(/ISO 8601/);
    expect(() => parseStrictDateTime(1_800_000_000_000)).toThrow(/string/);
  });

  it('reads real dates and times as the instants they name', () => {
    expect(parseStrictDateTime('2027-02-01').toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(parseStrictDateTime('2028-02-29T16:00:00Z').toISOString()).toBe('2028-02-29T16:00:00.000Z');
    expect(parseStrictDateTime('2027-02-02T00:00+08:00').toISOString()).toBe('2027-02-01T16:00:00.000Z');
    expect(parseStrictDateTime('2027-02-01T15:59:59.999Z').toISOString()).toBe('2027-02-01T15:59:59.999Z');
  });

  it('applies the same check to a literal in the query', () => {
    expect(() => StrictDateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2027-02-30' })).toThrow(
      /28 days/,
    );
    expect(() => StrictDateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(/string/);
  });

  it("is the schema's DateTime and answers exactly as Nest's DateTime did", () => {
    // The name the web's generated types and every operation's `$d: DateTime!` use.
    expect(StrictDateTimeScalar.name).toBe('DateTime');
    const at = new Date('2027-02-01T16:00:00Z');
    expect(StrictDateTimeScalar.serialize(at)).toBe('2027-02-01T16:00:00.000Z');
    for (const value of [at, new Date(0), '2027-02-01T16:00:00Z', 1_800_000_000_000, null]) {
      expect(StrictDateTimeScalar.serialize(value)).toBe(GraphQLISODateTime.serialize(value));
    }
  });
});
