// @ts-nocheck
// XML text for the XML formats (pain.008, CII, e-reporting) (internal).
import { fail } from '../../errors/index.js';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const XML_SPECIAL_RE = /[&<>"']/g;
// Characters XML 1.0 cannot carry at all: C0 controls but TAB, LF, CR; lone surrogates; U+FFFE / U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Escapes the five XML specials of a text already known to hold only XML characters. */
export function escapeXml(text: string): string {
  XML_SPECIAL_RE.lastIndex = 0;
  return XML_SPECIAL_RE.test(text) ? text.replace(XML_SPECIAL_RE, (c) => XML_ESCAPES[c]!) : text;
}

/** A text field as XML content: escaped; a character XML 1.0 cannot carry is refused (`invalid_input` at `field`), never dropped. */
export function xmlText(value: string, field: string): string {
  if (NOT_XML_RE.test(value)) fail('invalid_input', [field], `${field} holds a character XML 1.0 cannot carry (a control character or a lone surrogate, in ${JSON.stringify(value.slice(0, 40))}): remove it.`);
  return escapeXml(value);
}
