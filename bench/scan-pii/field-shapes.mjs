// The shapes a field test of scan-pii found on repositories like real ML work: access logs, chat
// exports with client metadata, training logs, pinned requirements and a multilingual EU data
// set. Each maker returns generated values only (no real person, card, address or credential);
// numbers are drawn at random and kept only when libphonenumber or the Luhn rule accepts them.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ALNUM, luhnDigit } from './synthetic.mjs';

const HEX = [...'0123456789abcdef'];
const DIGITS = [...'0123456789'];

const luhnComplete = (body) => body + luhnDigit(body);

const isPublic = (a, b, c) =>
  !(
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    (a === 198 && (b === 18 || b === 19))
  );

/** A national number of `region`, written as the region writes it (libphonenumber's format). */
function nationalNumber(region, draw, contiguous) {
  for (;;) {
    const phone = parsePhoneNumberFromString(draw(), region);
    if (phone?.isValid())
      return contiguous ? phone.formatNational().replace(/\D/g, '') : phone.formatNational();
  }
}

export function fieldShapes(r) {
  const quad = (small) => {
    for (;;) {
      const a = small ? r.int(1, 29) : r.int(1, 223);
      const b = small ? r.int(0, 49) : r.int(0, 255);
      const c = small ? r.int(0, 49) : r.int(0, 255);
      if (isPublic(a, b, c)) return `${a}.${b}.${c}.${r.int(1, 254)}`;
    }
  };
  const hex4 = () => r.chars(HEX, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const regions = {
    DE: (c) =>
      nationalNumber(
        'DE',
        () =>
          r.pick([
            `030${r.chars(DIGITS, 8)}`,
            `0221${r.chars(DIGITS, 7)}`,
            `015${r.int(1, 9)}${r.chars(DIGITS, 8)}`,
          ]),
        c,
      ),
    FR: (c) => nationalNumber('FR', () => `0${r.int(1, 7)}${r.chars(DIGITS, 8)}`, c),
    ES: (c) => nationalNumber('ES', () => `${r.pick(['6', '7', '91'])}${r.chars(DIGITS, 8)}`.slice(0, 9), c),
    IT: (c) => nationalNumber('IT', () => `06${r.chars(DIGITS, 8)}`, c),
    NL: (c) => nationalNumber('NL', () => `06${r.chars(DIGITS, 8)}`, c),
    GB: (c) => nationalNumber('GB', () => `07${r.int(4, 9)}${r.chars(DIGITS, 8)}`, c),
  };
  const LOCALES = { DE: 'de-DE', FR: 'fr-FR', ES: 'es-ES', IT: 'it-IT', NL: 'nl-NL', GB: 'en-GB' };
  const COUNTRY_NAMES = {
    DE: 'Germany',
    FR: 'France',
    ES: 'Spain',
    IT: 'Italy',
    NL: 'Netherlands',
    GB: 'United Kingdom',
  };
  const APPS = ['AcmeApp', 'AcmeSupport', 'Helpdesk', 'ChatKit', 'NovaClient', 'Lumen'];
  return {
    /** Any public IPv4 address. */
    publicIp: () => quad(r.next() < 0.3),
    /** A version string whose digits could be a public address (so only context tells). */
    versionQuad: () => quad(r.next() < 0.5),
    publicIpv6: () =>
      r.pick([
        () => `2600:3c00:${hex4()}:${hex4()}:${hex4()}:${hex4()}:${hex4()}:${hex4()}`,
        () => `2a03:2880:${hex4()}:${hex4()}::${hex4()}`,
        () => `2a00:1450:${hex4()}:${hex4()}::${hex4()}`,
        () => `2001:4860:${hex4()}::${hex4()}`,
      ])(),
    userAgent: (version) =>
      r.pick([
        () => `${r.pick(APPS)}/${version} (iPhone; iOS 17.${r.int(0, 5)}.${r.int(0, 3)})`,
        () => `${r.pick(APPS)}/${version} (Linux; Android ${r.int(10, 14)}; Pixel ${r.int(5, 9)})`,
        () =>
          `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${r.pick(APPS)}/${version} Safari/537.36`,
      ])(),
    regionCodes: Object.keys(regions),
    /** Written as the region writes it; `contiguous` drops the spaces (then only a phone column tells). */
    nationalPhone: (region, contiguous = false) => regions[region](contiguous),
    locale: (region) => LOCALES[region],
    countryName: (region) => COUNTRY_NAMES[region],
    /** International numbers with dots or a bracketed area code after the country code. */
    intlPhone: () => {
      const draw = r.pick([
        () => `+33 ${r.int(6, 7)}.${pairs(4)}`,
        () => `+33 ${r.int(1, 5)}.${pairs(4)}`,
        () => `+49 (221) ${r.chars(DIGITS, 7)}`,
        () => `+49 (30) ${r.chars(DIGITS, 8)}`,
        () => `+44 (0)20 7${r.chars(DIGITS, 3)} ${r.chars(DIGITS, 4)}`,
        () => `+39 06.${r.chars(DIGITS, 4)}.${r.chars(DIGITS, 4)}`,
      ]);
      for (;;) {
        const text = draw();
        if (parsePhoneNumberFromString(text)?.isValid()) return text;
      }
    },
    /** Cards of every length their issuer allows, written without separators. */
    card: () =>
      r.pick([
        () => luhnComplete(`35${r.int(28, 89)}${r.chars(DIGITS, 13)}`), // JCB, 18 digits
        () => luhnComplete(`35${r.int(28, 89)}${r.chars(DIGITS, 14)}`), // JCB, 19 digits
        () => {
          const prefix = r.pick(['36', '38', '300', '305']); // Diners, 14 digits
          return luhnComplete(prefix + r.chars(DIGITS, 13 - prefix.length));
        },
        () => luhnComplete(`4${r.chars(DIGITS, 11)}`), // Visa, 13
        () => luhnComplete(`4${r.chars(DIGITS, 17)}`), // Visa, 19
        () => luhnComplete(`62${r.chars(DIGITS, 16)}`), // UnionPay, 19
      ])(),
    /** A number of card length and prefix that fails the Luhn check (order and ticket ids). */
    notCard: () => {
      const valid = luhnComplete(`35${r.int(28, 89)}${r.chars(DIGITS, 13)}`);
      return valid.slice(0, -1) + String((Number(valid.at(-1)) + r.int(1, 9)) % 10);
    },
    hfToken: () => `hf_${r.chars(ALNUM, 34)}`,
    hfOrgToken: () => `api_org_${r.chars(ALNUM, 34)}`,
    sshUser: () => r.pick(['ubuntu', 'root', 'ec2-user', 'deploy', 'admin', 'pi']),
    package: () =>
      r.pick([
        'nvidia-cufft-cu12',
        'nvidia-cudnn-cu12',
        'nvidia-cublas-cu12',
        'nvidia-nccl-cu12',
        'acme-runtime',
        'tensorrt-libs',
      ]),
  };
  function pairs(n) {
    return Array.from({ length: n }, () => r.chars(DIGITS, 2)).join('.');
  }
}
