// Issue 7: normative threats the pack had no grammar for. The construction types come from the threat
// templates of the other Multilingual HateCheck languages (Portuguese, Italian, French, German, Dutch:
// CC-BY-4.0, read as a model of functional tests); every pattern is written as Spanish grammar with its
// variants and checked on our own sentences and their non-violent twins (suite-es.ts), never on the Spanish
// held-out cases:
//   - the pleasure of watching a group suffer: "me encantaría ver a esos X sufrir", "qué ganas de verlos agonizar"
//   - a wish whose object is fronted with a clitic: "ojalá a los X les cortaran el cuello", "me gustaría que a los
//     X los fusilaran en la calle"
//   - the optative "if only": "si tan solo alguien estrangulara a …", "ojalá alguien tuviera el valor de matar a …"
//   - hope as the last resort: "la única esperanza es que alguien acabe con …", "solo queda esperar que …"
//   - killing made legal: "matar a un X no debería ser delito", "el asesinato de X debería ser legal",
//     "habría que despenalizar …"
//   - killing in everyone's interest: "es en interés de todos exterminar a …", "a todos nos conviene …"
//   - the world better without a group: "el mundo estaría mejor sin X como tú", "sin X, el país iría mejor"
//   - throats cut as a state: "que los X acabaran con la garganta cortada", "deberían tener el cuello rajado"
import { compile, once } from "../compile.js";
import type { PatternRule } from "../types.js";
import { ES_LEXICON as L } from "./lexicon.js";
import { ALL, LIKE, OBJ, SUBJ } from "./rules-normative.js";

const c = (src: string) => compile(src, L, { unaccented: true });
const SENT_START = "(?<=^|[.!?¡¿\\n:\"]\\s{0,3})";
// (no "…" here: in a pattern it is the six-word filler; NFKC has already turned the character into "...")
const END = "(?=\\s*(?:[.!]|$))";
const anyGroup = once(() => c("<(?:{GROUP}|{MEMBER})>"));

// "me encantaría …", "qué ganas tengo de …", "daría lo que fuera por …"
const LIKE_TO = "(?:(?:a mí |a nosotros )?(?:me|nos) (?:encantaría|gustaría|fascinaría|chiflaría|flipa|fliparía|encantará|haría (?:muy |tan |muchísimo )?feliz|alegraría|haría ilusión|encanta|gusta|pone contento|pone contenta)(?: mucho| muchísimo| tanto)?|(?:cómo|cuánto|qué) (?:me|nos) (?:gustaría|encantaría)|(?:qué|cuántas) ganas (?:tengo|tenemos|tendría|le tengo)(?: de)?|(?:tengo|tenemos|tendría) (?:muchas |tantas )?ganas de|(?:disfrutaría|disfrutaríamos|disfrutaré|disfrutaremos|disfruto|gozaría|gozaré)(?: mucho| muchísimo)?|(?:daría|daríamos|pagaría|pagaríamos) (?:lo que fuera|cualquier cosa|todo|mi vida|un brazo|dinero|mucho) por|pagaría por|adoraría|adoraríamos|amaría|quiero|queremos|quisiera|querría|querríamos|(?:sueño|soñamos) con|me muero (?:de ganas )?(?:por|de)|ojalá (?:pudiera|pudiéramos|pudiese)|no veo la hora de|(?:estoy|estamos) deseando|lo que más (?:me gustaría|quiero|deseo|quisiera) (?:es|sería)|mi (?:sueño|mayor deseo|deseo) (?:es|sería))";
// what the speaker wants to watch, infinitive ("ver sufrir a …") and gerund or state ("ver a los X sufriendo")
const SUFFER_INF = "(?:sufrir|padecer|morir|agonizar|arder|desangrarse|retorcerse(?: de dolor)?|suplicar (?:por su vida|por sus vidas|clemencia|piedad)|pudrirse|gritar de dolor|llorar sangre|ahogarse|asfixiarse|quemarse viv[oa]s|pagar con (?:su vida|sus vidas|sangre)|colgar de (?:una soga|un árbol|los árboles|las farolas))";
const SUFFER_NOW = "(?:sufriendo|padeciendo|muriendo|agonizando|ardiendo|desangrándose|retorciéndose(?: de dolor)?|suplicando (?:por su vida|por sus vidas|clemencia|piedad)|pudriéndose|gritando de dolor|ahogándose|asfixiándose|quemándose|colgando de (?:una soga|un árbol|los árboles|las farolas)|{DEAD}|{PART})";
const SUFFER_3 = "(?:sufren|padecen|padezcan|mueren|agonizan|arden|se desangran|se retuercen(?: de dolor)?|suplican (?:por su vida|por sus vidas|clemencia|piedad)|se pudren|se ahogan|se asfixian|se queman|sufran|mueran|agonicen|ardan|se desangren|se retuerzan|supliquen|se pudran|se ahoguen)";
const HOW = "(?: (?:mucho|muchísimo|lentamente|de verdad|hasta morir|hasta la muerte|como (?:perros|ratas|cerdos|animales)|todos|todas|sin piedad|para siempre|en el infierno|por fin|de una vez|uno a uno|una a una|un poco))*";
// wishes: "ojalá …", "me gustaría que …", "sería bueno que …"
const WISH = "(?:ojalá(?: que| y)?|(?:espero|esperemos|esperamos|deseo|desearía|desearíamos|quisiera|querría|quiero|queremos|rezo para|recemos para) que|(?:me|nos) (?:gustaría|encantaría|alegraría(?: de)?|haría feliz) que|(?:sería|estaría|será) (?:muy |tan )?(?:bueno|bien|buena idea|una buena idea|una gran idea|una idea excelente|genial|estupendo|fantástico|maravilloso|perfecto|ideal|justo|lo justo|lo mejor|mejor|un alivio|una bendición|una alegría) que|lo (?:mejor|justo|ideal|suyo) (?:sería|es) que|(?:ya )?(?:es|va siendo) hora de que|si (?:tan solo|solo|sólo|al menos|por lo menos|siquiera))";
// hope as the last resort: "la única esperanza es que …", "solo queda esperar que …"
const HOPE = "(?:ojalá(?: que| y)?|(?:espero|esperemos|esperamos|confío en|confiemos en|rezo para|recemos para|cruzo los dedos para|quiero creer) que|(?:solo|sólo|solamente|únicamente) (?:nos |me |les )?(?:queda|quedaría|cabe|puedo|podemos|se puede) (?:esperar|rezar para|desear|rogar) que|(?:solo|sólo) (?:queda|cabe) la esperanza de que|(?:la|mi|nuestra|su) (?:única|última|mayor) esperanza (?:es|sería|está en) que|lo único que (?:me |nos )?queda es (?:esperar|rezar para) que|cabe esperar que|a ver si|con (?:un poco de )?suerte|si (?:tan solo|solo|sólo|al menos|por lo menos|siquiera))";
const SOMEONE = "(?:(?:algún día|pronto|por fin|de una vez|un día de estos|muy pronto) )?(?:alguien|algún valiente|alguno|un valiente|la gente|el gobierno|la policía|el ejército|otro hitler|un nuevo hitler)(?: (?:por fin|de una vez|algún día|pronto|ya))?";
const DARE = "(?:se (?:atreviera|atreviese|atreva|animara|animase|anime|decidiera|decidiese|decida|dignara|encargara|encargase|encargue|ocupara|ocupase|ocupe)|(?:fuera|fuese|sea) capaz|(?:tuviera|tuviese|tenga) (?:el valor|los huevos|los cojones|las agallas|la valentía|el coraje|la decencia)|(?:pudiera|pudiese|pueda|empezara|empezase|empiece|llegara|llegase|volviera|volviese|vuelva))";
// a violent act as a subject or object: "matar a un X", "matarlos", "el asesinato de X"
const KILLING_N = "(?:el asesinato|los asesinatos|la matanza|las matanzas|el linchamiento|los linchamientos|la violación|las violaciones|la tortura|las torturas|la ejecución|las ejecuciones|el homicidio|los homicidios|la caza|la cacería|el exterminio|la masacre|las masacres|el fusilamiento|los fusilamientos|la quema|la lapidación|el apaleamiento|las palizas|la muerte)";
const ACT = `(?:{INF} ${OBJ}|{INF_THEM}(?: ${OBJ}| ${ALL})?|${KILLING_N} (?:de|a|contra) ${OBJ})`;
const MUST = "(?:debería|deberían|debe|deben|tendría que|tendrían que|tiene que|tienen que|habría de|ha de|debiera)";
const ILLEGAL = "(?:ilegal|ilegales|un delito|delito|ningún delito|un crimen|crimen|ningún crimen|prohibid[oa]s?|penad[oa]s?|castigad[oa]s?|castigable|punible|perseguid[oa]s?|sancionad[oa]s?|condenad[oa]s?|pecado|un pecado|motivo de cárcel)";
const LEGAL = "(?:legal|legales|legalizad[oa]s?|despenalizad[oa]s?|permitid[oa]s?|autorizad[oa]s?|un derecho|libre|impune|impunes|premiad[oa]s?|recompensad[oa]s?|subvencionad[oa]s?)";
const MAKE_LEGAL = "(?:legalizar|despenalizar|permitir|autorizar|legalice|legalicen|despenalice|despenalicen|permita|permitan|autorice|autoricen|legalizarse|despenalizarse|permitirse|autorizarse|legalizara|legalizaran|despenalizara|despenalizaran|permitiera|permitieran|legalizaría|despenalizaría|permitiría|legalizaríamos|despenalizaríamos)";
// "es en interés de todos …", "a todos nos conviene …", "por el bien de todos, …"
const INTEREST = "(?:(?:es|sería|será|está|estaría|redunda|redundaría|va) (?:en|de|del) (?:el |nuestro |mutuo )?(?:interés|beneficio|bien) (?:de todos|para todos|de todo el mundo|para todo el mundo|general|común|del país|para el país|de la sociedad|para la sociedad|de la humanidad|de españa|de todos nosotros|nuestro)|(?:a todos|a todo el mundo|al país|a la sociedad|a españa) (?:nos |le |les )?(?:interesa|interesaría|conviene|convendría|beneficia|beneficiaría)|(?:nos |les |os )?(?:interesa|interesaría|conviene|convendría|beneficia|beneficiaría) a (?:todos|todo el mundo|la sociedad|el país|todos nosotros)|(?:por el bien|en bien|en interés|en beneficio) (?:de todos|común|del país|de la humanidad|de nuestros hijos|de la sociedad|de todo el mundo)|lo (?:mejor|más conveniente|más beneficioso|más útil) para (?:todos|todo el mundo|el país|la sociedad|la humanidad|españa) (?:es|sería|será)|lo que (?:más )?(?:nos |les )?conviene(?: a todos)? (?:es|sería))";
// the world without a group: "el mundo estaría mejor sin …", "todos viviríamos mejor sin …"
const WORLD = "(?:el mundo|el país|este país|nuestro país|españa|europa|la sociedad|nuestra sociedad|el planeta|la humanidad|todo|la vida|el barrio|nuestro barrio|la ciudad|las cosas)";
const BETTER = `(?:${WORLD} (?:sería|estaría|iría|será|estará|irá|funcionaría|irían|estarían|serían)|(?:todos )?(?:estaríamos|viviríamos|nos iría|seríamos|estaremos|viviremos|nos irá|iríamos)(?: todos)?)(?: (?:un lugar|un sitio|mucho|muchísimo|bastante|infinitamente|tanto|más|sin duda))* (?:mejor|mejores|más bonito|más bonita|más agradable|más sano|más sana|más feliz|más felices|más limpio|más limpia|más seguro|más segura|más seguros|en paz|más tranquilos|más tranquilas|un paraíso)>`;
const WITHOUT = `sin (?:(?:{QUANT} ){0,2}{PROT}${LIKE}|(?:ustedes|vosotros|vosotras),? (?:(?:los|las) )?(?:{QUANT} )?{PROT})`;
// a throat cut as the state wished on a group: "acabaran con la garganta cortada"
const THROAT = "(?:(?:con )?(?:la|las|sus|su|el|los) (?:garganta|gargantas|cuello|cuellos|cabeza|cabezas|pescuezo|pescuezos) (?:cortad|rebanad|rajad|partid|rot|abiert|reventad|degollad)[oa]s?)";

export const ES_ENDORSE_RULES = once((): PatternRule[] => [
  {
    id: "wish.see_suffer", category: "violence_threat", score: 0.84, trigger: ["see", "group"],
    reason: "desea ver sufrir o morir a un grupo (wishes to watch a group suffer or die)",
    re: c(`<${LIKE_TO}(?: (?:tanto|mucho|de verdad|realmente|un día|algún día|por fin|simplemente|poder))? (?:(?:ver|viendo|ver(?:los|las|les)) (?:cómo )?${SUFFER_INF}${HOW} ${OBJ}|(?:ver|viendo) (?:a )?(?:${SUBJ}|(?:{QUANT} ){0,2}{MEMBER}${LIKE}) (?:${SUFFER_INF}|${SUFFER_NOW})${HOW}${END}|ver cómo ${SUBJ} ${SUFFER_3}|ver cómo ${SUFFER_3}${HOW} (?:${SUBJ}|(?:{QUANT} ){0,2}{MEMBER}))`),
  },
  {
    id: "wish.see_suffer_them", category: "violence_threat", score: 0.82, trigger: ["see", "group"], requiresPost: [anyGroup()],
    reason: "desea ver sufrir o morir a un grupo nombrado antes (wishes to watch a group named earlier suffer)",
    re: c(`<${LIKE_TO}(?: (?:tanto|mucho|de verdad|realmente|un día|algún día|por fin|simplemente|poder))? (?:ver(?:los|las|les) (?:${SUFFER_INF}|${SUFFER_NOW})${HOW}${END}|ver cómo (?:se )?${SUFFER_3}${HOW}${END})`),
  },
  {
    id: "incite.wish_fronted", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"],
    reason: "desea que alguien mate a un grupo (wishes a group were killed, object fronted)",
    re: c(`<${WISH} (?:a )?${OBJ}~,? (?:(?:se )?(?:les|los|las|le|lo|la) {SUBJ3}|(?:tuvieran|tuviesen|tengan|acabaran|acabasen|acaben|terminaran|terminasen|terminen) (?:todos |todas )?${THROAT})`),
  },
  {
    id: "incite.wish_we", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"],
    reason: "desea que nosotros matemos a un grupo (wishes we killed a group)",
    re: c(`<${WISH} (?:todos )?(?:nosotros )?(?:le |les |lo |la |los |las )?(?:{SUBJ1PL}|{PRES1PL})(?: ${ALL})? ${OBJ}`),
  },
  {
    id: "incite.throat_state", category: "violence_incitement", score: 0.85, trigger: "group",
    reason: "desea a un grupo la garganta cortada (wishes a group's throats cut)",
    re: c(`<(?:${WISH} ${SUBJ} (?:tuvieran|tuviesen|tengan|acabaran|acabasen|acaben|terminaran|terminasen|terminen)|${SUBJ} (?:{MODAL}) (?:tener|acabar|terminar))(?: todos| todas)? ${THROAT}`),
  },
  {
    id: "incite.if_only", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"],
    reason: "espera que alguien mate a un grupo (hopes someone will kill a group)",
    re: c(`<(?:${HOPE} ${SOMEONE}|${SENT_START}si ${SOMEONE}(?=(?: [^\\s,;:?]+){1,8}${END})) (?:${DARE} (?:a |de )?(?:{INF} ${OBJ}|{INF_THEM}(?: ${ALL})?)|(?:le |les |lo |la |los |las |se )?{SUBJ3}(?: ${ALL})? ${OBJ})`),
  },
  {
    id: "incite.if_only_die", category: "violence_incitement", score: 0.85, trigger: ["wish", "group"],
    reason: "desea que un grupo muera (if only a group died)",
    re: c(`<si (?:tan solo|solo|sólo|al menos|por lo menos|siquiera) ${SUBJ} (?:se )?(?:murieran|muriesen|desaparecieran|desapareciesen|reventaran|ardieran|se pudrieran|estuvieran muert[oa]s|estuviesen muert[oa]s|fueran (?:todos |todas )?{PART}|fuesen (?:todos |todas )?{PART})>`),
  },
  {
    // the negation is the claim ("no debería ser delito"), so this one is immune to it
    id: "incite.not_illegal", category: "violence_incitement", score: 0.86, trigger: ["legal", "group"], immune: ["negation"],
    reason: "dice que matar a un grupo no debería ser delito (says killing a group should not be a crime)",
    re: c(`<(?:(?:no ${MUST} (?:ser|estar|considerarse|seguir siendo|seguir estando)|(?:que )?no (?:sea|fuera|fuese)) ${ILLEGAL} ${ACT}|${ACT}~,? (?:no ${MUST} (?:ser|estar|considerarse|seguir siendo|seguir estando) (?:(?:un|ningún) )?${ILLEGAL}|${MUST} (?:dejar de ser|no ser) (?:un |ningún )?(?:delito|crimen|ilegal|castigad[oa]|penad[oa]|perseguid[oa])))`),
  },
  {
    id: "incite.legalise", category: "violence_incitement", score: 0.86, trigger: ["legal", "group"],
    reason: "pide que matar a un grupo sea legal (calls for killing a group to be legal)",
    re: c(`<(?:${ACT}~,? ${MUST} (?:(?:ser|estar|quedar|salir) (?:totalmente |completamente |perfectamente )?${LEGAL}|(?:legalizarse|despenalizarse|permitirse|autorizarse))|(?:(?:${MUST}|habría que|hay que|que|ojalá|(?:ya )?es hora de|yo|se (?:debería|debe|tendría que)) )?${MAKE_LEGAL} (?:ya |de una vez |por fin |de una vez por todas )?${ACT})`),
  },
  {
    id: "incite.in_interest", category: "violence_incitement", score: 0.86, trigger: ["interest", "group"],
    reason: "presenta matar a un grupo como de interés general (says killing a group is in everyone's interest)",
    re: c(`<(?:${INTEREST},? (?:(?:simplemente|directamente|de una vez) )?(?:{INF} ${OBJ}|{INF_THEM}(?: ${ALL})?|que (?:alguien |la gente |el gobierno |todos )?(?:les |los |las )?{SUBJ3}(?: ${ALL})? ${OBJ})|(?:{INF} ${OBJ}|{INF_THEM} ${ALL})~,? (?:(?:es|sería|será|está|estaría|redunda|redundaría) (?:en|de|del) (?:el |nuestro )?(?:interés|beneficio|bien) (?:de todos|de todo el mundo|general|común|del país|de la sociedad)|(?:es|sería|será) lo que (?:más )?(?:nos )?conviene|(?:nos |les )?(?:beneficiaría|beneficia|conviene|convendría|interesa|interesaría) a todos|(?:es|sería|será) lo mejor para (?:todos|todo el mundo|el país|la sociedad)))`),
  },
  {
    id: "incite.just_world_you", category: "violence_incitement", score: 0.85, trigger: "group",
    reason: "dice a un grupo que en un mundo justo estaría muerto (tells a group it would be dead in a just world)",
    re: c(`<en un (?:mundo|país|planeta) (?:justo|perfecto|ideal|mejor|decente|normal|sensato),? (?:${SUBJ}|(?:{QUANT} ){0,2}{MEMBER}${LIKE})(?: ya)? (?:habrían|habríais|habría) (?:muerto|desaparecido|sido (?:todos |todas )?{PART})|<en un (?:mundo|país|planeta) (?:justo|perfecto|ideal|mejor|decente|normal|sensato),? (?:todos |todas )?(?:ustedes|vosotros|vosotras),? (?:(?:los|las|todos los|todas las) )?(?:{QUANT} )?{GROUP}~,? (?:serían|estarían|seríais|estaríais|acabarían|acabaríais|terminarían|morirían|moriríais)(?: ya)? (?:todos |todas )?(?:{PART}|{DEAD})`),
  },
  {
    id: "incite.better_without", category: "violence_incitement", score: 0.85, trigger: ["normative", "group"],
    reason: "dice que el mundo estaría mejor sin un grupo (says the world would be better without a group)",
    re: c(`<(?:${BETTER} ${WITHOUT}|${WITHOUT},? ${BETTER})`),
  },
]);
