import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../shared/facts/text/sentences.js';

const texts = (paragraphs: string[]): string[] => splitSentences(paragraphs).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops and keeps abbreviations, initials and decimals', () => {
    expect(texts(['Mr. Li of Shenzhen T.D.S Co., Ltd. met the U.S. envoy on Aug. 18. Trade rose 3.5 percent. It was No. 1.'])).toEqual([
      'Mr. Li of Shenzhen T.D.S Co., Ltd. met the U.S. envoy on Aug. 18.',
      'Trade rose 3.5 percent.',
      'It was No. 1.',
    ]);
  });

  it('keeps Asian legal forms before "Ltd." inside the sentence', () => {
    // Real text: real-a uza-nodate-uz-cn-nurafshan-chinese-projects ("Extol Global Capital Pte. Ltd., and with other investors").
    expect(texts(['Officials met Lim Holdings Pte. Ltd., and Tata Steel Pvt. Ltd. joined later. Talks ended.'])).toEqual([
      'Officials met Lim Holdings Pte. Ltd., and Tata Steel Pvt. Ltd. joined later.',
      'Talks ended.',
    ]);
  });

  it('ends a sentence at a scale abbreviation followed by a capitalised word, and only there', () => {
    // ru-g etoday-nodate-tj-trade-partners, ru-c kursivuz-…, real-d investforesight-…: "млн." and "bln." at a sentence end.
    expect(texts(['Импорт составил свыше $ 356,2 млн. Товарооборот с Турцией превысил $ 268 млн. Экспорт вырос на 5 тыс. тонн.'])).toEqual([
      'Импорт составил свыше $ 356,2 млн.',
      'Товарооборот с Турцией превысил $ 268 млн.',
      'Экспорт вырос на 5 тыс. тонн.',
    ]);
    expect(texts(['Trade reached $18 bln. More than half was oil. The fund holds 5 mln. USD in bonds.'])).toEqual([
      'Trade reached $18 bln.',
      'More than half was oil.',
      'The fund holds 5 mln. USD in bonds.',
    ]);
    // A Russian one-letter word after the scale starts a sentence too (ru-c ritmeurasia-…-interregional-forum "млн. К крупнейшим",
    // ru-g elkz-…-eabr-strategy-investments "млрд. В июне").
    expect(texts(['Стороны подписали 12 документов на $400 млн. К крупнейшим из них относятся два контракта.'])).toEqual([
      'Стороны подписали 12 документов на $400 млн.',
      'К крупнейшим из них относятся два контракта.',
    ]);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(texts(['"We signed it." The minister left.'])).toEqual(['"We signed it."', 'The minister left.']);
  });

  it('splits glued sentences of scraped pages and a wire dateline', () => {
    expect(texts(['The deal closed.The sides left.'])).toEqual(['The deal closed.', 'The sides left.']);
    expect(texts(['BISHKEK, Aug. 25 (Xinhua) -- The road reopened.'])).toEqual(['BISHKEK, Aug. 25 (Xinhua) --', 'The road reopened.']);
  });

  it('gives offsets so every sentence is verbatim in its paragraph', () => {
    const paragraphs = ['First one.  Second one!', 'Third?'];
    for (const s of splitSentences(paragraphs)) expect(paragraphs[s.paragraph]?.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('cuts a run with no full stop into bounded pieces', () => {
    const pieces = splitSentences(['x'.repeat(MAX_SENTENCE_CHARS * 3 + 5)]);
    expect(pieces).toHaveLength(4);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBe(MAX_SENTENCE_CHARS);
  });
});
