/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { APP_SETTINGS } from './app-settings.operations';
import { DistrictTimeZoneProvider, useDistrictTimeZone } from './DistrictTimeZoneProvider';
import { formatDateTime, formatDeadline } from './format';
import { DEFAULT_TIME_ZONE, setDistrictTimeZone } from './time-zone';

function Shown() {
  return (
    <p>
      {useDistrictTimeZone()} | {formatDateTime('2026-04-03T06:05:00Z', 'zh-CN')} |{' '}
      {formatDeadline('2027-01-10T16:00:00.000Z', 'zh-CN')}
    </p>
  );
}

describe('DistrictTimeZoneProvider', () => {
  afterEach(() => setDistrictTimeZone(DEFAULT_TIME_ZONE));

  it("formats every time in the zone the API names, from the screens' first render", async () => {
    const mocks = [
      { request: { query: APP_SETTINGS }, result: { data: { appSettings: { timeZone: 'UTC' } } } },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <DistrictTimeZoneProvider>
          <Shown />
        </DistrictTimeZoneProvider>
      </MockedProvider>,
    );
    // UTC: 06:05 stays 06:05, and a deadline stored as 16:00Z is 16:00 on the 10th.
    expect(await screen.findByText('UTC | 2026年4月3日 06:05 | 2027年1月10日 16:00')).toBeTruthy();
  });

  it('keeps Asia/Shanghai when the API cannot be asked', async () => {
    const mocks = [{ request: { query: APP_SETTINGS }, error: new Error('offline') }];
    render(
      <MockedProvider mocks={mocks}>
        <DistrictTimeZoneProvider>
          <Shown />
        </DistrictTimeZoneProvider>
      </MockedProvider>,
    );
    expect(await screen.findByText('Asia/Shanghai | 2026年4月3日 14:05 | 2027年1月10日 24:00')).toBeTruthy();
  });

  it('ignores a zone name Intl does not know', () => {
    expect(setDistrictTimeZone('Mars/Olympus')).toBe(DEFAULT_TIME_ZONE);
    expect(setDistrictTimeZone('Asia/Urumqi')).toBe('Asia/Urumqi');
    expect(formatDateTime('2026-04-03T06:05:00Z', 'en')).toBe('Apr 3, 2026, 12:05');
  });
});
