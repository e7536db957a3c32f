"""Split an article into editorial voice and quoted speech, with the speaker of each quote.

The segmenter is rule-based and linear in the length of the text. It works in passes:

1. **Quote marks.** One left-to-right scan pairs « », „ “ (“ closes an open „), “ ”, and
   straight " " (opening or closing decided by the characters around it). A quotation may
   continue into the next paragraph only by the Ukrainian/Russian convention (the next paragraph
   opens with « again); an unclosed mark is dropped at the end of its paragraph, so it never
   swallows the rest of the article.
2. **Classification** of every top-level quoted span: a name or title (after a noun from
   ``lexicons/name_nouns.csv`` such as ТОВ, партія, телеканал, фільм; or short, capitalised,
   not a clause, no reporting cue) stays editorial; a colon before it, an attribution after it,
   a reporting cue in the sentence, a whole paragraph or a clause of six or more words make it a
   ``quote``; other short spans are ``scare_quote`` (irony, distancing, "так звана ...").
3. **Dash speech**: paragraphs opening with – — or - are speech; ", – каже X, –" pieces inside are
   editorial attributions and the pieces around them share one ``quote_id``.
4. **Unmarked block quotes**: a paragraph followed by an attribution line ("– каже X.") or
   introduced by a paragraph that ends with a colon and carries a reporting cue.
5. **Interviews**: dash paragraphs ending with "?" and no attribution are ``question``; the dash
   paragraphs after them are the interviewee's answers (the first person named in the lead).
   Without dashes or labels, short question paragraphs each followed by an answer paragraph
   are an interview when a lead-in announces one ("ми поговорили з ...").
6. **Editorial insertions** inside quotes, "(мова про Харків – ред.)", "(сміється)", are cut out as
   editorial pieces; the quote pieces around them keep one ``quote_id``.
7. **Speakers**: the name next to the reporting cue (``lexicons/cues.csv``), put into the
   nominative with pymorphy3; pronouns and descriptions ("вона", "жінка", "за його словами")
   resolve to the nearest earlier person mention; a surname alone resolves to the full name
   introduced earlier in the article. An institution speaks when named after a statement noun
   ("йдеться в заяві Генштабу ЗСУ"), as the subject before or after the verb ("– повідомила
   СБУ"), next to a reporting verb in the plural ("У МЗС заявили", "– повідомили в міністерстві
   ..."), or before a colon with no verb ("Одеська ОВА: «...»"), its head put into the
   nominative; a bare "відомство", "штаб", "міністерство" refers back to the institution named
   before. An unnamed source ("джерело в уряді", "співрозмовник видання";
   ``lexicons/anonymous_sources.csv``) speaks for itself and is never given a named person.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

import pandas as pd

from . import nlp
from .config import LEXICON_DIR

SEGMENT_COLUMNS = ["start", "end", "kind", "quote_id", "speaker", "speaker_surface", "cue"]
SEGMENT_KINDS = ("editorial", "quote", "question", "scare_quote")

#: Quoted spans of at least this many words are speech even without a cue (a clause).
LONG_QUOTE_WORDS = 6
#: Names/titles are short: at most this many words.
MAX_NAME_WORDS = 5
#: How far (characters) to look for an attribution after a closing mark or before an opening one.
ATTRIBUTION_WINDOW = 160
#: Attribution pieces inside dash speech have at most this many words.
MAX_ATTRIBUTION_WORDS = 10
#: An attribution line that opens with its cue may describe the speaker at length ("– каже Ігор
#: Ткач, водій маршрутки, який здає кров уже вчетверте.").
MAX_CUE_FIRST_LINE_WORDS = 20

QUOTE_MARK = re.compile(r"[«»„“”\"]")
#: Marks that may open or close a quotation (a straight mark does both).
OPENING_QUOTE_MARKS = "«„“\""
CLOSING_QUOTE_MARKS = "»“”\""
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
LINE_BREAK = re.compile(r"\n")
DASH_SPEECH_START = re.compile(r"[ \t]*[–—-][ \t]+(?=\S)")
# ", – каже X, – " inside dash speech or a quote: a comma/terminal mark, a spaced dash, then a
# short attribution, ended by another spaced dash (speech resumes) or the end of the sentence.
INNER_ATTRIBUTION = re.compile(
    r"(?P<lead>[,.!?…]?)[ \t]+[–—-][ \t]+(?P<attr>[^–—\n]{2,200}?)"
    r"(?:(?P<resume>[,.:!?…]?[ \t]+[–—-][ \t]+)|(?P<stop>[.!?…]+(?=[ \t]|$)|[ \t]*$))")
ATTRIBUTION_LINE = re.compile(r"[ \t]*[–—-][ \t]*(?P<attr>[^\n]{2,120}?)[.!]?[ \t]*$")
EDITORIAL_INSERTION = re.compile(
    r"\((?:[^()\n]{1,100}?[ \t][–—-][ \t]*[^()\n]{1,40}"
    r"|(?:[Пп]рим\.|[Рр]ед\.|[Аа]вт\.)[^()\n]{0,30}"
    r"|(?:сміється|посміхається|усміхається|зітхає|пауза|сміх|оплески|плаче|мовчить|"
    r"смеется|улыбается|вздыхает|пауза|аплодисменты)[^()\n]{0,40})\)"
    r"|[ \t]+[–—][ \t]*(?:[Пп]рим\.[ \t]*ред\.?|[Рр]ед\.)")
# The capital comes first and the "not inside a word" test looks back from it: a pattern that
# opens with a character class lets the regex engine skip to the capitals. A capital after a
# hyphen or an apostrophe continues the word (double surnames: "Ковальчук-Бойко"; "ОʼКоннор").
#: Lower-case particles inside a foreign name ("Пітер ван Дейк", "Халід аль-Мансурі", "Урсула фон
#: дер Ляєн"), between its capitalised words.
NAME_PARTICLES = "ван|фон|дер|де|ді|дель|ле|ла|аль|ель|эль|бін|бин|ібн|ибн|бен|тер"
NAME_PARTICLE = r"(?:(?:" + NAME_PARTICLES + r")(?:[ \t]+|-))"
LONE_NAME_PARTICLE = re.compile(NAME_PARTICLES)
NAME_RUN = re.compile(
    r"[А-ЯІЇЄҐЁ](?<![\wʼ][А-ЯІЇЄҐЁ])[а-яіїєґёʼ'’\-]+(?:[А-ЯІЇЄҐЁ](?<=[-ʼ'’][А-ЯІЇЄҐЁ])[а-яіїєґёʼ'’\-]+)*"
    r"(?:[ \t]+" + NAME_PARTICLE + r"{0,2}[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’\-]+(?:[А-ЯІЇЄҐЁ](?<=[-ʼ'’][А-ЯІЇЄҐЁ])[а-яіїєґёʼ'’\-]+)*){0,4}"
    r"|[А-ЯІЇЄҐЁ](?<![\wʼ][А-ЯІЇЄҐЁ])\.[ \t]?(?:[А-ЯІЇЄҐЁ]\.[ \t]?)?[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’\-]+")
# The plain-text fallback of an embedded social-media post names its author on a line of its own
# after the post's text: "— Name (@handle) March 12, 2024" (X/Twitter), "A post shared by Name
# (@handle)" (Instagram), "Posted by Name on Monday, March 12, 2024" (Facebook).
EMBED_SIGNATURE_LINE = re.compile(
    r"[ \t]*(?:[–—-][ \t]*(?P<x>[^\n()@–—]{1,80}?)[ \t]*\(@\w{1,30}\)[^\n]{0,40}"
    r"|(?:a post shared by|допис,? (?:поширений|опублікований)(?: користувачем)?|"
    r"публикация,? (?:опубликованная|размещенная)(?: пользователем)?|публикация от|публикация пользователя)"
    r"[ \t]+(?P<instagram>[^\n()@]{1,80}?)[ \t]*(?:\(@[\w.]{1,30}\))?"
    r"|posted by[ \t]+(?P<facebook>[^\n]{1,80}?)[ \t]+on[ \t]+[^\n]{4,40})[ \t]*$", re.IGNORECASE)
# What every author line of :data:`EMBED_SIGNATURE_LINE` holds: a handle or a "shared/posted by".
EMBED_MARK = re.compile(r"(?=[(psдп])(?:\(@|posted by|shared by|допис|публикаци)", re.IGNORECASE)
# The link a fallback puts before an Instagram post's author line: no words of the post.
EMBED_LINK_LINE = re.compile(
    r"[ \t]*(?:view this post on instagram|переглянути (?:цей )?допис (?:в|у) instagram|"
    r"(?:посмотреть|смотреть) (?:эту )?публикацию в instagram)[ \t]*$", re.IGNORECASE)
SO_CALLED = re.compile(r"(?:так\s+зван\w*|т\.\s?зв\.|так\s+называем\w*|т\.\s?н\.)\s*$", re.IGNORECASE)
TERMINAL_PUNCT = re.compile(r"[.!?…]\s*$")
LABEL_PREFIX = re.compile(r"[ \t]*(?P<label>[А-ЯІЇЄҐЁA-Z][\wʼ.\- ]{0,40}?):[ \t]+(?=\S)")

#: An unmarked interview (questions as paragraphs of their own, answers as plain paragraphs, no
#: dashes or labels) needs at least this many question-answer pairs, and a word announcing it
#: (``interview_cues.csv``) in one of the :data:`INTERVIEW_LEAD_PARAGRAPHS` paragraphs before
#: the first question: a subheading phrased as a question is common in news, an interview
#: without a lead-in is not.
MIN_INTERVIEW_PAIRS = 2
INTERVIEW_LEAD_PARAGRAPHS = 2
#: A question put to the interviewee ("Про що мрієте ви?") makes an interview without a lead-in
#: that announces it; a subheading phrased as a question ("Що відомо про атаку?") does not.
QUESTION_TO_YOU = re.compile(r"\b(?:ви|вас|вам|вами|ваш\w*|вы|ти|тебе|тобі|твій|твоя|твоє|твої|тебя|твой)\b",
                             re.IGNORECASE)
#: A quotation in marks attributed inside a paragraph (closed by "», – каже", opened after a
#: colon): with no first-person word outside the marks the paragraph reports others' words, so
#: it is the outlet's text under a subheading phrased as a question, not an interviewee's answer
#: (see :func:`_reports_others`).
ATTRIBUTED_QUOTATION = re.compile(r"[»“”\"][ \t]*,?[ \t]*[–—-][ \t]*\w|:[ \t]*[«„“\"]")
#: Text in guillemets or low-high marks, to look at a paragraph's words outside them.
IN_MARKS = re.compile(r"«[^«»]*»|„[^„“]*“")
#: A call sign introduced in the attribution belongs to the speaker unless the speaker talks
#: about its bearer ("розповів про бійця з позивним «Грім»").
ABOUT_BEFORE_CALL_SIGN = re.compile(r"\b(?:про|о|об|обо)[ \t]+\w+(?:[ \t]+\w+)?[ \t]*$", re.IGNORECASE)
#: One capitalised word in quote marks: a call sign or nickname ("«Шмелю»").
CALL_SIGN = re.compile(r"[«„“\"](?P<sign>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’\-]+)[»“”\"]")
#: A call sign introduced as one ("з позивним «Шмель»", "с позывным “Шмель”").
CALL_SIGN_INTRODUCED = re.compile(r"(?i:позивн|позывн|псевдонім|псевдоним)\w*[ \t]+(?P<open>[«„“\"])?"
                                  r"(?P<sign>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’\-]+(?(open)(?:[ \t]+[А-ЯІЇЄҐЁа-яіїєґёʼ'’\-]+){0,3}))"
                                  r"(?:[»“”\"]|(?![\w»“”\"]))")
# (the marks may be left out: "оператор з позивним Сич публікує"; inside them a pseudonym may
# have more words: "под псевдонимом «Таврический штурман»")
#: A user introduced by a nickname: "з ніком olena_sumy_mama", "под ником Sever_77", "під ніком
#: «Troya_Dmytro»".
NICKNAME_INTRODUCED = re.compile(r"(?i:\b(?:з|із|зі|під|с|под)[ \t]+(?:нік|ник|нікнейм|никнейм)(?:ом|ем)?)[ \t]+"
                                 r"[«„“\"@]?(?P<nick>[A-Za-z0-9][A-Za-z0-9_.]*[A-Za-z0-9_]|[А-ЯІЇЄҐЁ][\w-]+)")
#: Characters before "з позивним" within which a full name of the same sentence introduces the person.
CALL_SIGN_NAME_WINDOW = 80
#: A question paragraph is short: a longer paragraph ending with "?" is the journalist's own.
MAX_QUESTION_WORDS = 40

#: Prepositions that end an institution's name in an attribution ("пресслужби НБУ | за
#: підсумками засідання"); "з", "у", "при" may stand inside one ("Координаційного штабу з питань
#: ...", "ДСНС у Харківській області", "Центра ... при СНБО").
INSTITUTION_NAME_STOPS = frozenset(
    "за після щодо про під через на для напередодні від до по після "
    "после о об накануне от через".split())
MAX_INSTITUTION_WORDS = 8
#: Demonstratives, which open a phrase of their own after a name ("Суд | этот довод отверг",
#: "Рада | ці зміни не підтримала"); "та", "те", "то" are left out: "та" also joins two names
#: ("ТЦК та СП").
DEMONSTRATIVES = frozenset(
    "цей ця це ці цього цієї цих цьому цим цією той ті того тієї тих тому тим тією "
    "этот эта это эти этого этой этих этому этим этою тот той того тех тому тем".split())
#: Words an institution's run before its verb may hold beyond its name: adverbials and where it
#: spoke ("ще напередодні у своєму Telegram-каналі"), trimmed before the name is read.
TRIMMED_WORDS = 5
#: Parts of speech a lower-case word inside an institution's name may have ("штабу з питань
#: поводження"); another word ends the name.
NAME_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF", "PREP", "CONJ"})
#: Platforms a statement is posted on, not speakers ("повідомили в Telegram").
PLATFORM_NAMES = frozenset("telegram facebook instagram twitter x youtube tiktok viber threads телеграм "
                           "телеграмі фейсбук фейсбуці інстаграм інстаграмі ютуб тікток вайбер "
                           "телеграме фейсбуке инстаграме".split())
#: Institution nouns that refer back to any institution named earlier ("йдеться в заяві
#: відомства" after "СБУ затримала ..."); other institution nouns refer back only to a name
#: with the same head ("у коментарі міністерства" after "Міністерство енергетики").
GENERIC_INSTITUTION_NOUNS = frozenset({"відомство", "установа", "ведомство", "учреждение", "регулятор"})
#: Bare nouns that refer back to a body named with another head: "уряд" is the Cabinet of Ministers;
#: "заклад" (an establishment) is the school, university or hospital named before.
ESTABLISHMENT_HEADS = ("університет", "школа", "ліцей", "гімназія", "коледж", "академія", "інститут",
                       "лікарня", "садок", "университет", "лицей", "гимназия", "колледж", "академия",
                       "институт", "больница", "сад")  # ("школа" is spelled alike in both)
#: "підрозділ" (a unit) is the brigade, battalion or regiment named before.
UNIT_HEADS = ("бригада", "батальйон", "полк", "загін", "батальон", "отряд", "угруповання", "группировка")
HEAD_ALIASES = {"уряд": ("кабінет", "кабмін"), "правительство": ("кабинет", "кабмин"),
                "заклад": ESTABLISHMENT_HEADS, "заведение": ESTABLISHMENT_HEADS,
                "підрозділ": UNIT_HEADS, "подразделение": UNIT_HEADS}
#: "The command": of a military body named before, whatever its head noun.
COMMAND_NOUNS = frozenset({"командування", "командование"})
MILITARY_HEADS = ("сила", "військо", "угруповання", "флот", "войско", "группировка")
#: Where a statement is published, between the statement and its owner ("в повідомленні | на
#: сайті | міськради", "в заявлении | на странице | мэрии").
PUBLICATION_PLACES = frozenset({"сайт", "сторінка", "акаунт", "портал", "страница", "аккаунт"})
PUBLICATION_PREPOSITIONS = frozenset({"на", "у", "в"})
#: Institution nouns that are common words on their own ("сила" is strength): they head a name
#: only after a capitalised adjective ("Повітряні сили", "Сухопутні війська").
MODIFIED_INSTITUTION_NOUNS = frozenset({"сила", "військо", "войско", "група", "группа", "палата"})
#: How far back (characters) an institution named earlier may stand from the quote.
ANTECEDENT_WINDOW = 1500
#: How far back a bare head noun looks for the body the article is about (a long news article;
#: bounded so that the search does not grow with a concatenated corpus).
ARTICLE_WINDOW = 6000
#: Every case a name's head may stand in where it is mentioned.
ALL_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
#: How many earlier mentions of an institution are searched for its fullest name.
MAX_EARLIER_MENTIONS = 4
#: Abbreviations of states and unions of states: places, not the agency "відомство" refers to.
STATE_ABBREVIATIONS = frozenset("сша рф єс ес оае оаэ кндр кнр фрн фрг пар срср ссср урср усср".split())
#: Prepositions that go on a name only before a capitalised word ("Представництво Президента в
#: АР Крим"); before a lower-case one they begin a place or a time ("в ночь на 21 августа").
PLACE_OR_TIME_PREPOSITIONS = frozenset({"в", "у", "во", "на"})
#: ... except in the names of ministries and services "у справах ..." (Міністерство у справах
#: ветеранів).
NAME_PHRASE_AFTER_PREPOSITION = frozenset({"справах"})
#: Words after which the Russian "по" goes on a name instead of ending it ("Офис уполномоченного
#: по правам человека", "штаб по вопросам обращения с военнопленными", "Министерство по делам
#: ветеранов", "по чрезвычайным ситуациям").
NAME_PHRASE_AFTER_STOP = frozenset({"вопросам", "правам", "делам", "чрезвычайным", "борьбе", "защите",
                                    "надзору", "связям", "развитию"})
#: A capitalised name in quote marks right after the verb: an outlet or organisation as the
#: subject ("– пише «Вечірній Дніпро»", "– сообщает «Медиазона»").
QUOTED_NAME_AFTER_CUE = re.compile(r"[ \t]+[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ0-9][^«»„“”\"\n]{0,60}?)[»“”\"]")
#: A name in Latin letters, as foreign outlets are cited ("The Northbridge Review", "Reuters",
#: "L’Écho de la Seine", "Corriere del Litorale"): capitalised words, with the articles and
#: particles of such titles.
LATIN_NAME = re.compile(r"(?:The[ \t]+)?[A-ZÀ-Ý][\w’'&.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w’'&.-]*|de|la|le|du|des|del|della|di|da|van|von|of|the|and|der|die|&))*"
                        r"(?<![ \t])")
#: An outlet's name right after a reporting verb, maybe after a description of up to three
#: lower-case words ending in an outlet noun (checked in code): «Name» or a Latin-script name.
OUTLET_AFTER_CUE = re.compile(r"(?P<described>(?:[ \t]+[а-яіїєґёʼ'-]+){0,3})[ \t]+(?:[«„“\"](?P<quoted>[A-ZА-ЯІЇЄҐЁ0-9][^«»„“”\"\n]{0,60}?)[»“”\"]"
                              r"|(?P<latin>" + LATIN_NAME.pattern + r"))")
#: An outlet named with its noun ("тижневик The Northbridge Review", "газета «Федеральный вестник»").
OUTLET_NAMED = re.compile(r"(?P<noun>[а-яіїєґёА-ЯІЇЄҐЁ]?[а-яіїєґё]+)[ \t]+(?:[«„“\"](?P<quoted>[^«»„“”\"\n]{1,60})[»“”\"]|(?P<latin>"
                          + LATIN_NAME.pattern + r"))")
#: A Latin-script name and the word after it: an outlet as the subject of a reporting verb
#: ("Німецька Rheinischer Morgenkurier пише", checked against the cue lexicon).
LATIN_NAME_BEFORE_WORD = re.compile(r"(?P<latin>" + LATIN_NAME.pattern + r")[ \t]+(?P<verb>[а-яіїєґё]+)")
#: A reporting verb and the Latin-script name after it: "пише The Washington Post", "выяснила
#: Financial Times", "повідомляє Reuters" (the verb checked against the cue lexicon).
WORD_BEFORE_LATIN_NAME = re.compile(r"(?<![\w-])(?P<verb>[а-яіїєґё]+)[ \t]+(?P<latin>" + LATIN_NAME.pattern + r")")
#: An outlet in quote marks with its noun as the subject before the reporting verb ("газета
#: «Федеральный вестник» стверджує:"), the noun maybe inside the marks ("«Газета Надвіслянська»
#: писала:"); a phrase opened by "у"/"в" may stand between ("у репортажі про візит", checked in code).
OUTLET_BEFORE_CUE = re.compile(r"(?:(?<!\w)(?P<noun>[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё]*)[ \t]+)?[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ0-9][^«»„“”\"\n]{0,60}?)[»“”\"]"
                               r"(?P<between>(?:[ \t]+[а-яіїєґё]+){0,5})[ \t]*$")
#: A Latin-script name right before the reporting verb, as its subject ("Видання Kansai Evening
#: Post написало:", "Reuters повідомило").
LATIN_NAME_BEFORE_CUE = re.compile(r"(?<![\w’'])(?P<latin>" + LATIN_NAME.pattern + r")[ \t]*$")
#: Cues whose object, not subject, is the speaker ("цитує «Видання» депутата X").
QUOTING_CUES = frozenset({"цитувати", "процитувати", "цитировать", "процитировать"})
#: The word at a position.
FIRST_WORD = re.compile(r"\w+")
#: The word right after another, across one space.
FOLLOWING_WORD = re.compile(r" (\w+)")
#: The last word before a position (searched with an end position): "вона| написала".
WORD_BEFORE_END = re.compile(r"(?<!\w)(\w+)[ \t]*$")
#: The longest word :func:`_lower_case_word_before` reads, with the space after it.
MAX_ADJECTIVE_CHARS = 24
#: The longest third-person pronoun, with the spaces after it.
MAX_PRONOUN_CHARS = 8
#: Compound institution nouns spelled out: a speaker named by the compound alone is named so
#: ("– йдеться в повідомленні міськради" -> "міська рада").
COMPOUND_SPELLED_OUT = {"міськрада": "міська рада", "облрада": "обласна рада", "райрада": "районна рада",
                        "горсовет": "городской совет", "облсовет": "областной совет", "райсовет": "районный совет",
                        "міськвиконком": "міський виконком"}
#: The head each compound stands for: "у міськраді" refers back to "Одеська міська рада",
#: "Генштабу" to "Генеральний штаб ЗСУ" (the same spelling in both languages).
COMPOUND_HEADS = {**{compound: spelled.split()[-1] for compound, spelled in COMPOUND_SPELLED_OUT.items()},
                  "генштаб": "штаб"}
#: Lower-case adjectives that may stand between a capitalised one and the head noun of an
#: institution's name ("Київська обласна прокуратура", "Вінницькому обласному центрі").
MAX_LOWER_ADJECTIVES_IN_NAME = 2
#: Longest abbreviation looked up as the initials of a spelled-out name.
MAX_SPELLED_OUT_LETTERS = 6
#: A journalist's request, or the criticism answered, between an institution and its reporting verb ("В ОВА на запит
#: «Суспільного» відповіли", "в министерстве в ответ на запрос издания сообщили").
REQUEST_PHRASE = re.compile(r"[ \t]+(?:в[ \t]+ответ[ \t]+|у[ \t]+відповідь[ \t]+)?на[ \t]+(?:запит|запрос|запитанн|питанн|вопрос|критик|звинувачен|обвинени|закид|претензи|претензі)\w*"
                            r"(?:[ \t]+[«„“\"]?[\w’ʼ'-]+[»“”\"]?){0,2}[ \t]*,?[ \t]*", re.IGNORECASE)
#: Where a body published its words, between the body and its verb ("В ГУР Минобороны | на своей
#: странице в Facebook | написали", "У міськраді | на офіційному сайті | повідомили").
PUBLICATION_PLACE_PHRASE = re.compile(
    r"[ \t]+(?:на|в|у)[ \t]+(?:(?:своей|своїй|своем|своєму|своему|офіційній|официальной|офіційному|официальном)[ \t]+)?"
    r"(?:странице|сторінці|сайте|сайті|акаунті|аккаунте|порталі|портале)(?:[ \t]+(?:в|у|во)[ \t]+[A-Za-z][\w-]*)?[ \t]*",
    re.IGNORECASE)
#: The outlet as the addressee between an institution and its verb ("У ТЦК | нашому виданню |
#: відповіли", "В мэрии | нашему изданию | сообщили").
#: The outlet or its staff told, in the dative ("нам", "виданню", "журналистам").
OUTLET_TOLD_WORDS = r"(?:нам|виданню|изданию|редакції|редакции|журналістам|журналистам)"
ADDRESSEE_BEFORE_CUE = re.compile(
    r"[ \t]+(?:(?:нашому|нашій|нашему|нашей)[ \t]+(?:виданню|редакції|кореспонденту|кореспондентці|"
    r"изданию|редакции|корреспонденту)|" + OUTLET_TOLD_WORDS + r")[ \t]*",
    re.IGNORECASE)
#: A relative clause between an institution and its verb ("У міській раді, | яка працює в
#: Запоріжжі, | заявили", "В совете, | который работает ..., | заявили", "Компанія «…», | якій
#: належить станція, | написала"): one clause, no inner comma; the relative pronoun in any case
#: (after the closing mark of a name in quote marks: "В движении «Юнармия», | которое ..., | заявили").
RELATIVE_CLAUSE_BEFORE_CUE = re.compile(
    r"[ \t»“”\"]*,[ \t]*(?:(?:як|котр)(?:ий|а|е|і|ого|ому|им|ім|ої|ій|у|ою|их|ими)"
    r"|котор(?:ый|ая|ое|ые|ого|ому|ым|ом|ой|ую|ых|ыми)|де|где)"
    r"\b[^,;:.!?«»\"„“\n]*,[ \t]*", re.IGNORECASE)
#: A channel introduced with its name in quote marks ("Telegram-канал «Вернем своих»", "паблик «…»").
CHANNEL_NAMED = re.compile(r"(?:канал|паблік|паблик)\w*[ \t]+[«„“\"](?P<name>[^«»„“”\"\n]{1,60})[»“”\"]", re.IGNORECASE)
#: Nouns that, after a reporting verb, refer back to the channel named before ("– пишуть автори каналу").
CHANNEL_NOUNS = frozenset({"канал", "паблік", "паблик"})
#: A capitalised name in quote marks after a lower-case noun ("термінал «Укрпошти»", "Перевозчик
#: «Балт-Экспресс»").
QUOTED_NAME_AFTER_NOUN = re.compile(r"(?<![\w-])(?:[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґёʼ'’-]+|(?P<form>[А-ЯІЇЄҐ]{2,4}))[ \t]+[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ][^«»„“”\"\n]{0,40}?)[»“”\"]")
#: A sports club named by the abbreviation of its kind and its name ("ФК «Таврика»", "ВК «...»").
CLUB_NAMED = re.compile(r"(?<![\w-])(?:ФК|ВК|ХК|БК|ГК)[ \t]*[«„“\"][^«»„“”\"\n]{1,40}[»“”\"]")
CLUB_NOUNS = frozenset({"клуб", "команда"})
#: Organisation nouns: they refer back to a named body, not to a company named in quote marks.
ORGANISATION_NOUNS = frozenset({"організація", "организация"})
#: An abbreviated legal form right before a company's name in quote marks ("ТОВ «...»", "ООО
#: «...»"), as :data:`QUOTED_NAME_AFTER_NOUN` reads one.
LEGAL_FORM_BEFORE = re.compile(r"(?<![\w-])[А-ЯІЇЄҐ]{2,4}[ \t]+$")
#: The longest legal form :data:`LEGAL_FORM_BEFORE` reads, with the space after it.
MAX_LEGAL_FORM_CHARS = 6
#: A name in quote marks right before a reporting verb, perhaps with the channel it used between
#: ("«Укрзалізниця» у своєму Telegram-каналі повідомила").
QUOTED_NAME_SUBJECT = re.compile(
    r"[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ0-9][^«»„“”\"\n]{0,60}?)[»“”\"]"
    r"(?:[ \t]+(?:у|в)[ \t]+(?:(?:своєму|своему|своем|своём|своїй|своей)[ \t]+)?[\w-]+)?[ \t]*$")
#: A name in quote marks right after a word ("Telegram-канал «Унеча сьогодні»").
QUOTED_NAME_AFTER = re.compile(r"[ \t]+[«„“\"](?P<name>[^«»„“”\"\n]{1,60})[»“”\"]")
#: A speaker's request not to be named: the description used for them is the speaker
#: ("посадовець, який попросив не називати його імені", "чиновник, попросивший не называть имени").
ANONYMITY_REQUEST = re.compile(
    # the lookahead lets the scan skip, at a glance, every position no alternative can start at
    # (case-insensitive alternations are otherwise tried in full at each character)
    r"(?<!\w)(?=[пнзчиісеёйїПНЗЧИІСЕЁЙЇ])(?:"
    # "Его имя редакция не раскрывает", "Її прізвище ми не називаємо"
    r"(?:его|её|ее|його|її|их|їх)[ \t]+(?:имя|ім[ʼ'’]я|фамилию|прізвище)[ \t]+(?:редакция|редакція|мы|ми)[ \t]+не[ \t]+"
    r"(?:раскрывает|розкриває|раскрываем|розкриваємо|называет|називає|называем|називаємо)|"
    r"(?:попроси\w*|просил\w*|просив\w*|просит\w*|просять|просят)[ \t]+не[ \t]+(?:називати|вказувати|згадувати|называть|указывать)"
    r"(?:[ \t]+\w+)?[ \t]+(?:ім[ʼ'’]я|імені|прізвищ\w*|имени|имя|фамили\w*)"
    r"|(?:на|за)[ \t]+умов(?:ах|и)[ \t]+анонімності|(?:на|при)[ \t]+услови(?:ях|и)[ \t]+анонимности"
    # "попросил об анонимности", "попросила про анонімність"
    r"|(?:попроси\w*|просил\w*|просив\w*|просит\w*)[ \t]+(?:об[ \t]+анонимности|про[ \t]+анонімність|анонімності|анонимности)"
    r"|(?:побажав\w*|пожелавш\w*|пожелал\w*)[ \t]+(?:залишитися|остаться)[ \t]+(?:анонімн|анонимн|неизвестн|невідом|неназван)\w*"
    r"|(?:чь[её]|чиє|чиї|чьи)[ \t]+(?:имя|ім[ʼ'’]я|фамилию|прізвище)[ \t]+(?:мы[ \t]+|ми[ \t]+)?не[ \t]+(?:называем|указываем|називаємо|вказуємо)"
    r"|(?:имя|ім[ʼ'’]я)[ \t]+(?:которо\w+|якої|якого)[ \t]+(?:мы[ \t]+|ми[ \t]+)?не[ \t]+(?:называем|указываем|називаємо|вказуємо)"
    r"|(?:погоди\w*|согласи\w*)[ \t]+(?:\w+[ \t]+){1,4}?(?:анонімно|анонимно)"
    # "яка не назвала свого імені", "не назвавший своей фамилии", "не пожелавшая назваться"
    r"|не[ \t]+(?:назва\w*|назвал\w*|назвавш\w*)[ \t]+(?:сво\w+[ \t]+)?(?:ім[ʼ'’]я|імені|прізвищ\w*|имени|имя|фамили\w*)"
    r"|не[ \t]+(?:захоті\w*|захотел\w*|пожела\w*|побажа\w*)[ \t]+(?:назватися|назваться|представлятися|представляться"
    # "яка не захотіла назвати свого імені", "не пожелавший называть фамилию"
    r"|(?:назвати|назвать|називати|называть)[ \t]+(?:сво\w+[ \t]+)?(?:ім[ʼ'’]я|імені|прізвищ\w*|имени|имя|фамили\w*))"
    # not authorised to speak: "який не мав права коментувати публічно", "не уполномочен говорить"
    r"|не[ \t]+(?:мав|мала|має|мають|мали|имел|имела|имеет|имеют|имели)[ \t]+права[ \t]+(?:публічно[ \t]+|публично[ \t]+)?"
    r"(?:коментувати|говорити|розмовляти|комментировать|говорить)"
    r"|не[ \t]+(?:уповноважен|уполномочен)\w*[ \t]+(?:публічно[ \t]+|публично[ \t]+)?(?:коментувати|говорити|комментировать|говорить))",
    re.IGNORECASE)
#: Words that certainly open :data:`ANONYMITY_REQUEST` somewhere in a text (a cheap test first).
ANONYMITY_CUE = re.compile(r"(?=[анАН])(?:анон(?:ім|имн)|не(?:назван|відом|известн|[ \t]+(?:назив|назыв|вказ|указ|згад|розкрива|раскрыва"
                           r"|(?:мав|мала|має|мають|мали|имел|имела|имеет|имеют|имели)[ \t]+права"
                           r"|уповноважен|уполномочен|захоті|захотел|пожела|побажа)))", re.IGNORECASE)
#: Words opening a description of someone besides the person described before ("Інший
#: педагог, ...", "Другая жительница ...", "Ще одна мешканка ..."): a person of their own.
ANOTHER_WORDS = frozenset("інший інша другий друга другой другая ще ещё еще".split())
#: Descriptions of an official, which may refer back to an unnamed source of the same paragraph
#: ("джерело в ОВА" ... "– каже посадовець").
SOURCE_ROLE_NOUNS = frozenset({"посадовець", "посадовиця", "чиновник", "чиновниця", "чиновница",
                               "співробітник", "співробітниця", "сотрудник", "сотрудница", "службовець"})
#: Descriptions that may refer back to an unnamed source as well as to a person.
INTERLOCUTOR_NOUNS = frozenset({"співрозмовник", "співрозмовниця", "собеседник", "собеседница"})
#: An outlet's name in quote marks right after the first word of a description ("співрозмовник
#: «Маяка» в одному з ТЦК" -> "співрозмовник в одному з ТЦК").
OUTLET_AFTER_HEAD = re.compile(r"^(?P<head>\w+)[ \t]+[«„“\"][^«»„“”\"]+[»“”\"]")
#: Letters of a source word that all its forms share ("джерел-о", "співрозмовн-ика").
SOURCE_STEM_LETTERS = 5
#: Words an unnamed source's description may run on with ("джерело в Офісі генпрокурора").
MAX_SOURCE_WORDS = 9
#: Adverbs that may stand between an institution and its plural verb ("В МИД ранее заявили").
MAX_ADVERBS_BEFORE_CUE = 2
#: The words of a name a question is put to ("в Романа Гнатишина"): a first name and a surname
#: or a patronymic and a surname.
MAX_ASKED_NAME_WORDS = 3
#: Verbs of asking: with the reporter as subject ("питаю я", "спрашиваем у нее") the line is a question.
QUESTION_CUES = frozenset({"питати", "запитати", "спитати", "запитувати", "поцікавитися",
                           "перепитати", "перепитувати",
                           "спросить", "спрашивать", "поинтересоваться", "переспросить", "переспрашивать"})
#: Cases a word governed by a preposition inside a name stands in.
OBLIQUE_CASES = frozenset({"gent", "datv", "loct", "ablt", "gen2", "loc2"})
#: Nouns of a movement that are also nouns of traffic ("рух ешелонів"): an institution only
#: with its name in quote marks ("рух «Сірий степ»", "движение сопротивления «Тихий берег»").
MOVEMENT_NOUNS = frozenset({"рух", "движение"})
#: Possessive pronouns before a statement noun, with the gender of their owner ("в його дописі").
POSSESSIVE_GENDER = {"його": "masc", "его": "masc", "її": "femn", "ее": "femn", "её": "femn", "їх": None, "их": None}
#: Additive, temporal and restrictive particles that stand where an adverb does ("В ведомстве
#: также подчеркнули", "Центр ще напередодні написав", "В патриархии лишь отметили"); the
#: dictionaries tag them as particles or not at all ("теж").
ADVERBIAL_PARTICLES = frozenset({"також", "теж", "также", "тоже", "ще", "ещё", "еще",
                                "лише", "лишень", "тільки", "лишь", "только"})
#: Two-word adverbials that stand where an adverb does, between a subject and its verb.
ADVERBIAL_PAIRS = frozenset({("тим", "часом"), ("між", "тим"), ("тем", "временем"), ("между", "тем"),
                             ("каждый", "раз"), ("кожен", "раз"), ("кожного", "разу")})
#: Three-word adverbials of the same kind: "з цього приводу", "по этому поводу".
ADVERBIAL_TRIPLES = frozenset({("з", "цього", "приводу"), ("із", "цього", "приводу"), ("з", "цієї", "нагоди"),
                               ("по", "этому", "поводу"), ("по", "цьому", "питанню"), ("по", "этому", "вопросу"),
                               ("в", "очередной", "раз"), ("у", "черговий", "раз"), ("в", "черговий", "раз")})
#: Prepositions of what a statement is about ("в запросе | об экстрадиции", "у листі | про").
TOPIC_PREPOSITIONS = frozenset("про щодо об о относительно".split())
#: The most words of such a topic after its preposition between a body and its verb.
MAX_TOPIC_WORDS = 3
#: Letters, requests and claims, in which a body states as in a statement ("в запросе утверждала",
#: "у листі зазначило"); not statement nouns of their own, since "на запит" is a journalist's.
LETTER_NOUN_LEMMAS = frozenset("лист запит позов скарга письмо запрос иск жалоба".split())
#: A time stamp opening a live-blog line ("05:30 — ...").
TIME_STAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}[ \t]*[–—-]?[ \t]*")
#: Prepositions of the impersonal attribution "У МЗС заявили", "В Генштабі повідомили".
LOCATIVE_PREPOSITIONS = frozenset({"у", "в", "во"})
#: Prepositions before the platform a statement was made on ("в Telegram", "на сайті").
PLATFORM_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"на"}
#: The characters that may stand between the words of an institution's name: spaces and the
#: quote marks of a name inside it ("Оперативного командування «Південь»").
NAME_GAP = re.compile(r"[ \t«»„“”\"]*")
#: The number sign before the number that ends a name ("Ніжинський ліцей №7", "школа № 12").
NUMBER_SIGN_GAP = re.compile(r"[ \t]*№[ \t]*")

PRONOUNS = frozenset("він вона вони його її їх він-же я ми он она они его ее её их".split())
#: "Сама компанія назвала ...": the body itself, named before.
INTENSIFYING_PRONOUNS = frozenset("сам сама саме самі само сами".split())
#: The stem of the reflexive possessive ("у своєму Telegram-каналі", "в своем блоге"): the
#: channel is the subject's own, named before the verb.
OWN_STEM = "сво"
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


# ---------------------------------------------------------------------------------------------
# lexicons


@dataclass(frozen=True)
class CueLexicon:
    """Reporting cues: single lemmas (verbs, nouns) and multiword lemma phrases, per language."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    reported_phrases: tuple[tuple[str, ...], ...] = field(default=())

    @cached_property
    def phrases_by_first(self) -> dict[str, tuple[int, ...]]:
        """Indices into ``phrases`` by their first lemma, so a token is tried only against the
        phrases it can start."""
        index: dict[str, list[int]] = {}
        for number, phrase in enumerate(self.phrases):
            index.setdefault(phrase[0], []).append(number)
        return {first: tuple(numbers) for first, numbers in index.items()}


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> CueLexicon:
    """Load ``lexicons/cues.csv`` (columns ``cue_id, language, pattern, kind, note``)."""
    words, phrases = set(), []
    with open(path or LEXICON_DIR / "cues.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            tokens = tuple(nlp.morph_form(t) for t in row["pattern"].split())
            if len(tokens) == 1:
                words.add(tokens[0])
            elif tokens:
                phrases.append(tokens)
    return CueLexicon(frozenset(words), tuple(sorted(set(phrases))))


@lru_cache(maxsize=4)
def load_name_nouns(path: str | None = None) -> frozenset[str]:
    """Nouns after which a quoted span is a name or title (``lexicons/name_nouns.csv``)."""
    with open(path or LEXICON_DIR / "name_nouns.csv", encoding="utf-8") as handle:
        return frozenset(nlp.morph_form(row["lemma"]) for row in csv.DictReader(handle))


@lru_cache(maxsize=4)
def load_speaker_descriptions(path: str | None = None) -> frozenset[str]:
    """Nouns that describe rather than name a speaker (жінка, мешканець, посадовець)."""
    with open(path or LEXICON_DIR / "speaker_descriptions.csv", encoding="utf-8") as handle:
        return frozenset(nlp.morph_form(row["lemma"]) for row in csv.DictReader(handle))


@lru_cache(maxsize=4)
def load_introducing_descriptions(path: str | None = None) -> frozenset[str]:
    """The descriptions that may introduce an unnamed person of their own ("Пенсионерка из
    квартала Молодёжный рассказала"; column ``introduces`` of ``speaker_descriptions.csv``): people
    met as residents, workers or interlocutors; a role such as "мер" or "речник" describes an
    official named elsewhere."""
    with open(path or LEXICON_DIR / "speaker_descriptions.csv", encoding="utf-8") as handle:
        return frozenset(nlp.morph_form(row["lemma"]) for row in csv.DictReader(handle) if row["introduces"] == "yes")


@lru_cache(maxsize=4)
def load_naming_cues(path: str | None = None) -> frozenset[str]:
    """Lemmas of the naming verbs in ``lexicons/cues.csv`` (kind ``naming``: назвати, називати,
    назвать): the quoted words after their object are the speaker's own ("назвав атаку
    «найзухвалішою»")."""
    with open(path or LEXICON_DIR / "cues.csv", encoding="utf-8") as handle:
        return frozenset(nlp.morph_form(row["pattern"]) for row in csv.DictReader(handle) if row["kind"] == "naming")


@lru_cache(maxsize=4)
def load_statement_nouns(path: str | None = None) -> frozenset[tuple[str, str]]:
    """``(language, lemma)`` of the nouns naming an institution's statement ("у заяві", "в
    повідомленні"; ``lexicons/statement_nouns.csv``): the name after them is the speaker."""
    return frozenset(load_statement_owners(path))


@lru_cache(maxsize=4)
def load_statement_owners(path: str | None = None) -> dict[tuple[str, str], str]:
    """The statement nouns of :func:`load_statement_nouns`, each with the head noun of the only
    kind of body that issues it, or "" (``owner`` column): a verdict ("вирок", "приговор") is
    always a court's, so a bare "у вироку зазначено" refers back to the court named last."""
    with open(path or LEXICON_DIR / "statement_nouns.csv", encoding="utf-8") as handle:
        return {(row["language"], nlp.morph_form(row["lemma"])): row["owner"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=4)
def load_anonymous_sources(path: str | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(language, lemmas)`` of the phrases naming an unnamed source ("джерело", "співрозмовник
    видання", "источник"; ``lexicons/anonymous_sources.csv``), longest first."""
    with open(path or LEXICON_DIR / "anonymous_sources.csv", encoding="utf-8") as handle:
        rows = {(row["language"], tuple(nlp.morph_form(w) for w in row["pattern"].split()))
                for row in csv.DictReader(handle)}
    return tuple(sorted(rows, key=lambda r: (-len(r[1]), r)))


@lru_cache(maxsize=4)
def load_institution_nouns(path: str | None = None) -> frozenset[tuple[str, str]]:
    """``(language, lemma)`` of nouns that head an institution's name written in lower case
    ("в міністерстві охорони здоровʼя", "в городской администрации";
    ``lexicons/institution_nouns.csv``)."""
    with open(path or LEXICON_DIR / "institution_nouns.csv", encoding="utf-8") as handle:
        return frozenset((row["language"], nlp.morph_form(row["lemma"])) for row in csv.DictReader(handle))


@lru_cache(maxsize=4)
def load_short_institution_names(path: str | None = None) -> frozenset[str]:
    """Lemmas of the institution nouns that are a whole name on their own, a ministry's short
    name ("Мінветеранів", "Минсельхоз"; kind ``short_name`` in ``lexicons/institution_nouns.csv``),
    not a head noun that needs the rest of a name ("Суд", "Комітет")."""
    with open(path or LEXICON_DIR / "institution_nouns.csv", encoding="utf-8") as handle:
        return frozenset(nlp.morph_form(row["lemma"]) for row in csv.DictReader(handle) if row["kind"] == "short_name")


@lru_cache(maxsize=4)
def load_staff_nouns(path: str | None = None) -> frozenset[tuple[str, str]]:
    """``(language, lemma)`` of nouns for the staff of a service ("правоохоронці", "рятувальники",
    "энергетики"; ``lexicons/staff_nouns.csv``): in the plural after a reporting verb they speak
    for the institution named last, never for one person."""
    with open(path or LEXICON_DIR / "staff_nouns.csv", encoding="utf-8") as handle:
        return frozenset((row["language"], nlp.morph_form(row["lemma"])) for row in csv.DictReader(handle))


@lru_cache(maxsize=4)
def load_outlet_nouns(path: str | None = None) -> dict[str, frozenset[tuple[str, str]]]:
    """``kind -> (language, lemma)`` of ``lexicons/outlet_nouns.csv``: nouns naming an outlet
    ("видання", "тижневик"), an outlet's text ("матеріал", "статья") and a company
    ("компанія"), each of which refers back to the outlet or company named last."""
    kinds: dict[str, set[tuple[str, str]]] = {}
    with open(path or LEXICON_DIR / "outlet_nouns.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kinds.setdefault(row["kind"], set()).add((row["language"], nlp.morph_form(row["lemma"])))
    return {kind: frozenset(lemmas) for kind, lemmas in kinds.items()}


def _outlet_before_cue(named: re.Match, lang: str) -> bool:
    """Whether an :data:`OUTLET_BEFORE_CUE` match names an outlet as the subject: an outlet noun
    before the marks or as the first word inside them, and nothing between the name and the verb
    but a phrase opened by "у"/"в" ("у репортажі про візит") without a verb of its own."""
    between = named.group("between").split()
    if between and (between[0] not in LOCATIVE_PREPOSITIONS or any(
            nlp.best_parse(word, lang).pos in ("VERB", "INFN") for word in between)):
        return False
    nouns = [named.group("noun"), named.group("name").split()[0]]
    return any(noun and _outlet_noun(noun, lang) for noun in nouns)


def _outlet_noun(word: str, lang: str, kind: str = "outlet") -> bool:
    """Whether ``word`` (any of its lemmas) is an outlet noun of ``kind`` (see :func:`load_outlet_nouns`)."""
    nouns = load_outlet_nouns().get(kind, frozenset())
    return any((lang, lemma) in nouns for lemma in nlp.lemma_set(word, lang) | {nlp.morph_form(word)})


@lru_cache(maxsize=4)
def load_interview_cues(path: str | None = None) -> frozenset[tuple[str, str]]:
    """``(language, lemma)`` of words that announce a question-and-answer section ("ми
    поговорили з ...", "попросили експерта пояснити"; ``lexicons/interview_cues.csv``)."""
    with open(path or LEXICON_DIR / "interview_cues.csv", encoding="utf-8") as handle:
        return frozenset((row["language"], nlp.morph_form(row["lemma"])) for row in csv.DictReader(handle))


# ---------------------------------------------------------------------------------------------
# data structures


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    group: int = -1
    speaker: str = ""
    speaker_surface: str = ""
    cue: str = ""


@dataclass
class _Context:
    text: str
    lang: str
    cues: CueLexicon
    name_nouns: frozenset[str]
    descriptions: frozenset[str]
    paragraphs: list[tuple[int, int]]
    persons: list[tuple[int, str]] = field(default_factory=list)  # (position, full name)
    next_group: int = 0
    # lemmas of the scare quotes found so far: the outlet keeps its distance from a term it has
    # put in scare quotes once ("так звані «вибори»" ... "після «виборів»")
    distanced: set[tuple[str, ...]] = field(default_factory=set)
    # the folded lower-case (or sentence-initial) words before each person's position: the titles
    # that may name them again (see _titled_person), computed once per person
    titles_at: dict[int, frozenset[str]] = field(default_factory=dict)
    # the gender of the past-tense verbs next to each surname (see _past_verb_gender), computed
    # once per surname: the lookup scans the whole text
    verb_genders: dict[str, str | None] = field(default_factory=dict)
    # full names the dictionary read one way and the article's own mentions show another (see
    # _register_persons): a speaker named the first way, by any path, is renamed at the end
    renamed: dict[str, str] = field(default_factory=dict)
    # where each paragraph starts, for bisection (see _paragraph_at)
    paragraph_starts: list[int] = field(init=False)
    # the parties of an intercepted call and where it is announced, or None (see
    # _intercept_parties), once intercept_known
    intercept: object = field(default=None, init=False)
    intercept_known: bool = field(default=False, init=False)
    # the text's quotations in quote marks (find_quote_marks), and the starts and ends of the
    # quoted words among them (see _inside_marks), each once needed
    quotations: list[list[tuple[int, int]]] | None = field(default=None, init=False)
    marked: tuple[list[int], list[int]] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.paragraph_starts = [start for start, _ in self.paragraphs]

    def new_group(self) -> int:
        self.next_group += 1
        return self.next_group

    def quote_marks(self) -> list[list[tuple[int, int]]]:
        """:func:`find_quote_marks` of the text, computed once."""
        if self.quotations is None:
            self.quotations = find_quote_marks(self.text, self.paragraphs)
        return self.quotations


# ---------------------------------------------------------------------------------------------
# pass 1: quote marks


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (blank-line separated), without surrounding space."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        nlp._append_trimmed(spans, text, start, match.start())
        start = match.end()
    nlp._append_trimmed(spans, text, start, len(text))
    return spans


def _straight_quote_opens(text: str, pos: int, para_start: int) -> bool | None:
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opens = before.isspace() or before in "([«„“–—-:/" or pos == para_start
    closes = after.isspace() or after in ".,;:!?)»”…–—-" or pos + 1 == len(text)
    if opens and not closes:
        return True
    if closes and not opens:
        return False
    return None


def find_quote_marks(text: str, paragraphs: list[tuple[int, int]]
                     ) -> list[list[tuple[int, int]]]:
    """Pair quote marks; return top-level quotations as lists of inner ``(start, end)`` pieces.

    A quotation has more than one piece only when it runs across paragraphs by the convention
    that a paragraph inside a long quotation opens with the quote mark again and only the last
    one closes it. An opener left unclosed at the end of its paragraph without that
    continuation is dropped, so it cannot swallow the rest of the article.
    """
    quotations: list[list[tuple[int, int]]] = []
    carry: list[tuple[int, int]] | None = None  # pieces of a quotation continuing from above
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        continuation_at = -1
        if carry is not None:
            continuation_at = _first_open_pos(text, p_start, p_end)
        stack: list[tuple[str, int]] = []
        closed: list[tuple[int, int]] = []
        for match in QUOTE_MARK.finditer(text, p_start, p_end):
            _scan_mark(text, match.group(), match.start(), p_start, stack, closed)
        pieces = carry
        carry = None
        top_level = _top_level(closed)
        bottom = stack[0] if stack else None
        next_opens_with = None
        if p_index + 1 < len(paragraphs):
            n_start, n_end = paragraphs[p_index + 1]
            lead = _first_open_pos(text, n_start, n_end)
            next_opens_with = text[lead] if lead < n_end else None
        if bottom is not None and bottom[0] in "«\"“" and next_opens_with == bottom[0]:
            # the quotation runs on into the next paragraph
            top_level = [span for span in top_level if span[0] < bottom[1]]
            carry = (pieces if pieces is not None and bottom[1] == continuation_at else []) + [
                (bottom[1] + 1, p_end)]
            if pieces is not None and bottom[1] != continuation_at:
                quotations.append(pieces)
        elif pieces is not None:
            own = [span for span in top_level if span[0] == continuation_at + 1]
            if own:
                top_level.remove(own[0])
                quotations.append(pieces + [own[0]])
            elif bottom is not None and bottom[1] == continuation_at:
                quotations.append(pieces + [(continuation_at + 1, p_end)])
                top_level = [span for span in top_level if span[0] < continuation_at]
            else:
                quotations.append(pieces)
        quotations.extend([[span] for span in top_level])
    if carry:
        quotations.append(carry)
    quotations = [q for q in quotations if q]
    quotations.sort(key=lambda q: q[0][0])
    return quotations


def _scan_mark(text: str, mark: str, pos: int, p_start: int, stack: list[tuple[str, int]],
               closed: list[tuple[int, int]]) -> None:
    if mark in "«„":
        stack.append((mark, pos))
    elif mark == "»":
        _close(stack, closed, "«", pos)
    elif mark == "“":
        if any(m == "„" for m, _ in stack):
            _close(stack, closed, "„", pos)
        else:
            stack.append(("“", pos))
    elif mark == "”":
        if not _close(stack, closed, "“", pos):
            _close(stack, closed, "„", pos)
    else:  # straight quote: opening or closing by its neighbours
        opens = _straight_quote_opens(text, pos, p_start)
        has_open = any(m == '"' for m, _ in stack)
        if opens is True or (opens is None and not has_open):
            stack.append(('"', pos))
        else:
            _close(stack, closed, '"', pos)


def _first_open_pos(text: str, p_start: int, p_end: int) -> int:
    lead = p_start
    while lead < p_end and text[lead] in " \t–—-":
        lead += 1
    return lead


def _close(stack: list[tuple[str, int]], closed: list[tuple[int, int]], opener: str,
           pos: int) -> bool:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] == opener:
            closed.append((stack[index][1] + 1, pos))
            del stack[index:]
            return True
    return False


def _top_level(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if result and start >= result[-1][0] and end <= result[-1][1]:
            continue
        result.append((start, end))
    return result


# ---------------------------------------------------------------------------------------------
# cues, names and speakers


def _tokens(text: str, start: int, end: int) -> list[nlp.Token]:
    """The word tokens of ``text[start:end]`` with offsets in ``text`` (from the text's shared
    tokens unless a token straddles an edge)."""
    found = nlp.token_range(text, start, end)
    if found is None:
        return [nlp.Token(m.start(), m.end(), m.group()) for m in nlp.WORD_TOKEN.finditer(text, start, end)]
    i, j = found
    spans = nlp.word_spans(text)
    return list(map(nlp.Token, spans.starts[i:j], spans.ends[i:j], spans.words[i:j]))


@lru_cache(maxsize=200_000)
def _cue_lemmas(word: str, lang: str) -> frozenset[str]:
    """What a cue may match in ``word``: its lemmas and lookup form, and for a Ukrainian gerund
    (its own lemma there) its verb ("закликавши" -> закликати)."""
    form = nlp.morph_form(word)
    lemmas = nlp.lemma_set(word, lang) | {form}
    if lang == "uk" and form.endswith(("ши", "чи")):
        lemmas = lemmas | {nlp.gerund_verb(form, lang)} - {""}
    return lemmas


#: A short capitalised name in quote marks ("«Справа слова»", '"Голос народу"'): its words are
#: no reporting cue.
NAME_IN_MARKS = re.compile(r'[«„“"](?P<name>[A-ZА-ЯІЇЄҐЁ][^«»„“”"\n.!?:;,]{0,50})[»“”"]')
#: Most words such a name may have.
MAX_NAME_IN_MARKS_WORDS = 4


def find_cue(text: str, start: int, end: int, ctx: _Context, *,
             opening_verb: bool = False) -> tuple[str, int, int] | None:
    """The first reporting cue in ``text[start:end]``: ``(lemma or phrase, start, end)``. With
    ``opening_verb``, a capitalised verb that opens its sentence may be the cue, as in a line
    that introduces a quotation ("Розповідає Ніна Гордієнко:")."""
    tokens = _tokens(text, start, end)
    if any(mark in text[start:end] for mark in "«„\""):
        # the words of a name in quote marks are no cue ("Проєкт «Справа слова» написав")
        names = [m.span("name") for m in NAME_IN_MARKS.finditer(text, start, end)
                 if len(m.group("name").split()) <= MAX_NAME_IN_MARKS_WORDS]
        tokens = [t for t in tokens if not any(a <= t.start < b for a, b in names)]
    forms = [nlp.morph_form(t.text) for t in tokens]
    lemma_sets = [_cue_lemmas(t.text, ctx.lang) for t in tokens]
    by_first = ctx.cues.phrases_by_first
    # a verb inside a relative clause before the main verb is no cue while the main verb is one
    # ("Міністерство, яке відповідає за мережі, написало:"); a cue phrase after the clause ("по
    # данным ...") is a source of the sentence's facts, no main verb, and does not displace it
    clauses = [m.span() for m in RELATIVE_CLAUSE_BEFORE_CUE.finditer(text, start, end)] if "," in text[start:end] else []
    in_clause = None
    for i in range(len(tokens)):
        candidates = sorted({n for lemma in lemma_sets[i] for n in by_first.get(lemma, ())})
        for phrase in (ctx.cues.phrases[n] for n in candidates):
            end_index = _match_phrase(phrase, lemma_sets, forms, i)
            if end_index is not None:
                return in_clause or (" ".join(phrase).replace("'", nlp.CANONICAL_APOSTROPHE),
                                     tokens[i].start, tokens[end_index].end)
        if tokens[i].text[:1].islower() or (opening_verb and _opening_verb(text, tokens[i], ctx.lang)):
            hits = lemma_sets[i] & ctx.cues.words
            # the verb before an infinitive, past "не" ("попросив не називати його імені")
            governor = i - 2 if i >= 2 and forms[i - 1] in ("не", "ни") else i - 1
            if hits and i and _governed_infinitive(tokens[governor].text, tokens[i].text, ctx):
                continue  # "змусили згадати, що ...": the report belongs to the governing verb
            if hits and i and SO_CALLED_BEFORE_NAME.fullmatch(text, tokens[i - 1].start, tokens[i].end):
                continue  # "в так называемом правительстве": a distance taken, no one naming
            if hits:
                chosen = nlp.lemma(tokens[i].text, ctx.lang)
                lemma = chosen if chosen in hits else sorted(hits)[0]
                found = lemma.replace("'", nlp.CANONICAL_APOSTROPHE), tokens[i].start, tokens[i].end
                if any(a < tokens[i].start < b for a, b in clauses):
                    in_clause = in_clause or found
                    continue
                return found
    return in_clause


def _opening_verb(text: str, token: nlp.Token, lang: str) -> bool:
    """Whether a capitalised ``token`` is a finite verb opening its sentence, a cue before its
    speaker ("Розповідає Ніна Гордієнко:", "Вспоминает она:"); other capitalised words are
    names, never cues."""
    reading = nlp.best_parse(token.text, lang)
    return reading.pos == "VERB" and "infn" not in reading.tag and _sentence_initial(text, token.start)


def _governed_infinitive(previous: str, word: str, ctx: _Context) -> bool:
    """Whether ``word`` is an infinitive right after a verb that is no reporting cue itself
    ("змусили згадати", "відмовився коментувати"): it reports nothing."""
    reading = nlp.best_parse(word, ctx.lang)
    if reading.pos != "INFN" and "infn" not in reading.tag:  # the Ukrainian dictionary tags VERB,infn
        return False
    before = nlp.best_parse(previous, ctx.lang)
    # (or a participle or gerund of such a verb: "попросившая не называть ее имени")
    return before.pos in ("VERB", "PRTF", "GRND") and "infn" not in before.tag and \
        not (nlp.lemma_set(previous, ctx.lang) & ctx.cues.words)


#: Possessives that may stand inside a cue phrase: "за його словами", "на її думку".
PHRASE_GAP_WORDS = frozenset("його її їхніми їхню їх їхніх свою своїми своєю моїми нашими "
                             "его ее её их своим своими моим нашим".split())


def _match_phrase(phrase: tuple[str, ...], lemma_sets: list, forms: list[str], i: int) -> int | None:
    """Index of the last token of ``phrase`` matched from token ``i``, or None."""
    k, j = 0, i
    while k < len(phrase):
        if j >= len(forms):
            return None
        if phrase[k] in lemma_sets[j]:
            k += 1
            j += 1
        elif k > 0 and forms[j] in PHRASE_GAP_WORDS:
            j += 1
        else:
            return None
    return j - 1


_grammemes = nlp.grammemes  # the grammemes of each reading of a word, part of speech included


class _WordInfo(NamedTuple):
    function: bool      # pronoun, preposition, conjunction, particle ...
    person: bool        # has a first-name, surname or patronymic reading
    first_name: bool    # has a first-name reading
    common: bool        # has a common noun or adjective reading
    known: bool         # in the dictionary at all


@lru_cache(maxsize=100_000)
def _word_info(word: str, lang: str) -> _WordInfo:
    readings = _grammemes(word, lang)
    known = bool(readings) and nlp.is_known(word, lang)
    extra = (lang, nlp.morph_form(word)) in nlp.extra_first_names()  # "Богдан", "Володимир"
    return _WordInfo(
        function=(known and nlp.best_parse(word, lang).pos in nlp.CLOSED_CLASS_POS)
        or nlp.morph_form(word) in PRONOUNS,
        person=known and any(PERSON_TAGS & g for g in readings) or extra,
        # (a first name only in the plural is a surname: "Керимов", not the genitive of "Керими")
        first_name=known and any("Name" in g and "plur" not in g for g in readings) or extra,
        common=known and any(not PERSON_TAGS & g and {"NOUN", "ADJF"} & g and not {"Geox", "Orgn"} & g
                             for g in readings) or any({"Geox", "Orgn"} & g for g in readings),
        known=known,
    )


#: Adjectives that may stand between such a preposition and the place ("в окупованому Купʼянську").
MAX_PLACE_ADJECTIVES = 2
#: After these prepositions a capitalised word is a place ("у Києві", "з Мелітополя").
PLACE_PREPOSITIONS = frozenset("у в на до з із зі від через під біля по поблизу біля над за "
                               "з-під із-під з-за із-за неподалік вздовж уздовж навколо довкола "
                               "во из от под около возле из-под из-за вблизи вдоль".split())


#: Russian "с"/"со": "from" with the genitive (a place, "с Салтовки"), "with" with the
#: instrumental (a person, "с Иваном").
FROM_OR_WITH = frozenset({"с", "со"})
#: A list of single capitalised words after a place preposition, up to the run that continues it
#: ("з Одеси, | Львова", "в Харкове, Сумах и | Днепре"): each item is a place like the first one.
PLACE_LIST_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((re.escape(p) for p in PLACE_PREPOSITIONS), key=len, reverse=True))
    + r")[ \t]+(?P<first>[A-ZА-ЯІЇЄҐЁ][\w'ʼ’-]*)(?:,[ \t]*|[ \t]+(?:і|й|та|и)[ \t]+)"
    r"(?:[A-ZА-ЯІЇЄҐЁ][\w'ʼ’-]*(?:,[ \t]*|[ \t]+(?:і|й|та|и)[ \t]+))*$", re.IGNORECASE)


def _continues_place_list(text: str, start: int, word: str, lang: str) -> bool:
    """Whether the capitalised ``word`` at ``start`` continues a list of places after a preposition
    with a place reading (inanimate) in the same oblique case as the list's first item ("з Одеси,
    Львова": not the surname Львова); not a subject after a place phrase ("Перебуваючи в Києві,
    Макрон заявив")."""
    before = text[max(0, start - 4):start].rstrip(" \t")
    if not before.endswith((",", " і", " й", " та", " и")):
        return False  # (most runs: no list before them, and no search)
    found = PLACE_LIST_BEFORE.search(text, max(0, start - 80), start)
    return bool(found) and bool(_place_cases(found.group("first"), lang) & _place_cases(word, lang))


def _place_cases(word: str, lang: str) -> set[str]:
    """The oblique cases of ``word``'s inanimate readings: places are inanimate ("Макрон" reads
    only as a person)."""
    return {g for r in _grammemes(word, lang) if "inan" in r for g in r} & OBLIQUE_CASES


def _genitive_only(word: str, lang: str) -> bool:
    """Whether ``word`` has a genitive reading and no instrumental one."""
    tags = [r.tag for r in nlp.parses(word, lang)]
    return any("gent" in t for t in tags) and not any("ablt" in t for t in tags)


#: A preposition and a noun of where, right before a place's name ("за межами", "на окраине").
PLACE_PHRASE_BEFORE = re.compile(
    r"(?<!\w)(?:за|в|у|во|на)[ \t]+(?:межами|пределами|районі|районе|околиці|околицях|окраине|окраинах|центрі"
    r"|центре|передмісті|пригороде|окрестностях|околицах)[ \t]+$", re.IGNORECASE)
#: A noun of an attack, a siege or an occupation right before a name in the genitive: the name
#: is the place attacked, held or occupied ("після обстрілу Салтівки", "после обстрела Салтовки",
#: "оборона Вовчанська"), which a district or a village the dictionary does not know would
#: otherwise be taken for a surname.
ATTACKED_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:обстріл(?:у|ом|і|ів|ами|ах)?|обстрел(?:а|у|ом|е|ы|ов|ами|ах)?|бомбардуванн(?:я|ю|ям|і)"
    r"|бомбардировк(?:а|и|е|у|ой)|штурм(?:у|а|ом|і|е)?|оборон(?:а|и|ы|і|е|у|ою|ой)|облог(?:а|и|у|ою|і)"
    r"|осад(?:а|ы|у|ой|е)|окупаці(?:я|ї|ю|єю)|оккупаци(?:я|и|ю|ей)|деокупаці(?:я|ї|ю|єю)"
    r"|деоккупаци(?:я|и|ю|ей))[ \t]+$", re.IGNORECASE)
#: An abbreviation in capitals right after a word ("Каховської ГЕС").
ABBREVIATION_NEXT = re.compile(r"[ \t]+[A-ZА-ЯІЇЄҐЁ]{2,}(?![\w'ʼ’-]*[a-zа-яіїєґё])")
#: An abbreviation of a body right before a word ("МЗС Білорусі", "КДБ Білорусі"), as
#: :data:`ABBREVIATION_NEXT` reads one.
ABBREVIATION_BEFORE = re.compile(r"(?<![\w'ʼ’-])[A-ZА-ЯІЇЄҐЁ]{2,}[ \t]+$")
#: The longest abbreviation :data:`ABBREVIATION_BEFORE` looks for, with the spaces after it.
MAX_ABBREVIATION_CHARS = 12
#: An age in apposition right after a name ("Ірина, 38 років,", "Олег (52 роки)", "Анна, 70 лет"):
#: the name is a person's, even a lone first name at a sentence start.
AGE_AFTER_NAME = re.compile(r"[ \t]*[,(][ \t]*\d{1,3}[ \t]*(?:рік|роки|років|року|лет|год|года)\b")


#: Right after a lone first name: where the person is from or a relative clause about them.
DESCRIBED_AFTER_NAME = re.compile(r"[ \t]+(?:з|із|зі|из|с)[ \t]+[A-ZА-ЯІЇЄҐЁ]|,[ \t]*(?:яка|який|которая|который)\b")


def _is_person_run(words: list[str], text: str, start: int, lang: str) -> bool:
    """Whether a capitalised run names a person.

    The Ukrainian dictionary has no place tag and lists many homonyms as names (Києві -> Кий,
    Люди -> Люда, Харкові -> Харко), so one word alone counts as a person only when it is not
    sentence-initial and has a name reading (or is unknown to the dictionary), or when it has
    name readings only; two or more words count when one of them is a first name or unknown.
    """
    infos = [_word_info(w.rstrip("."), lang) for w in words]
    # the first word may be an institution noun ("Рада", "Влада"), also a woman's first name
    institution_head = any((lang, lemma) in load_institution_nouns() for lemma in nlp.lemma_set(words[0].lower(), lang))
    if SAINT_BEFORE.search(text, max(0, start - SAINT_CHARS), start):
        return False  # "храм святого Миколая", "церковь Святой Троицы": a saint in a church's name
    end = text.find(words[-1], start) + len(words[-1])
    if AGE_AFTER_NAME.match(text, end) and any(i.first_name or i.person or not i.known for i in infos):
        return True
    if len(words) >= 2:
        if len(words) == 2 and all(i.known and not i.first_name for i in infos) and _adjective_and_thing(*words, lang):
            return False  # an adjective and an inanimate noun: a place ("Малі Щербаки стоять")
        if institution_head and not any("nomn" in g for g in _grammemes(words[1], lang)):
            return False  # "Влада Краснодарського краю": a body and its place, not a woman named Влада
        return any(i.first_name or i.person or not i.known for i in infos)
    info = infos[0]
    if ABBREVIATION_NEXT.match(text, start + len(words[0])):
        return False  # "Каховської ГЕС", "Запорожской АЭС": a word naming an abbreviated body
    if PLACE_PHRASE_BEFORE.search(text, max(0, start - 40), start):
        return False  # "за пределами Салтовки", "на околиці Херсона": a place
    if not info.first_name and ATTACKED_PLACE_BEFORE.search(text, max(0, start - 20), start):
        return False  # "после обстрела Салтовки": the place attacked
    if institution_head:
        return False  # "Рада" alone is the parliament, not a woman of that name
    if not info.first_name and ABBREVIATION_BEFORE.search(text, max(0, start - MAX_ABBREVIATION_CHARS), start) \
            and _place_in_genitive(words[0], lang):
        # "МЗС Білорусі назвало", "КДБ Білорусі": the country of an abbreviated body, whatever
        # surname reading the dictionary also lists ("Білорус")
        return False
    following = FOLLOWING_WORD.match(text, start + len(words[0]))
    if following and following.group(1).islower() and (
            _adjective(following.group(1), lang) or _adjective_and_thing(words[0], following.group(1), lang)):
        # an adjective of a place before a common noun: "Скадовського муніципального округу",
        # "штаб Курської області" (not a woman named Курська)
        return False
    previous = WORD_BEFORE_END.search(text, max(0, start - MAX_PRONOUN_CHARS), start)
    if previous and previous.group(1)[:1].isupper() and not text[previous.end():start].strip() \
            and _place_adjective(previous.group(1), lang):
        return False  # after a capitalised adjective, a place: "у Кривому Розі", "в Білій Церкві"
    noun_before = WORD_BEFORE_END.search(text, max(0, start - MAX_PLACE_NOUN_CHARS), start)
    if noun_before and not info.first_name and not text[noun_before.end():start].strip(" \t") and (
            noun_before.group(1).islower() and nlp.lemma_set(noun_before.group(1), lang) & PLACE_NOUN_LEMMAS
            or nlp.lemma_set(noun_before.group(1).lower(), lang) & RESIDENT_NOUN_LEMMAS):
        # a name in apposition to a place noun: "району Нойкельн", "села Кліщіївка" (a first
        # name there is a resident's: "мешканка села Галина"); the place a resident is from:
        # "Житель Усть-Курдюма"
        return False
    if _sentence_initial(text, start):
        # a first name that is also a common noun is a person when described by where they are
        # from or a relative clause ("Марина з Чернігова, яка ...", "Надія, яка ...")
        return info.person and (not info.common or info.first_name and bool(
            DESCRIBED_AFTER_NAME.match(text, start + len(words[0]))))
    if not info.known and _other_language_place(words[0], lang):
        return False  # a Russian place name in a Ukrainian text ("Киев", "Харьков"), and the reverse
    if not info.known and _ends_in_a_thing(words[0], lang):
        return False  # "Нови-Сада", "Гуляй-Поля": a place whose last part is a common noun
    if _town_in_genitive(words[0], lang):
        return False  # "«адміністрації» Купʼянська": the town Купʼянськ, not a woman Купʼянська
    return info.person or not info.known


#: "святого", "святої", "св.", "святых" right before a name: a saint, in the name of a church,
#: a parish or a feast, not a person of the article.
SAINT_WORD = r"(?:[Сс]вят(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|і|их|ым|ой|ая|ую|ые|ых)|[Сс]в\.)"
SAINT_BEFORE = re.compile(r"(?<![\w-])" + SAINT_WORD + r"[ \t]*$")
#: The longest form of :data:`SAINT_BEFORE`, with the spaces after it.
SAINT_CHARS = 10
#: Nouns of a place whose name may follow them uninflected or in the genitive ("району
#: Нойкельн", "села Кліщіївка", "штату Баварія"): a lone capitalised word right after one that is
#: no first name is that place, not a person's surname.
PLACE_NOUN_LEMMAS = frozenset(
    "район місто село селище містечко округ вулиця проспект провулок бульвар площа провінція "
    "штат кантон регіон квартал мікрорайон "
    "город поселок посёлок деревня улица переулок площадь провинция микрорайон".split())
#: Nouns of a resident, whose place follows them in the genitive ("мешканець Ірпеня", "житель
#: Усть-Курдюма"): a lone capitalised word right after one that is no first name is that place.
RESIDENT_NOUN_LEMMAS = frozenset(
    "мешканець мешканка житель жителька уродженець уродженка жительница уроженец уроженка".split())
#: The longest place or resident noun of :data:`PLACE_NOUN_LEMMAS` and
#: :data:`RESIDENT_NOUN_LEMMAS` in any form, with the spaces after it.
MAX_PLACE_NOUN_CHARS = 14


#: Endings of the towns named after an adjective's stem ("Купʼянськ", "Донецьк", "Курск").
TOWN_ENDINGS = ("ськ", "цьк", "ск", "цк")


def _place_in_genitive(word: str, lang: str) -> bool:
    """Whether a lone capitalised word reads as an inanimate common noun in the genitive (a
    country or region: "Білорусі", "Польщі"), whatever name readings it also has in other cases."""
    return any(r.pos == "NOUN" and "inan" in r.tag and "gent" in r.tag and not PERSON_TAGS & g
               for g, r in zip(_grammemes(word, lang), nlp.parses(word, lang)))


def _town_in_genitive(word: str, lang: str) -> bool:
    """Whether a lone capitalised word reads as the genitive of a town ("Купʼянська" of
    Купʼянськ) as well as a woman's surname: it names the town."""
    return any(r.pos == "NOUN" and "inan" in r.tag and "gent" in r.tag and r.lemma.endswith(TOWN_ENDINGS)
               for r in nlp.parses(word, lang))


def _ends_in_a_thing(word: str, lang: str) -> bool:
    """Whether a hyphenated word ends in a part the dictionary knows only as an inanimate common
    noun ("Нови-Сада": сад); a double surname ends in a name ("Квітка-Основʼяненко")."""
    if "-" not in word:
        return False
    last = word.rsplit("-", 1)[1].lower()
    readings = _grammemes(last, lang)
    return bool(readings) and nlp.is_known(last, lang) and all(
        {"NOUN", "inan"} <= reading and not PERSON_TAGS & reading for reading in readings)


@lru_cache(maxsize=20_000)
def _other_language_place(word: str, lang: str) -> bool:
    """Whether the other language's dictionary knows ``word`` as a place and not as a name: an
    unknown word is no person when it is a place spelled in the other language."""
    other = "ru" if lang == "uk" else "uk"
    if not nlp.is_known(word, other):
        return False
    readings = _grammemes(word, other)
    return any("Geox" in g for g in readings) and not any(PERSON_TAGS & g for g in readings)


@lru_cache(maxsize=100_000)
def _adjective_and_thing(first: str, second: str, lang: str) -> bool:
    """Whether two capitalised words may read as an adjective and an inanimate common noun that
    agree in case ("Кривого Рогу", "Білої Церкви"): a place's name, whatever surname readings
    the dictionary also lists."""
    cases = set(ALL_CASES)
    adjectives = {c for g, r in zip(_grammemes(first, lang), nlp.parses(first, lang))
                  if r.pos == "ADJF" for c in g & cases}
    things = {c for g, r in zip(_grammemes(second, lang), nlp.parses(second, lang))
              if r.pos == "NOUN" and "inan" in g and not g & {"Surn", "Name", "Patr"} for c in g & cases}
    return bool(adjectives & things)


def _name_runs(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """Capitalised word runs that may name a person or institution, split at function words;
    a leading place after a preposition and leading common words are dropped; runs inside quote
    marks (outlet and brand names) are skipped."""
    runs = []
    for match in NAME_RUN.finditer(text, start, end):
        if match.start() > 0 and text[match.start() - 1] in "«„\"“":
            continue
        words, offsets, offset = [], [], match.start()
        for word in match.group().split():
            at = text.index(word, offset)
            offset = at + len(word)
            if words and LONE_NAME_PARTICLE.fullmatch(word):
                words.append(word)  # "Урсула фон дер Ляєн": a particle inside a foreign name
                offsets.append(at)
                continue
            info = _word_info(word.rstrip("."), lang)
            # (or after a patronymic: "Дмитрия Аркадьевича Бойко", a surname that is also an adverb)
            after_first_name = bool(words) and (_word_info(words[-1], lang).first_name or any(
                "Patr" in g for g in _grammemes(words[-1], lang)))
            # a first name after another starts a new name when the one before cannot be in the
            # nominative ("керівниця Дмитра | Тетяна Гриценко")
            starts_name = info.first_name and words and (not after_first_name or (
                _nominative_first_name(word, lang) and (not _may_be_nominative(words[-1], lang) or (
                    _oblique_first_name(words[-1], lang) and not any("Surn" in g for g in _grammemes(word, lang))))))
            # a surname that is also a function word ("Михайло Сорока", "Евгений Сорока": of forty)
            # goes on; a capitalised word of three letters or more after a first name is a surname
            function = info.function and not (after_first_name and (info.person or len(word) > 2))
            # a model's code is no name: "Ан-32П", "Су-34" (the run stops at the digits)
            function = function or word.endswith("-") and text[offset:offset + 1].isalnum()
            if function or starts_name:  # "Нової Каховки | Олексій Фролов"
                if words:
                    runs.append(_run(words, offsets))
                words, offsets = [], []
                if function:
                    continue
            words.append(word)
            offsets.append(at)
        if words:
            runs.append(_run(words, offsets))
    runs = [part for run in runs for part in _split_two_first_names(run, lang)]
    result = []
    for run_start, run_end, name in runs:
        words = name.split()
        previous = nlp.WORD_TOKEN.findall(text[max(0, run_start - 40):run_start])
        adjacent = bool(previous) and text[run_start - 1:run_start] == " " \
            and text[run_start - len(previous[-1]) - 1:run_start - 1] == previous[-1]
        if adjacent and previous[-1][:1].isupper() and _word_info(words[0], lang).first_name \
                and _only_adjective(previous[-1], lang) and not _sentence_initial(text, run_start - len(previous[-1]) - 1) \
                and _agrees_as_noun(previous[-1], words[0], lang):
            # "Офіс Уповноваженого Верховної | Ради України": a body's noun after its adjective, in
            # its case and gender (not "вулиці Харківської | Віктор Сахно"); a name may follow it
            # ("села Зеленый Гай | Валентина Кучер")
            if len(words) < 3:
                continue
            run_start = text.index(words[1], run_start + len(words[0]))
            words = words[1:]
            previous = nlp.WORD_TOKEN.findall(text[max(0, run_start - 40):run_start])
            adjacent = False
        if len(words) == 2 and adjacent and previous[-1][:1].isupper() \
                and (lang, nlp.lemma(previous[-1], lang)) in load_institution_nouns() \
                and _oblique_first_name(words[0], lang) and any(
                    "Name" in g and "gent" in g for g in _grammemes(words[0], lang)):
            # "інститутів Товариства | Макса Планка": whom a body is named after, in the genitive
            # after the capitalised noun that heads the body's name (not "психологинею центру
            # Іриною Савчук")
            continue
        # "в окупованому Купʼянську": adjectives may stand between the preposition and the place
        skipped = 0
        while skipped < MAX_PLACE_ADJECTIVES and len(previous) > 1 and previous[-1].islower() \
                and nlp.best_parse(previous[-1], lang).pos == "ADJF":
            previous.pop()
            skipped += 1
        if previous and previous[-1].lower() in NAMED_AFTER and NAMED_AFTER_BEFORE_RUN.search(text, max(0, run_start - 24), run_start):
            # "університету імені Тараса Шевченка", "имени Каразина | Дмитрия Оленченко": whom
            # a body is named after belongs to its name, not a speaker
            honoree = 2 if len(words) >= 2 and _word_info(words[0], lang).first_name else 1
            if len(words) <= honoree:
                continue
            run_start = text.index(words[honoree], run_start + len(" ".join(words[:honoree])))
            words = words[honoree:]
        in_place_list = len(words) == 1 and _continues_place_list(text, run_start, words[0], lang)
        after_preposition = bool(previous) and previous[-1].lower() in PLACE_PREPOSITIONS | FROM_OR_WITH
        place_words = 2 if after_preposition and len(words) >= 2 and (
            all(_word_info(w, lang).known for w in words[:2]) and _adjective_and_thing(words[0], words[1], lang)
            # an adjective before a name the dictionary lacks: "з Північної Салтівки"
            or not _word_info(words[1], lang).known and _only_adjective(words[0], lang)) else 1
        if in_place_list or previous and (previous[-1].lower() in PLACE_PREPOSITIONS or (
                previous[-1].lower() in FROM_OR_WITH and (place_words == 2 or _genitive_only(words[0], lang)))) and not (
                len(words) >= 2 and _word_info(words[0], lang).first_name
                and not (len(words) >= 3 and _nominative_first_name(words[1], lang))):
            # a first name after the preposition is a person ("з Олександром Петренком"), unless a
            # full name in the nominative follows it ("у Львові Оксана Стефанишин": Лев is a name
            # too); a place may be an adjective and a noun ("із Кривого Рогу")
            if len(words) <= place_words:
                continue
            run_start = text.index(words[place_words], run_start + len(" ".join(words[:place_words])))
            words = words[place_words:]
        while len(words) > 1 and ((lambda i: i.common and not i.person or i.known and not (
                i.common or i.person or i.first_name))(_word_info(words[0], lang))
                or len(words) >= 3 and _place_or_thing(words[0], lang)):
            # "Харківʼянка Світлана Гончар" -> "Світлана Гончар"; a word that is no noun ("Позже
            # Лозинский"); a place or thing in an oblique case before a full name ("Білорусі
            # Вадім Ляшкєвіч", "Дании Расмус Хольм")
            run_start = text.index(words[1], run_start + len(words[0]))
            words = words[1:]
        initial = SURNAME_INITIAL.match(text, run_end) if len(words) == 1 else None
        if initial and _word_info(words[0], lang).first_name:
            # "Дмитра П.": a first name and the initial of a surname withheld, one person's name
            run_end, words = initial.end(), [words[0], initial.group(1)]
        result.append((run_start, run_end, " ".join(words)))
    return result


#: The word before whom a body is named after ("університет імені Шевченка", "им. Каразина").
NAMED_AFTER = frozenset("імені имени ім им".split())
#: Such a word right before a name, not after "по", "на", "за" ("называть его по имени – Сергей").
NAMED_AFTER_BEFORE_RUN = re.compile(r"(?<![Пп]о )(?<![Нн]а )(?<![Зз]а )\b(?:імені|имени|ім\.|им\.)[ \t]+$")
#: The initial of a withheld surname right after a first name ("Дмитро П.", "Аліна Г."), not
#: the initial of a first name before a surname ("Дмитро П. Іванов" is not matched).
SURNAME_INITIAL = re.compile(r"[ \t]([А-ЯІЇЄҐЁ]\.)(?![ \t]*[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’-]+)")


def _place_or_thing(word: str, lang: str) -> bool:
    """Whether ``word`` reads as a place ("Дании", "Алматы") or only as inanimate nouns in an
    oblique case ("Білорусі", "Естонії"): not the first word of a person's name."""
    readings = [g for g in _grammemes(word, lang) if "NOUN" in g]
    if any("Geox" in g for g in readings):
        return True
    return bool(readings) and nlp.is_known(word, lang) and all(
        "inan" in g and "nomn" not in g and not PERSON_TAGS & g for g in readings)


def _agrees_as_noun(adjective: str, word: str, lang: str) -> bool:
    """Whether ``word`` has a common noun's reading (not a name's) in the case, number and gender
    of a reading of the ``adjective`` before it ("Верховної Ради", not "Харківської Віктор" or
    "Старокозацького Валентина")."""
    def features(grammemes) -> tuple:
        return (frozenset(grammemes & CASE_GRAMMEMES), "plur" in grammemes,
                frozenset() if "plur" in grammemes else frozenset(grammemes & GENDER_GRAMMEMES))
    forms = {features(g) for g in _grammemes(adjective, lang) if "ADJF" in g}
    return any(features(g) in forms for g in _grammemes(word, lang) if "NOUN" in g and not PERSON_TAGS & g)


def _disagreeing_adjective(word: str, noun: str, lang: str) -> bool:
    """Whether a capitalised ``word`` before a body's ``noun`` reads only as an adjective or adverb
    and agrees with it in no reading ("Найбільше центр потребує ...": a superlative opening the
    sentence, not a body's name)."""
    readings = _grammemes(word, lang)
    return bool(readings) and all(("ADJF" in g or "ADVB" in g) and not PERSON_TAGS & g for g in readings) \
        and not _agrees_as_noun(word, noun, lang)


#: The case and gender grammemes of the dictionaries' tags.
CASE_GRAMMEMES = frozenset("nomn gent datv accs ablt loct voct".split())
GENDER_GRAMMEMES = frozenset("masc femn neut".split())


def _only_adjective(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` only as an adjective (no name or surname reading)."""
    readings = _grammemes(word, lang)
    return bool(readings) and nlp.is_known(word, lang) and all("ADJF" in g and not PERSON_TAGS & g for g in readings)


def _run(words: list[str], offsets: list[int]) -> tuple[int, int, str]:
    return offsets[0], offsets[-1] + len(words[-1]), " ".join(words)


def _split_two_first_names(run: tuple[int, int, str], lang: str) -> list[tuple[int, int, str]]:
    """A run of a first name in an oblique case, then a full name ("Коллега Дмитрия | Максим
    Руденко"), as two runs: nobody is named with two first names and a surname, though the first
    may also read as a rare nominative ("Дмитрия")."""
    start, end, name = run
    words = name.split()
    if len(words) >= 3 and _word_info(words[0], lang).first_name and _word_info(words[1], lang).first_name \
            and _nominative_first_name(words[1], lang) and any(
                "Name" in r.tag and "nomn" not in r.tag for r in nlp.parses(words[0], lang)) \
            and not _word_info(words[2], lang).first_name:
        return [(start, start + len(words[0]), words[0]), (end - len(" ".join(words[1:])), end, " ".join(words[1:]))]
    return [run]


def _sentence_initial(text: str, pos: int) -> bool:
    back = pos - 1
    while back >= 0 and text[back] in " \t–—-«\"„":
        back -= 1
    return back < 0 or text[back] in ".!?…\n:"


def _lower_case_word_before(text: str, start: int) -> str | None:
    """The lower-case word one space before a name at ``start`` (of "45-річного", the part after
    the hyphen), or None."""
    before = WORD_BEFORE_END.search(text, max(0, start - MAX_ADJECTIVE_CHARS), start)
    if before is None or not before.group(1).islower() or text[before.end(1):start] != " ":
        return None
    return before.group(1)


def _case_of_adjective_before(text: str, start: int, lang: str) -> str | None:
    """The oblique case of the lower-case adjective right before a lone name ("45-річного Павла",
    "молодого Ивана"), which the name agrees with: the genitive where it may be either that or
    the accusative; None after any other word or an adjective that may be nominative."""
    word = _lower_case_word_before(text, start)
    if word is None:
        return None
    readings = [g for g, r in zip(_grammemes(word, lang), nlp.parses(word, lang)) if r.pos == "ADJF"]
    cases = {case for g in readings for case in g & set(ALL_CASES)}
    if not readings or "nomn" in cases:
        return None
    return "gent" if "gent" in cases else (cases.pop() if len(cases) == 1 else None)


#: The cases a person's title noun before a full name may show, in the order one is chosen
#: where its form has several ("лікаря": the genitive, which a man's accusative shares).
TITLE_CASES = ("gent", "accs", "datv", "ablt", "loct")


def _case_of_title_before(text: str, start: int, lang: str) -> str | None:
    """The oblique case of the lower-case title noun right before a full name ("кандидатку Дарію
    Соломіну": the accusative, so the woman Дарія, not the man Дарій in the dative), from its
    singular animate readings; None after any other word or a title that may be nominative. It
    only decides between readings of the name that agree equally well (see
    :func:`nlp.to_nominative`)."""
    word = _lower_case_word_before(text, start)
    if word is None:
        return None
    cases = {case for g, r in zip(_grammemes(word, lang), nlp.parses(word, lang))
             if r.pos == "NOUN" and "anim" in g and "plur" not in g for case in g & set(ALL_CASES)}
    if not cases or "nomn" in cases:
        return None
    return next(case for case in TITLE_CASES if case in cases)


def _namesake(canonical: dict[str, tuple[str, bool]], name: str, converted: str) -> bool:
    """Whether a person other than ``name`` (about to be read as ``converted``) bears the
    converted surname under another first name: the surname written alone may be about them
    ("Юлия Корнилова" and her husband "Андрея Корнилова", whom "Корнилов" alone names)."""
    return any(full not in (name, converted) and " " in full and full.split()[-1] == converted.split()[-1]
               and full.split()[0] != converted.split()[0] for full, _ in canonical.values())


def _register_persons(ctx: _Context) -> None:
    """Collect person mentions (position, canonical full name) for name and pronoun resolution.

    A person's canonical name is the first full-name mention already in the nominative (written
    as it stands, "Олександр Дзюба визнав"); mentions in other cases ("Олександра Дзюби") are put
    into the nominative by pymorphy3 only until such a mention is seen. Mentions are linked by
    the stem of the surname or first name, so case endings do not split one person in two.
    """
    canonical: dict[str, tuple[str, bool]] = {}  # stem -> (full name, written in the nominative)
    nominal_single: dict[str, str] = {}  # stem -> a one-word mention written in the nominative
    surfaces: dict[str, str] = {}  # stem -> the mention as written that gave its canonical name
    pending: list[tuple[int, list[str]]] = []
    lone_words: dict[str, str] = {}  # a capitalised word alone that is no person's name by itself
    for start, _end, surface in _name_runs(ctx.text, 0, len(ctx.text), ctx.lang):
        if not _is_person_run(surface.split(), ctx.text, start, ctx.lang):
            if " " not in surface:
                lone_words.setdefault(_fold(surface), surface)
            known = canonical.get(_stem(surface)) if " " not in surface else None
            full = known[0].split() if known else []
            # (a first name the dictionary does not know is foreign: "Даріус Вайткус")
            first_name = len(full) > 1 and (_word_info(full[0], ctx.lang).first_name
                                            or not _word_info(full[0], ctx.lang).known)
            if first_name and _fold(full[-1]) == _fold(surface) or len(full) > 1 and full[0] == surface \
                    and _word_info(surface, ctx.lang).first_name:
                # a lone word that is, as written, the surname ("Кравченко подякував" after
                # "Віктор Кравченко") or the first name opening a sentence ("Ігор свій зразок
                # здав" after "син Ігор Шевчук") of a person named before: that person
                pending.append((start, [_stem(surface)]))
                ctx.persons.append((start, known[0]))
            continue
        if " " in surface:
            name = nlp.to_nominative(surface, ctx.lang, tie_case=_case_of_title_before(ctx.text, start, ctx.lang))
        else:
            name = nlp.to_nominative(surface, ctx.lang, case=_case_of_adjective_before(ctx.text, start, ctx.lang))
        if name != surface and _unknown_subject(surface, _end, ctx):
            name = surface  # "Такесі Омура висловив": a foreign name the dictionary only guesses
        words = name.split()
        stems = [_stem(words[-1]), _stem(words[0])] if len(words) >= 2 else [_stem(words[0])]
        if len(words) >= 2:
            nominal = name == surface
            for stem in stems:
                known = canonical.get(stem)
                # a mention in the nominative is trusted over a converted one, unless it is shorter
                # ("Ганна Петрівна" after "Ганни Петрівни Лисенко")
                if known is None or (nominal and not known[1] and len(words) >= len(known[0].split())):
                    canonical[stem] = (name, nominal)
                    surfaces[stem] = surface
        elif name == surface:
            nominal_single.setdefault(stems[0], name)
        elif _stem(surface) in canonical and _fold(canonical[_stem(surface)][0].split()[-1]) == _fold(surface):
            # the surname as a full name before wrote it ("Волкова" after "Марина Волкова"), which
            # the dictionary reads as a man's name in the genitive ("Волков"): that person
            stems = [_stem(surface)]
        elif " " not in surface:
            declined = _declined_surname(surface, canonical)
            if declined:
                # the surname of a man named before, with a case ending ("повідомив Смолянінову"
                # after "Аркадій Смолянінов"), which the dictionary reads as a woman's: that man
                stems = [_stem(declined)]
        pending.append((start, stems))
        ctx.persons.append((start, name))
    converted_names: dict[str, str] = {}  # a full name kept as written -> the nominative it turned out to be
    for stem, (name, nominal) in list(canonical.items()):
        words = name.split()
        alone = _written_alone(words[-1], nominal_single)
        if nominal and len(words) >= 2 and alone and alone != words[-1] and any(
                "Name" in g and not g.isdisjoint(OBLIQUE_NAME_CASES) for g in _grammemes(words[0], ctx.lang)):
            # "Романа Кушнира" kept as a woman's name in the nominative, while the article writes
            # "Кушнир" alone: the full name stood in an oblique case (its first name can: not
            # "Гульнара Меметова", the mother of "Меметов"); the case whose nominative gives the
            # article's own surname decides
            for case in OBLIQUE_NAME_CASES:
                converted = nlp.to_nominative(surfaces[stem], ctx.lang, case=case)
                if converted.split()[-1] == alone and not _namesake(canonical, name, converted):
                    # the mentions in the nominative ("Кушнир") are linked by its own stems
                    for key in (stem, _stem(converted.split()[-1]), _stem(converted.split()[0])):
                        canonical[key] = (converted, True)
                    converted_names[name] = converted
                    break
        elif nominal and len(words) == 2 and _name_gender(words[0], ctx.lang) is None \
                and _womans_name_or_mans_oblique(words[0], ctx.lang) and "masc" in (
                    _past_verb_gender(ctx, words[-1]),
                    _past_verb_gender(ctx, (converted := nlp.to_nominative(surfaces[stem], ctx.lang, case="gent")).split()[-1])):
            # "Артема Левченко", "Дмитрия Коваленко": a woman's first name in the nominative, or a
            # man's in the genitive before a surname that fits both; the verbs that agree with the
            # surname alone ("– рассказал Коваленко", "сказал Сорочан" after "Виталия Сорочана")
            # say it is a man
            if converted != name and not _namesake(canonical, name, converted):
                for key in (stem, _stem(converted.split()[0])):
                    canonical[key] = (converted, True)
                converted_names[name] = converted  # (its stems may differ: "Сорочана", "Сорочан")
        elif not nominal and len(words) == 2 and _fold(written := surfaces[stem].split()[-1]).endswith("у") \
                and _fold(written) != _fold(words[-1]) \
                and (_past_verb_gender(ctx, written) or _subject_of_verb(ctx, written)) \
                and not re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", ctx.text):
            # "Артема Бурлаку" read as the accusative of "Бурлака" or a dative "Мунтян", while the
            # article writes the surname alone, as it stands, beside a verb of its own ("– сказав
            # Бурлаку", "Мунтяну признал") and never as the dictionary's nominative: a surname in
            # "-у" that does not decline (Moldovan and Romanian ones)
            canonical[stem] = (f"{words[0]} {written}", True)
            converted_names[name] = ctx.renamed[name] = canonical[stem][0]  # (its stems differ: "Мунтян", "Мунтяну")
        elif not nominal and len(words) == 2 and ctx.lang == "ru" and _fold(words[-1]).endswith(("ий", "ый")) \
                and _name_gender(words[0], ctx.lang, nominative=True) == "masc" \
                and not any(_stem(full.split()[-1]) == _stem(words[-1]) and _name_gender(full.split()[0], ctx.lang) == "femn"
                            for full, _ in canonical.values() if " " in full) \
                and (written_oi := _written_with_oi(ctx.text, words[-1])):
            # "Дмитрием Ланским" read as "Ланский", while the article writes "Ланской" alone: a
            # man's surname in "-ой" declines alike, so trust the article
            canonical[stem] = (f"{words[0]} {written_oi}", True)
            converted_names[name] = ctx.renamed[name] = canonical[stem][0]
        elif not nominal and _stem(words[-1]) in nominal_single:
            # "Олександра Дзюби" put into the nominative by the dictionary, but the article also
            # writes the surname alone in the nominative ("Дзюба визнав"): trust the article
            canonical[stem] = (" ".join(words[:-1] + [nominal_single[_stem(words[-1])]]), True)
        elif not nominal and len(words) == 2 and (other := _other_surname_reading(
                surfaces[stem].split()[-1], words[-1], {**lone_words, **nominal_single}, ctx.lang)):
            # "Павла Гребеня" read as "Гребень", while the article writes "Гребінь" alone in the
            # nominative, the other surname the dictionary reads the form as: trust the article
            canonical[stem] = (f"{words[0]} {other}", True)
            converted_names[name] = ctx.renamed[name] = canonical[stem][0]  # (its stems differ: "Гребень", "Гребінь")
        elif not nominal and len(words) == 2 and nominal_single.get(_stem(words[0]), words[0]) != words[0] \
                and _singular_nominative_first_name(nominal_single[_stem(words[0])], ctx.lang):
            # "Петра Савчука" read with a woman's first name, while the article writes "Петро"
            # alone in the nominative: trust the article
            canonical[stem] = (" ".join([nominal_single[_stem(words[0])]] + words[1:]), False)
    resolved: dict[tuple, str] = {}  # the same mention again resolves the same way (a live blog repeats names)
    persons = []
    for (start, stems), (_, name) in zip(pending, ctx.persons):
        key = (tuple(stems), name)
        if key not in resolved:
            resolved[key] = converted_names.get(name) or _canonical_person(stems, name, canonical)
        persons.append((start, resolved[key]))
    ctx.persons[:] = persons
    for index, (start, name) in enumerate(persons):
        ranked = ELDER_OR_YOUNGER.fullmatch(name)  # "Гринишин-старший": one of two namesakes
        if ranked:
            ctx.persons[index] = (start, _elder_or_younger(ranked, ctx) or name)
    # a person known by a call sign ("медикиня з позивним «Ліса»") is mentioned there, by the
    # call sign as written (it stands in the nominative after "позивним"), unless a full name or
    # a first name introduces the same person just before it ("Роман Гайовий з позивним «Тихий»",
    # "Марина з позивним «Ліса»")
    for match in CALL_SIGN_INTRODUCED.finditer(ctx.text):
        named_before = [pos for pos, full in ctx.persons
                        if (len(full.split()) > 1 or _word_info(full, ctx.lang).first_name)
                        and match.start() - CALL_SIGN_NAME_WINDOW <= pos < match.start()
                        and not re.search(r"[.!?\n]", ctx.text[pos:match.start()])]
        if not named_before:
            ctx.persons.append((match.start("sign"), match.group("sign")))
    # a user known by a nickname ("Користувачка з ніком olena_sumy_mama написала") is mentioned
    # there, by the nickname as written
    for match in NICKNAME_INTRODUCED.finditer(ctx.text):
        ctx.persons.append((match.start("nick"), match.group("nick")))
    # "Он представился Гостем", "попросила називати її Ластівкою": a person known by the name
    # they gave, put into the nominative (a common noun as a pseudonym is no name run)
    for match in PSEUDONYM_INTRODUCED.finditer(ctx.text):
        at = match.start("name")
        if not any(pos == at for pos, _ in ctx.persons):
            ctx.persons.append((at, _pseudonym_nominative(match.group("name"), ctx.lang)))
    # "один із батьків", "одна из жительниц": an unnamed member of a group of people is a person
    # of their own, not one named before, for the verb, pronouns and descriptions after them
    for match in ONE_OF_GROUP.finditer(ctx.text):
        if not _sentence_initial(ctx.text, match.start()):
            continue  # only as a sentence's subject: "Першою виступила одна з мешканок" is not taken
        end = match.end()
        group = match.group("group")
        if not _group_of_people(group, ctx.lang) and group.islower() and any(
                r.pos in ("ADJF", "PRTF") and "plur" in r.tag and "gent" in r.tag for r in nlp.parses(group, ctx.lang)):
            # "Один из бывших | партнеров", "Одна из оставшихся в городе | врачей": the group after
            # its adjective or participle and what the participle governs
            for word in FOLLOWING_LOWER_WORD.finditer(ctx.text, end, min(len(ctx.text), end + MAX_GROUP_SEARCH_CHARS)):
                if ctx.text[end:word.start()].strip():
                    break  # punctuation: no group
                end = word.end()
                if _group_of_people(word.group(1), ctx.lang):
                    group = word.group(1)
                    break
        if _group_of_people(group, ctx.lang) and not any(
                _nominative_first_name(word, ctx.lang) for word in FOLLOWING_NAME.findall(ctx.text, end, end + 40)):
            place = FOLLOWING_PLACE.match(ctx.text, end)
            if place and nlp.lemma_set(group.lower(), ctx.lang) & RESIDENT_NOUN_LEMMAS:
                end = place.end()  # "одна з мешканок Сак": the place the residents are of
            for _ in range(MAX_GROUP_DEPENDENTS):  # "одна з учасниць акції", "один із мешканців будинку"
                word = FOLLOWING_LOWER_WORD.match(ctx.text, end)
                if word and nlp.best_parse(word.group(1), ctx.lang).pos == "PREP":
                    # "одна из матерей из Мелитополя": where they are from, never a bare preposition
                    place = FOLLOWING_PLACE.match(ctx.text, word.end())
                    end = place.end() if place else end
                    break
                if not word or not any(r.pos in ("NOUN", "ADJF") and "gent" in r.tag
                                       for r in nlp.parses(word.group(1), ctx.lang)):
                    break
                end = word.end()
            phrase = ctx.text[match.start():end]
            apposition = DESCRIPTION_APPOSITION.match(ctx.text, end)
            described = _apposition_description(apposition, ctx) if apposition else None
            if described:
                # "Один из собеседников, бывший инженер компании, рассказал": the apposition names
                # them more exactly
                phrase = ctx.text[described[0][0].start:described[0][-1].end]
            ctx.persons.append((match.start(), phrase[:1].lower() + phrase[1:]))
    _register_described_subjects(ctx)
    _register_told_describers(ctx)
    _register_contacted(ctx)
    _register_relatives(ctx)
    _register_couples(ctx)
    _register_families(ctx)
    ctx.persons.sort(key=lambda item: item[0])


#: Two first names and one surname in the plural: a couple or two relatives ("Валентина і Петро
#: Сіренки", "Ольга та Ігор Шевчуки", "Анна и Сергей Петровы").
COUPLE = re.compile(r"(?<![\w-])(?P<first>[A-ZА-ЯІЇЄҐЁ][\w'ʼ’-]+)[ \t]+(?:і|й|та|и)[ \t]+"
                    r"(?P<second>[A-ZА-ЯІЇЄҐЁ][\w'ʼ’-]+)[ \t]+(?P<surname>[A-ZА-ЯІЇЄҐЁ][\w'ʼ’-]+(?:и|і|ы))(?![\w-])")


def _register_couples(ctx: _Context) -> None:
    """Each of two people named by their first names and one surname in the plural ("Валентина і
    Петро Сіренки") is a person with that surname in the singular ("Валентина Сіренко", "Петро
    Сіренко"; a woman's "-ова"/"-ська" where the surname has one), so that "– каже Валентина"
    names her in full."""
    for match in COUPLE.finditer(ctx.text):
        first, second = match.group("first"), match.group("second")
        if not (_nominative_first_name(first, ctx.lang) and _nominative_first_name(second, ctx.lang)):
            continue
        for at, name in ((match.start("first"), first), (match.start("second"), second)):
            surname = _singular_surname(match.group("surname"), _name_gender(name, ctx.lang), ctx.lang)
            if surname:
                ctx.persons[:] = [(pos, full) for pos, full in ctx.persons if pos != at]
                ctx.persons.append((at, f"{name} {surname}"))


#: Relatives named together by one surname in the plural, whose first names follow ("брат і сестра
#: Ковальчуки. Ірина ..., а її брат Максим ...", "супруги Петровы").
FAMILY_NAMED = re.compile(
    # (the lookahead lets the scan skip every position no alternative can start at)
    r"(?<![\w-])(?=[бспрБСПР])(?:брат|брати|сестра|сестри|подружжя|родина|сім[ʼ'’]я|батьки|близнюки|братья|сестры|супруги"
    r"|семья|родители|близнецы)(?:[ \t]+(?:і|й|та|и)[ \t]+(?:брат|сестра|брати|сестри|братья|сестры))?"
    r"[ \t]+(?P<surname>[А-ЯІЇЄҐЁ][\w'ʼ’-]+(?:и|і|ы))(?![\w-])", re.IGNORECASE)
#: How far after :data:`FAMILY_NAMED` a first name alone is one of those relatives.
FAMILY_FIRST_NAMES_CHARS = 400


def _register_families(ctx: _Context) -> None:
    """A first name alone soon after relatives named by one surname in the plural (see
    :data:`FAMILY_NAMED`) is one of them, with that surname in the singular ("Ірина Ковальчук"), so
    that "– відповідає Ірина" names her in full."""
    for match in FAMILY_NAMED.finditer(ctx.text):
        if not match.group("surname")[1:].islower():
            continue
        end = match.end() + FAMILY_FIRST_NAMES_CHARS
        for index, (at, name) in enumerate(ctx.persons):
            if not match.end() <= at < end or " " in name or not _nominative_first_name(name, ctx.lang):
                continue
            surname = _singular_surname(match.group("surname"), _name_gender(name, ctx.lang), ctx.lang)
            if surname:
                ctx.persons[index] = (at, f"{name} {surname}")


def _singular_surname(plural: str, gender: str | None, lang: str) -> str | None:
    """The singular of a surname in the plural for a person of ``gender`` ("Сіренки" -> "Сіренко",
    "Шевчуки" -> "Шевчук", "Петрови" -> "Петров" / "Петрова", "Ковальські" -> "Ковальська");
    None when it has no plural surname's ending."""
    folded = plural.lower()
    readings = [r for r in nlp.parses(plural, lang) if r.pos == "NOUN" and "plur" in r.tag and "anim" in r.tag]
    if folded.endswith(("ські", "цькі")):  # "Ковальські": the adjective's endings
        return plural[:-1] + ("а" if gender == "femn" else "ий")
    if folded.endswith(("ские", "цкие")):
        return plural[:-2] + ("ая" if gender == "femn" else "ий")
    if folded.endswith(("ови", "еви", "єви", "іни", "овы", "евы", "ины")):
        return plural[:-1] + ("а" if gender == "femn" else "")
    if readings:
        lemma = readings[0].lemma
        return lemma[:1].upper() + lemma[1:]
    if folded.endswith("нки"):
        return plural[:-1] + "о"  # "Сіренки": the -енко surnames the dictionary does not know
    return None


#: The newsroom reaching or talking with someone, or going somewhere with them ("Ми поговорили з
#: ...", "Редакция связалась с ...", "Наш кореспондент вийшов у лиман разом із ..."): the person
#: after "з"/"с" answers what follows.
CONTACTED = re.compile(r"(?<!\w)(?=[зпсдрв])(?:(?:зв[ʼ'’]яза\w*|поговори\w*|поспілкува\w*|связа\w*|побеседова\w*"
                       r"|пообща\w*|разом|вместе)[ \t]+(?:з|із|зі|с|со)|(?:додзвони|дозвони)\w*[ \t]+до)[ \t]+", re.IGNORECASE)
#: Words of the newsroom as the subject of :data:`CONTACTED`.
NEWSROOM_SUBJECT_WORDS = frozenset("ми мы нам нас наш наша наше наші наши редакція редакция видання издание "
                                   "кореспондент кореспондентка корреспондент журналіст журналістка "
                                   "журналист журналистка".split())
#: Quote marks that open an outlet's name at the start of a sentence.
OUTLET_NAME_OPENERS = frozenset("«„“\"")
#: How far past the sentence a request not to be named still marks the person reached as new.
CONTACTED_REQUEST_CHARS = 160
#: Adjectives that may stand before the description of the person contacted ("з колишнім командиром").
MAX_CONTACTED_ADJECTIVES = 2


def _register_contacted(ctx: _Context) -> None:
    """An unnamed person the newsroom reached or talked with, described in the instrumental ("Наше
    видання звʼязалося з колишнім командиром роти", "Мы поговорили с подругой осужденной") is a
    person of their own, by that description in the nominative: the answers and the descriptions
    after it ("– сказав офіцер") are theirs, not those of someone named before. A description
    followed by a name leaves the person to the name."""
    text, lang = ctx.text, ctx.lang
    for match in CONTACTED.finditer(text):
        p_start, p_end = _paragraph_at(ctx, match.start())
        s_start, s_end = _sentence_bounds(text, match.start(), p_start, p_end)
        anonymous = ANONYMITY_REQUEST.search(text, match.end(), min(len(text), s_end + CONTACTED_REQUEST_CHARS))
        if not any(nlp.morph_form(word) in NEWSROOM_SUBJECT_WORDS
                   for word in nlp.WORD_TOKEN.findall(text, s_start, match.start())) \
                and not (anonymous and text[s_start:s_start + 1] in OUTLET_NAME_OPENERS):
            # someone else's conversation ("Мер поговорив з мешканцями"); an outlet that names
            # itself opens the sentence ("«Вольная речь» поговорила с риелтором, который попросил
            # не называть его имени")
            continue
        # "з" takes the instrumental ("з колишнім командиром"), "додзвонилася до" the genitive
        case = "gent" if match.group().rstrip().lower().endswith("до") else "ablt"
        tokens = _tokens(text, match.end(), min(s_end, match.end() + DESCRIBED_SUBJECT_CHARS))
        apposition = _one_of_apposition(text, tokens)
        if apposition is not None:
            # "с одним из ожидающих — 29-летним бывшим контрактником из Бердска": the apposition
            # describes them (an age in figures left out)
            tokens = [t for t in _tokens(text, apposition, min(s_end, apposition + DESCRIBED_SUBJECT_CHARS))]
            while tokens and (any(ch.isdigit() for ch in tokens[0].text)
                              or text[max(0, tokens[0].start - 2):tokens[0].start][:1].isdigit()):
                tokens = tokens[1:]  # "29-летним": the figure and the word joined to it
        if apposition is None and anonymous and len(tokens) >= 3 and nlp.morph_form(tokens[0].text) in ONE_OF_INSTRUMENTAL \
                and nlp.morph_form(tokens[1].text) in ONE_OF_PREPOSITIONS:
            # "Мы поговорили с одним из координаторов сети, который ... просит не называть его
            # имени": one of the group, with the group's genitives
            end = 3
            while end < len(tokens) and end < MAX_SOURCE_WORDS + 2 and tokens[end].text.islower() \
                    and not text[tokens[end - 1].end:tokens[end].start].strip() and any(
                        r.pos in ("NOUN", "ADJF", "PRTF") and "gent" in r.tag for r in nlp.parses(tokens[end].text, lang)):
                end += 1
            one = "один" if nlp.morph_form(tokens[0].text) == "одним" else "одна"
            ctx.persons.append((tokens[0].start, one + text[tokens[0].end:tokens[end - 1].end]))
            continue
        named = _person_by_first_name(ctx, tokens[0].text, match.start()) if tokens and tokens[0].text[:1].isupper() else None
        if named:
            # "Ми поговорили з Айше про ..." after "Айше Менсеїтової": the person named in full
            # before, by the first name alone (an indeclinable one the dictionary does not know)
            ctx.persons.append((tokens[0].start, named))
            continue
        head = 0
        while head < min(len(tokens) - 1, MAX_CONTACTED_ADJECTIVES) and tokens[head].text.islower() and any(
                r.pos == "ADJF" and case in r.tag for r in nlp.parses(tokens[head].text, lang)):
            head += 1
        # a person the list of descriptions lacks ("з водієм вантажівки") counts in an apposition
        # or when they ask not to be named
        listed = bool(tokens) and nlp.lemma(tokens[head].text, lang) in ctx.descriptions
        if not tokens or not tokens[head].text.islower() or not (listed or apposition is not None or anonymous) \
                or not any(r.pos == "NOUN" and case in r.tag and "plur" not in r.tag
                           and (listed or "anim" in r.tag) for r in nlp.parses(tokens[head].text, lang)):
            continue
        end = head + 1  # the head's genitives ("з подругою засудженої", "з командиром роти")
        while end < len(tokens) and end - head < MAX_SOURCE_WORDS \
                and not text[tokens[end - 1].end:tokens[end].start].strip():
            if _word_info(tokens[end].text, lang).first_name and tokens[end].text[:1].isupper():
                break
            if tokens[end - 1].text.lower() in ONE_OF and tokens[end].text.lower() in ONE_OF_PREPOSITIONS:
                end += 1  # "з одним із ...", "с сотрудником одного из цехов"
                continue
            if tokens[end].text.lower() in ONE_OF_PREPOSITIONS | CONTACTED_PLACE_PREPOSITIONS and end + 1 < len(tokens) \
                    and tokens[end + 1].text[:1].isupper() and not _word_info(tokens[end + 1].text, lang).first_name:
                end += 2  # where they are from or work: "с бывшим контрактником из Бердска", "магазина на Камброде"
                continue
            if nlp.best_parse(tokens[end].text, lang).pos not in ("NOUN", "ADJF", "PRTF") or not any(
                    r.pos in ("NOUN", "ADJF", "PRTF") and "gent" in r.tag for r in nlp.parses(tokens[end].text, lang)):
                break  # places in the genitive belong ("з жителькою Лівобережного району"), "в" does not
            end += 1
        if end < len(tokens) and not text[tokens[end - 1].end:tokens[end].start].strip() \
                and _word_info(tokens[end].text, lang).first_name and tokens[end].text[:1].isupper():
            continue  # "з директоркою лікарні Тетяною Кузьмич": the name names the person
        # after someone is named, "з лікарем" is that person unless a relative clause, a request
        # not to be named or "one of" a group describes a new one ("з колишнім командиром роти,
        # який нині служить ...")
        if any(pos < match.start() for pos, _ in ctx.persons) and apposition is None \
                and not RELATIVE_AFTER_COMMA.match(text, tokens[end - 1].end) and not anonymous:
            continue  # (or a request not to be named right after: "Он попросил не называть его имени")
        ctx.persons.append((tokens[0].start, _institution_nominative(text, tokens[:end], lang, (case,))))


def _person_by_first_name(ctx: _Context, word: str, position: int) -> str | None:
    """The one person named in full before ``position`` whose first name is ``word`` as
    written or by its stem; None if there is none or more than one."""
    found = {full for pos, full in ctx.persons if pos < position and len(full.split()) >= 2
             and (_fold(full.split()[0]) == _fold(word) or _stem(full.split()[0]) == _stem(word))}
    return found.pop() if len(found) == 1 else None


#: Prepositions of where a person reached works or lives, before a capitalised place.
CONTACTED_PLACE_PREPOSITIONS = frozenset({"на", "в", "у", "во"})
#: "one of" in the instrumental ("з одним із", "с одной из").
ONE_OF_INSTRUMENTAL = frozenset("одним однією одною одной".split())
#: A dash opening an apposition ("с одним из ожидающих — бывшим контрактником").
DASH_APPOSITION = re.compile(r"[ \t]*[–—][ \t]*")


def _one_of_apposition(text: str, tokens: list) -> int | None:
    """Where the apposition after "one of" a group starts ("з одним із поранених – колишнім
    штурманом ..."), or None."""
    if len(tokens) < 4 or nlp.morph_form(tokens[0].text) not in ONE_OF_INSTRUMENTAL \
            or nlp.morph_form(tokens[1].text) not in ONE_OF_PREPOSITIONS:
        return None
    dash = DASH_APPOSITION.fullmatch(text, tokens[2].end, tokens[3].start)
    return tokens[3].start if dash and any(ch in "–—" for ch in dash.group()) else None


#: The cases a full name may stand in, tried in turn to read it as the article writes it alone.
OBLIQUE_NAME_CASES = ("gent", "accs", "datv", "ablt", "loct")
#: Two first names before one surname in the plural: a couple or siblings ("Андрій та Світлана
#: Гнатюки", "Олег и Мария Коваленко").
FAMILY_PAIR = re.compile(r"(?<![\w-])(?P<first>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’]+)[ \t]+(?:та|і|й|и)[ \t]+"
                         r"(?P<second>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’]+)[ \t]+(?P<surname>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’-]+)")
#: A relative named by a first name right after the person named in full ("з Людмилою Бондаренко
#: та її чоловіком Віктором"): the relative shares the surname.
RELATIVE_FIRST_NAME = re.compile(
    r"[ \t]+(?:та|і|й|и|,)[ \t]*(?:її|його|ее|её|его)[ \t]+(?:чоловік\w*|дружин\w*|син\w*|сина|синові|"
    r"доньк\w*|донь\w*|муж\w*|жен\w*|сын\w*|доч\w*)[ \t]+(?P<first>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’]+)")


def _register_relatives(ctx: _Context) -> None:
    """Relatives named by a first name and a shared surname are persons in full: "Андрій та
    Світлана Гнатюки" are Андрій Гнатюк and Світлана Гнатюк; "Людмила Бондаренко та її чоловік
    Віктор" makes Віктор Бондаренко. Later mentions of the first name alone then resolve to them."""
    text, lang = ctx.text, ctx.lang
    for match in FAMILY_PAIR.finditer(text):
        firsts = [match.group("first"), match.group("second")]
        if not all(_word_info(w, lang).first_name for w in firsts):
            continue
        readings = [r for r in nlp.parses(match.group("surname"), lang) if "Surn" in r.tag and "plur" in r.tag]
        if not readings:
            continue
        for key, word in zip(("first", "second"), firsts):
            full = _relative_name(word, readings[0].lemma, match.group("surname"), lang)
            if full:
                ctx.persons.append((match.start(key), full))
    for match in RELATIVE_FIRST_NAME.finditer(text):
        before = [(pos, full) for pos, full in ctx.persons if pos < match.start() and len(full.split()) >= 2]
        if not before or re.search(r"[.!?\n]", text[before[-1][0]:match.start()]):
            continue  # the person named in full must be in the same sentence
        word, surname = match.group("first"), before[-1][1].split()[-1]
        grammemes = _grammemes(surname, lang)
        if not _word_info(word, lang).first_name or any("Patr" in g for g in grammemes) \
                or not any("Surn" in g for g in grammemes):
            continue  # "Галина Ивановна и ее муж Степан": a patronymic is no family name
        full = _relative_name(word, nlp.lemma(surname, lang), surname, lang)
        if full:
            ctx.persons.append((match.start("first"), full))


def _relative_name(first: str, surname_lemma: str, written: str, lang: str) -> str | None:
    """``first`` in the nominative with the surname in the gender of that first name."""
    name = nlp.to_nominative(first, lang)
    gender = _name_gender(name, lang, nominative=True)
    if gender is None:
        return None
    surname = nlp.match_case(surname_lemma, written)
    if gender == "femn":
        parsed = [p for p in nlp.safe_parse(nlp.morph_analyzer(lang), surname_lemma) if "Surn" in p.tag]
        inflected = parsed[0].inflect({"femn", "nomn", "sing"}) if parsed else None
        if inflected is not None:
            surname = nlp.match_case(inflected.word, written)
    return f"{name} {surname}"


def _register_described_subjects(ctx: _Context) -> None:
    """An unnamed person described as a sentence's subject ("Пенсионерка из квартала Молодёжный
    рассказала", "Мешканка Київського району Донецька, яка ..., описала") is a person of their
    own, by that description with its dependents (genitives, "з/из/на ..." phrases), for the
    pronouns and descriptions after it ("– рассказала женщина", "Инженер признаётся"). An
    apposition names them more exactly ("Один из них, инженер реакторного цеха, говорит"). A
    description followed by a first name is a named person's title and is left to the name."""
    text, lang = ctx.text, ctx.lang
    spans = nlp.word_spans(text)
    # a noun in the nominative singular is written as its lemma: the first words of a sentence
    # are compared with the lemmas directly, with no morphology for most sentences
    introducing = load_introducing_descriptions()
    # where a speaker asks not to be named, any description is a person of their own
    requests = [m.start() for m in ANONYMITY_REQUEST.finditer(text)] if ANONYMITY_CUE.search(text) else []
    sentences = nlp.split_sentences(text)
    for index, (s_start, s_end) in enumerate(sentences):
        first = bisect.bisect_left(spans.starts, s_start)
        if first >= len(spans.starts) or spans.starts[first] >= s_end or text[s_start:spans.starts[first]].strip():
            continue  # a dash-led line or a quotation: someone's words, not a subject
        if not spans.words[first][1:].islower():
            continue
        # "Інший педагог, ...", "Другая жительница": someone besides the person described before
        another = spans.words[first].lower() in ANOTHER_WORDS
        # the request may follow in the next sentence ("Бывший офицер ... согласился рассказать,
        # как ... . Его имя редакция не раскрывает")
        limit = sentences[index + 1][1] if requests and index + 1 < len(sentences) else s_end
        anonymous = any(s_start <= r < limit for r in requests)
        if not another and not anonymous and not any(
                word.lower() in introducing for word in spans.words[first:first + DESCRIBED_HEAD_WORDS]):
            continue  # most sentences: no description of a resident or worker among their first words
        tokens = _tokens(text, s_start, min(s_end, s_start + DESCRIBED_SUBJECT_CHARS))
        head = _described_head(tokens, ctx)
        if head is None:
            continue
        phrase = _source_phrase(text, tokens, head, 1, lang)
        after = phrase[-1].end
        apposition = DESCRIPTION_APPOSITION.match(text, after)
        noun = phrase[0]
        described_from = phrase[0].start  # (a name inside the description before the apposition
        # names the person: "Переселенка из Херсона Алла Дорош, учительница младших классов,")
        described = _apposition_description(apposition, ctx) if apposition else None
        if described:  # "Вторая собеседница, сотрудница химического цеха, добавила"
            phrase, noun = described
            after = apposition.end()
        if any(_singular_nominative_first_name(w, lang) for w in FOLLOWING_NAME.findall(text, described_from, min(after + 40, s_end))):
            continue  # "Мешканка Херсона Ольга Бондар", "Вчителька, Ганна Іванівна, ..."
        head = nlp.lemma(noun.text, lang)
        if head not in introducing and not another and not anonymous \
                or CALL_SIGN_INTRODUCED.search(text, s_start, s_end) \
                or NAMED_ON_REQUEST.search(text, s_start, s_end) \
                or PSEUDONYM_INTRODUCED.search(text, after, s_end):
            # a role of an official, or a person named by a request, a call sign or the name
            # they gave ("Мешканка Токмака, яка представилася Іриною, розповіла")
            continue
        name = " ".join([phrase[0].text[:1].lower() + phrase[0].text[1:], _description_rest(text, phrase, lang)]).strip()
        earlier = [(pos, full) for pos, full in ctx.persons if pos < phrase[0].start]
        if any(_title_before(text, pos, lang) == head for pos, _ in earlier):
            continue  # "Прокурорка зазначила" after "прокурорка Тамара Гнатюк": the person named
        if len(phrase) == 1 and not (anonymous and head in introducing):
            # a bare "Инженер признаётся" after "инженер реакторного цеха": the person described
            # before; else a bare description refers to someone named ("Мер каже"), unless the
            # sentence says they gave no name ("Жінка, яка не назвала свого імені, розповіла")
            same = [full for _, full in earlier if nlp.lemma(full.split()[0], lang) == head and " " in full]
            if not same:
                continue
            name = same[-1]
        ctx.persons.append((phrase[0].start, name))


#: The outlet told, then the verb of telling, before its subject ("«Открытой границе» рассказала
#: | учительница", "виданню розповів | волонтер").
OUTLET_TOLD_BEFORE_VERB = re.compile(
    r"(?:[»“”\"]|(?<!\w)" + OUTLET_TOLD_WORDS + r")[ \t]+(?:розпові|рассказа)\w*[ \t]+(?=[а-яіїєґё])")


def _register_told_describers(ctx: _Context) -> None:
    """An unnamed person described right after the verb that says they told the outlet
    ("«Открытой границе» рассказала учительница начальных классов, которая осталась в городе")
    is a person of their own, by that description: the interview's answers and "– рассказывает
    она" after it are theirs. A description followed by a name leaves the person to the name."""
    text, lang = ctx.text, ctx.lang
    for match in OUTLET_TOLD_BEFORE_VERB.finditer(text):
        tokens = _tokens(text, match.end(), min(len(text), match.end() + DESCRIBED_SUBJECT_CHARS))
        head = 0
        while head < min(len(tokens) - 1, MAX_PLACE_ADJECTIVES) and _nominative_adjective(tokens[head].text, lang):
            head += 1
        if not tokens or not _description_noun(tokens[head].text, ctx) \
                or text[tokens[0].start:tokens[head].start].strip(" \t").count(",") \
                or nlp.lemma(tokens[head].text, lang) not in load_introducing_descriptions():
            continue
        phrase = _source_phrase(text, tokens, head, 1, lang)
        following = FOLLOWING_NAME.findall(text, phrase[0].start, min(len(text), phrase[-1].end + 40))
        if any(_singular_nominative_first_name(w, lang) for w in following):
            continue  # "рассказала учительница Анна Белова": the name names her
        name = text[tokens[0].start:phrase[-1].end]
        ctx.persons.append((tokens[0].start, name[:1].lower() + name[1:]))


def _titled_person(word: str, position: int, ctx: _Context, *, gender: str | None = None) -> str | None:
    """The person named last before ``position`` right after ``word`` used as a title in lower
    case ("фізична терапевтка Олена Мартинюк" for "Терапевтка"), or None. With ``gender`` (that
    of the verb: "– відповів депутат"), a person whose first name has the other gender is passed
    over (titles such as "депутат" name women too)."""
    folded = _fold(word)
    alternatives = (frozenset({folded}), *TITLE_ALIASES.get(folded, ()))
    for pos, full in reversed([(p, f) for p, f in ctx.persons if p < position]):
        if gender and _person_gender(full, ctx.lang) not in (None, gender):
            continue
        titles = ctx.titles_at.get(pos)
        if titles is None:
            # the title may open the sentence ("Ігуменя монастиря сестра Йосафата Гладун написала")
            titles = ctx.titles_at[pos] = frozenset(
                _fold(t.text) for t in _words_before(ctx.text, pos)
                if t.text.islower() or _sentence_initial(ctx.text, t.start))
        if any(wanted <= titles for wanted in alternatives):
            return full
        if folded in MAN_OR_SPOUSE_NOUNS and (gender is None or _person_gender(full, ctx.lang) == gender):
            return None  # "– пояснив чоловік" after a man named since "її чоловік Богдан": that man
    return None


#: Nouns that name a spouse after a possessive ("її чоловік Богдан") and anyone of that gender
#: alone ("– пояснив чоловік"): as a title they stand for the spouse only if no other person of
#: that gender was named since.
MAN_OR_SPOUSE_NOUNS = frozenset({"чоловік", "жінка"})


#: Other titles a person may have been introduced with (each a set of words that must all stand
#: before the name): the mayor is introduced as "міський голова" / "городской голова" and called
#: "мер" / "мэр" afterwards; a lawyer introduced as "адвокат" is then "захисниця" / "защитник".
TITLE_ALIASES = {
    "мер": (frozenset({"міський", "голова"}),), "мэр": (frozenset({"городской", "голова"}),),
    **{defender: (frozenset({"адвокат"}), frozenset({"адвокатка"}), frozenset({"адвокатеса"}))
       for defender in ("захисник", "захисниця", "защитник", "защитница")},
}


def _title_before(text: str, position: int, lang: str) -> str:
    """The lemma of the lower-case noun that introduces the name at ``position`` ("прокурорка
    Тамара Гнатюк", "очільник служби Віталій Кириченко"), or ""."""
    for token in reversed(_words_before(text, position)):
        reading = nlp.best_parse(token.text, lang)
        if token.text.islower() and reading.pos == "NOUN" and "nomn" in reading.tag:
            return nlp.lemma(token.text, lang)
    return ""


def _words_before(text: str, position: int) -> list:
    """The last :data:`TITLE_WORDS` tokens before a name at ``position``: where its title stands."""
    return _tokens(text, max(0, position - TITLE_CHARS), position)[-TITLE_WORDS:]


#: How far before a name its title is looked for: characters and words ("фізична терапевтка |
#: Олена", "очільник служби | Віталій", "філологиня із Сімферополя | Ельмаз").
TITLE_CHARS = 60
TITLE_WORDS = 3


#: A person who gave a name or asked to be called by it, in the instrumental ("Он представился
#: Гостем", "попросила називати її Ластівкою").
PSEUDONYM_INTRODUCED = re.compile(
    r"(?<![\w-])(?=[пнН])(?:представи(?:вся|лася|лся|лась|вшийся|вшаяся)|назва(?:вся|лася|лся|лась|вшийся|вшаяся)"
    r"|(?:[Нн]азивати|[Нн]азывать)"
    r"[ \t]+(?:її|його|ее|её|его))[ \t]+(?:(?:только|просто|лише|тільки)[ \t]+)?"
    r"(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’-]+)")


#: How far before a name the words that introduce it as a given name may start.
PSEUDONYM_CHARS = 60


def _pseudonym_nominative(word: str, lang: str) -> str:
    """A name given in the instrumental ("Гостем", "Ластівкою") in the nominative, as written
    when no instrumental reading is known."""
    lemma = next((r.lemma for r in nlp.parses(word, lang) if r.pos == "NOUN" and "ablt" in r.tag), None)
    return nlp.match_case(lemma, word) if lemma else word


#: A person who asked to be called by a name ("попросившая называть её Людмилой").
NAMED_ON_REQUEST = re.compile(r"(?:[Нн]азивати|[Нн]азывать)[ \t]+(?:її|його|ее|её|его)[ \t]+(?:(?:только|просто|лише|тільки|просто)[ \t]+)?[А-ЯІЇЄҐЁ]")
#: The first words of a sentence among which its described subject's head noun stands ("Вторая
#: собеседница", "Один из них, инженер").
DESCRIBED_HEAD_WORDS = 4
#: How far into a sentence its described subject is looked for.
DESCRIBED_SUBJECT_CHARS = 160
#: A description in commas right after another: ", сотрудница химического цеха,".
DESCRIPTION_APPOSITION = re.compile(r",[ \t]+([^,.!?:;\n]{3,80}),")


def _apposition_description(apposition: re.Match, ctx: _Context) -> tuple[list, object] | None:
    """``(phrase tokens, noun token)`` of a description in the apposition ``apposition`` matched
    (:data:`DESCRIPTION_APPOSITION`): a noun of the descriptions list, with the adjectives in the
    nominative before it and what it runs on with ("сотрудница химического цеха", "бывший инженер
    компании"); None if it holds no such description."""
    inner = _tokens(ctx.text, apposition.start(1), apposition.end(1))
    adjectives = 0
    while adjectives < min(len(inner) - 1, MAX_CONTACTED_ADJECTIVES) \
            and _nominative_adjective(inner[adjectives].text, ctx.lang):
        adjectives += 1
    if not inner or not _opens_description(inner, adjectives, ctx.lang) \
            or nlp.lemma(inner[adjectives].text, ctx.lang) not in ctx.descriptions:
        return None
    return inner[:adjectives] + _source_phrase(ctx.text, inner, adjectives, 1, ctx.lang), inner[adjectives]


def _genitive_name_after_noun(text: str, quoted: re.Match, lang: str) -> str | None:
    """The name in quote marks of ``quoted`` in the nominative when it stands in the genitive
    after the noun that opens the subject ("Редакція «Південної студії» оприлюднила" ->
    "Південна студія", "Пресслужба «Укрзалізниці»" -> "Укрзалізниця"); None otherwise."""
    noun = WORD_BEFORE_END.search(text, max(0, quoted.start() - MAX_ADJECTIVE_CHARS), quoted.start())
    if noun is None or not _sentence_initial(text, noun.start(1)) \
            or nlp.best_parse(noun.group(1), lang).pos != "NOUN" or LEGAL_FORM_BEFORE.search(noun.group(0)):
        return None
    words = _tokens(text, quoted.start("name"), quoted.end("name"))
    first = nlp.parses(words[0].text, lang) if words else ()
    if not first or any("nomn" in r.tag and "plur" not in r.tag for r in first) \
            or not all(any("gent" in r.tag for r in nlp.parses(w.text, lang)) for w in words):
        return None
    return _institution_nominative(text, words, lang, ("gent",))


def _described_head(tokens: list, ctx: _Context) -> int | None:
    """The index of a description noun in the nominative singular that is the sentence's subject:
    its first word, after adjectives ("Місцева мешканка", "Вторая собеседница") or after "Один
    из них," (then the apposition that follows names the person)."""
    lang = ctx.lang
    index = 0
    if len(tokens) > 3 and tokens[0].text.lower() in ONE_OF and nlp.best_parse(tokens[2].text, lang).pos == "NPRO":
        # "Один из них, инженер реакторного цеха, говорит": the description after the comma
        index = 3
        return index if index < len(tokens) and _description_noun(tokens[index].text, ctx) else None
    while index < len(tokens) - 1 and index < MAX_PLACE_ADJECTIVES and tokens[index].text.lower() in DESCRIPTION_OPENERS:
        index += 1  # "Другой педагог", "Ще одна мешканка" (a pronoun, not an adjective, to the dictionary)
    while index < len(tokens) - 1 and index < MAX_PLACE_ADJECTIVES and _nominative_adjective(tokens[index].text, lang):
        index += 1
    if _description_noun(tokens[index].text, ctx):
        return index
    # an adjective used as a noun opening the phrase ("Знакомый | семьи, который ...")
    return index - 1 if index and _description_noun(tokens[index - 1].text, ctx) else None


def _description_noun(word: str, ctx: _Context) -> bool:
    """A description of a person (``speaker_descriptions.csv``) in the nominative singular: a
    noun, or an adjective the dictionary marks as used as a noun ("знакомый")."""
    return word[1:].islower() and nlp.lemma(word, ctx.lang) in ctx.descriptions and any(
        (r.pos == "NOUN" or r.pos == "ADJF" and "Subx" in r.tag) and "nomn" in r.tag and "plur" not in r.tag
        for r in nlp.parses(word, ctx.lang))


#: An unnamed member of a group as a person: "Один із батьків", "Одна з мешканок", "Один из жильцов".
ONE_OF_GROUP = re.compile(r"(?<!\w)(?:[Оо]дин|[Оо]дна)[ \t]+(?:із|з|зі|из|изо)[ \t]+(?P<group>\w+)")
#: How far past an adjective or participle after "one of" its group noun is looked for.
MAX_GROUP_SEARCH_CHARS = 40
#: Genitive words that may follow it as part of the description ("одна з учасниць акції").
MAX_GROUP_DEPENDENTS = 2
FOLLOWING_LOWER_WORD = re.compile(r"[ \t]+([а-яіїєґёʼ'’-]+)")
#: A capitalised word (a place) right after a group of residents ("одна з мешканок | Сак").
FOLLOWING_PLACE = re.compile(r"[ \t]+[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’]+(?:-[А-ЯІЇЄҐЁ]?[а-яіїєґёʼ'’]+)*(?![\w-])")
#: Capitalised words right after such a phrase, to see whether it goes on to name the person.
FOLLOWING_NAME = re.compile(r"(?<![\w.])[А-ЯІЇЄҐЁ]\w+")


def _group_of_people(word: str, lang: str) -> bool:
    """Whether ``word`` is a plural genitive of a noun for people ("батьків", "мешканців", "жильцов")."""
    return nlp.morph_form(word) not in PRONOUNS and any(
        r.pos == "NOUN" and "anim" in r.tag and "plur" in r.tag and "gent" in r.tag
        for r in nlp.parses(word, lang))


def _unknown_subject(surface: str, end: int, ctx: _Context) -> bool:
    """Whether a name the dictionary does not know (a foreign name it only guesses at) stands
    as written in the nominative: a singular verb follows it ("Гезіне Брандгорст відповіла"),
    so it is the subject. The guesser would otherwise decline it ("Такесі" -> "Такес")."""
    if all(nlp.is_known(word, ctx.lang) for word in surface.split()):
        return False
    previous = nlp.tokenize_words(ctx.text[max(0, end - len(surface) - 20):end - len(surface)])[-1:]
    nouns = [g for g in _grammemes(previous[0], ctx.lang) if "NOUN" in g] if previous and previous[0].islower() else []
    if previous and nlp.best_parse(previous[0], ctx.lang).pos == "PREP" or nouns and all(
            g & {"ablt", "datv", "loct"} for g in nouns):
        # "з Агнешкою", "з віцемаршалкинею Агнешкою Вуйцік": governed by a preposition or in
        # apposition to a title in the instrumental, dative or locative, so not the subject
        # (a genitive before it depends on a title: "представниця ЄС із закордонних справ Ельса")
        return False
    if previous and nlp.lemma(previous[0].lower(), ctx.lang) in KINSHIP_LEMMAS:
        return False  # "Син Айше Менсеїтової Сейран": a relative's noun governs the genitive
    title = _title_before(ctx.text, end - len(surface), ctx.lang)
    if title and any(r.pos == "NOUN" and "nomn" in r.tag and "anim" in r.tag for r in nlp.parses(title, ctx.lang)):
        # "філологиня із Сімферополя Ельмаз Усеїнова, яка ...": after a title in the nominative
        # (and the place it is from) the name is in the nominative too; a title is a person, so
        # not a thing that may read as a nominative ("міністра охорони здоровʼя Левка ...")
        return True
    # the clause's next verb, over a phrase such as "під час зустрічі з громадою"
    stop = CLAUSE_STOP.search(ctx.text, end, end + UNKNOWN_SUBJECT_CHARS)
    for word in nlp.tokenize_words(ctx.text[end:stop.start() if stop else end + UNKNOWN_SUBJECT_CHARS])[:UNKNOWN_SUBJECT_WORDS]:
        grammemes = _grammemes(word, ctx.lang)
        if any("VERB" in g for g in grammemes):
            return any("VERB" in g and not {"plur", "impr", "infn"} & g for g in grammemes)
    return False


#: Nouns of relatives, which take the person they are related to in the genitive ("син Айше
#: Менсеїтової", "мать Анны").
KINSHIP_LEMMAS = frozenset("син донька дочка мати батько дружина чоловік брат сестра онук онука дід бабуся "
                           "сын дочь мать отец жена муж брат сестра внук внучка дед бабушка".split())
#: How far after a guessed name its verb is looked for: words and characters, within the clause.
UNKNOWN_SUBJECT_WORDS = 6
UNKNOWN_SUBJECT_CHARS = 80
CLAUSE_STOP = re.compile(r"[,.;:!?–—(«\n]")


def _written_alone(surname: str, nominal_single: dict[str, str]) -> str | None:
    """The one-word mention in the nominative that ``surname`` (of a full name) is a case form of:
    the same word with up to two more letters ("Кушнира" for "Кушнир"), or None."""
    folded = _fold(surname)
    for single in nominal_single.values():
        alone = _fold(single)
        if 0 <= len(folded) - len(alone) <= 2 and len(alone) >= 4 and folded.startswith(alone[:-1]):
            return single
    return None


#: Case endings of a man's surname in "-ов"/"-ін"/"-ський"-less forms ("Смолянінов-у", "-ові",
#: "-им", "-а"): a lone mention that is a known surname plus one of them is that surname declined.
MASCULINE_SURNAME_ENDINGS = ("у", "ові", "а", "ом", "им", "ым", "е", "ем")


def _declined_surname(surface: str, canonical: dict[str, tuple[str, bool]]) -> str:
    """The surname of a person named in full before (``canonical``) that ``surface`` declines
    with a man's case ending ("Смолянінову" of "Смолянінов"), or ""."""
    folded = _fold(surface)
    for full, _nominal in canonical.values():
        words = full.split()
        if len(words) < 2:
            continue
        surname = _fold(words[-1])
        if len(surname) >= 4 and folded.startswith(surname) and folded[len(surname):] in MASCULINE_SURNAME_ENDINGS:
            return words[-1]
    return ""


#: A woman's patronymic ("Петрівна", "Петровна", "Ильинична"); men's are left out, since
#: "-ович" also ends surnames ("Мартинович").
WOMANS_PATRONYMIC = re.compile(r"(?:івна|ївна|овна|евна|ична)$")


def _canonical_person(stems: list[str], name: str, canonical: dict[str, tuple[str, bool]]) -> str:
    """The canonical name of a mention (see :func:`_register_persons`). A full name whose first
    name differs from that of the person first named with the same surname is another person
    (mother and daughter, husband and wife): "Галина Мельник" is not "Оксана Мельник"."""
    if len(stems) == 2 and len(name.split()) == 2 and WOMANS_PATRONYMIC.search(_fold(name.split()[-1])):
        # "Галина Петровна" after "Галину Воронову": a woman called by her first name and
        # patronymic is the one woman of that first name named before by first name and surname
        first = _fold(name.split()[0])[:3]
        named = {full for full, _ in canonical.values() if len(full.split()) == 2
                 and _fold(full.split()[0])[:3] == first and not WOMANS_PATRONYMIC.search(_fold(full.split()[-1]))}
        if len(named) == 1:
            return named.pop()
    if len(stems) == 2:
        surname = stems[0]
        matches = []
        for stem in stems:
            known = canonical.get(stem)
            if known is None:
                continue
            words = known[0].split()
            if len(words) < 2 or len(words[0].rstrip(".")) < 3 or len(name.split()[0].rstrip(".")) < 3:
                return known[0]  # an initial ("О. Мельник") matches any first name
            # first names compared by their first three letters: case endings and a form the
            # dictionary got wrong ("Лесі" -> "Лесь" for "Леся") keep those; the second word
            # may be a patronymic of the full name ("Ганна Петрівна" of "Ганна Петрівна Лисенко")
            if _fold(words[0])[:3] == _fold(name.split()[0])[:3] and surname in map(_stem, words[1:]):
                matches.append(known[0])
        return max(matches, key=lambda full: len(full.split()), default=name)
    found = next((canonical[s][0] for s in stems if s in canonical), None)
    if found or len(name.split()) > 1:
        return found or name
    return _declined_mention(name, canonical)


def _declined_mention(name: str, canonical: dict[str, tuple[str, bool]]) -> str:
    """A first name or surname alone in a case form the stems miss ("Романа" of "Роман Ткачук"):
    the one full name with a word that, as written, begins it and lacks at most two letters;
    else ``name``."""
    folded = _fold(name)
    matches = {full for full, _ in canonical.values() if len(full.split()) > 1 and any(
        len(w) >= 4 and 0 < len(folded) - len(w) <= 2 and folded.startswith(w) for w in map(_fold, full.split()))}
    return matches.pop() if len(matches) == 1 else name


def _resolve_name(name: str, position: int, ctx: _Context) -> str:
    """A surname (or first name) alone becomes the full name introduced in the article (the
    nearest earlier one, else the first later one); names are compared by stem."""
    words = name.split()
    if len(words) >= 2:
        return name
    ranked = ELDER_OR_YOUNGER.fullmatch(name)
    if ranked:
        return _elder_or_younger(ranked, ctx) or name
    stem = _stem(words[0])
    full_names = [(pos, full) for pos, full in ctx.persons if len(full.split()) >= 2]
    for pos, full in reversed(full_names):
        if pos <= position and stem in (_stem(full.split()[-1]), _stem(full.split()[0])):
            return full
    for pos, full in full_names:
        if stem in (_stem(full.split()[-1]), _stem(full.split()[0])):
            return full
    # a surname with a man's case ending the stems miss ("Кравчишина" of "Андрій Кравчишин"):
    # the nearest earlier such person, else the first later one
    earlier = [item for item in full_names if item[0] <= position][::-1]
    later = [item for item in full_names if item[0] > position]
    declined = _declined_surname(words[0], {full: (full, True) for _, full in earlier + later})
    return next((full for _, full in earlier + later if full.split()[-1] == declined), name) if declined else name


#: A surname with the rank of the elder or the younger of two namesakes ("Савчук-старший",
#: "Гринишина-молодшая").
ELDER_OR_YOUNGER = re.compile(r"(?P<surname>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’]+)-(?P<rank>старш|молодш|младш)(?P<ending>\w+)")
#: A child's noun right before a person named in full ("його син Тимур", "дочь Анна"): that
#: person is the younger of two namesakes.
CHILD_BEFORE_NAME = re.compile(r"(?:^|[^\w])(?:син|сина|сином|донька|доньку|донькою|дочка|дочку|дочкою|"
                               r"сын|сына|сыном|дочь|дочери|дочерью|онук\w*|внук\w*)[ \t]+$", re.IGNORECASE)
#: Endings of the rank word in a woman's form ("-старша", "-младшая").
WOMANS_RANK_ENDINGS = ("а", "ая")


def _elder_or_younger(ranked: re.Match, ctx: _Context) -> str | None:
    """The namesake that "Surname-старший" or "-молодший" names: of the persons named in full
    with that surname and of the rank word's gender, the younger is the one introduced as a
    child ("його син Тимур Савчук"), the elder the other; with no child named, the elder is the
    first introduced and the younger the last. ``None`` when no such person is named."""
    stem = _stem(ranked.group("surname"))
    gender = "femn" if ranked.group("ending") in WOMANS_RANK_ENDINGS else "masc"
    seen: dict[str, int] = {}
    for pos, full in ctx.persons:
        words = full.split()
        if len(words) >= 2 and _stem(words[-1]) == stem and full not in seen \
                and _person_gender(full, ctx.lang) in (gender, None):
            seen[full] = pos
    if not seen:
        return None
    ordered = sorted(seen, key=seen.get)
    children = [full for full in ordered if CHILD_BEFORE_NAME.search(ctx.text, max(0, seen[full] - 30), seen[full])]
    younger = ranked.group("rank") != "старш"
    if children and len(children) < len(ordered):
        pool = children if younger else [full for full in ordered if full not in children]
    else:
        pool = ordered
    return pool[-1] if younger else pool[0]


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """A name without its case ending, for matching mentions (Дзюба/Дзюби, Ганна/Ганни); cached,
    since every known person's name is stemmed again for each mention resolved."""
    folded = _fold(word)
    return folded[:max(3, len(folded) - 2)] if len(folded) > 4 else folded


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _pronoun_subject(text: str, start: int, cue_start: int, lang: str) -> tuple[str, str] | None:
    """``(pronoun, gender)`` of a third-person pronoun right before the verb at ``cue_start``
    ("вона написала"), if there is one and its gender is known."""
    last = WORD_BEFORE_END.search(text, max(start, cue_start - MAX_PRONOUN_CHARS), cue_start)
    if last is None or nlp.morph_form(last.group(1)) not in PRONOUNS:
        return None
    gender = _referent_gender(last.group(1), "", lang)
    return (last.group(1), gender) if gender else None


@lru_cache(maxsize=100_000)
def _place_adjective(word: str, lang: str) -> bool:
    """Whether a capitalised ``word`` the dictionary knows as a common word may be an adjective
    and is no first name: the first word of a place ("Кривому" of "Кривому Розі")."""
    info = _word_info(word, lang)
    return info.known and info.common and not info.first_name and any(
        r.pos == "ADJF" and "Apro" not in r.tag for r in nlp.parses(word, lang))  # not "Сам Кравцов"


@lru_cache(maxsize=100_000)
def _adjective(word: str, lang: str) -> bool:
    """Whether the reading chosen for ``word`` is an adjective (cached: asked of every word after
    a lone capitalised one)."""
    return nlp.best_parse(word, lang).pos == "ADJF"


def _nearest_person(position: int, ctx: _Context, gender: str | None = None) -> str:
    """The person mentioned last before ``position``; with ``gender`` ("masc"/"femn"), the last
    one whose first name is not of the other gender (persons of unknown gender count), if there
    is one. A person mentioned inside someone's quoted words ("«Петрик Гуменюк заснув за
    партою», – написала вона") is what was said, not who speaks next: such mentions count only
    when there is no other."""
    best = nearest = quoted_best = quoted_nearest = ""
    for pos, full in ctx.persons:
        if pos >= position:
            break
        fits = gender is None or _person_gender(full, ctx.lang) in (gender, None)
        if _inside_marks(ctx, pos):
            quoted_nearest = full
            quoted_best = full if fits else quoted_best
            continue
        nearest = full
        best = full if fits else best
    return best or nearest or quoted_best or quoted_nearest


#: Words a span in quote marks needs to be someone's words rather than a name or a call sign
#: («Туман», «Граф», «Слава Україні») when persons inside it are passed over.
MIN_QUOTED_WORDS_FOR_MENTIONS = 4


def _inside_marks(ctx: _Context, position: int) -> bool:
    """Whether ``position`` lies inside quoted words: a span in quote marks of at least
    :data:`MIN_QUOTED_WORDS_FOR_MENTIONS` words."""
    if ctx.marked is None:
        ranges = []
        for pieces in ctx.quote_marks():
            start, end = pieces[0][0], pieces[-1][1]
            if nlp.count_words_in(ctx.text, start, end) < MIN_QUOTED_WORDS_FOR_MENTIONS:
                continue
            # an attribution inside the marks ("Це ..., – каже Лариса Гнатюк. – Вода ...") is
            # the journalist's, and so are the people it names
            for inner in INNER_ATTRIBUTION.finditer(ctx.text, start, end):
                if inner.group("resume"):
                    ranges.append((start, inner.start("attr")))
                    start = inner.end("attr")
            ranges.append((start, end))
        ranges.sort()
        ctx.marked = ([a for a, _ in ranges], [b for _, b in ranges])
    starts, ends = ctx.marked
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


def _subject_person(position: int, ctx: _Context, gender: str | None) -> str:
    """The referent of a subject pronoun before ``position``: the nearest person (as
    :func:`_nearest_person`), unless that mention is in another case than the nominative (a first
    name such as "Артема", or a surname inflected away from the registered name: "поступок
    Арсеньева" of Денис Арсеньев) and an earlier person of its sentence is not: the subject is the
    likelier antecedent ("Ковальчук підтвердив, що знав Артема. «...», – запевнив він" is
    Ковальчук)."""
    nearest = _nearest_person(position, ctx, gender)
    mentions = [(pos, full) for pos, full in ctx.persons if pos < position]
    last = next((pos for pos, full in reversed(mentions) if full == nearest), None)
    if last is None:
        return nearest
    word = FIRST_WORD.match(ctx.text, last)
    if word is None or not (_oblique_first_name(word.group(), ctx.lang)
                            or not any(part.startswith(word.group()) for part in nearest.split())):
        return nearest
    s_start = max(ctx.text.rfind(mark, 0, last) for mark in ".!?\n") + 1
    for pos, full in mentions:
        if s_start <= pos < last and full != nearest and (gender is None or (
                _person_gender(full, ctx.lang)
                or _past_verb_gender(ctx, full.split()[-1])) in (gender, None)):
            # (a first name the dictionary lacks has the gender of the verbs next to its surname:
            # "Маркіян Дуда надав слово депутатці Ганні Острович. ..., – сказала вона")
            earlier = FIRST_WORD.match(ctx.text, pos)
            if earlier and not _oblique_first_name(earlier.group(), ctx.lang):
                return full
    return nearest


def _singular_nominative_first_name(word: str, lang: str) -> bool:
    """Whether ``word`` can be one person's first name in the nominative ("Петро", not the plural
    reading of "Марʼяни")."""
    return any("Name" in g and "nomn" in g and "plur" not in g for g in _grammemes(word, lang))


def _nominative_first_name(word: str, lang: str) -> bool:
    """Whether ``word`` can be a first name in the nominative ("Тетяна", not "Дмитра")."""
    return any("Name" in r.tag and "nomn" in r.tag for r in nlp.parses(word, lang))


@lru_cache(maxsize=20_000)
def _name_gender(word: str, lang: str, *, nominative: bool = False, single: bool = False) -> str | None:
    """"masc" or "femn" when every first-name reading of ``word`` has that gender, else None
    ("Валентина" may be a woman or a man's name in the genitive: unknown). With ``nominative``
    (``word`` is a registered name, already in the nominative) only its nominative readings
    count: "Алина Кравец" is a woman, not the genitive of a man's name Алин. With ``single`` (a
    registered person known by the first name alone) its plural readings do not count: "Артем" is
    a man, not the genitive plural of Артема."""
    if not nlp.is_known(word, lang):
        return None  # a foreign name the dictionary only guesses at ("Кемаль"): its gender is unknown
    # a vocative reading is no reading of a name in news copy ("Петро" is not the vocative of Петра)
    readings = [r for r in nlp.parses(word, lang) if "Name" in r.tag and "voct" not in r.tag]
    if nominative and any("nomn" in r.tag for r in readings):
        readings = [r for r in readings if "nomn" in r.tag]
    if single and any("plur" not in r.tag for r in readings):
        readings = [r for r in readings if "plur" not in r.tag]
    genders = {"femn" if "femn" in r.tag else "masc" if "masc" in r.tag else "" for r in readings}
    return genders.pop() if len(genders) == 1 and "" not in genders else None


def _run_gender(run: tuple[int, int, str], anchor: int, ctx: _Context) -> str | None:
    """The gender of a capitalised run: of its first name, or for a surname alone of the person
    introduced with it ("Дорош" of "Ганна Дорош")."""
    gender = _name_gender(run[2].split()[0], ctx.lang)
    if gender is None and " " not in run[2]:
        full = _resolve_name(run[2], anchor, ctx)
        if " " in full:
            return _person_gender(full, ctx.lang)
    return gender


def _person_gender(full: str, lang: str) -> str | None:
    """The gender of a registered person's first name (see :func:`_name_gender`), read in the
    nominative when the name was put into it: not behind an initial ("Віталія Ш." stands as
    written, and may be a man's name in the genitive)."""
    if full[:1].islower():
        return _description_gender(full.split()[0], lang)
    return _name_gender(full.split()[0], lang, nominative=" " in full and not full.endswith("."),
                        single=" " not in full)


@lru_cache(maxsize=20_000)
def _description_gender(word: str, lang: str) -> str | None:
    """The gender of a person registered by a description, from its first word in the
    nominative ("мешканка Токмака", "один із конвоїрів"); None for a neuter or plural one
    ("джерело в ...") or one of either gender ("суддя")."""
    genders = {gender for r in nlp.parses(word, lang)
               if r.pos in ("NOUN", "NUMR", "ADJF", "NPRO") and "nomn" in r.tag and "plur" not in r.tag
               for gender in ("masc", "femn", "neut") if gender in r.tag}
    return genders.pop() if len(genders) == 1 and genders <= {"masc", "femn"} else None


def _womans_name_or_mans_oblique(word: str, lang: str) -> bool:
    """Whether ``word`` reads as a woman's first name in the nominative and as a man's in an
    oblique case ("Артема", "Дмитрия", "Павла")."""
    names = [r.tag for r in nlp.parses(word, lang) if "Name" in r.tag and "plur" not in r.tag]
    return any("femn" in t and "nomn" in t for t in names) and any(
        "masc" in t and any(case in t for case in OBLIQUE_NAME_CASES) for t in names)


#: The word after a surname written alone, past a particle ("Русу и возглавил", "Бурлаку також
#: заявив"): a past-tense verb there agrees with its bearer.
WORD_AFTER_SURNAME = re.compile(r"[ \t]+(?:(?:и|і|й|также|тоже|також|теж|же|ж)[ \t]+)?(\w+)")


def _past_verb_gender(ctx: _Context, surname: str) -> str | None:
    """"masc" or "femn": the gender of the past-tense verbs right before or after ``surname``
    written as it stands ("– рассказал Коваленко", "Коваленко зазначила"), when they all agree;
    None without such verbs or when they disagree (a couple sharing the surname)."""
    if surname not in ctx.verb_genders:
        ctx.verb_genders[surname] = _scan_verb_gender(ctx, surname)
    return ctx.verb_genders[surname]


def _other_surname_reading(written: str, chosen: str, singles: dict[str, str], lang: str) -> str | None:
    """The one-word mention as written (of ``singles``) that is another surname the dictionary
    reads ``written`` as, besides the ``chosen`` one ("Гребеня": Гребень or Гребінь), or None."""
    readings = [r for r in nlp.parses(nlp.morph_form(written), lang) if r.pos == "NOUN" and "Surn" in r.tag]
    # (of the same gender: not "Вершинин", a man, for "Вершининой")
    genders = {g for r in readings if _fold(r.lemma) == _fold(chosen) for g in ("masc", "femn") if g in r.tag}
    others = {_fold(r.lemma) for r in readings if any(g in r.tag for g in genders)} - {_fold(chosen)}
    return next((single for single in singles.values() if _fold(single) in others), None)


def _written_with_oi(text: str, surname: str) -> str | None:
    """The Russian surname ``surname`` ("Ланский") as the article writes it alone with "-ой"
    ("Ланской"), if it does; a man's surname in "-ой" declines as one in "-ий"."""
    found = re.search(rf"(?<![\w-]){re.escape(surname[:-2])}ой(?![\w-])", text)
    return found.group() if found else None


def _subject_of_verb(ctx: _Context, word: str) -> bool:
    """Whether ``word``, as written, opens a sentence before a finite verb in the singular
    ("Бурлаку веде Telegram-канал"): there it stands in the nominative."""
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", ctx.text):
        after = WORD_AFTER_SURNAME.match(ctx.text, match.end())
        if after and _sentence_initial(ctx.text, match.start()) and any(
                r.pos == "VERB" and "plur" not in r.tag and "1per" not in r.tag and "2per" not in r.tag
                and "impr" not in r.tag for r in nlp.parses(after.group(1), ctx.lang)):
            return True
    return False


def _scan_verb_gender(ctx: _Context, surname: str) -> str | None:
    genders = set()
    for match in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", ctx.text):
        before = WORD_BEFORE_END.search(ctx.text, max(0, match.start() - 30), match.start())
        after = WORD_AFTER_SURNAME.match(ctx.text, match.end())
        for word in (before, after):
            readings = [r for r in nlp.parses(word.group(1), ctx.lang) if r.pos == "VERB"] if word else []
            if readings and all("past" in r.tag and "plur" not in r.tag for r in readings):
                genders |= {g for r in readings for g in ("masc", "femn") if g in r.tag}
    return genders.pop() if len(genders) == 1 else None


def _referent_gender(word: str, cue_form: str, lang: str) -> str | None:
    """The gender a pronoun or description ("вона", "жінка", "посадовець") or, failing that,
    the past-tense reporting verb ("сказала") gives its referent; None if neither tells. A
    feminine verb beats a masculine noun of a profession ("– добавила врач", "– сказала лікар"):
    such nouns name women too."""
    genders = [_form_gender(form, pos, lang) for form, pos in ((word, ("NOUN", "ADJF")), (cue_form, ("VERB",)))]
    if genders[0] == "masc" and genders[1] == "femn":
        return "femn"
    return genders[0] or genders[1]


def _form_gender(form: str, pos: tuple[str, ...], lang: str) -> str | None:
    """The one gender the readings of ``form`` of parts of speech ``pos`` show, else None."""
    if not form:
        return None
    readings = nlp.parses(form, lang)
    if any(r.pos == "NPRO" for r in readings):
        pos = ("NPRO",)  # "вона" is a pronoun, not the surname Вон
    elif any(r.pos == "NOUN" for r in readings):
        pos = pos[:1]  # a noun's own gender; an adjective only for nouns made of one ("слідча")
    genders = {("femn" if "femn" in r.tag else "masc") for r in readings
               if ("femn" in r.tag or "masc" in r.tag) and r.pos in pos and "Name" not in r.tag
               and "Surn" not in r.tag}
    return genders.pop() if len(genders) == 1 else None


#: Nouns of the people who speak for a person named after them in the genitive ("Захист Сироти
#: наполягав", "Защита Соколовой заявила"): they, not the person, are the verb's subject.
PERSONS_COLLECTIVE_NOUNS = frozenset("захист защита".split())
#: The longest of :data:`PERSONS_COLLECTIVE_NOUNS`, with the space after it.
MAX_COLLECTIVE_NOUN_CHARS = 8


#: A user of a social network named by a handle in Latin letters: after a noun of a user, a
#: blogger or an account in the nominative singular ("користувачка з ніком olia_obolon",
#: "пользователь dnipro_vasyl"), or written with "@" ("@wien_ukr").
SOCIAL_HANDLE = re.compile(
    r"(?:(?<![\w@])(?:[Кк]ористувач(?:ка)?|[Пп]ользовател(?:ь|ьница)|[Бб]логер(?:ка)?|[Аа]кк?аунт|[Юю]зер(?:ка)?)"
    r"(?:[ \t]+(?:з|із|с|под)[ \t]+(?:ніком|ником|нікнеймом|никнеймом|іменем|именем))?[ \t]+"
    r"|(?<![\w@])(?=@))(?P<handle>@?[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@.])")
#: The most characters between a handle and its verb.
MAX_HANDLE_GAP = 30
#: Any capital letter, Cyrillic or Latin (a name between a handle and its verb).
CAPITAL_LETTER = re.compile(r"[А-ЯІЇЄҐЁA-Z]")


def _social_handle(text: str, start: int, end: int, cue_start: int, cue_end: int) -> re.Match | None:
    """A user's handle (:data:`SOCIAL_HANDLE`) in an attribution, next to its verb: at most
    :data:`MAX_HANDLE_GAP` characters before or after it, with no capitalised word between."""
    for match in SOCIAL_HANDLE.finditer(text, start, end):
        if match.group("handle").lstrip("@").isupper():
            continue  # "пользователей VPN": an abbreviation, not a user's name
        gap = text[match.end():cue_start] if match.end() <= cue_start else text[cue_end:match.start()]
        if len(gap) <= MAX_HANDLE_GAP and not CAPITAL_LETTER.search(gap):
            return match
    return None


def attribute(text: str, start: int, end: int, ctx: _Context, *, anchor: int,
              require_cue: bool = True, opening_verb: bool = False) -> tuple[str, str, str] | None:
    """Find ``(speaker, speaker_surface, cue)`` in an attribution window ``text[start:end]``.

    The name closest to the cue wins; a pronoun or a description ("вона", "жінка") resolves to
    the nearest person mentioned before ``anchor``. ``opening_verb`` as for :func:`find_cue`.
    """
    cue = find_cue(text, start, end, ctx, opening_verb=opening_verb)
    if cue is None and require_cue:
        return None
    if cue and " " not in cue[0] and nlp.best_parse(cue[0], ctx.lang).pos == "NOUN":
        later = find_cue(text, cue[2], end, ctx)
        if later and nlp.best_parse(later[0], ctx.lang).pos != "NOUN" and any(
                len(r[2].split()) >= 2 and _may_be_nominative(r[2].split()[0], ctx.lang)
                and _is_person_run(r[2].split(), text, r[0], ctx.lang)
                for r in _name_runs(text, cue[2], later[1], ctx.lang)):
            # "Під одним із дописів Лесі мама ... Валентина Гребенюк написала:": a full name in the
            # nominative between a statement noun and a verb is the verb's subject
            cue = later
    cue_lemma, cue_start, cue_end = cue if cue else ("", start, start)
    handle = _social_handle(text, start, end, cue_start, cue_end) if cue else None
    if handle:
        # "– написав користувач taras_lviv", "пользовательница mariia_odesa", "користувач
        # @wien_ukr": a user known by a handle in Latin letters
        return handle.group("handle"), text[handle.start():handle.end()], cue_lemma
    # a capitalised description at a sentence start is no name ("Экономист добавил:")
    runs = [r for r in _name_runs(text, start, end, ctx.lang) if " " in r[2] or not (
        _sentence_initial(text, r[0]) and nlp.lemma(r[2].lower(), ctx.lang) in ctx.descriptions)]
    # a first name in the nominative right before the verb is its subject, even at the start of
    # a sentence where it might be a common word ("Максим підтверджує: «...»")
    persons = [r for r in runs if _is_person_run(r[2].split(), text, r[0], ctx.lang) or (
        cue and " " not in r[2] and not text[r[1]:cue_start].strip()
        and _nominative_first_name(r[2], ctx.lang))]
    if persons and cue and ANONYMITY_REQUEST.search(text, start, end):
        # one who asked not to be named is not the person named in the oblique case in their
        # description ("Одна из подруг Ермолаевой, попросившая не называть ее имени, рассказала")
        persons = [r for r in persons if not (readings := nlp.parses(r[2].split()[0], ctx.lang))
                   or any("nomn" in reading.tag for reading in readings)]
    # a lone adjective before a body's abbreviation is no person ("повідомила Сумська | ОВА":
    # not a woman Сумська)
    persons = [r for r in persons if " " in r[2] or not _adjective_of_abbreviation(text, r, ctx.lang)]
    one_of_subject = False  # "Один из партнеров Арсеньева назвал": one of a group is the subject
    if persons and cue and " " not in cue_lemma:
        one_of = ONE_OF_GROUP.search(text, start, cue_start)
        if one_of and _sentence_initial(text, one_of.start()) \
                and not CLAUSE_BREAK.search(text, one_of.end(), cue_start) \
                and all(not _nominative_first_name(r[2].split()[0], ctx.lang)
                        for r in persons if one_of.end() < r[0] and r[1] <= cue_start):
            # "Один из партнеров Арсеньева назвал ...": a person after the group is its dependent,
            # and one named in a sentence before is no subject of this one: one of the group,
            # unnamed, is the verb's subject
            persons = [r for r in persons if r[0] >= cue_end]
            one_of_subject = True
            registered = next((full for pos, full in ctx.persons if pos == one_of.start()), None)
            if registered and not persons:
                return registered, text[one_of.start():one_of.end()], cue_lemma
    if not persons and cue and not one_of_subject:
        # so is a lone surname of a person named before, when no one else is named ("Вайткус
        # відповів" after "Даріус Вайткус": registered as that person's mention, though a foreign
        # surname opening a sentence is no person run)
        # (an adverbial particle may stand between: "Гольм також назвав")
        mentioned = {pos for pos, full in ctx.persons if " " in full}
        persons = [r for r in runs if " " not in r[2] and r[0] in mentioned and all(
            w.lower() in ADVERBIAL_PARTICLES for w in text[r[1]:cue_start].split())]
    if cue and nlp.morph_form(cue_lemma) in load_naming_cues() \
            and nlp.best_parse(text[cue_start:cue_end], ctx.lang).pos == "VERB":
        # a naming verb's object follows it ("«Трибуна Z» назвал Жданова «предателем»"): no name
        # after the finite verb is its subject (not so after "так называемый" or "просила
        # называть ее Мариной")
        runs = [r for r in runs if r[1] <= cue_start]
        persons = [r for r in persons if r[1] <= cue_start]
    if cue:
        source = _anonymous_source(text, start, end, ctx, anchor, cue)
        # an unnamed source speaks unless a person's name stands closer to the verb ("джерело,
        # близьке до Зеленського, сказало": Зеленський does not speak)
        if source and not any(min(abs(r[0] - cue_end), abs(cue_start - r[1])) < source[2] for r in persons
                              if not COMPLEMENTIZER.search(text, cue_end, r[0])):
            # a person named in the reported clause is what the source speaks of ("Джерело ...
            # сказало, що Фаркаш «говорив від себе»")
            return source[0], source[1], cue_lemma
        if not persons and ANONYMITY_REQUEST.search(text, start, end):
            described = _described_speaker(text, start, end, ctx, cue)
            if described and " " not in described[1] and nlp.lemma(described[1], ctx.lang) in INTERLOCUTOR_NOUNS:
                # "– сказав співрозмовник, який попросив не називати його імені": the source
                # introduced before ("Джерело в компанії розповіло ...") asks it again
                last = _last_source(text, anchor, ctx.lang, ctx)
                described = (last[0], described[1]) if last else described
            if described:
                return described[0], described[1], cue_lemma
        indefinite = (_indefinite_subject(text, start, cue, ctx.lang)
                      or _one_of_after_cue(text, end, cue, ctx.lang)) if not persons else None
        if indefinite:  # "Лише один депутат Держдуми заявив": someone unnamed, not a person named before
            return indefinite[0], indefinite[1], cue_lemma
        sign = CALL_SIGN_INTRODUCED.search(text, start, end)
        if sign and not persons and not ABOUT_BEFORE_CALL_SIGN.search(text, max(start, sign.start() - 40), sign.start()):
            # "– отметил командир подразделения с позывным «Шкипер»": known by the call sign
            return _call_sign_nominative(sign.group("sign"), ctx.lang), sign.group("sign"), cue_lemma
    # an institution is looked for when no person is named, or when the verb is plural or the
    # cue names a statement ("повідомили в Офісі ... Верховної Ради": Рада is also a first name);
    # not when a pronoun right before the verb is its subject ("В Telegram-канале «…» он написал")
    institution = _institution(text, start, end, ctx, cue, anchor) if cue and (
        not persons or " " in cue_lemma or cue_lemma in IMPERSONAL_STATEMENT_CUES
        or _plural(text[cue_start:cue_end], ctx.lang)) and not (
        " " not in cue_lemma and _pronoun_subject(text, start, cue_start, ctx.lang)) else None
    if not institution and cue and not persons:
        # "Посольство России отреагировало ..., назвав решение «...»": a gerund's subject is
        # that of the verb of the clause before its comma
        main = _main_verb_before_gerund(text, start, cue_start, cue_end, ctx.lang)
        if main:
            institution = _institution(text, start, end, ctx, (cue_lemma, *main), anchor)
    if institution:
        at = text.find(institution[1], start, end)
        # no person outside the institution's name ("Офіс Уповноваженого Верховної Ради": Рада is
        # also a first name)
        if not [r for r in persons if not (at <= r[0] and r[1] <= at + len(institution[1]))]:
            return institution[0], institution[1], cue_lemma
    if not persons and cue:
        # an institution counts only right next to the cue ("повідомили в Генштабі", "Генштаб
        # заявив"); otherwise a pronoun or a description ("вона", "актриса") is the speaker
        # (or with where it posted between: "Росавиация в своем Telegram-канале написала")
        runs = [r for r in runs if (min(abs(r[0] - cue_end), abs(cue_start - r[1])) <= 2
                                    or r[1] < cue_start and (_platform_phrase(text[r[1]:cue_start].lstrip())
                                                             or _adverbial_gap(text, r[1], cue_start, ctx.lang)
                                                             and not _after_noun(text, r[0], ctx.lang)))
                and not _has_pronoun_or_description(text, start, end, ctx)]
    else:
        runs = persons
    subject = _pronoun_subject(text, start, cue_start, ctx.lang) if persons and cue else None
    if subject and all(_run_gender(r, anchor, ctx) not in (subject[1], None) for r in persons):
        # "Коли Андрій повернувся, вона написала": the pronoun, not the man named, is the subject
        # (so too "На запитання Дорош він відповів" of the judge Ганна Дорош)
        return _nearest_person(anchor, ctx, subject[1]), subject[0], cue_lemma
    if len(runs) == 1 and " " not in runs[0][2] and not _is_person_run([runs[0][2]], text, runs[0][0], ctx.lang):
        titled = _titled_person(runs[0][2], runs[0][0], ctx)
        if titled:  # "Терапевтка пояснила:" after "Фізична терапевтка Олена Мартинюк": that person
            return titled, runs[0][2], cue_lemma
        if cue and _sentence_initial(text, runs[0][0]) and _person_noun(runs[0][2], ctx.lang) \
                and not text[runs[0][1]:cue_start].strip() and _resolve_name(runs[0][2], anchor, ctx) == runs[0][2]:
            # a description the list lacks, opening the sentence as the verb's subject
            # ("Телеведучий відповів"), and no one's surname ("Шаповал пояснює" is that
            # person): the person named last, of its gender
            gender = _referent_gender(runs[0][2], text[cue_start:cue_end], ctx.lang)
            nearest = _nearest_person(anchor, ctx, gender)
            if nearest:
                return nearest, runs[0][2], cue_lemma
    if runs and cue and nlp.morph_form(cue_lemma) in load_naming_cues():
        # a naming verb's object follows it ("Гуцуляк назвав Юрія «...»"): its subject speaks
        runs = [r for r in runs if r[1] <= cue_start] or runs
    if runs:
        # a full name (first name + surname) beats a lone capitalised word ("директор
        # Варшавського інституту Томаш Вуйцік"); then the run closest to the cue wins
        # a first name that cannot be in the nominative is not the verb's subject ("каже дружина
        # Сергія Ірина Олійник"; the genitive is what a cue phrase takes: "за словами Сергія")
        subject_case = bool(cue) and " " not in cue_lemma
        run = min(runs, key=lambda r: (not any(_word_info(w, ctx.lang).first_name for w in r[2].split()[:1]),
                                       subject_case and (not _may_be_nominative(r[2].split()[0], ctx.lang)
                                                         or _oblique_first_name(r[2].split()[0], ctx.lang)),
                                       min(abs(r[0] - cue_end), abs(cue_start - r[1]))))
        surface = run[2]
        collective = WORD_BEFORE_END.search(text, max(start, run[0] - MAX_COLLECTIVE_NOUN_CHARS), run[0])
        if subject_case and collective and text[collective.end(1):run[0]] == " " \
                and collective.group(1).islower() and _description_noun(collective.group(1), ctx) \
                and not any("nomn" in g and "plur" not in g for g in _grammemes(surface.split()[0], ctx.lang)) \
                and not any(r[0] > run[1] and r[0] - run[1] <= 2 for r in runs) \
                and _is_person_run(surface.split(), text, run[0], ctx.lang):
            # "— розповідає сусідка Ганни", "— рассказывает соседка Зинаиды": the person described
            # by the name in the genitive speaks, not the one named (unless a name follows:
            # "каже дружина Сергія Ірина Олійник")
            return f"{collective.group(1)} {surface}", text[collective.start(1):run[1]], cue_lemma
        if subject_case and collective and text[collective.end(1):run[0]] == " " \
                and nlp.morph_form(collective.group(1)) in PERSONS_COLLECTIVE_NOUNS \
                and any("gent" in g for g in _grammemes(surface.split()[-1], ctx.lang)):
            # "Захист Сироти наполягав": the person's defence speaks, not the person
            return f"{nlp.morph_form(collective.group(1))} {surface}", text[collective.start(1):run[1]], cue_lemma
        after_cue_phrase = cue_lemma.startswith(("за ", "на ", "по ")) or cue_lemma in ("слово",)
        # the subject of a reporting verb is already nominative; after "за словами" or a noun
        # cue ("заява Лукашенка") the name is genitive
        noun_cue = bool(cue) and " " not in cue_lemma and nlp.best_parse(cue_lemma, ctx.lang).pos == "NOUN"
        name = nlp.to_nominative(surface, ctx.lang, case="gent") if after_cue_phrase or noun_cue else surface
        if name == surface and (not _may_be_nominative(surface.split()[0], ctx.lang) or any(
                m.start("name") == run[0] for m in PSEUDONYM_INTRODUCED.finditer(text, max(0, run[0] - PSEUDONYM_CHARS), run[1]))):
            # "що назвалася лише Ніною, сказала", "– объяснил куратор, представившийся Максимом"
            name = nlp.to_nominative(surface, ctx.lang)
        if cue_lemma in QUOTING_CUES:
            name = nlp.to_nominative(surface, ctx.lang, case="accs")  # "цитує ... Василя Скоробогача"
        if len(name.split()) == 1:
            # the name as converted, as a genitive converted, or as written ("Крылова" is
            # "Анна Крылова", though the genitive reading gives "Крылов")
            for candidate in (name, nlp.to_nominative(surface, ctx.lang, case="gent"), surface):
                resolved = _resolve_name(candidate, anchor, ctx)
                if len(resolved.split()) > 1:
                    name = resolved
                    break
        if cue or _is_person_run(surface.split(), text, run[0], ctx.lang):
            return _resolve_name(name, anchor, ctx), surface, cue_lemma
    tokens = _tokens(text, start, end)
    for token in tokens:
        form = nlp.morph_form(token.text)
        if form in PRONOUNS or (nlp.lemma(token.text, ctx.lang) in ctx.descriptions
                                and not _only_plural(token.text, ctx.lang)):
            # "– сказав співрозмовник" (or "– додав він") after "Джерело в міністерстві
            # підтвердило ...": the source, if no person was named after it
            lemma = nlp.lemma(token.text, ctx.lang)
            source = max(filter(None, (_last_source(text, anchor, ctx.lang, ctx), _last_described(text, anchor, ctx))),
                         key=lambda found: found[1], default=None) \
                if form in PRONOUNS or lemma in INTERLOCUTOR_NOUNS else _last_described(text, anchor, ctx)
            if source is None and lemma in SOURCE_ROLE_NOUNS:
                # "Джерело в ОВА пояснює ... «...», – каже посадовець": an official is the unnamed
                # source of the same paragraph
                source = _last_source(text, anchor, ctx.lang, ctx)
                if source and source[1] < _paragraph_at(ctx, anchor)[0]:
                    source = None
            if source:
                # a person named after the source blocks it, unless in the source's own sentence,
                # as the subject of what it reported ("Источник рассказал, что Вересова ...")
                _, own_end = _sentence_bounds(text, source[1], *_paragraph_at(ctx, source[1]))
                if not any(max(source[1], own_end) < pos < anchor for pos, _ in ctx.persons):
                    return source[0], token.text, cue_lemma
            gender = _referent_gender(token.text, text[cue_start:cue_end] if cue else "", ctx.lang)
            if form in PRONOUNS:
                return _subject_person(anchor, ctx, gender), token.text, cue_lemma
            # "– додала лікарка": the person introduced with that title, else the nearest one
            titled = _titled_person(token.text, anchor, ctx, gender=_form_gender(
                text[cue_start:cue_end] if cue else "", ("VERB",), ctx.lang)) \
                if (_next_to(text, token, cue) or _after_cue_past_adjectives(text, token, cue, ctx.lang)) \
                and _person_noun(token.text, ctx.lang) else None
            if not titled and form not in PRONOUNS and cue and token.start >= cue_end \
                    and _next_to(text, token, cue) and lemma in load_introducing_descriptions():
                # "– сміється дівчина з самокатом", "– каже мешканка Бучі": a description with
                # what it runs on with, after the verb, introduces an unnamed speaker of its own
                index = tokens.index(token)
                phrase = _source_phrase(text, tokens, index, 1, ctx.lang)
                if len(phrase) == 1 and _described_in_a_clause(text, token.end, ctx.lang) \
                        and _description_noun(token.text, ctx):
                    # "— говорит пенсионер, пришедший на встречу с тростью", "– каже жінка, яка
                    # стоїть у черзі": a person described in a clause of their own is someone new
                    return token.text.lower(), token.text, cue_lemma
                if len(phrase) > 1 and _describes_the_person(phrase, ctx.lang):
                    surface = text[phrase[0].start:phrase[-1].end]
                    name = _source_name(text, phrase, ctx.lang)
                    if lemma in INTERLOCUTOR_NOUNS:
                        # whose interlocutor ("– каже співрозмовниця «Маяка»") is the outlet, not
                        # a description: without more words, the person spoken with before
                        name = OUTLET_AFTER_HEAD.sub(r"\g<head>", name, count=1)
                    if " " in name:
                        return name, surface, cue_lemma
            if not titled and (not cue or token.end <= cue_start):
                # "Речниця МЗС Росії назвала ...": a title with its body right after it, and no
                # person named with that title before, is the body's unnamed spokesperson
                spokesperson = _titled_body(text, tokens, tokens.index(token), anchor, ctx)
                if spokesperson:
                    return spokesperson, text[token.start:cue_start if cue else token.end].strip(), cue_lemma
            if not titled and lemma not in INTERLOCUTOR_NOUNS:
                # "Офицер разведки одной из бригад рассказал", "– сказал командир взвода одной из
                # бригад": a title of one of a group is someone new, not a person named before
                one_of = _one_of_group_title(text, tokens, tokens.index(token), ctx.lang)
                if one_of:
                    return one_of, one_of, cue_lemma
            return titled or _nearest_person(anchor, ctx, gender), token.text, cue_lemma
        if (_next_to(text, token, cue) or _after_cue_past_adjectives(text, token, cue, ctx.lang)) \
                and token.text.islower() and _person_noun(token.text, ctx.lang):
            # a title the description list lacks ("– вспоминает конструктор" after "Главный
            # конструктор бюро Андрей Мельник"): the person introduced with it
            titled = _titled_person(token.text, anchor, ctx)
            if titled:
                return titled, token.text, cue_lemma
    if cue:
        return _nearest_person(anchor, ctx, _referent_gender("", text[cue_start:cue_end], ctx.lang)), "", cue_lemma
    return None


#: Prepositions that open a phrase describing a person ("в синей куртке", "з четвертого поверху",
#: "из задних рядов"), not how or where they spoke ("по телефону").
DESCRIBING_PREPOSITIONS = frozenset({"з", "із", "зі", "из", "изо", "с", "со", "в", "у", "во", "на"})
#: Nouns after such a preposition that say how or where someone spoke, not who they are ("в
#: переписке с редакцией", "у листуванні", "в ефірі", "уже в коридорі"), besides the statement
#: nouns.
MEDIUM_NOUNS = frozenset({"телефон", "переписка", "листування", "звʼязок", "зв'язок", "месенджер",
                           "відеозвʼязок", "ефір", "эфир", "чат", "коридор", "розмова", "разговор"})


def _genitive_follows(text: str, tokens: list, index: int, lang: str) -> bool:
    """Whether a lower-case noun or adjective that may be in the genitive follows ``tokens[index]``
    with nothing between them ("в заяві відомства": the statement of a body described)."""
    if index + 1 >= len(tokens) or text[tokens[index].end:tokens[index + 1].start].strip():
        return False
    word = tokens[index + 1].text
    return word.islower() and any(r.pos in ("NOUN", "ADJF") and "gent" in r.tag for r in nlp.parses(word, lang))


#: A relative pronoun or a word opening a clause in commas after a description ("жінка, | яка ...").
CLAUSE_AFTER_DESCRIPTION = re.compile(r"[ \t]*,[ \t]*(?P<first>[\w'’ʼ-]+)")
RELATIVE_PRONOUNS = frozenset({"який", "яка", "яке", "які", "который", "которая", "которое", "которые"})


def _described_in_a_clause(text: str, position: int, lang: str) -> bool:
    """Whether a relative clause or a participle clause in the nominative follows ``position``
    after a comma ("пенсионер, | пришедший на встречу", "жінка, | яка стоїть у черзі")."""
    match = CLAUSE_AFTER_DESCRIPTION.match(text, position)
    if match is None:
        return False
    first = nlp.morph_form(match.group("first"))
    return first in RELATIVE_PRONOUNS or any(
        ("PRTF" in g or "ADJF" in g and {"actv", "pssv"} & g) and "nomn" in g
        for g in _grammemes(match.group("first"), lang))


def _describes_the_person(phrase: list, lang: str) -> bool:
    """Whether the words after the description noun opening ``phrase`` describe that person (a
    place or body in the genitive: "мешканка Бучі", "сотрудница отдела кадров"; a phrase of
    what they wear or where they are from: "в синей куртке", "з четвертого поверху"), not the
    verb's addressee or manner ("жінка журналістам", "женщина по телефону")."""
    word = phrase[1].text
    if word[:1].isupper():
        return True
    form = nlp.morph_form(word)
    if form in DESCRIBING_PREPOSITIONS:
        nouns = [t for t in phrase[2:] if nlp.best_parse(t.text, lang).pos == "NOUN"]
        lemmas = {nlp.lemma(nouns[0].text, lang), nlp.morph_form(nouns[0].text)} if nouns else set()
        return bool(nouns) and not lemmas & MEDIUM_NOUNS \
            and not any((lang, lemma) in load_statement_nouns() for lemma in lemmas)
    readings = nlp.parses(word, lang)
    return any(r.pos == "NOUN" and "gent" in r.tag for r in readings) and not any("datv" in r.tag for r in readings)


#: A clause in commas right before the verb ("Городской совет, работающий сейчас в Киеве, заявил").
CLAUSE_IN_COMMAS_BEFORE_CUE = re.compile(r"[ \t]*,[ \t]*(?P<first>[\w'’ʼ-]+)[^,;:.!?«»\"„“\n]*,[ \t]*")


#: Where a body wrote, between its subject (and a clause after it) and the verb: "у Telegram",
#: "у своєму Facebook", "в соцсетях".
PLATFORM_PHRASE = re.compile(r"(?:у|в|во|на)[ \t]+(?:(?:своєму|своїй|своему|своем|своём|своей)[ \t]+)?(?P<where>[\w-]+)[ \t]+")


def _platform_phrase(gap: str) -> bool:
    """Whether ``gap`` is only a phrase of where a statement was posted ("у Telegram ")."""
    match = PLATFORM_PHRASE.fullmatch(gap)
    return match is not None and _is_platform(match.group("where"))


def _after_opening_time(text: str, start: int, position: int, lang: str) -> bool:
    """Whether only a time opens the sentence before ``position`` ("Увечері в неділю | «…»
    написав", "5 березня | «…» повідомила"): adverbs, prepositions, weekdays, months, time nouns
    and numbers, at most :data:`MAX_OPENING_TIME_WORDS` of them."""
    tokens = _tokens(text, start, position)
    if not tokens or len(tokens) > MAX_OPENING_TIME_WORDS or not _sentence_initial(text, tokens[0].start) \
            or text[tokens[-1].end:position].strip() or any(text[a.end:b.start].strip() for a, b in zip(tokens, tokens[1:])):
        return False
    for token in tokens:
        lemmas = nlp.lemma_set(token.text.lower(), lang)
        if not (token.text.isdigit() or nlp.morph_form(token.text) in OPENING_TIME_PREPOSITIONS
                or lemmas & (WEEKDAY_LEMMAS | MONTH_LEMMAS | TIME_NOUN_LEMMAS) or _adverbial(token.text.lower(), lang)):
            return False
    return True


#: The most words of a time that may open a sentence before its subject.
MAX_OPENING_TIME_WORDS = 4


def _opening_time_before(text: str, run: list, lang: str) -> bool:
    """Whether the tokens of ``run`` from its sentence-initial token on are only an opening time
    (see :func:`_after_opening_time`)."""
    opening = next((t for t in run if _sentence_initial(text, t.start)), None)
    # (a preposition right before the name governs it: "В Одесской ... администрации")
    return opening is not None and nlp.best_parse(run[-1].text, lang).pos != "PREP" \
        and _after_opening_time(text, opening.start, run[-1].end, lang)


def _adverbial_gap(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]``, between a name and its verb, holds only a journalist's request
    ("Росприроднадзор | на запрос редакции | сообщил") or at most :data:`MAX_ADVERBS_BEFORE_CUE`
    adverbs ("Укренерго | вчора ввечері | повідомило")."""
    request = REQUEST_PHRASE.match(text, start, end)
    if request and request.end() == end:
        return True
    words = text[start:end].split()
    return 0 < len(words) <= MAX_ADVERBS_BEFORE_CUE and all(
        word.isalpha() and word.islower() and _adverbial(word, lang) for word in words) \
        or _time_phrase(words, lang)


#: What may close a time phrase between a name and its verb ("восьмий день | поспіль").
IN_A_ROW = frozenset({"поспіль", "підряд", "подряд", "кряду"})


def _time_phrase(words: list[str], lang: str) -> bool:
    """Whether ``words`` are an adjective and a noun of time, perhaps with "поспіль" ("восьмой
    день подряд", "другу добу поспіль", "весь тиждень"): a time between a name and its verb."""
    if words and words[-1] in IN_A_ROW:
        words = words[:-1]
    return len(words) == 2 and all(word.isalpha() and word.islower() for word in words) \
        and nlp.best_parse(words[0], lang).pos in ("ADJF", "NPRO") \
        and not nlp.lemma_set(words[1], lang).isdisjoint(TIME_NOUN_LEMMAS)


def _after_noun(text: str, position: int, lang: str) -> bool:
    """Whether a lower-case noun or adjective stands right before ``position`` in the same clause:
    the name there depends on it ("пограничная охрана | Латвии")."""
    before = _words_before(text, position)
    return bool(before) and not text[before[-1].end:position].strip() and before[-1].text.islower() \
        and nlp.best_parse(before[-1].text, lang).pos in ("NOUN", "ADJF")


def _participle_clause(text: str, start: int, cue_start: int, lang: str) -> re.Match | None:
    """A participle clause in commas ending right before the verb, which, like a relative clause,
    stands between a subject and its verb ("Мариупольский городской совет, работающий сейчас в
    Киеве, заявил"), or None."""
    for match in CLAUSE_IN_COMMAS_BEFORE_CUE.finditer(text, start, cue_start):
        first = match.group("first")
        if match.end() == cue_start and (nlp.morph_form(first) in COMPARISON_OPENERS or any(
                ("PRTF" in g or "ADJF" in g and "actv" in g) and "nomn" in g for g in _grammemes(first, lang))):
            return match
    return None


#: Words opening a comparison or a role in commas between a subject and its verb, which stands
#: there like a participle clause ("МЗС Росії, як і після попередніх пакетів, назвав",
#: "Петренко, як голова комісії, заявив").
COMPARISON_OPENERS = frozenset({"як", "как"})


def _next_to(text: str, token, cue: tuple[str, int, int] | None) -> bool:
    """Whether ``token`` stands right after or right before the reporting verb ``cue``: its subject."""
    return cue is not None and (token.start >= cue[2] and not text[cue[2]:token.start].strip()
                                or token.end <= cue[1] and not text[token.end:cue[1]].strip())


#: An age as an adjective ("34-річний", "60-летний").
AGE_ADJECTIVE = re.compile(r"\d{1,3}-(?:річн|летн)\w*")


def _after_cue_past_adjectives(text: str, token, cue: tuple[str, int, int] | None, lang: str) -> bool:
    """Whether ``token`` follows the reporting verb ``cue`` with only an age between them ("–
    пояснив 34-річний актор"). Other adjectives may belong to the title itself ("міський
    голова" is the mayor, not any "голова")."""
    if cue is None or token.start < cue[2]:
        return False
    between = text[cue[2]:token.start].split()
    return len(between) == 1 and AGE_ADJECTIVE.fullmatch(between[0]) is not None


def _person_noun(word: str, lang: str) -> bool:
    """Whether ``word`` reads first as a common noun for a person in the nominative singular."""
    if nlp.best_parse(word, lang).pos != "NOUN":
        return False
    # any reading: "конструктор" is first a thing to the dictionary
    return any({"NOUN", "anim", "nomn"} <= g and "plur" not in g and not PERSON_TAGS & g for g in _grammemes(word, lang))


def _indefinite_subject(text: str, start: int, cue: tuple[str, int, int], lang: str) -> tuple[str, str] | None:
    """``(description, surface)`` of an unnamed person introduced by "один"/"одна" as the subject
    right before the verb ("Лише один депутат Держдуми заявив", "Одна пенсіонерка з Ірпеня
    розповіла"), or None: "one" marks someone not named before (not "один із": see
    :data:`ONE_OF_GROUP`)."""
    tokens = [t for t in _tokens(text, start, cue[1]) if t.end <= cue[1]]
    for index in range(len(tokens) - 2, -1, -1):
        if nlp.morph_form(tokens[index].text) not in ONE_OF_NOMINATIVE:
            continue
        noun = tokens[index + 1]
        if text[tokens[index].end:noun.start].strip() or not noun.text.islower() or not any(
                r.pos == "NOUN" and "anim" in r.tag and "nomn" in r.tag for r in nlp.parses(noun.text, lang)):
            return None
        phrase = _source_phrase(text, tokens, index + 1, 1, lang)
        between = tokens[tokens.index(phrase[-1]) + 1:]  # at most a few adverbs, no punctuation
        if CLAUSE_PUNCTUATION.search(text, phrase[-1].end, cue[1]) or len(between) > MAX_ADVERBS_BEFORE_CUE \
                or not all(_adverbial(t.text, lang) for t in between):
            return None  # the description must be the verb's subject, right before it
        return _source_name(text, phrase, lang), text[phrase[0].start:phrase[-1].end]
    return None


#: A complementizer opening a reported clause ("сказало, що ...", "сообщил, что ...").
COMPLEMENTIZER = re.compile(r"(?<![\w-])(?:що|щоб|что|чтобы)(?![\w-])", re.IGNORECASE)
#: Punctuation that ends a clause or opens a quotation or an aside.
CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?«»\"()–—]")


NOT_WORD_OR_SPACE = re.compile(r"[^\w\s'’ʼ-]")


def _one_of_after_cue(text: str, end: int, cue: tuple[str, int, int], lang: str) -> tuple[str, str] | None:
    """``(description, surface)`` of "one of" a group right after the verb ("— написала одна из
    пользовательниц", "– розповів один із мешканців будинку"): someone unnamed, or None."""
    tokens = _tokens(text, cue[2], end)
    # past an addressee in the dative ("– рассказал нашему корреспонденту один из задержанных")
    skip = 0
    while skip < min(MAX_WORDS_BEFORE_DESCRIPTION, len(tokens)) \
            and nlp.morph_form(tokens[skip].text) not in ONE_OF_NOMINATIVE and tokens[skip].text.islower() \
            and any("datv" in r.tag for r in nlp.parses(tokens[skip].text, lang)):
        skip += 1
    tokens = tokens[skip:]
    if len(tokens) < 3 or nlp.morph_form(tokens[0].text) not in ONE_OF_NOMINATIVE \
            or nlp.morph_form(tokens[1].text) not in ONE_OF_PREPOSITIONS \
            or NOT_WORD_OR_SPACE.search(text, cue[2], tokens[0].start):
        return None
    # the group may read first as a possessive adjective in the nominative ("татів", "батьків")
    group = _group_of_people(tokens[2].text, lang) and not text[tokens[1].end:tokens[2].start].strip()
    phrase = _source_phrase(text, tokens, 0, 3 if group else 1, lang)
    if len(phrase) < 3:
        return None  # "один із" with no group after it
    name = _source_name(text, phrase, lang)
    after = tokens.index(phrase[-1]) + 1
    head = after  # past adjectives: "одна зі свідків, колишня інженерка ЗАЕС"
    while head < min(after + 2, len(tokens)) and tokens[head].text.islower() \
            and _nominative_adjective(tokens[head].text, lang):
        head += 1
    if head < len(tokens) and APPOSITION_COMMA.fullmatch(text, phrase[-1].end, tokens[after].start) \
            and tokens[head].text.islower() and any(
                r.pos == "NOUN" and "anim" in r.tag and "nomn" in r.tag and "plur" not in r.tag
                for r in nlp.parses(tokens[head].text, lang)):
        # with the apposition after it: "один из задержанных, гражданин Узбекистана"
        apposition = _source_phrase(text, tokens, head, 1, lang)
        name = f"{name}, {text[tokens[after].start:apposition[-1].end]}"
        phrase = phrase + tokens[after:head] + apposition
    return name, text[phrase[0].start:phrase[-1].end]


#: A comma between a description and its apposition.
APPOSITION_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _described_speaker(text: str, start: int, end: int, ctx: _Context, cue: tuple[str, int, int]
                       ) -> tuple[str, str] | None:
    """``(description, surface)`` of a speaker who asked not to be named ("– рассказал чиновник
    одного из уральских минфинов, попросивший не называть его имени"): the common noun in the
    nominative right after the verb, or right before it, with what it runs on with; else the
    description that opens the sentence of the request (:func:`_last_described`)."""
    tokens = _tokens(text, start, end)
    request = ANONYMITY_REQUEST.search(text, start, end)
    # right after the verb, past an addressee ("– рассказала «Окну» жительница ..."), or before it
    # (not a word of the request itself: "..., який попросив не називати його імені, повідомив")
    after = [i for i, t in enumerate(tokens) if t.start >= cue[2]][:MAX_WORDS_BEFORE_DESCRIPTION + 1]
    before = [i for i, t in enumerate(tokens) if t.end <= cue[1]
              and not (request and request.start() <= t.start < request.end())][-1:]
    for index in after + before:
        if index and nlp.best_parse(tokens[index - 1].text, ctx.lang).pos == "PREP":
            continue  # "розповіла нам через месенджер": governed by a preposition, no speaker
        if _opens_description(tokens, index, ctx.lang) and (tokens[index].text.lower() in ONE_OF or any(
                r.pos == "NOUN" and "anim" in r.tag and not ("plur" in r.tag and index in after)
                for r in nlp.parses(tokens[index].text, ctx.lang))):
            # a person ("з міркувань безпеки" before the verb is no speaker), after the verb one
            # person ("описав роботи так": "роботи" is no robots)
            phrase = _source_phrase(text, tokens, index, 1, ctx.lang)
            if len(phrase) == 1 and nlp.lemma(phrase[0].text, ctx.lang) in INTERLOCUTOR_NOUNS:
                # a bare "– розповів співрозмовник, який попросив ..." after "Працівник агрофірми,
                # який ..., розповів": the person described just before
                described = _described_before_in_paragraph(ctx, phrase[0].start)
                if described:
                    return described, described
            return _source_name(text, phrase, ctx.lang), text[phrase[0].start:phrase[-1].end]
    # or the noun phrase that opens the sentence of the request ("Співрозмовник в обласній
    # прокуратурі, який попросив не називати його імені, повідомив: «...»")
    described = _last_described(text, cue[1], ctx)
    return (described[0], described[0]) if described else None


def _described_before_in_paragraph(ctx: _Context, position: int) -> str | None:
    """The person registered last before ``position`` in its paragraph by a description (in
    lower case: "працівник агрофірми"), if the last person there is one."""
    p_start, _ = _paragraph_at(ctx, position)
    before = [full for pos, full in ctx.persons if p_start <= pos < position]
    return before[-1] if before and before[-1][:1].islower() else None


#: A first name in apposition after a description, closing the attribution ("собеседник издания,
#: Игорь.", "співрозмовниця, Оксана, –").
NAME_IN_APPOSITION = re.compile(r",[ \t]+(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґёʼ'’]+)(?=[ \t]*(?:[.,!?…–—-]|$))")
#: Impersonal cues of a written statement ("– йдеться в повідомленні Офісу ... Верховної Ради"):
#: like a plural verb, they let an institution speak although a word of its name reads as a
#: first name ("Рада").
IMPERSONAL_STATEMENT_CUES = frozenset({"йтися", "ітися", "говоритися", "говориться"})
#: Statements given to an outlet: a Latin name after them is the outlet, not their owner
#: ("в коментарі BBC", "в интервью CNN").
GIVEN_TO_OUTLET_NOUNS = frozenset({"коментар", "інтерв'ю", "комментарий", "интервью"})
#: The statement itself after an impersonal cue and "в"/"у": "– ідеться в ньому", "говорится в нем".
STATEMENT_PRONOUNS = frozenset({"ньому", "ній", "них", "нем", "нём", "ней"})
#: "There": with a plural reporting verb, the institution just named ("– запевнили там").
THERE_WORDS = frozenset({"там"})
#: Relative words that join a request not to be named to the speaker ("Софія, яка попросила ...").
RELATIVE_WORDS = frozenset("який яка яке які котрий котра котре котрі который которая которое которые".split())
#: Words (an addressee) that may stand between a verb and the description after it.
MAX_WORDS_BEFORE_DESCRIPTION = 2
#: A noun with a Latin abbreviation before it ("HR-менеджерка", "IT-фахівець", "PR-директор").
LATIN_PREFIXED_NOUN = re.compile(r"[A-Z]{2,4}-[а-яіїєґё][а-яіїєґёʼ'’]+")
#: "one of ...": a description that opens with a numeral ("один із членів комісії").
ONE_OF = frozenset("один одна одне одно одного одної одной".split())
#: The prepositions after :data:`ONE_OF` ("один із", "одного из").
ONE_OF_PREPOSITIONS = frozenset({"з", "із", "зі", "из", "изо"})
#: Those of :data:`ONE_OF` in the nominative.
ONE_OF_NOMINATIVE = frozenset("один одна одне одно".split())
#: Words before a described subject's adjectives and head that the dictionary reads as pronouns.
DESCRIPTION_OPENERS = ANOTHER_WORDS | ONE_OF_NOMINATIVE


def _opens_description(tokens: list, index: int, lang: str) -> bool:
    """Whether ``tokens[index]`` opens the description of an unnamed speaker: a common noun in
    the nominative, or "один із" / "одна из" before the group it belongs to."""
    word = tokens[index].text
    if LATIN_PREFIXED_NOUN.fullmatch(word):
        word = word.split("-", 1)[1]  # "HR-менеджерка", "IT-фахівець": the noun after the prefix
    if not word[1:].islower() or word[:1].isupper() and _nominative_first_name(word, lang):
        return False  # a name is no description ("Софія, яка попросила не називати її прізвища")
    if word.lower() in ONE_OF:
        return index + 1 < len(tokens) and tokens[index + 1].text.lower() in ONE_OF_PREPOSITIONS
    readings = nlp.parses(word, lang)
    if any(r.pos == "PREP" for r in readings):
        return False  # "Об этом рассказала ...": the preposition, not the river Ob
    # (or an adjective used as a noun: "Знакомый семьи")
    return any((r.pos == "NOUN" or r.pos == "ADJF" and "Subx" in r.tag) and "nomn" in r.tag for r in readings)


def _last_described(text: str, anchor: int, ctx: _Context) -> tuple[str, int] | None:
    """``(description, position)`` of the last speaker before ``anchor`` who asked not to be
    named ("Сотрудник одного из военкоматов, попросивший не называть его имени, говорит ..."):
    the noun phrase in the nominative that opens the sentence of the request."""
    start = max(0, anchor - ANTECEDENT_WINDOW)
    found = None
    for found in ANONYMITY_REQUEST.finditer(text, start, anchor):
        pass  # the last one
    if found is None:
        return None
    p_start, p_end = _paragraph_at(ctx, found.start())
    s_start, _ = _sentence_bounds(text, found.start(), p_start, p_end)
    if text[s_start:s_start + 1] in OPENING_QUOTE_MARKS:
        # a sentence that opens with the quotation: its words are the speech, not the speaker's
        # description ("«Воду нам (из скважины – ред.) привозят», — рассказал житель, ...")
        s_start = max(s_start, *(text.rfind(mark, s_start + 1, found.start()) + 1 for mark in CLOSING_QUOTE_MARKS))
    contacted = CONTACTED.search(text, s_start, found.start())
    reached = [full for pos, full in ctx.persons if contacted and contacted.end() <= pos < found.start()]
    if reached:
        # "Мы поговорили с координатором сети, который ... просит не называть его имени": the
        # person reached, as registered (:func:`_register_contacted`)
        return reached[0], found.start()
    tokens = _tokens(text, s_start, found.start())
    if any(_nominative_first_name(t.text, ctx.lang) for t in tokens[1:]):
        return None  # the speaker has a name ("Жительница Рыльска Ирина, попросившая не называть ее фамилию")
    if tokens and _nominative_first_name(tokens[0].text, ctx.lang) \
            and all(nlp.morph_form(t.text) in RELATIVE_WORDS for t in tokens[1:]):
        return tokens[0].text, found.start()  # a first name alone ("Софія, яка попросила не називати її прізвища")
    for index, token in enumerate(tokens[:MAX_SOURCE_WORDS]):
        if _outlet_noun(token.text, ctx.lang) or nlp.lemma(token.text, ctx.lang) in NEWSROOM_NOUNS \
                or nlp.morph_form(token.text) in NEWSROOM_SUBJECT_WORDS:
            # "Редакция связалась с жительницей ..., которая ...", "Наш корреспондент поговорил с
            # ...": the outlet and its reporter, not the speaker
            continue
        if _opens_description(tokens, index, ctx.lang) and (
                token.text.lower() in ONE_OF or nlp.lemma(token.text, ctx.lang) in _sources_by_first_lemma(ctx.lang)
                or any(r.pos == "NOUN" and "anim" in r.tag for r in nlp.parses(token.text.split("-")[-1], ctx.lang))
                or _description_noun(token.text, ctx)):  # (an adjective used as a noun: "Знакомый семьи")
            # (a person or a source: not "Інший досвід описала HR-менеджерка ...")
            if index + 1 < len(tokens) and _nominative_adjective(token.text, ctx.lang) \
                    and text[token.end:tokens[index + 1].start] == " " and _opens_description(tokens, index + 1, ctx.lang) \
                    and _agrees_as_noun(token.text, tokens[index + 1].text, ctx.lang):
                # an adjective that is also a noun before its noun: "Военный медик" (not before a
                # genitive: "Знакомый семьи")
                continue
            phrase = _source_phrase(text, tokens, index, 1, ctx.lang)
            first = index  # with the adjectives before it: "Местный депутат, пожелавший ..."
            while first > 0 and not text[tokens[first - 1].end:tokens[first].start].strip() \
                    and _nominative_adjective(tokens[first - 1].text, ctx.lang):
                first -= 1
            # its position is that of the request: a name inside the description ("Побратим
            # Юрія, який попросив ...") is mentioned before it
            if first < index:  # in the nominative already: as written, from lower case
                surface = text[tokens[first].start:phrase[-1].end]
                return surface[:1].lower() + surface[1:], found.start()
            return _source_name(text, phrase, ctx.lang), found.start()
    # "Мы поговорили с владелицей магазина на Камброде, которая ... попросила не называть её
    # имени": the description before the relative clause, in whatever case, put in the nominative
    relative = RELATIVE_AFTER_COMMA.search(text, s_start, found.start())
    if relative:
        before = _tokens(text, s_start, relative.start())
        for index in range(len(before) - 1, max(-1, len(before) - 1 - MAX_SOURCE_WORDS), -1):
            if before[index].text.islower() and nlp.lemma(before[index].text, ctx.lang) in ctx.descriptions:
                phrase = _source_phrase(text, before, index, 1, ctx.lang)
                if phrase[-1] is before[-1]:
                    return _source_name(text, phrase, ctx.lang), found.start()
                break
    return None


#: The outlet's own staff as a sentence's subject ("Редакція звʼязалася з ..."): never the speaker.
NEWSROOM_NOUNS = frozenset({"редакція", "редакция"})
#: Possessives of a third person before a noun ("його редакція", "ее редакция").
THIRD_PERSON_POSSESSIVES = frozenset(POSSESSIVE_GENDER) | {"їхня", "їхній", "їхнє", "їхні"}
#: A relative clause opened after a comma ("..., яка попросила", "..., который попросил").
RELATIVE_AFTER_COMMA = re.compile(r",[ \t]+(?:який|яка|яке|які|который|которая|которое|которые)\b", re.IGNORECASE)


def _only_plural(word: str, lang: str) -> bool:
    """Whether every reading of ``word`` is plural: a description of a group ("військові РФ
    називали це ..."), not of the one person named before."""
    readings = nlp.parses(word, lang)
    return bool(readings) and all("plur" in r.tag for r in readings)


def _nominative_adjective(word: str, lang: str) -> bool:
    """Whether ``word`` reads first as an adjective in the nominative, not a possessive
    ("Местный" in "Местный депутат", not "ее" in "ее соседка")."""
    readings = nlp.parses(word, lang)
    # any reading, not only the best: "Літній" reads first as a dative of "літний"
    return not any("Apro" in r.tag for r in readings) and any(
        r.pos == "ADJF" and "nomn" in r.tag for r in readings)


def _oblique_first_name(word: str, lang: str) -> bool:
    """Whether every singular first-name reading of ``word`` is in an oblique case ("Максима",
    though "максима" is also a common noun; "Феодосії", though "the Feodosias" is a plural):
    "однокласниця Максима | Соломія", "мер Феодосії | Артем Гулєв" are two words of two names."""
    names = [g for g in _grammemes(word, lang) if "Name" in g and "plur" not in g]  # one person's name
    return bool(names) and not any("nomn" in g for g in names)


def _may_be_nominative(word: str, lang: str) -> bool:
    """Whether a word may be a name in the nominative: anything but a first name the dictionary
    knows only in another case ("Ніною"); surnames are left alone, the dictionary misses many."""
    readings = list(nlp.parses(word, lang))
    return not readings or any("nomn" in r.tag for r in readings) or not all("Name" in r.tag for r in readings)


#: "There" as the subject of a reporting verb, right before it ("Там же сообщили", "Там також
#: пообіцяли"): the body named before.
THERE_BEFORE_CUE = re.compile(r"(?<![\w-])[Тт]ам(?:[ \t]+(?:же|ж|само|також|также|теж|тоже|ще|ещё|еще))?[ \t]+$")
#: Statement nouns of a post on a channel or page ("– говорится в посте", "У дописі йдеться").
POST_NOUNS = frozenset({"допис", "пост"})


def _previous_sentence_body(text: str, pos: int, ctx: _Context, *, after_verb: bool = False
                            ) -> tuple[str, str] | None:
    """``(name, surface)`` of the institution that speaks in the sentence before ``pos`` (the
    subject of its first reporting verb: "В Кремле санкции назвали «...». | Там же заверили"),
    or None when a person (a name the article registered) or nobody speaks there. With
    ``after_verb``, a subject after the verb counts too ("Об этом сообщило правительство края")."""
    back = pos
    while back > 0 and text[back - 1] in " \t\n":
        back -= 1
    if back == 0:
        return None
    p_start, p_end = _paragraph_at(ctx, back - 1)
    s_start, _ = _sentence_bounds(text, back - 1, p_start, p_end)
    cue = find_cue(text, s_start, back, ctx)
    if cue is None:
        return None
    found = attribute(text, s_start, cue[2], ctx, anchor=s_start)  # the subject before its verb
    if after_verb and not (found and found[0] and found[1]):
        found = attribute(text, s_start, back, ctx, anchor=s_start)
    if not found or not found[0] or not found[1] or any(full == found[0] for _, full in ctx.persons):
        return None
    return found[:2]


def _main_verb_before_gerund(text: str, start: int, cue_start: int, cue_end: int, lang: str
                             ) -> tuple[int, int] | None:
    """``(start, end)`` of the finite verb of the clause that a gerund cue follows after a comma
    ("Посольство России отреагировало в Telegram, | назвав ..."), or None."""
    if nlp.best_parse(text[cue_start:cue_end], lang).pos != "GRND":
        return None
    comma = text.rfind(",", start, cue_start)
    if comma < 0 or text[comma + 1:cue_start].strip():
        return None
    for token in reversed(_tokens(text, start, comma)):
        if any(r.pos == "VERB" and "infn" not in r.tag for r in nlp.parses(token.text, lang)):
            return token.start, token.end
    return None


def _institution(text: str, start: int, end: int, ctx: _Context, cue: tuple[str, int, int],
                 anchor: int) -> tuple[str, str] | None:
    """``(name in the nominative, surface)`` of an institution speaking in ``text[start:end]``:
    the name after a statement noun ("– йдеться в заяві Генштабу ЗСУ", "говорится в сообщении
    Оперативного командования «Юг»"), as the subject of the reporting verb ``cue`` before or
    right after it (see :func:`_institution_subject`; "– повідомила СБУ"), or after "у"/"в"
    just before or just after a reporting verb in the plural ("У МЗС заявили", "– повідомили в
    Міністерстві охорони здоровʼя", "сообщили в департаменте культурного наследия"). A name
    has a capital letter (a name or an abbreviation) or an institution noun at its head
    (``lexicons/institution_nouns.csv``). A bare institution noun after a statement noun ("у
    заяві відомства", "в коментарі міністерства") refers back to the institution named last
    before the quote at ``anchor`` (see :func:`_antecedent_institution`). "Там (же)" opening the
    sentence before the verb refers back to the institution named last as well ("Там же
    сообщили", "Там пообіцяли")."""
    there = THERE_BEFORE_CUE.search(text, start, cue[1])
    if there and _sentence_initial(text, there.start()):
        previous = _previous_sentence_body(text, there.start(), ctx)
        if previous:
            return previous
    tokens = _tokens(text, start, end)
    statements = load_statement_nouns()
    following = [t for t in tokens if t.start >= cue[2]][:1]
    if " " in cue[0] and following and following[0].text.islower() \
            and nlp.lemma(following[0].text, ctx.lang) in ctx.descriptions \
            and not (_staff_noun(following[0].text, ctx.lang) and _plural(following[0].text, ctx.lang)):
        return None  # "за словами слідчої": a person described, not an institution (but "як
        # зазначили аналітики ISW": the staff of a body)
    for index, token in enumerate(tokens[1:], start=1):
        if nlp.morph_form(tokens[index - 1].text) in LOCATIVE_PREPOSITIONS \
                and _outlet_noun(token.text, ctx.lang, "article"):
            named = _last_outlet(text, anchor, ctx)  # "– йдеться в матеріалі": the outlet's article
            if named:
                return named, named
            # no outlet named: the publication of the body named last, unless a person was
            # named after it ("Военный комиссариат ... призвал ... – говорится в публикации")
            last = _last_institution(text, anchor, None, ctx.lang)
            if last and not any(last[2] < pos < anchor for pos, _ in ctx.persons):
                return last[:2]
    if cue[0] in IMPERSONAL_STATEMENT_CUES and len(following) == 1:
        words = [t for t in tokens if t.start >= cue[2]][:2]
        if len(words) == 2 and nlp.morph_form(words[0].text) in LOCATIVE_PREPOSITIONS \
                and nlp.morph_form(words[1].text) in STATEMENT_PRONOUNS:
            # "– ідеться в ньому" after "Генштаб оприлюднив зведення": the statement just named,
            # of the body named last, unless a person was named after it
            last = _last_institution(text, anchor, None, ctx.lang)
            if last and not any(last[2] < pos < anchor for pos, _ in ctx.persons):
                return last[:2]
    for index, token in enumerate(tokens):
        possessive = POSSESSIVE_GENDER.get(nlp.morph_form(tokens[index - 1].text), "") if index else ""
        if possessive != "" and _is_platform(token.text) and tokens[index - 1].start >= start:
            # "В его Telegram-канале написали:": the channel of the body or person named last
            # (a person of the possessive's gender)
            last = _last_institution(text, anchor, None, ctx.lang)
            person = _nearest_person(anchor, ctx, possessive)
            person_at = max((pos for pos, full in ctx.persons if full == person and pos < anchor), default=-1)
            if last and last[2] > person_at:
                return last[:2]
    for index, token in enumerate(tokens):
        if "-" in token.text and _is_platform(token.text) and index + 1 < len(tokens) and not any(
                nlp.morph_form(t.text) in PRONOUNS or nlp.morph_form(t.text).startswith(OWN_STEM)
                for t in tokens[:index] if t.start >= cue[2]):
            # "– йдеться в Telegram-каналі СБУ": the channel is where its owner's statement stands
            # (not "– сказав він в ефірі YouTube-каналу «...»": a subject is named)
            found = _named_or_antecedent(text, tokens, index, ctx, anchor, ("gent",))
            if found:
                return found
        if (ctx.lang, nlp.lemma(token.text, ctx.lang)) in statements or (
                cue[0] in IMPERSONAL_STATEMENT_CUES and index and nlp.morph_form(tokens[index - 1].text) in LOCATIVE_PREPOSITIONS
                and not nlp.lemma_set(token.text, ctx.lang).isdisjoint(DECISION_NOUNS)):
            # (a decision is a statement only where it speaks: "В решении говорится", not "рішення
            # суду назвали")
            possessive = POSSESSIVE_GENDER.get(nlp.morph_form(tokens[index - 1].text), "") if index else ""
            if possessive != "" and tokens[index - 1].start > cue[2] - 1:
                # "– ідеться в його дописі": the post of the person named last (of that gender)
                person = _nearest_person(anchor, ctx, possessive)
                if person:
                    return person, tokens[index - 1].text
            # the statement's owner is in the genitive ("у заяві Генштабу"), not the outlet it was
            # given to ("В комментарии «Одесской волне»", "в коментарі BBC")
            given_to = nlp.lemma(token.text, ctx.lang) in GIVEN_TO_OUTLET_NOUNS and index + 1 < len(tokens) \
                and LATIN_NAME.fullmatch(tokens[index + 1].text) is not None
            found = None if given_to else _named_or_antecedent(text, tokens, index + 1, ctx, anchor, ("gent",),
                                                               strict_case=True)
            if found:
                return found
            owner = load_statement_owners().get((ctx.lang, nlp.lemma(token.text, ctx.lang)), "")
            in_it = index and nlp.morph_form(tokens[index - 1].text) in LOCATIVE_PREPOSITIONS
            found = _antecedent_institution(text, anchor, owner, ctx.lang) \
                if owner and in_it and cue[0] not in QUOTING_CUES else None
            if found:
                return found  # "У вироку зазначено:": the court named last, whoever was named since
            between = [t for t in tokens if t.start > token.end and t.end <= cue[1]]
            subject = _institution_subject(text, between, cue[1], ctx.lang) if between else ""
            if subject:
                return subject, subject  # "У відповіді на запит обласне управління ... пообіцяло"
            if not _name_runs(text, tokens[index].end, end, ctx.lang):
                # "– йдеться в повідомленні (в Telegram)": the statement of the institution named
                # last, unless a person was named after it; a post ("– говорится в посте") may be
                # that of a channel named since
                last = _last_institution(text, anchor, None, ctx.lang)
                channel = _last_outlet(text, anchor, ctx) if nlp.lemma(token.text, ctx.lang) in POST_NOUNS else None
                channel_at = text.rfind(channel, 0, anchor) if channel else -1
                if channel and (last is None or channel_at > last[2]) \
                        and not any(channel_at < pos < anchor for pos, _ in ctx.persons):
                    return channel, channel
                if last and not any(last[2] < pos < anchor for pos, _ in ctx.persons):
                    return last[:2]
            if cue[0] in IMPERSONAL_STATEMENT_CUES and in_it and not owner \
                    and not _genitive_follows(text, tokens, index, ctx.lang):
                # "Про затримання відомство повідомило у своєму Telegram-каналі. | «...», – йдеться
                # в повідомленні": the body that the sentence before the quote says spoke
                opening = anchor
                while opening > 0 and text[opening - 1] in "«„“\"":
                    opening -= 1  # (the quote's own opening mark is no sentence before it)
                # (only when nothing follows the noun: "в заяві TikTok" names its owner)
                # (or only the request it answered: "– говорится в ответе на запрос редакции")
                bare = index + 1 == len(tokens) or REQUEST_PHRASE.fullmatch(text, token.end, tokens[-1].end)
                previous = _previous_sentence_body(text, opening, ctx, after_verb=True) if bare else None
                if previous:
                    return previous
                # the same statement named before with its owner ("Официальный ответ администрации
                # звучит оптимистичнее. «...», — говорится в ответе")
                earlier = _statement_owner_before(text, opening, nlp.lemma(token.text, ctx.lang), ctx, anchor) if bare else None
                if earlier:
                    return earlier
                # "– йдеться в наказі", "– говорится в акте о расстреле": with no body or author
                # named, the document speaks for itself, not a person named near it
                phrase = _source_phrase(text, tokens, index, 1, ctx.lang)
                return _source_name(text, phrase, ctx.lang), text[phrase[0].start:phrase[-1].end]
    _, cue_start, cue_end = cue
    before = [t for t in tokens if t.end <= cue_start]
    named = OUTLET_BEFORE_CUE.search(text, start, cue_start)
    if named and _outlet_before_cue(named, ctx.lang):
        return named.group("name"), named.group("name")
    quoted = QUOTED_NAME_SUBJECT.search(text, start, cue_start)
    kept = _without_adverbials(text, before, cue_start, ctx.lang) if not quoted and before else before
    if len(kept) < len(before):
        # "Фракція «...» після голосування написала": past a time or an adverb before the verb
        quoted = QUOTED_NAME_SUBJECT.search(text, start, before[len(kept)].start)
    if quoted and (_sentence_initial(text, quoted.start()) or _described_before(ctx, quoted.start())
                   or _after_opening_time(text, start, quoted.start(), ctx.lang)
                   # "ТОВ «Сіверський механічний завод» повідомило": a company's legal form first
                   or LEGAL_FORM_BEFORE.search(text, max(start, quoted.start() - MAX_LEGAL_FORM_CHARS), quoted.start())
                   and _sentence_initial(text, text.rfind(" ", 0, quoted.start() - 1) + 1)) \
            and not _plural(text[cue_start:cue_end], ctx.lang):
        # "«Укрзалізниця» у своєму Telegram-каналі повідомила:": a name in quote marks opening
        # the sentence is the subject
        return _genitive_name_after_noun(text, quoted, ctx.lang) or quoted.group("name"), quoted.group("name")
    latin = LATIN_NAME_BEFORE_CUE.search(text, start, cue_start)
    if latin and cue[0] not in QUOTING_CUES and not any(
            _is_platform(word) for word in latin.group("latin").split()):
        return latin.group("latin"), latin.group("latin")
    subject = _institution_subject(text, before, cue_start, ctx.lang)
    clause = next((m for m in RELATIVE_CLAUSE_BEFORE_CUE.finditer(text, start, cue_start)
                   if m.end() == cue_start or _platform_phrase(text[m.end():cue_start])), None) \
        or _participle_clause(text, start, cue_start, ctx.lang)
    if not subject and clause:
        # "Фонд «Крила дитинства», який оплатив путівки, написав": the subject before the clause
        earlier = [t for t in before if t.end <= clause.start()]
        subject = _institution_subject(text, earlier, clause.start(), ctx.lang)
    if subject:
        return subject, subject
    if len(before) > 3 and tuple(nlp.morph_form(t.text) for t in before[-3:]) in ADVERBIAL_TRIPLES \
            and not text[before[-1].end:cue_start].strip():
        cue_start, before = before[-3].start, before[:-3]  # "міськради | з цього приводу | повідомили"
    if before and _heads_institution(before[-1].text, ctx.lang) and not text[before[-1].end:cue_start].strip() \
            and (len(before) < 2 or nlp.best_parse(before[-2].text, ctx.lang).pos != "ADJF"
                 or nlp.morph_form(before[-2].text) in INTENSIFYING_PRONOUNS):
        # a bare institution noun as the subject ("штаб уточнил", "відомство повідомило") refers
        # back to the institution named before
        found = _antecedent_institution(text, anchor, nlp.lemma(before[-1].text, ctx.lang), ctx.lang)
        if found:
            return found
    outlet = QUOTED_NAME_AFTER_CUE.match(text, cue_end, end)
    # (not after "в коментарі", "в интервью": the outlet given the comment is no speaker)
    if outlet and cue[0] not in QUOTING_CUES and cue[0].split()[0] not in ADDRESSEE_CUE_PREPOSITIONS:
        return outlet.group("name"), outlet.group("name")  # "– пише «Вечірній Дніпро»"
    outlet = _outlet_after_cue(text, cue_end, end, ctx.lang) if cue[0] not in QUOTING_CUES else None
    if outlet:
        return outlet, outlet  # "– пише британський тижневик The Northbridge Review", "– повідомляє Reuters"
    after = [t for t in tokens if t.start >= cue_end]
    # "у своєму Telegram-каналі": the possessive before the platform
    own = int(len(after) >= 2 and nlp.morph_form(after[1].text).startswith(OWN_STEM))
    past_platform = len(after) >= 3 + own and nlp.morph_form(after[0].text) in PLATFORM_PREPOSITIONS \
        and _is_platform(after[1 + own].text) and not text[after[1 + own].end:after[2 + own].start].strip() \
        and "nomn" in nlp.best_parse(after[2 + own].text, ctx.lang).tag
    if past_platform:
        # "– написало в Telegram правительство края": where it wrote, then who (not the page's
        # owner in the genitive: "– написали в Telegram горсовета")
        after = after[2 + own:]
    if len(after) >= 2 and nlp.lemma(after[0].text, ctx.lang) in ctx.descriptions \
            and after[1].text.islower() and _outlet_noun(after[1].text, ctx.lang):
        # "– пишет корреспондент издания": the outlet's own reporter writes for the outlet
        named = _last_outlet(text, anchor, ctx)
        if named:
            return named, named
    for i, token in enumerate(before):
        if nlp.lemma(token.text, ctx.lang) in NEWSROOM_NOUNS and (
                i and nlp.morph_form(before[i - 1].text) in THIRD_PERSON_POSSESSIVES
                or i + 1 < len(before) and _outlet_noun(before[i + 1].text, ctx.lang)):
            # "Его редакция распространила заявление", "Редакция издания ...": the newsroom of the
            # outlet named last, not the reporting outlet's own
            named = _last_outlet(text, anchor, ctx)
            if named:
                return named, named
    near = after[:1] + before[-1:]
    if any(t.text.islower() and _outlet_noun(t.text, ctx.lang) and any(
            "nomn" in r.tag for r in nlp.parses(t.text, ctx.lang)) for t in near):
        # "– отмечает издание", "Як зазначає видання,": the outlet named last before the quote
        # (not one told: "нашому виданню відповіли")
        named = _last_outlet(text, anchor, ctx)
        if named:
            return named, named
    if any(t.text.islower() and nlp.lemma(t.text, ctx.lang) in CHANNEL_NOUNS
           for t in after[:MAX_WORDS_BEFORE_DESCRIPTION + 1] + before[-MAX_WORDS_BEFORE_DESCRIPTION:]):
        # "– написали администраторы канала", "Администраторы канала написали:": the channel
        # named before speaks; "– написал канал «...»": the channel named right there
        for token in after[:MAX_WORDS_BEFORE_DESCRIPTION + 1]:
            own = QUOTED_NAME_AFTER.match(text, token.end) if nlp.lemma(token.text, ctx.lang) in CHANNEL_NOUNS else None
            if own:
                return own.group("name"), own.group("name")
        channel = _last_before(CHANNEL_NAMED, text, anchor)
        if channel:
            return channel.group("name"), channel.group("name")
    if len(after) > 1 and not text[cue_end:after[0].start].strip() and after[0].text[:1].isupper() \
            and not cue[0].startswith(GENITIVE_CUE_PREFIXES) and _is_abbreviation(after[1].text) \
            and not text[after[0].end:after[1].start].strip():
        abbreviated = _adjectives_and_abbreviation(after[:2], ctx.lang)
        if abbreviated:
            return abbreviated, abbreviated  # "– повідомила Сумська ОВА"
    if after and (past_platform or not text[cue_end:after[0].start].strip()) and (
            _names_institution(after[0].text, ctx.lang) or _heads_institution(after[0].text, ctx.lang)
            or _adjective_opens_institution(text, after, ctx.lang, case="gent" if cue[0].startswith(GENITIVE_CUE_PREFIXES) else "nomn")):
        words = _name_words(text, after, 0, ctx.lang)  # "– повідомила СБУ", "– заявило Міністерство оборони"
        if words and cue[0].startswith(GENITIVE_CUE_PREFIXES):
            # after "за даними", "по данным" the name is in the genitive
            return _institution_nominative(text, words, ctx.lang, ("gent",)), _surface(text, words)
        if words:
            return _surface(text, words), _surface(text, words)
        if after[0].text.islower():  # "– уточнив штаб": the institution named before
            found = _antecedent_institution(text, anchor, nlp.lemma(after[0].text, ctx.lang), ctx.lang)
            if found:
                return found
    if len(after) > 2 and nlp.morph_form(after[0].text) in PUBLICATION_PREPOSITIONS \
            and nlp.lemma(after[1].text, ctx.lang) in PUBLICATION_PLACES and not text[cue_end:after[0].start].strip():
        return _named_or_antecedent(text, after, 0, ctx, anchor, ("loct", "datv"))  # "– йдеться на сайті ОВА": the site's owner
    if not _plural(text[cue_start:cue_end], ctx.lang):
        return None  # "у Харкові сказав він": a person speaks, in a place
    if any(nlp.morph_form(t.text) in THERE_WORDS for t in before[-1:] + after[:1]):
        # "– запевнили там", "Там уточнили:": the institution named last before the quote
        last = _last_institution(text, anchor, None, ctx.lang)
        if last:
            return _fullest_institution(text, last, ctx.lang)
    for index, token in enumerate(before[:-1]):
        if _sentence_initial(text, token.start) and _plural(token.text, ctx.lang) \
                and _staff_noun(token.text.lower(), ctx.lang) and not text[token.end:before[index + 1].start].strip():
            # "Енергетики компанії «ДніпроЕнергоМережі» повідомили": the staff of a body named
            # right after them, opening the sentence as its subject, speak for it ("У Міністерстві
            # енергетики" is no staff)
            found = _named_or_antecedent(text, before, index + 1, ctx, anchor, ("gent",), strict_case=True)
            if found:
                return found
            break
    if len(after) > 1 and after[0].text.islower() and _plural(after[0].text, ctx.lang) \
            and not text[cue_end:after[0].start].strip() and not text[after[0].end:after[1].start].strip() \
            and _staff_noun(after[0].text, ctx.lang):
        # "Як зазначили аналітики ISW", "– пишуть експерти інституту": the body named right after
        # the staff after the verb
        found = _named_or_antecedent(text, after, 1, ctx, anchor, ("gent",), strict_case=True)
        if found:
            return found
    staff = [t for t in after[:1] + before[-1:] if t.text.islower()
             and (ctx.lang, nlp.lemma(t.text, ctx.lang)) in load_staff_nouns()]
    if staff:
        # "– додали правоохоронці": the service named last speaks, else the staff as described
        last = _last_institution(text, anchor, None, ctx.lang)
        return _fullest_institution(text, last, ctx.lang) if last else (staff[0].text, staff[0].text)
    for index in range(len(before) - 1, -1, -1):
        if index + 2 < len(before) and nlp.morph_form(before[index].text) in PUBLICATION_PREPOSITIONS \
                and nlp.lemma(before[index + 1].text, ctx.lang) in PUBLICATION_PLACES \
                and _sentence_initial(text, before[index].start):
            # "На странице | Харьковского городского совета | в Facebook написали": the page's owner
            found = _named_or_antecedent(text, before, index, ctx, anchor, ("gent",), strict_case=True)
            if found:
                return found
            break
        if nlp.morph_form(before[index].text) in LOCATIVE_PREPOSITIONS:
            if index + 1 < len(before) and _is_platform(before[index + 1].text) and "-" not in before[index + 1].text:
                continue  # "У Міністерстві охорони здоров'я | у Facebook | написали"
            if index > 0 and index + 1 < len(before) and nlp.morph_form(before[index + 1].text) in NAME_PHRASE_AFTER_PREPOSITION:
                continue  # "У Міністерстві | у справах ветеранів | написали": inside the name
            if index > 0 and _is_abbreviation(before[index - 1].text) and index + 1 < len(before) \
                    and before[index + 1].text[:1].isupper():
                continue  # "У Головному управлінні ДСНС | у Полтавській області": the region is in the name
            if index + 1 < len(before) and before[index + 1].text[:1].isupper() \
                    and not _names_institution(before[index + 1].text, ctx.lang) and any(
                        nlp.morph_form(before[i].text) in LOCATIVE_PREPOSITIONS
                        and _heads_name(before[i + 1].text, ctx.lang, None) for i in range(index - 1)):
                continue  # "У Посольстві України | у Фінляндії | заявили": where the body is, in its name
            first = index + 1
            if first + 2 < len(before) and SO_CALLED_BEFORE_NAME.fullmatch(text, before[first].start, before[first + 1].end):
                first += 2  # "В так называемом | правительстве Севастополя": the body, not the distance
            words = _name_words(text, before, first, ctx.lang)
            owner = _press_office_owner(text, words, ctx.lang) if words and _next_to_cue(text, before, words[-1], cue_start, ctx.lang) else None
            if owner:
                return owner  # "Як зазначили в пресслужбі підприємства": the body named before
            if nlp.morph_form(cue[0]) in load_naming_cues():
                words = _without_object(words, ctx.lang)
            if words and _next_to_cue(text, before, words[-1], cue_start, ctx.lang):
                rest = before[before.index(words[-1]) + 1:]
                if rest and nlp.best_parse(rest[0].text, ctx.lang).pos == "PREP" \
                        and nlp.morph_form(rest[0].text) not in TOPIC_PREPOSITIONS and not any(
                        _is_platform(t.text) for t in rest[1:]) and not REQUEST_PHRASE.fullmatch(
                        text, words[-1].end, cue_start):
                    words = words + _oblique_phrase(rest, ctx.lang)  # "ГУ МВД | по Москве" (not "у Facebook")
                return _institution_nominative(text, words, ctx.lang, ("loct", "datv")), _surface(text, words)
            if not words and _next_to_cue(text, before, before[index + 1] if index + 1 < len(before) else before[index],
                                          cue_start, ctx.lang):
                return _named_or_antecedent(text, before, index + 1, ctx, anchor, ("loct", "datv"))
            break
    if after and nlp.morph_form(after[0].text) in LOCATIVE_PREPOSITIONS and not text[cue_end:after[0].start].strip():
        return _named_or_antecedent(text, after, 1, ctx, anchor, ("loct", "datv"))
    return None


#: How far back the same statement noun with its owner is looked for.
STATEMENT_ANTECEDENT_CHARS = 400


def _statement_owner_before(text: str, position: int, lemma: str, ctx: _Context, anchor: int
                            ) -> tuple[str, str] | None:
    """The owner named in the genitive after the same statement noun (``lemma``) last used
    before ``position`` (:data:`STATEMENT_ANTECEDENT_CHARS` back), or None."""
    tokens = _tokens(text, max(0, position - STATEMENT_ANTECEDENT_CHARS), position)
    for index in range(len(tokens) - 2, -1, -1):
        if nlp.lemma(tokens[index].text, ctx.lang) == lemma and not text[tokens[index].end:tokens[index + 1].start].strip():
            return _named_or_antecedent(text, tokens, index + 1, ctx, anchor, ("gent",), strict_case=True)
    return None


def _press_office_owner(text: str, words: list, lang: str) -> tuple[str, str] | None:
    """The ministry or agency named before that a press office of a bare generic noun speaks for
    ("Пресс-служба ведомства", "у пресслужбі міністерства"), or None."""
    if len(words) != 2 or nlp.lemma(words[0].text, lang) not in PRESS_OFFICE_NOUNS or not words[1].text.islower():
        return None
    head = nlp.lemma(words[1].text, lang)
    if head not in GENERIC_INSTITUTION_NOUNS | MINISTRY_NOUNS:
        return None  # (a court's or a company's press office keeps its own name: "пресс-служба суда")
    found = _antecedent_institution(text, words[0].start, head, lang)
    return found[:2] if found else None


#: "So-called" before a body's name ("так званому уряді", "так называемом правительстве").
SO_CALLED_BEFORE_NAME = re.compile(r"(?:так|Так)[ \t]+(?:зван|называем)\w*")
#: The first words of cue phrases after which a name in quote marks is the outlet that received
#: the words ("В комментарии «Одесской волне» он сказал", "в інтервʼю «Суспільному»").
ADDRESSEE_CUE_PREPOSITIONS = frozenset({"в", "у", "во", "на"})


def _described_before(ctx: _Context, position: int) -> bool:
    """Whether the sentence opens at most :data:`MAX_DESCRIPTION_WORDS` words before ``position``
    with a common noun, perhaps after its adjectives, that describes the name in quote marks there
    ("Оператор розподільчих мереж «Причорноморські мережі» написав", "Украинский оператор
    «Энергоатом» назвал")."""
    s_start, _ = _sentence_bounds(ctx.text, position, *_paragraph_at(ctx, position))
    words = _tokens(ctx.text, s_start, position)
    if not 0 < len(words) <= MAX_DESCRIPTION_WORDS or not words[0].text[1:].islower() \
            or not all(t.text.islower() for t in words[1:]):
        return False
    head = 0
    while head < len(words) - 1 and nlp.best_parse(words[head].text, ctx.lang).pos == "ADJF":
        head += 1
    # (the head in the nominative: a time phrase before the name is no description, "Наступного дня
    # «…»"; an institution noun with adjectives is part of the name, "Страхова компанія «…»")
    return nlp.best_parse(words[head].text, ctx.lang).pos == "NOUN" and not _word_info(words[head].text, ctx.lang).person \
        and (head == 0 or any(not grammemes & OBLIQUE_CASES for grammemes in _grammemes(words[head].text, ctx.lang))
             and not _heads_name(words[head].text, ctx.lang, None))


#: Words of a description before a name in quote marks that opens a sentence.
MAX_DESCRIPTION_WORDS = 4


def _outlet_after_cue(text: str, cue_end: int, end: int, lang: str) -> str | None:
    """An outlet named right after a reporting verb, in quote marks or in Latin letters, after
    nothing or after a description ending in an outlet noun ("– пише челябінський портал «...»",
    "– пише британський тижневик The ...", "– повідомляє Reuters")."""
    match = OUTLET_AFTER_CUE.match(text, cue_end, end)
    if match is None:
        return None
    described = match.group("described").split()
    if described and (not _outlet_noun(described[-1], lang) or any(
            nlp.best_parse(word, lang).pos != "ADJF" for word in described[:-1])):
        return None
    if match.group("quoted"):
        return match.group("quoted") if described else None  # a bare «...» is QUOTED_NAME_AFTER_CUE's
    return match.group("latin").rstrip(".")


def _last_outlet(text: str, anchor: int, ctx: _Context) -> str | None:
    """The outlet named last before ``anchor``: with its noun ("видання The ...", "газета «...»"),
    or a Latin-script name as the subject of a reporting verb ("Rheinischer Morgenkurier пише")."""
    found = None  # (position, name)
    for match in OUTLET_NAMED.finditer(text, max(0, anchor - ANTECEDENT_WINDOW), anchor):
        if _outlet_noun(match.group("noun"), ctx.lang):
            found = (match.start(), match.group("quoted") or match.group("latin").rstrip("."))
    for match in LATIN_NAME_BEFORE_WORD.finditer(text, max(0, anchor - ANTECEDENT_WINDOW), anchor):
        if (found is None or match.start() > found[0]) and not _is_platform(match.group("latin")) \
                and nlp.lemma_set(match.group("verb"), ctx.lang) & ctx.cues.words:
            # (not where a body spoke: "в своем Telegram-канале призвал")
            found = (match.start(), match.group("latin"))
    for match in WORD_BEFORE_LATIN_NAME.finditer(text, max(0, anchor - ANTECEDENT_WINDOW), anchor):
        if (found is None or match.start("latin") > found[0]) and not _is_platform(match.group("latin")) \
                and nlp.lemma_set(match.group("verb"), ctx.lang) & ctx.cues.words:
            found = (match.start("latin"), match.group("latin").rstrip("."))
    return found[1] if found else None


def _next_to_cue(text: str, tokens: list, last, cue_start: int, lang: str) -> bool:
    """Whether nothing but spaces, quote marks and up to :data:`MAX_ADVERBS_BEFORE_CUE` adverbs
    stands between ``last`` (one of ``tokens``) and the verb ("В МИД России ранее заявили")."""
    between = tokens[tokens.index(last) + 1:]
    if between and (REQUEST_PHRASE.fullmatch(text, last.end, cue_start)
                    or PUBLICATION_PLACE_PHRASE.fullmatch(text, last.end, cue_start)
                    or ADDRESSEE_BEFORE_CUE.fullmatch(text, last.end, cue_start)
                    or RELATIVE_CLAUSE_BEFORE_CUE.fullmatch(text, last.end, cue_start)):
        return True  # "В администрации края на запрос издания ответили", "У ТЦК нашому виданню відповіли"
    if between and nlp.best_parse(between[0].text, lang).pos == "PREP" and len(between) > 1 \
            and between[1].text[:1].isupper() and all(
                t.text[:1].isupper() or nlp.best_parse(t.text, lang).pos == "NOUN" for t in between[2:]):
        # "В пресс-службе ГУ МВД по Москве назвали", "В ГУ МВД по Новосибирской области
        # заявили": the place is part of the name
        between = []
        last = tokens[-1]
    gap_end = between[0].start if between else cue_start
    if tuple(nlp.morph_form(t.text) for t in between) in ADVERBIAL_TRIPLES:
        between = []  # "У міськраді | з цього приводу | повідомили"
    if len(between) == 2 and nlp.morph_form(between[0].text) in TIME_PREPOSITIONS \
            and between[1].text.islower() and nlp.best_parse(between[1].text, lang).pos == "NOUN":
        between = []  # "У міській раді | після голосування | повідомили"
    if 2 <= len(between) <= MAX_TOPIC_WORDS + 1 and nlp.morph_form(between[0].text) in TOPIC_PREPOSITIONS and all(
            t.text.islower() and nlp.best_parse(t.text, lang).pos in ("NOUN", "ADJF") for t in between[1:]):
        between = []  # "У НАЗК | про результати перевірки | написали": what they wrote about
    between = between[_object_words(between, lang):]
    if len(between) > MAX_ADVERBS_BEFORE_CUE or not all(_adverbial(t.text, lang) for t in between):
        return False
    return not text[last.end:gap_end].strip(" \t«»\"")


#: Words of a plural verb's object that may stand between an institution and the verb ("У
#: Міноборони РФ удар назвали", "У МЗС цю заяву прокоментували").
MAX_OBJECT_WORDS_BEFORE_CUE = 3


#: Pronouns that stand as the object before a reporting verb with no subject of its own ("У МЗС
#: це назвали «...»").
OBJECT_PRONOUNS = frozenset("це його її їх это его ее её их".split())


def _object_words(tokens: list, lang: str) -> int:
    """How many of ``tokens`` form the object of a plural reporting verb after them: lower-case
    words that can be accusative and none of which can be the verb's subject (people in the
    plural: "У Харкові жителі сказали"), ending in a noun; 0 if they do not. The verb has no
    subject of its own there ("У МЗС атаки називають ..."), so things in the plural are objects."""
    if tokens and nlp.morph_form(tokens[0].text) in OBJECT_PRONOUNS:
        return 1  # "В МИД России это назвали", "У ТЦК його назвали"
    count = 0
    for token in tokens[:MAX_OBJECT_WORDS_BEFORE_CUE]:
        readings = _grammemes(token.text, lang)
        if not token.text.islower() or not any("accs" in g for g in readings) \
                or any({"plur", "nomn", "anim"} <= g for g in readings):
            break
        count += 1
        if any("NOUN" in g for g in readings):
            # with the genitives after it ("депортацію дітей назвали")
            while count < min(len(tokens), MAX_OBJECT_WORDS_BEFORE_CUE + 1) and tokens[count].text.islower() and any(
                    "gent" in g and ("NOUN" in g or "ADJF" in g) for g in _grammemes(tokens[count].text, lang)):
                count += 1
            return count
    return 0


def _oblique_phrase(tokens: list, lang: str) -> list:
    """A preposition and the words after it that may be in an oblique case: "по правам человека"
    of "по правам человека | процесс назвали" (the verb's object is no part of the name)."""
    end = 1
    while end < len(tokens) and any(g & OBLIQUE_CASES for g in _grammemes(tokens[end].text, lang)):
        end += 1
    return tokens[:end]


def _adverbial(word: str, lang: str) -> bool:
    """An adverb or an additive particle: a word that may stand between a subject and its verb."""
    return nlp.morph_form(word) in ADVERBIAL_PARTICLES or nlp.best_parse(word, lang).pos == "ADVB"


def _in_cases(words: list, cases: tuple[str, ...], lang: str) -> bool:
    """Whether the name ``words`` may stand in one of ``cases``: its first noun has a reading in
    one of them, or declines not at all (no case reading: an abbreviation, a foreign word)."""
    for token in words:
        if token.text.isupper():
            return True  # an abbreviation: "у заяві СБУ"
        nouns = [g for g in _grammemes(token.text, lang) if "NOUN" in g]
        if nouns:
            with_case = [g for g in nouns if not g.isdisjoint(ALL_CASES)]
            return not with_case or any(not g.isdisjoint(cases) for g in with_case)
    return True


def _may_own(text: str, channel, word, lang: str) -> bool:
    """Whether ``word`` after a platform word may be the channel's owner, in the genitive ("у
    Telegram-каналі СБУ", "каналі «Унеча сьогодні»"): not a word that cannot be genitive, the
    subject of the verb after it ("У своєму Telegram-каналі адміністрація школи написала")."""
    if text[channel.end:word.start].strip() or word.text.isupper() or not nlp.CYRILLIC_WORD.search(word.text):
        return True
    return not nlp.is_known(word.text, lang) or _may_be_genitive(word.text, lang)


def _may_be_genitive(word: str, lang: str) -> bool:
    """Whether ``word`` has a genitive reading; a word in lower case no name reading ("міська"
    is no genitive of a surname Місько)."""
    return any("gent" in g and not (word.islower() and PERSON_TAGS & g) for g in _grammemes(word, lang))


def _named_or_antecedent(text: str, tokens: list, first: int, ctx: _Context, anchor: int,
                         cases: tuple[str, ...], *, strict_case: bool = False) -> tuple[str, str] | None:
    """The institution named from ``tokens[first]`` (in the nominative; with ``strict_case``, only
    a name that may stand in one of ``cases``), or, when only a bare
    institution noun stands there ("відомства", "у Telegram-каналі штабу"), the one it refers
    back to (:func:`_antecedent_institution`), named before that noun ("У відомстві заявили, що
    підрозділи угруповання «Центр» «...»": not the group named after it)."""
    if first < len(tokens):
        anchor = min(anchor, tokens[first].start)
    if first + 2 < len(tokens) and nlp.morph_form(tokens[first].text) in PUBLICATION_PREPOSITIONS \
            and nlp.lemma(tokens[first + 1].text, ctx.lang) in PUBLICATION_PLACES:
        first += 2  # "в повідомленні на сайті міськради": the site's owner follows
    if first < len(tokens) and _is_platform(tokens[first].text):
        quoted = QUOTED_NAME_AFTER.match(text, tokens[first].end)
        if quoted:  # "Telegram-канал «Унеча сьогодні»": the channel's own name
            return _channel_owner_nominative(text, quoted, ctx.lang), quoted.group("name")
        # the owner of "у Telegram-каналі КМДА" is in the genitive; a name that cannot be is the
        # verb's subject ("У своєму Telegram-каналі адміністрація школи написала")
        cases = (*cases, "gent") if first + 1 >= len(tokens) or _may_own(text, tokens[first], tokens[first + 1], ctx.lang) \
            else ("nomn",)
    words = _name_words(text, tokens, first, ctx.lang)
    if len(words) == 1 and words[0].text[1:].islower() and _heads_name(words[0].text, ctx.lang, None):
        # "у заяві Офісу": a bare capitalised noun stands for the fuller name given before
        found = _antecedent_institution(text, words[0].start, nlp.lemma(words[0].text, ctx.lang), ctx.lang)
        if found and len(found[0].split()) > 1:
            return found
    if words and not any(ch.isupper() for t in words for ch in t.text) and any(
            nlp.lemma(t.text, ctx.lang) in GENERIC_INSTITUTION_NOUNS for t in words):
        # "у заяві військового відомства": a description of the institution named before
        found = _antecedent_institution(text, anchor, "відомство", ctx.lang)
        if found:
            return found
    if words and not any(ch.isupper() for t in words for ch in t.text):
        named = _capitalised_antecedent(text, words, anchor, ctx.lang)
        if named:  # "міської ради" after "Тернопільська міська рада"
            return named
        fuller = _fuller_mention(text, words, ctx.lang)  # "пресс-службы губернатора" named in full before
        if fuller:
            return _institution_nominative(text, fuller, ctx.lang, ALL_CASES), _surface(text, fuller)
    if words and strict_case and not _in_cases(words, cases, ctx.lang):
        return None  # "В комментарии «Одесской волне» он сказал": the addressee, not the owner
    if words and words[0].text[:1].isupper() and all(not t.text.isupper() for t in words) \
            and nlp.CYRILLIC_WORD.search(words[0].text):
        # a name's first words alone ("в дописі Меджлісу", "в Повітряних силах") after its full
        # name ("Меджліс кримськотатарського народу закликав", "У Повітряних силах ЗСУ"): the name
        # as introduced
        fuller = _fuller_mention(text, words, ctx.lang)
        # (a whole name: not one cut before a first name, "Офісу Уповноваженого Верховної | Ради")
        if fuller and fuller[0].text[:1].isupper() and nlp.best_parse(fuller[-1].text, ctx.lang).pos != "ADJF":
            return _institution_nominative(text, fuller, ctx.lang, ALL_CASES), _surface(text, fuller)
    owner = _press_office_owner(text, words, ctx.lang)
    if owner:
        return owner  # "в пресслужбі підприємства": the body named before
    if words:
        surface = _surface(text, words)
        # a name in quote marks the article wrote before in the nominative ("заявили в «Промо
        # Лайні»" after "агенція «Промо Лайн»")
        written = _written_earlier(text, words[0].start, surface) if text[words[0].start - 1:words[0].start] in "«„“\"" else None
        return written or _institution_nominative(text, words, ctx.lang, cases), surface
    if first < len(tokens) and _is_platform(tokens[first].text) and first + 1 < len(tokens):
        first += 1  # "у Telegram-каналі штабу": the channel's owner follows
    at = first  # "у повідомленні міської ради": the head after its lower-case adjectives
    while at < len(tokens) - 1 and at - first < MAX_LOWER_ADJECTIVES_IN_NAME and tokens[at].text.islower() \
            and nlp.best_parse(tokens[at].text, ctx.lang).pos == "ADJF":
        at += 1
    if at < len(tokens) and tokens[at].text.islower() and nlp.lemma(tokens[at].text, ctx.lang) in CHANNEL_NOUNS:
        channel = _last_before(CHANNEL_NAMED, text, anchor)  # "– говорится в посте канала"
        if channel:
            return channel.group("name"), channel.group("name")
    if at < len(tokens) and tokens[at].text.islower():
        # any reading: "ради" is also a form of "рад" and "радий"
        heads = sorted(h for h in nlp.lemma_set(tokens[at].text, ctx.lang) if (ctx.lang, h) in load_institution_nouns())
        if heads:
            found = _antecedent_institution(text, anchor, heads[0], ctx.lang)
            # "у повідомленні департаменту" after "У департаменті охорони здоровʼя міської ради";
            # "на сайті міськради" after "повідомила міська рада"; else the noun itself
            # ("– йдеться в повідомленні міськради": the city council, whatever its name)
            if not found and heads[0] not in GENERIC_INSTITUTION_NOUNS:
                abbreviation = _abbreviation_of(text, anchor, heads[0])
                if abbreviation and not _fuller_mention(text, tokens[first:at + 1], ctx.lang):
                    # "у телеграм-каналі бюро" after "У НАБУ нагадали"; with the adjectives it was
                    # named with ("У центрі запевнили" after "Вінницький обласний ТЦК та СП заявив")
                    return _abbreviation_mention(text, anchor, abbreviation, ctx.lang)
            fuller = None if found else _fuller_mention(text, tokens[first:at + 1], ctx.lang) \
                or _lower_case_mention(text, anchor, heads[0], ctx.lang) \
                or (None if heads[0] in GENERIC_INSTITUTION_NOUNS else tokens[first:at + 1])
            if found or not fuller:
                return found  # a generic "відомства" with nothing named before is nobody's
            name = _institution_nominative(text, fuller, ctx.lang, ALL_CASES)
            return COMPOUND_SPELLED_OUT.get(name, name), _surface(text, fuller)
    return None


def _capitalised_antecedent(text: str, words: list, anchor: int, lang: str) -> tuple[str, str] | None:
    """The institution named before ``anchor`` with a capital letter whose name holds every
    lemma of the lower-case name ``words`` ("Тернопільська міська рада" for "міської ради")."""
    institution_nouns = load_institution_nouns()
    heads = [r.lemma for t in words for r in nlp.parses(t.text, lang)
             if r.pos == "NOUN" and (lang, r.lemma) in institution_nouns]
    if not heads:
        return None
    found = _antecedent_institution(text, anchor, heads[-1], lang)
    if found is None:
        return None
    named = {lemma for word in nlp.tokenize_words(found[0]) for lemma in nlp.lemma_set(word, lang)}
    wanted = [nlp.lemma_set(t.text, lang) for t in words]
    return found if all(lemmas & named for lemmas in wanted) else None


def _adjectives_before(text: str, tokens: list, index: int, lang: str, *, lower_case: bool = False,
                       limit: int | None = None) -> int:
    """The index of the first of the adjectives (any non-possessive adjective reading) that run
    up to ``tokens[index]`` joined by spaces ("Дніпропетровського обласного | центру"); only
    lower-case ones with ``lower_case``, at most ``limit``; ``index`` when there are none."""
    first = index
    while first > 0 and (limit is None or index - first < limit) \
            and (not lower_case or tokens[first - 1].text.islower()) \
            and NAME_GAP.fullmatch(text, tokens[first - 1].end, tokens[first].start) \
            and any(r.pos == "ADJF" and "Apro" not in r.tag for r in nlp.parses(tokens[first - 1].text, lang)):
        first -= 1
    return first


def _lower_case_mention(text: str, anchor: int, head: str, lang: str) -> list | None:
    """The tokens of the last lower-case mention, in the :data:`ANTECEDENT_WINDOW` before
    ``anchor``, of an institution headed by ``head`` (or by the head of the compound ``head``:
    "рада" for "міськрада") with the adjectives before it: "міська рада" for a later
    "міськради" when the article never gave the council a capitalised name."""
    heads = {head, COMPOUND_HEADS.get(head, head)}
    tokens = _tokens(text, max(0, anchor - ANTECEDENT_WINDOW), anchor)
    for index in range(len(tokens) - 1, 0, -1):
        token = tokens[index]
        if not token.text.islower() or not any(r.pos == "NOUN" and r.lemma in heads for r in nlp.parses(token.text, lang)):
            continue
        first = _adjectives_before(text, tokens, index, lang, lower_case=True, limit=MAX_LOWER_ADJECTIVES_IN_NAME)
        if first < index:
            return tokens[first:index + 1]
    return None


def _fuller_mention(text: str, words: list, lang: str) -> list | None:
    """The tokens of an earlier, longer mention of a lower-case name (in the
    :data:`ANTECEDENT_WINDOW` before ``words``) that opens with the same lemmas: "пресс-службы
    губернатора" after "пресс-служба губернатора Новосибирской области"; the longest one wins."""
    short = _lemmas(words, lang)
    tokens = _tokens(text, max(0, words[0].start - ANTECEDENT_WINDOW), words[0].start)
    best = None
    for index, token in enumerate(tokens):
        if nlp.lemma(token.text, lang) == short[0] and _lemmas(tokens[index:index + len(short)], lang) == short:
            longer = _name_words(text, tokens, index, lang)
            # it ends before a person's name ("служби відновлення ... | Віталій Кириченко")
            cut = next((k for k in range(1, len(longer)) if longer[k].text[:1].isupper()
                        and _word_info(longer[k].text, lang).first_name), len(longer))
            longer = longer[:cut]
            # with the adjectives before it: "Дніпропетровського обласного | центру"
            longer = tokens[_adjectives_before(text, tokens, index, lang):index] + longer
            if len(longer) > len(short) and (best is None or len(longer) >= len(best)):
                best = longer
    return best


def _is_platform(word: str) -> bool:
    """A platform ("Telegram") or a compound naming a place on one ("Telegram-каналі")."""
    form = nlp.morph_form(word)
    return form in PLATFORM_NAMES or form.split("-")[0] in PLATFORM_NAMES and "-" in form


def _heads_institution(word: str, lang: str) -> bool:
    """A lower-case institution noun in the nominative ("– повідомила пресслужба ОВА")."""
    return word.islower() and any((lang, r.lemma) in load_institution_nouns()
                                  for r in nlp.parses(word, lang) if r.pos == "NOUN" and "nomn" in r.tag)


#: A description of an unnamed source between commas, by how close it is to the matter
#: ("Джерело, близьке до Офісу президента,", "источник, знакомый с ходом переговоров,").
SOURCE_APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?P<description>(?:близьк|близк|наближен|приближенн|обізнан|знайом|знаком|осведомлен"
    r"|поінформован|проинформированн|информированн)\w*[ \t]+[^,.;:!?«»\"\n]{1,80}?)(?=[ \t]*[,.;])", re.IGNORECASE)


def _described_source_name(text: str, phrase: list, length: int, lang: str) -> str:
    """:func:`_source_name` of an unnamed-source phrase, with the description between commas
    after a bare source (``length`` words, nothing more: "Источник, близкий к администрации
    президента, рассказал"; :data:`SOURCE_APPOSITION`)."""
    name = _source_name(text, phrase, lang)
    described = SOURCE_APPOSITION.match(text, phrase[-1].end) if len(phrase) == length else None
    return f"{name}, {_description_nominative(described.group('description'), lang)}" if described else name


def _description_nominative(description: str, lang: str) -> str:
    """A source's description (:data:`SOURCE_APPOSITION`) with its first word, an adjective or
    participle, in the nominative ("знакомого с расследованием" -> "знакомый с расследованием")."""
    first, _, rest = description.partition(" ")
    readings = [p for p in nlp.safe_parse(nlp.morph_analyzer(lang), nlp.morph_form(first))
                if p.tag.POS in ("ADJF", "PRTF")]
    if not readings or readings[0].tag.case == "nomn":
        return description
    inflected = readings[0].inflect({"nomn"})
    return f"{nlp.match_case(inflected.word, first)} {rest}" if inflected else description


def _anonymous_source(text: str, start: int, end: int, ctx: _Context, anchor: int,
                      cue: tuple[str, int, int]) -> tuple[str, str, int] | None:
    """``(speaker, surface, distance to the cue)`` of an unnamed source in ``text[start:end]``
    (``lexicons/anonymous_sources.csv``): the description with what it runs on with ("джерело в
    Офісі генпрокурора", "співрозмовник видання"); a bare one ("– сказало джерело") takes the
    fuller description of its last mention before ``anchor``. ``cue``: as :func:`find_cue`."""
    if not _source_stems(ctx.lang).search(text[start:end].lower()):
        return None  # most windows name no source: skip tokenising them
    tokens = _tokens(text, start, end)
    found = next(_source_matches(tokens, ctx.lang), None)
    if found is None:
        return None
    index, length = found
    phrase = _source_phrase(text, tokens, index, length, ctx.lang)
    speaker = None
    # a short description ("– сказало джерело", "— рассказал источник в штабе") takes the fuller
    # one it abbreviates from before the quote ("источник в штабе Московского военного округа")
    earlier = _tokens(text, max(0, anchor - ANTECEDENT_WINDOW), anchor)
    lemmas = _lemmas(tokens[index:index + length], ctx.lang)
    # (not the mention itself, when the quote follows it: "По словам источника, «...»")
    same = [i for i, n in _source_matches(earlier, ctx.lang)
            if earlier[i].start < tokens[index].start and _lemmas(earlier[i:i + n], ctx.lang) == lemmas]
    if same:
        fuller = _source_phrase(text, earlier, same[-1], length, ctx.lang)
        if len(fuller) > len(phrase) and _lemmas(fuller[:len(phrase)], ctx.lang) == _lemmas(phrase, ctx.lang):
            phrase = fuller
    elif len(phrase) == length and lemmas[0] in INTERLOCUTOR_NOUNS:
            # "– сказал собеседник издания" after "Источник в полиции рассказал ...": that source
            last = _last_source(text, anchor, ctx.lang, ctx)
            speaker = last[0] if last else None
    named = NAME_IN_APPOSITION.match(text, phrase[-1].end)
    if named and _nominative_first_name(named.group("name"), ctx.lang):
        speaker = named.group("name")  # "– считает другой собеседник издания, Игорь": he has a name
    if speaker is None and lemmas[0] in INTERLOCUTOR_NOUNS and COMMA_BEFORE_LOWER.match(text, phrase[-1].end):
        # "— рассказал собеседник издания, проходчик одной из шахт": who the interlocutor is
        following = [t for t in tokens if t.start > phrase[-1].end]
        if following and _person_noun(following[0].text, ctx.lang) \
                and _nominative_singular_noun(following[0].text, ctx.lang):
            speaker = _source_name(text, _source_phrase(text, tokens, tokens.index(following[0]), 1, ctx.lang),
                                   ctx.lang)
    if speaker is None:
        speaker = _described_source_name(text, phrase, length, ctx.lang)
    distance = min(abs(tokens[index].start - cue[2]), abs(cue[1] - tokens[index + length - 1].end))
    return speaker, text[tokens[index].start:tokens[index + length - 1].end], distance


def _nominative_singular_noun(word: str, lang: str) -> bool:
    """Whether ``word`` may be a noun in the nominative singular ("проходчик", "інженерка")."""
    return any(r.pos == "NOUN" and "nomn" in r.tag and "plur" not in r.tag for r in nlp.parses(word, lang))


def _last_source(text: str, anchor: int, lang: str, ctx: _Context | None = None) -> tuple[str, int] | None:
    """``(description, position)`` of the unnamed source mentioned last in the
    :data:`ANTECEDENT_WINDOW` before ``anchor``; with ``ctx``, not one inside someone's quoted
    words ("«...проверить по источникам»" names no source)."""
    start = max(0, anchor - ANTECEDENT_WINDOW)
    if not _source_stems(lang).search(text[start:anchor].lower()):
        return None
    tokens = _tokens(text, start, anchor)
    found = None
    for match in _source_matches(tokens, lang):
        if ctx is None or not _inside_marks(ctx, tokens[match[0]].start):
            found = match  # the last one
    if found is None:
        return None
    index, length = found
    phrase = _source_phrase(text, tokens, index, length, lang)
    return _described_source_name(text, phrase, length, lang), tokens[index].start


def _one_of_group_title(text: str, tokens: list, index: int, lang: str) -> str | None:
    """``"офицер разведки одной из бригад"`` for a title at ``tokens[index]`` whose genitives name
    one of a group ("одной из бригад", "одного з підрозділів"), in the nominative with its first
    letter in lower case; None otherwise."""
    phrase = _source_phrase(text, tokens, index, 1, lang)
    words = [nlp.morph_form(t.text) for t in phrase]
    if not any(w in ONE_OF and nxt in ONE_OF_PREPOSITIONS for w, nxt in zip(words[1:], words[2:])):
        return None
    name = _source_name(text, phrase, lang)
    return name[:1].lower() + name[1:]


def _titled_body(text: str, tokens: list, index: int, anchor: int, ctx: _Context) -> str | None:
    """``"речниця МЗС Росії"`` for a title at ``tokens[index]`` followed at once by the body it
    serves (an abbreviation, or a capitalised institution name), when no person was named with
    that title before ``anchor`` (then the title refers back to that person); else None."""
    if index + 1 >= len(tokens) or text[tokens[index].end:tokens[index + 1].start].strip():
        return None
    body = tokens[index + 1].text
    if not (_is_abbreviation(body) or body[:1].isupper() and _names_institution(body, ctx.lang)):
        return None
    if _titled_person(tokens[index].text, anchor, ctx):
        return None
    phrase = _source_phrase(text, tokens, index, 1, ctx.lang)
    name = _source_name(text, phrase, ctx.lang)
    return name[:1].lower() + name[1:] if len(phrase) > 1 else None


def _source_name(text: str, phrase: list, lang: str) -> str:
    """A source phrase with its first word in the nominative ("співрозмовника видання" ->
    "співрозмовник видання")."""
    first = nlp.morph_form(phrase[0].text)
    # "Одна из участниц" keeps its gender: "one of" in the nominative stays as written; a noun
    # already in the nominative stays too ("Мати одного з хлопців": not the verb's lemma "мата")
    nominative = any({"NOUN", "nomn"} <= g and "plur" not in g for g in _grammemes(phrase[0].text, lang))
    head = first if first in ONE_OF_NOMINATIVE or nominative else nlp.lemma(phrase[0].text, lang)
    if LATIN_PREFIXED_NOUN.fullmatch(phrase[0].text):
        prefix = phrase[0].text.split("-", 1)[0]
        head = prefix + head[len(prefix):]  # "HR-менеджерка" keeps its capitals
    rest = _description_rest(text, phrase, lang)
    opened = next((mark for mark in OPENING_NAME_MARKS if rest.count(mark) > rest.count(OPENING_NAME_MARKS[mark])), None)
    if opened and text.startswith(OPENING_NAME_MARKS[opened], phrase[-1].end):
        rest += OPENING_NAME_MARKS[opened]  # the name in quote marks it ends with, closed
    return " ".join([head, rest]).strip()


def _description_rest(text: str, phrase: list, lang: str) -> str:
    """The words of a source phrase after its head noun, without the outlet whose source it is
    when the source's place follows ("джерело «Обріїв» у правоохоронних органах" -> "у
    правоохоронних органах")."""
    rest = text[phrase[0].end:phrase[-1].end].strip()
    outlet = OUTLET_BEFORE_SOURCE_PLACE.match(rest)
    if outlet and len(phrase) > 1 and not nlp.lemma_set(phrase[0].text, lang).isdisjoint(_sources_by_first_lemma(lang)):
        rest = rest[outlet.end():]  # the source's place, not the outlet it spoke to
    return rest


#: Opening quote marks of a name inside a source's description, with their closing marks.
OPENING_NAME_MARKS = {"«": "»", "„": "“", "“": "”"}


def _source_matches(tokens: list, lang: str) -> Iterator[tuple[int, int]]:
    """``(index, length)`` of every unnamed-source phrase among ``tokens``, in order (the
    longest phrase at each position)."""
    by_first = _sources_by_first_lemma(lang)
    for i, token in enumerate(tokens):
        if not token.text[1:].islower():
            continue  # a common noun, in lower case or capitalised at a sentence start
        lengths = [len(words) for first in nlp.lemma_set(token.text, lang) & by_first.keys()
                   for words in by_first[first] if i + len(words) <= len(tokens) and all(
                       words[k] in nlp.lemma_set(tokens[i + k].text, lang) for k in range(1, len(words)))]
        if lengths:
            yield i, lengths[0]


def _lemmas(tokens: list, lang: str) -> tuple[str, ...]:
    return tuple(nlp.lemma(t.text, lang) for t in tokens)


@lru_cache(maxsize=4)
def _source_stems(lang: str) -> re.Pattern:
    """The first letters of every unnamed-source phrase's first word (all its forms share them):
    a window without any of them names no source."""
    stems = sorted({words[0][:SOURCE_STEM_LETTERS] for language, words in load_anonymous_sources() if language == lang})
    return re.compile("|".join(map(re.escape, stems)) or "(?!)")


@lru_cache(maxsize=4)
def _sources_by_first_lemma(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The unnamed-source phrases of ``lang`` by their first lemma, longest first."""
    result: dict[str, list[tuple[str, ...]]] = {}
    for language, words in load_anonymous_sources():
        if language == lang:
            result.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in result.items()}


def _source_phrase(text: str, tokens: list, index: int, length: int, lang: str) -> list:
    """The source phrase at ``tokens[index]`` with the words it runs on with: prepositions,
    names, and nouns or adjectives not in the nominative, up to :data:`MAX_SOURCE_WORDS`."""
    phrase = list(tokens[index:index + length])
    closing = ""  # the closing mark of a name in quote marks the phrase is inside
    for token in tokens[index + length:index + MAX_SOURCE_WORDS]:
        gap = text[phrase[-1].end:token.start].strip()
        if gap in OPENING_NAME_MARKS and token.text[:1].isupper() and not closing \
                and nlp.morph_form(phrase[-1].text) not in PLATFORM_PREPOSITIONS \
                and _dative_not_genitive(token.text, lang):
            break  # an outlet told, in the dative: "– сказала жінка | «Бузькому курʼєру»"
        if closing and not gap or gap in OPENING_NAME_MARKS and token.text[:1].isupper():
            # a name in quote marks, all of it ("посадовець «Укренерго»", "источник в «Укрэнерго»")
            closing = closing or OPENING_NAME_MARKS[gap]
            phrase.append(token)
            continue
        if closing and gap == closing and _outlet_before_place(text, phrase, length, token, lang):
            closing = ""  # "Джерело «Обріїв» | у правоохоронних органах": the place goes on
            phrase.append(token)
            continue
        if gap == "-" and phrase[-1].text.isdigit() and len(phrase) > length:
            phrase.append(token)  # the word after the figure: "с 25-|летним стажем"
            continue
        if gap:
            break  # punctuation ends it
        if "-" not in token.text and _is_platform(token.text) and nlp.best_parse(phrase[-1].text, lang).pos == "PREP":
            break  # "Власниця | у Facebook написала": where she wrote, not who she is
        if token.text.isdigit() and text.startswith("-", token.end) and nlp.best_parse(phrase[-1].text, lang).pos == "PREP":
            phrase.append(token)  # a figure joined to its word: "терапевт с | 25-летним стажем"
            continue
        if nlp.morph_form(phrase[-1].text) in ("на", "в", "у") and len(phrase) > length \
                and not nlp.lemma_set(token.text, lang).isdisjoint(CONDITION_NOUNS):
            phrase.pop()  # "Источник в правительстве | на условиях анонимности": how it spoke
            break
        if nlp.morph_form(phrase[-1].text) in LOCATIVE_PREPOSITIONS and len(phrase) > length and any(
                (lang, lemma) in load_statement_nouns() for lemma in nlp.lemma_set(token.text, lang)):
            phrase.pop()  # "Джерело в Службі безпеки | в коментарі нашому виданню": where it spoke
            break
        reading = nlp.best_parse(token.text, lang)
        if reading.pos in ("ADJF", "PRTF") and not token.text[:1].isupper() and not any(
                nlp.morph_form(t.text) in DESCRIPTION_PLACE_PREPOSITIONS for t in phrase) \
                and not any("gent" in r.tag for r in nlp.parses(token.text, lang)):
            break  # an addressee in the dative: "працівник терміналу | місцевому каналу"
        if not (token.text[:1].isupper() or reading.pos == "PREP"
                or reading.pos in ("NOUN", "ADJF", "PRTF", "NUMR") and "nomn" not in reading.tag
                or nlp.morph_form(token.text) in DEMONSTRATIVE_GENITIVES  # "один із членів такої комісії"
                or _agrees_with_oblique_adjective(phrase[-1].text, token.text, lang)
                or (phrase[-1].text[:1].isupper() or _oblique_noun(phrase[-1].text, lang)) and any(
                    r.pos == "NOUN" and "gent" in r.tag for r in nlp.parses(token.text, lang))
                or token.text.lower() in COORDINATING_AND and _oblique_noun(phrase[-1].text, lang)
                # an indeclinable noun after a preposition ("в одному з обленерго")
                or reading.pos == "NOUN" and "Fixd" in reading.tag
                and nlp.best_parse(phrase[-1].text, lang).pos == "PREP"):
            # "NUMR": "в уряді однієї з областей"; a genitive after a name's capitalised word or
            # after a noun in an oblique case continues it even when it reads as a nominative too
            # ("в Міністерстві енергетики", "в департаменті охорони здоровʼя"); "та"/"і" join
            # two genitives ("в Міністерстві молоді та спорту")
            break
        phrase.append(token)
    while len(phrase) > length and (nlp.best_parse(phrase[-1].text, lang).pos == "PREP" and (len(phrase[-1].text) <= 2 or not any(
            r.pos == "NOUN" for r in nlp.parses(phrase[-1].text, lang))) or phrase[-1].text.lower() in COORDINATING_AND):
        phrase.pop()  # "міської ради" ends in a noun ("в" is a letter too); no phrase ends in "та"
    return phrase


#: Demonstratives in the genitive, which the dictionary reads as pronouns: inside a description
#: they stand before its next noun ("один із членів такої комісії").
DEMONSTRATIVE_GENITIVES = frozenset("такої такого таких цієї цього цих тієї того тих".split())
#: Prepositions that open the place of an unnamed source ("джерело в уряді").
SOURCE_PLACE_PREPOSITIONS = frozenset({"в", "у", "во"})
#: The name in quote marks of the outlet whose source it is, before the source's place
#: ("«Степової хвилі» " in "співрозмовник «Степової хвилі» в ОВА").
OUTLET_BEFORE_SOURCE_PLACE = re.compile(r"[«„“][^«»„“”\n]+[»“”][ \t]+(?=(?:в|у|во)[ \t])")


def _outlet_before_place(text: str, phrase: list, length: int, token, lang: str) -> bool:
    """Whether the name in quote marks right after an unnamed source's noun is the outlet whose
    source it is, with the source's place after it ("Джерело «Обріїв» у правоохоронних
    органах", "Собеседник «Южной линии» в Минобороны"): the place belongs to the description."""
    return length == 1 and nlp.morph_form(token.text) in SOURCE_PLACE_PREPOSITIONS \
        and not nlp.lemma_set(phrase[0].text, lang).isdisjoint(_sources_by_first_lemma(lang)) \
        and bool(OUTLET_BEFORE_SOURCE_PLACE.match(text, phrase[0].end + 1))


#: Prepositions of place inside a source's description, after which an adjective may stand in
#: the locative ("джерело в обласному центрі"), not only in the genitive.
DESCRIPTION_PLACE_PREPOSITIONS = PLATFORM_PREPOSITIONS | {"при", "по"}


def _dative_not_genitive(word: str, lang: str) -> bool:
    """Whether ``word`` may be a dative and cannot be a genitive (an addressee, not an owner)."""
    readings = nlp.parses(word, lang)
    return any("datv" in r.tag for r in readings) and not any("gent" in r.tag for r in readings)


#: Nouns of the terms on which a source spoke ("на умовах анонімності", "на правах анонимности",
#: "на условиях"): they end its description.
CONDITION_NOUNS = frozenset({"умова", "право", "условие", "правах"})
#: Conjunctions that may join two genitives inside a source's description.
COORDINATING_AND = frozenset({"та", "і", "й", "и"})
#: "та" or "і" between two words of a name ("ТЦК та СП").
AND_BETWEEN = re.compile(r"[ \t]+(?:та|і|й|и)[ \t]+")


def _oblique_noun(word: str, lang: str) -> bool:
    """Whether ``word`` (a word already in a source's description) may be a noun in the
    genitive: a genitive after it belongs to it."""
    return any(r.pos == "NOUN" and "gent" in r.tag for r in nlp.parses(word, lang))


def _agrees_with_oblique_adjective(previous: str, word: str, lang: str) -> bool:
    """A noun after an adjective in an oblique case, read in that case even when the dictionary
    prefers another reading ("міської ради": "ради" is also a plural nominative)."""
    adjective = nlp.best_parse(previous, lang)
    if adjective.pos != "ADJF" or "nomn" in adjective.tag:
        return False
    case = next((c for c in ("gent", "datv", "loct", "ablt") if c in adjective.tag), None)
    return case is not None and any(r.pos == "NOUN" and case in r.tag for r in nlp.parses(word, lang))


#: The word right after a name run, with the space before it.
NEXT_WORD = re.compile(r"[ \t]+(?P<word>[\w-]+)")


def _adjective_of_abbreviation(text: str, run: tuple[int, int, str], lang: str) -> bool:
    """Whether a one-word name run is an adjective before a body's abbreviation ("Сумська ОВА",
    "Харківська ОДА"), which the dictionary may also read as a surname."""
    following = NEXT_WORD.match(text, run[1])
    return bool(following) and _is_abbreviation(following.group("word")) \
        and any(r.pos == "ADJF" for r in nlp.parses(run[2], lang))


def _is_abbreviation(word: str) -> bool:
    """A Cyrillic abbreviation in capitals that may name a body ("СБУ", "МЗС", "ДСНС"); not a
    common noun written in capitals ("СМС", "ДТП": ``lexicons/common_abbreviations.csv``)."""
    return len(word) >= 2 and word.isupper() and nlp.CYRILLIC_WORD.search(word) is not None \
        and word not in load_common_abbreviations()


@lru_cache(maxsize=4)
def load_common_abbreviations(path: str | None = None) -> frozenset[str]:
    """Abbreviations of common nouns ("СМС", "ДТП"), which name no body
    (``lexicons/common_abbreviations.csv``)."""
    with open(path or LEXICON_DIR / "common_abbreviations.csv", encoding="utf-8") as handle:
        return frozenset(row["abbreviation"] for row in csv.DictReader(handle))


def _abbreviation_mention(text: str, anchor: int, abbreviation: str, lang: str) -> tuple[str, str]:
    """``(name in the nominative, surface)`` of the last mention of ``abbreviation`` before
    ``anchor`` with the adjectives right before it and an abbreviation joined to it by "та"/"і"
    ("Вінницький обласний ТЦК та СП"); the abbreviation alone when it stood alone."""
    tokens = _tokens(text, max(0, anchor - ANTECEDENT_WINDOW), anchor)
    at = max((i for i, t in enumerate(tokens) if t.text == abbreviation), default=None)
    if at is None:
        return abbreviation, abbreviation
    first, last = at, at
    while first > 0 and at - first < MAX_LOWER_ADJECTIVES_IN_NAME and not text[tokens[first - 1].end:tokens[first].start].strip() \
            and nlp.best_parse(tokens[first - 1].text, lang).pos == "ADJF":
        first -= 1
    if last + 2 < len(tokens) and _is_abbreviation(tokens[last + 2].text) \
            and AND_BETWEEN.fullmatch(text, tokens[last].end, tokens[last + 2].start):
        last += 2
    elif last + 1 < len(tokens) and not text[tokens[last].end:tokens[last + 1].start].strip() \
            and tokens[last + 1].text[:1].isupper() and not _word_info(tokens[last + 1].text, lang).person \
            and any("gent" in g for g in _grammemes(tokens[last + 1].text, lang)):
        last += 1  # the state it belongs to: "МЗС України спростувало"
    words = tokens[first:last + 1]
    if len(words) == 1:
        return abbreviation, abbreviation
    return _institution_nominative(text, words, lang, ALL_CASES), _surface(text, words)


def _abbreviation_of(text: str, anchor: int, head: str) -> str | None:
    """The abbreviation named last before ``anchor`` (in the :data:`ANTECEDENT_WINDOW`, in the
    same or the previous paragraph) whose letters hold the initial of the institution noun
    ``head``: "бюро" refers back to НАБУ, "служба" to СБУ."""
    window = text[max(0, anchor - ANTECEDENT_WINDOW):anchor]
    for word in reversed(ABBREVIATION_WORD.findall(window)):
        if word.lower() in STATE_ABBREVIATIONS or word.lower() in THING_ABBREVIATIONS:
            continue
        if head[:1].upper() in word:
            return word
    return None


#: Abbreviations of weapons, facilities and other things, never the institution a noun refers to.
THING_ABBREVIATIONS = frozenset(
    "ппо пво реб рэб бпла бпа зрк рсзв млрс леп тец тэц тес тэс аес аэс гес гэс жкг жкх ндс пдв ввп змі сми "
    "впо днк ато оос дтп пмр лнр днр ордло".split())


#: A Cyrillic abbreviation of three letters or more ("НАБУ", "ДСНС"), not a Roman numeral.
ABBREVIATION_WORD = re.compile(r"(?<![\w-])[А-ЯІЇЄҐЁ]{3,6}(?![\w-])")


def _spelled_out(ctx: _Context, abbreviation: str, anchor: int) -> str | None:
    """The full name an abbreviation stands for, when the article spelled it out before
    ``anchor`` (in the :data:`ANTECEDENT_WINDOW`): consecutive words whose initials are its
    letters ("Адміністрація морських портів України" for АМПУ), with a capitalised adjective
    before them for a generic one ("Львівська обласна військова адміністрація" for ОВА), or the
    name right before the abbreviation in brackets ("Інституту вивчення війни (ISW)"); in the
    nominative. The last such name wins; None if there is none."""
    text = ctx.text
    # a definition in brackets right after the name, whatever the alphabet: "американського
    # Інституту вивчення війни (ISW)"
    defined = None
    for defined in re.finditer(r"\(\s*" + re.escape(abbreviation) + r"\s*\)", text[:anchor]):
        pass  # the last one
    if defined is not None:
        bracketed = _name_before_bracket(text, defined.start(), ctx.lang)
        if bracketed:
            return bracketed  # "Головному управлінні розвідки Міноборони (ГУР)": the whole name
        found = _last_institution(text, defined.start(), None, ctx.lang)
        if found and not text[found[2] + len(found[1]):defined.start()].strip():
            return found[0]
    letters = abbreviation.lower()
    if not 2 <= len(letters) <= MAX_SPELLED_OUT_LETTERS:
        return None
    # (the whole article before it, within bounds: a body is spelled out once, often in the lead)
    tokens = _tokens(text, max(0, anchor - ARTICLE_WINDOW), anchor)
    for at in reversed(range(len(tokens))):  # the last one first
        end = _initials_end(tokens, at, letters)
        if end is None:
            continue
        run = tokens[at:end]
        joined = all(not text[a.end:b.start].strip() for a, b in zip(run, run[1:]))
        if not joined or any(t.text.isupper() for t in run) or not run[-1].text[1:].islower() \
                or not any(r.pos == "NOUN" for r in nlp.parses(run[-1].text, ctx.lang)):
            continue
        if not run[0].text[:1].isupper():
            if at == 0 or not tokens[at - 1].text[:1].isupper() or text[tokens[at - 1].end:run[0].start].strip() \
                    or nlp.best_parse(tokens[at - 1].text, ctx.lang).pos == "PREP":
                continue  # (not "В" opening the sentence: "В обласній військовій адміністрації")
            run = [tokens[at - 1], *run]  # the place: "Львівська обласна військова адміністрація"
        heads = [i for i, t in enumerate(run) if any(
            r.pos == "NOUN" and (ctx.lang, r.lemma) in load_institution_nouns() for r in nlp.parses(t.text.lower(), ctx.lang))]
        if not heads:
            continue  # no body ("міністр закордонних справ" is no МЗС)
        head = next((p for p in nlp.safe_parse(nlp.morph_analyzer(ctx.lang), nlp.morph_form(run[0].text))
                     if p.tag.POS == "NOUN" and (ctx.lang, p.normal_form) in load_institution_nouns()
                     and p.tag.number != "plur"), None) if heads[0] == 0 else None
        if head is not None:
            # a body's noun first: it alone changes case ("Ради національної безпеки і оборони
            # України" -> "Рада ...", not the short adjective "рада" before "безпека")
            return (_inflected(head, {"nomn"}, run[0]) or run[0].text) + text[run[0].end:run[-1].end]
        return _institution_nominative(text, run, ctx.lang, ALL_CASES)
    return None


#: Words an abbreviation passes over inside a body's name: "Міністерство освіти і науки" is МОН,
#: "Державна служба з надзвичайних ситуацій" is ДСНС.
ABBREVIATION_SKIPPED_WORDS = frozenset({"і", "й", "та", "з", "із", "зі", "у", "в", "при", "и", "с", "со", "по"})


def _initials_end(tokens: list, at: int, letters: str) -> int | None:
    """The index after the tokens from ``at`` whose initials spell ``letters``: each part of a
    hyphenated word gives one ("Військово-морські сили" is ВМС) and the conjunctions and
    prepositions of :data:`ABBREVIATION_SKIPPED_WORDS` inside the name give none; None if they
    do not spell it."""
    k, i = 0, at
    while k < len(letters):
        if i >= len(tokens):
            return None
        word = tokens[i].text
        if i > at and word.lower() in ABBREVIATION_SKIPPED_WORDS:
            i += 1
            continue
        for part in word.split("-"):
            if k >= len(letters) or part[:1].lower() != letters[k]:
                return None
            k += 1
        i += 1
    return i


def _name_before_bracket(text: str, bracket: int, lang: str) -> str | None:
    """The longest institution's name right before ``bracket`` (where an abbreviation is defined),
    in the nominative: words joined by spaces that open with a capital, with an institution noun
    among their first :data:`MAX_HEAD_POSITION` and only adjectives before it ("Головному
    управлінні розвідки Міноборони (ГУР)"); None if there is none."""
    tokens = _tokens(text, max(0, bracket - BRACKET_NAME_CHARS), bracket)
    if not tokens or text[tokens[-1].end:bracket].strip():
        return None
    nouns = load_institution_nouns()
    for size in range(min(len(tokens), MAX_INSTITUTION_WORDS), 1, -1):
        words = tokens[-size:]
        if not words[0].text[:1].isupper() or any(text[a.end:b.start].strip() for a, b in zip(words, words[1:])):
            continue
        head = next((i for i, t in enumerate(words[:MAX_HEAD_POSITION]) if any(
            r.pos == "NOUN" and (lang, r.lemma) in nouns for r in nlp.parses(t.text.lower(), lang))), None)
        # only adjectives before the head ("Головному управлінні", not "Аналітики ... Інституту")
        if head is not None and all(nlp.best_parse(t.text, lang).pos in ADJECTIVE_POS for t in words[:head]):
            return _institution_nominative(text, words, lang, ALL_CASES)
    return None


#: How far before a bracketed abbreviation its full name is looked for.
BRACKET_NAME_CHARS = 120
#: The head noun of a name stands among its first words, after its adjectives.
MAX_HEAD_POSITION = 3


def _organisation_word(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` as an organisation's name only ("Роскомнадзор",
    "Европол"): every reading is tagged so, and none is a person's name ("Гармаша")."""
    readings = nlp.parses(word, lang)
    return bool(readings) and all("Orgn" in r.tag for r in readings)


def _names_institution(word: str, lang: str, head: str | None = None) -> bool:
    """Whether a capitalised ``word`` can begin an institution's name: an abbreviation (not a
    state's), a word the dictionary tags as an organisation, or an institution noun
    ("Міністерство", "Генштабу"); with ``head``, only that noun (an abbreviation's head is
    unknown)."""
    if not word[:1].isupper():
        return False
    if _is_abbreviation(word):
        return head is None and nlp.morph_form(word) not in STATE_ABBREVIATIONS
    if head is None and _organisation_word(word, lang):
        return True  # a body the dictionary knows by its one-word name ("Роскомнадзор", "Европол")
    return _heads_name(word, lang, head, exclude=MODIFIED_INSTITUTION_NOUNS)


#: A name in quote marks right after "в"/"у" ("В «Енергоатомі» заявили").
#: A name in quote marks opening a sentence, a lower-case word after it ("«Енергоатом» закликав").
QUOTED_NAME_OPENING_SENTENCE = re.compile(r"(?:^|(?<=[.!?…,][ \t])|(?<=\n))[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ0-9][^«»„“”\"\n]{0,40}?)[»“”\"]"
                                          r"(?=[ \t]+[а-яіїєґё])", re.MULTILINE)
QUOTED_NAME_AFTER_LOCATIVE = re.compile(r"(?<!\w)(?:[УуВв]|[Вв]о)[ \t]+[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ0-9][^«»„“”\"\n]{0,60}?)[»“”\"]")


def _last_before(pattern: re.Pattern, text: str, anchor: int) -> re.Match | None:
    """The last match of ``pattern`` in the :data:`ANTECEDENT_WINDOW` before ``anchor``."""
    found = None
    for found in pattern.finditer(text, max(0, anchor - ANTECEDENT_WINDOW), anchor):
        pass
    return found


#: A ministry's head noun: it may refer back to a ministry named by its short name ("Мінцифри").
MINISTRY_NOUNS = frozenset({"міністерство", "министерство"})


def _last_short_name(text: str, anchor: int, lang: str) -> tuple[str, str] | None:
    """``(nominative, surface)`` of the ministry named last by its short name ("Мінцифри",
    "Минсельхоза") in the :data:`ANTECEDENT_WINDOW` before ``anchor``, or None."""
    short_names = load_short_institution_names()
    for token in reversed(_tokens(text, max(0, anchor - ANTECEDENT_WINDOW), anchor)):
        if token.text[:1].isupper():
            lemma = nlp.lemma(token.text, lang)
            if nlp.morph_form(token.text) in short_names:
                return token.text, token.text
            if lemma in short_names:
                return nlp.match_case(lemma, token.text), token.text
    return None


def _last_with_heads(text: str, anchor: int, heads: Iterable[str], lang: str) -> tuple[str, str, int] | None:
    """The institution named last before ``anchor`` headed by any of ``heads`` (as
    :func:`_last_institution` gives it), or None."""
    return max(filter(None, (_last_institution(text, anchor, head, lang) for head in heads)),
               key=lambda item: item[2], default=None)


def _antecedent_institution(text: str, anchor: int, head: str, lang: str) -> tuple[str, str] | None:
    """The institution named last in the :data:`ANTECEDENT_WINDOW` before ``anchor`` that a bare
    ``head`` noun refers back to: any institution for a generic noun
    (:data:`GENERIC_INSTITUTION_NOUNS`), else one headed by the same noun; in the fullest form
    the article gave it before (:func:`_fullest_institution`)."""
    found = _last_institution(text, anchor, None if head in GENERIC_INSTITUTION_NOUNS else head, lang)
    if found and head not in GENERIC_INSTITUTION_NOUNS and nlp.morph_form(found[0]) == head:
        # the bare noun again ("Лікарня працює ..."): the full name the article gave before it
        fuller = _last_institution(text, found[2], head, lang, window=found[2])
        if fuller and len(fuller[0].split()) > 1:
            found = fuller
    if found is None and head in HEAD_ALIASES:
        # "уряд" after "Кабінет Міністрів України", "правительство" after "Кабинет министров"
        found = _last_with_heads(text, anchor, HEAD_ALIASES[head], lang)
    if found is None and head in COMMAND_NOUNS:
        # "– йдеться в повідомленні командування" after "Повітряні сили повідомили": the command
        # of the military body named last
        found = _last_with_heads(text, anchor, MILITARY_HEADS, lang)
    if found is None and head in MINISTRY_NOUNS:
        short = _last_short_name(text, anchor, lang)  # "у Мінцифри" ... "у Telegram-каналі міністерства"
        if short:
            return short
    if found is None and head not in GENERIC_INSTITUTION_NOUNS:
        # the body the article is about, named in its lead ("Харківська обласна філармонія" ...
        # "філармонія написала"): the same head noun anywhere before
        found = _last_institution(text, anchor, head, lang, window=anchor)
    if found is None and _outlet_noun(head, lang, "company"):
        own = _quoted_name_with_head(text, anchor, head, lang)
        if own:
            return own  # "«Поліської енергозбутової компанії»" ... "– написали в компанії"
        # "В «Енергоатомі» заявили ... – йдеться в повідомленні компанії": a company named only
        # by its name in quote marks after "в"/"у"
        named = _last_before(QUOTED_NAME_AFTER_LOCATIVE, text, anchor)
        if named is None and head not in ORGANISATION_NOUNS:
            # "термінал «Укрпошти» ... у Telegram-каналі компанії", "Перевозчик «Балт-Экспресс» ...
            # компания предупредила": the company named last in quote marks, after a noun (an
            # "організація" is more often named by an abbreviation)
            candidates = [m for m in (_last_before(QUOTED_NAME_AFTER_NOUN, text, anchor),
                                      _last_before(QUOTED_NAME_OPENING_SENTENCE, text, anchor)) if m]
            # or the one that opens a sentence as its subject ("«Енергоатом» закликав"), if later
            named = max(candidates, key=lambda m: m.start(), default=None)
        if named:
            written = _written_earlier(text, named.start(), named.group("name"))
            if written:
                return written, named.group("name")  # «Сівербуду» after «Сівербуд»: as the article wrote it
            name = nlp.to_nominative(named.group("name"), lang)
            readings = _grammemes(named.group("name").split()[-1], lang)
            if name.lower() == named.group("name").lower() or "form" in named.re.groupindex and named.group("form") \
                    or any("nomn" in g for g in readings) and not any("gent" in g for g in readings) \
                    or " " in name and name.split()[0].lower() == named.group("name").split()[0].lower() \
                    or named.re is QUOTED_NAME_AFTER_NOUN and _outlet_noun(named.group().split()[0], lang, "company"):
                # already in the nominative ("Балт-Экспресс"), or a name after a legal form, which
                # does not decline ("ТОВ «Агросвіт-Постач»"), or one that may be a nominative and
                # cannot be the genitive a noun before it would take ("оператор «Поліссятелеком»"),
                # or one whose first word, its head, stands in the nominative: the words after it
                # are its own attributes ("енергокомпанія «Енергія Дністра»", not "Дністер"), or one
                # in apposition to a company noun, which does not decline ("оператора «Мобикон»")
                name = named.group("name")
            return name, named.group("name")
    if found is None and head in CLUB_NOUNS:
        club = _last_before(CLUB_NAMED, text, anchor)  # "Клуб написав" after "ФК «Таврика»"
        if club is None:
            # "Херсонська «Таврика» перемогла словацький «Прешов» ... Клуб подякував": the team the
            # article names first in quote marks is the one it is about
            club = QUOTED_NAME_AFTER_NOUN.search(text, 0, anchor)
        if club:
            name = club.group() if club.re is CLUB_NAMED else club.group("name")
            return name, name
    compound = _compound_institution(text, anchor, head, lang)
    if compound and (found is None or compound[2] > found[2]):
        return compound[:2]  # the nearer: "Держмитслужба повідомила" after "Державна податкова служба"
    return _fullest_institution(text, found, lang) if found else None


def _channel_owner_nominative(text: str, quoted: re.Match, lang: str) -> str:
    """The name in quote marks after a channel noun: the channel's own name as written
    ("Telegram-канал «Унеча сьогодні»"), or its owner's put into the nominative when its first
    word cannot be a nominative and may be a genitive ("у Telegram-каналі «Укрзалізниці»",
    "«Южной железной дороги»")."""
    name = quoted.group("name")
    grammemes = _grammemes(name.split()[0], lang)
    if any("nomn" in g for g in grammemes) or not any("gent" in g for g in grammemes):
        return name
    words = _tokens(text, quoted.start("name"), quoted.end("name"))
    return _written_earlier(text, quoted.start(), name) or _institution_nominative(text, words, lang, ("gent",))


#: A name in quote marks of at most three words, for the forms the article wrote a name in.
SHORT_NAME_IN_MARKS = re.compile(r"[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ][\w'ʼ’-]*(?:[ \t][\w'ʼ’-]+){0,2})[»“”\"]")
#: Letters of the shortest name written before that a later form is matched with (a one-word
#: answer in quote marks, «Ні», is no name of «Ніки»).
MIN_WRITTEN_NAME_LETTERS = 4
#: Letters a case ending may add to a name written before ("Сівербуд" -> "Сівербуду").
MAX_CASE_ENDING_LETTERS = 2


def _written_earlier(text: str, position: int, name: str) -> str | None:
    """A name in quote marks the article wrote before ``position`` (in the :data:`ARTICLE_WINDOW`)
    that ``name`` is with case endings added to its last word («Сівербуд» for «Сівербуду», «Промо Лайн» for «Промо Лайні»;
    «Вертикаль» for «Вертикалі» is not one: endings that replace letters are left to the
    dictionary); else None."""
    for match in SHORT_NAME_IN_MARKS.finditer(text, max(0, position - ARTICLE_WINDOW), position):
        written = match.group("name")
        if len(written) >= MIN_WRITTEN_NAME_LETTERS and name.startswith(written) \
                and 0 < len(name) - len(written) <= MAX_CASE_ENDING_LETTERS \
                and name[len(written):].isalpha() and name[len(written):].islower():
            return written
    return None


#: A name in quote marks anywhere ("сервіси «Поліської енергозбутової компанії»").
QUOTED_NAME = re.compile(r"[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ][^«»„“”\"\n]{0,60}?)[»“”\"]")


def _quoted_name_with_head(text: str, anchor: int, head: str, lang: str) -> tuple[str, str] | None:
    """``(name in the nominative, surface)`` of the name in quote marks named last before
    ``anchor``, anywhere in the article, that holds the noun ``head`` itself ("«Поліської
    енергозбутової компанії»" for "компанія"), or None."""
    found = None
    for match in QUOTED_NAME.finditer(text, 0, anchor):  # the whole article: its own name holds the noun
        if any(nlp.lemma(word, lang) == head for word in nlp.WORD_TOKEN.findall(match.group("name"))):
            found = match
    if found is None:
        return None
    words = _tokens(text, found.start("name"), found.end("name"))
    return _institution_nominative(text, words, lang, ("gent", "datv", "loct", "ablt", "accs")), found.group("name")


def _compound_institution(text: str, anchor: int, head: str, lang: str) -> tuple[str, str, int] | None:
    """``(name, surface, position)`` of a capitalised compound named last before ``anchor`` that
    ends in ``head``: "служба" refers back to "Держпродспоживслужба", "залізниця" to "Укрзалізниця"."""
    if len(head) < 4:
        return None
    found = _last_before(re.compile(r"(?<![\w-])[А-ЯІЇЄҐЁ][\wʼ'’-]*" + re.escape(head[:-1]) + r"\w{0,3}(?![\w-])"),
                         text, anchor)
    if found is None or len(found.group()) < len(head) + 3:
        return None
    word = found.group()
    name = next((r.lemma for r in nlp.parses(word, lang) if r.pos == "NOUN" and r.lemma.endswith(head)), None)
    if name is None and nlp.is_known(word, lang):
        return None  # a word the dictionary knows as something else ("Телефон" is no "фонд")
    return (nlp.match_case(name, word) if name else word), word, found.start()


def _fullest_institution(text: str, found: tuple[str, str, int], lang: str) -> tuple[str, str]:
    """``found`` (as :func:`_last_institution` gives it), or a longer name that the article gave
    earlier and that begins with the same words: "Офіс Уповноваженого" after "Офісу
    Уповноваженого Верховної Ради з прав людини" is the latter (a speaker is named as introduced)."""
    name, surface, position = found
    head = nlp.lemma(name.split()[0], lang)
    words = tuple(nlp.lemma(word, lang) for word in nlp.tokenize_words(name))
    best = (name, surface)
    for _ in range(MAX_EARLIER_MENTIONS):
        earlier = _last_institution(text, position, head, lang)
        if earlier is None:
            break
        name_words = tuple(nlp.lemma(word, lang) for word in nlp.tokenize_words(earlier[0]))
        if len(name_words) > len(words) and name_words[:len(words)] == words and len(earlier[0]) > len(best[0]):
            best = earlier[:2]
        position = earlier[2]
    return best


#: Lower-case words in the genitive that may stand between a head noun and its name in quote
#: marks ("рух дружин мобілізованих «Додому живими»").
MAX_GENITIVES_BEFORE_QUOTED_NAME = 2


def _quoted_name_past_genitives(text: str, tokens: list, index: int, lang: str):
    """The :data:`QUOTED_NAME_AFTER` match after the head noun ``tokens[index]`` and up to
    :data:`MAX_GENITIVES_BEFORE_QUOTED_NAME` lower-case genitives ("рух дружин мобілізованих
    «Додому живими»"), or None."""
    for k in range(index + 1, min(len(tokens), index + 1 + MAX_GENITIVES_BEFORE_QUOTED_NAME)):
        word = tokens[k].text
        if not word.islower() or text[tokens[k - 1].end:tokens[k].start] != " " \
                or not _may_be_genitive(word, lang):
            return None
        quoted = QUOTED_NAME_AFTER.match(text, tokens[k].end)
        if quoted:
            return quoted
    return None


#: The press office of a body ("Пресслужба СБУ"), which speaks for it: a body named last as
#: "Пресслужба" + abbreviation keeps the name of the body.
PRESS_OFFICE_NOUNS = frozenset("пресслужба прес-служба пресс-служба".split())


#: A span in «» with no «» inside it.
GUILLEMETS_SPAN = re.compile(r"«[^«»\n]*»")


def _quoted_speech_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans in «» in ``text[start:end]`` longer than a name
    (:data:`MIN_QUOTED_WORDS_FOR_MENTIONS` words or more): someone's words."""
    if "«" not in text[start:end]:
        return []
    return [span.span() for span in GUILLEMETS_SPAN.finditer(text, start, end)
            if nlp.count_words_in(text, span.start(), span.end()) >= MIN_QUOTED_WORDS_FOR_MENTIONS]


def _last_institution(text: str, anchor: int, wanted: str | None, lang: str, *,
                      window: int = ANTECEDENT_WINDOW) -> tuple[str, str, int] | None:
    """``(name in the nominative, surface, position)`` of the institution named last in the
    ``window`` before ``anchor`` (headed by ``wanted``, when given): an abbreviation, a
    capitalised institution noun, or a lower-case one after a capitalised adjective
    ("Оперативный штаб Курской области"), with the adjectives before it ("Повітряні сили ЗСУ")."""
    tokens = _tokens(text, max(0, anchor - window), anchor)
    speech = _quoted_speech_spans(text, max(0, anchor - window), anchor)
    speech_starts = [a for a, _ in speech]  # (sorted and apart: found left to right)
    bare = fuller = None
    bare_head = ""
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index].text
        if _is_platform(word):
            continue  # "в своем Telegram-канале": where a body spoke, never a body itself
        inside = bisect.bisect_left(speech_starts, tokens[index].start) - 1 if speech else -1
        if inside >= 0 and tokens[index].start < speech[inside][1]:
            continue  # "«... Наступна група з двадцяти осіб подала заяви ...»": someone's words
        quoted = QUOTED_NAME_AFTER.match(text, tokens[index].end) if wanted and word.islower() and not (
            index > 0 and tokens[index - 1].text[:1].isupper()) else None
        if wanted and word.islower() and quoted is None:
            quoted = _quoted_name_past_genitives(text, tokens, index, lang)
        if quoted and _heads_name(word, lang, wanted) and not quoted.group("name")[:1].islower():
            # the noun asked for, in lower case before its name in quote marks: 'театр "Сцена 14"',
            # "у батальйоні «Сіверські вовки»" (a capitalised adjective before it is handled below;
            # words in lower case are a quotation: 'назвали ліцей «першою школою району»')
            # (with the genitives between, as written: "рух матерів військових «...»")
            between = text[tokens[index].end:quoted.start()].strip()
            name = f"{nlp.lemma(word, lang)} {between + ' ' if between else ''}«{quoted.group('name')}»"
            return name, text[tokens[index].start:quoted.end()], tokens[index].start
        opening = _capitalised_adjective_before(text, tokens, index, lang) if word.islower() else None
        if opening is not None and _disagreeing_adjective(tokens[opening].text, word, lang):
            opening = None
        if not (_names_institution(word, lang, wanted) or word.islower() and index > 0 and (
                tokens[index - 1].text[:1].isupper() and not _disagreeing_adjective(tokens[index - 1].text, word, lang)
                or opening is not None) and _heads_name(word, lang, wanted)):
            continue
        if opening is not None:
            index = opening
        # the name may begin before the word found: "Повітряні сили ЗСУ"
        while index > 0 and NAME_GAP.fullmatch(text, tokens[index - 1].end, tokens[index].start) and (
                tokens[index - 1].text[:1].isupper() and any(r.pos == "ADJF" for r in nlp.parses(tokens[index - 1].text, lang))
                or tokens[index - 1].text.islower() and _heads_name(tokens[index - 1].text, lang, None)
                # "Генштаб ЗСУ", "Командування Сухопутних військ": a capitalised body noun before
                # the abbreviation or capitalised name it belongs to (a press office speaks for the
                # body, which keeps its full name: not "Пресслужба СБУ")
                or tokens[index].text[:1].isupper() and tokens[index - 1].text[1:].islower()
                and _heads_name(tokens[index - 1].text, lang, None)
                and nlp.lemma_set(tokens[index - 1].text.lower(), lang).isdisjoint(PRESS_OFFICE_NOUNS)):
            index -= 1
        words = _name_words(text, tokens, index, lang)
        if words and any(nlp.lemma(t.text, lang) in MOVEMENT_NOUNS for t in words) \
                and not any(mark in text[words[0].start:words[-1].end + 1] for mark in "«„\""):
            continue  # "Движение военных эшелонов остановлено": traffic, not a named movement
        if words and any(ch.isupper() for t in words for ch in t.text):
            head = next((t for t in words if nlp.best_parse(t.text, lang).pos == "NOUN"), words[0])
            # after a preposition ("В администрации ...") the head is not in the nominative, even
            # when one of its readings is (a plural); the name's first word is tokens[index]
            # or, for a lower-case head, after a noun it complements ("у Telegram-каналі | поліції
            # Харківщини")
            governed = index > 0 and not text[tokens[index - 1].end:words[0].start].strip() and (
                nlp.best_parse(tokens[index - 1].text, lang).pos == "PREP"
                or words[0].text.islower() and (tokens[index - 1].text.islower() or _is_platform(tokens[index - 1].text))
                and nlp.best_parse(tokens[index - 1].text, lang).pos == "NOUN")
            # (and its adjectives: "Поліської енергозбутової компанії" is no plural nominative)
            nominative = not governed and any(r.pos == "NOUN" and "nomn" in r.tag for r in nlp.parses(head.text, lang)) \
                and (words[0] is head or any("nomn" in r.tag for r in nlp.parses(words[0].text, lang)))
            name = _surface(text, words) if nominative else _institution_nominative(
                text, words, lang, ("gent", "datv", "accs", "ablt", "loct"))
            if len(words) == 1 and bare is None and words[0].text[1:].islower() \
                    and _heads_name(words[0].text, lang, None) \
                    and nlp.lemma(words[0].text, lang) not in load_short_institution_names():
                # a bare capitalised noun ("Суд ці аргументи не взяв") names nothing more than
                # the noun: a fuller name earlier in the window is preferred, one with the same
                # head first ("Вильнюсский окружной суд ... Генпрокуратура ... Суд этот довод")
                bare = (name, _surface(text, words), words[0].start)
                bare_head = nlp.lemma(words[0].text, lang)
                continue
            if bare is not None and bare_head not in GENERIC_INSTITUTION_NOUNS \
                    and not any(nlp.lemma(t.text, lang) == bare_head for t in words):
                fuller = fuller or (name, _surface(text, words), words[0].start)
                continue
            # (a body named again by its bare head stands where the bare noun does)
            return name, _surface(text, words), words[0].start if bare is None else bare[2]
    if bare is not None and wanted is None and bare_head not in GENERIC_INSTITUTION_NOUNS:
        # the body the article is about, named by that head earlier than the window reaches
        # ("Чернігівська обласна бібліотека для юнацтва" in the lead ... "Бібліотека оголосила")
        same = _last_institution(text, bare[2], bare_head, lang, window=ARTICLE_WINDOW)
        if same and len(same[0].split()) > 1:
            return same[0], same[1], bare[2]
    return fuller or bare


def _adjective_opens_institution(text: str, tokens: list, lang: str, *, case: str = "nomn") -> bool:
    """Whether ``tokens`` open with a capitalised adjective, then up to
    :data:`MAX_LOWER_ADJECTIVES_IN_NAME` lower-case ones and a lower-case institution noun
    ("Одеська обласна військова адміністрація"); or with a lower-case adjective in ``case``
    before one ("– написала міська рада"; "за даними обласного управління": the genitive)."""
    capitalised = tokens[0].text[:1].isupper() if tokens else False
    if not tokens or not any(r.pos == "ADJF" and (capitalised or case in r.tag)
                             for r in nlp.parses(tokens[0].text, lang)):
        return False
    if not capitalised and not tokens[0].text.islower():
        return False
    for index in range(1, min(len(tokens), MAX_LOWER_ADJECTIVES_IN_NAME + 2)):
        word = tokens[index].text
        if not word.islower() or text[tokens[index - 1].end:tokens[index].start].strip():
            return False
        if _heads_name(word, lang, None):
            return not capitalised or _capitalised_adjective_before(text, tokens, index, lang) == 0
        if nlp.best_parse(word, lang).pos != "ADJF":
            return False
    return False


def _capitalised_adjective_before(text: str, tokens: list, index: int, lang: str) -> int | None:
    """The index of the capitalised adjective that opens a name whose lower-case head is
    ``tokens[index]``: the word just before it, or before up to
    :data:`MAX_LOWER_ADJECTIVES_IN_NAME` lower-case adjectives ("Київська обласна прокуратура");
    None if there is none."""
    at = index - 1
    for _ in range(MAX_LOWER_ADJECTIVES_IN_NAME + 1):
        if at < 0 or not NAME_GAP.fullmatch(text, tokens[at].end, tokens[at + 1].start):
            return None
        word = tokens[at].text
        if word[:1].isupper():
            return at if any(r.pos == "ADJF" for r in nlp.parses(word, lang)) else None
        if nlp.best_parse(word, lang).pos != "ADJF":
            return None
        at -= 1
    return None


def _heads_name(word: str, lang: str, wanted: str | None, *, exclude: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` is an institution noun (``wanted`` itself, when given), not one of
    ``exclude``."""
    nouns = {r.lemma for r in nlp.parses(word, lang) if r.pos == "NOUN"} - exclude
    # a hyphenated compound is headed by its last part ("рок-гурт", "бізнес-асоціація")
    nouns |= {lemma.rsplit("-", 1)[1] for lemma in nouns if "-" in lemma} - exclude
    if wanted:
        return wanted in nouns or COMPOUND_HEADS.get(wanted) in nouns
    return any((lang, lemma) in load_institution_nouns() for lemma in nouns)


def _staff_noun(word: str, lang: str) -> bool:
    """Whether any reading of ``word`` is a staff noun (``lexicons/staff_nouns.csv``; "аналітики"
    reads first as "аналітика")."""
    return any((lang, lemma) in load_staff_nouns() for lemma in nlp.lemma_set(word, lang))


def _plural(word: str, lang: str) -> bool:
    """Whether a verb form can be plural ("заявили", "сообщили")."""
    return any("plur" in reading.tag for reading in nlp.parses(word, lang))


def _without_adverbials(text: str, run: list, gap_end: int, lang: str) -> list:
    """``run`` (the words before a verb) without the adverbials at its end that stand between a
    subject and its verb, at most :data:`MAX_ADVERBS_BEFORE_CUE` of them: adverbs ("Посольство
    Росії в Польщі напередодні заявило", not "«Дорога додому» написала"), adverbial pairs and
    triples ("тим часом", "з цього приводу"), a weekday after "в"/"у" ("в неділю вранці"), a time
    after a preposition ("після ефіру"), a statement ("в годовом отчете") and the outlet it was
    given to ("в коментарі BBC")."""
    run, adverbs = list(run), 0
    if len(run) > 3 and not text[run[-1].end:gap_end].strip() and not run[-1].text.islower() \
            and nlp.morph_form(run[-3].text) in LOCATIVE_PREPOSITIONS and any(
                (lang, lemma) in load_statement_nouns() for lemma in nlp.lemma_set(run[-2].text, lang)):
        # "Посольство Росії | в коментарі BBC | назвало": the outlet it spoke to, then the verb
        gap_end, adverbs = run[-3].start, 1
        del run[-3:]
    date = _date_phrase_length(text, run, lang)
    if date and len(run) > date and not text[run[-1].end:gap_end].strip():
        # "Канал «Новороссийск Live» | в ночь на 22 августа | написал": a date, then the verb
        gap_end, adverbs = run[-date].start, adverbs + 1
        del run[-date:]
    while len(run) > 1 and adverbs < MAX_ADVERBS_BEFORE_CUE and run[-1].text.islower() \
            and not text[run[-1].end:gap_end].strip():
        forms = [nlp.morph_form(t.text) for t in run[-3:]]
        lemmas = nlp.lemma_set(run[-1].text, lang)
        statement = any((lang, lemma) in load_statement_nouns() for lemma in lemmas) or not lemmas.isdisjoint(LETTER_NOUN_LEMMAS)
        if len(run) > 4 and forms[-2] in TOPIC_PREPOSITIONS and nlp.best_parse(run[-1].text, lang).pos == "NOUN" \
                and nlp.morph_form(run[-4].text) in LOCATIVE_PREPOSITIONS and nlp.best_parse(run[-3].text, lang).pos == "NOUN":
            # "Генпрокуратура России | в запросе об экстрадиции | утверждала": what the statement
            # was about goes with it
            gap_end = run[-2].start
            del run[-2:]
            continue
        if len(run) > 3 and (tuple(forms) in ADVERBIAL_TRIPLES or statement and forms[0] in LOCATIVE_PREPOSITIONS
                             and nlp.best_parse(run[-2].text, lang).pos in ("ADJF", "NPRO")):
            # "Київська міська рада з цього приводу повідомила", "Министерство ... в годовом
            # отчете написало": a phrase, then the verb
            del run[-2:]
        elif len(run) > 2 and statement and forms[-2] in LOCATIVE_PREPOSITIONS:
            run.pop()  # "... в заявлении отметило"
        elif len(run) > 2 and ((nlp.morph_form(run[-2].text), nlp.morph_form(run[-1].text)) in ADVERBIAL_PAIRS
                             or nlp.morph_form(run[-2].text) in LOCATIVE_PREPOSITIONS
                             and not nlp.lemma_set(run[-1].text, lang).isdisjoint(WEEKDAY_LEMMAS | MONTH_LEMMAS)
                             or nlp.morph_form(run[-2].text) in TIME_PREPOSITIONS
                             and nlp.best_parse(run[-1].text, lang).pos == "NOUN"):
            # "Міноборони Росії тим часом звітує", "... в неділю написала", "... еще в марте заявила",
            # "МОЗ після ефіру написало"
            run.pop()
        elif len(run) > 4 and nlp.morph_form(run[-3].text) in LOCATIVE_PREPOSITIONS \
                and not nlp.lemma_set(run[-2].text, lang).isdisjoint(TIME_NOUN_LEMMAS) \
                and nlp.best_parse(run[-1].text, lang).pos == "NOUN":
            del run[-2:]  # "Министерство обороны России | в день удара | заявило": the preposition goes below
        elif len(run) > 3 and run[-2].text.isdigit() and not nlp.lemma_set(run[-1].text, lang).isdisjoint(TIME_NOUN_LEMMAS):
            run.pop()  # "Міністерство оборони Росії ще 2022 року пояснювало": a year; its number goes below
            if len(run) > 3 and nlp.morph_form(run[-2].text) in TIME_SPAN_PREPOSITIONS:
                run.pop()  # "... через 20 минут опровергла": the preposition goes below
        elif len(run) > 2 and not nlp.lemma_set(run[-1].text, lang).isdisjoint(TIME_NOUN_LEMMAS) \
                and nlp.morph_form(run[-2].text) in TIME_DETERMINERS:
            # "Оперативний штаб ... того ж вечора написав": a time in the genitive; the noun and
            # every determiner but the first go here, the first below
            while len(run) > 2 and nlp.morph_form(run[-2].text) in TIME_DETERMINERS:
                run.pop()
        elif len(run) > 3 and not nlp.lemma_set(run[-1].text, lang).isdisjoint(TIME_NOUN_LEMMAS) \
                and run[-2].text.islower() and nlp.best_parse(run[-2].text, lang).pos == "ADJF":
            run.pop()  # "Минобороны России восьмой день подряд называет": the noun here, its adjective below
        elif not _adverbial(run[-1].text, lang):
            break
        gap_end, adverbs = run.pop().start, adverbs + 1
    return run


def _date_phrase_length(text: str, run: list, lang: str) -> int:
    """How many tokens at the end of ``run`` form a date: a day's number and a month ("22
    августа"), perhaps after a preposition ("на", "з", "до") and "в ночь"/"у ніч" ("в ночь на 22
    августа"), all joined by spaces; 0 if they do not."""
    if len(run) < 2 or not run[-2].text.isdigit() or nlp.lemma_set(run[-1].text.lower(), lang).isdisjoint(MONTH_LEMMAS):
        return 0
    size = 2
    if len(run) > size and nlp.morph_form(run[-size - 1].text) in DATE_PREPOSITIONS:
        size += 1
    if len(run) > size + 1 and nlp.morph_form(run[-size - 2].text) in LOCATIVE_PREPOSITIONS \
            and not nlp.lemma_set(run[-size - 1].text.lower(), lang).isdisjoint(TIME_NOUN_LEMMAS):
        size += 2  # "в ночь", "у ніч"
    words = run[-size:]
    return size if not any(text[a.end:b.start].strip() for a, b in zip(words, words[1:])) else 0


#: Prepositions before a date ("на 22 августа", "з 1 березня", "до 5 травня").
DATE_PREPOSITIONS = frozenset("на з із до с к по".split())
#: Nouns of a time in the genitive after a determiner ("того ж вечора", "наступного дня", "прошлой
#: ночью"), which may stand between a subject and its verb.
TIME_NOUN_LEMMAS = frozenset("день вечір ранок ніч тиждень місяць рік доба година хвилина час вечер утро ночь неделя "
                             "месяц год сутки минута".split())
#: The determiners of such a time ("того ж", "цього", "минулого", "следующего", "следующим утром").
TIME_DETERMINERS = frozenset("того цього тієї цієї ж же минулого наступного минулої наступної этого той этой "
                             "прошлого следующего прошлой следующей наступним минулим следующим прошлым "
                             "этим".split())
#: Prepositions of a time before one noun ("після ефіру", "перед засіданням", "после заседания"),
#: which may stand between a subject and its verb.
TIME_PREPOSITIONS = frozenset("після перед опісля после".split())
#: Prepositions of a span of time before a number ("через 20 хвилин", "спустя 2 часа").
TIME_SPAN_PREPOSITIONS = frozenset(("через", "спустя"))
#: Prepositions of a time that may open a sentence before its subject ("в неділю", "після обіду",
#: "на світанку": see :func:`_after_opening_time`).
OPENING_TIME_PREPOSITIONS = PLATFORM_PREPOSITIONS | TIME_PREPOSITIONS | TIME_SPAN_PREPOSITIONS
#: The months: "Державна податкова служба | з березня" is a time after a name.
MONTH_LEMMAS = frozenset("січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
                         "грудень январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь "
                         "декабрь".split())
#: The days of the week: "в неділю", "в понедельник" between a subject and its verb is a time.
WEEKDAY_LEMMAS = frozenset("понеділок вівторок середа четвер п'ятниця субота неділя понедельник вторник "
                           "среда четверг пятница суббота воскресенье".split())


def _nominative_only_adjective(word: str, lang: str) -> bool:
    """Whether every adjective reading of ``word`` is a nominative (or a vocative, the same
    form), and it has one."""
    adjectives = [r for r in nlp.parses(word, lang) if r.pos == "ADJF"]
    return bool(adjectives) and all("nomn" in r.tag or "voct" in r.tag for r in adjectives)


def _institution_subject(text: str, before: list, cue_start: int, lang: str) -> str:
    """An institution named right before the reporting verb as its subject, headed by an
    institution noun in the nominative ("Пресслужба Офісу генерального прокурора повідомила:",
    "Міністерство оборони заявило"); "" if there is none."""
    if before:
        # "Генпрокуратура Казахстана | в ответ на запрос редакции | сообщила": the request
        # phrase between the subject and its verb is no part of the name
        request = REQUEST_PHRASE.search(text, before[0].start, cue_start)
        if request and request.end() == cue_start and request.start() > before[0].start:
            cue_start = request.start()
            before = [t for t in before if t.end <= cue_start]
    run = []
    # room for the adverbials and the platform phrase ("ще напередодні у своєму Telegram-каналі")
    # that are trimmed below, before the name is cut to its last MAX_INSTITUTION_WORDS words
    for token in reversed(before):
        gap_end = run[0].start if run else cue_start
        numbered = run and run[0].text.isdigit() and NUMBER_SIGN_GAP.fullmatch(text, token.end, gap_end)
        if (NAME_GAP.fullmatch(text, token.end, gap_end) is None and not numbered) \
                or len(run) >= MAX_INSTITUTION_WORDS + TRIMMED_WORDS:
            break
        run.insert(0, token)
    run = _without_adverbials(text, run, cue_start, lang)
    if len(run) >= 2 and _is_platform(run[-1].text):
        # "Обласний центр служби крові у Facebook попередив", "Министерство ... в своем
        # Telegram-канале призвало": where it spoke is no part of the name
        stop = len(run) - 1
        while stop > 0 and run[stop - 1].text.islower() and nlp.best_parse(run[stop - 1].text, lang).pos in (
                "PREP", "ADJF", "NPRO") and len(run) - stop < 3:
            stop -= 1
        if stop < len(run) - 1:
            # "Рівненська міська рада в неділю вранці написала у своєму Telegram-каналі"
            run = _without_adverbials(text, run[:stop], run[stop].start, lang)
    run = run[-MAX_INSTITUTION_WORDS:]
    for index, token in enumerate(run):
        nominative = {r.lemma for r in nlp.parses(token.text, lang) if r.pos == "NOUN" and "nomn" in r.tag}
        if any((lang, lemma) in load_institution_nouns() for lemma in nominative):
            first = index
            while first > 0 and (nlp.best_parse(run[first - 1].text, lang).pos == "ADJF" or run[first - 1].text[:1].isupper()
                                 and any(r.pos == "ADJF" for r in nlp.parses(run[first - 1].text, lang))):
                first -= 1  # a capitalised adjective may read as a surname first ("Громадська")
            before_name = nlp.best_parse(run[first - 1].text, lang).pos if first > 0 else ""
            if first > 0 and _opening_time_before(text, run[:first], lang):
                before_name = ""  # "Через годину Київська міська рада повідомила": a time, then the name
            if before_name == "PREP" or before_name == "NOUN" and not (
                    first < index and all(_nominative_only_adjective(t.text, lang) for t in run[first:index])
                    # or adjectives that cannot be genitive, so depend on no noun before them ("У
                    # відповіді на запит обласне управління охорони здоровʼя пообіцяло")
                    or first < index and all(not _may_be_genitive(t.text, lang) for t in run[first:index])
                    # after a platform word, a name that cannot be genitive is no owner of the
                    # channel but the subject ("У своєму Telegram-каналі адміністрація школи написала")
                    or _is_platform(run[first - 1].text) and not _may_be_genitive(run[first].text, lang)):
                # a dependent of another noun or a preposition: "Речниця міністерства Олена Гай",
                # "Голова обласної ради"; not a name whose adjectives can only be nominative ("Про
                # наслідки удару Харківська обласна військова адміністрація написала")
                break
            words = _name_words(text, run, first, lang)  # with its adjectives: "Запорізька обласна рада"
            owner = _press_office_owner(text, words, lang)
            if owner:
                return owner[0]  # "Пресс-служба ведомства написала": the body named before
            if len(words) == 1 and _sentence_initial(text, words[0].start) and not words[0].text.isupper():
                # "Гурт написав": a bare noun capitalised at a sentence start refers back to the
                # institution it heads, named before ("гурту «Сіра вежа»"), if there is one
                head = nlp.lemma(words[0].text, lang)
                found = _antecedent_institution(text, words[0].start, head, lang)
                if found and found[0].lower() != words[0].text.lower():
                    return found[0]
                if not found and head not in GENERIC_INSTITUTION_NOUNS:
                    abbreviation = _abbreviation_of(text, words[0].start, head)
                    if abbreviation:
                        return abbreviation  # "Агентство закликало" after "У МАГАТЕ повідомили"
            # no first name in the name (a person's title: "Речниця міністерства Олена Гай"), unless
            # after a preposition, where it is a place ("Посольство Катару в Києві": Кий), or after
            # an adjective, where it is a noun ("Верховної Ради": not the name Рада)
            if words and words[-1] is run[-1] and not any(
                    t.text[:1].isupper() and _word_info(t.text, lang).first_name
                    and not (i and (nlp.morph_form(words[i - 1].text) in PLACE_PREPOSITIONS
                                    or nlp.best_parse(words[i - 1].text, lang).pos == "ADJF"
                                    or re.fullmatch(SAINT_WORD, words[i - 1].text)))
                    and t is not token  # the head itself ("Влада Краснодарського краю": no woman Влада)
                    for i, t in enumerate(words)):
                return _surface(text, words)
            break
    abbreviated = _adjectives_and_abbreviation(run, lang)
    if abbreviated:
        return abbreviated  # "Одеський обласний ТЦК та СП написав", "Харківська ОВА повідомила"
    if len(run) >= 2 and _is_abbreviation(run[-1].text) and _is_abbreviation(run[-2].text) and (
            len(run) == 2 and _sentence_initial(text, run[0].start) or len(run) == 3
            and _sentence_initial(text, run[0].start) and nlp.best_parse(run[0].text, lang).pos in ("ADVB", "CONJ", "PRCL")):
        return f"{run[-2].text} {run[-1].text}"  # "Згодом ВМС ЗСУ написали": a body and its forces
    if run and _is_abbreviation(run[-1].text) and (len(run) == 1 or (
            len(run) == 2 and _sentence_initial(text, run[0].start)
            and nlp.best_parse(run[0].text, lang).pos in ("ADVB", "CONJ", "PRCL"))):
        return run[-1].text  # an abbreviation alone as the subject: "Увечері НБУ пояснив:"
    if len(run) == 3 and _is_abbreviation(run[-1].text) and nlp.morph_form(run[0].text) in PLATFORM_PREPOSITIONS \
            and _is_platform(run[1].text) and "-" not in run[1].text:
        return run[-1].text  # "У Telegram НАБУ написало": a platform's bare name owns nothing
    if len(run) >= 3 and _is_abbreviation(run[-1].text) and run[-2].text.islower() \
            and nlp.best_parse(run[-3].text, lang).pos == "PREP" and nlp.morph_form(run[-3].text) not in LOCATIVE_PREPOSITIONS \
            and any(r.pos in ("NOUN", "NPRO") for r in nlp.parses(run[-2].text, lang)):
        # "Про затримання СБУ написала", "Про це СБУ повідомила": the word after the preposition
        # is governed by it, so the abbreviation is the verb's subject, not that noun's genitive
        # (not "У пресслужбі НБУ назвали", where the place is the institution)
        return run[-1].text
    if len(run) >= 2 and _is_abbreviation(run[0].text) and all(
            t.text[:1].isupper() and not _word_info(t.text, lang).first_name for t in run[1:]):
        return _surface(text, run)  # an abbreviation and the state or place it serves: "МЗС Польщі заявило"
    lead = 0
    while lead < min(len(run), 2) and _is_abbreviation(run[lead].text):
        lead += 1
    rest = run[lead:]
    if lead and 2 <= len(rest) <= 3 and _sentence_initial(text, run[0].start) and (
            _region_after_po(rest[0].text, rest[1].text, lang)
            or nlp.morph_form(rest[0].text) in LOCATIVE_PREPOSITIONS and rest[1].text[:1].isupper() and not rest[1].text.isupper()) \
            and all(t.text[:1].isupper() or nlp.lemma(t.text, lang) in REGION_NOUNS for t in rest[2:]):
        # "ГУ МЧС по Курской области ответило", "ГУ ДСНС у Харківській області повідомило": the
        # region a body's branch serves is part of its name
        return _surface(text, run)
    return ""


#: The nouns of a region after its adjective in a branch's name ("по Курской области").
REGION_NOUNS = frozenset("область край район округ республіка республика".split())


def _adjectives_and_abbreviation(run: list, lang: str) -> str:
    """The end of ``run`` when it is adjectives before an abbreviation, or two joined by "та"/"і"
    ("Одеський обласний ТЦК та СП"), with at least one adjective; else ""."""
    end = len(run)
    if end >= 3 and _is_abbreviation(run[-1].text) and run[-2].text in ("та", "і", "й", "и") \
            and _is_abbreviation(run[-3].text):
        end -= 2
    if not end or not _is_abbreviation(run[end - 1].text):
        return ""
    first = end - 1
    while first > 0 and any(r.pos == "ADJF" for r in nlp.parses(run[first - 1].text, lang)) \
            and not _is_abbreviation(run[first - 1].text):
        first -= 1
    if first == end - 1 or (first > 0 and nlp.best_parse(run[first - 1].text, lang).pos in ("NOUN", "PREP")):
        return ""  # no adjective, or the phrase depends on a noun or a preposition before it
    return " ".join(t.text for t in run[first:])


def _object_after_name(words: list, word: str, lang: str) -> bool:
    """Whether the lower-case noun ``word`` after the name ``words`` (ending in a noun or an
    abbreviation) cannot continue it: the words after a name's head are its genitives
    ("Міністерство оборони", "Служба безпеки"), and a noun with no genitive reading there
    ("удар", "атаку") is a new phrase; after a capitalised dependent ("Міністерство оборони
    Росії") the name is complete, and any lower-case noun is ("атаки"). After an adjective a
    noun is the head itself ("Державна прикордонна служба")."""
    previous = words[-1].text
    before = _grammemes(previous, lang)
    # after an adjective in an oblique case a noun of that case is the head ("міській раді": not
    # "раді", glad)
    headed = len(words) >= 2 and _agrees_with_oblique_adjective(words[-2].text, previous, lang) \
        and not any({"ADJF", case} <= g and any({"NOUN", case} <= h for h in _grammemes(word, lang))
                    for g in before for case in OBLIQUE_CASES)  # "городском | совете": the head
    if not previous.isupper() and (not any("NOUN" in g for g in before)
                                   or any("ADJF" in g for g in before) and not headed):
        return False  # "Громадська | організація": an adjective (or a surname) before its head
    readings = _grammemes(word, lang)
    # complete after a capitalised dependent or a place in an oblique case ("Міністерство оборони
    # Росії", "правительство Челябинской области"; not the head "Американський Інститут")
    # (a capitalised institution noun is a head with genitives of its own: "Пресслужба
    # Міністерства | оборони")
    complete = len(words) >= 2 and "nomn" not in nlp.best_parse(previous, lang).tag and (
        previous[:1].isupper() and not previous.isupper() and not _heads_name(previous, lang, None)
        or len(words) >= 3 and words[-2].text[:1].isupper()
        and any("ADJF" in g and "gent" in g for g in _grammemes(words[-2].text, lang)))
    pos = nlp.best_parse(word, lang).pos
    if complete and (pos == "NOUN" or pos == "ADJF" and not any("gent" in g for g in readings)):
        return True  # "Міністерство оборони Росії | атаки називає", "Банк России | высокую ставку"
    nouns = [g for g in readings if "NOUN" in g]
    if previous.endswith(VERBAL_NOUN_ENDINGS) and any("ablt" in g for g in nouns):
        return False  # a verbal noun governs the instrumental: "з управління | зоною відчуження"
    if nlp.lemma_set(word, lang) & (DECISION_NOUNS | FOOTAGE_NOUNS):
        # a decision or a piece of footage is no part of a name: "У військовому комісаріаті |
        # рішення суду", "В Одесском городском совете | видео тоже заметили"
        return True
    return bool(nouns) and not any(g & {"gent", "gen2"} for g in nouns)


#: Nouns of a decision, which begin the object of a verb after a body's name in the locative
#: ("У військовому комісаріаті | рішення суду назвали ...") and are never part of that name.
DECISION_NOUNS = frozenset({"рішення", "вирок", "ухвала", "постанова", "указ", "решение", "приговор",
                            "постановление"})
#: Pieces of footage and posts, objects of a verb after a body's name in the locative; the
#: indeclinable ones ("відео", "фото") have a genitive reading that would join them to the name.
FOOTAGE_NOUNS = frozenset({"відео", "видео", "фото", "ролик", "допис", "пост", "скриншот", "запис"})
#: Endings of verbal nouns ("управління", "керування", "управления"), which may govern a noun in
#: the instrumental inside a body's name.
VERBAL_NOUN_ENDINGS = ("ння", "ття", "ния", "ения", "ания")


@lru_cache(maxsize=100_000)
def _verb_not_name(word: str, lang: str) -> bool:
    """Whether a lower-case ``word`` whose first reading is a proper name ("надала" as the surname
    Надал) can be a verb: lower case, it is the verb."""
    readings = nlp.parses(word, lang)
    return bool(readings and PERSON_TAGS & _grammemes(word, lang)[0]) and any(r.pos == "VERB" for r in readings)


def _without_object(words: list, lang: str) -> list:
    """The words of a name before a naming verb without the verb's object that follows it ("В
    Министерстве иностранных дел России | морской коридор | назвали"): lower-case words that may
    be an inanimate accusative, after a capitalised noun that heads no institution's name (after
    one, "Центр | протидії дезінформації", they are the name's)."""
    end = len(words)
    while end > 1 and words[end - 1].text.islower() and any(
            "accs" in r.tag and "anim" not in r.tag for r in nlp.parses(words[end - 1].text, lang)):
        end -= 1
    if end < len(words) and words[end - 1].text[:1].isupper() \
            and nlp.best_parse(words[end - 1].text, lang).pos != "ADJF" and (
                not _heads_name(words[end - 1].text, lang, None)
                or nlp.lemma(words[end - 1].text, lang) in WHOLE_NAME_HEADS | load_short_institution_names()):
        return words[:end]
    return words


#: The outlet or its journalists as the addressee of a body's words, in the dative (no case of
#: them reads as a genitive): they end the body's name.
ADDRESSEE_DATIVES = frozenset({"виданню", "изданию", "журналістам", "журналистам", "кореспонденту",
                               "корреспонденту", "кореспондентці", "корреспондентке"})
#: Capitalised heads that are a whole name alone and take no genitive after them ("У Кремлі |
#: рішення назвали", "В Пентагоне | удар назвали"), besides the short names of ministries.
WHOLE_NAME_HEADS = frozenset({"кремль", "пентагон", "ватикан"})


def _name_words(text: str, tokens: list, first: int, lang: str) -> list:
    """The tokens of a name from ``tokens[first]``: joined by spaces or quote marks only, up to
    :data:`MAX_INSTITUTION_WORDS`, ending before a preposition of :data:`INSTITUTION_NAME_STOPS`;
    empty when it is no institution's name (no capital letter and no institution noun heading
    two or more words, or a platform: "у Telegram")."""
    words = []
    if first < len(tokens) and _is_platform(tokens[first].text) and "-" in tokens[first].text:
        first += 1  # "у Telegram-каналі КМДА": the channel's owner is the name
    if first + 1 < len(tokens) and tokens[first].text[1:].islower() and tokens[first + 1].text.islower() \
            and _sentence_initial(text, tokens[first].start) and nlp.best_parse(tokens[first].text, lang).pos == "ADVB" \
            and not any(r.pos == "NOUN" for r in nlp.parses(tokens[first].text, lang)):
        first += 1  # "Пізніше | компанія повідомила": an adverb opening the sentence is no part of a name
    governed = False  # after a preposition that continues the name ("по правам человека")
    opened = 0  # quote marks opened inside the name ("Оперативного командування «Південь»")
    straight = False  # inside straight quote marks opened inside the name
    for index, token in enumerate(tokens[first:first + MAX_INSTITUTION_WORDS], start=first):
        if words and token.text.isdigit() and NUMBER_SIGN_GAP.fullmatch(text, words[-1].end, token.start):
            words.append(token)  # the number of a school or a unit: "ліцей №7"
            break
        if words and NAME_GAP.fullmatch(text, words[-1].end, token.start) is None:
            break
        gap = text[words[-1].end:token.start] if words else ""
        opened += gap.count("«") + gap.count("„")
        if any(mark in gap for mark in "»“”"):
            if not opened:
                break  # the name was itself in quote marks: «Нікопольський водоканал» | Андрій Бойко
            opened -= 1
        if '"' in gap and words:
            if not straight and text[words[0].start - 1:words[0].start] == '"':
                break  # the name was itself in straight marks: "Укренерго" | в Facebook
            straight = not straight  # straight marks alternate: у фонді "Книжкова полиця"
        if (opened or straight) and words:
            words.append(token)  # inside the name's own quote marks any word belongs: «Світло поруч»
            continue
        if any(ch.isdigit() for ch in token.text) or words and _is_platform(token.text):
            break  # "штабу | в 02:40", "Міністерство ... | у Facebook"
        if words and nlp.morph_form(words[-1].text) in PLACE_OR_TIME_PREPOSITIONS and token.text.islower() \
                and nlp.morph_form(token.text) not in NAME_PHRASE_AFTER_PREPOSITION \
                or words and nlp.best_parse(words[-1].text, lang).pos == "PREP" \
                and not nlp.lemma_set(token.text, lang).isdisjoint(WEEKDAY_LEMMAS | TIME_NOUN_LEMMAS | MONTH_LEMMAS):
            # "штаб Курской области | в ночь", "Фонд гарантування вкладів | з понеділка": a place
            # or a time, not the name
            words.pop()
            break
        if not words and nlp.best_parse(token.text, lang).pos == "PREP":
            return []  # "у повідомленні | в Telegram": a place, not a name
        if words and token.text in COORDINATING_AND and index + 1 < len(tokens) \
                and tokens[index + 1].text[:1].isupper() and not tokens[index + 1].text.isupper():
            # "Координаційного штабу | і Національної поліції": two bodies, not one name (but
            # "ТЦК та СП", "Министерство строительства и ЖКХ" are one)
            break
        if words and nlp.morph_form(token.text) in DEMONSTRATIVES:
            break  # "Суд | этот довод отверг": a demonstrative opens a phrase of its own
        if words and token.text in ADDRESSEE_DATIVES:
            break  # "В аппарате уполномоченного | изданию ответили": the outlet told
        if len(words) >= 2 and words[-1].text in COORDINATING_AND and token.text.islower() \
                and _oblique_noun(words[-2].text, lang) and not any("gent" in g for g in _grammemes(token.text, lang)):
            break  # "Координаційному штабу та | родинам": a second addressee, not a genitive of the name
        if words and nlp.morph_form(token.text) in TIME_DETERMINERS and index + 1 < len(tokens) \
                and not nlp.lemma_set(tokens[index + 1].text, lang).isdisjoint(TIME_NOUN_LEMMAS):
            break  # "Генштаб ЗСУ | наступного дня підтвердив": a time, not part of the name
        if words and token.text.islower() and index + 1 < len(tokens) \
                and nlp.best_parse(token.text, lang).pos == "ADJF" \
                and not nlp.lemma_set(tokens[index + 1].text, lang).isdisjoint(TIME_NOUN_LEMMAS):
            break  # "Минобороны России | восьмой день подряд называет", "другу добу поспіль"
        if nlp.morph_form(token.text) in INSTITUTION_NAME_STOPS:
            if not (words and index + 1 < len(tokens)
                    and (nlp.morph_form(tokens[index + 1].text) in NAME_PHRASE_AFTER_STOP
                         or _region_after_po(token.text, tokens[index + 1].text, lang))):
                break
            governed = True  # "по правам человека": what the preposition governs is oblique
        elif governed and token.text.islower() and not any(g & OBLIQUE_CASES for g in _grammemes(token.text, lang)):
            break  # "Миссии ООН по правам человека | процесс назвали"
        if token.text[:1].islower() and (nlp.best_parse(token.text, lang).pos not in NAME_PHRASE_POS
                                          or _verb_not_name(token.text, lang)):
            break  # "Міноборони Росії | раніше заявляло", "Київська міська рада | надала"
        if words and index + 1 < len(tokens) and (nlp.morph_form(token.text), nlp.morph_form(tokens[index + 1].text)) in ADVERBIAL_PAIRS:
            break  # "Минобороны России | тем временем"
        if words and not governed and token.text.islower() and _object_after_name(words, token.text, lang):
            break  # "У Міноборони РФ | удар назвали": the verb's object, not a word of the name
        if words and token.text[:1].isupper() and _nominative_first_name(token.text, lang) \
                and index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper() \
                and _word_info(tokens[index + 1].text, lang).person:
            # a full name in the nominative starts a person: "Офиса Уполномоченного в Одесской
            # области | Виктория Лозинская" (not "Фонду Сергія Притули", "Верховна Рада України")
            break
        words.append(token)
    while words and words[-1].text.islower() and nlp.best_parse(words[-1].text, lang).pos in ("PREP", "CONJ"):
        words.pop()  # a name ends in no preposition: "СБУ | у своєму Telegram-каналі"
    if not words or nlp.morph_form(words[0].text) in PLATFORM_NAMES:
        return []
    named = any(ch.isupper() for t in words for ch in t.text)
    # a lower-case name needs a word besides its head: a bare "відомства" refers back to one;
    # any noun reading may head it ("рада" reads first as the short adjective of "радий")
    institution_nouns = load_institution_nouns()
    if named or (len(words) >= 2 and any(r.pos == "NOUN" and (lang, r.lemma) in institution_nouns
                                         for t in words for r in nlp.parses(t.text, lang))):
        return words
    return []


#: The first words of the cue phrases after which a source is in the genitive ("за даними
#: управління", "по данным управления", "на думку комісії", "по словам ведомства").
GENITIVE_CUE_PREFIXES = ("за ", "по ", "на ", "со ")


def _region_after_po(preposition: str, word: str, lang: str) -> bool:
    """Whether a Russian body's name goes on with "по" and the region it serves, in the dative
    ("управление МЧС России по Курганской области", "ГУ МВД по Москве")."""
    return lang == "ru" and nlp.morph_form(preposition) == "по" and word[:1].isupper() \
        and not word.isupper() and any("datv" in g for g in _grammemes(word, lang))


def _surface(text: str, words: list) -> str:
    end = words[-1].end
    opened = text.count("«", words[0].start, end) > text.count("»", words[0].start, end) \
        or text.count("„", words[0].start, end) > text.count("“", words[0].start, end) \
        or text.count('"', words[0].start, end) % 2 == 1
    if text[end:end + 1] and text[end] in "»“”\"" and opened:
        end += 1  # the closing mark of a name inside the name ("командования «Юг»", 'компанія "Гарант"')
    return text[words[0].start:end]


#: The prefix of a ministry's short name ("Міноборони", "Минпросвещения").
MINISTRY_PREFIXES = ("мін", "мин")


@lru_cache(maxsize=20_000)
def _ministry_short_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a ministry's short name made of the prefix and a noun in the genitive
    ("Міноборони", "Мінцифри", "Минпросвещения", "Минобороны"): it does not decline."""
    lower = nlp.morph_form(word)
    rest = lower[3:]
    return word[:1].isupper() and lower.startswith(MINISTRY_PREFIXES) and len(rest) >= 4 and any(
        r.pos == "NOUN" and "gent" in r.tag for r in nlp.parses(rest, lang) if nlp.is_known(rest, lang))


#: Parts of speech that agree with a head noun as adjectives do: full adjectives and (Russian)
#: participles ("управляющая компания").
ADJECTIVE_POS = ("ADJF", "PRTF")


def _institution_nominative(text: str, words: list, lang: str, cases: tuple[str, ...]) -> str:
    """The name with its head noun, and the adjectives before it, put into the nominative
    ("Координаційного штабу з питань ..." -> "Координаційний штаб з питань ..."); what follows
    the head keeps its case, abbreviations and quoted names stay as written."""
    analyzer = nlp.morph_analyzer(lang)
    parsed = [nlp.safe_parse(analyzer, nlp.morph_form(token.text)) for token in words]
    # (a participle is an adjective here: "управляющей компании", "поддержки заключенных")
    readings = [[p for p in options if p.tag.POS in ("NOUN", *ADJECTIVE_POS) and p.tag.case in cases]
                for options in parsed]
    result = _surface(text, words)
    head = None
    for i, token in enumerate(words):
        nouns = [p for p in parsed[i] if p.tag.POS == "NOUN"]
        if token.text.isupper() or nouns and nouns[0].tag.case not in cases and all("Fixd" in p.tag for p in nouns[:1]) \
                or i == 0 and _ministry_short_name(token.text, lang):
            # (a declinable noun with a rare indeclinable homograph is no indeclinable head: "порту")
            # an abbreviation or indeclinable head: "ДСНС у ...", "Міноборони Росії"; the
            # adjectives before it agree with it already ("в Одеській ОВА" -> "Одеська ОВА")
            fixed = next((p for p in parsed[i] if p.tag.POS == "NOUN" and "Fixd" in p.tag), None)
            return _adjectives_to_nominative(result, words[:i], readings[:i], base=words[0].start,
                                             gender=fixed.tag.gender if fixed is not None and not token.text.isupper() else None)
        if any(p.tag.POS == "NOUN" for p in readings[i]):
            # an adjective that is also a noun ("городского": an official) before a noun in the
            # same case is an adjective ("Львовского городского совета")
            if i + 1 < len(words) and any(p.tag.POS in ADJECTIVE_POS for p in readings[i]) \
                    and any(p.tag.POS in ("NOUN", *ADJECTIVE_POS) for p in readings[i + 1]):
                continue  # ... or before another adjective ("Вінницькому обласному центрі")
            head = i
            break
    if head is None:
        return result
    # (a body or a place, not a person: "у Києві" is Київ, not the name Кий)
    nouns = sorted((p for p in readings[head] if p.tag.POS == "NOUN"), key=lambda p: bool(PERSON_TAGS & p.tag.grammemes))
    # the reading that agrees with the adjective before the head ("міській раді": рада, not рад)
    genders = {p.tag.gender for p in readings[head - 1] if p.tag.POS in ADJECTIVE_POS} if head else set()
    noun = next((p for p in nouns if p.tag.gender in genders), nouns[0])
    replaced = []
    for i in range(head + 1):
        token, options = words[i], readings[i]
        if i < head:
            options = [p for p in options if p.tag.POS in ADJECTIVE_POS and p.tag.gender in (noun.tag.gender, None)]
        else:
            options = [noun]
        if not options:
            if i < head:
                continue  # a word before the head that does not agree (a quoted name) stays
            break
        # (adjectives before a plural head are plural: "Военно-морские силы", not "морская")
        grammemes = {"nomn"} | ({"plur"} if i < head and noun.tag.number == "plur" else
                                {noun.tag.gender} if i < head and noun.tag.gender else set())
        form = None
        if i == head and noun.tag.number is None:
            # a head the dictionary gives no number (uk "вісника", whose nominative singular has
            # no case mark either): its normal form; inflecting to "nomn" finds the plural "вісники"
            form = nlp.match_case(options[0].normal_form, token.text)
        form = form or _inflected(options[0], grammemes, token)
        if form is not None:
            replaced.append((token, form))
    return _replaced(result, replaced, base=words[0].start)


def _adjectives_to_nominative(result: str, words: list, readings: list, *, base: int,
                              gender: str | None = None) -> str:
    """``result`` (the surface of a name from ``base``) with the adjectives ``words`` before an
    abbreviation or an indeclinable noun put into the nominative, each keeping its own gender and
    number, or taking the noun's ``gender`` ("Національному бюро" -> "Національне бюро")."""
    replaced = []
    for token, options in reversed(list(zip(words, readings))):
        adjectives = [p for p in options if p.tag.POS in ADJECTIVE_POS]
        adjective = next((p for p in adjectives if gender and p.tag.gender == gender), adjectives[0] if adjectives else None)
        if adjective is None:
            break  # no adjective phrase: what comes before it stays as written
        form = _inflected(adjective, {"nomn"} | ({"plur"} if adjective.tag.number == "plur" else
                                                 {gender} if gender and adjective.tag.gender == gender else set()), token)
        if form is None:
            break
        replaced.append((token, form))
    return _replaced(result, replaced, base=base)


def _inflected(reading, grammemes: set[str], token) -> str | None:
    """``reading`` (a pymorphy3 parse) in ``grammemes``, written in the case of ``token``; None
    if the dictionary cannot inflect it."""
    inflected = reading.inflect(grammemes)
    return None if inflected is None else nlp.match_case(inflected.word, token.text)


def _replaced(result: str, replaced: list[tuple], *, base: int) -> str:
    """``result`` (a surface starting at ``base``) with each ``(token, form)`` put in its place."""
    for token, form in sorted(replaced, key=lambda item: item[0].start, reverse=True):
        result = result[:token.start - base] + form + result[token.end - base:]
    return result


def _has_pronoun_or_description(text: str, start: int, end: int, ctx: _Context) -> bool:
    return any(nlp.morph_form(t.text) in PRONOUNS or nlp.lemma(t.text, ctx.lang) in ctx.descriptions
               for t in _tokens(text, start, end))


def _sentence_bounds(text: str, pos: int, p_start: int, p_end: int) -> tuple[int, int]:
    start = max(p_start, pos - 400)
    left = text.rfind(". ", start, pos)
    for mark in ("! ", "? ", "… ", "\n"):
        left = max(left, text.rfind(mark, start, pos))
    s_start = left + 2 if left >= start else start  # bounded: never scan a whole paragraph
    right = len(text)
    for mark in (". ", "! ", "? ", "\n"):
        found = text.find(mark, pos, min(p_end, pos + 400))
        if found != -1:
            right = min(right, found + 1)
    return s_start, min(right, p_end)


# ---------------------------------------------------------------------------------------------
# passes 2-7


#: A verb of being called or "під назвою" right before a quote mark: what follows is a title.
#: A headline's quote marks come next ("вийшов під заголовком", "выпустил сюжет с заголовком",
#: "його заголовок"): the words are the outlet's, named before.
HEADLINE_INTRODUCED = re.compile(r"(?<!\w)(?:(?:під|із|з|зі|с|со|под)[ \t]+заголовк(?:ом|ами)|заголов(?:ок|ки))[ \t]*$",
                                 re.IGNORECASE)
#: A publication and its title ("матеріал харківського сайту «...» під назвою «...»"): a headline.
PUBLICATION_TITLED = re.compile(r"(?<!\w)(?:матеріал|статт|публікаці|сюжет|репортаж|материал|стать|публикаци)\w*"
                                r"(?:[ \t]+[^\s.!?]+){0,5}?[ \t]+(?:під|з|под|с)[ \t]+(?:назвою|названием)[ \t]*$",
                                re.IGNORECASE)
TITLE_INTRODUCED = re.compile(
    r"(?:(?<!\w)(?:назива\w*ся|назвав\w*ся|назвал\w*ся|зветься|звався|звалася|звалось|звалися|"
    r"называ\w*ся|зовётся|зовется|звался|звалась)|під[ \t]+назвою|з[ \t]+назвою|под[ \t]+названием|"
    r"с[ \t]+названием)[ \t]*$", re.IGNORECASE)


def _classify_marked(ctx: _Context, pieces: list[tuple[int, int]], p_bounds: tuple[int, int]
                     ) -> tuple[str, tuple[str, str, str] | None]:
    text = ctx.text
    q_start, q_end = pieces[0][0], pieces[-1][1]
    p_start, p_end = p_bounds
    inner = text[q_start:q_end]
    words = nlp.count_words_in(text, q_start, q_end)
    before = text[max(p_start, q_start - 1 - 80):q_start - 1]
    # the words just before the mark, in its own sentence ("побывал в селе. «...»" has none)
    prev_tokens = nlp.tokenize_words(re.split(r"[.!?…:;]", before)[-1])[-2:]
    if HEADLINE_INTRODUCED.search(before) or PUBLICATION_TITLED.search(before):
        outlet = _last_outlet(text, q_start, ctx)
        if outlet:
            # "вийшло під заголовком «...»": the outlet's words, though "заголовок" is a noun that
            # names what follows
            return "quote", (outlet, outlet, "")
    # a name is written with a capital or a digit ("формат «Рамштайн»", "телеканал «1+1»",
    # "застосунок «єВідновлення»"); words in lower case after such a noun are someone's
    # ("обмін у форматі «всіх на всіх»")
    first_word = nlp.WORD_TOKEN.search(inner)
    if prev_tokens and words <= 8 and not (first_word and first_word.group().islower()):
        for token in reversed(prev_tokens[-2:]):
            if (nlp.lemma_set(token, ctx.lang) | {nlp.morph_form(token)}) & ctx.name_nouns:
                return "name", None
        last = prev_tokens[-1]
        if last[:1].isupper() and last.isupper() and len(last) <= 4 and before.endswith(last + " "):
            return "name", None  # ТОВ «...», АТ «...», ПАТ «...» (not "У МЗС заявили: «...»")
    if SO_CALLED.search(before):
        return "scare_quote", None
    if TITLE_INTRODUCED.search(before) and not (first_word and first_word.group().islower()):
        return "name", None  # "випуск називався «Що робити з Європою»": a title, however long
    close_end = q_end + 1
    p_end = _paragraph_at(ctx, q_end)[1]  # a quotation may end paragraphs later
    after = text[close_end:min(p_end, close_end + ATTRIBUTION_WINDOW)]
    dash_after = re.match(r"[,.!?…]*[ \t]*[–—-][ \t]+", after)
    if dash_after:
        window_end = close_end + dash_after.end()
        stop = re.search(r"[.!?…]|[ \t][–—-][ \t]|\n", text[window_end:min(p_end, window_end + ATTRIBUTION_WINDOW)])
        window_stop = window_end + (stop.start() if stop else min(p_end, window_end + ATTRIBUTION_WINDOW) - window_end)
        speaker = attribute(text, window_end, window_stop, ctx, anchor=q_start)
        if speaker:
            return "quote", speaker
    as_said = AS_SAID_AFTER.match(after)
    if as_said:  # "відклали «до перемоги», як каже Дмитро"
        window_end = close_end + as_said.end()
        stop = re.search(r"[.!?…;]|[ \t][–—-][ \t]|\n", text[window_end:min(p_end, window_end + ATTRIBUTION_WINDOW)])
        window_stop = window_end + stop.start() if stop else min(p_end, window_end + ATTRIBUTION_WINDOW)
        speaker = attribute(text, window_end - len(as_said.group("as")), window_stop, ctx, anchor=q_start)
        if speaker and speaker[0]:  # not "як кажуть" (as the saying goes)
            return "quote", speaker
    comma_verb = COMMA_BEFORE_LOWER.match(after)
    if comma_verb and first_word and first_word.group().islower() and words >= MIN_FRAGMENT_WORDS:
        # "окна из ударопрочного стекла — «на всякий случай», уточнил он": a verb right after the
        # comma, its subject after it, attributes the words before (not one word: "понад десять
        # «шахедів», повідомили в КМВА" attributes the sentence, the word is the outlet's)
        window_start = close_end + comma_verb.end()
        limit = min(p_end, window_start + ATTRIBUTION_WINDOW)
        stop = INVERTED_ATTRIBUTION_END.search(text, window_start, limit)
        window_stop = stop.start() if stop else limit
        cue = find_cue(text, window_start, window_stop, ctx)
        if cue and cue[1] == window_start and nlp.best_parse(text[cue[1]:cue[2]], ctx.lang).pos == "VERB":
            speaker = attribute(text, window_start, window_stop, ctx, anchor=q_start)
            if speaker and speaker[0] and speaker[1]:  # someone named there, not a guess
                return "quote", speaker
    s_start, _ = _sentence_bounds(text, q_start - 1, p_start, p_end)
    lead = text[s_start:q_start - 1]
    colon_before = re.search(r":[ \t]*$", lead) is not None
    whole_paragraph = _first_open_pos(text, p_start, p_end) == q_start - 1 and (
        len(pieces) > 1 or re.match(r"[,.!?…]*[ \t]*$", text[close_end:p_end]) or dash_after)
    cue_before = attribute(text, s_start, q_start - 1, ctx, anchor=q_start) if lead.strip() else None
    if colon_before and len(pieces) == 1 and first_word and first_word.group()[:1].isupper() \
            and words <= MAX_NAME_WORDS and not TERMINAL_PUNCT.search(inner) and NAME_GOES_ON.match(text, close_end):
        return "name", None  # "обратная сторона: «Хеллборн» больше не будет платить ...": a name opens the clause
    if colon_before or whole_paragraph or len(pieces) > 1:
        return "quote", cue_before or (colon_before and _label_speaker(ctx, s_start, q_start - 1)) or (
            _fallback_speaker(ctx, q_start))
    if words >= LONG_QUOTE_WORDS or TERMINAL_PUNCT.search(inner) and words >= 3:
        return "quote", cue_before or _sentence_attribution(ctx, q_end, p_start, p_end) or (
            _fallback_speaker(ctx, q_start))
    if prev_tokens and nlp.lemma_set(prev_tokens[-1], ctx.lang) & SHOUTING_CUES and inner.rstrip().endswith("!") \
            and before.rstrip(" \t").endswith(prev_tokens[-1]):
        # "скандували «Відставка!»", even one capitalised word: what was shouted; a crowd unnamed
        # is the group as the text gives it ("Кілька опозиційних депутатів ... скандували")
        speaker = cue_before if cue_before and cue_before[0] else None
        return "quote", _shouting_group(ctx, s_start, q_start - 1) or speaker or ("", "", "")
    if cue_before and not _capitalised_noun_phrase(ctx, q_start, q_end) and \
            _introduces_fragment(ctx, s_start, q_start - 1, inner, speaker=cue_before):
        return "quote", cue_before  # a verbatim fragment inside reported speech
    if first_word and first_word.group()[:1].isupper() and words <= MAX_NAME_WORDS and not TERMINAL_PUNCT.search(inner):
        return "name", None
    return "scare_quote", None


#: A comma after a closing quote mark and a word in lower case: where an inverted attribution
#: may open ("«...», уточнил он").
COMMA_BEFORE_LOWER = re.compile(r"[ \t]*,[ \t]+(?=[a-zа-яіїєґё])")
#: Where such an attribution ends: a sentence's or clause's end, a dash, a line break.
INVERTED_ATTRIBUTION_END = re.compile(r"[.!?…;:]|[ \t][–—-][ \t]|\n")


def _capitalised_noun_phrase(ctx: _Context, start: int, end: int) -> bool:
    """A short capitalised span with no verb: a name ("працюватимуть «Пункти незламності»"),
    not a fragment of someone's words ("заявив, що «Україна не здасться»")."""
    tokens = _tokens(ctx.text, start, end)
    return bool(tokens) and tokens[0].text[:1].isupper() and len(tokens) <= MAX_NAME_WORDS and not any(
        nlp.best_parse(t.text, ctx.lang).pos in ("VERB", "INFN", "PRED") for t in tokens)


#: A lower-case word right after a closing quote mark: the sentence goes on past the quoted words.
NAME_GOES_ON = re.compile(r"[ \t]+[а-яіїєґё]")
#: ", як каже X" / ", как сказал X" right after a closing quote mark: the words are X's.
AS_SAID_AFTER = re.compile(r",?[ \t]+(?P<as>як|как)[ \t]+", re.IGNORECASE)

REPORTED_SPEECH_LINK = re.compile(r"\b(?:що|мовляв|нібито|буцімто|начебто|что|мол|якобы|будто)\b|:", re.IGNORECASE)


#: A single word in quote marks inside reported speech is the outlet's distance far more often
#: than the speaker's wording ("зазначив, що результати «волевиявлення» відомі"): 66 of the 73
#: one-word spans of the demo gold are scare quotes.
MIN_FRAGMENT_WORDS = 2

#: Adverbs of irony before a naming verb: the name in quote marks is the outlet's distance from
#: it, not the speaker's words ("У Кремлі депортацію дітей, звісно, називають «порятунком»").
IRONY_ADVERBS = frozenset({"звісно", "звичайно", "конечно", "разумеется"})
#: What stands between a naming verb and the fragment it names: the object, up to seven words,
#: without punctuation or another quotation ("назвали ситуацію на валютному ринку «...»").
NAMING_OBJECT = re.compile(r"(?:[ \t]+[\w’ʼ'-]+){0,7}[ \t]*[«„“\"]?")
#: "про" / "о" right between a reporting verb and a quoted fragment.
ABOUT_BEFORE_FRAGMENT = re.compile(r"[ \t]+(?:про|о|об|обо)[ \t]+", re.IGNORECASE)
#: Between a verb and the infinitive fragment it governs stand at most an object or two
#: ("закликав мешканців «...»"), with no punctuation.
MAX_WORDS_BEFORE_INFINITIVE_FRAGMENT = 2
INFINITIVE_FRAGMENT_GAP = re.compile(r"[.,:;!?…–—]")


#: A comma before a coordinating conjunction: the clause after it keeps the subject ("подякував
#: ..., проте назвав її позицію «...»"), as a relative clause after a comma does not.
COMMA_AND_CONJUNCTION = re.compile(r",[ \t]+(?=(?:але|проте|однак|зате|а|но|однако|зато)\b)"
                                   # a clause of where it was said keeps the subject: "записав
                                   # відеозвернення, у якому назвав ...", "в котором назвал"
                                   r"|,[ \t]+(?=(?:у|в|во|на)[ \t]+(?:якому|якій|яких|котором|которой|которых)\b)",
                                   re.IGNORECASE)


#: A number of people as a subject, then (past a short adverbial) its verb right before the
#: quote mark: "Кілька опозиційних депутатів наприкінці виступу скандували «", "несколько
#: депутатов выкрикнули «".
GROUP_BEFORE_VERB = re.compile(
    r"(?<!\w)(?P<group>(?:[Чч]астина|[Кк]ілька|[Дд]екілька|[Гг]рупа|[Дд]есятки|[Сс]отні|[Чч]асть|[Нн]есколько"
    r"|[Гг]руппа|[Сс]отни))(?:[ \t]+[а-яіїєґё'ʼ’-]+){1,6}?[ \t]+(?P<verb>[а-яіїєґё'ʼ’-]+)[ \t]*$")
def _shouting_group(ctx: _Context, start: int, end: int) -> tuple[str, str, str] | None:
    """``(group, surface, cue)`` of a number of people shouting, as the subject of the sentence
    ``text[start:end]``: the quantity word and the words up to the first plural noun in the
    genitive ("частина опозиційних депутатів", "несколько депутатов"), or None."""
    match = GROUP_BEFORE_VERB.search(ctx.text, start, end)
    if match is None:
        return None
    tokens = _tokens(ctx.text, match.start(), match.start("verb"))
    for index, token in enumerate(tokens[1:], start=1):
        if any(r.pos == "NOUN" and "gent" in r.tag and "plur" in r.tag for r in nlp.parses(token.text, ctx.lang)):
            surface = ctx.text[tokens[0].start:token.end]
            return surface[:1].lower() + surface[1:], surface, nlp.lemma(match.group("verb"), ctx.lang)
    return None


#: Verbs of thanking: the words after "за" in quote marks are what the speaker thanked for.
THANKING_CUES = frozenset({"подякувати", "дякувати", "поблагодарить", "благодарить"})
#: Verbs of promising and threatening: what they promise, in quote marks right after them (or
#: after the addressee), is the speaker's own wording ("пообіцяли «адекватну відповідь»").
PROMISE_CUES = frozenset({"пообіцяти", "обіцяти", "пригрозити", "погрожувати", "пообещать", "обещать",
                          "пригрозить", "грозить"})
#: Between a verb of promising and its quoted object: at most the addressee ("аграріям"), no verb.
PROMISE_OBJECT = re.compile(r"(?:[ \t]+[\w’ʼ'-]+){0,1}[ \t]*[«„“\"]?")
#: Verbs of shouting and chanting: an exclamation in quote marks right after them was shouted.
SHOUTING_CUES = frozenset({"вигукнути", "вигукувати", "скандувати", "выкрикнуть", "выкрикивать", "скандировать"})


#: A concessive clause whose subject is a bare body noun right before its verb (", хотя прежде
#: ведомство | называло"): the body of the clause before, named again.
CONCESSIVE_BODY_CLAUSE = re.compile(r"[ \t]*,[ \t]*(?:хотя|хоча|хоч)(?:[ \t]+[\w-]+){0,2}?[ \t]+(?P<noun>\w+)[ \t]*$")


def _body_noun_clause(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]``, between one verb and the next, is a comma and a concessive
    clause whose subject is a bare body noun ("МИД России не ответил, хотя прежде ведомство
    называло ..."): the second verb has the first one's subject."""
    clause = CONCESSIVE_BODY_CLAUSE.search(text, start, end)
    return clause is not None and clause.end() == end and not re.search(r"[,;:–—]", text[start:clause.start()]) \
        and _heads_institution(clause.group("noun"), lang)


def _introduces_fragment(ctx: _Context, start: int, end: int, fragment: str,
                         *, speaker: tuple[str, str, str] = ("", "", "")) -> bool:
    """Reported speech that carries a verbatim fragment: the naming verb of a person who agrees
    with it or of an institution (``speaker``: as :func:`attribute` gives it) before a fragment in
    lower case, of any length ("X назвав атаку «найзухвалішою за сезон»", "назвав темпи
    «запізнілими»", "У МЗС назвали атаку «...»"; a capitalised one is a name, "назвали
    «Азовсталь»"; "у Москві назвали відступ «жестом доброї волі»" is the outlet's distance); or,
    for fragments of :data:`MIN_FRAGMENT_WORDS` or more, a cue phrase ("за словами X", "на думку
    X") or a reporting verb followed by "що"/"мовляв"/a colon before the quoted fragment."""
    cue = find_cue(ctx.text, start, end, ctx)
    if cue is None:
        return False
    naming = nlp.morph_form(cue[0]) in load_naming_cues() or (
        # "пояснювало згарища «самозайманням сухої трави»": explained by what, in their words
        cue[0] in EXPLAINING_CUES and fragment[:1].islower()
        and any("ablt" in g for g in _grammemes((nlp.tokenize_words(fragment) or [""])[0], ctx.lang)))
    later = cue
    while not naming and later is not None:
        # the second verb of one subject may name ("подякувала партнерам і назвала допомогу
        # «...»"; not across a comma, "партнеру, який назвав ...", nor in the plural)
        later = find_cue(ctx.text, later[2], end, ctx)
        gerund = later is not None and nlp.best_parse(ctx.text[later[1]:later[2]], ctx.lang).pos == "GRND"
        if later is not None and nlp.morph_form(later[0]) in load_naming_cues() \
                and (not re.search(r"[;:–—]" if gerund else r"[,;:–—]",
                                   COMMA_AND_CONJUNCTION.sub(" ", ctx.text[cue[2]:later[1]]))
                     or _body_noun_clause(ctx.text, cue[2], later[1], ctx.lang)) \
                and (not _plural(ctx.text[later[1]:later[2]], ctx.lang) or _plural(ctx.text[cue[1]:cue[2]], ctx.lang)):
            # (a plural only after a plural: "В компании «...» подтвердили остановку, но назвали ее
            # «...»", the same unnamed staff)
            # (a gerund after a comma has the main verb's subject: "..., назвавши голосування «...»")
            cue, naming = later, True
    if naming:
        # a named person's or institution's own evaluation, even in one word ("назвав темпи
        # ремонту «запізнілими»", "У МЗС назвали атаку «прямим ударом ...»"), right after the
        # verb's object (not "називали X «...» до завершення «спецоперації»"); a person agrees
        # with the verb ("таких, як Руслан, називають «...»" names no speaker)
        person = _named_person(ctx, start, speaker) and not _plural(ctx.text[cue[1]:cue[2]], ctx.lang)
        if any(nlp.morph_form(word) in IRONY_ADVERBS for word in nlp.WORD_TOKEN.findall(ctx.text, start, cue[1])):
            return False  # "У Кремлі депортацію, звісно, називають «порятунком»": the outlet's irony
        # (or one named in quote marks before the verb: "Блогер «Полевой комиссар» назвал ...")
        quoted = bool(speaker and speaker[1]) and any(
            f"{o}{speaker[1]}{c}" in ctx.text[start:cue[1]] for o, c in OPENING_NAME_MARKS.items())
        # (or a bare institution noun that refers back to one: "Сама компанія назвала ...")
        body_noun = bool(speaker and speaker[0]) and any(
            _heads_institution(t.text, ctx.lang) and not ctx.text[t.end:cue[1]].strip()
            and nlp.lemma(t.text, ctx.lang) not in UNNAMED_AUTHORITY_NOUNS
            for t in _tokens(ctx.text, max(start, cue[1] - MAX_NOUN_BEFORE_CUE_CHARS), cue[1])[-1:])
        if fragment[:1].islower() and NAMING_OBJECT.fullmatch(ctx.text, cue[2], end) is not None \
                and (person or quoted or body_noun or _named_institution(speaker, ctx.lang)):
            return True
    promise = cue  # the last verb before the fragment ("назвав ... і пообіцяв аграріям «...»")
    while promise is not None and promise[0] not in PROMISE_CUES:
        promise = find_cue(ctx.text, promise[2], end, ctx)
    between = PROMISE_OBJECT.fullmatch(ctx.text, promise[2], end) if promise is not None \
        and nlp.best_parse(ctx.text[promise[1]:promise[2]], ctx.lang).pos == "VERB" else None  # not "обещанные"
    if between and fragment[:1].islower() and not any(
            nlp.best_parse(w, ctx.lang).pos in ("INFN", "VERB") for w in nlp.WORD_TOKEN.findall(between.group())) \
            and not any(nlp.morph_form(w) in RELATIVE_WORDS for w in nlp.WORD_TOKEN.findall(ctx.text, start, promise[1])) \
            and (_named_person(ctx, start, speaker) or _named_institution(speaker, ctx.lang)):
        # (not in a relative clause: "задержала жителей, которые обещали людям «компенсации»"; not
        # the object of an infinitive: "пообещала провести «рабочую встречу»" keeps its distance)
        return True  # "Там пообещали «адекватный ответ»": the promise in the speaker's words
    if cue[0] in THANKING_CUES and fragment.split(" ", 1)[0].lower() == "за" and _named_person(ctx, start, speaker):
        return True  # "подякував міністрові «за чудову презентацію»": what they thanked for, in their words
    if nlp.count_words(fragment) < MIN_FRAGMENT_WORDS:
        return False
    if " " in cue[0]:
        return True
    between = ctx.text[cue[2]:end]
    if ABOUT_BEFORE_FRAGMENT.fullmatch(between) and fragment[:1].islower():
        # what a named person or institution reported, in their words: "Сомов сообщил о
        # «небольшом возгорании»", "Міноборони Росії відзвітувало про «повний контроль»" (not
        # "пишуть про «складні умови»", "в Москві говорять про «...»")
        return _named_person(ctx, start, speaker) or _named_institution(speaker, ctx.lang)
    if _opens_with_infinitive(fragment, ctx.lang):
        governing = _last_verb_of_subject(ctx, cue, end)
        gap = ctx.text[governing[2]:end]
        if not INFINITIVE_FRAGMENT_GAP.search(gap) and nlp.count_words(gap) <= MAX_WORDS_BEFORE_INFINITIVE_FRAGMENT:
            # what was promised or called for, in the speaker's words: "пообіцяв «купити ...»",
            # "закликав мешканців «не боятися ...»", also by a second verb of the subject
            # ("назвал сдавшихся «позором армии» и потребовал их «судить заочно»")
            return True
    if naming:
        return _named_person(ctx, start, speaker) and fragment[:1].islower()
    return REPORTED_SPEECH_LINK.search(ctx.text, cue[2], end) is not None


#: A comma, semicolon, colon or dash between two verbs: a new clause, perhaps a new subject.
CLAUSE_BREAK = re.compile(r"[,;:–—]")
#: Verbs of explaining, whose instrumental complement in quote marks is the speaker's wording
#: ("в госпитале объясняют перенос «временной оптимизацией»").
EXPLAINING_CUES = frozenset("пояснити пояснювати объяснить объяснять".split())
#: How far before a verb its subject noun is looked for (the longest institution noun, spaces).
MAX_NOUN_BEFORE_CUE_CHARS = 24


def _named_person(ctx: _Context, start: int, speaker: tuple[str, str, str]) -> bool:
    """Whether the subject is in the sentence (``surface``: "Ковтун", "Вона") and is a person, by
    the full name the article introduced or by the name itself."""
    name, surface, _ = speaker
    if any((word.islower() or word is name.split()[-1]) and nlp.lemma(word.lower(), ctx.lang) in UNNAMED_AUTHORITY_NOUNS
           for word in name.split()):
        return False  # "окупаційна влада": authorities, though "Влада" is also a woman's name
    return bool(surface) and (
        len(name.split()) >= 2 and _is_person_run(name.split(), ctx.text, start, ctx.lang)
        or _is_person_run(surface.split(), ctx.text, start, ctx.lang)
        # one of a group of people ("Один із колишніх партнерів назвав ...")
        or bool(ONE_OF_GROUP.match(surface)) and _group_of_people(name.split()[-1], ctx.lang))


#: "The authorities": no institution of their own without the place they govern after them (a
#: fragment they name keeps the outlet's distance, as one named "у Москві" does).
UNNAMED_AUTHORITY_NOUNS = frozenset({"влада", "власть"})


def _named_institution(speaker: tuple[str, str, str], lang: str) -> bool:
    """Whether the speaker :func:`attribute` found is an institution ("МЗС України", "Офіс
    Омбудсмана", "пресслужба НБУ"), not a place ("у Москві назвали ...") or nobody."""
    name, surface, _ = speaker
    words = name.split()
    if words and nlp.lemma(words[-1].lower(), lang) in UNNAMED_AUTHORITY_NOUNS:
        # "власти сообщают об «отраженной атаке»", "окупаційна влада пояснювала «навчаннями»": no
        # place, so no body named; the outlet's distance ("Власти Краснодарского края" name one)
        return False
    return bool(surface) and bool(words) and any(
        _names_institution(word, lang) or (lang, nlp.lemma(word, lang)) in load_institution_nouns()
        or LATIN_ABBREVIATION.fullmatch(word) is not None  # "аналітики ISW назвали ..."
        for word in words)


def _last_verb_of_subject(ctx: _Context, cue: tuple[str, int, int], end: int) -> tuple[str, int, int]:
    """The last of the verbs joined to ``cue`` before ``end`` that share its subject: a verb after
    "і"/"и"/"та" with no comma, colon or dash between and not in the plural ("назвал ... и
    потребовал"); ``cue`` itself when none follows."""
    last = cue
    while True:
        later = find_cue(ctx.text, last[2], end, ctx)
        if later is None or nlp.best_parse(ctx.text[later[1]:later[2]], ctx.lang).pos != "VERB" \
                or CLAUSE_BREAK.search(ctx.text, last[2], later[1]) \
                or COORDINATING_AND.isdisjoint(ctx.text[last[2]:later[1]].split()) \
                or _plural(ctx.text[later[1]:later[2]], ctx.lang):
            return last
        last = later


def _opens_with_infinitive(fragment: str, lang: str) -> bool:
    """Whether a lower-case fragment opens with an infinitive, negated or not ("не боятися ..."),
    or after an adverb ("негайно відновити ...")."""
    words = nlp.tokenize_words(fragment)[:3]
    if words and words[0] == "не":
        words = words[1:]
    if not words or not words[0].islower():
        return False
    reading = nlp.best_parse(words[0], lang)
    if reading.pos == "ADVB" and len(words) > 1 and words[1].islower():
        reading = nlp.best_parse(words[1], lang)
    return reading.pos == "INFN" or "infn" in reading.tag  # the Ukrainian dictionary tags VERB,infn


#: A label that is nothing but a name in quote marks ("«Львівобленерго»: «...»").
WHOLLY_QUOTED_NAME = re.compile(r"[ \t]*[«„“\"](?P<name>[A-ZА-ЯІЇЄҐЁ0-9][^«»„“”\"\n]{0,60}?)[»“”\"][ \t]*")


def _label_speaker(ctx: _Context, start: int, end: int) -> tuple[str, str, str] | None:
    """The speaker of "Name: «...»" with no verb (live blogs, digests): the words before the
    colon, after a time stamp, are nothing but a person's or an institution's name."""
    text = ctx.text
    stamp = TIME_STAMP.match(text, start, end)
    start = stamp.end() if stamp else start
    colon = text.rfind(":", start, end)
    quoted = WHOLLY_QUOTED_NAME.fullmatch(text, start, colon)
    if quoted:
        return quoted.group("name"), quoted.group("name"), ""  # "«Львівобленерго»: «...»"
    tokens = _tokens(text, start, colon)
    if not tokens or not tokens[0].text[:1].isupper() or text[start:tokens[0].start].strip():
        return None
    words = _name_words(text, tokens, 0, ctx.lang)
    if words and words[-1] is tokens[-1] and not text[words[-1].end:colon].strip():
        surface = _surface(text, words)
        runs = _name_runs(text, start, colon, ctx.lang)
        if len(runs) == 1 and runs[0][2] == surface and _is_person_run(surface.split(), text, start, ctx.lang):
            return _resolve_name(surface, start, ctx), surface, ""
        if _names_institution(words[0].text, ctx.lang) or any(_heads_name(t.text, ctx.lang, None) for t in words):
            return surface, surface, ""
    return None


def _sentence_attribution(ctx: _Context, pos: int, p_start: int, p_end: int):
    _, s_end = _sentence_bounds(ctx.text, pos, p_start, p_end)
    return attribute(ctx.text, pos + 1, s_end, ctx, anchor=pos)


def _fallback_speaker(ctx: _Context, pos: int) -> tuple[str, str, str]:
    """A quote with no attribution: the person named last before it, but the subject of that
    sentence rather than a first name in an oblique case after it ("Людмила тримає фото сина
    Віталія. «...»" is Людмила's), as for a pronoun (:func:`_subject_person`); an unnamed source
    mentioned in the same paragraph after anyone named ("Джерело в ОВА пояснює затримку інакше.
    «...»") is the source."""
    source = _last_source(ctx.text, pos, ctx.lang)
    if source and _paragraph_at(ctx, pos)[0] <= source[1] \
            and not any(source[1] < person_pos < pos for person_pos, _ in ctx.persons):
        return (source[0], "", "")
    return (_subject_person(pos, ctx, None), "", "")


def _split_insertions(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Quote pieces of ``[start, end)`` after cutting editorial insertions out of it."""
    pieces, cursor = [], start
    for match in EDITORIAL_INSERTION.finditer(text, start, end):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return [_trim_piece(text, s, e) for s, e in pieces if _trim_piece(text, s, e)[1] > _trim_piece(text, s, e)[0]]


def _trim_piece(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",–—:"):
        end -= 1
    return start, end


@lru_cache(maxsize=4)
def load_state_adjectives(path: str | None = None) -> dict[tuple[str, str], str]:
    """``(language, adjective lemma) -> state in the genitive`` (``lexicons/state_adjectives.csv``)."""
    with open(path or LEXICON_DIR / "state_adjectives.csv", encoding="utf-8") as handle:
        return {(row["language"], row["adjective"]): row["genitive"] for row in csv.DictReader(handle)}


#: A state's adjective before an abbreviation, any case and capital: "Российский МИД", "пресс-служба
#: российского Минэнерго".
STATE_ADJECTIVE_BEFORE_ABBREVIATION = re.compile(
    r"(?P<before>^|.*?[ \t])(?P<adjective>[А-ЯІЇЄҐЁа-яіїєґё]+)[ \t]+(?P<abbreviation>[А-ЯІЇЄҐЁ][А-ЯІЇЄҐЁа-яіїєґё]*[А-ЯІЇЄҐЁ]"
    r"[А-ЯІЇЄҐЁа-яіїєґё]*|Мин[а-яё]+|Мін[а-яіїєґ]+)$")


def _state_after(name: str, lang: str) -> str:
    """``name`` with a state's adjective before its final abbreviation or short ministry name, or
    opening a name headed by an institution noun, put after it in the genitive, the form the
    article's speakers are compared in ("Российский МИД" -> "МИД России", "Пресс-служба
    российского Минэнерго" -> "Пресс-служба Минэнерго России", "Російське міністерство оборони" ->
    "Міністерство оборони Росії")."""
    states = load_state_adjectives()
    words = name.split()
    if len(words) >= 3 and nlp.lemma(words[1].lower(), lang) in MINISTRY_NOUNS:
        # "Російське міністерство оборони" -> "Міністерство оборони Росії" (a ministry's own name
        # never opens with its state; "Український інститут ..." may)
        state = next((states[(lang, lemma)] for lemma in nlp.lemma_set(words[0].lower(), lang)
                      if (lang, lemma) in states), None)
        if state:
            rest = " ".join(words[1:])
            return f"{rest[:1].upper()}{rest[1:]} {state}"
    found = STATE_ADJECTIVE_BEFORE_ABBREVIATION.match(name)
    if found is None:
        return name
    state = next((states[(lang, lemma)] for lemma in nlp.lemma_set(found.group("adjective").lower(), lang)
                  if (lang, lemma) in states), None)
    if state is None:
        return name
    return f"{found.group('before')}{found.group('abbreviation')} {state}"


#: A Latin abbreviation in capitals ("ISW", "NATO"): spelled out only where the article defines it
#: in brackets.
LATIN_ABBREVIATION = re.compile(r"[A-Z]{2,6}")


def _add_quote(ctx: _Context, spans: list[_Span], pieces: Iterable[tuple[int, int]], kind: str,
               speaker: tuple[str, str, str] | None, group: int | None = None) -> None:
    group = group if group is not None else ctx.new_group()
    name, surface, cue = speaker or ("", "", "")
    pieces = list(pieces)
    if " " not in name and (_is_abbreviation(name) or LATIN_ABBREVIATION.fullmatch(name)) and pieces:
        name = _spelled_out(ctx, name, pieces[0][0]) or name
    name = _state_after(name, ctx.lang)
    for start, end in pieces:
        for s, e in _split_insertions(start, end, ctx.text):
            spans.append(_Span(s, e, kind, group, name, surface, cue))


def _dash_line_speech(ctx: _Context, line_start: int, line_end: int
                      ) -> tuple[list[tuple[int, int]], tuple[str, str, str] | None]:
    """Speech pieces of a dash-led line, and the speaker from its inner attribution, if any."""
    text = ctx.text
    lead = DASH_SPEECH_START.match(text, line_start, line_end)
    cursor = lead.end() if lead else line_start
    pieces, speaker = [], None
    search_from = cursor
    while True:
        match = INNER_ATTRIBUTION.search(text, search_from, line_end)
        if not match:
            break
        attr_start, attr_end = match.start("attr"), match.end("attr")
        if not _in_parentheses(text, line_start, match.start()) and _plausible_attribution(ctx, attr_start, attr_end):
            found = attribute(text, attr_start, attr_end, ctx, anchor=line_start)
            if found:
                piece_end = match.start() + len(match.group("lead")) if match.group("lead") in ".!?…" else match.start()
                pieces.append((cursor, piece_end))
                speaker = speaker or found
                cursor = match.end() if match.group("resume") else line_end
                search_from = cursor
                if not match.group("resume"):
                    break
                continue
        search_from = match.end("attr")
    if cursor < line_end:
        pieces.append((cursor, line_end))
    return [p for p in (_trim_piece(text, s, e) for s, e in pieces) if p[1] > p[0]], speaker


def _in_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside parentheses opened after ``start``: the dash of an editorial
    insertion ("нас (всю роту – ред.) перевезли") starts no attribution."""
    return text.count("(", start, pos) > text.count(")", start, pos)


def _plausible_attribution(ctx: _Context, start: int, end: int) -> bool:
    """Short, or opening with a reporting cue ("сказав на прощанні командир ..., який ...")."""
    words = nlp.count_words_in(ctx.text, start, end)
    if words <= MAX_ATTRIBUTION_WORDS:
        return True
    cue = find_cue(ctx.text, start, end, ctx)
    return cue is not None and nlp.count_words_in(ctx.text, start, cue[1]) <= 2 and words <= 30


def _attribution_line(ctx: _Context, start: int, end: int) -> tuple[str, str, str] | None:
    """If ``text[start:end]`` is a whole attribution line ("– каже Лукашенко."), its speaker."""
    match = ATTRIBUTION_LINE.fullmatch(ctx.text, start, end)
    if not match or nlp.count_words(match.group("attr")) > MAX_CUE_FIRST_LINE_WORDS \
            or match.group("attr").rstrip().endswith("?"):
        return None  # (a question is asked, not attributed: "– Как Елена отреагировала на приговор?")
    cue = find_cue(ctx.text, match.start("attr"), match.end("attr"), ctx)
    if cue is None or "impr" in nlp.best_parse(ctx.text[cue[1]:cue[2]].split()[0], ctx.lang).tag:
        return None  # "– Не кажи таке по телефону.": an order in speech, no attribution
    before_cue = ctx.text[match.start("attr"):cue[1]]
    if any(nlp.morph_form(word) in ("не", "ни") for word in nlp.tokenize_words(before_cue)):
        return None
    if before_cue.strip() and nlp.count_words(match.group("attr")) > MAX_ATTRIBUTION_WORDS - 2:
        return None  # "– Лукашенко каже." is short; only a line that opens with the cue runs on
    # only a name may stand before the cue ("– Лукашенко каже"), never speech ("– Ми готові, – ...")
    if any(not w[:1].isupper() for w in nlp.tokenize_words(before_cue)) or re.search(r"[,;:–—]", before_cue):
        return None
    return attribute(ctx.text, match.start("attr"), match.end("attr"), ctx, anchor=start)


def _embed_signature(ctx: _Context, start: int, end: int) -> tuple[str, str, str] | None:
    """If ``text[start:end]`` is the author line of an embedded post, the post's speaker: the
    author's name as the line gives it, the line as surface and ``embed:<platform>`` as cue."""
    match = EMBED_SIGNATURE_LINE.fullmatch(ctx.text, start, end)
    if not match:
        return None
    platform = match.lastgroup
    name = match.group(platform).strip(" \t,.")
    if not name:
        return None
    return _resolve_name(name, start, ctx), ctx.text[start:end].strip(), f"embed:{platform}"


def _embedded_posts(ctx: _Context, spans: _SpanList) -> None:
    """Quote the text of every embedded post whose author line (:func:`_embed_signature`) the
    article keeps. The post's text is the lines before the author line in its paragraph, from
    after a fallback link ("View this post on Instagram", no text of the post); when the author
    line is followed by more lines (a page whose paragraphs are single lines), only the line
    before it; when the author line is a paragraph of its own, the paragraph before it."""
    text = ctx.text
    if not EMBED_MARK.search(text):
        return  # most articles embed nothing: no line need be tried
    for index, (p_start, p_end) in enumerate(ctx.paragraphs):
        lines = _lines(text, p_start, p_end)
        for number, line in enumerate(lines):
            author = _embed_signature(ctx, *line)
            if author is None:
                continue
            if number == 0:
                if index == 0:
                    continue
                body = _lines(text, *ctx.paragraphs[index - 1])
            else:
                body = lines[:number] if number == len(lines) - 1 else lines[number - 1:number]
            links = [i for i, piece in enumerate(body) if EMBED_LINK_LINE.fullmatch(text, *piece)]
            body = body[links[-1] + 1:] if links else body
            if body and not _covered(spans, body[0][0], body[-1][1]):
                _add_quote(ctx, spans, [_trim_piece(text, body[0][0], body[-1][1])], "quote", author)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines, cursor = [], start
    for match in LINE_BREAK.finditer(text, start, end):
        lines.append((cursor, match.start()))
        cursor = match.end()
    lines.append((cursor, end))
    return lines


class _SpanList(list):
    """The spans found so far, with a sorted index so that overlap checks stay logarithmic
    (an article of 100,000 quote marks must not make segmentation quadratic)."""

    def __init__(self):
        super().__init__()
        self._intervals: list[tuple[int, int]] = []

    def append(self, span: _Span) -> None:  # type: ignore[override]
        super().append(span)
        bisect.insort(self._intervals, (span.start, span.end))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._intervals, (end, -1))
        # spans hardly overlap one another, so the few that start just before ``end`` decide
        return any(s < end and e > start for s, e in self._intervals[max(0, index - 3):index])


def _covered(spans: _SpanList, start: int, end: int) -> bool:
    return spans.overlaps(start, end)


def segment_text(text: str, *, lang: str = "uk") -> pd.DataFrame:
    """Segment one (clean) text into editorial / quote / question / scare_quote pieces.

    Returns a DataFrame with ``start, end, kind, quote_id, speaker, speaker_surface, cue``
    whose rows partition ``text`` exactly (no gaps, no overlaps); quote pieces exclude the quote
    marks; pieces of one quotation share ``quote_id`` (-1 for editorial text).
    """
    return pd.DataFrame(segment_rows(text, lang=lang), columns=SEGMENT_COLUMNS).astype(
        {"start": "int64", "end": "int64", "quote_id": "int64"})


def segment_rows(text: str, *, lang: str = "uk") -> list[tuple]:
    """:func:`segment_text` as a list of row tuples (no DataFrame per document)."""
    if not isinstance(text, str):
        raise TypeError(f"segment_text expects str, got {type(text).__name__}")
    lang = lang if lang in ("uk", "ru") else "uk"
    ctx = _Context(text, lang, load_cues(), load_name_nouns(), load_speaker_descriptions(),
                   paragraph_spans(text))
    _register_persons(ctx)
    spans = _SpanList()
    _embedded_posts(ctx, spans)
    labels = _interview_labels(ctx)
    labelled = _labelled_lines(ctx, labels) if labels else []
    # Passes 3-5: dash speech, block quotes and interviews, paragraph by paragraph.
    interviewee = None
    addressed = False  # whether the last question named whom it was put to
    asked_words: set[str] = set()
    last_was_question = False
    previous_colon_speaker = colon_group = None
    attributed_line = None  # (speaker, end) of the last dash line with its own attribution
    turns: list[tuple[tuple[str, str, str], int]] = []  # (speaker, end) of the dash lines of one exchange
    asking_ends: set[int] = set()  # ends of the lines where a named person asked (a judge, a host)
    for index, (p_start, p_end) in enumerate(ctx.paragraphs):
        lines = _lines(text, p_start, p_end)
        handled_block = False
        # unmarked block quote closed by an attribution line (last line of the paragraph, or
        # the next paragraph consisting of that line only)
        attribution = None
        body_end = None
        if len(lines) >= 2:
            attribution = _attribution_line(ctx, *lines[-1])
            body_end = lines[-2][1]
        if attribution is None and index + 1 < len(ctx.paragraphs):
            n_start, n_end = ctx.paragraphs[index + 1]
            if "\n" not in text[n_start:n_end]:
                attribution = _attribution_line(ctx, n_start, n_end)
                body_end = p_end
        if attribution and not _covered(spans, p_start, body_end):
            body_start = DASH_SPEECH_START.match(text, p_start, body_end)
            body_start = body_start.end() if body_start else p_start
            body_start, body_end = _strip_marks(text, *_trim_piece(text, body_start, body_end))
            _add_quote(ctx, spans, [(body_start, body_end)], "quote", attribution)
            handled_block = True
            last_was_question = False
        monologue = None
        if not handled_block and previous_colon_speaker and not _covered(spans, p_start, p_end):
            if not DASH_SPEECH_START.match(text, p_start, p_end) and text[p_start] not in "«„“\"":
                group = colon_group if colon_group is not None else ctx.new_group()
                _add_quote(ctx, spans, [(p_start, p_end)], "quote", previous_colon_speaker, group)
                handled_block = True
                # the speaker may go on over plain paragraphs of their own words ("Розповідає
                # Ніна Гордієнко:" then paragraphs with "я", "ми"): one quotation
                if index + 1 < len(ctx.paragraphs) and not text[p_start:p_end].rstrip().endswith(":") \
                        and _monologue_goes_on(ctx, *ctx.paragraphs[index + 1], previous_colon_speaker[0]):
                    monologue = (previous_colon_speaker, group)
        previous_colon_speaker, colon_group = monologue or (None, None)
        if not handled_block:
            for line_start, line_end in lines:
                label = LABEL_PREFIX.match(text, line_start, line_end)
                if label and label.group("label").strip() in labels and not _covered(spans, line_start, line_end):
                    who = labels[label.group("label").strip()]
                    if who is not None and who[2] == GUEST_LABEL:
                        who = (_guest_before(ctx, line_start, labelled), who[1], "")
                    kind = "question" if who is None else "quote"
                    _add_quote(ctx, spans, [_trim_piece(text, label.end(), line_end)], kind,
                               who or ("", "", ""))
                    last_was_question = kind == "question"
                    continue
                if _covered(spans, line_start, line_end):
                    continue
                if not DASH_SPEECH_START.match(text, line_start, line_end):
                    line_start = _inline_dash_speech(ctx, line_start, line_end)
                    if line_start is None:
                        continue
                if EMBED_SIGNATURE_LINE.fullmatch(text, line_start, line_end):
                    continue  # the author line of an embedded post is no speech
                if _attribution_line(ctx, line_start, line_end):
                    continue  # handled with the block it closes
                exchange = _question_and_answer(ctx, line_start, line_end)
                if exchange:
                    # "— Скільки дітей навчається? — Понад чотириста.": the question and its answer
                    # on one line; the interviewee answers
                    interviewee = interviewee or _interviewee(ctx, line_start)
                    _add_quote(ctx, spans, [exchange[0]], "question", ("", "", ""))
                    _add_quote(ctx, spans, [exchange[1]], "quote", interviewee)
                    last_was_question = False
                    continue
                pieces, speaker = _dash_line_speech(ctx, line_start, line_end)
                if not pieces:
                    continue
                intercept = _intercept_parties(ctx, line_start)
                if intercept and speaker is not None and not speaker[0]:
                    # "– відповідає окупант", "– каже жінка", or an editorial insertion taken for an
                    # attribution: a party of the call, named in the words outside the speech
                    speaker = _intercept_attribution(ctx, line_start, line_end, pieces, speaker)
                # a line ending in "?" right after a question is its answer when it says more than
                # the question ("– Тут хата, город. Куди я поїду?")
                # (in an intercepted call the questions are the parties' own)
                is_question = speaker is None and text[line_start:line_end].rstrip().endswith("?") and not (
                    last_was_question and len(nlp.split_sentences(text[line_start:line_end])) > 1) and not intercept
                asked = text[pieces[-1][0]:pieces[-1][1]].rstrip().endswith("?")
                put_to = None
                if speaker is not None and speaker[2] in QUESTION_CUES and asked \
                        and _first_person(text, pieces[-1][1], line_end, ctx.lang):
                    is_question = True  # "– А зараз? – питаю я.": the reporter's own question
                elif speaker is not None and speaker[0] and speaker[2] in QUESTION_CUES and asked \
                        and _newsroom_asks(text, pieces[-1][1], line_end, speaker[1], ctx.lang):
                    # "— Коли ...? — запитали журналісти в Петренка", "— спросил наш корреспондент
                    # Лукьяненко": the reporters' question, put to the person named there
                    is_question = True
                    named = [full for pos, full in ctx.persons if pieces[-1][1] <= pos < line_end]
                    put_to = (named[-1], "", "") if named else None
                elif speaker is not None and speaker[0] and speaker[2] in QUESTION_CUES and asked:
                    asking_ends.add(line_end)  # "– ...? – запитала її суддя X.": X questions someone
                if is_question and speaker is None and len(turns) >= 2 and turns[-2][1] in asking_ends \
                        and turns[-1][0][0] and turns[-1][0][0] != turns[-2][0][0] \
                        and not text[turns[-1][1]:line_start].strip():
                    # the questioning goes on by turns: after "– ...? – запитала суддя X." and the
                    # answer, the next bare question is X's again, not the newsroom's
                    is_question, speaker = False, (turns[-2][0][0], "", "")
                    asking_ends.add(line_end)
                if is_question:
                    asked_whom = [t for t in _tokens(text, pieces[-1][1], line_end)
                                  if t.text[:1].isupper() and _word_info(t.text, ctx.lang).first_name] \
                        if speaker is not None and speaker[0] and nlp.morph_form(speaker[1]) not in PRONOUNS else []
                    # a call sign after the verb of asking ("питаю в кулеметника «Сивого»")
                    sign = CALL_SIGN.search(text, pieces[-1][1], line_end) \
                        if speaker is not None and speaker[2] in QUESTION_CUES and not asked_whom else None
                    if speaker is not None:  # (a bare question goes on asking the same person)
                        addressed = bool(put_to or asked_whom or sign)
                        # the words that described whom the question was put to ("в кулеметника")
                        asked_words = _lower_case_nouns(text, pieces[-1][1], line_end, ctx.lang) if addressed else set()
                    if put_to:
                        interviewee = put_to
                    elif sign:
                        # "– Страшно було? – питаю в кулеметника «Сивого».": the one asked, by call sign
                        interviewee = (_call_sign_nominative(sign.group("sign"), ctx.lang), "", "")
                    elif asked_whom:
                        # "– Що тобі сподобалося? – запитуємо в дванадцятирічної Соломії": the person
                        # asked answers (by the first name, without the words around it, and the
                        # surname after it: "в координатора майстерні Романа Гнатишина")
                        name = nlp.to_nominative(_name_from(text, asked_whom[0].start, line_end), ctx.lang, case="gent")
                        interviewee = (_resolve_name(name, line_start, ctx), "", "")
                    elif interviewee is None and attributed_line and not text[attributed_line[1]:line_start].strip():
                        # a question right after an attributed line is put to its speaker ("– Я не
                        # вірила, – згадує жінка. / – А що взяли з собою?")
                        interviewee = attributed_line[0]
                    interviewee = interviewee or _interviewee(ctx, line_start)
                    _add_quote(ctx, spans, pieces, "question", ("", "", ""))
                    last_was_question = True
                    continue
                if turns and text[turns[-1][1]:line_start].strip():
                    turns = []  # a paragraph of another kind ended the exchange
                if speaker is None:
                    if intercept:
                        speaker = (_intercept_speaker(ctx, line_start, turns), "", "")
                    elif last_was_question and interviewee:
                        speaker = interviewee
                    elif len(turns) >= 2 and turns[-1][0][0] and turns[-2][0][0] \
                            and turns[-1][0][0] != turns[-2][0][0]:
                        # an exchange of two speakers goes on by turns: the line after B's reply
                        # to A is A's ("– ..., – звернувся X. / – ..., – відповіла Y. / – ...")
                        speaker = (turns[-2][0][0], "", "")
                    elif len(turns) == 1 and turns[0][0][0] and turns[0][0][2] \
                            and _other_person(ctx, line_start, turns[0][0][0]):
                        # a line with no attribution right after the first, attributed line of an
                        # exchange is the reply of the other person named before ("— ..., — говорит
                        # сержант Денис Мороз. / — Кота возьмете?" after "разговор ... с Петром Ивановичем")
                        speaker = (_other_person(ctx, line_start, turns[0][0][0]), "", "")
                    else:
                        speaker = (_nearest_person(line_start, ctx), "", "")
                elif speaker[0]:
                    if last_was_question and addressed and interviewee and interviewee[0] != speaker[0] and (
                            nlp.morph_form(speaker[1]) in PRONOUNS and _person_gender(interviewee[0], ctx.lang) in (
                                _referent_gender(speaker[1], "", ctx.lang), None)
                            or not speaker[1] and asked_words & _lower_case_nouns(text, pieces[-1][1], line_end, ctx.lang)):
                        # "– ...? – спрашиваю у Людмилы. / – ..., – отвечает она.", "– ...? – питаю в
                        # кулеметника «Сивого». / – ..., – жартує кулеметник.": the one asked
                        speaker = (interviewee[0], speaker[1], speaker[2])
                    attributed_line = (speaker, line_end)
                    if last_was_question:
                        interviewee = speaker  # an attributed answer names who answers the next ones
                last_was_question = False
                turns.append((speaker, line_end))
                _add_quote(ctx, spans, pieces, "quote", speaker)
        # a paragraph ending with a colon and a cue introduces an unmarked quote next
        stripped = text[p_start:p_end].rstrip()
        if stripped.endswith(":") and not _covered(spans, p_end - 1, p_end):
            s_start, _ = _sentence_bounds(text, p_end - 1, p_start, p_end)
            previous_colon_speaker = attribute(text, s_start, p_end, ctx, anchor=p_end, opening_verb=True) \
                or _excerpt_author(ctx, s_start, p_end) or _label_line_speaker(ctx, p_start, p_end)
    _unmarked_interview(ctx, spans)
    # Quote marks outside the speech found above (marks inside speech are quotes in quotes).
    for pieces in ctx.quote_marks():
        if _covered(spans, pieces[0][0], pieces[-1][1]):
            continue
        bounds = _paragraph_at(ctx, pieces[0][0])
        kind, speaker = _classify_marked(ctx, pieces, bounds)
        if kind == "name":
            continue
        lemmas = tuple(nlp.lemma(word, ctx.lang) for word in nlp.tokenize_words(text[pieces[0][0]:pieces[-1][1]])) \
            if kind == "scare_quote" or (len(pieces) == 1 and ctx.distanced) else ()
        if kind == "scare_quote" or (lemmas and lemmas in ctx.distanced):
            ctx.distanced.add(lemmas)
            spans.append(_Span(pieces[0][0], pieces[-1][1], "scare_quote", ctx.new_group()))
            continue
        quote_pieces = []
        for start, end in pieces:
            quote_pieces.extend(_split_interrupted(ctx, start, end))
        inner = [sp for _, _, sp in quote_pieces if sp and sp[0]]
        found = inner[0] if inner else speaker  # the attribution inside the quote is the surest
        _add_quote(ctx, spans, [(s, e) for s, e, _ in quote_pieces], "quote", found)

    _complete_body_names(ctx, spans)
    return _partition(text, spans)


#: A state, city or force named after a body's name as its owner: a capitalised word or an
#: abbreviation ("Міністерство оборони | України", "Повітряні сили | ЗСУ", "мэрия | Харькова").
BODY_OWNER = r"(?P<owner>[A-ZА-ЯІЇЄҐЁ][\w'ʼ’-]*)"
#: The word after a body's owner, which may own the owner in turn ("... Минобороны | Украины").
BODY_SECOND_OWNER = re.compile(r"[ \t]+" + BODY_OWNER)
#: A word of a body's name as a speaker (no quote marks, brackets or other punctuation).
BODY_NAME_WORD = re.compile(r"[\w'ʼ’-]+")


def _complete_body_names(ctx: _Context, spans: list[_Span]) -> None:
    """Give a body quoted by a shorter name the full name the article uses for it elsewhere
    ("Міністерство оборони" after "Міністерства оборони України", "Генштаб" after "Генштаб ЗСУ"),
    so that one body is one speaker: only where the article names one owner after that name, never
    two ("... України" and "... Росії" leave the short name as it is). A ministry's or service's
    short name ("Мінцифри", "Держпраці") is spelled out first where the article spells it out too
    (see :func:`_spelled_out_short_name`)."""
    persons = {full for _, full in ctx.persons}
    done: dict[str, str] = {}
    for span in spans:
        name = span.speaker = ctx.renamed.get(span.speaker, span.speaker)
        if span.kind not in ("quote", "question") or not name or name in persons:
            continue
        if name not in done:
            done[name] = _completed_body_name(ctx, _spelled_out_short_name(ctx, name))
        span.speaker = done[name]



@lru_cache(maxsize=4)
def load_spelled_out_short_names(path: str | None = None) -> dict[tuple[str, str], tuple[str, ...]]:
    """``(language, short name) -> full names``, longest first, of the short names of ministries
    and state services ("мінцифри" -> "Міністерство цифрової трансформації";
    ``lexicons/short_names_spelled_out.csv``)."""
    names: dict[tuple[str, str], list[str]] = {}
    with open(path or LEXICON_DIR / "short_names_spelled_out.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names.setdefault((row["language"], nlp.morph_form(row["short"])), []).append(row["full"])
    return {key: tuple(sorted(fulls, key=len, reverse=True)) for key, fulls in names.items()}


def _spelled_out_short_name(ctx: _Context, name: str) -> str:
    """``name`` with a short first word ("Мінцифри", "Минобороны России") replaced by the full name
    the article also uses in some case ("Міністерство цифрової трансформації запустило"), the
    longest such; as it is when the article never spells the short name out (the speaker is
    then named as the article names it)."""
    short, _, rest = name.partition(" ")
    key = nlp.morph_form(short)
    fulls = load_spelled_out_short_names().get((ctx.lang, key)) \
        or load_spelled_out_short_names().get((ctx.lang, nlp.lemma(short, ctx.lang)), ())
    for full in fulls:
        # each word by its stem, so that any case matches ("у Міністерстві цифрової трансформації")
        pattern = r"(?<![\w-])" + _stems_pattern(full.replace(",", "").split(), r",?[ \t]+")
        if re.search(pattern, ctx.text, re.IGNORECASE):
            return f"{full} {rest}".rstrip()
    return name


def _completed_body_name(ctx: _Context, name: str) -> str:
    """``name`` with the one owner the article writes after it (see :func:`_complete_body_names`)."""
    words = name.split()
    if not 1 <= len(words) <= MAX_INSTITUTION_WORDS or any(not BODY_NAME_WORD.fullmatch(w) for w in words) \
            or len(words) > 1 and words[-1][:1].isupper() \
            or not _named_institution((name, name, ""), ctx.lang):
        return name  # a description, a name in quote marks, or one that has its owner already
    pattern = re.compile(r"(?<![\w-])" + _stems_pattern(words, r"[ \t]+") + r"[ \t]+" + BODY_OWNER,
                         re.IGNORECASE)
    owners = {}
    for match in pattern.finditer(ctx.text):
        owner = match.group("owner")
        if _body_owner(owner, ctx.lang):
            # (a second owner may follow: "Главное управление разведки | Минобороны Украины")
            second = BODY_SECOND_OWNER.match(ctx.text, match.end())
            if second and _body_owner(second.group("owner"), ctx.lang):
                owner = f"{owner} {second.group('owner')}"
            owners.setdefault(_fold(owner), owner)
    return f"{name} {next(iter(owners.values()))}" if len(owners) == 1 else name


def _stems_pattern(words: list[str], gap: str) -> str:
    """A pattern of ``words`` in any case: each word by its stem (all but the last two letters of a
    word longer than three) and any ending, joined by ``gap``."""
    return gap.join(re.escape(w[:max(3, len(w) - 2)] if len(w) > 3 else w) + r"[\w'ʼ’-]*" for w in words)


def _body_owner(word: str, lang: str) -> bool:
    """Whether a capitalised ``word`` after a body's name is its owner: an abbreviation, or a noun
    that may be genitive and is no person's name ("України", "Росії", "Харкова"; not "Аркадий")."""
    if not word[:1].isupper():
        return False  # (the name's pattern ignores case; the owner's may not)
    if _is_abbreviation(word):
        return True
    readings = _grammemes(word, lang)
    return not any({"Name", "Surn", "Patr", "anim"} & grammemes for grammemes in readings) and any(
        "NOUN" in grammemes and "gent" in grammemes for grammemes in readings)


#: A vox-pop label line, a paragraph of its own before the person's answer: a name, then an age
#: and a description if any, and a colon ("Ольга, 45 років, вчителька:", "Віктор Поліщук, 63
#: роки, пенсіонер:", "Ирина, 34 года:").
LABEL_LINE = re.compile(
    r"(?P<name>[А-ЯІЇЄҐЁ][\wʼ'’-]+(?:[ \t]+[А-ЯІЇЄҐЁ][\wʼ'’-]+){0,2})"
    r"(?:[ \t]*,[ \t]*\d{1,3}[ \t]*(?:рік|роки|років|року|лет|год|года))?(?:[ \t]*,[^:\n,]{1,60}){0,2}[ \t]*:")


def _label_line_speaker(ctx: _Context, start: int, end: int) -> tuple[str, str, str] | None:
    """The person a vox-pop label line names (:data:`LABEL_LINE`), whose answer is the next
    paragraph; None when the paragraph is no such line (its description may hold no verb: "Олег
    сказав:" is an attribution, found by :func:`attribute`)."""
    text = ctx.text
    label = LABEL_LINE.fullmatch(text, start, start + len(text[start:end].rstrip()))
    if label is None:
        return None
    words = label.group("name").split()
    tail = nlp.tokenize_words(text[label.end("name"):label.end()])
    if any(nlp.best_parse(word, ctx.lang).pos in ("VERB", "INFN") for word in tail):
        return None
    if not _is_person_run(words, text, start, ctx.lang) and not _word_info(words[0], ctx.lang).first_name:
        return None
    return " ".join(words), "", ""


#: Two capitalised words: a person introduced with a full name ("Вадимом Кушниром").
FULL_NAME_AT = re.compile(r"[А-ЯІЇЄҐЁ][\wʼ'’-]*\s+[А-ЯІЇЄҐЁ]")


#: Where a question ends and its answer starts on one dash line: "? — ".
QUESTION_THEN_DASH = re.compile(r"\?[ \t]*[–—][ \t]+(?=\S)")


def _question_and_answer(ctx: _Context, start: int, end: int
                         ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The question and the answer of a dash line that holds both ("— Що було найважче? —
    Торішня зима."), as two pieces, or None: the first dashed piece must end with "?" and be
    short, the answer must open with a capital, and neither may carry an attribution."""
    text = ctx.text
    lead = DASH_SPEECH_START.match(text, start, end)
    if lead is None:
        return None
    split = QUESTION_THEN_DASH.search(text, lead.end(), end)
    if split is None or not text[split.end()].isupper() \
            or nlp.count_words_in(text, lead.end(), split.start()) > MAX_QUESTION_WORDS:
        return None  # "? – перепитала його Олександра.": an attribution opens in lower case
    # an attribution with a cue anywhere ("? — питаю я. — ..."); a dash and a short sentence with
    # no cue is the answer itself ("? — Бояться, звісно.")
    if any(find_cue(text, m.start(), m.end(), ctx) for m in INNER_ATTRIBUTION.finditer(text, lead.end(), end)):
        return None
    return (lead.end(), split.start() + 1), _trim_piece(text, split.end(), end)


#: Dash speech that opens after a sentence of the journalist's inside a paragraph: "...
#: збирається. — Я тут народилася, — відрізала вона."
INLINE_DASH_SPEECH = re.compile(r"(?<=[.!?…])[ \t]+(?=[–—][ \t]+[«„“\"]?[А-ЯІЇЄҐЁA-Z])")


def _inline_dash_speech(ctx: _Context, start: int, end: int) -> int | None:
    """Where dash speech starts inside the line ``text[start:end]`` after a sentence of the
    journalist's (:data:`INLINE_DASH_SPEECH`), when an attribution with a reporting cue follows
    it inside the line; else None."""
    text = ctx.text
    found = INLINE_DASH_SPEECH.search(text, start, end)
    if found is None or QUOTE_MARK.search(text, start, found.start()):
        return None  # "«Ми нічого не вигадували, – каже Левицька. – Найстрашніші ...»" is marked speech
    if any(find_cue(text, m.start(), m.end(), ctx) for m in INNER_ATTRIBUTION.finditer(text, found.end(), end)):
        return found.end()
    return None


@lru_cache(maxsize=4)
def load_intercept_words(path: str | None = None) -> dict[str, frozenset[tuple[str, str]]]:
    """``role -> {(language, word)}`` of ``lexicons/intercept_words.csv``: words announcing an
    intercepted call (``cue``), the caller (``soldier``) and the relative he calls (``relative``),
    and forms of address that open a line of the caller (``to_parent``) or of the relative
    (``to_caller``)."""
    roles: dict[str, set[tuple[str, str]]] = {}
    with open(path or LEXICON_DIR / "intercept_words.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            roles.setdefault(row["role"], set()).add((row["language"], row["word"]))
    return {role: frozenset(words) for role, words in roles.items()}


def _intercept_attribution(ctx: _Context, line_start: int, line_end: int, pieces: list,
                           speaker: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """The party of an intercepted call a dash line's attribution names by a word of
    ``lexicons/intercept_words.csv`` ("– відповідає окупант" -> the caller, "– каже жінка" -> the
    relative), or None to let the turn decide."""
    caller, relative = _intercept_parties(ctx)
    words, lang = load_intercept_words(), ctx.lang
    bounds = [line_start, *(edge for piece in pieces for edge in piece), line_end]
    outside = " ".join(ctx.text[a:b] for a, b in zip(bounds[::2], bounds[1::2]))
    lemmas = {lemma for word in nlp.tokenize_words(outside) for lemma in nlp.lemma_set(word.lower(), lang)}
    if any((lang, lemma) in words["soldier"] for lemma in lemmas):
        return caller, speaker[1], speaker[2]
    if any((lang, lemma) in words["relative"] for lemma in lemmas):
        return relative, speaker[1], speaker[2]
    return None


def _intercept_parties(ctx: _Context, position: int | None = None) -> tuple[str, str] | None:
    """``(caller, relative)`` of an article that publishes an intercepted call ("Окупант телефонує
    матері" -> "окупант", "його мати"), or None: the article must announce an intercept and name
    both parties with words of ``lexicons/intercept_words.csv``; with ``position``, only while no
    one is named in the article's own paragraphs between the announcement and it. Computed once
    per article."""
    if not ctx.intercept_known:
        ctx.intercept_known = True
        lowered = ctx.text.lower()
        if "перехоп" not in lowered and "перехва" not in lowered:
            return None  # most articles publish no intercept: no word need be looked up
        words, lang = load_intercept_words(), ctx.lang
        lemmas = [nlp.lemma_set(word.lower(), lang) for word in nlp.word_spans(ctx.text).words]
        found = {role: [lemma for lemma_set in lemmas for lemma in sorted(lemma_set) if (lang, lemma) in words[role]]
                 for role in ("soldier", "relative")}
        # an intercept word within three words of the call ("перехоплена розмова", "перехоплення
        # розмови"), not the interception of a drone
        roles = [{role for role in ("cue", "call") if any((lang, lemma) in words[role] for lemma in lemma_set)}
                 for lemma_set in lemmas]
        announced = next((i for i in range(len(roles)) if "cue" in roles[i]
                          and any("call" in near for near in roles[max(0, i - 3):i + 4])), None)
        ctx.intercept = None
        if announced is not None and found["soldier"] and found["relative"]:
            occupier = [s for s in found["soldier"] if s in ("окупант", "оккупант")]
            possessive = "його" if lang == "uk" else "его"
            ctx.intercept = ((occupier or found["soldier"])[0], f"{possessive} {found['relative'][0]}",
                             nlp.word_spans(ctx.text).starts[announced])
    if ctx.intercept is None or position is None:
        return ctx.intercept and ctx.intercept[:2]
    # the call goes on until the article names someone in its own paragraphs (an interview after it)
    announced_at = ctx.intercept[2]
    if any(announced_at < pos < position and not DASH_SPEECH_START.match(ctx.text, _paragraph_at(ctx, pos)[0])
           for pos, _ in ctx.persons):
        return None
    return ctx.intercept[:2]


def _intercept_speaker(ctx: _Context, line_start: int, turns: list) -> str:
    """Who says an unattributed dash line of an intercepted call: the caller when it opens by
    addressing a parent ("– Мам, ..."), the relative when it addresses the son ("– Синку, ..."),
    else the other party of the line before in the exchange, else the caller, who rang."""
    caller, relative = _intercept_parties(ctx)
    words = load_intercept_words()
    index = bisect.bisect_right(ctx.paragraph_starts, line_start) - 1
    if index > 0 and not turns:
        # "Жінка скаржиться, що ...:" right before the line names who says it
        before = ctx.text[slice(*ctx.paragraphs[index - 1])]
        if before.rstrip().endswith(":"):
            last = before[_sentence_bounds(before, len(before) - 1, 0, len(before))[0]:]
            lemmas = {lemma for word in nlp.tokenize_words(last) for lemma in nlp.lemma_set(word.lower(), ctx.lang)}
            if any((ctx.lang, lemma) in words["relative"] for lemma in lemmas):
                return relative
            if any((ctx.lang, lemma) in words["soldier"] for lemma in lemmas):
                return caller
    lead = DASH_SPEECH_START.match(ctx.text, line_start)
    first = FIRST_WORD.match(ctx.text, lead.end() if lead else line_start)
    form = nlp.morph_form(first.group()) if first else ""
    if (ctx.lang, form) in words["to_parent"]:
        return caller
    if (ctx.lang, form) in words["to_caller"]:
        return relative
    if turns and turns[-1][0][0] in (caller, relative):
        return relative if turns[-1][0][0] == caller else caller
    return caller


#: A line introducing an excerpt of a letter or diary ("Ось його фрагмент:", "Вот отрывок из
#: письма:"), with the possessive that names whose it is.
EXCERPT_INTRO = re.compile(r"(?<!\w)(?:(?P<possessive>його|її|его|её|ее)[ \t]+)?(?:фрагмент|уривок|отрывок"
                           # "Ось один із листів:", "Одна из первых записей появилась 12 мая:"
                           r"|(?:один|одне|одна|одно)[ \t]+(?:з|із|зі|из)[ \t]+(?:\w+[ \t]+)?"
                           r"(?:лист|письм|писем|запис|нотат|замет))\w*"
                           r"[^.!?\n]*:[ \t]*$", re.IGNORECASE)


def _excerpt_author(ctx: _Context, start: int, end: int) -> tuple[str, str, str] | None:
    """The author of an excerpt the sentence ``text[start:end]`` introduces with a colon: the
    person named last (of the possessive's gender: "Ось його фрагмент:"), or None."""
    match = EXCERPT_INTRO.search(ctx.text, start, end)
    if match is None:
        return None
    possessive = POSSESSIVE_GENDER.get(nlp.morph_form(match.group("possessive") or ""), None)
    person = _nearest_person(match.start(), ctx, possessive)
    return (person, "", "") if person else None


def _other_person(ctx: _Context, position: int, speaker: str) -> str:
    """The person named last before ``position`` who is not ``speaker``, or ""."""
    return next((full for pos, full in reversed(ctx.persons) if pos < position and full != speaker), "")


def _monologue_goes_on(ctx: _Context, start: int, end: int, speaker: str) -> bool:
    """Whether the paragraph ``text[start:end]`` after an unmarked quote goes on with the same
    speaker's words: plain prose (no dash, no quote mark, no colon at its end) in the first
    person that names neither the speaker nor anyone by a full name (the journalist's "ми
    поговорили з інженером Вадимом Кушниром", or a column's author writing about the speaker,
    "Ігор завжди мав ... нам", come back to the editorial voice; a first name, "сусідка Валя",
    may be the speaker's) and has no reporting cue but one in the first person."""
    text = ctx.text
    if DASH_SPEECH_START.match(text, start, end) or text[start] in "«„“\"" \
            or text[start:end].rstrip().endswith(":"):
        return False
    advice = _continues_advice(ctx, start, end)
    if FIRST_PERSON.search(text, start, end) is None and not advice:
        return False
    if any(start <= pos < end and (full == speaker or FULL_NAME_AT.match(text, pos))
           for pos, full in ctx.persons):
        return False
    cue = find_cue(text, start, end, ctx)
    # a cue in the first person is the speaker's own ("нічого не скажу"), one in the imperative
    # the speaker's advice ("зверніться до нотаріуса")
    tag = nlp.best_parse(text[cue[1]:cue[2]], ctx.lang).tag if cue else ""
    # in a list of steps a statement noun is what to file ("Подайте заяву"), not a report of one
    reported = tag.startswith("VERB") and ("3per" in tag or "past" in tag)  # "– каже", "сказала"
    return cue is None or "1per" in tag or "impr" in tag or advice and not reported


#: A numbered item opening a paragraph ("2) Якщо запису немає, ...", "3. Подайте заяву").
LIST_ITEM = re.compile(r"[ \t]*(\d{1,2})[).][ \t]")


def _continues_advice(ctx: _Context, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` goes on with the steps or advice the paragraph
    before it began: the next number of a numbered list ("2)" after "1)"), or an imperative
    opening both ("Домовтеся ...", then "Облаштуйте ...": an expert's advice to the reader)."""
    text = ctx.text
    index = bisect.bisect_right(ctx.paragraph_starts, start) - 1
    if index < 1 or ctx.paragraphs[index][0] != start:
        return False
    before_start, before_end = ctx.paragraphs[index - 1]
    item, previous = LIST_ITEM.match(text, start, end), LIST_ITEM.match(text, before_start, before_end)
    if item and previous:
        return int(item.group(1)) == int(previous.group(1)) + 1
    return _opens_with_imperative(text, start, end, ctx.lang) and _opens_with_imperative(
        text, before_start, before_end, ctx.lang)


def _opens_with_imperative(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the first word of ``text[start:end]`` (after a "не") is a verb in the imperative
    of the second person ("Перевірте", "Не підключайте", "Обратитесь")."""
    words = nlp.WORD_TOKEN.findall(text, start, min(end, start + 40))[:2]
    if words and nlp.morph_form(words[0]) in ("не", "ні"):
        words = words[1:]
    return bool(words) and any(r.pos == "VERB" and "impr" in r.tag and "2per" in r.tag
                               for r in nlp.parses(words[0], lang))


#: A word of the first person: an answer's own paragraph ("ми тиждень жили без світла").
FIRST_PERSON = re.compile(r"(?<!\w)(?:я|ми|мене|мені|мною|нас|нам|нами|мій|моя|моє|мої|наш|наша|наше|наші|"
                          r"мы|меня|мне|мной|мой|мое|моё|мои|нашего|нашей|наших)(?!\w)", re.IGNORECASE)


def _unmarked_interview(ctx: _Context, spans: _SpanList) -> None:
    """Questions and answers written as plain paragraphs: a short one-line paragraph ending with
    "?" is a ``question`` and the paragraph after it the interviewee's answer (the person named
    last before the first question), when there are :data:`MIN_INTERVIEW_PAIRS` such pairs and
    a lead-in announces the interview (see :data:`INTERVIEW_LEAD_PARAGRAPHS`) or a question is
    put to "you" (:data:`QUESTION_TO_YOU`). Only the one
    paragraph after a question is taken as its answer: where the interview ends is not marked."""
    text, paragraphs = ctx.text, ctx.paragraphs
    pairs = []
    for index in range(len(paragraphs) - 1):
        q_start, q_end = paragraphs[index]
        a_start, a_end = paragraphs[index + 1]
        if _question_paragraph(ctx, spans, q_start, q_end) and not _question_paragraph(ctx, spans, a_start, a_end) \
                and not _covered(spans, a_start, a_end) and not DASH_SPEECH_START.match(text, a_start, a_end) \
                and text[a_start] not in "«„“\"" and not _reports_others(text, a_start, a_end):
            pairs.append(index)
    if len(pairs) < MIN_INTERVIEW_PAIRS:
        return
    first = pairs[0]
    if not _announces_interview(ctx, first) and not any(
            QUESTION_TO_YOU.search(text, *paragraphs[index]) or _addressee(ctx, *paragraphs[index])
            for index in pairs):
        return
    interviewee = (_nearest_person(paragraphs[first][0], ctx), "", "")
    for number, index in enumerate(pairs):
        _add_quote(ctx, spans, [_trim_piece(text, *paragraphs[index])], "question", ("", "", ""))
        # a question put to one of several by name is answered by that one ("Пані Левчук, ...?")
        interviewee = _addressee(ctx, *paragraphs[index]) or interviewee
        # an answer runs on to the next question over plain paragraphs in the first person (the
        # outlet's own paragraphs between answers speak of others); the last answer is one
        # paragraph, since the end of the interview is not marked
        answer = [index + 1]
        following = pairs[number + 1] if number + 1 < len(pairs) else None
        while following is not None and answer[-1] + 1 < following:
            a_start, a_end = paragraphs[answer[-1] + 1]
            if _covered(spans, a_start, a_end) or DASH_SPEECH_START.match(text, a_start, a_end) \
                    or text[a_start] in "«„“\"" or _question_paragraph(ctx, spans, a_start, a_end) \
                    or not FIRST_PERSON.search(text, a_start, a_end):
                break
            answer.append(answer[-1] + 1)
        _add_quote(ctx, spans, [_trim_piece(text, *paragraphs[i]) for i in answer], "quote", interviewee)


#: A question addressed to a person by title and surname: at its start, before a comma ("Пані
#: Левчук, ...?", "Господин Орлов, ...?"), or after "до"/"к" before a colon ("І знову до пана
#: Сахна: ...?").
ADDRESSED_BY_TITLE = re.compile(
    r"(?:(?:пане|пані|панове|господине|господин|госпожа)\s+(?P<name>[А-ЯІЇЄҐЁ][\wʼ'’-]+)\s*,"
    r"|.{0,40}?\b(?:до|к)\s+(?:пана|пані|господину|госпоже)\s+(?P<genitive>[А-ЯІЇЄҐЁ][\wʼ'’-]+)\s*:)",
    re.IGNORECASE)


def _addressee(ctx: _Context, start: int, end: int) -> tuple[str, str, str] | None:
    """The person a question paragraph addresses by title and surname
    (:data:`ADDRESSED_BY_TITLE`), as the article introduced them, or None."""
    match = ADDRESSED_BY_TITLE.match(ctx.text, start, end)
    if match is None:
        return None
    surface = match.group("name") or match.group("genitive")
    if not surface[:1].isupper():
        return None  # IGNORECASE lets the titles be capitalised, not the name be lower case
    case = None if match.group("name") else ("datv" if match.group(0).lower().rstrip(": ").split()[-2]
                                              in ("господину", "госпоже") else "gent")
    name = nlp.to_nominative(surface, ctx.lang, case=case) if case else nlp.to_nominative(surface, ctx.lang)
    resolved = _resolve_name(name, start, ctx)
    return (resolved, surface, "") if " " in resolved else None


def _reports_others(text: str, start: int, end: int) -> bool:
    """Whether a paragraph quotes someone with an attribution (:data:`ATTRIBUTED_QUOTATION`)
    and has no first-person word outside the quote marks: the outlet reporting, not an answer."""
    if not ATTRIBUTED_QUOTATION.search(text, start, end):
        return False
    return not FIRST_PERSON.search(IN_MARKS.sub(" ", text[start:end]))


#: Reporters in the plural, as the subject of a question ("запитали журналісти").
NEWSROOM_PLURALS = frozenset("журналісти журналисты кореспонденти корреспонденты".split())
#: Prepositions before the person a question is put to ("спросили у Дорошенко", "запитали в Олени").
ASKED_OF = frozenset("у в уу во".split())


def _newsroom_asks(text: str, start: int, end: int, surface: str, lang: str) -> bool:
    """Whether an attribution ``text[start:end]`` of a question names the newsroom as who asks
    ("— спросил наш корреспондент Лукьяненко", "— запитали журналісти видання") or names the
    person found (``surface``) after "у"/"в", as the one asked ("— спросили у Дорошенко")."""
    words = [nlp.morph_form(word) for word in nlp.tokenize_words(text[start:end])]
    if any(word in NEWSROOM_SUBJECT_WORDS or word in NEWSROOM_PLURALS for word in words):
        return True
    at = text.find(surface, start, end) if surface else -1
    before = nlp.tokenize_words(text[start:at])[-1:] if at > start else []
    return bool(before) and nlp.morph_form(before[0]) in ASKED_OF


def _name_from(text: str, start: int, end: int) -> str:
    """The capitalised words from ``start`` (a first name) that follow it, one space apart, up to
    :data:`MAX_ASKED_NAME_WORDS` ("Романа Гнатишина" in "в координатора майстерні Романа
    Гнатишина")."""
    tokens = _tokens(text, start, end)[:MAX_ASKED_NAME_WORDS]
    run = tokens[:1]
    for token in tokens[1:]:
        if not token.text[:1].isupper() or text[run[-1].end:token.start] != " ":
            break
        run.append(token)
    return " ".join(t.text for t in run)


def _lower_case_nouns(text: str, start: int, end: int, lang: str) -> set[str]:
    """The lemmas of the lower-case nouns in ``text[start:end]`` (the descriptions in an
    attribution: "питаю в кулеметника", "жартує кулеметник")."""
    return {nlp.lemma(t.text, lang) for t in _tokens(text, start, end)
            if t.text.islower() and nlp.best_parse(t.text, lang).pos == "NOUN"}


def _first_person(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` (an attribution) has a verb in the first person or the pronoun
    "я"/"ми"/"мы": the reporter speaks ("– питаю я", "– спрашиваем у нее")."""
    return any(nlp.morph_form(word) in ("я", "ми", "мы") or any(
        r.pos == "VERB" and "1per" in r.tag for r in nlp.parses(word, lang))
        for word in nlp.tokenize_words(text[start:end]))


def _interview_cues(ctx: _Context, first: int):
    """``(words, index)`` for each interview cue (``lexicons/interview_cues.csv``: "ми
    поговорили з ...") in the :data:`INTERVIEW_LEAD_PARAGRAPHS` paragraphs before paragraph
    ``first``, ``words`` being its paragraph's words."""
    cues = load_interview_cues()
    for p_start, p_end in ctx.paragraphs[max(0, first - INTERVIEW_LEAD_PARAGRAPHS):first]:
        words = nlp.WORD_TOKEN.findall(ctx.text, p_start, p_end)
        for index, word in enumerate(words):
            if (ctx.lang, nlp.lemma(word, ctx.lang)) in cues:
                yield words, index


def _announces_interview(ctx: _Context, first: int) -> bool:
    """Whether one of the :data:`INTERVIEW_LEAD_PARAGRAPHS` paragraphs before paragraph ``first``
    announces an interview (an interview cue: see :func:`_interview_cues`)."""
    # (not "Відповідаємо на головні запитання": the outlet's explainer, no interview)
    return any(not any(_outlet_answers(before, ctx.lang) for before in words[max(0, index - 3):index])
               and (nlp.lemma(words[index], ctx.lang) not in TOLD_CUES or _told_the_outlet(ctx, first))
               for words, index in _interview_cues(ctx, first))


#: Interview cues that announce an interview only when the outlet is told ("«Виміру» розповів
#: аналітик ...", "рассказал нам"), not when a body told the news ("розповіли в ОВА").
TOLD_CUES = frozenset({"розповісти", "рассказать"})
#: The outlet told, right before or after the verb: a name in quote marks or "нам", "виданню", ...
TOLD_THE_OUTLET = re.compile(
    r"(?:[»“”\"]|(?<!\w)" + OUTLET_TOLD_WORDS + r")[ \t]+(?:розпові|рассказа)\w*"
    r"|(?<!\w)(?:розпові|рассказа)\w*[ \t]+(?:" + OUTLET_TOLD_WORDS + r"|[«„“\"])",
    re.IGNORECASE)


def _told_the_outlet(ctx: _Context, first: int) -> bool:
    """Whether a lead paragraph before paragraph ``first`` says someone told the outlet
    (:data:`TOLD_THE_OUTLET`)."""
    return any(TOLD_THE_OUTLET.search(ctx.text, p_start, p_end)
               for p_start, p_end in ctx.paragraphs[max(0, first - INTERVIEW_LEAD_PARAGRAPHS):first])


def _interview_partner_gender(ctx: _Context, first: int) -> str | None:
    """The gender of whom the lead before paragraph ``first`` says the outlet talked with, by the
    pronoun or description after the interview cue ("поговорили з пенсіонеркою", "побеседовали с
    ним"); None if it does not say."""
    for words, index in _interview_cues(ctx, first):
        if index + 2 < len(words) and words[index + 1].lower() in WITH_PREPOSITIONS:
            partner = [w.lower() for w in words[index + 2:index + 4] if nlp.morph_form(w) not in POSSESSIVE_GENDER]
            if not partner or partner[0].startswith(OUR_STEM):
                return None  # "поговорила с нашим корреспондентом": the outlet's own reporter
            return _referent_gender(partner[0], "", ctx.lang)  # "з її адвокатом": the lawyer
    return None


#: "з", "с": the preposition before whom an interview cue says the outlet talked with.
WITH_PREPOSITIONS = frozenset("з із зі с со".split())
#: The stem of "наш" ("з нашим кореспондентом"): the outlet's own side of the talk.
OUR_STEM = "наш"


def _outlet_answers(word: str, lang: str) -> bool:
    """Whether ``word`` is a verb in the first person plural ("відповідаємо", "отвечаем",
    "розповідаємо"): the outlet itself answers the questions that follow."""
    return any(r.pos == "VERB" and "1per" in r.tag and "plur" in r.tag for r in nlp.parses(word, lang))


def _question_paragraph(ctx: _Context, spans: _SpanList, start: int, end: int) -> bool:
    """A paragraph that can be an interviewer's question: one line, ending with "?", short, not
    yet part of speech found by an earlier pass."""
    body = ctx.text[start:end]
    return ("\n" not in body and body.rstrip().endswith("?") and not _covered(spans, start, end)
            and nlp.count_words_in(ctx.text, start, end) <= MAX_QUESTION_WORDS)


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    if end - start >= 2 and text[start] in "«„“\"" and text[end - 1] in "»“”\"":
        return start + 1, end - 1
    return start, end


#: Labels of a transcript that name a role, not a person: a guest's lines are the guest's
#: introduced last before each line; a host's are questions when most end with "?".
GUEST_LABELS = frozenset({"гість", "гостя", "гость", "гостья", "респондент", "респондентка",
                          "співрозмовник", "співрозмовниця", "собеседник", "собеседница",
                          "відповідь", "ответ"})  # "Вопрос: ... / Ответ: ...": the answers are the guest's
HOST_LABELS = frozenset({"ведучий", "ведуча", "ведущий", "ведущая", "журналіст", "журналістка",
                         "журналист", "журналистка", "кореспондент", "кореспондентка", "корреспондент"})
#: Marks a label whose speaker is found per line (see :data:`GUEST_LABELS`).
GUEST_LABEL = "guest"


def _interview_labels(ctx: _Context) -> dict[str, tuple[str, str, str] | None]:
    """Speaker labels of a Q&A or a transcript written as "Label: text" lines: the label whose
    lines end with "?" is the interviewer (maps to None); other labels map to the person they
    abbreviate. A label counts when it recurs, names a role (:data:`GUEST_LABELS`,
    :data:`HOST_LABELS`) or is the surname of a person the article names ("Орехова:" after
    "депутат Жанна Орехова"), and there are two such labels or more."""
    lines: dict[str, list[str]] = {}
    for p_start, p_end in ctx.paragraphs:
        for l_start, l_end in _lines(ctx.text, p_start, p_end):
            match = LABEL_PREFIX.match(ctx.text, l_start, l_end)
            if match and nlp.count_words(match.group("label")) <= 3:
                lines.setdefault(match.group("label").strip(), []).append(ctx.text[match.end():l_end])
    surnames = {_fold(name.split()[-1]) for _, name in ctx.persons if len(name.split()) >= 2}
    counted = {label: texts for label, texts in lines.items()
               if len(texts) >= 2 or label.lower() in GUEST_LABELS | HOST_LABELS
               or (" " not in label and _fold(label) in surnames)}
    if len(counted) < 2:
        return {}
    result: dict[str, tuple[str, str, str] | None] = {}
    for label, texts in counted.items():
        questions = sum(t.rstrip().endswith("?") for t in texts)
        if questions / len(texts) > 0.5:
            result[label] = None
        elif label.lower() in GUEST_LABELS:
            result[label] = ("", label, GUEST_LABEL)
        else:
            result[label] = (_person_for_label(label, ctx), label, "")
    return result


def _labelled_lines(ctx: _Context, labels: dict) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of a transcript that open with one of its ``labels``."""
    found = []
    for p_start, p_end in ctx.paragraphs:
        for l_start, l_end in _lines(ctx.text, p_start, p_end):
            match = LABEL_PREFIX.match(ctx.text, l_start, l_end)
            if match and match.group("label").strip() in labels:
                found.append((l_start, l_end))
    return found


def _guest_before(ctx: _Context, pos: int, labelled: list[tuple[int, int]]) -> str:
    """The guest a "Гість:" line at ``pos`` belongs to: the person named last before it outside
    the transcript's ``labelled`` lines (a host's question may name someone else: "Що б ви
    сказали пані Світлані?")."""
    best = ""
    for person_pos, name in ctx.persons:
        if person_pos >= pos:
            break
        if not any(start <= person_pos < end for start, end in labelled):
            best = name
    return best


def _person_for_label(label: str, ctx: _Context) -> str:
    initials = [w[0] for w in re.findall(r"[А-ЯІЇЄҐЁA-Z][\wʼ]*", label)]
    for _, name in ctx.persons:
        words = name.split()
        if [w[0] for w in words] == initials or (len(words) >= 1 and words[-1] == label):
            return name
    return _resolve_name(nlp.to_nominative(label, ctx.lang), len(ctx.text), ctx)


def _paragraph_at(ctx: _Context, pos: int) -> tuple[int, int]:
    """The first paragraph that holds ``pos`` (its end included), or ``(0, 0)``. Paragraphs are
    sorted and not empty, so at most two hold a position: the last one starting at or before it,
    and the one before that when the position is where both meet."""
    index = bisect.bisect_right(ctx.paragraph_starts, pos) - 1
    for start, end in ctx.paragraphs[max(0, index - 1):index + 1]:
        if start <= pos <= end:
            return start, end
    return 0, 0


def _interviewee(ctx: _Context, pos: int) -> tuple[str, str, str]:
    """The interviewee of a dash interview whose first question is at ``pos``: the person named
    last before it when a lead-in just before the question announces the interview ("Ми
    поговорили із завідувачкою відділення Світланою ..."), else the person named in the plain
    paragraph right before it, else the first person the article names (the lead of a
    whole-article interview)."""
    first = bisect.bisect_right(ctx.paragraph_starts, pos) - 1
    if first > 0 and _announces_interview(ctx, first):
        lead_start = ctx.paragraphs[max(0, first - INTERVIEW_LEAD_PARAGRAPHS)][0]
        named = [(person_pos, name) for person_pos, name in ctx.persons if lead_start <= person_pos < pos]
        # or a call sign the article introduced, in quote marks ("поставили «Грому» кілька
        # запитань"), whichever is named later
        known = {_call_sign_nominative(m.group("sign"), ctx.lang) for m in CALL_SIGN_INTRODUCED.finditer(ctx.text, 0, pos)}
        signs = [m for m in CALL_SIGN.finditer(ctx.text, lead_start, pos)
                 if _call_sign_nominative(m.group("sign"), ctx.lang) in known]
        if signs and (not named or signs[-1].start() > named[-1][0]):
            word = signs[-1].group("sign")
            return _call_sign_nominative(word, ctx.lang), word, ""
        # or a speaker who asked not to be named ("Одна из участниц пикета согласилась
        # поговорить с нами при условии анонимности"), named later than any person
        described = _last_described(ctx.text, pos, ctx)
        if described and described[1] >= lead_start and (not named or described[1] > named[-1][0]):
            return described[0], "", ""
        # the one the outlet talked with, by gender ("Ми поговорили з пенсіонеркою" after "Галина
        # Сердюк ... забрати онука ... Тимура"): not a person of the other gender named since
        gender = _interview_partner_gender(ctx, first)
        fitting = [item for item in named if _person_gender(item[1], ctx.lang) in (gender, None)] if gender else named
        if fitting:
            return fitting[-1][1], "", ""
    if first > 0:
        # a person introduced in the plain paragraph (no speech in it) right before the first
        # question ("Пенсіонерка Валентина Коломієць показує нам коробку. / – На скільки днів?")
        p_start, p_end = ctx.paragraphs[first - 1]
        introduced = [name for person_pos, name in ctx.persons if p_start <= person_pos < p_end]
        dash = DASH_SPEECH_START.match(ctx.text, p_start, p_end)
        if introduced and not dash and not any(mark in ctx.text[p_start:p_end] for mark in "«„“\""):
            return introduced[-1], "", ""
        # or an unnamed source it introduces ("Однако источник в одном из военкоматов
        # подтвердил нашему изданию, что ..."), when it names no person
        source = None if introduced or dash else _last_source(ctx.text, p_end, ctx.lang)
        if source and source[1] >= p_start:
            return source[0], "", ""
        # or an unnamed person it introduces after a verb of telling ("..., нам рассказала
        # учительница из Подмосковья, которая ...")
        described = None if introduced or dash \
            else _described_after_cue(ctx, p_start, p_end)
        if described:
            return described, "", ""
    for person_pos, name in ctx.persons:
        if person_pos < pos:
            return name, "", ""
    return "", "", ""


def _described_after_cue(ctx: _Context, start: int, end: int) -> str | None:
    """An unnamed person that a reporting verb in ``ctx.text[start:end]`` introduces right after
    it by a description with what it runs on with ("нам рассказала учительница из
    Подмосковья"), in the nominative; None if there is none."""
    text, cue = ctx.text, find_cue(ctx.text, start, end, ctx)
    while cue is not None:
        tokens = _tokens(text, cue[2], end)
        if tokens and not text[cue[2]:tokens[0].start].strip() \
                and nlp.lemma(tokens[0].text, ctx.lang) in load_introducing_descriptions():
            phrase = _source_phrase(text, tokens, 0, 1, ctx.lang)
            if len(phrase) > 1 and _describes_the_person(phrase, ctx.lang):
                return _source_name(text, phrase, ctx.lang)
        cue = find_cue(text, cue[2], end, ctx)
    return None


def _call_sign_nominative(word: str, lang: str) -> str:
    """A call sign in the nominative: call signs are common nouns ("Грому" -> "Грім"), so a
    common-noun reading wins over a surname one. A pseudonym of several words stands as written
    ("Таврический штурман")."""
    if " " in word:
        return word
    readings = [r for r in nlp.parses(word, lang) if r.pos == "NOUN"]
    common = [r for r in readings if not PERSON_TAGS & set(r.tag.replace(" ", ",").split(","))]
    lemma = (common or readings)[0].lemma if readings else word
    return lemma[:1].upper() + lemma[1:]


def _split_interrupted(ctx: _Context, start: int, end: int
                       ) -> list[tuple[int, int, tuple[str, str, str] | None]]:
    """Cut ", – каже X, –" attributions out of a marked quotation («П, – каже X, – п»)."""
    text = ctx.text
    pieces, cursor, search_from = [], start, start
    while True:
        match = INNER_ATTRIBUTION.search(text, search_from, end)
        if not match or not match.group("resume"):
            break
        found = None
        if not _in_parentheses(text, start, match.start()) and _plausible_attribution(ctx, match.start("attr"), match.end("attr")):
            found = attribute(text, match.start("attr"), match.end("attr"), ctx, anchor=start)
        if found:
            pieces.append((cursor, match.start(), found))
            cursor = match.end()
        search_from = match.end("attr")
    pieces.append((cursor, end, None))
    return pieces


def _partition(text: str, spans: list[_Span]) -> list[tuple]:
    """Rows covering ``text`` exactly: the accepted spans with editorial text between them,
    quotations numbered in reading order."""
    rows = []
    cursor = 0
    clean = sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, -s.end))
    accepted: list[_Span] = []
    for span in clean:
        if accepted and span.start < accepted[-1].end:
            continue  # overlapping span from a later pass: the earlier one stands
        accepted.append(span)
    order: dict = {}
    for span in accepted:
        if span.start > cursor:
            rows.append((cursor, span.start, "editorial", -1, "", "", ""))
        number = -1 if span.group == -1 else order.setdefault(span.group, len(order))
        rows.append((span.start, span.end, span.kind, number, span.speaker,
                     span.speaker_surface, span.cue))
        cursor = span.end
    if cursor < len(text):
        rows.append((cursor, len(text), "editorial", -1, "", "", ""))
    return rows


def segment_corpus(documents: pd.DataFrame, *, progress: bool = False) -> pd.DataFrame:
    """The segments table for a documents table (``doc_id``, ``text``, optional ``language``)."""
    from tqdm import tqdm

    rows = []
    languages = documents["language"] if "language" in documents else ["uk"] * len(documents)
    for doc_id, text, lang in tqdm(list(zip(documents["doc_id"], documents["text"], languages)),
                                   desc="segmenting", unit="doc", disable=not progress):
        pieces = segment_rows(text, lang=lang if lang in ("uk", "ru") else "uk")
        rows.extend((doc_id, seg_id, *piece) for seg_id, piece in enumerate(pieces))
    return pd.DataFrame(rows, columns=["doc_id", "seg_id", *SEGMENT_COLUMNS]).astype(
        {"seg_id": "int64", "start": "int64", "end": "int64", "quote_id": "int64"})
