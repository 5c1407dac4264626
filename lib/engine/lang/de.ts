// German word lists used by the rules. General vocabulary only, never document-specific wording.

export const DE_HEDGES = [
  'scheint', 'scheinen', 'schien', 'schienen', 'könnte', 'könnten', 'dürfte', 'dürften',
  'möglicherweise', 'vermutlich', 'wahrscheinlich', 'offenbar', 'angeblich', 'unklar', 'womöglich',
  'vielleicht', 'wohl', 'eventuell', 'mutmaßlich', 'anscheinend', 'unsicher', 'fraglich',
  'voraussichtlich',
];

export const DE_NEGATIONS = [
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'weder',
  'kaum', 'nichts', 'niemand', 'keineswegs', 'keinesfalls', 'nirgends',
];

// Konjunktiv I (3rd person) of frequent verbs: the mood of indirect speech ("Die Lage sei ernst").
// Only forms that differ from the indicative; "ich"-forms are filtered by the rule.
export const DE_KONJUNKTIV = [
  'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'gebe', 'wolle', 'solle', 'dürfe', 'möge',
  'wisse', 'liege', 'gehe', 'komme', 'bleibe', 'stehe', 'brauche', 'plane', 'arbeite', 'fehle',
  'steige', 'sinke', 'wachse', 'falle', 'reiche', 'drohe', 'handle', 'handele', 'zeige', 'trage',
  'lasse', 'halte', 'finde', 'sehe', 'nehme', 'gelte', 'koste', 'betrage', 'verfüge', 'erwarte',
  'rechne', 'stimme', 'treffe', 'führe', 'setze', 'prüfe', 'lehne', 'benötige', 'verfolge',
  'entspreche', 'beabsichtige', 'unterstütze', 'befinde', 'bestehe', 'gehöre', 'laufe', 'wirke',
];

export const DE_PREDICTION = [
  'plant', 'planen', 'plante', 'planten', 'künftig', 'zukünftig', 'voraussichtlich', 'prognostiziert',
  'prognostizieren', 'erwartet', 'erwarten', 'erwartete', 'geplant', 'demnächst', 'bald', 'prognose',
  'beabsichtigt', 'beabsichtigen', 'vorhaben',
];

/** Modals that announce a plan or a likely event with an infinitive ("will … bauen", "dürfte … steigen"). */
export const DE_PLAN_MODALS = ['will', 'wollen', 'soll', 'sollen', 'dürfte', 'dürften', 'möchte', 'möchten'];

export const DE_CAUSAL = [
  'weil', 'denn', 'deshalb', 'daher', 'deswegen', 'wegen', 'aufgrund', 'infolge', 'dadurch',
  'verursacht', 'verursachte', 'führte', 'führt', 'sodass',
];

export const DE_VAGUE = ['einige', 'manche', 'viele', 'etwas', 'irgendwie', 'gewisse', 'mehrere'];

export const DE_AUX_VERBS = [
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde',
  'wurden', 'kann', 'können', 'konnte', 'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen',
  'darf', 'gibt', 'gab', 'bleibt', 'sei', 'seien', 'wäre', 'wären', 'hätte', 'hätten', 'bin',
  'geht', 'kommt', 'liegt', 'steht', 'macht', 'zeigt', 'gilt', 'geworden', 'worden',
];

// Lowercase words ending in -t/-te that are not verbs.
export const DE_NOT_VERBS = [
  'nicht', 'jetzt', 'seit', 'mit', 'bereits', 'erst', 'meist', 'selbst', 'oft', 'sonst', 'nachts',
  'rechts', 'links', 'bisher', 'zuletzt', 'zunächst', 'heute', 'gut', 'mitte', 'recht', 'weit',
  'nebst', 'samt', 'insgesamt', 'längst', 'stets', 'fast', 'best', 'konkret', 'direkt', 'breit',
];

export const DE_PRONOUNS_PERSON = ['er', 'sie'];
