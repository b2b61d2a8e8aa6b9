// @ts-nocheck
export { AccountingError, formatPath, type AccountingIssue, type IssuePath } from './AccountingError.js';
export { ISSUE_CODES, type IssueCode } from './codes.js';
export { fail, issue, prefixIssues, safely, type SafeResult } from './issue.js';
export { fromZodIssues, type ZodIssueSource } from './fromZod.js';
export { quote } from './quote.js';
export { FIELD_HINTS } from './_lib/describeField.js';
