/**
 * @jest-environment jsdom
 */
import { act, render } from '@testing-library/react';
import {
  MemoryRouter,
  type NavigateFunction,
  Route,
  Routes,
  useLocation,
  useNavigate,
} from 'react-router-dom';
import { useUrlState, type UrlStateUpdate, type UrlStateWriteOptions } from './useUrlState';

interface View {
  sort: string;
  page: number;
}
const parse = (params: URLSearchParams): View => ({
  sort: params.get('sort') ?? 'name',
  page: Number(params.get('page') ?? 1),
});
/** Keeps the keys the view does not own (e.g. period). */
const serialize = (view: View, current: URLSearchParams) => {
  const next = new URLSearchParams(current);
  next.set('sort', view.sort);
  if (view.page > 1) next.set('page', String(view.page));
  else next.delete('page');
  return next;
};

function setup(initial: string) {
  const seen: View[] = [];
  let update!: (change: UrlStateUpdate<View>, options?: UrlStateWriteOptions) => void;
  let navigate!: NavigateFunction;
  let search = '';
  function Screen() {
    const [view, set] = useUrlState(parse, serialize);
    seen.push(view);
    update = set;
    navigate = useNavigate();
    search = useLocation().search;
    return null;
  }
  render(
    <MemoryRouter initialEntries={[initial]}>
      <Routes>
        <Route path="/list" element={<Screen />} />
      </Routes>
    </MemoryRouter>,
  );
  return {
    seen,
    update: (change: UrlStateUpdate<View>, options?: UrlStateWriteOptions) =>
      act(async () => update(change, options)),
    navigate: (to: string | number) =>
      act(async () => {
        if (typeof to === 'number') await navigate(to);
        else await navigate(to);
      }),
    search: () => search,
  };
}

describe('useUrlState', () => {
  it('reads the view from the address and writes each change to it, keeping the keys it does not own', async () => {
    const s = setup('/list?period=2026Q4&sort=total&page=3');
    expect(s.seen.at(-1)).toEqual({ sort: 'total', page: 3 });
    await s.update((v) => ({ ...v, sort: 'rank', page: 1 }));
    expect(s.seen.at(-1)).toEqual({ sort: 'rank', page: 1 });
    expect(s.search()).toBe('?period=2026Q4&sort=rank');
    await s.update((v) => ({ ...v, page: 2 }), { also: { period: '2026Q3' } });
    expect(s.search()).toBe('?period=2026Q3&sort=rank&page=2');
  });

  it('never renders an older view after a newer one, even for two changes before the address lands', async () => {
    const s = setup('/list?sort=name');
    await act(async () => {
      // Both before the router has applied the first navigation.
      await s.update((v) => ({ ...v, sort: 'total' }));
      await s.update((v) => ({ ...v, page: 2 }));
    });
    const sorts = s.seen.map((v) => `${v.sort}:${v.page}`);
    const first = sorts.indexOf('total:2');
    expect(first).toBeGreaterThan(0);
    expect(sorts.slice(first)).toEqual(sorts.slice(first).map(() => 'total:2'));
    expect(s.search()).toBe('?sort=total&page=2');
  });

  it('follows the address when something else changes it (Back, a link), and a push adds a history entry', async () => {
    const s = setup('/list?sort=name');
    await s.update((v) => ({ ...v, sort: 'total' }), { push: true });
    expect(s.search()).toBe('?sort=total');
    await s.navigate(-1);
    expect(s.search()).toBe('?sort=name');
    expect(s.seen.at(-1)).toEqual({ sort: 'name', page: 1 });
    await s.navigate('/list?sort=grade&page=4');
    expect(s.seen.at(-1)).toEqual({ sort: 'grade', page: 4 });
  });
});
