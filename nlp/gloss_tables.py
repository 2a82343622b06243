"""The gloss tables: function words to tell languages apart, and the phrases and words a claim needs.

Only what a claim is made of is glossed: groups and their sizes, numbers written as words,
diabetes types, cell therapies, outcomes, times and the little words that tie them
("10 de 12 pacientes", "al cabo de un año"). Phrases are regular expressions (matched
case-insensitively, whole words, longest first) with an English replacement; words are a
plain lower-case table. A word missing here stays as written, which costs a claim, never
invents one.
"""
from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that with for was were are this by on from it as have has had which".split()),
    "es": frozenset("el los las del y que con para una por es se más sus fue como al pero también está son lo".split()),
    "pt": frozenset("os das dos não uma com para que em do da é são mais foi como ao no na pelo pela também".split()),
    "it": frozenset("il gli della delle dei che per con una non è sono più anche nel nella alla degli ha di da si dal sul".split()),
    "fr": frozenset("le les des du et pour avec une dans est sont plus qui au aux sur pas ont été cette".split()),
    "de": frozenset("der die das und mit von für ist nicht ein eine den dem zu auf sich wurde werden auch bei".split()),
    # Dutch's own words only: 'de', 'en', 'die', 'als', 'er' are Spanish, French or German words too
    # Polish's own words: 'na', 'do', 'po', 'od', 'i', 'to' are shared with Portuguese, Croatian, Czech or English
    "pl": frozenset("w z się że jest przez dla oraz które który która których jego jej był była były już także tylko są został została zostały można może również jako".split()),
    "nl": frozenset("het een van dat op zijn met voor niet ook bij wordt worden naar uit maar nog deze dit hun heeft hebben werd zich kan".split()),
}

_NUM = {
    "es": "uno:one un:a una:a dos:two tres:three cuatro:four cinco:five seis:six siete:seven ocho:eight nueve:nine "
          "diez:ten once:eleven doce:twelve trece:thirteen catorce:fourteen quince:fifteen dieciséis:sixteen "
          "diecisiete:seventeen dieciocho:eighteen diecinueve:nineteen veinte:twenty veintiuno:twenty-one "
          "veintidós:twenty-two veintitrés:twenty-three veinticuatro:twenty-four treinta:thirty cuarenta:forty "
          "cincuenta:fifty cien:hundred ciento:hundred",
    "pt": "um:a uma:a dois:two duas:two três:three quatro:four cinco:five seis:six sete:seven oito:eight nove:nine "
          "dez:ten onze:eleven doze:twelve treze:thirteen catorze:fourteen quinze:fifteen dezesseis:sixteen "
          "vinte:twenty trinta:thirty quarenta:forty cinquenta:fifty cem:hundred",
    "it": "uno:one un:a una:a due:two tre:three quattro:four cinque:five sei:six sette:seven otto:eight nove:nine "
          "dieci:ten undici:eleven dodici:twelve tredici:thirteen quattordici:fourteen quindici:fifteen "
          "sedici:sixteen venti:twenty ventuno:twenty-one trenta:thirty quaranta:forty cinquanta:fifty cento:hundred",
    "fr": "un:a une:a deux:two trois:three quatre:four cinq:five six:six sept:seven huit:eight neuf:nine dix:ten "
          "onze:eleven douze:twelve treize:thirteen quatorze:fourteen quinze:fifteen seize:sixteen vingt:twenty "
          "trente:thirty quarante:forty cinquante:fifty cent:hundred",
    "de": "ein:a eine:a einen:a einem:a einer:a eines:a zwei:two drei:three vier:four fünf:five sechs:six "
          "sieben:seven acht:eight neun:nine zehn:ten elf:eleven zwölf:twelve dreizehn:thirteen vierzehn:fourteen "
          "fünfzehn:fifteen sechzehn:sixteen zwanzig:twenty dreißig:thirty vierzig:forty fünfzig:fifty hundert:hundred",
}

_WORDS = {
    "es": """medicación:medication detectable:detectable vive:lives viva:lives viven:live vivir:live comenzó:began comenzaron:began empezó:began empezaron:began propia:own propio:own riesgo:risk corría:ran procedimiento:procedure intervención:procedure registraron:recorded
        aproximadamente:approximately insulinodependiente:insulin-dependent insulinodependientes:insulin-dependent diarias:daily diaria:daily diario:daily glucemia:blood_glucose glucemias:blood_glucose ayunas:fasting supervivencia:survival muerte:death muertes:deaths tasa:rate requerían:required requería:required requirieron:required requirió:required
        investigadores:researchers científicos:scientists médicos:doctors trataron:treated trató:treated según:according_to
        potencial:potential podría:could podrían:could puede:can pueden:can objetivo:goal capacidad:ability restaurar:restore restaura:restores podrá:could esperan:hope espera:hopes busca:aims buscan:aim pretende:aims futuro:future posible:possible posibles:possible ratones:mice animales:animals laboratorio:laboratory
        millones:million millón:million mil:thousand éstos:these estos:these éstas:these estas:these este:this esta:this esto:this alcanzaron:reached alcanzó:reached alcanzan:reach grupo:group grupos:groups infusiones:infusions intravenosas:intravenous intravenosa:intravenous medidos:measured medido:measured medida:measured evaluados:assessed evaluaron:assessed mejoraron:improved mejoró:improved recibían:received tenían:had seguidos:followed siguieron:followed
        el:the la:the los:the las:the lo:it y:and e:and o:or de:of del:of_the al:to_the en:in con:with sin:without
        para:for por:by que:who se:_ su:their sus:their pacientes:patients paciente:patient voluntarios:volunteers
        participantes:participants personas:people persona:person hombre:man varón:man mujer:woman niños:children
        niño:boy niña:girl joven:young jóvenes:young años:years año:year meses:months mes:month semanas:weeks semana:week
        días:days día:day horas:hours insulina:insulin inyecciones:injections inyección:injection dosis:dose
        tratamiento:treatment terapia:therapy trasplante:transplant trasplantes:transplants islotes:islets
        células:cells páncreas:pancreas recibieron:received recibió:received recibir:receive lograron:achieved
        logró:achieved consiguió:managed consiguieron:managed mostraron:showed mostró:showed mantuvieron:maintained
        mantuvo:maintained mantenerse:remain redujeron:reduced redujo:reduced reducir:reduce necesitaron:needed
        necesitó:needed necesitan:need necesita:needs necesitar:need necesidad:need todos:all todas:all ninguno:none
        ningún:no ninguna:no otros:other otras:other otro:another primer:first primera:first primeros:first
        después:after tras:after antes:before durante:for desde:since hasta:until más:more menos:less no:not
        nunca:never ya:already aún:still todavía:still graves:severe grave:severe ensayo:trial estudio:study
        fase:phase resultados:results glucosa:glucose azúcar:sugar sangre:blood niveles:levels nivel:level
        efectos:effects adversos:adverse secundarios:side murió:died murieron:died falleció:died fallecieron:died
        ratones:mice ratas:rats cerdo:pig cerdos:pigs tipo:type mediana:median media:mean promedio:average
        seguimiento:follow-up ambos:both cada:each solo:only sólo:only única:single vez:time veces:times
        quienes:who ellos:them es:is son:are fue:was fueron:were ha:has han:have había:had habían:had sido:been
        está:is están:are estuvo:was estuvieron:were tiene:has tienen:have tenía:had casi:almost entre:between
        como:as pero:but también:also cuando:when donde:where receptora:recipient receptor:recipient
        diabéticos:diabetics diabético:diabetic diabética:diabetic hipoglucemia:hypoglycemia
        hipoglucemias:hypoglycemia completa:full completo:full completamente:completely inyectarse:inject
        medicamentos:medications medicamento:medication fármacos:drugs pastillas:pills oral:oral orales:oral
        inmunosupresores:immunosuppressants inmunosupresión:immunosuppression encapsulados:encapsulated
        hígado:liver vena:vein porta:portal donante:donor donantes:donors cadáver:deceased sometió:underwent
        sometieron:underwent sometidos:undergoing tratados:treated tratado:treated tratada:treated infusión:infusion
        producción:production producir:produce producen:produce produce:produces producía:produced
        restaurada:restored restauró:restored recuperó:recovered recuperara:recovered recuperaron:recovered
        normales:normal normal:normal ratón:mouse actualmente:currently hoy:today mujeres:women hombres:men
        adultos:adults adulto:adult niveles:levels control:control glucémico:glycemic estables:stable
        diagnosticados:diagnosed diagnosticado:diagnosed recién:newly presentaron:had presentó:had sufrió:suffered
        sufrieron:suffered complicaciones:complications complicación:complication infección:infection
        rechazo:rejection injerto:graft injertos:grafts funcionando:working funcionan:work función:function""",
    "pt": """medicação:medication medicações:medications diabete:diabetes vive:lives vivem:live começou:began começaram:began própria:own próprio:own risco:risk corria:ran procedimento:procedure intervenção:procedure elimina:eliminates uso:use usar:use
        aproximadamente:approximately cerca:about insulinodependente:insulin-dependent insulinodependentes:insulin-dependent diárias:daily diária:daily diário:daily glicemia:blood_glucose jejum:fasting sobrevida:survival sobrevivência:survival morte:death mortes:deaths taxa:rate
        pesquisadores:researchers investigadores:researchers cientistas:scientists médicos:doctors trataram:treated segundo:according_to
        potencial:potential poderia:could poderiam:could pode:can podem:can objetivo:goal capacidade:ability restaurar:restore esperam:hope futuro:future possível:possible animais:animals laboratório:laboratory
        milhões:million milhão:million mil:thousand estes:these estas:these este:this esta:this alcançaram:reached grupo:group grupos:groups medidos:measured avaliados:assessed melhoraram:improved melhorou:improved acompanhados:followed
        o:the a:the os:the as:the e:and ou:or de:of do:of_the da:of_the dos:of_the das:of_the em:in no:in_the
        na:in_the nos:in_the nas:in_the com:with sem:without para:for por:by pelo:by_the pela:by_the que:who se:_
        seu:their sua:their seus:their suas:their pacientes:patients paciente:patient doentes:patients doente:patient
        voluntários:volunteers participantes:participants pessoas:people pessoa:person homem:man mulher:woman
        crianças:children jovem:young jovens:young anos:years ano:year meses:months mês:month semanas:weeks
        semana:week dias:days dia:day horas:hours insulina:insulin injeções:injections injeção:injection
        injecções:injections dose:dose doses:doses tratamento:treatment terapia:therapy transplante:transplant
        transplantes:transplants ilhotas:islets células:cells pâncreas:pancreas receberam:received recebeu:received
        conseguiram:managed conseguiu:managed mostraram:showed mostrou:showed mantiveram:maintained manteve:maintained
        reduziram:reduced reduziu:reduced precisaram:needed precisou:needed precisam:need precisa:needs
        necessidade:need todos:all todas:all nenhum:no nenhuma:no outros:other outras:other primeiro:first
        primeira:first após:after depois:after antes:before durante:for desde:since até:until mais:more menos:less
        não:not nunca:never já:already ainda:still graves:severe grave:severe ensaio:trial estudo:study fase:phase
        resultados:results glicose:glucose açúcar:sugar sangue:blood níveis:levels nível:level efeitos:effects
        adversos:adverse colaterais:side morreu:died morreram:died faleceu:died ratos:mice porcos:pigs tipo:type
        mediana:median média:mean seguimento:follow-up acompanhamento:follow-up ambos:both cada:each só:only
        apenas:only única:single vez:time vezes:times eles:them é:is são:are foi:was foram:were tem:has têm:have
        tinha:had teve:had tiveram:had quase:almost entre:between como:as mas:but também:also quando:when onde:where
        diabéticos:diabetics diabético:diabetic diabética:diabetic hipoglicemia:hypoglycemia
        hipoglicemias:hypoglycemia completa:full completo:full completamente:completely medicamentos:medications
        medicamento:medication remédios:medications comprimidos:pills oral:oral orais:oral
        imunossupressores:immunosuppressants fígado:liver doador:donor doadores:donors tratados:treated
        produção:production produzir:produce produzem:produce produz:produces normais:normal atualmente:currently
        hoje:today adultos:adults controle:control controlo:control glicémico:glycemic glicêmico:glycemic
        diagnosticados:diagnosed apresentaram:had complicações:complications infecção:infection rejeição:rejection
        enxerto:graft função:function livres:free livre:free deixaram:stopped deixou:stopped""",
    "it": """indicano:indicate diabete:diabetes vive:lives vivere:live iniziato:begun propria:own proprio:own rischio:risk intervento:procedure procedura:procedure mezzo:half
        circa:about insulinodipendente:insulin-dependent insulinodipendenti:insulin-dependent quotidiane:daily quotidiana:daily giornaliere:daily glicemia:blood_glucose digiuno:fasting sopravvivenza:survival morte:death decessi:deaths tasso:rate
        ricercatori:researchers scienziati:scientists medici:doctors trattato:treated secondo:according_to
        potenziale:potential potrebbe:could potrebbero:could può:can possono:can obiettivo:goal capacità:ability ripristinare:restore sperano:hope futuro:future possibile:possible animali:animals laboratorio:laboratory
        milioni:million milione:million mila:thousand questi:these queste:these questo:this questa:this gruppo:group gruppi:groups misurati:measured misurato:measured misurata:measured valutati:assessed migliorato:improved seguiti:followed stanno:are
        il:the lo:the la:the i:the gli:the le:the l':the e:and ed:and o:or di:of del:of_the dello:of_the
        della:of_the dei:of_the degli:of_the delle:of_the dell':of_the in:in nel:in_the nella:in_the nei:in_the
        con:with senza:without per:for da:from dal:from_the dalla:from_the dall':from_the che:who si:_ su:of
        loro:their suo:his sua:her pazienti:patients paziente:patient volontari:volunteers partecipanti:participants
        persone:people persona:person uomo:man donna:woman bambini:children giovane:young giovani:young anni:years
        anno:year mesi:months mese:month settimane:weeks settimana:week giorni:days giorno:day ore:hours
        insulina:insulin iniezioni:injections iniezione:injection dose:dose trattamento:treatment terapia:therapy
        trapianto:transplant trapianti:transplants isole:islets cellule:cells pancreas:pancreas ricevuto:received
        ricevuta:received raggiunto:achieved mostrato:showed mantenuto:maintained ridotto:reduced bisogno:need
        tutti:all tutte:all nessuno:none nessun:no altri:other altre:other primo:first prima:first dopo:after
        durante:for fino:up più:more meno:less non:not mai:never già:already ancora:still gravi:severe grave:severe
        studio:study sperimentazione:trial fase:phase risultati:results glucosio:glucose zucchero:sugar sangue:blood
        livelli:levels effetti:effects avversi:adverse collaterali:side morto:died morti:died topi:mice maiali:pigs
        tipo:type mediana:median media:mean ambedue:both ogni:each solo:only soltanto:only volta:time volte:times
        è:is sono:are stato:been stati:been stata:been ha:has hanno:have aveva:had avevano:had quasi:almost
        tra:between fra:between come:as ma:but anche:also quando:when dove:where diabetici:diabetics
        diabetico:diabetic diabetica:diabetic ipoglicemia:hypoglycemia ipoglicemie:hypoglycemia completa:full
        completo:full farmaci:drugs farmaco:drug immunosoppressori:immunosuppressants fegato:liver donatore:donor
        donatori:donors trattati:treated produzione:production producono:produce producendo:producing
        produrre:produce normali:normal attualmente:currently oggi:today adulti:adults controllo:control
        glicemico:glycemic diagnosticati:diagnosed complicanze:complications infezione:infection rigetto:rejection
        indipendenza:independence sottoposti:undergoing sottoposte:undergoing interventi:procedures ulteriori:further
        necessità:need""",
    "fr": """diabète:diabetes vit:lives vivre:live commencé:begun propre:own risque:risk intervention:procedure procédure:procedure réduire:reduce
        environ:about insulinodépendant:insulin-dependent insulinodépendants:insulin-dependent quotidiennes:daily quotidienne:daily glycémie:blood_glucose jeûn:fasting survie:survival mort:death taux:rate
        chercheurs:researchers scientifiques:scientists médecins:doctors traité:treated selon:according_to
        potentiel:potential pourrait:could pourraient:could peut:can peuvent:can objectif:goal capacité:ability restaurer:restore chargées:responsible chargés:responsible espèrent:hope futur:future possible:possible animaux:animals laboratoire:laboratory
        millions:million million:million mille:thousand ces:these ce:this cette:this groupe:group groupes:groups mesurés:measured mesuré:measured évalués:assessed amélioré:improved suivis:followed
        le:the la:the les:the l':the et:and ou:or de:of d':of du:of_the des:of_the en:in dans:in au:in_the
        aux:in_the avec:with sans:without pour:for par:by que:that qui:who se:_ s':_ leur:their leurs:their
        son:their sa:their ses:their patients:patients patient:patient patiente:patient patientes:patients
        malades:patients volontaires:volunteers participants:participants personnes:people personne:person
        homme:man femme:woman enfants:children jeune:young jeunes:young ans:years an:year années:years année:year
        mois:months semaines:weeks semaine:week jours:days jour:day heures:hours insuline:insulin
        injections:injections injection:injection dose:dose doses:doses traitement:treatment thérapie:therapy
        greffe:transplant greffes:transplants transplantation:transplant îlots:islets cellules:cells
        pancréas:pancreas reçu:received obtenu:achieved montré:showed maintenu:maintained réduit:reduced
        besoin:need tous:all toutes:all aucun:no aucune:no autres:other premier:first première:first après:after
        pendant:for depuis:for jusqu':until plus:more moins:less ne:_ n':_ pas:not jamais:never déjà:already
        encore:still graves:severe grave:severe essai:trial étude:study phase:phase résultats:results
        glucose:glucose sucre:sugar sang:blood niveaux:levels effets:effects indésirables:adverse secondaires:side
        décédé:died décès:deaths souris:mice porcs:pigs type:type médiane:median moyenne:mean chaque:each
        seulement:only fois:times est:is sont:are été:been a:has ont:have avait:had avaient:had presque:almost
        entre:between comme:as mais:but aussi:also quand:when où:where diabétiques:diabetics diabétique:diabetic
        hypoglycémie:hypoglycemia hypoglycémies:hypoglycemia complète:full complet:full médicaments:medications
        médicament:medication immunosuppresseurs:immunosuppressants foie:liver donneur:donor donneurs:donors
        traités:treated production:production produire:produce produisent:produce normale:normal normaux:normal
        actuellement:currently adultes:adults contrôle:control glycémique:glycemic diagnostiqués:diagnosed
        complications:complications infection:infection rejet:rejection greffon:graft fonction:function
        sur:of""",
    "de": """nachweisbar:detectable messbare:measurable messbar:measurable leben:live lebt:lives begann:began eigene:own eigenes:own risiko:risk eingriff:procedure teilnehmende:participants ernste:serious ernsten:serious neutropenien:neutropenia innerhalb:within externes:external
        insulinpflichtig:insulin-dependent insulinpflichtige:insulin-dependent insulinabhängig:insulin-dependent blutzuckerspiegel:blood_sugar nüchtern:fasting überleben:survival tod:death todesfälle:deaths rate:rate
        bisher:so_far schon:already hinweg:_ wegen:because_of haarausfall:hair_loss lag:was später:later etwa:about rund:about täglich:daily tägliche:daily täglichen:daily erfolgreich:successful wenigen:few insgesamt:in_total nachdem:after
        forscher:researchers forschende:researchers wissenschaftler:scientists ärzte:doctors behandelten:treated laut:according_to
        potenzial:potential könnte:could könnten:could kann:can können:can ziel:goal fähigkeit:ability wiederherstellen:restore hoffen:hope zukunft:future möglich:possible tiere:animals labor:laboratory versiegt:ceased
        millionen:million million:million tausend:thousand diese:these dieser:this diesen:these gruppe:group gruppen:groups gemessen:measured untersucht:examined verbessert:improved nötig:needed notwendig:needed insulin-spritze:insulin_injection insulin-spritzen:insulin_injections insulin-injektionen:insulin_injections insulingaben:insulin_doses
        der:the die:the das:the den:the dem:the des:of_the und:and oder:or von:of vom:of_the mit:with
        ohne:without für:for bei:in durch:by nach:after vor:before seit:for während:during bis:until im:in_the
        in:in zu:to zum:to_the zur:to_the auf:on aus:from über:over unter:under patienten:patients patient:patient
        patientin:patient patientinnen:patients probanden:volunteers teilnehmer:participants menschen:people
        personen:people person:person mann:man frau:woman kinder:children jahre:years jahren:years jahr:year
        jahres:year monate:months monaten:months monat:month wochen:weeks woche:week tage:days tagen:days tag:day
        stunden:hours insulin:insulin injektionen:injections insulinspritzen:insulin_injections
        insulininjektionen:insulin_injections spritzen:injections dosis:dose behandlung:treatment therapie:therapy
        transplantation:transplant inselzellen:islet_cells inseln:islets zellen:cells bauchspeicheldrüse:pancreas
        erhielten:received erhielt:received alle:all keine:no kein:no keinen:no andere:other anderen:other
        ersten:first erste:first mehr:more weniger:less nicht:not nie:never noch:still bereits:already
        schwere:severe schweren:severe studie:study phase:phase ergebnisse:results blutzucker:blood_sugar
        nebenwirkungen:side_effects starb:died starben:died mäuse:mice schweine:pigs typ:type median:median
        durchschnitt:average jeder:each nur:only mal:times ist:is sind:are war:was waren:were wurde:was
        wurden:were hat:has haben:have hatte:had hatten:had fast:almost zwischen:between wie:as aber:but auch:also
        wenn:when wo:where diabetiker:diabetics diabetikerin:diabetic unterzuckerung:hypoglycemia
        unterzuckerungen:hypoglycemia hypoglykämien:hypoglycemia hypoglykämie:hypoglycemia vollständig:completely
        medikamente:medications immunsuppressiva:immunosuppressants leber:liver spender:donor behandelt:treated
        produktion:production produzieren:produce produzierten:produced produziert:produced normal:normal
        erwachsene:adults komplikationen:complications infektion:infection abstoßung:rejection transplantat:graft
        funktion:function benötigen:need benötigten:needed benötigt:needed brauchen:need brauchten:needed
        braucht:needs brauchte:needed""",
}

_PHRASES: dict[str, list[tuple[str, str]]] = {
    "es": [
        (r"suspend\w*\s+(?:el\s+uso\s+de\s+)?(?:la\s+)?insulina(?!\s+(?:r[áa]pida|basal|prandial|lenta|nocturna|de\s+acci[óo]n))", "stopped insulin"), (r"muerte\s+cerebral", "brain death"),
        (r"durante(?=\s+(?:el|la|los|las|su|sus|este|esta|todo|toda)\b)", "during"),
        (r"tiempo\s+en\s+(?:el\s+)?rango(?:\s+gluc[ée]mico)?", "time in range"),
        (r"dej\w*\s+de\s+(?:necesitar|usar|inyectarse|requerir|depender\s+de)\s+(?:la\s+)?insulina", "stopped needing insulin"),
        (r"(?:la\s+)?independencia\s+total(?:\s+de\s+(?:la\s+)?insulina)?", "complete insulin independence"),
        (r"ya\s+no\s+(?:est[áa]n?\s+)?(?:necesitando|requiriendo|usando)(?:\s+de)?", "no longer needed"),
        (r"de\s+las\s+personas", "of people"), (r"las\s+personas", "people"),
        (r"ninguno\s+de\s+los\s+pacientes", "none of the patients"), (r"ning[úu]n\s+paciente", "no patient"),
        (r"(?:seguimiento\s+medio|media\s+de\s+seguimiento)\s+de", "mean follow-up of"), (r"mediana\s+de\s+seguimiento\s+de", "median follow-up of"),
        (r"meses\s+de\s+seguimiento", "months of follow-up"), (r"años\s+de\s+seguimiento", "years of follow-up"),
        (r"inyecciones\s+diarias\s+de\s+insulina", "daily insulin injections"), (r"inyecciones\s+de\s+insulina", "insulin injections"),
        (r"dependencia\s+de\s+(?:la\s+)?insulina", "insulin dependence"), (r"efectos\s+adversos\s+graves", "serious adverse events"),
        (r"libres?\s+de", "free of"), (r"entre\s+(\d+)\s+y\s+(\d+)\s+años(?:\s+de\s+edad)?", r"aged \1 to \2"),
        (r"menos\s+del", "less than"), (r"m[áa]s\s+del", "more than"), (r"a\s+la\s+mitad", "by half"),
        (r"efectos\s+(?:secundarios|adversos)", "side effects"), (r"eventos\s+adversos", "adverse events"),
        (r"producci[óo]n\s+(?:natural\s+)?de\s+insulina", "insulin production"), (r"control\s+gluc[ée]mico", "glycemic control"),
        (r"dosis\s+complet?a", "full dose"), (r"tuvieron\s+una\s+mejor[íi]a", "improved"), (r"no\s+alcanzan", "do not reach"),
        (r"(?:fue|fueron)\s+seguidos?\s+(?:durante|por)", "were followed for"), (r"seguimiento\s+de", "follow-up of"),
        (r"diabetes\s+(?:mellitus\s+)?(?:de\s+)?tipo\s+([12])", r"type \1 diabetes"),
        (r"diab[ée]tic[oa]s?\s+(?:de\s+)?tipo\s+([12])", r"type \1 diabetics"),
        (r"DM\s?([12])", r"type \1 diabetes"), (r"DT([12])", r"type \1 diabetes"),
        (r"c[ée]lulas\s+madre\s+mesenquimales", "mesenchymal stem cells"),
        (r"c[ée]lulas\s+madre\s+(?:pluripotentes\s+)?inducidas", "induced pluripotent stem cells"),
        (r"c[ée]lulas\s+madre\s+hematopoy[ée]ticas", "hematopoietic stem cells"),
        (r"c[ée]lulas\s+madre", "stem cells"), (r"c[ée]lulas\s+beta", "beta cells"),
        (r"c[ée]lulas\s+productoras\s+de\s+insulina", "insulin-producing cells"),
        (r"m[ée]dula\s+[óo]sea", "bone marrow"), (r"cord[óo]n\s+umbilical", "umbilical cord"),
        (r"trasplante\s+de\s+islotes(?:\s+pancre[áa]ticos)?", "islet transplant"),
        (r"islotes\s+pancre[áa]ticos", "pancreatic islets"), (r"islotes\s+de\s+Langerhans", "islets"),
        (r"p[ée]ptido\s*-?\s*C", "C-peptide"),
        (r"hemoglobina\s+gl[iu]c(?:os)?ilada|hemoglobina\s+glicada", "HbA1c"),
        (r"libres?\s+de\s+insulina", "insulin-free"),
        (r"(?:la\s+)?independencia\s+(?:de\s+la\s+|de\s+)?insulina", "insulin independence"),
        (r"insulino-?independientes?", "insulin-independent"),
        (r"dej(?:ó|aron)\s+de\s+ser\s+insulino-?dependientes?", "became insulin-independent"),
        (r"dej(?:ó|aron|a|an)\s+de\s+(?:depender\s+de|tomar|necesitar)\s+(?:los\s+)?(?:medicamentos|fármacos|pastillas)", "stopped all medications"),
        (r"dej(?:ó|aron)\s+(?:por\s+completo\s+|completamente\s+)?la\s+insulina(?!\s+(?:r[áa]pida|basal|prandial|lenta|nocturna|de\s+acci[óo]n))", "stopped insulin"),
        (r"abandon(?:ó|aron)\s+(?:el\s+uso\s+de\s+)?la\s+insulina(?!\s+(?:r[áa]pida|basal|prandial|lenta|nocturna|de\s+acci[óo]n))", "stopped insulin"),
        (r"suprimi(?:ó|eron)\s+(?:el\s+tratamiento\s+con\s+)?(?:la\s+)?insulina", "stopped insulin"),
        (r"sin\s+necesidad\s+de\s+(?:inyecciones\s+de\s+|administrarse\s+|inyectarse\s+)?insulina", "without insulin"),
        (r"ya\s+no\s+(?:necesit|requ[ie]r|us|utiliz|depend)\w*(?:\s+de)?", "no longer needed"),
        (r"no\s+(?:necesit|requ[ie]r)\w*\s+(?:inyecciones\s+de\s+)?insulina", "needed no insulin"),
        (r"sin\s+hipoglucemias\s+graves", "without severe hypoglycemia"),
        (r"(?:eventos|episodios)\s+(?:de\s+)?hipogluc[ée]mi(?:c|a)[oa]?s?\s+graves", "severe hypoglycemic events"),
        (r"al\s+cabo\s+de", "after"), (r"despu[ée]s\s+de(?:l)?", "after"), (r"a\s+los\s+(?=\d|\w+\s+(?:meses|años|días|semanas))", "at "),
        (r"m[áa]s\s+de", "more than"), (r"menos\s+de", "less than"), (r"por\s+debajo\s+del?", "below"),
        (r"inferior(?:es)?\s+al?", "below"), (r"por\s+ciento", "percent"), (r"por\s+completo", "completely"),
        (r"(?:el|un)\s+(\d+(?:[.,]\d+)?)\s*%", r"\1%"), (r"(?:el|un)\s+(\d+(?:[.,]\d+)?)\s+por\s+ciento", r"\1 percent"),
        (r"(\d+),(\d+)\s*%", r"\1.\2%"),
        (r"de\s+entre\s+(\d+)\s+y\s+(\d+)\s+años", r"aged \1 to \2"),
        (r"hombre\s+de\s+(\d+)\s+años(?:\s+de\s+edad)?", r"man aged \1"),
        (r"mujer\s+de\s+(\d+)\s+años(?:\s+de\s+edad)?", r"woman aged \1"),
        (r"paciente\s+de\s+(\d+)\s+años(?:\s+de\s+edad)?", r"patient aged \1"),
        (r"(\d+)\s+años\s+de\s+edad", r"aged \1"), (r"ensayo\s+cl[íi]nico", "clinical trial"),
        (r"sometidos?\s+a", "undergoing"), (r"se\s+someti(?:ó|eron)\s+a", "underwent"),
        (r"de\s+ellos", "of them"), (r"todos\s+ellos", "all of them"), (r"estado\s+de\s+salud", "health"),
        (r"efectos\s+(?:adversos|secundarios)\s+graves", "serious adverse events"),
    ],
    "pt": [
        (r"suspend\w*\s+(?:o\s+uso\s+d[ea]\s+|a\s+)?insulina", "stopped insulin"), (r"morte\s+cerebral", "brain death"),
        (r"h[áa](?=\s+(?:mais|menos|quase|cerca|\d|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez)\b)", "for"),
        (r"durante(?=\s+(?:o|a|os|as|seu|sua|todo|toda)\b)", "during"), (r"tempo\s+(?:no|em)\s+(?:alvo|intervalo)", "time in range"),
        (r"par\w*\s+de\s+(?:usar\s+|tomar\s+|aplicar\s+|precisar\s+de\s+)?(?:suas\s+|as\s+|a\s+)?(?:inje[çc][õo]es\s+de\s+)?insulina", "stopped insulin"),
        (r"deix\w*\s+de\s+(?:precisar\s+de|usar|tomar|depender\s+de|aplicar)\s+(?:a\s+)?insulina", "stopped needing insulin"),
        (r"das\s+pessoas", "of people"), (r"as\s+pessoas", "people"),
        (r"nenhum\s+dos\s+pacientes", "none of the patients"), (r"nenhum\s+paciente", "no patient"),
        (r"meses\s+de\s+(?:seguimento|acompanhamento)", "months of follow-up"), (r"anos\s+de\s+(?:seguimento|acompanhamento)", "years of follow-up"),
        (r"inje[çc][õo]es\s+(?:diárias\s+)?de\s+insulina", "insulin injections"), (r"depend[êe]ncia\s+(?:da\s+|de\s+)?insulina", "insulin dependence"),
        (r"livres?\s+de", "free of"), (r"efeitos\s+(?:colaterais|adversos)", "side effects"), (r"eventos\s+adversos", "adverse events"),
        (r"produ[çc][ãa]o\s+(?:natural\s+)?de\s+insulina", "insulin production"), (r"controle\s+glic[êe]mico", "glycemic control"),
        (r"entre\s+(\d+)\s+e\s+(\d+)\s+anos(?:\s+de\s+idade)?", r"aged \1 to \2"), (r"pela\s+metade", "by half"),
        (r"diabetes\s+(?:mellitus\s+)?(?:do\s+|de\s+)?tipo\s+([12])", r"type \1 diabetes"),
        (r"diab[ée]tic[oa]s?\s+(?:do\s+|de\s+)?tipo\s+([12])", r"type \1 diabetics"), (r"DM\s?([12])", r"type \1 diabetes"),
        (r"c[ée]lulas[- ](?:tronco|estaminais)\s+mesenquimais", "mesenchymal stem cells"),
        (r"c[ée]lulas[- ](?:tronco|estaminais)(?:\s+pluripotentes)?\s+induzidas", "induced pluripotent stem cells"),
        (r"c[ée]lulas[- ](?:tronco|estaminais)\s+hematopo[ée]ticas", "hematopoietic stem cells"),
        (r"c[ée]lulas[- ](?:tronco|estaminais)", "stem cells"), (r"c[ée]lulas\s+beta", "beta cells"),
        (r"c[ée]lulas\s+produtoras\s+de\s+insulina", "insulin-producing cells"),
        (r"medula\s+[óo]ssea", "bone marrow"), (r"cord[ãa]o\s+umbilical", "umbilical cord"),
        (r"transplante\s+de\s+ilhotas(?:\s+pancre[áa]ticas)?", "islet transplant"),
        (r"ilhotas\s+pancre[áa]ticas", "pancreatic islets"), (r"pept[íi]deo\s*-?\s*C", "C-peptide"),
        (r"hemoglobina\s+glicada|hemoglobina\s+glicosilada", "HbA1c"),
        (r"livres?\s+de\s+insulina", "insulin-free"), (r"(?:a\s+)?independ[êe]ncia\s+(?:da\s+|de\s+)?insulina", "insulin independence"),
        (r"insulino-?independentes?", "insulin-independent"),
        (r"deix(?:ou|aram)\s+de\s+(?:precisar\s+de|tomar|depender\s+de)\s+(?:os\s+)?(?:medicamentos|remédios|comprimidos)", "stopped all medications"),
        (r"sem\s+(?:necessidade\s+de\s+|precisar\s+de\s+)?(?:injeç[õo]es\s+de\s+|aplicar\s+)?insulina", "without insulin"),
        (r"j[áa]\s+n[ãa]o\s+(?:precis|necessit|us|depend)\w*(?:\s+de)?", "no longer needed"),
        (r"n[ãa]o\s+(?:precis|necessit|us|depend)\w*\s+mais(?:\s+de)?", "no longer needed"),
        (r"n[ãa]o\s+(?:precis|necessit)\w*\s+de\s+(?:injeç[õo]es\s+de\s+)?insulina", "needed no insulin"),
        (r"ap[óo]s", "after"), (r"depois\s+de", "after"), (r"mais\s+de", "more than"), (r"menos\s+de", "less than"),
        (r"abaixo\s+de", "below"), (r"por\s+cento", "percent"), (r"(\d+),(\d+)\s*%", r"\1.\2%"),
        (r"homem\s+de\s+(\d+)\s+anos(?:\s+de\s+idade)?", r"man aged \1"), (r"mulher\s+de\s+(\d+)\s+anos(?:\s+de\s+idade)?", r"woman aged \1"),
        (r"paciente\s+de\s+(\d+)\s+anos(?:\s+de\s+idade)?", r"patient aged \1"), (r"(\d+)\s+anos\s+de\s+idade", r"aged \1"),
        (r"ensaio\s+cl[íi]nico", "clinical trial"), (r"submetid[oa]s?\s+a", "undergoing"),
    ],
    "it": [
        (r"sospes\w*\s+(?:l['’]uso\s+dell['’]|l['’])insulina", "stopped insulin"), (r"morte\s+cerebrale", "brain death"),
        (r"durante(?=\s+(?:il|lo|la|i|gli|le|l['’]|tutto|tutta)\b)", "during"), (r"tempo\s+(?:nel|in)\s+range", "time in range"),
        (r"indipendenti?\s+dall?a?\s+(?:somministrazione\s+(?:di\s+|dell['’])|)insulina", "insulin-independent"),
        (r"non\s+(?:ha|hanno|aveva|avevano)\s+pi[uù]['’]?\s+(?:avuto\s+)?bisogno\s+(?:di\s+|dell['’])(?:somministrarsi\s+|assumere\s+|iniettarsi\s+|usare\s+)?(?:l['’])?insulina", "no longer needed insulin"),
        (r"non\s+(?:doveva|dovevano|deve|devono)\s+pi[uù]\s+(?:assumere|iniettarsi|usare|prendere)\s+(?:l['’])?insulina", "no longer needed insulin"),
        (r"liberandol[oai]\s+dalla\s+necessit[àa]\s+di\s+(?:assumere\s+|iniettarsi\s+)?(?:l['’])?insulina", "leaving them insulin-free"),
        (r"a\s+(\d+|un)\s+anno\s+(?:di\s+distanza|dall?a?|dall['’])", r"at \1 year after the"), (r"e\s+mezzo", "and a half"),
        (r"delle\s+persone", "of people"), (r"le\s+persone", "people"),
        (r"nessuno\s+dei\s+pazienti", "none of the patients"), (r"nessun\s+paziente", "no patient"),
        (r"mesi\s+di\s+follow-up", "months of follow-up"), (r"anni\s+di\s+follow-up", "years of follow-up"),
        (r"iniezioni\s+(?:quotidiane\s+|giornaliere\s+)?di\s+insulina", "insulin injections"),
        (r"effetti\s+(?:collaterali|avversi)", "side effects"), (r"eventi\s+avversi", "adverse events"),
        (r"produzione\s+(?:naturale\s+)?di\s+insulina", "insulin production"), (r"stanno\s+producendo\s+insulina", "are producing insulin"),
        (r"tra\s+(?:i\s+)?(\d+)\s+e\s+(?:i\s+)?(\d+)\s+anni", r"aged \1 to \2"),
        (r"diabete\s+(?:mellito\s+)?(?:di\s+)?tipo\s+([12])", r"type \1 diabetes"),
        (r"diabetici\s+(?:di\s+)?tipo\s+([12])", r"type \1 diabetics"),
        (r"cellule\s+staminali\s+mesenchimali", "mesenchymal stem cells"),
        (r"cellule\s+staminali\s+(?:pluripotenti\s+)?indotte", "induced pluripotent stem cells"),
        (r"cellule\s+staminali\s+ematopoietiche", "hematopoietic stem cells"), (r"cellule\s+staminali", "stem cells"),
        (r"staminali", "stem cells"), (r"cellule\s+beta", "beta cells"),
        (r"cellule\s+che\s+producono\s+insulina", "insulin-producing cells"), (r"midollo\s+osseo", "bone marrow"),
        (r"trapianto\s+di\s+isole(?:\s+pancreatiche)?", "islet transplant"), (r"isole\s+pancreatiche", "pancreatic islets"),
        (r"peptide\s*-?\s*C", "C-peptide"), (r"emoglobina\s+glicata", "HbA1c"),
        (r"(?:l['’])?indipendenza\s+dall['’]insulina", "insulin independence"), (r"liber[io]\s+dall['’]insulina", "insulin-free"),
        (r"insulino-?indipendenti?", "insulin-independent"),
        (r"non\s+(?:hanno|ha)\s+pi[uù]['’]?\s+avuto\s+bisogno\s+(?:di\s+|dell['’])insulina", "no longer needed insulin"),
        (r"non\s+(?:hanno|ha)\s+pi[uù]['’]?\s+bisogno\s+(?:di\s+|dell['’])insulina", "no longer need insulin"),
        (r"(?:fare|fa|fanno|fatto)\s+a\s+meno\s+(?:dell['’]insulina|delle\s+iniezioni(?:\s+di\s+insulina|\s+dell['’]ormone)?)", "stop insulin"),
        (r"(?:hanno\s+|ha\s+)?smesso\s+(?:di\s+assumere\s+|di\s+usare\s+)?(?:l['’])?insulina", "stopped insulin"),
        (r"senza\s+(?:bisogno\s+di\s+|necessità\s+di\s+)?(?:iniezioni\s+di\s+)?insulina", "without insulin"),
        (r"dopo", "after"), (r"pi[uù]\s+di", "more than"), (r"meno\s+di", "less than"), (r"per\s+cento", "percent"),
        (r"(\d+),(\d+)\s*%", r"\1.\2%"), (r"(?:l['’])(\d+(?:[.,]\d+)?\s*%)", r"\1"),
        (r"(\d+)\s+su\s+(\d+)", r"\1 of \2"), (r"(\d+)\s+di\s+(?:questi|loro)", r"\1 of them"),
        (r"uomo\s+di\s+(\d+)\s+anni", r"man aged \1"), (r"donna\s+di\s+(\d+)\s+anni", r"woman aged \1"),
        (r"sperimentazione\s+clinica", "clinical trial"), (r"studio\s+clinico", "clinical trial"),
    ],
    "fr": [
        (r"(?:en\s+)?[ée]tat\s+de\s+mort\s+c[ée]r[ée]brale", "brain-dead"), (r"mort\s+c[ée]r[ée]brale", "brain death"),
        (r"pendant(?=\s+(?:le|la|les|l['’]|toute?)\b)", "during"), (r"temps\s+dans\s+la\s+cible", "time in range"),
        (r"(?:ne\s+|n['’])(?:\w+\s+)?plus\s+besoin\s+(?:du\s+tout\s+)?d['’](?:injections\s+d['’])?insuline", "no longer needed insulin"),
        (r"des\s+personnes", "of people"), (r"les\s+personnes", "people"),
        (r"aucun\s+des\s+patients", "none of the patients"), (r"aucun\s+patient", "no patient"),
        (r"mois\s+de\s+suivi", "months of follow-up"), (r"ans\s+de\s+suivi", "years of follow-up"), (r"suivi\s+de", "follow-up of"),
        (r"injections\s+(?:quotidiennes\s+)?d['’]insuline", "insulin injections"),
        (r"effets\s+(?:secondaires|ind[ée]sirables)", "side effects"), (r"[ée]v[ée]nements\s+ind[ée]sirables", "adverse events"),
        (r"production\s+(?:naturelle\s+)?d['’]insuline", "insulin production"), (r"(\d+)\s+(?:patients?\s+)?sur\s+(\d+)", r"\1 in \2"),
        (r"diab[èe]te\s+(?:sucré\s+)?de\s+type\s+([12])", r"type \1 diabetes"),
        (r"diab[ée]tiques\s+de\s+type\s+([12])", r"type \1 diabetics"), (r"DT([12])", r"type \1 diabetes"),
        (r"cellules\s+souches\s+m[ée]senchymateuses", "mesenchymal stem cells"),
        (r"cellules\s+souches\s+(?:pluripotentes\s+)?induites", "induced pluripotent stem cells"),
        (r"cellules\s+souches\s+h[ée]matopo[ïi][ée]tiques", "hematopoietic stem cells"), (r"cellules\s+souches", "stem cells"),
        (r"cellules\s+b[ée]ta", "beta cells"), (r"moelle\s+osseuse", "bone marrow"),
        (r"greffe\s+d['’][îi]lots(?:\s+pancr[ée]atiques|\s+de\s+Langerhans)?", "islet transplant"),
        (r"[îi]lots\s+(?:pancr[ée]atiques|de\s+Langerhans)", "pancreatic islets"),
        (r"peptide\s*-?\s*C", "C-peptide"), (r"h[ée]moglobine\s+glyqu[ée]e", "HbA1c"),
        (r"(?:l['’])?insulino-?ind[ée]pendance", "insulin independence"), (r"insulino-?ind[ée]pendants?e?s?", "insulin-independent"),
        (r"(?:l['’])?ind[ée]pendance\s+(?:vis-à-vis\s+de\s+l['’]|à\s+l['’])insuline", "insulin independence"),
        (r"(?:pu\s+)?arr[êe]t(?:er|é)\s+(?:la\s+prise\s+d['’]|les\s+injections\s+d['’]|l['’])insuline", "stopped insulin"),
        (r"(?:ne\s+|n['’])(?:ont|a|avait|avaient)\s+plus\s+besoin\s+d['’](?:injections\s+d['’])?insuline", "no longer needed insulin"),
        (r"sans\s+(?:injections?\s+d['’]|besoin\s+d['’])?insuline", "without insulin"),
        (r"apr[èe]s", "after"), (r"plus\s+de", "more than"), (r"moins\s+de", "less than"), (r"pour\s+cent", "percent"),
        (r"(\d+),(\d+)\s*%", r"\1.\2%"),
        (r"homme\s+de\s+(\d+)\s+ans", r"man aged \1"), (r"femme\s+de\s+(\d+)\s+ans", r"woman aged \1"),
        (r"essai\s+clinique", "clinical trial"),
    ],
    "de": [
        (r"produzier\w*\s+(?:wieder\s+)?eigenes\s+Insulin", "produces its own insulin"),
        (r"ohne\s+(?:jegliche\s+)?Medikamente(?:\s+aus(?:komm\w*|zukommen))?", "no longer needs any medication"),
        (r"ab\s+dem\s+(\d+)\.\s*Tag", r"from day \1"), (r"im\s+(\d+)\.\s*Monat", r"at month \1"), (r"in\s+der\s+(\d+)\.\s*Woche", r"at week \1"),
        (r"keine\s+schweren\s+(?:Hypoglykämien|Unterzuckerungen)\s+mehr", "no longer any severe hypoglycemia"), (r"länger\s+als", "more than"),
        (r"Hirntod|hirntot\w*", "brain death"),
        (r"nach(?=\s+(?:einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|achtzehn|vierundzwanzig|\d+)\s+(?:Jahr|Monat|Woche|Tag))", "at"),
        (r"einem\s+Jahr", "one year"), (r"einem\s+Monat", "one month"), (r"einer\s+Woche", "one week"), (r"einem\s+Tag", "one day"),
        (r"innerhalb\s+von", "within"),
        (r"Zeit\s+im\s+(?:Ziel)?bereich", "time in range"),
        (r"ohne\s+(?:externes\s+|zusätzliches\s+|exogenes\s+|künstliches\s+)?(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben)", "without insulin"),
        (r"ohne\s+(?:Insulin-?)?(?:Injektionen|Spritzen)", "without insulin injections"),
        (r"Insulin\s+(?:wieder\s+)?zu\s+produzieren", "to produce insulin"), (r"Insulin\s+(?:wieder\s+)?(?:selbst|selber)\s+zu\s+produzieren", "to produce insulin on their own"), (r"voller\s+Dosis", "full dose"),
        (r"keine[rs]?\s+der\s+Patienten", "none of the patients"), (r"kein\s+Patient", "no patient"),
        (r"Nachbeobachtung(?:szeit)?\s+von", "follow-up of"),
        (r"(?<!kein )(?<!keine )(?<!kaum )(?<!wenig )(?<!nicht )Insulin\s+produzier(?!te)\w*", "produced insulin"), (r"(?:einem|einen|dem)\s+Patienten", "a patient"),
        (r"(?:der|die|einer|eine)\s+Patientin", "the patient"), (r"Insulinproduktion", "insulin production"),
        (r"nicht\s+mehr\s+n[öo]tig", "no longer needed"), (r"immer\s+noch\s+kein(?:e)?\s+Insulin", "still no insulin"),
        (r"(?<![\w-])Insulin(?=\s+(?:[\w-]+\s+){0,8}?abgesetzt)", "stopped insulin"), (r"abgesetzt", ""),
        (r"(?:brauch|ben[öo]tig)\w*\s+(?:die\s+|der\s+)?(?:Patient\w*|Mann|Frau)\s+immer\s+noch\s+kein(?:e)?\s+Insulin", "still needed no insulin"),
        (r"Typ[- ]([12])[- ]Diabetes", r"type \1 diabetes"), (r"Diabetes\s+(?:mellitus\s+)?Typ\s+([12])", r"type \1 diabetes"),
        (r"Typ[- ]([12])[- ]Diabetiker(?:in|innen)?", r"type \1 diabetics"),
        (r"mesenchymale[n]?\s+Stammzellen", "mesenchymal stem cells"), (r"induzierte[n]?\s+pluripotente[n]?\s+Stammzellen", "induced pluripotent stem cells"),
        (r"Stammzellen", "stem cells"), (r"Stammzelltherapie", "stem cell therapy"), (r"Betazellen|Beta-Zellen", "beta cells"),
        (r"Inselzelltransplantation|Inseltransplantation|Inselzell-Transplantation", "islet transplant"),
        (r"insulinproduzierende[n]?\s+Zellen", "insulin-producing cells"), (r"Knochenmark", "bone marrow"),
        (r"C-Peptid", "C-peptide"),
        (r"insulinunabhängig(?:e|en|er)?", "insulin-independent"), (r"Insulinunabhängigkeit", "insulin independence"),
        (r"(?:kein|keine)\s+(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben)\s+mehr\s+(?:benötig\w*|brauch\w*)", "no longer needed insulin"),
        (r"(?:benötig\w*|brauch\w*)\s+((?:[\w.,-]+\s+){0,6}?)(?:kein|keine)\s+(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben)\s+mehr", "§1no longer needed insulin"),
        (r"ohne\s+(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben)", "without insulin"),
        (r"mehr\s+als", "more than"), (r"weniger\s+als", "less than"), (r"Prozent", "percent"), (r"(\d+),(\d+)\s*%", r"\1.\2%"),
        (r"(\d+)-jährige[rn]?", r"\1-year-old"), (r"klinische[n]?\s+Studie", "clinical trial"),
    ],
}


def _table(spec: str) -> dict[str, str]:
    out = {}
    for item in spec.split():
        word, _, english = item.rpartition(":")
        out[word] = english.replace("_", " ").strip()
    return out


# Outcomes as the pages put them, in every tense a page uses: production found again ("se detectó péptido C",
# "stanno producendo insulina", "Insulin produzierten"), grafts that work ("greffons fonctionnels"), doses cut
# ("precisaran un 25 por ciento menos de insulina", "den Insulinbedarf senken"), insulin given up ("auf
# Insulinspritzen verzichten", "cessé de dépendre de l'insuline"), severe lows gone (the adjective after the
# noun: "hipoglucemias graves", "hypoglycémies sévères"). Each English replacement is a phrasing the English
# rules already read.
_MORE_WORDS = {
    "es": """detectó:detected detectaron:detected detectado:detected detectada:detected detectados:detected aumento:increase
        aumentó:increased aumentaron:increased recuperación:recovery endógena:endogenous endógeno:endogenous exógena:exogenous
        exógeno:exogenous precisaran:needed precisaron:needed precisan:need funcionales:functional funcional:functional
        disminución:decrease disminuyó:decreased disminuyeron:decreased eliminó:eliminated eliminaron:eliminated
        pudo:was_able_to pudieron:were_able_to""",
    "pt": """tempo:time usa:uses usam:use usava:used usavam:used reduzir:reduce detectado:detected detectou:detected
        aumento:increase endógena:endogenous exógena:exogenous eliminou:eliminated funcionais:functional funcional:functional""",
    "it": """aumento:increase rilevato:detected rilevata:detected rilevabile:detectable rilevabili:detectable funzionanti:functioning
        funzionante:functioning endogena:endogenous esogena:exogenous ridurre:reduce riduzione:reduction ridotta:reduced""",
    "fr": """fonctionnel:functional fonctionnels:functional fonctionnelle:functional détecté:detected détectable:detectable
        détectables:detectable augmentation:increase endogène:endogenous exogène:exogenous diminué:decreased diminuer:decrease
        désormais:now""",
    "de": """senken:reduce senkte:reduced senkten:reduced gesenkt:reduced reduziert:reduced reduzieren:reduce reduzierten:reduced
        reduzierte:reduced verringert:reduced verringerten:reduced deutlich:significantly insulinbedarf:insulin_requirements
        insulindosis:insulin_dose insulingebrauch:insulin_use insulingebrauchs:insulin_use transplantate:grafts nachgewiesen:detected""",
}
_SEVERE_HYPOS = {"es": r"hipoglucemias?\s+(?:graves|severas)", "pt": r"hipoglicemias?\s+(?:graves|severas)",
                 "it": r"ipoglicemi[ae]\s+(?:gravi|severe)", "fr": r"hypoglyc[ée]mies?\s+(?:s[ée]v[èe]res?|graves?)"}
_FRACTIONS_PT = ((r"um\s+ter[çc]o", "a third"), ("metade", "half"), (r"um\s+quarto", "a quarter"))
_MORE_PHRASES: dict[str, list[tuple[str, str]]] = {
    "es": [
        (r"(?:se\s+)?detect(?:ó|aron|a|an)\s+(?:niveles\s+de\s+)?p[ée]ptido\s*-?\s*C", "detected C-peptide"),
        (r"normalizaci[óo]n\s+del\s+p[ée]ptido\s*-?\s*C", "normal C-peptide"),
        (r"(?:valores|niveles|rangos?)\s+no\s+diab[ée]ticos?", "non-diabetic levels"),
        (r"menos\s+(?:de\s+)?insulina", "less insulin"),
        (r"(?:la\s+)?dosis\s+(?:diaria\s+|total\s+)?de\s+insulina", "the insulin dose"),
        (r"(?:las?\s+)?(?:necesidad(?:es)?|requerimientos?|requerimiento)\s+(?:diari[oa]s?\s+)?de\s+insulina", "the insulin needs"),
        (r"elimin(?:ó|aron|a|an|ar)\s+la\s+necesidad\s+de\s+(?:inyecciones\s+de\s+|administrar\s+)?insulina", "eliminated the need for insulin"),
        (r"(?:comenz|empez)(?:ó|aron)\s+a\s+producir\s+insulina", "began producing insulin"),
    ],
    "pt": [
        *[(rf"(?:usa|usam|precisa|precisam|aplica|aplicam|injeta|injetam)\s+(?:hoje\s+|agora\s+|apenas\s+|s[óo]\s+|somente\s+)*{f}\s+da\s+insulina",
           f"uses {e} of the insulin") for f, e in _FRACTIONS_PT],
        (r"elimin\w*\s+(?:o\s+)?uso\s+d[ea]\s+insulina", "eliminates the need for insulin"),
        (r"(?:a\s+)?necessidade\s+de\s+(?:aplica[çc][ãa]o\s+de\s+|uso\s+de\s+)?insulina", "the insulin needs"),
        (r"(?:a\s+)?dose\s+(?:diária\s+)?de\s+insulina", "the insulin dose"),
        (r"(?:menos|menor\s+quantidade)\s+de\s+insulina", "less insulin"),
        (r"detect\w*\s+(?:o\s+)?pept[íi]deo\s*-?\s*C", "detected C-peptide"),
        (r"come[çc](?:ou|aram)\s+a\s+produzir\s+insulina", "began producing insulin"),
    ],
    "it": [
        (r"(\d+)\s+di\s+(?:questi|queste)\s+pazienti", r"\1 of these patients"),
        (r"(?:il\s+)?fabbisogno\s+(?:giornaliero\s+|quotidiano\s+)?di\s+insulina", "the insulin requirements"),
        (r"(?:la\s+)?dose\s+(?:giornaliera\s+|quotidiana\s+)?di\s+insulina", "the insulin dose"),
        (r"(?:ha|hanno)\s+(?:iniziato|cominciato|ricominciato|ripreso)\s+a\s+produrre\s+(?:la\s+propria\s+)?insulina", "began producing insulin"),
        (r"meno\s+insulina", "less insulin"),
    ],
    "fr": [
        (r"à\s+(?=(?:\d+|un|une|deux|trois|quatre|cinq|six|dix)\s+(?:ans?|mois|semaines?|jours?)\b)", "at "),
        (r"un\s+greffon\s+fonctionnel", "a functioning graft"), (r"greffons\s+fonctionnels", "functioning grafts"),
        (r"greffons?\s+(?:sont|est|étaient|était|restent|reste|demeurent|demeure)\s+(?:toujours\s+|encore\s+)?fonctionnels?", "grafts retain graft function"),
        (r"(?:il\s+)?n['’]y\s+a(?:vait)?\s+(?:plus|pas|aucune?)\s+(?:d['’])?hypoglyc[ée]mies?\s+(?:s[ée]v[èe]res?|graves?)", "no more severe hypoglycemia"),
        (r"(?:ne\s+|n['’])(?:a|ont|avait|avaient)\s+pas\s+eu\s+besoin\s+d['’](?:injections?\s+d['’])?insuline", "had not needed insulin"),
        (r"(?:ne\s+|n['’])(?:a|ont|avait|avaient)\s+pas\s+besoin\s+d['’](?:injections?\s+d['’])?insuline", "needed no insulin"),
        (r"(?:se\s+)?passer\s+d['’](?:injections?\s+d['’])?insuline", "go without insulin"),
        # "pouvoir se passer de" is to manage without (a modal "can" would read as a hope)
        (r"(?:peut|peuvent|pouvait|pouvaient|a\s+pu|ont\s+pu)\s*,?\s+(?:(?:désormais|maintenant|aujourd['’]hui|enfin)\s*,?\s+)?se\s+passer\s+d['’](?:injections?\s+d['’])?insuline", "now manages without insulin"),
        (r"(?:a|ont|avait|avaient)\s+pu(?=\s+[^\W\d_])", "was able to"),
        (r"diab[èe]te\s+([12])\b", r"type \1 diabetes"), (r"atteinte?s?\s+(?:du|de|d['’]une?)(?=\s)", "with"),
        (r"patiente?\s+de\s+(\d+)\s+ans", r"patient aged \1"),
        (r"(?:le\s+taux|la\s+quantit[ée])\s+d['’]insuline\s+(?:à\s+s['’]injecter|inject[ée]e)", "the insulin dose"),
        (r"cess\w*\s+de\s+(?:d[ée]pendre\s+de|prendre|s['’]injecter|recourir\s+à)\s+(?:de\s+)?l['’]insuline", "stopped needing insulin"),
        (r"(?:la\s+|les\s+)?doses?\s+(?:quotidiennes?\s+)?d['’]insuline", "the insulin dose"),
        (r"(?:leurs?\s+|les\s+|ses\s+)?besoins?\s+(?:quotidiens?\s+)?en\s+insuline", "the insulin needs"),
        (r"(?:a|ont)\s+commencé\s+à\s+produire\s+(?:de\s+l['’]|sa\s+propre\s+|leur\s+propre\s+)?insuline", "began producing insulin"),
        (r"moins\s+d['’]insuline", "less insulin"),
    ],
    "de": [
        (r"Insulin[- ]Bedarf", "insulin requirements"),
        (r"(?<!kein )(?<!keine )(?<!kaum )(?<!wenig )(?<!nicht )Insulin\s+produzierte[n]?\b", "were producing insulin"),
        (r"(?:wieder|erneut)\s+(?:eigenes\s+)?Insulin\s+produzier\w*", "producing insulin again"),
        (r"produzierte[n]?\s+((?:(?!(?:kein|keine|kaum|nicht|wenig|weniger)\b)[\w.,-]+\s+){0,3}?)(?:wieder\s+)?(?:eigenes\s+)?Insulin\b", "§1were producing insulin"),
        (r"(?:die\s+)?(Zellen|Inselzellen)\s+(?:bereits\s+|schon\s+|wieder\s+)?Insulin\s+produziert\b", "the §1 were producing insulin"),
        (r"verzicht\w*\s+(?:ganz\s+|komplett\s+|vollständig\s+)?auf\s+(?:die\s+|das\s+|den\s+)?(?:[\wäöüß]+\s+){0,3}?(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben|Insulintherapie)\b", "stopped insulin"),
        (r"auf\s+(?:die\s+|das\s+|den\s+)?(?:[\wäöüß]+\s+){0,3}?(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben|Insulintherapie)\s+(?:verzicht\w*|verzichtet\s+werden)", "stopped insulin"),
        (r"(?:benötig\w*|brauch\w*)\s+((?:[\w.,-]+\s+){0,6}?)kein(?:e|en)?\s+(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben)\s+(?:mehr\s+)?zu\s+(?:spritzen|injizieren|nehmen)", "§1needed no insulin"),
        (r"(?:traten|tritt|treten|trat)\s+((?:[\w.,-]+\s+){0,6}?)nicht\s+mehr\s+auf\b", "§1ceased"),
        (r"wieder\s+(?:messbare\s+|nachweisbare\s+)?(?:Inselzell|Insel|Betazell)-?[Ff]unktion", "restored islet function"),
        (r"(?:die\s+|der\s+)?Dosis\s+(?:des\s+|von\s+)?Insulins?", "the insulin dose"),
        (r"weniger\s+Insulin", "less insulin"),
    ],
}
for _lang, _rx in _SEVERE_HYPOS.items():
    _MORE_PHRASES[_lang].append((_rx, "severe hypoglycemia"))
for _lang, _spec in _MORE_WORDS.items():
    _new = _table(_spec)
    _clash = {w for w in _new if w in _table(_WORDS[_lang]) and _table(_WORDS[_lang])[w] != _new[w]}
    assert not _clash, _clash
    _WORDS[_lang] += "\n" + _spec
for _lang, _more in _MORE_PHRASES.items():
    _PHRASES[_lang].extend(_more)


WORDS: dict[str, dict[str, str]] = {lang: {**_table(_NUM[lang]), **_table(_WORDS[lang])} for lang in _WORDS}
PHRASES = _PHRASES


# General news prose, so that a glossed sentence reads as English and the rules can parse it ("estaba ayer en su casa"
# → "was yesterday in their home"): function words, pronouns, auxiliaries, common verbs, nouns and adjectives of
# health news, press releases and abstracts. They fill only the gaps: an entry above always wins. Regular verbs are
# listed once (infinitive:english[:past[:participle]]) and given the forms news prose uses (3rd person present,
# past and imperfect, participles, gerund, infinitive); irregular forms are listed as words.
def _english_forms(base: str, past: str | None = None, part: str | None = None) -> dict[str, str]:
    b = base.replace("_", " ")
    head, _, rest = b.partition(" ")
    if head.endswith(("s", "x", "z", "ch", "sh", "o")):
        s = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        s = head[:-1] + "ies"
    else:
        s = head + "s"
    ing = (head[:-1] if head.endswith("e") and not head.endswith(("ee", "ye", "oe")) else head) + "ing"
    p = past or ((head + "d" if head.endswith("e") else head[:-1] + "ied" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "ed") + (" " + rest if rest else ""))
    tail = " " + rest if rest else ""
    return {"base": b, "s": s + tail, "past": p.replace("_", " "), "part": (part or p).replace("_", " "), "ing": ing + tail}


_ENDINGS = {   # ending: English form; per conjugation class, by the infinitive's ending
    "es": {"ar": dict(a="s", an="base", ó="past", aron="past", aba="past", aban="past", ado="part", ada="part", ados="part",
                      adas="part", ar="base", ando="ing", arse="base", ándose="ing", e="base", en="base", ara="past", aran="past", ase="past", asen="past"),
           "er": dict(e="s", en="base", ió="past", ieron="past", ía="past", ían="past", ido="part", ida="part", idos="part",
                      idas="part", er="base", iendo="ing", erse="base", a="base", an="base", iera="past", ieran="past", iese="past", iesen="past"),
           "ir": dict(e="s", en="base", ió="past", ieron="past", ía="past", ían="past", ido="part", ida="part", idos="part",
                      idas="part", ir="base", iendo="ing", irse="base", a="base", an="base", iera="past", ieran="past", iese="past", iesen="past")},
    "pt": {"ar": dict(a="s", am="base", ou="past", aram="past", ava="past", avam="past", ado="part", ada="part", ados="part",
                      adas="part", ar="base", ando="ing"),
           "er": dict(e="s", em="base", eu="past", eram="past", ia="past", iam="past", ido="part", ida="part", idos="part",
                      idas="part", er="base", endo="ing"),
           "ir": dict(e="s", em="base", iu="past", iram="past", ia="past", iam="past", ido="part", ida="part", idos="part",
                      idas="part", ir="base", indo="ing")},
    "it": {"are": dict(a="s", ano="base", ò="past", arono="past", ava="past", avano="past", ato="part", ata="part", ati="part",
                       ate="part", are="base", ando="ing"),
           "ere": dict(e="s", ono="base", eva="past", evano="past", uto="part", uta="part", uti="part", ute="part", ere="base",
                       endo="ing"),
           "ire": dict(e="s", ono="base", ì="past", irono="past", iva="past", ivano="past", ito="part", ita="part", iti="part",
                       ite="part", ire="base", endo="ing")},
    "fr": {"er": dict(e="s", ent="base", é="part", ée="part", és="part", ées="part", er="base", ait="past", aient="past",
                      ant="ing", a="past", èrent="past"),
           "ir": {"it": "s", "issent": "base", "i": "part", "ie": "part", "is": "part", "ies": "part", "ir": "base",
                  "issait": "past", "issaient": "past", "issant": "ing"}},
}


def _verbs(lang: str, spec: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in spec.split():
        verb, english, *forms = item.split(":")
        verb = verb[:-2] if lang == "es" and verb.endswith("se") else verb      # "inyectarse" conjugates as "inyectar"
        en = _english_forms(english, *forms)
        cls = next(c for c in sorted(_ENDINGS[lang], key=len, reverse=True) if verb.endswith(c))
        stem = verb[:-len(cls)]
        for ending, form in _ENDINGS[lang][cls].items():
            out.setdefault(stem + ending, en[form])
    return out


_GENERAL_VERBS = {
    "es": """anunciar:announce aplicar:apply avanzar:advance ayudar:help buscar:seek cambiar:change causar:cause
        celebrar:celebrate colaborar:collaborate comentar:comment compartir:share completar:complete comprobar:confirm
        confirmar:confirm considerar:consider contar:tell continuar:continue controlar:control convertir:turn crear:create
        curar:cure dañar:damage declarar:state demostrar:demonstrate depender:depend desarrollar:develop describir:describe
        destacar:highlight destruir:destroy detectar:detect diagnosticar:diagnose diseñar:design durar:last
        eliminar:eliminate empezar:begin emplear:use encontrar:find enfrentar:face entregar:deliver esperar:hope
        estimar:estimate estudiar:study evaluar:evaluate evitar:avoid experimentar:experience explicar:explain
        expresar:express extraer:extract fabricar:manufacture financiar:fund formar:form funcionar:work generar:generate
        implantar:implant incluir:include indicar:indicate informar:report iniciar:start inyectar:inject
        inyectarse:inject investigar:investigate llamar:call llegar:reach llevar:carry lograr:achieve mantener:maintain
        medir:measure mejorar:improve mencionar:mention modificar:modify monitorizar:monitor monitorear:monitor
        mostrar:show necesitar:need observar:observe obtener:obtain ocurrir:occur ofrecer:offer operar:operate
        participar:participate permitir:allow presentar:present probar:test producir:produce programar:program
        protagonizar:lead proteger:protect publicar:publish reclutar:recruit reconocer:recognise recordar:recall
        reducir:reduce regenerar:regenerate regular:regulate rechazar:reject recibir:receive recuperar:recover
        registrar:record reemplazar:replace reprogramar:reprogram requerir:require resolver:resolve responder:respond
        restaurar:restore resultar:prove revertir:reverse señalar:point_out seleccionar:select sufrir:suffer
        superar:overcome sustituir:replace tratar:treat trasplantar:transplant utilizar:use usar:use valorar:assess
        vivir:live volver:return administrar:administer analizar:analyse aumentar:increase disminuir:decrease
        reportar:report confirmarse:be_confirmed asegurar:assure afirmar:state añadir:add aportar:provide
        comparar:compare comprobarse:be_confirmed conseguir:achieve continuarse:continue cultivar:grow
        derivar:derive diferenciar:differentiate dirigir:direct documentar:document encabezar:lead
        encapsular:encapsulate estabilizar:stabilise infundir:infuse insertar:insert lanzar:launch liberar:release
        normalizar:normalise padecer:suffer_from perder:lose prevenir:prevent proceder:come realizar:carry_out
        reaccionar:react trabajar:work transformar:transform trasladar:move abandonar:abandon alcanzar:reach
        comenzar:begin""",
    "pt": """anunciar:announce aplicar:apply ajudar:help buscar:seek causar:cause comentar:comment completar:complete
        comprovar:confirm confirmar:confirm considerar:consider contar:tell continuar:continue controlar:control
        criar:create curar:cure danificar:damage declarar:state demonstrar:demonstrate depender:depend
        desenvolver:develop descrever:describe destacar:highlight destruir:destroy detectar:detect diagnosticar:diagnose
        durar:last eliminar:eliminate encontrar:find esperar:hope estimar:estimate estudar:study avaliar:evaluate
        evitar:avoid explicar:explain extrair:extract financiar:fund formar:form funcionar:work gerar:generate
        implantar:implant incluir:include indicar:indicate informar:report iniciar:start injetar:inject
        investigar:investigate chamar:call chegar:reach levar:take conseguir:achieve manter:maintain medir:measure
        melhorar:improve mencionar:mention modificar:modify monitorar:monitor mostrar:show necessitar:need
        observar:observe obter:obtain ocorrer:occur oferecer:offer operar:operate participar:participate
        permitir:allow apresentar:present provar:prove produzir:produce proteger:protect publicar:publish
        recrutar:recruit reconhecer:recognise lembrar:recall reduzir:reduce regenerar:regenerate regular:regulate
        rejeitar:reject receber:receive recuperar:recover registrar:record substituir:replace reprogramar:reprogram
        exigir:require resolver:resolve responder:respond restaurar:restore resultar:prove reverter:reverse
        selecionar:select sofrer:suffer superar:overcome tratar:treat transplantar:transplant utilizar:use usar:use
        viver:live voltar:return administrar:administer analisar:analyse aumentar:increase diminuir:decrease
        relatar:report afirmar:state acrescentar:add comparar:compare cultivar:grow derivar:derive
        diferenciar:differentiate liderar:lead encapsular:encapsulate estabilizar:stabilise infundir:infuse
        inserir:insert lançar:launch liberar:release libertar:release normalizar:normalise perder:lose
        prevenir:prevent realizar:carry_out trabalhar:work transformar:transform abandonar:abandon alcançar:reach
        começar:begin precisar:need tomar:take deixar:leave passar:pass acompanhar:follow aparecer:appear
        permanecer:remain sobreviver:survive morrer:die nascer:be_born falar:speak pensar:think sentir:feel""",
    "it": """annunciare:announce applicare:apply aiutare:help cercare:seek cambiare:change causare:cause commentare:comment
        completare:complete confermare:confirm considerare:consider continuare:continue controllare:control
        creare:create curare:treat danneggiare:damage dichiarare:state dimostrare:demonstrate dipendere:depend
        sviluppare:develop descrivere:describe distruggere:destroy rilevare:detect diagnosticare:diagnose
        durare:last eliminare:eliminate trovare:find sperare:hope stimare:estimate studiare:study valutare:evaluate
        evitare:avoid spiegare:explain finanziare:fund formare:form funzionare:work generare:generate
        impiantare:implant includere:include indicare:indicate informare:report iniziare:start iniettare:inject
        chiamare:call arrivare:arrive portare:bring mantenere:maintain misurare:measure migliorare:improve
        modificare:modify monitorare:monitor mostrare:show necessitare:need osservare:observe ottenere:obtain
        offrire:offer operare:operate partecipare:participate permettere:allow presentare:present provare:test
        proteggere:protect pubblicare:publish reclutare:recruit riconoscere:recognise ricordare:recall
        rigenerare:regenerate regolare:regulate rigettare:reject ricevere:receive recuperare:recover
        registrare:record sostituire:replace riprogrammare:reprogram richiedere:require rispondere:respond
        ripristinare:restore risultare:prove selezionare:select soffrire:suffer superare:overcome trattare:treat
        trapiantare:transplant utilizzare:use usare:use vivere:live tornare:return somministrare:administer
        analizzare:analyse aumentare:increase diminuire:decrease riportare:report affermare:state aggiungere:add
        confrontare:compare coltivare:grow derivare:derive differenziare:differentiate guidare:lead
        incapsulare:encapsulate stabilizzare:stabilise infondere:infuse inserire:insert lanciare:launch liberare:free
        normalizzare:normalise perdere:lose prevenire:prevent realizzare:carry_out lavorare:work trasformare:transform
        abbandonare:abandon raggiungere:reach cominciare:begin assumere:take smettere:stop lasciare:leave passare:pass
        seguire:follow apparire:appear rimanere:remain sopravvivere:survive parlare:speak pensare:think sentire:feel
        sospendere:suspend interrompere:stop""",
    "fr": """annoncer:announce appliquer:apply aider:help chercher:seek changer:change causer:cause commenter:comment
        compléter:complete confirmer:confirm considérer:consider continuer:continue contrôler:control créer:create
        soigner:treat endommager:damage déclarer:state démontrer:demonstrate développer:develop
        détecter:detect diagnostiquer:diagnose durer:last éliminer:eliminate trouver:find espérer:hope estimer:estimate
        étudier:study évaluer:evaluate éviter:avoid expliquer:explain financer:fund former:form fonctionner:work
        générer:generate implanter:implant indiquer:indicate informer:inform injecter:inject appeler:call
        arriver:arrive porter:carry maintenir:maintain mesurer:measure améliorer:improve modifier:modify
        surveiller:monitor montrer:show nécessiter:require observer:observe opérer:operate participer:participate
        présenter:present prouver:prove protéger:protect publier:publish recruter:recruit rappeler:recall
        régénérer:regenerate réguler:regulate rejeter:reject récupérer:recover enregistrer:record remplacer:replace
        reprogrammer:reprogram exiger:require restaurer:restore sélectionner:select supporter:bear surmonter:overcome
        traiter:treat transplanter:transplant greffer:transplant utiliser:use user:use administrer:administer
        analyser:analyse augmenter:increase diminuer:decrease rapporter:report affirmer:state ajouter:add
        comparer:compare cultiver:grow dériver:derive différencier:differentiate diriger:lead encapsuler:encapsulate
        stabiliser:stabilise infuser:infuse insérer:insert lancer:launch libérer:free normaliser:normalise
        réaliser:carry_out travailler:work transformer:transform abandonner:abandon commencer:begin arrêter:stop
        cesser:stop laisser:leave passer:pass sembler:seem rester:remain penser:think parler:speak tester:test
        signaler:report noter:note constater:observe souligner:stress expliquer:explain raconter:tell
        guérir:cure réussir:succeed choisir:choose fournir:provide établir:establish rétablir:restore agir:act
        subir:undergo""",
}
_GENERAL_WORDS = {
    "es": """a:to ante:before bajo:under contra:against hacia:towards mediante:through sobre:on tras:after según:according_to
        pues:since porque:because aunque:although mientras:while si:if sino:but ni:nor o:or u:or incluso:even
        además:also así:thus entonces:then luego:then ahora:now ayer:yesterday mañana:tomorrow siempre:always
        nunca:never jamás:never también:also tampoco:neither muy:very mucho:much mucha:much muchos:many muchas:many
        poco:little pocos:few pocas:few bastante:quite demasiado:too tan:so tanto:so_much bien:well mal:badly
        mejor:better peor:worse mayor:greater menor:smaller mayoría:majority aquí:here allí:there ahí:there
        dónde:where cómo:how qué:what cuál:which cuáles:which quién:who cuánto:how_much cual:which cuales:which
        quien:who cuyo:whose cuya:whose cuyos:whose cuyas:whose yo:I tú:you él:he ella:she nosotros:we ellas:they
        usted:you ustedes:you me:me te:you le:him les:them nos:us mi:my mis:my tu:your tus:your nuestro:our
        nuestra:our nuestros:our nuestras:our ese:that esa:that eso:that esos:those esas:those aquel:that
        aquella:that aquellos:those aquellas:those mismo:same misma:same mismos:same mismas:same algún:some
        alguno:some alguna:some algunos:some algunas:some varios:several varias:several cualquier:any
        demás:others tal:such tales:such otra:another nada:nothing nadie:nobody algo:something alguien:someone
        todo:all toda:all mismo:same propias:own propios:own cierto:certain ciertos:certain ciertas:certain
        aún:still sí:yes solamente:only únicamente:only apenas:barely casi:almost aproximadamente:approximately
        alrededor:around cerca:close lejos:far dentro:inside fuera:outside encima:above debajo:below
        soy:am eres:are somos:are era:was eran:were será:will_be serán:will_be sería:would_be serían:would_be
        sea:is sean:are ser:be siendo:being estoy:am estamos:are estaba:was estaban:were estará:will_be
        estarán:will_be esté:is estén:are estar:be estado:been he:have hemos:have había:had hubo:there_was
        habrá:there_will_be haya:has hayan:have hubiera:had habría:would_have haber:have hay:there_are
        tengo:have tenemos:have tuvo:had tuvieron:had tendrá:will_have tendrán:will_have tenga:has tengan:have
        tener:have teniendo:having tenido:had hizo:made hicieron:made hace:makes hacen:make hacía:made hacer:make
        haciendo:making hecho:made hecha:made hechos:made puedo:can podemos:can podía:could podían:could
        pudo:could pudieron:could pueda:can puedan:can pudiera:could pudieran:could poder:be_able_to
        quiere:wants quieren:want quería:wanted quiso:wanted dijo:said dijeron:said dice:says dicen:say decir:say
        dicho:said da:gives dan:give dio:gave dieron:gave dar:give dado:given va:goes van:go iba:went iban:went
        ir:go fue:was ido:gone vamos:go ve:sees ven:see vio:saw vieron:saw ver:see visto:seen viendo:seeing
        sabe:knows saben:know sabía:knew supo:learned saber:know sigue:continues siguen:continue siguió:continued
        seguir:continue sigan:continue siguiendo:still puso:put pone:puts poner:put puesto:put viene:comes
        vienen:come vino:came venir:come llevaba:carried lleva:carries llevan:carry dejó:left dejaron:left
        deja:leaves dejan:leave dejar:leave dejado:left consiguió:achieved consiguieron:achieved consigue:achieves
        consiguen:achieve logra:achieves logran:achieve obtuvo:obtained obtuvieron:obtained obtiene:obtains
        mantiene:maintains mantienen:maintain mantenía:maintained mantenido:maintained muestra:shows muestran:show
        demuestra:demonstrates demuestran:demonstrate encuentra:finds encuentran:find produjo:produced
        produjeron:produced produzca:produces produzcan:produce redujo:reduced redujeron:reduced reduzca:reduces
        siente:feels sienten:feel sintió:felt sentía:felt piensa:thinks explica:explains cuenta:says cuentan:say
        contó:said recuerda:recalls empieza:begins empiezan:begin comienza:begins comienzan:begin vuelve:returns
        volvió:returned vuelto:returned requiere:requires requieren:require requirió:required prueba:test
        pruebas:tests murió:died muere:dies mueren:die muerto:dead muertos:dead nació:was_born nacido:born
        cuerpo:body casa:home hogar:home vida:life mundo:world país:country ciudad:city hospital:hospital
        hospitales:hospitals clínica:clinic clínicas:clinics centro:centre centros:centres universidad:university
        instituto:institute equipo:team equipos:teams empresa:company compañía:company laboratorios:laboratories
        doctor:doctor doctora:doctor médico:doctor médica:doctor especialista:specialist especialistas:specialists
        endocrinólogo:endocrinologist endocrinóloga:endocrinologist director:director directora:director
        jefe:head investigador:researcher investigadora:researcher investigación:research investigaciones:research
        científico:scientist científica:scientist ciencia:science estudios:studies ensayos:trials revista:journal
        artículo:article trabajo:work resultado:result hallazgos:findings datos:data caso:case casos:cases
        enfermedad:disease enfermedades:diseases enfermo:patient enferma:patient enfermos:patients
        afectados:affected afectadas:affected afectado:affected afectada:affected sistema:system inmunitario:immune
        inmune:immune inmunológico:immune autoinmune:autoimmune órgano:organ órganos:organs riñón:kidney
        riñones:kidneys piel:skin grasa:fat tejido:tissue tejidos:tissues sangre:blood vasos:vessels
        anticuerpos:antibodies linfocitos:lymphocytes proteína:protein hormona:hormone dispositivo:device
        bomba:pump sensor:sensor cápsula:capsule técnica:technique método:method métodos:methods tecnología:technology
        técnicas:techniques proceso:process avance:advance avances:advances éxito:success fracaso:failure
        esperanza:hope problema:problem problemas:problems riesgos:risks beneficio:benefit beneficios:benefits
        seguridad:safety eficacia:efficacy dosis:dose implante:implant operación:operation cirugía:surgery
        abdomen:abdomen brazo:arm antebrazo:forearm músculo:muscle glucohemoglobina:HbA1c hiperglucemia:hyperglycemia
        cetoacidosis:ketoacidosis comidas:meals comida:meal alimentos:food dieta:diet ejercicio:exercise
        edad:age historia:story noticia:news forma:way manera:way modo:way parte:part vez:time momento:moment
        tiempo:time fecha:date inicio:start fin:end final:end principio:beginning mitad:half total:total
        número:number cantidad:amount porcentaje:percentage cifra:figure cifras:figures valores:values valor:value
        unidades:units unidad:unit medicina:medicine salud:health bienestar:wellbeing calidad:quality
        costo:cost coste:cost precio:price dinero:money gobierno:government agencia:agency comunicado:statement
        prensa:press declaraciones:statements entrevista:interview fase:phase fases:phases objetivo:goal
        objetivos:goals futuro:future pasado:past presente:present año:year década:decade décadas:decades
        enero:January febrero:February marzo:March abril:April mayo:May junio:June julio:July agosto:August
        septiembre:September octubre:October noviembre:November diciembre:December lunes:Monday martes:Tuesday
        miércoles:Wednesday jueves:Thursday viernes:Friday sábado:Saturday domingo:Sunday
        nuevo:new nueva:new nuevos:new nuevas:new viejo:old antiguo:old gran:great grande:large grandes:large
        pequeño:small pequeña:small pequeños:small pequeñas:small alto:high alta:high altos:high altas:high
        baja:low bajos:low bajas:low largo:long larga:long corto:short corta:short buena:good bueno:good
        buenos:good buenas:good mala:bad malo:bad importante:important importantes:important principal:main
        principales:main primeras:first segundo:second segunda:second tercer:third tercero:third tercera:third
        último:last última:last últimos:last últimas:last próximo:next próxima:next siguiente:following
        anterior:previous anteriores:previous actual:current actuales:current reciente:recent recientes:recent
        clínico:clinical clínica:clinical clínicos:clinical médicos:medical experimental:experimental
        experimentales:experimental prometedor:promising prometedora:promising prometedores:promising
        esperanzador:encouraging alentadores:encouraging histórico:historic histórica:historic innovador:innovative
        innovadora:innovative único:only mundial:worldwide internacional:international nacional:national
        español:Spanish española:Spanish españoles:Spanish estadounidense:American estadounidenses:American
        chino:Chinese chinos:Chinese chinas:Chinese europeo:European europea:European
        crónica:chronic crónico:chronic vitalicia:lifelong natural:natural naturales:natural exitoso:successful
        exitosa:successful eficaz:effective eficaces:effective seguro:safe segura:safe seguros:safe
        significativo:significant significativa:significant significativos:significant significativas:significant
        similar:similar similares:similar diferente:different diferentes:different distintos:different
        posterior:later posteriores:later inicial:initial iniciales:initial preliminares:preliminary
        preliminar:preliminary definitivo:definitive definitiva:definitive real:real pancreática:pancreatic
        pancreáticas:pancreatic pancreático:pancreatic pancreáticos:pancreatic autólogas:autologous
        autólogo:autologous autólogos:autologous autóloga:autologous alogénico:allogeneic alogénicas:allogeneic
        humanas:human humanos:human humano:human humana:human sano:healthy sana:healthy sanos:healthy sanas:healthy
        nuevamente:again otra:another vez:time pronto:soon tarde:late temprano:early recientemente:recently
        finalmente:finally posteriormente:later inmediatamente:immediately rápidamente:quickly totalmente:totally
        prácticamente:practically especialmente:especially principalmente:mainly probablemente:probably
        posiblemente:possibly realmente:really solamente:only aproximadamente:approximately
        trasplantado:transplanted trasplantada:transplanted trasplantados:transplanted trasplantadas:transplanted
        hipoglucemia:hypoglycemia insulinoterapia:insulin_therapy glucosa:glucose glucémicos:glycemic
        glucémica:glycemic glucémicas:glycemic diabetes:diabetes páncreas:pancreas mellitus:mellitus""",
    "pt": """a:the à:to_the às:to_the ao:to_the aos:to_the num:in_a numa:in_a dum:of_a duma:of_a pelos:by_the pelas:by_the
        sobre:on contra:against entre:between perante:before sob:under segundo:according_to porque:because
        embora:although enquanto:while se:if nem:nor ou:or mesmo:even além:besides assim:thus então:then
        agora:now ontem:yesterday amanhã:tomorrow sempre:always nunca:never jamais:never também:also tampouco:neither
        muito:very muita:much muitos:many muitas:many pouco:little poucos:few poucas:few bastante:quite tão:so
        tanto:so_much bem:well mal:badly melhor:better pior:worse maior:greater menor:smaller maioria:majority
        aqui:here ali:there lá:there cá:here onde:where como:as quê:what qual:which quais:which quem:who
        quanto:how_much cujo:whose cuja:whose eu:I você:you ele:he ela:she nós:we elas:they lhe:him lhes:them
        me:me te:you nos:us meu:my minha:my meus:my minhas:my nosso:our nossa:our nossos:our nossas:our
        dele:his dela:her deles:their delas:their esse:that essa:that isso:that esses:those essas:those
        aquele:that aquela:that aqueles:those aquelas:those isto:this mesma:same mesmos:same mesmas:same algum:some
        alguma:some alguns:some algumas:some vários:several várias:several qualquer:any tal:such outro:another
        outra:another nada:nothing ninguém:nobody algo:something alguém:someone todo:all toda:all próprios:own
        próprias:own certo:certain certos:certain sim:yes somente:only quase:almost perto:near longe:far
        dentro:inside fora:outside sou:am somos:are era:was eram:were será:will_be serão:will_be seria:would_be
        seriam:would_be seja:is sejam:are ser:be sendo:being sido:been está:is estão:are estava:was estavam:were
        esteve:was estiveram:were estar:be estado:been estou:am estamos:are há:there_is havia:there_was houve:there_was
        haver:be tenho:have temos:have tinham:had terá:will_have terão:will_have tenha:has tenham:have ter:have
        tendo:having tido:had fez:made fizeram:made faz:makes fazem:make fazia:made fazer:make fazendo:making
        feito:made feita:made feitos:made pôde:was_able_to puderam:were_able_to podia:could podiam:could possa:can possam:can
        poder:be_able_to quer:wants querem:want queria:wanted disse:said disseram:said diz:says dizem:say
        dizer:say dito:said dá:gives dão:give deu:gave deram:gave dar:give dado:given vai:will vão:will ia:was_going
        ir:go vê:sees veem:see viu:saw viram:saw ver:see visto:seen sabe:knows sabem:know sabia:knew saber:know
        segue:continues seguem:continue seguiu:continued seguir:continue pôs:put põe:put pôr:put vem:comes
        vêm:come veio:came vir:come voltou:returned conseguiu:achieved conseguiram:achieved consegue:achieves
        conseguem:achieve obteve:obtained obtiveram:obtained obtém:obtains mantém:maintains mantêm:maintain
        mantinha:maintained mantido:maintained produziu:produced produziram:produced produz:produces
        reduziu:reduced reduziram:reduced sente:feels sentiu:felt explica:explains conta:says contou:said
        lembra:recalls começa:begins começou:began começaram:began morreu:died morre:dies morto:dead mortos:dead
        nasceu:was_born corpo:body casa:home lar:home vida:life mundo:world país:country cidade:city
        hospital:hospital hospitais:hospitals clínica:clinic centro:centre universidade:university instituto:institute
        equipe:team equipa:team empresa:company companhia:company médica:doctor especialista:specialist
        especialistas:specialists endocrinologista:endocrinologist diretor:director diretora:director
        pesquisador:researcher pesquisadora:researcher pesquisa:research pesquisas:research investigação:research
        cientista:scientist ciência:science estudos:studies ensaios:trials revista:journal artigo:article
        trabalho:work resultado:result descobertas:findings dados:data caso:case casos:cases doença:disease
        doenças:diseases portador:patient portadores:patients portadora:patient afetados:affected
        sistema:system imunológico:immune imune:immune autoimune:autoimmune órgão:organ órgãos:organs rim:kidney
        rins:kidneys pele:skin gordura:fat tecido:tissue anticorpos:antibodies linfócitos:lymphocytes proteína:protein
        hormônio:hormone hormona:hormone dispositivo:device bomba:pump sensor:sensor cápsula:capsule técnica:technique
        método:method tecnologia:technology processo:process avanço:advance avanços:advances sucesso:success
        esperança:hope problema:problem problemas:problems riscos:risks benefício:benefit benefícios:benefits
        segurança:safety eficácia:efficacy implante:implant operação:operation cirurgia:surgery abdômen:abdomen
        braço:arm músculo:muscle refeições:meals refeição:meal alimentos:food dieta:diet exercício:exercise
        idade:age história:story notícia:news forma:way maneira:way parte:part momento:moment fim:end início:start
        metade:half total:total número:number quantidade:amount valores:values valor:value unidades:units
        medicina:medicine saúde:health qualidade:quality custo:cost governo:government agência:agency
        comunicado:statement imprensa:press entrevista:interview fases:phases objetivos:goals passado:past
        década:decade décadas:decades janeiro:January fevereiro:February março:March abril:April maio:May
        junho:June julho:July agosto:August setembro:September outubro:October novembro:November dezembro:December
        novo:new nova:new novos:new novas:new velho:old antigo:old grande:large grandes:large pequeno:small
        pequena:small pequenos:small pequenas:small alto:high alta:high altos:high altas:high baixo:low baixa:low
        baixos:low baixas:low longo:long curto:short boa:good bom:good bons:good boas:good importante:important
        importantes:important principal:main principais:main segunda:second terceiro:third terceira:third
        último:last última:last últimos:last próximo:next próxima:next seguinte:following anterior:previous
        atual:current atuais:current recente:recent recentes:recent clínico:clinical clínicos:clinical
        clínicas:clinical experimental:experimental promissor:promising promissora:promising promissores:promising
        histórico:historic inovador:innovative inovadora:innovative único:only mundial:worldwide
        internacional:international nacional:national brasileiro:Brazilian brasileira:Brazilian
        brasileiros:Brazilian português:Portuguese portuguesa:Portuguese americano:American americanos:American
        chinês:Chinese chineses:Chinese europeu:European crônica:chronic crónica:chronic crônico:chronic
        natural:natural eficaz:effective seguro:safe segura:safe significativo:significant significativa:significant
        semelhante:similar diferente:different diferentes:different posterior:later inicial:initial
        preliminares:preliminary preliminar:preliminary pancreática:pancreatic pancreáticas:pancreatic
        pancreático:pancreatic autólogas:autologous autólogo:autologous humanas:human humanos:human humano:human
        humana:human saudável:healthy saudáveis:healthy novamente:again logo:soon tarde:late cedo:early
        recentemente:recently finalmente:finally posteriormente:later imediatamente:immediately rapidamente:quickly
        totalmente:totally especialmente:especially principalmente:mainly provavelmente:probably
        transplantado:transplanted transplantada:transplanted transplantados:transplanted glicemia:blood_glucose
        hipoglicemia:hypoglycemia insulinoterapia:insulin_therapy glicose:glucose diabetes:diabetes pâncreas:pancreas
        mellitus:mellitus doses:doses aplicações:injections picadas:injections""",
    "it": """a:to al:to_the allo:to_the alla:to_the ai:to_the agli:to_the alle:to_the all':to_the sul:on_the sulla:on_the
        sui:on_the sugli:on_the sulle:on_the sull':on_the col:with_the coi:with_the negli:in_the nelle:in_the nell':in_the
        nello:in_the dagli:from_the dalle:from_the dai:from_the dallo:from_the sopra:above sotto:under contro:against
        verso:towards presso:at attraverso:through secondo:according_to perché:because poiché:since sebbene:although
        mentre:while se:if né:nor oppure:or anzi:indeed inoltre:also così:thus quindi:so poi:then allora:then ora:now
        adesso:now ieri:yesterday domani:tomorrow sempre:always mai:never neanche:not_even nemmeno:not_even
        molto:very molta:much molti:many molte:many poco:little pochi:few poche:few abbastanza:enough tanto:so_much
        tanti:so_many troppo:too bene:well male:badly meglio:better peggio:worse maggiore:greater minore:smaller
        maggior:greater maggioranza:majority qui:here qua:here lì:there là:there dove:where cosa:what quale:which
        quali:which chi:who quanto:how_much cui:which io:I tu:you lui:he lei:she noi:we voi:you esso:it essi:they
        esse:they mi:me ti:you ci:there vi:there gli:the ne:_ mio:my mia:my miei:my mie:my nostro:our nostra:our
        nostri:our nostre:our suoi:his sue:her quello:that quella:that quelli:those quelle:those quel:that stesso:same
        stessa:same stessi:same stesse:same alcuni:some alcune:some alcun:any qualche:some vari:several varie:several
        qualsiasi:any tale:such tali:such altro:other altra:other niente:nothing nulla:nothing qualcosa:something
        qualcuno:someone tutto:all tutta:all propri:own proprie:own certo:certain certi:certain sì:yes solamente:only
        appena:just quasi:almost vicino:near lontano:far dentro:inside fuori:outside sono:are siamo:are era:was
        erano:were fu:was furono:were sarà:will_be saranno:will_be sarebbe:would_be sarebbero:would_be sia:is
        siano:are essere:be essendo:being sta:is stava:was stavano:were stare:stay ho:have abbiamo:have avuto:had
        avere:have avrà:will_have avranno:will_have abbia:has abbiano:have ebbe:had fa:ago fanno:make faceva:made
        fare:make facendo:making fatto:made fatta:made fatti:made potuto:been_able_to poteva:could potevano:could
        possa:can possano:can potere:be_able_to vuole:wants vogliono:want voleva:wanted detto:said dice:says
        dicono:say dire:say disse:said dato:given danno:give diede:gave dare:give va:goes vanno:go andava:went
        andare:go andato:gone vede:sees vedono:see vide:saw vedere:see visto:seen sa:knows sanno:know sapere:know
        segue:follows seguono:follow messo:put mette:puts viene:comes vengono:come venne:came venire:come
        venuto:come tornato:returned ottenuto:obtained ottiene:obtains mantiene:maintains mantengono:maintain
        prodotto:produced produce:produces producono:produce produceva:produced producevano:produced ridotto:reduced
        riduce:reduces riducono:reduce morta:died morto:died muore:dies morire:die nato:born nata:born
        corpo:body organismo:body casa:home vita:life mondo:world paese:country città:city ospedale:hospital
        ospedali:hospitals clinica:clinic centro:centre università:university istituto:institute squadra:team
        équipe:team team:team gruppo:group azienda:company società:company medico:doctor medica:doctor dottore:doctor
        dottoressa:doctor specialista:specialist specialisti:specialists endocrinologo:endocrinologist
        direttore:director direttrice:director ricercatore:researcher ricercatrice:researcher ricerca:research
        ricerche:research scienziato:scientist scienza:science studi:studies sperimentazioni:trials rivista:journal
        articolo:article lavoro:work risultato:result scoperta:discovery scoperte:findings dati:data caso:case
        casi:cases malattia:disease malattie:diseases malato:patient malati:patients affetto:affected affetti:affected
        affetta:affected sistema:system immunitario:immune autoimmune:autoimmune organo:organ organi:organs rene:kidney
        reni:kidneys pelle:skin grasso:fat tessuto:tissue tessuti:tissues anticorpi:antibodies linfociti:lymphocytes
        proteina:protein ormone:hormone dispositivo:device pompa:pump sensore:sensor capsula:capsule tecnica:technique
        metodo:method tecnologia:technology processo:process progresso:advance progressi:advances successo:success
        speranza:hope problema:problem problemi:problems rischi:risks beneficio:benefit benefici:benefits
        sicurezza:safety efficacia:efficacy impianto:implant operazione:operation chirurgia:surgery addome:abdomen
        braccio:arm muscolo:muscle pasti:meals pasto:meal cibo:food dieta:diet esercizio:exercise età:age storia:story
        notizia:news modo:way parte:part momento:moment fine:end inizio:start metà:half totale:total numero:number
        quantità:amount valori:values valore:value unità:units medicina:medicine salute:health qualità:quality
        costo:cost governo:government agenzia:agency comunicato:statement stampa:press intervista:interview fasi:phases
        obiettivi:goals passato:past decennio:decade decenni:decades gennaio:January febbraio:February marzo:March
        aprile:April maggio:May giugno:June luglio:July agosto:August settembre:September ottobre:October
        novembre:November dicembre:December nuovo:new nuova:new nuovi:new nuove:new vecchio:old grande:large
        grandi:large piccolo:small piccola:small piccoli:small piccole:small alto:high alta:high alti:high alte:high
        basso:low bassa:low bassi:low basse:low lungo:long breve:short buona:good buono:good buoni:good
        importante:important importanti:important principale:main principali:main seconda:second terzo:third
        terza:third ultimo:last ultima:last ultimi:last prossimo:next prossima:next seguente:following
        precedente:previous attuale:current attuali:current recente:recent recenti:recent clinico:clinical
        clinici:clinical cliniche:clinical sperimentale:experimental promettente:promising promettenti:promising
        storico:historic innovativo:innovative innovativa:innovative unico:only mondiale:worldwide
        internazionale:international nazionale:national italiano:Italian italiana:Italian italiani:Italian
        americano:American americani:American cinese:Chinese cinesi:Chinese europeo:European cronica:chronic
        cronico:chronic naturale:natural efficace:effective sicuro:safe sicura:safe significativo:significant
        significativa:significant simile:similar diverso:different diversi:different successivo:later
        iniziale:initial preliminari:preliminary preliminare:preliminary pancreatica:pancreatic pancreatiche:pancreatic
        pancreatico:pancreatic autologhe:autologous autologo:autologous umane:human umani:human umano:human umana:human
        sano:healthy sana:healthy sani:healthy presto:soon tardi:late recentemente:recently
        finalmente:finally successivamente:later immediatamente:immediately rapidamente:quickly totalmente:totally
        completamente:completely specialmente:especially principalmente:mainly probabilmente:probably
        trapiantato:transplanted trapiantata:transplanted trapiantati:transplanted trapiantate:transplanted
        insulinica:insulin insulinico:insulin glucosio:glucose diabete:diabetes pancreas:pancreas mellito:mellitus
        somministrazione:administration somministrazioni:administrations deve:must devono:must doveva:had_to dovevano:had_to""",
    "fr": """à:to chez:in vers:towards contre:against sous:under parmi:among auprès:near grâce:thanks selon:according_to
        car:because parce:because puisque:since bien:well si:if ni:nor donc:so ainsi:thus alors:then puis:then
        ensuite:then maintenant:now aujourd'hui:today hier:yesterday demain:tomorrow toujours:always souvent:often
        parfois:sometimes très:very beaucoup:much peu:little assez:quite trop:too tant:so_much autant:as_much mieux:better
        pire:worse meilleur:better meilleure:better meilleurs:better majorité:majority plupart:most ici:here là:there
        comment:how pourquoi:why quoi:what quel:which quelle:which quels:which quelles:which dont:of_which lequel:which
        laquelle:which lesquels:which je:I j':I tu:you il:it elle:she nous:we vous:you ils:they elles:they on:one
        lui:him eux:them me:me m':me te:you t':you y:there en:in mon:my ma:my mes:my notre:our nos:our votre:your
        vos:your celui:the_one celle:the_one ceux:those celles:those cet:this ceci:this cela:that ça:that c':it
        même:same mêmes:same quelques:some quelque:some plusieurs:several certains:some certaines:some chaque:each
        tel:such telle:such tels:such autre:other rien:nothing quelqu'un:someone tout:all toute:all propres:own oui:yes
        non:not uniquement:only presque:almost près:near loin:far dedans:inside dehors:outside suis:am sommes:are
        êtes:are était:was étaient:were fut:was furent:were sera:will_be seront:will_be serait:would_be
        seraient:would_be soit:is soient:are être:be étant:being ai:have avons:have avez:have eu:had eue:had
        avoir:have aura:will_have auront:will_have aurait:would_have ait:has aient:have eut:had fait:made faits:made
        faite:made font:make faisait:made faire:make faisant:making pu:been_able_to peux:can pouvait:could
        pouvaient:could puisse:can puissent:can pouvoir:be_able_to veut:wants veulent:want voulait:wanted dit:said
        disent:say dire:say donne:gives donnent:give donné:given donner:give va:goes vont:go allait:went aller:go
        allé:gone voit:sees voient:see vu:seen voir:see sait:knows savent:know savoir:know suit:follows suivent:follow
        suivi:followed suivie:followed suivre:follow met:puts mis:put mettre:put vient:comes viennent:come venu:come
        venir:come revenu:returned obtient:obtains obtiennent:obtain obtenir:obtain maintient:maintains reçoit:receives
        reçoivent:receive recevoir:receive reçus:received reçue:received reçues:received produit:produced
        produite:produced produits:produced produisait:produced réduite:reduced réduits:reduced réduire:reduce
        doit:must doivent:must devait:had_to devaient:had_to dû:due devoir:must meurt:dies mourir:die
        morte:died morts:died né:born née:born vivait:lived vécu:lived corps:body organisme:body maison:home domicile:home
        vie:life monde:world pays:country ville:city hôpital:hospital hôpitaux:hospitals clinique:clinic centre:centre
        université:university institut:institute équipe:team équipes:teams entreprise:company société:company
        médecin:doctor docteur:doctor spécialiste:specialist spécialistes:specialists endocrinologue:endocrinologist
        diabétologue:diabetologist directeur:director directrice:director chercheur:researcher chercheuse:researcher
        recherche:research recherches:research scientifique:scientist science:science études:studies essais:trials
        revue:journal article:article travail:work travaux:work résultat:result découverte:discovery
        découvertes:findings données:data cas:case maladie:disease maladies:diseases malade:patient atteint:with
        atteints:with atteinte:with atteintes:with système:system immunitaire:immune auto-immune:autoimmune
        organe:organ organes:organs rein:kidney reins:kidneys peau:skin graisse:fat tissu:tissue tissus:tissues
        anticorps:antibodies lymphocytes:lymphocytes protéine:protein hormone:hormone dispositif:device pompe:pump
        capteur:sensor capsule:capsule technique:technique méthode:method technologie:technology processus:process
        progrès:progress avancée:advance avancées:advances succès:success espoir:hope problème:problem
        problèmes:problems risques:risks bénéfice:benefit bénéfices:benefits sécurité:safety efficacité:efficacy
        implant:implant opération:operation chirurgie:surgery abdomen:abdomen bras:arm muscle:muscle repas:meals
        alimentation:diet régime:diet exercice:exercise âge:age histoire:story nouvelle:news façon:way manière:way
        partie:part moment:moment fin:end début:start moitié:half total:total nombre:number quantité:amount
        valeurs:values valeur:value unités:units médecine:medicine santé:health qualité:quality coût:cost
        gouvernement:government agence:agency communiqué:statement presse:press entretien:interview phases:phases
        objectifs:goals passé:past décennie:decade décennies:decades janvier:January février:February mars:March
        avril:April mai:May juin:June juillet:July août:August septembre:September octobre:October novembre:November
        décembre:December nouveau:new nouveaux:new nouvelles:new vieux:old ancien:former grand:large grande:large
        grands:large grandes:large petit:small petite:small petits:small petites:small haut:high élevé:high
        élevée:high élevés:high bas:low basse:low long:long longue:long court:short courte:short bon:good bonne:good
        bons:good bonnes:good important:important importante:important importants:important principal:main
        principale:main principaux:main deuxième:second second:second seconde:second troisième:third dernier:last
        dernière:last derniers:last prochain:next prochaine:next suivant:following précédent:previous
        actuel:current actuelle:current actuels:current récent:recent récente:recent récents:recent clinique:clinical
        cliniques:clinical expérimental:experimental expérimentale:experimental prometteur:promising
        prometteuse:promising prometteurs:promising historique:historic innovant:innovative innovante:innovative
        unique:only mondial:worldwide mondiale:worldwide international:international internationale:international
        national:national nationale:national français:French française:French françaises:French américain:American
        américaine:American américains:American chinois:Chinese chinoise:Chinese européen:European
        européenne:European chronique:chronic naturel:natural naturelle:natural efficace:effective sûr:safe
        significatif:significant significative:significant similaire:similar différent:different
        différents:different ultérieur:later initial:initial initiale:initial préliminaires:preliminary
        préliminaire:preliminary pancréatique:pancreatic pancréatiques:pancreatic autologues:autologous
        autologue:autologous humaines:human humains:human humain:human humaine:human sain:healthy saine:healthy
        sains:healthy sevré:weaned sevrée:weaned sevrés:weaned nouveau-né:newborn bientôt:soon tard:late tôt:early
        récemment:recently enfin:finally finalement:finally ensuite:then immédiatement:immediately rapidement:quickly
        totalement:totally complètement:completely notamment:notably particulièrement:especially
        principalement:mainly probablement:probably également:also greffé:transplanted greffée:transplanted
        greffés:transplanted greffées:transplanted transplanté:transplanted transplantée:transplanted
        transplantés:transplanted transplantées:transplanted glycémie:blood_sugar insulinothérapie:insulin_therapy
        glucose:glucose diabète:diabetes pancréas:pancreas sucré:mellitus quotidien:daily quotidiens:daily
        dizaine:ten dizaines:dozens centaine:hundred centaines:hundreds""",
    "de": """dass:that ob:whether weil:because denn:because obwohl:although sowie:as_well_as sondern:but als:as so:so
        jedoch:however allerdings:however zudem:also außerdem:also ebenfalls:also sogar:even also:so dann:then
        danach:afterwards damals:at_the_time zuvor:before seitdem:since_then inzwischen:now mittlerweile:now
        gestern:yesterday heute:today jetzt:now nun:now bald:soon immer:always wieder:again erneut:again erst:only
        sehr:very viel:much viele:many vielen:many einige:some einigen:some mehrere:several jede:each jeden:each
        jedes:each jedem:each beide:both beiden:both selbst:themselves selber:themselves eigenen:own eigener:own
        es:it er:he sie:they wir:we man:one sich:_ ihr:her ihre:their ihren:their ihrem:their ihrer:their sein:his
        seine:his seinen:his seinem:his seiner:his uns:us unser:our unsere:our dies:this dieses:this diesem:this
        jene:those welche:which welcher:which welches:which was:what wer:who warum:why hier:here dort:there
        da:there ca:about circa:about knapp:almost mindestens:at_least höchstens:at_most ganz:completely
        völlig:completely weiter:further weitere:further weiteren:further weiterer:further neue:new neuen:new
        neuer:new neues:new große:large großen:large großer:large kleine:small kleinen:small hohe:high hohen:high
        niedrig:low niedrige:low niedrigen:low gut:good gute:good guten:good besser:better erstmals:for_the_first_time
        weltweit:worldwide deutsche:German deutschen:German chinesische:Chinese chinesischen:Chinese
        amerikanische:American amerikanischen:American us-amerikanischen:American letzten:last letzte:last
        nächsten:next zweite:second zweiten:second dritte:third dritten:third neu:new lang:long langfristig:long-term
        kurz:short klinischen:clinical klinische:clinical experimentelle:experimental experimentellen:experimental
        vielversprechend:promising vielversprechende:promising vielversprechenden:promising chronische:chronic
        chronischen:chronic natürliche:natural natürlichen:natural sicher:safe wirksam:effective deutlich:significantly
        signifikant:significantly ähnlich:similar ähnliche:similar verschiedene:different unterschiedlichen:different
        körpereigene:the_body's_own körpereigenen:the_body's_own körpereigenes:the_body's_own menschliche:human
        menschlichen:human gesunde:healthy gesunden:healthy autologe:autologous autologen:autologous
        körper:body körpers:body haus:house leben:life welt:world land:country stadt:city krankenhaus:hospital
        klinik:clinic kliniken:clinics universitätsklinik:university_hospital uniklinik:university_hospital
        universitätsklinikum:university_hospital arzt:doctor ärztin:doctor mediziner:doctors medizinerin:doctor
        diabetologe:diabetologist diabetologin:diabetologist team:team forschungsteam:research_team
        forschergruppe:research_group forschung:research universität:university institut:institute
        unternehmen:company firma:company ergebnis:result daten:data fall:case fälle:cases erkrankung:disease
        erkrankungen:diseases krankheit:disease krankheiten:diseases immunsystem:immune_system
        autoimmunerkrankung:autoimmune_disease organ:organ organe:organs niere:kidney nieren:kidneys haut:skin
        fettgewebe:fat_tissue gewebe:tissue blut:blood antikörper:antibodies protein:protein hormon:hormone
        gerät:device pumpe:pump insulinpumpe:insulin_pump sensor:sensor kapsel:capsule methode:method
        verfahren:procedure technik:technique durchbruch:breakthrough erfolg:success hoffnung:hope problem:problem
        probleme:problems risiken:risks nutzen:benefit sicherheit:safety wirksamkeit:efficacy operation:operation
        bauch:abdomen arm:arm unterarm:forearm muskel:muscle mahlzeiten:meals ernährung:diet alter:age
        jahrzehnt:decade jahrzehnte:decades jahrzehnten:decades art:kind weise:way teil:part ende:end beginn:start
        anfang:start hälfte:half anzahl:number zahl:number menge:amount wert:value werte:values werten:values
        einheiten:units medizin:medicine gesundheit:health lebensqualität:quality_of_life kosten:cost
        pressemitteilung:press_release studien:studies versuch:trial versuche:trials fachzeitschrift:journal
        fachjournal:journal stoffwechsel:metabolism langzeitzucker:HbA1c blutzuckerwerte:blood_sugar_levels
        blutzuckerwerten:blood_sugar_levels zuckerkrankheit:diabetes zuckerkrank:diabetic pfortader:portal_vein
        immunsuppression:immunosuppression abstoßungsreaktion:rejection nebenwirkung:side_effect insulinfrei:insulin-free
        diabetesforscher:diabetes_researchers therapieansätze:therapies diabetestherapie:diabetes_therapy
        insulintherapie:insulin_therapy betroffene:patients betroffenen:patients betroffen:affected erkrankt:ill
        januar:January februar:February märz:March april:April mai:May juni:June juli:July august:August
        september:September oktober:October november:November dezember:December
        wird:is werden:are worden:been geworden:become sei:is seien:are habe:has hätten:had hätte:had wäre:would_be
        würde:would würden:would gewesen:been gehabt:had muss:must müssen:must musste:had_to mussten:had_to
        soll:is_said_to sollen:are_said_to sollte:should sollten:should will:wants wollen:want wollte:wanted
        wollten:wanted konnte:was_able_to konnten:were_able_to darf:may durfte:was_allowed_to erhalten:received bekam:received bekamen:received
        bekommen:received gezeigt:shown zeigte:showed zeigten:showed zeigt:shows zeigen:show berichtet:reported
        berichten:report berichtete:reported berichteten:reported erklärt:explains erklärte:explained sagt:says
        sagte:said sagen:say gesagt:said gelungen:succeeded gelang:succeeded gelingt:succeeds geheilt:cured
        heilen:cure eingesetzt:used implantiert:implanted implantierten:implanted implantierte:implanted
        transplantiert:transplanted transplantierten:transplanted transplantierte:transplanted entwickelt:developed
        entwickelten:developed entwickelte:developed gespritzt:injected spritzt:injects spritzte:injected
        spritzten:injected durchgeführt:carried_out untersuchten:examined gefunden:found fanden:found gemacht:made
        gegeben:given gab:there_was gibt:there_is geht:goes ging:went kommt:comes kam:came kamen:came steht:stands
        stand:stood bleibt:remains blieb:remained blieben:remained liegt:is liegen:are gilt:is_considered
        galt:was_considered galten:were_considered stieg:rose sank:fell fiel:fell gestiegen:risen gesunken:fallen
        gestorben:died verstorben:died verstorbenen:deceased überlebt:survived leidet:suffers litt:suffered
        leiden:suffer ermöglicht:enables ermöglichen:enable verbessern:improve verbesserte:improved
        verbesserten:improved vorgestellt:presented veröffentlicht:published veröffentlichten:published
        publiziert:published teilgenommen:taken_part nahmen:took nehmen:take genommen:taken nimmt:takes
        einnehmen:take beobachtet:observed festgestellt:found erreicht:reached erreichten:reached erreichte:reached
        erhält:receives erhalten:received spritzen:injections zerstört:destroyed zerstören:destroy
        umgewandelt:converted gewonnen:obtained entnommen:taken gezüchtet:grown hergestellt:produced
        wiederhergestellt:restored funktioniert:works funktionierten:worked""",
}
_GENERAL_PHRASES = {
    "es": [
        # grammar the words alone get wrong
        (r"sin\s+embargo", "however"), (r"a\s+pesar\s+de(?:l)?", "despite"), (r"lo\s+que", "which"), (r"lo\s+cual", "which"),
        (r"es\s+decir", "that is"), (r"por\s+ejemplo", "for example"), (r"por\s+eso", "so"), (r"por\s+lo\s+tanto", "therefore"),
        (r"en\s+cambio", "instead"), (r"a\s+trav[ée]s\s+de(?:l)?", "through"), (r"gracias\s+a(?:l)?", "thanks to"),
        (r"junto\s+(?:a|con)", "together with"), (r"dentro\s+de(?:l)?", "within"), (r"a\s+partir\s+de(?:l)?", "from"),
        (r"a\s+lo\s+largo\s+de(?:l)?", "over"), (r"a\s+finales\s+de(?:l)?", "at the end of"), (r"hoy\s+en\s+d[íi]a", "today"),
        (r"hay\s+que", "one must"), (r"tiene\s+que|tienen\s+que|ten[íi]a\s+que|ten[íi]an\s+que", "had to"),
        (r"(?:se\s+)?trata\s+de", "it is"), (r"(?:el|la)\s+(?:primer|primera)\s+vez", "the first time"),
        (r"por\s+primera\s+vez", "for the first time"), (r"cada\s+d[íi]a", "every day"), (r"todos\s+los\s+d[íi]as", "every day"),
        (r"al\s+d[íi]a", "a day"), (r"a\s+diario", "daily"), (r"de\s+nuevo", "again"), (r"otra\s+vez", "again"),
        (r"(?:el|la|los|las)\s+dem[áa]s", "the others"), (r"la\s+mayor[íi]a\s+de(?:\s+los|\s+las)?", "most of the"),
        (r"para(?=\s+[^\W\d_]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b)", "to"),
        (r"al(?=\s+[^\W\d_]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b)", "on"),
        (r"acaba(?:n|ba|ban)?\s+de", "has just"),
        # negation before the verb stays a negation, in English order
        (r"no\s+(?:est[áa])\b", "is not"), (r"no\s+(?:est[áa]n)\b", "are not"), (r"no\s+(?:hubo|hab[íi]a)(?!\s+\w+do\b)", "there was no"),
        (r"no\s+hay", "there is no"), (r"no\s+(?:se\s+)?ha\b", "has not"), (r"no\s+(?:se\s+)?han\b", "have not"), (r"no\s+(?:se\s+)?hab[íi]an?\b", "had not"),
        (r"no\s+(?:fue|era)\b", "was not"), (r"no\s+(?:fueron|eran)\b", "were not"), (r"no\s+es\b", "is not"), (r"no\s+son\b", "are not"),
        (r"no\s+(?:se\s+)?(?:observ|registr|detect|report)\w*", "there were no"),
        # times: "hace N años" is N years ago; "desde hace" and "lleva N" are for
        (r"desde\s+hace\s+(?=(?:m[áa]s\s+de\s+|casi\s+)?(?:\d|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce)\b)", "for "),
        (r"hace\s+(\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte)\s+(años|meses|semanas|d[íi]as|año|mes)", "§1 §2 ago"),
        (r"lleva(?:n|ba|ban)?\s+(?=(?:m[áa]s\s+de\s+|casi\s+)?(?:\d|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce)\s+(?:años|meses|semanas|d[íi]as|año|mes)\b)", "has been "),
        (r"en\s+los\s+[úu]ltimos", "in the last"), (r"un\s+año\s+y\s+medio", "18 months"), (r"medio\s+año", "six months"),
        (r"un\s+año", "one year"), (r"un\s+mes", "one month"), (r"(?<=\d\s)de\s+cada(?=\s+\d)", "of"),
        (r"(?<=\d\s)de\s+(?:los|las)(?=\s+\d)", "of the"), (r"(?<=\d\s)de\s+(?:estos|estas|ellos|ellas)", "of them"),
        (r"(?:un|una)\s+(?:joven|chico|chica)", "a young patient"),
        (r"al\s+menos|por\s+lo\s+menos", "at least"),
        (r"(ni[ñn][oa]|joven|chic[oa]|enferm[oa]|voluntari[oa]|diab[ée]tic[oa]|persona|se[ñn]ora?|adolescente|estadounidense|canadiense|brit[áa]nic[oa])\s+de\s+(\d+)\s+a[ñn]os(?:\s+de\s+edad)?", r"§1 aged \2"),
        (r"(?:una\s+)?reducci[óo]n\s+(?:del?\s+)?(\d+(?:[.,]\d+)?)\s*%\s+(?:en\s+)?(?:la|las)\s+(?:dosis|necesidades|requerimientos?)\s+(?:diari[ao]s?\s+)?de\s+insulina", r"a \1% reduction in insulin dose"),
        (r"(?:una\s+)?reducci[óo]n\s+(?:en\s+)?(?:la|las)\s+(?:dosis|necesidades|requerimientos?)\s+(?:diari[ao]s?\s+)?de\s+insulina", "a reduction in insulin dose"),
        # outcomes
        (r"(?:ha|han|hab[íi]an?)\s+dejado\s+de\s+(?:necesitar|usar|inyectarse|requerir|depender\s+de|administrarse|ponerse)\s+(?:la\s+)?insulina", "stopped needing insulin"),
        (r"dej(?:ó|aron|a|an|ara|aran)\s+de\s+(?:ponerse|administrarse|recibir|pincharse|inyectar)\s+(?:la\s+|sus\s+)?(?:inyecciones\s+de\s+)?insulina", "stopped needing insulin"),
        (r"dej(?:ó|aron|a|an|ara|aran)\s+de\s+producir", "stopped producing"), (r"dej(?:ó|aron|a|an|ara|aran)\s+de", "stopped"),
        (r"(?:ya\s+)?no\s+(?:necesit|requ[ie]r)\w*\s+m[áa]s\s+(?:inyecciones\s+de\s+)?insulina", "no longer needed insulin"),
        (r"no\s+(?:ha|han|hab[íi]an?)\s+(?:vuelto\s+a\s+)?(?:necesitado|requerido|usado|utilizado)\s+(?:m[áa]s\s+)?(?:inyecciones\s+de\s+)?insulina", "has not needed insulin"),
        (r"no\s+(?:ha|han|hab[íi]an?)\s+(?:vuelto\s+a\s+)?(?:inyectarse|necesitar|ponerse)\s+(?:m[áa]s\s+)?insulina", "has not needed insulin"),
        (r"prescind\w*\s+de\s+(?:la\s+)?(?:administraci[óo]n\s+de\s+|las\s+inyecciones\s+de\s+)?insulina", "stop insulin"),
        (r"libres?\s+de\s+(?:la\s+)?(?:necesidad\s+de\s+)?(?:inyecciones\s+de\s+)?insulina", "insulin-free"),
        (r"independientes?\s+de\s+(?:la\s+)?insulina", "insulin-independent"), (r"independencia\s+insul[íi]nica", "insulin independence"),
        (r"insulino-?independencia", "insulin independence"),
        (r"(?:produce|producen|produc[íi]a|produc[íi]an)\s+(?:de\s+nuevo\s+|otra\s+vez\s+|ya\s+)?(?:su\s+propia|sus\s+propias)\s+insulina", "produces its own insulin"),
        (r"(?:volvi[óo]|volvieron|vuelve|vuelven)\s+a\s+producir\s+(?:su\s+propia\s+)?insulina", "producing insulin again"),
        (r"(?:tiempo|porcentaje\s+de\s+tiempo)\s+en\s+rango", "time in range"),
        (r"(?:hipoglucemias?|episodios\s+de\s+hipoglucemia)\s+(?:graves|severas?|severos)", "severe hypoglycemia"),
        (r"ninguna\s+hipoglucemia\s+(?:grave|severa)", "no severe hypoglycemia"),
        (r"sin\s+(?:episodios\s+de\s+)?hipoglucemias?(?:\s+(?:graves|severas))?", "without severe hypoglycemia"),
        (r"HbA1c\s+(?:inferior|menor)\s+(?:al?|que)(?=\s*\d)", "HbA1c below"), (r"por\s+debajo\s+del?(?=\s*\d)", "below"),
        (r"efectos\s+(?:secundarios|adversos)\s+(?:graves|severos|serios)", "serious adverse events"),
        (r"no\s+(?:tuvo|tuvieron|present[óo]|presentaron|sufri[óo]|sufrieron)\s+(?:ning[úu]n(?:a)?\s+)?(?:efectos?|eventos?)\s+(?:secundarios?|adversos?)(?:\s+graves)?", "had no side effects"),
        (r"sin\s+efectos\s+(?:secundarios|adversos)(?:\s+graves)?", "without side effects"),
    ],
    "pt": [
        (r"(?:a\s+)?(?:sua|suas)\s+pr[óo]prias?", "their own"), (r"no\s+entanto|contudo|todavia", "however"), (r"apesar\s+d[eoa]s?", "despite"), (r"o\s+que", "which"),
        (r"ou\s+seja|isto\s+é", "that is"), (r"por\s+exemplo", "for example"), (r"por\s+isso", "so"), (r"portanto", "therefore"),
        (r"atrav[ée]s\s+d[eoa]s?", "through"), (r"gra[çc]as\s+a[os]?", "thanks to"), (r"junto\s+(?:a|com)", "together with"),
        (r"dentro\s+d[eoa]s?", "within"), (r"a\s+partir\s+d[eoa]s?", "from"), (r"ao\s+longo\s+d[eoa]s?", "over"),
        (r"(?:tem|têm|tinha|tinham|teve|tiveram)\s+(?:de|que)", "had to"), (r"pela\s+primeira\s+vez", "for the first time"),
        (r"todos\s+os\s+dias|diariamente", "every day"), (r"por\s+dia", "a day"), (r"de\s+novo", "again"),
        (r"a\s+maioria\s+d[oa]s", "most of the"), (r"pelo\s+menos", "at least"), (r"cerca\s+de", "about"),
        (r"para(?=\s+[^\W\d_]+(?:ar|er|ir)(?:-se|-lo|-la|-los|-las)?\b)", "to"), (r"ao(?=\s+[^\W\d_]+(?:ar|er|ir)\b)", "on"),
        (r"acab(?:a|am|ou|aram)\s+de", "has just"),
        (r"n[ãa]o\s+(?:tem|têm|tinha|tinham)\s+(?=\w+do\b)", "has not "),
        (r"n[ãa]o\s+(?:houve|havia|h[áa])(?!\s+\w+do\b)", "there was no"), (r"n[ãa]o\s+(?:tem|teve)\s+(?=\w)", "has no "),
        (r"n[ãa]o\s+(?:tinha|tinham|tiveram|têm)\s+(?=\w)", "had no "),
        (r"n[ãa]o\s+(?:foi|era)\b", "was not"), (r"n[ãa]o\s+(?:foram|eram)\b", "were not"), (r"n[ãa]o\s+é\b", "is not"),
        (r"n[ãa]o\s+s[ãa]o\b", "are not"), (r"n[ãa]o\s+est[áa]\b", "is not"), (r"n[ãa]o\s+est[ãa]o\b", "are not"),
        (r"n[ãa]o\s+(?:se\s+)?(?:observ|registr|detect|relat)\w*", "there were no"),
        # times
        (r"h[áa]\s+(\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|vinte)\s+(anos|meses|semanas|dias|ano|mês)\s+atr[áa]s", "§1 §2 ago"),
        (r"desde\s+h[áa]\s+(?=(?:mais\s+de\s+|quase\s+)?(?:\d|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze)\b)", "for "),
        (r"um\s+ano\s+e\s+meio", "18 months"), (r"meio\s+ano", "six months"), (r"um\s+ano", "one year"), (r"um\s+m[êe]s", "one month"),
        (r"ao\s+fim\s+de|ao\s+final\s+de|no\s+final\s+de", "after"), (r"(?:nos|nas)\s+[úu]ltim[oa]s", "in the last"),
        (r"(?<=\d\s)de\s+cada(?=\s+\d)", "of"), (r"(?<=\d\s)d[oa]s(?=\s+\d)", "of the"), (r"(?<=\d\s)del[ea]s", "of them"),
        (r"(homem|mulher|paciente|crian[çc]a|jovem|rapaz|menino|menina|volunt[áa]ri[oa]|diab[ée]tic[oa]|pessoa|doente|adolescente|senhora?)\s+de\s+(\d+)\s+anos(?:\s+de\s+idade)?", r"§1 aged \2"),
        (r"(portador(?:a|es|as)?|doentes?)\s+de(?=\s+diabetes)", "§1 with"),
        # outcomes
        (r"(?:j[áa]\s+)?n[ãa]o\s+(?:precis|necessit|us|toma|aplica|injeta)\w*\s+mais\s+(?:de\s+)?(?:inje[çc][õo]es\s+de\s+|aplica[çc][õo]es\s+de\s+)?insulina", "no longer needed insulin"),
        (r"n[ãa]o\s+(?:tem|têm|tinha|tinham)\s+(?:mais\s+)?(?:precisado|necessitado|usado|tomado)\s+(?:de\s+)?(?:mais\s+)?insulina", "has not needed insulin"),
        (r"pass(?:ou|aram|a|am)\s+a\s+(?:viver|ficar)\s+sem\s+(?:inje[çc][õo]es\s+de\s+)?insulina", "lives without insulin"),
        (r"pass(?:ou|aram)\s+a", "began to"),
        (r"deix(?:ou|aram|a|am)\s+de\s+(?:usar|tomar|aplicar|injetar|precisar\s+de|depender\s+d[ae])\s+(?:a\s+|as\s+)?(?:inje[çc][õo]es\s+de\s+|aplica[çc][õo]es\s+de\s+)?insulina", "stopped needing insulin"),
        (r"deix(?:ou|aram|a|am)\s+de\s+produzir", "stopped producing"), (r"deix(?:ou|aram|a|am)\s+de", "stopped"),
        (r"livres?\s+d[ae]s?\s+(?:inje[çc][õo]es\s+de\s+)?insulina", "insulin-free"), (r"independentes?\s+d[ae]\s+insulina", "insulin-independent"),
        (r"(?:produz|produzem|produzia|produziam)\s+(?:novamente\s+|de\s+novo\s+|j[áa]\s+)?(?:a\s+)?(?:sua\s+pr[óo]pria|suas\s+pr[óo]prias)\s+insulina", "produces its own insulin"),
        (r"volt(?:ou|aram|a|am)\s+a\s+produzir\s+(?:a\s+sua\s+pr[óo]pria\s+|sua\s+pr[óo]pria\s+)?insulina", "producing insulin again"),
        (r"(?:uma\s+)?redu[çc][ãa]o\s+de\s+(\d+(?:[.,]\d+)?)\s*%\s+(?:n[ao]s?\s+)?(?:dose|doses|necessidade)\s+(?:diária\s+)?de\s+insulina", r"a \1% reduction in insulin dose"),
        (r"(?:epis[óo]dios\s+de\s+)?hipoglicemias?\s+(?:graves|severas?)", "severe hypoglycemia"),
        (r"sem\s+(?:epis[óo]dios\s+de\s+)?hipoglicemias?(?:\s+(?:graves|severas))?", "without severe hypoglycemia"),
        (r"HbA1c\s+(?:inferior|menor)\s+(?:a|que)(?=\s*\d)", "HbA1c below"),
        (r"n[ãa]o\s+(?:teve|tiveram|apresentou|apresentaram|sofreu|sofreram)\s+(?:nenhum\s+)?(?:efeitos?|eventos?)\s+(?:colaterais|adversos?)(?:\s+graves)?", "had no side effects"),
        (r"sem\s+efeitos\s+(?:colaterais|adversos)(?:\s+graves)?", "without side effects"),
        (r"efeitos\s+(?:colaterais|adversos)\s+graves", "serious adverse events"),
    ],
    "it": [
        (r"(?:è|e['’])\s+stat[oa]", "has been"), (r"sono\s+stat[ie]", "have been"), (r"era\s+stat[oa]", "had been"),
        (r"erano\s+stat[ie]", "had been"), (r"tuttavia|per[òo]", "however"), (r"nonostante|malgrado", "despite"), (r"ci[òo]\s+che|quello\s+che", "what"),
        (r"cio[èe]", "that is"), (r"ad\s+esempio|per\s+esempio", "for example"), (r"per\s+questo", "so"), (r"pertanto|dunque", "therefore"),
        (r"grazie\s+(?:a|al|alla|ai|alle|all['’])", "thanks to"), (r"insieme\s+(?:a|con)", "together with"),
        (r"all['’]interno\s+d(?:i|el|ella|ei|egli|elle|ell['’])", "within"), (r"a\s+partire\s+da", "from"),
        (r"fa\s+parte", "is part"), (r"c['’][èe]", "there is"), (r"ci\s+sono", "there are"), (r"c['’]era", "there was"), (r"c['’]erano", "there were"),
        (r"per\s+la\s+prima\s+volta", "for the first time"), (r"ogni\s+giorno|tutti\s+i\s+giorni", "every day"), (r"al\s+giorno", "a day"),
        (r"di\s+nuovo", "again"), (r"la\s+maggior\s+parte\s+(?:dei|delle|degli)", "most of the"), (r"almeno", "at least"),
        (r"per(?=\s+[^\W\d_]+(?:are|ere|ire|rre)\b)", "to"), (r"(?:è|sono)\s+stat[oaie]\s+(?:in\s+grado|capac[ei])\s+di", "was able to"),
        (r"(?:è|sono)\s+in\s+grado\s+di", "is able to"), (r"(?:ha|hanno)\s+potuto", "was able to"),
        (r"(?:ha|hanno|aveva|avevano)\s+dovuto", "had to"),
        # negation before the verb
        (r"non\s+(?:c['’][èe]|ci\s+sono|ci\s+sono\s+stati|c['’]erano|c['’]era)", "there were no"),
        (r"non\s+è\s+stat[oa]", "has not been"), (r"non\s+sono\s+stat[ie]", "have not been"),
        (r"non\s+ha\b", "has not"), (r"non\s+hanno\b", "have not"), (r"non\s+avevano?\b", "had not"), (r"non\s+è\b", "is not"),
        (r"non\s+sono\b", "are not"), (r"non\s+era\b", "was not"), (r"non\s+erano\b", "were not"), (r"non\s+(?:si\s+)?(?:sono\s+)?(?:osservat|registrat|verificat|rilevat)\w*", "there were no"),
        # times
        (r"da\s+(?=(?:oltre\s+|quasi\s+|più\s+di\s+)?(?:\d|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici)\s+(?:anni|mesi|settimane|giorni|anno|mese)\b)", "for "),
        (r"un\s+anno\s+e\s+mezzo", "18 months"), (r"un\s+anno", "one year"), (r"un\s+mese", "one month"),
        (r"a\s+distanza\s+di|dopo", "after"), (r"(?:negli|nei)\s+ultimi", "in the last"),
        (r"(?<=\d\s)(?:dei|delle|degli)(?=\s+\d)", "of the"),
        (r"(uomo|donna|paziente|bambin[oa]|ragazz[oa]|giovane|volontari[oa]|diabetic[oa]|persona|malat[oa]|signora?|adolescente)\s+di\s+(\d+)\s+anni", r"§1 aged \2"),
        (r"(\d+)\s*enne", r"\1-year-old"),
        (r"(affett[oaie]|malat[oaie])\s+da(?=\s+diabete)", "§1 with"),
        # outcomes
        (r"non\s+(?:ha|hanno|aveva|avevano)\s+pi[uù]\s+(?:bisogno\s+di\s+|necessit[àa]\s+di\s+)?(?:assumere|iniettarsi|usare|prendere|somministrarsi|fare)\s+(?:l['’])?(?:iniezioni\s+di\s+)?insulina", "no longer needed insulin"),
        (r"non\s+(?:assume|assumono|usa|usano|prende|prendono|necessita|necessitano|richiede|richiedono)\s+pi[uù]\s+(?:l['’])?(?:iniezioni\s+di\s+)?insulina", "no longer needed insulin"),
        (r"(?:ha|hanno|aveva|avevano)\s+smesso\s+di\s+(?:assumere|iniettarsi|usare|prendere|fare|dipendere\s+dal(?:l['’]|la\s+))\s*(?:l['’])?(?:iniezioni\s+di\s+)?insulina", "stopped insulin"),
        (r"smesso\s+di\s+produrre", "stopped producing"), (r"(?:ha|hanno)\s+smesso\s+di", "stopped"),
        (r"(?:ha|hanno)\s+(?:sospeso|interrotto|abbandonato)\s+(?:completamente\s+)?(?:la\s+terapia\s+insulinica|l['’]insulina|le\s+iniezioni\s+di\s+insulina)", "stopped insulin"),
        (r"liber[oaie]\s+dal(?:l['’]|le\s+iniezioni\s+di\s+|la\s+terapia\s+)insulin\w*", "insulin-free"),
        (r"indipendent[ei]\s+dall['’]insulina", "insulin-independent"),
        (r"(?:produce|producono|produceva|producevano)\s+(?:di\s+nuovo\s+|nuovamente\s+|ora\s+|già\s+)?(?:la\s+)?(?:propria|sua|loro)\s+insulina", "produces its own insulin"),
        (r"(?:ha|hanno)\s+ripreso\s+a\s+produrre\s+(?:la\s+propria\s+)?insulina", "producing insulin again"),
        (r"(?:una\s+)?riduzione\s+(?:del(?:l['’])?\s*)?(\d+(?:[.,]\d+)?)\s*%\s+(?:del(?:la)?\s+)?(?:dose|fabbisogno)\s+(?:giornalier[oa]\s+)?di\s+insulina", r"a \1% reduction in insulin dose"),
        (r"(?:episodi\s+di\s+)?ipoglicemi[ae]\s+(?:gravi|severe)", "severe hypoglycemia"),
        (r"senza\s+(?:episodi\s+di\s+)?ipoglicemi[ae](?:\s+(?:gravi|severe))?", "without severe hypoglycemia"),
        (r"tempo\s+(?:trascorso\s+)?(?:nel|in)\s+(?:range|intervallo)(?:\s+glicemico)?", "time in range"),
        (r"HbA1c\s+(?:inferiore|minore)\s+(?:al?|del?)(?=\s*\d)", "HbA1c below"), (r"(?:inferiore|minore)\s+al(?=\s*\d)", "below"),
        (r"(?:effetti\s+collaterali|eventi\s+avversi)\s+(?:gravi|seri)", "serious adverse events"),
        (r"nessun\s+(?:effetto\s+collaterale|evento\s+avverso)(?:\s+grave)?", "no side effects"),
    ],
    "fr": [
        (r"(?:charg[ée]e?s?|responsables?)\s+d(?:e|['’])", "responsible for"), (r"cependant|toutefois|pourtant|n[ée]anmoins", "however"), (r"malgr[ée]", "despite"), (r"ce\s+qui|ce\s+que", "which"),
        (r"c['’]est[- ]à[- ]dire", "that is"), (r"par\s+exemple", "for example"), (r"c['’]est\s+pourquoi", "that is why"),
        (r"gr[âa]ce\s+(?:à|aux|au)", "thanks to"), (r"en\s+fait", "in fact"), (r"le\s+fait\s+que", "the fact that"),
        (r"à\s+partir\s+d[eu']", "from"), (r"au\s+cours\s+d[eu']", "during"), (r"lors\s+d[eu']", "during"),
        (r"parce\s+qu['’e]", "because"), (r"bien\s+qu['’e]", "although"), (r"alors\s+qu['’e]", "while"), (r"afin\s+d[e']", "to"),
        (r"il\s+y\s+a(?=\s+(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|plus)\b)", "ago"),
        (r"il\s+y\s+a(?:vait)?", "there is"), (r"c['’]est", "it is"), (r"c['’][ée]tait", "it was"),
        (r"pour\s+la\s+premi[èe]re\s+fois", "for the first time"), (r"chaque\s+jour|tous\s+les\s+jours", "every day"),
        (r"par\s+jour", "a day"), (r"de\s+nouveau|à\s+nouveau", "again"), (r"la\s+plupart\s+des", "most of the"), (r"au\s+moins", "at least"),
        (r"pour(?=\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:er|ir|re)\b)", "to"), (r"de(?=\s+[^\W\d_]+(?:er|ir)\b)", "to"),
        (r"(?:a|ont|avait|avaient)\s+(?:d[ûu])(?=\s)", "had to"), (r"être\s+capable\s+de|(?:est|sont)\s+capables?\s+de", "is able to"),
        (r"vient\s+de|viennent\s+de", "has just"),
        # negation: "ne ... pas" stays a negation, before the verb in English
        (r"(?:ne\s+|n['’])(?:l['’]|le\s+|la\s+|les\s+|leur\s+|lui\s+|s['’]|se\s+|y\s+|en\s+)?(a|ont|avait|avaient|est|sont|était|étaient)\s+pas", "§1 not"),
        (r"(?:ne\s+|n['’])(?:s['’]|se\s+)?(\w+)\s+(?:pas|jamais|aucun(?:e)?)\b", "not §1"),
        (r"(?:ne\s+|n['’])(?:s['’]|se\s+)?(\w+)\s+plus\b(?!\s+(?:de|d['’]|que)\s+\d)", "no longer §1"),
        (r"il\s+n['’]y\s+a(?:vait|\s+eu)?\s+(?:pas\s+(?:eu\s+)?(?:de|d['’])|aucun(?:e)?)", "there were no"),
        (r"aucun(?:e)?\s+(?:effet\s+(?:secondaire|ind[ée]sirable)|[ée]v[ée]nement\s+ind[ée]sirable)(?:\s+grave)?", "no side effects"),
        # times
        (r"depuis\s+(?=(?:plus\s+d['’]|près\s+d['’]|presque\s+)?(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|dix-huit)\b)", "for "),
        (r"au\s+bout\s+d['’e]", "after"), (r"(?:un\s+)?an\s+et\s+demi", "18 months"), (r"six\s+mois", "six months"),
        (r"un\s+an", "one year"), (r"une\s+ann[ée]e", "one year"), (r"un\s+mois", "one month"), (r"(?:ces|les)\s+derni[èe]res?", "the last"),
        (r"(?<=\d\s)(?:des|d['’]entre\s+eux|d['’]entre\s+elles)(?=\s+\d)", "of the"),
        (r"(homme|femme|patiente?|enfant|jeune|gar[çc]on|fille|volontaire|diab[ée]tique|personne|malade|adolescente?|Canadienne?|Am[ée]ricaine?)\s+(?:[âa]g[ée]e?s?\s+)?de\s+(\d+)\s+ans", r"§1 aged \2"),
        (r"[âa]g[ée]e?s?\s+de\s+(\d+)\s+(?:à|et)\s+(\d+)\s+ans", r"aged \1 to \2"), (r"[âa]g[ée]e?s?\s+de\s+(\d+)\s+ans", r"aged \1"),
        # outcomes
        (r"(?:ne\s+|n['’])(?:s['’])?(?:injecte|injectent|prend|prennent|utilise|utilisent)\s+plus\s+(?:d['’]|l['’]|d['’]injections\s+d['’])insuline", "no longer needed insulin"),
        (r"(?:ne\s+|n['’])(?:est|sont|était|étaient)\s+plus\s+(?:insulino-?d[ée]pendante?s?|d[ée]pendante?s?\s+de\s+l['’]insuline)", "no longer dependent on insulin"),
        (r"(?:a|ont|avait|avaient)\s+(?:pu\s+)?(?:arr[êe]t[ée]|cess[ée]|abandonn[ée])\s+(?:de\s+prendre\s+|de\s+s['’]injecter\s+|la\s+prise\s+d['’]|les\s+injections\s+d['’]|l['’])insuline", "stopped insulin"),
        (r"(?:a|ont|avait|avaient)\s+(?:arr[êe]t[ée]|cess[ée])\s+de\s+produire", "stopped producing"),
        (r"sevr[ée]e?s?\s+(?:de\s+l['’]|d['’])insuline", "weaned off insulin"),
        (r"lib[ée]r[ée]e?s?\s+(?:de\s+l['’]insuline|des\s+injections\s+(?:quotidiennes\s+)?d['’]insuline|de\s+(?:la\s+)?(?:contrainte|d[ée]pendance)\s+(?:de\s+l['’]|à\s+l['’])insuline)", "freed from insulin"),
        (r"(?:ind[ée]pendante?s?|libres?)\s+(?:de\s+l['’]|vis-à-vis\s+de\s+l['’])insuline", "insulin-independent"),
        (r"(?:produit|produisent|produisait|produisaient)\s+(?:à\s+nouveau\s+|de\s+nouveau\s+|d[ée]sormais\s+|maintenant\s+)?(?:sa|leur|son)\s+propre\s+insuline", "produces its own insulin"),
        (r"(?:sa|leur|son)\s+propre\s+insuline", "its own insulin"),
        (r"(?:a|ont)\s+(?:recommencé|repris)\s+à\s+produire\s+(?:de\s+l['’]|sa\s+propre\s+|leur\s+propre\s+)?insuline", "producing insulin again"),
        (r"(?:une\s+)?r[ée]duction\s+de\s+(\d+(?:[.,]\d+)?)\s*%\s+(?:de\s+la\s+dose|des\s+doses|des\s+besoins)\s+(?:quotidiens?\s+|quotidiennes?\s+)?(?:d['’]|en\s+)insuline", r"a \1% reduction in insulin dose"),
        (r"(?:le\s+)?temps\s+pass[ée]\s+dans\s+la\s+(?:cible|plage)(?:\s+glyc[ée]mique)?|temps\s+dans\s+la\s+plage(?:\s+cible)?", "time in range"),
        (r"(?:HbA1c|h[ée]moglobine\s+glyqu[ée]e)\s+(?:inf[ée]rieure?|en\s+dessous)\s+(?:à|de)(?=\s*\d)", "HbA1c below"),
        (r"(?:inf[ée]rieure?|en\s+dessous)\s+(?:à|de)(?=\s*\d)", "below"),
        (r"(?:effets\s+(?:secondaires|ind[ée]sirables)|[ée]v[ée]nements\s+ind[ée]sirables)\s+(?:graves|s[ée]rieux|s[ée]v[èe]res)", "serious adverse events"),
        (r"sans\s+(?:effets\s+(?:secondaires|ind[ée]sirables))(?:\s+graves)?", "without side effects"),
    ],
    "de": [
        (r"zu\s+Hause", "at home"), (r"zum\s+ersten\s+Mal", "for the first time"), (r"(?:zum|das)\s+erste\s+Mal", "the first time"),
        (r"vor\s+(\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig)\s+(Jahren|Monaten|Wochen|Tagen|Jahr|Monat)", "§1 §2 ago"),
        (r"im\s+Alter\s+von\s+(\d+)\s+Jahren", r"aged \1"), (r"(\d+)\s+Jahre\s+alt(?:e[nr]?)?", r"aged \1"),
        (r"(?<=\d\s)der(?=\s+\d)", "of the"), (r"um(?=\s+(?:\d|etwa|rund|fast|mehr\s+als))", "by"),
        (r"über(?=\s+(?:\d|ein|eine|einem|einen|zwei|drei|vier|fünf|sechs|zehn|zwölf)\s+(?:Jahr|Monat|Woche|Tag))", "for more than"),
        (r"(?:ein|einem)\s+halbes?\s+Jahr", "six months"), (r"anderthalb\s+Jahren?|eineinhalb\s+Jahren?", "18 months"),
        (r"noch\s+nicht", "not yet"), (r"nicht\s+mehr", "no longer"), (r"es\s+gibt", "there are"), (r"es\s+gab", "there were"),
        (r"mit\s+Hilfe\s+von|mithilfe\s+von", "with"), (r"im\s+Rahmen\s+(?:der|des|einer|eines)", "as part of"),
        (r"leide[nt]?\s+an|litten?\s+an|erkrankt\s+an", "with"),
        # outcomes
        (r"(?:muss|müssen|musste|mussten)\s+((?:(?!(?:nicht|noch|weniger)\b)[\w.,-]+\s+){0,6}?)kein(?:e|en)?\s+(?:Insulin|Insulinspritzen|Insulininjektionen|Spritzen)\s+mehr\s+(?:spritzen|injizieren|nehmen|verabreicht\s+werden)", "§1no longer needed insulin"),
        (r"(?:spritzt|spritzen|spritzte|spritzten|nimmt|nehmen|nahm|nahmen)\s+((?:(?!(?:nicht|noch|weniger)\b)[\w.,-]+\s+){0,6}?)kein(?:e|en)?\s+(?:Insulin|Insulinspritzen)\s+mehr", "§1no longer needed insulin"),
        (r"(?:ist|sind|war|waren)\s+((?:(?!(?:nicht|noch)\b)[\w.,-]+\s+){0,6}?)nicht\s+mehr\s+(?:auf\s+(?:Insulin|Insulinspritzen|Insulininjektionen)\s+angewiesen|insulinpflichtig|insulinabhängig)", "§1no longer dependent on insulin"),
        (r"(?:kommt|kommen|kam|kamen)\s+((?:(?!(?:nicht|noch|kaum)\b)[\w.,-]+\s+){0,6}?)ohne\s+(?:externes\s+|zusätzliches\s+|künstliches\s+)?(?:Insulin|Insulinspritzen|Insulininjektionen|Insulingaben)\s+aus", "§1managed without insulin"),
        (r"(ist|sind|war|waren|blieb|blieben|bleibt|bleiben)\s+((?:(?!(?:nicht|noch|kaum)\b)[\w.,-]+\s+){0,6}?)insulinfrei", "§1 §2insulin-free"),
        (r"(?:stellt|stellte|stellten|stellen)\s+((?:(?!(?:nicht|noch|kaum)\b)[\w.,-]+\s+){0,6}?)(?:wieder\s+)?(?:selbst\s+|selber\s+|eigenes\s+)?Insulin\s+her", "§1produces its own insulin"),
        (r"(?:Insulin|Insulinspritzen|die\s+Insulintherapie)\s+(?:komplett\s+|ganz\s+|vollständig\s+)?(?:absetzen|abgesetzt|weglassen|weggelassen)", "stopped insulin"),
        (r"keine\s+(?:schweren|schwere|ernsten)\s+(?:Unterzuckerungen|Hypoglykämien|Hypos)", "no severe hypoglycemia"),
        (r"(?:schwere|schweren)\s+(?:Unterzuckerungen|Hypoglykämien|Hypos)", "severe hypoglycemia"),
        (r"(?:HbA1c|Langzeitzucker|HbA1c-Wert)\s+(?:unter|von\s+unter)(?=\s*\d)", "HbA1c below"), (r"unter(?=\s*\d+(?:[.,]\d+)?\s*(?:%|Prozent))", "below"),
        (r"keine\s+(?:schweren\s+|schwerwiegenden\s+)?(?:Nebenwirkungen|unerwünschten\s+Ereignisse)", "no side effects"),
        (r"schwere\s+(?:Nebenwirkungen|unerwünschte\s+Ereignisse)|schwerwiegende\s+(?:Nebenwirkungen|unerwünschte\s+Ereignisse)", "serious adverse events"),
        (r"Zeit\s+im\s+(?:Ziel)?(?:bereich|Bereich)", "time in range"),
    ],
}


_GENERAL = {lang: {**_verbs(lang, _GENERAL_VERBS.get(lang, "")), **_table(_GENERAL_WORDS[lang])} for lang in _GENERAL_WORDS}
for _lang, _gen in _GENERAL.items():
    WORDS[_lang] = {**_gen, **WORDS[_lang]}
for _lang, _more in _GENERAL_PHRASES.items():
    PHRASES[_lang].extend(_more)


# Chinese and Japanese write no spaces, so their tables are phrases only, matched anywhere, and each
# English replacement brings its own spaces. Counts come before the noun as in English ("6例" → "6 patients").
_UNITS_ZH = ((r"个?月", "months"), (r"周", "weeks"), (r"天|日", "days"), (r"年(?!代|[01]?\d月)", "years"), (r"小时", "hours"))
_UNITS_JA = ((r"[ヶかカケ箇]月", "months"), (r"週間?", "weeks"), (r"日間?", "days"), (r"年間?(?![01]?\d月)", "years"), (r"時間", "hours"))
_NUM_CJK = r"(\d{1,3}(?:\.\d+)?)\s*"      # a count or a duration; four digits are a calendar year

PHRASES["zh"] = [
    (r"\?(?![ \t]*\n)", "?\n"), (r"!(?![ \t]*\n)", "!\n"), (r"是否", " whether "), (r"停药", " stopped all medications "),
    (r"维持正常血糖", " maintained normal blood glucose "), (r"脑死亡", " brain death "),
    *[(rf"(?:移植|术|治疗|输注|回输|手术|注射)后\s*{_NUM_CJK}(?:{u})", rf" \1 {e} after treatment ") for u, e in _UNITS_ZH],
    *[(rf"(?:平均)?随访(?:时间)?(?:为|达)?\s*{_NUM_CJK}(?:{u})", rf" at \1 {e} of follow-up ") for u, e in _UNITS_ZH],
    *[(rf"(?:长达|持续|维持)\s*{_NUM_CJK}(?:{u})", rf" for \1 {e} ") for u, e in _UNITS_ZH],
    *[(rf"{_NUM_CJK}(?:{u})(?:内|后)", rf" after \1 {e} ") for u, e in _UNITS_ZH],
    *[(rf"(?<![\d.年]){_NUM_CJK}(?:{u})", rf" \1 {e} ") for u, e in _UNITS_ZH],   # "2011年1月" is a date
    (r"(?:1|I|Ⅰ|一)\s*型糖尿病?", " type 1 diabetes "), (r"(?:2|II|Ⅱ|二)\s*型糖尿病?", " type 2 diabetes "),
    (r"T1DM", " type 1 diabetes "), (r"T2DM", " type 2 diabetes "), (r"糖尿病", " diabetes "),
    (rf"{_NUM_CJK}(?:例|名|位|个)(?:患者|病人|病例|受者)?", r" \1 patients "), (r"患者|病人|受者", " patients "),
    (r"(?:脐带)?间充质干细胞", " mesenchymal stem cells "), (r"造血干细胞", " hematopoietic stem cells "),
    (r"(?:化学)?诱导(?:性)?多能干细胞|iPS\s*细胞", " induced pluripotent stem cells "), (r"干细胞", " stem cells "),
    (r"胰岛移植|胰岛细胞移植", " islet transplant "), (r"胰岛", " islets "), (r"移植", " transplant "), (r"自体", " autologous "),
    (r"(?:完全|彻底)?(?:撤除|停用|停止使用|脱离|摆脱|停掉)胰岛素(?:注射|治疗|依赖)?", " stopped insulin "),
    (r"不再(?:需要)?(?:注射|使用|依赖)?胰岛素", " no longer needed insulin "),
    (r"胰岛素(?:用量|剂量|需要量|需求量?)(?:较\S{0,4}?)?(?:减少|下降|降低)", " reduced insulin dose "),
    (r"胰岛素减量", " insulin dose reduction "), (r"胰岛素", " insulin "),
    (r"C\s*-?\s*肽", " C-peptide "), (r"糖化血红蛋白", " HbA1c "), (r"严重低血糖", " severe hypoglycemia "), (r"低血糖", " hypoglycemia "),
    (r"不良反应|不良事件", " adverse events "), (r"并发症", " complications "), (r"死亡", " died "), (r"小鼠", " mice "),
    (r"安慰剂组", " placebo group "), (r"对照组", " control group "), (r"其中", " of them "), (r"均", " all "),
    (r"增加|升高", " increased "), (r"减少|降低|下降", " reduced "), (r"达到", " reached "), (r"无", " no "),
    # a full stop ends a sentence whatever follows; the English segmenter wants a capital, so a line ends too
    (r"。(?![ \t]*\n)", ".\n"), (r"。", "."), (r"！", "!\n"), (r"？", "?\n"), (r"，", ", "), (r"；", "; "), (r"：", ": "), (r"（", " ("), (r"）", ") "), (r"、", ", "),
]
PHRASES["ja"] = [
    *[(rf"(?:移植|治療|投与)後\s*{_NUM_CJK}(?:{u})", rf" \1 {e} after transplant ") for u, e in _UNITS_JA],
    *[(rf"{_NUM_CJK}(?:{u})後", rf" \1 {e} later ") for u, e in _UNITS_JA],
    *[(rf"(?<![\d.年]){_NUM_CJK}(?:{u})", rf" \1 {e} ") for u, e in _UNITS_JA],
    (r"(?:1|I|Ⅰ)\s*型糖尿病", " type 1 diabetes "), (r"(?:2|II|Ⅱ)\s*型糖尿病", " type 2 diabetes "), (r"糖尿病", " diabetes "),
    (rf"{_NUM_CJK}(?:名|例|人)(?:の患者)?", r" \1 patients "), (r"患者(?:さん)?", " patients "),
    (r"iPS\s*細胞", " induced pluripotent stem cells "), (r"間葉系幹細胞", " mesenchymal stem cells "), (r"幹細胞", " stem cells "),
    (r"膵島移植", " islet transplant "), (r"膵島", " islets "), (r"移植", " transplant "),
    (r"インスリン(?:から)?(?:の)?離脱(?:を達成)?", " became insulin-independent "), (r"インスリン(?:注射)?(?:が|を)?不要", " no longer needed insulin "),
    (r"インスリン", " insulin "), (r"Cペプチド|C-ペプチド", " C-peptide "), (r"重症低血糖(?:発作)?", " severe hypoglycemia "),
    (r"低血糖", " hypoglycemia "), (r"有害事象|副作用", " adverse events "), (r"死亡", " died "),
    (r"。(?![ \t]*\n)", ".\n"), (r"。", "."), (r"！", "!\n"), (r"？", "?\n"), (r"、", ", "), (r"（", " ("), (r"）", ") "),
]
PHRASES["zh"][:0] = [
    (r"C\s*-?\s*肽(?:水平)?(?:均|也|亦|都)?(?:在|处于|维持在|恢复(?:至|到)?)?正常(?:范围|水平)(?:内)?", " normal C-peptide "),
    (r"(?:可)?(?:检测到|测到|检出)\s*C\s*-?\s*肽", " detected C-peptide "),
    (r"(?:糖化血红蛋白|HbA1c)(?:\s*\(HbA1c\))?(?:水平)?(?:均|也|亦|都)?(?:基本|接近)?(?:恢复)?(?:至|到)?正常(?:范围|水平)?(?:内)?", " HbA1c within the normal range "),
    (r"(?:恢复|重建)(?:了)?(?:自身|自主)?(?:的)?胰岛素分泌(?:功能)?", " restored insulin secretion "),
    (r"(?:自身|自主)分泌胰岛素", " producing their own insulin "), (r"胰岛素分泌", " insulin secretion "),
    (r"胰岛功能(?:恢复|重建)", " islet function restored "), (r"胰岛功能", " islet function "),
    (r"(?:有)?(?:严重|反复)?低血糖(?:病)?史(?:的)?", " with a history of hypoglycemia; "),   # who qualified, not an outcome
    (r"(?:对)?外源性胰岛素", " exogenous insulin "), (r"(?:对)?外源性胰岛素(?:需求量?|需要量)", " exogenous insulin requirements "), (r"胰岛素(?:需求量?|需要量)", " insulin requirements "),
]
PHRASES["ja"][:0] = [
    (r"重症低血糖(?:発作)?(?:が|の)?消失", " disappearance of severe hypoglycemia "),
    (r"インスリン(?:分泌|産生)", " insulin production "), (r"(?:Cペプチド|C-ペプチド)(?:が)?(?:検出|陽性)", " detectable C-peptide "),
]
# Japanese, the general phrasings of reports (abstracts, press releases, news). The verb ends the clause and is
# what makes a result ("インスリン注射が不要になった": insulin injection + subject particle + became unneeded), so
# an outcome phrase spans noun to verb and writes it in English order; a negated verb ("離脱には至らなかった")
# or a goal ("インスリン離脱を目指す", "...が期待される", "主要評価項目は...") is glossed as no result, and being
# longer it wins over the outcome it starts with. Counts: "10例中7例", "10名のうち7名"; "全例" is every patient.
_JA_U = ((r"[ヶかカケ箇]月", "months"), (r"週", "weeks"), (r"日", "days"), (r"年(?![01]?\d月)", "years"))
_JA_N = r"(\d{1,3}(?:\.\d+)?)\s*"
_JA_INS = r"インスリン(?:の)?(?:注射|治療|投与|製剤|療法)?"
_JA_SUBJ = r"(?:が|は|を|も)?"
_JA_ALL = r"(?:(?:全例|全員|全患者|すべての患者|全ての患者)(?:で|が|とも|において)?)?"
_JA_NOT = r"(?:なかった|ず|ない|ていない|ません)"
_JA_END = r"(?:し|され|でき|となっ|になっ)?(?:た|ました|ている|ていた|ています|ており|て)?"
_JA_TREATED = r"(?:移植|治療|投与|手術|注入|移植手術|細胞移植)(?:を受けて|を行って|して)?(?:から|後)"
PHRASES["ja"][:0] = [
    # goals, endpoints and hopes: no result whatever outcome they name
    (r"(?:インスリン|重症低血糖|低血糖|Cペプチド|C-ペプチド|HbA1c)[^。．.,，、\n]{0,24}?(?:目指|目標|目的|期待|予定|見込|可能性|ことができる(?!ようになっ)|できるよう(?:に(?!なっ))|評価項目|割合とした|を評価)",
     " (a goal, no result) "),
    (rf"{_JA_INS}{_JA_SUBJ}(?:から)?(?:の)?(?:完全)?(?:離脱|中止|不要)(?:に|と|は|が|には|を)?(?:は)?(?:至ら|でき|達成でき|得られ|なら|成功し|し|され){_JA_NOT}",
     " (insulin not stopped) "),
    (rf"(?:Cペプチド|C-ペプチド|CPR)(?:は|が)?{_JA_ALL}(?:検出|測定)(?:され|でき)?{_JA_NOT}", " (none found) "),
    # times
    *[(rf"{_JA_TREATED}\s*{_JA_N}{u}(?:間)?(?:後|が経過した時点|経過後|経過時|の時点|目)?(?:で|に|には|の時点で)?", rf" \1 {e} after transplant ") for u, e in _JA_U],
    *[(rf"{_JA_N}{u}(?:間)?以上(?:にわたり|にわたって|の間|間)?", rf" for more than \1 {e} ") for u, e in _JA_U],
    *[(rf"{_JA_N}{u}(?:間|にわたり|にわたって|間にわたり|間にわたって|もの間)(?!後)", rf" for \1 {e} ") for u, e in _JA_U],
    *[(rf"{_JA_N}{u}(?:間)?以内(?:に)?", rf" within \1 {e} ") for u, e in _JA_U],
    *[(rf"(?:経過観察|観察|追跡|フォローアップ)(?:期間)?(?:は|が)?(?:中央値|平均)?\s*{_JA_N}{u}(?:間)?", rf" at \1 {e} of follow-up ") for u, e in _JA_U],
    *[(rf"{_JA_N}{u}(?:間)?の(?:経過観察|観察|追跡|フォローアップ)(?:期間)?", rf" at \1 {e} of follow-up ") for u, e in _JA_U],
    (r"半年(?:後)?", " six months "), (r"(\d+)年半", r" \1.5 years "),
    # groups: "10例中7例", "10名のうち7名", every patient, one patient
    (rf"{_JA_N}(?:名|例|人|症例)(?:の患者)?(?:中|のうち|の内|の中で|中で)\s*{_JA_N}(?:名|例|人|症例)", r" \2 of \1 patients "),
    (r"(?:全例|全員|全患者|すべての患者|全ての患者)(?:で|が|とも|において|に)?", " all patients "),
    (rf"(?:心停止|脳死)?(?:ドナー|提供者)(?:[:：]\s*|から(?:の)?\s*)?{_JA_N}(?:名|例|人|体)", r" \1 donors "), (r"レシピエント", " recipients "),
    (rf"{_JA_N}症例", r" \1 patients "),
    (r"(\d{1,2})\s*歳(?:の)?(?:男性|男児|男の子|男性患者)", r" a \1-year-old man "),
    (r"(\d{1,2})\s*歳(?:の)?(?:女性|女児|女の子|女性患者)", r" a \1-year-old woman "),
    (r"(\d{1,2})\s*(?:歳)?代(?:の)?(?:男性|男性患者)", " a man "), (r"(\d{1,2})\s*(?:歳)?代(?:の)?(?:女性|女性患者)", " a woman "),
    # diabetes, cells, sites, drugs
    (r"インスリン依存(?:性|型)糖尿病", " insulin-dependent diabetes "),
    (r"ES\s*細胞|胚性幹細胞", " embryonic stem cells "), (r"(?:膵)?(?:β|ベータ)\s*細胞", " beta cells "),
    (r"膵島細胞|膵島組織", " islet cells "), (r"ランゲルハンス島", " islets "), (r"造血幹細胞", " hematopoietic stem cells "),
    (r"自家(?!用)", " autologous "), (r"他家|同種(?!同系)", " allogeneic "), (r"臍帯(?:血)?", " umbilical cord "), (r"骨髄", " bone marrow "),
    (r"脳死(?:ドナー)?", " brain-dead donor "), (r"心停止ドナー", " deceased donor "),
    (r"免疫抑制(?:剤|薬)(?:を|は)?(?:使用|使わ|投与)(?:せず|しない|ず)", " without immunosuppressants "),
    (r"免疫抑制(?:剤|薬)", " immunosuppressants "), (r"免疫抑制(?:療法)?", " immunosuppression "), (r"拒絶反応", " rejection "),
    (r"門脈", " portal vein "), (r"皮下", " subcutaneous "), (r"腹部", " abdomen "),
    (r"臨床試験|治験|臨床研究", " clinical trial "),
    (r"第\s*(?:1|I|Ⅰ|一)\s*/\s*(?:2|II|Ⅱ|二)\s*相", " phase 1/2 "), (r"第\s*(?:1|I|Ⅰ|一)\s*相", " phase 1 "),
    (r"第\s*(?:2|II|Ⅱ|二)\s*相", " phase 2 "), (r"第\s*(?:3|III|Ⅲ|三)\s*相", " phase 3 "),
    # outcomes
    (rf"{_JA_INS}{_JA_SUBJ}(?:から)?(?:の)?(?:完全)?離脱(?:を達成|に成功|を果たし|が得られ|を得)?{_JA_END}", " became insulin-independent "),
    (rf"{_JA_INS}{_JA_SUBJ}(?:完全に)?不要(?:に|と)?(?:なった|なり|なる|なっ|なりました|の状態)?", " no longer needed insulin "),
    (rf"{_JA_INS}{_JA_SUBJ}(?:完全に)?(?:中止|中断|やめ|止め|休止)(?:し|した|できた|することができた|しました|され|された|て)", " stopped insulin "),
    (rf"{_JA_INS}{_JA_SUBJ}(?:使わ|打た|使用し|注射し|し)なくて(?:も)?(?:よく|良く|すむ|済む|済ん)(?:なった|なり|で)?", " no longer needed insulin "),
    (rf"{_JA_INS}(?:なし|を使わず|を使用せず|を用いず|を打たず)(?:で|に)(?:生活|過ごし|暮らし)", " lives without insulin "),
    (rf"{_JA_INS}(?:なし|を使わず|を使用せず|を用いず|を打たず)(?:で|に)?", " without insulin "),
    (r"インスリン(?:離脱|非依存)率", " the rate of insulin independence "), (r"インスリンフリー", " insulin-free "), (r"インスリン非依存(?:状態)?", " insulin independence "),
    (rf"{_JA_INS}(?:の)?(?:使用量|投与量|必要量|注射量|量|用量|単位数|需要量)(?:は|が|を)?(?:平均|約)?\s*(\d+(?:\.\d+)?)\s*(?:%|％|パーセント)\s*(?:減少|低下|削減|減量|減ら|減っ|少なく){_JA_END}",
     r" the insulin dose was reduced by \1% "),
    (rf"{_JA_INS}(?:の)?(?:使用量|投与量|必要量|注射量|量|用量|単位数|需要量)(?:は|が|を)?(?:約)?半減{_JA_END}", " the insulin dose was reduced by 50% "),
    (rf"{_JA_INS}(?:の)?(?:使用量|投与量|必要量|注射量|量|用量|単位数|需要量)(?:は|が|を)?(?:大幅に|著明に|有意に)?(?:減少|低下|削減|減量|減ら|減っ|少なく){_JA_END}",
     " the insulin dose was reduced "),
    (rf"{_JA_INS}(?:の)?(?:使用量|投与量|必要量|注射量|量|用量|単位数|需要量)", " the insulin dose "),
    (rf"(?:血中|血清|空腹時|刺激後)?(?:Cペプチド|C-ペプチド|CPR)(?:は|が)?{_JA_ALL}(?:の)?(?:検出|陽性|測定可能|分泌が確認|分泌を認め|回復|陽転)(?:され|し|でき)?(?:た)?",
     " C-peptide was detected "),
    (rf"重症低血糖(?:発作)?(?:は|が|の)?{_JA_ALL}(?:消失|なくなっ|認められなくなっ|起こらなくなっ|起きなくなっ|見られなくなっ){_JA_END}", " disappearance of severe hypoglycemia "),
    (r"(?:HbA1c|ヘモグロビンA1c|HbA1C)(?:値)?(?:は|が)?(?:全例で)?(?:目標の)?\s*(\d+(?:\.\d+)?)\s*(?:%|％)\s*(?:未満|以下)", r" HbA1c below \1% "),
    (r"(\d+(?:\.\d+)?)\s*(?:%|％)\s*(?:未満|以下)", r" below \1% "),
    (r"目標(?:血糖)?範囲内(?:の)?時間|血糖値が目標範囲内にある時間|タイム・?イン・?レンジ", " time in range "),
    (rf"(?:重篤な|重大な|深刻な)?(?:有害事象|副作用|副反応)(?:は|が|も)?(?:(?:認められ|み?られ|見られ|発生し|生じ|起こら|観察され|報告され){_JA_NOT}|なかった|なし)", " no serious adverse events "),
    (r"(?:重篤な|重大な|深刻な)(?:有害事象|副作用)", " serious adverse events "),
    (r"死亡例(?:は|も)?(?:なかった|認められなかった|なし)", " no deaths "), (r"亡くなっ(?:た)?", " died "),
]
# Chinese, the general phrasings of reports. The verb comes before its object as in English, so a hope or plan
# ("有望摆脱胰岛素", "旨在...", "计划...") or a negation ("未能脱离胰岛素", "尚未停用") comes before the outcome: a
# phrase from it to the outcome is glossed as no result and, starting first, wins. Counts: "12例中有9例",
# "在...的8名患者中，6人"; numbers written in characters count durations ("一年多", "三个月", "半年").
_ZH_N = r"(\d{1,3}(?:\.\d+)?)\s*"
_ZH_WORDNUM = (("一", "1"), ("两|二", "2"), ("三", "3"), ("四", "4"), ("五", "5"), ("六", "6"),
               ("七", "7"), ("八", "8"), ("九", "9"), ("十", "10"), ("十二", "12"), ("十八", "18"))
_ZH_U = ((r"个?月", "months"), (r"周", "weeks"), (r"天", "days"), (r"年(?!代|[01]?\d月|龄|级|度)", "years"))
_ZH_OUT = r"(?:胰岛素|低血糖|C\s*-?\s*肽|糖化血红蛋白|HbA1c)"
_ZH_STOP = r"(?:撤除|停用|停止使用|停止注射|脱离|摆脱|停掉|停止|戒掉|告别)"
PHRASES["zh"][:0] = [
    # hopes, aims and plans; negated outcomes
    (rf"(?:有望|旨在|计划|拟|预计|可望|期望|希望|目标是|争取|致力于|力争|以期|将会|将可|将能|或将|能否|用于|为了|以便|帮助)[^。，,；;！？\n]{{0,16}}?{_ZH_OUT}[^。，,；;！？\n]{{0,6}}",
     " (a goal, no result) "),
    (rf"(?:未能|尚未|没有|没能|不能|无法|仍未|并未|均未|未)(?:完全|彻底)?(?:{_ZH_STOP}|实现)(?:了)?[^。，,；;！？\n]{{0,4}}?胰岛素(?:注射|治疗|依赖)?", " (insulin not stopped) "),
    (r"仍(?:然)?(?:需要?|依赖)(?:注射|使用)?(?:外源性)?胰岛素", " (insulin still needed) "),
    (r"(?:未|没有|不能)(?:检测到|测到|检出)\s*C\s*-?\s*肽|C\s*-?\s*肽(?:水平)?(?:均)?(?:阴性|未检出|测不到)", " (none found) "),
    # groups
    (rf"{_ZH_N}(?:例|名|位|个|人)(?:患者|病人|受试者|受者|参与者)?(?:之)?中(?:，|,)?\s*(?:有|共有)?\s*{_ZH_N}(?:例|名|位|个|人)", r" \2 of \1 patients "),
    (rf"{_ZH_N}(?:例|名|位)(?:患者|病人|受试者|受者|参与者)(?:之)?中(?:，|,)?(?:有|共有)?", r" of \1 patients, "),
    (rf"(?<![\d.]){_ZH_N}人(?!口|民|类|次|份|群|员|士|体|工)", r" \1 patients "),
    (r"(?:所有|全部|全体)(?:患者|病人|受试者|受者|参与者)?(?:均|都)?", " all patients "),
    (r"(?:该|这名|这位|此)(?:患者|病人|女患者|男患者)", " the patient "),
    (r"(?:平均|中位)年龄(?:为|是)?\s*(\d{1,2}(?:\.\d+)?)\s*岁", r" mean age \1 years "),
    (r"(?:一|1)?\s*(?:名|位|例)?\s*(\d{1,2})\s*岁(?:的)?(?=[^。，,；]{0,14}?(?:女|男))", r" a \1-year-old "),
    (r"(\d{1,2})\s*岁", r" aged \1 "),
    (r"女性患者|女患者|女子|女孩", " woman "), (r"男性患者|男患者|男子|男孩", " man "),
    (r"平均", " on average "), (r"中位", " median "),
    # times
    *[(rf"(?:移植|术|治疗|输注|回输|手术|注射|干预)后(?:第)?\s*{_ZH_N}(?:{u})(?:时)?", rf" \1 {e} after treatment ") for u, e in _ZH_U],
    *[(rf"{_ZH_N}(?:{u})(?:以上|余|多)", rf" more than \1 {e} ") for u, e in _ZH_U],
    *[(rf"(?<![\d一二三四五六七八九十两]){k}(?:个)?月(?:以上|余|多)", f" more than {e} months ") for k, e in _ZH_WORDNUM],
    *[(rf"(?<![\d一二三四五六七八九十两]){k}年(?:以上|余|多)", f" more than {e} years ") for k, e in _ZH_WORDNUM],
    *[(rf"(?<![\d一二三四五六七八九十两第]){k}个月", f" {e} months ") for k, e in _ZH_WORDNUM],
    *[(rf"(?<![\d一二三四五六七八九十两第]){k}年(?![代级度龄前])", f" {e} years ") for k, e in _ZH_WORDNUM],
    (r"(?:一年半)", " 18 months "), (r"半年", " six months "),
    (r"(?:已|已经)?(?:维持|持续|保持|长达)(?:了)?(?=\s*(?:\d|[一二三四五六七八九十两半]))", " for "), (r"超过", " more than "), (r"(?:至今|迄今)", " to date "),
    # cells, sites, drugs
    (r"胰岛素依赖型糖尿病", " insulin-dependent diabetes "), (r"胚胎干细胞", " embryonic stem cells "),
    (r"(?:胰岛)?(?:β|贝塔)\s*细胞", " beta cells "), (r"供体|捐献者|捐赠者", " donor "), (r"(?:同种)?异体", " allogeneic "),
    (r"(?:不|无需|未|没有)(?:使用|服用|需要)?免疫抑制剂", " without immunosuppressants "),
    (r"免疫抑制剂", " immunosuppressants "), (r"免疫抑制(?:治疗)?", " immunosuppression "), (r"排斥反应", " rejection "),
    (r"(?:肝)?门静脉", " portal vein "), (r"腹直肌(?:前)?鞘", " abdominal rectus sheath "), (r"皮下", " subcutaneous "), (r"大?网膜", " omentum "),
    (r"临床试验|临床研究", " clinical trial "),
    (r"(?:I|Ⅰ|1)\s*/\s*(?:II|Ⅱ|2)\s*期", " phase 1/2 "), (r"(?:I|Ⅰ|1)\s*期", " phase 1 "), (r"(?:II|Ⅱ|2)\s*期", " phase 2 "), (r"(?:III|Ⅲ|3)\s*期", " phase 3 "),
    # outcomes
    (rf"(?:完全|彻底)?{_ZH_STOP}(?:了)?(?:外源性)?胰岛素(?:注射|治疗|依赖)?", " stopped insulin "),
    (r"实现(?:了)?(?:胰岛素)?(?:完全|彻底)?(?:脱离|独立|不依赖)(?:胰岛素)?|胰岛素(?:完全)?脱离", " became insulin-independent "),
    (r"不(?:再)?依赖(?:外源性)?胰岛素|胰岛素(?:非依赖|独立)", " insulin independence "),
    (r"(?:无需|不需要?|不用|无须)(?:再)?(?:注射|使用|打)?(?:外源性)?胰岛素", " no longer needed insulin "),
    (r"胰岛素(?:用量|剂量|需要量|需求量|使用量|日用量|每日用量|注射量)(?:平均)?(?:减少|下降|降低)(?:了)?(?:约)?\s*(\d+(?:\.\d+)?)\s*%", r" the insulin dose was reduced by \1% "),
    (r"胰岛素(?:用量|剂量|需要量|需求量|使用量|日用量|每日用量|注射量)(?:减半|减少一半|下降一半)", " the insulin dose was reduced by 50% "),
    (r"C\s*-?\s*肽(?:水平)?(?:均|也)?(?:阳性|可测|可检测|明显升高|恢复)", " C-peptide was detected "),
    (r"严重低血糖(?:事件|发作)?(?:均|也)?(?:完全)?(?:消失|不再发生|未再发生|再未发生|未再出现|不再出现)", " severe hypoglycemia disappeared "),
    (r"(?:未再|不再|再未)(?:发生|出现)(?:过)?严重(?:的)?低血糖(?:事件|发作)?", " no more severe hypoglycemia "),
    (r"(?:糖化血红蛋白|HbA1c)(?:\s*\(HbA1c\))?(?:水平)?(?:均)?(?:降至|降到|降低至|低于|小于|控制在|<|＜)\s*(\d+(?:\.\d+)?)\s*%\s*(?:以下|以内)?", r" HbA1c below \1% "),
    (r"(?:低于|小于|<|＜)\s*(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%\s*以下", r" below \1\2% "),
    (r"(?:血糖)?(?:在)?目标范围内(?:的)?时间(?:\s*\(TIR\))?|TIR", " time in range "),
    (r"(?:未|没有|无)(?:发生|出现|观察到|发现|报告)(?:任何)?(?:严重|明显)?(?:的)?(?:不良反应|不良事件|副作用)", " no serious adverse events "),
    (r"严重不良(?:事件|反应)", " serious adverse events "), (r"副作用", " side effects "),
    (r"(?:无|没有)(?:一)?例死亡|未(?:发生|出现)死亡", " no deaths "),
]
# Pages from Taiwan and Hong Kong write traditional characters ("胰島素", "脫離"): each simplified character of the
# Chinese table also matches its traditional form.
_TRADITIONAL = dict(zip("岛细干间质减脱离摆严发后个药剂诱导输术疗随访时达续维长无对组红于应转单检测观龄岁计划围范内阳预帮实现独赖复验试临将拟标经过显总为较见继该纳体须戒两鞘龄网静脉赠献异类员", "島細幹間質減脫離擺嚴發後個藥劑誘導輸術療隨訪時達續維長無對組紅於應轉單檢測觀齡歲計劃圍範內陽預幫實現獨賴復驗試臨將擬標經過顯總為較見繼該納體須戒兩鞘齡網靜脈贈獻異類員"))


def _both_scripts(pattern: str) -> str:
    out, depth = [], 0
    for ch in pattern:
        depth += ch == "[" and not (out and out[-1] == "\\")
        depth -= ch == "]" and not (out and out[-1] == "\\")
        out.append(f"[{ch}{_TRADITIONAL[ch]}]" if ch in _TRADITIONAL and depth == 0 else
                   ch + _TRADITIONAL[ch] if ch in _TRADITIONAL else ch)
    return "".join(out)


PHRASES["zh"] = [(_both_scripts(p), e) for p, e in PHRASES["zh"]]
WORDS["zh"] = {}
WORDS["ja"] = {}


# Dutch. Close to German in what a claim needs: the verb goes last in a subordinate clause and a separable verb
# ends its main clause ("heeft sinds een jaar geen insuline meer nodig", "maakt haar lichaam ... zelf insuline
# aan"), so those phrases span verb to end and keep the words between, glossed in place (§n). Durations after a
# count ("twee jaar") are plural in English.
_NUM_NL = ("één:one eén:one twee:two drie:three vier:four vijf:five zes:six zeven:seven acht:eight negen:nine tien:ten "
           "elf:eleven twaalf:twelve dertien:thirteen veertien:fourteen vijftien:fifteen zestien:sixteen zeventien:seventeen "
           "achttien:eighteen negentien:nineteen twintig:twenty dertig:thirty veertig:forty vijftig:fifty honderd:hundred")
_WORDS_NL = """de:the het:the een:a en:and van:of in:in op:on te:to met:with voor:for bij:in door:by uit:from naar:to
    over:about gold:held na:after tot:until sinds:since tijdens:during zonder:without binnen:within dat:that die:that dit:this deze:these
    zij:they ze:they hij:he haar:her hun:their is:is was:was zijn:are waren:were werd:was werden:were wordt:is worden:are
    heeft:has hebben:have had:had hadden:had kan:can kunnen:can kon:could konden:could niet:not geen:no meer:more
    minder:less nog:still al:already ook:also maar:but nu:now weer:again inmiddels:now alle:all elke:each beide:both
    andere:other eerste:first tweede:second ruim:more_than bijna:almost ongeveer:about circa:about
    patiënt:patient patiënten:patients patiente:patient patienten:patients patiënte:patient deelnemers:participants
    proefpersonen:volunteers vrijwilligers:volunteers mensen:people personen:people persoon:person man:man vrouw:woman
    mannen:men vrouwen:women kinderen:children volwassenen:adults diabetespatiënt:diabetes_patient
    diabetespatiënten:diabetes_patients jaar:year jaren:years maanden:months maand:month weken:weeks week:week
    dagen:days dag:day uur:hours insuline:insulin injecties:injections injectie:injection dosis:dose
    behandeling:treatment therapie:therapy transplantatie:transplant transplantaties:transplants eilandjes:islets
    cellen:cells alvleesklier:pancreas lever:liver donor:donor donoren:donors kregen:received kreeg:received
    ontvingen:received ontving:received behandeld:treated behandelde:treated behandelden:treated tegen:against getransplanteerd:transplanted getransplanteerde:transplanted
    studie:study onderzoek:study fase:phase resultaten:results bloedsuiker:blood_sugar bloedglucose:blood_glucose
    glucose:glucose suiker:sugar bloed:blood ernstige:severe ernstig:severe bijwerkingen:side_effects overleden:died
    overleed:died muizen:mice varkens:pigs type:type gemiddeld:on_average gemiddelde:mean mediaan:median
    onderzoekers:researchers wetenschappers:scientists artsen:doctors volgens:according_to complicaties:complications
    afstoting:rejection transplantaat:graft functie:function productie:production normaal:normal normale:normal
    afweerremmers:immunosuppressants eigen:own gemaakt:made hypoglykemie:hypoglycemia hypoglycemie:hypoglycemia
    suikerziekte:diabetes verlaagd:reduced verminderd:reduced gehalveerd:halved daalde:fell gedaald:fallen
    leeft:lives leefde:lived leefden:lived bleef:remained bleven:remained blijft:remains blijven:remain
    verbeterd:improved verbeterde:improved stabiel:stable detecteerbaar:detectable meetbaar:measurable"""
_NL_COUNT = r"(?:\d+(?:[.,]\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|achttien|twintig|dertig)"
_NL_UNIT = r"(?:jaar|jaren|maanden|maand|weken|week|dagen|dag)\b"
_NL_INS = r"(?:insuline|insuline-?injecties|insulinespuiten|insuline-?spuiten)"
_NL_NO = r"(?!(?:geen|niet|nauwelijks|weinig|minder|nooit)\b)"
_nl_gap = lambda n: rf"((?:{_NL_NO}[^\s.!?;:]+\s+){{0,{n}}}?)"   # up to n words of one clause, none a negation
_NL_MAKE = r"(?:maakt|maken|produceert|produceren)"
_NL_MADE = r"(?:maakte|maakten|produceerde|produceerden)"
PHRASES["nl"] = [
    # diabetes types, cell therapies
    (r"type[- ]?([12])[- ]?diabetes", r"type \1 diabetes"), (r"diabetes\s+(?:mellitus\s+)?type[- ]?([12])", r"type \1 diabetes"),
    (r"suikerziekte\s+type\s+([12])", r"type \1 diabetes"),
    (r"mesenchymale\s+stamcellen", "mesenchymal stem cells"),
    (r"ge[ïi]nduceerde\s+pluripotente\s+stamcellen|iPS-cellen", "induced pluripotent stem cells"),
    (r"(?:hematopo[ëe]tische|bloedvormende)\s+stamcellen", "hematopoietic stem cells"),
    (r"stamcellen", "stem cells"), (r"stamcel", "stem cell"), (r"stamceltherapie", "stem cell therapy"),
    (r"stamceltransplantatie", "stem cell transplant"),
    (r"eilandjes\s+van\s+Langerhans", "islets"), (r"eilandjes-?\s?(?:cel)?transplantaties?|eilandtransplantaties?", "islet transplant"),
    (r"transplantatie\s+van\s+(?:de\s+)?eilandjes(?:\s+van\s+Langerhans)?", "islet transplant"),
    (r"eilandjes-?cellen|eilandcellen", "islet cells"), (r"b[èe]ta-?cellen", "beta cells"),
    (r"insuline-?\s?producerende\s+cellen", "insulin-producing cells"),
    (r"overleden\s+donor(?:en|s)?", "deceased donor"), (r"donor-?(?:pancreas|alvleesklier)", "donor pancreas"),
    (r"poortader", "portal vein"), (r"beenmerg", "bone marrow"), (r"navelstreng(?:bloed)?", "umbilical cord"),
    (r"C-peptide?", "C-peptide"), (r"geglyceerd\s+hemoglobine", "HbA1c"),
    # groups and figures
    (r"(\d+)\s+van\s+de\s+(\d+)", r"\1 of the \2"), (r"(\d+)\s+van\s+(\d+)", r"\1 of \2"),
    (r"geen\s+van\s+de\s+patiënten", "none of the patients"), (r"geen\s+enkele\s+patiënt", "no patient"),
    (r"(\d+)-jarige", r"\1-year-old"), (r"(\d+),(\d+)\s*%", r"\1.\2%"), (r"procent", "percent"),
    (r"meer\s+dan", "more than"), (r"minder\s+dan", "less than"),
    (r"(?:lager\s+dan|onder\s+de|beneden)(?=\s+\d)", "below"),
    # times
    (rf"na(?=\s+{_NL_COUNT}\s+{_NL_UNIT})", "after"), (rf"(?:al|sinds)(?=\s+{_NL_COUNT}\s+{_NL_UNIT})", "for"),
    (r"een\s+jaar", "one year"), (r"een\s+half\s+jaar", "six months"), (r"anderhalf\s+jaar", "18 months"),
    (rf"((?:\d+(?:[.,]\d+)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig)\s+)jaar(?!\s+oud)", "§1years"),
    (r"(\d+)\s+jaar\s+oud", r"aged \1"),
    # insulin no longer needed
    (rf"(?:heeft|hebben|had|hadden)\s+{_nl_gap(6)}geen\s+{_NL_INS}\s+meer\s+nodig", "§1no longer needed insulin"),
    (rf"geen\s+{_NL_INS}\s+meer\s+nodig(?:\s+(?:heeft|hebben|had|hadden))?", "no longer needed insulin"),
    (rf"(?:heeft|hebben|had|hadden)\s+{_nl_gap(6)}geen\s+{_NL_INS}\s+nodig", "§1needed no insulin"),
    (rf"geen\s+{_NL_INS}\s+nodig(?:\s+(?:heeft|hebben|had|hadden))?", "needed no insulin"),
    (rf"(?:hoeft|hoeven|hoefde|hoefden)\s+{_nl_gap(6)}geen\s+{_NL_INS}\s+meer\s+(?:te\s+)?(?:spuiten|gebruiken|injecteren|nemen|toe\s+te\s+dienen)", "§1no longer needed insulin"),
    (rf"geen\s+{_NL_INS}\s+meer\s+(?:te\s+)?(?:hoeven|hoeft|hoefde|hoefden)\s+(?:te\s+)?(?:spuiten|gebruiken|injecteren|nemen|toe\s+te\s+dienen)", "no longer needed insulin"),
    (r"insuline-?vrij(?:e)?", "insulin-free"), (r"vrij\s+van\s+insuline", "insulin-free"),
    (r"insuline-?onafhankelijk(?:e)?", "insulin-independent"), (r"insuline-?onafhankelijkheid", "insulin independence"),
    (r"onafhankelijk(?:e)?\s+van\s+insuline", "insulin-independent"),
    (r"(?:is|zijn|was|waren)\s+gestopt\s+met\s+(?:het\s+(?:spuiten|gebruik)\s+van\s+)?insuline(?:-?injecties)?", "stopped insulin"),
    (rf"(?:stopte|stopten|stopt|stoppen)\s+{_nl_gap(6)}met\s+(?:het\s+(?:spuiten|gebruik)\s+van\s+)?insuline(?:-?injecties)?", "§1stopped insulin"),
    (rf"(?:kon|konden)\s+{_nl_gap(6)}zonder\s+(?:kunstmatige\s+|extra\s+|externe\s+)?{_NL_INS}", "§1managed without insulin"),
    # "kan nu zonder insuline" is done; "kan zonder insuline" alone may be a hope
    (rf"(?:kan|kunnen)\s+{_nl_gap(4)}(?:nu|inmiddels|sindsdien)\s+{_nl_gap(3)}zonder\s+(?:kunstmatige\s+|extra\s+|externe\s+)?{_NL_INS}", "§1now manages §2without insulin"),
    (rf"zonder\s+(?:kunstmatige\s+|extra\s+|externe\s+)?{_NL_INS}\s+(?:kan|kon|konden)\b", "manages without insulin"),
    # living without insulin is a result; a bare "zonder insuline" mostly says what a body without it suffers
    (rf"(leeft|leven|leefde|leefden|is|zijn|was|waren|bleef|bleven|blijft|blijven)\s+{_nl_gap(4)}zonder\s+(?:kunstmatige\s+|extra\s+|externe\s+)?{_NL_INS}", "§1 §2without insulin"),
    (rf"zonder\s+(?:kunstmatige\s+|extra\s+|externe\s+)?{_NL_INS}", "lacking insulin"),
    # insulin made again; the generic present ("bètacellen maken insuline") is none
    (rf"(?:nu|inmiddels|sindsdien|opnieuw)\s+{_NL_MAKE}\s+{_nl_gap(12)}(?:weer\s+)?(?:zelf|zelfstandig|zijn\s+eigen|haar\s+eigen|hun\s+eigen|eigen)\s+insuline(?:\s+aan)?", "now §1produces its own insulin"),
    (rf"{_NL_MAKE}\s+{_nl_gap(12)}weer\s+(?:zelf\s+|eigen\s+)?insuline(?:\s+aan)?", "§1produces insulin again"),
    (rf"{_NL_MADE}\s+{_nl_gap(12)}weer\s+(?:zelf\s+|eigen\s+)?insuline(?:\s+aan)?", "§1were producing insulin again"),
    (rf"{_NL_MADE}\s+{_nl_gap(12)}(?:zelf|zelfstandig|zijn\s+eigen|haar\s+eigen|hun\s+eigen|eigen)\s+insuline(?:\s+aan)?", "§1produced its own insulin"),
    (r"weer\s+(?:zelf\s+)?insuline\s+(?:aanmaakt|aanmaken|aanmaakte|aanmaakten|maakt|maken|produceert|produceren|produceerde|produceerden)", "producing insulin again"),
    # doses cut, severe lows gone
    (rf"(?:heeft|hebben|had|hadden)\s+{_nl_gap(4)}minder\s+insuline\s+nodig", "§1needed less insulin"), (r"minder\s+insuline", "less insulin"),
    (r"tot\s+(?:onder|beneden)\s+(?:de\s+)?(?=\d)", "to below "),
    (r"(?:de\s+)?(?:insulinedosis|dosis\s+insuline|hoeveelheid\s+insuline)", "the insulin dose"),
    (r"(?:de\s+)?(?:insulinebehoefte|behoefte\s+aan\s+insuline)", "the insulin requirements"),
    (r"geen\s+(?:ernstige|zware)\s+hypo(?:['’]s|glykemieën|glykemie|glycemieën|glycemie)\s+meer", "no more severe hypoglycemia"),
    (r"(?:ernstige|zware)\s+hypo(?:['’]s|glykemieën|glykemie|glycemieën|glycemie)", "severe hypoglycemia"),
    (r"hypo['’]s|hypoglykemieën|hypoglycemieën", "hypoglycemia"),
]
WORDS["nl"] = {**_table(_NUM_NL), **_table(_WORDS_NL)}


# Polish. Nouns decline, so a phrase names a word's stem and takes any ending ("insulin\w*": insulina, insuliny,
# insulinę, insuliną); words are listed in the forms pages use. Word order is free but what a claim needs mostly
# comes verb before object ("przestali przyjmować insulinę").
_NUM_PL = ("jeden:one jedna:one jednego:one jednej:one dwa:two dwie:two dwóch:two dwoje:two trzy:three trzech:three "
           "cztery:four czterech:four pięć:five pięciu:five sześć:six sześciu:six siedem:seven siedmiu:seven osiem:eight "
           "ośmiu:eight dziewięć:nine dziewięciu:nine dziesięć:ten dziesięciu:ten jedenaście:eleven jedenastu:eleven "
           "dwanaście:twelve dwunastu:twelve trzynaście:thirteen czternaście:fourteen czternastu:fourteen "
           "piętnaście:fifteen piętnastu:fifteen dwadzieścia:twenty dwudziestu:twenty trzydzieści:thirty sto:hundred")
_WORDS_PL = """w:in we:in z:with ze:with i:and oraz:and lub:or na:on do:to od:from po:after przez:for dla:for u:in
    że:that jest:is są:are był:was była:was byli:were były:were został:was została:was zostali:were zostały:were
    nie:not już:already jeszcze:still tylko:only wszyscy:all wszystkich:all każdy:each większości:most większość:most
    pacjent:patient pacjenta:patient pacjenci:patients pacjentów:patients pacjentom:patients pacjentami:patients
    pacjentka:patient pacjentki:patient chorych:patients chorzy:patients osób:people osoby:people osobom:people
    ludzi:people uczestników:participants uczestnicy:participants dorosłych:adult dorośli:adults dzieci:children
    mężczyzna:man mężczyzny:man kobieta:woman kobiety:woman rok:year roku:year lata:years lat:years latach:years
    miesiąc:month miesiące:months miesięcy:months miesiącach:months tygodni:weeks tygodnie:weeks dni:days
    insulina:insulin insuliny:insulin insulinę:insulin insuliną:insulin insulinie:insulin zastrzyków:injections
    zastrzyki:injections terapia:therapy terapii:therapy terapię:therapy leczenie:treatment leczenia:treatment
    przeszczep:transplant przeszczepu:transplant przeszczepienie:transplant przeszczepienia:transplant komórki:cells
    komórek:cells komórkami:cells komórkach:cells trzustka:pancreas trzustki:pancreas wątroby:liver wątrobie:liver
    dawcy:donor dawców:donors badanie:study badaniu:study badania:study wyniki:results cukru:sugar krwi:blood
    glukozy:glucose poziom:level poziomu:level ciężkich:severe ciężkie:severe ciężkiej:severe hipoglikemii:hypoglycemia
    hipoglikemia:hypoglycemia wykrywalne:detectable wykrywalny:detectable wykrywalnych:detectable poniżej:below
    powyżej:above typu:type mniej:less więcej:more wzięło:took udział:part otrzymali:received otrzymało:received
    otrzymał:received otrzymała:received podano:given zmniejszyła:reduced zmniejszyło:reduced zmniejszyli:reduced
    zmarł:died zmarła:died zmarło:died działania:effects niepożądane:adverse badacze:researchers naukowcy:scientists
    lekarze:doctors według:according_to zaawansowaną:advanced zaawansowanej:advanced
    żyje:lives żyją:live żył:lived żyła:lived żyli:lived"""
_PL_INS = r"(?:(?:codziennych\s+)?(?:zastrzyk\w*|wstrzykiwa\w*|podawania)\s+(?:z\s+)?)?insulin\w*(?:\s+egzogenn\w*)?"
PHRASES["pl"] = [
    (r"cukrzyc\w*\s+typu\s+([12])", r"type \1 diabetes"), (r"cukrzyc\w*\s+([12])\s+typu", r"type \1 diabetes"),
    (r"cukrzyc\w*", "diabetes"),
    (r"(?:mezenchymaln\w*\s+komórk\w*\s+macierzyst\w*|komórk\w*\s+macierzyst\w*\s+mezenchymaln\w*)", "mesenchymal stem cells"),
    (r"indukowan\w*\s+pluripotencjaln\w*\s+komórk\w*\s+macierzyst\w*", "induced pluripotent stem cells"),
    (r"komórk\w*\s+macierzyst\w*", "stem cells"),
    (r"komórk\w*\s+(?:wysp|wysepek)\s+(?:trzustkowych|Langerhansa)", "islet cells"),
    (r"przeszczep\w*\s+(?:wysp|wysepek)(?:\s+trzustkowych|\s+Langerhansa)?", "islet transplant"),
    (r"(?:wysp\w*|wysepk\w*)\s+(?:trzustkow\w*|Langerhansa)", "islets"),
    (r"komórk\w*\s+beta", "beta cells"), (r"komórk\w*\s+produkując\w*\s+insulin\w*", "insulin-producing cells"),
    (r"szpik\w*\s+kostn\w*", "bone marrow"), (r"żył\w*\s+wrotn\w*", "portal vein"), (r"zmarł\w*\s+dawc\w*", "deceased donor"),
    (r"wykrywaln\w*\s+(?:ilości\s+|stężeni\w*\s+|poziom\w*\s+)?peptyd\w*\s*-?\s*C", "detectable C-peptide"),
    (r"peptyd\w*\s*-?\s*C", "C-peptide"), (r"hemoglobin\w*\s+glikowan\w*", "HbA1c"),
    (r"czas\w*\s+w\s+zakresie(?:\s+docelowym|\s+normoglikemii)?", "time in range"),
    # groups and figures
    (r"w\s+badaniu\s+wzię(?:ło|li|ły|ła)\s+udział", "the study enrolled"), (r"wzię(?:ło|li|ły|ła)\s+udział", "took part"),
    (r"(\d+)\s+z\s+(\d+)", r"\1 of \2"), (r"(\d+),(\d+)\s*%", r"\1.\2%"), (r"procent\w*", "percent"),
    (r"(?:ponad|więcej\s+niż)", "more than"), (r"mniej\s+niż", "less than"), (r"(\d+)-letni\w*", r"\1-year-old"),
    # times
    (r"po\s+roku", "after one year"), (r"przez\s+rok", "for one year"), (r"od\s+roku", "for one year"), (r"w\s+ciągu", "within"),
    (r"między\s+(\d+)\.\s+a\s+(\d+)\.\s+miesiąc\w*", r"between month \1 and month \2"), (r"(\d+)\.\s+miesiąc\w*", r"month \1"),
    # insulin given up or no longer needed; a bare "bez insuliny" is no result, living without it is
    (rf"przesta(?:ł|ła|li|ły|ło)\s+(?:przyjmować|brać|stosować|potrzebować|wstrzykiwać|używać)\s+{_PL_INS}", "stopped needing insulin"),
    (rf"(?:udało\s+się\s+)?(?:całkowicie\s+)?odstaw\w*\s+(?:całkowicie\s+)?{_PL_INS}", "stopped insulin"),
    (rf"(?:już\s+)?nie\s+(?:potrzebuj\w*|potrzebował\w*|wymaga\w*|wymagał\w*|przyjmuj\w*|przyjmował\w*)\s+już\s+{_PL_INS}", "no longer needed insulin"),
    (rf"już\s+nie\s+(?:potrzebuj\w*|potrzebował\w*|wymaga\w*|wymagał\w*|przyjmuj\w*|przyjmował\w*)\s+{_PL_INS}", "no longer needed insulin"),
    (rf"nie\s+(?:potrzebował\w*|wymagał\w*)\s+{_PL_INS}", "needed no insulin"),
    (r"niezależnoś\w*\s+od\s+insulin\w*", "insulin independence"), (r"niezależn\w*\s+od\s+insulin\w*", "insulin-independent"),
    (r"insulinoniezależn\w*", "insulin-independent"),
    (rf"(żyje|żyją|żył|żyła|żyli)\s+(już\s+|obecnie\s+|teraz\s+)?bez\s+{_PL_INS}", "§1 §2without insulin"),
    (rf"bez\s+{_PL_INS}", "lacking insulin"),
    (r"(?:sam[aeiy]?\s+)?produkował\w*\s+(?:ponownie\s+|znów\s+)?(?:własn\w*\s+)?(?:wystarczając\w*\s+ilość\s+)?insulin\w*", "were producing their own insulin"),
    # doses cut, severe lows gone
    (r"mniej\s+insulin\w*", "less insulin"), (r"dawk\w*\s+insulin\w*", "the insulin dose"),
    (r"zapotrzebowani\w*\s+na\s+insulin\w*", "the insulin requirements"),
    (r"(?:brak|bez)\s+(?:ciężkich|poważnych)\s+(?:epizodów\s+)?hipoglikemii", "no severe hypoglycemia"),
    (r"(?:ciężk\w*|poważn\w*)\s+(?:epizod\w*\s+)?hipoglikemi\w*", "severe hypoglycemia"),
]
WORDS["pl"] = {**_table(_NUM_PL), **_table(_WORDS_PL)}


# Korean. Words are spaced, but particles and compounds stick to the noun ("췌도이식팀은", "인슐린을"), so the
# table is phrases matched anywhere, as for Chinese, each bringing its own spaces. The verb ends the clause, after
# its object ("인슐린을 끊었다": insulin + object particle + stopped): a phrase spans object to verb and writes the
# English verb first, keeping up to two words between (§n, glossed in place). Counts follow the noun or stand for
# it ("23명의 환자 중 20명": of 23 patients, 20). A negated or purposed verb ("끊지 못했다", "중단하기 위해") is
# no outcome. Native numbers count people and months ("두 명", "세 달"); Sino-Korean ones are written in digits.
_KO_NUM = r"(\d{1,3}(?:\.\d+)?)\s*"      # a count or a duration; four digits are a calendar year
_KO_NATIVE = (("한", "one"), ("두", "two"), ("세", "three"), ("네", "four"), ("다섯", "five"), ("여섯", "six"),
              ("일곱", "seven"), ("여덟", "eight"), ("아홉", "nine"), ("열", "ten"), ("열한", "eleven"), ("열두", "twelve"), ("스무", "twenty"),
              ("석", "three"), ("넉", "four"))   # 석 and 넉 count months only ("석 달")
_KO_UNITS = ((r"개월|달", "months"), (r"주(?:일|간)?(?![사입의])", "weeks"), (r"일(?=\s*(?:간|동안|만에|후|뒤|째))", "days"),
             (r"년(?![도생대차])", "years"), (r"시간", "hours"))
_KO_AFTER = r"\s*(?:이\s*)?(?:후|뒤|만에|지나서|경과\s*후)"
_KO_FOR = r"\s*(?:간|동안|째)"
_KO_MORE = r"\s*(?:이상|넘게|넘도록|이\s*넘도록)"
_KO_INS = r"인슐린(?:\s*(?:주사|투여|치료|요법|펌프))?"
_KO_OBJ = r"(?:을|를|이|가|은|는|도)?\s*"
_KO_ADV = r"(?:모두|완전히|전부|더\s*이상|더는|아예|끝내|마침내|결국|점차)"
_KO_NOT_DONE = r"(?!하?지\s*(?:않|못|말)|하?기\s*위|하려|할\s*수|할\s*것|해야|하게\s*될|하는\s*것이\s*목표)"
_ko_gap = lambda n: rf"((?:(?![^\s.]*(?:못|않|없))[^\s.,]+\s+){{0,{n}}}?)"   # up to n words of one clause, none a negation
_KO_PERSONS = (("환자|참가자|대상자|참여자|피험자|환우", "patients"), ("남성|남자", "men"), ("여성|여자", "women"),
               ("어린이|소아|아이", "children"), ("성인", "adults"))
_KO_SURNAME = "[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구]"
PHRASES["ko"] = [
    # how long the patient had had diabetes, and since when
    (rf"{_KO_NUM}년(?:간|\s*동안|\s*넘게|\s*이상)?\s*(?:동안\s*)?당뇨(?:병)?(?:을|를)?\s*(?:앓|투병|겪)[가-힣]*", r" who had had diabetes for \1 years "),
    (rf"{_KO_NUM}년\s*전(?:에)?\s*(?:제\s*)?1\s*형\s*당뇨(?:병)?\s*진단(?:을)?\s*받[가-힣]*", r" who was diagnosed with type 1 diabetes \1 years ago "),
    (rf"{_KO_NUM}년\s*전(?:에)?\s*(?:제\s*)?2\s*형\s*당뇨(?:병)?\s*진단(?:을)?\s*받[가-힣]*", r" who was diagnosed with type 2 diabetes \1 years ago "),
    (rf"{_KO_NUM}년\s*전(?:에)?\s*당뇨(?:병)?\s*진단(?:을)?\s*받[가-힣]*", r" who was diagnosed with diabetes \1 years ago "),
    # durations: the postposition comes after the count ("2.5개월 후": after 2.5 months)
    *[(rf"(?:약|대략)\s*{_KO_NUM}(?:{u}){_KO_AFTER}", rf" after about \1 {e} ") for u, e in _KO_UNITS],
    *[(rf"{_KO_NUM}(?:{u}){_KO_AFTER}", rf" after \1 {e} ") for u, e in _KO_UNITS],
    *[(rf"평균\s*{_KO_NUM}(?:{u})(?:{_KO_FOR})?", rf" for an average of \1 {e} ") for u, e in _KO_UNITS],
    *[(rf"{_KO_NUM}(?:{u}){_KO_MORE}(?:{_KO_FOR})?", rf" for more than \1 {e} ") for u, e in _KO_UNITS],
    *[(rf"(?:약|대략)\s*{_KO_NUM}(?:{u}){_KO_FOR}", rf" for about \1 {e} ") for u, e in _KO_UNITS],
    *[(rf"{_KO_NUM}(?:{u}){_KO_FOR}", rf" for \1 {e} ") for u, e in _KO_UNITS],
    *[(rf"{_KO_NUM}(?:{u})\s*(?:간\s*)?추적(?:\s*관찰)?", rf" at \1 {e} of follow-up ") for u, e in _KO_UNITS],
    *[(rf"추적(?:\s*관찰)?(?:\s*기간)?\s*(?:은|는|이|가)?\s*{_KO_NUM}(?:{u})", rf" at \1 {e} of follow-up ") for u, e in _KO_UNITS],
    *[(rf"(?<![\d.]){_KO_NUM}(?:{u})", rf" \1 {e} ") for u, e in _KO_UNITS],
    *[(rf"(?<![가-힣]){k}\s*(?:달|개월)\s*(?:후|뒤|만에)", f" after {e} months ") for k, e in _KO_NATIVE if k != "열한"],
    *[(rf"(?<![가-힣]){k}\s*(?:달|개월)\s*(?:간|동안|째)", f" for {e} months ") for k, e in _KO_NATIVE if k != "열한"],
    (r"(?<![가-힣])한\s*해\s*(?:후|뒤|만에)", " after one year "), (r"(?<![가-힣])두\s*해\s*(?:후|뒤|만에)", " after two years "),
    *[(rf"(?<![\d/.]){f}(?![\d/])", f" {e} ") for f, e in (("1/2", "half"), ("1/3", "a third"), ("2/3", "two thirds"),
                                                             ("1/4", "a quarter"), ("3/4", "three quarters"))],
    (r"(?:약|대략)\s*(?=\d)", " about "), (r"(?<=\d)\s*(?:퍼센트|%)", "% "),
    # groups: a count follows its noun, or stands for it
    (rf"{_KO_NUM}명(?:의)?\s*(?:환자|참가자|대상자|참여자|피험자)(?:들)?\s*(?:중|가운데)(?:에서)?\s*{_KO_NUM}명(?:이|은|가|는|에서|의)?",
     r" \2 of \1 patients "),
    (rf"(?:환자|참가자|대상자|참여자|피험자)(?:들)?\s*{_KO_NUM}명\s*(?:중|가운데)(?:에서)?\s*{_KO_NUM}명(?:이|은|가|는|에서|의)?", r" \2 of \1 patients "),
    (rf"{_KO_NUM}명\s*(?:중|가운데)(?:에서)?\s*{_KO_NUM}명(?:이|은|가|는|에서|의)?", r" \2 of \1 patients "),
    (rf"(?:환자|참가자|대상자|참여자|피험자)(?:들)?\s*{_KO_NUM}명(?:이|은|가|는|을|를|에게|의)?", r" \1 patients "),
    *[(rf"{_KO_NUM}명(?:의)?\s*(?:{w})(?:들)?(?:이|은|가|는|을|를|에게|의|에서)?", rf" \1 {e} ") for w, e in _KO_PERSONS],
    (r"(\d{1,3})\s*만\s*명", r" \g<1>0000 people "),
    (rf"(?<![\d만천억.]){_KO_NUM}명(?:이|은|가|는|을|를|에게|의|에서|만|도)?", r" \1 patients "),
    *[(rf"(?<![가-힣]){k}\s*(?:명|사람)(?:의)?\s*(?:{w})(?:들)?(?:이|은|가|는|을|를|에게|의|에서)?", f" {n} {e} ")
      for k, n in _KO_NATIVE if k not in "석넉" for w, e in _KO_PERSONS],
    *[(rf"(?<![가-힣]){k}\s*(?:명|사람)(?:이|은|가|는|을|를|에게|의|에서|만|도)?", f" {n} patients ") for k, n in _KO_NATIVE if k not in "석넉"],
    (r"(?:모든|전체)\s*(?:환자|참가자|대상자)(?:들)?(?:이|은|가|는|을|를|에게|의|에서)?", " all patients "),
    (r"(?:대상자|참가자|참여자|피험자)(?:들)?\s*(?:중|가운데)(?:에서)?", " of the participants, "),
    (r"환자(?:들)\s*(?:중|가운데)(?:에서)?", " of the patients, "),
    # one patient: "박모(60)씨에게", "김모씨(60)는" (a donor's age, "강모씨(26·여)의 췌장", is no patient's); "정씨는"
    (rf"(?<![가-힣]){_KO_SURNAME}모?\s*\((\d{{1,2}})\)\s*씨(?=에게|는|가|은)", r" a \1-year-old patient "),
    (rf"(?<![가-힣]){_KO_SURNAME}모?씨\s*\((\d{{1,2}})\)(?=에게|는|가|은)", r" a \1-year-old patient "),
    (rf"(?<![가-힣]){_KO_SURNAME}모?씨\s*\((\d{{1,2}})\s*[·,]\s*여\)(?=에게|는|가|은)", r" a \1-year-old woman "),
    (rf"(?<![가-힣]){_KO_SURNAME}모?씨\s*\((\d{{1,2}})\s*[·,]\s*남\)(?=에게|는|가|은)", r" a \1-year-old man "),
    (rf"(?<![가-힣]){_KO_SURNAME}모?씨(?:는|가|은)", " the patient "),
    (r"(\d{1,2})\s*세(?:의)?\s*(?:남성|남자)(?:이|은|가|는|을|를|에게|의)?", r" a \1-year-old man "),
    (r"(\d{1,2})\s*세(?:의)?\s*(?:여성|여자)(?:이|은|가|는|을|를|에게|의)?", r" a \1-year-old woman "),
    (r"(\d{1,2})\s*세(?:의)?\s*(?:환자)(?:이|은|가|는|을|를|에게|의)?", r" a \1-year-old patient "),
    (r"(\d{1,2})\s*세", r" aged \1 "),
    (r"(?:이\s*)?환자(?:분)?(?:은|는|이|가)(?=\s)", " the patient "), (r"환자(?:분)?(?:에게|의)", " the patient's "),
    (r"환자(?:들)?", " patients "), (r"당뇨(?:병)?\s*환자(?:들)?", " diabetes patients "),
    (r"(?:남성|남자)", " men "), (r"(?:여성|여자)", " women "),
    # diabetes types, cells, grafts
    (r"(?:제\s*)?(?:1|I|Ⅰ|일)\s*형\s*당뇨(?:병)?", " type 1 diabetes "), (r"(?:제\s*)?(?:2|II|Ⅱ|이)\s*형\s*당뇨(?:병)?", " type 2 diabetes "),
    (r"타입\s*(?:1|I|원)\s*당뇨(?:병)?", " type 1 diabetes "), (r"타입\s*(?:2|II|투)\s*당뇨(?:병)?", " type 2 diabetes "),
    (r"소아\s*(?:형\s*)?당뇨(?:병)?", " juvenile diabetes "), (r"당뇨(?:병)?", " diabetes "),
    (r"화학적(?:으로)?\s*(?:유도(?:된)?\s*)?(?:만능|다능성|전분화능)\s*줄기\s*세포", " chemically induced pluripotent stem cells "),
    (r"(?:유도(?:된)?\s*)?(?:만능|다능성|전분화능)\s*줄기\s*세포|역분화\s*줄기\s*세포|iPS\s*세포", " induced pluripotent stem cells "),
    (r"배아\s*줄기\s*세포", " embryonic stem cells "), (r"(?:중간엽|간엽)\s*줄기\s*세포", " mesenchymal stem cells "),
    (r"조혈\s*(?:모\s*세포|줄기\s*세포)", " hematopoietic stem cells "), (r"골수\s*줄기\s*세포", " bone marrow stem cells "),
    (r"지방\s*줄기\s*세포", " adipose stem cells "), (r"제대혈", " umbilical cord blood "), (r"줄기\s*세포", " stem cells "),
    (r"자가(?!면역)(?:\s*유래)?", " autologous "), (r"동종(?:\s*유래)?", " allogeneic "),
    (r"(?:췌도|소도|췌장\s*섬|랑게르한스\s*섬)(?:\s*세포)?\s*이식(?:술|수술)?", " islet transplant "),
    (r"(?:췌도|소도|췌장\s*섬|섬)\s*세포", " islet cells "), (r"췌도|소도|랑게르한스\s*섬", " islets "), (r"베타\s*세포", " beta cells "),
    (r"뇌사자(?:의)?(?:\s*기증)?", " deceased donor "), (r"기증자", " donor "), (r"기증\s*(?:받은|된)?\s*췌장", " donor pancreas "),
    (r"(?:간\s*)?문맥|간으로\s*(?:통하는|가는|들어가는)\s*(?:혈관|정맥)", " portal vein "), (r"췌장", " pancreas "),
    (r"이식(?:술|수술)?(?:을|를)?\s*(?:받은|한|된|받|하)\s*(?:후|뒤|다음)(?:에)?", " after the transplant "),
    (r"이식(?:술|수술)?", " transplant "), (r"주입", " infusion "), (r"정맥\s*주사", " intravenous infusion "),
    # insulin given up, no longer needed, cut; a negated or intended verb is none
    (rf"{_KO_INS}{_KO_OBJ}{_KO_ADV}?\s*(?:끊|중단|중지|끊었|끊고)(?:하기\s*위|하려|할\s*수|해야)", " for that purpose (a goal, no result) "),
    (rf"{_KO_INS}{_KO_OBJ}{_KO_ADV}?\s*(?:끊|중단|중지)하?지\s*(?:않|못)", " did not stop "),
    (rf"{_KO_INS}{_KO_OBJ}{_ko_gap(2)}(?:{_KO_ADV}\s*)?(?:끊|중단|중지|끊었|떼)(?:했|하였|한|하고|하게|하는|었|고|은|게|어|할)[가-힣]*(?!\s*(?:사례|경우|방법|가능성|목표|것이\s*목표))", "§1 stopped insulin "),
    (rf"{_KO_INS}(?:에서|로부터)\s*(?:완전히\s*)?(?:해방|벗어나|벗어났|탈출|자유로워|독립)", " freed from insulin "),
    (rf"(?:외부\s*(?:공급\s*)?|외인성\s*|추가\s*)?{_KO_INS}{_KO_OBJ}(?:더\s*이상\s*)?(?:필요\s*(?:로\s*)?(?:하지\s*않|없)|필요가\s*없)", " no longer needed insulin "),
    (rf"{_KO_INS}{_KO_OBJ}(?:더\s*이상\s*)?(?:받|맞|쓰|사용하)지\s*않(?:게|아도)\s*(?:되|됐|된)", " no longer needed insulin "),
    (rf"{_KO_INS}(?:의)?\s*(?:의존성|의존)(?:이|가|은|는)?\s*없어지거나\s*줄(?:어들)?", " reduced or eliminated insulin "),
    (rf"{_KO_INS}\s*없이\s*(?:생활|지내|살|지냈|살고|생활하)", " lives without insulin "),
    (rf"{_KO_INS}\s*없이", " without insulin "),
    (r"인슐린\s*(?:독립|비의존)", " insulin independence "),
    (r"인슐린\s*(?:양|용량|투여량|사용량|필요량|필요양|요구량)(?:이|가|은|는|도)?\s*(?:또한\s*)?((?:\d[\d/.,]*\s*%?\s*(?:가량|정도)?\s*)?)(?:줄어|감소|줄었|줄|낮아)[가-힣]*",
     r" reduced the insulin dose §1"),
    (r"인슐린\s*(?:양|용량|투여량|사용량|필요량|필요양|요구량)", " the insulin dose "),
    (rf"다시\s*(?:저용량의\s*)?{_KO_INS}{_KO_OBJ}(?:맞|투여|사용)", " went back on insulin "),
    (r"인슐린\s*(?:분비|생산)(?:이|을|를)?\s*(?:회복|재개)", " restored insulin secretion "),
    (r"인슐린", " insulin "),
    # markers the rules read
    (r"정상\s*혈당(?:을|이)?\s*(?:유지|회복)", " maintained normal blood glucose "), (r"혈당", " blood glucose "),
    (r"C\s*-?\s*(?:펩타이드|펩티드)|씨\s*펩타이드", " C-peptide "), (r"당화\s*혈색소|당\s*혈색소", " HbA1c "),
    (r"(?:심각한|중증|심한)\s*저혈당", " severe hypoglycemia "), (r"저혈당", " hypoglycemia "),
    (r"면역\s*억제제\s*없이", " without immunosuppressants "), (r"면역\s*억제제", " immunosuppressants "),
    (r"면역\s*억제(?:\s*치료|\s*요법)?", " immunosuppression "), (r"거부\s*반응", " rejection "),
    (r"화학\s*요법(?:제)?", " chemotherapy "),
    (r"반응(?:을)?\s*(?:나타내|보이)지\s*않", " did not respond "), (r"효과(?:가|를)?\s*(?:보이지\s*않|없었)", " showed no benefit "),
    (r"부작용", " side effects "), (r"합병증\s*없이", " without complications "), (r"합병증", " complications "),
    (r"사망(?:했|하였)", " died "), (r"재발", " relapse "),
    (r"임상\s*(?:시험|연구)?\s*(?:1|I)\s*/\s*(?:2|II)\s*상", " phase 1/2 trial "), (r"임상\s*(?:시험\s*)?(?:1|I)\s*상", " phase 1 trial "),
    (r"임상\s*(?:시험\s*)?(?:2|II)\s*상", " phase 2 trial "), (r"임상\s*(?:시험\s*)?(?:3|III)\s*상", " phase 3 trial "),
    (r"비\s*치료\s*군|대조\s*군", " untreated control group "), (r"위약\s*군", " placebo group "), (r"치료\s*군", " treated group "),
    (r"임상\s*시험", " clinical trial "), (r"연구\s*(?:팀|진)|의료진", " the team "), (r"치료", " treatment "),
    # sentence ends: the English segmenter wants a capital or a new line after a full stop
    (r"다\.(?![ \t]*\n)(?=\s)", ".\n"), (r"다\.", "."), (r"\.(?![ \t]*\n)(?=[ \t]+[가-힣])", ".\n"),
]
WORDS["ko"] = {}


# Russian. Nouns and adjectives decline, so phrases name a stem and take any ending ("инсулин\w*": инсулин, инсулина,
# инсулином); words are listed in the forms pages use. What a claim needs mostly comes verb before object
# ("отказался от инсулина"), but Russian also puts the subject after its verb ("исчезла необходимость в инсулине":
# vanished the need for insulin), so such phrases are glossed whole. Cyrillic 'С' in "С-пептид" is matched too.
_NUM_RU = ("один:one одна:one одного:one одной:one одному:one два:two две:two двух:two три:three трёх:three трех:three "
           "четыре:four четырёх:four четырех:four пять:five пяти:five шесть:six шести:six семь:seven семи:seven "
           "восемь:eight восьми:eight девять:nine девяти:nine десять:ten десяти:ten одиннадцать:eleven "
           "двенадцать:twelve двенадцати:twelve пятнадцать:fifteen пятнадцати:fifteen двадцать:twenty двадцати:twenty "
           "тридцать:thirty сто:hundred")
_WORDS_RU = """в:in во:in на:on с:with со:with у:in из:of от:from по:by для:for и:and или:or а:and но:but не:not
    после:after до:before при:in за:for о:about об:about что:that который:who которые:who которая:who которых:who
    которым:who это:this этого:this этот:this эта:this этой:this этих:these все:all всех:all всем:all был:was была:was
    было:was были:were уже:already ещё:still еще:still почти:almost около:about примерно:approximately только:only
    пациент:patient пациента:patient пациенту:patient пациентом:patient пациентка:patient пациентки:patient
    пациентку:patient пациенты:patients пациентов:patients пациентам:patients пациентами:patients больной:patient
    больного:patient больному:patient больные:patients больных:patients больным:patients участник:participant
    участники:participants участников:participants добровольцев:volunteers человек:people людей:people люди:people
    мужчина:man мужчины:man мужчину:man мужчине:man мужчин:men женщина:woman женщины:woman женщину:woman женщине:woman
    женщин:women детей:children дети:children взрослых:adults
    год:year года:years году:year лет:years годы:years месяц:month месяца:months месяцев:months неделю:week недели:weeks
    недель:weeks день:day дня:days дней:days
    инсулин:insulin инсулина:insulin инсулину:insulin инсулином:insulin инсулине:insulin инъекции:injections
    инъекций:injections инъекциях:injections уколы:injections уколов:injections трансплантация:transplant
    трансплантации:transplant трансплантацию:transplant пересадка:transplant пересадки:transplant пересадку:transplant
    пересадке:transplant клетки:cells клеток:cells клетками:cells клетках:cells печень:liver печени:liver донор:donor
    донора:donor доноров:donors лечение:treatment лечения:treatment лечении:treatment терапия:therapy терапии:therapy
    терапию:therapy исследование:study исследования:study исследовании:study исследователи:researchers
    исследователей:researchers учёные:scientists ученые:scientists врачи:doctors глюкозы:glucose крови:blood
    сахара:sugar уровень:level уровня:level получили:received получил:received получила:received получивших:who_received
    получивший:who_received пересадили:transplanted пересадил:transplanted пересадила:transplanted ввели:infused
    получали:received живёт:lives живет:lives живут:live жил:lived жила:lived жили:lived умер:died умерла:died умерли:died скончался:died скончалась:died смогли:were_able_to
    смог:was_able_to смогла:was_able_to большинства:most большинство:most некоторые:some некоторых:some
    иммуносупрессанты:immunosuppressants иммуносупрессантов:immunosuppressants иммуносупрессия:immunosuppression
    иммуносупрессии:immunosuppression осложнения:complications осложнений:complications побочные:side эффекты:effects"""
_RU_INS = r"(?:(?:ежедневн\w+\s+)?(?:инъекци\w+|укол\w+|введени\w+|при[её]м\w*)\s+)?(?:внешн\w+\s+|экзогенн\w+\s+)?инсулин\w*"
PHRASES["ru"] = [
    # diabetes types, cells, grafts
    (r"(?:сахарн\w+\s+)?диабет\w*\s+(?:1|I|первого)[- ]?(?:го)?\s+типа", "type 1 diabetes"),
    (r"(?:сахарн\w+\s+)?диабет\w*\s+(?:2|II|второго)[- ]?(?:го)?\s+типа", "type 2 diabetes"),
    (r"(?:сахарн\w+\s+)?диабет\w*\s+типа\s+(?:1|I)", "type 1 diabetes"), (r"(?:сахарн\w+\s+)?диабет\w*\s+типа\s+(?:2|II)", "type 2 diabetes"),
    (r"СД\s*(?:1|I)(?:\s*типа)?", "type 1 diabetes"), (r"СД\s*(?:2|II)(?:\s*типа)?", "type 2 diabetes"),
    (r"инсулинозависим\w+\s+(?:сахарн\w+\s+)?диабет\w*", "type 1 diabetes"),
    (r"инсулинонезависим\w+\s+(?:сахарн\w+\s+)?диабет\w*", "type 2 diabetes"),
    (r"(?:сахарн\w+\s+)?диабет\w*", "diabetes"),
    (r"мезенхимальн\w+\s+стволов\w+\s+клет\w*", "mesenchymal stem cells"),
    (r"индуцированн\w+\s+плюрипотентн\w+\s+стволов\w+\s+клет\w*", "induced pluripotent stem cells"),
    (r"эмбриональн\w+\s+стволов\w+\s+клет\w*", "embryonic stem cells"),
    (r"(?:гемопоэтическ\w+|кроветворн\w+)\s+стволов\w+\s+клет\w*", "hematopoietic stem cells"),
    (r"стволов\w+\s+клет\w*", "stem cells"),
    (r"(?:трансплантаци\w+|пересадк\w+)\s+(?:панкреатическ\w+\s+)?(?:островк\w+|островков\w+\s+клет\w*)(?:\s+Лангерганса)?", "islet transplant"),
    (r"островков\w+\s+клет\w*", "islet cells"), (r"островк\w*\s+Лангерганса", "islets"), (r"островк\w*", "islets"),
    (r"(?:бета|β)-?\s?клет\w*", "beta cells"), (r"инсулин-?продуцирующ\w+", "insulin-producing"),
    (r"поджелудочн\w+\s+желез\w*", "pancreas"), (r"воротн\w+\s+вен\w*", "portal vein"), (r"в\s+печень", "into the liver"),
    (r"костн\w+\s+мозг\w*", "bone marrow"), (r"умерш\w+\s+донор\w*", "deceased donor"),
    (r"[СC]\s*-?\s*пептид\w*", "C-peptide"), (r"гликированн\w+\s+гемоглобин\w*", "HbA1c"),
    (r"тяж[её]л\w+\s+(?:эпизод\w+\s+)?гипогликеми\w*", "severe hypoglycemia"), (r"гипогликеми\w*", "hypoglycemia"),
    (r"иммуносупрессивн\w+\s+терапи\w*", "immunosuppression"), (r"иммунн\w+\s+отторжени\w*", "rejection"),
    (r"побочн\w+\s+(?:эффект\w*|явлени\w*|действи\w*)", "side effects"), (r"нежелательн\w+\s+явлени\w*", "adverse events"),
    # groups and figures
    (r"у\s+(\d+)\s+из\s+(\d+)", r"in \1 of \2"), (r"(\d+)\s+из\s+(\d+)", r"\1 of \2"),
    (r"(\d+)-?(?:ти|и|ми|х)?-?летн\w+", r"\1-year-old"), (r"в\s+возрасте\s+(\d+)\s+(?:лет|года|год)", r"aged \1"),
    (r"(\d+),(\d+)\s*%", r"\1.\2%"), (r"процент\w*", "percent"),
    (r"(?:более|больше)\s+(?=\d)", "more than "), (r"(?:менее|меньше)\s+(?=\d)", "less than "),
    (r"клиническ\w+\s+(?:испытани\w+|исследовани\w+)", "clinical trial"),
    (r"(?:I|1)\s*/\s*(?:II|2)\s+фаз\w+|фаз\w+\s+(?:I|1)\s*/\s*(?:II|2)", "phase 1/2"), (r"(?:I|1)\s+фаз\w+|фаз\w+\s+(?:I|1)\b", "phase 1"),
    (r"(?:II|2)\s+фаз\w+|фаз\w+\s+(?:II|2)\b", "phase 2"), (r"(?:III|3)\s+фаз\w+|фаз\w+\s+(?:III|3)\b", "phase 3"),
    # times
    (r"через\s+(?:один\s+)?год", "after one year"), (r"через\s+полгода", "after six months"), (r"спустя\s+год", "after one year"),
    (r"в\s+течение\s+(?:одного\s+)?года", "for one year"), (r"в\s+течение", "for"), (r"через", "after"),
    (r"(\d+)\s+(?:месяц\w*)\s+спустя", r"after \1 months"), (r"(\d+)\s+(?:год|года|лет)\s+спустя", r"after \1 years"),
    (r"полтора\s+года", "18 months"), (r"(\d+(?:[.,]\d+)?)\s+(?:год|года|лет)(?!\w)", r"\1 years"),
    # insulin given up or no longer needed; a bare "без инсулина" is no result, living without it is
    (rf"не\s+(?:смог\w*\s+|удал\w*\s+|сумел\w*\s+)?(?:полностью\s+)?(?:отказа\w*\s+от|прекрати\w*\s+(?:принимать\s+|колоть\s+)?)\s*{_RU_INS}", "did not stop insulin"),
    (r"ни\s+(?:один|одна|одного|одной)", "none"),
    (rf"(?:полностью\s+)?отказал\w*\s+от\s+{_RU_INS}", "stopped insulin"), (rf"отказ\w*\s+от\s+{_RU_INS}", "stopping insulin"),
    (rf"(?:больше|более|уже)\s+не\s+(?:нужда\w*|требу\w*|принима\w*|кол\w*|использу\w*|вводи\w*|получа\w*)\s+(?:в\s+)?{_RU_INS}", "no longer needed insulin"),
    (rf"не\s+(?:нужда\w*|нуждал\w*)\s+(?:в\s+)?{_RU_INS}", "needed no insulin"),
    (rf"(?:исчезл\w*|пропал\w*|отпал\w*)\s+(?:и\s+)?(?:необходимост\w*|потребност\w*|нужд\w*)\s+(?:в\s+)?(?:принимать\s+|колоть\s+|вводить\s+)?{_RU_INS}", "no longer needed insulin"),
    (rf"(?:необходимост\w*|потребност\w*|нужд\w*)\s+(?:в\s+)?(?:принимать\s+|колоть\s+|вводить\s+)?{_RU_INS}\s+(?:исчезл\w*|пропал\w*|отпал\w*)", "no longer needed insulin"),
    (rf"прекратил\w*\s+(?:принимать\s+|колоть\s+|вводить\s+)?{_RU_INS}", "stopped insulin"),
    (rf"обход\w*\s+без\s+{_RU_INS}", "manage without insulin"),
    (rf"(живёт|живет|живут|жил|жила|жили)\s+(уже\s+|теперь\s+)?без\s+{_RU_INS}", "§1 §2without insulin"),
    (rf"без\s+{_RU_INS}", "lacking insulin"),
    (r"инсулинонезависимост\w*|независимост\w*\s+от\s+инсулин\w*", "insulin independence"),
    (r"инсулинонезависим\w*|независим\w+\s+от\s+инсулин\w*", "insulin-independent"),
    (r"(?:снизил\w*|снижен\w*|уменьшил\w*|уменьшен\w*|сократил\w*|сокращен\w*)\s+(?:суточн\w+\s+)?(?:доз\w*|потребност\w*)\s+(?:в\s+)?инсулин\w*", "reduced the insulin dose"),
    (r"(?:суточн\w+\s+)?доз\w*\s+инсулин\w*", "the insulin dose"), (r"потребност\w*\s+в\s+инсулин\w*", "the insulin requirements"),
    (r"(?:начал\w*|стал\w*)\s+(?:снова\s+|вновь\s+)?(?:самостоятельно\s+)?(?:вырабатывать|производить)\s+(?:собственн\w+\s+)?инсулин\w*", "began producing insulin"),
]
WORDS["ru"] = {**_table(_NUM_RU), **_table(_WORDS_RU)}


# German and Dutch, the general phrasings the tables above lack: counts in words on both sides ("sieben der zehn",
# "negen van de twaalf"), ages with sex, separable verbs that end a clause ("ging ... zurück", "kwamen ... niet
# meer voor"), the dose cut "by" a share, follow-up and planning words. Words fill only gaps; phrases are put
# first, so on a tie with an older phrase the more specific new one wins.
_DE_CNT = (r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|"
           r"siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|hundert)")
_DE_INS = r"(?:Insulin|Insulinspritzen|Insulininjektionen|Insulin-Injektionen|Insulingaben|Insulintherapie)"
_DE_NO = r"(?!(?:kein|keine|keinen|nicht|kaum|noch)\b)"
_de_gap = lambda n: rf"((?:{_DE_NO}[^\s.!?;:]+\s+){{0,{n}}}?)"
_DE_DOSE = r"(?:Insulindosis|Insulinverbrauch|Insulinmenge|Insulin-Dosis|Tagesinsulindosis|Insulintagesdosis)"
PHRASES["de"][:0] = [
    (rf"({_DE_CNT})\s+(?:der|von\s+den|aus\s+den)\s+({_DE_CNT})(?=\s)", "§1 of the §2"), (rf"({_DE_CNT})\s+von\s+({_DE_CNT})(?=\s)", "§1 of §2"),
    (r"(\d+)-jährige[rn]?\s+(?:Patientin|Frau|Diabetikerin|Teilnehmerin)", r"\1-year-old woman"),
    (r"(\d+)-jährige[rn]?\s+(?:Patient|Mann|Diabetiker|Teilnehmer)\b", r"\1-year-old man"),
    (r"Typ[- ]([12])[- ]Diabetes[- ]?(?:Patient(?:en|innen)?|Erkrankte[n]?|Betroffene[n]?)", r"type \1 diabetes patients"),
    (r"(?:Diabetes|Diabetiker)\s+vom\s+Typ\s+([12])", r"type \1 diabetes"),
    (r"Langzeitblutzucker(?:wert)?", "HbA1c"),
    (r"unabhängig\s+von\s+(?:externem\s+|zusätzlichem\s+)?" + _DE_INS, "insulin-independent"),
    (r"C-Peptid-positiv(?:e|en)?|positive[sn]?\s+C-Peptid", "C-peptide positive"),
    (rf"(?:ging|gingen|geht|gehen)\s+{_de_gap(6)}zurück", "§1declined"),
    (rf"(?:sank|sanken|verringerte|verringerten|reduzierte|reduzierten)\s+sich\b", "fell"),
    (rf"(?:die\s+|der\s+|den\s+)?{_DE_DOSE}", "the insulin dose"),
    (rf"um(?=\s+(?:mehr\s+als\s+|über\s+|fast\s+|rund\s+|etwa\s+|knapp\s+|durchschnittlich\s+|ca\.\s+)?\d+(?:[.,]\d+)?\s*(?:%|Prozent))", "by"),
    (rf"(?:traten|tritt|treten|trat)\s+{_de_gap(6)}nicht\s+auf\b", "§1did not occur"),
    # what a team hopes or plans will happen is no result, however it is worded ("hoffen, dass ... kein Insulin mehr")
    (r"(?:hoff\w*|erhoff\w*|wünsch\w*|plan\w*|will|wollen|erwarte\w*|rechne\w*\s+damit|Ziel\s+(?:\w+\s+){0,3}?ist\s+es)\s*,?\s+(?:dass|zu)\b[^.!?;]{0,160}",
     "hope that (a goal, no result)"),
    (r"(?:Nach)?[Bb]eobachtungs(?:zeitraum|zeit|dauer)|Follow-up(?:-Zeitraum)?", "follow-up"),
    (r"(?:über\s+)?einen\s+Zeitraum\s+von", "over a period of"), (r"binnen", "within"), (r"bis\s+zu", "up to"),
    (r"(\d+)\s+(Monate|Monaten|Wochen|Jahre|Jahren|Tage|Tagen)\s+nach\s+der\s+(?:Transplantation|Infusion|Behandlung|Operation|Implantation|Injektion|Therapie)",
     "§1 §2 after the transplant"),
    (r"embryonale[n]?\s+Stammzellen", "embryonic stem cells"), (r"iPS-Zellen|iPS\s+Zellen", "induced pluripotent stem cells"),
    (r"(?:blutbildende[n]?|hämatopoetische[n]?)\s+Stammzellen", "hematopoietic stem cells"), (r"Nabelschnur(?:blut)?", "umbilical cord"),
    (r"Spender(?:insel(?:zelle)?n|-Inselzellen)", "donor islets"),
    (r"ohne\s+(?:Immunsuppression|Immunsuppressiva|immunsuppressive\s+Medikamente|Medikamente\s+zur\s+Immunsuppression)", "without immunosuppressants"),
    (r"Unterarm(?:muskel|muskulatur)", "forearm muscle"), (r"unter\s+die\s+Haut|subkutan", "under the skin"),
    (r"keine\s+(?:Verbesserung|Besserung)", "no improvement"),
]
_DE_MORE_WORDS = _table("""allen:all allem:all übrigen:remaining restlichen:remaining verbesserung:improvement besserung:improvement
    infusion:infusion implantation:implant injektion:injection betrug:was betrugen:were behandeln:treat geplant:planned
    plant:plans planen:plan hoffnung:hope erhofft:hoped teilnehmern:participants teilnehmerinnen:participants
    probandinnen:volunteers patientengruppe:patient_group frauen:women männer:men männern:men kindern:children
    jugendliche:adolescents jugendlichen:adolescents halbiert:halved halbierte:halved halbierten:halved sanken:fell
    verschwanden:disappeared verschwunden:disappeared verstarb:died verstarben:died todesfall:death nachweisen:detect
    senkung:reduction reduktion:reduction rückgang:decline verringerung:reduction zielbereich:target_range
    immunsuppressiv:immunosuppressive immunsuppressive:immunosuppressive immunsuppressiven:immunosuppressive
    spenderorgan:donor_organ spenderbauchspeicheldrüse:donor_pancreas verstorbenen:deceased inselzelltransplantationen:islet_transplants
    transplantationen:transplants transplantiert:transplanted eingepflanzt:implanted injiziert:injected verabreicht:given
    vorläufige:preliminary vorläufigen:preliminary zwischenergebnisse:interim_results monatelang:for_months jahrelang:for_years""")
WORDS["de"] = {**_DE_MORE_WORDS, **WORDS["de"]}

_NL_CNT = (r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
           r"zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|honderd)")
PHRASES["nl"][:0] = [
    (rf"({_NL_CNT})\s+van\s+de\s+({_NL_CNT})(?=\s)", "§1 of the §2"), (rf"({_NL_CNT})\s+van\s+({_NL_CNT})(?=\s)", "§1 of §2"),
    (r"(\d+)-jarige\s+(?:vrouw|patiënte|patiente|diabetica)", r"\1-year-old woman"),
    (r"(\d+)-jarige\s+(?:man|patiënt|patient|diabeticus)\b", r"\1-year-old man"),
    (r"type[- ]?([12])[- ]?diabetespatiënten|patiënten\s+met\s+type[- ]?([12])[- ]?diabetes", r"type \1\2 diabetes patients"),
    (r"insulineafhankelijke\s+diabetes", "insulin-dependent diabetes"),
    (rf"(?:kwamen|komen|kwam|komt)\s+{_nl_gap(6)}niet\s+meer\s+voor", "§1ceased"),
    (r"(?:hoop\w*|hopen|verwacht\w*|plan\w*|wil|willen|het\s+doel\s+is)\s*,?\s+(?:dat|om)\b[^.!?;]{0,160}", "hope that (a goal, no result)"),
    (rf"(?:nam|namen|neemt|nemen)\s+{_nl_gap(6)}af\b", "§1declined"),
    (r"met(?=\s+(?:ruim\s+|meer\s+dan\s+|bijna\s+|ongeveer\s+|circa\s+|gemiddeld\s+)?\d+(?:[.,]\d+)?\s*(?:%|procent))", "by"),
    (r"(?:de\s+)?(?:dagelijkse\s+)?insuline(?:dosis|behoefte|gebruik|hoeveelheid)", "the insulin dose"),
    (r"tijd\s+(?:binnen|in)\s+(?:het\s+)?(?:streef|doel)?bereik|time\s+in\s+range", "time in range"),
    (r"(?:follow-?up|observatieperiode|nacontroleperiode)(?:\s+van)?", "follow-up of"),
    (r"(?:embryonale)\s+stamcellen", "embryonic stem cells"),
    (r"zonder\s+(?:afweerremmers|immunosuppressiva|immuunonderdrukkers|immuunonderdrukkende\s+medicijnen)", "without immunosuppressants"),
    (r"geen\s+(?:verbetering)", "no improvement"),
    (r"(?:ernstige|zware)\s+bijwerkingen", "serious adverse events"),
]
_NL_MORE_WORDS = _table("""gedurende:for aantoonbaar:detectable meetbaar:measurable halveerde:halved verminderde:reduced
    verlaagde:reduced verlaagden:reduced daalden:fell verdwenen:disappeared verdween:disappeared stierf:died stierven:died
    wil:wants willen:want hoopt:hopes hopen:hope verwacht:expected verwachten:expect zullen:will zal:will plannen:plan
    gepland:planned mogelijk:possibly misschien:perhaps kunnen:can zou:would zouden:would behandelen:treat ingespoten:injected
    geïnjecteerd:injected geïmplanteerd:implanted afweerremmers:immunosuppressants immunosuppressiva:immunosuppressants
    bijwerking:side_effect ernstig:serious verbetering:improvement resultaat:result eerder:previously later:later
    onderhuids:subcutaneous buikwand:abdominal_wall onderarm:forearm poortader:portal_vein jongen:boy meisje:girl
    vrouwelijke:female mannelijke:male overige:remaining andere:other gemiddelde:average""")
WORDS["nl"] = {**_NL_MORE_WORDS, **WORDS["nl"]}

# Korean, the general phrasings the table above lacks: a goal or plan after an outcome ("인슐린 주사를 끊는 것을
# 목표로", "...이 기대된다") is no result, and being longer it wins over the outcome it starts with; a dose cut "on
# average" by a share; HbA1c "below" ("7% 미만"); C-peptide detected or not; severe lows gone; no side effects.
PHRASES["ko"][:0] = [
    (r"(?:인슐린|저혈당|C\s*-?\s*(?:펩타이드|펩티드)|당화\s*혈색소)[^.,。\n]{0,24}?(?:목표|기대|계획|예정|가능성|전망|할\s*수\s*있을)", " (a goal, no result) "),
    (r"C\s*-?\s*(?:펩타이드|펩티드)(?:가|는|이|은)?\s*(?:검출|측정)(?:되지|이\s*안\s*되|안\s*되)[가-힣]*", " (none found) "),
    (r"C\s*-?\s*(?:펩타이드|펩티드)(?:가|는|이|은)?\s*(?:다시\s*)?(?:검출|측정|확인)(?:됐|되었|됨|되|돼)[가-힣]*", " C-peptide was detected "),
    (r"인슐린\s*(?:양|용량|투여량|사용량|필요량|요구량)(?:이|가|은|는|도)?\s*(?:평균|약|대략)\s*(\d[\d.,]*)\s*%\s*(?:가량|정도)?\s*(?:줄어|감소|줄었|줄|낮아)[가-힣]*",
     r" reduced the insulin dose by \1% "),
    (r"(?:당화\s*혈색소|HbA1c)(?:가|는|이|은)?\s*(?:모두\s*)?(\d+(?:\.\d+)?)\s*%\s*(?:미만|이하)(?:으로|로)?", r" HbA1c below \1% "),
    (r"(\d+(?:\.\d+)?)\s*%\s*(?:미만|이하)(?:으로|로)?", r" below \1% "),
    (r"(?:심각한|중증|심한)\s*저혈당(?:이|은|는|도)?\s*(?:모두\s*|완전히\s*)?(?:사라졌|사라지|없어졌|소실|더\s*이상\s*(?:발생하지|나타나지)\s*않)[가-힣]*", " severe hypoglycemia disappeared "),
    (r"(?:심각한|중대한|중증|특별한)?\s*부작용(?:은|는|이|가|도)?\s*(?:없었|없|나타나지\s*않|발생하지\s*않|보고되지\s*않)[가-힣]*", " no serious adverse events "),
]


# Spanish, Portuguese, Italian and French, the general phrasings of reports (abstracts, press releases, news,
# patient stories) the tables above lack, written from the languages: counts in words and with "en X de Y", ages
# with sex, the dose cut "en un 40%", C-peptide found positive, severe lows absent, insulin-free "for" a time
# ("lleva dos años sin insulina", "há um ano sem insulina", "da un anno senza insulina", "depuis un an sans
# insuline"), a time point after the treatment ("a los seis meses del trasplante"), deaths. What a team hopes,
# aims or plans ("esperan que", "con el objetivo de", "l'objectif est de", "si spera che") is glossed as no
# result whatever outcome it names, and so is an outcome not reached ("no logró dejar la insulina"); being longer
# they win over the outcome they start with. Phrases are put first, so on a tie with an older phrase the more
# specific new one wins; words fill only gaps.
_ROM_TIME = {
    "es": r"(?:\d+(?:[.,]\d+)?(?:\s*½)?|uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|dieciocho|veinte|veinticuatro|treinta|treinta\s+y\s+seis)",
    "pt": r"(?:\d+(?:[.,]\d+)?(?:\s*½)?|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|dezoito|vinte|vinte\s+e\s+quatro|trinta|trinta\s+e\s+seis)",
    "it": r"(?:\d+(?:[.,]\d+)?(?:\s*½)?|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|diciotto|venti|ventiquattro|trenta|trentasei)",
    "fr": r"(?:\d+(?:[.,]\d+)?(?:\s*½)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|vingt|vingt-quatre|trente|trente-six)",
}
# a count in words (a count in digits keeps its digits: the older "(?<=\d\s)de los(?=\s+\d)" phrases read it)
_ROM_WN = {lang: rx.replace(r"\d+(?:[.,]\d+)?(?:\s*½)?|", "", 1) for lang, rx in _ROM_TIME.items()}
_ROM_UNIT = {
    "es": r"(?:años?|meses|mes|semanas?|d[íi]as?)", "pt": r"(?:anos?|meses|m[êe]s|semanas?|dias?)",
    "it": r"(?:anni|anno|mesi|mese|settimane?|giorni|giorno)", "fr": r"(?:ans?|ann[ée]es?|mois|semaines?|jours?)",
}
_ES_N, _ES_U = _ROM_TIME["es"], _ROM_UNIT["es"]
_ES_W = _ROM_WN["es"]
_ES_INS = r"(?:la\s+)?(?:insulina|inyecciones\s+de\s+insulina|terapia\s+con\s+insulina|tratamiento\s+con\s+insulina)"
_ES_DOSE = (r"(?:la\s+|su\s+|sus\s+|las\s+)?(?:dosis|necesidad(?:es)?|requerimientos?|requisitos|consumo|uso)\s+"
            r"(?:diari[oa]s?\s+|total(?:es)?\s+)?de\s+insulina")
_ES_TREAT = r"(?:trasplante|implante|infusi[óo]n|tratamiento|procedimiento|intervenci[óo]n|inyecci[óo]n|terapia|operaci[óo]n|cirug[íi]a)"
PHRASES["es"][:0] = [
    # aims, hopes, plans and outcomes not reached: no result
    (r"(?:con\s+(?:el\s+)?(?:objetivo|fin|prop[óo]sito)\s+de|(?:el|su|cuyo)\s+(?:objetivo|prop[óo]sito|fin)\s+(?:principal\s+)?(?:\w+\s+){0,3}?(?:es|será|era|ser[íi]a|fue)|"
     r"tiene(?:n)?\s+como\s+(?:objetivo|fin)|(?:se\s+)?(?:busca|buscan|pretende|pretenden|persigue|aspira|aspiran)\s+(?:a\s+)?|"
     r"(?:se\s+)?espera(?:n|ba|ban)?\s+que|(?:se\s+)?prev[ée](?:n)?\s+que|conf[íi]a(?:n)?\s+en\s+que|ojal[áa]|"
     r"(?:podr[íi]a|podr[íi]an|podr[áa]|podr[áa]n)\s+(?:permitir|ayudar|llegar\s+a|ofrecer|servir|lograr|conseguir|ser)|"
     r"(?:la\s+)?esperanza\s+(?:es|de)|(?:el\s+)?sue[ñn]o\s+de|para\s+(?:lograr|conseguir|alcanzar|que))\b[^.!?;:]{0,120}",
     "hope that (a goal, no result)"),
    (r"no\s+(?:logr|consigu|pud|alcanz)\w*\s+(?:(?:la|el|su|una)\s+)?(?:dejar|abandonar|prescindir|suspender|independencia|insulinoindependencia|retirar|eliminar)\b[^.!?;]{0,60}",
     "(insulin not stopped)"),
    (r"(?:sigue(?:n)?|segu[íi]a(?:n)?|continúa(?:n)?|continuaba(?:n)?|contin[úu]a(?:n)?)\s+(?:necesitando|requiriendo|usando|utilizando|inyect[áa]ndose|dependiendo\s+de|con)\s+(?:la\s+)?insulina",
     "(insulin still needed)"),
    (r"todav[íi]a\s+no|a[úu]n\s+no", "not yet"),
    # "ninguno ... consiguió dejar la insulina": a subject that is nobody makes the success none
    (r"((?:ningun[oa]|nadie)\b[^.!?;]{0,140}?)(?:consigui[óo]|logr[óo]|pudo|(?:ha|hab[íi]a)\s+(?:conseguido|logrado|podido))\s+(?:dejar|abandonar|prescindir|suspender|retirar|eliminar|alcanzar|lograr)\b[^.!?;]{0,60}",
     "§1 (insulin not stopped)"),
    # an infinitive names an act, not a result ("Dejar de inyectarse insulina es el sueño de...")
    (r"dejar\s+de\s+(?:necesitar|usar|inyectarse|requerir|depender\s+de|administrarse|ponerse)\s+(?:la\s+)?(?:inyecciones\s+de\s+)?insulina", "stop needing insulin"),
    (r"(?:dejar|abandonar|suspender)\s+(?:la\s+)?insulina(?!\s+(?:r[áa]pida|basal|prandial|lenta|nocturna|de\s+acci[óo]n))", "stop insulin"),
    (r"criterios\s+de\s+(?:inclusi[óo]n|selecci[óo]n|elegibilidad)\b[^.!?]{0,200}", "(inclusion criteria, no result)"),
    # groups and counts
    (rf"en\s+({_ES_W})\s+de\s+(?:(?:los|las|estos|estas)\s+)?({_ES_N})(?=\s)", "in §1 of §2"),
    (rf"({_ES_W})\s+de\s+(?:los|las)\s+({_ES_N})(?=\s)", "§1 of the §2"), (rf"({_ES_W})\s+de\s+({_ES_N})(?=\s+(?:pacientes|participantes|personas|receptores|enfermos|voluntarios|sujetos))", "§1 of §2"),
    (r"(?:la\s+)?mitad\s+de\s+(?:los|las)", "half of the"), (r"todos\s+(?:los|las)\s+(?=(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte)\s)", "all "),
    (r"tod[oa]s\s+(?:los|las)\s+(pacientes|participantes|receptores|enfermos|voluntarios)", "all §1"),
    (r"ningun[oa]\s+de\s+(?:los|las|ellos|ellas)", "none of the"), (r"(?:el|la)\s+rest(?:o|ante)s?", "the others"), (r"los\s+dem[áa]s", "the others"),
    (r"(?:un|una|el|la)\s+(mujer|hombre|var[óo]n|paciente|ni[ñn][oa]|adolescente|se[ñn]ora?)\s+de\s+(\d+)\s+a[ñn]os(?:\s+de\s+edad)?", "a §1 aged §2"),
    (r"(?:un|una|el|la)\s+(?:joven|chic[oa]|muchach[oa])\s+de\s+(\d+)\s+a[ñn]os(?:\s+de\s+edad)?", r"a young patient aged \1"),
    (r"no\s+(?:se\s+)?(?:observ|registr|detect|encontr|vi|hall|apreci)\w*\s+(?:ning[úu]n(?:a)?\s+)?(?:mejor[íi]a|mejora|beneficio)", "saw no improvement"),
    (r"(?:con\s+)?(?:una\s+)?edad\s+(?:media|promedio|mediana)\s+de\s+(\d+(?:[.,]\d+)?)\s+a[ñn]os", r"mean age \1 years"),
    (r"(?:de\s+)?sexo\s+femenino", "female"), (r"(?:de\s+)?sexo\s+masculino", "male"),
    # diabetes, cells, sites
    (r"(?:con|que\s+padece|que\s+padec[íi]a|que\s+sufre|que\s+sufr[íi]a)\s+diabetes\s+(?:mellitus\s+)?(?:de\s+)?tipo\s+([12])\s+desde\s+hace\s+(\d+)\s+a[ñn]os", r"who had type \1 diabetes for \2 years"),
    (r"diagnosticad[oa]s?\s+(?:con|de)\s+diabetes\s+(?:mellitus\s+)?(?:de\s+)?tipo\s+([12])", r"diagnosed with type \1 diabetes"),
    (r"diabetes\s+(?:mellitus\s+)?insulinodependiente|diabetes\s+juvenil", "type 1 diabetes"),
    (r"diabetes\s+(?:mellitus\s+)?(?:de\s+)?tipo\s+I\b(?![-/.])", "type 1 diabetes"), (r"diabetes\s+(?:mellitus\s+)?(?:de\s+)?tipo\s+II\b(?![-/.])", "type 2 diabetes"),
    (r"c[ée]lulas\s+madre\s+(?:pluripotentes\s+)?inducidas|c[ée]lulas\s+iPS|c[ée]lulas\s+madre\s+iPS", "induced pluripotent stem cells"),
    (r"c[ée]lulas\s+madre\s+embrionarias", "embryonic stem cells"), (r"c[ée]lulas\s+(?:madre\s+)?mesenquimales", "mesenchymal stem cells"),
    (r"c[ée]lulas\s+de\s+los\s+islotes|c[ée]lulas\s+insulares", "islet cells"), (r"islotes\s+(?:de\s+(?:un\s+)?donantes?(?:\s+(?:fallecid[oa]s?|muert[oa]s?|cad[áa]ver(?:es)?))?|donados)", "donor islets"),
    (r"(?:sus|de\s+sus)\s+propias\s+c[ée]lulas|c[ée]lulas\s+(?:propias|aut[óo]logas)", "the patient's own cells"), (r"aut[óo]log[oa]s?", "autologous"), (r"alog[ée]nic[oa]s?", "allogeneic"),
    (r"(?:la\s+)?vena\s+porta(?:\s+hep[áa]tica)?", "the portal vein"), (r"(?:bajo\s+la\s+piel|subcut[áa]ne[oa]s?)", "under the skin"),
    (r"(?:el\s+)?(?:m[úu]sculo\s+del\s+)?antebrazo", "forearm muscle"), (r"(?:el\s+)?epipl[óo]n|(?:el\s+)?omento", "omentum"),
    (r"sin\s+(?:necesidad\s+de\s+)?(?:inmunosupresi[óo]n|inmunosupresores|f[áa]rmacos\s+inmunosupresores|medicamentos\s+(?:inmunosupresores|antirrechazo|contra\s+el\s+rechazo))", "without immunosuppressants"),
    (r"(?:f[áa]rmacos|medicamentos)\s+(?:inmunosupresores|antirrechazo|contra\s+el\s+rechazo)", "immunosuppressants"),
    (r"ensayo\s+(?:cl[íi]nico\s+)?(?:de\s+)?fase\s+(I{1,3}|[123])\s*/\s*(I{1,3}|[123])", "phase §1/§2 trial"), (r"fase\s+(I{1,3}|[123])\b", "phase §1"),
    # times
    (rf"a\s+los\s+({_ES_N})\s+({_ES_U})\s+(?:de(?:l)?|tras\s+el|despu[ée]s\s+del)\s+(?:su\s+|el\s+|la\s+|primer\s+|primera\s+)?{_ES_TREAT}", "§1 §2 after the transplant"),
    (rf"a\s+los\s+({_ES_N})\s+({_ES_U})(?=[\s,.;])", "at §1 §2"),
    (rf"(?:lleva|llevan|llevaba|llevaban)\s+(?:ya\s+)?(?:m[áa]s\s+de\s+)?({_ES_N})\s+({_ES_U})\s+sin\s+(?:necesitar\s+|inyectarse\s+|usar\s+|requerir\s+|ponerse\s+)?(?:la\s+)?(?:inyecciones\s+de\s+)?insulina",
     "has been insulin-free for §1 §2"),
    (rf"desde\s+hace\s+(?=(?:m[áa]s\s+de\s+|casi\s+)?{_ES_N}\s)", "for "),
    (rf"durante\s+(?:al\s+menos\s+)?(?=(?:m[áa]s\s+de\s+|casi\s+)?{_ES_N}\s+{_ES_U})", "for "),
    (rf"en\s+(?:un\s+plazo\s+de\s+|menos\s+de\s+)?(?=(?:{_ES_N})\s+{_ES_U}\s+(?:tras|despu[ée]s|desde))", "within "),
    (rf"con\s+un\s+seguimiento\s+(?:medio\s+|mediano\s+|promedio\s+)?de", "at a follow-up of"), (r"seguimiento\s+(?:medio|mediano|promedio)", "follow-up"),
    # outcomes
    (rf"(?:redujo|redujeron|ha\s+reducido|han\s+reducido|hab[íi]a(?:n)?\s+reducido|disminuy[óo]|disminuyeron|baj[óo]|bajaron|recort[óo]|recortaron)\s+{_ES_DOSE}\s+(?:en\s+)?(?:un\s+|el\s+|hasta\s+un\s+|casi\s+un\s+|m[áa]s\s+de\s+un\s+)?(?=\d)",
     "reduced their insulin dose by "),
    (rf"{_ES_DOSE}\s+(?:se\s+)?(?:redujo|redujeron|reduce|disminuy[óo]|disminuyeron|baj[óo]|bajaron|cay[óo]|cayeron|ha\s+disminuido|se\s+ha\s+reducido|fue\s+reducida)\s+(?:en\s+)?(?:un\s+|el\s+|hasta\s+un\s+|casi\s+un\s+|m[áa]s\s+de\s+un\s+)?(?=\d)",
     "the insulin dose was reduced by "),
    (rf"{_ES_DOSE}\s+(?:se\s+)?(?:redujo|redujeron|disminuy[óo]|disminuyeron|baj[óo]|bajaron|cay[óo]|cayeron|ha\s+disminuido|se\s+ha\s+reducido|fue\s+reducida)", "the insulin dose was reduced"),
    (r"(?:su|sus)\s+(?:dosis|necesidades)\s+(?:diarias?\s+)?de\s+insulina", "their insulin dose"),
    (r"en\s+(?:un|el)\s+(\d+)[.,](\d+)\s*(?:%|por\s+ciento)(?!\s+(?:de|del|menos|m[áa]s)\b)", r"by \1.\2%"),
    (r"en\s+(?:un|el)\s+(\d+)\s*(?:%|por\s+ciento)(?!\s+(?:de|del|menos|m[áa]s)\b)", r"by \1%"),
    (r"(?<!\bno\s)(?:se\s+)?(?:qued[óo]|quedaron|ha\s+quedado|han\s+quedado|est[áa]|est[áa]n|permanece|permanecen|permaneci[óo]|permanecieron|sigue|siguen|se\s+mantiene|se\s+mantienen|se\s+mantuvo|se\s+mantuvieron)\s+(?:completamente\s+)?(?:libres?\s+de\s+(?:la\s+)?(?:inyecciones\s+de\s+)?insulina|sin\s+(?:necesitar\s+)?(?:la\s+)?insulina|insulinoindependientes?|independientes?\s+de\s+(?:la\s+)?insulina)",
     "remained insulin-free"),
    (r"(?:alcanz(?:ó|aron|a|an|ado)|logr(?:ó|aron|a|an|ado)|consigui(?:ó|eron)|consigue(?:n)?|conseguido)\s+(?:la\s+)?(?:independencia\s+(?:de\s+la\s+|de\s+)?insulina|insulino-?independencia|independencia\s+insul[íi]nica)", "achieved insulin independence"),
    (r"(?:ya\s+)?no\s+(?:necesit|requ[ie]r|us|utiliz)\w*\s+(?:m[áa]s\s+)?(?:inyecciones\s+de\s+|administrarse\s+|inyectarse\s+)?(?:la\s+)?insulina(?!\s+(?:r[áa]pida|basal|prandial|lenta|nocturna|de\s+acci[óo]n))",
     "no longer needed insulin"),
    (r"(?:p[ée]ptido\s*-?\s*C|p[ée]ptido\s+C\s+s[ée]rico)\s+(?:positivo|detectable|medible|cuantificable)s?", "detectable C-peptide"),
    (r"(?:positivos?|positivas?)\s+(?:para\s+(?:el\s+)?)?(?:p[ée]ptido\s*-?\s*C)", "C-peptide positive"),
    (r"(?:niveles|valores|concentraciones)\s+(?:detectables|medibles)\s+de\s+p[ée]ptido\s*-?\s*C", "detectable C-peptide"),
    (r"no\s+(?:sufri[óo]|sufrieron|present[óo]|presentaron|tuvo|tuvieron|ha\s+(?:sufrido|tenido|presentado)|han\s+(?:sufrido|tenido|presentado))\s+(?:ning[úu]n(?:a)?\s+)?(?:nuevo\s+|nuevos\s+)?(?:episodios?\s+de\s+|eventos?\s+de\s+)?hipoglucemias?\s+(?:graves?|severas?)",
     "had no severe hypoglycemia"),
    (r"(?:desaparecieron|desapareci[óo]|se\s+eliminaron|cesaron)\s+(?:las\s+|los\s+)?(?:episodios\s+de\s+)?hipoglucemias?\s+(?:graves|severas)", "severe hypoglycemia disappeared"),
    (r"(?:las\s+)?hipoglucemias?\s+(?:graves|severas)\s+(?:desaparecieron|desapareci[óo]|cesaron)", "severe hypoglycemia disappeared"),
    (r"(?:ning[úu]n(?:a)?|sin)\s+(?:mejor[íi]a|mejora|beneficio)(?:\s+(?:cl[íi]nic[oa]|significativ[oa]))?", "no improvement"),
    (r"no\s+(?:mejor[óo]|mejoraron|hubo\s+mejor[íi]a|se\s+observ[óo]\s+(?:ninguna\s+)?mejor[íi]a)", "did not improve"),
    (r"no\s+(?:se\s+)?(?:registr|observ|report|produj)\w*\s+(?:ning[úu]n(?:a)?\s+)?(?:efectos?|eventos?|acontecimientos?)\s+(?:adversos?|secundarios?)(?:\s+graves)?", "there were no serious adverse events"),
    (r"donantes?\s+(?:fallecid[oa]s?|muert[oa]s?|cad[áa]ver(?:es)?)", "deceased donor"),
    (r"acontecimientos\s+adversos(?:\s+graves)?", "adverse events"), (r"rechazo\s+del\s+injerto", "graft rejection"),
    (r"(?:perdi[óo]|perdieron)\s+la\s+vida|(?:ha|han)\s+fallecido|(?:ha|han)\s+muerto", "died"), (r"fallecimiento", "death"),
    (r"(?:HbA1c|hemoglobina\s+glicosilada|hemoglobina\s+glicada)\s+(?:se\s+)?(?:mantuvo|mantuvieron|qued[óo]|baj[óo]|cay[óo]|descendi[óo])\s+(?:por\s+debajo\s+del?|a\s+menos\s+del?|bajo\s+el)(?=\s*\d)", "HbA1c fell below"),
    (r"(?:inferior|menor)\s+(?:al|a|que\s+el)(?=\s*\d)", "below"),
    (r"(?:tiempo\s+en\s+rango|tiempo\s+dentro\s+del\s+rango(?:\s+objetivo)?)(?:\s+\(TIR\))?", "time in range"),
]
_ES_MORE_WORDS = _table("""insulinoindependencia:insulin_independence mejoría:improvement mejora:improvement recibirán:will_receive
    recibirá:will_receive participarán:will_participate tratarán:will_treat incluirá:will_include incluirán:will_include
    comenzará:will_begin empezará:will_begin probarán:will_test evaluará:will_evaluate evaluarán:will_evaluate
    reclutará:will_recruit pacientes:patients receptores:recipients quedaron:became quedó:became injerto:graft
    islote:islet inmunosupresor:immunosuppressant positivo:positive positivos:positive negativo:negative
    rechazo:rejection infección:infection infecciones:infections complicaciones:complications sangrado:bleeding
    hemorragia:bleeding hemorragias:bleeding trombosis:thrombosis transfusión:transfusion parece:seems parecen:seem
    sujetos:subjects sujeto:subject pareció:seemed parecía:seemed sugiere:suggests sugieren:suggest aparentemente:apparently edad:age años:years meses:months mitad:half tercio:third cuarto:quarter resto:rest""")
WORDS["es"] = {**_ES_MORE_WORDS, **WORDS["es"]}

_PT_N, _PT_U = _ROM_TIME["pt"], _ROM_UNIT["pt"]
_PT_W = _ROM_WN["pt"]
_PT_DOSE = (r"(?:a\s+|as\s+|sua\s+|suas\s+|a\s+sua\s+|as\s+suas\s+)?(?:dose|doses|necessidade(?:s)?|quantidade|consumo|uso)\s+"
            r"(?:di[áa]ri[ao]s?\s+|total\s+)?de\s+insulina")
_PT_TREAT = r"(?:transplante|implante|infus[ãa]o|tratamento|procedimento|interven[çc][ãa]o|inje[çc][ãa]o|terapia|opera[çc][ãa]o|cirurgia)"
PHRASES["pt"][:0] = [
    # aims, hopes, plans and outcomes not reached: no result
    (r"(?:com\s+o\s+(?:objetivo|intuito|prop[óo]sito)\s+de|(?:o|seu|cujo)\s+(?:objetivo|prop[óo]sito)\s+(?:principal\s+)?(?:\w+\s+){0,3}?(?:[ée]|ser[áa]|era|seria|foi)|"
     r"t[êe]m\s+como\s+objetivo|tem\s+como\s+objetivo|(?:busca|buscam|pretende|pretendem|visa|visam)\s+|"
     r"(?:espera|esperam|esperava|esperavam|espera-se)\s+que|(?:prev[êe]|preveem|prev[êe]em)\s+que|(?:a\s+)?expectativa\s+[ée]\s+que|"
     r"(?:poderia|poderiam|poder[áa]|poder[ãa]o|pode|podem)\s+(?:permitir|ajudar|vir\s+a|oferecer|servir|ser|levar)|"
     r"(?:a\s+)?esperan[çc]a\s+(?:[ée]|de)|para\s+(?:que|conseguir|alcan[çc]ar))\b[^.!?;:]{0,120}",
     "hope that (a goal, no result)"),
    (r"n[ãa]o\s+(?:conseg|alcan[çc]|pude|p[ôo]de|puderam)\w*\s+(?:(?:a|o|sua)\s+)?(?:deixar|abandonar|suspender|parar|independ[êe]ncia|retirar|eliminar|ficar\s+livres?)\b[^.!?;]{0,60}",
     "(insulin not stopped)"),
    (r"(?:continua|continuam|continuava|continuavam|segue|seguem|ainda)\s+(?:a\s+)?(?:precis|necessit|us|tom|aplic|injet|depend)\w*\s+(?:de\s+|d[ae]\s+)?(?:a\s+)?insulina",
     "(insulin still needed)"),
    (r"ainda\s+n[ãa]o", "not yet"),
    (r"((?:nenhu(?:m|ma)|ningu[ée]m)\b[^.!?;]{0,140}?)(?:conseguiu|p[ôo]de|foi\s+capaz\s+de|(?:tinha|havia)\s+conseguido)\s+(?:deixar|abandonar|parar|suspender|largar|ficar|alcan[çc]ar|eliminar)\b[^.!?;]{0,60}",
     "§1 (insulin not stopped)"),
    (r"deixar\s+de\s+(?:usar|tomar|aplicar|injetar|precisar\s+de|depender\s+d[ae])\s+(?:a\s+|as\s+)?(?:inje[çc][õo]es\s+de\s+)?insulina", "stop needing insulin"),
    (r"(?:parar|largar|abandonar|suspender)\s+(?:de\s+usar\s+|de\s+tomar\s+|de\s+aplicar\s+)?(?:a\s+)?insulina", "stop insulin"),
    (r"crit[ée]rios\s+de\s+(?:inclus[ãa]o|sele[çc][ãa]o|elegibilidade)\b[^.!?]{0,200}", "(inclusion criteria, no result)"),
    # groups and counts
    (rf"em\s+({_PT_W})\s+d[oa]s\s+({_PT_N})(?=\s)", "in §1 of the §2"), (rf"em\s+({_PT_W})\s+de\s+({_PT_N})(?=\s)", "in §1 of §2"),
    (rf"({_PT_W})\s+d[oa]s\s+({_PT_N})(?=\s)", "§1 of the §2"), (rf"({_PT_W})\s+de\s+({_PT_N})(?=\s+(?:pacientes|doentes|participantes|pessoas|volunt[áa]rios))", "§1 of §2"),
    (r"(?:a\s+)?metade\s+d[oa]s", "half of the"), (r"tod[oa]s\s+(?:os|as)\s+(?=(?:\d+|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|vinte)\s)", "all "),
    (r"tod[oa]s\s+(?:os|as)\s+(pacientes|doentes|participantes|volunt[áa]rios|receptores)", "all §1"),
    (rf"({_PT_N})\s+(?:del[ea]s|dentre\s+eles|dentre\s+elas)", "§1 of them"), (r"u(?:m|ma)\s+d[oa]s(?=\s)", "one of the"),
    (r"nenhu(?:m|ma)\s+d[oa]s|nenhu(?:m|ma)\s+deles|nenhu(?:m|ma)\s+delas", "none of the"), (r"(?:os|as)\s+(?:restantes|demais)|o\s+resto", "the others"),
    (r"(?:um|uma|o|a)\s+(mulher|homem|paciente|doente|crian[çc]a|menin[oa]|adolescente|senhora?)\s+de\s+(\d+)\s+anos(?:\s+de\s+idade)?", "a §1 aged §2"),
    (r"(?:um|uma|o|a)\s+(?:jovem|rapaz|garot[oa]|mo[çc][oa])\s+de\s+(\d+)\s+anos(?:\s+de\s+idade)?", r"a young patient aged \1"),
    (r"(?:com\s+)?(?:uma\s+)?idade\s+m[ée](?:dia|diana)\s+de\s+(\d+(?:[.,]\d+)?)\s+anos", r"mean age \1 years"),
    (r"(?:do\s+)?sexo\s+feminino", "female"), (r"(?:do\s+)?sexo\s+masculino", "male"),
    # diabetes, cells, sites
    (r"(?:com|que\s+tem|que\s+tinha|que\s+sofre|que\s+sofria)\s+diabetes\s+(?:mellitus\s+)?(?:do\s+|de\s+)?tipo\s+([12])\s+h[áa]\s+(\d+)\s+anos", r"who had type \1 diabetes for \2 years"),
    (r"diagnosticad[oa]s?\s+com\s+diabetes\s+(?:mellitus\s+)?(?:do\s+|de\s+)?tipo\s+([12])", r"diagnosed with type \1 diabetes"),
    (r"diabetes\s+(?:mellitus\s+)?insulinodependente|diabetes\s+juvenil", "type 1 diabetes"),
    (r"diabetes\s+(?:mellitus\s+)?(?:do\s+|de\s+)?tipo\s+I\b(?![-/.])", "type 1 diabetes"), (r"diabetes\s+(?:mellitus\s+)?(?:do\s+|de\s+)?tipo\s+II\b(?![-/.])", "type 2 diabetes"),
    (r"c[ée]lulas[- ](?:tronco|estaminais)\s+(?:pluripotentes\s+)?induzidas|c[ée]lulas\s+iPS|c[ée]lulas[- ](?:tronco|estaminais)\s+iPS", "induced pluripotent stem cells"),
    (r"c[ée]lulas[- ](?:tronco|estaminais)\s+embrion[áa]rias", "embryonic stem cells"), (r"c[ée]lulas\s+(?:(?:tronco|estaminais)\s+)?mesenquimais", "mesenchymal stem cells"),
    (r"c[ée]lulas\s+(?:das\s+)?ilhotas|c[ée]lulas\s+insulares", "islet cells"), (r"ilhotas\s+de\s+(?:um\s+)?doador(?:es)?(?:\s+(?:falecid[oa]s?|mort[oa]s?|cad[áa]ver(?:es)?))?", "donor islets"), (r"ilhotas", "islets"),
    (r"(?:suas|das\s+suas|de\s+suas)\s+pr[óo]prias\s+c[ée]lulas|c[ée]lulas\s+(?:pr[óo]prias|aut[óo]logas)", "the patient's own cells"), (r"aut[óo]log[oa]s?", "autologous"), (r"alog[êe]nic[oa]s?", "allogeneic"),
    (r"(?:a\s+)?veia\s+porta(?:\s+hep[áa]tica)?", "portal vein"), (r"(?:sob|debaixo\s+d)a\s+pele|subcut[âa]ne[oa]s?", "under the skin"),
    (r"(?:o\s+)?(?:m[úu]sculo\s+do\s+)?antebra[çc]o", "forearm muscle"), (r"(?:o\s+)?omento|(?:o\s+)?epl[íi]on", "omentum"),
    (r"sem\s+(?:necessidade\s+de\s+|usar\s+|tomar\s+)?(?:imunossupress[ãa]o|imunossupressores|medicamentos\s+(?:imunossupressores|anti-?rejei[çc][ãa]o|contra\s+a\s+rejei[çc][ãa]o)|rem[ée]dios\s+imunossupressores)", "without immunosuppressants"),
    (r"(?:imunossupressores|medicamentos\s+(?:imunossupressores|anti-?rejei[çc][ãa]o|contra\s+a\s+rejei[çc][ãa]o))", "immunosuppressants"), (r"imunossupress[ãa]o", "immunosuppression"),
    (r"ensaio\s+(?:cl[íi]nico\s+)?(?:de\s+)?fase\s+(I{1,3}|[123])\s*/\s*(I{1,3}|[123])", "phase §1/§2 trial"), (r"fase\s+(I{1,3}|[123])\b", "phase §1"),
    (r"estudo\s+cl[íi]nico|ensaio\s+cl[íi]nico", "clinical trial"),
    # times
    (rf"(?:aos|ap[óo]s|depois\s+de)\s+({_PT_N})\s+({_PT_U})\s+(?:d[oa]|ap[óo]s\s+o|depois\s+d[oa])\s+(?:seu\s+|sua\s+|primeiro\s+|primeira\s+)?{_PT_TREAT}", "§1 §2 after the transplant"),
    (rf"({_PT_N})\s+({_PT_U})\s+(?:ap[óo]s|depois\s+d)\s*[oa]?\s+(?:seu\s+|sua\s+)?{_PT_TREAT}", "§1 §2 after the transplant"),
    (rf"aos\s+({_PT_N})\s+({_PT_U})(?=[\s,.;])", "at §1 §2"),
    (rf"(?:est[áa]|est[ãa]o|estava|estavam|vive|vivem|ficou|ficaram|permanece|permanecem|permaneceu|permaneceram)\s+(?:j[áa]\s+)?(?:h[áa]\s+)?(?:mais\s+de\s+)?({_PT_N})\s+({_PT_U})\s+sem\s+(?:precisar\s+de\s+|usar\s+|tomar\s+|aplicar\s+|injetar\s+)?(?:a\s+)?(?:inje[çc][õo]es\s+de\s+)?insulina",
     "has been insulin-free for §1 §2"),
    (rf"h[áa]\s+(?:mais\s+de\s+)?({_PT_N})\s+({_PT_U})\s+sem\s+(?:precisar\s+de\s+|usar\s+|tomar\s+|aplicar\s+|injetar\s+)?(?:a\s+)?(?:inje[çc][õo]es\s+de\s+)?insulina",
     "insulin-free for §1 §2"),
    (rf"h[áa](?=\s+(?:mais\s+de\s+|quase\s+|cerca\s+de\s+)?{_PT_N}\s+{_PT_U}(?!\s+atr[áa]s))", "for"),
    (rf"durante\s+(?:pelo\s+menos\s+)?(?=(?:mais\s+de\s+|quase\s+)?{_PT_N}\s+{_PT_U})", "for "),
    (rf"em\s+(?:at[ée]\s+|menos\s+de\s+)?(?=(?:{_PT_N})\s+{_PT_U}\s+(?:ap[óo]s|depois))", "within "),
    (r"com\s+(?:um\s+)?(?:seguimento|acompanhamento)\s+(?:m[ée]dio\s+|mediano\s+)?de", "at a follow-up of"), (r"(?:seguimento|acompanhamento)\s+(?:m[ée]dio|mediano)", "follow-up"),
    (r"(?:seguimento|acompanhamento)\s+de", "follow-up of"),
    # outcomes
    (rf"(?:reduziu|reduziram|tem\s+reduzido|havia\s+reduzido|diminuiu|diminu[íi]ram|baixou|baixaram|cortou|cortaram)\s+{_PT_DOSE}\s+(?:em\s+)?(?:cerca\s+de\s+|at[ée]\s+|quase\s+|mais\s+de\s+)?(?=\d)",
     "reduced their insulin dose by "),
    (rf"{_PT_DOSE}\s+(?:foi\s+reduzida|foram\s+reduzidas|reduziu|reduziram|diminuiu|diminu[íi]ram|caiu|ca[íi]ram|baixou|baixaram)\s+(?:em\s+)?(?:cerca\s+de\s+|at[ée]\s+|quase\s+|mais\s+de\s+)?(?=\d)",
     "the insulin dose was reduced by "),
    (rf"{_PT_DOSE}\s+(?:foi\s+reduzida|foram\s+reduzidas|reduziu|reduziram|diminuiu|diminu[íi]ram|caiu|ca[íi]ram|baixou|baixaram)", "the insulin dose was reduced"),
    (r"(?:a\s+|as\s+)?(?:sua|suas)\s+(?:dose|doses|necessidades?)\s+(?:di[áa]rias?\s+)?de\s+insulina", "their insulin dose"),
    (r"em\s+(\d+)[.,](\d+)\s*(?:%|por\s+cento)(?!\s+(?:d[oa]s?|de|menos|mais)\b)", r"by \1.\2%"),
    (r"em\s+(\d+)\s*(?:%|por\s+cento)(?!\s+(?:d[oa]s?|de|menos|mais)\b)", r"by \1%"),
    (r"(?<!n[ãa]o\s)(?:ficou|ficaram|est[áa]|est[ãa]o|permanece|permanecem|permaneceu|permaneceram|continua|continuam|segue|seguem|manteve-se|mantiveram-se)\s+(?:completamente\s+|totalmente\s+)?(?:livres?\s+d[ae]s?\s+(?:inje[çc][õo]es\s+de\s+)?insulina|sem\s+(?:precisar\s+de\s+)?(?:a\s+)?insulina|insulino-?independentes?|independentes?\s+d[ae]\s+insulina)",
     "remained insulin-free"),
    (r"(?:alcan[çc](?:ou|aram|a|am|ado)|consegu(?:iu|iram|e|em|ido)|obtev[ea]|obtiveram|atingi(?:u|ram|do)|ating(?:e|em))\s+(?:a\s+)?(?:independ[êe]ncia\s+(?:da\s+|de\s+)?insulina|insulino-?independ[êe]ncia)", "achieved insulin independence"),
    (r"insulino-?independ[êe]ncia", "insulin independence"),
    (r"(?:j[áa]\s+)?n[ãa]o\s+(?:precis|necessit|us|utiliz|toma|aplica|injeta)\w*\s+(?:mais\s+)?(?:de\s+)?(?:inje[çc][õo]es\s+de\s+)?(?:a\s+)?insulina", "no longer needed insulin"),
    (r"(?:livrou-se|livraram-se|se\s+livrou|se\s+livraram|abandonou|abandonaram|largou|largaram)\s+(?:d[ao]s?\s+|as\s+|a\s+)?(?:inje[çc][õo]es\s+de\s+|aplica[çc][õo]es\s+de\s+)?insulina", "stopped insulin"),
    (r"pept[íi]deo\s*-?\s*C\s+(?:positivo|detect[áa]vel|mensur[áa]vel)s?|pept[íi]deo\s*-?\s*C\s+(?:foi|era|estava)\s+detect[áa]vel", "detectable C-peptide"),
    (r"(?:n[íi]veis|valores|concentra[çc][õo]es)\s+(?:detect[áa]veis|mensur[áa]veis)\s+de\s+pept[íi]deo\s*-?\s*C", "detectable C-peptide"),
    (r"n[ãa]o\s+(?:teve|tiveram|apresentou|apresentaram|sofreu|sofreram|tem\s+tido|tem\s+apresentado)\s+(?:nenhum(?:a)?\s+|mais\s+)?(?:novos?\s+)?(?:epis[óo]dios?\s+de\s+|eventos?\s+de\s+|crises\s+de\s+)?hipoglicemias?\s+(?:graves?|severas?)",
     "had no severe hypoglycemia"),
    (r"(?:desapareceram|desapareceu|cessaram)\s+(?:as\s+|os\s+)?(?:epis[óo]dios\s+de\s+)?hipoglicemias?\s+(?:graves|severas)|(?:as\s+)?hipoglicemias?\s+(?:graves|severas)\s+(?:desapareceram|desapareceu|cessaram)", "severe hypoglycemia disappeared"),
    (r"n[ãa]o\s+(?:se\s+)?(?:observ|registr|constat|not|verific|vi)\w*\s+(?:nenhuma\s+|qualquer\s+)?(?:melhora|melhoria|benef[íi]cio)", "saw no improvement"),
    (r"n[ãa]o\s+houve\s+(?:nenhuma\s+|qualquer\s+)?(?:melhora|melhoria|benef[íi]cio)|(?:nenhuma|sem)\s+(?:melhora|melhoria|benef[íi]cio)(?:\s+(?:cl[íi]nic[oa]|significativ[oa]))?", "no improvement"),
    (r"n[ãa]o\s+(?:melhorou|melhoraram)", "did not improve"),
    (r"n[ãa]o\s+(?:houve|foram\s+(?:observados|registrados|relatados)|se\s+(?:observaram|registraram))\s+(?:nenhum\s+|quaisquer\s+)?(?:efeitos?|eventos?)\s+(?:colaterais|adversos?)(?:\s+graves)?", "there were no serious adverse events"),
    (r"(?:morreu|morreram|faleceu|faleceram|veio\s+a\s+[óo]bito|vieram\s+a\s+[óo]bito|perdeu\s+a\s+vida|perderam\s+a\s+vida)", "died"), (r"[óo]bito|falecimento", "death"),
    (r"doador(?:es)?\s+(?:falecid[oa]s?|mort[oa]s?|cad[áa]ver(?:es)?)", "deceased donor"),
    (r"rejei[çc][ãa]o\s+do\s+enxerto", "graft rejection"),
    (r"(?:HbA1c|hemoglobina\s+glicada|hemoglobina\s+glicosilada)\s+(?:se\s+)?(?:manteve|manteve-se|ficou|caiu|baixou|permaneceu)\s+(?:abaixo\s+de|inferior\s+a|menor\s+que)(?=\s*\d)", "HbA1c fell below"),
    (r"(?:inferior|menor)\s+(?:a|que)(?=\s*\d)", "below"),
    (r"tempo\s+(?:no\s+alvo|na\s+faixa(?:\s+alvo)?|dentro\s+da\s+faixa(?:\s+alvo)?|em\s+faixa|no\s+intervalo(?:\s+alvo)?)(?:\s+\(TIR\))?", "time in range"),
]
_PT_MORE_WORDS = _table("""insulinodependente:insulin-dependent melhora:improvement melhoria:improvement receberão:will_receive
    receberá:will_receive participarão:will_participate incluirá:will_include incluirão:will_include começará:will_begin
    testará:will_test avaliará:will_evaluate recrutará:will_recruit doentes:patients doente:patient receptores:recipients
    infusão:infusion infusões:infusions ficaram:became ficou:became enxerto:graft ilhota:islet positivo:positive positivos:positive rejeição:rejection
    infecção:infection infecções:infections complicações:complications sangramento:bleeding idade:age metade:half
    terço:third sujeitos:subjects sujeito:subject parece:seems parecem:seem pareceu:seemed sugere:suggests sugerem:suggest possivelmente:possibly
    aparentemente:apparently hemorragia:bleeding hemorragias:bleeding trombose:thrombosis transfusão:transfusion voluntários:volunteers participantes:participants pessoas:people portadores:patients_with""")
WORDS["pt"] = {**_PT_MORE_WORDS, **WORDS["pt"]}

_IT_N, _IT_U = _ROM_TIME["it"], _ROM_UNIT["it"]
_IT_W = _ROM_WN["it"]
_IT_DOSE = (r"(?:la\s+|le\s+|il\s+|i\s+|sua\s+|loro\s+|la\s+(?:sua|loro)\s+|il\s+(?:suo|loro)\s+)?(?:dose|dosi|fabbisogno|quantit[àa]|consumo|uso)\s+"
            r"(?:giornalier[oa]\s+|quotidian[oa]\s+|totale\s+)?(?:di\s+|dell['’]\s*)insulina")
_IT_TREAT = r"(?:trapianto|impianto|infusione|trattamento|procedura|intervento|iniezione|terapia|operazione)"
PHRASES["it"][:0] = [
    # aims, hopes, plans and outcomes not reached: no result
    (r"(?:con\s+l['’]\s*obiettivo\s+di|allo\s+scopo\s+di|al\s+fine\s+di|(?:l['’]\s*|il\s+cui\s+)obiettivo\s+(?:principale\s+)?(?:\w+\s+){0,3}?(?:è|sarà|era|sarebbe)|"
     r"(?:mira|mirano|punta|puntano)\s+a|(?:si\s+)?(?:spera|sperano|sperava|speravano|auspica|auspicano)\s+(?:che|di)|(?:si\s+)?prevede\s+(?:che|di)|"
     r"(?:potrebbe|potrebbero|potrà|potranno)\s+(?:permettere|consentire|aiutare|offrire|servire|essere|portare|liberare|eliminare|sostituire|curare|rendere)|"
     r"(?:la\s+)?speranza\s+(?:è|di)|(?:il\s+)?sogno\s+di|per\s+(?:ottenere|raggiungere|consentire|permettere)|affinch[ée])\b[^.!?;:]{0,120}",
     "hope that (a goal, no result)"),
    (r"non\s+(?:è|sono)\s+riuscit[oaie]\s+a\s+(?:(?:sospendere|abbandonare|eliminare|fare\s+a\s+meno|raggiungere|smettere))\b[^.!?;]{0,60}|non\s+(?:ha|hanno)\s+(?:raggiunto|ottenuto)\s+l['’]\s*(?:indipendenza|insulino-?indipendenza)[^.!?;]{0,40}",
     "(insulin not stopped)"),
    (r"(?:continua|continuano|continuava|continuavano)\s+(?:ad?\s+)?(?:avere\s+bisogno\s+di|assumere|usare|iniettarsi|dipendere\s+dal(?:l['’]\s*|la\s+))\s*(?:l['’]\s*)?insulina|(?:ha|hanno)\s+ancora\s+bisogno\s+(?:di\s+|dell['’]\s*)insulina",
     "(insulin still needed)"),
    (r"non\s+ancora|ancora\s+non", "not yet"),
    (r"((?:nessun[oa]?)\b[^.!?;]{0,140}?)(?:(?:è|era)\s+riuscit[oa]|ha\s+potuto|(?:è|era)\s+stat[oa]\s+in\s+grado\s+di)\s+(?:a\s+)?(?:sospendere|abbandonare|smettere|fare\s+a\s+meno|raggiungere|eliminare|ottenere)\b[^.!?;]{0,60}",
     "§1 (insulin not stopped)"),
    (r"smettere\s+di\s+(?:assumere|iniettarsi|usare|prendere|fare)\s+(?:l['’]\s*)?(?:iniezioni\s+di\s+)?insulina|(?:sospendere|abbandonare)\s+(?:l['’]\s*)?insulina", "stop insulin"),
    (r"criteri\s+di\s+(?:inclusione|selezione|eleggibilit[àa])\b[^.!?]{0,200}", "(inclusion criteria, no result)"),
    # groups and counts
    (rf"in\s+({_IT_W})\s+(?:dei|delle|degli)\s+({_IT_N})(?=\s)", "in §1 of the §2"), (rf"in\s+({_IT_W})\s+su\s+({_IT_N})(?=\s)", "in §1 of §2"),
    (rf"({_IT_W})\s+(?:dei|delle|degli)\s+({_IT_N})(?=\s)", "§1 of the §2"), (rf"({_IT_W})\s+su\s+({_IT_N})(?=\s)", "§1 of §2"),
    (rf"({_IT_N})\s+di\s+(?:loro|essi|esse)", "§1 of them"), (r"(?:uno|una)\s+(?:dei|delle|degli)(?=\s)", "one of the"),
    (r"(?:la\s+)?met[àa]\s+(?:dei|delle|degli)", "half of the"), (r"tutt[ie]\s+(?:e\s+)?(?:i|le|gli)\s+(?=(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|venti)\s)", "all "),
    (r"tutt[ie]\s+(?:e\s+)?(?:i|le|gli)\s+(pazienti|partecipanti|volontari|riceventi|malati)", "all §1"),
    (r"nessun[oa]\s+(?:dei|delle|degli|di\s+loro)", "none of the"), (r"(?:gli|i|le)\s+(?:altri|altre|restanti|rimanenti)", "the others"),
    (r"(?:un|una|il|la|l['’])\s*(donna|uomo|paziente|bambin[oa]|adolescente|signora?)\s+di\s+(\d+)\s+anni", "a §1 aged §2"),
    (r"(?:un|una|il|la)\s+(?:giovane|ragazz[oa])\s+di\s+(\d+)\s+anni", r"a young patient aged \1"),
    (r"(?:con\s+)?(?:un['’]\s*)?et[àa]\s+(?:media|mediana)\s+(?:di\s+)?(\d+(?:[.,]\d+)?)\s+anni", r"mean age \1 years"),
    (r"(?:di\s+)?sesso\s+femminile", "female"), (r"(?:di\s+)?sesso\s+maschile", "male"),
    # diabetes, cells, sites
    (r"(?:con|affett[oa]\s+da|che\s+soffre\s+di|che\s+soffriva\s+di)\s+diabete\s+(?:mellito\s+)?(?:di\s+)?tipo\s+([12])\s+da\s+(\d+)\s+anni", r"who had type \1 diabetes for \2 years"),
    (r"diagnosi\s+di\s+diabete\s+(?:mellito\s+)?(?:di\s+)?tipo\s+([12])", r"diagnosis of type \1 diabetes"),
    (r"diabete\s+(?:mellito\s+)?insulino-?dipendente|diabete\s+giovanile", "type 1 diabetes"),
    (r"diabete\s+(?:mellito\s+)?(?:di\s+)?tipo\s+I\b(?![-/.])", "type 1 diabetes"), (r"diabete\s+(?:mellito\s+)?(?:di\s+)?tipo\s+II\b(?![-/.])", "type 2 diabetes"),
    (r"cellule\s+(?:staminali\s+)?(?:pluripotenti\s+)?indotte|cellule\s+iPS|staminali\s+(?:pluripotenti\s+)?indotte|iPSC", "induced pluripotent stem cells"),
    (r"(?:cellule\s+)?staminali\s+embrionali", "embryonic stem cells"), (r"(?:cellule\s+)?(?:staminali\s+)?mesenchimali", "mesenchymal stem cells"),
    (r"cellule\s+(?:delle\s+isole|insulari)|cellule\s+insulari", "islet cells"), (r"isole\s+(?:pancreatiche\s+)?(?:di\s+|da\s+)(?:un\s+)?donator[ei](?:\s+(?:decedut[oiae]|mort[oiae]|cadaveric[oiae]))?", "donor islets"),
    (r"isole\s+di\s+Langerhans", "islets"), (r"trapianto\s+di\s+isole|trapianto\s+di\s+insule", "islet transplant"), (r"isole|insule", "islets"),
    (r"(?:sue|proprie|loro)\s+(?:stesse\s+)?cellule|cellule\s+(?:del\s+paziente|autologhe|della\s+paziente)", "the patient's own cells"), (r"autolog[hoaie]+", "autologous"), (r"allogenic[hoaie]+", "allogeneic"),
    (r"(?:la\s+)?vena\s+porta(?:\s+epatica)?", "portal vein"), (r"sotto\s+(?:la\s+)?(?:cute|pelle)|sottocute|sottocutane[oaie]", "under the skin"),
    (r"(?:il\s+)?(?:muscolo\s+dell['’]\s*)?avambraccio", "forearm muscle"), (r"(?:l['’]\s*)?omento", "omentum"),
    (r"senza\s+(?:bisogno\s+di\s+|necessit[àa]\s+di\s+|ricorrere\s+a\s+)?(?:immunosoppressione|immunosoppressori|farmaci\s+(?:immunosoppressori|anti-?rigetto|contro\s+il\s+rigetto)|terapia\s+immunosoppressiva)", "without immunosuppressants"),
    (r"farmaci\s+(?:immunosoppressori|anti-?rigetto|contro\s+il\s+rigetto)|immunosoppressori", "immunosuppressants"), (r"immunosoppressione|terapia\s+immunosoppressiva", "immunosuppression"),
    (r"(?:studio|sperimentazione)\s+(?:clinic[oa]\s+)?(?:di\s+)?fase\s+(I{1,3}|[123])\s*/\s*(I{1,3}|[123])", "phase §1/§2 trial"), (r"fase\s+(I{1,3}|[123])\b", "phase §1"),
    # times
    (rf"(?:a|dopo)\s+({_IT_N})\s+({_IT_U})\s+(?:dal(?:l['’]\s*|\s+)|dalla\s+|dopo\s+(?:il\s+|l['’]\s*|la\s+))(?:suo\s+|primo\s+)?{_IT_TREAT}", "§1 §2 after the transplant"),
    (rf"({_IT_N})\s+({_IT_U})\s+dopo\s+(?:il|l['’]|la)\s*{_IT_TREAT}", "§1 §2 after the transplant"),
    (rf"a\s+({_IT_N})\s+({_IT_U})(?=[\s,.;])", "at §1 §2"),
    (rf"(?:è|sono|vive|vivono)\s+(?:ormai\s+)?(?:da\s+)?(?:oltre\s+|più\s+di\s+)?({_IT_N})\s+({_IT_U})\s+senza\s+(?:bisogno\s+di\s+|assumere\s+|iniettarsi\s+)?(?:l['’]\s*)?(?:iniezioni\s+di\s+)?insulina",
     "has been insulin-free for §1 §2"),
    (rf"da\s+(?:oltre\s+|più\s+di\s+)?({_IT_N})\s+({_IT_U})\s+senza\s+(?:bisogno\s+di\s+|assumere\s+|iniettarsi\s+)?(?:l['’]\s*)?(?:iniezioni\s+di\s+)?insulina", "insulin-free for §1 §2"),
    (rf"per\s+(?:almeno\s+)?(?=(?:oltre\s+|più\s+di\s+|quasi\s+)?{_IT_N}\s+{_IT_U})", "for "),
    (rf"entro\s+(?=(?:{_IT_N})\s+{_IT_U})", "within "),
    (r"con\s+(?:un\s+)?follow-?up\s+(?:medio\s+|mediano\s+)?di", "at a follow-up of"), (r"follow-?up\s+(?:medio|mediano)", "follow-up"),
    (r"(?:periodo\s+di\s+)?(?:osservazione|follow-?up)\s+di", "follow-up of"),
    # outcomes
    (rf"(?:ha|hanno|aveva|avevano)\s+(?:ridotto|diminuito|abbassato|dimezzato)\s+{_IT_DOSE}\s+(?:del(?:l['’])?\s*|di\s+(?:circa\s+)?(?:il\s+)?)?(?:circa\s+|oltre\s+|quasi\s+)?(?=\d)",
     "reduced their insulin dose by "),
    (rf"{_IT_DOSE}\s+(?:si\s+)?(?:è|sono)\s+(?:stat[oaie]\s+)?(?:ridott[oaie]|diminuit[oaie]|calat[oaie]|sces[oaie])\s+(?:del(?:l['’])?\s*|di\s+)?(?:circa\s+|oltre\s+|quasi\s+)?(?=\d)",
     "the insulin dose was reduced by "),
    (rf"{_IT_DOSE}\s+(?:si\s+)?(?:è|sono)\s+(?:stat[oaie]\s+)?(?:ridott[oaie]|diminuit[oaie]|calat[oaie]|sces[oaie]|dimezzat[oaie])", "the insulin dose was reduced"),
    (r"(?:la\s+|il\s+)?(?:sua|loro|suo)\s+(?:dose|fabbisogno)\s+(?:giornalier[oa]\s+|quotidian[oa]\s+)?(?:di\s+|dell['’]\s*)insulina", "their insulin dose"),
    (r"(?:del(?:l['’])?\s*|di\s+(?:un\s+)?)(\d+)[.,](\d+)\s*(?:%|per\s+cento)(?=[\s,.;)])(?!\s+(?:dei|delle|degli|di|in\s+meno|in\s+pi[uù])\b)", r"by \1.\2%"),
    (r"(?:del(?:l['’])?\s*|di\s+(?:un\s+)?)(\d+)\s*(?:%|per\s+cento)(?=[\s,.;)])(?!\s+(?:dei|delle|degli|di|in\s+meno|in\s+pi[uù])\b)", r"by \1%"),
    (r"(?<!\bnon\s)(?:è|sono|è\s+rimast[oa]|sono\s+rimast[ie]|rimane|rimangono|resta|restano)\s+(?:completamente\s+|totalmente\s+)?(?:liber[oaie]\s+dal(?:l['’]\s*|la\s+)(?:terapia\s+)?(?:iniezioni\s+di\s+)?insulin\w*|senza\s+insulina|insulino-?indipendent[ei]|indipendent[ei]\s+dall['’]\s*insulina)",
     "remained insulin-free"),
    (r"(?:ha|hanno)\s+(?:raggiunto|ottenuto|conseguito)\s+(?:l['’]\s*)?(?:indipendenza\s+dall['’]\s*insulina|insulino-?indipendenza)", "achieved insulin independence"),
    (r"(?:l['’]\s*)?insulino-?indipendenza", "insulin independence"),
    (r"non\s+(?:ha|hanno|aveva|avevano)\s+pi[uù]\s+bisogno\s+(?:di\s+|dell['’]\s*)(?:iniezioni\s+di\s+)?insulina", "no longer needed insulin"),
    (r"non\s+(?:usa|usano|assume|assumono|si\s+inietta|si\s+iniettano|fa|fanno)\s+pi[uù]\s+(?:l['’]\s*)?(?:iniezioni\s+di\s+)?insulina", "no longer needed insulin"),
    (r"peptide\s*-?\s*C\s+(?:positivo|rilevabile|dosabile|misurabile)|(?:livelli|valori)\s+(?:rilevabili|dosabili|misurabili)\s+di\s+peptide\s*-?\s*C", "detectable C-peptide"),
    (r"non\s+(?:ha|hanno)\s+(?:più\s+)?(?:avuto|presentato|sofferto\s+di)\s+(?:alcun\s+|alcuna\s+|nessun\s+|nessuna\s+|più\s+)?(?:episodi?\s+di\s+)?ipoglicemi[ae]\s+(?:gravi|severe|grave|severa)",
     "had no severe hypoglycemia"),
    (r"(?:sono\s+scompars[ie]|scompars[ie])\s+(?:le\s+|gli\s+)?(?:episodi\s+di\s+)?ipoglicemi[ae]\s+(?:gravi|severe)|(?:le\s+)?ipoglicemi[ae]\s+(?:gravi|severe)\s+(?:sono\s+)?scompars[ie]", "severe hypoglycemia disappeared"),
    (r"non\s+(?:si\s+)?(?:è|sono)\s+(?:osservat|registrat|vist|notat)[oaie]\s+(?:alcun\s+|alcuna\s+|nessun\s+|nessuna\s+)?(?:miglioramento|beneficio)|(?:nessun|senza)\s+(?:miglioramento|beneficio)(?:\s+(?:clinico|significativo))?", "no improvement"),
    (r"non\s+(?:è|sono)\s+migliorat[oaie]|non\s+(?:ha|hanno)\s+mostrato\s+(?:alcun\s+)?miglioramento", "did not improve"),
    (r"non\s+(?:si\s+)?(?:sono\s+)?(?:stati\s+)?(?:osservat|registrat|riportat|verificat)[ie]\s+(?:effetti\s+collaterali|eventi\s+avversi)(?:\s+(?:gravi|seri))?|nessun\s+(?:effetto\s+collaterale|evento\s+avverso)\s+(?:grave|serio)", "there were no serious adverse events"),
    (r"(?:è|sono)\s+(?:mort[oaie]|decedut[oaie])|(?:ha|hanno)\s+perso\s+la\s+vita", "died"), (r"decesso|morte", "death"),
    (r"donator[ei]\s+(?:decedut[oiae]|mort[oiae]|cadaveric[oiae]|cadavere)", "deceased donor"),
    (r"oltre(?=\s+(?:\d|un|una|due|tre|quattro|cinque|sei|dieci|dodici)\b)", "more than"),
    (r"rigetto\s+del(?:l['’]\s*)?(?:trapianto|innesto)", "graft rejection"),
    (r"(?:HbA1c|emoglobina\s+glicata)\s+(?:si\s+)?(?:è\s+)?(?:mantenuta|rimasta|scesa|calata)\s+(?:sotto\s+(?:il|al?)|al\s+di\s+sotto\s+del?|inferiore\s+al?)(?=\s*\d)", "HbA1c fell below"),
    (r"sotto\s+(?:il|al?)(?=\s*\d)|al\s+di\s+sotto\s+del?(?=\s*\d)", "below"),
    (r"tempo\s+(?:trascorso\s+)?(?:nel|in|entro\s+il)\s+(?:range|intervallo|target)(?:\s+(?:glicemico|target|ottimale))?(?:\s+\(TIR\))?", "time in range"),
]
_IT_MORE_WORDS = _table("""miglioramento:improvement riceveranno:will_receive riceverà:will_receive parteciperanno:will_participate
    includerà:will_include inizierà:will_begin valuterà:will_evaluate recluterà:will_recruit riceventi:recipients
    innesto:graft positivo:positive positivi:positive rigetto:rejection infezione:infection infezioni:infections
    complicanze:complications complicazioni:complications sanguinamento:bleeding età:age metà:half terzo:third
    soggetti:subjects soggetto:subject eseguite:performed eseguiti:performed eseguito:performed eseguita:performed sembra:seems sembrano:seem sembrava:seemed suggerisce:suggests suggeriscono:suggest possibilmente:possibly
    apparentemente:apparently emorragia:bleeding emorragie:bleeding trombosi:thrombosis trasfusione:transfusion volontari:volunteers partecipanti:participants malati:patients sottoposti:undergoing sottoposto:underwent
    sottoposta:underwent infusione:infusion""")
WORDS["it"] = {**_IT_MORE_WORDS, **WORDS["it"]}

_FR_N, _FR_U = _ROM_TIME["fr"], _ROM_UNIT["fr"]
_FR_W = _ROM_WN["fr"]
_FR_DOSE = (r"(?:la\s+|les\s+|sa\s+|ses\s+|leur\s+|leurs\s+)?(?:doses?|besoins?|quantit[ée]|consommation)\s+"
            r"(?:quotidiens?\s+|quotidiennes?\s+|journali[èe]res?\s+|totale?s?\s+)?(?:d['’]\s*|en\s+)insuline")
_FR_TREAT = r"(?:greffe|transplantation|implantation|infusion|traitement|proc[ée]dure|intervention|injection|th[ée]rapie|op[ée]ration)"
PHRASES["fr"][:0] = [
    # aims, hopes, plans and outcomes not reached: no result
    (r"(?:dans\s+le\s+but\s+de|afin\s+de|avec\s+pour\s+(?:objectif|but)|(?:l['’]\s*|leur\s+|dont\s+l['’]\s*)(?:objectif|ambition|but)\s+(?:principal\s+)?(?:\w+\s+){0,3}?(?:est|sera|était|serait)|"
     r"(?:vise|visent|cherche|cherchent|ambitionne|ambitionnent)\s+à|(?:esp[èe]re|esp[èe]rent|espérait|espéraient|souhaite|souhaitent)\s+(?:que|qu['’]|pouvoir)|on\s+esp[èe]re|"
     r"(?:pourrait|pourraient|pourra|pourront)\s+(?:permettre|aider|offrir|servir|être|lib[ée]rer|remplacer|gu[ée]rir|rendre|[ée]viter)|"
     r"(?:l['’]\s*)?espoir\s+(?:est|de)|pour\s+(?:que|qu['’]|obtenir|atteindre|permettre))[^.!?;:]{0,120}",
     "hope that (a goal, no result)"),
    (r"(?:n['’]|ne\s+)(?:a|ont)\s+pas\s+(?:pu|réussi\s+à)\s+(?:arr[êe]ter|se\s+passer|abandonner|atteindre|obtenir)[^.!?;]{0,60}|(?:n['’]|ne\s+)(?:a|ont)\s+pas\s+(?:atteint|obtenu)\s+l['’]\s*(?:insulino-?ind[ée]pendance|ind[ée]pendance)[^.!?;]{0,40}",
     "(insulin not stopped)"),
    (r"(?:continue|continuent|continuait|continuaient)\s+(?:à|de)\s+(?:avoir\s+besoin\s+d['’]\s*|prendre\s+de\s+l['’]\s*|s['’]\s*injecter\s+de\s+l['’]\s*|d[ée]pendre\s+de\s+l['’]\s*)insuline|(?:a|ont)\s+toujours\s+besoin\s+d['’]\s*insuline",
     "(insulin still needed)"),
    (r"pas\s+encore", "not yet"),
    (r"((?:aucun(?:e)?|personne)\b[^.!?;]{0,140}?)(?:n['’]\s*(?:a|avait)\s+(?:pu|r[ée]ussi\s+à)|ne\s+(?:put|parvint|parvient)\s+à?|n['’]\s*est\s+parvenue?\s+à)\s*(?:arr[êe]ter|se\s+passer|abandonner|cesser|atteindre|obtenir)\b[^.!?;]{0,60}",
     "§1 (insulin not stopped)"),
    (r"(?:arr[êe]ter|cesser|abandonner)\s+(?:de\s+prendre\s+|de\s+s['’]\s*injecter\s+|la\s+prise\s+d['’]\s*|les\s+injections\s+d['’]\s*|l['’]\s*)insuline", "stop insulin"),
    (r"crit[èe]res\s+d['’]\s*(?:inclusion|[ée]ligibilit[ée])\b[^.!?]{0,200}", "(inclusion criteria, no result)"),
    # groups and counts
    (rf"chez\s+({_FR_W})\s+des\s+({_FR_N})(?=\s)", "in §1 of the §2"), (rf"chez\s+({_FR_W})\s+(?:patients?\s+|personnes?\s+)?sur\s+({_FR_N})(?=\s)", "in §1 of §2"),
    (rf"({_FR_W})\s+des\s+({_FR_N})(?=\s)", "§1 of the §2"), (rf"({_FR_W})\s+(?:patients?\s+|personnes?\s+|participants?\s+)?sur\s+({_FR_N})(?=\s)", "§1 of §2"),
    (rf"({_FR_N})\s+d['’]\s*entre\s+(?:eux|elles)", "§1 of them"), (r"(?:l['’]\s*)?(?:un|une)\s+des(?=\s)", "one of the"),
    (r"(?:la\s+)?moiti[ée]\s+des", "half of the"), (r"tou(?:s|tes)\s+les\s+(?=(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt)\s)", "all "),
    (r"tou(?:s|tes)\s+les\s+(patients|patientes|participants|volontaires|receveurs|malades)", "all §1"),
    (r"aucun(?:e)?\s+des|aucun(?:e)?\s+d['’]\s*entre\s+(?:eux|elles)", "none of the"), (r"les\s+(?:autres|restants)", "the others"),
    (r"(?:un|une|le|la|l['’])\s*(femme|homme|patiente?|enfant|adolescente?|gar[çc]on|fille|dame|monsieur)\s+(?:[âa]g[ée]e?\s+)?de\s+(\d+)\s+ans", "a §1 aged §2"),
    (r"(?:un|une|le|la)\s+(?:jeune(?:\s+(?:femme|homme|fille|patiente?))?)\s+(?:[âa]g[ée]e?\s+)?de\s+(\d+)\s+ans", r"a young patient aged \1"),
    (r"(?:d['’]\s*un\s+)?[âa]ge\s+(?:moyen|m[ée]dian)\s+(?:de\s+)?(\d+(?:[.,]\d+)?)\s+ans", r"mean age \1 years"),
    (r"(?:de\s+)?sexe\s+f[ée]minin", "female"), (r"(?:de\s+)?sexe\s+masculin", "male"),
    # diabetes, cells, sites
    (r"(?:atteinte?s?\s+d['’]\s*un\s+|avec\s+un\s+|souffrant\s+d['’]\s*un\s+)diab[èe]te\s+de\s+type\s+([12])\s+depuis\s+(\d+)\s+ans", r"who had type \1 diabetes for \2 years"),
    (r"diab[èe]te\s+de\s+type\s+([12])\s+depuis\s+(\d+)\s+ans", r"type \1 diabetes for \2 years"),
    (r"diab[èe]te\s+insulino-?d[ée]pendant|diab[èe]te\s+juv[ée]nile", "type 1 diabetes"),
    (r"diab[èe]te\s+(?:sucr[ée]\s+)?(?:de\s+)?type\s+I\b(?![-/.])", "type 1 diabetes"), (r"diab[èe]te\s+(?:sucr[ée]\s+)?(?:de\s+)?type\s+II\b(?![-/.])", "type 2 diabetes"),
    (r"cellules\s+(?:souches\s+)?(?:pluripotentes\s+)?induites|cellules\s+iPS|iPSC", "induced pluripotent stem cells"),
    (r"cellules\s+souches\s+embryonnaires", "embryonic stem cells"), (r"cellules\s+(?:souches\s+)?m[ée]senchymateuses|cellules\s+stromales\s+m[ée]senchymateuses", "mesenchymal stem cells"),
    (r"cellules\s+(?:des\s+)?[îi]lots", "islet cells"), (r"[îi]lots\s+(?:pancr[ée]atiques\s+)?(?:de\s+|d['’]\s*un\s+|de\s+la\s+part\s+d['’]\s*un\s+)donneurs?(?:\s+(?:d[ée]c[ée]d[ée]s?|morts?))?", "donor islets"), (r"[îi]lots", "islets"),
    (r"(?:ses|leurs)\s+propres\s+cellules|cellules\s+(?:du\s+patient|de\s+la\s+patiente|autologues)", "the patient's own cells"), (r"autologues?", "autologous"), (r"allog[ée]niques?", "allogeneic"),
    (r"(?:la\s+)?veine\s+porte(?:\s+h[ée]patique)?", "the portal vein"), (r"sous\s+la\s+peau|sous-cutan[ée]e?s?", "under the skin"),
    (r"(?:le\s+)?(?:muscle\s+de\s+l['’]\s*)?avant-bras", "forearm muscle"), (r"(?:l['’]\s*)?[ée]piploon|(?:l['’]\s*)?omentum", "omentum"),
    (r"sans\s+(?:besoin\s+d['’]\s*|recours\s+(?:à|aux)\s+)?(?:immunosuppression|immunosuppresseurs|traitement\s+immunosuppresseur|m[ée]dicaments\s+(?:immunosuppresseurs|anti-?rejet)|anti-?rejets?)", "without immunosuppressants"),
    (r"(?:m[ée]dicaments\s+)?(?:immunosuppresseurs|anti-?rejets?)", "immunosuppressants"), (r"immunosuppression|traitement\s+immunosuppresseur", "immunosuppression"),
    (r"essai\s+(?:clinique\s+)?de\s+phase\s+(I{1,3}|[123])\s*/\s*(I{1,3}|[123])", "phase §1/§2 trial"), (r"phase\s+(I{1,3}|[123])\b", "phase §1"),
    # times
    (rf"(?:à|apr[èe]s)\s+({_FR_N})\s+({_FR_U})\s+(?:de|apr[èe]s)\s+(?:la\s+|le\s+|l['’]\s*|sa\s+|son\s+|leur\s+)?(?:premi[èe]re?\s+)?{_FR_TREAT}", "§1 §2 after the transplant"),
    (rf"({_FR_N})\s+({_FR_U})\s+apr[èe]s\s+(?:la\s+|le\s+|l['’]\s*|sa\s+|son\s+|leur\s+)?{_FR_TREAT}", "§1 §2 after the transplant"),
    (rf"à\s+({_FR_N})\s+({_FR_U})(?=[\s,.;])", "at §1 §2"),
    (rf"(?:vit|vivent|est|sont)\s+(?:d[ée]sormais\s+|maintenant\s+)?(?:depuis\s+)?(?:plus\s+d['’]\s*|plus\s+de\s+)?({_FR_N})\s+({_FR_U})\s+sans\s+(?:besoin\s+d['’]\s*|s['’]\s*injecter\s+d['’]\s*|prendre\s+d['’]\s*)?(?:injections?\s+d['’]\s*)?insuline",
     "has been insulin-free for §1 §2"),
    (rf"depuis\s+(?:plus\s+d['’]\s*|plus\s+de\s+)?({_FR_N})\s+({_FR_U})\s+sans\s+(?:besoin\s+d['’]\s*|s['’]\s*injecter\s+d['’]\s*|prendre\s+d['’]\s*)?(?:injections?\s+d['’]\s*)?insuline", "insulin-free for §1 §2"),
    (rf"pendant\s+(?:au\s+moins\s+)?(?=(?:plus\s+d['’]\s*|plus\s+de\s+|pr[èe]s\s+de\s+)?{_FR_N}\s+{_FR_U})", "for "),
    (rf"(?:en|dans\s+les)\s+(?=(?:{_FR_N})\s+{_FR_U}\s+(?:apr[èe]s|suivant))", "within "),
    (r"avec\s+un\s+suivi\s+(?:moyen\s+|m[ée]dian\s+)?de", "at a follow-up of"), (r"suivi\s+(?:moyen|m[ée]dian)", "follow-up"),
    # outcomes
    (rf"(?:a|ont|avait|avaient)\s+(?:pu\s+)?(?:r[ée]duit|r[ée]duire|diminu[ée]|baiss[ée]|divis[ée])\s+{_FR_DOSE}\s+(?:de\s+)?(?:pr[èe]s\s+de\s+|plus\s+de\s+|environ\s+)?(?=\d)",
     "reduced their insulin dose by "),
    (rf"{_FR_DOSE}\s+(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?(?:r[ée]duite?s?|diminu[ée]e?s?|baiss[ée]|chut[ée])\s+(?:de\s+)?(?:pr[èe]s\s+de\s+|plus\s+de\s+|environ\s+)?(?=\d)",
     "the insulin dose was reduced by "),
    (rf"{_FR_DOSE}\s+(?:a|ont)\s+(?:[ée]t[ée]\s+)?(?:r[ée]duite?s?|diminu[ée]e?s?|baiss[ée]|chut[ée]|divis[ée]e?s?)", "the insulin dose was reduced"),
    (rf"{_FR_DOSE}\s+(?:ont|a)\s+(?:diminu[ée]|baiss[ée])\s+de(?=\s*\d)", "the insulin dose was reduced by"),
    (r"(?:sa|ses|leur|leurs)\s+doses?\s+(?:quotidiennes?\s+)?d['’]\s*insuline", "their insulin dose"),
    (r"de\s+(\d+)[.,](\d+)\s*(?:%|pour\s+cent)(?=[\s,.;)])(?!\s*(?:des|de|d['’]|du|en\s+moins|en\s+plus|à)\b)", r"by \1.\2%"),
    (r"de\s+(\d+)\s*(?:%|pour\s+cent)(?=[\s,.;)])(?!\s*(?:des|de|d['’]|du|en\s+moins|en\s+plus|à)\b)", r"by \1%"),
    (r"(?:est|sont|est\s+rest[ée]e?|sont\s+rest[ée]e?s|reste|restent|demeure|demeurent)\s+(?:totalement\s+|compl[èe]tement\s+)?(?:insulino-?ind[ée]pendante?s?|ind[ée]pendante?s?\s+de\s+l['’]\s*insuline|sans\s+insuline|libres?\s+d['’]\s*insuline)",
     "remained insulin-free"),
    (r"(?:a|ont)\s+(?:atteint|obtenu)\s+(?:l['’]\s*)?(?:insulino-?ind[ée]pendance|ind[ée]pendance\s+(?:à\s+l['’]|vis-à-vis\s+de\s+l['’]|de\s+l['’])\s*insuline)", "achieved insulin independence"),
    (r"peptide\s*-?\s*C\s+(?:positif|d[ée]tectable|mesurable|dosable)s?|(?:taux|niveaux|concentrations)\s+(?:d[ée]tectables|mesurables)\s+de\s+peptide\s*-?\s*C", "detectable C-peptide"),
    (r"(?:n['’]|ne\s+)(?:a|ont|avait|avaient)\s+(?:plus\s+|pas\s+|jamais\s+)(?:eu|fait|pr[ée]sent[ée]|subi)\s+(?:d['’]\s*|de\s+|aucune\s+)?(?:nouvelles?\s+)?(?:[ée]pisodes?\s+d['’]\s*|crises?\s+d['’]\s*)?hypoglyc[ée]mies?\s+(?:s[ée]v[èe]res?|graves?)",
     "had no severe hypoglycemia"),
    (r"(?:les\s+)?hypoglyc[ée]mies?\s+(?:s[ée]v[èe]res|graves)\s+(?:ont\s+)?disparu|disparition\s+des\s+hypoglyc[ée]mies?\s+(?:s[ée]v[èe]res|graves)", "severe hypoglycemia disappeared"),
    (r"aucune\s+(?:am[ée]lioration|b[ée]n[ée]fice)|aucun\s+b[ée]n[ée]fice|sans\s+(?:am[ée]lioration|b[ée]n[ée]fice)(?:\s+(?:clinique|significati(?:f|ve)))?|pas\s+d['’]\s*am[ée]lioration", "no improvement"),
    (r"(?:n['’]|ne\s+)(?:a|ont)\s+pas\s+(?:[ée]t[ée]\s+)?am[ée]lior[ée]e?s?|(?:ne\s+s['’]|n['’])est\s+pas\s+am[ée]lior[ée]e?", "did not improve"),
    (r"(?:aucun|pas\s+d['’])\s*(?:effet\s+(?:secondaire|ind[ée]sirable)|[ée]v[ée]nement\s+ind[ée]sirable)\s+(?:grave|s[ée]rieux|s[ée]v[èe]re)", "no serious adverse events"),
    (r"(?:est|sont)\s+(?:d[ée]c[ée]d[ée]e?s?|mort(?:e|s|es)?)|(?:a|ont)\s+perdu\s+la\s+vie", "died"), (r"d[ée]c[èe]s", "death"),
    (r"donneurs?\s+(?:d[ée]c[ée]d[ée]s?|morts?)", "deceased donor"),
    (r"(?:au\s+bout|au\s+terme|à\s+l['’]\s*issue)\s+d['’]\s*(un\s+an|une\s+ann[ée]e|un\s+mois|une\s+semaine)", "after §1"),
    (r"(?:au\s+bout|au\s+terme|à\s+l['’]\s*issue)\s+de(?=\s)", "after"),
    (r"plus\s+d['’]\s*(un\s+an|une\s+ann[ée]e|un\s+mois)", "more than §1"), (r"moins\s+d['’]\s*(un\s+an|une\s+ann[ée]e|un\s+mois)", "less than §1"),
    (r"pr[èe]s\s+d['’]\s*(un\s+an|une\s+ann[ée]e|un\s+mois)", "about §1"),
    (r"(?:n['’]|ne\s+)(?:a|ont|avait|avaient)\s+(?:pas\s+|jamais\s+)?pu\s+(?:arr[êe]ter|se\s+passer|abandonner|cesser|interrompre|supprimer)\b[^.!?;]{0,60}", "(insulin not stopped)"),
    (r"rejet\s+(?:du\s+greffon|de\s+la\s+greffe)", "graft rejection"),
    (r"(?:HbA1c|h[ée]moglobine\s+glyqu[ée]e)\s+(?:est\s+)?(?:rest[ée]e|descendue|tomb[ée]e|pass[ée]e)\s+(?:sous\s+(?:la\s+barre\s+de\s+)?|en\s+dessous\s+de\s+|à\s+moins\s+de\s+)(?=\d)", "HbA1c fell below "),
    (r"sous\s+la\s+barre\s+de?(?=\s*\d)|sous(?=\s*\d+(?:[.,]\d+)?\s*%)", "below"),
    (r"temps\s+(?:pass[ée]\s+)?dans\s+(?:la\s+)?(?:cible|plage(?:\s+cible)?|l['’]\s*objectif)(?:\s+glyc[ée]mique)?(?:\s+\(TIR\))?|time\s+in\s+range", "time in range"),
]
_FR_MORE_WORDS = _table("""amélioration:improvement recevront:will_receive recevra:will_receive participeront:will_participate
    inclura:will_include commencera:will_begin évaluera:will_evaluate recrutera:will_recruit receveurs:recipients
    greffon:graft greffons:grafts positif:positive positifs:positive rejet:rejection infection:infection infections:infections
    sujets:subjects suggère:suggests suggèrent:suggest possiblement:possibly apparemment:apparently hémorragie:bleeding
    hémorragies:bleeding thrombose:thrombosis transfusion:transfusion complications:complications saignement:bleeding âge:age moitié:half tiers:third volontaires:volunteers
    participants:participants malades:patients patiente:patient patientes:patients
    greffe:transplant greffes:transplants infusion:infusion""")
WORDS["fr"] = {**_FR_MORE_WORDS, **WORDS["fr"]}


# Future and conditional forms of the general verbs ("recibirán", "tratterà", "permettrait"): what will or would
# happen is a plan or a possibility, and in English ("will receive", "would allow") the rules already drop it as no
# result. The forms are built on the infinitive as the languages build them; only gaps are filled.
def _future_forms(lang: str, verb: str) -> dict[str, str]:
    if lang == "es":
        inf = verb[:-2] if verb.endswith("se") else verb
        return {inf + "á": "will", inf + "án": "will", inf + "ía": "would", inf + "ían": "would"}
    if lang == "pt":
        return {verb + "á": "will", verb + "ão": "will", verb + "ia": "would", verb + "iam": "would"}
    if lang == "it":
        stem = verb[:-3] + ("er" if verb.endswith(("are", "ere")) else "ir")
        if stem.endswith(("cer", "ger")) and verb.endswith("are"):      # cominciare -> comincerà
            stem = stem[:-3] + stem[-3] + "er"
        if verb.endswith(("ciare", "giare")):
            stem = verb[:-5] + verb[-5] + "er"
        return {stem + "à": "will", stem + "anno": "will", stem + "ebbe": "would", stem + "ebbero": "would"}
    stem = verb[:-1] if verb.endswith("re") else verb           # fr: finir -> finira, prendre -> prendra
    return {stem + "a": "will", stem + "ont": "will", stem + "ait": "would", stem + "aient": "would"}


for _lang in ("es", "pt", "it", "fr"):
    _fut: dict[str, str] = {}
    for _item in _GENERAL_VERBS[_lang].split():
        _verb, _english, *_ = _item.split(":")
        _base = _english.replace("_", " ")
        for _form, _aux in _future_forms(_lang, _verb).items():
            _fut.setdefault(_form, f"{_aux} {_base}")
    _fut.update({"es": {"podrá": "could", "podrán": "could", "habría": "would have"},
                 "pt": {"poderá": "could", "poderão": "could", "haverá": "there will be", "dezessete": "seventeen",
                        "dezoito": "eighteen", "dezenove": "nineteen", "dezassete": "seventeen", "dezanove": "nineteen"},
                 "it": {"potrà": "could", "potranno": "could", "diciassette": "seventeen", "diciotto": "eighteen",
                        "diciannove": "nineteen"},
                 "fr": {"pourra": "could", "pourront": "could"}}[_lang])
    WORDS[_lang] = {**_fut, **WORDS[_lang]}
PHRASES["fr"][:0] = [(r"dix-sept", "seventeen"), (r"dix-huit", "eighteen"), (r"dix-neuf", "nineteen"),
                     (r"vingt-(?:et-)?(un|deux|trois|quatre|cinq|six|sept|huit|neuf)", "twenty-§1")]

# Events reported impersonally ("después de que se registrasen dos muertes", "si sono verificati due decessi") read
# as "there were"; an infinitive of purpose ("para eliminar la necesidad de insulina") names an aim, not a result.
PHRASES["es"][:0] = [
    (r"despu[ée]s\s+de\s+que", "after"), (r"antes\s+de\s+que", "before"),
    (r"se\s+(?:registr|report|produj|document|notific)(?:aron|ó|asen|aran|eron|ieran|iesen|ieron)\b", "there were"),
    (r"(?:para\s+)?(?:eliminar|suprimir|evitar)\s+la\s+necesidad\s+de\s+(?:inyecciones\s+de\s+|administrar\s+)?insulina", "to eliminate the need for insulin (an aim, no result)"),
]
PHRASES["pt"][:0] = [
    (r"depois\s+(?:de\s+)?que", "after"), (r"antes\s+(?:de\s+)?que", "before"),
    (r"(?:para\s+)?(?:eliminar|dispensar|evitar)\s+(?:a\s+necessidade\s+de|o\s+uso\s+d[ae])\s+(?:inje[çc][õo]es\s+de\s+)?insulina", "to eliminate the need for insulin (an aim, no result)"),
]
PHRASES["it"][:0] = [
    (r"si\s+(?:sono|è)\s+(?:verificat|registrat)[oaie]", "there were"),
    (r"(?:per\s+)?(?:eliminare|evitare)\s+(?:la\s+necessit[àa]\s+d(?:i|ell['’]\s*)|il\s+bisogno\s+d(?:i|ell['’]\s*))(?:iniezioni\s+di\s+)?insulina", "to eliminate the need for insulin (an aim, no result)"),
]
PHRASES["fr"][:0] = [
    (r"(?:pour\s+)?(?:[ée]liminer|supprimer|[ée]viter)\s+(?:le\s+besoin|la\s+n[ée]cessit[ée])\s+d['’]\s*(?:injections\s+d['’]\s*)?insuline", "to eliminate the need for insulin (an aim, no result)"),
]

# Ages in apposition ("La paciente, de 25 años,", "La paziente, 25 anni,"), years with diabetes ("desde hacía once
# años", "havia onze anos", "da undici anni"), "al año" (at one year), and verbs of a fall ("bajó del 8,5% al 6,2%").
PHRASES["es"][:0] = [
    (r"(?<=,)\s*de\s+(\d{1,2})\s+a[ñn]os(?:\s+de\s+edad)?(?=\s*(?:,|y\s|e\s))", r" aged \1"),
    (rf"desde\s+hac[íi]a(?=\s+(?:m[áa]s\s+de\s+|casi\s+)?{_ES_N}\s+{_ES_U})", "for"),
    (rf"(?:al|el\s+primer)\s+año\s+(?:del|de\s+la|tras\s+el|tras\s+la|despu[ée]s\s+del)\s+{_ES_TREAT}", "one year after the transplant"),
    (r"al\s+(?:primer\s+)?año(?=[\s,.;])", "at one year"),
]
PHRASES["pt"][:0] = [
    (r"(?<=,)\s*de\s+(\d{1,2})\s+anos(?:\s+de\s+idade)?(?=\s*(?:,|e\s))", r" aged \1"),
    (rf"(?:h[áa]|havia|fazia)(?=\s+(?:mais\s+de\s+|quase\s+|cerca\s+de\s+)?{_PT_N}\s+{_PT_U}(?!\s+atr[áa]s))", "for"),
]
PHRASES["it"][:0] = [
    (r"(?<=,)\s*(?:di\s+)?(\d{1,2})\s+anni(?=\s*,)", r" aged \1"),
    (rf"da(?=\s+(?:oltre\s+|quasi\s+|pi[uù]\s+di\s+)?{_IT_N}\s+{_IT_U}(?!\s+(?:dal|dalla|dall['’]|dopo)))", "for"),
    (r"insulino-?indipendent[ei]", "insulin-independent"),
]
PHRASES["fr"][:0] = [
    (r"(?<=,)\s*(\d{1,2})\s+ans(?=\s*,)", r" aged \1"),
    (r"ayant", "having"),
]
for _lang, _spec in {"es": "bajó:fell bajaron:fell descendió:fell descendieron:fell cayó:fell cayeron:fell",
                     "pt": "baixou:fell baixaram:fell caiu:fell caíram:fell desceu:fell",
                     "it": "scese:fell scesero:fell sceso:fallen scesa:fallen calato:fallen calata:fallen",
                     "fr": "baissé:fallen chuté:fallen descendu:fallen descendue:fallen"}.items():
    WORDS[_lang] = {**_table(_spec), **WORDS[_lang]}


def _lookahead_after_space(pattern: str, repl: str) -> tuple[str, str]:
    """'desde hace\\s+(?=un año)' can never match: gloss() adds a check that no letter follows the match, and after
    the space one does. A phrase that ends in spaces and a look-ahead is rewritten to look ahead past the spaces."""
    i = pattern.rfind(r"\s+(?=")
    if i < 0 or not repl.endswith(" "):
        return pattern, repl
    depth = 0
    for j in range(i + 3, len(pattern)):
        c = pattern[j]
        if c == "\\":
            continue
        if c == "(" and pattern[j - 1] != "\\":
            depth += 1
        elif c == ")" and pattern[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return (pattern[:i] + r"(?=\s+" + pattern[i + 6:], repl.rstrip(" ")) if j == len(pattern) - 1 else (pattern, repl)
    return pattern, repl


for _lang in ("es", "pt", "it", "fr"):
    PHRASES[_lang] = [_lookahead_after_space(p, r) for p, r in PHRASES[_lang]]

# Severe lows in the singular and with their head noun ("los episodios de hipoglucemia grave"), "que"/"che" before an
# article is "that" (a report: "sugieren que el tratamiento..."), French "ont atteint" is reached (not "atteint de",
# with), a share of insulin "en moins" is less.
PHRASES["es"][:0] = [
    (r"(?:los\s+|sus\s+)?(?:episodios|eventos|casos|crisis|cuadros)\s+de\s+hipoglucemias?\s+(?:grave|graves|severa|severas)", "severe hypoglycemia events"),
    (r"hipoglucemias?\s+(?:grave|severa)", "severe hypoglycemia"),
    (r"(?<=[^\W\d_]\s)que(?=\s+(?:el|la|los|las|un|una|este|esta|estos|estas|su|sus|dicho|dicha)\s)", "that"),
]
PHRASES["pt"][:0] = [
    (r"(?:os\s+|seus\s+)?(?:epis[óo]dios|eventos|casos|crises|quadros)\s+de\s+hipoglicemias?\s+(?:grave|graves|severa|severas)", "severe hypoglycemia events"),
    (r"hipoglicemias?\s+(?:grave|severa)", "severe hypoglycemia"),
    (r"(?<=[^\W\d_]\s)que(?=\s+(?:o|a|os|as|um|uma|este|esta|estes|estas|esse|essa|seu|sua|seus|suas)\s)", "that"),
]
PHRASES["it"][:0] = [
    (r"(?:gli\s+|i\s+loro\s+)?(?:episodi|eventi|casi|crisi)\s+di\s+ipoglicemi[ae]\s+(?:grave|gravi|severa|severe)", "severe hypoglycemia events"),
    (r"ipoglicemia\s+(?:grave|severa)", "severe hypoglycemia"),
    (r"(?<=[^\W\d_]\s)che(?=\s+(?:il|lo|la|i|gli|le|l['’]|un|una|uno|questo|questa|questi|queste)\W)", "that"),
]
PHRASES["fr"][:0] = [
    (r"(?:a|ont|avait|avaient)\s+atteint(?!\s+(?:du|de|d['’]|des)\b)", "reached"),
    (r"(\d+(?:[.,]\d+)?)\s*%\s+d['’]\s*insuline\s+en\s+moins", r"\1% less insulin"),
    (r"(?:a|ont|avait|avaient)\s+eu\s+besoin\s+de(?=\s+\d)", "needed"),
]
PHRASES["fr"][:0] = [
    (r"(?:les\s+|leurs\s+|ses\s+)?(?:[ée]pisodes|[ée]v[ée]nements|crises)\s+d['’]\s*hypoglyc[ée]mies?\s+(?:s[ée]v[èe]res?|graves?)", "severe hypoglycemia events"),
    (r"(\d+)\s+%", r"\1%"),     # French writes a space before the sign; the English rules read "7%"
]

# "por"/"por" before a length of time is "for" ("sin insulina por más de un año"); staying off insulin; insulin taken
# up again (a relapse, never a result of independence); production found again.
PHRASES["es"][:0] = [
    (rf"a\s+las\s+({_ES_N})\s+(semanas|horas)\s+(?:de(?:l)?|tras\s+el|despu[ée]s\s+del)\s+(?:su\s+|el\s+|la\s+)?{_ES_TREAT}", "§1 §2 after the transplant"),
    (rf"a\s+las\s+({_ES_N})\s+(semanas|horas)(?=[\s,.;])", "at §1 §2"),
    (rf"por(?=\s+(?:m[áa]s\s+de\s+|casi\s+|al\s+menos\s+)?{_ES_N}\s+{_ES_U})", "for"),
    (r"(?:quedarse|quedar|permanecer|mantenerse|seguir|estar|vivir)\s+sin\s+(?:la\s+)?(?:inyecciones\s+de\s+)?insulina", "stay insulin-free"),
    (r"(?:volvi[óo]|volvieron|ha\s+vuelto|han\s+vuelto|tuvo\s+que\s+volver|tuvieron\s+que\s+volver)\s+a\s+(?:necesitar|usar|utilizar|inyectarse|ponerse|requerir|depender\s+de)\s+(?:la\s+)?insulina|(?:retom|reanud|reinici)\w*\s+(?:el\s+tratamiento\s+con\s+|la\s+terapia\s+con\s+)?(?:la\s+)?insulina",
     "resumed insulin"),
]
PHRASES["pt"][:0] = [
    (rf"por(?=\s+(?:mais\s+de\s+|quase\s+|pelo\s+menos\s+|cerca\s+de\s+)?{_PT_N}\s+{_PT_U})", "for"),
    (r"(?:ficar|permanecer|continuar|seguir|viver|estar)\s+sem\s+(?:a\s+)?(?:inje[çc][õo]es\s+de\s+)?insulina", "stay insulin-free"),
    (r"(?:voltou|voltaram|teve\s+que\s+voltar|tiveram\s+que\s+voltar|precisou\s+voltar|precisaram\s+voltar)\s+a\s+(?:usar|precisar\s+de|tomar|aplicar|injetar|depender\s+d[ae])\s+(?:a\s+)?insulina|(?:retom|reinici)\w*\s+(?:o\s+uso\s+d[ae]\s+)?(?:a\s+)?insulina",
     "resumed insulin"),
]
PHRASES["it"][:0] = [
    (r"(?:è|sono)\s+tornat[oaie]\s+a\s+produrre\s+(?:la\s+propria\s+)?insulina", "producing insulin again"),
    (r"(?:è|sono|era|erano)\s+riuscit[oaie]\s+(?:a|ad)(?=\s)", "managed to"),
    (r"(?:(?:è|sono)\s+tornat[oaie]\s+(?:a\s+|ad\s+)(?:usare|assumere|iniettarsi|avere\s+bisogno\s+d(?:i|ell['’]\s*))|(?:ha|hanno)\s+(?:dovuto\s+)?ripreso\s+(?:a\s+usare\s+|ad\s+assumere\s+)?|(?:ha|hanno)\s+dovuto\s+riprendere\s+)(?:l['’]\s*)?insulina",
     "resumed insulin"),
]
PHRASES["fr"][:0] = [
    (r"(?:a|ont)\s+retrouv[ée]\s+(?:une\s+|sa\s+|leur\s+)?(?:production|s[ée]cr[ée]tion)\s+d['’]\s*insuline", "recovered insulin production"),
    (r"s['’]\s*(?:est|sont)\s+pass[ée]e?s?\s+d['’]\s*(?:injections\s+d['’]\s*)?insuline", "went without insulin"),
    (r"(?:a|ont)\s+(?:d[ûu]\s+)?(?:repris|reprendre)\s+(?:l['’]\s*|les\s+injections\s+d['’]\s*)insuline|(?:a|ont)\s+d[ûu]\s+(?:se\s+)?remettre\s+à\s+l['’]\s*insuline", "resumed insulin"),
]

# "9 ½ años", "dos años y medio"; "eran capaces de producir insulina" (were able to); "se comprobó que" (it was found that).
for _lang, _unit in (("es", r"a[ñn]os|meses"), ("pt", r"anos|meses"), ("it", r"anni|mesi"), ("fr", r"ans|mois")):
    PHRASES[_lang][:0] = [(r"(\d+)\s*½", r"\1.5"), (rf"(\d+)\s+({_unit})\s+(?:y|e|et)\s+(?:medio|meio|mezzo|demie?)", "§1.5 §2")]
PHRASES["es"][:0] = [
    (r"(?:era|eran|es|son|fue|fueron|ser[áa]n?)\s+capa(?:z|ces)\s+de", "were able to"),
    (r"se\s+(?:comprob|confirm|demostr|observ|constat|detect|descubri)(?:ó|aron|aba)\s+que", "it was found that"),
]
PHRASES["pt"][:0] = [
    (r"(?:era|eram|é|s[ãa]o|foi|foram)\s+capaz(?:es)?\s+de", "were able to"),
    (r"(?:constatou-se|verificou-se|observou-se|comprovou-se|confirmou-se)\s+que|(?:foi|ficou)\s+(?:constatado|comprovado|confirmado|demonstrado)\s+que", "it was found that"),
]

# Common words of reports the tables lacked (fill gaps only).
for _lang, _spec in {
    "es": """hemoglobina:hemoglobin glicosilada:glycated parcial:partial parciales:partial reducción:reduction descenso:decrease
        estable:stable leves:mild leve:mild fallecimiento:death sobrevivieron:survived sobrevivió:survived
        funcionamiento:function secreción:secretion dependencia:dependence independencia:independence necesidades:needs
        requerimientos:requirements incluyó:included incluyeron:included inscritos:enrolled aleatorizados:randomized
        comparación:comparison injertos:grafts receptores:recipients sujetos:subjects glucagón:glucagon
        rechazaron:rejected rechazó:rejected seguimos:follow""",
    "pt": """hemoglobina:hemoglobin receptor:recipient receptores:recipients através:through graças:thanks menina:girl menino:boy
        parcial:partial redução:reduction queda:fall diminuição:decrease estável:stable estáveis:stable leves:mild leve:mild
        óbito:death óbitos:deaths funcionamento:function secreção:secretion dependência:dependence independência:independence
        requer:requires requerem:require submetidos:undergoing submetido:underwent submetida:underwent incluídos:included
        randomizados:randomized comparação:comparison enxertos:grafts glucagon:glucagon""",
    "it": """emoglobina:hemoglobin livello:level microinfusore:insulin_pump ricevente:recipient ragazza:girl ragazzo:boy
        parziale:partial calo:fall diminuzione:decrease stabile:stable stabili:stable lievi:mild lieve:mild decesso:death
        decessi:deaths sopravvissuti:survived funzione:function funzionamento:function secrezione:secretion
        dipendenza:dependence fabbisogno:requirements inclusi:included arruolati:enrolled randomizzati:randomized
        confronto:comparison innesti:grafts""",
    "fr": """hémoglobine:hemoglobin niveau:level receveur:recipient receveurs:recipients avant:before tandis:while fille:girl
        garçon:boy partielle:partial partiel:partial réduction:reduction baisse:fall diminution:decrease stable:stable
        stables:stable légers:mild léger:mild légère:mild survécu:survived fonctionnement:function sécrétion:secretion
        dépendance:dependence indépendance:independence besoins:needs inclus:included randomisés:randomized
        comparaison:comparison glucagon:glucagon""",
}.items():
    WORDS[_lang] = {**_table(_spec), **WORDS[_lang]}

# A diabetic "de type 1" in the singular, "since then", insulin shots no longer taken ("ne fait plus d'injections
# d'insuline", "ya no se inyecta insulina"), "il y a trois ans" (three years ago), no deaths.
PHRASES["es"][:0] = [
    (r"diab[ée]tic[oa]\s+(?:de\s+)?tipo\s+([12])", r"type \1 diabetic"), (r"desde\s+entonces", "since then"),
    (r"ya\s+no\s+se\s+(?:inyecta|inyectan|pincha|pinchan|pone|ponen|administra|administran)\s+(?:m[áa]s\s+)?(?:la\s+)?insulina", "no longer needed insulin"),
    (r"(?:desde\s+entonces\s+)?no\s+se\s+(?:inyecta|inyectan|pincha|pinchan|pone|ponen|administra|administran)\s+m[áa]s\s+(?:la\s+)?insulina", "no longer needed insulin"),
    (r"desde\s+entonces\s+no\s+se\s+(?:inyecta|inyectan|pincha|pinchan|pone|ponen|administra|administran)\s+(?:la\s+)?insulina", "since then no longer needed insulin"),
    (r"no\s+(?:se\s+)?(?:produj|hub|registr|report)\w*\s+(?:ning[úu]n(?:a)?\s+)?(?:muertes?|fallecimientos?|decesos?)", "there were no deaths"),
]
PHRASES["pt"][:0] = [
    (r"diab[ée]tic[oa]\s+(?:do\s+|de\s+)?tipo\s+([12])", r"type \1 diabetic"), (r"desde\s+ent[ãa]o", "since then"),
]
PHRASES["it"][:0] = [
    (r"diabetic[oa]\s+(?:di\s+)?tipo\s+([12])", r"type \1 diabetic"), (r"da\s+allora", "since then"),
    (r"non\s+(?:fa|fanno|faceva|facevano)\s+pi[uù]\s+(?:le\s+)?iniezioni\s+(?:di\s+|d['’]\s*)insulina", "no longer needed insulin"),
]
PHRASES["fr"][:0] = [
    (r"diab[ée]tique\s+de\s+type\s+([12])", r"type \1 diabetic"), (r"depuis\s+lors", "since then"),
    (rf"il\s+y\s+a\s+({_FR_N})\s+({_FR_U})", "§1 §2 ago"),
    (r"(?:ne\s+|n['’])(?:fait|font|faisait|faisaient|prend|prennent)\s+plus\s+(?:d['’]\s*|de\s+|ses\s+|les\s+)?(?:injections?|piq[ûu]res?)\s+d['’]\s*insuline", "no longer needed insulin"),
    (r"piq[ûu]res?\s+d['’]\s*insuline", "insulin injections"),
    (r"aucun\s+d[ée]c[èe]s", "no deaths"),
]
# Italian "suo/sua/suoi/sue" agree with the thing owned, not the owner ("la sua glicemia" is his blood glucose as
# often as hers): "her" would tell the rules the patient's sex.
WORDS["it"].update(_table("suo:their sua:their suoi:their sue:their"))
PHRASES["es"][:0] = [(r"desde\s+(?:la\s+infancia|(?:su\s+)?niñez|ni[ñn][oa]|peque[ñn][oa])", "since childhood")]
PHRASES["pt"][:0] = [(r"desde\s+(?:a\s+)?(?:inf[âa]ncia|crian[çc]a|pequen[oa])", "since childhood")]
PHRASES["it"][:0] = [(r"dall['’]\s*infanzia|da\s+(?:bambin[oa]|piccol[oa])", "since childhood")]
PHRASES["fr"][:0] = [(r"depuis\s+(?:l['’]\s*enfance|(?:son|sa)\s+enfance|tout\s+petite?)", "since childhood")]

# Still on insulin, however it is put ("siguen siendo insulinodependientes", "restano dipendenti dall'insulina",
# "restent dépendants de l'insuline"): no result of independence.
PHRASES["es"][:0] = [(r"(?:sigue(?:n)?|segu[íi]a(?:n)?|contin[úu]a(?:n)?|permanece(?:n)?)\s+(?:siendo\s+)?(?:insulino-?dependientes?|dependientes?\s+de\s+(?:la\s+)?insulina|dependiendo\s+de\s+(?:la\s+)?insulina)", "(insulin still needed)")]
PHRASES["pt"][:0] = [(r"(?:continua(?:m)?|permanece(?:m)?|segue(?:m)?)\s+(?:sendo\s+)?(?:insulino-?dependentes?|dependentes?\s+d[ae]\s+insulina)", "(insulin still needed)")]
PHRASES["it"][:0] = [(r"(?:resta(?:no)?|rimane|rimangono|(?:è|sono)\s+ancora)\s+(?:insulino-?dipendent[ei]|dipendent[ei]\s+dall['’]\s*insulina)", "(insulin still needed)")]
PHRASES["fr"][:0] = [(r"(?:reste(?:nt)?|demeure(?:nt)?|(?:est|sont)\s+toujours)\s+(?:insulino-?d[ée]pendante?s?|d[ée]pendante?s?\s+(?:de\s+l['’]\s*|à\s+l['’]\s*)insuline)", "(insulin still needed)"),
                     (r"m[êe]me\s+s['’]\s*(?:ils|elles|il|elle)", "even though they")]
WORDS["pt"] = {**_table("camundongos:mice camundongo:mouse ratos:rats"), **WORDS["pt"]}
WORDS["it"] = {**_table("topi:mice topo:mouse ratti:rats"), **WORDS["it"]}
WORDS["fr"] = {**_table("souris:mice rats:rats"), **WORDS["fr"]}
WORDS["es"] = {**_table("intenta:tries intentan:try intentar:try intentaron:tried intentó:tried"), **WORDS["es"]}
WORDS["pt"] = {**_table("tenta:tries tentam:try tentar:try tentaram:tried tentou:tried"), **WORDS["pt"]}
WORDS["it"] = {**_table("tenta:tries tentano:try tentare:try tentato:tried"), **WORDS["it"]}
WORDS["fr"] = {**_table("tente:tries tentent:try tenter:try tenté:tried"), **WORDS["fr"]}

# "9 pazienti su 15", "9 patients sur 15": the count of the group follows the noun (read as "9 of 15 patients", never a
# group of 9); "hanno avuto"/"ont eu" is had.
PHRASES["it"][:0] = [
    (rf"({_IT_N})\s+(pazienti|soggetti|persone|partecipanti|riceventi|malati|volontari)\s+su\s+({_IT_N})(?=\s)", "§1 of §3 §2"),
    (r"(?:ha|hanno)\s+avuto(?!\s+bisogno)", "had"),
]
PHRASES["fr"][:0] = [
    (rf"({_FR_N})\s+(patients|patientes|personnes|participants|receveurs|malades|volontaires)\s+sur\s+({_FR_N})(?=\s)", "§1 of §3 §2"),
    (r"(?:a|ont)\s+eu(?!\s+besoin)(?=\s)", "had"),
    (r"au\s+total", "in total"),
]

# A rate is no count: "siete de cada diez" / "sete em cada dez" is seven in every ten (the old "of" made a group of
# ten); the whole of a group, thirds.
PHRASES["es"][:0] = [(rf"({_ES_N})\s+de\s+cada\s+({_ES_N})(?=\s)", "§1 in every §2"),
                     (r"(?:la\s+)?totalidad\s+de\s+(?:los|las)", "all of the")]
PHRASES["pt"][:0] = [(rf"({_PT_N})\s+(?:em|de)\s+cada\s+({_PT_N})(?=\s)", "§1 in every §2"),
                     (r"(?:a\s+)?totalidade\s+d[oa]s", "all of the")]
PHRASES["it"][:0] = [(r"(?:la\s+)?totalit[àa]\s+(?:dei|delle|degli)", "all of the")]
PHRASES["fr"][:0] = [(r"(?:la\s+)?totalit[ée]\s+des", "all of the")]
WORDS["es"] = {**_table("tercios:thirds"), **WORDS["es"]}
WORDS["pt"] = {**_table("terços:thirds"), **WORDS["pt"]}
WORDS["it"] = {**_table("terzi:thirds"), **WORDS["it"]}
