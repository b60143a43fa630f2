// str's case mappings and character classes as CPython computes them (Objects/unicodeobject.c,
// Objects/unicodectype.c): full (multi-character) mappings, titlecase for str.title/capitalize,
// casefold's full folding, Greek capital sigma's final form, isdigit/isnumeric beyond decimals.
// Properties the JS engine knows (Cased, Case_Ignorable, Lowercase, Uppercase, Lt, L, XID_*) come from
// its regexps; the mappings and numeric classes it lacks come from CPython's tables (unicode-case-data.ts).

import { DIGIT_ONLY_RUNS, FOLD_EXCEPTIONS, NUMERIC_ONLY_RUNS, TITLE_EXCEPTIONS } from './unicode-case-data';
import { codePoints, decimalValue, decodeRuns, inRuns, isPrintable, isPySpace } from './unicode-props';

function decodeMap(encoded: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const pair of encoded.split(',')) {
    if (!pair) continue;
    const [cp, mapped] = pair.split(':');
    out.set(parseInt(cp, 36), String.fromCodePoint(...mapped.split('.').map((c) => parseInt(c, 36))));
  }
  return out;
}

let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;
let digitRuns: Int32Array | null = null;
let numericRuns: Int32Array | null = null;

const test = (re: RegExp) => (cp: number) => re.test(String.fromCodePoint(cp));
const isCasedCp = test(/^\p{Cased}$/u);
const isCaseIgnorableCp = test(/^\p{Case_Ignorable}$/u);
const isLowerCp = test(/^\p{Lowercase}$/u);
const isUpperCp = test(/^\p{Uppercase}$/u);
const isTitleCp = test(/^\p{Lt}$/u);
const isAlphaCp = test(/^\p{L}$/u);
const isXidStart = test(/^\p{XID_Start}$/u);
const isXidContinue = test(/^\p{XID_Continue}$/u);

function isDigitCp(cp: number): boolean {
  if (decimalValue(cp) >= 0) return true;
  if (cp < 0xb2) return false;
  return inRuns((digitRuns ??= decodeRuns(DIGIT_ONLY_RUNS)), cp);
}
function isNumericCp(cp: number): boolean {
  if (isDigitCp(cp)) return true;
  if (cp < 0xbc) return false;
  return inRuns((numericRuns ??= decodeRuns(NUMERIC_ONLY_RUNS)), cp);
}

const upperFull = (cp: number) => String.fromCodePoint(cp).toUpperCase();
const titleFull = (cp: number) => (titleMap ??= decodeMap(TITLE_EXCEPTIONS)).get(cp) ?? upperFull(cp);
const foldFull = (cp: number) => (foldMap ??= decodeMap(FOLD_EXCEPTIONS)).get(cp) ?? String.fromCodePoint(cp).toLowerCase();

/** lower_ucs4: a capital sigma is final (ς) after a cased letter and not before one, case-ignorables skipped (handle_capital_sigma). */
function lowerAt(cps: readonly number[], i: number): string {
  const cp = cps[i];
  if (cp !== 0x3a3) return String.fromCodePoint(cp).toLowerCase();
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  let final = j >= 0 && isCasedCp(cps[j]);
  if (final) {
    let k = i + 1;
    while (k < cps.length && isCaseIgnorableCp(cps[k])) k++;
    final = k === cps.length || !isCasedCp(cps[k]);
  }
  return final ? '\u03c2' : '\u03c3';
}

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

export function strUpper(s: string): string {
  return s.toUpperCase();
}

/** Full lowercase with the final-sigma rule (JS's toLowerCase applies the same Final_Sigma condition). */
export function strLower(s: string): string {
  return s.toLowerCase();
}

export function strCasefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  return codePoints(s).map(foldFull).join('');
}

/** do_title: titlecase after a non-cased character, lowercase after a cased one. */
export function strTitle(s: string): string {
  const cps = codePoints(s);
  let out = '';
  let previousCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += previousCased ? lowerAt(cps, i) : titleFull(cps[i]);
    previousCased = isCasedCp(cps[i]);
  }
  return out;
}

/** do_capitalize (3.8+): the first character titlecased, the rest lowercased. */
export function strCapitalize(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += i === 0 ? titleFull(cps[i]) : lowerAt(cps, i);
  return out;
}

export function strSwapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    out += isUpperCp(cp) ? lowerAt(cps, i) : isLowerCp(cp) ? upperFull(cp) : String.fromCodePoint(cp);
  }
  return out;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const cp of codePoints(s)) {
    if (isLowerCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isUpperCp(cp)) cased = true;
  }
  return cased;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const cp of codePoints(s)) {
    if (isUpperCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isLowerCp(cp)) cased = true;
  }
  return cased;
}

/** unicode_istitle_impl: uppercase/titlecase only after uncased characters, lowercase only after cased ones. */
export function strIsTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const cp of codePoints(s)) {
    if (isUpperCp(cp) || isTitleCp(cp)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLowerCp(cp)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

const every = (pred: (cp: number) => boolean, emptyResult = false) => (s: string) => (s.length === 0 ? emptyResult : codePoints(s).every(pred));
export const strIsAlpha = every(isAlphaCp);
export const strIsDecimal = every((cp) => decimalValue(cp) >= 0);
export const strIsDigit = every(isDigitCp);
export const strIsNumeric = every(isNumericCp);
export const strIsAlnum = every((cp) => isAlphaCp(cp) || isNumericCp(cp));
export const strIsSpace = every(isPySpace);
export const strIsPrintable = every(isPrintable, true);
export const strIsAscii = (s: string) => isAscii(s);

/** str.isidentifier: XID_Start or '_' first, XID_Continue after (the JS engine's tables). */
export function strIsIdentifier(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 0 || !(cps[0] === 0x5f || isXidStart(cps[0]))) return false;
  return cps.every((cp, i) => i === 0 || isXidContinue(cp));
}
