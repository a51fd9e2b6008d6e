import type { ActionTarget } from '../github/action.js';
import { runBounded } from './bounded.js';

/** The body of every action entry: the action runs in a bounded worker (see bounded.ts). */
export async function runActionEntry(entryUrl: string, target: ActionTarget): Promise<void> {
  await runBounded(
    entryUrl,
    async () => {
      const { runAction } = await import('../github/action.js');
      await runAction(target);
      return undefined;
    },
    // Only a bug gets here: runAction reports everything else itself.
    (message) =>
      process.stdout.write(
        `::error::mlsec internal error (please report it): ${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
      ),
  );
}
