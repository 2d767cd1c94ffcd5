import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSource } from '../../src/documents/parse.js';
import { diffContent } from '../../src/repo/content-diff.js';
import { describeChange } from '../../src/repo/diff-phrases.js';

const compact = parseSource(readFileSync(new URL('../../examples/2024/giao-uoc-khoi-thi-dua-1.yaml', import.meta.url), 'utf8')).value as Record<string, any>;
const names: Record<string, string> = { 'cd-bo-tu-phap': 'Công đoàn Bộ Tư pháp' };

function phrases(after: Record<string, any>): string[] {
  return diffContent(compact, after).map((change) => describeChange(change, { schema: 'compact', before: compact, after, unitName: (id) => names[id] }).vi);
}

const copy = (): Record<string, any> => structuredClone(compact);

describe('semantic diff', () => {
  test('an unchanged document has no changes', () => {
    expect(phrases(copy())).toEqual([]);
  });

  test('names an edited field by its schema title', () => {
    const after = copy();
    after.theme = 'Chủ đề mới';
    expect(phrases(after)).toEqual([expect.stringMatching(/^Sửa chủ đề thi đua: «Đổi mới sáng tạo.*» → «Chủ đề mới»$/)]);
  });

  test('a new commitment is the sixth one', () => {
    const after = copy();
    after.commitments.push({ id: 'chuyen-doi-so', text: 'đẩy mạnh chuyển đổi số.' });
    expect(phrases(after)).toEqual(['Thêm nội dung giao ước thứ sáu (chuyen-doi-so)']);
  });

  test('a removed party is named by its unit', () => {
    const after = copy();
    after.parties = after.parties.filter((id: string) => id !== 'cd-bo-tu-phap');
    expect(phrases(after)).toEqual(['Xóa bên giao ước Công đoàn Bộ Tư pháp']);
  });

  test('a target value is located in its commitment', () => {
    const after = copy();
    after.commitments[0].targets[0].value = 95;
    expect(phrases(after)).toEqual([
      'Sửa mức chỉ tiêu của chỉ tiêu thứ nhất (ty-le-hoc-tap-nghi-quyet) thuộc nội dung giao ước thứ nhất (hoc-tap-nghi-quyet): «100» → «95»',
    ]);
  });

  test('re-ordered commitments are one change of order, not edits of each', () => {
    const after = copy();
    after.commitments.reverse();
    expect(phrases(after)).toEqual(['Đổi thứ tự các nội dung giao ước']);
  });
});

describe('changes inside an authored body', () => {
  test('a paragraph of a section is named by what it is and the section by its heading, never by its YAML key', async () => {
    const source = readFileSync(new URL('../../examples/2024/giao-uoc-khoi-thi-dua-1.yaml', import.meta.url), 'utf8');
    const before = { ...(parseSource(source).value as Record<string, any>), body: [{ section: 'TỔ CHỨC THỰC HIỆN', body: ['Đoạn một.', 'Đoạn hai.'] }] };
    const after = structuredClone(before);
    after.body[0].body[1] = 'Đoạn hai, đã sửa.';
    const said = diffContent(before, after).map((change) => describeChange(change, { schema: 'compact', before, after }).vi);
    expect(said).toEqual(['Sửa đoạn văn thứ hai thuộc đề mục «TỔ CHỨC THỰC HIỆN»: «Đoạn hai.» → «Đoạn hai, đã sửa.»']);
    expect(said.join(' ')).not.toMatch(/\bbody\b/);
  });
});

describe('in English', () => {
  const english = (after: Record<string, any>) => diffContent(compact, after).map((change) => describeChange(change, { schema: 'compact', before: compact, after, unitName: (id) => names[id] }).en);

  test('a field by its key in words, a list item by its list, rank from one and id, never by a JSON pointer', () => {
    const after = copy();
    after.commitments[0].targets[0].value = 95;
    after.parties = after.parties.filter((id: string) => id !== 'cd-bo-tu-phap');
    after.commitments.push({ id: 'chuyen-doi-so', text: 'đẩy mạnh chuyển đổi số.' });
    const said = english(after);
    expect(said).toEqual(
      expect.arrayContaining([
        'Changed value of targets item 1 (ty-le-hoc-tap-nghi-quyet) of commitments item 1 (hoc-tap-nghi-quyet): «100» → «95»',
        expect.stringMatching(/^Removed parties item \d+ \(Công đoàn Bộ Tư pháp\)$/),
        'Added commitments item 6 (chuyen-doi-so)',
      ]),
    );
    expect(said.join(' ')).not.toMatch(/\/\w+\/\d/);
  });

  test('a re-ordered list and a camel-case key', () => {
    const reordered = copy();
    reordered.commitments.reverse();
    expect(english(reordered)).toEqual(['Reordered commitments']);
    const signer = copy();
    signer.signerTitle = 'Chủ tịch';
    expect(english(signer)[0]).toMatch(/^(Changed|Added) signer title/);
  });
});

describe('a compact written as a body (the shape `giaouoc new giao-uoc` writes)', () => {
  const before = parseSource(`kind: compact
body:
  - Các đơn vị thống nhất ký kết giao ước thi đua.
  - section: NỘI DUNG GIAO ƯỚC
    body:
      - "Các đơn vị cam kết thực hiện tốt các nội dung sau:"
      - list:
          - commitment: noi-dung-1
            text: tổ chức quán triệt Nghị quyết đến đoàn viên.
            list:
              - target: chi-tieu-1
                text: "Tỷ lệ đoàn viên được quán triệt: đạt {value}%."
                measure: phần trăm
                value: 100
          - commitment: noi-dung-2
            text: chăm lo đời sống đoàn viên.
        marker: thứ nhất
`).value as Record<string, any>;
  const said = (edit: (after: Record<string, any>) => void) => {
    const after = structuredClone(before);
    edit(after);
    return diffContent(before, after).map((change) => describeChange(change, { schema: 'compact', before, after }));
  };

  test('a target by its kind, rank and id, inside its commitment and section; its text by the target\'s own title', () => {
    const changes = said((after) => {
      after.body[1].body[1].list[0].list[0].value = 95;
      after.body[1].body[1].list[0].list[0].text = 'Tỷ lệ đoàn viên được quán triệt: đạt {value}% trở lên.';
    });
    expect(changes.map((change) => change.vi)).toEqual([
      'Sửa lời văn của chỉ tiêu giao ước thứ nhất (chi-tieu-1) thuộc nội dung giao ước thứ nhất (noi-dung-1) thuộc đề mục «NỘI DUNG GIAO ƯỚC»: «Tỷ lệ đoàn viên được quán triệt: đạt {value}%.» → «Tỷ lệ đoàn viên được quán triệt: đạt {value}% trở lên.»',
      'Sửa mức chỉ tiêu của chỉ tiêu giao ước thứ nhất (chi-tieu-1) thuộc nội dung giao ước thứ nhất (noi-dung-1) thuộc đề mục «NỘI DUNG GIAO ƯỚC»: «100» → «95»',
    ]);
    expect(changes.map((change) => change.en)).toEqual([
      'Changed text of target 1 (chi-tieu-1) of commitment 1 (noi-dung-1) of section «NỘI DUNG GIAO ƯỚC»: «Tỷ lệ đoàn viên được quán triệt: đạt {value}%.» → «Tỷ lệ đoàn viên được quán triệt: đạt {value}% trở lên.»',
      'Changed value of target 1 (chi-tieu-1) of commitment 1 (noi-dung-1) of section «NỘI DUNG GIAO ƯỚC»: «100» → «95»',
    ]);
  });

  test('a paragraph, a new commitment and a removed one', () => {
    expect(said((after) => (after.body[0] = 'Các đơn vị ký kết giao ước.')).map((change) => change.vi)).toEqual([
      'Sửa đoạn văn thứ nhất: «Các đơn vị thống nhất ký kết giao ước thi đua.» → «Các đơn vị ký kết giao ước.»',
    ]);
    const added = said((after) => after.body[1].body[1].list.push({ commitment: 'noi-dung-3', text: 'chuyển đổi số.' }));
    expect(added.map((change) => change.vi)).toEqual(['Thêm nội dung giao ước thứ ba (noi-dung-3) thuộc đề mục «NỘI DUNG GIAO ƯỚC»']);
    expect(added.map((change) => change.en)).toEqual(['Added commitment 3 (noi-dung-3) of section «NỘI DUNG GIAO ƯỚC»']);
    const removed = said((after) => after.body[1].body[1].list.pop());
    expect(removed.map((change) => change.vi)).toEqual(['Xóa nội dung giao ước thứ hai (noi-dung-2) thuộc đề mục «NỘI DUNG GIAO ƯỚC»']);
  });

  test('commitments are matched by their ids: one inserted in the middle is one addition, a new order one change', () => {
    const inserted = said((after) => after.body[1].body[1].list.splice(1, 0, { commitment: 'noi-dung-moi', text: 'chuyển đổi số.' }));
    expect(inserted.map((change) => change.vi)).toEqual(['Thêm nội dung giao ước thứ hai (noi-dung-moi) thuộc đề mục «NỘI DUNG GIAO ƯỚC»']);
    const reordered = said((after) => after.body[1].body[1].list.reverse());
    expect(reordered.map((change) => change.vi)).toEqual(['Đổi thứ tự các ý của đề mục «NỘI DUNG GIAO ƯỚC»']);
  });
});

describe('what a hostile revision can make the phrasing do', () => {
  test('a __proto__ key, a part of no known shape and a body nested 100 deep are named, never thrown on', () => {
    const hostile = parseSource('kind: compact\n"__proto__": {"polluted": 1}\nbody:\n  - 7\n  - {unknown: x}\n').value as Record<string, any>;
    const changed = structuredClone(hostile);
    changed.body = [8, { unknown: 'y' }];
    const said = diffContent(hostile, changed).map((change) => describeChange(change, { schema: 'compact', before: hostile, after: changed }));
    expect(said.map((text) => text.vi)).toEqual([expect.stringMatching(/^Sửa .*«7» → «8»$/), expect.stringMatching(/^Sửa .*«x» → «y»$/)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    let deep: unknown = 'Đoạn a.';
    for (let level = 0; level < 100; level++) deep = { section: `M${level}`, body: [deep] };
    const deeper = JSON.parse(JSON.stringify(deep).replace('"Đoạn a."', '"Đoạn b."'));
    const [change] = diffContent({ kind: 'compact', body: [deep] }, { kind: 'compact', body: [deeper] });
    expect(describeChange(change!, { schema: 'compact', before: { body: [deep] }, after: { body: [deeper] } }).vi).toMatch(/^Sửa đoạn văn thứ nhất thuộc đề mục «M0»: «Đoạn a\.» → «Đoạn b\.»$/);
  });

  test('two items under one id are compared by position, not merged', () => {
    const before = { kind: 'compact', commitments: [{ id: 'a', text: 'một' }, { id: 'a', text: 'hai' }] };
    const after = { kind: 'compact', commitments: [{ id: 'a', text: 'một' }, { id: 'a', text: 'ba' }] };
    expect(diffContent(before, after)).toEqual([{ op: 'change', path: ['commitments', 1, 'text'], before: 'hai', after: 'ba' }]);
  });
});
