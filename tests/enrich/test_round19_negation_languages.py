"""Round 19 (second part): cancellation, rejection and "will not be bought" in the languages that had technology cues
but no negation words (uz, kk, az, ky, ka, am, ha, si, ta, te, ne, mr, ml, gu, my, ps, lo, lb, yo, zu, rw): a cancelled
purchase in the language is untagged, a plain purchase in the same language stays tagged. And three guards: English
"banned apps" and Italian "esclusi dai contributi" name what is banned or left out (not the cameras of the clause),
Korean 탑재하지 않 (not fitted) negates the function before it.

Every sentence was written for these tests (fictional councils and firms), none copied from an evaluation set; the
headlines are neutral, so the body's own words must negate.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import tag_table_tests

UNTAGGED = [
    ('Samarqand hokimligi e’loni', 'Shahar uchun CCTV kameralari xaridi bekor qilindi.', 'cctv'),
    ('Шымкент әкімдігінің хабарламасы', 'CCTV камераларын сатып алу тендері тоқтатылды.', 'cctv'),
    ('Gəncə bələdiyyəsinin elanı', 'Bazar üçün CCTV kameralarının tenderi ləğv edildi.', 'cctv'),
    ('Ош мэриясынын кабары', 'CCTV камераларын сатып алуу тендери жокко чыгарылды.', 'cctv'),
    ('ქუთაისის მერიის განცხადება', 'CCTV კამერების შესყიდვის ტენდერი გაუქმდა.', 'cctv'),
    ('ბათუმის მერიის განცხადება', 'მერიამ CCTV კამერების შესყიდვის წინადადება უარყო.', 'cctv'),
    ('የባህር ዳር ከተማ ማስታወቂያ', 'የCCTV ካሜራዎች ግዢ ጨረታ ተሰርዟል።', 'cctv'),
    ('Sanarwar Gwamnatin Jihar Katsina', 'Gwamnati ta soke kwangilar kyamarorin CCTV na kasuwa.', 'cctv'),
    ('මහනුවර නගර සභා නිවේදනය', 'CCTV කැමරා මිලදී ගැනීමේ ටෙන්ඩරය අවලංගු කරන ලදී.', 'cctv'),
    ('மதுரை மாநகராட்சி அறிவிப்பு', 'பேருந்து நிலையத்திற்கான CCTV கேமரா டெண்டர் ரத்து செய்யப்பட்டது.', 'cctv'),
    ('విజయవాడ నగరపాలక సంస్థ ప్రకటన', 'బస్ స్టాండ్ కోసం CCTV కెమెరాల టెండర్ రద్దు చేయబడింది.', 'cctv'),
    ('पोखरा महानगरपालिकाको सूचना', 'बसपार्कका लागि CCTV क्यामेरा खरिदको टेन्डर खारेज गरियो।', 'cctv'),
    ('नाशिक महानगरपालिका सूचना', 'बस स्थानकासाठी CCTV कॅमेरे खरेदीची निविदा रद्द करण्यात आली.', 'cctv'),
    ('सांगली महानगरपालिका सूचना', 'CCTV कॅमेरे खरेदीचा प्रस्ताव स्थायी समितीने नाकारला.', 'cctv'),
    ('തൃശൂർ നഗരസഭ അറിയിപ്പ്', 'ബസ് സ്റ്റാൻഡിലെ CCTV ക്യാമറകൾ വാങ്ങാനുള്ള ടെൻഡർ റദ്ദാക്കി.', 'cctv'),
    ('સુરત મહાનગરપાલિકાની સૂચના', 'બસ સ્ટેન્ડ માટે CCTV કેમેરા ખરીદીનું ટેન્ડર રદ કરવામાં આવ્યું.', 'cctv'),
    ('မန္တလေးမြို့တော် ကြေညာချက်', 'ဈေးအတွက် CCTV ကင်မရာ ဝယ်ယူရေး တင်ဒါကို ဖျက်သိမ်းလိုက်သည်။', 'cctv'),
    ('د کندهار ښاروالۍ خبرتیا', 'د بازار لپاره د CCTV کیمرو د پیرودلو داوطلبي لغوه شوه.', 'cctv'),
    ('ແຂວງຫຼວງພະບາງ ແຈ້ງການ', 'ການປະມູນກ້ອງ CCTV ສຳລັບຕະຫຼາດ ໄດ້ຖືກຍົກເລີກ.', 'cctv'),
    ('Matbeelung vun der Gemeng Diekrech', "D'Ausschreiwung fir CCTV-Kameraen um Maart gouf annuléiert.", 'cctv'),
    ('Ìkéde Ìjọba Ìbàdàn', 'Ìjọba ti fagilé àdéhùn kámẹ́rà CCTV ọjà náà.', 'cctv'),
    ('Isaziso sikaMasipala waseMsunduzi', 'Ithenda yamakhamera e-CCTV emakethe ikhanseliwe.', 'cctv'),
    ('Itangazo ry’Akarere ka Huye', 'Isoko rya camera za CCTV z’isoko ryarahagaritswe.', 'cctv'),
    # the three guards, negative side: the words still negate where they name the technology
    ('Harwick council meeting', 'The council banned facial recognition in public spaces.', 'facial_recognition'),
    ('Comune di Lodi: capitolato', 'Il capitolato prevede telecamere; esclusi dal capitolato i sistemi di '
     'riconoscimento facciale.', 'facial_recognition'),
    ('구청 방범 카메라 구매 공고', '구청은 방범용 카메라 200대를 구매하며, 얼굴인식 기능은 탑재하지 않는다.',
     'facial_recognition'),
]

TAGGED = [
    ('Samarqand hokimligi e’loni', 'Hokimlik bozor uchun 120 ta CCTV kamerasini xarid qildi.', 'cctv'),
    ('Шымкент әкімдігінің хабарламасы', 'Әкімдік базарға 120 CCTV камерасын сатып алды.', 'cctv'),
    ('Gəncə bələdiyyəsinin elanı', 'Bələdiyyə bazar üçün 120 CCTV kamerası satın aldı.', 'cctv'),
    ('Ош мэриясынын кабары', 'Мэрия базар үчүн 120 CCTV камерасын сатып алды.', 'cctv'),
    ('ქუთაისის მერიის განცხადება', 'მერიამ ბაზრისთვის 120 CCTV კამერა შეიძინა.', 'cctv'),
    # Georgian უარყოფითი (negative, adj.) is not უარყო (rejected)
    ('ბათუმის მერიის განცხადება', 'უარყოფითი შეფასების შემდეგ მერიამ 120 CCTV კამერა შეიძინა.', 'cctv'),
    ('የባህር ዳር ከተማ ማስታወቂያ', 'ከተማው ለገበያው 120 CCTV ካሜራዎችን ገዝቷል።', 'cctv'),
    ('Sanarwar Gwamnatin Jihar Katsina', 'Gwamnati ta sayi kyamarorin CCTV 120 domin kasuwa.', 'cctv'),
    ('මහනුවර නගර සභා නිවේදනය', 'නගර සභාව වෙළඳපොළ සඳහා CCTV කැමරා 120ක් මිලදී ගත්තේය.', 'cctv'),
    ('மதுரை மாநகராட்சி அறிவிப்பு', 'மாநகராட்சி பேருந்து நிலையத்திற்கு 120 CCTV கேமராக்களை வாங்கியது.', 'cctv'),
    ('విజయవాడ నగరపాలక సంస్థ ప్రకటన', 'సంస్థ బస్ స్టాండ్ కోసం 120 CCTV కెమెరాలను కొనుగోలు చేసింది.', 'cctv'),
    ('पोखरा महानगरपालिकाको सूचना', 'महानगरले बसपार्कका लागि १२० CCTV क्यामेरा खरिद गर्‍यो।', 'cctv'),
    ('नाशिक महानगरपालिका सूचना', 'महानगरपालिकेने बस स्थानकासाठी १२० CCTV कॅमेरे खरेदी केले.', 'cctv'),
    # Hindi नाकारा (useless) is not Marathi नाकारला (rejected)
    ('नाकारा पड़े CCTV कैमरों की जगह नए कैमरे खरीदे जाएंगे', 'नगर निगम 120 नए CCTV कैमरे खरीदेगा।', 'cctv'),
    ('തൃശൂർ നഗരസഭ അറിയിപ്പ്', 'നഗരസഭ ബസ് സ്റ്റാൻഡിലേക്ക് 120 CCTV ക്യാമറകൾ വാങ്ങി.', 'cctv'),
    ('સુરત મહાનગરપાલિકાની સૂચના', 'મહાનગરપાલિકાએ બસ સ્ટેન્ડ માટે 120 CCTV કેમેરા ખરીદ્યા.', 'cctv'),
    ('မန္တလေးမြို့တော် ကြေညာချက်', 'မြို့တော်သည် ဈေးအတွက် CCTV ကင်မရာ ၁၂၀ ဝယ်ယူခဲ့သည်။', 'cctv'),
    ('د کندهار ښاروالۍ خبرتیا', 'ښاروالۍ د بازار لپاره ۱۲۰ CCTV کیمرې واخیستې.', 'cctv'),
    ('ແຂວງຫຼວງພະບາງ ແຈ້ງການ', 'ແຂວງ ຊື້ກ້ອງ CCTV 120 ໜ່ວຍ ສຳລັບຕະຫຼາດ.', 'cctv'),
    ('Matbeelung vun der Gemeng Diekrech', "D'Gemeng huet 120 CCTV-Kameraen fir de Maart kaaft.", 'cctv'),
    ('Ìkéde Ìjọba Ìbàdàn', 'Ìjọba ti ra kámẹ́rà CCTV 120 fún ọjà náà.', 'cctv'),
    ('Isaziso sikaMasipala waseMsunduzi', 'UMasipala uthenge amakhamera e-CCTV angu-120 emakethe.', 'cctv'),
    ('Itangazo ry’Akarere ka Huye', 'Akarere kaguze camera za CCTV 120 z’isoko.', 'cctv'),
    # the three guards, positive side: what is banned or left out is not the technology
    ('Harwick council buys cameras', 'The banned apps policy applies to staff phones linked to the 40 new CCTV cameras '
     'bought by the council.', 'cctv'),
    ('Comune di Lodi: telecamere', 'I commercianti esclusi dai contributi avranno 30 telecamere di '
     'videosorveglianza in piazza.', 'cctv'),
    ('구청 얼굴인식 카메라 구매 공고', '구청은 얼굴인식 카메라 20대를 구매하고 설치한다.', 'facial_recognition'),
]


test_tagged, test_untagged = tag_table_tests(TAGGED, UNTAGGED)
