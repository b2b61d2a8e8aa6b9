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
  readonly siren?: string;
  readonly period?: { readonly from: string; readonly to: string } | Period;
  readonly closingDate?: IsoDate | string;
  readonly createdOn?: IsoDate | string;
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
  readonly id: string;
  readonly mediaType: string;
  /** A human description for listings. */
  readonly description: string;
  fileName(context: FileNameContext): string;
  serialize(input: In, options?: Opt): string;
  encode(input: In, options?: Opt & EncodeOptions): Uint8Array;
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
  readonly id: string;
  readonly mediaType: string;
  readonly description: string;
  readonly fileName: (context: FileNameContext) => string;
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
