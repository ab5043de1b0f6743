export { Public, RequirePermission, SignedIn, accessRuleOf, describeAccessRule, type AccessRule } from './access-rule.decorators';
export {
  BadUserInputError,
  CLIENT_ERROR_CODES,
  ClientError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  type ClientErrorCode,
} from './access.errors';
export { AccessGuard } from './access.guard';
export { AccessModule } from './access.module';
export { AccessPolicy } from './access.policy';
export { ActorService, type Actor, type RequestContext } from './actor.service';
export { AllianceRole } from './alliance-role.entity';
export { fieldMessages, ValidInput } from './input-validation';
export { assertAllInAlliance, findOr404, staleVersion, updateVersioned } from './editing';
export type { Caller } from './caller';
export { answerDownloadError, answerDownloadFailure, sendDownload, SignedInSessionGuard } from './downloads';
