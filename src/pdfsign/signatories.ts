// Who may sign for a party, as the registry (giaouoc.yaml) says: the one question a CA certificate is matched
// against. Kept to this one function so that it can follow the registry of signatories when that grows dates
// and identifiers of its own.

import { registryOf } from '../domain/registry.js';
import type { RepositoryConfig } from '../kinds/model.js';

export interface RegisteredSignatory {
  name: string;
  /** Identifiers the registry records for the person (CCCD, MST…), when it records any. */
  identifiers: string[];
}

export function signatoriesOf(config: RepositoryConfig | undefined, unit: string, date?: string): RegisteredSignatory[] {
  // Through src/domain: a former id finds its unit, and with a date only those in office that day count.
  const registry = config ? registryOf(config) : undefined;
  const found = (date === undefined ? registry?.unit(unit)?.signatories : registry?.signatoriesAt(unit, date)) ?? [];
  return found.map((signatory) => {
    const extra = (signatory as { identifiers?: unknown }).identifiers;
    return { name: signatory.name, identifiers: Array.isArray(extra) ? extra.filter((item): item is string => typeof item === 'string') : [] };
  });
}

/** Names compared as people write them: NFC, case and spacing ignored. */
export function sameName(a: string, b: string): boolean {
  const norm = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Does the certificate (its CN and the identifiers it carries) name this registered signatory? */
export function certificateMatches(signatory: RegisteredSignatory, name: string | undefined, identifiers: readonly string[]): boolean {
  if (!name || !sameName(signatory.name, name)) return false;
  if (signatory.identifiers.length === 0) return true;
  const carried = identifiers.map((item) => item.replace(/\s+/g, '').toUpperCase());
  return signatory.identifiers.some((item) => carried.some((value) => value.endsWith(item.replace(/\s+/g, '').toUpperCase())));
}
