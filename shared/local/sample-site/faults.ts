import { escapeMarkup as e } from './templates/markup.js';

/**
 * The fault fixtures served with `faults: true`: each item is something the pipeline must survive
 * and report for that item alone (issue 2: a feed that answers 500, a malformed feed, a page that
 * times out, a page that is not an article).
 */
export const FAULT_PATHS = {
  brokenFeed: '/faults/broken.rss',
  malformedFeed: '/faults/malformed.rss',
  feed: '/faults/feed.rss',
  stallPage: '/faults/2026/11/stalled-report.html',
  galleryPage: '/faults/gallery/astana-expo-photos.html',
} as const;


/** A valid RSS 2.0 feed whose two items point at the stalling page and the non-article page. */
export function faultFeedXml(baseUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Sample faults desk</title>
    <link>${e(baseUrl)}/faults/</link>
    <description>Items whose pages misbehave</description>
    <item>
      <title>Kyrgyzstan and Tajikistan agree to expand border trade</title>
      <link>${e(baseUrl)}${FAULT_PATHS.stallPage}</link>
      <guid isPermaLink="false">faults-stall</guid>
      <pubDate>Fri, 13 Nov 2026 09:30:00 +0500</pubDate>
      <description>The page of this item never answers.</description>
    </item>
    <item>
      <title>Photo gallery: Astana industrial expo</title>
      <link>${e(baseUrl)}${FAULT_PATHS.galleryPage}</link>
      <guid isPermaLink="false">faults-gallery</guid>
      <pubDate>Fri, 13 Nov 2026 08:10:00 +0500</pubDate>
      <description>A gallery page with no article text.</description>
    </item>
  </channel>
</rss>
`;
}

/**
 * XML no parser can repair, strict or tolerant: the quote of the root's `version` attribute is
 * never closed, so every later byte is inside one attribute value and no element is ever complete
 * (a tolerant parser finds no root; a strict one stops at the first `<`). Inside, an element is
 * also left open mid-document and the tail is truncated, so even a parser that guessed the quote
 * back could not recover the items' links.
 */
export function malformedFeedXml(baseUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0>
  <channel>
    <title>Sample malformed feed</title>
    <link>${e(baseUrl)}/faults/</link>
    <item>
      <title>Turkmenistan raises cotton exports
      <link>${e(baseUrl)}/faults/2026/11/cotton.html</link>
      <pubDate>Thu, 12 Nov 2026 11:00:00 +0500
    </item>
    <item>
      <title>Unfinished</titel>
      <description><![CDATA[Broken <b>markup
  </chan`;
}

/** A 200 HTML page that is not an article: a photo gallery with a title, captions and no text. */
export function galleryPageHtml(baseUrl: string): string {
  const url = `${baseUrl}${FAULT_PATHS.galleryPage}`;
  const photos = [1, 2, 3, 4, 5, 6]
    .map((n) => `      <figure class="gallery-item"><img src="/faults/gallery/expo-${n}.jpg" alt="Expo photo ${n}"><figcaption>Photo ${n} of 6</figcaption></figure>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Photo gallery: Astana industrial expo</title>
  <meta property="og:title" content="Photo gallery: Astana industrial expo">
  <meta property="og:type" content="website">
  <link rel="canonical" href="${e(url)}">
</head>
<body>
  <header><nav><a href="/faults/">Home</a> <a href="/faults/gallery/">Galleries</a> <a href="/faults/contacts">Contacts</a></nav></header>
  <main class="gallery">
    <h1>Photo gallery: Astana industrial expo</h1>
    <div class="gallery-grid">
${photos}
    </div>
    <p class="gallery-credit">Photos: press service</p>
  </main>
  <footer><p>Contact us: press@example.org</p></footer>
</body>
</html>
`;
}
