// What a postBook run adds to `run` (internal): the staging columns, the common invoice written straight into
// them (stageInvoice.ts) and the Book's layout. postBook passes it in, so that a bundle of `post` leaves all
// three out (issue #13 §2).
import { ColumnsBuilder } from '../../book/_lib/builder.js';
import { reorder } from '../../book/_lib/layOut.js';
import { lazyVatMinor } from './entries.js';
import { stageInvoice } from './stageInvoice.js';

/** The postBook mode of `run`. */
export interface BookMode {
  /** The staging columns, sized for `transactions` transactions. */
  readonly staging: (transactions: number) => ColumnsBuilder;
  /** The common invoice written straight into the staging columns; false when it takes the general path. */
  readonly stage: typeof stageInvoice;
  /** The Book laid out from the staged columns, in numbering order. */
  readonly layOut: typeof reorder;
}

export const BOOK_MODE: BookMode = {
  staging: (transactions) => {
    const staging = new ColumnsBuilder({}, { transactions, staging: true });
    staging.vatMinor = lazyVatMinor;
    return staging;
  },
  stage: stageInvoice,
  layOut: reorder,
};
