"""Done-when of issue 12 on the Kawaguchi seed, from the command line: export the review sheet, reject the
DV情報等 hop to 料金収納システム業務, add a flow the readers missed, import; both survive re-ingest and a new
version of the document. Also ``tadori documents list/remove``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from shared_data import require_shared

SEED = "004_7d76de6e77de09c8.txt"  # 川口市, 平成25年度 第2回 審議会
ADDED = {"自治体": "川口市", "提供元の課": "国民健康保険課", "提供元の業務": "国民健康保険業務", "区分": "目的外利用",
         "提供先の課": "介護保険課", "提供先の業務": "介護保険資格管理業務", "項目": "資格喪失日", "status": "added",
         "document": SEED, "note": "読み落とし"}


def tadori(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tadori", *args], capture_output=True, text=True, timeout=120)


def ok(*args: str) -> str:
    result = tadori(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def hops(store: Path, *args: str) -> list[dict]:
    return json.loads(ok("trace", *args, "--store", str(store), "--json"))["hops"]


def dv_recipients(store: Path) -> set[str]:
    return {h["recipient"]["business"] for h in hops(store, "DV情報等")}


def added_hops(store: Path) -> list[dict]:
    return [h for h in hops(store, "介護保険資格管理業務", "--upstream") if h["review"]["status"] == "added"]


@pytest.fixture
def seed() -> Path:
    return require_shared() / "seeds" / SEED


@pytest.fixture
def reviewed(tmp_path: Path, seed: Path) -> Path:
    """A store of the seed with the DV hop to 料金収納システム業務 rejected and one flow added, by sheet."""
    store = tmp_path / "tadori.db"
    ok("ingest", str(seed), "--store", str(store))
    assert "料金収納システム業務" in dv_recipients(store)
    sheet = tmp_path / "review.csv"
    assert "flows" in ok("review", "export", str(sheet), "--document", SEED, "--store", str(store))
    rows = list(csv.reader(sheet.open(encoding="utf-8-sig")))
    header = rows[0]
    at = {name: header.index(name) for name in header}
    for row in rows[1:]:
        if row[at["提供先の業務"]] == "料金収納システム業務" and "DV情報等" in row[at["項目"]]:
            row[at["status"]] = "rejected"
            row[at["note"]] = "根拠の確認が取れない"
    # The reasons column of line 60 names a flow from 国民健康保険課 the readers did not read as this one.
    line = next(n for n, text in enumerate(seed.read_text(encoding="utf-8").splitlines(), 1)
                if "国民健康保険の資格喪失日" in text)
    added = [""] * len(header)
    for name, value in {**ADDED, "line": str(line)}.items():
        added[at[name]] = value
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([*rows, added])
    out = ok("review", "import", str(sheet), "--reviewer", "佐藤", "--store", str(store))
    assert "1 add" in out and "1 reject" in out
    return store


def assert_reviewed(store: Path) -> None:
    assert "料金収納システム業務" not in dv_recipients(store)
    assert {"介護保険資格管理業務", "介護保険料賦課徴収業務"} <= dv_recipients(store)
    [hop] = added_hops(store)
    assert hop["source"]["business"] == "国民健康保険業務" and hop["items"] == ["資格喪失日"]
    assert hop["review"]["reviewer"] == "佐藤" and hop["review"]["note"] == "読み落とし"
    assert hop["provenance"]["document"] == SEED


def test_the_reviewed_trace_drops_the_rejected_hop_and_shows_the_added_one(reviewed):
    assert_reviewed(reviewed)
    city = hops(reviewed, "介護保険資格管理業務", "--upstream", "--municipality", "川口市")  # one city's graph
    assert [h["review"]["status"] for h in city].count("added") == 1
    assert "料金収納システム業務" not in {h["recipient"]["business"]
                                          for h in hops(reviewed, "DV情報等", "--municipality", "川口市")}
    table = ok("trace", "介護保険資格管理業務", "--upstream", "--store", str(reviewed))
    assert "added (佐藤)" in table and "machine" in table
    rejected = json.loads(ok("review", "list", "--rejected", "--store", str(reviewed), "--json"))
    assert [r["flow"]["recipient_business"] for r in rejected] == ["料金収納システム業務"]
    assert rejected[0]["review"]["note"] == "根拠の確認が取れない"


def test_reviews_survive_re_ingesting_the_same_document(reviewed, seed):
    assert "already in the store" in ok("ingest", str(seed), "--store", str(reviewed))
    assert_reviewed(reviewed)


def test_a_new_version_of_the_document_keeps_its_reviews(reviewed, seed, tmp_path):
    lines = seed.read_text(encoding="utf-8").splitlines()
    new = tmp_path / "v2" / SEED
    new.parent.mkdir()
    new.write_text("\n".join([*lines[:10], "（訂正）", "", *lines[10:]]) + "\n", encoding="utf-8")
    out = ok("ingest", str(new), "--store", str(reviewed))
    assert "new version" in out and "reviews re-attached: 2, could not be placed: 0" in out
    assert_reviewed(reviewed)
    [hop] = added_hops(reviewed)
    assert hop["provenance"]["line"] == next(n for n, t in enumerate(new.read_text(encoding="utf-8").splitlines(), 1)
                                             if "国民健康保険の資格喪失日" in t)
    listed = json.loads(ok("documents", "list", "--store", str(reviewed), "--json"))
    assert [(d["name"], d["current"]) for d in listed] == [(SEED, False), (SEED, True)]
    first = json.loads(ok("documents", "list", "--as-of", listed[0]["ingested_at"], "--store", str(reviewed),
                          "--json"))
    assert [d["id"] for d in first] == [listed[0]["id"]]  # the version current then
    result = tadori("documents", "list", "--as-of", "yesterday", "--store", str(reviewed))
    assert result.returncode == 2 and result.stderr.startswith("error: --as-of 'yesterday'")
    assert "0 orphaned reviews" in ok("review", "orphans", "--store", str(reviewed))


def test_a_bad_row_is_one_error_line_and_the_store_is_unchanged(reviewed, tmp_path):
    sheet = tmp_path / "bad.csv"
    ok("review", "export", str(sheet), "--store", str(reviewed))
    rows = list(csv.reader(sheet.open(encoding="utf-8-sig")))
    rows[3][rows[0].index("status")] = "confirmed"
    rows[4][rows[0].index("区分")] = "ひみつ"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    before = hashlib.sha256(reviewed.read_bytes()).hexdigest()
    result = tadori("review", "import", str(sheet), "--reviewer", "佐藤", "--store", str(reviewed))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == f"error: {sheet}:5 (column 区分): unknown 区分 'ひみつ'; use one of " \
        "purpose_outside_use, external_provision, online_connection, collection_from_others or 目的外利用, 外部提供 …"
    assert hashlib.sha256(reviewed.read_bytes()).hexdigest() == before


def test_documents_remove_deletes_the_document_and_orphans_its_reviews(reviewed):
    out = ok("documents", "remove", SEED, "--store", str(reviewed))
    assert "1 documents" in out and "2 reviews orphaned" in out
    assert json.loads(ok("documents", "list", "--store", str(reviewed), "--json")) == []
    assert "2 orphaned reviews" in ok("review", "orphans", "--store", str(reviewed))
    result = tadori("documents", "remove", SEED, "--store", str(reviewed))
    assert result.returncode == 2 and result.stderr.startswith(f"error: no document named '{SEED}'")
