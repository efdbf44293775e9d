// Rule sources and texts in a reader's words: the specification documents the rules cite by file
// number (`000 §4`) are named by their titles. Used by the rule reference and the README catalogue.
'use strict';

/** The documents rule sources cite by file number, by title. */
const DOCUMENTS = {
  '000': 'model-engine Helm Values Reference',
  '001': 'llm-proxy Helm chart README',
  '002': 'model-engine Cloud Support Matrix',
  '003': 'LiteLLM Proxy Helm chart README',
};

/**
 * One source citation in words: `000 §4 › KEDA` becomes the document's title and the section; a
 * bare section after a document citation (`001 §Autoscaling; Prerequisites`) is in the same document.
 */
function inWords(citation, previousTitle) {
  const numbered = /^(\d{3}) §\s*(.*)$/.exec(citation.trim());
  if (numbered) {
    const title = DOCUMENTS[numbered[1]] ?? `document ${numbered[1]}`;
    const section = numbered[2].replace(/^(\d+)(?=\.?\s|$)/, 'section $1').trim();
    return { text: section ? `${title}, ${section}` : title, title };
  }
  if (previousTitle && /^[A-Z][^:]*$/.test(citation.trim())) return { text: `${previousTitle}, ${citation.trim()}`, title: previousTitle };
  return { text: plain(citation), title: undefined };
}

function plain(citation) {
  return citation
    .trim()
    .replace(/^chart ([\d.]+):\s*/, (_, v) => `the chart's own code (version ${v}): `)
    .replace(/^service config loading:\s*/, "the model-engine service's config loading: ")
    .replace(/^DESIGN: Props -> values$/, 'this library: typed props own the values keys they produce')
    .replace(/^DESIGN: /, "this library's design: ");
}

function sources(source) {
  let title;
  return source
    .split(/;\s*/)
    .filter(Boolean)
    .map((citation) => {
      const words = inWords(citation, title);
      title = words.title;
      return words.text;
    });
}

/** Rule text that names a document by its file number (`seed 000/002`) names it by title. */
function documentsInWords(text) {
  return text.replace(/\bseeds? ((?:\d{3})(?:\/\d{3})*)\b/g, (_, numbers) => {
    const titles = numbers.split('/').map((n) => DOCUMENTS[n] ?? `document ${n}`);
    return `the ${titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}` : titles[0]}`;
  });
}

module.exports = { documentsInWords, sources };
