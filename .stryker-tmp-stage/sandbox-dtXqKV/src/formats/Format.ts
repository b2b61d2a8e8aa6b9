// @ts-nocheck
import type { IsoDate, Period } from '../calendar/index.js';
import { encodeAll, type TextEncodingName } from './_lib/encoding.js';

/**
 * What a file name may be built from. Nothing reads the clock: a creation date
 * comes from here.
 *
 * @example
 * ```ts
 * const context: FileNameContext = { siren: '123456782', closingDate: '2024-12-31' };
 * ```
 */
export interface FileNameContext {
  /** The company's SIREN (9 digits), for names that carry it (the FEC's `SirenFECAAAAMMJJ`). */
  readonly siren?: string;
  /** The period the file covers (dated file names), inclusive. */
  readonly period?:
    | {
        /** The first day, `YYYY-MM-DD`. */
        readonly from: string;
        /** The last day, `YYYY-MM-DD`. */
        readonly to: string;
      }
    | Period;
  /** The fiscal year's closing date (« date de clôture »), `YYYY-MM-DD`: the FEC's name date. */
  readonly closingDate?: IsoDate | string;
  /** The day the file is made, `YYYY-MM-DD`, for names that start with it; never read from the clock. */
  readonly createdOn?: IsoDate | string;
  /** The business name, for the plain-text ledgers' file names (non-alphanumeric characters become `-`). */
  readonly business?: string;
}

/**
 * Options every format's `encode` accepts on top of its own.
 *
 * @example
 * ```ts
 * const options: EncodeOptions = { encoding: 'iso-8859-15' };
 * ```
 */
export interface EncodeOptions {
  /** @defaultValue the format's own default (UTF-8 for most) */
  readonly encoding?: TextEncodingName;
}

/**
 * An export format: it lays a report or transactions out as text, never
 * computing accounting figures and never touching the disk. `serialize` gives
 * the whole text, `chunks` the same text piece by piece (memory stays flat for
 * large books), `encode` the bytes in the chosen encoding.
 *
 * @example
 * ```ts
 * const fec: Format<BookSource, FecOptions> = formats.fec;
 * fec.fileName({ siren: '123456782', closingDate: '2024-12-31' }) //=> '123456782FEC20241231.txt'
 * ```
 */
export interface Format<In, Opt = Record<string, never>> {
  /** The format's registry id (`fec`, `quadratus`, `csv-trial-balance`…). */
  readonly id: string;
  /** The file's MIME type (`text/plain`, `text/csv`, `application/xml`). */
  readonly mediaType: string;
  /** A human description for listings. */
  readonly description: string;
  /**
   * The conventional file name for this context; may throw `invalid_option` when the name needs a missing
   * field.
   */
  fileName(context: FileNameContext): string;
  /** The whole file as one string (the chunks joined). */
  serialize(input: In, options?: Opt): string;
  /** The whole file as bytes in `options.encoding`, or the format's default encoding. */
  encode(input: In, options?: Opt & EncodeOptions): Uint8Array;
  /** The file as successive pieces of text, to write large books with flat memory. */
  chunks(input: In, options?: Opt): Iterable<string>;
}

/**
 * A format of any input, as the registry holds them.
 *
 * @example
 * ```ts
 * const all: ReadonlyArray<AnyFormat> = formats.list();
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFormat = Format<any, any>;

/**
 * What {@link defineFormat} needs: the chunk writer and the descriptions; it
 * derives `serialize` and `encode`.
 *
 * @example
 * ```ts
 * const spec: FormatSpec<string[], {}> = { id: 'lines', mediaType: 'text/plain', description: 'Lines', fileName: () => 'lines.txt', chunks: function* (xs) { yield xs.join('\n'); } };
 * ```
 */
export interface FormatSpec<In, Opt> {
  /** The format's registry id. */
  readonly id: string;
  /** The file's MIME type. */
  readonly mediaType: string;
  /** A human description for listings. */
  readonly description: string;
  /** Builds the conventional file name from the context. */
  readonly fileName: (context: FileNameContext) => string;
  /** Writes the file piece by piece; `serialize` and `encode` are derived from it. */
  readonly chunks: (input: In, options?: Opt) => Iterable<string>;
  /** @defaultValue 'utf-8' */
  readonly defaultEncoding?: TextEncodingName;
}

/**
 * Builds a frozen {@link Format} from its chunk writer: `serialize` joins the
 * chunks, `encode` encodes them with the library's own encoders (no `Buffer`).
 *
 * @param spec - id, media type, description, file name and chunk writer
 * @returns the format
 * @example
 * ```ts
 * const lines = defineFormat({ id: 'lines', mediaType: 'text/plain', description: 'One value per line', fileName: () => 'lines.txt', chunks: function* (xs: string[]) { for (const x of xs) yield `${x}\n`; } });
 * lines.serialize(['a', 'b']) //=> 'a\nb\n'
 * ```
 */
// Marked free of side effects: a bundler drops a format nobody uses, even beside a used one in its module.
export /* @__NO_SIDE_EFFECTS__ */ function defineFormat<In, Opt>(spec: FormatSpec<In, Opt>): Format<In, Opt> {
  const chunks = spec.chunks;
  return Object.freeze({
    id: spec.id,
    mediaType: spec.mediaType,
    description: spec.description,
    fileName: spec.fileName,
    chunks,
    serialize(input: In, options?: Opt): string {
      const parts: string[] = [];
      for (const c of chunks(input, options)) parts.push(c);
      return parts.length === 1 ? parts[0]! : parts.join('');
    },
    encode(input: In, options?: Opt & EncodeOptions): Uint8Array {
      const encoding = options?.encoding ?? spec.defaultEncoding ?? 'utf-8';
      return encodeAll(chunks(input, options), encoding);
    },
  });
}

/**
 * Groups lines into chunks of about `size` characters (internal helper for
 * writers that produce one line at a time).
 */
export function* batchLines(lines: Iterable<string>, size = 64 * 1024): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}
