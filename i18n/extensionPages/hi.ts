import type { ExtensionPageMessages } from './en';

/** Hindi (hi): the extension's own pages. */
const hi: ExtensionPageMessages = {
  // Popup
  'locale.name': 'हिन्दी',
  'popup.notStarted': 'अभी शुरू नहीं हुआ। गाइड AliExpress के पेजों पर अपने आप दिखता है।',
  'popup.off': 'गाइड बंद है: AliExpress के पेजों पर पैनल नहीं दिखेगा।',
  'popup.start': 'शुरू करें',
  'popup.resume': 'जारी रखें',
  'popup.restart': 'फिर से शुरू करें',
  'popup.openNext': 'अगला पेज खोलें',
  'popup.goal': 'आप क्या करना चाहते हैं?',
  'popup.recommended': 'सुझाया गया',
  'popup.goalDifference': 'डिलीट करने से आपका अकाउंट और डेटा हमेशा के लिए मिट जाता है; डीएक्टिवेट करने से अकाउंट सिर्फ़ छिपता है, और दोबारा साइन इन करते ही वापस आ जाता है।',
  'popup.language': 'भाषा',
  'popup.browserLanguage': 'ब्राउज़र की भाषा',
  'popup.privacy': 'निजता: Exit Guide क्या सेव करता है',

  // First-run page
  'welcome.title': 'Exit Guide तैयार है',
  'welcome.intro': 'यह आपकी भाषा में, एक-एक स्टेप करके, आपका AliExpress अकाउंट बंद करने में आपकी मदद करता है।',
  'welcome.doesTitle': 'यह क्या करता है',
  'welcome.does.panel': 'AliExpress के पेजों पर, पेज के बगल में एक पैनल आसान शब्दों में बताता है कि आगे क्या करना है।',
  'welcome.does.ring': 'एक घेरा ठीक वही बटन, लिंक या बॉक्स दिखाता है जो आपको इस्तेमाल करना है।',
  'welcome.does.follow': 'इसे पता रहता है कि कौन-सा पेज खुला है, इसलिए पेज रीलोड करने, पीछे जाने या दूसरा टैब खोलने पर भी आपकी जगह नहीं छूटती।',
  'welcome.neverTitle': 'यह कभी क्या नहीं करता',
  'welcome.never.press': 'यह आपकी जगह कुछ भी नहीं दबाता: हर बटन आप खुद दबाते हैं।',
  'welcome.never.send': 'यह कहीं कुछ नहीं भेजता: न कोई सर्वर, न कोई अकाउंट, न कोई ट्रैकिंग।',
  'welcome.never.store': 'आप जो भी लिखते हैं, उसमें से यह कुछ सेव नहीं करता: न ईमेल, न पासवर्ड, न कोड, न पुष्टि के शब्द।',
  'welcome.checklistTitle': 'डिलीट करने से पहले',
  'welcome.checklistIntro': 'डिलीट करने के बाद कुछ वापस नहीं होता। पहले हर बात देख लें:',
  'welcome.check.orders': 'खुले ऑर्डर: उनके पहुँचने तक रुकें, या उन्हें कैंसल करें। कोई ऑर्डर खुला हो तो AliExpress अकाउंट डिलीट नहीं करता।',
  'welcome.check.disputes': 'विवाद (डिस्प्यूट): किसी विक्रेता के साथ चल रहा हर विवाद बंद करें।',
  'welcome.check.refunds': 'रिफ़ंड: हर रिफ़ंड आपके पास पहुँचने तक रुकें; जो रिफ़ंड अभी बाकी है, वह खो सकता है।',
  'welcome.check.coins': 'कॉइन और कूपन: पहले इन्हें इस्तेमाल कर लें, क्योंकि अकाउंट के साथ ये भी चले जाते हैं।',
  'welcome.check.history': 'ऑर्डर हिस्ट्री: जो चीज़ें अभी भी काम की हैं (इनवॉइस, वारंटी, ट्रैकिंग नंबर), उन्हें सेव कर लें, क्योंकि हिस्ट्री अकाउंट के साथ चली जाती है।',
  'welcome.start': 'AliExpress खोलें',
  'welcome.startHint': 'गाइड AliExpress के पेजों पर अपने आप दिखता है। डिलीट या डीएक्टिवेट चुनने, या भाषा बदलने के लिए, ब्राउज़र के टूलबार में Exit Guide का बटन दबाएँ।',
  'welcome.privacyTitle': 'निजता',
  'welcome.privacy.kept': 'Exit Guide सिर्फ़ आपका लक्ष्य, आपकी भाषा, और आप किस स्टेप तक कब पहुँचे, इतना ही आपके ब्राउज़र की अपनी स्टोरेज में रखता है।',
  'welcome.privacy.read': 'यह AliExpress के पेज सिर्फ़ अगला बटन या बॉक्स ढूँढने और आपके लिखे शब्द की जाँच के लिए पढ़ता है। जो कुछ पढ़ता है, उसे न रखता है, न कहीं भेजता है।',
  'welcome.privacy.clear': 'काम पूरा होने पर पैनल सेव की गई जानकारी मिटाने का विकल्प देता है। Exit Guide हटाने पर भी यह मिट जाती है।',
  'welcome.privacy.permissions': 'यह सिर्फ़ एक अनुमति माँगता है, स्टोरेज की, और सिर्फ़ AliExpress की साइटों पर चलता है।',
};

export default hi;
