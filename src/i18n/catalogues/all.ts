/** Every catalogue: a new language is its file beside this one and one line here. */
export { en } from "./en.js";
export { ru } from "./ru.js";
export { esES } from "./es-ES.js";
export { de } from "./de.js";
export { fr } from "./fr.js";
export { ptBR } from "./pt-BR.js";
