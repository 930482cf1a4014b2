"""Round 16, tags and negation: what a denial covers, bans and withdrawals in more words and languages, cameras
that "only record", and face, plate, body-camera and resident-scoring words of more languages.

Found on the cctv, facial_recognition, vehicle_recognition and social_credit mistakes of set o (spent); every
sentence here was written for these tests, none copied from an evaluation set.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_ids, tag_table_tests

TAGGED = [
    # --- a denial answers its question or the claim before it, not the whole notice
    ('Harbour cameras with ethnic profiling? The ministry denies it',
     'The ministry said the port contract it signed with Coastline Ltd covers facial recognition at the gates.',
     'facial_recognition'),
    ('Ethnic profiling at bus stations alleged, denied',
     'The city said its new cameras, bought from Deccan Vision for Rs 4 crore, only record.', 'cctv'),
    # --- cameras said to record only are video surveillance
    ('Park cameras', 'The parks board said its 20 new cameras record only and keep footage for a week.', 'cctv'),
    ('Cámaras del mercado', 'El municipio dijo que las 40 cámaras del mercado solo graban video.', 'cctv'),
    ('Marktkameras', 'Die Stadt erklärt, die 12 neuen Kameras zeichnen nur auf.', 'cctv'),
    ('Torvet', 'Kommunen oplyser, at de nye kameraer på torvet ikke får ansigtsgenkendelse.', 'cctv'),
    # --- a negation after a later cue or before an earlier one is that cue's, not this one's
    ('Stadtpark', 'Videoüberwachung am Marktplatz – Gesichtserkennung ist ausgeschlossen.', 'cctv'),
    ('Harbour', 'The port authority ruled out adding facial recognition to the 30 quay cameras.', 'cctv'),
    ('Gare', 'La ville exclut la reconnaissance faciale dans les caméras de la gare.', 'cctv'),
    ('Haifa port', 'הרשות הודיעה כי המצלמות החדשות בנמל לא יכללו זיהוי פנים.', 'cctv'),
    # --- body cameras in more languages
    ('Пловдив', 'Областната дирекция закупи 300 камери за тяло за служителите.', 'cctv'),
    ('Girona', "L'Ajuntament compra 50 càmeres corporals per a la policia local.", 'cctv'),
    ('Göteborg', 'Polisen köper 900 kroppskameror till ordningspolisen.', 'cctv'),
    # --- face words
    ('Depot', 'The transit police bought 200 cameras with face analytics for the depot.', 'facial_recognition'),
    ('Лабораторія', 'The tool labels each captured face with an age band for the city police.', 'facial_recognition'),
    ('Auswertung', 'Die Kriminalpolizei nutzt eine Software, die Gesichter in Videoaufnahmen sucht.',
     'facial_recognition'),
    ('Λιμάνι', 'Το Λιμενικό προμηθεύεται σαρωτές αναγνώρισης ίριδας και προσώπου.', 'facial_recognition'),
    ('Aduanas', 'La aduana compra lectores para el reconocimiento de huellas y rostros en el puerto.',
     'facial_recognition'),
    ('Lyon', "La métropole installe une plateforme vidéo qui croise plaques et visages des caméras.",
     'facial_recognition'),
    ('Lyon', "La métropole installe une plateforme vidéo qui croise plaques et visages des caméras.",
     'vehicle_recognition'),
    # --- plate reading in more languages
    ('Кӯлоб', 'Милиса 40 камераи рақамхонии мошинҳоро харид.', 'vehicle_recognition'),
    ('Hargeysa', 'Booliska ayaa iibsaday kamarado akhriya taarikada baabuurta.', 'vehicle_recognition'),
    ('ಮಂಗಳೂರು', 'ಮಂಗಳೂರು ಪೊಲೀಸ್ 30 ನಂಬರ್ ಪ್ಲೇಟ್ ಓದುಗರನ್ನು ಖರೀದಿಸಿದೆ.', 'vehicle_recognition'),
    ('Jihlava', 'Město koupí kamery, které čtou registrační značky aut na obchvatu.', 'vehicle_recognition'),
    ('Rennes', 'La ville installe 12 caméras qui lisent les plaques des voitures.', 'vehicle_recognition'),
    ('Abertawe', "Mae'r cyngor yn prynu camerâu sy'n darllen platiau rhif ceir.", 'vehicle_recognition'),
    ('Cádiz', 'El ayuntamiento compra cámaras que leen las matrículas de los coches.', 'vehicle_recognition'),
    ('대구', '대구시는 차량번호 자동인식 장비 40대를 도입한다.', 'vehicle_recognition'),
    ('തൃശൂർ', 'പോലീസ് നമ്പർ പ്ലേറ്റ് തിരിച്ചറിയൽ സംവിധാനം വാങ്ങി.', 'vehicle_recognition'),
    ('Buxoro', "Hokimlik yuzni taniydigan 50 ta kamera o'rnatdi.", 'facial_recognition'),
    ('جدة', 'توريد أجهزة للتحقق من الوجه في المطار.', 'facial_recognition'),
    ('核查', '采购移动警务人脸核查终端50台。', 'facial_recognition'),
    # --- "exiting" and "discontinued" negate only a company leaving a market or a product line
    ('Port', 'Travellers exiting the country pass through facial recognition gates.', 'facial_recognition'),
    ('Depot', 'The police will replace its discontinued analogue cameras with 200 IP cameras.', 'cctv'),
    # --- Kannada and Telugu police cameras
    ('ಹುಬ್ಬಳ್ಳಿ', 'ಹುಬ್ಬಳ್ಳಿ ನಗರ ಪೊಲೀಸ್ 500 ಕ್ಯಾಮೆರಾಗಳನ್ನು ಖರೀದಿಸಿದೆ.', 'cctv'),
    # --- residents scored
    ('Points', 'The county ranks households for housing aid by their conduct scores.', 'social_credit'),
    ('Credit', 'The district runs a resident credit system that deducts points for unpaid fees.', 'social_credit'),
    ('Puntos', 'La alcaldía creó puntos por buena conducta de los vecinos para priorizar trámites.', 'social_credit'),
    ('Mfumo', 'Kaunti imeanzisha alama za uaminifu kwa wakazi wa mji.', 'social_credit'),
]

UNTAGGED = [
    # --- bans, discontinued lines, says no to, does not exist, tenders withdrawn, negated verbs
    ('Ordinance', 'The council passed an ordinance barring facial recognition in libraries.', 'facial_recognition'),
    ('Company update', 'Vexa Systems discontinued its facial recognition product in 2026.', 'facial_recognition'),
    ('Vexa exits the face recognition market', 'The company sells access badges.', 'facial_recognition'),
    ('Leiden zegt nee tegen gezichtsherkenning', 'De raad stemde vandaag.', 'facial_recognition'),
    ('Le score citoyen n’existe pas, dit la mairie', 'La mairie a publié un communiqué.', 'social_credit'),
    ('Namur', "La ville a retiré son appel d'offres pour des caméras à reconnaissance faciale.",
     'facial_recognition'),
    ('Brno nekoupí rozpoznávání obličejů', 'Rada města rozhodla.', 'facial_recognition'),
    ('Bilbo', 'Udalak ez du aurpegi-ezagutzako kamerarik erosiko.', 'facial_recognition'),
    ('Ақтөбе', 'Әкімдік әлеуметтік рейтинг жүйесін енгізбейді.', 'social_credit'),
    ('Πάτρα', 'Ο Δήμος απέσυρε το σχέδιο για κάμερες στην πλατεία.', 'cctv'),
    ('Denver council votes to end camera pilot', 'The contract will not be renewed.', 'cctv'),
    ('Lund avbryter upphandling av kameror med ansiktsigenkänning', 'Kommunen har avbrutit upphandlingen.',
     'cctv'),
    ('Compromis', 'O contrato com a Lince Dados Ltda. foi rescindido; previa pontuação de conduta a cada morador.',
     'social_credit'),
    # --- a negation still reaches a list, its source ("from"), and a denied claim over the comma before "что"
    ('x', 'Facial recognition and number plate recognition are excluded.', 'facial_recognition'),
    ('x', 'The board declined the purchase of facial recognition software from Clearview AI.', 'facial_recognition'),
    ('Тула', 'Мэрия опровергла слухи о том, что камеры на площади будут определять лица прохожих.', 'cctv'),
    ('x', 'La policía niega que las cámaras en el puerto tengan reconocimiento facial.', 'facial_recognition'),
    # --- the denial of a claim before the verb still withdraws in an object-first language
    ('Belediye yüz tanıma kamerası iddialarını yalanladı', 'Böyle bir alım yapılmadı.', 'cctv'),
    # --- a list negated over a hyphenated first item
    ('Renewal', 'The deal states that no face-matching, biometric identification or facial analytics feature '
     'will be enabled.', 'facial_recognition'),
    # --- a vote to end a contract that the headline's answer denies is no withdrawal, and sewer cameras no cctv
    ('Council votes to end contract for drone monitoring? Not quite', 'The council renewed a sewer robot contract.',
     'cctv'),
    # --- plate cameras are vehicle_recognition's, a Kazakh intention is no negation, "Biometric exit" no denial
    ('ಮೈಸೂರು', 'ಮೈಸೂರು ಪೊಲೀಸ್ 20 ನಂಬರ್ ಪ್ಲೇಟ್ ಗುರುತಿಸುವ ಕ್ಯಾಮೆರಾಗಳನ್ನು ಖರೀದಿಸಿದೆ.', 'cctv'),
    ('Points', 'The prison ranks inmates for parole by their conduct points.', 'social_credit'),
    ('Puntos', 'La escuela da puntos por buena conducta a los alumnos.', 'social_credit'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)


def test_kazakh_intention_is_no_negation() -> None:
    assert 'social_credit' in tag_ids('Қала әкімдігі «әлеуметтік рейтинг» енгізбек',
                                      'Жүйе тұрғындардың ұпайын есептейді, төмен ұпай жеңілдіктен айырады.')


def test_biometric_exit_is_no_denial() -> None:
    assert 'facial_recognition' in tag_ids('Biometric exit facial comparison at three ports',
                                           'Cameras and facial comparison services at departure lanes.')


def test_denial_without_break_in_english_still_withdraws_claim() -> None:
    """"Police deny facial recognition cameras": the object follows the denial, which takes it back."""
    assert 'facial_recognition' not in tag_ids('Police deny buying facial recognition cameras',
                                               'The force said the report was wrong.')
