// The trailers of a numbering commit: which document got which number, in which year's series. The register
// reads them back as the date the document was sent (ngày chuyển).

export const NUMBER_TRAILER = {
  document: 'Giaouoc-Document',
  number: 'Giaouoc-Number',
  year: 'Giaouoc-Number-Year',
} as const;

export interface NumberClaim {
  document: string;
  number: string;
  year: number;
}

export function numberMessage(title: string, claim: NumberClaim): string {
  return [
    `Cấp số ${claim.number}: ${title}`,
    '',
    `${NUMBER_TRAILER.document}: ${claim.document}`,
    `${NUMBER_TRAILER.number}: ${claim.number}`,
    `${NUMBER_TRAILER.year}: ${claim.year}`,
    '',
  ].join('\n');
}
