// Registrars: keys whose fingerprints the user pinned outside the repository (GIAOUOC_REGISTRARS, `--registrar`).
// Kept apart from the key history so that a run answered by remembered verdicts loads none of it.

/** Fingerprints ("SHA256:…") pinned as registrars, from a comma- or space-separated list. */
export function pinnedRegistrars(env: NodeJS.ProcessEnv, given: readonly string[] = []): Set<string> {
  return new Set([...(env.GIAOUOC_REGISTRARS ?? '').split(/[\s,]+/), ...given].map((item) => item.trim()).filter(Boolean));
}
