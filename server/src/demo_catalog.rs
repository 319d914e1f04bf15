//! The demo catalog for `taawon seed-demo`: product templates in Arabic, French and English,
//! cooperative styles (tagline, story, colours), and a drawn picture for each product.
//! Everything is deterministic and drawn here, so the demo needs no downloaded pictures.

use image::{Rgb as Pixel, RgbImage};

/// A product a demo cooperative sells.
pub struct ProductTemplate {
    /// A category code from `domain::category::TREE` (a sub-category code when one fits).
    pub category: &'static str,
    /// Title in Arabic, French, English.
    pub title: [&'static str; 3],
    /// Description in Arabic, French, English: a few sentences each, in the small Markdown subset
    /// product descriptions accept (`**bold**`, `*italic*`, `- ` lists, blank-line paragraphs).
    pub description: [&'static str; 3],
    /// Price in MAD centimes (12000 = 120.00 MAD).
    pub price_centimes: i64,
    /// One of "g", "kg", "ml", "l", "piece".
    pub unit: &'static str,
    /// The quantity in that unit as a person types it, with a dot for decimals ("0.5").
    pub quantity: &'static str,
    /// Shipping weight in grams, packaging included.
    pub weight_grams: i32,
    /// Label codes among "organic", "igp", "aop", "label_agricole", "fair_trade", "onssa".
    pub labels: &'static [&'static str],
}

/// The demo products, grouped by category.
pub const PRODUCTS: &[ProductTemplate] = &[
    // --- Argan and other oils ---
    ProductTemplate {
        category: "argan-culinary",
        title: [
            "زيت أركان غذائي محمص، 250 مل",
            "Huile d’argan alimentaire torréfiée, 250 ml",
            "Roasted culinary argan oil, 250 ml",
        ],
        description: [
            "تُحمَّص لوز الأركان على نار هادئة في تعاونيتنا قرب تارودانت قبل عصرها، فيكتسب الزيت لونه الذهبي الداكن ونكهته التي تشبه البندق. يُستعمل نيئًا على الخبز والسلطات والكسكس، أو لتحضير أملو في البيت.",
            "Les amandons d’argan sont torréfiés à feu doux dans notre coopérative près de Taroudant avant d’être pressés : l’huile prend une couleur ambrée et un goût de noisette grillée. À verser cru sur le pain, les salades ou le couscous, ou pour préparer votre propre amlou.",
            "Argan kernels are slow-roasted at our cooperative near Taroudant before pressing, which gives the oil its deep amber colour and toasted-hazelnut taste. Use it raw on bread, salads and couscous, or to make your own amlou at home.",
        ],
        price_centimes: 14500,
        unit: "ml",
        quantity: "250",
        weight_grams: 520,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "argan-culinary",
        title: [
            "زيت أركان غذائي، 500 مل",
            "Huile d’argan alimentaire, 500 ml",
            "Culinary argan oil, 500 ml",
        ],
        description: [
            "زيت أركان معصور على البارد من لوز محمص، تنتجه نساء التعاونية في منطقة سوس من ثمار تُجمع من غابة الأركان المحيطة بالقرية. تكفي القارورة الكبيرة عائلة لأسابيع من وجبات الفطور المغربية.",
            "Huile d’argan pressée à froid à partir d’amandons torréfiés, produite par les femmes de la coopérative dans le Souss avec des fruits ramassés dans l’arganeraie du village. Le grand flacon accompagne les petits-déjeuners marocains d’une famille pendant des semaines.",
            "Cold-pressed argan oil from roasted kernels, made by the cooperative’s women in the Souss from fruit gathered in the argan forest around the village. The large bottle keeps a family in Moroccan breakfasts for weeks.",
        ],
        price_centimes: 26000,
        unit: "ml",
        quantity: "500",
        weight_grams: 900,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "argan-culinary",
        title: [
            "زيت أركان للتذوق، 100 مل",
            "Huile d’argan de dégustation, 100 ml",
            "Argan oil tasting bottle, 100 ml",
        ],
        description: [
            "قارورة صغيرة لمن يريد أن يتعرف على زيت الأركان الغذائي لأول مرة. يُكسَّر اللوز يدويًا بين حجرين كما في تمنار، ثم يُعصر في اليوم نفسه للحفاظ على رائحته.",
            "Un petit flacon pour découvrir l’huile d’argan alimentaire. Les noix sont concassées à la main entre deux pierres, comme à Tamanar, puis les amandons sont pressés le jour même pour garder tout leur parfum.",
            "A small bottle for a first taste of culinary argan oil. The nuts are cracked by hand between two stones, as is done in Tamanar, and the kernels are pressed the same day to keep their aroma.",
        ],
        price_centimes: 6500,
        unit: "ml",
        quantity: "100",
        weight_grams: 260,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "argan-cosmetic",
        title: [
            "زيت أركان تجميلي بالقطارة، 100 مل",
            "Huile d’argan cosmétique, flacon compte-gouttes 100 ml",
            "Cosmetic argan oil, 100 ml dropper bottle",
        ],
        description: [
            "**زيت أركان نقي 100%** معصور على البارد من لوز غير محمص، بلا عطر ولا إضافات.\n\n- للبشرة: بضع قطرات بعد الحمام\n- للشعر: على الأطراف الجافة\n- للأظافر: تدليك خفيف كل مساء",
            "**Huile d’argan 100 % pure**, pressée à froid à partir d’amandons non torréfiés, sans parfum ni additif.\n\n- Peau : quelques gouttes après la douche\n- Cheveux : sur les pointes sèches\n- Ongles : un léger massage le soir",
            "**100% pure argan oil**, cold-pressed from unroasted kernels, with no fragrance or additives.\n\n- Skin: a few drops after a shower\n- Hair: on dry ends\n- Nails: a light massage in the evening",
        ],
        price_centimes: 11000,
        unit: "ml",
        quantity: "100",
        weight_grams: 240,
        labels: &["igp", "organic"],
    },
    ProductTemplate {
        category: "argan-cosmetic",
        title: [
            "زيت أركان تجميلي، 250 مل",
            "Huile d’argan cosmétique, 250 ml",
            "Cosmetic argan oil, 250 ml",
        ],
        description: [
            "زيت أركان تجميلي فاتح اللون وخفيف الرائحة، تعصره تعاونية نسائية في أيت باها من لوز مجفف في الشمس. الحجم الكبير مناسب للحمام المغربي وللتدليك.",
            "Une huile d’argan cosmétique claire et presque sans odeur, pressée par une coopérative de femmes d’Aït Baha à partir d’amandons séchés au soleil. Le grand format convient au hammam et au massage.",
            "A pale, almost odourless cosmetic argan oil, pressed by a women’s cooperative in Aït Baha from sun-dried kernels. The large size suits the hammam and massage.",
        ],
        price_centimes: 17000,
        unit: "ml",
        quantity: "250",
        weight_grams: 480,
        labels: &["igp"],
    },
    ProductTemplate {
        category: "other-oils",
        title: [
            "زيت بذور الصبار، 30 مل",
            "Huile de pépins de figue de Barbarie, 30 ml",
            "Prickly pear seed oil, 30 ml",
        ],
        description: [
            "يُستخرج هذا الزيت النادر من بذور الهندية التي تُجمع في آيت باعمران بعد الصيف، ويحتاج لتر واحد إلى نحو طن من الثمار. تكفي بضع قطرات مساءً على الوجه.",
            "Cette huile rare est extraite des pépins de figues de Barbarie récoltées à Aït Baâmrane à la fin de l’été ; il faut près d’une tonne de fruits pour un litre. Quelques gouttes le soir sur le visage suffisent.",
            "This rare oil is pressed from the seeds of prickly pears picked in Aït Baâmrane at the end of summer; a litre takes close to a tonne of fruit. A few drops on the face in the evening are enough.",
        ],
        price_centimes: 28000,
        unit: "ml",
        quantity: "30",
        weight_grams: 120,
        labels: &["igp", "organic"],
    },
    ProductTemplate {
        category: "other-oils",
        title: [
            "زيت حبة البركة، 100 مل",
            "Huile de nigelle, 100 ml",
            "Nigella seed oil, 100 ml",
        ],
        description: [
            "زيت معصور على البارد من بذور حبة البركة المزروعة في سهل تادلة، ذو طعم قوي ولاذع قليلًا. يُضاف بملعقة صغيرة إلى العسل أو السلطات أو الخبز الساخن.",
            "Huile pressée à froid à partir de graines de nigelle cultivées dans la plaine du Tadla, au goût puissant et légèrement piquant. Une cuillère à café relève le miel, les salades ou le pain chaud.",
            "Cold-pressed oil from nigella seeds grown on the Tadla plain, with a strong, slightly peppery taste. A teaspoon livens up honey, salads or warm bread.",
        ],
        price_centimes: 6000,
        unit: "ml",
        quantity: "100",
        weight_grams: 250,
        labels: &["onssa"],
    },
    // --- Olive oil and olives ---
    ProductTemplate {
        category: "olive-oil",
        title: [
            "زيت زيتون بكر ممتاز من وزان، 1 لتر",
            "Huile d’olive vierge extra de Ouazzane, 1 l",
            "Ouazzane extra virgin olive oil, 1 l",
        ],
        description: [
            "يُقطف زيتون البيشولين المغربية في تلال وزان في بداية نونبر ويُعصر على البارد في أقل من 24 ساعة. زيت أخضر بطعم العشب الطري ومرارة خفيفة، مثالي مع الخبز والزعتر.",
            "Les olives picholine marocaine sont cueillies début novembre sur les collines de Ouazzane et pressées à froid en moins de 24 heures. Une huile verte au goût d’herbe fraîche et à l’amertume légère, parfaite avec du pain et du thym.",
            "Moroccan Picholine olives are picked in early November on the hills of Ouazzane and cold-pressed within 24 hours. A green oil that tastes of fresh grass with a light bitterness, perfect with bread and thyme.",
        ],
        price_centimes: 11000,
        unit: "l",
        quantity: "1",
        weight_grams: 1650,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "olive-oil",
        title: [
            "زيت زيتون تيوت الشياظمة، 750 مل",
            "Huile d’olive Tyout-Chiadma, 750 ml",
            "Tyout-Chiadma olive oil, 750 ml",
        ],
        description: [
            "من أشجار زيتون قديمة في منطقة الشياظمة قرب الصويرة، حيث يلطف نسيم المحيط حرارة الصيف. زيت متوازن بنكهة اللوز الأخضر، في قارورة زجاجية داكنة تحميه من الضوء.",
            "Issue de vieux oliviers du pays Chiadma, près d’Essaouira, où la brise de l’océan adoucit l’été. Une huile équilibrée aux notes d’amande verte, en bouteille de verre sombre qui la protège de la lumière.",
            "From old olive trees in the Chiadma country near Essaouira, where the ocean breeze softens the summer heat. A balanced oil with notes of green almond, in a dark glass bottle that shields it from light.",
        ],
        price_centimes: 9500,
        unit: "ml",
        quantity: "750",
        weight_grams: 1350,
        labels: &["aop", "onssa"],
    },
    ProductTemplate {
        category: "olive-oil",
        title: [
            "زيت زيتون بلدي، 5 لترات",
            "Huile d’olive beldi, bidon de 5 l",
            "Beldi olive oil, 5 l can",
        ],
        description: [
            "زيت الزيتون البلدي الذي تشتريه العائلات المغربية بالجملة لموسم كامل، تعصره التعاونية في معصرة عصرية بنواحي قلعة السراغنة. صالح للطبخ اليومي وللطواجن والسلطات.",
            "L’huile d’olive beldi que les familles marocaines achètent pour toute l’année, pressée par la coopérative dans un moulin moderne près d’El Kelâa des Sraghna. Pour la cuisine de tous les jours, les tajines et les salades.",
            "The beldi olive oil Moroccan families buy in bulk for the whole year, pressed by the cooperative in a modern mill near El Kelaa des Sraghna. For everyday cooking, tagines and salads.",
        ],
        price_centimes: 48000,
        unit: "l",
        quantity: "5",
        weight_grams: 4900,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "olives",
        title: [
            "زيتون أسود بلدي مجفف بالملح، 1 كلغ",
            "Olives noires beldi au sel, 1 kg",
            "Salt-cured black beldi olives, 1 kg",
        ],
        description: [
            "زيتون ناضج يُترك أسابيع في الملح الخشن حتى يتجعد ويصبح طريًا، ثم يُدهن بقليل من زيت الزيتون. يُقدَّم مع الخبز والشاي في الفطور أو يُضاف إلى طاجين الدجاج.",
            "Des olives bien mûres laissées plusieurs semaines dans le gros sel jusqu’à ce qu’elles se rident et s’attendrissent, puis enrobées d’un filet d’huile d’olive. Au petit-déjeuner avec du pain et du thé, ou dans un tajine de poulet.",
            "Ripe olives left for weeks in coarse salt until they wrinkle and soften, then coated with a little olive oil. Serve them at breakfast with bread and tea, or add them to a chicken tagine.",
        ],
        price_centimes: 4500,
        unit: "kg",
        quantity: "1",
        weight_grams: 1100,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "olives",
        title: [
            "زيتون أخضر مشقوق بالحامض، 500 غ",
            "Olives vertes cassées au citron, 500 g",
            "Cracked green olives with lemon, 500 g",
        ],
        description: [
            "زيتون أخضر يُشقّ واحدة واحدة ثم يُنقع في الماء أيامًا لإزالة مرارته، ويُتبَّل بالحامض المرقد والثوم والفلفل الحار. مقبلات تقليدية من منطقة مكناس.",
            "Des olives vertes cassées une à une, dessalées plusieurs jours dans l’eau pour perdre leur amertume, puis assaisonnées de citron confit, d’ail et de piment. Une entrée traditionnelle de la région de Meknès.",
            "Green olives cracked one by one, soaked in water for days to lose their bitterness, then seasoned with preserved lemon, garlic and chilli. A traditional starter from the Meknes region.",
        ],
        price_centimes: 2500,
        unit: "g",
        quantity: "500",
        weight_grams: 650,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "olives",
        title: [
            "زيتون بنفسجي في الماء المالح، 1 كلغ",
            "Olives violettes en saumure, 1 kg",
            "Violet olives in brine, 1 kg",
        ],
        description: [
            "زيتون يُقطف في منتصف النضج حين يتحول لونه إلى البنفسجي، ويُحفظ في ماء مالح مع أوراق الغار. طعمه بين الأخضر والأسود، ويناسب السلطات وأطباق السمك.",
            "Des olives cueillies à mi-maturité, quand elles virent au violet, puis conservées en saumure avec des feuilles de laurier. Leur goût se situe entre la verte et la noire ; elles accompagnent salades et poissons.",
            "Olives picked half-ripe, when they turn violet, and kept in brine with bay leaves. Their taste sits between green and black olives, and they go well with salads and fish.",
        ],
        price_centimes: 4000,
        unit: "kg",
        quantity: "1",
        weight_grams: 1250,
        labels: &["onssa"],
    },
    // --- Honey and amlou ---
    ProductTemplate {
        category: "honey",
        title: [
            "عسل الزعتر البري، 500 غ",
            "Miel de thym sauvage, 500 g",
            "Wild thyme honey, 500 g",
        ],
        description: [
            "تُرحَّل خلايا التعاونية في الربيع إلى سفوح الأطلس الكبير فوق أزيلال، حيث يزهر الزعتر البري. عسل عطري داكن قليلًا يتبلور ببطء، ويُؤكل مع البغرير أو في كأس شاي.",
            "Au printemps, les ruches de la coopérative montent sur les pentes du Haut Atlas au-dessus d’Azilal, là où fleurit le thym sauvage. Un miel parfumé, un peu sombre, qui cristallise lentement ; délicieux sur des baghrirs ou dans un verre de thé.",
            "In spring the cooperative moves its hives to the slopes of the High Atlas above Azilal, where wild thyme flowers. A fragrant, slightly dark honey that crystallises slowly; lovely on baghrir pancakes or stirred into tea.",
        ],
        price_centimes: 18000,
        unit: "g",
        quantity: "500",
        weight_grams: 720,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "honey",
        title: [
            "عسل الدغموس من تادلة أزيلال، 500 غ",
            "Miel d’euphorbe du Tadla-Azilal, 500 g",
            "Tadla-Azilal euphorbia honey, 500 g",
        ],
        description: [
            "عسل الدغموس من أشهر أعسال المغرب، يجنيه النحل من أزهار نبات الدغموس في المناطق الجافة بين أزيلال وبني ملال. لونه عنبري وطعمه قوي فيه لمسة حارة في آخره.",
            "Le miel d’euphorbe (daghmous) est l’un des plus réputés du Maroc : les abeilles butinent les fleurs de l’euphorbe résinifère sur les terres sèches entre Azilal et Béni Mellal. Couleur ambrée, goût puissant avec une pointe poivrée en fin de bouche.",
            "Euphorbia (daghmous) honey is one of Morocco’s best-known honeys: bees forage the flowers of resin spurge on the dry land between Azilal and Beni Mellal. Amber in colour, with a strong taste and a peppery finish.",
        ],
        price_centimes: 22000,
        unit: "g",
        quantity: "500",
        weight_grams: 720,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "honey",
        title: [
            "عسل زهر البرتقال، 500 غ",
            "Miel de fleur d’oranger, 500 g",
            "Orange blossom honey, 500 g",
        ],
        description: [
            "عسل فاتح وناعم يُجنى في أبريل من بساتين البرتقال في سهل سوس. رائحته رائحة زهر الليمون، ويتجمد بعد أسابيع إلى قوام كريمي يسهل دهنه على الخبز.",
            "Un miel clair et doux récolté en avril dans les vergers d’orangers de la plaine du Souss. Il sent la fleur d’oranger et devient crémeux au bout de quelques semaines, facile à tartiner.",
            "A pale, gentle honey harvested in April from the orange groves of the Souss plain. It smells of orange blossom and turns creamy after a few weeks, easy to spread on bread.",
        ],
        price_centimes: 9000,
        unit: "g",
        quantity: "500",
        weight_grams: 720,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "honey",
        title: [
            "عسل السدرة، 250 غ",
            "Miel de jujubier, 250 g",
            "Jujube honey, 250 g",
        ],
        description: [
            "يجني النحل هذا العسل النادر من أزهار السدرة البرية في منطقة الرحامنة خلال أسابيع قليلة من الصيف. عسل كثيف داكن بطعم الكراميل، يُقدَّم بملعقة صغيرة مع الشاي.",
            "Les abeilles produisent ce miel rare à partir des fleurs du jujubier sauvage, dans la région des Rehamna, en quelques semaines d’été seulement. Un miel épais et sombre aux notes de caramel, à savourer à la petite cuillère avec le thé.",
            "Bees make this rare honey from wild jujube flowers in the Rehamna region, over just a few weeks of summer. A thick, dark honey with caramel notes, best enjoyed by the teaspoon with tea.",
        ],
        price_centimes: 15000,
        unit: "g",
        quantity: "250",
        weight_grams: 400,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "amlou",
        title: [
            "أملو بلدي باللوز والأركان، 250 غ",
            "Amlou beldi aux amandes et à l’argan, 250 g",
            "Beldi amlou with almonds and argan, 250 g",
        ],
        description: [
            "أملو على الطريقة السوسية، يُطحن في الرحى الحجرية:\n\n- لوز محمص من تافراوت\n- زيت أركان غذائي\n- عسل الزعتر\n\nيُدهن على الخبز أو البغرير في الفطور.",
            "L’amlou à la manière du Souss, moulu à la meule de pierre :\n\n- amandes grillées de Tafraout\n- huile d’argan alimentaire\n- miel de thym\n\nÀ tartiner sur du pain ou des baghrirs au petit-déjeuner.",
            "Amlou the Souss way, ground on a stone mill:\n\n- roasted almonds from Tafraout\n- culinary argan oil\n- thyme honey\n\nSpread it on bread or baghrir pancakes at breakfast.",
        ],
        price_centimes: 6500,
        unit: "g",
        quantity: "250",
        weight_grams: 400,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "amlou",
        title: [
            "أملو بالعسل، 500 غ",
            "Amlou au miel, 500 g",
            "Amlou with extra honey, 500 g",
        ],
        description: [
            "نسخة أحلى من أملو التقليدي، بنسبة أكبر من عسل زهر البرتقال. قوامه ناعم يحبه الأطفال، ويُقدَّم مع الشاي للضيوف.",
            "Une version plus douce de l’amlou traditionnel, avec davantage de miel de fleur d’oranger. Sa texture onctueuse plaît aux enfants, et on le sert avec le thé quand viennent des invités.",
            "A sweeter take on traditional amlou, with more orange blossom honey. Its smooth texture is a hit with children, and it is served with tea when guests come over.",
        ],
        price_centimes: 14000,
        unit: "g",
        quantity: "500",
        weight_grams: 720,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "amlou",
        title: [
            "أملو بالكاوكاو، 350 غ",
            "Amlou aux cacahuètes, 350 g",
            "Peanut amlou, 350 g",
        ],
        description: [
            "أملو اقتصادي تصنعه نساء التعاونية بالكاوكاو المحمص وزيت الأركان والعسل، كما يُحضَّر في كثير من بيوت سوس. طعمه محمص وقوامه أكثف قليلًا.",
            "Un amlou plus abordable, préparé par les femmes de la coopérative avec des cacahuètes grillées, de l’huile d’argan et du miel, comme dans beaucoup de foyers du Souss. Goût grillé, texture un peu plus épaisse.",
            "A more affordable amlou made by the cooperative’s women with roasted peanuts, argan oil and honey, as many Souss households make it. Toasty in taste and a little thicker.",
        ],
        price_centimes: 5500,
        unit: "g",
        quantity: "350",
        weight_grams: 520,
        labels: &["onssa"],
    },
    // --- Saffron ---
    ProductTemplate {
        category: "saffron",
        title: [
            "زعفران تالوين الحر، 1 غ",
            "Safran de Taliouine en pistils, 1 g",
            "Taliouine saffron threads, 1 g",
        ],
        description: [
            "**زعفران تالوين** يُقطف زهرةً زهرة عند الفجر في نونبر، ثم تُفصل الخيوط الحمراء يدويًا وتُجفف في الظل.\n\nيكفي بضع خيوط منقوعة في ماء دافئ لتلوين طاجين أو أرز وتعطيره. يُحفظ بعيدًا عن الضوء.",
            "**Le safran de Taliouine** est cueilli fleur par fleur à l’aube, en novembre ; les stigmates rouges sont séparés à la main puis séchés à l’ombre.\n\nQuelques pistils infusés dans un peu d’eau tiède suffisent à colorer et parfumer un tajine ou un riz. À conserver à l’abri de la lumière.",
            "**Taliouine saffron** is picked flower by flower at dawn in November; the red stigmas are separated by hand and dried in the shade.\n\nA few threads soaked in warm water are enough to colour and perfume a tagine or a rice dish. Keep away from light.",
        ],
        price_centimes: 4500,
        unit: "g",
        quantity: "1",
        weight_grams: 40,
        labels: &["aop", "onssa"],
    },
    ProductTemplate {
        category: "saffron",
        title: [
            "زعفران تالوين، 2 غ",
            "Safran de Taliouine, 2 g",
            "Taliouine saffron, 2 g",
        ],
        description: [
            "من حقول صغيرة على سفوح جبل سيروا، على ارتفاع يقارب 1800 متر، حيث تزرع العائلات بصيلات الزعفران منذ أجيال. علبة زجاجية محكمة الإغلاق تكفي لمواسم من الطبخ.",
            "De petites parcelles sur les pentes du Siroua, vers 1 800 mètres d’altitude, où les familles cultivent le crocus à safran depuis des générations. Un pot en verre hermétique qui dure plusieurs saisons de cuisine.",
            "From small plots on the slopes of Jbel Siroua, at about 1,800 metres, where families have grown saffron crocus for generations. An airtight glass jar that lasts several seasons of cooking.",
        ],
        price_centimes: 8500,
        unit: "g",
        quantity: "2",
        weight_grams: 60,
        labels: &["aop", "onssa"],
    },
    ProductTemplate {
        category: "saffron",
        title: [
            "زعفران تالوين، علبة 5 غ",
            "Safran de Taliouine, boîte de 5 g",
            "Taliouine saffron, 5 g box",
        ],
        description: [
            "الحجم المفضل لدى المطاعم والعائلات الكبيرة، مُعبأ في علبة خشبية صغيرة من صنع نجار في تارودانت. خيوط طويلة حمراء داكنة بلا أجزاء صفراء.",
            "Le format préféré des restaurants et des grandes familles, présenté dans une petite boîte en bois faite par un menuisier de Taroudant. De longs pistils rouge profond, sans parties jaunes.",
            "The size restaurants and large families prefer, packed in a small wooden box made by a carpenter in Taroudant. Long, deep-red threads with no yellow style.",
        ],
        price_centimes: 20000,
        unit: "g",
        quantity: "5",
        weight_grams: 110,
        labels: &["aop", "onssa"],
    },
    ProductTemplate {
        category: "saffron",
        title: [
            "زعفران تالوين، 0.5 غ",
            "Safran de Taliouine, 0,5 g",
            "Taliouine saffron, 0.5 g",
        ],
        description: [
            "كمية صغيرة لتجربة زعفران تالوين في بضعة أطباق: طاجين اللحم بالبرقوق، أو الحريرة، أو حلوى بالحليب. هدية خفيفة يسهل إرسالها.",
            "Une petite quantité pour goûter le safran de Taliouine dans quelques plats : tajine de viande aux pruneaux, harira ou dessert au lait. Un cadeau léger, facile à envoyer.",
            "A small amount to try Taliouine saffron in a few dishes: lamb tagine with prunes, harira or a milk pudding. A light gift that is easy to post.",
        ],
        price_centimes: 2500,
        unit: "g",
        quantity: "0.5",
        weight_grams: 30,
        labels: &["aop", "onssa"],
    },
    ProductTemplate {
        category: "saffron",
        title: [
            "علبة هدية زعفران تالوين، 3 غ",
            "Coffret cadeau safran de Taliouine, 3 g",
            "Taliouine saffron gift set, 3 g",
        ],
        description: [
            "ثلاث قوارير صغيرة من غرام واحد في علبة مزينة بنقوش أمازيغية، مع بطاقة تشرح طريقة نقع الخيوط. هدية مناسبة للأعياد والأعراس.",
            "Trois petits flacons d’un gramme dans un coffret orné de motifs amazighs, avec une carte qui explique comment infuser les pistils. Un joli cadeau pour les fêtes et les mariages.",
            "Three one-gram vials in a box decorated with Amazigh patterns, with a card explaining how to infuse the threads. A fine present for holidays and weddings.",
        ],
        price_centimes: 14000,
        unit: "g",
        quantity: "3",
        weight_grams: 150,
        labels: &["aop", "onssa"],
    },
    // --- Spices and herbs ---
    ProductTemplate {
        category: "spices",
        title: [
            "كمون ألنيف، 200 غ",
            "Cumin d’Alnif, 200 g",
            "Alnif cumin, 200 g",
        ],
        description: [
            "يُزرع كمون ألنيف في واحات صغيرة بين تنغير والريصاني، ويشتهر بحبوبه الصغيرة ورائحته القوية. يُطحن عند الطلب في التعاونية، وهو أساس خليط الطاجين والبيصارة.",
            "Le cumin d’Alnif pousse dans de petites oasis entre Tinghir et Rissani ; il est réputé pour ses graines fines et son parfum intense. Moulu à la commande à la coopérative, c’est la base des tajines et de la bissara.",
            "Alnif cumin is grown in small oases between Tinghir and Rissani and is known for its fine seeds and intense aroma. Ground to order at the cooperative, it is the backbone of tagines and bissara.",
        ],
        price_centimes: 3500,
        unit: "g",
        quantity: "200",
        weight_grams: 260,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "spices",
        title: [
            "رأس الحانوت، 100 غ",
            "Ras el hanout, 100 g",
            "Ras el hanout spice blend, 100 g",
        ],
        description: [
            "خليط من نحو عشرين نوعًا من التوابل، منها الزنجبيل والقرفة وجوزة الطيب والورد المجفف، تُحمَّص وتُطحن في فاس حسب وصفة الجدة. ملعقة صغيرة تكفي لطاجين أو لحم مشوي.",
            "Un mélange d’une vingtaine d’épices, dont gingembre, cannelle, muscade et boutons de rose, torréfiées et moulues à Fès selon la recette de la grand-mère. Une cuillère à café suffit pour un tajine ou une viande grillée.",
            "A blend of about twenty spices, including ginger, cinnamon, nutmeg and rosebuds, toasted and ground in Fez to a grandmother’s recipe. A teaspoon is enough for a tagine or grilled meat.",
        ],
        price_centimes: 3000,
        unit: "g",
        quantity: "100",
        weight_grams: 150,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "spices",
        title: [
            "فلفل أحمر حلو (التحميرة)، 250 غ",
            "Paprika doux, 250 g",
            "Sweet paprika, 250 g",
        ],
        description: [
            "فلفل أحمر يُجفف في الشمس على أسطح المنازل في نواحي تادلة ثم يُطحن ناعمًا. يعطي الشرمولة والكفتة والحريرة لونها الأحمر الجميل دون حرارة.",
            "Des poivrons rouges séchés au soleil sur les terrasses de la région du Tadla, puis moulus finement. Il donne leur belle couleur rouge à la chermoula, à la kefta et à la harira, sans piquant.",
            "Red peppers sun-dried on rooftops around the Tadla, then finely ground. It gives chermoula, kefta and harira their lovely red colour without any heat.",
        ],
        price_centimes: 2500,
        unit: "g",
        quantity: "250",
        weight_grams: 300,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "spices",
        title: [
            "حبة البركة (السانوج)، 250 غ",
            "Graines de nigelle, 250 g",
            "Nigella seeds, 250 g",
        ],
        description: [
            "بذور سوداء صغيرة بطعم يشبه البصل المحمص، تُنثر على الخبز والمسمن قبل الطهي أو تُضاف إلى الزيتون. تُنقّى يدويًا في التعاونية من الحصى والقشور.",
            "De petites graines noires au goût d’oignon grillé, à parsemer sur le pain et les msemens avant cuisson ou à ajouter aux olives. Elles sont triées à la main à la coopérative pour ôter cailloux et débris.",
            "Small black seeds that taste of toasted onion, sprinkled on bread and msemen before baking or added to olives. They are hand-sorted at the cooperative to remove grit and husks.",
        ],
        price_centimes: 3000,
        unit: "g",
        quantity: "250",
        weight_grams: 300,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "herbs-teas",
        title: [
            "زعتر بري مجفف، 100 غ",
            "Thym sauvage séché, 100 g",
            "Dried wild thyme, 100 g",
        ],
        description: [
            "زعتر يُقطف في الربيع من الجبال المحيطة بإفران ويُجفف في الظل ليحتفظ بلونه الأخضر ورائحته. يُضاف إلى الشاي في الشتاء، أو إلى زيت الزيتون مع الخبز.",
            "Du thym cueilli au printemps dans les montagnes autour d’Ifrane, séché à l’ombre pour garder sa couleur et son parfum. On l’ajoute au thé en hiver, ou à l’huile d’olive pour tremper le pain.",
            "Thyme gathered in spring in the mountains around Ifrane and dried in the shade to keep its colour and scent. Add it to tea in winter, or to olive oil for dipping bread.",
        ],
        price_centimes: 2000,
        unit: "g",
        quantity: "100",
        weight_grams: 150,
        labels: &["organic", "onssa"],
    },
    ProductTemplate {
        category: "herbs-teas",
        title: [
            "لويزة مجففة، 50 غ",
            "Verveine odorante séchée, 50 g",
            "Dried lemon verbena, 50 g",
        ],
        description: [
            "أوراق اللويزة تُقطف من حدائق الواحة في سكورة، وتُجفف كاملة دون تكسير. منقوع بطعم الليمون يُشرب بعد العشاء، أو يُضاف بضع أوراق منه إلى الشاي الأخضر.",
            "Des feuilles de verveine cueillies dans les jardins de l’oasis de Skoura et séchées entières, sans être brisées. Une infusion citronnée pour l’après-dîner, ou quelques feuilles dans le thé vert.",
            "Lemon verbena leaves picked in the oasis gardens of Skoura and dried whole, unbroken. A lemony infusion for after dinner, or a few leaves in green tea.",
        ],
        price_centimes: 2500,
        unit: "g",
        quantity: "50",
        weight_grams: 100,
        labels: &["organic", "onssa"],
    },
    ProductTemplate {
        category: "herbs-teas",
        title: [
            "براعم الورد البلدي المجففة، 100 غ",
            "Boutons de rose séchés, 100 g",
            "Dried Damask rosebuds, 100 g",
        ],
        description: [
            "براعم الورد البلدي تُقطف قبل تفتحها في وادي دادس قرب قلعة مكونة، وتُجفف على حصائر في الظل. تُنقع في الشاي أو تُطحن لتعطير الحلويات ورأس الحانوت.",
            "Des boutons de rose de Damas cueillis avant éclosion dans la vallée du Dadès, près de Kelaat M’Gouna, puis séchés à l’ombre sur des nattes. À infuser dans le thé ou à moudre pour parfumer pâtisseries et ras el hanout.",
            "Damask rosebuds picked before they open in the Dades valley near Kelaat M’Gouna, then dried in the shade on mats. Steep them in tea or grind them to perfume pastries and ras el hanout.",
        ],
        price_centimes: 4000,
        unit: "g",
        quantity: "100",
        weight_grams: 180,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "herbs-teas",
        title: [
            "شيبة مجففة، 50 غ",
            "Absinthe séchée (chiba), 50 g",
            "Dried wormwood (sheeba), 50 g",
        ],
        description: [
            "الشيبة عشبة الشتاء في البيوت المغربية: بضع أغصان في إبريق الشاي بالنعناع تعطيه مرارة خفيفة ورائحة دافئة. تجمعها نساء التعاونية في هضاب الأطلس المتوسط.",
            "La chiba est l’herbe d’hiver des maisons marocaines : quelques brins dans la théière à la menthe lui donnent une légère amertume et un parfum chaleureux. Les femmes de la coopérative la récoltent sur les plateaux du Moyen Atlas.",
            "Sheeba is the winter herb of Moroccan homes: a few sprigs in the mint teapot add a gentle bitterness and a warm aroma. The cooperative’s women gather it on the plateaus of the Middle Atlas.",
        ],
        price_centimes: 1500,
        unit: "g",
        quantity: "50",
        weight_grams: 100,
        labels: &["onssa"],
    },
    // --- Couscous and grains ---
    ProductTemplate {
        category: "couscous",
        title: [
            "كسكس القمح المفتول يدويًا، 1 كلغ",
            "Couscous de blé roulé à la main, 1 kg",
            "Hand-rolled wheat couscous, 1 kg",
        ],
        description: [
            "تفتل نساء التعاونية السميدة *بالأيدي* في القصعة، ثم يُبخَّر الكسكس ويُجفف في الشمس على سطح الدار.\n\nحبته متساوية ولا تلتصق، ويُحضَّر بالخضر السبعة يوم الجمعة.",
            "Les femmes de la coopérative roulent la semoule *à la main* dans la gasaa, puis le couscous est cuit à la vapeur et séché au soleil sur la terrasse.\n\nSes grains sont réguliers et ne collent pas : parfait pour le couscous aux sept légumes du vendredi.",
            "The cooperative’s women roll the semolina *by hand* in a wide wooden gasaa; the couscous is then steamed and dried in the sun on the roof.\n\nThe grains are even and never stick: just right for Friday’s seven-vegetable couscous.",
        ],
        price_centimes: 3500,
        unit: "kg",
        quantity: "1",
        weight_grams: 1050,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "couscous",
        title: [
            "كسكس الشعير (بلبولة)، 1 كلغ",
            "Couscous d’orge (belboula), 1 kg",
            "Barley couscous (belboula), 1 kg",
        ],
        description: [
            "بلبولة من شعير الهضاب العليا قرب خنيفرة، يُكسَّر ويُغربل في التعاونية. يُطهى بالحليب أو مع الخضر، وطعمه أكثر نكهة من كسكس القمح.",
            "Du belboula fait d’orge des hauts plateaux près de Khénifra, concassé et tamisé à la coopérative. Il se cuisine au lait ou aux légumes et a plus de goût que le couscous de blé.",
            "Belboula made from highland barley near Khenifra, cracked and sieved at the cooperative. Cook it with milk or vegetables; it has more flavour than wheat couscous.",
        ],
        price_centimes: 2500,
        unit: "kg",
        quantity: "1",
        weight_grams: 1050,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "couscous",
        title: [
            "كسكس القمح الكامل، 1 كلغ",
            "Couscous de blé complet, 1 kg",
            "Whole wheat couscous, 1 kg",
        ],
        description: [
            "كسكس من دقيق القمح الكامل المطحون في رحى حجرية بنواحي سطات، بلون بني فاتح ونكهة الحبوب. يُبخَّر مرتين كما يُصنع في البيت.",
            "Un couscous de blé complet moulu à la meule de pierre près de Settat, à la couleur brun clair et au goût de céréale. Il est cuit deux fois à la vapeur, comme à la maison.",
            "Couscous made from whole wheat stone-ground near Settat, light brown with a nutty grain flavour. It is steamed twice, just as it is at home.",
        ],
        price_centimes: 3000,
        unit: "kg",
        quantity: "1",
        weight_grams: 1050,
        labels: &["organic", "onssa"],
    },
    ProductTemplate {
        category: "couscous",
        title: [
            "كسكس الذرة، 1 كلغ",
            "Couscous de maïs, 1 kg",
            "Corn couscous, 1 kg",
        ],
        description: [
            "كسكس أصفر من دقيق الذرة، تقليد قديم في قرى الشمال ونواحي تاونات. يُقدَّم مع اللبن أو مع مرق الخضر، وهو خالٍ من القمح.",
            "Un couscous jaune à la farine de maïs, une vieille tradition des villages du Nord et de la région de Taounate. Il se sert avec du lben ou un bouillon de légumes, et ne contient pas de blé.",
            "A yellow couscous made from corn meal, an old tradition in northern villages around Taounate. Serve it with buttermilk or a vegetable broth; it contains no wheat.",
        ],
        price_centimes: 2800,
        unit: "kg",
        quantity: "1",
        weight_grams: 1050,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "grains-flours",
        title: [
            "دقيق القمح البلدي المطحون بالحجر، 2 كلغ",
            "Farine de blé beldi moulue à la pierre, 2 kg",
            "Stone-ground beldi wheat flour, 2 kg",
        ],
        description: [
            "قمح صلب بلدي من منطقة الشاوية يُطحن ببطء في رحى حجرية فيحتفظ بالنخالة والجنين. دقيق مثالي لخبز الدار والحرشة والمسمن.",
            "Un blé dur beldi de la Chaouia moulu lentement à la meule de pierre, qui garde son son et son germe. Idéal pour le pain maison, la harcha et les msemens.",
            "Beldi durum wheat from the Chaouia, slowly milled between stones so it keeps its bran and germ. Ideal for home-baked bread, harcha and msemen.",
        ],
        price_centimes: 3000,
        unit: "kg",
        quantity: "2",
        weight_grams: 2050,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "grains-flours",
        title: [
            "دقيق الخروب، 500 غ",
            "Farine de caroube, 500 g",
            "Carob flour, 500 g",
        ],
        description: [
            "قرون الخروب تُجمع من أشجار برية في الأطلس المتوسط، تُحمَّص ثم تُطحن. دقيق حلو بطبيعته يُستعمل في الحلويات والعصائر بدل الكاكاو.",
            "Des gousses de caroube ramassées sur des arbres sauvages du Moyen Atlas, torréfiées puis moulues. Une farine naturellement sucrée, à utiliser en pâtisserie ou dans les boissons à la place du cacao.",
            "Carob pods gathered from wild trees in the Middle Atlas, roasted and then milled. A naturally sweet flour to use in baking or drinks instead of cocoa.",
        ],
        price_centimes: 2500,
        unit: "g",
        quantity: "500",
        weight_grams: 550,
        labels: &["organic", "onssa"],
    },
    ProductTemplate {
        category: "grains-flours",
        title: [
            "زميتة الشعير المحمص، 500 غ",
            "Zemmita, farine d’orge grillée, 500 g",
            "Zemmita roasted barley flour, 500 g",
        ],
        description: [
            "دقيق شعير محمص ممزوج بالسمسم واليانسون والكمون، تحضره نساء الأطلس للرحلات والأسفار. يُخلط بزيت الزيتون والعسل ويُؤكل مع الشاي.",
            "Une farine d’orge grillée mêlée de sésame, d’anis et de cumin, que les femmes de l’Atlas préparent pour les voyages. Elle se mélange à l’huile d’olive et au miel et se mange avec le thé.",
            "Roasted barley flour blended with sesame, aniseed and cumin, which Atlas women prepare for journeys. Mix it with olive oil and honey and eat it with tea.",
        ],
        price_centimes: 3500,
        unit: "g",
        quantity: "500",
        weight_grams: 550,
        labels: &["onssa"],
    },
    // --- Dates and dried fruit ---
    ProductTemplate {
        category: "dates",
        title: [
            "تمر المجهول من تافيلالت، 1 كلغ",
            "Dattes Mejhoul du Tafilalet, 1 kg",
            "Tafilalet Mejhoul dates, 1 kg",
        ],
        description: [
            "**المجهول** ملك التمور المغربية: حبات كبيرة طرية بطعم العسل والكراميل، تُقطف في أكتوبر من نخيل واحات الريصاني وأرفود.\n\nتُفرز يدويًا حسب الحجم، وتُحفظ في الثلاجة لتبقى طرية.",
            "**La Mejhoul** est la reine des dattes marocaines : de gros fruits moelleux aux notes de miel et de caramel, cueillis en octobre dans les palmeraies de Rissani et d’Erfoud.\n\nElles sont triées à la main par calibre ; gardez-les au réfrigérateur pour qu’elles restent tendres.",
            "**Mejhoul** is the queen of Moroccan dates: large, soft fruit with notes of honey and caramel, picked in October in the palm groves of Rissani and Erfoud.\n\nThey are hand-sorted by size; keep them in the fridge so they stay soft.",
        ],
        price_centimes: 12000,
        unit: "kg",
        quantity: "1",
        weight_grams: 1100,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "dates",
        title: [
            "تمر بوفقوس، 1 كلغ",
            "Dattes Boufeggous, 1 kg",
            "Boufeggous dates, 1 kg",
        ],
        description: [
            "بوفقوس صنف تقليدي من واحات درعة، لحمه كثيف ولونه بني داكن وحلاوته معتدلة. يُحفظ جيدًا طوال السنة، ويُقدَّم مع الحليب عند الإفطار في رمضان.",
            "La Boufeggous est une variété traditionnelle des oasis du Drâa, à la chair dense, brun foncé et moyennement sucrée. Elle se conserve bien toute l’année et se sert avec du lait à la rupture du jeûne.",
            "Boufeggous is a traditional variety from the Draa oases, with dense, dark-brown flesh and a moderate sweetness. It keeps well all year and is served with milk to break the fast in Ramadan.",
        ],
        price_centimes: 7000,
        unit: "kg",
        quantity: "1",
        weight_grams: 1100,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "dates",
        title: [
            "تمر الجيهل، 1 كلغ",
            "Dattes Jihel, 1 kg",
            "Jihel dates, 1 kg",
        ],
        description: [
            "تمر الجيهل صنف شائع في زاكورة، صغير الحجم وجاف قليلًا، وهو التمر اليومي في بيوت الجنوب. مناسب للطبخ وللطواجن الحلوة.",
            "La Jihel, très répandue à Zagora, est une petite datte un peu sèche : c’est la datte de tous les jours dans les maisons du Sud. Parfaite pour la cuisine et les tajines sucrés-salés.",
            "Jihel is the common date of Zagora, small and slightly dry: the everyday date in southern homes. Good for cooking and sweet-savoury tagines.",
        ],
        price_centimes: 4500,
        unit: "kg",
        quantity: "1",
        weight_grams: 1100,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "dates",
        title: [
            "معجون التمر، 500 غ",
            "Pâte de dattes, 500 g",
            "Date paste, 500 g",
        ],
        description: [
            "تمور منزوعة النوى تُطحن دون إضافة سكر، تصنعها التعاونية من التمور الصغيرة التي لا تصلح للبيع كاملة. تُستعمل في حشو المقروط والكعك وحلويات العيد.",
            "Des dattes dénoyautées et broyées sans sucre ajouté, que la coopérative prépare avec les petits fruits qu’on ne vend pas entiers. Pour fourrer les makrouts, les kaâks et les gâteaux de l’Aïd.",
            "Pitted dates ground with no added sugar, made by the cooperative from the small fruit it cannot sell whole. Use it to fill makrout, ka’ak and Eid pastries.",
        ],
        price_centimes: 3000,
        unit: "g",
        quantity: "500",
        weight_grams: 560,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "nuts-dried-fruit",
        title: [
            "لوز بلدي من تافراوت، 500 غ",
            "Amandes beldi de Tafraout, 500 g",
            "Tafraout beldi almonds, 500 g",
        ],
        description: [
            "لوز صغير من أشجار بعلية في وادي أملن قرب تافراوت، يُكسَّر يدويًا في التعاونية. طعمه أقوى من اللوز المستورد، ويُستعمل في أملو وكعب الغزال.",
            "De petites amandes d’amandiers non irrigués de la vallée des Ammeln, près de Tafraout, cassées à la main à la coopérative. Plus goûteuses que les amandes importées, elles servent pour l’amlou et les cornes de gazelle.",
            "Small almonds from rain-fed trees in the Ammeln valley near Tafraout, shelled by hand at the cooperative. They taste stronger than imported almonds and go into amlou and gazelle horns.",
        ],
        price_centimes: 7500,
        unit: "g",
        quantity: "500",
        weight_grams: 560,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "nuts-dried-fruit",
        title: [
            "تين مجفف من تاونات، 500 غ",
            "Figues séchées de Taounate, 500 g",
            "Dried figs from Taounate, 500 g",
        ],
        description: [
            "تين أسود وأبيض يُجفف في الشمس على القصب في جبال تاونات، ثم يُنظم في قلائد كما جرت العادة. يُؤكل مع الشاي أو يُضاف إلى الطاجين.",
            "Des figues noires et blanches séchées au soleil sur des claies de roseau dans les montagnes de Taounate, puis enfilées en colliers comme le veut la tradition. À croquer avec le thé ou à ajouter aux tajines.",
            "Black and white figs dried in the sun on reed racks in the Taounate mountains, then threaded into strings as tradition has it. Eat them with tea or add them to tagines.",
        ],
        price_centimes: 5000,
        unit: "g",
        quantity: "500",
        weight_grams: 560,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "nuts-dried-fruit",
        title: [
            "جوز الأطلس، 500 غ",
            "Cerneaux de noix de l’Atlas, 500 g",
            "Atlas walnut halves, 500 g",
        ],
        description: [
            "جوز من أشجار عتيقة على ضفاف الوديان في أسني ونواحي أمزميز، يُقشَّر يدويًا في الخريف. أنصاف فاتحة اللون تُؤكل مع التمر أو تُضاف إلى السلو.",
            "Des noix de vieux noyers plantés au bord des oueds d’Asni et de la région d’Amizmiz, décortiquées à la main à l’automne. Des cerneaux clairs à manger avec des dattes ou à ajouter au sellou.",
            "Walnuts from old trees along the streams of Asni and the Amizmiz area, shelled by hand in autumn. Pale halves to eat with dates or to add to sellou.",
        ],
        price_centimes: 6000,
        unit: "g",
        quantity: "500",
        weight_grams: 560,
        labels: &["onssa"],
    },
    // --- Rose and orange-blossom water ---
    ProductTemplate {
        category: "floral-waters",
        title: [
            "ماء الورد من قلعة مكونة، 250 مل",
            "Eau de rose de Kelaat M’Gouna, 250 ml",
            "Kelaat M’Gouna rose water, 250 ml",
        ],
        description: [
            "في ماي تقطف نساء وادي الورود الورد البلدي عند الفجر، ويُقطَّر في اليوم نفسه في إنبيق نحاسي. ماء الورد قلعة مكونة يُستعمل للحلويات وللبشرة على حد سواء.",
            "En mai, les femmes de la vallée des Roses cueillent la rose de Damas à l’aube ; elle est distillée le jour même dans un alambic en cuivre. L’eau de rose de Kelaat M’Gouna sert autant en pâtisserie que pour la peau.",
            "In May the women of the Valley of Roses pick Damask roses at dawn, and they are distilled the same day in a copper still. Kelaat M’Gouna rose water is as good in pastries as it is on the skin.",
        ],
        price_centimes: 3000,
        unit: "ml",
        quantity: "250",
        weight_grams: 380,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "floral-waters",
        title: [
            "رذاذ ماء الورد، 100 مل",
            "Brume d’eau de rose, 100 ml",
            "Rose water face mist, 100 ml",
        ],
        description: [
            "ماء ورد مقطر من قلعة مكونة في بخاخ زجاجي صغير يوضع في الحقيبة. رشة على الوجه بعد التنظيف أو في أيام الحر.",
            "De l’eau de rose distillée à Kelaat M’Gouna dans un petit vaporisateur en verre qui tient dans un sac. Une brume sur le visage après le nettoyage ou les jours de chaleur.",
            "Distilled rose water from Kelaat M’Gouna in a small glass spray that fits in a bag. Mist it on your face after cleansing or on hot days.",
        ],
        price_centimes: 4500,
        unit: "ml",
        quantity: "100",
        weight_grams: 200,
        labels: &["igp"],
    },
    ProductTemplate {
        category: "floral-waters",
        title: [
            "ماء الزهر المقطر، 250 مل",
            "Eau de fleur d’oranger distillée, 250 ml",
            "Distilled orange blossom water, 250 ml",
        ],
        description: [
            "يُقطف زهر الرنج في مارس من بساتين نواحي بني ملال، ويُقطَّر بالطريقة التقليدية في قطارة نحاسية. لا غنى عنه في كعب الغزال والشباكية والسلطات بالبرتقال.",
            "La fleur de bigaradier est cueillie en mars dans les vergers autour de Béni Mellal et distillée à l’ancienne dans un alambic en cuivre. Indispensable pour les cornes de gazelle, la chebakia et la salade d’oranges.",
            "Bitter-orange blossoms are picked in March in the orchards around Beni Mellal and distilled the old way in a copper still. Essential for gazelle horns, chebakia and orange salad.",
        ],
        price_centimes: 3500,
        unit: "ml",
        quantity: "250",
        weight_grams: 380,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "floral-waters",
        title: [
            "ماء الزهر للطبخ، 500 مل",
            "Eau de fleur d’oranger pour la cuisine, 500 ml",
            "Orange blossom water for baking, 500 ml",
        ],
        description: [
            "الحجم الكبير للمطابخ التي تحضر حلويات المناسبات، من زهر مقطر مرتين ليكون عطره أقوى. تكفي ملعقة في عجين الغريبة أو في إبريق عصير اللوز.",
            "Le grand format pour les cuisines qui préparent les gâteaux des fêtes, avec une eau distillée deux fois pour un parfum plus intense. Une cuillère suffit dans une pâte à ghriba ou une carafe de lait d’amande.",
            "The large size for kitchens that bake for celebrations, double-distilled for a stronger scent. A spoonful is enough in ghriba dough or a jug of almond milk.",
        ],
        price_centimes: 5500,
        unit: "ml",
        quantity: "500",
        weight_grams: 700,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "floral-waters",
        title: [
            "ماء الورد المقطر مرتين، 500 مل",
            "Eau de rose double distillation, 500 ml",
            "Double-distilled rose water, 500 ml",
        ],
        description: [
            "يُقطَّر هذا الماء مرتين من ورد وادي دادس ليكون أكثر تركيزًا. يُستعمل بضع قطرات في الحلويات والشاي، أو يُمزج مع الغاسول.",
            "Distillée deux fois à partir des roses de la vallée du Dadès, cette eau est plus concentrée. Quelques gouttes dans les pâtisseries et le thé, ou mélangée au ghassoul.",
            "Distilled twice from Dades valley roses, this water is more concentrated. Use a few drops in pastries and tea, or mix it with ghassoul.",
        ],
        price_centimes: 6000,
        unit: "ml",
        quantity: "500",
        weight_grams: 700,
        labels: &["igp", "onssa"],
    },
    // --- Cosmetics and soaps ---
    ProductTemplate {
        category: "soaps",
        title: [
            "الصابون البلدي بالأوكالبتوس، 250 غ",
            "Savon noir beldi à l’eucalyptus, 250 g",
            "Beldi black soap with eucalyptus, 250 g",
        ],
        description: [
            "صابون الحمام المغربي، مصنوع من زيت الزيتون الأسود ومنقوع أوراق الأوكالبتوس.\n\n- يُدهن على الجسم المبلل\n- يُترك خمس دقائق في البخار\n- يُفرك بالكيس ثم يُشطف",
            "Le savon du hammam marocain, fait d’huile d’olive noire et d’une infusion de feuilles d’eucalyptus.\n\n- appliquer sur la peau mouillée\n- laisser poser cinq minutes dans la vapeur\n- gommer au kessa puis rincer",
            "The soap of the Moroccan hammam, made from black olive oil and an infusion of eucalyptus leaves.\n\n- spread on wet skin\n- leave for five minutes in the steam\n- scrub with a kessa glove, then rinse",
        ],
        price_centimes: 3000,
        unit: "g",
        quantity: "250",
        weight_grams: 320,
        labels: &[],
    },
    ProductTemplate {
        category: "soaps",
        title: [
            "صابون بزيت الأركان، 100 غ",
            "Savon à l’huile d’argan, 100 g",
            "Argan oil soap bar, 100 g",
        ],
        description: [
            "صابون يُصنع على البارد في تعاونية بإنزكان من زيت الأركان وزيت الزيتون، ويُترك ستة أسابيع ليجف. رغوة ناعمة ورائحة خفيفة.",
            "Un savon saponifié à froid dans une coopérative d’Inezgane, avec de l’huile d’argan et de l’huile d’olive, puis séché six semaines. Une mousse douce et un parfum discret.",
            "A cold-process soap made in an Inezgane cooperative from argan and olive oils, then cured for six weeks. A gentle lather and a light scent.",
        ],
        price_centimes: 3500,
        unit: "piece",
        quantity: "1",
        weight_grams: 120,
        labels: &["organic"],
    },
    ProductTemplate {
        category: "soaps",
        title: [
            "صابون زيت الزيتون بالورد، 120 غ",
            "Savon à l’huile d’olive et à la rose, 120 g",
            "Olive oil and rose soap, 120 g",
        ],
        description: [
            "صابون بزيت زيتون وزان وماء الورد من قلعة مكونة، مزين بتويجات ورد مجففة. يُقطع يدويًا فتختلف كل قطعة قليلًا عن الأخرى.",
            "Un savon à l’huile d’olive de Ouazzane et à l’eau de rose de Kelaat M’Gouna, décoré de pétales séchés. Coupé à la main, chaque pain est un peu différent.",
            "A soap made with Ouazzane olive oil and Kelaat M’Gouna rose water, topped with dried petals. Cut by hand, so each bar is a little different.",
        ],
        price_centimes: 3000,
        unit: "piece",
        quantity: "1",
        weight_grams: 140,
        labels: &[],
    },
    ProductTemplate {
        category: "ghassoul",
        title: [
            "غاسول طبيعي، 200 غ",
            "Ghassoul naturel, 200 g",
            "Natural ghassoul clay, 200 g",
        ],
        description: [
            "طين الغاسول يُستخرج من جبال الأطلس المتوسط قرب ميسور، ويُغسل ويُجفف في الشمس ثم يُطحن. يُخلط بماء الورد ليصبح عجينة للشعر والوجه في الحمام.",
            "L’argile ghassoul est extraite dans le Moyen Atlas près de Missour, lavée, séchée au soleil puis moulue. Mélangée à l’eau de rose, elle devient une pâte pour les cheveux et le visage au hammam.",
            "Ghassoul clay is mined in the Middle Atlas near Missour, washed, sun-dried and ground. Mixed with rose water it becomes a paste for hair and face at the hammam.",
        ],
        price_centimes: 2500,
        unit: "g",
        quantity: "200",
        weight_grams: 240,
        labels: &[],
    },
    ProductTemplate {
        category: "ghassoul",
        title: [
            "غاسول بالأعشاب السبعة، 250 غ",
            "Ghassoul aux sept plantes, 250 g",
            "Ghassoul with seven herbs, 250 g",
        ],
        description: [
            "غاسول يُعجن مع منقوع سبعة أعشاب، منها الخزامى والريحان والورد، حسب وصفة العرائس في فاس، ثم يُجفف على شكل أقراص صغيرة. تُذاب قطعة في قليل من الماء قبل الاستعمال.",
            "Un ghassoul pétri avec une infusion de sept plantes, dont lavande, myrte et rose, selon la recette des mariées de Fès, puis séché en petites pastilles. Délayer une pastille dans un peu d’eau avant usage.",
            "Ghassoul kneaded with an infusion of seven herbs, among them lavender, myrtle and rose, following the Fez bridal recipe, then dried in small tablets. Dissolve one in a little water before use.",
        ],
        price_centimes: 4000,
        unit: "g",
        quantity: "250",
        weight_grams: 300,
        labels: &[],
    },
    ProductTemplate {
        category: "creams-balms",
        title: [
            "زبدة الجسم بالأركان، 200 مل",
            "Beurre corporel à l’argan, 200 ml",
            "Argan body butter, 200 ml",
        ],
        description: [
            "كريم غني من زيت الأركان وزبدة الشيا وشمع النحل، تحضره التعاونية بكميات صغيرة. يُدهن بعد الحمام على البشرة الجافة، ورائحته خفيفة من زهر البرتقال.",
            "Une crème riche à l’huile d’argan, au beurre de karité et à la cire d’abeille, préparée en petites séries par la coopérative. À appliquer après la douche sur les peaux sèches ; léger parfum de fleur d’oranger.",
            "A rich cream of argan oil, shea butter and beeswax, made in small batches by the cooperative. Apply after a shower on dry skin; lightly scented with orange blossom.",
        ],
        price_centimes: 12000,
        unit: "ml",
        quantity: "200",
        weight_grams: 330,
        labels: &["organic"],
    },
    ProductTemplate {
        category: "creams-balms",
        title: [
            "كريم اليدين بالورد والأركان، 50 مل",
            "Crème mains rose et argan, 50 ml",
            "Rose and argan hand cream, 50 ml",
        ],
        description: [
            "كريم خفيف لليدين بماء الورد من قلعة مكونة وزيت الأركان، يتشربه الجلد بسرعة دون أثر دهني. علبة صغيرة توضع في الحقيبة.",
            "Une crème légère à l’eau de rose de Kelaat M’Gouna et à l’huile d’argan, qui pénètre vite sans laisser de film gras. Un petit pot à glisser dans le sac.",
            "A light cream with Kelaat M’Gouna rose water and argan oil that sinks in quickly without a greasy feel. A small pot to keep in your bag.",
        ],
        price_centimes: 6000,
        unit: "ml",
        quantity: "50",
        weight_grams: 110,
        labels: &[],
    },
    ProductTemplate {
        category: "cosmetics-soaps",
        title: [
            "حناء طبيعية من تيزنيت، 200 غ",
            "Henné naturel de Tiznit, 200 g",
            "Natural henna powder from Tiznit, 200 g",
        ],
        description: [
            "أوراق الحناء تُزرع في واحات نواحي تيزنيت وتُجفف ثم تُطحن وتُغربل ناعمًا. تُعجن بماء الزهر لنقش اليدين في الأعراس أو لتلوين الشعر بلون نحاسي.",
            "Des feuilles de henné cultivées dans les oasis autour de Tiznit, séchées, moulues et finement tamisées. À délayer dans l’eau de fleur d’oranger pour les motifs des mariages ou pour des reflets cuivrés dans les cheveux.",
            "Henna leaves grown in the oases around Tiznit, dried, ground and finely sifted. Mix with orange blossom water for wedding hand designs or for copper tones in the hair.",
        ],
        price_centimes: 3000,
        unit: "g",
        quantity: "200",
        weight_grams: 240,
        labels: &[],
    },
    // --- Rugs and textiles ---
    ProductTemplate {
        category: "rugs",
        title: [
            "زربية بني وراين، 200 × 300 سم",
            "Tapis Beni Ouarain, 200 × 300 cm",
            "Beni Ouarain rug, 200 × 300 cm",
        ],
        description: [
            "زربية من صوف الغنم الأبيض غير المصبوغ، بخطوط معينات بنية، تنسجها نساء قبيلة بني وراين في الأطلس المتوسط.\n\n- الصوف: محلي، مغزول يدويًا\n- العقد: نحو 40 ألف عقدة في المتر المربع\n- مدة النسج: قرابة ثلاثة أشهر",
            "Un tapis en laine de mouton blanche non teinte, aux losanges bruns, tissé par les femmes de la tribu Beni Ouarain dans le Moyen Atlas.\n\n- Laine : locale, filée à la main\n- Nœuds : environ 40 000 au mètre carré\n- Tissage : près de trois mois",
            "A rug of undyed white sheep’s wool with brown diamond lines, knotted by women of the Beni Ouarain tribe in the Middle Atlas.\n\n- Wool: local, hand-spun\n- Knots: about 40,000 per square metre\n- Weaving time: nearly three months",
        ],
        price_centimes: 450000,
        unit: "piece",
        quantity: "1",
        weight_grams: 14000,
        labels: &[],
    },
    ProductTemplate {
        category: "rugs",
        title: [
            "زربية أزيلال الملونة، 150 × 240 سم",
            "Tapis Azilal coloré, 150 × 240 cm",
            "Colourful Azilal rug, 150 × 240 cm",
        ],
        description: [
            "زربية بيضاء عليها رموز حرة بألوان زاهية، تنسجها نساء دواوير أزيلال من صوف ممزوج بالقطن. لكل زربية رسوم مختلفة تحكي قصة ناسجتها.",
            "Un tapis à fond blanc parsemé de symboles libres aux couleurs vives, tissé par les femmes des douars d’Azilal en laine mêlée de coton. Chaque pièce a ses motifs, qui racontent l’histoire de sa tisserande.",
            "A white-ground rug scattered with free-hand symbols in bright colours, woven by women in the villages of Azilal from wool mixed with cotton. Every piece has its own motifs, telling its weaver’s story.",
        ],
        price_centimes: 280000,
        unit: "piece",
        quantity: "1",
        weight_grams: 8500,
        labels: &[],
    },
    ProductTemplate {
        category: "rugs",
        title: [
            "زربية بوشرويط، 120 × 180 سم",
            "Tapis boucherouite, 120 × 180 cm",
            "Boucherouite rag rug, 120 × 180 cm",
        ],
        description: [
            "زربية البوشرويط تُصنع من قطع القماش القديم والملابس المعاد تدويرها، تُقص شرائط وتُعقد على سدوة من القطن. ألوان مرحة وقطعة خفيفة تُغسل بسهولة.",
            "Le boucherouite est tissé avec des chutes de tissu et de vieux vêtements recyclés, découpés en lanières et noués sur une chaîne de coton. Des couleurs joyeuses, un tapis léger et facile à laver.",
            "Boucherouite is woven from fabric scraps and recycled clothes, cut into strips and knotted onto a cotton warp. Cheerful colours, and a light rug that is easy to wash.",
        ],
        price_centimes: 95000,
        unit: "piece",
        quantity: "1",
        weight_grams: 4000,
        labels: &["fair_trade"],
    },
    ProductTemplate {
        category: "rugs",
        title: [
            "حنبل منسوج من الصوف، 160 × 230 سم",
            "Kilim hanbel en laine, 160 × 230 cm",
            "Wool hanbel kilim, 160 × 230 cm",
        ],
        description: [
            "الحنبل زربية مسطحة بلا وبر، تُنسج على المنسج العمودي في منطقة زمور بخطوط أفقية حمراء وسوداء. خفيف ويُقلب على الوجهين، ويصلح أيضًا غطاءً للأريكة.",
            "Le hanbel est un tapis plat sans velours, tissé sur métier vertical dans la région des Zemmour, à bandes horizontales rouges et noires. Léger et réversible, il sert aussi de jeté de canapé.",
            "A hanbel is a flat-woven rug with no pile, made on an upright loom in the Zemmour region with horizontal red and black bands. Light and reversible, it also works as a sofa throw.",
        ],
        price_centimes: 220000,
        unit: "piece",
        quantity: "1",
        weight_grams: 6000,
        labels: &[],
    },
    ProductTemplate {
        category: "rugs",
        title: [
            "زربية تازناخت بالزعفران والحناء، 140 × 200 سم",
            "Tapis de Taznakht teint au safran et au henné, 140 × 200 cm",
            "Taznakht rug dyed with saffron and henna, 140 × 200 cm",
        ],
        description: [
            "تنسج نساء أوزكيتة في تازناخت هذه الزربية بصوف مصبوغ بالنباتات: الزعفران للأصفر، والحناء للبرتقالي، وقشر الرمان للبني. وسطها ميدالية تقليدية تحيط بها أشرطة هندسية.",
            "Les femmes Ouzguita de Taznakht tissent ce tapis en laine teinte aux plantes : safran pour le jaune, henné pour l’orangé, écorce de grenade pour le brun. Un médaillon traditionnel au centre, entouré de frises géométriques.",
            "Ouzguita women in Taznakht knot this rug with plant-dyed wool: saffron for yellow, henna for orange, pomegranate rind for brown. A traditional central medallion is framed by geometric borders.",
        ],
        price_centimes: 350000,
        unit: "piece",
        quantity: "1",
        weight_grams: 9000,
        labels: &[],
    },
    ProductTemplate {
        category: "textiles",
        title: [
            "حنديرة العرس بالترتر",
            "Handira de mariage à sequins",
            "Sequinned handira wedding blanket",
        ],
        description: [
            "الحنديرة غطاء من الصوف الأبيض تُلبسه العروس في الأطلس المتوسط، مزين بمئات الترترات الفضية التي تلمع في الضوء. اليوم تُعلَّق على الجدار أو تُفرش على السرير.",
            "La handira est la cape de laine blanche que porte la mariée dans le Moyen Atlas, cousue de centaines de sequins argentés qui accrochent la lumière. Aujourd’hui on l’accroche au mur ou on la pose sur le lit.",
            "A handira is the white wool cape a bride wears in the Middle Atlas, sewn with hundreds of silver sequins that catch the light. Today it is hung on a wall or spread over a bed.",
        ],
        price_centimes: 180000,
        unit: "piece",
        quantity: "1",
        weight_grams: 3500,
        labels: &[],
    },
    ProductTemplate {
        category: "textiles",
        title: [
            "بطانية صوف منسوجة يدويًا",
            "Couverture en laine tissée main",
            "Hand-woven wool blanket",
        ],
        description: [
            "بطانية دافئة من صوف غنم تمحضيت، تُغزل وتُنسج في تعاونية بإيموزار كندر بخطوط بلون العسل والرمادي. تكفي سريرًا لشخصين في ليالي الشتاء.",
            "Une couverture chaude en laine de mouton Timahdite, filée et tissée dans une coopérative d’Imouzzer Kandar, à rayures couleur miel et gris. Elle couvre un lit double pendant les nuits d’hiver.",
            "A warm blanket of Timahdite sheep’s wool, spun and woven at a cooperative in Imouzzer Kandar with honey and grey stripes. It covers a double bed through winter nights.",
        ],
        price_centimes: 75000,
        unit: "piece",
        quantity: "1",
        weight_grams: 2500,
        labels: &[],
    },
    ProductTemplate {
        category: "embroidery",
        title: [
            "غطاء وسادة بطرز فاس",
            "Housse de coussin brodée de Fès",
            "Fez embroidered cushion cover",
        ],
        description: [
            "يُطرز *بالغرزة الفاسية* التي تتطابق من الوجهين، بخيط حريري أزرق على قماش كتان أبيض.\n\nتحتاج الطرازة إلى أسبوعين لإتمام الغطاء، ويُباع دون حشو (40 × 40 سم).",
            "Brodée au *point de Fès*, identique sur l’endroit et l’envers, au fil de soie bleu sur une toile de lin blanche.\n\nIl faut deux semaines à la brodeuse pour terminer une housse, vendue sans garnissage (40 × 40 cm).",
            "Stitched in *Fez stitch*, which looks the same on both sides, with blue silk thread on white linen.\n\nThe embroiderer needs two weeks to finish one cover, sold without filling (40 × 40 cm).",
        ],
        price_centimes: 45000,
        unit: "piece",
        quantity: "1",
        weight_grams: 300,
        labels: &[],
    },
    ProductTemplate {
        category: "embroidery",
        title: [
            "وسادة بطرز رباطي",
            "Coussin brodé à la rbatie",
            "Rabat embroidered cushion",
        ],
        description: [
            "الطرز الرباطي يملأ القماش بزهور كبيرة بألوان دافئة، وتتوارثه نساء المدينة القديمة في الرباط. وسادة محشوة بصوف مغسول، مقاس 45 × 45 سم.",
            "La broderie rbatie couvre la toile de grandes fleurs aux tons chauds ; les femmes de la médina de Rabat se la transmettent depuis des générations. Coussin garni de laine lavée, 45 × 45 cm.",
            "Rabat embroidery fills the cloth with large flowers in warm tones, a craft handed down among the women of Rabat’s old medina. The cushion is filled with washed wool, 45 × 45 cm.",
        ],
        price_centimes: 60000,
        unit: "piece",
        quantity: "1",
        weight_grams: 900,
        labels: &[],
    },
    // --- Pottery and ceramics ---
    ProductTemplate {
        category: "pottery-ceramics",
        title: [
            "طاجين الطبخ من الطين، 30 سم",
            "Tajine de cuisson en terre cuite, 30 cm",
            "Clay cooking tagine, 30 cm",
        ],
        description: [
            "طاجين غير مطلي من طين نواحي مراكش، يُطهى فيه على الفحم، أو على الغاز مع موزع للحرارة.\n\n- يُنقع في الماء ليلة قبل أول استعمال\n- يُدهن داخله بزيت الزيتون\n- يُسخن دائمًا على نار هادئة",
            "Un tajine non émaillé en argile de la région de Marrakech, pour le charbon ou le gaz avec un diffuseur.\n\n- le faire tremper une nuit avant la première utilisation\n- huiler l’intérieur à l’huile d’olive\n- toujours chauffer à feu doux",
            "An unglazed tagine of clay from around Marrakech, for charcoal or gas with a heat diffuser.\n\n- soak it in water overnight before first use\n- rub the inside with olive oil\n- always heat it gently",
        ],
        price_centimes: 9000,
        unit: "piece",
        quantity: "1",
        weight_grams: 3000,
        labels: &[],
    },
    ProductTemplate {
        category: "pottery-ceramics",
        title: [
            "طاجين التقديم المزخرف من آسفي",
            "Tajine de service peint de Safi",
            "Painted Safi serving tagine",
        ],
        description: [
            "طاجين مطلي يُرسم عليه باليد في حي الخزافين بآسفي، بزخارف زرقاء وبنية على أرضية بيضاء. مخصص للتقديم على المائدة لا للطبخ على النار.",
            "Un tajine émaillé peint à la main dans la colline des potiers de Safi, aux motifs bleus et bruns sur fond blanc. Il est fait pour servir à table, pas pour cuire sur le feu.",
            "A glazed tagine hand-painted on the potters’ hill in Safi, with blue and brown patterns on a white ground. It is meant for serving at the table, not for cooking over a flame.",
        ],
        price_centimes: 22000,
        unit: "piece",
        quantity: "1",
        weight_grams: 3200,
        labels: &[],
    },
    ProductTemplate {
        category: "pottery-ceramics",
        title: [
            "زلافة خضراء من تامكروت",
            "Bol vert de Tamegroute",
            "Tamegroute green bowl",
        ],
        description: [
            "خزف تامكروت الأخضر يُطهى في أفران تقليدية بالحطب في واحة درعة، ويأخذ لونه من أكسيد النحاس. لكل زلافة تدرجات وقطرات مختلفة في الطلاء.",
            "La céramique verte de Tamegroute est cuite dans des fours traditionnels au bois dans la vallée du Drâa ; sa couleur vient de l’oxyde de cuivre. Chaque bol a ses nuances et ses coulures d’émail.",
            "Tamegroute’s green pottery is fired in traditional wood kilns in the Draa valley and gets its colour from copper oxide. Every bowl has its own shades and drips of glaze.",
        ],
        price_centimes: 15000,
        unit: "piece",
        quantity: "1",
        weight_grams: 900,
        labels: &[],
    },
    ProductTemplate {
        category: "pottery-ceramics",
        title: [
            "طبق تامكروت الأخضر، 32 سم",
            "Plat vert de Tamegroute, 32 cm",
            "Tamegroute green serving plate, 32 cm",
        ],
        description: [
            "طبق كبير بطلاء أخضر لامع وتشققات خفيفة، يصنعه خزافو تامكروت على الدولاب القدمي. مناسب لتقديم الكسكس أو الفواكه.",
            "Un grand plat à l’émail vert brillant légèrement craquelé, tourné au pied par les potiers de Tamegroute. Pour servir le couscous ou les fruits.",
            "A large plate with a glossy, lightly crackled green glaze, thrown on a kick wheel by the potters of Tamegroute. For serving couscous or fruit.",
        ],
        price_centimes: 25000,
        unit: "piece",
        quantity: "1",
        weight_grams: 2200,
        labels: &[],
    },
    ProductTemplate {
        category: "pottery-ceramics",
        title: [
            "طبق فاس الأزرق المرسوم يدويًا",
            "Assiette bleue de Fès peinte à la main",
            "Hand-painted blue Fez plate",
        ],
        description: [
            "الأزرق الفاسي من أشهر ألوان الخزف المغربي: زخارف نباتية وهندسية دقيقة تُرسم بفرشاة من شعر الحمار في ورشات عين النقبي. قطعة للتقديم وللتزيين على الجدار.",
            "Le bleu de Fès est l’une des couleurs phares de la céramique marocaine : de fins motifs floraux et géométriques peints au pinceau en poil d’âne dans les ateliers d’Aïn Nokbi. Une pièce pour servir ou pour orner un mur.",
            "Fez blue is one of the signature colours of Moroccan pottery: fine floral and geometric patterns painted with a donkey-hair brush in the workshops of Ain Nokbi. A piece for serving or for hanging on a wall.",
        ],
        price_centimes: 30000,
        unit: "piece",
        quantity: "1",
        weight_grams: 1800,
        labels: &[],
    },
    ProductTemplate {
        category: "pottery-ceramics",
        title: [
            "الطنجية المراكشية",
            "Tanjia marrakchie",
            "Marrakech tanjia pot",
        ],
        description: [
            "جرة الطنجية التي يطهو فيها أهل مراكش اللحم بالسمن والحامض المرقد والزعفران، وتُترك ساعات في رماد فرناتشي الحمام. طين غير مطلي يُغلق فمه بورق وخيط.",
            "La jarre dans laquelle les Marrakchis cuisent la viande avec du smen, du citron confit et du safran, laissée des heures dans les cendres du foyer du hammam. Terre non émaillée ; on ferme le col avec du papier et une ficelle.",
            "The jar in which people of Marrakech cook meat with smen, preserved lemon and saffron, left for hours in the embers of the hammam furnace. Unglazed clay; the neck is closed with paper and string.",
        ],
        price_centimes: 12000,
        unit: "piece",
        quantity: "1",
        weight_grams: 2500,
        labels: &[],
    },
    ProductTemplate {
        category: "pottery-ceramics",
        title: [
            "إبريق ماء من الفخار الأحمر",
            "Cruche à eau en terre rouge",
            "Red clay water jug",
        ],
        description: [
            "إبريق من الطين الأحمر من سلا، يبقى الماء فيه باردًا في الصيف بفضل مسام الفخار. يُزين عنقه بخطوط سوداء مرسومة بالقطران.",
            "Une cruche en terre rouge de Salé : l’eau y reste fraîche en été grâce à la porosité de l’argile. Son col est orné de traits noirs tracés au goudron végétal.",
            "A red clay jug from Salé that keeps water cool in summer thanks to the porous clay. Its neck is decorated with black lines drawn in plant tar.",
        ],
        price_centimes: 18000,
        unit: "piece",
        quantity: "1",
        weight_grams: 2000,
        labels: &[],
    },
    // --- Leather ---
    ProductTemplate {
        category: "leather",
        title: [
            "بلغة فاسية صفراء للرجال",
            "Babouches jaunes de Fès pour homme",
            "Men’s yellow Fez babouche slippers",
        ],
        description: [
            "البلغة الصفراء *الفاسية* تُخاط يدويًا من جلد الماعز المدبوغ في دار الدباغ شوارة.\n\nنعلها من جلد البقر الصلب، وتلين مع الاستعمال حتى تأخذ شكل القدم. تتوفر بمقاسات من 39 إلى 46.",
            "La babouche jaune *de Fès* est cousue main en cuir de chèvre tanné à la tannerie Chouara.\n\nSa semelle en cuir de vache s’assouplit à l’usage et prend la forme du pied. Pointures du 39 au 46.",
            "The yellow *Fez* babouche is hand-stitched from goatskin tanned at the Chouara tannery.\n\nIts cowhide sole softens with wear and takes the shape of the foot. Sizes 39 to 46.",
        ],
        price_centimes: 25000,
        unit: "piece",
        quantity: "1",
        weight_grams: 600,
        labels: &[],
    },
    ProductTemplate {
        category: "leather",
        title: [
            "شربيل مطرز للنساء",
            "Babouches brodées pour femme",
            "Women’s embroidered babouche slippers",
        ],
        description: [
            "شربيل نسائي من جلد الماعز الناعم، مطرز بخيط السقلي الذهبي على يد حرفيات في مراكش. يُلبس في البيت وفي المناسبات مع القفطان.",
            "Des babouches pour femme en cuir de chèvre souple, brodées au fil doré sqalli par des artisanes de Marrakech. À porter à la maison ou avec un caftan pour les fêtes.",
            "Women’s babouches of soft goatskin, embroidered with golden sqalli thread by craftswomen in Marrakech. Wear them at home, or with a kaftan for celebrations.",
        ],
        price_centimes: 28000,
        unit: "piece",
        quantity: "1",
        weight_grams: 450,
        labels: &[],
    },
    ProductTemplate {
        category: "leather",
        title: [
            "بوف جلدي مطرز (غير محشو)",
            "Pouf en cuir brodé (non rembourré)",
            "Embroidered leather pouf (unstuffed)",
        ],
        description: [
            "بوف دائري من جلد الماعز المصبوغ، مطرز بزخارف نجمية، يُخاط من قطع مثلثة في ورشة بمراكش. يُشحن فارغًا ليُحشى في البيت بالملابس القديمة أو الإسفنج.",
            "Un pouf rond en cuir de chèvre teint, brodé de motifs étoilés et assemblé en pointes triangulaires dans un atelier de Marrakech. Il est expédié vide, à garnir chez soi de vieux vêtements ou de mousse.",
            "A round pouf of dyed goatskin, embroidered with star patterns and sewn from triangular panels in a Marrakech workshop. It ships empty, to be stuffed at home with old clothes or foam.",
        ],
        price_centimes: 60000,
        unit: "piece",
        quantity: "1",
        weight_grams: 1800,
        labels: &[],
    },
    ProductTemplate {
        category: "leather",
        title: [
            "حقيبة كتف من الجلد المدبوغ بالنباتات",
            "Sac bandoulière en cuir tanné végétal",
            "Vegetable-tanned leather shoulder bag",
        ],
        description: [
            "حقيبة من جلد البقر المدبوغ بقشر الميموزا والجير في دباغة فاس، بلون الكراميل الذي يغمق مع الزمن. حزام قابل للتعديل وجيب داخلي بسحّاب.",
            "Un sac en cuir de vache tanné à l’écorce de mimosa et à la chaux dans une tannerie de Fès, couleur caramel qui fonce avec le temps. Bandoulière réglable et poche intérieure zippée.",
            "A cowhide bag tanned with mimosa bark and lime in a Fez tannery, in a caramel colour that deepens over time. Adjustable strap and a zipped inner pocket.",
        ],
        price_centimes: 65000,
        unit: "piece",
        quantity: "1",
        weight_grams: 900,
        labels: &[],
    },
    ProductTemplate {
        category: "leather",
        title: ["قفة تسوق من الجلد", "Cabas en cuir", "Leather tote bag"],
        description: [
            "قفة واسعة من جلد الماعز تتسع للخضر من السوق أو لحاسوب محمول، بمقابض مضفورة يدويًا. يخيطها حرفي واحد من البداية إلى النهاية في ورشته بتطوان.",
            "Un grand cabas en cuir de chèvre, assez vaste pour les légumes du souk ou un ordinateur portable, aux anses tressées à la main. Un seul artisan le coud du début à la fin dans son atelier de Tétouan.",
            "A roomy goatskin tote that holds vegetables from the souk or a laptop, with hand-braided handles. One craftsman sews it from start to finish in his Tetouan workshop.",
        ],
        price_centimes: 85000,
        unit: "piece",
        quantity: "1",
        weight_grams: 1100,
        labels: &[],
    },
    ProductTemplate {
        category: "leather",
        title: [
            "محفظة جلدية مخيطة يدويًا",
            "Portefeuille en cuir cousu main",
            "Hand-stitched leather wallet",
        ],
        description: [
            "محفظة صغيرة من جلد البقر بخياطة السرج المزدوجة، فيها أربعة أماكن للبطاقات وجيب للأوراق النقدية. تُختم عليها نقشة التعاونية.",
            "Un petit portefeuille en cuir de vache au point sellier, avec quatre fentes pour les cartes et un compartiment pour les billets. Il porte le poinçon de la coopérative.",
            "A small cowhide wallet with double saddle stitching, four card slots and a note compartment. It is stamped with the cooperative’s mark.",
        ],
        price_centimes: 18000,
        unit: "piece",
        quantity: "1",
        weight_grams: 150,
        labels: &[],
    },
    // --- Wood ---
    ProductTemplate {
        category: "wood",
        title: [
            "علبة من خشب العرعار من الصويرة",
            "Boîte en thuya d’Essaouira",
            "Essaouira thuya wood box",
        ],
        description: [
            "علبة من **جذر العرعار**، الخشب الذي تشتهر به الصويرة بعروقه الداكنة ورائحته العطرة.\n\nغطاؤها مطعم بالليمون والصدف، ويُصقل الخشب يدويًا حتى يلمع. مناسبة للحلي أو للتوابل.",
            "Une boîte en **loupe de thuya**, le bois qui fait la réputation d’Essaouira, avec ses veines sombres et son parfum.\n\nLe couvercle est marqueté de citronnier et de nacre, et le bois est poli à la main jusqu’à briller. Pour les bijoux ou les épices.",
            "A box made of **thuya burl**, the wood Essaouira is known for, with its dark swirls and fragrant scent.\n\nThe lid is inlaid with lemonwood and mother-of-pearl, and the wood is hand-polished to a shine. For jewellery or spices.",
        ],
        price_centimes: 35000,
        unit: "piece",
        quantity: "1",
        weight_grams: 500,
        labels: &[],
    },
    ProductTemplate {
        category: "wood",
        title: [
            "صندوق من خشب الأرز المصبوغ",
            "Coffre en cèdre peint",
            "Painted cedar box",
        ],
        description: [
            "صندوق من أرز الأطلس يُرسم عليه بالزهور والأغصان على طريقة الزواق الفاسي، ثم يُطلى بورنيش خفيف. رائحة الأرز تبقى فيه سنوات.",
            "Un coffret en cèdre de l’Atlas peint de fleurs et de rinceaux à la manière du zouaq de Fès, puis passé d’un léger vernis. Le parfum du cèdre y reste pendant des années.",
            "A box of Atlas cedar painted with flowers and scrolls in the zouaq style of Fez, then finished with a light varnish. The cedar scent lasts for years.",
        ],
        price_centimes: 28000,
        unit: "piece",
        quantity: "1",
        weight_grams: 700,
        labels: &[],
    },
    ProductTemplate {
        category: "wood",
        title: [
            "لوح تقطيع من خشب الزيتون",
            "Planche à découper en olivier",
            "Olive wood chopping board",
        ],
        description: [
            "لوح سميك من خشب شجر الزيتون الذي لم يعد يثمر في نواحي مكناس، تقطعه التعاونية وتتركه يجف عامًا كاملًا. يُدهن بزيت الزيتون من حين لآخر ليحافظ على لونه.",
            "Une planche épaisse taillée dans des oliviers devenus improductifs autour de Meknès, que la coopérative laisse sécher une année entière. Huilez-la de temps en temps à l’huile d’olive pour garder sa couleur.",
            "A thick board cut from olive trees that no longer bear fruit around Meknes, left by the cooperative to dry for a whole year. Oil it now and then with olive oil to keep its colour.",
        ],
        price_centimes: 22000,
        unit: "piece",
        quantity: "1",
        weight_grams: 1200,
        labels: &[],
    },
    ProductTemplate {
        category: "wood",
        title: [
            "طقم ملاعق من خشب الزيتون (3 قطع)",
            "Lot de 3 cuillères en olivier",
            "Set of 3 olive wood spoons",
        ],
        description: [
            "ثلاث ملاعق للطبخ تنحتها يد الحرفي من خشب الزيتون بأداة واحدة، لكل واحدة عروقها الخاصة. لا تخدش الطاجين ولا المقلاة.",
            "Trois cuillères de cuisine sculptées à la main dans l’olivier avec un seul outil, chacune avec ses propres veines. Elles ne rayent ni le tajine ni la poêle.",
            "Three cooking spoons hand-carved from olive wood with a single tool, each with its own grain. They will not scratch a tagine or a pan.",
        ],
        price_centimes: 12000,
        unit: "piece",
        quantity: "3",
        weight_grams: 250,
        labels: &[],
    },
    ProductTemplate {
        category: "wood",
        title: [
            "رقعة شطرنج من العرعار والليمون",
            "Échiquier en thuya et citronnier",
            "Thuya and lemonwood chess set",
        ],
        description: [
            "رقعة شطرنج تتناوب فيها مربعات العرعار الداكن والليمون الفاتح، مع قطع منحوتة على المخرطة في ورشات الصويرة. تُطوى وتحفظ القطع داخلها.",
            "Un échiquier aux cases alternées de thuya sombre et de citronnier clair, avec des pièces tournées à la main dans les ateliers d’Essaouira. Il se replie et range les pièces à l’intérieur.",
            "A chessboard of alternating dark thuya and pale lemonwood squares, with pieces hand-turned in the workshops of Essaouira. It folds up and stores the pieces inside.",
        ],
        price_centimes: 90000,
        unit: "piece",
        quantity: "1",
        weight_grams: 2000,
        labels: &[],
    },
    ProductTemplate {
        category: "wood",
        title: [
            "قصعة من خشب الزيتون للسلطة",
            "Saladier en bois d’olivier",
            "Olive wood salad bowl",
        ],
        description: [
            "زلافة عميقة تُخرط من قطعة واحدة من خشب الزيتون، على شكل القصعة التقليدية لكن بحجم أصغر. تصلح للسلطة والفواكه والخبز.",
            "Un saladier profond tourné dans une seule pièce d’olivier, à la forme de la gasaa traditionnelle mais en plus petit. Pour la salade, les fruits ou le pain.",
            "A deep bowl turned from a single piece of olive wood, shaped like the traditional gasaa but smaller. For salad, fruit or bread.",
        ],
        price_centimes: 30000,
        unit: "piece",
        quantity: "1",
        weight_grams: 900,
        labels: &[],
    },
    // --- Basketry ---
    ProductTemplate {
        category: "basketry",
        title: [
            "قفة السوق من الدوم",
            "Couffin de marché en doum",
            "Doum palm market basket",
        ],
        description: [
            "القفة التي ترافق المغاربة إلى السوق منذ أجيال، تُضفر من أوراق نخيل الدوم في نواحي الصويرة. متينة وخفيفة، بمقبضين من الجلد.",
            "Le couffin qui accompagne les Marocains au souk depuis des générations, tressé en feuilles de palmier doum dans la région d’Essaouira. Solide et léger, avec deux anses en cuir.",
            "The basket Moroccans have carried to the souk for generations, plaited from doum palm leaves around Essaouira. Sturdy and light, with two leather handles.",
        ],
        price_centimes: 15000,
        unit: "piece",
        quantity: "1",
        weight_grams: 500,
        labels: &[],
    },
    ProductTemplate {
        category: "basketry",
        title: [
            "الترازة، قبعة القش الجبلية",
            "Chapeau de paille tarazza",
            "Tarazza straw sun hat",
        ],
        description: [
            "الترازة قبعة عريضة من الدوم تلبسها نساء الريف وجبالة في الحقول، مزينة بخيوط صوف ملونة وكريات صغيرة. تحمي من الشمس وتُعلَّق أيضًا للزينة.",
            "La tarazza est le large chapeau de doum que portent les femmes du Rif et des Jbala aux champs, orné de cordons de laine colorés et de pompons. Elle protège du soleil et se suspend aussi en décoration.",
            "The tarazza is the wide doum palm hat worn by women of the Rif and Jbala in the fields, trimmed with coloured wool cords and pompoms. It shades from the sun and also makes a wall decoration.",
        ],
        price_centimes: 12000,
        unit: "piece",
        quantity: "1",
        weight_grams: 350,
        labels: &[],
    },
    ProductTemplate {
        category: "basketry",
        title: [
            "طبق الخبز بالغطاء",
            "Tbak, corbeille à pain avec couvercle",
            "Tbak bread basket with lid",
        ],
        description: [
            "الطبق سلة مستديرة بغطاء مخروطي تُضفر من الحلفاء وتُزين بأشرطة ملونة، يُحفظ فيها الخبز دافئًا على المائدة. من صنع نساء تعاونية في نواحي سلا.",
            "Le tbak est une corbeille ronde à couvercle conique, tressée en alfa et ornée de bandes colorées, qui garde le pain au chaud sur la table. Fabriqué par les femmes d’une coopérative près de Salé.",
            "A tbak is a round basket with a conical lid, woven from esparto grass and decorated with coloured bands, that keeps bread warm on the table. Made by the women of a cooperative near Salé.",
        ],
        price_centimes: 18000,
        unit: "piece",
        quantity: "1",
        weight_grams: 600,
        labels: &[],
    },
    ProductTemplate {
        category: "basketry",
        title: [
            "سلة الحلفاء للتخزين",
            "Panier de rangement en alfa",
            "Esparto storage basket",
        ],
        description: [
            "سلة واسعة من الحلفاء تُجمع من هضاب الشرق قرب جرادة، تُلف حلقاتها وتُخاط بإبرة كبيرة. تصلح للأغطية أو لألعاب الأطفال أو كأصيص لنبتة.",
            "Un grand panier en alfa cueilli sur les hauts plateaux de l’Oriental près de Jerada, monté en spirale et cousu à la grosse aiguille. Pour les plaids, les jouets ou comme cache-pot.",
            "A large basket of esparto grass gathered on the eastern plateaus near Jerada, coiled and stitched with a big needle. For throws, toys or as a plant pot holder.",
        ],
        price_centimes: 25000,
        unit: "piece",
        quantity: "1",
        weight_grams: 900,
        labels: &["fair_trade"],
    },
    ProductTemplate {
        category: "basketry",
        title: [
            "سلة الفواكه من القصب",
            "Corbeille à fruits en roseau",
            "Woven reed fruit basket",
        ],
        description: [
            "سلة مفتوحة تُنسج من قصب ضفاف وادي سبو، بأطراف مضفورة وقاعدة متينة. توضع على المائدة للفواكه أو للخبز.",
            "Une corbeille ouverte tressée en roseau des berges du Sebou, aux bords tressés et au fond solide. Sur la table pour les fruits ou le pain.",
            "An open basket woven from reeds cut on the banks of the Sebou river, with braided rims and a sturdy base. Put it on the table for fruit or bread.",
        ],
        price_centimes: 14000,
        unit: "piece",
        quantity: "1",
        weight_grams: 400,
        labels: &[],
    },
    // --- Jewellery ---
    ProductTemplate {
        category: "jewellery",
        title: [
            "دملج فضي منقوش من تيزنيت",
            "Bracelet en argent ciselé de Tiznit",
            "Engraved Tiznit silver bracelet",
        ],
        description: [
            "تيزنيت عاصمة الفضة في سوس، وفيها يصنع الصياغ هذا الدملج بالطريقة القديمة:\n\n- فضة عيار 925\n- نقش يدوي بالمنقاش\n- ترصيع بالمينا الخضراء والصفراء\n\nيُفتح قليلًا ليناسب معظم المعاصم.",
            "Tiznit est la capitale de l’argent dans le Souss ; ses orfèvres y façonnent ce bracelet à l’ancienne :\n\n- argent 925\n- ciselure à la main au burin\n- émail vert et jaune\n\nIl s’ouvre légèrement pour s’adapter à la plupart des poignets.",
            "Tiznit is the silver capital of the Souss, and its silversmiths make this bracelet the old way:\n\n- 925 silver\n- hand engraving with a chisel\n- green and yellow enamel\n\nIt opens slightly to fit most wrists.",
        ],
        price_centimes: 120000,
        unit: "piece",
        quantity: "1",
        weight_grams: 150,
        labels: &[],
    },
    ProductTemplate {
        category: "jewellery",
        title: [
            "زوج تيزرزاي، خلالة أمازيغية من الفضة",
            "Paire de fibules berbères en argent (tizerzaï)",
            "Pair of Amazigh silver fibulae (tizerzai)",
        ],
        description: [
            "الخلالة المثلثة كانت تُثبت بها المرأة الأمازيغية لباسها على الكتفين، ويربط بينها عقد من الخرز. يصنعها صائغ من تافراوت على نموذج الخلالات القديمة.",
            "La fibule triangulaire retenait autrefois le drapé de la femme amazighe sur les épaules, les deux pièces reliées par un collier de perles. Un orfèvre de Tafraout la reproduit d’après des modèles anciens.",
            "The triangular fibula once fastened an Amazigh woman’s draped dress at the shoulders, the pair joined by a chain of beads. A silversmith in Tafraout makes it after old models.",
        ],
        price_centimes: 150000,
        unit: "piece",
        quantity: "2",
        weight_grams: 250,
        labels: &[],
    },
    ProductTemplate {
        category: "jewellery",
        title: [
            "أقراط فضية بالخرم",
            "Boucles d’oreilles en filigrane d’argent",
            "Silver filigree earrings",
        ],
        description: [
            "أقراط خفيفة من أسلاك فضية رفيعة تُلوى وتُلحم بدقة، على طريقة صياغ فاس. تتدلى منها قطرة صغيرة من العقيق الأحمر.",
            "Des boucles légères en fils d’argent très fins, torsadés et soudés avec minutie, à la manière des orfèvres de Fès. Une petite goutte de cornaline pend à chacune.",
            "Light earrings of very fine silver wire, twisted and soldered with care in the manner of Fez silversmiths. A small carnelian drop hangs from each.",
        ],
        price_centimes: 45000,
        unit: "piece",
        quantity: "2",
        weight_grams: 60,
        labels: &[],
    },
    ProductTemplate {
        category: "jewellery",
        title: [
            "قلادة فضية بالمينا من تيزنيت",
            "Collier en argent émaillé de Tiznit",
            "Enamelled silver necklace from Tiznit",
        ],
        description: [
            "قلادة من قطع فضية مثلثة ومستديرة، مرصعة بالمينا الخضراء والزرقاء، يجمعها خيط من الخرز. تصنعها أسرة من الصياغ في تيزنيت منذ ثلاثة أجيال.",
            "Un collier de pièces d’argent triangulaires et rondes, incrustées d’émail vert et bleu et reliées par un fil de perles. Une famille d’orfèvres de Tiznit le fabrique depuis trois générations.",
            "A necklace of triangular and round silver pieces set with green and blue enamel, strung together with beads. A family of Tiznit silversmiths has made it for three generations.",
        ],
        price_centimes: 180000,
        unit: "piece",
        quantity: "1",
        weight_grams: 200,
        labels: &[],
    },
    ProductTemplate {
        category: "jewellery",
        title: [
            "قلادة الخميسة الفضية",
            "Collier khamsa en argent",
            "Silver khamsa pendant necklace",
        ],
        description: [
            "الخميسة رمز قديم في الحلي المغربية، تُقطع هنا من صفيحة فضية وتُزين بنقوش دقيقة. تُعلق بسلسلة فضية طولها 45 سم.",
            "La khamsa est un motif ancien des bijoux marocains ; elle est ici découpée dans une plaque d’argent et finement ciselée. Elle est suspendue à une chaîne en argent de 45 cm.",
            "The khamsa is an old motif in Moroccan jewellery; this one is cut from a silver sheet and finely engraved. It hangs from a 45 cm silver chain.",
        ],
        price_centimes: 35000,
        unit: "piece",
        quantity: "1",
        weight_grams: 60,
        labels: &[],
    },
    ProductTemplate {
        category: "jewellery",
        title: [
            "خاتم نحاسي بحجر العقيق",
            "Bague berbère en laiton et cornaline",
            "Amazigh brass ring with carnelian",
        ],
        description: [
            "خاتم عريض من النحاس الأصفر يصنعه حرفيو سوق الصياغين في مراكش، تتوسطه حبة عقيق أحمر. قطعة بسيطة وبثمن في المتناول.",
            "Une large bague en laiton façonnée par les artisans du souk des bijoutiers de Marrakech, sertie d’une cornaline rouge. Une pièce simple et abordable.",
            "A wide brass ring made by craftsmen in the jewellers’ souk of Marrakech, set with a red carnelian. A simple, affordable piece.",
        ],
        price_centimes: 15000,
        unit: "piece",
        quantity: "1",
        weight_grams: 40,
        labels: &[],
    },
    // --- Dairy and cheese ---
    ProductTemplate {
        category: "dairy-cheese",
        title: [
            "جبن الماعز الطري من شفشاون، 250 غ",
            "Fromage de chèvre frais de Chefchaouen, 250 g",
            "Fresh Chefchaouen goat cheese, 250 g",
        ],
        description: [
            "**جبن الماعز من شفشاون** يُصنع كل صباح من حليب قطعان ترعى في جبال الريف.\n\nطعمه طري وحامض قليلًا، ويُؤكل مع زيت الزيتون والعسل في الفطور. يُحفظ في الثلاجة ويُستهلك خلال أسبوع.",
            "**Le fromage de chèvre de Chefchaouen** est fabriqué chaque matin avec le lait de troupeaux qui pâturent dans les montagnes du Rif.\n\nFrais et légèrement acidulé, il se mange au petit-déjeuner avec de l’huile d’olive et du miel. À garder au réfrigérateur et à consommer dans la semaine.",
            "**Chefchaouen goat cheese** is made every morning from the milk of herds grazing in the Rif mountains.\n\nFresh and slightly tangy, it is eaten at breakfast with olive oil and honey. Keep it in the fridge and eat it within a week.",
        ],
        price_centimes: 4500,
        unit: "g",
        quantity: "250",
        weight_grams: 300,
        labels: &["igp", "onssa"],
    },
    ProductTemplate {
        category: "dairy-cheese",
        title: [
            "جبن الماعز بالزعتر، 250 غ",
            "Fromage de chèvre au thym, 250 g",
            "Goat cheese with thyme, 250 g",
        ],
        description: [
            "جبن ماعز يُلف بالزعتر البري المجفف من جبال الريف، ويُترك يومين ليتشرب رائحته. يُقدَّم على الخبز المحمص أو في السلطة.",
            "Un fromage de chèvre roulé dans le thym sauvage séché des montagnes du Rif, puis laissé deux jours pour qu’il s’en imprègne. Sur du pain grillé ou dans une salade.",
            "Goat cheese rolled in dried wild thyme from the Rif mountains and left for two days to take on its scent. Serve it on toast or in a salad.",
        ],
        price_centimes: 5000,
        unit: "g",
        quantity: "250",
        weight_grams: 300,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "dairy-cheese",
        title: [
            "جبن الماعز المعتق، 500 غ",
            "Tomme de chèvre affinée, 500 g",
            "Matured goat cheese, 500 g",
        ],
        description: [
            "جبن ماعز يُعتق شهرين في قبو حجري بالتعاونية في نواحي تطوان، فيكتسب قشرة رمادية وطعمًا أقوى. يُقطع شرائح رقيقة ويُقدَّم مع التين المجفف.",
            "Une tomme de chèvre affinée deux mois dans la cave en pierre de la coopérative, près de Tétouan ; elle prend une croûte grise et un goût plus marqué. À trancher finement avec des figues sèches.",
            "A goat cheese matured for two months in the cooperative’s stone cellar near Tetouan, where it grows a grey rind and a stronger taste. Slice it thinly and serve with dried figs.",
        ],
        price_centimes: 12000,
        unit: "g",
        quantity: "500",
        weight_grams: 600,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "dairy-cheese",
        title: [
            "جبن حليب غنم تمحضيت، 400 غ",
            "Fromage de brebis de Timahdite, 400 g",
            "Timahdite sheep’s milk cheese, 400 g",
        ],
        description: [
            "من حليب غنم سلالة تمحضيت التي ترعى في مراعي الأطلس المتوسط، يُضغط الجبن ويُعتق ستة أسابيع. طعمه غني بنكهة الجوز.",
            "Fait avec le lait des brebis de race Timahdite qui pâturent dans le Moyen Atlas, ce fromage est pressé puis affiné six semaines. Un goût riche aux notes de noix.",
            "Made from the milk of Timahdite ewes grazing in the Middle Atlas, this cheese is pressed and aged for six weeks. A rich taste with nutty notes.",
        ],
        price_centimes: 11000,
        unit: "g",
        quantity: "400",
        weight_grams: 480,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "dairy-cheese",
        title: [
            "السمن البلدي، 500 غ",
            "Smen beldi, beurre vieilli, 500 g",
            "Smen beldi aged butter, 500 g",
        ],
        description: [
            "زبدة بلدية تُملح وتُعجن بالزعتر ثم تُحفظ في جرار الفخار أشهرًا، كما تفعل نساء الأطلس. ملعقة صغيرة تعطي الكسكس والحريرة رائحة الأعياد.",
            "Du beurre beldi salé et pétri avec du thym, puis conservé des mois dans des jarres en terre, comme le font les femmes de l’Atlas. Une petite cuillère donne au couscous et à la harira un goût de fête.",
            "Beldi butter salted, kneaded with thyme and kept for months in clay jars, as Atlas women do. A small spoonful gives couscous and harira the taste of a feast day.",
        ],
        price_centimes: 9000,
        unit: "g",
        quantity: "500",
        weight_grams: 650,
        labels: &["onssa"],
    },
    // --- Preserves ---
    ProductTemplate {
        category: "preserves",
        title: [
            "الحامض المرقد البلدي، 500 غ",
            "Citrons confits beldi, 500 g",
            "Beldi preserved lemons, 500 g",
        ],
        description: [
            "حامض بلدي صغير بقشرة رقيقة، يُشق ويُملأ بالملح ويُترك شهرًا في جرة.\n\n- المكونات: حامض بلدي، ملح، عصير الحامض\n- الاستعمال: طاجين الدجاج بالزيتون، السلطات، الطنجية\n\nيُشطف القشر قبل الطبخ.",
            "De petits citrons beldi à peau fine, fendus, remplis de sel et laissés un mois en bocal.\n\n- Ingrédients : citrons beldi, sel, jus de citron\n- Pour : le tajine de poulet aux olives, les salades, la tanjia\n\nRincer l’écorce avant de cuisiner.",
            "Small thin-skinned beldi lemons, split, packed with salt and left for a month in a jar.\n\n- Ingredients: beldi lemons, salt, lemon juice\n- For: chicken tagine with olives, salads, tanjia\n\nRinse the peel before cooking.",
        ],
        price_centimes: 3500,
        unit: "g",
        quantity: "500",
        weight_grams: 800,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "preserves",
        title: [
            "مربى التين، 300 غ",
            "Confiture de figues, 300 g",
            "Fig jam, 300 g",
        ],
        description: [
            "مربى من التين الأسود الذي يُقطف في غشت بجبال تاونات، يُطهى ببطء في قدور نحاسية مع قليل من السكر والسمسم المحمص. يُقدَّم مع الجبن الطري أو على خبز الدار الساخن.",
            "Une confiture de figues noires cueillies en août dans les montagnes de Taounate, cuite lentement en chaudron de cuivre avec peu de sucre et du sésame grillé. À servir avec un fromage frais ou sur du pain maison encore chaud.",
            "A jam of black figs picked in August in the Taounate mountains, slowly cooked in copper pans with little sugar and toasted sesame. Serve it with fresh cheese or on warm homemade bread.",
        ],
        price_centimes: 4000,
        unit: "g",
        quantity: "300",
        weight_grams: 500,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "preserves",
        title: [
            "مربى الرنج المر، 300 غ",
            "Marmelade d’oranges amères, 300 g",
            "Bitter orange marmalade, 300 g",
        ],
        description: [
            "يُصنع من ثمار الرنج المر التي تزين أشجار دروب مراكش وفاس، بقشرها المقطع رقيقًا. حلو ومر في آن واحد، ويُقدَّم مع الخبز والزبدة.",
            "Préparée avec les bigarades des arbres qui bordent les rues de Marrakech et de Fès, et leur écorce coupée en fines lamelles. À la fois douce et amère, elle se sert avec du pain et du beurre.",
            "Made from the bitter oranges of the trees lining the streets of Marrakech and Fez, with finely shredded peel. Sweet and bitter at once, it is served with bread and butter.",
        ],
        price_centimes: 3800,
        unit: "g",
        quantity: "300",
        weight_grams: 500,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "preserves",
        title: [
            "مربى السفرجل، 300 غ",
            "Confiture de coings, 300 g",
            "Quince jam, 300 g",
        ],
        description: [
            "سفرجل من بساتين صفرو يُطهى ساعات حتى يصير لونه أحمر كهرمانيًا، مع عود قرفة. يُقدَّم مع الجبن الطري أو على المسمن.",
            "Des coings des vergers de Sefrou cuits pendant des heures avec un bâton de cannelle, jusqu’à prendre une couleur ambre rouge. Avec un fromage frais ou sur un msemen.",
            "Quinces from the orchards of Sefrou cooked for hours with a cinnamon stick until they turn a red amber. Serve with fresh cheese or on msemen.",
        ],
        price_centimes: 3500,
        unit: "g",
        quantity: "300",
        weight_grams: 500,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "preserves",
        title: [
            "الكبار في الماء المالح، 250 غ",
            "Câpres en saumure, 250 g",
            "Capers in brine, 250 g",
        ],
        description: [
            "يُعد المغرب من أكبر منتجي الكبار، وتُقطف براعمه يدويًا كل صباح في الصيف بنواحي آسفي. تُحفظ في ماء مالح وتُضاف إلى السمك والسلطات.",
            "Le Maroc est l’un des premiers producteurs de câpres ; dans la région de Safi, les boutons sont cueillis à la main chaque matin d’été. Conservées en saumure, elles relèvent poissons et salades.",
            "Morocco is one of the largest caper producers; around Safi the buds are picked by hand every summer morning. Kept in brine, they brighten fish and salads.",
        ],
        price_centimes: 3000,
        unit: "g",
        quantity: "250",
        weight_grams: 450,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "preserves",
        title: [
            "طماطم مجففة في زيت الزيتون، 280 غ",
            "Tomates séchées à l’huile d’olive, 280 g",
            "Sun-dried tomatoes in olive oil, 280 g",
        ],
        description: [
            "طماطم من سهل سوس تُجفف في الشمس أسبوعًا ثم تُغمر في زيت الزيتون مع الزعتر والثوم. تُضاف إلى المعجنات والسلطات والبيتزا.",
            "Des tomates de la plaine du Souss séchées une semaine au soleil, puis couvertes d’huile d’olive avec du thym et de l’ail. Pour les feuilletés, les salades et les pizzas.",
            "Tomatoes from the Souss plain, dried in the sun for a week and covered with olive oil, thyme and garlic. For savoury pastries, salads and pizza.",
        ],
        price_centimes: 4500,
        unit: "g",
        quantity: "280",
        weight_grams: 480,
        labels: &["onssa"],
    },
    ProductTemplate {
        category: "preserves",
        title: [
            "مربى الهندية، 300 غ",
            "Confiture de figues de Barbarie, 300 g",
            "Prickly pear jam, 300 g",
        ],
        description: [
            "مربى من ثمار الهندية الحمراء في آيت باعمران، تُقشر وتُصفى من البذور قبل الطهي. لونه أحمر وردي وطعمه يشبه البطيخ والتوت.",
            "Une confiture de figues de Barbarie rouges d’Aït Baâmrane, pelées et débarrassées de leurs pépins avant cuisson. Couleur rose rouge, goût entre melon et fruits rouges.",
            "A jam of red prickly pears from Aït Baâmrane, peeled and seeded before cooking. Pinkish red, with a taste somewhere between melon and berries.",
        ],
        price_centimes: 4500,
        unit: "g",
        quantity: "300",
        weight_grams: 500,
        labels: &["onssa"],
    },
];

/// How a demo cooperative presents itself: a tagline and a short story in Arabic, French and
/// English, and its two brand colours. The texts name no product, town or region, so any
/// cooperative of the register sample can wear any style (a few mention women members, a mountain
/// village or an oasis).
pub struct CoopStyle {
    /// Tagline in Arabic, French, English (at most 80 characters).
    pub tagline: [&'static str; 3],
    /// A short story (two to four sentences) in Arabic, French, English.
    pub story: [&'static str; 3],
    /// Main colour, `#rrggbb`, dark enough for white text (contrast at least 4.5:1).
    pub primary: &'static str,
    /// Light accent colour, `#rrggbb`.
    pub secondary: &'static str,
}

/// The demo cooperatives' styles.
pub const STYLES: &[CoopStyle] = &[
    CoopStyle {
        tagline: [
            "من أيادي نساء القرية إلى بيتكم",
            "Des mains des femmes du village jusqu’à chez vous",
            "From the hands of village women to your home",
        ],
        story: [
            "أسستها اثنتا عشرة امرأة كن يعملن كل واحدة في بيتها. اليوم نتقاسم الورشة والأدوات والمداخيل، وتدرس بناتنا بفضل ما نبيعه.",
            "Douze femmes qui travaillaient chacune chez elle ont fondé la coopérative. Aujourd’hui, nous partageons l’atelier, les outils et les revenus, et nos filles étudient grâce à ce que nous vendons.",
            "Twelve women who each worked alone at home founded the cooperative. Today we share the workshop, the tools and the income, and our daughters go to school thanks to what we sell.",
        ],
        primary: "#8a2d1c",
        secondary: "#f6e3d3",
    },
    CoopStyle {
        tagline: [
            "جودة الأجداد بمعايير اليوم",
            "Le savoir-faire des anciens, les exigences d’aujourd’hui",
            "Our elders’ craft, today’s standards",
        ],
        story: [
            "تعلمنا الحرفة من آبائنا وأمهاتنا، ثم تعلمنا النظافة والتتبع والتغليف في دورات تكوينية. كل منتوج يحمل رقم دفعة يمكن أن نعرف منه من صنعه ومتى.",
            "Nous avons appris le métier de nos parents, puis l’hygiène, la traçabilité et l’emballage en formation. Chaque produit porte un numéro de lot qui dit qui l’a fait et quand.",
            "We learned the craft from our parents, then hygiene, traceability and packaging in training courses. Every product carries a batch number that tells who made it and when.",
        ],
        primary: "#1f4e79",
        secondary: "#dcebf7",
    },
    CoopStyle {
        tagline: [
            "نعمل بإيقاع الفصول",
            "Nous travaillons au rythme des saisons",
            "We work to the rhythm of the seasons",
        ],
        story: [
            "لا ننتج إلا ما تعطيه الأرض في وقته، لذلك تتغير رفوفنا مع الفصول. نفضل أن يكون منتوجنا قليلًا وجيدًا على أن يكون كثيرًا ومستعجلًا.",
            "Nous ne produisons que ce que la terre donne en son temps ; nos étagères changent donc avec les saisons. Nous préférons produire peu et bien plutôt que beaucoup et vite.",
            "We only make what the land gives in its own time, so our shelves change with the seasons. We would rather make a little, well, than a lot in a hurry.",
        ],
        primary: "#2f5b3a",
        secondary: "#e3efdf",
    },
    CoopStyle {
        tagline: [
            "تعاونية صغيرة، وعد كبير",
            "Une petite coopérative, une grande promesse",
            "A small cooperative with a big promise",
        ],
        story: [
            "نحن تسعة أعضاء فقط، ونعرف كل زبون تقريبًا باسمه. نرد على الرسائل بأنفسنا، ونحزم كل طلبية بعناية كأنها هدية.",
            "Nous ne sommes que neuf membres et connaissons presque chaque client par son nom. Nous répondons nous-mêmes aux messages et emballons chaque commande comme un cadeau.",
            "There are only nine of us, and we know almost every customer by name. We answer messages ourselves and pack every order as carefully as a gift.",
        ],
        primary: "#6a2446",
        secondary: "#f5e1ea",
    },
    CoopStyle {
        tagline: [
            "من الجبل، بصبر وعناية",
            "De la montagne, avec patience et soin",
            "From the mountain, with patience and care",
        ],
        story: [
            "تقع قريتنا في آخر طريق جبلي، وكان الشباب يغادرونها بحثًا عن العمل. التعاونية أعطت لبعضهم سببًا للبقاء، ولنا جميعًا فخرًا بما نصنع.",
            "Notre village est au bout d’une route de montagne, et les jeunes le quittaient pour chercher du travail. La coopérative a donné à certains une raison de rester, et à nous tous la fierté de ce que nous faisons.",
            "Our village sits at the end of a mountain road, and young people used to leave it to find work. The cooperative gave some of them a reason to stay, and all of us pride in what we make.",
        ],
        primary: "#5a3d1e",
        secondary: "#f1e6d6",
    },
    CoopStyle {
        tagline: [
            "الأصالة في كل تفصيل",
            "L’authenticité dans chaque détail",
            "Authenticity in every detail",
        ],
        story: [
            "نرفض الطرق المختصرة: لا خلط، ولا مواد مضافة، ولا آلات حيث تكون اليد أفضل. هذا يأخذ وقتًا أطول، لكن زبائننا يعرفون الفرق.",
            "Nous refusons les raccourcis : pas de mélange, pas d’additifs, pas de machines là où la main fait mieux. Cela prend plus de temps, mais nos clients sentent la différence.",
            "We refuse shortcuts: no blending, no additives, no machines where hands do better. It takes longer, but our customers can tell the difference.",
        ],
        primary: "#0f5257",
        secondary: "#d9eeee",
    },
    CoopStyle {
        tagline: [
            "ثلاثة أجيال تحت سقف واحد",
            "Trois générations sous le même toit",
            "Three generations under one roof",
        ],
        story: [
            "في ورشتنا تعمل الجدات إلى جانب الحفيدات: الأوليات يعلمن الحرفة، والأخريات يصورن المنتوجات ويبعنها على الإنترنت. هكذا لا يضيع شيء من المعرفة القديمة.",
            "Dans notre atelier, les grands-mères travaillent à côté des petites-filles : les unes transmettent le métier, les autres photographient les produits et les vendent en ligne. Ainsi, rien du savoir ancien ne se perd.",
            "In our workshop grandmothers work beside their granddaughters: the elders teach the craft, the young ones photograph the products and sell them online. That way none of the old knowledge is lost.",
        ],
        primary: "#7b1e3a",
        secondary: "#f7dfe5",
    },
    CoopStyle {
        tagline: [
            "تجارة عادلة، أثر حقيقي",
            "Un commerce équitable, un impact réel",
            "Fair trade, real impact",
        ],
        story: [
            "ندفع لكل عضو ثمنًا عادلًا قبل أي ربح، ونخصص جزءًا من المداخيل لمحو الأمية ولحضانة أطفال القرية. ننشر حساباتنا كل سنة في الجمع العام.",
            "Nous payons à chaque membre un prix juste avant tout bénéfice, et consacrons une part des recettes à l’alphabétisation et à la crèche du village. Nos comptes sont présentés chaque année en assemblée générale.",
            "We pay every member a fair price before any profit, and set aside part of our income for literacy classes and the village nursery. Our accounts are presented every year at the general meeting.",
        ],
        primary: "#3d5a1f",
        secondary: "#eaf2d7",
    },
    CoopStyle {
        tagline: [
            "صُنع ببطء، ليدوم طويلًا",
            "Fait lentement, pour durer longtemps",
            "Made slowly, to last a long time",
        ],
        story: [
            "نختار المواد الأولية بأنفسنا، ونشتغل بالأدوات نفسها التي استعملها أجدادنا. ما نصنعه لا يتبع الموضة، بل يرافق البيوت سنوات.",
            "Nous choisissons nous-mêmes nos matières premières et travaillons avec les outils de nos grands-parents. Ce que nous faisons ne suit pas la mode : il accompagne les maisons pendant des années.",
            "We choose our raw materials ourselves and work with the same tools our grandparents used. What we make does not follow fashion; it stays in a home for years.",
        ],
        primary: "#6b3e26",
        secondary: "#f4e4d4",
    },
    CoopStyle {
        tagline: [
            "من الواحة، بكل حب",
            "De l’oasis, avec amour",
            "From the oasis, with love",
        ],
        story: [
            "تحت ظل النخيل نعمل في الصباح الباكر قبل أن تشتد الحرارة. التعاونية جمعت عائلات القصر حول مشروع واحد، وأعادت الحياة إلى بساتين كانت مهجورة.",
            "À l’ombre des palmiers, nous travaillons tôt le matin avant la grosse chaleur. La coopérative a réuni les familles du ksar autour d’un même projet et redonné vie à des jardins abandonnés.",
            "In the shade of the palms we work early in the morning, before the heat sets in. The cooperative brought the families of the ksar together around one project and brought abandoned gardens back to life.",
        ],
        primary: "#8b3a0f",
        secondary: "#fbe7d2",
    },
    CoopStyle {
        tagline: [
            "نحافظ على الأرض لأبنائنا",
            "Nous préservons la terre pour nos enfants",
            "Caring for the land for our children",
        ],
        story: [
            "نزرع الأشجار كل سنة أكثر مما نقطع، ونستعمل الماء بحذر لأنه نادر عندنا. نؤمن أن الجودة تبدأ من تربة سليمة.",
            "Chaque année, nous plantons plus d’arbres que nous n’en coupons, et utilisons l’eau avec soin car elle est rare chez nous. Pour nous, la qualité commence par un sol en bonne santé.",
            "Every year we plant more trees than we cut, and we use water sparingly because it is scarce here. For us, quality starts with healthy soil.",
        ],
        primary: "#35524a",
        secondary: "#e0ede8",
    },
    CoopStyle {
        tagline: [
            "كل قطعة تحكي قصة صانعتها",
            "Chaque pièce raconte l’histoire de celle qui l’a faite",
            "Every piece tells the story of the woman who made it",
        ],
        story: [
            "نكتب على بطاقة كل منتوج اسم العضوة التي صنعته. يحب زبائننا أن يعرفوا من وراء ما يشترونه، وتحب عضواتنا أن يُعرف عملهن.",
            "Sur l’étiquette de chaque produit, nous écrivons le prénom de la membre qui l’a fait. Nos clients aiment savoir qui se cache derrière leur achat, et nos membres aiment que leur travail soit reconnu.",
            "We write the name of the member who made it on every product’s tag. Our customers like to know who is behind what they buy, and our members like their work to be recognised.",
        ],
        primary: "#5b2a86",
        secondary: "#ece3f6",
    },
    CoopStyle {
        tagline: [
            "بساطة القرية، طعم الأصالة",
            "La simplicité du village, le goût du vrai",
            "Village simplicity, the taste of the real thing",
        ],
        story: [
            "بدأنا ببيع منتوجاتنا في السوق الأسبوعي، ثم في المعارض الجهوية. اليوم نصل إلى زبائن في كل المدن دون أن نغير شيئًا من طريقة عملنا.",
            "Nous avons commencé par vendre au souk hebdomadaire, puis dans les salons régionaux. Aujourd’hui, nous touchons des clients dans toutes les villes sans rien changer à notre façon de travailler.",
            "We started by selling at the weekly souk, then at regional fairs. Today we reach customers in every city without changing anything about the way we work.",
        ],
        primary: "#2c3e50",
        secondary: "#e4e9ef",
    },
    CoopStyle {
        tagline: [
            "معًا نصنع أكثر",
            "Ensemble, nous faisons plus",
            "Together we make more",
        ],
        story: [
            "كان كل واحد منا يبيع وحده للوسطاء بثمن زهيد. حين اجتمعنا في تعاونية، صار لنا صوت في السوق وثمن يليق بعملنا.",
            "Chacun de nous vendait seul à des intermédiaires, pour presque rien. En nous regroupant en coopérative, nous avons gagné une voix sur le marché et un prix à la hauteur de notre travail.",
            "Each of us used to sell alone to middlemen for next to nothing. Joining together as a cooperative gave us a voice in the market and a price worthy of our work.",
        ],
        primary: "#004e7c",
        secondary: "#d6ebf8",
    },
    CoopStyle {
        tagline: [
            "الجودة أولًا، دائمًا",
            "La qualité d’abord, toujours",
            "Quality first, always",
        ],
        story: [
            "تمر كل دفعة على لجنة من ثلاث عضوات قبل أن تُعرض للبيع. ما لا يرقى إلى مستوانا لا يخرج من الورشة، مهما كان الطلب كبيرًا.",
            "Chaque lot passe devant un comité de trois membres avant d’être mis en vente. Ce qui n’est pas à notre niveau ne quitte pas l’atelier, même quand la demande est forte.",
            "Every batch goes before a committee of three members before it is put on sale. Anything below our standard never leaves the workshop, however high the demand.",
        ],
        primary: "#8c2f39",
        secondary: "#f8e0e2",
    },
    CoopStyle {
        tagline: [
            "شباب القرية يصنعون مستقبلها",
            "Les jeunes du village construisent son avenir",
            "The village’s young people building its future",
        ],
        story: [
            "أسسها شباب حاصلون على شهادات عادوا إلى قريتهم بدل الهجرة إلى المدينة. يجمعون بين معرفة الكبار وأدوات اليوم: التصوير والتسويق والبيع عبر الإنترنت.",
            "Elle a été fondée par de jeunes diplômés revenus au village au lieu de partir en ville. Ils allient le savoir des anciens et les outils d’aujourd’hui : photo, marketing et vente en ligne.",
            "It was founded by young graduates who came back to their village instead of moving to the city. They combine the elders’ know-how with today’s tools: photography, marketing and online sales.",
        ],
        primary: "#1d4d4f",
        secondary: "#dbeeed",
    },
    CoopStyle {
        tagline: [
            "دفء البيت المغربي",
            "La chaleur de la maison marocaine",
            "The warmth of a Moroccan home",
        ],
        story: [
            "نصنع ما نحب أن نجده في بيوتنا: أشياء بسيطة وجميلة ومفيدة. نستقبل الزوار في ورشتنا بكأس شاي، ويسعدنا أن نشرح لهم كيف نعمل.",
            "Nous faisons ce que nous aimons trouver chez nous : des choses simples, belles et utiles. Nous accueillons les visiteurs à l’atelier autour d’un verre de thé et leur montrons volontiers notre travail.",
            "We make what we love to have in our own homes: simple, beautiful, useful things. We welcome visitors to our workshop with a glass of tea and are happy to show them how we work.",
        ],
        primary: "#7a3b00",
        secondary: "#fbe9d0",
    },
    CoopStyle {
        tagline: [
            "طبيعي، محلي، وصادق",
            "Naturel, local et honnête",
            "Natural, local and honest",
        ],
        story: [
            "كل ما نستعمله يأتي من محيط لا يتجاوز بضعة كيلومترات حول القرية. نعرف مصدر كل مادة، ونقول لزبائننا الحقيقة كاملة عن منتوجاتنا.",
            "Tout ce que nous utilisons vient de quelques kilomètres autour du village. Nous connaissons l’origine de chaque matière et disons toute la vérité à nos clients sur nos produits.",
            "Everything we use comes from within a few kilometres of the village. We know where every material comes from, and we tell our customers the whole truth about our products.",
        ],
        primary: "#4a5a23",
        secondary: "#eef2dc",
    },
    CoopStyle {
        tagline: [
            "حرفة عريقة، روح جديدة",
            "Un métier ancien, un esprit nouveau",
            "An old craft with a new spirit",
        ],
        story: [
            "نحترم الأشكال التقليدية، لكننا لا نخاف من ألوان جديدة ومقاسات تناسب البيوت الحديثة. التعاون مع مصممين شباب فتح لنا أبوابًا لم نكن نتوقعها.",
            "Nous respectons les formes traditionnelles, sans craindre les couleurs nouvelles ni les dimensions adaptées aux maisons d’aujourd’hui. Travailler avec de jeunes designers nous a ouvert des portes inattendues.",
            "We respect traditional forms but are not afraid of new colours and sizes that suit modern homes. Working with young designers has opened doors we never expected.",
        ],
        primary: "#3b3f8f",
        secondary: "#e3e4f7",
    },
    CoopStyle {
        tagline: [
            "نصنع بفخر، ونبيع بثقة",
            "Fabriqué avec fierté, vendu en confiance",
            "Made with pride, sold with confidence",
        ],
        story: [
            "حصلنا على اعتمادنا بعد سنوات من العمل على تحسين ورشتنا. نستقبل المراقبين والزبائن بالترحيب نفسه، لأننا لا نخفي شيئًا.",
            "Nous avons obtenu nos agréments après des années passées à améliorer notre atelier. Nous accueillons les inspecteurs comme les clients, avec le même plaisir, car nous n’avons rien à cacher.",
            "We earned our approvals after years of improving our workshop. We welcome inspectors and customers alike, because we have nothing to hide.",
        ],
        primary: "#24445c",
        secondary: "#dde8f0",
    },
    CoopStyle {
        tagline: [
            "من تعاونيتنا إلى مائدتكم",
            "De notre coopérative à votre table",
            "From our cooperative to your table",
        ],
        story: [
            "نحب أن نتخيل منتوجاتنا على موائد العائلات، في الأعياد وفي الأيام العادية. لهذا نرسل مع كل طلبية بطاقة صغيرة بفكرة أو وصفة.",
            "Nous aimons imaginer nos produits sur la table des familles, les jours de fête comme les jours ordinaires. C’est pourquoi chaque commande part avec une petite carte et une idée ou une recette.",
            "We like to picture our products on family tables, on feast days and ordinary days alike. That is why every order leaves with a small card and an idea or a recipe.",
        ],
        primary: "#9a3412",
        secondary: "#fde8d7",
    },
    CoopStyle {
        tagline: [
            "صوت المرأة القروية",
            "La voix des femmes rurales",
            "The voice of rural women",
        ],
        story: [
            "قبل التعاونية لم يكن لكثير منا دخل خاص. اليوم نصوّت في الجمع العام، وندير الحسابات، ونفاوض الزبائن بأنفسنا.",
            "Avant la coopérative, beaucoup d’entre nous n’avaient aucun revenu propre. Aujourd’hui, nous votons en assemblée générale, tenons les comptes et négocions nous-mêmes avec les clients.",
            "Before the cooperative, many of us had no income of our own. Today we vote at the general meeting, keep the accounts and negotiate with customers ourselves.",
        ],
        primary: "#6d214f",
        secondary: "#f6e0ee",
    },
    CoopStyle {
        tagline: [
            "الصدق في العمل، والإتقان في الصنعة",
            "Honnêteté dans le travail, soin dans le geste",
            "Honest work, careful hands",
        ],
        story: [
            "نعتبر كل طلبية أمانة. إذا لم يُرضِ المنتوج زبونه نستبدله دون نقاش، لأن سمعة التعاونية أغلى من أي بيع.",
            "Chaque commande est pour nous une affaire de confiance. Si un produit ne convient pas, nous le remplaçons sans discuter : la réputation de la coopérative vaut plus qu’une vente.",
            "We treat every order as a trust. If a product does not satisfy its buyer we replace it without argument, because the cooperative’s good name is worth more than any sale.",
        ],
        primary: "#2e4a2e",
        secondary: "#e2eee0",
    },
    CoopStyle {
        tagline: [
            "ألوان المغرب بين أيديكم",
            "Les couleurs du Maroc entre vos mains",
            "The colours of Morocco in your hands",
        ],
        story: [
            "نستلهم ألواننا من المكان الذي نعيش فيه: تراب أحمر، وسماء زرقاء، وخضرة الحقول في الربيع. نريد أن يحمل كل منتوج شيئًا من هذا الضوء إلى بيوتكم.",
            "Nos couleurs viennent du pays où nous vivons : la terre rouge, le ciel bleu, le vert des champs au printemps. Nous voulons que chaque produit apporte un peu de cette lumière chez vous.",
            "Our colours come from where we live: red earth, blue sky, green fields in spring. We want every product to carry a little of that light into your home.",
        ],
        primary: "#a03022",
        secondary: "#fbe3dc",
    },
    CoopStyle {
        tagline: [
            "تقاليد حية، مستقبل مشترك",
            "Des traditions vivantes, un avenir partagé",
            "Living traditions, a shared future",
        ],
        story: [
            "نؤمن أن التقاليد لا تعيش في المتاحف بل في الأيدي التي تمارسها كل يوم. لذلك نستقبل كل سنة متدربات جددًا من القرى المجاورة.",
            "Pour nous, les traditions ne vivent pas dans les musées mais dans les mains qui les pratiquent chaque jour. C’est pourquoi nous accueillons chaque année de nouvelles apprenties des villages voisins.",
            "We believe traditions live not in museums but in the hands that practise them every day. That is why we take on new apprentices from neighbouring villages every year.",
        ],
        primary: "#184e3b",
        secondary: "#dcefe6",
    },
];

/// The top-level category of a category code (the code itself when it is top-level or unknown).
fn top_level(code: &str) -> &str {
    domain::category::TREE
        .iter()
        .find(|top| top.code == code || top.children.iter().any(|c| c.code == code))
        .map_or(code, |top| top.code)
}

/// The top-level categories that handicraft cooperatives sell.
const CRAFTS: [&str; 6] = [
    "rugs-textiles",
    "pottery-ceramics",
    "leather",
    "wood",
    "basketry",
    "jewellery",
];

/// Whether a template's category suits a cooperative of this register sector code: handicraft
/// cooperatives sell crafts, every other sector the food and cosmetics.
pub fn suits(template: &ProductTemplate, sector_code: &str) -> bool {
    let craft = CRAFTS.contains(&top_level(template.category));
    craft == (sector_code == "handicraft")
}

// ---------------------------------------------------------------------------------------------
// Pictures: a tiny signed-distance renderer. Coordinates are fractions of the picture (0..1, y
// down); every shape is a distance function, so edges are anti-aliased for free.

type Rgb = [f32; 3];

fn hex(v: u32) -> Rgb {
    [
        ((v >> 16) & 0xff) as f32 / 255.0,
        ((v >> 8) & 0xff) as f32 / 255.0,
        (v & 0xff) as f32 / 255.0,
    ]
}

fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

fn mul(a: Rgb, f: f32) -> Rgb {
    [a[0] * f, a[1] * f, a[2] * f]
}

fn with(c: Rgb, a: f32) -> [f32; 4] {
    [c[0], c[1], c[2], a]
}

fn smoothstep(e0: f32, e1: f32, x: f32) -> f32 {
    let t = ((x - e0) / (e1 - e0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

fn fract(x: f32) -> f32 {
    x - x.floor()
}

fn len(x: f32, y: f32) -> f32 {
    (x * x + y * y).sqrt()
}

/// Deterministic pseudo-random numbers (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn f(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }

    fn range(&mut self, a: f32, b: f32) -> f32 {
        a + (b - a) * self.f()
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn seed(&mut self) -> u32 {
        (self.next() >> 32) as u32
    }
}

fn hash2(i: i32, j: i32, seed: u32) -> f32 {
    // Mix the cell and the seed, then avalanche (lowbias32) so neighbouring cells are unrelated.
    let mut h = (i as u32)
        .wrapping_mul(0x8DA6_B343)
        .wrapping_add((j as u32).wrapping_mul(0xD816_3841))
        .wrapping_add(seed.wrapping_mul(0xCB1A_B31F));
    h ^= h >> 16;
    h = h.wrapping_mul(0x7FEB_352D);
    h ^= h >> 15;
    h = h.wrapping_mul(0x846C_A68B);
    h ^= h >> 16;
    (h >> 8) as f32 / 16_777_216.0
}

/// Smooth value noise in 0..1: two lattices, the second turned and shifted, so the grid of either
/// never shows.
fn noise(x: f32, y: f32, seed: u32) -> f32 {
    let lattice = |x: f32, y: f32, seed: u32| {
        let (xf, yf) = (x.floor(), y.floor());
        let (i, j) = (xf as i32, yf as i32);
        let (sx, sy) = (smoothstep(0.0, 1.0, x - xf), smoothstep(0.0, 1.0, y - yf));
        let top = hash2(i, j, seed) + (hash2(i + 1, j, seed) - hash2(i, j, seed)) * sx;
        let bottom =
            hash2(i, j + 1, seed) + (hash2(i + 1, j + 1, seed) - hash2(i, j + 1, seed)) * sx;
        top + (bottom - top) * sy
    };
    let (u, v) = (0.8 * x - 0.6 * y + 17.3, 0.6 * x + 0.8 * y + 5.9);
    let n = 0.5 * (lattice(x, y, seed) + lattice(u, v, seed ^ 0x9E37_79B9));
    // The average of two is narrower than one: stretch it back towards 0..1.
    (0.5 + (n - 0.5) * 1.6).clamp(0.0, 1.0)
}

/// Round specks on a grid of `k` cells per unit: (coverage 0..1, a random value for the speck).
fn speck(x: f32, y: f32, k: f32, size: f32, seed: u32) -> (f32, f32) {
    let (gx, gy) = (x * k, y * k);
    let (i, j) = (gx.floor() as i32, gy.floor() as i32);
    let ox = 0.3 + 0.4 * hash2(i, j, seed ^ 0x51);
    let oy = 0.3 + 0.4 * hash2(i, j, seed ^ 0xA7);
    let d = len(gx - i as f32 - ox, gy - j as f32 - oy);
    (smoothstep(size, size * 0.6, d), hash2(i, j, seed))
}

fn sd_circle(x: f32, y: f32, cx: f32, cy: f32, r: f32) -> f32 {
    len(x - cx, y - cy) - r
}

fn sd_ellipse(x: f32, y: f32, cx: f32, cy: f32, rx: f32, ry: f32) -> f32 {
    let (px, py) = ((x - cx) / rx, (y - cy) / ry);
    let k0 = len(px, py);
    let k1 = len(px / rx, py / ry);
    if k1 < 1e-6 {
        -rx.min(ry)
    } else {
        k0 * (k0 - 1.0) / k1
    }
}

fn sd_box(x: f32, y: f32, cx: f32, cy: f32, hw: f32, hh: f32, r: f32) -> f32 {
    let qx = (x - cx).abs() - hw + r;
    let qy = (y - cy).abs() - hh + r;
    len(qx.max(0.0), qy.max(0.0)) + qx.max(qy).min(0.0) - r
}

fn sd_segment(x: f32, y: f32, a: (f32, f32), b: (f32, f32)) -> f32 {
    let (pax, pay, bax, bay) = (x - a.0, y - a.1, b.0 - a.0, b.1 - a.1);
    let h = ((pax * bax + pay * bay) / (bax * bax + bay * bay).max(1e-9)).clamp(0.0, 1.0);
    len(pax - bax * h, pay - bay * h)
}

fn sd_polygon(x: f32, y: f32, v: &[(f32, f32)]) -> f32 {
    let n = v.len();
    if n < 3 {
        return 1.0;
    }
    let mut d = (x - v[0].0).powi(2) + (y - v[0].1).powi(2);
    let mut s = 1.0;
    for i in 0..n {
        let j = (i + n - 1) % n;
        let (ex, ey) = (v[j].0 - v[i].0, v[j].1 - v[i].1);
        let (wx, wy) = (x - v[i].0, y - v[i].1);
        let h = ((wx * ex + wy * ey) / (ex * ex + ey * ey).max(1e-12)).clamp(0.0, 1.0);
        let (bx, by) = (wx - ex * h, wy - ey * h);
        d = d.min(bx * bx + by * by);
        let c1 = y >= v[i].1;
        let c2 = y < v[j].1;
        let c3 = ex * wy > ey * wx;
        if (c1 && c2 && c3) || (!c1 && !c2 && !c3) {
            s = -s;
        }
    }
    s * d.sqrt()
}

/// A point in the frame of a shape centred at (cx, cy) and turned by `angle` radians.
fn local(x: f32, y: f32, cx: f32, cy: f32, angle: f32) -> (f32, f32) {
    let (s, c) = angle.sin_cos();
    let (dx, dy) = (x - cx, y - cy);
    (dx * c + dy * s, -dx * s + dy * c)
}

/// A solid of revolution seen a little from above: half-width `w(y)` from `y0` to `y1`, with an
/// elliptic bottom `k` times as tall as it is wide.
fn sd_lathe(x: f32, y: f32, cx: f32, y0: f32, y1: f32, k: f32, w: &impl Fn(f32) -> f32) -> f32 {
    let yy = y.clamp(y0, y1);
    let h = 0.002;
    let (a, b) = ((yy - h).max(y0), (yy + h).min(y1));
    let slope = if b > a { (w(b) - w(a)) / (b - a) } else { 0.0 };
    let side = ((x - cx).abs() - w(yy)) / (1.0 + slope * slope).sqrt();
    let body = side.max(y0 - y).max(y - y1);
    let wb = w(y1);
    body.min(sd_ellipse(x, y, cx, y1, wb, (wb * k).max(0.002)))
}

fn bb(cx: f32, cy: f32, hw: f32, hh: f32) -> [f32; 4] {
    [cx - hw, cy - hh, cx + hw, cy + hh]
}

/// Brightness of a rounded surface whose normal leans sideways by `t` (-1 left … 1 right), lit
/// from the upper left, with a highlight of strength `gloss`.
fn lit(c: Rgb, t: f32, gloss: f32) -> Rgb {
    let t = t.clamp(-1.0, 1.0);
    let nz = (1.0 - t * t).max(0.0).sqrt();
    let diff = (-0.45 * t + 0.89 * nz).max(0.0);
    let spec = (-0.23 * t + 0.97 * nz).max(0.0).powi(28) * gloss;
    let f = 0.42 + 0.64 * diff;
    [c[0] * f + spec, c[1] * f + spec, c[2] * f + spec]
}

/// Brightness of a sphere-like surface at normal (nx, ny).
fn ball(c: Rgb, nx: f32, ny: f32, gloss: f32) -> Rgb {
    let r2 = (nx * nx + ny * ny).min(1.0);
    let nz = (1.0 - r2).sqrt();
    let diff = (-0.42 * nx - 0.5 * ny + 0.76 * nz).max(0.0);
    let spec = (-0.224 * nx - 0.266 * ny + 0.938 * nz).max(0.0).powi(30) * gloss;
    let f = 0.38 + 0.7 * diff;
    [c[0] * f + spec, c[1] * f + spec, c[2] * f + spec]
}

struct Canvas {
    n: usize,
    s: f32,
    px: Vec<Rgb>,
}

impl Canvas {
    fn new(size: u32) -> Self {
        let n = size as usize;
        Self {
            n,
            s: size as f32,
            px: vec![[1.0, 1.0, 1.0]; n * n],
        }
    }

    fn span(&self, a: f32, b: f32) -> std::ops::Range<usize> {
        let lo = ((a * self.s).floor() - 1.0).clamp(0.0, self.s) as usize;
        let hi = ((b * self.s).ceil() + 1.0).clamp(0.0, self.s) as usize;
        lo..hi.max(lo)
    }

    /// Paints the shape `sdf` (negative inside) within the box `area` with `paint`'s colour and
    /// opacity; `soft` > 0 blurs the edge over that distance (shadows).
    fn draw(
        &mut self,
        area: [f32; 4],
        soft: f32,
        sdf: impl Fn(f32, f32) -> f32,
        paint: impl Fn(f32, f32) -> [f32; 4],
    ) {
        let inv = 1.0 / self.s;
        let (xs, ys) = (self.span(area[0], area[2]), self.span(area[1], area[3]));
        for j in ys {
            let y = (j as f32 + 0.5) * inv;
            let row = j * self.n;
            for i in xs.clone() {
                let x = (i as f32 + 0.5) * inv;
                let d = sdf(x, y);
                let cov = if soft > 0.0 {
                    smoothstep(soft, -soft, d)
                } else {
                    (0.5 - d * self.s).clamp(0.0, 1.0)
                };
                if cov <= 0.0 {
                    continue;
                }
                let c = paint(x, y);
                let a = cov * c[3];
                let p = &mut self.px[row + i];
                p[0] += (c[0] - p[0]) * a;
                p[1] += (c[1] - p[1]) * a;
                p[2] += (c[2] - p[2]) * a;
            }
        }
    }

    fn fill(
        &mut self,
        area: [f32; 4],
        sdf: impl Fn(f32, f32) -> f32,
        paint: impl Fn(f32, f32) -> Rgb,
    ) {
        self.draw(area, 0.0, sdf, |x, y| with(paint(x, y), 1.0));
    }

    fn solid(&mut self, area: [f32; 4], sdf: impl Fn(f32, f32) -> f32, c: Rgb) {
        self.draw(area, 0.0, sdf, |_, _| with(c, 1.0));
    }

    fn shadow(&mut self, cx: f32, cy: f32, rx: f32, ry: f32, strength: f32) {
        let soft = ry * 0.8;
        self.draw(
            bb(cx, cy, rx + soft * 2.0, ry + soft * 2.0),
            soft,
            |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
            |_, _| [0.18, 0.12, 0.08, strength],
        );
    }

    fn background(&mut self, r: &mut Rng) {
        let (wall_top, wall_bottom, table) = r.pick(&BACKDROPS);
        let (wall_top, wall_bottom, table) = (hex(wall_top), hex(wall_bottom), hex(table));
        let horizon = r.range(0.6, 0.66);
        let seed = r.seed();
        let inv = 1.0 / self.s;
        for j in 0..self.n {
            let y = (j as f32 + 0.5) * inv;
            let wall = mix(wall_top, wall_bottom, (y / horizon).min(1.0));
            let floor = mul(
                table,
                1.04 - 0.18 * ((y - horizon) / (1.0 - horizon)).max(0.0),
            );
            let edge = smoothstep(horizon - 0.003, horizon + 0.003, y);
            for i in 0..self.n {
                let x = (i as f32 + 0.5) * inv;
                let glow = 1.0 + 0.05 * (1.0 - len(x - 0.5, (y - 0.45) * 1.3) * 1.6).max(0.0);
                let grain = 1.0 + 0.012 * (hash2(i as i32, j as i32, seed) - 0.5);
                let c = mix(mul(wall, glow), floor, edge);
                self.px[j * self.n + i] = mul(c, grain);
            }
        }
    }

    fn into_image(self) -> RgbImage {
        let n = self.n as u32;
        let to = |v: f32| (v.clamp(0.0, 1.0) * 255.0 + 0.5) as u8;
        RgbImage::from_fn(n, n, |i, j| {
            let p = self.px[j as usize * self.n + i as usize];
            Pixel([to(p[0]), to(p[1]), to(p[2])])
        })
    }
}

/// Wall top, wall bottom and table colours behind the products.
const BACKDROPS: [(u32, u32, u32); 7] = [
    (0xF7F0E6, 0xEEDFCB, 0xD8BE9C),
    (0xEEF4EE, 0xDCE9DF, 0xC9B393),
    (0xF8EDE8, 0xEFD9D1, 0xCDA88E),
    (0xEBF1F6, 0xD9E4EC, 0xC7B59F),
    (0xFBF4E1, 0xF1E2BA, 0xD4B088),
    (0xF1EDF6, 0xE1D9EC, 0xC2AE97),
    (0xF4F1EC, 0xE6E0D6, 0xB9A58C),
];

/// A deterministic square picture of the product (`size`×`size`): a soft backdrop and a drawn
/// object for its category. `variant` changes colours and details, so two products of the same
/// category look different.
pub fn product_image(template: &ProductTemplate, variant: u32, size: u32) -> RgbImage {
    let mut seed: u64 = 0xCBF2_9CE4_8422_2325;
    for b in template.title[2].bytes() {
        seed = (seed ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
    }
    let mut r = Rng(seed ^ u64::from(variant).wrapping_mul(0xA076_1D64_78BD_642F));
    let mut c = Canvas::new(size.max(16));
    c.background(&mut r);
    let en = template.title[2].to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| en.contains(w));
    let sub = template.category;
    match top_level(sub) {
        "argan-oils" => {
            let (liquid, top) = match sub {
                "argan-cosmetic" => (hex(0xE2B64A), Top::Dropper),
                "other-oils" if has(&["prickly"]) => (hex(0xC9C25A), Top::Dropper),
                "other-oils" if has(&["nigella", "black seed"]) => (hex(0x6B4A12), Top::Cap),
                "other-oils" => (hex(0xEAD27A), Top::Cap),
                _ => (hex(0xB8741C), Top::Cap),
            };
            bottle(&mut c, &mut r, liquid, top, Emblem::Tree);
            nuts_beside(&mut c, &mut r, hex(0x8A5A2B), 0.09);
        }
        "olive-oil-olives" if sub == "olives" => {
            let colours: &[u32] = if has(&["black"]) {
                &[0x2B2326, 0x3A2C2E, 0x231C1F]
            } else if has(&["violet", "purple", "red"]) {
                &[0x5E2F3A, 0x74414A, 0x8A5A4A]
            } else {
                &[0x8A9A3A, 0x9AA845, 0x7D8B30]
            };
            bowl(
                &mut c,
                &mut r,
                Heap::Pieces(colours.iter().map(|&v| hex(v)).collect()),
            );
        }
        "olive-oil-olives" => {
            bottle(&mut c, &mut r, hex(0x9E9A2C), Top::Cap, Emblem::Olive);
            olive_branch(&mut c, &mut r);
        }
        "honey-amlou" if sub == "amlou" => {
            jar(&mut c, &mut r, Fill::Paste(hex(0x7A4A26)), Emblem::Almond);
            nuts_beside(&mut c, &mut r, hex(0xC49A6C), 0.075);
        }
        "honey-amlou" => {
            let tone = if has(&["orange", "eucalyptus"]) {
                hex(0xE0A030)
            } else if has(&["euphorbia", "carob", "jujube"]) {
                hex(0xA4521A)
            } else {
                hex(0xC9781E)
            };
            jar(&mut c, &mut r, Fill::Honey(tone), Emblem::Hexagon);
            dipper(&mut c, &mut r);
        }
        "saffron" => saffron(&mut c, &mut r),
        "spices-herbs" if sub == "herbs-teas" => {
            let tone = if has(&["rose"]) {
                hex(0xB0485E)
            } else if has(&["verbena"]) {
                hex(0x9DB46A)
            } else if has(&["thyme", "rosemary", "wormwood"]) {
                hex(0x7C8A64)
            } else {
                hex(0x4E7D3A)
            };
            bowl(&mut c, &mut r, Heap::Leaves(tone));
            leaves_beside(&mut c, &mut r, tone);
        }
        "spices-herbs" => {
            let tone = if has(&["cumin"]) {
                hex(0x8C6A3C)
            } else if has(&["paprika", "pepper"]) {
                hex(0xB8321E)
            } else if has(&["nigella"]) {
                hex(0x252220)
            } else if has(&["turmeric"]) {
                hex(0xD99A1E)
            } else {
                hex(0x9C4A24)
            };
            bowl(&mut c, &mut r, Heap::Powder(tone));
        }
        "couscous-grains" => {
            let tone = if has(&["barley", "belboula"]) {
                hex(0xC9B38A)
            } else if has(&["corn", "maize"]) {
                hex(0xE7B94A)
            } else if has(&["carob"]) {
                hex(0x7A5236)
            } else if has(&["flour"]) {
                hex(0xEDE3CF)
            } else if has(&["wholemeal", "whole"]) {
                hex(0xC89F66)
            } else {
                hex(0xE8CB7E)
            };
            let heap = if has(&["flour"]) {
                Heap::Powder(tone)
            } else {
                Heap::Grains(tone)
            };
            bowl(&mut c, &mut r, heap);
            wheat(&mut c, &mut r);
        }
        "dates-dried-fruit" if sub == "dates" => {
            let tone = if has(&["paste"]) {
                hex(0x5A3018)
            } else {
                hex(0x6E3A1C)
            };
            plate_of(&mut c, &mut r, Pile::Dates(tone));
        }
        "dates-dried-fruit" => {
            let pile = if has(&["walnut"]) {
                Pile::Walnuts
            } else if has(&["fig"]) {
                Pile::Figs
            } else if has(&["almond"]) {
                Pile::Almonds
            } else {
                Pile::Mixed
            };
            plate_of(&mut c, &mut r, pile);
        }
        "floral-waters" => {
            let orange = has(&["orange"]);
            let liquid = if orange { hex(0xF3EBC8) } else { hex(0xF2B8C2) };
            let top = if has(&["mist", "spray"]) {
                Top::Spray
            } else {
                Top::Cap
            };
            let emblem = if orange {
                Emblem::Blossom
            } else {
                Emblem::Rose
            };
            bottle(&mut c, &mut r, liquid, top, emblem);
            petals(&mut c, &mut r, orange);
        }
        "cosmetics-soaps" => {
            if has(&["black soap"]) {
                bowl(&mut c, &mut r, Heap::Paste(hex(0x3A2414)));
            } else if sub == "ghassoul" {
                bowl(&mut c, &mut r, Heap::Powder(hex(0x9A6A4E)));
            } else if has(&["henna"]) {
                bowl(&mut c, &mut r, Heap::Powder(hex(0x6F7A32)));
            } else if sub == "soaps" {
                soap(&mut c, &mut r);
            } else {
                cream_jar(&mut c, &mut r);
            }
        }
        "rugs-textiles" => match sub {
            "textiles" => blankets(&mut c, &mut r, has(&["handira", "wedding"])),
            "embroidery" => cushion(&mut c, &mut r),
            _ => {
                let style = if has(&["beni ouarain"]) {
                    RugStyle::Lattice
                } else if has(&["azilal"]) {
                    RugStyle::Azilal
                } else if has(&["boucherouite", "rag"]) {
                    RugStyle::Rag
                } else if has(&["kilim", "hanbel", "flat"]) {
                    RugStyle::Bands
                } else {
                    RugStyle::Medallion
                };
                rug(&mut c, &mut r, style);
            }
        },
        "pottery-ceramics" => {
            if has(&["tagine"]) {
                tagine(
                    &mut c,
                    &mut r,
                    has(&["painted", "safi", "decorative", "serving"]),
                );
            } else if has(&["plate", "dish"]) {
                plate(&mut c, &mut r, has(&["tamegroute", "green"]));
            } else if has(&["jug", "jar", "pitcher", "tanjia"]) {
                jug(&mut c, &mut r, has(&["tanjia"]));
            } else {
                glazed_bowl(&mut c, &mut r, has(&["tamegroute", "green"]));
            }
        }
        "leather" => {
            if has(&["slipper", "babouche"]) {
                slippers(&mut c, &mut r);
            } else if has(&["pouf", "pouffe"]) {
                pouf(&mut c, &mut r);
            } else {
                bag(&mut c, &mut r);
            }
        }
        "wood" => {
            if has(&["spoon", "ladle"]) {
                spoons(&mut c, &mut r);
            } else if has(&["chess"]) {
                chessboard(&mut c, &mut r);
            } else if has(&["box", "case"]) {
                wood_box(&mut c, &mut r, has(&["cedar", "painted"]));
            } else if has(&["bowl", "gsaa"]) {
                wood_bowl(&mut c, &mut r);
            } else {
                board(&mut c, &mut r);
            }
        }
        "basketry" => {
            if has(&["hat"]) {
                hat(&mut c, &mut r);
            } else if has(&["tbak", "lid", "cover"]) {
                tbak(&mut c, &mut r);
            } else {
                basket(
                    &mut c,
                    &mut r,
                    has(&["market", "shopping", "couffin", "tote"]),
                );
            }
        }
        "jewellery" => {
            let gold = has(&["brass", "gold"]);
            velvet(&mut c, &mut r);
            if has(&["bracelet", "bangle"]) {
                bracelet(&mut c, &mut r, gold);
            } else if has(&["fibula", "brooch"]) {
                fibula(&mut c, &mut r, gold);
            } else if has(&["earring"]) {
                earrings(&mut c, &mut r, gold);
            } else if has(&["ring"]) && !has(&["earring"]) && !has(&["necklace"]) {
                ring(&mut c, &mut r, gold);
            } else {
                necklace(&mut c, &mut r, gold, has(&["hand", "khamsa"]));
            }
        }
        "dairy-cheese" => {
            if has(&["smen", "butter"]) {
                jar(&mut c, &mut r, Fill::Paste(hex(0xE9D48E)), Emblem::Drop);
            } else {
                cheese(
                    &mut c,
                    &mut r,
                    has(&["herb", "thyme"]),
                    has(&["sheep", "aged", "matured"]),
                );
            }
        }
        _ => {
            let fill = if has(&["lemon"]) {
                Fill::Pieces(hex(0xE7C93A), hex(0xF2DC5A), Piece::Slice)
            } else if has(&["caper"]) {
                Fill::Pieces(hex(0xB9B47A), hex(0x6F7E34), Piece::Dot)
            } else if has(&["tomato"]) {
                Fill::Pieces(hex(0xC8A040), hex(0xA8301E), Piece::Blob)
            } else if has(&["fig"]) {
                Fill::Jam(hex(0x6A2A3A))
            } else if has(&["orange", "clementine"]) {
                Fill::Jam(hex(0xE07A1A))
            } else if has(&["quince"]) {
                Fill::Jam(hex(0xC0562A))
            } else {
                Fill::Jam(hex(0xA8203A))
            };
            jar(&mut c, &mut r, fill, Emblem::Fruit);
        }
    }
    c.into_image()
}

// --- Bottles and jars ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Top {
    Cap,
    Dropper,
    Spray,
}

#[derive(Clone, Copy)]
enum Emblem {
    Tree,
    Olive,
    Rose,
    Blossom,
    Hexagon,
    Almond,
    Fruit,
    Drop,
}

const LABELS: [u32; 6] = [0xF5EDDC, 0xFFFFFF, 0xEFE3C8, 0xE9EFE4, 0xF7E6E0, 0x2F3B4A];
const INKS: [u32; 6] = [0x7A2E1C, 0x2F5B3A, 0x1F4E79, 0x8A5A14, 0x6A2446, 0x3A3A3A];

fn bottle(c: &mut Canvas, r: &mut Rng, liquid: Rgb, top: Top, emblem: Emblem) {
    let cx = r.range(0.43, 0.47);
    let tall = r.f() < 0.5;
    let hw = if tall {
        r.range(0.105, 0.12)
    } else {
        r.range(0.13, 0.15)
    };
    let neck = if top == Top::Dropper {
        0.04
    } else {
        r.range(0.036, 0.046)
    };
    let y0 = if tall { 0.25 } else { 0.33 };
    let y1 = 0.8;
    let sh0 = y0 + if tall { 0.07 } else { 0.05 };
    let sh1 = sh0 + if tall { 0.1 } else { 0.08 };
    let w = move |y: f32| {
        if y < sh0 {
            neck
        } else if y < sh1 {
            let t = (y - sh0) / (sh1 - sh0);
            neck + (hw - neck) * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
        } else {
            hw
        }
    };
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.25, 0.035, 0.35);
    let area = bb(
        cx,
        (y0 + y1) / 2.0 + 0.02,
        hw + 0.01,
        (y1 - y0) / 2.0 + 0.05,
    );
    let glass = hex(0xE8F0EC);
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| with(lit(glass, (x - cx) / w(y), 0.6), 0.45),
    );
    let level = sh1 + 0.01 + r.range(0.0, 0.03);
    let inner = move |y: f32| (w(y) - 0.01).max(0.0);
    c.fill(
        area,
        |x, y| sd_lathe(x, y, cx, level, y1 - 0.008, k, &inner),
        |x, y| {
            let t = (x - cx) / hw;
            let depth = 1.0 - 0.25 * ((y - level) / (y1 - level));
            mul(lit(liquid, t, 0.5), depth)
        },
    );
    // The liquid's surface.
    c.draw(
        bb(cx, level, hw, 0.02),
        0.0,
        |x, y| sd_ellipse(x, y, cx, level, hw - 0.01, (hw - 0.01) * k),
        |_, _| with(mix(liquid, [1.0, 1.0, 1.0], 0.3), 0.8),
    );
    // Label.
    let label = hex(r.pick(&LABELS));
    let ink = if label[0] < 0.5 {
        hex(0xE9D8A6)
    } else {
        hex(r.pick(&INKS))
    };
    let ly = (level + y1) / 2.0 + 0.02;
    let lh = (y1 - level) * 0.3;
    c.fill(
        bb(cx, ly, hw + 0.01, lh + 0.01),
        |x, y| sd_box(x, y, cx, ly, hw + 0.002, lh, 0.004),
        |x, _| lit(label, (x - cx) / (hw + 0.003), 0.1),
    );
    c.solid(
        bb(cx, ly, hw, lh),
        |x, y| (sd_box(x, y, cx, ly, hw * 0.8, lh * 0.82, 0.01)).abs() - 0.0025,
        ink,
    );
    emblem_at(c, emblem, cx, ly, lh * 0.55, ink);
    // Glass highlight.
    let hx = cx - hw * 0.62;
    c.draw(
        bb(hx, (sh1 + y1) / 2.0, 0.02, (y1 - sh1) / 2.0),
        0.0,
        |x, y| sd_segment(x, y, (hx, sh1 + 0.03), (hx, y1 - 0.06)) - 0.008,
        |_, _| [1.0, 1.0, 1.0, 0.4],
    );
    // Top.
    let cap = hex(r.pick(&[0x2A2A2A, 0xB08D3C, 0x8A5A2B, 0xF2F2F2, 0x1E3A5F]));
    match top {
        Top::Cap => {
            let ch = 0.035;
            c.fill(
                bb(cx, y0 - ch, neck + 0.02, ch + 0.01),
                |x, y| sd_box(x, y, cx, y0 - ch + 0.01, neck + 0.01, ch, 0.008),
                |x, _| {
                    let ridge = 1.0 - 0.1 * (0.5 + 0.5 * ((x - cx) * 300.0).sin());
                    mul(lit(cap, (x - cx) / (neck + 0.01), 0.5), ridge)
                },
            );
        }
        Top::Dropper => {
            let black = hex(0x222222);
            c.fill(
                bb(cx, y0 - 0.02, neck + 0.02, 0.03),
                |x, y| sd_box(x, y, cx, y0 - 0.015, neck + 0.008, 0.022, 0.006),
                |x, _| lit(cap, (x - cx) / (neck + 0.008), 0.6),
            );
            c.fill(
                bb(cx, y0 - 0.09, 0.05, 0.07),
                |x, y| {
                    sd_ellipse(x, y, cx, y0 - 0.08, 0.032, 0.05).min(sd_box(
                        x,
                        y,
                        cx,
                        y0 - 0.04,
                        0.026,
                        0.012,
                        0.004,
                    ))
                },
                |x, y| ball(black, (x - cx) / 0.032, (y - (y0 - 0.08)) / 0.05, 0.5),
            );
        }
        Top::Spray => {
            c.fill(
                bb(cx, y0 - 0.03, neck + 0.02, 0.04),
                |x, y| sd_box(x, y, cx, y0 - 0.02, neck + 0.008, 0.028, 0.006),
                |x, _| lit(hex(0xD9D9D9), (x - cx) / (neck + 0.008), 0.6),
            );
            c.fill(
                bb(cx, y0 - 0.07, 0.05, 0.03),
                |x, y| {
                    sd_box(x, y, cx, y0 - 0.068, 0.024, 0.022, 0.01).min(sd_box(
                        x,
                        y,
                        cx - 0.03,
                        y0 - 0.072,
                        0.012,
                        0.007,
                        0.003,
                    ))
                },
                |x, _| lit(cap, (x - cx) / 0.03, 0.5),
            );
        }
    }
}

fn emblem_at(c: &mut Canvas, e: Emblem, cx: f32, cy: f32, s: f32, ink: Rgb) {
    let area = bb(cx, cy, s * 1.3, s * 1.3);
    match e {
        Emblem::Tree => c.solid(
            area,
            |x, y| {
                let trunk = sd_segment(x, y, (cx, cy + s * 0.9), (cx, cy + s * 0.1)) - s * 0.1;
                let l =
                    sd_segment(x, y, (cx, cy + s * 0.3), (cx - s * 0.4, cy - s * 0.05)) - s * 0.06;
                let rr =
                    sd_segment(x, y, (cx, cy + s * 0.3), (cx + s * 0.4, cy - s * 0.05)) - s * 0.06;
                let crown = sd_ellipse(x, y, cx, cy - s * 0.25, s * 0.9, s * 0.45);
                trunk.min(l).min(rr).min(crown)
            },
            ink,
        ),
        Emblem::Olive => c.solid(
            area,
            |x, y| {
                let stem = sd_segment(
                    x,
                    y,
                    (cx - s * 0.8, cy + s * 0.6),
                    (cx + s * 0.8, cy - s * 0.6),
                ) - s * 0.05;
                let (u, v) = local(x, y, cx - s * 0.2, cy - s * 0.25, -0.3);
                let leaf1 = sd_ellipse(u, v, 0.0, 0.0, s * 0.5, s * 0.15);
                let (u2, v2) = local(x, y, cx + s * 0.15, cy + s * 0.3, -0.9);
                let leaf2 = sd_ellipse(u2, v2, 0.0, 0.0, s * 0.5, s * 0.15);
                let olive = sd_ellipse(x, y, cx + s * 0.35, cy - s * 0.15, s * 0.22, s * 0.3);
                stem.min(leaf1).min(leaf2).min(olive)
            },
            ink,
        ),
        Emblem::Rose | Emblem::Blossom => {
            let n = if matches!(e, Emblem::Rose) { 6 } else { 5 };
            c.solid(
                area,
                |x, y| {
                    let (dx, dy) = (x - cx, y - cy);
                    let a = dy.atan2(dx);
                    let rad = len(dx, dy);
                    let petal = s * (0.55 + 0.35 * (a * n as f32).cos().abs().sqrt());
                    rad - petal
                },
                ink,
            );
            c.solid(
                area,
                |x, y| sd_circle(x, y, cx, cy, s * 0.22),
                mix(ink, [1.0, 1.0, 1.0], 0.6),
            );
        }
        Emblem::Hexagon => c.solid(
            area,
            |x, y| {
                let mut d = f32::MAX;
                for (ox, oy) in [(0.0, 0.0), (-0.9, 0.52), (0.9, 0.52), (0.0, -1.04)] {
                    let (hx, hy) = (cx + ox * s * 0.5, cy + oy * s * 0.5);
                    let pts: Vec<(f32, f32)> = (0..6)
                        .map(|k| {
                            let a = k as f32 * std::f32::consts::FRAC_PI_3;
                            (hx + s * 0.27 * a.cos(), hy + s * 0.27 * a.sin())
                        })
                        .collect();
                    d = d.min(sd_polygon(x, y, &pts).abs() - s * 0.04);
                }
                d
            },
            ink,
        ),
        Emblem::Almond | Emblem::Drop => c.solid(
            area,
            |x, y| {
                let round = sd_circle(x, y, cx, cy + s * 0.25, s * 0.5);
                let tip = sd_polygon(
                    x,
                    y,
                    &[
                        (cx, cy - s * 0.95),
                        (cx + s * 0.47, cy + s * 0.1),
                        (cx - s * 0.47, cy + s * 0.1),
                    ],
                );
                round.min(tip)
            },
            ink,
        ),
        Emblem::Fruit => {
            c.solid(
                area,
                |x, y| sd_circle(x, y, cx, cy + s * 0.15, s * 0.6),
                ink,
            );
            c.solid(
                area,
                |x, y| {
                    let (u, v) = local(x, y, cx + s * 0.3, cy - s * 0.6, 0.5);
                    sd_ellipse(u, v, 0.0, 0.0, s * 0.35, s * 0.13)
                },
                hex(0x3F6B35),
            );
        }
    }
}

#[derive(Clone, Copy)]
enum Piece {
    Slice,
    Dot,
    Blob,
}

#[derive(Clone, Copy)]
enum Fill {
    Honey(Rgb),
    Paste(Rgb),
    Jam(Rgb),
    Pieces(Rgb, Rgb, Piece),
}

fn jar(c: &mut Canvas, r: &mut Rng, fill: Fill, emblem: Emblem) {
    let cx = r.range(0.44, 0.48);
    let hw = r.range(0.15, 0.18);
    let y0 = r.range(0.36, 0.42);
    let y1 = 0.8;
    let neck = hw - 0.025;
    let w = move |y: f32| {
        let t = ((y - y0) / 0.06).clamp(0.0, 1.0);
        neck + (hw - neck) * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
    };
    let k = 0.2;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.2, 0.04, 0.35);
    let area = bb(cx, (y0 + y1) / 2.0, hw + 0.02, (y1 - y0) / 2.0 + 0.06);
    let seed = r.seed();
    let inner = move |y: f32| w(y) - 0.008;
    let top = y0 + 0.015;
    c.fill(
        area,
        |x, y| sd_lathe(x, y, cx, top, y1 - 0.006, k, &inner),
        |x, y| {
            let t = (x - cx) / hw;
            match fill {
                Fill::Honey(tone) => {
                    let glow = 1.0 - len(t * 0.8, (y - 0.62) * 4.0).min(1.0);
                    let base = mix(mul(tone, 0.7), mix(tone, hex(0xFFE08A), 0.5), glow);
                    lit(base, t, 0.35)
                }
                Fill::Paste(tone) => {
                    let n = noise(x * 90.0, y * 90.0, seed);
                    let (s, h) = speck(x, y, 160.0, 0.35, seed);
                    let base = mul(tone, 0.9 + 0.2 * n);
                    lit(
                        mix(base, mul(tone, if h < 0.5 { 0.6 } else { 1.35 }), s * 0.7),
                        t,
                        0.15,
                    )
                }
                Fill::Jam(tone) => {
                    let n = noise(x * 40.0, y * 40.0, seed);
                    let (s, _) = speck(x, y, 70.0, 0.25, seed);
                    lit(
                        mix(mul(tone, 0.8 + 0.3 * n), mul(tone, 0.5), s * 0.6),
                        t,
                        0.45,
                    )
                }
                Fill::Pieces(liquid, _, _) => lit(liquid, t, 0.3),
            }
        },
    );
    if let Fill::Pieces(_, tone, piece) = fill {
        let count = match piece {
            Piece::Slice => 9,
            Piece::Dot => 40,
            Piece::Blob => 12,
        };
        for _ in 0..count {
            let px = cx + r.range(-hw * 0.85, hw * 0.85);
            let py = r.range(y0 + 0.08, y1 - 0.02);
            let sz = match piece {
                Piece::Slice => r.range(0.045, 0.06),
                Piece::Dot => r.range(0.01, 0.015),
                Piece::Blob => r.range(0.03, 0.045),
            };
            let ang = r.range(0.0, 3.0);
            let clip = move |x: f32, y: f32| sd_lathe(x, y, cx, top, y1 - 0.006, k, &inner);
            match piece {
                Piece::Slice => {
                    c.fill(
                        bb(px, py, sz, sz),
                        |x, y| sd_circle(x, y, px, py, sz).max(clip(x, y)),
                        |x, y| {
                            let (dx, dy) = (x - px, y - py);
                            let rr = len(dx, dy) / sz;
                            let seg = (dy.atan2(dx) * 4.0 + ang).sin().abs();
                            if rr > 0.86 {
                                hex(0xD9A520)
                            } else if rr > 0.78 || seg < 0.12 {
                                hex(0xF6EBB0)
                            } else {
                                mul(tone, 0.95 + 0.1 * seg)
                            }
                        },
                    );
                }
                Piece::Dot => c.fill(
                    bb(px, py, sz, sz),
                    |x, y| sd_circle(x, y, px, py, sz).max(clip(x, y)),
                    |x, y| ball(tone, (x - px) / sz, (y - py) / sz, 0.4),
                ),
                Piece::Blob => c.fill(
                    bb(px, py, sz * 1.4, sz * 1.4),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, sz * 1.3, sz * 0.75).max(clip(x, y))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        ball(tone, u / (sz * 1.3), v / (sz * 0.75), 0.6)
                    },
                ),
            }
        }
    }
    // Glass over the contents.
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let edge = smoothstep(0.75, 1.0, t.abs());
            with(lit([0.95, 0.97, 0.96], t, 0.9), 0.08 + 0.3 * edge)
        },
    );
    let hx = cx - hw * 0.65;
    c.draw(
        bb(hx, (y0 + y1) / 2.0, 0.02, (y1 - y0) / 2.0),
        0.0,
        |x, y| sd_segment(x, y, (hx, y0 + 0.08), (hx, y1 - 0.07)) - 0.009,
        |_, _| [1.0, 1.0, 1.0, 0.45],
    );
    // Label.
    let label = hex(r.pick(&LABELS[..5]));
    let ink = hex(r.pick(&INKS));
    let ly = (y0 + y1) / 2.0 + 0.05;
    let lh = 0.075;
    c.fill(
        bb(cx, ly, hw + 0.01, lh + 0.01),
        |x, y| sd_box(x, y, cx, ly, hw * 0.72, lh, 0.012),
        |x, _| lit(label, (x - cx) / hw, 0.1),
    );
    c.solid(
        bb(cx, ly, hw, lh),
        |x, y| (sd_box(x, y, cx, ly, hw * 0.64, lh * 0.82, 0.01)).abs() - 0.0025,
        ink,
    );
    emblem_at(c, emblem, cx, ly, lh * 0.55, ink);
    // Lid: a gingham cloth tied with a string, or a metal lid.
    if r.f() < 0.6 {
        let cloth = hex(r.pick(&[0xB3282D, 0x2F6B3A, 0x2B4F8C, 0xC07A1A]));
        let (ty, by) = (y0 - 0.06, y0 + 0.065);
        c.fill(
            bb(cx, y0, hw + 0.06, 0.1),
            |x, y| {
                let t = ((y - ty) / (by - ty)).clamp(0.0, 1.0);
                let half = neck + 0.01 + (hw + 0.035 - neck) * t;
                let zig = 0.012 * (2.0 * (fract((x - cx) * 30.0) - 0.5).abs());
                let top = sd_ellipse(x, y, cx, ty + 0.02, neck + 0.01, 0.03);
                ((x - cx).abs() - half)
                    .max(y - by - zig)
                    .max(ty + 0.02 - y)
                    .min(top)
            },
            |x, y| {
                let a = fract((x - cx) * 28.0 + 0.25) < 0.5;
                let b = fract(y * 28.0) < 0.5;
                let base = match (a, b) {
                    (true, true) => cloth,
                    (true, false) | (false, true) => mix(cloth, [1.0, 1.0, 1.0], 0.55),
                    (false, false) => [0.98, 0.97, 0.95],
                };
                let fold = 1.0
                    - 0.12
                        * (0.5 + 0.5 * ((x - cx) * 70.0).sin())
                        * smoothstep(y0 - 0.02, y0 + 0.06, y);
                mul(lit(base, (x - cx) / (hw + 0.04), 0.1), fold)
            },
        );
        c.fill(
            bb(cx, y0 + 0.01, neck + 0.03, 0.01),
            |x, y| sd_box(x, y, cx, y0 + 0.012, neck + 0.018, 0.005, 0.004),
            |x, _| lit(hex(0xC9A66B), (x - cx) / (neck + 0.02), 0.3),
        );
    } else {
        let lid = hex(r.pick(&[0xB08D3C, 0x2A2A2A, 0xC9C9C9, 0x8A2A2A]));
        c.fill(
            bb(cx, y0 - 0.02, neck + 0.03, 0.05),
            |x, y| {
                sd_box(x, y, cx, y0 - 0.005, neck + 0.012, 0.03, 0.01).min(sd_ellipse(
                    x,
                    y,
                    cx,
                    y0 - 0.035,
                    neck + 0.012,
                    0.02,
                ))
            },
            |x, y| {
                let ridge = if y > y0 - 0.03 {
                    1.0 - 0.08 * (0.5 + 0.5 * ((x - cx) * 260.0).sin())
                } else {
                    1.1
                };
                mul(lit(lid, (x - cx) / (neck + 0.012), 0.7), ridge)
            },
        );
    }
}

fn dipper(c: &mut Canvas, r: &mut Rng) {
    let wood = hex(0xB9834A);
    let (ax, ay) = (0.66, 0.84);
    let (bx, by) = (0.9, 0.62 + r.range(-0.03, 0.03));
    c.shadow(0.78, 0.84, 0.13, 0.02, 0.25);
    c.fill(
        [0.6, 0.55, 0.95, 0.9],
        |x, y| sd_segment(x, y, (ax, ay), (bx, by)) - 0.009,
        |x, y| {
            let (u, _) = local(x, y, ax, ay, 0.0);
            mul(wood, 0.95 + 0.1 * (u * 200.0).sin())
        },
    );
    let ang = (by - ay).atan2(bx - ax);
    for k in 0..5 {
        let t = k as f32 * 0.022;
        let (px, py) = (ax + t * ang.cos() * 1.0, ay + t * ang.sin());
        c.fill(
            bb(px, py, 0.05, 0.05),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, 0.01, 0.034 - (k as f32 - 2.0).abs() * 0.004)
            },
            |x, y| {
                let (_, v) = local(x, y, px, py, ang);
                lit(mul(wood, 0.9), v / 0.034, 0.3)
            },
        );
    }
}

fn nuts_beside(c: &mut Canvas, r: &mut Rng, tone: Rgb, size: f32) {
    let n = 2 + (r.next() % 2) as usize;
    for k in 0..n {
        let px = 0.7 + k as f32 * size * 1.5 + r.range(-0.01, 0.01);
        let py = 0.8 + r.range(0.0, 0.05) - (k % 2) as f32 * 0.02;
        let ang = r.range(-0.8, 0.8);
        let (rx, ry) = (size * 0.7, size * 0.48);
        c.shadow(px + 0.01, py + ry * 0.7, rx, ry * 0.5, 0.3);
        let tone = mul(tone, r.range(0.85, 1.1));
        c.fill(
            bb(px, py, rx, rx),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, rx, ry)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                let n = noise(u * 300.0, v * 60.0, 7);
                mul(
                    ball(tone, (x - px) / rx, (y - py) / rx, 0.4),
                    0.85 + 0.25 * n,
                )
            },
        );
    }
}

fn olive_branch(c: &mut Canvas, r: &mut Rng) {
    let (ax, ay) = (0.6, 0.86);
    let (bx, by) = (0.93, 0.74);
    let stem = hex(0x6B5A3A);
    c.solid(
        [0.55, 0.65, 0.97, 0.9],
        |x, y| sd_segment(x, y, (ax, ay), (bx, by)) - 0.004,
        stem,
    );
    let leaf = hex(0x5E7A3A);
    for k in 0..6 {
        let t = 0.12 + k as f32 * 0.15;
        let (px, py) = (ax + (bx - ax) * t, ay + (by - ay) * t);
        let side = if k % 2 == 0 { 1.0 } else { -1.0 };
        let ang: f32 = -0.35 + side * 0.9;
        let (lx, ly) = (px + 0.035 * ang.cos(), py + 0.035 * ang.sin());
        c.fill(
            bb(lx, ly, 0.05, 0.05),
            |x, y| {
                let (u, v) = local(x, y, lx, ly, ang);
                sd_ellipse(u, v, 0.0, 0.0, 0.04, 0.011)
            },
            |x, y| {
                let (_, v) = local(x, y, lx, ly, ang);
                mix(leaf, hex(0x9DB07A), smoothstep(0.0, 0.011, v) * 0.6)
            },
        );
    }
    let olive = hex(r.pick(&[0x7D8B30, 0x3A2C2E, 0x6A3A44]));
    for (ox, oy) in [(0.7, 0.87), (0.75, 0.86)] {
        c.fill(
            bb(ox, oy, 0.03, 0.03),
            |x, y| sd_ellipse(x, y, ox, oy, 0.022, 0.017),
            |x, y| ball(olive, (x - ox) / 0.022, (y - oy) / 0.017, 0.8),
        );
    }
}

fn petals(c: &mut Canvas, r: &mut Rng, blossom: bool) {
    for k in 0..3 {
        let px = 0.68 + k as f32 * 0.08 + r.range(-0.01, 0.01);
        let py = 0.79 + r.range(0.0, 0.08);
        let sz = r.range(0.025, 0.035);
        let (tone, n) = if blossom {
            (hex(0xFBF8F0), 5.0)
        } else {
            (hex(0xD9607A), 6.0)
        };
        let turn = r.range(0.0, 2.0);
        c.shadow(px + 0.005, py + 0.01, sz * 1.1, sz * 0.4, 0.25);
        c.fill(
            bb(px, py, sz * 1.5, sz * 1.5),
            |x, y| {
                let (dx, dy) = (x - px, (y - py) * 1.5);
                let a = dy.atan2(dx) + turn;
                len(dx, dy) - sz * (0.6 + 0.4 * (a * n / 2.0).cos().abs())
            },
            |x, y| {
                let d = len(x - px, (y - py) * 1.5) / sz;
                mul(tone, 0.75 + 0.3 * d.min(1.0))
            },
        );
        let heart = if blossom {
            hex(0xE8C54A)
        } else {
            hex(0x9E2E48)
        };
        c.solid(
            bb(px, py, sz, sz),
            |x, y| sd_ellipse(x, y, px, py, sz * 0.25, sz * 0.17),
            heart,
        );
    }
}

fn leaves_beside(c: &mut Canvas, r: &mut Rng, tone: Rgb) {
    for k in 0..4 {
        let px = 0.74 + k as f32 * 0.045 + r.range(-0.01, 0.01);
        let py = 0.83 + r.range(-0.02, 0.04);
        let ang = r.range(-1.2, 1.2);
        let sz = r.range(0.025, 0.035);
        c.fill(
            bb(px, py, sz * 1.2, sz * 1.2),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, sz, sz * 0.4)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                let vein = smoothstep(0.003, 0.0, v.abs()) * smoothstep(sz, 0.0, u.abs());
                mix(
                    mul(tone, 0.95 + 0.2 * (v / sz)),
                    mul(tone, 1.35),
                    vein * 0.6,
                )
            },
        );
    }
}

// --- Saffron -------------------------------------------------------------------------------------

fn thread(
    c: &mut Canvas,
    px: f32,
    py: f32,
    ang: f32,
    length: f32,
    tone: Rgb,
    clip: &impl Fn(f32, f32) -> f32,
) {
    let (dx, dy) = (ang.cos() * length / 2.0, ang.sin() * length / 2.0);
    let (a, b) = ((px - dx, py - dy), (px + dx, py + dy));
    c.fill(
        bb(px, py, length / 2.0 + 0.01, length / 2.0 + 0.01),
        |x, y| {
            let (u, _) = local(x, y, px, py, ang);
            let t = (u / length + 0.5).clamp(0.0, 1.0);
            (sd_segment(x, y, a, b) - 0.0025 - 0.004 * t).max(clip(x, y))
        },
        |x, y| {
            let (u, _) = local(x, y, px, py, ang);
            let t = (u / length + 0.5).clamp(0.0, 1.0);
            mix(tone, hex(0xE8A13A), smoothstep(0.1, 0.0, t) * 0.8)
        },
    );
}

fn saffron(c: &mut Canvas, r: &mut Rng) {
    let reds = [hex(0xA3121B), hex(0xC21E1E), hex(0x8C0F16), hex(0xB8281A)];
    let cx = r.range(0.4, 0.45);
    let (y0, y1, hw) = (0.48, 0.78, 0.12);
    let w = move |y: f32| {
        let t = ((y - y0) / 0.04).clamp(0.0, 1.0);
        hw - 0.015 + 0.015 * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
    };
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.3, 0.035, 0.35);
    let area = bb(cx, (y0 + y1) / 2.0, hw + 0.02, 0.2);
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| with(lit([0.93, 0.95, 0.95], (x - cx) / w(y), 0.6), 0.35),
    );
    let inner = move |y: f32| w(y) - 0.008;
    let level = y0 + 0.07;
    let clip = move |x: f32, y: f32| sd_lathe(x, y, cx, level, y1 - 0.006, k, &inner);
    c.fill(area, clip, |x, y| {
        lit(mul(reds[2], 0.6), (x - cx) / hw, 0.1)
            .map(|v| v * (0.8 + 0.2 * noise(x * 200.0, y * 200.0, 3)))
    });
    for _ in 0..90 {
        let (px, py) = (cx + r.range(-hw, hw), r.range(level, y1 + 0.02));
        thread(
            c,
            px,
            py,
            r.range(0.0, 6.3),
            r.range(0.035, 0.06),
            r.pick(&reds),
            &clip,
        );
    }
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            with([1.0, 1.0, 1.0], 0.05 + 0.35 * smoothstep(0.7, 1.0, t.abs()))
        },
    );
    let hx = cx - hw * 0.6;
    c.draw(
        bb(hx, 0.63, 0.02, 0.15),
        0.0,
        |x, y| sd_segment(x, y, (hx, y0 + 0.07), (hx, y1 - 0.05)) - 0.007,
        |_, _| [1.0, 1.0, 1.0, 0.45],
    );
    // Wooden lid.
    let wood = hex(r.pick(&[0x8A5A2B, 0x6B4423, 0xA8743F]));
    c.fill(
        bb(cx, y0 - 0.02, hw + 0.02, 0.05),
        |x, y| sd_box(x, y, cx, y0 - 0.01, hw - 0.005, 0.03, 0.012),
        |x, y| {
            mul(
                lit(wood, (x - cx) / hw, 0.3),
                0.92 + 0.12 * (noise(x * 20.0, y * 300.0, 5)),
            )
        },
    );
    // Threads on the table and a crocus.
    let free = |_: f32, _: f32| -1.0;
    for _ in 0..14 {
        let (px, py) = (r.range(0.55, 0.85), r.range(0.8, 0.9));
        thread(
            c,
            px,
            py,
            r.range(0.0, 6.3),
            r.range(0.04, 0.06),
            r.pick(&reds),
            &free,
        );
    }
    let (fx, fy) = (0.74, r.range(0.52, 0.6));
    let stalk = hex(0x5F8A3A);
    c.solid(
        [fx - 0.02, fy, fx + 0.02, 0.86],
        |x, y| sd_segment(x, y, (fx, fy + 0.05), (fx - 0.01, 0.85)) - 0.006,
        stalk,
    );
    for (lx, a) in [(-0.03, -0.35), (0.025, 0.3)] {
        c.solid(
            [fx - 0.08, fy, fx + 0.08, 0.87],
            |x, y| {
                let (u, v) = local(x, y, fx + lx, 0.76, a + 1.57);
                sd_ellipse(u, v, 0.0, 0.0, 0.1, 0.006)
            },
            mul(stalk, 0.9),
        );
    }
    let lilac = hex(r.pick(&[0x8E6BB8, 0x9A78C4, 0x7D5AA8]));
    for (k, back) in [
        (0, true),
        (1, true),
        (2, true),
        (3, false),
        (4, false),
        (5, false),
    ] {
        let a = -1.57 + (k as f32 - 2.5) * 0.32;
        let (px, py) = (fx + a.cos() * 0.035, fy + 0.0 + a.sin() * 0.035 + 0.03);
        let tone = if back { mul(lilac, 0.8) } else { lilac };
        c.fill(
            bb(px, py, 0.05, 0.06),
            |x, y| {
                let (u, v) = local(x, y, px, py, a);
                sd_ellipse(u, v, 0.0, 0.0, 0.048, 0.022)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, a);
                let vein = smoothstep(0.004, 0.0, v.abs()) * 0.25;
                mix(
                    mul(tone, 0.85 + 0.3 * (1.0 - u.abs() / 0.048)),
                    hex(0x5A3A7A),
                    vein,
                )
            },
        );
    }
    let stigma = reds[1];
    for dx in [-0.012, 0.0, 0.012] {
        c.solid(
            bb(fx, fy, 0.04, 0.06),
            |x, y| sd_segment(x, y, (fx, fy + 0.04), (fx + dx * 2.2, fy - 0.035)) - 0.0035,
            stigma,
        );
    }
}

// --- Bowls, heaps, plates -----------------------------------------------------------------------

enum Heap {
    Powder(Rgb),
    Grains(Rgb),
    Leaves(Rgb),
    Paste(Rgb),
    Pieces(Vec<Rgb>),
}

/// A bowl's colour and painted band.
fn bowl_look(r: &mut Rng) -> (Rgb, Rgb) {
    r.pick(&[
        (hex(0xB5562E), hex(0xE9D8B0)),
        (hex(0x2E5E8C), hex(0xF1E9D8)),
        (hex(0x2F6B4A), hex(0xE8C54A)),
        (hex(0xE9E0CF), hex(0x2E5E8C)),
        (hex(0x8A5A2B), hex(0xD9B27A)),
    ])
}

fn bowl(c: &mut Canvas, r: &mut Rng, heap: Heap) {
    let cx = 0.5;
    let cy = 0.6;
    let rx = r.range(0.3, 0.33);
    let ry = rx * 0.24;
    let depth = 0.2;
    let (body, band) = bowl_look(r);
    c.shadow(cx + 0.03, cy + depth + 0.01, rx * 0.85, 0.04, 0.4);
    // Outer body: the lower half of an ellipse below the rim.
    c.fill(
        bb(cx, cy + depth / 2.0, rx + 0.01, depth / 2.0 + 0.05),
        |x, y| {
            sd_ellipse(x, y, cx, cy, rx, depth)
                .max(cy - y)
                .min(sd_ellipse(x, y, cx, cy, rx, ry))
        },
        |x, y| {
            let t = (x - cx) / rx;
            let v = (y - cy) / depth;
            let stripe = (v - 0.35).abs() < 0.06 || (v - 0.5).abs() < 0.02;
            let base = if stripe { band } else { body };
            lit(base, t, 0.5)
        },
    );
    // Foot.
    c.fill(
        bb(cx, cy + depth, rx * 0.4, 0.03),
        |x, y| sd_box(x, y, cx, cy + depth - 0.005, rx * 0.32, 0.018, 0.008),
        |x, _| lit(mul(body, 0.85), (x - cx) / (rx * 0.32), 0.2),
    );
    // Rim and the dark inside.
    c.fill(
        bb(cx, cy, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.15), (x - cx) / rx, 0.3),
    );
    let irx = rx - 0.014;
    let iry = ry - 0.01;
    c.solid(
        bb(cx, cy, irx, iry),
        |x, y| sd_ellipse(x, y, cx, cy, irx, iry),
        mul(body, 0.45),
    );
    // The heap: a dome rising above the rim, kept inside the inner rim below it.
    let seed = r.seed();
    let height = match heap {
        Heap::Paste(_) => 0.03,
        Heap::Pieces(_) => 0.0,
        _ => r.range(0.1, 0.14),
    };
    let dome = move |x: f32, y: f32| {
        sd_ellipse(x, y, cx, cy, irx, height.max(0.01))
            .max(y - cy)
            .min(sd_ellipse(x, y, cx, cy, irx, iry))
    };
    match heap {
        Heap::Powder(tone) | Heap::Grains(tone) | Heap::Leaves(tone) | Heap::Paste(tone) => {
            let kind = match heap {
                Heap::Powder(_) => 0,
                Heap::Grains(_) => 1,
                Heap::Leaves(_) => 2,
                _ => 3,
            };
            c.fill(
                bb(cx, cy - height / 2.0, irx, height / 2.0 + iry),
                dome,
                |x, y| {
                    let nx = (x - cx) / irx;
                    let ny = if y < cy {
                        (y - cy) / height.max(0.01)
                    } else {
                        0.0
                    };
                    let shade = ball(
                        tone,
                        nx * 0.9,
                        ny * 0.8 - 0.1,
                        if kind == 3 { 0.6 } else { 0.05 },
                    );
                    match kind {
                        0 => {
                            let (s, h) = speck(x, y, 220.0, 0.3, seed);
                            mix(shade, mul(shade, if h < 0.5 { 0.75 } else { 1.2 }), s)
                        }
                        1 => {
                            let (s, h) = speck(x, y, 170.0, 0.42, seed);
                            mix(mul(shade, 0.82), mul(shade, 1.0 + 0.2 * h), s)
                        }
                        2 => {
                            let n = noise(x * 120.0, y * 120.0, seed);
                            let (s, h) = speck(x, y, 90.0, 0.45, seed);
                            let leaf = mul(shade, 0.7 + 0.5 * n);
                            mix(leaf, mul(shade, 0.6 + 0.8 * h), s * 0.7)
                        }
                        _ => {
                            let n = noise(x * 30.0, y * 30.0, seed);
                            mul(shade, 0.9 + 0.2 * n)
                        }
                    }
                },
            );
        }
        Heap::Pieces(tones) => {
            let mut items = Vec::new();
            for row in 0..4 {
                let cols = 7 - row;
                for k in 0..cols {
                    let px =
                        cx + (k as f32 - (cols - 1) as f32 / 2.0) * 0.07 + r.range(-0.01, 0.01);
                    let py = cy + 0.02 - row as f32 * 0.035 + r.range(-0.008, 0.008);
                    items.push((px, py, r.range(-0.6, 0.6), r.pick(&tones)));
                }
            }
            for (px, py, ang, tone) in items {
                let (ex, ey) = (0.032, 0.024);
                c.fill(
                    bb(px, py, 0.04, 0.04),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, ex, ey).max(sd_ellipse(
                            x,
                            y,
                            cx,
                            cy - 0.05,
                            irx,
                            0.2,
                        ))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        ball(tone, u / ex, v / ey, 0.9)
                    },
                );
            }
        }
    }
    // The front lip over the heap.
    c.fill(
        bb(cx, cy + ry, rx + 0.01, 0.02),
        |x, y| {
            (sd_ellipse(x, y, cx, cy, rx, ry).max(-sd_ellipse(x, y, cx, cy, irx, iry))).max(cy - y)
        },
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.2), (x - cx) / rx, 0.4),
    );
}

fn wheat(c: &mut Canvas, r: &mut Rng) {
    let straw = hex(0xD4A94E);
    let base = (0.72, 0.88);
    for k in 0..3 {
        let ang = -1.0 + k as f32 * 0.16 + r.range(-0.05, 0.05);
        let tip = (base.0 + 0.26 * ang.cos(), base.1 + 0.26 * ang.sin());
        c.solid(
            [0.6, 0.5, 0.99, 0.92],
            |x, y| sd_segment(x, y, base, tip) - 0.003,
            mul(straw, 0.9),
        );
        for g in 0..7 {
            let t = 0.55 + g as f32 * 0.065;
            for side in [-1.0f32, 1.0] {
                let (px, py) = (base.0 + 0.26 * t * ang.cos(), base.1 + 0.26 * t * ang.sin());
                let a = ang + side * 0.45;
                let (gx, gy) = (px + 0.012 * a.cos(), py + 0.012 * a.sin());
                c.fill(
                    bb(gx, gy, 0.025, 0.025),
                    |x, y| {
                        let (u, v) = local(x, y, gx, gy, a);
                        sd_ellipse(u, v, 0.0, 0.0, 0.017, 0.008)
                    },
                    |x, y| {
                        let (u, v) = local(x, y, gx, gy, a);
                        ball(straw, u / 0.017, v / 0.008, 0.3)
                    },
                );
            }
        }
    }
}

enum Pile {
    Dates(Rgb),
    Almonds,
    Walnuts,
    Figs,
    Mixed,
}

fn plate_of(c: &mut Canvas, r: &mut Rng, pile: Pile) {
    let (cx, cy, rx, ry) = (0.5, 0.7, 0.38, 0.12);
    let (body, band) = bowl_look(r);
    c.shadow(cx + 0.02, cy + 0.05, rx * 0.95, 0.05, 0.4);
    c.fill(
        bb(cx, cy + 0.02, rx + 0.01, ry + 0.04),
        |x, y| sd_ellipse(x, y, cx, cy + 0.02, rx, ry),
        |x, _| lit(mul(body, 0.8), (x - cx) / rx, 0.3),
    );
    c.fill(
        bb(cx, cy, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
        |x, y| {
            let d = len((x - cx) / rx, (y - cy) / ry);
            let base = if (d - 0.86).abs() < 0.035 { band } else { body };
            mul(base, if d < 0.75 { 0.92 } else { 1.02 })
        },
    );
    let seed = r.seed();
    let mut items = Vec::new();
    let rows = [6, 5, 4, 3];
    for (row, &cols) in rows.iter().enumerate() {
        for k in 0..cols {
            let px = cx + (k as f32 - (cols - 1) as f32 / 2.0) * 0.075 + r.range(-0.012, 0.012);
            let py = cy + 0.03 - row as f32 * 0.045 + r.range(-0.01, 0.01);
            let kind = match pile {
                Pile::Mixed => (r.next() % 3) as u8,
                Pile::Almonds => 0,
                Pile::Walnuts => 1,
                Pile::Figs => 2,
                Pile::Dates(_) => 3,
            };
            items.push((px, py, r.range(-0.7, 0.7), kind, r.range(0.88, 1.1)));
        }
    }
    for (px, py, ang, kind, tint) in items {
        c.shadow(px + 0.008, py + 0.02, 0.035, 0.012, 0.25);
        match kind {
            0 => {
                let tone = mul(hex(0xB07A4A), tint);
                c.fill(
                    bb(px, py, 0.045, 0.045),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let w = 0.021 * (1.0 - 0.45 * (u / 0.04 + 0.5).clamp(0.0, 1.0).powi(2));
                        sd_ellipse(u, v, 0.0, 0.0, 0.04, w.max(0.006))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let n = noise(u * 400.0, v * 120.0, seed);
                        mul(ball(tone, u / 0.04, v / 0.02, 0.2), 0.85 + 0.25 * n)
                    },
                );
            }
            1 => {
                let tone = mul(hex(0xB58A5A), tint);
                c.fill(
                    bb(px, py, 0.04, 0.04),
                    |x, y| sd_ellipse(x, y, px, py, 0.034, 0.03),
                    |x, y| {
                        let (dx, dy) = (x - px, y - py);
                        let n = noise(dx * 250.0, dy * 250.0, seed);
                        let seam = smoothstep(0.003, 0.0, dx.abs()) * 0.3;
                        mul(
                            ball(tone, dx / 0.034, dy / 0.03, 0.2),
                            0.75 + 0.4 * n - seam,
                        )
                    },
                );
            }
            2 => {
                let tone = mul(hex(0x9A7050), tint);
                c.fill(
                    bb(px, py, 0.045, 0.045),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang * 0.3);
                        sd_ellipse(u, v, 0.0, 0.0, 0.038, 0.03)
                            .min(sd_segment(u, v, (0.0, -0.03), (0.004, -0.04)) - 0.004)
                    },
                    |x, y| {
                        let n = noise(x * 200.0, y * 200.0, seed);
                        mul(
                            ball(tone, (x - px) / 0.038, (y - py) / 0.03, 0.2),
                            0.8 + 0.3 * n,
                        )
                    },
                );
            }
            _ => {
                let Pile::Dates(tone) = pile else { continue };
                let tone = mul(tone, tint);
                c.fill(
                    bb(px, py, 0.05, 0.05),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, 0.042, 0.022)
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let wrinkle = 0.9 + 0.12 * noise(u * 300.0, v * 80.0, seed);
                        mul(ball(tone, u / 0.042, v / 0.022, 1.0), wrinkle)
                    },
                );
            }
        }
    }
}

// --- Cosmetics -----------------------------------------------------------------------------------

fn soap(c: &mut Canvas, r: &mut Rng) {
    let tones = [0x8E9A5A, 0xE6D3B3, 0xD9A3A8, 0xB9A07A, 0xF1EBDD, 0x9C6B4E];
    let seed = r.seed();
    let bars = [(0.34, 0.58, -0.12), (0.6, 0.7, 0.06)];
    for (k, &(cx, cy, ang)) in bars.iter().enumerate() {
        let tone = hex(r.pick(&tones));
        let (hw, hh) = (0.2, 0.11);
        c.shadow(cx + 0.02, cy + 0.09, hw * 1.05, 0.04, 0.35);
        // Side, then top face.
        c.fill(
            bb(cx, cy + 0.03, 0.27, 0.2),
            |x, y| {
                let (u, v) = local(x, y, cx, cy + 0.04, ang);
                sd_box(u, v, 0.0, 0.0, hw, hh, 0.06)
            },
            |x, y| {
                let (u, _) = local(x, y, cx, cy, ang);
                lit(mul(tone, 0.72), u / hw * 0.5, 0.1)
            },
        );
        c.fill(
            bb(cx, cy, 0.27, 0.2),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_box(u, v, 0.0, 0.0, hw, hh, 0.06)
            },
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                let n = noise(x * 60.0, y * 60.0, seed + k as u32);
                let rim = smoothstep(-0.03, 0.0, sd_box(u, v, 0.0, 0.0, hw, hh, 0.06));
                mul(
                    ball(tone, u / hw * 0.5, v / hh * 0.5, 0.15),
                    (0.96 + 0.08 * n) * (1.0 - 0.12 * rim),
                )
            },
        );
        // Stamped oval.
        c.draw(
            bb(cx, cy, 0.2, 0.2),
            0.0,
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.0, hw * 0.55, hh * 0.55).abs() - 0.004
            },
            |_, _| with(mul(tone, 0.7), 0.7),
        );
        c.draw(
            bb(cx, cy, 0.2, 0.2),
            0.0,
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.0, hw * 0.25, hh * 0.22)
            },
            |_, _| with(mul(tone, 0.78), 0.5),
        );
    }
}

fn cream_jar(c: &mut Canvas, r: &mut Rng) {
    let cx = 0.47;
    let (y0, y1, hw) = (0.55, 0.78, 0.2);
    let body = hex(r.pick(&[0xF4EFE6, 0x2F3B4A, 0xE9D7C9, 0xDCE8E0]));
    let lid = hex(r.pick(&[0xB08D3C, 0xC9C9C9, 0x7A4A2A]));
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.2, 0.04, 0.35);
    let w = move |_: f32| hw;
    c.fill(
        bb(cx, 0.68, hw + 0.01, 0.2),
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, _| lit(body, (x - cx) / hw, 0.6),
    );
    let ink = if body[0] < 0.5 {
        hex(0xE9D8A6)
    } else {
        hex(r.pick(&INKS))
    };
    c.solid(
        bb(cx, 0.69, hw, 0.05),
        |x, y| sd_box(x, y, cx, 0.69, hw * 0.7, 0.002, 0.001),
        ink,
    );
    emblem_at(c, Emblem::Drop, cx, 0.735, 0.02, ink);
    let lw = move |_: f32| hw + 0.008;
    c.fill(
        bb(cx, y0 - 0.02, hw + 0.02, 0.08),
        |x, y| {
            sd_lathe(x, y, cx, y0 - 0.07, y0 + 0.02, k, &lw).min(sd_ellipse(
                x,
                y,
                cx,
                y0 - 0.07,
                hw + 0.008,
                (hw + 0.008) * k,
            ))
        },
        |x, y| {
            let t = (x - cx) / (hw + 0.008);
            if y < y0 - 0.07 + (hw * k) * (1.0 - t * t).max(0.0).sqrt() * 0.0
                && sd_ellipse(x, y, cx, y0 - 0.07, hw + 0.008, (hw + 0.008) * k) < 0.0
            {
                mul(lit(lid, t * 0.6, 0.4), 1.15)
            } else {
                lit(lid, t, 0.8)
            }
        },
    );
    c.fill(
        bb(cx, y0 - 0.07, hw + 0.01, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0 - 0.07, hw + 0.008, (hw + 0.008) * k),
        |x, y| mul(ball(lid, (x - cx) / (hw * 2.0), (y - y0) / 0.2, 0.3), 1.2),
    );
    // A dab of cream on a leaf beside the jar.
    let (px, py) = (0.78, 0.82);
    c.shadow(px + 0.01, py + 0.02, 0.07, 0.015, 0.3);
    c.fill(
        bb(px, py, 0.08, 0.04),
        |x, y| {
            let (u, v) = local(x, y, px, py, -0.15);
            sd_ellipse(u, v, 0.0, 0.0, 0.07, 0.022)
        },
        |x, y| ball(hex(0x6E8B4A), (x - px) / 0.07, (y - py) / 0.03, 0.3),
    );
    c.fill(
        bb(px, py - 0.015, 0.04, 0.04),
        |x, y| sd_ellipse(x, y, px, py - 0.012, 0.032, 0.02),
        |x, y| {
            ball(
                hex(0xFBF6EC),
                (x - px) / 0.032,
                (y - py + 0.012) / 0.02,
                0.6,
            )
        },
    );
}

// --- Rugs and textiles ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum RugStyle {
    Lattice,
    Azilal,
    Rag,
    Bands,
    Medallion,
}

fn rug(c: &mut Canvas, r: &mut Rng, style: RugStyle) {
    let (cx, cy, hw, hh) = (0.5, 0.47, 0.29, 0.37);
    let seed = r.seed();
    let palettes: &[[u32; 5]] = match style {
        RugStyle::Lattice => &[
            [0xF0E8D6, 0x2E2420, 0x2E2420, 0x6B5A4A, 0xF0E8D6],
            [0xF2ECDD, 0x3A3A3A, 0x1F1F1F, 0x8A7A66, 0xF2ECDD],
        ],
        RugStyle::Azilal => &[
            [0xF3EDE0, 0xD94F6A, 0xF2A03D, 0x3A6EA5, 0x2E2420],
            [0xF5EFE3, 0x8C4FB5, 0xE86A3A, 0x3FA37A, 0x2E2420],
        ],
        RugStyle::Rag => &[
            [0xE0456B, 0xF2B33D, 0x3FA3C4, 0x7A4FB5, 0xF2EDE4],
            [0xE86A3A, 0x2E8A7A, 0xF2D04D, 0xC23B5A, 0x2A2A5A],
        ],
        RugStyle::Bands => &[
            [0xA8231E, 0x1E1A1A, 0xF0E6D2, 0xE8A13A, 0x2E4A7A],
            [0x8A2A3A, 0xF0E6D2, 0x2A2020, 0xC9782A, 0x3A6B4A],
        ],
        RugStyle::Medallion => &[
            [0xB3261E, 0xE88A2A, 0x2A1E1A, 0xF0E2C8, 0x3A5A8A],
            [0x7A1E2A, 0xD9A03A, 0x1E2A3A, 0xF2E6CE, 0x2E6B5A],
        ],
    };
    let pal: Vec<Rgb> = r.pick(palettes).iter().map(|&v| hex(v)).collect();
    let wool = pal[0];
    // Shadow and fringes.
    c.draw(
        bb(cx + 0.015, cy + 0.02, hw + 0.05, hh + 0.06),
        0.02,
        |x, y| sd_box(x, y, cx + 0.015, cy + 0.02, hw, hh + 0.02, 0.01),
        |_, _| [0.2, 0.14, 0.1, 0.35],
    );
    let fringe = mix(hex(0xF2EADA), wool, 0.2);
    for end in [-1.0f32, 1.0] {
        let y_edge = cy + end * hh;
        c.fill(
            bb(cx, y_edge + end * 0.03, hw, 0.035),
            |x, y| {
                let strand = (fract((x - cx) * 90.0) - 0.5).abs() / 90.0 - 0.0035;
                let wave = 0.004 * ((x - cx) * 37.0).sin();
                strand.max((x - cx).abs() - hw + 0.01).max(if end > 0.0 {
                    y - y_edge - 0.045 - wave
                } else {
                    y_edge - 0.045 - y + wave
                })
            },
            |_, y| mul(fringe, 0.9 + 0.1 * ((y - y_edge) * end / 0.045)),
        );
    }
    c.fill(
        bb(cx, cy, hw + 0.01, hh + 0.01),
        |x, y| {
            let wobble = 0.004 * (y * 23.0).sin() + 0.003 * (x * 31.0).sin();
            sd_box(x, y, cx, cy, hw + wobble, hh, 0.004)
        },
        |x, y| {
            let (lx, ly) = (x - cx, y - cy);
            let pile = 0.9
                + 0.14 * noise(x * 260.0, y * 260.0, seed)
                + 0.06 * noise(x * 30.0, y * 30.0, seed + 1);
            let edge = (hw - lx.abs()).min(hh - ly.abs());
            let base = match style {
                RugStyle::Lattice => {
                    let wob = 0.25 * noise(x * 12.0, y * 12.0, seed + 2);
                    let s1 = lx / 0.1 + ly / 0.13 + wob;
                    let s2 = lx / 0.1 - ly / 0.13 + wob;
                    let d = (fract(s1) - 0.5).abs().min((fract(s2) - 0.5).abs());
                    let line = smoothstep(0.06, 0.035, (0.5 - d).abs().min(d));
                    let line = line.max(smoothstep(
                        0.06,
                        0.035,
                        (0.5 - (fract(s1) - 0.5).abs()).min(0.5 - (fract(s2) - 0.5).abs()),
                    ));
                    let dot = smoothstep(0.09, 0.06, len(fract(s1) - 0.5, fract(s2) - 0.5));
                    mix(wool, pal[1], line.max(dot) * 0.95)
                }
                RugStyle::Azilal => {
                    let s1 = lx / 0.09 + ly / 0.12;
                    let s2 = lx / 0.09 - ly / 0.12;
                    let (i, j) = (s1.floor() as i32, s2.floor() as i32);
                    let h = hash2(i, j, seed);
                    let inner = (fract(s1) - 0.5).abs().max((fract(s2) - 0.5).abs());
                    let outline = smoothstep(0.05, 0.02, (inner - 0.42).abs());
                    let fill = if h < 0.45 {
                        smoothstep(0.32, 0.28, inner)
                    } else {
                        0.0
                    };
                    let tone = pal[1 + (hash2(i, j, seed + 9) * 3.0) as usize % 3];
                    let base = mix(wool, tone, fill);
                    mix(base, pal[4], outline * 0.9)
                }
                RugStyle::Rag => {
                    let band =
                        ((ly + hh) / 0.035 + 0.8 * noise(x * 8.0, y * 8.0, seed)).floor() as i32;
                    let tone = pal[(hash2(band, 0, seed) * 5.0) as usize % 5];
                    let knot = noise(x * 180.0, y * 180.0, seed + band as u32);
                    mul(tone, 0.82 + 0.3 * knot)
                }
                RugStyle::Bands => {
                    let b = ((ly + hh) / 0.05).floor() as i32;
                    let tone = pal[b.rem_euclid(5) as usize];
                    let v = fract((ly + hh) / 0.05);
                    let dia = (fract(lx / 0.05) - 0.5).abs() * 2.0 + (v - 0.5).abs() * 2.0;
                    if b.rem_euclid(3) == 1 && dia < 0.7 {
                        pal[(b + 2).rem_euclid(5) as usize]
                    } else {
                        tone
                    }
                }
                RugStyle::Medallion => {
                    let dd = lx.abs() / 0.18 + (fract(ly / 0.26 + 0.5) - 0.5).abs() * 2.0;
                    let ring = (dd * 5.0).floor() as i32;
                    let inside = dd < 1.0;
                    if inside {
                        pal[[3, 2, 1, 4, 2][ring.clamp(0, 4) as usize]]
                    } else {
                        let small = (fract(lx / 0.06) - 0.5).abs() + (fract(ly / 0.06) - 0.5).abs();
                        if small < 0.12 { pal[1] } else { wool }
                    }
                }
            };
            let border = if style == RugStyle::Lattice || style == RugStyle::Rag {
                base
            } else if edge < 0.018 {
                pal[2]
            } else if edge < 0.042 {
                let tri = (fract((lx + ly) / 0.03) - 0.5).abs() * 2.0;
                if (edge - 0.018) / 0.024 < tri {
                    pal[3]
                } else {
                    pal[1]
                }
            } else if edge < 0.048 {
                pal[2]
            } else {
                base
            };
            let fold = 1.0 - 0.06 * smoothstep(0.0, 0.01, -(ly - hh * 0.55).abs() + 0.01);
            mul(border, pile * fold)
        },
    );
}

fn blankets(c: &mut Canvas, r: &mut Rng, sequins: bool) {
    let seed = r.seed();
    let stack = [(0.5, 0.74, 0.33), (0.49, 0.6, 0.31), (0.51, 0.46, 0.3)];
    let palettes = [
        [0xF2EBDD, 0xB3261E, 0x2A2A2A],
        [0xE8D9BE, 0x2E4A7A, 0xC9782A],
        [0xF4EFE5, 0x5E7A3A, 0xD94F6A],
        [0x7A1E2A, 0xE8C54A, 0xF2EBDD],
        [0x2E4A5A, 0xE0B27A, 0xF2EBDD],
    ];
    c.shadow(0.52, 0.81, 0.34, 0.03, 0.4);
    for (cx, cy, hw) in stack {
        let pal: Vec<Rgb> = r.pick(&palettes).iter().map(|&v| hex(v)).collect();
        let hh = 0.066;
        let stripe_w = r.range(0.012, 0.025);
        c.fill(
            bb(cx, cy, hw + 0.01, hh + 0.01),
            |x, y| sd_box(x, y, cx, cy, hw, hh, 0.035),
            |x, y| {
                let (lx, ly) = (x - cx, y - cy);
                let k = (lx / stripe_w).floor() as i32;
                let tone = match k.rem_euclid(7) {
                    0 => pal[1],
                    3 => pal[2],
                    _ => pal[0],
                };
                let weave = 0.93 + 0.1 * noise(x * 300.0, y * 120.0, seed);
                let bulge = ball(tone, lx / (hw * 3.0), ly / hh * 0.85, 0.05);
                let mut out = mul(bulge, weave);
                if sequins {
                    let (s, _) = speck(x, y, 60.0, 0.2, seed);
                    out = mix(out, [0.95, 0.95, 0.98], s);
                }
                out
            },
        );
    }
}

fn cushion(c: &mut Canvas, r: &mut Rng) {
    let (cx, cy, hw, hh) = (0.5, 0.52, 0.28, 0.25);
    let cloth = hex(r.pick(&[0xF2ECDF, 0x1E3A5F, 0x7A1E2A, 0x2F5B3A, 0xE9DCC4]));
    let threads: Vec<Rgb> = [
        r.pick(&[0xB3261E, 0x1F4E79, 0xE8A13A, 0x2F6B3A]),
        r.pick(&[0x2A2A2A, 0xD94F6A, 0xE8C54A, 0x6A2446]),
    ]
    .iter()
    .map(|&v| hex(v))
    .collect();
    let seed = r.seed();
    c.shadow(cx + 0.02, cy + hh + 0.01, hw * 1.05, 0.04, 0.4);
    let pillow = move |x: f32, y: f32| {
        let (lx, ly) = ((x - cx) / hw, (y - cy) / hh);
        let pinch = 0.03 * (1.0 - lx * lx) * (ly.abs() - 0.0).min(1.0);
        let pinch_x = 0.03 * (1.0 - ly * ly);
        sd_box(
            x,
            y,
            cx,
            cy,
            hw - pinch * 0.0 - pinch_x * lx.abs().powi(8),
            hh - pinch * ly.abs().powi(8),
            0.07,
        )
    };
    c.fill(bb(cx, cy, hw + 0.02, hh + 0.02), pillow, |x, y| {
        let (lx, ly) = ((x - cx) / hw, (y - cy) / hh);
        let n = 0.95 + 0.08 * noise(x * 400.0, y * 400.0, seed);
        mul(ball(cloth, lx * 0.6, ly * 0.6, 0.05), n)
    });
    // Embroidered eight-pointed star and border.
    let star = move |x: f32, y: f32, s: f32| {
        let a = sd_box(x, y, cx, cy, s, s, 0.004);
        let (u, v) = local(x, y, cx, cy, std::f32::consts::FRAC_PI_4);
        a.min(sd_box(u, v, 0.0, 0.0, s, s, 0.004))
    };
    let stitch = move |x: f32, y: f32| 0.9 + 0.15 * (((x + y) * 900.0).sin() * 0.5 + 0.5);
    c.fill(
        bb(cx, cy, 0.16, 0.16),
        |x, y| star(x, y, 0.1).abs() - 0.007,
        |x, y| mul(threads[0], stitch(x, y)),
    );
    c.fill(
        bb(cx, cy, 0.1, 0.1),
        |x, y| star(x, y, 0.055),
        |x, y| mul(threads[1], stitch(x, y)),
    );
    c.fill(
        bb(cx, cy, 0.05, 0.05),
        |x, y| star(x, y, 0.022),
        |x, y| mul(threads[0], stitch(x, y)),
    );
    for k in 0..8 {
        let a = k as f32 * std::f32::consts::FRAC_PI_4;
        let (px, py) = (cx + 0.16 * a.cos(), cy + 0.16 * a.sin());
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| {
                let (u, v) = local(x, y, px, py, std::f32::consts::FRAC_PI_4);
                sd_box(u, v, 0.0, 0.0, 0.012, 0.012, 0.002)
            },
            |x, y| mul(threads[1], stitch(x, y)),
        );
    }
    c.fill(
        bb(cx, cy, hw, hh),
        |x, y| {
            let inset = sd_box(x, y, cx, cy, hw - 0.035, hh - 0.035, 0.04).abs() - 0.005;
            let (lx, ly) = (x - cx, y - cy);
            let along = if (hw - 0.035 - lx.abs()).abs() < 0.01 {
                ly
            } else {
                lx
            };
            inset.max((fract(along / 0.03) - 0.5).abs() * 0.03 - 0.009)
        },
        |x, y| mul(threads[0], stitch(x, y)),
    );
}

// --- Pottery -------------------------------------------------------------------------------------

fn tagine(c: &mut Canvas, r: &mut Rng, painted: bool) {
    let cx = 0.5;
    let clay = hex(r.pick(&[0xB5562E, 0xA84A28, 0xC0643A]));
    let (glaze, paint1, paint2) = r.pick(&[
        (hex(0x1F4E79), hex(0xF1E6CF), hex(0xE8A13A)),
        (hex(0x2F6B4A), hex(0xF1E6CF), hex(0x8A2A2A)),
        (hex(0xF1E6CF), hex(0x1F4E79), hex(0x2F8A7A)),
        (hex(0x8A2A2A), hex(0xE8C54A), hex(0x1E2A3A)),
    ]);
    let body = if painted { glaze } else { clay };
    let seed = r.seed();
    let (rim_y, base_y, rim_w) = (0.7, 0.8, 0.36);
    c.shadow(cx + 0.03, base_y + 0.01, rim_w * 0.9, 0.04, 0.4);
    // Dish.
    let dish = move |y: f32| {
        rim_w - (rim_w - 0.25) * ((y - rim_y) / (base_y - rim_y)).clamp(0.0, 1.0).powf(0.7)
    };
    c.fill(
        bb(cx, 0.76, rim_w + 0.01, 0.08),
        |x, y| sd_lathe(x, y, cx, rim_y, base_y, 0.16, &dish),
        |x, y| {
            let t = (x - cx) / dish(y);
            let band = if painted && (y - 0.745).abs() < 0.008 {
                paint1
            } else {
                body
            };
            lit(band, t, 0.4)
        },
    );
    c.fill(
        bb(cx, rim_y, rim_w + 0.01, 0.07),
        |x, y| sd_ellipse(x, y, cx, rim_y, rim_w, rim_w * 0.16),
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.1), (x - cx) / rim_w, 0.4),
    );
    // Conical lid.
    let (top_y, lid_w) = (0.26, 0.28);
    let lid = move |y: f32| {
        0.028 + (lid_w - 0.028) * ((y - top_y) / (rim_y - top_y)).clamp(0.0, 1.0).powf(1.7)
    };
    c.fill(
        bb(cx, 0.5, lid_w + 0.01, 0.26),
        |x, y| sd_lathe(x, y, cx, top_y, rim_y, 0.16, &lid),
        |x, y| {
            let t = (x - cx) / lid(y);
            let h = (y - top_y) / (rim_y - top_y);
            let n = 0.95 + 0.08 * noise(x * 150.0, y * 150.0, seed);
            let mut tone = body;
            if painted {
                let angle = t.clamp(-1.0, 1.0).asin();
                if (h - 0.55).abs() < 0.09 {
                    let zig = (fract(angle * 3.0) - 0.5).abs() * 2.0;
                    let local_h = (h - 0.46) / 0.18;
                    tone = if (local_h - zig).abs() < 0.18 {
                        paint1
                    } else if local_h < zig {
                        paint2
                    } else {
                        body
                    };
                } else if (h - 0.8).abs() < 0.015 || (h - 0.3).abs() < 0.012 {
                    tone = paint1;
                } else if (h - 0.88).abs() < 0.03 && fract(angle * 4.0) < 0.4 {
                    tone = paint2;
                }
            } else if (h - 0.82).abs() < 0.008 {
                tone = mul(body, 0.8);
            }
            mul(lit(tone, t, if painted { 0.7 } else { 0.2 }), n)
        },
    );
    // Knob.
    c.fill(
        bb(cx, top_y - 0.02, 0.05, 0.05),
        |x, y| sd_circle(x, y, cx, top_y - 0.025, 0.032),
        |x, y| {
            ball(
                body,
                (x - cx) / 0.032,
                (y - top_y + 0.025) / 0.032,
                if painted { 0.8 } else { 0.2 },
            )
        },
    );
}

fn plate(c: &mut Canvas, r: &mut Rng, green: bool) {
    let (cx, cy, rad) = (0.5, 0.47, 0.33);
    let (ground, ink, accent) = if green {
        (hex(0x2E6B3A), hex(0x1E4A28), hex(0x6FA060))
    } else {
        r.pick(&[
            (hex(0xF4F0E6), hex(0x1F4E9C), hex(0x4F7FC4)),
            (hex(0xF4EEDF), hex(0x2F6B4A), hex(0xE8A13A)),
            (hex(0xF6F1E4), hex(0x8A2A2A), hex(0x1F4E79)),
        ])
    };
    let seed = r.seed();
    let petals = r.pick(&[6.0f32, 8.0, 12.0]);
    // A plate on a stand, seen from the front.
    c.draw(
        bb(cx + 0.02, cy + 0.03, rad + 0.05, rad + 0.05),
        0.02,
        |x, y| sd_circle(x, y, cx + 0.02, cy + 0.03, rad),
        |_, _| [0.2, 0.14, 0.1, 0.35],
    );
    c.fill(
        bb(cx, 0.8, 0.2, 0.03),
        |x, y| sd_box(x, y, cx, 0.8, 0.12, 0.012, 0.006),
        |_, _| hex(0x6B4423),
    );
    c.fill(
        bb(cx, cy, rad + 0.01, rad + 0.01),
        |x, y| sd_circle(x, y, cx, cy, rad),
        |x, y| {
            let (dx, dy) = (x - cx, y - cy);
            let rr = len(dx, dy) / rad;
            let ang = dy.atan2(dx);
            let sector = fract(ang * petals / std::f32::consts::TAU);
            let tone = if green {
                let n = noise(x * 25.0, y * 25.0, seed);
                let ring = if (rr - 0.72).abs() < 0.02 { 0.75 } else { 1.0 };
                mul(mix(ink, accent, n), ring)
            } else if rr > 0.94 {
                ink
            } else if rr > 0.9 {
                ground
            } else if rr > 0.78 {
                let wave = (sector - 0.5).abs() * 2.0;
                if (rr - 0.78) / 0.12 < 1.0 - wave {
                    accent
                } else {
                    ground
                }
            } else if rr > 0.74 {
                ink
            } else if rr > 0.35 {
                let w = 0.5 * (1.0 - ((rr - 0.35) / 0.39 - 0.5).abs() * 2.0);
                if (sector - 0.5).abs() < w * 0.8 {
                    ink
                } else if (sector - 0.5).abs() > 0.47 {
                    accent
                } else {
                    ground
                }
            } else if rr > 0.31 {
                ink
            } else {
                let star = (fract(ang * 8.0 / std::f32::consts::TAU) - 0.5).abs() * 2.0;
                if rr < 0.12 + 0.15 * (1.0 - star) {
                    accent
                } else {
                    ground
                }
            };
            let crackle = 0.97 + 0.05 * noise(x * 90.0, y * 90.0, seed + 1);
            let (nx, ny) = (dx / rad, dy / rad);
            let dish = if (rr - 0.74).abs() < 0.03 { 0.92 } else { 1.0 };
            mul(ball(tone, nx * 0.35, ny * 0.35, 0.5), crackle * dish)
        },
    );
}

fn glazed_bowl(c: &mut Canvas, r: &mut Rng, green: bool) {
    let cx = 0.5;
    let tone = if green {
        hex(0x2E6B3A)
    } else {
        hex(r.pick(&[0x1F4E9C, 0x2F8A7A, 0xB5562E, 0xE9DFCB]))
    };
    let ink = if green {
        hex(0x173A20)
    } else {
        hex(r.pick(&[0xF1E6CF, 0x1F4E79, 0xE8A13A]))
    };
    let seed = r.seed();
    let (y0, y1, rw) = (0.44, 0.78, 0.34);
    c.shadow(cx + 0.03, y1 + 0.01, 0.2, 0.035, 0.4);
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        0.13 + (rw - 0.13) * (1.0 - t * t).sqrt()
    };
    c.fill(
        bb(cx, 0.62, rw + 0.01, 0.2),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.12, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let n = noise(x * 30.0, y * 60.0, seed);
            let h = (y - y0) / (y1 - y0);
            let base = if green {
                mix(tone, ink, smoothstep(0.45, 0.8, n + 0.3 * h))
            } else if (h - 0.25).abs() < 0.035 || (h - 0.4).abs() < 0.01 {
                ink
            } else {
                tone
            };
            lit(base, t, 0.9)
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.2),
        |x, _| lit(mix(tone, [1.0, 1.0, 1.0], 0.15), (x - cx) / rw, 0.5),
    );
    c.fill(
        bb(cx, y0, rw, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0 + 0.004, rw - 0.016, rw * 0.2 - 0.012),
        |x, y| {
            let n = noise(x * 30.0, y * 30.0, seed + 3);
            mul(
                mix(tone, ink, if green { n } else { 0.0 }),
                0.55 + 0.35 * ((y - y0) / 0.06 + 0.5).clamp(0.0, 1.0),
            )
        },
    );
}

fn jug(c: &mut Canvas, r: &mut Rng, tanjia: bool) {
    let cx = 0.47;
    let (y0, y1) = (0.22, 0.8);
    let slip = hex(r.pick(&[0xE9D9BC, 0xD9B48A, 0xB5562E]));
    let ink = hex(r.pick(&[0x5A2A1A, 0x2A1E1A, 0x8A2A1A]));
    let seed = r.seed();
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        if tanjia {
            0.06 + 0.12 * (t * 1.1).min(1.0).powf(0.8) + 0.03 * (std::f32::consts::PI * t).sin()
        } else {
            let neck = 0.06 + 0.02 * (1.0 - t * 5.0).max(0.0);
            neck + 0.15
                * (std::f32::consts::PI * (t - 0.08).max(0.0) / 0.98)
                    .sin()
                    .powf(0.8)
        }
    };
    c.shadow(cx + 0.03, y1 + 0.01, 0.17, 0.035, 0.4);
    // Handle(s).
    for side in if tanjia {
        vec![-1.0f32, 1.0]
    } else {
        vec![1.0]
    } {
        let (hx, hy) = (cx + side * 0.16, 0.38);
        c.fill(
            bb(hx, hy, 0.1, 0.12),
            |x, y| {
                let ring = sd_ellipse(x, y, hx, hy, 0.08, 0.1).abs() - 0.014;
                ring.max(-(x - cx) * side + 0.1)
            },
            |x, y| lit(mul(slip, 0.9), (y - hy) / 0.1 + (x - hx) * side * 3.0, 0.2),
        );
    }
    c.fill(
        bb(cx, 0.51, 0.24, 0.31),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.15, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let h = (y - y0) / (y1 - y0);
            let angle = t.clamp(-1.0, 1.0).asin();
            let n = 0.95 + 0.08 * noise(x * 120.0, y * 120.0, seed);
            let tri = (fract(angle * 2.2) - 0.5).abs() * 2.0;
            let lines =
                (h - 0.35).abs() < 0.012 || (h - 0.5).abs() < 0.012 || (h - 0.12).abs() < 0.008;
            let zigzag = h > 0.36 && h < 0.49 && ((h - 0.36) / 0.13 - tri).abs() < 0.1;
            let strokes = h > 0.55 && h < 0.75 && (fract(angle * 3.0) - 0.5).abs() < 0.05;
            let tone = if lines || zigzag || strokes {
                ink
            } else {
                slip
            };
            mul(lit(tone, t, 0.25), n)
        },
    );
    c.solid(
        bb(cx, y0, 0.08, 0.03),
        |x, y| sd_ellipse(x, y, cx, y0, w(y0) - 0.008, 0.012),
        mul(slip, 0.35),
    );
}

// --- Leather -------------------------------------------------------------------------------------

fn leather_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[
        0x8A4A22, 0x6B3A1E, 0xA8642A, 0x4A2A1A, 0xB3261E, 0xC9A040, 0x2F4A5A,
    ]))
}

fn bag(c: &mut Canvas, r: &mut Rng) {
    let tone = leather_tone(r);
    let thread = hex(0xF0DDB0);
    let seed = r.seed();
    let (cx, cy, hw, hh) = (0.5, 0.62, 0.27, 0.18);
    c.shadow(cx + 0.03, cy + hh + 0.01, hw * 1.05, 0.035, 0.4);
    // Handle.
    c.fill(
        bb(cx, 0.36, 0.22, 0.14),
        |x, y| {
            (sd_ellipse(x, y, cx, cy - hh + 0.01, 0.17, 0.2).abs() - 0.016)
                .max(y - (cy - hh + 0.02))
        },
        |x, y| lit(mul(tone, 0.85), (x - cx) / 0.17 + (y - 0.3) * 2.0, 0.4),
    );
    let body = move |x: f32, y: f32| {
        let taper = 0.03 * ((cy + hh - y) / (2.0 * hh)).clamp(0.0, 1.0);
        sd_box(x, y, cx, cy, hw - taper, hh, 0.045)
    };
    let grain = move |x: f32, y: f32| 0.94 + 0.1 * noise(x * 220.0, y * 220.0, seed);
    c.fill(bb(cx, cy, hw + 0.01, hh + 0.01), body, |x, y| {
        mul(
            ball(tone, (x - cx) / hw * 0.5, (y - cy) / hh * 0.4, 0.2),
            grain(x, y),
        )
    });
    // Flap with a rounded point and a button.
    let flap = move |x: f32, y: f32| {
        let top = sd_box(x, y, cx, cy - hh * 0.55, hw - 0.028, hh * 0.45, 0.04);
        let tip = sd_ellipse(x, y, cx, cy - hh * 0.1, hw - 0.03, hh * 0.55)
            .max(y - (cy + hh * 0.45))
            .max(cy - hh * 0.1 - y);
        top.min(tip)
    };
    c.draw(
        bb(cx, cy + 0.02, hw, hh),
        0.012,
        |x, y| flap(x, y - 0.012),
        |_, _| [0.1, 0.05, 0.02, 0.35],
    );
    c.fill(bb(cx, cy, hw, hh + 0.01), flap, |x, y| {
        mul(
            ball(
                mul(tone, 1.08),
                (x - cx) / hw * 0.5,
                (y - cy) / hh * 0.4 - 0.2,
                0.3,
            ),
            grain(x, y),
        )
    });
    let dash = move |x: f32, y: f32| (fract((x + y) * 70.0) - 0.5).abs() / 70.0 - 0.0045;
    c.solid(
        bb(cx, cy, hw, hh + 0.01),
        |x, y| (flap(x, y) + 0.014).abs().max(dash(x, y)) - 0.0022,
        thread,
    );
    c.solid(
        bb(cx, cy, hw, hh),
        |x, y| {
            (body(x, y) + 0.014)
                .abs()
                .max(dash(x, y))
                .max(-(flap(x, y) - 0.006))
                - 0.0022
        },
        thread,
    );
    let (bx, by) = (cx, cy + hh * 0.3);
    c.fill(
        bb(bx, by, 0.03, 0.03),
        |x, y| sd_circle(x, y, bx, by, 0.02),
        |x, y| ball(hex(0xC9A040), (x - bx) / 0.02, (y - by) / 0.02, 1.0),
    );
}

fn slippers(c: &mut Canvas, r: &mut Rng) {
    let tone = hex(r.pick(&[0xE8B820, 0xB3261E, 0xF2EBDD, 0x2F4A5A, 0x8A4A22, 0x6A2446]));
    let thread = hex(r.pick(&[0xE8C54A, 0xF2EBDD, 0x2A2A2A]));
    let seed = r.seed();
    for (cx, ang) in [(0.37, -0.12f32), (0.63, 0.1)] {
        let cy = 0.55;
        let shape = move |x: f32, y: f32| {
            let (u, v) = local(x, y, cx, cy, ang);
            // A lens pointed at the toe (top), rounded at the heel.
            let lens = sd_circle(u, v, -0.2, 0.0, 0.3).max(sd_circle(u, v, 0.2, 0.0, 0.3));
            let heel = sd_ellipse(u, v, 0.0, 0.08, 0.1, 0.18);
            lens.max(v - 0.26).min(heel)
        };
        c.draw(
            bb(cx + 0.02, cy + 0.03, 0.15, 0.3),
            0.02,
            |x, y| shape(x - 0.015, y - 0.02),
            |_, _| [0.2, 0.12, 0.08, 0.35],
        );
        c.fill(bb(cx, cy, 0.15, 0.3), shape, |x, y| {
            let (u, v) = local(x, y, cx, cy, ang);
            let n = 0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed);
            mul(ball(tone, u / 0.12 * 0.7, (v + 0.05) / 0.3 * 0.5, 0.3), n)
        });
        // The opening for the foot.
        c.fill(
            bb(cx, cy, 0.15, 0.3),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.12, 0.072, 0.13)
            },
            |x, y| {
                let (_, v) = local(x, y, cx, cy, ang);
                mix(
                    hex(0xE8D2A8),
                    hex(0xC9A97A),
                    ((v - 0.0) / 0.25).clamp(0.0, 1.0),
                )
            },
        );
        // Embroidery on the toe.
        c.solid(
            bb(cx, cy, 0.15, 0.3),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                let vine = (u - 0.012 * (v * 80.0).sin()).abs() - 0.003;
                vine.max(v + 0.2)
                    .max(-v - 0.01 - 0.2)
                    .max(-(v + 0.21))
                    .max(v + 0.015)
                    .min(sd_circle(u, v, 0.0, -0.07, 0.015).abs() - 0.003)
            },
            thread,
        );
    }
}

fn pouf(c: &mut Canvas, r: &mut Rng) {
    let tone = leather_tone(r);
    let thread = hex(r.pick(&[0xF0DDB0, 0xE8C54A, 0x2A2A2A]));
    let seed = r.seed();
    let (cx, y0, y1, rw) = (0.5, 0.48, 0.76, 0.32);
    c.shadow(cx + 0.03, y1 + 0.02, rw * 1.05, 0.045, 0.4);
    let w = move |y: f32| {
        rw + 0.02 * (std::f32::consts::PI * ((y - y0) / (y1 - y0)).clamp(0.0, 1.0)).sin()
    };
    c.fill(
        bb(cx, 0.62, rw + 0.03, 0.22),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.25, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let angle = t.clamp(-1.0, 1.0).asin();
            let h = (y - y0) / (y1 - y0);
            let dia = (fract(angle * 2.5) - 0.5).abs() * 2.0 + (h - 0.5).abs() * 2.0;
            let stitch = (dia - 0.7).abs() < 0.06 || (dia - 0.4).abs() < 0.04;
            let base = if stitch { thread } else { tone };
            mul(
                lit(base, t, 0.3),
                0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.1),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.25),
        |x, y| {
            let (dx, dy) = ((x - cx) / rw, (y - y0) / (rw * 0.25));
            let rr = len(dx, dy);
            let ang = dy.atan2(dx);
            let petal = (fract(ang * 8.0 / std::f32::consts::TAU) - 0.5).abs() * 2.0;
            let stitch =
                (rr - 0.75).abs() < 0.025 || (rr < 0.6 && (rr - 0.55 * petal).abs() < 0.04);
            let base = if stitch { thread } else { mul(tone, 1.1) };
            mul(
                ball(base, dx * 0.3, dy * 0.3, 0.2),
                0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
}

// --- Wood ----------------------------------------------------------------------------------------

fn wood_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[0xC08A55, 0xA8743F, 0x8A5A2B, 0xD2A36B, 0x9C6B3E]))
}

/// Wood grain along the u axis.
fn grain(tone: Rgb, u: f32, v: f32, seed: u32) -> Rgb {
    let ring = (v * 160.0 + 6.0 * noise(u * 8.0, v * 8.0, seed)).sin();
    mul(
        tone,
        0.9 + 0.08 * ring + 0.06 * noise(u * 40.0, v * 200.0, seed + 1),
    )
}

fn spoons(c: &mut Canvas, r: &mut Rng) {
    let seed = r.seed();
    for k in 0..3 {
        let tone = wood_tone(r);
        let (px, py) = (
            0.5 + (k as f32 - 1.0) * 0.1,
            0.55 + (k as f32 - 1.0).abs() * 0.02,
        );
        let ang = -1.2 + k as f32 * 0.08 + r.range(-0.05, 0.05);
        let shape = move |x: f32, y: f32| {
            let (u, v) = local(x, y, px, py, ang);
            let bowl = sd_ellipse(u, v, -0.2, 0.0, 0.075, 0.05);
            let handle = sd_segment(u, v, (-0.13, 0.0), (0.26, 0.0))
                - 0.011
                - 0.006 * ((u - 0.26) / 0.4).abs().min(1.0) * 0.0;
            let knob = sd_ellipse(u, v, 0.26, 0.0, 0.03, 0.017);
            bowl.min(handle).min(knob)
        };
        c.draw(
            [0.1, 0.1, 0.95, 0.95],
            0.012,
            |x, y| shape(x - 0.015, y - 0.02),
            |_, _| [0.2, 0.12, 0.08, 0.3],
        );
        c.fill([0.1, 0.1, 0.95, 0.95], shape, |x, y| {
            let (u, v) = local(x, y, px, py, ang);
            let g = grain(tone, u, v + k as f32, seed);
            let inner = sd_ellipse(u, v, -0.205, 0.0, 0.06, 0.037);
            if inner < 0.0 {
                mul(ball(g, -(u + 0.205) / 0.06, -v / 0.037, 0.2), 0.85)
            } else {
                ball(g, 0.0, v / 0.05, 0.2)
            }
        });
    }
}

fn board(c: &mut Canvas, r: &mut Rng) {
    let tone = wood_tone(r);
    let seed = r.seed();
    let (cx, cy, ang) = (0.5, 0.55, r.range(-0.15, 0.05));
    let shape = move |x: f32, y: f32| {
        let (u, v) = local(x, y, cx, cy, ang);
        let slab = sd_box(u, v, -0.04, 0.0, 0.26, 0.17, 0.05);
        let handle = sd_box(u, v, 0.28, 0.0, 0.08, 0.045, 0.04);
        slab.min(handle).max(-sd_circle(u, v, 0.31, 0.0, 0.017))
    };
    c.draw(
        [0.0, 0.2, 1.0, 0.95],
        0.015,
        |x, y| shape(x - 0.02, y - 0.03),
        |_, _| [0.2, 0.12, 0.08, 0.35],
    );
    c.fill(
        [0.0, 0.2, 1.0, 0.95],
        |x, y| shape(x, y - 0.018),
        |x, y| {
            let (u, v) = local(x, y, cx, cy, ang);
            mul(grain(tone, u, v, seed), 0.7)
        },
    );
    c.fill([0.0, 0.2, 1.0, 0.95], shape, |x, y| {
        let (u, v) = local(x, y, cx, cy, ang);
        let edge = smoothstep(-0.012, 0.0, shape(x, y));
        mul(grain(tone, u, v, seed), 1.0 - 0.12 * edge)
    });
    // A small olive-wood spoon on the board.
    let (sx, sy) = (0.38, 0.5);
    c.fill(
        bb(sx, sy, 0.2, 0.1),
        |x, y| {
            let (u, v) = local(x, y, sx, sy, 0.15);
            sd_ellipse(u, v, -0.1, 0.0, 0.05, 0.033)
                .min(sd_segment(u, v, (-0.05, 0.0), (0.16, 0.0)) - 0.008)
        },
        |x, y| {
            let (u, v) = local(x, y, sx, sy, 0.15);
            ball(grain(mul(tone, 0.8), u, v + 2.0, seed), 0.0, v / 0.04, 0.2)
        },
    );
}

fn wood_box(c: &mut Canvas, r: &mut Rng, painted: bool) {
    let tone = if painted {
        hex(r.pick(&[0x1E3A5F, 0x7A1E2A, 0x2F5B3A]))
    } else {
        hex(0x8A4A22)
    };
    let seed = r.seed();
    let (cx, cy, hw, hh) = (0.5, 0.62, 0.27, 0.12);
    c.shadow(cx + 0.03, cy + hh + 0.01, hw * 1.05, 0.035, 0.4);
    // Front face.
    c.fill(
        bb(cx, cy, hw + 0.01, hh + 0.01),
        |x, y| sd_box(x, y, cx, cy, hw, hh, 0.01),
        |x, y| {
            let burl = noise(x * 50.0, y * 50.0, seed);
            let base = if painted {
                tone
            } else {
                mix(tone, hex(0x4A2412), smoothstep(0.55, 0.8, burl))
            };
            mul(grain(base, x, y, seed), 0.85)
        },
    );
    // Lid, seen from above.
    let lid = move |x: f32, y: f32| {
        sd_polygon(
            x,
            y,
            &[
                (cx - hw, cy - hh + 0.02),
                (cx + hw, cy - hh + 0.02),
                (cx + hw - 0.05, cy - hh - 0.14),
                (cx - hw + 0.05, cy - hh - 0.14),
            ],
        ) - 0.006
    };
    c.fill(bb(cx, cy - hh - 0.06, hw + 0.01, 0.1), lid, |x, y| {
        let burl = noise(x * 50.0, y * 70.0, seed + 2);
        let base = if painted {
            mul(tone, 1.1)
        } else {
            mix(tone, hex(0x4A2412), smoothstep(0.5, 0.8, burl))
        };
        grain(base, x, y, seed)
    });
    // Inlay or painted flowers.
    let (ix, iy) = (cx, cy - hh - 0.06);
    if painted {
        for k in 0..5 {
            let a = k as f32 * 1.2566;
            let (px, py) = (ix + 0.05 * a.cos(), iy + 0.025 * a.sin());
            c.solid(
                bb(px, py, 0.03, 0.03),
                |x, y| sd_ellipse(x, y, px, py, 0.022, 0.012),
                hex(0xE8A13A),
            );
        }
        c.solid(
            bb(ix, iy, 0.02, 0.02),
            |x, y| sd_ellipse(x, y, ix, iy, 0.016, 0.009),
            hex(0xF2EBDD),
        );
        c.solid(
            bb(cx, cy, hw, hh),
            |x, y| (sd_box(x, y, cx, cy, hw - 0.03, hh - 0.03, 0.01)).abs() - 0.004,
            hex(0xE8C54A),
        );
        for k in 0..5 {
            let px = cx - hw + 0.07 + k as f32 * 0.1;
            c.solid(
                bb(px, cy, 0.03, 0.03),
                |x, y| sd_circle(x, y, px, cy, 0.018),
                hex(r.pick(&[0xE8A13A, 0xF2EBDD, 0xD94F6A])),
            );
        }
    } else {
        let light = hex(0xE8D2A8);
        c.solid(
            bb(ix, iy, 0.2, 0.08),
            |x, y| {
                let (dx, dy) = (x - ix, (y - iy) * 2.0);
                let dia = (dx.abs() + dy.abs() - 0.06).abs() - 0.004;
                let inner = dx.abs() + dy.abs() - 0.022;
                let line = (sd_polygon(
                    x,
                    y,
                    &[
                        (cx - hw + 0.04, cy - hh + 0.005),
                        (cx + hw - 0.04, cy - hh + 0.005),
                        (cx + hw - 0.08, cy - hh - 0.125),
                        (cx - hw + 0.08, cy - hh - 0.125),
                    ],
                ))
                .abs()
                    - 0.0035;
                dia.min(inner).min(line)
            },
            light,
        );
        c.solid(
            bb(cx, cy, hw, hh),
            |x, y| (sd_box(x, y, cx, cy, hw - 0.03, hh - 0.03, 0.005)).abs() - 0.003,
            light,
        );
    }
}

fn chessboard(c: &mut Canvas, r: &mut Rng) {
    let seed = r.seed();
    let (dark, light) = (hex(0x6B3A1E), hex(0xE2C28E));
    let corners = [(0.2, 0.78), (0.8, 0.78), (0.7, 0.4), (0.3, 0.4)];
    c.shadow(0.52, 0.8, 0.32, 0.035, 0.4);
    let frame = move |x: f32, y: f32| sd_polygon(x, y, &corners) - 0.012;
    c.fill(
        [0.1, 0.3, 0.9, 0.85],
        |x, y| frame(x, y - 0.03),
        |x, y| grain(mul(dark, 0.8), x, y, seed),
    );
    c.fill([0.1, 0.3, 0.9, 0.85], frame, |x, y| grain(dark, x, y, seed));
    c.fill(
        [0.1, 0.3, 0.9, 0.85],
        |x, y| sd_polygon(x, y, &corners) + 0.012,
        |x, y| {
            // Undo the perspective: v from the far edge (0) to the near edge (1), u across.
            let v = ((y - 0.41) / 0.36).clamp(0.0, 1.0);
            let half = 0.19 + 0.1 * v;
            let u = ((x - 0.5) / half * 0.5 + 0.5).clamp(0.0, 1.0);
            let vv = v.powf(0.85);
            let (i, j) = ((u * 8.0).floor() as i32, (vv * 8.0).floor() as i32);
            let base = if (i + j) % 2 == 0 { light } else { dark };
            grain(base, x, y * 3.0, seed + 5)
        },
    );
}

fn wood_bowl(c: &mut Canvas, r: &mut Rng) {
    let tone = wood_tone(r);
    let seed = r.seed();
    let (cx, y0, y1, rw) = (0.5, 0.5, 0.76, 0.38);
    c.shadow(cx + 0.03, y1 + 0.01, 0.22, 0.035, 0.4);
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        0.16 + (rw - 0.16) * (1.0 - t * t).sqrt()
    };
    c.fill(
        bb(cx, 0.64, rw + 0.01, 0.16),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.1, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            lit(grain(tone, x, y * 2.0, seed), t, 0.4)
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.08),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.18),
        |x, y| {
            let inner = sd_ellipse(x, y, cx, y0 + 0.003, rw - 0.018, rw * 0.18 - 0.012);
            let g = grain(tone, x * 2.0, len(x - cx, (y - y0) * 5.0), seed);
            if inner < 0.0 {
                mul(g, 0.65 + 0.3 * ((y - y0) / 0.07 + 0.5).clamp(0.0, 1.0))
            } else {
                mul(g, 1.1)
            }
        },
    );
}

// --- Basketry ------------------------------------------------------------------------------------

fn straw_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[0xD9B46A, 0xC9A25A, 0xE2C384, 0xBF9450]))
}

fn weave(straw: Rgb, u: f32, h: f32, band: Option<Rgb>) -> Rgb {
    let row = (h * 28.0).floor();
    let fy = fract(h * 28.0);
    let offset = if row as i32 % 2 == 0 { 0.0 } else { 0.5 };
    let fx = fract(u * 9.0 + offset);
    let coil = 0.78 + 0.3 * (1.0 - (fy - 0.5).abs() * 2.0).sqrt();
    let stitch = smoothstep(0.12, 0.08, (fx - 0.5).abs());
    let mut tone = straw;
    if let Some(b) = band
        && matches!(row as i32 % 9, 3 | 4)
    {
        tone = b;
    }
    mul(mix(tone, mul(tone, 0.75), stitch * 0.6), coil)
}

fn basket(c: &mut Canvas, r: &mut Rng, market: bool) {
    let straw = straw_tone(r);
    let band = if r.f() < 0.7 {
        Some(hex(
            r.pick(&[0xB3261E, 0x2F6B3A, 0x1F4E79, 0xD94F6A, 0x6A2446])
        ))
    } else {
        None
    };
    let cx = 0.5;
    let (y0, y1, top_w, bottom_w) = if market {
        (0.4, 0.8, 0.27, 0.22)
    } else {
        (0.5, 0.8, 0.33, 0.24)
    };
    c.shadow(cx + 0.03, y1 + 0.01, bottom_w * 1.2, 0.035, 0.4);
    let w =
        move |y: f32| top_w + (bottom_w - top_w) * ((y - y0) / (y1 - y0)).clamp(0.0, 1.0).powf(1.5);
    if market {
        for side in [-1.0f32, 1.0] {
            let hx = cx + side * 0.1;
            c.fill(
                bb(hx, y0 - 0.1, 0.12, 0.14),
                |x, y| {
                    (sd_ellipse(x, y, hx, y0 + 0.01, 0.08, 0.2).abs() - 0.012).max(y - y0 - 0.01)
                },
                |x, y| weave(mul(straw, 0.95), x * 3.0, y * 2.0, None),
            );
        }
    }
    c.fill(
        bb(cx, (y0 + y1) / 2.0, top_w + 0.01, (y1 - y0) / 2.0 + 0.06),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.15, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let u = t.clamp(-1.0, 1.0).asin();
            lit(weave(straw, u, (y - y0) / (y1 - y0) * 0.9, band), t, 0.1)
        },
    );
    if !market {
        c.fill(
            bb(cx, y0, top_w + 0.01, 0.07),
            |x, y| sd_ellipse(x, y, cx, y0, top_w, top_w * 0.2),
            |x, y| {
                let inner = sd_ellipse(x, y, cx, y0 + 0.004, top_w - 0.02, top_w * 0.2 - 0.015);
                let (dx, dy) = ((x - cx) / top_w, (y - y0) / (top_w * 0.2));
                let ring = len(dx, dy);
                let tone = weave(straw, dy.atan2(dx) * 0.5, ring * 0.4, None);
                if inner < 0.0 {
                    mul(tone, 0.6 + 0.25 * ((y - y0) / 0.06 + 0.5).clamp(0.0, 1.0))
                } else {
                    mul(tone, 1.08)
                }
            },
        );
        // Two small side handles.
        for side in [-1.0f32, 1.0] {
            let hx = cx + side * (top_w + 0.01);
            c.fill(
                bb(hx, y0 + 0.03, 0.05, 0.05),
                |x, y| sd_ellipse(x, y, hx, y0 + 0.03, 0.028, 0.035).abs() - 0.009,
                |x, y| weave(straw, x * 4.0, y * 3.0, None),
            );
        }
    } else {
        c.solid(
            bb(cx, y0, top_w + 0.01, 0.04),
            |x, y| sd_ellipse(x, y, cx, y0, top_w, top_w * 0.15).max(y - y0 - 0.004),
            mul(straw, 0.45),
        );
    }
}

fn tbak(c: &mut Canvas, r: &mut Rng) {
    let straw = straw_tone(r);
    let (b1, b2) = (
        hex(r.pick(&[0xB3261E, 0x2F6B3A, 0x6A2446])),
        hex(r.pick(&[0x1E1A1A, 0xE8A13A, 0x1F4E79])),
    );
    let cx = 0.5;
    c.shadow(cx + 0.03, 0.81, 0.3, 0.035, 0.4);
    let base = move |y: f32| 0.31 - 0.05 * ((y - 0.68) / 0.12).clamp(0.0, 1.0);
    c.fill(
        bb(cx, 0.74, 0.33, 0.09),
        |x, y| sd_lathe(x, y, cx, 0.68, 0.8, 0.15, &base),
        |x, y| {
            let t = (x - cx) / base(y);
            lit(
                weave(straw, t.clamp(-1.0, 1.0).asin(), (y - 0.68) * 3.0, None),
                t,
                0.1,
            )
        },
    );
    let (top_y, rim_y) = (0.22, 0.7);
    let lid =
        move |y: f32| 0.02 + 0.31 * ((y - top_y) / (rim_y - top_y)).clamp(0.0, 1.0).powf(1.25);
    c.fill(
        bb(cx, 0.47, 0.34, 0.28),
        |x, y| sd_lathe(x, y, cx, top_y, rim_y, 0.15, &lid),
        |x, y| {
            let t = (x - cx) / lid(y);
            let u = t.clamp(-1.0, 1.0).asin();
            let h = (y - top_y) / (rim_y - top_y);
            let tri = (fract(u * 1.6) - 0.5).abs() * 2.0;
            let mut tone = weave(straw, u, h, None);
            if (0.45..0.7).contains(&h) {
                let k = (h - 0.45) / 0.25;
                if k < tri * 0.9 {
                    tone = weave(b1, u, h, None);
                } else if k < tri + 0.12 && k > tri * 0.9 {
                    tone = weave(b2, u, h, None);
                }
            } else if (h - 0.82).abs() < 0.04 || (h - 0.3).abs() < 0.03 {
                tone = weave(b2, u, h, None);
            }
            lit(tone, t, 0.1)
        },
    );
    c.fill(
        bb(cx, top_y - 0.03, 0.05, 0.05),
        |x, y| sd_circle(x, y, cx, top_y - 0.02, 0.028),
        |x, y| ball(b1, (x - cx) / 0.028, (y - top_y + 0.02) / 0.028, 0.2),
    );
}

fn hat(c: &mut Canvas, r: &mut Rng) {
    let straw = straw_tone(r);
    let cords = [
        hex(0x1E1A1A),
        hex(0xB3261E),
        hex(0xE8A13A),
        hex(0x2F6B3A),
        hex(0x1F4E79),
    ];
    let (cx, cy) = (0.5, 0.55);
    c.shadow(cx + 0.03, cy + 0.14, 0.4, 0.05, 0.35);
    c.fill(
        bb(cx, cy, 0.43, 0.16),
        |x, y| sd_ellipse(x, y, cx, cy, 0.42, 0.15),
        |x, y| {
            let (dx, dy) = ((x - cx) / 0.42, (y - cy) / 0.15);
            let rr = len(dx, dy);
            let tone = weave(straw, dy.atan2(dx) * 2.0, rr * 0.6, None);
            mul(tone, 0.85 + 0.2 * (1.0 - rr))
        },
    );
    // Crown.
    let crown = move |y: f32| 0.15 + 0.02 * ((y - 0.36) / 0.19).clamp(0.0, 1.0);
    c.fill(
        bb(cx, 0.45, 0.19, 0.13),
        |x, y| {
            sd_lathe(x, y, cx, 0.38, cy, 0.3, &crown).min(sd_ellipse(x, y, cx, 0.38, 0.15, 0.045))
        },
        |x, y| {
            let t = (x - cx) / crown(y);
            lit(
                weave(straw, t.clamp(-1.0, 1.0).asin(), (y - 0.36) * 1.5, None),
                t,
                0.1,
            )
        },
    );
    // Wool cords from the crown to the brim, with pompoms.
    let k = 5 + (r.next() % 3) as usize;
    for i in 0..k {
        let a = std::f32::consts::PI * (0.12 + 0.76 * i as f32 / (k - 1) as f32);
        let (ex, ey) = (cx - 0.36 * a.cos(), cy + 0.11 * a.sin());
        let (sx, sy) = (cx - 0.15 * a.cos(), 0.52 + 0.03 * a.sin());
        let tone = cords[i % cords.len()];
        c.solid(
            bb((sx + ex) / 2.0, (sy + ey) / 2.0, 0.25, 0.1),
            |x, y| sd_segment(x, y, (sx, sy), (ex, ey)) - 0.005,
            tone,
        );
        c.fill(
            bb(ex, ey + 0.03, 0.04, 0.04),
            |x, y| sd_circle(x, y, ex, ey + 0.025, 0.026),
            |x, y| {
                let fuzz = 0.85 + 0.25 * noise(x * 300.0, y * 300.0, i as u32);
                mul(
                    ball(tone, (x - ex) / 0.026, (y - ey - 0.025) / 0.026, 0.1),
                    fuzz,
                )
            },
        );
    }
}

// --- Jewellery -----------------------------------------------------------------------------------

fn velvet(c: &mut Canvas, r: &mut Rng) {
    let tone = hex(r.pick(&[0x4A1A2A, 0x1E2A4A, 0x1E3A2E, 0x3A2A1E]));
    let seed = r.seed();
    let (cx, cy) = (0.5, 0.6);
    c.shadow(cx + 0.02, cy + 0.05, 0.4, 0.2, 0.35);
    c.fill(
        bb(cx, cy, 0.44, 0.3),
        |x, y| sd_ellipse(x, y, cx, cy, 0.42, 0.26),
        |x, y| {
            let n = noise(x * 12.0, y * 12.0, seed);
            mul(
                ball(tone, (x - cx) / 0.6, (y - cy) / 0.5, 0.0),
                0.85 + 0.3 * n,
            )
        },
    );
}

/// Polished metal: bright where the surface faces the light, with a soft reflection band.
fn metal(gold: bool, t: f32, n: f32) -> Rgb {
    let base = if gold { hex(0xC9A040) } else { hex(0xC8CCD2) };
    let band = (1.0 - ((t - 0.35).abs() * 2.5).min(1.0)).powi(2);
    let f = 0.45 + 0.5 * (1.0 - t.abs()) + 0.5 * band + 0.05 * n;
    mul(base, f)
}

fn stones(r: &mut Rng) -> [Rgb; 3] {
    [
        hex(0xC0392B),
        hex(r.pick(&[0x1E8A5A, 0x2E6BB5, 0xE8A13A])),
        hex(0xE8C54A),
    ]
}

fn bracelet(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let (cx, cy, rx, ry, thick) = (0.5, 0.56, 0.25, 0.14, 0.04);
    let seed = r.seed();
    let gems = stones(r);
    c.shadow(cx + 0.02, cy + 0.04, rx + 0.02, ry + 0.02, 0.3);
    c.fill(
        bb(cx, cy, rx + thick + 0.01, ry + thick + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry).abs() - thick,
        |x, y| {
            let t = sd_ellipse(x, y, cx, cy, rx, ry) / thick;
            let back = if y < cy { 0.8 } else { 1.0 };
            let ang = (y - cy).atan2(x - cx);
            let engraved = if (fract(ang * 36.0 / std::f32::consts::TAU) - 0.5).abs() < 0.1
                && t.abs() > 0.55
            {
                0.6
            } else {
                1.0
            };
            mul(
                metal(gold, t, noise(x * 300.0, y * 300.0, seed)),
                back * engraved,
            )
        },
    );
    for k in 0..5 {
        let a = std::f32::consts::PI * (0.15 + 0.175 * k as f32);
        let (px, py) = (cx + rx * a.cos(), cy + ry * a.sin());
        let tone = gems[k % 3];
        c.fill(
            bb(px, py, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py, 0.022),
            |x, y| metal(gold, len(x - px, y - py) / 0.022, 0.0),
        );
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py, 0.015),
            |x, y| ball(tone, (x - px) / 0.015, (y - py) / 0.015, 1.0),
        );
    }
}

fn fibula(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let seed = r.seed();
    let gems = stones(r);
    let (cx, top) = (0.5, 0.44);
    let tri = [(cx - 0.16, top), (cx + 0.16, top), (cx, top + 0.34)];
    c.fill(
        bb(cx, top + 0.17, 0.18, 0.19),
        |x, y| sd_polygon(x, y, &tri) - 0.01,
        |x, y| {
            let d = -sd_polygon(x, y, &tri);
            let engraved = if (fract(d * 60.0) - 0.5).abs() < 0.12 && d > 0.02 {
                0.65
            } else {
                1.0
            };
            mul(
                metal(
                    gold,
                    1.0 - (d * 12.0).min(1.0),
                    noise(x * 200.0, y * 200.0, seed),
                ),
                engraved,
            )
        },
    );
    c.fill(
        bb(cx, top + 0.1, 0.04, 0.04),
        |x, y| sd_circle(x, y, cx, top + 0.1, 0.03),
        |x, y| ball(gems[0], (x - cx) / 0.03, (y - top - 0.1) / 0.03, 1.0),
    );
    for (k, (px, py)) in [
        (cx - 0.1, top + 0.03),
        (cx + 0.1, top + 0.03),
        (cx, top + 0.24),
    ]
    .into_iter()
    .enumerate()
    {
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py, 0.016),
            |x, y| ball(gems[1 + k % 2], (x - px) / 0.016, (y - py) / 0.016, 1.0),
        );
    }
    // Ring and pin.
    let (rx, ry) = (cx, top - 0.1);
    c.fill(
        bb(rx, ry, 0.14, 0.14),
        |x, y| {
            (sd_circle(x, y, rx, ry, 0.1).abs() - 0.016)
                .max(-(sd_box(x, y, rx, ry + 0.1, 0.04, 0.03, 0.0)))
        },
        |x, y| {
            metal(
                gold,
                (len(x - rx, y - ry) - 0.1) / 0.016,
                noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
    c.fill(
        [0.2, 0.2, 0.8, 0.5],
        |x, y| sd_segment(x, y, (rx - 0.22, ry + 0.08), (rx + 0.16, ry - 0.04)) - 0.007,
        |x, y| metal(gold, (y - ry) * 20.0 - (x - rx) * 5.0, 0.0),
    );
}

fn necklace(c: &mut Canvas, r: &mut Rng, gold: bool, hand: bool) {
    let gems = stones(r);
    let bead_colour = hex(r.pick(&[0xC0392B, 0xE8A13A, 0x1E8A5A, 0xD9743A]));
    let (cx, top) = (0.5, 0.36);
    let n = 29;
    for k in 0..n {
        let a = -1.45 + 2.9 * k as f32 / (n - 1) as f32;
        let (px, py) = (cx + 0.27 * a.sin(), top + 0.32 * a.cos() - 0.06);
        let (py, big) = (py.max(0.3), k % 4 == 0);
        let rad = if big { 0.02 } else { 0.012 };
        c.fill(
            bb(px, py, rad + 0.01, rad + 0.01),
            |x, y| sd_circle(x, y, px, py, rad),
            |x, y| {
                if big {
                    ball(bead_colour, (x - px) / rad, (y - py) / rad, 0.8)
                } else {
                    metal(gold, len(x - px, y - py) / rad, 0.0)
                }
            },
        );
    }
    let (px, py) = (cx, top + 0.33);
    if hand {
        let palm = move |x: f32, y: f32| {
            let base = sd_box(x, y, px, py + 0.05, 0.055, 0.05, 0.035);
            let mut d = base;
            for dx in [-0.03f32, 0.0, 0.03] {
                d = d.min(
                    sd_segment(
                        x,
                        y,
                        (px + dx, py + 0.02),
                        (px + dx, py - 0.06 - if dx == 0.0 { 0.012 } else { 0.0 }),
                    ) - 0.014,
                );
            }
            for side in [-1.0f32, 1.0] {
                d = d.min(
                    sd_segment(
                        x,
                        y,
                        (px + side * 0.05, py + 0.05),
                        (px + side * 0.085, py - 0.02),
                    ) - 0.013,
                );
            }
            d
        };
        c.fill(bb(px, py, 0.12, 0.13), palm, |x, y| {
            metal(gold, (x - px) * 8.0 + (y - py) * 4.0, 0.0)
        });
        c.solid(
            bb(px, py, 0.12, 0.13),
            |x, y| palm(x, y).abs() - 0.0025 + 0.007,
            mul(metal(gold, 0.9, 0.0), 0.7),
        );
        c.fill(
            bb(px, py + 0.05, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py + 0.05, 0.017),
            |x, y| ball(gems[1], (x - px) / 0.017, (y - py - 0.05) / 0.017, 1.0),
        );
    } else {
        c.fill(
            bb(px, py + 0.03, 0.08, 0.08),
            |x, y| sd_circle(x, y, px, py + 0.03, 0.06),
            |x, y| {
                let rr = len(x - px, y - py - 0.03) / 0.06;
                let engraved = if (fract(rr * 5.0) - 0.5).abs() < 0.1 {
                    0.7
                } else {
                    1.0
                };
                mul(metal(gold, rr, 0.0), engraved)
            },
        );
        c.fill(
            bb(px, py + 0.03, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py + 0.03, 0.022),
            |x, y| ball(gems[0], (x - px) / 0.022, (y - py - 0.03) / 0.022, 1.0),
        );
    }
}

fn earrings(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let gems = stones(r);
    for px in [0.37, 0.63] {
        let py = 0.4;
        c.solid(
            bb(px, py - 0.06, 0.05, 0.05),
            |x, y| {
                (sd_circle(x, y, px + 0.015, py - 0.05, 0.03).abs() - 0.004).max(y - (py - 0.04))
            },
            metal(gold, 0.2, 0.0),
        );
        c.fill(
            bb(px, py + 0.05, 0.07, 0.1),
            |x, y| {
                let drop = sd_polygon(
                    x,
                    y,
                    &[
                        (px, py - 0.02),
                        (px + 0.06, py + 0.1),
                        (px - 0.06, py + 0.1),
                    ],
                ) - 0.008;
                drop.min(sd_circle(x, y, px, py + 0.12, 0.045))
            },
            |x, _| metal(gold, (x - px) * 12.0, 0.0),
        );
        c.fill(
            bb(px, py + 0.11, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py + 0.11, 0.022),
            |x, y| ball(gems[0], (x - px) / 0.022, (y - py - 0.11) / 0.022, 1.0),
        );
        for k in 0..3 {
            let dx = (k as f32 - 1.0) * 0.035;
            let (ex, ey) = (px + dx, py + 0.2 + (1.0 - (k as f32 - 1.0).abs()) * 0.02);
            c.solid(
                bb(ex, ey - 0.02, 0.01, 0.04),
                |x, y| sd_segment(x, y, (px + dx * 0.8, py + 0.15), (ex, ey)) - 0.002,
                metal(gold, 0.3, 0.0),
            );
            c.fill(
                bb(ex, ey, 0.02, 0.02),
                |x, y| sd_circle(x, y, ex, ey, 0.012),
                |x, y| ball(gems[1 + k % 2], (x - ex) / 0.012, (y - ey) / 0.012, 0.8),
            );
        }
    }
}

fn ring(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let gems = stones(r);
    let (cx, cy) = (0.5, 0.62);
    c.shadow(cx + 0.02, cy + 0.07, 0.14, 0.03, 0.3);
    c.fill(
        bb(cx, cy, 0.17, 0.12),
        |x, y| sd_ellipse(x, y, cx, cy, 0.13, 0.08).abs() - 0.022,
        |x, y| {
            let t = sd_ellipse(x, y, cx, cy, 0.13, 0.08) / 0.022;
            mul(metal(gold, t, 0.0), if y < cy { 0.8 } else { 1.0 })
        },
    );
    let (sx, sy) = (cx, cy - 0.1);
    c.fill(
        bb(sx, sy, 0.07, 0.07),
        |x, y| {
            let (dx, dy) = (x - sx, y - sy);
            let a = dy.atan2(dx);
            len(dx, dy) - 0.055 - 0.008 * (a * 8.0).cos()
        },
        |x, y| metal(gold, len(x - sx, y - sy) / 0.06, 0.0),
    );
    let gem = gems[r.pick(&[0usize, 1])];
    c.fill(
        bb(sx, sy, 0.05, 0.05),
        |x, y| sd_circle(x, y, sx, sy, 0.035),
        |x, y| ball(gem, (x - sx) / 0.035, (y - sy) / 0.035, 1.0),
    );
}

// --- Dairy ---------------------------------------------------------------------------------------

fn cheese(c: &mut Canvas, r: &mut Rng, herbs: bool, aged: bool) {
    let paste = if aged { hex(0xEBCB7A) } else { hex(0xF6F1E4) };
    let rind = if aged { hex(0xA8743F) } else { hex(0xE9E2D0) };
    let seed = r.seed();
    // A board under the cheese.
    let wood = wood_tone(r);
    c.shadow(0.52, 0.82, 0.38, 0.04, 0.4);
    c.fill(
        bb(0.5, 0.75, 0.42, 0.1),
        |x, y| sd_ellipse(x, y, 0.5, 0.77, 0.4, 0.09),
        |x, y| grain(mul(wood, 0.8), x, y, seed),
    );
    c.fill(
        bb(0.5, 0.75, 0.42, 0.1),
        |x, y| sd_ellipse(x, y, 0.5, 0.75, 0.4, 0.09),
        |x, y| grain(wood, x, y, seed),
    );
    let texture = move |x: f32, y: f32, base: Rgb| {
        let mut out = mul(base, 0.96 + 0.06 * noise(x * 150.0, y * 150.0, seed));
        if herbs {
            let (s, _) = speck(x, y, 110.0, 0.25, seed);
            out = mix(out, hex(0x4E6B2E), s);
        }
        out
    };
    // A round cheese at the back: top face and side.
    let (rx, ry, top, h) = (0.2, 0.06, 0.52, 0.1);
    let (ox, w) = (0.38, move |_: f32| rx);
    c.fill(
        bb(ox, top + h / 2.0, rx + 0.01, h),
        |x, y| sd_lathe(x, y, ox, top, top + h, 0.3, &w),
        |x, _| lit(texture(x, 0.0, rind), (x - ox) / rx, 0.1),
    );
    c.fill(
        bb(ox, top, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, ox, top, rx, ry),
        |x, y| mul(texture(x, y, mix(paste, rind, 0.4)), 1.08),
    );
    // A wedge in front.
    let (a, b, cc) = ((0.47, 0.62), (0.79, 0.56), (0.8, 0.64));
    let hgt = 0.1;
    let front = [a, cc, (cc.0, cc.1 + hgt), (a.0, a.1 + hgt)];
    let back = [cc, b, (b.0, b.1 + hgt), (cc.0, cc.1 + hgt)];
    c.fill(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_polygon(x, y, &back),
        |x, y| mul(texture(x, y, rind), 0.8),
    );
    c.fill(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_polygon(x, y, &front),
        |x, y| {
            let holes = if aged {
                0.0
            } else {
                speck(x, y, 40.0, 0.22, seed + 4).0
            };
            mix(mul(texture(x, y, paste), 0.92), mul(paste, 0.75), holes)
        },
    );
    c.fill(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_polygon(x, y, &[a, b, cc]),
        |x, y| {
            let near = ((x - a.0) / (cc.0 - a.0)).clamp(0.0, 1.0);
            let base = if sd_segment(x, y, b, cc) < 0.008 {
                rind
            } else {
                paste
            };
            mul(texture(x, y, base), 1.05 - 0.05 * near)
        },
    );
    c.solid(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_segment(x, y, (cc.0, cc.1), (cc.0, cc.1 + hgt)) - 0.005,
        mul(rind, 0.9),
    );
    // A few leaves.
    leaves_beside(c, r, hex(0x5E7A3A));
}
