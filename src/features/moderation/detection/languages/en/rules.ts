// English patterns. Each rule is a small grammar over lexicons (see ../compile.ts), written to cover the
// construction ("first person + future + violent verb + person"), not particular sentences.
import { compile, once, firstWords as fw } from "../compile.js";
import type { PatternRule } from "../types.js";
import { EN_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L);
const GROUP_START = [...fw(L.QUANT), ...fw(L.GROUP), ...fw(L.MEMBER), ...fw(L.THIRD)];
// a person or group that can be the object of violence
const TARGET = "(?:{QUANT} )?(?:{GROUP}|{MEMBER}s?|{THIRD})>";
const PERSON = "(?:{YOU}|{THIRD}|(?:the |that |this |a |every |some |any )?{MEMBER}|{GROUP}|he|she|they)";

export const EN_RULES = once((): PatternRule[] => [
  // ── threats: the speaker announces violence against the reader or someone named ──
  {
    id: "threat.direct", category: "violence_threat", score: 0.92, trigger: "violent", start: fw(L.FUT),
    reason: "first-person threat of violence against a person",
    re: c("<{FUT}~ {VERB_BASE} (?:{YOU}|{THIRD})>"),
  },
  {
    id: "threat.target", category: "violence_threat", score: 0.9, trigger: "violent", start: fw(L.FUT),
    reason: "first-person threat of violence against a named person or group",
    re: c(`<{FUT}~ {VERB_BASE} ${TARGET}`),
  },
  {
    id: "threat.bodily", category: "violence_threat", score: 0.88, start: fw(L.FUT),
    reason: "first-person threat to injure the reader's body",
    re: c("<{FUT}~ (?:break|smash|bash in|cave in|slit|cut|rip out|rip off|snap|crush|split|blow off|stomp|burn) (?:your|ur|his|her|their) (?:fucking )?(?:neck|necks|legs|arms|face|faces|jaw|skull|skulls|throat|throats|head|heads|teeth|bones|spine|kneecaps|brains)>"),
  },
  {
    id: "threat.conditional", category: "violence_threat", score: 0.9, trigger: "violent", start: ["if", "unless", "when"],
    reason: "conditional threat (if you …, I will …)",
    re: c("<(?:if|unless|when) (?:you|u|ya)>…,? (?:then )?(?:{FUT}~ {VERB_BASE} (?:{YOU}|{THIRD})|you(?:'re| are| will be|'ll be) (?:dead|next)|you(?:'ll| will) (?:die|regret it|regret this|pay))"),
  },
  {
    id: "threat.fate", trigger: "fate", category: "violence_threat", score: 0.85,
    reason: "tells the reader they will die or be hurt",
    re: c("<(?:you|u|ya|your family|your kids)(?:'re| are| r|re|'ll| will| shall)? (?:all )?(?:going to|gonna|about to)? ?(?:fucking )?(?:die|be dead|get (?:killed|shot|stabbed|hurt|raped|what's coming|whats coming)|be (?:killed|shot|stabbed|hurt|found dead|in a body bag))>"),
  },
  {
    id: "threat.warning", category: "violence_threat", score: 0.8,
    reason: "intimidating warning (dead man, days numbered, I know where you live)",
    re: c("<(?:(?:you're|you are|youre|ur|you r) (?:a |so )?(?:dead (?:man|woman|meat|bitch|boy)|dead|so dead|next|done for)>|your days are numbered|i know where (?:you|u|your family|your kids) (?:live|sleep|work)|watch your back|sleep with one eye open|(?:i'm|im|i am|we're|we are) coming for (?:you|u|your)|(?:i'll|i will|we'll|we will) find (?:you|u)>|you won't (?:live|survive|make it) (?:to see|through|past)|you'll never see it coming|(?:a|the) bullet with your name|(?:i'll|i will|i'm gonna|im gonna) (?:end|make) (?:you|u)(?: (?:pay|suffer|bleed))?>|(?:i'll|i will) (?:gladly )?(?:end|finish) (?:you|u)>)"),
  },
  // ── incitement: calls on others to commit violence ──
  {
    id: "incite.call", category: "violence_incitement", score: 0.9, trigger: "violent", start: fw(L.CALL),
    reason: "call to commit violence against a group or person",
    re: c(`<{CALL}~ {VERB_BASE} ${TARGET}`),
  },
  {
    id: "incite.imperative", category: "violence_incitement", score: 0.88, trigger: "violent", start: ["please", "just", "so", "now", "go", "somebody", "someone", "everyone", "c'mon", "come", "simple", "solution", ...fw(L.VERB_BASE)],
    reason: "imperative call to violence",
    re: c(`(?<=^|[.!?\\n:"]\\s{0,3})(?:(?:please|just|so|now|go|go and|somebody|someone|everyone|c'mon|come on|simple solution:?|solution:?) )?{VERB_BASE} ${TARGET}`),
  },
  {
    id: "incite.all", category: "violence_incitement", score: 0.88, trigger: "violent", start: fw(L.VERB_BASE),
    reason: "call to kill or hurt all members of a group",
    re: c("<{VERB_BASE} (?:(?:all|every|every last|every single|each|as many|every one) (?:of )?(?:the |those |these |them |you )?(?:fucking |damn |filthy |dirty )?(?:{GROUP}|{MEMBER}s?|{THIRD}|you)|them all|you all)>"),
  },
  {
    id: "incite.normative", category: "violence_incitement", score: 0.88, trigger: "violent", start: [...GROUP_START, "that", "this", "the", "they", "he", "she"],
    reason: "says a group or person should be killed or hurt",
    re: c("<(?:{QUANT} )?(?:{GROUP}|{MEMBER}s?|(?:that|this|the) {MEMBER}|they|he|she) (?:{MODAL}|are to) (?:all |just |really |simply |fucking )?(?:be )?(?:{VERB_PASSIVE}|die|hang|burn|burn alive|rot in hell|burn in hell|be put down|drop dead|be shot on sight|shot on sight)>"),
  },
  {
    id: "incite.death_to", trigger: "death", category: "violence_incitement", score: 0.88, start: ["death", "the"],
    reason: "'death to …' / 'the only good … is a dead …'",
    re: c("<(?:death to (?:all |the )?(?:{GROUP}|{MEMBER}s?)|the only good (?:{MEMBER}|{GROUP}) (?:is|are) (?:a )?dead (?:one|ones|{MEMBER}|{GROUP}))>"),
  },
  {
    id: "incite.coded", trigger: "coded", category: "violence_incitement", score: 0.85, start: [...GROUP_START, "day", "final", "send", "ship", "put", "throw", "load", "round", "line", "ropes", "rope", "nooses", "noose", "gallows", "bullets", "the", "a", "lead", "second", "2nd", "2a", "make"],
    reason: "coded or euphemistic call to violence",
    re: c("<(?:day of the rope|final solution (?:to|for)|(?:send|ship|put|throw|load) ~(?:{GROUP}|them) (?:to|in|into) (?:the )?(?:camps|gas chambers|ovens|showers|death camps|cattle cars)|(?:round up|line up) ~(?:{GROUP}|them) (?:and shoot|against (?:a|the) wall)|(?:ropes?|nooses?|gallows|bullets|the wall|a firing squad|lead) for (?:{QUANT} )?(?:{GROUP}|{MEMBER}s)|(?:{GROUP}|{MEMBER}s?) (?:need|needs|deserve|deserves|should get|will get|get) (?:a |the )?(?:rope|noose|bullet|bullets|wall|gallows|firing squad|lead)|(?:second|2nd) amendment (?:solution|remedies|remedy)|2a solution|(?:{GROUP}|them) (?:should|need to|must|deserve to) (?:all )?be (?:six|6) feet under|make (?:{QUANT} )?{GROUP} (?:disappear|extinct))"),
  },
  {
    id: "incite.time_place", trigger: "weapon", category: "violence_incitement", score: 0.88,
    reason: "call to gather at a time and place with weapons",
    re: c("<{GATHER}>"),
    requires: [
      c("<{TIME}>|<at (?:\\d{1,2}(?::\\d\\d)?(?: ?[ap]m)?|noon|dawn)>"),
      c("<(?:with|bring|bringing|carry|carrying|armed with|pack|packing|load up|grab|bring your|with your|locked and loaded|come armed|be armed)~ {WEAPON}>|<(?:come|be|get) armed>|<locked and loaded>"),
    ],
  },
  // ── wishes of harm ──
  {
    id: "wish.harm", trigger: "wish", category: "violence_threat", score: 0.82, start: ["i", "we", "may"],
    reason: "wishes death or harm on a person or group",
    re: c(`<(?:i|we) (?:really |truly |sincerely |just |so |do )?(?:hope|wish|pray) (?:that )?(?:{QUANT} )?${PERSON} (?:all |just |would |will |gets? to |finally |slowly |painfully )?(?:{DIE})>|<(?:i|we) (?:wish|want) ${PERSON} (?:were|was|to be) dead>|<may (?:{QUANT} )?${PERSON} (?:all )?(?:die|burn|rot|perish|suffer|choke)>`),
  },
  // ── hate: dehumanisation and derogation of groups ──
  {
    id: "hate.dehumanise", trigger: "dehuman", category: "hate", score: 0.86, start: [...GROUP_START, ...fw(L.DEHUMAN)],
    reason: "dehumanising comparison of a group",
    re: c("<(?:{QUANT} )?{GROUP} (?:are|r|'re|re|is) (?:all |just |nothing but |literally |basically |like |no better than |no more than |such |fucking |a bunch of |a pack of |filthy |dirty )*{DEHUMAN}>|<{DEHUMAN} like (?:{QUANT} )?{GROUP}>|<(?:{GROUP}),? (?:those|these|the|such) (?:filthy |dirty )?{DEHUMAN}>"),
  },
  {
    id: "hate.derogate", trigger: "protected", category: "hate", score: 0.78, start: ["i", ...fw(L.QUANT), ...fw(L.PROTECTED)],
    reason: "expresses hatred or inferiority of a protected group",
    re: c("<i (?:really |fucking |just |absolutely |truly )?(?:hate|despise|loathe|detest|can't stand|cant stand) (?:all |the |those |these )?{PROTECTED}>|<(?:{QUANT} )?{PROTECTED} (?:are|is) (?:all |so |just |fucking |genetically |inherently |naturally )*(?:disgusting|inferior|worthless|evil|subhuman|a plague|a disease|a cancer|filthy|dirty|a curse|a stain|a threat to our race|stupid|dumb|lesser|a mistake)>|<(?:{PROTECTED}) (?:don't|do not|dont) deserve (?:to live|rights|to exist)>|<(?:{PROTECTED}) (?:should|must) (?:not be allowed to|never be allowed to) (?:live|exist|breed)>"),
  },
]);
