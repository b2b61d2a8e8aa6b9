// The examples of docs/gym-reports.md are run: every `expression //=> result` must hold.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../../src/index.js';

const doc = readFileSync(new URL('../../../docs/gym-reports.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Turns `import { a, b } from 'partie-double'` into a destructuring of the API. */
function withoutImports(code: string): string {
  return code.replace(/import\s*\{([^}]*)\}\s*from\s*'partie-double';/g, (_, names: string) => `const {${names}} = api;`);
}

/** The (expression, expected) pairs of a block: `expr //=> value`, or `expr` then `//=> value` (the expression may span lines). */
function checks(code: string): { setup: string; pairs: Array<[string, string]> } {
  const lines = code.split('\n');
  const setup: string[] = [];
  const pairs: Array<[string, string]> = [];
  let pending: string[] = [];
  for (const line of lines) {
    const inline = line.match(/^(.*\S)\s*\/\/=>\s*(.*)$/);
    if (line.trim().startsWith('//=>')) {
      pairs.push([pending.join('\n'), line.trim().slice(4).trim()]);
      pending = [];
    } else if (inline && !line.trim().startsWith('//')) {
      setup.push(...pending);
      pending = [];
      pairs.push([inline[1]!, inline[2]!]);
    } else {
      if (pending.length > 0 && /;\s*$/.test(pending[pending.length - 1]!)) {
        setup.push(...pending);
        pending = [];
      }
      pending.push(line);
    }
  }
  setup.push(...pending);
  return { setup: setup.join('\n'), pairs };
}

function run(code: string): unknown {
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return new Function('api', js)(api);
}

describe('docs/gym-reports.md', () => {
  const setupBlock = blocks.find((b) => b.includes('const documents = ['))!;
  const examples = blocks.filter((b) => b.includes('//=>'));

  it('has a runnable setup and examples for the reports', () => {
    expect(setupBlock).toBeDefined();
    expect(examples.length).toBeGreaterThanOrEqual(17);
  });

  for (const [k, block] of examples.entries()) {
    it(`example ${k + 1}: ${block.split('\n')[0]!.slice(0, 60)}`, () => {
      const { setup, pairs } = checks(block);
      const body = [
        withoutImports(setupBlock).replace(/^import .*$/gm, ''),
        'const { subscriptionSales, sessionsSold, activeSubscriptions, expiringSubscriptions, subscriptionCancellations, invoicesAndCreditNotes, paymentsAndRefunds, voucherUsages, directDebitsByDate, directDebitBatchReport, directDebitRejections, membersInIncident, incidentsByPaymentMethod, newDirectDebitCustomers, customerBalances, openItems, dashboardIndicators } = api;',
        setup,
        `return [${pairs.map(([expr, expected]) => `[JSON.stringify((${expr})), JSON.stringify((${expected}))]`).join(',\n')}];`,
      ].join('\n');
      const results = run(body) as Array<[string, string]>;
      for (const [actual, expected] of results) expect(actual).toBe(expected);
    });
  }
});
