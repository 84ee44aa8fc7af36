// The Spanish language pack: one folder (lexicons, rules, mitigators) plus one line in ../index.ts.
import type { LanguagePack } from "../types.js";
import { rewriteTokens, type Normalized } from "../../normalize.js";
import { createSpeller } from "../../speller.js";
import { ES_COMMON } from "./common.js";
import { firstWords, lastWords, once, patternSource } from "../compile.js";
import { ES_LEXICON as L } from "./lexicon.js";
import { ES_COUNTER, ES_MITIGATORS } from "./mitigators.js";
import { ES_OTHER_RULES } from "./rules-other.js";
import { BLOWS, ES_RULES } from "./rules.js";

// Frequent Spanish function words (a few, like "no" and "a", are English too; scores are compared).
const WORDS = new Set(
  ("no a el la los las de del que y en un una es por para con se su sus al lo como mas pero le ya este esta porque " +
    "entre cuando muy sin sobre tambien hasta hay donde quien desde todo todos todas nos les ni contra otros ese " +
    "eso esto ellos ellas yo tu te ti mi mis tus nosotros vosotros os son soy eres estan esta estoy voy vamos van " +
    "ser estar tengo tiene tienen hace deberian deben habria hacia aqui asi algo nada siempre nunca solo bien ahora " +
    "despues antes mucho muchos mucha poco otra otro cada donde quiero odio gente personas mujeres si esos esas estos estas " +
    "mejor peor ustedes aunque tan nuestro nuestra nuestros nuestras sea sean fue fueron era eran han pueden puede debe " +
    "deberia deberiamos estaria estariamos estarian seria serian habria mundo vida vidas vez veces cosas alguien nadie " +
    "ninguno ninguna siempre tambien pues luego usted cual cuales quienes aqui alli ahi hacer tienen somos sois").split(" "),
);
const ES_CHAR = /[ñ¿¡áéíóú]/;

// Spanish endings (plural -os/-as, -ción, -mente, participles, verb endings): half a hit each. Vietnamese
// syllables never end in s, r, d or z, so these also keep short unaccented Spanish posts apart from it.
const ES_END = /^[a-z]{2,}(?:os|as|cion|mente|ado|ada|ido|ida|aron|ieron|amos|emos|imos|ria|rian|aban|ar|er|ir|ez|dad)$/;
function detect(n: Normalized): number {
  let hits = 0;
  let total = 0;
  for (const w of n.plain.split(/[^a-z]+/)) {
    if (!w) continue;
    total++;
    if (WORDS.has(w)) hits++;
    else if (ES_END.test(w)) hits += 0.5;
  }
  if (total === 0) return 0;
  return (hits / total) * 2.4 + (ES_CHAR.test(n.text) ? 0.2 : 0);
}


// Misspelt key words ("jduíos", "mtar", "todoslos") are repaired before matching (see ../../speller.ts).
const KEYS = [...L.PROT, ...L.MEMBER, ...L.SLUR, ...L.DEHUMAN, ...L.NEG_ATTR, ...L.INF, ...L.INF_THEM, ...L.INF_YOU,
  ...L.FUT1, ...L.PART, ...L.DIE, ...L.IMPER_OBJ, ...L.PRES1PL, "muerte", "odio", "desprecio", "carajo", "mierda", "basura", "plaga", "amenaza", "escoria"];
// every word the pack's own patterns spell out is known, so it is never "repaired" into another; built on
// first use (it reads the compiled patterns)
const speller = once(() => {
  const rules = [...ES_RULES(), ...ES_OTHER_RULES()];
  const res = [...rules.flatMap((r) => [r.re, ...(r.requires ?? []), ...(r.requiresPost ?? [])]), ...ES_MITIGATORS().map((m) => m.re),
    ES_COUNTER().speech, ES_COUNTER().condemn];
  const patternWords = res.flatMap((re) => wholeWords(patternSource(re)));
  return createSpeller({ keys: KEYS, known: [...ES_COMMON, ...patternWords, ...Object.values(L).flat()] });
});

/** The whole words a pattern spells out: "mat(?:o|as)", "muert[oa]s" and "necesari[oa]" hold pieces of words ("mat",
 *  "as", "muert"), which must not count as words — the speller would split "mataron" into "mat aron". */
function wholeWords(src: string): string[] {
  const enc = new Int32Array(src.length).fill(-1); // innermost group open before each position
  const close = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < src.length; i++) {
    enc[i] = stack.length ? stack[stack.length - 1] : -1;
    const ch = src[i];
    if (ch === "\\") {
      i++;
      if (i < src.length) enc[i] = enc[i - 1];
    } else if (ch === "[") {
      while (i + 1 < src.length && src[i + 1] !== "]") {
        i++;
        enc[i] = enc[i - 1];
        if (src[i] === "\\") i++, i < src.length && (enc[i] = enc[i - 1]);
      }
    } else if (ch === "(") stack.push(i);
    else if (ch === ")") {
      const o = stack.pop();
      if (o !== undefined) close.set(o, i);
    }
  }
  // a group glued to a word or another group on its left ("mat(?:o|as)", ")(?:"), or on its right ("(?:a|e)s", "(?:x)[oa]")
  // (a group that ends or begins with a space, "(?:mucho |mucha )(?:odio|…)", is not glued)
  const gluedLeft = (i: number): boolean => {
    if (src[i] === "?" || src[i] === "*" || src[i] === "+") i--;
    const c = src[i];
    return !!c && (/\p{L}/u.test(c) || c === "]" || (c === ")" && src[i - 1] !== " "));
  };
  const gluedRight = (i: number): boolean => {
    if (src[i] === "?" || src[i] === "*" || src[i] === "+") i++;
    const c = src[i];
    if (c === "(") return !/^\((?:\?(?::|<?[=!]))? /.test(src.slice(i, i + 6));
    return !!c && (/\p{L}/u.test(c) || c === "[");
  };
  const out: string[] = [];
  for (const m of src.matchAll(/\p{L}{2,}/gu)) {
    const a = m.index!;
    const b = a + m[0].length;
    if (src[a - 1] === "\\") continue;
    const g = enc[a];
    const before = src[a - 1];
    const after = src[b];
    if (before === ")" || before === "]" || before === "[" || after === "(" || after === "[" || after === "]") continue;
    if ((before === "|" || before === ":" || before === "(") && g >= 0 && gluedLeft(g - 1)) continue;
    if ((after === "|" || after === ")") && g >= 0 && close.has(g) && gluedRight(close.get(g)! + 1)) continue;
    out.push(m[0]);
  }
  return out;
}

// Trigger words are the distinctive word of each entry: "hacer daño a" is triggered by "daño", never by
// the light verb "hacer" (which would wake the rules up on every other post).
const LIGHT = new Set(("a al de del con en el la los las un una por para que se me te os lo le les nos mi tu su " +
  "hacer hace haga hago haré haría dar da de doy daré ir ver poner pon pondré pasar pasa meter tirar partir romper " +
  "abrir cortar volar quitar acabar terminar llenar limpiar cargar pegar coser arrojar encerrar librar borrar prender " +
  "rociar echar y o no ni ser estar dos bajo sin muy mis sus tus como más mas todo todos todas uno una unos unas ya " +
  "entre desde hasta sobre tras ante " +
  // participles of light verbs and ordinary words that begin a violent phrase ("hechos pedazos", "ser comida para
  // los peces", "pagar con su vida", "volver a los campos de concentración"): the next word is the distinctive one
  "hecho hecha hechos hechas puesto puesta puestos puestas dejado dejada dejados dejadas convertido convertida convertidos " +
  "convertidas reducido reducida reducidos reducidas echado echada echados echadas pagar pagarlo volver campo campos comida " +
  "servir ser como ir").split(" "));
// an entry made of light words only ("acabar con", "pegar a") is keyed by its verb, never by "con" / "a"
const FUNCTION = new Set("a al de del con en el la los las un una por para que se y o no ni".split(" "));
const keyWords = (list: readonly string[]) =>
  list.map((e) => e.split(" ").find((w) => !LIGHT.has(w)) ?? e.split(" ").find((w) => !FUNCTION.has(w)) ?? e.split(" ").at(-1)!);

const rules = once(() => [...ES_RULES(), ...ES_OTHER_RULES()]);

const pack: LanguagePack = {
  code: "es",
  name: "Español",
  version: "es-1.0.0",
  detect,
  view: (n) => rewriteTokens(n, speller()),
  triggers: {
    violent: [...keyWords(L.INF_SE), ...keyWords(L.INF), ...keyWords(L.INF_YOU), ...keyWords(L.INF_THEM), ...keyWords(L.FUT1),
      ...keyWords(L.PRES1), ...keyWords(L.SUBJ3), ...keyWords(L.IMPER), ...keyWords(L.IMPER_OBJ), ...keyWords(L.IMPER_OBJ1), ...keyWords(L.PRES1PL),
      "cargarse", "cargarte", "cargaros", "usaré", "sacaré", "traeré", "pondré", "pondremos", "colocaré", "arma", "armas",
      "pistola", "escopeta", "rifle", "cuchillo", "machete", "bomba", "bombas", "fusil", "navaja", "explosivos",
      ...keyWords(L.DEAD), ...keyWords(L.PART), "muertos", "muertas", "muerto", "muerta"],
    dehuman_verb: ["reproducen", "multiplican", "propagan", "extienden", "expanden", "crían", "procrean", "infestan", "infectan",
      "contaminan", "apestan", "envenenan", "parasitan", "plagan", "tratar", "tratarlos", "tratarlas", "trato", "tratamos", "traten",
      "tratad", "tratemos", "eres", "sois"],
    place: ["mezquita", "mezquitas", "sinagoga", "sinagogas", "iglesia", "iglesias", "centro", "centros", "campamento", "poblado",
      "bar", "bares", "discoteca", "orgullo", "manifestación", "mani", "desfile", "asociación", "colegio", "escuela", "barrio", "sede",
      "templo", "redacción", "periódico", "ayuntamiento", "parlamento", "congreso", "juzgado"],
    property: ["casa", "casas", "coche", "coches", "tienda", "tiendas", "negocio", "negocios", "local", "locales", "barrio",
      "hogares", "familia", "familias", "hijos"],
    weapon_use: ["arma", "armas", "pistola", "pistolas", "escopeta", "rifle", "cuchillo", "cuchillos", "machete", "bomba", "fusil",
      "navaja", "bate", "explosivos"],
    worth: ["vale", "valen", "importa", "importan", "cuenta", "cuentan", "significa", "significan", "valor"],
    prot: [...lastWords(L.PROT), ...lastWords(L.MEMBER), "vosotros", "vosotras"],
    fate: ["contados", "pagarán", "pagar", "merecido", "vivirán", "viviréis", "vivir", "quedará", "miedo", "salvo", "turno",
      "acerca", "morir", "palmarla", "muerto", "muerta", "muertos", "muertas", "vives", "vivís", "duermes", "trabajas",
      "encontrar", "amanecer", "sepas", "prepárate", "espaldas", "cuidado", "vida", "llegará", "hora", "fin", "final",
      "muerte", "morirás", "moriréis", "morirá", "morirán", "manos", "mano"],
    group: [...lastWords(L.GROUP), ...lastWords(L.MEMBER), "vosotros", "vosotras", "ellos", "ellas", "gente", "ustedes", "tuyos", "tuyas",
      "vuestros", "vuestras", "raza", "especie", "calaña", "ralea"],
    fate_group: ["quedar", "quede", "quedará", "vivo", "viva", "vida", "respirando", "pie", "por", "contados", "pagarán", "pagar", "merecido", "vivirán", "viviréis", "vivir", "quedará", "miedo",
      "salvo", "turno", "acerca", "hora", "fin", "final", "momento", "día"],
    normative: [...keyWords(L.PART), ...BLOWS, "matanza", "masacre", "genocidio", "exterminio", "limpieza", "purga", "cacería",
      "linchamiento", "pogromo", "holocausto", "final", "ejecución", "ejecuciones", "fusilamiento", "fusilamientos", "concentración",
      "valdría", "lugar", "sitio", "pertenecen", "mundo", "planeta", ...keyWords(L.DIE), ...lastWords(L.DESERVE), ...keyWords(L.DEAD), "merecen", "mejor", "muerto", "muerta", "muertos", "muertas"],
    death_place: ["gas", "paredón", "horca", "hoguera", "hornos", "horno", "exterminio", "fosa", "fosas", "pared", "guillotina",
      "eléctrica", "patíbulo", "cadalso", "matadero", "piedras", "crematorio", "crematorios"],
    violence_noun: ["violencia", "agresión", "agresiones", "ataque", "ataques", "violento", "violentos", "fuerza", "palizas", "paliza"],
    // issue 6: being a member punished by death (incite.death_for_being)
    death_for: ["castigarse", "penarse", "pagarse", "castigado", "castigada", "castigados", "castigadas", "penado", "penada", "pagado",
      "pagada", "castigarlo", "castigarla", "penarlo", "penarla", "castigar", "penar", "castiga", "castigará", "castigaría", "paga",
      "pagará", "pagaría", "pena", "muerte", "horca", "hoguera", "sea", "sean"],
    death: ["asesinato", "asesinatos", "muertes", "desaparición", "extinción", "erradicación", "mueran", "muerto", "muerta", "muertos", "muertas", "balas", "bala", "plomo", "cuerdas", "sogas", "soga", "eléctrica", "gas", "fusilamiento", "exterminio", "bomba",
      "bombas", "fuego", "aniquilación", "erradicación", "eliminación", "limpieza", "matanza", "ejecución", "sean", "fueran",
      "fuesen", "estén", "estuvieran", "acaben", "terminen", "muerte", "muerto", "muerta", "paredón", "hoguera", "horca", "cámara", "cámaras", "hornos",
      ...keyWords(L.DEATH_NOUN), "plomo", "palo", "palos", "leña", "soga", "candela", "matarile", "vivo", "viva", "fosa"],
    wish: ["mueran", "muera", "murieran", "muriesen", "pudran", "pudrieran", "ardan", "ardieran", "desaparezcan",
      "desaparecieran", "revienten", "palmen", "sufran", "sufrieran", "mueras", "muráis", "pudras", "atropelle", "violen",
      "infarto", "cáncer", "algo", ...keyWords(L.SUBJ3), "desaparecieran", "desapareciesen", "existieran", "existiesen", "estuvieran",
      "estuviesen", "fueran", "dejaran", "reventaran"],
    dehuman: [...lastWords(L.DEHUMAN), "humanos", "humanas", "personas", "gente", "nosotros"],
    derogate: ["odio", "detesto", "desprecio", "aborrezco", "soporto", "aguanto", "tolero", "trago", "asco", "repugnan", "vivos", "vivas",
      "vivan", "vivieran", "existan", "existieran", "respiren", "nazcan", "reproduzcan",
      "asquean", "náuseas", "enferman", "sobran", "grima", "repelen", "vomitar", "derechos", "existir", "vivir",
      "votar", "trabajar", "reproducirse", "casarse", "aquí", "país", "calle", "personas", "respirar", "fuera", "vivo", "viva",
      "vida", "seguir", "libre", "derecho", "existir",
      "mierda", "putos", "putas", "malditos", "malditas", "jodidos", "jodidas", "asquerosos", "asquerosas", "odio",
      "siento", "hacen", "hacéis", "ponen", "soporto", "aguanto", "trago", "tolero", "desdén", "aversión", "repugnancia", "rabia",
      "detesto", ...lastWords(L.NEG_ATTR), ...lastWords(L.DEHUMAN)],
    // "es hora de que …", "sería justo que …", "no me importaría que …" (incite.eval_that)
    eval_that: ["hora", "momento", "justo", "necesario", "bueno", "mejor", "correcto", "ideal", "falta", "importaría", "apoyaría",
      "aplaudiría", "bien", "lógico", "suyo", "deseable", "genial", "estupendo", "urgente", "normal", "justicia", "sensato",
      // litotes: "no sería mala idea …", "no estaría mal …"
      "mal", "idea", "locura", "disparate", "descabellado", "descabellada", "tontería", "alegraría", "fantástico", "perfecto"],
    // issue 7 (rules-endorse.ts): watching a group suffer, killing made legal, killing in everyone's interest
    see: ["ver", "viendo", "verlos", "verlas", "verles"],
    legal: ["ilegal", "ilegales", "delito", "crimen", "prohibido", "prohibida", "prohibidos", "prohibidas", "penado", "penada", "penados",
      "penadas", "castigado", "castigada", "castigados", "castigadas", "castigable", "punible", "perseguido", "perseguida", "sancionado",
      "sancionada", "condenado", "condenada", "pecado", "cárcel", "legal", "legales", "legalizado", "legalizada", "despenalizado",
      "despenalizada", "permitido", "permitida", "autorizado", "autorizada", "derecho", "libre", "impune", "impunes", "premiado",
      "premiada", "recompensado", "subvencionado", "legalizar", "despenalizar", "permitir", "autorizar", "legalice", "legalicen",
      "despenalice", "despenalicen", "permita", "permitan", "autorice", "autoricen", "legalizarse", "despenalizarse", "permitirse",
      "autorizarse", "legalizara", "legalizaran", "despenalizara", "despenalizaran", "permitiera", "permitieran", "legalizaría",
      "despenalizaría", "permitiría", "legalizaríamos", "despenalizaríamos"],
    interest: ["interés", "beneficio", "bien", "interesa", "interesaría", "conviene", "convendría", "beneficia", "beneficiaría",
      "conveniente", "beneficioso", "útil", "mejor"],
    slur: L.SLUR,
    weapon: [...lastWords(L.WEAPON), "armados", "armadas"],
  },
  // compiled on first use: importing the registry costs little, an unused language costs nothing
  get rules() {
    return rules();
  },
  get mitigators() {
    return ES_MITIGATORS();
  },
  get counter() {
    return ES_COUNTER();
  },
  // "… no se parecen a nosotros y por eso merecen morir": the negation stays in its own clause
  clause: /,|;|:|\s(?:pero|sino|aunque|porque|así que|o si no|si no|o|(?:y |e )?(?:por eso|por ello|por lo tanto|por tanto|de modo que|de manera que|entonces))\s/g,
};
export default pack;
