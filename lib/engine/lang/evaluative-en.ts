// English evaluative vocabulary: judgement adjectives/adverbs, value nouns, intensifiers.

export const EN_JUDGEMENT_WORDS = [
  'good', 'bad', 'better', 'worse', 'best', 'worst', 'great', 'greatest', 'finest', 'terrible',
  'wrong', 'important', 'crucial', 'essential', 'necessary', 'unnecessary', 'vital',
  'indispensable', 'should', 'must', 'ought', 'unfortunately', 'fortunately', 'sadly', 'thankfully',
  'hopefully', 'disgraceful', 'shameful', 'shocking', 'appalling', 'brilliant', 'awful', 'ridiculous',
  'absurd', 'unacceptable', 'deeply', 'wise', 'unwise', 'foolish', 'outrageous', 'excellent',
  'outstanding', 'superb', 'wonderful', 'fantastic', 'amazing', 'awesome', 'incredible', 'stunning',
  'impressive', 'remarkable', 'disappointing', 'disappointed', 'dangerous', 'reckless',
  'irresponsible', 'questionable', 'dubious', 'disastrous', 'catastrophic', 'appropriate',
  'inappropriate', 'unpopular', 'popular', 'horrible', 'horrific', 'stupid', 'dumb', 'fair',
  'unfair', 'unjust', 'incompetent', 'pathetic', 'embarrassing', 'hypocritical', 'cynical',
  'misguided', 'short-sighted', 'welcome', 'troubling', 'worrying', 'alarming', 'concerning',
  'encouraging', 'promising', 'successful', 'failed', 'overdue', 'overrated', 'underrated',
  'beautiful', 'ugly', 'boring', 'brave', 'courageous', 'cowardly', 'proud', 'sad', 'insane',
  'crazy', 'unbelievable', 'laughable', 'pointless', 'senseless', 'sensible', 'smart', 'trusted',
  'innovative', 'world-class', 'unparalleled', 'unprecedented', 'exceptional',
  'honestly', 'frankly', 'overpriced', 'lovely', 'delicious', 'masterful', 'moving', 'powerful',
  // judgement predicates on actors and measures ("the response was inadequate")
  'inadequate', 'insufficient', 'half-hearted', 'tone-deaf', 'careless', 'clueless', 'useless', 'worthless',
  'admirable', 'commendable', 'deplorable', 'unforgivable', 'inexcusable', 'baffling', 'infuriating',
  'frustrating', 'annoying', 'sloppy', 'lazy', 'bizarre', 'unreasonable', 'unrealistic', 'naive', 'misleading',
  'overblown', 'overhyped', 'mediocre', 'subpar', 'lackluster', 'lacklustre', 'dismal', 'hopeless',
  'counterproductive', 'disproportionate', 'unjustified', 'terrific', 'fabulous', 'horrendous', 'atrocious',
  'dreadful', 'abysmal', 'stellar', 'tasty', 'charming', 'rude', 'disgusting', 'shameless',
];

export const EN_JUDGEMENT_NOUNS = [
  'scandal', 'disgrace', 'disaster', 'catastrophe', 'fiasco', 'farce', 'joke', 'mess', 'shame',
  'travesty', 'nonsense', 'rip-off', 'scam', 'lie', 'lies', 'betrayal', 'breakthrough', 'milestone',
  'triumph', 'masterpiece', 'gem', 'blessing', 'improvement', 'mistake', 'failure', 'success',
  'meditation', 'tour de force', 'must-see', 'waste',
];

export const EN_INTENSIFIERS = [
  'too', 'far', 'way', 'totally', 'utterly', 'absolutely', 'truly', 'genuinely', 'genuine', 'real',
  'really', 'incredibly', 'extremely', 'so', 'very', 'completely', 'total', 'complete', 'absolute',
  'sheer', 'downright', 'deeply', 'simply', 'just', 'hugely', 'massively', 'pretty',
];

export const EN_OPINION_PHRASES = [
  'i think', 'i believe', 'in my opinion', 'in my view', 'i feel', 'we believe', 'we think',
  'in our view', 'to be honest', 'if you ask me', 'no contest', 'what a', 'so proud', 'i love',
  'i hate', 'we love', 'hands down',
  // rhetorical and normative phrases without a judgement adjective
  'too little', 'needs to', 'it is time', "it's time", 'it’s time', 'high time', 'deserve better', 'deserves better',
  'out of touch', 'a slap in the face', 'what were they thinking', 'you have to wonder', 'so much for',
  'nothing beats', 'second to none', 'worth every', 'not worth', 'worth it', 'a must', 'long overdue',
];

export const EN_VALUE_NOUNS = [
  'democracy', 'freedom', 'liberty', 'free speech', 'press freedom', 'the rule of law', 'truth',
  'justice', 'human rights', 'the constitution', 'common sense', 'science',
];
