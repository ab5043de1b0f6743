import 'reflect-metadata';
import type { Permission } from '@pakt/domain';

/** What an operation demands of the caller; every Query and Mutation carries exactly one. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'permission'; permission: Permission };

export const ACCESS_RULE = 'pakt:access-rule';

function rule(value: AccessRule): MethodDecorator {
  return (_target, propertyKey, descriptor) => {
    const handler: unknown = descriptor.value;
    if (typeof handler !== 'function') throw new Error(`${String(propertyKey)}: access rules belong on resolver methods`);
    // Two rules on one method would silently keep one of them; say so at start-up instead.
    if (Reflect.hasOwnMetadata(ACCESS_RULE, handler)) throw new Error(`${String(propertyKey)} has more than one access rule`);
    Reflect.defineMetadata(ACCESS_RULE, value, handler);
    return descriptor;
  };
}

/** Anyone, signed in or not. */
export const Public = (): MethodDecorator => rule({ kind: 'public' });

/** Any signed-in account, whatever it holds. */
export const SignedIn = (): MethodDecorator => rule({ kind: 'signed-in' });

/**
 * An account that holds the permission in at least one alliance. Which alliance the object
 * belongs to is only known once it is loaded, so services check that with AccessPolicy.
 */
export const RequirePermission = (permission: Permission): MethodDecorator => rule({ kind: 'permission', permission });

/** The rule on a resolver method, or undefined when it has none (and is therefore refused). */
export function accessRuleOf(handler: object): AccessRule | undefined {
  return Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined;
}

/** A stable one-word form for logs and the committed permission snapshot. */
export function describeAccessRule(rule: AccessRule | undefined): string {
  if (rule === undefined) return 'none';
  return rule.kind === 'permission' ? `permission:${rule.permission}` : rule.kind;
}
