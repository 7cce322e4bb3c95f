#!/usr/bin/env python3
"""Seeded generator of a synthetic maillage corpus for the build benchmark.

    python bench/generate.py --count 5000 --out /tmp/corpus [--seed 42]

Writes N items (about 40 % events, 30 % blog posts, 15 % chronicles, 15 %
directory entries) as Markdown files with YAML front matter following
shared/content-model.md, plus ``pages/a-propos.md`` and the empty folders
``missions/``, ``data/`` and ``images/``.  The same seed always gives
byte-identical files.  Only the standard library is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

# city -> (postal prefix, streets)
CITIES = {
    "Rimouski": ("G5L", ["rue Saint-Germain Est", "avenue de la Cathédrale", "boulevard René-Lepage Est"]),
    "Matane": ("G4W", ["avenue Saint-Jérôme", "rue Saint-Pierre", "boulevard Dion"]),
    "Québec": ("G1R", ["rue Saint-Jean", "boulevard René-Lévesque Est", "rue Saint-Joseph Est"]),
    "Montréal": ("H2X", ["boulevard Saint-Laurent", "rue Sainte-Catherine Ouest", "avenue du Mont-Royal Est"]),
    "Sherbrooke": ("J1H", ["rue King Ouest", "rue Wellington Nord", "boulevard de Portland"]),
    "Gatineau": ("J8X", ["rue Laurier", "boulevard Saint-Joseph", "rue Principale"]),
    "Trois-Rivières": ("G9A", ["rue des Forges", "boulevard des Récollets", "rue Royale"]),
    "Drummondville": ("J2B", ["rue Lindsay", "boulevard Saint-Joseph", "rue Heriot"]),
    "Saguenay": ("G7H", ["rue Racine Est", "boulevard Talbot", "rue Price Ouest"]),
    "Rouyn-Noranda": ("J9X", ["avenue Principale", "rue Perreault Est", "boulevard Rideau"]),
    "Lévis": ("G6V", ["rue Saint-Laurent", "boulevard Guillaume-Couture", "côte du Passage"]),
    "Laval": ("H7N", ["boulevard Saint-Martin Ouest", "boulevard Le Carrefour", "rue Laurier"]),
    "Longueuil": ("J4K", ["rue Saint-Charles Ouest", "chemin de Chambly", "boulevard Roland-Therrien"]),
    "Gaspé": ("G4X", ["rue de la Reine", "montée Sandy Beach", "boulevard de York Ouest"]),
    "Sept-Îles": ("G4R", ["avenue Brochu", "boulevard Laure", "rue Arnaud"]),
    "Saint-Jérôme": ("J7Z", ["rue Saint-Georges", "rue De Martigny Ouest", "boulevard des Laurentides"]),
    "Joliette": ("J6E", ["boulevard Manseau", "rue Notre-Dame", "place Bourget Sud"]),
    "Granby": ("J2G", ["rue Principale", "rue Dufferin", "boulevard Leclerc Ouest"]),
}
CITY_NAMES = list(CITIES)

AUTHORS = [
    "Marie-Ève Tremblay", "Jean-François Gagnon", "Sophie Bouchard", "Mathieu Côté",
    "Isabelle Gauthier", "Étienne Morin", "Geneviève Lavoie", "Olivier Fortin",
    "Catherine Gagné", "Alexandre Ouellet", "Julie Pelletier", "Maxime Bélanger",
    "Audrey Lévesque", "Simon Bergeron", "Valérie Leblanc", "Philippe Paquette",
    "Annie Girard", "Nicolas Simard", "Mélanie Boucher", "François Caron",
    "Karine Beaulieu", "Louis-Philippe Cloutier", "Émilie Dubé", "Samuel Poirier",
]

CATEGORIES = [
    "Ressources humaines", "Ventes et mercatique", "Numérique", "Financement",
    "Innovation", "Développement régional", "Entrepreneuriat", "Intelligence artificielle",
    "Économie sociale", "Culture", "Éducation", "Exportation",
]

TAGS = [
    "pme", "numérique", "intelligence artificielle", "cybersécurité", "financement",
    "recrutement", "économie circulaire", "données ouvertes", "logiciel libre",
    "exportation", "tourisme", "agriculture", "commerce de détail", "télétravail",
    "accessibilité", "formation", "réseautage", "relève", "innovation sociale",
    "transition énergétique", "culture", "jeunesse", "femmes entrepreneures",
    "startups", "coopératives",
]

TOPICS = [
    "démarrer son entreprise en région",
    "l'intelligence artificielle au service des PME",
    "la cybersécurité pour les organismes communautaires",
    "le financement participatif",
    "recruter et retenir les talents",
    "la transformation numérique du commerce de détail",
    "réussir sa présence sur les réseaux sociaux",
    "les données ouvertes municipales",
    "l'économie circulaire en entreprise",
    "exporter vers l'Europe",
    "protéger sa propriété intellectuelle",
    "le télétravail en région",
    "l'accessibilité web",
    "la gestion de projet agile",
    "vendre en ligne",
    "le logiciel libre dans les municipalités",
    "l'entrepreneuriat collectif",
    "la relève agricole",
    "le tourisme durable",
    "la comptabilité des travailleurs autonomes",
    "la transition énergétique des entreprises",
    "l'automatisation des tâches administratives",
    "le mentorat d'affaires",
    "la francisation en milieu de travail",
]

EVENT_TITLES = [
    "Atelier : {topic}",
    "Conférence — {topic}",
    "Midi-conférence : {topic}",
    "Formation : {topic}",
    "Webinaire : {topic}",
    "Table ronde sur {topic}",
    "5 à 7 réseautage à {city}",
    "Hackathon {theme} {year}",
    "Journée {theme} de {city}",
    "Rencontre mensuelle des entrepreneurs de {city}",
    "Matinée d'affaires : {topic}",
    "Forum régional sur {topic}",
]
THEMES = ["numérique", "innovation", "données ouvertes", "économie sociale", "culture",
          "entrepreneuriat", "cybersécurité", "tourisme"]

BLOG_TITLES = [
    "{n} conseils pour {topic_inf}",
    "Retour sur notre journée à {city}",
    "Pourquoi {topic} change la donne",
    "Portrait : {person}, entrepreneure à {city}",
    "Portrait : {person}, fondateur d'une jeune pousse à {city}",
    "Ce qu'il faut retenir du forum de {city}",
    "Guide pratique : {topic}",
    "Les bonnes pratiques pour {topic_inf}",
    "Nouveau programme d'accompagnement à {city}",
    "Bilan de l'année {year} à {city}",
]
TOPICS_INF = [
    "réussir sa première levée de fonds", "recruter en région", "sécuriser ses données",
    "vendre en ligne", "trouver un mentor", "exporter ses produits", "mieux gérer sa trésorerie",
    "attirer des travailleurs qualifiés", "lancer une coopérative", "publier des données ouvertes",
    "rendre son site accessible", "planifier sa relève",
]

SERIES_TITLES = [
    "Numériser sa PME", "Le guide de l'exportation", "Entreprendre en région",
    "L'IA sans jargon", "Financer son projet", "Cybersécurité au quotidien",
]

COLUMNS = [
    "Chronique numérique", "Chronique régions", "Chronique entrepreneuriat",
    "Le billet RH", "Chronique économie sociale",
]
CHRONICLE_TITLES = [
    "Ce que {topic} nous apprend",
    "Et si on parlait de {topic} ?",
    "{topic_cap} : un regard de {city}",
    "Lettre ouverte sur {topic}",
    "Trois questions sur {topic}",
    "Notes de terrain : {city}",
]

DIRECTORY_NAMES = {
    "organization": ["Groupe conseil {word} de {city}", "Solutions {word} {city}", "{word} Technologies {city}"],
    "association": ["Association des entrepreneurs de {city}", "Regroupement des gens d'affaires de {city}",
                    "Association {word} de {city}"],
    "meetup": ["Meetup Python {city}", "Rencontres {word} de {city}", "Club des développeurs de {city}",
               "Communauté UX {city}"],
    "incubator": ["Incubateur {word} de {city}", "Accélérateur d'entreprises de {city}",
                  "Zone d'innovation {word} {city}"],
    "coworking": ["Espace de travail partagé {word} de {city}", "Coworking Le {word} — {city}",
                  "La Ruche {word} de {city}"],
    "public-body": ["Société de développement économique de {city}", "Service de développement de {city}",
                    "Corporation de développement {word} de {city}"],
    "media": ["Radio communautaire de {city}", "Le Journal {word} de {city}", "Télé communautaire de {city}"],
}
DIRECTORY_KINDS = list(DIRECTORY_NAMES)
NAME_WORDS = ["Boréal", "Horizon", "Quai", "Phare", "Fleuve", "Carrefour", "Sentier", "Atelier",
              "Lumière", "Érable", "Nordet", "Marée", "Alliance", "Archipel", "Cap"]
MEETS = ["chaque premier jeudi du mois", "un mardi sur deux, en soirée", "le dernier mercredi du mois",
         "chaque lundi midi", "tous les deux mois, le samedi matin"]

VENUES = ["Bibliothèque municipale de {city}", "Centre des congrès de {city}", "Cégep de {city}",
          "Maison de la culture de {city}", "Hôtel de ville de {city}", "Chambre de commerce de {city}",
          "Salle communautaire Saint-Joseph", "Espace coworking Le Quai"]
PLATFORMS = ["Zoom", "Microsoft Teams", "Jitsi Meet", "YouTube", "Google Meet"]

HEADINGS = [
    "Pourquoi c'est important", "Ce qu'il faut savoir", "Le contexte régional", "Les étapes",
    "Programme", "À qui s'adresse cette activité", "Ce que nous avons appris", "Les chiffres clés",
    "Pour aller plus loin", "Témoignages", "Les prochaines étapes", "Nos recommandations",
]

SENTENCES = [
    "Les petites entreprises représentent la majorité des employeurs de la région.",
    "La transformation numérique n'est pas une affaire de technologie, mais d'organisation.",
    "Plusieurs organismes offrent un accompagnement gratuit aux entrepreneurs qui démarrent.",
    "Nous avons rencontré une trentaine de personnes venues de toute la région.",
    "Le manque de main-d'œuvre oblige les employeurs à revoir leurs façons de recruter.",
    "Cette rencontre permettra d'échanger avec des gens d'affaires qui ont vécu la même situation.",
    "Les participants repartiront avec des outils concrets et des ressources à consulter.",
    "La région compte de nombreuses initiatives qui méritent d'être mieux connues.",
    "Il est souvent plus simple de commencer petit et d'ajuster en cours de route.",
    "Les municipalités publient de plus en plus de données ouvertes sur leurs services.",
    "Une bonne stratégie commence par une question simple : à qui voulons-nous parler ?",
    "Les entreprises qui investissent dans la formation fidélisent mieux leur personnel.",
    "Le télétravail a ouvert de nouvelles possibilités pour les talents qui vivent en région.",
    "Il faut prévoir un budget pour la maintenance, et pas seulement pour le lancement.",
    "La collaboration entre les organismes évite de dédoubler les efforts.",
    "Le financement existe, mais il faut savoir frapper à la bonne porte.",
    "Nos partenaires ont partagé leurs réussites, mais aussi leurs échecs.",
    "La cybersécurité concerne autant les petites organisations que les grandes.",
    "Un mot de passe unique et l'authentification à deux facteurs règlent déjà bien des problèmes.",
    "Les jeunes entrepreneurs cherchent surtout du mentorat et un réseau de contacts.",
    "Le commerce en ligne permet de joindre une clientèle bien au-delà de la région.",
    "Les coopératives offrent un modèle intéressant pour la reprise d'entreprises.",
    "L'activité se déroulera en français, avec un temps d'échange à la fin.",
    "Les places sont limitées : nous vous invitons à vous inscrire rapidement.",
    "Un léger goûter sera servi sur place.",
    "La présentation sera suivie d'une période de questions.",
    "Les diapositives seront disponibles après l'événement.",
    "Nous remercions chaleureusement nos partenaires pour leur soutien.",
    "Le projet a été rendu possible grâce à l'appui du milieu.",
    "Les résultats dépassent nos attentes pour une première édition.",
    "Cette démarche s'inscrit dans la stratégie de développement économique de la région.",
    "Chaque entreprise avance à son rythme, et c'est très bien ainsi.",
    "L'intelligence artificielle peut automatiser des tâches répétitives sans remplacer le jugement humain.",
    "Avant d'acheter un logiciel, il vaut la peine de définir clairement ses besoins.",
    "Les données d'une entreprise sont un actif qu'il faut protéger et valoriser.",
    "Un site web accessible est aussi un site mieux référencé et plus facile à utiliser.",
    "Les organismes communautaires jouent un rôle essentiel dans la vitalité des quartiers.",
    "La relève est un enjeu majeur pour les entreprises familiales.",
    "Plusieurs programmes publics soutiennent l'exportation vers les marchés européens.",
    "L'économie circulaire transforme les déchets des uns en ressources pour les autres.",
    "Le tourisme durable attire une clientèle soucieuse de son empreinte écologique.",
    "Il est essentiel de mesurer les résultats pour savoir ce qui fonctionne vraiment.",
    "Les échanges ont été riches et les idées n'ont pas manqué.",
    "On a beaucoup parlé de confiance, de transparence et de communication.",
    "La prochaine édition aura lieu au printemps, dans une autre ville de la région.",
    "Le comité organisateur est formé entièrement de bénévoles.",
    "Vous avez une idée de projet ? Parlez-en à notre équipe.",
    "Les entrepreneures sont de plus en plus nombreuses à se lancer en affaires.",
    "La francisation des nouveaux arrivants favorise leur intégration au travail.",
    "Un bon plan d'affaires reste l'outil de base pour convaincre un prêteur.",
    "Les réseaux sociaux ne remplacent pas une infolettre bien entretenue.",
    "Le logiciel libre permet aux municipalités de partager leurs développements.",
]

LIST_ITEMS = [
    "faire le point sur ses besoins réels", "consulter les programmes de financement disponibles",
    "former son équipe aux bonnes pratiques", "mesurer les résultats chaque trimestre",
    "s'entourer d'un mentor d'expérience", "documenter ses processus",
    "sauvegarder ses données hors site", "préparer un budget réaliste",
    "rencontrer les acteurs économiques de la région", "tester son idée auprès de vrais clients",
    "prévoir une période d'essai", "demander l'avis de ses employés",
    "activer l'authentification à deux facteurs", "mettre à jour ses logiciels",
    "répondre rapidement aux demandes des clients", "soigner l'accueil des nouveaux employés",
]

LINKS = [
    ("le portail Québec.ca", "https://www.quebec.ca/"),
    ("Données Québec", "https://www.donneesquebec.ca/"),
    ("le guide complet", "https://guide.example.org/"),
    ("la programmation détaillée", "https://programme.example.org/"),
    ("notre infolettre", "https://infolettre.example.org/"),
    ("le formulaire d'inscription", "https://inscription.example.org/"),
    ("la page des ressources", "https://ressources.example.org/"),
]

TODAY = dt.datetime(2026, 11, 23, 12, 0)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def slugify(text: str, max_len: int = 70) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(text) > max_len:
        text = text[:max_len].rsplit("-", 1)[0]
    return text or "item"


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def fmt_dt(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M")


def fmt_pub(d: dt.datetime) -> str:
    # `date` carries seconds: the content model allows them, and Hugo (the
    # benchmark's baseline) cannot parse a date-time without them.
    return d.strftime("%Y-%m-%d %H:%M:%S")


def fmt_d(d: dt.date) -> str:
    return d.strftime("%Y-%m-%d")


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used_slugs: set[str] = set()

    # -- small pickers ---------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, lo, hi):
        return self.rng.sample(seq, self.rng.randint(lo, hi))

    def unique_slug(self, title: str) -> str:
        base = slugify(title)
        slug, n = base, 2
        while slug in self.used_slugs:
            slug = f"{base}-{n}"
            n += 1
        self.used_slugs.add(slug)
        return slug

    def rand_datetime(self, start: dt.datetime, end: dt.datetime) -> dt.datetime:
        span = int((end - start).total_seconds() // 60)
        d = start + dt.timedelta(minutes=self.rng.randrange(span))
        return d.replace(minute=self.pick([0, 0, 15, 30, 45]), second=0)

    def pub_date(self, start: dt.datetime, end: dt.datetime) -> str:
        d = self.rand_datetime(start, end)
        return fmt_d(d) if self.rng.random() < 0.2 else fmt_pub(d)

    def tags(self) -> list[str]:
        return self.sample(TAGS, 1, 4)

    def authors(self, lo=1, hi=2) -> list[str]:
        return self.sample(AUTHORS, lo, hi)

    def topic_title(self, template: str, **extra) -> str:
        topic = self.pick(TOPICS)
        values = dict(
            topic=topic, topic_cap=topic[0].upper() + topic[1:], topic_inf=self.pick(TOPICS_INF),
            city=self.pick(CITY_NAMES), theme=self.pick(THEMES), year=self.rng.randint(2019, 2027),
            n=self.rng.randint(3, 10), person=self.pick(AUTHORS), word=self.pick(NAME_WORDS),
        )
        values.update(extra)
        return template.format(**values)

    # -- body ------------------------------------------------------------
    def paragraph(self, lo=3, hi=5) -> str:
        sentences = self.sample(SENTENCES, lo, hi)
        if self.rng.random() < 0.35:
            label, url = self.pick(LINKS)
            i = self.rng.randrange(len(sentences))
            if sentences[i].endswith("."):
                sentences[i] = sentences[i][:-1] + f" (voir [{label}]({url}))."
            else:
                sentences.insert(i + 1, f"Voir [{label}]({url}).")
        return " ".join(sentences)

    def body(self, target: int) -> str:
        blocks = [self.paragraph(4, 6)]
        headings = self.rng.sample(HEADINGS, len(HEADINGS))
        words = lambda: sum(len(b.split()) for b in blocks)  # noqa: E731
        while words() < target:
            blocks.append("## " + headings.pop() if headings else "## " + self.pick(HEADINGS))
            blocks.append(self.paragraph())
            r = self.rng.random()
            if r < 0.4:
                items = self.sample(LIST_ITEMS, 3, 5)
                blocks.append("\n".join(f"- {i[0].upper()}{i[1:]} ;" for i in items[:-1])
                              + f"\n- {items[-1][0].upper()}{items[-1][1:]}.")
            elif r < 0.6:
                items = self.sample(LIST_ITEMS, 3, 4)
                blocks.append("\n".join(f"{n}. {i[0].upper()}{i[1:]}." for n, i in enumerate(items, 1)))
            elif r < 0.7:
                label, url = self.pick(LINKS)
                blocks.append(f"> {self.pick(SENTENCES)}\n\nPour en savoir plus, consultez [{label}]({url}).")
            if words() < target:
                blocks.append(self.paragraph(2, 4))
        return "\n\n".join(blocks) + "\n"

    def body_words(self) -> int:
        return self.rng.randint(420, 480)


# --------------------------------------------------------------------------
# Item builders: each returns (slug, list of front-matter lines, body)
# --------------------------------------------------------------------------

def yaml_list(items) -> str:
    return "[" + ", ".join(q(i) for i in items) + "]"


def make_directory(g: Gen):
    kind = g.pick(DIRECTORY_KINDS)
    city = g.pick(CITY_NAMES)
    title = g.topic_title(g.pick(DIRECTORY_NAMES[kind]), city=city)
    slug = g.unique_slug(title)
    lines = [
        f"title: {q(title)}",
        f"date: {g.pub_date(dt.datetime(2018, 1, 1), TODAY)}",
        f"slug: {slug}",
        f"kind: {kind}",
        f"city: {q(city)}",
        f"website: https://{slug}.example.org/",
    ]
    if g.rng.random() < 0.6:
        lines.append(f"email: info@{slug}.example.org")
    if g.rng.random() < 0.5:
        nets = g.sample(["linkedin", "mastodon", "bluesky", "facebook", "youtube"], 1, 3)
        hosts = {"linkedin": "https://www.linkedin.com/company/{s}",
                 "mastodon": "https://mastodon.example.org/@{s}",
                 "bluesky": "https://bsky.app/profile/{s}.example.org",
                 "facebook": "https://www.facebook.com/{s}",
                 "youtube": "https://www.youtube.com/@{s}"}
        lines.append("social:")
        lines += [f"  {n}: {hosts[n].format(s=slug)}" for n in sorted(nets)]
    lines.append("languages: [fr, en]" if g.rng.random() < 0.25 else "languages: [fr]")
    lines.append(f"tags: {yaml_list(g.tags())}")
    if kind == "meetup":
        lines.append(f"meets: {q(g.pick(MEETS))}")
    return slug, lines, g.body(g.body_words())


def make_event(g: Gen, organizers: list[str]):
    city = g.pick(CITY_NAMES)
    title = g.topic_title(g.pick(EVENT_TITLES), city=city)
    slug = g.unique_slug(title)
    fmt = g.rng.choices(["in-person", "online", "hybrid"], [6, 2, 2])[0]
    day = g.rand_datetime(dt.datetime(2024, 1, 1), dt.datetime(2027, 6, 30)).date()
    if g.rng.random() < 0.75:  # timed
        hour, minute = g.pick([(8, 30), (9, 0), (10, 0), (11, 45), (12, 0), (13, 30), (17, 0), (18, 0), (19, 0)])
        start = dt.datetime.combine(day, dt.time(hour, minute))
        end = start + dt.timedelta(minutes=g.pick([60, 90, 120, 180, 240]))
        start_s, end_s = fmt_dt(start), fmt_dt(end)
        announce_base = start
    else:  # all-day, sometimes several days
        end_day = day + dt.timedelta(days=g.pick([0, 0, 1, 2]))
        start_s, end_s = fmt_d(day), fmt_d(end_day)
        announce_base = dt.datetime.combine(day, dt.time(9, 0))
    announce = min(announce_base - dt.timedelta(days=g.rng.randint(10, 90)),
                   TODAY - dt.timedelta(days=1))
    announce = announce.replace(hour=g.rng.randint(7, 17), minute=g.pick([0, 15, 30, 45]))
    lines = [
        f"title: {q(title)}",
        f"date: {fmt_pub(announce)}",
        f"slug: {slug}",
        f"authors: {yaml_list(g.authors(1, 1))}",
        f"category: {q(g.pick(CATEGORIES))}",
        f"tags: {yaml_list(g.tags())}",
        f"start: {start_s}",
        f"end: {end_s}",
        f"format: {fmt}",
    ]
    if fmt in ("in-person", "hybrid"):
        prefix, streets = CITIES[city]
        postal = f"{prefix} {g.rng.randint(1, 9)}{g.pick('ABCEGHJKLMNPRSTVWXYZ')}{g.rng.randint(1, 9)}"
        lines += [
            "venue:",
            f"  name: {q(g.pick(VENUES).format(city=city))}",
            f"  address: {q(str(g.rng.randint(10, 2500)) + ', ' + g.pick(streets))}",
            f"  city: {q(city)}",
            f"  postal_code: {postal}",
        ]
    if fmt in ("online", "hybrid"):
        lines += [
            "online:",
            f"  url: https://visio.example.org/{slug}" if g.rng.random() < 0.7 else '  url: ""',
            f"  platform: {g.pick(PLATFORMS)}",
        ]
    if organizers and g.rng.random() < 0.85:
        lines.append(f"organizer: {g.pick(organizers)}")
    price = g.pick([0, 0, 0, 10, 15, 25, 49.99, 75, 120])
    lines += [
        "registration:",
        f"  url: https://billets.example.org/{slug}",
        f"  price: {price}",
        "  currency: CAD",
    ]
    if g.rng.random() < 0.2:
        lines.append("languages: [fr, en]")
    if g.rng.random() < 0.4:
        lines.append("speakers:")
        for name in g.sample(AUTHORS, 1, 3):
            lines += [f"  - name: {q(name)}",
                      f"    affiliation: {q(g.pick(DIRECTORY_NAMES['association']).format(city=g.pick(CITY_NAMES), word=g.pick(NAME_WORDS)))}"]
    return slug, lines, g.body(g.body_words())


def make_blog(g: Gen, series: tuple[str, int] | None, date: str | None):
    title = g.topic_title(g.pick(BLOG_TITLES))
    if series:
        title = f"{series[0]}, partie {series[1]} : {g.pick(TOPICS_INF)}"
    slug = g.unique_slug(title)
    lines = [
        f"title: {q(title)}",
        f"date: {date or g.pub_date(dt.datetime(2019, 1, 1), TODAY)}",
        f"slug: {slug}",
        f"authors: {yaml_list(g.authors())}",
        f"category: {q(g.pick(CATEGORIES))}",
        f"tags: {yaml_list(g.tags())}",
    ]
    if g.rng.random() < 0.3:
        lines.append(f"summary: {q(g.pick(SENTENCES))}")
    if series:
        lines += [f"series: {q(series[0])}", f"series_index: {series[1]}"]
    return slug, lines, g.body(g.body_words())


def make_chronicle(g: Gen):
    column = g.pick(COLUMNS)
    title = g.topic_title(g.pick(CHRONICLE_TITLES))
    slug = g.unique_slug(title)
    lines = [
        f"title: {q(title)}",
        f"date: {g.pub_date(dt.datetime(2019, 1, 1), TODAY)}",
        f"slug: {slug}",
        f"column: {q(column)}",
        f"authors: {yaml_list(g.authors(1, 1))}",
        f"category: {q(g.pick(CATEGORIES))}",
        f"tags: {yaml_list(g.tags())}",
    ]
    return slug, lines, g.body(g.body_words())


ABOUT = """\
---
title: "À propos"
slug: a-propos
---

Maillage est le carrefour des communautés d'affaires, numériques et sociales du Québec. Le site
rassemble les événements, les nouvelles, les chroniques et le répertoire des organismes de toutes
les régions.

## Notre mission

Faire connaître les initiatives locales, relier les gens qui travaillent sur les mêmes enjeux et
rendre l'information accessible à tous, en français d'abord.

## Nous joindre

Écrivez-nous à [info@maillage.example.org](mailto:info@maillage.example.org).
"""


def write(path: Path, lines: list[str], body: str) -> None:
    path.write_text("---\n" + "\n".join(lines) + "\n---\n\n" + body, encoding="utf-8")


def split_counts(n: int) -> dict[str, int]:
    d = round(n * 0.15)
    c = round(n * 0.15)
    b = round(n * 0.30)
    e = n - d - c - b
    if e > 0 and d == 0 and n > 1:
        d, e = 1, e - 1
    return {"directory": d, "chronicles": c, "blog": b, "events": e}


def generate(count: int, out: Path, seed: int = 42) -> dict[str, int]:
    g = Gen(seed)
    for sub in ("events", "blog", "chronicles", "directory", "pages", "missions", "data", "images"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    counts = split_counts(count)

    organizers = []
    for _ in range(counts["directory"]):
        slug, lines, body = make_directory(g)
        organizers.append(slug)
        write(out / "directory" / f"{slug}.md", lines, body)

    for _ in range(counts["events"]):
        slug, lines, body = make_event(g, organizers)
        write(out / "events" / f"{slug}.md", lines, body)

    # Blog posts: about a tenth belong to a series of 2-4 parts with increasing dates.
    remaining = counts["blog"]
    series_no = 0
    while remaining > 0:
        if remaining >= 2 and g.rng.random() < 0.04:
            parts = min(g.rng.randint(2, 4), remaining)
            series_no += 1
            base = SERIES_TITLES[(series_no - 1) % len(SERIES_TITLES)]
            name = base if series_no <= len(SERIES_TITLES) else f"{base} ({(series_no - 1) // len(SERIES_TITLES) + 1})"
            first = g.rand_datetime(dt.datetime(2019, 1, 1), TODAY - dt.timedelta(days=200))
            for i in range(1, parts + 1):
                date = fmt_pub(first + dt.timedelta(days=30 * (i - 1)))
                slug, lines, body = make_blog(g, (name, i), date)
                write(out / "blog" / f"{slug}.md", lines, body)
            remaining -= parts
        else:
            slug, lines, body = make_blog(g, None, None)
            write(out / "blog" / f"{slug}.md", lines, body)
            remaining -= 1

    for _ in range(counts["chronicles"]):
        slug, lines, body = make_chronicle(g)
        write(out / "chronicles" / f"{slug}.md", lines, body)

    (out / "pages" / "a-propos.md").write_text(ABOUT, encoding="utf-8")
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of items")
    ap.add_argument("--out", type=Path, required=True, help="output content directory")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--clean", action="store_true", help="remove OUT first if it exists")
    args = ap.parse_args(argv)
    if args.clean and args.out.exists():
        shutil.rmtree(args.out)
    counts = generate(args.count, args.out, args.seed)
    print(" ".join(f"{k}={v}" for k, v in counts.items()), "->", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
