import { fileURLToPath } from 'node:url';
import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadFeedsForSynth, readStageConfig, type StageConfig } from './config.js';
import { CoopFactsStack } from './stack.js';

/** The project root: relative paths in the config (feedsFile) are resolved against it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuiltApp {
  app: App;
  stack: CoopFactsStack;
  config: StageConfig;
}

/**
 * Builds the app: validates the context (a bad value throws ConfigError before anything is
 * bundled), validates the feeds file, creates the stage's stack and adds cdk-nag's AwsSolutions
 * pack, so every synth (CLI or test) runs the checks and fails on an unacknowledged finding.
 */
export function buildApp(props: AppProps = {}): BuiltApp {
  const app = new App(props);
  const config = readStageConfig((key) => app.node.tryGetContext(key));
  const feeds = loadFeedsForSynth(config.feedsFile, PROJECT_ROOT);
  const stack = new CoopFactsStack(app, `CoopFacts-${config.stage}`, {
    config,
    feedsFilePath: feeds.path,
    description: `Cooperation facts pipeline (${config.stage}): ${feeds.feeds.feeds.length} feeds`,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, config };
}
