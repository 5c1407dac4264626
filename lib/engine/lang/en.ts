// English word lists used by the rules. General vocabulary only.

export const EN_HEDGES = [
  'may', 'might', 'could', 'appears', 'appear', 'appeared', 'seems', 'seem', 'seemed', 'reportedly',
  'allegedly', 'possibly', 'likely', 'unlikely', 'unclear', 'suggests', 'suggest', 'suggested',
  'perhaps', 'probably', 'apparently', 'presumably', 'maybe', 'uncertain',
];

export const EN_NEGATIONS = [
  'not', 'no', 'never', 'neither', 'nor', 'none', 'hardly', 'nobody', 'nothing', 'nowhere',
  'cannot',
];

export const EN_PREDICTION = [
  'will', "'ll", 'shall', 'forecast', 'forecasts', 'predicts', 'predicted', 'expects', 'expected',
  'expect', 'plans', 'planned', 'projected', 'upcoming', 'soon', 'future', 'intends', 'aims',
];

/** Multi-word future frames ("is set to", "is likely to"). */
export const EN_FUTURE_FRAMES = [
  'going to', 'set to', 'due to open', 'likely to', 'expected to', 'poised to', 'on track to',
  'about to', 'scheduled to', 'slated to', 'plans to', 'plan to', 'intends to', 'aims to',
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
