// commander's frame in the user's language: help titles, defaults and choices, and every usage error as one
// sentence naming the option or argument the way the user typed or sees it — never commander's English or the
// program's internal names.

import { Command, Help, type Argument, type Option } from 'commander';
import type { Lang, RunContext, Text } from './context.js';
import { EXIT, UserError } from './errors.js';
import { closest } from './validate/suggest.js';

const TITLES: Record<string, Text> = {
  'Usage:': { vi: 'Cách dùng:', en: 'Usage:' },
  'Options:': { vi: 'Tùy chọn:', en: 'Options:' },
  'Commands:': { vi: 'Lệnh:', en: 'Commands:' },
  'Arguments:': { vi: 'Tham số:', en: 'Arguments:' },
  'Global Options:': { vi: 'Tùy chọn chung:', en: 'Global options:' },
};

export interface Frame {
  program: Command;
  t: (text: Text) => string;
}

/** The root command, with help and errors in `lang`; every subcommand made by `.command()` inherits both. */
export function createFrame(lang: Lang, argv: readonly string[], ctx: RunContext): Frame {
  const t = (text: Text) => (lang === 'en' ? text.en : text.vi);
  const placeholders = (usage: string) =>
    usage.replace('[options]', t({ vi: '[tùy-chọn]', en: '[options]' })).replace('[command]', t({ vi: '[lệnh]', en: '[command]' }));

  class LocalHelp extends Help {
    override styleTitle(title: string): string {
      const known = TITLES[title];
      return known ? t(known) : title;
    }
    override commandUsage(cmd: Command): string {
      return placeholders(super.commandUsage(cmd));
    }
    override subcommandTerm(cmd: Command): string {
      return placeholders(super.subcommandTerm(cmd));
    }
    override optionDescription(option: Option): string {
      return withExtras(option.description, option.argChoices, option.isBoolean() ? undefined : option.defaultValue);
    }
    override argumentDescription(argument: Argument): string {
      return withExtras(argument.description, argument.argChoices, argument.defaultValue);
    }
  }

  const withExtras = (description: string, choices: readonly string[] | undefined, fallback: unknown): string => {
    const extras: string[] = [];
    if (choices) extras.push(`${t({ vi: 'một trong', en: 'one of' })}: ${choices.join(', ')}`);
    if (fallback !== undefined && fallback !== false && !(Array.isArray(fallback) && fallback.length === 0)) {
      extras.push(`${t({ vi: 'mặc định', en: 'default' })}: ${String(fallback)}`);
    }
    return extras.length > 0 ? `${description} (${extras.join('; ')})` : description;
  };

  class LocalCommand extends Command {
    override createCommand(name?: string): Command {
      return new LocalCommand(name);
    }
    override createHelp(): Help {
      return Object.assign(new LocalHelp(), this.configureHelp());
    }
    override error(message: string, options?: { code?: string; exitCode?: number }): never {
      throw new UserError(usageText(this, message, options?.code ?? '', argv), { exitCode: EXIT.usage });
    }
    // `help <name>` for a name that is no command: commander would print the whole help and leave the reader to
    // find out why; one sentence says so and names the closest command.
    _dispatchHelpCommand(name?: string): unknown {
      if (name && !this.commands.some((command) => command.name() === name || command.aliases().includes(name))) {
        throw new UserError(unknownHelpText(this, name), { exitCode: EXIT.usage });
      }
      const dispatch = (Command.prototype as unknown as { _dispatchHelpCommand: (name?: string) => unknown })._dispatchHelpCommand;
      return dispatch.call(this, name);
    }
  }

  const program = new LocalCommand('giaouoc')
    .helpOption('-h, --help', t({ vi: 'in hướng dẫn sử dụng', en: 'show help' }))
    .helpCommand('help [command]', t({ vi: 'in hướng dẫn của một lệnh', en: 'show help for a command' }))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      // Only help reaches writeErr (errors are thrown as UserError above): help asked for by mistake goes to stderr.
      writeErr: (text) => ctx.stderr.write(text),
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true);
  return { program, t };
}

/** commander's non-error exits: asked-for help and the version are fine; help shown because a call was incomplete is a usage error. */
export function frameExitCode(error: { code: string; exitCode: number }): number | undefined {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
  if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  return undefined;
}

/** How the user wrote an option on this call (`-y` or `--yes`), else its long form. */
export function typedFlag(option: Option | undefined, flags: string, argv: readonly string[]): string {
  const forms = option ? [option.long, option.short].filter((form): form is string => Boolean(form)) : [];
  const typed = forms.find((form) => argv.some((arg) => arg === form || arg.startsWith(`${form}=`)));
  return typed ?? option?.long ?? flags.split(/[ ,]/)[0];
}

function usageText(cmd: Command, message: string, code: string, argv: readonly string[]): Text {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const name = commandPath(cmd);
  const hint = { vi: `xem \`${name} --help\``, en: `see \`${name} --help\`` };
  const option = cmd.options.find((candidate) => candidate.flags === quoted);
  const flag = typedFlag(option, quoted, argv);
  switch (code) {
    case 'commander.unknownCommand': {
      const suggestion = /Did you mean (\S+)\?/.exec(message)?.[1];
      if (suggestion) return { vi: `không có lệnh “${quoted}”; có phải \`${name} ${suggestion}\`?`, en: `there is no command “${quoted}”; did you mean \`${name} ${suggestion}\`?` };
      return { vi: `không có lệnh “${quoted}”; ${hint.vi}`, en: `there is no command “${quoted}”; ${hint.en}` };
    }
    case 'commander.unknownOption': {
      const suggestion = /Did you mean (\S+)\?/.exec(message)?.[1];
      if (suggestion) return { vi: `\`${name}\` không có tùy chọn ${quoted}; có phải ${suggestion}?`, en: `\`${name}\` has no option ${quoted}; did you mean ${suggestion}?` };
      return { vi: `\`${name}\` không có tùy chọn ${quoted}; ${hint.vi}`, en: `\`${name}\` has no option ${quoted}; ${hint.en}` };
    }
    case 'commander.missingArgument': {
      const argument = cmd.registeredArguments.find((candidate) => candidate.name() === quoted);
      const what = argument?.description || quoted;
      return { vi: `\`${name}\` cần ${what}; ${hint.vi}`, en: `\`${name}\` needs ${what}; ${hint.en}` };
    }
    case 'commander.optionMissingArgument':
      return { vi: `tùy chọn ${flag} cần một giá trị; ${hint.vi}`, en: `the option ${flag} needs a value; ${hint.en}` };
    case 'commander.missingMandatoryOptionValue':
      return { vi: `\`${name}\` cần tùy chọn ${flag} (${option?.description ?? ''}); ${hint.vi}`, en: `\`${name}\` needs the option ${flag} (${option?.description ?? ''}); ${hint.en}` };
    case 'commander.invalidArgument': {
      const value = /argument '([^']*)' is invalid/.exec(message)?.[1] ?? '';
      const choices = /Allowed choices are (.+)\./.exec(message)?.[1] ?? '';
      const where = option ? flag : quoted;
      return {
        vi: `giá trị “${value}” của ${where} không hợp lệ${choices ? `; hãy dùng một trong: ${choices}` : ''}`,
        en: `“${value}” is not a valid value for ${where}${choices ? `; use one of: ${choices}` : ''}`,
      };
    }
    case 'commander.excessArguments': {
      const expected = cmd.registeredArguments.length;
      return {
        vi: `\`${name}\` nhận ${expected === 0 ? 'không tham số nào' : `tối đa ${expected} tham số`}; hãy đặt đường dẫn có dấu cách trong dấu nháy kép "…"`,
        en: `\`${name}\` takes ${expected === 0 ? 'no arguments' : `at most ${expected} argument${expected === 1 ? '' : 's'}`}; put a path with spaces in double quotes "…"`,
      };
    }
    default:
      return { vi: `${message.replace(/^error: /, '')}; ${hint.vi}`, en: `${message.replace(/^error: /, '')}; ${hint.en}` };
  }
}

function unknownHelpText(cmd: Command, name: string): Text {
  const path = commandPath(cmd);
  const names = cmd.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  const near = closest(name, names);
  if (near) return { vi: `không có lệnh “${name}”; có phải \`${path} help ${near}\`?`, en: `there is no command “${name}”; did you mean \`${path} help ${near}\`?` };
  return { vi: `không có lệnh “${name}”; \`${path} help\` liệt kê mọi lệnh`, en: `there is no command “${name}”; \`${path} help\` lists every command` };
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let at: Command | null = cmd; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}
