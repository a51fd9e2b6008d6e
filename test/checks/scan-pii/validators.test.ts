import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardNetwork,
  classifyIp,
  hasPublicSuffix,
  isExampleDomain,
  isFictionalPhone,
  isTestCard,
  TEST_CARDS,
  isValidBitcoinAddress,
  isValidIban,
  isValidPhone,
  isValidSsn,
  luhn,
} from '../../../src/checks/scan-pii/validators.js';
import { bitcoinBase58, bitcoinBech32, cardNumber, iban, luhnCheckDigit, seededRandom } from './synthetic.js';

const digitString = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

describe('luhn', () => {
  it('accepts numbers whose Luhn sum is a multiple of ten and nothing else', () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
    expect(luhn('0')).toBe(true);
    expect(luhn('18')).toBe(true);
    expect(luhn('19')).toBe(false);
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });

  it('rejects the empty string and anything that is not only digits', () => {
    expect(luhn('')).toBe(false);
    expect(luhn('4539 1488')).toBe(false);
    expect(luhn('7992739871a')).toBe(false);
    expect(luhn('-18')).toBe(false);
    expect(luhn('１８')).toBe(false);
  });

  it('is true with the computed check digit and false after any single-digit change', () => {
    fc.assert(
      fc.property(digitString(0, 30), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, where, delta) => {
        const number = body + luhnCheckDigit(body);
        expect(luhn(number)).toBe(true);
        const index = where % number.length;
        const changed = String((Number(number[index]) + delta) % 10);
        const mutated = number.slice(0, index) + changed + number.slice(index + 1);
        expect(luhn(mutated)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cardNetwork', () => {
  const random = seededRandom(11);
  const cases: Array<[string, number, string | undefined]> = [
    ['4', 13, 'visa'],
    ['4', 16, 'visa'],
    ['4', 19, 'visa'],
    ['4', 15, undefined],
    ['4', 14, undefined],
    ['51', 16, 'mastercard'],
    ['55', 16, 'mastercard'],
    ['2221', 16, 'mastercard'],
    ['2720', 16, 'mastercard'],
    ['2220', 16, undefined],
    ['2721', 16, undefined],
    ['51', 15, undefined],
    ['34', 15, 'amex'],
    ['37', 15, 'amex'],
    ['37', 16, undefined],
    ['6011', 16, 'discover'],
    ['6011', 19, 'discover'],
    ['65', 16, 'discover'],
    ['644', 16, 'discover'],
    ['649', 18, 'discover'],
    ['622126', 16, 'discover'],
    ['622925', 16, 'discover'],
    ['622125', 16, 'unionpay'],
    ['62', 19, 'unionpay'],
    ['3528', 16, 'jcb'],
    ['3589', 19, 'jcb'],
    ['3527', 16, undefined],
    ['300', 14, 'diners'],
    ['305', 14, 'diners'],
    ['36', 14, 'diners'],
    ['38', 16, 'diners'],
    ['39', 19, 'diners'],
    ['306', 14, undefined],
    ['50', 12, 'maestro'],
    ['6759', 13, 'maestro'],
    ['56', 19, 'maestro'],
    ['1', 16, undefined],
    ['9', 16, undefined],
    ['0', 16, undefined],
  ];
  it.each(cases)('prefix %s, %i digits -> %s', (prefix, length, network) => {
    const digits = prefix + '0'.repeat(length - prefix.length);
    expect(cardNetwork(digits)).toBe(network);
    expect(cardNetwork(cardNumber(random, prefix, length))).toBe(network);
  });
});

describe('isTestCard', () => {
  it('knows the specimen numbers printed in payment documentation', () => {
    for (const digits of [
      '4111111111111111',
      '4242424242424242',
      '4012888888881881',
      '5555555555554444',
      '5105105105105100',
      '378282246310005',
      '371449635398431',
      '6011111111111117',
      '3530111333300000',
      '4000056655665556',
    ]) {
      expect(luhn(digits)).toBe(true);
      expect(isTestCard(digits)).toBe(true);
    }
  });

  it("excludes the processors' published test numbers, Dankort and Maestro included", () => {
    const published: Record<string, string[]> = {
      stripe: [
        '5200828282828210',
        '2223003122003222',
        '6011981111111113',
        '36227206271667',
        '6555900000604105',
      ],
      braintree: ['4009348888881881', '4217651111111119', '6304000000000000', '6243030000000001'],
      paypal: ['4239538668121621', '5125763927083297', '349313082270122', '5038270606265696'],
      worldpay: [
        '4444333322221111',
        '5454545454545454',
        '5163613613613613',
        '6759649826438453',
        '343434343434343',
      ],
      adyen: [
        '5019555544445555',
        '6771798021000008',
        '3569990010095841',
        '6062828888666688',
        '4988438843884305',
      ],
      'billwerk and bambora (dankort)': ['5019100000000006', '50194500000005'],
    };
    for (const [processor, numbers] of Object.entries(published)) {
      for (const digits of numbers) expect(isTestCard(digits), `${processor} ${digits}`).toBe(true);
    }
    expect(cardNetwork('5019555544445555')).toBe('maestro'); // Dankort is read in Maestro's range
    // Every listed number is one the scanner would otherwise report: Luhn-valid with a network's prefix.
    for (const digits of TEST_CARDS) {
      expect(luhn(digits), digits).toBe(true);
      expect(cardNetwork(digits), digits).toBeDefined();
    }
    // A neighbour of a listed number (last two digits changed, Luhn kept) is a card like any other.
    const neighbour = `501955554444${String(Number('55') + 10)}`.slice(0, 15);
    expect(isTestCard(neighbour + luhnCheckDigit(neighbour))).toBe(false);
  });

  it('treats a run of one digit as a test number, and a random card as not one', () => {
    expect(isTestCard('0000000000000000')).toBe(true);
    expect(isTestCard('5555555555555555')).toBe(true);
    expect(isTestCard('4111111111111112')).toBe(false);
    const random = seededRandom(3);
    expect(isTestCard(cardNumber(random, '4', 16))).toBe(false);
    expect(isTestCard(cardNumber(random, '37', 15))).toBe(false);
  });
});

describe('isValidSsn', () => {
  it('applies the SSA rules to examples', () => {
    expect(isValidSsn('536228145')).toBe(true);
    expect(isValidSsn('001010001')).toBe(true);
    expect(isValidSsn('899999999')).toBe(true);
    expect(isValidSsn('665991234')).toBe(true);
    expect(isValidSsn('667011234')).toBe(true);
    expect(isValidSsn('000228145')).toBe(false);
    expect(isValidSsn('666228145')).toBe(false);
    expect(isValidSsn('900228145')).toBe(false);
    expect(isValidSsn('999228145')).toBe(false);
    expect(isValidSsn('536008145')).toBe(false);
    expect(isValidSsn('536220000')).toBe(false);
  });

  it('rejects the famous specimen numbers and anything but nine digits', () => {
    expect(isValidSsn('078051120')).toBe(false);
    expect(isValidSsn('219099999')).toBe(false);
    expect(isValidSsn('123456789')).toBe(false);
    expect(isValidSsn('536-22-8145')).toBe(false);
    expect(isValidSsn('53622814')).toBe(false);
    expect(isValidSsn('5362281450')).toBe(false);
    expect(isValidSsn('')).toBe(false);
  });

  it('accepts exactly the numbers an independent SSA oracle accepts', () => {
    const SPECIMENS = new Set(['078-05-1120', '219-09-9999', '123-45-6789']);
    const oracle = (area: number, group: number, serial: number) =>
      area !== 0 &&
      area !== 666 &&
      !(area >= 900 && area <= 999) &&
      group !== 0 &&
      serial !== 0 &&
      !SPECIMENS.has(
        `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`,
      );
    const area = fc.oneof(
      fc.constantFrom(0, 1, 78, 123, 219, 665, 666, 667, 899, 900, 999),
      fc.integer({ min: 0, max: 999 }),
    );
    const group = fc.oneof(fc.constantFrom(0, 1, 5, 9, 45, 99), fc.integer({ min: 0, max: 99 }));
    const serial = fc.oneof(fc.constantFrom(0, 1, 1120, 6789, 9999), fc.integer({ min: 0, max: 9999 }));
    fc.assert(
      fc.property(area, group, serial, (a, g, s) => {
        const digits = `${String(a).padStart(3, '0')}${String(g).padStart(2, '0')}${String(s).padStart(4, '0')}`;
        expect(isValidSsn(digits)).toBe(oracle(a, g, s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isValidIban', () => {
  it('accepts IBANs with correct mod-97 check digits and country length', () => {
    for (const value of [
      iban('DE', '370400445320130007'),
      iban('GB', 'NWBK60161331926819'),
      iban('FR', '20041010050500013M02606'),
      iban('NL', 'ABNA0417164300'),
      iban('CH', '00762011623852957'),
    ]) {
      expect(isValidIban(value), value).toBe(true);
    }
  });

  it('rejects a wrong check digit, a wrong length, an unknown country and spaces', () => {
    const good = iban('DE', '370400445320130007');
    const wrongCheck = `${good.slice(0, 2)}${String((Number(good.slice(2, 4)) + 1) % 100).padStart(2, '0')}${good.slice(4)}`;
    expect(isValidIban(wrongCheck)).toBe(false);
    expect(isValidIban(iban('DE', '3704004453201300071'))).toBe(false);
    expect(isValidIban(iban('DE', '37040044532013000'))).toBe(false);
    expect(isValidIban(iban('QQ', '370400445320130007'))).toBe(false);
    expect(isValidIban(`${good.slice(0, 4)} ${good.slice(4)}`)).toBe(false);
    expect(isValidIban('')).toBe(false);
  });
});

describe('classifyIp', () => {
  const cases: Array<[string, ReturnType<typeof classifyIp>]> = [
    ['81.2.69.160', 'public'],
    ['172.32.0.1', 'public'],
    ['2a00:1450:4001:82b::200e', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['::ffff:81.2.69.160', 'public'],
    ['10.1.2.3', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.10.20', 'private'],
    ['100.64.1.1', 'private'],
    ['fe80::1', 'private'],
    ['fd00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['192.0.2.44', 'documentation'],
    ['198.51.100.9', 'documentation'],
    ['203.0.113.200', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['2001:db8:85a3::8a2e:370:7334', 'documentation'],
    ['0.0.0.0', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['224.0.0.251', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['::', 'reserved'],
    ['cafe::1', 'reserved'],
    ['Abc::Def', 'reserved'],
    ['64:ff9b::81.2.69.160', 'reserved'],
    ['2002:c000:0204::1', 'public'],
    ['ff02::1', 'reserved'],
    ['1.2.3', 'invalid'],
    ['1.2.3.256', 'invalid'],
    ['01.2.3.4', 'invalid'],
    ['0x7f.0.0.1', 'invalid'],
    ['12:30:45', 'invalid'],
    ['not an address', 'invalid'],
  ];
  it.each(cases)('%s is %s', (address, kind) => {
    expect(classifyIp(address)).toBe(kind);
  });
});

describe('isExampleDomain and hasPublicSuffix', () => {
  const cases: Array<[string, boolean, boolean]> = [
    // domain, example (RFC 2606 / 6761), under an ICANN public suffix
    ['example.com', true, true],
    ['EXAMPLE.ORG', true, true],
    ['sub.example.net', true, true],
    ['example.co.uk', true, true],
    ['example.com.', true, true],
    ['x.test', true, false],
    ['a.invalid', true, false],
    ['foo.localhost', true, false],
    ['printer.local', true, false],
    ['localhost', true, false],
    ['proton.me', false, true],
    ['gmx.de', false, true],
    ['mail.co.uk', false, true],
    ['examples.com', false, true],
    ['user.github.io', false, true],
    ['co.uk', false, false],
    ['1.2.3.4', false, false],
  ];
  it.each(cases)('%s: example %s, public suffix %s', (domain, example, publicSuffix) => {
    expect(isExampleDomain(domain)).toBe(example);
    expect(hasPublicSuffix(domain)).toBe(publicSuffix);
  });
});

describe('isValidPhone and isFictionalPhone', () => {
  const cases: Array<[string, boolean, boolean]> = [
    // number, valid, fictional (NANP 555-0100..0199)
    ['(415) 555-2671', true, false],
    ['415-555-0200', true, false],
    ['+14155552671', true, false],
    ['+44 20 7183 8750', true, false],
    ['+49 30 25413687', true, false],
    ['+33 1 42 68 53 17', true, false],
    ['+91 98451 27364', true, false],
    ['+81 3-3224-9876', true, false],
    ['+1 415 555 0123', true, true],
    ['415-555-0199', true, true],
    ['+1 212 555 0100', true, true],
    ['2125550100', true, true],
    ['123', false, false],
    ['+1 000 000 0000', false, false],
    ['1700000000', false, false],
  ];
  it.each(cases)('%s: valid %s, fictional %s', (number, valid, fictional) => {
    expect(isValidPhone(number)).toBe(valid);
    expect(isFictionalPhone(number)).toBe(fictional);
  });

  it('calls a number outside NANP never fictional', () => {
    expect(isFictionalPhone('+44 20 5550 0150')).toBe(false);
  });
});

describe('isValidBitcoinAddress', () => {
  const random = seededRandom(99);
  const p2pkh = bitcoinBase58(random, 0x00);
  const p2sh = bitcoinBase58(random, 0x05);
  const segwit = bitcoinBech32(random, 0);
  const taproot = bitcoinBech32(random, 1);

  it('accepts base58check P2PKH and P2SH and bech32 / bech32m addresses', () => {
    expect(p2pkh[0]).toBe('1');
    expect(p2sh[0]).toBe('3');
    expect(segwit.startsWith('bc1q')).toBe(true);
    expect(taproot.startsWith('bc1p')).toBe(true);
    for (const address of [p2pkh, p2sh, segwit, taproot, segwit.toUpperCase()]) {
      expect(isValidBitcoinAddress(address), address).toBe(true);
    }
  });

  it('rejects a changed character, mixed case, the wrong checksum variant and testnet', () => {
    const flip = (text: string, at: number, alphabet: string) => {
      const next = alphabet[(alphabet.indexOf(text[at]!) + 1) % alphabet.length]!;
      return text.slice(0, at) + next + text.slice(at + 1);
    };
    const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    const bech = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
    expect(isValidBitcoinAddress(flip(p2pkh, 10, base58))).toBe(false);
    expect(isValidBitcoinAddress(flip(p2sh, p2sh.length - 1, base58))).toBe(false);
    expect(isValidBitcoinAddress(flip(segwit, 12, bech))).toBe(false);
    expect(isValidBitcoinAddress(flip(taproot, taproot.length - 1, bech))).toBe(false);
    expect(isValidBitcoinAddress(`${segwit.slice(0, 10).toUpperCase()}${segwit.slice(10)}`)).toBe(false);
    // A version-1 program with a bech32 (not bech32m) checksum, and vice versa.
    expect(isValidBitcoinAddress(`bc1p${segwit.slice(4)}`)).toBe(false);
    expect(isValidBitcoinAddress(`bc1q${taproot.slice(4)}`)).toBe(false);
    expect(isValidBitcoinAddress(`tb1${segwit.slice(3)}`)).toBe(false);
    expect(isValidBitcoinAddress('1111111111111111111114oLvT2')).toBe(true);
    expect(isValidBitcoinAddress('1111111111111111111114oLvT3')).toBe(false);
    expect(isValidBitcoinAddress('')).toBe(false);
  });
});
