"""Round 19, the notice-level decision: negations the engine did not read - a body that decides against or refuses a
purchase (Arabic رفض, Estonian loobus, Italian rinunciare, Serbian povući), a case withdrawn (撤回, 撤案), "did not
buy" after its object (Persian خریداری نکرد, Bengali কেনেনি, French "ne sont pas achetées", Yoruba kò ra), an agenda
item and its outcome after a dash, an item taken off the agenda, a proposal withdrawn or not proceeding, a report that
asks for nothing, a headline labelled by its withdrawal ("审计报告：…") and an existing system that keeps its
specification. And the reverse: a headline that denies "cameras with X" or a brand, or withdraws a contract for the
analytics, leaves a priced purchase of plain cameras in the body tagged; "ni" is no negation in Yoruba or Swahili.

Found on the negated and wrongly untagged notices of set t (spent); every sentence here was written for these tests
(fictional towns' bodies and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import tag_table_tests

UNTAGGED = [
    # --- a body that decides against, refuses, gives up or withdraws the purchase
    ('Port Ellery: police decline Ardent cloud cameras',
     'The Port Ellery Police said it has decided against buying Ardent cloud cameras; the old system stays.', 'cctv'),
    ('الزرقاء: البلدية ترفض كاميرات المراقبة', 'رفضت البلدية عرض تركيب كاميرات مراقبة جديدة؛ لن يتم التعاقد.', 'cctv'),
    ('Pärnu: linn loobus numbrituvastuskaameratest', 'Pärnu linnavalitsus loobus numbrituvastuskaamerate rendist; '
     'hange tühistati.', 'vehicle_recognition'),
    ('Pavia: il Comune rinuncia alle telecamere', 'Il Comune ha rinunciato al lotto di telecamere di '
     'videosorveglianza del mercato.', 'cctv'),
    ('Kragujevac: grad neće kupiti kamere', 'Gradsko veće povuklo je predlog za nabavku kamera za video nadzor; '
     'nabavka je obustavljena.', 'cctv'),
    ('某市公安局人脸识别门禁系统采购案撤案', '经研究，市公安局决定撤回该采购案，不再办理。', 'facial_recognition'),
    # --- "did not buy" after its object, none bought
    ('شیراز: شهرداری دوربین‌های تشخیص چهره را خریداری نکرد', 'هیچ قراردادی برای دوربین‌های تشخیص چهره منعقد نشده است.',
     'facial_recognition'),
    ('রাজশাহী: সিটি কর্পোরেশন জাতিগত পরিচয় শনাক্তকরণ ব্যবস্থা কেনেনি',
     'রাজশাহী সিটি কর্পোরেশন জানিয়েছে, এমন কোনো ব্যবস্থা কেনা হয়নি।', 'ethnicity_analytics'),
    ('Jacmel : les caméras de la mairie ne sont pas achetées',
     "La mairie de Jacmel précise qu'aucun équipement n'a été acheté.", 'cctv'),
    ('Ìjọba Ìpínlẹ̀ Èkìtì kò ra kámẹ́rà CCTV', 'Ìjọba sọ pé kò sí àdéhùn kankan fún kámẹ́rà CCTV.', 'cctv'),
    # --- minutes: an item and its outcome, an item taken off the agenda, a proposal that does not proceed
    ('Niederschrift der Sitzung des Rates der Stadt Lindau',
     'TOP 2: Haushalt; TOP 3: Antrag auf Anschaffung von Videoüberwachungskameras für den Bahnhofsplatz - abgelehnt '
     '(Beschluss: keine Beschaffung); TOP 4: Spielplatz.', 'cctv'),
    ('Полтавська міська рада: протокол засідання',
     'Питання 4: закупівля камер відеоспостереження для ринку знято з розгляду; закупівля не проводиться.', 'cctv'),
    ('Council minutes: Alder Bay item 9', 'Item 9 - proposal to extend the CCTV network to the marina. Resolved that '
     'the proposal not proceed.', 'cctv'),
    ('Kingstown: no facial recognition on harbour cameras', 'The port authority said it will not add facial '
     'recognition to the harbour cameras; the proposal was withdrawn.', 'cctv'),
    # --- a report that buys nothing
    ('Borough council: public CCTV review', 'Report of the Director on the town centre CCTV review. The report '
     'recommends no new purchases.', 'cctv'),
    ('Item 12: Redwood County Board of Supervisors', 'Accept the annual surveillance technology report on license '
     'plate readers and drones.', 'vehicle_recognition'),
    ('审计报告：某市公安局视频监控项目资金使用情况', '审计发现部分项目存在超预算问题。', 'cctv'),
    ('Harbour City: police training course on CCTV data protection', 'The council booked a two-day training course '
     'on data protection for 25 officers who review CCTV footage, at a cost of £3,000.', 'cctv'),
    ('Tromsø rejects Nordlys face search', 'The police rejected the Nordlys face search offer.',
     'facial_recognition'),
    # --- a rumour denied, the existing system unchanged
    ('某区公安分局：未购置步态识别摄像机', '网传消息不实，本局现有视频监控系统维持原规格。', 'cctv'),
    # --- plain cameras in a denial that prices no purchase stay untagged
    ('Interior niega que las cámaras de Lleida reconozcan caras',
     'Según Interior, se trata de cámaras de videovigilancia convencionales que no identifican a nadie.', 'cctv'),
]

TAGGED = [
    # --- the headline denies the analytics the cameras carry, or a brand; the body prices plain cameras
    ('Almería descarta cámaras de reconocimiento facial', 'El Ayuntamiento excluye el reconocimiento facial del '
     'contrato; se instalan 40 cámaras convencionales adjudicadas a Alborán Seguridad por 300.000 euros.', 'cctv'),
    ('Тула: УВД отказалось от закупки камер с распознаванием лиц', 'УВД исключило модуль распознавания лиц; '
     'закупаются только камеры видеонаблюдения у ООО «Ока Видео» на 2,1 млн рублей.', 'cctv'),
    ('Curitiba suspende contrato de reconhecimento facial', 'A prefeitura suspendeu o contrato de R$ 9 milhões; '
     'as 200 câmeras comuns de videomonitoramento seguem em operação.', 'cctv'),
    ('Municipalidad de Arequipa no comprará cámaras Dahua', 'La municipalidad adjudicó a Misti Tech S.A.C. la compra '
     'de 60 cámaras de videovigilancia por S/ 2,3 millones.', 'cctv'),
    # --- the Greek semicolon ends the negated clause
    ('Πάτρα: Η αστυνομία δεν θα χρησιμοποιήσει αναγνώριση προσώπου', 'Το νέο σύστημα δεν διαθέτει λειτουργία '
     'αναγνώρισης προσώπου· οι 80 κάμερες κόστισαν 900.000 ευρώ.', 'cctv'),
    # --- the new words must not reach a purchase
    ('Crime decline after CCTV rollout in Eastfield', 'Eastfield council bought 60 CCTV cameras last year.', 'cctv'),
    ('Item 14: use policy for license plate readers', 'The council adopted the use policy for the police license '
     'plate readers; no new purchase is requested.', 'vehicle_recognition'),
    ('Surveillance technology use policy: Kelso drone pilot', 'Item 7: Receive the Surveillance Impact Report of the '
     'Kelso Police for a six-month pilot of two camera drones. Estimated cost $90,000.', 'cctv'),
    ('Tromsø: Nordlys face search rejected, local engine chosen', 'The police chose a face-search engine from Fjord AI '
     'AS for NOK 12 million after the Nordlys bid failed the technical evaluation.', 'facial_recognition'),
    ('Annual report: Westford buys 30 CCTV cameras', 'Westford council bought 30 CCTV cameras for the station.',
     'cctv'),
    ('Council minutes: Alder Bay item 9', 'Item 9 - contract for 20 CCTV cameras at the marina. Resolved that the '
     'contract be awarded to Baywatch Systems.', 'cctv'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)


#: "ni" is "at" (Yoruba ní, read as Irish by the language detector) or "is" (Swahili): no negation there. The language
#: is the engine's own detection, so these go through `enrich.enrich`.
NI_IS_NO_NEGATION = [
    ('Ìjọba Ìpínlẹ̀ Ọ̀ṣun ra kámẹ́rà', 'Ìjọba ti fún Òṣogbo Tech Ltd ní àdéhùn láti gbé kámẹ́rà CCTV 100 sí ìlú Òṣogbo.',
     'cctv'),
    ('Kaunti ya Mombasa yanunua kamera za CCTV', 'Mnunuzi ni Kaunti ya Mombasa; kamera za CCTV 120 zitawekwa mjini.',
     'cctv'),
]


@pytest.mark.parametrize(("title", "body", "tid"), NI_IS_NO_NEGATION)
def test_ni_is_no_negation_where_it_means_at_or_is(title: str, body: str, tid: str, tag_rules_only: None) -> None:
    # the rules alone: this is a test of the negation rule (the model retrained with set ak vetoes the Yoruba notice's
    # tags, none 0.991 vs 0.990; a model's veto is judged by bench.eval, not pinned here)
    assert tid in {tag.taxonomy_id for tag in enrich.enrich(title, body).tags}


def test_irish_ni_before_a_lenited_verb_still_negates() -> None:
    """Irish "ní" + a lenited verb ("ní cheannófar", will not be bought) negates, though bare "ni" does not in Irish."""
    title, body = ('Comhairle Contae Mhaigh Eo: ní cheannófar ceamaraí CCTV',
                   'Dúirt an chomhairle go bhfuil an plean ar ceal; ní cheannófar ceamaraí CCTV don chearnóg.')
    result = enrich.enrich(title, body)
    assert result.language == "ga"
    assert "cctv" not in {tag.taxonomy_id for tag in result.tags}
