// Types of the module that `npm run build` generates beside this file in dist/ (see compile-schemas.ts).

export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface Validator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** One validator per schema file, keyed by its name without `.schema.json` (config, compact, plan, report). */
export declare const validators: Record<string, Validator>;
