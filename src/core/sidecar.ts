/** Reading and writing sidecar files: JSON syntax, schema checks with located errors, stable output. */
import { findNodeAtLocation, parseTree, visit, type Node as JsonNode, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { Diagnostic, SidecarLocation } from './diagnostics';
import { validate as validateSchema } from './generated/sidecarSchema';
import { SIDECAR_VERSION, type Actor, type Attribution, type Sidecar, type Span } from './model';

export type ParseResult =
  | { ok: true; sidecar: Sidecar; locate: (pointer: string) => SidecarLocation }
  | { ok: false; diagnostics: Diagnostic[]; locate: (pointer: string) => SidecarLocation };

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * Parses sidecar text. Structural problems (JSON syntax, unsupported version, schema) come back as
 * diagnostics located by JSON pointer and line/column; the sidecar is returned only when it is sound
 * enough for the semantic checks.
 */
export function parseSidecar(text: string): ParseResult {
  const locate = locator(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, diagnostics: [syntaxDiagnostic(text)], locate };
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && 'version' in data) {
    const version = (data as { version: unknown }).version;
    if (version !== SIDECAR_VERSION) {
      return {
        ok: false,
        locate,
        diagnostics: [
          {
            code: 'unsupported-version',
            severity: 'error',
            message: `Sidecar format version ${JSON.stringify(version)} is not supported; this release reads version ${SIDECAR_VERSION}.`,
            sidecar: locate('/version'),
          },
        ],
      };
    }
  }
  if (!validateSchema(data)) {
    const errors = ((validateSchema as unknown as { errors?: AjvError[] }).errors ?? []).slice(0, 50);
    return { ok: false, locate, diagnostics: dedupe(errors.map((e) => schemaDiagnostic(e, locate))) };
  }
  return { ok: true, sidecar: data as Sidecar, locate };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.sidecar?.pointer}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function schemaDiagnostic(e: AjvError, locate: (p: string) => SidecarLocation): Diagnostic {
  let pointer = e.instancePath || '';
  let message: string;
  const where = pointer || '(top level)';
  switch (e.keyword) {
    case 'required':
      message = `${where}: missing required property "${String(e.params.missingProperty)}".`;
      break;
    case 'additionalProperties':
      message = `${where}: unknown property "${String(e.params.additionalProperty)}".`;
      pointer = `${pointer}/${escapePointer(String(e.params.additionalProperty))}`;
      break;
    case 'enum':
      message = `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
      break;
    case 'type':
      message = `${where}: must be ${e.params.type === 'integer' ? 'an integer' : `of type ${String(e.params.type)}`}.`;
      break;
    case 'pattern':
      message = pointer.endsWith('/sha256')
        ? `${where}: must be 64 lower-case hex digits.`
        : `${where}: must be an id of letters, digits, '.', '_', ':' or '-'.`;
      break;
    default:
      message = `${where}: ${e.message ?? e.keyword}.`;
  }
  return { code: 'schema', severity: 'error', message, sidecar: locate(pointer) };
}

function syntaxDiagnostic(text: string): Diagnostic {
  let found: { error: ParseErrorCode; offset: number; length: number } | undefined;
  visit(
    text,
    {
      onError(error, offset, length) {
        if (!found) found = { error, offset, length };
      },
    },
    { allowTrailingComma: false, disallowComments: true },
  );
  const offset = found?.offset ?? 0;
  const { line, character } = lineColumnOf(text, offset);
  const what = found ? describeJsonError(printParseErrorCode(found.error)) : 'invalid JSON';
  return {
    code: 'json-syntax',
    severity: 'error',
    message: `The sidecar is not valid JSON: ${what}.`,
    sidecar: { pointer: '', offset, length: Math.max(1, found?.length ?? 1), line, character },
  };
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected',
    ColonExpected: 'colon expected',
    CommaExpected: 'comma expected',
    CloseBraceExpected: 'closing brace expected',
    CloseBracketExpected: 'closing bracket expected',
    EndOfFileExpected: 'unexpected content after the end',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
  };
  return words[code] ?? code;
}

/** 0-based line and UTF-16 column of a UTF-16 offset in a string. */
export function lineColumnOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: end - lineStart };
}

/** A function from JSON pointer to location; the syntax tree is built on first use only. */
function locator(text: string): (pointer: string) => SidecarLocation {
  let tree: JsonNode | undefined;
  let built = false;
  return (pointer: string) => {
    if (!built) {
      tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
      built = true;
    }
    const path = parsePointer(pointer).map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
    let node: JsonNode | undefined;
    // Walk up until a node exists (an additional property's pointer names its key).
    for (let n = path.length; n >= 0 && tree; n--) {
      node = findNodeAtLocation(tree, path.slice(0, n));
      if (node) {
        if (n < path.length && node.type === 'object') {
          const key = path[n];
          const prop = node.children?.find((p) => p.children?.[0]?.value === key);
          if (prop) node = prop.children![0];
        } else if (n === path.length && node.parent?.type === 'property') {
          // Point at "key": value as a whole for properties.
          node = node.parent;
        }
        break;
      }
    }
    const offset = node?.offset ?? 0;
    const { line, character } = lineColumnOf(text, offset);
    return { pointer, offset, length: node?.length ?? 1, line, character };
  };
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

// ---------------------------------------------------------------------------------------------
// Writing

function orderSpan(s: Span): Span {
  const out: Span = { start: s.start, end: s.end, text: s.text };
  if (s.prefix !== undefined) out.prefix = s.prefix;
  if (s.suffix !== undefined) out.suffix = s.suffix;
  return out;
}

function orderActor(a: Actor): Actor {
  const out: Actor = { id: a.id, name: a.name, kind: a.kind };
  if (a.aliases && a.aliases.length) out.aliases = [...a.aliases];
  if (a.description !== undefined && a.description !== '') out.description = a.description;
  return out;
}

function orderAttribution(a: Attribution): Attribution {
  const out: Attribution = {
    id: a.id,
    type: a.type,
    status: a.status,
    content: [...a.content].sort((x, y) => x.start - y.start || x.end - y.end).map(orderSpan),
  };
  if (a.cue && a.cue.length) out.cue = [...a.cue].sort((x, y) => x.start - y.start).map(orderSpan);
  if (a.source && (a.source.actor !== undefined || a.source.mention?.length)) {
    out.source = {};
    if (a.source.actor !== undefined) out.source.actor = a.source.actor;
    if (a.source.mention && a.source.mention.length) out.source.mention = [...a.source.mention].sort((x, y) => x.start - y.start).map(orderSpan);
  }
  if (a.note !== undefined && a.note !== '') out.note = a.note;
  return out;
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Serializes a sidecar with 2-space indentation, a fixed key order, actors sorted by id and
 * attributions by their first content offset, so that the same annotations always give the same
 * bytes and diffs stay small.
 */
export function serializeSidecar(s: Sidecar): string {
  const out: Sidecar = {
    ...(s.$schema ? { $schema: s.$schema } : {}),
    version: SIDECAR_VERSION,
    document: { sha256: s.document.sha256, length: s.document.length },
    actors: [...s.actors].sort((a, b) => naturalCompare(a.id, b.id)).map(orderActor),
    attributions: s.attributions
      .map(orderAttribution)
      .sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0) || naturalCompare(a.id, b.id)),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** An empty sidecar for an article. */
export function emptySidecar(fingerprint: { sha256: string; length: number }): Sidecar {
  return { version: SIDECAR_VERSION, document: { ...fingerprint }, actors: [], attributions: [] };
}
