// Word classes for the English classifier. Identity terms are MASKED ("=group"): Davidson's tweets use
// them mostly in abuse, so a model that sees the words learns "naming a group is hateful" and flags
// "Many of my neighbours are Muslims". Masked, it has to learn from what is said about the group.
// Slurs are deliberately not masked: they are signals.
const GROUP =
  "muslim muslims moslem moslems islam islamic jew jews jewish christian christians catholic catholics mormon mormons " +
  "hindu hindus sikh sikhs buddhist buddhists atheist atheists black blacks white whites asian asians chinese " +
  "mexican mexicans latino latinos latina latinas hispanic hispanics arab arabs african africans indian indians " +
  "immigrant immigrants migrant migrants refugee refugees foreigner foreigners gay gays lesbian lesbians bisexual " +
  "homosexual homosexuals trans transgender queer women woman girls men man disabled democrat democrats republican " +
  "republicans liberal liberals conservative conservatives journalist journalists blm activist activists";
const PROFANITY = "fuck fucking fucked shit bitch bitches cunt ass asshole damn hell dick pussy hoe hoes";
export const EN_CUES: ReadonlyMap<string, string> = new Map([
  ...GROUP.split(" ").map((w) => [w, "=group"] as [string, string]),
  ...PROFANITY.split(" ").map((w) => [w, "prof"] as [string, string]),
]);
