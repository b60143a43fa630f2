// The pure text helpers behind str/bytes methods: the codecs (round trips, error ranges and messages)
// and the Unicode case mappings and classes. Expected strings were read off CPython 3.11.7
// (`python3 -c "print(ascii(...))"`); the oracle cases under test/oracle/cases/strings/ cover the methods.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeBytes, encodeText, lookupCodec } from '../../src/core/runtime/text/codecs';
import { utf8Encode } from '../../src/core/runtime/utf8';
import * as uc from '../../src/core/runtime/text/unicode-case';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('codecs: utf-8, ascii, latin-1', function () {
  it('utf-8 encoding equals utf8Encode and decodes back (strings without lone surrogates)', function () {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const e = encodeText(s, 'utf-8', 'strict');
        assert.ok(e.ok);
        assert.deepEqual(e.value, utf8Encode(s));
        const d = decodeBytes(e.value, 'utf-8', 'strict');
        assert.ok(d.ok);
        assert.equal(d.value, s);
      }),
    );
  });
  it('latin-1 decodes every byte and encodes it back', function () {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const d = decodeBytes(all, 'latin-1', 'strict');
    assert.ok(d.ok);
    const e = encodeText(d.value, 'latin-1', 'strict');
    assert.ok(e.ok);
    assert.deepEqual(e.value, all);
  });
  it('reports the run of unencodable characters', function () {
    assert.deepEqual(encodeText('héé€x', 'ascii', 'strict'), {
      ok: false,
      error: { type: 'UnicodeEncodeError', codec: 'ascii', start: 1, end: 4, reason: 'ordinal not in range(128)' },
    });
    assert.deepEqual(encodeText('a\ud800', 'utf-8', 'strict'), {
      ok: false,
      error: { type: 'UnicodeEncodeError', codec: 'utf-8', start: 1, end: 2, reason: 'surrogates not allowed' },
    });
  });
  it('applies the encode error handlers as CPython does', function () {
    const text = (r: ReturnType<typeof encodeText>) => (r.ok ? String.fromCharCode(...r.value) : r.error.type);
    assert.equal(text(encodeText('héé€', 'ascii', 'ignore')), 'h');
    assert.equal(text(encodeText('héé€', 'ascii', 'replace')), 'h???');
    assert.equal(text(encodeText('hé€😀', 'ascii', 'xmlcharrefreplace')), 'h&#233;&#8364;&#128512;');
    assert.equal(text(encodeText('hé€😀', 'latin-1', 'backslashreplace')), 'h\xe9\\u20ac\\U0001f600');
    assert.deepEqual(encodeText('é', 'ascii', 'bogus'), { ok: false, error: { type: 'LookupError', message: "unknown error handler name 'bogus'" } });
    assert.deepEqual(encodeText('abc', 'ascii', 'bogus'), { ok: true, value: bytes(97, 98, 99) });
  });
  it('finds the maximal invalid UTF-8 prefix and its reason', function () {
    const failure = (b: Uint8Array) => {
      const r = decodeBytes(b, 'utf-8', 'strict');
      return r.ok ? null : r.error;
    };
    assert.deepEqual(failure(bytes(0x63, 0xe9)), { type: 'UnicodeDecodeError', codec: 'utf-8', start: 1, end: 2, reason: 'unexpected end of data' });
    assert.deepEqual(failure(bytes(0xc3, 0x28)), { type: 'UnicodeDecodeError', codec: 'utf-8', start: 0, end: 1, reason: 'invalid continuation byte' });
    assert.deepEqual(failure(bytes(0xe2, 0x82, 0x41)), { type: 'UnicodeDecodeError', codec: 'utf-8', start: 0, end: 2, reason: 'invalid continuation byte' });
    assert.deepEqual(failure(bytes(0xed, 0xa0, 0x80)), { type: 'UnicodeDecodeError', codec: 'utf-8', start: 0, end: 1, reason: 'invalid continuation byte' });
    assert.deepEqual(failure(bytes(0xf0, 0x9f, 0x98)), { type: 'UnicodeDecodeError', codec: 'utf-8', start: 0, end: 3, reason: 'unexpected end of data' });
    assert.deepEqual(failure(bytes(0x80)), { type: 'UnicodeDecodeError', codec: 'utf-8', start: 0, end: 1, reason: 'invalid start byte' });
    const replaced = decodeBytes(bytes(0x61, 0xe2, 0x82, 0x41, 0xff), 'utf-8', 'replace');
    assert.deepEqual(replaced, { ok: true, value: 'a\ufffdA\ufffd' });
  });
  it('normalises encoding names like encodings.normalize_encoding', function () {
    assert.equal(lookupCodec('UTF-8'), 'utf-8');
    assert.equal(lookupCodec(' utf8 '), 'utf-8');
    assert.equal(lookupCodec('Latin_1'), 'latin-1');
    assert.equal(lookupCodec('ISO-8859-1'), 'latin-1');
    assert.equal(lookupCodec('us-ascii'), 'ascii');
    assert.equal(lookupCodec('utf-16'), 'other');
    assert.equal(lookupCodec('nope'), null);
  });
});

describe('unicode-case: CPython 3.11 case mappings and classes', function () {
  it('maps case with full mappings, titlecase and final sigma', function () {
    assert.equal(uc.strUpper('straße'), 'STRASSE');
    assert.equal(uc.strCasefold('straße'), 'strasse');
    assert.equal(uc.strTitle('ǆemal'), 'ǅemal');
    assert.equal(uc.strCapitalize('ßa'), 'Ssa');
    assert.equal(uc.strTitle("they're bill's"), "They'Re Bill'S");
    assert.equal(uc.strLower('ΟΔΟΣ ΑΣ.'), 'οδος ας.');
    assert.equal(uc.strTitle('ΟΔΟΣ'), 'Οδος');
    assert.equal(uc.strSwapcase('ΟΔΟΣ'), 'οδος');
    assert.equal(uc.strCasefold('ΟΔΟΣ'), 'οδοσ');
    assert.equal(uc.strSwapcase('ǅ'), 'ǅ');
    assert.equal(uc.strTitle('ŉ'), 'ʼN');
    assert.equal(uc.strCasefold('ﬁ µ'), 'fi μ');
  });
  it('classifies characters as CPython does', function () {
    assert.deepEqual(['²', '½', '٣', 'Ⅻ', '一'].map((c) => [uc.strIsDecimal(c), uc.strIsDigit(c), uc.strIsNumeric(c)]), [
      [false, true, true], [false, false, true], [true, true, true], [false, false, true], [false, false, true],
    ]);
    assert.equal(uc.strIsSpace('\x1c\x85\u3000'), true);
    assert.equal(uc.strIsSpace('\u200b'), false);
    assert.equal(uc.strIsTitle('ǅ'), true);
    assert.equal(uc.strIsUpper('ǅ'), false);
    assert.equal(uc.strIsIdentifier('℘a·'), true);
    assert.equal(uc.strIsPrintable(''), true);
    assert.equal(uc.strIsPrintable('\xa0'), false);
    assert.equal(uc.strIsAlnum('½'), true);
  });
  it('keeps lengths consistent: casefold and lower agree on ASCII', function () {
    fc.assert(
      fc.property(fc.string(), (s) => {
        assert.equal(uc.strCasefold(s), s.toLowerCase());
        assert.equal(uc.strSwapcase(uc.strSwapcase(s)), s);
      }),
    );
  });
});
