/** Quotation marks in attribution content: what makes an attribution direct, mixed or indirect. */
import type { AttributionType } from '../model';

/**
 * Double quotation marks (including two apostrophes standing for one, as in some archive texts),
 * and the opening single marks that are never apostrophes.
 */
const QUOTE_MARK = /["“”„«»‘‚‹›]|''/;

/** Whether a text contains a quotation mark (a single apostrophe ’ or ' does not count). */
export function hasQuoteMark(text: string): boolean {
  return QUOTE_MARK.test(text) && (!FEET_INCHES.test(text) || QUOTE_MARK.test(text.replace(FEET_INCHES_ALL, '')));
}

/** 6'3": feet and inches, whose inch mark is no quotation mark. */
const FEET_INCHES = /\d['’]\d{1,2}"/;
const FEET_INCHES_ALL = /\d['’]\d{1,2}"/g;

const OPENS_QUOTED = /^(["“„«‘‚‹»”]|'')/;
const CLOSES_QUOTED = /["”“»«’'›][.,;:!?]*$/;

/**
 * The attribution type implied by its content segments: direct when every segment is a quotation
 * (opens with a mark, and the last one closes with one, allowing trailing punctuation), mixed when
 * one contains a quotation mark, indirect otherwise.
 */
export function contentType(segments: readonly string[]): AttributionType {
  if (!segments.some(hasQuoteMark)) return 'indirect';
  // A quotation running on into the next paragraph leaves its first segments open.
  const quoted = segments.every((s, i) => {
    const t = s.trim();
    return OPENS_QUOTED.test(t) && (i < segments.length - 1 || CLOSES_QUOTED.test(t));
  });
  return quoted ? 'direct' : 'mixed';
}
