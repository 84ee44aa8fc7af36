// Common Spanish words that the speller must never "correct" into a lexicon word (pagar ≠ pegar,
// puerto ≠ muerto, patas ≠ ratas …). Pure data.
export const ES_COMMON = (
  "a al algo algún alguna alguno algunos ante antes aquí así aunque bajo bien cada casi como con contra cual cuando " +
  "de del desde donde dos el ella ellas ello ellos en entre era eran es esa esas ese eso esos esta estaba estado " +
  "estar estas este esto estos fue fueron gente ha había han hasta hay hoy la las le les lo los más me mi mis mismo " +
  "mucho muchos muy nada ni no nos nosotros nuestro nuestra nuestros nuestras o os otra otras otro otros para pero " +
  "poco por porque que quien se sea ser si sí sin sobre solo son su sus también tan tanto te tiene tienen todo todos " +
  "toda todas tu tú tus un una uno unos unas usted ustedes vosotros vosotras y ya yo él mí ti " +
  "único única únicos únicas unico unica unicos unicas idea ideas locura disparate " +
  // neighbours of the violent verbs' forms, one letter away ("techos" / "hechos", "podría" / "pondría")
  "pagan pagas pagues techos pechos lechos habíamos habíais habían harías hicieron hiciste hicimos pongas hagas " +
  "podría podrían podríamos podrías abrazar abrazo abrazos abrazarlos agotar agotado agotados agotada servir servidos " +
  "servirlos imputado imputados imputar usar usarlos pasarlos pones pone ponen trenes tren anoche planta plantas " +
  "pagar pagaré pagaremos pago pague paguen pagado pagados puerto puertos patas pata ratos rato matas mates mate " +
  "motar notar votar votaré votaremos votado votados votantes nadar nadaré mirar mirado mirados tirar tirado " +
  "tratado tratada tratados tratadas tratar trato tratan haber haberlo haberla haberlos haberlas haberles " +
  "pasar pasado pasados pesar pesado pesados besar besado besados casar casado casados cazo cosas cosa casa casas " +
  "pelar pelado comer comido comidos colgar colgado llamar llamado llamados llevar llevado jugar jugado jugados " +
  "jugadores jugador quemar quedar quedado quedados querer quiero quiere queremos quieren quería querido queridos " +
  "queridas dar dado dados dejar dejado dejados ganar ganado ganados gatos gato gatas perros perro monos mono " +
  "monas ratas rata mujeres mujer hombres hombre niños niño niñas niña amigos amigo amigas amiga vecinos vecino " +
  "vecinas vecina madre padre madres padres hijos hijo hijas hija familia familias personas persona negro negros " +
  "blanco blancos negra negras rojo rojos verde verdes grande grandes pequeño pequeños bueno buenos buena buenas " +
  "malo malos mala malas mejor mejores peor peores nuevo nuevos nueva nuevas viejo viejos vieja viejas joven jóvenes " +
  "trabajo trabajar trabajan trabajos escuela colegio ciudad pueblo barrio país países mundo vida vidas día días " +
  "noche noches tarde tardes mañana semana semanas mes meses año años hora horas tiempo veces vez parte partes " +
  "lugar lugares forma formas caso casos punto puntos gobierno política políticas historia historias problema " +
  "problemas derecho derechos ley leyes guerra paz amor odio miedo asco risa ganas hambre sueño calor frío agua " +
  "comida fiesta fiestas partido partidos juego juegos equipo equipos música película películas serie series libro " +
  "libros clase clases calle calles coche coches tienda tiendas iglesia iglesias mezquita mezquitas sinagoga " +
  "templo templos comunidad comunidades cultura culturas idioma idiomas religión religiones derechos humanos " +
  "humano humana humanas seres tienen tenemos tengo tener hacer hago hace hacen hecho hizo decir digo dice dicen " +
  "dicho dijo ir voy vas va vamos van ido venir vengo viene vienen ver veo ves vemos ven visto saber sé sabe " +
  "sabemos saben poder puedo puede podemos pueden pensar pienso piensa creer creo cree creemos deber debe deben " +
  "debería deberían gustar gusta gustan encanta encantan vivir vivo vive viven vivimos morir muere mueren muerte " +
  "matemáticas material materiales materia mantener mantengo manera maneras marcar marcas mercado mercados " +
  "estudiar estudio estudios aprender aprendo enseñar enseño ayudar ayudo ayuda apoyar apoyo apoyamos respetar " +
  "respeto respetamos celebrar celebramos celebran reunión reuniones manifestación protesta protestas " +
  "contratar contrato contratamos conocer conozco conocemos conocí hablar hablo hablamos hablan escuchar " +
  "están estás estoy estamos contados contadas besos besar seres eres sois somos mueran mueren muera " +
  "siempre nunca jamás también tampoco todavía aún ahora después entonces luego pronto mientras durante según"
).split(" ");
