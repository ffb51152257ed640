/**
 * English function words, plus reporting verbs and filler that every article in this corpus uses
 * without carrying an argument ("said", "according", "also"). Lower case, before stemming.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and
  another any anyone anything are aren't around as at be became because been before being below
  between both but by can cannot could couldn't did didn't do does doesn't doing don't down during
  each either else even ever every few for from further had hadn't has hasn't have haven't having he
  he'd he's her here hers herself him himself his how however i i'd i'm if in into is isn't it it's
  its itself just least less let like made make makes many may me might more most much must my
  myself neither no nor not now of off often on once one only or other others otherwise our ours
  ourselves out over own per perhaps quite rather really same she she's should shouldn't since so
  some such than that that's the their theirs them themselves then there there's these they they'd
  they're this those though through thus to too toward towards under until up upon us very via was
  wasn't we we're were weren't what what's when where whether which while who who's whom whose why
  will with within without would wouldn't yet you your yours yourself
  said says say told stated noted added explained according reportedly reported report reports
  also well still just even indeed moreover furthermore instead already yet around whatever
  mr ms dr percent`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
