// Output files are named after their source: giao-uoc-2024.yaml → giao-uoc-2024.pdf.
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';

export type OutputFormat = 'html' | 'pdf' | 'docx';

export function outputName(sourceFile: string, format: OutputFormat): string {
  const name = basename(sourceFile);
  const extension = extname(name);
  const stem = extension === '.yaml' || extension === '.yml' ? name.slice(0, -extension.length) : name;
  return `${stem}.${format}`;
}

/**
 * Where a rendered file goes: beside its source, or into `outDir`. With `sourceRoot` the folders below the
 * root are kept inside `outDir` (2021/giao-uoc.yaml and 2024/giao-uoc.yaml must not overwrite each other).
 */
export function outputPath(sourceFile: string, format: OutputFormat, outDir?: string, sourceRoot?: string): string {
  const name = outputName(sourceFile, format);
  if (outDir === undefined) return join(dirname(sourceFile), name);
  if (sourceRoot === undefined) return join(outDir, name);
  const relativeDir = dirname(relative(sourceRoot, sourceFile));
  const inside = relativeDir === '.' || (!relativeDir.startsWith('..') && !isAbsolute(relativeDir));
  return inside ? join(outDir, relativeDir, name) : join(outDir, name);
}
