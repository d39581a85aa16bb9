// `npm run subscriptions -- add|list|remove`: alert subscriptions as data, in the local store or
// (--aws) in the stack's table with an SNS subscription whose filter policy is generated from it.
// Adding one needs no redeploy. See subscriptions-cli.ts for the options.
import './quiet-epipe.js';
import { parseCli } from './args.js';
import { OPTION_SPEC, runSubscriptions, SubscriptionsOptionsSchema, USAGE } from '../subscriptions-cli.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const opts = parseCli(process.argv.slice(2), OPTION_SPEC, SubscriptionsOptionsSchema, USAGE);
process.exitCode = await runSubscriptions(opts, {
  out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env,
});
