/**
 * @jest-environment jsdom
 */
import { ApolloClient, ApolloLink, ApolloProvider, InMemoryCache, Observable } from '@apollo/client';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useOverviewData } from './useOverviewData';

// Newest first, as the server lists them.
const PERIODS = [
  {
    __typename: 'Period',
    id: 'p4',
    code: '2026Q4',
    status: 'OPEN',
    deadline: null,
    frameworkId: 'f',
    closedAt: null,
  },
  {
    __typename: 'Period',
    id: 'p3',
    code: '2026Q3',
    status: 'CLOSED',
    deadline: null,
    frameworkId: 'f',
    closedAt: null,
  },
];

/** The URL state of a plain visit: no unit, quarter, filter or order chosen. */
const NO_FILTERS = { sector: [], grade: [], status: [] };

/** A server that answers the quarter list at once and holds every other request, recording them. */
function harness() {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ operation: operation.operationName, variables: operation.variables });
        if (operation.operationName === 'PeriodList') {
          observer.next({ data: { periods: PERIODS } });
          observer.complete();
        }
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={client}>{children}</ApolloProvider>
  );
  return { sent, wrapper };
}

describe('useOverviewData', () => {
  it("with the user's scope as the default unit, asks for the figures without waiting for the unit tree", async () => {
    const { sent, wrapper } = harness();
    const { result } = renderHook(() => useOverviewData(NO_FILTERS, 1, false, 'd1'), { wrapper });
    await waitFor(() => expect(sent.map((s) => s.operation)).toContain('OverviewScoreboard'));
    expect(result.current.root).toBeNull(); // the tree has not answered
    expect(sent.find((s) => s.operation === 'OverviewScoreboard')?.variables).toEqual({
      unitId: 'd1',
      period: '2026Q4', // the newest quarter
    });
    expect(sent.find((s) => s.operation === 'OverviewBranchPage')?.variables).toMatchObject({
      unitId: 'd1',
      period: '2026Q4',
      offset: 0,
    });
    expect(sent.find((s) => s.operation === 'OverviewTrend')?.variables).toEqual({
      unitId: 'd1',
      fromPeriod: '2026Q3',
      toPeriod: '2026Q4',
    });
  });

  it('without a default unit, waits for the tree to know its root', async () => {
    const { sent, wrapper } = harness();
    renderHook(() => useOverviewData(NO_FILTERS, 1, false), { wrapper });
    await waitFor(() => expect(sent.map((s) => s.operation)).toEqual(['OverviewUnitTree', 'PeriodList']));
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.map((s) => s.operation)).toEqual(['OverviewUnitTree', 'PeriodList']);
  });
});
