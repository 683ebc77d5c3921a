import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from './feed.ts';
import type { FeedParse } from './feed.ts';

function items(parse: FeedParse) {
  assert.ok(parse.ok, 'the feed parses');
  return parse;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>وكالة الأنباء المحلية</title>
  <link>https://agency.example/</link>
  <item>
    <title>انفجار في حي سكني</title>
    <link>https://agency.example/n/1</link>
    <guid isPermaLink="false">agency-1</guid>
    <pubDate>Thu, 08 Dec 2016 21:15:00 +0200</pubDate>
    <description>&lt;p&gt;ملخص قصير&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>انفجرت سيارة مفخخة مساء الخميس في حي سكني وسط المدينة.</p><div class="share">شارك</div><p>وأفادت مصادر طبية بسقوط &quot;ثلاثة&quot; قتلى.</p>]]></content:encoded>
  </item>
  <item>
    <title>قصف مدفعي &amp; اشتباكات</title>
    <guid>https://agency.example/n/2</guid>
    <dc:date>2016-12-09T06:00:00Z</dc:date>
    <description>&lt;p&gt;تعرضت بلدة في الريف الشمالي لقصف مدفعي عنيف فجر اليوم.&lt;/p&gt;&lt;p&gt;طباعة&lt;/p&gt;</description>
  </item>
  <item>
    <title>بلا نص</title>
  </item>
</channel>
</rss>`;

test('RSS 2.0: full content, link, date and outlet of each item', () => {
  const feed = items(parseFeed(RSS));
  assert.equal(feed.outlet, 'وكالة الأنباء المحلية');
  assert.equal(feed.items.length, 3);
  const [first, second, third] = feed.items;
  assert.deepEqual(first, {
    index: 1,
    key: 'agency-1',
    title: 'انفجار في حي سكني',
    body: 'انفجرت سيارة مفخخة مساء الخميس في حي سكني وسط المدينة.\nوأفادت مصادر طبية بسقوط "ثلاثة" قتلى.',
    published: '2016-12-08',
    url: 'https://agency.example/n/1',
  });
  // Only a summary: the body is the summary, its chrome removed; a permalink guid is the link.
  assert.equal(second!.title, 'قصف مدفعي & اشتباكات');
  assert.equal(second!.body, 'تعرضت بلدة في الريف الشمالي لقصف مدفعي عنيف فجر اليوم.');
  assert.equal(second!.url, 'https://agency.example/n/2');
  assert.equal(second!.published, '2016-12-09');
  assert.equal(third!.body, '');
  assert.equal(third!.key, null);
});

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">موقع الرصد</title>
  <entry>
    <title>اشتباكات على أطراف المدينة</title>
    <id>tag:monitor.example,2017:1</id>
    <link rel="self" href="https://monitor.example/api/1"/>
    <link rel="alternate" href="https://monitor.example/1"/>
    <published>2017-02-03T10:00:00+03:00</published>
    <updated>2017-02-04T10:00:00+03:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>دارت اشتباكات <b>عنيفة</b> بين الطرفين.</p><p>وتحدثت مصادر عن أسرى.</p></div></content>
  </entry>
  <entry>
    <title>ملخص فقط</title>
    <link href="https://monitor.example/2"/>
    <updated>2017-02-05T00:00:00Z</updated>
    <summary type="html">&lt;p&gt;سقطت قذائف هاون على حي في المدينة &amp;amp; ضواحيها.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>نص خام</title>
    <content type="text">سطر أول &lt;ليس وسما&gt;
سطر ثان</content>
  </entry>
  <entry>
    <content type="html"><![CDATA[<p>فقرة من <i>مقطع</i> خام.</p>]]></content>
  </entry>
</feed>`;

test('Atom: xhtml, escaped html, text and CDATA content; summary when there is no content', () => {
  const feed = items(parseFeed(ATOM));
  assert.equal(feed.outlet, 'موقع الرصد');
  const [xhtml, summary, text, cdata] = feed.items;
  assert.equal(xhtml!.body, 'دارت اشتباكات عنيفة بين الطرفين.\nوتحدثت مصادر عن أسرى.');
  assert.equal(xhtml!.url, 'https://monitor.example/1');
  assert.equal(xhtml!.key, 'tag:monitor.example,2017:1');
  assert.equal(xhtml!.published, '2017-02-03');
  assert.equal(summary!.body, 'سقطت قذائف هاون على حي في المدينة & ضواحيها.');
  assert.equal(summary!.url, 'https://monitor.example/2');
  assert.equal(summary!.published, '2017-02-05');
  assert.equal(text!.body, 'سطر أول <ليس وسما>\nسطر ثان');
  assert.equal(cdata!.body, 'فقرة من مقطع خام.');
  assert.equal(cdata!.title, null);
});

test('RSS 1.0 (RDF) items are read like RSS 2.0', () => {
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>نشرة</title></channel>
    <item><title>خبر</title><link>https://n.example/1</link><dc:date>2015-10-07</dc:date><description>أطلقت سفن حربية صواريخ من البحر.</description></item>
  </rdf:RDF>`;
  const feed = items(parseFeed(rdf));
  assert.equal(feed.outlet, 'نشرة');
  assert.equal(feed.items[0]!.published, '2015-10-07');
  assert.equal(feed.items[0]!.body, 'أطلقت سفن حربية صواريخ من البحر.');
});

test('not a feed', () => {
  for (const xml of ['<note><to>x</to></note>', 'plain words', '']) {
    const parse = parseFeed(xml);
    assert.equal(parse.ok, false, xml);
  }
});
