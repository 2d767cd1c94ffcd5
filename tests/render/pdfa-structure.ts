// The structural requirements of PDF/A-2b (ISO 19005-2) that can be read from a file with pdf-lib and plain
// bytes, for the tests: header, trailer ID, XMP that agrees with the Info dictionary and describes its own
// namespaces, the output intent, embedded fonts, annotation flags, forbidden filters and actions, and
// transparency. This is no conformance validator (no font-program or ICC checks, no full rule set): no validator
// can be installed from npm or Debian here, which the project's README says.

import { inflateSync } from 'node:zlib';
import {
  PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, PDFHexString, type PDFObject,
} from 'pdf-lib';

export async function pdfaProblems(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const text = Buffer.from(bytes).toString('latin1');
  if (!/^%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}/.test(text)) problems.push('header: %PDF-1.n and a comment of four bytes above 127 expected');
  const lastTrailer = text.slice(text.lastIndexOf('trailer'));
  if (!/\/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]/.test(lastTrailer)) problems.push('trailer: no /ID');
  if (/\/Encrypt\b/.test(lastTrailer)) problems.push('trailer: encrypted');
  if (!/startxref\r?\n\d+\r?\n%%EOF\r?\n?$/.test(text)) problems.push('end: data after %%EOF');

  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = doc;
  const lookup = (value: PDFObject | undefined) => (value instanceof PDFRef ? context.lookup(value) : value);

  // XMP
  const metadata = lookup(catalog.get(PDFName.of('Metadata')));
  let xmp = '';
  if (!(metadata instanceof PDFRawStream)) problems.push('catalog: no XMP metadata stream');
  else {
    if (metadata.dict.has(PDFName.of('Filter'))) problems.push('XMP: metadata stream is filtered');
    if (String(metadata.dict.get(PDFName.of('Subtype'))) !== '/XML') problems.push('XMP: stream /Subtype is not /XML');
    xmp = Buffer.from(metadata.contents).toString('utf8');
    if (!/<pdfaid:part>2<\/pdfaid:part>/.test(xmp) || !/<pdfaid:conformance>B<\/pdfaid:conformance>/.test(xmp)) problems.push('XMP: no pdfaid part 2, conformance B');
    problems.push(...undescribedProperties(xmp));
  }

  // Info ↔ XMP
  const info = lookup(context.trailerInfo.Info);
  if (info instanceof PDFDict && xmp) {
    const value = (key: string) => {
      const entry = info.get(PDFName.of(key));
      return entry instanceof PDFString || entry instanceof PDFHexString ? entry.decodeText() : undefined;
    };
    const pairs: Array<[string, RegExp]> = [
      ['Title', /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)</],
      ['Author', /<dc:creator><rdf:Seq><rdf:li>([^<]*)</],
      ['Subject', /<dc:description><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)</],
      ['Keywords', /<pdf:Keywords>([^<]*)</],
      ['Creator', /<xmp:CreatorTool>([^<]*)</],
      ['Producer', /<pdf:Producer>([^<]*)</],
    ];
    for (const [key, pattern] of pairs) {
      const inInfo = value(key);
      const inXmp = pattern.exec(xmp)?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      if (inInfo !== inXmp) problems.push(`Info /${key} (${inInfo}) and XMP (${inXmp}) differ`);
    }
    for (const [key, element] of [['CreationDate', 'xmp:CreateDate'], ['ModDate', 'xmp:ModifyDate']] as const) {
      const pdfDate = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})([+-])(\d{2})'(\d{2})'?$/.exec(value(key) ?? '');
      const xmpDate = new RegExp(`<${element}>([^<]*)<`).exec(xmp)?.[1];
      const asXmp = pdfDate ? `${pdfDate[1]}-${pdfDate[2]}-${pdfDate[3]}T${pdfDate[4]}:${pdfDate[5]}:${pdfDate[6]}${pdfDate[7]}${pdfDate[8]}:${pdfDate[9]}` : undefined;
      if (!asXmp || asXmp !== xmpDate) problems.push(`Info /${key} (${value(key)}) and XMP ${element} (${xmpDate}) differ`);
    }
  }

  // Output intent
  const intents = lookup(catalog.get(PDFName.of('OutputIntents')));
  const intent = intents instanceof PDFArray ? lookup(intents.get(0)) : undefined;
  if (!(intent instanceof PDFDict) || String(intent.get(PDFName.of('S'))) !== '/GTS_PDFA1') problems.push('catalog: no GTS_PDFA1 output intent');
  else {
    const profile = lookup(intent.get(PDFName.of('DestOutputProfile')));
    if (!(profile instanceof PDFRawStream)) problems.push('output intent: no DestOutputProfile');
    else {
      const icc = String(profile.dict.get(PDFName.of('Filter'))) === '/FlateDecode' ? inflateSync(Buffer.from(profile.contents)) : Buffer.from(profile.contents);
      if (icc.subarray(36, 40).toString('latin1') !== 'acsp') problems.push('output intent: profile is no ICC profile');
      if (icc.subarray(16, 20).toString('latin1') !== 'RGB ') problems.push('output intent: profile is not RGB');
      if (icc[8]! > 4) problems.push(`output intent: ICC version ${icc[8]} is above 4`);
      if ((lookup(profile.dict.get(PDFName.of('N'))) as PDFNumber | undefined)?.asNumber() !== 3) problems.push('output intent: /N is not 3');
    }
  }

  if (catalog.has(PDFName.of('AA')) || catalog.has(PDFName.of('OpenAction'))) problems.push('catalog: actions');
  const names = lookup(catalog.get(PDFName.of('Names')));
  if (names instanceof PDFDict && (names.has(PDFName.of('JavaScript')) || names.has(PDFName.of('EmbeddedFiles')))) problems.push('catalog: JavaScript or embedded files');

  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    const type = String(dict.get(PDFName.of('Type')) ?? '');
    const subtype = String(dict.get(PDFName.of('Subtype')) ?? '');
    const filters = lookup(dict.get(PDFName.of('Filter')));
    for (const filter of filters instanceof PDFArray ? filters.asArray() : filters ? [filters] : []) {
      if (['/LZWDecode', '/Crypt'].includes(String(filter))) problems.push(`object ${ref.objectNumber}: forbidden filter ${String(filter)}`);
    }
    if (type === '/FontDescriptor' && !['FontFile', 'FontFile2', 'FontFile3'].some((key) => dict.has(PDFName.of(key)))) {
      problems.push(`object ${ref.objectNumber}: font ${String(dict.get(PDFName.of('FontName')))} not embedded`);
    }
    if (type === '/Annot' || dict.has(PDFName.of('Rect')) && subtype && ['/Link', '/Widget', '/Text', '/FreeText'].includes(subtype)) {
      const flags = (lookup(dict.get(PDFName.of('F'))) as PDFNumber | undefined)?.asNumber() ?? 0;
      // Print set; Hidden, Invisible, NoView and ToggleNoView clear.
      if ((flags & 4) === 0 || (flags & (1 | 2 | 32 | 256)) !== 0) problems.push(`object ${ref.objectNumber}: annotation ${subtype} flags ${flags}`);
      if (subtype !== '/Link' && subtype !== '/Popup' && !dict.has(PDFName.of('AP'))) problems.push(`object ${ref.objectNumber}: annotation ${subtype} without appearance`);
    }
    if (subtype === '/Image' && String(dict.get(PDFName.of('Interpolate'))) === 'true') problems.push(`object ${ref.objectNumber}: interpolated image`);
    if (type === '/ExtGState') {
      for (const key of ['CA', 'ca']) {
        const alpha = (lookup(dict.get(PDFName.of(key))) as PDFNumber | undefined)?.asNumber();
        if (alpha !== undefined && alpha < 1) problems.push(`object ${ref.objectNumber}: transparency (${key} ${alpha})`);
      }
      const mask = dict.get(PDFName.of('SMask'));
      if (mask !== undefined && String(mask) !== '/None') problems.push(`object ${ref.objectNumber}: soft mask`);
      if (String(dict.get(PDFName.of('TR')) ?? '') !== '') problems.push(`object ${ref.objectNumber}: transfer function`);
    }
    if (subtype === '/JavaScript' || String(dict.get(PDFName.of('S')) ?? '') === '/JavaScript') problems.push(`object ${ref.objectNumber}: JavaScript`);
  }
  return problems;
}

/** PDF/A accepts properties outside the standard schemas only when the packet's extension schemas name them. */
function undescribedProperties(xmp: string): string[] {
  const standard = new Set(['dc', 'pdf', 'xmp', 'pdfaid', 'rdf', 'x', 'pdfaExtension', 'pdfaSchema', 'pdfaProperty']);
  const described = new Map<string, Set<string>>();
  for (const schema of xmp.matchAll(/<pdfaSchema:prefix>([^<]+)<\/pdfaSchema:prefix>([\s\S]*?)<\/pdfaSchema:property>/g)) {
    described.set(schema[1]!, new Set([...schema[2]!.matchAll(/<pdfaProperty:name>([^<]+)</g)].map((match) => match[1]!)));
  }
  const problems: string[] = [];
  for (const match of xmp.matchAll(/<([A-Za-z]+):([A-Za-z]+)[\s>]/g)) {
    const [, prefix, name] = match as unknown as [string, string, string];
    if (standard.has(prefix)) continue;
    if (!described.get(prefix)?.has(name)) problems.push(`XMP: ${prefix}:${name} has no extension schema`);
  }
  return [...new Set(problems)];
}
