namespace GovBudget.Cli.Output;

/// <summary>
/// The HTML report's stylesheet, inlined so that the page is one file that opens anywhere without a network.
/// Colours by severity: error red, warning amber, info blue; the same on marked cells, findings and chart bars.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { --error: #c62828; --error-bg: #ffebee; --warning: #b26a00; --warning-bg: #fff3e0; --info: #1565c0; --info-bg: #e3f2fd; }
        body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; margin: 1.5em; color: #222; line-height: 1.5; }
        h1 { font-size: 1.6em; } h2 { border-bottom: 2px solid #999; padding-bottom: .2em; margin-top: 2em; } h3 { margin-top: 1.5em; }
        .meta, .place { color: #666; font-size: .9em; }
        .counts { display: flex; flex-wrap: wrap; gap: .5em; padding: 0; list-style: none; }
        .counts li { border: 1px solid #ccc; border-radius: 4px; padding: .2em .7em; background: #fafafa; }
        .counts li b { font-size: 1.2em; margin-left: .3em; }
        .counts li.error { border-color: var(--error); color: var(--error); background: var(--error-bg); }
        .counts li.warning { border-color: var(--warning); color: var(--warning); background: var(--warning-bg); }
        .counts li.info { border-color: var(--info); color: var(--info); background: var(--info-bg); }
        .finding { border-left: 4px solid #999; padding: .3em .8em; margin: .6em 0; background: #fafafa; }
        .finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); } .finding.info { border-color: var(--info); }
        .sev { font-weight: bold; } .error > .sev, li.error .sev { color: var(--error); } .warning > .sev, li.warning .sev { color: var(--warning); } .info > .sev, li.info .sev { color: var(--info); }
        .finding ul { margin: .2em 0; font-size: .9em; }
        .accepted { color: #2e7d32; }
        .table-block { display: flex; gap: 1.5em; align-items: flex-start; margin: 1.5em 0; }
        .table-wrap { overflow-x: auto; max-width: 70%; flex: 0 1 auto; }
        .table-block aside { flex: 1 1 30%; font-size: .9em; }
        .table-block aside ul { padding-left: 1.2em; margin: 0; } .table-block aside li { margin-bottom: .5em; }
        table.budget { border-collapse: collapse; font-size: .85em; }
        table.budget caption { text-align: left; font-weight: bold; padding: .3em 0; }
        table.budget th, table.budget td { border: 1px solid #bbb; padding: .15em .45em; }
        table.budget th { background: #eee; font-weight: normal; }
        table.budget td.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.budget td.code { white-space: nowrap; color: #444; }
        td.mark a, blockquote.mark a { color: inherit; text-decoration: none; }
        .mark.error { background: var(--error-bg); outline: 2px solid var(--error); color: var(--error); font-weight: bold; }
        .mark.warning { background: var(--warning-bg); outline: 2px solid var(--warning); color: var(--warning); font-weight: bold; }
        .mark.info { background: var(--info-bg); outline: 2px solid var(--info); color: var(--info); }
        .notes { font-size: .85em; color: #555; margin: .3em 0; }
        blockquote.mark { margin: .6em 0; padding: .4em .8em; font-weight: normal; }
        blockquote cite { display: block; font-style: normal; font-size: .85em; color: #555; }
        .chart { max-width: 60em; }
        .bar-row { display: flex; align-items: center; gap: .5em; margin: .2em 0; }
        .bar-row .rule { width: 16em; flex: none; text-align: right; font-family: monospace; white-space: nowrap; }
        .bar-row .bar { height: 1.1em; min-width: 2px; }
        .bar.error { background: var(--error); } .bar.warning { background: var(--warning); } .bar.info { background: var(--info); }
        .rest { font-style: italic; }
        .produced-by { color: #666; font-size: .8em; word-break: break-all; }
        details summary { cursor: pointer; }
        """;
}
