// SitegenTestSupport holds helpers shared by the test targets: golden files, inline site
// fixtures and temporary folders.
