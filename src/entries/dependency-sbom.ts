import { runActionEntry } from '../runtime/action-entry.js';

await runActionEntry(import.meta.url, { check: 'dependency-sbom' });
