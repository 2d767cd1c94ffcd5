// The template environment: built-in templates, a repository's overrides, a one-off --template file.
// Everything is read and parsed once here, so rendering a batch costs only the template calls.
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import type { KindName } from '../kinds/model.js';
import { KINDS } from '../kinds/registry.js';
import { registerHelpers } from './helpers.js';
import { defaultProfile, type LayoutProfile } from './profile.js';
import { checkPartialsExist } from './partial-check.js';
import { asTemplateError } from './template-error.js';
import { overrideFile, readTemplateText, templateFilesIn, templateFolder } from './template-files.js';
import type { DocumentView } from './view-model/types.js';

/** Each kind's main template name, from the registry of kinds. */
const KIND_TEMPLATES: ReadonlyMap<KindName, string> = new Map(KINDS.map((kind) => [kind.name, kind.template]));
export const STYLESHEET = 'print.css';

export interface TemplateEnvironmentOptions {
  /** A repository's `templates/` folder: files there replace built-ins of the same name. */
  overridesDir?: string;
  /** One template file that replaces the main template of every kind (`--template`). */
  templateFile?: string;
  profile?: LayoutProfile;
}

export interface TemplateEnvironment {
  readonly profile: LayoutProfile;
  /** The print stylesheet (built-in or overridden), without the profile variables. */
  readonly stylesheet: string;
  /** The file each kind's main template comes from. */
  templateFileOf(kind: KindName): string;
  /** The document markup (an <article>) for a view. */
  render(view: DocumentView): string;
}

/** templates/ of the package: two levels above this module, from src/render and from dist/render alike. */
export function builtinTemplatesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
}

type Program = ReturnType<typeof Handlebars.parse>;
type TemplateFn = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

export function createTemplateEnvironment(options: TemplateEnvironmentOptions = {}): TemplateEnvironment {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const builtin = builtinTemplatesDir();
  const sources = collectSources(builtin, options);

  const parsed = new Map<string, { file: string; ast: Program }>();
  for (const [name, file] of sources.entries()) parsed.set(name, { file, ast: parseFile(file) });
  const partialNames = new Set([...sources.keys()].filter((name) => name.startsWith('partials/')).map(partialName));
  for (const { file, ast } of parsed.values()) checkPartialsExist(ast, file, partialNames);

  for (const [name, { file, ast }] of parsed) {
    if (name.startsWith('partials/')) hb.registerPartial(partialName(name), guarded(hb.compile(ast), file));
  }
  const mains = new Map<KindName, { file: string; fn: TemplateFn }>();
  for (const [kind, template] of KIND_TEMPLATES) {
    const entry = parsed.get(template);
    if (entry) mains.set(kind, { file: entry.file, fn: guarded(hb.compile(entry.ast), entry.file) });
  }

  const stylesheetFile = overrideOrBuiltin(options.overridesDir, builtin, STYLESHEET);
  const stylesheet = readTemplateText(stylesheetFile);
  return {
    profile: options.profile ?? defaultProfile,
    stylesheet,
    templateFileOf: (kind) => mainOf(mains, kind, options.overridesDir).file,
    render: (view) => mainOf(mains, view.kind, options.overridesDir).fn(view),
  };
}

/** A kind whose main template is nowhere (a kind added without one, or a stray document kind) is a user's problem to fix. */
function mainOf<T>(mains: Map<KindName, T>, kind: KindName, overridesDir: string | undefined): T {
  const main = mains.get(kind);
  if (main) return main;
  const template = `${KIND_TEMPLATES.get(kind) ?? kind}.hbs`;
  const where = overridesDir ? `${join(overridesDir, template)}` : `templates/${template}`;
  throw new UserError({
    vi: `không có mẫu in cho loại văn bản “${kind}”; hãy thêm mẫu ${where}`,
    en: `there is no template for the document kind “${kind}”; add ${where}`,
  });
}

/** name ("compact", "partials/header") → file, later sources replacing earlier ones. */
function collectSources(builtin: string, options: TemplateEnvironmentOptions): Map<string, string> {
  const sources = new Map<string, string>();
  addTemplates(sources, builtin, false);
  const overrides = templateFolder(options.overridesDir);
  if (overrides) addTemplates(sources, resolve(overrides), true);
  if (options.templateFile) {
    const file = resolve(options.templateFile);
    for (const template of KIND_TEMPLATES.values()) sources.set(template, file);
  }
  return sources;
}

/** `repository`: the files are a repository's, read only as regular files (see template-files.ts). */
function addTemplates(sources: Map<string, string>, dir: string, repository: boolean): void {
  for (const file of templateFilesIn(dir, repository)) sources.set(basename(file, '.hbs'), file);
  for (const file of templateFilesIn(join(dir, 'partials'), repository)) sources.set(`partials/${basename(file, '.hbs')}`, file);
}

function overrideOrBuiltin(overridesDir: string | undefined, builtin: string, name: string): string {
  return overrideFile(overridesDir, name) ?? join(builtin, name);
}

function partialName(name: string): string {
  return name.slice('partials/'.length);
}

function parseFile(file: string): Program {
  let source: string;
  try {
    source = readTemplateText(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw asTemplateError(error, file);
  }
  try {
    return Handlebars.parse(source);
  } catch (error) {
    throw asTemplateError(error, file);
  }
}

/** Any error while this template runs is reported against its file (an inner partial's error keeps its own). */
function guarded(fn: TemplateFn, file: string): TemplateFn {
  return (context, runtimeOptions) => {
    try {
      return fn(context, runtimeOptions);
    } catch (error) {
      throw asTemplateError(error, file);
    }
  };
}
