// @ts-nocheck
// Sources: the account list of règlement ANC 2014-03 (PCG) as consolidated before règlement ANC 2022-06, plus the
// three-digit accounts created for exercices ouverts from 1 January 2025 (152, 638, 649, 657, 741, 742, 747, 757;
// 262 and 439 as in Odoo's 2025 French chart, not checked against the regulation text), so books kept under
// either version find their accounts. Where 2022-06 gave a number a new meaning (474, 475, 481) or renamed an
// account (653, 753), the current label is used. Accounts 2022-06 deleted (153 to 158, 675, 775, 777, 791, 796,
// 797...) stay listed for earlier fiscal years. 530 and 580 are the usual three-digit forms of accounts 53 and 58.
// Local conventions, not in the PCG: 445711 to 445714 (TVA collectée per rate), 44574, 4671, 5115.
// Labels use the ASCII apostrophe and " - " where the official text has ’ and –, as FEC CompteLib values usually do.

// The list is one text (issue #13 §2: every bundle that builds a Book carries it, and the tuples of strings cost
// 0.35 KB more gzipped): accounts grouped by their first two digits, a group's two digits on a line of their own,
// then one line per account, the rest of its number then its label. A blank line ends a group.
const LIST = `10
1 Capital
2 Fonds fiduciaires
4 Primes liées au capital social
5 Écarts de réévaluation
6 Réserves
7 Écart d'équivalence
8 Compte de l'exploitant
9 Actionnaires : Capital souscrit - non appelé

11
0 Report à nouveau (solde créditeur)
9 Report à nouveau (solde débiteur)

12
0 Résultat de l'exercice (bénéfice)
9 Résultat de l'exercice (perte)

13
1 Subventions d'équipement
8 Autres subventions d'investissement (même ventilation que celle du compte 131)
9 Subventions d'investissement inscrites au compte de résultat

14
2 Provisions réglementées relatives aux immobilisations
3 Provisions réglementées relatives aux stocks
4 Provisions réglementées relatives aux autres éléments de l'actif
5 Amortissements dérogatoires
6 Provision spéciale de réévaluation
7 Plus-values réinvesties
8 Autres provisions réglementées

15
1 Provisions pour risques
2 Provisions pour charges
3 Provisions pour pensions et obligations similaires
4 Provisions pour restructurations
5 Provisions pour impôts
6 Provisions pour renouvellement des immobilisations (entreprises concessionnaires)
7 Provisions pour charges à répartir sur plusieurs exercices
8 Autres provisions pour charges

16
1 Emprunts obligataires convertibles
2 Obligations représentatives de passifs nets remis en fiducie
3 Autres emprunts obligataires
4 Emprunts auprès des établissements de crédit
5 Dépôts et cautionnements reçus
6 Participation des salariés aux résultats
7 Emprunts et dettes assortis de conditions particulières
8 Autres emprunts et dettes assimilées
9 Primes de remboursement des obligations

17
1 Dettes rattachées à des participations (groupe)
4 Dettes rattachées à des participations (hors groupe)
8 Dettes rattachées à des sociétés en participation

18
1 Comptes de liaison des établissements
6 Biens et prestations de services échangés entre établissements (charges)
7 Biens et prestations de services échangés entre établissements (produits)
8 Comptes de liaison des sociétés en participation

20
1 Frais d'établissement
3 Frais de recherche et de développement
5 Concessions et droits similaires, brevets, licences, marques, procédés, logiciels, droits et valeurs similaires
6 Droit au bail
7 Fonds commercial
8 Autres immobilisations incorporelles

21
1 Terrains
2 Agencements et aménagements de terrains (même ventilation que celle du compte 211)
3 Constructions
4 Constructions sur sol d'autrui (même ventilation que celle du compte 213)
5 Installations techniques, matériels et outillage industriels
8 Autres immobilisations corporelles

23
1 Immobilisations corporelles en cours
2 Immobilisations incorporelles en cours
7 Avances et acomptes versés sur immobilisations incorporelles
8 Avances et acomptes versés sur commandes d'immobilisations corporelles

26
1 Titres de participation
2 Titres évalués par équivalence
6 Autres formes de participation
7 Créances rattachées à des participations
8 Créances rattachées à des sociétés en participation
9 Versements restant à effectuer sur titres de participation non libérés

27
1 Titres immobilisés autres que les titres immobilisés de l'activité de portefeuille (droit de propriété)
2 Titres immobilisés (droit de créance)
3 Titres immobilisés de l'activité de portefeuille
4 Prêts
5 Dépôts et cautionnements versés
6 Autres créances immobilisées
7 Actions propres ou parts propres
8 Mali de fusion sur actifs financiers
9 Versements restant à effectuer sur titres immobilisés non libérés

28
0 Amortissements des immobilisations incorporelles
1 Amortissements des immobilisations corporelles
2 Amortissements des immobilisations mises en concession

29
0 Dépréciations des immobilisations incorporelles
1 Dépréciations des immobilisations corporelles (même ventilation que celle du compte 21)
2 Dépréciations des immobilisations mises en concession
3 Dépréciations des immobilisations en cours
6 Dépréciations des participations et créances rattachées à des participations
7 Dépréciations des autres immobilisations financières

31
1 Matières (ou groupe) A
2 Matières (ou groupe) B
7 Fournitures A, B, C...

32
1 Matières consommables
2 Fournitures consommables
6 Emballages

33
1 Produits en cours
5 Travaux en cours

34
1 Études en cours
5 Prestations de services en cours

35
1 Produits intermédiaires
5 Produits finis
8 Produits résiduels (ou matières de récupération)

37
1 Marchandises (ou groupe) A
2 Marchandises (ou groupe) B

39
1 Dépréciations des matières premières (et fournitures)
2 Dépréciations des autres approvisionnements
3 Dépréciations des en-cours de production de biens
4 Dépréciations des en-cours de production de services
5 Dépréciations des stocks de produits
7 Dépréciations des stocks de marchandises

40
0 Fournisseurs et comptes rattachés
1 Fournisseurs
11 Fournisseurs - Achats de biens et prestations de services
3 Fournisseurs - Effets à payer
4 Fournisseurs d'immobilisations
5 Fournisseurs d'immobilisations - Effets à payer
8 Fournisseurs - Factures non parvenues
9 Fournisseurs débiteurs
91 Fournisseurs - Avances et acomptes versés sur commandes

41
0 Clients et comptes rattachés
1 Clients
11 Clients - Ventes de biens ou de prestations de services
3 Clients - Effets à recevoir
6 Clients douteux ou litigieux
8 Clients - Produits non encore facturés
9 Clients créditeurs
91 Clients - Avances et acomptes reçus sur commandes
96 Clients - Dettes sur emballages et matériels consignés
97 Clients - Autres avoirs
98 Rabais, remises, ristournes à accorder et autres avoirs à établir

42
1 Personnel - Rémunérations dues
2 Comités d'entreprises, d'établissement...
4 Participation des salariés aux résultats
5 Personnel - Avances et acomptes
6 Personnel - Dépôts
7 Personnel - Oppositions
8 Personnel - Charges à payer et produits à recevoir

43
1 Sécurité sociale
7 Autres organismes sociaux
8 Organismes sociaux - Charges à payer et produits à recevoir
9 Organismes sociaux - Produits à recevoir

44
1 État - Subventions à recevoir
2 Contributions, impôts et taxes recouvrés pour le compte de l'État
3 Opérations particulières avec l'État, les collectivités publiques, les organismes internationaux
4 État - Impôts sur les bénéfices
5 État - Taxes sur le chiffre d'affaires
566 TVA sur autres biens et services
568 Taxes sur le chiffre d'affaires déductibles à régulariser
571 TVA collectée
5711 TVA collectée 20 %
5712 TVA collectée 10 %
5713 TVA collectée 5,5 %
5714 TVA collectée 2,1 %
574 TVA collectée sur encaissements (en attente)
58 Taxes sur le chiffre d'affaires à régulariser ou en attente
587 Taxes sur le chiffre d'affaires sur factures à établir
6 Obligations cautionnées
7 Autres impôts, taxes et versements assimilés
8 État - Charges à payer et produits à recevoir
9 Quotas d'émission à acquérir

45
1 Groupe
5 Associés - Comptes courants
6 Associés - Opérations sur le capital
7 Associés - Dividendes à payer
8 Associés - Opérations faites en commun et en GIE

46
2 Créances sur cessions d'immobilisations
4 Dettes sur acquisitions de valeurs mobilières de placement
5 Créances sur cessions de valeurs mobilières de placement
7 Autres comptes débiteurs ou créditeurs
71 Autres comptes débiteurs - Émetteurs de titres de paiement (vouchers)
8 Divers - Charges à payer et produits à recevoir
86 Divers - Charges à payer

47
1 Comptes d'attente
2 Comptes d'attente
3 Comptes d'attente
4 Différences d'évaluation - Actif
5 Différences d'évaluation - Passif
6 Différences de conversion - Actif
7 Différences de conversion - Passif
8 Autres comptes transitoires

48
1 Frais d'émission des emprunts
6 Charges constatées d'avance
7 Produits constatés d'avance
8 Comptes de répartition périodique des charges et des produits

49
1 Dépréciations des comptes de clients
5 Dépréciations des comptes du groupe et des associés
6 Dépréciations des comptes de débiteurs divers

50
1 Parts dans des entreprises liées
2 Actions propres
3 Actions
4 Autres titres conférant un droit de propriété
5 Obligations et bons émis par la société et rachetés par elle
6 Obligations
7 Bons du Trésor et bons de caisse à court terme
8 Autres valeurs mobilières de placement et autres créances assimilées
9 Versements restant à effectuer sur valeurs mobilières de placement non libérées

51
1 Valeurs à l'encaissement
12 Chèques à encaisser
13 Effets à l'encaissement
15 Cartes bancaires à encaisser
2 Banques
4 Chèques postaux
5 "Caisses" du Trésor et des établissements publics
6 Sociétés de bourse
7 Autres organismes financiers
8 Intérêts courus
9 Concours bancaires courants

52
1 Instruments financiers à terme
2 Jetons détenus
3 Jetons auto-détenus

53
0 Caisse
1 Caisse siège social
2 Caisse succursale (ou usine) A
3 Caisse succursale (ou usine) B

58
0 Virements internes

59
0 Dépréciations des valeurs mobilières de placement

60
1 Achats stockés - Matières premières (et fournitures)
2 Achats stockés - Autres approvisionnements
3 Variations des stocks (approvisionnements et marchandises)
4 Achats d'études et prestations de services
5 Achats de matériel, équipements et travaux
6 Achats non stockés de matière et fournitures
7 Achats de marchandises
8 Frais accessoires incorporés aux achats
9 Rabais, remises et ristournes obtenus sur achats

61
1 Sous-traitance générale
2 Redevances de crédit-bail
3 Locations
4 Charges locatives et de copropriété
5 Entretien et réparations
6 Primes d'assurances
7 Études et recherches
8 Divers
9 Rabais, remises et ristournes obtenus sur services extérieurs

62
1 Personnel extérieur à l'entreprise
2 Rémunérations d'intermédiaires et honoraires
3 Publicité, publications, relations publiques
4 Transports de biens et transports collectifs du personnel
5 Déplacements, missions et réceptions
6 Frais postaux et de télécommunications
7 Services bancaires et assimilés
8 Divers
9 Rabais, remises et ristournes obtenus sur autres services extérieurs

63
1 Impôts, taxes et versements assimilés sur rémunérations (administrations des impôts)
3 Impôts, taxes et versements assimilés sur rémunérations (autres organismes)
5 Autres impôts, taxes et versements assimilés (administrations des impôts)
513 Autres impôts locaux
7 Autres impôts, taxes et versements assimilés (autres organismes)
8 Rappel d'impôts (autres qu'impôts sur les bénéfices)

64
1 Rémunérations du personnel
4 Rémunération du travail de l'exploitant
5 Charges de sécurité sociale et de prévoyance
6 Cotisations sociales personnelles de l'exploitant
7 Autres charges sociales
8 Autres charges de personnel
9 Remboursements de charges de personnel

65
1 Redevances pour concessions, brevets, licences, marques, procédés, logiciels, droits et valeurs similaires
3 Rémunérations de l'activité des administrateurs et des gérants
4 Pertes sur créances irrécouvrables
41 Créances de l'exercice
44 Créances des exercices antérieurs
5 Quote-part de résultat sur opérations faites en commun
6 Pertes de change sur créances commerciales
7 Valeurs comptables des immobilisations incorporelles et corporelles cédées
8 Charges diverses de gestion courante

66
1 Charges d'intérêts
4 Pertes sur créances liées à des participations
5 Escomptes accordés
6 Pertes de change financières
7 Charges nettes sur cessions de valeurs mobilières de placement
8 Autres charges financières

67
1 Charges exceptionnelles sur opérations de gestion
2 Charges sur exercices antérieurs
4 Opérations de constitution ou liquidation des fiducies
5 Valeurs comptables des éléments d'actif cédés
8 Autres charges exceptionnelles

68
1 Dotations aux amortissements, aux dépréciations et aux provisions - Charges d'exploitation
6 Dotations aux amortissements, aux dépréciations et aux provisions - Charges financières
7 Dotations aux amortissements, aux dépréciations et aux provisions - Charges exceptionnelles

69
1 Participation des salariés aux résultats
5 Impôts sur les bénéfices
6 Suppléments d'impôt sur les sociétés liés aux distributions
8 Intégration fiscale
9 Produits - Reports en arrière des déficits

70
1 Ventes de produits finis
2 Ventes de produits intermédiaires
3 Ventes de produits résiduels
4 Travaux
5 Études
6 Prestations de services
7 Ventes de marchandises
8 Produits des activités annexes
85 Ports et frais accessoires facturés
88 Autres produits d'activités annexes (cessions d'approvisionnements...)
9 Rabais, remises et ristournes accordés par l'entreprise

71
3 Variation des stocks (en-cours de production, produits)

72
1 Immobilisations incorporelles
2 Immobilisations corporelles

74
1 Subventions d'exploitation
2 Subventions d'équilibre
7 Quote-part des subventions d'investissement virée au résultat de l'exercice

75
1 Redevances pour concessions, brevets, licences, marques, procédés, logiciels, droits et valeurs similaires
2 Revenus des immeubles non affectés à des activités professionnelles
3 Rémunérations de l'activité des administrateurs et des gérants
4 Ristournes perçues des coopératives (provenant des excédents)
5 Quote-part de résultat sur opérations faites en commun
6 Gains de change sur créances commerciales
7 Produits des cessions d'immobilisations incorporelles et corporelles
8 Produits divers de gestion courante

76
1 Produits de participations
2 Produits des autres immobilisations financières
3 Revenus des autres créances
4 Revenus des valeurs mobilières de placement
5 Escomptes obtenus
6 Gains de change financiers
7 Produits nets sur cessions de valeurs mobilières de placement
8 Autres produits financiers

77
1 Produits exceptionnels sur opérations de gestion
2 Produits sur exercices antérieurs
4 Opérations de constitution ou liquidation des fiducies
5 Produits des cessions d'éléments d'actif
7 Quote-part des subventions d'investissement virée au résultat de l'exercice
8 Autres produits exceptionnels

78
1 Reprises sur amortissements, dépréciations et provisions (à inscrire dans les produits d'exploitation)
6 Reprises sur provisions pour risques et dépréciations (à inscrire dans les produits financiers)
7 Reprises sur provisions et dépréciations (à inscrire dans les produits exceptionnels)

79
1 Transferts de charges d'exploitation
6 Transferts de charges financières
7 Transferts de charges exceptionnelles`;

/** The `[number, label]` pairs of `LIST`, in its order. */
function decode(text: string): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const group of text.split('\n\n')) {
    const [prefix, ...lines] = group.split('\n');
    for (const line of lines) {
      const space = line.indexOf(' ');
      out.push([prefix + line.slice(0, space), line.slice(space + 1)]);
    }
  }
  return out;
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
export const PCG_ACCOUNTS: ReadonlyArray<readonly [string, string]> = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ decode(LIST));
