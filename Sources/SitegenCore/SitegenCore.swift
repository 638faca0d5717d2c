// SitegenCore is the content pipeline: site config, content and data loading, the page model,
// templates and output.
