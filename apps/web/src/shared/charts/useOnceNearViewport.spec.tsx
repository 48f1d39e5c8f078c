/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useOnceNearViewport } from './useOnceNearViewport';

/** A stand-in for the browser's IntersectionObserver that the test drives by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(isIntersecting: boolean) {
    act(() => this.callback([{ isIntersecting }]));
  }
}

function Probe() {
  const box = useRef<HTMLDivElement>(null);
  const near = useOnceNearViewport(box);
  return <div ref={box}>{near ? 'drawn' : 'waiting'}</div>;
}

/** Where jsdom lays the probe out (it lays out nothing: every rectangle is 0 unless told). */
function placeAt(top: number) {
  jest
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockReturnValue({ top, bottom: top + 300 } as DOMRect);
}

describe('useOnceNearViewport', () => {
  const original = (window as { IntersectionObserver?: unknown }).IntersectionObserver;
  beforeEach(() => {
    FakeObserver.last = null;
    Object.defineProperty(window, 'innerHeight', { value: 700, configurable: true });
    (window as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver;
  });
  afterEach(() => {
    jest.restoreAllMocks();
    (window as { IntersectionObserver?: unknown }).IntersectionObserver = original;
  });

  it('draws a chart already on screen in its first commit, without observing it', () => {
    placeAt(400);
    render(<Probe />);
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(FakeObserver.last).toBeNull();
  });

  it('draws a chart just below the screen (within 200 px) on the first report, after those on screen', () => {
    placeAt(850);
    render(<Probe />);
    // Not in the first commit: the charts on screen get the first frame to themselves.
    expect(screen.getByText('waiting')).toBeTruthy();
    const observer = FakeObserver.last!;
    expect(observer.options.rootMargin).toBe('200px 0px');
    observer.report(true);
    expect(screen.getByText('drawn')).toBeTruthy();
  });

  it('waits for a chart far below the screen until it comes near, then stays drawn', () => {
    placeAt(2000);
    render(<Probe />);
    expect(screen.getByText('waiting')).toBeTruthy();
    const observer = FakeObserver.last!;
    expect(observer.options.rootMargin).toBe('200px 0px');
    observer.report(false);
    expect(screen.getByText('waiting')).toBeTruthy();
    observer.report(true);
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(observer.disconnected).toBe(true);
  });

  it('draws every waiting chart before the page is printed', () => {
    placeAt(2000);
    render(<Probe />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('drawn')).toBeTruthy();
  });

  it('draws at once where the browser has no IntersectionObserver', () => {
    placeAt(2000);
    delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    render(<Probe />);
    expect(screen.getByText('drawn')).toBeTruthy();
  });
});
