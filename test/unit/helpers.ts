/** Shared helpers for unit tests: fixtures and sidecars built from the text itself. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSpan } from '../../src/core/anchor';
import type { Actor, Attribution, AttributionType, Sidecar } from '../../src/core/model';
import { TextIndex } from '../../src/core/text';

/** The repository root (tests run from out/test/unit). */
export const ROOT = join(__dirname, '..', '..', '..');

export function fixturePath(name: string): string {
  return join(ROOT, 'test', 'fixtures', 'articles', name);
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Code-point range of the n-th occurrence of needle in text. */
export function find(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)} (occurrence ${occurrence})`);
  }
  const index = new TextIndex(text);
  return { start: index.toCodePoint(at), end: index.toCodePoint(at + needle.length) };
}

/**
 * Code-point range of a needle; `[[…]]` marks the part wanted inside a longer, unambiguous context:
 * locate(text, '[[said]] Solberg') is the "said" just before "Solberg".
 */
export function locate(text: string, needle: string): { start: number; end: number } {
  const open = needle.indexOf('[[');
  if (open < 0) return find(text, needle);
  const close = needle.indexOf(']]');
  const whole = find(text, needle.replace('[[', '').replace(']]', ''));
  const before = new TextIndex(needle.slice(0, open)).length;
  const inner = new TextIndex(needle.slice(open + 2, close)).length;
  return { start: whole.start + before, end: whole.start + before + inner };
}

export interface AttributionSpec {
  id?: string;
  content: string | string[];
  cue?: string;
  mention?: string;
  actor?: string;
  type?: AttributionType;
  status?: 'confirmed' | 'suggested';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A sidecar whose spans are located by searching the text for each quoted piece. */
export function buildSidecar(text: string, actors: Actor[], specs: AttributionSpec[]): Sidecar {
  const index = new TextIndex(text);
  const span = (needle: string) => {
    const r = locate(text, needle);
    return makeSpan(index, r.start, r.end);
  };
  const attributions: Attribution[] = specs.map((s, i) => {
    const a: Attribution = {
      id: s.id ?? `a${i + 1}`,
      type: s.type ?? 'direct',
      status: s.status ?? 'confirmed',
      content: (Array.isArray(s.content) ? s.content : [s.content]).map(span),
    };
    if (s.cue) a.cue = [span(s.cue)];
    if (s.actor || s.mention) a.source = { ...(s.actor ? { actor: s.actor } : {}), ...(s.mention ? { mention: [span(s.mention)] } : {}) };
    return a;
  });
  return { version: 1, document: { sha256: sha256(text), length: index.length }, actors, attributions };
}

/** Actors of the harbour fixture. */
export const HARBOUR_ACTORS: Actor[] = [
  { id: 'ingrid-solberg', name: 'Ingrid Solberg', kind: 'person', aliases: ['Solberg'], description: 'Mayor of Port Ellis' },
  { id: 'tomas-obrien', name: 'Tomás O’Brien', kind: 'person', aliases: ['O’Brien'] },
  { id: 'nordlys-lines', name: 'Nordlys Lines', kind: 'organization' },
  { id: 'marta-kowalski', name: 'Marta Kowalski', kind: 'person' },
];

/** Every quotation of the harbour fixture attributed. */
export const HARBOUR_SPECS: AttributionSpec[] = [
  { content: ['“This is the day the harbour comes back to life,”', '“We promised a working waterfront, and we delivered.”'], cue: '[[said]] after the vote', mention: 'Mayor Ingrid Solberg', actor: 'ingrid-solberg' },
  { content: 'the terminal would cost “far more than anyone has admitted” and warned that the budget relied on ‘optimistic’ ticket sales', type: 'mixed', cue: 'plan, [[said]] the', mention: 'Councillor Tomás O’Brien', actor: 'tomas-obrien' },
  { content: ['“I’m not against ferries,”', '“I’m against writing blank cheques.”'], cue: 'told reporters', mention: '[[O’Brien]] told', actor: 'tomas-obrien' },
  { content: 'the company was “delighted to be part of Port Ellis’s future 🚢”', type: 'mixed', cue: 'said in a statement', mention: 'A spokesperson for the ferry operator Nordlys Lines', actor: 'nordlys-lines' },
  { content: ['“We heard the residents’ concerns about noise,”', '“The design has changed because of them.\n“Every berth now has shore power, so engines can be switched off.”'], cue: '[[said]] Solberg', mention: 'said [[Solberg]]', actor: 'ingrid-solberg' },
  { content: '“It’s about time,”', cue: '[[said]] Marta', mention: 'Marta Kowalski', actor: 'marta-kowalski' },
];
