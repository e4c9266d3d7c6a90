/**
 * The suggestion engine: finds attributions (content, cue, source) in news text with rules over
 * tokens, sentences and quotations.
 *
 * Patterns handled, per sentence:
 * - cue first: `SOURCE CUE [that] CONTENT` ("Peskov said Russia had …", "told reporters that …",
 *   "said: “…”"), with auxiliaries and adverbs in the cue ("has repeatedly said");
 * - content first: `CONTENT, SOURCE CUE` and `“QUOTE,” CUE SOURCE`, with a continuation after the
 *   cue (`“…,” he said, “…”`) as a second content segment;
 * - "according to SOURCE" and "as SOURCE put it", before or after their content;
 * - thoughts and intentions ("believes", "wants to"), unless nested in another report;
 * - participle cues sharing the subject of the clause before them ("…, adding that …");
 * - transcript labels ("WALLACE: …") and dash credits (`“…” ― Name`).
 * Then across sentences: quotation sentences without a cue continue the last attribution of their
 * paragraph (an interrupted quotation becomes one attribution with several segments), and a
 * paragraph that continues a quotation, or consists of quotations, continues the previous
 * speaker. Sources are resolved to actors by the {@link ActorRegistry}.
 */
import type { Doc, QuoteRegion, Sentence, Token } from './document';
import {
  ADDRESSEES,
  AUXILIARIES,
  CLAUSE_STOPS,
  CORE_TITLES,
  CUE_ADVERBS,
  DETERMINERS,
  DOCUMENT_HEADS,
  RULE_HEADS,
  ANONYMOUS_HEADS,
  GROUP_WORDS,
  LEADING_CONJUNCTIONS,
  MEDIUM_NOUNS,
  MONTHS,
  NP_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  REPORT_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  TITLES,
  VERB_FORMS,
  WEEKDAYS,
  type CueClass,
  type VerbForm,
} from './lexicon';

export interface EngineOptions {
  /** Include cues of thought and intention ("believes", "wants", "plans"). Default true. */
  thoughtCues?: boolean;
  /**
   * Include weak cues, stances more than reports ("supports", "opposes", "considers"): true, or
   * 'indirect' (the default) for sentences without a quotation only, false for none.
   */
  weakCues?: boolean | 'indirect';
  /** Include indirect attributions (content without quotation marks). Default true. */
  indirect?: boolean;
  /**
   * Also suggest a report nested inside another one's content ("X said Y claimed …"), for annotation
   * schemes that mark both. Default false: only the outer report is suggested, as in PolNeAR-style
   * annotation, where the contents of attributions never overlap.
   */
  nested?: boolean;
}

export interface Cue {
  /** Token range [a, b) of the cue span. */
  a: number;
  b: number;
  /** Token index of the verb (or the first word of a phrase cue). */
  verb: number;
  lemma: string;
  cls: CueClass | 'according';
  form: VerbForm['form'] | 'special';
  sent: number;
  /** For "as X put it": the source before the cue. */
  subject?: [number, number];
}

/** A found attribution in token ranges, before spans and actors. */
export interface Draft {
  /** Content segments, token ranges [a, b). */
  content: [number, number][];
  cue?: [number, number];
  /** Source mention, token range [a, b). */
  source?: [number, number];
  /** The draft whose source this one repeats (participle cues, continued speakers). */
  sameSourceAs?: Draft;
  /** Continues a speaker without a mention of its own (a floating quotation). */
  floating?: boolean;
  /** The cue's class: a thought ("believes", "wants") nested in another report is left out. */
  cls?: Cue['cls'];
  para: number;
  sent: number;
}

type Range2 = [number, number];

const NOT_ADVERB_LY = new Set(['family', 'italy', 'ally', 'rally', 'assembly', 'supply', 'july', 'only', 'early', 'reply', 'apply', 'holly', 'kelly', 'molly', 'sally', 'billy', 'emily', 'lily', 'daily', 'weekly', 'monthly', 'likely', 'belly', 'bully', 'jelly', 'fly', 'ugly', 'friendly', 'elderly', 'lonely', 'costly', 'silly', 'holy']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "isn’t", "wasn't", "wasn’t", "aren't", "aren’t", "weren't", "weren’t", 'get', 'gets', 'got', 'getting']);
const POSSESSIVES = /['’]s$/;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
// Prepositions of an adverbial phrase between a subject and its verb ("after", "before" and "since" also open clauses).
const PHRASE_PREPOSITIONS = new Set(['at', 'in', 'on', 'from', 'during', 'inside', 'outside', 'near', 'aboard', 'amid', 'following', 'via', 'through', 'throughout', 'upon']);
// Particles of phrasal verbs ("dialing back plans to …": the noun is the verb's object).
const PHRASAL_PARTICLES = new Set(['back', 'up', 'off', 'out', 'down', 'away']);
// Words that float after a subject pronoun ("they both said").
const FLOATING_QUANTIFIERS = new Set(['together', 'both', 'all', 'each', 'jointly', 'themselves', 'himself', 'herself', 'itself', 'alone']);
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', "won't", 'won’t', "wouldn't", 'wouldn’t', "can't", 'can’t', 'cannot']);
// Adverbs that stand between a subject and its verb and belong with the cue ("they only learned", "almost immediately disclosed").
const PRE_VERB_ADVERBS = new Set(['only', 'almost', 'nearly', 'soon', 'quickly', 'immediately', 'swiftly', 'promptly', 'barely', 'hardly', 'simply', 'merely']);
// Verbs taking a participle complement: the participle's subject is theirs ("could not resist pointing out", "can be heard telling", "began saying").
const CATENATIVE_VERBS = new Set(['resist', 'resists', 'resisting', 'resisted', 'risk', 'risks', 'risked', 'delay', 'delays', 'delayed', 'avoid', 'avoided', 'avoids', 'began', 'begin', 'begins', 'begun', 'start', 'started', 'starts', 'kept', 'keep', 'keeps', 'stopped', 'stop', 'stops', 'quit', 'finished', 'spent', 'spend', 'spends', 'tried', 'try', 'tries', 'heard', 'seen', 'caught', 'recalls', 'recalled', 'remember', 'remembers', 'remembered', 'went', 'go', 'goes']);
// Participles of reports in the passive, with the word that opens their content ("accused of", "expected to").
/** Participles that give a label in quotation marks in the passive ("was labeled “Half Right”"). */
const LABEL_PARTICIPLES = new Set(['labeled', 'labelled', 'dubbed', 'branded', 'deemed', 'termed', 'rated']);
const PASSIVE_REPORTS = new Map<string, Set<string>>([
  ['accused', new Set(['of'])],
  ['charged', new Set(['with'])],
  ['criticized', new Set(['for', 'as'])],
  ['criticised', new Set(['for', 'as'])],
  ['blamed', new Set(['for'])],
  ['condemned', new Set(['for', 'as'])],
  ['praised', new Set(['for', 'as'])],
  ['expected', new Set(['to'])],
  ['alleged', new Set(['to'])],
  ['rumored', new Set(['to'])],
  ['rumoured', new Set(['to'])],
  ['reported', new Set(['to'])],
  ['believed', new Set(['to'])],
  ['thought', new Set(['to'])],
  ['said', new Set(['to'])],
]);
/** Participles of decisions and acts on positions that name their agent after "by" ("was overturned by an appeals court"). */
const AGENT_PARTICIPLES = new Set(['decided', 'passed', 'overturned', 'authorized', 'authorised', 'written', 'approved', 'rejected', 'backed', 'endorsed', 'pressed', 'desired', 'supported', 'opposed', 'vetoed', 'blocked', 'struck', 'upheld', 'ordered', 'requested', 'demanded']);
/** Verbs followed by a bare infinitive ("helped document the damage", "let them speak"). */
const BARE_INFINITIVE_VERBS = new Set(['help', 'make', 'let', 'see', 'hear', 'watch', 'feel', 'have', 'bid', 'dare', 'need']);
/** Records of someone speaking: "footage of X saying …". */
const RECORDING_NOUNS = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'recording', 'recordings', 'audio', 'tape', 'tapes', 'images', 'photos', 'film']);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "isn’t", "wasn't", "wasn’t", "aren't", "aren’t", "weren't", "weren’t"]);
// Adjectives of a stance after "be", with the prepositions that take their content ("clause": a clause without "that").
const STANCE_ADJECTIVES = new Map<string, Set<string>>([
  ['sure', new Set(['of', 'about', 'clause'])],
  ['unsure', new Set(['of', 'about'])],
  ['certain', new Set(['of', 'clause'])],
  ['convinced', new Set(['of', 'clause'])],
  ['confident', new Set(['of', 'about', 'in', 'clause'])],
  ['concerned', new Set(['about', 'by'])],
  ['worried', new Set(['about', 'by', 'clause'])],
  ['critical', new Set(['of'])],
  ['skeptical', new Set(['of', 'about'])],
  ['sceptical', new Set(['of', 'about'])],
  ['optimistic', new Set(['about'])],
  ['pessimistic', new Set(['about'])],
  ['adamant', new Set(['about', 'clause'])],
  ['supportive', new Set(['of'])],
  ['opposed', new Set(['to'])],
  // ("inf": an infinitive after the adjective is the content, "to" included: "eager to reopen the pier".)
  ['afraid', new Set(['of', 'clause'])],
  ['fearful', new Set(['of', 'clause'])],
  ['hopeful', new Set(['about', 'clause'])],
  ['wary', new Set(['of', 'about'])],
  ['eager', new Set(['inf', 'for'])],
  ['keen', new Set(['inf', 'on'])],
  ['determined', new Set(['inf'])],
  ['willing', new Set(['inf'])],
  ['unwilling', new Set(['inf'])],
  ['reluctant', new Set(['inf'])],
  ['hesitant', new Set(['inf', 'about'])],
  ['passionate', new Set(['about'])],
  ['frustrated', new Set(['with', 'by', 'about'])],
  ['coy', new Set(['about'])],
  ['angry', new Set(['about', 'at', 'with', 'over'])],
  ['furious', new Set(['about', 'at', 'with', 'over'])],
  ['upset', new Set(['about', 'with', 'by', 'over'])],
]);
// Verbs of talking something over after a meeting ("met to discuss"), and the meeting words before them.
const PURPOSE_VERBS = new Set(['discuss', 'debate']);
// Past tenses only: a meeting that took place ("will meet to discuss" is a plan, not a report).
const MEETING_VERBS = new Set(['met', 'gathered', 'convened', 'huddled', 'assembled']);
const MEETING_NOUNS = new Set(['meeting', 'meetings', 'session', 'sessions', 'summit', 'conference', 'hearing', 'talks', 'call', 'gathering', 'retreat']);
// Words opening a sentence before the noun "calls" ("New calls for …").
const CALL_ADJECTIVES = new Set(['new', 'fresh', 'more', 'further', 'louder', 'recent', 'urgent', 'many', 'some', 'such', 'similar', 'earlier', 'public', 'frequent']);
/** Last words of a series or section title or a notice before a colon ("The Latest: …", "Live updates: …", "CORRECTION: …"). */
const SECTION_TITLES = new Set([
  'latest', 'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'update', 'updates', 'updated', 'live', 'watch', 'video', 'videos',
  'explainer', 'check', 'recap', 'review', 'commentary', 'perspective', 'podcast', 'warning', 'correction', 'corrections', 'clarification',
  'note', 'related', 'more', 'photo', 'photos', 'caption', 'credit', 'disclaimer', 'advertisement', 'spoiler', 'source', 'sources', 'disclosure',
]);
/**
 * Set phrases of stance-taking whose object or clause is the content ("took issue with", "weighed in
 * on", "came out against", "raised concerns that"). Each is a list of alternatives per word.
 */
const PHRASE_CUES: readonly (readonly string[])[][] = [
  ['take takes took taken taking', 'issue', 'with'],
  ['take takes took taken taking', 'aim', 'at'],
  ['weigh weighs weighed weighing', 'in', 'on'],
  ['come comes came coming', 'out', 'against'],
  ['come comes came coming', 'out', 'in', 'favor favour', 'of'],
  ['lash lashes lashed lashing', 'out', 'at against'],
  ['push pushes pushed pushing', 'back', 'on against'],
  ['double doubles doubled doubling', 'down', 'on'],
  ['raise raises raised raising', 'concerns concern questions doubts', 'about over that'],
  ['voice voices voiced voicing', 'concern concerns support opposition doubts frustration', 'about over for that with to'],
  ['throw throws threw thrown throwing', 'his her their its', 'support weight', 'behind'],
  ['sound sounds sounded sounding', 'the', 'alarm', 'about over on'],
  ['side sides sided siding', 'with'],
  ['rail rails railed railing', 'against'],
  ['hit hits hitting', 'back', 'at'],
  ['fire fires fired firing', 'back', 'at'],
  ['back backs backed backing', 'away', 'from'],
  ['sign signs signed signing', 'on', 'to'],
  ['rule rules ruled ruling', 'out'],
  ['point points pointed pointing', 'the', 'finger', 'at'],
  ['point points pointed pointing', 'to'],
  ['lay lays laid laying', 'out'],
  ['put puts putting', 'forward'],
  ['cast casts casting', 'doubt', 'on'],
  ['take takes took taken taking', 'a', 'swipe shot jab dig', 'at'],
  ['take takes took taken taking', 'credit responsibility', 'for'],
  ['shrug shrugs shrugged shrugging', 'off'],
  ['brush brushes brushed brushing', 'off aside'],
  ['play plays played playing', 'down'],
  ['talk talks talked talking', 'up'],
  ['hit hits hitting', 'out', 'at'],
  ['zero zeroes zeroed zeroing', 'in', 'on'],
  ['use uses used using', 'the', 'phrase term word words label expression slogan'],
  ['go goes went gone going', 'on', 'about'],
  ['rail rails railed railing', 'about'],
  ['sound sounds sounded sounding', 'off', 'about on'],
].map((words) => words.map((alts) => alts.split(' ')));
/** Last words of a phrase whose content is the quoted term after it ("used the phrase “…”"). */
const TERM_NOUNS = new Set(['phrase', 'term', 'word', 'words', 'label', 'expression', 'slogan']);
/** The phrases by their first word. */
const PHRASES_BY_FIRST = (() => {
  const m = new Map<string, (readonly string[])[][]>();
  for (const p of PHRASE_CUES) {
    for (const w of p[0]) {
      const list = m.get(w);
      if (list) list.push(p as (readonly string[])[]);
      else m.set(w, [p as (readonly string[])[]]);
    }
  }
  return m;
})();

/** Forms of "make" that carry a report noun ("made the case for", "makes the argument that"). */
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
/** Nouns that "make" turns into a report, with the words that may open their content. */
const LIGHT_REPORT_NOUNS = new Map<string, Set<string>>([
  ...['case', 'argument', 'point', 'claim', 'claims', 'assertion', 'prediction', 'suggestion', 'admission', 'accusation', 'accusations', 'allegation', 'allegations', 'announcement', 'declaration'].map(
    (w) => [w, new Set(['that', 'for', 'against', 'about'])] as [string, Set<string>],
  ),
  ...['promise', 'pledge', 'vow', 'threat', 'threats', 'appeal', 'plea', 'pitch', 'request', 'demand', 'demands', 'call', 'recommendation'].map(
    (w) => [w, new Set(['that', 'to', 'for'])] as [string, Set<string>],
  ),
  ...['condemnation', 'criticism', 'defense', 'defence', 'endorsement', 'secret', 'mention', 'mockery', 'light', 'fun'].map(
    (w) => [w, new Set(['of', 'about'])] as [string, Set<string>],
  ),
  ...['statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'determination'].map(
    (w) => [w, new Set(['that', 'about', 'on', 'regarding'])] as [string, Set<string>],
  ),
]);
// Thoughts, acts and weak cues ("believes", "rejected", "called for"): inside another report's content they are part of it.
const MINOR_CLASSES = new Set<Cue['cls']>(['thought', 'act', 'weak']);
const DASHES = new Set(['―', '—', '–', '--']);
const NOUN_BLOCKERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each', 'another', 'no', 'any', 'such', 'whose']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'by', 'from', 'about', 'amid', 'despite', 'after', 'before', 'to', 'into', 'at', 'over', 'under', 'against', 'without', 'through', 'between', 'among', 'during', 'upon', 'like', 'than']);
const NOUNISH_S = new Set([
  'reports', 'claims', 'notes', 'calls', 'shows', 'finds', 'plans', 'hopes', 'fears', 'doubts', 'promises', 'pledges',
  'tweets', 'posts', 'comments', 'questions', 'demands', 'estimates', 'projects', 'attacks', 'supports', 'charges',
  'states', 'remarks', 'counters', 'replies', 'vows', 'worries', 'praises', 'blasts', 'slams', 'reasons', 'cites',
  'threats', 'wants', 'concerns', 'answers', 'responses', 'signals', 'hints', 'warns', 'forecasts', 'suspects', 'urges',
  'jokes', 'laments', 'mentions', 'muses', 'shouts', 'whispers', 'yells', 'quips', 'dismisses', 'denies', 'defends',
  'reveals', 'boasts', 'admits', 'assures', 'blames', 'condemns', 'decries', 'ridicules', 'stresses', 'declines',
]);
/** Verbs whose -ing form after "by", "after" or "before" reports speech ("began by saying"). */
const SAYING_AFTER_PREPOSITION = new Set(['say', 'tell', 'write', 'argue', 'claim', 'insist', 'suggest', 'warn', 'ask', 'explain', 'note', 'declare', 'announce', 'acknowledge', 'admit', 'respond', 'reply', 'tweet', 'accuse', 'criticize', 'criticise', 'praise', 'urge', 'deny', 'confirm', 'promise', 'vow', 'pledge', 'predict', 'state']);
/** Verbs that report an intention with an infinitive ("wants to", "agreed to"). */
const TO_VERBS = new Set(['want', 'hope', 'plan', 'pledge', 'promise', 'vow', 'threaten', 'urge', 'intend', 'seek', 'expect', 'refuse', 'decline', 'agree', 'fear', 'claim']);
const NOT_AFTER_NOUNISH = new Set(['of', 'from', 'by', 'about', 'to', 'for', 'are', 'were', 'have', 'had', 'and', 'or', 'is', 'was', 'in', 'on', 'against', 'at', 'with', ',', '.', 'will', 'would', 'could', 'should', 'may', 'might', 'can']);
/** Verb forms that cannot take a noun-or-verb before them ("reports", "claims") as their object: "reports show". */
const VERB_AFTER_NOUN = new Set(['say', 'says', 'said', 'show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'find', 'finds', 'found']);
/** Words opening a fronted clause or phrase right after "that" ("that if …, …", "that at the meeting, …"). */
/** Adjectives a speaker calls something ("called the claims false"), beyond the suffixes complementAdjective() reads. */
const COMPLEMENT_ADJECTIVES = new Set(['false', 'wrong', 'fake', 'untrue', 'unfair', 'absurd', 'baseless', 'racist', 'sexist', 'bigoted', 'illegal', 'unconstitutional', 'unfit', 'unqualified', 'inappropriate', 'misleading', 'insulting', 'disgusting', 'appalling', 'bogus', 'corrupt', 'crazy', 'stupid', 'ridiculous', 'irresponsible', 'unacceptable', 'disgraceful', 'shameful', 'outrageous', 'historic', 'unrealistic', 'pathetic', 'tragic', 'hypocritical', 'premature', 'inaccurate', 'incorrect', 'unfounded', 'unjust', 'ludicrous', 'laughable', 'naive', 'irrelevant', 'incompetent', 'arrogant', 'ignorant', 'unprecedented', 'unnecessary']);
/** Nouns with the endings of such adjectives ("the police detective", "a handful"). */
const NOT_COMPLEMENT_ADJECTIVES = new Set(['detective', 'representative', 'executive', 'operative', 'relative', 'relatives', 'native', 'alternative', 'initiative', 'narrative', 'incentive', 'objective', 'motive', 'perspective', 'directive', 'conservative', 'conservatives', 'collective', 'explosive', 'explosives', 'handful', 'constable', 'vegetable', 'timetable', 'variable', 'nonetheless', 'regardless', 'nevertheless', 'legislative', 'cooperative', 'prerogative', 'archive', 'detectives', 'executives', 'representatives', 'operatives', 'initiatives', 'incentives', 'objectives', 'alternatives']);
/** "see X as Y", "view X as Y", "regard X as Y": a view held of an object (kept out of the lexicon, which would make them cues everywhere). */
const SEE_AS_FORMS = new Map<string, VerbForm>([
  ['see', { lemma: 'see', cls: 'thought', form: 'base' }], ['sees', { lemma: 'see', cls: 'thought', form: 's' }],
  ['saw', { lemma: 'see', cls: 'thought', form: 'ed' }], ['seen', { lemma: 'see', cls: 'thought', form: 'en' }],
  ['view', { lemma: 'view', cls: 'thought', form: 'base' }], ['views', { lemma: 'view', cls: 'thought', form: 's' }],
  ['viewed', { lemma: 'view', cls: 'thought', form: 'ed' }], ['regard', { lemma: 'regard', cls: 'thought', form: 'base' }],
  ['regards', { lemma: 'regard', cls: 'thought', form: 's' }], ['regarded', { lemma: 'regard', cls: 'thought', form: 'ed' }],
]);
/** Verbs that report what a document or data shows ("the poll shows", "a study found"). */
const EVIDENCE_VERBS = new Set(['show', 'find', 'indicate', 'suggest', 'reveal', 'conclude']);
/** Verbs of rules, reports only with a rule for subject ("DNC rules permit members to …"). */
const RULE_VERBS = new Set(['allow', 'permit', 'require', 'prohibit', 'forbid', 'empower']);
const FRONTED_AFTER_THAT = new Set(['if', 'when', 'although', 'though', 'because', 'while', 'unless', 'once', 'after', 'before', 'since', 'at', 'in', 'on', 'during', 'despite', 'under']);
/** Modals and forms of "be" that make a gerund phrase before them a subject ("replacing him would be …"). */
const GERUND_SUBJECT_VERBS = new Set(['would', 'will', 'could', 'can', 'might', 'may', 'should', 'must', 'is', 'was', 'has', 'remains']);
/** Speech verbs whose -ing form is rarely a reporting participle ("charging", "questioning", "reporting"). */
const NOT_PARTICIPLE = new Set(['charge', 'question', 'state', 'counter', 'reason', 'maintain', 'report', 'post', 'project', 'attack', 'consider', 'support', 'oppose', 'endorse', 'refuse', 'decline', 'seek', 'know', 'show', 'find', 'continue', 'defend', 'advise', 'instruct', 'inform', 'plead', 'swear', 'signal', 'hint', 'brand', 'label', 'hail', 'mock', 'tout', 'dub', 'laud', 'ridicule', 'deride', 'muse', 'wonder', 'observe', 'remark', 'repeat', 'comment', 'mention', 'believe', 'think', 'feel', 'hope', 'expect', 'fear', 'worry', 'want', 'plan', 'intend', 'doubt', 'suspect', 'assume']);
/** Verbs chained before a reporting verb ("went on to say", "continued to insist"), with their forms. */
const CHAIN_VERBS = new Map<string, VerbForm['form']>([
  ['go', 'base'], ['goes', 's'], ['went', 'ed'], ['gone', 'en'], ['going', 'ing'],
  ['continue', 'base'], ['continues', 's'], ['continued', 'ed'], ['continuing', 'ing'],
]);
/** Nouns of "in her words", "in his view", "in the eyes of": the possessor holds the words or the view. */
const VIEW_NOUNS = new Set(['words', 'view', 'eyes', 'opinion', 'estimation', 'judgment', 'judgement', 'mind']);
/** Forms of "take" and "go" before a platform taken to speak ("took to Twitter to …"). */
const TAKE_FORMS = new Map<string, VerbForm['form']>([
  ['take', 'base'], ['takes', 's'], ['took', 'ed'], ['taken', 'en'], ['taking', 'ing'],
  ['go', 'base'], ['goes', 's'], ['went', 'ed'], ['gone', 'en'], ['going', 'ing'],
]);
/** Platforms someone takes to ("the airwaves", "Twitter", "the Senate floor"). */
const PLATFORM_WORDS = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'social', 'media', 'airwaves', 'stage', 'podium', 'floor', 'microphone', 'streets', 'pages', 'television', 'tv', 'radio', 'cameras', 'x', 'truth', 'blog', 'website', 'op-ed']);
/** Irregular past tenses of verbs of saying that the lexicon does not list ("he shot back"). */
const IRREGULAR_PAST = new Set(['shot', 'hit', 'spoke', 'began', 'cried', 'went', 'read', 'sang', 'wrote', 'told', 'swore', 'broke', 'struck', 'threw', 'bit', 'put']);
/** Verbs whose object is usually a reported clause, never a topic phrase ("said about 400 people …"). */
const CLAUSE_CUES = new Set(['say', 'tell', 'add', 'state', 'report', 'estimate', 'note', 'announce', 'confirm', 'predict']);
/** Prepositions that join a cue to its topic ("complained about", "warned of"). */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'against', 'over']);
/** Conjunctions opening a concessive clause that ends a reported clause ("…, although …"). */
// What follows an item of a list: "schools, housing and the courts".
const LIST_LINKS = new Set(['and', 'or', ',', '.', ';']);
const CONCESSIVE = new Set(['although', 'though', 'whereas']);
/** Nouns that announce the quotation after a colon at the end of a paragraph ("made the following comment:"). */
const COLON_NOUNS = new Set(['comment', 'comments', 'statement', 'statements', 'remark', 'remarks', 'message', 'words', 'following', 'tweet', 'tweets', 'post', 'question', 'answer', 'response', 'reply', 'quote', 'claim']);
/** Words for a part of a group before "of whom" ("many of whom say …"). */
const PARTITIVES = new Set(['many', 'some', 'most', 'all', 'several', 'none', 'one', 'two', 'three', 'both', 'few', 'half', 'each', 'either', 'neither', 'dozens', 'hundreds', 'thousands']);
/** Media of saying that end a content as its manner ("… in a statement on Thursday"). */
const SAYING_MEDIA = new Set(['statement', 'interview', 'tweet', 'email', 'e-mail', 'speech', 'post', 'letter', 'op-ed', 'release', 'briefing', 'memo', 'remarks', 'testimony', 'podcast', 'broadcast', 'address', 'news']);
/** Nouns in "-ing" that can head a source ("the building's owners", "morning"). */
const ING_NOUNS = new Set(['building', 'morning', 'evening', 'meeting', 'briefing', 'hearing', 'ruling', 'wedding', 'funding', 'polling', 'reporting', 'spending', 'housing', 'training', 'viking', 'vikings', 'everything', 'anything', 'nothing', 'something', 'offspring', 'opening', 'warning', 'finding', 'findings', 'filing', 'filings', 'listing', 'ranking', 'rankings', 'painting', 'setting', 'reading', 'recording', 'recordings', 'screening', 'ceiling', 'lightning', 'pudding', 'clothing']);
/** Verbs that lead someone to a report ("prompted the mayor to warn …"). */
const CAUSING_VERBS = new Set(['led', 'leads', 'lead', 'prompted', 'prompts', 'prompt', 'caused', 'causes', 'forced', 'forces', 'pushed', 'pushes', 'drove', 'drives', 'inspired', 'inspires', 'spurred', 'spurs', 'moved']);
/** Words after a quoted label ("as a “relic” after …") that begin the writer's own words. */
const LABEL_ENDERS = new Set(['after', 'during', 'when', 'while', 'because', 'before', 'since', 'following', 'amid', 'at', 'in', 'on']);
/** Words that open a subordinate clause at the start of a sentence. */
const SUBORDINATORS = new Set(['although', 'though', 'whereas', 'while', 'when', 'after', 'because', 'since', 'if', 'once', 'before', 'as', 'even', 'with', 'amid', 'despite', 'unless', 'until']);
const ADVERBIAL_SEGMENT_WORDS = new Set(['however', 'meanwhile', 'too', 'though', 'instead', 'also', 'moreover', 'nonetheless', 'nevertheless', 'therefore', 'then', 'now', 'still', 'later', 'again', 'separately', 'similarly', 'likewise', 'indeed', 'earlier', 'previously', 'today', 'yesterday', 'once', 'again', 'in turn']);
const ADVERBIAL_SEGMENT_STARTS = new Set(['in', 'on', 'at', 'for', 'during', 'after', 'before', 'with', 'by', 'from', 'like', 'unlike', 'as', 'speaking', 'writing', 'asked', 'when', 'while', 'last', 'this', 'earlier', 'late', 'early', 'on', 'over', 'via', 'through', 'according', 'echoing', 'citing']);
/** Words opening a prepositional lead-in before a subject ("In an interview on …, Ryan said"). */
const LEAD_IN_STARTS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'by', 'from', 'like', 'unlike', 'as', 'speaking', 'writing', 'asked', 'when', 'while', 'over', 'via', 'through', 'echoing', 'citing', 'following', 'despite', 'amid', 'responding', 'addressing']);
const TIME_ANCHORS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'recently', 'previously', 'again', 'privately', 'publicly', 'repeatedly', 'separately', 'afterward', 'afterwards', 'ago', 'overnight', 'also', 'too', 'once', 'twice', 'then', 'now']);
const APPOSITION_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'who', 'whose', 'now', 'then', 'also', 'formerly', 'former', 'one', 'himself', 'herself', 'both', 'each', 'another', 'chief', 'head', 'senior', 'then-', 'our', 'my', 'which', 'co-founder', 'founder', 'president', 'director', 'chairman', 'executive', 'spokesman', 'spokeswoman', 'spokesperson']);

// Patterns of the helpers called for every sentence, paragraph or draft, compiled once.
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;
const EDITORS = /^editor['’]s$/;
const DOUBLE_OPENING_MARK = /^["“]$/;
const LABEL_WORD = /^[\p{Lu}.'’-]{2,}$/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const DIGITS = /^\p{N}+$/u;
const END_PUNCTUATION = /^[.?!…;:,]$/;

export class Engine {
  private readonly T: Token[];
  readonly cues: Cue[] = [];
  drafts: Draft[] = [];

  constructor(
    readonly doc: Doc,
    readonly options: EngineOptions = {},
  ) {
    this.T = doc.tokens;
  }

  run(): Draft[] {
    this.findCues();
    const bySentence = new Map<number, Cue[]>();
    for (const c of this.cues) {
      const list = bySentence.get(c.sent);
      if (list) list.push(c);
      else bySentence.set(c.sent, [c]);
    }
    const { paragraphs } = this.doc;
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p];
      const label = this.transcriptLabel(p);
      if (label) {
        this.drafts.push(label);
        continue;
      }
      for (let s = para.first; s < para.last; s++) {
        const cues = bySentence.get(s);
        if (cues) this.processSentence(s, cues);
        this.dashCredit(s);
      }
    }
    this.headlineQuote();
    this.uncoveredQuotes();
    this.labels();
    this.lightVerbReports();
    this.phraseReports();
    this.frontedParticiples();
    this.causedReports();
    this.reportNouns();
    this.passiveReports();
    this.passiveAgents();
    this.purposeReports();
    this.stanceReports();
    this.continueQuotations();
    return this.finish();
  }

  // -------------------------------------------------------------------------------------------
  // Cues

  private findCues(): void {
    const T = this.T;
    const { sentenceOf, sentences } = this.doc;
    const thought = this.options.thoughtCues !== false;
    const weak = this.options.weakCues === true;
    // Weak cues in sentences without a quotation only: indirect reports gain, quotations keep their cues.
    const weakIndirect = (this.options.weakCues ?? 'indirect') === 'indirect';
    for (let i = 0; i < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0) continue;
      const sent = sentenceOf[i];
      const S = sentences[sent];
      const lw = t.lower;
      if (lw === 'according' && i + 1 < S.b && T[i + 1].lower === 'to') {
        this.cues.push({ a: i, b: i + 2, verb: i, lemma: 'according to', cls: 'according', form: 'special', sent });
        i++;
        continue;
      }
      // "In the words of one captain, …" (the source follows, as after "according to") and "in her
      // words" / "in Varga’s words" (the possessor is the source).
      if (lw === 'in' && i + 2 < S.b) {
        const n1 = T[i + 1];
        if (n1.lower === 'the' && VIEW_NOUNS.has(T[i + 2].lower) && i + 3 < S.b && T[i + 3].lower === 'of') {
          this.cues.push({ a: i, b: i + 4, verb: i, lemma: 'in the words of', cls: 'according', form: 'special', sent });
          i += 3;
          continue;
        }
        // (Also "in his view", "in her eyes", "in their opinion", before a comma or ending the sentence.)
        if (n1.kind === 'word' && (POSSESSIVE_PRONOUNS.has(n1.lower) || POSSESSIVES.test(n1.text)) && VIEW_NOUNS.has(T[i + 2].lower) && (i + 3 >= S.b || T[i + 3].text === ',' || (T[i + 2].lower !== 'words' && i + 4 >= S.b && /^[.!?]$/.test(T[i + 3].text)))) {
          const np = POSSESSIVES.test(n1.text) ? (() => {
            let k = i + 1;
            while (k - 1 > i && (T[k - 1].cap || this.isAbbrevPeriod(k - 1))) k--;
            return k;
          })() : i + 1;
          this.cues.push({ a: i + 2, b: i + 3, verb: i + 2, lemma: 'words', cls: 'according', form: 'special', sent, subject: [np, i + 2] });
          i += 2;
          continue;
        }
      }
      // "As Simonyan put it, …" / "…, as one official put it."
      if (lw === 'put' && i + 1 < S.b && T[i + 1].lower === 'it') {
        let k = i - 1;
        while (k >= S.a && k > i - 30 && (this.isWord(k) || this.isAbbrevPeriod(k) || T[k].text === ',') && T[k].lower !== 'as') k--;
        if (k >= S.a && T[k].lower === 'as' && k < i - 1 && (k === S.a || T[k - 1].text === ',' || (T[k - 1].kind === 'close' && this.doc.text[T[k - 1].s - 1] === ',') || LEADING_CONJUNCTIONS.has(T[k - 1].lower))) {
          this.cues.push({ a: i, b: i + 2, verb: i, lemma: 'put it', cls: 'according', form: 'special', sent, subject: [k + 1, i] });
          i++;
          continue;
        }
      }
      // "Critics see the levy as a tax on fishermen", "who saw the remark as a dig at …": a view of an object.
      const seeAs = SEE_AS_FORMS.get(lw);
      if (seeAs && thought && this.seesAs(i, seeAs, S)) {
        let a = i;
        while (a - 1 >= S.a && T[a - 1].kind === 'word' && T[a - 1].q < 0 && (AUXILIARIES.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower) || PRE_VERB_ADVERBS.has(T[a - 1].lower))) a--;
        this.cues.push({ a, b: i + 1, verb: i, lemma: seeAs.lemma, cls: 'thought', form: seeAs.form, sent });
        continue;
      }
      const vf0 = VERB_FORMS.get(lw);
      if (!vf0) continue;
      if (vf0.cls === 'thought' && !thought) continue;
      // "went on to say", "continues to insist": the chain verb carries the tense and opens the cue.
      // (Also an act on words or positions, "continued to criticize", and "continued to call for".)
      const chainable = vf0.cls === 'speech' || vf0.cls === 'act' || (vf0.lemma === 'call' && (T[i + 1]?.lower === 'for' || T[i + 1]?.lower === 'on') && i + 1 < S.b);
      const chain = vf0.form === 'base' && chainable ? this.chainBefore(i, S.a) : -1;
      let vf = vf0;
      if (chain >= 0) vf = { ...vf0, form: (CHAIN_VERBS.get(T[chain].lower) ?? TAKE_FORMS.get(T[chain].lower))! };
      else if (this.nounAfterModifier(i, S.a)) continue;
      // "Having said that, …", "That said, …": a turn of phrase of the writer's, not a report.
      else if ((i > S.a && T[i - 1].lower === 'having' && T[i + 1]?.lower === 'that' && T[i + 2]?.text === ',') || (i === S.a + 1 && T[i - 1].lower === 'that' && T[i + 1]?.text === ',')) continue;
      else if (!this.isVerbUse(i, vf0, S, weak) && !this.quoteSoonAfter(i, vf0, S) && !(weakIndirect && !this.hasQuote(S) && !this.afterModal(i, S.a) && this.isVerbUse(i, vf0, S, true))) continue;
      let a = chain >= 0 ? chain : i;
      while (a - 1 >= S.a) {
        const p = T[a - 1];
        if (p.kind !== 'word' || p.q >= 0) break;
        const pl = p.lower;
        if (AUXILIARIES.has(pl) || CUE_ADVERBS.has(pl) || PRE_VERB_ADVERBS.has(pl) || (/ly$/.test(pl) && pl.length > 4 && !p.cap && !NOT_ADVERB_LY.has(pl))) a--;
        else break;
      }
      let b = i + 1;
      if (vf.lemma === 'call' && b < S.b && (T[b].lower === 'for' || T[b].lower === 'on')) b++;
      // "agreed with Varga that …": the person agreed with opens the content.
      if (vf.lemma === 'agree' && b < S.b && T[b].lower === 'with') b++;
      if (vf.lemma === 'make') b = T[b].lower === 'it' ? b + 2 : b + 1;
      // "spoke emotionally of", "talked at length about": a manner adverb before the topic.
      if (vf.lemma === 'speak' || vf.lemma === 'talk') b = this.mannerThenTopic(b, S.b);
      if ((vf.lemma === 'speak' || vf.lemma === 'talk' || vf.lemma === 'point') && b < S.b && /^(about|of|out|on|against)$/.test(T[b].lower)) {
        b++;
        if (b < S.b && T[b - 1].lower === 'out' && /^(about|of|on|against)$/.test(T[b].lower)) b++;
      }
      this.cues.push({ a, b, verb: i, lemma: vf.lemma, cls: vf.cls, form: vf.form, sent });
    }
    this.cueVerbSet = undefined;
  }

  /**
   * Whether "see", "view" or "regard" at i takes an object and an "as" phrase ("see the levy as a tax",
   * "has long viewed Holm as a rival"): not a passive ("was viewed as"), not after "to", and not "as"
   * opening a clause ("saw the ship as it sank") or an adverb ("as well as", "as soon as").
   */
  private seesAs(i: number, vf: VerbForm, S: Sentence): boolean {
    const T = this.T;
    const prev = i > S.a ? T[i - 1] : undefined;
    // (After a comma: "Critics of the levy, like Holm and Varga, see …".)
    if (vf.form === 'ing' || !prev || prev.q >= 0 || (prev.kind !== 'word' && prev.text !== ',')) return false;
    const pl = prev.lower;
    if (pl === 'to' || NOUN_BLOCKERS.has(pl) || PREPOSITIONS.has(pl) || POSSESSIVES.test(prev.text)) return false;
    let k = i - 1;
    while (k > S.a && T[k].kind === 'word' && (CUE_ADVERBS.has(T[k].lower) || T[k].lower === 'not' || (/ly$/.test(T[k].lower) && !NOT_ADVERB_LY.has(T[k].lower)))) k--;
    if (BE_FORMS.has(T[k].lower)) return false;
    if (vf.form === 'en' && !/^(has|have|had|’ve|'ve)$/.test(T[k].lower)) return false;
    const first = T[i + 1];
    if (!first || first.kind !== 'word' || first.q >= 0 || first.lower === 'as' || (CLAUSE_STOPS.has(first.lower) && !DETERMINERS.has(first.lower)) || first.lower === 'that' || PREPOSITIONS.has(first.lower) || (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it')) return false;
    for (let m = i + 2; m < S.b && m - i <= 12; m++) {
      const t = T[m];
      if (t.q >= 0 || (t.kind !== 'word' && !this.isAbbrevPeriod(m) && t.text !== '-' && t.text !== '’' && t.text !== "'")) return false;
      if (t.kind !== 'word') continue;
      if (t.lower === 'as') {
        const n = T[m + 1];
        return m + 1 < S.b && n.kind !== 'punct' && !(n.kind === 'word' && (SUBJECT_PRONOUNS.has(n.lower) || /^(well|soon|long|much|many|far|if|though|recently|early|late|part|of|to|for|in|is|was)$/.test(n.lower)));
      }
      if ((CLAUSE_STOPS.has(t.lower) && !DETERMINERS.has(t.lower)) || AUXILIARIES.has(t.lower) || this.pastVerb(m)) return false;
    }
    return false;
  }

  /**
   * "called the plan “a disgrace”", "attacked Benning as “reckless”": a quotation a few words after a
   * verb (its object in between) makes even a weak or unusual use of the verb a cue.
   */
  private quoteSoonAfter(i: number, vf: VerbForm, S: Sentence): boolean {
    const T = this.T;
    const prev = T[i - 1];
    if (vf.lemma === 'continue' || vf.lemma === 'make' || !prev || prev.kind !== 'word' || prev.q >= 0 || prev.lower === 'to' || BE_FORMS.has(prev.lower) || prev.lower === 'what' || DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) return false;
    // A past tense, or a present tense after a name or a pronoun ("Lind calls it …"); not a noun
    // ("its support for “…”").
    if (!(vf.form === 'ed' || (vf.form === 's' && (prev.cap || SUBJECT_PRONOUNS.has(prev.lower))))) return false;
    for (let k = i + 1; k < Math.min(S.b, i + 6); k++) {
      const t = T[k];
      if (t.kind === 'open') return true;
      if (t.kind !== 'word' || (CLAUSE_STOPS.has(t.lower) && t.lower !== 'as') || this.isCueVerb(k)) return false;
    }
    return false;
  }

  private isVerbUse(i: number, vf: VerbForm, S: Sentence, weak: boolean): boolean {
    const T = this.T;
    const prev = i > S.a ? T[i - 1] : undefined;
    const next = i + 1 < S.b ? T[i + 1] : undefined;
    const pl = prev?.kind === 'word' ? prev.lower : prev?.text;
    // (At the start of a sentence an "-s" form is a plural noun: "Documents show …".)
    if (pl === undefined && (vf.form === 'ed' || vf.form === 'en' || vf.form === 'ing' || vf.form === 's') && T[i].lower !== 'said' && T[i].lower !== 'says') return false;
    if (pl !== undefined && !(vf.form === 'ing' && (pl === 'by' || pl === 'after' || pl === 'before') && SAYING_AFTER_PREPOSITION.has(vf.lemma))) {
      if (NOUN_BLOCKERS.has(pl)) return false;
      if (prev!.kind === 'word' && /['’]s$/.test(prev!.text) && !/^(he|she|it|that|there|who|what)['’]s$/.test(pl)) return false;
      if (pl === 'to' && vf.form === 'base') return false;
      if (PREPOSITIONS.has(pl) && pl !== 'to') return false;
    }
    // "to discuss document requests": a base form right after another verb is a noun ("helped document" aside).
    if (vf.form === 'base' && prev?.kind === 'word' && !prev.cap && prev.q < 0 && VERB_FORMS.get(pl!)?.form === 'base' && !BARE_INFINITIVE_VERBS.has(VERB_FORMS.get(pl!)!.lemma)) return false;
    // "A Curious Plan to …", "a formal request": a base form after "a"/"an" and one word is a noun.
    if (vf.form === 'base' && i - 2 >= S.a && (T[i - 2].lower === 'a' || T[i - 2].lower === 'an') && T[i - 1].kind === 'word' && T[i - 1].q < 0) return false;
    // "Court documents filed on Monday", "reports were": a finite verb right after makes the word a noun.
    if ((vf.form === 's' || vf.form === 'base') && next && next.kind === 'word' && next.q < 0 && !next.cap && (AUXILIARIES.has(next.lower) || BE_FORMS.has(next.lower) || this.pastVerb(i + 1))) return false;
    // "has faced ridicule", "Crimea renewed fears": a noun-or-verb right after a finite past verb is its object.
    if ((vf.form === 'base' || vf.form === 's') && this.afterFinitePast(i, S.a)) return false;
    // "who asked not to be named", "spoke on condition of anonymity": about the source, not a report.
    if (vf.lemma === 'ask' && next?.lower === 'not') return false;
    // "who declined to be named", "who refused to give her name": about the source's anonymity.
    if ((vf.lemma === 'decline' || vf.lemma === 'refuse' || vf.lemma === 'ask') && next?.lower === 'to' && this.anonymityAfter(i + 2, S.b)) return false;
    // "… might have admired,” Barabak wrote": the last word of a quotation whose opening mark was lost.
    if (next?.text === ',' && (T[i + 2]?.text === '”' || T[i + 2]?.text === '"') && T[i + 2].kind !== 'open') return false;
    // "OLD HANDS WON’T CREW FOR HIM …": a section title in capitals reports nothing.
    if (/\p{Lu}{2}/u.test(T[i].text) && !/\p{Ll}/u.test(T[i].text) && ((prev?.kind === 'word' && !/\p{Ll}/u.test(prev.text) && /\p{Lu}{2}/u.test(prev.text)) || (next?.kind === 'word' && !/\p{Ll}/u.test(next.text) && /\p{Lu}{2}/u.test(next.text)))) return false;
    // "(WARNING: Video contains graphic images.)": a notice in capitals, not a report.
    if (next?.text === ':' && /^\p{Lu}{2,}$/u.test(T[i].text)) return false;
    // "X reported from Kabul": a reporter's credit line, not a report.
    if (vf.lemma === 'report' && next?.lower === 'from' && T[i + 2]?.cap) return false;
    // "could add fuel to the tensions": adding something to something is not a report.
    if (vf.lemma === 'add' && next && next.kind === 'word' && next.lower !== 'that' && this.objectThenTo(i + 1, S.b)) return false;
    // "a crew known as Grey Heron": a name given, not a report.
    if (vf.lemma === 'know' && vf.form === 'en' && next?.lower === 'as') return false;
    // "The spot concludes with footage of …", "concluded by thanking …": how something ends, not a report.
    if (vf.lemma === 'conclude' && (next?.lower === 'with' || next?.lower === 'by')) return false;
    // Weak verbs only in their reporting constructions.
    switch (vf.lemma) {
      case 'call':
        if (next && (next.lower === 'for' || next.lower === 'on')) break;
        if (this.quoteWithin(i + 1, Math.min(S.b, i + 16))) break;
        // "Benning called the plan a disaster", "she has called him unfit": naming an object.
        // (Also after a common noun, "the campaign called …", and after "and": "said …, and called it a …".)
        // (And after a subject with an apposition: "His old crewmate, Lena Marsh, called him a wizard at …".)
        if (vf.form !== 'ing' && pl && (prev!.cap || SUBJECT_PRONOUNS.has(pl) || AUXILIARIES.has(pl) || CUE_ADVERBS.has(pl) || /ly$/.test(pl) || pl === 'and' || (prev!.kind === 'word' && !CLAUSE_STOPS.has(pl) && !VERB_FORMS.has(pl) && !this.pastVerb(i - 1)) || (pl === ',' && i - 1 > S.a && this.hasApposition(this.appositionSubject(i - 1, S.a)))) && this.objectComplement(i + 1, S.b)) break;
        return false;
      case 'speak':
      case 'talk':
        // "speaking on condition of anonymity": how a source spoke, not what about.
        if (next?.lower === 'on' && (T[i + 2]?.lower === 'condition' || (T[i + 2]?.lower === 'the' && T[i + 3]?.lower === 'condition'))) return false;
        // "spoke about", "talked of", "speaking out against": the topic or the words follow.
        if (next && (next.lower === 'about' || next.lower === 'of' || next.lower === 'out' || next.lower === 'on' || next.lower === 'against')) break;
        if (this.mannerThenTopic(i + 1, S.b) > i + 1) break;
        // "talks to Holt about …", "spoke with reporters about …": the person spoken to, then the topic.
        const who = T[i + 2];
        if (next && (next.lower === 'to' || next.lower === 'with') && who && who.kind === 'word' && who.q < 0 && (who.cap || /^(him|her|them|me|us|you|the|a|an|reporters|journalists|students|voters|supporters)$/.test(who.lower))) {
          let k = i + 2;
          while (k < S.b && k - i < 8 && T[k].kind === 'word' && T[k].q < 0 && T[k].lower !== 'about') k++;
          if (k < S.b && k > i + 2 && T[k].lower === 'about') break;
        }
        return false;
      case 'point':
        if (next?.lower === 'out') break;
        return false;
      case 'compare': {
        // "compared Trump to a coach": a comparison made by the source; "…, compared to 11% of …" is a preposition.
        let to = false;
        for (let k = i + 1; k < Math.min(S.b, i + 8); k++) if (T[k].lower === 'to' || T[k].lower === 'with') to = true;
        if (next?.kind === 'word' && (next.lower === 'to' || next.lower === 'with') && (vf.form === 'ed' || vf.form === 'en') && (!prev || prev.kind !== 'word' || !(prev.cap || SUBJECT_PRONOUNS.has(prev.lower) || AUXILIARIES.has(prev.lower)))) return false;
        if (to && vf.form !== 'ing') break;
        return false;
      }
      case 'make':
        // "made clear that", "made it clear"
        if (next?.lower === 'clear' || (next?.lower === 'it' && T[i + 2]?.lower === 'clear')) break;
        return false;
      case 'rule':
        if (next?.lower === 'that' || next?.lower === 'against' || next?.lower === 'in') break;
        return false;
      case 'continue':
        if (next && (next.text === ':' || next.kind === 'open' || (next.text === ',' && T[i + 2]?.kind === 'open'))) break;
        // "“…,” she continued." / "“…,” continued Smith.": after a quotation that ends in a comma.
        if (this.afterQuoteComma(i, S.a)) break;
        return false;
      case 'show':
      case 'find': {
        // "The poll of likely voters taken last week shows …", "…, an analysis of the filings shows.": a finite verb after a document subject.
        // "…, which he said were at his side, the footage showed.": closing a sentence that already has a cue, an aside.
        const last = this.cues[this.cues.length - 1];
        if ((!next || next.kind !== 'word') && last && last.sent === this.doc.sentenceOf[i] && last.verb < i) return false;
        if (this.evidenceVerb(i, vf, S)) return true;
        // "NBC published the video on Friday. It shows an officer …": "it" opening the next sentence is the document.
        if (vf.lemma === 'show' && (vf.form === 's' || vf.form === 'ed') && pl === 'it' && i - 1 === this.sentenceStart(S) && this.documentInSentenceBefore(S)) return true;
        let ok = next?.lower === 'that';
        // "New Poll Shows …", "a report on the port found …": a document noun heading the subject, right
        // before the verb or before a phrase after it ("The poll workers found a box": "poll" is a modifier).
        for (let k = i - 1; k >= Math.max(S.a, i - 5) && !ok; k--) if (DOCUMENT_HEADS.has(T[k].lower) && this.headsUpTo(k, i)) ok = true;
        if (!ok) return false;
        break;
      }
      case 'post':
        if (!(next?.lower === 'on' || next?.kind === 'open' || next?.text === ':')) return false;
        break;
      case 'weigh':
        // "weighed whether to …", "is weighing a run"; not a weight ("weighs 40 tonnes", "weighed more than …").
        if (next && (/^\p{N}/u.test(next.text) || /^(more|less|about|nearly|around|roughly|over|under|just|only|almost|up|in|heavily|down|on)$/.test(next.lower))) return false;
        break;
      case 'allow':
      case 'permit':
      case 'require':
      case 'prohibit':
      case 'forbid':
      case 'empower':
        // "The party's bylaws permit members to …": only a rule as the subject makes these a report.
        if (vf.form === 'ing' || vf.form === 'en' || !this.ruleSubject(i, S)) return false;
        break;
      case 'refuse':
      case 'decline':
        // "declined to comment", "refuses to release": a refusal to speak or act is reported too.
        if (next?.lower === 'to' || weak) break;
        return false;
      case 'attack':
      case 'support':
      case 'oppose':
      case 'endorse':
      case 'offer':
        // "Harlow attacked Benning for …", "the union endorsed Lopez", "offered some advice": a
        // stance taken by the subject towards an object.
        if (weak) break;
        if (vf.form === 'ing' || vf.form === 'base' || !this.stanceObject(i, S)) return false;
        break;
      case 'indicate':
        // "indicated that …": with a clause only, or after a document subject ("a review of records indicates he …").
        if (weak || this.evidenceVerb(i, vf, S)) break;
        if (vf.form === 'en' || vf.form === 'ing' || !(next?.lower === 'that' || next?.lower === 'whether')) return false;
        break;
      case 'consider':
        // "did not consider Clarke a realistic option", "considered it a threat".
        if (weak) break;
        if (vf.form === 'ing' || !pl || !(prev!.cap || SUBJECT_PRONOUNS.has(pl) || AUXILIARIES.has(pl) || CUE_ADVERBS.has(pl)) || !this.objectComplement(i + 1, S.b)) return false;
        break;
      case 'know':
      case 'project':
      case 'seek':
        if (!weak) return false;
        break;
      case 'charge':
      case 'question':
      case 'state':
      case 'counter':
      case 'reason':
      case 'maintain':
      case 'agree':
      case 'defend':
      case 'describe':
      case 'dismiss':
      case 'signal':
      case 'report':
      case 'note':
        if (vf.form === 'base' && !(pl && AUXILIARIES.has(pl))) return false;
        // "agreed that …", "agreed to …", and "Varga agreed the pier was unsafe" (a clause after a named or pronoun subject).
        if (vf.lemma === 'agree' && !(next?.lower === 'that' || (next?.lower === 'with' && vf.form !== 'ing' && vf.form !== 'base' && this.agreedWith(i + 2, S.b)) || next?.lower === 'to' || next?.text === ',' || next?.text === ':' || (vf.form === 'ed' && (prev?.cap || SUBJECT_PRONOUNS.has(pl ?? '')) && next?.kind === 'word' && (DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower)) && next.lower !== 'with'))) return false;
        if ((vf.lemma === 'state' || vf.lemma === 'question' || vf.lemma === 'counter' || vf.lemma === 'reason') && !(next?.lower === 'that' || next?.text === ',' || next?.text === ':' || next?.kind === 'open' || next?.lower === 'whether')) {
          // "She has questioned the need for …": doubting an object, after a subject or an auxiliary.
          if (!(vf.lemma === 'question' && vf.form !== 'ing' && this.stanceObject(i, S))) return false;
        }
        break;
      case 'identify': {
        // "Holt identified the fees as one of the reasons …": naming something as something; not "a man identified as …".
        if (next?.lower === 'as' || !pl || !(prev!.cap || SUBJECT_PRONOUNS.has(pl) || AUXILIARIES.has(pl) || CUE_ADVERBS.has(pl) || pl === ',')) return false;
        let as = false;
        for (let k = i + 2; k < Math.min(S.b, i + 14) && !as; k++) if (T[k].lower === 'as' && T[k].q < 0) as = true;
        if (!as) return false;
        break;
      }
      case 'reference':
        // "referenced “rising costs”", "she said, referencing …"; "references" and "reference" are nouns.
        if (vf.form === 'base' || vf.form === 's') return false;
        break;
      default:
        if (vf.cls === 'weak' && !weak) return false;
    }
    if (vf.form === 'base') {
      // "they say", "officials say", "Mr. Grassley and Mr. Leahy say", "will say"; not "to say", "a say".
      if (!pl || prev!.kind !== 'word') return false;
      // "police also fear": the word before the adverbs decides.
      let pk = i - 1;
      while (pk > S.a && T[pk].kind === 'word' && CUE_ADVERBS.has(T[pk].lower) && !AUXILIARIES.has(T[pk].lower)) pk--;
      const pw = pk < i - 1 && T[pk].kind === 'word' ? T[pk].lower : pl;
      if (pw === 'it' || pw === 'he' || pw === 'she' || pw === 'to' || (CLAUSE_STOPS.has(pw) && !AUXILIARIES.has(pw) && pw !== 'that' && !(pw === 'whom' && T[pk - 1]?.lower === 'of'))) return false;
      // A verb that is also a noun ("plan", "hope", "claim") needs a clear subject or an auxiliary before it.
      if (NOUNISH_S.has(`${T[i].lower}s`) || NOUNISH_S.has(`${T[i].lower}es`)) {
        const plural = /[^s]s$/.test(pw) || pw === 'people' || pw === 'police' || (pk >= S.a + 1 && T[pk - 1].lower === 'and' && T[pk].cap);
        if (!(AUXILIARIES.has(pw) || SUBJECT_PRONOUNS.has(pw) || plural)) return false;
      }
    }
    if (vf.form === 's' && NOUNISH_S.has(T[i].lower)) {
      // "The port director, Lena Varga, plans to …": an infinitive after a subject with an apposition.
      if (prev?.text === ',' && next?.lower === 'to' && TO_VERBS.has(vf.lemma) && i - 1 > S.a && T[i + 2]?.kind === 'word' && !T[i + 2].cap && this.hasApposition(this.appositionSubject(i - 1, S.a))) return true;
      if (!prev || prev.kind !== 'word') return false;
      if (this.nounAfterModifier(i, S.a)) return false;
      // "an analysis of ferry reports shows …", "local reports say …": a verb right after makes it a noun.
      if (next?.kind === 'word' && next.q < 0 && VERB_AFTER_NOUN.has(next.lower)) return false;
      // "wants to", "hopes to", "plans to": an infinitive after a name or pronoun makes it a verb.
      // … or after a plain noun subject: "the campaign plans to …".
      const infinitive = next?.lower === 'to' && TO_VERBS.has(vf.lemma) && (prev.cap || SUBJECT_PRONOUNS.has(pl!) || (!CLAUSE_STOPS.has(pl!) && !DETERMINERS.has(pl!) && !PREPOSITIONS.has(pl!) && !/^\p{N}/u.test(prev.text) && !PHRASAL_PARTICLES.has(pl!) && !/ing$/.test(pl!)));
      // "Holm calls on Varga to resign", "Former harbour chief calls for inquiry": after a name, a pronoun or a person's title.
      const callFor = vf.lemma === 'call' && (next?.lower === 'for' || next?.lower === 'on') && ((prev.cap && !(i - 1 === S.a && (/(ing|ed)$/.test(pl!) || CALL_ADJECTIVES.has(pl!)))) || SUBJECT_PRONOUNS.has(pl!) || CORE_TITLES.has(pl!) || ANONYMOUS_HEADS.has(pl!) || GROUP_WORDS.has(pl!));
      if (next && !infinitive && !callFor && NOT_AFTER_NOUNISH.has(next.kind === 'word' ? next.lower : next.text)) return false;
    }
    if (vf.form === 'ing') {
      // "ruled out accepting", "gave up trying": the object of a verb with a particle, not a participle of the clause.
      if (prev?.kind === 'word' && /^(out|up|off|down)$/.test(pl!) && i - 2 >= S.a && T[i - 2].kind === 'word' && !T[i - 2].cap && (VERB_FORMS.has(T[i - 2].lower) || this.pastVerb(i - 2) || /s$/.test(T[i - 2].lower))) return false;
      // "began by saying", "after saying": the participle of the main clause; other prepositions make a noun.
      if (prev && prev.kind === 'word' && PREPOSITIONS.has(pl!) && !((pl === 'by' || pl === 'after' || pl === 'before') && SAYING_AFTER_PREPOSITION.has(vf.lemma))) return false;
      if ((NOT_PARTICIPLE.has(vf.lemma) || vf.cls === 'thought') && !(pl && AUXILIARIES.has(pl))) return false;
    }
    if (vf.form === 'ed' || vf.form === 'en') {
      // Passives ("is expected", "was told") have no source in the sentence.
      let k = i - 1;
      while (k >= S.a && T[k].kind === 'word' && (CUE_ADVERBS.has(T[k].lower) || T[k].lower === 'not' || /ly$/.test(T[k].lower))) k--;
      if (k >= S.a && T[k].kind === 'word' && BE_FORMS.has(T[k].lower)) return false;
    }
    if ((vf.form === 'ed' || vf.form === 'en') && T[i].lower !== 'said' && T[i].lower !== 'told') {
      // "the figures reported by the ministry": a participle with its agent after it, not a report by the subject.
      if (next && next.kind === 'word' && next.lower === 'by') return false;
      // "the upgrades promised after the flood were …": a participle after a noun, with no reported clause after it.
      if (next && next.kind === 'word' && /^(after|since|during|under|in|at|before|last|earlier|years|months)$/.test(next.lower) && prev?.kind === 'word' && !prev.cap && !SUBJECT_PRONOUNS.has(pl!) && !AUXILIARIES.has(pl!)) {
        let clause = false;
        for (let k = i + 1; k < S.b && !clause; k++) if (T[k].lower === 'that' || T[k].kind === 'open' || T[k].text === ':') clause = true;
        if (!clause) return false;
      }
    }
    return true;
  }

  /**
   * Whether an object and its complement follow at k ("the plan a disaster", "him unfit",
   * "Trump’s claims false"), as after "called": a pronoun, name or determiner phrase, then an
   * indefinite article or an adjective.
   */
  private objectComplement(k: number, hi: number): boolean {
    const T = this.T;
    const t = T[k];
    if (!t || t.kind !== 'word' || t.q >= 0) return false;
    let m = k;
    if (/^(him|her|them|it|us|me|himself|herself|themselves|itself)$/.test(t.lower)) m = k + 1;
    else if (t.cap && !DETERMINERS.has(t.lower)) {
      while (m < hi && ((T[m].kind === 'word' && T[m].cap && T[m].q < 0) || this.isAbbrevPeriod(m))) {
        const poss = POSSESSIVES.test(T[m].text);
        m++;
        if (poss) {
          while (m < hi && m - k < 6 && T[m].kind === 'word' && !T[m].cap && T[m].lower !== 'a' && T[m].lower !== 'an' && !CLAUSE_STOPS.has(T[m].lower)) m++;
          break;
        }
      }
    } else if (DETERMINERS.has(t.lower) && t.lower !== 'a' && t.lower !== 'an') {
      m = k + 1;
      while (m < hi && m - k < 5 && T[m].kind === 'word' && !T[m].cap && T[m].q < 0 && T[m].lower !== 'a' && T[m].lower !== 'an' && !CLAUSE_STOPS.has(T[m].lower) && !NP_PREPOSITIONS.has(T[m].lower)) m++;
      if (m === k + 1) return false;
      // "the plan a disaster": only an article makes the split sure after a determiner phrase, or an
      // evaluative adjective after its noun ("the charges unsubstantiated", "the new levy reckless").
      if (m < hi && (T[m].lower === 'a' || T[m].lower === 'an')) return true;
      for (let x = k + 2; x <= Math.min(m, hi - 1); x++) if (this.complementAdjective(x) && !this.complementAdjective(x - 1)) return true;
      return false;
    } else if (!t.cap && !CLAUSE_STOPS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !VERB_FORMS.has(t.lower) && !TIME_WORDS.has(t.lower) && !/^\p{N}/u.test(t.text)) {
      // "called climate change a hoax": a bare noun phrase of up to three words, then an article.
      m = k + 1;
      while (m < hi && m - k < 3 && T[m].kind === 'word' && !T[m].cap && T[m].q < 0 && T[m].lower !== 'a' && T[m].lower !== 'an' && !CLAUSE_STOPS.has(T[m].lower) && !PREPOSITIONS.has(T[m].lower) && !VERB_FORMS.has(T[m].lower)) m++;
      // ("called home a week later": a time after the article, not a name for the object.)
      return m + 1 < hi && (T[m].lower === 'a' || T[m].lower === 'an') && T[m + 1].kind === 'word' && !TIME_WORDS.has(T[m + 1].lower) && !/^(day|few|couple|number|lot|bit|dozen|hundred|thousand|second|minute|hour|decade)$/.test(T[m + 1].lower);
    } else return false;
    if (m === k || m >= hi) return false;
    const c = T[m];
    if (c.kind !== 'word' || c.q >= 0) return c.kind === 'open';
    if (c.lower === 'a' || c.lower === 'an' || c.lower === 'the') return true;
    return !c.cap && !CLAUSE_STOPS.has(c.lower) && !NP_PREPOSITIONS.has(c.lower) && !PREPOSITIONS.has(c.lower) && !VERB_FORMS.has(c.lower) && !TIME_WORDS.has(c.lower) && !/^(back|off|up|out|down|over|again|away)$/.test(c.lower);
  }

  /**
   * Whether the word at x reads as an evaluative adjective after an object ("unsubstantiated",
   * "dangerous", "reckless", "divisive", "unacceptable", "false"), not a noun ("detective",
   * "constable", "handful") or a participle with its own phrase ("accused of …").
   */
  private complementAdjective(x: number): boolean {
    const t = this.T[x];
    if (!t || t.kind !== 'word' || t.q >= 0 || t.cap) return false;
    const w = t.lower;
    if (COMPLEMENT_ADJECTIVES.has(w)) return true;
    if (w.length < 7 || VERB_FORMS.has(w) || CORE_TITLES.has(w) || ANONYMOUS_HEADS.has(w) || NOT_COMPLEMENT_ADJECTIVES.has(w)) return false;
    if (/ed$/.test(w)) {
      const n = this.T[x + 1];
      return !(n && n.kind === 'word' && (PREPOSITIONS.has(n.lower) || NP_PREPOSITIONS.has(n.lower)));
    }
    return /(ous|ful|less|ive|able|ible)$/.test(w);
  }

  /**
   * Quotations no cue reached, in two shapes that still name their speaker:
   * - `“…,” SUBJECT VERBED` with a verb the lexicon does not know ("“…,” she laughed", "“…,” he
   *   shot back", "“…,” recounted Varga"): a past-tense verb right after a short subject;
   * - `SUBJECT … : “…”` at the end of a sentence ("Varga had a simple message: “…”"): the colon is
   *   the cue and the subject of the sentence the source.
   */
  private uncoveredQuotes(): void {
    const T = this.T;
    const { quotes, sentenceOf, sentences } = this.doc;
    let covered: Uint8Array | undefined;
    let cueOf: Map<number, Draft> | undefined;
    for (const q of quotes) {
      if (!q.closed || q.part > 0) continue;
      if (!covered) {
        covered = new Uint8Array(T.length);
        for (const d of this.drafts) for (const [a, b] of d.content) covered.fill(1, a, b);
      }
      if (covered[q.open]) continue;
      const si = sentenceOf[q.open];
      const S = sentences[si];
      const close = q.close;
      // `“…,” SUBJECT VERBED`; after “…?” or “…!” the sentence may have ended at the mark ("“…?” Varga demanded.").
      // (Past an inner closing mark: "… ‘the rescue of the year,’” the article read.")
      let mb = T[close].s - 1;
      while (mb > T[q.open].e && /['’]/.test(this.doc.text[mb])) mb--;
      const markBefore = this.doc.text[mb] ?? '';
      const sameSentence = sentenceOf[close + 1] === si;
      const tail = sameSentence ? S : /[?!]/.test(markBefore) && close + 1 < T.length && sentences[sentenceOf[close + 1]].a === close + 1 ? sentences[sentenceOf[close + 1]] : undefined;
      if (tail && close + 2 < tail.b && /[,?!]/.test(markBefore) && (sameSentence || tail.b - close <= 8) && this.opensClause(T[close], this.sentenceStart(S))) {
        let v = close + 1;
        while (v < tail.b && v - close <= 6 && T[v].kind === 'word' && T[v].q < 0 && !this.pastVerb(v)) v++;
        if (v < tail.b && T[v].kind === 'word' && T[v].q < 0 && this.pastVerb(v)) {
          let source: Range2 | undefined;
          if (v > close + 1) {
            const np = this.npBackward(v - 1, close + 1);
            if (np === close + 1 && !(v - np === 1 && DETERMINERS.has(T[np].lower))) source = [np, v];
          } else {
            const e = this.npForward(v + 1, tail.b);
            if (e > v + 1) source = [v + 1, e];
          }
          if (source) {
            const cueEnd = v + 1 < tail.b && /^(back|in|out|up|on)$/.test(T[v + 1].lower) ? v + 2 : v + 1;
            // "“…,” said Varga that …": the cue already reports the words after it; the quotation is
            // that report's first segment, not a second report of the same cue.
            if (!cueOf) {
              cueOf = new Map();
              for (const d of this.drafts) if (d.cue) for (let k = d.cue[0]; k < d.cue[1]; k++) cueOf.set(k, d);
            }
            const same = cueOf.get(v);
            if (same) same.content.unshift([q.open, close + 1]);
            else {
              const d: Draft = { content: [[q.open, close + 1]], cue: [v, cueEnd], source, para: S.para, sent: si, cls: 'speech' };
              this.drafts.push(d);
              for (let k = v; k < cueEnd; k++) cueOf.set(k, d);
            }
            covered.fill(1, q.open, close + 1);
            continue;
          }
        }
      }
      // `SUBJECT …: “…”` ending the sentence
      const colon = q.open - 1;
      // "Okafor made the following comment:" closing one paragraph, the quotation making up the next.
      const para = this.doc.paragraphs[S.para];
      const CS = colon >= 0 && sentenceOf[colon] !== si && q.open === para.a && close === para.b - 1 ? sentences[sentenceOf[colon]] : S;
      if (colon > CS.a && T[colon].text === ':' && (CS !== S || this.contentEnd(S) <= close + 1)) {
        let subj = this.nearestClauseSubject(CS, colon) ?? this.mainSubject(CS, colon);
        if (CS !== S) {
          // Across paragraphs the sentence must announce words ("the following comment:"), and
          // "this statement by Holt:" names the speaker after "by".
          let noun = -1;
          for (let k = CS.a; k < colon; k++) if (T[k].kind === 'word' && T[k].q < 0 && COLON_NOUNS.has(T[k].lower)) noun = k;
          if (noun < 0) continue;
          if (T[noun + 1].lower === 'by' && T[noun + 2]?.cap) {
            const e = this.npForward(noun + 2, colon);
            if (e > noun + 2) subj = [noun + 2, e];
          }
        }
        if (subj && subj[1] <= colon) {
          this.drafts.push({ content: [[q.open, close + 1]], cue: [colon, colon + 1], source: subj, para: S.para, sent: si, cls: 'speech' });
          covered.fill(1, q.open, close + 1);
        }
      }
    }
  }

  /** The end of a relative clause's content in [a, b): before a comma followed by the main clause's verb. */
  private relativeClauseEnd(a: number, b: number): number {
    const T = this.T;
    let nested = false;
    for (let k = a + 1; k < b - 1; k++) {
      if (T[k].q >= 0) return b;
      if (T[k].text !== ',') continue;
      const n = T[k + 1];
      if (n.kind === 'word' && (n.lower === 'which' || n.lower === 'who')) nested = true;
      else if (n.kind === 'word' && n.q < 0 && !n.cap && (this.pastVerb(k + 1) || AUXILIARIES.has(n.lower) || /^(met|went|came|left|won|lost|took|made|gave|became|remains|remained|has|have|is|was)$/.test(n.lower))) {
        // "the pier, which is old, was unsafe": the comma closes a relative clause inside the content.
        if (!nested) return k;
        nested = false;
      }
    }
    return b;
  }

  /**
   * The subject of the last clause before the colon at `colon` when it is a personal pronoun opening
   * a clause after "that", "so" or a conjunction ("…, so that I had to change my answer: “…”").
   */
  private nearestClauseSubject(S: Sentence, colon: number): Range2 | undefined {
    const T = this.T;
    for (let k = colon - 2; k > S.a; k--) {
      const t = T[k];
      if (t.q >= 0) return undefined;
      if (t.kind !== 'word' || !SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'who' || t.lower === 'which' || t.lower === 'it' || t.lower === 'you') continue;
      const p = T[k - 1];
      const opens = p.kind === 'word' && /^(that|so|and|but|then|because)$/.test(p.lower);
      return opens && T[k + 1].kind === 'word' && T[k + 1].q < 0 ? [k, k + 1] : undefined;
    }
    return undefined;
  }

  /** The subject of the verb at v, before its auxiliaries and adverbs ("they could not resist"), or undefined. */
  private subjectBeforeVerb(v: number, lo: number): Range2 | undefined {
    const T = this.T;
    let k = v - 1;
    while (k >= lo && T[k].kind === 'word' && T[k].q < 0 && !T[k].cap && (AUXILIARIES.has(T[k].lower) || BE_FORMS.has(T[k].lower) || CUE_ADVERBS.has(T[k].lower) || PRE_VERB_ADVERBS.has(T[k].lower) || (/ly$/.test(T[k].lower) && !NOT_ADVERB_LY.has(T[k].lower)))) k--;
    if (k < lo || T[k].kind !== 'word' || T[k].q >= 0) return undefined;
    if (SUBJECT_PRONOUNS.has(T[k].lower)) return [k, k + 1];
    if (VERB_FORMS.has(T[k].lower) || CATENATIVE_VERBS.has(T[k].lower) || this.pastVerb(k)) return undefined;
    const np = this.npBackward(k, lo);
    return np >= 0 ? [np, k + 1] : undefined;
  }

  /** A subject with an apposition between dashes right before the verb ("Kall -- co-editor of … -- said"). */
  private dashAppositionSubject(j: number, lo: number): Range2 | undefined {
    const T = this.T;
    for (let d = j - 1; d > lo && j - d <= 40; d--) {
      if (T[d].q >= 0) return undefined;
      if (!DASHES.has(T[d].text)) continue;
      if (d === j - 1) return undefined;
      const np = this.npBackward(d - 1, lo);
      if (np < 0 || !T[np].cap) return undefined;
      const b = np - 1;
      if (b >= lo && T[b].kind === 'word' && (PREPOSITIONS.has(T[b].lower) || VERB_FORMS.has(T[b].lower))) return undefined;
      return [np, j + 1];
    }
    return undefined;
  }

  /**
   * The pronoun subject of the clause a conjunction at `conj` continues ("who have taken to the streets
   * and called for …"), looking back to the clause's comma; undefined when there is none.
   */
  private coordinatedSubject(conj: number, lo: number): Range2 | undefined {
    const T = this.T;
    for (let k = conj - 1; k >= lo && conj - k <= 20; k--) {
      const t = T[k];
      if (t.q >= 0 || t.kind === 'open' || t.kind === 'close' || t.text === ',' || t.text === ';' || this.isCueVerb(k)) return undefined;
      if (t.kind === 'word' && SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you' && k + 1 < conj) return [k, k + 1];
    }
    return undefined;
  }

  /** A past-tense verb the lexicon may not know: "laughed", "shot", "wrote". */
  private pastVerb(k: number): boolean {
    const t = this.T[k];
    if (t.cap) return false;
    const w = t.lower;
    if (VERB_FORMS.has(w)) return VERB_FORMS.get(w)!.form === 'ed';
    return (w.length > 4 && /[^e]ed$|[^e]eed$|ied$|[^aeiou]ed$/.test(w) && !CLAUSE_STOPS.has(w)) || IRREGULAR_PAST.has(w);
  }

  /** Whether the verb at i has a subject or auxiliary before it and an object after it (a name, pronoun or determiner phrase). */
  private stanceObject(i: number, S: Sentence): boolean {
    const T = this.T;
    const prev = i > S.a ? T[i - 1] : undefined;
    const next = i + 1 < S.b ? T[i + 1] : undefined;
    if (!prev || prev.kind !== 'word' || (CLAUSE_STOPS.has(prev.lower) && !AUXILIARIES.has(prev.lower))) return false;
    return !!next && next.kind === 'word' && next.q < 0 && (next.cap || DETERMINERS.has(next.lower) || POSSESSIVES.test(next.text) || /^(him|her|them|it|us|himself|herself|themselves)$/.test(next.lower));
  }

  /** After "spoke": the index of "about" or "of" behind a manner adverb ("emotionally", "at length"), or k. */
  private mannerThenTopic(k: number, hi: number): number {
    const T = this.T;
    let m = k;
    if (m + 1 < hi && T[m].lower === 'at' && T[m + 1].lower === 'length') m += 2;
    else if (m < hi && T[m].kind === 'word' && !T[m].cap && T[m].q < 0 && /ly$/.test(T[m].lower) && T[m].lower.length > 4 && !NOT_ADVERB_LY.has(T[m].lower)) m++;
    return m > k && m + 1 < hi && (T[m].lower === 'about' || T[m].lower === 'of') ? m : k;
  }

  /** Whether [k, …) reads "be named", "be identified", "be quoted" or "give her name". */
  private anonymityAfter(k: number, hi: number): boolean {
    const T = this.T;
    if (k + 1 >= hi) return false;
    if (T[k].lower === 'be' && /^(named|identified|quoted|publicly|quoted)$/.test(T[k + 1].lower)) return true;
    if (T[k].lower === 'give' || T[k].lower === 'provide' || T[k].lower === 'share' || T[k].lower === 'use') {
      for (let m = k + 1; m < Math.min(hi, k + 4); m++) if (/^(name|names|surname)$/.test(T[m].lower)) return true;
    }
    return false;
  }

  /** The chain verb of "went on to say" or "continues to insist" before the base form at i, or -1. */
  private chainBefore(i: number, lo: number): number {
    const T = this.T;
    if (i - 2 < lo || T[i - 1].lower !== 'to') return -1;
    let k = i - 2;
    // "took to Twitter late Sunday to accuse …", "went to the floor to denounce …": a platform taken to speak.
    for (let m = k; m >= lo && m > k - 6 && T[m].kind === 'word' && T[m].q < 0; m--) {
      if (T[m].lower !== 'to' || m - 1 < lo) continue;
      const take = TAKE_FORMS.get(T[m - 1].lower);
      if (!take) break;
      let media = false;
      for (let x = m + 1; x <= k; x++) if (PLATFORM_WORDS.has(T[x].lower)) media = true;
      return media ? m - 1 : -1;
    }
    if (T[k].lower === 'on') k--;
    if (k < lo || T[k].kind !== 'word' || T[k].q >= 0) return -1;
    const form = CHAIN_VERBS.get(T[k].lower);
    if (!form) return -1;
    // "go on to", but "continue to" without "on"
    const isGo = /^(go|goes|went|gone|going)$/.test(T[k].lower);
    if (isGo !== (T[k + 1].lower === 'on')) return -1;
    return k;
  }

  /**
   * The subject before a prepositional phrase whose noun phrase starts at np ("Trump later at the
   * White House said", "the mayor during a visit to the port said"): the noun phrase before the
   * preposition and the adverbs before it, or undefined when there is none.
   */
  private subjectBeforePhrase(np: number, lo: number): Range2 | undefined {
    const T = this.T;
    const p = np - 1;
    if (p <= lo || T[p].kind !== 'word' || T[p].q >= 0 || !PHRASE_PREPOSITIONS.has(T[p].lower)) return undefined;
    let k = p - 1;
    while (k >= lo && T[k].kind === 'word' && T[k].q < 0 && !T[k].cap && (TIME_WORDS.has(T[k].lower) || CUE_ADVERBS.has(T[k].lower) || (/ly$/.test(T[k].lower) && !NOT_ADVERB_LY.has(T[k].lower)))) k--;
    if (k < lo || T[k].kind !== 'word' || T[k].q >= 0) return undefined;
    // "Protesters marching through the streets chanted": a participle phrase belongs to the subject.
    if (!T[k].cap && /(ing|ed)$/.test(T[k].lower) && !SUBJECT_PRONOUNS.has(T[k].lower)) return undefined;
    const outer = this.npBackward(k, lo);
    if (outer < 0) return undefined;
    const f = T[outer];
    if (!(f.cap || SUBJECT_PRONOUNS.has(f.lower) || DETERMINERS.has(f.lower))) return undefined;
    // The phrase before must itself be a subject, not the object of another preposition or verb.
    const b = outer - 1;
    if (b >= lo && T[b].kind === 'word' && T[b].q < 0 && (PREPOSITIONS.has(T[b].lower) || VERB_FORMS.has(T[b].lower) || AUXILIARIES.has(T[b].lower))) return undefined;
    return [outer, k + 1];
  }

  /** The subject of "X was quoted (by Y) as" before the "as" at j, or undefined. */
  private quotedAs(j: number, lo: number): Range2 | undefined {
    const T = this.T;
    for (let k = j - 1; k > lo && j - k <= 8; k--) {
      if (T[k].q >= 0) return undefined;
      if (T[k].lower !== 'quoted') continue;
      let b = k - 1;
      while (b > lo && CUE_ADVERBS.has(T[b].lower)) b--;
      if (!BE_FORMS.has(T[b].lower) || b - 1 < lo) return undefined;
      if (T[b - 1].kind === 'word' && SUBJECT_PRONOUNS.has(T[b - 1].lower)) return [b - 1, b];
      const np = this.npBackward(b - 1, lo);
      return np >= 0 ? [np, b] : undefined;
    }
    return undefined;
  }

  /** Whether the verb at i is a finite form with a document subject before it ("the analysis shows", "records indicate", "studies have shown"). */
  private evidenceVerb(i: number, vf: VerbForm, S: Sentence): boolean {
    const T = this.T;
    if (vf.form === 'ing' || T[i].q >= 0) return false;
    // "the documents found in his car": a participle before a preposition is not a report.
    const next = i + 1 < S.b ? T[i + 1] : undefined;
    if (next && (next.kind === 'word' ? next.q < 0 && PREPOSITIONS.has(next.lower) && next.lower !== 'about' : !/^[.,!?]$/.test(next.text))) return false;
    let a = i;
    while (a - 1 >= S.a && T[a - 1].kind === 'word' && T[a - 1].q < 0 && (AUXILIARIES.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower))) a--;
    if (vf.form === 'en' && !(a < i && /^(has|have|had)$/.test(T[a].lower))) return false;
    if (a < i && BE_FORMS.has(T[i - 1].lower)) return false;
    const ev = this.evidenceSubject(a, S);
    // A base form needs a plural head ("polls show", "the data indicate"), not "the music show".
    const plural = (k: number) => /[^s]s$|^data$/.test(T[k].lower);
    return ev !== undefined && (vf.form !== 'base' || a < i || plural(ev[2]) || (DOCUMENT_HEADS.has(T[i - 1].lower) && plural(i - 1)));
  }

  /**
   * Whether the noun at k heads the words up to the verb at v: only auxiliaries or adverbs follow it
   * before v, or a phrase opened by a preposition, "that", "which" or a comma.
   */
  private headsUpTo(k: number, v: number): boolean {
    const T = this.T;
    let a = v;
    while (a - 1 > k && T[a - 1].kind === 'word' && T[a - 1].q < 0 && (AUXILIARIES.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower))) a--;
    if (a === k + 1) return true;
    const n = T[k + 1];
    return n.text === ',' || (n.kind === 'word' && n.q < 0 && (PREPOSITIONS.has(n.lower) || n.lower === 'that' || n.lower === 'which'));
  }

  /** Whether the verb at i has a rule for its subject ("the program allows", "DNC rules permit", "standards that prohibit"). */
  private ruleSubject(i: number, S: Sentence): boolean {
    const T = this.T;
    let a = i;
    while (a - 1 >= S.a && T[a - 1].kind === 'word' && T[a - 1].q < 0 && (AUXILIARIES.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower))) a--;
    // "standards that prohibit …": a relative "that" or "which" right after the rule.
    if (a - 2 >= S.a && /^(that|which)$/.test(T[a - 1].lower) && RULE_HEADS.has(T[a - 2].lower)) return true;
    return this.evidenceSubject(a, S, RULE_HEADS) !== undefined;
  }

  /** Whether the sentence before S, in the same paragraph, names a document or data ("the cellphone video", "a new poll"). */
  private documentInSentenceBefore(S: Sentence): boolean {
    const si = this.doc.sentenceOf[S.a];
    const P = si > 0 ? this.doc.sentences[si - 1] : undefined;
    if (!P || P.para !== S.para) return false;
    for (let k = P.a; k < P.b; k++) if (this.T[k].kind === 'word' && !this.T[k].cap && this.T[k].q < 0 && DOCUMENT_HEADS.has(this.T[k].lower)) return true;
    return false;
  }

  /**
   * The subject of an evidence verb ("shows", "found", "indicate") whose first cue token is at v, when a
   * document or data noun heads it: "A new analysis of campaign reports shows …", "…, a review of the
   * filings found.", "The average of polls taken this month shows …", "though a review of records
   * indicate …". The phrase opens at the sentence start or after a comma, dash or clause word, and
   * runs to the cue (a comma before the cue is left out): [start, end, head], or undefined when there is none.
   */
  evidenceSubject(v: number, S: Sentence, heads: ReadonlySet<string> = DOCUMENT_HEADS): [number, number, number] | undefined {
    const T = this.T;
    let e = v;
    if (e - 1 > S.a && T[e - 1].text === ',') e--;
    for (let k = e - 1; k >= S.a && e - k <= 30; k--) {
      const t = T[k];
      if (t.q >= 0 || t.text === ';' || t.text === ':') return undefined;
      const p = k > S.a ? T[k - 1] : undefined;
      const opens = !p || p.text === ',' || DASHES.has(p.text) || (p.kind === 'word' && p.q < 0 && (!p.cap || k - 1 === S.a) && (CLAUSE_STOPS.has(p.lower) || LEADING_CONJUNCTIONS.has(p.lower)) && !NP_PREPOSITIONS.has(p.lower) && p.lower !== 'by');
      const h = opens && t.kind === 'word' ? this.evidenceHead(k, e, heads) : -1;
      if (h >= 0) return [k, e, h];
    }
    return undefined;
  }

  /** The head of [k, e) when it is a noun phrase headed by a document or data noun (modifiers, the head, then a phrase after it), else -1. */
  private evidenceHead(k: number, e: number, heads: ReadonlySet<string> = DOCUMENT_HEADS): number {
    const T = this.T;
    for (let h = k; h < e && h - k <= 8; h++) {
      const t = T[h];
      if (t.kind === 'word') {
        if (t.q >= 0) return -1;
        if (heads.has(t.lower) && (!t.cap || h === k)) {
          const n = T[h + 1];
          if (h + 1 === e || n.text === ',' || n.text === '(' || DASHES.has(n.text)) return h;
          if (n.kind === 'word' && n.q < 0 && !n.cap && (PREPOSITIONS.has(n.lower) || n.lower === 'that' || n.lower === 'which' || (/ed$/.test(n.lower) && !AUXILIARIES.has(n.lower) && !VERB_FORMS.has(n.lower)))) return h;
        }
        // Modifiers: determiners, names, numbers, possessives and adjectives ("A USA TODAY", "the latest", "46-page").
        if (((CLAUSE_STOPS.has(t.lower) && !DETERMINERS.has(t.lower)) || PREPOSITIONS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || AUXILIARIES.has(t.lower)) && (!t.cap || h === k)) return -1;
        if (!t.cap && (OBJECT_PRONOUNS.has(t.lower) || (VERB_FORMS.has(t.lower) && !heads.has(t.lower)))) return -1;
      } else if (!(t.text === '-' || t.text === '/' || t.text === '&' || t.text === '$' || t.text === '’' || t.text === "'" || this.isAbbrevPeriod(h))) return -1;
    }
    return -1;
  }

  /** Whether a duration starts at k ("years", "decades", "a week", "a long time"), as in "argued for years that". */
  private isDuration(k: number): boolean {
    const T = this.T;
    const w = T[k]?.lower ?? '';
    if (/^(years|months|weeks|days|decades|hours|ages)$/.test(w)) return true;
    return (w === 'a' || w === 'the' || w === 'some') && /^(week|month|year|decade|while|long|time)$/.test(T[k + 1]?.lower ?? '');
  }

  /** Whether a short noun phrase at k is followed by "to" ("fuel to the fire", "$5 million to the budget"). */
  private objectThenTo(k: number, hi: number): boolean {
    const T = this.T;
    for (let m = k; m < Math.min(hi, k + 5); m++) {
      const t = T[m];
      if (t.kind !== 'word' || t.q >= 0) return false;
      if (t.lower === 'to') return m > k;
      if (CLAUSE_STOPS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || AUXILIARIES.has(t.lower) || VERB_FORMS.has(t.lower)) return false;
    }
    return false;
  }

  /** Whether the verb at i follows a quotation ending in a comma, directly or after a short subject ("“…,” she continued"). */
  private afterQuoteComma(i: number, lo: number): boolean {
    const T = this.T;
    let k = i - 1;
    while (k >= lo && i - k <= 4 && T[k].kind === 'word' && T[k].q < 0 && (T[k].cap || SUBJECT_PRONOUNS.has(T[k].lower))) k--;
    return k >= lo && T[k].kind === 'close' && (this.doc.text[T[k].s - 1] === ',' || T[k - 1]?.text === ',');
  }

  /** Whether a modal verb comes before the verb at i, over adverbs ("will consider", "would not decline"): an intention, not a report. */
  private afterModal(i: number, lo: number): boolean {
    const T = this.T;
    let k = i - 1;
    while (k >= lo && T[k].kind === 'word' && (CUE_ADVERBS.has(T[k].lower) || T[k].lower === 'not' || /ly$/.test(T[k].lower))) k--;
    return k >= lo && T[k].kind === 'word' && MODALS.has(T[k].lower);
  }

  /** Whether the noun-or-verb at i ("ridicule", "fears") follows a past verb that has its own subject or auxiliary. */
  private afterFinitePast(i: number, lo: number): boolean {
    const T = this.T;
    const w = T[i].lower;
    if (!(NOUNISH_S.has(w) || NOUNISH_S.has(`${w}s`) || NOUNISH_S.has(`${w}es`))) return false;
    if (i - 2 < lo) return false;
    const p = T[i - 1];
    const pp = T[i - 2];
    // "enjoyed tremendous support": one modifier between the past verb and the noun.
    if (p.kind === 'word' && !p.cap && p.q < 0 && !/ed$/.test(p.lower) && !DETERMINERS.has(p.lower) && !CLAUSE_STOPS.has(p.lower) && i - 3 >= lo && this.pastObjectVerb(i - 2)) {
      const ppp = T[i - 3];
      return ppp.kind === 'word' && ppp.q < 0 && !CLAUSE_STOPS.has(ppp.lower) && !DETERMINERS.has(ppp.lower);
    }
    if (!this.pastObjectVerb(i - 1)) return false;
    if (pp.kind !== 'word' || pp.q >= 0) return false;
    if (AUXILIARIES.has(pp.lower) || (pp.cap && !DETERMINERS.has(pp.lower))) return true;
    // "again faced", "quickly drew": an adverb after a subject.
    if ((CUE_ADVERBS.has(pp.lower) || PRE_VERB_ADVERBS.has(pp.lower) || /ly$/.test(pp.lower)) && i - 3 >= lo && T[i - 3].kind === 'word' && !CLAUSE_STOPS.has(T[i - 3].lower)) return true;
    // "The new timetable faced ridicule": a common noun that closes a phrase opened by a determiner.
    if (pp.cap || CLAUSE_STOPS.has(pp.lower) || VERB_FORMS.has(pp.lower) || /ed$/.test(pp.lower)) return false;
    for (let k = i - 3; k >= lo && k >= i - 6; k--) {
      const t = T[k];
      if (t.kind !== 'word' || t.q >= 0 || VERB_FORMS.has(t.lower)) return false;
      if (DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower)) return k === lo || T[k - 1].kind !== 'word' || !NP_PREPOSITIONS.has(T[k - 1].lower);
      if (CLAUSE_STOPS.has(t.lower)) return false;
    }
    return false;
  }

  /** A lower-case past verb in "-ed" that the lexicon does not list as a reporting verb ("faced", "drew"). */
  private pastObjectVerb(k: number): boolean {
    const t = this.T[k];
    return t.kind === 'word' && !t.cap && t.q < 0 && /[^e]ed$/.test(t.lower) && !AUXILIARIES.has(t.lower) && !CUE_ADVERBS.has(t.lower) && !VERB_FORMS.has(t.lower);
  }

  /** Whether [a, k) holds no clause break other than commas, and at most two of them, with k the last: a fronted phrase. */
  private firstCommaRun(a: number, k: number): boolean {
    const T = this.T;
    if (k - a > 30) return false;
    let commas = 0;
    for (let j = a; j < k; j++) {
      if (T[j].q >= 0 || (T[j].kind === 'punct' && T[j].text !== ',' && T[j].text !== '-') || T[j].lower === 'that' || T[j].lower === 'and' || T[j].lower === 'but') return false;
      if (T[j].text === ',') commas++;
    }
    return commas <= 1;
  }

  /** Whether [a, b) opens with a gerund phrase followed, before any comma, by a modal or a form of "be" ("replacing the pier would cost"). */
  private gerundSubject(a: number, b: number): boolean {
    const T = this.T;
    for (let k = a + 2; k < Math.min(b, a + 8); k++) {
      if (T[k].kind !== 'word' || T[k].q >= 0 || T[k].lower === 'that') return false;
      if (GERUND_SUBJECT_VERBS.has(T[k].lower)) return true;
    }
    return false;
  }

  /** Whether a verb-or-noun at i ("claims") is a noun after a capitalised modifier and "of": "32% of Labour claims". */
  private nounAfterModifier(i: number, lo: number): boolean {
    const T = this.T;
    if (!NOUNISH_S.has(T[i].lower) || i - 2 < lo) return false;
    const prev = T[i - 1];
    const pp = T[i - 2];
    if (prev.kind === 'word' && prev.cap && prev.q < 0 && pp.kind === 'word' && pp.q < 0 && pp.lower === 'of') return true;
    // "his early-morning tweets": a hyphenated modifier after a determiner or possessive.
    if (prev.kind === 'word' && !prev.cap && prev.q < 0 && /\p{L}-\p{L}/u.test(prev.text) && pp.kind === 'word' && pp.q < 0 && (DETERMINERS.has(pp.lower) || POSSESSIVE_PRONOUNS.has(pp.lower) || POSSESSIVES.test(pp.text) || NP_PREPOSITIONS.has(pp.lower))) return true;
    // "the warnings and personal attacks that …": an adjective after a conjunction.
    return prev.kind === 'word' && !prev.cap && prev.q < 0 && /(al|ive|ous|ic|ful|less)$/.test(prev.lower) && !VERB_FORMS.has(prev.lower) && pp.kind === 'word' && pp.q < 0 && (pp.lower === 'and' || pp.lower === 'or');
  }

  /** Whether a sentence holds a quotation mark. */
  private hasQuote(S: Sentence): boolean {
    // Asked for every verb of a sentence: remembered per sentence, so a long one is scanned once.
    if (this.quotedSentence?.S !== S) {
      let has = false;
      for (let k = S.a; k < S.b && !has; k++) if (this.T[k].q >= 0) has = true;
      this.quotedSentence = { S, has };
    }
    return this.quotedSentence.has;
  }

  private quotedSentence: { S: Sentence; has: boolean } | undefined;

  private quoteWithin(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.T[k].kind === 'open') return true;
    return false;
  }

  // -------------------------------------------------------------------------------------------
  // Noun phrases

  private isWord(k: number): boolean {
    const t = this.T[k];
    return t !== undefined && t.kind === 'word' && t.q < 0;
  }

  /** Whether the period at k belongs to an abbreviation or initial just before it. */
  private isAbbrevPeriod(k: number): boolean {
    const T = this.T;
    const t = T[k];
    if (!t || t.text !== '.' || k === 0) return false;
    const p = T[k - 1];
    if (p.kind !== 'word' || p.e !== t.s) return false;
    return /^\p{Lu}$/u.test(p.text) || /^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|rev|jr|sr|st|prof|del|adm|u\.s|d\.c|n\.y|calif|fla|mass|mich|minn|ariz|ky|tenn|tex|wis|va|vt|md|mo|nev|pa|ore|okla|ind|ill|conn|colo|ala|ark|ga|la|n\.c|s\.c|n\.j|n\.h|w\.va|inc|corp|co|ltd)$/.test(p.lower) || /^(\p{L}\.)+\p{L}$/u.test(p.text);
  }

  /** The start of the noun phrase that ends at token j (inclusive), not before token lo; -1 when there is none. */
  nounPhraseBefore(j: number, lo: number): number {
    return this.npBackward(j, lo);
  }

  /** The start of the noun phrase that ends at token j (inclusive), or -1. */
  private npBackward(j: number, lo: number): number {
    const T = this.T;
    let k = j;
    let words = 0;
    let start = -1;
    while (k >= lo) {
      const t = T[k];
      if (t.q >= 0) break;
      if (t.kind === 'word') {
        const lw = t.lower;
        if (words > 0 && SUBJECT_PRONOUNS.has(lw) && lw !== 'who') break;
        if (words === 0 && SUBJECT_PRONOUNS.has(lw)) return k;
        // "advisers to Mr. Obama", "an aide to the senator": "to" before a name or determiner inside the phrase
        const toInPhrase = lw === 'to' && words > 0 && (T[k + 1]?.cap || DETERMINERS.has(T[k + 1]?.lower ?? '')) && k - 1 >= lo && T[k - 1].kind === 'word' && !T[k - 1].cap && !CLAUSE_STOPS.has(T[k - 1].lower) && !VERB_FORMS.has(T[k - 1].lower);
        if (CLAUSE_STOPS.has(lw) && !toInPhrase && !(words > 0 && this.placePreposition(k, lo))) {
          if (!(lw === 'and' && words > 0 && k - 1 >= lo && T[k - 1].cap && (T[k + 1]?.cap || this.placePreposition(k + 1, lo)))) break;
        }
        if ((WEEKDAYS.has(lw) || (MONTHS.has(lw) && t.cap)) && words > 0) break;
        if (NP_PREPOSITIONS.has(lw)) {
          if (words === 0 || k - 1 < lo) break;
          const before = T[k - 1];
          if (before.kind !== 'word' || before.q >= 0 || CLAUSE_STOPS.has(before.lower) || WEEKDAYS.has(before.lower) || NP_PREPOSITIONS.has(before.lower) || TIME_WORDS.has(before.lower) && !before.cap) break;
          // "On Friday Trump": a preposition at the start of the sentence is not inside a subject.
          if (lw !== 'of' && lw !== 'for' && lw !== 'to' && lw !== 'on' && lw !== 'at' && lw !== 'in') break;
        }
        // A reporting verb ends the phrase ("officials said"), but a base form is often a noun ("the state department").
        if (words > 0 && !t.cap && !/s$/.test(lw) && !DETERMINERS.has(lw) && VERB_FORMS.has(lw) && VERB_FORMS.get(lw)!.form !== 'base') break;
        if (words > 0 && AUXILIARIES.has(lw)) break;
        if (words >= 14) break;
        start = k;
        words++;
        // "told reporters the ministry …": a determiner opens the phrase unless a preposition precedes it.
        if ((lw === 'the' || lw === 'a' || lw === 'an' || lw === 'this' || lw === 'these' || lw === 'those') && k - 1 >= lo) {
          const p = T[k - 1];
          if (p.kind === 'word' && p.q < 0 && !NP_PREPOSITIONS.has(p.lower) && p.lower !== 'and' && !/['’]s$/.test(p.text) && !this.placePreposition(k - 1, lo)) break;
        }
      } else if (this.isAbbrevPeriod(k)) {
        // part of "Mr." or "J."
      } else if (t.text === ')') {
        let m = k - 1;
        while (m >= lo && T[m].text !== '(' && k - m < 8) m--;
        if (m < lo || T[m].text !== '(') break;
        k = m;
      } else if ((t.text === '’' || t.text === "'") && k - 1 >= lo && T[k - 1].kind === 'word' && T[k - 1].e === t.s) {
        // plural possessive: voters’
      } else if (t.text === '-' || t.text === '&' || t.text === '/') {
        if (words === 0) break;
        // "GLENMORE, Ore. - The board": a hyphen with spaces round it is a dash.
        if (t.text === '-' && k - 1 >= lo && T[k - 1].e < t.s && T[k + 1]?.s > t.e) break;
      } else break;
      k--;
    }
    if (start < 0) return -1;
    // Leading conjunctions and prepositions are not part of the subject.
    while (start <= j && T[start].kind === 'word' && (LEADING_CONJUNCTIONS.has(T[start].lower) || (NP_PREPOSITIONS.has(T[start].lower) && start < j))) start++;
    while (start <= j && T[start].kind !== 'word') start++;
    return start <= j ? start : -1;
  }

  /** Whether token k is "around" or "across" after a plural noun, inside a subject ("activists around the country"). */
  private placePreposition(k: number, lo: number): boolean {
    const T = this.T;
    const t = T[k];
    if (t.kind !== 'word' || (t.lower !== 'around' && t.lower !== 'across') || k - 1 < lo) return false;
    const p = T[k - 1];
    // "captains in Norway and around the coast": a second place joined to a first.
    if (p.kind === 'word' && p.lower === 'and' && k - 3 >= lo && T[k - 2].cap && T[k - 2].q < 0 && NP_PREPOSITIONS.has(T[k - 3].lower)) return true;
    return p.kind === 'word' && p.q < 0 && (!p.cap || k - 1 === lo) && /[^s]s$/.test(p.lower) && !CLAUSE_STOPS.has(p.lower) && !VERB_FORMS.has(p.lower);
  }

  /** Whether lower-case title words at k lead to a capitalised name ("chief executive Amara Okafor"). */
  private titledName(k: number, hi: number): boolean {
    const T = this.T;
    let x = k;
    while (x < hi && x - k < 4 && T[x].kind === 'word' && !T[x].cap && T[x].q < 0 && (CORE_TITLES.has(T[x].lower) || TITLES.has(T[x].lower))) x++;
    return x > k && x < hi && T[x].kind === 'word' && T[x].cap && T[x].q < 0;
  }

  /** The end (exclusive) of the noun phrase that starts at token i, as a source after its cue. */
  private npForward(i: number, hi: number): number {
    const T = this.T;
    let k = i;
    let words = 0;
    if (k < hi && this.isWord(k) && SUBJECT_PRONOUNS.has(T[k].lower)) return k + 1;
    // A source opens with a name, a determiner or a number ("said Smith", "said one official").
    const f = T[k];
    // (Or a title in lower case before a name: "said chief executive Amara Okafor".)
    if (!f || f.kind !== 'word' || f.q >= 0 || !(f.cap || DETERMINERS.has(f.lower) || /^\p{N}/u.test(f.text) || ANONYMOUS_HEADS.has(f.lower) || GROUP_WORDS.has(f.lower) || (CORE_TITLES.has(f.lower) && this.titledName(k, hi)))) return i;
    while (k < hi) {
      const t = T[k];
      if (t.q >= 0) break;
      if (t.kind === 'word') {
        const lw = t.lower;
        if (words > 0 && (lw === 'in' || lw === 'on' || lw === 'at' || lw === 'during' || lw === 'after' || lw === 'before' || lw === 'while' || lw === 'when' || lw === 'as' || lw === 'from' || lw === 'via' || lw === 'that' || lw === 'who' || lw === 'which' || lw === 'because' || lw === 'but' || lw === 'told' || lw === 'said' || lw === 'with')) {
          // "three officials briefed on the preparations", "one source in the room": a phrase after a
          // common noun or participle that runs to the end of the sentence belongs to the source.
          const prev = T[k - 1];
          if ((lw === 'on' || lw === 'in' || lw === 'with' || lw === 'at' || lw === 'from') && prev.kind === 'word' && !prev.cap && this.plainToEnd(k, hi)) return this.trimEnd(hi);
          break;
        }
        if (lw === 'and' && !(T[k + 1]?.cap)) break;
        if (words > 0 && VERB_FORMS.has(lw) && !t.cap) break;
        if (words === 0 && (WEEKDAYS.has(lw) || lw === 'today' || lw === 'yesterday')) break;
        if (words >= 16) break;
        words++;
      } else if (this.isAbbrevPeriod(k)) {
        // "Rep." inside the name
      } else if (t.text === '(') {
        let m = k + 1;
        while (m < hi && T[m].text !== ')' && m - k < 8) m++;
        if (m >= hi || T[m].text !== ')') break;
        k = m;
      } else if (t.text === ',' && words > 0) {
        // An apposition after the name: ", the top Democrat on the committee"
        const n = T[k + 1];
        if (!n || n.q >= 0 || n.kind !== 'word') break;
        let m = k + 1;
        while (m < hi && T[m].text !== ',' && T[m].q < 0 && m - k < 30) m++;
        if (m - k >= 30 || (m < hi && T[m].q >= 0)) break;
        let toEnd = m >= hi || m + 1 >= hi;
        for (let x = m; x < hi && toEnd; x++) if (!(T[x].kind === 'punct' && /^[.,?!]$/.test(T[x].text))) toEnd = false;
        const lowerStart = !n.cap && !ADVERBIAL_SEGMENT_STARTS.has(n.lower) && !VERB_FORMS.has(n.lower);
        const appos = APPOSITION_STARTS.has(n.lower) || /^\p{N}/u.test(n.text) || /^[A-Z]\.?-[A-Z]/.test(n.text) || lowerStart || (toEnd && n.cap);
        if (!appos || ADVERBIAL_SEGMENT_STARTS.has(n.lower)) break;
        return this.trimEnd(m);
      } else if (t.text === '-' || t.text === '&' || t.text === '/') {
        // inside a name
      } else break;
      k++;
    }
    return words > 0 ? this.trimEnd(k) : i;
  }

  /** Whether [a, hi) is a short run of words with no quotation, cue or clause break, up to the sentence end. */
  private plainToEnd(a: number, hi: number): boolean {
    const T = this.T;
    let words = 0;
    for (let k = a; k < hi; k++) {
      const t = T[k];
      if (t.q >= 0 || this.isCueVerb(k)) return false;
      if (t.kind === 'word') {
        if (CLAUSE_STOPS.has(t.lower) && t.lower !== 'to') return false;
        if (++words > 8) return false;
      } else if (!(t.kind === 'punct' && /^[.?!]$/.test(t.text) && k === hi - 1) && !this.isAbbrevPeriod(k)) return false;
    }
    return true;
  }

  private trimEnd(e: number): number {
    const T = this.T;
    while (e > 0 && T[e - 1].kind === 'punct' && (/^[,;:]$/.test(T[e - 1].text) || (T[e - 1].text === '.' && !this.isAbbrevPeriod(e - 1)))) e--;
    return e;
  }

  /** Whether tokens [a, b) form an apposition segment ("the top Democrat", "56", "R-Ky."). */
  private isAppositive(a: number, b: number): boolean {
    const T = this.T;
    if (b <= a || b - a > 24) return false;
    for (let k = a; k < b; k++) if (T[k].q >= 0 || T[k].kind === 'open') return false;
    // "the new fees would eat up the savings": a clause with its own verb, unless a relative pronoun opens it.
    for (let k = a + 1; k < b; k++) {
      const l = T[k].lower;
      if (l === 'who' || l === 'which' || l === 'that' || l === 'whose') break;
      if (T[k].kind === 'word' && (MODALS.has(l) || /^(is|are|was|were|has|have|had)$/.test(l)) && T[k + 1]?.kind === 'word' && k + 1 < b) return false;
    }
    const f = T[a];
    if (f.kind !== 'word' && f.text !== '(') return false;
    if (f.kind === 'word' && /^\p{N}+$/u.test(f.text) && b - a === 1) return true;
    if (/^[A-Z]\.?-[A-Z]/.test(f.text)) return true;
    if (APPOSITION_STARTS.has(f.lower)) return true;
    if (!f.cap && !ADVERBIAL_SEGMENT_STARTS.has(f.lower) && !VERB_FORMS.has(f.lower) && !CLAUSE_STOPS.has(f.lower)) return true;
    // "DNC interim chair": capitalised but ending in a lower-case noun.
    const last = T[b - 1];
    if (f.cap && last.kind === 'word' && !last.cap && b - a <= 6 && !VERB_FORMS.has(last.lower)) return true;
    return false;
  }

  private isAdverbialSegment(a: number, b: number): boolean {
    const T = this.T;
    if (b <= a) return false;
    const f = T[a];
    if (f.kind !== 'word') return false;
    if (b - a === 1 && ADVERBIAL_SEGMENT_WORDS.has(f.lower)) return true;
    if (b - a <= 2 && ADVERBIAL_SEGMENT_WORDS.has(T.slice(a, b).map((t) => t.lower).join(' '))) return true;
    return ADVERBIAL_SEGMENT_STARTS.has(f.lower) || WEEKDAYS.has(f.lower);
  }

  /**
   * A subject ending in appositions before the comma at `comma` ("Dmitry Peskov, Putin's
   * spokesperson, said", "Schiff, 56, who has served …, told", "A lawyer for the outlets, David
   * Schulz, said", "Trump, however, said"): the range of name and appositions, without adverbial
   * segments.
   */
  /** After "agreed with": a name, a pronoun or a definite description ("agreed with the mayor"), not "each other". */
  private agreedWith(k: number, hi: number): boolean {
    const T = this.T;
    const t = T[k];
    if (!t || k >= hi || t.kind !== 'word' || t.q >= 0) return false;
    return (t.cap && !DETERMINERS.has(t.lower)) || (/^(him|her|them)$/.test(t.lower)) || ((t.lower === 'the' || POSSESSIVE_PRONOUNS.has(t.lower)) && T[k + 1]?.kind === 'word' && T[k + 1].q < 0 && !/^(other|others)$/.test(T[k + 1].lower));
  }

  /** Whether a subject holds an apposition between commas ("The port director, Lena Varga"). */
  private hasApposition(subj: Range2 | undefined): boolean {
    if (!subj) return false;
    for (let k = subj[0] + 1; k < subj[1]; k++) if (this.T[k].text === ',') return true;
    return false;
  }

  private appositionSubject(comma: number, lo: number): Range2 | undefined {
    const T = this.T;
    let segEnd = comma;
    let sourceEnd = comma;
    let best: Range2 | undefined;
    for (let n = 0; n < 4; n++) {
      let m = segEnd - 1;
      while (m >= lo && T[m].text !== ',' && T[m].q < 0 && T[m].kind !== 'close') {
        if (T[m].text === ')') {
          while (m > lo && T[m].text !== '(') m--;
        }
        m--;
      }
      const segA = m + 1;
      // A relative clause ("who as a Navy captain was …") may run longer than other appositions.
      const relative = segA < segEnd && T[segA].kind === 'word' && (T[segA].lower === 'who' || T[segA].lower === 'whose' || T[segA].lower === 'which');
      if (segA >= segEnd || segEnd - segA > (relative ? 48 : 24)) break;
      let bad = false;
      // (A cue inside a relative clause, "Varga, who said last week that …, told …", is that clause's own.)
      for (let k = segA; k < segEnd; k++) if ((!relative && this.isCueVerb(k)) || T[k].q >= 0) bad = true;
      if (bad) break;
      const f = T[segA];
      if (best === undefined && sourceEnd === segEnd && this.isAdverbialSegment(segA, segEnd)) {
        sourceEnd = m; // "Trump, however, said": the adverbial is not part of the source
      } else if (f.kind === 'word' && (f.lower === 'who' || f.lower === 'whose' || f.lower === 'which' || f.lower === 'now' || /^\p{N}+$/u.test(f.text) || /^[A-Z]\.?-[A-Z]/.test(f.text))) {
        // a relative clause, an age or a party and state: an apposition, keep going
      } else if (this.isAppositive(segA, segEnd) && (m >= lo && T[m].text === ',')) {
        // A description ("an economist and tax expert") after a name before it.
        best = [segA, this.trimEnd(sourceEnd)];
      } else {
        const np = this.npBackward(segEnd - 1, segA);
        if (np < 0) break;
        // Right before the cue a whole segment must be the subject ("…, said"): a clause is not.
        if (np > segA && best === undefined && sourceEnd === segEnd) break;
        best = [np, this.trimEnd(sourceEnd)];
        // "Its lawyer, Lena Marsh, told": a short description opening the sentence names the same source.
        if (np === segA && T[segA].cap && m >= lo && T[m].text === ',') {
          let d = m - 1;
          while (d >= lo && T[d].text !== ',' && T[d].q < 0) d--;
          const descA = d + 1;
          const first = T[descA];
          if (d < lo && m - descA <= 8 && first.kind === 'word' && DETERMINERS.has(first.lower) && this.npBackward(m - 1, descA) === descA) best = [descA, best[1]];
        }
        break;
      }
      if (m < lo || T[m].text !== ',') break;
      segEnd = m;
    }
    return best;
  }

  private cueVerbSet: Set<number> | undefined;

  private isCueVerb(k: number): boolean {
    if (!this.cueVerbSet) this.cueVerbSet = new Set(this.cues.map((c) => c.verb));
    return this.cueVerbSet.has(k);
  }

  // -------------------------------------------------------------------------------------------
  // After the cue

  /** Walks back over a time adverbial ending at j ("later on Thursday", "on Friday"); returns the token before it. */
  private skipTimeBackward(j: number, lo: number): number {
    const T = this.T;
    let k = j;
    let anchor = false;
    while (k >= lo && T[k].kind === 'word' && T[k].q < 0 && (TIME_WORDS.has(T[k].lower) || WEEKDAYS.has(T[k].lower))) {
      if (TIME_ANCHORS.has(T[k].lower) && T[k].lower !== 'also' && T[k].lower !== 'too' && T[k].lower !== 'then' && T[k].lower !== 'now') anchor = true;
      k--;
    }
    if (!anchor || k === j) return j;
    // The words before must still hold a subject.
    if (k < lo) return j;
    return k;
  }

  /** Skips a time adverbial ("late Friday", "last week", "on Saturday night"); returns the new index. */
  private skipTime(k: number, hi: number): number {
    const T = this.T;
    let m = k;
    let lastAnchor = -1;
    while (m < hi && T[m].kind === 'word' && T[m].q < 0 && (TIME_WORDS.has(T[m].lower) || (MONTHS.has(T[m].lower) && T[m].cap) || (DIGITS.test(T[m].text) && m > k && MONTHS.has(T[m - 1].lower)))) {
      if (TIME_ANCHORS.has(T[m].lower) || MONTHS.has(T[m].lower) || DIGITS.test(T[m].text)) lastAnchor = m;
      m++;
      if (m - k > 6) break;
    }
    // "March 3, 2019": the year after a comma belongs to the date.
    if (lastAnchor > k && /^\p{N}{1,2}$/u.test(T[lastAnchor].text) && MONTHS.has(T[lastAnchor - 1].lower) && T[lastAnchor + 1]?.text === ',' && lastAnchor + 2 < hi && /^\p{N}{4}$/u.test(T[lastAnchor + 2].text)) lastAnchor += 2;
    return lastAnchor >= 0 ? lastAnchor + 1 : k;
  }

  /** Skips "in a statement", "in an interview with CNN", "on Twitter", "during a rally in Ohio"… */
  private skipMedium(k: number, hi: number): number {
    const T = this.T;
    const t = T[k];
    if (!t || t.kind !== 'word' || t.q >= 0) return k;
    const lw = t.lower;
    if (lw === 'on' && k + 1 < hi && T[k + 1].cap && T[k + 1].q < 0 && !WEEKDAYS.has(T[k + 1].lower)) {
      let m = k + 1;
      while (m < hi && (T[m].cap || /['’]s$/.test(T[m].text) || T[m].text === '.') && T[m].q < 0) m++;
      if (m < hi && T[m].kind === 'open' && T[m].q >= 0) m = this.quoteEnd(m);
      return m;
    }
    if (lw !== 'in' && lw !== 'on' && lw !== 'during' && lw !== 'at' && lw !== 'via' && lw !== 'through' && lw !== 'after' && lw !== 'before') return k;
    // Find a medium noun within a few words.
    let m = k + 1;
    let found = -1;
    while (m < hi && m - k <= 5 && T[m].q < 0 && T[m].kind === 'word') {
      if (MEDIUM_NOUNS.has(T[m].lower)) found = m;
      else if (found >= 0) break;
      m++;
    }
    if (found < 0) return k;
    m = found + 1;
    // "with CNN", "to supporters", "on Fox News Sunday", "in Ohio"
    while (m < hi && T[m].q < 0 && T[m].kind === 'word' && (T[m].lower === 'with' || T[m].lower === 'to' || T[m].lower === 'on' || T[m].lower === 'in' || T[m].lower === 'at' || T[m].lower === 'for')) {
      let n = m + 1;
      if (n < hi && (T[n].lower === 'the' || T[n].lower === 'a')) n++;
      const s = n;
      while (n < hi && T[n].q < 0 && (T[n].cap || T[n].text === '.' || T[n].text === ',' && T[n + 1]?.cap && T[n + 2]?.text !== ',')) n++;
      if (n < hi && T[n].kind === 'open') n = this.quoteEnd(n);
      if (n === s) break;
      m = n;
    }
    return m;
  }

  private quoteEnd(openTok: number): number {
    const q = this.T[openTok].q;
    let m = openTok;
    while (m < this.T.length && this.T[m].q === q) m++;
    return m;
  }

  private skipAddressee(k: number, hi: number): number {
    const T = this.T;
    const t = T[k];
    if (!t || (t.kind !== 'word' && t.kind !== 'open') || (t.q >= 0 && t.kind !== 'open')) return k;
    const two = k + 1 < hi ? `${t.lower} ${T[k + 1].lower}` : '';
    if (t.kind === 'open' && k + 1 < hi) return this.quoteEnd(k); // told “Morning Joe” that …
    if (ADDRESSEES.has(two)) return k + 2;
    if (ADDRESSEES.has(t.lower)) return k + 1;
    // "told the legislature the government would …": an article and a noun before the reported clause
    if ((t.lower === 'the' || t.lower === 'a' || t.lower === 'an') && k + 2 < hi && T[k + 1].kind === 'word' && !T[k + 1].cap && T[k + 1].q < 0) {
      const after = T[k + 2];
      if (after.kind === 'word' && (DETERMINERS.has(after.lower) || SUBJECT_PRONOUNS.has(after.lower) || after.lower === 'that' || (after.cap && after.q < 0))) return k + 2;
    }
    let m = k;
    if (t.lower === 'the' && k + 1 < hi && T[k + 1].cap) m = k + 1;
    if (!T[m].cap || SUBJECT_PRONOUNS.has(T[m].lower) || WEEKDAYS.has(T[m].lower)) return k;
    while (m < hi && T[m].q < 0 && (T[m].cap || T[m].text === '.' || T[m].text === '&' || /^\p{N}/u.test(T[m].text)) && !(T[m].kind === 'word' && SUBJECT_PRONOUNS.has(T[m].lower))) {
      const poss = /['’]s$/.test(T[m].text);
      m++;
      if (poss) {
        // “told WNRT’s “City Desk” that …”: a quoted programme title after a possessive
        if (m < hi && T[m].kind === 'open') return this.quoteEnd(m);
        // "USA TODAY's weekly video series": a few lower-case words after a possessive
        let n = m;
        while (n < hi && n - m < 5 && T[n].kind === 'word' && !T[n].cap && !CLAUSE_STOPS.has(T[n].lower) && !SUBJECT_PRONOUNS.has(T[n].lower) && !TIME_WORDS.has(T[n].lower) && T[n].q < 0) n++;
        m = n;
        break;
      }
    }
    return m;
  }

  /** Skips an addressee ("told reporters") and time and medium adverbials after a cue. */
  private skipAdverbials(i: number, c: Cue, hi: number): number {
    let p = i;
    if (c.lemma === 'tell' || c.lemma === 'inform' || c.lemma === 'assure' || c.lemma === 'remind') p = this.skipAddressee(p, hi);
    for (let n = 0; n < 4; n++) {
      const before = p;
      p = this.skipTime(p, hi);
      p = this.skipMedium(p, hi);
      if (p === before) break;
    }
    return p;
  }

  /** Where the content of a cue-first attribution starts, given the token after the cue. */
  private contentStart(i: number, c: Cue, hi: number): number {
    const T = this.T;
    let p = i;
    if (c.lemma === 'tell' || c.lemma === 'inform' || c.lemma === 'assure' || c.lemma === 'remind') p = this.skipAddressee(p, hi);
    // "said Friday that", "said in a statement that", "told reporters on Monday that"
    const first = T[p];
    if (first && first.q < 0 && first.kind === 'word' && first.lower !== 'that') {
      const fl = first.lower;
      // "told a veterans group that …": for a verb with an addressee, "that" soon after starts the content.
      const addressee = c.lemma === 'tell' || c.lemma === 'inform' || c.lemma === 'assure' || c.lemma === 'remind';
      const adverbialStart = addressee || (TIME_WORDS.has(fl) && !DETERMINERS.has(fl)) || WEEKDAYS.has(fl) || fl === 'during' || fl === 'via' || fl === 'after' || fl === 'before' || fl === 'through' || fl === 'while' || fl === 'to' || fl === 'with' || p !== i || (fl === 'for' && this.isDuration(p + 1));
      if (adverbialStart) {
        for (let m = p; m < Math.min(hi, p + 14); m++) {
          const t = T[m];
          if (t.q >= 0 || t.text === ';' || t.text === ':' || this.isCueVerb(m)) break;
          if (t.kind === 'word' && t.lower === 'that') {
            if ((m > p && T[m - 1].text === ',') || m + 1 >= hi) break;
            return m;
          }
        }
      }
    } else if (first && first.lower === 'that') return p;
    for (let n = 0; n < 4; n++) {
      const before = p;
      p = this.skipTime(p, hi);
      p = this.skipMedium(p, hi);
      if (p === before) break;
    }
    if (T[p]?.text === ':' || T[p]?.text === '—' || T[p]?.text === '–') p++;
    return p;
  }

  /** The end of a sentence's content: terminal punctuation excluded, a closing quotation mark kept. */
  private contentEnd(S: Sentence): number {
    const T = this.T;
    let e = S.b;
    // Punctuation inside a quotation that runs on into the next paragraph stays with it.
    while (e > S.a && T[e - 1].kind === 'punct' && T[e - 1].q < 0 && END_PUNCTUATION.test(T[e - 1].text)) e--;
    return e;
  }

  // -------------------------------------------------------------------------------------------
  // Sentences

  private processSentence(si: number, cues: Cue[]): void {
    const T = this.T;
    const S = this.doc.sentences[si];
    const para = S.para;
    const end = this.contentEnd(S);
    // Pass 1: subjects.
    interface Info {
      c: Cue;
      subj?: Range2;
      inverted: boolean;
      participle: boolean;
      before: number;
      /** Where this cue's clause starts, for cutting an earlier cue's content. */
      clause: number;
      coordinated: boolean;
    }
    const infos: Info[] = [];
    for (const c of cues) {
      if (c.cls === 'according') {
        infos.push({ c, inverted: true, participle: false, before: c.a - 1, clause: c.a, coordinated: T[c.a - 1]?.text === ',' });
        continue;
      }
      // "Peskov, Putin's spokesperson, on Thursday said": a time adverbial before the cue is skipped.
      const j = this.skipTimeBackward(c.a - 1, S.a);
      let subj: Range2 | undefined;
      let inverted = false;
      let participle = false;
      const quoted = c.form === 'ing' && j > S.a && T[j].lower === 'as' ? this.quotedAs(j, S.a) : undefined;
      // (A rule's verb after a relative pronoun, "standards that prohibit", has the rule before the pronoun.)
      const relativeRule = RULE_VERBS.has(c.lemma) && /^(that|which)$/.test(T[c.a - 1]?.lower ?? '') ? c.a - 1 : c.a;
      const evidence = c.form !== 'ing' && EVIDENCE_VERBS.has(c.lemma) ? this.evidenceSubject(c.a, S) : c.form !== 'ing' && RULE_VERBS.has(c.lemma) ? this.evidenceSubject(relativeRule, S, RULE_HEADS) : undefined;
      if (evidence) {
        // "A 2014 study by two economists found …", "The average of polls taken since May shows …": the whole document phrase.
        // ("Standards that prohibit …": the relative pronoun is not part of it.)
        subj = [evidence[0], /^(that|which)$/.test(T[evidence[1] - 1].lower) ? evidence[1] - 1 : evidence[1]];
      } else if (quoted) {
        // "Varga was quoted by the paper as saying …": the subject of "was quoted".
        subj = quoted;
      } else if (c.form === 'ing' && j >= S.a && (T[j].text === ',' || T[j].text === '—' || T[j].lower === 'and' || T[j].lower === 'by' || T[j].lower === 'while' || T[j].lower === 'before' || T[j].lower === 'after' || (MEDIUM_NOUNS.has(T[j].lower) && !T[j].cap))) {
        participle = true;
      } else if (c.form === 'ing' && j > S.a && T[j].kind === 'word' && T[j].q < 0 && !T[j].cap && CATENATIVE_VERBS.has(T[j].lower) && (subj = this.subjectBeforeVerb(j, S.a))) {
        // "they could not resist pointing out …", "Varga can be heard telling …": the subject of the verb before.
      } else if (j > S.a && DASHES.has(T[j].text) && (subj = this.dashAppositionSubject(j, S.a))) {
        // "Lena Marsh -- co-author of a book on the port -- said …"
      } else if (j < S.a) {
        inverted = true;
      } else if (T[j].kind === 'word' && T[j].q < 0 && SUBJECT_PRONOUNS.has(T[j].lower)) {
        subj = [j, j + 1];
      } else if (j - 2 >= S.a && (T[j].lower === 'whom' || T[j].lower === 'which') && T[j - 1].lower === 'of' && T[j - 2].kind === 'word' && T[j - 2].q < 0 && PARTITIVES.has(T[j - 2].lower)) {
        // "the skippers, many of whom say …": the part of the group before.
        subj = [j - 2, j + 1];
      } else if (T[j].lower === 'that' && T[j].q < 0 && c.form !== 'ing' && c.form !== 'base' && j > S.a && T[j - 1].kind === 'word' && T[j - 1].q < 0 && !CLAUSE_STOPS.has(T[j - 1].lower) && !VERB_FORMS.has(T[j - 1].lower) && !AUXILIARIES.has(T[j - 1].lower) && !this.pastVerb(j - 1)) {
        // "a super PAC that intends to …": a relative "that" after its noun.
        subj = [j, j + 1];
      } else if (j > S.a && T[j].kind === 'word' && FLOATING_QUANTIFIERS.has(T[j].lower) && T[j - 1].kind === 'word' && T[j - 1].q < 0 && SUBJECT_PRONOUNS.has(T[j - 1].lower)) {
        // "which together vowed", "they both said": the pronoun before the floating word is the subject.
        subj = [j - 1, j];
      } else if (T[j].text === ',') {
        subj = this.appositionSubject(j, S.a);
        if (!subj) inverted = true;
      } else if (DASHES.has(T[j].text) && c.cls !== 'speech') {
        // "X's anger with Y — who … — indicates her struggle": an evidence or stance verb after a dash
        // has its subject before the dashes, never after it.
        let d = j - 1;
        while (d > S.a && !DASHES.has(T[d].text) && T[d].q < 0) d--;
        if (d > S.a && DASHES.has(T[d].text)) {
          // The whole phrase from the sentence start when it is one ("Holt's airing of anger with Varga"), else the noun phrase before the dash.
          const start = this.sentenceStart(S);
          let plain = d - start <= 20;
          for (let x = start; x < d && plain; x++) if (T[x].q >= 0 || (T[x].kind === 'punct' && T[x].text !== '’' && T[x].text !== "'" && T[x].text !== '-' && !this.isAbbrevPeriod(x)) || (x > start && this.isCueVerb(x))) plain = false;
          const np = plain && start < d ? start : this.npBackward(d - 1, S.a);
          if (np >= 0) subj = [np, d];
        }
      } else if (T[j].kind === 'close' || T[j].kind === 'open' || DASHES.has(T[j].text) || T[j].text === '(' || T[j].text === ':' || T[j].text === ';') {
        inverted = true;
      } else {
        let np = this.npBackward(j, S.a);
        // "Zelenskyy while in South Africa said": the subject comes before the subordinate phrase.
        let k = np - 1;
        if (np >= 0 && k >= S.a && T[k].kind === 'word' && NP_PREPOSITIONS.has(T[k].lower)) k--;
        if (np >= 0 && k > S.a && T[k].kind === 'word' && (T[k].lower === 'while' || T[k].lower === 'when' || T[k].lower === 'after' || T[k].lower === 'before') && T[k - 1].kind === 'word' && T[k - 1].q < 0) {
          const outer = this.npBackward(k - 1, S.a);
          if (outer >= 0 && T[k - 1].cap) {
            np = outer;
            subj = [outer, k];
          }
        }
        // "The mayor later at the town hall said": a noun phrase governed by a preposition is not the
        // subject; the subject stands before the prepositional phrase (and any adverbs before it).
        if (np >= 0 && !subj) {
          const outer = this.subjectBeforePhrase(np, S.a);
          if (outer) {
            np = outer[0];
            subj = outer;
          }
        }
        // "Protesters marching through the streets chanted", "officials familiar with the plan said":
        // a participle or adjective phrase after the subject.
        if (np >= 0 && !subj) {
          let p = np - 1;
          if (p > S.a && T[p].kind === 'word' && (PREPOSITIONS.has(T[p].lower) || /^(near|outside|inside|across|around|along|behind|beyond|toward|towards|past)$/.test(T[p].lower))) p--;
          if (p > S.a && p < np - 1 && T[p].kind === 'word' && !T[p].cap && T[p].q < 0 && (/(ing|ed)$/.test(T[p].lower) || /^(familiar|close|loyal|critical|sympathetic|knowledgeable|aware|opposed|friendly|hostile|allied)$/.test(T[p].lower)) && T[p].lower.length > 4 && !VERB_FORMS.has(T[p].lower) && T[p - 1].kind === 'word' && T[p - 1].q < 0 && !CLAUSE_STOPS.has(T[p - 1].lower)) {
            const outer = this.npBackward(p - 1, S.a);
            if (outer >= 0) np = outer;
          }
          subj = [np, j + 1];
          // "footage of Holt saying …", "a recording of the mayor telling …": the one recorded speaks, not the recording.
          if (c.form === 'ing') {
            for (let k = np + 1; k < j; k++) {
              if (T[k].lower === 'of' && RECORDING_NOUNS.has(T[k - 1].lower) && T[k + 1].kind === 'word') {
                subj = [k + 1, j + 1];
                break;
              }
            }
          }
          // "the spate of floods and storms demands …": a plural noun before a singular verb ends a coordinated subject.
          if (c.form === 's' && np - 2 >= S.a && T[np - 1].lower === 'and' && T[j].kind === 'word' && !T[j].cap && /[^su]s$/.test(T[j].lower) && T[np - 2].kind === 'word' && T[np - 2].q < 0) {
            const outer = this.npBackward(np - 2, S.a);
            if (outer >= 0) subj = [outer, j + 1];
          }
        }
      }
      if (inverted) {
        if (c.form === 'ing') participle = true;
        // "…, said that …": a clause, not a source, follows.
        const e = T[c.b]?.lower === 'that' ? c.b : this.npForward(c.b, S.b);
        if (e > c.b) subj = [c.b, e];
        else inverted = false;
      }
      const before = inverted || !subj ? c.a - 1 : subj[0] - 1;
      // The clause of this cue starts at its subject, or at a connective before it.
      let clause = inverted || !subj ? c.a : subj[0];
      let coordinated = participle;
      if (participle) clause = j;
      else if (!inverted) {
        const k = clause - 1;
        if (k >= S.a && T[k].q < 0 && (T[k].text === ';' || T[k].text === ',' || T[k].lower === 'and' || T[k].lower === 'but' || T[k].lower === 'while' || T[k].lower === 'whereas' || T[k].text === '—')) {
          coordinated = true;
          clause = k;
          if (k - 1 >= S.a && T[k - 1].text === ',') clause = k - 1;
        } else if (k > S.a && T[k].kind === 'close' && /[,?!]/.test(this.doc.text[T[k].s - 1] ?? '') && subj && subj[1] === c.a) {
          // "A said B “…,” she said": a quotation closing on a comma ends the clause before the cue.
          coordinated = true;
          clause = k;
        }
      }
      infos.push({ c, subj, inverted, participle, before, clause, coordinated });
    }

    // Pass 2: contents.
    // This sentence's drafts, indexed when a cue first looks for the one whose content holds another.
    let holders: SegmentHolders | undefined;
    let territory = si === this.doc.paragraphs[para].first ? this.afterDateline(S) : S.a;
    let prevDraft: Draft | undefined;
    // Where the territory stood before a run of thought or act reports: "Most dockworkers believe the
    // contract is fair, the union said" reports the whole clause, thought and all, as the union's.
    let outerTerritory = territory;
    const minorSince: Draft[] = [];
    const outerStart = (before: number) => (minorSince.length && minorSince.every((d) => (!d.source || d.source[0] >= outerTerritory) && d.content.every(([, b]) => b <= before)) ? outerTerritory : territory);
    for (let n = 0; n < infos.length; n++) {
      const info = infos[n];
      const { c } = info;
      // The end of this cue's content: the next coordinated clause, or the sentence end.
      let stop = end;
      // "worried that if the deal stalled, the firm could …": a fronted clause after "that" ends in a comma
      // before the reported clause's own subject, which does not start a new clause.
      const fronted = T[c.b]?.lower === 'that' && T[c.b + 1]?.kind === 'word' && FRONTED_AFTER_THAT.has(T[c.b + 1].lower);
      for (let m = n + 1; m < infos.length; m++) {
        if (fronted && T[infos[m].clause]?.text === ',' && !infos[m].inverted && !infos[m].participle && this.firstCommaRun(c.b + 1, infos[m].clause)) continue;
        if (infos[m].coordinated && infos[m].clause > c.b) {
          stop = Math.min(stop, infos[m].clause);
          break;
        }
      }
      // "the port was “finished,” adding …": a clause boundary does not split a quotation's marks.
      if (stop < end && T[stop].kind === 'close' && stop > c.b) {
        // "A said B: “…,” C wrote": a quotation after a colon belongs to the cue after it.
        const open = T[stop].q >= 0 ? this.doc.quotes[T[stop].q].open : -1;
        if (open > c.b + 1 && T[open].kind === 'open' && T[open - 1].text === ':') stop = open - 1;
        else stop++;
      }
      let draft: Draft | undefined;
      if (c.cls === 'according') draft = this.according(info.c, S, c.subject ? territory : outerStart(c.a), stop, end);
      else {
        const afterCue = info.inverted && info.subj ? info.subj[1] : c.b;
        const restStart = this.contentStart(afterCue, c, stop);
        const restPlain = this.skipAdverbials(afterCue, c, stop);
        const bt = info.before >= territory ? T[info.before] : undefined;
        // "In an interview on “Face the Nation,” Ryan said …": a leading adverbial phrase is not content.
        const leadIn = bt !== undefined && (bt.text === ',' || (bt.kind === 'close' && this.doc.text[bt.s - 1] === ',')) && territory === this.sentenceStart(S) && T[territory].kind === 'word' && LEAD_IN_STARTS.has(T[territory].lower) && !this.hasClauseComma(territory, info.before);
        // ("most of whom said": a relative subject too.)
        const relativeSubject = info.subj !== undefined && ((info.subj[1] - info.subj[0] === 1 && (T[info.subj[0]].lower === 'who' || T[info.subj[0]].lower === 'which')) || (info.subj[1] - info.subj[0] === 3 && (T[info.subj[0] + 2].lower === 'whom' || T[info.subj[0] + 2].lower === 'which') && T[info.subj[0] + 1].lower === 'of'));
        const hasBefore =
          !info.participle &&
          !leadIn &&
          !relativeSubject &&
          bt !== undefined &&
          (bt.text === ',' || bt.kind === 'close' || DASHES.has(bt.text) || (bt.kind === 'punct' && /^[”"’']$/.test(bt.text))) &&
          this.hasMaterial(territory, bt.kind === 'close' ? info.before + 1 : info.before);
        const restEmpty = restPlain >= stop || T[restPlain].text === ',' || T[restPlain].text === ';' || DASHES.has(T[restPlain].text) || T[restPlain].text === '(';
        // "Asked about it, Peskov said: “…”" introduces a quotation; "“…,” he said, “…”" continues one.
        // ("The port, she said, “will never close.”": a quotation opening in lower case goes on with the words before.)
        const introducesQuote = restPlain + 1 < stop && T[restPlain].text === ',' && T[restPlain + 1].kind === 'open' && !this.containsQuote(territory, info.before) && !(T[restPlain + 2]?.kind === 'word' && /^\p{Ll}/u.test(T[restPlain + 2].text));
        // "“…,” she said months later, …": after a quotation ending in a comma, the rest describes the saying.
        // (Only a quotation that opens the clause: in "In his book, “Port Days,” Holm argued that …" or "Lamenting
        // the “broken promises,” Holm said …" the quotation is a title or a phrase inside words about the speaker.)
        const quoteBefore = bt !== undefined && bt.kind === 'close' && /[,?!]/.test(this.doc.text[bt.s - 1] ?? '') && (T[restPlain]?.lower !== 'that' || restPlain !== afterCue) && T[restPlain]?.text !== ':' && T[restPlain]?.kind !== 'open' && this.opensClause(bt, territory);
        // "Ultimately, Oduya hopes to finish …": the infinitive after "hopes" is its content, not a phrase about the saying.
        const infinitive = TO_VERBS.has(c.lemma) && T[afterCue]?.lower === 'to' && T[afterCue + 1]?.kind === 'word' && !T[afterCue + 1].cap && !DETERMINERS.has(T[afterCue + 1].lower);
        if (hasBefore && !introducesQuote && !(infinitive && !quoteBefore) && (restEmpty || quoteBefore || this.isAdverbialTail(afterCue, stop) || this.isAdverbialTail(restPlain, stop))) {
          let cs = outerStart(info.before);
          while (cs < info.before && T[cs].kind === 'word' && T[cs].q < 0 && LEADING_CONJUNCTIONS.has(T[cs].lower) && T[cs + 1]?.text !== ',') cs++;
          const ce = bt!.kind === 'close' || (bt!.kind === 'punct' && /^[”"’']$/.test(bt!.text)) ? info.before + 1 : info.before;
          // "… on workers: “…,” the union wrote": a colon or a dash before the quotation ends the words before it.
          if (bt!.kind === 'close' && bt!.q >= 0) {
            const open = this.doc.quotes[bt!.q].open;
            if (open > cs + 1 && T[open].kind === 'open' && (T[open - 1].text === ':' || DASHES.has(T[open - 1].text))) cs = open;
          }
          const content: Range2[] = [[cs, ce]];
          // A continuation after the cue: "“…,” he said, “…”" or "X, he said, is …"
          let k = restPlain;
          while (k < stop && T[k].text !== ',' && T[k].kind !== 'open' && T[k].q < 0) k++;
          if (k < stop && (T[k].text === ',' || T[k].kind === 'open')) {
            let from = T[k].text === ',' ? k + 1 : k;
            // "“…,” she said, pointing to the map, “…”": a short phrase about the saying between the two parts.
            if (from < stop && bt!.kind === 'close' && T[from].kind === 'word' && T[from].q < 0 && (/ing$/.test(T[from].lower) || ADVERBIAL_SEGMENT_STARTS.has(T[from].lower)) && !VERB_FORMS.has(T[from].lower) && !this.isCueVerb(from)) {
              for (let m = from + 1; m < Math.min(stop, from + 14) && T[m].q < 0; m++) {
                if (T[m].text === ',' && T[m + 1]?.kind === 'open') {
                  from = m + 1;
                  break;
                }
              }
            }
            if (from < stop && this.isContinuation(from, stop, !info.inverted) && (!this.containsQuote(cs, ce) || this.quoteWithin(from, stop))) {
              content.push([from, this.cutTail(from, stop)]);
              // "In Ohio, he said, the economy is …": an adverbial before the cue is not content.
              if (!this.containsQuote(cs, ce) && this.isAdverbialSegment(cs, ce)) content.shift();
            }
          }
          // "A said B “…,” she said. “…”": after a quotation, a pronoun speaker repeats the report
          // before it, and the words that report took stay its content.
          const taken = prevDraft?.content.at(-1);
          if (taken && bt!.kind === 'close' && info.subj && info.subj[1] - info.subj[0] === 1 && SUBJECT_PRONOUNS.has(T[info.subj[0]].lower) && taken[0] <= content[0][0] && content[0][1] <= taken[1]) {
            content.shift();
            // The quotation that opens the next sentence is what this cue introduces.
            const next = this.doc.sentences[si + 1];
            if (!content.length && next && next.para === para && T[next.a].kind === 'open' && this.contentEnd(next) > next.a) content.push([next.a, this.contentEnd(next)]);
          }
          if (content.length) draft = { content, cue: [c.a, c.b], source: info.subj, para, sent: si };
        } else {
          let from = restStart;
          if (T[from]?.text === ',' && from + 1 < stop && (T[from + 1].kind === 'open' || T[from + 1].lower === 'that')) from++;
          // "said of the museum, “…”": a short phrase before a comma and a quotation is not content.
          if (T[from]?.kind === 'word' && (NP_PREPOSITIONS.has(T[from].lower) || OBJECT_PRONOUNS.has(T[from].lower))) {
            for (let k = from + 1; k < Math.min(stop - 1, from + 8); k++) {
              if (T[k].q >= 0) break;
              if ((T[k].text === ',' || T[k].text === ':') && T[k + 1].kind === 'open') {
                from = k + 1;
                break;
              }
            }
          }
          if (from < stop) {
            // "complained about the noise", "warned of chaos": the preposition belongs to the cue.
            let cueEnd = c.b;
            // ("said about 1,400 people had left": "about" before a number is an approximation.)
            if (from === c.b && from + 1 < stop && T[from].kind === 'word' && TOPIC_PREPOSITIONS.has(T[from].lower) && T[from + 1].kind === 'word' && !/^\p{N}/u.test(T[from + 1].text) && !CLAUSE_CUES.has(c.lemma)) cueEnd = ++from;
            let to = this.cutTail(from, stop);
            // "A letter criticizing the plan was sent to …": a participle right after its noun describes the
            // noun; its object ends where the sentence's own verb begins.
            // (Only verbs that act on an object: "a statement saying the plan was flawed" reports a clause.)
            const noun = T[c.a - 1];
            const nounVerb = noun && VERB_FORMS.has(noun.lower) && !(c.a - 2 >= S.a && DETERMINERS.has(T[c.a - 2].lower));
            const reduced = c.form === 'ing' && c.cls === 'act' && !info.inverted && noun?.kind === 'word' && noun.q < 0 && !AUXILIARIES.has(noun.lower) && !BE_FORMS.has(noun.lower) && !CLAUSE_STOPS.has(noun.lower) && !PREPOSITIONS.has(noun.lower) && !CATENATIVE_VERBS.has(noun.lower) && !nounVerb && T[from]?.lower !== 'that';
            // "Standards that prohibit ferries from docking were ignored": a relative clause ends before the main verb.
            if (RULE_VERBS.has(c.lemma) && /^(that|which)$/.test(T[c.a - 1]?.lower ?? '')) to = this.beforeMainVerb(from, to);
            if (reduced) {
              const end = this.beforeMainVerb(from, to);
              if (end < to) {
                to = end;
                // The noun is the source when the sentence names no other.
                const np = info.subj ? -1 : this.npBackward(c.a - 1, S.a);
                if (np >= 0) info.subj = [np, c.a];
              }
            }
            // "X, which vowed to rebuild the pier, met on Friday": the relative clause ends at the comma before the main verb.
            if (relativeSubject && T[info.subj![0] - 1]?.text === ',') to = this.relativeClauseEnd(from, to);
            draft = { content: [[from, to]], cue: [c.a, cueEnd], source: info.subj, para, sent: si };
          } else if (T[restStart - 1]?.text === ':' || T[c.b]?.text === ':') {
            // "… said:" at the end of a paragraph introduces the next one.
            const next = this.doc.paragraphs[para + 1];
            if (next && restStart >= this.doc.paragraphs[para].b - 1) {
              const lastS = this.doc.sentences[next.last - 1];
              draft = { content: [[next.a, this.contentEnd(lastS)]], cue: [c.a, c.b], source: info.subj, para, sent: si };
            }
          }
        }
        // "… and said", "…, repeatedly says": a verb without a subject of its own shares the clause's.
        const before = T[c.a - 1];
        const sharesSubject = info.participle || (c.a - 1 >= S.a && (before.lower === 'and' || before.lower === 'but' || before.lower === 'or' || before.text === ','));
        // "I laughed and said": a pronoun and its own verb right before the conjunction are the subject.
        const own = before?.kind === 'word' && (before.lower === 'and' || before.lower === 'but') && c.a - 3 >= S.a && T[c.a - 2].kind === 'word' && T[c.a - 2].q < 0 && this.pastVerb(c.a - 2) && T[c.a - 3].kind === 'word' && T[c.a - 3].q < 0 && SUBJECT_PRONOUNS.has(T[c.a - 3].lower) && T[c.a - 3].lower !== 'who' && T[c.a - 3].lower !== 'which';
        if (draft && sharesSubject && !info.subj && own) draft.source = [c.a - 3, c.a - 2];
        else if (draft && sharesSubject && !info.subj) {
          if (prevDraft) {
            // "X said he did not believe …, arguing …": the report whose content holds the last one speaks.
            let share = prevDraft;
            for (let n = 0; n < 4; n++) {
              holders ??= this.sentenceDrafts(S, si);
              const outer = this.holderOf(share, holders, si);
              if (!outer) break;
              share = outer;
            }
            // "… an architect who said he was stiffed …, saying …": past a restrictive relative clause, the
            // sentence's subject ("Varga, who said …, adding …" goes on with Varga).
            const rel = share.source && share.source[1] - share.source[0] === 1 && /^(who|which)$/.test(T[share.source[0]].lower) && T[share.source[0] - 1]?.text !== ',' ? this.mainSubject(S, share.source[0]) : undefined;
            if (rel) draft.source = rel;
            else draft.sameSourceAs = share;
          } else {
            // "demonstrators, who have taken to the streets and called for …": the subject of the coordinated clause;
            // "Trump attacked Clinton on Friday, saying …": the subject of the main clause.
            const coordinated = c.a - 1 >= S.a && before.kind === 'word' && (before.lower === 'and' || before.lower === 'but' || before.lower === 'or') ? this.coordinatedSubject(c.a - 1, S.a) : undefined;
            const subj = coordinated ?? this.mainSubject(S, c.a);
            // (Not a subject inside the content itself: "Kowalski, the editor, , insisted" has none.)
            if (subj && !draft.content.some(([a, b]) => a < subj[1] && subj[0] < b)) draft.source = subj;
          }
        }
      }
      if (draft) {
        draft.cls = c.cls;
        this.drafts.push(draft);
        holders?.add(this.drafts.length - 1, draft.content);
        prevDraft = draft;
        territory = Math.max(territory, c.b);
        if (MINOR_CLASSES.has(c.cls)) minorSince.push(draft);
        else {
          outerTerritory = territory;
          minorSince.length = 0;
        }
      }
    }
  }

  /** The drafts of sentence si so far, which are the last ones pushed, indexed by their segments. */
  private sentenceDrafts(S: Sentence, si: number): SegmentHolders {
    const holders = new SegmentHolders(S.a, S.b);
    let first = this.drafts.length;
    while (first > 0 && this.drafts[first - 1].sent === si) first--;
    for (let x = first; x < this.drafts.length; x++) holders.add(x, this.drafts[x].content);
    return holders;
  }

  /**
   * The draft of sentence si pushed last, other than d, whose content has a segment holding d's cue.
   * `holders` has this sentence's drafts, which are the last ones pushed.
   */
  private holderOf(d: Draft, holders: SegmentHolders, si: number): Draft | undefined {
    const cue = d.cue;
    if (!cue) return undefined;
    const x = holders.last(cue[0], cue[1]);
    if (x < 0) return undefined;
    if (this.drafts[x] !== d) return this.drafts[x];
    // A draft whose content holds its own cue: the one before it, by a scan.
    for (let y = this.drafts.length - 1; y >= 0 && this.drafts[y].sent === si; y--) {
      const o = this.drafts[y];
      if (o !== d && o.content.some(([a, b]) => a <= cue[0] && cue[1] <= b)) return o;
    }
    return undefined;
  }

  /** The subject of a sentence's main clause, before `limit`: the noun phrase its first clause opens with. */
  private mainSubject(S: Sentence, limit: number): Range2 | undefined {
    const T = this.T;
    let k = S.a;
    while (k < limit && T[k].kind === 'word' && LEADING_CONJUNCTIONS.has(T[k].lower)) k++;
    if (k < limit && T[k].text === ',') k++;
    k = this.skipTime(k, limit);
    if (k < limit && T[k].text === ',') k++;
    // A leading adverbial or participle phrase ends at a comma ("Stung by the polls, Trump …"); a
    // comma followed by more of the phrase ("…, as well as the costs, Trump …") does not end it.
    if (k < limit && T[k].kind === 'word' && (ADVERBIAL_SEGMENT_STARTS.has(T[k].lower) || /ing$/.test(T[k].lower) || (k === S.a && /[^e]ed$|ied$/.test(T[k].lower) && T[k].lower.length > 4 && !VERB_FORMS.has(T[k].lower)))) {
      let m = k;
      for (let n = 0; n < 3; n++) {
        while (m < limit && T[m].text !== ',' && T[m].q < 0) m++;
        if (m >= limit || T[m].text !== ',') return undefined;
        const f = T[m + 1];
        if (n < 2 && f && f.kind === 'word' && f.q < 0 && !f.cap && !DETERMINERS.has(f.lower) && !SUBJECT_PRONOUNS.has(f.lower)) {
          m++;
          continue;
        }
        break;
      }
      k = m + 1;
    }
    // "On Thursday, however, Varga …": an adverb set off by commas.
    if (k + 1 < limit && T[k].kind === 'word' && ADVERBIAL_SEGMENT_WORDS.has(T[k].lower) && T[k + 1].text === ',') k += 2;
    if (k >= limit || !this.isWord(k)) return undefined;
    if (SUBJECT_PRONOUNS.has(T[k].lower)) return [k, k + 1];
    // A name, or a short description: "Trump", "Sen. Lindsey Graham", "the White House", "the spokesman".
    let e = k;
    if (DETERMINERS.has(T[k].lower)) e++;
    while (e < limit && ((T[e].kind === 'word' && T[e].cap && T[e].q < 0) || this.isAbbrevPeriod(e))) e++;
    if (e === k || (e === k + 1 && DETERMINERS.has(T[k].lower))) {
      // "the spokesman": a determiner and one or two lower-case nouns
      while (e < limit && e - k < 3 && T[e].kind === 'word' && !T[e].cap && !VERB_FORMS.has(T[e].lower) && !CLAUSE_STOPS.has(T[e].lower) && !CUE_ADVERBS.has(T[e].lower) && !this.pastVerb(e)) e++;
      if (e <= k + 1) return undefined;
    }
    if (e >= limit - 1) return undefined;
    return [k, e];
  }

  /**
   * The end of cue-first content: a quotation that ends with its own punctuation ends it
   * ("said, “…,” when …"), and so does a trailing participle phrase, dash aside or relative
   * clause after a comma (", implicitly putting …", " — a metaphor for …", ", which …").
   */
  private cutTail(a: number, b: number): number {
    const T = this.T;
    if (T[a].kind === 'open') {
      const q = this.doc.quotes[T[a].q];
      if (q && q.close >= 0 && q.close < b - 1 && /[,.?!]/.test(this.doc.text[T[q.close].s - 1] ?? '')) {
        const n = T[q.close + 1];
        if (!(n && n.kind === 'word' && (n.lower === 'and' || n.lower === 'but') && this.quoteWithin(q.close + 1, b))) return q.close + 1;
      }
      // "speaks ‘Straight To The Crews’ After Pier Collapse": the occasion after the quoted words is the writer's.
      if (q && q.close >= 0 && q.close < b - 1 && T[q.close + 1].kind === 'word' && T[q.close + 1].q < 0 && LABEL_ENDERS.has(T[q.close + 1].lower) && T[q.close + 1].lower !== 'in' && T[q.close + 1].lower !== 'on' && T[q.close + 1].lower !== 'at') return q.close + 1;
      // "what several captains called “a relic” led the board to act": the sentence's own verb after the quoted words.
      const v = q && q.close >= 0 && q.close < b - 1 ? T[q.close + 1] : undefined;
      if (v && v.kind === 'word' && v.q < 0 && !v.cap && (MODALS.has(v.lower) || BE_FORMS.has(v.lower) || /^(has|have|had)$/.test(v.lower) || (this.pastVerb(q.close + 1) && !VERB_FORMS.has(v.lower)) || /^(led|gave|came|went|kept|left|held|brought|sent|won|lost|paid|began|became|drew|took)$/.test(v.lower)) && this.calledBefore(a)) return q.close + 1;
    }
    let words = 0;
    for (let k = a; k < b; k++) {
      const t = T[k];
      // “partial,” meaning …: a comma inside the closing quotation mark ends the clause too.
      if (t.kind === 'close' && words >= 3 && this.doc.text[t.s - 1] === ',') {
        const n = T[k + 1];
        // “…,” but …: a clause of the writer's after the quoted words.
        if (n && n.kind === 'word' && n.lower === 'but' && !this.quoteWithin(k + 1, b)) return k + 1;
        // “…,” though she noted …: a concessive clause of the writer's.
        if (n && n.kind === 'word' && n.q < 0 && CONCESSIVE.has(n.lower) && !this.quoteWithin(k + 1, b)) return k + 1;
        if (n && n.kind === 'word' && !n.cap && /ing$/.test(n.lower) && n.lower.length > 5 && n.lower !== 'including' && !this.isCueVerb(k + 1)) return k + 1;
        // “…,” there would be …: a new clause with a subject of its own.
        if (n && n.kind === 'word' && n.q < 0 && (SUBJECT_PRONOUNS.has(n.lower) || n.lower === 'there') && T[k + 2]?.kind === 'word' && T[k + 2].q < 0 && !this.isCueVerb(k + 2) && !this.isCueVerb(k + 3)) return k + 1;
      }
      // “…” Wednesday: a day after the quoted words dates the saying.
      if (t.kind === 'close' && T[k + 1]?.kind === 'word' && T[k + 1].q < 0 && WEEKDAYS.has(T[k + 1].lower)) return k + 1;
      // "… as a “money pit” during a town-hall visit": the label ends the content; the occasion is the writer's.
      if (t.kind === 'close' && t.q >= 0 && T[k + 1]?.kind === 'word' && T[k + 1].q < 0 && LABEL_ENDERS.has(T[k + 1].lower)) {
        const open = this.doc.quotes[t.q].open;
        let x = open - 1;
        while (x > a && x >= open - 3 && T[x].kind === 'word' && DETERMINERS.has(T[x].lower)) x--;
        if (x >= a && T[x].lower === 'as') return k + 1;
      }
      if (t.q >= 0) continue;
      if (t.kind === 'word') {
        // "more ferry funding in a statement on Thursday": the medium at the end is how it was said.
        if (words >= 2 && (t.lower === 'in' || t.lower === 'during') && this.mediumToEnd(k, b)) {
          // ("during campaign stops and in his speech": the conjunction before it goes too.)
          const e = this.trimEnd(k);
          return T[e - 1].kind === 'word' && /^(and|or)$/.test(T[e - 1].lower) ? this.trimEnd(e - 1) : e;
        }
        // "interest in a new levy but has been met with protests": a phrase, then the subject's next verb.
        if (words >= 2 && t.lower === 'but' && T[k + 1]?.kind === 'word' && T[k + 1].q < 0 && /^(has|have|had|is|was|were|are)$/.test(T[k + 1].lower) && !this.hasFiniteVerb(a, k)) return this.trimEnd(k);
        words++;
        continue;
      }
      // "their support -- who cited …": a relative clause after a dash is the writer's aside, however short the content.
      if (words > 0 && DASHES.has(t.text) && T[k + 1]?.kind === 'word' && (T[k + 1].lower === 'who' || T[k + 1].lower === 'which')) return k;
      if (words < 3) continue;
      const n = T[k + 1];
      if (!n || n.q >= 0) continue;
      if (t.text === ';') return k;
      const spacedHyphen = t.text === '-' && T[k - 1].e < t.s && n.s > t.e;
      if ((DASHES.has(t.text) || spacedHyphen) && n.kind === 'word') {
        // "crews - full-time, seasonal and retired - would qualify": a pair of dashes around an aside
        // inside the clause, with the clause going on after the second.
        let pair = -1;
        for (let x = k + 2; x < b - 1 && x - k <= 16; x++) {
          if (T[x].text === t.text && T[x].q < 0 && (t.text !== '-' || (T[x - 1].e < T[x].s && T[x + 1].s > T[x].e))) {
            pair = x;
            break;
          }
          if (T[x].text === ';' || T[x].q >= 0) break;
        }
        // (Or this dash closes such an aside opened earlier in the content.)
        let opened = false;
        for (let x = k - 1; x > a && k - x <= 16 && pair < 0; x--) if (T[x].text === t.text && T[x].q < 0) opened = true;
        const close = pair >= 0 ? pair : opened ? k : -1;
        const after = close >= 0 ? T[close + 1] : undefined;
        if (after && after.kind === 'word' && after.q < 0 && !after.cap && (MODALS.has(after.lower) || BE_FORMS.has(after.lower) || AUXILIARIES.has(after.lower) || this.pastVerb(close + 1))) {
          k = close;
          continue;
        }
        return k;
      }
      // "…, implicitly putting …": an adverb before the participle.
      if (t.text === ',' && n.kind === 'word' && !n.cap && /ly$/.test(n.lower) && n.lower.length > 4 && !NOT_ADVERB_LY.has(n.lower) && T[k + 2]?.kind === 'word' && /ing$/.test(T[k + 2].lower) && T[k + 2].lower.length > 5 && !this.isCueVerb(k + 2)) return k;
      // ("schools, housing and the courts": an "-ing" noun in a list, before "and", "or" or a comma, is no participle.)
      if (t.text === ',' && n.kind === 'word' && !n.cap && ((/ing$/.test(n.lower) && n.lower.length > 5 && n.lower !== 'including' && !this.isCueVerb(k + 1) && !LIST_LINKS.has(T[k + 2]?.lower ?? '')) || (n.lower === 'which' && !this.quoteWithin(k, b) && !this.frontedPhrase(a, k)))) return k;
      // "when my uncle mentioned the flood, I laughed": a new clause with a pronoun subject and a verb that reports nothing.
      if (t.text === ',' && n.kind === 'word' && SUBJECT_PRONOUNS.has(n.lower) && n.lower !== 'who' && n.lower !== 'which' && k + 2 < b && T[k + 2].kind === 'word' && T[k + 2].q < 0 && this.pastVerb(k + 2) && !VERB_FORMS.has(T[k + 2].lower) && !this.isCueVerb(k + 2)) return k;
      // "…, although he refused to …": a concessive clause after a comma is the writer's, not the source's.
      if (t.text === ',' && n.kind === 'word' && CONCESSIVE.has(n.lower) && !this.quoteWithin(k, b)) return k;
      // "…, a key worry for the fleet", "…, known as the Harbour Pact": an apposition closing the content is the writer's.
      // (Not after a name, whose apposition describes it, nor inside a list.)
      if (t.text === ',' && n.kind === 'word' && !n.cap && (((n.lower === 'a' || n.lower === 'an' || n.lower === 'the') && T[k - 1].kind === 'word' && !T[k - 1].cap && !CLAUSE_STOPS.has(T[k - 1].lower) && !PREPOSITIONS.has(T[k - 1].lower) && !ADVERBIAL_SEGMENT_WORDS.has(T[k - 1].lower)) || n.lower === 'known') && !this.quoteWithin(k, b) && !this.listBefore(a, k) && this.appositionToEnd(k + 1, b)) return k;
      // "Though she called for …, Varga stopped short of …": the main clause after a fronted subordinate one.
      if (t.text === ',' && n.kind === 'word' && this.mainClauseAfter(a, k + 1, b)) return k;
    }
    return b;
  }

  /**
   * Whether the sentence holding `a` opens with a subordinate clause ("Though …", "When …") and a
   * main clause starts at `k`: a name, a pronoun or "the" and a noun, then a verb that reports nothing.
   */
  private mainClauseAfter(a: number, k: number, b: number): boolean {
    const T = this.T;
    const S = this.doc.sentences[this.doc.sentenceOf[a]];
    const first = this.sentenceStart(S);
    if (first >= a || k - first > 60 || !SUBORDINATORS.has(T[first].lower)) return false;
    for (let x = first; x < k - 1; x++) if (T[x].text === ',' && T[x].q < 0) return false;
    let e = k;
    if (SUBJECT_PRONOUNS.has(T[e].lower) && T[e].lower !== 'who' && T[e].lower !== 'which') e++;
    else if (T[e].cap) while (e < b && e - k < 4 && T[e].kind === 'word' && T[e].cap && T[e].q < 0) e++;
    else if (T[e].lower === 'the' && T[e + 1]?.kind === 'word' && !T[e + 1].cap) e += 2;
    else return false;
    const v = T[e];
    if (e >= b || !v || v.kind !== 'word' || v.q >= 0 || v.cap || this.isCueVerb(e)) return false;
    return (this.pastVerb(e) && !VERB_FORMS.has(v.lower)) || MODALS.has(v.lower) || /^(has|had|is|was|were|are)$/.test(v.lower);
  }

  /** Whether the content at `a` is the object of "called" or "dubbed" right before it ("what they called “…”"). */
  private calledBefore(a: number): boolean {
    const p = this.T[a - 1];
    return !!p && p.kind === 'word' && /^(called|call|calls|dubbed|labeled|labelled|termed|branded|described)$/.test(p.lower);
  }

  /** Whether [k, b) is a noun phrase with no verb of its own, to the end of the content ("a key worry for the fleet"). */
  private appositionToEnd(k: number, b: number): boolean {
    const T = this.T;
    if (b - k > 20) return false;
    for (let x = k; x < b; x++) {
      const t = T[x];
      if (t.q >= 0 || (t.kind !== 'word' && t.text !== '-')) return false;
      if (t.kind === 'word' && x > k && (BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || (VERB_FORMS.has(t.lower) && VERB_FORMS.get(t.lower)!.form === 'ed') || (CLAUSE_STOPS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower) && t.lower !== 'as' && t.lower !== 'and'))) return false;
    }
    return true;
  }

  /** Whether [a, k) holds a list that a comma at k may go on with ("including …", "A, B and C"). */
  private listBefore(a: number, k: number): boolean {
    for (let x = Math.max(a, k - 40); x < k; x++) if (this.T[x].lower === 'including' || this.T[x].lower === 'such') return true;
    return false;
  }

  /** Whether [k, b) is only "in a statement", "during an interview with CNN on Thursday" and the like. */
  private mediumToEnd(k: number, b: number): boolean {
    const T = this.T;
    let x = k + 1;
    let medium = false;
    while (x < b && x - k <= 4 && T[x].kind === 'word' && T[x].q < 0 && !medium) {
      if (SAYING_MEDIA.has(T[x].lower) && !T[x].cap) medium = true;
      else if (!DETERMINERS.has(T[x].lower) && !/^(written|televised|brief|short|joint|recent|new|lengthy|separate)$/.test(T[x].lower)) return false;
      x++;
    }
    if (!medium || b - x > 12) return false;
    // Then only a time, a place or a name of an outlet: "on Thursday", "with CNN", "to supporters".
    for (; x < b; x++) {
      const t = T[x];
      if (t.q >= 0 || (t.kind !== 'word' && !/^[,.]$/.test(t.text))) return false;
      if (t.kind === 'word' && !t.cap && !TIME_WORDS.has(t.lower) && !WEEKDAYS.has(t.lower) && !/^(on|with|to|at|in|last|this|late|early|the|a|an|of)$/.test(t.lower)) return false;
    }
    return true;
  }

  /** Whether [a, b) holds a finite verb: a form of "be", an auxiliary or modal, or a past tense. */
  private hasFiniteVerb(a: number, b: number): boolean {
    const T = this.T;
    // (A phrase content is short: past 40 words it holds a verb somewhere.)
    if (b - a > 40) return true;
    for (let k = a; k < b; k++) {
      const t = T[k];
      if (t.kind !== 'word' || t.q >= 0) continue;
      if (BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || this.pastVerb(k)) return true;
    }
    return false;
  }

  /** Whether [a, k) is "that" and a prepositional phrase with no verb yet ("that in the three largest ports"). */
  private frontedPhrase(a: number, k: number): boolean {
    const T = this.T;
    if (T[a].lower !== 'that' || a + 1 >= k || !PREPOSITIONS.has(T[a + 1].lower)) return false;
    for (let x = a + 2; x < k; x++) {
      const t = T[x];
      if (t.kind !== 'word' || t.q >= 0 || BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || VERB_FORMS.has(t.lower) || this.pastVerb(x)) return false;
    }
    return true;
  }

  /** The end of [a, b) before the first form of "be", auxiliary or modal that no relative pronoun introduces. */
  private beforeMainVerb(a: number, b: number): number {
    const T = this.T;
    for (let k = a + 1; k < b; k++) {
      const t = T[k];
      if (t.q >= 0 || t.kind !== 'word') continue;
      if ((BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) && !/^(who|which|that|it|he|she|they|we|i|you|there)$/.test(T[k - 1].lower)) return this.trimEnd(k);
    }
    return b;
  }

  /** The first token of a sentence after leading conjunctions and a dateline. */
  private sentenceStart(S: Sentence): number {
    let k = this.doc.paragraphs[S.para].first === this.doc.sentenceOf[S.a] ? this.afterDateline(S) : S.a;
    while (k < S.b && this.T[k].kind === 'word' && LEADING_CONJUNCTIONS.has(this.T[k].lower)) k++;
    return k;
  }

  /** Whether a comma outside quotations separates clauses in [a, b) (the phrase before it ends earlier). */
  private hasClauseComma(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.T[k].text === ',' && this.T[k].q < 0) return true;
    return false;
  }

  /**
   * Whether the quotation that closes at `close` opens its clause: nothing but leading conjunctions
   * between `from` and its opening mark, or a colon or a dash right before the mark.
   */
  private opensClause(close: Token, from: number): boolean {
    const T = this.T;
    if (close.q < 0) return false;
    const open = this.doc.quotes[close.q].open;
    let k = from;
    while (k < open && T[k].kind === 'word' && T[k].q < 0 && LEADING_CONJUNCTIONS.has(T[k].lower)) k++;
    return k >= open || T[open - 1].text === ':' || DASHES.has(T[open - 1].text);
  }

  /** Whether [a, b) holds something that can be content: a quotation or a word. */
  private hasMaterial(a: number, b: number): boolean {
    let words = 0;
    for (let k = a; k < b; k++) {
      const t = this.T[k];
      if (t.kind === 'open') return true;
      if (t.kind === 'word') words++;
      if (words >= 1) return true;
    }
    return false;
  }

  /** Whether [a, b) after a cue is only adverbial ("in a statement", "Friday", "on Twitter"). */
  private isAdverbialTail(a: number, b: number): boolean {
    let p = a;
    for (let n = 0; n < 4 && p < b; n++) {
      const q = this.skipMedium(this.skipTime(p, b), b);
      if (q === p) break;
      p = q;
    }
    if (p >= b || this.T[p].text === ',') return true;
    // A prepositional phrase to the end of the sentence: "at a rally in Ohio".
    const t = this.T[p];
    if (t.kind === 'word' && (t.lower === 'at' || t.lower === 'during' || t.lower === 'in' || t.lower === 'on' || t.lower === 'after' || t.lower === 'before' || t.lower === 'while' || t.lower === 'when' || t.lower === 'to' || t.lower === 'of' || t.lower === 'as')) {
      for (let k = p; k < b; k++) if (this.T[k].kind === 'open' || (this.T[k].kind === 'word' && this.T[k].lower === 'that')) return false;
      return true;
    }
    return false;
  }

  /** Whether [a, b) after "…, he said," continues the content rather than describing the saying. */
  /**
   * Whether the words [a, b) before an aside leave their clause unfinished: a short subject with no
   * verb yet ("The pier, according to …, is unsafe") or a clause ending in "be" ("The deal was, in
   * Holt’s view, a disaster").
   */
  private unfinishedClause(a: number, b: number): boolean {
    const T = this.T;
    if (b <= a) return false;
    const last = T[b - 1];
    if (last.kind === 'word' && last.q < 0 && (BE_FORMS.has(last.lower) || MODALS.has(last.lower))) return true;
    if (b - a > 6) return false;
    for (let k = a; k < b; k++) {
      const t = T[k];
      if (t.kind !== 'word' || t.q >= 0) return false;
      if (BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || VERB_FORMS.has(t.lower) || this.pastVerb(k) || SUBJECT_PRONOUNS.has(t.lower)) return false;
    }
    return true;
  }

  private isContinuation(a: number, b: number, afterSubjectCue = false, unfinished = false): boolean {
    const T = this.T;
    if (unfinished && T[a]?.kind === 'word' && T[a].q < 0 && !ADVERBIAL_SEGMENT_STARTS.has(T[a].lower) && T[a].lower !== 'and' && T[a].lower !== 'but' && T[a].lower !== 'who' && T[a].lower !== 'which' && !this.isCueVerb(a)) return true;
    const f = T[a];
    if (f.kind === 'open') return true;
    if (f.kind !== 'word') return false;
    if (f.lower === 'and' || f.lower === 'but') {
      // "…,” he said, and “…”": the quotation goes on right after the conjunction.
      for (let k = a + 1; k < Math.min(b, a + 4); k++) if (T[k].kind === 'open') return true;
      return false;
    }
    if (this.isCueVerb(a)) return false;
    if (ADVERBIAL_SEGMENT_STARTS.has(f.lower) || ADVERBIAL_SEGMENT_WORDS.has(f.lower) || APPOSITION_STARTS.has(f.lower) && f.lower !== 'the' && f.lower !== 'a' && f.lower !== 'an') return false;
    // "…, he said, replacing the pier would cost …": a gerund subject with its own finite verb goes on with the content.
    if (/ing$/.test(f.lower) && !(afterSubjectCue && this.gerundSubject(a, b))) return false;
    if (f.lower === 'who' || f.lower === 'which' || f.lower === 'whose' || /^\p{N}/u.test(f.text)) return false;
    let words = 0;
    for (let k = a; k < b; k++) {
      if (T[k].kind === 'open') return true;
      if (T[k].kind === 'word') words++;
    }
    // A clause needs a few words; after an inverted source "the top Democrat on the panel" is an
    // apposition, after "X, he said," it is the rest of the sentence.
    return words >= 4 && (afterSubjectCue || !(f.lower === 'the' || f.lower === 'a' || f.lower === 'an'));
  }

  private according(c: Cue, S: Sentence, territory: number, stop: number, end: number): Draft | undefined {
    const T = this.T;
    if (c.subject) return this.asPutIt(c, S, territory, stop);
    // The source: everything up to the next comma (a poll "released last week" included).
    let e = c.b;
    while (e < end && T[e].text !== ',' && T[e].q < 0 && e - c.b < 25) {
      if (T[e].text === '(') {
        while (e < end && T[e].text !== ')') e++;
      }
      e++;
    }
    if (e === c.b) return undefined;
    const source: Range2 = [c.b, this.trimEnd(e)];
    let k = territory;
    while (k < c.a && T[k].kind === 'word' && LEADING_CONJUNCTIONS.has(T[k].lower)) k++;
    const atStart = k === c.a;
    let content: Range2[] = [];
    if (atStart) {
      if (e < end && T[e].text === ',') content = [[e + 1, stop]];
    } else {
      const ce = T[c.a - 1].text === ',' || DASHES.has(T[c.a - 1].text) ? c.a - 1 : c.a;
      content = [[k, ce]];
      if (e < end && T[e].text === ',' && e + 1 < stop && this.isContinuation(e + 1, stop, false, this.unfinishedClause(k, ce))) content.push([e + 1, stop]);
    }
    content = content.filter(([a, b]) => b > a);
    if (!content.length) return undefined;
    return { content, cue: [c.a, c.b], source, para: S.para, sent: this.doc.sentenceOf[c.a] };
  }

  /** The first token after a dateline opening a paragraph ("PORT CALDER — ", "WASHINGTON (AP) — "). */
  afterDateline(S: Sentence): number {
    const T = this.T;
    let k = S.a;
    // (Up to 16 tokens: a section title in capitals before a dash reads the same way, "THE BOARD HAS QUESTIONED HIM — …".)
    while (k < S.b && k - S.a < 16 && ((T[k].kind === 'word' && !LOWER_LETTER.test(T[k].text) && UPPER_LETTER.test(T[k].text)) || T[k].text === ',' || T[k].text === '.')) k++;
    if (k === S.a) return S.a;
    // "GLENMORE, Ore. -": a state's abbreviation after the city.
    if (k + 1 < S.b && T[k - 1].text === ',' && T[k].kind === 'word' && T[k].cap && T[k].text.length <= 5 && T[k + 1].text === '.') k += 2;
    if (k < S.b && T[k].text === '(') {
      let m = k + 1;
      while (m < S.b && m - k < 6 && T[m].text !== ')') m++;
      if (m >= S.b || T[m].text !== ')') return S.a;
      k = m + 1;
    }
    if (k < S.b - 1 && (DASHES.has(T[k].text) || T[k].text === '-')) return k + 1;
    return S.a;
  }

  /** "As X put it, CONTENT." and "CONTENT, as X put it." */
  private asPutIt(c: Cue, S: Sentence, territory: number, stop: number): Draft | undefined {
    const T = this.T;
    const [sa, sb0] = c.subject!;
    // "As Holt recently put it": the adverb is not the speaker's.
    let sb = sb0;
    while (sb - 1 > sa && T[sb - 1].kind === 'word' && !T[sb - 1].cap && (CUE_ADVERBS.has(T[sb - 1].lower) || PRE_VERB_ADVERBS.has(T[sb - 1].lower) || TIME_WORDS.has(T[sb - 1].lower) || (/ly$/.test(T[sb - 1].lower) && !NOT_ADVERB_LY.has(T[sb - 1].lower)))) sb--;
    const as = sa - 1;
    let k = territory;
    while (k < as && T[k].kind === 'word' && LEADING_CONJUNCTIONS.has(T[k].lower)) k++;
    let content: Range2[];
    if (k === as) {
      // the content follows the comma that ends the "as" clause
      let m = c.b;
      while (m < stop && T[m].text !== ',' && T[m].q < 0) m++;
      if (m >= stop) return undefined;
      content = [[m + 1, stop]];
    } else {
      // "…, as the paper put it in a long feature, “the fixer.”": a quotation ending the sentence after the aside is what was put.
      let m = c.b;
      while (m < stop && T[m].text !== ',' && T[m].q < 0 && T[m].kind === 'word') m++;
      const q = m + 1 < stop && T[m].text === ',' && T[m + 1].kind === 'open' ? this.doc.quotes[T[m + 1].q] : undefined;
      if (q && q.close >= stop - 2 && this.contentEnd(S) <= q.close + 1 && T[as - 1].text === ',' && !(m === c.b && this.isContinuation(c.b + 1, stop, true))) {
        return { content: [[m + 1, q.close + 1]], cue: [c.a, c.b], source: [sa, sb], para: S.para, sent: this.doc.sentenceOf[c.a] };
      }
      content = [[k, T[as - 1].text === ',' ? as - 1 : as]];
      if (T[as - 1].kind === 'close') content = [[k, as]];
      // "The port, as one captain put it, “is dying.”": the clause goes on after the aside.
      if (T[as - 1].text === ',' && c.b < stop && T[c.b].text === ',' && c.b + 1 < stop && this.isContinuation(c.b + 1, stop, true, this.unfinishedClause(k, as - 1))) content.push([c.b + 1, stop]);
    }
    return { content, cue: [c.a, c.b], source: [sa, sb], para: S.para, sent: this.doc.sentenceOf[c.a] };
  }

  /**
   * Labels in quotation marks: "Reid has gone after Trump as a “con artist”" — when a quotation no
   * cue covers follows "as", the verb after the sentence's subject is the cue and its object with
   * the label is the content.
   */
  private labels(): void {
    const T = this.T;
    const covered = new Set<number>();
    for (const d of this.drafts) for (const [a, b] of d.content) for (let k = a; k < b; k++) if (T[k].kind === 'open') covered.add(k);
    for (const q of this.doc.quotes) {
      const open = q.open;
      if (covered.has(open) || !q.closed) continue;
      const si = this.doc.sentenceOf[open];
      const S = this.doc.sentences[si];
      let k = open - 1;
      if (k >= S.a && (T[k].lower === 'a' || T[k].lower === 'an' || T[k].lower === 'the')) k--;
      if (k < S.a || T[k].lower !== 'as' || T[k].q >= 0) continue;
      // The object before "as", the verb before the object, and the subject before the verb.
      const o = this.objectBefore(k - 1, S.a);
      if (o < 0) continue;
      let v = o - 1;
      if (v > S.a && (T[v].lower === 'after' || T[v].lower === 'on' || T[v].lower === 'at')) v--;
      const verb = T[v];
      if (!verb || v < S.a || verb.kind !== 'word' || verb.cap || verb.q >= 0 || CLAUSE_STOPS.has(verb.lower) || NP_PREPOSITIONS.has(verb.lower) || !(/(ed|ing|[^s]s)$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower) || verb.lower === 'gone') || VERB_FORMS.has(verb.lower)) continue;
      let cueStart = v;
      while (cueStart - 1 >= S.a && T[cueStart - 1].kind === 'word' && T[cueStart - 1].q < 0 && (AUXILIARIES.has(T[cueStart - 1].lower) || CUE_ADVERBS.has(T[cueStart - 1].lower) || /ly$/.test(T[cueStart - 1].lower))) cueStart--;
      const j = cueStart - 1;
      if (j < S.a) continue;
      let subj: Range2 | undefined;
      if (T[j].kind === 'word' && SUBJECT_PRONOUNS.has(T[j].lower)) subj = [j, j + 1];
      else if (T[j].text === ',') subj = this.appositionSubject(j, S.a);
      else {
        const np = this.npBackward(j, S.a);
        if (np >= 0) subj = [np, j + 1];
      }
      // A named or pronoun subject: "Reid (D-Nev.), in particular, has been pounding Trump as …"
      if (!subj || !T.slice(subj[0], subj[1]).some((t) => t.kind === 'word' && (t.cap || SUBJECT_PRONOUNS.has(t.lower)))) continue;
      const cueEnd = v + (T[v + 1]?.lower === 'after' || T[v + 1]?.lower === 'on' || T[v + 1]?.lower === 'at' ? 2 : 1);
      // "… as a “human leech” and a “spoiled brat”": labels joined by "and", "or" or a comma go together.
      let close = q.close;
      for (;;) {
        let m = close + 1;
        if (m >= S.b || !(T[m].lower === 'and' || T[m].lower === 'or' || T[m].text === ',') || T[m].q >= 0) break;
        m++;
        if (m < S.b && (T[m].lower === 'a' || T[m].lower === 'an' || T[m].lower === 'the')) m++;
        const next = m < S.b && T[m].kind === 'open' ? this.doc.quotes[T[m].q] : undefined;
        if (!next || !next.closed || next.close >= S.b) break;
        covered.add(m);
        close = next.close;
      }
      this.drafts.push({ content: [[cueEnd, close + 1]], cue: [cueStart, cueEnd], source: subj, para: S.para, sent: si, cls: 'speech' });
      covered.add(open);
    }
  }

  /**
   * Report nouns with a "that" clause: "Trump’s claim that …", "his warning that …", "the
   * ministry’s assurance that …" — the noun is the cue, the possessor the source, the clause the
   * content. Words already inside another suggestion are left to it.
   */
  private reportNouns(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    // Look for "that" first (rarer than words in general and cheaper to compare), then the noun before it.
    for (let m = 2; m + 1 < T.length; m++) {
      if (T[m].lower !== 'that' || T[m].q >= 0) continue;
      const k = m - 1;
      const t = T[k];
      if (t.kind !== 'word' || t.q >= 0 || !REPORT_NOUNS.has(t.lower)) continue;
      const si = sentenceOf[k];
      const S = sentences[si];
      if (k + 2 >= S.b || sentenceOf[k + 1] !== si) continue;
      // The possessor: "Trump’s", "the ministry’s", "his"; without one, no source is suggested.
      const p = T[k - 1];
      if (p.q >= 0 || p.kind !== 'word' || sentenceOf[k - 1] !== si) continue;
      let source: Range2 | undefined;
      if (POSSESSIVE_PRONOUNS.has(p.lower)) source = [k - 1, k];
      else if (POSSESSIVES.test(p.text) && !/^(it|that|there|what|who|he|she)['’]s$/.test(p.lower)) {
        const np = this.npBackward(k - 1, S.a);
        source = [np >= 0 ? np : k - 1, k];
      } else if (!(p.lower === 'the' || p.lower === 'a' || p.lower === 'an')) continue;
      // The clause after "that": the next word must open one (not "that report was …").
      const f = T[k + 2];
      if (f.kind !== 'word' && f.kind !== 'open') continue;
      if (!covered) {
        covered = this.draftCoverage();
      }
      if (covered[k + 1]) continue;
      let end = this.cutTail(k + 1, this.contentEnd(S));
      // "Asked about Varga’s claim that …, Gomez said, “…”": the clause ends before another report.
      for (let x = k + 2; x < end; x++) {
        if (covered[x]) {
          end = this.trimEnd(x);
          break;
        }
      }
      if (end <= k + 2) continue;
      this.drafts.push({ content: [[k + 1, end]], cue: [k, k + 1], source, para: S.para, sent: si, cls: 'speech' });
      covered.fill(1, k + 1, end);
    }
  }

  /** Reports made with a set phrase ("took issue with the timetable", "weighed in on the dispute"); see PHRASE_CUES. */
  private phraseReports(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    for (let i = 1; i + 2 < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0 || t.cap) continue;
      const phrases = PHRASES_BY_FIRST.get(t.lower);
      if (!phrases) continue;
      const si = sentenceOf[i];
      const S = sentences[si];
      let end = -1;
      for (const p of phrases) {
        let k = 1;
        while (k < p.length && i + k < S.b && T[i + k].kind === 'word' && T[i + k].q < 0 && p[k].includes(T[i + k].lower)) k++;
        if (k === p.length) {
          end = i + k;
          break;
        }
      }
      if (end < 0 || end + 1 >= S.b) continue;
      // "raised concerns that …": "that" opens the content; other last words belong to the cue.
      const from = T[end - 1].lower === 'that' ? end - 1 : end;
      const subj = this.subjectBeforeVerb(i, S.a);
      if (!subj) continue;
      covered ??= this.draftCoverage();
      if (covered[i] || covered[from] || covered[subj[0]] === 1) continue;
      let a = i;
      while (a - 1 > subj[1] - 1 && T[a - 1].kind === 'word' && (AUXILIARIES.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower))) a--;
      // "used the phrase “harbour first” in speeches": the quoted words are the content.
      const term = TERM_NOUNS.has(T[end - 1].lower);
      const q = term && T[from].kind === 'open' ? this.doc.quotes[T[from].q] : undefined;
      if (term && !(q && q.close > from)) continue;
      if (q) {
        this.addDraft({ content: [[from, q.close + 1]], cue: [a, from], source: subj, para: S.para, sent: si, cls: 'speech' }, covered);
        continue;
      }
      this.addReport(S, si, [a, from], subj, covered, 1);
    }
  }

  /**
   * A sentence that opens with a participle of saying or judging: "Lamenting the “broken promises,”
   * Holt said …", "Citing the costs, the board voted no". The participle is the cue, the words up to
   * the comma the content, and the subject of the main clause the source.
   */
  private frontedParticiples(): void {
    const T = this.T;
    const { sentences } = this.doc;
    let covered: Uint8Array | undefined;
    for (let si = 0; si < sentences.length; si++) {
      const S = sentences[si];
      const first = this.sentenceStart(S);
      const t = T[first];
      if (!t || first + 3 >= S.b || t.kind !== 'word' || t.q >= 0 || !t.cap) continue;
      const vf = VERB_FORMS.get(t.lower);
      if (!vf || vf.form !== 'ing' || (vf.cls !== 'speech' && vf.cls !== 'act')) continue;
      // "Speaking to reporters, …", "Writing in 1990, …": the occasion, not what was said.
      const n = T[first + 1];
      if (n.kind === 'word' && n.q < 0 && (PREPOSITIONS.has(n.lower) || NP_PREPOSITIONS.has(n.lower) || ADVERBIAL_SEGMENT_STARTS.has(n.lower) || CUE_ADVERBS.has(n.lower) || /ly$/.test(n.lower))) continue;
      // The content runs to the comma that ends the phrase (inside a closing quotation mark too).
      let end = -1;
      let next = -1;
      for (let k = first + 1; k < S.b && k - first < 40; k++) {
        if (T[k].kind === 'open' && T[k].q >= 0) {
          const close = this.doc.quotes[T[k].q].close;
          if (close < 0 || close >= S.b) break;
          k = close;
          if (this.doc.text[T[close].s - 1] === ',') {
            end = close + 1;
            next = close + 1;
            break;
          }
          continue;
        }
        if (T[k].text === ',' && T[k].q < 0) {
          end = k;
          next = k + 1;
          break;
        }
        if (T[k].text === ';' || T[k].text === ':' || DASHES.has(T[k].text)) break;
      }
      if (end <= first + 1 || next >= S.b) continue;
      // The main clause: a subject, then its verb.
      let v = next;
      while (v < S.b && v - next < 8 && T[v].kind === 'word' && T[v].q < 0 && !(v > next && (this.pastVerb(v) || VERB_FORMS.has(T[v].lower) || BE_FORMS.has(T[v].lower) || AUXILIARIES.has(T[v].lower) || MODALS.has(T[v].lower)))) v++;
      if (v >= S.b || v === next || T[v].kind !== 'word') continue;
      const subj = this.subjectBeforeVerb(v, next);
      if (!subj || subj[0] !== next) continue;
      covered ??= this.draftCoverage();
      let free = true;
      for (let k = first; k < end && free; k++) if (covered[k]) free = false;
      if (!free) continue;
      this.addDraft({ content: [[first + 1, this.trimEnd(end)]], cue: [first, first + 1], source: subj, para: S.para, sent: si, cls: vf.cls }, covered);
    }
  }

  /**
   * A report someone was led to make: "the storm prompted the mayor to warn that …", "the article led
   * harbour pilot Lena Marsh to fear …". The person between the causing verb and "to" is the source.
   */
  private causedReports(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    for (let i = 1; i + 4 < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0 || t.cap || !CAUSING_VERBS.has(t.lower)) continue;
      const si = sentenceOf[i];
      const S = sentences[si];
      // The person: a few words up to "to" ("harbour pilot Lena Marsh", "the mayor", "many captains").
      let e = i + 1;
      while (e < S.b && e - i <= 6 && T[e].kind === 'word' && T[e].q < 0 && T[e].lower !== 'to' && !VERB_FORMS.has(T[e].lower) && !CLAUSE_STOPS.has(T[e].lower)) e++;
      if (e <= i + 1 || e + 2 >= S.b || T[e].lower !== 'to' || sentenceOf[e + 1] !== si) continue;
      const head = T[e - 1];
      if (!(head.cap || SUBJECT_PRONOUNS.has(head.lower) || /^(him|her|them|me|us)$/.test(head.lower) || ANONYMOUS_HEADS.has(head.lower) || GROUP_WORDS.has(head.lower) || CORE_TITLES.has(head.lower) || /(ers|ists|ians|ents|ors|ives|ains|ors|men|ple|ials)$/.test(head.lower) || /(er|ist|ian|or|ent|man|woman)$/.test(head.lower))) continue;
      const v = T[e + 1];
      const vf = v.kind === 'word' && v.q < 0 ? VERB_FORMS.get(v.lower) : undefined;
      if (!vf || vf.form !== 'base' || vf.cls === 'weak') continue;
      covered ??= this.draftCoverage();
      if (covered[i + 1] || covered[e + 1] || covered[e + 2]) continue;
      this.addReport(S, si, [e + 1, e + 2], [i + 1, this.trimEnd(e)], covered, 1);
    }
  }

  /** Adds a draft and marks what it takes in `covered`: 1 for content, 2 for its cue and source. */
  private addDraft(d: Draft, covered: Uint8Array): void {
    this.drafts.push(d);
    for (const [a, b] of d.content) covered.fill(1, a, b);
    if (d.cue) covered.fill(2, d.cue[0], d.cue[1]);
    if (d.source) covered.fill(2, d.source[0], d.source[1]);
  }

  /**
   * Adds a report whose cue ends where its content starts and whose content runs to the sentence's
   * content end, cut at its tail and before the first covered token; marks the tokens it takes in
   * `covered`. Nothing is added when fewer than `minLength` tokens of content are left.
   */
  private addReport(S: Sentence, si: number, cue: Range2, source: Range2, covered: Uint8Array, minLength: number): void {
    const from = cue[1];
    let end = this.cutTail(from, this.contentEnd(S));
    end = this.endBeforeCovered(from, end, covered);
    if (end < from + minLength) return;
    this.addDraft({ content: [[from, end]], cue, source, para: S.para, sent: si, cls: 'speech' }, covered);
  }

  /**
   * A report made with "make" and a noun: "Holt made the case for a new pier", "the council made a
   * strong condemnation of the strike", "she made little secret of her doubts", "he made the argument
   * that …". The cue runs from the verb to the word that opens the content; the source is the subject.
   */
  private lightVerbReports(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    for (let i = 1; i + 3 < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0 || t.cap || !MAKE_FORMS.has(t.lower)) continue;
      const si = sentenceOf[i];
      const S = sentences[si];
      // A determiner or "little"/"no", then at most two modifiers, then the noun.
      let k = i + 1;
      if (k < S.b && T[k].kind === 'word' && (DETERMINERS.has(T[k].lower) || POSSESSIVE_PRONOUNS.has(T[k].lower) || T[k].lower === 'little' || T[k].lower === 'no')) k++;
      let n = k;
      while (n < S.b && n - k <= 2 && T[n].kind === 'word' && T[n].q < 0 && !T[n].cap && !LIGHT_REPORT_NOUNS.has(T[n].lower) && !CLAUSE_STOPS.has(T[n].lower) && !VERB_FORMS.has(T[n].lower)) n++;
      const opens = n < S.b && T[n].kind === 'word' && T[n].q < 0 ? LIGHT_REPORT_NOUNS.get(T[n].lower) : undefined;
      if (!opens || n + 2 >= S.b || sentenceOf[n + 1] !== si) continue;
      // "made fun of", "made light of" take no determiner; the others need one.
      if ((T[n].lower === 'fun' || T[n].lower === 'light') !== (n === i + 1)) continue;
      const w = T[n + 1];
      if (w.kind !== 'word' || w.q >= 0 || !opens.has(w.lower)) continue;
      // "to" opens an infinitive ("a promise to rebuild"), not a phrase ("an appeal to voters" stays).
      const from = w.lower === 'that' || w.lower === 'to' ? n + 1 : n + 2;
      const subj = this.subjectBeforeVerb(i, S.a);
      if (!subj) continue;
      covered ??= this.draftCoverage();
      if (covered[i] || covered[n] || covered[from] || covered[subj[0]]) continue;
      this.addReport(S, si, [i, from], subj, covered, 2);
    }
  }

  /**
   * Reports in the passive, with no source in the sentence: "Brandt was accused of taking bribes",
   * "the council is expected to approve the plan", "she has been criticized for the delay". The
   * subject and the words after the participle are the content; a report already found there wins.
   */
  private passiveReports(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    for (let i = 1; i + 1 < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0) continue;
      const prep = PASSIVE_REPORTS.get(t.lower);
      const next = T[i + 1];
      // "it was labeled “Half Right.”", "the pier was dubbed “the old lady”": a label in quotation marks.
      const label = LABEL_PARTICIPLES.has(t.lower) && next.kind === 'open' && next.q >= 0 && this.doc.quotes[next.q].close > i + 1;
      if (!label && (!prep || next.kind !== 'word' || next.q >= 0 || !prep.has(next.lower))) continue;
      const si = sentenceOf[i];
      const S = sentences[si];
      if (sentenceOf[i + 1] !== si || i + 2 >= S.b) continue;
      // The form of "be" before the participle, adverbs and negation between them.
      let k = i - 1;
      while (k >= S.a && T[k].kind === 'word' && T[k].q < 0 && (CUE_ADVERBS.has(T[k].lower) || T[k].lower === 'not' || (/ly$/.test(T[k].lower) && T[k].lower.length > 4 && !NOT_ADVERB_LY.has(T[k].lower)))) k--;
      if (k < S.a || T[k].kind !== 'word' || T[k].q >= 0 || !PASSIVE_BE.has(T[k].lower)) continue;
      let a = k;
      // ("is being criticized", "has been praised": the "be" of the progressive or perfect too.)
      while (a - 1 >= S.a && T[a - 1].kind === 'word' && T[a - 1].q < 0 && (AUXILIARIES.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower)) && (!PASSIVE_BE.has(T[a - 1].lower) || T[a].lower === 'being' || T[a].lower === 'been')) a--;
      // The subject: a pronoun, a noun phrase, or a name with an apposition ("Brandt, who …, was").
      const j = a - 1;
      if (j < S.a || T[j].q >= 0) continue;
      let subj: Range2 | undefined;
      if (T[j].kind === 'word' && SUBJECT_PRONOUNS.has(T[j].lower)) {
        if (T[j].lower === 'who' || T[j].lower === 'which' || (T[j].lower === 'it' && !label)) continue;
        subj = [j, j + 1];
      } else if (T[j].text === ',') subj = this.appositionSubject(j, S.a);
      else if (T[j].kind === 'word' && !CLAUSE_STOPS.has(T[j].lower)) {
        const np = this.npBackward(j, S.a);
        if (np >= 0) subj = [np, j + 1];
      }
      if (!subj) continue;
      if (!covered) {
        covered = this.draftCoverage();
      }
      if (covered[i] || covered[i + 1] || covered[subj[0]]) continue;
      const from = i + 1;
      if (label) {
        const close = this.doc.quotes[next.q].close;
        // "… by locals": the agent after the label is the source.
        let source: Range2 | undefined;
        if (T[close + 1]?.lower === 'by' && close + 2 < S.b) {
          let e = this.npForward(close + 2, S.b);
          if (e === close + 2) while (e < S.b && e - close <= 6 && T[e].kind === 'word' && T[e].q < 0 && !CLAUSE_STOPS.has(T[e].lower)) e++;
          if (e > close + 2) source = [close + 2, this.trimEnd(e)];
        }
        this.addDraft({ content: [subj, [from, close + 1]], cue: [a, i + 1], source, para: S.para, sent: si, cls: 'speech' }, covered);
        continue;
      }
      let end = this.cutTail(from, this.contentEnd(S));
      end = this.endBeforeCovered(from, end, covered);
      if (end <= from + 1) continue;
      this.drafts.push({ content: [subj, [from, end]], cue: [a, i + 1], para: S.para, sent: si, cls: 'speech' });
      covered.fill(1, subj[0], subj[1]);
      covered.fill(2, a, i + 1);
      covered.fill(1, from, end);
    }
  }

  /**
   * A passive with its agent: "the levy is supported by 42 percent of voters", "the ruling was
   * overturned by an appeals court", "the plan was criticized by the board". The subject is the
   * content, the participle (with its "be") the cue and the phrase after "by" the source.
   */
  private passiveAgents(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    for (let i = 2; i + 2 < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0 || t.cap || T[i + 1].lower !== 'by' || T[i + 1].q >= 0) continue;
      const vf = VERB_FORMS.get(t.lower);
      if (!(vf && (vf.form === 'en' || vf.form === 'ed') && vf.cls !== 'thought' && vf.lemma !== 'make') && !AGENT_PARTICIPLES.has(t.lower)) continue;
      const si = sentenceOf[i];
      const S = sentences[si];
      if (i + 2 >= S.b || sentenceOf[i + 2] !== si) continue;
      // "be" before the participle, over adverbs ("was later overturned").
      let k = i - 1;
      while (k >= S.a && T[k].kind === 'word' && T[k].q < 0 && !T[k].cap && (CUE_ADVERBS.has(T[k].lower) || (/ly$/.test(T[k].lower) && T[k].lower.length > 4 && !NOT_ADVERB_LY.has(T[k].lower)))) k--;
      if (k < S.a || T[k].kind !== 'word' || T[k].q >= 0 || !PASSIVE_BE.has(T[k].lower)) continue;
      let a = k;
      while (a - 1 >= S.a && T[a - 1].kind === 'word' && T[a - 1].q < 0 && (AUXILIARIES.has(T[a - 1].lower) || MODALS.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower)) && !PASSIVE_BE.has(T[a - 1].lower)) a--;
      const j = a - 1;
      if (j < S.a) continue;
      let subj: Range2 | undefined;
      if (T[j].kind === 'close' && T[j].q >= 0) {
        // "“Harbour Lights” was written by Lena Marsh": a quoted title as the subject.
        const open = this.doc.quotes[T[j].q].open;
        if (open >= S.a) subj = [open, j + 1];
      } else if (T[j].q >= 0 || T[j].kind !== 'word') continue;
      else if (SUBJECT_PRONOUNS.has(T[j].lower)) {
        if (T[j].lower === 'who' || T[j].lower === 'which') continue;
        subj = [j, j + 1];
      } else if (!CLAUSE_STOPS.has(T[j].lower)) {
        const np = this.npBackward(j, S.a);
        if (np >= 0) subj = [np, j + 1];
      }
      if (!subj) continue;
      let agentEnd = this.npForward(i + 2, S.b);
      if (agentEnd <= i + 2) continue;
      // "by the union on Monday": the date is not part of the agent.
      for (let x = i + 3; x + 1 < agentEnd; x++) {
        if (/^(on|in|at|during|last|this|earlier|late)$/.test(T[x].lower) && (WEEKDAYS.has(T[x + 1].lower) || MONTHS.has(T[x + 1].lower) || TIME_WORDS.has(T[x + 1].lower))) {
          agentEnd = this.trimEnd(x);
          break;
        }
      }
      covered ??= this.draftCoverage();
      let free = true;
      for (let x = subj[0]; x < agentEnd && free; x++) if (covered[x]) free = false;
      if (!free) continue;
      this.drafts.push({ content: [subj], cue: [a, i + 1], source: [i + 2, agentEnd], para: S.para, sent: si, cls: 'speech' });
      covered.fill(1, subj[0], subj[1]);
      covered.fill(2, a, agentEnd);
    }
  }

  /**
   * The content end, cut (and trimmed) at the first token from `from` that `covered` marks: any mark, or
   * only `mark` (2: another report's cue or source).
   */
  private endBeforeCovered(from: number, end: number, covered: Uint8Array, mark?: number): number {
    const T = this.T;
    for (let x = from; x < end; x++) {
      if (!(mark === undefined ? covered[x] : covered[x] === mark)) continue;
      // "…, and criticized …": the conjunction before another report's words is not content.
      let e = this.trimEnd(x);
      if (e - 1 > from && T[e - 1].kind === 'word' && T[e - 1].q < 0 && /^(and|but|or)$/.test(T[e - 1].lower)) e = this.trimEnd(e - 1);
      return e;
    }
    return end;
  }

  /**
   * What the reports found so far cover, per token: 1 for content, 2 for a cue or a source (another
   * report's cue and source are not a new report's content).
   */
  private draftCoverage(): Uint8Array {
    const covered = new Uint8Array(this.T.length);
    for (const d of this.drafts) {
      for (const [x, y] of d.content) covered.fill(1, x, y);
      if (d.cue) covered.fill(2, d.cue[0], d.cue[1]);
      if (d.source) covered.fill(2, d.source[0], d.source[1]);
    }
    return covered;
  }

  /**
   * A stance after "be": "Varga was sure the pier would hold", "the captains weren’t too concerned
   * about the tides", "Holm has been critical of the plan". The subject holds the stance; the clause or
   * the object of the preposition is the content.
   */
  private stanceReports(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    for (let i = 1; i + 2 < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0) continue;
      const preps = STANCE_ADJECTIVES.get(t.lower);
      if (!preps) continue;
      const si = sentenceOf[i];
      const S = sentences[si];
      const next = T[i + 1];
      if (sentenceOf[i + 2] !== si || next.kind !== 'word' || next.q >= 0) continue;
      // A preposition of the adjective, or a clause ("sure the pier would hold", "sure that …").
      const prep = preps.has(next.lower) && !(next.lower === 'to' && preps.has('inf'));
      // ("was determined to be unsafe" is a finding about the subject, not its resolve.)
      const inf = next.lower === 'to' && preps.has('inf') && T[i + 2].kind === 'word' && !T[i + 2].cap && !DETERMINERS.has(T[i + 2].lower) && T[i + 2].lower !== 'be';
      if (!prep && !inf && !(next.lower === 'that' || next.lower === 'whether' || (preps.has('clause') && (SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'the') && next.lower !== 'who' && next.lower !== 'which'))) continue;
      let k = i - 1;
      while (k >= S.a && T[k].kind === 'word' && T[k].q < 0 && (CUE_ADVERBS.has(T[k].lower) || /^(not|too|so|very|quite|more|less|most|increasingly|deeply|highly|fairly|pretty|all|that)$/.test(T[k].lower) || (/ly$/.test(T[k].lower) && T[k].lower.length > 4 && !NOT_ADVERB_LY.has(T[k].lower)))) k--;
      if (k < S.a || T[k].kind !== 'word' || T[k].q >= 0 || !PASSIVE_BE.has(T[k].lower)) continue;
      let a = k;
      while (a - 1 >= S.a && T[a - 1].kind === 'word' && T[a - 1].q < 0 && (AUXILIARIES.has(T[a - 1].lower) || CUE_ADVERBS.has(T[a - 1].lower)) && !PASSIVE_BE.has(T[a - 1].lower)) a--;
      // "he wouldn’t be worried about …": a stance under a modal is a supposition, not a report.
      let modal = false;
      for (let m = a; m < k; m++) if (MODALS.has(T[m].lower)) modal = true;
      const j = a - 1;
      if (modal || j < S.a || T[j].q >= 0 || T[j].kind !== 'word') continue;
      let source: Range2 | undefined;
      if (SUBJECT_PRONOUNS.has(T[j].lower)) {
        if (T[j].lower === 'it') continue;
        source = [j, j + 1];
      } else if (!CLAUSE_STOPS.has(T[j].lower)) {
        const np = this.npBackward(j, S.a);
        if (np >= 0) source = [np, j + 1];
      }
      if (!source) continue;
      if (!covered) {
        covered = this.draftCoverage();
      }
      if (covered[i] || covered[i + 1] === 2 || covered[source[0]] === 2) continue;
      const from = prep ? i + 2 : i + 1;
      let end = this.cutTail(from, this.contentEnd(S));
      end = this.endBeforeCovered(from, end, covered, 2);
      if (end <= from) continue;
      this.drafts.push({ content: [[from, end]], cue: [a, prep ? i + 2 : i + 1], source, para: S.para, sent: si, cls: 'thought' });
      covered.fill(2, a, from);
      covered.fill(1, from, end);
    }
  }

  /**
   * A meeting held to talk something over: "the council met on Friday to discuss the ferry
   * contract", "called an emergency session to discuss the flood". The subject of the meeting verb is
   * the source and the object of "discuss" the content.
   */
  private purposeReports(): void {
    const T = this.T;
    const { sentences, sentenceOf } = this.doc;
    let covered: Uint8Array | undefined;
    for (let i = 1; i + 1 < T.length; i++) {
      const t = T[i];
      if (t.kind !== 'word' || t.q >= 0 || !PURPOSE_VERBS.has(t.lower) || T[i - 1].lower !== 'to') continue;
      const si = sentenceOf[i];
      const S = sentences[si];
      if (i - 1 <= S.a || sentenceOf[i + 1] !== si) continue;
      // The meeting word: a verb ("met", "gathered") or a noun after a verb ("held a meeting").
      let v = -1;
      for (let k = i - 2; k >= S.a && k >= i - 14; k--) {
        const w = T[k];
        if (w.kind !== 'word' || w.q >= 0 || this.isCueVerb(k)) break;
        if (MEETING_VERBS.has(w.lower)) {
          v = k;
          break;
        }
        if (MEETING_NOUNS.has(w.lower)) {
          let m = k - 1;
          while (m >= S.a && T[m].kind === 'word' && T[m].q < 0 && !T[m].cap && (DETERMINERS.has(T[m].lower) || (!VERB_FORMS.has(T[m].lower) && !CLAUSE_STOPS.has(T[m].lower) && !AUXILIARIES.has(T[m].lower) && !this.pastVerb(m) && k - m < 4))) m--;
          if (m >= S.a && T[m].kind === 'word' && T[m].q < 0 && this.pastVerb(m)) v = m;
          break;
        }
      }
      if (v < 0) continue;
      const source = this.subjectBeforeVerb(v, S.a);
      if (!source || T[source[0]].lower === 'it') continue;
      if (!covered) {
        covered = this.draftCoverage();
      }
      if (covered[i] || covered[i + 1] === 2) continue;
      const from = i + 1;
      let end = this.cutTail(from, this.contentEnd(S));
      end = this.endBeforeCovered(from, end, covered);
      if (end <= from) continue;
      this.drafts.push({ content: [[from, end]], cue: [i - 1, i + 1], source, para: S.para, sent: si, cls: 'speech' });
      covered.fill(2, i - 1, i + 1);
      covered.fill(1, from, end);
    }
  }

  /** The start of a short object ending at j: a name, an object pronoun, or a determiner and up to three words. */
  private objectBefore(j: number, lo: number): number {
    const T = this.T;
    if (j < lo || T[j].kind !== 'word' || T[j].q >= 0) return -1;
    if (/^(him|her|them|it|us|me|himself|herself|themselves)$/.test(T[j].lower)) return j;
    let k = j;
    if (T[j].cap) {
      while (k - 1 >= lo && (T[k - 1].cap || this.isAbbrevPeriod(k - 1)) && T[k - 1].q < 0) k--;
      return k;
    }
    while (k >= lo && j - k < 4 && T[k].kind === 'word' && !CLAUSE_STOPS.has(T[k].lower)) {
      if (DETERMINERS.has(T[k].lower) || POSSESSIVES.test(T[k].text)) return k;
      // "32% of Labour claims", "most of the bills": a quantity before "of".
      if (T[k].lower === 'of' && k < j) {
        let m = k - 1;
        if (m >= lo && (T[m].text === '%' || T[m].lower === 'percent')) m--;
        if (m >= lo && T[m].kind === 'word' && T[m].q < 0 && (/^\p{N}/u.test(T[m].text) || /^(most|some|many|all|half|much|few)$/.test(T[m].lower))) return m;
        return -1;
      }
      k--;
    }
    return -1;
  }

  /**
   * A headline in title case with a quotation after a reporting verb: "Mayor Slams Ferry Plan As
   * ‘A Costly Mistake’" — the words before the verb are the source, the rest up to the quotation's
   * end the content.
   */
  private headlineQuote(): void {
    const T = this.T;
    const para = this.doc.paragraphs[0];
    if (!para || para.b - para.a > 40 || this.drafts.some((d) => d.para === 0)) return;
    let words = 0;
    let caps = 0;
    for (let k = para.a; k < para.b; k++) {
      if (T[k].kind !== 'word' || !/\p{L}/u.test(T[k].text)) continue;
      words++;
      if (T[k].cap) caps++;
    }
    if (words < 3 || caps < 0.7 * words) return;
    let open = para.a;
    while (open < para.b && T[open].kind !== 'open') open++;
    if (open >= para.b) return;
    const q = this.doc.quotes[T[open].q];
    if (!q.closed) return;
    for (let v = open - 1; v > para.a; v--) {
      const t = T[v];
      if (t.kind !== 'word' || t.q >= 0) return;
      const vf = VERB_FORMS.get(t.lower);
      if (!vf || vf.cls === 'thought' || vf.form === 'ing' || !t.cap) continue;
      // The source: capitalised words from the headline's start.
      for (let k = para.a; k < v; k++) if (T[k].kind !== 'word' && !this.isAbbrevPeriod(k)) return;
      this.drafts.push({ content: [[v + 1, q.close + 1]], cue: [v, v + 1], source: [para.a, v], para: 0, sent: this.doc.sentenceOf[v], cls: 'speech' });
      return;
    }
  }

  /** Whether paragraph p opens with "Editor's note" (any case, straight or curly apostrophe). */
  private editorsNote(p: number): boolean {
    const T = this.T;
    const a = this.doc.paragraphs[p]?.a ?? -1;
    if (a < 0 || a + 3 >= T.length) return false;
    let k = a;
    if (T[k].lower === 'editor' && (T[k + 1].text === '’' || T[k + 1].text === "'") && T[k + 2].lower === 's') k += 3;
    else if (EDITORS.test(T[k].lower)) k++;
    else return false;
    return T[k]?.lower === 'note';
  }

  /** A transcript line: "WALLACE: …" or "MIKE PENCE: …". */
  private transcriptLabel(p: number): Draft | undefined {
    const T = this.T;
    const para = this.doc.paragraphs[p];
    let first = para.a;
    if (T[first] && (T[first].kind === 'open' || DOUBLE_OPENING_MARK.test(T[first].text))) first++;
    let k = first;
    while (k < para.b && k - first < 4 && T[k].kind === 'word' && LABEL_WORD.test(T[k].text) && TWO_CAPITALS.test(T[k].text)) k++;
    if (k === first && p === 0) {
      // A headline: "Pence: Flowers Won’t Be at Debate". A reporting verb in lower case makes it a
      // sentence instead ("Holt said: “…”"), which the cue finder reads.
      // Before a quotation the label may be a whole headline clause ("Varga Grills Port Chief: ‘…’").
      let colon = first;
      while (colon < para.b && colon - first < 9 && T[colon].kind === 'word' && T[colon].q < 0) colon++;
      const limit = T[colon]?.text === ':' && T[colon + 1]?.kind === 'open' ? 9 : 3;
      while (k < para.b && k - first < limit && T[k].kind === 'word' && (T[k].cap || k > first) && T[k].q < 0) {
        if (!T[k].cap && VERB_FORMS.has(T[k].lower)) return undefined;
        k++;
      }
    }
    if (k === first || k >= para.b - 1 || T[k].text !== ':') return undefined;
    // A series or section title or a notice before the colon ("The Latest:", "Fact check:", "CORRECTION:") is nobody's voice.
    if (SECTION_TITLES.has(T[k - 1].lower)) return undefined;
    const lastS = this.doc.sentences[para.last - 1];
    const end = this.contentEnd(lastS);
    if (end <= k + 1) return undefined;
    let source: Range2 = [first, k];
    if (k - first > 3) {
      // The speaker of a long headline label is its first words, when the article names them again.
      const text = this.doc.text;
      let n = 3;
      // (A name: capitalised words that are not "A", "The" or other function words.)
      const named = (m: number) => {
        for (let x = first; x < first + m; x++) if (!T[x].cap || DETERMINERS.has(T[x].lower) || CLAUSE_STOPS.has(T[x].lower) || PREPOSITIONS.has(T[x].lower)) return false;
        return true;
      };
      while (n > 0 && (!named(n) || text.indexOf(text.slice(T[first].s, T[first + n - 1].e), T[para.b - 1].e) < 0)) n--;
      if (n === 0) return undefined;
      source = [first, first + n];
    }
    return { content: [[k + 1, end]], cue: [k, k + 1], source, para: p, sent: para.first };
  }

  /** `“…” ― Name`: a quotation credited with a dash. */
  private dashCredit(si: number): void {
    const T = this.T;
    const S = this.doc.sentences[si];
    for (let k = S.a + 1; k < S.b - 1; k++) {
      if (!DASHES.has(T[k].text) || T[k].q >= 0) continue;
      const prev = T[k - 1];
      if (prev.kind !== 'close') continue;
      const n = T[k + 1];
      if (n.kind !== 'word' || !n.cap) continue;
      let e = k + 1;
      while (e < S.b && (T[e].cap || this.isAbbrevPeriod(e) || T[e].text === '-') && T[e].q < 0) e++;
      const open = this.doc.quotes[prev.q].open;
      // Drafts are made sentence by sentence: only the last ones can be this sentence's.
      for (let n = this.drafts.length - 1; n >= 0 && this.drafts[n].sent >= si; n--) {
        const d = this.drafts[n];
        if (d.sent === si && d.content.some(([a, b]) => a <= open && open < b)) return;
      }
      this.drafts.push({ content: [[Math.max(S.a, open), k]], cue: [k, k + 1], source: [k + 1, e], para: S.para, sent: si });
      return;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Across sentences

  /** Quotation sentences without a cue continue the last attribution of their paragraph. */
  private continueQuotations(): void {
    const T = this.T;
    const { sentences, paragraphs, quotes } = this.doc;
    const covered = new Uint8Array(sentences.length);
    for (const d of this.drafts) {
      covered[d.sent] = 1;
      for (const [a, b] of d.content) for (let s = this.doc.sentenceOf[a]; s <= this.doc.sentenceOf[Math.max(a, b - 1)]; s++) covered[s] = 1;
    }
    // Drafts by paragraph, in order.
    const byPara = new Map<number, Draft[]>();
    for (const d of this.drafts) {
      const l = byPara.get(d.para);
      if (l) l.push(d);
      else byPara.set(d.para, [d]);
    }
    let lastDraft: Draft | undefined;
    let lastDraftPara = -1;
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p];
      const inPara = byPara.get(p) ?? [];
      const allQuote = para.a < para.b && T[para.a].kind === 'open';
      for (let s = para.first; s < para.last; s++) {
        if (covered[s]) continue;
        const S = sentences[s];
        const f = T[S.a];
        if (f.kind !== 'open') continue;
        const e = this.contentEnd(S);
        if (e <= S.a) continue;
        // "“Skin” was written in 1999.": a quotation followed by its own verb is the subject of the sentence
        // (a title or a term the sentence talks about), not more of what someone said.
        if (this.quotationSubject(quotes[f.q], e)) continue;
        const before = inPara.filter((d) => d.sent < s);
        // A quotation continues the last quotation of the paragraph, over indirect speech in between.
        const target = [...before].reverse().find((d) => d.content.some(([a, b]) => this.containsQuote(a, b))) ?? before[before.length - 1];
        if (target) {
          target.content.push([S.a, e]);
          covered[s] = 1;
          continue;
        }
        const after = inPara.find((d) => d.sent > s && T[d.content[0][0]].kind === 'open');
        if (after) {
          after.content.unshift([S.a, e]);
          covered[s] = 1;
          continue;
        }
        // A paragraph that continues a quotation, or is made of quotations, continues the previous speaker.
        const region = quotes[f.q];
        const continues = region && region.part > 0;
        if (lastDraft && (continues || (allQuote && lastDraftPara === p - 1 && T[lastDraft.content[0][0]].kind === 'open'))) {
          lastDraft.content.push([S.a, e]);
          covered[s] = 1;
        } else if (lastDraft && allQuote && lastDraftPara >= p - 3) {
          const d: Draft = { content: [[S.a, e]], para: p, sent: s, sameSourceAs: lastDraft, floating: true };
          this.drafts.push(d);
          inPara.push(d);
          covered[s] = 1;
        }
      }
      if (inPara.length) {
        // The speaker a later quotation continues: the last report of the paragraph, not a thought or act inside it.
        lastDraft = [...inPara].reverse().find((d) => d.cls !== 'thought' && d.cls !== 'act') ?? inPara[inPara.length - 1];
        lastDraftPara = p;
      }
    }
  }

  /** Whether a quotation region closes before e and a verb follows its closing mark ("“Skin” was written …", "“Jaws” has grossed …"). */
  private quotationSubject(region: QuoteRegion | undefined, e: number): boolean {
    if (!region || region.close < 0 || region.close + 1 >= e) return false;
    const n = this.T[region.close + 1];
    return n.kind === 'word' && n.q < 0 && !n.cap && (AUXILIARIES.has(n.lower) || BE_FORMS.has(n.lower));
  }

  private finish(): Draft[] {
    const T = this.T;
    // A source ends on a word of its own ("The challenge of" → "The challenge"); one that opens with a
    // participle ("seizing on the …") is a misreading, and the report keeps no source.
    for (const d of this.drafts) {
      if (!d.source) continue;
      const [a, b0] = d.source;
      let b = b0;
      while (b - 1 > a && T[b - 1].kind === 'word' && T[b - 1].q < 0 && !T[b - 1].cap && (NP_PREPOSITIONS.has(T[b - 1].lower) || /^(and|or|but|the|a|an)$/.test(T[b - 1].lower))) b = this.trimEnd(b - 1);
      const f = T[a];
      // (A participle takes an object or a preposition: "seizing on the …"; "salvage experts" is a noun phrase.)
      const g = T[a + 1];
      if (f.kind === 'word' && !f.cap && f.q < 0 && b - a > 1 && /ing$/.test(f.lower) && f.lower.length > 5 && !ING_NOUNS.has(f.lower) && g.kind === 'word' && (NP_PREPOSITIONS.has(g.lower) || PREPOSITIONS.has(g.lower) || DETERMINERS.has(g.lower) || POSSESSIVE_PRONOUNS.has(g.lower))) delete d.source;
      else if (b !== b0 && b > a) d.source = [a, b];
    }
    // A thought or act inside another report ("said he thought that …", "said the ministry would
    // publish …") is part of that report.
    const minor = (d: Draft) => d.cls !== undefined && MINOR_CLASSES.has(d.cls);
    // Per sentence, the content segments of its other reports by start, each with the furthest end
    // of the segments starting no later (a run-on sentence can hold thousands of reports).
    const outerBySentence = new Map<number, { starts: number[]; reach: number[] }>();
    {
      // (Only sentences that have a thought or act to place need the index.)
      const wanted = new Set<number>();
      for (const d of this.drafts) if (minor(d)) wanted.add(d.sent);
      const segments = new Map<number, Range2[]>();
      for (const d of this.drafts) {
        if (minor(d) || !wanted.has(d.sent)) continue;
        const list = segments.get(d.sent);
        if (list) list.push(...d.content);
        else segments.set(d.sent, [...d.content]);
      }
      for (const [sent, list] of segments) {
        list.sort((x, y) => x[0] - y[0]);
        const reach: number[] = [];
        for (const [, b] of list) reach.push(Math.max(b, reach.length ? reach[reach.length - 1] : -Infinity));
        outerBySentence.set(sent, { starts: list.map(([a]) => a), reach });
      }
    }
    // (A comma that ends the inner content, "plans to visit on Sunday, according to …", does not count.)
    const end = (y: number) => (y > 0 && T[y - 1].text === ',' ? y - 1 : y);
    // Whether one segment of another report of the sentence holds all of d's content.
    const inside = (d: Draft) => {
      const outer = outerBySentence.get(d.sent);
      if (!outer) return false;
      let from = Infinity;
      let to = -Infinity;
      for (const [x, y] of d.content) {
        from = Math.min(from, x);
        to = Math.max(to, end(y));
      }
      // The segments starting at or before `from`; whether the furthest of them reaches `to`.
      let lo = 0;
      let hi = outer.starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (outer.starts[mid] <= from) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && outer.reach[lo - 1] >= to;
    };
    this.drafts = this.drafts.filter((d) => !minor(d) || !inside(d));
    // An editor's note ("Editor’s note: …") is the publication speaking about the story, not reporting.
    this.drafts = this.drafts.filter((d) => !this.editorsNote(d.para));
    const seen = new Set<string>();
    const out: Draft[] = [];
    for (const d of this.drafts) {
      d.content = tidySegments(T, d.content);
      if (!d.content.length) continue;
      // "rejected that": a lone pronoun is not content worth suggesting.
      if (d.content.length === 1 && d.content[0][1] - d.content[0][0] === 1 && /^(that|this|it|them|those|these|so|what|which)$/.test(T[d.content[0][0]].lower)) continue;
      if (this.options.indirect === false && !d.content.some(([a, b]) => this.containsQuote(a, b))) continue;
      const key = segmentsKey(d.content);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
    // Overlapping readings: the one that starts first wins (the longer on a tie), unless the later one
    // nests properly inside it ("X said Y claimed …": the inner report's content, cue and source all
    // lie inside one content segment of the outer one). Partial overlaps give way, and so does a
    // report whose cue or source lies in another's content without the report nesting there
    // ("Officials said the mayor warned – in a letter – …" read as two reports side by side). A source
    // may hold a report of its own ("X, who said …, told …").
    const holds = (o: Draft, [a, b]: Range2) => [o.cue, sourceOf(o)].some((r) => r !== undefined && r[0] <= a && b <= r[1]);
    out.sort((x, y) => x.content[0][0] - y.content[0][0] || y.content[y.content.length - 1][1] - x.content[x.content.length - 1][1]);
    // For each token, 1 + the index in `kept` of the innermost suggestion whose content covers it,
    // and of a suggestion whose cue or source covers it.
    const owner = new Int32Array(T.length);
    const anchor = new Int32Array(T.length);
    const kept: Draft[] = [];
    const nested = this.options.nested === true;
    for (const d of out) {
      let fits = true;
      let checked = 0;
      const content = d.content;
      for (let i = 0; i < content.length && fits; i++) {
        const segment = content[i];
        const b = segment[1];
        for (let k = segment[0]; k < b && fits; k++) {
          if (anchor[k] && !holds(kept[anchor[k] - 1], segment)) fits = false;
          const o = owner[k];
          if (!o || o === checked) continue;
          if (!nested || !nestsIn(d, kept[o - 1])) fits = false;
          checked = o;
        }
      }
      const source = sourceOf(d);
      // A report that holds its own speaker is a misreading ("According to S, never …": S is not what S said).
      if (source && content.some(([a, b]) => a < source[1] && source[0] < b)) continue;
      for (let n = 0; n < 2 && fits; n++) {
        const r = n === 0 ? d.cue : source;
        for (let k = r?.[0] ?? 0; fits && r && k < r[1]; k++) if (owner[k] && !(nested && nestsIn(d, kept[owner[k] - 1])) && !kept[owner[k] - 1].content.some(([a, b]) => a <= k && k < b && r[0] <= a && b <= r[1])) fits = false;
      }
      if (!fits) continue;
      kept.push(d);
      for (let i = 0; i < content.length; i++) owner.fill(kept.length, content[i][0], content[i][1]);
      if (d.cue) anchor.fill(kept.length, d.cue[0], d.cue[1]);
      if (source) anchor.fill(kept.length, source[0], source[1]);
    }
    return kept;
  }

  private containsQuote(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.T[k].kind === 'open' || this.T[k].kind === 'close') return true;
    return false;
  }
}

/**
 * The content segments of one sentence's drafts, for finding the draft pushed last with a segment
 * holding a range of the sentence in logarithmic time (a run-on sentence can hold thousands of
 * drafts): a Fenwick tree over the segments' starts, each node keeping its segments in push order
 * without those a later one reaches as far as, so that their ends fall as their numbers rise.
 */
class SegmentHolders {
  private readonly nodes: ({ x: number[]; end: number[] } | undefined)[];

  /** For segments of the sentence of tokens [a, b) (starts outside it are clamped: queries lie inside). */
  constructor(
    private readonly a: number,
    private readonly b: number,
  ) {
    // (Filled, not preallocated: a long array made by `new Array(n)` is a slow dictionary.)
    this.nodes = Array.from({ length: b - a + 2 }, () => undefined);
  }

  /** Adds the segments of draft number x (numbers rise from call to call). */
  add(x: number, content: readonly Range2[]): void {
    const size = this.b - this.a + 1;
    for (const [from, to] of content) {
      for (let i = this.slot(from); i <= size; i += i & -i) {
        const node = this.nodes[i];
        if (!node) {
          this.nodes[i] = { x: [x], end: [to] };
          continue;
        }
        while (node.end.length && node.end[node.end.length - 1] <= to) {
          node.end.pop();
          node.x.pop();
        }
        node.x.push(x);
        node.end.push(to);
      }
    }
  }

  /** The highest number of a draft with a segment [s, e) where s ≤ from and to ≤ e, or -1. */
  last(from: number, to: number): number {
    let best = -1;
    for (let i = this.slot(from); i > 0; i -= i & -i) {
      const node = this.nodes[i];
      if (!node || node.end[0] < to) continue;
      // The last entry reaching `to`.
      let lo = 0;
      let hi = node.end.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (node.end[mid] >= to) lo = mid + 1;
        else hi = mid;
      }
      best = Math.max(best, node.x[lo - 1]);
    }
    return best;
  }

  private slot(pos: number): number {
    return Math.min(Math.max(pos, this.a), this.b) - this.a + 1;
  }
}

/** Punctuation trimmed off the start of a content segment, and off its end. */
const LEADING_TRIM = new Set([',', ';', ':', '—', '–', '-']);
const TRAILING_TRIM = new Set([',', ';', ':', '—', '–', '(', '-']);

/**
 * Content segments as suggested: non-empty, in order of their start, without punctuation at their
 * ends, overlapping ones merged. The segments given are left as they are (drafts may share them).
 */
function tidySegments(T: readonly Token[], content: readonly Range2[]): Range2[] {
  const sorted = content.length > 1 ? content.slice().sort((x, y) => x[0] - y[0]) : content;
  const merged: Range2[] = [];
  for (let [a, b] of sorted) {
    if (b <= a) continue;
    while (a < b && T[a].kind === 'punct' && LEADING_TRIM.has(T[a].text)) a++;
    // "…, as did the port board itself, that …": the comparison before the content is the writer's.
    if (a + 2 < b && T[a].lower === 'as' && /^(did|does|do|has|have|had)$/.test(T[a + 1].lower)) {
      let c = a + 2;
      while (c < b && c - a <= 10 && T[c].text !== ',' && T[c].q < 0) c++;
      if (c < b - 1 && T[c].text === ',') a = c + 1;
    }
    while (b > a && T[b - 1].kind === 'punct' && TRAILING_TRIM.has(T[b - 1].text)) b--;
    if (b <= a) continue;
    const last = merged[merged.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** A key telling content segments apart: "3-9,12-20". */
function segmentsKey(content: readonly Range2[]): string {
  let key = '';
  for (let i = 0; i < content.length; i++) key += `${i > 0 ? ',' : ''}${content[i][0]}-${content[i][1]}`;
  return key;
}

/**
 * Whether a draft lies properly inside another: each of its content segments, its cue and its source
 * inside one content segment of `outer`, and not all of its content equal to that segment.
 */
function nestsIn(inner: Draft, outer: Draft): boolean {
  const within = ([a, b]: Range2, strict: boolean) => outer.content.some(([x, y]) => x <= a && b <= y && !(strict && x === a && y === b));
  const source = sourceOf(inner);
  return inner.content.every((r) => within(r, true)) && (!inner.cue || within(inner.cue, false)) && (!source || within(source, false));
}

/** A draft's source mention: its own, or the one it will share with the draft it continues (see suggestAttributions). */
function sourceOf(d: Draft): Range2 | undefined {
  for (let n = 0; n < 8 && !d.source && d.sameSourceAs && !d.floating; n++) d = d.sameSourceAs;
  return d.floating ? undefined : d.source;
}

/** Tokens of a range, for mention analysis. */
export function mentionWords(doc: Doc, a: number, b: number) {
  const T = doc.tokens;
  const out: { text: string; lower: string; cap: boolean; spaced: boolean }[] = [];
  for (let k = a; k < b; k++) {
    const t = T[k];
    out.push({ text: t.text, lower: t.lower, cap: t.cap, spaced: k === a || T[k - 1].e !== t.s });
  }
  return out;
}

