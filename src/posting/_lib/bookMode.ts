// What a postBook run adds to `run` (internal): the staging columns, the common invoice written straight into
// them (stageInvoice.ts) and the Book's layout. postBook passes it in, so that a bundle of `post` leaves all
// three out (issue #13 §2).
import { ColumnsBuilder } from '../../book/_lib/builder.js';
import { reorder } from '../../book/_lib/layOut.js';
import { lazyVatMinor } from './entries.js';
import { stageInvoice, stageNewInvoice } from './stageInvoice.js';

/** Documents whose entries size a postBook run's staging columns. */
const STAGING_SAMPLE = 4096;

/** The postBook mode of `run`. */
export interface BookMode {
  /**
   * The staging columns, sized for `transactions` transactions and the entries of the first documents only: once
   * they show how many entries a document makes, the columns grow once to the whole call's (stageInvoice.ts), not by
   * doubling (each large allocation of columns costs a full collection of the heap that holds the documents).
   */
  readonly staging: (transactions: number) => ColumnsBuilder;
  /** The common invoice written straight into the staging columns; false when it takes the general path. */
  readonly stage: typeof stageInvoice;
  /** An invoice nothing refers to written straight into the staging columns, its figures not kept; false: the general path. */
  readonly stageNew: typeof stageNewInvoice;
  /** The Book laid out from the staged columns, in numbering order. */
  readonly layOut: typeof reorder;
}

export const BOOK_MODE: BookMode = {
  staging: (transactions) => {
    const staging = new ColumnsBuilder({}, { transactions, entries: Math.min(transactions, STAGING_SAMPLE) * 3, staging: true });
    staging.vatMinor = lazyVatMinor;
    return staging;
  },
  stage: stageInvoice,
  stageNew: stageNewInvoice,
  layOut: reorder,
};
