// The CDK app (cdk.json runs it with tsx): build, synth, then print what the template holds.
import { buildApp } from './build-app.js';
import { ConfigError } from './config.js';
import { summarizeTemplate } from './template-summary.js';

try {
  const { app, stack } = buildApp();
  const assembly = app.synth();
  const template = assembly.getStackByName(stack.stackName).template as { Resources?: Record<string, { Type: string }> };
  // stderr: the CDK CLI prints the template itself on stdout when asked to.
  console.error(summarizeTemplate(stack.stackName, template));
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
