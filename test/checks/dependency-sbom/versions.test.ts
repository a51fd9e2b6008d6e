import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePep440,
  compareSemver,
  exactPinVersion,
  isExactPin,
  isOrderablePep440,
  isValidPep440,
  isValidSemver,
  normalizePypiName,
  pep440InSpecifier,
} from '../../../src/checks/dependency-sbom/versions.js';

describe('normalizePypiName', () => {
  it('lowercases and folds runs of -_. (PEP 503)', () => {
    expect(normalizePypiName('Friendly-Bard')).toBe('friendly-bard');
    expect(normalizePypiName('FRIENDLY._-bard')).toBe('friendly-bard');
    expect(normalizePypiName('zope.interface')).toBe('zope-interface');
    expect(normalizePypiName('typing_extensions')).toBe('typing-extensions');
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (name) => normalizePypiName(normalizePypiName(name)) === normalizePypiName(name),
      ),
    );
  });
});

describe('PEP 440', () => {
  it('orders dev < pre < release < local < post, epochs last', () => {
    const ordered = ['1.0.dev1', '1.0a1', '1.0b2', '1.0rc1', '1.0', '1.0+local', '1.0.post1', '1.1', '1!0.5'];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(comparePep440)).toEqual(ordered);
  });
  it('treats equivalent spellings as equal', () => {
    expect(comparePep440('1.0', '1.0.0')).toBe(0);
    expect(comparePep440('1.0-1', '1.0.post1')).toBe(0);
    expect(comparePep440('1.0RC1', '1.0rc1')).toBe(0);
    expect(comparePep440('v2.0', '2.0')).toBe(0);
    expect(comparePep440('1!2.0', '3.0')).toBe(1);
    expect(comparePep440('1.0+abc.1', '1.0+abc.2')).toBe(-1);
  });
  it('validates', () => {
    expect(isValidPep440('1.0.post1')).toBe(true);
    expect(isValidPep440('1!2.0+ubuntu.1')).toBe(true);
    expect(isValidPep440('1.0-beta')).toBe(true);
    expect(isValidPep440('not a version')).toBe(false);
    expect(isValidPep440('1.0+')).toBe(false);
    expect(isValidPep440('')).toBe(false);
  });
  it('throws a TypeError for an invalid version rather than ordering it', () => {
    expect(() => comparePep440('banana', '1.0')).toThrow(TypeError);
    expect(isOrderablePep440('20240101.1')).toBe(true);
    expect(isOrderablePep440('10000000000000000001')).toBe(false);
    expect(isValidPep440('10000000000000000001')).toBe(true);
    expect(() => comparePep440('10000000000000000001', '10000000000000000000')).toThrow(RangeError);
  });
  it('matches specifiers, pre-releases only when asked or named', () => {
    expect(pep440InSpecifier('2.5', '>=2.0,<3')).toBe(true);
    expect(pep440InSpecifier('3.0', '>=2.0,<3')).toBe(false);
    expect(pep440InSpecifier('1.5.2', '==1.*')).toBe(true);
    expect(pep440InSpecifier('2.0', '==1.*')).toBe(false);
    expect(pep440InSpecifier('1.4.5', '~=1.4')).toBe(true);
    expect(pep440InSpecifier('2.0', '~=1.4')).toBe(false);
    expect(pep440InSpecifier('1.0+local', '==1.0')).toBe(true);
    expect(pep440InSpecifier('1!2.0', '>=1.0')).toBe(true);
    expect(pep440InSpecifier('2.0rc1', '>=1.0')).toBe(false);
    expect(pep440InSpecifier('2.0rc1', '>=1.0', { prereleases: true })).toBe(true);
    expect(pep440InSpecifier('2.0rc1', '>=2.0rc1')).toBe(true);
    expect(pep440InSpecifier('1.0', '')).toBe(true);
    expect(pep440InSpecifier('1.0', 'garbage')).toBeUndefined();
    expect(pep440InSpecifier('garbage', '>=1')).toBeUndefined();
  });
  it.each([
    ['1.0.post1', '>1.0', false],
    ['1.0+local', '>1.0', false],
    ['2.0rc1', '<2.0', false],
    ['1.0.dev1', '<1.0', false],
    ['1.0.0', '===1.0', false],
    ['1.0', '===1.0', true],
    ['1.0.5', '!=1.0.*', false],
    ['1.1', '!=1.0.*', true],
    ['1!2.0', '<3', false],
    ['2.0', '==2.0.0', true],
    ['2.0.post1', '==2', false],
    ['2.0.post1', '>=2', true],
    ['1.5', '~=1.4.2', false],
    ['1.4.3', '~=1.4.2', true],
  ])('PEP 440 exclusions: %s in %s is %s', (version, specifier, expected) => {
    expect(pep440InSpecifier(version, specifier)).toBe(expected);
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        isValidPep440(a);
        pep440InSpecifier(a, b);
        exactPinVersion(b);
        if (isOrderablePep440(a) && isOrderablePep440(b)) {
          expect(comparePep440(a, b)).toBe(-comparePep440(b, a));
        }
      }),
    );
  });
  it('orders generated versions consistently with their numbers', () => {
    const version = fc.tuple(fc.nat(50), fc.nat(50), fc.constantFrom('', 'a1', 'rc2', '.post3', '.dev4'));
    fc.assert(
      fc.property(version, version, ([a1, a2, as], [b1, b2, bs]) => {
        const a = `${a1}.${a2}${as}`;
        const b = `${b1}.${b2}${bs}`;
        expect(isValidPep440(a)).toBe(true);
        if (a1 !== b1 || a2 !== b2) {
          expect(comparePep440(a, b)).toBe(a1 !== b1 ? Math.sign(a1 - b1) : Math.sign(a2 - b2));
        }
      }),
    );
  });
});

describe('exact pins', () => {
  it('accepts == with a full version and === with anything', () => {
    expect(exactPinVersion('==1.2')).toBe('1.2');
    expect(exactPinVersion(' == 1.2.3 ')).toBe('1.2.3');
    expect(exactPinVersion('==1.0+local')).toBe('1.0+local');
    expect(exactPinVersion('==1!2.0.post1')).toBe('1!2.0.post1');
    expect(exactPinVersion('===foobar')).toBe('foobar');
    expect(isExactPin('==1.2')).toBe(true);
    expect(isExactPin('===x')).toBe(true);
  });
  it('refuses wildcards, ranges, several clauses and invalid versions', () => {
    for (const spec of [
      '==1.*',
      '>=1.2',
      '~=1.2',
      '!=1.2',
      '==1.2,<2',
      '==',
      '==banana',
      '',
      '1.2',
      '<=1.2',
      '====1',
    ]) {
      expect(isExactPin(spec), spec).toBe(false);
    }
  });
});

describe('semver', () => {
  it('orders prereleases before the release, build metadata ignored', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.10.0',
    ];
    expect([...ordered].reverse().sort(compareSemver)).toEqual(ordered);
    expect(compareSemver('1.0.0+build.1', '1.0.0')).toBe(0);
  });
  it('accepts strict semver only', () => {
    expect(isValidSemver('1.2.3')).toBe(true);
    expect(isValidSemver('1.2.3-rc.1+b')).toBe(true);
    expect(isValidSemver('v1.2.3')).toBe(false);
    expect(isValidSemver('1.2')).toBe(false);
    expect(isValidSemver('01.2.3')).toBe(false);
    expect(() => compareSemver('1.2', '1.2.0')).toThrow(TypeError);
  });
});
