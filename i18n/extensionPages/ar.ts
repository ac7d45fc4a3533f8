import type { ExtensionPageMessages } from './en';

/** Arabic (ar): the extension's own pages. */
const ar: ExtensionPageMessages = {
  // Popup
  'locale.name': 'العربية',
  'popup.notStarted': 'لم تبدأ بعد. يظهر الدليل تلقائيًا على صفحات AliExpress.',
  'popup.off': 'الدليل متوقف: لن تظهر اللوحة على صفحات AliExpress.',
  'popup.start': 'ابدأ',
  'popup.resume': 'تابِع',
  'popup.restart': 'ابدأ من جديد',
  'popup.openNext': 'افتح الصفحة التالية',
  'popup.goal': 'ماذا تريد أن تفعل؟',
  'popup.recommended': 'مُوصى به',
  'popup.goalDifference': 'الحذف يزيل حسابك وبياناتك نهائيًا، أما التعطيل فيُخفي الحساب فقط، ويعود الحساب بمجرد أن تسجّل الدخول مجددًا.',
  'popup.language': 'اللغة',
  'popup.browserLanguage': 'لغة المتصفح',
  'popup.privacy': 'الخصوصية: ما الذي يحفظه Exit Guide',

  // First-run page
  'welcome.title': 'Exit Guide جاهز',
  'welcome.intro': 'يرافقك خطوة بخطوة، وبلغتك، حتى تُغلق حسابك على AliExpress.',
  'welcome.doesTitle': 'ما الذي يفعله',
  'welcome.does.panel': 'على صفحات AliExpress، تخبرك لوحة بجانب الصفحة بكلمات بسيطة بما عليك فعله بعد ذلك.',
  'welcome.does.ring': 'تحيط دائرة بالزر أو الرابط أو الخانة التي عليك استخدامها بالضبط.',
  'welcome.does.follow': 'يعرف أي صفحة مفتوحة، فلا تفقد مكانك حتى لو أعدت تحميل الصفحة أو رجعت إلى الخلف أو فتحت علامة تبويب أخرى.',
  'welcome.neverTitle': 'ما الذي لا يفعله أبدًا',
  'welcome.never.press': 'لا يضغط على أي شيء نيابةً عنك: أنت تضغط على كل زر بنفسك.',
  'welcome.never.send': 'لا يرسل أي شيء إلى أي مكان: لا خادم ولا حساب ولا تتبّع.',
  'welcome.never.store': 'لا يحفظ أي شيء تكتبه: لا بريدك الإلكتروني ولا كلمة المرور ولا الرمز ولا كلمات التأكيد.',
  'welcome.checklistTitle': 'قبل الحذف',
  'welcome.checklistIntro': 'لا يمكن التراجع عن الحذف. تحقّق أولًا من كل نقطة:',
  'welcome.check.orders': 'الطلبات المفتوحة: انتظر حتى تصلك أو ألغِها. لا يحذف AliExpress الحساب ما دام فيه طلب مفتوح.',
  'welcome.check.disputes': 'النزاعات: أنهِ أي نزاع مفتوح مع بائع.',
  'welcome.check.refunds': 'المبالغ المستردة: انتظر حتى تصلك كلها، فقد تخسر أي مبلغ مسترد لم يصلك بعد.',
  'welcome.check.coins': 'العملات والقسائم: استخدمها أولًا، لأنها تضيع مع الحساب.',
  'welcome.check.history': 'سجل الطلبات: احفظ ما قد تحتاج إليه (الفواتير والضمانات وأرقام التتبّع)، لأنه يذهب مع الحساب.',
  'welcome.start': 'افتح AliExpress',
  'welcome.startHint': 'يظهر الدليل تلقائيًا على صفحات AliExpress. لتختار بين الحذف والتعطيل، أو لتغيّر اللغة، اضغط زر Exit Guide في شريط أدوات المتصفح.',
  'welcome.privacyTitle': 'الخصوصية',
  'welcome.privacy.kept': 'لا يحفظ Exit Guide إلا هدفك ولغتك والخطوة التي وصلت إليها ووقت وصولك، وذلك في مساحة التخزين الخاصة بمتصفحك.',
  'welcome.privacy.read': 'يقرأ صفحات AliExpress فقط ليجد العنصر التالي وليتحقق من الكلمة التي تكتبها. لا يُحفظ ولا يُرسَل أي شيء مما يقرؤه.',
  'welcome.privacy.clear': 'عند الانتهاء، تعرض عليك اللوحة مسح ما حفظه. وإزالة Exit Guide تمسحه أيضًا.',
  'welcome.privacy.permissions': 'يطلب إذنًا واحدًا فقط، هو التخزين، ولا يعمل إلا على مواقع AliExpress.',
};

export default ar;
