// Type of the module that `npm run build` generates beside this file in dist/ (see compile-schemas.ts).

/** Changes whenever any schema changes; part of the validation cache key. */
export declare const schemaVersion: string;
