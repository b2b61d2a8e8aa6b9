// @ts-nocheck
// CSV exports of the accounting synthesis, its document lists and the POS figures. Re-exported by src/index.ts.
export {
  accountingSynthesisCsvFormat,
  accountingSynthesisCsvRows,
  ACCOUNTING_SYNTHESIS_CSV_COLUMNS,
  type AccountingSynthesisCsvRow,
} from './accountingSynthesisCsv.js';
export { synthesisDocumentsCsvFormat, synthesisDocumentsCsvColumns } from './synthesisDocumentsCsv.js';
export { posFiguresCsvFormat, posFiguresCsvRows, POS_FIGURES_CSV_COLUMNS, type PosFiguresCsvRow } from './posFiguresCsv.js';
