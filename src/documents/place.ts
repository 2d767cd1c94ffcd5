// "file:line:column" of a path of a parsed document, for refusals that name the place to edit.
import { locate, type ParsedSource, type PathSegment } from './parse.js';

export function placeIn(relative: string, parsed: ParsedSource, path: readonly PathSegment[]): string {
  const { line, column } = locate(parsed, path);
  return `${relative}:${line}:${column}`;
}
