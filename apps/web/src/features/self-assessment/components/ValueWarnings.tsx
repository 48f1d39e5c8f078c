import { checkValues, type Framework, type Sector, type ValueFlag, type ValueMap } from '@pathboard/scoring';
import { Alert, Space } from 'antd';
import { useMemo } from 'react';
import type { Entries } from '../../../shared/assessment-form/form/edit-session';
import { valuesFromFormState } from '../../../shared/assessment-form/form/form-values';
import { formStateOf } from '../../../shared/assessment-form/form/score-preview';

/**
 * The data checks' warnings (docs/domain.md, "Data checks") by indicator, computed in the browser
 * by the same engine as the server. A validation rule's warning is listed beside each indicator it
 * names. The form checks the framework's validation rules and expected ranges itself, and the jump
 * and peer checks against what the server sends (valueChecks: the branch's previous-quarter values
 * and its peers' values, unlinked), so its warnings are the server's.
 */
export function flagsByIndicator(flags: readonly ValueFlag[]): ReadonlyMap<string, ValueFlag[]> {
  const byIndicator = new Map<string, ValueFlag[]>();
  for (const flag of flags)
    for (const code of flag.indicators) byIndicator.set(code, [...(byIndicator.get(code) ?? []), flag]);
  return byIndicator;
}

const NO_CONTEXT = {};

export function useValueFlags(
  framework: Framework,
  entries: Entries,
  sector?: Sector,
  context: { previous?: ValueMap; peers?: readonly ValueMap[] } = NO_CONTEXT,
): ReadonlyMap<string, ValueFlag[]> {
  return useMemo(
    () =>
      flagsByIndicator(
        checkValues(framework, valuesFromFormState(framework, formStateOf(entries), sector), {
          sector,
          previous: context.previous,
          peers: context.peers,
        }),
      ),
    [framework, entries, sector, context],
  );
}

/** Warnings beside a field: they ask the person to check a value, never block saving. */
export function ValueWarnings({ flags, lang }: { flags?: readonly ValueFlag[]; lang: 'zh' | 'en' }) {
  if (!flags?.length) return null;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%', marginBottom: 8 }}>
      {flags.map((flag) => (
        <Alert key={`${flag.code}-${flag.rule ?? ''}`} type="warning" showIcon message={flag.message[lang]} />
      ))}
    </Space>
  );
}
