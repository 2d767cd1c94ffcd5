// A document kind without a main template is refused with a sentence naming the kind, never a TypeError.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import type { DocumentView } from '../../src/render/view-model/types.js';

describe('a kind without a template', () => {
  const env = createTemplateEnvironment();

  it('resolves the main template of every registered kind, the year-end kinds included', () => {
    expect(env.templateFileOf('scoring-table')).toMatch(/templates[\\/]scoring-table\.hbs$/);
    expect(env.templateFileOf('score-sheet')).toMatch(/templates[\\/]score-sheet\.hbs$/);
  });

  it('is a user error that names the kind and the template to add', () => {
    const stray = { kind: 'bien-ban', documentTitle: 'BIÊN BẢN' } as unknown as DocumentView;
    let thrown: unknown;
    try {
      env.render(stray);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).text.vi).toBe('không có mẫu in cho loại văn bản “bien-ban”; hãy thêm mẫu templates/bien-ban.hbs');
  });
});
