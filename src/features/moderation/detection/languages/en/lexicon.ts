// English lexicons. Entries are lowercase words of the normalised text; "*" matches any letters.
// Slurs are kept minimal on purpose: the classifier covers general abuse, these lists exist to find
// who is targeted and how.
import type { Lexicon } from "../compile.js";

// Violent verbs, base forms (used after modals: "I will kill", "we should hang").
const VERB_BASE = [
  "kill", "murder", "shoot", "stab", "hang", "lynch", "behead", "decapitate", "slaughter", "butcher",
  "execute", "burn", "torch", "bomb", "blow up", "strangle", "choke", "torture", "exterminate",
  "eliminate", "wipe out", "gas", "massacre", "assassinate", "gun down", "mow down", "shoot down",
  "slit the throats of", "slit the throat of", "slit", "cut the throats of", "run over", "drown",
  "beat up", "beat to death", "bash", "hunt", "smash the skulls of", "break the necks of", "hunt down", "skin",
  "gut", "knife", "string up", "stone", "crucify", "rape", "hurt", "maim", "cripple",
  "put down", "unalive", "shank", "shoot up", "firebomb", "punch",
  "annihilate", "eradicate", "cleanse", "round up and shoot", "skin alive", "burn alive",
  "put a bullet in", "put bullets in", "beat the shit out of", "beat the hell out of",
  "kick the shit out of", "curb stomp", "break the neck of", "break your neck",
];
// Participles for passives: "should be killed", "deserve to be hanged".
const VERB_PASSIVE = [
  "killed", "murdered", "shot", "stabbed", "hanged", "hung", "lynched", "beheaded", "decapitated",
  "slaughtered", "butchered", "executed", "burned", "burnt", "bombed", "strangled", "tortured",
  "exterminated", "eliminated", "wiped out", "gassed", "massacred", "assassinated", "gunned down",
  "mowed down", "run over", "drowned", "beaten", "beaten to death", "hunted down", "hunted", "skinned",
  "gutted", "strung up", "stoned", "crucified", "raped", "put down", "taken out", "purged",
  "annihilated", "eradicated", "lined up against a wall", "lined up and shot", "put against the wall",
  "sent to the camps", "sent to the gas chambers", "put in camps", "thrown in ovens", "culled",
  "dealt with permanently", "disappeared", "unalived", "set on fire", "burned alive", "buried alive",
];
// Violent verbs with their other finite forms (imperatives are base forms).
const VERB_ANY = [...VERB_BASE, "kills", "killing", "shoots", "shooting", "stabbing", "hanging", "lynching"];

// Who is targeted. Plural groups first; singular members make "that journalist" a personal target.
const GROUP = [
  "democrats", "dems", "democrat voters", "democratic voters", "liberals", "libs",
  "leftists", "lefties", "progressives", "socialists", "communists", "commies", "antifa",
  "republicans", "gop members", "the gop", "republican voters", "conservatives",
  "trump supporters", "trump voters", "maga people", "maga supporters", "magas", "right wingers",
  "biden supporters", "biden voters", "libertarians", "politicians", "senators", "congressmen",
  "muslims", "moslems", "islamists", "jews", "jewish people", "christians", "catholics", "protestants",
  "evangelicals", "mormons", "buddhists", "buddhist monks", "hindus", "sikhs", "atheists", "pagans",
  "blm activists", "blm protesters", "blm protestors", "blm supporters", "black lives matter activists",
  "black lives matter protesters", "racial justice activists", "civil rights activists", "activists",
  "protesters", "protestors", "demonstrators",
  "journalists", "reporters", "the press", "the media", "newspaper editors", "news anchors", "editors",
  "judges", "the judges", "prosecutors", "lawyers", "cops", "police officers", "the police",
  "immigrants", "migrants", "illegals", "refugees", "asylum seekers", "foreigners", "mexicans",
  "black people", "blacks", "white people", "whites", "asians", "chinese people", "latinos", "hispanics",
  "arabs", "africans", "indians", "gypsies", "roma", "gays", "gay people", "lesbians", "homosexuals",
  "trans people", "transgender people", "trannies", "queers", "women", "feminists", "men", "disabled people",
  "the disabled", "liberal judges", "leftist journalists", "the elites", "globalists", "bankers",
  "teachers", "doctors", "nurses", "scientists", "abortion doctors", "vaccine pushers", "voters",
  "election workers", "poll workers", "officials", "government officials", "lawmakers", "the lawmakers",
  "faggots", "niggers", "kikes", "ragheads", "towelheads", "wetbacks", "dykes", "retards",
];
const MEMBER = [
  "democrat", "democratic senator", "liberal", "leftist", "republican", "conservative", "trump supporter",
  "maga guy", "senator", "congressman", "congresswoman", "politician", "governor", "mayor", "president",
  "muslim", "jew", "christian", "catholic", "priest", "pastor", "imam", "rabbi", "buddhist", "monk",
  "hindu", "sikh", "atheist", "blm activist", "activist", "protester", "protestor", "journalist",
  "reporter", "editor", "news anchor", "judge", "prosecutor", "lawyer", "cop", "officer", "immigrant",
  "migrant", "refugee", "teacher", "doctor", "nurse", "election worker", "official", "gay", "tranny",
];
// Second person and personal objects of a threat.
const YOU = [
  "you", "u", "ya", "yall", "y'all", "you all", "all of you", "every one of you", "each of you",
  "every last one of you", "you and your family", "your family", "your kids", "your children",
  "your wife", "your husband", "your mom", "your mother", "your dad", "your whole family", "your ass",
  "your head", "your face", "your skull", "your throat", "you bitch", "you bastard", "you pig",
];
const THIRD = ["him", "her", "them", "them all", "all of them", "every one of them", "every last one of them", "each one of them", "those people",
  "these people", "that guy", "that woman", "that man", "that bitch", "that bastard", "his family",
  "her family", "their families", "their kids"];
const DEHUMAN = [
  "vermin", "rats", "cockroaches", "roaches", "parasites", "animals", "subhuman", "sub-human",
  "subhumans", "apes", "monkeys", "pigs", "swine", "insects", "bugs", "a disease", "a plague", "a cancer",
  "a virus", "an infestation", "a pestilence", "filth", "scum", "savages", "lice", "maggots", "leeches",
  "beasts", "creatures", "not human", "not even human", "less than human", "vermins", "dogs",
  "a tumor", "a tumour", "mongrels", "trash", "garbage", "human garbage", "human trash", "a blight",
];
const DIE = [
  "die", "dies", "died", "get killed", "gets killed", "get shot", "gets shot", "be killed", "be shot",
  "burn", "burns", "rot", "rots", "drown", "drowns", "suffer", "suffers", "be hanged", "hang", "hangs",
  "get raped", "gets raped", "get cancer", "gets cancer", "be raped", "croak", "drop dead", "perish",
  "get what's coming", "be wiped out", "get wiped out", "be exterminated", "be executed", "get hurt",
  "get beaten", "be murdered", "get murdered", "get stabbed", "be stabbed", "choke", "be tortured",
];
const WEAPON = [
  "guns", "gun", "rifles", "rifle", "ar15", "ar-15", "ar15s", "ar-15s", "ak47", "ak47s", "weapons",
  "knives", "knife", "machetes", "bats", "baseball bats", "pipes", "pitchforks", "torches", "molotovs",
  "molotov", "bombs", "explosives", "ammo", "ammunition", "pistols", "handguns", "shotguns", "rope",
  "ropes", "nooses", "axes", "crowbars", "tire irons", "pepper spray", "gasoline",
];

// Groups protected by hate-speech policy (religion, race, ethnicity, origin, sexuality, gender, disability).
const PROTECTED = [
  "muslims", "moslems", "jews", "jewish people", "christians", "catholics", "buddhists", "hindus", "sikhs",
  "mormons", "evangelicals", "blm activists", "black lives matter activists", "black people", "blacks",
  "white people", "whites", "asians", "chinese people", "latinos", "hispanics", "arabs", "africans",
  "mexicans", "indians", "gypsies", "roma", "immigrants", "migrants", "refugees", "asylum seekers",
  "gays", "gay people", "lesbians", "homosexuals", "trans people", "transgender people", "women",
  "disabled people", "the disabled", "foreigners",
];

export const EN_LEXICON: Lexicon = {
  PROTECTED,
  VERB: VERB_ANY, VERB_BASE, VERB_PASSIVE, GROUP, MEMBER, YOU, THIRD, DEHUMAN, DIE, WEAPON,
  // "I'll", "we're gonna", "i'm about to" …
  FUT: [
    "i'll", "ill", "i will", "i shall", "i am going to", "i'm going to", "im going to", "i am gonna",
    "i'm gonna", "im gonna", "i'm about to", "im about to", "imma", "ima", "i'ma", "i gonna", "i'd", "i would",
    "we'll", "we will", "we shall", "we are going to", "we're going to", "were going to", "we are gonna",
    "we're gonna", "were gonna", "we're about to", "i want to", "i wanna", "i plan to", "i intend to",
    "we want to", "we plan to", "i am gonna go", "i'm coming to", "im coming to", "we're coming to",
    "i'm gonna have to", "i will personally", "i swear i will", "i swear i'll", "i'll make sure to",
    "i will make sure to", "i'm ready to", "i am ready to", "we are ready to", "i promise i will",
    "i promise i'll", "i'll fucking", "i will fucking", "i'm going to fucking", "i'll go",
    "i'll be the one to", "i'm gonna go", "i'll gladly", "i would happily", "i'd happily", "i'd gladly",
  ],
  // "we should", "someone needs to", "it's time to", "let's" …
  CALL: [
    "we should", "we must", "we need to", "we have to", "we ought to", "we gotta", "we got to",
    "you should", "you must", "you need to", "y'all should", "yall should", "people should",
    "people need to", "someone should", "somebody should", "someone needs to", "somebody needs to",
    "someone has to", "somebody has to", "everyone should", "everybody should", "real patriots should",
    "patriots should", "true believers should", "it's time to", "its time to", "it is time to",
    "time to", "let's", "lets", "let us", "we need to go", "go out and", "go and", "get out there and",
    "someone please", "somebody please", "someone go", "somebody go", "they should", "america needs to",
    "the country needs to", "we'd better", "we better", "all of us should", "good people should",
    "why don't we", "why not", "i call on everyone to", "i urge you to", "i urge everyone to",
    "rise up and", "take up arms and", "grab your guns and", "it's our duty to", "our duty is to",
    "we all need to", "we just need to", "we just have to", "the answer is to", "the solution is to",
    "the only solution is to", "the only way is to", "we should just", "we must just",
  ],
  QUANT: ["the next", "the first", "any more", "all", "every", "every last", "every single", "each", "all the", "all of the", "the", "those",
    "these", "any", "some", "more", "a few", "them", "our", "their", "all those", "all these", "every one of the",
    "as many", "as many as we can", "all you", "you", "those fucking", "these fucking", "the fucking",
    "all fucking", "all those fucking", "every fucking", "every damn", "all the damn", "those damn",
    "a couple of", "a bunch of", "lots of", "all of those", "all of these", "some of the", "enough",
    "all remaining", "dirty", "filthy", "those filthy", "these filthy", "the filthy", "all the filthy"],
  MODAL: ["should", "must", "need to", "needs to", "deserve to", "deserves to", "ought to", "have to",
    "has to", "should all", "must all", "all need to", "all deserve to", "all should", "all must",
    "ought to all", "will", "are going to", "are gonna", "have got to", "gotta", "should just",
    "should really", "need to all", "had better", "better"],
  TIME: ["tomorrow", "tonight", "today", "this weekend", "next week", "on monday", "on tuesday",
    "on wednesday", "on thursday", "on friday", "on saturday", "on sunday", "at dawn", "at noon",
    "at midnight", "this evening", "this morning", "election day", "at the rally", "after church",
    "after the service", "during the service", "during friday prayers", "at friday prayers"],
  GATHER: ["meet", "meet up", "gather", "assemble", "show up", "be there", "converge", "rally",
    "come", "go down", "head down", "let's go", "lets go", "march", "storm", "visit", "pay a visit"],
};
