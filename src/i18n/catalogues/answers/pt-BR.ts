import type { Catalogue } from "../type.js";
import type { answers as en } from "./en.js";

/** As palavras do bot em torno das respostas (/ask, pares, comparações, várias perguntas, /stack, /settings). */
export const answers = {
  answer: {
    dose: "Dose: {{dose}}",
    qualifier: "Junto com isso:",
    verdict: "Veredito de uma fonte:",
    nearest: "Menção mais próxima:",
    within: "{{shown}} está dentro de {{figure}}.",
    below: "{{shown}} está abaixo de {{figure}}.",
    times: "{{shown}} é {{times}}× o máximo de {{figure}}.",
    over: "{{shown}} está {{over}} {{unit}} acima do máximo de {{figure}}.",
    open: "Uma fonte não dá uma faixa aqui, só um limite inferior, nas palavras dela: “{{quote}}” {{ref}} ({{context}}). Não é uma faixa, então nenhuma quantidade está “dentro” dela.",
    silent: "As fontes não dizem nada sobre {{subject}} de {{name}}.",
    harmNearest_one:
      "Nenhuma fonte diz se {{name}} causa {{harm}}; {{count}} menção, a mais próxima, aparece abaixo.",
    harmNearest_many:
      "Nenhuma fonte diz se {{name}} causa {{harm}}; as {{count}} menções mais próximas aparecem abaixo.",
    harmNearest_other:
      "Nenhuma fonte diz se {{name}} causa {{harm}}; as {{count}} menções mais próximas aparecem abaixo.",
    elsewhere: "O que as fontes dizem sobre {{name}} está abaixo.",
    harmNone: "Nenhuma fonte diz se {{name}} causa {{harm}}, e nenhuma menciona isso.",
    safetyGaps: "As fontes não dizem nada sobre {{name}} e {{subjects}}.",
    onlySideEffects_one:
      "Este {{count}} registro é o único efeito colateral que as fontes dão para {{name}}; elas não citam nenhum outro.",
    onlySideEffects_many:
      "Estes {{count}} registros são os únicos efeitos colaterais que as fontes dão para {{name}}; elas não citam nenhum outro.",
    onlySideEffects_other:
      "Estes {{count}} registros são os únicos efeitos colaterais que as fontes dão para {{name}}; elas não citam nenhum outro.",
    noSideEffect: "Nenhuma fonte cita um efeito colateral de {{name}}.",
    length: "O uso mais longo de {{name}} relatado pelas fontes é {{longest}}. Nada mais longo é relatado.",
    lengthSafety:
      "O uso mais longo de {{name}} relatado pelas fontes é {{longest}}; um achado de segurança cobre {{safety}}. Nada mais longo é relatado.",
    noUnit:
      "{{numbers}} não tem unidade, então não é comparado com os valores que as fontes dão para {{name}} (em {{units}}): escreva “{{example}}” para comparar.",
    noFigures:
      "As fontes não dão nenhuma dose de {{name}}, então {{amounts}} não pode ser comparado com nada.",
    against: "{{shown}} diante de cada valor que as fontes dão para {{name}}:",
    otherUnits_one:
      "{{count}} valor em outra unidade ({{units}}) não é comparado com {{shown}}: um valor por quilograma nunca é comparado com uma quantidade em mg, nem o contrário.",
    otherUnits_many:
      "{{count}} valores em outra unidade ({{units}}) não são comparados com {{shown}}: um valor por quilograma nunca é comparado com uma quantidade em mg, nem o contrário.",
    otherUnits_other:
      "{{count}} valores em outra unidade ({{units}}) não são comparados com {{shown}}: um valor por quilograma nunca é comparado com uma quantidade em mg, nem o contrário.",
    amountCaveat:
      "Isto compara só a quantidade (não com que frequência é tomada), cada valor no seu próprio contexto; um valor relatado por uma fonte não é um limite seguro, e nada disto é conselho.",
    amountCaveatDaily:
      "Um valor por dose é comparado com uma dose, um valor por dia com o total do dia e um que não diz com os dois, cada um no seu próprio contexto; um valor relatado por uma fonte não é um limite seguro, e nada disto é conselho.",
    dayTotal: "{{amount}} por dia",
    oneDose: "{{amount}} por dose",
    unsplitDay:
      "{{shown}} e {{figure}}: não se diz quantas doses compõem o dia, então o total do dia não é comparado com um valor por dose.",
    unsplitDose:
      "{{shown}} e {{figure}}: não se diz quantas doses por dia, então uma dose não é comparada com um valor por dia.",
    amountCaveatBasis:
      "Um valor por dose é comparado com uma dose e um valor por dia com o total do dia; um valor que não diz, com a quantidade como foi dada. Cada valor no seu próprio contexto; um valor que uma fonte relata não é um limite seguro, e nada disto é conselho.",
    more: "…e mais {{n}}",
    moreShows: "{{command}} mostra o restante.",
    closest: "{{name}}: o mais próximo das suas palavras",
    inPopulation: "em {{population}}",
    unknownKind: "tipo não informado",
  },
  ask: {
    mentionTitle: "Faça uma pergunta",
    mention:
      "Me mencione com uma pergunta, por exemplo “@me noopept dose?” ou “@me is aniracetam safe with ssris”. /help lista tudo o que eu faço.",
    advice:
      "Se você deve tomar não é algo que as fontes, ou eu, possamos decidir por você: aqui está só o que as fontes dizem.",
    unclear: "“{{typed}}” pode ser {{names}}: escreva o nome completo para perguntar.",
    canAnswer:
      "Respondo perguntas sobre {{names}}. Por exemplo: “noopept dose?”, “is aniracetam safe with ssris”, “piracetam vs noopept” ou “what helps memory” (também em português).",
    notInSourcesTitle: "Fora das minhas fontes",
    dontCover: "Minhas fontes não tratam de “{{typed}}”.",
    askAbout: "Faça uma pergunta sobre um nootrópico.",
    fromSourcesTitle: "Das fontes",
    searchIntro:
      "Nenhum composto foi citado, então aqui estão as afirmações citadas que mais combinam com suas palavras ({{words}}), entre todos os compostos.",
    whatICanTitle: "O que eu sei responder",
    replaceTitle: "Substituir um remédio",
    replace: "As fontes não tratam de substituir um remédio por {{name}}, e não posso aconselhar sobre isso.",
    replaceNoName:
      "As fontes não tratam de substituir um remédio por um nootrópico, e não posso aconselhar sobre isso.",
    replaceDoctor:
      "Se um remédio receitado pode ser interrompido, trocado ou substituído é decisão do médico que o receitou: pergunte a ele, por favor.",
    goalTitle: "Relatado para {{goal}}",
    goalTitleFor: "Relatado para {{goal}}: {{name}}",
    goalMentions:
      "As fontes não relatam efeito sobre {{goal}} como tal. Estas citações mencionam isso; uma menção não é uma recomendação.",
    goalMentionsFor:
      "As fontes não relatam efeito de {{name}} sobre {{goal}} como tal. Estas citações mencionam isso; uma menção não é uma recomendação.",
    goalNothing: "As fontes não relatam nada sobre {{goal}}.",
    goalNothingFor: "As fontes não relatam nada sobre {{goal}} para {{name}}.",
    goalClaims:
      "Afirmações das fontes sobre {{goal}}, as de evidência mais forte primeiro. Um relato não é uma recomendação.",
    goalClaimsFor:
      "Afirmações das fontes sobre {{goal}} para {{name}}, as de evidência mais forte primeiro. Um relato não é uma recomendação.",
  },
  pair: {
    notSafe:
      "Falta de informação não significa seguro: nada aqui diz que a combinação é segura, ou insegura.",
    memberOf: "{{name}} (um dos: {{group}})",
    otherDrug: "{{label}} não é um nootrópico coberto pelas minhas fontes: elas não dizem nada sobre isso.",
    onInteractions: "{{name}}, sobre interações em geral: {{statement}}",
    interactionsQuoted: "O que as fontes dizem sobre as interações de {{name}} em geral está citado abaixo.",
    interactionsNone: "As fontes não documentam interações medicamentosas de {{name}}.",
    onItsOwn: "{{name}} (sozinho): {{statement}}",
    documented:
      "Uma fonte documenta tomar {{first}} com {{partner}}: citado abaixo, com a evidência que cada uma dá.",
    beyond:
      "Além destas citações, as fontes não dizem nada sobre combiná-los, e falta de informação não significa seguro.",
    nothing: "As fontes não documentam nada sobre tomar {{first}} com {{partner}}.",
    compared: "Elas comparam os dois (veja uma comparação), mas não dizem nada sobre tomá-los juntos.",
    noCaution: "Também não citam efeito colateral nem cuidado para {{name}}.",
    doseOf: "{{name}}, dose: {{dose}}",
    claimOf: "{{name}}: {{statement}}",
  },
  found: {
    silence:
      "Nenhuma afirmação das fontes sobre {{names}} menciona “{{asked}}”: elas não dizem. O mais próximo que dizem está abaixo.",
    intro:
      "As afirmações sobre {{names}} que mais combinam com “{{matched}}”, as mais próximas primeiro. `/compound` mostra tudo.",
    sides:
      "{{noRanking}}: abaixo está o que as fontes dizem de cada um sobre “{{asked}}”, a evidência mais forte primeiro.",
    sidesSilent: "As fontes não dizem nada sobre isso para {{names}}.",
    sidesCut: "O que as fontes dizem sobre isso para {{names}} não cabe ao lado do resto: {{commands}}",
    notSettled: "As fontes não decidem qual de {{names}} é melhor nisso",
    classIntro: "Os {{cls}} que minhas fontes cobrem: {{list}}.",
    classTitle: "{{cls}}: o que as fontes cobrem",
    classAsk: "Pergunte sobre um deles, ou use `/compound` para ver tudo sobre um.",
    classNoRank: "Nenhuma fonte classifica os {{cls}} entre si",
  },
  message: {
    readAs: "Lido como “{{text}}” (da mensagem que você respondeu ou da anterior).",
    readAbout: "(lido como sobre {{names}})",
    crowded:
      "O que as fontes dizem primeiro sobre isso não cabe ao lado das outras respostas: pergunte isso sozinho para ver.",
    asks: "Sua mensagem pergunta {{count}} coisas; cada uma é respondida abaixo, na sua própria seção.",
    uncovered_one: "As fontes não cobrem a parte {{parts}}: nada é citado para ela.",
    uncovered_many: "As fontes não cobrem as partes {{parts}}: nada é citado para elas.",
    uncovered_other: "As fontes não cobrem as partes {{parts}}: nada é citado para elas.",
    dropped_one: "Mais {{count}} pergunta nela não é respondida aqui: faça-a separadamente.",
    dropped_many: "Mais {{count}} perguntas nela não são respondidas aqui: faça uma de cada vez.",
    dropped_other: "Mais {{count}} perguntas nela não são respondidas aqui: faça uma de cada vez.",
  },
  which: {
    titleMany: "De quais compostos você está falando?",
    refersBack:
      "Sua pergunta se refere a compostos citados antes, mas não cita nenhum nem responde a uma mensagem que os cite, então não vou adivinhar.",
    title: "De qual composto você está falando?",
    noName: "Sua pergunta não cita nenhum composto, então não vou adivinhar.",
    noNamePair:
      "Sua pergunta (sobre tomar algo com {{names}}) não cita nenhum composto, então não vou adivinhar.",
    press: "As fontes dizem algo sobre isso para {{names}}: toque em um, ou pergunte de novo com o nome.",
    askWithName: "As fontes dizem algo sobre isso para {{names}}: pergunte de novo com o nome.",
    noneSay: "Nenhuma fonte que cito diz algo sobre {{asked}}, para nenhum composto que cubro.",
    askAgain: "Pergunte de novo com o nome do composto. Eu cubro {{names}}.",
  },
  differ: {
    named: "{{name}}: as fontes divergem: {{about}}",
    sides_one: "A {{count}} afirmação abaixo aponta para outro lado; leia junto com as demais.",
    sides_many: "As {{count}} afirmações abaixo apontam para lados diferentes; leia-as juntas.",
    sides_other: "As {{count}} afirmações abaixo apontam para lados diferentes; leia-as juntas.",
  },
  stack: {
    noInfoAll:
      "Falta de informação não significa seguro: as fontes não dizem nada sobre interações medicamentosas.",
    noInfoOf:
      "Falta de informação não significa seguro: as fontes não dizem nada sobre interações medicamentosas de {{names}}.",
    longTerm: "{{name}}, sobre uso prolongado",
    cycling: "{{name}}, ciclos",
    caution: "{{name}}, cuidado",
    moreCautions: "…e mais {{n}}: {{commands}}",
    generalCautions: "Cuidados gerais",
    noneNamed: "Nenhum citado pelas fontes.",
    documentedTitle: "Combinações documentadas",
    documentedIntro:
      "As combinações que as fontes descrevem. `/stack compound:<name>` mostra as citações de um composto.",
    withPartner: "Com {{partner}}: {{statement}}",
    withIt: "Junto com isso ({{name}}): {{statement}}",
    stackingTitle: "Combinar {{name}}",
    stackingIntro: "O que as fontes dizem para tomar com {{name}}, e por quê.",
    noStack: "Nenhuma fonte documenta uma combinação com {{name}}.",
    cautionsTitle: "{{name}}: cuidados",
    pairDocumented: "Uma fonte documenta esta combinação.",
    pairNone:
      "Nenhuma fonte documenta tomar {{a}} com {{b}}. Isso não significa seguro: as fontes não dizem nada nem a favor nem contra, e nada aqui deve ser lido como aprovação.",
  },
  detail: {
    stackWith: "Combinado com {{partner}}: {{statement}}",
    comparedWith: "Comparado com {{partner}}: {{statement}}",
    noStacks: "As fontes não documentam nenhuma combinação nem comparação com {{name}}.",
    strongestFirst: "A evidência mais forte primeiro. O nível é o que a fonte informa.",
    noEffects: "As fontes não relatam nenhum efeito.",
    entries_one: "{{count}} registro citado sobre {{name}}",
    entries_many: "{{count}} registros citados sobre {{name}}",
    entries_other: "{{count}} registros citados sobre {{name}}",
    ours: "O nome, os apelidos, os codinomes e o resumo deste cartão são nossos; cada afirmação é uma citação de uma destas fontes.",
    noMechanism: "As fontes não descrevem nenhum mecanismo de {{name}}.",
    noCaveat: "As fontes não dão nenhuma ressalva própria sobre a evidência de {{name}}.",
  },
  compare: {
    description:
      "Lado a lado, segundo as fontes; cada linha com sua evidência e sua fonte. /compound tem as citações.",
    noDose: "As fontes não dão nenhuma dose.",
    noDirect: "Nenhuma fonte compara {{a}} e {{b}} diretamente.",
    directTitle: "O que as fontes dizem ao compará-los",
    twoAtATime: "compare dois compostos de cada vez",
    everyComparison: "{{command}} mostra cada comparação com sua citação",
    columns: {
      class: "classe",
      doses: "doses",
      halfLife: "meia-vida e absorção",
      mechanisms: "mecanismos",
      evidence: "evidências",
      cautions: "cuidados",
    },
    empty: {
      noClaims: "Nenhuma afirmação para pesar.",
      noneNamed: "Nenhum citado pelas fontes.",
      noneDescribed: "Nenhum descrito.",
      notGiven: "Não informado pelas fontes.",
    },
  },
  settings: {
    title: "Configurações deste servidor",
    intro: "As configurações deste servidor:",
    saved: "Salvo: {{names}}.",
    reportsChannel: "Canal de denúncias:",
    noReportsChannel: "nenhum: as denúncias ficam guardadas só para os mantenedores",
    privateAnswers: "Respostas privadas por padrão:",
    answerMentions: "Perguntas feitas mencionando o bot são respondidas:",
    keepUnanswered: "Perguntas sem resposta guardadas para os curadores",
    keepUnansweredNote: "(só o texto, nunca quem perguntou)",
    byDefault: "(padrão)",
    yes: "sim",
    no: "não",
    change: "Mude uma com `/settings` e a opção dela; `reset:true` volta todas ao padrão.",
    perServerTitle: "As configurações são por servidor",
    perServer:
      "As configurações pertencem a um servidor: alguém com “Gerenciar servidor” usa /settings num servidor onde o bot foi adicionado. Aqui, numa mensagem direta ou na sua própria instalação, valem os padrões do bot.",
  },
  subjects: {
    effect: "efeitos",
    efficacy: "se está demonstrado que funciona",
    mechanism: "como funciona",
    dose: "dose",
    frequency: "com que frequência é tomado",
    pharmacokinetics: "meia-vida, absorção e duração",
    safety: "segurança",
    "side-effects": "efeitos colaterais",
    "long-term-use": "uso prolongado ou repetido",
    "tolerance-dependence": "tolerância e dependência",
    interactions: "interações medicamentosas",
    pregnancy: "uso na gravidez ou amamentação",
    populations: "em quem foi estudado",
    "stimulant-sedative": "se estimula ou seda",
    "legal-status": "situação legal",
    kind: "que tipo de composto é",
    history: "história",
    stacks: "combinações",
    comparison: "comparações",
  },
  topics: {
    dose: "dose",
    pharmacokinetics: "meia-vida e duração",
    cycling: "ciclos",
    mechanism: "mecanismo",
    effect: "efeitos",
    safety: "segurança",
    evidence: "evidências",
    "legal-status": "situação legal",
    history: "história",
  },
  /** Who or what a safety question is about, as a sentence names it. */
  particulars: {
    children: "o uso por crianças ou adolescentes",
    pets: "dar a animais de estimação",
    driving: "dirigir",
    headaches: "dores de cabeça",
    overdose: "uma overdose",
    "half-life": "a meia-vida",
  },
  goalWords: {
    memory: "memória",
    focus: "foco",
    mood: "humor",
    anxiety: "ansiedade",
    neuroprotection: "neuroproteção",
    learning: "aprendizado",
  },
} satisfies Catalogue<typeof en>;
