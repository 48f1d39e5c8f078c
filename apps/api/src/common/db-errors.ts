/** PostgreSQL unique_violation (works for pg and PGlite errors). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e?.code ?? e?.driverError?.code;
  if (code !== '23505') return false;
  if (!constraint) return true;
  const c = e?.constraint ?? e?.driverError?.constraint;
  return c === undefined || c === constraint;
}
