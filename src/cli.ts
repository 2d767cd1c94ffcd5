// The command-line surface: registers each command with commander; every action imports its module lazily,
// so `giaouoc --help` and `giaouoc validate` never load the browser driver, git or the template engine.

import { Command, CommanderError, Option } from 'commander';
import type { Lang, RunContext, Text } from './context.js';
import { EXIT, UserError } from './errors.js';
import { VERSION } from './version.js';

export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index === -1 ? env.GIAOUOC_LANG : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'vi';
}

export async function runCli(argv: string[], ctx: RunContext): Promise<number> {
  const lang = detectLang(argv, ctx.env);
  const t = (text: Text) => (lang === 'en' ? text.en : text.vi);
  let exitCode: number = EXIT.ok;
  const program = new Command('giaouoc')
    .description(t({ vi: 'Giao ước thi đua, kế hoạch và báo cáo quý của công đoàn: kiểm tra, in văn bản, ký trong git', en: 'Trade-union emulation compacts, plans and quarterly reports: check, print, sign in git' }))
    .version(VERSION, '-V, --version', t({ vi: 'in số phiên bản', en: 'print the version' }))
    .helpOption('-h, --help', t({ vi: 'hướng dẫn sử dụng', en: 'show help' }))
    .addHelpCommand(false)
    .addOption(new Option('--lang <lang>', t({ vi: 'ngôn ngữ thông báo', en: 'language of messages' })).choices(['vi', 'en']).default(lang))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: () => undefined,
    })
    .showSuggestionAfterError(true);

  program
    .command('validate')
    .description(t({ vi: 'kiểm tra văn bản (mặc định: mọi văn bản của kho)', en: 'check documents (default: every document of the repository)' }))
    .argument('[paths...]', t({ vi: 'tệp hoặc thư mục', en: 'files or folders' }))
    .addOption(new Option('--format <format>', t({ vi: 'kiểu kết quả', en: 'output format' })).choices(['text', 'json', 'github']).default('text'))
    .option('--strict', t({ vi: 'coi cảnh báo là lỗi', en: 'warnings fail too' }), false)
    .option('--quiet', t({ vi: 'chỉ in lỗi', en: 'print errors only' }), false)
    .option('--fix', t({ vi: 'tự sửa chữ Unicode tổ hợp (NFD) sang dạng dựng sẵn (NFC)', en: 'rewrite decomposed (NFD) text as NFC' }), false)
    .option('--no-cache', t({ vi: 'không dùng bộ nhớ đệm kết quả kiểm tra', en: 'do not use the validation cache' }))
    .action(async (paths: string[], options) => {
      const { validateCommand } = await import('./commands/validate.js');
      exitCode = await validateCommand(paths, { ...options, lang }, ctx);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, lang);
    throw error;
  }
  return exitCode;
}

/** commander's own exits: help and version are fine; everything else is a usage error in the user's language. */
function commanderExit(error: CommanderError, lang: Lang): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
  throw new UserError(usageText(error), { exitCode: EXIT.usage });
}

function usageText(error: CommanderError): Text {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const hint = { vi: 'xem `giaouoc --help`', en: 'see `giaouoc --help`' };
  switch (error.code) {
    case 'commander.unknownCommand': {
      const suggestion = /Did you mean (\S+)\?/.exec(error.message)?.[1];
      if (suggestion) return { vi: `không có lệnh ${quoted}; có phải \`giaouoc ${suggestion}\`?`, en: `there is no command ${quoted}; did you mean \`giaouoc ${suggestion}\`?` };
      return { vi: `không có lệnh ${quoted}; ${hint.vi}`, en: `there is no command ${quoted}; ${hint.en}` };
    }
    case 'commander.unknownOption':
      return { vi: `không có tùy chọn ${quoted}; ${hint.vi}`, en: `there is no option ${quoted}; ${hint.en}` };
    case 'commander.missingArgument':
      return { vi: `thiếu tham số ${quoted}; ${hint.vi}`, en: `missing argument ${quoted}; ${hint.en}` };
    case 'commander.optionMissingArgument':
      return { vi: `tùy chọn ${quoted} cần một giá trị; ${hint.vi}`, en: `option ${quoted} needs a value; ${hint.en}` };
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\./.exec(error.message)?.[1] ?? '';
      return { vi: `giá trị không hợp lệ${choices ? `; hãy dùng một trong: ${choices}` : ''}`, en: `invalid value${choices ? `; use one of: ${choices}` : ''}` };
    }
    case 'commander.excessArguments':
      return { vi: `thừa tham số; ${hint.vi}`, en: `too many arguments; ${hint.en}` };
    default:
      return { vi: `${error.message.replace(/^error: /, '')}; ${hint.vi}`, en: `${error.message.replace(/^error: /, '')}; ${hint.en}` };
  }
}
