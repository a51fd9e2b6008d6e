import { type CountryCode, getCountries, isSupportedCountry } from 'libphonenumber-js/max';
import { UsageError } from '../../core/errors.js';

/**
 * The regions whose national phone formats are read: `phone-regions` (ISO 3166 codes, default
 * US), extended for one record by what the record says about itself: a `country` column or key
 * (`DE`, `Germany`, `Deutschland`), a `locale`, `lang` or `language` (`fr-FR`, `de_AT`, `fr`; a
 * bare language takes its likely region from CLDR, through Intl.Locale).
 */

export const DEFAULT_PHONE_REGIONS: readonly string[] = ['US'];

/** Validates the `phone-regions` input: upper-cased ISO codes libphonenumber has metadata for. */
export function parsePhoneRegions(values: readonly string[] | undefined): string[] {
  if (values === undefined || values.length === 0) return [...DEFAULT_PHONE_REGIONS];
  return [
    ...new Set(
      values.map((value) => {
        const code = value.trim().toUpperCase();
        if (!isSupportedCountry(code)) {
          throw new UsageError(
            'INVALID_INPUT',
            `phone-regions: ${JSON.stringify(value)} is not an ISO 3166 region code with phone metadata (e.g. US, DE, FR, GB)`,
          );
        }
        return code;
      }),
    ),
  ];
}

type RegionFieldKind = 'country' | 'language';

/** A field that names the record's country or language, by its last word. */
export function regionFieldKind(field: string): RegionFieldKind | undefined {
  const words = field
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const last = words.at(-1);
  const previous = words.at(-2);
  if (last === 'country' || last === 'countrycode' || last === 'nationality') return 'country';
  if ((last === 'code' || last === 'iso' || last === 'iso2') && previous === 'country') return 'country';
  if (last === 'locale' || last === 'lang' || last === 'language') return 'language';
  if (last === 'code' && (previous === 'language' || previous === 'lang' || previous === 'locale'))
    return 'language';
  return undefined;
}

let namesToCodes: Map<string, string> | undefined;

/** Country names in English and in the country's own likely language, to their codes. */
function countryByName(name: string): string | undefined {
  if (namesToCodes === undefined) {
    namesToCodes = new Map();
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of getCountries()) {
      const names = [english.of(code)];
      try {
        const language = new Intl.Locale(`und-${code}`).maximize().language;
        names.push(new Intl.DisplayNames([language], { type: 'region' }).of(code));
      } catch {
        // No CLDR data for this region: its English name is enough.
      }
      for (const each of names) if (each) namesToCodes.set(each.toLowerCase(), code);
    }
  }
  return namesToCodes.get(name.toLowerCase());
}

const LOCALE = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}))?(?:[.@].*)?$/i;

/** The phone region a field's value names, if any. */
export function regionFromValue(value: string, kind: RegionFieldKind): string | undefined {
  const text = value.trim();
  if (text.length < 2 || text.length > 60) return undefined;
  const locale = LOCALE.exec(text);
  if (locale) {
    const [, language, script, region] = locale;
    if (region !== undefined) return supported(region);
    if (kind === 'country' && language!.length === 2) return supported(language!);
    try {
      const tag = script === undefined ? language! : `${language!}-${script}`;
      return supported(new Intl.Locale(tag).maximize().region);
    } catch {
      return undefined;
    }
  }
  return kind === 'country' ? countryByName(text) : undefined;
}

function supported(code: string | undefined): string | undefined {
  const upper = code?.toUpperCase();
  return upper !== undefined && isSupportedCountry(upper as CountryCode) ? upper : undefined;
}

/** Region columns of a CSV header: index and kind. */
export function regionColumns(columns: readonly string[]): Array<[number, RegionFieldKind]> {
  const found: Array<[number, RegionFieldKind]> = [];
  columns.forEach((column, index) => {
    const kind = regionFieldKind(column);
    if (kind) found.push([index, kind]);
  });
  return found;
}

/** The regions a row (CSV fields, Parquet cells) names in its region columns. */
export function regionsOfRow(
  fields: ReadonlyArray<string | undefined>,
  columns: ReadonlyArray<[number, RegionFieldKind]>,
): string[] {
  const regions: string[] = [];
  for (const [index, kind] of columns) {
    const region = fields[index] === undefined ? undefined : regionFromValue(fields[index], kind);
    if (region) regions.push(region);
  }
  return regions;
}

const KEYED_REGION =
  /["']?([A-Za-z_-]*(?:country|nationality|locale|lang|language)(?:[_-]?(?:code|iso2?))?)["']?\s*[:=]\s*["']?([A-Za-z][\w .@-]{1,40}?)["']?\s*(?=[,}\]\r\n]|$)/gi;

/** The regions a keyed line (JSON, JSONL, YAML, .env) names: `"locale": "fr-FR"`, `country: DE`. */
export function regionsOfKeyedLine(line: string): string[] {
  const regions: string[] = [];
  for (const match of line.matchAll(KEYED_REGION)) {
    const kind = regionFieldKind(match[1]!);
    const region = kind ? regionFromValue(match[2]!, kind) : undefined;
    if (region) regions.push(region);
  }
  return regions;
}
