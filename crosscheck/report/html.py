"""One self-contained HTML page: the claims × sources matrix, filterable by
verdict; click a cell and the article opens with the evidence highlighted and
scrolled into view; conflicts, misspellings and what the sources disagree on
have their own sections.

Everything is in the file (no network, no external assets). Every piece of
article and claims text is HTML-escaped here, the data the script reads is a
JSON block with <, > and & escaped, and the page's Content-Security-Policy
allows only its own script (by hash) to run: an article containing <script>
shows as text and never executes. The script only sets textContent.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path

from .. import __version__
from ..model import Report, counted
from .text import GLYPHS, LABELS, clean

TRANSPOSE_OVER = 30  # more sources than this, and sources become the rows
MAX_ROWS = 500  # an archive's matrix shows the sources with most contradictions; JSON has them all
MAX_FINDINGS = 1000

STYLE = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--hl:#fff8c5}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);
margin:0 auto;max-width:1100px;padding:12px}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid var(--line)}
.muted{color:var(--muted)}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
code,.quote,li{overflow-wrap:anywhere}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:.6em 0}
.filters label{border:1px solid var(--line);border-radius:14px;padding:2px 10px;cursor:pointer;user-select:none}
.scroll{overflow-x:auto;max-width:100%}
table.matrix{border-collapse:collapse}
.matrix th,.matrix td{border:1px solid var(--line);padding:0;text-align:center}
.matrix th{padding:4px 6px;font-weight:600;font-size:.9em;white-space:nowrap}
.matrix th[scope=row]{text-align:left;max-width:16em;overflow:hidden;text-overflow:ellipsis}
.cell{display:block;width:100%;min-width:2.4em;min-height:2.2em;border:0;background:none;font-size:1.1em;color:inherit;
cursor:pointer;font-weight:700}
.cell:focus{outline:3px solid #0969da}.cell.active{background:var(--hl)}
td.dim .cell{opacity:.12}tr.hidden{display:none}
.v-supports{color:#1a7f37}.v-conflicts{color:#cf222e}.v-mixed{color:#bc4c00}.v-silent{color:#8c959f}
.v-out_of_scope{color:#0969da}.v-unclear{color:#8250df}
.legend span{margin-right:1em;white-space:nowrap}
ol.sources{padding-left:1.6em}ol.sources li{overflow-wrap:anywhere}
#detail{border:2px solid #0969da;border-radius:8px;padding:8px 12px;margin:1em 0}
#detail h3{margin:.2em 0}
.article{position:relative;white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f8fa;border:1px solid var(--line);
border-radius:6px;padding:8px;max-height:60vh;overflow-y:auto;font-size:.85em;counter-reset:ln}
.article .ln{display:block;padding-left:3.2em;text-indent:-3.2em}
.article .ln::before{counter-increment:ln;content:counter(ln);display:inline-block;width:2.8em;margin-right:.4em;
text-align:right;color:var(--muted);text-indent:0}
mark{background:#ffd33d;outline:2px solid #bf8700;border-radius:2px}
.finding,.disagreement{border-left:4px solid var(--line);padding:2px 10px;margin:.8em 0}
.finding.v-conflicts{border-color:#cf222e}.finding.v-mixed{border-color:#bc4c00}
.quote{color:var(--fg)}.quote b{background:#ffebe9}
a.ref{cursor:pointer;color:#0969da;text-decoration:underline}
@media (max-width:600px){body{padding:6px;font-size:14px}.matrix th[scope=row]{max-width:9em}}
@media print{.filters,#detail,.articles{display:none!important}a.ref{color:inherit;text-decoration:none}
body{max-width:none}.scroll{overflow:visible}}
"""

SCRIPT = r"""
(function(){
"use strict";
var refs=JSON.parse(document.getElementById("refs").textContent);
var detail=document.getElementById("detail"),marked=[];
function u16(s,cp){var i=0,k=1;while(k<cp&&i<s.length){i+=s.codePointAt(i)>0xffff?2:1;k++;}return i;}
function clear(){marked.forEach(function(line){line.textContent=line.textContent;});marked=[];
 document.querySelectorAll(".cell.active").forEach(function(c){c.classList.remove("active");});}
function show(n,from){
 var r=refs[n];clear();if(from){from.classList.add("active");}
 detail.hidden=false;
 document.getElementById("detail-title").textContent=r.title;
 var info=document.getElementById("detail-info");info.textContent="";
 r.lines.forEach(function(t){var p=document.createElement("p");p.textContent=t;info.appendChild(p);});
 var view=document.getElementById("detail-article");view.textContent="";
 var src=document.getElementById("src-"+r.src);
 if(!src){var p=document.createElement("p");p.className="muted";p.textContent="(article text not available)";
  view.appendChild(p);detail.scrollIntoView({block:"start"});return;}
 var copy=src.cloneNode(true);copy.id="shown-article";view.appendChild(copy);
 var spans=r.spans.slice().sort(function(a,b){return b[0]-a[0]||b[1]-a[1];}),first=null;
 spans.forEach(function(s){
  for(var l=s[2];l>=s[0];l--){
   var line=copy.querySelector('[data-line="'+l+'"]');if(!line||!line.firstChild){continue;}
   var text=line.firstChild.nodeValue,a=l===s[0]?u16(text,s[1]):0,b=l===s[2]?u16(text,s[3]):text.length;
   if(b<=a){continue;}
   var range=document.createRange();range.setStart(line.firstChild,a);range.setEnd(line.firstChild,b);
   var m=document.createElement("mark");range.surroundContents(m);first=m;
  }
 });
 detail.scrollIntoView({block:"start"});
 if(first){copy.scrollTop=Math.max(0,first.offsetTop-copy.clientHeight/3);
  first.scrollIntoView({block:"nearest"});}
}
document.addEventListener("click",function(e){
 var t=e.target.closest("[data-ref]");if(!t){return;}e.preventDefault();show(+t.getAttribute("data-ref"),t);});
var boxes=document.querySelectorAll(".filters input");
function filter(){
 var on={};boxes.forEach(function(b){on[b.value]=b.checked;});
 var all=Array.prototype.every.call(boxes,function(b){return b.checked;});
 document.querySelectorAll(".matrix td[data-verdict]").forEach(function(td){
  td.classList.toggle("dim",!on[td.getAttribute("data-verdict")]);});
 document.querySelectorAll(".matrix tbody tr").forEach(function(tr){
  tr.classList.toggle("hidden",!all&&!tr.querySelector("td[data-verdict]:not(.dim)"));});
}
boxes.forEach(function(b){b.addEventListener("change",filter);});
document.getElementById("close-detail").addEventListener("click",function(){clear();detail.hidden=true;});
})();
"""


def _e(text: object) -> str:
    return escape(clean(str(text)), quote=True)


class _Refs:
    """What each clickable element shows: a title, some lines of text, and spans to highlight."""

    def __init__(self, paths: list[str]) -> None:
        self.index = {p: i for i, p in enumerate(paths)}
        self.items: list[dict] = []
        self.words: list[list[str]] = []  # per item, the words each span covers

    def add(
        self, source: str, title: str, lines: list[str], spans: list[tuple[int, int, int, int]], words: list[str]
    ) -> int:
        self.items.append(
            {
                "src": self.index.get(source, -1),
                "title": clean(title),
                "lines": [clean(t) for t in lines],
                "spans": [list(s) for s in spans],
            }
        )
        self.words.append(words)
        return len(self.items) - 1

    def read_from_page(self, src: int, located) -> None:
        """Spans into a web page as stored moved to the text read from it, which the page shows;
        a span not found there already points into that text (its evidence says so)."""
        for item, words in zip(self.items, self.words):
            if item["src"] == src:
                item["spans"] = [
                    located.text_position(span[0], span[1], said) or span for span, said in zip(item["spans"], words)
                ]

    def json(self) -> str:
        text = json.dumps(self.items, ensure_ascii=True, separators=(",", ":"))
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def stream(report: Report, discovery=None) -> Iterator[str]:
    paths = [s.path for s in report.sources]
    if discovery is not None:
        paths += [s.path for s in discovery.sources if s.path not in paths]
    refs = _Refs(paths)
    return _page("crosscheck report", _report_body(report, discovery, paths, refs), refs)


def _report_body(report: Report, discovery, paths: list[str], refs: _Refs) -> Iterator[str]:
    labels = {s.path: f"S{i + 1}" for i, s in enumerate(report.sources)}
    yield (
        f"<h1>crosscheck report</h1><p class=muted>{_e(report.claims_file)}: {counted(len(report.claims), 'claim')} × "
        f"{counted(len(report.sources), 'source')}. "
        + ", ".join(f"{report.count(v)} {LABELS.get(v, v)}" for v in GLYPHS)
        + f", {counted(len(report.misspellings), 'misspelling')}.</p>"
    )
    yield _filters(report)
    yield _matrix(report, labels, refs)
    yield _detail()
    yield _source_list(report, labels)
    yield _findings(report, labels, refs)
    yield _misspellings(report, refs)
    if discovery is not None:
        yield _disagreements(discovery, refs)
    else:
        yield (
            "<h2 id=discover>What the sources disagree on</h2><p class=muted>Not looked for in this "
            "report; <code>crosscheck discover</code> on a story's sources lists disagreements nobody "
            "wrote a claim for.</p>"
        )
    if report.warnings:
        yield "<h2 id=warnings>Warnings</h2><ul>" + "".join(f"<li>{_e(w)}</li>" for w in report.warnings) + "</ul>"
    yield from _articles(paths, refs)


def render_discovery(discovery) -> str:
    paths = [s.path for s in discovery.sources]
    refs = _Refs(paths)
    body = [
        "<h1>What the sources disagree on</h1>",
        _detail(),
        _disagreements(discovery, refs, heading=False),
        *_articles(paths, refs),
    ]
    return "".join(_page("crosscheck discover", body, refs))


def _page(title: str, body: Iterable[str], refs: _Refs) -> Iterator[str]:
    """The page around its body; the data block comes last, once the body has filled `refs`."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"
    yield (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f'<meta name=generator content="crosscheck {_e(__version__)}"><title>{_e(title)}</title>'
        f"<style>{STYLE}</style></head><body>"
    )
    yield from body
    yield (f'<script type="application/json" id=refs>{refs.json()}</script><script>{SCRIPT}</script></body></html>\n')


def _filters(report: Report) -> str:
    boxes = " ".join(
        f'<label class="v-{v}"><input type=checkbox value={v} checked> {GLYPHS[v]} '
        f"{LABELS.get(v, v)} ({report.count(v)})</label>"
        for v in GLYPHS
    )
    return f'<div class=filters role=group aria-label="Show verdicts">{boxes}</div>'


def _cell(report: Report, f, labels: dict[str, str], refs: _Refs) -> str:
    claim = report.claim(f.claim)
    title = f"{f.verdict.replace('_', ' ')}: {f.claim} × {labels[f.source]} {f.source}"
    lines = [f"Claim: {claim.statement}"]
    lines += [
        f"{e.stance}, line {e.line}:{e.column}: \u201c{e.quote}\u201d"
        + (f" (according to {e.attributed_to})" if e.attributed_to else "")
        for e in f.evidence
    ]
    if f.note:
        lines.append(f.note)
    if f.suppressed:
        lines.append("suppressed")
    n = refs.add(
        f.source,
        title,
        lines,
        [(e.line, e.column, e.end_line, e.end_column) for e in f.evidence],
        [e.quote for e in f.evidence],
    )
    return (
        f'<td class="v-{f.verdict}" data-verdict={f.verdict}><button type=button class=cell data-ref={n} '
        f'title="{_e(title)}" aria-label="{_e(title)}">{GLYPHS[f.verdict]}</button></td>'
    )


def _matrix(report: Report, labels: dict[str, str], refs: _Refs) -> str:
    cell = report.findings.pair
    by_source = len(report.sources) > TRANSPOSE_OVER
    note = ""
    if by_source:
        failing = Counter(f.source for f in report.findings.notable() if f.verdict in ("conflicts", "mixed"))
        shown = sorted(enumerate(report.sources), key=lambda i_s: (-failing[i_s[1].path], i_s[1].path))[:MAX_ROWS]
        if len(shown) < len(report.sources):
            note = (
                f"<p class=muted>Showing the {len(shown)} sources with the most conflicts and mixed findings "
                f"of {len(report.sources)}; the JSON report has every pair.</p>"
            )
        head = "<th>source</th>" + "".join(f'<th title="{_e(c.statement)}">{_e(c.id)}</th>' for c in report.claims)
        rows = [
            f'<tr><th scope=row title="{_e(s.path)}">{labels[s.path]} {_e(s.path)}</th>'
            + "".join(_cell(report, cell(c, i), labels, refs) for c in range(len(report.claims)))
            + "</tr>"
            for i, s in shown
        ]
    else:
        head = "<th>claim</th>" + "".join(f'<th title="{_e(s.path)}">{labels[s.path]}</th>' for s in report.sources)
        rows = [
            f'<tr><th scope=row title="{_e(c.statement)}">{_e(c.id)}</th>'
            + "".join(_cell(report, f, labels, refs) for f in report.findings.of_claim(n))
            + "</tr>"
            for n, c in enumerate(report.claims)
        ]
    legend = " ".join(f'<span class="v-{v}">{GLYPHS[v]} {LABELS.get(v, v)}</span>' for v in GLYPHS)
    return (
        f"<h2 id=matrix>Claims × sources</h2>{note}<div class=scroll><table class=matrix><thead><tr>{head}</tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table></div><p class=legend>{legend}</p>"
        "<p class=muted>Click a cell to read the article with its evidence highlighted.</p>"
    )


def _detail() -> str:
    return (
        '<section id=detail hidden aria-live=polite><button type=button id=close-detail style="float:right">'
        "close</button><h3 id=detail-title></h3><div id=detail-info></div><div id=detail-article></div>"
        "</section>"
    )


def _source_list(report: Report, labels: dict[str, str]) -> str:
    items = []
    for s in report.sources:
        details = ", ".join(
            _e(d) for d in (s.outlet, s.reference_date and s.reference_date.isoformat(), s.scope_note) if d
        )
        title = f" \u2014 {_e(s.title)}" if s.title else ""
        items.append(
            f"<li><b>{labels[s.path]}</b> <code>{_e(s.path)}</code>{title}"
            + (f" <span class=muted>({details})</span>" if details else "")
            + "</li>"
        )
    return f"<h2 id=sources>Sources</h2><ol class=sources>{''.join(items)}</ol>"


def _findings(report: Report, labels: dict[str, str], refs: _Refs) -> str:
    out = ["<h2 id=conflicts>Conflicts and mixed</h2>"]
    failing = [f for f in report.findings.notable() if f.verdict in ("conflicts", "mixed")]
    if not failing:
        out.append("<p>None.</p>")
    if len(failing) > MAX_FINDINGS:
        out.append(
            f"<p class=muted>The first {MAX_FINDINGS} of {len(failing)}; the JSON or Markdown report has them all.</p>"
        )
    for f in failing[:MAX_FINDINGS]:
        claim = report.claim(f.claim)
        flags = (" (suppressed)" if f.suppressed else "") + (" NEW" if f.new else "")
        out.append(
            f'<div class="finding v-{f.verdict}"><p><b class="v-{f.verdict}">{GLYPHS[f.verdict]} '
            f"{f.verdict}</b> <b>{_e(f.claim)}</b> × {labels[f.source]} <code>{_e(f.source)}</code>"
            f"{_e(flags)}<br><span class=muted>Claim: {_e(claim.statement)}</span></p><ul>"
        )
        for e in f.evidence:
            n = refs.add(
                f.source,
                f"{f.claim} × {f.source}: {e.stance}",
                [f"Claim: {claim.statement}", f"{e.stance}, line {e.line}:{e.column}: \u201c{e.quote}\u201d"],
                [(e.line, e.column, e.end_line, e.end_column)],
                [e.quote],
            )
            who = f" <span class=muted>(according to {_e(e.attributed_to)})</span>" if e.attributed_to else ""
            out.append(
                f'<li>{_e(e.stance)} <a class=ref href="#detail" data-ref={n}>line {e.line}:{e.column}</a> '
                f"<span class=quote>\u201c{_e(e.quote)}\u201d</span>{who}</li>"
            )
        out.append("</ul></div>")
    return "".join(out)


def _misspellings(report: Report, refs: _Refs) -> str:
    out = ["<h2 id=misspellings>Misspellings</h2>"]
    if not report.misspellings:
        return out[0] + "<p>None.</p>"
    out.append("<ul>")
    for m in report.misspellings:
        n = refs.add(
            m.source,
            f"{m.found} \u2192 {m.canonical}",
            [f"{m.source}:{m.line}:{m.column} ({m.zone})"],
            [(m.line, m.column, m.line, m.column + len(m.found))],
            [m.found],
        )
        out.append(
            f'<li><a class=ref href="#detail" data-ref={n}><code>{_e(m.source)}:{m.line}:{m.column}</code></a> '
            f"<b>{_e(m.found)}</b> \u2192 {_e(m.canonical)} <span class=muted>({_e(m.zone)})</span></li>"
        )
    return "".join(out) + "</ul>"


def _disagreements(discovery, refs: _Refs, heading: bool = True) -> str:
    found = discovery.disagreements
    out = [
        "<h2 id=discover>What the sources disagree on</h2>" if heading else "",
        f"<p class=muted>{counted(len(found), 'disagreement')} among {counted(discovery.statements, 'statement')} "
        f"from {counted(len(discovery.sources), 'source')}, found with no claims file; most checkable and most "
        "contested first. Leads for an editor, not verdicts.</p>",
    ]
    for i, d in enumerate(found, 1):
        out.append(
            f"<div class=disagreement><p><b>{i}. {_e(d.title)}</b> <span class=muted>score {d.score:g}"
            f"</span><br>{_e(d.describe())}</p><ul>"
        )
        for n, side in enumerate(d.sides):
            out.append(
                f"<li><b>{_e(side.text)}</b> ({'majority, ' if n == 0 and d.has_majority else ''}{len(side.sources)} "
                f"source{'s' if len(side.sources) != 1 else ''})<ul>"
            )
            for s in side.statements:
                ref = refs.add(
                    s.source,
                    f"{d.title}: {side.text}",
                    [d.describe(), f"{s.source}:{s.line}:{s.column}: \u201c{s.quote}\u201d"],
                    [(s.line, s.column, s.end_line, s.end_column)],
                    [s.text],
                )
                date = discovery.date_of(s.source)
                out.append(
                    f'<li><a class=ref href="#detail" data-ref={ref}><code>{_e(s.source)}:{s.line}:'
                    f"{s.column}</code></a>{f' <span class=muted>({_e(date)})</span>' if date else ''} "
                    f"<span class=quote>\u201c{_e(s.quote)}\u201d</span></li>"
                )
            out.append("</ul></li>")
        out.append("</ul></div>")
    return "".join(out)


def _articles(paths: list[str], refs: _Refs) -> Iterator[str]:
    """The text of every article something points into, one element per line, escaped (a web
    page's article text, not its markup)."""
    every = len(paths) <= TRANSPOSE_OVER  # an archive's page carries only the articles with evidence
    wanted = sorted({item["src"] for item in refs.items if item["src"] >= 0 and (every or item["spans"])})
    yield "<div class=articles hidden>"
    for i in wanted:
        source = _read(paths[i])
        if source is None:
            continue
        if source.located is not None:
            refs.read_from_page(i, source.located)
        text = source.text
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        yield (
            f"<pre class=article id=src-{i}>"
            + "".join(
                f"<span class=ln data-line={n}>{escape(line, quote=False)}</span>" for n, line in enumerate(lines, 1)
            )
            + "</pre>"
        )
    yield "</div>"


def _read(path: str):
    """An article as crosscheck read it (so lines and columns match; a web page, the text read
    from it), or None if it is gone."""
    from ..sources import Task, read

    source = read(Task(str(Path(path).resolve()), path, path))
    return None if source.skipped else source
