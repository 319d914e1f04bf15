# تعاون — العربية.

brand-name = تعاون
nav-skip-to-content = انتقل إلى المحتوى
nav-label = الحساب والسلة
nav-cart = السلة
nav-menu = القائمة
nav-sign-in = تسجيل الدخول
nav-sign-up = إنشاء حساب
nav-sign-out = تسجيل الخروج
language-label = اللغة

search-label = ابحث عن المنتجات والتعاونيات
search-placeholder = زيت أركان، عسل، زرابي…
search-submit = بحث
search-title = البحث
search-you-searched = بحثت عن:
search-empty-catalog = لا توجد منتجات معروضة بعد. التعاونيات تنضم إلينا، وستظهر منتجاتها هنا.

cart-title = سلتك
cart-empty = سلتك فارغة.

footer-mission = اشترِ مباشرة من التعاونيات المغربية. خبراء متطوعون يساعدونها على بناء علامات تجارية تبيع.
footer-copyright = © تعاون — تجارة عادلة، بلا وسطاء.

home-title = منتجات التعاونيات المغربية مباشرة من المنتجين
home-description = اشترِ زيت أركان والعسل والزعفران والزرابي والفخار مباشرة من تعاونيات مغربية موثقة. الدفع عند الاستلام.
home-heading = من التعاونية إلى باب بيتك
home-lead = اشترِ مباشرة من تعاونيات مغربية موثقة: بلا وسطاء، بأسعار عادلة، والدفع عند الاستلام.
home-cta-browse = تصفح المنتجات
home-cta-join = انضم إلى تعاون
home-who-heading = لمن منصة تعاون
home-who-consumers = المشترون
home-who-consumers-text = اعثر على منتجات محلية أصيلة بالعربية أو الفرنسية أو الإنجليزية، وادفع عند وصولها.
home-who-cooperatives = التعاونيات
home-who-cooperatives-text = بيعي عبر الإنترنت بلا وسطاء، بواجهة متجر بألوانك الخاصة.
home-who-experts = الخبراء المتطوعون
home-who-experts-text = ضع مهاراتك في الهوية البصرية والتصوير والتغليف في خدمة التعاونيات التي تحتاجها.

not-found-title = الصفحة غير موجودة
not-found-heading = لم نجد هذه الصفحة
not-found-text = قد يكون الرابط خاطئًا، أو نُقلت الصفحة.
not-found-home = العودة إلى الصفحة الرئيسية

server-error-title = حدث خطأ
server-error-heading = حدث خطأ من جهتنا
server-error-text = لم يتغير شيء. يرجى المحاولة مرة أخرى بعد لحظات.

sign-in-title = تسجيل الدخول
sign-in-submit = دخول
sign-in-no-account = جديد على تعاون؟
sign-in-forgot = نسيت كلمة المرور؟
sign-in-reset-done = تم تغيير كلمة المرور وتسجيل الخروج من كل جلسات حسابك. سجّل الدخول بكلمة المرور الجديدة.
forgot-title = نسيت كلمة المرور
forgot-lead = أدخل البريد الإلكتروني لحسابك: سنرسل إليك رابطا لاختيار كلمة مرور جديدة. الرابط صالح لساعة واحدة ولمرة واحدة.
forgot-submit = أرسلوا إليّ رابطا
forgot-sent = إذا كان هناك حساب بهذا العنوان، فقد أُرسل إليه رابط لاختيار كلمة مرور جديدة. الرابط صالح لساعة واحدة ولمرة واحدة. تفقد بريدك الوارد (ومجلد الرسائل غير المرغوب فيها).
reset-title = اختر كلمة مرور جديدة
reset-submit = احفظ كلمة المرور الجديدة
reset-ask-again = اطلب رابطا جديدا
sessions-title = أين أنت مسجَّل الدخول
sessions-lead = كل متصفح وهاتف مسجَّل الدخول إلى حسابك. إن لم تتعرف على أحدها، فسجّل خروجه وغيّر كلمة المرور.
sessions-device = الجهاز
sessions-place = الشبكة
sessions-last-seen = آخر استعمال (بالتوقيت العالمي)
sessions-this-one = هذا المتصفح
sessions-unknown-device = جهاز غير معروف
sessions-end = تسجيل خروج هذه الجلسة
sessions-end-others = تسجيل الخروج من كل مكان آخر
sessions-ended = تم تسجيل الخروج. على ذلك المتصفح أن يسجّل الدخول من جديد لاستعمال حسابك.
mail-reset-subject = اختر كلمة مرور جديدة لحسابك في تعاون
mail-reset-body = مرحبا { $name }،

    طلب شخص ما (نرجو أن تكون أنت) اختيار كلمة مرور جديدة لحسابك في تعاون.
    لذلك افتح هذا الرابط خلال { $minutes } دقيقة؛ وهو صالح لمرة واحدة:
    { $link }

    إن لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي.
sign-up-title = أنشئ حسابك
sign-up-lead = حساب واحد للتسوق، أو لإدارة واجهة تعاونيتك، أو للتطوع كخبير.
sign-up-submit = إنشاء حسابي
sign-up-have-account = لديك حساب بالفعل؟

field-label-email = البريد الإلكتروني
field-label-password = كلمة المرور
field-label-display-name = اسمك
field-label-current-password = كلمة المرور الحالية
field-label-new-password = كلمة المرور الجديدة
field-label-confirm-password = أعد كتابة كلمة المرور الجديدة
password-show = إظهار
password-hide = إخفاء
password-rules = من 8 إلى 128 حرفًا. عبارة من عدة كلمات سهلة التذكر وصعبة التخمين.
form-has-errors = يرجى تصحيح الحقول المشار إليها أدناه. لم يُحفظ شيء.

field-required = هذا الحقل مطلوب.
field-email-invalid = أدخل بريدًا إلكترونيًا مثل name@example.ma.
field-password-too-short = يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.
field-password-too-long = يجب ألا تتجاوز كلمة المرور 128 حرفًا.
field-password-too-common = كلمة المرور هذه من أكثر الكلمات شيوعًا ويسهل تخمينها. اختر غيرها.
field-too-long = هذا أطول من اللازم.
field-ice-invalid = يتكون المعرف الموحد للمقاولة (ICE) من 15 رقمًا بالضبط.
field-register-number-invalid = أدخل رقم التسجيل كما يظهر في شهادتك (حروف وأرقام و / - .).
field-email-taken = يوجد حساب يستخدم هذا البريد الإلكتروني. هل تريد تسجيل الدخول؟
field-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين.
field-current-password-wrong = كلمة المرور الحالية غير صحيحة.

account-title = حسابك
account-greeting = مرحبًا، { $name }
account-roles = أدوارك
account-change-password = تغيير كلمة المرور
account-change-password-submit = غيّر كلمة المرور
account-password-changed = تم تغيير كلمة المرور. تم تسجيل الخروج من كل الجلسات الأخرى لحسابك.

role-consumer = مشترٍ
role-cooperative-member = عضو في تعاونية
role-expert = خبير متطوع
role-admin = مسؤول

error-not-found = لم نجد ما طلبته.
error-unauthorized = يرجى تسجيل الدخول للمتابعة.
error-forbidden = غير مسموح لك بالقيام بهذا.
error-invalid-input = بعض الحقول تحتاج إلى تصحيح. لم يُحفظ شيء.
error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-rate-limited = { $minutes ->
    [one] محاولات كثيرة جدًا. يرجى الانتظار دقيقة ثم المحاولة مجددًا.
    [two] محاولات كثيرة جدًا. يرجى الانتظار دقيقتين ثم المحاولة مجددًا.
    [few] محاولات كثيرة جدًا. يرجى الانتظار { $minutes } دقائق ثم المحاولة مجددًا.
   *[other] محاولات كثيرة جدًا. يرجى الانتظار { $minutes } دقيقة ثم المحاولة مجددًا.
}
error-conflict = تم تغيير هذا أو إرساله من قبل. يرجى إعادة تحميل الصفحة.
error-cross-site = جاء هذا الطلب من موقع آخر فتم رفضه. لم يتغير شيء.
error-payload-too-large = ما أرسلته كبير جدًا: 10 ميغابايت على الأكثر للملف الواحد.
error-bad-request = النموذج ناقص أو تالف. يرجى المحاولة مرة أخرى.
error-internal = حدث خطأ من جهتنا. لم يتغير شيء؛ يرجى المحاولة مرة أخرى.

# Cooperatives
field-phone-invalid = أدخل رقم هاتف مغربيًا، مثل 0612345678 أو ‎+212 612 345 678.
field-number-invalid = أدخل عددًا صحيحًا (1 على الأقل بالنسبة للأعضاء).
field-choice-invalid = اختر أحد الخيارات المقترحة.
field-date-invalid = أدخل تاريخًا صحيحًا غير مستقبلي (سنة-شهر-يوم أو يوم/شهر/سنة).
field-women-exceed-members = لا يمكن أن يتجاوز عدد العضوات مجموع الأعضاء.
field-register-number-unknown = هذا الرقم غير موجود في السجل المركزي للتعاونيات. تحقق منه في شهادتك.
field-register-number-taken = توجد تعاونية بهذا الرقم مسجلة على تعاون بالفعل.
nav-my-cooperatives = تعاونياتي
nav-admin = الإدارة
coop-new-title = سجّل تعاونيتك
coop-new-lead = نتحقق من معلوماتك في السجل المركزي للتعاونيات. بعد التوثيق، يمكن لتعاونيتك البيع على تعاون.
coop-new-submit = أرسل للتحقق
coop-field-register-number = رقم التسجيل
coop-field-ice = المعرف الموحد للمقاولة ICE (15 رقمًا)
coop-field-name-ar = الاسم القانوني بالعربية
coop-field-name-fr = الاسم القانوني بالفرنسية
coop-field-region = الجهة
coop-field-province = الإقليم أو العمالة
coop-field-sector = القطاع
coop-field-founded-on = تاريخ التأسيس
coop-field-member-count = عدد الأعضاء
coop-field-women-count = منهم نساء
coop-field-phone = الهاتف
coop-choose = اختر…
coop-mine-title = تعاونياتي
coop-mine-empty = لا تدير أي تعاونية على تعاون بعد.
coop-mine-submitted = شكرًا. أُرسلت تعاونيتك للتحقق، وسنراسلك بالقرار عبر البريد الإلكتروني.
coop-mine-register = تسجيل تعاونية
coop-view-storefront = عرض واجهة المتجر
coop-state-draft = مسودة
coop-state-submitted = في انتظار التحقق
coop-state-verified = موثقة
coop-state-rejected = مرفوضة
coop-state-suspended = موقوفة
coop-reason = السبب
admin-queue-title = تعاونيات في انتظار التحقق
admin-queue-empty = لا شيء لعرضه هنا.
admin-queue-declared = المصرّح به
admin-queue-register = السجل المركزي
admin-queue-not-in-register = غير موجود في السجل
admin-match-exact = تطابق تام مع السجل
admin-match-partial = تطابق جزئي: تحقق من الحقول المشار إليها
admin-match-none = لا يوجد قيد بهذا الرقم في السجل
admin-match-differs = مختلف
admin-verify = توثيق
admin-reject = رفض
admin-suspend = إيقاف
admin-reinstate = إعادة التفعيل
admin-reason-label = السبب (يُرسل إلى التعاونية)
admin-decision-recorded = سُجّل القرار وأُبلغت التعاونية عبر البريد الإلكتروني.
admin-tab-submitted = للتحقق
admin-tab-verified = الموثقة
admin-tab-rejected = المرفوضة
admin-tab-suspended = الموقوفة
admin-submitted-on = أُرسلت بتاريخ
storefront-verified-badge = تعاونية موثقة · رقم التسجيل { $number }
storefront-women-led = تقودها نساء
storefront-founded = تأسست سنة { $year }
storefront-members = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
mail-cooperative-verify-subject = تم توثيق تعاونيتك { $name }
mail-cooperative-verify-body = خبر سار: أصبحت { $name } موثقة على تعاون. يمكنك الآن إعداد هويتك البصرية وعرض منتجاتك.
mail-cooperative-reject-subject = تعذّر توثيق تعاونيتك { $name }
mail-cooperative-reject-body = لم نتمكن من توثيق { $name }. السبب: { $reason }. يمكنك تصحيح معلوماتك وإرسالها من جديد.
mail-cooperative-suspend-subject = تم إيقاف تعاونيتك { $name }
mail-cooperative-suspend-body = أُوقفت { $name } على تعاون ولا يمكنها البيع حاليًا. السبب: { $reason }.
mail-cooperative-reinstate-subject = عادت تعاونيتك { $name } إلى النشاط
mail-cooperative-reinstate-body = رُفع الإيقاف عن { $name }: يمكنها البيع على تعاون من جديد.
mail-cooperative-submit-subject = توصلنا بطلب { $name }
mail-cooperative-submit-body = أُرسلت { $name } للتحقق.

# Visual identity
field-colour-invalid = اختر لونًا (#rrggbb).
identity-title = الهوية البصرية
identity-edit = تعديل الهوية البصرية
identity-not-verified = يجب توثيق تعاونيتك قبل إعداد هويتها البصرية.
identity-saved = حُفظت هويتك البصرية، وهي تظهر الآن في واجهة المتجر.
identity-preview = معاينة
identity-preview-accent = ألوانك، مع نص يبقى مقروءًا
identity-primary-colour = اللون الرئيسي
identity-secondary-colour = اللون الثانوي
identity-tagline-ar = الشعار بالعربية
identity-tagline-fr = الشعار بالفرنسية
identity-tagline-en = الشعار بالإنجليزية
identity-story-ar = قصتكم بالعربية
identity-story-fr = قصتكم بالفرنسية
identity-story-en = قصتكم بالإنجليزية
identity-save = حفظ ونشر
identity-versions = النسخ السابقة
identity-version = النسخة { $version } · { $date }
identity-current = الحالية
identity-restore = استرجاع

## Uploads and the media pipeline
field-file-empty = اختر ملفًا: هذا الملف فارغ أو غير موجود.
field-file-too-large = يتجاوز هذا الملف 10 ميغابايت. أرسل صورة أخف.
field-file-type = هذا الملف غير مقبول. أرسل صورة JPEG أو PNG أو WebP (أو PDF للوثائق).
field-image-dimensions = هذه الصورة كبيرة جدًا: 8192 بكسل للضلع و40 ميغابكسل على الأكثر.
field-image-damaged = هذه الصورة ناقصة أو تالفة ولا يمكن قراءتها.
identity-logo = الشعار
identity-banner = اللافتة
identity-image-hint = JPEG أو PNG أو WebP، بحد أقصى 10 ميغابايت. تُزال بيانات الصورة المخفية (موقع GPS…).
identity-upload-logo = رفع الشعار
identity-upload-banner = رفع اللافتة
identity-palette = ألوان مستخرجة من شعارك
identity-palette-none = ارفع شعارًا وسنقترح عليك ألوانًا من لوحته.
storefront-logo-alt = شعار { $name }
coop-field-certificate = الشهادة السلبية أو مستخرج من السجل
coop-field-certificate-hint = PDF أو JPEG أو PNG، بحد أقصى 10 ميغابايت. لا يمكن تنزيلها إلا لأعضاء التعاونية والمشرفين. إذا عاد النموذج بخطأ، اختر الملف من جديد.
coop-certificate-download = تنزيل الشهادة
admin-no-certificate = لم تُرسل أي شهادة

## The register upload (admins)
error-import-refused = لم يُستورد الملف. صحّح المشاكل أدناه وأرسله من جديد: لم يتغير شيء.
registry-title = السجل المركزي للتعاونيات
registry-lead = استورد السجل بصيغة CSV (UTF-8) بالأعمدة: رقم التسجيل، الاسم بالعربية، الاسم بالفرنسية، الجهة، الإقليم، القطاع، تاريخ التسجيل، الوضعية. يُفحص كل سطر أولًا: ملف به سطر واحد خاطئ لا يُستورد منه شيء. إعادة استيراد الملف نفسه لا تغير شيئًا.
registry-size = يضم السجل { $count } تعاونية.
registry-imported = تم الاستيراد: أضيفت { $created }، وحُدّثت { $updated }، ولم تتغير { $unchanged }.
registry-problems = مشاكل الملف
registry-more-problems = … و{ $count } مشاكل أخرى.
registry-file = ملف السجل (CSV)
registry-file-hint = CSV بترميز UTF-8، بحد أقصى 32 ميغابايت.
registry-import = استيراد السجل
registry-problem-not-utf8 = الملف ليس بترميز UTF-8. احفظه بصيغة «CSV UTF-8» وأرسله من جديد.
registry-problem-empty = ليس في الملف سطر عناوين أو بيانات.
registry-problem-missing-column = عمود ناقص: { $column }.
registry-problem-line = السطر { $line }: { $reasons }
registry-row-register-number = رقم التسجيل غائب أو غير صحيح
registry-row-name-missing = لا اسم بالعربية ولا بالفرنسية
registry-row-name-too-long = اسم يتجاوز 200 حرف
registry-row-unknown-region = جهة غير معروفة
registry-row-unknown-province = إقليم غير معروف في هذه الجهة
registry-row-unknown-sector = قطاع غير معروف
registry-row-bad-date = تاريخ غير صحيح (YYYY-MM-DD أو DD/MM/YYYY)
registry-row-unknown-status = وضعية غير معروفة
registry-row-column-count = عدد الأعمدة غير صحيح
registry-row-duplicate-number = رقم موجود في سطر سابق

## Team and invitations
field-already-member = هذا الشخص عضو في الفريق من قبل.
field-already-invited = دعوة إلى هذا العنوان تنتظر القبول من قبل.
field-too-many-invitations = دعوات كثيرة تنتظر الرد. انتظر قبولها أو انتهاء صلاحيتها.
error-invitation-invalid = رابط الدعوة هذا لم يعد صالحًا: استُعمل من قبل أو انتهت صلاحيته. اطلب دعوة جديدة.
error-invitation-for-another = أُرسلت هذه الدعوة إلى عنوان بريد آخر. سجّل الدخول بحساب ذلك العنوان.
coop-settings-title = الملف والإعدادات
coop-settings-payment = الأداء
coop-settings-cod = يمكن للمشترين أداء ثمن طرودنا نقدًا عند الاستلام
coop-settings-cod-hint = أوقفوا هذا الخيار إذا كان ناقلكم لا يستطيع تحصيل النقود. يؤدي مشترو منتجاتكم حينها بالبطاقة، إن كان الأداء بالبطاقة مفعّلًا.
coop-settings-save = حفظ
coop-settings-saved = تم الحفظ. يظهر التعديل في الملف العام الآن.
team-title = الفريق
team-invited = أُرسلت الدعوة. الرابط صالح لمدة 7 أيام.
team-role-owner = المالك
team-role-manager = مسيّر
team-invite-heading = دعوة مسيّر
team-invite-lead = يتلقى الشخص المدعو رابطًا بالبريد الإلكتروني. بعد القبول، يمكنه تسيير الهوية البصرية للتعاونية ثم منتجاتها لاحقًا.
team-invite = إرسال الدعوة
team-pending = دعوات في الانتظار
team-expires = تنتهي في { $date }
team-joined = أصبحت الآن عضوًا في فريق التعاونية.
invitation-title = دعوة
invitation-lead = أنت مدعو لتسيير التعاونية «{ $name }» على تعاون. أُرسلت الدعوة إلى { $email }.
invitation-accept = قبول الدعوة
invitation-sign-in-first = سجّل الدخول (أو أنشئ حسابًا) بالعنوان المدعو لقبول الدعوة.
mail-invitation-subject = دعوة لتسيير { $name } على تعاون
mail-invitation-body = مرحبًا،

    يدعوك { $inviter } لتسيير التعاونية «{ $name }» على تعاون.

    للقبول، افتح هذا الرابط (صالح لمدة { $days } أيام) وسجّل الدخول بهذا العنوان:
    { $link }

    إذا كنت لا تعرف هذه التعاونية، فتجاهل هذه الرسالة.
coop-edit-title = تصحيح الملف وإعادة إرساله
coop-edit-lead = صحّح ما أشار إليه المشرف، ثم أعد إرسال الملف: سيعود إلى التحقق.
coop-edit-not-rejected = لا يمكن تصحيح وإعادة إرسال إلا ملف مرفوض.
coop-edit-certificate-hint = اختياري: بدون ملف جديد، تُحفظ الشهادة المرسلة سابقًا. PDF أو JPEG أو PNG، بحد أقصى 10 ميغابايت.
coop-edit-submit = إعادة الإرسال للتحقق

## Catalog
categories-title = الأصناف
categories-description = كل ما تبيعه التعاونيات المغربية: زيوت، عسل، زعفران، توابل، كسكس، مستحضرات تجميل، زرابي، فخار…
breadcrumbs = مسار التنقل
breadcrumb-home = الرئيسية

## Products
field-price-invalid = أدخل ثمنًا أكبر من 0 بمنزلتين عشريتين على الأكثر، مثل 120 أو 120,50.
field-quantity-invalid = أدخل كمية أكبر من 0 (عددًا صحيحًا للقطع)، مثل 250 أو 1,5.
field-sku-invalid = استعمل الحروف والأرقام و - _ . / فقط (40 على الأكثر).
field-one-language-required = املأ لغة واحدة على الأقل.
field-sku-taken = منتوج آخر من منتوجاتك يحمل هذا المرجع.
field-too-many-photos = للمنتوج 8 صور على الأكثر؛ احذف واحدة أولًا.
error-publish-blocked = لا يمكن نشر هذا المنتوج بعد.
publish-blocked-lead = قبل النشر:
publish-blocker-cooperative-not-verified = يجب أن تكون تعاونيتك موثقة؛
publish-blocker-no-title = أعطِ المنتوج عنوانًا بلغة واحدة على الأقل؛
publish-blocker-no-price = حدّد له ثمنًا أكبر من 0؛
publish-blocker-no-photo = أضف صورة واحدة على الأقل (المنتوج المنشور يحتفظ بصورة واحدة على الأقل).
products-none = لا منتوجات هنا بعد.
products-count = { $count ->
    [zero] لا منتوجات
    [one] منتوج واحد
    [two] منتوجان
    [few] { $count } منتوجات
    [many] { $count } منتوجًا
   *[other] { $count } منتوج
}
products-not-verified = لا تعرض المنتوجات إلا التعاونيات الموثقة. ملف تعاونيتك قيد التحقق.
sort-label = الترتيب حسب
sort-apply = رتّب
sort-newest = الأحدث
sort-price-asc = الثمن: من الأرخص
sort-price-desc = الثمن: من الأغلى
pager-label = الصفحات
pager-previous = → السابقة
pager-next = التالية ←
pager-status = الصفحة { $page } من { $pages }
unit-g = غرام (غ)
unit-kg = كيلوغرام (كغ)
unit-ml = مليلتر (مل)
unit-l = لتر (ل)
unit-piece = قطع
unit-price-per-kg = { $price } للكيلوغرام
unit-price-per-l = { $price } للتر
unit-price-per-piece = { $price } للقطعة
product-in-stock = { $count ->
    [one] متوفر: بقيت قطعة واحدة
    [two] متوفر: بقيت قطعتان
    [few] متوفر: { $count } قطع
    [many] متوفر: { $count } قطعة
   *[other] متوفر: { $count } قطعة
}
product-out-of-stock = نفد من المخزون
product-labels = العلامات
product-description = الوصف
price-breakdown = أين تذهب نقودك
price-breakdown-price = الثمن الذي تدفعه
price-breakdown-fee = عمولة تعاون ({ $percent } %)
price-breakdown-cooperative = تتلقى التعاونية
product-share-whatsapp = شارك على واتساب
product-share-link = رابط هذا المنتوج
product-share-copy = انسخ الرابط
product-share-copied = تم نسخ الرابط
product-coop-verified = تعاونية موثقة
product-coop-more = { $count ->
    [one] شاهد منتوجها
    [two] شاهد منتوجيها
    [few] شاهد منتوجاتها الـ{ $count }
    [many] شاهد منتوجاتها الـ{ $count }
   *[other] شاهد منتوجاتها الـ{ $count }
}
product-edit = تعديل المنتوج
product-new = منتوج جديد
product-create = أنشئ المسودة
product-save = احفظ
product-saved = تم الحفظ.
product-preview = معاينة
product-hidden = أخفاه فريق تعاون:
product-texts = العنوان والوصف
product-texts-hint = املأ لغة واحدة على الأقل؛ من يقرأ بلغة أخرى سيرى ما كتبته.
product-format-hint = التنسيق: **عريض**، *مائل*، والأسطر التي تبدأ بـ «- » تصبح قائمة. كل ما عدا ذلك يظهر نصًا عاديًا.
product-offer = الثمن والمخزون
product-field-title = المنتوج
product-field-title-ar = العنوان بالعربية
product-field-title-fr = العنوان بالفرنسية
product-field-title-en = العنوان بالإنجليزية
product-field-description-ar = الوصف بالعربية
product-field-description-fr = الوصف بالفرنسية
product-field-description-en = الوصف بالإنجليزية
product-field-sku = مرجعك (SKU)
product-field-category = الصنف
product-field-price = الثمن (درهم)
product-field-stock = المخزون
product-field-quantity = الكمية في العبوة
product-field-unit = الوحدة
product-field-weight = وزن الشحن بالغرام (اختياري)
product-labels-none = لم تصرّح تعاونيتك بأي علامة بعد.
product-options = الخيارات
product-options-hint = بع هذا المنتج بعدة أحجام أو أوزان أو ألوان: خيار لكل واحد، بمرجعه وثمنه وكميته ومخزونه. المنتج ذو الخيار الواحد لا يحتاج اسما له.
product-option-n = الخيار { $n }
product-option-new = أضف خيارا
product-option-label = الاسم (100 مل، أحمر…)
product-option-photo = الصورة
product-option-photo-none = بلا صورة
product-option-photo-n = الصورة { $n }
product-option-remove = احذف هذا الخيار
product-options-save = احفظ الخيارات
product-options-priced-apart = الثمن والكمية والمخزون تحدد لكل خيار، في قسم الخيارات.
product-option-gtin = رقم الرمز الشريطي (GTIN، اختياري)
product-in-feeds = اعرضه في قوائم التسوق (Google وFacebook وInstagram)
product-in-feeds-save = احفظ
product-photos = الصور
product-state = الحالة
product-state-draft = مسودة
product-state-published = معروض للبيع
product-state-archived = مؤرشف
product-event-publish = انشر
product-event-unpublish = أرجعه مسودة
product-event-archive = أرشِف
product-event-restore = استرجعه مسودة
photo-add = أضف صورة
photo-upload = أرسل الصورة
photo-earlier = قدّم
photo-later = أخّر
photo-remove = احذف
photo-describe = احفظ الأوصاف
photo-alt-ar = ما تُظهره الصورة، بالعربية
photo-alt-fr = ما تُظهره الصورة، بالفرنسية
photo-alt-en = ما تُظهره الصورة، بالإنجليزية
my-products-title = المنتوجات
my-products-empty = لا منتوجات بعد. أنشئ أول منتوج.
storefront-products = المنتوجات
home-featured = تعاونيات مختارة
home-newest = منتوجات جديدة
home-women-led = تعاونيات نسائية
home-women-led-lead = تعاونيات نصف أعضائها على الأقل من النساء.
coop-card-products = { $count ->
    [zero] لا منتوجات
    [one] منتوج واحد
    [two] منتوجان
    [few] { $count } منتوجات
    [many] { $count } منتوجًا
   *[other] { $count } منتوج
}
moderation-title = الإشراف
moderation-reason = السبب (ستراه التعاونية)
moderation-hide = أخفِ هذا المنتوج
moderation-show = أظهره من جديد

## Labels
labels-title = العلامات
labels-lead = صرّح بعلامات الجودة مع رقم الشهادة أو الترخيص. يتحقق منها فريق تعاون؛ ولا تظهر على منتوجاتك إلا العلامات الموثقة.
labels-none = لم تصرّح بأي علامة بعد.
labels-declare = صرّح بعلامة
labels-saved = تم التصريح بالعلامة. ستظهر بعد أن يتحقق منها فريق تعاون.
labels-decided = تم تسجيل القرار.
label-field-kind = العلامة
label-field-reference = رقم الشهادة أو الترخيص
label-field-evidence = الإثبات (اختياري)
label-field-evidence-hint = الشهادة بصيغة PDF أو JPEG أو PNG، حتى 10 ميغابايت.
label-evidence-download = الإثبات
label-organic = بيولوجي
label-igp = بيان جغرافي محمي (IGP)
label-aop = تسمية منشأ محمية (AOP)
label-label-agricole = العلامة الفلاحية
label-fair-trade = التجارة المنصفة
label-onssa = مرخّص من أونسا
label-state-pending = قيد التحقق
label-state-verified = موثقة
label-state-rejected = مرفوضة
label-verify = وثّق
label-reject = ارفض
label-reject-reason = سبب الرفض
admin-labels-title = علامات للتحقق
admin-labels-empty = لا علامات في الانتظار.

## Product CSV
csv-title = الاستيراد والتصدير (CSV)
csv-lead = أضف منتوجات كثيرة أو حدّثها دفعة واحدة: نزّل النموذج، واملأ منتوجًا في كل سطر، ثم أرسله. السطر الذي يحمل مرجعًا (SKU) تستعمله من قبل يحدّث ذلك المنتوج؛ والأسطر الأخرى تصبح مسودات. إذا كان في أي سطر خطأ، لا يُستورد شيء.
csv-template = نزّل النموذج
csv-export = صدّر منتوجاتي
csv-file = ملف CSV
csv-file-hint = ملف CSV بترميز UTF-8، مفصول بفواصل أو فواصل منقوطة، حتى 5000 سطر.
csv-import = استورد
csv-imported = تم الاستيراد: { $created } جديدة، و{ $updated } محدّثة.
csv-too-many-lines = في الملف أكثر من { $max } سطر؛ قسّمه.
csv-problem-field = السطر { $line }، العمود «{ $column }»: { $reason }
error-products-import-refused = لم يُستورد شيء: في الملف أخطاء.
filter-label = العلامة
filter-label-any = الكل

# البحث
search-results-for = نتائج البحث عن «{ $query }»
search-truncated = تجاوز بحثك 200 حرف؛ بحثنا عن أول 200 حرف منه.
search-filters = التصفية
search-filters-count = { $count ->
    [0] التصفية
   *[other] التصفية ({ $count })
}
search-active-filters = عوامل التصفية المطبقة
search-price-between = من { $min } إلى { $max } درهم
search-price-from = من { $min } درهم فما فوق
search-price-up-to = حتى { $max } درهم
search-clear = إزالة كل عوامل التصفية
search-remove-filter = إزالة هذا العامل
search-facet-category = الفئة
search-facet-region = الجهة
search-facet-sector = القطاع
search-facet-cooperative = التعاونية
search-facet-label = علامة موثقة
search-facet-price = السعر (درهم)
search-price-min = من
search-price-max = إلى
search-apply = تطبيق
search-in-stock = متوفر
search-women-led = تعاونيات نسائية
search-none = لا يوجد منتج يطابق بحثك.
search-did-you-mean = هل تقصد:
search-suggestions = منتجات مقترحة
search-see-all = عرض كل النتائج
search-browse-instead = أو تصفح حسب الفئة:
sort-relevance = الأكثر صلة
sort-rating = الأعلى تقييما
error-search-unavailable = البحث غير متاح حاليا. يرجى المحاولة بعد قليل، أو التصفح حسب الفئة.

# Cart, checkout and orders
cart-added = أضيف إلى سلتك.
cart-continue = تصفح المنتوجات
cart-from = من
cart-quantity = الكمية
cart-update = تحديث
cart-remove = إزالة
cart-price-was = (كان { $price })
cart-problem-unavailable = لم يعد معروضا للبيع: أزله لطلب الباقي.
cart-problem-sold-out = نفد من المخزون: أزله لطلب الباقي.
cart-problem-not-enough = بقي { $count } فقط: قلل الكمية.
cart-prices-changed = تغيرت بعض الأثمنة منذ أن أضفت هذه المنتوجات. راجعها ثم اقبل الأثمنة الجديدة لتتمكن من الطلب.
cart-accept-prices = أقبل الأثمنة الجديدة
cart-has-problems = لا يمكن طلب بعض المنتوجات كما هي. عدّلها أو أزلها أدناه.
cart-fix-first = صحح السلة قبل الطلب.
cart-summary = الملخص
cart-goods = المنتوجات
cart-delivery = التوصيل
cart-delivery-free = مجاني
cart-free-delivery-missing = أضف { $amount } من منتوجات هذه التعاونية لتحصل على توصيل مجاني.
cart-share = تتوصل التعاونية بـ
cart-total = المجموع
cart-checkout = إتمام الطلب
checkout-title = إتمام الطلب
checkout-back-to-cart = العودة إلى السلة
checkout-items = { $count } منتوج
checkout-delivery = عنوان التوصيل
checkout-email = البريد الإلكتروني (اختياري)
checkout-name = اسم المستلم
checkout-phone = الهاتف (يتصل به عامل التوصيل)
checkout-region = الجهة
checkout-city = المدينة
checkout-address = العنوان
checkout-notes = ملاحظات لعامل التوصيل (اختياري)
checkout-payment = الأداء
checkout-pay-cod = الدفع عند الاستلام
checkout-pay-cod-hint = تدفع نقدا لعامل توصيل كل تعاونية عند وصول طردك.
checkout-no-payment = لا توجد وسيلة أداء متاحة لهذه السلة: إحدى تعاونياتها لا تقبل الدفع عند الاستلام.
checkout-place = تأكيد الطلب
order-title = الطلب { $number }
order-placed-thanks = شكرا! تم تسجيل طلبك. ستؤكد كل تعاونية الجزء الخاص بها.
order-keep-link = احتفظ بعنوان هذه الصفحة: يتيح لك تتبع طلبك. أرسلناه إليك أيضا في رسالة نصية على هاتفك (وعبر البريد الإلكتروني إن أعطيتنا عنوانا).
order-state-pending-payment = في انتظار الأداء
order-state-placed = مسجل
order-state-paid = مؤدى
order-state-fulfilled = تم التوصيل
order-state-cancelled = ملغى
shipment-state-pending = في انتظار التعاونية
shipment-state-confirmed = مؤكد
shipment-state-shipped = في الطريق
shipment-state-delivered = تم التوصيل
shipment-state-cancelled = ملغى
shipment-state-refused = رُفض عند التسليم
shipment-state-returned = أُعيد إلى التعاونية
order-payment-cod = الدفع عند الاستلام
order-payment-card = بطاقة
order-tracking = { $carrier } رقم التتبع { $number }
order-cancel-reason = السبب:
order-cancel-by-buyer = ألغاه المشتري.
order-cancel-part = إلغاء هذا الجزء
order-cancel-why = لماذا؟ (اختياري؛ تقرؤه التعاونية)
order-cancel-confirm = إلغاء هذا الجزء من الطلب
order-cancelled-part = أُلغي هذا الجزء من طلبك. تم إخبار التعاونية.
order-product = المنتوج
order-line-total = المبلغ
orders-title = طلباتي
orders-empty = لم تطلب أي شيء بعد.
orders-number = الرقم
orders-date = التاريخ
orders-state = الحالة
price-from = ابتداء من { $price }
product-option-choose = اختر
product-add-to-cart = أضف إلى السلة
error-cart-empty = سلتك فارغة: لا يوجد ما تطلبه.
error-cart-changed = بعض المنتوجات لم تعد متوفرة بهذه الكمية. لم يتم طلب أي شيء؛ تبين سلتك ما تغير.
error-own-cooperative = أنت عضو في تعاونية توجد منتجاتها في سلتك: لا يطلب الأعضاء من تعاونيتهم. لم يتم طلب أي شيء؛ أزل منتجاتها لطلب الباقي.
error-cash-orders-limit = لديك بالفعل عدة طلبات بالدفع عند التسليم تنتظر تأكيد التعاونيات. لم يتم طلب أي شيء؛ انتظر تأكيداً، أو ادفع بالبطاقة.
error-prices-changed = تغيرت بعض الأثمنة منذ أن ملأت سلتك. لم يتم طلب أي شيء؛ اقبل الأثمنة الجديدة في سلتك أولا.
field-not-enough-stock = لا يوجد هذا العدد في المخزون.
field-order-not-found = لا توجد طلبية بهذا الرقم وهذا الهاتف. تحقق منهما: رقم الطلبية يبدأ بـ TA- وتجده في الرسالة التي أرسلناها إليك.
mail-order-placed-subject = طلبك على تعاون { $number }
mail-order-placed-body = شكرا على طلبك { $number } ({ $total }).

    ستؤكد كل تعاونية الجزء الخاص بها وترسله إليك. تتبع طلبك هنا:
    { $link }
mail-order-received-subject = طلب جديد { $number }
mail-order-received-body = لديك طلب جديد، { $number }. أكده هنا:
    { $link }
mail-shipment-subject = الطلب { $number }: { $state }
mail-shipment-body = حدّثت { $cooperative } طلبك { $number }: { $state }.

    تتبع طلبك هنا:
    { $link }
inbox-title = الطلبات المطلوب تجهيزها
inbox-empty = لا توجد طلبات هنا.
inbox-filter-all = الكل
inbox-order = الطلب { $number }
inbox-confirm = تأكيد
inbox-ship = تم الإرسال
inbox-deliver = تم التوصيل
inbox-deliver-cash = تم التوصيل وتحصيل المبلغ نقدا
inbox-refuse = رُفض عند التسليم
inbox-return = عاد الطرد (يعود المخزون)
inbox-cancel = إلغاء هذا الجزء
inbox-carrier = شركة النقل (اختياري)
inbox-tracking = رقم التتبع (اختياري)
inbox-reason = السبب (يراه المشتري)
inbox-saved = تم الحفظ. تم إخبار المشتري.
inbox-collect = المبلغ المطلوب تحصيله نقدا: { $amount }
inbox-share = حصتكم: { $amount }
inbox-awaiting-card = في انتظار الأداء بالبطاقة: لا ترسلوا بعد.
coop-orders = الطلبات

# Card payments (Stripe Checkout)
checkout-pay-card = ادفع الآن بالبطاقة
checkout-pay-card-hint = ستنتقل إلى صفحة الدفع الآمنة لدى Stripe؛ يُحفظ طلبك ومخزونه ريثما تدفع.
order-awaiting-payment = هذا الطلب ينتظر الدفع بالبطاقة. تحضّره التعاونيات بمجرد دفعه.
order-pay-card = ادفع بالبطاقة
order-payment-confirming = شكرا لك. ننتظر تأكيد الدفع من البنك؛ تعرضه هذه الصفحة فور وصوله.
order-payment-failed = لم يتم الدفع بالبطاقة أو انتهت مدته. لم يُقتطع أي مبلغ وأُلغي الطلب.
order-cancel-unpaid = لم يتم الدفع بالبطاقة في الوقت المحدد.
order-cancel-refunded = تم استرداد المبلغ المدفوع.
error-payment-unavailable = الدفع بالبطاقة غير متاح حاليا. طلبك محفوظ: أعد المحاولة بعد لحظات من صفحة الطلب.
error-media-unavailable = لا يمكن حفظ الصور والملفات أو عرضها حاليا. لم يتغير شيء: يرجى المحاولة بعد لحظات.
error-busy = الخادم مشغول حاليا. لم يتغير شيء: يرجى المحاولة بعد لحظات.
error-reset-link-invalid = هذا الرابط لم يعد صالحا: سبق استعماله، أو مرت عليه أكثر من ساعة، أو لم نرسله نحن. لم يتغير شيء. اطلب رابطا جديدا أدناه.
error-verify-link-invalid = رابط التأكيد هذا لم يعد صالحا: سبق استعماله، أو مرت عليه أكثر من ثلاثة أيام، أو تغير عنوانك منذ ذلك الحين. اطلب رابطا جديدا من الشريط أعلى الصفحة.
error-sole-owner = أنت المالك الوحيد لتعاونية. اطلب من المنصة نقلها إلى عضو آخر أو تعليقها، ثم احذف حسابك. لم يتغير شيء.
error-email-not-verified = أكّد بريدك الإلكتروني أولا: افتح الرابط الذي أرسلناه إليه. لم تصلك الرسالة؟ اطلب رابطا جديدا من الشريط أعلى الصفحة. لم يتغير شيء.
mail-payment-paid-subject = تم استلام دفع الطلب { $number }
mail-payment-paid-body = استلمنا دفعتك بقيمة { $total } للطلب { $number }.

    ستؤكد كل تعاونية حصتها وترسلها إليك. تابع طلبك هنا:
    { $link }
mail-payment-failed-subject = لم يُدفع الطلب { $number }
mail-payment-failed-body = لم يتم الدفع بالبطاقة للطلب { $number } أو انتهت مدته. لم يُقتطع أي مبلغ وأُلغي الطلب.

    { $link }
mail-payment-refunded-subject = تم استرداد مبلغ الطلب { $number }
mail-payment-refunded-body = تم استرداد دفعتك بقيمة { $total } للطلب { $number }.

    { $link }

# Payout ledger
payouts-title = التحويلات والرصيد
payouts-link = التحويلات والرصيد
payouts-earned = المكتسب من الطلبات المسلّمة
payouts-cash-collected = النقود المحصّلة عند التسليم
payouts-refunded = المبالغ المستردة المحمّلة
payouts-frozen = مجمَّد بسبب اعتراضات على الدفع
payouts-received = التحويلات المستلمة
payouts-sent = التحويلات المرسلة إلى تعاون
payouts-balance = المستحق للتعاونية
payouts-balance-owing = المستحق على التعاونية
payouts-how = الطلبات بالبطاقة: حصّلت تعاون المال وتدين للتعاونية بثمن المنتجات والتوصيل ناقص العمولة. الدفع عند التسليم: حصّلت التعاونية المال وتدين لتعاون بالعمولة.
payouts-download = تنزيل الكشف (CSV)
payouts-none = لا شيء بعد: يُسجَّل هنا كل طلب تم تسليمه.
payouts-date = التاريخ
payouts-kind = العملية
payouts-kind-card-paid = دفع بالبطاقة
payouts-kind-cash-collected = نقود محصّلة عند التسليم
payouts-kind-earned = طلب مسلَّم
payouts-kind-refund = استرداد
payouts-kind-transfer-to-cooperative = تحويل إلى التعاونية
payouts-kind-transfer-from-cooperative = تحويل من التعاونية
payouts-kind-dispute-hold = مجمَّد: بنك المشتري يعترض على الدفع
payouts-kind-dispute-release = رُفع التجميد: أُغلق الاعتراض
payouts-order = الطلب
payouts-reference = مرجع التحويل
payouts-amount = المبلغ (درهم)
payouts-paid-on = يوم إرسال التحويل
payouts-direction = الاتجاه
payouts-direction-to-cooperative = دفعت تعاون للتعاونية
payouts-direction-from-cooperative = دفعت التعاونية لتعاون
payouts-record = تسجيل تحويل بنكي
payouts-saved = تم تسجيل التحويل.
admin-payouts-title = التحويلات والعمولات المستحقة
admin-payouts-none = لا يوجد مبلغ مفتوح مع أي تعاونية.
admin-payouts-to-pay = تعاونيات يجب الدفع لها
admin-payouts-owing = تعاونيات عليها عمولات
admin-payouts-none-to-pay = لا تنتظر أي تعاونية تحويلاً.
admin-payouts-none-owing = لا توجد تعاونية عليها عمولات.
admin-payouts-cooperative = التعاونية
admin-refunds-title = استردادات بالبطاقة لم تكتمل
admin-refunds-none = كل الاستردادات بالبطاقة تمّت.
admin-refunds-how = يُعاد إرسال الاسترداد المنتظر إلى Stripe كل خمس دقائق. أمّا المرفوض فيُسوّى من لوحة تحكم Stripe، ثم يُسجّله حدثه في الحسابات.
admin-refunds-state = الحالة (المحاولات)
admin-refunds-error = ردّ Stripe
refund-state-requested = في انتظار Stripe
refund-state-sent = أُرسل
refund-state-failed = رفضه Stripe
recon-title = المطابقة
recon-from = من (ضمناً)
recon-to = إلى (ضمناً)
recon-show = عرض
recon-total = كل التعاونيات
recon-sales = المبيعات المسلّمة
recon-cash = النقود المحصّلة من طرف التعاونية
recon-card = المبيعات بالبطاقة
recon-fees = العمولات المكتسبة
recon-refunds = المبالغ المستردة بالبطاقة
recon-charged-back = المبالغ المستردة المحمّلة
recon-frozen = مجمَّد بسبب اعتراضات
recon-transferred-to = التحويلات إلى التعاونية
recon-transferred-from = التحويلات من التعاونية
recon-position = المفتوح في النهاية (مستحق لها؛ بالسالب: عليها)
recon-balanced = الدفتر متوازن: لكل مدين دائن.
recon-unbalanced = الدفتر غير متوازن في هذه الفترة: أخبر الفريق التقني.
recon-card-collected = المدفوعات بالبطاقة المحصّلة:
recon-download = تنزيل (CSV)
field-amount-over-balance = هذا المبلغ أكبر من المبلغ المفتوح مع هذه التعاونية.
field-transfer-wrong-direction = المبلغ المفتوح في الاتجاه الآخر: اختر الاتجاه الآخر.

# Reviews
reviews-title = الآراء
reviews-average = { $average } من 5 · { $count ->
    [zero] لا آراء
    [one] رأي واحد
    [two] رأيان
    [few] { $count } آراء
   *[other] { $count } رأيا
}
reviews-none = لا توجد آراء بعد.
reviews-stars = { $stars ->
    [one] نجمة واحدة من 5
    [two] نجمتان من 5
    [few] { $stars } نجوم من 5
   *[other] { $stars } نجمة من 5
}
reviews-see-product = عرض المنتج
reviews-hidden = مخفي عن المشترين:
reviews-reply-heading = رد التعاونية
reviews-reply = الرد على هذا الرأي (مرة واحدة، يراه الجميع)
reviews-reply-submit = نشر الرد
reviews-hide-reason = سبب إخفاء هذا الرأي
reviews-hide = إخفاء الرأي
reviews-rate = ما تقييمك لـ { $product }؟
reviews-body = رأيك (اختياري)
reviews-submit = نشر رأيي
reviews-yours = تقييمك لـ { $product }:
reviews-thanks = شكرا لك: تم نشر رأيك.
mail-part-updated-subject = الطلب { $number }: { $state }
mail-part-updated-body = أصبحت حصتك من الطلب { $number }: { $state }. طلباتك:
    { $link }

## الخبراء المتطوعون
nav-requests = طلبات الخبراء
expert-apply-title = تطوع كخبير
expert-apply-lead = ضع مهاراتك في خدمة التعاونيات: أخبرها بما تتقنه، وبأي لغات، وأين. يتحقق فريق تعاون من كل ملف قبل أن تتمكن من أخذ الطلبات.
expert-apply = أرسل طلبي
expert-save = احفظ ملفي
expert-saved = تم حفظ ملفك.
expert-your-state = ملفك:
expert-reason = السبب:
expert-see-requests = عرض الطلبات
expert-public-link = ملفي العام
expert-public-title = { $name }، خبير متطوع
expert-skills = ما تتقنه
expert-languages = اللغات
expert-mode = طريقة عملك
expert-remote = عن بعد
expert-on-site = في عين المكان، داخل التعاونية
expert-regions = الجهات التي يمكنك التنقل إليها
expert-capacity = عدد الطلبات في وقت واحد
expert-capacity-hint = كم طلبًا يمكنك متابعته في الوقت نفسه (من 1 إلى 10).
expert-capacity-of = يأخذ { $capacity } في وقت واحد
expert-bio = نبذة عنك: خبرتك وأعمالك
expert-portfolio = معرض الأعمال
expert-portfolio-image = عمل من المعرض
expert-portfolio-add = أضف صورة من عملك
expert-portfolio-upload = أضف إلى المعرض
expert-portfolio-remove = إزالة
expert-state-pending = في انتظار التحقق
expert-state-verified = موثَّق
expert-state-rejected = غير مقبول
admin-experts-title = الخبراء
admin-experts-tabs = الخبراء حسب الحالة
admin-experts-empty = لا يوجد خبير في هذه الحالة.
admin-experts-verify = توثيق
admin-experts-reject = رفض
mail-expert-verified-subject = أصبحت خبيرًا موثَّقًا على تعاون
mail-expert-verified = تم توثيق ملفك كخبير: يمكنك الآن أخذ طلبات التعاونيات.

    { $link }
mail-expert-rejected-subject = ملفك كخبير على تعاون
mail-expert-rejected = لم نتمكن من قبول ملفك كخبير. السبب: { $reason }. يمكنك تعديل ملفك لتقديم الطلب من جديد.

    { $link }
match-speaks = يتحدث { $language }
match-same-region = نفس الجهة: { $region }
match-remote = يعمل عن بعد
match-free = { $free ->
    [one] مكان واحد شاغر
    [two] مكانان شاغران
   *[other] { $free } أماكن شاغرة
}
match-waiting = ينتظر منذ { $days } يومًا
match-rated = تقييمه { $rating }/5
impact-completed = الطلبات المنجزة
impact-hours = الساعات المقدَّمة
impact-rating = تقييم التعاونيات
impact-not-rated = لم يُقيَّم بعد.
impact-work = الأعمال المنجزة
impact-no-work = لا يوجد طلب منجز بعد.
impact-before = قبل
impact-after = بعد
impact-no-identity = لا توجد هوية بعد
impact-sales-caption = المبيعات حول الهوية الجديدة (منشورة منذ { $date })
impact-sales-before = 30 يومًا قبل
impact-sales-after = 30 يومًا بعد
impact-ratings = ما قالته التعاونيات
report-title = برنامج الخبراء
report-median-claim = المدة الوسيطة قبل أول تكفّل
report-hours = { $hours } س
report-completion = نسبة الإنجاز
report-total-hours = الساعات المقدَّمة
report-by-state = الطلبات حسب الحالة
report-by-skill = الطلبات حسب النوع
board-title = طلبات التعاونيات
board-apply-first = تطوع كخبير لتصلك اقتراحات الطلبات وتأخذها.
board-not-verified = ملفك كخبير في انتظار التحقق: يمكنك قراءة الطلبات، وأخذها بعد أن يوثقك الفريق.
board-capacity = تتابع { $held } من أصل { $capacity } طلبات.
board-suggested = مقترحة لك
board-suggested-none = لا يوجد حاليًا طلب مفتوح يوافق مهاراتك.
board-mine = طلباتك
board-open = كل الطلبات المفتوحة
board-open-none = لا يوجد طلب مفتوح.
board-any = الكل
board-yes = نعم
board-no = لا
board-filter = تصفية
coop-requests-title = مساعدة الخبراء
coop-requests-none = لا يوجد طلب بعد.
identity-ask-expert = اطلب شعارًا من خبير
request-new = اطلب المساعدة
request-limit = الطلبات المفتوحة: { $open } من أصل { $max }.
request-needs-verified = وحدها التعاونيات الموثقة يمكنها طلب خبير.
request-skill = نوع المساعدة
request-title = العنوان
request-description = ماذا تحتاجون؟
request-languages = اللغات المفضلة
request-on-site = في عين المكان
request-on-site-needed = يجب أن يأتي أحد إلى التعاونية
request-deadline = الموعد المرغوب (اختياري)
request-post = انشر الطلب
request-page-title = طلب مساعدة
request-back = العودة إلى الطلبات
request-cooperative = التعاونية
request-expert = الخبير
request-hours = الساعات المسجلة
request-waited = { $days ->
    [0] نُشر اليوم
   *[other] ينتظر منذ { $days } يومًا
}
request-palette = لوحة الألوان
request-why = لماذا:
request-invited-you = دعاك
request-claim = خذ هذا الطلب
request-release = أعِده
request-cancel = اسحب الطلب
request-complete = اقبل العمل
request-suggested-experts = خبراء مقترحون
request-invite = ادعُ
request-invited = تمت الدعوة
request-deliverables = العمل المسلَّم
request-deliverable-image = الصورة المسلَّمة
request-apply = طبّقها على متجري
request-applied = هذه الهوية معروضة على متجرك.
request-undo = تراجع: استرجع الهوية السابقة
request-logo = الشعار
request-file = صورة (اختياري)
request-note = ملاحظة
request-deliver = سلّم العمل
request-changes = ما الذي يجب تغييره؟
request-ask-changes = اطلب تعديلات
request-log-hours = ساعات العمل
request-log = سجّل الساعات
request-ratings = التقييمات
request-rate-expert = قيّم الخبير
request-rate-cooperative = قيّم التعاونية
request-rated-by-cooperative = من التعاونية
request-rated-by-expert = من الخبير
request-thread = الرسائل
request-thread-empty = لا توجد رسائل بعد.
request-message = رسالتك
request-send = أرسل
request-side-cooperative = التعاونية
request-side-expert = الخبير
request-side-admin = الفريق
request-state-open = مفتوح
request-state-claimed = قيد الإنجاز
request-state-delivered = مسلَّم
request-state-changes-requested = تعديلات مطلوبة
request-state-completed = منجز
request-state-cancelled = مسحوب
request-done-post = تم نشر طلبك. سيراه الخبراء المناسبون.
request-done-claim = الطلب لك الآن. عرّف بنفسك للتعاونية أسفله.
request-done-release = الطلب مفتوح من جديد لخبراء آخرين.
request-done-cancel = تم سحب الطلب.
request-done-complete = تم قبول العمل. شكرًا لكما!
request-done-undo = عادت هويتك السابقة إلى متجرك.
request-done-changes = تم إرسال طلب التعديلات إلى الخبير.
request-done-deliver = تم تسليم عملك. ستطلع عليه التعاونية.
request-done-apply = الهوية الجديدة معروضة على متجرك.
request-done-rate = شكرًا على تقييمك.
request-done-hours = تم تسجيل الساعات.
request-done-invite = تمت دعوة الخبير.
mail-request-claimed-subject = { $who } يتكفل بطلبكم «{ $title }»
mail-request-claimed = تكفل { $who } بطلبكم «{ $title }». راسلوه هنا:

    { $link }
mail-request-message-subject = رسالة جديدة في «{ $title }»
mail-request-message = كتب { $who } في «{ $title }»:

    { $link }
mail-request-delivered-subject = تم تسليم عمل في «{ $title }»
mail-request-delivered = سلّم { $who } عملًا في «{ $title }». اقبلوه أو اطلبوا تعديلات:

    { $link }
mail-request-changes-subject = تعديلات مطلوبة في «{ $title }»
mail-request-changes = يطلب { $who } تعديلات في «{ $title }»:

    { $link }
mail-request-completed-subject = تم إنجاز «{ $title }»
mail-request-completed = قبل { $who } عملك في «{ $title }». شكرًا!

    { $link }
mail-request-invited-subject = تعاونية تدعوك: «{ $title }»
mail-request-invited = يدعوك { $who } لأخذ الطلب «{ $title }»:

    { $link }
mail-request-auto-released-subject = «{ $title }» مفتوح من جديد
mail-request-auto-released = بعد مدة دون أخبار، عاد الطلب «{ $title }» مفتوحًا لخبراء آخرين.

    { $link }
mail-request-reopened-subject = «{ $title }» مفتوح من جديد
mail-request-reopened = بعد مدة دون أخبار من الخبير، عاد طلبكم «{ $title }» مفتوحًا لخبراء آخرين.

    { $link }
error-request-not-open = هذا الطلب لم يعد مفتوحًا: ربما أخذه خبير آخر.
error-over-capacity = أنت تتابع بالفعل أقصى عدد من الطلبات تسمح به طاقتك. سلّم طلبًا أو أعِده أولًا.
error-expert-not-verified = يجب أن يوثق فريق تعاون ملفك كخبير قبل أن تتمكن من أخذ الطلبات.
error-open-requests-limit = لدى تعاونيتكم بالفعل أقصى عدد مسموح به من الطلبات المفتوحة. أنجزوا طلبًا أو اسحبوه أولًا.
field-deadline-invalid = اختر تاريخًا بين الغد وسنة من الآن.

## Dashboards, settings and the audit log

dash-title-admin = السوق في لمحة
dash-title-coop = لوحة المتابعة
dash-period = الفترة المعروضة
dash-from = من
dash-to = إلى
dash-granularity = عمود لكل
dash-granularity-day = يوم
dash-granularity-week = أسبوع
dash-granularity-month = شهر
dash-apply = اعرض
dash-coarsened = هذه الفترة طويلة، لذلك تُعرض بخطوات أكبر.
dash-reset = اعرض آخر 30 يومًا
dash-table = الأرقام في جدول
dash-sales = المبيعات
dash-orders = الطلبات
dash-sales-over-time = المبيعات عبر الزمن
dash-orders-over-time = الطلبات عبر الزمن
dash-orders-by-state = الطلبات حسب الحالة
dash-top-products = المنتجات الأكثر مبيعًا
dash-col-period = فترة تبدأ في
dash-col-state = الحالة
dash-col-count = العدد
dash-col-product = المنتج
dash-col-region = الجهة
dash-col-sector = القطاع
dash-col-category = الفئة
dash-rating = متوسط التقييم
dash-rating-none = لا توجد تقييمات بعد
dash-rating-value = { $average } / 5 · عدد التقييمات: { $count }
dash-balance = المستحق لكم
dash-low-stock = مخزون منخفض
dash-low-stock-none = لا يوجد منتج بمخزون منخفض.
dash-stock-left = في المخزون: { $count }
dash-payouts = آخر التحويلات
dash-payouts-none = لا يوجد تحويل بعد.
dash-requests = طلبات الخبراء الجارية
dash-requests-none = لا يوجد طلب جارٍ.
dash-exports = التصدير
dash-none = —
dash-women-share = حصة مبيعات التعاونيات التي تقودها نساء
dash-queue = قائمة انتظار التحقق
dash-queue-empty = لا توجد تعاونية في الانتظار.
dash-queue-value = في الانتظار: { $count } · الأقدم: { $oldest } يومًا · الوسيط: { $median } يومًا
dash-payouts-due = التحويلات المستحقة
dash-payouts-due-value = { $amount } · عدد التعاونيات: { $count }
dash-balance-owing = المستحق عليكم لتعاون
dash-fees-owed = العمولات المستحقة على التعاونيات
dash-by-region = المبيعات حسب الجهة
dash-by-sector = المبيعات حسب القطاع
dash-by-category = المبيعات حسب الفئة
dash-cooperatives = التعاونيات حسب حالة التحقق
settings-title = إعدادات المنصة
settings-selling = البيع والتوصيل
settings-fee = عمولة المنصة (%)
settings-fee-hint = تُقتطع من كل عملية بيع، والباقي للتعاونية. تعرض صفحات المنتجات هذا التقسيم.
settings-delivery-fee = رسوم التوصيل لكل طرد (درهم)
settings-free-from = توصيل مجاني ابتداءً من (درهم من منتجات تعاونية واحدة)
settings-free-from-hint = اتركه فارغًا إذا لم يكن التوصيل مجانيًا أبدًا.
settings-cod = اقتراح الدفع عند الاستلام
settings-card-on = الدفع بالبطاقة مُعَدّ على الخادم.
settings-card-off = الدفع بالبطاقة غير مُعَدّ على هذا الخادم (يلزم مفتاح Stripe).
settings-cash-waiting = طلبات الدفع عند التسليم المنتظرة لكل مشترٍ
settings-cash-waiting-hint = تُحسب حسب العنوان والهاتف والحساب، إلى أن تؤكدها تعاونية: لا يمكن لأحد حجز المخزون دون أن يُعرف.
settings-max-open = عدد طلبات الخبراء المفتوحة المسموح به لكل تعاونية
settings-release-days = عدد الأيام دون نشاط قبل تحرير طلب تكفّل به خبير
settings-apply-hint = تسري التغييرات فورًا على الطلبات الجديدة، ولا تمس الطلبات السابقة.
settings-last-change = آخر تغيير: { $at } (بالتوقيت العالمي)
settings-save = حفظ الإعدادات
settings-saved = حُفظت الإعدادات (عدد التغييرات: { $count }).
settings-unchanged = لم يتغير شيء.
audit-title = سجل التدقيق
audit-filter = تصفية
audit-action = العملية
audit-actor = بواسطة (البريد الإلكتروني)
audit-subject = السجل المعني
audit-when = متى (بالتوقيت العالمي)
audit-details = التفاصيل
audit-empty = لا يوجد إدخال يطابق هذه المرشحات.
audit-more = إدخالات أقدم
audit-system = النظام

## Exports
export-title = التصدير بصيغة CSV
export-lead = اختر فترة إن أردت (اليومان مشمولان؛ تركُ الحقل فارغًا يعني منذ البداية أو حتى اليوم)، ثم الملف المراد تنزيله. تُفتح الملفات في برامج الجداول، بما في ذلك النصوص العربية.
export-from = من
export-to = إلى
export-download = تنزيل:
export-kind-orders = الطلبات
export-kind-shipments = الشحنات
export-kind-payouts = المستحقات والتحويلات
export-kind-cooperatives = التعاونيات
export-kind-products = المنتوجات
export-kind-requests = طلبات المساعدة من الخبراء
export-col-buyer-email = البريد الإلكتروني للمشتري
export-col-payment-method = طريقة الدفع
export-col-payment-state = الدفع
export-col-goods = المنتوجات (درهم)
export-col-delivery = التوصيل (درهم)
export-col-total = المجموع (درهم)
export-col-platform-fee = عمولة المنصة (درهم)
export-col-cooperative-share = حصة التعاونية (درهم)
export-col-carrier = شركة النقل
export-col-tracking = رقم التتبع
export-col-delivered-at = تاريخ التسليم
export-col-verified-at = تاريخ التوثيق
feed-description = منتجات التعاونيات المغربية، تبيعها مباشرة.
export-col-option = الخيار
export-col-sku = المرجع (SKU)
export-col-published-at = تاريخ النشر
export-col-created-at = تاريخ النشر
export-col-claimed-at = تاريخ الأخذ
export-col-completed-at = تاريخ الإنجاز
export-payment-card = بطاقة بنكية
export-payment-pending = لم يُدفع بعد
export-payment-paid = مدفوع
export-payment-failed = فشل الدفع
export-payment-refunded = مُسترجَع
error-date-range-invalid = لا يمكن استعمال هذين التاريخين: اكتبهما على شكل سنة-شهر-يوم (مثلًا 2026-03-31)، على ألا يكون الأول بعد الثاني.

# Privacy, terms and the legal notice (loi 09-08)
footer-privacy = الخصوصية
footer-terms = شروط الاستخدام
footer-legal = الإشعار القانوني
legal-not-declared = (يكمله المشغّل)
sign-up-accept = بإنشاء حساب، فإنك تقبل شروط الاستخدام؛ وتبين صفحة الخصوصية ما نحتفظ به ولماذا:
checkout-privacy = اسمك وهاتفك وعنوانك لا تذهب إلا إلى تعاونيات هذا الطلب، لتوصيله.
privacy-title = الخصوصية: ما نحتفظ به ولماذا
privacy-intro = يشغّل { $operator } منصة تعاون. تبين هذه الصفحة المعطيات الشخصية التي تحتفظ بها المنصة، ولماذا، وإلى متى، وكيف تمارس حقوقك وفق القانون المغربي 09-08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي.
privacy-what-title = ما نحتفظ به
privacy-what-body = حسابك: اسمك وبريدك الإلكتروني واللغة التي اخترتها وبصمة أحادية الاتجاه لكلمة المرور (وليس كلمة المرور نفسها أبدا).
    طلباتك: الاسم والهاتف وعنوان التوصيل التي تقدمها عند الطلب، وما طلبته وكيف دفعت. أرقام البطاقات تذهب إلى مزود الدفع ولا تصل إلينا أبدا.
    التعاونيات والمتطوعون: ما يكتبه الأعضاء والخبراء في صفحاتهم، والوثائق المرسلة للتحقق، ورسائلهم.
    الأمان: أين أنت مسجَّل الدخول (المتصفح والنظام وشبكة عنوانك، وليس العنوان كاملا أبدا)، وعدد المحاولات لكل عنوان، يُحفظ يوما واحدا، لمنع الإساءة.
privacy-why-title = لماذا
privacy-why-body = لتوصيل طلباتك: التعاونية التي تبيعك ترى اسمك وهاتفك وعنوانك لذلك الطلب فقط. ولتشغيل حسابك، ومسك المحاسبة التي يفرضها القانون، وحماية الحسابات من الإساءة. لا نبيع أي معطيات ولا نعرض أي إعلانات.
privacy-how-long-title = إلى متى
privacy-how-long-body = تنتهي الجلسة بعد 30 يوما دون استعمال؛ وعدد المحاولات بعد يوم واحد؛ ورابط إعادة تعيين كلمة المرور بعد ساعة. يبقى حسابك إلى أن تحذفه.
    تُحفظ الطلبات والقيود المحاسبية عشر سنوات، كما يفرض القانون المغربي على الوثائق المحاسبية. وإذا حذفت حسابك تبقى مبالغها ويُمحى منها اسمك وهاتفك وعنوانك.
privacy-rights-title = حقوقك
privacy-rights-body = يمكنك الاطلاع على كل ما تحتفظ به المنصة عنك (صفحة حسابك: تنزيل معطياتي)، وتصحيحه في صفحة حسابك، وحذف حسابك (صفحة حسابك: حذف حسابي). لأي طلب آخر، أو للاعتراض على معالجة، اكتب إلى { $contact }.
    ويمكنك أيضا تقديم شكاية إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.
privacy-cndp-title = التصريح لدى اللجنة الوطنية
privacy-cndp-body = هذه المعالجة للمعطيات الشخصية مصرَّح بها لدى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي تحت رقم { $declaration }.
terms-title = شروط الاستخدام
terms-intro = تسري هذه الشروط على كل من يستعمل منصة تعاون التي يشغّلها { $operator }.
terms-role-title = من يبيع
terms-role-body = تعاون سوق إلكترونية: كل منتج تبيعه لك مباشرة التعاونية المذكورة في صفحته. البيع عقد بينك وبين تلك التعاونية؛ وتعاون تربط بينكما وتستقبل الطلبات، وفي الدفع بالبطاقة تحصّل المال لحساب التعاونية.
terms-orders-title = الطلبات والدفع
terms-orders-body = الأسعار بالدرهم وهي أسعار التعاونية؛ ويضاف التوصيل حيث يُذكر. يصبح الطلب نهائيا بعد أن تؤكده التعاونية. في الدفع عند الاستلام تدفع لعامل التوصيل؛ وبالبطاقة تدفع عند الطلب وتُسترد أموالك إن لم تستطع التعاونية التوصيل.
terms-cancel-title = الإلغاء والرفض
terms-cancel-body = يمكنك إلغاء الطلب ما لم يُشحن. الطرد المرفوض عند الباب يعود إلى التعاونية، ويُسترد ما دُفع عنه بالبطاقة. وتسري حقوقك وفق القانون 31-08 القاضي بتحديد تدابير لحماية المستهلك.
terms-accounts-title = حسابك
terms-accounts-body = احتفظ بكلمة المرور لنفسك. لا تنشر شيئا غير قانوني أو مضللا أو مملوكا لغيرك. يمكن تعليق الحساب الذي يخالف هذه الشروط، بعد إخبار صاحبه بالسبب.
terms-volunteers-title = الخبراء المتطوعون
terms-volunteers-body = يقدّم الخبراء المتطوعون عملهم للتعاونية التي طلبته؛ وللتعاونية أن تستعمله بحرية لمنتجاتها.
terms-law-title = القانون الواجب التطبيق
terms-law-body = تخضع هذه الشروط للقانون المغربي. اكتب أولا إلى { $contact }: نجيب في غضون 30 يوما.
legal-title = الإشعار القانوني
legal-operator = المشغّل
legal-address = العنوان
legal-contact = الاتصال
legal-cndp = التصريح لدى اللجنة الوطنية
account-data-download = تنزيل معطياتي (JSON)
delete-title = حذف حسابي
delete-lead = يُمحى اسمك وبريدك الإلكتروني وكلمة المرور وجلساتك وسلتك وعضوياتك، وكذلك نصوص تقييماتك وملفك كخبير. لا يمكن التراجع عن ذلك.
delete-kept = ما تحتاجه التعاونيات والقانون يُحفظ دون اسمك أو هاتفك أو عنوانك: مبالغ طلباتك وتواريخها، والمحاسبة، ونجوم تقييماتك.
delete-submit = احذف حسابي نهائيا
delete-done = تم حذف حسابك. شكرا لاستعمالك تعاون.
verify-title = أكّد بريدك الإلكتروني
verify-lead = اضغط على الزر لتأكيد أن هذا العنوان عنوانك.
verify-submit = أكّد عنواني
verify-banner = أكّد بريدك الإلكتروني: أرسلنا رابطا إلى { $email }. إلى ذلك الحين يمكنك التصفح والشراء، لكن لا يمكنك تسجيل تعاونية ولا التطوع.
verify-resend = أعد إرسال الرابط
account-verify-sent = رابط جديد في الطريق إلى عنوانك. وهو صالح لثلاثة أيام.
account-verified = تم تأكيد بريدك الإلكتروني. شكرا.
account-renamed = تم تغيير اسمك.
account-email-sent = إذا كان العنوان الجديد قابلا للاستعمال، فرابط في الطريق إليه: يأخذ حسابك العنوان الجديد عند فتحه (ويُسجَّل الخروج حينها من كل الجلسات الأخرى).
account-profile = اسمك
account-rename-submit = احفظ الاسم
account-change-email = غيّر بريدك الإلكتروني
account-change-email-hint = نرسل رابطا إلى العنوان الجديد؛ ويحتفظ حسابك بالعنوان الحالي إلى أن تفتحه.
account-change-email-submit = أرسل الرابط
field-label-new-email = البريد الإلكتروني الجديد
mail-verify-subject = أكّد بريدك الإلكتروني في تعاون
mail-verify-body = مرحبا { $name }،

    لتأكيد أن هذا العنوان عنوانك، افتح هذا الرابط (صالح لمدة { $days } أيام):
    { $link }

    إن لم تسجّل في تعاون، فتجاهل هذه الرسالة.
mail-signup-exists-subject = حسابك في تعاون
mail-signup-exists-body = مرحبا { $name }،

    حاول شخص ما (ربما أنت) إنشاء حساب في تعاون بهذا العنوان، وله حساب من قبل. لم يتغير شيء.

    لتسجيل الدخول: { $sign_in }
    نسيت كلمة المرور؟ { $forgot }
mail-email-changed-subject = تغيّر البريد الإلكتروني لحسابك في تعاون
mail-email-changed-body = مرحبا { $name }،

    أصبح البريد الإلكتروني لحسابك في تعاون هو { $email }، وتم تسجيل الخروج من كل الجلسات الأخرى.

    إن لم تقم بذلك، فاختر كلمة مرور جديدة فورا: { $forgot }

## Orders by phone
checkout-email-hint = يصلك رابط طلبك في رسالة نصية على هاتفك؛ أضف بريدا إلكترونيا لتتوصل به هناك أيضا.
checkout-phone-hint = رقم مغربي: ‎06…‎ أو ‎07…‎ أو ‎05…‎
checkout-phone-label = الهاتف
order-link-heading = احتفظ برابط طلبك
order-link-whatsapp = أرسله إلى نفسي عبر واتساب
order-link-label = الرابط الخاص بطلبك
order-link-message = طلبي على تعاون { $number }: { $link }
find-order-title = العثور على طلبي
find-order-lead = أضعت رابط طلبك؟ أدخل رقمه والهاتف الذي طلبت به.
find-order-number = رقم الطلبية
find-order-number-hint = يبدأ بـ TA- وتجده في الرسالة النصية التي أرسلناها إليك.
find-order-submit = افتح طلبي
find-order-sign-in = طلبت بحساب؟ سجل الدخول لترى كل طلباتك.
footer-find-order = العثور على طلبي

## Ask the cooperative
field-markup-not-allowed = اكتب نصا عاديا: بلا HTML ولا شيفرة ولا روابط بين علامتي < >.
field-option-missing = اختر أحد الخيارات.
field-option-repeated = خيار آخر يحمل هذه القيمة.
field-last-option = يبقى للمنتج خيار واحد على الأقل.
field-options-too-many = للمنتج 50 خيارا على الأكثر.
field-gtin-invalid = ليس رقم رمز شريطي: 8 أو 12 أو 13 أو 14 رقما كما هي مطبوعة تحت الرمز.
field-ends-before-start = اليوم الأخير يسبق اليوم الأول.
field-product-unknown = هذا لا يدل على أي منتج: أدخلوا عناوين المنتجات (…/p/…) أو أسماءها المختصرة، واحدا في كل سطر.
nav-messages = الرسائل
ask-heading = اسأل { $cooperative }
ask-question = سؤالك
ask-send = إرسال
ask-sign-in = سجل الدخول لتراسل التعاونية
ask-whatsapp = راسل التعاونية عبر واتساب
ask-order = اسأل التعاونية عن هذا الجزء
conversation-with = محادثة مع { $name }
conversation-about = بخصوص:
conversation-sent = أرسلت رسالتك. سنخبرك حين يجيب الطرف الآخر.
conversation-reported = تم الإبلاغ عن هذه المحادثة: يستطيع فريق تعاون قراءتها.
conversation-admin-reading = أبلغ مشتر عن هذه المحادثة: أنت تقرؤها بصفتك مشرفا.
conversation-messages = الرسائل
conversation-reply = جوابك
conversation-report = الإبلاغ عن هذه المحادثة
conversation-report-why = ما المشكلة؟ (اختياري)
conversation-report-send = أبلغ تعاون
conversations-title = رسائلي
conversations-empty = لا توجد محادثات بعد.
conversations-unread = { $count ->
    [0] لا شيء غير مقروء
    [one] رسالة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
conversations-reported = مبلغ عنها
conversations-cooperative-title = رسائل المشترين
conversations-reported-title = المحادثات المبلغ عنها
coop-messages = الرسائل
coop-settings-whatsapp = رقم واتساب (اختياري)
coop-settings-whatsapp-hint = رقم هاتف محمول مغربي (‎06…‎ أو ‎07…‎). يرى المشترون زرا يفتح محادثة واتساب مع هذا الرقم.
mail-conversation-to-cooperative-subject = راسلك مشتر على تعاون
mail-conversation-to-cooperative-body = كتب { $who } إلى تعاونيتكم. اقرأ وأجب: { $link }
mail-conversation-to-buyer-subject = أجابتك { $cooperative }
mail-conversation-to-buyer-body = أجابت { $cooperative } عن رسالتك على تعاون. اقرأ الجواب: { $link }

## The open API (/api/v1): its errors and its documentation page
api-error-unknown-language = لغة غير معروفة: استعمل ar أو fr أو en.
api-error-bad-cursor = هذا المؤشر لم تمنحه هذه الواجهة: ابدأ من جديد بدونه.
api-error-bad-limit = يجب أن يكون الحد عددا صحيحا من 1 إلى 100.
api-error-limit-too-large = 100 عنصر في الصفحة على الأكثر.
api-error-bad-query = اكتب الكلمات التي تبحث عنها (q).
api-error-not-found = لا يوجد شيء عمومي بهذا العنوان.
api-error-rate-limited = طلبات كثيرة من هذا العميل: انتظر قليلا ثم أعد المحاولة.
api-error-unavailable = الخدمة غير متاحة مؤقتا: أعد المحاولة بعد قليل.
api-docs-title = واجهة برمجة مفتوحة لكتالوج تعاون
api-docs-intro = اقرأ الكتالوج العمومي من موقعك أو تطبيقك: المنتجات والتعاونيات والفئات والبحث، بالعربية أو الفرنسية أو الإنجليزية. لا حاجة إلى مفتاح؛ لكل عميل عدد محدود من الطلبات في الدقيقة.
api-docs-parameters = المعاملات
api-docs-name = الاسم
api-docs-where = الموضع
api-docs-meaning = المعنى
api-docs-answers = الأجوبة
api-docs-try = جرّب

## The web app manifest (added to the home screen)
manifest-name = منتجات التعاونيات المغربية

## The register's word counts (issue 33)
error-register-inactive = يشير السجل المركزي إلى أن هذه التعاونية منحلة أو في طور التصفية: لا يمكن التحقق منها ما دام يشير إلى ذلك. لم يتغير شيء.
error-register-lapses = يشير هذا الملف إلى تعاونيات موثقة على أنها منحلة أو في طور التصفية: استيراده يسحب منتجاتها من البيع ويعيدها إلى المراجعة. لم يُستورد شيء بعد: راجع القائمة، ثم أكّد وأعد استيراد الملف.
mail-cooperative-register_lapsed-subject = تعاونيتكم { $name } عادت إلى المراجعة
mail-cooperative-register_lapsed-body = يشير السجل المركزي للتعاونيات الآن إلى أن { $name } منحلة أو في طور التصفية. سُحبت منتجاتها من البيع على تعاون إلى أن تراجعها المنصة. إن كان السجل مخطئا، فاطلبوا من المكتب تصحيحه وراسلونا.
admin-queue-register-status = الوضعية في السجل
registry-status-active = نشيطة
registry-status-in_liquidation = في طور التصفية
registry-status-dissolved = منحلة
admin-register-flag = عادت إلى المراجعة: يشير السجل الآن إلى أنها { $status }. منتجاتها مسحوبة من البيع إلى أن تقرر.
registry-lapsing-title = التعاونيات الموثقة التي يسحبها هذا الملف من البيع
registry-lapsing-more = و{ $count } أخرى
registry-confirm-off-sale = راجعت القائمة: اسحب هذه التعاونيات من البيع وأعدها إلى المراجعة
registry-off-sale = سُحبت { $count } تعاونيات موثقة من البيع وأُعيدت إلى قائمة التحقق.

## Profile upkeep: profile saved at once, legal details by an admin's decision
coop-profile-title = الملف العام
coop-profile-hint = يُنشر فور الحفظ، دون مراجعة جديدة.
coop-profile-story-link = قصتكم وشعاركم وألوانكم تُعدَّل في صفحة الهوية.
coop-legal-title = البيانات القانونية
coop-legal-hint = يراجع فريق تعاون الاسم الجديد أو رقم السجل أو رقم التعريف الموحد قبل تغييره. وإلى حين قراره، يرى المشترون البيانات المسجلة حاليا.
coop-legal-proposed = أُرسل تعديلكم للمراجعة. تبقى البيانات المسجلة ظاهرة للعموم إلى أن يقرر فريق تعاون.
coop-legal-waiting = قيد المراجعة منذ { $date } (بالتوقيت العالمي). عند قبولها، تحل هذه البيانات محل البيانات المسجلة:
coop-legal-refused = رُفض آخر تعديل اقترحتموه. السبب: { $reason }
coop-legal-propose = إرسال للمراجعة
field-register-number-inactive = يشير السجل المركزي إلى أن التعاونية صاحبة هذا الرقم منحلة أو في طور التصفية.
field-nothing-changed = هذه هي البيانات المسجلة أصلا: غيّروا واحدة منها على الأقل قبل إرسالها للمراجعة.
admin-legal-title = تعديلات البيانات القانونية
admin-legal-recorded = المسجل (ظاهر للعموم)
admin-legal-proposed = المقترح
admin-legal-accept = قبول التعديل
admin-legal-refuse = رفض
mail-cooperative-legal_change_accepted-subject = قُبلت البيانات القانونية الجديدة لـ { $name }
mail-cooperative-legal_change_accepted-body = قبل فريق تعاون تعديل البيانات القانونية الذي اقترحتموه. تظهر { $name } الآن بهذه البيانات على تعاون.
mail-cooperative-legal_change_refused-subject = رُفض تعديل البيانات القانونية لـ { $name }
mail-cooperative-legal_change_refused-body = رفض فريق تعاون تعديل البيانات القانونية المقترح لـ { $name }. السبب: { $reason }. تبقى البيانات المسجلة كما هي، ويمكنكم اقتراح تعديل مصحح من صفحة الإعدادات.

## دليل التعاونيات وخريطته
directory-title = التعاونيات
directory-description = كل التعاونيات الموثقة على تعاون، حسب الجهة والقطاع والعلامة، مع خريطة لجهات المغرب الاثنتي عشرة.
directory-count = { $count ->
    [zero] لا توجد تعاونيات
    [one] تعاونية واحدة
    [two] تعاونيتان
    [few] { $count } تعاونيات
    [many] { $count } تعاونية
   *[other] { $count } تعاونية
}
directory-empty = لا توجد تعاونية موثقة تطابق هذه المرشحات.
directory-any = الكل
directory-in-stock = لها منتجات متوفرة
directory-apply = عرض
directory-sort-name = الاسم
directory-sort-newest = الأحدث
directory-sort-products = الأكثر منتجات
directory-women = { $count ->
    [zero] لا نساء
    [one] امرأة واحدة
    [two] امرأتان
    [few] { $count } نساء
    [many] { $count } امرأة
   *[other] { $count } امرأة
}
directory-products = { $count ->
    [zero] لا منتجات معروضة للبيع بعد
    [one] منتج واحد معروض للبيع
    [two] منتجان معروضان للبيع
    [few] { $count } منتجات معروضة للبيع
    [many] { $count } منتجًا معروضًا للبيع
   *[other] { $count } منتج معروض للبيع
}
directory-map-title = التعاونيات حسب الجهة
directory-map-region = { $region }: { $count ->
    [few] { $count } تعاونيات
   *[other] { $count } تعاونية
}
directory-link = كل التعاونيات

## المعارض والمجموعات على الإنترنت
collection-days = من { $from } إلى { $to }
collection-ended = انتهى هذا المعرض. شكرا لكل التعاونيات والمشترين الذين شاركوا فيه.
collection-upcoming = لم يُفتح بعد: لا يرى هذه الصفحة قبل يومها الأول إلا المشرفون.
collection-more = منتجات أخرى من هذه المختارات
collection-see-all = { $count ->
    [zero] لا منتجات
    [one] عرض المنتج
    [two] عرض المنتجين
    [few] عرض المنتجات الـ{ $count }
    [many] عرض المنتجات الـ{ $count }
   *[other] عرض المنتجات الـ{ $count }
}
collections-running = المعارض والمجموعات
collections-none = لا يوجد معرض ولا مجموعة بعد.
admin-collections-title = المعارض والمجموعات
collection-created = أُنشئت:
collection-new = معرض أو مجموعة جديدة
collection-texts = العنوان والنص باللغات الثلاث
collection-title-ar = العنوان بالعربية
collection-title-fr = العنوان بالفرنسية
collection-title-en = العنوان بالإنجليزية
collection-text-ar = النص بالعربية
collection-text-fr = النص بالفرنسية
collection-text-en = النص بالإنجليزية
collection-days-legend = الأيام (بالتوقيت العالمي، شاملة)
collection-starts-on = اليوم الأول
collection-ends-on = اليوم الأخير
collection-banner = لافتة (اختيارية)
collection-banner-hint = JPEG أو PNG أو WebP، عريضة (نحو 3:1)، حتى 8 ميغابايت.
collection-search-legend = بحث محفوظ (اختياري)
collection-search-hint = تظهر أيضا المنتجات المعروضة للبيع التي تطابق كل الاختيارات أدناه، كلما تغيرت.
collection-products = منتجات مختارة (اختياري)
collection-products-hint = عناوين المنتجات (…/p/…) أو أسماؤها المختصرة، واحد في كل سطر.
collection-create = إنشاء
collection-phase-upcoming = قادم
collection-phase-running = جارٍ
collection-phase-ended = منتهٍ
collection-product-count = { $count ->
    [zero] لا منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}
collection-proposals = اقترحتها التعاونيات
collection-accept = قبول
collection-decline = رفض
fairs-title = المعارض
fairs-proposed = تم الاقتراح. سيقبله أحد المشرفين أو يرفضه.
fairs-none = لا يوجد معرض جارٍ الآن.
fairs-no-products = ليس لديكم منتج معروض للبيع لاقتراحه.
fairs-state-proposed = مقترح، في الانتظار
fairs-state-accepted = في المعرض
fairs-state-declined = مرفوض
fairs-propose = اقتراح

## رد التعاونية على تكفل الخبير
request-claim-waiting = تكفل خبير بهذا الطلب. اقبلوه لتبدأوا العمل معا، أو ارفضوه مع ذكر السبب.
request-claim-accept = قبول الخبير
request-claim-accepted = قبلتم هذا الخبير.
request-claim-accepted-expert = قبلتكم التعاونية.
request-claim-waiting-expert = لم ترد التعاونية بعد، ويمكنكم مراسلتها من الآن.
request-decline-legend = رفض الخبير: لماذا؟ (سيقرأ الخبير السبب)
request-decline = رفض
request-end-legend = إنهاء التعاون: لماذا؟ (سيقرأ الخبير السبب)
request-end = إنهاء التعاون
request-ending-declined = { $date }: رفضت التعاونية تكفل { $expert }:
request-ending-ended = { $date }: أنهت التعاونية التعاون مع { $expert }:
request-done-accept = قُبل الخبير وأُخبر بذلك.
request-done-dismiss = الطلب مفتوح من جديد، وأُخبر الخبير بالسبب.
mail-request-claim-accepted-subject = قبلتكم التعاونية في «{ $title }»
mail-request-claim-accepted = قبلتكم التعاونية في طلب «{ $title }». شكرا على مساعدتكم: { $link }
mail-request-claim-declined-subject = رفضت التعاونية تكفلكم بـ«{ $title }»
mail-request-claim-declined = رفضت التعاونية تكفلكم بطلب «{ $title }». السبب: { $who }
mail-request-claim-ended-subject = انتهى التعاون في «{ $title }»
mail-request-claim-ended = أنهت التعاونية التعاون في طلب «{ $title }». السبب: { $who }

## شهادات التطوع
certificates-title = شهادة تطوعي
certificate-hours = { $hours } س { $minutes } د
certificate-summary = { $completed ->
    [zero] لا طلبات منجزة
    [one] طلب واحد منجز
    [two] طلبان منجزان
    [few] { $completed } طلبات منجزة
    [many] { $completed } طلبًا منجزًا
   *[other] { $completed } طلب منجز
}، و{ $hours } من التطوع.
certificate-issue = الحصول على شهادتي
certificates-issued = الشهادات الصادرة
certificate-page-title = شهادة تطوع: { $name }
certificate-issuer = تعاون، سوق التعاونيات المغربية
certificate-heading = شهادة تطوع
certificate-awarded-to = تُمنح إلى
certificate-cooperatives = لفائدة التعاونيات:
certificate-issued-on = صدرت بتاريخ { $date }.
certificate-genuine = هذه الشهادة صحيحة: يعرضها موقع تعاون على العنوان
certificate-print-hint = للاحتفاظ بها، اطبعوا هذه الصفحة أو احفظوها بصيغة PDF من قائمة الطباعة في متصفحكم.
certificate-profile = الملف العام للمتطوع
error-nothing-to-certify = يمكن إصدار الشهادة بمجرد إنجاز أحد طلباتكم.

## الملفات المسلّمة: شعارات SVG وملفات PDF جاهزة للطباعة
field-svg-script = يحتوي ملف SVG هذا على برنامج نصي أو معالج أحداث أو صفحة مضمنة: صدّروه من جديد كرسم بسيط.
field-svg-entity = يعلن ملف SVG هذا عن نوع مستند أو كيانات: صدّروه من جديد بدونها.
field-svg-external = يشير ملف SVG هذا إلى ملف أو عنوان خارجه: ضمّنوه أو احذفوه.
field-svg-canvas = مساحة الرسم في ملف SVG هذا بلا حجم أو تتجاوز 10000 وحدة في الضلع.
field-svg-text = يحتوي ملف SVG هذا على نص قابل للتعديل: حوّلوا النص إلى مسارات كما تطلب المطابع.
request-logo-hint = JPEG أو PNG أو WebP حتى 8 ميغابايت، أو SVG حتى 1 ميغابايت (نص محوّل إلى مسارات): يمكن للتعاونية تنزيل ملف SVG للطباعة.
request-file-hint = صورة (JPEG أو PNG أو WebP) أو SVG أو ملف PDF جاهز للطباعة (حتى 8 ميغابايت)، يُحفظ خاصا بالتعاونية.
request-original-svg = تنزيل ملف SVG (للطباعة)
request-original-pdf = تنزيل ملف PDF الجاهز للطباعة
