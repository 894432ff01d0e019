"""What a message says to the bot by its form, where the conversation layer's phrase lists cannot list every wording.

A phrase list is matched whole: "not true" was a complaint, but "that's not correct" was not, fell through to the
matcher and was answered with the fact whose keyword is "correct". A complaint is a form, not a list: a judgement of
the last reply, negated when it is a good word ("that is not right", "c'est pas ça", "ce n'est pas la bonne réponse")
or not when it is a bad one ("this answer is totally wrong", "c'est complètement faux", "tu racontes n'importe quoi").
So are requests to the bot: an overview of the articles ("what are the articles about", "give me a summary",
"de quoi parlent les articles", "résume"), a fact at random ("give me a fact", "un fait au hasard"), and doubt about
an answer ("is that true?", "c'est vrai ?"). Each form is read on the folded words of the whole message (conversation.py
folds them), so a real question, which says what it asks about, never fits one.
"""

from __future__ import annotations

import re

# Words in front of a remark that change nothing ("no, that's not right", "mais c'est faux").
_LEAD_EN = r"^(?:(?:no|nope|nah|um|umm|uh|hmm|hm|well|but|sorry|wait|erm|ugh|lol|bruh|dude|man|actually|i\s+think|err|huh|so|yeah|ok|okay|oh|and)\s+)*"
_LEAD_FR = (
    r"^(?:(?:non|nan|mais|euh|bah|ben|hein|hmm|pff|pfff|bof|alors|desole|attends|wesh|mdr|lol|genre|ok|oh|ah|et|bon|enfin)\s+)*"
)
_TAIL_EN = r"(?:\s+(?:though|tho|again|sorry|mate|man|dude|lol|bro|at\s+all|buddy|unfortunately|i\s+think|imo|here|there|either|ok|okay))*$"
_TAIL_FR = r"(?:\s+(?:la|hein|enfin|quand\s+meme|encore|du\s+tout|franchement|mdr|lol|bro|frere|mec|desole|stp|svp|non|ok))*$"
_INTENSE_EN = (
    r"(?:(?:so|totally|completely|absolutely|just|all|simply|entirely|very|clearly|obviously|definitely|still|again|also|quite"
    r"|plain|dead|really|actually|even|at\s+all|100|literally|way|kinda|kind\s+of|a\s+bit|pretty|the|an?)\s+)*"
)
_INTENSE_FR = (
    r"(?:(?:completement|totalement|archi|carrement|vraiment|encore|toujours|tout|trop|super|grave|franchement|clairement"
    r"|absolument|juste|du\s+grand|un\s+peu|du|de|la|le|une?|pas\s+du\s+tout|meme)\s+)*"
)
# Who or what is judged: the last reply, or the bot.
_JUDGED_EN = (
    r"(?:that|this|it|that\s+one|this\s+one|you|u|(?:that|this|the|your|ur|ya)\s+(?:answer|reply|response|info|information"
    r"|fact|result|bot))"
)
_BE_EN = r"(?:is|s|was|are|re|r|seems|sounds|looks|feels)"
_NOT_BE_EN = rf"(?:{_JUDGED_EN}\s+{_BE_EN}\s+(?:not|nt)|{_JUDGED_EN}\s+(?:isn|wasn|aren|doesn|don)\s+t(?:\s+(?:seem|sound|look))?|thats\s+not|its\s+not|thats\s+nt|not)"
_IS_EN = rf"(?:{_JUDGED_EN}\s+{_BE_EN}|thats|its|ur|youre|u\s+r|that\s+sounds|sounds|seems|looks)"
#: Words a right reply is: negated, a complaint ("not correct", "that isn't what I asked").
_GOOD_EN = (
    r"(?:correct|right|true|accurate|exact|precise|it|helpful|useful|relevant|good|(?:the|a|an)\s+(?:right|correct|good|real)\s+answer"
    r"|an\s+answer|(?:the\s+)?answer|(?:what|wat)\s+i\s+(?:asked|meant|wanted|said|was\s+asking|asked\s+for|was\s+looking\s+for)"
    r"|my\s+question|what\s+i\s+asked\s+about|the\s+question|(?:the\s+)?same\s+thing|factual|reliable|trustworthy)"
)
#: Words a wrong reply is: a complaint as they stand ("that's wrong", "totally false").
_BAD_EN = (
    r"(?:wrong|incorrect|false|untrue|inaccurate|inexact|mistaken|bogus|bs|bullshit|nonsense|rubbish|garbage|trash|crap|made\s+up"
    r"|irrelevant|off\s+topic|unrelated|misleading|a\s+lie|lies|lying|a\s+hallucination|hallucinating|hallucinated|outdated|wrong"
    r"\s+again|useless|pointless|stupid|dumb|ridiculous|nonsensical|incomplete|confused|confusing|broken|a\s+mistake|an\s+error"
    r"|fake|not\s+it|off|way\s+off|not\s+even\s+close|a\s+wrong\s+answer|bad|terrible|awful|weird|meaningless)"
)
_REPLY_WORD_EN = r"(?:answer|answers|reply|response|info|information|fact|bot|result|one|output)"
_BAD_ADJECTIVE_EN = (
    r"(?:wrong|bad|incorrect|false|terrible|awful|useless|stupid|dumb|inaccurate|irrelevant|nonsense|weird|poor|horrible|crap"
    r"|shit|garbage|rubbish|misleading|pointless|off\s+topic|made\s+up|fake|broken|lousy|worst)"
)

_GOOD_FR = (
    r"(?:ca|correct\w*|juste|exact\w*|vrai\w*|bon\w*|la\s+bonne(?:\s+reponse)?|la\s+reponse|une\s+reponse|ce\s+que\s+j\s+(?:ai\s+)?demande"
    r"|ce\s+que\s+je\s+(?:demande|demandais|voulais|veux|cherche|cherchais)|pertinent\w*|utile|(?:a\s+)?(?:ma|la)\s+question"
    r"|le\s+cas|(?:tout\s+a\s+fait\s+)?ca|logique|fiable|precis\w*|ca\s+que\s+j\s+ai\s+demande|le\s+bon\s+\w+|la\s+meme\s+chose)"
)
_BAD_FR = (
    r"(?:faux|fausse|inexact\w*|incorrect\w*|errone\w*|n\s+importe\s+quoi|hors\s+sujet|a\s+cote(?:\s+de\s+la\s+plaque)?|nul\w*"
    r"|mauvais\w*|une\s+erreur|nimporte\s+quoi|un\s+mensonge|des\s+mensonges|nawak|invente\w*|pipeau|bidon|absurde|con|debile|naze|pourri\w*"
    r"|une\s+blague|n\s+importe\s+nawak|(?:du\s+)?grand\s+n\s+importe\s+quoi|faux\s+archi\s+faux|inutile|sans\s+rapport|a\s+l\s+ouest"
    r"|bizarre|incomplet\w*|mensonger\w*|trompeu\w*|foireu\w*|de\s+la\s+merde|(?:de\s+la\s+)?daube|n\s+imp|nimp)"
)
_IS_FR = (
    r"(?:c\s+est|c\s+etait|ca\s+c\s+est|ca\s+est|cest|ca\s+semble|ca\s+a\s+l\s+air|(?:ta|votre|la|cette|ton|ce|tes|vos)\s+"
    r"(?:reponse|reponses|info|infos|resultat|fait)\s+(?:est|etait|sont|semble)|ce\s+que\s+tu\s+dis(?:\s+c)?\s+est|tout\s+ca\s+c\s+est)"
)
_NOT_IS_FR = (
    rf"(?:{_IS_FR}\s+(?:pas|plus|point)|ce\s+n\s+est\s+(?:pas|plus)|ce\s+n\s+etait\s+(?:pas|plus)|ca\s+n\s+est\s+(?:pas|plus)"
    r"|(?:ta|votre|la|cette|ton|ce)\s+(?:reponse|info|resultat)\s+n\s+est\s+pas|ca\s+(?:ne\s+)?(?:semble|parait)\s+pas|pas)"
)

#: (pattern, intent, language, command): the form of a remark, and what it says.
_FORMS: tuple[tuple[re.Pattern[str], str, str | None, str | None], ...] = tuple(
    (re.compile(pattern), intent, language, command)
    for pattern, intent, language, command in (
        # ---- complaints about the last reply
        (rf"{_LEAD_EN}{_NOT_BE_EN}\s+{_INTENSE_EN}{_GOOD_EN}{_TAIL_EN}", "complaint", "en", None),
        (rf"{_LEAD_EN}(?:{_IS_EN}\s+)?{_INTENSE_EN}{_BAD_EN}{_TAIL_EN}", "complaint", "en", None),
        (rf"{_LEAD_EN}(?:(?:that|this|it)\s+(?:s|is|was)\s+)?(?:a|an|the|such\s+a|what\s+an?|so|very|really|totally|completely|another)?"
         rf"\s*{_BAD_ADJECTIVE_EN}\s+{_REPLY_WORD_EN}{_TAIL_EN}", "complaint", "en", None),
        (rf"{_LEAD_EN}(?:you|u|ya)\s+(?:got|have|ve\s+got|get|had|re\s+getting|are\s+getting)\s+(?:it|that|this|everything|the\s+facts?"
         rf"|(?:the|my)\s+question|it\s+all)\s+{_INTENSE_EN}(?:wrong|mixed\s+up|backwards|confused)(?:\s+again)?{_TAIL_EN}", "complaint", "en", None),
        (rf"{_LEAD_EN}(?:you|u|ya|it|that|this)\s+(?:made|make|are\s+making|re\s+making|just\s+made)\s+(?:it|that|this|things|stuff|a\s+mistake"
         rf"|an\s+error|mistakes|errors)(?:\s+up)?{_TAIL_EN}", "complaint", "en", None),
        (rf"{_LEAD_EN}(?:that|this|it|you|u)\s+(?:does|did|do)\s*(?:not|n\s+t|nt)\s+(?:answer|address|respond\s+to)\s+(?:my|the|what\s+i)"
         rf"(?:\s+\w+)?{_TAIL_EN}|{_LEAD_EN}(?:that|this|it)\s+(?:does|did)\s*(?:not|n\s+t|nt)\s+(?:make\s+(?:any\s+)?sense|help|work)"
         rf"{_TAIL_EN}|{_LEAD_EN}(?:you|u)\s+(?:did|do)\s*(?:not|n\s+t|nt)\s+(?:answer|get|understand|read)\s+(?:my|the|what\s+i)"
         rf"(?:\s+\w+)?{_TAIL_EN}|{_LEAD_EN}(?:you|u)\s+(?:re|are|r)\s+(?:not|nt)\s+(?:helping|listening|making\s+sense){_TAIL_EN}",
         "complaint", "en", None),
        (rf"{_LEAD_FR}{_NOT_IS_FR}\s+{_INTENSE_FR}{_GOOD_FR}{_TAIL_FR}", "complaint", "fr", None),
        (rf"{_LEAD_FR}(?:{_IS_FR}\s+)?{_INTENSE_FR}{_BAD_FR}{_TAIL_FR}", "complaint", "fr", None),
        (rf"{_LEAD_FR}(?:c\s+est\s+)?(?:une\s+)?(?:mauvaise|fausse|sale|reponse)\s+(?:reponse|fausse|incorrecte|erronee|nulle|a\s+cote(?:\s+de\s+la\s+plaque)?"
         rf"|debile|inexacte|bidon){_TAIL_FR}", "complaint", "fr", None),
        (rf"{_LEAD_FR}(?:t\s+es|tu\s+es|vous\s+etes|t\s+etais|tu\s+etais)\s+{_INTENSE_FR}(?:a\s+cote(?:\s+de\s+la\s+plaque)?|hors\s+sujet"
         rf"|a\s+l\s+ouest|perdu|largue|nul\w*|con|bete|debile|naze){_TAIL_FR}"
         rf"|{_LEAD_FR}(?:bof|nul\w*|pas\s+terrible|pas\s+top|bidon|moyen)\s+(?:ta|votre|cette|la|ton|ce)\s+(?:reponse|resultat|truc){_TAIL_FR}"
         rf"|{_LEAD_FR}(?:ta|votre|cette)\s+reponse\s+(?:est\s+)?(?:bof|pas\s+terrible|pas\s+top|moyenne|nulle|a\s+cote(?:\s+de\s+la\s+plaque)?)"
         rf"{_TAIL_FR}", "complaint", "fr", None),
        (rf"{_LEAD_FR}(?:tu\s+as|t\s+as|vous\s+avez|t\s+a|ta)\s+(?:{_INTENSE_FR})(?:tort|faux|tout\s+faux|invente|mal\s+compris"
         rf"|rien\s+compris|pas\s+compris|pas\s+repondu|fait\s+une\s+erreur|dit\s+n\s+importe\s+quoi|dit\s+des\s+betises){_TAIL_FR}"
         rf"|{_LEAD_FR}(?:tu\s+te|vous\s+vous|tu\s+t|t\s+te)\s+(?:trompes|trompez|es\s+trompe|etes\s+trompe\w*|plantes|plantez|es\s+plante"
         rf"|goures|fourvoies){_TAIL_FR}"
         rf"|{_LEAD_FR}(?:tu|vous|t)\s+(?:dis|dites|racontes|racontez|reponds|repondez|inventes|inventez|delires|deraille\w*)"
         rf"(?:\s+(?:{_INTENSE_FR})(?:n\s+importe\s+quoi|des\s+betises|des\s+conneries|faux|a\s+cote|du\s+pipeau|des\s+trucs))?{_TAIL_FR}"
         rf"|{_LEAD_FR}(?:ca|cela|ta\s+reponse|votre\s+reponse|tu|vous)\s+(?:ne\s+)?(?:repond|reponds|repondez)\s+pas\s+a\s+(?:ma|la)"
         rf"\s+question{_TAIL_FR}|{_LEAD_FR}(?:ca|cela)\s+(?:n\s+a|a)\s+(?:rien|aucun)\s+(?:a\s+voir|sens|rapport){_TAIL_FR}",
         "complaint", "fr", None),
        # ---- an overview of the articles
        (r"^(?:(?:so|ok|okay|and|hey|hi|hello|well|um|uh|quick\s+question|basically)\s+)*(?:what|wat|wut|whats)\s+(?:are|is|were|was|r|s)?"
         r"\s*(?:(?:the|these|those|your|ur|all\s+the|all\s+these|all\s+those|the\s+five|these\s+five|the\s+5|the\s+news|this|it|all"
         r"\s+this)\s+)?(?:articles?|stories|story|news|reporting|reports?|sources?|texts?|pieces?|coverage|papers?|it|this|that|they"
         r"|stuff|all|bot|thing|things|topic|subject|five\s+articles|news\s+articles)\s+(?:all\s+|even\s+|really\s+|mainly\s+|mostly\s+)?"
         r"(?:about|on|covering|saying)(?:\s+(?:again|then|exactly|anyway|really))?$", "overview", "en", None),
        (r"^(?:(?:so|ok|okay|and|hey|well)\s+)*what\s+(?:do|did|does)\s+(?:the|these|those|your|all\s+the|the\s+five)?\s*(?:articles?"
         r"|stories|reports?|sources?|texts?|pieces?|news|they|it)\s+(?:say|report|cover|discuss|talk\s+about|tell\s+(?:us|me)"
         r"|deal\s+with|describe|contain|show|explain)(?:\s+(?:in\s+short|in\s+general|overall|basically|exactly))?$", "overview", "en", None),
        (r"^(?:(?:so|ok|okay|and|hey|well)\s+)*(?:what|whats)\s+(?:s\s+|is\s+)?(?:going\s+on|happening|the\s+story|the\s+deal"
         r"|the\s+big\s+deal|the\s+buzz)(?:\s+(?:here|there|in\s+(?:the|these|those|your)\s+(?:articles?|stories|news|reports?)"
         r"|with\s+(?:the|these|those)\s+(?:articles?|stories)))?$", "overview", "en", None),
        (r"^(?:(?:so|ok|okay|and|hey|well)\s+)*(?:what\s+s|whats|what\s+is)\s+in\s+(?:the|these|those|your)\s+(?:articles?|stories|news"
         r"|sources?|texts?)$", "overview", "en", None),
        (r"^(?:(?:so|ok|okay|and|hey|well|please)\s+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+|i\s+(?:want|need|d\s+like|would\s+like)"
         r"\s+|let\s+s\s+(?:have|get)\s+|just\s+)?(?:(?:give|show|send|get|write|make|do|gimme|provide|tell)\s+(?:me|us)?\s*)?"
         r"(?:(?:a|an|the|some|quick|short|brief|little|general|overall|full|small|tiny|one\s+line|one\s+sentence)\s+)*"
         r"(?:summary|summaries|summery|sumary|overview|recap|rundown|run\s+down|tl\s*dr|tldr|tl\s+d\s+r|gist|synopsis|digest|briefing"
         r"|main\s+points|key\s+points|highlights|headlines|big\s+picture|short\s+version)"
         r"(?:\s+(?:of|on|about|for)\s+(?:it|them|that|this|everything|all|(?:the|these|those|all\s+the|the\s+five|your)\s+"
         r"(?:articles?|stories|news|sources?|reporting|texts?|whole\s+thing|thing)))?(?:\s+(?:for\s+me|please|pls))?$",
         "overview", "en", None),
        (r"^(?:(?:so|ok|okay|and|hey|well|please)\s+)*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:summarize|summarise|summarize\s+up|sum\s+up"
         r"|recap|outline|brief\s+me|overview|sum\s+(?:it|them|this|that)\s+up|catch\s+me\s+up|fill\s+me\s+in|explain)"
         r"(?:\s+(?:it|them|that|this|everything|all|up|(?:the|these|those|all\s+the|the\s+five|your)\s+(?:articles?|stories|news"
         r"|sources?|reporting|texts?|thing)|on\s+(?:the|these)\s+(?:articles?|news|stories)|for\s+me|please|pls|quickly|briefly"
         r"|in\s+(?:short|brief|a\s+few\s+words|one\s+sentence|one\s+line)))*$", "overview", "en", None),
        (r"^(?:(?:so|ok|okay|and|hey)\s+)*(?:any|the\s+latest|latest|got\s+any|what\s+s\s+the|whats\s+the|what\s+is\s+the|some)\s+news"
         r"(?:\s+(?:today|then|for\s+me|lately))?$|^news$", "overview", "en", None),
        (r"^(?:(?:alors|et|bon|ok|salut|bonjour|euh|mais|donc|du\s+coup)\s+)*(?:de\s+)?(?:quoi|qu\s+est\s+ce\s+qu)\s+(?:est\s+ce\s+que\s+|est\s+ce\s+qu\s+)?"
         r"(?:ca|ils|elles|il|elle|cela|(?:les|ces|tes|vos|l|cet|ce|le)\s+(?:articles?|textes?|papiers?|reportages?|sources?|infos?|bot)"
         r"|on)?\s*(?:parle\w*|traite\w*|cause\w*|racont\w*|dis\w*|s\s+agit\s+il|il\s+s\s+agit|est\s+il\s+question|est\s+ce)"
         r"(?:\s+(?:t\s+)?(?:ils|elles|il))?(?:\s+(?:les|ces|tes|vos|l|cet)\s+(?:articles?|textes?|papiers?|reportages?|sources?))?"
         r"(?:\s+(?:au\s+juste|exactement|en\s+gros|en\s+bref|globalement|en\s+general|concretement))?$", "overview", "fr", None),
        (r"^(?:(?:alors|et|bon|ok|euh|mais|donc)\s+)*(?:(?:les|ces|tes|vos|l)\s+(?:articles?|textes?|infos?|sources?)|ca|ils|elles|cela)"
         r"\s+(?:parle\w*|traite\w*|raconte\w*|dise\w*|dit|cause\w*)\s+(?:de\s+)?quoi(?:\s+(?:les|ces|tes|vos)\s+(?:articles?|textes?|infos?))?"
         r"(?:\s+(?:au\s+juste|exactement|en\s+gros))?$"
         r"|^(?:(?:alors|et|bon|ok|euh|mais|donc)\s+)*(?:c\s+est\s+quoi|quel\s+est|quels\s+sont|quels\s+sont\s+les|c\s+est\s+quoi\s+les)"
         r"\s+(?:le\s+|les\s+|l\s+)?(?:sujet|sujets|theme|themes|grandes\s+lignes|topo|histoire|propos)(?:\s+(?:des|de\s+ces|de\s+tes|de\s+vos)"
         r"\s+(?:articles?|textes?|sources?))?$", "overview", "fr", None),
        (r"^(?:(?:alors|et|bon|ok|euh|mais|donc|stp|svp)\s+)*(?:(?:tu\s+peux|vous\s+pouvez|peux\s+tu|pouvez\s+vous|pourrais\s+tu"
         r"|pourriez\s+vous|tu\s+pourrais|je\s+veux|je\s+voudrais|j\s+aimerais|il\s+me\s+faut)\s+)?(?:(?:me|m|nous)\s+)?"
         r"(?:(?:faire|donner|donne|donnez|fais|faites|file|envoie|ecrire|ecris|avoir)\s+)?(?:(?:moi|nous)\s+)?"
         r"(?:(?:un|une|le|la|l|les|petit|petite|court|courte|bref|breve|rapide)\s+)*"
         r"(?:resume|resumer|resumes|resumez|resume\s+moi|resumez\s+moi|synthese|synthetiser|synthetise|recap|recapitulatif|recapituler"
         r"|recapitule|apercu|tl\s*dr|tldr|grandes\s+lignes|essentiel|en\s+bref|en\s+resume|topo|vue\s+d\s+ensemble|infos|nouvelles"
         r"|actus?|actualites?)(?:\s+(?:moi|nous|les|ca|tout|le\s+tout|des\s+articles|les\s+articles|ces\s+articles|de\s+ces\s+articles"
         r"|de\s+tout\s+ca|de\s+l\s+ensemble|rapide|court|vite\s+fait|express|en\s+deux\s+mots|en\s+quelques\s+mots|en\s+une\s+phrase|rapidement|vite|stp|svp|du\s+jour))*$",
         "overview", "fr", None),
        (r"^(?:(?:et|alors|bon)\s+)*(?:quelles|des|les|y\s+a\s+t\s+il\s+des|il\s+y\s+a\s+des|t\s+as\s+des|tu\s+as\s+des)\s+(?:nouvelles|news|infos"
         r"|actus?|actualites)(?:\s+(?:du\s+jour|aujourd\s+hui))?$", "overview", "fr", None),
        # ---- a fact at random: what /random gives
        (r"^(?:(?:so|ok|okay|and|hey|please|just)\s+)*(?:(?:can|could|would)\s+(?:you|u)\s+|i\s+(?:want|need|d\s+like|would\s+like)\s+)?"
         r"(?:(?:give|tell|show|send|share|get|hit|gimme|drop|throw|pick|pull)\s+(?:me|us)?\s*(?:with\s+)?)?"
         r"(?:(?:a|an|one|some|another|any|the|random|fun|interesting|cool|surprising|good|quick|single|new|other|more|little|weird"
         r"|crazy|wild|juicy|key|rand|randm|ramdom|radom)\s+)*(?:fact|facts|factoid|trivia|fact\s+at\s+random|thing\s+at\s+random"
         r"|(?:something|anything)\s+random)"
         r"(?:\s+(?:at\s+random|please|pls|from\s+(?:the|these)\s+articles|about\s+(?:it|them|the\s+articles)|for\s+me|then|now))*$",
         "command", "en", "random"),
        (r"^(?:(?:et|alors|bon|ok|stp|svp|allez)\s+)*(?:(?:tu\s+peux|vous\s+pouvez|peux\s+tu|pouvez\s+vous|je\s+veux|je\s+voudrais"
         r"|j\s+aimerais)\s+)?(?:(?:me|m|nous)\s+)?(?:(?:donne|donnez|donner|dis|dites|dire|raconte|racontez|raconter|montre|montrez"
         r"|montrer|balance|envoie|file|sors|tire)\s+)?(?:(?:moi|nous)\s+)?(?:un|une|des|quelques|autre|encore)?\s*(?:autre\s+)?"
         r"(?:fait|faits|anecdote|anecdotes|info|truc)\s+(?:au\s+hasard|aleatoire|aleatoires|random|amusant|interessant|sympa|marrant"
         r"|insolite|surprenant|quelconque|sur\s+les\s+articles|des\s+articles|pris\s+au\s+hasard|tire\s+au\s+hasard|du\s+jour)"
         r"(?:\s+(?:stp|svp|s\s+il\s+te\s+plait))*$"
         r"|^(?:(?:et|alors|bon|ok|allez)\s+)*(?:donne|donnez|dis|dites|raconte|racontez|montre|balance|envoie|file)\s+(?:(?:moi|nous)\s+)?"
         r"(?:un|une)\s+(?:autre\s+)?(?:fait|anecdote)(?:\s+(?:stp|svp))*$"
         r"|^(?:(?:et|alors|bon|ok|allez)\s+)*(?:encore\s+)?(?:un|une)\s+(?:autre\s+)?(?:fait|anecdote)(?:\s+(?:stp|svp))*$",
         "command", "fr", "random"),
        # ---- doubt about the last reply: its quotes and the claim check answer it
        (rf"{_LEAD_EN}(?:is|was|are)\s+(?:that|this|it|that\s+answer|this\s+answer|the\s+answer|this\s+fact|that\s+fact|this\s+info"
         r"|that\s+info)\s+(?:really\s+|actually\s+|even\s+|100\s+)?(?:true|right|correct|accurate|real|so|a\s+fact|sure|reliable|verified"
         rf"|legit|certain|for\s+real|the\s+truth|confirmed){_TAIL_EN}"
         rf"|{_LEAD_EN}(?:(?:are|r)\s+)?(?:you|u)\s+(?:really\s+|absolutely\s+|100\s+|completely\s+)?(?:sure|certain|positive|confident)"
         rf"(?:\s+(?:about\s+(?:that|this|it)|of\s+(?:that|this|it)))?{_TAIL_EN}"
         rf"|{_LEAD_EN}(?:i\s+m\s+|im\s+|i\s+am\s+)?not\s+(?:so\s+|too\s+|really\s+|very\s+)?sure\s+(?:(?:that|this|it)\s+(?:s|is)\s+|about\s+)?"
         rf"(?:that|this|it|right|true|correct|accurate){_TAIL_EN}"
         rf"|{_LEAD_EN}(?:how\s+sure\s+are\s+(?:you|u)|how\s+do\s+i\s+know\s+(?:that|this|it)\s+s\s+(?:true|right)|can\s+(?:you|u)\s+"
         rf"(?:prove|verify|confirm|double\s+check|check)\s+(?:that|this|it))(?:\s+(?:is\s+)?(?:true|right))?{_TAIL_EN}",
         "doubt", "en", None),
        (rf"{_LEAD_FR}(?:(?:c\s+est|c\s+etait|cest|est\s+ce|est\s+ce\s+que\s+c\s+est|ca\s+c\s+est|c\s+est\s+bien|c\s+est\s+vraiment"
         r"|c\s+est\s+sur|tu\s+es|t\s+es|vous\s+etes|es\s+tu|etes\s+vous)\s+(?:vraiment\s+|bien\s+|sur\s+que\s+c\s+est\s+|certain\s+que\s+"
         r"c\s+est\s+)?(?:vrai|juste|exact|correct|sur|sure|certain|certaine|fiable|verifie|avere|confirme|la\s+verite)"
         rf"(?:\s+(?:de\s+toi|de\s+vous|de\s+ca|de\s+cela|ca|ce\s+truc|cette\s+info|cette\s+reponse))?{_TAIL_FR}"
         rf"|{_LEAD_FR}(?:tu\s+peux|vous\s+pouvez|peux\s+tu|pouvez\s+vous)\s+(?:le\s+)?(?:prouver|verifier|confirmer|justifier)"
         rf"{_TAIL_FR}|{_LEAD_FR}(?:c\s+est\s+)?(?:vrai\s+ou\s+faux|sur\s+et\s+certain|sur\s+de\s+sur)){_TAIL_FR}",
         "doubt", "fr", None),
    )
)  # fmt: skip


def read(folded: str) -> tuple[str, str | None, str | None] | None:
    """What a whole message (its folded words, one space apart) says to the bot by its form: (intent, language of its
    words, the command it asks for), or None when it fits no form."""
    for pattern, intent, language, command in _FORMS:
        if pattern.match(folded):
            return intent, language, command
    return None


def literal_words() -> frozenset[str]:
    """The words the forms spell out (a misspelt one is put right among them, conversation.py)."""
    return frozenset(word for pattern, *_ in _FORMS for word in re.findall(r"(?<![\\?])\b[a-z]{2,}\b", pattern.pattern))
