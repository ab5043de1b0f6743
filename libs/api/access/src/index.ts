export { Public, RequirePermission, SignedIn, accessRuleOf, describeAccessRule, type AccessRule } from './access-rule.decorators';
