import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { repositoryName } from '../../src/scaffold/init-files.js';
import { documentPath, expandPathPattern, schemaModeline } from '../../src/scaffold/target-path.js';
import type { RepositoryConfig } from '../../src/kinds/model.js';

const report = findKind('bao-cao')!;
const compact = findKind('giao-uoc')!;
const config: RepositoryConfig = { place: 'Hà Nội', units: [{ id: 'a', name: 'A' }] };

describe('where new documents go', () => {
  it('expands the placeholders of a path pattern', () => {
    expect(expandPathPattern(report.defaultPath, report, { year: 2025, issuer: 'cd-bo-noi-vu', quarter: 2 })).toBe('2025/bao-cao-quy-2-cd-bo-noi-vu.yaml');
    expect(expandPathPattern('{kind}/{year}-{issuer}-{other}.yaml', compact, { year: 2025, issuer: 'k' })).toBe('giao-uoc/2025-k-{other}.yaml');
  });

  it('follows the repository’s paths, else the kind’s default', () => {
    expect(documentPath('/r', config, compact, { year: 2025, issuer: 'k' })).toBe('/r/2025/giao-uoc-k.yaml');
    const custom = { ...config, paths: { compact: 'giao-uoc/{year}/{issuer}.yaml' } };
    expect(documentPath('/r', custom, compact, { year: 2025, issuer: 'k' })).toBe('/r/giao-uoc/2025/k.yaml');
  });

  it('points the modeline at the repository’s copy of the schema, relative to the new file', () => {
    expect(schemaModeline('/r', '/r/2025/g.yaml', 'compact')).toBe('yaml-language-server: $schema=../.giaouoc/schemas/compact.schema.json');
    expect(schemaModeline('/r', '/r/a/b/g.yaml', 'plan')).toBe('yaml-language-server: $schema=../../.giaouoc/schemas/plan.schema.json');
    expect(schemaModeline('/r', '/r/g.yaml', 'report')).toBe('yaml-language-server: $schema=.giaouoc/schemas/report.schema.json');
  });

  it('names init templates without their leading underscore as dot files', () => {
    expect(repositoryName('_github/workflows/giaouoc.yml')).toBe('.github/workflows/giaouoc.yml');
    expect(repositoryName('_gitignore')).toBe('.gitignore');
    expect(repositoryName('README.md')).toBe('README.md');
  });
});
