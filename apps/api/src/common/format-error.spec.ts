import { GraphQLError } from 'graphql';
import { ValidationError } from '@nestjs/common';
import { badUserInput, conflict, forbidden, notFound, unauthenticated } from './errors';
import { createFormatError, withoutSuggestions } from './format-error';
import { validationErrorsToGraphQLError } from './validation';

const formatted = (e: GraphQLError) => e.toJSON();

describe('error helpers', () => {
  it('carry the code and details in extensions', () => {
    expect(badUserInput('code: taken', { field: 'code' }).extensions).toEqual({
      field: 'code',
      code: 'BAD_USER_INPUT',
    });
    expect(badUserInput('n > d', { indicator: 'I-1', field: 'values.0.numerator' }).extensions).toMatchObject(
      { indicator: 'I-1', code: 'BAD_USER_INPUT' },
    );
    expect(unauthenticated().extensions['code']).toBe('UNAUTHENTICATED');
    expect(forbidden().extensions['code']).toBe('FORBIDDEN');
    expect(notFound('OrgUnit', 'x')).toMatchObject({
      message: 'OrgUnit x not found',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(conflict('changed meanwhile', 7).extensions).toEqual({ code: 'CONFLICT', currentVersion: 7 });
  });

  it('a details object cannot override the code', () => {
    expect(badUserInput('x', { code: 'OOPS' } as never).extensions['code']).toBe('BAD_USER_INPUT');
  });
});

describe('formatError', () => {
  const withStack = (e: GraphQLError) => ({
    ...formatted(e),
    extensions: { ...e.extensions, stacktrace: ['Error: x', '  at y'] },
  });

  it('keeps client errors and strips stack traces outside development', () => {
    for (const env of ['production', 'test']) {
      const out = createFormatError({ nodeEnv: env })(withStack(forbidden('no')), forbidden('no'));
      expect(out).toEqual({ message: 'no', extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('keeps stack traces in development', () => {
    const out = createFormatError({ nodeEnv: 'development' })(withStack(forbidden('no')), forbidden('no'));
    expect(out.extensions!['stacktrace']).toBeDefined();
  });

  it('hides unexpected errors in production and logs them', () => {
    const error = jest.fn();
    const raw = new GraphQLError('relation "x" does not exist', { originalError: new Error('db') });
    const out = createFormatError({ nodeEnv: 'production', logger: { error } as never })(withStack(raw), raw);
    expect(out).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(out.extensions!['stacktrace']).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
  });
});

describe('validation errors', () => {
  it('name the field (nested paths included) and the problem', () => {
    const errors: ValidationError[] = [
      { property: 'code', constraints: { matches: 'code must be letters' }, children: [] },
      {
        property: 'values',
        children: [
          {
            property: '0',
            children: [
              {
                property: 'numerator',
                constraints: { min: 'numerator must not be less than 0' },
                children: [],
              },
            ],
          },
        ],
      },
    ];
    const e = validationErrorsToGraphQLError(errors);
    expect(e.message).toBe(
      'code: code must be letters; values.0.numerator: numerator must not be less than 0',
    );
    expect(e.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      problems: [{ field: 'code' }, { field: 'values.0.numerator' }],
    });
  });
});

describe('withoutSuggestions (production: the schema is not spelt out in errors)', () => {
  it.each([
    [
      'Cannot query field "scoreboad" on type "Query". Did you mean "scoreboard"?',
      'Cannot query field "scoreboad" on type "Query".',
    ],
    [
      'Unknown argument "x" on field "Query.orgTree". Did you mean "rootId", "includeInactive", or "y"?',
      'Unknown argument "x" on field "Query.orgTree".',
    ],
    [
      'Value "SUBMITED" does not exist in "AssessmentStatus" enum. Did you mean the enum value "SUBMITTED"?',
      'Value "SUBMITED" does not exist in "AssessmentStatus" enum.',
    ],
    [
      'Cannot query field "x" on type "Node". Did you mean to use an inline fragment on "OrgUnit"?',
      'Cannot query field "x" on type "Node".',
    ],
    [
      'Variable "$s" got invalid value "NOPE"; Value "NOPE" does not exist in "AssessmentStatus" enum.',
      'Variable "$s" got invalid value "NOPE"; Value "NOPE" does not exist in "AssessmentStatus" enum.',
    ],
  ])('%s', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });

  it('applies in production only, unless asked', () => {
    const error = new GraphQLError('Unknown type "Rol". Did you mean "Role"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(createFormatError({ nodeEnv: 'production' })(formatted(error), error).message).toBe(
      'Unknown type "Rol".',
    );
    expect(createFormatError({ nodeEnv: 'test' })(formatted(error), error).message).toMatch(
      /Did you mean "Role"\?$/,
    );
    expect(
      createFormatError({ nodeEnv: 'test', hideSchemaSuggestions: true })(formatted(error), error).message,
    ).toBe('Unknown type "Rol".');
  });
});
