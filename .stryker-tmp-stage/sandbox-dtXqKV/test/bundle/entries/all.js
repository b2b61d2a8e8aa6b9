// @ts-nocheck
// Budget entry "all" (issue #13 §2, reported only): the whole library, every export kept.
import * as pd from 'partie-double';

console.log(JSON.stringify({ exports: Object.keys(pd).length }));
