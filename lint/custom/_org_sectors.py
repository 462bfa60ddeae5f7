"""The words an organisation's name ends in, sector by sector ("Ridgeway Buses").

A name is read as an organisation's when its last word says what the organisation does
("Kestrel Shipping", "Hartley Crane Solicitors", "Belmont Suites"). ORG_WORDS in
_org_names holds the commonest of these words; the sets here are the lines of business
beyond them, one set to a sector, singular and plural where both name a firm.

A word here makes a name an organisation's only after a distinctive first word (see
``sector_name``): one word alone ("the Police", "Transport") is a kind, a department or
a common noun. Words that as often name a department or a function as a firm's trade
("Finance", "Security", "Operations", "Transport", "Research", "Marketing") are left out on
purpose, and so are words that end the name of a place or a site ("Station", "Hotel",
"Park"): "the Network Security team" or "the Leeds Hotel" must not read as another firm.
"""

from __future__ import annotations

#: Buses, trains, ferries, couriers: "Ridgeway Buses", "Midland Arrow Trains".
TRANSPORT = frozenset({
    "buses", "coaches", "coachlines", "trains", "railway", "railways", "trams", "tramways",
    "ferries", "cargo", "couriers", "removals", "trucking", "taxis", "cabs", "haulage",
    "forwarding", "parcels", "transit", "aviation", "express", "rail", "naviera",
    # NOTE: "logistics" in the languages firms are named in (German, Nordic, Indonesian and
    # Malay "Logistik", Italian and Spanish "Logistica"), after their own distinctive words
    "logistik", "logistica", "logística", "logistique",
})  # fmt: skip
#: Public and emergency services: "Mercia Shire Police", "Avonvale Fire and Rescue".
PUBLIC_SERVICES = frozenset({
    "police", "constabulary", "fire", "rescue", "ambulance", "coastguard", "lifeboats",
    "probation", "ministry", "commission", "ombudsman", "authority", "authorities",
    "inspectorate", "tribunal", "tribunals",
    # a US school district by its initials ("Live Oak ISD", "Chino Valley USD")
    "isd", "cisd", "usd",
    # NOTE: or by the short name it goes by, "Unified School District" cut to its first
    # word ("Riverside Unified"); after a distinctive word only, so "Unified Comms" is not
    "unified",
})  # fmt: skip
#: Law firms, accountants and other professions: "Hartley Crane Solicitors".
PROFESSIONS = frozenset({
    "solicitors", "lawyers", "attorneys", "barristers", "chambers", "notaries", "advocates",
    "accountants", "accounting", "auditors", "actuaries", "surveyors", "valuers",
    "advisory", "advisors", "advisers", "consultancy", "consultants", "staffing",
})  # fmt: skip
#: Health and care: "Smileworks Dental", "Harbourside Vets".
HEALTH = frozenset({
    "clinics", "hospitals", "infirmary", "hospice", "hospices", "dental", "dentistry",
    "dentists", "pharmacy", "pharmacies", "chemists", "opticians", "optometrists",
    "physiotherapy", "physio", "therapies", "medical", "homecare", "carers", "vets",
    "veterinary", "diagnostics",
})  # fmt: skip
#: Hotels, leisure and travel: "Belmont Suites", "Greystone Inns".
HOSPITALITY = frozenset({
    "suites", "inns", "taverns", "pubs", "hostels", "lodges", "leisure", "fitness", "gyms",
    "cinemas", "theatres", "theaters", "holidays", "travel", "tours", "cruises", "voyages",
    "catering", "dining", "distillery", "distillers", "entertainment", "attractions",
    "marinas",
})  # fmt: skip
#: Shops and trading: "Mabena Supermarkets", "Oldfield Jewellers".
RETAIL = frozenset({
    "supermarkets", "superstores", "grocers", "boutique", "boutiques", "jewellers",
    "jewelers", "booksellers", "bookshops", "electricals", "wholesale", "wholesalers",
    "trading", "traders", "merchants", "mart", "emporium", "fashion", "apparel",
    "cosmetics", "furniture", "interiors",
    # NOTE: a landlord named for its many malls ("Crestline Malls"), as a grocer is for its
    # supermarkets; one "Mall" is a site, its plural the firm that owns them
    "malls",
})  # fmt: skip
#: Building and the trades: "Ashby Roofing", "Kelso Contractors".
TRADES_AND_BUILDING = frozenset({
    "contractors", "contracting", "joinery", "roofing", "plumbing", "electrical",
    "scaffolding", "glazing", "flooring", "landscaping", "landscapes", "landscape",
    "civils", "demolition", "groundworks", "developments", "surveying", "decorators",
    "carpentry", "paving", "drainage", "fencing", "kitchens", "bathrooms", "cleaning",
    "property", "properties", "realty", "lettings",
})  # fmt: skip
#: Energy and utilities: "Nairobi City Water", "Brenmoor Electricity".
UTILITIES = frozenset({
    "water", "waters", "utilities", "power", "gas", "electric", "electricity", "petroleum",
    "fuels", "hydro", "broadband", "telecoms",
    # NOTE: Spanish names end on the trade's adjective as well ("Llanos Petrolera")
    "petrolera", "petrolero",
})  # fmt: skip
#: Banks, insurers and investment firms: "Pemberton Wealth", "Calder Underwriters".
FINANCE = frozenset({
    "bancorp", "insurers", "underwriters", "brokers", "brokerage", "wealth", "investments",
    "securities", "lending", "loans", "payments", "fintech",
})  # fmt: skip
#: Newspapers, broadcasters and publishers: "Harbury Gazette", "Coldwater Pictures".
MEDIA = frozenset({
    # NOTE: not "radio" or "television": a station is as often heard as worked for
    "publishing", "publishers", "press", "broadcasting", "pictures",
    # a publisher by its list ("Ravensworth Books", "Penguin Books")
    "books",
    "films", "productions", "magazine", "magazines", "gazette", "herald", "chronicle",
    # a newspaper by its oldest name ("Kingsbridge Times"), after a distinctive word only
    "times",
})  # fmt: skip
#: Schools and research bodies beyond ORG_WORDS' university and college: "Ashdown Academies".
EDUCATION = frozenset({
    "academies", "colleges", "polytechnic", "conservatoire", "seminary", "observatory",
    "tutors", "tutoring", "nurseries",
    # a teacher-training body in England ("Moorside SCITT": school-centred initial teacher
    # training), named by its kind's initials as "Live Oak ISD" is
    "scitt",
})  # fmt: skip
#: Charities and societies: "Hollowbrook Animal Rescue", "Tideline Alliance".
CHARITIES = frozenset({"charity", "charities", "alliance", "coalition", "sanctuary",
                       "guild"})  # fmt: skip
#: Farming, food and drink: "Hollins Dairies", "Calder Growers", "Tūī Ridge Ales".
FOOD = frozenset({
    "farms", "dairies", "bakery", "bakeries", "growers", "orchards", "seeds", "agriculture",
    "agri", "fisheries", "poultry", "meats", "butchers", "creamery", "vineyards", "wines",
    "winery", "confectionery", "beverages", "drinks", "ales", "brewers", "breweries",
    "cidery", "ciders", "roasters", "roastery", "vintners", "fruit", "fruits",
    # NOTE: the plural noun only ("Greenacre Organics"); "Organic" is as often a range's word
    "organics",
})  # fmt: skip
#: Makers of things: "Tolland Castings", "Greyfield Packaging".
MANUFACTURING = frozenset({
    "manufacturers", "fabrication", "fabrications", "components", "composites", "metals",
    "steel", "plastics", "chemicals", "textiles", "packaging", "printing", "printers",
    "automotive", "aerospace", "electronics", "instruments", "machinery", "tooling",
    "foundry", "pharmaceuticals", "robotics", "dynamics", "ceramics", "castings",
    "polymers", "mining", "minerals", "minera", "minero",
})  # fmt: skip
#: Technology firms beyond ORG_WORDS' software and systems: "Quillbyte Computing".
TECHNOLOGY = frozenset({"tech", "computing", "informatics", "innovations", "semiconductors",
                        "devices", "interactive", "digital"})  # fmt: skip
#: Small firms' trades whose word as often names a kind of work, a room or a thing ("the
#: creative", "a pixel", "the salon", "live music"): "Harmattan Creative", "Jaguar Pixel" and
#: "Shear Elegant Salon" are firms only where the employer would stand (see
#: _org_parts.trade_shaped), so they are kept out of SECTOR_WORDS.
SHOP_TRADES = frozenset({"creative", "creatives", "pixel", "pixels", "salon", "salons", "music",
                         "games", "animation", "collective"})  # fmt: skip

#: NOTE: ORG_WORDS (in _org_names) holds the commonest trades already ("Shipping",
#: "Airways", "Foods", "Hotels", "Insurance"); a word is in one list or the other.
#: Every sector's words: the last word of an organisation's name after a distinctive one.
SECTOR_WORDS = (
    TRANSPORT
    | PUBLIC_SERVICES
    | PROFESSIONS
    | HEALTH
    | HOSPITALITY
    | RETAIL
    | TRADES_AND_BUILDING
    | UTILITIES
    | FINANCE
    | MEDIA
    | EDUCATION
    | CHARITIES
    | FOOD
    | MANUFACTURING
    | TECHNOLOGY
)
#: Words that open the name of a department or a function, never a firm's own name ("the
#: Customer Services team", "Group Finance", "Corporate Travel"): a sector's word after one
#: names a part of an organisation, not another one.
FUNCTION_WORDS = frozenset({
    "customer", "customers", "guest", "guests", "patient", "patients", "student", "students",
    "member", "members", "people", "human", "corporate", "central", "regional", "local",
    "national", "global", "international", "internal", "head", "group", "business",
    "operations", "finance", "legal", "sales", "marketing", "security", "transport",
    "technology", "research", "development", "facilities", "estates", "procurement",
    "quality", "safety", "compliance", "risk", "product", "design", "data", "digital",
    "network", "cyber", "information", "it", "staff", "employee", "site", "public",
    "private", "the", "our", "your", "my",
    # a practice area or a client group ("Commercial Property", "Community Pharmacy")
    "commercial", "residential", "family", "employment", "criminal", "management", "cost",
    "consumer", "card", "clinical", "emergency", "community", "social", "mental", "primary",
    "secondary", "adult", "child", "children", "youth", "senior", "junior",
})  # fmt: skip


def sector_name(words: list[str]) -> bool:
    """Return True for a name whose last word is a sector's after a distinctive first word.

    "Ridgeway Buses", "Mercia Shire Police" are organisations; "Police", "Corporate
    Travel" or "Group Security" are not (one word; a department's first word).
    """
    if len(words) < 2 or words[-1] not in SECTOR_WORDS:
        return False
    return words[0] not in SECTOR_WORDS and words[0] not in FUNCTION_WORDS


#: Services a public body is named for, beyond the sectors' trades ("Singapore Tourism
#: Board", "Peel District School Board").
PUBLIC_FIELDS = frozenset({
    "school", "schools", "education", "tourism", "park", "parks", "library", "libraries",
    "port", "ports", "harbour", "harbor", "sanitation", "sewerage", "irrigation",
    "conservation", "development", "revenue", "transport", "utility", "arts", "heritage",
    "sports", "trade", "investment", "lottery",
})  # fmt: skip
#: The services a district runs as a public body ("Greater Prairie Water District", "Live
#: Oak School District"): a town's quarter is named for what is there instead ("the Arts
#: District", "the Financial District", "the Fashion District").
DISTRICT_SERVICES = frozenset({
    "school", "schools", "water", "fire", "transit", "sanitation", "sewerage", "irrigation",
    "drainage", "utility", "power", "library", "park", "parks", "hospital", "health",
    "conservation",
})  # fmt: skip


def public_body(words: list[str], trades: frozenset[str]) -> bool:
    """Return True for a public body: a place, the service it runs, and its kind.

    "Greater Prairie Water District", "Changi Logistics Board" (``trades`` are more trades
    that may name the service). Any firm has a board and any town a district, so the
    service must come first: not "the Supervisory Board", "the Medical Advisory Board" (a
    board that advises is any organisation's own) or "the Riverside Arts District".
    """
    if len(words) < 3 or words[0] in FUNCTION_WORDS:
        return False
    if words[-1] == "district":
        fields = DISTRICT_SERVICES
    elif words[-1] == "board":
        fields = (SECTOR_WORDS - PROFESSIONS) | PUBLIC_FIELDS | trades
    else:
        return False
    return words[-2] in fields and words[0] not in fields


#: Words that make a name a government's own body: a council, a ministry, a treasury ("Leeds
#: City Council", "Ministry of Health", "National Treasury", "Kenya Revenue Authority").
GOVERNMENT_HEADS = frozenset({
    "ministry", "ministries", "treasury", "ombudsman", "council", "authority", "commission",
    "government", "ministerio", "ministere", "ministère", "ministerium", "ministero",
    "kementerian",
})  # fmt: skip
#: Words that make the employer a public body itself, which may have another pasted in.
_PUBLIC_EMPLOYER = GOVERNMENT_HEADS | frozenset({
    "department", "agency", "office", "bureau", "city", "county", "state", "municipality",
    "municipal", "borough", "police", "nhs", "district", "board", "federal",
    "parliament", "assembly", "court", "tribunal", "inspectorate", "regulator", "directorate",
})  # fmt: skip


def government_body(words: list[str], company_words: list[str]) -> bool:
    """Return True for a government's body named in a letter to an employer that is none.

    NOTE: a letter to a consultancy, a charity or a housing association names the councils,
    ministries and treasuries it works for or with ("your evaluation for the Ministry of
    Housing and Norfolk County Council"); of sixteen such bodies flagged over the labeled
    letters (context141-146 among them), two were names pasted from another application,
    and both were written to employers that are public themselves: an employer that is
    ("City of Brookhaven, Department of Budget") may have another body pasted in.
    """
    return bool(GOVERNMENT_HEADS.intersection(words)) and not _PUBLIC_EMPLOYER.intersection(
        company_words
    )
