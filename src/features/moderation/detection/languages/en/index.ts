// The English language pack.
import type { LanguagePack } from "../types.js";
import type { Normalized } from "../../normalize.js";
import { firstWords, lastWords, once } from "../compile.js";
import { EN_LEXICON as L } from "./lexicon.js";
import { EN_COUNTER, EN_MITIGATORS } from "./mitigators.js";
import { EN_OTHER_RULES } from "./rules-other.js";
import { EN_RULES } from "./rules.js";
import { EN_CUES } from "./cues.js";

const STOPWORDS = new Set(
  ("the a an and or but is are was were be been i you he she it we they me him her us them my your his " +
    "their our this that these those to of in on at for with from by not no do does did will would should " +
    "can could have has had just so if what who when where why how all some any every kill die").split(" "),
);

function detect(n: Normalized): number {
  let hits = 0;
  let total = 0;
  for (const w of n.plain.split(/[^a-z']+/)) {
    if (!w) continue;
    total++;
    if (STOPWORDS.has(w)) hits++;
  }
  return total === 0 ? 0 : (hits / total) * 2.5;
}

const rules = once(() => [...EN_RULES(), ...EN_OTHER_RULES()]);

const pack: LanguagePack = {
  code: "en",
  name: "English",
  version: "en-1.0.0",
  detect,
  triggers: {
    violent: [...firstWords(L.VERB), ...firstWords(L.VERB_PASSIVE), "die", "dies", "dead", "death", "hang", "burn", "rot", "shot"],
    fate: ["die", "dead", "killed", "shot", "stabbed", "hurt", "raped", "what's", "whats", "found", "body"],
    wish: ["hope", "wish", "pray", "want", "may"],
    dehuman: [...lastWords(L.DEHUMAN), "sub"],
    coded: ["rope", "ropes", "noose", "nooses", "gallows", "solution", "camps", "ovens", "showers", "wall", "bullet",
      "bullets", "firing", "lead", "amendment", "2a", "feet", "disappear", "extinct", "cars", "squad"],
    death: ["death", "dead"],
    protected: [...lastWords(L.PROTECTED)],
    weapon: [...lastWords(L.WEAPON), "armed", "loaded"],
  },
  // compiled on first use: importing the registry costs little, an unused language costs nothing
  get rules() {
    return rules();
  },
  get mitigators() {
    return EN_MITIGATORS();
  },
  classifierCues: EN_CUES,
  get counter() {
    return EN_COUNTER();
  },
  clause: /,|;|:|\s(?:or|but|then|otherwise|because|so)\s/g,
};
export default pack;
