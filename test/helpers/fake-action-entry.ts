import type { CheckDefinition } from '../../src/core/check.js';
import { runAction } from '../../src/github/action.js';
import { fakeCheck } from './fake-check.js';

/** A fake check whose result carries a failing verdict, when MLSEC_TEST_VERDICT gives a reason. */
function withVerdict(check: CheckDefinition, reason: string | undefined): CheckDefinition {
  if (!reason) return check;
  return {
    ...check,
    run: async (context) => ({ ...(await check.run(context)), verdict: { failed: true, reason } }),
  };
}

// The real action code, over fake checks registered under real check names.
const verdict = process.env.MLSEC_TEST_VERDICT;
const checks = new Map([
  ['scan-pii', withVerdict(fakeCheck('scan-pii'), verdict)],
  ['scan-model', fakeCheck('scan-model')],
] as const);
const target = process.env.MLSEC_TEST_TARGET;
await runAction(target === 'umbrella' ? { umbrella: true } : { check: 'scan-pii' }, { checks });
