// SitegenCharts draws publication-quality SVG charts at build time.
//
// It is pure Swift and depends on nothing else in the package: scales, ticks, number formats,
// layouts for each chart type and a deterministic SVG writer.
