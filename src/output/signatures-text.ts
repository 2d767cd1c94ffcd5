// Signature verdicts for people: one line per party under each document, each problem explained in one
// plain sentence (Vietnamese by default), and for stale signatures the fields that changed since.

import { registryOf } from '../domain/registry.js';
import type { Painter } from './style.js';
import { pick, type Lang, type Text } from '../context.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { describeChange } from '../repo/diff-phrases.js';
import type { SignatureProblem } from '../repo/signature-check.js';
import type { DocumentSignatures, PartySignature, PartyStatus, SignatureReport } from '../repo/verify.js';

export const STATUS_LABEL: Record<PartyStatus, Text> = {
  valid: { vi: 'hợp lệ', en: 'valid' },
  missing: { vi: 'chưa ký', en: 'missing' },
  stale: { vi: 'cần ký lại', en: 'stale' },
  invalid: { vi: 'không hợp lệ', en: 'invalid' },
};

const short = (oid: string | undefined): string => (oid ?? '').slice(0, 7);

/** Why a signature is invalid, in one sentence that says what happened and what it means. */
export function explainProblem(problem: SignatureProblem, party: PartySignature, config?: RepositoryConfig): Text {
  const commit = short(party.commit);
  const unit = unitName(config, party.unit);
  switch (problem.code) {
    case 'unsigned':
      return {
        vi: `commit ${commit} ghi là chữ ký của ${unit} nhưng không mang chữ ký SSH nào — có thể là commit giả, hoặc chữ ký đã mất khi lịch sử bị viết lại (rebase, amend); ${unit} cần ký lại`,
        en: `commit ${commit} claims to be ${unit}'s signature but carries no SSH signature — a forgery, or the signature was lost when history was rewritten (rebase, amend); ${unit} must sign again`,
      };
    case 'back-dated':
      return {
        vi: `commit ${commit} ghi là chữ ký của ${unit} nhưng mang ngày sớm hơn commit đứng trước nó — ngày ký đã bị lùi lại, nên chữ ký này không có giá trị`,
        en: `commit ${commit} claims to be ${unit}'s signature but is dated before the commit it follows — the signing date was set back, so it counts for nothing`,
      };
    case 'bad-signature':
      return problem.reason === 'namespace'
        ? { vi: `chữ ký SSH của commit ${commit} được tạo cho mục đích khác, không phải cho git`, en: `the SSH signature of commit ${commit} was made for another purpose, not for git` }
        : problem.reason === 'unsupported-key'
          ? { vi: `commit ${commit} được ký bằng loại khóa không được hỗ trợ (chỉ nhận ed25519)`, en: `commit ${commit} is signed with an unsupported key type (only ed25519)` }
          : {
              vi: `chữ ký SSH của commit ${commit} không khớp với nội dung commit — commit đã bị sửa sau khi ký (ví dụ khi rebase) hoặc chữ ký bị làm giả`,
              en: `the SSH signature of commit ${commit} does not match the commit — it was altered after signing (e.g. by a rebase) or the signature is forged`,
            };
    case 'unregistered-key':
      return party.registeredLater
        ? {
            vi: `commit ${commit} được ký bằng khóa ${problem.fingerprint}, khóa này chỉ được đăng ký cho ${unit} sau khi ký; việc thay khóa về sau không hợp thức hóa chữ ký trước đó`,
            en: `commit ${commit} is signed with key ${problem.fingerprint}, which was registered for ${unit} only after the signature; a later key change does not validate an earlier signature`,
          }
        : {
            vi: `commit ${commit} được ký bằng khóa ${problem.fingerprint}, không phải khóa đã đăng ký của ${unit} vào lúc ký`,
            en: `commit ${commit} is signed with key ${problem.fingerprint}, which was not ${unit}'s registered key at the time`,
          };
    case 'other-party-key':
      return {
        vi: `commit ${commit} ghi là chữ ký của ${unit} nhưng được ký bằng khóa của ${unitName(config, problem.owner)}`,
        en: `commit ${commit} claims to be ${unit}'s signature but is signed with the key of ${unitName(config, problem.owner)}`,
      };
    case 'key-replaced':
      return {
        vi: `commit ${commit} được ký bằng khóa ${problem.fingerprint} của ${unit}, nhưng khóa này đã được thay hoặc thu hồi ở commit ${short(problem.replacedIn)} và chữ ký không có trước lần thay đó (ví dụ ký trên nhánh cũ rồi gộp vào sau); ${unit} cần ký lại bằng khóa mới`,
        en: `commit ${commit} is signed with ${unit}'s key ${problem.fingerprint}, but that key was replaced or revoked in commit ${short(problem.replacedIn)} and the signature does not come before that change (e.g. signed on an old branch merged later); ${unit} must sign again with the new key`,
      };
    case 'document-missing':
      return {
        vi: `commit ${commit} nhắc tới văn bản không có trong phiên bản được ký`,
        en: `commit ${commit} names a document that does not exist in the signed revision`,
      };
    case 'digest-mismatch':
      return {
        vi: `mã nội dung ghi trong commit ${commit} (${problem.claimed ?? 'không có'}) không khớp với nội dung văn bản ở phiên bản đó (${problem.actual}) — phần ghi chú ký có thể được chép từ văn bản hoặc phiên bản khác`,
        en: `the digest recorded in commit ${commit} (${problem.claimed ?? 'none'}) does not match the document in that revision (${problem.actual}) — the signature trailers may have been copied from another document or revision`,
      };
    case 'not-a-party':
      return {
        vi: `${unit} không phải một bên của văn bản (các bên: ${problem.parties.join(', ') || 'không có'}), nên chữ ký trong commit ${commit} không có giá trị`,
        en: `${unit} is not a party of the document (parties: ${problem.parties.join(', ') || 'none'}), so the signature in commit ${commit} counts for nothing`,
      };
  }
}

/** Notes on a signature that stands: a key replaced after signing does not void it. */
export function signatureNotes(party: PartySignature, config?: RepositoryConfig): Text[] {
  if (!party.keyReplacedLater) return [];
  return [
    {
      vi: `khóa đăng ký của ${unitName(config, party.unit)} đã được thay sau khi ký; chữ ký vẫn giữ giá trị vì được ký bằng khóa đăng ký lúc đó`,
      en: `${unitName(config, party.unit)}'s registered key was replaced after signing; the signature stands because it was made with the key registered at the time`,
    },
  ];
}

/** "Sửa chủ đề thi đua: «…» → «…»" for each field that changed since the signed revision. */
export function staleChanges(doc: DocumentSignatures, party: PartySignature, config?: RepositoryConfig): Text[] {
  const schema = doc.kind ?? 'compact';
  const unitNameOf = (id: string) => config?.units.find((unit) => unit.id === id)?.name;
  return (party.changes ?? []).map((change) => describeChange(change, { schema, before: party.signedValue, after: doc.value, unitName: unitNameOf }));
}

// Documents per piece: the report of a large archive is written as it is phrased, not held whole as one string.
const DOCUMENTS_PER_CHUNK = 200;

/** The text report, in pieces of a few hundred documents each. */
export function* signaturesTextChunks(report: SignatureReport, options: { lang: Lang; paint: Painter }): Generator<string> {
  const { lang, paint } = options;
  const colour: Record<PartyStatus, (text: string) => string> = { valid: paint.green, missing: paint.yellow, stale: paint.yellow, invalid: paint.red };
  const counts: Record<PartyStatus, number> = { valid: 0, missing: 0, stale: 0, invalid: 0 };
  let lines: string[] = [];
  for (const [index, doc] of report.documents.entries()) {
    if (index > 0 && index % DOCUMENTS_PER_CHUNK === 0) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
    lines.push(paint.bold(doc.relative));
    for (const party of [...doc.parties, ...doc.others]) {
      counts[party.status]++;
      const when = party.signedAt ? ` ${party.signedAt.slice(0, 10)}` : '';
      const by = party.signer ? ` (${party.signer})` : '';
      lines.push(`  ${colour[party.status](pick(STATUS_LABEL[party.status], lang).padEnd(13))} ${unitName(report.config, party.unit)}${by}${when}`);
      if (party.problem) lines.push(`      ${pick(explainProblem(party.problem, party, report.config), lang)}`);
      for (const change of party.status === 'stale' ? staleChanges(doc, party, report.config) : []) lines.push(`      ${pick(change, lang)}`);
      for (const note of signatureNotes(party, report.config)) lines.push(`      ${pick(note, lang)}`);
    }
  }
  const summary = (['valid', 'missing', 'stale', 'invalid'] as const).map((status) => `${counts[status]} ${pick(STATUS_LABEL[status], lang)}`).join(', ');
  lines.push('', `${report.documents.length} ${lang === 'en' ? 'documents' : 'văn bản'}: ${summary}`);
  yield `${lines.join('\n')}\n`;
}

export function formatSignaturesJson(report: SignatureReport, lang: Lang): string {
  const documents = report.documents.map((doc) => ({
    file: doc.relative,
    digest: doc.digest,
    complete: doc.complete,
    state: doc.state,
    parties: [...doc.parties, ...doc.others].map((party) => ({
      unit: party.unit,
      party: party.party,
      status: party.status,
      commit: party.commit,
      signedAt: party.signedAt,
      signer: party.signer,
      fingerprint: party.fingerprint,
      problem: party.problem ? { ...party.problem, message: pick(explainProblem(party.problem, party, report.config), lang) } : undefined,
      changes: party.status === 'stale' ? staleChanges(doc, party, report.config).map((change) => pick(change, lang)) : undefined,
      notes: signatureNotes(party, report.config).map((note) => pick(note, lang)),
    })),
  }));
  return `${JSON.stringify({ documents }, null, 2)}\n`;
}

export function unitName(config: RepositoryConfig | undefined, id: string): string {
  return (config ? registryOf(config).unit(id)?.name : undefined) ?? id;
}
