// The XMP packet of every PDF giaouoc prints: Dublin Core, PDF and XMP basics that mirror the Info dictionary
// (PDF/A asks both to agree), the PDF/A-2b identification, the Phụ lục VI fields of NĐ 30/2020 in their own
// namespace and giaouoc's trace of the source (digest, commit and, for a sign-ready print, the document's path).
// PDF/A accepts properties outside the standard schemas only when the packet describes them, so both own
// namespaces carry a PDF/A extension schema; README.md documents them for people.

import { keywordsOf, phuLucViFields, PHU_LUC_VI_FIELDS, type DocumentMetadata, type FieldType } from '../document-metadata.js';

/** NĐ 30/2020 Phụ lục VI fields: the names of the Phụ lục's table, e.g. vbdt:CodeNotation. */
export const PHU_LUC_VI_NS = 'urn:giaouoc:nd30-2020:phu-luc-vi:1.0#';
/** giaouoc's trace of the source; the name dates from the first sign-ready prints and stays for their sake. */
export const TRACE_NS = 'urn:giaouoc:ban-ky:1.0#';
const TRACE_KEYS = ['document', 'digest', 'commit', 'number'] as const;
const TRACE_FIELDS: ReadonlyArray<{ name: (typeof TRACE_KEYS)[number]; type: FieldType; description: string }> = [
  { name: 'document', type: 'Text', description: 'Path of the source YAML from the document root (sign-ready prints)' },
  { name: 'digest', type: 'Text', description: 'Content digest of the source, sha256:<hex>' },
  { name: 'commit', type: 'Text', description: 'The git commit the source was printed from' },
  { name: 'number', type: 'Text', description: 'Number and symbol of the document' },
];

export interface XmpFacts {
  metadata: DocumentMetadata;
  pages: number;
  /** The PDF's Info dates and producer, which the packet must repeat exactly. */
  date: string;
  producer?: string;
  creatorTool: string;
  /** Claims PDF/A-2b (only when the file carries the output intent that goes with it). */
  pdfa: boolean;
}

/** The packet, with padding so a later editor can rewrite it in place. */
export function documentXmp(facts: XmpFacts): string {
  const { metadata } = facts;
  const keywords = keywordsOf(metadata).join('; ');
  const basics = [
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(metadata.title)}</rdf:li></rdf:Alt></dc:title>`,
    metadata.organName && `<dc:creator><rdf:Seq><rdf:li>${xmlText(metadata.organName)}</rdf:li></rdf:Seq></dc:creator>`,
    metadata.subject && `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(metadata.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xmlText(metadata.language)}</rdf:li></rdf:Bag></dc:language>`,
    keywords && `<pdf:Keywords>${xmlText(keywords)}</pdf:Keywords>`,
    facts.producer && `<pdf:Producer>${xmlText(facts.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xmlText(facts.creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${facts.date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${facts.date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${facts.date}</xmp:MetadataDate>`,
    ...(facts.pdfa ? ['<pdfaid:part>2</pdfaid:part>', '<pdfaid:conformance>B</pdfaid:conformance>'] : []),
  ];
  const fields = phuLucViFields(metadata, facts.pages).map((field) => property('vbdt', field.name, field.value));
  const trace = TRACE_KEYS.filter((key) => metadata[key] !== undefined).map((key) => property('giaouoc', key, metadata[key]!));
  const body = [...basics, ...fields, ...trace].filter(Boolean).map((line) => `      ${line}`);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '    <rdf:Description rdf:about=""',
    '        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    `        xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:vbdt="${PHU_LUC_VI_NS}" xmlns:giaouoc="${TRACE_NS}">`,
    ...body,
    '    </rdf:Description>',
    extensionSchemas(),
    '  </rdf:RDF>',
    '</x:xmpmeta>',
    // Room to grow in place, as XMP writers leave it.
    ...Array.from({ length: 20 }, () => ' '.repeat(99)),
    '<?xpacket end="w"?>',
  ].join('\n');
}

function property(prefix: string, name: string, value: string | number | string[]): string {
  if (Array.isArray(value)) return `<${prefix}:${name}><rdf:Seq>${value.map((item) => `<rdf:li>${xmlText(item)}</rdf:li>`).join('')}</rdf:Seq></${prefix}:${name}>`;
  return `<${prefix}:${name}>${xmlText(String(value))}</${prefix}:${name}>`;
}

/** The PDF/A extension schema description of both own namespaces (ISO 19005-2, 6.6.2.3). */
function extensionSchemas(): string {
  const schema = (title: string, uri: string, prefix: string, properties: ReadonlyArray<{ name: string; type: FieldType; description: string }>) =>
    [
      '<rdf:li rdf:parseType="Resource">',
      `<pdfaSchema:schema>${xmlText(title)}</pdfaSchema:schema>`,
      `<pdfaSchema:namespaceURI>${uri}</pdfaSchema:namespaceURI>`,
      `<pdfaSchema:prefix>${prefix}</pdfaSchema:prefix>`,
      '<pdfaSchema:property><rdf:Seq>',
      ...properties.map(
        (item) =>
          `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${item.name}</pdfaProperty:name><pdfaProperty:valueType>${item.type}</pdfaProperty:valueType>` +
          `<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${xmlText(item.description)}</pdfaProperty:description></rdf:li>`,
      ),
      '</rdf:Seq></pdfaSchema:property>',
      '</rdf:li>',
    ].join('\n');
  return [
    '    <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    '        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag>',
    schema(
      'Thông tin đầu vào của văn bản đi (Nghị định 30/2020/NĐ-CP, Phụ lục VI)',
      PHU_LUC_VI_NS,
      'vbdt',
      PHU_LUC_VI_FIELDS.map((field) => ({ name: field.name, type: field.type, description: `${field.item}. ${field.vi}` })),
    ),
    schema('giaouoc: the source of the print', TRACE_NS, 'giaouoc', TRACE_FIELDS),
    '</rdf:Bag></pdfaExtension:schemas>',
    '    </rdf:Description>',
  ].join('\n');
}

/** What a sign-ready PDF says about its source, read back from its XMP. */
export interface SignReadyTrace {
  /** Path of the source document from the document root. */
  document: string;
  digest: string;
  commit: string;
  number?: string;
}

/** The trace an XMP packet carries, or undefined when it has none (a PDF not made by `render --ban-ky`). */
export function readSignReadyXmp(xmp: string): SignReadyTrace | undefined {
  if (!xmp.includes(TRACE_NS)) return undefined;
  const values: Partial<Record<(typeof TRACE_KEYS)[number], string>> = {};
  for (const key of TRACE_KEYS) {
    const match = new RegExp(`<giaouoc:${key}>([^<]*)</giaouoc:${key}>`).exec(xmp);
    if (match) values[key] = xmlUnescape(match[1]!);
  }
  if (!values.document || !values.digest || !values.commit) return undefined;
  return { document: values.document, digest: values.digest, commit: values.commit, number: values.number };
}

/** A PDF text string: literal for ASCII, UTF-16BE hex with a byte-order mark otherwise. */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

/** Escaped, and without the control characters XML 1.0 cannot hold (a hostile YAML may carry them). */
function xmlText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function xmlUnescape(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
