import type { Catalogue } from "./type.js";

/** Português (Brasil). As citações das fontes não são traduzidas: aparecem literalmente, em inglês. */
export const ptBR = {
  meta: { locale: "pt-BR" as const, language: "Português (Brasil)" },
  footer: {
    disclaimer:
      "Apenas educativo, não é orientação médica. As afirmações são citadas das fontes indicadas, com as evidências que elas apresentam.",
  },
  notes: {
    quotesInEnglish: "As citações aparecem literalmente em inglês, como as fontes as escreveram.",
    closestMatch: "Correspondência mais próxima para “{{typed}}”.",
  },
  sections: {
    overview: "Visão geral",
    dosing: "Dosagem",
    mechanisms: "Mecanismos",
    effects: "Efeitos",
    safety: "Segurança",
    evidence: "Ressalvas sobre as evidências",
    stacks: "Combinações e comparações",
    sources: "Fontes e história",
  },
  buttons: { report: "Relatar um problema" },
  evidence: {
    long: {
      "human-trial": "🟢 ensaio em humanos",
      "human-observation": "🟢 observação em humanos",
      "animal-study": "🟡 estudo em animais",
      "cell-study": "🟠 estudo em células",
      "cited-study": "⚪ cita um estudo (tipo não informado)",
      "personal-experience": "🔵 experiência pessoal",
      "none-given": "⚫ nenhuma evidência apresentada",
    },
    short: {
      "human-trial": "🟢 ensaio em humanos",
      "human-observation": "🟢 observação em humanos",
      "animal-study": "🟡 animais",
      "cell-study": "🟠 células",
      "cited-study": "⚪ citado",
      "personal-experience": "🔵 pessoal",
      "none-given": "⚫ nenhuma",
    },
    caveat: "🔎 sobre as evidências",
  },
  notices: {
    expiredTitle: "Botão expirado",
    expired: "Esse botão não corresponde mais a nada que eu conheça. Use o comando de novo.",
    unknownCommandTitle: "Comando desconhecido",
    unknownCommand: "Não tenho um comando /{{name}}. Tente /help.",
    apologyTitle: "Algo deu errado",
    apology: "Desculpe, não consegui responder. O erro foi registrado; tente novamente.",
    unsupportedTitle: "Não é algo que eu trate",
    unsupported: "Só respondo aos meus próprios comandos de barra e botões. Tente /help.",
    slowDownTitle: "Mais devagar",
    slowDown_one:
      "Você está enviando comandos mais rápido do que eu respondo. Tente de novo em {{count}} segundo.",
    slowDown_many:
      "Você está enviando comandos mais rápido do que eu respondo. Tente de novo em {{count}} segundos.",
    slowDown_other:
      "Você está enviando comandos mais rápido do que eu respondo. Tente de novo em {{count}} segundos.",
    restartingTitle: "Reiniciando",
    restarting: "Estou reiniciando agora. Tente de novo em alguns segundos.",
    sameTwiceTitle: "O mesmo composto duas vezes",
    sameTwiceCompare: "{{name}} foi informado mais de uma vez. Compare dois ou três compostos diferentes.",
    sameTwiceStack: "Escolha dois compostos diferentes para perguntar sobre uma combinação.",
    twoNeededTitle: "São necessários dois compostos",
    twoNeeded: "Informe pelo menos dois compostos para comparar.",
    unknownGoalTitle: "Objetivo desconhecido",
    unknownGoal: "Escolha um de: {{goals}}.",
    whichPairingTitle: "Qual combinação?",
    whichPairing:
      "`with` é o segundo composto de uma combinação: informe também `compound` para perguntar se uma fonte documenta {{name}} com ele, ou só `compound:{{id}}` para saber com o que combinar {{name}}.",
  },
  notFound: {
    notFoundTitle: "Não encontrado",
    notCoveredTitle: "Não coberto",
    notCovered:
      "**{{name}}** é um nootrópico que conheço, mas minhas fontes não tratam dele, então não tenho nada citado a dizer.",
    nameNeededTitle: "Nome necessário",
    nameNeeded: "Digite pelo menos duas letras do nome de um composto.",
    ambiguous: "“{{typed}}” está igualmente perto de mais de um nome, então não vou adivinhar.",
    unknown: "Não conheço “{{typed}}”.",
    didYouMean: "Você quis dizer: {{names}}?",
    covered: "Eu cubro: {{names}}.",
  },
  report: {
    modalTitle: "Relatar um problema: {{name}}",
    whatLabel: "O que está errado?",
    whatPlaceholder: "ex.: a dose na seção Dosagem não confere com a fonte",
    sourceLabel: "Fonte (opcional)",
    sourcePlaceholder: "um link, ou o título de uma fonte que diz outra coisa",
    thanksTitle: "Obrigado pelo relato",
    thanksSent: "Seu relato sobre **{{name}}** ({{section}}) foi enviado aos responsáveis.",
    thanksLogged: "Seu relato sobre **{{name}}** ({{section}}) foi registrado para os responsáveis.",
    thanksSaved: "Seu relato sobre **{{name}}** ({{section}}) foi salvo para os responsáveis.",
    tooManyTitle: "Relato não enviado",
    tooMany_one: "Você enviou vários relatos em pouco tempo. Tente de novo em {{count}} minuto.",
    tooMany_many: "Você enviou vários relatos em pouco tempo. Tente de novo em {{count}} minutos.",
    tooMany_other: "Você enviou vários relatos em pouco tempo. Tente de novo em {{count}} minutos.",
    failed: "Não consegui receber seu relato agora. Tente de novo mais tarde.",
  },
  sources: {
    title: "Fontes",
    provenance:
      "Cada afirmação que o bot mostra é uma citação literal de uma destas fontes, marcada com a evidência que a própria fonte apresenta.\nNomes, codinomes e resumos são nossos (de conhecimento geral), assim como a frase ao lado de cada citação, que não diz mais do que a citação.",
    by: "por {{author}}",
    noAuthor: "autor não informado",
    noDate: "data não informada",
    covers: "Trata de: {{names}}",
    stance: "Postura: {{stance}}",
    trust: "Quanto confiar: {{note}}",
  },
  help: {
    intro:
      "Respostas sobre nootrópicos a partir de um pequeno conjunto de fontes selecionadas. Os nomes podem ter erros de digitação ou ser um apelido ou codinome.",
    covered: "**Cobertos:** {{names}}",
    example: "Exemplo: {{examples}}",
  },
  fit: { notShown: "Não mostrado", more: "Mais {{n}} não mostrados aqui: {{more}}" },
  chart: {
    doseTitle: "Doses que as fontes dão (mg, escala logarítmica)",
    evidenceTitle: "Evidências por trás das afirmações (ressalvas não contadas)",
    perDose: "por dose",
    perDay: "por dia",
    perUnspecified: "por dose ou por dia não informado",
    routeOral: "oral",
    routeSublingual: "sublingual",
    routeUnspecified: "via não informada",
    open: "mais de {{min}} mg",
    unit: "mg",
    noDoses: "Nenhuma fonte dá uma dose em mg.",
    perKg: "Não desenhado (por kg de peso corporal, não é uma quantidade humana): {{figures}}",
    claims_one: "{{count}} afirmação",
    claims_many: "{{count}} afirmações",
    claims_other: "{{count}} afirmações",
    altDoses: "Gráfico de barras das doses das fontes, em escala logarítmica de mg: {{figures}}.",
    altEvidence: "Perfil de evidências, afirmações em cada nível: {{profiles}}.",
    altNoDoses: "As fontes não dão dose em mg para {{names}}.",
    legendOpen: "barra aberta: apenas um limite inferior",
  },
  commands: {
    private: { name: "privado", description: "Mostrar a resposta só para você" },
    ask: {
      name: "perguntar",
      description: "Faça uma pergunta com suas palavras; a resposta é citada das fontes",
      options: {
        question: {
          name: "pergunta",
          description: "ex.: noopept dose? · is aniracetam safe with ssris · piracetam vs noopept",
        },
      },
    },
    "Ask the sources": { name: "Perguntar às fontes" },
    compound: {
      name: "composto",
      description: "O que as fontes dizem sobre um nootrópico: doses, mecanismos, efeitos, segurança",
      options: {
        name: { name: "nome", description: "Nome, apelido ou codinome (erros de digitação são aceitos)" },
        section: { name: "seção", description: "Mostrar uma parte em detalhe" },
      },
    },
    compare: {
      name: "comparar",
      description: "Dois ou três nootrópicos lado a lado, e o que as fontes dizem ao compará-los",
      options: {
        first: { name: "primeiro", description: "Primeiro composto" },
        second: { name: "segundo", description: "Segundo composto" },
        third: { name: "terceiro", description: "Terceiro composto (opcional)" },
        for: {
          name: "para",
          description: "Para que comparar (opcional), p. ex. memória, ansiedade, efeitos colaterais",
        },
      },
    },
    stack: {
      name: "combinação",
      description:
        "Combinações documentadas, com o que tomar um composto, ou quais são citados para um objetivo",
      options: {
        compound: { name: "composto", description: "Um composto para combinar" },
        with: { name: "com", description: "Um segundo composto: essa combinação está documentada?" },
        goal: { name: "objetivo", description: "Compostos cujas fontes relatam esse efeito" },
      },
    },
    sources: { name: "fontes", description: "As fontes de onde cada resposta é citada" },
    help: { name: "ajuda", description: "O que o bot sabe fazer, com exemplos" },
    settings: {
      name: "configurações",
      description: "Ver ou mudar as configurações do bot neste servidor (Gerenciar servidor)",
      options: {
        reports_channel: {
          name: "canal_relatos",
          description: "Onde os relatos sobre os cartões são publicados",
        },
        private_answers: {
          name: "respostas_privadas",
          description: "Respostas que só quem pergunta vê, a menos que a opção privado diga outra coisa",
        },
        answer_mentions: {
          name: "responder_menções",
          description: "Responder perguntas feitas mencionando o bot com @",
        },
        keep_unanswered: {
          name: "guardar_sem_resposta",
          description: "Guardar para os curadores as perguntas que as fontes não respondem (só o texto)",
        },
        reset: { name: "redefinir", description: "Voltar todas as configurações ao padrão do bot" },
      },
    },
  },
  goals: {
    memory: "Memória",
    focus: "Foco",
    mood: "Humor",
    anxiety: "Ansiedade",
    neuroprotection: "Neuroproteção",
    learning: "Aprendizagem",
  },
} satisfies Catalogue;
