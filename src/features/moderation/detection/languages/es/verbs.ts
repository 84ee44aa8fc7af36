// Spanish verb forms for the lexicons, generated from the infinitive so each violent verb is written
// once: future ("mataré"), present ("mato"), subjunctive ("que maten"), imperatives ("matad"),
// participles in four genders/numbers ("asesinados", "quemadas") and infinitives with enclitic
// objects ("matarlos", "matarte"). Multi-word verbs ("pegar un tiro a") conjugate their first word.

/** Stem changes in the present (o → ue, e → ie …) for the verbs we list. */
const STEM: Record<string, string> = {
  colgar: "cuelg", degollar: "degüell", reventar: "revient", torcer: "tuerz",
  atravesar: "atravies", quebrar: "quiebr", despellejar: "despellej", morder: "muerd", enterrar: "entierr",
};
// Spelling changes before e: ahorcar → ahorque, pegar → pegue, destrozar → destroce.
function beforeE(root: string): string {
  if (root.endsWith("c")) return root.slice(0, -1) + "qu";
  if (root.endsWith("g")) return root + "u";
  if (root.endsWith("z")) return root.slice(0, -1) + "c";
  return root;
}

function split(v: string): [string, string] {
  const i = v.indexOf(" ");
  return i < 0 ? [v, ""] : [v.slice(0, i), v.slice(i)];
}

const ENCLITIC = ["te", "os", "lo", "la", "los", "las", "le", "les"];

export interface VerbForms {
  inf: string[];
  /** infinitive + object pronoun: "matarte", "matarlos" */
  infObj: string[];
  fut1: string[];
  /** conditional, first person: "mataría", "mataríamos" */
  cond1: string[];
  pres1: string[];
  subj3: string[];
  /** past subjunctive: "matara", "mataran", "matase" */
  subjPast: string[];
  imper: string[];
  /** imperatives and "let's" with an enclitic object: "mátalos", "matadlos", "mátenlos", "matémoslos" */
  imperObj: string[];
  /** first person plural, present indicative and past subjunctive: "¿y si los matamos?", "¿y si matáramos …?" */
  pres1pl: string[];
  /** first person plural subjunctive: "propongo que los fusilemos" */
  subj1pl: string[];
  part: string[];
}

const VOWEL = "aeiou";
const ACUTE: Record<string, string> = { a: "á", e: "é", i: "í", o: "ó", u: "ú" };
/** Puts the written accent on the last syllable of `stem` (the stressed one once a clitic is added):
 *  "mata" + "los" → "mátalos", "ahorque" + "nlos" → "ahórquenlos". The silent u of qu/gu and a weak
 *  vowel gliding into the ending ("asfixia") are skipped. */
function accentLast(stem: string, endLen: number): string {
  for (let i = stem.length - endLen - 1; i >= 0; i--) {
    const ch = stem[i];
    if (!VOWEL.includes(ch)) continue;
    if (ch === "u" && (stem[i - 1] === "q" || (stem[i - 1] === "g" && "ei".includes(stem[i + 1] ?? "")))) continue;
    if ((ch === "i" || ch === "u") && i === stem.length - endLen - 1 && VOWEL.includes(stem[i + 1] ?? "")) continue;
    return stem.slice(0, i) + ACUTE[ch] + stem.slice(i + 1);
  }
  return stem;
}

/** "cortar el cuello a" is also written without its "a" when the object is a clitic ("les cortaré el cuello"). */
export function withoutA(verbs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of verbs) {
    out.add(v);
    if (/ (?:a|contra|de)$/.test(v) && v.includes(" ")) out.add(v.replace(/ (?:a|contra|de)$/, ""));
  }
  return [...out];
}

/** Irregular verbs that head violent phrases ("hacer daño a", "poner una bomba a", "romper la cara a"): their
 *  true forms are added to the regular ones ("que les hagan daño", "ser hechos pedazos", "rotos"). */
interface Irregular { fut?: string; pres1?: string; subj?: string; past?: string; tu?: string; part?: string; ger?: string }
const IRREGULAR: Record<string, Irregular> = {
  hacer: { fut: "har", pres1: "hago", subj: "haga", past: "hicie", tu: "haz", part: "hech" },
  poner: { fut: "pondr", pres1: "pongo", subj: "ponga", past: "pusie", tu: "pon", part: "puest" },
  romper: { part: "rot" },
  abrir: { part: "abiert" },
  // issue 6: stem changes of the -ir and -er verbs ("que los hieran", "que los conviertan en jabón", "que los disuelvan")
  freír: { pres1: "frío", subj: "fría", past: "frie", tu: "fríe", part: "frit", ger: "friendo" },
  herir: { pres1: "hiero", subj: "hiera", past: "hirie", tu: "hiere", ger: "hiriendo" },
  convertir: { pres1: "convierto", subj: "convierta", past: "convirtie", tu: "convierte", ger: "convirtiendo" },
  embestir: { pres1: "embisto", subj: "embista", past: "embistie", tu: "embiste", ger: "embistiendo" },
  moler: { pres1: "muelo", subj: "muela", tu: "muele" },
  disolver: { pres1: "disuelvo", subj: "disuelva", tu: "disuelve", part: "disuelt" },
  volar: { pres1: "vuelo", subj: "vuele", tu: "vuela" },
  tronar: { pres1: "trueno", subj: "truene", tu: "truena" },
  desollar: { pres1: "desuello", subj: "desuelle", tu: "desuella" },
  torcer: { tu: "tuerce" },
  retorcer: { pres1: "retuerzo", subj: "retuerza", tu: "retuerce" },
  despedazar: {},
};
/** Spelling rules of whole classes: "destruir" → destruyo / destruya / destruyera / destrúyelos, "reducir" → reduzca,
 *  "extinguir" → extinga, "sumergir" → sumerja. */
function irregularOf(head: string): Irregular | undefined {
  if (IRREGULAR[head]) return IRREGULAR[head];
  const root = head.slice(0, -2);
  if (/[^g]uir$/.test(head)) return { pres1: root + "yo", subj: root + "ya", past: root + "ye", tu: root + "ye", ger: root + "yendo" };
  if (/ucir$/.test(head)) return { pres1: root.slice(0, -1) + "zco", subj: root.slice(0, -1) + "zca" };
  if (/guir$/.test(head)) return { pres1: root.slice(0, -1) + "o", subj: root.slice(0, -1) + "a" };
  if (/[gr]gir$|ngir$/.test(head) || /[^u]gir$/.test(head)) return { pres1: root.slice(0, -1) + "jo", subj: root.slice(0, -1) + "ja" };
  return undefined;
}

export function forms(verbs: readonly string[]): VerbForms {
  const f: VerbForms = { inf: [], infObj: [], fut1: [], cond1: [], subjPast: [], pres1: [], subj3: [], imper: [], imperObj: [], pres1pl: [], subj1pl: [], part: [] };
  for (const v of verbs) {
    const [head, rest] = split(v);
    const ending = head.slice(-2);
    const root = head.slice(0, -2);
    const ar = ending === "ar";
    const stem = STEM[head] ?? root;
    f.inf.push(v);
    for (const p of ENCLITIC) f.infObj.push(head + p + rest);
    f.fut1.push(head + "é" + rest, head + "emos" + rest);
    f.cond1.push(head + "ía" + rest, head + "íamos" + rest);
    f.pres1.push(stem + "o" + rest);
    const subj = head === "dar" ? "dé" : ar ? beforeE(stem) + "e" : stem + "a";
    const past = root + (ar ? "a" : "ie");
    f.subjPast.push(past + "ra" + rest, past + "ran" + rest, past + "se" + rest, past + "sen" + rest);
    const pastAcc = root + (ar ? "á" : "ié");
    f.pres1pl.push(root + (ar ? "amos" : ending === "er" ? "emos" : "imos") + rest, pastAcc + "ramos" + rest, pastAcc + "semos" + rest);
    const subjRoot = head === "dar" ? "d" : ar ? beforeE(root) : root;
    const let1pl = subjRoot + (ar ? "emos" : "amos");
    f.imper.push(let1pl + rest);
    f.subj1pl.push(let1pl + rest);
    const restNoA = rest.replace(/ (?:a|contra|de)$/, "");
    // gerunds ("hay que ir eliminando a …", "seguir matándolos")
    const ger = root + (ar ? "ando" : "iendo");
    f.inf.push(ger + rest);
    if (!rest) for (const p of ["los", "las", "les"]) f.infObj.push(root + (ar ? "ándo" : "iéndo") + p);
    // plural objects only (a group): "mátalos", "matadlas", "mátenles"
    for (const p of rest ? [] : ["los", "las", "les"]) {
      const tu = stem + (ar ? "a" : "e");
      f.imperObj.push(accentLast(tu, 1) + p + restNoA);
      f.imperObj.push(root + (ar ? "ad" : ending === "er" ? "ed" : "id") + p + restNoA);
      f.imperObj.push(accentLast(subj + "n", 2) + p + restNoA);
      f.imperObj.push(accentLast(let1pl, 3) + p + restNoA);
    }
    f.subj3.push(subj + rest, subj + "n" + rest);
    f.imper.push(stem + (ar ? "a" : "e") + rest, root + (ar ? "ad" : ending === "er" ? "ed" : "id") + rest, subj + "n" + rest);
    const part = root + (ar ? "ad" : "id");
    for (const g of ["o", "a", "os", "as"]) f.part.push(part + g + rest);
    const irr = irregularOf(head);
    if (irr) {
      if (irr.fut) f.fut1.push(irr.fut + "é" + rest, irr.fut + "emos" + rest), f.cond1.push(irr.fut + "ía" + rest, irr.fut + "íamos" + rest);
      if (irr.pres1) f.pres1.push(irr.pres1 + rest);
      if (irr.subj) {
        const let1 = irr.subj.slice(0, -1) + "amos";
        f.subj3.push(irr.subj + rest, irr.subj + "n" + rest);
        f.subj1pl.push(let1 + rest);
        f.imper.push(irr.subj + "n" + rest, let1 + rest);
        if (!rest) for (const p of ["los", "las", "les"]) f.imperObj.push(accentLast(irr.subj + "n", 2) + p, accentLast(let1, 3) + p);
      }
      if (irr.past) f.subjPast.push(irr.past + "ra" + rest, irr.past + "ran" + rest, irr.past + "se" + rest, irr.past + "sen" + rest);
      if (irr.tu) {
        f.imper.push(irr.tu + rest);
        if (!rest) for (const p of ["los", "las", "les"]) f.imperObj.push((/[aeiouáéíóú]$/.test(irr.tu) ? accentLast(irr.tu, 1) : irr.tu) + p);
      }
      if (irr.ger) {
        f.inf.push(irr.ger + rest);
        if (!rest) for (const p of ["los", "las", "les"]) f.infObj.push(accentLast(irr.ger, 3) + p);
      }
      if (irr.part) for (const g of ["o", "a", "os", "as"]) f.part.push(irr.part + g + rest);
    }
  }
  return f;
}

/** Adjectives and nouns in their four forms: "asqueros" → asqueroso, asquerosa, asquerosos, asquerosas;
 *  words ending in -e or a consonant get a plural only ("repugnante(s)", "inferior(es)"). */
export function gn(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (/-(?= |$)/.test(w)) {
      // every "-" that ends a word takes the same gender and number: "quemad- viv-" → "quemadas vivas"
      for (const e of ["o", "a", "os", "as"]) out.push(w.replace(/-(?= |$)/g, e));
    } else if (/[aeiouáéíóú]$/.test(w)) out.push(w, w + "s");
    else out.push(w, w + "es");
  }
  return out;
}
