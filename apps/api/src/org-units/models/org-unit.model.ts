import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrgUnitKind, Sector } from '../org-unit.enums';

@ObjectType('OrgUnit', {
  description: 'A unit of the org tree: district → street → branch (branches may nest)',
})
export class OrgUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field()
  code!: string;

  @Field()
  name!: string;

  /**
   * The stored search pinyin, exposed as the `namePinyin` field by OrgUnitResolver: set when the rows
   * were read with it (orgTree, org-unit.mapper.ts buildTree), undefined otherwise (looked up then).
   */
  namePinyin?: string | null;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => Sector, { nullable: true, description: 'Required for branches' })
  sector!: Sector | null;

  @Field(() => Int)
  memberCount!: number;

  @Field()
  active!: boolean;

  @Field(() => ID)
  districtId!: string;

  @Field(() => Int, { description: 'District 1, street 2, branch 3, nested branch 4, ...' })
  depth!: number;

  @Field({ description: 'Materialized path of ids, /district/.../this/' })
  path!: string;

  @Field(() => [OrgUnit], {
    nullable: true,
    description:
      'Children: the whole nested subtree when loaded by orgTree, the direct children when loaded by orgUnit',
  })
  children?: OrgUnit[] | null;
}
