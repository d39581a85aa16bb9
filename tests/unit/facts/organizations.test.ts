import { describe, expect, it } from 'vitest';
import { findOrganizations, organizationNames } from '../../../shared/facts/parties/organizations.js';
import { buildAliasMap, canonicalOrganization } from '../../../shared/facts/parties/org-aliases.js';
import { ORGANIZATION_NEGATIVE, ORGANIZATION_POSITIVE } from '../../corpora/organizations.js';
import { KNOWN_ORGANIZATIONS } from '../../../shared/parties/known-organizations.js';

describe('findOrganizations', () => {
  it.each(ORGANIZATION_POSITIVE)('finds the organisations of: %s', (text, names) => {
    // Act
    const found = organizationNames(text);
    const aliases = buildAliasMap(findOrganizations(text));
    const printed = found.map((n) => canonicalOrganization(n, aliases));
    // Assert
    for (const name of names) expect(printed.some((p) => p.includes(name))).toBe(true);
  });

  // Every name of the list of well-known organisations is found bare, with no suffix or noun beside it: a name the list holds
  // and the finder misses would never reach a fact (shared/parties/known-organizations.ts).
  it('finds every well-known organisation named bare', () => {
    const missed = KNOWN_ORGANIZATIONS.flatMap((o) => o.names).filter((name) => !organizationNames(`Yesterday ${name} signed a contract in Tashkent.`).some((f) => f.includes(name)));
    expect(missed).toEqual([]);
  });
  // A lender's instrument after its acronym is no part of its name; a head after the instrument keeps a name that holds one (real-o
  // worldbank-20110628-kg-ida-on-farm-irrigation, real-zl marketscreener-20190321-tj-wb-casa1000-community).
  it.each([
    ['IDA Credit: US$8.3 Million Equivalent', ['IDA']],
    ['The EIB Loan for small firms was signed in Tbilisi.', ['EIB']],
    ['The KfW Credit Bank opened an office in Almaty.', ['KfW Credit Bank']],
  ])('ends a lender\'s name before its instrument: %s', (text, names) => {
    expect(organizationNames(text)).toEqual(names);
  });
  // Who backs or owns a bank is not part of its name, nor is a wire dateline glued to it (real-d reuters-20161221-az-tr-aiib-tanap-loan,
  // real-m devdiscourse-20200818-uz-aiib-covid-loan).
  it.each([
    ['TASHKENT Mar 3 The Moscow-backed Eurasian Development Bank (EDB) said on Friday it would lend Uzbekistan $50 million.', ['Eurasian Development Bank (EDB)']],
    ['The Beijing-backed Silk Road Fund (SRF) will take a stake in the plant.', ['Silk Road Fund (SRF)']],
  ])('names the organisation without who backs it: %s', (text, names) => {
    expect(organizationNames(text)).toEqual(names);
  });
  // A lender's staff title is no part of the lender's name (real-zb todayaz-20211028-az-wb-regional-roads-loan, real-zg
  // newsam-20190703-am-wb-lifeline-roads).
  it.each([
    ['The agreement was signed by WB Country Manager for Kazakhstan Anna Berg.', ['WB']],
    ['WB Transport Specialist Aida Nurova said the road would open in 2027.', ['WB']],
  ])('names the lender, not its staff member: %s', (text, names) => {
    expect(organizationNames(text)).toEqual(names);
  });
  // An outlet's dateline credit is no party (real-zj finchannel-nodate-ge-adb-water-coastal-loans, real-f finchannel-nodate-ge-batumi-white-sails).
  it('leaves out the outlet credit "The FINANCIAL —"', () => {
    expect(organizationNames('The FINANCIAL — A loan agreement for $75 million was signed by Georgia and the Asian Development Bank.')).toEqual(['Asian Development Bank']);
  });
  it.each(ORGANIZATION_NEGATIVE)('finds no organisation in: %s', (text) => {
    expect(organizationNames(text)).toEqual([]);
  });

  // Real text: real-n zawya-nodate-tj-sa-sfd-schools-loan; real-f wam-20260204-tj-ae-adfd-rogun-loan writes the same "H.E.".
  it('takes an honorific for a person, not for the other side of a document', () => {
    const text = 'H.E. Omar Al-Fahad, Chief Executive Officer of the Orient Fund for Development (OFD), today signed a new development loan agreement with H.E. Nazarov Rustam Saidovich, Minister of Finance of the Republic of Tajikistan.';
    expect(findOrganizations(text).map((o) => o.name)).toEqual(['Orient Fund for Development (OFD)']);
  });

  it('ends the last name of a list where its verb begins', () => {
    expect(organizationNames('German companies such as Knauf, Viessmann, LEMKEN are already working in Uzbekistan.')).toEqual(['Knauf', 'Viessmann', 'LEMKEN']);
  });

  it('marks development banks, whose money is financing', () => {
    const [ebrd] = findOrganizations('The EBRD will lend.');
    expect(ebrd?.ifi).toBe(true);
    const [group] = findOrganizations('Nurly Zhol Group will build.');
    expect(group?.ifi).toBe(false);
  });

  it('marks national lenders and donor agencies as development lenders too', () => {
    // Their loans and grants are financing, like a development bank's (FACTS.md "Loans and grants").
    for (const text of ['Korea Eximbank has extended $630 million in EDCF loans.', 'The Japan Bank for International Cooperation (JBIC) signed.', 'The AFD will lend €60 million.', 'A grant from SECO follows.']) {
      expect(findOrganizations(text)[0]?.ifi, text).toBe(true);
    }
  });

  it('gives spans inside the text and the rule that found each name', () => {
    const text = 'Karavan Logistics LLC signed.';
    const [o] = findOrganizations(text);
    expect(o && text.slice(o.start, o.end)).toBe('Karavan Logistics LLC');
    expect(o?.rule).toBe('org-head');
  });
});

describe('shortForms', () => {
  it('maps the short form of a company named in full, and not a bare common word', async () => {
    const { shortForms } = await import('../../../shared/facts/parties/org-aliases.js');
    const forms = shortForms(findOrganizations('Hoshino Solar Co., Ltd. and Aral Group and Masdar Company signed it.'));
    expect(forms.get('Hoshino Solar')).toBe('Hoshino Solar Co., Ltd.');
    expect(forms.get('Masdar')).toBe('Masdar Company');
    expect(forms.has('Aral')).toBe(true);
    expect(shortForms(findOrganizations('The Group signed.')).size).toBe(0);
  });
});

describe('buildAliasMap', () => {
  // real-j civilnet-nodate-am-eu-investment-plan, arka-20121203-am-ebrd-yerevan-metro; real-d ria-20081023-ge-ebrd-975m.
  it('keeps a two-letter abbreviation the article never spells out as the article writes it', () => {
    const mentions = findOrganizations('The EU has promised $593 million to Armenia, and the EBRD will lend more.');
    const aliases = buildAliasMap(mentions);
    expect(canonicalOrganization('EU', aliases)).toBe('EU');
    expect(canonicalOrganization('EBRD', aliases)).toBe('European Bank for Reconstruction and Development (EBRD)');
  });

  it('joins the abbreviation to the full name when the article spells it out', () => {
    const aliases = buildAliasMap(findOrganizations('The European Union signed a grant. The EU will give €30 million to Georgia.'));
    expect(canonicalOrganization('EU', aliases)).toBe('European Union (EU)');
  });
});
