// Routine text that asserts nothing checkable: greetings, calls to action, appeals for
// witnesses, "declined to comment", disclaimers and time stamps (annotation guidelines).

const GREETING = /^(?:hallo|hi|hey|servus|moin|liebe|lieber|guten (?:morgen|tag|abend)|gute nacht|herzlich willkommen|willkommen|vielen dank|danke(?! für die)|sehr geehrte|mit freundlichen grüßen|(?:viele|liebe|beste|herzliche) grüße|grüße|schönes wochenende|schönen (?:abend|tag|sonntag)|frohe|bis (?:bald|morgen|dann)|hello|dear|good (?:morning|afternoon|evening|night)|welcome|thank you|thanks(?! to)|happy (?:friday|monday|weekend|holidays|new year|birthday)|have a (?:great|nice|good|lovely)|(?:best|kind|warm) regards|cheers|greetings|see you|stay safe)\b/i;
const MAX_GREETING_WORDS = 7;

const CALL_TO_ACTION = new RegExp(
  [
    '^(?:jetzt\\s+)?(?:klicken|click|tap|abonnieren|subscribe|folgen sie|follow us|sign up|melden sie sich|registrieren sie',
    'teilen sie|besuchen sie|visit us|kontaktieren sie|contact us|lesen sie (?:auch|mehr|hier)|read (?:more|the full)',
    'hier (?:klicken|geht)|don\'t miss|verpassen sie nicht|sichern sie sich|bestellen sie|order now|jetzt (?:anmelden|bestellen))\\b',
  ].join('|'),
  'i',
);
const MORE_INFO = /^(?:weitere|mehr) (?:informationen|infos|details)\b.*\b(?:unter|finden sie|gibt es)\b|^(?:for )?more (?:information|details)\b.*\b(?:visit|at|see|contact)\b/i;

// "Die Polizei sucht Zeugen", "Police are appealing for witnesses", "Hinweise nimmt … entgegen".
const APPEAL = /\b(?:sucht|suchen|bittet|bitten)\b.{0,40}\b(?:zeugen|hinweise|mithilfe)\b|\bhinweise nimmt\b.*\bentgegen\b|\bappeal(?:s|ed|ing)? for (?:witnesses|information|help)\b|\banyone with (?:any )?information\b/i;

const NO_COMMENT = /\b(?:declined|refused) to comment\b|\bdid not (?:immediately )?respond to (?:a )?requests? for comment\b|\bcould not be reached for comment\b|\b(?:wollte|wollten) sich\b.{0,30}\bnicht (?:dazu )?äußern\b|\blehnte\b.{0,20}\bstellungnahme ab\b|\bwar (?:zunächst )?nicht zu erreichen\b/i;

const DISCLAIMER = /\b(?:forward-looking statements?|zukunftsgerichtete aussagen|ohne gewähr|alle angaben ohne|all rights reserved|alle rechte vorbehalten|terms and conditions|datenschutzerklärung|privacy policy|safe harbor|undertakes? no obligation|übernimmt keine (?:verpflichtung|haftung)|actual results (?:may|could|might) differ|(?:market |markets |kurs)?(?:data|quotes|kurse|daten) (?:are |is |werden |sind )?(?:delayed|verzögert)|keine anlageberatung|not (?:investment|financial) advice)\b|^(?:last updated|updated|zuletzt aktualisiert|aktualisiert|stand|posted|veröffentlicht)\s*(?:on|am)?\s*:/i;

// Teasers that announce content instead of stating it: "Hier sind unsere Tipps für 2025."
const TEASER = /^(?:hier sind|hier ist|here are|here is|here's) (?:unsere|unser|die|our|the|some|five|\d+)\b/i;

// Words that the unanchored patterns below need; most sentences have none of them (speed).
const ROUTINE_WORDS = new Set([
  'zeugen', 'hinweise', 'mithilfe', 'appeal', 'appeals', 'appealed', 'appealing', 'information',
  'comment', 'äußern', 'stellungnahme', 'erreichen', 'forward-looking', 'gewähr', 'rights', 'rechte',
  'terms', 'datenschutzerklärung', 'privacy', 'harbor', 'obligation', 'verpflichtung', 'haftung', 'differ', 'delayed',
  'verzögert', 'anlageberatung', 'advice', 'zukunftsgerichtete',
]);

// First words of the start-anchored patterns above (speed: most sentences start otherwise).
const OPENERS = new Set([
  'hallo', 'hi', 'hey', 'servus', 'moin', 'liebe', 'lieber', 'guten', 'herzlich', 'willkommen', 'vielen', 'gute',
  'sehr', 'mit', 'viele', 'beste', 'herzliche', 'grüße', 'schönes', 'schönen', 'frohe', 'bis', 'happy', 'have',
  'best', 'kind', 'warm', 'cheers', 'greetings', 'see', 'stay',
  'danke', 'hello', 'dear', 'good', 'welcome', 'thank', 'thanks', 'jetzt', 'klicken', 'click', 'tap',
  'abonnieren', 'subscribe', 'folgen', 'follow', 'sign', 'melden', 'registrieren', 'teilen', 'besuchen',
  'visit', 'kontaktieren', 'contact', 'lesen', 'read', 'hier', "don't", 'don’t', 'verpassen', 'sichern',
  'bestellen', 'order', 'weitere', 'mehr', 'for', 'more', 'here', "here's", 'here’s',
]);

/** Why the sentence is routine text rather than a claim, or null; `tokens` are its words. */
export const routineReason = (text: string, tokens: ReadonlyArray<{ lower: string }>): string | null => {
  const words = tokens.length;
  if (OPENERS.has(tokens[0]?.lower ?? '')) {
    if (GREETING.test(text) && words <= MAX_GREETING_WORDS) return 'skip:greeting';
    if (CALL_TO_ACTION.test(text) || MORE_INFO.test(text)) return 'skip:call-to-action';
    if (TEASER.test(text) && words <= 8) return 'skip:teaser';
  }
  if (!text.includes(':') && !tokens.some((t) => ROUTINE_WORDS.has(t.lower))) return null;
  if (APPEAL.test(text)) return 'skip:appeal';
  if (NO_COMMENT.test(text)) return 'skip:no-comment';
  if (DISCLAIMER.test(text)) return 'skip:boilerplate';
  if (TEASER.test(text) && words <= 8) return 'skip:teaser';
  return null;
};
