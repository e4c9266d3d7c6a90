/**
 * Word lists for the suggestion engine: reporting verbs and their forms, titles, organisation
 * words, abbreviations, time expressions, pronouns and first names with a usual gender.
 */

/**
 * How a verb signals an attribution: speech ("said"), an act about words or positions ("rejected",
 * "published"), a thought or intention ("believes", "wants"), or a weak signal used only on request.
 */
export type CueClass = 'speech' | 'act' | 'thought' | 'weak';

export interface VerbForm {
  lemma: string;
  cls: CueClass;
  /** base, third-person -s, past -ed, present participle -ing, past participle. */
  form: 'base' | 's' | 'ed' | 'ing' | 'en';
}

/** Reporting verbs: lemma → class, with irregular forms where needed (base|s|ed|ing|en). */
const VERBS: [string, CueClass, string?][] = [
  // speech acts
  ['say', 'speech', 'say|says|said|saying|said'],
  ['tell', 'speech', 'tell|tells|told|telling|told'],
  ['add', 'speech'], ['note', 'speech'], ['write', 'speech', 'write|writes|wrote|writing|written'],
  ['ask', 'speech'], ['argue', 'speech'], ['claim', 'speech'], ['explain', 'speech'], ['insist', 'speech'],
  ['state', 'speech'], ['declare', 'speech'], ['announce', 'speech'], ['acknowledge', 'speech'],
  ['admit', 'speech', 'admit|admits|admitted|admitting|admitted'], ['warn', 'speech'], ['suggest', 'speech'],
  ['predict', 'speech'], ['recall', 'speech'], ['reply', 'speech'], ['respond', 'speech'], ['tweet', 'speech'],
  ['testify', 'speech'], ['concede', 'speech'], ['contend', 'speech'], ['remark', 'speech'], ['stress', 'speech'],
  ['emphasize', 'speech'], ['emphasise', 'speech'], ['caution', 'speech'], ['complain', 'speech'], ['counter', 'speech'],
  ['confirm', 'speech'], ['deny', 'speech'], ['assert', 'speech'], ['allege', 'speech'], ['boast', 'speech'],
  ['brag', 'speech', 'brag|brags|bragged|bragging|bragged'], ['comment', 'speech'], ['exclaim', 'speech'],
  ['joke', 'speech'], ['lament', 'speech'], ['mention', 'speech'], ['muse', 'speech'], ['proclaim', 'speech'],
  ['reiterate', 'speech'], ['repeat', 'speech'], ['retort', 'speech'], ['reveal', 'speech'], ['scoff', 'speech'],
  ['shout', 'speech'], ['speculate', 'speech'], ['whisper', 'speech'], ['yell', 'speech'], ['quip', 'speech', 'quip|quips|quipped|quipping|quipped'],
  ['urge', 'speech'], ['rip', 'act', 'rip|rips|ripped|ripping|ripped'], ['accuse', 'act'], ['blast', 'speech'], ['slam', 'speech', 'slam|slams|slammed|slamming|slammed'],
  ['criticize', 'act'], ['criticise', 'act'], ['praise', 'act'], ['demand', 'act'], ['disclose', 'speech'],
  ['vow', 'speech'], ['pledge', 'speech'], ['promise', 'speech'], ['threaten', 'speech'], ['assure', 'speech'],
  ['advise', 'speech'], ['recommend', 'act'], ['propose', 'act'], ['announce', 'speech'], ['report', 'speech'],
  ['conclude', 'speech'], ['estimate', 'speech'], ['describe', 'act'], ['characterize', 'act'], ['characterise', 'act'], ['exhort', 'speech'], ['reference', 'act'], ['identify', 'act'], ['chastise', 'speech'], ['implore', 'speech'], ['recount', 'speech'], ['outline', 'act'], ['highlight', 'act'], ['chronicle', 'act'], ['portray', 'act'], ['depict', 'act'], ['document', 'act'], ['dismiss', 'act'], ['charge', 'act'],
  ['blame', 'act'], ['question', 'act'], ['condemn', 'act'], ['decry', 'act'], ['defend', 'act'],
  ['maintain', 'speech'], ['reason', 'speech'], ['observe', 'speech'], ['agree', 'speech'], ['plead', 'speech'],
  ['swear', 'speech', 'swear|swears|swore|swearing|sworn'], ['concur', 'speech', 'concur|concurs|concurred|concurring|concurred'],
  ['wonder', 'speech'], ['instruct', 'speech'], ['inform', 'speech'], ['remind', 'speech'], ['signal', 'speech'],
  ['chant', 'speech'], ['sing', 'speech', 'sing|sings|sang|singing|sung'], ['liken', 'speech'], ['hail', 'speech'],
  ['brand', 'speech'], ['label', 'speech', 'label|labels|labeled|labeling|labelled'], ['laud', 'speech'],
  ['dub', 'speech', 'dub|dubs|dubbed|dubbing|dubbed'], ['mock', 'speech'], ['deride', 'speech'], ['tout', 'speech'],
  ['ridicule', 'speech'], ['cite', 'act'], ['speak', 'speech', 'speak|speaks|spoke|speaking|spoken'], ['talk', 'speech'],
  ['discuss', 'act'], ['point', 'speech'], ['express', 'act'], ['reject', 'act'], ['rule', 'speech'],
  ['publish', 'act'], ['unveil', 'act'], ['offer', 'weak'], ['encourage', 'act'], ['dispute', 'act'],
  ['make', 'speech', 'make|makes|made|making|made'], ['apologize', 'speech'], ['recognize', 'thought'], ['abolish', 'act'], ['understate', 'speech'], ['envision', 'thought'], ['discover', 'thought'], ['weigh', 'thought'], ['articulate', 'speech'], ['resent', 'thought'], ['denounce', 'speech'], ['bemoan', 'speech'], ['accept', 'act'], ['underscore', 'speech'], ['reckon', 'thought'], ['downplay', 'act'], ['allow', 'weak'], ['permit', 'weak', 'permit|permits|permitted|permitting|permitted'], ['require', 'weak'], ['prohibit', 'weak'], ['forbid', 'weak', 'forbid|forbids|forbade|forbidding|forbidden'], ['empower', 'weak'], ['learn', 'thought'], ['admire', 'thought'], ['compare', 'speech'], ['understand', 'thought', 'understand|understands|understood|understanding|understood'], ['call', 'weak'], ['post', 'weak'], ['continue', 'weak'], ['show', 'weak', 'show|shows|showed|showing|shown'],
  ['find', 'weak', 'find|finds|found|finding|found'], ['indicate', 'weak'], ['hint', 'speech'],
  ['forecast', 'speech', 'forecast|forecasts|forecast|forecasting|forecast'], ['project', 'weak'], ['attack', 'weak'],
  // thoughts and intentions
  ['believe', 'thought'], ['think', 'thought', 'think|thinks|thought|thinking|thought'], ['feel', 'thought', 'feel|feels|felt|feeling|felt'],
  ['hope', 'thought'], ['expect', 'thought'], ['fear', 'thought'], ['worry', 'thought'], ['want', 'thought'],
  ['plan', 'thought', 'plan|plans|planned|planning|planned'], ['intend', 'thought'], ['doubt', 'thought'],
  ['know', 'thought', 'know|knows|knew|knowing|known'], ['suspect', 'thought'], ['assume', 'thought'], ['consider', 'weak'],
  ['support', 'weak'], ['oppose', 'weak'], ['endorse', 'weak'], ['refuse', 'weak'], ['decline', 'weak'], ['seek', 'weak', 'seek|seeks|sought|seeking|sought'],
];

function regularForms(lemma: string): string[] {
  let s: string;
  let ed: string;
  let ing: string;
  if (/[^aeiou]y$/.test(lemma)) {
    s = lemma.slice(0, -1) + 'ies';
    ed = lemma.slice(0, -1) + 'ied';
    ing = lemma + 'ing';
  } else if (/e$/.test(lemma)) {
    s = lemma + 's';
    ed = lemma + 'd';
    ing = /ee$/.test(lemma) ? lemma + 'ing' : lemma.slice(0, -1) + 'ing';
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    s = lemma + 'es';
    ed = lemma + 'ed';
    ing = lemma + 'ing';
  } else {
    s = lemma + 's';
    ed = lemma + 'ed';
    ing = lemma + 'ing';
  }
  return [lemma, s, ed, ing, ed];
}

const FORM_NAMES: VerbForm['form'][] = ['base', 's', 'ed', 'ing', 'en'];

/** Every form of every reporting verb, lower case → its lemma, class and form. */
export const VERB_FORMS: ReadonlyMap<string, VerbForm> = (() => {
  const m = new Map<string, VerbForm>();
  for (const [lemma, cls, irregular] of VERBS) {
    const forms = irregular ? irregular.split('|') : regularForms(lemma);
    forms.forEach((f, i) => {
      if (!m.has(f)) m.set(f, { lemma, cls, form: FORM_NAMES[i] });
    });
  }
  return m;
})();

/** Verbs whose first object is the addressee, not the content ("told reporters that …"). */
export const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'instruct', 'warn', 'promise', 'ask']);

/** Verbs whose object may come between them and the content without being content ("told reporters"). */
export const ADDRESSEES = new Set([
  'reporters', 'journalists', 'supporters', 'voters', 'lawmakers', 'members', 'students', 'listeners', 'viewers', 'readers',
  'me', 'him', 'her', 'them', 'us', 'you', 'congress', 'parliament', 'the crowd', 'a crowd', 'the audience', 'an audience',
  'the newspaper', 'the paper', 'the network', 'the station', 'the committee', 'the panel', 'the court', 'the jury',
  'the senate', 'the house', 'the magazine', 'the agency', 'the broadcaster', 'the outlet', 'the host', 'the hosts',
  'the interviewer', 'an interviewer', 'a reporter', 'the reporter', 'donors', 'attendees', 'the gathering', 'the group',
  'the rally', 'a rally', 'the conference', 'a conference', 'delegates', 'the delegates', 'residents', 'staff', 'employees',
]);

/** Auxiliaries and negation that belong to a cue ("has said", "did not say"). */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might',
  'must', 'can', 'did', 'does', 'do', 'not', 'never', "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t",
  "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "isn't",
  "isn’t", "wasn't", "wasn’t", "can't", "can’t", "couldn't", "couldn’t",
]);

/** Adverbs that may stand between a subject and its cue, and belong to the cue. */
export const CUE_ADVERBS = new Set([
  'also', 'later', 'previously', 'repeatedly', 'again', 'then', 'recently', 'often', 'reportedly', 'once', 'still',
  'already', 'first', 'further', 'even', 'just', 'now', 'since', 'long', 'always', 'never', 'too', 'twice', 'finally',
  'initially', 'separately', 'similarly', 'flatly', 'openly',
]);

/** Words that end a subject noun phrase when walking back from a cue. */
export const CLAUSE_STOPS = new Set([
  'that', 'and', 'but', 'or', 'nor', 'because', 'while', 'when', 'whenever', 'if', 'although', 'though', 'as', 'since',
  'after', 'before', 'so', 'where', 'whether', 'than', 'until', 'unless', 'once', 'however', 'then', 'yet', 'why', 'how',
  'what', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'also', 'even', 'said', 'says', 'say', 'told',
  'to', 'by', 'there', 'here', 'it', 'this', 'these', 'those', 'meanwhile', 'instead', 'indeed', 'moreover', 'still',
  'thus', 'hence', 'therefore', 'now', 'today', 'yesterday', 'tonight', 'like', 'unlike', 'despite', 'amid', 'against',
  'into', 'onto', 'upon', 'over', 'under', 'about', 'through', 'across', 'via', 'per', 'without', 'within',
]);

/** Prepositions that may sit inside a source noun phrase ("the chief executive of the league"). */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'on', 'at', 'in', 'from', 'with', 'to']);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many',
  'several', 'most', 'all', 'both', 'each', 'few', 'no', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'any', 'every', 'various', 'numerous', 'more', 'fewer',
]);

/** Sentence-initial words that are not part of a subject. */
export const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'still', 'also', 'now', 'meanwhile', 'instead', 'then', 'however', 'or', 'plus', 'indeed']);

/** Words (lower case, without a final period) after which a period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'sens', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'rev',
  'hon', 'jr', 'sr', 'st', 'ft', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vs', 'v', 'prof', 'atty', 'supt', 'del', 'ave', 'blvd', 'rd', 'maj', 'pvt', 'cpl', 'insp', 'det',
  'fig', 'approx', 'dept', 'est', 'govt', 'pres', 'sec', 'mass', 'calif', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mich', 'minn', 'miss', 'mo', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis',
  'wyo', 'ariz', 'ark', 'colo', 'ala', 'n.h', 'n.j', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'r.i', 'w.va', 'd.c', 'u.s',
  'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'inc', 'corp', 'co', 'ltd', 'bros', 'etc', 'al', 'ph.d', 'u.s.a',
]);

/** Abbreviations that often end a sentence too; a period after them ends one before a usual sentence opener. */
export const SOMETIMES_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'jr', 'sr', 'bros', 'u.s.a']);

export const SENTENCE_OPENERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'a', 'an', 'this', 'that', 'there',
  'his', 'her', 'their', 'its', 'our', 'as', 'after', 'when', 'while', 'if', 'for', 'since', 'still', 'yet', 'so', 'some',
  'many', 'most', 'according', 'meanwhile', 'however', 'now', 'one', 'two', 'three', 'last', 'earlier', 'later',
]);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

/** Words that make up time adverbials after a cue ("said late Friday", "said last week"). */
export const TIME_WORDS = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'last', 'this', 'next', 'early', 'late', 'morning',
  'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'recently', 'previously', 'again', 'repeatedly',
  'now', 'then', 'once', 'twice', 'year', 'years', 'months', 'weeks', 'days', 'ago', 'privately', 'publicly',
  'separately', 'afterward', 'afterwards', 'overnight', 'also', 'too', 'on', 'in', 'at', 'during', 'the', 'a', 'an',
]);

/**
 * Nouns that report what someone said or holds, followed by a "that" clause with the content:
 * "Trump’s claim that …", "her warning that …", "the ministry’s assurance that …".
 */
export const REPORT_NOUNS = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'contention', 'insistence', 'argument', 'warning', 'warnings', 'suggestion',
  'allegation', 'allegations', 'statement', 'belief', 'view', 'promise', 'promises', 'pledge', 'prediction', 'predictions',
  'admission', 'concern', 'concerns', 'fear', 'fears', 'report', 'reports', 'announcement', 'accusation', 'accusations',
  'complaint', 'complaints', 'charge', 'charges', 'denial', 'estimate', 'assurance', 'assurances', 'vow', 'threat',
  'acknowledgment', 'acknowledgement', 'conclusion', 'finding', 'findings', 'observation', 'reminder', 'declaration',
  'insinuation', 'implication', 'boast', 'hope', 'hopes', 'expectation', 'suspicion', 'suspicions', 'worry', 'worries',
  'theory', 'assessment', 'testimony', 'confirmation', 'explanation', 'proposal', 'recommendation', 'demand', 'demands',
]);

/** Nouns of a communication that follow "in a/an" after a cue ("said in a statement"). */
export const MEDIUM_NOUNS = new Set([
  'statement', 'interview', 'tweet', 'tweets', 'email', 'e-mail', 'speech', 'post', 'letter', 'video', 'op-ed', 'release',
  'call', 'conference', 'briefing', 'appearance', 'memo', 'message', 'note', 'blog', 'column', 'essay', 'editorial',
  'report', 'filing', 'affidavit', 'testimony', 'radio', 'television', 'podcast', 'broadcast', 'address', 'remarks',
  'phone', 'telephone', 'news', 'press', 'town', 'hall', 'rally', 'debate', 'event', 'hearing', 'forum', 'meeting',
  'stop', 'campaign', 'session', 'ceremony', 'summit', 'visit', 'book', 'article', 'piece', 'story', 'text', 'response',
  'reply', 'documentary', 'segment', 'show', 'program', 'podcast', 'livestream', 'facebook', 'twitter', 'instagram',
]);

/**
 * Titles that end the title part of a name: everything up to the last of them is stripped
 * ("White House Press Secretary Josh Earnest" → Josh Earnest), while a name without one keeps its
 * words ("White House").
 */
export const CORE_TITLES = new Set([
  'president', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'secretary', 'leader', 'chairman',
  'chairwoman', 'chair', 'speaker', 'mayor', 'judge', 'justice', 'director', 'minister', 'spokesman', 'spokeswoman',
  'spokesperson', 'mr', 'mrs', 'ms', 'miss', 'dr', 'rev', 'gen', 'general', 'lt', 'col', 'sgt', 'capt', 'adm', 'admiral',
  'ambassador', 'commissioner', 'chief', 'officer', 'prof', 'professor', 'ceo', 'chancellor', 'prime', 'attorney',
  'sheriff', 'pope', 'king', 'queen', 'prince', 'princess', 'candidate', 'nominee', 'del', 'delegate', 'councilman',
  'councilwoman', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'superintendent', 'detective', 'host',
  'anchor', 'founder', 'co-founder', 'commander', 'secretary-general', 'president-elect', 'premier', 'lord', 'lady', 'sir',
  'dame', 'cardinal', 'bishop', 'rabbi', 'imam', 'pastor', 'coach', 'manager', 'economist', 'analyst', 'strategist',
  'adviser', 'advisor', 'aide', 'official', 'lawyer', 'attorney-general', 'trooper', 'chairperson', 'whip', 'envoy',
  'editor', 'reporter', 'correspondent', 'columnist', 'spokesmen', 'executive', 'widow', 'mother', 'father',
  'councillor', 'councilor', 'councilmember', 'alderman', 'alderwoman', 'harbourmaster', 'harbormaster', 'trustee',
  'magistrate', 'inspector', 'constable', 'sergeant', 'marshal', 'provost', 'dean', 'rector', 'warden',
  'activist', 'actor', 'actress', 'author', 'writer', 'journalist', 'filmmaker', 'singer', 'comedian', 'historian',
  'researcher', 'scientist', 'pollster', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur',
]);

/** Titles stripped from a name and kept as a role ("US President Donald Trump" → Donald Trump, president). */
export const TITLES = new Set([
  'president', 'vice', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'secretary', 'leader', 'chairman',
  'chairwoman', 'chair', 'speaker', 'mayor', 'judge', 'justice', 'director', 'minister', 'spokesman', 'spokeswoman',
  'spokesperson', 'mr', 'mrs', 'ms', 'miss', 'dr', 'rev', 'gen', 'general', 'lt', 'col', 'sgt', 'capt', 'adm', 'admiral',
  'ambassador', 'commissioner', 'chief', 'officer', 'prof', 'professor', 'ceo', 'chancellor', 'prime', 'attorney',
  'sheriff', 'pope', 'king', 'queen', 'prince', 'princess', 'candidate', 'nominee', 'del', 'delegate', 'councilman',
  'councilwoman', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'superintendent', 'detective', 'host',
  'anchor', 'former', 'acting', 'deputy', 'assistant', 'senior', 'executive', 'founder', 'co-founder', 'commander',
  'secretary-general', 'president-elect', 'premier', 'lord', 'lady', 'sir', 'dame', 'cardinal', 'bishop', 'rabbi',
  'imam', 'pastor', 'father', 'sister', 'brother', 'coach', 'manager', 'economist', 'analyst', 'strategist', 'adviser',
  'advisor', 'aide', 'official', 'lawyer', 'attorney-general', 'commissioner', 'trooper', 'chairperson', 'head', 'cabinet',
  'first', 'lady', 'state', 'majority', 'minority', 'whip', 'democratic', 'republican', 'gop', 'independent', 'libertarian',
  'green', 'party', 'presidential', 'house', 'senate', 'white', 'press', 'campaign', 'manager', 'mrs.', 'mr.', 'ms.',
  'u.s', 'us', 'uk', 'u.k', 'eu', 'nato', 'un', 'u.n', 'sec', 'gov.', 'lt.', 'general', 'surgeon', 'treasury', 'defense',
  'foreign', 'interior', 'homeland', 'security', 'national', 'federal', 'county', 'city', 'district', 'circuit', 'supreme',
  'court', 'justice', 'department', 'committee', 'intelligence', 'armed', 'services', 'oversight', 'judiciary',
  'activist', 'actor', 'actress', 'author', 'writer', 'journalist', 'columnist', 'filmmaker', 'singer', 'comedian',
  'historian', 'researcher', 'scientist', 'pollster', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur',
]);

/** Titles that say the bearer is a person and which role words they imply for definite descriptions. */
export const ROLE_WORDS: Record<string, string[]> = {
  president: ['president'],
  'president-elect': ['president-elect'],
  sen: ['senator'],
  senator: ['senator'],
  rep: ['congressman', 'congresswoman', 'representative', 'lawmaker'],
  representative: ['congressman', 'congresswoman', 'representative', 'lawmaker'],
  congressman: ['congressman', 'lawmaker'],
  congresswoman: ['congresswoman', 'lawmaker'],
  gov: ['governor'],
  governor: ['governor'],
  secretary: ['secretary'],
  'secretary-general': ['secretary-general'],
  minister: ['minister'],
  mayor: ['mayor'],
  judge: ['judge'],
  justice: ['justice'],
  speaker: ['speaker'],
  leader: ['leader'],
  chairman: ['chairman'],
  chairwoman: ['chairwoman'],
  spokesman: ['spokesman', 'spokesperson'],
  spokeswoman: ['spokeswoman', 'spokesperson'],
  spokesperson: ['spokesperson'],
  director: ['director'],
  ambassador: ['ambassador', 'envoy', 'diplomat'],
  candidate: ['candidate'],
  nominee: ['nominee', 'candidate'],
  ceo: ['executive', 'ceo'],
  chancellor: ['chancellor'],
  premier: ['premier'],
  general: ['general'],
  gen: ['general'],
};

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = new Set([
  'committee', 'department', 'ministry', 'party', 'campaign', 'foundation', 'association', 'union', 'council', 'commission',
  'agency', 'bureau', 'office', 'senate', 'congress', 'court', 'university', 'institute', 'center', 'centre', 'group',
  'inc', 'corp', 'company', 'corporation', 'network', 'administration', 'government', 'kremlin', 'pentagon', 'house',
  'service', 'services', 'board', 'bank', 'fund', 'police', 'army', 'navy', 'force', 'forces', 'club', 'society', 'league',
  'alliance', 'coalition', 'organization', 'organisation', 'federation', 'ministry', 'parliament', 'assembly', 'cabinet',
  'embassy', 'consulate', 'authority', 'team', 'caucus', 'pac', 'llc', 'ltd', 'co', 'industries', 'partners', 'project',
  'initiative', 'trust', 'school', 'college', 'hospital', 'clinic', 'church', 'tribunal', 'watchdog', 'firm', 'airlines',
  'motors', 'technologies', 'labs', 'laboratory', 'fbi', 'cia', 'nsa', 'dnc', 'rnc', 'gop', 'nato', 'un', 'eu', 'who',
  'imf', 'opec', 'aclu', 'naacp', 'epa', 'fda', 'cdc', 'irs', 'sec', 'doj', 'dhs', 'gao', 'cbo', 'nra', 'wto', 'unicef',
  'politifact', 'twitter', 'facebook', 'google', 'microsoft', 'apple', 'amazon', 'exchange', 'reserve', 'treasury',
  'state', 'states', 'republic', 'kingdom', 'nations', 'union', 'region', 'city', 'county', 'district', 'province',
]);

/** Words that make an organisation a publication (news outlets and wire services). */
export const MEDIA_WORDS = new Set([
  'times', 'post', 'journal', 'news', 'tribune', 'herald', 'gazette', 'guardian', 'telegraph', 'observer', 'chronicle',
  'globe', 'daily', 'weekly', 'magazine', 'press', 'reuters', 'ap', 'afp', 'bloomberg', 'cnn', 'msnbc', 'nbc', 'abc',
  'cbs', 'fox', 'bbc', 'npr', 'pbs', 'politico', 'axios', 'breitbart', 'huffpost', 'huffington', 'yahoo', 'buzzfeed',
  'vox', 'slate', 'atlantic', 'economist', 'newsweek', 'time', 'wire', 'radio', 'tv', 'television', 'channel', 'inquirer',
  'examiner', 'sun', 'mirror', 'express', 'independent', 'star', 'today', 'usa', 'interfax', 'tass', 'ria', 'xinhua',
  'kyodo', 'yonhap', 'dpa', 'ansa', 'efe', 'upi', 'politifact', 'journalist', 'newspaper', 'outlet', 'broadcaster',
]);

/** Common nouns heading an anonymous source ("one Nato diplomat", "officials briefed on …"). */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'aide', 'aides', 'person', 'people', 'adviser',
  'advisers', 'advisor', 'advisors', 'insider', 'insiders', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople',
  'staffer', 'staffers', 'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'critic', 'critics',
  'witness', 'witnesses', 'resident', 'residents', 'member', 'members', 'lawmaker', 'lawmakers', 'official', 'employee',
  'employees', 'executive', 'executives', 'officer', 'officers', 'investigator', 'investigators', 'prosecutor',
  'prosecutors', 'supporter', 'supporters', 'voter', 'voters', 'worker', 'workers', 'colleague', 'colleagues', 'friend',
  'friends', 'associate', 'associates', 'operative', 'operatives', 'strategist', 'strategists', 'activist', 'activists',
  'leader', 'leaders', 'representative', 'representatives', 'negotiator', 'negotiators', 'envoy', 'envoys',
]);

/** Plural nouns naming groups ("Republicans", "Democrats"). */
export const GROUP_WORDS = new Set([
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'americans', 'voters', 'lawmakers', 'critics',
  'supporters', 'opponents', 'officials', 'leaders', 'members', 'activists', 'protesters', 'residents', 'families',
  'analysts', 'experts', 'economists', 'scientists', 'researchers', 'doctors', 'lawyers', 'investors', 'allies',
  'senators', 'governors', 'mayors', 'democrats', 'independents', 'evangelicals', 'donors', 'parents', 'students',
  'teachers', 'workers', 'unions', 'groups', 'advocates', 'diplomats', 'sources', 'aides', 'advisers', 'insiders',
  'people', 'polls', 'surveys', 'pollsters', 'observers', 'others', 'many', 'some', 'both', 'all',
]);

/** Heads of descriptions that are documents or studies rather than people ("a report found"). */
/** Nouns of rules that allow, require or forbid ("the party's bylaws permit …", "the program allows …"). */
export const RULE_HEADS = new Set([
  'rule', 'rules', 'law', 'laws', 'bylaws', 'program', 'programme', 'policy', 'policies', 'constitution', 'act', 'bill', 'provision',
  'provisions', 'guidelines', 'regulation', 'regulations', 'statute', 'standards', 'code', 'charter', 'treaty', 'agreement', 'ordinance',
  'measure', 'amendment', 'clause', 'contract', 'deal', 'order', 'procedures', 'system', 'plan',
]);

export const DOCUMENT_HEADS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'report', 'reports', 'study', 'studies', 'analysis', 'data', 'document',
  'documents', 'memo', 'letter', 'statement', 'complaint', 'lawsuit', 'filing', 'ruling', 'review', 'audit', 'investigation',
  'research', 'records', 'figures', 'estimates', 'projections', 'model', 'forecast', 'ad', 'video', 'clip', 'book',
  'article', 'piece', 'story', 'editorial', 'column', 'post', 'tweet', 'platform', 'plan', 'bill', 'law', 'order',
  'indictment', 'brief', 'transcript', 'website', 'site', 'page', 'census', 'index', 'average', 'averages', 'polling',
  'footage', 'videos', 'recording', 'recordings', 'photos', 'images', 'emails', 'e-mails', 'filings', 'transcripts',
  'analyses', 'reviews', 'audits', 'investigations', 'statistics', 'numbers', 'results', 'findings', 'tally', 'count',
  'record', 'evidence',
]);

export const FEMALE_NAMES = new Set(
  `rita carmen rosa ana isabel paula miriam beatriz pilar marisol claudia silvia monica veronica daniela gabriela
  adriana alejandra carolina valentina camila lorena raquel lena ingrid marta mara amelie amélie priya sofia olga ewa agnes astrid freya ines leila nadia yasmin fatima aisha
  mei yuki hana helena ruth maya nora lucia clara greta hanna elif ayse zeynep mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
  janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
  cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris
  abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
  charlotte rose alexis kayla hillary chelsea ivanka melania kamala condoleezza madeleine sonia elena marine ursula
  kaja giorgia jacinda nicola yulia olena oksana natalia svetlana irina tatiana anastasia ekaterina sheila nikki
  kellyanne kristi kirsten tammy claire debbie maxine ilhan alexandria rashida ayanna dianne patty shelley marsha joni
  cindy jill gennifer alicia melanie minyon carla tulsi stacey huma ivana kyrsten loretta gina penny betsy
  omarosa katrina kayleigh karine`.split(/\s+/),
);

export const MALE_NAMES = new Set(
  `miguel javier alejandro rafael fernando ricardo roberto eduardo sergio pablo manuel francisco antonio andres ron
  dale anders piet tobias henrik lars erik jan tomas tomás mateo pedro luis carlos jorge diego ahmet mehmet kenji hiroshi
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
  steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
  eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
  jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger
  noah gerald carl sean austin arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan
  wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bill mike mitch ted marco rand
  chris jeb ben newt rudy reince jared bernie tim al vladimir dmitry sergei sergey volodymyr emmanuel boris olaf recep
  narendra mohammed muhammad ali ahmed hassan abdul omar shinzo jens rishi keir viktor andrzej pedro giuseppe mario
  matteo silvio antony lloyd jake pete chuck harry mitt jim rob lamar trey darrell devin jerrold charlie marc vann len
  lester wolf anderson tucker bret dmitri alexei alexey andrei andriy oleksandr yuri igor ivan mikhail nikolai pavel
  vitali rex steve corey`.split(/\s+/),
);
