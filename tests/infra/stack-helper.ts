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
  const built = buildApp({
    builtinCloudFormationValidation: false,
    context: { 'aws:cdk:bundling-stacks': [], feedsFile: TEST_FEEDS_FILE, ...context },
  } as ConstructorParameters<typeof import('aws-cdk-lib').App>[0]);
  return { ...built, template: Template.fromStack(built.stack) };
}
