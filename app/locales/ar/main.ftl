# تعاون — العربية.

brand-name = تعاون
nav-skip-to-content = انتقل إلى المحتوى
nav-label = الحساب والسلة
nav-cart = السلة
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
account-password-changed = تم تغيير كلمة المرور.

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
error-payload-too-large = ما أرسلته كبير جدًا.
error-bad-request = النموذج ناقص أو تالف. يرجى المحاولة مرة أخرى.
error-internal = حدث خطأ من جهتنا. لم يتغير شيء؛ يرجى المحاولة مرة أخرى.
