/** Applying the validator's repair proposals to a sidecar (pure: returns a new sidecar). */
import { makeSpan } from './anchor';
import type { Diagnostic } from './diagnostics';
import type { Sidecar, Span } from './model';
import { parsePointer } from './sidecar';
import type { TextIndex } from './text';

export interface Moved {
  pointer: string;
  attributionId?: string;
  from: { start: number; end: number };
  to: { start: number; end: number };
  text: string;
}

export interface FixResult {
  sidecar: Sidecar;
  moved: Moved[];
  /** Diagnostics that have no automatic repair and remain (orphans among them). */
  remaining: Diagnostic[];
  changed: boolean;
}

/** The span object a pointer such as /attributions/3/content/0 names, if any. */
export function spanAt(sidecar: Sidecar, pointer: string): Span | undefined {
  let node: unknown = sidecar;
  for (const seg of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  if (node && typeof node === 'object' && 'start' in node && 'end' in node && 'text' in node) return node as Span;
  return undefined;
}

/**
 * Applies every re-anchoring proposal: each stale span moves to where its text was found, with
 * fresh context. The document fingerprint is updated when every span sits on its text afterwards.
 * Nothing is removed: orphans and other problems are returned in `remaining`.
 */
export function applyReanchoring(sidecar: Sidecar, index: TextIndex, diagnostics: readonly Diagnostic[], fingerprint?: { sha256: string; length: number }): FixResult {
  const next: Sidecar = structuredClone(sidecar);
  const moved: Moved[] = [];
  const remaining: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.fix?.kind === 'reanchor') {
      const span = spanAt(next, d.fix.pointer);
      if (!span) {
        remaining.push(d);
        continue;
      }
      const fresh = makeSpan(index, d.fix.range.start, d.fix.range.end);
      moved.push({ pointer: d.fix.pointer, attributionId: d.attributionId, from: { start: span.start, end: span.end }, to: { start: fresh.start, end: fresh.end }, text: fresh.text });
      Object.assign(span, fresh);
      if (fresh.prefix === undefined) delete span.prefix;
      if (fresh.suffix === undefined) delete span.suffix;
    } else if (d.code !== 'document-changed') {
      remaining.push(d);
    }
  }
  const anchoringLeft = remaining.some((d) => d.code === 'orphan' || d.code === 'span-out-of-range' || d.code === 'stale-anchor');
  let changed = moved.length > 0;
  if (fingerprint && !anchoringLeft && (next.document.sha256 !== fingerprint.sha256 || next.document.length !== fingerprint.length)) {
    next.document = { sha256: fingerprint.sha256, length: fingerprint.length };
    changed = true;
  }
  if (!fingerprint || anchoringLeft) {
    const stale = diagnostics.find((d) => d.code === 'document-changed');
    if (stale) remaining.push(stale);
  }
  return { sidecar: next, moved, remaining, changed };
}
