//! Releases in fourteen of the wire's languages, each as a plain-text body
//! and as an HTML body (`tests/anatomy/<lang>.txt` / `.html`). Written for
//! these tests as a wire would publish them: a dateline (SeaPRwire's
//! `(SeaPRwire) –` in some, PR Newswire's `PLACE, Date /PRNewswire/ --`
//! in its local forms in others), curly or local quotation marks, the
//! disclaimer and sector line in the release's language, the distributor's
//! boilerplate or the issuer's "about" section, and junk (no-break and
//! ideographic space runs, zero-width spaces, code fences, a stray `“``,
//! empty paragraphs, tracking pixels).
//!
//! Plain-text fixtures open with the title line, as the seed does; some
//! HTML fixtures repeat the title as an `h1`. Only the Latin-script
//! releases declare a language, and not all of them: the others must be
//! inferred (from the script, or from the body's own disclaimer), also on
//! an English host page.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use syndicard::anatomy::{self, sectors, Anatomy};
use syndicard::feed::{Feed, Release, Text};
use syndicard::i18n;
use syndicard::options::Options;
use syndicard::safe::{paragraphs_from_text, SafeNode};
use syndicard::view;

/// What one fixture must dissect into.
struct Case {
    file: &'static str,
    source: &'static str,
    title: &'static str,
    /// The release's declared language, if any.
    declared: Option<&'static str>,
    wire: &'static str,
    place: Option<&'static str>,
    date: Option<&'static str>,
    /// How the lede starts.
    lede: &'static str,
    /// Whether the lede keeps a link.
    lede_link: bool,
    /// A quotation that must survive intact in the body.
    quote: &'static str,
    /// Body blocks after the lede.
    body: usize,
    sectors: &'static [&'static str],
    /// The locale whose disclaimer the body carries.
    disclaimer: &'static str,
    provider: &'static str,
    /// How the boilerplate starts, and how many blocks it has.
    boilerplate: (&'static str, usize),
    /// The card's language and direction.
    lang: &'static str,
    rtl: bool,
}

const CASES: &[Case] = &[
    Case {
        file: "en.txt",
        source: include_str!("anatomy/en.txt"),
        title: "Harbor Grid Opens Battery Storage Hub to Stabilise New York’s Power Supply",
        declared: None,
        wire: "PRNewswire",
        place: Some("NEW YORK"),
        date: Some("June 5, 2025"),
        lede: "Harbor Grid Energy today opened a 400-megawatt battery storage hub",
        lede_link: false,
        quote: "“New Yorkers should not have to choose between clean power and reliable power,” said Dana Whitfield",
        body: 3,
        sectors: &["Energy", "Top Story"],
        disclaimer: "en",
        provider: "SeaPRwire",
        boilerplate: ("About Harbor Grid Energy", 2),
        lang: "en",
        rtl: false,
    },
    Case {
        file: "en.html",
        source: include_str!("anatomy/en.html"),
        title: "Lumen Health Expands Remote Clinics to Rural Texas",
        declared: Some("en-US"),
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "Lumen Health is opening twelve remote clinics across rural Texas",
        lede_link: true,
        quote: "“In some of these counties the nearest hospital is ninety minutes away,” said Maria Alvarez",
        body: 3,
        sectors: &["Healthcare", "Daily News"],
        disclaimer: "en",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire delivers real-time press release distribution", 1),
        lang: "en-US",
        rtl: false,
    },
    Case {
        file: "de.txt",
        source: include_str!("anatomy/de.txt"),
        title: "Rheinwerk Logistik stellt autonome Elektro-Lkw für den Hafen Duisburg vor",
        declared: Some("de-DE"),
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "Die Rheinwerk Logistik GmbH hat am Donnerstag",
        lede_link: false,
        quote: "„Wir zeigen, dass Automatisierung und Klimaschutz im Hafen zusammenpassen“, sagte Geschäftsführerin Katrin Albers.",
        body: 3,
        sectors: &["Logistik", "Mobilität"],
        disclaimer: "de",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire bietet Unternehmen und Institutionen", 1),
        lang: "de-DE",
        rtl: false,
    },
    Case {
        file: "de.html",
        source: include_str!("anatomy/de.html"),
        title: "Solaris Bau erhält Großauftrag für klimaneutrale Schulen in Bayern",
        declared: None,
        wire: "PRNewswire",
        place: Some("MÜNCHEN"),
        date: Some("5. Juni 2025"),
        lede: "Die Solaris Bau AG hat den Zuschlag",
        lede_link: true,
        quote: "„Schulen, die mehr Energie erzeugen, als sie verbrauchen, sind keine Vision mehr“, sagte Vorstandschef Matthias Berger.",
        body: 2,
        sectors: &["Bauwesen", "Energie"],
        disclaimer: "de",
        provider: "Global Press Hub",
        boilerplate: ("Über die Solaris Bau AG", 2),
        lang: "de",
        rtl: false,
    },
    Case {
        file: "fr.txt",
        source: include_str!("anatomy/fr.txt"),
        title: "Vignobles Durand lance une bouteille en verre allégé de 300 grammes",
        declared: None,
        wire: "PRNewswire",
        place: Some("BORDEAUX"),
        date: Some("5 juin 2025"),
        lede: "Vignobles Durand, producteur indépendant du Médoc",
        lede_link: false,
        quote: "« Nos clients nous demandaient des gestes concrets, pas des promesses », explique Claire Durand",
        body: 2,
        sectors: &["Agroalimentaire", "Environnement"],
        disclaimer: "fr",
        provider: "SeaPRwire",
        boilerplate: ("À propos de Vignobles Durand", 2),
        lang: "fr",
        rtl: false,
    },
    Case {
        file: "fr.html",
        source: include_str!("anatomy/fr.html"),
        title: "Numeria ouvre à Lyon un centre de données refroidi par les eaux du Rhône",
        declared: Some("fr"),
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "La société Numeria a inauguré mardi à Lyon",
        lede_link: false,
        quote: "« Un centre de données peut devenir une chaufferie de quartier », a déclaré Julien Morel",
        body: 2,
        sectors: &["Technologie", "Énergie"],
        disclaimer: "fr",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire assure la diffusion en temps réel", 1),
        lang: "fr",
        rtl: false,
    },
    Case {
        file: "es.txt",
        source: include_str!("anatomy/es.txt"),
        title: "Aguas del Sur pone en marcha la mayor desaladora solar de Andalucía",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "Aguas del Sur ha puesto en marcha en Almería",
        lede_link: false,
        quote: "“La sequía ya no es una excepción, es el clima en el que trabajamos”, afirmó Lucía Ortega",
        body: 3,
        sectors: &["Medio ambiente", "Infraestructuras"],
        disclaimer: "es",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire ofrece distribución de comunicados", 1),
        lang: "es",
        rtl: false,
    },
    Case {
        file: "es.html",
        source: include_str!("anatomy/es.html"),
        title: "Banco Andino lanza una cuenta digital para trabajadores independientes",
        declared: Some("es-MX"),
        wire: "PRNewswire",
        place: Some("CIUDAD DE MÉXICO"),
        date: Some("5 de junio de 2025"),
        lede: "Banco Andino presentó hoy Cuenta Libre",
        lede_link: false,
        quote: "“Quien trabaja por su cuenta necesita un banco que entienda que sus ingresos no llegan cada quincena”, dijo Andrés Fuentes",
        body: 2,
        sectors: &["Finanzas", "Tecnología"],
        disclaimer: "es",
        provider: "Latam Newswire",
        boilerplate: ("Acerca de Banco Andino", 2),
        lang: "es-MX",
        rtl: false,
    },
    Case {
        file: "pt.txt",
        source: include_str!("anatomy/pt.txt"),
        title: "Agrovia lança plataforma de rastreamento de soja livre de desmatamento",
        declared: Some("pt-BR"),
        wire: "PRNewswire",
        place: Some("SÃO PAULO"),
        date: Some("5 de junho de 2025"),
        lede: "A Agrovia anunciou hoje o lançamento",
        lede_link: false,
        quote: "“O produtor brasileiro que faz a coisa certa precisa conseguir provar isso em poucos cliques”, afirmou Renata Lima",
        body: 2,
        sectors: &["Agronegócio", "Tecnologia"],
        disclaimer: "pt",
        provider: "SeaPRwire",
        boilerplate: ("Sobre a Agrovia", 2),
        lang: "pt-BR",
        rtl: false,
    },
    Case {
        file: "pt.html",
        source: include_str!("anatomy/pt.html"),
        title: "Rede Saúde Mais abre 40 farmácias populares no Nordeste",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "A Rede Saúde Mais vai abrir 40 farmácias populares",
        lede_link: true,
        quote: "“Em muitas dessas cidades a farmácia é o primeiro lugar onde as pessoas buscam cuidado”, disse o diretor-executivo",
        body: 2,
        sectors: &["Saúde", "Varejo"],
        disclaimer: "pt",
        provider: "SeaPRwire",
        boilerplate: ("A SeaPRwire oferece distribuição", 1),
        lang: "pt",
        rtl: false,
    },
    Case {
        file: "ms.txt",
        source: include_str!("anatomy/ms.txt"),
        title: "Tenaga Hijau Borneo bina ladang solar terapung terbesar di Sarawak",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "Syarikat Tenaga Hijau Borneo hari ini memulakan pembinaan",
        lede_link: false,
        quote: "“Empangan yang sedia ada memberi kami tapak yang luas tanpa perlu menebang hutan,” kata Ketua Pegawai Eksekutifnya",
        body: 3,
        sectors: &["Tenaga", "Top Story"],
        disclaimer: "ms",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire menyediakan pengedaran siaran akhbar", 1),
        lang: "ms",
        rtl: false,
    },
    Case {
        file: "ms.html",
        source: include_str!("anatomy/ms.html"),
        title: "Kedai runcit dalam talian MyPasar kini hantar barang basah dalam masa dua jam",
        declared: Some("ms-MY"),
        wire: "PRNewswire",
        place: Some("KUALA LUMPUR"),
        date: Some("5 Jun 2025"),
        lede: "MyPasar, platform runcit dalam talian tempatan",
        lede_link: false,
        quote: "“Kami mahu peniaga kecil mendapat pelanggan baharu tanpa meninggalkan gerai mereka,” kata pengasasnya",
        body: 2,
        sectors: &["Runcit", "E-dagang"],
        disclaimer: "ms",
        provider: "Asia Wire Services",
        boilerplate: ("Mengenai MyPasar", 2),
        lang: "ms-MY",
        rtl: false,
    },
    Case {
        file: "vi.txt",
        source: include_str!("anatomy/vi.txt"),
        title: "VinaAgri ra mắt ứng dụng dự báo độ mặn cho nông dân đồng bằng sông Cửu Long",
        declared: None,
        wire: "PRNewswire",
        place: Some("TP. HỒ CHÍ MINH"),
        date: Some("ngày 5 tháng 6 năm 2025"),
        lede: "Công ty VinaAgri hôm nay ra mắt ứng dụng",
        lede_link: false,
        quote: "“Nông dân không cần thêm số liệu, họ cần biết hôm nay nên làm gì”, ông Nguyễn Văn Minh",
        body: 2,
        sectors: &["Nông nghiệp", "Công nghệ"],
        disclaimer: "vi",
        provider: "SeaPRwire",
        boilerplate: ("Giới thiệu về VinaAgri", 2),
        lang: "vi",
        rtl: false,
    },
    Case {
        file: "vi.html",
        source: include_str!("anatomy/vi.html"),
        title: "Hãng hàng không Sao Việt mở đường bay thẳng Đà Nẵng – Seoul",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "Hãng hàng không Sao Việt thông báo sẽ khai trương",
        lede_link: false,
        quote: "“Đà Nẵng đã trở thành điểm đến quen thuộc của du khách Hàn Quốc, và chúng tôi muốn hành trình của họ thuận tiện hơn”",
        body: 2,
        sectors: &["Hàng không", "Du lịch"],
        disclaimer: "vi",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire cung cấp dịch vụ phân phối", 1),
        lang: "vi",
        rtl: false,
    },
    Case {
        file: "ru.txt",
        source: include_str!("anatomy/ru.txt"),
        title: "«Северный терминал» запускает круглогодичные контейнерные рейсы по Севморпути",
        declared: None,
        wire: "PRNewswire",
        place: Some("МОСКВА"),
        date: Some("5 июня 2025 г."),
        lede: "Компания «Северный терминал» объявила о запуске",
        lede_link: false,
        quote: "«Мы видим устойчивый спрос со стороны производителей и ритейла и готовы обеспечить регулярность даже зимой», — заявил",
        body: 2,
        sectors: &["Логистика", "Транспорт"],
        disclaimer: "ru",
        provider: "SeaPRwire",
        boilerplate: ("О компании «Северный терминал»", 2),
        lang: "ru",
        rtl: false,
    },
    Case {
        file: "ru.html",
        source: include_str!("anatomy/ru.html"),
        title: "Томский стартап представил отечественный чип для умных счётчиков",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "Томская компания «Микросенс» представила микроконтроллер",
        lede_link: false,
        quote: "«Мы сделали ставку на низкое энергопотребление: батареи счётчика хватает на двенадцать лет», — рассказал",
        body: 2,
        sectors: &["Технологии", "Промышленность"],
        disclaimer: "ru",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire обеспечивает распространение пресс-релизов", 1),
        lang: "ru",
        rtl: false,
    },
    Case {
        file: "ar.txt",
        source: include_str!("anatomy/ar.txt"),
        title: "واحة للطاقة تفتتح أكبر محطة لتحلية المياه بالطاقة الشمسية في الخليج",
        declared: None,
        wire: "PRNewswire",
        place: Some("دبي، الإمارات العربية المتحدة"),
        date: Some("5 يونيو 2025"),
        lede: "افتتحت شركة واحة للطاقة اليوم محطة لتحلية مياه البحر",
        lede_link: false,
        quote: "«نثبت اليوم أن المياه النظيفة والطاقة النظيفة يمكن أن تسيرا جنباً إلى جنب في منطقتنا»",
        body: 2,
        sectors: &["الطاقة", "المياه"],
        disclaimer: "ar",
        provider: "SeaPRwire",
        boilerplate: ("نبذة عن واحة للطاقة", 2),
        lang: "ar",
        rtl: true,
    },
    Case {
        file: "ar.html",
        source: include_str!("anatomy/ar.html"),
        title: "مصرف الريادة يطلق خدمة تمويل رقمية للمشاريع الصغيرة في السعودية",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "أطلق مصرف الريادة خدمة تمويل رقمية",
        lede_link: true,
        quote: "«المشاريع الصغيرة هي عصب الاقتصاد، ولا ينبغي أن تنتظر أسابيع للحصول على التمويل»",
        body: 2,
        sectors: &["المالية", "التكنولوجيا"],
        disclaimer: "ar",
        provider: "SeaPRwire",
        boilerplate: ("توفر SeaPRwire خدمة توزيع البيانات الصحفية", 1),
        lang: "ar",
        rtl: true,
    },
    Case {
        file: "ja.txt",
        source: include_str!("anatomy/ja.txt"),
        title: "さくらモビリティ、地方の高齢者向けAI乗り合いタクシーを全国展開",
        declared: None,
        wire: "PRNewswire",
        place: Some("東京"),
        date: Some("2025年6月5日"),
        lede: "さくらモビリティ株式会社は本日",
        lede_link: false,
        quote: "「運転免許を返納しても、行きたい場所に行ける暮らしを守りたい」と述べています。",
        body: 2,
        sectors: &["モビリティ", "テクノロジー"],
        disclaimer: "ja",
        provider: "SeaPRwire",
        boilerplate: ("さくらモビリティについて", 2),
        lang: "ja",
        rtl: false,
    },
    Case {
        file: "ja.html",
        source: include_str!("anatomy/ja.html"),
        title: "北海道ミルクラボ、生乳の廃棄をゼロにするアップサイクル工場を稼働",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "北海道ミルクラボ株式会社は、余った生乳を",
        lede_link: false,
        quote: "「酪農家が心を込めて搾った牛乳を、一滴も無駄にしたくない」",
        body: 2,
        sectors: &["食品", "サステナビリティ"],
        disclaimer: "ja",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwireは、企業や団体向けに", 1),
        lang: "ja",
        rtl: false,
    },
    Case {
        file: "zh-Hans.txt",
        source: include_str!("anatomy/zh-Hans.txt"),
        title: "绿源新能源在内蒙古建成国内最大的风电制氢项目",
        declared: None,
        wire: "美通社",
        place: Some("北京"),
        date: Some("2025年6月5日"),
        lede: "绿源新能源集团今天宣布",
        lede_link: false,
        quote: "“我们希望证明，绿色氢气在经济上同样具有竞争力。”",
        body: 2,
        sectors: &["新能源", "制造业"],
        disclaimer: "zh-Hans",
        provider: "美通社",
        boilerplate: ("关于绿源新能源", 2),
        lang: "zh-Hans",
        rtl: false,
    },
    Case {
        file: "zh-Hans.html",
        source: include_str!("anatomy/zh-Hans.html"),
        title: "智行科技发布面向物流园区的无人配送车",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "智行科技今天发布了一款专为物流园区设计的",
        lede_link: false,
        quote: "“无人配送最先落地的地方，不是城市街道，而是封闭的园区。”",
        body: 2,
        sectors: &["科技", "物流"],
        disclaimer: "zh-Hans",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire为企业和机构提供实时新闻稿发布服务", 1),
        lang: "zh-Hans",
        rtl: false,
    },
    Case {
        file: "zh-Hant.txt",
        source: include_str!("anatomy/zh-Hant.txt"),
        title: "晶創半導體於新竹啟用先進封裝新廠",
        declared: None,
        wire: "美通社",
        place: Some("台北"),
        date: Some("2025年6月5日"),
        lede: "晶創半導體今日宣布",
        lede_link: false,
        quote: "「先進封裝已成為提升晶片效能的關鍵，我們對台灣的供應鏈充滿信心。」",
        body: 2,
        sectors: &["半導體", "科技"],
        disclaimer: "zh-Hant",
        provider: "美通社",
        boilerplate: ("關於晶創半導體", 2),
        lang: "zh-Hant",
        rtl: false,
    },
    Case {
        file: "zh-Hant.html",
        source: include_str!("anatomy/zh-Hant.html"),
        title: "港灣銀行推出專為中小企業設計的數碼貿易融資平台",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "港灣銀行今日推出全新數碼貿易融資平台",
        lede_link: false,
        quote: "「中小企業是香港經濟的支柱，我們希望讓它們的資金周轉更靈活。」",
        body: 2,
        sectors: &["金融", "科技"],
        disclaimer: "zh-Hant",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire為企業及機構提供即時新聞稿發佈服務", 1),
        lang: "zh-Hant",
        rtl: false,
    },
    Case {
        file: "th.txt",
        source: include_str!("anatomy/th.txt"),
        title: "สยามฟาร์มเทค เปิดตัวบริการโดรนพ่นปุ๋ยอัจฉริยะสำหรับชาวนาไทย",
        declared: None,
        wire: "PRNewswire",
        place: Some("กรุงเทพฯ"),
        date: Some("5 มิถุนายน 2568"),
        lede: "บริษัท สยามฟาร์มเทค จำกัด ประกาศเปิดตัวบริการโดรน",
        lede_link: false,
        quote: "“เราต้องการให้ชาวนารายย่อยเข้าถึงเทคโนโลยีเดียวกับฟาร์มขนาดใหญ่ในราคาที่จ่ายได้”",
        body: 2,
        sectors: &["เกษตรกรรม", "เทคโนโลยี"],
        disclaimer: "th",
        provider: "SeaPRwire",
        boilerplate: ("เกี่ยวกับ สยามฟาร์มเทค", 2),
        lang: "th",
        rtl: false,
    },
    Case {
        file: "th.html",
        source: include_str!("anatomy/th.html"),
        title: "โรงแรมในเครือลันตา รีสอร์ท เลิกใช้พลาสติกแบบใช้ครั้งเดียวทิ้ง",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "กลุ่มโรงแรมลันตา รีสอร์ท ประกาศยกเลิก",
        lede_link: false,
        quote: "“ทะเลอันดามันคือเหตุผลที่แขกมาเที่ยวกับเรา เราจึงต้องดูแลทะเลให้ดีที่สุด”",
        body: 2,
        sectors: &["การท่องเที่ยว", "สิ่งแวดล้อม"],
        disclaimer: "th",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire ให้บริการเผยแพร่ข่าวประชาสัมพันธ์", 1),
        lang: "th",
        rtl: false,
    },
    Case {
        file: "ko.txt",
        source: include_str!("anatomy/ko.txt"),
        title: "한빛에너지, 제주에 해상풍력 연계 그린수소 생산기지 착공",
        declared: None,
        wire: "PRNewswire",
        place: Some("서울"),
        date: Some("2025년 6월 5일"),
        lede: "한빛에너지는 제주 한림 해상풍력단지와 연계한",
        lede_link: false,
        quote: "“바람이 많은 제주는 재생에너지로 수소를 만들기에 가장 좋은 곳”이라며",
        body: 2,
        sectors: &["에너지", "환경"],
        disclaimer: "ko",
        provider: "SeaPRwire",
        boilerplate: ("한빛에너지 소개", 2),
        lang: "ko",
        rtl: false,
    },
    Case {
        file: "ko.html",
        source: include_str!("anatomy/ko.html"),
        title: "푸른들식품, 버려지는 못난이 채소로 만든 간편식 출시",
        declared: None,
        wire: "SeaPRwire",
        place: None,
        date: None,
        lede: "푸른들식품이 모양이 고르지 않아",
        lede_link: false,
        quote: "“맛과 영양은 똑같은데 모양 때문에 버려지는 채소가 너무 많다”고 말했다.",
        body: 2,
        sectors: &["식품", "유통"],
        disclaimer: "ko",
        provider: "SeaPRwire",
        boilerplate: ("SeaPRwire는 기업과 기관을 위한", 1),
        lang: "ko",
        rtl: false,
    },
];

impl Case {
    fn is_html(&self) -> bool {
        self.file.ends_with(".html")
    }

    fn blocks(&self) -> Vec<SafeNode> {
        if self.is_html() {
            support::html::sanitized(self.source, Some("https://wire.example/release"))
        } else {
            paragraphs_from_text(self.source)
        }
    }

    fn release(&self) -> Release {
        Release {
            title: Some(self.title.to_string()),
            content: Some(if self.is_html() {
                Text::html(self.source)
            } else {
                Text::plain(self.source)
            }),
            language: self.declared.map(str::to_string),
            ..Release::default()
        }
    }

    fn dissect(&self) -> Anatomy {
        anatomy::dissect(self.blocks(), Some(self.title))
    }
}

fn texts(nodes: &[SafeNode]) -> Vec<String> {
    nodes.iter().map(SafeNode::text_content).collect()
}

fn has_link(nodes: &[SafeNode]) -> bool {
    nodes.iter().any(|n| match n {
        SafeNode::Text(_) => false,
        SafeNode::Element(e) => e.name == "a" || has_link(&e.children),
    })
}

#[test]
fn fourteen_languages_both_body_kinds() {
    let mut langs: Vec<&str> = CASES
        .iter()
        .map(|c| c.file.split('.').next().unwrap())
        .collect();
    langs.dedup();
    assert_eq!(langs.len(), 14);
    for lang in &langs {
        for ext in ["txt", "html"] {
            let file = format!("{lang}.{ext}");
            assert!(CASES.iter().any(|c| c.file == file), "{file} missing");
        }
    }
    for c in CASES.iter().filter(|c| !c.is_html()) {
        assert_eq!(c.source.lines().next(), Some(c.title), "{}", c.file);
    }
}

#[test]
fn datelines() {
    for c in CASES {
        let a = c.dissect();
        let d = a
            .dateline
            .unwrap_or_else(|| panic!("{}: no dateline", c.file));
        assert_eq!(d.wire, c.wire, "{}", c.file);
        assert_eq!(d.place.as_deref(), c.place, "{}", c.file);
        assert_eq!(d.date.as_deref(), c.date, "{}", c.file);
    }
}

#[test]
fn ledes_start_after_the_dateline_and_are_not_repeated() {
    for c in CASES {
        let a = c.dissect();
        let lede = a
            .lede_text()
            .unwrap_or_else(|| panic!("{}: no lede", c.file));
        assert!(lede.starts_with(c.lede), "{}: {lede}", c.file);
        assert_eq!(
            has_link(a.lede.as_deref().unwrap()),
            c.lede_link,
            "{}",
            c.file
        );
        for t in texts(&a.body).iter().chain(&texts(&a.boilerplate)) {
            assert!(!t.contains(c.lede), "{}: lede repeated in {t}", c.file);
            assert_ne!(t, c.title, "{}: title repeated", c.file);
        }
    }
}

#[test]
fn bodies_keep_their_quotes() {
    for c in CASES {
        let a = c.dissect();
        let body = texts(&a.body);
        assert_eq!(body.len(), c.body, "{}: {body:#?}", c.file);
        assert!(
            body.iter().any(|t| t.contains(c.quote)),
            "{}: quote lost in {body:#?}",
            c.file
        );
    }
}

#[test]
fn sectors_become_tags_and_leave_the_body() {
    for c in CASES {
        let a = c.dissect();
        assert_eq!(a.sectors, c.sectors, "{}", c.file);
        for t in texts(&a.body).iter().chain(&texts(&a.boilerplate)) {
            for line in t.split('\n') {
                assert_eq!(sectors::parse(line), None, "{}: {line}", c.file);
            }
        }
    }
}

#[test]
fn disclaimer_found_once_and_removed() {
    for c in CASES {
        let a = c.dissect();
        let found = a
            .disclaimer
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no disclaimer", c.file));
        assert_eq!(found.lang, c.disclaimer, "{}", c.file);
        assert_eq!(found.provider.as_deref(), Some(c.provider), "{}", c.file);
        assert_eq!(a.disclaimer_copies, 1, "{}", c.file);
        // The opening words of the disclaimer appear nowhere in the parts.
        let template = i18n::locale(c.disclaimer).disclaimer;
        let opening: String = template.chars().take(12).collect();
        let lede = a.lede_text().unwrap_or_default();
        for t in texts(&a.body)
            .iter()
            .chain(&texts(&a.boilerplate))
            .chain([&lede])
        {
            assert!(!t.contains(&opening), "{}: disclaimer left in {t}", c.file);
        }
    }
}

#[test]
fn boilerplate_found() {
    for c in CASES {
        let a = c.dissect();
        let bp = texts(&a.boilerplate);
        assert_eq!(bp.len(), c.boilerplate.1, "{}: {bp:#?}", c.file);
        assert!(bp[0].starts_with(c.boilerplate.0), "{}: {bp:#?}", c.file);
    }
}

#[test]
fn no_junk_left() {
    for c in CASES {
        let a = c.dissect();
        let lede = a.lede.clone().unwrap_or_default();
        let mut all = texts(&a.body);
        all.extend(texts(&a.boilerplate));
        all.push(lede.iter().map(SafeNode::text_content).collect());
        for t in &all {
            assert!(
                t.chars().any(char::is_alphanumeric),
                "{}: empty block",
                c.file
            );
            for junk in ["`", "\u{a0}", "\u{3000}", "  ", "\u{202f}"] {
                assert!(!t.contains(junk), "{}: {junk:?} left in {t}", c.file);
            }
            assert_eq!(t.trim(), t, "{}: untrimmed {t:?}", c.file);
        }
        let images = |nodes: &[SafeNode]| format!("{nodes:?}").contains("\"img\"");
        assert!(!images(&a.body) && !images(&a.boilerplate) && !images(&lede));
    }
}

#[test]
fn cards_speak_the_release_language() {
    for c in CASES {
        for page in [None, Some("en")] {
            let card = view::card_view(
                &c.release(),
                &Feed::default(),
                c.blocks(),
                &Options::default(),
                page,
            );
            assert_eq!(card.lang, c.lang, "{} on page {page:?}", c.file);
            assert_eq!(card.rtl, c.rtl, "{}", c.file);
            assert_eq!(card.locale.tag, c.disclaimer, "{}", c.file);
            assert_eq!(card.provider, c.provider, "{}", c.file);
            assert_eq!(card.dateline.as_deref(), Some(c.wire), "{}", c.file);
            assert_eq!(
                card.disclaimer,
                i18n::disclaimer(i18n::locale(c.disclaimer), c.provider),
                "{}",
                c.file
            );
            assert_eq!(card.sectors, c.sectors, "{}", c.file);
            assert!(card.lede.as_deref().unwrap().starts_with(c.lede));
        }
    }
}

#[test]
fn declared_language_is_kept_undeclared_is_inferred() {
    // Without a declaration the non-Latin releases take their language
    // from the script; the Latin ones from their own disclaimer.
    let inferred: Vec<&str> = CASES
        .iter()
        .filter(|c| c.declared.is_none())
        .map(|c| c.file)
        .collect();
    assert!(inferred.len() >= 20, "{inferred:?}");
    for c in CASES.iter().filter(|c| c.declared.is_some()) {
        assert_eq!(Some(c.lang), c.declared, "{}", c.file);
    }
}
