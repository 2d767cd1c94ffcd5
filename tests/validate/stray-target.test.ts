// A measurable target counts only in a compact: written in a plan's or a report's body it would print and then be
// followed up nowhere, so validate warns at its line and column (plans link to a compact's targets instead).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CONFIG = 'place: Hà Nội\nunits:\n  - id: cd-a\n    name: Công đoàn A\n    signatories:\n      - name: Lê Văn A\n        title: Chủ tịch\n';
const PLAN = `kind: plan
year: 2024
issuer: cd-a
date: 2024-01-15
body:
  - section: CHỈ TIÊU
    body:
      - list:
          - target: ty-le-hoc-tap
            text: 100% đoàn viên được học tập nghị quyết.
            measure: phần trăm
            value: 100
          - task: hoc-tap
            text: Tổ chức học tập nghị quyết.
`;
const REPORT = `kind: report
year: 2024
issuer: cd-a
date: 2024-12-20
period: '2024'
body:
  - target: ket-nap
    text: Kết nạp {value} đoàn viên mới.
    measure: số lượng
    value: 5
`;

describe('a target outside a compact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'giaouoc-stray-target-'));
  writeFileSync(join(dir, 'giaouoc.yaml'), CONFIG);
  writeFileSync(join(dir, 'ke-hoach.yaml'), PLAN);
  writeFileSync(join(dir, 'bao-cao.yaml'), REPORT);

  it('is a warning at its line and column, in Vietnamese and in English', () => {
    const vi = runCli(['validate'], { cwd: dir });
    expect(vi.stdout).toContain(
      'ke-hoach.yaml:9:21 cảnh báo chỉ tiêu “ty-le-hoc-tap” trong kế hoạch chỉ được in ra mà không được theo dõi ở đâu, vì chỉ tiêu đo được thuộc giao ước; hãy ghi nó trong giao ước rồi cho nhiệm vụ của kế hoạch nhắc tới bằng targets',
    );
    expect(vi.stdout).toMatch(/bao-cao\.yaml:7:13 cảnh báo chỉ tiêu “ket-nap” trong báo cáo quý chỉ được in ra/);
    expect(vi.stdout.match(/target-outside-compact/g)).toHaveLength(2);
    expect(vi.code).toBe(0);
    const en = runCli(['validate', 'ke-hoach.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('ke-hoach.yaml:9:21 warning the target “ty-le-hoc-tap” in this plan is printed but followed up nowhere, since measurable targets belong to a compact;');
  });
});
