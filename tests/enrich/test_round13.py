"""Round 13 of the enrichment generalisation (issue 10): words of many more languages, found by a coverage probe
(a maintainer's list of how ~80 languages write each technology, its negation, "supplied by", money and a
council's or police force's name at the head of a news lede), and software run over recorded video as a
surveillance platform. Every sentence
here was written for this file (fictional buyers and suppliers); none comes from an evaluation set."""
from __future__ import annotations

from decimal import Decimal

import pytest

import enrich
from tests.enrich.notice_helpers import first_buyer, tag_ids

# (language, wording): each is tagged with its id in a police notice
CCTV = [
    ('cs', 'kamerový dohlížecí systém'),
    ('be', 'камеры відэаназірання'),
    ('pa', 'ਸੀਸੀਟੀਵੀ ਕੈਮਰੇ'),
    ('zu', 'amakhamera okuqapha'),
    ('af', 'sekuriteitskameras'),
    ('rw', 'kamera zo kugenzura umutekano'),
    ('ka', 'სათვალთვალო კამერები'),
    ('cy', 'camerâu teledu cylch cyfyng'),
    ('gl', 'cámaras de videovixilancia'),
    ('mt', 'kameras tas-sigurtà'),
    ('ps', 'امنیتي کمرې'),
    ('ku', 'kamerayên çavdêriyê'),
    ('nl', "beveiligingscamera's"),
    ('az', 'təhlükəsizlik kameraları'),
    ('kn', 'ಕಣ್ಗಾವಲು ಕ್ಯಾಮೆರಾ'),
    ('tl', 'kamerang pangseguridad'),
    ('ko', 'CCTV 카메라'),
    ('ko', '폐쇄회로 텔레비전'),
    ('eu', 'segurtasun kamerak'),
]
FACES = [
    ('be', 'распазнаванне твараў'),
    ('ky', 'бетти таануу'),
    ('mr', 'चेहरा ओळख'),
    ('pa', 'ਚਿਹਰੇ ਦੀ ਪਛਾਣ'),
    ('kn', 'ಮುಖ ಗುರುತಿಸುವಿಕೆ'),
    ('ml', 'മുഖം തിരിച്ചറിയൽ'),
    ('si', 'මුහුණු හඳුනාගැනීම'),
    ('lo', 'ການຈົດຈຳໃບໜ້າ'),
    ('tl', 'pagkilala sa mukha'),
    ('ha', 'gane fuska'),
    ('zu', 'ukubona ubuso'),
    ('af', 'gesigherkenning'),
    ('so', 'aqoonsiga wejiga'),
    ('rw', 'kumenya isura'),
    ('is', 'andlitsgreining'),
    ('cy', 'adnabod wynebau'),
    ('eu', 'aurpegi-ezagutza'),
    ('ca', 'reconeixement facial'),
    ('gl', 'recoñecemento facial'),
    ('mt', 'rikonoxximent tal-wiċċ'),
    ('ps', 'د مخ پېژندنه'),
    ('ku', 'naskirina rûyan'),
]
PLATES = [
    ('uz', 'avtomobil raqamlarini aniqlash'),
    ('ky', 'унаа номурларын таануу'),
    ('bn', 'নম্বর প্লেট শনাক্তকরণ'),
    ('ta', 'எண் பலகை அடையாளம்'),
    ('tl', 'pagbasa ng plaka'),
    ('sw', 'utambuzi wa namba za magari'),
    ('af', 'nommerplaatherkenning'),
    ('sv', 'registreringsskyltsigenkänning'),
    ('sv', 'ANPR-kameror'),
    ('da', 'nummerpladegenkendelse'),
    ('eu', 'matrikula-irakurketa'),
]
BIOMETRICS = [
    ('pl', 'czytniki linii papilarnych'),
    ('ro', 'amprente digitale'),
    ('hu', 'ujjlenyomat-olvasó'),
    ('sk', 'odtlačky prstov'),
    ('sl', 'prstni odtisi'),
    ('sr', 'отисци прстију'),
    ('bg', 'пръстови отпечатъци'),
    ('uk', 'відбитки пальців'),
    ('tr', 'parmak izi'),
    ('tr', 'biyometrik'),
    ('az', 'barmaq izi'),
    ('fa', 'اثر انگشت'),
    ('he', 'טביעות אצבע'),
    ('hi', 'बायोमेट्रिक'),
    ('hi', 'फिंगरप्रिंट'),
    ('ta', 'கைரேகை'),
    ('th', 'ลายนิ้วมือ'),
    ('vi', 'vân tay'),
    ('vi', 'sinh trắc học'),
    ('ja', '生体認証'),
    ('ko', '지문'),
    ('ko', '생체인식'),
    ('ka', 'თითის ანაბეჭდები'),
    ('ka', 'ბიომეტრიული'),
    ('hy', 'մատնահետքեր'),
    ('lv', 'pirkstu nospiedumi'),
    ('fi', 'sormenjäljet'),
    ('sv', 'fingeravtryck'),
    ('da', 'fingeraftryk'),
    ('nb', 'fingeravtrykk'),
    ('ca', 'empremtes dactilars'),
]
PHONES = [
    ('it', 'estrazione forense dei dati dagli smartphone'),
    ('nl', 'uitlezen van mobiele telefoons'),
    ('ro', 'extragerea datelor din telefoane mobile'),
    ('tr', 'mobil cihaz adli bilişim'),
    ('tr', 'cep telefonu inceleme'),
    ('fa', 'استخراج اطلاعات تلفن همراه'),
    ('he', 'חילוץ מידע מטלפונים'),
    ('ms', 'forensik telefon bimbit'),
    ('vi', 'trích xuất dữ liệu điện thoại'),
    ('th', 'ดึงข้อมูลโทรศัพท์มือถือ'),
    ('ja', '携帯電話の解析'),
    ('sw', 'kuchukua data kutoka simu'),
    ('el', 'εξαγωγή δεδομένων από κινητά τηλέφωνα'),
    ('hu', 'mobiltelefonok adatkinyerése'),
    ('cs', 'extrakce dat z mobilních telefonů'),
    ('bg', 'извличане на данни от мобилни телефони'),
    ('kk', 'ұялы телефондардан деректер алу'),
    ('az', 'mobil telefonlardan məlumatların çıxarılması'),
    ('uz', "mobil telefonlardan ma'lumot olish"),
]
GAIT = [
    ('it', "riconoscimento dell'andatura"),
    ('nl', 'looppatroonherkenning'),
    ('ro', 'recunoașterea mersului'),
    ('uk', 'розпізнавання за ходою'),
    ('ar', 'التعرف على طريقة المشي'),
    ('fa', 'تشخیص راه رفتن'),
    ('he', 'זיהוי הליכה'),
    ('hi', 'चाल पहचान'),
    ('vi', 'nhận dạng dáng đi'),
    ('th', 'จดจำท่าเดิน'),
    ('el', 'αναγνώριση βάδισης'),
    ('hu', 'járásfelismerés'),
    ('cs', 'rozpoznávání chůze'),
    ('sv', 'gångigenkänning'),
]
ETHNICITY = [
    ('de', 'Erkennung der ethnischen Zugehörigkeit'),
    ('uk', 'визначення етнічної належності'),
    ('tr', 'etnik köken tespiti'),
    ('ar', 'التعرف على العرق'),
    ('fa', 'تشخیص قومیت'),
    ('he', 'זיהוי מוצא אתני'),
    ('hi', 'जातीयता पहचान'),
    ('ko', '인종 식별'),
    ('vi', 'nhận diện dân tộc'),
    ('id', 'identifikasi etnis'),
    ('th', 'ระบุเชื้อชาติ'),
]
PLATFORMS = [
    ('pt', 'plataforma de videoanálise'),
    ('pt', 'centro integrado de comando e controle'),
    ('ro', 'platformă de analiză video'),
    ('tr', 'video analiz platformu'),
    ('ar', 'منصة تحليل الفيديو'),
    ('ar', 'مركز القيادة والسيطرة'),
    ('fa', 'پلتفرم تحلیل ویدئو'),
    ('he', 'פלטפורמת ניתוח וידאו'),
    ('hi', 'वीडियो एनालिटिक्स प्लेटफॉर्म'),
    ('hi', 'एकीकृत कमान और नियंत्रण केंद्र'),
    ('id', 'platform analitik video'),
    ('id', 'pusat komando'),
    ('th', 'แพลตฟอร์มวิเคราะห์วิดีโอ'),
    ('ko', '영상 분석 플랫폼'),
    ('ko', '스마트 도시 통합 운영 센터'),
    ('el', 'πλατφόρμα ανάλυσης βίντεο'),
    ('hu', 'videóelemző platform'),
    ('cs', 'platforma pro analýzu videa'),
    ('uz', '«Xavfsiz shahar» platformasi'),
]
SOCIAL_CREDIT = [
    ('uk', 'система соціального кредиту'),
    ('tr', 'sosyal kredi sistemi'),
    ('ar', 'نظام الائتمان الاجتماعي'),
    ('fa', 'سیستم اعتبار اجتماعی'),
    ('hi', 'सामाजिक क्रेडिट प्रणाली'),
    ('id', 'sistem kredit sosial'),
    ('vi', 'hệ thống tín dụng xã hội'),
    ('vi', 'chấm điểm tín nhiệm công dân'),
    ('th', 'ระบบเครดิตทางสังคม'),
    ('ja', '社会信用システム'),
    ('ko', '사회신용시스템'),
    ('kk', 'әлеуметтік несие жүйесі'),
    ('uz', 'ijtimoiy kredit tizimi'),
    ('pl', 'system kredytu społecznego'),
    ('el', 'σύστημα κοινωνικής πίστωσης'),
]

BY_ID = [("cctv", CCTV, "Contract"), ("facial_recognition", FACES, "Contract"),
         ("vehicle_recognition", PLATES, "Contract"), ("other_biometrics", BIOMETRICS, "Police database"),
         ("phone_tracking", PHONES, "Police"), ("gait_recognition", GAIT, "Police"),
         ("ethnicity_analytics", ETHNICITY, "Police cameras"), ("surveillance_platform", PLATFORMS, "Police cameras"),
         ("social_credit", SOCIAL_CREDIT, "Municipal government")]


@pytest.mark.parametrize(("taxonomy_id", "language", "wording", "context"),
                         [(t, lang, w, c) for t, table, c in BY_ID for lang, w in table],
                         ids=[f"{t}-{lang}" for t, table, _ in BY_ID for lang, _ in table])
def test_each_language_names_the_technology(taxonomy_id: str, language: str, wording: str, context: str) -> None:
    assert taxonomy_id in tag_ids(wording, f"{context}: 120 {wording}.")


# "cameras without facial recognition": the face tag is withdrawn, the cameras stay
WITHOUT_FACES = [
    ('uz', 'yuzni tanish funksiyasiz kameralar'),
    ('hi', 'चेहरा पहचान के बिना कैमरे'),
    ('bn', 'মুখ শনাক্তকরণ ছাড়া ক্যামেরা'),
    ('ur', 'چہرے کی شناخت کے بغیر کیمرے'),
    ('ko', '얼굴 인식 기능이 없는 카메라'),
    ('af', 'kameras sonder gesigherkenning'),
    ('ka', 'კამერები სახის ამოცნობის გარეშე'),
    ('hy', 'տեսախցիկներ առանց դեմքի ճանաչման'),
    ('da', 'kameraer uden ansigtsgenkendelse'),
    ('ca', 'càmeres sense reconeixement facial'),
    ('gl', 'cámaras sen recoñecemento facial'),
    ('eu', 'aurpegi-ezagutzarik gabeko kamerak'),
    ('sq', 'kamera pa njohje të fytyrës'),
    ('mn', 'нүүр таних системгүй камер'),
]


def test_an_icelandic_negation_is_no_english_engine() -> None:
    text = "The RFP required the video analytics engine to search persons by clothing colour across 300 cameras."
    assert tag_ids(text, "") == {"cctv", "surveillance_platform"}


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Police licence gait software", "Investigators will run gait-matching software over recorded CCTV footage.",
     {"gait_recognition"}),
    ("Logiciel pour la police judiciaire", "Un logiciel de reconnaissance de la démarche appliqué aux "
     "enregistrements vidéo des enquêtes.", {"gait_recognition"}),
    # a vendor's filing describing what it sells buys no platform
    ("Form 20-F - Item 4.B", "We license gait recognition software to police customers. They run it over "
     "recordings of their own cameras. Revenue grew 12 %.", {"gait_recognition"}),
    ("Police Scotland contract", "Police Scotland awarded Caledonian Biometrics Ltd a contract for "
     "retrospective facial search.", {"facial_recognition"}),
])
def test_software_over_recordings_and_company_names(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


# (language, buyer, datelined lede)
LEDE_BUYERS = [
    ('en', 'Lusaka City Council',
     'LUSAKA - Lusaka City Council has awarded a contract for 200 CCTV cameras to Zambezi Systems Ltd.'),
    ('es', 'Municipalidad de Lima',
     'LIMA - La Municipalidad de Lima adjudicó a Andes Seguridad S.A.C. la '
     'instalación de 300 cámaras de videovigilancia.'),
    ('pt', 'Prefeitura de Curitiba',
     'CURITIBA - A Prefeitura de Curitiba contratou a Pinhão Sistemas Ltda. para '
     'instalar 250 câmeras de videomonitoramento.'),
    ('fr', 'Ville de Lyon',
     'LYON - La Ville de Lyon a attribué à Rhône Sécurité SAS le marché de 120 caméras de vidéoprotection.'),
    ('de', 'Stadt Köln',
     'KÖLN - Die Stadt Köln hat der Rheinland Sicherheit GmbH den Auftrag für 80 Videoüberwachungskameras erteilt.'),
    ('it', 'Comune di Napoli',
     'NAPOLI - Il Comune di Napoli ha affidato a Vesuvio Sistemi S.r.l. '
     "l'installazione di 150 telecamere di videosorveglianza."),
    ('pl', 'Urząd Miasta Krakowa',
     'KRAKÓW - Urząd Miasta Krakowa podpisał umowę z Wawel Systemy sp. z o.o. na 90 kamer monitoringu.'),
    ('cs', 'Magistrát hlavního města Prahy',
     'PRAHA - Magistrát hlavního města Prahy uzavřel smlouvu s firmou Vltava Security '
     's.r.o. na 70 kamer městského kamerového systému.'),
    ('ro', 'Primăria Municipiului Iași',
     'IAȘI - Primăria Municipiului Iași a semnat cu Moldova Tech SRL contractul '
     'pentru 110 camere de supraveghere video.'),
    ('hu', 'Debrecen Megyei Jogú Város Önkormányzata',
     'DEBRECEN - Debrecen Megyei Jogú Város Önkormányzata szerződést kötött a Hajdú '
     'Biztonság Kft.-vel 60 térfigyelő kamerára.'),
    ('bg', 'Столична община',
     'СОФИЯ - Столична община възложи на „Витоша Системи“ ЕООД доставката на 200 камери за видеонаблюдение.'),
    ('sr', 'Grad Novi Sad',
     'NOVI SAD - Grad Novi Sad potpisao je ugovor sa firmom Dunav Sistemi d.o.o. za 80 kamera za video nadzor.'),
    ('hr', 'Grad Zagreb',
     'ZAGREB - Grad Zagreb sklopio je ugovor s tvrtkom Sava Sigurnost d.o.o. za 100 kamera za videonadzor.'),
    ('sl', 'Mestna občina Ljubljana',
     'LJUBLJANA - Mestna občina Ljubljana je podpisala pogodbo s podjetjem '
     'Ljubljanica Varnost d.o.o. za 40 videonadzornih kamer.'),
    ('uk', 'Львівська міська рада',
     'ЛЬВІВ - Львівська міська рада уклала договір з ТОВ «Галич Системи» на '
     'встановлення 150 камер відеоспостереження.'),
    ('ru', 'Администрация города Казани',
     'КАЗАНЬ - Администрация города Казани заключила контракт с ООО «Волга Видео» на '
     'установку 300 камер видеонаблюдения.'),
    ('el', 'Δήμος Θεσσαλονίκης',
     'ΘΕΣΣΑΛΟΝΙΚΗ - Ο Δήμος Θεσσαλονίκης ανέθεσε στην εταιρεία Θερμαϊκός Ασφάλεια '
     'Α.Ε. την εγκατάσταση 90 καμερών παρακολούθησης.'),
    ('tr', 'Ankara Büyükşehir Belediyesi',
     'ANKARA - Ankara Büyükşehir Belediyesi, Başkent Güvenlik A.Ş. ile 400 güvenlik '
     'kamerası için sözleşme imzaladı.'),
    ('kk', 'Алматы қаласының әкімдігі',
     'АЛМАТЫ - Алматы қаласының әкімдігі «Алатау Жүйелері» ЖШС-мен 500 бейнебақылау '
     'камерасын орнатуға келісімшарт жасады.'),
    ('ar', 'أمانة عمّان الكبرى',
     'عمّان - وقعت أمانة عمّان الكبرى عقداً مع شركة البتراء للأنظمة لتركيب 300 كاميرا مراقبة.'),
    ('fa', 'شهرداری تبریز',
     'تبریز - شهرداری تبریز قرارداد نصب ۲۰۰ دوربین نظارت تصویری را با شرکت آذر امن امضا کرد.'),
    ('he', 'עיריית חיפה',
     'חיפה - עיריית חיפה חתמה על הסכם עם חברת כרמל מערכות להתקנת 120 מצלמות אבטחה.'),
    ('hi', 'लखनऊ नगर निगम',
     'लखनऊ - लखनऊ नगर निगम ने अवध सिक्योरिटी प्राइवेट लिमिटेड को 300 सीसीटीवी कैमरे लगाने का ठेका दिया है।'),
    ('bn', 'চট্টগ্রাম সিটি কর্পোরেশন',
     'চট্টগ্রাম - চট্টগ্রাম সিটি কর্পোরেশন কর্ণফুলী টেক লিমিটেডের সঙ্গে ২০০টি '
     'সিসিটিভি ক্যামেরা স্থাপনের চুক্তি করেছে।'),
    ('ur', 'لاہور پولیس',
     'لاہور - لاہور پولیس نے راوی سیکیورٹی سسٹمز کے ساتھ 500 سی سی ٹی وی کیمروں کی تنصیب کا معاہدہ کیا ہے۔'),
    ('th', 'กรุงเทพมหานคร',
     'กรุงเทพฯ - กรุงเทพมหานครได้ลงนามสัญญากับบริษัท เจ้าพระยา ซีเคียวริตี้ จำกัด ติดตั้งกล้องวงจรปิด 500 ตัว'),
    ('vi', 'Công an tỉnh Đồng Nai',
     'BIÊN HÒA - Công an tỉnh Đồng Nai đã ký hợp đồng lắp đặt 200 camera giám sát với '
     'Công ty TNHH An Ninh Đồng Nai.'),
    ('id', 'Pemerintah Kota Medan',
     'MEDAN - Pemerintah Kota Medan menandatangani kontrak pemasangan 300 kamera CCTV dengan PT Deli Teknologi.'),
    ('ms', 'Majlis Bandaraya Ipoh',
     'IPOH - Majlis Bandaraya Ipoh telah menandatangani kontrak dengan Kinta Sekuriti '
     'Sdn Bhd untuk memasang 150 kamera CCTV.'),
    ('tl', 'Pamahalaang Lungsod ng Cebu',
     'CEBU - Pumirma ang Pamahalaang Lungsod ng Cebu ng kontrata sa Visayas Tech Inc. para sa 200 CCTV camera.'),
    ('ja', '大阪市',
     '大阪 - 大阪市は、浪速セキュリティ株式会社と防犯カメラ300台の設置契約を結んだ。'),
    ('ko', '부산광역시',
     '부산 - 부산광역시는 해운대보안㈜과 방범용 CCTV 400대 설치 계약을 체결했다.'),
    ('sw', 'Halmashauri ya Jiji la Arusha',
     'ARUSHA - Halmashauri ya Jiji la Arusha imesaini mkataba na kampuni ya Meru Tech kufunga kamera 100 za CCTV.'),
    ('ka', 'თბილისის მერია',
     'თბილისი - თბილისის მერიამ შპს „მტკვარი სისტემსთან“ 300 ვიდეოთვალთვალის კამერის '
     'დამონტაჟების ხელშეკრულება გააფორმა.'),
    ('hy', 'Երևանի քաղաքապետարան',
     'ԵՐԵՎԱՆ - Երևանի քաղաքապետարանը «Արարատ Համակարգեր» ՍՊԸ-ի հետ պայմանագիր է կնքել '
     '150 տեսահսկման տեսախցիկների տեղադրման համար։'),
    ('lt', 'Kauno miesto savivaldybė',
     'KAUNAS - Kauno miesto savivaldybė pasirašė sutartį su UAB „Nemuno sistemos“ dėl 80 vaizdo stebėjimo kamerų.'),
    ('lv', 'Rīgas valstspilsētas pašvaldība',
     'RĪGA - Rīgas valstspilsētas pašvaldība noslēdza līgumu ar SIA "Daugava Drošība" '
     'par 60 videonovērošanas kameru uzstādīšanu.'),
    ('et', 'Tallinna Linnavalitsus',
     'TALLINN - Tallinna Linnavalitsus sõlmis lepingu Harju Turva OÜ-ga 50 valvekaamera paigaldamiseks.'),
    ('sv', 'Malmö stad',
     'MALMÖ - Malmö stad har tecknat avtal med Öresund Säkerhet AB om 70 övervakningskameror.'),
    ('da', 'Aarhus Kommune',
     'AARHUS - Aarhus Kommune har indgået kontrakt med Jylland Sikring ApS om 30 overvågningskameraer.'),
    ('nb', 'Bergen kommune',
     'BERGEN - Bergen kommune har inngått avtale med Fjord Sikkerhet AS om 25 overvåkingskameraer.'),
    ('sq', 'Bashkia Tiranë',
     'TIRANË - Bashkia Tiranë nënshkroi kontratë me Dajti Security sh.p.k. për 150 kamera sigurie.'),
    ('mk', 'Град Скопје',
     'СКОПЈЕ - Град Скопје потпиша договор со Вардар Системи ДООЕЛ за 100 камери за видео надзор.'),
    ('uz', 'Samarqand shahar hokimligi',
     'SAMARQAND - Samarqand shahar hokimligi "Zarafshon Texno" MChJ bilan 200 ta '
     "videokuzatuv kamerasini o'rnatish bo'yicha shartnoma imzoladi."),
    ('ne', 'काठमाडौं महानगरपालिका',
     'काठमाडौं - काठमाडौं महानगरपालिकाले बागमती टेक प्रा. लि. सँग २०० सीसीटीभी क्यामेरा जडान गर्ने सम्झौता गरेको छ।'),
    ('si', 'කොළඹ මහ නගර සභාව',
     'කොළඹ - කොළඹ මහ නගර සභාව සීසීටීවී කැමරා 200ක් සවි කිරීම සඳහා ලංකා ටෙක් සමාගම සමඟ ගිවිසුමක් අත්සන් කළේය.'),
    ('km', 'សាលារាជធានីភ្នំពេញ',
     'ភ្នំពេញ - សាលារាជធានីភ្នំពេញ បានចុះកិច្ចសន្យាជាមួយក្រុមហ៊ុន មេគង្គ ស៊ីស្ទឹម ដើម្បីដំឡើងកាមេរ៉ាសុវត្ថិភាព ៣០០។'),
    ('ca', 'Ajuntament de Girona',
     "GIRONA - L'Ajuntament de Girona ha adjudicat a Onyar Seguretat SL la "
     'instal·lació de 40 càmeres de videovigilància.'),
    ('is', 'Reykjavíkurborg',
     'REYKJAVÍK - Reykjavíkurborg hefur samið við Esja Öryggi ehf. um 30 eftirlitsmyndavélar.'),
    ('ga', 'Comhairle Cathrach Chorcaí',
     'CORCAIGH - Tá conradh bronnta ag Comhairle Cathrach Chorcaí ar Laoi Slándáil Teo do 40 ceamara CCTV.'),
    ('cy', 'Cyngor Caerdydd',
     'CAERDYDD - Mae Cyngor Caerdydd wedi dyfarnu contract i Taf Diogelwch Cyf ar gyfer 50 o gamerâu CCTV.'),
    ('so', 'Dowladda Hoose ee Hargeysa',
     'HARGEYSA - Dowladda Hoose ee Hargeysa ayaa heshiis la gashay shirkadda Geed '
     'Tech si loo rakibo 100 kaamirooyinka CCTV.'),
    ('ha', 'Gwamnatin Jihar Kano',
     'KANO - Gwamnatin Jihar Kano ta sanya hannu kan kwangila da kamfanin Dala Tech don sanya kyamarorin CCTV 300.'),
]


# (language, sentence): Hikvision named as the supplier, in the words of each language
SUPPLIED_BY = [
    ('ro', 'Camerele au fost furnizate de Hikvision.'),
    ('uk', 'Камери постачає компанія Hikvision.'),
    ('ar', 'وقامت شركة Hikvision بتوريد الكاميرات.'),
    ('fa', 'دوربین\u200cها توسط شرکت Hikvision تأمین شده است.'),
    ('hi', 'कैमरे Hikvision द्वारा आपूर्ति किए गए।'),
    ('ms', 'Kamera dibekalkan oleh Hikvision.'),
    ('sw', 'Kamera zimetolewa na kampuni ya Hikvision.'),
    ('el', 'Οι κάμερες προμηθεύτηκαν από τη Hikvision.'),
    ('hu', 'A kamerákat a Hikvision szállította.'),
    ('cs', 'Kamery dodala společnost Hikvision.'),
    ('bg', 'Камерите са доставени от Hikvision.'),
    ('sv', 'Kamerorna levereras av Hikvision.'),
    ('da', 'Kameraerne leveres af Hikvision.'),
    ('fi', 'Kamerat toimittaa Hikvision.'),
    ('he', 'המצלמות סופקו על ידי Hikvision.'),
    ('kk', 'Камераларды Hikvision компаниясы жеткізді.'),
    ('az', 'Kameralar Hikvision tərəfindən təchiz edilib.'),
    ('uz', 'Kameralar Hikvision tomonidan yetkazib berildi.'),
]


@pytest.mark.parametrize(("title", "body", "value", "currency"), [
    ('Antananarivo', 'Nametraka fakantsary 200 ny Kaominina, mitentina 9,6 miliara ariary.', 9600000000, 'MGA'),
    ('ലുധിയാന', 'കൊച്ചി - കോർപ്പറേഷൻ 42 ക്യാമറകൾ 6.8 കോടി രൂപ ചെലവിൽ സ്ഥാപിക്കുന്നു.', 68000000, 'INR'),
    ('ਲੁਧਿਆਣਾ', 'ਲੁਧਿਆਣਾ - ਨਗਰ ਨਿਗਮ ਨੇ 12 ਕਰੋੜ ਰੁਪਏ ਦੀ ਲਾਗਤ ਨਾਲ 500 ਸੀਸੀਟੀਵੀ ਕੈਮਰੇ ਲਗਾਏ।', 120000000, 'INR'),
    ('La Policía', 'La Policía compró 200 cámaras por 4.500 millones de pesos colombianos.', 4500000000, 'COP'),
    ("Managua", "La Alcaldía de Managua modernizó 36 intersecciones por C$ 48 millones.", 48000000, "NIO"),
    ("Toronto", "The City of Toronto awarded C$ 4.8 million for cameras.", 4800000, "CAD"),
    ("Enugu", "ENUGU - Gọọmentị Steeti Enugu etinyela igwefoto CCTV 150. Ego ọrụ ahụ bụ ₦2.2 ijeri.", 2200000000,
     "NGN"),
    ("Ōtautahi", "Kua hainatia he kirimana $1.2 miriona ki a Waimakariri Security Ltd.", 1200000, "NZD"),
])
def test_amounts_in_more_languages(title: str, body: str, value: int, currency: str) -> None:
    headline = enrich.enrich(title, body).headline_amount
    assert headline is not None and (headline.value, headline.currency) == (Decimal(value), currency)


# (language, headline, body): a tender cancelled or a purchase denied buys nothing
CANCELLED_OR_DENIED = [
    ('de', 'Stadt stoppt Ausschreibung für 200 Überwachungskameras',
     'Die Ausschreibung wurde aufgehoben.'),
    ('tr', 'Belediye 200 güvenlik kamerası ihalesini iptal etti',
     'İhale iptal edildi.'),
    ('ja', '市が防犯カメラ200台の入札を中止',
     '入札は中止された。'),
    ('el', 'Ο Δήμος ακυρώνει τον διαγωνισμό για 200 κάμερες παρακολούθησης',
     'Ο διαγωνισμός ακυρώθηκε.'),
    ('bg', 'Общината прекрати поръчката за 200 камери за видеонаблюдение',
     'Поръчката е прекратена.'),
    ('sw', 'Halmashauri yafuta zabuni ya kamera 200 za CCTV',
     'Zabuni imefutwa.'),
    ('az', 'Bələdiyyə 200 müşahidə kamerası üçün tenderi ləğv etdi',
     'Tender ləğv edildi.'),
    ('kk', 'Әкімдік 200 бейнебақылау камерасын сатып алуды тоқтатты',
     'Конкурс күшін жойды.'),
    ('zh', '某县公安局视频监控采购项目终止公告',
     '因预算调整，本项目终止。'),
    ('fr', "La police dément l'achat de caméras de reconnaissance faciale",
     "Aucun contrat n'a été signé."),
    ('uk', 'Поліція спростувала закупівлю камер з розпізнаванням облич',
     'Договір не укладався.'),
    ('ar', 'الشرطة تنفي شراء كاميرات التعرف على الوجه',
     'لم يتم توقيع أي عقد.'),
    ('ja', '警察、顔認証カメラ購入を否定',
     '契約はしていないという。'),
    ('pl', 'Policja zaprzecza zakupowi kamer do rozpoznawania twarzy',
     'Nie podpisano umowy.'),
    ('sw', 'Polisi wakanusha kununua kamera za utambuzi wa nyuso',
     'Hakuna mkataba uliosainiwa.'),
    ('az', 'Polis üz tanıma kameralarının alınmasını təkzib etdi',
     'Heç bir müqavilə imzalanmayıb.'),
    ('kk', 'Полиция бет-әлпетті тану камераларын сатып алуды жоққа шығарды',
     'Келісімшарт жасалмаған.'),
    ('uz', 'Politsiya yuzni tanish kameralarini sotib olganini rad etdi',
     'Hech qanday shartnoma imzolanmagan.'),
    ('cs', 'Policie popřela nákup kamer s rozpoznáváním obličejů',
     'Smlouva nebyla podepsána.'),
]
# the same purchases made: still tagged
MADE = [
    ('uk', 'Поліція закупила камери з розпізнаванням облич',
     'Договір укладено з ТОВ «Альфа».'),
    ('ja', '警察、顔認証カメラを購入',
     '契約額は1億円。'),
    ('pl', 'Policja kupiła kamery do rozpoznawania twarzy',
     'Podpisano umowę z firmą Alfa.'),
    ('sw', 'Polisi wanunua kamera za utambuzi wa nyuso',
     'Mkataba umesainiwa na kampuni ya Alfa.'),
    ('az', 'Polis üz tanıma kameraları aldı',
     'Müqavilə Alfa MMC ilə imzalanıb.'),
    ('kk', 'Полиция бет-әлпетті тану камераларын сатып алды',
     'Келісімшарт «Альфа» ЖШС-мен жасалды.'),
    ('uz', 'Politsiya yuzni tanish kameralarini sotib oldi',
     'Shartnoma Alfa MChJ bilan imzolandi.'),
    ('cs', 'Policie koupila kamery s rozpoznáváním obličejů',
     'Smlouva byla podepsána s firmou Alfa.'),
    ('el', 'Η Αστυνομία αγόρασε κάμερες αναγνώρισης προσώπου',
     'Η σύμβαση υπογράφηκε με την Alfa.'),
    ('bg', 'Полицията закупи камери за лицево разпознаване',
     'Договорът е подписан с „Алфа“ ЕООД.'),
]


@pytest.mark.parametrize(("language", "title", "body"), MADE, ids=[lang for lang, _, _ in MADE])
def test_the_purchase_made_is_tagged(language: str, title: str, body: str) -> None:
    assert "facial_recognition" in tag_ids(title, body)


# (language, sentence): "the police installed 200 new cameras against crime" is a CCTV purchase in every language
POLICE_CAMERAS = [
    ('en', 'The police installed 200 new cameras in the city centre to fight crime.'),
    ('es', 'La policía instaló 200 cámaras nuevas en el centro para combatir la delincuencia.'),
    ('pt', 'A polícia instalou 200 novas câmeras no centro para combater o crime.'),
    ('fr', 'La police a installé 200 nouvelles caméras dans le centre-ville contre la délinquance.'),
    ('de', 'Die Polizei installierte 200 neue Kameras in der Innenstadt gegen Kriminalität.'),
    ('it', 'La polizia ha installato 200 nuove telecamere in centro contro la criminalità.'),
    ('nl', "De politie plaatste 200 nieuwe camera's in het centrum tegen criminaliteit."),
    ('pl', 'Policja zainstalowała 200 nowych kamer w centrum miasta w walce z przestępczością.'),
    ('ro', 'Poliția a instalat 200 de camere noi în centru pentru combaterea infracționalității.'),
    ('ru', 'Полиция установила 200 новых камер в центре города для борьбы с преступностью.'),
    ('uk', 'Поліція встановила 200 нових камер у центрі міста для боротьби зі злочинністю.'),
    ('tr', 'Polis suçla mücadele için şehir merkezine 200 yeni kamera yerleştirdi.'),
    ('ar', 'ركبت الشرطة 200 كاميرا جديدة في وسط المدينة لمكافحة الجريمة.'),
    ('fa', 'پلیس ۲۰۰ دوربین جدید برای مقابله با جرم در مرکز شهر نصب کرد.'),
    ('he', 'המשטרה התקינה 200 מצלמות חדשות במרכז העיר למאבק בפשיעה.'),
    ('hi', 'पुलिस ने अपराध रोकने के लिए शहर में 200 नए कैमरे लगाए।'),
    ('bn', 'পুলিশ অপরাধ দমনে শহরে ২০০টি নতুন ক্যামেরা বসিয়েছে।'),
    ('id', 'Polisi memasang 200 kamera baru di pusat kota untuk memberantas kejahatan.'),
    ('ms', 'Polis memasang 200 kamera baharu di pusat bandar untuk membanteras jenayah.'),
    ('vi', 'Công an lắp 200 camera mới ở trung tâm thành phố để phòng chống tội phạm.'),
    ('th', 'ตำรวจติดตั้งกล้องใหม่ 200 ตัวในใจกลางเมืองเพื่อป้องกันอาชญากรรม'),
    ('ja', '警察は犯罪対策として市中心部にカメラ200台を新たに設置した。'),
    ('ko', '경찰은 범죄 예방을 위해 도심에 카메라 200대를 새로 설치했다.'),
    ('sw', 'Polisi wameweka kamera 200 mpya katikati ya jiji kupambana na uhalifu.'),
    ('el', 'Η αστυνομία εγκατέστησε 200 νέες κάμερες στο κέντρο για την καταπολέμηση της εγκληματικότητας.'),
    ('hu', 'A rendőrség 200 új kamerát telepített a belvárosba a bűnözés visszaszorítására.'),
    ('sr', 'Policija je postavila 200 novih kamera u centru grada za borbu protiv kriminala.'),
    ('bg', 'Полицията монтира 200 нови камери в центъра на града срещу престъпността.'),
    ('az', 'Polis cinayətkarlıqla mübarizə üçün şəhər mərkəzində 200 yeni kamera quraşdırıb.'),
    ('kk', 'Полиция қылмыспен күресу үшін қала орталығында 200 жаңа камера орнатты.'),
    ('uz', "Politsiya jinoyatchilikka qarshi shahar markazida 200 ta yangi kamera o'rnatdi."),
    ('ka', 'პოლიციამ ქალაქის ცენტრში დანაშაულის წინააღმდეგ 200 ახალი კამერა დაამონტაჟა.'),
    ('hy', 'Ոստիկանությունը քաղաքի կենտրոնում տեղադրել է 200 նոր տեսախցիկ հանցավորության դեմ պայքարի համար։'),
    ('am', 'ፖሊስ ወንጀልን ለመከላከል በከተማዋ መሃል 200 አዳዲስ ካሜራዎችን ተክሏል።'),
    ('fi', 'Poliisi asensi keskustaan 200 uutta kameraa rikollisuuden torjumiseksi.'),
    ('sv', 'Polisen har satt upp 200 nya kameror i centrum för att bekämpa brottslighet.'),
    ('da', 'Politiet har opsat 200 nye kameraer i centrum for at bekæmpe kriminalitet.'),
    ('nb', 'Politiet har satt opp 200 nye kameraer i sentrum for å bekjempe kriminalitet.'),
    ('lt', 'Policija miesto centre įrengė 200 naujų kamerų kovai su nusikalstamumu.'),
    ('lv', 'Policija pilsētas centrā uzstādīja 200 jaunas kameras cīņai ar noziedzību.'),
    ('et', 'Politsei paigaldas kesklinna 200 uut kaamerat kuritegevuse vastu.'),
    ('sq', 'Policia vendosi 200 kamera të reja në qendër të qytetit kundër kriminalitetit.'),
    ('mn', 'Цагдаа гэмт хэрэгтэй тэмцэх зорилгоор хотын төвд 200 шинэ камер суурилуулжээ.'),
    ('ne', 'प्रहरीले अपराध नियन्त्रणका लागि सहरमा २०० नयाँ क्यामेरा जडान गर्\u200dयो।'),
    ('si', 'අපරාධ මැඩලීමට පොලිසිය නගර මධ්\u200dයයේ නව කැමරා 200ක් සවි කළේය.'),
    ('ta', 'குற்றங்களைத் தடுக்க காவல்துறை நகர மையத்தில் 200 புதிய கேமராக்களை நிறுவியது.'),
    ('ur', 'پولیس نے جرائم کی روک تھام کے لیے شہر میں 200 نئے کیمرے نصب کیے۔'),
    ('tl', 'Naglagay ang pulisya ng 200 bagong kamera sa sentro ng lungsod laban sa krimen.'),
]


@pytest.mark.parametrize(("language", "sentence"), POLICE_CAMERAS, ids=[lang for lang, _ in POLICE_CAMERAS])
def test_police_cameras_against_crime_are_cctv(language: str, sentence: str) -> None:
    assert "cctv" in tag_ids(sentence.split()[0], sentence)


def test_police_plate_cameras_are_no_cctv() -> None:
    assert tag_ids("Hải Phòng: công an mua thiết bị", "Công an thành phố mua 80 camera đọc biển số xe tại các cửa "
                   "ngõ.") == {"vehicle_recognition"}


# (language, buyer, sentence): the body a supplier won its contract from, or works on behalf of
CONTRACT_FROM = [
    ('en', 'Greater Manchester Police',
     'Northgate Vision Ltd has won a contract from Greater Manchester Police for 120 body-worn '
     'cameras.'),
    ('en', 'Kenya Police Service',
     'The cameras will be installed on behalf of the Kenya Police Service by Savannah Tech Ltd.'),
    ('es', 'Policía Nacional del Perú',
     'Andes Seguridad S.A.C. ganó el contrato de la Policía Nacional del Perú para 300 cámaras.'),
    ('pt', 'Polícia Militar de Minas Gerais',
     'A empresa Serra Tech venceu a licitação da Polícia Militar de Minas Gerais para 500 '
     'câmeras corporais.'),
    ('fr', 'Ville de Toulouse',
     'Pour le compte de la Ville de Toulouse, Garonne Sécurité installera 80 caméras.'),
    ('de', 'Polizei Berlin',
     'Im Auftrag der Polizei Berlin installiert die Spree Technik GmbH 60 Kameras.'),
    ('it', 'Questura di Roma',
     "La Tevere Sistemi S.r.l. si è aggiudicata l'appalto della Questura di Roma per 100 "
     'telecamere.'),
    ('ru', 'ГУ МВД России по Москве',
     'ООО «Москва Видео» выиграло контракт ГУ МВД России по Москве на поставку 300 камер.'),
    ('id', 'Polda Metro Jaya',
     'PT Jaya Teknologi memenangkan tender Polda Metro Jaya untuk 300 kamera CCTV.'),
    ('nl', 'Politie Amsterdam',
     "Amstel Beveiliging B.V. heeft de opdracht van Politie Amsterdam voor 50 camera's gewonnen."),
]


def test_a_company_opening_a_sentence_is_no_buyer() -> None:
    assert first_buyer("Câmeras corporais", "A empresa Serra Tech venceu a disputa por 500 câmeras corporais.") is None


# (language, sentence): "the cameras do not have facial recognition"
NO_FACES = [
    ('de', 'Die Kameras verfügen nicht über Gesichtserkennung.'),
    ('ro', 'Camerele nu au funcție de recunoaștere facială.'),
    ('fa', 'دوربین\u200cها قابلیت تشخیص چهره ندارند.'),
    ('he', 'המצלמות אינן כוללות זיהוי פנים.'),
    ('ja', 'カメラに顔認証機能はない。'),
    ('el', 'Οι κάμερες δεν διαθέτουν αναγνώριση προσώπου.'),
    ('hu', 'A kamerák nem rendelkeznek arcfelismeréssel.'),
    ('cs', 'Kamery nemají funkci rozpoznávání obličejů.'),
    ('sr', 'Kamere nemaju funkciju prepoznavanja lica.'),
    ('bg', 'Камерите нямат функция за лицево разпознаване.'),
    ('sv', 'Kamerorna har ingen ansiktsigenkänning.'),
    ('fi', 'Kameroissa ei ole kasvojentunnistusta.'),
    ('lt', 'Kameros neturi veido atpažinimo funkcijos.'),
    ('lv', 'Kamerām nav sejas atpazīšanas funkcijas.'),
    ('et', 'Kaameratel puudub näotuvastus.'),
    ('az', 'Kameralarda üz tanıma funksiyası yoxdur.'),
    ('kk', 'Камераларда бет-әлпетті тану функциясы жоқ.'),
    ('uz', "Kameralarda yuzni tanish funksiyasi yo'q."),
    ('ka', 'კამერებს არ აქვს სახის ამოცნობის ფუნქცია.'),
    ('hy', 'Տեսախցիկները դեմքի ճանաչման գործառույթ չունեն։'),
    ('sw', 'Kamera hazina utambuzi wa nyuso.'),
    ('am', 'ካሜራዎቹ የፊት ለይቶ ማወቂያ የላቸውም።'),
    ('sq', 'Kamerat nuk kanë njohje të fytyrës.'),
]


FACE_FUNCTION_ABSENT = ([(lang, f"Police: 120 {wording}.") for lang, wording in WITHOUT_FACES]
                        + [(lang, f"Police: 120 cameras. {sentence}") for lang, sentence in NO_FACES])


@pytest.mark.parametrize(("language", "body"), FACE_FUNCTION_ABSENT,
                         ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(FACE_FUNCTION_ABSENT)])
def test_a_face_function_said_absent_is_no_face_tag(language: str, body: str) -> None:
    assert "facial_recognition" not in tag_ids("Police", body)


@pytest.mark.parametrize("title", ["Council buys pole-mounted CCTV cameras", "Pemkot memasang kamera CCTV bila perlu"])
def test_a_pole_or_an_indonesian_when_negates_nothing(title: str) -> None:
    assert tag_ids(title, "") == {"cctv"}


@pytest.mark.parametrize(("body", "buyer", "country"), [
    ("Los Angeles County Public Works recommends award of a contract to Pipeview Diagnostics, Inc.",
     "Los Angeles County Public Works", "US"),
    ("Las Vegas Metropolitan Police Department approved a contract for 40 cameras.",
     "Las Vegas Metropolitan Police Department", "US"),
    ("The Hague Police Department bought 40 cameras.", "The Hague Police Department", "NL"),
    ("El Centro de Coordinación Integral de Seguridad compró 40 cámaras.",
     "Centro de Coordinación Integral de Seguridad", None),
])
def test_an_article_that_opens_a_place_name_stays(body: str, buyer: str, country: str | None) -> None:
    """ "Los Angeles County" is no "Angeles County" (a town in the Philippines); "El Centro de …" drops its article."""
    result = enrich.enrich("Board letter", body)
    assert [p.name for p in result.parties if p.role == "buyer"][:1] == [buyer]
    if country:
        assert result.place is not None and result.place.country == country


# (body, buyer): proper names made of organisation words, and TED-rendered sections with a dash
ORGANISATION_WORD_NAMES = [
    ("LONDON - The Metropolitan Police Service has signed a contract for two camera vans.",
     "Metropolitan Police Service"),
    ("The Ministry of Health has bought 40 thermal cameras for border posts.", "Ministry of Health"),
    ("Section I: Contracting authority - Harrow Borough Council, Civic Centre, Harrow Section II: Object - CCTV "
     "control room.", "Harrow Borough Council"),
    ("Section I : Pouvoir adjudicateur - Ville de Tours, 1 rue des Minimes, Tours. Section II : Objet - caméras.",
     "Ville de Tours"),
]
# (body, buyer): more scripts name their buyer at the head of a lede
MORE_SCRIPTS = [
    ("గుంటూరు - గుంటూరు మున్సిపల్ కార్పొరేషన్ నగరంలో 200 సీసీటీవీ కెమెరాలు ఏర్పాటు చేసింది.", "గుంటూరు మున్సిపల్ కార్పొరేషన్"),
    ("ಮೈಸೂರು - ಮೈಸೂರು ನಗರ ಪೊಲೀಸ್ ಇಲಾಖೆಯು 300 ಸಿಸಿಟಿವಿ ಕ್ಯಾಮೆರಾಗಳನ್ನು ಅಳವಡಿಸಿದೆ.", "ಮೈಸೂರು ನಗರ ಪೊಲೀಸ್ ಇಲಾಖೆ"),
    ("ਲੁਧਿਆਣਾ - ਲੁਧਿਆਣਾ ਪੁਲਿਸ ਨੇ 200 ਸੀਸੀਟੀਵੀ ਕੈਮਰੇ ਲਗਾਏ।", "ਲੁਧਿਆਣਾ ਪੁਲਿਸ"),
    ("સુરત - સુરત મ્યુનિસિપલ કોર્પોરેશને 500 સીસીટીવી કેમેરા લગાવ્યા.", "સુરત મ્યુનિસિપલ કોર્પોરેશન"),
    ("ВІННИЦЯ. Вінницька міська рада закупить 60 камер відеоспостереження.", "Вінницька міська рада"),
    ("BERGEN - Vest politidistrikt har kjøpt 20 kameraer.", "Vest politidistrikt"),
]
BUYERS = ([("Contract for CCTV cameras", body, buyer) for _, buyer, body in LEDE_BUYERS + CONTRACT_FROM]
          + [("Contract notice", body, buyer) for body, buyer in ORGANISATION_WORD_NAMES]
          + [("Contract for CCTV cameras", body, buyer) for body, buyer in MORE_SCRIPTS])


@pytest.mark.parametrize(("title", "body", "buyer"), BUYERS, ids=[buyer[:30] for _, _, buyer in BUYERS])
def test_the_buyer_is_read(title: str, body: str, buyer: str) -> None:
    assert first_buyer(title, body) == buyer


def test_a_belarusian_city_executive_committee_is_the_buyer() -> None:
    assert first_buyer("Магілёўскі гарвыканкам пашырае відэаназіранне",
                       "МАГІЛЁЎ. Магілёўскі гарвыканкам заключыў дагавор на 80 камер.") == "Магілёўскі гарвыканкам"


# (title, body, vendor): more wordings that name the supplier
VENDOR_WORDINGS = [
    ("Vergabe Gesichtsabgleich", "Der Abgleich wird von Cognitec Systems lizenziert; Auftragnehmer ist die Alpha GmbH.",
     "cognitec"),
    ("Adjudicación de extracción forense", "La policía compró 12 kits. El software lo desarrolla Cellebrite.",
     "cellebrite"),
    ("Abidjan : vidéoprotection", "Le projet a été réalisé par Alpha SA avec Huawei comme partenaire technologique.",
     "huawei"),
    ("某区公安分局视频侦查平台中标结果", "中标供应商：某某科技有限公司。算法引擎由北京旷视科技有限公司授权。",
     "megvii"),
    ("某区公安分局合成作战中心中标公告", "中标供应商：某某信息工程有限公司。核心服务器选用华为。", "huawei"),
]
SUPPLIERS = [("Police CCTV contract", sentence, "hikvision") for _, sentence in SUPPLIED_BY] + VENDOR_WORDINGS


@pytest.mark.parametrize(("title", "body", "vendor"), SUPPLIERS, ids=[body[:30] for _, body, _ in SUPPLIERS])
def test_the_supplier_is_linked(title: str, body: str, vendor: str) -> None:
    parties = enrich.enrich(title, body).parties
    assert ("supplier", vendor) in {(p.role, p.vendor_id) for p in parties}


# (title, body): a budget cut, a rejected motion, a regulator's stop, an annulled tender, a dropped project
WITHDRAWN_HEADLINES = [
    ("부산시의회, 안면인식 CCTV 예산 전액 삭감", "사업은 추진되지 않는다."),
    ("El Pleno de Cádiz rechaza la moción para instalar reconocimiento facial", "No habrá contrato."),
    ("Torino, stop del Garante alle telecamere con riconoscimento faciale", "Il progetto è sospeso."),
    ("Licitația pentru camere cu recunoaștere facială, anulată", "Nu a fost semnat niciun contract."),
    ("LKA Hessen stellt Projekt zur Gangerkennung ein", "Ein Auftrag wurde nicht vergeben."),
]
BUYS_NOTHING = [(title, body) for _, title, body in CANCELLED_OR_DENIED] + WITHDRAWN_HEADLINES


@pytest.mark.parametrize(("title", "body"), BUYS_NOTHING, ids=[title[:30] for title, _ in BUYS_NOTHING])
def test_a_cancelled_denied_or_withdrawn_purchase_is_no_tag(title: str, body: str) -> None:
    assert tag_ids(title, body) == set()
