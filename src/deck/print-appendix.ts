import { APPENDIX_TEMPLATE_ID } from './page-contract.ts';

/**
 * Cuts the appendix of cited paragraphs into slide-sized pages for the print
 * view. Pages are filled by measuring the rendered entries in the deck's own
 * fonts and width, so no entry is cut off and no page is half empty by a
 * guess. Runs before reveal lays the deck out for print.
 */
export function paginateAppendix(document: Document, pageHeight: number): number {
  const template = document.getElementById(APPENDIX_TEMPLATE_ID) as HTMLTemplateElement | null;
  const slides = document.querySelector('.reveal .slides');
  if (!template || !slides || template.content.childElementCount === 0) return 0;

  const pages: HTMLElement[] = [];
  let page = newPage(document, slides);
  for (const entry of [...template.content.children]) {
    const node = document.importNode(entry, true);
    page.appendChild(node);
    // An entry that alone overflows a page keeps its own page, in smaller type, rather than being cut.
    if (page.offsetHeight > pageHeight && page.querySelectorAll('.appendix-entry').length > 1) {
      page.removeChild(node);
      pages.push(page);
      page = newPage(document, slides);
      page.appendChild(node);
    }
    if (page.offsetHeight > pageHeight) page.classList.add('appendix-dense');
  }
  pages.push(page);
  pages.forEach((p, i) => {
    p.classList.remove('appendix-measuring');
    const heading = p.querySelector('h2');
    if (heading && pages.length > 1) heading.textContent += ` (${i + 1} of ${pages.length})`;
  });
  return pages.length;
}

function newPage(document: Document, slides: Element): HTMLElement {
  const page = document.createElement('section');
  page.className = 'appendix-page';
  page.setAttribute('data-citations', 'none');
  // Laid out but unseen while it is filled: reveal hides slides until it starts, and hidden slides measure 0.
  page.classList.add('appendix-measuring');
  page.innerHTML = '<h2>Appendix: the cited paragraphs</h2>';
  slides.appendChild(page);
  return page;
}
