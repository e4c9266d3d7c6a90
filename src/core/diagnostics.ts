/** Diagnostics: what the validator reports, with stable codes the editor, CLI and settings share. */
import type { Range } from './model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Stable diagnostic codes, with their default severity and a one-line description. */
export const DIAGNOSTIC_CODES = {
  'json-syntax': { severity: 'error', description: 'The sidecar is not valid JSON.' },
  'schema': { severity: 'error', description: 'The sidecar does not follow the format (see schemas/attributions.schema.json).' },
  'unsupported-version': { severity: 'error', description: 'The sidecar has a format version this release does not read.' },
  'duplicate-id': { severity: 'error', description: 'Two actors or two attributions share an id.' },
  'unknown-actor': { severity: 'error', description: 'An attribution names an actor that is not in the actors list.' },
  'span-out-of-range': { severity: 'error', description: 'A span lies (partly) outside the article.' },
  'span-empty': { severity: 'error', description: 'A span covers no text.' },
  'span-reversed': { severity: 'error', description: 'A span ends before it starts.' },
  'span-order': { severity: 'error', description: 'The content spans of one attribution overlap or are out of document order.' },
  'stale-anchor': { severity: 'error', description: 'The text at a span’s offsets is no longer its recorded text; it was found elsewhere.' },
  'orphan': { severity: 'error', description: 'A span’s recorded text can no longer be found in the article.' },
  'content-overlap': { severity: 'warning', description: 'The content of two attributions overlaps without one lying inside the other (a nested report is not reported), or the same words are attributed twice.' },
  'cue-inside-content': { severity: 'warning', description: 'A cue lies inside its own attribution’s content.' },
  'mention-inside-content': { severity: 'warning', description: 'A source mention lies inside its own attribution’s content.' },
  'direct-unquoted': { severity: 'warning', description: 'A direct attribution’s content is not enclosed by quotation marks.' },
  'unattributed-quote': { severity: 'warning', description: 'A quotation in the article has no attribution.' },
  'unused-actor': { severity: 'hint', description: 'An actor is never referenced by an attribution.' },
  'document-changed': { severity: 'info', description: 'The article changed since the sidecar was written (its hash differs).' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
export const ALL_CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

/** A place in the sidecar file: a JSON pointer and, when known, its UTF-16 offset, length and 0-based line/column. */
export interface SidecarLocation {
  pointer: string;
  offset: number;
  length: number;
  line: number;
  character: number;
}

/** A proposed repair the CLI's `fix` and the editor's quick fixes can apply. */
export type Fix =
  | { kind: 'reanchor'; pointer: string; range: Range; text: string }
  | { kind: 'remove-attribution'; attributionId: string }
  | { kind: 'remove-span'; pointer: string }
  | { kind: 'remove-actor'; actorId: string }
  | { kind: 'create-actor'; actorId: string }
  | { kind: 'attribute-quote'; range: Range };

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Where the problem is in the article (code points), when it is about the text. */
  article?: Range;
  /** Where the problem is in the sidecar, when it is about the file. */
  sidecar?: SidecarLocation;
  attributionId?: string;
  actorId?: string;
  fix?: Fix;
}

export function severityRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'info' ? 2 : 3;
}
