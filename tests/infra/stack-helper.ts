import { fileURLToPath } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, type BuiltApp } from '../../infra/build-app.js';

/** A feeds file written for these tests (two invented outlets). */
export const TEST_FEEDS_FILE = fileURLToPath(new URL('./fixtures/feeds.json', import.meta.url));

/**
 * Builds the app the way tests should (../shared/STACK.md §4): no bundling and no built-in
 * CloudFormation validation, which cut a synth from ~5 s to ~0.4 s. `npm run synth` does both.
 */
export function buildTestApp(context: Record<string, unknown> = {}): BuiltApp & { template: Template } {
  const built = buildUnsynthesizedApp(context);
  return { ...built, template: Template.fromStack(built.stack) };
}

/** The same app, not yet synthesized (a test can still add constructs to it). */
export function buildUnsynthesizedApp(context: Record<string, unknown> = {}): BuiltApp {
  return buildApp({
    builtinCloudFormationValidation: false,
    context: { 'aws:cdk:bundling-stacks': [], feedsFile: TEST_FEEDS_FILE, ...context },
  });
}

/** The logical id of a construct's CloudFormation resource, to match Ref / Fn::GetAtt in assertions. */
export function logicalId(stack: import('aws-cdk-lib').Stack, construct: import('constructs').IConstruct): string {
  return stack.getLogicalId(construct.node.defaultChild as import('aws-cdk-lib').CfnElement);
}

/** The statements of the inline policy attached to a role (by the role's logical id). */
export function policyStatementsOf(template: Template, roleId: string): { Action: string | string[]; Resource: unknown; Condition?: unknown }[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } });
  return Object.values(policies).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: [] } } }).Properties.PolicyDocument.Statement);
}

/** Every action a role is allowed, flattened and sorted. */
export function actionsOf(template: Template, roleId: string): string[] {
  return policyStatementsOf(template, roleId).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])).sort();
}
