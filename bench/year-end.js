// Year end at bloc scale: `giaouoc score` and `giaouoc summary` over a bloc of 50 members, each with a plan,
// four quarterly reports and a score sheet, timed as whole commands (start-up included), validation cache warm.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, WORK, formatMs, timeCommand, untilAged } from './lib.js';

const MEMBERS = 50;
const GOAL_MS = 1000;

export function buildBloc(members = MEMBERS) {
  const root = join(WORK, members === MEMBERS ? 'year-end' : `year-end-${members}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, '2024'), { recursive: true });
  const ids = Array.from({ length: members }, (_, i) => `cd-don-vi-${i + 1}`);
  const units = ids.map((id, i) => `  - id: ${id}\n    name: Công đoàn Đơn vị ${i + 1}\n    upper: cdvc\n`).join('');
  writeFileSync(join(root, 'giaouoc.yaml'), `place: Hà Nội\nunits:\n  - id: cdvc\n    name: Công đoàn Viên chức Việt Nam\n${units}blocs:\n  - id: khoi-lon\n    name: Khối thi đua lớn\n    upper: cdvc\n    years:\n      - year: 2024\n        members: [${ids.join(', ')}]\n        leader: ${ids[0]}\n`);
  writeFileSync(join(root, '2024/giao-uoc.yaml'), `kind: compact\nyear: 2024\nissuer: khoi-lon\ndate: 2024-03-01\nparties: [${ids.join(', ')}]\ntheme: Thi đua\ncommitments:\n  - id: noi-dung\n    text: cam kết.\n    targets:\n      - id: ty-le\n        text: Tỷ lệ\n        measure: phần trăm\n        value: 100\n`);
  const criteria = Array.from({ length: 20 }, (_, c) => `      - id: tieu-chi-${c + 1}\n        text: Tiêu chí ${c + 1}\n        max: 5\n`).join('');
  writeFileSync(join(root, '2024/bang-diem.yaml'), `kind: scoring-table\nyear: 2024\nissuer: khoi-lon\ndate: 2024-03-01\nscale: 100\ngroups:\n  - id: nhom\n    name: Nhóm\n    criteria:\n${criteria}tieBreaks: [nhom]\nawards:\n  - award: Cờ thi đua\n    count: 1\n  - award: Bằng khen\n    count: 2\n`);
  const tasks = Array.from({ length: 12 }, (_, t) => `      - id: nv-${t + 1}\n        content: Nhiệm vụ ${t + 1}.\n        quarter: ${(t % 4) + 1}\n${t === 0 ? '        targets: [ty-le]\n' : ''}`).join('');
  ids.forEach((id, i) => {
    writeFileSync(join(root, `2024/ke-hoach-${id}.yaml`), `kind: plan\nyear: 2024\nissuer: ${id}\ndate: 2024-03-10\ncompact: khoi-lon\npurposes: [Mục đích.]\ndomains:\n  - id: linh-vuc\n    name: Lĩnh vực\n    tasks:\n${tasks}`);
    for (let q = 1; q <= 4; q++) {
      const results = Array.from({ length: 3 * q }, (_, t) => `      - task: nv-${t + 1}\n        status: ${t < 3 * q - 1 ? 'hoàn thành' : 'đang thực hiện'}\n${t === 0 ? `        figures:\n          - label: Tỷ lệ\n            value: ${25 * q}\n            target: ty-le\n` : ''}`).join('');
      writeFileSync(join(root, `2024/bao-cao-quy-${q}-${id}.yaml`), `kind: report\nyear: 2024\nissuer: ${id}\ndate: 2024-${String(q * 3).padStart(2, '0')}-28\nquarter: ${q}\nresults:\n  - domain: linh-vuc\n    tasks:\n${results}focus:\n  - text: Tiếp tục.\n`);
    }
    const scores = Array.from({ length: 20 }, (_, c) => `  - criterion: tieu-chi-${c + 1}\n    points: ${(i + c) % 6 === 0 ? 4 : 5}\n`).join('');
    writeFileSync(join(root, `2024/cham-diem-${id}.yaml`), `kind: score-sheet\nyear: 2024\nissuer: ${id}\ndate: 2024-12-15\nbloc: khoi-lon\nscores:\n${scores}`);
  });
  return root;
}

export async function runYearEndBench({ quick = false } = {}) {
  const root = buildBloc();
  await untilAged();
  const runs = quick ? 3 : 5;
  const env = { ...process.env, NO_COLOR: '1', GIAOUOC_CACHE_DIR: join(WORK, 'year-end-cache') };
  const rows = [];
  for (const [name, args] of [
    [`score, bloc of ${MEMBERS} members (50 sheets)`, ['score', '--year', '2024', '--bloc', 'khoi-lon']],
    [`summary, bloc of ${MEMBERS} members × 4 reports`, ['summary', '--year', '2024', '--bloc', 'khoi-lon']],
  ]) {
    timeCommand('node', [BIN, ...args], { runs: 1, cwd: root, env });
    const { ms, result } = timeCommand('node', [BIN, ...args], { runs, cwd: root, env });
    const ok = result.status === 0 && ms < GOAL_MS;
    rows.push({ name, value: result.status === 0 ? formatMs(ms) : `failed (exit ${result.status}): ${(result.stderr || result.stdout).split('\n')[0]}`, goal: `< ${formatMs(GOAL_MS)}`, ok });
  }
  return rows;
}
