export { dateLine, parseIsoDate, shortDate } from './dates.js';
export type { CalendarDate } from './dates.js';
export { toRoman, quarterRoman, quarterTitle, quarterText } from './roman.js';
export { ordinal, ordinalLower } from './ordinals.js';
export { groupNumber, numberToWords, moneyInWords, withUnit } from './numbers.js';
export { upperVi, capitalizeFirst } from './case.js';
export { compareVi, givenName, sortPeopleVi } from './collation.js';
export { endSentence, stripQuotes } from './text.js';
export { vietnameseLetter } from './letters.js';
