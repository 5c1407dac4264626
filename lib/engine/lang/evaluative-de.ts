// German evaluative vocabulary: judgement adjectives/adverbs, value nouns, intensifiers.
// General vocabulary only; inflected forms are matched by stripping adjective endings.

export const DE_JUDGEMENT_WORDS = [
  // right / wrong, necessary
  'richtig', 'richtigerweise', 'falsch', 'fälschlicherweise', 'wichtig', 'unverzichtbar', 'notwendig',
  'nötig', 'unnötig', 'überflüssig', 'dringend', 'unerlässlich', 'alternativlos', 'sinnvoll', 'sinnlos',
  'unsinnig', 'absurd', 'vernünftig', 'unvernünftig', 'klug', 'dumm', 'naiv', 'kurzsichtig',
  // good / bad
  'gut', 'schlecht', 'besser', 'schlechter', 'beste', 'schlechteste', 'hervorragend', 'exzellent', 'großartig', 'toll', 'super',
  'wunderbar', 'fantastisch', 'grandios', 'brillant', 'genial', 'gelungen', 'misslungen', 'katastrophal',
  'schrecklich', 'furchtbar', 'fürchterlich', 'miserabel', 'erbärmlich', 'lächerlich', 'peinlich',
  'beschämend', 'skandalös', 'empörend', 'unerhört', 'unverschämt', 'dreist', 'zynisch', 'heuchlerisch',
  'verlogen', 'gelogen', 'unfähig', 'inkompetent', 'chaotisch', 'irre', 'wahnsinnig',
  // feeling / assessment
  'erfreulich', 'bedauerlich', 'leider', 'glücklicherweise', 'zum glück', 'enttäuschend', 'enttäuscht',
  'ernüchternd', 'beunruhigend', 'besorgniserregend', 'alarmierend', 'erschreckend', 'bedenklich',
  'fragwürdig', 'problematisch', 'gefährlich', 'fatal', 'verheerend', 'verfehlt', 'zweifelhaft',
  'bemerkenswert', 'beeindruckend', 'beispiellos', 'einzigartig', 'herausragend', 'überzeugend',
  'überzeugt', 'mutig', 'feige', 'langatmig', 'langweilig', 'spannend', 'sehenswert', 'lesenswert',
  'gerecht', 'ungerecht', 'fair', 'unfair', 'unverantwortlich', 'verantwortungslos', 'inakzeptabel',
  'unerträglich', 'unzumutbar', 'untragbar', 'wünschenswert', 'angemessen', 'unangemessen',
  'überfällig', 'verdient', 'unverdient', 'erfolgreich', 'gescheitert', 'zutiefst', 'bitter',
  'beliebt', 'unbeliebt', 'stolz', 'traurig', 'schade', 'schön', 'hässlich', 'überteuert',
  // judgement predicates on actors and measures ("Die Behörde ist überfordert", „halbherzig")
  'überfordert', 'unzureichend', 'mangelhaft', 'halbherzig', 'überzogen', 'realitätsfern', 'weltfremd',
  'vorbildlich', 'fahrlässig', 'respektlos', 'willkürlich', 'blamabel', 'kläglich', 'grotesk', 'unseriös',
  'populistisch', 'dilettantisch', 'stümperhaft', 'planlos', 'ideenlos', 'mutlos', 'zahnlos', 'nutzlos',
  'wertlos', 'wertvoll', 'ärgerlich', 'unverständlich', 'nachvollziehbar', 'mittelmäßig', 'übertrieben',
  'unausgegoren', 'kontraproduktiv', 'unehrlich', 'ungerechtfertigt', 'unverhältnismäßig', 'phänomenal',
  'lecker', 'köstlich', 'unfreundlich', 'ekelhaft', 'widerlich', 'grottig', 'mies',
  // normative modals
  'sollte', 'sollten', 'müsste', 'müssten', 'muss', 'müssen', 'dürfen',
];

/** Nouns that pass a judgement when they are the predicate ("ist ein Skandal"). */
export const DE_JUDGEMENT_NOUNS = [
  'skandal', 'katastrophe', 'desaster', 'debakel', 'farce', 'witz', 'zumutung', 'frechheit',
  'schande', 'armutszeugnis', 'unsinn', 'blödsinn', 'quatsch', 'wahnsinn', 'irrsinn', 'fehler',
  'durchbruch', 'meilenstein', 'bereicherung', 'segen', 'fluch', 'glücksfall', 'meisterwerk',
  'erfolg', 'misserfolg', 'lüge', 'lügen', 'abzocke', 'verrat', 'heuchelei', 'sauerei',
];

/** Words that strengthen a following judgement ("viel zu hoch", "echter Durchbruch"). */
export const DE_INTENSIFIERS = [
  'zu', 'viel', 'völlig', 'total', 'absolut', 'extrem', 'echt', 'echte', 'echter', 'echten', 'echtes',
  'wirklich', 'einfach', 'unglaublich', 'höchst', 'äußerst', 'überaus', 'ziemlich', 'richtig',
  'so', 'sehr', 'komplett', 'maßlos', 'hoffnungslos', 'absolute', 'absoluter', 'totale', 'totaler',
  'wahre', 'wahrer', 'wahres', 'regelrecht', 'geradezu', 'schlicht',
];

/** Modal particles that mark an opinion in speech-like text ("Das ist doch alles gelogen"). */
export const DE_OPINION_PARTICLES = ['doch', 'halt', 'eben', 'ja', 'echt', 'einfach', 'eigentlich'];

// Superlatives that measure rather than judge ("die größte Stadt", "die ersten").
export const DE_NEUTRAL_SUPERLATIVES = [
  'erste', 'letzte', 'nächste', 'meiste', 'größte', 'kleinste', 'höchste', 'niedrigste', 'tiefste',
  'längste', 'kürzeste', 'älteste', 'jüngste', 'neueste', 'schnellste', 'langsamste', 'häufigste',
  'seltenste', 'stärkste', 'schwerste', 'leichteste', 'heißeste', 'kälteste', 'nördlichste',
  'südlichste', 'westlichste', 'östlichste', 'weiteste', 'nächstgelegene', 'selbe', 'gleiche',
  'meisten', 'ersten', 'letzten', 'nächsten', 'ganze', 'westen', 'kosten', 'osten', 'fest',
];

export const DE_OPINION_PHRASES = [
  'meiner meinung nach', 'ich finde', 'ich glaube', 'ich denke', 'meines erachtens', 'aus meiner sicht',
  'wir finden', 'wir glauben', 'ich bin überzeugt', 'meiner ansicht nach', 'ehrlich gesagt', 'zum glück',
  'finde ich', 'wie ich finde', 'geht gar nicht',
  // rhetorical and normative phrases without a judgement adjective
  'zu wenig', 'höchste zeit', 'es wird zeit', 'es ist zeit', 'ein schlag ins gesicht', 'an der realität vorbei',
  'so geht das nicht', 'kann doch nicht sein', 'das kann nicht sein', 'man muss sich fragen', 'was für ein',
  'was für eine', 'na toll', 'na super', 'jeden cent wert', 'lohnt sich nicht', 'lohnt sich', 'mehr schein als sein',
];

/** Abstract values after "Angriff auf": a metaphorical attack is a judgement, a raid is not. */
export const DE_VALUE_NOUNS = [
  'demokratie', 'pressefreiheit', 'freiheit', 'rechtsstaat', 'meinungsfreiheit', 'verfassung',
  'menschenwürde', 'menschenrechte', 'grundgesetz', 'gerechtigkeit', 'wahrheit', 'vernunft',
];
