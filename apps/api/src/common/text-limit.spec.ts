import { TEXT_LIMITS, type TextLimitName } from '@pathboard/text-limits';
import { getMetadataStorage } from 'class-validator';
import type { GraphQLError } from 'graphql';
import { AnnualSelfValueInput } from '../annual/dto/annual-values.input';
import { ReviewedValueInput } from '../assessments/dto/review-assessment.input';
import { IndicatorValueInput } from '../assessments/dto/save-values.input';
import { LoginArgs } from '../auth/dto/login.args';
import { ExtendDeadlineInput } from '../deadlines/dto/extend-deadline.input';
import { CreateDistrictInput, DistrictAdminInput } from '../districts/dto/create-district.input';
import { NotificationSettingsInput } from '../notifications/dto/notification-settings.input';
import { CreateOrgUnitInput } from '../org-units/dto/create-org-unit.input';
import { UpdateOrgUnitInput } from '../org-units/dto/update-org-unit.input';
import {
  AnswerRectificationInput,
  RectificationDraftInput,
  VerifyRectificationInput,
} from '../rectification/dto/rectification.input';
import { CreateUserInput } from '../users/dto/create-user.input';
import { UpdateUserInput } from '../users/dto/update-user.input';
import { assertTextFits } from './text-limit';
import { createValidationPipe } from './validation';

/** What the global ValidationPipe answers for `input` given as a `metatype` argument; null: accepted. */
async function refusal(metatype: new () => object, input: object): Promise<GraphQLError | null> {
  try {
    await createValidationPipe().transform(input, { type: 'body', metatype });
    return null;
  } catch (error) {
    return error as GraphQLError;
  }
}

const extension = (reason: string) => ({
  period: '2026Q1',
  branchId: '3f0b6a2e-8a4e-4e55-9d7a-0c1f2b3c4d5e',
  deadline: new Date('2026-05-01T00:00:00Z'),
  reason,
});

describe('text limits on the API', () => {
  it('refuses a DTO text one over its limit, naming the field and the limit', async () => {
    const limit = TEXT_LIMITS.deadlineReason;
    expect(await refusal(ExtendDeadlineInput, extension('延'.repeat(limit)))).toBeNull();
    const error = await refusal(ExtendDeadlineInput, extension('延'.repeat(limit + 1)));
    expect(error?.message).toBe(`reason: reason must be shorter than or equal to ${limit} characters`);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('names a nested field by its path', async () => {
    const error = await refusal(CreateDistrictInput, {
      code: 'SFQ',
      name: '示范区',
      admin: {
        username: 'zhang.san',
        displayName: '张'.repeat(TEXT_LIMITS.displayName + 1),
        password: 'a long and unusual passphrase',
      },
    });
    expect(error?.extensions).toMatchObject({
      field: 'admin.displayName',
      problems: [
        {
          field: 'admin.displayName',
          message: `displayName must be shorter than or equal to ${TEXT_LIMITS.displayName} characters`,
        },
      ],
    });
  });

  it('refuses a text checked by hand exactly as the pipe refuses a DTO field', async () => {
    const long = 'x'.repeat(TEXT_LIMITS.deadlineReason + 1);
    const byPipe = await refusal(ExtendDeadlineInput, extension(long));
    let byHand: GraphQLError | undefined;
    try {
      assertTextFits('reason', long, TEXT_LIMITS.deadlineReason);
    } catch (error) {
      byHand = error as GraphQLError;
    }
    expect(byHand?.message).toBe(byPipe?.message);
    expect(byHand?.extensions).toEqual(byPipe?.extensions);
  });

  it('names a list item by its path and keeps the details given', () => {
    const long = 'x'.repeat(TEXT_LIMITS.indicatorEvidence + 1);
    expect(() =>
      assertTextFits('values.3.evidence', long, TEXT_LIMITS.indicatorEvidence, { indicator: 'ORG_MEETINGS' }),
    ).toThrow(
      expect.objectContaining({
        message: `values.3.evidence: evidence must be shorter than or equal to ${TEXT_LIMITS.indicatorEvidence} characters`,
        extensions: expect.objectContaining({ field: 'values.3.evidence', indicator: 'ORG_MEETINGS' }),
      }),
    );
  });

  it('counts as class-validator counts (an emoji is one character) and lets a missing text pass', () => {
    expect(() => assertTextFits('reason', '😀'.repeat(10), 10)).not.toThrow();
    expect(() => assertTextFits('reason', '😀'.repeat(11), 10)).toThrow();
    expect(() => assertTextFits('reason', null, 10)).not.toThrow();
  });

  // Every DTO text the web has an input for reads its size from TEXT_LIMITS.
  it.each(
    (
      [
        [ExtendDeadlineInput, 'reason', 'deadlineReason'],
        [IndicatorValueInput, 'evidence', 'indicatorEvidence'],
        [ReviewedValueInput, 'reason', 'reviewReason'],
        [AnnualSelfValueInput, 'evidence', 'annualEvidence'],
        [RectificationDraftInput, 'problem', 'rectificationProblem'],
        [RectificationDraftInput, 'requiredAction', 'rectificationRequiredAction'],
        [AnswerRectificationInput, 'measures', 'rectificationMeasures'],
        [AnswerRectificationInput, 'evidence', 'rectificationEvidence'],
        [VerifyRectificationInput, 'reason', 'rectificationRejectReason'],
        [CreateUserInput, 'displayName', 'displayName'],
        [UpdateUserInput, 'displayName', 'displayName'],
        [DistrictAdminInput, 'displayName', 'displayName'],
        [CreateDistrictInput, 'name', 'unitName'],
        [CreateOrgUnitInput, 'name', 'unitName'],
        [UpdateOrgUnitInput, 'name', 'unitName'],
        [NotificationSettingsInput, 'email', 'email'],
        [LoginArgs, 'username', 'username'],
        [LoginArgs, 'password', 'password'],
        [LoginArgs, 'district', 'unitCode'],
      ] as [new () => object, string, TextLimitName][]
    ).map(([target, property, limit]) => ({ dto: target.name, target, property, limit })),
  )('$dto: $property is at most TEXT_LIMITS.$limit', ({ target, property, limit }) => {
    const maxLength = getMetadataStorage()
      .getTargetValidationMetadatas(target, '', true, false)
      .filter((m) => m.propertyName === property && m.name === 'maxLength');
    expect(maxLength.map((m) => m.constraints[0])).toEqual([TEXT_LIMITS[limit]]);
  });
});
