// @ts-nocheck
// Accounting synthesis and POS figures (campsite). Re-exported by src/index.ts.
export {
  accountingSynthesis,
  type AccountingSynthesis,
  type AccountingSynthesisOptions,
  type SynthesisAccountRow,
  type SynthesisControl,
  type SynthesisCount,
  type SynthesisInShort,
  type SynthesisKeyFigures,
  type SynthesisMethodRow,
  type SynthesisNatureRow,
  type SynthesisVatParts,
  type SynthesisVatRow,
} from './accountingSynthesis.js';
export { indexDocuments, type DocumentIndex, type IndexDocumentsOptions } from './documentIndex.js';
export { staySchema, parseStay, safeParseStay, type Stay } from '../schemas/stay.js';
export { posFigures, type PosFigures, type PosFiguresOptions } from './posFigures.js';
export { tillClosings, type TillClosings, type TillClosingsOptions, type TillClosingFigures } from './tillClosings.js';
export {
  synthesisDocuments,
  SYNTHESIS_LISTS,
  type SynthesisDocumentRow,
  type SynthesisDocumentsOptions,
  type SynthesisListName,
  type SynthesisSortColumn,
} from './synthesisDocuments.js';
