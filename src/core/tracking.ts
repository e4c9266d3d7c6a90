/**
 * Keeping a sidecar's spans on their words while the article is being edited.
 *
 * `followSidecar` moves every span through a batch of edits at once: text inserted before a span
 * shifts it, an edit inside resizes it, and a span whose text was deleted entirely is kept as an
 * orphan (its recorded text stays, so the validator reports it and re-anchoring can find it again).
 *
 * `AnchorHistory` makes undo and redo exact: it remembers where each attribution's spans were for
 * every recent text, so when an undo brings a text back, spans that an edit trimmed or orphaned get
 * their old place back, unless the attribution itself was changed since.
 */
import { followEdits, makeSpan, reanchor, shiftRange, spanMatches, type TextEdit } from './anchor';
import { CONTEXT_LENGTH, type Attribution, type Range, type Sidecar, type Span } from './model';
import { codePointLength, type TextIndex } from './text';

export interface FollowResult {
  sidecar: Sidecar;
  /** Whether any span moved, changed size or text. */
  changed: boolean;
  /** Spans whose text was deleted by these edits. */
  orphaned: number;
}

/**
 * Moves every span of a sidecar through `edits` (each against the text left by the previous one;
 * offsets in code points), from the text of `before` to the text of `after`. Spans that did not sit
 * on their recorded text before keep their recorded text (the validator still reports them); the
 * others take their text and context from the new text.
 */
export function followSidecar(sidecar: Sidecar, edits: readonly TextEdit[], before: TextIndex, after: TextIndex): FollowResult {
  let changed = false;
  let orphaned = 0;
  const move = (span: Span): Span => {
    if (edits.length === 0) return span;
    // Far from every edit (context included), a span only shifts: its text and context stay as they are.
    let r: Range = { start: span.start, end: span.end };
    let near = false;
    for (const e of edits) {
      if (e.start <= r.end + CONTEXT_LENGTH && e.end >= r.start - CONTEXT_LENGTH) {
        near = true;
        break;
      }
      r = shiftRange(r, e)!;
    }
    if (!near) {
      if (r.start === span.start && r.end === span.end) return span;
      changed = true;
      return { ...span, start: r.start, end: r.end };
    }
    if (spanMatches(before, span)) {
      const next = followEdits(span, edits, after);
      if (next) {
        if (next.start !== span.start || next.end !== span.end || next.text !== span.text || next.prefix !== span.prefix || next.suffix !== span.suffix) changed = true;
        return next;
      }
      orphaned++;
      changed = true;
      return orphanAt(span, deletionPoint(span, edits), after.length);
    }
    // A span that was already off its text: shift its offsets, keep what it recorded.
    r = { start: span.start, end: span.end };
    for (const e of edits) {
      const shifted = shiftRange(r, e);
      r = shifted ?? { start: Math.min(e.start, r.start), end: Math.min(e.start, r.start) + (r.end - r.start) };
    }
    if (r.start === span.start && r.end === span.end) return span;
    changed = true;
    return { ...span, start: r.start, end: r.end };
  };
  const attributions = sidecar.attributions.map((a) => mapSpans(a, move));
  return { sidecar: changed ? { ...sidecar, attributions } : sidecar, changed, orphaned };
}

/** Where a deleted span's text used to begin, after all the edits. */
function deletionPoint(span: Span, edits: readonly TextEdit[]): number {
  let at = span.start;
  for (const e of edits) {
    if (e.end <= at) at += e.insertedLength - (e.end - e.start);
    else if (e.start < at) at = e.start;
  }
  return at;
}

/** An orphaned span: its recorded text, at the place it was deleted from (clamped to the article). */
function orphanAt(span: Span, at: number, length: number): Span {
  const n = Math.max(1, codePointLength(span.text));
  const start = Math.max(0, Math.min(at, length - 1));
  const out: Span = { start, end: start + n, text: span.text };
  if (span.prefix !== undefined) out.prefix = span.prefix;
  if (span.suffix !== undefined) out.suffix = span.suffix;
  return out;
}

function mapSpans(a: Attribution, f: (s: Span) => Span): Attribution {
  let same = true;
  const m = (list: Span[]) => {
    const out = list.map(f);
    if (out.some((s, i) => s !== list[i])) same = false;
    return out;
  };
  const content = m(a.content);
  const cue = a.cue ? m(a.cue) : undefined;
  const mention = a.source?.mention ? m(a.source.mention) : undefined;
  if (same) return a;
  const out: Attribution = { ...a, content };
  if (cue) out.cue = cue;
  if (a.source) out.source = { ...a.source, ...(mention ? { mention } : {}) };
  return out;
}

/** A cheap fingerprint of a text (length and FNV-1a), used to recognise a text seen before. */
export function textKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

interface SpanSet {
  revision: number;
  content: Span[];
  cue?: Span[];
  mention?: Span[];
}

interface Snapshot {
  key: string;
  spans: Map<string, SpanSet>;
}

/** Where each attribution's spans were for recent texts. */
export class AnchorHistory {
  private readonly snapshots: Snapshot[] = [];

  constructor(private readonly limit = 100) {}

  /** Remembers the spans of `sidecar` for the text with fingerprint `key`. */
  record(key: string, sidecar: Sidecar, revisions: ReadonlyMap<string, number>): void {
    const spans = new Map<string, SpanSet>();
    for (const a of sidecar.attributions) {
      spans.set(a.id, { revision: revisions.get(a.id) ?? 0, content: a.content, cue: a.cue, mention: a.source?.mention });
    }
    const last = this.snapshots[this.snapshots.length - 1];
    if (last && last.key === key) this.snapshots.pop();
    this.snapshots.push({ key, spans });
    if (this.snapshots.length > this.limit) this.snapshots.shift();
  }

  /**
   * Puts back the spans recorded for this text (the most recent record of it), for every attribution
   * not changed since, and only where the recorded spans fit the text. Returns the sidecar unchanged
   * when nothing was recorded for this text.
   */
  restore(key: string, sidecar: Sidecar, revisions: ReadonlyMap<string, number>, index: TextIndex): Sidecar {
    let snap: Snapshot | undefined;
    for (let i = this.snapshots.length - 1; i >= 0 && !snap; i--) if (this.snapshots[i].key === key) snap = this.snapshots[i];
    if (!snap) return sidecar;
    let changed = false;
    const attributions = sidecar.attributions.map((a) => {
      const old = snap!.spans.get(a.id);
      if (!old || old.revision !== (revisions.get(a.id) ?? 0)) return a;
      const shapeSame = old.content.length === a.content.length && (old.cue?.length ?? 0) === (a.cue?.length ?? 0) && (old.mention?.length ?? 0) === (a.source?.mention?.length ?? 0);
      if (!shapeSame) return a;
      const fits = (list: Span[] | undefined, now: Span[] | undefined) =>
        (list ?? []).every((s, i) => spanMatches(index, s) || !spanMatches(index, now![i]));
      if (!fits(old.content, a.content) || !fits(old.cue, a.cue) || !fits(old.mention, a.source?.mention)) return a;
      if (old.content === a.content && old.cue === a.cue && old.mention === a.source?.mention) return a;
      changed = true;
      const out: Attribution = { ...a, content: old.content };
      if (old.cue) out.cue = old.cue;
      if (a.source) out.source = { ...a.source, ...(old.mention ? { mention: old.mention } : {}) };
      return out;
    });
    return changed ? { ...sidecar, attributions } : sidecar;
  }

  clear(): void {
    this.snapshots.length = 0;
  }
}

/** Edits in code points from a batch of UTF-16 replacements against the same old text (any order). */
export function editsFromChanges(changes: readonly { rangeOffset: number; rangeLength: number; text: string }[], before: TextIndex): TextEdit[] {
  // Applying the changes from the last to the first keeps every offset valid against the old text.
  return [...changes]
    .sort((a, b) => b.rangeOffset - a.rangeOffset || b.rangeLength - a.rangeLength)
    .map((c) => ({
      start: before.toCodePoint(c.rangeOffset),
      end: before.toCodePoint(c.rangeOffset + c.rangeLength),
      insertedLength: codePointLength(c.text),
    }));
}

/**
 * Puts every span on another version of the text: a span whose words are found there (exactly, or
 * approximately) moves to them; one that is not found keeps what it recorded, so the validator reports
 * it as an orphan. Used to keep annotations made on text that was then thrown away unsaved.
 */
export function reanchorOnto(sidecar: Sidecar, index: TextIndex): { sidecar: Sidecar; moved: number; lost: number } {
  let moved = 0;
  let lost = 0;
  const attributions = sidecar.attributions.map((a) =>
    mapSpans(a, (span) => {
      if (spanMatches(index, span)) return span;
      const found = reanchor(index, span);
      if (!found) {
        lost++;
        return span;
      }
      moved++;
      return makeSpan(index, found.start, found.end);
    }),
  );
  return { sidecar: moved || lost ? { ...sidecar, attributions } : sidecar, moved, lost };
}
