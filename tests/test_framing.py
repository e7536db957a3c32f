"""Framing lexicon, lemma matcher, counts per segment kind, concordance, vectorizer, log-odds."""

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from analysis.framing import (FramingVectorizer, LexiconError, concordance, count_framing, find_framing,
                              framing_hits, load_lexicon, weighted_log_odds)
from analysis.quotes import segment_corpus
from conftest import GOLD_DIR, read_jsonl


def matched(text, **kwargs):
    return [(h.term_id, h.matched) for h in find_framing(text, **kwargs).itertuples()]


def test_lexicon_size_and_categories():
    lexicon = load_lexicon()
    assert (lexicon["language"] == "uk").sum() >= 200
    assert (lexicon["language"] == "ru").sum() >= 80
    assert lexicon["category"].nunique() >= 8
    assert lexicon["note"].str.len().min() > 20
    assert lexicon["term_id"].is_unique


@pytest.mark.parametrize("text, term_id", [
    ("Про це пишуть у київського режиму", "uk_kremlin_kyivskyi_rezhym"),
    ("Допомогу передали окупантам.", "uk_label_okupant"),
    ("Рашистів відкинули від села.", "uk_label_rashyst"),
    ("Суд над диктатором неминучий.", "uk_label_dyktator"),
    ("Йдеться про воєнні злочини армії.", "uk_acc_voiennyi_zlochyn"),
    ("У місті знову лунала бавовна.", "uk_euph_bavovna"),
])
def test_every_case_form_counts(text, term_id):
    assert term_id in [t for t, _ in matched(text)]


def test_multiword_pattern_prefers_the_longest_match():
    hits = matched("Так званий київський режим знову заявив про перемовини.")
    assert ("uk_kremlin_kyivskyi_rezhym", "київський режим") in hits
    assert not any(t == "uk_label_rezhym" for t, _ in hits)


def test_excluded_collocations_are_not_framing():
    assert matched("В області діє режим тиші, а школи працюють у звичному режимі роботи.") == []


@pytest.mark.parametrize("text, lang, term_id, words", [
    # rows added by the first review against the blind framing gold of the development batches
    ("Окупаційні суди винесли нові рішення.", "uk", "uk_label_okupatsiinyi", "Окупаційні"),
    ("Оккупационные суды вынесли новые решения.", "ru", "ru_label_okkupatsionnyi", "Оккупационные"),
    ("Місцеві згадують, як зустрічали «визволителів».", "uk", "uk_kremlin_vyzvolytel", "визволителів"),
    ("Их встречали как освободителей.", "ru", "ru_kremlin_osvoboditel", "освободителей"),
    ("Ведучий назвав гостей русофобами.", "uk", "uk_kremlin_rusofob", "русофобами"),
    ("Он обвинил соседей в русофобской политике.", "ru", "ru_kremlin_rusofobskii", "русофобской"),
    ("Військові зачистили село від мешканців.", "uk", "uk_euph_zachystyty", "зачистили"),
    ("После зачистки в поселке не осталось мужчин.", "ru", "ru_euph_zachistka", "зачистки"),
    ("Чоловіка тримали у фільтраційному пункті.", "uk", "uk_euph_filtratsiinyi", "фільтраційному"),
    ("Військового судили за мародерство.", "uk", "uk_acc_marodersvo", "мародерство"),
    ("Солдат признался в мародёрстве.", "ru", "ru_acc_maroderstvo", "мародёрстве"),
    ("Справу відкрили за статтею про порушення законів та звичаїв війни.", "uk",
     "uk_acc_zakony_zvychai_viiny", "законів та звичаїв війни"),
    ("В місті відкрили пункти незламності.", "uk", "uk_loaded_nezlamnist", "незламності"),
    ("Режим Лукашенка підтримав вторгнення.", "uk", "uk_label_rezhym", "Режим"),
    ("Білоруський режим підтримав вторгнення.", "uk", "uk_label_biloruskyi_rezhym", "Білоруський режим"),
    ("Росія продовжує так звану «СВО».", "uk", "uk_kremlin_svo", "СВО"),
    # the second review (second round of development batches)
    ("За добу ЗСУ ліквідували 300 окупантів.", "uk", "uk_euph_likviduvaty", "ліквідували"),
    ("Снайпер нейтрализовал двух боевиков.", "ru", "ru_euph_neitralizovat", "нейтрализовал"),
    ("Триває збройна агресія Росії.", "uk", "uk_label_zbroinyi_ahresiia", "збройна агресія"),
    ("Її засудили за колабораційну діяльність.", "uk", "uk_label_kolaboratsiinyi", "колабораційну"),
    ("Росія відповідатиме перед міжнародними судами.", "uk", "uk_acc_mizhnarodnyi_sud", "міжнародними судами"),
    ("Открыто уголовное производство по факту обстрела.", "ru", "ru_acc_ugolovnoe_proizvodstvo",
     "уголовное производство"),
    ("Командиру повідомили про підозру.", "uk", "uk_acc_povidomyty_pro_pidozru", "повідомили про підозру"),
    ("Детей депортировали в Россию.", "ru", "ru_acc_deportirovat", "депортировали"),
    ("Росія примусово перемістила тисячі людей.", "uk", "uk_acc_prymusovo_peremistyty", "примусово перемістила"),
    ("Компанію внесли до переліку спонсорів війни.", "uk", "uk_acc_sponsor_viiny", "спонсорів війни"),
    ("Чоловіка відправили на фільтрацію.", "uk", "uk_euph_filtratsiia", "фільтрацію"),
    ("Студентів викликали на профілактичні бесіди.", "uk", "uk_euph_profilaktychna_besida", "профілактичні бесіди"),
    ("Уряд знову хвалить імпортозаміщення.", "uk", "uk_kremlin_importozamishchennia", "імпортозаміщення"),
    ("Лектор говорил о многополярном мире.", "ru", "ru_kremlin_mnogopoliarnyi_mir", "многополярном мире"),
    ("Закон захищає традиційні цінності.", "uk", "uk_kremlin_tradytsiini_tsinnosti", "традиційні цінності"),
    ("Журналистку оштрафовали за дискредитацию российской армии.", "ru", "ru_kremlin_diskreditatsiia_armii",
     "дискредитацию российской армии"),
    ("Видання визнали іноземним агентом.", "uk", "uk_src_inozemnyi_ahent", "іноземним агентом"),
    ("Его обвинили в распространении заведомо ложной информации.", "ru",
     "ru_src_zavedomo_lozhnaia_informatsiia", "заведомо ложной информации"),
    ("Боти знову вкидають чутки.", "uk", "uk_src_vkydaty", "вкидають"),
    ("Відео виявилося діпфейком.", "uk", "uk_src_dipfeik", "діпфейком"),
    ("Документ назвали фальшивкой.", "ru", "ru_src_falshivka", "фальшивкой"),
    # the third review (third round of development batches)
    ("Прокуроры сообщили о подозрении командиру.", "ru", "ru_acc_soobshchit_o_podozrenii", "сообщили о подозрении"),
    ("Свидетели рассказали о расстреле пленных.", "ru", "ru_acc_rasstrel", "расстреле"),
    ("Справу розглядають у порядку спеціального судового провадження.", "uk",
     "uk_acc_spetsialne_sudove_provadzhennia", "спеціального судового провадження"),
    ("Заяви подають до Реєстру шкоди.", "uk", "uk_acc_reiestr_shkody", "Реєстру шкоди"),
    ("Йдеться про примусове переміщення дітей.", "uk", "uk_acc_prymusove_peremishchennia", "примусове переміщення"),
    ("Відбудову фінансуватимуть з конфіскованих російських активів.", "uk", "uk_acc_konfiskovanyi_aktyv",
     "конфіскованих російських активів"),
    ("Войска улучшили тактическое положение.", "ru", "ru_euph_uluchshit_takticheskoe_polozhenie",
     "улучшили тактическое положение"),
    ("Ведучі знову говорили про втому Заходу.", "uk", "uk_kremlin_vtoma_zakhodu", "втому Заходу"),
    ("Міноборони РФ заявило про знищення бойовиків ЗСУ.", "uk", "uk_kremlin_boiovyk_zsu", "бойовиків ЗСУ"),
    ("Он пригрозил ударами по центрам принятия решений.", "ru", "ru_kremlin_tsentr_priniatiia_reshenii",
     "центрам принятия решений"),
    ("На плакате написано: своих не бросаем.", "ru", "ru_kremlin_svoikh_ne_brosaem", "своих не бросаем"),
    ("Военблогеры снова жалуются на командование.", "ru", "ru_src_voenbloger", "Военблогеры"),
    ("Депутат назвав це ударом у спину.", "uk", "uk_loaded_udar_u_spynu", "ударом у спину"),
    ("Нас закликали не розгойдувати човен.", "uk", "uk_cliche_rozhoiduvaty_choven", "розгойдувати човен"),
    # the fourth review (fourth round of development batches)
    ("Міноборони РФ заявило про удар по місцю дислокації іноземних найманців.", "uk",
     "uk_kremlin_inozemnyi_naimanets", "іноземних найманців"),
    ("Канал показав пропагандистський сюжет про «порятунок» міста.", "uk", "uk_src_propahandystskyi",
     "пропагандистський"),
    ("Прокремлівські блогери знову сваряться.", "uk", "uk_src_prokremlivskyi", "Прокремлівські"),
    ("Ніхто не хоче нового кровопролиття.", "uk", "uk_loaded_krovoprolyttia", "кровопролиття"),
    ("Посол назвал санкции неоколониальным шантажом.", "ru", "ru_loaded_shantazh", "шантажом"),
    ("Кремль продовжує ядерний шантаж.", "uk", "uk_fear_iadernyi_shantazh", "ядерний шантаж"),
    ("Это снова ядерный шантаж.", "ru", "ru_fear_iadernyi_shantazh", "ядерный шантаж"),
    ("Критику назвали істерикою диванних стратегів.", "uk", "uk_loaded_dyvannyi", "диванних"),
    ("Блогер висміяв паркетних генералів.", "uk", "uk_loaded_parketnyi_heneral", "паркетних генералів"),
    ("Власти называют это временными трудностями.", "ru", "ru_euph_vremennye_trudnosti", "временными трудностями"),
    ("Наверх докладывают, что всё идёт по плану.", "ru", "ru_cliche_vse_idet_po_planu", "всё идёт по плану"),
    ("У міністерстві запевнили, що все йде за планом.", "uk", "uk_cliche_vse_ide_za_planom", "все йде за планом"),
    ("Генсек ООН глибоко стурбований ескалацією.", "uk", "uk_cliche_hlyboko_sturbovanyi", "глибоко стурбований"),
    ("Коли прилетіло, я була в цеху.", "uk", "uk_euph_pryletity", "прилетіло"),
    ("Діти питають, чи прилетить сьогодні.", "uk", "uk_euph_pryletity", "прилетить"),
    ("Если прилетит снова, мы потеряем цех.", "ru", "ru_euph_priletet", "прилетит"),
    ("Коментарі під відео заполонили боти.", "uk", "uk_src_boty", "боти"),
    ("Большинство таких комментариев пишут боты.", "ru", "ru_src_boty", "боты"),
    ("Закриття шкіл тут називають «оптимізацією».", "uk", "uk_euph_optymizatsiia_quoted", "оптимізацією"),
    ("Окупанти оголосили «евакуацію» жителів лівобережжя.", "uk", "uk_euph_evakuatsiia_quoted", "евакуацію"),
    ("Пропагандисты празднуют «освобождение» села.", "ru", "ru_kremlin_osvobozhdenie_quoted", "освобождение"),
    ("Окупанти святкують «звільнення» міста.", "uk", "uk_kremlin_zvilnennia_quoted", "звільнення"),
    ("На окупованих територіях провели «вибори».", "uk", "uk_kremlin_vybory_quoted", "вибори"),
    # the fifth review (fifth round of development batches)
    ("У Києві знову скаржаться на бусифікацію.", "uk", "uk_loaded_busyfikatsiia", "бусифікацію"),
    ("Міноборони РФ звітує про знищених найманців.", "uk", "uk_kremlin_naimanets", "найманців"),
    ("Росія заявила про ураження військової інфраструктури.", "uk",
     "uk_euph_urazhennia_viiskovoi_infrastruktury", "ураження військової інфраструктури"),
    ("Минобороны назвало это высокоточным ударом.", "ru", "ru_kremlin_vysokotochnyi_udar", "высокоточным ударом"),
    ("У Москві обмін подали як гуманітарний жест.", "uk", "uk_kremlin_humanitarnyi_zhest", "гуманітарний жест"),
    ("У роті знову двохсотий.", "uk", "uk_euph_dvokhsotyi", "двохсотий"),
    ("Представители так называемой Донецкой народной республики приехали.", "ru",
     "ru_kremlin_donetskaia_narodnaia_respublika", "Донецкой народной республики"),
    ("По их словам, область вошла в состав России.", "ru", "ru_kremlin_voiti_v_sostav_rossii",
     "вошла в состав России"),
    ("Окупанти розповідають про «мирне життя» в місті.", "uk", "uk_kremlin_myrne_zhyttia_quoted", "мирне життя"),
])
def test_review_rows_match(text, lang, term_id, words):
    assert (term_id, words) in matched(text, lang=lang)


@pytest.mark.parametrize("text, lang, term_id", [
    ("Люди возят соседей на своих машинах.", "ru", "ru_kremlin_svo"),  # capitals only
    ("Вони їздять на своїх машинах.", "uk", "uk_kremlin_svo"),
    ("Котельня працює у щадящому режимі, бо мережі старі.", "uk", "uk_label_rezhym"),  # no name after
    ("Його засудили до колонії суворого режиму. Суд тривав рік.", "uk", "uk_label_rezhym"),
    ("Батареи будут теплыми: мы держим щадящий режим.", "ru", "ru_label_rezhim"),
    ("Група партизанів взяла на себе відповідальність за підпал.", "uk", "accountability"),
    ("Відповідальність за актуальність даних лежить на самій особі.", "uk", "accountability"),
    ("Группа взяла на себя ответственность за поджог.", "ru", "accountability"),
    ("Кіберполіція ліквідувала 46 кол-центрів.", "uk", "uk_euph_likviduvaty"),  # no person after it
    ("СБУ ликвидировала ботоферму в Одессе.", "ru", "ru_euph_likvidirovat"),
    ("Тем временем показали сюжет о выставке.", "ru", "ru_cliche_vremia_pokazat"),
    ("Тим часом показали сюжет про виставку.", "uk", "uk_cliche_chas_pokazaty"),
    ("Станція фільтрації води запрацювала.", "uk", "uk_euph_filtratsiia"),
    ("Відмова – це не вирок, її можна оскаржити.", "uk", "accountability"),
    # a bare verdict is no longer accountability: on the development batches readers counted it
    # in 40% of its uses (verdicts of ordinary, Russian and occupation courts were not)
    ("Суд оголосив вирок водієві, який збив пішохода.", "uk", "accountability"),
    ("Суд вынес приговор водителю.", "ru", "accountability"),
    ("Нова фільтраційна станція очищає воду для району.", "uk", "uk_euph_filtratsiinyi"),
    # the fourth review: the conditions impersonal, plural and scare_quoted, and famine as a metaphor
    ("Делегація прилетіла до Києва вранці.", "uk", "uk_euph_pryletity"),  # a subject of its own
    ("Министр прилетел в Брюссель.", "ru", "ru_euph_priletet"),
    ("Мʼяч прилетів мені просто в обличчя.", "uk", "uk_euph_pryletity"),
    ("Надішліть відео офіційному боту ЦПД.", "uk", "uk_src_boty"),  # a service, singular
    ("За два дні бот отримав тисячу звернень.", "uk", "uk_src_boty"),
    ("Операторы бота отвечают круглосуточно.", "ru", "ru_src_boty"),
    ("Оптимізація витрат дала економію.", "uk", "uk_euph_optymizatsiia_quoted"),  # not in quote marks
    ("Евакуація жителів прифронтових сіл триває.", "uk", "uk_euph_evakuatsiia_quoted"),
    ("Після звільнення міста відновили водогін.", "uk", "uk_kremlin_zvilnennia_quoted"),
    ("Вибори відбудуться після війни.", "uk", "uk_kremlin_vybory_quoted"),
    ("Бізнес скаржиться на кадровий голод.", "uk", "appeal_to_fear"),
    ("Фронт відчуває снарядний голод.", "uk", "appeal_to_fear"),
    ("Заводы жалуются на кадровый голод.", "ru", "appeal_to_fear"),
    ("Мирне життя повертається до звільнених сіл.", "uk", "uk_kremlin_myrne_zhyttia_quoted"),  # no quote marks
])
def test_review_conditions_and_exclusions_keep_other_senses_out(text, lang, term_id):
    hits = find_framing(text, lang=lang)
    assert term_id not in set(hits["term_id"]) | set(hits["category"])


def test_so_called_joins_the_quoted_phrase_after_it_unless_that_phrase_is_a_hit():
    assert matched("Окупанти відкрили так звані «комендатури» восени.") == [
        ("uk_label_okupant", "Окупанти"), ("uk_src_tak_zvanyi", "так звані «комендатури»")]
    assert matched("Окупанти провели так звані «референдуми» восени.") == [  # a scare-quoted term
        ("uk_label_okupant", "Окупанти"), ("uk_src_tak_zvanyi", "так звані"),
        ("uk_kremlin_referendum_quoted", "референдуми")]
    hits = matched("Фінансування так званої «спецоперації» зросло.")
    assert hits == [("uk_src_tak_zvanyi", "так званої"), ("uk_kremlin_specoperatsiia", "спецоперації")]
    assert matched("Це так званий тіньовий флот.") == [("uk_src_tak_zvanyi", "так званий")]


def test_an_unknown_condition_is_a_lexicon_error(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("term_id,category,language,pattern,condition,note\nmy_x,my_category,uk,герой,loud,test\n",
                     encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown condition"):
        load_lexicon(extra=extra)
    extra.write_text("term_id,category,language,pattern,condition,note\nmy_x,my_category,uk,зсу,capitals,test\n",
                     encoding="utf-8")
    lexicon = load_lexicon(extra=extra)
    assert find_framing("ЗСУ відбили атаку.", lexicon)["term_id"].tolist() == ["my_x"]
    assert find_framing("зсу відбили атаку.", lexicon).empty


def test_russified_names_match_on_surface_stem():
    hits = matched("Алєксандр знову говорив з Владіміром про Сєргєя.")
    assert [t for t, _ in hits] == ["uk_name_aleksandr", "uk_name_vladimir", "uk_name_sergei"]


def test_russian_quote_in_ukrainian_text_uses_russian_rows():
    from analysis.language import foreign_passages

    text = "Пропагандисти назвали знахідку «постановкой киевского режима», хоча докази очевидні."
    spans = foreign_passages(text)
    hits = find_framing(text, foreign_spans=list(zip(spans["start"], spans["end"])))
    assert "ru_kremlin_kievskii_rezhim" in set(hits["term_id"])


def test_analyst_lexicon_is_added(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("term_id,category,language,pattern,note\nmy_hero,my_category,uk,герой,test\n",
                     encoding="utf-8")
    lexicon = load_lexicon(extra=extra)
    assert "my_category" in set(find_framing("Слава героям!", lexicon)["category"])
    with pytest.raises(LexiconError, match="repeated term_id"):
        load_lexicon(extra=[extra, extra])
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text\n1,2\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="lacks columns"):
        load_lexicon(extra=bad)


ARTICLE = ("Міністр Міхалков, на якого посилаються пропагандистські ЗМІ, знову виступив на форумі. "
           "Обидва диктатори уникають журналістів.\n\n"
           "Алєксандр Міхалков розповів, що з Владіміром вони обговорили «поставки зерна».\n\n"
           "Ми з колегами не забудемо окупантів і доб'ємося, щоб настав трибунал,\n– каже Міхалков.\n\n"
           "Редакція переконана: колись диктатор відповідатиме перед судом. Загарбники відступили з передмістя, "
           "окупанти втратили техніку. Режим Міхалкова вдає нейтральність, а сам диктатор мовчить.")


def test_counts_are_split_by_segment_kind():
    docs = pd.DataFrame({"doc_id": ["x"], "text": [ARTICLE], "language": ["uk"]})
    segments = segment_corpus(docs)
    hits = framing_hits(docs, segments)
    editorial = hits[hits["kind"] == "editorial"]
    by_term = editorial["term_id"].value_counts().to_dict()
    assert by_term["uk_label_dyktator"] == 3
    assert by_term["uk_label_okupant"] == 1
    assert by_term["uk_label_zaharbnyk"] == 1
    assert by_term["uk_label_rezhym"] == 1
    assert by_term["uk_src_propahandystskyi_zmi"] == 1
    assert by_term["uk_name_aleksandr"] + by_term["uk_name_vladimir"] == 2
    quoted = hits[hits["kind"] == "quote"]["term_id"].tolist()
    assert "uk_label_okupant" in quoted and "uk_acc_trybunal" in quoted
    counts = count_framing(docs, segments, hits=hits)
    row = counts[(counts["kind"] == "editorial") & (counts["category"] == "aggressor_label")].iloc[0]
    assert row["hits"] == (editorial["category"] == "aggressor_label").sum()
    assert row["per_1k"] == pytest.approx(row["hits"] * 1000 / row["tokens"])
    assert set(counts["kind"]) == set(segments["kind"])


def test_concordance_shows_the_words_behind_each_hit():
    docs = pd.DataFrame({"doc_id": ["x"], "text": [ARTICLE], "language": ["uk"]})
    hits = framing_hits(docs)
    kwic = concordance(hits, docs, width=20)
    assert len(kwic) == len(hits)
    assert (kwic["left"].str.len() == 20).all()
    assert kwic["matched"].tolist() == hits["matched"].tolist()


def test_precision_and_recall_against_the_demo_gold(demo_sources):
    from analysis.evaluate import authored_text

    gold = pd.DataFrame(read_jsonl(GOLD_DIR / "framing.jsonl"))
    assert gold["doc"].nunique() >= 20
    docs = pd.DataFrame([{"doc_id": d, "text": authored_text(demo_sources[d]),
                          "language": demo_sources[d]["language"]} for d in gold["doc"].unique()])
    hits = framing_hits(docs)
    predicted = set(zip(hits["doc_id"], hits["start"], hits["end"], hits["term_id"]))
    expected = set(zip(gold["doc"], gold["start"], gold["end"], gold["term_id"]))
    precision = len(predicted & expected) / len(predicted)
    recall = len(predicted & expected) / len(expected)
    print(f"framing precision {precision:.3f} recall {recall:.3f} on {len(expected)} gold hits")
    assert precision >= 0.95 and recall >= 0.95


def test_vectorizer_follows_sklearn_conventions():
    texts = ["Окупанти обстріляли місто, диктатор мовчить.", "Погода сонячна, ринок працює.",
             "Київський режим і колективний Захід винні, кажуть пропагандисти."]
    vectorizer = FramingVectorizer()
    assert vectorizer.fit(texts) is vectorizer
    names = vectorizer.get_feature_names_out()
    assert all(n.startswith("framing__") for n in names)
    frame = FramingVectorizer().set_output(transform="pandas").fit_transform(texts)
    assert list(frame.columns) == list(names)
    assert frame.loc[0, "framing__aggressor_label"] > 0 and frame.loc[1].sum() == 0
    assert clone(vectorizer).get_params() == vectorizer.get_params()
    with pytest.raises(NotFittedError):
        FramingVectorizer().transform(texts)
    with pytest.raises(ValueError):
        FramingVectorizer().fit(texts).transform("один рядок")
    pipeline = Pipeline([("framing", FramingVectorizer()), ("model", LogisticRegression())])
    pipeline.fit(texts * 2, [1, 0, 1] * 2)
    assert pipeline.predict(texts).shape == (3,)


def test_weighted_log_odds_finds_the_distinctive_term():
    counts = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "term_id": ["x", "y", "x", "y"],
                           "count": [90, 10, 10, 90]})
    result = weighted_log_odds(counts).set_index(["outlet", "term_id"])
    assert result.loc[("A", "x"), "z"] > 1.96 > result.loc[("A", "y"), "z"]
    assert result.loc[("B", "y"), "z"] > 1.96
    assert np.isclose(result.loc[("A", "x"), "log_odds"], -result.loc[("B", "x"), "log_odds"])


def test_find_framing_survives_arbitrary_unicode():
    text = "Окупанти \U00017000 диктатор 𝔄𝔅 ﷽ режим\u0000"
    assert "uk_label_okupant" in set(find_framing(text)["term_id"])
