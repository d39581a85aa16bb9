import type { PassCorpus } from './types.js';

export const UNATTRIBUTED_PROJECTS: PassCorpus = {
  pass: 'unattributed-projects',
  cases: [
    {
      note: 'a summary project beside projects with their builders',
      paragraphs: ['South Korean companies plan to set up production in Uzbekistan.', 'Samsung Electronics plans to open a television plant in Tashkent.', 'Lotte Chemical will build a polymer factory in Karakalpakstan.'],
      facts: ['project -', 'project -'],
      acts: true,
    },
    {
      note: 'a background mention of a railway beside a named builder',
      paragraphs: ['Chinese investors want to build a railway to Kyrgyzstan.', 'China Road and Bridge Corporation will construct a tunnel under the Torugart pass.'],
      facts: ['project -'],
      acts: true,
    },
    {
      // real-d cctv-20160622-uz-cn-economic-relations, astanatimes-20240702-kz-cn-energy-roads.
      note: 'an object named by its own name is a project of its own, beside a named builder',
      paragraphs: ['Huawei will build a data centre in Tashkent.', 'Other projects, such as the Uzbekistan-China gas pipeline, are progressing well.'],
      facts: ['project -', 'project -'],
      acts: false,
    },
    {
      note: '"The railway" and a corridor name no object of their own: the summary beside a named builder goes',
      paragraphs: ['Kazakh Railways will build a container terminal in Aktau.', 'The railway companies of Georgia and Turkmenistan signed an agreement to set up a joint shipping line along the Middle Corridor.'],
      facts: ['agreement -', 'project -'],
      acts: true,
    },
    {
      note: 'no project names a builder: the projects stay',
      paragraphs: ['Turkish investors plan to build a hotel in Batumi.', 'Azerbaijani investors will construct a port terminal in Poti.'],
      facts: ['project -', 'project -'],
      acts: false,
    },
  ],
};
