/**
 * Validation: a sidecar checked against its article. Every rule is a pure function of the two texts;
 * the editor and the CLI only present the diagnostics.
 */
import { reanchor, spanMatches } from './anchor';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Severity, type SidecarLocation } from './diagnostics';
import { type Attribution, type Range, type Sidecar, type Span } from './model';
import { findQuotations, type Quotation } from './quotes';
import { parseSidecar } from './sidecar';
import { TextIndex } from './text';

export type SeveritySetting = Severity | 'off';

export interface ValidateOptions {
  /** Report quotations that no attribution covers (default true). */
  unattributedQuotes?: boolean;
  /** Per-code severity overrides; 'off' silences a code. */
  severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** SHA-256 of the article's bytes; when given, a mismatch with the sidecar is reported. */
  articleSha256?: string;
  /** Quotations already found in this text (saves a scan when the caller has them). */
  quotations?: Quotation[];
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** The parsed sidecar, when it was structurally sound. */
  sidecar?: Sidecar;
  index: TextIndex;
}

const PREVIEW = 40;

/** A short, one-line rendering of a span's text for messages, in quotation marks unless it has its own. */
export function preview(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  const cut = one.length > PREVIEW ? `${one.slice(0, PREVIEW - 1)}…` : one;
  return /^["“„«‘']/.test(cut) ? cut : `“${cut}”`;
}

function spanPointer(i: number, role: 'content' | 'cue' | 'mention', k: number): string {
  return role === 'mention' ? `/attributions/${i}/source/mention/${k}` : `/attributions/${i}/${role}/${k}`;
}

function roleName(role: 'content' | 'cue' | 'mention'): string {
  return role === 'mention' ? 'source mention' : role;
}

/** Validates sidecar text against article text. */
export function validate(article: string | TextIndex, sidecarText: string, options: ValidateOptions = {}): ValidateResult {
  const index = typeof article === 'string' ? new TextIndex(article) : article;
  const parsed = parseSidecar(sidecarText);
  if (!parsed.ok) return { diagnostics: applySeverities(parsed.diagnostics, options), index };
  const diagnostics = checkSidecar(index, parsed.sidecar, parsed.locate, options);
  return { diagnostics: applySeverities(diagnostics, options), sidecar: parsed.sidecar, index };
}

function applySeverities(ds: Diagnostic[], options: ValidateOptions): Diagnostic[] {
  const overrides = options.severity;
  if (!overrides) return ds;
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const s = overrides[d.code];
    if (s === 'off') continue;
    out.push(s ? { ...d, severity: s } : d);
  }
  return out;
}

function sev(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_CODES[code].severity;
}

/** The semantic checks on a structurally valid sidecar. */
export function checkSidecar(
  index: TextIndex,
  sidecar: Sidecar,
  locate: (pointer: string) => SidecarLocation,
  options: ValidateOptions = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (d: Omit<Diagnostic, 'severity'> & { severity?: Severity }) => out.push({ severity: sev(d.code), ...d } as Diagnostic);

  // The article changed since the sidecar was written.
  const doc = sidecar.document;
  if ((options.articleSha256 !== undefined && options.articleSha256 !== doc.sha256) || doc.length !== index.length) {
    add({
      code: 'document-changed',
      message:
        doc.length !== index.length
          ? `The article changed since the sidecar was written: it is ${index.length} characters long, the sidecar recorded ${doc.length}.`
          : 'The article changed since the sidecar was written (its SHA-256 differs); spans are checked against the current text.',
      sidecar: locate('/document'),
    });
  }

  // Ids.
  const actorIds = new Map<string, number>();
  sidecar.actors.forEach((a, i) => {
    if (actorIds.has(a.id)) {
      add({ code: 'duplicate-id', message: `Actor id "${a.id}" is used twice (also at /actors/${actorIds.get(a.id)}).`, sidecar: locate(`/actors/${i}/id`), actorId: a.id });
    } else actorIds.set(a.id, i);
  });
  const attributionIds = new Map<string, number>();
  sidecar.attributions.forEach((a, i) => {
    if (attributionIds.has(a.id)) {
      add({ code: 'duplicate-id', message: `Attribution id "${a.id}" is used twice (also at /attributions/${attributionIds.get(a.id)}).`, sidecar: locate(`/attributions/${i}/id`), attributionId: a.id });
    } else attributionIds.set(a.id, i);
  });

  // Actor references.
  const referenced = new Set<string>();
  sidecar.attributions.forEach((a, i) => {
    const actor = a.source?.actor;
    if (actor === undefined) return;
    referenced.add(actor);
    if (!actorIds.has(actor)) {
      add({
        code: 'unknown-actor',
        message: `Attribution "${a.id}" names actor "${actor}", which is not in the actors list.`,
        sidecar: locate(`/attributions/${i}/source/actor`),
        attributionId: a.id,
        actorId: actor,
        fix: { kind: 'create-actor', actorId: actor },
      });
    }
  });
  sidecar.actors.forEach((a, i) => {
    if (!referenced.has(a.id)) {
      add({ code: 'unused-actor', message: `Actor "${a.name}" (${a.id}) is not the source of any attribution.`, sidecar: locate(`/actors/${i}`), actorId: a.id, fix: { kind: 'remove-actor', actorId: a.id } });
    }
  });

  // Spans: bounds and anchoring. Only attributions whose spans all sit on their text take part
  // in the later checks. (Plain loops: this runs for every span of large sidecars.)
  const sound: boolean[] = new Array(sidecar.attributions.length).fill(true);
  const roles = ['content', 'cue', 'mention'] as const;
  sidecar.attributions.forEach((a, i) => {
    const lists = [a.content, a.cue, a.source?.mention];
    for (let r = 0; r < 3; r++) {
      const list = lists[r];
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const span = list[k];
        if (!(span.start < span.end && spanMatches(index, span)) && !checkSpan(index, a, roles[r], span, () => spanPointer(i, roles[r], k), locate, add)) sound[i] = false;
      }
    }
    if (sound[i]) checkContentOrder(a, i, locate, add);
  });

  // Overlaps between attributions' content (not nesting): a sweep over content spans sorted by start.
  const owner: number[] = [];
  const segment: number[] = [];
  sidecar.attributions.forEach((a, i) => {
    if (!sound[i]) return;
    for (let k = 0; k < a.content.length; k++) {
      owner.push(i);
      segment.push(k);
    }
  });
  const contentOf = (j: number) => sidecar.attributions[owner[j]].content[segment[j]];
  const starts = owner.map((_, j) => contentOf(j).start);
  const ends = owner.map((_, j) => contentOf(j).end);
  const order = owner.map((_, j) => j).sort((x, y) => starts[x] - starts[y] || ends[x] - ends[y]);
  let active: number[] = [];
  for (const j of order) {
    const c = contentOf(j);
    if (active.length) active = active.filter((o) => ends[o] > c.start);
    for (const o of active) {
      if (owner[o] === owner[j]) continue;
      const other = contentOf(o);
      // A report inside another's content ("the mayor said the chief told her that …") is a nested
      // attribution, as in PARC: only partial overlaps and the same words attributed twice are reported.
      const nested = (c.start >= other.start && c.end <= other.end) || (other.start >= c.start && other.end <= c.end);
      if (nested && !(c.start === other.start && c.end === other.end)) continue;
      const a = sidecar.attributions[owner[j]];
      add({
        code: 'content-overlap',
        message: `The content of attribution "${a.id}" overlaps the content of "${sidecar.attributions[owner[o]].id}".`,
        article: { start: Math.max(c.start, other.start), end: Math.min(c.end, other.end) },
        sidecar: locate(spanPointer(owner[j], 'content', segment[j])),
        attributionId: a.id,
      });
    }
    active.push(j);
  }

  // Cue and mention inside their own content; direct content in quotation marks.
  sidecar.attributions.forEach((a, i) => {
    if (!sound[i]) return;
    const lists = [a.cue, a.source?.mention];
    for (let r = 0; r < 2; r++) {
      const list = lists[r];
      if (!list) continue;
      const role = r === 0 ? 'cue' : 'mention';
      for (let k = 0; k < list.length; k++) {
        const span = list[k];
        if (a.content.some((c) => span.start < c.end && c.start < span.end)) {
          add({
            code: role === 'cue' ? 'cue-inside-content' : 'mention-inside-content',
            message: `The ${roleName(role)} ${preview(span.text)} of attribution "${a.id}" lies inside its own content.`,
            article: { start: span.start, end: span.end },
            sidecar: locate(spanPointer(i, role, k)),
            attributionId: a.id,
          });
        }
      }
    }
    if (a.type === 'direct') {
      a.content.forEach((c, k) => {
        if (!isQuoted(index, c)) {
          add({
            code: 'direct-unquoted',
            message: `Attribution "${a.id}" is marked direct, but its content ${preview(c.text)} is not in quotation marks; mark it indirect or mixed, or extend it to the marks.`,
            article: { start: c.start, end: c.end },
            sidecar: locate(`/attributions/${i}/content/${k}`),
            attributionId: a.id,
          });
        }
      });
    }
  });

  // Quotations that nobody said.
  if (options.unattributedQuotes !== false && options.severity?.['unattributed-quote'] !== 'off') {
    const quotes = options.quotations ?? findQuotations(index.text, index);
    for (const q of unattributedQuotations(quotes, sidecar.attributions)) {
      add({
        code: 'unattributed-quote',
        message: `Quotation ${preview(index.slice(q.start, q.end))} has no attribution.`,
        article: { start: q.start, end: q.end },
        fix: { kind: 'attribute-quote', range: { start: q.start, end: q.end } },
      });
    }
  }
  return out;
}

/** Top-level quotations not covered by the content of any attribution. */
export function unattributedQuotations(quotes: readonly Quotation[], attributions: readonly Attribution[]): Quotation[] {
  const spans: Range[] = [];
  for (const a of attributions) for (const c of a.content) spans.push(c);
  spans.sort((x, y) => x.start - y.start);
  // prefix maximum of ends lets one binary search answer "does any span overlap [s, e)?"
  const maxEnd: number[] = [];
  let m = -1;
  for (const s of spans) maxEnd.push((m = Math.max(m, s.end)));
  const overlaps = (s: number, e: number): boolean => {
    // last span with start < e
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid].start < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > s;
  };
  const out: Quotation[] = [];
  let coveredUntil = -1;
  for (const q of quotes) {
    if (q.start < coveredUntil) continue; // inside a quotation already reported or attributed
    const inner = { start: q.start + 1, end: Math.max(q.start + 1, q.end - (q.closed ? 1 : 0)) };
    if (inner.end <= inner.start) continue;
    coveredUntil = q.end;
    if (!overlaps(inner.start, inner.end)) out.push(q);
  }
  return out;
}

const OPEN_MARKS = '"“„«»‘\'‚‹';
const CLOSE_MARKS = '"”“»«’\'›';
const PUNCTUATION = ',.;:!?…—–-';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Whether a content span is enclosed by quotation marks (its own first/last characters or its neighbours). */
export function isQuoted(index: TextIndex, c: Span): boolean {
  const t = index.text;
  const s = index.toUnit(c.start);
  const e = index.toUnit(c.end);
  // opening: the first non-space character of the span, or the character just before it
  let i = s;
  while (i < e && isSpace(t.charCodeAt(i))) i++;
  const opens = (i < e && OPEN_MARKS.includes(t[i])) || (s > 0 && OPEN_MARKS.includes(t[s - 1]));
  if (!opens) return false;
  // closing: the last character of the span after trailing spaces and punctuation, or the first
  // character after it past punctuation (“Stop”, he said / “Stop,” he said)
  let j = e - 1;
  while (j > i && (isSpace(t.charCodeAt(j)) || (PUNCTUATION.includes(t[j]) && !CLOSE_MARKS.includes(t[j])))) j--;
  if (j >= i && CLOSE_MARKS.includes(t[j]) && j > i) return true;
  let k = e;
  while (k < t.length && k < e + 3 && PUNCTUATION.includes(t[k])) k++;
  return k < t.length && CLOSE_MARKS.includes(t[k]);
}

function checkSpan(
  index: TextIndex,
  a: Attribution,
  role: 'content' | 'cue' | 'mention',
  span: Span,
  pointerOf: () => string,
  locate: (p: string) => SidecarLocation,
  add: (d: Omit<Diagnostic, 'severity'>) => void,
): boolean {
  const pointer = pointerOf();
  const what = `The ${roleName(role)} of attribution "${a.id}"`;
  if (span.start > span.end) {
    add({ code: 'span-reversed', message: `${what} ends (${span.end}) before it starts (${span.start}).`, sidecar: locate(pointer), attributionId: a.id });
    return false;
  }
  if (span.start === span.end) {
    add({ code: 'span-empty', message: `${what} is empty (start = end = ${span.start}).`, sidecar: locate(pointer), attributionId: a.id, fix: role === 'content' && a.content.length === 1 ? { kind: 'remove-attribution', attributionId: a.id } : undefined });
    return false;
  }
  if (spanMatches(index, span)) return true;
  const outOfRange = span.end > index.length;
  const found = reanchor(index, span);
  if (found) {
    const text = index.slice(found.start, found.end);
    const how = found.kind === 'exact' ? 'was found' : `was found with ${found.errors} change${found.errors === 1 ? '' : 's'}`;
    add({
      code: outOfRange ? 'span-out-of-range' : 'stale-anchor',
      message: outOfRange
        ? `${what} (${span.start}–${span.end}) lies outside the article (${index.length} characters); its text ${preview(span.text)} ${how} at ${found.start}–${found.end}.`
        : `${what} no longer matches the text at ${span.start}–${span.end}; ${preview(span.text)} ${how} at ${found.start}–${found.end}.`,
      article: { start: found.start, end: found.end },
      sidecar: locate(pointer),
      attributionId: a.id,
      fix: { kind: 'reanchor', pointer, range: { start: found.start, end: found.end }, text },
    });
    return false;
  }
  add({
    code: outOfRange ? 'span-out-of-range' : 'orphan',
    message: outOfRange
      ? `${what} (${span.start}–${span.end}) lies outside the article (${index.length} characters), and its text ${preview(span.text)} is nowhere in it.`
      : `${what}, ${preview(span.text)}, can no longer be found in the article.`,
    sidecar: locate(pointer),
    attributionId: a.id,
    fix: role === 'content' && a.content.length === 1 ? { kind: 'remove-attribution', attributionId: a.id } : { kind: 'remove-span', pointer },
  });
  return false;
}

function checkContentOrder(a: Attribution, i: number, locate: (p: string) => SidecarLocation, add: (d: Omit<Diagnostic, 'severity'>) => void): void {
  for (let k = 1; k < a.content.length; k++) {
    if (a.content[k].start < a.content[k - 1].end) {
      add({
        code: 'span-order',
        message: `Content segment ${k} of attribution "${a.id}" ${a.content[k].start < a.content[k - 1].start ? 'comes before' : 'overlaps'} segment ${k - 1}; segments must be in document order and must not overlap.`,
        article: { start: a.content[k].start, end: a.content[k].end },
        sidecar: locate(`/attributions/${i}/content/${k}`),
        attributionId: a.id,
      });
    }
  }
}
