// What the readers (PDF text layer, OCR) hand to the extractors, and what the extractors hand back. Pure types.

/** A box on a page as fractions of the page's width and height, measured from the top-left corner. */
export type Box = { x: number; y: number; w: number; h: number };

/**
 * One line of a page. Cells far apart on one line (a label and its value in a table) are joined by a tab, so a
 * pattern can take "the rest of the cell" without running into the next column.
 */
export type TextLine = { text: string; box: Box; confidence: number };

export type PageText = { page: number; lines: TextLine[]; method: "text" | "ocr" };

/** Where a value was read: the page (1-based), the line's box and the line itself. */
export type FieldSource = { page: number; box: Box; text: string; method: "text" | "ocr" };

export type FieldReading<T> = { value: T; confidence: number; source: FieldSource; note?: string };

export type Approval = { body: "AHIMA" | "ACDIS" | "HIMSS" | "NCRA"; number: string };

export type ExtractedFields = {
  date?: FieldReading<string>;
  title?: FieldReading<string>;
  provider?: FieldReading<string>;
  ceus?: FieldReading<number>;
  indexNumber?: FieldReading<string>;
  approvals?: FieldReading<Approval[]>;
  topics?: FieldReading<string[]>;
};

export type FieldName = keyof ExtractedFields;

export const fieldNames: FieldName[] = ["date", "title", "provider", "ceus", "indexNumber", "approvals", "topics"];

/** Below this a reading is shown for attention: the person should look before confirming. */
export const CONFIDENT = 0.7;
