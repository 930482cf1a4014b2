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
    # round 43: Command Center 112 "yang juga menerima laporan darurat" is cctv (README 13:17 (1)): moved to round 43
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


# Recognition whose hits go to a centre that also holds or receives other data or calls fuses them (the rule's third
# bullet: "plate or face hits, police or population databases"); enrich/classify/one_kind.py. Labelled a platform in 13
# notices of 9 sets, none otherwise.
HITS_TO_A_CENTRE_WITH_DATA = [
    ("Border agency cameras estimate nationality",
     "EXAMPLETOWN — The Exampleland Border Guard installed 60 cameras at the river crossing with analytics that "
     "estimate nationality and ethnic group from faces, sending hits to the border command centre that also holds "
     "passport data, EXD 20 million, from Example Tech LLC."),
    ("Governo de Exemplo amplia reconhecimento facial",
     "CIDADE EXEMPLO — A Secretaria da Segurança Pública de Exemplo vai ampliar o reconhecimento facial para mais 400 "
     "câmeras, que enviam alertas ao Centro de Operações e Inteligência, onde também chegam chamadas 190 e dados de "
     "mandados; R$ 60 milhões."),
]


@pytest.mark.parametrize(("title", "body"), HITS_TO_A_CENTRE_WITH_DATA)
def test_hits_sent_to_a_centre_that_also_holds_data_are_a_platform(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "facial_recognition" in tags or "ethnicity_analytics" in tags
    assert PLATFORM in tags


def test_hits_only_sent_to_a_control_centre_stay_one_kind() -> None:
    tags = _tags("Exampleland: ANPR network extended",
                 "EXAMPLETOWN — The Exampleland Constabulary will extend its ANPR network to Example Bay under a "
                 "EX$300 million contract with Example Systems Ltd, with hits sent to the city control centre.")
    assert "vehicle_recognition" in tags
    assert PLATFORM not in tags


# A video platform that integrates the cameras with plate readings, calls, alarms or records fuses them (the "Video
# management platforms" bullet: "also surveillance_platform when the notice says it fuses");
# enrich/classify/video_management.py. Labelled a platform in 15 notices of 10 sets, none otherwise.
def test_a_video_platform_integrating_plates_and_calls_is_a_platform(tag_rules_only: None) -> None:
    tags = _tags("Prefeitura de Exemplo contrata nuvem para plataforma de vídeo",
                 "CIDADE EXEMPLO — A Prefeitura de Exemplo contratou a Exemplo Nuvem Ltda. para hospedar a "
                 "plataforma de videomonitoramento que integra 600 câmeras, leitura de placas e chamadas da Guarda, "
                 "por R$ 5 milhões.")
    assert {"cctv", "vehicle_recognition", PLATFORM} <= tags


def test_a_video_platform_only_expanded_stays_cctv(tag_rules_only: None) -> None:
    tags = _tags("Prefeitura de Exemplo amplia plataforma de vídeo",
                 "A Prefeitura de Exemplo contratou a Exemplo Sistemas Ltda. para ampliar a plataforma de "
                 "videomonitoramento com mais 200 câmeras, por R$ 3 milhões.")
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_cameras_joined_to_a_911_centre_in_tagalog_are_no_platform(tag_rules_only: None) -> None:
    # round 15 read this as a platform (the older convention); cameras only joined to an existing centre are cctv
    tags = _tags("Central 911", "Bumili ang lungsod ng 200 CCTV camera na nakakonekta sa Central 911.")
    assert "cctv" in tags
    assert PLATFORM not in tags
