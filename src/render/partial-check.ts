// A template that names a partial nobody provides fails when the environment is created, with the line
// of the call; Handlebars itself would only say so at render time, without a position.
import Handlebars from 'handlebars';
import { TemplateError } from './template-error.js';

type Program = ReturnType<typeof Handlebars.parse>;
type PartialNode = { name: { type: string; original?: unknown }; loc?: { start: { line: number; column: number } } };

export function checkPartialsExist(ast: Program, file: string, known: ReadonlySet<string>): void {
  const visitor = new Handlebars.Visitor();
  const check = (node: PartialNode): void => {
    // Dynamic partials ({{> (lookup …)}}) can only be checked when they run.
    if (node.name.type !== 'PathExpression') return;
    const name = String(node.name.original);
    if (known.has(name) || name.startsWith('@')) return;
    const start = node.loc?.start;
    const position = start ? { line: start.line, column: start.column + 1 } : {};
    throw new TemplateError(file, position, `partial "${name}" not found`);
  };
  const base = visitor as unknown as Record<string, (node: unknown) => unknown>;
  const visitPartial = base.PartialStatement!.bind(visitor);
  const visitPartialBlock = base.PartialBlockStatement!.bind(visitor);
  base.PartialStatement = (node) => {
    check(node as PartialNode);
    return visitPartial(node);
  };
  base.PartialBlockStatement = (node) => {
    check(node as PartialNode);
    return visitPartialBlock(node);
  };
  visitor.accept(ast);
}
