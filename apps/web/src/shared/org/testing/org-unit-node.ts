/**
 * A unit of an org tree as the API answers a picker's tree query, with its stored pinyin
 * (OrgUnit.namePinyin: the full reading, U+0001, the initials, as pinyin-pro computes it on the
 * server). For specs of the screens that search a tree in the browser; `extra` adds the fields a
 * query selects beyond the picker's (the admin tree's memberCount and parentId).
 */
export function orgUnitNode(
  id: string,
  code: string,
  name: string,
  namePinyin: string,
  kind: string,
  children: unknown[] = [],
  extra: Record<string, unknown> = {},
) {
  return {
    __typename: 'OrgUnit',
    id,
    code,
    name,
    namePinyin,
    kind,
    sector: kind === 'BRANCH' ? 'COMMUNITY' : null,
    active: true,
    ...extra,
    children,
  };
}
