"""Drafting records from articles: the development set's scores, the command, web pages, bad files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from geo.draft import read_article
from geo.draft.text import language
from geo.records.schema import RECORD_COLUMNS
from tests.conftest import run_cli
from tests.drafting import evaluate

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"

# The scores reached on the development set (tests/data/articles and the seed articles).  A change
# that lowers one fails here; raise a floor when a change lifts its score.
# The eleventh and twelfth sets (ru-u…/kk-u…, ru-v…/kk-v…) joined with figures, dates and Russian
# facilities harder than the rest; the rules that followed brought every score but Russian recall
# (0.87 before the twelfth) back to or above where it stood before. The twenty-second and twenty-third
# (ru-f…, kk-f…) joined with figures and due dates harder than the rest: figures 0.92 → 0.91, due year
# 0.89 → 0.88 on the larger set. The twenty-fourth and twenty-fifth (ru-i…/kk-i…, ru-j…/kk-j…) joined
# with Russian rows harder to tell from the rest: precision 0.96 → 0.95 (Russian 0.95 → 0.93); the
# twenty-sixth and twenty-seventh (ru-l…/kk-l…, ru-o…/kk-o…) with Russian facilities harder to find
# (Russian recall 0.90 → 0.89); the twenty-eighth and twenty-ninth (ru-ab…, kk-ab…) with Russian statuses
# harder than the rest (status 0.91 → 0.90). Five facilities found since, among them a Kazakh infectious
# ward, brought figures the article words differently (cost or funding): figures 0.91 → 0.90. The thirtieth and
# thirty-first sets (ru-ac…/kk-ac…, ru-ad…/kk-ad…) joined with the rules drawn from them: status 0.91 → 0.92,
# due year 0.89 → 0.92, work 0.86 → 0.87. The thirty-second to thirty-seventh (ru-ae… to kk-aj…) joined with
# statuses and due dates harder than the rest: status 0.92 → 0.91, due year 0.92 → 0.90. The thirty-eighth to
# forty-first (ru-ak… to kk-an…) with Kazakh rows harder to tell from the rest: Kazakh precision 0.97 → 0.96.
# The rules drawn from the forty-second to forty-fifth (from reports no earlier article used) lifted recall
# 0.90 → 0.91 (Russian and Kazakh too), status 0.91 → 0.93 and Kazakh precision back to 0.97.
# The fifty-second to fifty-sixth (ru-ay… to ru-bf…) joined with the rules drawn from them and from
# sentences written to probe the drafter: recall 0.91 → 0.92 (Russian too), status 0.93 → 0.94, figures
# 0.90 → 0.91, due year 0.90 → 0.92, work 0.87 → 0.89, Russian precision 0.93 → 0.94. The fifty-seventh and
# fifty-eighth (kk-bg…, ru-bh…/kk-bh…), scored once at the end of that work, joined with Kazakh statuses, due
# dates and rows harder than the rest: status 0.94 → 0.93, due year 0.92 → 0.91, Kazakh precision 0.97 → 0.96.
FLOORS = {
    "all": {
        "recall": 0.92,
        "precision": 0.95,
        "status": 0.93,
        "figures": 0.91,
        "due_year": 0.91,
        "kind": 0.98,
        "work": 0.89,
    },
    "ru": {"recall": 0.92, "precision": 0.94},
    "kk": {"recall": 0.91, "precision": 0.96},
}


@pytest.fixture(scope="module")
def scores():
    result = evaluate()
    for key, score in result.items():
        print("\n".join(score.lines(key)))  # shown with pytest -s, and in the report of a failure
    return result


@pytest.mark.parametrize("key", list(FLOORS))
def test_the_development_set_scores_no_lower_than_before(scores, key):
    score = scores[key]
    got = {
        "recall": score.recall,
        "precision": score.precision,
        **{name: score.rate(name) for name in ("status", "figures", "due_year", "kind", "work")},
    }
    low = {name: f"{got[name]:.0%} < {floor:.0%}" for name, floor in FLOORS[key].items() if got[name] < floor}
    assert not low, f"{key}: {low}\n" + "\n".join(score.lines(key))


def test_every_drafted_place_resolves(scores):
    assert scores["all"].places >= 0.9


def test_no_drafted_place_is_in_another_region_than_the_article_speaks_of(scores):
    wrong = [m for m in scores["all"].misses if ": wrong region: " in m]
    assert not wrong, "\n".join(wrong)


def test_the_development_set_is_what_its_readme_says():
    texts = sorted(ARTICLES.glob("*.txt"))
    assert len([p for p in texts if p.name.startswith("ru-")]) >= 12
    assert len([p for p in texts if p.name.startswith("kk-")]) >= 12
    for path in texts:
        assert language(path.read_text(encoding="utf-8")) == path.name[:2], path.name
        with path.with_name(path.stem + ".expected.csv").open(encoding="utf-8") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == RECORD_COLUMNS, path.name
            for row in reader:
                # Every quote is the article's own text.
                for part in row["quote"].split(" ... "):
                    assert part.strip() in path.read_text(encoding="utf-8"), (path.name, part)


def _draft(tmp_path, *args):
    out = tmp_path / "drafts.csv"
    done = run_cli("draft", *args, "--out", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))) if out.exists() else []
    return done, rows


def test_the_command_writes_rows_with_the_records_header(tmp_path):
    done, rows = _draft(
        tmp_path,
        str(ROOT / "seeds" / "articles" / "003_50c20f056df4416d.txt"),
        "--url",
        "https://example.kz/news/1",
    )
    assert done.returncode == 0, done.stderr
    header = (tmp_path / "drafts.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == (ROOT / "seeds" / "facilities.csv").read_text(encoding="utf-8").splitlines()[0]
    hub = next(r for r in rows if "хаб" in r["name"].lower())
    assert (hub["kind"], hub["status"], hub["place"], hub["cost_kzt"], hub["funding_kzt"], hub["progress_pct"]) == (
        "hospital",
        "construction",
        "Балқаш, Қарағанды облысы",
        "1,27 млрд",
        "1 млрд астам",
        "96",
    )
    assert (hub["due"], hub["due_year"], hub["published"], hub["source_url"]) == (
        "осы жылдың соңына дейін",
        "2025",
        "2025-12-22",
        "https://example.kz/news/1",
    )
    assert "3 facilities found (kk)" in done.stderr
    assert "candidate note (for notes.csv, not a record)" in done.stderr


def test_the_rows_pass_the_records_check(tmp_path):
    # Drafted rows, with their article beside them, are records the map accepts as they are.
    (tmp_path / "articles").mkdir()
    article = ROOT / "seeds" / "articles" / "001_033d9678b3e45baa.txt"
    (tmp_path / "articles" / article.name).write_bytes(article.read_bytes())
    done = run_cli("draft", str(article), "--url", "https://example.kz/a", "--out", str(tmp_path / "f.csv"))
    assert done.returncode == 0, done.stderr
    check = run_cli("--data", str(tmp_path / "f.csv"), "--check")
    assert check.returncode == 0, check.stderr


PAGE = """<!doctype html><html><head><title>Site</title>
<link rel="canonical" href="https://news.example.kz/2025/11/clinic">
<meta property="article:published_time" content="2025-11-20T09:30:00+05:00"></head>
<body><nav><a href="/">Главная</a> <a href="/x">Политика</a></nav>
<header>Реклама</header>
<article><h1>В Кокшетау открылась поликлиника на 300 посещений</h1>
<figure><img src="x.jpg"><figcaption>Фото: пресс-служба</figcaption></figure>
<p>В Кокшетау открылась новая городская поликлиника на 300 посещений в смену.</p>
<p>Фото: акимат области</p>
<p>Стоимость строительства составила 4,2 млрд тенге.</p>
<p>Читайте также:</p><ul><li>В Астане построят больницу на 600 коек</li></ul></article>
<footer>© 2025 При использовании материалов ссылка обязательна</footer></body></html>"""


def test_a_saved_web_page_gives_its_article_text_address_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert (article.url, article.published) == ("https://news.example.kz/2025/11/clinic", "2025-11-20")
    assert article.title == "В Кокшетау открылась поликлиника на 300 посещений"
    for junk in ("Главная", "Реклама", "Фото:", "Читайте также", "600 коек", "©"):
        assert junk not in article.text
    done, rows = _draft(tmp_path, str(path))
    assert done.returncode == 0, done.stderr
    (row,) = rows
    assert (row["kind"], row["status"], row["place"], row["visits_per_shift"], row["cost_kzt"]) == (
        "polyclinic",
        "completed",
        "Кокшетау",
        "300",
        "4,2 млрд",
    )
    assert (row["source"], row["source_url"], row["published"]) == (
        "page.html",
        "https://news.example.kz/2025/11/clinic",
        "2025-11-20",
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Погода в Алматы будет солнечной, сообщает синоптик.", 0),
        ("В селе построят школу на 300 мест.", 0),
        ("", 0),
    ],
)
def test_an_article_with_no_facility_says_so(tmp_path, text, found):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    done, rows = _draft(tmp_path, str(path))
    assert done.returncode == 0, done.stderr
    assert len(rows) == found
    assert "0 facilities found" in done.stderr and "nothing to draft from this article" in done.stderr


def test_a_file_that_cannot_be_read_is_refused(tmp_path):
    done = run_cli("draft", str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert done.stderr.startswith(f"{tmp_path / 'missing.txt'}: cannot read the article (No such file or directory)")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "20.11.2025"], "error: --published '20.11.2025' is not a date; write it as YYYY-MM-DD\n"),
        (["--url", "ftp://x"], "error: --url 'ftp://x' is not an http(s) address\n"),
    ],
)
def test_bad_options_are_refused(args, message):
    done = run_cli("draft", str(ROOT / "seeds" / "articles" / "000_6a26d36f4a63bbf9.txt"), *args)
    assert (done.returncode, done.stderr) == (2, message)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script> поликлиника № 1 построят",
        "\x00\x01 больница " * 500,
        "Поликлиника «" + "а" * 5000,
        "В " + ", ".join(["Алматы"] * 300) + " построят поликлиники.",
    ],
)
def test_hostile_articles_give_rows_or_nothing_never_a_traceback(tmp_path, text):
    path = tmp_path / "h.txt"
    path.write_text(text, encoding="utf-8")
    done, _ = _draft(tmp_path, str(path))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_the_gazetteer_kept_between_runs_is_rebuilt_when_damaged(tmp_path, monkeypatch):
    from geo.places.cache import cache_folder, cached_gazetteer

    monkeypatch.setenv("KZ_HEALTH_MAP_CACHE", str(tmp_path / "cache"))
    gazetteer, names = cached_gazetteer()  # builds and keeps it
    (kept,) = cache_folder().glob("gazetteer-*.pickle")
    again, _ = cached_gazetteer()  # read back
    assert len(again.places) == len(gazetteer.places) and names["KAZ011"] == "Карагандинская область"
    kept.write_bytes(b"not a pickle")
    rebuilt, _ = cached_gazetteer()
    assert len(rebuilt.places) == len(gazetteer.places)
    assert kept.read_bytes() != b"not a pickle"


def test_a_cache_folder_that_cannot_be_written_is_not_used(tmp_path, monkeypatch):
    from geo.places.cache import cached_gazetteer

    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("KZ_HEALTH_MAP_CACHE", str(blocked / "cache"))  # a folder inside a file
    gazetteer, _ = cached_gazetteer()
    assert gazetteer.lookup("Балхаш")


@pytest.fixture(scope="module")
def gazetteer():
    from geo.places.reference import load_reference

    reference = load_reference()
    return reference.gazetteer, reference.region_names()


def _rows(gazetteer, text: str, published: str = "2020-08-20") -> list[dict[str, str]]:
    from geo.draft import draft_records
    from geo.draft.article import Article

    places, names = gazetteer
    article = Article("a.txt", text.split("\n", 1)[0], text, published=published)
    return draft_records(article, places, region_names=names).rows


def _fields(got: list[dict[str, str]], rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The drafted rows, each cut to the fields its expected row names (and all of them, if more or fewer)."""
    if len(got) != len(rows):
        return got
    return [{column: row[column] for column in want} for row, want in zip(got, rows, strict=True)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        pytest.param(
            "Ауылдарда амбулатория ашылды\n\nШиелі ауданының Бестам және А.Тәжібаев ауылдарында жаңа дәрігерлік "
            "амбулаториялар ашылды.",
            ["Бестам ауылы", "А.Тәжібаев ауылы"],
            id="kazakh-village-named-with-an-initial",
        ),
        pytest.param(
            "Амбулатория ашылды\n\nШиелі ауданындағы Досбол би және Бала би ауылдарында екі дәрігерлік амбулатория "
            "салынды.",
            ["Досбол би ауылы", "Бала би ауылы"],
            id="kazakh-village-named-with-a-title",
        ),
        pytest.param(
            "Семь медобъектов\n\nДо конца года планируется завершить строительство ещё семи медицинских объектов. "
            "Их возводят в сёлах Тогыз, Сарысай и Шокысу Шалкарского района, в селе Нура Иргизского района.",
            ["с. Тогыз", "с. Сарысай", "с. Шокысу", "с. Нура"],
            id="their-villages-after-a-count-of-objects",
        ),
        pytest.param(
            "Нысандар ашылды\n\nЖаңа медициналық нысандар Ескелді ауданының Жалғызағаш және Қайнар ауылдарында, "
            "Панфилов ауданының Сарытөбе ауылында ашылды.",
            ["Жалғызағаш ауылы", "Қайнар ауылы", "Сарытөбе ауылы"],
            id="plural-objects-in-villages-of-several-districts",
        ),
        pytest.param(
            "Три объекта по ГЧП\n\nВ Атырау в новом году введут новую больницу на 250 человек в микрорайоне Оркен, "
            "детский сад на 160 мест в микрорайоне Балыкшы и семейно-врачебную амбулаторию в селе Аксай.",
            ["мкр. Оркен", "с. Аксай"],
            id="each-item-keeps-its-own-place",
        ),
        pytest.param(
            "Поликлиники\n\nВ Алматы построят поликлиники в мкр. Курамыс и Шугыла.",
            ["мкр. Курамыс", "мкр. Шугыла"],
            id="microdistricts-after-an-abbreviation",
        ),
        pytest.param(
            "Емханалар\n\nҚызылорда облысының Жаңақорған, Шиелі және Сырдария аудандарында жаңа емханалар салынады.",
            ["Жаңақорған ауданы", "Шиелі ауданы", "Сырдария ауданы"],
            id="kazakh-list-of-districts",
        ),
        pytest.param(
            "Нысандар\n\nБиыл облыста 40 денсаулық сақтау нысаны іске қосылады. Олардың ішінде Жетісай қаласындағы "
            "150 төсектік аудандық аурухана, Кентаудағы 250 келушіге арналған емхана және Отырар ауданы Шәуілдір "
            "ауылындағы дәрігерлік амбулатория бар.",
            ["Жетісай", "Кентау", "Шәуілдір ауылы"],
            id="kazakh-examples-of-a-count-each-at-its-place-in-dagy",
        ),
        pytest.param(
            "Жобалар\n\nӨңірде ірі жобалар жалғасып жатыр: Өскеменде гематология орталығы, Риддерде емханасы мен "
            "стационары бар көпбейінді аурухана кешені, Ұлан ауданында аудандық емхана салынуда.",
            ["Усть-Каменогорск", "Риддер", "Ұлан ауданы"],
            id="kazakh-each-at-its-locative-a-part-it-has-no-row",
        ),
        pytest.param(
            "Поликлиники\n\nВ Алматы начнется строительство трех поликлиник: в микрорайонах Алгабас и Нуршашкан "
            "Алатауского района и в жилом массиве Кайрат Турксибского района.",
            ["мкр. Алгабас", "мкр. Нуршашкан", "ж.м. Кайрат"],
            id="microdistricts-then-a-residential-area-each-with-its-district",
        ),
        pytest.param(
            "Аулы\n\nВ ауле имени Н.Ильясова сдали в эксплуатацию врачебную амбулаторию, а в аулах Инкардарья и "
            "имени А.Токмагамбетова капитально отремонтировали фельдшерские пункты.",
            ["с. имени Н.Ильясова", "с. Инкардарья", "с. имени А.Токмагамбетова"],
            id="russian-auls-named-after-people-each-clause-its-own-list",
        ),
        pytest.param(
            "Стройки\n\nСейчас в микрорайоне Береке в Атырау возводят врачебную амбулаторию, а в городе Кульсары – "
            "районную больницу.",
            ["мкр. Береке", "Кульсары"],
            id="a-place-before-the-noun-in-its-own-clause",
        ),
        pytest.param(
            "Объекты\n\nВ районе ввели в эксплуатацию три новых объекта: медицинский пункт в селе Успенка, "
            "фельдшерско-акушерский пункт в селе Ауыл и врачебную амбулаторию в селе Новая Шульба.",
            ["с. Успенка", "с. Ауыл", "с. Новая Шульба"],
            id="russian-each-noun-then-its-village",
        ),
        pytest.param(
            "Объекты\n\nВ селе Жарма Иргизского района введен в эксплуатацию медпункт, в Ногайты Байганинского "
            "района – фельдшерско-акушерский пункт.",
            ["с. Жарма", "с. Ногайты"],
            id="russian-village-then-its-noun-the-second-after-a-dash",
        ),
    ],
)
def test_places_of_drafted_lists(gazetteer, text, places):
    got = [row["place"] for row in _rows(gazetteer, text)]
    assert [p.split(",")[0] for p in got] == places, got


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Медпункттер\n\nБиыл Қармақшы ауданында Ақтөбе және Ақжар ауылдарында медициналық пункт салынады.",
            ["Ақтөбе ауылы, Қармақшы ауданы, Қызылорда облысы", "Ақжар ауылы, Қармақшы ауданы, Қызылорда облысы"],
        ),
        (
            "ФАПы\n\nВ Кармакшинском районе в селах Актобе и Акжар построят фельдшерско-акушерские пункты.",
            [
                "с. Актобе, Кармакшинский район, Кызылординская область",
                "с. Акжар, Кармакшинский район, Кызылординская область",
            ],
        ),
    ],
)
def test_a_village_named_like_a_big_city_is_no_city(gazetteer, text, places):
    assert [row["place"] for row in _rows(gazetteer, text)] == places


@pytest.mark.parametrize(
    ("sentence", "due", "due_year"),
    [
        (
            "Принять первых пациентов новая больница в Павлодаре должна к середине октября.",
            "к середине октября",
            "2020",
        ),
        ("Новую больницу в Павлодаре введут в эксплуатацию в новом году.", "в новом году", "2021"),
        ("Павлодардағы жаңа аурухана қазанның соңына дейін пайдалануға беріледі.", "қазанның соңына дейін", "2020"),
        ("Павлодардағы жаңа аурухананың құрылысы қараша айында аяқталады.", "қараша айында", "2020"),
        # A time from the article's date (2020-08-20).
        ("Новую больницу в Павлодаре рассчитывают сдать через 2,6 месяца.", "через 2,6 месяца", "2020"),
        ("Новую больницу в Павлодаре рассчитывают сдать через полгода.", "через полгода", "2021"),
        ("Павлодардағы аурухананы жөндеу жұмысы бір ай ішінде аяқталады.", "бір ай ішінде", "2020"),
        ("Павлодардағы жаңа аурухана бес айдан кейін ашылады.", "бес айдан кейін", "2021"),
        # A quarter alone is of the article's year.
        ("Новую поликлинику в Павлодаре сдадут в IV квартале.", "iv квартале", "2020"),
        ("Новую больницу в Павлодаре сдадут к концу следующего года.", "к концу следующего года", "2021"),
        ("Новую больницу в Павлодаре сдадут в конце будущего года.", "в конце будущего года", "2021"),
        # Half-years, a day of a month, «2025-го», seasons (of the article's year unless said otherwise).
        ("Новую больницу в Павлодаре сдадут во втором полугодии.", "во втором полугодии", "2020"),
        (
            "Павлодардағы жаңа аурухана 2021 жылдың бірінші жартысында пайдалануға беріледі.",
            "2021 жылдың бірінші жартысында",
            "2021",
        ),
        ("Новую больницу в Павлодаре откроют к 1 сентября.", "1 сентября", "2020"),
        ("Сдать больницу в Павлодаре обещают к концу 2021-го.", "к концу 2021-го", "2021"),
        ("Новую поликлинику в Павлодаре откроют осенью.", "осенью", "2020"),
        ("Новую поликлинику в Павлодаре откроют осенью следующего года.", "осенью следующего года", "2021"),
        ("Павлодардағы жаңа емхана күзде ашылады.", "күзде", "2020"),
        ("Принимать пациентов новая поликлиника в Павлодаре начнет в декабре.", "декабре", "2020"),
        # The first patients, the start of work: an opening.
        ("Новая поликлиника в Павлодаре примет первых пациентов в декабре.", "декабре", "2020"),
        ("Павлодардағы жаңа емхана желтоқсанда науқастарды қабылдай бастайды.", "желтоқсанда", "2020"),
    ],
)
def test_dates_said_with_the_article_year(gazetteer, sentence, due, due_year):
    (row,) = _rows(gazetteer, "Больница\n\n" + sentence)
    assert (row["due"].lower(), row["due_year"]) == (due, due_year)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("До конца года планируется завершить строительство новой больницы в Павлодаре.", "construction"),
        ("Новую поликлинику в Павлодаре достроят в следующем году.", "construction"),
        ("Павлодардағы емхананың құрылысын аяқтауға 1,7 млрд теңге бөлінді.", "construction"),
        ("В Павлодаре завершили строительство новой больницы.", "completed"),
        ("Новую больницу в Павлодаре построят в следующем году.", "planned"),
        ("В корпусах больницы в Павлодаре начался капитальный ремонт.", "construction"),
        ("В Павлодаре близится к завершению строительство районной больницы на 100 коек.", "construction"),
        ("Павлодардағы аудандық ауруханада құрылысшылар күрделі жөндеу жүргізіп жатыр.", "construction"),
        ("Три отделения больницы в Павлодаре капитально отремонтируют в этом году.", "planned"),
        ("Новую больницу в Павлодаре ввели в эксплуатацию.", "completed"),
        ("В Павлодаре открыли новую поликлинику.", "completed"),
        ("Аким области открыл новую больницу в Павлодаре.", "completed"),
        ("К 1 июня в Павлодаре должны закончить строительство кардиологического центра.", "construction"),
        # What will come after the opening says nothing of the opening.
        ("Павлодардағы жаңа аурухана салынады. Ол ашылғаннан кейін мұнда зертхана орналасады.", "planned"),
        ("В Павлодаре заложили фундамент поликлиники на 500 посещений в смену.", "construction"),
        ("Павлодар қаласында бой көтеріп жатқан жаңа амбулатория 50 адамды қабылдайды.", "construction"),
        ("Павлодар қаласында жаңа емхана салуға дайындық жұмыстары басталды.", "construction"),
        ("Детская больница в Павлодаре сейчас проходит капитальный ремонт.", "construction"),
        ("На стадии завершения находится строительство амбулатории в Павлодаре.", "construction"),
        ("Продолжается подготовка проекта строительства роддома в Павлодаре.", "design"),
        ("Павлодардағы балалар ауруханасының құрылыс жобасы қазір әзірлену үстінде.", "design"),
        (
            "В Павлодаре появится реабилитационный центр. Проект уже получил положительное заключение госэкспертизы.",
            "design",
        ),
        # Since it opened thirty years ago: the past, and the repair goes on.
        ("Павлодардағы аурухана ашылғаннан бергі 30 жылда алғаш рет күрделі жөндеу жүргізілуде.", "construction"),
        ("Аким осмотрел ход строительства поликлиники в Павлодаре.", "construction"),
        ("Павлодарда мұнай компаниясының қаржысына 200 төсектік жұқпалы аурулар ауруханасы салынды.", "completed"),
        ("Павлодардағы көпбейінді аурухананың тоқтап қалған құрылысы биыл жалғаспақ.", "suspended"),
        ("Павлодарда гемодиализ орталығы ашылып, науқастарға көмек көрсете бастады.", "completed"),
        # Money for the works to be done, works to be done: a plan.
        ("Павлодардағы перзентханада күрделі жөндеу жұмыстарын жүргізу үшін 800 млн теңге бөлінді.", "planned"),
        ("Павлодардағы перзентханада жөндеу жұмыстары келесі жылы жүргізіледі.", "planned"),
        # Built, not yet opened; late but going on; a share ready; an opening ceremony held; left unfinished.
        (
            "Новая поликлиника в Павлодаре так и не открылась, хотя строительство завершено еще в прошлом году.",
            "construction",
        ),
        ("Павлодарда салынып біткен емхана әлі пайдалануға берілмеген.", "construction"),
        ("Строительство больницы в Павлодаре отстает от графика на два месяца.", "construction"),
        ("Павлодардағы перзентхананың құрылысы кестеден қалып келеді.", "construction"),
        ("Павлодарда жаңа аурухана салынуда. Ғимараттың 70 пайызы дайын.", "construction"),
        ("В Павлодаре торжественно перерезали красную ленту у входа в новую поликлинику.", "completed"),
        ("Павлодарда жаңа емхананың ашылу салтанатына облыс әкімі қатысты.", "completed"),
        (
            "На строительство больницы в Павлодаре потрачено 2 млрд тенге, но объект до сих пор не достроен.",
            "suspended",
        ),
        ("Павлодардағы жаңа емхананың құрылысы биыл аяқталады деп жоспарланып отыр.", "construction"),
        ("Проект строительства больницы в Павлодаре исключен из программы.", "cancelled"),
        ("Павлодардағы жаңа аурухана жобасы бағдарламадан шығарылды.", "cancelled"),
        # Examples of facilities to open this year («Среди них – …»): being built, as those counted.
        (
            "В этом году в Павлодарской области планируется ввести в эксплуатацию 40 объектов здравоохранения. "
            "Среди них – районная больница в Экибастузе.",
            "construction",
        ),
        # Patients to be received: an opening to come, the works going on.
        (
            "В Павлодаре идет капитальный ремонт поликлиники. Принимать пациентов поликлиника начнет в августе.",
            "construction",
        ),
        ("В Павлодаре новая поликлиника начала принимать пациентов.", "completed"),
        ("Павлодардағы ауруханада күрделі жөндеу жүріп жатыр.", "construction"),
        ("В эксплуатацию сдана новая поликлиника в Павлодаре.", "completed"),
        ("В поликлинике Павлодара работы уже завершены.", "completed"),
        ("Павлодардағы «Жетес би» амбулаториясының ғимаратында жүріп жатқан күрделі жөндеуді көрді.", "construction"),
        # The state today, said after: finished, but the finishing goes on.
        (
            "В Павлодаре завершено строительство реабилитационного центра. Сейчас в здании ведётся внутренняя отделка.",
            "construction",
        ),
        # «пайдалануға берілгеннен кейін»: what comes once it is done, so not yet.
        (
            "Павлодарда оңалту орталығы салынуда. Жаңа нысан пайдалануға берілгеннен кейін мыңдаған адам ем алады.",
            "construction",
        ),
        ("В Павлодаре заложили перинатальный центр на 200 коек.", "construction"),
        # Near the end, the finishing under way.
        ("Строительство поликлиники в Павлодаре вышло на финишную прямую.", "construction"),
        ("В новой больнице Павлодара подрядчик приступил к внутренней отделке.", "construction"),
        ("Павлодардағы жаңа емхананың құрылысы мәреге жақындады.", "construction"),
        # Built and rebuilt, to be commissioned: works all but done («будут построены» alone is a plan).
        ("Больницу в Павлодаре, реконструированную по схеме ГЧП, введут в эксплуатацию в 2027 году.", "construction"),
        ("В Павлодаре будут реконструированы корпуса больницы, их введут в эксплуатацию в 2027 году.", "planned"),
        # «для него»: the building named before, its design under way.
        (
            "Кардиоцентр в Павлодаре отремонтируют. Сейчас для него разрабатывают проектно-сметную документацию.",
            "design",
        ),
    ],
)
def test_status_of_works_to_be_finished(gazetteer, sentence, status):
    (row,) = _rows(gazetteer, "Больница\n\n" + sentence)
    assert row["status"] == status


@pytest.mark.parametrize(
    ("text", "beds"),
    [
        ("В Уральске построят реабилитационный центр для детей на 150 мест.", "150"),
        ("В Уральске построят новую районную больницу. Больница будет рассчитана на 150 мест.", "150"),
        ("В Уральске построят больницу, а рядом детский сад на 160 мест.", ""),
    ],
)
def test_places_of_a_hospital_are_its_beds(gazetteer, text, beds):
    (row,) = _rows(gazetteer, "Больница\n\n" + text)
    assert row["beds"] == beds


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "place"),
    [
        ("В Сатпаеве открыли травматологический пункт.", "Травматологический пункт", "other", "Сатпаев"),
        ("В Караганде построят диагностический центр.", "Диагностический центр", "other", "Караганда"),
        ("В Алматы построят поликлинику в микрорайоне Думан.", "Поликлиника", "polyclinic", "мкр. Думан"),
        # Аягоз has been in Abai Region since 2022: an older article names the region it was in.
        (
            "В Восточно-Казахстанской области построят кардиологический центр в Аягозе.",
            "Кардиологический центр",
            "hospital",
            "Аягоз",
        ),
        (
            "В Актобе построят станцию скорой и неотложной медицинской помощи.",
            "Станция скорой и неотложной медицинской помощи",
            "other",
            "Актобе",
        ),
    ],
)
def test_facilities_in_a_town_named_after_a_person_and_of_other_kinds(gazetteer, sentence, name, kind, place):
    (row,) = _rows(gazetteer, "Новость\n\n" + sentence)
    assert (row["name"], row["kind"], row["place"].split(",")[0]) == (name, kind, place)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("В Степняке открылась новая районная больница с поликлиникой.", ["Новая районная больница"]),
        (
            "В Атырау строят новый кардиоцентр. Часть пациентов старого пришлось перевести в другую клинику.",
            ["Новый кардиоцентр"],
        ),
        (
            "Павлодарда жаңа аурухана салынып жатыр. Дәрігерлер Астана мен Алматының клиникаларында білімін жетілдірді.",
            ["Жаңа аурухана"],
        ),
        # What a campus will house are its parts.
        (
            "Жезқазғандағы аурухана қалашығын жаңарту жұмысы басталды. Ол ашылғаннан кейін мұнда диагностикалық "
            "орталық пен стоматологиялық емхана орналасады.",
            ["Жезқазғандағы аурухана"],
        ),
        # The hospital a unit is built in is no project of its own.
        ("В Экибастузе идет строительство инфекционного отделения местной больницы.", ["Инфекционное отделение"]),
        # A building of a named host is that host's, another host's building is another one.
        (
            "В Алматы откроется новый корпус Детского центра неотложной помощи на 300 коек. Также построят новый "
            "корпус городской клинической больницы на 500 коек.",
            ["Новый корпус Детского центра", "Новый корпус городской клинической больницы"],
        ),
    ],
)
def test_parts_other_clinics_and_places_of_training_are_no_projects(gazetteer, text, names):
    assert [row["name"] for row in _rows(gazetteer, "Новость\n\n" + text)] == names


def test_a_town_that_begins_the_headline_is_the_bigger_homonym(gazetteer):
    # Жезқазған is a city and a village of that name: the headline's word is the city's.
    rows = _rows(
        gazetteer, "Жезқазғандағы аурухана жаңартылып жатыр\n\nАурухана қалашығын жаңарту жұмысы қолға алынды."
    )
    assert [row["place"].split(",")[0] for row in rows] == ["Жезказган"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # An uncounted plural whose sentence counts several of them in one of its towns: no list of projects.
        (
            "Халқы көп Қарағанды мен Теміртауда жаңа емханалар салудың кешенді жоспары жасалған: Қарағандыда "
            "екі емхана ашылды.",
            [],
        ),
        # Without such a count, one each.
        (
            "Қарағанды мен Теміртауда жаңа емханалар салынады.",
            [("Жаңа емхана (Караганда)", ""), ("Жаңа емхана (Темиртау)", "")],
        ),
        # «Первая …, вторая – …», then «каждая из них»: both of the two counted.
        (
            "В Алматы построят две поликлиники. Первая поликлиника появится в мкр. Шугыла, вторая – в мкр. "
            "Курамыс. Каждая из них будет рассчитана на 500 посещений.",
            [("Поликлиника (1/2)", "500"), ("Поликлиника (2/2)", "500")],
        ),
    ],
)
def test_several_facilities_of_one_sentence(gazetteer, text, rows):
    got = _rows(gazetteer, "Новость\n\n" + text)
    assert [(row["name"], row["visits_per_shift"]) for row in got] == rows, [r["place"] for r in got]


def test_a_sentence_goes_on_after_an_abbreviation_before_a_name(gazetteer):
    # razdel would end the sentence at «мкр.»: the second polyclinic would lose its place.
    text = "В Алматы построят две поликлиники. Первая поликлиника появится в мкр. Шугыла, вторая – в мкр. Курамыс."
    assert [row["place"] for row in _rows(gazetteer, "Новость\n\n" + text)] == [
        "мкр. Шугыла, Алматы",
        "мкр. Курамыс, Алматы",
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Part of the works done is works under way.
        ("В Атырау на 85% завершено строительство инфекционной больницы.", "2020-10-07", ("construction", "", "85")),
        # Due within weeks: being built; due in two years: planned.
        (
            "К концу августа в Алматы должны ввести в эксплуатацию новую больницу.",
            "2020-07-28",
            ("construction", "2020", ""),
        ),
        ("В 2022 году в Алматы должны ввести в эксплуатацию новую больницу.", "2020-07-28", ("planned", "2022", "")),
        (
            "Модульную больницу в Атырау планируют ввести в строй уже в этом месяце.",
            "2020-10-07",
            ("construction", "2020", ""),
        ),
        # To open in the article's year or the next: being built; two years on: planned.
        ("До конца года в Астане должна открыться частная поликлиника.", "2025-11-25", ("construction", "2025", "")),
        ("Аралдағы жұқпалы аурулар бөлімшесі келесі жылы ашылмақ.", "2024-03-01", ("construction", "2025", "")),
        ("В 2028 году в Астане откроют новую больницу.", "2025-11-25", ("planned", "2028", "")),
        # «when it is commissioned» says nothing done.
        (
            "Ақтөбеде жаңа аурухана салу жоспарланып отыр. Ол пайдалануға берілгенде 600 жұмыс орны ашылады.",
            "2021-08-18",
            ("planned", "", ""),
        ),
        ("Президент Сарыкемер ауылында жаңадан салынған емхананы аралап көрді.", "2023-02-03", ("completed", "", "")),
    ],
)
def test_status_from_progress_dates_and_clauses(gazetteer, text, published, expected):
    (row,) = _rows(gazetteer, "Новость\n\n" + text, published)
    assert (row["status"], row["due_year"], row["progress_pct"]) == expected


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # A cue before the first sum is that sum's; «оның ішінде … бөлінді» is the second's.
        (
            "Оралда жаңа аурухана салынып жатыр. Жобаның құны 7,2 млрд теңге, оның ішінде 4,2 млрд теңге бөлінді.",
            {"cost_kzt": "7,2 млрд", "funding_kzt": "4,2 млрд"},
        ),
        # A sum for the city's health organisations together is no facility's (nor its decimal part).
        (
            "В Алматы строят инфекционную больницу. На укрепление базы медицинских организаций выделено 68,5 млрд тенге.",
            {"cost_kzt": "", "funding_kzt": ""},
        ),
        (
            "В Туркестане открыли поликлинику, которая может принимать 100 пациентов за смену.",
            {"visits_per_shift": "100"},
        ),
        ("В Актобе строители выполнили 65% работ на строительстве амбулатории.", {"progress_pct": "65"}),
        # A share of the works done, said after the facility: works under way.
        (
            "Делегация приехала на площадку Центра гематологии в Усть-Каменогорске. По данным акимата, стройка "
            "выполнена на 95%.",
            {"progress_pct": "95", "status": "construction"},
        ),
        ("Таразда ашылған жаңа перинаталдық орталық 200 әйелге арналған.", {"beds": "200"}),
        (
            "Үржарда жаңа аурухана ашылды: онда 100 кереует бар, мекеме 300 адамды қабылдауға есептелген.",
            {"beds": "100", "visits_per_shift": "300"},
        ),
        ("Петропавлда бір ауысымда 250 келушіге арналған емхана салынып жатыр.", {"visits_per_shift": "250"}),
        (
            "Петропавлдағы ауруханаға жөндеу жүргізіледі. Осы мақсатқа 300 млн теңге қарастырылды.",
            {"funding_kzt": "300 млн"},
        ),
        # How many a hospital takes in is its beds; a polyclinic's people are no beds.
        ("В Петропавловске открыли детскую больницу. Она рассчитана на 200 детей.", {"beds": "200"}),
        ("Петропавлда 100 адамға шақталған провизорлық орталық салынып жатыр.", {"beds": "100"}),
        (
            "В Петропавловске открыли поликлинику. Здание рассчитано на 70 человек и 150 посещений.",
            {"beds": ""},
        ),
        # A sum in several scales, written in words.
        ("В Петропавловске строят больницу стоимостью 12 миллиардов 400 миллионов тенге.", {"cost_kzt": "12,4 млрд"}),
        ("Петропавлда құны 1 миллиард 250 миллион теңге болатын аурухана салынып жатыр.", {"cost_kzt": "1,25 млрд"}),
        ("Петропавлда оңалту орталығы салынып жатыр. Ғимарат үш қабаттан тұрады.", {"floors": "3"}),
        # Money for several facilities named in the plural is none of this one's.
        (
            "Павлодарда жаңа аурухана салынуда. Бұған дейін облыста медициналық нысандар салу үшін 5,6 млрд теңге "
            "бөлінген болатын.",
            {"funding_kzt": "", "cost_kzt": ""},
        ),
        # Beds said by the capacity or the count of beds, the number before or after.
        ("В Петропавловске строят новую больницу. Мощность корпуса – 150 коек.", {"beds": "150"}),
        ("В Петропавловске строят новую больницу. Количество коек – 150.", {"beds": "150"}),
        ("В Петропавловске строят новую больницу. Ее коечный фонд составит 240 коек.", {"beds": "240"}),
        # A share of beds is no count of them.
        ("В Петропавловске строят новую больницу. Количество коек – 40 % от нормы.", {"beds": ""}),
    ],
)
def test_figures_of_one_facility(gazetteer, text, figures):
    (row,) = _rows(gazetteer, "Новость\n\n" + text)
    assert {column: row[column] for column in figures} == figures


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("В сельском округе Шорнак города Туркестана открылась поликлиника.", ["с. Шорнак"]),
        ("В городе Шу реконструировали здание поликлиники.", ["Шу"]),
        (
            "В Павлодарской области прошло совещание. Его провел аким. Обсудили ремонт. В их числе хоспис и "
            "Экибастузский родильный дом, их отремонтируют.",
            ["Павлодарская область", "Экибастуз"],
        ),
        (
            "Ұлттық жоба аясында Қаракұдық, Новоузенка және басқа да ауылдарда фельдшерлік-акушерлік пункттер есік "
            "ашады.",
            ["Қаракұдық ауылы", "Новоузенка ауылы"],
        ),
        # A Kazakh region's adjective is the region («Ақмола облыстық»: not Астана, once called Ақмола); a
        # village in the nominative «поселок».
        ("Ақмола облыстық балалар ауруханасы күрделі жөндеуден өтуде.", ["Ақмола облысы"]),
        # (The region's own city of that name: «Қостанай облыстық …» is in Қостанай.)
        ("Қостанай облыстық балалар ауруханасы күрделі жөндеуден өтуде.", ["Костанай"]),
        # Kazakh medical posts («медициналық бекеттер»); two districts each with «да».
        (
            "Арал ауданының Қосжар, Мергенсай және Ақбасты ауылдарында жаңа медициналық бекеттер салынды.",
            ["Қосжар ауылы", "Мергенсай ауылы", "Ақбасты ауылы"],
        ),
        ("Первым пунктом стал поселок Ахмирово, где заканчивают строить врачебную амбулаторию.", ["п. Ахмирово"]),
        # The villages whose residents a facility serves are not where facilities stand.
        (
            "Арнасай ауылында дәрігерлік амбулатория ашылды. Арнасайдағы амбулатория Елток, Қойгелді ауылдарының "
            "тұрғындарына да қызмет көрсетеді.",
            ["Арнасай ауылы"],
        ),
    ],
)
def test_places_named_by_a_town_adjective_a_rural_district_or_a_short_name(gazetteer, text, places):
    rows = _rows(gazetteer, "Новость\n\n" + text)
    assert [row["place"].split(",")[0] for row in rows] == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Who runs old polyclinics is no works on them; what one was first built as is its past.
        (
            "Шымкентте №4, 9, 10 және 11 емханаларды сенімгерлік басқаруға беру жобасы келісіліп жатыр. №10 емхана "
            "бастапқыда дәрігерлік амбулатория ретінде салынған.",
            [],
        ),
        # «клиника» with no word of its own is the facility just named.
        (
            "В Туркестане открылась поликлиника. Аким поздравил жителей с открытием клиники.",
            ["Поликлиника"],
        ),
        # The only one of its kind just spoken of, named again in other words.
        (
            "Сарыкемер ауылында жаңадан салынған емхана ашылды. Ауылдық емхана заманауи жабдықпен жарақтандырылған.",
            ["Емхана"],
        ),
        # One capacity said twice, at the town and at its microdistrict.
        (
            "Оралда 200 төсектік жұқпалы аурулар ауруханасы салынып жатыр. «Жұлдыз» шағын ауданында 200 "
            "төсек-орынға арналған модульдік жұқпалы аурулар ауруханасының құрылысы жүріп жатыр.",
            ["200 төсектік жұқпалы аурулар ауруханасы"],
        ),
        # A hospice and a TB centre are two facilities of kind «other».
        ("В Павлодаре отремонтируют хоспис и центр фтизиопульмонологии.", ["Хоспис", "Центр фтизиопульмонологии"]),
        # An oncology polyclinic; an ambulance substation in Kazakh; a hub being set up.
        ("В Костанае построят онкополиклинику.", ["Онкополиклиника"]),
        ("Қостанайда жедел жәрдем қосалқы станциясы салынады.", ["Жедел жәрдем қосалқы станциясы"]),
        ("В Балхаше на базе больницы создают межрайонный медицинский хаб.", ["Межрайонный медицинский хаб"]),
        ("В Алматы создают условия для врачей поликлиники № 5.", []),
    ],
)
def test_facilities_named_again_and_statements_that_are_no_projects(gazetteer, text, names):
    assert [row["name"] for row in _rows(gazetteer, "Новость\n\n" + text)] == names


def test_the_headlines_facility_named_again_in_full_takes_the_full_name_and_figures(gazetteer):
    text = (
        "В Астане достраивают инфекционную больницу и реабилитационный центр\n\n"
        "Аким осмотрел стройки. Среди медицинских объектов – детская инфекционная больница на 250 коек. "
        "Она занимает 64 тыс. кв. м."
    )
    got = [(r["name"], r["beds"], r["area_m2"]) for r in _rows(gazetteer, text)]
    assert got == [("Детская инфекционная больница", "250", "64 тыс."), ("Реабилитационный центр", "", "")]


def test_villages_the_gazetteer_lacks_each_get_their_facility_as_written(gazetteer):
    text = (
        "Новость\n\nВ области Ұлытау строят медпункты. В селах Бетбулак, Пионер и Егинди ведется строительство "
        "трех медицинских пунктов. В Целиноградском районе Акмолинской области открылась врачебная амбулатория "
        "села Арайлы мощностью 50 посещений в смену."
    )
    got = [(r["place"], r["visits_per_shift"]) for r in _rows(gazetteer, text)]
    assert got == [
        ("с. Бетбулак, область Улытау", ""),
        ("с. Пионер, область Улытау", ""),
        ("с. Егинди, область Улытау", ""),
        ("с. Арайлы, Целиноградский район, Акмолинская область", "50"),
    ]


def test_a_digest_headlines_noun_named_again_by_the_one_facility_of_that_noun(gazetteer):
    text = (
        "Аулиеколь: новый водопровод, открытие ФАПа и встреча с жителями\n\n"
        "Аким Костанайской области побывал в Аулиекольском районе. В селе Новонежинка заработал новый водопровод "
        "стоимостью 937,8 млн тенге. В селе Аманкарагай Мухамбетов принял участие в открытии "
        "фельдшерско-акушерского пункта. Проект стоимостью 150 млн тенге реализовали за два месяца."
    )
    got = [(r["name"], r["place"], r["status"], r["cost_kzt"]) for r in _rows(gazetteer, text)]
    assert got == [
        (
            "Фельдшерско-акушерский пункт",
            "с. Аманкарагай, Аулиекольский район, Костанайская область",
            "completed",
            "150 млн",
        )
    ]


def test_villages_a_count_promised_named_in_the_next_sentence_each_with_its_own_type_word(gazetteer):
    text = (
        "Жаңалық\n\nҚарқаралы ауданының үш ауылында бір күннің ішінде жаңа фельдшерлік-акушерлік пункттер "
        "пайдалануға берілді. Енді Темірші ауылдық округінің орталығы Татан ауылының, Томар және М.Мамыраев "
        "ауылдарының тұрғындары заманауи медициналық мекемеде қаралады. Аудан әкімі Әділжан Арғынов Томар мен "
        "Татан ауылдарындағы ашылу салтанатына қатысты."
    )
    assert [r["place"].split(",")[0] for r in _rows(gazetteer, text)] == [
        "Татан ауылы",
        "Томар ауылы",
        "М.Мамыраев ауылы",
    ]


def test_villages_counted_then_listed_after_dashes_and_with_their_districts(gazetteer):
    text = (
        "Новость\n\nВ Актюбинской области построят новые медучреждения. Фельдшерско-акушерские пункты появятся "
        "в двух селах – Нура Иргизского района и Ногайты Байганинского района. Медицинские пункты построят в "
        "четырех селах. Два из них находятся в Шалкарском районе – Шокысу и Тогыз, остальные – Жарык в "
        "Мугалжарском районе и Бегалы в Кобдинском районе. Врачебные амбулатории получат села Кайынды и "
        "Мугалжар Мугалжарского района, а также село Маржанбулак Алгинского района."
    )
    assert [r["place"] for r in _rows(gazetteer, text)] == [
        "с. Нура, Иргизский район, Актюбинская область",
        "с. Ногайты, Байганинский район, Актюбинская область",
        "с. Шокысу, Шалкарский район, Актюбинская область",
        "с. Тогыз, Шалкарский район, Актюбинская область",
        "с. Жарык, Мугалжарский район, Актюбинская область",
        "с. Бегалы, Кобдинский район, Актюбинская область",
        "с. Кайынды, Мугалжарский район, Актюбинская область",
        "с. Мугалжар, Мугалжарский район, Актюбинская область",
        "с. Маржанбулак, Алгинский район, Актюбинская область",
    ]


def test_a_kazakh_infectious_ward_is_a_hospital_unit(gazetteer):
    (row,) = _rows(gazetteer, "Жаңалық\n\nАрал ауданында 25 төсектік инфекциялық бөлімше ашылды.")
    assert (row["kind"], row["beds"], row["status"]) == ("hospital", "25", "completed")


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        # What follows the head noun keeps its case; a number before a Kazakh name is its key.
        (
            "Сейчас в Алматы капитально ремонтируют подстанции скорой помощи № 2 и 8.",
            [("Подстанция скорой помощи № 2", "Алматы"), ("Подстанция скорой помощи № 8", "Алматы")],
        ),
        # «қалалық» is a city hospital's word, not the city's type; «клиникалық» is no clinic; works
        # «атқарылуда» are works under way.
        (
            "Шымкенттегі №1 қалалық клиникалық ауруханада жұмыс кезең-кезеңімен атқарылуда.",
            [("№1 қалалық клиникалық аурухана", "Шымкент")],
        ),
        (
            "Шымкенттегі №2 және №13 қалалық емханаларды күрделі жөндеуге жобалау-сметалық құжаттама әзірленіп жатыр.",
            [("Қалалық емхана № 2", "Шымкент"), ("Қалалық емхана № 13", "Шымкент")],
        ),
    ],
)
def test_names_and_places_of_numbered_facilities(gazetteer, sentence, rows):
    assert [(row["name"], row["place"]) for row in _rows(gazetteer, "Новость\n\n" + sentence)] == rows


@pytest.mark.parametrize(
    ("text", "published", "rows"),
    [
        # A university's clinic, placed by the university's town; «в новую клинику перейдут больные …
        # областной больницы» makes only the new one a project; «начнут возводить» is still to begin.
        (
            "Клинику Карагандинского медуниверситета начнут возводить в 2016 году\n\nСтроительство клиники при "
            "Карагандинском медицинском университете начнется в 2016 году. По словам министра, в новую клинику "
            "перейдут больные, которые сейчас лечатся в областной больнице Караганды.",
            "2013-02-22",
            [("university_clinic", "planned", "Караганда")],
        ),
        (
            "Балқаштағы психоневрологиялық диспансер жөнделіп жатыр\n\nБалқаш қаласындағы облыстық "
            "психоневрологиялық диспансерде жөндеу жұмыстары жүріп жатыр.",
            "2017-03-28",
            [("other", "construction", "Балхаш")],
        ),
        (
            "Больница\n\nКарагандинская областная больница закрыта на капитальный ремонт.",
            "2024-01-10",
            [("hospital", "construction", "Карагандинская область")],
        ),
    ],
)
def test_kinds_and_places_of_named_institutions(gazetteer, text, published, rows):
    got = _rows(gazetteer, text, published)
    assert [(row["kind"], row["status"], row["place"].split(",")[0]) for row in got] == rows


# What the issue says the drafter must get right, in both languages: figures and their traps, status from
# verbs and tense, dates, kinds (an article of 2024-05-01).
@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Больницу на 200 коек построят в Таразе за 11,5 млрд тенге.",
            dict(beds="200", cost_kzt="11,5 млрд", status="planned"),
        ),
        (
            "Балқашта медициналық хаб салынып жатыр, оның құны 1,27 млрд теңге.",
            dict(cost_kzt="1,27 млрд", status="construction"),
        ),
        ("На реабилитационный центр в Балхаше направлено 272,1 млн тенге.", dict(funding_kzt="272,1 млн")),
        ("Павлодарда 150 орындық аурухана тұрғызылуда.", dict(beds="150", status="construction")),
        (
            "В Кокшетау возводится поликлиника на 500 посещений в смену.",
            dict(visits_per_shift="500", status="construction"),
        ),
        (
            "Ақтөбеде бір ауысымда 250 адамды қабылдайтын емхана салынады.",
            dict(visits_per_shift="250", status="planned"),
        ),
        ("Ақсудағы емхананың құрылысы 70%-ға дайын.", dict(progress_pct="70", status="construction")),
        ("Атыраудағы перзентхана құрылысының 87 пайызы орындалды.", dict(progress_pct="87")),
        ("В Семее строится больница площадью 11,7 тыс. кв. м.", dict(area_m2="11,7 тыс.")),
        (
            "Поликлиника в Кокшетау будет принимать 500 человек в сутки, её построят в 2026 году.",
            dict(visits_per_shift="", status="planned", due_year="2026"),
        ),
        ("Орал қаласында тәулігіне 300 адам қабылдайтын емхана салынады.", dict(visits_per_shift="")),
        (
            "В Талгаре, где живут 50 тысяч человек, построят больницу на 100 коек. Районная больница загружена на 106 %.",
            dict(beds="100"),
        ),
        ("Для новой больницы в Таразе разработана ПСД.", dict(status="design")),
        ("Проект поликлиники в Таразе проходит госэкспертизу.", dict(status="design")),
        ("Таразда жаңа емханаға жобалық-сметалық құжаттама әзірленді.", dict(status="design")),
        ("В Таразе ведется строительство поликлиники.", dict(status="construction")),
        ("Таразда емхана салынуда.", dict(status="construction")),
        ("Поликлиника в Таразе готова на 60 %.", dict(status="construction", progress_pct="60")),
        ("В Таразе открылась новая поликлиника.", dict(status="completed")),
        ("Строительство поликлиники в Таразе завершено.", dict(status="completed")),
        ("Таразда жаңа емхана пайдалануға берілді.", dict(status="completed")),
        (
            "Завершение строительства поликлиники в Таразе запланировано на IV квартал 2026 года.",
            dict(status="construction", due_year="2026"),
        ),
        ("Поликлинику в Таразе сдадут до конца 2025 года.", dict(due_year="2025")),
        ("Таразда емхана 2026 жылдың ақпан айына дейін пайдалануға беріледі.", dict(due_year="2026")),
        ("Таразда емхана осы жылдың соңына дейін пайдалануға беріледі.", dict(due_year="2024")),
        ("Больницу в Таразе построят в 2024-2026 годах.", dict(due_year="2026")),
        ("В Таразе построят врачебную амбулаторию.", dict(kind="polyclinic")),
        ("В селе Аксу построят ФАП.", dict(kind="polyclinic")),
        ("В селе Аксу построят медпункт.", dict(kind="polyclinic")),
        ("В Таразе построят роддом.", dict(kind="maternity")),
        ("В Таразе построят перинатальный центр.", dict(kind="perinatal")),
        ("Таразда перзентхана салынады.", dict(kind="maternity")),
        ("Таразда оңалту орталығы салынады.", dict(kind="rehabilitation")),
        ("Таразда аурухана салынады.", dict(kind="hospital")),
        # A year before the noun is no count of facilities.
        ("Таразда 2025 жылы жаңа емхана салынады.", dict(kind="polyclinic", due_year="2025")),
        ("Таразда 2025 жылы жаңа перзентхана салу көзделіп отыр.", dict(kind="maternity", status="planned")),
        # The hospital's building, repaired: the hospital itself, not a host.
        ("Таразда аурухана ғимаратына күрделі жөндеу жүргізіліп, пайдалануға берілді.", dict(status="completed")),
        # Works resumed after a halt years ago are going on today.
        ("В Таразе возобновилось строительство больницы, замороженное в 2018 году.", dict(status="construction")),
    ],
)
def test_what_the_drafter_must_get_right(gazetteer, sentence, fields):
    (row,) = _rows(gazetteer, "Новость\n\n" + sentence, "2024-05-01")
    assert {column: row[column] for column in fields} == fields


# Phrasings of news reports beyond the issue's examples: stalled and replaced projects, shares of works
# done, sums allocated before works begin, floors and areas (an article of 2024-05-01).
@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "В селе Караой Илийского района открылась новая врачебная амбулатория на 50 посещений.",
            dict(kind="polyclinic", status="completed", visits_per_shift="50"),
        ),
        (
            "Строительство многопрофильной больницы на 300 коек в Туркестане планируется завершить в 2025 году. Стоимость проекта — 25 млрд тенге.",
            dict(kind="hospital", status="construction", beds="300", cost_kzt="25 млрд", due_year="2025"),
        ),
        (
            "В Актау приостановлено строительство онкоцентра из-за банкротства подрядчика.",
            dict(kind="oncology", status="suspended"),
        ),
        (
            "Капитальный ремонт районной больницы в Шардаре завершат к концу года, на него выделено 800 млн тенге.",
            dict(kind="hospital", status="construction", funding_kzt="800 млн", due_year="2024"),
        ),
        (
            "В Костанае на месте старого роддома построят перинатальный центр на 150 коек.",
            dict(kind="perinatal", status="planned", beds="150"),
        ),
        (
            "Новый ФАП в селе Бирлик Жамбылской области принял первых пациентов.",
            dict(kind="polyclinic", status="completed"),
        ),
        (
            "В Экибастузе завершается строительство поликлиники на 250 посещений в смену, готовность 95%.",
            dict(status="construction", visits_per_shift="250", progress_pct="95"),
        ),
        (
            "Ақмола облысы Целиноград ауданының Қоянды ауылында жаңа дәрігерлік амбулатория ашылды.",
            dict(kind="polyclinic", status="completed"),
        ),
        (
            "Түркістан облысында 100 төсекке арналған аудандық аурухананың құрылысы басталды.",
            dict(kind="hospital", status="construction", beds="100"),
        ),
        (
            "Шымкентте 300 орындық көпбейінді аурухана салу үшін 15 млрд теңге бөлінді.",
            dict(kind="hospital", status="planned", beds="300", funding_kzt="15 млрд"),
        ),
        (
            "Қостанай облысының Арқалық қаласында перзентхананы күрделі жөндеу жұмыстары тоқтап тұр.",
            dict(kind="maternity", status="suspended"),
        ),
        (
            "Алматы облысы Еңбекшіқазақ ауданындағы Есік қаласында жаңа емхана 2025 жылдың соңына дейін салынады.",
            dict(kind="polyclinic", status="planned", due_year="2025"),
        ),
        (
            "Маңғыстау облысында медициналық пункттің құрылысы 80 пайызға аяқталды.",
            dict(kind="polyclinic", status="construction", progress_pct="80"),
        ),
        (
            "В Петропавловске из-за срыва сроков расторгли договор с подрядчиком, строительство детской больницы заморожено.",
            dict(kind="hospital", status="suspended"),
        ),
        (
            "Павлодарда ескі аурухананың орнына 200 төсектік жаңа аурухана салу жоспарланып отыр.",
            dict(kind="hospital", status="planned", beds="200"),
        ),
        (
            "В Караганде на реконструкцию областной больницы направят 3,2 млрд тенге, работы начнутся весной.",
            dict(kind="hospital", status="planned", funding_kzt="3,2 млрд"),
        ),
        (
            "Ремонт поликлиники № 5 в Усть-Каменогорске выполнен на 40 процентов.",
            dict(kind="polyclinic", status="construction", progress_pct="40"),
        ),
        (
            "Қарағанды облысындағы Жезді кентінде ФАП салу үшін жобалық-сметалық құжаттама әзірленуде.",
            dict(kind="polyclinic", status="design"),
        ),
        (
            "В Атырау сдали в эксплуатацию трехэтажную поликлинику площадью 5 тыс. кв. м.",
            dict(status="completed", floors="3", area_m2="5 тыс."),
        ),
        (
            "Семейде 4 қабатты перинаталдық орталық салынып жатыр, оның құны 9 млрд теңге.",
            dict(kind="perinatal", status="construction", floors="4", cost_kzt="9 млрд"),
        ),
        # A visit to a new facility is to one that works; works to come in the perfective are planned.
        (
            "Президент Талдықорғандағы жаңа көпсалалы ауруханада болды.",
            dict(kind="hospital", status="completed"),
        ),
        (
            "Премьер-министр посетил новую детскую больницу Усть-Каменогорска.",
            dict(kind="hospital", status="completed"),
        ),
        (
            "Старое здание больницы в Усть-Каменогорске переоборудуют в диагностический центр.",
            dict(status="planned", work="repurposing"),
        ),
        (
            "Аким сообщил, что поликлинику № 3 в Таразе отремонтируют за счет местного бюджета.",
            dict(kind="polyclinic", status="planned"),
        ),
        # To open this week is works all but done; «қабылдайды» tells what it is for, not that it works.
        (
            "Осы аптада Өскеменде 150 төсектік жаңа аурухана ашылады.",
            dict(kind="hospital", status="construction", beds="150"),
        ),
        (
            "Семейде салынатын жаңа емхана жақын ауылдардан келген науқастарды қабылдайды.",
            dict(kind="polyclinic", status="planned"),
        ),
    ],
)
def test_more_phrasings_of_news_reports(gazetteer, sentence, fields):
    (row,) = _rows(gazetteer, "Новость\n\n" + sentence, "2024-05-01")
    assert {column: row[column] for column in fields} == fields


# Short reports of several sentences: counts named one by one, villages listed after a count, figures said
# of the facility in later sentences, sums for many objects (an article of 2024-05-01).
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Жамбылской области в этом году построят три врачебные амбулатории. Их возведут в селах Кордай, Сортобе и Масанчи Кордайского района. Стоимость каждой — 300 млн тенге.",
            [dict(kind="polyclinic", cost_kzt="300 млн")] * 3,
        ),
        (
            "Түркістан облысында екі жаңа аурухана салынады. Бірінші аурухана Кентау қаласында 150 төсекке арналады. Екіншісі Арыс қаласында бой көтереді.",
            [dict(kind="hospital", beds="150"), dict(kind="hospital", beds="")],
        ),
        (
            "В Актобе завершили строительство поликлиники на 500 посещений. Объект обошелся бюджету в 4 млрд тенге. Поликлиника будет обслуживать 30 тысяч жителей.",
            [dict(kind="polyclinic", status="completed", visits_per_shift="500", cost_kzt="4 млрд")],
        ),
        (
            "Ақтөбе облысының Қобда ауданында жаңа аурухана салынып жатыр. Нысанның құрылысы 60 пайызға дайын. Оны 2025 жылдың соңына дейін пайдалануға беру жоспарланған.",
            [dict(kind="hospital", status="construction", progress_pct="60", due_year="2025")],
        ),
        (
            "В Павлодарской области на ремонт 12 медицинских объектов выделено 5 млрд тенге. В их числе областная детская больница и поликлиника № 3 Павлодара.",
            [dict(kind="hospital", funding_kzt=""), dict(kind="polyclinic", funding_kzt="")],
        ),
        (
            "В Шымкенте открылась новая поликлиника в микрорайоне Нурсат. Кроме того, в микрорайоне Самал строится детская больница на 200 коек, её сдадут в декабре.",
            [
                dict(kind="polyclinic", status="completed"),
                dict(kind="hospital", status="construction", beds="200", due_year="2024"),
            ],
        ),
        (
            "Алматы облысында үш ауылда медициналық пункт ашылды. Олар Қарасай ауданының Жандосов, Ұмтыл және Береке ауылдарында орналасқан.",
            [dict(kind="polyclinic", status="completed")] * 3,
        ),
        (
            "В Караганде продолжается строительство онкологического центра. Готовность объекта составляет 75%. Его стоимость — 60 млрд тенге, открыть центр планируют в 2025 году.",
            [dict(kind="oncology", status="construction", progress_pct="75", cost_kzt="60 млрд", due_year="2025")],
        ),
    ],
)
def test_short_reports_of_several_sentences(gazetteer, text, rows):
    assert _fields(_rows(gazetteer, "Новость\n\n" + text, "2024-05-01"), rows) == rows


# Sentences that name facilities but report no works on them: no rows.
@pytest.mark.parametrize(
    "sentence",
    [
        "В городской больнице № 2 Семея прошел день открытых дверей.",
        "Жители жалуются на очереди в поликлинике № 5 Караганды.",
        "Врачи областной больницы Павлодара провели сложную операцию.",
        "Аким посетил строительство школы на 600 мест и детского сада в Таразе.",
        "В Алматы в 2023 году построили 10 поликлиник, в этом году планируется ещё пять.",
        "Облыстық ауруханада 35 адамға ота жасалды.",
        "Елімізде 2025 жылға дейін 20 көпбейінді аурухана салынады.",
        "Министр здравоохранения провела совещание в Астане по вопросам лекарственного обеспечения.",
        "Павлодардағы емханада дәрігерлер тұрғындарды тегін тексеруден өткізді.",
        "В поликлинике № 1 Тараза открылся кабинет для пожилых пациентов.",
        "Шымкенттегі қалалық аурухана дәрігерлері жаңа әдісті енгізді.",
        # Kinds of a count, each in the plural («врачебные амбулатории» cannot be one).
        "В семи районах области построен 51 объект: фельдшерско-акушерские пункты, врачебные амбулатории и медпункты.",
        # A need, not a project; a speaker's workplace.
        "По словам директора, поселку Зачаганск прежде всего нужна новая поликлиника.",
        "Жители спрашивают, почему в Шымкенте до сих пор нет нового здания инфекционной больницы.",
        "Жаңақорғанда жаңа емхана өте қажет, дейді тұрғындар.",
        "Құрылыстың қажеттілігі туралы Жамбыл аудандық орталық ауруханасының бас дәрігері айтты.",
        "Главный врач городской поликлиники № 6 рассказала о нехватке кабинетов в новом микрорайоне.",
        # «создаются амбулатории»: a verb in the plural before it, several of them, not one.
        "Аким рассказал, как в Алматы создаются амбулатории в микрорайонах, где не было поликлиник.",
    ],
)
def test_facilities_named_without_works_give_no_rows(gazetteer, sentence):
    assert _rows(gazetteer, "Новость\n\n" + sentence, "2024-05-01") == []


# Kazakh reports as outlets write them: villages, districts, shares done, stalled and postponed works.
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Жамбыл облысы Шу ауданының Төле би ауылында жаңа дәрігерлік амбулаторияның құрылысы басталды.",
            [dict(kind="polyclinic", status="construction")],
        ),
        (
            "Қызылорда қаласында 200 орындық көпбейінді аурухана салу жұмыстары жүргізілуде. Нысанның құны 18 млрд теңгені құрайды.",
            [dict(kind="hospital", status="construction", beds="200", cost_kzt="18 млрд")],
        ),
        (
            "Ақмола облысының Бурабай ауданында медициналық пункт пайдалануға берілді.",
            [dict(kind="polyclinic", status="completed")],
        ),
        (
            "Өскемендегі облыстық онкологиялық диспансердің жаңа корпусы 2026 жылы ашылады.",
            [dict(kind="oncology", status="planned", due_year="2026")],
        ),
        (
            "Атырау облысында балаларды оңалту орталығының құрылысы тоқтап тұр. Мердігер жұмысты аяқтамай кеткен.",
            [dict(kind="rehabilitation", status="suspended")],
        ),
        (
            "Павлодар облысы Ақсу қаласындағы перзентханада күрделі жөндеу жүргізілуде, жұмыстың 45 пайызы орындалды.",
            [dict(kind="maternity", status="construction", progress_pct="45")],
        ),
        (
            "Маңғыстау облысы Бейнеу ауылында 100 төсектік аудандық аурухана салу үшін жобалық-сметалық құжаттама әзірленді.",
            [dict(kind="hospital", status="design", beds="100")],
        ),
        (
            "Алматы қаласының Алатау ауданында бір ауысымда 500 адамды қабылдайтын емхана салынуда. Оны осы жылдың соңына дейін пайдалануға беру жоспарлануда.",
            [dict(kind="polyclinic", status="construction", visits_per_shift="500", due_year="2024")],
        ),
        (
            "Қостанай облысында үш ФАП салынады: Қарабалық, Денисов және Әулиекөл аудандарында.",
            [dict(kind="polyclinic", status="planned")] * 3,
        ),
        (
            "Түркістанда перинаталдық орталықтың құрылысы 90 пайызға жетті.",
            [dict(kind="perinatal", status="construction", progress_pct="90")],
        ),
        (
            "Шымкентте жаңа емхана ашылды. Емхана бір ауысымда 300 науқасты қабылдай алады. Құрылысына 2,5 млрд теңге жұмсалды.",
            [dict(kind="polyclinic", status="completed", visits_per_shift="300", cost_kzt="2,5 млрд")],
        ),
        (
            "Абай облысы Аягөз қаласындағы көпбейінді аурухананың құрылысы кейінге шегерілді.",
            [dict(kind="hospital", status="suspended")],
        ),
    ],
)
def test_kazakh_reports(gazetteer, text, rows):
    assert _fields(_rows(gazetteer, "Жаңалық\n\n" + text, "2024-05-01"), rows) == rows


# Reports with a facility's figures and dates over several sentences, lists in Russian and Kazakh, and
# works stopped or opening within the year (an article of 2024-05-01).
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Уральске началось строительство многопрофильной больницы на 300 коек. Объект планируют сдать в 2026 году. Его стоимость составляет 30 млрд тенге.",
            [dict(kind="hospital", status="construction", beds="300", due_year="2026", cost_kzt="30 млрд")],
        ),
        (
            "В Таразе завершается строительство перинатального центра. Центр рассчитан на 150 коек, его откроют в июне.",
            [dict(kind="perinatal", status="construction", beds="150", due_year="2024")],
        ),
        (
            # To open this year: being built (so the development set's rows say, 79 of 85).
            "В Костанайской области в этом году откроют три врачебные амбулатории: в селах Убаганское, Затобольск и Карабалык.",
            [dict(kind="polyclinic", status="construction")] * 3,
        ),
        (
            "В селе Убаганское Костанайской области построена врачебная амбулатория, её откроют в этом году после ремонта дороги.",
            [dict(kind="polyclinic", status="construction")],
        ),
        (
            "Строительство врачебной амбулатории в селе Затобольск Костанайской области идёт по графику, её откроют в этом году.",
            [dict(kind="polyclinic", status="construction")],
        ),
        (
            "Кызылорда облысында 2024 жылы 12 медициналық нысан салынады. Соның ішінде Арал қаласында 100 орындық аурухана бой көтереді.",
            [dict(kind="hospital", beds="100", status="planned")],
        ),
        (
            "В Семее открылась новая поликлиника на 500 посещений в смену, а в селе Знаменка Бескарагайского района – врачебная амбулатория.",
            [
                dict(kind="polyclinic", status="completed", visits_per_shift="500"),
                dict(kind="polyclinic", status="completed", visits_per_shift=""),
            ],
        ),
        (
            "Строительство онкоцентра в Шымкенте, которое началось в 2021 году, приостановили. Подрядчик не выплатил зарплату рабочим.",
            [dict(kind="oncology", status="suspended")],
        ),
        (
            "Атырауда 2025 жылы ашылатын жаңа перинаталдық орталықтың құрылысы 70 пайызға дайын. Орталық 200 төсекке арналған.",
            [dict(kind="perinatal", status="construction", progress_pct="70", beds="200", due_year="2025")],
        ),
        (
            "Жетісу облысында екі ауылда медициналық пункт салынып жатыр. Олар Ескелді ауданының Қарабұлақ және Бақтыбай ауылдарында.",
            [dict(kind="polyclinic", status="construction")] * 2,
        ),
    ],
)
def test_reports_over_several_sentences(gazetteer, text, rows):
    assert _fields(_rows(gazetteer, "Новость\n\n" + text, "2024-05-01"), rows) == rows


# Lists whose items carry their own figures, sums for two together, loads of facilities that stand, a village
# and its district (no list), works begun and partly done (an article of 2024-05-01).
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Актюбинской области строятся больница на 200 коек в Хромтау стоимостью 9 млрд тенге и поликлиника на 300 посещений в Кандыагаше стоимостью 3 млрд тенге.",
            [
                dict(kind="hospital", beds="200", cost_kzt="9 млрд", status="construction"),
                dict(kind="polyclinic", visits_per_shift="300", cost_kzt="3 млрд", status="construction"),
            ],
        ),
        (
            "Алматы облысында Талғар қаласында 150 төсектік аурухана, ал Есік қаласында 250 келушіге арналған емхана салынып жатыр.",
            [
                dict(kind="hospital", beds="150", status="construction"),
                dict(kind="polyclinic", visits_per_shift="250", status="construction"),
            ],
        ),
        (
            "В Кокшетау открылся новый онкологический центр. Объект рассчитан на 100 коек, его строительство обошлось в 12 млрд тенге.",
            [dict(kind="oncology", status="completed", beds="100", cost_kzt="12 млрд")],
        ),
        (
            "Түркістан облысының Сарыағаш ауданында жаңа аурухана салынып жатыр. Нысан 2025 жылы пайдалануға беріледі. Оның құны 5 млрд теңге.",
            [dict(kind="hospital", status="construction", due_year="2025", cost_kzt="5 млрд")],
        ),
        (
            "В Павлодаре отремонтируют детскую больницу и роддом. На ремонт обоих объектов выделено 2 млрд тенге.",
            [
                dict(kind="hospital", status="planned", funding_kzt=""),
                dict(kind="maternity", status="planned", funding_kzt=""),
            ],
        ),
        (
            "В Талдыкоргане построят новую поликлинику на 500 посещений. Сейчас в городе работают пять поликлиник, они перегружены на 140%.",
            [dict(kind="polyclinic", status="planned", visits_per_shift="500")],
        ),
        (
            "Қостанайда жаңа перинаталдық орталықтың құрылысы 2023 жылы басталып, 2025 жылы аяқталады.",
            [dict(kind="perinatal", status="construction", due_year="2025")],
        ),
        (
            "Строительство поликлиники в селе Шамалган Карасайского района Алматинской области завершено на 50%.",
            [dict(kind="polyclinic", status="construction", progress_pct="50")],
        ),
        # One more after a count is part of the total; a capacity before one noun is not the next one's.
        (
            "Өткен жылы облыста 15 дәрігерлік амбулатория мен бір медициналық пункт іске қосылды.",
            [],
        ),
        (
            "Қызылордада 300 орындық аурухана мен емхана салынып жатыр.",
            [
                dict(kind="hospital", beds="300", visits_per_shift=""),
                dict(kind="polyclinic", beds="", visits_per_shift=""),
            ],
        ),
    ],
)
def test_items_figures_and_traps(gazetteer, text, rows):
    assert _fields(_rows(gazetteer, "Новость\n\n" + text, "2024-05-01"), rows) == rows


# Facility nouns and the kinds they name, in both languages.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("В Таразе построят центр первичной медико-санитарной помощи.", "polyclinic"),
        ("В Таразе построят центр ПМСП.", "polyclinic"),
        ("В селе Аксу построят фельдшерский пункт.", "polyclinic"),
        ("В селе Аксу построят врачебный пункт.", "polyclinic"),
        ("В Таразе построят семейно-врачебную амбулаторию.", "polyclinic"),
        ("В Таразе построят центр семейного здоровья.", "polyclinic"),
        ("В Таразе построят стоматологическую поликлинику.", "polyclinic"),
        ("В Таразе построят центр гемодиализа.", "other"),
        ("В Таразе построят медицинский центр.", "other"),
        ("В Таразе построят многопрофильный медицинский центр.", "hospital"),
        ("В Таразе построят детскую инфекционную больницу.", "hospital"),
        ("В Таразе построят ЦРБ.", "hospital"),
        ("В Таразе построят онкодиспансер.", "oncology"),
        ("В Таразе построят противотуберкулезный диспансер.", "other"),
        ("В Таразе построят станцию скорой медицинской помощи.", "other"),
        ("В Таразе построят центр матери и ребенка.", "perinatal"),
        ("В Таразе построят госпиталь для ветеранов.", "hospital"),
        ("Жамбыл облысы Таразда жаңа отбасылық денсаулық орталығы салынады.", "polyclinic"),
        ("Жамбыл облысы Таразда жаңа фельдшерлік пункт салынады.", "polyclinic"),
        ("Жамбыл облысы Таразда жаңа медициналық орталық салынады.", "other"),
        ("Жамбыл облысы Таразда жаңа жедел жәрдем станциясы салынады.", "other"),
        ("Жамбыл облысы Таразда жаңа балалар ауруханасы салынады.", "hospital"),
        ("Жамбыл облысы Таразда жаңа гемодиализ орталығы салынады.", "other"),
        ("Жамбыл облысы Таразда жаңа ана мен бала орталығы салынады.", "perinatal"),
        ("Жамбыл облысы Таразда жаңа стоматологиялық емхана салынады.", "polyclinic"),
        ("Жамбыл облысы Таразда жаңа онкологиялық орталық салынады.", "oncology"),
        ("Жамбыл облысы Таразда жаңа медициналық-әлеуметтік оңалту орталығы салынады.", "rehabilitation"),
        ("Жамбыл облысы Таразда жаңа туберкулезге қарсы диспансер салынады.", "other"),
        ("В Таразе построят областной кардиохирургический центр.", "hospital"),
        ("Таразда кардиохирургиялық орталық салынады.", "hospital"),
        ("В Таразе построят центр ядерной медицины.", "oncology"),
        ("Таразда ядролық медицина орталығы салынады.", "oncology"),
        ("В Таразе построят санаторий.", "other"),
    ],
)
def test_facility_nouns_and_their_kinds(gazetteer, sentence, kind):
    assert [row["kind"] for row in _rows(gazetteer, "Новость\n\n" + sentence, "2024-05-01")] == [kind]


def test_a_headline_after_its_colon_speaks_of_the_facilities_it_names(gazetteer):
    # «28 objects were built: next come the perinatal centre …»: the count's status is not theirs.
    text = (
        "Облыста 28 медициналық нысан салынды: кезекте перинаталдық орталық\n\n"
        "Қызылорда қаласында перинаталдық орталық салу жоспарланып отыр."
    )
    assert [row["status"] for row in _rows(gazetteer, text, "2024-05-01")] == ["planned"]


def test_a_physician_post_is_named_as_one_in_english(gazetteer):
    (row,) = _rows(gazetteer, "Новость\n\nВ селе Аксу построят врачебный пункт.", "2024-05-01")
    assert row["name_en"].startswith("Physician post")


# The work: named outright, said loosely («отремонтировали», «салынып жатыр»), or by the article's first
# words that tell one; equipment beside building is part of the building; a programme's name is no work.
@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Новость\n\nВ селе Кокадыр Байзакского района строится врачебная амбулатория.", "new_building"),
        ("Новость\n\nВ селе Кокадыр Байзакского района отремонтировали врачебную амбулаторию.", "capital_repair"),
        ("Новость\n\nВ селе Кокадыр Байзакского района реконструируют врачебную амбулаторию.", "reconstruction"),
        ("Новость\n\nВ Кентау реконструируют больницу и оснастят её новым оборудованием.", "reconstruction"),
        (
            "Новость\n\nВ Кентау построили и оснастили современным оборудованием новую поликлинику.",
            "new_building",
        ),
        (
            "Новость\n\nВ рамках проекта «Модернизация сельского здравоохранения» в селе Аксу-Аюлы Шетского "
            "района открыт фельдшерско-акушерский пункт. Строительство объекта обошлось в 98 млн тенге.",
            "new_building",
        ),
        ("Жаңалық\n\nСарыағаш ауданы Қабланбек ауылында дәрігерлік амбулатория салынып жатыр.", "new_building"),
        ("Жаңалық\n\nСарыағаш ауданы Қабланбек ауылындағы дәрігерлік амбулатория жөнделді.", "capital_repair"),
        (
            "Жаңалық\n\nСарыағаш ауданы Қабланбек ауылындағы дәрігерлік амбулатория күрделі жөндеуден өтті.",
            "capital_repair",
        ),
        (
            "Ауылдарда медициналық нысандар салынды\n\nСарыағаш ауданы Қабланбек ауылында дәрігерлік "
            "амбулатория пайдалануға берілді.",
            "new_building",
        ),
        ("Новость\n\nВ Кентау открылась поликлиника № 2.", ""),
        # The article's first word of works is «построено», not the repair of another facility later.
        (
            "Итоги\n\nСколько медобъектов построено в районе? В Кентау открылась врачебная амбулатория. А "
            "в школе Сайрама идет капитальный ремонт.",
            "new_building",
        ),
    ],
)
def test_the_work_a_report_says(gazetteer, text, work):
    assert [row["work"] for row in _rows(gazetteer, text, "2024-05-01")] == [work]


def test_design_papers_in_the_sentence_after_a_facility_are_its_stage(gazetteer):
    text = (
        "Жаңалық\n\nШымкент қаласында бір ауысымда 500 адам қабылдайтын емхана салу жоспарлануда. "
        "Жобалық-сметалық құжаттама әзірленіп жатыр, құрылыс 2026 жылы басталады."
    )
    assert [row["status"] for row in _rows(gazetteer, text, "2024-05-01")] == ["design"]


# A Kazakh village whose name's second word is in small letters («Жібек жолы»), in the region its
# district is in; «облысы», «жаңа» before «ауылдарында» name no village.
@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "Сарыағаш ауданы Жібек жолы ауылында дәрігерлік амбулатория салынып жатыр.",
            ["Жібек жолы ауылы, Түркістан облысы"],
        ),
        ("Еңбекшіқазақ ауданы Жібек жолы ауылында емхана салынады.", ["Жібек жолы ауылы, Алматы облысы"]),
        ("Ақтөбе облысы ауылдарында медициналық пункт салынады.", ["Ақтөбе облысы"]),
    ],
)
def test_a_kazakh_village_named_in_two_words_one_in_small_letters(gazetteer, sentence, places):
    assert [row["place"] for row in _rows(gazetteer, "Жаңалық\n\n" + sentence, "2024-05-01")] == places


def test_a_kazakh_word_in_capitals_is_no_place_by_a_russian_stem(gazetteer):
    # «Шұғыл» (urgent) is no form of «Шугыла», a microdistrict of Almaty; the hospital is in Astana.
    text = (
        "Әділбеков: Шұғыл медицина орталығының жанынан балалар ауруханасы салынады\n\n"
        "Астанада шұғыл медицина орталығының іргесінен көпсалалы балалар ауруханасы бой көтермек."
    )
    assert [row["place"] for row in _rows(gazetteer, text, "2026-02-16")] == ["Астана"]


def test_a_lead_naming_the_headline_facility_in_other_words_is_the_same(gazetteer):
    # «заманауи үлгідегі» (of a modern style) says how, not where: no place of its own, no second row.
    text = (
        "Түркістандағы 570 орындық аурухана қашан ашылады?\n\n"
        "Түркістан облысының орталығында заманауи үлгідегі көпбейінді аурухана салынып жатыр."
    )
    assert [row["beds"] for row in _rows(gazetteer, text, "2025-12-04")] == ["570"]


def test_each_noun_of_a_headline_list_is_named_again_by_its_own(gazetteer):
    text = (
        "Амбулатория, ФАП и медпункт открылись в селах\n\n"
        "В селе Мугалжар открылась новая врачебная амбулатория. Проект обошелся в 300 млн тенге. "
        "В селе Ногайты открыли фельдшерско-акушерский пункт стоимостью 190 млн тенге. "
        "В селе Жарма заработал медицинский пункт, который стоил 145 млн тенге."
    )
    rows = _rows(gazetteer, text, "2024-05-01")
    assert [(row["place"], row["cost_kzt"]) for row in rows] == [
        ("с. Мугалжар", "300 млн"),
        ("с. Ногайты", "190 млн"),
        ("с. Жарма", "145 млн"),
    ]


def test_a_numbered_hospital_is_not_the_specialised_one_named_before(gazetteer):
    text = (
        "Жаңалық\n\nШымкенттегі қалалық жұқпалы аурулар ауруханасында күрделі жөндеу жүргізілуде. "
        "№1 қалалық клиникалық ауруханада да жөндеу жүргізілуде."
    )
    assert [row["name"] for row in _rows(gazetteer, text, "2024-05-01")] == [
        "Шымкенттегі қалалық жұқпалы аурулар ауруханасы",
        "№1 қалалық клиникалық аурухана",
    ]


def test_a_facility_placed_in_a_district_then_in_a_village_of_it_is_one(gazetteer):
    text = (
        "Жаңалық\n\nҚазалы ауданында орталық аудандық аурухананың жаңа корпусы салынып жатыр. "
        "Әкім Әйтеке би кентіндегі Қазалы аудандық ауруханасының жаңа корпусының құрылысын аралады. "
        "Жоба ауруханаға 42 төсек-орындық ғимарат қосуды көздейді."
    )
    assert [(row["place"], row["beds"]) for row in _rows(gazetteer, text, "2024-05-01")] == [("Әйтеке би ауылы", "42")]


def test_facilities_counted_then_placed_village_by_village_without_their_noun(gazetteer):
    text = (
        "Новость\n\nВ Илийском районе Алматинской области строят три фельдшерско-акушерских пункта. "
        "В селе Мухаметжан Туймебаев ФАП готов на 90%. В селе Ынтымак работы только начались, а в селе Караой "
        "объект планируют сдать в декабре."
    )
    rows = _rows(gazetteer, text, "2024-05-01")
    assert [(row["place"].split(",")[0], row["due_year"]) for row in rows] == [
        ("с. Мухаметжан Туймебаев", ""),
        ("с. Ынтымак", ""),
        ("с. Караой", "2024"),
    ]


def test_rural_districts_and_a_pronoun_name_no_village(gazetteer):
    text = (
        "Жаңалық\n\nТемірлан ауылында перинаталдық орталық салынып жатыр. Ол ауылдық аудандардың тұрғындарына "
        "көмекті жақындатады."
    )
    assert [row["place"].split(",")[0] for row in _rows(gazetteer, text, "2024-05-01")] == ["Темірлан ауылы"]


# Reports of the eighteenth to twenty-first held-out sets, in their own words (an article of
# 2024-05-01, each text after a headline «Новость»): the fields each rule drafts.
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # Phrasings of the eighteenth and nineteenth held-out sets: times counted from
        # the article's date, a date in the past, intention forms, works left unfinished, costs in brackets.
        (
            "Астанада балалар ауруханасы бой көтермек. Оны алдағы 2-3 жылда пайдалануға береміз.",
            [{"status": "planned", "due": "алдағы 2-3 жылда", "due_year": "2027"}],
        ),
        (
            "В Таразе построят детскую больницу. Ее сдадут в ближайшие два года.",
            [{"status": "planned", "due": "в ближайшие два года", "due_year": "2026"}],
        ),
        (
            "Астанада балалар ауруханасы салынады. Біздің клиника былтыр наурыз айында ғана іске қосылды.",
            [{"status": "planned", "due": ""}],
        ),
        (
            "В Караганде детская больница на 200 мест с 2015 года так и стоит недостроенной.",
            [{"status": "suspended", "beds": "200"}],
        ),
        ("Арал ауданындағы Сексеуіл кентінде емхана құрылысы үш жылдан бері аяқсыз тұр.", [{"status": "suspended"}]),
        (
            "Түркістанда 570 орындық аурухана салынып жатыр. Қалған жұмыстар 2026 жылдың 4-тоқсанында бітуі тиіс.",
            [{"status": "construction", "due": "2026 жылдың 4-тоқсанында", "due_year": "2026"}],
        ),
        (
            "Байғанин ауданының Ноғайты ауылында фельдшерлік-акушерлік пункт (құны – 190 млн теңге), ал Ырғыз "
            "ауданының Жарма ауылында медициналық пункт (құны – 145 млн теңге) пайдалануға берілді.",
            [
                {
                    "place": "Ноғайты ауылы, Байғанин ауданы, Ақтөбе облысы",
                    "cost_kzt": "190 млн",
                    "status": "completed",
                },
                {"place": "Жарма ауылы, Ырғыз ауданы, Ақтөбе облысы", "cost_kzt": "145 млн", "status": "completed"},
            ],
        ),
        (
            "В селе Ногайты Байганинского района открыт ФАП (стоимость – 190 млн тенге).",
            [{"place": "с. Ногайты, Байганинский район, Актюбинская область", "cost_kzt": "190 млн"}],
        ),
        # More of the eighteenth set: the hospital a centre is built at, capacities
        # given as «мощность», «там» for the village just named, a headline's nouns named again one by one.
        (
            "В Казалинском районе при районной многопрофильной центральной больнице возводится инсультный и "
            "кардиологический центр на 42 койки.",
            [{"name": "Кардиологический центр", "beds": "42", "status": "construction"}],
        ),
        (
            "В Державинске строят поликлинику. Мощность здания составляет 70 мест и 150 посещений.",
            [{"visits_per_shift": "150"}],
        ),
        ("В селе Жарма заработал медицинский пункт мощностью 25 посещений в сутки.", [{"visits_per_shift": ""}]),
        (
            "Следующим на очереди стоит село Маржанбулак Алгинского района. Строительство врачебной амбулатории "
            "там находится на завершающей стадии.",
            [{"place": "с. Маржанбулак, Алгинский район, Актюбинская область", "status": "construction"}],
        ),
        (
            "В селе Ногайты ввели в эксплуатацию фельдшерско-акушерский пункт.",
            [{"place": "с. Ногайты", "status": "completed"}],
        ),
        (
            "В Уральске построят медико-реабилитационный центр. Стоимость проекта составит 8 млрд тенге, и на "
            "начало работ уже выделен 1 млрд тенге.",
            [{"kind": "rehabilitation", "status": "planned", "cost_kzt": "8 млрд", "funding_kzt": "1 млрд"}],
        ),
        ("В селе Коксу продолжится строительство новой амбулатории.", [{"status": "construction"}]),
        (
            "Для детской больницы Костаная разработают новую проектно-сметную документацию. Больница сможет снова "
            "принимать пациентов к 2027 году.",
            [{"status": "design", "due_year": "2027"}],
        ),
        # A facility noun on a line of its own before a colon, its villages on the lines after: one row per
        # village, with the status the line before the heading gives; a line of other news ends the list.
        (
            "В Жамбылской области строятся объекты здравоохранения:\nВрачебные амбулатории:\n"
            "1. село Кокадыр, Байзакский район;\n2. село Сарыкемер.\nФельдшерско-акушерские пункты:\n"
            "– село Акжар;\n– село Кордай.\nВсе объекты сдадут до конца года.\nТакже в Таразе открыли стадион.",
            [
                {"name": "Врачебная амбулатория (с. Кокадыр)", "status": "construction", "due_year": "2024"},
                {"name": "Врачебная амбулатория (с. Сарыкемер)", "status": "construction", "due_year": "2024"},
                {"name": "Фельдшерско-акушерский пункт (с. Акжар)", "status": "construction", "due_year": "2024"},
                {"name": "Фельдшерско-акушерский пункт (с. Кордай)", "status": "construction", "due_year": "2024"},
            ],
        ),
        (
            "Ұлытау облысында салынып жатқан нысандар:\n\nДәрігерлік амбулаториялар:\n1. Ақтүбек ауылы;\n"
            "2. Кеңгір ауылы.\n\nМедициналық пункттер:\n3. Бетбұлақ ауылы.",
            [
                {"place": "Ақтүбек ауылы, Ұлытау облысы", "status": "construction"},
                {"place": "Кеңгір ауылы, Ұлытау облысы", "status": "construction"},
                {"place": "Бетбұлақ ауылы, Ұлытау облысы", "status": "construction"},
            ],
        ),
        # The twenty-first set's formats: a question tells no stage, a place being
        # built is not the facility, works done or under way in the present, a district that cannot hold a town.
        (
            "Ақтауда облыстық онкологиялық диспансердің құрылысы қайта басталды.\n— Диспансер қашан ашылады?\n"
            "— Құрылыс 2019 жылдың соңына қарай аяқталады.",
            [{"status": "construction", "due_year": "2019"}],
        ),
        (
            "Оралдың жаңадан салынып жатқан Ақжайық шағынауданында оңалту орталығының құрылысы басталмақ. "
            "Орталық 150 орынға есептелген.",
            [{"status": "planned", "beds": "150"}],
        ),
        (
            "Тайыншинская больница получит 1,3 млрд тенге на капремонт. Сейчас в больнице обновляют инженерные сети.",
            [{"status": "construction", "funding_kzt": "1,3 млрд", "work": "capital_repair"}],
        ),
        (
            "Итоги года в Атырауской области:\n– районная больница в городе Кульсары – строительство продолжается;\n"
            "– Индерская районная больница – ремонтные работы проведены.",
            [
                {"place": "Кульсары, Атырауская область", "status": "construction"},
                {"place": "Индерский район, Атырауская область", "status": "completed"},
            ],
        ),
        (
            "Ақтауда онкологиялық диспансер салынып жатыр. Жаңа клиникада жұмыс істеу жөнінде дәрігерлермен "
            "келіссөз жүріп жатыр.",
            [{"kind": "oncology"}],
        ),
        # The twentieth set's repairs: a polyclinic that moved out for the works, money
        # after its sum, parts of a building done, a contract cancelled, a deadline moved, a perinatal centre
        # called a maternity hospital, a programme's name in quotes before a noun.
        (
            "Городская поликлиника №1 Шымкента принимает пациентов по временному адресу: там начался капитальный "
            "ремонт. Проектно-сметная документация была готова давно, но деньги на ремонт – 553 млн тенге – "
            "выделили только сейчас. В отремонтированное здание поликлиника вернется в декабре.",
            [{"status": "construction", "funding_kzt": "553 млн", "due": "декабре", "due_year": "2024"}],
        ),
        (
            "В Акжаикской районной больнице заканчивается реконструкция. Строители отремонтировали крышу и фасад. "
            "Объект собираются сдать в эксплуатацию в ближайшие дни.",
            [{"status": "construction", "due_year": "2024"}],
        ),
        (
            "Подрядчик затянул работы в родильном отделении Костанайской областной больницы. Договор по "
            "родильному отделению областной больницы в итоге расторгли. Окончание ремонта перенесли с июня 2023 "
            "года на начало октября.",
            [{"kind": "maternity", "status": "suspended", "due": "на начало октября"}],
        ),
        # Money spent is a project's; a facility that belongs to another names no project of its own; a future
        # receipt is no completion; patients seen elsewhere during the works; a microdistrict the gazetteer
        # lacks is part of the town.
        (
            "Байғанин ауданының Ноғайты ауылындағы фельдшерлік-акушерлік пунктке 190 млн теңге жұмсалды.",
            [{"place": "Ноғайты ауылы, Байғанин ауданы, Ақтөбе облысы", "cost_kzt": "190 млн"}],
        ),
        (
            "В микрорайоне Деркул Уральска открылась амбулатория. Амбулатория обошлась в 102 миллиона тенге и "
            "числится за городской поликлиникой № 1.",
            [{"kind": "polyclinic", "cost_kzt": "102 миллиона"}],
        ),
        (
            "Уже в новом году город Атырау должен получить больницу, которую возводили по схеме ГЧП.",
            [{"kind": "hospital", "status": "construction"}],
        ),
        (
            "Городская поликлиника № 1 Шымкента на время ремонта сменила адрес: пациентов принимают в здании на "
            "улице Казыбек би. В основном корпусе начался капитальный ремонт.",
            [{"status": "construction", "work": "capital_repair"}],
        ),
        (
            "В Уральске построят медико-реабилитационный центр. Он появится в строящемся микрорайоне Акжайык и "
            "будет рассчитан на 150 мест.",
            [{"kind": "rehabilitation", "beds": "150"}],
        ),
        # Works resumed after they stood; works going on in Kazakh; a kindergarten's places; a FAP named
        # after two ambulatories; facilities in many villages counted.
        (
            "Ақтаудағы онкодиспансердің тоқтап қалған құрылысы қайта басталды. 2011 жылы жұмысы тоқтап қалған "
            "нысанға облыс әкімі барды.",
            [{"kind": "oncology", "status": "construction"}],
        ),
        (
            "Мақтаарал ауданындағы Жаңа шағын ауданда 280 орындық балабақша, дәрігерлік амбулатория салынуда. "
            "Фирдоуси ауылында дәрігерлік амбулатория салынып жатыр. Өргебаста фельдшерлік-акушерлік пункт "
            "тұрғызылып жатыр.",
            [
                {"kind": "polyclinic", "beds": "", "status": "construction"},
                {"place": "Фирдоуси ауылы, Мақтаарал ауданы, Түркістан облысы", "status": "construction"},
                {"name": "Фельдшерлік-акушерлік пункт", "status": "construction"},
            ],
        ),
        (
            "Үржар ауданының Қаратұма ауылында жаңа дәрігерлік амбулатория ашылды. Сонымен қатар ауданның 16 елді "
            "мекенінде фельдшерлік-акушерлік пункт, дәрігерлік амбулатория және медициналық пункт салу үшін "
            "жобалық-сметалық құжаттама әзірленіп жатыр.",
            [{"place": "Қаратұма ауылы, Үржар ауданы, Абай облысы", "status": "completed"}],
        ),
        # The thirty-second and thirty-third sets: an opening attended, a building put up by a company, a
        # commissioning not yet done, works delayed, works on the frame, a clinic opened last year beside a
        # planned hospital, a district homonym in the region of the village named with it.
        (
            "В селе Аманкарагай Аулиекольского района аким принял участие в открытии фельдшерско-акушерского "
            "пункта. Здание рассчитано на 50 посещений в смену.",
            [{"status": "completed", "visits_per_shift": "50"}],
        ),
        ("Медпункт в селе Тенлик Ескельдинского района возвела компания «Big Stroy Group».", [{"status": "completed"}]),
        (
            "Түркістандағы 570 орындық аурухананың құрылысы 2020 жылы басталған. Нысан әлі күнге дейін "
            "пайдалануға берілген жоқ.",
            [{"status": "construction"}],
        ),
        (
            "Подрядчик затянул работы в родильном доме Аркалыкской больницы.",
            [{"status": "construction"}],
        ),
        (
            "Центр гематологии в Усть-Каменогорске готов на 78 %. Строители возвели каркас здания.",
            [{"status": "construction", "progress_pct": "78"}],
        ),
        (
            "Астанада көпсалалы балалар ауруханасы салынбақ. Қазір аурухана құрылысының жобасы әзірленіп жатыр. "
            "Орталықтың клиникасы былтыр наурызда пайдалануға берілген.",
            [{"status": "design"}],
        ),
        (
            "Жители села Аса Жамбылского района ждут новую поликлинику: о долгострое вспомнил Президент.",
            [{"place": "с. Аса", "status": "suspended"}],
        ),
        (
            "Старое здание инфекционного отделения в Шемонаихе пойдет под снос, а взамен построят новую клинику.",
            [{"name": "Новая клиника", "status": "planned"}],
        ),
        # A total done, with examples, beside projects named one by one; an annex named by its department.
        (
            "За последние годы в Астане открылся 21 медицинский объект – в их числе Национальный научный "
            "онкологический центр. В 2026 году должны завершиться два крупных проекта. Первый – "
            "приемно-диагностический комплекс при городской больнице № 2. Кроме того, начнется возведение "
            "детского травматологического корпуса на 200 коек на базе Национального координационного центра "
            "экстренной медицины.",
            [{"kind": "hospital", "due_year": "2026"}, {"kind": "hospital", "beds": "200"}],
        ),
        (
            "В Атырауской области построят 16 объектов здравоохранения, в том числе областную больницу.",
            [{"kind": "hospital", "status": "planned"}],
        ),
        # Items of an enumeration; a building named next to a school; an inpatient building by its beds.
        (
            "Өскемен: Ахмердегі амбулатория мен гематология орталығы бітуге таяу. Әкім екі медициналық нысанды "
            "аралады. Алғашқысы – Ахмер шағынауданындағы жаңа дәрігерлік амбулатория. Ол Жаңажол көшесінде, "
            "мектептің қасында орналасқан. Ғимарат бір ауысымда 25 адамды қабылдауға есептелген. Екінші нысан – "
            "гематология орталығы. Жобаның жалпы құны – 83 млрд теңге.",
            [{"kind": "polyclinic", "visits_per_shift": "25"}, {"kind": "hospital", "cost_kzt": "83 млрд"}],
        ),
        (
            "В Косшы открылась поликлиника на 1000 посещений в смену. Следующим этапом станет стационар на 350 коек.",
            [{"kind": "polyclinic", "beds": ""}, {"kind": "hospital", "beds": "350"}],
        ),
        # A contractor dropped or an investor gone: works stand; a building up but near its end; a building
        # finished but not commissioned.
        (
            "Управление здравоохранения отказалось от услуг подрядчика, который ремонтировал родильное отделение "
            "Костанайской областной больницы.",
            [{"status": "suspended"}],
        ),
        (
            "Поликлинику в Шымкенте собирался возвести предприниматель, но из-за финансовых трудностей от своих "
            "планов отказался.",
            [{"status": "suspended"}],
        ),
        (
            "Мұнда Жаңажол көшесіндегі мектептің іргесінде Өскемендегі жаңа дәрігерлік амбулатория бой көтерді, "
            "оның құрылысы аяқталуға таяу.",
            [{"status": "construction"}],
        ),
        (
            "Новую районную поликлинику в Аксае, построенную по республиканской программе, до сих пор не ввели в "
            "эксплуатацию.",
            [{"status": "construction"}],
        ),
        # Several kinds over several rural districts, uncounted: a summary; «Мәселен» (for example) is no
        # village; a plan's trillions are no facility's cost.
        (
            "Батыс Қазақстан облысында 16 жоба ауылдардағы медициналық көмекті дамытуға арналған. Сырым, Ақжайық, "
            "Жаңақала аудандарында фельдшерлік-акушерлік пункттер, дәрігерлік амбулаториялар мен медициналық "
            "пункттер салынып жатыр.",
            [],
        ),
        (
            "Шемонаиха ауданындағы ауруханалар жөндеу көрмеген. Мәселен, Таврия ауылындағы ауруханада 1982 жылдан "
            "бері жөндеу жүргізілмеген. Ұлан ауданында жаңа аудандық емхана салынып жатыр.",
            [{"kind": "polyclinic", "status": "construction"}],
        ),
        (
            "В Актау построят многопрофильную больницу. Общий объем инвестиций по плану составит 2,1 трлн тенге.",
            [{"kind": "hospital", "cost_kzt": ""}],
        ),
        # Works going on, said in more ways.
        (
            "Продолжается капитальный ремонт с сейсмоусилением городской поликлиники № 16 в Алматы.",
            [{"status": "construction"}],
        ),
        ("Реконструкция Городской клинической больницы №7 в Алматы продолжается.", [{"status": "construction"}]),
        (
            "Идут ремонтные работы во врачебной амбулатории села Тущыкудук Исатайского района.",
            [{"status": "construction"}],
        ),
        ("В Аркалыке завершат капитальный ремонт роддома региональной больницы.", [{"status": "construction"}]),
        (
            "В поселке Айтеке би осуществляется строительство нового корпуса районной больницы.",
            [{"status": "construction"}],
        ),
        ("Аким заехал на стройплощадку новой поликлиники в микрорайоне Шугыла.", [{"status": "construction"}]),
        # The forty-fourth and forty-fifth sets: land allotted for a university clinic, then called a big clinic; a
        # radiology centre to be finished; a Kazakh clinical rehabilitation centre opened.
        (
            "Шымкент выделил 150 гектаров под университетскую клинику на тысячу коек. Инвесторы собираются построить "
            "в городе крупную клинику на 1000 коек.",
            [{"kind": "university_clinic", "beds": "1000"}],
        ),
        (
            "Строительство радиологического центра при онкологическом диспансере Семея должно быть завершено в первой "
            "половине 2025 года.",
            [{"kind": "oncology", "status": "construction"}],
        ),
        (
            "Президент Көкшетауда өткен жылы есігін ашқан Viamedis Kokshetau клиникалық-оңалту орталығында болды.",
            [{"kind": "rehabilitation", "status": "completed"}],
        ),
        ("Түркістандағы көпбейінді аурухана әлі күнге дейін есігін ашқан жоқ.", [{"status": "planned"}]),
        # The forty-sixth and forty-seventh sets: a Kazakh span of weeks; a start said with its kind of works;
        # works to begin in Kazakh; an official shown the works.
        (
            "Нұр-Сұлтанда жаңа жұқпалы аурулар ауруханасы салынып жатыр. Оны 3-4 аптаның ішінде пайдалануға беру "
            "жоспарланып отыр.",
            [{"status": "construction", "due_year": "2024"}],
        ),
        (
            "В Усть-Каменогорске построят областную больницу. Начало строительно-монтажных работ предусмотрено в 2025 "
            "году, а сдать медучреждение в эксплуатацию предполагается в 2026 году.",
            [{"start": "2025 году", "due_year": "2026"}],
        ),
        (
            "Қызылорда облысында жақын арада 200 төсектік перинаталдық орталықтың құрылысы басталады.",
            [{"kind": "perinatal", "status": "planned"}],
        ),
        (
            "Министр ознакомился со строительством областного онкологического диспансера в Таразе.",
            [{"status": "construction"}],
        ),
        # Dates said in a clause of their own, or by a verb of opening in the first person.
        (
            "Уже в новом году, по словам акима, город Атырау должен получить три объекта. Это новая больница на 250 "
            "человек в микрорайоне Оркен и семейно-врачебная амбулатория в селе Аксай.",
            [{"due_year": "2025"}, {"due_year": "2025"}],
        ),
        (
            "Астанада көпсалалы балалар ауруханасы салынады. «Есігін 2-3 жылдың ішінде ашамыз», – деді ол.",
            [{"due_year": "2027"}],
        ),
        (
            "В Шымкенте начали строить перинатальный центр №2 на 200 коек. Новый роддом городу нужен из-за "
            "рождаемости. Ввести центр в эксплуатацию планируют до 2027 года.",
            [{"kind": "perinatal", "beds": "200", "due_year": "2027"}],
        ),
        (
            "В Акжаикской районной больнице идет капитальный ремонт. По программе «С дипломом – в село» в больницу "
            "приехали 4 специалиста.",
            [{"name": "Акжаикская районная больница"}],
        ),
        # Deadlines missed and kept, works inspected, «Ал» before a village.
        (
            "Строительство поликлиники в Косшы должно было завершиться в 2023 году, однако объект не сдан. "
            "Завершить работы обещают до конца 2025 года.",
            [{"due": "до конца 2025 года", "due_year": "2025"}],
        ),
        (
            "Строительство поликлиники в Косшы должно было завершиться в 2023 году, однако объект не сдан.",
            [{"due": "2023 году", "due_year": "2023"}],
        ),
        (
            "Аудандық емхананың құрылысы 2022 жылы аяқталуы тиіс еді, енді оны 2025 жылдың соңына дейін бітіру "
            "көзделіп отыр.",
            [{"due": "2025 жылдың соңына дейін", "due_year": "2025"}],
        ),
        (
            "Аким осмотрел ход капитального ремонта центральной районной больницы Атбасара.",
            [{"status": "construction", "work": "capital_repair"}],
        ),
        (
            "Мойынқұм ауданында медициналық нысандар салынуда. Мирный ауылында фельдшерлік-акушерлік пункттің "
            "құрылысы жаңа басталды. Ал Шығанақ ауылындағы медициналық пункт қазан айында пайдалануға беріледі.",
            [
                {"place": "Мирный ауылы, Мойынқұм ауданы, Жамбыл облысы", "status": "construction"},
                {"place": "Шығанақ ауылы, Мойынқұм ауданы, Жамбыл облысы", "due_year": "2024"},
            ],
        ),
        # The twenty-second and twenty-third sets: a load per day beside a cost, works begun or near their end,
        # Kazakh hosts and maternity wards, villages after a count of them, a count broken down.
        (
            "В селе Ногайты заработал фельдшерско-акушерский пункт на 40 посещений в день стоимостью 190 "
            "миллионов тенге.",
            [{"cost_kzt": "190 миллионов", "visits_per_shift": "", "status": "completed"}],
        ),
        (
            "В Бейнеуском районе стартовал капитальный ремонт центральной районной больницы.",
            [{"status": "construction", "work": "capital_repair"}],
        ),
        (
            "В селе Маржанбулак к завершению подходит строительство врачебной амбулатории.",
            [{"status": "construction"}],
        ),
        (
            "Қостанай облысында мердігер Арқалық ауруханасының перзентханасы мен облыстық ауруханасының "
            "босандыру бөлімшесіндегі жұмыстарды созып алған.",
            [
                {"kind": "maternity", "place": "Аркалык, Қостанай облысы", "status": "construction"},
                {"kind": "maternity", "name": "Босандыру бөлімшесі"},
            ],
        ),
        (
            "Қарқаралы ауданындағы үш ауылда жаңа ФАП ашылды. Енді Темірші, Томар және М.Мамыраев ауылдарының "
            "тұрғындары заманауи мекемеде ем алады.",
            [
                {"place": "Темірші ауылы, Қарқаралы ауданы, Қарағанды облысы", "status": "completed"},
                {"place": "Томар ауылы, Қарқаралы ауданы, Қарағанды облысы", "status": "completed"},
                {"place": "М.Мамыраев ауылы, Қарқаралы ауданы, Қарағанды облысы", "status": "completed"},
            ],
        ),
        (
            "Ұлттық жоба аясында 655 нысан салу көзделген. Олардың 260-ы – медициналық пункт, 235-і – "
            "фельдшерлік-акушерлік пункт.",
            [],
        ),
        (
            "Қазалы ауданында жаңа аудандық емхананың құрылысына кеше кірісті. Емхана бір ауысымда 250 келушіге "
            "қызмет көрсетуге жобаланған.",
            [{"status": "construction", "visits_per_shift": "250"}],
        ),
        (
            "Ақтауда онкологиялық диспансерді салу жұмыстары қайта қолға алынды. Оның құрылысы 2011 жылы тоқтап "
            "қалған еді. Биыл диспансердің құрылысы қайта жанданды.",
            [{"status": "construction"}],
        ),
        # The twenty-fourth and twenty-fifth sets: one more of another noun, the town whose akim speaks, where
        # the facility just named stands.
        (
            "В селе Арайлы заработала врачебная амбулатория на 50 посещений в смену. Третьим объектом стал новый "
            "медицинский пункт, также открытый в районе.",
            [{"name": "Врачебная амбулатория"}, {"name": "Новый медицинский пункт"}],
        ),
        (
            "Аким Астаны Женис Касымбек рассказал о планах. До конца года у вокзала «Нурлы жол» должна заработать "
            "частная поликлиника на 350 посещений в смену.",
            [{"place": "Астана", "visits_per_shift": "350", "due_year": "2024"}],
        ),
        (
            "Түркістан облысында перинаталдық орталықтың құрылысы ресми түрде басталды. Нысан Ордабасы ауданындағы "
            "Темірлан ауылында бой көтереді.",
            [{"place": "Темірлан ауылы, Түркістан облысы", "status": "construction"}],
        ),
        # The twenty-seventh set: works said of several of a kind, uncounted, are going on at each named later.
        (
            "Ақмола облысының ауылдарында дәрігерлік амбулаториялардың құрылысын аяқтауға 1,7 млрд теңге бөлінді. "
            "Дәрігерлік амбулатория Аршалы ауданының Арнасай ауылында бой көтереді.",
            [{"place": "Арнасай ауылы, Аршалы ауданы, Ақмола облысы", "status": "construction"}],
        ),
        # The twenty-eighth set: a noun after a dash names the one before again; builders at work.
        (
            "В Туркестане продолжается строительство родильного дома – современного Центра матери и ребенка на "
            "80 койко-мест. Ввести роддом в эксплуатацию планируется в августе 2026 года.",
            [{"kind": "maternity", "beds": "80", "due_year": "2026", "status": "construction"}],
        ),
        (
            "В 2026 году строители должны сдать приемно-диагностический комплекс при городской больнице №2 Астаны.",
            [{"status": "construction", "due_year": "2026"}],
        ),
        # A long-stalled building; a repair done; a tender's date is not the facility's.
        (
            "Поликлинику в селе Аса строят с 2008 года, но открыть так и не могут. Объект в конце концов бросили.",
            [{"status": "suspended"}],
        ),
        ("В Зайсанском районе уже провели капитальный ремонт районной больницы.", [{"status": "completed"}]),
        (
            "В Уральске построят реабилитационный центр. Конкурс на строительство объявят в мае.",
            [{"status": "planned", "due": ""}],
        ),
        # The forty-eighth set: a unit and the hospital's main building are two projects; a hospital named at
        # the end after another facility is another one; a polyclinic «при нем» is the hospital's own.
        (
            "В Зыряновске в следующем году обновят здание инфекционного отделения районной больницы. Проект "
            "реконструкции основного корпуса районной больницы проходит согласование.",
            [{"kind": "hospital", "status": "planned"}, {"kind": "hospital", "status": "design"}],
        ),
        (
            "В Семее открыли новую больницу скорой помощи. Стационар рассчитан на 240 коек, поликлиника при нем – "
            "на 300 посещений в смену. Строительство больницы вместе с поликлиникой обошлось в 9,5 млрд тенге. "
            "В тот же день открылась врачебная амбулатория в селе Приречное. Почти завершено строительство детской "
            "туберкулезной больницы стоимостью 1,1 млрд тенге.",
            [
                {"kind": "hospital", "status": "completed", "cost_kzt": "9,5 млрд"},
                {"kind": "polyclinic", "status": "completed"},
                {"kind": "hospital", "status": "construction", "cost_kzt": "1,1 млрд"},
            ],
        ),
        (
            "В Таразе скоро будет сдан в эксплуатацию центр медицинских услуг стоимостью около 6 млрд тенге.",
            [{"kind": "other", "status": "construction", "cost_kzt": "около 6 млрд"}],
        ),
        # A branch of another named after a dash; the one just spoken of, asked about in the city it is in.
        (
            "В Петропавловске открыли новую поликлинику в микрорайоне «Жас Оркен» – филиал первой городской "
            "поликлиники. Объект строили два года. Почему открытая поликлиника не работает, журналисты спросили "
            "у министра в Петропавловске.",
            [{"kind": "polyclinic", "status": "completed"}],
        ),
        # Several, uncounted, in the towns the next sentence lists.
        (
            "На севере страны возводят инфекционные больницы. В Павлодаре и Петропавловске строят стационары на "
            "200 мест каждый.",
            [{"place": "Павлодар"}, {"place": "Петропавл"}],
        ),
    ],
)
def test_reports_of_the_later_held_out_sets(gazetteer, text, rows):
    got = _rows(gazetteer, "Новость\n\n" + text, "2024-05-01")
    assert _fields(got, rows) == rows


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Амбулатории\n\nВ этом году открыли три врачебные амбулатории – в селах Каракемер, Узынбулак и Таутурген. "
            "Еще одна, в селе Шелек, откроется в декабре.",
            ["с. Каракемер", "с. Узынбулак", "с. Таутурген", "с. Шелек"],
        ),
        (
            "Ауылдар\n\nБиыл Қарасай ауданының Абай және Жамбыл ауылдарында екі медициналық пункт ашылды. Тағы біреуі "
            "Береке ауылында келесі жылы салынады.",
            ["Абай ауылы", "Жамбыл ауылы", "Береке ауылы"],
        ),
        # One more at a place already named is no new one.
        (
            "Амбулатория\n\nВ селе Каракемер открыли врачебную амбулаторию. Еще одна новость из села Каракемер: "
            "там отремонтировали дорогу.",
            ["с. Каракемер"],
        ),
    ],
)
def test_one_more_of_those_just_named_its_noun_left_out(gazetteer, text, places):
    assert [row["place"].split(",")[0] for row in _rows(gazetteer, text, "2024-10-01")] == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A big city's district its own sentence names places the facility finer.
        pytest.param(
            "Б\n\nВ Астане в районе Сарыарка на улице Богенбай батыра откроется новая поликлиника.",
            "район Сарыарка, Астана",
            id="astana-district",
        ),
        pytest.param(
            "Б\n\nШымкенттің Тұран ауданында 200 орындық балалар ауруханасы салынып жатыр.",
            "Тұран ауданы, Шымкент",
            id="shymkent-district-in-kazakh",
        ),
        pytest.param("Б\n\nАлматының Алатау ауданында жаңа емхана салынады.", "Алатау ауданы, Алматы", id="almaty"),
        pytest.param(
            "Б\n\nВ атырауском микрорайоне Нурсая строят трехэтажную поликлинику.",
            "мкр. Нурсая, Атырау",
            id="a-small-town-adjective-before-a-microdistrict",
        ),
        # Kazakh districts named after a person.
        pytest.param(
            "Б\n\nҚарағанды облысының Бұқар жырау ауданындағы Ботақара кентінде дәрігерлік амбулатория ашылды.",
            "Ботақара ауылы, Қарағанды облысы",
            id="bukhar-zhyrau",
        ),
        pytest.param(
            "Б\n\nТүркістан облысы Төле би ауданында жаңа аурухана салынады.",
            "Төле би ауданы, Түркістан облысы",
            id="tole-bi",
        ),
    ],
)
def test_the_place_written_for_one_facility(gazetteer, text, place):
    (row,) = _rows(gazetteer, text, "2024-05-01")
    assert row["place"] == place


def test_other_news_after_a_facility_gives_it_nothing(gazetteer):
    text = (
        "Ордабасыда провизорлық орталық дайындалып, Темірланда жаңа мектеп ашылмақ\n\n"
        "Аудандық орталық аурухананың жанынан 100 адамға шақталған провизорлық орталық әзірленуде. Ол үшін "
        "аурухананың бұрынғы ғимараты толық жөндеуден өткізіліп жатыр. Нысанды тамыз айында пайдалануға беру "
        "көзделген. Сонымен бірге Темірлан елді мекенінде «Арбат» аумағы абаттандырылуда. Сәуірде басталған "
        "жұмыстар желтоқсанда толық аяқталмақ. Биыл аудан орталығы Темірланда 600 орындық жаңа мектеп те есігін "
        "ашады. Құрылысы 2018 жылы басталған білім ордасы жаңа оқу жылынан бастап оқушыларды қабылдайды."
    )
    (row,) = _rows(gazetteer, text, "2021-06-01")
    assert {k: row[k] for k in ("kind", "work", "status", "beds", "start", "due")} == {
        "kind": "hospital",
        "work": "capital_repair",
        "status": "construction",
        "beds": "100",
        "start": "",
        "due": "тамыз айында",
    }


def test_the_same_sum_for_each_of_a_list_is_each_ones_cost(gazetteer):
    text = (
        "ФАПы\n\nВ селах Катарколь и Златополье построят два фельдшерско-акушерских пункта стоимостью по 95 млн тенге."
    )
    assert [row["cost_kzt"] for row in _rows(gazetteer, text)] == ["95 млн", "95 млн"]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Онкоцентр\n\nАлматинский онкологический центр получил новый линейный ускоритель стоимостью 1,2 млрд тенге.",
            {"kind": "oncology", "work": "equipment", "status": "completed", "place": "Алматы", "cost_kzt": "1,2 млрд"},
        ),
        (
            "Томограф\n\nШымкент қалалық №1 ауруханасына жаңа компьютерлік томограф әкелінді. Құрылғының құны 350 млн теңге.",
            {"kind": "hospital", "work": "equipment", "status": "completed", "place": "Шымкент", "cost_kzt": "350 млн"},
        ),
        # A machine given by sponsors, or to be installed, is equipment too (the map's work «equipment»).
        (
            "МРТ\n\nБольница в Кентау получила новый аппарат МРТ за счет спонсоров.",
            {"kind": "hospital", "work": "equipment", "status": "completed", "place": "Кентау"},
        ),
        (
            "Томограф\n\nВ районной больнице Зайсана установят компьютерный томограф.",
            {"kind": "hospital", "work": "equipment", "status": "planned"},
        ),
        # The equipment of a new building is part of it: the building is the work.
        (
            "Больница\n\nВ Уральске достраивают новую больницу. Медицинское оборудование уже приобретено.",
            {"kind": "hospital", "work": "new_building", "status": "construction"},
        ),
    ],
)
def test_a_machine_a_facility_receives_is_equipment(gazetteer, text, fields):
    (row,) = _rows(gazetteer, text, "2024-05-01")
    assert {k: row[k] for k in fields} == fields


def test_a_list_under_headings_without_colons_one_row_per_dashed_village(gazetteer):
    text = (
        "Где построят медучреждения: список\n\n"
        "Области выделено 1,4 млрд тенге на строительство 5 медицинских объектов.\n\n"
        "Фельдшерско-акушерские пункты (появятся в 2025 году)\n"
        "— село Нура, Иргизский район;\n"
        "— село Ногайты, Байганинский район.\n\n"
        "Врачебные амбулатории\n"
        "— село Кайынды, Мугалжарский район;\n"
        "— село Маржанбулак, Алгинский район."
    )
    rows = _rows(gazetteer, text, "2024-09-01")
    assert [(r["kind"], r["place"].split(",")[0], r["due_year"]) for r in rows] == [
        ("polyclinic", "с. Нура", "2025"),
        ("polyclinic", "с. Ногайты", "2025"),
        ("polyclinic", "с. Кайынды", ""),
        ("polyclinic", "с. Маржанбулак", ""),
    ]
    assert rows[2]["name"].startswith("Врачебная амбулатория")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Риддер\n\nВ Риддере завершили строительство многопрофильного больничного комплекса.",
            {"kind": "hospital", "status": "completed", "place": "Риддер"},
        ),
        (
            "Белоусовка\n\nНовый медицинский корпус для села Белоусовка обещают построить в 2027 году.",
            {"kind": "hospital", "work": "new_building"},
        ),
        # Works going on at a village the count before placed.
        (
            "ФАПы\n\nВ Бурлинском районе взялись за ремонт двух фельдшерско-акушерских пунктов. Корреспондент "
            "побывал в селе Бумаколь, где работы уже идут.",
            {
                "kind": "polyclinic",
                "status": "construction",
                "place": "с. Бумаколь, Бурлинский район, Западно-Казахстанская область",
            },
        ),
        # A town as the article writes it, not GeoNames' old name of it.
        (
            "Асыката\n\nСейчас работы ведутся в больнице Асыката Жетысайского района.",
            {"kind": "hospital", "place": "Асыката, Туркестанская область"},
        ),
    ],
)
def test_more_facility_nouns_works_going_on_and_names_as_written(gazetteer, text, fields):
    (row,) = _rows(gazetteer, text, "2024-09-01")
    assert {k: row[k] for k in fields} == fields


def test_a_villages_rural_district_is_no_second_village(gazetteer):
    text = (
        "Комплекс\n\nВ селе Саналы сельского округа Дермене заложили фундамент медицинского "
        "лечебно-оздоровительного комплекса."
    )
    (row,) = _rows(gazetteer, text, "2021-10-12")
    assert (row["kind"], row["status"], row["place"].split(",")[0]) == ("other", "construction", "с. Саналы")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В Туркестане открылся центр «Қамқорлық». Центр «Қамқорлық» принимает 125 детей. «Қамқорлық» оснащён.", "ru"),
        ("Түркістанда «Қамқорлық» орталығы ашылды. Орталық 125 балаға арналған.", "kk"),
    ],
)
def test_a_kazakh_name_in_quotes_does_not_make_a_russian_article_kazakh(text, lang):
    assert language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Амбулатории\n\nВ селах Каракемер и Шамалган построят врачебные амбулатории. Каждая амбулатория будет "
        "рассчитана на 50 посещений в смену.",
        "Амбулаториялар\n\nҚаракемер және Шамалған ауылдарында дәрігерлік амбулаториялар салынады. Әр амбулатория "
        "бір ауысымда 50 адамды қабылдайды.",
    ],
)
def test_each_of_those_just_named_takes_the_figure_said_of_each(gazetteer, text):
    assert [row["visits_per_shift"] for row in _rows(gazetteer, text)] == ["50", "50"]


@pytest.mark.parametrize(
    "sentence",
    [
        "В Наурызбайском районе Алматы построят поликлинику.",
        "В Мартукском районе построят новую больницу.",
        "В селе Октябрьское построят врачебную амбулаторию.",
        "В селе Августовка построят фельдшерско-акушерский пункт.",
    ],
)
def test_a_place_named_like_a_month_is_no_due_date(gazetteer, sentence):
    (row,) = _rows(gazetteer, "Новость\n\n" + sentence)
    assert (row["due"], row["due_year"]) == ("", "")


def test_a_kazakh_list_under_headings_with_their_stage_and_districts(gazetteer):
    text = (
        "Ақтөбе облысындағы медициналық нысандар: тізім\n\n"
        "Облыста медициналық мекемелер салуға 1,4 млрд теңге бағытталды.\n\n"
        "2025 жылы фельдшерлік-акушерлік пункттер бой көтеретін ауылдар:\n"
        "- Нұра ауылы, Ырғыз ауданы;\n"
        "- Ноғайты ауылы, Байғанин ауданы.\n\n"
        "Дәрігерлік амбулаториялар ашылатын ауылдар:\n"
        "- Қайыңды ауылы, Мұғалжар ауданы."
    )
    rows = _rows(gazetteer, text, "2024-09-01")
    assert [(r["place"], r["due_year"]) for r in rows] == [
        ("Нұра ауылы, Ырғыз ауданы, Ақтөбе облысы", "2025"),
        ("Ноғайты ауылы, Байғанин ауданы, Ақтөбе облысы", "2025"),
        ("Қайыңды ауылы, Мұғалжар ауданы, Ақтөбе облысы", ""),
    ]


def test_a_facility_named_without_works_then_its_works_begun(gazetteer):
    text = (
        "№1 қалалық емхана уақытша жаңа мекенжайға көшті\n\n"
        "Шымкенттегі №1 қалалық емхана бірнеше күннен бері науқастарды Қазыбек би көшесіндегі ғимаратта қабылдап "
        "жатыр. Себебі негізгі ғимаратта күрделі жөндеу басталды."
    )
    (row,) = _rows(gazetteer, text, "2020-06-01")
    assert (row["kind"], row["work"], row["status"], row["place"]) == (
        "polyclinic",
        "capital_repair",
        "construction",
        "Шымкент",
    )


def test_a_polyclinic_opened_at_a_hospital_is_the_hospitals_own(gazetteer):
    text = (
        "Қызылордадағы аурухана\n\n"
        "Облыс орталығында салынып жатқан 300 төсектік көпбейінді аурухананың құрылыс алаңын аралады. Аурухана "
        "жанынан бір ауысымда 100 адам қабылдайтын емхана да ашылады. Жобаға 36 млрд 416 млн теңге қаралған."
    )
    (row,) = _rows(gazetteer, text, "2024-05-01")
    assert (row["kind"], row["beds"], row["visits_per_shift"], row["cost_kzt"]) == (
        "hospital",
        "300",
        "100",
        "36,416 млрд",
    )
