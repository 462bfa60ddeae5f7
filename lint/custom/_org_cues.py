"""Words around a name that tell whether it is the organisation a reply is written to."""

from __future__ import annotations

import re

#: Nouns and verbs of a longing before "of" and the work longed for ("with hopes of teaching
#: at X", "I have always dreamed of working at X"): the work is wished for, not done.
LONGINGS = frozenset({"hope", "hopes", "dream", "dreams", "dreamed", "dreamt", "dreaming"})
#: Words before a name that make it the writer's own: a past or present employer, a
#: school, a client, an event, a new employer ("In my five years at Initech").
#: NOTE: not "time": "thank you for taking the time" is theirs ("my time at" is OWN_WORK's)
OWN_CUES = frozenset({
    "worked", "spent", "previously", "former", "formerly", "currently", "current", "intern",
    "interned", "internship", "years", "months", "employer", "led", "built", "managed", "ran",
    "studied", "study", "studying", "graduated", "graduate", "graduating",
    "alumni", "alumnus", "alumna", "degree", "trained", "volunteered", "volunteer",
    "volunteering",
    "last", "previous", "placement", "apprenticeship", "accepted", "starting", "start",
    "started",
    "moving", "clients", "client", "customers", "customer", "including", "such",
    "competitors", "suppliers", "vendors", "brands", "attended", "student", "course",
    "diploma", "booth", "stand", "stall", "exhibition", "exhibiting", "conference", "fair",
    "expo", "event", "webinar", "taught", "teaching", "qualified", "certificate", "mba",
    "phd", "bsc", "msc", "ba", "ma", "since", "background", "experience", "offer", "used",
    "served", "retired", "left", "leaving", "doctoral", "doctorate", "postdoc", "postdoctoral",
    "thesis", "dissertation", "undergraduate", "postgraduate", "masters", "supervisor",
    "supervisors", "professors", "lecturers", "classmates", "alma", "rotation", "rotations",
    "semester", "semesters",
})  # fmt: skip
#: Words of a sentence about working for, joining or being considered by an organisation,
#: or about the interview with it.
JOB_CUES = frozenset({
    "role", "roles", "position", "positions", "job", "jobs", "opening", "openings",
    "opportunity", "opportunities", "team", "teams", "career", "careers", "work", "working",
    "join", "joining", "rejoin", "interview", "interviews", "interviewing", "interviewed",
    "vacancy",
    "vacancies", "post", "posts", "department", "company", "firm", "everyone", "colleagues",
    "somewhere", "future", "people", "folks", "crew", "family", "staff", "considered",
    "consider", "considering", "opens", "open", "something", "apply", "applying", "hire",
    "hired", "hiring", "employed", "part", "visit", "visiting", "tour", "meeting", "met",
    "meet", "having", "showing", "place", "contribute", "contributing", "lucky", "benefit",
    "congratulations", "congratulate", "hear", "hearing", "heard", "learn", "learning",
    "plans", "thank", "thanks", "grateful", "appreciated", "welcome", "day", "stay", "again",
    "expected", "better", "luck", "success", "wish", "wishes", "wishing", "mission", "culture",
    "values",
    "enjoyed", "afternoon", "morning", "fit", "fitting", "commitment", "committed", "keen",
    "passion", "passionate", "excited", "interest", "interested", "eager", "admire", "admired",
    "love", "proud", "aboard", "onboard",
    # training there as a trainee does, not as a course ("to train at X", "a traineeship with X")
    "train", "traineeship", "traineeships", "pupillage",
    # an offer to work there: "if X ever needs weekend cover, I'm available"
    "available", "availability", "cover", "shifts", "relief",
    # NOTE: the host who welcomed the writer in ("for welcoming me at X"), as "having me" is
    "welcoming", "hosting",
    # its unpaid people, as its staff ("how the volunteers at X care for their clients")
    "volunteers",
    # the same in the languages replies are written in ("futuras vacantes", "rejoindre l'équipe")
    "vacante", "vacantes", "puesto", "puestos", "equipo", "trabajar", "unirme", "empresa",
    "oportunidad", "oportunidades", "entrevista", "poste", "postes", "equipe", "équipe",
    "travailler", "rejoindre", "entreprise", "entretien", "stelle", "stellen", "arbeiten",
    "unternehmen", "vaga", "vagas", "trabalhar", "oportunidade", "vacature", "vacatures",
    "functie", "werken", "bedrijf", "posizione", "lavorare", "azienda", "squadra",
})  # fmt: skip
#: Nouns of something that happens at a place: "the interview at Altens" names a venue.
#: "We met at X", "I spoke to Dana at X": where the writer met the employer's people.
#: NOTE: "the interviews at X" (its rounds) as "the interview at X", here and in JOB_CUES
VENUES = frozenset({"interview", "interviews", "interviewed", "visit", "tour", "meeting", "day",
                    "afternoon", "morning", "met", "meet", "spoke", "spoken", "saw", "seen",
                    "chatted", "talked"})  # fmt: skip
#: Nouns after "like" that make the name the employer ("a crew like Corvane's").
LIKE_EMPLOYER = frozenset({
    "crew", "family", "team", "company", "firm", "place", "employer", "organisation",
    "organization", "somewhere", "business", "group", "outfit", "house", "agency",
})  # fmt: skip
#: Nouns after "join the X" that make X the people written to ("join the FlexZone family");
#: not "team" or "group", which may be a department ("join the Data team").
FAMILIES = frozenset({"family", "crew", "company", "firm", "business", "organisation",
                      "organization", "outfit", "community", "tribe", "ensemble",
                      "troupe"})  # fmt: skip
#: Words that make "from X" the employer's own answer ("I expected better from Datavance").
#: NOTE: not "back": "flew back from Frankfurt Airport" is a journey ("hear back from X" has "hear")
FROM_EMPLOYER = frozenset({"better", "more", "hear", "hearing", "heard", "news",
                            "response", "reply", "email", "decision", "rejection"})  # fmt: skip
SELF = frozenset({"i", "we", "currently", "still", "now", "been", "am", "i'm"})
#: The writer's own owners ("my team", "our crew", "X, my last employer").
MINE = frozenset({"my", "our"})
#: Words after "I was" or "I had" that make the clause about the writer's own job.
PAST_JOB = frozenset({"a", "an", "the", "at", "with", "in", "employed", "working", "worked",
                       "based", "there", "previously", "formerly", "on", "part"})  # fmt: skip
#: Words of being chosen or joining: "I was a little sad not to join" is about the employer.
JOINING = frozenset({"join", "joining", "rejoin", "considered", "chosen", "selected", "hired",
                      "offered"})  # fmt: skip
#: Nouns after an organisation's name that make it a client or a project of the employer
#: ("the Pellmore Retail engagement"), not the organisation written to.
PROJECTS = frozenset({
    "engagement", "account", "project", "pitch", "campaign", "contract", "deal", "case",
    "brief", "bid", "tender", "acquisition", "merger", "audit", "rollout", "launch",
    "integration", "partnership", "study", "portfolio", "client", "relationship",
    # creative and technical work done for a client ("the Kestrel Ferries rebrand I led")
    "rebrand", "rebranding", "redesign", "relaunch", "refit", "refurbishment", "migration",
    "implementation", "website", "identity",
    # what an agency makes or studies for a client ("the X book covers", "the X segmentation")
    "covers", "segmentation",
    # a client's procurement framework the employer works on ("the X Hospital frameworks")
    "framework", "frameworks",
    # a case the writer chose to show their work on ("the Harland Insurance example I used")
    "example", "examples",
    # advisory work on a client's own shape ("the Morwen Water restructuring")
    "restructuring", "restructure", "turnaround", "transformation", "reorganisation",
    "reorganization", "refinancing", "privatisation", "privatization",
    # a funder's grant or a client's contract renewed, a share of a contract's works ("the
    # X renewal", "the X work package")
    "renewal", "package",
    # goods traded for a client or under a scheme's label ("the X volumes for export")
    "volumes",
})  # fmt: skip
#: Nouns after an organisation's name that make it one the writer uses or deals with
#: ("a Solace Telecom customer", "a loyal Brightmoor member"), not the one written to.
PATRONS = frozenset({"customer", "customers", "user", "users", "subscriber", "member",
                     "members", "patient", "patients", "shopper", "supplier", "vendor",
                     "competitor", "partner"})  # fmt: skip
#: Nouns after an owner's name for what it gives the firm it owns ("the Halden Group backing").
#: NOTE: not "investment": "the X investment committee" is the investor's own people
OWNERS_SHARE = frozenset({"backing", "buyout", "takeover", "ownership", "stake", "umbrella"})
#: Nouns after a group's name for one of the firms it owns ("a Santoro Group company"), a
#: publisher's imprint or a record label among them.
GROUP_MEMBERS = frozenset({"company", "companies", "firm", "firms", "business", "businesses",
                           "brand", "brands", "subsidiary", "subsidiaries", "member", "imprint",
                           "imprints", "label", "labels"})  # fmt: skip
#: Nouns after a firm's name for what bears its name as a sponsor ("their new Tisza Bank
#: shirts", "the Harbour Insurance summer series"): the kit or event of a club or orchestra.
SPONSORED = frozenset({"shirt", "shirts", "kit", "kits", "jersey", "jerseys", "strip", "series",
                       "concerts"})  # fmt: skip
#: Nouns after a brand's name for what a firm sells or runs under it ("the Cask & Cairn
#: walks", "the Orchard & Oak ciders"): beside the employer's own name, the employer's brand.
OFFERINGS = frozenset({"walks", "tours", "trips", "range", "ranges", "menu", "menus", "products",
                       "collection", "collections", "packages", "holidays", "breaks", "beers",
                       "ales", "ciders", "wines", "spirits", "whiskies", "gins", "classes",
                       "courses", "experiences", "cruises", "flights", "routes", "app",
                       "apps", "label"})  # fmt: skip
#: Nouns after an organisation's name for a prize it gives ("the Wellspring Trust award"):
#: the employer won it; its giver is not the organisation written to.
#: NOTE: not a fellowship or a scholarship: a scheme one applies to, as a job is
PRIZES = frozenset({"award", "awards", "prize", "prizes", "medal", "medals", "grant"})
#: Nouns after a body's name for the advice it publishes ("the Chartered Institute of X
#: guidance on supporter journeys"): what the writer read of a professional or public body.
GUIDANCE = frozenset({"guidance", "guidelines", "handbook", "toolkit"})
#: Words of the hiring beside such advice ("the X guidance for candidates"): the employer's.
HIRING_READERS = frozenset({"candidate", "candidates", "applicant", "applicants", "interview",
                            "interviews", "application", "applications"})  # fmt: skip
#: Nouns after a brand's name for a business that runs it under licence ("running a Kettle &
#: Crumb franchise"): the brand the employer runs, not the organisation written to.
FRANCHISES = frozenset({
    "franchise", "franchises", "franchisee", "franchisees", "dealership", "dealerships",
    "concession", "concessions", "licensee", "licensees",
    # NOTE: and a chain's kind of store ("the new Quickmart Express format"): a brand of
    # stores the employer runs, as a franchise is
    "format", "formats",
})  # fmt: skip
#: Words before "for X" or "by X" that make X the employer ("considered by Northway").
WORK_FOR = frozenset(
    {
        "work",
        "working",
        "apply",
        "applying",
        "interviewing",
        "considered",
        "hired",
        "employed",
        "chosen",
        "selected",
        "job",
        "role",
        "position",
    }
)
#: Words of regret for a job lost, before "about" and its firm ("shame about X").
REGRETS = frozenset({"shame", "pity", "gutted", "disappointed", "bummed"})
#: Words of thanks or regards passed on to people ("my thanks to the X interview panel").
PASSED_THANKS = frozenset({"thanks", "thank", "grateful", "gratitude", "regards", "wishes"})
#: Words before "about X" that make X the employer ("still enthusiastic about Achmea").
#: NOTE: "what I love about X" in the present is what draws the writer to X; "what I loved
#: about X" may be a past employer's.
ABOUT_EMPLOYER = REGRETS | frozenset({"excited", "enthusiastic", "passionate", "thrilled", "keen",
                                      "love", "admire"})  # fmt: skip
#: Words before "to X" that make X the employer ("an asset to the Tribune").
TO_EMPLOYER = frozenset({"asset", "contribute", "contributing", "contribution", "addition",
                         "value"})  # fmt: skip
#: Words before "of X" that make X the employer in a sentence about the job ("an admirer of X").
ADMIRERS = frozenset({"admirer", "admirers", "fan", "fans"})
#: Words before "with X" that make X the employer ("grow with Loomwise", "a career with",
#: "the Weekend Supervisor role with X"; "my role with X" is the writer's own, see own_work).
WITH_EMPLOYER = frozenset({"grow", "growing", "career", "future", "aboard", "onboard", "board",
                           "role", "roles", "position", "positions", "job", "post", "vacancy",
                           "opening", "openings", "traineeship", "pupillage",
                           # NOTE: the chance given is the job's ("this opportunity with X")
                           "opportunity"})  # fmt: skip
#: What "X as a ..." makes a name other than the employer ("covered Fenwick as a client").
AS_OTHERS = frozenset({"client", "clients", "customer", "customers", "supplier", "vendor",
                       "competitor", "account", "partner", "portfolio"})  # fmt: skip
#: What only a company has, so that "the Greenway customer promise" names one.
TRAITS = frozenset({"promise", "mission", "values", "culture", "ethos", "brand"})
#: What a writer admires in a firm by its "'s" at a sentence's start ("Halcyon's commitment to
#: safety stood out"): a firm's name, though its word alone is English; NOTE: not "work" or
#: "news" ("Today's news"), which a day or a person has as well
ADMIRED_QUALITIES = TRAITS | frozenset({"commitment", "dedication", "approach", "reputation",
                                        "vision"})  # fmt: skip
#: Site words that name a group of people, which a firm has as much as a place does.
GROUPS = frozenset({"team", "department", "division", "desk", "project", "programme",
                    "program", "scheme"})  # fmt: skip
#: Words after a name that are not a noun it qualifies ("Acme is", "Acme one day").
FUNCTION_WORDS = frozenset({
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "and", "or", "but", "for", "to", "in", "at", "on", "of", "with",
    "from", "by", "as", "one", "again", "someday", "soon", "too", "also", "that",
    "who", "which", "where", "when", "if", "so", "because", "last", "next", "this",
    "does", "did", "do", "seems", "sounds", "looks", "feels", "really", "still", "always",
    # words that open a clause of time or condition ("the X whenever a paper comes in")
    "whenever", "wherever", "whether", "unless", "until", "while", "although", "though",
})  # fmt: skip
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "and", "but", "so", "because", "while",
                            "although", "though", "whereas", "-", "\u2013", "\u2014"})  # fmt: skip
PAST = frozenset({"wrote", "led", "ran", "built", "was", "were", "had", "spent", "taught",
                   "made", "did", "took", "grew", "won", "got", "saw", "sold", "oversaw",
                   "kept", "brought", "learnt", "worked", "managed", "learned"})  # fmt: skip
#: Nouns after "my" or "our" that make "my work at X" the writer's own past or present.
OWN_WORK = frozenset({"work", "job", "jobs", "role", "position", "post", "time", "years",
                      "days", "tenure", "projects", "stint", "placement", "internship", "career",
                      "registration", "membership", "training", "research", "studies",
                      "fellowship", "residency", "apprenticeship", "volunteering",
                      "co-op", "term", "secondment", "phd", "doctorate", "dphil",
                      "postdoc", "masters", "degree"})  # fmt: skip
#: Words after "my" or "our" of the job sought, its hiring or its people, not the writer's own
#: past ("my interview at X", "my chances at X", "my future colleagues at X"); with the
#: venues and the hiring's tasks, the rest of "my <noun> at X" is the writer's own.
SOUGHT = VENUES | frozenset({
    "interviews", "interviewer", "interviewers", "panel", "recruiter", "contact", "contacts",
    "candidacy", "chance", "chances", "shot", "go", "attempt", "bid", "prospects", "start",
    "place", "future", "next", "new", "potential", "prospective", "possible", "offer",
    "opportunity", "onboarding", "conversation", "conversations", "chat", "call", "session",
    "experience", "journey", "hope", "hopes", "dream", "dreams", "goal", "goals", "visits",
})  # fmt: skip
#: Prepositions before a name that make it a region ("across the Nordics").
ACROSS = frozenset({"across", "throughout"})
#: Verbs of a career still to come ("start my career at X", "grow my career with X").
CAREER_AHEAD = frozenset({"start", "begin", "launch", "build", "grow", "continue", "develop",
                          "starting", "beginning", "launching", "building", "growing"})  # fmt: skip

# The readings above in the other languages replies are written in, partly or wholly
# (French, German, Spanish). Each word is read as the English cue word it stands for, so
# that one reading serves every language (see _clauses.in_english); only words no English
# sentence uses are listed, so that an English letter reads as before.
#: A foreign cue word and the English one it is read as.
ABROAD = {
    # the writer's own past: "cinq ans chez X", "drei Jahre bei X", "cinco años en X"
    "chez": "at", "bei": "at", "beim": "at",
    "ans": "years", "années": "years", "jahre": "years", "jahren": "years", "años": "years",
    "mois": "months", "monate": "months", "monaten": "months", "meses": "months",
    "travaillé": "worked", "gearbeitet": "worked", "trabajé": "worked", "trabajado": "worked",
    "trabajaba": "worked", "travaillais": "worked", "arbeitete": "worked",
    "étudié": "studied", "studiert": "studied", "estudié": "studied",
    # joining: "rejoindre X", "X beizutreten", "unirme a X"
    "rejoindre": "join", "intégrer": "join", "beitreten": "join", "beizutreten": "join",
    "unirme": "join", "incorporarme": "join",
    # wishes to a team: "mucho éxito a todo el equipo de X", "viel Erfolg dem Team von X"
    "éxito": "success", "erfolg": "success", "succès": "success", "suerte": "luck",
    "equipo": "team", "équipe": "team", "l'équipe": "team",
}  # fmt: skip
#: Words that tie a team or a work to its organisation ("l'équipe de X", "dem Team von X"),
#: read as "at" after a team ("the team at X").
OF_ABROAD = frozenset({"de", "d'", "du", "des", "del", "von", "vom"})
#: Nouns of an organisation's work, admired in "die Arbeit von X hat mich beeindruckt",
#: "le travail de X m'impressionne", "el trabajo de X me inspira".
WORKS_ABROAD = frozenset({"arbeit", "arbeiten", "travail", "travaux", "trabajo", "trabajos"})
#: Words of admiring that work ("beeindruckt", "impressionne", "admiro").
ADMIRING_ABROAD = frozenset({
    "beeindruckt", "beeindruckend", "bewundere", "bewundert", "fasziniert", "begeistert",
    "impressionne", "impressionné", "impressionnée", "admiré", "inspiré",
    "impresionó", "impresiona", "impresionado", "impresionada", "admiro", "admirado",
    "inspira", "inspiró",
})  # fmt: skip
#: Capitalised nouns that open "Arbeit von X" or "Equipo de X" before a name: not the name's.
HEADS_ABROAD = WORKS_ABROAD | {w for w, english in ABROAD.items() if english == "team"}

#: Modal verbs of a future that did not come, or may ("X would have been", "where my
#: experience would count", "I could thrive at X").
MODALS = frozenset({"would", "could", "can", "will", "'d", "’d", "might"})
#: Owners other than the reader ("my old firm X", "their team at X").
OTHER_OWNERS = frozenset({"my", "our", "his", "her", "their"})
#: Every owner of a thing, the reader's too ("your blog at X").
OWNERS = OTHER_OWNERS | {"your"}


#: Words before a place toured ("the tour of the X kitchen", "a visit to the X plant").
_TOURED = (["tour", "of"], ["visit", "to"], ["look", "round"], ["look", "around"],
           ["walk", "through"], ["walkthrough", "of"], ["tour", "around"])  # fmt: skip
#: Verbs of being shown round a place ("shown around the X studio", "took me round").
_SHOWN = frozenset({"shown", "showing", "show", "showed", "took", "taking", "me", "us"})


def shown_round(lead: list[str]) -> bool:
    """Return True when the words before a name tour it ("the tour of", "shown round")."""
    return lead[-2:] in _TOURED or (lead[-1:] in (["round"], ["around"], ["through"])
                                   and bool(_SHOWN.intersection(lead[-4:-1])))  # fmt: skip


#: A time of the year, or the reader going, right after the name: an event's ("this summer").
#: NOTE: "this" or "next" before a month too ("meet at X next January"): a yearly event's date;
#: and "later this year": a date to come as well
_MONTHS = ("(?:january|february|march|april|may|june|july|august|september|october|november"
           "|december)")  # fmt: skip
EVENT_TIME = re.compile(
    rf"(?:later )?(?:this|next) (?:spring|summer|autumn|fall|winter|year|{_MONTHS})\b"
    rf"|in {_MONTHS}\b|if you ?(?:'re|are|’re) (?:going|attending|there)\b"
)
