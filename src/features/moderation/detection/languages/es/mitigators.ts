// Spanish cues that LOWER a pattern's score: negation, news reporting, counter-speech and quotation,
// idioms ("matar el tiempo", "me muero de risa", "te mato a besos") and game/sport/cooking/fiction
// context. Context and reporting apply to the sentence they are in, never to the whole post.
import { compile, once } from "../compile.js";
import type { Mitigator } from "../types.js";
import { ES_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L, { unaccented: true });

// "no son más que ratas", "no soporto a …" are not negations of the hateful content.
const NOT_NEGATING = "(?! (?:son|es|eran|serán|somos|sois) (?:más|nada más|otra cosa|sino|mejores|mejor|diferentes|distint[oa]s?)\\b| (?:(?:se )?merecen|merecerían|necesitan|quiero|queremos|deseo|deseamos) (?:otra cosa|nada más|nada mejor|nada|más) (?:que|sino)\\b| se diferencian| (?:se dan|se da|te das|os dais|nos damos) cuenta| (?:saben|sabes|sabéis|imaginan|imaginas|esperan|esperas|olvides|olvidéis|olviden|dudes|dudéis|duden|te equivoques|os equivoquéis|se equivoquen|lo dudes|lo dudéis)\\b| (?:me|nos) (?:extraña|sorprende|importa)\\b| (?:hay|habrá) (?:piedad|compasión|perdón)| quedará (?:ni uno|ninguno|ninguna)| dejan? de ser| (?:veo la hora|vemos la hora|puedo esperar|podemos esperar|pararé|pararemos|descansaré|descansaremos|dudaré|dudaremos|dudaría|tendré piedad|tendremos piedad|me temblará|quedará ni uno|quedará ninguno|soporto|aguanto|tolero|trago|merecen (?:vivir|existir)|deberían (?:existir|vivir|tener derechos)|son (?:humanos|humanas|personas|seres humanos)))";

export const ES_MITIGATORS = once((): Mitigator[] => [
  {
    id: "negation", kind: "negation", where: "before", window: 45, factor: 0.15,
    reason: "negación (negated)",
    re: c(`<(?:no${NOT_NEGATING}|nunca|jamás|nadie|ningún|ninguna|ninguno|tampoco|ni siquiera|en vez de|en lugar de|me niego a|nos negamos a|se niega a|dejar de|deja de|es falso que|no es verdad que|está mal|es un error|sería un error|es inaceptable|es intolerable|no está bien|no tiene sentido)>`),
  },
  {
    id: "reporting", kind: "reporting", where: "sentence", factor: 0.25,
    reason: "noticia o crónica judicial (news or court reporting)",
    re: c("<(?:la policía|los agentes|la guardia civil|los mossos|la ertzaintza|la fiscalía|el fiscal|la fiscal|el juez|la jueza|el tribunal|el juzgado|la audiencia|la sentencia|el juicio|detenido|detenida|detenidos|arrestado|arrestada|arrestados|condenado|condenada|condenados|acusado de|acusada de|acusados de|imputado|imputada|investigado por|investigada por|según|presuntamente|supuestamente|el sospechoso|la sospechosa|el agresor|la víctima|las víctimas|informó|informaron|ha informado|fuentes policiales|la investigación|los investigadores|el detenido|la detenida|la denuncia|denunció|la noticia|noticias|el periódico|efe|europa press|declaró ante|declaró que|ha declarado|según el informe|el informe|de última hora|comunicado)>"),
  },
  {
    id: "reporting.verb", kind: "reporting", where: "before", window: 50, factor: 0.2,
    reason: "relata la amenaza de otra persona (reports someone else's threat)",
    re: c("<(?:=amenazó con|amenazaba con|amenazaron con|amenazas de|=prometió|=escribió que|=publicó que|=dijo que iba a|=dijo que quería|planeaba|=planeó|=intentó|intentaban|trató de|trataba de|quería|querían|conspiraban para|que pretendía|que pretendían)>"),
  },
  {
    id: "idiom.abstract_object", kind: "idiom", where: "span", factor: 0.1,
    reason: "el objeto es un problema, no personas (the object is a problem, not people)",
    re: c("<(?:eliminar|eliminando|eliminemos|erradicar|erradicando|erradiquemos|acabar con|acabando con|acabemos con|combatir|combatiendo|destruir|destruyendo|romper|rompiendo|atacar|atacando|terminar con|terminando con|derribar|derribando|matar|quemar|aniquilar|exterminar|reventar|aplastar|hundir|enterrar|liquidar|suprimir|abolir)(?: (?:de una vez|de raíz|para siempre|ya|también|poco a poco))? (?:(?:los|las|el|la|esos|esas|estos|estas|todo|toda|todos|todas|sus|su|nuestros|nuestras|tus|mis) )?(?:prejuicios|prejuicio|estereotipos|estereotipo|discriminación|discriminaciones|racismo|xenofobia|homofobia|transfobia|machismo|antisemitismo|islamofobia|odio|barreras|barrera|desigualdades|desigualdad|violencia|pobreza|bulos|bulo|mitos|mito|clichés|tópicos|injusticias|injusticia|brecha|brechas|muros|muro|privilegios|abusos|miedos|miedo|tabúes|tabú|ignorancia|exclusión|segregación|fronteras|etiquetas|insultos|burlas|acoso|bullying|agresiones|crímenes de odio|delitos de odio)>"),
  },
  {
    id: "idiom", kind: "idiom", where: "span", factor: 0.1,
    reason: "expresión figurada (figurative idiom)",
    re: c("<(?:matar (?:el|las|un) (?:tiempo|rato|horas|gusanillo|hambre|sed)|matar dos pájaros de un tiro|mat(?:o|as|a|amos|aría|aríamos) por (?:un|una|unos|unas)|(?:te|os) (?:mato|mataré|voy a matar|como|comeré|voy a comer) a (?:besos|abrazos|cosquillas|preguntas)|(?:me|te|nos) (?:muero|mueres|morimos|moría|moriré|estoy muriendo|voy a morir|mata|matas|matan|está matando|están matando) (?:de|por) (?:risa|la risa|hambre|sed|sueño|calor|frío|vergüenza|aburrimiento|envidia|amor|pena|curiosidad|cansancio|la curiosidad)|(?:muert[oa]s?|morirse|morir|me muero|me mata|me matan|me partí|me parto|partirse) de (?:risa|la risa|hambre|sueño|cansancio|frío|calor|asco|miedo|aburrimiento|vergüenza)|(?:esto|eso|este|esta|estos|estas|el|la|los|las|tu|mi|me|te)(?: \\S+){0,3} (?:me|nos) (?:está|están|va a|van a)? ?mat(?:a|an|ando|ar)(?! (?:a|en|con|cuando))|(?:está|estaba|estaría|es|queda|sabe|un|una) de muerte>|a muerte (?:con|contigo|por)|quemar (?:calorías|grasa|grasas|las naves|etapas|rueda|el dinero|la tarjeta)|ejecut(?:ar|a|o|é|ó|ando|amos) (?:el|un|la|una|este|esta|mi|nuestro|nuestra) (?:plan|programa|código|script|orden|proyecto|presupuesto|jugada|comando|pedido)|dispar(?:ar|ó|aron|an|a|en) (?:los|el|las|la) (?:precios|alquileres|ventas|casos|costes|costos|contagios|fotos|foto|flash)|se (?:dispara|disparan|disparó|dispararon)|acabar con (?:el hambre|la pobreza|la corrupción|el paro|la crisis|el problema|las listas de espera|la desigualdad|el machismo|el racismo|la violencia|la homofobia|el odio|los prejuicios|la discriminación|las drogas|el cambio climático|la contaminación|la tarta|la comida|las existencias|el stock)|reventar (?:el|la|los|las) (?:precios|taquilla|mercado|récord|examen|fiesta|discoteca)|(?:me|te|se) (?:mata|mataba|matará|matan) (?:a|de) (?:trabajar|estudiar|entrenar|trabajo)|matarse (?:a|de) (?:trabajar|estudiar|entrenar)|(?:lo|la) (?:mato|mataré|voy a matar) (?:como no|si no) (?:me|nos) (?:llame|escriba|conteste|devuelva)|asesina(?:s|r|ndo)? (?:la canción|el idioma|la gramática|la ortografía|el tema)|me (?:mató|mata|matas) (?:con|ese|esa|el|la) (?:final|chiste|comentario|cara|frase))>"),
  },
  {
    id: "context.game_sport", kind: "context", where: "sentence", factor: 0.3,
    reason: "contexto de juego o deporte (game or sport context)",
    // a match or game as the frame of the act ("en el partido"), never as a time ("después del partido")
    re: c("(?<!(?:después|antes|tras|salir|salida|termine|acabe|final|fuera|puerta) (?:del?|el|la|los|las|al|de la|de los) )<(?:en (?:el|la|este|esta|cada) (?:juego|partido|partida|videojuego|servidor|mapa|ring|cancha|campo|tablero)|en (?:el |la )?(?:fortnite|minecraft|call of duty|cod|warzone|valorant|lol|league of legends|dota|overwatch|pubg|apex|gta|fifa|free fire|roblox|among us|ajedrez)|videojuego|videojuegos|partida online|jefe final|el boss|respawn|reaparecer|mi personaje|tu personaje|noob|noobs|manco|mancos|paintball|airsoft|láser tag|jaque mate|al ajedrez|en el tablero|en la cancha|en el campo|en el ring|en la final|en el clásico|en el derbi|en la liga|en el mundial|en la champions|el equipo rival|al equipo rival|a los rivales|al rival|en la pista|en el tatami|en el octágono)>"),
  },
  {
    id: "context.cooking", kind: "context", where: "sentence", factor: 0.3,
    reason: "contexto de cocina (cooking context)",
    re: c("<(?:receta|recetas|cocina|cocinar|cocinando|al horno|el horno|la sartén|en la sartén|la olla|a fuego (?:lento|medio|fuerte|alto|bajo)|el fuego|la salsa|la cebolla|las cebollas|el ajo|los ajos|el pollo|la langosta|las langostas|el pescado|el marisco|las gambas|los cangrejos|el cangrejo|la masa|marinar|hornear|freír|hervir|sofreír|la carne|el cordero|el cerdo|el pavo|el conejo|la matanza|trocear|picar la|picar el|el chef|el cocinero|la cocinera)>"),
  },
  {
    id: "context.fiction", kind: "context", where: "sentence", factor: 0.3,
    reason: "ficción o actuación (fiction or performance context)",
    re: c("<(?:novela|mi libro|el libro|el cuento|la historia de|capítulo|personaje|personajes|el villano|la villana|el malo de|protagonista|antagonista|la trama|el guion|el guión|la película|una película|la peli|una peli|la serie|esta serie|el episodio|el capítulo|temporada|spoiler|spoilers|fanfic|el cómic|el manga|el anime|la obra de teatro|la obra|la escena|en la escena|la canción|la letra|el rap|el videoclip|el actor|la actriz|el director|la directora|el autor|la autora|el escritor|la escritora|película de terror|de miedo|de ficción|juego de tronos|rol|en el rol)>"),
  },
  {
    id: "context.electoral", kind: "context", where: "sentence", factor: 0.3,
    reason: "metáfora electoral o judicial (electoral or legal metaphor)",
    re: c("<(?:en las urnas|en las elecciones|en las próximas elecciones|en las generales|en las municipales|en las autonómicas|en las europeas|con votos|con nuestros votos|a base de votos|votando|en el debate|en los debates|en el parlamento|en el congreso|políticamente|electoralmente|en los tribunales|en los juzgados|legalmente|por la vía legal|en las encuestas|democráticamente)>"),
  },
]);

export const ES_COUNTER = once(() => ({
  speech: c("<(?:insistiendo (?:con|en) que|insiste (?:con|en) que|insistes (?:con|en) que|insisten (?:con|en) que|sigues insistiendo|siguen insistiendo|repitiendo que|repites que|repiten que|sostienes que|sostienen que|por decir|por escribir|por publicar|por tuitear|por afirmar|afirmando que|sugiriendo que|sugerir que|sugiere que|insinuando que|defendiendo que|defender que|defiende que|gritaba que|gritaban que|decir que|dice que|dicen que|dices que|=dijo que|=dijeron que|diciendo que|decir|dice|dicen|diciendo|=dijo|escribir|escribe|escriben|=escribió|escribiendo|publicar|publica|=publicó|tuitear|=tuiteó|gritar|gritaban|gritando|=gritó|corear|coreaban|coreando|llamar a|llama a|llaman a|llamando a|llamó a|piden|=pidió|pidiendo|frases como|comentarios como|mensajes como|cosas como|palabras como|expresiones como|la gente que dice|los que dicen|las que dicen|quien dice|quienes dicen|quien diga|quienes digan|cualquiera que diga|el que diga|eso de que|la idea de que|afirmar que|afirma que|afirman que|sostener que|insinuar que|pensar que|creer que|opinar que|piense que|piensa que|piensan que|pienses que|crea que|cree que|creen que|opine que|opina que|opinan que|defienda que|defiendan que|diga que|digan que|crean que|el lema|el cántico|la pintada|una pintada|el mensaje|el comentario|un cartel que decía|pancartas con|carteles con|el tuit|el post|la publicación)>"),
  condemn: c("<(?:repugnante|inaceptable|intolerable|vergonzoso|vergonzosa|una vergüenza|indignante|horrible|terrible|lamentable|despreciable|deleznable|odioso|odiosa|discurso de odio|delito de odio|racista|racismo|xenófobo|xenófoba|xenofobia|homófobo|homófoba|homofobia|tránsfobo|tránsfoba|transfobia|machista|machismo|misógino|misoginia|antisemita|antisemitismo|islamófobo|islamofobia|capacitista|condeno|condenamos|condenable|condenar|denuncio|denunciar|denunciado|denunciada|he denunciado|reportado|reportar|reportad|no tiene cabida|no tienen cabida|no es aceptable|no está bien|está mal|basta ya|basta de|no se puede tolerar|no vamos a tolerar|es un delito|incitación|qué asco|da asco|me da asco|me avergüenza|es falso|mentira|no es verdad|barbaridad|burrada|nauseabundo|cruel|peligroso|inhumano|intolerancia|fanatismo|rechazo|rechazamos|me niego|nunca más|ni una más|inadmisible|de vergüenza|sin sentido|ignorancia|fanático|fanática|fanáticos|fanáticas|intolerantes|odiadores|haters|trolls|un juicio|juicio|demanda|te demandaré|demandarte|te denunciaré|denunciarte|denunciarlo|denunciarla|echarla|echarlo|echarle|echarlos|expulsarla|expulsarlo|banearla|banearlo|bloquearla|bloquearlo|suspender su cuenta|suspenderle la cuenta|de la plataforma|no pienso tolerar|no voy a tolerar|no lo voy a tolerar|tiene que parar|tienen que parar|ya basta|hay que parar|no hablaré contigo|no te hablo|deja de|dejad de|dejen de|me niego a escuchar|asqueroso|asquerosa|asquerosos|cállate|qué vergüenza|vergüenza ajena|enfermizo|enfermiza|absurdo|absurda|estúpido|estúpida|ridículo|ridícula|indecente)>"),
}));
