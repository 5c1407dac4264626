// English word lists used by the rules. General vocabulary only.

export const EN_HEDGES = [
  'may', 'might', 'could', 'appears', 'appear', 'appeared', 'seems', 'seem', 'seemed', 'reportedly',
  'allegedly', 'possibly', 'likely', 'unlikely', 'unclear', 'suggests', 'suggest', 'suggested',
  'perhaps', 'probably', 'apparently', 'presumably', 'maybe', 'uncertain',
];

export const EN_NEGATIONS = [
  'not', 'no', 'never', 'neither', 'nor', 'none', 'hardly', 'nobody', 'nothing', 'nowhere',
  'cannot', 'without',
];

export const EN_EVALUATIVE = [
  'good', 'bad', 'better', 'worse', 'best', 'worst', 'great', 'terrible', 'wrong', 'important',
  'crucial', 'essential', 'necessary', 'should', 'must', 'ought', 'unfortunately', 'fortunately',
  'disgraceful', 'shameful', 'brilliant', 'awful', 'ridiculous', 'absurd', 'unacceptable',
  'deeply', 'wise', 'foolish', 'outrageous', 'excellent', 'disappointing', 'dangerous',
  'irresponsible', 'remarkable', 'questionable', 'disastrous', 'appropriate', 'inappropriate',
  'unpopular', 'popular', 'amazing', 'horrible', 'stupid', 'fair', 'unfair', 'indispensable',
];

export const EN_OPINION_PHRASES = [
  'i think', 'i believe', 'in my opinion', 'in my view', 'i feel', 'we believe', 'we think',
];

export const EN_PREDICTION = [
  'will', "'ll", 'forecast', 'forecasts', 'predicts', 'predicted', 'expects', 'expected', 'plans',
  'planned', 'projected', 'upcoming', 'soon', 'future',
];

export const EN_CAUSAL = [
  'because', 'therefore', 'thus', 'caused', 'causes', 'due', 'hence', 'consequently', 'led',
];

export const EN_VAGUE = ['some', 'many', 'several', 'various', 'somewhat', 'certain'];

export const EN_AUX_VERBS = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'do', 'does',
  'did', 'may', 'might', 'must', 'should', 'be', 'been', 'says', 'said', 'shows', 'remains', 'get',
  'gets', 'got', 'make', 'makes', 'made', 'take', 'takes', 'took', 'won', 'lost', 'rose', 'fell',
];

export const EN_PRONOUNS_PERSON = ['he', 'she'];
