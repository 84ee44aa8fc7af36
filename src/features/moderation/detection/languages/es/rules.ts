// Spanish patterns: the same constructions as English and Vietnamese, in Spanish grammar — objects with
// "a" or as clitics ("matar a los …", "matarlos", "te voy a matar"), subjunctive calls ("que alguien
// mate a …"), normative passives in any gender ("deberían ser fusiladas"), dropped subjects.
import { compile, once, firstWords as fw } from "../compile.js";
import type { PatternRule } from "../types.js";
import { ES_LEXICON as L } from "./lexicon.js";
import { ES_HATE_RULES } from "./rules-hate.js";
import { ES_NORMATIVE_RULES } from "./rules-normative.js";
import { ES_ENDORSE_RULES } from "./rules-endorse.js";

const c = (src: string) => compile(src, L, { unaccented: true });
// who can be the object of violence: "a todos los judíos", "al próximo periodista", "a las mujeres"
// "a los X como tú", "a esos X de mierda"
const LIKE = "(?: (?:como (?:tú|vos|usted|ustedes|vosotros|vosotras|ellos|ellas|esos|esas|estos|estas|este|ese|esta|esa|él|ella)|así|de mierda))?";
const OBJ = "(?:a |al |contra )?(?:(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})" + LIKE + "|(?:ese|esa|este|esta) (?:tipo|clase) de gente|(?:todos|todas) (?:ellos|ellas)|esa gente|esta gente)>";
const ALL = "(?:a )?(?:todos|todas|uno por uno|una por una|uno a uno|una a una|sin piedad|sin excepción|de una vez)>";
// a group noun may carry a modifier or two ("los activistas antirracistas", "las mujeres de hoy")
// a group noun may carry a modifier, a complement or a short relative clause ("los X de este país",
// "los X que viven aquí", "los X como vosotros")
const SUBJ = "(?:(?:{QUANT} ){0,2}{GROUP}(?:(?: (?:que|de|del|como|con|en)(?: [^\\s.,;:!?¡¿\"]+){1,3})|~)(?: y (?:sus|todos sus|todas sus) (?:hijos|hijas|familias|familiares|crías|descendientes|simpatizantes|amigos|amigas|aliados|defensores))?|(?:todos )?ellos|(?:todas )?ellas|(?:todos |todas )?(?:ustedes|vosotros|vosotras)|esa gente|esta gente|esos|esas|los de (?:su|tu|vuestra) (?:clase|tipo|especie|calaña|raza))";
const GROUP_START = [...fw(L.QUANT), ...fw(L.GROUP), "todos", "todas", "ellos", "ellas", "esa", "esta", "esos", "esas", "ustedes", "vosotros", "vosotras"];
// "estaríamos mejor si …", "el mundo sería mejor si …"
const BETTER_IF = "(?:(?:estaríamos|estaríais|estarían|viviríamos|viviríais|nos iría|os iría|les iría|todo nos iría|las cosas nos irían|iríamos|sería|estaría|el mundo sería|el mundo estaría|el país sería|el país estaría|todo sería|todo iría|todos estaríamos|las cosas irían|españa sería|españa estaría|la vida sería|la sociedad sería|la sociedad estaría)(?: (?:un lugar|un sitio|un país|una sociedad|todos))?(?: (?:mucho|muchísimo|bastante|tanto|infinitamente))? mejor|(?:estaríamos|estaríais|estarían|viviríamos) en (?:una )?(?:mejor situación|situación mejor|mejores condiciones)|(?:todos )?(?:saldríamos ganando|ganaríamos(?: todos| mucho)?)|(?:sería|será) (?:genial|estupendo|fantástico|maravilloso|ideal|un alivio|una bendición|un sueño|lo mejor))(?: (?:para|a) (?:todos|todo el mundo|el mundo|el país|la sociedad|todos nosotros|nosotros|vosotros))? si";
// a passive after a modal: "ser fusilados", "ser deportados y asesinados", "ser silenciadas a golpes", "haber sido gaseados"
const PASSIVE = "(?:ser|haber sido) (?:(?:[^\\s.,;:!?¡¿\"]+d[oa]s?|[^\\s.,;:!?¡¿\"]+(?:to|ta|tos|tas|cho|chos))(?: [^\\s.,;:!?¡¿\"]+){0,3},? (?:y|e|o|para luego ser|y luego|y después|antes de ser) )?(?:{PART}|[^\\s.,;:!?¡¿\"]+d[oa]s? (?:a|con|hasta la) (?:golpes|palos|tiros|balazos|pedradas|patadas|puñetazos|hostias|latigazos|cuchilladas|machetazos|muerte|violencia|fuego|balas|plomo))";
// an aside between a modal and its verb: "deberían, sin duda, ser ejecutados"
const ASIDE = "(?:sin duda|sin ninguna duda|sin dudarlo|claramente|obviamente|evidentemente|desde luego|por supuesto|en mi opinión|para mí|sinceramente|de verdad|honestamente|en serio|por el bien de todos|por el bien del país|por el bien de la humanidad|de una vez|de una vez por todas|cuanto antes|sin más|sin excepción|sin piedad|todos ellos|todas ellas)";
// the group addressed as subject: "ustedes, los X", "tú y los tuyos", "tu gente", "tú, como X,"
const YOU_SUBJ = "(?:(?:todos |todas )?(?:ustedes|vosotros|vosotras),? (?:(?:los|las|todos los|todas las) )?(?:{QUANT} )?{GROUP}~|tú y (?:los tuyos|las tuyas|tu gente|tu raza|tu especie|tu calaña|tu pueblo|los de tu (?:clase|raza|especie|calaña|tipo))|(?:tu|vuestra|su) (?:gente|raza|especie|calaña|ralea)|(?:los tuyos|las tuyas|los vuestros|las vuestras)|tú,? (?:como|siendo|que eres) (?:un |una )?{MEMBER},?|tú,? (?:maldit[oa] |put[oa] |asqueros[oa] )?{MEMBER},?)";
// second person modals: "deberías", "mereces", "tenéis que"
const MODAL_YOU = "(?:deberías|debes|tienes que|tendrías que|mereces|te mereces|merecerías|necesitas|deberás|tendrás que|deberíais|debéis|tenéis que|tendríais que|merecéis|os merecéis|mereceríais|necesitáis)";
// "es hora de que …", "sería justo que …", "lo mejor sería que …", "no me importaría que …"
const EVAL_THAT = "(?:(?:(?:ya )?es hora|(?:ya )?va siendo hora|ha llegado (?:la hora|el momento)|llegó (?:la hora|el momento)|es el momento) de|(?:es|sería|será|me parece|me parecería|parece) (?:muy |totalmente |perfectamente |más que )?(?:justo|necesario|bueno|urgente|lógico|normal|de justicia|lo justo|lo mejor|lo correcto|lo ideal|lo lógico|lo suyo|genial|ideal|estupendo|deseable|bien|hora)|lo (?:justo|mejor|correcto|ideal|suyo|lógico|único sensato) (?:sería|es|será)|lo mejor que (?:podría|puede|podría nunca) (?:pasar|ocurrir|suceder) (?:es|sería)|(?:hace|haría) falta|estaría (?:bien|genial|muy bien)|(?:no )?me importaría|(?:yo )?apoyaría|aplaudiría)";
// dying in the subjunctive: "mueran", "paguen con su vida", "desaparezcan para siempre"
const DIE_SUBJ = "(?:se )?(?:mueran|murieran|muriesen|mueran todos|mueran todas|desaparezcan|desaparecieran|desapareciesen|ardan|ardieran|revienten|reventaran|palmen|palmaran|estén muert[oa]s|estuvieran muert[oa]s|estuviesen muert[oa]s|dejen de existir|dejaran de existir|dejen de respirar|dejaran de respirar|(?:lo )?(?:paguen|pagaran|pagasen) con (?:su vida|sus vidas|la vida|su sangre|sangre))";
// "a la humanidad", "al mundo", "para el país"
const TO_WORLD = "(?:a la humanidad|al mundo|a la sociedad|al país|a todos|a españa|a todo el mundo|al planeta|para (?:la humanidad|el mundo|la sociedad|el país|todos|españa|todo el mundo|el planeta))";
// thrown to their death: "tirar a los X al mar", "echarlos a la hoguera"
const THROW = "(?:tirar|arrojar|echar|lanzar|empujar|meter|mandar|enviar|tiremos|arrojemos|echemos|lancemos|metamos|mandemos|tiren|arrojen|echen|lancen|metan|manden|tirad|arrojad|echad|lanzad|meted|mandad)(?:los|las|les)? (?:a )?(?:(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})|ellos|ellas|esa gente|esta gente)~ (?:al mar|al río|a un pozo|a un barranco|por un barranco|por un acantilado|por la ventana|a la hoguera|al fuego|a los leones|a los tiburones|a los perros|a los cocodrilos|a las vías del tren|a la cámara de gas|a las cámaras de gas|a un horno|a los hornos|al paredón|a la horca|a una fosa común|a la fosa)";
export const BLOWS = ["golpes", "palos", "tiros", "balazos", "pedradas", "patadas", "puñetazos", "hostias", "latigazos", "cuchilladas", "machetazos"];
// where a group is sent to die: "pertenecen a la cámara de gas", "su sitio está en la horca"
const DEATH_PLACE = "(?:a|en) (?:la |las |el |los |una |un )?(?:cámara de gas|cámaras de gas|horca|paredón|hoguera|horno|hornos|hornos crematorios|fosa común|fosas comunes|campo de concentración|campos de concentración|campo de exterminio|campos de exterminio|cementerio|tumba)";
const SENT_START = "(?<=^|[.!?¡¿\\n:\"]\\s{0,3})";
const anyGroup = once(() => c("<(?:{GROUP}|{MEMBER})>"));
// words a match can begin with (the engine only tries the regex there)
const CLITIC = ["te", "os", "lo", "la", "los", "las", "le", "les"];
const FUT_START = [...fw(L.FUT), ...fw(L.FUT1), "haré", "haremos", "voy", "vamos", "me", "no", "quiero", "queremos",
  "pondré", "pondremos", "colocaré", "tiraré", "lanzaré", "quemaré", "incendiaré", "atacaré", "volaré", "asaltaré", "arrasaré",
  "entraré", "destrozaré", "reventaré", "apedrearé", "usaré", "sacaré", "traeré", "llevaré", "nos", "nada", "lo", "mi",
  "me", "ojalá", "quisiera", "querría", "disfrutaría", "disfrutaré"];

export const ES_RULES = once((): PatternRule[] => [
  ...ES_HATE_RULES(),
  ...ES_NORMATIVE_RULES(),
  ...ES_ENDORSE_RULES(),
  // ── threats: the speaker announces violence ──
  {
    id: "threat.direct", category: "violence_threat", score: 0.92, trigger: "violent", start: [...CLITIC, ...FUT_START],
    reason: "amenaza de violencia en primera persona (first-person threat)",
    re: c("<(?:(?:te|os) (?:{FUT}~ {INF}|{FUT1}|{PRES1})|{FUT}~ (?:{INF_YOU}|{INF} {YOU})|{FUT1} {YOU})>"),
  },
  {
    id: "threat.target", category: "violence_threat", score: 0.9, trigger: "violent", start: [...CLITIC, ...FUT_START],
    reason: "amenaza contra un grupo o una persona (threat against a group or person)",
    re: c(`<(?:(?:haré|haremos|voy a hacer|vamos a hacer|me aseguraré de|me voy a asegurar de|nos aseguraremos de|me encargaré de|no pararé hasta|no descansaré hasta|no pararemos hasta|quiero|queremos) que (?:${SUBJ}|(?:{QUANT} ){0,2}{MEMBER}~) (?:se )?(?:mueran|muera|sufran|sufra|desaparezcan|desaparezca|ardan|arda|estén muertos|estén muertas|esté muerto|esté muerta|lo paguen|lo pague|reciban su merecido|reciba su merecido)|(?:{FUT}) (?:ver|viendo) (?:a )?${SUBJ} (?:{DEAD}|muertos|muertas|{PART}|ardiendo|en la horca|bajo tierra|sufrir|sufriendo|desangrándose|morir|muriendo)|(?:{FUT}~ {INF}|{FUT1}) ${OBJ})`),
  },
  {
    id: "threat.target_them", category: "violence_threat", score: 0.9, trigger: "violent", start: [...CLITIC, ...FUT_START],
    reason: "amenaza contra un grupo o una persona (threat against a group or person)",
    re: c(`<(?:{FUT}~ {INF_THEM} (?:${ALL}|${OBJ}))`),
  },
  {
    id: "threat.target_clitic", category: "violence_threat", score: 0.9, trigger: "violent", start: [...CLITIC, ...FUT_START],
    reason: "amenaza contra un grupo o una persona (threat against a group or person)",
    re: c(`<(?:(?:los|las|les|lo|la|le) (?:{FUT}~ {INF}|{FUT1}|{PRES1})(?: ${ALL}| ${OBJ})?)`),
  },
  {
    id: "threat.attack_place", category: "violence_threat", score: 0.88, trigger: ["violent", "place"], start: FUT_START,
    reason: "amenaza con atacar un lugar de un grupo (threat to attack a group's place)",
    re: c(`<(?:(?:{FUT}~ (?:poner|colocar|tirar|lanzar|hacer estallar|hacer explotar|prender fuego a|quemar|incendiar|atacar|volar|asaltar|arrasar|entrar a tiros en|entrar armado en|entrar armada en)|pondré|pondremos|colocaré|tiraré|lanzaré|quemaré|incendiaré|atacaré|volaré|asaltaré|arrasaré|entraré a tiros en)(?: (?:una|un|unas|unos) (?:bomba|bombas|explosivo|explosivos|cóctel molotov|cócteles molotov|granada|granadas|artefacto))? (?:(?:en|a|contra|dentro de) )?(?:la |el |las |los |una |un |su |sus |esa |ese |esta |este )?(?:{PLACE})(?: de (?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER}))?)>`),
  },
  {
    id: "threat.attack_property", category: "violence_threat", score: 0.86, trigger: ["violent", "property"], start: FUT_START,
    reason: "amenaza con atacar la casa o la familia de alguien de un grupo (threat against a group member's home or family)",
    re: c(`<(?:(?:{FUT}~ (?:quemar|incendiar|volar|destrozar|atacar|reventar|arrasar|asaltar|apedrear)|quemaré|incendiaré|volaré|destrozaré|atacaré|reventaré|arrasaré|asaltaré|apedrearé) (?:la casa|las casas|el coche|los coches|la tienda|las tiendas|el negocio|los negocios|el local|los locales|el barrio|los hogares|la familia|las familias|los hijos) de ${OBJ})`),
  },
  {
    id: "threat.weapon_use", category: "violence_threat", score: 0.88, trigger: ["weapon_use", "group"], start: FUT_START,
    reason: "anuncia usar un arma contra un grupo (announces using a weapon against a group)",
    re: c(`<(?:(?:{FUT}~ (?:usar|utilizar|sacar|traer|llevar|disparar)|usaré|sacaré|traeré|llevaré) (?:mi|mis|el|la|un|una|las|los) (?:arma|armas|pistola|pistolas|escopeta|rifle|cuchillo|cuchillos|machete|bomba|fusil|navaja|bate|explosivos)(?: …)? (?:contra|con|para|en) ${OBJ})`),
  },
  {
    id: "threat.fate", category: "violence_threat", score: 0.85, trigger: "fate",
    start: ["vas", "vais", "van", "estás", "estáis", "eres", "tus", "vuestros", "sé", "sabemos", "te", "os", "no", "reza", "rezad",
      "prepárate", "cuídate", "mírate", "cuida", "ten", "a"],
    reason: "anuncia al lector que morirá o sufrirá (tells the reader they will die)",
    re: c("<(?:(?:vas|vais|van) a (?:morir|palmarla|acabar (?:muerto|muerta|muertos|bajo tierra|en una cuneta|en el cementerio|en una caja))|(?:estás|estáis) (?:muerto|muerta|muertos|muertas)|eres (?:hombre|mujer) muert[oa]|(?:tus|vuestros) días están contados|(?:sé|sabemos) dónde (?:vives|vivís|duermes|trabajas|estudian tus hijos)|(?:te|os) (?:vamos a|voy a) encontrar|no (?:vas|vais) a ver (?:el amanecer|otro día|la luz del día|el año que viene)|(?:reza|rezad) lo que sepas|prepárate para morir|(?:cuídate|mírate|cuida) (?:las|tus) espaldas|ten cuidado cuando salgas|te queda poco de vida|(?:a ti|os) (?:también )?(?:os |te )?(?:llegará|va a llegar) (?:tu|vuestro) (?:hora|turno))>"),
  },
  {
    id: "threat.conditional", category: "violence_threat", score: 0.9, trigger: "violent", start: ["como", "si", "cuando"],
    reason: "amenaza condicional (conditional threat)",
    re: c("<(?:como|si|cuando) (?:te|os) (?:vea|veo|pille|pillo|encuentre|encuentro|cruces|cruzas|acerques|acercas)…,? (?:te|os) (?:{PRES1}|{FUT1}|{FUT}~ {INF})>"),
  },
  // ── incitement: calls on others ──
  {
    id: "incite.call", category: "violence_incitement", score: 0.9, trigger: "violent", start: [...fw(L.CALL), "que", "ojalá", "esperemos", "esperamos", "espero", "a", "con"],
    reason: "llamamiento a la violencia contra un grupo (call to violence against a group)",
    re: c(`<(?:{CALL}~ (?:{INF} ${OBJ}|{INF_THEM} (?:${ALL}|${OBJ}))|(?:que|ojalá(?: que| y)?|esperemos que|esperamos que|espero que|a ver si|con suerte) (?:alguien |algún valiente |alguno |el pueblo |la gente |los buenos |los patriotas |todos |el gobierno |la policía |el ejército |de una vez |ya )?(?:se |le |les |lo |la |los |las )?(?:{SUBJ3}|{SUBJ1PL})(?: ${ALL})?,? ${OBJ}|(?:propongo|sugiero|pido|os pido|exijo|quiero|deseo) que (?:todos )?(?:le |les |lo |la |los |las )?{SUBJ1PL} ${OBJ})`),
  },
  {
    id: "incite.call_them", category: "violence_incitement", score: 0.85, trigger: "violent", start: [...fw(L.CALL), ...fw(L.IMPER_OBJ)],
    reason: "llamamiento a la violencia contra un grupo nombrado antes (call to violence, group named earlier)",
    re: c("<(?:{CALL}~ (?:{INF_THEM}|{INF} (?:a |de |con )?(?:ellos|ellas|esa gente|esta gente|todos|todas|los demás|las demás))|{IMPER_OBJ}(?: (?:a )?(?:todos|todas|ya|de una vez|uno por uno|una por una|sin piedad))?)>"),
    requiresPost: [anyGroup()],
  },
  {
    id: "incite.imperative", category: "violence_incitement", score: 0.88, trigger: ["violent", "group"], start: [...fw(L.IMPER), ...fw(L.IMPER_OBJ), "venga", "vamos", "ya", "id", "salid", "salgan", "ahora", "por", "simplemente", "sencillamente", "directamente"],
    reason: "llamamiento imperativo a la violencia (imperative call to violence)",
    re: c(`${SENT_START}(?:(?:venga|vamos|ya|id y|salid y|salgan y|ahora|por favor|simplemente|sencillamente|directamente),? )?(?:{IMPER} ${OBJ}|{IMPER_OBJ}(?: ${ALL})?,? ${OBJ})`),
  },
  {
    id: "incite.normative", category: "violence_incitement", score: 0.88, trigger: "normative", start: [...GROUP_START, ...fw(L.MODAL), "que", "debieron", "debió", "deberíamos", "debimos", "tendríamos", "alguien", "lo", "el",
      "su", "más", "hay", "habría", "necesitamos", "queremos", "hace"],
    reason: "dice que un grupo debería morir o ser asesinado (says a group should be killed)",
    re: c(`<(?:${SUBJ} (?:{MODAL}) (?:todos |todas |simplemente |directamente |ya |de una vez |realmente |literalmente |sin más |sin excepción |sin piedad |cuanto antes |inmediatamente |lentamente |públicamente |también |más bien |por fin |de verdad |mejor ){0,2}(?:${PASSIVE}|{DIE}|{DESERVE})|${SUBJ} (?:estarían|estarán|deberían estar|tendrían que estar|merecen estar|merecerían estar|se merecen estar|deben estar|tienen que estar|estarían mejor|están mejor|estarán mejor) (?:todos |todas )?(?:{DEAD})|${SUBJ} (?:{MODAL}|merecen|se merecen|merecerían) que (?:alguien |la gente |todos |el gobierno )?(?:les |los |las )?{SUBJ3}|${SUBJ} (?:serán|acabarán|terminarán) (?:todos |todas )?{PART}|${SUBJ} (?:morirán|arderán|sufrirán|estarán muertos|estarán muertas|acabarán muertos|acabarán muertas|caerán todos|caerán todas)|(?:{MODAL}) (?:${PASSIVE}|{DIE}|{DESERVE}),? (?:todos |todas )?(?:{QUANT} ){0,2}{GROUP}|${SUBJ} (?:merecen|se merecen|merecerían|se merecerían|solo merecen|sólo merecen|únicamente merecen) (?:lo peor|una cosa|solo una cosa|sólo una cosa|lo que se merecen|su castigo|un final)[:,]? {DESERVE}|${SUBJ} no (?:merecen|se merecen|merecerían) (?:otra cosa|nada más|nada mejor|nada|más) (?:que|sino) {DESERVE}|lo (?:único )?que (?:se )?merecen ${SUBJ} (?:es|son|sería) {DESERVE}|(?:(?:el|su) (?:lugar|sitio) (?:de ${SUBJ} )?(?:está|es|estaría|debería estar)|${SUBJ} (?:pertenecen|deberían ir|deben ir|tienen que ir)) ${DEATH_PLACE}|más (?:les|le) valdría (?:a )?${SUBJ} (?:estar )?(?:{DEAD})|(?:{CALL}|{MODAL}|queremos|necesitamos|hay que|habría que)~ (?:volver a )?(?:abrir|reabrir|construir|crear|llenar) (?:los |unos |nuevos |más )?(?:campos de concentración|campos de exterminio|cámaras de gas|hornos crematorios) (?:para|con) ${OBJ}|(?:{MODAL}|debieron|debió|deberíamos|debimos|tendríamos que|alguien debería|alguien debió|alguien tendría que) haber(?:los|las|les)? {PART}(?: ${ALL})?,? ${OBJ}|(?:{MODAL}|debieron|deberíamos|debimos|tendríamos que|alguien debería|alguien debió|alguien tendría que) haber(?:los|las) {PART} ${ALL}|(?:{CALL}|{FUT}|queremos|quiero|necesitamos|hace falta|urge|pido|exijo|apoyo|organicemos|hagamos|organizar|hacer)~ (?:una |un |la |el )?(?:matanza|masacre|genocidio|exterminio|limpieza|purga|cacería|caza|linchamiento|pogromo|holocausto|solución final|ejecución|ejecuciones|fusilamiento|fusilamientos|guerra santa|guerra racial)(?: (?:masiva|masivo|total|étnica|general|sistemática|sistemático|final|sin cuartel|en masa))? (?:de|contra|a|para) ${OBJ})>`),
  },
  {
    id: "incite.normative_one", category: "violence_incitement", score: 0.86, trigger: "normative",
    reason: "dice que un miembro de un grupo debería morir (says a member of a group should be killed)",
    re: c(`<(?:(?:{QUANT} ){0,2}{MEMBER}(?:~| de (?:este|ese|nuestro|mi|tu|su) (?:país|barrio|pueblo|planeta|mundo|continente|ciudad|tierra))?,? (?:debería|debe|merece|se merece|tiene que|tendría que|necesita) (?:${PASSIVE}|{DIE}|{DESERVE})|(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})~ (?:están|estarían|estaría|está|estará|estarán|es|son|serían|sería) mejor (?:muert[oa]s?|bajo tierra|enterrad[oa]s?|en una fosa|colgad[oa]s?)|(?:sería mejor|lo mejor sería|ojalá|me gustaría|quiero|querría|quisiera|me encantaría|prefiero) que ${SUBJ} (?:estuvieran|estuviesen|fueran|fuesen) (?:todos |todas )?(?:muertos|muertas|{PART})|(?:un|una) {MEMBER} muert[oa] es (?:un|una) {MEMBER} (?:buen[oa]|mejor)|(?:un|una) {MEMBER} muert[oa] es (?:mejor|preferible) que (?:un|una|uno|una) (?:{MEMBER} )?viv[oa]|(?:el|la) mejor {MEMBER} es (?:el|la|un|una) (?:{MEMBER} )?muert[oa]|el mundo (?:sería|estaría|será|estará) (?:un lugar )?mejor sin (?:{QUANT} ){0,2}{PROT}|un mundo (?:sin|libre de) (?:{QUANT} ){0,2}{PROT} (?:sería|es|será) (?:un mundo |un lugar )?mejor|(?:sueño con|soñamos con|quiero|queremos|deseo|deseamos|mi sueño es|nuestro sueño es|ojalá (?:hubiera|existiera)|imagina|imaginad|imaginaos) un (?:mundo|país|planeta|futuro|españa) (?:sin|libre de) (?:{QUANT} ){0,2}{PROT}|(?:ese|esa|este|esta) (?:tipo|clase) de (?:{GROUP}|{MEMBER})~,? (?:debería|debe|merece|se merece|tiene que|tendría que|necesita) (?:${PASSIVE}|{DIE}|{DESERVE})|(?:la )?gente (?:como|así|de (?:su|tu|esa|vuestra) (?:clase|calaña|especie|raza))(?: (?:tú|vosotros|vosotras|ustedes|ellos|ellas|esa|esos|esas))?,? (?:debería|debe|merece|se merece|tiene que|tendría que|necesita) (?:${PASSIVE}|{DIE}|{DESERVE}))>`),
  },
  // issue 5: more of the ways Spanish says a group should die (all checked on our own sentences, suite-es.ts):
  // an aside between the modal and the verb ("deberían, sin duda, ser ejecutados"), "ser todos fusilados",
  // "es hora de que / sería justo que / lo mejor sería que … mueran", "lo que los X necesitan es una bala",
  // "el único destino que merecen …", "recibir lo que se merecen: …", killing as a favour to the world,
  // throwing a group into the sea or the fire
  {
    id: "incite.normative_more", category: "violence_incitement", score: 0.88, trigger: "normative",
    reason: "dice que un grupo debería morir o ser asesinado (says a group should be killed)",
    re: c(`<(?:${SUBJ} (?:{MODAL}),? ${ASIDE},? (?:ser (?:todos |todas )?)?(?:${PASSIVE}|{PART}|{DIE}|{DESERVE})|${SUBJ} (?:{MODAL}) ser (?:todos|todas|todos ellos|todas ellas|uno por uno|una por una|cada uno de ellos|cada una de ellas|sin excepción) {PART}|${SUBJ} (?:{MODAL}|deberían|merecen) (?:recibir|tener|llevarse) lo que (?:se )?merecen,?:? (?:{DEATH_NOUN}|{DESERVE})|lo (?:único )?que (?:${SUBJ}) (?:necesitan|se merecen|merecen|necesitarían|se merecerían|merecerían|piden a gritos) (?:es|son|sería|serían) (?:{DEATH_NOUN}|{DESERVE})|(?:el|la) (?:único |única )?(?:destino|final|futuro|castigo|trato|lugar|solución|suerte) que (?:se )?(?:merecen|merecerían) ${SUBJ} (?:es|sería) (?:{DEATH_NOUN}|{DESERVE})|(?:${SUBJ} (?:{MODAL})|(?:{QUANT} ){0,2}{MEMBER}~,? (?:debería|debe|merece|se merece|tiene que|tendría que|necesita|deberá|tendrá que)) (?:tener|recibir|llevarse|sufrir|comerse) (?:{DESERVE}|{DEATH_NOUN})|(?:esa|esta|toda esa|toda esta|la) gente(?: así| de (?:esa|su|tu|vuestra) (?:clase|calaña|especie|raza))?,? (?:debería|debe|merece|se merece|tiene que|tendría que|necesita|deberá|tendrá que|habría de) (?:${PASSIVE}|{DIE}|{DESERVE})|${SUBJ} (?:solo |sólo |únicamente )(?:sirven|valen|son buen[oa]s|están bien|me gustan|nos gustan|son útiles|son aceptables) (?:muert[oa]s|bajo tierra|enterrad[oa]s|colgad[oa]s|en una fosa)|en un (?:mundo|país|planeta) (?:justo|perfecto|ideal|mejor|decente|normal|sensato),? ${SUBJ} (?:serían|estarían|acabarían|terminarían|morirían) (?:todos |todas )?(?:{PART}|{DEAD})?)>`),
  },
  // the group addressed: "ustedes, los X, deberían …", "tú y los tuyos merecéis …", "tu gente debería …",
  // "deberías morir, X", "muérete, X"
  {
    id: "incite.normative_you", category: "violence_incitement", score: 0.86, trigger: ["normative", "group"],
    reason: "dice a un grupo que debería morir (tells a group it should die)",
    re: c(`<(?:si (?:eres|sois|es usted|son ustedes) (?:un |una )?(?:{MEMBER}|{GROUP})~,? (?:${MODAL_YOU}|{MODAL}|mereces|merecéis|te mereces|os merecéis) (?:${ASIDE},? )?(?:ser (?:todos |todas )?)?(?:${PASSIVE}|{PART}|{DIE}|{DESERVE})|${YOU_SUBJ},? (?:{MODAL}|${MODAL_YOU}|debería|debe|merece|se merece|tiene que|tendría que),? (?:${ASIDE},? )?(?:ser (?:todos |todas )?)?(?:${PASSIVE}|{PART}|{DIE}|{DESERVE})|(?:${MODAL_YOU}|{MODAL}) (?:${PASSIVE}|{DIE}|{DESERVE}),? (?:(?:maldit|put|asqueros|suci)[oa]s? )?(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})(?: de mierda)?(?=\\s*(?:[.!?,;]|$)))>`),
  },
  {
    id: "wish.die_you", category: "violence_threat", score: 0.82, trigger: "group",
    start: ["muérete", "muerete", "muéranse", "muéranse", "moríos", "morios", "morid", "muérase", "ojalá", "ojala", "que"],
    reason: "desea la muerte a un grupo al que se dirige (wishes death on the group addressed)",
    re: c(`<(?:muérete|muéranse|moríos|morid|muérase|ojalá (?:que )?(?:te mueras|os muráis|se mueran|reventéis|revientes)|que (?:te mueras|os muráis|os muráis todos|te pudras|os pudráis))(?: ya| de una vez| todos| todas)?[,!]? (?:(?:maldit|put|asqueros|suci)[oa]s? )?(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})>`),
  },
  // euphemisms that only mean violence when the job is to be finished: "encargarse de los X de una vez por
  // todas", "solucionar el problema de los X para siempre", "darles su merecido"
  {
    id: "incite.euphemism", category: "violence_incitement", score: 0.86, trigger: "group", requiresPost: [anyGroup()],
    reason: "pide acabar con un grupo con un eufemismo (calls for getting rid of a group, euphemistically)",
    re: c(`<(?:(?:{CALL}|{MODAL}|{FUT}|deberían|habría que|hay que|se debería|que alguien|alguien debería|alguien tendría que)~ (?:(?:encargarse|ocuparse|encargarnos|ocuparnos|encargarme|ocuparme) de ${OBJ}~ (?:de una vez por todas|para siempre|definitivamente|como se merecen|como merecen|a la antigua)|(?:solucionar|resolver|arreglar|zanjar) (?:el problema|la cuestión|el asunto) de ${OBJ}~ (?:de una vez por todas|para siempre|definitivamente|a la antigua|por las malas|como hizo hitler)|(?:dar|darles|darle) (?:su|a cada uno su) merecido (?:a )?${OBJ}|ajustar (?:las )?cuentas con ${OBJ}|hacer justicia con ${OBJ}~ (?:con sus propias manos|a la antigua|por las malas))|${SUBJ} (?:{MODAL}) recibir (?:su|lo que es su) merecido)>`),
  },
  // a reflexive verb whose pronoun climbs before the modal: "nos tenemos que deshacer de los X", "hay que
  // quitarse de encima a los X", "se deberían cargar a todos los X"
  {
    id: "incite.call_reflexive", category: "violence_incitement", score: 0.88, trigger: "group",
    start: ["nos", "me", "os", "se", "hay", "habría", "habria", "tenemos", "tendríamos", "tendriamos", "debemos", "deberíamos", "deberiamos"],
    reason: "llamamiento a la violencia contra un grupo (call to violence against a group)",
    re: c(`<(?:(?:nos|me|os|se) (?:{CALL}|{FUT}|{MODAL}|debemos|deberíamos|tenemos que|tendríamos que|vamos a|voy a|debería|debe|tiene que|va a)~ (?:deshacer de|librar de|quitar de encima a|quitar de en medio a|sacar de encima a|cargar a)|(?:hay que|habría que|tenemos que|tendríamos que|debemos|deberíamos) (?:quitarse|quitarnos|sacarse|sacarnos) de (?:encima|en medio) a) ${OBJ}`),
  },
  {
    id: "incite.eval_that", category: "violence_incitement", score: 0.86, trigger: ["eval_that", "group"],
    reason: "dice que sería bueno o justo que un grupo muriera (says a group dying would be good or just)",
    re: c(`<(?:no (?:sería|estaría|es|está|parece|parecería) (?:tan |nada |para nada )?(?:mal|mala idea|una mala idea|ninguna locura|un disparate|descabellad[oa]|ninguna tontería)(?: del todo)?,? (?:{INF} ${OBJ}|{INF_THEM}(?: ${ALL}| ${OBJ})?)|(?:${EVAL_THAT} que|(?:no )?me importaría si|me alegraría si|(?:sería|estaría) (?:bien|genial|bueno|estupendo|fantástico|perfecto) si) (?:${SUBJ} ${DIE_SUBJ}|(?:alguien |el gobierno |la policía |el ejército |la gente |todos )?(?:les |los |las )?{SUBJ3}(?: ${ALL})? ${OBJ}|${SUBJ} (?:sean|fueran|fuesen) (?:todos |todas )?{PART}))>`),
  },
  {
    id: "incite.favour", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"], requiresPost: [anyGroup()],
    reason: "presenta matar a un grupo como un favor al mundo (says killing a group would do the world a favour)",
    re: c(`<(?:(?:sería|es|será) (?:hacer(?:le|les)? )?(?:un (?:gran |enorme )?(?:favor|servicio|bien)|una bendición) ${TO_WORLD} {INF} ${OBJ}|{INF} ${OBJ}~,? (?:sería|es|será) (?:hacer(?:le|les)? )?(?:un (?:gran |enorme )?(?:favor|servicio|bien)|una bendición) ${TO_WORLD})>`),
  },
  {
    id: "incite.throw", category: "violence_incitement", score: 0.86, trigger: "group",
    reason: "pide arrojar a un grupo al mar o al fuego (calls for throwing a group to its death)",
    re: c(`<(?:(?:{CALL}|{MODAL}|{FUT}|deberían|habría que|hay que|se debería|que)~ ${THROW}|${THROW},? (?:sería|es|será) (?:lo mejor|lo correcto|lo justo|la solución|la única solución|una buena idea|buena idea|lo ideal|lo suyo))>`),
  },
  // the same constructions with freer word order ("A los X, yo los voy a matar"; "Alguien debería coger
  // un arma y disparar a todos los X"): a violent first-person verb or call and a group in one sentence
  {
    id: "threat.sentence", category: "violence_threat", score: 0.85, trigger: ["violent", "group"], start: [...CLITIC, ...FUT_START, "yo"],
    reason: "amenaza en primera persona contra un grupo nombrado en la frase (first-person threat, group in the sentence)",
    re: c("<(?:{FUT}~ (?:{INF}|{INF_THEM})|{FUT1}|(?:le|les|lo|la|los|las) {PRES1}|yo mismo {PRES1})>"),
    requires: [anyGroup()],
  },
  {
    id: "incite.sentence", category: "violence_incitement", score: 0.85, trigger: ["violent", "group"], start: [...fw(L.CALL), ...fw(L.MODAL), "debería", "debe", "merece", "tiene", "tendría", "necesita"],
    reason: "llamamiento a la violencia contra un grupo nombrado en la frase (call to violence, group in the sentence)",
    re: c("<(?:{CALL}|{MODAL}|debería|debe|merece|tiene que|tendría que|necesita)⋯ (?:{INF}|{INF_THEM}|ser {PART})>"),
    requires: [anyGroup()],
  },
  {
    id: "incite.endorse", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"], requiresPost: [anyGroup()],
    reason: "presenta la violencia contra un grupo como justa o necesaria (endorses violence against a group)",
    re: c(`<(?:{INF} ${OBJ},? (?:es|sería|está|estaría|será|estará|debería ser|tendría que ser|debería estar|tendría que estar|debe ser|debe estar) (?:totalmente |perfectamente |completamente |muy |absolutamente )?(?:lo correcto|lo justo|lo mejor|lo que hay que hacer|lo que habría que hacer|lo que deberíamos hacer|lo que hace falta|justificad[oa]|bienvenid[oa]|una prioridad|prioritario|urgente|lo primero|lo primordial|una necesidad|imprescindible|fundamental|esencial|lo normal|lo lógico|totalmente justificad[oa]|un deber|una obligación|necesario|justo|bueno|legítimo|aceptable|legal|obligatorio|un acto de justicia|un servicio|un favor|la solución|la única solución|un placer|de justicia|lo más sensato|un deporte|permitido|bien)|(?:lo correcto|lo justo|lo mejor|lo suyo|lo ideal|la solución|la única solución|mi sueño|nuestro deber|tu deber|el deber de todos|lo único que merecen) (?:es|sería) {INF} ${OBJ}|(?:por qué no|y si|qué tal si|y por qué no|y si mejor)(?: simplemente| directamente| de una vez| ya)? (?:{INF} ${OBJ}|{INF_THEM} ${ALL}|(?:les |los |las |le |lo |la )?{PRES1PL}(?: (?:a )?(?:todos|todas))?(?: ${OBJ}| de una vez(?: por todas)?| ya)?))`),
  },
  {
    id: "incite.noun_call", category: "violence_incitement", score: 0.85, trigger: ["death", "group"],
    reason: "pide muerte o castigo violento para un grupo (calls for death for a group)",
    re: c(`<(?:(?:{DEATH_NOUN}|pena de muerte|la muerte|muerte|balas|una bala|plomo|la horca|horca|cuerdas|sogas|una soga|el paredón|paredón|la silla eléctrica|cámaras de gas|la cámara de gas|la hoguera|hoguera|fusilamiento|exterminio|una bomba|bombas|gas|fuego) (?:para|contra) (?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})|(?:exterminio|aniquilación|erradicación|eliminación|limpieza|matanza|fusilamiento|ejecución) (?:de|a) (?:{QUANT} ){0,2}{GROUP}(?: ya| ahora| de una vez| es la solución| es necesari[ao]| ya mismo)|(?:que|ojalá(?: que| y)?) ${SUBJ} (?:sean|fueran|fuesen|estén|estuvieran|acaben|terminen|sean todos|fueran todos) (?:todos |todas )?(?:muertos|muertas|{PART})|(?:que|ojalá(?: que| y)?|espero que|deseo que|quiero que|queremos que) (?:sean|fueran|fuesen|acaben|terminen) (?:todos |todas )?(?:muertos|muertas|{PART})(?: de una vez)? (?:todos |todas )?(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER}))>`),
  },
  {
    id: "threat.group_fate", category: "violence_threat", score: 0.82, trigger: ["fate_group", "group"],
    reason: "anuncia a un grupo que sufrirá violencia (tells a group violence is coming)",
    re: c(`<(?:(?:no hay que|no habría que|no debemos|no deberíamos|no podemos|no dejéis|no dejes|no dejen|no dejar|que no quede|no debería quedar|no puede quedar) (?:dejar )?(?:a )?(?:ni )?(?:un|una|ningún|ninguna|ni un|ni una|uno solo|una sola)(?: solo| sola)? {MEMBER} (?:vivo|viva|con vida|en pie|respirando)|${SUBJ} (?:tienen|tenéis) los días contados|${SUBJ} (?:lo )?(?:pagarán|vais a pagar|van a pagar)(?: caro| con sangre| con su vida| con sus vidas)?|${SUBJ} (?:recibirán|vais a recibir|van a recibir) (?:su|vuestro) merecido|${SUBJ} no (?:vivirán|viviréis|van a vivir|vais a vivir) mucho|(?:no|que no) (?:quedará|quedaría|va a quedar|debería quedar|debe quedar|tiene que quedar|tendría que quedar|puede quedar|quede) (?:ni )?(?:un|una|ningún|ninguna|uno|una sola|un solo) (?:(?:{MEMBER}|de ellos|de ellas|solo|sola) )?(?:vivo|viva|con vida|en pie|respirando)|${SUBJ} (?:deberían|deben|debéis) tener miedo|(?:ningún|ninguna) {MEMBER} (?:está|estará|va a estar) a salvo|(?:vamos|voy|iremos|iré) a por (?:vosotros|vosotras|ellos|ellas|${SUBJ})|(?:os|les|los|las) (?:llegará|llega|va a llegar) (?:vuestro|su) (?:hora|turno|momento|día)|se acerca (?:vuestro|su|el) (?:fin|final|hora|día) (?:de )?${SUBJ}?)>`),
    immune: ["negation"],
  },
  {
    id: "incite.death_to", category: "violence_incitement", score: 0.88, trigger: "death", start: ["muerte", "el", "la", "al", "a", "fuego", "un", "una", "cuantos", "cuantas", ...GROUP_START, "plomo", "bala", "balas", "palo", "palos", "leña", "horca", "soga", "gas", "candela", "matarile", "ni", "mueran"],
    reason: "'muerte a …' / 'el único … bueno es el … muerto'",
    re: c("<(?:muerte a (?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})|(?<=^|[.!?¡¿\\n:\"]\\s{0,3})mueran (?:todos |todas |ya )?(?:{QUANT} ){0,2}{GROUP}|(?:el|la) únic[oa] {MEMBER} buen[oa] es (?:el|la|un|una) (?:{MEMBER} )?muert[oa]|(?:los|las) únic[oa]s {GROUP} buen[oa]s son (?:los|las|l[oa]s que están) (?:{GROUP} )?muert[oa]s|(?:al paredón|a la hoguera|a la horca|a la cámara de gas|a los hornos|a las cámaras de gas) con (?:{QUANT} ){0,2}{GROUP}|(?:{QUANT} ){0,2}{GROUP},? (?:al paredón|a la hoguera|a la horca|a las cámaras de gas|a la cámara de gas|a los hornos|al horno|a la fosa)|(?:fuego|plomo|bala|balas|palo|palos|leña|horca|la horca|soga|gas|candela|matarile) (?:a|para|contra) (?:todos |todas )?(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})|(?:un|una) {MEMBER} muert[oa] (?:es|sería) (?:un problema menos|una buena noticia|una alegría|un motivo de celebración|algo bueno|lo mejor)|(?:cuantos|cuantas) (?:más )?(?:{GROUP}) (?:muertos|muertas),? mejor|ni (?:un|una) (?:solo |sola )?{MEMBER}(?: (?:debería|debe|tiene que|tendría que|puede|debiera|habría de) (?:quedar|seguir|permanecer|quedarse))? (?:vivo|viva|con vida))>"),
  },
  {
    id: "incite.time_place", category: "violence_incitement", score: 0.88, trigger: "weapon",
    reason: "convoca a un lugar y hora con armas (call to gather with weapons)",
    re: c("<{GATHER}>"),
    requires: [c("<{TIME}>"), c("<(?:con|traed|traigan|llevad|lleven|venid con|id con|armados con)~ {WEAPON}>|<(?:venid|id|vamos|venir) armad[oa]s>")],
  },
  {
    id: "incite.send_to_death", category: "violence_incitement", score: 0.86, trigger: ["death_place", "group"],
    reason: "pide llevar a un grupo a la muerte (calls to send a group to be killed)",
    re: c(`<(?:{CALL}|{MODAL}|{FUT}|que|ojalá|hay que|debería|deberían|se debería)… (?:meter|mandar|enviar|llevar|poner|tirar|arrojar|echar|subir|mandad|meted|llevad|enviad|manden|metan|lleven|envíen|metamos|mandemos|llevemos|enviemos|mete|manda|lleva|envía|meta|mande|lleve|envíe)(?:los|las|les)?… (?:a|en|contra|al|dentro de) (?:una |la |las |los |el |un )?(?:(?:cámara|cámaras) de gas|paredón|horca|hoguera|hornos?|horno crematorio|hornos crematorios|campos? de exterminio|fosas? comunes|fosa común|fosa|pared|campos? de concentración|guillotina|silla eléctrica|patíbulo|cadalso|matadero|mar con piedras|río con piedras)>`),
    requiresPost: [anyGroup()],
  },
  {
    id: "incite.dislocated", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"], start: ["a", "al"],
    reason: "llamamiento a la violencia con el grupo antepuesto (call to violence, group fronted: 'a los X hay que matarlos')",
    re: c(`<a (?:(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER}))~,? (?:(?:se )?(?:les|los|las|le|lo|la) )?(?:{CALL}|{MODAL}|{FUT}|debería|debe|tendría que|tiene que|yo|ya|solo|sólo|simplemente)?~ ?(?:{INF}|{INF_THEM}|{SUBJ3}|{IMPER_OBJ}|{FUT1}|{PRES1}|haber {PART})>`.replace(" ?(?:{INF}", " (?:{INF}")),
  },
  {
    id: "incite.legitimate", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"], requiresPost: [anyGroup()],
    reason: "presenta matar a un grupo como legítimo (says killing a group is legitimate)",
    re: c(`<(?:(?:es|sería|será|está|estaría|me parece|parece|debería ser|tendría que ser|debería estar) (?:totalmente |perfectamente |completamente |muy |más que |absolutamente )?(?:legítimo|aceptable|justo|correcto|necesario|legal|bueno|ético|moral|razonable|lógico|comprensible|lo correcto|lo justo|un deber|una obligación|de justicia|bien|perfecto|estupendo|genial|admirable|lícito|permitido|obligatorio|divertido|un placer|un honor|heroico|patriótico|justificado|justificable|lo mejor|lo más sensato) (?:que (?:alguien |la gente |todos )?(?:les |los |las )?{SUBJ3} ${OBJ}|{INF} ${OBJ}|{INF_THEM})|(?:debería|deberían|tendría que|tendrían que|habría que) (?:permitirse|legalizarse|estar permitido|ser legal|legalizar|permitir) {INF}(?: ${OBJ})?|{INF} ${OBJ} no (?:debería|tendría que|debe|tiene que|es|sería) (?:ser )?(?:un )?(?:delito|crimen|ilegal|castigad[oa]|pecado|ningún delito|ningún crimen|ningún pecado|condenad[oa]|penad[oa]))`),
    immune: ["negation"],
  },
  {
    id: "incite.better_if", category: "violence_incitement", score: 0.86, trigger: "violent",
    reason: "presenta la muerte de un grupo como una mejora (says things would be better if a group were killed)",
    re: c(`<${BETTER_IF} (?:alguien |la gente |el gobierno |todos |simplemente |de una vez )?(?:(?:le |les |lo |la |los |las |se )?{SUBJ3}(?: ${ALL})?(?: ${OBJ})?|{PRES1PL}(?: ${ALL})?(?: ${OBJ})?)>`),
    requiresPost: [anyGroup()],
  },
  {
    id: "incite.better_dead", category: "violence_incitement", score: 0.86, trigger: "wish",
    reason: "presenta la muerte de un grupo como una mejora (says things would be better if a group died)",
    re: c(`<${BETTER_IF} (?:${SUBJ} )?(?:se )?(?:murieran|muriesen|desaparecieran|desapareciesen|estuvieran muert[oa]s|estuviesen muert[oa]s|ardieran|reventaran|no existieran|no existiesen|dejaran de existir|fueran (?:exterminad[oa]s|eliminad[oa]s|ejecutad[oa]s|erradicad[oa]s|aniquilad[oa]s|asesinad[oa]s|fusilad[oa]s|borrad[oa]s del mapa))(?: (?:todos|todas))?(?: ${OBJ})?>`),
    requiresPost: [anyGroup()],
  },
  {
    id: "incite.killing_solution", category: "violence_incitement", score: 0.86, trigger: "death",
    reason: "presenta matar a un grupo como la solución (says killing a group is the solution)",
    re: c(`<(?:{DEATH_NOUN} (?:es|sería|será|son|serían|parece|me parece) (?:la (?:única |mejor |verdadera |auténtica |mejor y única |última )?(?:solución|salida|respuesta|opción)|lo (?:único )?que (?:se )?merecen|lo que necesitan|lo que hace falta|lo justo|lo mínimo|el único camino|el camino|lo que toca|lo que pido)(?: (?:para|con|contra|a|ante)(?: el problema de)? ${OBJ}| ${SUBJ})?|(?<=^|[.!?¡¿\\n:\"]\\s{0,3})para ${OBJ},? (?:solo |sólo |únicamente )?(?:{DEATH_NOUN})(?=\\s*(?:[.!]|$))|(?:para|a|con) ${OBJ},? (?:solo |sólo |solamente |únicamente )?(?:hay )?(?:una|la) (?:única )?(?:solución|salida|respuesta|opción):? {DEATH_NOUN}|(?:la (?:única |mejor |verdadera )?(?:solución|salida|respuesta|opción|(?:forma|manera) de (?:resolver|solucionar|arreglar|acabar con|terminar con)(?: el problema de)?)|lo (?:único )?que (?:se )?merecen|lo que necesitan|lo que hace falta|lo que toca|lo único que entienden) (?:(?:para|con|contra|a|ante) )?(?:el problema de )?${OBJ},? (?:es|son|sería|serían|será) {DEATH_NOUN}|(?:pido|pedimos|exijo|exigimos|quiero|queremos|apoyo|apoyamos|defiendo|voto por|estoy a favor de|estamos a favor de) {DEATH_NOUN} (?:para|de|contra) ${OBJ})`),
    requiresPost: [anyGroup()],
  },
  {
    id: "threat.death_promise", category: "violence_threat", score: 0.85, trigger: "fate",
    reason: "anuncia una muerte violenta a alguien (promises someone a violent death)",
    re: c("<(?:(?:tendrás|tendréis|tendrá|tendrán|vas a tener|vais a tener|va a tener|van a tener|sufrirás|sufrirá|sufrirán|sufriréis) una muerte (?:lenta|horrible|dolorosa|terrible|atroz|espantosa|larga|cruel|sangrienta|violenta)|(?:morirás|moriréis|morirá|morirán|vas a morir|vais a morir|va a morir|van a morir) (?:en mis manos|a mis manos|por mi mano|por mis manos|lentamente|entre horribles dolores|como (?:perros|ratas|cerdos|un perro|una rata|un cerdo))|(?:una muerte|la muerte) (?:lenta|horrible|dolorosa|atroz) (?:os|te|les|le) (?:espera|espere|aguarda)|(?:morirá|morirán|sufrirá|sufrirán|tendrá|tendrán)… (?:en|a|por) mis manos)>"),
  },
  {
    id: "incite.violence_noun", category: "violence_incitement", score: 0.86, trigger: ["violence_noun", "group"],
    reason: "presenta la violencia contra un grupo como justificada o necesaria (endorses violence against a group)",
    re: c(`<(?:(?:la |toda |cualquier |una |un |los |las |todo )?(?:violencia|agresión|agresiones|ataque|ataques|acto violento|actos violentos|paliza|palizas|mano dura)(?: física| armada)? (?:contra|hacia|a) ${OBJ}~,? (?:está|estaría|es|sería|son|serían|estarían|están|será|estará) (?:totalmente |plenamente |más que |perfectamente |completamente )?(?:justificad[oa]s?|necesari[oa]s?|bienvenid[oa]s?|legítim[oa]s?|aceptables?|lo correcto|lo justo|la solución|la única solución|la respuesta|la única respuesta|bien|de justicia)|(?:la violencia|la fuerza|las armas|las balas|la fuerza bruta) (?:es|son|sería|serían) (?:la única |la mejor )?(?:respuesta|solución|salida|opción) (?:a|para|contra|con|ante) ${OBJ}|(?:{CALL}|{MODAL}|apoyo|apoyamos|aplaudo|aplaudimos|defiendo|defendemos|pido|exijo)~ (?:usar |emplear |utilizar |ejercer )?(?:cualquier |todo |toda |la |una )?(?:violencia|agresión|ataque|acto violento|fuerza|mano dura|fuerza bruta)(?: física| armada)? (?:contra|hacia) ${OBJ})>`),
  },
  {
    id: "incite.praise_killer", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"],
    reason: "alaba o apoyaría a quien ataque a un grupo (praises whoever attacks a group)",
    re: c(`<(?:(?:apoyo|apoyaría|aplaudo|aplaudiría|felicito|felicitaría|admiro|admiraría|premiaría|defendería|ayudaría|pagaría) a (?:cualquiera|quien|todo el que|todo aquel que|los que|el que|quienes)(?: que)? (?:se )?(?:le |les |lo |la |los |las )?{SUBJ3}(?: ${ALL})? ${OBJ}|(?:quien|cualquiera que|el que|todo el que|todo aquel que|los que|quienes) (?:le |les |lo |la |los |las )?{SUBJ3}(?: ${ALL})? ${OBJ}~,? (?:es|sería|será|son|serían|merece|merecería|merecen|debería recibir|tendría que recibir|se merece) (?:un |una |unos |todo |mi )?(?:héroe|heroína|héroes|medalla|premio|aplauso|monumento|respeto|admiración|ejemplo|ser premiad[oa]s?|ser condecorad[oa]s?|patriota|patriotas)|(?:quien|cualquiera que|el que|todo el que|todo aquel que|los que|quienes) (?:le |les |lo |la |los |las )?(?:{SUBJ3}|{IMPER})(?: ${ALL})? ${OBJ}~,? (?:le |les |nos )?(?:hace|hacen|haría|harían|hará|harán) (?:un |un gran )?(?:favor|servicio|bien) (?:al mundo|a la humanidad|a la sociedad|al país|a todos|a españa))>`),
  },
  {
    id: "incite.improves", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"],
    reason: "presenta matar a un grupo como una mejora (says killing a group would make things better)",
    re: c(`<(?:{INF} ${OBJ}~(?: ${ALL})?,? (?:haría|hace|hará) (?:(?:del|de la|de este|de nuestro|el|la|este|nuestro) (?:mundo|país|sociedad|planeta|barrio|ciudad) )?(?:un lugar |un sitio |un país )?mejor(?: (?:el|este|nuestro) (?:mundo|país|planeta))?|{INF} ${OBJ}~(?: ${ALL})?,? (?:mejoraría|mejorará|mejora|arreglaría|solucionaría|salvaría|limpiaría) (?:el|la|este|esta|nuestro|nuestra|las|los)? ?(?:mundo|país|sociedad|españa|todo|cosas|planeta|barrio|ciudad))>`),
  },
  {
    id: "incite.nobody_would_mind", category: "violence_incitement", score: 0.86, trigger: "group", immune: ["negation"], requiresPost: [anyGroup()],
    reason: "dice que matar a un grupo no tendría consecuencias o sería de lamentar que no ocurriera (trivialises or regrets the absence of violence against a group)",
    re: c(`<(?:(?:no pasaría nada|nadie (?:l?loraría|los echaría de menos|las echaría de menos|se quejaría|protestaría|notaría la diferencia|echaría de menos a ${SUBJ})|a nadie le importaría|no se perdería nada|el mundo no perdería nada) si (?:alguien )?(?:le |les |lo |la |los |las )?(?:{SUBJ3}|{SUBJ1PL})|(?:es una pena|qué pena|lástima|es una lástima|qué lástima|me da pena|una pena) que (?:(?:hitler|los nazis) )?no (?:hayan|haya|hubieran|hubiera|hubiesen|hubiese) (?:{PART}|terminado con|acabado con|terminado el trabajo con|acabado el trabajo con)(?: ya)?(?: ${OBJ})?|(?:es una pena|qué pena|lástima|es una lástima|qué lástima) que (?:hitler|los nazis) no (?:terminara|terminase|acabara|acabase|terminaran|acabaran|matara|mataran|exterminara|exterminaran)(?: el trabajo| su trabajo)?(?: con| de)? ${OBJ}|(?:es una pena|qué pena|lástima|es una lástima|qué lástima|me da rabia|por desgracia|desgraciadamente|lo malo es) que ${SUBJ} (?:no (?:estén|estuvieran|estuviesen) (?:todos |todas |ya )?(?:{DEAD})|(?:todavía |aún )?(?:sigan|sigan todavía|sigan aún) (?:vivos|vivas|existiendo|respirando|con vida)|(?:todavía |aún )?existan)|si (?:yo |de mí |por mí )?(?:mandara|mandase|gobernara|gobernase|estuviera al mando|estuviese al mando|fuera presidente|fuera presidenta|dependiera de mí|dependiera|dependiese|por mí fuera|fuera por mí|fuera|tuviera el poder|tuviese el poder|estuviera en mi mano|estuviese en mi mano|pudiera elegir|pudiera decidir)(?: de mí)?,? ${SUBJ} (?:serían|estarían|acabarían|terminarían|morirían) (?:todos |todas )?(?:{PART}|{DEAD})?)>`),
  },
  {
    id: "incite.if_you_see", category: "violence_incitement", score: 0.88, trigger: "violent", start: ["si", "cuando"],
    reason: "ordena atacar a quien pertenezca a un grupo (tells readers to attack any member of a group they meet)",
    re: c("<(?:si|cuando) (?:ves|veis|ven|veas|veáis|vean|encuentras|encuentres|encontráis|encontréis|encuentran|encuentren|te cruzas con|te cruces con|os cruzáis con|os crucéis con|se cruzan con|se crucen con|te encuentras con|te encuentres con|os encontráis con|os encontréis con|se encuentran con|se encuentren con|pillas|pilles|pilláis|pilléis|pillan|pillen)(?: a| al)? (?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})…,? (?:{IMPER_OBJ}|{IMPER_OBJ1}|{IMPER}|(?:hay que|tienes que|tenéis que|debes|debéis|deberías|deberíais)~ (?:{INF}|{INF_THEM}))>"),
  },
  {
    id: "incite.celebrate_death", category: "violence_incitement", score: 0.86, trigger: "group",
    start: ["celebraría", "celebraré", "celebraremos", "celebraríamos", "brindaría", "brindaré", "brindaremos", "festejaría", "festejaré",
      "aplaudiría", "aplaudiré", "me", "deseo", "deseamos", "sueño", "soñamos", "quiero", "queremos", "espero", "esperamos", "pido", "exijo"],
    reason: "desea o celebraría la muerte de un grupo (wishes for or would celebrate a group's death)",
    re: c(`<(?:celebraría|celebraré|celebraremos|celebraríamos|brindaría|brindaré|brindaremos|festejaría|festejaré|aplaudiría|aplaudiré|me alegraría de|me alegraré de|me alegraría por|deseo|deseamos|sueño con|soñamos con|quiero|queremos|espero|esperamos|pido|exijo) (?:con gusto |de verdad |sinceramente )?(?:la muerte|el exterminio|la ejecución|la aniquilación|la masacre|el linchamiento|el fusilamiento|la erradicación|la desaparición) de ${OBJ}>`),
  },
  {
    id: "incite.finish_job", category: "violence_incitement", score: 0.86, trigger: "group",
    reason: "pide terminar un exterminio de un grupo (calls for finishing a genocide)",
    re: c(`<(?:terminar|acabar|completar|terminado|acabado|completado|termine|acabe|complete|terminemos|acabemos|terminen|acaben|termina|acaba) (?:el|su|lo que empezó el) trabajo (?:de hitler |que empezó hitler |que hitler empezó |del holocausto )?(?:con|de) ${OBJ}|(?:hacer|hagamos|haced|hagan|repetir|repitamos) con ${OBJ},? lo (?:mismo )?que (?:hizo|hicieron|hacía|hacían) (?:hitler|los nazis|el nazismo)|(?:hacer|hagamos|repetir|repitamos|necesitamos|hace falta|queremos) (?:otro|un nuevo|un segundo) holocausto (?:con|para|contra) ${OBJ}>`),
  },
  {
    id: "wish.harm", category: "violence_threat", score: 0.82, trigger: "wish", start: ["ojalá", "espero", "deseo", "rezo", "que", "me", "celebraría", "celebraré", "sería", "brindaría", "brindaré", "dejad", "dejen", "deja", "dejemos"],
    reason: "desea la muerte o el daño (wishes death or harm)",
    re: c(`<(?:ojalá(?: que| y)?|espero que|deseo que|rezo para que|rezo por que|que|me (?:alegraría|alegraré|encantaría|gustaría|haría feliz|haría ilusión)(?: mucho)?(?: de)? (?:que|si|cuando)|(?:celebraría|celebraré|brindaría|brindaré) (?:que|si|el día (?:en )?que|cuando)|sería (?:genial|estupendo|bonito|maravilloso|un alivio|una alegría|una bendición) (?:que|si)|(?:dejad|dejen|deja|dejemos) que) (?:${SUBJ} )?(?:se )?(?:ahoguen|ahogaran|ahogasen|mueran|muera|murieran|muriesen|pudran|pudrieran|ardan|ardieran|desaparezcan|desaparecieran|revienten|palmen|sufran|sufrieran|(?:los|las|les) {SUBJ3})(?: (?:todos|todas))?(?: (?:{QUANT} ){0,2}{GROUP})?>|<ojalá (?:que |y )?(?:te|os) (?:mueras|muráis|maten|pudras|atropelle|dé (?:un|una) (?:infarto|cáncer)|pase algo|violen)>`),
    requiresPost: [c("<(?:{GROUP}|{MEMBER}|te|os|todos|todas|ellos|ellas)>")],
  },
]);
