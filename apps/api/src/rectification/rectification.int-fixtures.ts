import { useSuite } from '../../test/use-suite';
import {
  createRectificationFixture,
  type RectificationFixture,
  type RectificationWho,
} from './testing/rectification-fixture';

/**
 * The GraphQL documents and types of the rectification-*.int-spec.ts suites. Each suite starts its
 * own app and data through useRectificationSuite(), from createRectificationFixture()
 * (testing/rectification-fixture.ts).
 */
export const ITEM = `id status version overdue indicatorCode pathCode pathName { zh en } indicatorName { zh en } branchId measures evidence history { action fromStatus toStatus comment } lastRejection { reason at by }`;
export const CREATE = `mutation ($input: CreateRectificationInput!) { createRectification(input: $input) { ${ITEM} } }`;
export const ANSWER = `mutation ($input: AnswerRectificationInput!) { answerRectification(input: $input) { ${ITEM} } }`;
export const VERIFY = `mutation ($input: VerifyRectificationInput!) { verifyRectification(input: $input) { ${ITEM} } }`;
export const LIST = `query ($f: RectificationFilterInput) { rectifications(filter: $f) { ${ITEM} } }`;
export const MINE = `query { myNotifications { id kind targetId about { periodCode branchName indicatorName { zh en } } } unreadNotificationCount }`;
export const MARK = `mutation { markNotificationsRead }`;
export const REMIND = `mutation ($p: String!, $s: ID) { remindUnsubmitted(period: $p, scopeUnitId: $s) { day remindedBranchIds alreadyRemindedBranchIds } }`;
export const EXTEND = `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { branchId deadline reason } }`;
export const EXTENSIONS = `query ($p: String!) { deadlineExtensions(period: $p) { branchId deadline reason } }`;
export const PROPOSALS = `query ($id: ID!) { rectificationProposals(assessmentId: $id) { indicatorCode reason points maxPoints problem { zh } } }`;
export const LOG = `query ($p: String!) { submissionReminders(period: $p) { branchId day } }`;

export type Who = RectificationWho;
export interface Item {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  pathCode: string;
  pathName: { zh: string; en: string };
  indicatorName: { zh: string; en: string };
  measures: string | null;
  evidence: string | null;
  history: { action: string; fromStatus: string | null; toStatus: string; comment: string | null }[];
  lastRejection: { reason: string; at: string; by: string | null } | null;
}

/** Starts the suite's app in beforeAll and closes it in afterAll; the fields are set once beforeAll has run. */
export function useRectificationSuite(): RectificationFixture {
  return useSuite(createRectificationFixture);
}
