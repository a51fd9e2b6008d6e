import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runBounded
} from "./chunk-BVQ7O5AV.mjs";

// src/runtime/action-entry.ts
async function runActionEntry(entryUrl, target) {
  await runBounded(
    entryUrl,
    async () => {
      const { runAction } = await import("./action-IUON5LJZ.mjs");
      await runAction(target);
      return void 0;
    },
    // Only a bug gets here: runAction reports everything else itself.
    (message) => process.stdout.write(
      `::error::mlsec internal error (please report it): ${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`
    )
  );
}

export {
  runActionEntry
};
