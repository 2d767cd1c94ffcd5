// Vertical spacing as the browser lays it out. CSS collapses adjoining margins (the larger wins, and a
// container's top margin passes to its first child); Word adds "space after" and "space before". The flow
// remembers what the previous block left below it, so each paragraph gets the space that makes the gap
// the same as in the PDF.
export class Flow {
  /** The CSS bottom margin of the previous block. */
  private previousMargin = 0;
  /** The part of it Word already adds as the previous paragraph's "space after". */
  private previousApplied = 0;
  /** Top margins of containers that open here, waiting for their first block. */
  private pendingTop = 0;

  /** A container with this top margin starts: its first block carries it. */
  openContainer(marginTop: number): void {
    this.pendingTop = Math.max(this.pendingTop, marginTop);
  }

  /** "Space before" for a paragraph whose "space after" will be its bottom margin. */
  paragraph(marginTop: number, marginBottom: number): number {
    const before = this.gap(marginTop);
    this.previousMargin = marginBottom;
    this.previousApplied = marginBottom;
    return before;
  }

  /** The gap above a table (written on its first row's paragraphs); nothing is added below it by Word. */
  table(marginTop: number, marginBottom: number): number {
    const before = this.gap(marginTop);
    this.previousMargin = marginBottom;
    this.previousApplied = 0;
    return before;
  }

  private gap(marginTop: number): number {
    const collapsed = Math.max(this.previousMargin, this.pendingTop, marginTop);
    this.pendingTop = 0;
    return Math.max(0, collapsed - this.previousApplied);
  }
}
