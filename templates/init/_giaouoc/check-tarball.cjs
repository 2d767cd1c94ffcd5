// Chạy trước `npm ci` trong CI: gói giaouoc của kho (.giaouoc/giaouoc-‹phiên bản›.tgz) phải đúng mã băm
// (integrity) ghi trong package-lock.json. npm ci cũng đối chiếu mã băm này, nhưng khi bộ nhớ đệm của CI đã có gói
// cùng mã băm thì npm cài bản trong bộ nhớ đệm mà không đọc tệp, nên một tệp bị thay vẫn lọt qua lần chạy ấy.
// Tệp do `giaouoc init` ghi (và `giaouoc init --force` ghi lại); không cần gói nào khác ngoài Node.js.
'use strict';

const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const en = process.env.GIAOUOC_LANG === 'en';

function fail(vi, english) {
  console.error(`giaouoc: ${en ? english : vi}`);
  process.exit(1);
}

let entry;
try {
  entry = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages['node_modules/giaouoc'];
} catch {
  entry = undefined;
}
const match = entry && typeof entry.resolved === 'string' && /^file:(\.giaouoc\/giaouoc-[^/\\]+\.tgz)$/.exec(entry.resolved);
if (!match || typeof entry.integrity !== 'string') {
  fail(
    'package-lock.json không ghi gói giaouoc lấy từ thư mục .giaouoc/; hãy chạy `giaouoc init --force` rồi commit package.json, package-lock.json và .giaouoc/',
    'package-lock.json does not record giaouoc from the .giaouoc/ folder; run `giaouoc init --force`, then commit package.json, package-lock.json and .giaouoc/',
  );
}
const file = match[1];
let data;
try {
  data = readFileSync(file);
} catch {
  fail(`không có tệp ${file} mà package-lock.json ghi; hãy commit tệp này (hoặc chạy \`giaouoc init --force\`)`, `${file}, which package-lock.json names, is missing; commit it (or run \`giaouoc init --force\`)`);
}
const actual = `sha512-${createHash('sha512').update(data).digest('base64')}`;
if (!entry.integrity.split(/\s+/).includes(actual)) {
  fail(
    `${file} không khớp mã băm ghi trong package-lock.json: tệp đã bị thay đổi, không cài; hãy lấy lại tệp từ commit trước hoặc chạy \`giaouoc init --force\` bằng giaouoc tin cậy`,
    `${file} does not match the hash recorded in package-lock.json: the file was changed, so it is not installed; restore it from an earlier commit or run \`giaouoc init --force\` with a trusted giaouoc`,
  );
}
console.log(en ? `${file} matches package-lock.json` : `${file} khớp mã băm ghi trong package-lock.json`);
