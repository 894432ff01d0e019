"""The conversation layer: what is said to the bot rather than asked about the articles.

Greetings, thanks, goodbyes, "help", "who are you", "what can you do", praise, complaints, small talk,
"tell me more" / "why?" after an answer, and command words typed as text ("sources", "/help") each get a
short fitting reply in the asker's language, never a fact and never "the articles don't say" (which
would be a false statement about the articles).

Only a whole message made of such phrases is conversation. Courtesies around a real question ("hi, who
is Sam Altman? thanks") are taken off it, so that "thanks" never meets the contractors being thanked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

from bot.core import lexicon
from bot.core.answers import Conversation
from bot.core.engine import remarks
from bot.core.engine.clean import clean
from bot.core.engine.french import written
from bot.core.i18n import command_name, label
from bot.core.language import ENGLISH_WORDS, FRENCH_WORDS, detect_language
from bot.core.text import fold, stem

# Each intent's phrases, folded (lower case, no accents, punctuation as spaces), by language.
_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "more": {
        "en": ("more", "tell me more", "more please", "more details", "more detail", "details", "go on", "continue", "and",
               "and then", "what else", "anything else", "elaborate", "explain", "explain more", "keep going", "say more",
               "more info", "more information", "tell me more about it", "tell me more about that", "can you elaborate",
               "can you tell me more", "what more", "expand",
               "another one", "another", "one more", "next", "next one", "again", "try again", "what else is there", "go ahead", "keep talking"),
        "fr": ("plus", "encore", "dis m en plus", "dites m en plus", "dis moi en plus", "dites moi en plus", "en savoir plus",
               "plus de details", "la suite", "et ensuite", "et alors", "et apres", "developpe", "developpez", "continue",
               "continuez", "quoi d autre", "autre chose", "tu peux developper", "explique", "expliquez",
               "une autre", "un autre", "encore une", "encore un", "suivant", "la suite stp", "autre", "vas y", "continue stp"),
    },
    "why": {
        "en": ("why", "why is that", "why so", "why that", "how come", "but why", "and why", "for what reason",
               "why did that happen", "why was that"),
        "fr": ("pourquoi", "pourquoi ca", "pourquoi donc", "mais pourquoi", "et pourquoi", "comment ca se fait",
               "pour quelle raison"),
    },
    "help": {
        "en": ("can you help me", "can you help", "could you help me", "could you help", "please help me", "i have a question", "i ve got a question", "can i ask you something", "can i ask a question", "can i ask you a question", "question", "i don t understand", "i dont understand", "what", "huh", "confused", "i m confused", "i m lost", "how do i ask", "help", "help me", "i need help", "need help", "help please", "commands", "command list", "list commands",
               "menu", "start", "get started", "how to start", "options", "instructions", "usage", "help help",
               "what do you mean", "what does that mean", "i don t get it", "i dont get it", "can you repeat that", "can you repeat", "repeat that", "repeat", "say that again", "come again", "sorry what", "what now", "how does it work", "idk what to ask",
               "tell me", "tell", "say", "give me", "show me", "explain to me", "i want to know", "i d like to know", "teach me"),
        "fr": ("tu peux m aider", "pouvez vous m aider", "peux tu m aider", "j ai une question", "une question", "je ne comprends pas", "je comprends pas", "quoi", "hein", "je suis perdu", "comment je fais", "aide", "aide moi", "aidez moi", "au secours", "a l aide", "besoin d aide", "j ai besoin d aide", "commandes",
               "commencer", "demarrer", "mode d emploi",
               "tu peux repeter", "vous pouvez repeter", "repete", "repetez", "comment ca", "c est a dire", "je capte pas", "j ai pas compris", "je n ai pas compris", "je sais pas quoi demander",
               "dis moi", "dites moi", "raconte", "racontez", "raconte moi", "racontez moi", "donne moi", "montre moi",
               "explique moi", "je veux savoir", "j aimerais savoir", "dis", "vas y dis moi"),
    },
    "identity": {
        "en": ("are you a robot", "are you a person", "are you a real person", "who s this", "who is this", "who are you", "what are you", "who made you", "who built you", "who created you", "who wrote you",
               "are you a bot", "are you human", "are you a human", "are you real", "are you an ai", "are you ai",
               "are you chatgpt", "are you gpt", "what is this bot", "what is this", "what bot is this", "who is this bot",
               "introduce yourself", "tell me about yourself", "what is your name", "what s your name", "your name",
               "who am i talking to", "which model are you",
               "who programmed you", "who coded you", "who trained you", "who designed you", "who developed you", "who s your creator", "who is your creator", "who s your maker", "who owns you", "who runs you", "who made this bot", "who made this", "are you open source", "what model are you", "what ai are you", "what are you exactly"),
        "fr": ("qui es tu", "qui etes vous", "t es qui", "tu es qui", "vous etes qui", "c est quoi ce bot", "c est quoi ce robot",
               "tu es un bot", "tu es un robot", "es tu un robot", "es tu un bot", "qui t a cree", "qui t a fait",
               "presente toi", "presentez vous", "comment tu t appelles", "comment t appelles tu", "quel est ton nom",
               "tu es humain", "es tu humain", "t es un robot",
               "t es qui toi", "tu es qui toi", "qui t a programme", "qui t a code", "qui t a developpe", "qui t a entraine", "qui t a fabrique", "t es chatgpt", "tu es chatgpt", "t es une ia", "tu es une ia", "t es un bot", "c est qui ton createur", "qui est ton createur", "t es quoi", "tu es quoi"),
    },
    "capabilities": {
        "en": ("what is this bot for", "what s this bot for", "what is this for", "what s this for", "what do you know about", "what are you able to do", "what can you do", "what do you do", "what do you know", "what can i ask", "what can i ask you",
               "what should i ask", "what should i ask you", "what are you for", "what are you good for", "how does this work",
               "how do you work", "how do i use you", "how do i use this", "how to use", "how to use this", "how to use you",
               "examples", "example", "give me an example", "give me examples", "some examples", "example questions",
               "what questions can i ask", "what do you cover", "what can you tell me", "what can you answer",
               "what topics do you cover", "what else do you know", "what else can you tell me", "what do you talk about", "what are you about"),
        "fr": ("a quoi sert ce bot", "ce bot sert a quoi", "tu connais quoi", "tu sais quoi", "que sais tu faire", "que peux tu faire", "qu est ce que tu sais faire", "qu est ce que tu peux faire",
               "tu sers a quoi", "a quoi tu sers", "a quoi sers tu", "que fais tu", "qu est ce que tu fais",
               "qu est ce que je peux te demander", "je peux te demander quoi", "je peux demander quoi", "on peut te demander quoi", "je te demande quoi", "que puis je te demander", "que puis je demander", "comment ca marche",
               "comment ca fonctionne", "comment t utiliser", "comment utiliser", "exemples", "exemple", "donne moi un exemple",
               "donne moi des exemples", "tu parles de quoi", "de quoi parles tu", "que sais tu"),
    },
    "praise": {
        "en": ("i love this", "i like this", "you re awesome", "you are awesome", "you re amazing", "you re cool", "you rock", "you re brilliant", "you re helpful", "you are helpful", "i love this bot", "i like this bot", "i like you", "love you", "love this", "love it thanks", "this is great", "this is awesome", "this is cool", "cool bot", "nice bot", "great bot", "awesome bot", "haha nice", "lmao", "xd", "that s cool", "that s awesome", "that s interesting", "fascinating", "that was helpful", "that was useful", "that helped a lot", "really helpful", "super helpful", "so helpful", "thanks that helps", "good bot", "great", "great job", "great answer", "nice", "nice one", "nice job", "awesome", "amazing", "perfect",
               "excellent", "well done", "good job", "good answer", "love it", "i love it", "you re great", "you are great",
               "you re the best", "you are the best", "impressive", "wow", "brilliant", "fantastic", "very good",
               "that s great", "that s helpful", "very helpful", "helpful", "that helps", "that helped", "good to know",
               "you re smart", "smart bot", "good", "neat", "sweet",
               "awesome thanks", "nice thanks", "great thanks", "cool thanks", "thanks that s great", "amazing thanks", "that s amazing", "that s neat", "love that", "that s helpful thanks"),
        "fr": ("je t adore", "t es top", "tu es top", "t es super", "tu es super", "trop fort", "trop cool", "c est cool", "j adore", "j aime bien", "bien vu", "merci c est top", "c est top", "genial merci", "pas mal", "c est utile", "tres utile merci", "ca m a aide", "bravo", "super", "genial", "parfait", "trop bien", "bien joue", "top", "tres bien", "excellent", "magnifique",
               "formidable", "merveilleux", "c est parfait", "c est super", "c est genial", "tu es genial", "t es genial",
               "bon robot", "bon bot", "bonne reponse", "tres utile", "utile", "ca m aide", "impressionnant", "chapeau",
               "c est ouf", "ouf", "incroyable", "dingue", "c est dingue", "trop cool merci", "merci c est genial", "waouh", "style", "trop style"),
    },
    "complaint": {
        "en": ("that s not helpful", "that was not helpful", "that wasn t helpful", "not useful", "that s not useful", "wrong again", "still wrong", "wrong", "that s wrong", "that is wrong", "this is wrong", "it s wrong", "incorrect", "that s incorrect",
               "not right", "that s not right", "that isn t right", "not true", "that s not true", "that isn t true",
               "you re wrong", "you are wrong", "bad bot", "useless", "you re useless", "stupid", "dumb", "stupid bot",
               "bad answer", "wrong answer", "that doesn t answer my question", "that s not what i asked",
               "not what i asked", "that s not it", "nonsense", "rubbish", "terrible", "you suck", "this sucks",
               "that makes no sense", "makes no sense", "that s false", "false", "liar", "you re lying", "no that s wrong",
               "not helpful", "unhelpful", "that didn t help", "bad", "awful", "worst bot",
               "prove it", "proof", "proof please", "where s the proof", "citation needed", "source please", "sources please", "that s fake", "fake", "fake news", "i don t believe you", "i don t believe it", "wrong bot", "you re so slow", "you re slow", "so slow", "too slow", "slow bot", "it doesn t work", "doesn t work", "not working", "this is broken", "broken", "not even close", "try harder", "you re dumb", "you re stupid", "that s dumb", "this is useless", "what a useless bot", "garbage", "trash"),
        "fr": ("est nul", "il est nul", "tu es nul", "t es nul", "est inutile", "pas utile", "ca m aide pas", "toujours faux", "faux", "c est faux", "pas vrai", "c est pas vrai", "ce n est pas vrai", "n importe quoi", "nul", "t es nul",
               "tu es nul", "c est nul", "mauvaise reponse", "ce n est pas ce que j ai demande", "c est pas ce que j ai demande",
               "inutile", "tu sers a rien", "ca n a aucun sens", "aucun sens", "tu te trompes", "vous vous trompez", "erreur",
               "c est une erreur", "archi faux", "bof", "pas utile", "menteur",
               "ca marche pas", "ca ne marche pas", "ca marche pas du tout", "ca bug", "t es lent", "tu es lent", "trop lent", "prouve le", "preuve", "des preuves", "source stp", "c est du n importe quoi", "nimporte quoi", "c est nimporte quoi", "je te crois pas", "je ne te crois pas", "t es bete", "tu es bete", "t es con", "nul a chier", "pas du tout", "a cote de la plaque", "ca n a rien a voir", "rien a voir"),
    },
    "thanks": {
        "en": ("thank you so much for your help", "thanks so much for your help", "thanks for the info", "thanks for the information", "thanks for the answer", "thank you for the answer", "thanks for answering", "thank you for the info", "thanks", "thank you", "thx", "ty", "tysm", "thanks a lot", "thank you very much", "thank you so much",
               "thanks so much", "thanks very much", "many thanks", "cheers", "much appreciated", "appreciate it",
               "i appreciate it", "thanks a bunch", "thanks a ton", "thank u", "thanx", "tnx", "thanks again", "thanks anyway",
               "thanks for the help", "thanks for your help", "thank you for your help", "thanks for that",
               "ty so much", "thank youuu", "thankss", "thnx", "thks", "tyvm", "thanks man", "thanks dude", "thank you kindly"),
        "fr": ("merci le bot", "merci pour les infos", "merci pour l info", "merci pour les informations", "merci pour la reponse", "merci pour ta reponse", "merci pour votre reponse", "merci", "merci beaucoup", "merci bien", "merci bcp", "je vous remercie", "je te remercie", "mille mercis",
               "merci mille fois", "merci pour l aide", "merci pour ton aide", "merci pour votre aide", "merci infiniment",
               "grand merci", "remerciements",
               "mrc", "mci", "merci a toi", "merci a vous", "merci infiniment", "merki", "merciii"),
    },
    "goodbye": {
        "en": ("see you tomorrow", "bye for now", "catch you later", "goodbye bot", "good bye bot", "bye", "goodbye", "good bye", "bye bye", "see you", "see ya", "see you later", "see you soon", "later",
               "cya", "good night", "gn", "farewell", "take care", "have a nice day", "have a good day", "i m done",
               "that s all", "that s it", "that s all for now", "gotta go", "talk later",
               "bye bot", "goodnight", "nite", "night", "ttyl", "peace", "peace out", "adios", "see you around", "i m off", "gotta run", "bye now"),
        "fr": ("au revoir", "a plus", "a plus tard", "a bientot", "a la prochaine", "bonne nuit", "bonne journee",
               "bonne soiree", "ciao", "adieu", "tchao", "a demain", "c est tout", "ce sera tout",
               "bisous", "bises", "bisou", "a tout a l heure", "a toute", "salut a plus", "ciao ciao", "je file", "j y vais", "bonne soiree a toi"),
    },
    "small_talk": {
        "en": ("tell me something", "tell me something interesting", "say something", "surprise me", "what s new", "whats new", "do you have feelings", "are you sentient", "what s the weather today", "how s your day", "how was your day", "good morning how are you", "do you sleep", "how are you", "how are you doing", "how are you today", "how s it going", "how is it going", "what s up",
               "whats up", "wassup", "how do you do", "how have you been", "what time is it", "what s the time",
               "what is the time", "what day is it", "what s the date", "what is the date", "what s today s date",
               "what is today s date", "what s the weather", "what s the weather like", "what is the weather",
               "how s the weather", "how is the weather", "is it going to rain", "will it rain today", "tell me a joke",
               "a joke", "tell me a story", "do you like me", "i love you", "are you alive", "are you ok",
               "how old are you", "where are you from", "where do you live", "what is the meaning of life",
               "sing a song", "do you dream", "are you happy", "what are you doing", "i m bored", "you there",
               "how s life", "how is life", "what are you up to", "are you bored", "do you like your job", "what s your favorite color", "do you have a name", "where are you", "are you a girl or a boy", "do you eat", "do you have friends", "can we be friends", "let s chat", "let s talk", "talk to me", "entertain me", "i m sad", "i m tired", "i m happy", "what do you think"),
        "fr": ("dis moi quelque chose", "raconte moi quelque chose", "quoi de beau", "il fait froid", "il fait chaud", "quel temps fait il aujourd hui", "bonne journee a toi", "tu dors", "ca va", "comment ca va", "comment vas tu", "comment allez vous", "tu vas bien", "vous allez bien",
               "quoi de neuf", "quoi de nouveau", "quelle heure est il", "il est quelle heure", "quel jour sommes nous", "on est quel jour",
               "quel jour on est", "quelle est la date", "quelle est la date d aujourd hui", "il fait beau",
               "il fait beau aujourd hui", "quel temps fait il", "il fait quel temps", "il pleut", "va t il pleuvoir",
               "raconte moi une blague", "une blague", "tu m aimes", "je t aime", "quel age as tu", "t as quel age",
               "tu viens d ou", "ou habites tu", "quel est le sens de la vie", "tu fais quoi", "je m ennuie", "tu es la",
               "t es la",
               "ca va et toi", "et toi", "bien et toi", "tu fais quoi de beau", "on discute", "parle moi", "je suis fatigue", "je suis triste", "t en penses quoi", "tu en penses quoi", "tu as des amis", "tu manges quoi",
               "dis moi un truc", "raconte moi un truc", "dis moi un truc sympa", "raconte moi un truc sympa", "dis un truc"),
    },
    "presence": {
        "en": ("anyone", "anybody", "hello anyone", "is this thing on", "are you awake", "test", "testing", "ping", "are you there", "anyone there", "anybody there", "is anyone there", "hello world"),
        "fr": ("il y a quelqu un", "y a quelqu un", "tu m entends"),
    },
    "acknowledgement": {
        "en": ("sorry", "my bad", "excuse me", "np", "no problem", "no worries", "you re welcome", "youre welcome", "welcome", "nevermind", "never mind", "forget it", "ok", "okay", "k", "kk", "alright", "all right", "sure", "got it", "i see", "understood", "fine", "yes", "yeah",
               "yep", "yup", "no", "nope", "nah", "lol", "haha", "hahaha", "hmm", "hm", "hmmm", "ah", "oh", "oh ok",
               "interesting", "cool", "oh cool", "noted", "makes sense", "right", "i understand", "fair enough", "so",
               "well", "really", "seriously",
               "gg", "sounds good", "sounds great", "sounds fine", "omg", "oh my god", "oh my", "wtf", "what the", "rofl", "lmfao", "bruh", "idk", "i don t know", "dunno", "whatever", "meh", "not bad", "oops", "umm", "um", "uh", "uhh", "erm", "no way", "that s crazy", "that s wild", "damn", "dang", "wow that s sad", "that s sad", "so sad", "poor guy", "poor thing", "yikes", "oof", "ikr", "agreed", "ok cool", "lol ok", "haha ok", "ok then", "alright then", "unbelievable", "incredible", "good to know", "really now", "huh interesting", "wow ok", "oh wow", "whoa", "woah", "lmao ok", "i guess", "guess so", "hmm ok", "ok ok", "okey", "okie", "oki", "okk", "sure thing", "cool cool", "same here", "me too", "nothing else", "no thanks", "no thank you", "nope that s all"),
        "fr": ("ca marche", "pardon", "desole", "de rien", "pas de souci", "pas de probleme", "laisse tomber", "tant pis", "d accord", "dac", "oui", "non", "bon", "ah bon", "je vois", "compris", "entendu", "mdr", "ok d accord",
               "interessant", "vraiment", "serieux", "ah ok",
               "bien", "ouais", "ben", "euh",
               "okok", "bref", "jsp", "je sais pas", "je ne sais pas", "ptdr", "xptdr", "la vache", "ah ouais", "bah", "bah oui", "bah non", "ok cool", "ok super", "osef", "mince", "zut", "tant mieux", "dommage", "c est triste", "le pauvre", "oh la la", "euh ok", "ok ok", "ouais ouais", "peut etre", "sans doute", "ca roule", "ca marche merci", "non merci", "c est bon", "pas grave"),
    },
    "overview": {
        "en": ("summary", "summarize", "summarise", "overview", "recap", "tldr", "tl dr", "rundown", "synopsis", "the gist", "gist"),
        "fr": ("resume", "resumer", "resumez", "synthese", "recapitulatif", "en bref", "en resume", "l essentiel"),
    },
    "doubt": {
        "en": ("are you sure", "is that so", "is that true", "for real", "is this real", "is that real", "you sure", "u sure",
               "r u sure", "is it true", "is that right", "is that correct", "is this true", "is this correct", "really sure",
               "source for that", "says who", "according to whom", "where does it say that", "where does that come from"),
        "fr": ("t es sur", "tu es sur", "vous etes sur", "c est vrai", "t es sur de toi", "tu es sur de toi", "c est sur",
               "vraiment sur", "ah bon c est vrai", "c est bien vrai", "c est vrai ca", "ou est ce que c est dit", "qui dit ca",
               "d ou ca vient", "ca vient d ou", "selon qui"),
    },
    "greeting": {
        "en": ("hi", "hello", "hey", "hiya", "howdy", "yo", "sup", "good morning", "good afternoon", "good evening",
               "greetings", "hi there", "hello there", "hey there", "hey you", "heya", "morning", "evening", "gm",
               "hello again", "hi again", "hey hey", "hi hi",
               "hey bot", "hello bot", "hi bot", "yo bot", "sup bot", "gm bot", "hellooo", "helloo", "hii", "hiii", "heyy", "heyyy", "hey hi", "good day", "g day", "howdy partner", "what s good"),
        "fr": ("bonjour", "bonsoir", "salut", "coucou", "allo", "bonjour a tous", "salut a tous", "re", "rebonjour",
               "bon matin",
               "slt", "cc", "bjr", "bsr", "wesh", "coucou toi", "salut toi", "bonjour toi", "salut salut", "kikou", "bonjoir"),
    },
}  # fmt: skip

#: Command words typed as text (with or without their slash): the command they stand for.
_COMMAND_WORDS: dict[str, str] = {
    "sources": "sources", "source": "sources", "articles": "sources", "article": "sources", "the articles": "sources",
    "list articles": "sources", "list sources": "sources", "list the articles": "sources", "show sources": "sources",
    "show the articles": "sources", "liste des articles": "sources", "les articles": "sources",
    "topics": "topics", "topic": "topics", "subjects": "topics", "themes": "topics", "sujets": "topics",
    "list topics": "topics", "show topics": "topics", "les sujets": "topics", "list the topics": "topics",
    "about": "about", "a propos": "about", "random": "random", "random fact": "random", "fait au hasard": "random",
    "compare": "compare", "comparer": "compare", "help": "help", "aide": "help", "ask": "help", "who": "help",
    "fact": "help", "topic list": "topics", "hasard": "random",
}  # fmt: skip
_SLASH = re.compile(r"^\s*/(?P<name>[a-z]+)\s*$")
#: Command names and command words only French uses (French Discord clients see the commands so): said in French.
_FRENCH_COMMAND_WORDS = frozenset(
    ["aide", "demander", "qui", "comparer", "hasard", "fait au hasard", "recharger", "langue", "verifier", "chronologie",
     "liste des articles", "les articles", "les sujets", "sujets", "a propos", "theme", "themes"]
)  # fmt: skip

#: Said to the bot or around a question; taken off either end of a real question.
_COURTESY_INTENTS = ("greeting", "thanks", "acknowledgement", "praise")
#: Addressing the bot or softening: ignored anywhere in a conversational message, and at the ends of a question.
_FILLER = frozenset(["bot", "reporting", "please", "pls", "plz", "svp", "stp", "mate", "buddy", "friend", "guys", "everyone"])
_FILLER |= {"exactly", "exactement", "actually"}
_FILLER_PHRASES = ("s il vous plait", "s il te plait", "le bot", "la bot", "mon bot", "the bot", "dear bot", "a toi", "a vous")
_FILLER_PHRASES += ("au juste",)
_NON_WORD = re.compile(r"[^a-z0-9]+")
#: Most phrases one message may string together ("ok, thanks, bye!").
MAX_PHRASES = 4
#: Intents asking about the previous answer.
FOLLOW_UPS = frozenset({"more", "why"})
#: The previous answer a face remembers after a reply that gave no fact (an abstention): "why?" or "pk ?" said next
#: is then told why nothing was answered, not asked "why what?". Never a fact's id (ids are slugs).
AFTER_ABSTENTION = "(abstained)"
#: When a message holds several intents, the one answered.
_PRIORITY = ("more", "why", "help", "identity", "capabilities", "complaint", "doubt", "overview", "small_talk", "praise", "thanks", "goodbye",
             "presence", "acknowledgement", "greeting")  # fmt: skip


def _build() -> tuple[dict[str, tuple[str, str | None]], int]:
    table: dict[str, tuple[str, str | None]] = {}
    for intent in reversed(_PRIORITY):  # earlier intents win a phrase two lists share
        for language, phrases in _PHRASES.get(intent, {}).items():
            for phrase in phrases:
                known = table.get(phrase)
                # A phrase both languages use ("excellent", "continue") says nothing of the asker's language.
                shared = known is not None and known[0] == intent and known[1] != language
                table[phrase] = (intent, None if shared else language)
    longest = max(len(p.split()) for p in table)
    return table, longest


_TABLE, _LONGEST = _build()
#: One-word phrases long enough to be recognised with a typo ("thnaks", "hepl" no: too short).
_TYPO_WORDS = [p for p in _TABLE if " " not in p and len(p) >= 5]
#: The words the layer reads: its phrases' and command words', and the literal words of its forms (remarks.py).
_VOCABULARY = frozenset(
    word
    for text in (*_TABLE, *_COMMAND_WORDS, *remarks.literal_words())
    for word in text.split()
    if len(word) >= 2 and word.isalpha()
)
_VOCABULARY_BY_LENGTH: dict[int, tuple[str, ...]] = {}
for _word in sorted(_VOCABULARY):
    _VOCABULARY_BY_LENGTH[len(_word)] = (*_VOCABULARY_BY_LENGTH.get(len(_word), ()), _word)


@dataclass(frozen=True, slots=True)
class Said:
    """What a message says to the bot: the intent and the language of its words (None when neutral)."""

    intent: str
    language: str | None
    #: The command a command word stands for ("sources", "topics", "help", "about", "random", "compare").
    command: str | None = None


def _words(text: str) -> list[str]:
    folded = fold(text).replace("'", " ").replace("’", " ")
    for phrase in _FILLER_PHRASES:
        folded = folded.replace(phrase, " ")
    words = _NON_WORD.sub(" ", folded).split()
    # "c faux", "c nul": "c" is how French is texted for "c'est".
    return [w for i, word in enumerate(words) for w in (("c", "est") if _texted_c(words, i) else (word,))]


def _texted_c(words: list[str], i: int) -> bool:
    return words[i] == "c" and i + 1 < len(words) and words[i + 1] != "est"


def _phrase_at(words: list[str], start: int) -> tuple[int, str, str | None] | None:
    """The longest known phrase starting at a word: (its length in words, intent, language)."""
    for size in range(min(_LONGEST, len(words) - start), 0, -1):
        found = _TABLE.get(" ".join(words[start : start + size]))
        if found:
            return size, *found
    word = words[start]
    if len(word) >= 5 and not word.isdigit():
        for known in _TYPO_WORDS:
            if abs(len(known) - len(word)) <= 1 and OSA.distance(word, known, score_cutoff=1) <= 1:
                return 1, *_TABLE[known]
    return None


def _language_of(languages: list[str | None]) -> str | None:
    if "fr" in languages:
        return "fr"
    return "en" if "en" in languages else None


def detect(text: str) -> Said | None:
    """What a whole message says to the bot, if it is not a question about the articles."""
    slash = _SLASH.match(text.lower())
    if slash:
        name = slash["name"]
        return Said("command", "fr" if name in _FRENCH_COMMAND_WORDS else None, _COMMAND_WORDS.get(name, "help"))
    if text.strip() and not _NON_WORD.sub("", fold(text)):
        # Only punctuation ("?", "??", "!"): help for a lost "?", a shrug for the rest.
        return Said("help" if "?" in text else "acknowledgement", None)
    if all(_EMOTICON.match(token) for token in text.split()):
        return Said("acknowledgement", None)  # ":)", "<3", "xD"
    # French text-speak in its written form: "pk ?" is "pourquoi ?", "et pq" "et pourquoi".
    every_word = _words(written(text))
    words = [w for w in every_word if w not in _FILLER]
    if not words:
        return None
    command = _COMMAND_WORDS.get(" ".join(words))
    if command is not None:
        return Said("command", "fr" if " ".join(words) in _FRENCH_COMMAND_WORDS else None, command)
    # The words as typed first ("are you a bot" is a phrase), then without the words addressing the bot ("thanks bot").
    said = _phrases(every_word) if every_word != words else None
    said = said or _phrases(words) or _about_the_bot(" ".join(every_word)) or _by_form(" ".join(words))
    if said is None and len(words) <= MAX_RESPELT_WORDS:
        # Misspelt words the layer reads ("is taht true", "giv me a fact", "wrng answer"), put right among its own words.
        respelt = [_respelt(word) for word in words]
        if respelt != words:
            said = _phrases(respelt) or _about_the_bot(" ".join(respelt)) or _by_form(" ".join(respelt))
    return said


#: Longest message whose misspelt words are put right among the conversation layer's own words (chat is short).
MAX_RESPELT_WORDS = 8


def _respelt(word: str) -> str:
    """A word of no language read as the conversation layer's word one edit from it (a swap of two letters counts as
    one: "taht", "waht", "giv", "wrng"), the commonest when several are; any other word as it is."""
    if len(word) < 3 or word.isdigit() or word in _VOCABULARY or _a_word(word):
        return word
    near = [
        known
        for known in _VOCABULARY_BY_LENGTH.get(len(word) - 1, ())
        + _VOCABULARY_BY_LENGTH.get(len(word), ())
        + _VOCABULARY_BY_LENGTH.get(len(word) + 1, ())
        if OSA.distance(word, known, score_cutoff=1) <= 1
    ]
    return max(near, key=lambda known: lexicon.zipf(stem(known))) if near else word


def _by_form(folded: str) -> Said | None:
    """A remark no phrase list holds, read by its form (remarks.py): "that's not correct", "give me a summary"."""
    found = remarks.read(folded)
    return Said(*found) if found is not None else None


def _phrases(words: list[str]) -> Said | None:
    """A message made only of known phrases: the intent answered, and the language of its words."""
    found: list[tuple[str, str | None]] = []
    position = 0
    while position < len(words):
        phrase = _phrase_at(words, position)
        if phrase is None or len(found) >= MAX_PHRASES:
            return None
        size, intent, language = phrase
        found.append((intent, language))
        position += size
    intents = {intent for intent, _ in found}
    intent = next(i for i in _PRIORITY if i in intents)
    return Said(intent, _language_of([language for _, language in found]))


#: Emoticons typed as text (emoji are cleaned away before this; a message of them only is an acknowledgement).
_EMOTICON = re.compile(r"^(?:[:;=8][-']?[()\[\]dpo/\\|*3]+|<3+|\^+_?\^+|x+d+|-_-|o_o|t_t|:'\()$", re.IGNORECASE)

#: Questions about the bot itself rather than the articles ("are you made by OpenAI?", "who programmed you",
#: "what are your sources", "tu travailles pour openai ?"): whatever names they share with the reporting, the asker
#: means the bot. Matched on the folded words; each gives the intent and the language of its words.
_ABOUT_THE_BOT: tuple[tuple[re.Pattern[str], str, str | None, str | None], ...] = tuple(
    (re.compile(pattern), intent, language, command)
    for pattern, intent, language, command in (
        (r"^(?:are|r)\s+(?:you|u)\s+(?:(?:a|an|the|just|really|actually|some|like|even)\s+)*(?:\w+\s+){0,2}?"
         r"(?:bot|robot|ai|human|person|chatgpt|gpt\w*|llm|model|program|machine|computer|sentient|conscious|open\s+source"
         r"|made|built|trained|created|programmed|powered|based|owned|run|affiliated|connected|linked|related|paid|sponsored"
         r"|biased|neutral|objective)\b(?:\s+\w+){0,3}$", "identity", "en", None),
        (r"^(?:who|what)\s+(?:\w+\s+){0,2}?(?:made|built|created|programmed|coded|wrote|trained|owns|runs|designed|developed"
         r"|powers|hosts|funds|pays|operates|controls|maintains)\s+(?:you|u|this\s+bot|this\s+thing|the\s+bot)$", "identity", "en", None),
        (r"^(?:who|what)\s+(?:is|s|are)\s+(?:your|ur)\s+(?:\w+\s+)?(?:creators?|makers?|owners?|developers?|authors?|devs?"
         r"|boss|master|company|model)$", "identity", "en", None),
        (r"^(?:what|which)\s+(?:model|llm|ai|language\s+model|version|gpt|engine|kind\s+of\s+(?:bot|ai))\s+(?:are|r)\s+(?:you|u)\b",
         "identity", "en", None),
        (r"^(?:do|did|does)\s+(?:you|u)\s+(?:work|works|belong)\s+(?:for|with|at|to)\b|^(?:is|was)\s+this\s+(?:bot|thing)\s+"
         r"(?:made|built|run|owned|powered|created|trained)\b", "identity", "en", None),
        (r"^how\s+(?:do|did|would|can)\s+(?:you|u)\s+know\b|^(?:who|what)\s+told\s+(?:you|u)\b", "identity", "en", None),
        (r"^(?:what|which|where)\s+(?:are|is|s)\s+(?:your|ur)\s+(?:\w+\s+)?(?:sources?|data|info|information|references?|facts)$"
         r"|^where\s+(?:do|did|does)\s+(?:you|u)\s+get\s+(?:\w+\s+){0,2}?(?:info|information|data|facts|answers?|sources?|this|that|it)$"
         r"|^(?:your|ur)\s+sources?$", "command", "en", "sources"),
        (r"^can\s+i\s+trust\s+(?:you|u|this|it|the\s+bot|your\s+answers?)\b|^how\s+(?:accurate|reliable)\s+are\s+(?:you|u)\b"
         r"|^(?:are|r)\s+(?:you|u)\s+(?:reliable|accurate|trustworthy)\b", "capabilities", "en", None),
        (r"^(?:t\s+es|tu\s+es|es\s+tu|vous\s+etes|etes\s+vous)\s+(?:(?:un|une|le|la|vraiment|juste)\s+)*(?:\w+\s+)?"
         r"(?:bot|robot|ia|ai|chatgpt|gpt\w*|humain\w*|personne|programme|machine|ordinateur|vrai\w*|reel\w*|conscient\w*"
         r"|fait\w*|cree\w*|entraine\w*|paye\w*|financ\w*|lie\w*)\b(?:\s+\w+){0,3}$", "identity", "fr", None),
        (r"^qui\s+(?:t\s+a|vous\s+a|t\s+as)\s+(?:cree|fait|programme|code|developpe|construit|ecrit|entraine|fabrique|concu|paye)\b"
         r"|^(?:tu|vous)\s+(?:travailles|travaillez|bosses|bossez|appartiens|appartenez)\s+(?:pour|a|chez)\b"
         r"|^(?:c\s+est\s+qui|qui\s+est)\s+(?:ton|votre)\s+(?:createur|proprietaire|patron|developpeur|maitre)\b"
         r"|^(?:d\s+ou|comment)\s+(?:tu|vous)\s+(?:sais|savez|tiens|tenez|le\s+sais|le\s+savez)\b|^qui\s+(?:te|vous)\s+l\s+a\s+dit\b",
         "identity", "fr", None),
        (r"^(?:c\s+est\s+quoi|quelles?\s+sont|quel\s+est|montre\s+moi)\s+(?:tes|vos|ta|votre)\s+(?:sources?|references?|infos?)$"
         r"|^(?:tes|vos)\s+sources$", "command", "fr", "sources"),
        (r"^(?:je\s+peux|peut\s+on|puis\s+je)\s+(?:te|vous)\s+faire\s+confiance\b|^(?:t\s+es|tu\s+es)\s+fiable\b",
         "capabilities", "fr", None),
    )
)  # fmt: skip


def _about_the_bot(folded: str) -> Said | None:
    for pattern, intent, language, command in _ABOUT_THE_BOT:
        if pattern.search(folded):
            return Said(intent, language, command)
    return None


def strip_courtesies(text: str) -> str:
    """A question with greetings, thanks and the like taken off its ends ("hi, who is X? thanks" -> "who is X?").

    Words are only taken off whole; what is left keeps its own spelling and punctuation.
    """
    tokens = text.split()
    start, end = 0, len(tokens)
    while start < end:
        step = _courtesy_prefix(tokens[start:end])
        if not step:
            break
        start += step
    while start < end:
        step = _courtesy_suffix(tokens[start:end])
        if not step:
            break
        end -= step
    if start >= end:
        return text
    return " ".join(tokens[start:end])


def _courtesy(words: list[str]) -> bool:
    folded = _words(" ".join(words))
    if not folded:
        return True  # punctuation or emoji only
    if all(w in _FILLER for w in folded):
        return True
    found = _TABLE.get(" ".join(folded))
    return found is not None and found[0] in _COURTESY_INTENTS and " ".join(folded) not in _KEEP_IN_QUESTIONS


#: Words that are courtesies alone but part of a question after them ("so what ...", "well ...", "right").
_KEEP_IN_QUESTIONS = frozenset(
    {"so", "well", "right", "really", "fine", "good", "great", "sure", "cool", "nice", "bien", "bon", "no", "non", "nope", "nah"}
)


def _courtesy_prefix(tokens: list[str]) -> int:
    for size in range(min(4, len(tokens) - 1), 0, -1):
        if _courtesy(tokens[:size]):
            return size
    return 0


def _courtesy_suffix(tokens: list[str]) -> int:
    for size in range(min(4, len(tokens) - 1), 0, -1):
        if _courtesy(tokens[-size:]):
            return size
    return 0


#: How common a word must be (Zipf frequency) to be taken for a word of the language (as the typo lookup takes it).
_REAL_WORD_ZIPF = 3.0
#: A letter typed three times or more ("lolll", "hmmmm", "zzzz") is read once.
_LETTER_RUN = re.compile(r"([a-z])\1{2,}")


def gibberish(text: str) -> bool:
    """A message of no word of either language, not even chat or text-speak ("zzzz qqq", "asdfgh"): it was not
    understood, and the reply says so rather than acknowledging it ("bruh", "mdrrr" are acknowledged)."""
    words = _NON_WORD.sub(" ", fold(text)).split()
    return bool(words) and not any(_a_word(word) for word in words)


def _a_word(word: str) -> bool:
    if word.isdigit() or word in FRENCH_WORDS or word in ENGLISH_WORDS or word in _TABLE:
        return True
    return any(len(form) >= 2 and lexicon.zipf(stem(form)) >= _REAL_WORD_ZIPF for form in {word, _LETTER_RUN.sub(r"\1", word)})


# ---------------------------------------------------------------------------------------------- replies


def reply_text(key: str, language: str, **values: str) -> str:
    """The reply for an intent (or a follow-up's "more_about" / "why_about"), in English or French: the words are
    the label catalogue's (`chat.KEY` in bot/core/i18n.py)."""
    return label(f"chat.{key}", language, about=label("chat.about", language), example=label("chat.example", language), **values)


#: How much of a message its language is read from (the engine matches no more than a few hundred characters).
MAX_LANGUAGE_CHARS = 2000


def language_of(text: str) -> str | None:
    """The language a message shows, read as the engine reads it: Discord markup cleaned off; a phrase said to the
    bot ("bonne soirée") by its own language, else its words'; a question by its words once the courtesies around it
    are taken off ("thanks! combien gagne savreux" is French). None when nothing tells (the caller then falls back on
    the reader's locale or terminal, else English)."""
    cleaned = clean(text[:MAX_LANGUAGE_CHARS])
    said = detect(cleaned)
    if said is not None:
        return said.language or detect_language(cleaned)
    return detect_language(strip_courtesies(cleaned)) or detect_language(cleaned)


def in_language(said: Conversation, language: str) -> Conversation:
    """The same reply in another language (a reader who chose French with /language gets "Avec plaisir !" for
    "thanks"): the words are chosen again from the catalogue, never translated."""
    if said.intent == "command":
        command = said.command or "help"
        text = reply_text("help" if command == "help" else "command", language, command=command_name(command, language))
    elif said.translations:
        text = dict(said.translations).get(language, said.reply)
    elif said.key is not None:
        text = reply_text(said.key, language)
    elif said.about is not None:
        text = reply_text(f"{said.intent}_about", language)
    else:
        text = reply_text(said.intent, language)
    return replace(said, reply=text)
