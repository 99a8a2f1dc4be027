//! The table of languages: one row per language, every word of the card's
//! chrome in it, and the cue words anatomy recognises in release bodies.
//! Adding a language is adding a row.

use crate::text::Words;

/// The chrome of a card in one language, and the phrases a wire writes in
/// that language.
#[derive(Debug)]
pub struct Locale {
    /// BCP 47 tag (primary subtag, or with script for Chinese).
    pub tag: &'static str,
    /// The third-party disclaimer, `{provider}` standing for the
    /// distributor's name. Also the template anatomy matches (tolerantly)
    /// to find the disclaimer in a body.
    pub disclaimer: &'static str,
    /// Link text after a lede ("Read more").
    pub read_more: &'static str,
    /// Accessible label of the sectors list.
    pub sectors: &'static str,
    /// Label for the publication date ("Published").
    pub published: &'static str,
    /// Accessible label of a card ("Press release").
    pub press_release: &'static str,
    /// Neutral name for the distributor when no provider is known, written
    /// to stand where `{provider}` stands in [`Locale::disclaimer`].
    pub distributor: &'static str,
    /// Words that open a sector line ("Sektor: Top Story, Daily News"),
    /// compared case-insensitively, followed by `:` or `：`; separated by
    /// `|` (read with [`cues`]).
    pub sector_cues: &'static str,
    /// Headings that open the distributor's "about" text; `{}` stands for
    /// the name ("About {}", "{}について"). Compared case-insensitively with
    /// white space ignored. Separated by `|` (read with [`cues`]).
    pub about_cues: &'static str,
}

/// The cues of a [`Locale`]'s `sector_cues` or `about_cues` (one string
/// each, as [`Words`] are held).
pub fn cues(list: &'static str) -> std::str::Split<'static, char> {
    Words::separated(list, '|').iter()
}

/// Every language with its own chrome. The first row is the fallback.
pub const LOCALES: &[Locale] = &[
    Locale {
        tag: "en",
        disclaimer: "This article is provided by a third-party content provider. {provider} makes no warranties or representations in connection with it.",
        read_more: "Read more",
        sectors: "Sectors",
        published: "Published",
        press_release: "Press release",
        distributor: "The distributor",
        sector_cues: "Sector|Sectors|Category|Categories",
        about_cues: "About {}|About the {}",
    },
    Locale {
        tag: "ko",
        disclaimer: "이 기사는 제3자 콘텐츠 제공업체가 제공한 것입니다. {provider}은(는) 이와 관련하여 어떠한 보증이나 진술도 하지 않습니다.",
        read_more: "자세히 보기",
        sectors: "분야",
        published: "게시일",
        press_release: "보도자료",
        distributor: "배포사",
        sector_cues: "분야|섹터|업종|카테고리",
        about_cues: "{}소개|{}에 대하여|{}에 대해",
    },
    Locale {
        tag: "ja",
        disclaimer: "この記事はサードパーティのコンテンツプロバイダーによって提供されています。{provider}は、これに関していかなる保証も表明も行いません。",
        read_more: "続きを読む",
        sectors: "セクター",
        published: "公開日",
        press_release: "プレスリリース",
        distributor: "配信元",
        sector_cues: "セクター|分野|業種|カテゴリー",
        about_cues: "{}について|{}の概要",
    },
    Locale {
        tag: "ar",
        disclaimer: "هذه المقالة مقدمة من مزود محتوى تابع لجهة خارجية. لا تقدم {provider} أي ضمانات أو إقرارات فيما يتعلق بها.",
        read_more: "اقرأ المزيد",
        sectors: "القطاعات",
        published: "تاريخ النشر",
        press_release: "بيان صحفي",
        distributor: "الجهة الموزعة",
        sector_cues: "القطاع|القطاعات|الفئة",
        about_cues: "نبذة عن {}|حول {}|عن {}",
    },
    Locale {
        tag: "zh-Hans",
        disclaimer: "本文由第三方内容提供商提供。{provider}对此不作任何保证或陈述。",
        read_more: "阅读全文",
        sectors: "行业",
        published: "发布于",
        press_release: "新闻稿",
        distributor: "发布方",
        sector_cues: "行业|板块|领域|类别",
        about_cues: "关于{}",
    },
    Locale {
        tag: "zh-Hant",
        disclaimer: "本文由第三方內容提供商提供。{provider}對此不作任何保證或陳述。",
        read_more: "閱讀全文",
        sectors: "行業",
        published: "發佈於",
        press_release: "新聞稿",
        distributor: "發佈方",
        sector_cues: "行業|板塊|領域|類別",
        about_cues: "關於{}",
    },
    Locale {
        tag: "vi",
        disclaimer: "Bài viết này được cung cấp bởi một nhà cung cấp nội dung bên thứ ba. {provider} không đưa ra bất kỳ bảo đảm hay tuyên bố nào liên quan đến bài viết này.",
        read_more: "Đọc thêm",
        sectors: "Lĩnh vực",
        published: "Ngày đăng",
        press_release: "Thông cáo báo chí",
        distributor: "Đơn vị phát hành",
        sector_cues: "Lĩnh vực|Ngành|Danh mục",
        about_cues: "Giới thiệu về {}|Về {}",
    },
    Locale {
        tag: "th",
        disclaimer: "บทความนี้จัดทำโดยผู้ให้บริการเนื้อหาบุคคลที่สาม {provider} ไม่รับประกันหรือให้การรับรองใด ๆ ที่เกี่ยวข้องกับบทความนี้",
        read_more: "อ่านต่อ",
        sectors: "ภาคส่วน",
        published: "เผยแพร่เมื่อ",
        press_release: "ข่าวประชาสัมพันธ์",
        distributor: "ผู้เผยแพร่",
        sector_cues: "ภาคส่วน|ภาค|หมวดหมู่|อุตสาหกรรม",
        about_cues: "เกี่ยวกับ{}",
    },
    Locale {
        tag: "id",
        disclaimer: "Artikel ini disediakan oleh penyedia konten pihak ketiga. {provider} tidak memberikan jaminan atau pernyataan sehubungan dengan hal tersebut.",
        read_more: "Baca selengkapnya",
        sectors: "Sektor",
        published: "Diterbitkan",
        press_release: "Siaran pers",
        distributor: "Distributor",
        sector_cues: "Sektor|Kategori",
        about_cues: "Tentang {}",
    },
    Locale {
        tag: "ms",
        disclaimer: "Artikel ini disediakan oleh pembekal kandungan pihak ketiga. {provider} tidak memberikan sebarang jaminan atau pernyataan berkaitan dengannya.",
        read_more: "Baca lagi",
        sectors: "Sektor",
        published: "Diterbitkan",
        press_release: "Kenyataan media",
        distributor: "Pengedar",
        sector_cues: "Sektor|Kategori",
        about_cues: "Mengenai {}|Tentang {}",
    },
    Locale {
        tag: "de",
        disclaimer: "Dieser Artikel wird von einem externen Inhaltsanbieter bereitgestellt. {provider} übernimmt hierfür keinerlei Gewährleistung oder Zusicherung.",
        read_more: "Weiterlesen",
        sectors: "Branchen",
        published: "Veröffentlicht",
        press_release: "Pressemitteilung",
        distributor: "Der Anbieter",
        sector_cues: "Sektor|Sektoren|Branche|Branchen|Kategorie",
        about_cues: "Über {}|Über die {}|Über das {}|Über den {}",
    },
    Locale {
        tag: "ru",
        disclaimer: "Эта статья предоставлена сторонним поставщиком контента. {provider} не дает никаких гарантий и не делает никаких заявлений в связи с ней.",
        read_more: "Читать далее",
        sectors: "Секторы",
        published: "Опубликовано",
        press_release: "Пресс-релиз",
        distributor: "Распространитель",
        sector_cues: "Сектор|Секторы|Сектора|Отрасль|Категория",
        about_cues: "О компании {}|Об {}|О {}",
    },
    Locale {
        tag: "fr",
        disclaimer: "Cet article est fourni par un fournisseur de contenu tiers. {provider} ne donne aucune garantie et ne fait aucune déclaration à son sujet.",
        read_more: "Lire la suite",
        sectors: "Secteurs",
        published: "Publié le",
        press_release: "Communiqué de presse",
        distributor: "Le distributeur",
        sector_cues: "Secteur|Secteurs|Catégorie",
        about_cues: "À propos de {}|À propos de la {}|À propos du {}|À propos d’{}|À propos d'{}",
    },
    Locale {
        tag: "es",
        disclaimer: "Este artículo es proporcionado por un proveedor de contenido externo. {provider} no otorga garantías ni hace declaraciones al respecto.",
        read_more: "Leer más",
        sectors: "Sectores",
        published: "Publicado",
        press_release: "Comunicado de prensa",
        distributor: "El distribuidor",
        sector_cues: "Sector|Sectores|Categoría",
        about_cues: "Acerca de {}|Acerca de la {}|Acerca del {}|Sobre {}",
    },
    Locale {
        tag: "pt",
        disclaimer: "Este artigo é fornecido por um provedor de conteúdo terceirizado. {provider} não oferece garantias nem faz declarações a respeito dele.",
        read_more: "Leia mais",
        sectors: "Setores",
        published: "Publicado",
        press_release: "Comunicado de imprensa",
        distributor: "O distribuidor",
        sector_cues: "Setor|Setores|Sector|Categoria",
        about_cues: "Sobre a {}|Sobre o {}|Sobre {}",
    },
];
