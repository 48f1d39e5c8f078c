/**
 * The longest text each field a user types may hold: one definition read by the API (its DTOs'
 * `@MaxLength`, the checks its services make by hand) and by the web (the `maxLength` of the field's
 * input), so the form never takes more than the server keeps. Every column these land in is `text`:
 * the sizes are what a reader should have to read, not storage limits.
 *
 * Counting: the API's class-validator counts characters (an emoji is one), a browser's `maxLength`
 * UTF-16 units (an emoji is two), so a text the web lets through always fits the API.
 */
export const TEXT_LIMITS = {
  // People and units (the admin's forms, the login)

  /** Typed at every login: a short code-like word (USERNAME_PATTERN). */
  username: 32,
  /** A person's name with a title or office, still one line in the user list and the audit log. */
  displayName: 100,
  /** Any passphrase a password manager makes, yet a bound on what one login hands the hasher. */
  password: 256,
  /** The longest address the mail standards allow: 64 (local part) + @ + 255 (domain). */
  email: 320,
  /** A unit's code: an identifier in addresses, exports and the login's district (UNIT_CODE_PATTERN). */
  unitCode: 64,
  /** A unit's full official name (中共…委员会, its street's name included) fits. */
  unitName: 200,
  /** A name or a code to look for, not a paragraph: it bounds the LIKE scan a search makes. */
  search: 100,

  // The assessment and its review

  /** The branch's note on what one indicator's value rests on (meetings, documents): a few paragraphs. */
  indicatorEvidence: 4000,
  /** The same note on an annual item's claim (the commendation, the document). */
  annualEvidence: 4000,
  /** 调整理由: read beside the one indicator in the branch's form, so a short paragraph. */
  reviewReason: 500,
  /** A review's comment (reviewAssessment): on a return, what to fix across the assessment, point by point. */
  reviewComment: 2000,
  /** Why an approved assessment reopens: audited and shown in its history. */
  assessmentReopenReason: 2000,

  // Periods and deadlines (audited)

  /** Why a closed quarter reopens. */
  periodReopenReason: 2000,
  /** Why a deadline moves: a quarter's (changePeriodDeadline) or one branch's (延期, extendDeadline). */
  deadlineReason: 2000,

  // Rectification (整改): each a few paragraphs, as the ledger and its export show them in full

  /** 存在问题. */
  rectificationProblem: 4000,
  /** 整改要求. */
  rectificationRequiredAction: 4000,
  /** 整改措施, the branch's answer. */
  rectificationMeasures: 4000,
  /** 佐证材料 written with the answer. */
  rectificationEvidence: 4000,
  /** Why a reviewer rejects an answer (back to OPEN). */
  rectificationRejectReason: 4000,

  // Evidence files

  /** An uploaded file's name, kept for display and the archive's entry names. */
  evidenceFileName: 200,
} as const;

export type TextLimitName = keyof typeof TEXT_LIMITS;

/** A username: 3 to TEXT_LIMITS.username letters, digits, ".", "_" or "-". */
export const USERNAME_PATTERN = new RegExp(`^[A-Za-z0-9._-]{3,${TEXT_LIMITS.username}}$`);

/** A unit's code: 1 to TEXT_LIMITS.unitCode letters, digits, ".", "_" or "-", a letter or digit first. */
export const UNIT_CODE_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]{0,${TEXT_LIMITS.unitCode - 1}}$`);
