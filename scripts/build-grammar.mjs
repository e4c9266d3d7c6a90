#!/usr/bin/env node
/**
 * Builds syntaxes/news.tmLanguage.json, the TextMate grammar of the `news` language (scope `text.news`).
 *
 * The grammar's word lists (reporting verbs, stop words, titles, name particles) are kept readable here and
 * compiled into tries, and its regexes are shaped for vscode-textmate's scanner: every pattern starts with the
 * character it consumes first (a mark, a capital, a space), so on a long line the regex engine jumps between
 * candidate characters instead of trying each position, and related patterns share one regex so that a line is
 * searched once per group. See README.md ("The news grammar") for the scopes and the paragraph rules.
 *
 *   node scripts/build-grammar.mjs          write the grammar
 *   node scripts/build-grammar.mjs --check  exit 1 when the committed grammar differs from this script's output
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes', 'news.tmLanguage.json');

/**
 * A regex alternation of words shaped as a trie, so the engine rejects a non-matching position after a character
 * or two. Words are literal except for placeholder characters listed in `slots` (e.g. ␣ for "one or more spaces").
 */
function trie(list, slots = {}) {
  const root = new Map();
  for (const w of new Set(list)) {
    let node = root;
    for (const ch of w) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set('', null);
  }
  const esc = (c) => (c in slots ? slots[c] : c.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&'));
  const emit = (node) => {
    const end = node.has('');
    const branches = [...node.keys()].filter((k) => k !== '').sort().map((k) => esc(k) + emit(node.get(k)));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!end) return body;
    return branches.length === 1 && [...branches[0]].length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
  };
  return emit(root);
}
/** The first characters of a list of words, as a character class. */
const firstChars = (list) => `[${[...new Set(list.map((w) => [...w][0]))].sort().join('').replace(/[\]\\^\-]/g, '\\$&')}]`;
const words = (...lists) => lists.join('|').split('|').filter(Boolean);
const NOTLET_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const SP = '[ \\t\\u00A0]';

// ---------- quotations ----------
// Context checks come after the first consumed character, as lookbehinds.

// elisions that start with an apostrophe and are not quotations: ’90s, ’n’, ’em, ’tis …
const ELISION = `(?!(?:\\d\\ds?|n|em|tis|twas|cause|cos|til|till|bout|round|nuff|s|d|ll|re|ve|m|t)${NOTLET_AFTER})`;
// ‘ or ' opens a single quotation at the start of a paragraph or after a space, bracket, dash or double mark,
// before a letter or digit (not an elision)
const SINGLE_BEGIN = `(‘|'(?!'))(?<![^\\s(\\[{/:;\\u2014\\u2013\\-…“„«»"][‘'])(?=[\\p{L}\\p{N}…]|\\.\\.\\.)${ELISION}`;
// A single quotation closes on ’ or ' after a non-space when no letter follows (so don’t, O’Brien stay inside).
const SINGLE_CLOSE = `(’|')(?<=\\S[’'])${NOTLET_AFTER}`;

// Paragraph continuation. A double quotation that its paragraph does not close stays open into the next
// paragraph only when that paragraph (after blank lines, if any) opens with a double mark. The quotation rules
// sit inside a `quotation-paragraphs` rule whose `while` condition is checked at the start of every following
// line: when a line does not open with a double mark, the rule and any quotation still open inside it end before
// that line's first character. The resuming mark is matched with \G, which vscode-textmate anchors where the
// `while` match ended.
const DOUBLE_OPENERS = `(?:“|„|«|»|"|'')`;

// vscode-textmate passes each line with its \n; a lookahead for it is cheaper to search for than $
const LINE_END = '(?=\\n)';

const beginCaps = { 1: { name: 'punctuation.definition.string.begin.news' } };
const endCaps = { 1: { name: 'punctuation.definition.string.end.news' } };

function singleInside(beforeOuterClose) {
  return {
    name: 'string.quoted.single.news',
    begin: SINGLE_BEGIN,
    beginCaptures: beginCaps,
    end: `${SINGLE_CLOSE}|(?=${beforeOuterClose})|${LINE_END}`,
    endCaptures: endCaps,
  };
}

const doubles = [
  // key, begin, end (closing marks), lookahead that ends a nested single quotation, marks a one-line quotation
  // cannot contain (its closers and those that open a nested single quotation)
  ['double-curly', '(“)', '(”|"|“(?![\\p{L}\\p{N}]))', '”|"|“(?![\\p{L}\\p{N}])', '”"“'],
  ['double-low', '(„)', '(“|”)', '“|”', '“”'],
  ['double-guillemet', '(«)', '(»)', '»', '»'],
  ['double-guillemet-reversed', `(»)(?<![^\\s(\\[{\\u2014\\u2013:;]»)(?=[\\p{L}\\p{N}])`, '(«)', '«', '«'],
  ['double-straight-doubled', "('')", "('')", "''", ''],
  // a straight mark right after a word and before a space or punctuation is a stray closing mark, not an opening one
  ['double-straight', `(")(?:(?<![\\p{L}\\p{N}.,;:!?’']")|(?=[\\p{L}\\p{N}]))`, '("|”)', '"|”', '"”'],
];

const repository = {};
for (const [key, begin, close, innerClose, excluded] of doubles) {
  repository[`${key}-single`] = singleInside(innerClose);
  // A quotation closed on its own line with no nested single quotation is matched whole, without pushing a rule:
  // the same tokens, for a fraction of the engine's work on lines full of short quotations.
  repository[`${key}-line`] = {
    name: 'string.quoted.double.news',
    match: `${begin}((?:[^\\n‘'${excluded}]|(?<=[\\p{L}\\p{N}])'(?=[\\p{L}\\p{N}]))*+)${close}`,
    captures: { 1: beginCaps[1], 3: endCaps[1] },
  };
  repository[key] = {
    name: 'string.quoted.double.news',
    begin,
    beginCaptures: beginCaps,
    end: close,
    endCaptures: endCaps,
    // the resuming mark at the start of a continued paragraph wins over a closing mark at the same place
    applyEndPatternLast: 1,
    patterns: [{ include: '#continuation-mark' }, { include: `#${key}-single` }],
  };
}
repository['continuation-mark'] = {
  comment: 'The opening mark that resumes a quotation carried over from the previous paragraph.',
  match: `\\G(?<!“|„|«|»|"|')(${DOUBLE_OPENERS})`,
  captures: beginCaps,
};
repository['single-top'] = {
  comment: 'A single-quoted quotation outside double quotes (headlines, scare quotes); it ends with its paragraph.',
  name: 'string.quoted.single.news',
  begin: SINGLE_BEGIN,
  beginCaptures: beginCaps,
  end: `${SINGLE_CLOSE}|${LINE_END}`,
  endCaptures: endCaps,
};
repository['single-top-line'] = {
  comment: 'The same, closed on its line, matched whole: the closing mark is the first ’ or \' that no letter follows.',
  name: 'string.quoted.single.news',
  match: `${SINGLE_BEGIN}((?:[^\\n’']|[’'](?=[\\p{L}\\p{N}]))*+)${SINGLE_CLOSE}`,
  captures: { 1: beginCaps[1], 3: endCaps[1] },
};
repository.quotations = {
  patterns: [
    ...doubles.flatMap(([k]) => [{ include: `#${k}-line` }, { include: `#${k}` }]),
    { include: '#single-top-line' },
    { include: '#single-top' },
  ],
};
repository['quotation-paragraphs'] = {
  comment: 'Starts at the first double mark of a paragraph and lasts while the following paragraphs open with one.',
  begin: `(?=${DOUBLE_OPENERS})`,
  while: `^(?:[ \\t]++)?(?=${DOUBLE_OPENERS}|\\n)`,
  patterns: [{ include: '#inline' }],
};
repository.inline = {
  comment: 'Everything that can follow inside a paragraph.',
  patterns: [{ include: '#quotations' }, { include: '#word-led' }, { include: '#capital-led' }, { include: '#credit-inline' }],
};

// ---------- cues ----------
const verbs = {
  say: 'say|says|said|saying',
  tell: 'tell|tells|told|telling',
  write: 'write|writes|wrote|written|writing',
  add: 'add|adds|added|adding',
  claim: 'claim|claims|claimed|claiming',
  warn: 'warn|warns|warned|warning',
  insist: 'insist|insists|insisted|insisting',
  argue: 'argue|argues|argued|arguing',
  deny: 'deny|denies|denied|denying',
  admit: 'admit|admits|admitted|admitting',
  announce: 'announce|announces|announced|announcing',
  urge: 'urge|urges|urged|urging',
  ask: 'ask|asks|asked|asking',
  reply: 'reply|replies|replied|replying',
  tweet: 'tweet|tweets|tweeted|tweeting',
  post: 'post|posts|posted|posting',
  state: 'stated|stating',
  note: 'note|notes|noted|noting',
  explain: 'explain|explains|explained|explaining',
  declare: 'declare|declares|declared|declaring',
  suggest: 'suggest|suggests|suggested|suggesting',
  acknowledge: 'acknowledge|acknowledges|acknowledged|acknowledging',
  assert: 'assert|asserts|asserted|asserting',
  contend: 'contend|contends|contended|contending',
  maintain: 'maintain|maintains|maintained|maintaining',
  report: 'report|reports|reported|reporting',
  recall: 'recall|recalls|recalled|recalling',
  predict: 'predict|predicts|predicted|predicting',
  promise: 'promise|promises|promised',
  vow: 'vow|vows|vowed|vowing',
  pledge: 'pledge|pledges|pledged|pledging',
  threaten: 'threaten|threatens|threatened|threatening',
  complain: 'complain|complains|complained|complaining',
  allege: 'allege|alleges|alleged|alleging',
  accuse: 'accuse|accuses|accused|accusing',
  testify: 'testify|testifies|testified|testifying',
  confirm: 'confirm|confirms|confirmed|confirming',
  reveal: 'reveal|reveals|revealed|revealing',
  disclose: 'disclose|discloses|disclosed|disclosing',
  stress: 'stressed|stressing',
  emphasize: 'emphasize|emphasizes|emphasized|emphasizing|emphasise|emphasises|emphasised|emphasising',
  observe: 'observe|observes|observed|observing',
  remark: 'remark|remarks|remarked|remarking',
  comment: 'commented|commenting',
  respond: 'respond|responds|responded|responding',
  retort: 'retort|retorts|retorted|retorting',
  counter: 'countered|countering',
  concede: 'concede|concedes|conceded|conceding',
  conclude: 'conclude|concludes|concluded|concluding',
  mention: 'mention|mentions|mentioned|mentioning',
  answer: 'answered|answering',
  agree: 'agree|agrees|agreed|agreeing',
  caution: 'caution|cautions|cautioned|cautioning',
  propose: 'propose|proposes|proposed|proposing',
  demand: 'demand|demands|demanded|demanding',
  call: 'call|calls|called|calling',
  cite: 'cite|cites|cited|citing',
  describe: 'describe|describes|described|describing',
  shout: 'shout|shouts|shouted|shouting',
  yell: 'yell|yells|yelled|yelling',
  scream: 'screamed|screaming',
  whisper: 'whisper|whispers|whispered|whispering',
  joke: 'joke|jokes|joked|joking',
  quip: 'quip|quips|quipped|quipping',
  boast: 'boast|boasts|boasted|boasting',
  brag: 'brag|brags|bragged|bragging',
  lament: 'lament|laments|lamented|lamenting',
  reiterate: 'reiterate|reiterates|reiterated|reiterating',
  repeat: 'repeated',
  recount: 'recount|recounts|recounted|recounting',
  dismiss: 'dismissed|dismissing',
  criticize: 'criticize|criticizes|criticized|criticizing|criticise|criticises|criticised|criticising',
  condemn: 'condemn|condemns|condemned|condemning',
  insinuate: 'insinuated',
  estimate: 'estimated',
  believe: 'believe|believes|believed',
  find: 'found',
  show: 'show|shows|showed|shown|showing',
  indicate: 'indicate|indicates|indicated|indicating',
  testifies: 'testimony',
  blast: 'blasted|blasting',
  praise: 'praised|praising',
  question: 'questioned',
  wonder: 'wondered|wondering',
  speak: 'spoke',
  inform: 'informed',
  assure: 'assure|assures|assured|assuring',
  advise: 'advised',
  plead: 'pleaded|pleading',
  swear: 'swore',
  concur: 'concurred',
  charge: 'charged',
  continue: 'continued',
  attack: 'attacked|attacking',
  echo: 'echoed|echoing',
  reject: 'rejected|rejecting',
  liken: 'likened|likening',
  dispute: 'dispute|disputes|disputed|disputing',
  label: 'labeled|labelled',
  decline: 'declined',
  refuse: 'refused|refuses',
  endorse: 'endorsed|endorses',
  mock: 'mocked|mocking',
  slam: 'slammed|slamming',
  denounce: 'denounced|denouncing',
  hail: 'hailed',
  think: 'think|thinks',
  recommend: 'recommended',
  signal: 'signaled|signalled',
  characterize: 'characterized|characterised',
};
// Cue phrases and verbs in one trie. Slots: ␣ spaces, ① determiner, ② optional modifier, ③ kind of statement.
const CUE_SLOTS = {
  '␣': `${SP}++`,
  '①': '(?:a|an|the|her|his|their|its)',
  '②': `(?:(?:joint|written|brief|separate|televised|recorded|radio|TV|television|phone|telephone|video|online|press|news|Facebook|Twitter|blog)${SP}++)?`,
  '③': '(?:statement|interview|email|e-mail|letter|tweet|post|speech|message|op-ed|editorial|release|conference|briefing|memo|filing|testimony|remarks|address|appearance)',
};
const cueWords = [
  ...words(...Object.values(verbs)),
  'according␣to', 'in␣①␣②③', 'during␣①␣②③',
  'told␣reporters', 'told␣journalists', 'told␣the␣press',
  'quoted␣as␣saying', 'is␣quoted␣as␣saying', 'was␣quoted␣as␣saying',
  'point␣out', 'points␣out', 'pointed␣out', 'pointing␣out', 'put␣it',
];
const capitalCueWords = ['According␣to', 'In␣①␣②③', 'During␣①␣②③', 'Asked', 'Speaking', 'Writing', 'Quoted␣as␣saying'];
const CUE = trie(cueWords, CUE_SLOTS);
const CAPITAL_CUE = trie(capitalCueWords, CUE_SLOTS);
// A word-led pattern consumes the character before its word (a space or opening punctuation), so that the
// engine only tries it at word starts; the scope goes on the captured word.
const PREFIX = '(?:[ \\t(\\[{/,;:]|\\u00A0)';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}\\-])';

// ---------- actors ----------
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const days = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const abbreviations = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\\.';
const stop = [
  // determiners, pronouns
  'The|A|An|This|That|These|Those|It|Its|He|She|His|Her|Hers|Him|They|Them|Their|Theirs|We|Our|Ours|Us|You|Your|Yours|I|Me|My|Mine',
  'One|Some|Many|Most|More|Much|Few|Fewer|Less|Several|All|Any|Each|Every|Both|Either|Neither|No|None|Nobody|Nothing|Other|Others|Another|Such|Same',
  'Someone|Somebody|Something|Everyone|Everybody|Everything|Anyone|Anybody|Anything|There|Here|Who|Whom|Whose|What|Which|When|Where|Why|How|Whether|Whatever|Whoever|Whichever',
  // conjunctions, prepositions
  'And|But|Or|Nor|So|Yet|For|If|Then|Than|Because|Since|As|While|Whilst|Although|Though|Unless|Until|Till|Once|After|Before|During',
  'In|On|At|By|From|To|With|Without|Within|Into|Onto|Of|Off|Over|Under|About|Above|Below|Between|Among|Amid|Amidst|Against|Along|Across|Around|Behind|Beyond',
  'Despite|Except|Inside|Outside|Through|Throughout|Toward|Towards|Upon|Via|Per|Like|Unlike|Near|Up|Down|Out|Plus|Minus',
  // adverbs and sentence openers
  'However|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Still|Also|Even|Just|Only|Already|Again|Later|Earlier|Now|Today|Tonight|Tomorrow|Yesterday',
  'Soon|Instead|Indeed|Perhaps|Maybe|Thus|Therefore|Hence|Otherwise|Besides|Finally|First|Firstly|Second|Secondly|Third|Last|Lastly|Next|Recently|Currently|Previously',
  'Ultimately|Eventually|Initially|Additionally|Similarly|Likewise|Overall|Rather|Certainly|Clearly|Obviously|Apparently|Actually|Really|Anyway|Often|Sometimes|Never|Always|Ever',
  'Not|Yes|Well|Oh|Ah|Please|Thanks|Thank|Sure|Very|Too|Almost|Nearly|Roughly|Approximately|Especially|Particularly|Notably|Unfortunately|Fortunately|Interestingly|Importantly',
  'Separately|Together|Elsewhere|Specifically|Generally|Usually|Typically|Hopefully|Ironically|Admittedly|Arguably|Shortly|Long|Back|Right|Regardless|Recent|Late|Early',
  // auxiliaries, common sentence-initial verbs and participles
  'Is|Are|Was|Were|Be|Been|Being|Am|Has|Have|Had|Having|Do|Does|Did|Done|Will|Would|Shall|Should|Can|Could|Might|Must|Let|Lets',
  'Asked|Asking|Speaking|Writing|According|Said|Says|Say|Told|Tell|Added|Adding|Noting|Pressed|Reached|Contacted|Responding|Citing|Pointing|Referring|Describing|Quoted',
  'Read|See|Watch|Click|Follow|Sign|Get|Make|Take|Go|Look|Given|Based|Following|Including|Regarding|Related|Updated|Posted|Published|Listen|Subscribe|Share|Join|Consider|Imagine|Remember',
  'Photo|Video|Advertisement|Editor|Note|Update|Correction|Clarification|Source|Sources|Image|Caption|Credit|Comment|Comments|Story|Continue|Reading',
  // number words
  'Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|Hundreds|Thousand|Thousands|Million|Millions|Billion|Billions|Dozens|Half',
  days,
].join('|');
// Stop words, months and weekdays never start a name; after a name only May may follow (Theresa May).
const STOP_FIRST = `(?!${trie(words(stop, months))}(?![\\p{L}\\p{M}\\p{N}\\-])|${abbreviations})`;
const STOP_NEXT = `(?!${trie(words(stop, months.replace('|May|', '|')))}(?![\\p{L}\\p{M}\\p{N}\\-])|${abbreviations})`;

// al-Assad, bin-Laden, d’Estaing: a lowercase prefix glued to a capitalised name
const GLUED = `(?:${trie(words('al|el|ad|as|ash|at|an|ar|az|ibn|bin|abu|ben|bint').map((w) => `${w}-`))}|[dD][’'])(?=\\p{Lu})`;
const SEGMENTS = `(?:(?:[-\\u2010]|[’'](?![sS]${NOTLET_AFTER}))[\\p{L}\\p{M}\\p{N}]++)*+`;
const CAPWORD = `\\p{Lu}[\\p{L}\\p{M}\\p{N}]*+${SEGMENTS}`;
const INITIALS = '\\p{Lu}\\.(?:\\p{Lu}\\.)*+';
const WORD = `(?:${INITIALS}|${CAPWORD})`;
const PARTICLES = 'von|van|der|den|de|del|della|dei|di|da|du|dos|das|do|la|le|bin|bint|ibn|al|el|ben|abu|ter|ten|zu|y|af|av';
const CONNECT = `(?:${trie([...words(PARTICLES), 'of', 'of␣the', 'for'], { '␣': `${SP}++` })}${SP}++)`;
// the lookaheads for a capital come first so that a position without one is rejected before the stop-word tries
// A name runs to at most 12 words; a longer run of capitalised words is split, which bounds the work of one match
// (a title-case headline or a list of names still gets every word scoped).
const TAIL = `(?>(?:${SP}++${CONNECT}*+(?=\\p{Lu}|${GLUED})${STOP_NEXT}(?:(?=\\p{Lu})|${GLUED})${WORD}){0,11})`;
const CORE = `(?=\\p{Lu})${STOP_FIRST}${WORD}${TAIL}`;
const TITLE_ABBR = '(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Sen|Rep|Gov|Supt|Insp|Det|Rev|Fr|Sr|Hon|Amb|Atty|Pres)\\.?';
// Lowercase titles and leading name particles, in one trie. Slots: ␣ spaces, ④ optional particle or glued
// prefix after a title, ⑤ optional second particle (von der, de la).
const leads = 'von|van|de|del|della|di|da|du|dos|das|la|le|bin|ibn|al|el|ben|abu|ter|ten|zu';
const NAME_SLOTS = {
  '␣': `${SP}++`,
  '④': `(?:(?:${leads})${SP}++(?:(?:der|den|la|le)${SP}++)?|${GLUED})?`,
  '⑤': `(?:(?:der|den|la|le)${SP}++)?`,
};
const titles = words(
  'president|vice-president|president-elect|minister|secretary-general|secretary|undersecretary|spokesperson|spokesman|spokeswoman',
  'chancellor|senator|congressman|congresswoman|representative|governor|mayor|judge|justice|ambassador|envoy|general|colonel|commander',
  'chairman|chairwoman|chair|director|leader|king|queen|prince|princess|pope|sheikh|emir|candidate|nominee|lawmaker|adviser|advisor|aide',
  'analyst|economist|professor|officer|official|sheriff|commissioner|coach|founder|author|columnist|anchor|host',
  'prime minister|vice president|foreign minister|deputy minister|defence minister|defense minister|finance minister|interior minister',
  'health minister|chief executive|attorney general',
).map((t) => t.replace(/ /g, '␣'));
const nameLeads = [...titles.map((t) => `${t}␣④`), ...words(leads).map((l) => `${l}␣⑤`)];
const NAME_LEAD = trie(nameLeads, NAME_SLOTS);
const NOT_MID_WORD = "(?<![\\p{L}\\p{M}\\p{N}’'\\-.])";
const actorName = 'entity.name.actor.news';
const cueName = 'keyword.other.cue.news';

repository['capital-led'] = {
  comment: 'At a capital A–Z: a cue that opens a sentence (According to, In a statement, Asked), else a name with an optional title: capitalised words with particles, initials, hyphens and apostrophes, not ordinary sentence-initial words, months or weekdays. The leading lookahead lets the engine skip other characters.',
  match: `(?=[A-Z])${NOT_MID_WORD}(?:(${CAPITAL_CUE})${WORD_END}|((?:${TITLE_ABBR}${SP}++)?${CORE}))`,
  captures: { 1: { name: cueName }, 2: { name: actorName } },
};
repository['word-led'] = {
  comment: 'At the start of a word after a space or opening punctuation: a reporting verb or cue phrase (said, told reporters, according to, in a statement); a name after a lowercase title or a name particle (spokesperson Jane Doe, de Gaulle, al-Assad); a name starting with a capital outside A–Z (Łukasz, Šefčovič).',
  match: `${PREFIX}(?:(?=${firstChars(cueWords)})(${CUE})${WORD_END}|(?=${firstChars(nameLeads)})((?:${NAME_LEAD}|${GLUED})${CORE})|(?=[^\\x00-\\x7F])(${CORE}))`,
  captures: { 1: { name: cueName }, 2: { name: actorName }, 3: { name: actorName } },
};

// ---------- datelines, bylines, credits; names at the start of a paragraph ----------
const NAME = `\\p{Lu}[\\p{L}\\p{M}.’'\\-]*+(?:${SP}++(?:${PARTICLES})?${SP}*+\\p{Lu}[\\p{L}\\p{M}.’'\\-]*+){0,4}`;
const DATELINE = `(\\p{Lu}[\\p{Lu}\\p{M}.’'\\-]++(?:${SP}\\p{Lu}[\\p{Lu}\\p{M}.’'\\-]++)*+)(?:,${SP}[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}. ]{0,30}?)?(?:${SP}?\\(([^()\\n]{1,40})\\))?${SP}*+(—|–|--|-)`;
const BYLINE = `(?:By|BY)${SP}++(?=\\p{Lu})${STOP_FIRST}${NAME}(?:(?:${SP}*+,${SP}*+|${SP}++and${SP}++|${SP}*+&${SP}*+)${NAME})*+${SP}*+`;
const CREDIT = `[\\[(]?(?:(?:Additional|Further|Contributing)${SP}++(?:reporting|writing|research|editing)|Reporting|Writing|Editing|Compiled|Research|Translated|Graphics|Photographs?)(?:${SP}++and${SP}++\\w+)?${SP}++by${SP}.*|(?:Contributing|Contributors?):.*`;
repository['paragraph-start'] = {
  comment: 'At the start of a paragraph, in one pattern so that a long line is searched once: a dateline (LONDON (Reuters) —, WASHINGTON, March 3 —), a byline paragraph (By Jane Doe and John Roe), a credit line (Additional reporting by …), or a name starting with a capital outside A–Z.',
  match: `^(?:(${DATELINE})(?=${SP})|(${BYLINE})(?=\\n)|(${CREDIT})|(?=[^\\x00-\\x7F])(${CORE}))`,
  captures: {
    1: { name: 'meta.dateline.news' },
    2: { name: 'constant.other.placename.news' },
    3: { name: actorName },
    4: { name: 'punctuation.separator.dateline.news' },
    5: { name: 'comment.line.byline.news' },
    6: { name: 'comment.line.credit.news' },
    7: { name: actorName },
  },
};
repository['credit-inline'] = {
  comment: 'A parenthesised credit inside a paragraph: (Reporting by …; Editing by …)',
  match: `\\((?:(?:Additional|Further)${SP}++)?[Rr]eporting${SP}++by${SP}[^()\\n]*\\)`,
  name: 'comment.line.credit.news',
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'News Article',
  scopeName: 'text.news',
  fileTypes: ['news', 'news.txt', 'news.md'],
  comment:
    'Quotations, speech cues and named actors in news articles. A line is a paragraph. An unclosed double quotation continues into the next paragraph only when that paragraph opens with a quotation mark, otherwise it ends with its paragraph.',
  patterns: [
    { include: '#paragraph-start' },
    { include: '#quotation-paragraphs' },
    { include: '#single-top-line' },
    { include: '#single-top' },
    { include: '#word-led' },
    { include: '#capital-led' },
    { include: '#credit-inline' },
  ],
  repository,
};

const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error(`${OUT} is out of date: run npm run build:grammar`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
}
