import { createBase58check, bech32, bech32m } from '@scure/base';
import { isValidIBAN } from 'ibantools';
import ipaddr from 'ipaddr.js';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { createHash } from 'node:crypto';
import { parse as parseDomain } from 'tldts';

/**
 * Validators: a candidate becomes a finding only when its checksum or structure says it can be
 * the real thing. All pure; each takes the candidate text as found.
 */

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Card network from the issuer identification number and length, or undefined. */
export function cardNetwork(digits: string): string | undefined {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if (
    (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) &&
    n >= 16 &&
    n <= 19
  ) {
    return 'discover';
  }
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19)
    return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'maestro';
  return undefined;
}

/**
 * The lengths each network issues in numbers: other lengths its rules allow (Maestro's 12 to 19,
 * Diners' 15 to 19) are rare in practice, and big numbers that are no card share them.
 */
const ISSUED_LENGTHS: Record<string, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  discover: [16, 19],
  jcb: [16, 17, 18, 19],
  diners: [14, 16],
  unionpay: [16, 17, 18, 19],
  maestro: [16, 19],
};

export function isIssuedLength(network: string, length: number): boolean {
  return ISSUED_LENGTHS[network]?.includes(length) ?? false;
}

/**
 * Processors' published test numbers (their sandbox documentation): they pass Luhn and carry a
 * real issuer prefix, so only a list tells them from a customer's card. Numbers mostly of zeros
 * (4000 0000 0000 0002) are caught by the rule in isTestCard and need not be listed.
 */
export const TEST_CARDS: ReadonlySet<string> = new Set(
  [
    // Stripe
    '4242424242424242 4000056655665556 5555555555554444 2223003122003222 5200828282828210',
    '5105105105105100 378282246310005 371449635398431 6011111111111117 6011000990139424',
    '6011981111111113 3056930009020004 36227206271667 6555900000604105 3566002020360505',
    '6200000000000005 6200000000000047 6205500000000000004 30569309025904 38520000023237',
    '3530111333300000 4012888888881881',
    // Braintree
    '4111111111111111 4005519200000004 4009348888881881 4012000033330026 4012000077777777',
    '4217651111111119 4500600000000061 4000111111111115 4000111111111511 2223000048400011',
    '6304000000000000 378734493671000 36259600000004 6011000991300009 6243030000000001',
    '6221261111117766 6223164991230014',
    // PayPal
    '4239538668121621 5125763927083297 349313082270122 6011474915859384 5038270606265696',
    '3568621173513335',
    // Worldpay
    '4444333322221111 4911830000000 4917610000000000 4462030000000000 4917610000000000003',
    '5454545454545454 2221000000000009 5163613613613613 6759649826438453 343434343434343',
    '6011000400000000 3528000700000000 4917300800000000',
    // Adyen (online and point-of-sale), Dankort and Maestro included
    '5019555544445555 6771798021000008 36006666333344 6011601160116611',
    '6445644564456445 5066991111111118 6062828888666688 3569990010095841 5555341244441115',
    '4166676667666746 6243030000000001 4035501000000008 6703444444444449 2222400070000005',
    '5577000055770004 5555444433331111 2222410740360010 4111111145551142 4988438843884305',
    '4646464646464644 4977949494949497 370000000100018 4871049999999910 36070500001020',
    '5100081112223332 5100290029002909 5136333333333335 5585558555855583 5424000000000015',
    '5413330089099999 5413330089999990 5413330089020037 5520330000000001 4151500000000008',
    '6000070736169237003 6799998900000099990 6799998900000999991',
    // Billwerk+ (Reepay) and Bambora: Dankort, Visa/Dankort
    '5019100000000006 50194500000005 4571994000062336 4026111111111115 6007220000000004',
  ]
    .join(' ')
    .split(' '),
);

export function isTestCard(digits: string): boolean {
  // Issuers' and processors' test numbers are mostly zeros (4000 0000 0000 0002, 5500 0000 0000 0004).
  const zeros = digits.replace(/[^0]/g, '').length;
  return TEST_CARDS.has(digits) || /^(\d)\1+$/.test(digits) || zeros >= digits.length / 2;
}

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000; no famous specimen. */
export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  // Woolworth's wallet card and the 1960s advertising number, and 123-45-6789 (SSA: never issued).
  return !['078051120', '219099999', '123456789'].includes(digits);
}

export function isValidIban(compact: string): boolean {
  return isValidIBAN(compact);
}

export type IpKind = 'public' | 'private' | 'loopback' | 'documentation' | 'reserved' | 'invalid';

const NON_PERSONAL_RANGES = new Map<string, IpKind>([
  ['private', 'private'],
  ['uniqueLocal', 'private'],
  ['carrierGradeNat', 'private'],
  ['linkLocal', 'private'],
  ['loopback', 'loopback'],
  ['unspecified', 'reserved'],
  ['broadcast', 'reserved'],
  ['multicast', 'reserved'],
  ['reserved', 'reserved'],
]);

const DOCUMENTATION_V4 = [
  ['192.0.2.0', 24],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
] as const;

/** Whether an address is a public one (personal data), or why it is not. */
export function classifyIp(text: string): IpKind {
  if (!ipaddr.isValid(text)) return 'invalid';
  // ipaddr.js accepts shorthand like "1.2" and octal/hex parts: require the canonical dotted quad.
  if (text.includes('.') && !text.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(text))
    return 'invalid';
  let address = ipaddr.parse(text);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (address.kind() === 'ipv4') {
    for (const [base, bits] of DOCUMENTATION_V4) {
      if ((address as ipaddr.IPv4).match(ipaddr.IPv4.parse(base), bits)) return 'documentation';
    }
  } else if ((address as ipaddr.IPv6).match(ipaddr.IPv6.parse('2001:db8::'), 32)) {
    return 'documentation';
  } else if (!(address as ipaddr.IPv6).match(ipaddr.IPv6.parse('2000::'), 3)) {
    // Only 2000::/3 is allocated for global unicast: `cafe::1` or C++'s `Abc::Def` is no host's address.
    return NON_PERSONAL_RANGES.get(address.range()) ?? 'reserved';
  }
  return NON_PERSONAL_RANGES.get(address.range()) ?? 'public';
}

/** RFC 2606 / 6761 names, and `example.<suffix>`: never a real person's address. */
export function isExampleDomain(domain: string): boolean {
  const lower = domain.toLowerCase().replace(/\.$/, '');
  if (/(^|\.)(example|test|invalid|localhost|local)$/.test(lower)) return true;
  const parsed = parseDomain(lower);
  return parsed.domainWithoutSuffix === 'example';
}

/** The domain exists under a public suffix (ICANN section of the Public Suffix List). */
export function hasPublicSuffix(domain: string): boolean {
  const parsed = parseDomain(domain.toLowerCase(), { allowPrivateDomains: false });
  return parsed.isIcann === true && !!parsed.domainWithoutSuffix && parsed.isIp !== true;
}

/**
 * A valid number: written with `+` and a country code, valid wherever it is read; written in a
 * national format, valid in `region` (an ISO 3166 code libphonenumber has metadata for).
 */
export function isValidPhone(text: string, region = 'US'): boolean {
  // `0049 30 …`, `011 44 …`: an international number dialled with an exit code instead of `+`.
  const exit = /^\s*(?:00|011)[\s.-]?(?=[1-9])/.exec(text);
  if (exit) return isValidPhone(`+${text.slice(exit[0].length)}`);
  const phone = parsePhoneNumberFromString(text, region as CountryCode);
  if (phone === undefined || !phone.isValid()) return false;
  if (text.trimStart().startsWith('+')) return true;
  // Written as the region writes it: with its trunk prefix where it has one (`030 …` in DE), so
  // a NANP number is not read as a German one that lost its 0; `1-415-…` is NANP's own prefix.
  const written = text.replace(/\D/g, '');
  const national = phone.formatNational().replace(/\D/g, '');
  return written === national || (phone.countryCallingCode === '1' && written === `1${national}`);
}

/** NANP fictional range 555-0100..0199, reserved for films and examples. */
export function isFictionalPhone(text: string, region = 'US'): boolean {
  const phone = parsePhoneNumberFromString(text, region as CountryCode);
  if (!phone || phone.countryCallingCode !== '1') return false;
  const national = phone.nationalNumber;
  return /^\d{3}55501\d\d$/.test(national);
}

const sha256 = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());
const base58check = createBase58check(sha256);

/** Bitcoin mainnet address with a valid base58check (P2PKH, P2SH) or bech32/bech32m checksum. */
export function isValidBitcoinAddress(text: string): boolean {
  if (/^bc1/i.test(text)) {
    const lower = text.toLowerCase();
    if (text !== lower && text !== text.toUpperCase()) return false;
    try {
      // Witness version 0 uses bech32, later versions bech32m (BIP-350).
      const words =
        lower[3] === 'q'
          ? bech32.decode(lower as `${string}1${string}`, 90).words
          : bech32m.decode(lower as `${string}1${string}`, 90).words;
      return words.length > 1;
    } catch {
      return false;
    }
  }
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(text)) return false;
  try {
    const payload = base58check.decode(text);
    return payload.length === 21 && (payload[0] === 0x00 || payload[0] === 0x05);
  } catch {
    return false;
  }
}
