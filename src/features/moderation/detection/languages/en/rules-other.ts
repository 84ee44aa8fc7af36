// English patterns outside violence and hate: harassment, sexual content, self-harm, spam.
import { compile, once } from "../compile.js";
import type { PatternRule } from "../types.js";
import { EN_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L);
const INSULT =
  "(?:idiot|moron|imbecile|loser|bitch|cunt|whore|slut|retard|faggot|dumbass|dipshit|asshole|jackass|" +
  "piece of shit|piece of garbage|scumbag|waste of space|waste of oxygen|waste of air|clown|bastard|twat|" +
  "prick|dick|douche|douchebag|worthless|pathetic|ugly|disgusting|stupid|dumb|trash|garbage|freak|creep|" +
  "joke|failure|nobody|cuck|skank|hoe|ho|tramp|fatass|fat pig|pig|dog|rat|snake|psycho)";

export const EN_OTHER_RULES = once((): PatternRule[] => [
  {
    id: "harass.insult", category: "harassment", score: 0.75,
    reason: "insults the reader",
    re: c(`<(?:you(?:'re| are| r)?|ur|youre|u r|you're such|you are such|what an?|such an?) (?:a |an |such a |such an |fucking |stupid |dumb |little |worthless |pathetic |total |complete |absolute |ugly |fat |lazy |useless |disgusting |sorry |dirty )*${INSULT}>`),
  },
  {
    id: "harass.profanity_at", category: "harassment", score: 0.7,
    reason: "profanity directed at someone",
    re: c("<(?:fuck (?:you|u|off|yourself|ya|your (?:mom|mother|family|face))|go fuck yourself|stfu|shut (?:the fuck |tf |your (?:fucking )?(?:mouth|face) )?up (?:bitch|idiot|moron|loser)|screw you|eat shit|suck my (?:dick|balls)|piss off|gtfo|get the fuck out)>"),
  },
  {
    id: "harass.self_harm_urge", category: "harassment", score: 0.9,
    reason: "tells someone to kill or hurt themselves",
    re: c("<(?:(?:go |just |pls |please |you should |u should |you need to |why don't you |why dont you |do us a favor and )?(?:kill yourself|kill urself|kill ur self|kys|neck yourself|hang yourself|unalive yourself|drink bleach|slit your wrists|jump off a (?:bridge|cliff|building|roof))|(?:go|just) die(?: in a (?:fire|hole|ditch))?)>"),
    immune: ["idiom"],
  },
  {
    id: "harass.exclusion", category: "harassment", score: 0.6,
    reason: "demeaning exclusion of the reader",
    re: c("<(?:nobody|no one|noone) (?:likes|loves|wants|cares about|would miss) (?:you|u)>|<(?:everyone|everybody) (?:hates|despises) (?:you|u)>|<the world (?:would be|is) better (?:off )?without (?:you|u)>"),
  },
  {
    id: "sexual.explicit", category: "sexual", score: 0.75,
    reason: "explicit sexual content or solicitation",
    re: c("<(?:(?:send|show) (?:me )?(?:your |ur |some )?(?:nudes|nude pics|naked pics|tits|boobs|dick pics?|pussy|ass pics)|(?:suck|lick|ride) my (?:dick|cock|balls|pussy)|(?:i|i'll|i will|i want to|i wanna|i'd|i would) (?:fuck|bang|smash|eat out|finger|jerk off to) (?:you|u|her|him|your (?:mom|sister|wife))|(?:hot|horny) (?:singles|milfs|girls|teens) (?:in your area|near you|waiting)|(?:free|hardcore|amateur) (?:porn|sex videos?|xxx)|(?:watch|watching|send) (?:porn|xxx)|(?:my|our) onlyfans|(?:blowjob|handjob|cumshot|creampie|gangbang|deepthroat)s?)>"),
  },
  {
    id: "self_harm.intent", category: "self_harm", score: 0.85,
    reason: "first-person intent or wish to self-harm",
    re: c("<(?:i|i'm|im|i am) (?:really |just |honestly |seriously |literally )?(?:want|wanna|going|gonna|plan|planning|intend|need|about|ready|trying|tempted|thinking about|thinking of)(?: to)? (?:kill myself|killing myself|end (?:it all|my life|everything)|ending (?:it all|my life)|die|hurt myself|hurting myself|cut myself|cutting myself|commit suicide|overdose|jump off (?:a|the) (?:bridge|building|roof))>|<(?:i'm|im|i am|i feel|feeling) (?:so |really |very )?suicidal>|<i (?:don't|do not|dont) want to (?:live|be alive|exist|wake up) (?:anymore|any more)>|<i (?:cut|hurt|burned|burnt) myself (?:again|last night|today|yesterday|every night)>|<(?:goodbye|bye) (?:everyone|world),? (?:i'm|im|i am) (?:done|ending it|leaving for good)>"),
    immune: ["negation", "reporting", "context"],
  },
  {
    id: "spam.commercial", category: "spam", score: 0.7,
    reason: "commercial or scam spam",
    re: c("<(?:(?:buy|order|shop) now|click (?:here|the link|this link|my link|the link in (?:my )?bio)|link in (?:my )?bio|(?:free|cheap) (?:followers|likes|iphones?|bitcoin|btc|crypto|money|gift ?cards?|robux|v-?bucks|giveaway)|(?:earn|make) \\$?\\d[\\d,.]*k? (?:dollars |usd |bucks )?(?:a|per|every|each) (?:day|week|hour|month)|(?:crypto|bitcoin|btc|eth|nft) (?:giveaway|airdrop|investment|doubling|signals)|(?:dm|message|text|whatsapp|telegram|inbox) me (?:for|to) (?:earn|invest|more info|details|profit|the link|prices|promo)|limited (?:time )?offer|100% (?:guaranteed|free|legit|real)|(?:online )?casino bonus|viagra|cialis|weight loss pills|work from home and earn|get rich quick|double your (?:money|bitcoin|crypto)|promo code|discount code|act now)>"),
    immune: ["negation", "idiom", "context", "counter"],
  },
]);
