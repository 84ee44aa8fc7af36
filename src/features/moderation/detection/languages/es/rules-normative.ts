// Issue 6: more of the grammar Spanish uses to say that a group should be killed, each construction written
// as grammar (not as any test sentence) and checked on our own sentences with non-violent twins (suite-es.ts):
//   - the condition first: "si mataran a todos los X, el mundo sería mejor", "si los X murieran, viviríamos en paz"
//   - killing as a noun that is judged: "el exterminio de los X sería una bendición / está justificado"
//   - being a member punished by death: "ser X debería castigarse con la muerte"
//   - the passive "se" attached to the infinitive: "debe matarse a los X", "deberían fusilarse todos los X"
//   - litotes: "no hay nada de malo en matar a …", "no veo nada malo en …", "no es ningún crimen matar a …"
//   - moral adverbs: "es moralmente aceptable matar a …", "matar a los X es éticamente correcto"
//   - violence as the only treatment: "la única forma de tratar a los X es a tiros", "solo entienden a golpes"
//   - blood: "que corra la sangre de los X", "la sangre de los X debe correr"
//   - a subject dropped after its clause ("… y por eso merecen morir", "Son escoria. Deberían ser exterminados.")
//   - a threat or call whose group was named in an earlier sentence ("Voy a hacerles sufrir")
import { compile, once } from "../compile.js";
import type { PatternRule } from "../types.js";
import { ES_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L, { unaccented: true });
const W = "[^\\s.,;:!?¡¿\"]+";
export const LIKE = "(?: (?:como (?:tú|vos|usted|ustedes|vosotros|vosotras|ellos|ellas|esos|esas|estos|estas|este|ese|esta|esa|él|ella)|así|de mierda))?";
export const OBJ = "(?:a |al |contra )?(?:(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})" + LIKE + "|(?:ese|esa|este|esta) (?:tipo|clase) de gente|(?:todos|todas) (?:ellos|ellas)|esa gente|esta gente)>";
export const ALL = "(?:a )?(?:todos|todas|uno por uno|una por una|uno a uno|una a una|sin piedad|sin excepción|de una vez)>";
// a group as subject, with a complement or short relative clause, or with those close to it ("los X y sus hijos")
export const SUBJ = `(?:(?:{QUANT} ){0,2}{GROUP}(?:(?: (?:que|de|del|como|con|en)(?: ${W}){1,3})|~)?(?: y (?:sus|todos sus|todas sus) (?:hijos|hijas|familias|familiares|crías|descendientes|simpatizantes|amigos|amigas|aliados|defensores))?|(?:todos )?ellos|(?:todas )?ellas|esa gente|esta gente)`;
const PASSIVE = `(?:ser|haber sido) (?:(?:todos|todas) )?(?:{PART}|${W}d[oa]s? (?:a|con|hasta la) (?:golpes|palos|tiros|balazos|pedradas|patadas|puñetazos|hostias|latigazos|cuchilladas|machetazos|muerte))`;
// moral and degree adverbs before an evaluation ("moralmente aceptable", "más que justificado")
const ADV = "(?:(?:totalmente|perfectamente|completamente|muy|más que|absolutamente|moralmente|éticamente|plenamente|del todo|bastante|sin duda|claramente|obviamente|simplemente|realmente|sencillamente|moral y éticamente|legal y moralmente|moral y legalmente) )";
const GOOD = "(?:aceptable|aceptables|correcto|correcta|justo|justa|justificado|justificada|justificable|necesario|necesaria|legítimo|legítima|lícito|lícita|ético|ética|moral|bueno|buena|lo correcto|lo justo|lo mejor|admisible|defendible|permisible|razonable|deseable|recomendable|obligatorio|obligatoria|un deber|una obligación|de justicia|una buena idea|buena idea|una idea genial|una gran idea|una idea excelente|una excelente idea|una necesidad|un acierto|lo suyo|un acto de justicia|justicia|un servicio a la patria|un deber patriótico|un acto patriótico|patriótico|un acto de amor)";
// what would follow: "el mundo sería mejor", "viviríamos en paz", "estaríamos mucho mejor"
const BETTER = "(?:(?:el mundo|el país|este país|nuestro país|todo|las cosas|la vida|españa|la sociedad|el planeta|la humanidad|todos) )?(?:sería|estaría|iría|irían|estaríamos|estaríais|viviríamos|seríamos|nos iría|les iría|será|estará|irá|estaremos|viviremos|seremos)(?: (?:un lugar|un sitio|mucho|muchísimo|bastante|infinitamente|todos|más))* (?:mejor|mejores|más felices|más seguros|más seguras|más tranquilos|más tranquilas|en paz|más limpio|más limpia|más seguro|más segura|un paraíso|genial|perfecto|perfecta|felices|tranquilos|tranquilas)>";
// violence as the only way to treat a group
const BY_FORCE = "(?:a tiros|a balazos|a golpes|a palos|a hostias|a patadas|a pedradas|a latigazos|a bala|con (?:balas|violencia|la violencia|plomo|fuego|la muerte|una bala|un tiro|la horca|golpes|palos|las armas|armas|la fuerza bruta)|la violencia|las balas|el plomo|la muerte|la horca|el paredón|las armas|una bala|un tiro|matándol[oa]s|exterminándol[oa]s|eliminándol[oa]s|fusilándol[oa]s|a base de (?:golpes|palos|tiros|balas|balazos)|{INF_THEM}|{INF} (?:a )?(?:todos|todas|ellos|ellas))>";
// identities as abstract nouns ("la homosexualidad", "ser judío")
const BEING = "(?:ser (?:un |una )?(?:{MEMBER}|{GROUP})|la (?:homosexualidad|transexualidad|bisexualidad|negritud)|el (?:judaísmo|islam|lesbianismo)|la (?:religión judía|religión musulmana|fe judía|fe musulmana))";
const SHOULD = "(?:debería|deberían|tendría que|tendrían que|debe|deben|tiene que|tienen que|habría que|hay que|ha de|habría de)";
const anyGroup = once(() => c("<(?:{GROUP}|{MEMBER})>"));

export const ES_NORMATIVE_RULES = once((): PatternRule[] => [
  {
    id: "incite.if_killed_better", category: "violence_incitement", score: 0.86, trigger: "group", start: ["si"], requiresPost: [anyGroup()],
    reason: "presenta la muerte de un grupo como una mejora (says things would be better if a group were killed)",
    re: c(`<si (?:alguien |la gente |el gobierno |todos |simplemente |de una vez )?(?:(?:le |les |lo |la |los |las )?(?:{SUBJ3}|{PRES1PL})(?: ${ALL})?(?: ${OBJ})?|${SUBJ} (?:se )?(?:murieran|muriesen|desaparecieran|desapareciesen|estuvieran muert[oa]s|estuviesen muert[oa]s|ardieran|reventaran|dejaran de existir|fueran (?:todos |todas )?{PART}|fuesen (?:todos |todas )?{PART})(?: (?:todos|todas))?)~,? ${BETTER}`),
  },
  {
    id: "incite.killing_judged", category: "violence_incitement", score: 0.86, trigger: ["death", "group"],
    reason: "presenta el exterminio de un grupo como bueno o justificado (says killing a group would be good or justified)",
    re: c(`<(?:el asesinato|los asesinatos|la muerte|las muertes|la matanza|la ejecución|las ejecuciones|el exterminio|la aniquilación|la eliminación|la erradicación|el fusilamiento|los fusilamientos|la masacre|el linchamiento|la desaparición|la extinción|el genocidio|la limpieza) (?:de|a) ${OBJ}~,? (?:es|sería|será|está|estaría|estará|son|serían|me parece|me parecería|parece|resulta|resultaría) ${ADV}{0,2}(?:${GOOD}|una bendición|un alivio|una buena noticia|una gran noticia|una alegría|un regalo|un favor|un bien|un motivo de celebración|un motivo de fiesta|la solución|la única solución|un acto de justicia|bienvenid[oa]s?|una prioridad|urgente|lo que necesita(?:mos)? (?:el mundo|el país|españa|la sociedad)?|lo que (?:necesitamos|hace falta|toca|pido|quiero|queremos)|lo que este país necesita|lo ideal|cuestión de tiempo|inevitable)>`),
  },
  {
    id: "incite.death_for_being", category: "violence_incitement", score: 0.86, trigger: "death_for",
    reason: "pide la muerte por pertenecer a un grupo (calls for death as the punishment for belonging to a group)",
    re: c(`<(?:${BEING}~,? (?:${SHOULD} )?(?:castigarse|penarse|pagarse|ser castigad[oa]|ser penad[oa]|estar castigad[oa]|estar penad[oa]|ser pagad[oa]|castigarlo|castigarla|penarlo|penarla|castigar|penar|(?:se )?(?:merece|merecería|merecen|merecerían) (?:ser )?(?:castigad[oa]s?|penad[oa]s?|pagad[oa]s?)) con (?:la muerte|la pena de muerte|la pena capital|la horca|la hoguera|el paredón|la vida|la silla eléctrica|la lapidación|la cámara de gas)|(?:la )?(?:muerte|pena de muerte|pena capital|horca|hoguera) (?:para|a) (?:quien|quienes|todo el que|toda la que|cualquiera que|los que|las que|el que|la que) (?:sea|sean|es|son) (?:un |una )?(?:{MEMBER}|{GROUP})|(?:matar|ejecutar|fusilar|colgar|ahorcar|asesinar|eliminar|exterminar|quemar|castigar con la muerte) a (?:cualquiera|quien|quienes|todo el que|toda la que|cualquiera que|los que|las que) (?:que )?(?:sea|sean) (?:un |una )?(?:{MEMBER}|{GROUP}))>`),
  },
  {
    id: "incite.passive_se", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"],
    reason: "dice que se debería matar a un grupo (passive 'se': a group should be killed)",
    re: c(`<(?:debería|deberían|debe|deben|tendría que|tendrían que|tiene que|tienen que|habría que|hay que|podría|podrían|convendría|conviene|habrá que|va a tener que|van a tener que|ha de|han de)~ {INF_SE}(?: ${ALL})? ${OBJ}`),
  },
  {
    id: "incite.litotes", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"], immune: ["negation"],
    reason: "dice que matar a un grupo no tiene nada de malo (says there is nothing wrong with killing a group)",
    re: c(`<(?:(?:(?:no (?:hay|veo|tiene|le veo|vería|habría|encuentro|hallo|habrá)|no tendría) nada (?:de )?(?:malo|mal|raro|reprochable|condenable|censurable|criticable|inmoral|incorrecto|objetable|de lo que avergonzarse)(?: en)?|no (?:es|sería|debería ser|tendría que ser|será|me parece|parece) (?:ningún|ni un|ninguna|un|una) (?:crimen|delito|pecado|problema|drama|tragedia|pérdida|injusticia|barbaridad|atrocidad|locura)(?: (?:grave|real))?,?|no (?:me parece|parece|es|sería|está|estaría|veo|vería) (?:tan |nada |para nada )?(?:mal|reprochable|inmoral|incorrecto|censurable|condenable|grave)|no (?:pasa|pasaría|pasará) nada (?:por|si)) (?:{INF} ${OBJ}|{INF_THEM}(?: ${ALL})?|(?:que )?(?:alguien |la gente |el gobierno |todos )?(?:les |los |las )?{SUBJ3}(?: ${ALL})? ${OBJ})|{INF} ${OBJ}~,? no (?:tiene|tendría|tendrá) nada de (?:malo|reprochable|inmoral|raro|censurable|condenable|criticable))`),
  },
  {
    id: "incite.legitimate_adv", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"], requiresPost: [anyGroup()],
    reason: "presenta matar a un grupo como legítimo (says killing a group is legitimate)",
    re: c(`<(?:(?:(?:es|sería|será|está|estaría|resulta|resultaría|me parece|parece|me parecería|debería ser|tendría que ser|debería estar|se considera|considero|consideraría) ${ADV}{0,2}${GOOD}(?: y ${GOOD})?|(?:estoy|estamos|estaría|estaríamos) (?:totalmente |completamente |muy )?de acuerdo (?:con|en)|se justifica|se justificaría|está más que justificado|estaría más que justificado|hay (?:buenas )?razones para|hay motivos para|hay que aplaudir|sería un honor|sería un placer|es un honor|es un placer|es un deber moral|es una obligación moral|tenemos el deber moral de|tenemos la obligación moral de|es nuestra obligación|sería nuestra obligación) (?:{INF} ${OBJ}|{INF_THEM}(?: ${ALL})?|(?:que )?(?:alguien |la gente |el gobierno |todos )?(?:les |los |las )?{SUBJ3}(?: ${ALL})? ${OBJ})|{INF} ${OBJ}~,? (?:(?:es|sería|será|está|estaría|resulta|resultaría|me parece|parece|me parecería|se considera) ${ADV}{0,2}${GOOD}|se justifica|se justificaría|está más que justificado|estaría más que justificado))>`),
  },
  {
    id: "incite.best_thing", category: "violence_incitement", score: 0.86, trigger: ["violent", "group"], requiresPost: [anyGroup()],
    reason: "presenta matar a un grupo como lo mejor que se puede hacer (says killing a group is the best thing to do)",
    re: c(`<(?:(?:lo que (?:yo |nosotros )?(?:haría|haríamos|haré|haremos|hay que hacer|habría que hacer|deberíamos hacer|hace falta hacer|se debería hacer|se debe hacer)(?: yo| nosotros)?|lo (?:mejor|único|primero|más sensato|más inteligente|más justo) que (?:se puede|se podría|podemos|podríamos|hay que|habría que|deberíamos|debemos|se debería|se debe|tenemos que|tendríamos que|cabe) hacer) (?:con|a|ante|contra) ${OBJ}~,? (?:es|sería|será) (?:{INF}|{INF_THEM})|(?:{INF_THEM}|{INF} ${OBJ})(?: ${ALL})?,? (?:es|sería|será) (?:lo (?:único|mejor|correcto|justo|ideal|suyo|más sensato)|la (?:única |mejor )?solución|lo que hay que hacer|lo que habría que hacer|lo que deberíamos hacer)(?: que (?:se puede|se podría|podemos|podríamos|cabe) hacer)?(?: (?:con|para|contra) ${OBJ})?)>`),
  },
  {
    id: "incite.none_alive", category: "violence_incitement", score: 0.86, trigger: "group", immune: ["negation"],
    reason: "pide que no quede vivo ningún miembro de un grupo (calls for leaving no member of a group alive)",
    re: c(`<(?:(?:no (?:hay que|habría que|debemos|deberíamos|podemos|hay por qué|tenemos que|se debe|se debería)|no (?:dejéis|dejes|dejen|dejemos)|que no (?:quede|se deje)) (?:dejar )?(?:viv[oa]s?|con vida|en pie) (?:a )?(?:ni )?(?:un|una|ningún|ninguna|ni un|ni una|uno solo|una sola)(?: solo| sola)? (?:{MEMBER}|de (?:{QUANT} ){0,2}{GROUP})|no (?:debería|debe|tiene que|tendría que|puede|va a|debiera|ha de) quedar(?:se)? (?:viv[oa]s?|con vida|en pie) (?:ni )?(?:un|una|ningún|ninguna|ni un|ni una|uno|una)(?: solo| sola)? {MEMBER}|(?:ningún|ninguna|ni un|ni una)(?: solo| sola)? {MEMBER} (?:debería|debe|tiene que|tendría que|puede|merece|va a|debiera|ha de) (?:quedar|seguir|permanecer|quedarse|continuar) (?:viv[oa]|con vida|en pie|respirando))>`),
  },
  {
    id: "incite.expel_by_force", category: "violence_incitement", score: 0.85, trigger: "group",
    reason: "pide expulsar a un grupo por la fuerza (calls for driving a group out by force)",
    re: c(`<(?:{CALL}|{MODAL}|{FUT}|deberían|habría que|hay que|se debería|que)~ (?:expulsar|echar|deportar|sacar|desalojar|arrastrar|expulsemos|echemos|saquemos|expulsad|echad|sacad|expulsen|echen|saquen)(?:los|las|les)? (?:a )?(?:${OBJ}|de aquí|del país|de españa)~ (?:por la fuerza|a la fuerza|a patadas|a palos|a golpes|a tiros|a balazos|a hostias|a pedradas|a latigazos)>`),
  },
  {
    id: "incite.dative_need", category: "violence_incitement", score: 0.85, trigger: ["death", "group"], requiresPost: [anyGroup()],
    reason: "dice que a un grupo le hace falta una bala (says a group needs a bullet)",
    re: c(`<(?:(?:a ${OBJ}~,? )?(?:les|le) (?:hace falta|haría falta|hacen falta|harían falta|vendría bien|vendrían bien|sentaría bien|sentarían bien|falta|faltan) (?:{DEATH_NOUN}|una bala|un tiro|una paliza|balas|tiros|plomo)|(?:la muerte|una muerte (?:rápida|limpia|sin dolor)|{DEATH_NOUN}) (?:es|sería) (?:demasiado (?:buena|bueno|suave|poco|generosa|generoso)|poco|muy poco|un castigo demasiado suave) para ${OBJ})>`),
  },
  {
    id: "incite.until_death", category: "violence_incitement", score: 0.85, trigger: "group",
    reason: "pide perseguir a un grupo hasta su exterminio (calls for hunting a group down to its death)",
    re: c(`<(?:(?:{CALL}|{MODAL}|deberían|habría que|hay que|se debería|que)~ ${W}(?:los|las|les)? (?:a )?${OBJ}~|${SUBJ} (?:{MODAL}) ser ${W}d[oa]s)~ hasta (?:su |el |la )?(?:exterminio|muerte|aniquilación|extinción|eliminación|matarl[oa]s|exterminarl[oa]s|eliminarl[oa]s|que mueran|que no quede (?:ni )?(?:uno|una)|el último|la última|que revienten)>`),
  },
  {
    id: "incite.member_rel", category: "violence_incitement", score: 0.85, trigger: "normative",
    reason: "dice que cualquier miembro de un grupo merece morir (says any member of a group deserves to die)",
    re: c(`<(?:(?:cualquier|todo|toda|cada|el|la|un|una) {MEMBER} que(?: ${W}){1,5},? (?:debería|debe|merece|se merece|tiene que|tendría que|necesita) (?:${PASSIVE}|{DIE}|{DESERVE})|(?:eres|sois) (?:un |una |unos |unas )?(?:{MEMBER}|{GROUP})~,? (?:y|así que|por eso|y por eso|por lo que) (?:mereces|merecéis|te mereces|os merecéis|deberías|deberíais|tienes que|tenéis que) (?:${PASSIVE}|{DIE}|{DESERVE}))>`),
  },
  {
    id: "incite.bare_infinitive", category: "violence_incitement", score: 0.85, trigger: ["violent", "group"],
    reason: "exhorta a matar a todo un grupo con un infinitivo (bare infinitive exhortation: kill them all)",
    re: c(`(?<=^|[.!?¡¿\\n:"]\\s{0,3})(?:{INF} (?:a )?(?:todos|todas) (?:{QUANT} )?(?:{GROUP})|{INF_THEM} (?:a )?(?:todos|todas),? (?:a )?(?:{QUANT} ){0,2}{GROUP})${LIKE}(?: ya| de una vez(?: por todas)?| sin piedad| sin excepción)?(?=\\s*(?:[.!]|$))`),
  },
  {
    id: "incite.euphemism_subj", category: "violence_incitement", score: 0.85, trigger: "group",
    reason: "pide acabar con un grupo con un eufemismo (calls for getting rid of a group, euphemistically)",
    re: c(`<(?:que|es hora de que|ya es hora de que|va siendo hora de que|ha llegado la hora de que|propongo que|hace falta que) (?:alguien )?(?:nos|se|os|me) (?:encarguemos|ocupemos|encargue|ocupe|encarguen|ocupen|encarguéis|ocupéis|deshagamos|deshaga|deshagan|libremos|libre|libren) de ${OBJ}~ (?:de una vez por todas|para siempre|definitivamente|como se merecen|a la antigua|por las malas)>`),
  },
  {
    id: "incite.should_exist", category: "violence_incitement", score: 0.86, trigger: ["normative", "group"],
    reason: "pide que haya una matanza de un grupo (calls for a massacre of a group)",
    re: c(`<(?:(?:debería|deberían|tendría que|tiene que|hace falta|haría falta|necesitamos|necesitaríamos|se necesita|falta|debería de|tendría que volver a|debería volver a|tiene que volver a|ojalá|ojalá que) (?:haber|hubiera|hubiese|haya|volviera a haber|vuelva a haber)|ojalá (?:hubiera|hubiese|haya|volviera a haber|vuelva a haber)|(?:que|ojalá) (?:haya|vuelva a haber)) (?:una |un |otra |otro |la |el |nueva |nuevo )?(?:gran |buena |buen |auténtica |auténtico |verdadera |verdadero )?(?:matanza|masacre|genocidio|exterminio|limpieza|purga|cacería|caza|temporada de caza|veda|linchamiento|pogromo|holocausto|solución final|ejecución|ejecuciones|fusilamiento|fusilamientos|guerra|baño de sangre|noche de los cristales rotos)(?: (?:masiva|masivo|total|étnica|general|sistemática|sistemático|final|sin cuartel|en masa|abierta))? (?:de|contra|a|para|con) ${OBJ}`),
  },
  {
    id: "incite.should_have_killed", category: "violence_incitement", score: 0.85, trigger: ["violent", "group"],
    reason: "lamenta que no se matara a un grupo (says a group should have been killed)",
    re: c(`<(?:debería|debió|tendría que|tenía que|tuvo que|podría|pudo|debieron|deberían|tendrían que|tenían que) haber {PART}(?: ${ALL})? ${OBJ}`),
  },
  {
    id: "incite.to_the_gallows", category: "violence_incitement", score: 0.86, trigger: ["death_place", "group"],
    reason: "'¡a la horca los X!' (sends a group to be killed)",
    re: c(`(?<=^|[.!?¡¿\\n:"]\\s{0,3})(?:(?:al paredón|a la hoguera|a la horca|a la cámara de gas|a los hornos|a las cámaras de gas|al horno|a la fosa|a la guillotina|a la silla eléctrica),? (?:con )?(?:todos |todas )?(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})|(?:{QUANT} ){0,2}(?:{GROUP}|{MEMBER})${LIKE}[,:]? (?:al paredón|a la hoguera|a la horca|a la cámara de gas|a los hornos|a las cámaras de gas|al horno|a la fosa|a la guillotina|a la silla eléctrica))>`),
  },
  {
    id: "incite.by_blows", category: "violence_incitement", score: 0.85, trigger: "group", requires: [anyGroup()],
    reason: "pide tratar a un grupo a golpes (calls for treating a group with blows)",
    re: c(`<(?:(?:{CALL}|{MODAL}|deberían|debería|habría que|hay que|se debería|se les debería|se tendría que|que)~ (?:${W}(?:los|las|les)(?: (?:a )?(?:todos|todas))?|${W} (?:a )?${OBJ}~)|a ${OBJ}~,? (?:se )?(?:les|los|las)? ?(?:{CALL}|{MODAL}|debería|había que|habría que|hay que|tendría que|tiene que)~ ${W}|${SUBJ} (?:{MODAL})(?: ${W}){1,2}),? (?:a|con) (?:golpes|palos|hostias|latigazos|tiros|balazos|patadas|pedradas|puñetazos|bofetadas|correazos|cinturonazos|garrotazos|porrazos|culatazos|bastonazos|navajazos|cuchilladas|machetazos)(?! de)(?: si (?:hace falta|es necesario|hiciera falta|fuera necesario))?>`),
  },
  {
    id: "incite.colon_inf", category: "violence_incitement", score: 0.85, trigger: ["violent", "group"], requiresPost: [anyGroup()],
    reason: "pide matar a un grupo nombrado antes ('…: matarlos a todos')",
    re: c(`(?<=[:—–]\\s{0,3})(?:{INF_THEM}|{IMPER_OBJ}|{INF} (?:a )?(?:todos|todas|ellos|ellas))(?: ${ALL})?(?: ya| de una vez(?: por todas)?| sin piedad)?(?=\\s*(?:[.!]|$))`),
  },
  {
    id: "incite.only_violence", category: "violence_incitement", score: 0.86, trigger: "group",
    reason: "dice que a un grupo solo se le puede tratar con violencia (says violence is the only way to treat a group)",
    re: c(`<(?:(?:la (?:única|mejor) (?:forma|manera) de (?:tratar|tratar con|lidiar con|solucionar el problema de|resolver el problema de|acabar con el problema de|lidiar con el problema de) (?:a )?${OBJ}~,? (?:es|sería|será)|a ${OBJ}~,? (?:solo|sólo|únicamente) se (?:les|los|las) (?:puede|debe|debería|tiene que|podría) (?:tratar|convencer|educar|controlar|parar|frenar)|(?:lo único|la única cosa|lo único que) que entienden ${OBJ}~,? (?:es|son)|${SUBJ} (?:solo|sólo|únicamente) (?:entienden|aprenden|escuchan|obedecen)|con ${OBJ}~,? (?:solo|sólo|únicamente) (?:funciona|funcionan|sirve|sirven|vale|valen|queda|quedan)) ${BY_FORCE})`),
  },
  {
    id: "incite.blood", category: "violence_incitement", score: 0.86, trigger: "group",
    reason: "pide que corra la sangre de un grupo (calls for a group's blood to be shed)",
    re: c(`<(?:(?:que |ojalá |hay que hacer que |hace falta que |es hora de que )(?:corra|se derrame|correrá|fluya) (?:la |toda la )?sangre (?:de |del )${OBJ}|(?:la |toda la )?sangre (?:de |del )${OBJ}~,? (?:debe|deberá|debería|tiene que|tendrá que|tendría que|va a|ha de|correrá|se derramará|fluirá|corra|se derrame)(?: correr| derramarse| fluir)?|(?:quiero|queremos|pido|pedimos|exijo|exigimos|necesitamos) (?:ver )?(?:correr |derramarse |derramar )?(?:la |toda la )?sangre (?:de |del )${OBJ})`),
  },
  {
    id: "incite.dropped_subject", category: "violence_incitement", score: 0.85, trigger: "normative", requiresPost: [anyGroup()],
    reason: "dice que un grupo nombrado antes debería morir (says a group named earlier should be killed)",
    // the connector stays outside the match, so a negation before it ("no son … y por eso merecen …") is in another clause
    re: c(`(?<=^|[.!?¡¿\\n:;,]\\s{0,3}|\\s(?:y|e|así que|por eso|por ello|por lo tanto|y por eso|y por ello|y por lo tanto|y ahora|y ya)\\s)(?:todos |todas |solo |sólo |simplemente |directamente |realmente |de verdad )?(?:deberían|merecen|se merecen|tienen que|tendrían que|deben|merecerían|necesitan|han de|habrían de|van a tener que|deberán|tendrán que)(?: (?:todos|todas|simplemente|directamente|ya|de una vez|realmente|literalmente|sin excepción|sin piedad|cuanto antes))? (?:${PASSIVE}|{DIE}|{DESERVE})`),
  },
  {
    id: "threat.them_post", category: "violence_threat", score: 0.86, trigger: ["violent", "group"], requiresPost: [anyGroup()],
    start: ["voy", "vamos", "pienso", "pensamos", "quiero", "queremos", "los", "las", "les", "juro", "te", "os", "me", "nos", "un", "algún", "tengo", "tenemos", "estoy"],
    reason: "amenaza en primera persona contra un grupo nombrado antes (first-person threat, group named earlier)",
    re: c(`<(?:(?:voy a|vamos a|pienso|pensamos|juro que voy a|juro que los voy a|os juro que voy a|te juro que voy a|tengo ganas de|tenemos ganas de|estoy deseando|me muero de ganas de|algún día voy a|un día de estos voy a|me encargaré de|nos encargaremos de)~ {INF_THEM}|(?:los|las|les) (?:voy a|vamos a|pienso|pensamos)~ {INF})>`),
  },
]);
