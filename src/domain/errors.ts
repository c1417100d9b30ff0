/**
 * Domain errors: a stable code and a message in Chinese for the user. The edges (HTTP routes,
 * pages, CLI) map codes to statuses and exit codes in one place; nothing below them throws HTTP errors.
 */
export type DomainErrorCode =
  | 'VALIDATION' // a field is missing or malformed
  | 'NOT_FOUND' // no such record (or not visible to this user: we never reveal which)
  | 'FORBIDDEN' // the user's role does not allow the action
  | 'UNAUTHENTICATED' // not logged in / bad credentials
  | 'CONFLICT' // the record changed meanwhile, or a uniqueness rule
  | 'TRANSITION_NOT_ALLOWED' // the workflow does not allow this action from the current status
  | 'CALENDAR_OUT_OF_RANGE' // a date beyond the working-day calendar data
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'; // a needed resource (font, SMTP) is missing

/** One field-level problem: which field, what is wrong (Chinese). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** An error the user can act on; `message` is shown as is. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: DomainErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}

/** A validation error listing every field at fault. */
export function validationError(issues: FieldIssue[]): DomainError {
  const message = issues.map((i) => i.message).join('；');
  return new DomainError('VALIDATION', message || '输入有误', issues);
}
