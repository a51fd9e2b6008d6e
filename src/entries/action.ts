import { runActionEntry } from '../runtime/action-entry.js';

await runActionEntry(import.meta.url, { umbrella: true });
