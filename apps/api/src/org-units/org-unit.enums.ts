import { SECTOR_LABELS, SECTORS } from '@pathboard/scoring';
import { registerEnumType } from '@nestjs/graphql';

export enum OrgUnitKind {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  BRANCH = 'BRANCH',
}

export enum Sector {
  RURAL = 'RURAL',
  COMMUNITY = 'COMMUNITY',
  ORGAN = 'ORGAN',
  SOE = 'SOE',
  INSTITUTION = 'INSTITUTION',
  NEW_ORG = 'NEW_ORG',
}

registerEnumType(OrgUnitKind, {
  name: 'OrgUnitKind',
  description:
    'DISTRICT 区 → STREET 街道/乡镇 → BRANCH 党支部/党总支 (branches may nest; an assessed leaf is a branch)',
});
registerEnumType(Sector, {
  name: 'Sector',
  description: SECTORS.map((s) => `${s} ${SECTOR_LABELS[s].zh}`).join(', '),
});
