// English cues that LOWER a pattern's score: the non-violent twins of violent sentences.
import { compile, once } from "../compile.js";
import type { Mitigator } from "../types.js";
import { EN_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L);

export const EN_MITIGATORS = once((): Mitigator[] => [
  {
    id: "negation", kind: "negation", where: "before", window: 40, factor: 0.15,
    reason: "negated",
    re: c("<(?:never|not|no one|nobody|noone|no-one|don't|dont|do not|won't|wont|will not|wouldn't|wouldnt|would not|shouldn't|shouldnt|should not|mustn't|must not|can't|cant|cannot|can not|isn't|aren't|ain't|didn't|did not|neither|nor|no way|refuse to|refuses to|it's wrong to|it is wrong to|wrong to|not okay to|never okay to|unacceptable to|no reason to|nor should|rather than|instead of|stop wanting to|against wanting to)>"),
  },
  {
    id: "reporting.sentence", kind: "reporting", where: "sentence", factor: 0.25,
    reason: "news or court reporting",
    re: c("<(?:police|officers|detectives|prosecutors|authorities|investigators|the fbi|sheriff|the court|court documents|the indictment|indicted|a spokesperson|officials said|according to|reportedly|allegedly|was arrested|were arrested|been arrested|charged with|accused of|pleaded guilty|pleaded not guilty|convicted of|was sentenced|sentenced to|the suspect|a suspect|under investigation|was detained|the report|reports say|reported that|breaking news|reuters|associated press|said in a statement|told reporters|testified|the trial|jurors|the verdict|the defendant|the complaint said|press release|news report)>"),
  },
  {
    id: "reporting.verb", kind: "reporting", where: "before", window: 50, factor: 0.2,
    reason: "reports someone else's threat",
    re: c("<(?:threatened to|threatening to|threats to|vowed to|he said he would|she said she would|they said they would|he wrote that he would|wrote that he would|posted that he would|who wanted to|who tried to|plotted to|planned to|conspiring to|conspired to)>"),
  },
  {
    id: "idiom", kind: "idiom", where: "span", factor: 0.1,
    reason: "figurative idiom",
    re: c("<(?:kill(?:ing|ed|s)? (?:time|it|the mood|the vibe|the lights|the engine|the music|the heat|the power|the process|the app|the server|the job|the bill|the deal|the joke|the battery|my battery|two birds|the pain|the germs|germs|bacteria|the weeds|weeds|the bugs|the tab|the switch|the flame)|killing (?:me|it)|killed it|(?:slay|slayed|slaying|murdered|murdering|crushed|crushing|destroyed) (?:it|the (?:exam|test|interview|presentation|performance|show|set|song|game|competition))|(?:die|dying|died|dead) (?:of|from|with|laughing) (?:laughter|laughing|embarrassment|boredom|cringe|shame|curiosity|hunger|thirst|cuteness|happiness|jealousy)|(?:die|dying|died|dead) laughing|dying to|to die for|dressed to kill|kill for (?:a|an|some|that|this|one)|dead to me|shoot (?:me )?(?:a|an) (?:message|email|text|dm)|shoot your shot|shoot for the stars|shoot the breeze|shoot me a|(?:hang|hanging|hung) (?:out|on|up|in there|with|tight|loose)|blow up (?:my|your|his|her) phone|blow(?:ing|n)? up (?:the internet|online)|burn(?:ing)? (?:calories|the midnight oil|bridges|rubber|fat|through)|execut(?:e|ed|ing) (?:the|a|this|our|my) (?:plan|code|order|script|query|trade|strategy|program|command|play)|shoot(?:ing)? (?:a|the|some) (?:film|movie|video|scene|photos?|hoops|basket|pictures)|take a stab at|stab at it|cut (?:taxes|prices|costs|the budget|spending)|(?:you|this|that|it|he|she)(?:'re| are| is|'s)? (?:gonna |going to )?(?:kill|killing|killed|slay|slaying) (?:me|us)>(?! (?:in|at|tonight|tomorrow))|(?:murder|killer) (?:on the dance ?floor|workout|app|feature|deal|smile|heels|instinct|sale|price)|(?:you|u) (?:slay|killed it|killing it)|drop dead (?:gorgeous|beautiful|funny)|(?:i|i'd|i would|you|we) (?:could|would) (?:kill|murder) for)>"),
  },
  {
    id: "context.game_sport", kind: "context", where: "sentence", factor: 0.3,
    reason: "game or sport context",
    // the game as the frame of the act ("in the game", "on the court"), not as a time or place of it
    // ("after the match", "outside the stadium"): "I will kill you after the match" stays a threat
    re: c("(?<!(?:after|before|following|outside|at|once|until|till|when|since) (?:the |tonight's |today's |this |next |our |your |their |a )?)<(?:in (?:the )?game|video ?game|gaming|fortnite|minecraft|call of duty|warzone|valorant|league of legends|dota|overwatch|pubg|apex legends|elden ring|dark souls|boss fight|final boss|the boss|respawn|speedrun|next level|noob|noobs|gg|pvp|pve|raid|chess|checkmate|board game|mafia|werewolf|dnd|d&d|dungeon master|my character|among us|zombies|the zombies|paintball|airsoft|laser tag|team|season|playoffs|tournament|championship|coach|striker|goalkeeper|defense|defence|offense|quarterback|penalty|referee|scoreboard|the finals|super bowl|world cup|on the court|on the field|on the pitch|in the ring|boxing|ufc|mma|sparring|tennis|soccer|football|basketball|hockey|baseball|match|matchup|the game|tonight's game|the opponents|our rivals|the rivals|lakers|yankees|patriots|warriors|arsenal|chelsea|liverpool|on the scoreboard|shooting range|gun range|the range|target practice|hunting|deer|duck season)>"),
  },
  {
    id: "context.cooking", kind: "context", where: "sentence", factor: 0.3,
    reason: "cooking context",
    re: c("<(?:recipe|cooking|cook|oven|pan|skillet|stove|simmer|boil|boiling|sauce|onions|garlic|the chicken|the lobster|lobsters|the fish|dough|chop|chef|kitchen|marinate|fry|bake|baking|stir|medium heat|low heat|high heat|the burner|the grill|bbq|barbecue|crab|crabs|the meat|the pork|the beef|the turkey)>"),
  },
  {
    id: "context.fiction", kind: "context", where: "sentence", factor: 0.3,
    reason: "fiction or performance context",
    re: c("<(?:novel|my book|the book|the story|short story|chapter|character|characters|villain|the hero|protagonist|antagonist|plot|screenplay|script|the movie|the film|a movie|a film|the show|this show|the series|episode|season finale|fanfic|fan fiction|fanfiction|in the scene|the scene where|horror movie|thriller|tv series|game of thrones|in fiction|roleplay|my dnd|lyrics|the song|the play|the musical|shakespeare|macbeth|hamlet|the actor|the actress|the director|the author|the writer|spoiler|spoilers|the sequel|the trailer|comic|manga|anime)>"),
  },
  {
    id: "context.electoral", kind: "context", where: "sentence", factor: 0.3,
    reason: "electoral or legal metaphor",
    re: c("<(?:at the polls|at the ballot box|in the election|in the elections|in november|in the midterms|in the primaries|the primary|at the voting booth|vote|votes|voting|voters will|electorally|politically|in the debate|in the debates|in court|legally|at the ballot|with our votes|in the polls|landslide)>"),
  },
]);

export const EN_COUNTER = once(() => ({
  speech: c("<(?:saying|say|says|said|to say|tweeting|tweeted|posting|posted|posts|writing|wrote|write|shouting|shouted|chanting|chanted|yelling|yelled|screaming|calling for|calls for|call for|calls to|a call to|phrases? like|words like|slogans? like|things like|comments like|messages like|posts like|tweets like|people who (?:say|write|post|want to|think)|anyone who (?:says|writes|posts|wants to|thinks)|those who (?:say|want to|think)|the idea that|the claim that|claims that|the notion that|telling people to|told people to|urging people to|the slogan|the chant|the phrase|the sentence|the words|signs reading|a sign saying|captioned|the message)>"),
  condemn: c("<(?:disgusting|unacceptable|vile|horrible|horrific|abhorrent|wrong|evil|hateful|hate speech|not okay|not ok|never okay|inexcusable|condemn|condemns|condemned|denounce|denounced|shameful|sick|sickening|appalling|outrageous|dangerous|report this|reported this|reported it|report them|has no place|have no place|should be banned|will not be tolerated|won't be tolerated|not acceptable|deplorable|despicable|monstrous|terrible|awful|reprehensible|banned|is a crime|inciting|incitement|racist|bigoted|bigotry|islamophobic|antisemitic|anti-semitic|should be ashamed|shame on|never acceptable|no excuse|stop|please stop|enough|how dare|can't believe|cannot believe|unbelievable|not funny|so wrong|we must reject|reject|needs to stop|has to stop|must stop|crosses a line|crossed a line|call it out|calling it out|speak out against)>"),
}));
