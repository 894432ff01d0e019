"""Every label a user sees, in English and French, and how the reader's language is chosen.

`label(key, language, **params)` is the one place the bot's own words live (facts, quotes and the
attribution lines are the fact base's and provenance's). Every key has both languages; a test walks the
catalogue and every page the bot can build to check that no English label leaks into a French page.

Nothing here knows Discord: a Discord locale arrives as its code ("fr", "en-US").
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from bot.core.language import DEFAULT_LANGUAGE, detect_language
from bot.core.models import Fact, KnowledgeBase, Topic
from bot.core.text import fold

LANGUAGES: tuple[str, ...] = ("en", "fr")

# ---------------------------------------------------------------------------------------------- the catalogue
# key: (English, French). Parameters are str.format fields; a command is written {cmd_NAME} and becomes
# the command's name in the reader's language (Discord shows French clients the French names).

CATALOGUE: Mapping[str, tuple[str, str]] = {
    # answers
    "answer.title": ("From the articles", "D'après les articles"),
    "discrepancy.title": ("Where the articles differ", "Où les articles divergent"),
    "discrepancy.subject": ("*Where the articles differ:* {subject}", "*Où les articles divergent :* {subject}"),
    "when": ("*When:* {when}", "*Quand :* {when}"),
    "when.plain": ("When: {when}", "Quand : {when}"),
    "reach": (
        "Reported by {count} of {total} articles.",
        "Rapporté par {count} des {total} articles.",
    ),
    "claim_by": ("claim by {who}", "source : {who}"),
    "says": ("**Says:** {position}", "**Version :** {position}"),
    "translation": (
        "*In English (the fact's statement, a translation, not the article's words):* {statement}",
        "*En français (l'énoncé du fait, une traduction, pas les mots de l'article) :* {statement}",
    ),
    "more_quotes": ("More quotes", "Autres citations"),
    "more_quotes.value": (
        "…and {count} more: press **Sources** to see them all.",
        "…et {count} de plus : appuyez sur **Sources** pour toutes les voir.",
    ),
    "footer.fact": ("fact {id}", "fait {id}"),
    "footer.confidence": ("Confidence: {confidence}", "Confiance : {confidence}"),
    "confidence.plain": ("Confidence: {confidence}", "Confiance : {confidence}"),
    # how sure an answer is, in words (engine/confidence.py); the number stays in --json
    "band.sure": ("sure", "sûr"),
    "band.likely": ("likely", "probable"),
    "band.unsure": ("unsure, here is the closest", "incertain, voici le plus proche"),
    "truncated": (
        "only the first {count} characters of the question were read",
        "seuls les {count} premiers caractères de la question ont été lus",
    ),
    "disputes": ("Where the articles differ on this", "Où les articles divergent sur ce point"),
    "disputes.plain": ("Where the articles differ on this:", "Où les articles divergent sur ce point :"),
    "disputes.open": (
        "*Each side, article by article: the Related button's menu, or `/{compare}`.*",
        "*Chaque version, article par article : le menu du bouton « Liés », ou `/{compare}`.*",
    ),
    "entity.line": ("{name} ({type}): {description}", "{name} ({type}) : {description}"),
    "more_not_shown": ("{count} more not shown", "{count} de plus non affichés"),
    # abstention
    "abstain.nothing": (
        "The articles don't say. I only answer from the five articles in my fact base.",
        "Les articles ne le disent pas. Je ne réponds qu'à partir des cinq articles de ma base.",
    ),
    "abstain.unsure": (
        "I can't find a sure answer to that in the five articles, and I don't guess.",
        "Je ne trouve pas de réponse sûre à cela dans les cinq articles, et je ne devine pas.",
    ),
    "abstain.namesakes": (
        "More than one in the articles goes by that name: {names}. Which one do you mean?",
        "Plusieurs portent ce nom dans les articles : {names}. Duquel parlez-vous ?",
    ),
    "abstain.pronoun": (
        "I can't tell who “{pronoun}” is: name the person in your question, for example “how old is Jatin Kumar?”",
        "Je ne sais pas qui « {pronoun} » désigne : nommez la personne dans votre question, par exemple « quel âge a Jatin Kumar ? »",
    ),
    "pronoun.means": (
        "Taking “{pronoun}” to mean {name}, from the previous answer.",
        "« {pronoun} » compris comme {name}, d'après la réponse précédente.",
    ),
    "did_you_mean": ("**Did you mean:**", "**Vouliez-vous dire :**"),
    "did_you_mean.plain": ("Did you mean:", "Vouliez-vous dire :"),
    "pick_below": (
        "Pick one in the menu below, or ask in other words.",
        "Choisissez-en une dans le menu ci-dessous, ou reformulez.",
    ),
    "try_topics": (
        "Try `/{cmd_topics}` to see what the articles cover, or `/{cmd_help}` for example questions.",
        "Essayez `/{cmd_topics}` pour voir ce que couvrent les articles, ou `/{cmd_help}` pour des exemples de questions.",
    ),
    "abstain.footer": (
        "No answer: I only answer from the articles, and I don't guess.",
        "Pas de réponse : je ne réponds qu'à partir des articles, et je ne devine pas.",
    ),
    "your_question": ("Your question", "Votre question"),
    "related_answers": ("Related answers:", "Réponses proches :"),
    # browsing pages
    "page": ("Page {page} of {pages}", "Page {page} sur {pages}"),
    "nothing": ("Nothing to show.", "Rien à afficher."),
    "sources.title": ("Sources, in context", "Sources, en contexte"),
    "related.title": ("Related facts", "Faits liés"),
    "related.header": (
        "Facts sharing topics or people with: *{statement}*",
        "Faits qui partagent un thème ou un acteur avec : *{statement}*",
    ),
    "related.empty": ("No related facts.", "Aucun fait lié."),
    "entity.aliases": ("*Also written:* {aliases}", "*Aussi écrit :* {aliases}"),
    "entity.mentioned": ("**Mentioned in:** {sources}", "**Cité dans :** {sources}"),
    "entity.mentioned.plain": ("Mentioned in: {sources}", "Cité dans : {sources}"),
    "entity.header": ("*{type}*: {description}", "*{type}* : {description}"),
    # between the articles of a list ("A ; B" in French typography)
    "list.separator": ("; ", " ; "),
    "entity.no_article": ("no article yet", "aucun article pour l'instant"),
    "entity.empty": ("No fact involves them yet.", "Aucun fait ne les concerne encore."),
    "entity.facts": ("Facts", "Faits"),
    "type.person": ("person", "personne"),
    "type.organisation": ("organisation", "organisation"),
    "type.product": ("product", "produit"),
    "type.place": ("place", "lieu"),
    "type.publication": ("publication", "publication"),
    "sources.list.title": ("The articles", "Les articles"),
    "sources.list.header": (
        "The {count} articles every answer is drawn from.",
        "Les {count} articles dont vient chaque réponse.",
    ),
    "outlet.unnamed": ("outlet not named", "média non nommé"),
    "cited_by": ("{count} facts cite it", "{count} faits le citent"),
    "source.outlet": ("Outlet", "Média"),
    "source.republished_by": ("Republished by", "Republié par"),
    "source.author": ("Author", "Auteur"),
    "source.published": ("Published", "Publié le"),
    "source.language": ("Language", "Langue"),
    "source.translated": ("(translated)", "(traduit)"),
    "source.headline_en": ("English headline", "Titre en anglais"),
    "source.facts": ("**Facts citing it:** {count}", "**Faits qui le citent :** {count}"),
    "language.en": ("English", "anglais"),
    "language.fr": ("French", "français"),
    "topics.title": ("Topics", "Thèmes"),
    "topics.header": ("Browse the facts by theme.", "Parcourez les faits par thème."),
    "topics.count": ("{count} facts", "{count} faits"),
    "topic.empty": ("No facts in this topic yet.", "Aucun fait dans ce thème pour l'instant."),
    "main_facts": ("Main facts", "Faits principaux"),
    "compare.title": ("Where the articles differ", "Où les articles divergent"),
    "compare.title_of": ("Where the articles differ: {subject}", "Où les articles divergent : {subject}"),
    "compare.header": (
        "What each article says, quoted word for word, where they disagree or report a point differently.",
        "Ce que dit chaque article, cité mot pour mot, là où ils divergent ou rapportent un point différemment.",
    ),
    "compare.disagreement": ("⚖️ Disagreement", "⚖️ Divergence"),
    # help and about
    "help.title": ("How to ask", "Comment poser une question"),
    "help.description": (
        "Ask anything about the reporting on OpenAI's contract workers and I answer with the fact and the "
        "exact quotes from the articles, or tell you plainly when the articles don't say.\n\n"
        "Use `/{cmd_ask}`, send me a direct message, mention me in a server, or right-click a message → "
        "*Apps* → *{menu_ask}*. English or French: I answer in your language (`/{cmd_language}` to choose).\n"
        "Examples: *how many contractors did openai hire* · *who is grace matelich* · *what powers copilot*",
        "Posez n'importe quelle question sur les articles consacrés aux sous-traitants d'OpenAI : je réponds avec "
        "le fait et les citations exactes des articles, ou je vous dis franchement quand les articles ne le disent pas.\n\n"
        "Utilisez `/{cmd_ask}`, envoyez-moi un message privé, mentionnez-moi sur un serveur, ou faites un clic droit "
        "sur un message → *Applications* → *{menu_ask}*. En français ou en anglais : je réponds dans votre langue "
        "(`/{cmd_language}` pour la choisir).\n"
        "Exemples : *combien de sous-traitants OpenAI a-t-il embauchés* · *qui est Grace Matelich* · "
        "*sur quels critères Invisible a licencié*",
    ),
    "help.commands": ("Commands", "Commandes"),
    "help.ask": ("the best answer, with Sources and Related buttons", "la meilleure réponse, avec les boutons Sources et Liés"),
    "help.who": ("a person or organisation, per the articles", "une personne ou une organisation, selon les articles"),
    "help.sources": ("the articles, and one article's key facts", "les articles, et les faits clés d'un article"),
    "help.topics": ("browse facts by theme", "parcourir les faits par thème"),
    "help.compare": ("where the articles differ, quote against quote", "où les articles divergent, citation contre citation"),
    "help.fact": ("one fact, or a random one", "un fait, ou un fait au hasard"),
    "help.language": ("answer in English, in French, or follow Discord", "répondre en anglais, en français, ou suivre Discord"),
    "help.about": ("what I cover and where the facts come from", "ce que je couvre et d'où viennent les faits"),
    "about.title": ("About this bot", "À propos de ce bot"),
    "about.description": (
        "I answer from a fact base of **{facts} facts** ({discrepancies} on where the articles differ), "
        "backed by **{quotes} verbatim quotes** from **{articles} articles** about the contractors who train "
        "OpenAI's models. Every fact is written by hand and every quote is checked word for word against its "
        "article when the bot starts; if a question is not covered, I say so rather than guess.",
        "Je réponds à partir d'une base de **{facts} faits** (dont {discrepancies} sur les divergences entre articles), "
        "appuyés sur **{quotes} citations exactes** tirées de **{articles} articles** sur les sous-traitants qui "
        "entraînent les modèles d'OpenAI. Chaque fait est rédigé à la main et chaque citation est vérifiée mot pour "
        "mot dans son article au démarrage ; si une question n'est pas couverte, je le dis au lieu de deviner.",
    ),
    "about.articles": ("The articles", "Les articles"),
    # components
    "button.sources": ("Sources", "Sources"),
    "button.related": ("Related", "Liés"),
    "button.previous": ("◀ Previous", "◀ Précédent"),
    "button.next": ("Next ▶", "Suivant ▶"),
    "button.delete": ("Delete", "Supprimer"),
    "button.wrong": ("Wrong answer?", "Mauvaise réponse ?"),
    "menu.did_you_mean": ("Did you mean…", "Vouliez-vous dire…"),
    "menu.related": ("Open a related fact…", "Ouvrir un fait lié…"),
    "menu.open": ("Open a fact with its quotes…", "Ouvrir un fait avec ses citations…"),
    "menu.article": ("Open an article…", "Ouvrir un article…"),
    "menu.topic": ("Open a topic…", "Ouvrir un thème…"),
    "menu.match": ("{confidence} match", "correspondance {confidence}"),
    "menu.disagreement": ("where the articles differ", "divergence entre articles"),
    # notices
    "apology": (
        "Sorry, something went wrong on my side while answering that. It has been logged; please try again.",
        "Désolé, quelque chose s'est mal passé de mon côté en répondant. C'est noté dans le journal ; réessayez, s'il vous plaît.",
    ),
    "not_owner": ("Only the bot's owners can do that.", "Seuls les propriétaires du bot peuvent faire cela."),
    "check_failure": ("You can't use this command here.", "Vous ne pouvez pas utiliser cette commande ici."),
    "bad_value": (
        "I couldn't read one of the values you gave; please pick one from the list.",
        "Je n'ai pas pu lire l'une des valeurs données ; choisissez-en une dans la liste, s'il vous plaît.",
    ),
    "cooldown.one": (
        "Easy there: you're asking faster than I can keep up. Try again in 1 second.",
        "Doucement : vous posez des questions plus vite que je ne peux suivre. Réessayez dans 1 seconde.",
    ),
    "cooldown.many": (
        "Easy there: you're asking faster than I can keep up. Try again in {seconds} seconds.",
        "Doucement : vous posez des questions plus vite que je ne peux suivre. Réessayez dans {seconds} secondes.",
    ),
    "busy": (
        "I'm answering a crowd right now and your question would wait too long. Please ask again in a minute.",
        "Je réponds à une foule en ce moment et votre question attendrait trop longtemps. Reposez-la dans une minute.",
    ),
    "expired": (
        "These buttons have expired. Ask again with `/{cmd_ask}` for fresh ones.",
        "Ces boutons ont expiré. Reposez la question avec `/{cmd_ask}` pour en avoir de nouveaux.",
    ),
    "stale": (
        "This button comes from an earlier version of the bot and no longer works. Ask again with `/{cmd_ask}`, or see `/{cmd_help}`.",
        "Ce bouton vient d'une version antérieure du bot et ne fonctionne plus. Reposez la question avec `/{cmd_ask}`, ou voyez `/{cmd_help}`.",
    ),
    "gone": (
        "That is no longer in the fact base (it has been updated since this message was sent). Ask again with `/{cmd_ask}`.",
        "Ce n'est plus dans la base de faits (elle a été mise à jour depuis ce message). Reposez la question avec `/{cmd_ask}`.",
    ),
    "not_yours": (
        "These buttons belong to whoever asked. Here is your own copy, which you can page through.",
        "Ces boutons appartiennent à la personne qui a posé la question. Voici votre propre copie, que vous pouvez parcourir.",
    ),
    "not_yours.delete": (
        "Only the person who asked can delete this answer.",
        "Seule la personne qui a posé la question peut supprimer cette réponse.",
    ),
    "deleted": ("Deleted.", "Supprimé."),
    "wrong.thanks": (
        "Thank you: I have noted that this answer looks wrong, so the people who curate the facts can check it.",
        "Merci : j'ai noté que cette réponse semble fausse, pour que les personnes qui tiennent la base la vérifient.",
    ),
    "empty_question": (
        "Ask me a question about the reporting on OpenAI's contract workers, for example: "
        "*how many contractors did openai hire?* See `/{cmd_help}` for more.",
        "Posez-moi une question sur les articles consacrés aux sous-traitants d'OpenAI, par exemple : "
        "*combien de sous-traitants OpenAI a-t-il embauchés ?* Voyez `/{cmd_help}` pour en savoir plus.",
    ),
    "too_long": (
        "That question is {length} characters long; I take questions of up to {limit} characters. Please ask it in fewer words.",
        "Cette question fait {length} caractères ; j'accepte des questions de {limit} caractères au plus. Posez-la en moins de mots.",
    ),
    "not_found": (
        "I found no {what} called “{typed}” in the fact base.",
        "Je n'ai trouvé aucun(e) {what} nommé(e) « {typed} » dans la base.",
    ),
    "not_found.unnamed": (
        "Which {what}? Give its name after the command.",
        "Quel(le) {what} ? Donnez son nom après la commande.",
    ),
    "not_found.suggest": (" Did you mean: {names}?", " Vouliez-vous dire : {names} ?"),
    "not_found.examples": (" For example: {names}.", " Par exemple : {names}."),
    "not_found.listing": (
        " Pick one from the list as you type, or see `/{listing}`.",
        " Choisissez dans la liste en tapant, ou voyez `/{listing}`.",
    ),
    "what.entity": ("person or organisation", "personne ou organisation"),
    "what.article": ("article", "article"),
    "what.topic": ("topic", "thème"),
    "what.fact": ("fact", "fait"),
    "compare.none_on": (
        "The fact base records no difference between the articles on “{subject}”. "
        "Try `/{cmd_compare}` with no subject to see every point where they differ.",
        "La base ne relève aucune divergence entre les articles sur « {subject} ». "
        "Essayez `/{cmd_compare}` sans sujet pour voir tous les points où ils divergent.",
    ),
    "compare.none": (
        "The fact base records no differences between the articles.",
        "La base ne relève aucune divergence entre les articles.",
    ),
    "no_articles": ("No articles loaded.", "Aucun article chargé."),
    "no_topics": ("No topics loaded.", "Aucun thème chargé."),
    "language.set": (
        "From now on I answer you in English, whatever language you ask in.",
        "Désormais je vous réponds en français, quelle que soit la langue de la question.",
    ),
    "language.auto": (
        "From now on I answer in the language of your question, or of your Discord client when I can't tell.",
        "Désormais je réponds dans la langue de votre question, ou de votre client Discord quand je ne peux pas la deviner.",
    ),
    "language.choice.auto": (
        "Automatic (your question, then your Discord language)",
        "Automatique (votre question, puis la langue de Discord)",
    ),
    "language.choice.en": ("English", "Anglais"),
    "language.choice.fr": ("Français", "Français"),
    # the conversation layer's replies (bot/core/engine/conversation.py): {about} and {example} are filled in
    "chat.about": (
        "five news articles about the contract workers who label data and train OpenAI's models",
        "cinq articles de presse sur les sous-traitants qui étiquettent des données et entraînent les modèles d'OpenAI",
    ),
    "chat.example": ("“how many contractors did OpenAI hire?”", "« combien de sous-traitants OpenAI a-t-il embauchés ? »"),
    "chat.greeting": (
        "Hello! Ask me anything about {about}, for example {example}",
        "Bonjour ! Posez-moi une question sur {about}, par exemple {example}",
    ),
    "chat.thanks": (
        "You're welcome! Ask another question whenever you like.",
        "Avec plaisir ! Posez une autre question quand vous voulez.",
    ),
    "chat.goodbye": (
        "Goodbye! Come back with more questions about the articles.",
        "Au revoir ! Revenez avec d'autres questions sur les articles.",
    ),
    "chat.help": (
        "Ask me a question in English or French about {about}, for example {example} Every answer quotes the "
        "articles word for word and names them; when they don't say, I tell you rather than guess. "
        "Commands: /{cmd_ask}, /{cmd_who}, /{cmd_check}, /{cmd_topics}, /{cmd_sources}, /{cmd_compare}, /{cmd_help}.",
        "Posez-moi une question en français ou en anglais sur {about}, par exemple {example} Chaque réponse cite "
        "les articles mot pour mot et les nomme ; quand ils ne disent rien, je le dis plutôt que de deviner. "
        "Commandes : /{cmd_ask}, /{cmd_who}, /{cmd_check}, /{cmd_topics}, /{cmd_sources}, /{cmd_compare}, /{cmd_help}.",
    ),
    "chat.identity": (
        "I'm a bot that answers questions about {about}. I quote the articles word for word, and I don't guess.",
        "Je suis un bot qui répond aux questions sur {about}. Je cite les articles mot pour mot, et je ne devine pas.",
    ),
    "chat.capabilities": (
        "I answer questions about {about}: who the people are, how many contractors were hired, what they are paid, "
        "why trainers were laid off, where the articles differ. Try {example} or /{cmd_topics} to browse.",
        "Je réponds aux questions sur {about} : qui sont les personnes citées, combien de sous-traitants ont été "
        "embauchés, combien ils sont payés, pourquoi des formateurs ont été licenciés, où les articles divergent. "
        "Essayez {example} ou /{cmd_topics} pour parcourir.",
    ),
    "chat.praise": (
        "Thank you! Glad it helps. Ask me another question whenever you like.",
        "Merci ! Ravi que cela vous aide. Posez une autre question quand vous voulez.",
    ),
    "chat.complaint": (
        "Sorry about that. Every answer shows its quotes (press Sources to read them in their article), so you can "
        "check it; try asking in other words, and I will say so when the articles don't answer it.",
        "Désolé. Chaque réponse montre ses citations (le bouton Sources les montre dans leur article) pour que vous "
        "puissiez la vérifier ; essayez de reformuler, et je vous dirai si les articles n'y répondent pas.",
    ),
    "chat.small_talk": (
        "I'm only a bot that reads {about}, so I can't help with that. Ask me about the articles, for example {example}",
        "Je ne suis qu'un bot qui lit {about}, je ne peux donc pas vous aider pour cela. Interrogez-moi sur les "
        "articles, par exemple {example}",
    ),
    "chat.presence": (
        "I'm here. Ask me a question about the articles, for example {example}",
        "Je suis là. Posez-moi une question sur les articles, par exemple {example}",
    ),
    "byline.intro": (
        "Bylines come from what each copy of the articles says about itself, not from their reporting:",
        "Les signatures viennent de ce que chaque copie des articles dit d'elle-même, pas de leur contenu :",
    ),
    "byline.named": ("- {title}: by {author}, as its byline says.", "- {title} : signé {author}, selon sa signature."),
    "byline.unnamed": (
        "- {title}: no author is named in this copy.",
        "- {title} : aucun auteur n'est nommé dans cette copie.",
    ),
    "byline.outlet_inferred": (
        "  It names no outlet either; the curators infer it is {outlet}'s (an inference, not its byline).",
        "  Elle ne nomme pas non plus son média ; les curateurs en déduisent qu'il s'agit du média {outlet} (une déduction, "
        "pas sa signature).",
    ),
    "chat.unclear": (
        "Sorry, I didn't understand that. Ask me a question about {about}, for example {example}",
        "Désolé, je n'ai pas compris. Posez-moi une question sur {about}, par exemple {example}",
    ),
    "chat.acknowledgement": (
        "Ask me another question whenever you like, for example {example}",
        "Posez-moi une autre question quand vous voulez, par exemple {example}",
    ),
    "chat.more": (
        "More about what? Ask me a question first; under an answer, the Related button shows more on it.",
        "Plus sur quoi ? Posez-moi d'abord une question ; sous une réponse, le bouton Liés en montre davantage.",
    ),
    "chat.why": (
        "Why what? Ask me the whole question, for example “why did Invisible lay off trainers?”",
        "Pourquoi quoi ? Posez-moi la question entière, par exemple « pourquoi Invisible a-t-il licencié des formateurs ? »",
    ),
    "chat.more_about": (
        "More on that answer: the articles also report these related facts.",
        "Pour aller plus loin : les articles rapportent aussi ces faits liés.",
    ),
    "chat.why_about": (
        "If the articles give a reason for that, it is among these related facts; ask the whole question "
        "(“why did …?”) for a sure answer.",
        "Si les articles en donnent la raison, elle est parmi ces faits liés ; posez la question entière "
        "(« pourquoi … ? ») pour une réponse sûre.",
    ),
    "chat.why_abstained": (
        "I gave no answer because I found none I am sure of in the five articles: they may not report it, or I could "
        "not match your words to what they report. Try asking in other words (any suggestions under my reply are the "
        "closest facts I found).",
        "Je n'ai pas répondu faute de réponse sûre dans les cinq articles : soit ils n'en parlent pas, soit je n'ai pas "
        "su relier vos mots à ce qu'ils rapportent. Reformulez la question (les suggestions sous ma réponse, s'il y en a, "
        "sont les faits les plus proches que j'ai trouvés).",
    ),
    "chat.more_abstained": (
        "I have nothing more on that: I found no sure answer to it in the five articles. Try asking in other words.",
        "Je n'ai rien de plus là-dessus : je n'y ai pas trouvé de réponse sûre dans les cinq articles. Reformulez la question.",
    ),
    "chat.command": (
        "That is a command: type /{command} (or ask me a question in your own words).",
        "C'est une commande : tapez /{command} (ou posez-moi une question avec vos propres mots).",
    ),
    "chat.doubt": (
        "Every answer quotes the articles word for word: press Sources under it to read the passage in its article. "
        "To check a statement against the articles, type /{cmd_check} followed by it.",
        "Chaque réponse cite les articles mot pour mot : le bouton Sources sous la réponse montre le passage dans son "
        "article. Pour vérifier une affirmation auprès des articles, tapez /{cmd_check} suivi de celle-ci.",
    ),
    # the overview of the articles (bot/core/engine/overview.py), made from their metadata
    "overview.intro": (
        "The {count} articles I answer from, as their copies present themselves:",
        "Les {count} articles dont je tire mes réponses, tels que leurs copies se présentent :",
    ),
    "overview.article": ("- {title} ({outlet}; {date}): {summary}", "- {title} ({outlet} ; {date}) : {summary}"),
    "overview.heading": ("What the articles are about", "De quoi parlent les articles"),
    "overview.title": ("“{title}”", "« {title} »"),
    "overview.translated_title": (" (in English: “{title}”)", " (en anglais : « {title} »)"),
    "overview.separator": ("; ", " ; "),
    "overview.republished": (", republished by {by}", ", republié par {by}"),
    "overview.outlet_inferred": (
        "no outlet named; the curators infer {outlet}",
        "média non nommé ; les curateurs en déduisent {outlet}",
    ),
    "overview.no_outlet": ("no outlet named in this copy", "média non nommé dans cette copie"),
    "overview.no_date": ("undated in this copy", "non daté dans cette copie"),
    "overview.more_articles": (
        "… and {count} more (/{cmd_sources} lists them all).",
        "… et {count} autres (/{cmd_sources} les liste tous).",
    ),
    "overview.topics": ("Topics: {topics}.", "Thèmes : {topics}."),
    "overview.next": (
        "Ask me about any of it, for example {example} /{cmd_sources} shows the articles, /{cmd_topics} the facts by topic.",
        "Posez-moi une question sur n'importe quel point, par exemple {example} /{cmd_sources} montre les articles, "
        "/{cmd_topics} les faits par thème.",
    ),
    # the claim check (bot/core/claims/ decides; these are its words). `verify --json` keeps the English keys.
    "verdict.supported": ("Supported", "Confirmé"),
    "verdict.contradicted": ("Contradicted", "Contredit"),
    "verdict.disputed": ("Disputed", "Contesté"),
    "verdict.not_reported": ("Not reported", "Non rapporté"),
    "verdict.title": ("{verdict}: {claim}", "{verdict} : {claim}"),
    "verdict.why.supported": ("The articles say so: {statement}", "Les articles le disent : {statement}"),
    "verdict.why.contradicted": (
        "The articles say {instead}, not {claimed}. {statement}",
        "Les articles disent {instead}, et non {claimed}. {statement}",
    ),
    "verdict.why.contradicted_actor": (
        "The articles name {instead}, not {claimed}. {statement}",
        "Les articles nomment {instead}, et non {claimed}. {statement}",
    ),
    "verdict.why.contradicted_plain": (
        "The articles say otherwise: {statement}",
        "Les articles disent autre chose : {statement}",
    ),
    "verdict.why.contradicted_other": (
        "The articles say otherwise (not {claimed}): {statement}",
        "Les articles disent autre chose (pas {claimed}) : {statement}",
    ),
    # roles as a contradiction names them ("pas PDG", "pas formateur chez Anthropic")
    "role.ceo": ("CEO", "PDG"),
    "role.founder": ("founder", "fondateur"),
    "role.president": ("president", "président"),
    "role.partner": ("partner", "partenaire"),
    "role.head of operations": ("head of operations", "responsable des opérations"),
    "role.spokesperson": ("spokesperson", "porte-parole"),
    "role.program lead": ("program lead", "responsable de programme"),
    "role.cto": ("CTO", "directeur technique"),
    "role.engineer": ("engineer", "ingénieur"),
    "role.researcher": ("researcher", "chercheur"),
    "role.employee": ("employee", "salarié"),
    "role.contractor": ("contractor", "sous-traitant"),
    "role.trainer": ("trainer", "formateur"),
    "role.journalist": ("journalist", "journaliste"),
    "role.investor": ("investor", "investisseur"),
    "role.student": ("student", "étudiant"),
    "verdict.why.supported_by_outlet": (
        "{outlet} says so: {position}. The articles disagree on it: {statement}",
        "{outlet} le dit : {position}. Les articles divergent sur ce point : {statement}",
    ),
    "verdict.why.disputed": (
        "The articles disagree on this ({subject}). {statement}",
        "Les articles divergent sur ce point ({subject}). {statement}",
    ),
    "verdict.why.disputed_plain": (
        "The articles disagree on this. {statement}",
        "Les articles divergent sur ce point. {statement}",
    ),
    "verdict.why.not_reported": (
        "Nothing in the articles settles this: they neither say it nor say otherwise.",
        "Rien dans les articles ne permet de trancher : ils ne le disent pas et ne disent pas le contraire.",
    ),
    "verdict.why.not_a_claim": (
        "This is not a claim about the articles, so there is nothing to check. Give a statement to check, for instance "
        "“OpenAI hired 1,000 contractors”.",
        "Ce n'est pas une affirmation sur les articles : il n'y a rien à vérifier. Donnez une affirmation à vérifier, par "
        "exemple « OpenAI a embauché 1 000 sous-traitants ».",
    ),
    "verdict.why.unclear_referent": (
        "Whom “{pronoun}” refers to is unclear: the claim names no one it could stand for, so nothing in the articles can "
        "settle it. Give the name and check it again.",
        "On ne sait pas qui « {pronoun} » désigne : l'affirmation ne nomme personne qu'il puisse remplacer, donc rien dans "
        "les articles ne peut trancher. Donnez le nom et vérifiez à nouveau.",
    ),
    "verdict.why.not_reported_year": (
        "The articles say {when}, and give no year.",
        "Les articles disent {when}, sans donner d'année.",
    ),
    "verdict.each_side": (" Each side: {sides}.", " Chaque article : {sides}."),
    "verdict.side": ("{article}: {position}", "{article} : {position}"),
    "verdict.sides": ("What each article says:", "Chaque article :"),
    "verdict.nearest": ("Nearest facts:", "Faits les plus proches :"),
    "check.claim": ("Claim", "Affirmation"),
    "check.empty": (
        "Give me a claim to check (1 to {limit} characters), for example: *the trainers make $15 an hour*.",
        "Donnez-moi une affirmation à vérifier (de 1 à {limit} caractères), par exemple : "
        "*les formateurs gagnent 15 dollars de l'heure*.",
    ),
    "check.quote": ("What the article says", "Ce que dit l'article"),
    "check.quotes": ("What the articles say", "Ce que disent les articles"),
    "check.side": ("What each article says", "Ce que dit chaque article"),
    "check.nearest": ("Nearest facts", "Faits les plus proches"),
    "check.footer": (
        "Checked against the five articles' curated facts · fact {id}",
        "Vérifié d'après les faits sourcés des cinq articles · fait {id}",
    ),
    "check.footer_none": (
        "Checked against the five articles' curated facts",
        "Vérifié d'après les faits sourcés des cinq articles",
    ),
    "check.premise": ("Before answering: a false premise", "Avant de répondre : une prémisse fausse"),
    "timeline.title": ("Timeline", "Chronologie"),
    "timeline.title_of": ("Timeline: {subject}", "Chronologie : {subject}"),
    "timeline.dated": ("Dated events, in order", "Événements datés, dans l'ordre"),
    "timeline.undated": ("Also reported, without a date the articles give", "Aussi rapporté, sans date donnée par les articles"),
    "timeline.undated_alone": ("Reported without a date the articles give", "Rapporté sans date donnée par les articles"),
    "timeline.none": (
        "The articles date no event about “{subject}”.",
        "Les articles ne datent aucun événement sur « {subject} ».",
    ),
    "timeline.undated_only": (
        "The articles date no event about “{subject}”: what they report about it comes without a date.",
        "Les articles ne datent aucun événement sur « {subject} » : ce qu'ils en rapportent vient sans date.",
    ),
    "timeline.near": (" Close subjects with dated events: {names}.", " Des sujets proches ont des événements datés : {names}."),
    "timeline.some": (" Subjects with dated events: {names}.", " Sujets ayant des événements datés : {names}."),
    "timeline.header": (
        "Dated events in order, each with its article. Events the articles do not date are listed last, in their words.",
        "Les événements datés dans l'ordre, chacun avec son article. Ceux que les articles ne datent pas viennent à la fin, "
        "dans leurs mots.",
    ),
    # the local console
    "console.intro": (
        "Reporting bot: local console (no Discord token set, so nothing is sent to Discord).\n"
        "Ask a question about the reporting on OpenAI's contract workers, in English or French.\n"
        "Under an answer, type a button's name (sources, related, next, previous) to press it, or a number to pick\n"
        "from a menu; slash commands work too (/{cmd_who}, /{cmd_check}, /{cmd_timeline}, /{cmd_topics}, /{cmd_compare},\n"
        '/{cmd_help}...). "quit" or end of input leaves.\n',
        "Bot des articles : console locale (aucun jeton Discord, donc rien n'est envoyé à Discord).\n"
        "Posez une question sur les articles consacrés aux sous-traitants d'OpenAI, en français ou en anglais.\n"
        "Sous une réponse, tapez le nom d'un bouton (sources, liés, suivant, précédent) pour l'activer, ou un numéro\n"
        "pour choisir dans un menu ; les commandes marchent aussi (/{cmd_who}, /{cmd_check}, /{cmd_timeline}, /{cmd_topics},\n"
        "/{cmd_compare}, /{cmd_help}...). « quit » ou la fin de l'entrée pour quitter.\n",
    ),
    "console.connect": (
        "To run this bot on Discord:\n"
        '  1. Create an application at https://discord.com/developers/applications, open "Bot", and copy its token.\n'
        '  2. Invite it to a server with the scopes "bot applications.commands" (the README has the full link and\n'
        "     the permissions: View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History).\n"
        "  3. Start it with the token in the environment (never in a file you commit):\n"
        "       DISCORD_TOKEN=your-token python -m bot\n"
        "     Copy config.example.yaml to config.yaml to set a development guild, owners, cooldowns and more.\n",
        "Pour faire tourner ce bot sur Discord :\n"
        "  1. Créez une application sur https://discord.com/developers/applications, ouvrez « Bot » et copiez son jeton.\n"
        "  2. Invitez-le sur un serveur avec les scopes « bot applications.commands » (le README donne le lien complet et\n"
        "     les permissions : Voir les salons, Envoyer des messages, Envoyer des messages dans les fils, Intégrer des liens,\n"
        "     Voir les anciens messages).\n"
        "  3. Lancez-le avec le jeton dans l'environnement (jamais dans un fichier versionné) :\n"
        "       DISCORD_TOKEN=votre-jeton python -m bot\n"
        "     Copiez config.example.yaml en config.yaml pour régler un serveur de développement, les propriétaires, etc.\n",
    ),
}

# ---------------------------------------------------------------------------------------------- commands
# Slash-command names, descriptions and options in French, for discord.py's Translator (bot/chat). Keys are
# the English strings the commands are declared with. French names follow Discord's rule for names: lower
# case, no spaces, 1-32 characters (accented letters are allowed).

COMMAND_NAMES_FR: Mapping[str, str] = {
    "ask": "demander",
    "who": "qui",
    "sources": "sources",
    "source": "source",
    "topics": "thèmes",
    "topic": "thème",
    "compare": "comparer",
    "fact": "fait",
    "random": "hasard",
    "help": "aide",
    "about": "à-propos",
    "reload": "recharger",
    "language": "langue",
    "check": "vérifier",
    "timeline": "chronologie",
    # options
    "question": "question",
    "name": "nom",
    "article": "article",
    "subject": "sujet",
    "id": "id",
    "choice": "choix",
    "claim": "affirmation",
    # the message context menu (its name may hold spaces and capitals)
    "Ask the articles": "Demander aux articles",
}

COMMAND_TEXT_FR: Mapping[str, str] = {
    "Ask about the reporting on OpenAI's contract workers: answers come with quotes": (
        "Une question sur les sous-traitants d'OpenAI : les réponses viennent avec leurs citations"
    ),
    "Your question, in English or French": "Votre question, en français ou en anglais",
    "Answer in this language (default: your question's, then your Discord language)": (
        "Répondre dans cette langue (par défaut : celle de la question, puis celle de Discord)"
    ),
    "Who a person or organisation is, per the articles": "Qui est une personne ou une organisation, selon les articles",
    "A person, organisation, product or place the articles name": "Une personne, organisation, produit ou lieu cité par les articles",
    "The articles every answer comes from": "Les articles d'où viennent toutes les réponses",
    "One article and its key facts": "Un article et ses faits clés",
    "The article's headline, outlet, language or nickname (semafor, nbc, french)": (
        "Le titre, le média, la langue ou le surnom de l'article (semafor, nbc, français)"
    ),
    "The topics the facts are filed under": "Les thèmes sous lesquels les faits sont classés",
    "The facts of one topic": "Les faits d'un thème",
    "The topic": "Le thème",
    "Where the articles differ, quote against quote": "Où les articles divergent, citation contre citation",
    "What to compare, e.g. how many contractors were hired (leave empty for all)": (
        "Quoi comparer, par ex. combien de sous-traitants ont été embauchés (vide pour tout voir)"
    ),
    "One fact, by its id": "Un fait, par son identifiant",
    "The fact's id or words from it": "L'identifiant du fait ou des mots de celui-ci",
    "A random fact from the articles": "Un fait au hasard tiré des articles",
    "How to ask, and the commands": "Comment poser une question, et les commandes",
    "What the bot covers and where its facts come from": "Ce que couvre le bot et d'où viennent ses faits",
    "Reload the fact base from disk (bot owners only)": "Recharger la base de faits depuis le disque (propriétaires du bot)",
    "Choose the language I answer you in": "Choisir la langue dans laquelle je vous réponds",
    "English, French, or automatic": "Anglais, français, ou automatique",
    "Do the articles say so? A verdict on a claim, with the quote": (
        "Les articles le disent-ils ? Un verdict sur une affirmation, avec la citation"
    ),
    "A claim or a yes/no question, in English or French": "Une affirmation ou une question fermée, en français ou en anglais",
    "The dated events of the reporting, in order": "Les événements datés des articles, dans l'ordre",
    "A person, organisation, topic or words (leave empty for everything)": (
        "Une personne, une organisation, un thème ou des mots (vide pour tout voir)"
    ),
    "Automatic": "Automatique",
    "English": "Anglais",
    "French": "Français",
}


def command_name(name: str, language: str) -> str:
    """A command's name as the reader's Discord shows it."""
    return COMMAND_NAMES_FR.get(name, name) if language == "fr" else name


def command_text(text: str, language: str) -> str | None:
    """A command's name, description or option in `language`, or None when it has no translation."""
    if language != "fr":
        return None
    return COMMAND_NAMES_FR.get(text) or COMMAND_TEXT_FR.get(text)


_COMMAND_FIELD = re.compile(r"\{cmd_([a-z]+)\}")
_MENU_ASK = "menu_ask"


def label(key: str, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The label `key` in `language` (English for any language we do not have), with its parameters filled in.

    A `{cmd_NAME}` field is filled with the command's name in that language.
    """
    english, french = CATALOGUE[key]
    template = french if language == "fr" else english
    for name in _COMMAND_FIELD.findall(template):
        params.setdefault(f"cmd_{name}", command_name(name, language))
    if "{menu_ask}" in template:
        params.setdefault(_MENU_ASK, command_name("Ask the articles", language))
    return template.format(**params) if params else template


def percent(value: float, language: str) -> str:
    """A share as the reader writes it: '85%' / '85 %' (French puts a no-break space before the sign)."""
    return f"{value:.0%}" if language != "fr" else f"{value:.0%}".replace("%", "\u00a0%")


def language_name(code: str, language: str) -> str:
    """A language's name in the reader's language: 'French' / 'français'."""
    key = f"language.{code}"
    return label(key, language) if key in CATALOGUE else code


def topic_display(topic: Topic, language: str) -> str:
    """A topic's name in the reader's language."""
    return topic.name_fr if language == "fr" and topic.name_fr else topic.name


def entity_type(kind: str, language: str) -> str:
    key = f"type.{kind}"
    return label(key, language) if key in CATALOGUE else kind


# ---------------------------------------------------------------------------------------------- choosing a language


def from_locale(locale: str | None) -> str | None:
    """Our language for a Discord locale code ("fr", "en-US" / "en-GB" -> en) or a POSIX one ("fr_FR.UTF-8");
    None for any other."""
    if not locale:
        return None
    code = re.split(r"[-_.@]", str(locale))[0].lower()
    return code if code in LANGUAGES else None


def terminal_language(environ: Mapping[str, str]) -> str | None:
    """The terminal's language from the usual locale variables (LC_ALL, LC_MESSAGES, LANG): "fr_FR.UTF-8" -> fr;
    what the console and the CLI answer in when a text shows no language of its own."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return from_locale(environ[name])
    return None


def choose_language(
    text: str | None = None, *, override: str | None = None, locale: str | None = None, default: str = DEFAULT_LANGUAGE
) -> str:
    """The language to answer in: a chosen override first, then the question's own language, then the reader's
    Discord locale, then the default."""
    if override in LANGUAGES:
        return override  # type: ignore[return-value]
    if text:
        detected = detect_language(text)
        if detected:
            return detected
    return from_locale(locale) or default


# ---------------------------------------------------------------------------------------------- facts for reading

_SENTENCE_END = re.compile(r"(?<=[a-z0-9»”\")])[.;](?:\s|$)")


def shows_ids(language: str) -> bool:
    """Whether a reply in `language` shows the ids of facts, topics and articles: for an English reader they are
    handles to type (`/fact hiring-scale`); to a French one they are English slugs, so a French reply names a fact
    by its French statement, a topic by its French name, and opens them from its menus."""
    return language != "fr"


def id_tag(identifier: str, language: str, template: str = "  [{}]") -> str:
    """`identifier` in `template` when the reader is shown ids (shows_ids), else nothing."""
    return template.format(identifier) if shows_ids(language) else ""


def topic_of(fact: Fact, base: KnowledgeBase, language: str) -> str | None:
    """The name of a fact's first topic in the reader's language (what a menu says a fact is about), if it has one."""
    topic = next((base.topics[t] for t in fact.topics if t in base.topics), None)
    return topic_display(topic, language) if topic is not None else None


def short_statement(fact: Fact, language: str, limit: int = 100) -> str:
    """A fact's statement shortened to a title: its subject for a disagreement (when it has one in the reader's
    language), else its first sentence, cut at a word boundary."""
    subject = fact.subject_in(language) if fact.kind == "discrepancy" else None
    if subject:
        text = subject
    else:
        text = " ".join(fact.statement_in(language).split())
        found = _SENTENCE_END.search(text)
        if found and found.start() >= 30:
            text = text[: found.start()]
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    while space > 0 and cut[space - 1].isdigit() and text[space + 1 : space + 2].isdigit():
        space = cut.rfind(" ", 0, space)  # never inside a number written the French way ("1 000")
    return (cut[:space] if space >= limit * 0.6 else cut).rstrip(" ,;:") + "…"


class Accents:
    """Puts back the accents of French written without them ("deja embauche" -> "déjà embauché").

    Learnt from the French the fact base writes with its accents (statements, phrasings, the French
    article): a word that the fact base only ever writes with accents gets its most frequent spelling
    there; any other word keeps its letters.
    """

    _WORD = re.compile(r"[^\W\d_]+")

    def __init__(self, texts: Iterable[str]) -> None:
        spellings: dict[str, Counter[str]] = {}
        for text in texts:
            for word in self._WORD.findall(text):
                if word.isupper() and len(word) > 1:
                    continue
                lowered = word.lower()
                spellings.setdefault(fold(lowered), Counter())[lowered] += 1
        # A word restored only when the fact base never writes it without accents: "deja" is always "déjà",
        # but "embauche" is a word of its own beside "embauché", and only the sentence could tell them apart.
        self._best = {folded: counts.most_common(1)[0][0] for folded, counts in spellings.items() if folded not in counts}

    def restore(self, text: str) -> str:
        """`text` with each unaccented word written as the fact base spells it; words with accents are kept."""

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            if not word.isascii() or len(word) < 3:  # "a"/"à", "ou"/"où", "la"/"là": only the context tells
                return word
            best = self._best.get(word.lower())
            if best is None or best.isascii() or _only_final_e(word.lower(), best):
                return word
            return best.capitalize() if word[:1].isupper() else best

        return self._WORD.sub(fix, text)


def _only_final_e(word: str, best: str) -> bool:
    """True when the spellings differ only in a final e / é ("trouve" / "trouvé"): a verb's present or its
    participle, which only the sentence tells apart."""
    if word.endswith("s") and best.endswith("s"):
        word, best = word[:-1], best[:-1]
    return word.endswith("e") and best.endswith("é") and word[:-1] == best[:-1]


_ACCENTS: dict[int, tuple[KnowledgeBase, Accents]] = {}


def accents_for(base: KnowledgeBase) -> Accents:
    """The accent restorer learnt from one fact base (built once per base)."""
    cached = _ACCENTS.get(id(base))
    if cached is not None and cached[0] is base:
        return cached[1]
    texts: list[str] = []
    for fact in base.facts.values():
        texts.extend(q for q in fact.questions_fr if not q.isascii())
        if fact.statement_fr:
            texts.append(fact.statement_fr)
    texts.extend(source.text for source in base.sources.values() if source.language == "fr")
    texts.extend(entity.description_fr for entity in base.entities.values() if entity.description_fr)
    accents = Accents(texts)
    if len(_ACCENTS) >= 4:
        _ACCENTS.clear()
    _ACCENTS[id(base)] = (base, accents)
    return accents


def display_question(fact: Fact, language: str, base: KnowledgeBase | None = None) -> str:
    """The phrasing a menu or suggestion shows for a fact: in the reader's language, French with its accents."""
    if language == "fr" and fact.questions_fr:
        written = next((q for q in fact.questions_fr if not q.isascii()), None)
        if written is not None:
            return written  # as a curator wrote it, accents and all
        first = fact.questions_fr[0]
        return accents_for(base).restore(first) if base is not None else first
    return fact.questions[0]


def display_phrasing(phrasing: str, fact: Fact | None, language: str, base: KnowledgeBase) -> str:
    """A phrasing for an autocomplete entry: French ones with their accents put back; one in the other
    language swapped for the fact's phrasing in the reader's language."""
    is_french = fact is not None and phrasing in fact.questions_fr
    if fact is not None and language == "fr" and not is_french and fact.questions_fr:
        return display_question(fact, "fr", base)
    if fact is not None and language == "en" and is_french and fact.questions:
        return fact.questions[0]
    return accents_for(base).restore(phrasing) if is_french else phrasing


# ---------------------------------------------------------------------------------------------- lasting choices


class LanguagePreferences:
    """Each user's chosen answer language (set with /language), kept across restarts when given a file.

    The file is a small JSON object {user id: "en" | "fr"}, written whole (to a temporary file, then
    renamed) on every change, so a crash never leaves half of it. An unreadable file is reported once
    in `problem` and the bot starts with no preferences rather than not at all.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.problem: str | None = None
        self._chosen: dict[int, str] = {}
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self._chosen = {int(k): v for k, v in data.items() if v in LANGUAGES}
            except (OSError, ValueError, AttributeError) as exc:
                self.problem = f"{path}: cannot read the language preferences ({exc}); starting without them"

    def get(self, user_id: int) -> str | None:
        return self._chosen.get(user_id)

    def set(self, user_id: int, language: str | None) -> None:
        """Choose `language` for a user; None goes back to automatic."""
        if language in LANGUAGES:
            self._chosen[user_id] = language  # type: ignore[assignment]
        else:
            self._chosen.pop(user_id, None)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(self.path.suffix + ".tmp")
            temporary.write_text(json.dumps({str(k): v for k, v in sorted(self._chosen.items())}), encoding="utf-8")
            os.replace(temporary, self.path)

    def __len__(self) -> int:
        return len(self._chosen)
