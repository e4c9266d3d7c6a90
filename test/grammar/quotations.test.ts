import { strict as assert } from 'node:assert';
import { BEGIN, DOUBLE, END, QUOTED, SINGLE, ScopedText } from './scopes';

describe('grammar: quotations', () => {
  let harbour: ScopedText;
  let water: ScopedText;
  let drones: ScopedText;
  let budget: ScopedText;
  before(async () => {
    harbour = await ScopedText.fromFixture('harbour.news.txt');
    water = await ScopedText.fromFixture('water-board.news.txt');
    drones = await ScopedText.fromFixture('drones.news.txt');
    budget = await ScopedText.fromFixture('budget.news.txt');
  });

  describe('styles of marks', () => {
    it('scopes a partial curly quotation in running text, marks included', () => {
      harbour.has('a “[[pretty big concession]]” to', DOUBLE);
      harbour.exactly('a [[“]]pretty big', BEGIN);
      harbour.exactly('concession[[”]] to', END);
      harbour.lacks('[[called a ]]“pretty', QUOTED);
      harbour.lacks('concession”[[ to the fishing crews.]]', QUOTED);
    });

    it('scopes straight double quotes', () => {
      water.has('would take "[[weeks, not days,]]" and urged', DOUBLE);
      water.exactly('would take [["]]weeks, not days," and', BEGIN);
      water.exactly('weeks, not days,[["]] and urged', END);
      water.lacks('days,"[[ and urged residents]]', QUOTED);
    });

    it('scopes guillemets and low-high quotes', () => {
      drones.has('were [[«a fair balance between innovation and the quiet of our streets»]]', DOUBLE);
      drones.exactly('were [[«]]a fair', BEGIN);
      drones.exactly('our streets[[»]].', END);
      drones.has('was [[„too cautious by half“]] and', DOUBLE);
      drones.exactly('[[“]] and would be challenged', END);
      drones.lacks('half“[[ and would be challenged in court.]]', QUOTED);
      drones.has('[[«We will not accept a ban by the back door»]], said', DOUBLE);
    });

    it("scopes doubled straight apostrophes ('') as double quotation marks", () => {
      budget.has("''[[This is not a compromise,]]''", DOUBLE);
      budget.exactly("[['']]This is not", BEGIN);
      budget.exactly("compromise,[['']] said", END);
      budget.lacks("compromise,''[[ said Senator Alma Whitford of Vermont. ]]''It", QUOTED);
      budget.has("was [[''likely to slip'']] past", DOUBLE);
    });

    it('scopes single quotes at the top level (headlines, scare quotes) as single quotations', () => {
      harbour.has('backs [[‘slow but steady’]] dredging', SINGLE);
      harbour.lacks('backs [[‘slow but steady’]] dredging', DOUBLE);
      harbour.exactly('backs [[‘]]slow', BEGIN);
      harbour.exactly('steady[[’]] dredging', END);
      budget.has("Deal [['a Cave-In']] as Vote", SINGLE);
      budget.has("that the [['grand bargain']] talk", SINGLE);
    });
  });

  describe('nesting and apostrophes', () => {
    it('scopes a single quotation nested in a double one with both scopes', () => {
      harbour.has('the [[‘least bad’]] option', SINGLE);
      harbour.has('the [[‘least bad’]] option', DOUBLE);
      harbour.exactly('the [[‘]]least bad', BEGIN);
      harbour.exactly('least bad[[’]] option', END);
      harbour.lacks('[[the ]]‘least bad’ option', SINGLE);
      harbour.has('bad’[[ option on the table.]]', DOUBLE);
      harbour.lacks('bad’[[ option on the table.]]', SINGLE);
      water.has("Nobody [['reached out,']] whatever", SINGLE);
      water.has("Nobody [['reached out,']] whatever", DOUBLE);
      water.has("out,'[[ whatever they claim.]]", DOUBLE);
    });

    it('does not treat apostrophes as quotation marks', () => {
      harbour.lacks('He added that [[Putin’s]] name', QUOTED);
      harbour.lacks('his critics [[don’t]] understand', QUOTED);
      harbour.lacks('about [[rock ’n’ roll]].', QUOTED);
      harbour.lacks('However, the [[port’s]] largest', QUOTED);
      water.lacks("The [[board's]] engineer", QUOTED);
      budget.lacks("[[Mr. Whitford's aides]]", QUOTED);
      budget.lacks("talk of the [['80s]] was over", QUOTED);
      drones.lacks('letters that [[Bashar al-Assad’s]] father', QUOTED);
    });

    it('keeps an apostrophe inside a quotation from opening or closing anything', () => {
      // ’90s inside a double quotation: still one double quotation, no single one, closed by its own mark
      harbour.has('“[[the ’90s lesson, when half the quay washed out.]]”', DOUBLE);
      harbour.lacks('“[[the ’90s lesson, when half the quay washed out.]]”', SINGLE);
      harbour.exactly('washed out.[[”]] He added', END);
      harbour.lacks('out.”[[ He added that ]]', QUOTED);
      water.has("from my [[neighbor's]] cousin", DOUBLE);
      water.lacks("from my [[neighbor's]] cousin", SINGLE);
    });
  });

  describe('attribution inside a quotation', () => {
    it('ends the quotation before "he said" and starts a new one after it', () => {
      harbour.has('“[[We listened to every skipper who came through that door,]]” Ms', DOUBLE);
      harbour.lacks('door,”[[ Ms van der Berg told reporters after the vote. ]]“Nobody', QUOTED);
      harbour.has('vote. “[[Nobody got everything they wanted, but nobody walked away empty-handed.]]”', DOUBLE);
      water.lacks('patient,"[[ board president Luis Ortega-Marsh said. ]]"The crews', QUOTED);
    });
  });

  describe('paragraph ends', () => {
    it('continues an unclosed quotation into a following paragraph (single newline) that opens with a mark', () => {
      harbour.has('“[[Every delay costs the crews money.]]', DOUBLE);
      assert.equal(harbour.openAtEndOfLine('Every delay costs the crews money.'), true, 'the quotation should still be open at the paragraph end');
      harbour.exactly('[[“]]If the channel silts up', BEGIN);
      harbour.has('“[[If the channel silts up again, we will be back here asking for more,]]”', DOUBLE);
      harbour.lacks('asking for more,”[[ she warned.]]', QUOTED);
    });

    it('continues across a blank line too', () => {
      water.has('"[[The crews are working around the clock, and we will not cut corners.]]', DOUBLE);
      assert.equal(water.openAtEndOfLine('we will not cut corners.'), true);
      water.has('"[[When the main is back in service, we will tell you first,]]" he said.', DOUBLE);
      water.lacks('first,"[[ he said.]]', QUOTED);
      assert.equal(water.openAtEndOfLine('we will tell you first," he said.'), false, 'a closed quotation is not carried on');
    });

    it('ends an unclosed quotation at its paragraph end when the next paragraph does not open with a mark', () => {
      harbour.has('the decision “[[sets a precedent for every small harbour on the coast.]]', DOUBLE);
      harbour.lacks('[[Later in the week, the association will meet in Kestrel Bay to discuss the plan.]]', QUOTED);
      // after a blank line as well
      water.has('was "[[not designed for the pressures we see today.]]', DOUBLE);
      water.lacks('[[That memo was released under a records request on Thursday.]]', QUOTED);
      water.lacks('[[Mayor Kwame Boateng-Ellis tweeted that the city would open ]]"three', QUOTED);
    });

    it('lets one unbalanced mark colour nothing beyond its paragraph', async () => {
      const t = await ScopedText.fromText('He called it “nonsense.\nThe next paragraph is plain.\n\nSo is this one, said Nato.\n');
      t.has('“[[nonsense.]]', DOUBLE);
      t.lacks('The next paragraph is plain.', QUOTED);
      t.lacks('So is this one, said Nato.', QUOTED);
      assert.equal(t.openAtEndOfLine('The next paragraph is plain.'), false);
    });

    it('does not open a quotation at a stray closing mark or an inch mark', () => {
      harbour.lacks('where the old [[crane” still stands.]]', QUOTED);
      water.lacks('that the [[36" main was ]]"not', QUOTED);
      water.has('main was "[[not designed]]', DOUBLE);
    });
  });
});
