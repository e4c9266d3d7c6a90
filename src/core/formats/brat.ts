/**
 * Reading brat standoff annotations (the format of PolNeAR and similar attribution corpora) into
 * attributions.
 *
 * T lines name text-bound spans: `Tn<TAB>Label START END[;START END…]<TAB>covered text`, offsets in
 * code points, end-exclusive, discontinuous fragments joined by `;` (their texts joined by a space).
 * E lines join them into relations: `En<TAB>Attribution:Tn Content:Tn Cue:Tn Source:Tn` or
 * `Attribution-no-source:Tn Content:Tn Cue:Tn`. Other labels (Discuss, Discard, …) are ignored.
 * A span whose text does not match the article is kept at its offsets and reported as a warning
 * naming the file and line; nothing is dropped without a warning.
 */
import { makeSpan } from '../anchor';
import type { Attribution, Range, Span } from '../model';
import { contentType } from '../suggest/quotemarks';
import { TextIndex } from '../text';

export { contentType, hasQuoteMark } from '../suggest/quotemarks';

export interface BratWarning {
  file: string;
  /** 1-based line in the .ann file. */
  line: number;
  message: string;
}

export interface BratResult {
  attributions: Attribution[];
  warnings: BratWarning[];
}

interface TextBound {
  id: string;
  label: string;
  ranges: Range[];
  text: string;
  line: number;
}

const WORD = /[\p{L}\p{N}]/u;
const RELATION_LABELS = new Set(['Attribution', 'Attribution-no-source']);

function parseRanges(spec: string): Range[] | undefined {
  const out: Range[] = [];
  for (const part of spec.split(';')) {
    const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(part);
    if (!m) return undefined;
    out.push({ start: Number(m[1]), end: Number(m[2]) });
  }
  return out;
}

/**
 * Reads one .ann file against its article. `file` names the .ann file in warnings.
 */
export function readBrat(ann: string, article: string | TextIndex, file = 'annotations.ann'): BratResult {
  const index = typeof article === 'string' ? new TextIndex(article) : article;
  const warnings: BratWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  const bounds = new Map<string, TextBound>();
  const relations: { id: string; line: number; args: { role: string; ref: string }[] }[] = [];

  const lines = ann.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    const line = n + 1;
    if (raw.trim() === '') continue;
    const cols = raw.split('\t');
    const id = cols[0];
    if (/^T\d+$/.test(id)) {
      const head = cols[1] ?? '';
      const sp = head.indexOf(' ');
      const label = sp < 0 ? head : head.slice(0, sp);
      const ranges = sp < 0 ? undefined : parseRanges(head.slice(sp + 1));
      if (!ranges) {
        warn(line, `${id}: cannot read the offsets in “${head}”; the span is ignored.`);
        continue;
      }
      const bad = ranges.find((r) => r.start < 0 || r.end > index.length || r.start >= r.end);
      if (bad) {
        warn(line, `${id} (${label}) ${bad.start}–${bad.end} lies outside the article (${index.length} characters) or is empty; the span is ignored.`);
        continue;
      }
      const text = cols.slice(2).join('\t');
      bounds.set(id, { id, label, ranges, text, line });
      if (label === 'Source' || label === 'Cue' || label === 'Content' || label === 'Attribution') {
        const actual = ranges.map((r) => index.slice(r.start, r.end)).join(' ');
        if (cols.length >= 3 && actual !== text) {
          warn(line, `${id} (${label}) at ${ranges.map((r) => `${r.start}–${r.end}`).join(';')}: the annotation says “${clip(text)}” but the article has “${clip(actual)}”; the offsets are kept.`);
        } else {
          // Text that matches but starts or ends inside a word ("ot to recommend") is off by a character or two.
          for (const r of ranges) {
            const inside = (at: number) => at > 0 && at < index.length && WORD.test(index.slice(at - 1, at)) && WORD.test(index.slice(at, at + 1));
            const starts = inside(r.start);
            const ends = inside(r.end);
            if (starts || ends) {
              warn(line, `${id} (${label}) at ${r.start}–${r.end} ${starts && ends ? 'starts and ends' : starts ? 'starts' : 'ends'} inside a word: “${clip(index.slice(r.start, r.end))}”; the offsets are kept.`);
            }
          }
        }
      }
    } else if (/^E\d+$/.test(id)) {
      const args = (cols[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((a) => {
          const k = a.lastIndexOf(':');
          return { role: k < 0 ? a : a.slice(0, k), ref: k < 0 ? '' : a.slice(k + 1) };
        });
      relations.push({ id, line, args });
    }
    // R (relations), A (attributes), # (notes), * (equivalences): not used for attributions.
  }

  const attributions: Attribution[] = [];
  for (const rel of relations) {
    const trigger = rel.args[0];
    if (!trigger || !RELATION_LABELS.has(trigger.role)) continue;
    const content: Range[] = [];
    const cue: Range[] = [];
    const source: Range[] = [];
    for (const arg of rel.args.slice(1)) {
      const role = arg.role.replace(/\d+$/, '');
      if (role !== 'Content' && role !== 'Cue' && role !== 'Source') continue;
      const tb = bounds.get(arg.ref);
      if (!tb) {
        warn(rel.line, `${rel.id}: ${arg.role} refers to ${arg.ref || '(nothing)'}, which is not a usable span.`);
        continue;
      }
      (role === 'Content' ? content : role === 'Cue' ? cue : source).push(...tb.ranges);
    }
    if (content.length === 0) {
      warn(rel.line, `${rel.id}: the relation has no content span; it is skipped.`);
      continue;
    }
    const spans = (rs: Range[]): Span[] => mergeRanges(rs).map((r) => makeSpan(index, r.start, r.end));
    const contentSpans = spans(content);
    const a: Attribution = {
      id: `a${attributions.length + 1}`,
      type: contentType(contentSpans.map((s) => s.text)),
      status: 'confirmed',
      content: contentSpans,
    };
    if (cue.length) a.cue = spans(cue);
    if (source.length) a.source = { mention: spans(source) };
    a.note = `${file} ${rel.id}`;
    attributions.push(a);
  }
  return { attributions, warnings };
}

/** Sorts ranges and merges overlapping ones. */
function mergeRanges(rs: Range[]): Range[] {
  const sorted = [...rs].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? one.slice(0, 59) + '…' : one;
}
