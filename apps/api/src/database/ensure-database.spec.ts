import { maintenanceTarget, quoteIdentifier } from './ensure-database';

describe('maintenanceTarget', () => {
  it.each([
    [
      'a plain URL',
      'postgres://postgres@127.0.0.1:5432/pathboard',
      'pathboard',
      'postgres://postgres@127.0.0.1:5432/postgres',
    ],
    [
      'user, password and options are kept',
      'postgres://app:s%40cret@db:5432/pathboard?sslmode=require',
      'pathboard',
      'postgres://app:s%40cret@db:5432/postgres?sslmode=require',
    ],
    ['an encoded name is decoded', 'postgres://u@h/path%20board', 'path board', 'postgres://u@h/postgres'],
  ])('%s', (_name, url, database, maintenanceUrl) => {
    expect(maintenanceTarget(url)).toEqual({ database, maintenanceUrl });
  });

  it('refuses a URL that names no database', () => {
    expect(() => maintenanceTarget('postgres://u@h:5432/')).toThrow(/names no database/);
  });
});

describe('quoteIdentifier', () => {
  it.each([
    ['pathboard', '"pathboard"'],
    ['Path Board', '"Path Board"'],
    ['x"; DROP DATABASE y; --', '"x""; DROP DATABASE y; --"'],
  ])('%s → %s', (name, quoted) => {
    expect(quoteIdentifier(name)).toBe(quoted);
  });
});
