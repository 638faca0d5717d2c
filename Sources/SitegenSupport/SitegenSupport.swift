// SitegenSupport is the shared leaf: small rules every other target needs exactly once.
//
// It has no dependencies (not even Foundation). The public surface:
//
// - `SourcePosition`: a 1-based line and a 1-based column in UTF-8 bytes, used by Markdown,
//   data files and diagnostics alike.
// - `EditDistance` and `Quoting`: nearest-name suggestions and quoted lists for
//   "did you mean" messages.
// - `Slug`: the slug rules for heading ids, tag and page slugs, and chart ids.
// - `Escape`: HTML and XML escaping for every value that lands in an output file.
