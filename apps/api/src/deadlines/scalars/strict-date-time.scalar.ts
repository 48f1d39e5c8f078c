import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * `2027-02-01`, or a date and time with its zone: `2027-02-01T16:00:00Z`, `2027-02-02T00:00+08:00`.
 * A time needs its zone: without one, `new Date` reads it in the server's zone, not the district's.
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2})))?$/;

const EXAMPLE = '2027-02-01T16:00:00Z';

function refuse(value: unknown, why: string): GraphQLError {
  return new GraphQLError(`${JSON.stringify(value)} ${why} (e.g. ${EXAMPLE})`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Parses an ISO 8601 date-time, refusing a day or time that does not exist. Nest's DateTime scalar is
 * `new Date(value)`, which rolls 2027-02-30 over to 2027-03-02 and stores a deadline nobody chose.
 * The calendar check is done on the written fields, before any rollover can happen.
 */
export function parseStrictDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw refuse(value, 'is not an ISO 8601 date-time string');
  const m = ISO_DATE_TIME.exec(value);
  if (!m) {
    throw refuse(value, 'is not an ISO 8601 date-time with its time zone');
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw refuse(value, `has no month ${m[2]}`);
  // Day 0 of the next month is the last day of this one (UTC: no zone moves it).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    throw refuse(value, `is not a date on the calendar: ${m[1]}-${m[2]} has ${daysInMonth} days`);
  }
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) throw refuse(value, 'is not a time of day');
    if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) {
      throw refuse(value, 'has no such time zone offset');
    }
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw refuse(value, 'is not an ISO 8601 date-time');
  return date;
}

/**
 * A DateTime input that must be a real calendar moment (see parseStrictDateTime). Answers serialize
 * as DateTime does (ISO 8601 in UTC).
 */
export const StrictDateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'StrictDateTime',
  description:
    'A date-time in ISO 8601 with its zone, such as 2027-02-01T16:00:00Z (or a date, 2027-02-01, read as 00:00 UTC). ' +
    'A day or time that does not exist (2027-02-30, 25:00) is refused, never rolled over.',
  parseValue: parseStrictDateTime,
  parseLiteral(ast: ValueNode): Date {
    if (ast.kind !== Kind.STRING) throw refuse(ast.kind, 'is not an ISO 8601 date-time string');
    return parseStrictDateTime(ast.value);
  },
  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString();
    throw new GraphQLError(`StrictDateTime cannot represent ${JSON.stringify(value)}`);
  },
});
