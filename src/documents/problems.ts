// A problem found while reading a source file, before any rule of giaouoc's own applies.
// The validate stage turns these into Issues; keeping them as codes keeps this layer free of wording.

export interface SourceProblem {
  code: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  args: Record<string, string | number>;
}
