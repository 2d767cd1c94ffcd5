// The editor as the user has it: yaml-language-server (the engine of VS Code's YAML extension), driven for real over
// its stdio protocol with the settings `giaouoc init` writes. Every kind's files get their schema from those
// settings alone (no `$schema` comment), so a mistake is underlined while typing.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import { validateCommand } from '../../src/commands/validate.js';
import { KINDS } from '../../src/kinds/registry.js';
import { PROJECT } from '../helpers/run-cli.js';
import { quietContext, tempDir, TODAY } from '../scaffold/helpers.js';

interface Diagnostic {
  message: string;
  source?: string;
  range: { start: { line: number; character: number } };
}

/** A minimal LSP client: Content-Length framed JSON-RPC over the server's stdio. */
class LanguageClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly diagnostics = new Map<string, (items: Diagnostic[]) => void>();

  constructor(
    private readonly server: ChildProcessWithoutNullStreams,
    private readonly settings: unknown,
  ) {
    server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first non-empty diagnostics published for `uri`. */
  diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.diagnostics.set(uri, resolve));
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: { id?: number; method?: string; params?: { uri: string; diagnostics: Diagnostic[]; items?: unknown[] }; result?: unknown }): void {
    if (message.method === 'workspace/configuration' && message.id !== undefined) {
      // The server asks for sections (`yaml`, `http`, `[yaml]`, `editor`): answer each from the settings.
      const items = (message.params?.items ?? []) as { section?: string }[];
      const settings = this.settings as Record<string, unknown>;
      this.send({ jsonrpc: '2.0', id: message.id, result: items.map((item) => (item.section ? settings[item.section] ?? null : settings)) });
    } else if (message.method === 'textDocument/publishDiagnostics' && message.params) {
      if (message.params.diagnostics.length > 0) this.diagnostics.get(message.params.uri)?.(message.params.diagnostics);
    } else if (message.method && message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: null });
    } else if (message.id !== undefined) {
      this.pending.get(message.id)?.(message.result);
    }
  }
}

let root: string;
let server: ChildProcessWithoutNullStreams;
let client: LanguageClient;

beforeAll(async () => {
  const parent = await tempDir();
  await initCommand('kho', { force: false, lang: 'vi', today: TODAY }, quietContext(parent).ctx);
  root = join(parent, 'kho');
  // The examples' registry, written into the repository's schemas by `validate --fix` for completion.
  await copyFile(join(PROJECT, 'examples', 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
  await validateCommand([], { format: 'json', lang: 'vi', strict: false, quiet: true, cache: false, fix: true }, quietContext(root).ctx);
  // VS Code hands the server the workspace's `yaml.*` settings as one `yaml` object.
  const vscode = JSON.parse(await readFile(join(root, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
  const yaml = { schemas: vscode['yaml.schemas'], validate: true, completion: true, hover: true, schemaStore: { enable: false } };
  const bin = join(createRequire(join(PROJECT, 'package.json')).resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
  server = spawn(process.execPath, [bin, '--stdio'], { cwd: root });
  client = new LanguageClient(server, { yaml });
  const rootUri = pathToFileURL(root).href;
  await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'kho' }],
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } } } },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml } });
}, 60_000);

afterAll(() => server?.kill());

describe('yaml-language-server with the settings init writes', () => {
  // One real document of each kind, from the example repositories.
  const examples: Record<string, string> = {};
  for (const folder of readdirSync(PROJECT).filter((name) => name.startsWith('examples'))) {
    for (const file of readdirSync(join(PROJECT, folder), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).sort()) {
      const kind = /^kind: (\S+)$/m.exec(readFileSync(join(PROJECT, folder, file), 'utf8'))?.[1];
      if (kind && !examples[kind]) examples[kind] = join(folder, file);
    }
  }

  it.each(KINDS.map((kind) => [kind.name, kind] as const))('underlines a mistake in a %s file from its schema', async (name, kind) => {
    const example = examples[name];
    expect(example, `an example file for the kind ${name}`).toBeDefined();
    // No `$schema` comment: the mapping in .vscode/settings.json alone must find the schema.
    const text = (await readFile(join(PROJECT, example!), 'utf8')).replace(/^# yaml-language-server:.*\n/, '');
    const broken = `${text.trimEnd()}\ntruong-khong-co: 1\n`;
    const file = join(root, '2027', `${kind.slug}-thu.yaml`);
    await mkdir(join(root, '2027'), { recursive: true });
    await writeFile(file, broken);
    const uri = pathToFileURL(file).href;
    const published = client.diagnosticsFor(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: broken } });
    const diagnostics = await published;
    const unknown = diagnostics.find((item) => item.message.includes('truong-khong-co'));
    expect(unknown, JSON.stringify(diagnostics)).toBeDefined();
    expect(unknown!.range.start.line).toBe(broken.split('\n').length - 2);
    const schema = JSON.parse(await readFile(join(root, '.giaouoc', 'schemas', `${kind.schema}.schema.json`), 'utf8')) as { title: string };
    expect(unknown!.source).toBe(`yaml-schema: ${schema.title}`);
  }, 30_000);
});

describe('yaml-language-server completes the repository’s own ids', () => {
  /** Labels offered at the end of the given line of a new file of the kind. */
  async function offeredAt(slug: string, name: string, text: string, line: number): Promise<string[]> {
    const file = join(root, '2027', `${slug}-${name}.yaml`);
    await mkdir(join(root, '2027'), { recursive: true });
    await writeFile(file, text);
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const character = text.split('\n')[line]!.length;
    const result = (await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as { items?: { label: string }[] } | { label: string }[] | null;
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    return items.map((item) => item.label.replace(/^"|"$/g, ''));
  }

  it('offers the units and blocs of giaouoc.yaml for a plan’s issuer, and only units for a report’s', async () => {
    const plan = await offeredAt('ke-hoach', 'goi-y', 'kind: plan\nyear: 2024\nissuer: ', 2);
    expect(plan).toEqual(expect.arrayContaining(['cd-bo-khdt', 'cd-bo-khcn', 'khoi-thi-dua-1']));
    const report = await offeredAt('bao-cao', 'goi-y', 'kind: report\nyear: 2024\nissuer: ', 2);
    expect(report).toContain('cd-bo-khdt');
    expect(report).not.toContain('khoi-thi-dua-1');
  }, 30_000);

  it('offers the units for each party of a compact and the signatories’ names for signer', async () => {
    const parties = await offeredAt('giao-uoc', 'goi-y', 'kind: compact\nyear: 2024\nissuer: khoi-thi-dua-1\nparties:\n  - ', 4);
    expect(parties).toEqual(expect.arrayContaining(['cd-bo-khdt', 'cd-bo-noi-vu']));
    const signer = await offeredAt('bao-cao', 'ky', 'kind: report\nyear: 2024\nissuer: cd-bo-khdt\nsigner: ', 3);
    expect(signer.length).toBeGreaterThan(0);
  }, 30_000);

  it('keeps the package schema’s rules: the repository’s copy differs from it by examples only', async () => {
    const strip = (node: unknown): unknown =>
      Array.isArray(node) ? node.map(strip) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'examples').map(([key, value]) => [key, strip(value)])) : node;
    for (const kind of KINDS) {
      const copy = JSON.parse(await readFile(join(root, '.giaouoc', 'schemas', `${kind.schema}.schema.json`), 'utf8'));
      const original = JSON.parse(await readFile(join(PROJECT, 'schemas', `${kind.schema}.schema.json`), 'utf8'));
      expect(strip(copy), kind.name).toEqual(strip(original));
      expect(copy.properties.issuer.examples, kind.name).toContain('cd-bo-khdt');
    }
  });
});
