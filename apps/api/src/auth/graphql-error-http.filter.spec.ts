import { ArgumentsHost } from '@nestjs/common';
import { AccessPolicy } from './access-policy.service';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { GraphQLErrorHttpFilter } from './graphql-error-http.filter';

function httpHost() {
  const res = { status: jest.fn(), json: jest.fn(), headersSent: false };
  res.status.mockReturnValue(res);
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => res }),
  } as unknown as ArgumentsHost;
  return { host, res };
}

describe('GraphQLErrorHttpFilter', () => {
  const recordDenial = jest.fn().mockResolvedValue(undefined);
  const filter = new GraphQLErrorHttpFilter({ recordDenial } as unknown as AccessPolicy);

  it.each([
    [badUserInput('code: bad', { field: 'code' }), 400],
    [forbidden(), 403],
    [notFound('OrgUnit', 'x'), 404],
  ])('maps %s to HTTP %i and records denials', async (err, status) => {
    const { host, res } = httpHost();
    await filter.catch(err, host);
    expect(res.status).toHaveBeenCalledWith(status);
    expect(res.json.mock.calls[0][0]).toMatchObject({ code: err.extensions['code'], message: err.message });
    expect(recordDenial).toHaveBeenCalledWith(err);
  });

  it('passes GraphQL errors through in GraphQL context', () => {
    const err = forbidden();
    expect(filter.catch(err, { getType: () => 'graphql' } as unknown as ArgumentsHost)).toBe(err);
  });
});
