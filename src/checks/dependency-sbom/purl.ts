/**
 * Package URLs of the records, apart from the BOM so that the dependency submission (which
 * needs purls, not CycloneDX) does not load the CycloneDX library.
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
