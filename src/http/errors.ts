/** The one place where domain error codes become HTTP statuses. */
import type { DomainErrorCode } from '../domain/errors.ts';

const STATUS: Record<DomainErrorCode, 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  TRANSITION_NOT_ALLOWED: 409,
  CALENDAR_OUT_OF_RANGE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function httpStatus(code: DomainErrorCode): 400 | 401 | 403 | 404 | 409 | 422 | 429 | 503 {
  return STATUS[code];
}
