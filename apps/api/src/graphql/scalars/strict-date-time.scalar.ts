import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * `2027-02-01`, or a date and time with its zone: `2027-02-01T16:00:00Z`, `2027-02-02T00:00+08:00`.
 * A time needs its zone: without one, `new Date` reads it in the server's zone, not the district's.
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2})))?$/;

const EXAMPLE = '2027-02-01T16:00:00Z';

/** `node`: a literal in the query, so that the refusal points at it (a variable's names the variable). */
function refuse(value: unknown, why: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(`${JSON.stringify(value)} ${why} (e.g. ${EXAMPLE})`, {
    nodes: node,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Parses an ISO 8601 date-time, refusing a day or time that does not exist. Nest's DateTime scalar is
 * `new Date(value)`, which rolls 2027-02-30 over to 2027-03-02 and stores a deadline nobody chose.
 * The calendar check is done on the written fields, before any rollover can happen.
 */
export function parseStrictDateTime(value: unknown, node?: ValueNode): Date {
  if (typeof value !== 'string') throw refuse(value, 'is not an ISO 8601 date-time string', node);
  const m = ISO_DATE_TIME.exec(value);
  if (!m) {
    throw refuse(value, 'is not an ISO 8601 date-time with its time zone', node);
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw refuse(value, `has no month ${m[2]}`, node);
  // Day 0 of the next month is the last day of this one (UTC: no zone moves it).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    throw refuse(value, `is not a date on the calendar: ${m[1]}-${m[2]} has ${daysInMonth} days`, node);
  }
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) throw refuse(value, 'is not a time of day', node);
    if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) {
      throw refuse(value, 'has no such time zone offset', node);
    }
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw refuse(value, 'is not an ISO 8601 date-time', node);
  return date;
}

/**
 * The schema's one `DateTime`: app.module.ts maps every TS `Date` field and argument to it
 * (buildSchemaOptions.scalarsMap), so each date input is parsed by parseStrictDateTime, not by
 * Nest's `new Date(value)`. It keeps Nest's name, so clients' types do not change, and Nest's
 * serializer itself, so every answer is byte for byte what it was (toISOString, in UTC).
 */
export const StrictDateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'A date-time in ISO 8601. Answers are in UTC, such as 2027-02-01T16:00:00.000Z. Inputs need their zone, ' +
    'such as 2027-02-01T16:00:00Z or 2027-02-02T00:00+08:00 (or are a date, 2027-02-01, read as 00:00 UTC); ' +
    'a day or time that does not exist (2027-02-30, 25:00) is refused, never rolled over.',
  parseValue: (value) => parseStrictDateTime(value),
  parseLiteral(ast: ValueNode): Date {
    if (ast.kind !== Kind.STRING) throw refuse(ast.kind, 'is not an ISO 8601 date-time string', ast);
    return parseStrictDateTime(ast.value, ast);
  },
  serialize: (value) => GraphQLISODateTime.serialize(value),
});
