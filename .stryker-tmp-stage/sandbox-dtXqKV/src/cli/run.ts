// @ts-nocheck
// The command line: argument parsing, help, dispatch, and the exit codes (0 ok, 1 invalid data, 2 usage).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AccountingError, isIsoDate, type IsoDate } from '../index.js';
import { balanceCommand, validateFecCommand } from './commands/fecFile.js';
import { parseFiscalYearStart, postCommand } from './commands/post.js';
import { UsageError, type CliIo } from './io.js';
import { rulesJsonSchema } from './rulesFile.js';
import { formatIssues } from './text.js';

declare const __VERSION__: string | undefined;

const MAIN_HELP = `Usage: partie-double <command> [options]

Commands:
  post <documents.json|.ndjson>   post billing documents; write the FEC, journals, balances,
                                  ledgers, VAT, PCA and software exports per fiscal year
  validate-fec <FILE>             check a FEC against the DGFiP's rules (exit code 1 when invalid)
  balance <FILE>                  print the trial balance of a FEC
  schema rules                    print the JSON Schema of a rules file

Options:
  -h, --help                      help (also after a command: partie-double post --help)
  -v, --version                   the version

Exit codes: 0 done, 1 invalid data (documents that do not post, an invalid FEC), 2 usage error.
`;

const HELP: Readonly<Record<string, string>> = {
  post: `Usage: partie-double post <documents.json|.ndjson> --siren <SIREN> [options]

Posts billing documents (invoices, payments, direct debits, till closings… as JSON: an array in a
.json file, or one document per line in a .ndjson / .jsonl file, read as a stream) and writes, for
each fiscal year, into <out>/<from>_<to>/: the FEC (validated) and its notice, the journals, the
trial balances, the ledgers, the VAT synthesis, the fiscal PCA report and the software exports.
Transactions are numbered per journal in (date, input order) over all documents. Nothing is written
when a document does not post: every issue is printed instead (exit code 1).

Options:
  --siren <SIREN>                 the company's SIREN (9 digits), for the FEC's name (required)
  --rules <rules.json>            posting rules (see: partie-double schema rules); default French rules
  --out <dir>                     output folder (default: out)
  --fiscal-year-start <MM>        month the fiscal year starts on, 07 or 07-01 (default: 01)
  --reset-numbering               restart numbering each fiscal year (ids VT2024-000001)
  --business <name>               the company's name, in file names and the FEC notice
  --json                          print the summary as JSON
  --no-progress                   no progress bar on stderr
  -h, --help                      this help
`,
  'validate-fec': `Usage: partie-double validate-fec <FILE> [--json]

Checks a FEC (Fichier des écritures comptables) against the DGFiP's rules and prints every issue
(errors, warnings, infos) with its line. Exit code 1 when the file is not valid.

Options:
  --json                          print the verdict and issues as JSON
  -h, --help                      this help
`,
  balance: `Usage: partie-double balance <FILE> [options]

Prints the trial balance (balance générale) of a FEC: movements and closing balance per account.

Options:
  --level <general|auxiliary>     per account (default) or per auxiliary account
  --from <YYYY-MM-DD>             first day of the period (default: the whole file)
  --to <YYYY-MM-DD>               last day of the period
  --json                          print the rows and totals as JSON (amounts as strings)
  --threads <N>                   read the file in N parts in parallel (default: one per core for a file
                                  of 8 MB a part or more; 1: in this thread only); same output either way
  -h, --help                      this help
`,
  schema: `Usage: partie-double schema rules

Prints the JSON Schema (draft 2020-12) of the rules file that post --rules reads: any part of the
default posting rules to override (accounts, VAT accounts, journals, payment methods, rates...).
`,
};

const OPTIONS: Readonly<Record<string, ParseArgsConfig['options']>> = {
  post: {
    siren: { type: 'string' },
    rules: { type: 'string' },
    out: { type: 'string' },
    'fiscal-year-start': { type: 'string' },
    'reset-numbering': { type: 'boolean' },
    business: { type: 'string' },
    json: { type: 'boolean' },
    progress: { type: 'boolean' },
    'no-progress': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  'validate-fec': { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  balance: { level: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, threads: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  schema: { help: { type: 'boolean', short: 'h' } },
};

function date(value: unknown, flag: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new UsageError(`--${flag} ${String(value)}: give a date as YYYY-MM-DD.`);
  return value;
}

function one(positionals: ReadonlyArray<string>, command: string, what: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one ${what}; got ${positionals.length === 0 ? 'none' : positionals.length}. See: partie-double ${command} --help`);
  return positionals[0]!;
}

/**
 * Runs the command line on its arguments (without `node` and the script) and
 * returns the exit code: 0 done, 1 invalid data, 2 usage error.
 */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return 0;
  }
  const spec = OPTIONS[command];
  if (!spec) {
    io.stderr(`Unknown command: ${command}.\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: [...rest], options: spec, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError((e as Error).message.replace(/^TypeError \[\w+\]: /, ''));
    }
    const v = parsed.values as Record<string, string | boolean | undefined>;
    if (v.help === true) {
      io.stdout(HELP[command]!);
      return 0;
    }
    const json = v.json === true;
    switch (command) {
      case 'post': {
        const documents = one(parsed.positionals, 'post', 'documents file');
        if (typeof v.siren !== 'string') throw new UsageError('post needs the company\'s SIREN for the FEC\'s name: --siren 123456782.');
        return await postCommand(
          {
            documents,
            siren: v.siren,
            ...(typeof v.rules === 'string' ? { rules: v.rules } : {}),
            ...(typeof v.out === 'string' ? { out: v.out } : {}),
            ...(typeof v.business === 'string' ? { business: v.business } : {}),
            fiscalYearStartMonth: parseFiscalYearStart(v['fiscal-year-start'] as string | undefined),
            resetNumbering: v['reset-numbering'] === true,
            json,
            progress: v['no-progress'] !== true,
          },
          io,
        );
      }
      case 'validate-fec':
        return validateFecCommand({ file: one(parsed.positionals, 'validate-fec', 'FEC file'), json }, io);
      case 'balance': {
        const level = v.level ?? 'general';
        if (level !== 'general' && level !== 'auxiliary') throw new UsageError(`--level ${String(level)}: give general or auxiliary.`);
        const from = date(v.from, 'from');
        const to = date(v.to, 'to');
        const threads = v.threads === undefined ? undefined : Number(v.threads);
        if (threads !== undefined && !(Number.isSafeInteger(threads) && threads >= 1 && threads <= 64)) throw new UsageError(`--threads ${String(v.threads)}: give a whole number of threads from 1 to 64.`);
        return await balanceCommand({ file: one(parsed.positionals, 'balance', 'FEC file'), json, level, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(threads !== undefined ? { threads } : {}) }, io);
      }
      default: {
        const what = one(parsed.positionals, 'schema', 'schema name (rules)');
        if (what !== 'rules') throw new UsageError(`schema ${what}: the only schema is rules.`);
        io.stdout(`${JSON.stringify(rulesJsonSchema(), null, 2)}\n`);
        return 0;
      }
    }
  } catch (e) {
    if (e instanceof AccountingError) {
      io.stderr(`${formatIssues(e.issues, 50)}\n`);
      return 1;
    }
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
