// Our own written training examples (not from any dataset, and not the test suites' sentences): neutral
// and friendly mentions of groups, so the classifier stops reading "a group was named" as hate, and
// hateful statements about the same groups, so it keeps learning what hate says about them.
import type { Example } from "./data.js";

const EN_GROUPS = [
  "Muslims", "Jews", "Christians", "Catholics", "Hindus", "Sikhs", "Buddhists", "atheists", "Black people", "white people",
  "Asians", "Mexicans", "Latinos", "Arabs", "Africans", "immigrants", "refugees", "gay people", "lesbians", "trans people",
  "women", "men", "disabled people", "Democrats", "Republicans", "liberals", "conservatives", "journalists", "BLM activists",
];
const EN_CLEAN = [
  "My new coworkers are {G} and we get along great",
  "I grew up next to a family of {G}",
  "{G} have the same rights as everyone else",
  "There are many {G} in my city",
  "Our book club invited {G} to talk about their experiences",
  "I have close friends who are {G}",
  "The documentary follows three {G} over a year",
  "{G} deserve respect like anyone",
  "A survey of {G} found most of them support the new park",
  "My sister married into a family of {G}",
  "The festival celebrates the history of {G} in our region",
  "Some {G} voted yes and some voted no, like everyone",
  "I learned a lot from the {G} I met on my trip",
  "The mayor met with {G} from the neighbourhood",
  "Support for {G} in our town has grown",
  "Proud to stand with {G} today",
  "We welcome {G} at our school",
  "The report counts how many {G} live in the county",
  "{G} are our neighbours and friends",
  "Happy holidays to all the {G} celebrating this week",
];
const EN_HATE = [
  "{G} are disgusting and I want them gone",
  "I despise {G} with every fibre of my being",
  "{G} are a disease on this country",
  "Filthy {G} ruin every place they go",
  "{G} are subhuman trash",
  "Never trust {G}, they are all liars and thieves",
  "{G} should not be allowed to exist here",
  "Get these {G} out of our country",
  "{G} are nothing but animals",
  "I can't stand {G}, they make me sick",
];

function expand(tpls: string[], label: 0 | 2): Example[] {
  return tpls.flatMap((t) => EN_GROUPS.map((g) => ({ text: t.replace(/\{G\}/g, g).replace(/^./, (c) => c.toUpperCase()), label })));
}

export const OWN_EXAMPLES: Record<string, Example[]> = {
  en: [...expand(EN_CLEAN, 0), ...expand(EN_HATE, 2)],
};
