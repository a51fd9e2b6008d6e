import { runAction } from '../../src/github/action.js';
import { fakeCheck } from './fake-check.js';

// The real action code, over fake checks registered under real check names.
const checks = new Map([
  ['scan-pii', fakeCheck('scan-pii')],
  ['scan-model', fakeCheck('scan-model')],
] as const);
const target = process.env.MLSEC_TEST_TARGET;
await runAction(target === 'umbrella' ? { umbrella: true } : { check: 'scan-pii' }, { checks });
