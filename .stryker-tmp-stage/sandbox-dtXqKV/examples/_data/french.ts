// @ts-nocheck
// French identities for the example businesses: people, SIREN (Luhn key),
// IBAN (RIB key and mod-97 check digits), SEPA creditor identifier (ICS).
import type { Random } from './random.js';
import { pad } from './random.js';

const FIRST_NAMES = [
  'Jean', 'Léa', 'Hugo', 'Chloé', 'Lucas', 'Inès', 'Louis', 'Camille', 'Gabriel', 'Manon', 'Arthur', 'Zoé', 'Jules', 'Anaïs',
  'Raphaël', 'Élodie', 'Noé', 'Maëlys', 'Théo', 'Océane', 'Mathis', 'Clémence', 'Nathan', 'Agnès', 'Étienne', 'Françoise',
  'Joël', 'Hélène', 'Loïc', 'Béatrice', 'Rémi', 'Cécile', 'Jérôme', 'Sophie', 'Benoît', 'Marie-José', 'Jean-Noël', 'Gaëlle',
];
const LAST_NAMES = [
  'MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'SIMON', 'LAURENT',
  'LEFÈVRE', 'MICHEL', 'GARCIA', 'DAVID', 'BERTRAND', 'ROUX', 'VINCENT', 'FOURNIER', 'MOREL', 'GIRARD', 'ANDRÉ', 'MERCIER',
  'DUPONT', 'LAMBERT', 'BONNET', 'FRANÇOIS', 'MARTINEZ', 'LEGRAND', "D'ALMEIDA", "N'DIAYE", 'LE GOFF', 'CHÂTEAU', 'NGUYEN',
  'BOUCHER', 'GAUTHIER', 'PERRIN', 'MÜLLER', 'COLIN',
];
const CITIES = ['Lyon', 'Grenoble', 'Annecy', 'Valence', 'Chambéry', 'Saint-Étienne', 'Villeurbanne', 'Vienne'];

/** Names that put separators, quotes and accents in the files. */
const AWKWARD_NAMES = ['DUPONT; Jean', 'O\'BRIEN "Mike"', 'LÉVÊQUE | Anaïs', 'MARTIN\tLouis', 'SAÏD "Yasmine"; Nour'];

/**
 * A French person's name as billing software writes it (`MARTIN Léa`); now and
 * then one carrying `;`, `|`, a tab or quotes, to exercise the writers.
 */
export function personName(rng: Random): string {
  if (rng.chance(2, 100)) return rng.pick(AWKWARD_NAMES);
  return `${rng.pick(LAST_NAMES)} ${rng.pick(FIRST_NAMES)}`;
}

/** A city of the examples' region. */
export function city(rng: Random): string {
  return rng.pick(CITIES);
}

/** The remainder of a long digit string modulo 97 (ISO 7064 mod 97-10). */
function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** Letters as ISO 13616 numbers (A = 10 … Z = 35), digits unchanged. */
function numeric(text: string): string {
  let out = '';
  for (const ch of text) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}

/**
 * A SIREN with its Luhn key: the 8 first digits given, the 9th computed.
 *
 * @example
 * ```ts
 * siren('12345678') //=> '123456782'
 * ```
 */
export function siren(first8: string): string {
  if (!/^\d{8}$/.test(first8)) throw new RangeError('siren: give 8 digits');
  return withLuhnKey(first8);
}

/** `digits` followed by the key digit that makes the whole pass the Luhn check (SIREN, SIRET). */
function withLuhnKey(digits: string): string {
  for (let key = 0; key <= 9; key++) {
    const s = digits + String(key);
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

/**
 * A SIRET: the SIREN, a 4-digit establishment number (NIC without its key)
 * and the Luhn key over the 14 digits.
 *
 * @example
 * ```ts
 * siret('123456782', '0001') //=> '12345678200010'
 * ```
 */
export function siret(sirenNumber: string, nic4: string): string {
  if (!/^\d{9}$/.test(sirenNumber) || !/^\d{4}$/.test(nic4)) throw new RangeError('siret: give a 9-digit SIREN and 4 digits');
  return withLuhnKey(sirenNumber + nic4);
}

/**
 * A French IBAN from a bank code (5 digits), branch code (5 digits) and account
 * number (11 digits): RIB key, then the ISO 13616 check digits.
 *
 * @example
 * ```ts
 * frenchIban('30006', '00001', '12345678901') //=> 'FR7630006000011234567890189'
 * ```
 */
export function frenchIban(bank: string, branch: string, account: string): string {
  if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^\d{11}$/.test(account)) throw new RangeError('frenchIban: 5 + 5 + 11 digits');
  const ribKey = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
  const bban = `${bank}${branch}${account}${pad(ribKey, 2)}`;
  const check = 98 - mod97(numeric(`${bban}FR00`));
  return `FR${pad(check, 2)}${bban}`;
}

/** Bank codes of French banks, with a BIC each (for the debtors' accounts). */
const BANKS: ReadonlyArray<readonly [string, string]> = [
  ['30006', 'AGRIFRPP'],
  ['30003', 'SOGEFRPP'],
  ['30004', 'BNPAFRPP'],
  ['20041', 'PSSTFRPP'],
  ['10278', 'CMCIFR2A'],
  ['16606', 'AGRIFRPP866'],
];

/** A random French bank account: IBAN and BIC. */
export function bankAccount(rng: Random): { readonly iban: string; readonly bic: string } {
  const [bank, bic] = rng.pick(BANKS);
  const branch = pad(rng.int(1, 99999), 5);
  const account = `${pad(rng.int(0, 999999), 6)}${pad(rng.int(0, 99999), 5)}`;
  return { iban: frenchIban(bank, branch, account), bic };
}

/**
 * A French SEPA creditor identifier (ICS): `FR` + check digits + `ZZZ` +
 * the 6-character national identifier.
 *
 * @example
 * ```ts
 * creditorId('123456') //=> 'FR72ZZZ123456'
 * ```
 */
export function creditorId(national: string): string {
  if (!/^[0-9A-Z]{6}$/.test(national)) throw new RangeError('creditorId: 6 capital letters or digits');
  return `FR${pad(98 - mod97(numeric(`${national}FR00`)), 2)}ZZZ${national}`;
}
