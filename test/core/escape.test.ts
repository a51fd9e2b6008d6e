import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byteLength,
  markdownCode,
  markdownText,
  neutralizeCommands,
  neutralizeJsonCommands,
  locationUri,
  pathToUri,
  printable,
} from '../../src/core/escape.js';

/**
 * Controls, format characters (bidi controls of Trojan Source, zero-width and invisible ones,
 * tags), and line/paragraph separators; the whole tag block, assigned or not.
 */
const DANGEROUS = /[\p{Cc}\p{Cf}\p{Bidi_Control}\p{Zl}\p{Zp}\u{e0000}-\u{e007f}]/u;
const DANGEROUS_CHARS: string[] = [];
for (let code = 0; code <= 0x10ffff; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const char = String.fromCodePoint(code);
  if (DANGEROUS.test(char)) DANGEROUS_CHARS.push(char);
}

/** Strings rich in the characters these functions must neutralise. */
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DANGEROUS_CHARS) },
    {
      weight: 3,
      arbitrary: fc.constantFrom('|', '<', '>', '@', '`', '\\', '&', '#', '\n', '\r', '*', '_', '[', ']'),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 40,
});
const anyString = fc.oneof(hostile, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

/** Positions of `|` that no backslash escapes (GFM table cells split there). */
function hasUnescapedPipe(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text[i] === '|' && text[i - 1] !== '\\') return true;
  return false;
}

describe('printable', () => {
  it('escapes every control, format, bidi and line separator character', () => {
    expect(DANGEROUS_CHARS.length).toBeGreaterThan(250);
    for (const char of DANGEROUS_CHARS) {
      const code = char.codePointAt(0)!;
      const hex = code.toString(16);
      expect(printable(char), `U+${hex}`).toBe(code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`);
    }
  });

  it('escapes the invisible characters named in the review, astral ones as \\u{...}', () => {
    expect(printable('soft\u00adhyphen')).toBe('soft\\u00adhyphen');
    expect(printable('\u061c\u200b\u200c\u200d\u200e\u200f')).toBe(
      '\\u061c\\u200b\\u200c\\u200d\\u200e\\u200f',
    );
    expect(printable('\u2060\u2061\u2062\u2063\u2064')).toBe('\\u2060\\u2061\\u2062\\u2063\\u2064');
    expect(printable('\ufeff\ufff9\ufffa\ufffb')).toBe('\\ufeff\\ufff9\\ufffa\\ufffb');
    // Tag characters spell invisible ASCII ("hi"); every one of the block is shown, U+E0000 too.
    expect(printable('ok\u{e0068}\u{e0069}\u{e007f}')).toBe('ok\\u{e0068}\\u{e0069}\\u{e007f}');
    expect(printable('\u{e0000}\u{e0002}')).toBe('\\u{e0000}\\u{e0002}');
    // Astral letters and emoji that are not format characters stay.
    expect(printable('😀 𝔘 𠀀')).toBe('😀 𝔘 𠀀');
  });

  it('gives exact escapes and leaves ordinary text alone', () => {
    expect(printable('a\nb')).toBe('a\\u000ab');
    expect(printable('\u001b[31mred')).toBe('\\u001b[31mred');
    expect(printable('access\u202e\u2066 admin')).toBe('access\\u202e\\u2066 admin');
    expect(printable('zero\u200bwidth\ufeff')).toBe('zero\\u200bwidth\\ufeff');
    expect(printable('\u0085\u2028\u2029')).toBe('\\u0085\\u2028\\u2029');
    expect(printable('héllo wörld 😀 名前')).toBe('héllo wörld 😀 名前');
    expect(printable('tab\there')).toBe('tab\\u0009here');
  });

  it('leaves no dangerous character in any string (property)', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(DANGEROUS.test(printable(text))).toBe(false);
      }),
    );
  });

  it('changes nothing in a string without dangerous characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!DANGEROUS.test(text));
        expect(printable(text)).toBe(text);
      }),
    );
  });
});

describe('neutralizeCommands', () => {
  it('turns every legacy ##[ into an escape, wherever it is in the line', () => {
    expect(neutralizeCommands('a ##[add-mask]secret')).toBe('a ##\\u005badd-mask]secret');
    expect(neutralizeCommands('##[error]x ##[warning]y')).toBe('##\\u005berror]x ##\\u005bwarning]y');
    expect(neutralizeCommands('###[x')).toBe('###\\u005bx');
  });

  it('turns a leading :: (after whitespace) into an escape, and leaves a :: later alone', () => {
    expect(neutralizeCommands('::stop-commands::tok')).toBe('\\u003a:stop-commands::tok');
    expect(neutralizeCommands('  \t::add-mask::x')).toBe('  \t\\u003a:add-mask::x');
    expect(neutralizeCommands('mlsec: a ::add-mask::x')).toBe('mlsec: a ::add-mask::x');
    expect(neutralizeCommands('plain line')).toBe('plain line');
  });

  it('leaves nothing the runner reads as a command (property)', () => {
    const piece = fc.constantFrom('::', '##[', '#', '[', ':', ' ', '\t', 'add-mask', ']', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const out = neutralizeCommands(pieces.join(''));
        expect(out).not.toContain('##[');
        expect(out.trimStart().startsWith('::')).toBe(false);
      }),
    );
  });
});

describe('neutralizeJsonCommands', () => {
  it('escapes ##[ inside JSON strings without changing the data', () => {
    const data = { path: '##[add-mask]x/a.txt', list: [['##', '[']], n: 1 };
    const json = JSON.stringify(data, null, 2);
    const safe = neutralizeJsonCommands(json);
    expect(safe).not.toContain('##[');
    expect(safe).toContain('##\\u005badd-mask]x');
    expect(JSON.parse(safe)).toEqual(data);
  });
});

describe('markdownText', () => {
  it('gives exact escapes', () => {
    expect(markdownText('a|b')).toBe('a\\|b');
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)\\>');
    expect(markdownText('**bold** _it_ `code` [l](u) # h ~s~ !x +y -z {c}')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[l\\]\\(u\\) \\# h \\~s\\~ \\!x \\+y \\-z \\{c\\}',
    );
    expect(markdownText('cc @octocat')).toBe('cc @&#8203;octocat');
    expect(markdownText('a & b &amp;')).toBe('a &amp; b &amp;amp;');
    expect(markdownText('back\\slash')).toBe('back\\\\slash');
    expect(markdownText('line1\nline2')).toBe('line1\\\\u000aline2');
  });

  it('leaves no raw pipe, angle bracket or newline, and no mention (property)', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const out = markdownText(text);
        expect(hasUnescapedPipe(out)).toBe(false);
        expect(out).not.toContain('<');
        expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(out).not.toMatch(/@\w/u);
        expect(out).not.toMatch(/@[\p{L}\p{N}_-]/u);
        expect(DANGEROUS.test(out)).toBe(false);
      }),
    );
  });

  it('leaves every markdown punctuation escaped and every ampersand an entity (property)', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const out = markdownText(text);
        // Walk the output: a backslash escapes the next character, an `&` starts one of our entities.
        for (let i = 0; i < out.length; i++) {
          const c = out[i]!;
          if (c === '\\') {
            i += 1;
            expect(i).toBeLessThan(out.length);
          } else if (c === '&') {
            const entity = /^&(?:amp|lt|#8203);/.exec(out.slice(i));
            expect(entity).not.toBeNull();
            i += entity![0].length - 1;
          } else {
            expect('\\`*_{}[]()#+!|~>-<'.includes(c)).toBe(false);
          }
        }
      }),
    );
  });
});

describe('markdownCode', () => {
  it('wraps in a fence longer than any backtick run inside', () => {
    expect(markdownCode('data/a.csv')).toBe('`data/a.csv`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('a``b`c')).toBe('```a``b`c```');
    expect(markdownCode('`tick')).toBe('`` `tick ``');
    expect(markdownCode('tick`')).toBe('`` tick` ``');
  });

  it('escapes pipes and control characters', () => {
    expect(markdownCode('a|b')).toBe('`a\\|b`');
    expect(markdownCode('a\nb')).toBe('`a\\u000ab`');
    expect(markdownCode('x\u202ey')).toBe('`x\\u202ey`');
  });

  it('says (empty) for an empty string instead of a stray pair of backticks', () => {
    expect(markdownCode('')).toBe('(empty)');
  });

  it('has no unescaped pipe and no newline, and a fence no run inside can close (property)', () => {
    fc.assert(
      fc.property(
        anyString.filter((text) => text !== ''),
        (text) => {
          const out = markdownCode(text);
          expect(hasUnescapedPipe(out)).toBe(false);
          expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
          const fence = /^`+/.exec(out)![0];
          expect(out.endsWith(fence)).toBe(true);
          const inner = out.slice(fence.length, out.length - fence.length);
          expect(inner.length).toBeGreaterThanOrEqual(0);
          for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
          // The content is exactly the printable, pipe-escaped text, padded only when it touches a backtick.
          const safe = printable(text).replace(/\|/g, '\\|');
          expect([safe, ` ${safe} `]).toContain(inner);
        },
      ),
    );
  });
});

describe('locationUri', () => {
  it('keeps root-relative paths relative and makes absolute ones percent-encoded file URIs', () => {
    expect(locationUri('dir with space/a.csv')).toBe('dir%20with%20space/a.csv');
    expect(locationUri('/tmp/a b#1?.csv')).toBe('file:///tmp/a%20b%231%3F.csv');
    expect(locationUri('/tmp/naïve.csv')).toBe('file:///tmp/na%C3%AFve.csv');
  });
});

describe('pathToUri', () => {
  it('percent-encodes spaces, #, ?, %, newlines and non-ASCII per segment', () => {
    expect(pathToUri('dir with space/a#b?c%d\ne.txt')).toBe('dir%20with%20space/a%23b%3Fc%25d%0Ae.txt');
    expect(pathToUri('data/naïve 名前.csv')).toBe('data/na%C3%AFve%20%E5%90%8D%E5%89%8D.csv');
    expect(pathToUri('plain/path-1_2.txt')).toBe('plain/path-1_2.txt');
    expect(pathToUri('a:b/c\\d')).toBe('a%3Ab/c%5Cd');
  });

  it('keeps slashes as segment separators and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (segments) => {
        const relative = segments.join('/');
        const uri = pathToUri(relative);
        expect(uri).toMatch(/^[A-Za-z0-9\-_.!~*'()%/]*$/);
        expect(uri.split('/').map(decodeURIComponent)).toEqual(relative.split('/'));
      }),
    );
  });
});

describe('byteLength', () => {
  it('counts UTF-8 bytes', () => {
    expect(byteLength('')).toBe(0);
    expect(byteLength('abc')).toBe(3);
    expect(byteLength('é')).toBe(2);
    expect(byteLength('😀')).toBe(4);
  });
});
