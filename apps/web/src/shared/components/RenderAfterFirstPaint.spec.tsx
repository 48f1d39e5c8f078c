/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { Profiler, useLayoutEffect } from 'react';
import { RenderAfterFirstPaint } from './RenderAfterFirstPaint';

/** Records, in commit order, what each commit put on the page (a layout effect runs once per mount). */
function Mounted({ name, log }: { name: string; log: string[] }) {
  useLayoutEffect(() => {
    log.push(name);
  }, [name, log]);
  return <span>{name}</span>;
}

describe('RenderAfterFirstPaint', () => {
  it('commits the placeholder first, then the children in a later commit', () => {
    const mounts: string[] = [];
    const commits: string[] = [];
    render(
      <Profiler id="below-the-fold" onRender={(_id, phase) => commits.push(phase)}>
        <Mounted name="chart" log={mounts} />
        <RenderAfterFirstPaint placeholder={<Mounted name="placeholder" log={mounts} />}>
          <Mounted name="table" log={mounts} />
        </RenderAfterFirstPaint>
      </Profiler>,
    );
    // The chart and the placeholder share the first commit; the table comes in its own, after it.
    expect(mounts).toEqual(['chart', 'placeholder', 'table']);
    expect(commits).toEqual(['mount', 'update']);
    expect(screen.getByText('table')).toBeTruthy();
    expect(screen.queryByText('placeholder')).toBeNull();
  });

  it('keeps the children once shown when the parent re-renders', () => {
    const mounts: string[] = [];
    const page = (label: string) => (
      <RenderAfterFirstPaint placeholder={<Mounted name="placeholder" log={mounts} />}>
        <Mounted name={label} log={mounts} />
      </RenderAfterFirstPaint>
    );
    const { rerender } = render(page('page 1'));
    rerender(page('page 2'));
    // A new page of rows renders in place: the placeholder does not come back.
    expect(mounts).toEqual(['placeholder', 'page 1', 'page 2']);
  });
});
