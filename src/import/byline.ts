/** A byline: "By Jane Doe", or two to four capitalised names, each optionally with an initial. */
const BYLINE = /^(?:by\s+)?((?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){1,3}\p{Lu}[\p{L}'\u2019-]*)$/iu;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{4})`;
/** A dateline: a date, maybe after a place or "Published" / "Updated", maybe after the weekday. */
const DATELINE = new RegExp(`^(?:(?:published|updated|posted|dated)(?:\\s+on)?:?\\s+)?(?:[\\p{Lu}][\\p{L} .'-]{0,30},\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${DATE})\\.?$`, 'iu');
/** A byline and a date on one line: "By Jane Doe, 4 February 2022", "Jane Doe | 4 Feb 2022". */
const BYLINE_AND_DATE = new RegExp(`^(.+?)\\s*(?:,|\\||\\u00B7|\\u2022|\\u2013|\\u2014|-)\\s*(${DATE})\\.?$`, 'iu');

export interface Byline {
  author?: string;
  date?: string;
}

/** What a line under a title says about the document: who wrote it, when, or both; undefined when it is neither. */
export function readByline(line: string): Byline | undefined {
  const text = line.trim();
  // A name of two or more words before the date is a byline ("Jane Doe, 3 March 2023"); one word, a place ("Warsaw, 3 March 2023").
  const both = BYLINE_AND_DATE.exec(text);
  const author = both ? BYLINE.exec((both[1] as string).trim()) : null;
  if (both && author) return { author: author[1] as string, date: both[2] as string };
  const dateline = DATELINE.exec(text);
  if (dateline) return { date: dateline[1] as string };
  const byline = BYLINE.exec(text);
  return byline ? { author: byline[1] as string } : undefined;
}
