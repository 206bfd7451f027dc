import { randomBytes } from 'node:crypto';
import { escapeHtml } from './escape-html.ts';

/**
 * Stands in for the kit's citation markers while a slide's HTML is
 * sanitized. DOMPurify's cost is per element and attribute, and the markers,
 * a `<span>` and a link with five attributes each, are most of a slide's:
 * sent as words of plain text they cost it nothing. They are the kit's own
 * markup with every value escaped, so putting them back after sanitizing
 * lets nothing through that DOMPurify would have stopped.
 *
 * A placeholder carries a random key drawn for each batch, so text in a
 * slide cannot pose as one. marked can also put a citation into an
 * attribute (an image's alt text); there a placeholder becomes the marker's
 * text, escaped, never markup.
 */
export class CitationPlaceholders {
  private readonly key = randomBytes(8).toString('hex');
  private readonly markers: { html: string; text: string }[] = [];

  /** The placeholder for a marker, to put where the marker goes. */
  add(html: string, text: string): string {
    this.markers.push({ html, text });
    return `citation${this.key}x${this.markers.length - 1}x`;
  }

  /** `sanitized` with each placeholder replaced by its marker. */
  fill(sanitized: string): string {
    return sanitized.replace(new RegExp(`citation${this.key}x(\\d+)x`, 'g'), (placeholder: string, index: string, offset: number) => {
      const marker = this.markers[Number(index)];
      if (!marker) return '';
      return insideTag(sanitized, offset) ? escapeHtml(marker.text) : marker.html;
    });
  }
}

/**
 * Whether `offset` lies inside a tag (in an attribute's value). In the HTML
 * DOMPurify returns, `<` and `>` stand for themselves only in tags: in text
 * and in attribute values they are escaped, and comments are removed.
 */
function insideTag(html: string, offset: number): boolean {
  return html.lastIndexOf('<', offset) > html.lastIndexOf('>', offset);
}
