import type { TFunction } from 'i18next';
import type { AnnualBranchFieldsFragment } from '../../../generated/graphql';

type Lang = 'zh' | 'en';

/** Why a branch's annual grade was capped, in words; null when nothing capped it. */
export function capText(
  branch: Pick<AnnualBranchFieldsFragment, 'cappedBy'>,
  t: TFunction,
  lang: Lang,
): string | null {
  const cap = branch.cappedBy;
  if (!cap) return null;
  const values = { quarter: cap.quarter, name: cap.name[lang], grade: cap.capGrade.name[lang] };
  return cap.source === 'QUARTER_VETO' ? t('annual.capQuarter', values) : t('annual.capAnnual', values);
}
