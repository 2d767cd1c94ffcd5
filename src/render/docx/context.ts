// What every part of the mapper needs while it walks the rendered document.
import type { Paragraph, Table } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { Flow } from './flow.js';
import type { StyleSheet } from './styles.js';

export type Block = Paragraph | Table;

export interface MapContext {
  profile: LayoutProfile;
  styles: StyleSheet;
  /** Width of the column the blocks go into (the text width, or a table cell), in millimetres. */
  widthMm: number;
  flow: Flow;
  /** Inside div.closing, where the signer's block has no space of its own above it. */
  insideClosing?: boolean;
  /** Extra height for a signature's blank space, so the names of one grid row line up. */
  signSpaceExtraPt?: number;
}

/** The context for the inside of a table cell: its own width and its own vertical flow. */
export function cellContext(ctx: MapContext, widthMm: number, marginTop = 0): MapContext {
  const flow = new Flow();
  if (marginTop > 0) flow.openContainer(marginTop);
  return { ...ctx, widthMm, flow };
}

export function textWidthMm(profile: LayoutProfile): number {
  return profile.page.width - profile.page.margin.left - profile.page.margin.right;
}
