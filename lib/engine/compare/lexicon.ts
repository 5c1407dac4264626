// Concept lexicon: groups of German and English terms that name the same concept, so claims
// can be matched across wording and language ("invitation" ~ "Einladung"). Data, not code:
// it is stored in the database and editable, so every function takes `lexicon` as a parameter.

export type LexiconTerms = { de: string[]; en: string[] };

/**
 * One concept. `terms` name the concept; `opposites` make it polar: then every term is an
 * evaluative positive pole ("welcome", "invited") and the opposites the counter-pole
 * ("withdrawal"). Give opposites only when the terms themselves take a side — a group whose
 * terms merely name a subject ("jobs") stays non-polar and stance comes from general cues. Both count as the same
 * concept for similarity; stance detection reads the pole. Terms are matched by stem prefix
 * (German terms also as compound heads), multi-word terms within a small window in any order.
 */
export type ConceptGroup = {
  id: string;
  label: string;
  terms: LexiconTerms;
  opposites?: LexiconTerms;
  /** Evidence weight of sharing this concept, default 1; 0.5 for broad ones ("government"). */
  weight?: number;
};

const BROAD = new Set(['government', 'parliament', 'support', 'company', 'mission', 'security']);

const group = (
  id: string,
  label: string,
  de: string,
  en: string,
  opposites?: { de: string; en: string },
): ConceptGroup => ({
  id,
  label,
  terms: { de: split(de), en: split(en) },
  ...(opposites ? { opposites: { de: split(opposites.de), en: split(opposites.en) } } : {}),
  ...(BROAD.has(id) ? { weight: 0.5 } : {}),
});

function split(list: string): string[] {
  return list
    .split(',')
    .map((term) => term.trim())
    .filter(Boolean);
}

/** General synonym groups for news comparison; not tailored to any one story. */
export const DEFAULT_LEXICON: ConceptGroup[] = [
  group(
    'welcome',
    'welcome/acceptance',
    'willkommen, Willkommens, Einladung, eingeladen, einladen, Akzeptanz, akzeptiert, akzeptieren, geschätzt, erwünscht, begrüßt, Ansehen, Vertrauen, Zustimmung der Regierung',
    'welcome, welcomed, invitation, invited, acceptance, accepted, consent, well regarded, highly regarded, appreciated, valued, trust',
    {
      de: 'Abzug, Abzugsforderungen, Abzug fordern, Rückzug, Ausweisung, ausgewiesen, unerwünscht, Absetzung, des Landes verweisen',
      en: 'withdrawal, withdraw, unwelcome, expel, expelled, expulsion, asked to leave, ask to leave, leave the country, pull out, ordered out',
    },
  ),
  group(
    'troops',
    'troops/military personnel',
    'Soldaten, Soldatinnen, Truppen, Streitkräfte, Militär, Personal, Berater, Einsatzkräfte, Kontingent, Friedenstruppe, Blauhelme',
    'troops, soldiers, forces, force, military, personnel, advisers, advisors, contingent, peacekeepers, peacekeeping',
  ),
  group(
    'mission',
    'training/advising mission',
    'Mission, Ausbildung, Ausbildungsmission, Beratung, Beratungsmission, beraten, Trainingsmission, Einsatz, Stabilisierungsmission',
    'mission, training, advising, advisory, deployment, deployed, stabilisation, stabilization',
  ),
  group(
    'sovereignty',
    'sovereignty',
    'Souveränität, souverän, Selbstbestimmung, territoriale Integrität, Einmischung',
    'sovereignty, sovereign, self-determination, territorial integrity, interference',
  ),
  group(
    'government',
    'government',
    'Regierung, Kabinett, Minister, Ministerin, Ministerium, Kanzler, Präsident, Premierminister, Verwaltung, Behörde',
    'government, cabinet, minister, ministry, chancellor, president, prime minister, administration, authorities, officials',
  ),
  group(
    'parliament',
    'parliament/council vote',
    'Parlament, Abstimmung, abstimmen, abgestimmt, gestimmt, Abgeordnete, Beschluss, beschlossen, Resolution, Stadtrat, Gemeinderat, Ratsmehrheit, Fraktion',
    'parliament, vote, voted, lawmakers, legislature, resolution, council, councillors, assembly, majority',
  ),
  group(
    'protest',
    'protests/unrest',
    'Protest, Proteste, protestieren, Demonstration, Demonstranten, Unruhen, Kundgebung, Streik',
    'protest, protests, protesters, demonstration, demonstrators, unrest, rally, strike',
  ),
  group(
    'economy',
    'economy/growth',
    'Wirtschaft, Wachstum, wachsen, gewachsen, wuchs, Konjunktur, Bruttoinlandsprodukt, BIP, Aufschwung, Wirtschaftsleistung, Rezession, schrumpfen, schrumpfte, geschrumpft, Abschwung, Wirtschaftskrise',
    'economy, economic, growth, grew, grow, GDP, expansion, boom, output, recession, shrank, shrink, contraction, contracted, downturn, slump',
  ),
  group(
    'prices',
    'prices/inflation',
    'Preise, Preis, Inflation, Inflationsrate, Teuerung, Verbraucherpreise, Lebenshaltungskosten',
    'prices, price, inflation, consumer prices, cost of living',
  ),
  group(
    'jobs',
    'jobs/employment',
    'Arbeitsplätze, Arbeitsplatz, Arbeitsstellen, Beschäftigte, Beschäftigung, Mitarbeiter, Mitarbeiterinnen, Belegschaft, Jobs, Stellenabbau, Entlassungen, entlassen, Kündigungen, Jobabbau, Personalabbau',
    'jobs, job, employment, employees, workers, workforce, staff, layoffs, laid off, job cuts, redundancies, dismissals',
  ),
  group(
    'unemployment',
    'unemployment',
    'Arbeitslosigkeit, Arbeitslose, arbeitslos, Arbeitslosenquote, Erwerbslose',
    'unemployment, unemployed, jobless',
  ),
  group(
    'climate',
    'climate/emissions',
    'Klima, Klimawandel, Klimaschutz, Emissionen, CO2, Treibhausgase, Erderwärmung',
    'climate, emissions, carbon, greenhouse, warming',
  ),
  group(
    'health',
    'health/hospitals',
    'Gesundheit, Gesundheitsbehörde, Krankenhaus, Krankenhäuser, Klinik, Patienten, Ärzte, Pflege',
    'health, hospital, hospitals, clinic, patients, doctors, nurses',
  ),
  group(
    'vaccination',
    'vaccination',
    'Impfung, Impfungen, impfen, geimpft, Impfquote, Impfkampagne, Impfstoff, Impfzentren',
    'vaccination, vaccinations, vaccinate, vaccinated, vaccine, vaccines, immunisation, immunization, jab, jabs',
  ),
  group(
    'elections',
    'elections/polls',
    'Wahl, Wahlen, Umfrage, Umfragen, Wähler, Wählerinnen, Wahlbeteiligung, Wahlkampf',
    'election, elections, poll, polls, voters, turnout, ballot, campaign trail',
  ),
  group(
    'costs',
    'costs/budget',
    'Kosten, Baukosten, Gesamtkosten, Ausgaben, Haushalt, Budget, Finanzierung, finanzierbar, teurer',
    'cost, costs, budget, spending, funding, expenditure, price tag, affordable',
  ),
  group(
    'transport',
    'public transport',
    'Straßenbahn, Straßenbahnlinie, Tram, Bus, Busse, Busnetz, Nahverkehr, Bahnlinie, Haltestelle, Fahrgäste',
    'tram, tramway, bus, buses, public transport, transit, light rail, rail line, passengers, commuters',
  ),
  group(
    'support',
    'support/opposition',
    'Unterstützung, unterstützen, unterstützt, befürworten, befürwortet, Zustimmung, zustimmen, Rückhalt',
    'support, supports, backing, backed, approval, approve, approved, endorse, endorsed, in favour, in favor',
    {
      de: 'Ablehnung, ablehnen, lehnt, abgelehnt, Widerstand, Opposition, Gegner',
      en: 'opposition, oppose, opposed, opposes, reject, rejected, rejection, resistance, opponents',
    },
  ),
  group(
    'security',
    'security/violence',
    'Sicherheit, Anschlag, Anschläge, Angriff, Angriffe, Gewalt, Terror, Terrorismus, Milizen',
    'security, attack, attacks, violence, terrorism, terror, militia, militias',
  ),
  group(
    'migration',
    'migration/refugees',
    'Migration, Flüchtlinge, Geflüchtete, Asyl, Zuwanderung, Migranten, Einwanderung',
    'migration, refugees, asylum, migrants, immigration, immigrants',
  ),
  group(
    'energy',
    'energy',
    'Energie, Strom, Gas, Öl, Energiepreise, Kraftwerk, Stromversorgung',
    'energy, electricity, gas, oil, power plant, power supply',
  ),
  group(
    'housing',
    'housing/rent',
    'Miete, Mieten, Wohnung, Wohnungen, Wohnraum, Wohnungsbau',
    'rent, rents, housing, apartments, flats, homes',
  ),
  group(
    'education',
    'education/schools',
    'Schule, Schulen, Lehrer, Lehrkräfte, Bildung, Universität, Studierende',
    'school, schools, teachers, education, university, students',
  ),
  group(
    'company',
    'company/plant',
    'Unternehmen, Firma, Konzern, Werk, Fabrik, Standort, Produktion, Werksleiter, Betriebsrat',
    'company, firm, corporation, plant, factory, site, production, works council',
  ),
  group(
    'investment',
    'investment/subsidies',
    'Investition, Investitionen, investieren, investiert, Fördermittel, Subvention, Subventionen',
    'investment, investments, invest, invested, subsidy, subsidies, grant',
  ),
  group(
    'trade',
    'trade/sanctions',
    'Handel, Export, Exporte, Import, Importe, Zölle, Sanktionen',
    'trade, exports, imports, tariffs, sanctions',
  ),
  group(
    'talks',
    'negotiations/agreement',
    'Verhandlungen, verhandeln, Gespräche, Abkommen, Vertrag, Einigung',
    'negotiations, negotiate, talks, agreement, treaty, deal',
  ),
];
