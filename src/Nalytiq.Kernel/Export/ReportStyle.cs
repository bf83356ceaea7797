namespace Nalytiq.Export;

/// <summary>The stylesheet of the HTML reports Nalytiq exports (profiles, runs): plain, printable, no web fonts.</summary>
internal static class ReportStyle
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;padding:0 1rem}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
        .sub{color:#57606a;margin-top:0}table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border-bottom:1px solid #eaeef2;padding:.35rem .6rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.warn{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .8rem;border-radius:6px}
        .charts{display:flex;flex-wrap:wrap;gap:1rem}.charts>div{flex:0 0 auto}code{background:#f6f8fa;padding:0 .3rem;border-radius:4px}
        """;
}
