"""Word lists the figure extractor reads: number words, scales, currencies, units, hedges."""

from __future__ import annotations

import re

UNITS_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "quadrillion": 1e15, "quintillion": 1e18, "sextillion": 1e21, "lakh": 1e5, "lakhs": 1e5,
    "lac": 1e5, "crore": 1e7, "crores": 1e7,
    # plurals scale only after a number ("three billions", "seventy-five thousands"); alone they are vague
    "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12,
}
# scale words that "a" may count one of ("a million", "a dozen")
SINGULAR_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "quadrillion", "lakh", "crore", "dozen"}
# scale words that a writer may use without a number before them ("hundred and twelve", "million")
BARE_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}
# digit words read one by one after "point": "two point two five" is 2.25
DIGIT_WORDS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
               "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# words that make the number after them negative: "minus 5", "negative one"
NEGATIVE_WORDS = {"minus", "negative"}
# ordinal words: "twenty-first", "five hundred first" are ranks, not figures
ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    "hundredth", "thousandth", "millionth", "billionth",
}
# abbreviations that scale a number written with digits ("$3.2bn", "500m", "40k")
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3, "thou": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "mm": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "tr": 1e12, "trn": 1e12, "tln": 1e12,
    "T": 1e12, "MM": 1e6, "Bn": 1e9, "BN": 1e9, "Mn": 1e6, "MN": 1e6,
}
# abbreviations that are also units: they scale only next to a currency
AMBIGUOUS_ABBREVIATIONS = {"m", "M", "mm", "MM", "b", "B", "T", "k", "K"}

FRACTION_WORDS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 0.125, "eighths": 0.125, "ninth": 1 / 9, "ninths": 1 / 9,
    "tenth": 0.1, "tenths": 0.1,
}
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
MULTIPLE_VERBS = {
    "doubled": 2, "doubling": 2, "doubles": 2, "double": 2, "tripled": 3, "tripling": 3, "triples": 3,
    "triple": 3, "trebled": 3, "quadrupled": 4, "quadrupling": 4, "quadruple": 4, "quintupled": 5,
    "halved": 0.5, "halving": 0.5, "halves": 0.5,
}
FOLD_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
              "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100}

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "NZ$": "NZD",
    "S$": "SGD", "R$": "BRL", "NT$": "TWD", "Mex$": "MXN", "₩": "KRW", "₪": "ILS", "₽": "RUB", "₺": "TRY",
    "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "₴": "UAH", "Rs": "INR", "Rs.": "INR", "R": "ZAR",
    "Fr.": "CHF", "CHF": "CHF", "kr": "SEK", "zł": "PLN", "Kč": "CZK", "RM": "MYR", "Rp": "IDR",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₼": "AZN", "₿": "XBT",
    "元": "CNY", "円": "JPY", "원": "KRW", "₨": "PKR", "Ksh": "KES", "KSh": "KES", "Tk": "BDT", "E£": "EGP",
}
# currency signs written after the amount in much of Europe and Asia: "20 €", "80 Kč", "100元"
CURRENCY_AFTER = {
    "€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₴": "UAH",
    "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT",
    "₮": "MNT", "₲": "PYG", "₵": "GHS", "₼": "AZN", "元": "CNY", "円": "JPY", "원": "KRW", "zł": "PLN",
    "Kč": "CZK", "kr": "SEK", "kr.": "DKK", "lei": "RON", "Ft": "HUF", "руб": "RUB", "руб.": "RUB", "рублей": "RUB",
    "рубля": "RUB", "р": "RUB", "Р": "RUB", "грн": "UAH", "RM": "MYR", "Rs": "INR", "ரூ": "LKR",
    "US$": "USD", "€ur": "EUR",
}
# coins and sub-units: (currency, fraction of the base unit); "ten cents" is 0.1 USD
CURRENCY_SUBUNITS = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "¢": ("USD", 0.01), "penny": ("GBP", 0.01),
    "pennies": ("GBP", 0.01), "pence": ("GBP", 0.01), "dime": ("USD", 0.1), "dimes": ("USD", 0.1),
    "nickel": ("USD", 0.05), "nickels": ("USD", 0.05),
}
# euro cents: the sub-unit takes the currency of the sentence when it names one
EURO_WORDS = {"€", "euro", "euros", "eur"}
CURRENCY_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CAD", "AUD", "HKD", "NZD", "SGD", "BRL", "TWD",
    "MXN", "KRW", "ILS", "RUB", "TRY", "NGN", "PHP", "VND", "THB", "UAH", "ZAR", "CHF", "SEK", "NOK",
    "DKK", "PLN", "CZK", "HUF", "MYR", "IDR", "SAR", "AED", "EGP", "KES", "PKR", "BDT", "ARS", "CLP",
    "COP", "PEN",
    # the rest of ISO 4217, less codes that are also English words or names in capitals
    # (ALL, TOP, CUP, BOB, MOP, MAD, SOS, AMD, NIO, CVE, STD, IRR)
    "AFN", "ANG", "AOA", "AWG", "AZN", "BAM", "BBD", "BGN", "BHD", "BIF", "BMD", "BND", "BOV", "BSD", "BTN",
    "BWP", "BYN", "BZD", "CDF", "CRC", "CUC", "DJF", "DOP", "DZD", "ERN", "ETB", "FJD", "FKP", "GEL", "GHS",
    "GIP", "GMD", "GNF", "GTQ", "GYD", "HNL", "HRK", "HTG", "IQD", "ISK", "JMD", "JOD", "KGS", "KHR", "KMF",
    "KPW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MDL", "MGA", "MKD", "MMK", "MNT",
    "MRU", "MUR", "MVR", "MWK", "MZN", "NAD", "NPR", "OMR", "PAB", "PGK", "PYG", "QAR", "RON", "RSD", "RWF",
    "SBD", "SCR", "SDG", "SHP", "SLE", "SLL", "SRD", "SSP", "STN", "SYP", "SZL", "TJS", "TMT", "TND", "TTD",
    "TZS", "UGX", "UYU", "UZS", "VES", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZMW", "ZWL",
    # currencies the euro replaced, still quoted in older reports
    "DEM", "FRF", "ITL", "ESP", "PTE", "NLG", "BEF", "ATS", "FIM", "IEP", "GRD", "LUF", "SIT", "SKK", "EEK",
    "LTL", "LVL", "CYP", "MTL",
}
CURRENCY_NAMES = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "buck": "USD", "bucks": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rupee": "INR", "rupees": "INR",
    "won": "KRW", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "franc": "CHF",
    "francs": "CHF", "real": "BRL", "reais": "BRL", "peso": "MXN", "pesos": "MXN", "rand": "ZAR",
    "lira": "TRY", "naira": "NGN", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dirham": "AED",
    "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "shekel": "ILS", "shekels": "ILS",
    "zloty": "PLN", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "hryvnia": "UAH",
    "hryvnias": "UAH", "zlotys": "PLN", "zloties": "PLN", "forint": "HUF", "forints": "HUF", "koruna": "CZK",
    "korunas": "CZK", "leu": "RON", "lev": "BGN", "leva": "BGN", "kuna": "HRK", "tenge": "KZT", "tugrik": "MNT",
    "tugriks": "MNT", "tughrik": "MNT", "tughriks": "MNT", "cedi": "GHS", "cedis": "GHS", "birr": "ETB",
    "taka": "BDT", "kyat": "MMK", "lari": "GEL", "rufiyaa": "MVR", "quetzal": "GTQ", "quetzales": "GTQ",
    "guarani": "PYG", "guaranis": "PYG", "bolivar": "VES", "bolivars": "VES", "lempira": "HNL", "lempiras": "HNL",
    "ringgits": "MYR", "bahts": "THB", "rands": "ZAR", "nairas": "NGN", "yuans": "CNY", "dong": "VND",
    "guilder": "NLG", "guilders": "NLG", "peseta": "ESP", "pesetas": "ESP", "markka": "FIM", "markkaa": "FIM",
    "deutschmark": "DEM", "deutschmarks": "DEM", "escudo": "PTE", "escudos": "PTE", "drachma": "GRD",
    "drachmas": "GRD", "drachmae": "GRD", "lire": "ITL", "afghani": "AFN", "afghanis": "AFN",
    # names several countries share: money, with no one currency code
    "dinar": None, "dinars": None, "rial": None, "rials": None, "shilling": None, "shillings": None,
    "kwacha": None, "manat": None, "manats": None,
}
# a country adjective with a currency name: "Kuwaiti dinars", "Lebanese pounds", "Swiss francs"
CURRENCY_COUNTRY_NAMES = {
    ("kuwaiti", "dinar"): "KWD", ("bahraini", "dinar"): "BHD", ("jordanian", "dinar"): "JOD",
    ("iraqi", "dinar"): "IQD", ("libyan", "dinar"): "LYD", ("tunisian", "dinar"): "TND",
    ("algerian", "dinar"): "DZD", ("serbian", "dinar"): "RSD", ("qatari", "riyal"): "QAR",
    ("saudi", "riyal"): "SAR", ("omani", "rial"): "OMR", ("iranian", "rial"): "IRR", ("yemeni", "rial"): "YER",
    ("lebanese", "pound"): "LBP", ("egyptian", "pound"): "EGP", ("syrian", "pound"): "SYP",
    ("sudanese", "pound"): "SDG", ("british", "pound"): "GBP", ("swiss", "franc"): "CHF",
    ("french", "franc"): "FRF", ("belgian", "franc"): "BEF", ("turkish", "lira"): "TRY",
    ("italian", "lira"): "ITL", ("italian", "lire"): "ITL", ("chinese", "yuan"): "CNY",
    ("japanese", "yen"): "JPY", ("korean", "won"): "KRW", ("indian", "rupee"): "INR",
    ("pakistani", "rupee"): "PKR", ("nepalese", "rupee"): "NPR", ("lankan", "rupee"): "LKR",
    ("mauritian", "rupee"): "MUR", ("indonesian", "rupiah"): "IDR", ("malaysian", "ringgit"): "MYR",
    ("malaysia", "ringgit"): "MYR", ("mexican", "peso"): "MXN", ("argentine", "peso"): "ARS",
    ("argentinian", "peso"): "ARS", ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP",
    ("philippine", "peso"): "PHP", ("cuban", "peso"): "CUP", ("brazilian", "real"): "BRL",
    ("african", "rand"): "ZAR", ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB",
    ("polish", "zloty"): "PLN", ("czech", "koruna"): "CZK", ("hungarian", "forint"): "HUF",
    ("swedish", "krona"): "SEK", ("norwegian", "krone"): "NOK", ("danish", "krone"): "DKK",
    ("icelandic", "krona"): "ISK", ("dutch", "guilder"): "NLG", ("german", "mark"): "DEM",
    ("deutsche", "mark"): "DEM", ("spanish", "peseta"): "ESP", ("finnish", "markka"): "FIM",
    ("kenyan", "shilling"): "KES", ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS",
    ("somali", "shilling"): "SOS", ("nigerian", "naira"): "NGN", ("ghanaian", "cedi"): "GHS",
    ("ethiopian", "birr"): "ETB", ("vietnamese", "dong"): "VND", ("thai", "baht"): "THB",
    ("israeli", "shekel"): "ILS", ("ukrainian", "hryvnia"): "UAH", ("kazakh", "tenge"): "KZT",
    ("mongolian", "tugrik"): "MNT", ("uae", "dirham"): "AED", ("emirati", "dirham"): "AED",
    ("moroccan", "dirham"): "MAD", ("zambian", "kwacha"): "ZMW", ("malawian", "kwacha"): "MWK",
    ("azerbaijani", "manat"): "AZN", ("turkmen", "manat"): "TMT", ("romanian", "leu"): "RON",
    ("bulgarian", "lev"): "BGN", ("croatian", "kuna"): "HRK", ("bangladeshi", "taka"): "BDT",
    ("peruvian", "sol"): "PEN", ("jamaican", "dollar"): "JMD", ("namibian", "dollar"): "NAD",
    ("zimbabwean", "dollar"): "ZWL", ("fijian", "dollar"): "FJD", ("brunei", "dollar"): "BND",
    ("liberian", "dollar"): "LRD", ("guyanese", "dollar"): "GYD", ("bahamian", "dollar"): "BSD",
    ("barbadian", "dollar"): "BBD", ("belize", "dollar"): "BZD", ("caribbean", "dollar"): "XCD",
}
# plural currency names, for looking up CURRENCY_COUNTRY_NAMES by the singular
CURRENCY_PLURALS = {"dinars": "dinar", "riyals": "riyal", "rials": "rial", "pounds": "pound", "francs": "franc",
                    "liras": "lira", "rupees": "rupee", "ringgits": "ringgit", "pesos": "peso", "reais": "real",
                    "reals": "real", "rands": "rand", "roubles": "rouble", "rubles": "ruble", "zlotys": "zloty",
                    "korunas": "koruna", "forints": "forint", "kronor": "krona", "kroner": "krone",
                    "kronur": "krona", "guilders": "guilder", "marks": "mark", "pesetas": "peseta",
                    "markkaa": "markka", "shillings": "shilling", "cedis": "cedi", "shekels": "shekel",
                    "hryvnias": "hryvnia", "tugriks": "tugrik", "dirhams": "dirham", "manats": "manat",
                    "soles": "sol", "dollars": "dollar", "yuans": "yuan"}
# words that "a" or "an" counts one of: "a dollar", "a litre" (idioms such as "a ton of" are left out)
ARTICLE_UNITS = {"dollar", "euro", "pound", "rupee", "penny", "buck", "mile", "kilometre", "kilometer", "metre",
                 "meter", "litre", "liter", "gallon", "kilogram", "kilo", "gram", "ounce", "barrel", "ml",
                 "millilitre", "milliliter", "lb", "hectare", "acre", "pint", "tonne", "millimetre", "millimeter",
                 "centimetre", "centimeter", "inch", "foot", "yard", "degree"}
# "pounds" is money or weight: words in the sentence that tell which
POUND_WEIGHT_CUES = {"weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "lighter",
                     "lbs", "lb", "kg", "kilos", "kilograms", "ounces", "oz", "tons", "tonnes", "baby", "babies",
                     "meat", "beef", "fish", "flour", "sugar", "rice", "obese"}
POUND_MONEY_CUES = {"£", "gbp", "sterling", "cost", "costs", "costing", "spent", "spend", "spends", "spending", "paid",
                    "pay", "pays", "paying", "price", "prices", "priced", "worth", "fine", "fined", "profit",
                    "profits", "revenue", "revenues", "turnover", "salary", "salaries", "wage", "wages", "budget",
                    "funding", "funded", "fund", "loan", "loans", "debt", "debts", "earn", "earns", "earned",
                    "earnings", "bought", "buy", "buys", "sold", "sell", "sells", "invest", "invested",
                    "investment", "tax", "taxes", "bill", "fee", "fees", "charge", "charged", "bonus", "income",
                    "deal", "bid", "offer", "raised", "raise", "donated", "donation", "award", "awarded",
                    "compensation", "damages", "valued", "valuation", "pension", "rent", "ticket", "tickets",
                    "pence", "penny", "bank", "banknote", "note", "notes", "coin", "coins"}
# adjectives that name the dollar: "Canadian dollars", "Hong Kong dollars"
DOLLAR_COUNTRIES = {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
                    "singapore": "SGD", "taiwan": "TWD", "zealand": "NZD", "kong": "HKD"}

PERCENT_WORDS = {"%": "%", "percent": "%", "percents": "%", "pct": "%", "per cent": "%", "per-cent": "%",
                 "percentage point": "pp", "percentage points": "pp", "pp": "pp", "ppt": "pp",
                 "ppts": "pp", "pts": "pp", "basis points": "bp", "basis point": "bp", "bps": "bp", "bp": "bp"}

# normalised unit symbol by what writers type; keys are compared lower-cased unless listed in UNITS_CASED
UNITS = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "nm": "nm", "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
    "mi": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "foot": "ft", "feet": "ft",
    "in": "in", "inch": "in", "inches": "in", "yd": "yd", "yard": "yd", "yards": "yd",
    "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilos": "kg",
    "g": "g", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "µg": "ug", "μg": "ug", "mcg": "ug",
    "microgram": "ug", "micrograms": "ug",
    "t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "metric ton": "t", "metric tons": "t",
    "lb": "lb", "lbs": "lb", "oz": "oz", "ounce": "oz", "ounces": "oz",
    "ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "km2": "km2", "km²": "km2", "sq km": "km2", "square kilometre": "km2", "square kilometres": "km2",
    "square kilometer": "km2", "square kilometers": "km2", "m2": "m2", "m²": "m2", "sq m": "m2",
    "square metre": "m2", "square metres": "m2", "square meter": "m2", "square meters": "m2",
    "sq mi": "mi2", "square mile": "mi2", "square miles": "mi2", "sq ft": "ft2", "square feet": "ft2",
    "square foot": "ft2",
    "l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l", "ml": "ml", "millilitre": "ml",
    "millilitres": "ml", "milliliter": "ml", "milliliters": "ml", "gal": "gal", "gallon": "gal",
    "gallons": "gal", "bbl": "bbl", "barrel": "bbl", "barrels": "bbl", "cubic metres": "m3",
    "cubic meters": "m3", "m3": "m3", "m³": "m3", "bcm": "bcm",
    "°c": "°C", "℃": "°C", "degrees celsius": "°C", "degree celsius": "°C", "celsius": "°C",
    "°f": "°F", "℉": "°F", "degrees fahrenheit": "°F", "degree fahrenheit": "°F", "fahrenheit": "°F",
    "degrees": "°", "degree": "°", "°": "°", "kelvin": "K",
    "w": "W", "watt": "W", "watts": "W", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW",
    "mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW", "gigawatts": "GW",
    "tw": "TW", "terawatt": "TW", "terawatts": "TW",
    "wh": "Wh", "kwh": "kWh", "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh",
    "mwh": "MWh", "megawatt-hours": "MWh", "megawatt hours": "MWh", "gwh": "GWh", "gigawatt-hours": "GWh",
    "gigawatt hours": "GWh", "twh": "TWh", "terawatt-hours": "TWh", "terawatt hours": "TWh",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "m/s": "m/s", "knots": "kn",
    "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz",
    "kb": "kB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB", "kilobytes": "kB", "megabytes": "MB",
    "gigabytes": "GB", "terabytes": "TB", "petabytes": "PB", "mbps": "Mbit/s", "gbps": "Gbit/s",
    "ppm": "ppm", "ppb": "ppb", "parts per million": "ppm", "parts per billion": "ppb", "mmhg": "mmHg", "kcal": "kcal", "calories": "kcal", "calorie": "kcal",
    "seconds": "s", "second": "s", "secs": "s", "sec": "s", "minutes": "min", "minute": "min", "mins": "min",
    "hours": "h", "hour": "h", "hrs": "h", "hr": "h", "days": "day", "day": "day", "weeks": "week",
    "week": "week", "months": "month", "month": "month", "mos": "month", "years": "year", "year": "year", "yrs": "year",
    "decades": "decade", "decade": "decade", "centuries": "century",
    "gigatonnes": "Gt", "gigatonne": "Gt", "gt": "Gt", "megatonnes": "Mt", "megatonne": "Mt", "mt": "Mt",
    "gigatons": "Gt", "megatons": "Mt", "mtoe": "Mtoe",
    "pound": "lb", "pounds": "lb", "lbs.": "lb", "gals": "gal", "mls": "ml",
    "hl": "hl", "hectolitre": "hl", "hectolitres": "hl", "hectoliter": "hl", "hectoliters": "hl",
    "cl": "cl", "centilitre": "cl", "centilitres": "cl", "centiliter": "cl", "centiliters": "cl",
    "dl": "dl", "decilitre": "dl", "decilitres": "dl", "deciliter": "dl", "deciliters": "dl",
    "dm": "dm", "decimetre": "dm", "decimetres": "dm", "decimeter": "dm", "decimeters": "dm",
    "cup": "cup", "cups": "cup", "tablespoon": "tbsp", "tablespoons": "tbsp", "tbsp": "tbsp", "tbsps": "tbsp",
    "teaspoon": "tsp", "teaspoons": "tsp", "tsp": "tsp", "tsps": "tsp", "pint": "pt", "pints": "pt",
    "quart": "qt", "quarts": "qt", "fl oz": "fl oz",
    "km^2": "km2", "m^2": "m2", "km^3": "km3", "m^3": "m3", "km3": "km3", "km³": "km3",
    "cubic kilometre": "km3", "cubic kilometres": "km3", "cubic kilometer": "km3", "cubic kilometers": "km3",
    "cubic metre": "m3", "cubic meter": "m3", "cubic feet": "ft3", "cubic foot": "ft3", "cu ft": "ft3",
    "eb": "EB", "exabyte": "EB", "exabytes": "EB", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB",
    "terabyte": "TB", "petabyte": "PB", "kibibyte": "KiB", "kibibytes": "KiB",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometre per hour": "km/h",
    "kilometer per hour": "km/h", "km per hour": "km/h", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "km an hour": "km/h", "miles per hour": "mph", "mile per hour": "mph",
    "miles an hour": "mph", "metres per second": "m/s", "meters per second": "m/s", "kmph": "km/h",
    "° c": "°C", "° f": "°F", "° celsius": "°C", "° fahrenheit": "°F", "degrees c": "°C", "degrees f": "°F",
    "degree c": "°C", "degree f": "°F", "deg c": "°C", "deg f": "°F", "deg celsius": "°C",
    "deg fahrenheit": "°F", "deg": "°", "celcius": "°C", "centigrade": "°C", "farenheit": "°F",
    "degrees centigrade": "°C", "degrees celcius": "°C", "degrees farenheit": "°F",
    "kelvins": "K",
}
# words that make a glued "m" metres rather than millions ("a 300m tower", "the 400m hurdles")
LENGTH_CUES = {"length", "height", "depth", "width", "distance", "altitude", "elevation", "metres", "meters",
               "tower", "skyscraper", "bridge", "tunnel", "cliff", "mountain", "race", "races", "sprint", "hurdles",
               "relay", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "runway", "km",
               "vault", "cleared", "clearing", "jump", "jumped", "jumps", "leap", "javelin", "discus", "steeplechase"}
# standard race distances in metres: 'for 5000m', 'the 1500m' are races, never millions
RACE_DISTANCES = {"60", "100", "110", "200", "400", "800", "1500", "3000", "5000", "10000", "10,000"}
# adjectives of size after "in": "2 in thick" is inches, "2 in March" is not
DIMENSION_WORDS = {"thick", "long", "wide", "tall", "high", "deep", "across", "diameter", "thin", "square", "x", "×",
                   "by"}
# units whose case carries meaning, or that are too ambiguous lower-cased
UNITS_CASED = {"Mb": "Mbit", "MB": "MB", "Gb": "Gbit", "GB": "GB", "TB": "TB", "K": "K", "kB": "kB",
               "eV": "eV", "keV": "keV", "MeV": "MeV", "GeV": "GeV", "TeV": "TeV", "EB": "EB", "PB": "PB"}
# symbol units that must touch or follow a digit ("42 m" is metres, "m" alone is a letter)
SHORT_UNITS = {"m", "g", "t", "l", "w", "in", "ft", "mi", "yd", "ha", "gt", "mt", "mb", "kb", "gb", "tb",
               "pb", "hr", "sec", "min", "mins", "secs", "hrs", "yrs"}
# unit multiples expressed as prefixes of tonnes
UNIT_SCALE = {"Gt": ("t", 1e9), "Mt": ("t", 1e6)}
TIME_UNITS = {"s", "min", "h", "day", "week", "month", "year", "decade", "century"}

HEDGES = {
    "about", "around", "roughly", "approximately", "approx", "approx.", "some", "nearly", "almost",
    "circa", "c.", "ca.", "estimated", "close", "~", "≈", "near", "virtually", "practically",
    "an", "est.", "maybe", "perhaps", "possibly", "likely",
}
HEDGE_PHRASES = {
    ("an", "estimated"): ("=", True), ("estimated", "at"): ("=", True), ("close", "to"): ("=", True), ("just", "under"): ("<", True),
    ("just", "below"): ("<", True), ("just", "shy", "of"): ("<", True), ("just", "over"): (">", True),
    ("just", "above"): (">", True), ("slightly", "more", "than"): (">", True),
    ("slightly", "less", "than"): ("<", True), ("a", "little", "over"): (">", True),
    ("a", "little", "under"): ("<", True), ("well", "over"): (">", False), ("well", "above"): (">", False),
    ("well", "below"): ("<", False), ("well", "under"): ("<", False),
    ("more", "than"): (">", False), ("greater", "than"): (">", False), ("higher", "than"): (">", False),
    ("in", "excess", "of"): (">", False), ("upwards", "of"): (">", False), ("north", "of"): (">", False),
    ("at", "least"): (">=", False), ("no", "less", "than"): (">=", False), ("no", "fewer", "than"): (">=", False),
    ("not", "less", "than"): (">=", False), ("a", "minimum", "of"): (">=", False),
    ("less", "than"): ("<", False), ("fewer", "than"): ("<", False), ("lower", "than"): ("<", False),
    ("up", "to"): ("<=", False), ("at", "most"): ("<=", False), ("no", "more", "than"): ("<=", False),
    ("not", "more", "than"): ("<=", False), ("a", "maximum", "of"): ("<=", False),
    ("as", "many", "as"): ("<=", False), ("as", "much", "as"): ("<=", False),
    ("as", "high", "as"): ("<=", False), ("as", "few", "as"): (">=", False),
    ("less", "than", "or", "equal", "to"): ("<=", False), ("fewer", "than", "or", "equal", "to"): ("<=", False),
    ("greater", "than", "or", "equal", "to"): (">=", False), ("more", "than", "or", "equal", "to"): (">=", False),
    ("equal", "to", "or", "less", "than"): ("<=", False), ("equal", "to", "or", "fewer", "than"): ("<=", False),
    ("equal", "to", "or", "more", "than"): (">=", False), ("equal", "to", "or", "greater", "than"): (">=", False),
    ("<", "="): ("<=", False), (">", "="): (">=", False),
}
HEDGE_WORDS = {
    "about": ("=", True), "around": ("=", True), "roughly": ("=", True), "approximately": ("=", True),
    "approx": ("=", True), "approx.": ("=", True), "some": ("=", True), "circa": ("=", True),
    "c.": ("=", True), "ca.": ("=", True), "~": ("=", True), "≈": ("=", True), "estimated": ("=", True),
    "nearly": ("<", True), "almost": ("<", True), "over": (">", False), "above": (">", False),
    "exceeding": (">", False), "exceeded": (">", False), "exceed": (">", False), "exceeds": (">", False),
    "surpass": (">", False), "surpasses": (">", False), "surpassed": (">", False), "surpassing": (">", False),
    "topping": (">", False), "beyond": (">", False),
    "under": ("<", False), "below": ("<", False), "<": ("<", False), ">": (">", False),
    "≤": ("<=", False), "≥": (">=", False), "<=": ("<=", False), ">=": (">=", False),
}
TRAILING_BOUNDS = {("or", "more"): ">=", ("or", "higher"): ">=", ("or", "above"): ">=", ("or", "over"): ">=",
                   ("or", "less"): "<=", ("or", "fewer"): "<=", ("or", "lower"): "<=", ("or", "below"): "<=",
                   ("and", "up"): ">=", ("plus",): ">=", ("+",): ">=", ("or", "greater"): ">=",
                   ("and", "more"): ">=", ("and", "above"): ">=", ("and", "over"): ">="}
TRAILING_HEDGES = {("or", "so"), ("-odd",), ("odd",), ("or", "thereabouts")}

UP_WORDS = {
    "rose", "rise", "rises", "rising", "risen", "increase", "increased", "increases", "increasing", "grew",
    "grow", "grows", "growing", "grown", "growth", "up", "jumped", "jump", "jumps", "surged", "surge",
    "surges", "climbed", "climb", "climbs", "gained", "gain", "gains", "higher", "expanded", "expand",
    "soared", "soar", "added", "boosted", "raised", "raise", "raising", "raises", "advanced", "rebounded", "widened", "spiked",
    "accelerated", "improved", "hike", "hiked", "upswing", "more", "leapt", "leaped", "rallied", "swelled",
}
DOWN_WORDS = {
    "fell", "fall", "falls", "falling", "fallen", "decrease", "decreased", "decreases", "decreasing",
    "declined", "decline", "declines", "declining", "dropped", "drop", "drops", "down", "slid", "slide",
    "slumped", "slump", "lower", "shrank", "shrink", "shrunk", "contracted", "contraction", "plunged",
    "plunge", "plummeted", "tumbled", "cut", "cuts", "lost", "lose", "loses", "losing", "eased", "reduced",
    "reduction", "slipped", "sank", "dipped", "dip", "narrowed", "less", "slowed", "retreated", "weakened",
    "shed", "sinking", "decelerated",
}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
# nouns after which a number is a label, not a figure: "table 2", "page 14", "Article 50"
LABEL_NOUNS = {
    "table", "tables", "figure", "figures", "fig", "fig.", "page", "pages", "p.", "pp.", "section", "sections",
    "chapter", "chapters", "article", "articles", "clause", "rule", "item", "items", "step", "steps", "no.",
    "no", "number", "nos.", "#", "top", "bottom", "source", "sources", "citation", "citations", "ref",
    "reference", "references", "footnote", "entry", "id",
    # stock indices and lists named by a number: "Nikkei 225", "Euro Stoxx 50", "Fortune 500"
    "nikkei", "stoxx", "ftse", "russell", "fortune", "dax", "cac", "nasdaq", "sensex", "nifty", "ibex", "mib",
    "topix", "kospi", "asx", "tsx", "smi", "aex", "omx", "msci", "inc.", "issue", "paragraph", "para.", "appendix", "annex", "volume", "vol", "vol.",
    "part", "phase", "grade", "stage", "tier", "route", "highway", "interstate", "line", "room", "level",
    "version", "v", "release", "python", "model", "series", "season", "episode", "week", "day", "row",
    "column", "col", "exhibit", "box", "chart", "map", "note", "notes", "question", "q",
    "platform", "gate", "terminal", "flight", "bus", "channel", "ward", "district", "act", "title",
    "amendment", "resolution", "directive", "regulation", "sec.", "§", "art.", "ch.", "cap", "windows",
    "ios", "android", "macos", "iphone", "galaxy", "pixel", "playstation", "xbox", "boeing", "airbus",
    "apollo", "artemis", "mission", "gen", "generation", "covid", "category", "class", "type",
    "size", "hurricane", "storm", "cop", "g", "world", "war", "formula", "super", "bowl", "mark", "mk",
    "psalm", "verse", "game", "round", "lap", "pier", "unit", "building", "block",
    "floor", "studio", "ps", "su", "tu", "mig", "ar",
}
TIME_WORDS = {"am", "a.m.", "pm", "p.m.", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "o'clock",
              "hrs", "hours"}
# words after "one" that make it a pronoun or determiner, not a figure
ONE_NOT_FIGURE_AFTER = {"of", "another", "way", "day", "time", "point", "thing", "side", "hand", "such",
                        "who", "which", "that", "can", "could", "would", "should", "must", "might", "may",
                        "will", "is", "was", "'s", "’s", "or", "and", "reason", "example", "instance"}
ONE_NOT_FIGURE_BEFORE = {"no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone",
                         "everyone", "some", "only", "last", "next", "other", "another", "same",
                         "single", "little", "big", "new", "old", "first", "right", "wrong", "a", "second",
                         "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

# ------------------------------------------------------------------ sources quoted in other languages
# scale words, units, currencies and percent words of sources written in German, Dutch, Spanish,
# French, Italian, Portuguese, Czech, Polish and the Nordic languages (the article stays English)
FOREIGN_SCALE_WORDS = {
    "tausend": 1e3, "duizend": 1e3, "tisíc": 1e3, "tysięcy": 1e3, "tys": 1e3,
    "millionen": 1e6, "mio": 1e6, "miljoen": 1e6, "miljoenen": 1e6, "millón": 1e6, "millones": 1e6,
    "milione": 1e6, "milioni": 1e6, "milhão": 1e6, "milhões": 1e6, "milion": 1e6, "miliony": 1e6,
    "milionu": 1e6, "milionů": 1e6, "milionów": 1e6, "miljon": 1e6, "miljoner": 1e6, "millioner": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "miljard": 1e9, "miljarden": 1e9, "milliard": 1e9,
    "milliards": 1e9, "miliardo": 1e9, "miliardi": 1e9, "bilhão": 1e9, "bilhões": 1e9, "miliard": 1e9,
    "miliardy": 1e9, "miliardů": 1e9, "miliardów": 1e9, "miljarder": 1e9, "milliarder": 1e9, "mld": 1e9,
}
SCALE_WORDS.update(FOREIGN_SCALE_WORDS)
# units as those languages name them ('8.849 metros', 'resistió 26 años', '3 ore e 44 minuti'); none is an
# English word
FOREIGN_UNITS = {
    "grad celsius": "°C", "grados celsius": "°C", "degrés celsius": "°C", "gradi celsius": "°C",
    "graus celsius": "°C", "stupně celsia": "°C", "stupňů celsia": "°C", "grader celsius": "°C",
    "kilómetros": "km", "kilomètres": "km", "chilometri": "km", "quilômetros": "km", "quilómetros": "km",
    "kilometrů": "km", "kilometrów": "km", "kilometern": "km",
    "kilómetros cuadrados": "km2", "kilomètres carrés": "km2", "chilometri quadrati": "km2",
    "quilômetros quadrados": "km2", "quadratkilometer": "km2", "quadratkilometern": "km2",
    "vierkante kilometer": "km2",
    "metros": "m", "metro": "m", "mètres": "m", "mètre": "m", "metri": "m", "metrów": "m", "metrů": "m",
    # lengths of time: 'resistió 26 años', '82,5 anni', 'depuis 30 ans', 'seit 25 Jahren', '14 dagen'
    "años": "year", "año": "year", "anos": "year", "ano": "year", "anni": "year", "anno": "year", "ans": "year",
    "jahre": "year", "jahren": "year", "jaar": "year", "jaren": "year", "roky": "year",
    "días": "day", "dias": "day", "jours": "day", "giorni": "day", "tage": "day", "tagen": "day", "dagen": "day",
    "dager": "day", "dagar": "day", "horas": "h", "heures": "h", "stunden": "h", "uur": "h",
    "minutos": "min", "minuti": "min", "minuten": "min", "semanas": "week", "semaines": "week", "settimane": "week",
    "wochen": "week", "weken": "week", "meses": "month", "mois": "month", "mesi": "month", "monate": "month",
    "monaten": "month", "maanden": "month",
    "mijl": "mi", "mijlen": "mi", "meilen": "mi", "millas": "mi", "milles": "mi", "miglia": "mi",
    "pouces": "in", "pouce": "in", "pulgadas": "in", "pulgada": "in", "polegadas": "in", "pollici": "in",
    "zoll": "in", "duim": "in", "pieds": "ft", "pies": "ft", "piedi": "ft", "fuß": "ft", "voet": "ft",
    "godzin": "h", "godziny": "h", "minut": "min",
    "tonnen": "t", "toneladas": "t", "tonnellate": "t", "tun": "t", "tuny": "t",
    "kilometros": "km", "centímetros": "cm", "centimètres": "cm",
}
UNITS.update(FOREIGN_UNITS)
UNITS.update({"ore": "h", "ton": "t"})  # Italian hours ('3 ore e 44 minuti') and a ton, words of English too
CURRENCY_NAMES.update({
    "dólares": "USD", "dólar": "USD", "dollari": "USD", "dolarů": "USD", "dolarów": "USD", "dollaro": "USD",
    "liber": "GBP", "libras": "GBP", "pfund": "GBP", "sterline": "GBP", "jenů": "JPY", "yenes": "JPY",
    "korun": "CZK", "franken": "CHF", "złotych": "PLN", "kronen": None,
})
# percent words written after the number ("2,3 Prozent", "5 por ciento" is handled as two words)
FOREIGN_PERCENT_WORDS = {"prozent", "procent", "procenta", "procento", "procent", "prosent", "porcentaje"}
FOREIGN_PERCENT_PAIRS = {("por", "ciento"), ("pour", "cent"), ("per", "cento"), ("por", "cento")}

# ------------------------------------------------------------------ units of one dimension
# each unit as (dimension, size in the dimension's base unit): a figure converted from one to
# another ("3,397 metres, roughly 11,100 feet") is compared in the base unit
CONVERSIONS = {
    "m": ("length", 1.0), "km": ("length", 1e3), "cm": ("length", 1e-2), "mm": ("length", 1e-3),
    "dm": ("length", 0.1), "nm": ("length", 1e-9), "mi": ("length", 1609.344), "ft": ("length", 0.3048),
    "in": ("length", 0.0254), "yd": ("length", 0.9144), "nmi": ("length", 1852.0),
    "kg": ("mass", 1.0), "g": ("mass", 1e-3), "mg": ("mass", 1e-6), "ug": ("mass", 1e-9), "t": ("mass", 1e3),
    "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523125),
    "m2": ("area", 1.0), "km2": ("area", 1e6), "ha": ("area", 1e4), "acre": ("area", 4046.8564224),
    "mi2": ("area", 2589988.110336), "ft2": ("area", 0.09290304),
    "l": ("volume", 1.0), "ml": ("volume", 1e-3), "cl": ("volume", 1e-2), "dl": ("volume", 0.1),
    "hl": ("volume", 100.0), "m3": ("volume", 1e3), "km3": ("volume", 1e12), "bcm": ("volume", 1e12),
    "gal": ("volume", 3.785411784), "bbl": ("volume", 158.987294928), "ft3": ("volume", 28.316846592),
    "km/h": ("speed", 1 / 3.6), "mph": ("speed", 0.44704), "m/s": ("speed", 1.0), "kn": ("speed", 1852 / 3600),
    "W": ("power", 1.0), "kW": ("power", 1e3), "MW": ("power", 1e6), "GW": ("power", 1e9), "TW": ("power", 1e12),
    "Wh": ("energy", 1.0), "kWh": ("energy", 1e3), "MWh": ("energy", 1e6), "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0), "day": ("time", 86400.0),
    "week": ("time", 604800.0), "month": ("time", 2629800.0), "year": ("time", 31557600.0),
    "decade": ("time", 315576000.0), "century": ("time", 3155760000.0),
    "kB": ("data", 1e3), "MB": ("data", 1e6), "GB": ("data", 1e9), "TB": ("data", 1e12), "PB": ("data", 1e15),
    "EB": ("data", 1e18),
    "ppm": ("fraction", 1e-6), "ppb": ("fraction", 1e-9),
}
UNITS.update({"land miles": "mi", "land mile": "mi", "statute miles": "mi", "statute mile": "mi"})
UNITS.update({"nautical miles": "nmi", "nautical mile": "nmi", "nmi": "nmi", "knot": "kn"})
UNITS.update({"‰": "per 1,000", "per mille": "per 1,000", "per mil": "per 1,000", "permille": "per 1,000"})
# "MT" in commodity tables is metric tonnes, "Mt" megatonnes, "MMT" million metric tonnes
UNITS_CASED.update({"MT": "t", "Mt": "Mt", "MMT": "Mt", "mmt": "Mt", "Gt": "Gt", "GT": "Gt"})
UNITS.update({"mt": "t", "metric tonnes": "t", "metric tonne": "t", "million metric tons": "Mt"})
# oil and gas rates: barrels (of oil equivalent) per day, in thousands and millions
UNITS.update({"bpd": "bbl/day", "b/d": "bbl/day", "bbl/d": "bbl/day", "barrels/day": "bbl/day", "boe/d": "boe/day",
              "boepd": "boe/day", "mb/d": "Mbbl/day", "mbpd": "Mbbl/day", "mmbpd": "Mbbl/day", "mbd": "Mbbl/day",
              "kb/d": "kbbl/day", "kbpd": "kbbl/day", "kbd": "kbbl/day", "mmb/d": "Mbbl/day"})
UNIT_SCALE.update({"Mbbl/day": ("bbl/day", 1e6), "kbbl/day": ("bbl/day", 1e3)})
# oil companies report output in barrels of oil equivalent: 'mmboed' is a million of them a day
UNITS.update({"barrels of oil equivalent": "boe", "barrel of oil equivalent": "boe", "boe": "boe",
              "mmboed": "Mboe/day", "mmboe/d": "Mboe/day", "mboed": "kboe/day", "kboed": "kboe/day"})
UNIT_SCALE.update({"Mboe/day": ("boe/day", 1e6), "kboe/day": ("boe/day", 1e3)})
FOREIGN_SCALE_WORDS.update({"trilhão": 1e12, "trilhões": 1e12, "billón": 1e12, "billones": 1e12, "mila": 1e3,
                            "bilioni": 1e9, "biliardi": 1e12, "milliárd": 1e9, "millió": 1e6, "ezer": 1e3})
SCALE_WORDS.update(FOREIGN_SCALE_WORDS)
# percentage points and basis points as other languages write them
FOREIGN_POINT_WORDS = {"puntos", "punto", "pontos", "ponto", "prozentpunkte", "prozentpunkt", "procentpunten",
                       "procentpunt", "procentního", "procentní", "procentních", "procentowego", "procentowe",
                       "procentowych", "punti", "százalékpont", "százalékponttal", "procentenheter", "puan"}
FOREIGN_BASIS_POINT_WORDS = {"basispunkte", "bázispont", "bázisponttal", "bázispontos", "basispunten",
                             "pontos-base", "puntos básicos", "punti base", "punktów bazowych", "baz puan"}
# Turkish central-bank and statistics releases: 'artırılarak' (raised by), 'indirilmesine' (to be lowered)
UP_WORDS.update({"arttı", "artış", "artırıldı", "artırılarak", "artırılmasına", "yükseldi", "yükseltildi",
                 "yükseltilmesine", "yükselerek"})
DOWN_WORDS.update({"düştü", "azaldı", "geriledi", "indirildi", "indirilmesine", "indirilerek", "düşürüldü",
                   "düşürülmesine", "azalış"})
FOREIGN_PERCENT_WORDS |= {"százalék", "százalékkal", "százalékos", "százalékra", "procentu", "procenty", "prosentti"}
UP_WORDS.update({"aumentó", "subió", "creció", "aumenta", "sube", "crece", "cresceu", "subiu", "aumentou", "cresce",
                 "stieg", "steigt", "wuchs", "gestiegen", "steeg", "stijgt", "gestegen", "augmenté", "hausse",
                 "progressé", "aumentato", "cresciuto", "salito", "wzrosła", "wzrósł", "vzrostla", "vzrostl",
                 "nőtt", "emelkedett"})
DOWN_WORDS.update({"baja", "bajó", "cayó", "disminuye", "disminuyó", "descendió", "retrocedió", "caiu", "recuou",
                   "diminuiu", "caíram", "sank", "fiel", "gesunken", "gefallen", "daalde", "daalt", "zakt",
                   "gedaald", "baisse", "diminué", "reculé", "recul", "calato", "sceso", "diminuito", "spadła",
                   "spadl", "klesla", "klesl", "csökkent"})
FRACTION_WORDS.update({"drittel": 1 / 3, "viertel": 0.25, "hälfte": 0.5, "fünftel": 0.2, "mitad": 0.5,
                       "moitié": 0.5, "tiers": 1 / 3, "metà": 0.5, "derde": 1 / 3, "helft": 0.5})
UNITS.update({"grad": "°", "grados": "°", "degrés": "°", "gradi": "°", "graden": "°", "stopni": "°", "stupňů": "°"})
# rain as weather services give it: litres on each square metre, the same depth as millimetres
UNITS.update({"l/m²": "l/m²", "l/m2": "l/m²", "liter pro quadratmeter": "l/m²", "litern pro quadratmeter": "l/m²",
              "litros por metro": "l/m²", "litres par mètre carré": "l/m²",
              "mbar": "hPa", "millibar": "hPa", "millibars": "hPa", "hpa": "hPa", "hectopascals": "hPa"})
CONVERSIONS.update({"l/m²": ("length", 1e-3), "hPa": ("pressure", 100.0), "kPa": ("pressure", 1000.0),
                    "Pa": ("pressure", 1.0)})
# the same verbs in the plural and feminine forms a source's subject takes ('las ventas crecieron un 10,4%',
# 'die Exporte sanken um 5 %', 'le esportazioni sono calate')
UP_WORDS.update({"subieron", "crecieron", "aumentaron", "subiram", "cresceram", "aumentaram", "stiegen", "wuchsen",
                 "stegen", "augmentés", "augmentée", "augmentées", "progressée", "grimpé", "bondi", "aumentati",
                 "aumentata", "aumentate", "cresciuti", "cresciuta", "cresciute", "saliti", "salita", "salite",
                 "wzrosły", "wzrosło"})
DOWN_WORDS.update({"bajaron", "cayeron", "disminuyeron", "descendieron", "retrocedieron", "diminuíram", "recuaram",
                   "sanken", "fielen", "sinkt", "daalden", "diminuée", "diminuées", "reculée", "chuté", "calati",
                   "calata", "calate", "scesi", "scesa", "scese", "diminuiti", "diminuita", "diminuite", "spadły",
                   "spadło"})
DOWN_WORDS.update({"shrinking", "contracting", "contracts", "slumping", "dipping", "sliding", "tumbling", "slipping"})
UP_WORDS.update({"rebounding", "climbing", "jumping", "surging", "soaring"})
LABEL_NOUNS.update({"form", "schedule", "item", "exhibit", "appendix", "annex", "tier", "phase", "stage"})
# emissions in tonnes of CO2 (equivalent), and computing speed in floating-point operations a second
UNITS.update({"gtco2": "Gt", "gtco2e": "Gt", "mtco2": "Mt", "mtco2e": "Mt", "tco2": "t", "tco2e": "t",
              "ktco2": "kt", "gtc": "Gt", "mtc": "Mt",
              "flop/s": "FLOPS", "flops": "FLOPS", "gflop/s": "GFLOPS", "gflops": "GFLOPS", "tflop/s": "TFLOPS",
              "tflops": "TFLOPS", "pflop/s": "PFLOPS", "pflops": "PFLOPS", "eflop/s": "EFLOPS", "eflops": "EFLOPS",
              "gigaflops": "GFLOPS", "teraflops": "TFLOPS", "petaflops": "PFLOPS", "exaflops": "EFLOPS",
              "petaflop": "PFLOPS", "exaflop": "EFLOPS"})
UNIT_SCALE.update({"kt": ("t", 1e3)})
CONVERSIONS.update({"FLOPS": ("compute", 1.0), "GFLOPS": ("compute", 1e9), "TFLOPS": ("compute", 1e12),
                    "PFLOPS": ("compute", 1e15), "EFLOPS": ("compute", 1e18)})
# a grain harvest's measure, and its yield per acre; the German and Dutch kilometre
UNITS.update({"bushels": "bu", "bushel": "bu", "bu": "bu", "kilometer": "km"})
FRACTION_WORDS.update({"tercios": 1 / 3, "tercio": 1 / 3, "terzi": 1 / 3, "terzo": 1 / 3, "terços": 1 / 3, "terço": 1 / 3,
                       "quarts": 0.25, "quart": 0.25, "cuartos": 0.25, "cuarto": 0.25, "quarti": 0.25, "quartos": 0.25,
                       "kwart": 0.25})
# a year as written: 1850, 2023
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# a rate that quickens or slows ('la inflación se aceleró hasta el 211,4%', 'l'inflation a ralenti à 2 %')
UP_WORDS.update({"accelerate", "accelerates", "accelerating", "quickened", "aceleró", "aceleraron", "acelerou",
                 "accéléré", "accélère", "accelerato", "accelerata", "beschleunigte", "beschleunigt", "versnelde"})
DOWN_WORDS.update({"desaceleró", "desaceleraron", "desacelerou", "ralenti", "ralentit", "rallentato", "rallentata",
                   "verlangsamte", "vertraagde", "slowing", "slows"})
# reduced, as sources in other languages say it ('las emisiones se redujeron un 10,6%', 'ont été réduites de 5 %')
DOWN_WORDS.update({"redujo", "redujeron", "reducido", "reducida", "reduziu", "reduziram", "reduzido", "reduzida",
                   "ridotto", "ridotta", "ridotti", "ridotte", "réduit", "réduite", "réduits", "réduites",
                   "verringerte", "verringerten", "verringert", "reduceerde", "zmniejszył", "zmniejszyła"})
