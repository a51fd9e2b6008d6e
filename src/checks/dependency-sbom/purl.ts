/**
 * Package URLs of the records, and which are development only: apart from the BOM, so that the
 * dependency submission (which needs both, not CycloneDX) does not load the CycloneDX library.
 */
import { PackageURL } from 'packageurl-js';
import type { PackageRecord } from './types.js';

const PURL_TYPE: Readonly<Record<PackageRecord['ecosystem'], string>> = {
  pypi: 'pypi',
  npm: 'npm',
  conda: 'conda',
};

/** pkg:<type>/<name>[@version]: a version only when the record pins or locks one. */
export function purlOf(record: PackageRecord): string {
  const npmScope =
    record.ecosystem === 'npm' && record.name.startsWith('@') ? record.name.slice(1).split('/') : undefined;
  const purl = new PackageURL(
    PURL_TYPE[record.ecosystem],
    npmScope ? `@${npmScope[0]}` : undefined,
    npmScope ? npmScope.slice(1).join('/') : record.normalizedName,
    record.version,
  );
  return purl.toString();
}

/** Groups that are development only (tests, lint, docs): not part of what the project runs. */
const DEVELOPMENT_GROUPS = new Set([
  'dev',
  'develop',
  'development',
  'devoptional',
  'test',
  'tests',
  'lint',
  'docs',
]);

/** A record whose groups are all development groups (none: not development only). */
export function developmentOnly(groups: readonly string[]): boolean {
  return groups.length > 0 && groups.every((group) => DEVELOPMENT_GROUPS.has(group.toLowerCase()));
}
