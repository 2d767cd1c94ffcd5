// The command-line surface: registers each command with commander; every action imports its module lazily,
// so `giaouoc --help` and `giaouoc validate` never load the browser driver, git or the template engine.

import { Command, CommanderError, Option } from 'commander';
import { createFrame, frameExitCode } from './cli-frame.js';
import type { Lang, RunContext } from './context.js';
import { EXIT } from './errors.js';
import { KINDS } from './kinds/registry.js';
import { VERSION } from './version.js';

export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index === -1 ? env.GIAOUOC_LANG : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'vi';
}

export async function runCli(argv: string[], ctx: RunContext): Promise<number> {
  const lang = detectLang(argv, ctx.env);
  const { program, t } = createFrame(lang, argv, ctx);
  const n = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const kinds = KINDS.map((kind) => `${kind.aliases[0]} (${kind.name})`).join(', ');
  let exitCode: number = EXIT.ok;
  program
    .description(t({ vi: 'Giao ước thi đua, kế hoạch và báo cáo quý của công đoàn: kiểm tra, in văn bản, ký trong git', en: 'Trade-union emulation compacts, plans and quarterly reports: check, print, sign in git' }))
    .version(VERSION, '-V, --version', t({ vi: 'in số phiên bản', en: 'print the version' }))
    .addOption(new Option(`--lang <${n('ngôn-ngữ', 'lang')}>`, t({ vi: 'ngôn ngữ thông báo', en: 'language of messages' })).choices(['vi', 'en']).default(lang));

  program
    .command('validate')
    .description(t({ vi: 'kiểm tra văn bản (mặc định: mọi văn bản của kho)', en: 'check documents (default: every document of the repository)' }))
    .argument(`[${n('tệp', 'paths')}...]`, t({ vi: 'tệp hoặc thư mục', en: 'files or folders' }))
    .addOption(new Option(`--format <${n('dạng', 'format')}>`, t({ vi: 'kiểu kết quả', en: 'output format' })).choices(['text', 'json', 'github', 'sarif']).default('text'))
    .option('--strict', t({ vi: 'coi cảnh báo là lỗi', en: 'warnings fail too' }), false)
    .option('--quiet', t({ vi: 'chỉ in lỗi', en: 'print errors only' }), false)
    .option('--fix', t({ vi: 'tự sửa chữ Unicode tổ hợp (NFD) sang dạng dựng sẵn (NFC), và ghi mã đơn vị, khối vào .giaouoc/schemas để trình soạn thảo gợi ý', en: 'rewrite decomposed (NFD) text as NFC, and write the unit and bloc ids into .giaouoc/schemas for editor completion' }), false)
    .option('--no-cache', t({ vi: 'không dùng bộ nhớ đệm kết quả kiểm tra', en: 'do not use the validation cache' }))
    .option(`--against <${n('nhánh', 'ref')}>`, t({ vi: 'báo số văn bản mà nhánh đích (ví dụ origin/main) đã dùng cho văn bản khác', en: 'report numbers the target branch (e.g. origin/main) already uses for another document' }))
    .action(async (paths: string[], options) => {
      const { validateCommand } = await import('./commands/validate.js');
      exitCode = await validateCommand(paths, { ...options, lang }, ctx);
    });

  program
    .command('render')
    .description(t({ vi: 'in văn bản theo đúng thể thức: HTML, PDF hoặc DOCX', en: 'print documents in the official layout: HTML, PDF or DOCX' }))
    .argument(`<${n('tệp', 'paths')}...>`, t({ vi: 'tệp hoặc thư mục', en: 'files or folders' }))
    .addOption(new Option(`--format <${n('dạng', 'format')}>`, t({ vi: 'định dạng đầu ra', en: 'output format' })).choices(['html', 'pdf', 'docx']).default('html'))
    .option(`-o, --out <${n('thư-mục|tệp', 'dir|file')}>`, t({ vi: 'thư mục ghi kết quả (mặc định: cạnh tệp nguồn); in một văn bản thì có thể là tên tệp .pdf, .docx, .html, đuôi tệp chọn định dạng', en: 'output folder (default: beside each source file); for one document, a .pdf, .docx or .html file, whose extension picks the format' }))
    .option(`--template <${n('tệp', 'file')}>`, t({ vi: 'dùng mẫu Handlebars này thay mẫu chính của loại văn bản', en: "use this Handlebars template instead of the kind's main template" }))
    .option('--check', t({ vi: 'đọc lại bản PDF (hoặc DOCX qua LibreOffice) đã in và báo mọi chỗ sai thể thức theo từng trang', en: 'read the printed PDF (or the DOCX through LibreOffice) back and report every layout rule it breaks, per page' }), false)
    .option('--ban-ky, --for-signing', t({ vi: 'in bản PDF sẵn sàng ký số (chứng thư CA): có ô chữ ký cho từng bên, ghi mã băm vào kho', en: 'print a PDF ready for CA digital signatures: a signature field per party, its hash recorded in the repository' }), false)
    .action(async (paths: string[], options, command: Command) => {
      const { renderCommand } = await import('./commands/render.js');
      exitCode = await renderCommand(paths, { ...options, formatGiven: command.getOptionValueSource('format') !== 'default', banKy: options.forSigning, lang }, ctx);
    });

  program
    .command('init')
    .description(t({ vi: 'tạo kho văn bản mới: git, giaouoc.yaml, cài đặt trình soạn thảo và CI', en: 'create a document repository: git, giaouoc.yaml, editor and CI settings' }))
    .argument(`[${n('thư-mục', 'dir')}]`, t({ vi: 'thư mục của kho (mặc định: thư mục hiện tại)', en: 'repository folder (default: the current one)' }))
    .option('--force', t({ vi: 'chỉ thêm các tệp còn thiếu, cập nhật schema và gói giaouoc của kho lên phiên bản đang chạy; không ghi đè tệp nào khác', en: "add only missing files, refresh the schemas and the repository's giaouoc package to the running version; overwrite nothing else" }), false)
    .option('--offline', t({ vi: 'không dùng mạng: chưa tạo package-lock.json (chạy `npm install` sau)', en: 'no network: write no package-lock.json yet (run `npm install` later)' }), false)
    .action(async (dir: string | undefined, options) => {
      const { initCommand } = await import('./commands/init.js');
      exitCode = await initCommand(dir, { force: options.force, lang, npm: { lock: !options.offline } }, ctx);
    });

  program
    .command('new')
    .description(t({ vi: 'tạo văn bản mới từ danh mục của kho', en: 'make a new document from the repository registry' }))
    .argument(`<${n('loại', 'kind')}>`, t({ vi: `loại văn bản: ${kinds}`, en: `document kind: ${kinds}` }))
    .option(`--year <${n('năm', 'year')}>`, t({ vi: 'năm của văn bản', en: 'year of the document' }))
    .option(`--quarter <${n('quý', 'quarter')}>`, t({ vi: 'quý báo cáo (1–4)', en: 'quarter reported on (1–4)' }))
    .option(`--bloc <${n('mã', 'id')}>`, t({ vi: 'mã khối thi đua ban hành', en: 'id of the issuing bloc' }))
    .option(`--issuer <${n('mã', 'id')}>`, t({ vi: 'mã đơn vị ban hành', en: 'id of the issuing unit' }))
    .option(`--from <${n('tệp', 'file')}>`, t({ vi: 'chép từ văn bản năm trước (báo cáo: từ kế hoạch)', en: "start from last year's document (a report: from the plan)" }))
    .option(`--type <${n('tên-loại', 'type')}>`, t({ vi: 'tên loại của văn bản (van-ban): quy-che, huong-dan, to-trinh, bien-ban, quyet-dinh, thong-bao, cong-van…', en: 'type of a general document (van-ban): quy-che, huong-dan, to-trinh, bien-ban, quyet-dinh, thong-bao, cong-van…' }))
    .option(`-o, --out <${n('tệp', 'file')}>`, t({ vi: 'ghi vào tệp này thay cho nơi mặc định', en: 'write to this file instead of the default place' }))
    .option('-y, --yes', t({ vi: 'không hỏi gì, dùng giá trị mặc định', en: 'ask nothing, take the defaults' }), false)
    .action(async (kind: string, options) => {
      const { newCommand } = await import('./commands/new.js');
      exitCode = await newCommand(kind, { ...options, lang }, ctx);
    });

  const key = program.command('key').description(t({ vi: 'quản lý khóa ký của các đơn vị', en: "manage the units' signing keys" }));
  key
    .command('add')
    .description(t({ vi: 'đăng ký khóa công khai của đơn vị (commit vào kho)', en: "register a unit's public key (committed)" }))
    .argument(`<${n('đơn-vị', 'unit')}>`, t({ vi: 'mã đơn vị', en: 'unit id' }))
    .argument(`<${n('tệp-khóa-công-khai', 'public-key-file')}>`, t({ vi: 'tệp khóa công khai .pub', en: 'public key file (.pub)' }))
    .option(`--sign-with <${n('tệp-khóa-bí-mật', 'private-key')}>`, t({ vi: 'ký lần đăng ký bằng khóa hiện tại của đơn vị hoặc khóa của cơ quan đăng ký', en: "sign the registration with the unit's current key or a registrar's key" }))
    .action(async (unit: string, file: string, options) => {
      const { keyAddCommand } = await import('./commands/key.js');
      exitCode = await keyAddCommand(unit, file, { ...options, lang }, ctx);
    });
  key
    .command('new')
    .description(t({ vi: 'tạo cặp khóa ed25519 và đăng ký khóa công khai', en: 'make an ed25519 key pair and register its public half' }))
    .argument(`<${n('đơn-vị', 'unit')}>`, t({ vi: 'mã đơn vị', en: 'unit id' }))
    .option(`-o, --out <${n('thư-mục', 'dir')}>`, t({ vi: 'thư mục chứa khóa, ngoài kho (mặc định ~/.ssh/giaouoc/‹đơn vị›)', en: 'key folder outside the repository (default ~/.ssh/giaouoc/<unit>)' }))
    .option(`--sign-with <${n('tệp-khóa-bí-mật', 'private-key')}>`, t({ vi: 'ký lần đăng ký bằng khóa hiện tại của đơn vị hoặc khóa của cơ quan đăng ký', en: "sign the registration with the unit's current key or a registrar's key" }))
    .action(async (unit: string, options) => {
      const { keyNewCommand } = await import('./commands/key.js');
      exitCode = await keyNewCommand(unit, { ...options, lang }, ctx);
    });
  key
    .command('revoke')
    .description(t({ vi: 'thu hồi khóa của đơn vị (khóa bị lộ hay mất): từ đó khóa không ký được gì', en: "revoke a unit's key (leaked or lost): it signs nothing from then on" }))
    .argument(`<${n('đơn-vị', 'unit')}>`, t({ vi: 'mã đơn vị', en: 'unit id' }))
    .option(`--sign-with <${n('tệp-khóa-bí-mật', 'private-key')}>`, t({ vi: 'ký lần thu hồi bằng chính khóa đó hoặc khóa của cơ quan đăng ký', en: "sign the revocation with that key itself or a registrar's key" }))
    .action(async (unit: string, options) => {
      const { keyRevokeCommand } = await import('./commands/key.js');
      exitCode = await keyRevokeCommand(unit, { ...options, lang }, ctx);
    });
  key
    .command('list')
    .description(t({ vi: 'liệt kê khóa đã đăng ký', en: 'list registered keys' }))
    .action(async () => {
      const { keyListCommand } = await import('./commands/key.js');
      exitCode = await keyListCommand({ lang }, ctx);
    });

  program
    .command('sign')
    .description(t({ vi: 'ký văn bản bằng commit git có chữ ký SSH', en: 'sign a document with an SSH-signed git commit' }))
    .argument(`<${n('tệp', 'file')}>`, t({ vi: 'tệp văn bản', en: 'document file' }))
    .requiredOption(`--as <${n('đơn-vị', 'unit')}>`, t({ vi: 'đơn vị ký', en: 'signing unit' }))
    .option(`--key <${n('tệp-khóa-bí-mật', 'private-key-file')}>`, t({ vi: 'tệp khóa bí mật (mặc định: user.signingkey của git)', en: "private key file (default: git's user.signingkey)" }))
    .action(async (file: string, options) => {
      const { signCommand } = await import('./commands/sign.js');
      exitCode = await signCommand(file, { ...options, lang }, ctx);
    });

  program
    .command('verify')
    .description(t({ vi: 'kiểm tra chữ ký của các bên', en: "verify the parties' signatures" }))
    .argument(`[${n('tệp', 'paths')}...]`, t({ vi: 'tệp hoặc thư mục', en: 'files or folders' }))
    .option('--require-complete', t({ vi: 'báo lỗi cả khi còn bên chưa ký hoặc cần ký lại', en: 'also fail on missing or stale signatures' }), false)
    .addOption(new Option(`--format <${n('dạng', 'format')}>`, t({ vi: 'kiểu kết quả', en: 'output format' })).choices(['text', 'json']).default('text'))
    .option('--no-cache', t({ vi: 'kiểm tra lại mọi chữ ký, không dùng kết quả đã nhớ', en: 're-verify every signature' }))
    .option(`--registrar <${n('dấu-vân-tay', 'fingerprint')}...>`, t({ vi: 'ghim khóa cơ quan đăng ký (SHA256:…), ngoài GIAOUOC_REGISTRARS', en: 'pin a registrar key (SHA256:…), besides GIAOUOC_REGISTRARS' }))
    .action(async (paths: string[], options) => {
      const { verifyCommand } = await import('./commands/verify.js');
      exitCode = await verifyCommand(paths, { ...options, lang }, ctx);
    });

  program
    .command('status')
    .description(t({ vi: 'tình trạng ký của mọi văn bản', en: 'signing state of every document' }))
    .action(async () => {
      const { statusCommand } = await import('./commands/status.js');
      exitCode = await statusCommand({ lang }, ctx);
    });

  program
    .command('log')
    .description(t({ vi: 'các phiên bản của văn bản và chữ ký trên từng phiên bản', en: "a document's revisions with their signatures" }))
    .argument(`<${n('tệp', 'file')}>`, t({ vi: 'tệp văn bản', en: 'document file' }))
    .action(async (file: string) => {
      const { logCommand } = await import('./commands/log.js');
      exitCode = await logCommand(file, { lang }, ctx);
    });

  program
    .command('diff')
    .description(t({ vi: 'so sánh nội dung theo trường (mặc định: bản ký gần nhất với tệp đang sửa)', en: 'field-by-field diff (default: last signed revision vs working file)' }))
    .argument(`<${n('tệp', 'file')}>`, t({ vi: 'tệp văn bản', en: 'document file' }))
    .argument(`[${n('phiên-bản', 'revs')}...]`, t({ vi: 'một hoặc hai phiên bản (commit, nhánh, thẻ)', en: 'one or two revisions (commit, branch, tag)' }))
    .action(async (file: string, revs: string[]) => {
      const { diffCommand } = await import('./commands/diff.js');
      exitCode = await diffCommand(file, revs, { lang }, ctx);
    });

  program
    .command('don-vi')
    .alias('units')
    .description(t({ vi: 'lịch sử một đơn vị, hoặc danh mục đơn vị vào một ngày', en: "a unit's history, or the registry on a date" }))
    .argument('[id]', t({ vi: 'mã đơn vị', en: 'unit id' }))
    .option('--at <date>', t({ vi: 'ngày xem (NĂM-THÁNG-NGÀY; mặc định hôm nay)', en: 'date (YEAR-MONTH-DAY; default today)' }))
    .addOption(new Option('--format <format>', t({ vi: 'dạng kết quả', en: 'output format' })).choices(['text', 'json']).default('text'))
    .action(async (id: string | undefined, options) => {
      const { unitsCommand } = await import('./commands/units.js');
      exitCode = await unitsCommand(id, { ...options, lang }, ctx);
    });

  // CA-signed PDFs: the sign-ready print is `render --ban-ky`; these bring the signed PDF back and check it.
  program
    .command('nhan-ban-ky')
    .alias('attach-signed')
    .description(t({ vi: 'kiểm tra bản PDF đã ký số (CA) và lưu vào kho cạnh văn bản nguồn', en: 'verify a CA-signed PDF and store it beside its source' }))
    .argument(`<${n('tệp-pdf-đã-ký', 'signed-pdf')}>`, t({ vi: 'tệp PDF đã ký', en: 'signed PDF file' }))
    .action(async (file: string) => {
      const { attachSignedCommand } = await import('./commands/attach-signed.js');
      exitCode = await attachSignedCommand(file, { lang }, ctx);
    });
  program
    .command('verify-pdf')
    .description(t({ vi: 'kiểm tra chữ ký số (CA) trong tệp PDF, không cần mạng', en: 'verify the CA digital signatures of PDF files, offline' }))
    .argument(`<${n('tệp-pdf', 'pdfs')}...>`, t({ vi: 'tệp PDF', en: 'PDF files' }))
    .addOption(new Option(`--format <${n('dạng', 'format')}>`, t({ vi: 'kiểu kết quả', en: 'output format' })).choices(['text', 'json']).default('text'))
    .action(async (files: string[], options) => {
      const { verifyPdfCommand } = await import('./commands/verify-pdf.js');
      exitCode = await verifyPdfCommand(files, { ...options, lang }, ctx);
    });
  const trust = program.command('trust').description(t({ vi: 'chứng thư gốc tin cậy cho chữ ký số (NEAC, gốc chuyên dùng)', en: 'trusted root certificates for CA signatures (NEAC, special-purpose root)' }));
  trust
    .command('add')
    .description(t({ vi: 'tin cậy một chứng thư gốc tải từ trang chính thức', en: 'trust a root certificate downloaded from the official site' }))
    .argument(`<${n('tệp-chứng-thư', 'cert')}>`, t({ vi: 'tệp chứng thư (PEM hoặc DER)', en: 'certificate file (PEM or DER)' }))
    .action(async (file: string) => {
      const { trustAddCommand } = await import('./commands/trust.js');
      exitCode = await trustAddCommand(file, { lang }, ctx);
    });
  trust
    .command('list')
    .description(t({ vi: 'các chứng thư gốc đang tin cậy, kèm dấu vân tay', en: 'trusted roots with their fingerprints' }))
    .action(async () => {
      const { trustListCommand } = await import('./commands/trust.js');
      exitCode = await trustListCommand({ lang }, ctx);
    });
  trust
    .command('remove')
    .description(t({ vi: 'thôi tin cậy chứng thư gốc (theo dấu vân tay SHA-256)', en: 'stop trusting a root (by SHA-256 fingerprint)' }))
    .argument(`<${n('dấu-vân-tay', 'fingerprint')}>`, t({ vi: 'dấu vân tay SHA-256 (ít nhất 8 chữ số đầu)', en: 'SHA-256 fingerprint (at least its first 8 digits)' }))
    .action(async (fingerprint: string) => {
      const { trustRemoveCommand } = await import('./commands/trust.js');
      exitCode = await trustRemoveCommand(fingerprint, { lang }, ctx);
    });

  // Document numbers and the outgoing register (NĐ 30/2020 Điều 15–16, Phụ lục IV).
  program
    .command('cap-so')
    .alias('number')
    .description(t({ vi: 'cấp số tiếp theo của đơn vị ban hành trong năm, ghi vào văn bản và commit', en: "give the issuer's next free number of the year, write it into the document and commit it" }))
    .argument(`<${n('tệp', 'file')}>`, t({ vi: 'tệp văn bản', en: 'document file' }))
    .option('--force', t({ vi: 'cấp số cả khi các bên đã ký nội dung hiện tại (chữ ký ấy mất hiệu lực, phải ký lại)', en: 'number it even when parties have signed its present content (those signatures lapse and must be made again)' }))
    .action(async (file: string, options: { force?: boolean }) => {
      const { numberCommand } = await import('./commands/number.js');
      exitCode = await numberCommand(file, { lang, force: options.force }, ctx);
    });
  program
    .command('so-dang-ky')
    .alias('register')
    .description(t({ vi: 'sổ đăng ký văn bản đi của năm, lấy từ lịch sử kho: XLSX, CSV, PDF hoặc DOCX', en: 'the outgoing register of a year, from the repository history: XLSX, CSV, PDF or DOCX' }))
    .requiredOption(`--year <${n('năm', 'year')}>`, t({ vi: 'năm của sổ', en: 'year of the register' }))
    .option(`--issuer <${n('mã', 'id')}>`, t({ vi: 'chỉ văn bản của đơn vị (hoặc khối) này', en: 'only documents of this unit (or bloc)' }))
    .addOption(new Option(`--format <${n('dạng', 'format')}>`, t({ vi: 'định dạng sổ', en: 'register format' })).choices(['xlsx', 'csv', 'pdf', 'docx']).default('xlsx'))
    .option(`-o, --out <${n('tệp', 'file')}>`, t({ vi: 'tệp ghi sổ (mặc định: so-dang-ky-‹năm›.‹định dạng› ở thư mục hiện tại)', en: 'file to write (default: so-dang-ky-<year>.<format> in the current folder)' }))
    .action(async (options) => {
      const { registerCommand } = await import('./commands/register.js');
      exitCode = await registerCommand({ ...options, lang }, ctx);
    });

  const yearEndOptions = (command: Command) =>
    command
      .addOption(new Option(`--format <${n('dạng', 'format')}>`, t({ vi: 'dạng kết quả', en: 'output format' })).choices(['text', 'json']).default('text'))
      .option(`--at <${n('phiên-bản', 'revision')}>`, t({ vi: 'tính lại đúng như kho văn bản ở phiên bản này (commit, nhánh, thẻ)', en: 'recompute as the repository stood at this revision (commit, branch, tag)' }))
      .option(`-o, --out <${n('thư-mục', 'dir')}>`, t({ vi: 'thư mục ghi văn bản in ra', en: 'folder for rendered documents' }), 'out')
      .option('--no-cache', t({ vi: 'không dùng bộ nhớ đệm kết quả kiểm tra', en: 'do not use the validation cache' }));

  yearEndOptions(
    program
      .command('summary')
      .description(t({ vi: 'tổng hợp kết quả năm từ các báo cáo quý: nhiệm vụ theo kế hoạch, chỉ tiêu giao ước', en: "the year's results from the quarterly reports: plan tasks and compact targets" }))
      .requiredOption(`--year <${n('năm', 'year')}>`, t({ vi: 'năm tổng hợp', en: 'year to summarise' }))
      .option(`--issuer <${n('mã', 'id')}>`, t({ vi: 'mã một công đoàn', en: 'id of one union' }))
      .option(`--bloc <${n('mã', 'id')}>`, t({ vi: 'mã khối thi đua (mọi thành viên năm đó)', en: 'id of a bloc (every member that year)' }))
      .option('--render [format]', t({ vi: 'in dự thảo báo cáo tổng kết: html (mặc định), pdf hoặc docx', en: 'write the draft year-end report: html (default), pdf or docx' }), false),
  ).action(async (options) => {
    const { summaryCommand } = await import('./commands/summary.js');
    exitCode = await summaryCommand({ ...options, lang }, ctx);
  });

  yearEndOptions(
    program
      .command('score')
      .description(t({ vi: 'tính điểm thi đua, xếp hạng các thành viên khối và đề nghị khen thưởng', en: 'score, rank the members of a bloc and propose awards' }))
      .requiredOption(`--year <${n('năm', 'year')}>`, t({ vi: 'năm chấm điểm', en: 'year scored' }))
      .option(`--bloc <${n('mã', 'id')}>`, t({ vi: 'mã khối thi đua', en: 'id of the bloc' }))
      .option(`--issuer <${n('mã', 'id')}>`, t({ vi: 'mã công đoàn ban hành bảng điểm (chấm các đơn vị trực thuộc), thay cho --bloc', en: 'id of the union that issued the scoring table (scoring the units under it), instead of --bloc' }))
      .option('--render [format]', t({ vi: 'in bảng xếp hạng (khổ ngang) và dự thảo tờ trình đề nghị khen thưởng: html (mặc định), pdf hoặc docx', en: 'write the ranking table (landscape) and the draft award proposal: html (default), pdf or docx' }), false),
  ).action(async (options) => {
    const { scoreCommand } = await import('./commands/score.js');
    exitCode = await scoreCommand({ ...options, lang }, ctx);
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const code = error instanceof CommanderError ? frameExitCode(error) : undefined;
    if (code !== undefined) return code;
    throw error;
  }
  return exitCode;
}
