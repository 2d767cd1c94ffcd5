// Maintainer step (`npm run schemas:sync`): copies the shared definitions of schemas/parts/*.defs.json into
// every schema that uses them, so each schema file stands on its own in an editor. A test fails when a copy
// differs from its part, so the parts stay the one place these rules are written.
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/** The shared definitions, by name, from every part. */
export function sharedDefinitions(dir = schemasDir): Json {
  const parts = readdirSync(join(dir, 'parts')).filter((name) => name.endsWith('.defs.json')).sort();
  return Object.assign({}, ...parts.map((name) => (JSON.parse(readFileSync(join(dir, 'parts', name), 'utf8')) as { $defs: Json }).$defs));
}

/** The shared definitions a node refers to, and those they refer to in turn. */
function referenced(node: unknown, shared: Json, found = new Set<string>()): Set<string> {
  for (const match of JSON.stringify(node).matchAll(/"#\/\$defs\/([A-Za-z0-9]+)"/g)) {
    const name = match[1]!;
    if (!(name in shared) || found.has(name)) continue;
    found.add(name);
    referenced(shared[name], shared, found);
  }
  return found;
}

/** The schema's own part: everything but the shared definitions copied into it. */
function ownPart(schema: Json, shared: Json): Json {
  const own = Object.fromEntries(Object.entries((schema.$defs as Json | undefined) ?? {}).filter(([name]) => !(name in shared)));
  return { ...schema, $defs: own };
}

/** A schema uses the parts when its own part refers to a shared definition (`#/$defs/body`, `#/$defs/period`). */
export function usesParts(schema: Json, shared: Json = sharedDefinitions()): boolean {
  return referenced(ownPart(schema, shared), shared).size > 0;
}

/**
 * The schema with the shared definitions it uses written into its $defs (its own definitions first, in
 * their order, then the shared ones in the parts' order).
 */
export function withParts(schema: Json, shared: Json): Json {
  const own = ownPart(schema, shared);
  const used = referenced(own, shared);
  return { ...schema, $defs: { ...(own.$defs as Json), ...Object.fromEntries(Object.entries(shared).filter(([name]) => used.has(name))) } };
}

function main(): void {
  const shared = sharedDefinitions();
  for (const name of readdirSync(schemasDir).filter((file) => file.endsWith('.schema.json'))) {
    const file = join(schemasDir, name);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Json;
    if (!usesParts(schema, shared)) continue;
    writeFileSync(`${file}.tmp`, `${JSON.stringify(withParts(schema, shared), null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
