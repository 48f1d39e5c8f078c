import { gql, InMemoryCache } from '@apollo/client';
import { createCache } from './apollo-client';

// As a screen reads them: rows without an id are not normalised, so each answer replaces the list.
const QUEUE = gql`
  query Queue($period: String!) {
    assessments(period: $period) {
      branchId
      status
    }
  }
`;

function writeTwice(cache: InMemoryCache) {
  cache.writeQuery({
    query: QUEUE,
    variables: { period: '2026Q4' },
    data: {
      assessments: [
        { __typename: 'Assessment', branchId: 'b1', status: 'SUBMITTED' },
        { __typename: 'Assessment', branchId: 'b2', status: 'SUBMITTED' },
      ],
    },
  });
  // After an approve the refetched list is shorter: Apollo's data-loss warning case.
  cache.writeQuery({
    query: QUEUE,
    variables: { period: '2026Q4' },
    data: { assessments: [{ __typename: 'Assessment', branchId: 'b1', status: 'APPROVED' }] },
  });
}

describe('Apollo cache', () => {
  it('replaces Query.assessments with the newer answer, without the "cache data may be lost" warning', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cache = createCache();
    writeTwice(cache);
    expect(
      cache.readQuery<{ assessments: { status: string }[] }>({
        query: QUEUE,
        variables: { period: '2026Q4' },
      })?.assessments,
    ).toEqual([{ __typename: 'Assessment', branchId: 'b1', status: 'APPROVED' }]);
    expect(warn).not.toHaveBeenCalled();

    // The same writes on a cache without the policy do warn: the test can tell the difference.
    writeTwice(new InMemoryCache());
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('merges an assessment’s score asked with different fields by two queries, without a warning', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const TOTAL = gql`
      query Total {
        assessment(branchId: "b1", period: "2026Q4") {
          id
          officialScore {
            total
          }
        }
      }
    `;
    const GRADE = gql`
      query Grade {
        assessment(branchId: "b1", period: "2026Q4") {
          id
          officialScore {
            gradeCode
          }
        }
      }
    `;
    const write = (cache: InMemoryCache) => {
      cache.writeQuery({
        query: TOTAL,
        data: {
          assessment: {
            __typename: 'Assessment',
            id: 'a1',
            officialScore: { __typename: 'AssessmentScore', total: 91 },
          },
        },
      });
      cache.writeQuery({
        query: GRADE,
        data: {
          assessment: {
            __typename: 'Assessment',
            id: 'a1',
            officialScore: { __typename: 'AssessmentScore', gradeCode: 'EXCELLENT' },
          },
        },
      });
    };
    const cache = createCache();
    write(cache);
    expect(
      cache.readQuery<{ assessment: { officialScore: { total: number } } }>({ query: TOTAL })?.assessment
        .officialScore.total,
    ).toBe(91);
    expect(warn).not.toHaveBeenCalled();
    write(new InMemoryCache());
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
