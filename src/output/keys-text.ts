// `giaouoc key list` and the one-line confirmations of `key add` / `key new`.

import { pick, type Lang } from '../context.js';
import type { RepositoryConfig } from '../kinds/model.js';
import type { KeyRegistration } from '../repo/key-registry.js';
import type { SshPublicKey } from '../repo/ssh-keys.js';

export function formatKeyList(registry: Map<string, SshPublicKey[]>, config: RepositoryConfig | undefined, lang: Lang): string {
  const units = config?.units.map((unit) => unit.id) ?? [];
  const ids = [...new Set([...units, ...registry.keys()])];
  const width = Math.max(0, ...ids.map((id) => id.length));
  const none = pick({ vi: '(chưa đăng ký khóa)', en: '(no key registered)' }, lang);
  return `${ids
    .map((id) => {
      const keys = registry.get(id) ?? [];
      const shown = keys.length > 0 ? keys.map((key) => `${key.fingerprint}${key.comment ? ` ${key.comment}` : ''}`).join(', ') : none;
      return `${id.padEnd(width)}  ${shown}`;
    })
    .join('\n')}\n`;
}

export function formatRegistration(registration: KeyRegistration, lang: Lang, privateKeyPath?: string): string {
  const commit = registration.commit.slice(0, 7);
  const replaced = registration.replaced ? pick({ vi: ` (thay khóa ${registration.replaced})`, en: ` (replacing ${registration.replaced})` }, lang) : '';
  const lines = [
    pick(
      {
        vi: `Đã đăng ký khóa ${registration.key.fingerprint} cho ${registration.unit}${replaced}: commit ${commit}`,
        en: `Registered key ${registration.key.fingerprint} for ${registration.unit}${replaced}: commit ${commit}`,
      },
      lang,
    ),
  ];
  if (privateKeyPath) {
    lines.push(
      pick(
        {
          vi: `Khóa bí mật: ${privateKeyPath} (chỉ người dùng này đọc được; không gửi cho ai, không đưa vào kho). Ký bằng: giaouoc sign <tệp> --as ${registration.unit} --key ${privateKeyPath}`,
          en: `Private key: ${privateKeyPath} (readable by this user only; never share it or commit it). Sign with: giaouoc sign <file> --as ${registration.unit} --key ${privateKeyPath}`,
        },
        lang,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
