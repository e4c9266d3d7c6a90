import { ACTOR, CUE, ScopedText } from './scopes';

describe('grammar: speech cues', () => {
  let cues: ScopedText;
  let harbour: ScopedText;
  before(async () => {
    cues = await ScopedText.fromFixture('cues.news.txt');
    harbour = await ScopedText.fromFixture('harbour.news.txt');
  });

  it('scopes reporting verbs in all their forms', () => {
    for (const verb of [
      'The mayor [[said]] the', 'She [[says]] so', '[[saying]] it again',
      'The minister [[told]] the committee', 'later [[told reporters]] the same',
      'The editor [[wrote]] that', 'she [[writes]] a column', 'has [[written]] two',
      'He [[added]] a caveat', '[[adding]] that the numbers', 'The union [[claimed]] victory', 'and [[warned]] of strikes',
      'The lawyer [[insisted]] on', 'and [[argued]] the ballots', 'The agency [[denied]] it', 'then [[admitted]] a delay',
      'The council [[announced]] a review', '[[urged]] calm', 'and [[asked]] for patience', 'The company [[replied]] by email',
      'The senator [[tweeted]] a photo', 'and [[posted]] a video',
    ]) cues.exactly(verb, CUE);
  });

  it('scopes "according to", "in a statement" and "told reporters" as whole cues', () => {
    cues.exactly('[[According to]] the filing', CUE);
    cues.exactly('[[In a statement]], the ministry', CUE);
    cues.exactly('The group said [[in a statement]] that', CUE);
    cues.exactly('The group [[said]] in a statement', CUE);
    harbour.exactly('Ms van der Berg [[told reporters]] after', CUE);
  });

  it('does not scope cues inside quotations or inside other words', () => {
    harbour.lacks('“Ask Director Halvorsen, he [[said]] it first,”', CUE);
    harbour.exactly('first,” one skipper [[joked]].', CUE);
    cues.lacks('The [[minister]] told', CUE);
    cues.lacks('[[The council]] announced', CUE);
  });
});

describe('grammar: named actors', () => {
  let harbour: ScopedText;
  let drones: ScopedText;
  let water: ScopedText;
  let budget: ScopedText;
  before(async () => {
    harbour = await ScopedText.fromFixture('harbour.news.txt');
    drones = await ScopedText.fromFixture('drones.news.txt');
    water = await ScopedText.fromFixture('water-board.news.txt');
    budget = await ScopedText.fromFixture('budget.news.txt');
  });

  it('scopes names with particles, hyphens, apostrophes and initials as one actor', () => {
    drones.has('Commission President [[Ursula von der Leyen]] said', ACTOR);
    drones.exactly('never met [[Charles de Gaulle]], but', ACTOR);
    drones.exactly('a museum devoted to [[de Gaulle]] holds', ACTOR);
    drones.exactly('[[Crown Prince Mohammed bin Salman]] never', ACTOR);
    drones.exactly('letters that [[Bashar al-Assad]]’s father', ACTOR);
    drones.exactly('said [[Karl-Heinz Obermeier of the Bavarian Logistics Federation]].', ACTOR);
    drones.exactly('and [[J. R. Whitcombe]], a pilot', ACTOR);
    harbour.exactly('[[Councillor Rhys O’Donnell]], who', ACTOR);
    water.exactly('said [[Jo Anne McAllister]], 64', ACTOR);
  });

  it('takes in a title before the name', () => {
    drones.exactly('on Monday. [[Commission President Ursula von der Leyen]] said', ACTOR);
    drones.exactly('[[Gen. Ana Lúcia Ferreira]], the alliance’s', ACTOR);
    drones.exactly('[[Dr Łukasz Nowak]], a drone engineer', ACTOR);
    drones.exactly('The UN [[secretary-general António Guterres]] urged', ACTOR);
    drones.exactly('the [[spokesperson Mira Okonjo]] posted', ACTOR);
    harbour.exactly('said [[chief executive Amara Okafor-Reid]].', ACTOR);
    harbour.exactly('that its chair, [[Ingrid van der Berg]], called', ACTOR);
    harbour.exactly('On Friday, [[Prime Minister Elena Kovacs]] is expected', ACTOR);
    harbour.exactly('door,” [[Ms van der Berg]] told', ACTOR);
    water.exactly("The board's engineer, [[Dr. Hannah Lindqvist]], wrote", ACTOR);
    water.exactly('[[Mayor Kwame Boateng-Ellis]] tweeted', ACTOR);
    budget.exactly("[[Mr. Whitford]]'s aides", ACTOR);
  });

  it('scopes organisations and institutions', () => {
    drones.exactly('BRUSSELS — The [[European Commission]] proposed', ACTOR);
    drones.exactly('The [[White House]] declined', ACTOR);
    drones.exactly('comment. [[Nato]] officials', ACTOR);
    drones.exactly('said [[Tass]] had misreported', ACTOR);
    harbour.exactly('In a statement, [[Brightwater Shipping]] said', ACTOR);
  });

  it('leaves out ordinary words that open a sentence', () => {
    harbour.lacks('[[The]] harbour authority on Tuesday', ACTOR);
    harbour.lacks('[[However]], the port’s', ACTOR);
    harbour.lacks('[[Asked]] whether the plan', ACTOR);
    harbour.lacks('[[Later]] in the week', ACTOR);
    harbour.lacks('[[He]] added that', ACTOR);
    harbour.lacks('[[The]] authority will publish', ACTOR);
    harbour.lacks('[[According to]] Secretary-General', ACTOR);
    drones.lacks('[[The]] White House', ACTOR);
    water.lacks('[[That]] memo was released', ACTOR);
  });

  it('leaves out months and weekdays', () => {
    harbour.lacks('authority on [[Tuesday]] approved', ACTOR);
    harbour.lacks('full plan in [[March]].', ACTOR);
    harbour.lacks('[[On Friday]], Prime Minister', ACTOR);
    water.lacks('board said [[Wednesday]] that', ACTOR);
    water.lacks('request on [[Thursday]].', ACTOR);
    budget.lacks('past [[Friday]], and', ACTOR);
  });

  it('does not scope names inside quotations', () => {
    harbour.lacks('“Ask [[Director Halvorsen]], he said', ACTOR);
    harbour.lacks('“[[We]] listened', ACTOR);
    budget.lacks("''[[This]] is not", ACTOR);
  });
});
