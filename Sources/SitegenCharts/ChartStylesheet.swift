/// The CSS the site needs for chart figures; the integrator adds it to the site stylesheet.
///
/// It sizes charts (`max-width:100%; height:auto`), switches the wide and narrow variants at
/// 600 px (with each variant's key to its numbered labels), styles the title, subtitle, source
/// and data table, and only uses `currentColor` and
/// the palette, so it is safe in dark mode. It never puts `var()` inside the SVG.
public enum ChartStylesheet {
    /// The stylesheet text (plain CSS, no `<` or `&`).
    public static let css = """
        .sg-figure{margin:2rem 0;padding:0}
        .sg-figure .sg-caption{margin:0 0 .75rem}
        .sg-figure .sg-title{margin:0;font-weight:700;font-size:1.1rem;line-height:1.3}
        .sg-figure .sg-subtitle{margin:.2rem 0 0;font-size:.95rem;opacity:.8}
        .sg-chart{display:block;max-width:100%;height:auto;overflow:visible}
        .sg-figure .sg-narrow{display:none}
        @media (max-width:600px){.sg-figure .sg-wide{display:none}.sg-figure .sg-narrow{display:block}}
        .sg-figure .sg-key{margin:.5rem 0 0;padding-left:2rem;font-size:.85rem;line-height:1.4;columns:2 12rem;column-gap:2rem}
        .sg-figure .sg-source{margin:.5rem 0 0;font-size:.85rem;opacity:.8}
        .sg-data{margin:.5rem 0 0;font-size:.9rem;overflow-x:auto;position:relative}
        .sg-data summary{cursor:pointer}
        .sg-table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
        .sg-table caption{text-align:left;font-weight:600;padding:0 0 .25rem}
        .sg-table th,.sg-table td{padding:.25rem .75rem .25rem 0;border-bottom:1px solid rgba(127,127,127,.35);text-align:left;vertical-align:top}
        .sg-table thead th{border-bottom-width:2px}
        .sg-table .sg-num{text-align:right;white-space:nowrap}
        @media (forced-colors:active){.sg-chart .sg-s1,.sg-chart .sg-s2,.sg-chart .sg-s3,.sg-chart .sg-s4{forced-color-adjust:none}}
        @media print{.sg-figure{break-inside:avoid}.sg-figure .sg-narrow{display:none}.sg-figure .sg-wide{display:block}.sg-data[open] summary{display:none}}

        """
}
