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
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from html import escape
from urllib.parse import quote

from .. import __version__
from ..errors import visible as clean
from ..model import STATUSES, Evidence, Finding, Report, SourceInfo, counted
from .glyphs import GLYPHS, LABELS

# A warm run reads back no quotes up front: the page picks the findings it shows from them all,
# then reads their quotes (Report.quoted).
QUOTES_READ: frozenset[str] = frozenset()

TRANSPOSE_OVER = 30  # more sources than this, and sources become the rows
MAX_ROWS = 500  # an archive's matrix shows the sources with most contradictions; JSON has them all
MAX_FINDINGS = 1000

STYLE = """
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--panel:#f6f8fa;--hl:#fff8c5;
--link:#0969da;--sup:#1a7f37;--sup-bg:#dafbe1;--con:#cf222e;--con-bg:#ffebe9;--unc:#8250df;--unc-bg:#fbefff;
--mix:#bc4c00;--sil:#8c959f;--oos:#0969da;--mark:#fff8c5;--mark-line:#bf8700}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--bg:#0d1117;--panel:#151b23;
--hl:#3b2e00;--link:#4493f8;--sup:#3fb950;--sup-bg:#12361f;--con:#ff7b72;--con-bg:#5a1e22;--unc:#bc8cff;
--unc-bg:#32205a;--mix:#f0883e;--sil:#6e7681;--oos:#4493f8;--mark:#4d3800;--mark-line:#d29922}}
*{box-sizing:border-box}[hidden]{display:none!important}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);
margin:0 auto;max-width:1100px;padding:12px}
a{color:var(--link)}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid var(--line)}
.muted{color:var(--muted)}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
code,.quote,li{overflow-wrap:anywhere}
.filters,.controls{display:flex;flex-wrap:wrap;gap:6px;margin:.6em 0;align-items:center}
.filters label,.controls label{border:1px solid var(--line);border-radius:14px;padding:2px 10px;cursor:pointer;
user-select:none}
.controls input,.controls select{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);
border-radius:6px;padding:1px 4px;max-width:16em}
.controls input[type=search]{min-width:14em}
.scroll{overflow-x:auto;max-width:100%}
table.matrix{border-collapse:collapse}
.matrix th,.matrix td{border:1px solid var(--line);padding:0;text-align:center}
.matrix th{padding:4px 6px;font-weight:600;font-size:.9em;white-space:nowrap}
.matrix th[scope=row]{text-align:left;max-width:16em;overflow:hidden;text-overflow:ellipsis}
.cell{display:block;width:100%;min-width:2.4em;min-height:2.2em;border:0;background:none;font-size:1.1em;color:inherit;
cursor:pointer;font-weight:700}
.cell sup{font-size:.6em;font-weight:400}
.cell:focus{outline:3px solid var(--link)}.cell.active{background:var(--hl)}
td.dim .cell{opacity:.12}tr.hidden{display:none}
.v-supports{color:var(--sup)}.v-conflicts{color:var(--con)}.v-mixed{color:var(--mix)}.v-silent{color:var(--sil)}
.v-out_of_scope{color:var(--oos)}.v-unclear{color:var(--unc)}
.legend span{margin-right:1em;white-space:nowrap}
ol.sources{padding-left:1.6em}ol.sources li{overflow-wrap:anywhere}
#detail{border:2px solid var(--link);border-radius:8px;padding:8px 12px;margin:1em 0}
#detail h3{margin:.2em 0}
.article{position:relative;white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);
border:1px solid var(--line);border-radius:6px;padding:8px;max-height:60vh;overflow-y:auto;font-size:.85em;
counter-reset:ln}
.article .ln{display:block;padding-left:3.2em;text-indent:-3.2em}
.article .ln::before{counter-increment:ln;content:counter(ln);display:inline-block;width:2.8em;margin-right:.4em;
text-align:right;color:var(--muted);text-indent:0}
mark{color:inherit;background:var(--mark);outline:2px solid var(--mark-line);border-radius:2px}
mark.s-supports{background:var(--sup-bg);outline:2px dashed var(--sup)}
mark.s-conflicts{background:var(--con-bg);outline:2px solid var(--con)}
mark.s-unclear{background:var(--unc-bg);outline:2px dotted var(--unc)}
mark.s-supports::before{content:"\\2713\\a0";color:var(--sup);font-weight:700}
mark.s-conflicts::before{content:"\\2717\\a0";color:var(--con);font-weight:700}
mark.s-unclear::before{content:"?\\a0";color:var(--unc);font-weight:700}
.finding,.disagreement{border-left:4px solid var(--line);padding:2px 10px;margin:.6em 0}
.finding[data-verdict=conflicts]{border-color:var(--con)}.finding[data-verdict=mixed]{border-color:var(--mix)}
.finding summary{cursor:pointer}.finding:target{background:var(--hl)}
.finding ul{margin:.3em 0}
.quote{color:var(--fg);border-radius:2px}
.s-supports .quote{background:var(--sup-bg);border-bottom:2px dashed var(--sup)}
.s-conflicts .quote{background:var(--con-bg);border-bottom:2px solid var(--con)}
.s-unclear .quote{background:var(--unc-bg);border-bottom:2px dotted var(--unc)}
.stance{font-weight:600}.s-supports .stance{color:var(--sup)}.s-conflicts .stance{color:var(--con)}
.s-unclear .stance{color:var(--unc)}
.status{font-size:.8em;font-weight:600;border:1px solid;border-radius:10px;padding:0 6px;white-space:nowrap}
.st-new{background:var(--con);border-color:var(--con);color:var(--bg)}
.st-accepted{color:var(--sup);background:var(--sup-bg)}.st-suppressed{color:var(--muted);border-style:dashed}
a.ref{cursor:pointer}
a.permalink{font-size:.85em;text-decoration:none}
@media (max-width:600px){body{padding:6px;font-size:14px}.matrix th[scope=row]{max-width:9em}}
@media print{.filters,.controls,#detail,.articles{display:none!important}a.ref{color:inherit;text-decoration:none}
body{max-width:none}.scroll{overflow:visible}}
"""

SCRIPT = r"""
(function(){
"use strict";
var refs=JSON.parse(document.getElementById("refs").textContent);
var detail=document.getElementById("detail"),marked=[];
function $(id){return document.getElementById(id);}
function all(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
function u16(s,cp){var i=0,k=1;while(k<cp&&i<s.length){i+=s.codePointAt(i)>0xffff?2:1;k++;}return i;}
function clear(){marked.forEach(function(line){line.textContent=line.textContent;});marked=[];
 all(".cell.active").forEach(function(c){c.classList.remove("active");});}
function show(n,from){
 var r=refs[n];clear();if(from){from.classList.add("active");}
 detail.hidden=false;
 $("detail-title").textContent=r.title;
 var info=$("detail-info");info.textContent="";
 r.lines.forEach(function(t){var p=document.createElement("p");p.textContent=t;info.appendChild(p);});
 var view=$("detail-article");view.textContent="";
 var src=$("src-"+r.src);
 if(!src){var p=document.createElement("p");p.className="muted";p.textContent="(article text not available)";
  view.appendChild(p);detail.scrollIntoView({block:"start"});return;}
 var copy=src.cloneNode(true);copy.id="shown-article";view.appendChild(copy);
 var spans=r.spans.map(function(s,i){return s.concat([r.stances[i]]);}),first=null;
 spans.sort(function(a,b){return b[0]-a[0]||b[1]-a[1];});
 spans.forEach(function(s){
  for(var l=s[2];l>=s[0];l--){
   var line=copy.querySelector('[data-line="'+l+'"]');if(!line||!line.firstChild){continue;}
   var text=line.firstChild.nodeValue,a=l===s[0]?u16(text,s[1]):0,b=l===s[2]?u16(text,s[3]):text.length;
   if(b<=a){continue;}
   var range=document.createRange();range.setStart(line.firstChild,a);range.setEnd(line.firstChild,b);
   var m=document.createElement("mark");
   if(s[4]){m.className="s-"+s[4];m.setAttribute("data-stance",s[4]);m.title=s[4];}
   range.surroundContents(m);first=m;
  }
 });
 detail.scrollIntoView({block:"start"});
 if(first){copy.scrollTop=Math.max(0,first.offsetTop-copy.clientHeight/3);
  first.scrollIntoView({block:"nearest"});}
}
document.addEventListener("click",function(e){
 var t=e.target.closest("[data-ref]");if(!t){return;}e.preventDefault();show(+t.getAttribute("data-ref"),t);
 var f=t.getAttribute("data-finding");
 if(f&&history.replaceState){history.replaceState(null,"","#"+encodeURIComponent(f));}});
var close=$("close-detail");
if(close){close.addEventListener("click",function(){clear();detail.hidden=true;});}
all(".controls,.filters").forEach(function(c){c.hidden=false;});
var boxes=all(".filters input"),list=$("finding-list"),items=list?all("#finding-list > .finding"):[];
var q=$("find-text"),sortBy=$("sort-by"),byClaim=$("view-claim"),bySource=$("view-source"),newOnly=$("new-only");
function value(el){return el?el.value:"";}
function filter(){
 var on={};boxes.forEach(function(b){on[b.value]=b.checked;});
 var every=boxes.every(function(b){return b.checked;}),fresh=newOnly&&newOnly.checked;
 all(".matrix td[data-verdict]").forEach(function(td){
  td.classList.toggle("dim",!on[td.getAttribute("data-verdict")]||fresh&&td.getAttribute("data-status")!=="new");});
 all(".matrix tbody tr").forEach(function(tr){
  tr.classList.toggle("hidden",(!every||fresh)&&!tr.querySelector("td[data-verdict]:not(.dim)"));});
 var words=value(q).toLowerCase().split(/\s+/).filter(Boolean),claim=value(byClaim),source=value(bySource),shown=0;
 items.forEach(function(f){
  var text=f.textContent.toLowerCase();
  var ok=on[f.getAttribute("data-verdict")]!==false&&(!fresh||f.getAttribute("data-status")==="new")&&
   (!claim||f.getAttribute("data-claim")===claim)&&(!source||f.getAttribute("data-source")===source)&&
   words.every(function(w){return text.indexOf(w)>=0;});
  f.hidden=!ok;if(ok){shown++;}
 });
 var count=$("finding-count");if(count){count.textContent=shown+" of "+items.length+" shown";}
}
function sort(){
 var keys={claim:["claim","source"],source:["source","claim"],verdict:["rank","claim","source"]}[value(sortBy)];
 var rows=items.map(function(f){return {f:f,k:keys.map(function(k){return +f.getAttribute("data-"+k);})};});
 rows.sort(function(a,b){for(var i=0;i<keys.length;i++){if(a.k[i]!==b.k[i]){return a.k[i]-b.k[i];}}return 0;});
 var sorted=document.createDocumentFragment();rows.forEach(function(r){sorted.appendChild(r.f);});
 list.appendChild(sorted);
}
boxes.forEach(function(b){b.addEventListener("change",filter);});
[q,byClaim,bySource,newOnly].forEach(function(el){if(el){el.addEventListener("input",filter);
 el.addEventListener("change",filter);}});
if(sortBy){sortBy.addEventListener("change",sort);}
function opened(){
 var id;try{id=decodeURIComponent(location.hash.slice(1));}catch(e){return;}
 var f=id&&$(id);
 if(!f||!f.classList.contains("finding")){return;}
 f.hidden=false;f.open=true;f.scrollIntoView({block:"start"});
}
window.addEventListener("hashchange",opened);
window.addEventListener("beforeprint",function(){items.forEach(function(f){f.open=true;});});
filter();opened();
})();
"""


def _e(text: object) -> str:
    return escape(clean(str(text)), quote=True)


class _Refs:
    """What each clickable element shows: a title, some lines of text, and spans to highlight,
    each with the stance of its evidence (none for a misspelling or a disagreement)."""

    def __init__(self, paths: list[str]) -> None:
        self.index = {p: i for i, p in enumerate(paths)}
        self.items: list[dict] = []
        self.words: list[list[str]] = []  # per item, the words each span covers

    def add(
        self,
        source: str,
        title: str,
        lines: list[str],
        spans: list[tuple[int, int, int, int]],
        words: list[str],
        stances: list[str] | None = None,
    ) -> int:
        self.items.append(
            {
                "src": self.index.get(source, -1),
                "title": clean(title),
                "lines": [clean(t) for t in lines],
                "spans": [list(s) for s in spans],
                "stances": stances or [""] * len(spans),
            }
        )
        self.words.append(words)
        return len(self.items) - 1

    def evidence(
        self, report: Report, f: Finding, title: str, evidence: Sequence[Evidence], note: str | None = None
    ) -> int:
        """A finding's quotes, or some of them, to read in the article."""
        lines = [f"Claim: {report.claim(f.claim).statement}"]
        lines += [
            f"{GLYPHS[e.stance]} {e.stance}, line {e.line}:{e.column}: \u201c{e.quote}\u201d"
            + (f" (according to {e.attributed_to})" if e.attributed_to else "")
            for e in evidence
        ]
        lines += [note] if note else []
        return self.add(
            f.source,
            title,
            lines,
            [(e.line, e.column, e.end_line, e.end_column) for e in evidence],
            [e.quote for e in evidence],
            [e.stance for e in evidence],
        )

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


def _anchor(f: Finding, labels: dict[str, str]) -> str:
    """A finding's id in the page, for a link to it: claim ids are lowercase, labels end it."""
    return f"f-{f.claim}-{labels[f.source]}"


def stream(report: Report, discovery=None) -> Iterator[str]:
    paths = [s.path for s in report.sources]
    if discovery is not None:
        paths += [s.path for s in discovery.sources if s.path not in paths]
    refs = _Refs(paths)
    event = report.scope and report.scope.event
    title = f"{event} \u2014 crosscheck report" if event else "crosscheck report"
    return _page(title, _report_body(report, discovery, paths, refs), refs)


def _report_body(report: Report, discovery, paths: list[str], refs: _Refs) -> Iterator[str]:
    labels = {s.path: f"S{i + 1}" for i, s in enumerate(report.sources)}
    # the listed findings' quotes, read back once for their cells and their entries
    listed = {(f.claim, f.source): f for f in map(report.quoted, _listed(report))}
    event = report.scope and report.scope.event
    statuses = Counter(f.status for f in report.findings.notable())
    counts = [f"{report.count(v)} {LABELS.get(v, v)}" for v in GLYPHS]
    if report.has_baseline:
        counts += [f"{len(report.new_failing())} new", f"{statuses['accepted']} accepted"]
    if statuses["suppressed"]:
        counts.append(f"{statuses['suppressed']} suppressed")
    yield (
        f"<h1>{_e(event) if event else 'crosscheck report'}</h1><p class=muted>"
        + ("crosscheck report: " if event else "")
        + f"{_e(report.claims_file)}: {counted(len(report.claims), 'claim')} × "
        + f"{counted(len(report.sources), 'source')}. "
        + ", ".join(counts)
        + f", {counted(len(report.misspellings), 'misspelling')}.</p>"
    )
    yield _filters(report)
    yield _matrix(report, labels, refs, listed)
    yield _detail()
    yield _source_list(report, labels)
    yield _findings(report, labels, refs, list(listed.values()))
    yield _changes(report)
    yield _misspellings(report, refs)
    if discovery is not None:
        yield _disagreements(discovery, refs)
    else:
        yield (
            "<h2 id=discover>What the sources disagree on</h2><p class=muted>Not looked for in this "
            "report; <code>crosscheck discover</code> on a story's sources lists disagreements nobody "
            "wrote a claim for.</p>"
        )
    yield _skipped(report)
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
    """Verdict boxes for the matrix and the findings: controls only the script makes work, so
    shown only when it runs."""
    boxes = " ".join(
        f'<label class="v-{v}"><input type=checkbox value={v} checked> {GLYPHS[v]} '
        f"{LABELS.get(v, v)} ({report.count(v)})</label>"
        for v in GLYPHS
    )
    return f'<div class=filters role=group aria-label="Show verdicts" hidden>{boxes}</div>'


def _status(f: Finding) -> str:
    return f' <span class="status st-{f.status}">{f.status}</span>' if f.status else ""


def _cell(report: Report, f: Finding, labels: dict[str, str], refs: _Refs, listed: bool) -> str:
    """A cell of the matrix; `f` with its quotes read back (an archive's page shows a few
    sources' cells: only theirs are read)."""
    status = f.status
    title = f"{f.verdict.replace('_', ' ')}: {f.claim} × {labels[f.source]} {f.source}"
    if status:
        title += f" ({status})"
    n = refs.evidence(report, f, title, f.evidence, f.note)
    mark = f"<sup>{status[0]}</sup>" if status else ""
    link = f' data-finding="{_e(_anchor(f, labels))}"' if listed else ""
    shown = _e(title)
    return (
        f'<td class="v-{f.verdict}" data-verdict={f.verdict}'
        + (f" data-status={status}" if status else "")
        + f'><button type=button class=cell data-ref={n}{link} title="{shown}" aria-label="{shown}">'
        f"{GLYPHS[f.verdict]}{mark}</button></td>"
    )


def _matrix(report: Report, labels: dict[str, str], refs: _Refs, listed: dict[tuple[str, str], Finding]) -> str:
    cell = report.findings.pair

    def drawn(f: Finding) -> str:
        shown = listed.get((f.claim, f.source))
        return _cell(report, shown or report.quoted(f), labels, refs, shown is not None)

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
            f'<tr><th scope=row title="{_e(s.path)}">{labels[s.path]} {_e(s.name)}</th>'
            + "".join(drawn(cell(c, i)) for c in range(len(report.claims)))
            + "</tr>"
            for i, s in shown
        ]
    else:
        head = "<th>claim</th>" + "".join(
            f'<th title="{_e(s.name)} \u2014 {_e(s.path)}">{labels[s.path]}</th>' for s in report.sources
        )
        rows = [
            f'<tr><th scope=row title="{_e(c.statement)}">{_e(c.id)}</th>'
            + "".join(drawn(f) for f in report.findings.of_claim(n))
            + "</tr>"
            for n, c in enumerate(report.claims)
        ]
    legend = " ".join(f'<span class="v-{v}">{GLYPHS[v]} {LABELS.get(v, v)}</span>' for v in GLYPHS)
    legend += " <span class=muted>" + ", ".join(f"<sup>{s[0]}</sup> {s}" for s in STATUSES) + "</span>"
    return (
        f"<h2 id=matrix>Claims × sources</h2>{note}<div class=scroll><table class=matrix><thead><tr>{head}</tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table></div><p class=legend>{legend}</p>"
        "<p class=muted>Click a cell to read the article with its evidence highlighted "
        "(\u2713 supporting words, \u2717 conflicting ones).</p>"
    )


def _detail() -> str:
    return (
        '<section id=detail hidden aria-live=polite><button type=button id=close-detail style="float:right">'
        "close</button><h3 id=detail-title></h3><div id=detail-info></div><div id=detail-article></div>"
        "</section>"
    )


def _about(s: SourceInfo) -> str:
    """A source's outlet, date and scope, where known."""
    details = ", ".join(_e(d) for d in (s.outlet, s.reference_date and s.reference_date.isoformat(), s.scope_note) if d)
    return f" <span class=muted>({details})</span>" if details else ""


def _source_list(report: Report, labels: dict[str, str]) -> str:
    items = [
        f"<li><b>{labels[s.path]}</b> "
        + (f"{_e(s.title)} \u00b7 " if s.title else "")
        + f"<code>{_e(s.path)}</code>"
        + (" <b>skipped</b>" if s.status == "skipped" else "")
        + f"{_about(s)}</li>"
        for s in report.sources
    ]
    return f"<h2 id=sources>Sources</h2><ol class=sources>{''.join(items)}</ol>"


def _listed(report: Report) -> list[Finding]:
    """The findings the page lists, in report order: every one with something to say, or in an
    archive the first MAX_FINDINGS, contradictions before the rest."""
    notable = report.findings.notable()
    if len(notable) <= MAX_FINDINGS:
        return list(notable)
    first = sorted(notable, key=lambda f: not f.contradiction)[:MAX_FINDINGS]
    chosen = {(f.claim, f.source) for f in first}
    return [f for f in notable if (f.claim, f.source) in chosen]


RANKS = {v: n for n, v in enumerate(("conflicts", "mixed", "unclear", "supports", "out_of_scope", "silent"))}


def _findings(report: Report, labels: dict[str, str], refs: _Refs, listed: list[Finding]) -> str:
    """Every finding with something to say, one element each with an id to link to; the
    contradictions open. The script adds search, sorting, views by claim or source and "new
    only"; without it the list reads in claim order."""
    claims = {c.id: n for n, c in enumerate(report.claims)}
    sources = {s.path: n for n, s in enumerate(report.sources)}
    out = ["<h2 id=findings>Findings</h2>", _controls(report, labels)]
    notable = len(report.findings.notable())
    if not listed:
        out.append("<p>None.</p>")
    if len(listed) < notable:
        out.append(
            f"<p class=muted>The first {len(listed)} of {notable}, contradictions first; the JSON or "
            "Markdown report has them all.</p>"
        )
    out.append("<div id=finding-list>")
    for f in listed:
        source = report.sources[sources[f.source]]
        anchor = _anchor(f, labels)
        claim = report.claim(f.claim)
        whole = refs.evidence(report, f, f"{f.verdict.replace('_', ' ')}: {f.claim} × {f.source}", f.evidence)
        out.append(
            f'<details class=finding id="{_e(anchor)}" data-verdict={f.verdict} '
            f"data-claim={claims[f.claim]} data-source={sources[f.source]} data-rank={RANKS[f.verdict]}"
            + (f" data-status={f.status}" if f.status else "")
            + (" open" if f.contradiction else "")
            + f'><summary><b class="v-{f.verdict}">{GLYPHS[f.verdict]} {LABELS.get(f.verdict, f.verdict)}</b> '
            f"<b>{_e(f.claim)}</b> × {labels[f.source]} {_e(source.name)}{_status(f)}</summary>"
            f"<p class=muted>Claim: {_e(claim.statement)}<br>Source: <code>{_e(f.source)}</code>{_about(source)}"
            + (f"<br>{_e(f.note)}" if f.note else "")
            + "</p><ul>"
        )
        for e in f.evidence:
            n = refs.evidence(report, f, f"{f.claim} × {f.source}: {e.stance}", [e])
            who = f" <span class=muted>(according to {_e(e.attributed_to)})</span>" if e.attributed_to else ""
            hedge = " <span class=muted>(hedged)</span>" if e.hedged else ""
            out.append(
                f'<li class="s-{e.stance}"><span class=stance>{GLYPHS[e.stance]} {_e(e.stance)}</span> '
                f'<a class=ref href="#detail" data-ref={n}>line {e.line}:{e.column}</a> '
                f"<span class=quote>\u201c{_e(e.quote)}\u201d</span>{hedge}{who}</li>"
            )
        out.append(
            "</ul><p>"
            + (f'<a class=ref href="#detail" data-ref={whole}>read it in the article</a> \u00b7 ' if f.evidence else "")
            + f'<a class=permalink href="#{_e(quote(anchor))}">link to this finding</a></p></details>'
        )
    out.append("</div>")
    return "".join(out)


def _controls(report: Report, labels: dict[str, str]) -> str:
    """Search, sorting, a claim's or a source's findings alone, and new ones alone: the script's."""
    claims = "".join(f"<option value={n}>{_e(c.id)}</option>" for n, c in enumerate(report.claims))
    sources = "".join(f"<option value={n}>{labels[s.path]} {_e(s.name)}</option>" for n, s in enumerate(report.sources))
    fresh = (
        "<label><input type=checkbox id=new-only> new only</label>"
        if report.has_baseline
        else '<label class=muted title="no baseline: every contradiction is new">'
        "<input type=checkbox id=new-only disabled> new only</label>"
    )
    return (
        '<div class=controls role=search hidden><input type=search id=find-text placeholder="Search findings" '
        'aria-label="Search findings">'
        '<select id=sort-by aria-label="Sort by"><option value=claim>by claim</option>'
        "<option value=source>by source</option><option value=verdict>by verdict</option></select>"
        f'<select id=view-claim aria-label="Claim"><option value="">every claim</option>{claims}</select>'
        f'<select id=view-source aria-label="Source"><option value="">every source</option>{sources}</select>'
        f"{fresh}<span id=finding-count class=muted></span></div>"
    )


def _changes(report: Report) -> str:
    """What a comparison found changed, and the accepted contradictions no longer found, as the
    terminal and Markdown reports list them."""
    out = []
    if report.changes:
        out.append(
            "<h2 id=changes>Changed verdicts</h2><ul>"
            + "".join(
                f"<li><b>{_e(c.claim)}</b> × <code>{_e(c.source)}</code>: {_e(c.old or '(absent)')} \u2192 "
                f"{_e(c.new or '(absent)')}</li>"
                for c in report.changes
            )
            + "</ul>"
        )
    if report.stale:
        title = (
            f"Resolved since {_e(report.compared_with)}"
            if report.compared_with
            else "Accepted before, no longer found (<code>crosscheck baseline --prune</code> removes them)"
        )
        out.append(
            f"<h2 id=stale>{title}</h2><ul>"
            + "".join(
                f"<li><b>{_e(e.claim)}</b> × <code>{_e(e.source)}</code>: "
                f"<span class=muted>{_e('; '.join(e.quotes))}</span></li>"
                for e in report.stale
            )
            + "</ul>"
        )
    return "".join(out)


def _skipped(report: Report) -> str:
    """The files not read, and every warning: never a silent miss."""
    skipped = [s for s in report.sources if s.status == "skipped"]
    out = ["<h2 id=skipped>Skipped files</h2>"]
    if skipped:
        out.append(
            "<ul>"
            + "".join(f"<li><code>{_e(s.path)}</code>: {_e(s.scope_note or 'skipped')}</li>" for s in skipped)
            + "</ul>"
        )
    else:
        out.append("<p>None: every file found was read.</p>")
    if report.warnings:
        out.append(
            "<h2 id=warnings>Warnings</h2><ul>" + "".join(f"<li>{_e(w)}</li>" for w in report.warnings) + "</ul>"
        )
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
                f"<li><b>{_e(side.text)}</b> ({'majority, ' if n == 0 and d.has_majority else ''}"
                f"{'latest, ' if n == 0 and d.over_time else ''}{_e(side.support)})<ul>"
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
        # escaped whole, then cut in lines: escaping leaves line ends as they are
        lines = escape(source.text, quote=False).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        yield (
            f"<pre class=article id=src-{i}>"
            + "".join(f"<span class=ln data-line={n}>{line}</span>" for n, line in enumerate(lines, 1))
            + "</pre>"
        )
    yield "</div>"


def _read(path: str):
    """An article as crosscheck read it (so lines and columns match; a web page, the text read
    from it), or None if it is gone. Its absolute path is made as the run's task made it
    (sources.task_for), links not followed: quicker, and a link is read as what it is named."""
    from ..sources import Task, text_of

    source = text_of(Task(os.path.abspath(path), path, path))
    return None if source.skipped else source
