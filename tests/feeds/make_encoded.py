#!/usr/bin/env python3
"""Writes the byte fixtures whose encoding is not UTF-8 (or that carry a
BOM). The feeds are written here as text and encoded; the .expected files
beside them are written by hand. Run from tests/feeds: python3 make_encoded.py
"""


def write(name, text, encoding, bom=b""):
    with open(name, "wb") as f:
        f.write(bom + text.encode(encoding))


write("enc-windows-1252.xml", """<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0">
<channel>
<title>Café Müller Presse</title>
<link>https://presse.cafe-mueller.example/</link>
<item>
<title>“Kaffee™ für alle” – Café Müller senkt Preise um 5 €</title>
<link>https://presse.cafe-mueller.example/preise</link>
<description>Köln – Ab Montag kostet der Espresso nur 1,90 €.</description>
</item>
</channel>
</rss>
""", "cp1252")

write("enc-latin1-http.xml", """<rss version="2.0">
<channel>
<title>Société Générale de Façades</title>
<link>https://sgf.example/</link>
<item>
<title>SGF’s façade wins “Grand Prix”</title>
<link>https://sgf.example/grand-prix</link>
<description>Straße, Ærø, señor: déjà vu.</description>
</item>
</channel>
</rss>
""", "cp1252")

write("enc-shift-jis.xml", """<?xml version="1.0" encoding="Shift_JIS"?>
<rss version="2.0">
<channel>
<title>ＰＲワイヤー　日本語版</title>
<link>https://prwire.example.jp/</link>
<language>ja</language>
<item>
<title>株式会社コントソ、大阪に新工場を建設</title>
<link>https://prwire.example.jp/releases/contoso-osaka</link>
<pubDate>Mon, 04 Aug 2025 15:00:00 JST</pubDate>
<description>大阪、2025年8月4日、株式会社コントソは本日、新工場の建設を発表しました。</description>
<category>製造業</category>
</item>
</channel>
</rss>
""", "shift_jis")

write("enc-utf8-declared-latin1.xml", """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0">
<channel>
<title>Zürich Versicherungs-Blog</title>
<link>https://blog.zuerich-vers.example/</link>
<item>
<title>Grüezi: neue Tarife für 2026</title>
<link>https://blog.zuerich-vers.example/tarife-2026</link>
</item>
</channel>
</rss>
""", "utf-8")

write("enc-utf8-bom-vs-declaration.xml", """<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0">
<channel>
<title>Açores Turismo</title>
<link>https://imprensa.acores-turismo.example/</link>
<item>
<title>Açores recebem prémio de sustentabilidade</title>
<link>https://imprensa.acores-turismo.example/premio</link>
</item>
</channel>
</rss>
""", "utf-8", bom=b"\xef\xbb\xbf")

write("enc-utf16le-bom.xml", """<?xml version="1.0" encoding="UTF-16"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Ελληνικά Δελτία Τύπου</title>
<entry>
<id>gr-1</id>
<title>Η Contoso ανοίγει γραφείο στην Αθήνα</title>
<updated>2025-07-20T09:00:00+03:00</updated>
</entry>
</feed>
""", "utf-16-le", bom=b"\xff\xfe")

write("enc-http-over-declaration-1251.xml", """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>Новости компании Контосо</title>
<link>https://press.contoso.example.ru/</link>
<language>ru</language>
<item>
<title>Контосо открывает офис в Казани</title>
<link>https://press.contoso.example.ru/kazan</link>
<description>Казань, 1 августа 2025 г. — Компания открыла новый офис.</description>
</item>
</channel>
</rss>
""", "cp1251")

write("enc-euc-kr.xml", """<?xml version="1.0" encoding="EUC-KR"?>
<rss version="2.0">
<channel>
<title>뉴스와이어 보도자료</title>
<link>https://newswire.example.kr/</link>
<item>
<title>파브리캄, 부산에 물류센터 개관</title>
<link>https://newswire.example.kr/fabrikam-busan</link>
<description>부산, 2025년 8월 6일 - 파브리캄이 물류센터를 열었다.</description>
</item>
</channel>
</rss>
""", "euc_kr")

write("enc-gbk-http-gb2312.xml", """<rss version="2.0">
<channel>
<title>美通社 中文新闻</title>
<link>https://www.prnasia.example/</link>
<item>
<title>康托索在上海设立研发中心</title>
<link>https://www.prnasia.example/story/contoso-shanghai</link>
</item>
</channel>
</rss>
""", "gbk")
