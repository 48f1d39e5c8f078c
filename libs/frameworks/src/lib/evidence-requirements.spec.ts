import type { Framework } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { indicatorsRequiringEvidence, missingEvidence } from './evidence-requirements';

function withRequired(...codes: string[]): Framework {
  const framework: Framework = JSON.parse(JSON.stringify(defaultFramework));
  for (const indicator of framework.paths.flatMap((p) => p.indicators)) {
    if (codes.includes(indicator.code)) indicator.evidence = { required: true };
  }
  return framework;
}

describe('evidence requirements', () => {
  it('lists required indicators that apply to the sector, in framework order', () => {
    const framework = withRequired('ORG_RURAL_REVITALIZATION', 'ORG_MEETINGS');
    expect(indicatorsRequiringEvidence(framework, 'RURAL').map((i) => i.code)).toEqual([
      'ORG_MEETINGS',
      'ORG_RURAL_REVITALIZATION',
    ]);
    // 乡村振兴 applies to rural branches only.
    expect(indicatorsRequiringEvidence(framework, 'COMMUNITY').map((i) => i.code)).toEqual(['ORG_MEETINGS']);
  });

  it('an optional hint alone does not make evidence required', () => {
    const framework = withRequired();
    framework.paths[0].indicators[0].evidence = { required: false, hint: { zh: '照片', en: 'Photos' } };
    expect(indicatorsRequiringEvidence(framework)).toEqual([]);
  });

  it('names the required indicators without a file', () => {
    const framework = withRequired('ORG_MEETINGS', 'ORG_THEME_DAYS');
    expect(missingEvidence(framework, 'COMMUNITY', new Set(['ORG_THEME_DAYS'])).map((i) => i.code)).toEqual([
      'ORG_MEETINGS',
    ]);
    expect(missingEvidence(framework, 'COMMUNITY', new Set(['ORG_THEME_DAYS', 'ORG_MEETINGS']))).toEqual([]);
  });
});
