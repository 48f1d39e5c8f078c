import { defaultFramework } from '@pathboard/frameworks';
import { evidenceRequestOf } from './evidence-request';

describe('evidenceRequestOf', () => {
  it('keeps applicable codes once each, in framework order', () => {
    expect(
      evidenceRequestOf(defaultFramework, 'COMMUNITY', ['ORG_THEME_DAYS', 'ORG_MEETINGS', 'ORG_THEME_DAYS']),
    ).toEqual(['ORG_MEETINGS', 'ORG_THEME_DAYS']);
    expect(evidenceRequestOf(defaultFramework, 'COMMUNITY', [])).toEqual([]);
  });

  it('refuses unknown codes and indicators that do not apply to the sector, naming them', () => {
    expect(() => evidenceRequestOf(defaultFramework, 'COMMUNITY', ['ORG_MEETINGS', 'NOPE'])).toThrow(
      /NOPE is not an indicator/,
    );
    expect(() => evidenceRequestOf(defaultFramework, 'COMMUNITY', ['ORG_RURAL_REVITALIZATION'])).toThrow(
      /ORG_RURAL_REVITALIZATION/,
    );
    expect(evidenceRequestOf(defaultFramework, 'RURAL', ['ORG_RURAL_REVITALIZATION'])).toEqual([
      'ORG_RURAL_REVITALIZATION',
    ]);
  });
});
