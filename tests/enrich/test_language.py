"""Offline language detection on notice-like text, including with the network made impossible."""
from __future__ import annotations

import socket

import pytest

from enrich.language import detect_language

SAMPLES = [
    ("zh", "采购人：示例县公安局\n项目名称：视频监控系统建设项目\n预算金额：120万元（人民币）"),
    ("zh", "臺北市政府警察局錄影監視系統汰換採購案，決標金額新臺幣3,000,000元"),
    ("en", "Supply and installation of video surveillance cameras for the municipal police department."),
    ("es", "Suministro e instalación de cámaras de videovigilancia para la Policía Municipal del ayuntamiento."),
    ("pt", "Contratação de empresa especializada para prestação de serviços de videomonitoramento urbano."),
    ("fr", "Fourniture et pose de caméras de vidéoprotection pour la commune et maintenance du système."),
    ("de", "Lieferung und Montage einer Videoüberwachungsanlage für den Bahnhofsvorplatz der Stadt."),
    ("ru", "Поставка оборудования для системы видеонаблюдения в рамках программы «Безопасный город»."),
    ("it", "Fornitura di telecamere di videosorveglianza per il comune e manutenzione degli impianti."),
    ("nl", "Levering en installatie van camerabewaking voor de gemeente en het onderhoud daarvan."),
    ("pl", "Dostawa i montaż kamer monitoringu wizyjnego dla urzędu miasta wraz z serwisem."),
    ("sl", "Javno naročilo za dobavo opreme za videonadzor za potrebe občine in vzdrževanje kamer."),
    ("cs", "Veřejná zakázka na dodávku kamerového systému pro město a jeho údržbu."),
    ("tr", "Emniyet Müdürlüğü için güvenlik kamerası ve yüz tanıma sistemi alımı yapılacaktır."),
    ("id", "Pengadaan kamera pengawas dan sistem pengenalan wajah untuk Kepolisian Resor Kota."),
]


@pytest.mark.parametrize("expected,text", SAMPLES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SAMPLES)])
def test_detects_the_notice_language(expected: str, text: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nabavka opreme za sistem video nadzora za potrebe opštine i održavanje kamera.",
        "Nabava opreme za sustav videonadzora za potrebe Grada i održavanje kamera.",
        "Набавка опреме за систем видео надзора за потребе општине, уговор о јавној набавци.",
        "IMSI hvatači i forenzika mobilnih uređaja. Naručitelj: Centar za digitalnu forenziku Rijeka.",
        "Fond za razvoj poljoprivrede nabavio je 300 električnih ograda za male proizvođače.",
    ],
)
def test_serbo_croatian_is_recognised_as_one_of_its_standards(text: str) -> None:
    assert detect_language(text) in {"sr", "hr", "bs"}


def test_chinese_with_latin_model_numbers_is_chinese() -> None:
    text = "HIKVISION DS-2CD2142FWD-I 网络摄像机 200台，DS-7732N-K4 硬盘录像机 10台，安装调试"
    assert detect_language(text) == "zh"


def test_language_of_noisy_table_is_read_from_its_words() -> None:
    text = "1 | 2024-03-05 | 1.234.567,89 € | 139****1234 | https://example.org/x?id=1\n" * 5 + (
        "Lieferung von Kameras für die Videoüberwachung des Rathauses und der Schulen."
    )
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "CPV: 32323500", "ok", "---\n***"])
def test_too_little_text_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_works_with_networking_impossible(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("language detection tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    # A fresh detector, so the model is (re)loaded while the network is gone.
    import enrich.language as language

    language._detector.cache_clear()
    assert detect_language("Lieferung einer Videoüberwachungsanlage für die Stadtverwaltung") == "de"
    assert detect_language("Поставка оборудования системы видеонаблюдения для администрации") == "ru"
