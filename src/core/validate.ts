/**
 * Validation: a sidecar checked against its article. Every rule is a pure function of the two texts;
 * the editor and the CLI only present the diagnostics.
 */
import { reanchor, spanMatches } from './anchor';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Severity, type SidecarLocation } from './diagnostics';
import { spansOf, type Attribution, type Range, type Sidecar, type Span } from './model';
import { findQuotations, isQuoteMark, type Quotation } from './quotes';
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

function preview(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  const cut = one.length > PREVIEW ? `${one.slice(0, PREVIEW - 1)}…` : one;
  return /^["“„«‘']/.test(cut) ? cut : `“${cut}”`;
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

  // Spans: bounds and anchoring. Only spans that sit on their text take part in the later checks.
  const sound: boolean[] = sidecar.attributions.map(() => true);
  sidecar.attributions.forEach((a, i) => {
    for (const { role, span, pointer } of spansOf(a, i)) {
      const ok = checkSpan(index, a, role, span, pointer, locate, add);
      if (!ok) sound[i] = false;
    }
    if (sound[i]) checkContentOrder(a, i, locate, add);
  });

  // Overlaps between attributions' content.
  const contents: { range: Range; a: Attribution; i: number; k: number }[] = [];
  sidecar.attributions.forEach((a, i) => {
    if (sound[i]) a.content.forEach((s, k) => contents.push({ range: s, a, i, k }));
  });
  contents.sort((x, y) => x.range.start - y.range.start || x.range.end - y.range.end);
  const active: typeof contents = [];
  for (const c of contents) {
    for (let j = active.length - 1; j >= 0; j--) if (active[j].range.end <= c.range.start) active.splice(j, 1);
    for (const o of active) {
      if (o.a === c.a) continue;
      add({
        code: 'content-overlap',
        message: `The content of attribution "${c.a.id}" overlaps the content of "${o.a.id}".`,
        article: { start: Math.max(c.range.start, o.range.start), end: Math.min(c.range.end, o.range.end) },
        sidecar: locate(`/attributions/${c.i}/content/${c.k}`),
        attributionId: c.a.id,
      });
    }
    active.push(c);
  }

  // Cue and mention inside their own content; direct content in quotation marks.
  sidecar.attributions.forEach((a, i) => {
    if (!sound[i]) return;
    for (const { role, span, pointer } of spansOf(a, i)) {
      if (role === 'content') continue;
      if (a.content.some((c) => span.start < c.end && c.start < span.end)) {
        add({
          code: role === 'cue' ? 'cue-inside-content' : 'mention-inside-content',
          message: `The ${roleName(role)} ${preview(span.text)} of attribution "${a.id}" lies inside its own content.`,
          article: { start: span.start, end: span.end },
          sidecar: locate(pointer),
          attributionId: a.id,
        });
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

const OPEN_MARK = /["“„«»‘'‚‹]/;
const CLOSE_MARK = /["”“»«’'›]/;
const TRAILING = /[\s,.;:!?…—–-]/;

/** Whether a content span is enclosed by quotation marks (its own first/last characters or its neighbours). */
export function isQuoted(index: TextIndex, c: Span): boolean {
  const text = c.text;
  const first = text.trimStart()[0];
  const before = c.start > 0 ? index.slice(c.start - 1, c.start) : '';
  const opens = (first !== undefined && OPEN_MARK.test(first)) || OPEN_MARK.test(before);
  let t = text.trimEnd();
  while (t.length && TRAILING.test(t[t.length - 1]) && !isQuoteMark(t[t.length - 1])) t = t.slice(0, -1);
  const last = t[t.length - 1];
  let after = index.slice(c.end, Math.min(index.length, c.end + 3));
  while (after.length && TRAILING.test(after[0]) && !/\s/.test(after[0])) after = after.slice(1);
  const closes = (last !== undefined && CLOSE_MARK.test(last)) || (after.length > 0 && CLOSE_MARK.test(after[0]));
  return opens && closes;
}

function checkSpan(
  index: TextIndex,
  a: Attribution,
  role: 'content' | 'cue' | 'mention',
  span: Span,
  pointer: string,
  locate: (p: string) => SidecarLocation,
  add: (d: Omit<Diagnostic, 'severity'>) => void,
): boolean {
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
