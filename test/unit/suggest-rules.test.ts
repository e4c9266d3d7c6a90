import { strict as assert } from 'node:assert';
import type { Attribution } from '../../src/core/model';
import { suggestAttributions } from '../../src/core/suggest';

/** Content, cue and source mention texts of every suggestion for a text. */
function suggest(text: string) {
  return suggestAttributions(text).attributions.map(summary);
}

function summary(a: Attribution) {
  return { content: a.content.map((s) => s.text), cue: a.cue?.map((s) => s.text), mention: a.source?.mention?.map((s) => s.text) };
}

describe('suggestAttributions: reporting patterns, one rule at a time', () => {
  it('ends reported content before a concessive clause ("…, although …")', () => {
    assert.deepEqual(suggest('The harbour master claimed that the pier was safe, although she declined to publish the inspection report.'), [
      { content: ['that the pier was safe'], cue: ['claimed'], mention: ['The harbour master'] },
      { content: ['to publish the inspection report'], cue: ['declined'], mention: ['she'] },
    ]);
  });

  it('keeps a quotation with its own speaker when it is followed by "she continued"', () => {
    assert.deepEqual(suggest('“We will rebuild the quay,” Councillor Ines Varga said.\n\n“The money is already there,” she continued. “Work starts in May.”'), [
      { content: ['“We will rebuild the quay,”'], cue: ['said'], mention: ['Councillor Ines Varga'] },
      { content: ['“The money is already there,”', '“Work starts in May.”'], cue: ['continued'], mention: ['she'] },
    ]);
  });

  it('reads a mis-decoded letter inside a name as part of the name', () => {
    const [a] = suggest('“The ferries must run on time,” Mayor Fran\u00c3\u0083\u00c2\u00a7oise Lebrun said on Monday.');
    assert.deepEqual(a, { content: ['“The ferries must run on time,”'], cue: ['said'], mention: ['Mayor Fran\u00c3\u0083\u00c2\u00a7oise Lebrun'] });
  });

  it('reads a stance verb with an object as a cue ("attacked X for …", "endorsed X")', () => {
    assert.deepEqual(suggest('Harlow attacked Benning for his support of the tunnel plan.'), [
      { content: ['Benning for his support of the tunnel plan'], cue: ['attacked'], mention: ['Harlow'] },
    ]);
    assert.deepEqual(suggest('The pilots’ union endorsed Maria Lopez for mayor.'), [
      { content: ['Maria Lopez for mayor'], cue: ['endorsed'], mention: ['The pilots’ union'] },
    ]);
    // a noun, not a verb
    assert.deepEqual(suggest('The attacks on the depot stopped in May.'), []);
  });

  it('reads "called X a Y" as naming, but not "called a news conference"', () => {
    assert.deepEqual(suggest('Benning called the plan a disaster for the harbour.'), [
      { content: ['the plan a disaster for the harbour'], cue: ['called'], mention: ['Benning'] },
    ]);
    assert.deepEqual(suggest('She has called him unfit for office.'), [{ content: ['him unfit for office'], cue: ['has called'], mention: ['She'] }]);
    assert.deepEqual(suggest('The mayor called a news conference on Monday.'), []);
    assert.deepEqual(suggest('He called the police.'), []);
  });

  it('reads a report noun with a that-clause: the possessor is the source', () => {
    assert.deepEqual(suggest('Greene’s claim that the pier was safe was repeated on Monday.'), [
      { content: ['that the pier was safe was repeated on Monday'], cue: ['claim'], mention: ['Greene’s'] },
    ]);
    assert.deepEqual(suggest('Before the storm, his warning that the dam could fail went unheeded.'), [
      { content: ['that the dam could fail went unheeded'], cue: ['warning'], mention: ['his'] },
    ]);
    // a relative "that" after a noun that is not a report
    assert.deepEqual(suggest('The bridge that the council built is closed.'), []);
  });

  it('takes the chain verb into the cue: "went on to say", "continues to insist"', () => {
    assert.deepEqual(suggest('The mayor continues to insist that the ferry will run.'), [
      { content: ['that the ferry will run'], cue: ['continues to insist'], mention: ['The mayor'] },
    ]);
    assert.deepEqual(suggest('“The pier is safe,” Varga said, going on to say that “nobody was ever at risk.”'), [
      { content: ['“The pier is safe,”'], cue: ['said'], mention: ['Varga'] },
      { content: ['that “nobody was ever at risk.”'], cue: ['going on to say'], mention: ['Varga'] },
    ]);
  });

  it('reads a title-case headline with a quotation after a reporting verb', () => {
    const text = 'Dock Union Slams Mayor As ‘A Danger To The Port’\n\nThe union said on Monday that the mayor had failed.\n';
    assert.deepEqual(suggest(text), [
      { content: ['Mayor As ‘A Danger To The Port’'], cue: ['Slams'], mention: ['Dock Union'] },
      { content: ['that the mayor had failed'], cue: ['said'], mention: ['The union'] },
    ]);
  });

  it('credits a quotation to the short subject of a past-tense verb the lexicon does not list', () => {
    assert.deepEqual(suggest('“We are not moving,” she laughed.'), [{ content: ['“We are not moving,”'], cue: ['laughed'], mention: ['she'] }]);
    assert.deepEqual(suggest('“Not a chance,” the harbour master shot back.'), [
      { content: ['“Not a chance,”'], cue: ['shot back'], mention: ['the harbour master'] },
    ]);
    assert.deepEqual(suggest('“It is over,” recounted Ines Varga.'), [{ content: ['“It is over,”'], cue: ['recounted'], mention: ['Ines Varga'] }]);
    // a title in quotation marks followed by a description, not a speaker
    assert.deepEqual(suggest('The council named it “Harbour Day,” a designated holiday.'), []);
  });

  it('credits a quotation after a colon at the end of a sentence to the sentence’s subject', () => {
    assert.deepEqual(suggest('Varga had a simple message for the council: “Fix the pier.”'), [
      { content: ['“Fix the pier.”'], cue: [':'], mention: ['Varga'] },
    ]);
  });

  it('does not read "who declined to give her name" as a report', () => {
    assert.deepEqual(suggest('“It’s a mess,” one resident, who declined to give her name, said.'), [
      { content: ['“It’s a mess,”'], cue: ['said'], mention: ['one resident, who declined to give her name'] },
    ]);
  });

  it('reads "questioned" and "offered" with an object, and "plans to" after a noun subject', () => {
    assert.deepEqual(suggest('She has questioned the need for a second ferry terminal.'), [
      { content: ['the need for a second ferry terminal'], cue: ['has questioned'], mention: ['She'] },
    ]);
    assert.deepEqual(suggest('The minister offered some pointed advice to the council.'), [
      { content: ['some pointed advice to the council'], cue: ['offered'], mention: ['The minister'] },
    ]);
    assert.deepEqual(suggest('The port authority plans to raise the fees in June.'), [
      { content: ['to raise the fees in June'], cue: ['plans'], mention: ['The port authority'] },
    ]);
    // nouns, not verbs
    assert.deepEqual(suggest('The questions about the budget remain.'), []);
    assert.deepEqual(suggest('The city’s plans to raise the fees were dropped.'), []);
  });

  it('reads "in the words of X" and "in X’s words" like "according to"', () => {
    assert.deepEqual(suggest('In the words of one captain, “the port is dying.”'), [
      { content: ['“the port is dying.”'], cue: ['In the words of'], mention: ['one captain'] },
    ]);
    assert.deepEqual(suggest('The port, in Varga’s words, “is dying.”'), [
      { content: ['The port', '“is dying.”'], cue: ['words'], mention: ['Varga’s'] },
    ]);
    assert.deepEqual(suggest('In other words, the port is closed.'), []);
  });

  it('puts the preposition of a topic into the cue ("complained about", "warned of")', () => {
    assert.deepEqual(suggest('Varga complained about the noise from the terminal.'), [
      { content: ['the noise from the terminal'], cue: ['complained about'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('The captain warned of chaos on the water.'), [{ content: ['chaos on the water'], cue: ['warned of'], mention: ['The captain'] }]);
    // "about" before a number is an approximation inside the reported clause
    assert.deepEqual(suggest('Officials said about 1,400 people had left.'), [
      { content: ['about 1,400 people had left'], cue: ['said'], mention: ['Officials'] },
    ]);
  });

  it('reads "considered X a Y" and "indicated that …"', () => {
    assert.deepEqual(suggest('The mayor did not consider Varga a realistic option.'), [
      { content: ['Varga a realistic option'], cue: ['did not consider'], mention: ['The mayor'] },
    ]);
    assert.deepEqual(suggest('Officials indicated that the fees would rise.'), [
      { content: ['that the fees would rise'], cue: ['indicated'], mention: ['Officials'] },
    ]);
    assert.deepEqual(suggest('The council will consider the plan in May.'), []);
  });

  it('ends content after a quotation that closes with a comma before "but"', () => {
    assert.deepEqual(suggest('Varga described the closure as a “painful but necessary step,” but the union disagreed.'), [
      { content: ['the closure as a “painful but necessary step,”'], cue: ['described'], mention: ['Varga'] },
    ]);
  });

  it('keeps a participle or adjective phrase in the source ("officials familiar with the plan said")', () => {
    assert.deepEqual(suggest('Officials familiar with the plan said it would pass.'), [
      { content: ['it would pass'], cue: ['said'], mention: ['Officials familiar with the plan'] },
    ]);
    assert.deepEqual(suggest('Protesters marching through the streets chanted “We want the port.”'), [
      { content: ['“We want the port.”'], cue: ['chanted'], mention: ['Protesters marching through the streets'] },
    ]);
  });

  it('reads a base-form cue after an adverb ("police also fear that"), but not "add X to Y"', () => {
    assert.deepEqual(suggest('But police also fear that sweeping arrests could add fuel to the protests.'), [
      { content: ['that sweeping arrests could add fuel to the protests'], cue: ['also fear'], mention: ['police'] },
    ]);
    assert.deepEqual(suggest('The new berths could add capacity to the port.'), []);
  });

  it('does not read a reporter’s credit line ("X reported from Y") as a report', () => {
    assert.deepEqual(suggest('Ines Varga reported from Port Calder.'), []);
    assert.deepEqual(suggest('The ministry reported that exports fell.'), [{ content: ['that exports fell'], cue: ['reported'], mention: ['The ministry'] }]);
  });

  it('joins the words before an interrupting cue to a quotation that goes on in lower case', () => {
    assert.deepEqual(suggest('The port, she said, “will never close.”'), [{ content: ['The port', '“will never close.”'], cue: ['said'], mention: ['she'] }]);
    assert.deepEqual(suggest('Asked about the pier, Varga said, “It will close.”'), [{ content: ['“It will close.”'], cue: ['said'], mention: ['Varga'] }]);
  });

  it('keeps the closing mark when a participle cue follows a quotation ("…,” adding: …")', () => {
    assert.deepEqual(suggest('Varga insisted the port was “finished,” adding: “There is no money.”'), [
      { content: ['the port was “finished,”'], cue: ['insisted'], mention: ['Varga'] },
      { content: ['“There is no money.”'], cue: ['adding'], mention: ['Varga'] },
    ]);
  });

  it('stops a colon speaker’s name before a verb ("One captain summed it up: …")', () => {
    assert.deepEqual(suggest('One captain summed it up: “We lost.”'), [{ content: ['“We lost.”'], cue: [':'], mention: ['One captain'] }]);
  });

  it('finds the source of "X was quoted as saying"', () => {
    assert.deepEqual(suggest('Varga was quoted by the Harbour Times as saying the port would close.'), [
      { content: ['the port would close'], cue: ['saying'], mention: ['Varga'] },
    ]);
  });

  it('reads "agreed" with a clause, and skips a duration before "that" ("argued for years that")', () => {
    assert.deepEqual(suggest('Varga agreed the pier was unsafe.'), [{ content: ['the pier was unsafe'], cue: ['agreed'], mention: ['Varga'] }]);
    assert.deepEqual(suggest('Varga has argued for years that the port must grow.'), [
      { content: ['that the port must grow'], cue: ['has argued'], mention: ['Varga'] },
    ]);
    // "for" before a plan is the topic, not a duration
    assert.deepEqual(suggest('Varga argued for a plan that would cut fees.'), [
      { content: ['for a plan that would cut fees'], cue: ['argued'], mention: ['Varga'] },
    ]);
  });

  it('ends a report at a quotation closed by a comma before a pronoun speaker, who then introduces the next quotation', () => {
    assert.deepEqual(suggest('The coach said the team was tired because “nobody slept on the bus,” she said. “We will rest on Sunday.”'), [
      { content: ['the team was tired because “nobody slept on the bus,”'], cue: ['said'], mention: ['The coach'] },
      { content: ['“We will rest on Sunday.”'], cue: ['said'], mention: ['she'] },
    ]);
    assert.deepEqual(suggest('The coach said the team was tired because “nobody slept on the bus,” she said.'), [
      { content: ['the team was tired because “nobody slept on the bus,”'], cue: ['said'], mention: ['The coach'] },
    ]);
  });

  it('gives a quotation after a colon to the cue after it, not to a report before the colon', () => {
    assert.deepEqual(suggest('The statement also praised what it said the ferry crews had achieved in winter: “Without them, nothing would move,” the authors wrote.'), [
      { content: ['what it said the ferry crews had achieved in winter'], cue: ['also praised'], mention: ['The statement'] },
      { content: ['“Without them, nothing would move,”'], cue: ['wrote'], mention: ['the authors'] },
    ]);
  });

  it('leaves an object pronoun before a comma and a quotation out of the content ("asked her, “…”")', () => {
    assert.deepEqual(suggest('The pilot asked her, “Is the runway clear?”'), [{ content: ['“Is the runway clear?”'], cue: ['asked'], mention: ['The pilot'] }]);
  });

  it('reads a weak verb as a cue when a quotation follows its object ("found X “…”", "showed X as “…”")', () => {
    assert.deepEqual(suggest('Varga found the new timetable “a real mess.”'), [{ content: ['the new timetable “a real mess.”'], cue: ['found'], mention: ['Varga'] }]);
    assert.deepEqual(suggest('The advert showed the senator as “a friend of the banks.”'), [
      { content: ['the senator as “a friend of the banks.”'], cue: ['showed'], mention: ['The advert'] },
    ]);
    // Not a noun, nor a verb far from the quotation.
    assert.deepEqual(suggest('The tenants have fought the plan for years, and their support for “open streets” grew.'), []);
    assert.deepEqual(suggest('Varga found the old ferry timetable in a drawer next to a “lost property” box.'), []);
  });

  it('ends content at a new clause after a quotation, a day after a quotation, and an adverb with a participle', () => {
    assert.deepEqual(suggest('The mayor said the ferry was “running late again,” there would be a review next week.'), [
      { content: ['the ferry was “running late again,”'], cue: ['said'], mention: ['The mayor'] },
    ]);
    assert.deepEqual(suggest('Varga called the audit “a fishing trip” Wednesday on the morning show.'), [
      { content: ['the audit “a fishing trip”'], cue: ['called'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('The minister said the budget would balance by spring, quietly dropping the pledge she made last year.'), [
      { content: ['the budget would balance by spring'], cue: ['said'], mention: ['The minister'] },
    ]);
  });
  it('takes the subject before a prepositional phrase in front of the verb, not the phrase’s noun ("X later at the Y said")', () => {
    assert.deepEqual(suggest('Mayor Linda Park later at the city hall said the council had made a mistake.'), [
      { content: ['the council had made a mistake'], cue: ['said'], mention: ['Mayor Linda Park'] },
    ]);
    assert.deepEqual(suggest('She again during the hearing argued that the tolls were illegal.'), [
      { content: ['that the tolls were illegal'], cue: ['argued'], mention: ['She'] },
    ]);
    // "after" opens a clause: its noun phrase is that clause's subject.
    assert.deepEqual(suggest('The vote came two days after the harbour board said the pier was unsafe.'), [
      { content: ['the pier was unsafe'], cue: ['said'], mention: ['the harbour board'] },
    ]);
  });
  it('attributes a question to the speaker after it when the mark ends the sentence ("“…?” Benning demanded.")', () => {
    assert.deepEqual(suggest('“Why is this not proof that the port is too big to run?” Benning demanded.\n\nThe hearing went on.'), [
      { content: ['“Why is this not proof that the port is too big to run?”'], cue: ['demanded'], mention: ['Benning'] },
    ]);
  });

  it('joins the two parts of a quotation interrupted by the cue and a phrase about the saying', () => {
    assert.deepEqual(suggest('“Every time you say that,” Varga said, referring to the budget, “you give comfort to those who want the port closed.”'), [
      { content: ['“Every time you say that,”', '“you give comfort to those who want the port closed.”'], cue: ['said'], mention: ['Varga'] },
    ]);
    // A reporting participle between the parts is a report of its own.
    assert.deepEqual(suggest('“We cannot pay for this,” Varga said, adding later, “The ferry costs too much.”')[0], {
      content: ['“We cannot pay for this,”'],
      cue: ['said'],
      mention: ['Varga'],
    });
  });
  it('finds the subject after a leading participle phrase with several commas ("Rattled by X, as well as Y, Varga …")', () => {
    assert.deepEqual(suggest('Rattled by the audit, as well as complaints over the costs, Varga revised her plan, promising to cut the fares.'), [
      { content: ['to cut the fares'], cue: ['promising'], mention: ['Varga'] },
    ]);
  });

  it('reads a noun after a phrasal verb as its object, not a cue ("dialing back plans to …")', () => {
    assert.deepEqual(suggest('Varga backed off her early proposals, dialing back plans to cut the fares.'), []);
  });

  it('takes a relative pronoun before a floating word as the subject ("which together vowed"); the relative clause’s content ends with the clause', () => {
    assert.deepEqual(suggest('The council and the port board, which together vowed to rebuild the pier, met on Friday.'), [
      { content: ['to rebuild the pier'], cue: ['vowed'], mention: ['which'] },
    ]);
    // The relative clause ends at the comma before the main verb, not at one inside its content.
    assert.deepEqual(suggest('Varga, who said the pier, which is old, was unsafe, resigned on Monday.'), [
      { content: ['the pier, which is old, was unsafe'], cue: ['said'], mention: ['who'] },
    ]);
    assert.deepEqual(suggest('They both said the pier was unsafe.'), [{ content: ['the pier was unsafe'], cue: ['said'], mention: ['They'] }]);
  });
  it('reads weak cues in sentences without a quotation by default; all of them with weakCues: true, none with false', () => {
    const plain = 'The council sought a delay of the vote.';
    assert.deepEqual(suggest(plain), [{ content: ['a delay of the vote'], cue: ['sought'], mention: ['The council'] }]);
    assert.deepEqual(suggestAttributions(plain, undefined, { weakCues: false }).attributions, []);
    // After a modal it is an intention, not a report.
    assert.deepEqual(suggest('The council will seek a delay of the vote.'), []);
    const quoted = 'The council sought a delay of the vote until the spring, when the “harbour plan” is due.';
    assert.deepEqual(suggest(quoted), []);
    assert.deepEqual(suggestAttributions(quoted, undefined, { weakCues: true }).attributions.map(summary), [
      { content: ['a delay of the vote until the spring, when the “harbour plan” is due'], cue: ['sought'], mention: ['The council'] },
    ]);
  });
  it('ends a report noun’s clause before another report in the sentence ("Asked about X’s claim that …, Y said, “…”")', () => {
    assert.deepEqual(suggest('Asked about Varga’s claim that it had been a leak, Gomez said, “We should wait for the facts.”'), [
      { content: ['that it had been a leak'], cue: ['claim'], mention: ['Varga’s'] },
      { content: ['“We should wait for the facts.”'], cue: ['said'], mention: ['Gomez'] },
    ]);
  });

  it('reads "of Labour claims" as a noun and "compared to" as a preposition; a quantity is an object before "as “…”"', () => {
    assert.deepEqual(suggest('The Watchdog rated 32% of Labour claims as “false,” compared to 11% of Green claims.'), [
      { content: ['32% of Labour claims as “false,”'], cue: ['rated'], mention: ['The Watchdog'] },
    ]);
    // Still a verb after a name, and a comparison with its object.
    assert.deepEqual(suggest('The Kremlin claims the drones were shot down.'), [{ content: ['the drones were shot down'], cue: ['claims'], mention: ['The Kremlin'] }]);
    assert.deepEqual(suggest('Varga compared the plan to a disaster.'), [{ content: ['the plan to a disaster'], cue: ['compared'], mention: ['Varga'] }]);
  });
  it('gives a coordinated cue the pronoun of its own clause ("I laughed and said"), ending the clause before it', () => {
    assert.deepEqual(suggest('Once, when my uncle mentioned the flood to me, I laughed and said, "That river never floods."'), [
      { content: ['the flood to me'], cue: ['mentioned'], mention: ['my uncle'] },
      { content: ['"That river never floods."'], cue: ['said'], mention: ['I'] },
    ]);
  });

  it('takes the pronoun subject of the clause nearest a colon for the quotation after it', () => {
    assert.deepEqual(suggest('He got so angry, and hammered so loudly, that I had to take it back: "Of course it floods."'), [
      { content: ['"Of course it floods."'], cue: [':'], mention: ['I'] },
    ]);
  });
  it('gives a participle after a verb such as "resist" or "be heard" the subject of that verb', () => {
    assert.deepEqual(suggest('In their report they could not resist pointing out that most fires were small.'), [
      { content: ['that most fires were small'], cue: ['pointing out'], mention: ['they'] },
    ]);
    assert.deepEqual(suggest('Varga can be heard telling the officers that the boat was empty.'), [
      { content: ['that the boat was empty'], cue: ['telling'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('Officials began saying that the port would close.'), [{ content: ['that the port would close'], cue: ['saying'], mention: ['Officials'] }]);
  });

  it('keeps adverbs such as "only" and "almost" with the cue, so the subject before them is the source', () => {
    assert.deepEqual(suggest('They only learned on Friday of the plan and almost immediately disclosed it to the press.'), [
      { content: ['of the plan'], cue: ['only learned'], mention: ['They'] },
      { content: ['it to the press'], cue: ['almost immediately disclosed'], mention: ['They'] },
    ]);
  });

  it('takes a name with an apposition between dashes before the verb as the source', () => {
    const r = suggestAttributions('Lena Marsh -- co-author of a book on the port -- said the mayor tended to make promises.');
    assert.deepEqual(r.attributions.map(summary), [
      { content: ['the mayor tended to make promises'], cue: ['said'], mention: ['Lena Marsh -- co-author of a book on the port --'] },
    ]);
    assert.deepEqual(
      r.actors.map((a) => [a.name, a.description]),
      [['Lena Marsh', 'co-author of a book on the port']],
    );
  });
  it('takes a name before a long relative clause as the source, never the "that" after the cue', () => {
    const text = 'Dr. Lena Marsh, who as a navy captain was the harbour physician in the administration of former Mayor Tom Reyes and later retired from the service as a rear admiral, said that in 1998 the mayor was ill.';
    assert.deepEqual(suggest(text), [
      {
        content: ['that in 1998 the mayor was ill'],
        cue: ['said'],
        mention: ['Dr. Lena Marsh, who as a navy captain was the harbour physician in the administration of former Mayor Tom Reyes and later retired from the service as a rear admiral'],
      },
    ]);
  });
  it('reads "Having said that," as the writer’s turn of phrase and "and personal attacks" as a noun', () => {
    assert.deepEqual(suggest('Having said that, there are some economists who argue that taxes should be low.'), [
      { content: ['that taxes should be low'], cue: ['argue'], mention: ['who'] },
    ]);
    assert.deepEqual(suggest('The mayor has intensified the dire warnings and personal attacks that have defined her campaign.'), []);
    // A verb after a noun ending like an adjective is still a verb.
    assert.deepEqual(suggest('Video of the incident shows him with his hands in the air.'), [
      { content: ['him with his hands in the air'], cue: ['shows'], mention: ['Video of the incident'] },
    ]);
  });
  it('reads "her early-morning tweets" as a noun, so a later participle keeps the sentence’s subject', () => {
    assert.deepEqual(suggest('Mayor Lena Marsh is defending her early-morning tweets attempting to shame a former harbour master, saying it shows she works.'), [
      { content: ['her early-morning tweets attempting to shame a former harbour master'], cue: ['is defending'], mention: ['Mayor Lena Marsh'] },
      { content: ['it shows she works'], cue: ['saying'], mention: ['Mayor Lena Marsh'] },
    ]);
  });
  it('gives a participle or coordinated verb the speaker of the outer report, not the subject inside its content', () => {
    assert.deepEqual(suggest('Senator Tom Reyes said he did not believe those claims hurt the party, arguing that it was the split that mattered.'), [
      { content: ['he did not believe those claims hurt the party'], cue: ['said'], mention: ['Senator Tom Reyes'] },
      { content: ['that it was the split that mattered'], cue: ['arguing'], mention: ['Senator Tom Reyes'] },
    ]);
    assert.deepEqual(suggest('Demonstrators said they want “justice for the river,” but pledged to remain civil.'), [
      { content: ['they want “justice for the river,”'], cue: ['said'], mention: ['Demonstrators'] },
      { content: ['to remain civil'], cue: ['pledged'], mention: ['Demonstrators'] },
    ]);
  });
  it('gives a participle after a restrictive relative clause the sentence’s subject, after a non-restrictive one the relative’s', () => {
    assert.deepEqual(suggest('The mayor was defensive when forced to defend not paying a builder who said he was cheated, saying, “Maybe he did a bad job.”')[1], {
      content: ['“Maybe he did a bad job.”'],
      cue: ['saying'],
      mention: ['The mayor'],
    });
    assert.deepEqual(suggest('He met Varga, who said the pier was unsafe, adding that it should close.')[1], {
      content: ['that it should close'],
      cue: ['adding'],
      mention: ['who'],
    });
  });
  it('finds the subject of a coordinated clause, a relative "that", and the subject after "On Thursday, however,"', () => {
    assert.deepEqual(suggest('The crash has become a rallying point for residents here, who have taken to the streets and called for the footage to be released.'), [
      { content: ['the footage to be released'], cue: ['called for'], mention: ['who'] },
    ]);
    assert.deepEqual(suggest('Adelson helped fund Harbour45, a group that intends to hammer the mayor with negative ads.'), [
      { content: ['to hammer the mayor with negative ads'], cue: ['intends'], mention: ['that'] },
    ]);
    assert.deepEqual(suggest('The day was long. On Thursday, however, Varga spoke to a gathering of ferry owners, promising to lift the fees.'), [
      { content: ['to lift the fees'], cue: ['promising'], mention: ['Varga'] },
    ]);
  });
  it('keeps "floods and storms demands" one subject inside the reported clause, not a new clause', () => {
    assert.deepEqual(suggest('Mayor Tom Reyes said the recent spate of floods and storms demands that all residents engage in "more planning."'), [
      { content: ['the recent spate of floods and storms demands that all residents engage in "more planning."'], cue: ['said'], mention: ['Mayor Tom Reyes'] },
    ]);
    // A clause with its own subject and cue after "and" is still a report of its own.
    assert.deepEqual(suggest('Mayor Tom Reyes said the port was closed and officials said it would reopen.'), [
      { content: ['the port was closed'], cue: ['said'], mention: ['Mayor Tom Reyes'] },
      { content: ['it would reopen'], cue: ['said'], mention: ['officials'] },
    ]);
  });

  it('reads a passive report with no source: the subject and the words after the participle are the content', () => {
    assert.deepEqual(suggest('Mr. Brandt was accused of taking bribes from the ferry contractors.'), [
      { content: ['Mr. Brandt', 'of taking bribes from the ferry contractors'], cue: ['was accused'], mention: undefined },
    ]);
    assert.deepEqual(suggest('The harbour board has been sharply criticized for the delays at the locks.'), [
      { content: ['The harbour board', 'for the delays at the locks'], cue: ['has been sharply criticized'], mention: undefined },
    ]);
    // a report already found keeps the clause
    assert.deepEqual(suggest('Varga said the council is expected to approve the levy.'), [
      { content: ['the council is expected to approve the levy'], cue: ['said'], mention: ['Varga'] },
    ]);
    // a participle without its preposition is no report
    assert.deepEqual(suggest('The contractor was charged a fee for the late delivery.'), []);
  });

  it('reads a meeting held "to discuss" something: the subject of the meeting verb is the source', () => {
    assert.deepEqual(suggest('Local leaders gathered on Friday to discuss the bridge repairs.'), [
      { content: ['the bridge repairs'], cue: ['to discuss'], mention: ['Local leaders'] },
    ]);
    assert.deepEqual(suggest('The ferry board called an emergency meeting to discuss the strike.'), [
      { content: ['the strike'], cue: ['to discuss'], mention: ['The ferry board'] },
    ]);
    // a planned meeting is not a report
    assert.deepEqual(suggest('The association will meet in Porthaven to discuss the plan.'), []);
  });

  it('takes the infinitive after "hopes" as content after a leading adverb ("Ultimately, X hopes to …")', () => {
    assert.deepEqual(suggest('Ultimately, Mr. Oduya hopes to finish the pier by the spring.'), [
      { content: ['to finish the pier by the spring'], cue: ['hopes'], mention: ['Mr. Oduya'] },
    ]);
    // a phrase about the saying after the cue still leaves the words before it as content
    assert.deepEqual(suggest('The pier will close, Oduya said to reporters.'), [
      { content: ['The pier will close'], cue: ['said'], mention: ['Oduya'] },
    ]);
  });

  it('reads "plans to" / "wants to" after a subject with an apposition ("The port director, Lena Varga, plans to …")', () => {
    assert.deepEqual(suggest('The port director, Lena Varga, plans to publish the inspection report soon.'), [
      { content: ['to publish the inspection report soon'], cue: ['plans'], mention: ['The port director, Lena Varga'] },
    ]);
    // a list of nouns is no subject
    assert.deepEqual(suggest('The budget covers wages, plans to dredge the harbour and repairs.'), []);
  });

  it('reads "agreed with X (that …)": the party agreed with opens the content', () => {
    assert.deepEqual(suggest('The judge agreed with Ms. Varga that there was no reason to delay the hearing.'), [
      { content: ['Ms. Varga that there was no reason to delay the hearing'], cue: ['agreed with'], mention: ['The judge'] },
    ]);
    assert.deepEqual(suggest('Holm largely agreed with the mayor on the budget.'), [
      { content: ['the mayor on the budget'], cue: ['largely agreed with'], mention: ['Holm'] },
    ]);
    assert.deepEqual(suggest('The two captains agreed with each other on little.'), []);
  });

  it('reads "calls for" and "calls on" after a name or a title, but not the noun "calls for"', () => {
    assert.deepEqual(suggest('Former harbour chief calls for inquiry into ferry contract.'), [
      { content: ['inquiry into ferry contract'], cue: ['calls for'], mention: ['Former harbour chief'] },
    ]);
    assert.deepEqual(suggest('Holm calls on Varga to resign over ferry contract.'), [
      { content: ['Varga to resign over ferry contract'], cue: ['calls on'], mention: ['Holm'] },
    ]);
    assert.deepEqual(suggest('Growing calls for an inquiry went unanswered.'), []);
  });

  it('reads "called X a Y" with a bare noun phrase as X ("called climate policy a distraction"), but not a time after it', () => {
    assert.deepEqual(suggest('Varga has called climate policy a distraction from the harbour.'), [
      { content: ['climate policy a distraction from the harbour'], cue: ['has called'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('She called home a week later.'), []);
  });

  it('reads "went on to" and "continued to" before an act on words or positions and before "call for"', () => {
    assert.deepEqual(suggest('Varga went on to discuss the dredging costs in detail.'), [
      { content: ['the dredging costs in detail'], cue: ['went on to discuss'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('Small groups of fishermen continued to call for a public inquiry.'), [
      { content: ['a public inquiry'], cue: ['continued to call for'], mention: ['Small groups of fishermen'] },
    ]);
    assert.deepEqual(suggest('The ferry continued to call at Porthaven twice a day.'), []);
  });

  it('reads a stance after "be" ("was sure …", "has been critical of …"), but not under a modal or without its preposition', () => {
    assert.deepEqual(suggest('Varga was sure the pier would hold.'), [{ content: ['the pier would hold'], cue: ['was sure'], mention: ['Varga'] }]);
    assert.deepEqual(suggest('The captains weren’t too concerned about the tides.'), [
      { content: ['the tides'], cue: ['weren’t too concerned about'], mention: ['The captains'] },
    ]);
    assert.deepEqual(suggest('Holm has been critical of the dredging plan.'), [
      { content: ['the dredging plan'], cue: ['has been critical of'], mention: ['Holm'] },
    ]);
    assert.deepEqual(suggest('He wouldn’t be worried about the tides.'), []);
    assert.deepEqual(suggest('The report is critical to the inquiry.'), []);
  });

  it('does not read "known as" as a cue: it gives a name', () => {
    assert.deepEqual(suggest('The breach was traced to a hacking crew known as Grey Heron.'), []);
    assert.deepEqual(suggest('The dredging fee, known as the harbour levy, rose again.'), []);
    assert.deepEqual(suggest('Varga is known as a tough negotiator, Holm said.'), [
      { content: ['Varga is known as a tough negotiator'], cue: ['said'], mention: ['Holm'] },
    ]);
  });

  it('reads "reports" or "claims" right before "shows" or "say" as the noun subject, not a cue', () => {
    assert.deepEqual(suggest('A harbour authority analysis of ferry reports shows that crossings fell.'), [
      { content: ['that crossings fell'], cue: ['shows'], mention: ['A harbour authority analysis of ferry reports'] },
    ]);
    assert.deepEqual(suggest('Local reports say the pier will close.'), [{ content: ['the pier will close'], cue: ['say'], mention: ['Local reports'] }]);
    assert.deepEqual(suggest('Holm reports that the pier is unsafe.'), [{ content: ['that the pier is unsafe'], cue: ['reports'], mention: ['Holm'] }]);
  });

  it('reads a noun-or-verb right after a past verb with its own subject as that verb’s object ("renewed fears")', () => {
    assert.deepEqual(suggest('The annexation of Tarvia renewed fears along the northern border.'), []);
    assert.deepEqual(suggest('Varga scrutinized reports like the 2019 Harbour Safety Review.'), []);
    assert.deepEqual(suggest('The captains fear that the pier will close.'), [{ content: ['that the pier will close'], cue: ['fear'], mention: ['The captains'] }]);
  });

  it('keeps a fronted clause after "that" with the reported clause after its comma ("worried that if …, X could …")', () => {
    assert.deepEqual(suggest('Fishermen worried that if the council delayed the repairs, the harbour board could threaten to close the pier.'), [
      { content: ['that if the council delayed the repairs, the harbour board could threaten to close the pier'], cue: ['worried'], mention: ['Fishermen'] },
    ]);
    assert.deepEqual(suggest('Varga noted that at her first council meeting, in 2009, she endorsed a plan to dredge the channel.'), [
      { content: ['that at her first council meeting, in 2009, she endorsed a plan to dredge the channel'], cue: ['noted'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('Holm said that the pier was safe, and Varga warned that it was not.'), [
      { content: ['that the pier was safe'], cue: ['said'], mention: ['Holm'] },
      { content: ['that it was not'], cue: ['warned'], mention: ['Varga'] },
    ]);
  });

  it('goes on after "…, he said," with a gerund subject that has its own verb, but not with a phrase about the saying', () => {
    assert.deepEqual(suggest('Though the first closure went smoothly, he said, replacing the pier would be far more costly and could take years.'), [
      { content: ['Though the first closure went smoothly', 'replacing the pier would be far more costly and could take years'], cue: ['said'], mention: ['he'] },
    ]);
    assert.deepEqual(suggest('The pier is safe, she said, pointing to the new railings.'), [{ content: ['The pier is safe'], cue: ['said'], mention: ['she'] }]);
  });

  it('reads a one-sentence first paragraph "Name said: “…”" as a sentence, not as a headline label', () => {
    assert.deepEqual(suggest('Holt said: “We will rebuild the pier before the winter storms.”\n\nThe council meets on Monday.'), [
      { content: ['“We will rebuild the pier before the winter storms.”'], cue: ['said'], mention: ['Holt'] },
    ]);
    // A headline label still is one.
    assert.deepEqual(suggest('Holt: Pier Will Reopen in May\n\nThe council meets on Monday.'), [
      { content: ['Pier Will Reopen in May'], cue: [':'], mention: ['Holt'] },
    ]);
  });

  it('keeps a time word written in capitals inside a name in capitals ("HARBOUR TODAY")', () => {
    assert.deepEqual(suggest('The pier closed on Monday. HARBOUR TODAY reported that the pier was unsafe.'), [
      { content: ['that the pier was unsafe'], cue: ['reported'], mention: ['HARBOUR TODAY'] },
    ]);
    assert.deepEqual(suggest('A HARBOUR TODAY review of ferry records found that repairs were late.'), [
      { content: ['that repairs were late'], cue: ['found'], mention: ['A HARBOUR TODAY review of ferry records'] },
    ]);
    // "today" in lower case is still a time word before the verb.
    assert.deepEqual(suggest('The harbour master today warned that the pier was unsafe.'), [
      { content: ['that the pier was unsafe'], cue: ['warned'], mention: ['The harbour master'] },
    ]);
  });

  it('reads "X is expected to …" as a report with no source whose content holds X', () => {
    assert.deepEqual(suggest('The harbour board is expected to approve the levy on Monday.'), [
      { content: ['The harbour board', 'to approve the levy on Monday'], cue: ['is expected'], mention: undefined },
    ]);
    // The active verb keeps its subject as the source.
    assert.deepEqual(suggest('The harbour board expects to approve the levy on Monday.'), [
      { content: ['to approve the levy on Monday'], cue: ['expects'], mention: ['The harbour board'] },
    ]);
  });

  it('reads a noun-or-verb as the object of a past verb before it ("faced ridicule", "enjoyed broad support")', () => {
    assert.deepEqual(suggest('The new ferry timetable faced ridicule online after it was released on Tuesday.'), []);
    assert.deepEqual(suggest('The harbour town again experienced attacks on its quays.'), []);
    assert.deepEqual(suggest('Holt enjoyed broad support from older voters in the port districts.'), []);
    assert.deepEqual(suggest('Many deckhands suffer from post-traumatic stress disorder.'), []);
    // The same words as verbs.
    assert.deepEqual(suggest('The frightened residents fear that the pier will close.'), [
      { content: ['that the pier will close'], cue: ['fear'], mention: ['The frightened residents'] },
    ]);
    assert.deepEqual(suggest('Holt stresses that the pier is safe.'), [{ content: ['that the pier is safe'], cue: ['stresses'], mention: ['Holt'] }]);
  });

  it('keeps "around …" or "across …" after a plural noun inside the source ("activists around the country say")', () => {
    assert.deepEqual(suggest('Activists around the country say the pier deserves a second chance.'), [
      { content: ['the pier deserves a second chance'], cue: ['say'], mention: ['Activists around the country'] },
    ]);
    assert.deepEqual(suggest('Ferry captains across the region warned that the pier was unsafe.'), [
      { content: ['that the pier was unsafe'], cue: ['warned'], mention: ['Ferry captains across the region'] },
    ]);
  });

  it('does not read a series title before a headline colon ("The Latest:", "Fact Check:") as a speaker', () => {
    assert.deepEqual(suggest('The Latest: Harbour Board Votes to Close Pier\n\nThe board met on Monday.'), []);
    assert.deepEqual(suggest('Fact Check: Holt Claims on Ferry Costs\n\nThe board met on Monday.'), []);
    assert.deepEqual(suggest('Holt: Pier Will Reopen in May\n\nThe board met on Monday.'), [{ content: ['Pier Will Reopen in May'], cue: [':'], mention: ['Holt'] }]);
  });

  it('reads "make" with a report noun as a cue ("made the case for", "made little secret of", "made the argument that")', () => {
    assert.deepEqual(suggest('Holt made the case for a new pier.'), [{ content: ['a new pier'], cue: ['made the case for'], mention: ['Holt'] }]);
    assert.deepEqual(suggest('The council made a strong condemnation of the ferry strike.'), [
      { content: ['the ferry strike'], cue: ['made a strong condemnation of'], mention: ['The council'] },
    ]);
    assert.deepEqual(suggest('Holt made little secret of her disdain for the plan.'), [
      { content: ['her disdain for the plan'], cue: ['made little secret of'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('Varga has made the argument that the pier was safe.'), [
      { content: ['that the pier was safe'], cue: ['made the argument'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('Holt made a promise to rebuild the pier.'), [{ content: ['to rebuild the pier'], cue: ['made a promise'], mention: ['Holt'] }]);
    // "make" with other nouns makes no report.
    assert.deepEqual(suggest('Holt made the decision to close the pier.'), []);
    assert.deepEqual(suggest('The crew made a box for the new sails out of old canvas.'), []);
  });

  it('does not read a notice in capitals before a colon ("WARNING:", "CORRECTION:") as a report', () => {
    assert.deepEqual(suggest('The ferry hit the pier at speed. (WARNING: Video contains graphic images.)'), []);
    assert.deepEqual(suggest('The board met on Monday.\n\nCORRECTION: An earlier version of this story gave the wrong date for the vote.'), []);
    // A speaker's label in a transcript still is one.
    assert.deepEqual(suggest('HOLT: We will rebuild the pier.\n\nVARGA: The money is not there.'), [
      { content: ['We will rebuild the pier'], cue: [':'], mention: ['HOLT'] },
      { content: ['The money is not there'], cue: [':'], mention: ['VARGA'] },
    ]);
  });

  it('reads verbs that chronicle, outline or rebuke as cues ("documents how", "outlines a plan", "chastised X for")', () => {
    assert.deepEqual(suggest('The film documents how the harbour was built.'), [{ content: ['how the harbour was built'], cue: ['documents'], mention: ['The film'] }]);
    assert.deepEqual(suggest('The report outlines a plan to rebuild the pier.'), [
      { content: ['a plan to rebuild the pier'], cue: ['outlines'], mention: ['The report'] },
    ]);
    assert.deepEqual(suggest('Holt chastised the board for the delay.'), [{ content: ['the board for the delay'], cue: ['chastised'], mention: ['Holt'] }]);
    // The same words as nouns.
    assert.deepEqual(suggest('Documents showing the damage were given to the board.'), []);
    assert.deepEqual(suggest('Court documents filed on Monday were sealed by the judge.'), []);
  });

  it('ends the object of a participle right after its noun where the sentence’s own verb begins ("a letter criticizing the plan was sent")', () => {
    assert.deepEqual(suggest('A letter criticizing the plan was sent to the council.'), [{ content: ['the plan'], cue: ['criticizing'], mention: ['A letter'] }]);
    // A participle after a comma, or one that reports a clause, keeps the whole clause.
    assert.deepEqual(suggest('Holt issued a statement saying the plan was flawed.'), [{ content: ['the plan was flawed'], cue: ['saying'], mention: ['Holt'] }]);
    assert.deepEqual(suggest('Holt began by criticizing the plan that was approved.'), [
      { content: ['the plan that was approved'], cue: ['criticizing'], mention: ['Holt'] },
    ]);
  });

  it('keeps a relative clause inside a fronted phrase after "that" ("found that in the ports, which include …, ferries were late")', () => {
    assert.deepEqual(suggest('The study found that in the three largest ports, which include Halden and Varne, ferries were late twice as often.'), [
      { content: ['that in the three largest ports, which include Halden and Varne, ferries were late twice as often'], cue: ['found'], mention: ['The study'] },
    ]);
    // After the reported clause, ", which …" is the writer's comment.
    assert.deepEqual(suggest('The study found that ferries were late twice as often, which surprised the board.'), [
      { content: ['that ferries were late twice as often'], cue: ['found'], mention: ['The study'] },
    ]);
  });

  it('reads "spoke" or "talked" with a manner adverb before the topic ("spoke emotionally of", "talked at length about")', () => {
    assert.deepEqual(suggest('Holt spoke emotionally of the storm that destroyed the pier.'), [
      { content: ['the storm that destroyed the pier'], cue: ['spoke emotionally of'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('Varga talked at length about the ferry contract.'), [
      { content: ['the ferry contract'], cue: ['talked at length about'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('Holt spoke briefly to reporters.'), []);
  });

  it('reads a document or data subject with "shows", "found" or "indicate": the whole subject phrase is the source', () => {
    assert.deepEqual(suggest('Ferry crossings fell by a third last winter, a harbour authority analysis of newly filed port records shows.'), [
      { content: ['Ferry crossings fell by a third last winter'], cue: ['shows'], mention: ['a harbour authority analysis of newly filed port records'] },
    ]);
    assert.deepEqual(suggest('A council survey of dock workers who have held permits since Jan. 1, 2015, shows most want the pier rebuilt.'), [
      { content: ['most want the pier rebuilt'], cue: ['shows'], mention: ['A council survey of dock workers who have held permits since Jan. 1, 2015'] },
    ]);
    assert.deepEqual(suggest('The Harbour Gazette average of polls taken over the past month shows Varga leading Holm 48 percent to 41 percent.'), [
      { content: ['Varga leading Holm 48 percent to 41 percent'], cue: ['shows'], mention: ['The Harbour Gazette average of polls taken over the past month'] },
    ]);
    assert.deepEqual(suggest('Yet a 2019 study by Tarvia University and the Port Institute found that dredging costs had doubled.'), [
      { content: ['that dredging costs had doubled'], cue: ['found'], mention: ['a 2019 study by Tarvia University and the Port Institute'] },
    ]);
    assert.deepEqual(suggest('Holm denied voting for the levy, though a review of council records indicate he backed it twice.')[1], {
      content: ['he backed it twice'], cue: ['indicate'], mention: ['a review of council records'],
    });
    // "It" right after a sentence about a video.
    assert.deepEqual(suggest('The Gazette published the dashboard video on Friday. It shows a van reversing into the barrier.')[1], {
      content: ['a van reversing into the barrier'], cue: ['shows'], mention: ['It'],
    });
    // Not a noun "show", a participle before a preposition, "it" with no document before it, or an aside closing a report.
    assert.deepEqual(suggest('In a preview clip for the harbour festival show The Tides, Varga sings a sea shanty.'), [
      { content: ['a sea shanty'], cue: ['sings'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('The documents found in his car were returned to the port office.'), []);
    assert.deepEqual(suggest('It shows how little has changed at the port.'), []);
    assert.deepEqual(suggest('Varga said the barrier was down when the van hit it, the footage showed.'), [
      { content: ['the barrier was down when the van hit it, the footage showed'], cue: ['said'], mention: ['Varga'] },
    ]);
  });

  it('reads "see X as Y", "viewed X as Y" as a view of the subject: the object and the as-phrase are the content', () => {
    assert.deepEqual(suggest('Critics of the levy, like Councillors Ana Holm and Lena Varga, see the new fee as a tax on small fishing crews.'), [
      { content: ['the new fee as a tax on small fishing crews'], cue: ['see'], mention: ['Critics of the levy'] },
    ]);
    assert.deepEqual(suggest('The plan drew anger from captains who saw the remark as a dig at their crews.'), [
      { content: ['the remark as a dig at their crews'], cue: ['saw'], mention: ['who'] },
    ]);
    assert.deepEqual(suggest('Varga has long viewed Holm as a rival.'), [{ content: ['Holm as a rival'], cue: ['has long viewed'], mention: ['Varga'] }]);
    // Not a passive, "as" opening a clause or an adverb, or a noun.
    assert.deepEqual(suggest('We saw the ferry as it left the harbour.'), []);
    assert.deepEqual(suggest('The port was viewed as a safe haven.'), []);
    assert.deepEqual(suggest('They came to see the harbour as well as the museum.'), []);
    assert.deepEqual(suggest('The views of the harbour as seen from the hill are stunning.'), []);
  });

  it('reads "called X Y" with an adjective after a noun object, after a common-noun subject and after "and"', () => {
    assert.deepEqual(suggest('The harbour board called the charges unsubstantiated and fabricated by former staff.'), [
      { content: ['the charges unsubstantiated and fabricated by former staff'], cue: ['called'], mention: ['The harbour board'] },
    ]);
    assert.deepEqual(suggest('Varga called the new levy reckless.'), [{ content: ['the new levy reckless'], cue: ['called'], mention: ['Varga'] }]);
    assert.deepEqual(suggest('Holm said she had sailed through three winter storms and called it a routine hazard of the trade.'), [
      { content: ['she had sailed through three winter storms'], cue: ['said'], mention: ['Holm'] },
      { content: ['it a routine hazard of the trade'], cue: ['called'], mention: ['Holm'] },
    ]);
    // Phoning someone: a noun that looks like an adjective, a participle with its phrase, a particle.
    assert.deepEqual(suggest('The mayor called the police detective.'), []);
    assert.deepEqual(suggest('She called the union representative on Monday.'), []);
    assert.deepEqual(suggest('Holm called the man arrested at the pier.'), []);
    assert.deepEqual(suggest('He went home and called the police.'), []);
    assert.deepEqual(suggest('The campaign called the reporters back.'), []);
    assert.deepEqual(suggest('The board called the meeting to order.'), []);
  });

  it('suggests the same for a sentence whatever unrelated sentence comes before it', () => {
    const sentence = 'The mayor told a reporter who asked about the pier that it would close in May.';
    const alone = suggest(sentence);
    for (const before of ['The board posted the minutes online.', 'Residents called the ferry office about delays.']) {
      const both = suggestAttributions(`${before}\n\n${sentence}`).attributions.filter((a) => a.content[0].start > before.length).map(summary);
      assert.deepEqual(both, alone, before);
    }
  });

  it('takes the name before a relative clause with its own cue as the source of the main verb', () => {
    assert.deepEqual(suggest('Lena Varga, who said last month that the pier was safe, told reporters on Friday that it would close.'), [
      { content: ['that the pier was safe'], cue: ['said'], mention: ['who'] },
      { content: ['that it would close'], cue: ['told'], mention: ['Lena Varga, who said last month that the pier was safe'] },
    ]);
  });

  it('leaves out an intention whose clause, up to its comma, is the content of "according to"', () => {
    assert.deepEqual(suggest('Varga plans to visit the harbour on Sunday, according to a council aide.'), [
      { content: ['Varga plans to visit the harbour on Sunday'], cue: ['according to'], mention: ['a council aide'] },
    ]);
  });

  it('reads "found" or "shows" after a document noun that heads the subject, not after one that modifies another noun', () => {
    assert.deepEqual(suggest('New Survey Shows Slump In Ferry Trips'), [{ content: ['Slump In Ferry Trips'], cue: ['Shows'], mention: ['New Survey'] }]);
    assert.deepEqual(suggest('A report on the harbour found that ferries were late.'), [
      { content: ['that ferries were late'], cue: ['found'], mention: ['A report on the harbour'] },
    ]);
    assert.deepEqual(suggest('The poll workers found a ballot box in the basement.'), []);
    assert.deepEqual(suggest('The audit team found no errors in the books.'), []);
  });

  it('does not continue a speaker with a sentence that opens with a quoted title followed by its verb ("“Skin” was written …")', () => {
    const text = '“We will rebuild the quay,” Varga said. “Nobody will stop us.”\n\n“Harbour Lights” was written by Holm after the storm of 1987.';
    assert.deepEqual(suggest(text), [
      { content: ['“We will rebuild the quay,”', '“Nobody will stop us.”'], cue: ['said'], mention: ['Varga'] },
      // The title is what Holm wrote.
      { content: ['“Harbour Lights”'], cue: ['was written'], mention: ['Holm'] },
    ]);
    // A quotation that makes up the paragraph still continues the speaker.
    assert.deepEqual(suggest('“We will rebuild the quay,” Varga said.\n\n“Nobody will stop us.”'), [
      { content: ['“We will rebuild the quay,”', '“Nobody will stop us.”'], cue: ['said'], mention: ['Varga'] },
    ]);
  });

  it('takes a quotation ending in a comma before "X said" as speech only when it opens the clause, not a title or phrase inside other words', () => {
    assert.deepEqual(suggest('In his 2019 book, “Port Days,” Holm argued that the levy would ruin the fleet.'), [
      { content: ['that the levy would ruin the fleet'], cue: ['argued'], mention: ['Holm'] },
    ]);
    assert.deepEqual(suggest('The crowd roared when, at the end of the hymn “Safe Harbour,” she added the words, “Vote Varga.”'), [
      { content: ['the words, “Vote Varga.”'], cue: ['added'], mention: ['she'] },
    ]);
    assert.deepEqual(suggest('Lamenting the “broken promises,” Holm said the board had failed the port.'), [
      { content: ['the “broken promises,”'], cue: ['Lamenting'], mention: ['Holm'] },
      { content: ['the board had failed the port'], cue: ['said'], mention: ['Holm'] },
    ]);
    // Opening the clause, after "And", or a clause with a partial quotation: the speech before the cue.
    assert.deepEqual(suggest('“The levy is dead,” Holm said, adding that the board would meet again.'), [
      { content: ['“The levy is dead,”'], cue: ['said'], mention: ['Holm'] },
      { content: ['that the board would meet again'], cue: ['adding'], mention: ['Holm'] },
    ]);
    assert.deepEqual(suggest('And “the levy is dead,” Holm said on Friday, as the board met again.'), [{ content: ['“the levy is dead,”'], cue: ['said'], mention: ['Holm'] }]);
    assert.deepEqual(suggest('The port is “finished,” Holm said, adding that nobody listened.')[0], { content: ['The port is “finished,”'], cue: ['said'], mention: ['Holm'] });
  });

  it('keeps an "-ing" noun in a list inside the content ("schools, housing and …"), but ends it before a participle clause', () => {
    assert.deepEqual(suggest('Holm said that the levy “hurts too much” in the port, including in regard to schools, housing and the harbour.'), [
      { content: ['that the levy “hurts too much” in the port, including in regard to schools, housing and the harbour'], cue: ['said'], mention: ['Holm'] },
    ]);
    assert.deepEqual(suggest('Holm said the levy would hurt the harbour, leaving crews without work.'), [
      { content: ['the levy would hurt the harbour'], cue: ['said'], mention: ['Holm'] },
    ]);
  });

  it('does not read "concludes with" or "concluded by" as a report, but still reads "concluded that"', () => {
    const found = suggest('The clip concludes with footage of Holm saying at the rally, “That makes me smart,” when Varga blasted him for the levy.');
    assert.deepEqual(found.map((a) => [a.content, a.cue]), [
      [['“That makes me smart,”'], ['saying']],
      [['him for the levy'], ['blasted']],
    ]);
    assert.deepEqual(suggest('The mayor concluded by thanking the crews.'), []);
    assert.deepEqual(suggest('The inspectors concluded that the pier was unsafe.'), [
      { content: ['that the pier was unsafe'], cue: ['concluded'], mention: ['The inspectors'] },
    ]);
  });

  it('reads a label after "has gone after X as", with labels joined by "and" or "or" together', () => {
    assert.deepEqual(suggest('In recent weeks, Varga has gone after Holm as a “human leech who will drain the port” and a “spoiled brat.”'), [
      { content: ['Holm as a “human leech who will drain the port” and a “spoiled brat.”'], cue: ['has gone after'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('Last year the Gazette rated the levy as “unfair” or “reckless,” and the board dropped it.'), [
      { content: ['the levy as “unfair” or “reckless,”'], cue: ['rated'], mention: ['the Gazette'] },
    ]);
    // A quotation after "and" that is no label of the object stays apart.
    assert.deepEqual(suggest('Varga has gone after Holm as a “spoiled brat” and said “enough.”')[0], {
      content: ['Holm as a “spoiled brat”'], cue: ['has gone after'], mention: ['Varga'],
    });
  });

  it('keeps a thought or act with its subject inside the content of a report that follows it ("X believe Y, the union said")', () => {
    const outer = { content: ['Most dockworkers believe the contract is fair'], cue: ['said'], mention: ['the union'] };
    assert.deepEqual(suggest('Most dockworkers believe the contract is fair, the union said on Tuesday.'), [outer]);
    // With nested reports asked for, the outer report still holds the whole clause.
    assert.deepEqual(suggestAttributions('Most dockworkers believe the contract is fair, the union said on Tuesday.', undefined, { nested: true }).attributions.map(summary)[0], outer);
    assert.deepEqual(suggest('The board rejected the pier plan, a council member said.'), [
      { content: ['The board rejected the pier plan'], cue: ['said'], mention: ['a council member'] },
    ]);
    // A report with its content after the cue, or a second clause with its own subject, leaves the thought alone.
    assert.deepEqual(suggest('Varga thinks the levy is too high, but Holm said it was fair.'), [
      { content: ['the levy is too high'], cue: ['thinks'], mention: ['Varga'] },
      { content: ['it was fair'], cue: ['said'], mention: ['Holm'] },
    ]);
    assert.deepEqual(suggest('Most dockworkers believe the contract is fair, and the union said it would sign.'), [
      { content: ['the contract is fair'], cue: ['believe'], mention: ['Most dockworkers'] },
      { content: ['it would sign'], cue: ['said'], mention: ['the union'] },
    ]);
  });

  it('reads a passive with its agent: the subject is the content and the phrase after "by" the source', () => {
    assert.deepEqual(suggest('The ferry levy is supported by 42 percent of voters.'), [
      { content: ['The ferry levy'], cue: ['is supported'], mention: ['42 percent of voters'] },
    ]);
    assert.deepEqual(suggest('The ruling was later overturned by an appeals court.'), [
      { content: ['The ruling'], cue: ['was later overturned'], mention: ['an appeals court'] },
    ]);
    assert.deepEqual(suggest('Holt was endorsed by the dockworkers union on Monday.'), [{ content: ['Holt'], cue: ['was endorsed'], mention: ['the dockworkers union'] }]);
    // A passive of something done, not said or decided, is no report.
    assert.deepEqual(suggest('The pier was hit by a ferry.'), []);
    assert.deepEqual(suggest('Changes to the timetable were made by the new manager.'), []);
  });

  it('reads a base form after "a"/"an" and one word as a noun ("A Curious Plan to …")', () => {
    assert.deepEqual(suggest('A Curious Plan to Save the Pier: Buy Ferries\n\nThe board met on Monday.'), []);
    assert.deepEqual(suggest('A few officials plan to close the pier.'), [{ content: ['to close the pier'], cue: ['plan'], mention: ['A few officials'] }]);
  });

  it('suggests nothing in an editor’s note ("Editor’s note: …")', () => {
    assert.deepEqual(suggest('The board met on Monday.\n\nEditor’s note: Holt has repeatedly pledged to close the pier, and critics say she is wrong.'), []);
    assert.deepEqual(suggest('The board met on Monday.\n\nHolt has repeatedly pledged to close the pier.'), [
      { content: ['to close the pier'], cue: ['has repeatedly pledged'], mention: ['Holt'] },
    ]);
  });

  it('reads a base form right after another verb as a noun ("to discuss document requests")', () => {
    assert.deepEqual(suggest('Holt met with harbour officials to discuss document requests.'), [
      { content: ['document requests'], cue: ['to discuss'], mention: ['Holt'] },
    ]);
  });

  it('keeps a weak cue ("called for") before "…, sources said" in the content of the report after it', () => {
    assert.deepEqual(suggest('Harbour protocol called for the mayor to be taken to the hospital, sources said.'), [
      { content: ['Harbour protocol called for the mayor to be taken to the hospital'], cue: ['said'], mention: ['sources'] },
    ]);
  });

  it('reads a rule that allows, requires or forbids as a report ("the board’s rules permit members to …")', () => {
    assert.deepEqual(suggest('The harbour board’s rules permit members to appoint proxies.'), [
      { content: ['members to appoint proxies'], cue: ['permit'], mention: ['The harbour board’s rules'] },
    ]);
    assert.deepEqual(suggest('The program, called FerryPass, allows residents to ride for free.'), [
      { content: ['residents to ride for free'], cue: ['allows'], mention: ['The program, called FerryPass'] },
    ]);
    assert.deepEqual(suggest('Port safety standards that prohibit ferries from docking at night were ignored.'), [
      { content: ['ferries from docking at night'], cue: ['prohibit'], mention: ['Port safety standards'] },
    ]);
    // A person allowing something is no report.
    assert.deepEqual(suggest('The captain allows passengers to board early.'), []);
    assert.deepEqual(suggest('Holt permitted the crew to leave.'), []);
  });

  it('reads a stance adjective with a clause or an infinitive as a report ("are afraid the pier will close", "is eager to reopen")', () => {
    assert.deepEqual(suggest('Many captains are afraid the pier will close.'), [{ content: ['the pier will close'], cue: ['are afraid'], mention: ['Many captains'] }]);
    assert.deepEqual(suggest('Holt was also determined to warn the captains about the storm.'), [
      { content: ['to warn the captains about the storm'], cue: ['was also determined'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('The ferry was determined to be unsafe.'), []);
  });

  it('reads verbs that denounce, downplay, underscore or accept as cues', () => {
    assert.deepEqual(suggest('Varga downplayed the risks of the new pier.'), [{ content: ['the risks of the new pier'], cue: ['downplayed'], mention: ['Varga'] }]);
    assert.deepEqual(suggest('Holt underscored that the pier was safe.'), [{ content: ['that the pier was safe'], cue: ['underscored'], mention: ['Holt'] }]);
    assert.deepEqual(suggest('The captains resent the new fees.'), [{ content: ['the new fees'], cue: ['resent'], mention: ['The captains'] }]);
  });

  it('reads "weighed whether" as a thought but not a weight ("weighs 40 tonnes")', () => {
    assert.deepEqual(suggest('Holt weighed whether to close the pier.'), [{ content: ['whether to close the pier'], cue: ['weighed'], mention: ['Holt'] }]);
    assert.deepEqual(suggest('The new ferry weighs 40 tonnes more than the old one.'), []);
    assert.deepEqual(suggest('The decision weighed heavily on Holt.'), []);
    assert.deepEqual(suggest('Holt apologized for the delay.'), [{ content: ['for the delay'], cue: ['apologized'], mention: ['Holt'] }]);
  });

  it('reads set phrases of stance-taking as cues ("took issue with", "weighed in on", "raised concerns that")', () => {
    assert.deepEqual(suggest('Holt took issue with the ferry timetable.'), [{ content: ['the ferry timetable'], cue: ['took issue with'], mention: ['Holt'] }]);
    assert.deepEqual(suggest('Varga weighed in on the pier dispute.'), [{ content: ['the pier dispute'], cue: ['weighed in on'], mention: ['Varga'] }]);
    assert.deepEqual(suggest('Varga raised concerns that the pier was unsafe.'), [
      { content: ['that the pier was unsafe'], cue: ['raised concerns'], mention: ['Varga'] },
    ]);
    assert.deepEqual(suggest('Holt has repeatedly sided with the captains.'), [
      { content: ['the captains'], cue: ['has repeatedly sided with'], mention: ['Holt'] },
    ]);
    // The same words in their plain sense.
    assert.deepEqual(suggest('The crew raised the sails at dawn.'), []);
    assert.deepEqual(suggest('The ferry came out of the fog.'), []);
  });

  it('reads more set phrases ("pointed to", "laid out", "cast doubt on", "played down")', () => {
    assert.deepEqual(suggest('Holt pointed to the new railings as proof that the pier was safe.'), [
      { content: ['the new railings as proof that the pier was safe'], cue: ['pointed to'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('The harbour master cast doubt on the survey.'), [{ content: ['the survey'], cue: ['cast doubt on'], mention: ['The harbour master'] }]);
    assert.deepEqual(suggest('Varga played down the risks.'), [{ content: ['the risks'], cue: ['played down'], mention: ['Varga'] }]);
    assert.deepEqual(suggest('The band played near the quay.'), []);
  });

  it('reads "ruled out accepting …" as one report by the subject, not a participle with "out" as its source', () => {
    assert.deepEqual(suggest('Holt also ruled out accepting a new ferry contract.'), [
      { content: ['accepting a new ferry contract'], cue: ['also ruled out'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('The board gave up trying to save the pier.'), []);
  });

  it('reads an evidence verb after a dashed aside with its subject before the dashes, not the words after it', () => {
    assert.deepEqual(suggest('Holt’s airing of anger with Varga — who she has been less ready to blame for the closure than the board — indicates her struggle to get the board to agree to her plan.'), [
      { content: ['her struggle to get the board to agree to her plan'], cue: ['indicates'], mention: ['Holt’s airing of anger with Varga'] },
    ]);
    // A speech verb after a dash still takes the speaker after it.
    assert.deepEqual(suggest('The pier will reopen in May — said Holt.'), [{ content: ['The pier will reopen in May'], cue: ['said'], mention: ['Holt'] }]);
  });

  it('takes the subject of "resists", "risks" or "delays" for the participle after it ("the board resists agreeing")', () => {
    assert.deepEqual(suggest('Holt is angry as the board resists agreeing to her demands.'), [
      { content: ['to her demands'], cue: ['agreeing'], mention: ['the board'] },
    ]);
  });

  it('gives a quotation in "footage of X saying …" to X, not to the footage', () => {
    assert.deepEqual(suggest('The ad ends with footage of Holt saying, “The pier is safe.”'), [
      { content: ['“The pier is safe.”'], cue: ['saying'], mention: ['Holt'] },
    ]);
  });

  it('gives a headline’s quotation after a colon to the name the article repeats, not to the whole headline', () => {
    assert.deepEqual(suggest('Ines Varga Grills Harbour Board Chief: ‘Step Aside Now.’\n\nCouncillor Ines Varga questioned the chief for two hours on Tuesday.')[0], {
      content: ['‘Step Aside Now.’'], cue: [':'], mention: ['Ines Varga'],
    });
    // A long headline whose words the article never repeats names nobody.
    assert.deepEqual(suggest('Floods Return To The Old River Town Again: ‘We Adapt.’\n\nThe river rose again in May.'), []);
  });

  it('reads a colon closing one paragraph as the cue of the quotation that makes up the next, after a dated opening', () => {
    assert.deepEqual(suggest('On March 3, 2019, Okafor made the following comment:\n\n“Ferries were late on 40 days. Buses were late on 12.”\n\nThe port disputed the figures.'), [
      { content: ['“Ferries were late on 40 days. Buses were late on 12.”'], cue: [':'], mention: ['Okafor'] },
      { content: ['the figures'], cue: ['disputed'], mention: ['The port'] },
    ]);
    // A quotation that only begins the next paragraph is not the colon’s.
    assert.deepEqual(suggest('The agenda was as follows:\n\n“Budget” comes first, then the pier.').filter((a) => a.cue?.[0] === ':'), []);
  });

  it('ends the content of a fronted subordinate clause where the main clause begins ("Though she called for …, Varga stopped …")', () => {
    assert.deepEqual(suggest('Though she called the board’s conduct “shameful” and called for bonuses to be “handed back” by its members, Varga stopped short of demanding resignations.'), [
      { content: ['the board’s conduct “shameful”'], cue: ['called'], mention: ['she'] },
      { content: ['bonuses to be “handed back” by its members'], cue: ['called for'], mention: ['she'] },
    ]);
    // Without a subordinator the words after the comma stay in the content.
    assert.deepEqual(suggest('She said the board failed, Varga stopped the vote and the pier closed.')[0].content, ['the board failed, Varga stopped the vote and the pier closed']);
  });

  it('gives a quotation paragraph after an indirect report its own attribution by the same speaker, and continues a direct one', () => {
    const text = 'Holt said the pier would reopen in May.\n\n“We have the money, and we have the plan.”\n\n“We will rebuild the quay,” Holt said.\n\n“The money is there.”';
    const result = suggestAttributions(text);
    assert.deepEqual(result.attributions.map(summary), [
      { content: ['the pier would reopen in May'], cue: ['said'], mention: ['Holt'] },
      { content: ['“We have the money, and we have the plan.”'], cue: undefined, mention: undefined },
      { content: ['“We will rebuild the quay,”', '“The money is there.”'], cue: ['said'], mention: ['Holt'] },
    ]);
    assert.deepEqual(new Set(result.attributions.map((a) => a.source?.actor)), new Set(['holt']));
  });

  it('takes the speaker of a paragraph-closing colon from "this statement by X", and needs such a word across paragraphs', () => {
    assert.deepEqual(suggest('The ferry blog printed this statement by Tom Holt:\n\n“The pier is safe.”'), [
      { content: ['“The pier is safe.”'], cue: [':'], mention: ['Tom Holt'] },
    ]);
    assert.deepEqual(suggest('The trouble begins when the site rates the claims:\n\n“The pier is safe.”'), []);
  });

  it('reads 6\'3" as feet and inches, not as a quotation mark', () => {
    const [a] = suggestAttributions('The skipper is 5\'11" tall and weighs 170 pounds, according to the clinic.').attributions;
    assert.deepEqual(summary(a), { content: ['The skipper is 5\'11" tall and weighs 170 pounds'], cue: ['according to'], mention: ['the clinic'] });
    assert.equal(a.type, 'indirect');
  });

  it('ends a quotation whose opening mark was lost at its closing mark, not at a verb inside it', () => {
    assert.deepEqual(suggest('” … the crew worked through the night with a patience any captain would have envied,” Ruiz wrote.'), [
      { content: ['” … the crew worked through the night with a patience any captain would have envied,”'], cue: ['wrote'], mention: ['Ruiz'] },
    ]);
  });

  it('reads "characterized", "exhorted" and "referenced"/"referencing" as cues, but not the nouns "reference(s)"', () => {
    assert.deepEqual(suggest('However, he characterized the deputy mayor, Lena Brandt, as, “rather rattled tonight.”'), [
      { content: ['the deputy mayor, Lena Brandt, as, “rather rattled tonight.”'], cue: ['characterized'], mention: ['he'] },
    ]);
    assert.deepEqual(suggest('Holt exhorted members to "stand by the fleet" at the meeting.'), [
      { content: ['members to "stand by the fleet" at the meeting'], cue: ['exhorted'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('It is unfair to skippers, she said, referencing the board’s push to “fast-track” permits.'), [
      { content: ['It is unfair to skippers'], cue: ['said'], mention: ['she'] },
      { content: ['the board’s push to “fast-track” permits'], cue: ['referencing'], mention: ['she'] },
    ]);
    assert.deepEqual(suggest('The references to the pier were removed. He gave a reference to the board.'), []);
  });

  it('reads "used the phrase “…”" with the quoted term as content, beside a report that shares its subject', () => {
    assert.deepEqual(suggest('Holt has often used the phrase “harbour first” in his speeches, and criticized Varga for never doing so.'), [
      { content: ['“harbour first”'], cue: ['has often used the phrase'], mention: ['Holt'] },
      { content: ['Varga for never doing so'], cue: ['criticized'], mention: ['Holt'] },
    ]);
    // Without quotation marks the term is not marked, and "used" alone reports nothing.
    assert.deepEqual(suggest('The board used the words public good in its letter. They used the money well.'), []);
  });

  it('reads "…, as X put it in a profile, “…”" as the quotation after the aside, and drops an adverb from the speaker', () => {
    assert.deepEqual(suggest('The skipper hates being called, as The Harbour Times put it in a long feature, “the fixer.”'), [
      { content: ['“the fixer.”'], cue: ['put it'], mention: ['The Harbour Times'] },
    ]);
    assert.deepEqual(suggest('As Holt recently put it, “Did the board cut corners?”'), [
      { content: ['“Did the board cut corners?”'], cue: ['put it'], mention: ['Holt'] },
    ]);
    // A clause that the quotation completes keeps both parts.
    assert.deepEqual(suggest('The port, as one captain put it, “is dying.”'), [
      { content: ['The port', '“is dying.”'], cue: ['put it'], mention: ['one captain'] },
    ]);
  });

  it('ends a report inside a fronted "With …" phrase at the comma before the main clause', () => {
    assert.deepEqual(suggest('With harbour staff increasingly worried about a shortage of berths for the new ferries, Mayor Holt is trying a blunt new slogan: "Berths first."'), [
      { content: ['a shortage of berths for the new ferries'], cue: ['increasingly worried about'], mention: ['harbour staff'] },
      { content: ['"Berths first."'], cue: [':'], mention: ['Mayor Holt'] },
    ]);
  });

  it('reads "took to Twitter to accuse …" and "went to the floor to denounce …" as reports of the subject', () => {
    assert.deepEqual(suggest('Holt took to Twitter late Sunday to accuse the port board of being “asleep.”'), [
      { content: ['the port board of being “asleep.”'], cue: ['took to Twitter late Sunday to accuse'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('Ruiz went to the Senate floor to denounce the deal.'), [{ content: ['the deal'], cue: ['went to the Senate floor to denounce'], mention: ['Ruiz'] }]);
    assert.deepEqual(suggest('Holt went on to say the pier was safe.'), [{ content: ['the pier was safe'], cue: ['went on to say'], mention: ['Holt'] }]);
    // Without a platform, "to" + verb after "took" is no report.
    assert.deepEqual(suggest('She took the bus to denounce nothing in particular.'), []);
  });

  it('reads "in his eyes", "in her view" and "in the opinion of X" like "according to", and an unfinished clause goes on after the aside', () => {
    assert.deepEqual(suggest('Only the old trawlers are "seaworthy" in his eyes.'), [{ content: ['Only the old trawlers are "seaworthy"'], cue: ['eyes'], mention: ['his'] }]);
    assert.deepEqual(suggest('In her view, the pier is a relic.'), [{ content: ['the pier is a relic'], cue: ['view'], mention: ['her'] }]);
    assert.deepEqual(suggest('The pier, in the opinion of most captains, is unsafe.'), [{ content: ['The pier', 'is unsafe'], cue: ['in the opinion of'], mention: ['most captains'] }]);
    const r = suggestAttributions('Holt Moves On.\n\nThe deal was, in Holt’s estimation, a disaster.');
    assert.deepEqual(r.attributions.map(summary), [{ content: ['The deal was', 'a disaster'], cue: ['estimation'], mention: ['Holt’s'] }]);
    assert.equal(r.actors.find((x) => x.id === r.attributions[0].source?.actor)?.name, 'Holt');
    assert.deepEqual(suggest('The ship sailed in full view of the crowd.'), []);
  });

  it('reads a sentence-opening participle of saying ("Bemoaning the “paper harbour,” Holt …") with the main clause’s subject as source', () => {
    assert.deepEqual(suggest('Bemoaning the "paper harbour," Holt said he would fight on.'), [
      { content: ['the "paper harbour,"'], cue: ['Bemoaning'], mention: ['Holt'] },
      { content: ['he would fight on'], cue: ['said'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('Citing the costs, the board voted against the pier.'), [{ content: ['the costs'], cue: ['Citing'], mention: ['the board'] }]);
    // The occasion of speaking is not what was said.
    assert.deepEqual(suggest('Speaking to reporters, Holt walked out. Writing in 1990, the author was young.'), []);
  });

  it('reads "called him a …" after a subject with an apposition', () => {
    assert.deepEqual(suggest('His old crewmate, Lena Marsh, called him a wizard at patching leaky hulls.'), [
      { content: ['him a wizard at patching leaky hulls'], cue: ['called'], mention: ['His old crewmate, Lena Marsh'] },
    ]);
  });

  it('reads a passive label in quotation marks ("it was labeled “Half Right”") and "is being criticized as"', () => {
    assert.deepEqual(suggest('When the harbour audit reached the claim, it was labeled “Half Right.”'), [{ content: ['it', '“Half Right.”'], cue: ['was labeled'], mention: undefined }]);
    assert.deepEqual(suggest('The plan was branded “reckless” by Holt on Monday.'), [{ content: ['The plan', '“reckless”'], cue: ['was branded'], mention: ['Holt'] }]);
    assert.deepEqual(suggest('The plan is being criticized as a "sink or swim" approach.'), [
      { content: ['The plan', 'as a "sink or swim" approach'], cue: ['is being criticized'], mention: undefined },
    ]);
    // A name given is no label of anyone's.
    assert.deepEqual(suggest('The boat is called “Maisie.”'), []);
  });

  it('reads a quoted title as the subject of a passive with its agent ("“Harbour Lights” was written by …")', () => {
    assert.deepEqual(suggest('“Harbour Lights (Nine Knots)” was written by Lena Marsh in 2001.'), [
      { content: ['“Harbour Lights (Nine Knots)”'], cue: ['was written'], mention: ['Lena Marsh'] },
    ]);
    assert.deepEqual(suggest('“Harbour Lights” was directed by Holt in 2000.'), []);
  });

  it('reads "talks to X about …" with the person spoken to and the topic as content, not "spoke to this week about"', () => {
    assert.deepEqual(suggest('Ana Ruiz talks to Holt about the question of winter moorings.'), [
      { content: ['to Holt about the question of winter moorings'], cue: ['talks'], mention: ['Ana Ruiz'] },
    ]);
    assert.deepEqual(suggest('The people I spoke to this week about the plan agreed.'), []);
  });

  it('reads “…,” the article read after an inner closing mark, and names no headline speaker "A"', () => {
    assert.deepEqual(suggest('“Skippers thanked Holt for what they called ‘the rescue of the year,\'” the article read.'), [
      { content: ['“Skippers thanked Holt for what they called ‘the rescue of the year,\'”'], cue: ['read'], mention: ['the article'] },
    ]);
    assert.deepEqual(suggest('A Lesson From The Old Harbour Pier: ‘Be Kind.’\n\nA storm came. A pier fell.').filter((a) => a.cue?.[0] === ':'), []);
  });

  it('takes an occupation before a name as a title, not as part of the actor’s name ("Activist Ana Ruiz")', () => {
    const r = suggestAttributions('Activist Ana Ruiz talks to Holt about the pier.\n\nRuiz said the pier was safe.');
    assert.deepEqual(new Set(r.attributions.map((a) => a.source?.actor)), new Set(['ana-ruiz']));
    const actor = r.actors.find((x) => x.id === 'ana-ruiz');
    assert.equal(actor?.name, 'Ana Ruiz');
    assert.match(actor?.description ?? '', /activist/i);
  });

  it('does not take a clause with its own verb for an apposition before "…, said X"', () => {
    assert.deepEqual(suggest('For some crews, the new fees would eat up the savings, said Marsh.'), [
      { content: ['For some crews, the new fees would eat up the savings'], cue: ['said'], mention: ['Marsh'] },
    ]);
    assert.deepEqual(suggest('Maria Lopez, a lawyer who has worked for the port, said the pier was safe.'), [
      { content: ['the pier was safe'], cue: ['said'], mention: ['Maria Lopez, a lawyer who has worked for the port'] },
    ]);
  });

  it('reads a section title in capitals before a dash as no report, and the sentence after the dash as usual', () => {
    assert.deepEqual(suggest('OLD HANDS WON’T CREW FOR HIM — Holt said the pier was safe.'), [
      { content: ['the pier was safe'], cue: ['said'], mention: ['Holt'] },
    ]);
  });

  it('ends content at a quoted label after "as" when an occasion follows ("as a “disgrace” after …")', () => {
    assert.deepEqual(suggest('Holt described the levy as a “money pit” during a town-hall visit in Dunmore.'), [
      { content: ['the levy as a “money pit”'], cue: ['described'], mention: ['Holt'] },
    ]);
    // Without "as" the words after the quotation stay.
    assert.deepEqual(suggest('Holt called the plan “bad” in every way.'), [{ content: ['the plan “bad” in every way'], cue: ['called'], mention: ['Holt'] }]);
  });

  it('keeps a dashed aside inside the content when the clause goes on after it', () => {
    assert.deepEqual(suggest('The Holt team has said crews - full-time, seasonal and retired - would qualify for the rebates.'), [
      { content: ['crews - full-time, seasonal and retired - would qualify for the rebates'], cue: ['has said'], mention: ['The Holt team'] },
    ]);
    assert.deepEqual(suggest('Holt said the pier — built in 1901 — was unsafe.')[0].content, ['the pier — built in 1901 — was unsafe']);
    // A dash before the writer's own words still ends the content.
    assert.deepEqual(suggest('Holt said the pier would close — a blow — and left.')[0].content, ['the pier would close']);
  });

  it('reads "many of whom say …" with the partitive as source and the relative clause as its territory', () => {
    assert.deepEqual(suggest('The move angered the skippers, many of whom say the new fees are unfair.'), [
      { content: ['the new fees are unfair'], cue: ['say'], mention: ['many of whom'] },
    ]);
    assert.deepEqual(suggest('The captains, most of whom said the pier was unsafe, left.'), [
      { content: ['the pier was unsafe'], cue: ['said'], mention: ['most of whom'] },
    ]);
  });

  it('keeps two joined places in the subject ("captains in Norway and around the coast say")', () => {
    assert.deepEqual(suggest('Seasoned captains in Norway and around the coast say Holt deserves the berth.'), [
      { content: ['Holt deserves the berth'], cue: ['say'], mention: ['Seasoned captains in Norway and around the coast'] },
    ]);
  });

  it('leaves the medium at the end of a content out ("… in a statement on Thursday"), and the subject’s next verb after "but"', () => {
    assert.deepEqual(suggest('The union demanded more ferry funding in a statement on Thursday.'), [
      { content: ['more ferry funding'], cue: ['demanded'], mention: ['The union'] },
    ]);
    assert.deepEqual(suggest('Holt has expressed interest in a new levy but has been met with protests.'), [
      { content: ['interest in a new levy'], cue: ['has expressed'], mention: ['Holt'] },
    ]);
    // A reported clause goes on after "but"; an occasion that is no medium stays.
    assert.deepEqual(suggest('Holt said the levy was fair but had been poorly explained.')[0].content, ['the levy was fair but had been poorly explained']);
    assert.deepEqual(suggest('Wardens say they have the boats to patrol the bay during the regatta.')[0].content, ['they have the boats to patrol the bay during the regatta']);
  });

  it('leaves a comparison before the content out ("have said, as did the port board itself, that …")', () => {
    assert.deepEqual(suggest('Pilots have said, as did the port board itself, that the timetable could still slip.'), [
      { content: ['that the timetable could still slip'], cue: ['have said'], mention: ['Pilots'] },
    ]);
  });

  it('leaves an apposition that closes the content out ("…, a key worry for …", "…, known as …"), but not a name’s or a list’s', () => {
    assert.deepEqual(suggest('Holt cited the strike as an example of rising costs, a key worry for the fleet.'), [
      { content: ['the strike as an example of rising costs'], cue: ['cited'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('Holt praised the new deal, known as the Harbour Pact.'), [{ content: ['the new deal'], cue: ['praised'], mention: ['Holt'] }]);
    assert.deepEqual(suggest('Holt said he would not back Ruiz, the choice of the pilots.')[0].content, ['he would not back Ruiz, the choice of the pilots']);
    assert.deepEqual(suggest('Holt praised his heroes, including the singer Ana Ruiz, the captain Tom Varga and the poet Lena Marsh.')[0].content, [
      'his heroes, including the singer Ana Ruiz, the captain Tom Varga and the poet Lena Marsh',
    ]);
  });

  it('ends the content at “…,” before a concessive clause ("…,\" though she noted …")', () => {
    assert.deepEqual(suggest('She said she writes about tides because "you write about the water you sail on," though she noted she has also covered the fish market.'), [
      { content: ['she writes about tides because "you write about the water you sail on,"'], cue: ['said'], mention: ['She'] },
      { content: ['she has also covered the fish market'], cue: ['noted'], mention: ['she'] },
    ]);
  });

  it('ends a quotation content before the occasion after it ("“we will rebuild” after the storm")', () => {
    assert.deepEqual(suggest('Holt said “we will rebuild” after the storm.'), [{ content: ['“we will rebuild”'], cue: ['said'], mention: ['Holt'] }]);
    // A place or a time with "in" may still be part of what was said.
    assert.deepEqual(suggest('Holt said “we will rebuild” in May.')[0].content, ['“we will rebuild” in May']);
  });

  it('ends "what X called “…”" at the quotation when the sentence’s own verb follows', () => {
    assert.deepEqual(suggest('The pier is what several captains called “a disgrace” led the board to act.'), [
      { content: ['“a disgrace”'], cue: ['called'], mention: ['several captains'] },
    ]);
    // Words that go on with the label stay.
    assert.deepEqual(suggest('Holt called the levy “a tax” on fishermen.')[0].content, ['the levy “a tax” on fishermen']);
  });

  it('ends a source on a word of its own, and gives a report no source rather than a participle phrase', () => {
    const r = suggestAttributions('The challenge of the audit: “Ferries were late on 40 days.”').attributions.map(summary);
    assert.deepEqual(r, [{ content: ['“Ferries were late on 40 days.”'], cue: [':'], mention: ['The challenge'] }]);
    assert.deepEqual(suggest('Salvage experts say some wrecks can be raised within a week.')[0].mention, ['Salvage experts']);
  });

  it('does not read "speaking on condition of anonymity" as a report, also with nested reports', () => {
    const text = 'Harbour officials, speaking on condition of anonymity, said the board had misreported the talks.';
    const expected = [{ content: ['the board had misreported the talks'], cue: ['said'], mention: ['Harbour officials'] }];
    assert.deepEqual(suggest(text), expected);
    assert.deepEqual(suggestAttributions(text, undefined, { nested: true }).attributions.map(summary), expected);
  });

  it('stops a subject at a spaced hyphen used as a dateline dash ("GLENMORE, Ore. - The board said")', () => {
    assert.deepEqual(suggest('GLENMORE, Ore. - The county water board said repairs would take weeks.'), [
      { content: ['repairs would take weeks'], cue: ['said'], mention: ['The county water board'] },
    ]);
    assert.deepEqual(suggest('Board president Luis Ortega-Martinez said repairs would take weeks.')[0].mention, ['Board president Luis Ortega-Martinez']);
  });

  it('takes a source after "said" that opens with a title in lower case ("said chief executive Amara Okafor")', () => {
    assert.deepEqual(suggest('“The schedule gives us certainty,” said chief executive Amara Okafor-Reid.'), [
      { content: ['“The schedule gives us certainty,”'], cue: ['said'], mention: ['chief executive Amara Okafor-Reid'] },
    ]);
  });

  it('ends a short content before a relative clause after a dash ("their support -- who cited …")', () => {
    assert.deepEqual(suggest('Holt named 40 pilots -- most of whom had already declared their backing -- who praised her record at the port.'), [
      { content: ['their backing'], cue: ['had already declared'], mention: ['most of whom'] },
      { content: ['her record at the port'], cue: ['praised'], mention: ['who'] },
    ]);
  });

  it('reads a report someone was led to make ("the storm prompted the mayor to warn that …")', () => {
    assert.deepEqual(suggest('The storm prompted the mayor to warn that the pier could fall.'), [
      { content: ['that the pier could fall'], cue: ['warn'], mention: ['the mayor'] },
    ]);
    assert.deepEqual(suggest('The article led harbour pilot Lena Marsh to fear a “quiet sell-off.”'), [
      { content: ['a “quiet sell-off.”'], cue: ['fear'], mention: ['harbour pilot Lena Marsh'] },
    ]);
    // Led somewhere, or led things to happen, is no report.
    assert.deepEqual(suggest('The road led the crews to the pier. The rules led prices to rise.'), []);
  });

  it('reads "went on about", "railed about" and "sounded off about" as set phrases of saying', () => {
    assert.deepEqual(suggest('Holt went on about “how the system is rigged,” and “forgotten crews.”'), [
      { content: ['“how the system is rigged,” and “forgotten crews.”'], cue: ['went on about'], mention: ['Holt'] },
    ]);
    assert.deepEqual(suggest('The mayor sounded off about the ferry fares.'), [{ content: ['the ferry fares'], cue: ['sounded off about'], mention: ['The mayor'] }]);
    assert.deepEqual(suggest('The show went on after the break.'), []);
  });

  it('reads "identified X as …" as a cue, but not "a man identified as …" or "identified the driver"', () => {
    assert.deepEqual(suggest('Sen. Ada Ruiz, who lost the primary to Holt, identified the fees as one of the reasons for the result.'), [
      { content: ['the fees as one of the reasons for the result'], cue: ['identified'], mention: ['Sen. Ada Ruiz, who lost the primary to Holt'] },
    ]);
    assert.deepEqual(suggest('A man identified as Tom Holt was arrested. Police identified the driver on Monday.'), []);
  });
});
