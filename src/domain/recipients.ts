// "Nơi nhận": the recipients block of a document, as the outgoing register and the document's own metadata both
// read it. The last line "Lưu: VT, CĐB." names the copies kept on file; every other line is one recipient, and
// each recipient and each file copy is one copy issued (NĐ 30/2020: số lượng bản phát hành).

export interface RecipientParts {
  /** One per recipient, without the list dash and the closing punctuation. */
  recipients: string[];
  /** What follows "Lưu:" ("VT, CĐB"); empty when the block names no file copy. */
  archive: string;
  /** Recipients plus file copies. */
  copies: number;
}

export function recipientParts(lines: unknown): RecipientParts {
  const all = (Array.isArray(lines) ? lines : [])
    .filter((line): line is string => typeof line === 'string')
    .map((line) => line.normalize('NFC').replace(/^\s*-\s*/u, '').replace(/[;.]\s*$/u, '').trim())
    .filter(Boolean);
  const archiveLine = all.find((line) => /^lưu\s*:/iu.test(line));
  const archive = archiveLine ? archiveLine.replace(/^lưu\s*:\s*/iu, '') : '';
  const recipients = all.filter((line) => line !== archiveLine);
  const archiveCount = archive ? archive.split(',').filter((item) => item.trim()).length : 0;
  return { recipients, archive, copies: recipients.length + archiveCount };
}
