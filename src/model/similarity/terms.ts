/**
 * The multi-word terms, names and synonyms that carry this corpus's arguments, read off the five
 * articles. Each term has a key (what the index compares), a display form (what a reader sees in
 * "shared terms"), its own spelling(s) (`phrase`: kept as one term rather than split into words) and
 * folded variants (`aliases`: abbreviations and synonyms that mean the same thing in these texts).
 * Patterns are regular-expression sources matched on normalised text (diacritics removed, curly
 * quotes and dashes straightened), case-insensitively unless `caseSensitive` is set.
 */

/** One multi-word term or name and its variants. */
export interface TermDefinition {
  key: string;
  display: string;
  /** The term's own spellings, kept whole. */
  phrase: string[];
  /** Abbreviations and synonyms folded into the term. */
  aliases?: string[];
  /** Match every pattern case-sensitively ("US" the country, not "us" the pronoun). */
  caseSensitive?: boolean;
}

/** The term table; longer matches win over shorter overlapping ones. */
export const TERM_DEFINITIONS: readonly TermDefinition[] = [
  // International law
  { key: 'article-51', display: 'Article 51', phrase: ['article 51'], aliases: ['art\\. ?51'] },
  { key: 'article-2-4', display: 'Article 2(4)', phrase: ['article 2\\(4\\)'] },
  { key: 'article-42', display: 'Article 42', phrase: ['article 42'], aliases: ['art\\. ?42'] },
  {
    key: 'un-charter',
    display: 'UN Charter',
    phrase: ['united nations charter', 'un charter', 'u\\.n\\. charter'],
    aliases: ['the charter', "charter's"],
  },
  { key: 'united-nations', display: 'United Nations', phrase: ['united nations'], aliases: ['u\\.n\\.'] },
  {
    key: 'self-defense',
    display: 'self-defense',
    phrase: ['self-defen[cs]e', 'self defen[cs]e'],
    aliases: ['anticipatory self-defen[cs]e'],
  },
  { key: 'armed-attack', display: 'armed attack', phrase: ['armed attacks?'] },
  { key: 'armed-conflict', display: 'armed conflict', phrase: ['armed conflicts?'] },
  { key: 'international-law', display: 'international law', phrase: ['international law'] },
  {
    key: 'international-humanitarian-law',
    display: 'international humanitarian law',
    phrase: ['international humanitarian law'],
  },
  { key: 'domestic-law', display: 'domestic law', phrase: ['domestic law'] },
  {
    key: 'unwilling-or-unable',
    display: 'unwilling or unable',
    phrase: ['unwilling (?:or|and) unable', 'unable (?:or|and) unwilling'],
  },
  { key: 'sovereignty', display: 'sovereignty', phrase: ['sovereignty'], aliases: ['territorial integrity'] },
  {
    key: 'non-state',
    display: 'non-state actors',
    phrase: ['non-state (?:actors?|militia groups?|groups?)'],
  },
  // US law
  { key: 'article-ii', display: 'Article II', phrase: ['article ii\\b'] },
  { key: 'article-i', display: 'Article I', phrase: ['article i\\b'] },
  { key: 'title-50', display: 'Title 50', phrase: ['title 50'], aliases: ['50 u\\.s\\.c\\.'] },
  {
    key: 'war-powers',
    display: 'War Powers',
    phrase: ['war powers resolution', 'war powers act', 'war powers'],
  },
  {
    key: 'declare-war',
    display: 'declare war',
    phrase: ['declare war(?: clause)?', 'power to declare war'],
  },
  {
    key: 'aumf',
    display: 'AUMF',
    phrase: ['authorization for (?:the )?use of military forces?'],
    aliases: ['aumfs?', 'war authorization'],
  },
  {
    key: 'congressional-authorization',
    display: 'congressional authorization',
    phrase: ['congressional (?:authorization|consent|approval)'],
    aliases: ['authorization from congress', 'without congress'],
  },
  {
    key: 'commander-in-chief',
    display: 'commander in chief',
    phrase: ['commander[- ]in[- ]chief'],
  },
  { key: 'take-care-clause', display: 'Take Care Clause', phrase: ['take care clause'] },
  {
    key: 'olc',
    display: 'Office of Legal Counsel',
    phrase: ['office of legal counsel'],
    aliases: ['olc'],
  },
  { key: 'posse-comitatus', display: 'Posse Comitatus Act', phrase: ['posse comitatus(?: act)?'] },
  { key: 'executive-order', display: 'executive order', phrase: ['executive orders?'] },
  {
    key: 'fto',
    display: 'Foreign Terrorist Organization',
    phrase: ['foreign terrorist organi[sz]ations?'],
    aliases: ['ftos?'],
  },
  {
    key: 'covert-action',
    display: 'covert action',
    phrase: ['covert action', 'covert operations?'],
    aliases: ['clandestine operations?', 'presidential finding'],
  },
  // Force
  {
    key: 'use-of-force',
    display: 'use of force',
    phrase: ['uses? of (?:military )?force'],
    aliases: ['(?:use|using|used|employ) (?:lethal |military )?force'],
  },
  { key: 'lethal-force', display: 'lethal force', phrase: ['lethal force'] },
  {
    key: 'airstrike',
    display: 'airstrikes',
    phrase: ['air ?strikes?'],
    aliases: ['missile strikes?', 'bombing raids?', 'precision strikes?', 'surgical strikes?'],
  },
  { key: 'drone-strike', display: 'drone strikes', phrase: ['drones? strikes?'] },
  {
    key: 'special-forces',
    display: 'special forces',
    phrase: ['special operations forces', 'special forces'],
    aliases: ['sof', 'navy seals?', 'seal team 6', 'green berets?'],
  },
  {
    key: 'ground-troops',
    display: 'ground troops',
    phrase: ['ground (?:troops|forces)', 'ground raids?'],
    aliases: ['boots on the ground', 'on the ground'],
  },
  {
    key: 'civilian-casualties',
    display: 'civilian casualties',
    phrase: ['civilian casualties'],
    aliases: ['ordinary civilians also died', 'harming bystanders'],
  },
  {
    key: 'surveillance-flights',
    display: 'surveillance flights',
    phrase: ['surveillance flights?', 'aerial surveillance', 'surveillance (?:jet|aircraft)'],
  },
  {
    key: 'all-options',
    display: 'all options on the table',
    phrase: ['all options will be on the table'],
  },
  // Counter-terrorism and counter-narcotics
  {
    key: 'war-on-terror',
    display: 'War on Terror',
    phrase: ['(?:global )?war on terror(?:ism)?'],
    aliases: ['counter-?terrorism playbook'],
  },
  { key: 'war-on-drugs', display: 'war on drugs', phrase: ['war on drugs'] },
  {
    key: 'counterterrorism',
    display: 'counterterrorism',
    phrase: ['counter-?terrorism', 'counter terrorism'],
  },
  {
    key: 'counternarcotics',
    display: 'counternarcotics',
    phrase: ['counter-?narcotics?', 'counter narcotics?'],
    aliases: ['counter-?drug', 'anti-?drug', 'antinarcotics'],
  },
  {
    key: 'kingpin',
    display: 'kingpins',
    phrase: ['kingpins?(?: strategy)?'],
    aliases: [
      '(?:senior )?cartel (?:leaders|bosses)',
      'high-value targets?',
      'high-profile narcotraffickers',
    ],
  },
  {
    key: 'drug-trafficking-organization',
    display: 'drug trafficking organizations',
    phrase: ['drug trafficking organi[sz]ations?'],
    aliases: ['criminal organi[sz]ations?', 'criminal groups?', 'drug cartels?', 'cartels?'],
  },
  { key: 'drug-labs', display: 'drug labs', phrase: ['drug labs?', 'fentanyl labs?'], aliases: ['labs?'] },
  { key: 'plan-colombia', display: 'Plan Colombia', phrase: ['plan colombia'] },
  { key: 'plan-mexico', display: 'Plan Mexico', phrase: ['plan mexico'] },
  {
    key: 'merida-initiative',
    display: 'Mérida Initiative',
    phrase: ['merida initiative'],
    aliases: ['merida(?:-era)?'],
  },
  {
    key: 'intelligence-sharing',
    display: 'intelligence sharing',
    phrase: ['(?:intelligence|information) sharing'],
    aliases: ['requests for intelligence support'],
  },
  {
    key: 'status-of-forces',
    display: 'Status of Forces Agreement',
    phrase: ['status of forces agreements?'],
    aliases: ['sofas?'],
  },
  // People, organisations and places
  { key: 'sheinbaum', display: 'Sheinbaum', phrase: ['(?:claudia )?sheinbaum(?: pardo)?'] },
  { key: 'soleimani', display: 'Soleimani', phrase: ['(?:qassem )?soleimani'] },
  { key: 'bin-laden', display: 'bin Laden', phrase: ['(?:osama )?bin laden'] },
  { key: 'al-baghdadi', display: 'al-Baghdadi', phrase: ['(?:abu[- ]bakr )?al-baghdadi'] },
  { key: 'al-qaeda', display: 'al-Qaeda', phrase: ['[Aa]l-Qaeda'], aliases: ['AQ'], caseSensitive: true },
  { key: 'isis', display: 'ISIS', phrase: ['isis', 'islamic state'] },
  {
    key: 'irgc',
    display: 'IRGC',
    phrase: ['(?:iranian )?islamic revolutionary guard corps?'],
    aliases: ['irgc'],
  },
  { key: 'cia', display: 'CIA', phrase: ['central intelligence agency'], aliases: ['cia'] },
  { key: 'dea', display: 'DEA', phrase: ['drug enforcement administration'], aliases: ['dea'] },
  {
    key: 'cjng',
    display: 'CJNG',
    phrase: ['jalisco new generation cartels?'],
    aliases: ['cjng', 'jalisco cartels?'],
  },
  { key: 'tren-de-aragua', display: 'Tren de Aragua', phrase: ['tren de aragua'] },
  { key: 'amlo', display: 'AMLO', phrase: ['(?:andres manuel )?lopez obrador'], aliases: ['amlo'] },
  { key: 'pena-nieto', display: 'Peña Nieto', phrase: ['(?:enrique )?pena nieto'] },
  { key: 'calderon', display: 'Calderón', phrase: ['(?:felipe )?calderon'] },
  { key: 'esper', display: 'Esper', phrase: ['(?:mark )?esper'] },
  { key: 'hegseth', display: 'Hegseth', phrase: ['(?:pete )?hegseth'] },
  { key: 'waltz', display: 'Waltz', phrase: ['(?:mike |michael )?waltz'] },
  { key: 'homan', display: 'Homan', phrase: ['(?:tom )?homan'] },
  { key: 'cienfuegos', display: 'Cienfuegos', phrase: ['(?:salvador )?cienfuegos'] },
  {
    key: 'defense-secretary',
    display: 'Secretary of Defense',
    phrase: ['secretary of defense', 'defense secretary'],
  },
  {
    key: 'national-security-adviser',
    display: 'National Security Advisor',
    phrase: ['national security advis[eo]r'],
  },
  {
    key: 'state-department',
    display: 'State Department',
    phrase: ['state department', 'department of state'],
  },
  { key: 'white-house', display: 'White House', phrase: ['white house'] },
  {
    key: 'us-citizens',
    display: 'US citizens',
    phrase: ['u\\.?s\\.? citizens', 'american citizens'],
    aliases: ['americans'],
  },
  {
    key: 'us-mexico-border',
    display: 'US–Mexico border',
    phrase: ['u\\.?s\\.?-mexico border'],
    aliases: ['southern border', 'across the border', 'cross-border'],
  },
  {
    key: 'us',
    display: 'United States',
    phrase: ['[Uu]nited [Ss]tates', 'U\\.S\\.(?:A\\.)?', 'US'],
    aliases: ['America', 'Washington'],
    caseSensitive: true,
  },
  { key: 'latin-america', display: 'Latin America', phrase: ['latin american?'] },
  { key: 'mexico', display: 'Mexico', phrase: ['mexico'], aliases: ['mexicans?'] },
  { key: 'trump', display: 'Trump', phrase: ['(?:donald )?trump'] },
];

/** Single-word synonyms folded before stemming (lower case). */
export const WORD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['reprisal', 'retaliation'],
  ['reprisals', 'retaliation'],
  ['retaliate', 'retaliation'],
  ['retaliating', 'retaliation'],
  ['unilaterally', 'unilateral'],
  ['narcos', 'narcotraffickers'],
  ['traffickers', 'trafficking'],
  ['smuggled', 'trafficking'],
  ['legality', 'lawful'],
  ['illegal', 'unlawful'],
  ['illegality', 'unlawful'],
  ['lawfully', 'lawful'],
  ['unlawfully', 'unlawful'],
  ['escalation', 'escalate'],
  ['invade', 'invasion'],
  ['invaded', 'invasion'],
  ['invading', 'invasion'],
  ['counterproductive', 'backfire'],
  ['splintering', 'splinter'],
  ['splinters', 'splinter'],
  ['factions', 'splinter'],
]);
