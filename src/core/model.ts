/** The sidecar format, version 1: the contract shared by the editor, the CLI and other tools. */

export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.attributions.json';
/** Code points of context stored before and after each span. */
export const CONTEXT_LENGTH = 32;

export type ActorKind = 'person' | 'organization' | 'group' | 'publication' | 'anonymous';
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'group', 'publication', 'anonymous'];
export type AttributionType = 'direct' | 'indirect' | 'mixed';
export const ATTRIBUTION_TYPES: readonly AttributionType[] = ['direct', 'indirect', 'mixed'];
export type AttributionStatus = 'confirmed' | 'suggested';

/** A half-open range [start, end) of code points in the article. */
export interface Range {
  start: number;
  end: number;
}

export interface Span extends Range {
  /** The exact covered text. */
  text: string;
  /** Up to 32 code points before the span, for re-anchoring. */
  prefix?: string;
  /** Up to 32 code points after the span, for re-anchoring. */
  suffix?: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  description?: string;
}

export interface Source {
  actor?: string;
  mention?: Span[];
}

export interface Attribution {
  id: string;
  type: AttributionType;
  status: AttributionStatus;
  content: Span[];
  cue?: Span[];
  source?: Source;
  note?: string;
}

export interface DocumentFingerprint {
  sha256: string;
  length: number;
}

export interface Sidecar {
  $schema?: string;
  version: 1;
  document: DocumentFingerprint;
  actors: Actor[];
  attributions: Attribution[];
}

/** A readable id for an actor name: "Donald Trump" → "donald-trump"; unique among `taken`. */
export function actorIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'actor';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The next free attribution id of the form a<N>. */
export function nextAttributionId(sidecar: Pick<Sidecar, 'attributions'>): string {
  let max = 0;
  for (const a of sidecar.attributions) {
    const m = /^a(\d+)$/.exec(a.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `a${max + 1}`;
}
