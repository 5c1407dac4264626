// German word lists used by the rules. General vocabulary only, never document-specific wording.

export const DE_HEDGES = [
  'scheint', 'scheinen', 'schien', 'schienen', 'könnte', 'könnten', 'dürfte', 'dürften',
  'möglicherweise', 'vermutlich', 'wahrscheinlich', 'offenbar', 'angeblich', 'unklar', 'womöglich',
  'vielleicht', 'wohl', 'eventuell', 'mutmaßlich', 'anscheinend', 'unsicher', 'fraglich',
];

export const DE_NEGATIONS = [
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'weder',
  'kaum', 'nichts', 'niemand', 'keineswegs', 'keinesfalls', 'nirgends',
];

export const DE_KONJUNKTIV = [
  'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'gebe', 'wolle', 'solle', 'dürfe', 'möge',
  'wisse', 'liege', 'gehe', 'komme', 'bleibe', 'stehe', 'brauche',
];

export const DE_EVALUATIVE = [
  'richtig', 'richtigerweise', 'falsch', 'fälschlicherweise', 'wichtig', 'unverzichtbar', 'notwendig',
  'nötig', 'gut', 'schlecht', 'besser', 'schlechter', 'hervorragend', 'katastrophal', 'skandalös',
  'unbeliebt', 'beliebt', 'erfreulich', 'bedauerlich', 'leider', 'glücklicherweise', 'fatal',
  'verfehlt', 'fragwürdig', 'problematisch', 'gefährlich', 'sinnvoll', 'unsinnig', 'absurd',
  'zutiefst', 'dringend', 'peinlich', 'toll', 'großartig', 'schrecklich', 'enttäuschend',
  'gerecht', 'ungerecht', 'klug', 'dumm', 'unverantwortlich', 'inakzeptabel', 'unerträglich',
  'bemerkenswert', 'zweifelhaft', 'verheerend', 'wünschenswert', 'angemessen', 'unangemessen',
  'überzeugend', 'schwierig', 'erfolgreich', 'gescheitert', 'sollte', 'sollten', 'muss', 'müssen',
  'müsste', 'müssten', 'beste', 'besten',
];

export const DE_OPINION_PHRASES = [
  'meiner meinung nach', 'ich finde', 'ich glaube', 'ich denke', 'meines erachtens', 'aus meiner sicht',
  'wir finden', 'wir glauben',
];

export const DE_PREDICTION = [
  'plant', 'planen', 'plante', 'künftig', 'zukünftig', 'voraussichtlich', 'prognostiziert',
  'erwartet', 'erwarten', 'geplant', 'demnächst', 'bald',
];

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
