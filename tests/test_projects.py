"""Projects followed across reports: order, latest values, history, deadlines, disagreements, exports."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest

from geo.build import make
from geo.errors import RecordsError
from tests.conftest import run_cli

TRACKING = Path(__file__).parent / "data" / "tracking"
AS_OF = datetime.date(2026, 12, 1)


@pytest.fixture(scope="module")
def tracked():
    return make(TRACKING / "facilities.csv", as_of=AS_OF)


def _project(outputs, name):
    f = outputs.facilities
    return f[f["project"] == name].iloc[0]


def test_one_row_per_project_with_the_latest_report(tracked):
    f = tracked.facilities
    assert sorted(f["project"]) == ["c-2025", "f-2025", "proj-a", "proj-b", "proj-d", "proj-e"]
    assert len(tracked.reports) == 11
    a = _project(tracked, "proj-a")
    assert (a["id"], a["status"], a["status_as_of"], a["first_published"], a["reports"]) == (
        "a-2026",
        "construction",
        "2026-05-20",
        "2024-03-01",
        3,
    )
    # The latest report is the most precise: the marker stands where it says.
    assert (a["precision"], a["place_name"]) == ("microdistrict", "микрорайон Жетысу-3")


def test_fields_the_latest_report_leaves_unsaid_come_from_the_latest_that_states_them(tracked):
    a = _project(tracked, "proj-a")
    assert (a["cost_kzt"], a["due"], a["due_year"], a["progress_pct"]) == (13.2e9, "2026", 2026, 70)
    assert a["carried"] == "name_en@a-2024; work@a-2024; cost_kzt@a-2025; due@a-2025"
    assert a["kind"] == "hospital"  # the latest report names no kind
    b = _project(tracked, "proj-b")
    # A completed report states no progress: the 60 % of an older one is not carried.
    assert b["status"] == "completed" and b["progress_pct"] != b["progress_pct"]
    assert (b["funding_kzt"], b["qualifiers"]) == (1e9, "funding_kzt=over")


def test_history_is_newest_first_and_marks_what_changed(tracked):
    history = _project(tracked, "proj-a")["history"]
    assert [h["id"] for h in history] == ["a-2026", "a-2025", "a-2024"]
    assert history[2]["changed"] == {}
    assert history[1]["changed"] == {
        "status": "planned",
        "due": "IV квартал 2025",
        "cost_kzt": 11.5e9,
        "place": "Алматы",
    }
    assert history[0]["changed"] == {"progress_pct": 40.0, "place": "Ауэзовский район, Алматы"}
    # A project of one report keeps no separate history: its row is its report.
    assert _project(tracked, "c-2025")["history"] is None


def test_an_undated_report_sorts_before_the_dated_ones(tracked):
    d = _project(tracked, "proj-d")
    assert (d["id"], d["status"], d["first_published"], d["status_as_of"]) == ("d-2024", "design", "", "2024-09-01")
    assert [h["id"] for h in d["history"]] == ["d-2024", "d-undated"]
    assert d["history"][1]["report_date"] == ""


@pytest.mark.parametrize(
    ("as_of", "passed"),
    [
        pytest.param("2025-03-31", [], id="on-the-last-day-of-march-nothing-has-passed"),
        pytest.param("2025-04-01", ["c-2025"], id="the-day-after"),
        pytest.param("2026-12-01", ["c-2025", "proj-d", "proj-e"], id="map-date"),
        # The 2026 promise of proj-a passes with the year; completed and cancelled projects never count.
        pytest.param("2027-01-01", ["c-2025", "proj-a", "proj-d", "proj-e"], id="next-year"),
    ],
)
def test_deadline_passed_per_the_latest_source(as_of, passed):
    outputs = make(TRACKING / "facilities.csv", as_of=datetime.date.fromisoformat(as_of))
    f = outputs.facilities
    assert sorted(f.loc[f["deadline_passed"], "project"]) == passed


def test_summary_counts_projects_reports_and_passed_deadlines(tracked):
    lines = tracked.summary().splitlines()
    assert lines[0] == "6 projects from 11 reports: 1 design, 2 construction, 1 suspended, 1 completed, 1 cancelled"
    assert lines[1] == "  3 projects past the date promised by the latest source (as of 2026-12-01)"


def test_geojson_has_one_feature_per_project_with_its_history(tracked):
    data = json.loads(b"".join(tracked.geojson()))
    features = {f["properties"]["project"]: f["properties"] for f in data["features"]}
    assert len(data["features"]) == 6
    a = features["proj-a"]
    assert (a["reports"], a["first_published"], a["status_as_of"], a["deadline_passed"]) == (
        3,
        "2024-03-01",
        "2026-05-20",
        False,
    )
    assert [h["id"] for h in a["history"]] == ["a-2026", "a-2025", "a-2024"]
    assert features["c-2025"]["deadline_passed"] is True
    one = features["c-2025"]["history"]
    assert len(one) == 1 and one[0]["id"] == "c-2025" and one[0]["report_date"] == "2025-01-10"
    assert one[0]["changed"] == {} and one[0]["due"] == "март 2025"


def test_a_file_without_project_keeps_one_project_per_row(seed_outputs):
    f = seed_outputs.facilities
    assert len(f) == len(seed_outputs.reports) == 36
    assert (f["project"] == f["id"]).all() and (f["reports"] == 1).all()


def test_as_of_on_the_command_line(tmp_path):
    done = run_cli(
        "--data", str(TRACKING / "facilities.csv"), "--out", str(tmp_path / "m.html"), "--as-of", "2027-01-01"
    )
    assert done.returncode == 0, done.stderr
    assert "4 projects past the date promised by the latest source (as of 2027-01-01)" in done.stdout
    data = json.loads((tmp_path / "facilities.geojson").read_text(encoding="utf-8"))
    assert sum(f["properties"]["deadline_passed"] for f in data["features"]) == 4


@pytest.mark.parametrize("value", ["2026-13-01", "01.12.2026", "yesterday", ""])
def test_a_bad_as_of_is_refused(tmp_path, value):
    done = run_cli("--out", str(tmp_path / "m.html"), "--as-of", value)
    assert done.returncode == 2
    assert done.stderr == f"error: --as-of {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-06-30\n"
    assert not (tmp_path / "m.html").exists()


HEADER = "id,project,name,kind,status,place,lat,lon,source,source_url,published"


def _problems(tmp_path, rows: list[str]) -> list[str]:
    path = tmp_path / "x.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    try:
        make(path, as_of=AS_OF)
    except RecordsError as e:
        return [str(p).replace(str(path), "x.csv") for p in e.problems]
    return []


FIX = (
    "a later report may refine the place, never widen or move it: write the place as that row does or more "
    "precisely inside it, or give this row another project"
)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,Балхаш,,,s,https://e.kz,2024",
                "a2,p,Больница,,construction,Балхаш,,,s,https://e.kz,2025",
            ],
            [],
            id="a-report-naming-no-kind-agrees",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,Алматы,,,s,https://e.kz,2024",
                "a2,p,Больница,hospital,construction,«Ауэзовский район, Алматы»,,,s,https://e.kz,2025",
            ],
            [],
            id="a-later-report-refines-the-place",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,Балхаш,,,s,https://e.kz,2024",
                "a2,p,Больница,polyclinic,planned,Балхаш,,,s,https://e.kz,2025",
            ],
            [
                "x.csv:3: kind: project 'p' is 'polyclinic' here but 'hospital' on line 2 — reports of one project "
                "name the same kind: correct one of them, or give this row another project"
            ],
            id="kinds-disagree",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,«Ауэзовский район, Алматы»,,,s,https://e.kz,2024",
                "a2,p,Больница,hospital,construction,Алматы,,,s,https://e.kz,2025",
            ],
            [
                "x.csv:3: place: project 'p': «Алматы» (city) is less precise than on line 2 "
                f"(«Ауэзовский район, Алматы», district) — {FIX}"
            ],
            id="a-later-report-widens-the-place",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,Балхаш,,,s,https://e.kz,2024",
                "a2,p,Больница,hospital,planned,Караганда,,,s,https://e.kz,2025",
            ],
            [
                "x.csv:3: place: project 'p': «Караганда» (city) is another place than on line 2 "
                f"(«Балхаш», city) — {FIX}"
            ],
            id="another-town",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,Алматы,,,s,https://e.kz,2024",
                "a2,p,Больница,hospital,planned,«мкр. Жетысу-3, Ауэзовский район, Алматы»,,,s,https://e.kz,2025",
                "a3,p,Больница,hospital,planned,Шымкент,,,s,https://e.kz,2026",
            ],
            [
                "x.csv:4: place: project 'p': «Шымкент» (city) is less precise than on line 3 "
                f"(«мкр. Жетысу-3, Ауэзовский район, Алматы», microdistrict) — {FIX}"
            ],
            id="compared-with-the-most-precise-so-far",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,Алматы,,,s,https://e.kz,2024",
                "a2,p,Больница,hospital,planned,«Хан Шатыр, Астана»,,,s,https://e.kz,2025",
            ],
            [
                "x.csv:3: place: project 'p': «Хан Шатыр, Астана» (landmark) is 969 km from, outside the place of "
                f"line 2 («Алматы», city) — {FIX}"
            ],
            id="a-precise-place-outside-the-town-first-named",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,«Карагандинская область»,,,s,https://e.kz,2024",
                "a2,p,Больница,hospital,planned,Балхаш,,,s,https://e.kz,2025",
                "a3,q,Больница,hospital,planned,«Карагандинская область»,,,s,https://e.kz,2024",
                "a4,q,Больница,hospital,planned,Шымкент,,,s,https://e.kz,2025",
            ],
            [
                "x.csv:5: place: project 'q': «Шымкент» (city) is in another region than "
                f"line 4 («Карагандинская область», region) — {FIX}"
            ],
            id="a-town-outside-the-region-first-named",
        ),
        pytest.param(
            [
                "a1,p,Больница,hospital,planned,Балхаш,46.85,74.98,s,https://e.kz,2025",
                "a2,p,Больница,hospital,planned,Балхаш,,,s,https://e.kz,2024",
            ],
            [],
            id="exact-coordinates-later-refine-an-older-town",
        ),
    ],
)
def test_reports_of_one_project_must_agree(tmp_path, rows, expected):
    rows = [r.replace("«", '"').replace("»", '"') for r in rows]
    assert _problems(tmp_path, rows) == expected


def test_old_file_in_a_folder_of_its_own_still_builds(tmp_path):
    # A records file of the first version (no project, no funding_for) builds unchanged.
    shutil.copy(TRACKING / "sources.csv", tmp_path / "sources.csv")
    (tmp_path / "r.csv").write_text(
        "id,name,kind,status,place,source,source_url\nx1,Больница,hospital,planned,Балхаш,example-1.txt,https://e.kz\n",
        encoding="utf-8",
    )
    outputs = make(tmp_path / "r.csv", as_of=AS_OF)
    assert list(outputs.facilities["project"]) == ["x1"]


def test_the_readme_example_does_what_the_readme_says(tmp_path):
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("```csv\n", 1)[1].split("```", 1)[0]
    (tmp_path / "r.csv").write_text(block, encoding="utf-8")
    outputs = make(tmp_path / "r.csv", as_of=datetime.date(2027, 1, 1))
    (row,) = outputs.facilities.itertuples()
    assert (row.status, row.status_as_of, row.place_name, row.progress_pct) == (
        "construction",
        "2026-05-20",
        "микрорайон Жетысу-3",
        70,
    )
    assert (row.cost_kzt, row.due, row.carried) == (13.2e9, "2026", "cost_kzt@h-2025; due@h-2025")
    assert row.deadline_passed
    assert row.history[1]["changed"] == {
        "status": "planned",
        "due": "IV квартал 2025",
        "cost_kzt": 11.5e9,
        "place": "Алматы",
    }
