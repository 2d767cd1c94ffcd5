// How a sign-ready print marks each party's signature area: the template wraps the reserved area in a link to
// this reserved (never resolvable) address; Chromium prints the link as an annotation with the area's exact
// rectangle on the right page, and the sign-ready step replaces it with an empty signature field.

export const FIELD_URL_PREFIX = 'https://giaouoc.invalid/ky/';

export function signFieldUrl(party: string): string {
  return `${FIELD_URL_PREFIX}${encodeURIComponent(party)}`;
}

/** The field name a party's signature field carries: token software shows it when asking where to sign. */
export function signFieldName(party: string): string {
  return `ky-${party}`;
}

export function partyOfFieldName(name: string): string | undefined {
  return name.startsWith('ky-') ? name.slice(3) : undefined;
}
