// The page: A4 and the margins of the profile, and the page number centred in the top margin from page 2 on
// (a different first page whose header is empty, like `@page :first` in the print rules).
import { Header, PageNumber, PageOrientation, TextRun, type ISectionOptions } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { mmToTwips } from './measure.js';
import { styledParagraph } from './paragraphs.js';
import type { StyleSheet } from './styles.js';

type SectionProperties = NonNullable<ISectionOptions['properties']>;

export function sectionProperties(p: LayoutProfile): SectionProperties {
  const m = p.page.margin;
  const numberLineMm = (p.body.lineHeight * p.pageNumber.size * 25.4) / 72;
  return {
    titlePage: true,
    page: {
      // The docx library takes portrait measures and swaps them itself for a landscape page.
      size:
        p.page.width > p.page.height
          ? { width: mmToTwips(p.page.height), height: mmToTwips(p.page.width), orientation: PageOrientation.LANDSCAPE }
          : { width: mmToTwips(p.page.width), height: mmToTwips(p.page.height) },
      margin: {
        top: mmToTwips(m.top),
        bottom: mmToTwips(m.bottom),
        left: mmToTwips(m.left),
        right: mmToTwips(m.right),
        // The number's line sits in the middle of the top margin, as `vertical-align: middle` puts it.
        header: mmToTwips(Math.max(0, (m.top - numberLineMm) / 2)),
        footer: mmToTwips(m.bottom / 2),
        gutter: 0,
      },
    },
  };
}

export function pageHeaders(p: LayoutProfile, styles: StyleSheet): NonNullable<ISectionOptions['headers']> {
  const style = styles.pageNumber;
  const numbered = styledParagraph(p, style, [new TextRun({ children: [PageNumber.CURRENT] })], { before: 0, after: 0 });
  const empty = styledParagraph(p, style, [], { before: 0, after: 0 });
  return {
    default: new Header({ children: [numbered] }),
    first: new Header({ children: [empty] }),
  };
}

