// Sources: the account list of règlement ANC 2014-03 (PCG) as consolidated before règlement ANC 2022-06, plus the
// three-digit accounts created for exercices ouverts from 1 January 2025 (152, 638, 649, 657, 741, 742, 747, 757;
// 262 and 439 as in Odoo's 2025 French chart, not checked against the regulation text), so books kept under
// either version find their accounts. Where 2022-06 gave a number a new meaning (474, 475, 481) or renamed an
// account (653, 753), the current label is used. Accounts 2022-06 deleted (153 to 158, 675, 775, 777, 791, 796,
// 797...) stay listed for earlier fiscal years. 530 and 580 are the usual three-digit forms of accounts 53 and 58.
// Local conventions, not in the PCG: 445711 to 445714 (TVA collectée per rate), 44574, 4671, 5115.
// Labels use the ASCII apostrophe and " - " where the official text has ’ and –, as FEC CompteLib values usually do.

// The list is stored for gzip (issue #13 §2: every bundle that builds a Book carries it; 0.3 KB less gzipped
// than one text of number-label lines grouped by two-digit prefix, itself 0.35 KB less than tuples of strings):
// - LABELS: every label in number order, one a line, each accented letter written with the ASCII character that
//   stands for it (ACCENTED / STAND_INS: a bundler's ASCII output writes é as \xE9, four bytes);
// - THREE: which three-digit numbers from 100 to 799 are listed, five numbers a character (base 32, high bit first);
// - LONGER: the longer numbers.
// The numbers, sorted as strings, pair with the labels in order. The readable list is
// test/accounts/pcg-accounts.tsv: edit it, then write these constants with `node --import tsx scripts/pcg.ts`;
// test/accounts/pcg.test.ts checks that PCG_ACCOUNTS is that list, pair for pair.
const LABELS = `Capital
Fonds fiduciaires
Primes li#es au capital social
=carts de r##valuation
R#serves
=cart d'#quivalence
Compte de l'exploitant
Actionnaires : Capital souscrit - non appel#
Report * nouveau (solde cr#diteur)
Report * nouveau (solde d#biteur)
R#sultat de l'exercice (b#n#fice)
R#sultat de l'exercice (perte)
Subventions d'#quipement
Autres subventions d'investissement (m<me ventilation que celle du compte 131)
Subventions d'investissement inscrites au compte de r#sultat
Provisions r#glement#es relatives aux immobilisations
Provisions r#glement#es relatives aux stocks
Provisions r#glement#es relatives aux autres #l#ments de l'actif
Amortissements d#rogatoires
Provision sp#ciale de r##valuation
Plus-values r#investies
Autres provisions r#glement#es
Provisions pour risques
Provisions pour charges
Provisions pour pensions et obligations similaires
Provisions pour restructurations
Provisions pour imp;ts
Provisions pour renouvellement des immobilisations (entreprises concessionnaires)
Provisions pour charges * r#partir sur plusieurs exercices
Autres provisions pour charges
Emprunts obligataires convertibles
Obligations repr#sentatives de passifs nets remis en fiducie
Autres emprunts obligataires
Emprunts aupr&s des #tablissements de cr#dit
D#p;ts et cautionnements re>us
Participation des salari#s aux r#sultats
Emprunts et dettes assortis de conditions particuli&res
Autres emprunts et dettes assimil#es
Primes de remboursement des obligations
Dettes rattach#es * des participations (groupe)
Dettes rattach#es * des participations (hors groupe)
Dettes rattach#es * des soci#t#s en participation
Comptes de liaison des #tablissements
Biens et prestations de services #chang#s entre #tablissements (charges)
Biens et prestations de services #chang#s entre #tablissements (produits)
Comptes de liaison des soci#t#s en participation
Frais d'#tablissement
Frais de recherche et de d#veloppement
Concessions et droits similaires, brevets, licences, marques, proc#d#s, logiciels, droits et valeurs similaires
Droit au bail
Fonds commercial
Autres immobilisations incorporelles
Terrains
Agencements et am#nagements de terrains (m<me ventilation que celle du compte 211)
Constructions
Constructions sur sol d'autrui (m<me ventilation que celle du compte 213)
Installations techniques, mat#riels et outillage industriels
Autres immobilisations corporelles
Immobilisations corporelles en cours
Immobilisations incorporelles en cours
Avances et acomptes vers#s sur immobilisations incorporelles
Avances et acomptes vers#s sur commandes d'immobilisations corporelles
Titres de participation
Titres #valu#s par #quivalence
Autres formes de participation
Cr#ances rattach#es * des participations
Cr#ances rattach#es * des soci#t#s en participation
Versements restant * effectuer sur titres de participation non lib#r#s
Titres immobilis#s autres que les titres immobilis#s de l'activit# de portefeuille (droit de propri#t#)
Titres immobilis#s (droit de cr#ance)
Titres immobilis#s de l'activit# de portefeuille
Pr<ts
D#p;ts et cautionnements vers#s
Autres cr#ances immobilis#es
Actions propres ou parts propres
Mali de fusion sur actifs financiers
Versements restant * effectuer sur titres immobilis#s non lib#r#s
Amortissements des immobilisations incorporelles
Amortissements des immobilisations corporelles
Amortissements des immobilisations mises en concession
D#pr#ciations des immobilisations incorporelles
D#pr#ciations des immobilisations corporelles (m<me ventilation que celle du compte 21)
D#pr#ciations des immobilisations mises en concession
D#pr#ciations des immobilisations en cours
D#pr#ciations des participations et cr#ances rattach#es * des participations
D#pr#ciations des autres immobilisations financi&res
Mati&res (ou groupe) A
Mati&res (ou groupe) B
Fournitures A, B, C...
Mati&res consommables
Fournitures consommables
Emballages
Produits en cours
Travaux en cours
=tudes en cours
Prestations de services en cours
Produits interm#diaires
Produits finis
Produits r#siduels (ou mati&res de r#cup#ration)
Marchandises (ou groupe) A
Marchandises (ou groupe) B
D#pr#ciations des mati&res premi&res (et fournitures)
D#pr#ciations des autres approvisionnements
D#pr#ciations des en-cours de production de biens
D#pr#ciations des en-cours de production de services
D#pr#ciations des stocks de produits
D#pr#ciations des stocks de marchandises
Fournisseurs et comptes rattach#s
Fournisseurs
Fournisseurs - Achats de biens et prestations de services
Fournisseurs - Effets * payer
Fournisseurs d'immobilisations
Fournisseurs d'immobilisations - Effets * payer
Fournisseurs - Factures non parvenues
Fournisseurs d#biteurs
Fournisseurs - Avances et acomptes vers#s sur commandes
Clients et comptes rattach#s
Clients
Clients - Ventes de biens ou de prestations de services
Clients - Effets * recevoir
Clients douteux ou litigieux
Clients - Produits non encore factur#s
Clients cr#diteurs
Clients - Avances et acomptes re>us sur commandes
Clients - Dettes sur emballages et mat#riels consign#s
Clients - Autres avoirs
Rabais, remises, ristournes * accorder et autres avoirs * #tablir
Personnel - R#mun#rations dues
Comit#s d'entreprises, d'#tablissement...
Participation des salari#s aux r#sultats
Personnel - Avances et acomptes
Personnel - D#p;ts
Personnel - Oppositions
Personnel - Charges * payer et produits * recevoir
S#curit# sociale
Autres organismes sociaux
Organismes sociaux - Charges * payer et produits * recevoir
Organismes sociaux - Produits * recevoir
=tat - Subventions * recevoir
Contributions, imp;ts et taxes recouvr#s pour le compte de l'=tat
Op#rations particuli&res avec l'=tat, les collectivit#s publiques, les organismes internationaux
=tat - Imp;ts sur les b#n#fices
=tat - Taxes sur le chiffre d'affaires
TVA sur autres biens et services
Taxes sur le chiffre d'affaires d#ductibles * r#gulariser
TVA collect#e
TVA collect#e 20 %
TVA collect#e 10 %
TVA collect#e 5,5 %
TVA collect#e 2,1 %
TVA collect#e sur encaissements (en attente)
Taxes sur le chiffre d'affaires * r#gulariser ou en attente
Taxes sur le chiffre d'affaires sur factures * #tablir
Obligations cautionn#es
Autres imp;ts, taxes et versements assimil#s
=tat - Charges * payer et produits * recevoir
Quotas d'#mission * acqu#rir
Groupe
Associ#s - Comptes courants
Associ#s - Op#rations sur le capital
Associ#s - Dividendes * payer
Associ#s - Op#rations faites en commun et en GIE
Cr#ances sur cessions d'immobilisations
Dettes sur acquisitions de valeurs mobili&res de placement
Cr#ances sur cessions de valeurs mobili&res de placement
Autres comptes d#biteurs ou cr#diteurs
Autres comptes d#biteurs - =metteurs de titres de paiement (vouchers)
Divers - Charges * payer et produits * recevoir
Divers - Charges * payer
Comptes d'attente
Comptes d'attente
Comptes d'attente
Diff#rences d'#valuation - Actif
Diff#rences d'#valuation - Passif
Diff#rences de conversion - Actif
Diff#rences de conversion - Passif
Autres comptes transitoires
Frais d'#mission des emprunts
Charges constat#es d'avance
Produits constat#s d'avance
Comptes de r#partition p#riodique des charges et des produits
D#pr#ciations des comptes de clients
D#pr#ciations des comptes du groupe et des associ#s
D#pr#ciations des comptes de d#biteurs divers
Parts dans des entreprises li#es
Actions propres
Actions
Autres titres conf#rant un droit de propri#t#
Obligations et bons #mis par la soci#t# et rachet#s par elle
Obligations
Bons du Tr#sor et bons de caisse * court terme
Autres valeurs mobili&res de placement et autres cr#ances assimil#es
Versements restant * effectuer sur valeurs mobili&res de placement non lib#r#es
Valeurs * l'encaissement
Ch&ques * encaisser
Effets * l'encaissement
Cartes bancaires * encaisser
Banques
Ch&ques postaux
"Caisses" du Tr#sor et des #tablissements publics
Soci#t#s de bourse
Autres organismes financiers
Int#r<ts courus
Concours bancaires courants
Instruments financiers * terme
Jetons d#tenus
Jetons auto-d#tenus
Caisse
Caisse si&ge social
Caisse succursale (ou usine) A
Caisse succursale (ou usine) B
Virements internes
D#pr#ciations des valeurs mobili&res de placement
Achats stock#s - Mati&res premi&res (et fournitures)
Achats stock#s - Autres approvisionnements
Variations des stocks (approvisionnements et marchandises)
Achats d'#tudes et prestations de services
Achats de mat#riel, #quipements et travaux
Achats non stock#s de mati&re et fournitures
Achats de marchandises
Frais accessoires incorpor#s aux achats
Rabais, remises et ristournes obtenus sur achats
Sous-traitance g#n#rale
Redevances de cr#dit-bail
Locations
Charges locatives et de copropri#t#
Entretien et r#parations
Primes d'assurances
=tudes et recherches
Divers
Rabais, remises et ristournes obtenus sur services ext#rieurs
Personnel ext#rieur * l'entreprise
R#mun#rations d'interm#diaires et honoraires
Publicit#, publications, relations publiques
Transports de biens et transports collectifs du personnel
D#placements, missions et r#ceptions
Frais postaux et de t#l#communications
Services bancaires et assimil#s
Divers
Rabais, remises et ristournes obtenus sur autres services ext#rieurs
Imp;ts, taxes et versements assimil#s sur r#mun#rations (administrations des imp;ts)
Imp;ts, taxes et versements assimil#s sur r#mun#rations (autres organismes)
Autres imp;ts, taxes et versements assimil#s (administrations des imp;ts)
Autres imp;ts locaux
Autres imp;ts, taxes et versements assimil#s (autres organismes)
Rappel d'imp;ts (autres qu'imp;ts sur les b#n#fices)
R#mun#rations du personnel
R#mun#ration du travail de l'exploitant
Charges de s#curit# sociale et de pr#voyance
Cotisations sociales personnelles de l'exploitant
Autres charges sociales
Autres charges de personnel
Remboursements de charges de personnel
Redevances pour concessions, brevets, licences, marques, proc#d#s, logiciels, droits et valeurs similaires
R#mun#rations de l'activit# des administrateurs et des g#rants
Pertes sur cr#ances irr#couvrables
Cr#ances de l'exercice
Cr#ances des exercices ant#rieurs
Quote-part de r#sultat sur op#rations faites en commun
Pertes de change sur cr#ances commerciales
Valeurs comptables des immobilisations incorporelles et corporelles c#d#es
Charges diverses de gestion courante
Charges d'int#r<ts
Pertes sur cr#ances li#es * des participations
Escomptes accord#s
Pertes de change financi&res
Charges nettes sur cessions de valeurs mobili&res de placement
Autres charges financi&res
Charges exceptionnelles sur op#rations de gestion
Charges sur exercices ant#rieurs
Op#rations de constitution ou liquidation des fiducies
Valeurs comptables des #l#ments d'actif c#d#s
Autres charges exceptionnelles
Dotations aux amortissements, aux d#pr#ciations et aux provisions - Charges d'exploitation
Dotations aux amortissements, aux d#pr#ciations et aux provisions - Charges financi&res
Dotations aux amortissements, aux d#pr#ciations et aux provisions - Charges exceptionnelles
Participation des salari#s aux r#sultats
Imp;ts sur les b#n#fices
Suppl#ments d'imp;t sur les soci#t#s li#s aux distributions
Int#gration fiscale
Produits - Reports en arri&re des d#ficits
Ventes de produits finis
Ventes de produits interm#diaires
Ventes de produits r#siduels
Travaux
=tudes
Prestations de services
Ventes de marchandises
Produits des activit#s annexes
Ports et frais accessoires factur#s
Autres produits d'activit#s annexes (cessions d'approvisionnements...)
Rabais, remises et ristournes accord#s par l'entreprise
Variation des stocks (en-cours de production, produits)
Immobilisations incorporelles
Immobilisations corporelles
Subventions d'exploitation
Subventions d'#quilibre
Quote-part des subventions d'investissement vir#e au r#sultat de l'exercice
Redevances pour concessions, brevets, licences, marques, proc#d#s, logiciels, droits et valeurs similaires
Revenus des immeubles non affect#s * des activit#s professionnelles
R#mun#rations de l'activit# des administrateurs et des g#rants
Ristournes per>ues des coop#ratives (provenant des exc#dents)
Quote-part de r#sultat sur op#rations faites en commun
Gains de change sur cr#ances commerciales
Produits des cessions d'immobilisations incorporelles et corporelles
Produits divers de gestion courante
Produits de participations
Produits des autres immobilisations financi&res
Revenus des autres cr#ances
Revenus des valeurs mobili&res de placement
Escomptes obtenus
Gains de change financiers
Produits nets sur cessions de valeurs mobili&res de placement
Autres produits financiers
Produits exceptionnels sur op#rations de gestion
Produits sur exercices ant#rieurs
Op#rations de constitution ou liquidation des fiducies
Produits des cessions d'#l#ments d'actif
Quote-part des subventions d'investissement vir#e au r#sultat de l'exercice
Autres produits exceptionnels
Reprises sur amortissements, d#pr#ciations et provisions (* inscrire dans les produits d'exploitation)
Reprises sur provisions pour risques et d#pr#ciations (* inscrire dans les produits financiers)
Reprises sur provisions et d#pr#ciations (* inscrire dans les produits exceptionnels)
Transferts de charges d'exploitation
Transferts de charges financi&res
Transferts de charges exceptionnelles`;
const THREE = 'dvg1g1837ufufv928e00aufi00c60000cffvs0uc00c4c88g8g8i00c000fkrjqbdu87fv8u5mfu8e8ofvdve0u000000000g0g0fvfvfvam9vbu9udi8c8rfv20c000c4fufudm8c8c';
const LONGER = '4011 4091 4111 4191 4196 4197 4198 44566 44568 44571 445711 445712 445713 445714 44574 4458 44587 4671 4686 5112 5113 5115 63513 6541 6544 7085 7088';
const ACCENTED = 'éèàôêÉç';
const STAND_INS = '#&*;<=>';

/** The `[number, label]` pairs of the constants above, sorted by number as strings. */
function decode(): Array<readonly [string, string]> {
  const numbers = LONGER.split(' ');
  for (let i = 0; i < 700; i++) if ((parseInt(THREE[(i / 5) | 0]!, 32) >> (4 - (i % 5))) & 1) numbers.push(String(100 + i));
  numbers.sort();
  const labels = LABELS.replace(/[#&*;<=>]/g, (c) => ACCENTED[STAND_INS.indexOf(c)]!).split('\n');
  return numbers.map((n, i) => [n, labels[i]!]);
}

/**
 * The French PCG (plan comptable général, ANC 2014-03) accounts partie-double's default chart lists:
 * every three-digit account of classes 1 to 7, plus the sub-accounts the default posting rules name.
 * Each entry is `[number, label]`, sorted by number as strings.
 *
 * @example
 * ```ts
 * PCG_ACCOUNTS.find(([n]) => n === '706') //=> ['706', 'Prestations de services']
 * ```
 */
export const PCG_ACCOUNTS: ReadonlyArray<readonly [string, string]> = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ decode());
