"""What the chat's page carries besides its components: the stylesheet, and the small
scripts that turn a click on a citation marker, a list item or a chart mark into a server
event (gr.HTML's `js_on_load`, where `element` and `trigger` are Gradio's). Strings only.
"""

from __future__ import annotations

CSS = """
.iqa-citation { border-left: 3px solid #6b7280; padding: 0.4em 0.8em; margin: 0.6em 0; }
.iqa-citation.iqa-focus { border-left: 5px solid #1d4ed8; background: #eff6ff; }
.iqa-source { font-weight: 600; }
.iqa-meta { color: #4b5563; font-size: 0.9em; }
.iqa-passage { margin: 0.4em 0 0 0; white-space: normal; }
.iqa-passage mark { background: #fde68a; color: inherit; }
.iqa-lead { font-style: italic; }
a.iqa-cite { font-weight: 600; text-decoration: underline; cursor: pointer; }
a.iqa-cite:focus-visible, a.iqa-pick:focus-visible { outline: 2px solid #1d4ed8; }
/* The chat's label floats over its messages and covered the first line once scrolled: give
   it a row of its own above the scrolling messages. */
#iqa-chat > .wrapper { display: flex; flex-direction: column; }
#iqa-chat > .wrapper > label.float { position: static; flex: none; }
#iqa-chat > .wrapper > .bubble-wrap { flex: 1 1 auto; min-height: 0; }
/* The chart is as wide as its box ("container" width): vega-embed's box is a flex item that
   would otherwise shrink to nothing, and the chart with it. */
/* Ask sits beside the question, level with its input box rather than as tall as the block */
#iqa-ask-row { align-items: flex-end; }
#iqa-ask { margin-bottom: 10px; }
#iqa-chat .placeholder-content, #iqa-chat .placeholder { padding: 0 1.5em; }
#iqa-timeline-chart .vega-embed { flex: 1 1 auto; width: 100%; min-width: 0; }
#iqa-timeline-chart svg { max-width: 100%; }
.iqa-events, .iqa-recs { list-style: none; padding: 0; margin: 0; text-align: left; }
.iqa-event, .iqa-rec { padding: 0.5em 0.2em; border-bottom: 1px solid #e5e7eb; }
.iqa-event.iqa-selected, .iqa-rec.iqa-selected { background: #eff6ff; }
a.iqa-pick { font-weight: 600; text-decoration: none; color: inherit; }
a.iqa-pick:hover { text-decoration: underline; }
.iqa-when { display: inline-block; min-width: 9.5em; margin-right: 0.4em; text-align: left; }
.iqa-dot { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%;
           margin-right: 0.35em; vertical-align: baseline; }
.iqa-summary { display: block; margin: 0.2em 0 0 0; }
.iqa-count { color: #6b7280; font-size: 0.9em; }
.iqa-concern { margin: 0 0 0.6em 0; }
.iqa-recurring { margin: 0.6em 0 1.2em 0; }
.iqa-raised { margin: 0 0 0.2em 0; font-size: 1em; color: #374151; }
.iqa-recurring .iqa-raised { color: #b2182b; }
.iqa-table { width: 100%; table-layout: fixed; border-collapse: collapse; }
.iqa-table th, .iqa-table td { text-align: left; vertical-align: top; padding: 0.35em 0.5em;
                               border-bottom: 1px solid #e5e7eb; overflow-wrap: anywhere; }
/* Rules between rows only: Gradio's own table style drew heavy dark lines between the
   columns and round the table, a spreadsheet grid in a list of documents. */
#iqa-sources .iqa-table, #iqa-sources .iqa-table tr, #iqa-sources .iqa-table th,
#iqa-sources .iqa-table td {
  border-left: 0; border-right: 0; border-top: 0; }
#iqa-sources .iqa-table thead th { border-bottom: 2px solid #9ca3af; }
.iqa-table .iqa-num, .iqa-table th:last-child { text-align: right; }
.iqa-id { color: #6b7280; font-size: 0.85em; }
/* Passages stay in view beside a long list while the page scrolls: their column is as tall
   as the list (equal_height rows), and the page's container clips rather than hides its
   overflow, since 'hidden' would make it the box a sticky element sticks in. */
.gradio-container { overflow: clip; }
#iqa-timeline-passages, #iqa-recommendation-passages { position: sticky; top: 0.5em;
  max-height: calc(100vh - 1em); overflow-y: auto; }
.dark .iqa-citation.iqa-focus, .dark .iqa-event.iqa-selected, .dark .iqa-rec.iqa-selected {
  background: #1e293b; }
.dark .iqa-meta, .dark .iqa-count, .dark .iqa-id, .dark .iqa-raised { color: #cbd5e1; }
"""

# Turns a click on a chat marker ("#iqa-cite-<answer>-<n>" links, anywhere in the page) into
# the citation panel's select event. Registered once per page (the panel may re-mount).
CITE_JS = """
for (const [type, handler] of window.iqaCite || []) {
  document.removeEventListener(type, handler, true);
}
const open = (event) => {
  const link = event.target.closest && event.target.closest('a.iqa-cite');
  if (!link || (event.type === 'keydown' && event.key !== 'Enter')) return;
  const m = (link.getAttribute('href') || '').match(/#iqa-cite-(\\d+)-(\\d+)$/);
  if (!m) return;
  // Not also the chat's own "message selected" (Enter on a message, or a click in it).
  event.preventDefault();
  event.stopPropagation();
  trigger('select', {turn: Number(m[1]), n: Number(m[2])});
};
window.iqaCite = [['click', open], ['keydown', open]];
for (const [type, handler] of window.iqaCite) document.addEventListener(type, handler, true);
"""

# Turns a click on a list item ('#PREFIX-<i>' links) or on a chart mark linking there (which
# sets the page's hash) into this list's select event, and marks the item chosen.
PICK_JS = """
const prefix = '#PREFIX-';
const pick = (i) => {
  element.querySelectorAll('.iqa-selected').forEach((el) => el.classList.remove('iqa-selected'));
  const link = element.querySelector(`a.iqa-pick[href='${prefix}${i}']`);
  if (link) link.closest('li').classList.add('iqa-selected');
  trigger('select', {index: i});
};
element.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a.iqa-pick');
  if (!link) return;
  event.preventDefault();
  pick(Number(link.getAttribute('href').slice(prefix.length)));
});
const key = 'iqaHash_PREFIX';
if (window[key]) window.removeEventListener('hashchange', window[key]);
window[key] = () => {
  if (!location.hash.startsWith(prefix)) return;
  pick(Number(location.hash.slice(prefix.length)));
  history.replaceState(null, '', location.pathname + location.search);  // a second click works
};
window.addEventListener('hashchange', window[key]);
"""


def pick_js(prefix: str) -> str:
    """PICK_JS for the list whose links are '#PREFIX-<i>'."""
    return PICK_JS.replace("PREFIX", prefix)
