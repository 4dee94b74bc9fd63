"""The words of statistics, results and elections in the languages sources are scraped in, as English.

An English article often cites a source in Spanish, French, German, Italian, Portuguese, Dutch or
Polish: 'the Left's 26 seats' against 'KW Nowa Lewica … mandaty 26', 'gross margin 51.7%' against
'brutomarge 51,7 procent'. Words that never meet cannot say which source figure a claim is about, so
each foreign word here is read as the English word (or words, for a compound) it means. Only words
with one plain meaning in a statistics text are listed, none that is also an English word.
"""

from __future__ import annotations

# English word (as an article writes it) -> the same word in the sources' languages
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    # elections
    "seat": ("zetels", "zetel", "escaños", "escaño", "sièges", "siège", "sitze", "sitz", "seggi", "seggio",
             "cadeiras", "assentos", "mandaty", "mandatów", "mandatu", "mandaten", "zetelverdeling"),
    "vote": ("stemmen", "votos", "voix", "suffrages", "stimmen", "voti", "głosów", "głosy", "głosu",
             "stimmenanteil"),
    "turnout": ("opkomst", "participación", "wahlbeteiligung", "affluenza", "frekwencja", "comparecimento",
                "afluência"),
    "election": ("verkiezingen", "elecciones", "élections", "wahlen", "elezioni", "eleições", "wybory"),
    "voter": ("kiezers", "votantes", "électeurs", "wähler", "elettori", "eleitores", "wyborców", "pemilih"),
    # economy and business
    "revenue": ("omzet", "ingresos", "facturación", "chiffre", "affaires", "umsatz", "umsatzerlöse", "ricavi",
                "fatturato", "receita", "faturamento", "przychody"),
    "sale": ("omzet", "ventas", "ventes", "verkäufe", "vendite", "vendas", "sprzedaż"),
    "profit": ("winst", "beneficio", "beneficios", "bénéfice", "gewinn", "utile", "lucro", "zysk",
               "jaarwinst", "nettowinst", "reingewinn", "konzerngewinn"),
    "net": ("netto", "neto", "nette", "líquido", "líquida", "nettowinst"),
    "loss": ("verlies", "pérdida", "pérdidas", "perte", "pertes", "verlust", "perdita", "perdite", "prejuízo"),
    "margin": ("marge", "margen", "margine", "margem", "marża", "brutomarge"),
    "gross": ("bruto", "brute", "brutto", "lordo", "brutomarge"),
    "growth": ("groei", "crecimiento", "croissance", "wachstum", "crescita", "crescimento", "wzrost"),
    "inflation": ("inflatie", "inflación", "inflazione", "inflação", "inflacja", "teuerung"),
    "price": ("prijzen", "precios", "preise", "prezzi", "preços", "ceny"),
    "unemployment": ("werkloosheid", "paro", "desempleo", "chômage", "arbeitslosigkeit", "arbeitslosenquote",
                     "disoccupazione", "desemprego", "bezrobocie"),
    "employment": ("werkgelegenheid", "empleo", "emploi", "beschäftigung", "occupazione", "emprego",
                   "zatrudnienie"),
    "export": ("uitvoer", "exportaciones", "exportations", "ausfuhren", "exporte", "esportazioni", "exportações",
               "eksport"),
    "import": ("invoer", "importaciones", "importations", "einfuhren", "importazioni", "importações"),
    "tax": ("belasting", "belastingen", "impuestos", "impôts", "steuern", "imposte", "impostos", "podatku"),
    "debt": ("schuld", "deuda", "dette", "schulden", "debito", "dívida", "dług"),
    "deficit": ("tekort", "déficit", "defizit", "disavanzo"),
    "order": ("pedidos", "commandes", "aufträge", "auftragseingang", "ordini", "encomendas",
              "zamówienia"),
    "employee": ("werknemers", "medewerkers", "empleados", "salariés", "beschäftigte", "mitarbeiter",
                 "dipendenti", "funcionários", "pracowników"),
    "store": ("winkels", "tiendas", "magasins", "geschäfte", "filialen", "negozi", "lojas", "sklepów"),
    "quarter": ("kwartaal", "trimestre", "quartal", "kwartał", "kwartale"),
    "household": ("huishoudens", "hogares", "ménages", "haushalte", "famiglie", "domicílios", "gospodarstw"),
    "tourist": ("toeristen", "turistas", "touristes", "touristen", "turisti"),
    "visitor": ("bezoekers", "visitantes", "visiteurs", "besucher", "visitatori"),
    "spending": ("uitgaven", "gasto", "dépenses", "ausgaben", "spesa", "gastos"),
    # food and farming
    "food": ("alimentos", "alimentaires", "lebensmittel", "nahrungsmittel", "alimentari", "voedsel"),
    "dairy": ("lácteos", "lacteos", "laitiers", "milchprodukte", "lattiero", "caseari", "zuivel"),
    "meat": ("carne", "carnes", "viande", "viandes", "fleisch", "carni", "vlees"),
    "cereal": ("cereales", "céréales", "getreide", "cereali", "granen"),
    "sugar": ("azúcar", "azucar", "zucker", "zucchero", "açúcar", "suiker"),
    "oil": ("aceites", "aceite", "huiles", "huile", "öle", "speiseöle", "oli", "olio", "óleos", "oliën"),
    "wheat": ("trigo", "blé", "weizen", "frumento", "tarwe"),
    "rice": ("arroz", "riz", "riso", "rijst"),
    # travel and schooling
    "passenger": ("pasajeros", "passagers", "passagiere", "fluggäste", "passeggeri", "passageiros", "passagiers",
                  "pasażerów"),
    "student": ("estudiantes", "étudiants", "studierende", "studenten", "studenti", "estudantes", "studentów"),
    "rent": ("alquiler", "alquileres", "loyer", "loyers", "miete", "mieten", "affitto", "affitti", "aluguel",
             "huur", "huren"),
    # energy
    "electricity": ("elektriciteit", "electricidad", "électricité", "strom", "elettricità", "eletricidade",
                    "energii"),
    "production": ("productie", "producción", "erzeugung", "produktion", "produzione",
                   "produção", "produkcja"),
    "consumption": ("verbruik", "consumo", "consommation", "verbrauch", "zużycie"),
    "nuclear": ("nucleaire", "nucléaire", "kernenergie", "nucleare", "jądrowa"),
    "emission": ("uitstoot", "emisiones", "émissions", "emissionen", "emissioni", "emissões", "emisje"),
    "low": ("bas",),
    "carbon": ("carbone", "koolstof", "carbono", "kohlenstoff", "carbonio"),
    # population and health
    "population": ("bevolking", "población", "bevölkerung", "popolazione", "população", "ludność",
                   "einwohner", "habitantes", "abitanti", "inwoners"),
    "birth": ("geboorten", "nacimientos", "naissances", "geburten", "nascite", "nascimentos", "urodzenia",
              "geboren", "lebendgeborene", "nacidos", "nascidos", "urodzeń"),  # 'Kinder geboren': children born
    "death": ("sterfgevallen", "defunciones", "décès", "sterbefälle", "decessi", "óbitos", "zgony", "muertes",
              "mortes", "todesfälle", "doden", "morti", "gestorben", "gestorbene", "gestorbenen", "fallecidos",
              "overleden"),
    "fertility": ("vruchtbaarheid", "fecundidad", "fécondité", "fertilität", "fecondità", "fecundidade",
                  "dzietność"),
    "life": ("levensverwachting", "vida", "lebenserwartung", "vita"),
    "expectancy": ("levensverwachting", "esperanza", "espérance", "lebenserwartung", "speranza", "expectativa"),
    "woman": ("vrouwen", "mujeres", "femmes", "frauen", "donne", "femmine", "mulheres", "kobiety"),
    "man": ("mannen", "hombres", "hommes", "männer", "uomini", "maschi", "homens", "mężczyźni"),
    "child": ("kinderen", "niños", "enfants", "kinder", "bambini", "crianças", "dzieci", "hijos", "figli",
              "filhos"),
    "immigrant": ("immigranten", "inmigrantes", "einwanderer", "immigrati", "imigrantes",
                  "imigranci"),
    "age": ("leeftijd", "edad", "âge", "età", "idade", "wiek"),
    "average": ("gemiddelde", "moyenne", "moyen", "durchschnitt", "durchschnittlich", "média", "średnia"),
    "rate": ("tasa", "taux", "tasso", "taxa", "stopa"),
    # cars and the Nordic languages' compounds: 'Elbilandelen endte på 88,9 prosent' is the electric cars' share
    "electric": ("elbil", "elbiler", "elbilar", "elbilandel", "elbilandelen", "elektrisk", "elektriske", "elektrische",
                 "eléctricos", "électriques", "elettriche", "elétricos", "elektryczne"),
    "car": ("biler", "bilar", "personbiler", "personbilar", "elbil", "elbiler", "elbilar", "elbilandel", "elbilandelen",
            "coches", "voitures", "carros", "samochody", "samochodów"),
    "share": ("andel", "andelen", "elbilandel", "elbilandelen", "anteil", "aandeel", "cuota", "udział"),
    "registered": ("registrert", "registrerade", "registriert", "registrados", "immatriculées", "immatricolate"),
    # sport
    "record": ("récord", "rekord", "recorde", "primato"),
    "title": ("titel", "título", "titre", "titolo"),
    "match": ("wedstrijden", "partidos", "matchs", "spiele", "partite", "partidas", "mecze"),
    "goal": ("doelpunten", "goles", "gol", "gols", "bramki"),
}

# A country and the adjective of its people, where the two do not share the start that
# context.similar_words reads as one word ('China' ~ 'Chinese' does; 'Dutch' and 'Netherlands' do not):
# the article's 'Dutch inflation' is the table's 'Netherlands 4.1'.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "netherlands": ("dutch", "holland"), "france": ("french",), "spain": ("spanish",), "denmark": ("danish", "dane"),
    "finland": ("finnish", "finn"), "poland": ("polish",), "ireland": ("irish",), "switzerland": ("swiss",),
    "wales": ("welsh",), "scotland": ("scottish", "scots"), "england": ("english",), "iceland": ("icelandic",),
    "cyprus": ("cypriot",), "philippines": ("filipino", "philippine"), "thailand": ("thai",), "peru": ("peruvian",),
    "sweden": ("swede",), "uae": ("emirati",),
}

# Words of those languages that say nothing of what a figure is about — articles, prepositions,
# conjunctions, pronouns, auxiliaries and reporting verbs — as English has its stop words. In a
# foreign sentence they would otherwise count as its content and dilute how well a figure's real
# words agree with a claim's ('een nettowinst van 1,1 miljard'). None is also an English word a claim
# would lean on ('van', 'war', 'hat', 'net' and 'sao' are left out); they are read only in lower case,
# so 'UN' and 'LA' stay words.
FUNCTION_WORDS: frozenset[str] = frozenset("""
    de het een en op met voor naar bij uit aan door dat die dit deze zijn werd wordt worden heeft hebben er
    ook nog maar als dan tot om ten ter te haar hun zich niet meer sinds tussen boekte behaalde bedroeg
    der das den dem des ein eine einen einem einer eines und oder im am vom zum zur mit von auf für fur bei
    nach aus um gegenüber ist sind waren wurde wurden haben hatte sich auch noch nur wie bis seit sowie
    nicht mehr über uber unter rund etwa knapp zu es sie wir lag stieg erzielte
    el la los las un una unos unas del al con por para que se su sus fue fueron ha han hasta desde entre
    sobre como más menos lo le les mientras tras según segun este esta estos estas ese esa muy también
    tambien ya obtuvo alcanzó alcanzaron registró
    os um uma do da dos das na nos nas em ao aos pelo pela pelos pelas com seu sua seus suas foram são
    mais até ate também registou registrou
    du et au aux dans pour sur avec qui sont était etait ont été ete sa son ses leur leurs plus moins depuis
    contre selon ce cette ces il elle ils pas ne réalisé realise atteint
    il lo gli di della dello dei degli delle alla allo ai agli alle dal dalla dai dalle nel nella nei nelle
    sul sulla per tra fra ed che è sono era stato stata hanno suo più piu rispetto circa oltre anche non
    registrato raggiunto
    we ze oraz od po za przez dla że się sie jest był byl była byla
    och av på pa för med till från fran som att det ett är ar har hade inte än efter mot vid
""".split())
