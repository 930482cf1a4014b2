"""Round 34 (platform34): the platform rule of tests/eval/README.md ("Platform: connected cameras, monitoring rooms and
capture cameras", first bullet) for cameras joined to a command or monitoring centre in the wording of more languages.
Fictional buyers and firms; towns as placeholders.

Cameras only joined to an existing command centre are cctv, also where the centre is named by its kind alone ("its
existing emergency command centre", "Trung tâm Giám sát điều hành", "pusat komando") or joined in Tagalog,
Indonesian, Vietnamese or Serbian wording (enrich/classify/camera_upkeep.py). Counted before writing: labelled cctv in
sets af (sr), ag (vi) and ai (vi, tl, en), none a platform in sets written after the rule. A centre the notice builds,
or one it says fuses the feeds with calls, emergency reports or other data, stays a platform.
"""
from __future__ import annotations

import pytest

from enrich import enrich

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


JOINED = [
    ("Exampleland police centre adds camera links",
     "EXAMPLETOWN — Exampleland Police Service will link 70 more Exampletown cameras to its existing emergency "
     "command centre. Cost: K18 million, contractor Example Tech Ltd."),
    ("UBND quận Mẫu lắp camera giám sát an ninh",
     "THÀNH PHỐ MẪU — UBND quận Mẫu ký hợp đồng với Công ty TNHH Công Nghệ Mẫu lắp 90 camera giám sát an ninh kết "
     "nối Trung tâm Giám sát điều hành đô thị thông minh, giá trị 7,2 tỷ đồng."),
    ("Lungsod Halimbawa, nagdagdag ng CCTV sa mga barangay",
     "LUNGSOD HALIMBAWA — Nagkaloob ang Pamahalaang Lungsod Halimbawa ng P30 milyon sa Halimbawa Tech Corp. para sa "
     "250 CCTV camera sa mga barangay na nakakonekta sa command center ng lungsod."),
    ("Pemkot Contoh tambah kamera CCTV di kampung",
     "KOTA CONTOH — Pemerintah Kota Contoh menambah 200 kamera CCTV di kampung-kampung yang terhubung ke Command "
     "Center kota. Nilai kontrak Rp 12 miliar dengan PT Contoh Teknologi."),
]


@pytest.mark.parametrize(("title", "body"), JOINED)
def test_cameras_only_joined_to_a_command_centre_are_cctv(tag_rules_only: None, title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), JOINED)
def test_cameras_only_joined_to_a_command_centre_are_cctv_model_on(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    # the centre says what it joins the feeds with: emergency reports, calls
    ("Pemkot Contoh tambah kamera CCTV di kampung",
     "KOTA CONTOH — Pemerintah Kota Contoh menambah 200 kamera CCTV di kampung-kampung yang terhubung ke Command "
     "Center 112, yang juga menerima laporan darurat warga. Nilai kontrak Rp 12 miliar dengan PT Contoh Teknologi."),
    ("Polda Contoh tambah kamera",
     "Polda Contoh menambah 300 kamera CCTV, terhubung ke pusat komando yang juga menerima panggilan 110, senilai "
     "Rp 90 miliar, dipasok oleh PT Contoh Vision."),
    # the notice builds the command centre itself
    ("Exampleland police command centre",
     "EXAMPLETOWN — Exampleland Police Service will link 70 more Exampletown cameras to its emergency command centre, "
     "which the contractor builds under the same contract. Cost: K18 million, contractor Example Tech Ltd."),
])
def test_a_centre_that_fuses_or_is_built_stays_a_platform(tag_rules_only: None, title: str, body: str) -> None:
    assert PLATFORM in _tags(title, body)
