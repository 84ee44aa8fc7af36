// Spanish hate patterns: dehumanisation and derogation of protected groups, in the forms Spanish uses —
// "los X son ratas", "no son más que escoria", "odio a los X", "¿por qué son tan … los X?", "vosotros, X,
// me dais asco", hateful statements that are built on a negation ("no son humanos", "ningún X es de
// fiar"), slurs, profanity, and a subject named earlier in the post.
import { compile, once } from "../compile.js";
import type { PatternRule } from "../types.js";
import { ES_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L, { unaccented: true });
// a protected group as subject or object: "los judíos", "todas las mujeres trans", "vosotros, los gitanos"
const PSUBJ = "(?:(?:(?:vosotros|vosotras|ustedes|tú y|tú y todos|tú y todas),? )?(?:{QUANT} ){0,2}{PROT}~,?)";
const ONE = "(?:(?:{QUANT} ){0,2}{MEMBER})";
const FILL = "(?: (?:todos|todas|unos|unas|solo|sólo|como|simples|meros|meras|auténticos|auténticas|verdaderos|verdaderas|una|un|pura|puro|la|el|las|los|nada más que|un montón de|una panda de|una banda de|un hatajo de|una pandilla de|un puñado de|una plaga de|una colonia de|un nido de|putos|putas|puto|puta|malditos|malditas|maldito|maldita|jodidos|jodidas|asquerosos|asquerosas|literalmente|básicamente|igual que|simple|simples|mera|mero|meramente|absoluta|absoluto|total|totalmente|completa|completo|completamente|auténtica|auténtico|verdadera|verdadero|poco más que|otra|otro|unos putos|unas putas|unos simples|unas simples|sólo|nada menos que|pobre|pobres|de la peor|del peor|genuina|genuino|la misma|el mismo|peor que|peor|mayor|tan|como|tan|muy|realmente|simplemente|bastante|demasiado|jodidamente|genéticamente|por naturaleza|siempre|lo|más|de verdad|en realidad|claramente|obviamente|sin duda))*";
const ARE = "(?:no (?:son|sois|eran|serán) (?:mejores|más limpios|más limpias|más listos|más listas|diferentes|distintos|distintas) (?:que|de)|no se diferencian (?:en nada )?de|siguen siendo|seguís siendo|serán siempre|son y serán|nacen|nacieron|no (?:son|sois|eran|serán) (?:más|nada más|otra cosa) que|no (?:son|sois|eran) sino|no dejan de ser|son|sois|eran|serán|parecen|son como|sois como|son peores que|sois peores que|son igual que|se comportan como|actúan como|viven como|no valen más que|valen menos que|son menos que|no son mejores que|son poco más que|equivalen a|deberían ser tratad[oa]s como|merecen ser tratad[oa]s como|hay que tratarl[oa]s como)";
const IS = "(?:no es (?:más|nada más|otra cosa) que|no es (?:mejor|más limpio|más limpia|diferente|distinto|distinta) (?:que|de)|sigue siendo|no es sino|es|era|parece|es como|es peor que)";
const EMOTE = "(?:(?<!(?:tu|su|sus|tus|vuestro|vuestra|el|ese|este|del|al|un|cuyo|qué|tanto|tanta|cuánto|cuánta|de|con|por|sin) )(?:yo )?(?:odio|odiamos|odie|detesto|detestamos|desprecio|despreciamos|aborrezco|no soporto|no aguanto|no tolero|no trago|no puedo ver|no puedo soportar|siento (?:asco|odio|repugnancia|desprecio) (?:por|hacia)|me (?:dan|producen|provocan) (?:mucho |muchísimo |un profundo )?asco|me da (?:mucho )?asco|me repugnan?|me asquean?|me dan náuseas|me dan ganas de vomitar|me enferman?|me sobran|me dan grima|siento (?:(?:tanto|tanta|mucho|mucha|un profundo|una profunda|un enorme|un gran|un inmenso|solo|sólo|nada más que|nada salvo) )?(?:odio|desprecio|asco|repugnancia|desdén|rechazo|aversión|rabia|repulsión)(?: (?:por|hacia|contra|ante))?|me (?:hacen|hacéis) hervir (?:la sangre|de rabia)|me ponen enfermo|me ponen enferma|no (?:los|las|os) (?:soporto|aguanto|trago|tolero))(?: (?:realmente|profundamente|tanto|muchísimo|con toda mi alma|de verdad|sinceramente|a muerte|con todas mis fuerzas))?)";
const anyProt = once(() => c("<{PROT}>"));

export const ES_HATE_RULES = once((): PatternRule[] => [
  {
    id: "hate.dehumanise", category: "hate", score: 0.86, trigger: ["prot", "dehuman"],
    reason: "comparación deshumanizante de un grupo (dehumanising comparison)",
    re: c(`<(?:${PSUBJ} ${ARE}${FILL} {DEHUMAN}|${ONE} ${IS}${FILL} {DEHUMAN}|(?:son|sois) ${PSUBJ}${FILL} {DEHUMAN}|{DEHUMAN} como ${PSUBJ}|${PSUBJ},? (?:esos|esas|estos|estas|unos|unas|menudos|menudas|vaya|auténticos|auténticas|malditos|malditas) (?:putos |putas |malditos |malditas |asquerosos |asquerosas )?{DEHUMAN}|(?:esos|esas|estos|estas|putos|putas|malditos|malditas|menudos|menudas|unos|unas) {DEHUMAN} (?:de )?{PROT})>`),
  },
  {
    id: "hate.not_human", category: "hate", score: 0.86, trigger: ["prot", "dehuman"],
    reason: "niega la humanidad de un grupo (denies a group's humanity)",
    re: c(`<(?:${PSUBJ} no (?:son|sois|eran|somos) (?:ni )?(?:seres humanos|humanos|humanas|personas|gente|como nosotros|de los nuestros|iguales que nosotros|iguales a nosotros)|${ONE} no es (?:ni )?(?:un ser humano|humano|humana|una persona|persona))>`),
    immune: ["negation"],
  },
  {
    id: "hate.derogate", category: "hate", score: 0.8, trigger: ["prot", "derogate"],
    reason: "expresa odio o inferioridad de un grupo protegido (hatred or inferiority of a protected group)",
    re: c(`<(?:${EMOTE} (?:a |por |hacia |contra )?${PSUBJ}|${PSUBJ} me (?:dan (?:mucho |muchísimo )?asco|repugnan|asquean|dan náuseas|enferman|sobran|dan ganas de vomitar|dan grima|repelen|dais asco|repugnáis|enfermáis)|${PSUBJ} (?:dan asco|dais asco|apestan|dan pena|dan vergüenza|no valen nada|no sirven para nada|lo arruinan todo|lo destruyen todo|lo ensucian todo|son lo peor)|${PSUBJ} (?:son|sois|eran|serán|siempre son|parecen)${FILL} {NEG_ATTR}|${ONE} (?:es|era|siempre es)${FILL} {NEG_ATTR}|(?:son|sois) ${PSUBJ}${FILL} {NEG_ATTR}|(?:por qué|porqué|porque) (?:${PSUBJ} )?(?:son|sois|serán|tienen que ser|tenéis que ser)(?: ${PSUBJ})? (?:siempre |todos |todas )?(?:tan|así de) {NEG_ATTR})>`),
  },
  {
    id: "hate.negated_claim", category: "hate", score: 0.8, trigger: ["prot", "derogate"],
    reason: "desprecio expresado con una negación (derogation built on a negation)",
    re: c(`<(?:(?:no|nunca|jamás) (?:se )?(?:debería|debe|deberían|deben|tendría que|tendríamos que|hay que|habría que|deberíamos|debemos|podemos|vamos a|se puede|se debería) (?:permitir|dejar|consentir|tolerar|aceptar) (?:que (?:{QUANT} ){0,2}{PROT}~ (?:vivan|vivieran|sigan viviendo|sigan vivos|sigan vivas|existan|existieran|respiren|sigan respirando|nazcan|tengan hijos|se reproduzcan)|(?:vivir|existir|seguir viviendo|respirar|reproducirse|nacer) a ${PSUBJ})|a ${PSUBJ} no se (?:les|los|las) (?:debería|debe|tendría que|puede|debería poder|tendría que poder) (?:permitir|dejar) (?:vivir|existir|seguir viviendo|respirar|tener hijos|reproducirse)|${PSUBJ} (?:no|nunca|jamás) (?:deberían|deben|merecen|tendrían que|tienen derecho a|podrán|serán) (?:tener derecho a (?:vivir|existir|la vida|respirar|seguir vivos|seguir vivas)|tener (?:derechos|hijos)|votar|existir|vivir|trabajar|reproducirse|casarse|estar aquí|estar en (?:nuestro|este) país|seguir viviendo|seguir vivos|seguir vivas|seguir con vida|seguir respirando|estar vivos|estar vivas|ver la luz|nacer|haber nacido|seguir en este mundo|pisar la tierra|salir a la calle|ser tratad[oa]s como personas|respirar|ni existir|respeto|nada|compasión|la pena|iguales|como nosotros|personas normales|ser iguales)|${PSUBJ} no (?:tienen cabida|pintan nada|son bienvenid[oa]s|son normales|valen nada|sirven para nada|son de fiar|son de confianza|aportan nada)|(?:ningún|ninguna|ni un solo|ni una sola) {MEMBER} (?:es|será|merece|debería|debe|tiene derecho a|debería poder) (?:bueno|buena|de fiar|inteligente|decente|honrad[oa]|respeto|vivir|una persona normal|seguir viv[oa]|seguir con vida|existir|respirar|estar viv[oa]|vivir en paz|tener derechos|ser libre)|no hay (?:ni )?(?:un solo|una sola|ningún|ninguna) {MEMBER} (?:bueno|buena|decente|honrad[oa]|inteligente|que valga la pena)|(?:no|nunca|jamás) (?:se puede|podría|podré|voy a) (?:confiar en|contratar a|respetar a|aceptar a) (?:un |una |ningún |ninguna )?(?:{MEMBER}|${PSUBJ})|no (?:quiero|queremos) (?:a )?(?:(?:ningún|ninguna|más) )?(?:{MEMBER}|${PSUBJ}) (?:en|cerca de) (?:mi|nuestro|nuestra|este|esta))>`),
    immune: ["negation"],
  },
  {
    id: "hate.exclusion", category: "hate", score: 0.75, trigger: ["prot", "derogate"],
    reason: "pide expulsar a un grupo protegido (calls for a protected group's exclusion)",
    re: c(`<(?:fuera (?:de (?:aquí|españa|mi país|nuestro país|europa) )?(?:{QUANT} ){0,2}{PROT}|${PSUBJ},? (?:fuera de (?:aquí|españa|mi país|nuestro país|europa)|a su país|que se vuelvan a su país|que se larguen|deberían largarse|deberían irse|deberían volver a su país|no deberían estar aquí))>`),
    immune: ["negation"],
  },
  {
    id: "hate.profane", category: "hate", score: 0.75, trigger: ["prot", "derogate"],
    reason: "insulto con palabrotas contra un grupo protegido (profane abuse of a protected group)",
    re: c(`<(?:{PROT} de mierda|{MEMBER} de mierda|(?:putos|putas|malditos|malditas|jodidos|jodidas|asquerosos|asquerosas) {PROT}|(?:a la mierda|que se jodan|que les den|me cago en|que os jodan|al carajo|a tomar por culo|que le den por culo a|que les den por culo a)(?: con| a)? ${PSUBJ}|${PSUBJ},? (?:a la mierda|que se jodan|que les den|son una (?:puta )?mierda|sois una (?:puta )?mierda))>`),
  },
  {
    id: "hate.slur", category: "hate", score: 0.75, trigger: "slur",
    reason: "insulto discriminatorio (slur)",
    re: c("<{SLUR}>"),
    immune: ["context"],
  },
  {
    id: "hate.dehumanise_verb", category: "hate", score: 0.84, trigger: ["prot", "dehuman_verb"],
    reason: "describe a un grupo como plaga o animales (describes a group as vermin or animals)",
    re: c(`<(?:${PSUBJ} (?:se )?(?:reproducen|multiplican|propagan|extienden|expanden|crían|procrean) como (?:una |las |los |unas |unos )?(?:{DEHUMAN}|conejos|conejas|moscas|bichos|hongos|setas|plagas)|${PSUBJ} (?:infestan|infectan|contaminan|apestan|envenenan|parasitan|plagan)|(?:tratar|tratarlos|tratarlas|trato|tratamos|traten|tratad|tratemos|tratarlos)(?: a)?(?: ${PSUBJ})? como (?:a )?(?:{DEHUMAN}|ganado|animales|perros|ratas|bestias)|(?:tú )?(?:eres|sois)${FILL} {DEHUMAN},? (?:igual )?como (?:todos |todas )?(?:los |las )?(?:demás )?{PROT})>`),
  },
  {
    id: "hate.worthless", category: "hate", score: 0.84, trigger: ["prot", "worth"],
    reason: "dice que la vida de un grupo no vale nada (says a group's lives are worthless)",
    re: c(`<(?:(?:tu|su|sus|tus|vuestra|vuestras|la|las|esa|esas) vidas?(?: de (?:{QUANT} ){0,2}(?:{PROT}|{MEMBER})(?: (?:como tú|como vosotros|como ustedes|como ellos|como ellas))?)? (?:no (?:vale|valen|importa|importan|cuenta|cuentan|significa|significan|tiene|tienen) (?:nada|una mierda|un carajo|ni un duro|ni un céntimo|un pimiento|ningún valor|valor)|no (?:importa|importan|cuenta|cuentan)|(?:vale|valen) (?:menos (?:que|de)|una mierda|nada))|(?:${PSUBJ}|${ONE}) (?:no (?:valen|vale) (?:nada|una mierda|ni un duro)|(?:valen|vale) menos que (?:un|una|los|las|el|la) {DEHUMAN}))`),
    immune: ["negation"],
  },
  // a subject named before ("Conozco a muchos X. Son escoria." / "… X, y son unos parásitos")
  {
    id: "hate.anaphora", category: "hate", score: 0.8, trigger: ["prot", "derogate"],
    reason: "deshumaniza o denigra a un grupo nombrado antes (dehumanises a group named earlier)",
    re: c(`(?:(?<=^|[.!?¡¿\\n]\\s{0,3})|<(?:y|que|pero|porque|pues|,|todos|todas) )(?:todos |todas )?(?:son|sois|eran)${FILL} (?:{DEHUMAN}|{NEG_ATTR})>|<(?:yo )?(?:los|las|os) (?:odio|detesto|desprecio|aborrezco|odiamos)>|<(?:me|nos) (?:dais|dan) (?:mucho |muchísimo )?asco>`),
    requiresPost: [anyProt()],
  },
]);
