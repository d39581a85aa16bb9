import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../shared/facts/extract-facts.js';
import { isMultilateral } from '../../../shared/facts/parties/multilateral.js';

// Invented articles, each showing one rule of how candidates become facts.
const summary = (paragraphs: string[]) =>
  extractFacts({ title: '', paragraphs }).map((f) => `${f.type} ${f.amount ? `${f.amount.value} ${f.amount.currency}` : '-'} ${f.organizations.join('+')}`);

describe('resolving candidates into facts', () => {
  it('joins a document and its value stated in the next sentence', () => {
    const facts = extractFacts({
      title: '',
      paragraphs: ['Sarbon Energy has signed deals with the Ministry of Energy of Tajikistan to build two hydropower plants. Taken together, the agreements are worth up to $700 million.'],
    });
    const agreements = facts.filter((f) => f.type === 'agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]?.amount?.value).toBe(7e8);
    expect(agreements[0]?.organizations).toEqual(expect.arrayContaining(['Sarbon Energy', 'Ministry of Energy of Tajikistan']));
    expect(agreements[0]?.evidence).toContain('Sarbon Energy has signed deals');
  });

  it('gives a project with no party of its own the lender its title names, and only then', () => {
    // Real text: real-c tengrinews-nodate-kz-ebrd-road-projects; real-d isdb-nodate-kz-bf-mz-325m-projects.
    const paragraphs = ['Officials discussed the road programme in Dushanbe.', 'The reconstruction of the 120-km-long Kulob-Kalaikhum road is estimated at $310 million.'];
    const project = (title: string) => extractFacts({ title, paragraphs }).find((f) => f.type === 'project');
    expect(project('ADB weighs support for Tajik roads')?.organizations).toEqual(['Asian Development Bank (ADB)']);
    expect(project('Tajikistan plans new roads')?.organizations).toEqual([]);
    // A project that names its builder keeps it alone.
    const built = extractFacts({
      title: 'ADB weighs support for Tajik roads',
      paragraphs: ['China Road and Bridge Corporation will rebuild the 120-km-long Kulob-Kalaikhum road for $310 million.'],
    }).find((f) => f.type === 'project');
    expect(built?.organizations).toEqual(['China Road and Bridge Corporation']);
  });

  it('counts a restated sum once', () => {
    const facts = summary([
      'Trade between Uzbekistan and Kazakhstan reached $4.5 billion last year, the ministry said.',
      '"Our trade reached $4.5 billion last year, and we will not stop there," the president stressed at the meeting in Astana.',
    ]);
    expect(facts.filter((f) => f.startsWith('trade'))).toEqual(['trade 4500000000 USD ']);
  });

  it('does not count a lead sentence again when the article details it', () => {
    const facts = summary([
      'Agreements on new wind farms have been signed by Kazakhstan and Vento Nord Group.',
      'In particular, the Ministry of Energy of Kazakhstan and Vento Nord Group signed an investment agreement on a 300 MW wind farm in the Zhambyl region.',
    ]);
    expect(facts.filter((f) => f.startsWith('agreement'))).toHaveLength(1);
  });

  it('does not count a document named again as a new agreement', () => {
    const facts = summary([
      'Zarafshan Solar Group and the Ministry of Energy of Uzbekistan signed a Power Purchase Agreement and an Implementation Agreement for a 200 MW solar plant.',
      'The Implementation Agreement was signed with the Ministry of Investment of Uzbekistan.',
    ]);
    expect(facts.filter((f) => f.startsWith('agreement'))).toHaveLength(1);
  });

  it('absorbs the details of a priced project into it', () => {
    const facts = summary([
      'Altyn Agro Holding is building a sugar plant in the Zhambyl region worth $210 million. The plant will process 1 million tons of beet a year, and the construction of a warehouse complex is also planned.',
    ]);
    expect(facts.filter((f) => f.startsWith('project'))).toEqual(['project 210000000 USD Altyn Agro Holding']);
  });

  it('counts the object a loan pays for once when the article describes the works', () => {
    const facts = summary([
      'The Kuwait Fund approved $50 million in financing for the construction of a water treatment plant in Osh.',
      'Under the project, the plant will be built by the Turkish contractor Kalyon Insaat by 2028.',
    ]);
    expect(facts.filter((f) => f.startsWith('project'))).toEqual([expect.stringContaining('Kalyon Insaat')]);
  });

  it('keeps the loan purpose, with its lender, over a bare mention of the same object', () => {
    const paragraphs = [
      'DUSHANBE, Tajikistan, May 3. The Islamic Development Bank approved $70 million in financing for the construction of the Zarafshan hydropower plant.',
      'Tajik Prime Minister Kokhir Rasulzoda later met the builders of the Zarafshan hydropower plant.',
    ];
    // The mention names a country but no party of its own: the purpose sentence, with the lender, is the one kept.
    const projects = extractFacts({ title: '', paragraphs }).filter((f) => f.type === 'project');
    expect(projects).toHaveLength(1);
    expect(projects[0]?.organizations).toContain('Islamic Development Bank');
    expect(projects[0]?.evidence).toContain('approved $70 million');
  });

  it('does not make the source of a figure, or a ministry named in full, point back to earlier parties', () => {
    const facts = summary([
      'Tian Yuan Solar will build a 100 MW solar plant in Bukhara region.',
      'According to the Ministry of Investment, the volume of Chinese investment in Uzbekistan reached $2.3 billion.',
    ]);
    expect(facts.filter((f) => f.startsWith('investment'))).toEqual(['investment 2300000000 USD ']);
  });

  it('keeps a second object of the same builder as a project of its own, with the builder from "It"', () => {
    const facts = summary([
      'Altyn Tau Mining has opened a copper processing plant in the Pavlodar region worth $150 million.',
      'It also plans to build a second plant in the Abai region by 2028, the regional administration said.',
    ]);
    expect(facts.filter((f) => f.startsWith('project'))).toEqual(['project 150000000 USD Altyn Tau Mining', 'project - Altyn Tau Mining']);
  });

  it('drops a summary project with no builder when the article names the builders', () => {
    const facts = summary([
      'Turkish companies plan to set up production in Azerbaijan, the minister said.',
      'Kale Seramik Group intends to build a tile factory in Ganja.',
    ]);
    expect(facts.filter((f) => f.startsWith('project'))).toEqual(['project - Kale Seramik Group']);
  });
});

describe('parties of a fact', () => {
  it('takes no name of a list of projects as a party of its projects, but keeps a partner named inside an item', () => {
    // Real text: real-j pagef30-20091110-kz-tr-turkish-contractors; real-b azernews-20211229-az-tr-ru-trade-11m; real-zh islamabadpost-nodate-….
    // Names are split at commas: "the Kutaisi Business Centre and Batumi Technical University", with no comma, stays one item.
    const listed = extractFacts({
      title: '',
      paragraphs: ['Other projects in Georgia that Turkish builders worked on include Tbilisi International Airport, Rustavi Cement Works, the Kutaisi Business Centre, and Batumi Technical University.'],
    }).filter((f) => f.type === 'project');
    expect(listed).toHaveLength(4);
    for (const f of listed) expect(f.organizations).toEqual([]);
    const partner = extractFacts({
      title: '',
      paragraphs: ['Japanese firms take part in projects such as building a hotel in Samarkand with HIS Group and a truck plant in Samarkand with Isuzu.'],
    }).filter((f) => f.type === 'project');
    expect(partner.length).toBeGreaterThan(0);
    expect(partner.flatMap((f) => f.organizations)).toEqual(expect.arrayContaining(['HIS Group']));
  });

  // Real text: real-m azernews-20180903-uz-tr-dal-teknik-plant ("The Turkish company put $ 10.7 million into the project", five
  // sentences after the company was named), real-g chinainvests-20120628-tj-cn-one-billion-pledge ("The Chinese firm already owns ...").
  it('carries the company an article is about to "the Turkish company" or "the firm" sentences later, with a Turkish name whole', () => {
    const facts = extractFacts({
      title: 'Turkish maker opens a plant in Uzbekistan',
      paragraphs: [
        'A plant making metal structures has been opened in the Angren free economic zone by Demir Celik Makina Ticaret ve Sanayi A.Ş. of Turkey.',
        'The facility will make structures for bridges, power lines and cranes.',
        'At first it will turn out 12,000 tons a year. The capacity will double at the second stage.',
        'The Turkish company put $12.5 million into the project.',
      ],
    });
    const project = facts.find((f) => f.type === 'project' && f.amount?.value === 1.25e7);
    expect(project?.organizations).toEqual(['Demir Celik Makina Ticaret ve Sanayi A.Ş.']);
  });

  it('does not count the organisation a sentence is attributed to, but lets a later "the ministry" point to it', () => {
    const facts = extractFacts({
      title: '',
      paragraphs: [
        'Kazakhstan and Hungary will build a grain terminal in Aktau worth $80 million, the Ministry of Trade of Kazakhstan said.',
        'A memorandum on the terminal was signed by the ministry and Danube Grain Logistics in Budapest in May.',
        'The Danube Grain Logistics team will start design work in autumn, and about 200 people will be employed at the terminal when it opens.',
      ],
    });
    const project = facts.find((f) => f.type === 'project');
    expect(project?.organizations).not.toContain('Ministry of Trade of Kazakhstan');
    const agreement = facts.find((f) => f.type === 'agreement');
    expect(agreement?.organizations).toEqual(expect.arrayContaining(['Ministry of Trade of Kazakhstan', 'Danube Grain Logistics']));
  });

  it.each([
    ['Kazakh and Turkish firms will set up a $20 million joint venture for glass production in Kyzylorda, the Kazakh Ministry of Industry said.', 'Ministry of Industry'],
    ['Kazakh and Turkish firms will set up a $20 million joint venture for glass production in Kyzylorda, the Ministry of Industry said.', 'Ministry of Industry'],
    ['Kazakh and Turkish firms will set up a $20 million joint venture for glass production in Kyzylorda, Kazinform reports citing the Ministry of Industry.', 'Ministry of Industry'],
    ['According to a study prepared by Ferrum Consulting Group, Kazakh and Turkish firms will set up a $20 million joint venture for glass production in Kyzylorda.', 'Ferrum Consulting Group'],
  ])('does not count the reporter of %s', (text, reporter) => {
    const facts = extractFacts({ title: '', paragraphs: [text] });
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.organizations).not.toContain(reporter);
  });

  // Cases: arabianbusiness-20201230-az-sa-acwa-wind ("..., ACWA Power said it has now executed the official agreements") and
  // pvmagazine-20170622-kz-gb-ebrd-baikonur ("..., the ERBD said it has signed a memorandum").
  it.each([
    ['After the signing of the loan agreement for the $40 million plant in May, Nurly Energy said it has now executed the supply contracts for the plant.', 'Nurly Energy'],
    ['In addition, the EBRD said it has signed a memorandum of understanding with the Ministry of Energy of Kazakhstan.', 'EBRD'],
  ])('counts a reporter that speaks of itself as a party: %s', (text, party) => {
    const facts = extractFacts({ title: '', paragraphs: [text] });
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.organizations.join('; ')).toContain(party);
  });

  // "The sides" / "the parties" are those of the last signing, meeting or talks, not of the sentence just before.
  it.each([
    {
      name: 'a later "the parties also signed" goes back past a third party to the signing',
      paragraphs: [
        'Kazakh Railways and the Asian Development Bank signed a $90 million loan agreement for new locomotives in Astana.',
        'The loan runs for 20 years with a grace period of five years.',
        'In addition, the European Union will provide a grant of €5 million for training of drivers.',
        'The parties also signed a memorandum of understanding on rail freight digitalisation.',
      ],
      has: ['Kazakh Railways', 'Asian Development Bank'],
      hasNot: ['European Union'],
    },
    {
      name: '"the sides discussed" with no signing or meeting near keeps its own partner',
      paragraphs: [
        'Almaty Glass Group, a joint venture of Kazakh and Turkish investors, is building a container glass plant worth $40 million in Taraz.',
        'Mining is another focus.',
        'Last month the sides discussed the construction of a copper smelter in Balkhash with the participation of Hanseong Chemical.',
      ],
      has: ['Hanseong Chemical'],
      hasNot: ['Almaty Glass'],
    },
  ])('$name', ({ paragraphs, has, hasNot }) => {
    // Act
    const facts = extractFacts({ title: '', paragraphs });
    const last = facts.filter((f) => f.evidence === paragraphs[paragraphs.length - 1]);
    // Assert
    expect(last.length).toBeGreaterThan(0);
    for (const f of last) {
      expect(f.organizations).toEqual(expect.arrayContaining(has));
      for (const o of hasNot) expect(f.organizations).not.toContain(o);
    }
  });
  it("gives each partner of a ranking with sums the article's home country as its other side, not every main country", () => {
    // Real text: real-b tass-20240122-ge-ru-trade-2023, real-a 24kg-20250124-kg-cn-central-asia-trade-2024, in our own words.
    const facts = extractFacts({
      title: 'Georgia and Russia: trade grew in 2025',
      paragraphs: [
        'TBILISI, January 20. Trade between Georgia and Russia reached $2.4 billion in 2025, Georgia\'s statistics office said.',
        'Next come Turkey (more than $2.1 billion), China (more than $1.7 billion) and Armenia (about $1.2 billion).',
      ],
    });
    const ranked = facts.filter((f) => f.type === 'trade' && f.amount && f.amount.value < 2.2e9).map((f) => f.countries.join('+'));
    expect(ranked).toEqual(['TR+GE', 'CN+GE', 'AM+GE']);
  });

  it("gives a multilateral lender's fact the one country its sentence names, not the article's other main countries", () => {
    // Real text: real-b devfinance-20170518-kz-kg-ebrd-seven-projects (the venue of the lender's meeting), real-c
    // tengrinews-nodate-kz-ebrd-road-projects (a neighbour's capital in a road's name), in our own words.
    const paragraphs = [
      'At its annual meeting in Cyprus last week, the European Bank for Reconstruction and Development (EBRD) approved new projects.',
      'Kazakhstan is the biggest beneficiary, with a US$120 million loan to upgrade its power grid.',
      'Kazakhstan has received more EBRD loans than any other country in Central Asia, and Cyprus hosted the meeting for the first time.',
    ];
    const loan = extractFacts({ title: 'EBRD backs power grid in Kazakhstan', paragraphs }).find((f) => f.type === 'financing' && f.amount?.value === 1.2e8);
    expect(loan?.countries).toEqual(['KZ']);
    // A lender with a country of its own (KfW is Germany's) keeps the article's countries beside the sentence's.
    const bilateral = extractFacts({
      title: 'Germany backs power grid in Kazakhstan',
      paragraphs: ['Germany and Kazakhstan agreed on closer ties at talks in Berlin.', 'Kazakhstan will receive a EUR 50 million loan from KfW to upgrade its power grid.'],
    }).find((f) => f.type === 'financing');
    expect(bilateral?.countries).toEqual(expect.arrayContaining(['KZ', 'DE']));
  });
});

describe('isMultilateral', () => {
  it.each(['EBRD', 'Asian Development Bank (ADB)', 'European Bank of Reconstruction and Development (EBRD)', 'Азиатский банк развития (АБР)', 'Европейский инвестиционный банк'])('knows %s as owned by many countries', (name) => {
    expect(isMultilateral(name)).toBe(true);
  });
  it.each(['KfW', 'Japan International Cooperation Agency (JICA)', 'Saudi Fund for Development', 'EBRD Annual Meeting Committee', 'Газпром'])('knows %s as no multilateral lender', (name) => {
    expect(isMultilateral(name)).toBe(false);
  });
});
