import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './html.ts';

const PARAGRAPHS = [
  'قال ناشطون محليون إن طائرات حربية شنت صباح اليوم أربع غارات على بلدة في ريف إدلب الجنوبي.',
  'وأضاف الناشطون أن الغارات أصابت سوقا شعبيا ومبنى سكنيا، فيما عملت فرق الإنقاذ على انتشال العالقين من تحت الركام.',
  'وأشار المصدر إلى أن القصف تجدد بعد الظهر على الأطراف الشرقية للبلدة دون أنباء عن إصابات جديدة.',
];

function page(head: string, bodyExtra = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">الرئيسية</a> | <a href="/world">عربي ودولي</a> | <a href="/print">طباعة</a></nav></header>
<main><article>
<h1>غارات على ريف إدلب الجنوبي</h1>
<div class="tools"><a href="#">طباعة</a> <a href="#">شارك</a></div>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
<p>شارك على فيسبوك وتويتر</p>
${bodyExtra}
</article>
<aside><h3>اخترنا لك</h3><ul><li><a href="/2">مقال آخر لا علاقة له بالخبر</a></li></ul></aside>
</main><footer>جميع الحقوق محفوظة للموقع</footer></body></html>`;
}

const FULL_HEAD = `<title>غارات على ريف إدلب الجنوبي | شبكة الأخبار</title>
<meta property="og:title" content="غارات على ريف إدلب الجنوبي">
<meta property="og:site_name" content="شبكة الأخبار">
<meta property="og:url" content="https://news.example/og/1">
<link rel="canonical" href="https://news.example/a/1">
<meta property="article:published_time" content="2016-03-04T22:10:00+02:00">`;

test('parseHtml: article text with paragraph breaks, no site chrome', () => {
  const article = parseHtml(page(FULL_HEAD));
  assert.equal(article.body, PARAGRAPHS.join('\n'));
  for (const chrome of ['طباعة', 'شارك', 'اخترنا لك', 'الرئيسية', 'جميع الحقوق']) {
    assert.ok(!article.body.includes(chrome), `"${chrome}" left in the body`);
  }
});

test('parseHtml: metadata from og:title, canonical link, og:site_name, article:published_time', () => {
  const article = parseHtml(page(FULL_HEAD));
  assert.equal(article.title, 'غارات على ريف إدلب الجنوبي');
  assert.equal(article.url, 'https://news.example/a/1');
  assert.equal(article.outlet, 'شبكة الأخبار');
  assert.equal(article.published, '2016-03-04');
});

test('parseHtml: og:url when there is no canonical link; the title Readability finds when there is no og:title', () => {
  const article = parseHtml(page('<title>غارات على ريف إدلب الجنوبي | شبكة الأخبار</title><meta property="og:url" content="https://news.example/og/2">'));
  assert.equal(article.url, 'https://news.example/og/2');
  assert.match(article.title ?? '', /^غارات على ريف إدلب الجنوبي/);
  assert.equal(article.body, PARAGRAPHS.join('\n'));
  assert.equal(article.outlet, null);
  assert.equal(article.published, null);
});

test('parseHtml: published from JSON-LD datePublished, then <time datetime>', () => {
  const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2017-05-06T08:00:00Z"}]}</script>`;
  assert.equal(parseHtml(page(`<title>ت</title>${jsonLd}`)).published, '2017-05-06');
  const broken = `<script type="application/ld+json">{not json</script>`;
  const time = `<p><time datetime="2018-09-10">العاشر من أيلول</time></p>`;
  assert.equal(parseHtml(page(`<title>ت</title>${broken}`, time)).published, '2018-09-10');
});

test('parseHtml: a page without an article still gives its text, without navigation', () => {
  const html = `<html><head><title>صفحة</title></head><body><nav>الرئيسية | طباعة</nav><div>سقطت قذيفتان على حي سكني في المدينة.</div></body></html>`;
  assert.equal(parseHtml(html).body, 'سقطت قذيفتان على حي سكني في المدينة.');
});

test('parseHtml: a page with no text has an empty body', () => {
  assert.equal(parseHtml('<html><head><title>فارغة</title></head><body><nav>الرئيسية</nav><script>var x = 1;</script></body></html>').body, '');
});
