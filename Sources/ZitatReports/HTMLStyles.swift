/// The page's CSS: typography, side marks that differ by colour, border style and pattern, a
/// layout that reflows down to a phone's width, and print styles.
enum HTMLStyles {
    /// Per side (by position, repeating): a border/underline style and a swatch pattern.
    static let patterns: [(border: String, css: String)] = [
        ("solid", "var(--c)"),
        ("dashed", "repeating-linear-gradient(45deg,var(--c) 0 3px,#fff 3px 6px)"),
        ("dotted", "radial-gradient(var(--c) 40%,#fff 42%) 0 0/6px 6px"),
        ("double", "repeating-linear-gradient(0deg,var(--c) 0 2px,#fff 2px 5px)"),
    ]

    static let css = """
    :root{--ink:#1f1f24;--muted:#55585f;--line:#d5d5dc;--paper:#fcfbf8;--accent:#7a4f00;--link:#174ea6}
    *{box-sizing:border-box}
    html{background:var(--paper);color:var(--ink);font:17px/1.55 "Source Serif 4","Noto Serif","DejaVu Serif",Georgia,serif}
    body{max-width:78rem;margin:0 auto;padding:1.5rem 1.25rem 4rem;overflow-wrap:break-word}
    h1,h2,h3,h4,.chips,.meta,table,nav,figcaption,.count,.badge,.filters,.side,.sg,summary,.pager{font-family:"Source Sans 3","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif}
    h1{font-size:1.9rem;margin:0 0 .2rem;line-height:1.2}
    h1 small{display:block;font-size:1rem;font-weight:normal;color:var(--muted)}
    h2{font-size:1.35rem;margin:2.4rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}
    h3{font-size:1.1rem;margin:1.6rem 0 .5rem;padding-left:.6rem;border-left:6px var(--bs,solid) var(--c,#6b6b6b)}
    h4{font-size:1rem;margin:1.2rem 0 .4rem}
    a{color:var(--link)}
    .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem .6rem}
    p.lead{margin:.4rem 0 .8rem;color:var(--muted)}
    nav{margin:.6rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
    .chips{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.4rem}
    .chips li{border:2px var(--bs) var(--c);border-radius:1rem;padding:.05rem .6rem;font-size:.9rem;background:#fff}
    i.sw{display:inline-block;width:.95rem;height:.95rem;vertical-align:-.12rem;margin-right:.35rem;border:1px solid var(--c);background:var(--pat)}
    .note,.more{color:var(--muted);font-size:.9rem}
    figure{margin:1rem 0}
    figcaption{font-size:.85rem;color:var(--muted)}
    svg{max-width:100%;height:auto}
    figure{overflow-x:auto}
    svg.wide{min-width:34rem}
    svg text{font-family:"Source Sans 3","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif;fill:var(--ink)}
    .scroll{overflow-x:auto;max-width:100%}
    table{border-collapse:collapse;width:100%;font-size:.9rem}
    th,td{border:1px solid var(--line);padding:.4rem .5rem;vertical-align:top;text-align:left}
    thead th{background:#f0efea}
    th.sc{border-bottom:4px var(--bs) var(--c)}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    table.matrix td{font-family:inherit;font-size:.92rem}
    table.matrix th[scope=row]{width:11rem}
    tr.compare th[scope=row]{background:#fff4d6;box-shadow:inset 5px 0 0 var(--accent)}
    .badge{display:inline-block;margin-top:.3rem;padding:0 .4rem;border-radius:.3rem;background:var(--accent);color:#fff;font-size:.75rem;font-weight:bold}
    .badge.term{background:#fff;color:var(--muted);border:1px solid var(--line);font-weight:normal}
    .badge.sides{background:#fff;color:var(--accent);border:1px solid var(--accent)}
    .ch{margin:0 0 .3rem;font-size:.8rem;color:var(--muted);font-family:"Source Sans 3","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif}
    .empty{color:var(--muted)}
    .cl{margin:0 0 .6rem;padding-left:.55rem;border-left:4px var(--bs) var(--c)}
    .cl:last-child{margin-bottom:0}
    .side{display:inline-block;font-size:.72rem;font-weight:bold;text-transform:uppercase;letter-spacing:.04em;margin-right:.4rem;color:var(--ink)}
    .side i.sw{width:.7rem;height:.7rem;margin-right:.2rem}
    .dq{font-style:normal}
    .para{font-style:italic;color:#2d2f36}
    .sg{font-style:normal;font-size:.8rem;font-weight:bold;color:var(--muted);margin-right:.3rem}
    .meta{display:block;font-size:.8rem;color:var(--muted);margin-top:.1rem}
    ol.claims,ul.claims{padding-left:1.4rem;max-width:62rem}
    ul.claims{list-style:none;padding-left:0}
    ol.claims li::marker{color:var(--muted);font-size:.8rem;font-family:sans-serif}
    .article{white-space:pre-wrap;background:#fff;border:1px solid var(--line);padding:1.1rem 1.3rem;line-height:1.75;max-width:48rem}
    mark{color:inherit;background:var(--bg);text-decoration:underline 2px var(--c);text-decoration-style:var(--bs);text-underline-offset:.25em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
    mark mark{background:none;text-decoration-thickness:4px}
    .spk{font-weight:bold}
    .cue{font-style:italic}
    a.n{font:bold .7rem sans-serif;color:#fff;background:var(--c);border-radius:.6rem;padding:0 .35rem;margin-right:.15rem;vertical-align:.35em;text-decoration:none}
    ol.notes{font-size:.85rem;max-width:48rem}
    ol.notes li{margin:.2rem 0}
    code{font-size:.8rem;overflow-wrap:anywhere}
    details{margin:.4rem 0}
    summary{cursor:pointer;color:var(--link)}
    .filters{position:sticky;top:0;z-index:2;background:#f4f2ec;border:1px solid var(--line);padding:.5rem .7rem;margin:1rem 0;display:flex;flex-wrap:wrap;gap:.4rem .9rem;align-items:end;font-size:.85rem}
    .filters label{display:flex;flex-direction:column}
    .filters input,.filters select,.filters button{font:inherit;max-width:12rem}
    .filters p{margin:0;flex-basis:100%}
    [hidden]{display:none!important}
    .bars{display:grid;grid-template-columns:minmax(6rem,auto) 1fr;gap:.25rem .6rem;align-items:center;font-size:.85rem}
    .pager{margin:1rem 0}
    .pager a{margin-right:.6rem}
    .failures li{font-family:monospace;font-size:.85rem}
    footer{margin-top:3rem;font-size:.8rem;color:var(--muted)}
    @media (max-width:700px){
      html{font-size:16px}
      body{padding:1rem .75rem 3rem}
      table.matrix,table.matrix tbody,table.matrix tr,table.matrix th,table.matrix td{display:block;width:auto}
      table.matrix thead{display:none}
      table.matrix tr{border:1px solid var(--line);margin-bottom:.8rem}
      table.matrix th[scope=row]{width:auto}
      table.matrix td::before{content:attr(data-label);display:block;font:bold .8rem sans-serif;color:var(--muted);margin-bottom:.2rem}
      .filters{position:static}
      .filters input,.filters select{max-width:9rem}
    }
    @media print{
      .filters,nav,.skip,script{display:none!important}
      html{background:#fff;font-size:11pt}
      body{max-width:none;padding:0}
      a{color:inherit;text-decoration:none}
      tr,li,.cl,figure{break-inside:avoid}
      h2,h3{break-after:avoid}
      .scroll{overflow:visible}
    }
    """
}
