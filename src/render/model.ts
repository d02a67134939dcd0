/** The layout model both painters draw: a form is a title, a grid of cells, and notes. */

/** Where a signature and a seal go: lines to sign on, a 42 mm circle's room, a date line. */
export interface SignBlock {
  lines: string[];
  seal: boolean;
  date: boolean;
}

export interface CellModel {
  text: string;
  colSpan: number;
  align: 'left' | 'center' | 'right';
  /** A label cell (the form's printed words) rather than a value filled in. */
  label: boolean;
  /** The least height of the row this cell is in, in millimetres. */
  minHeightMm?: number;
  sign?: SignBlock;
}

export interface FormModel {
  id: string;
  /** Output file name without extension, e.g. `附件4-竣工验收申请表`. */
  fileName: string;
  /** Title lines, centred, in the title face. */
  title: string[];
  /** Line under the title at the left (`申报部门（盖章）：…`), and at the right (`单位：万元`). */
  preface?: string;
  unitNote?: string;
  /** Column widths in millimetres; they add up to the 156 mm 版心. */
  columns: number[];
  rows: CellModel[][];
  /** Rows repeated at the top of every page (a long table's header). */
  headerRows: number;
  /** The `附件N` label at the top left, where the original has one. */
  attachment?: string;
  /** The template asks for a landscape page (a wide table); else layout decides by content. */
  landscape?: boolean;
  notes: string[];
}

/** The bound form and the facts it could not fill (left blank to fill by hand). */
export interface BoundForm {
  form: FormModel;
  missing: string[];
}
