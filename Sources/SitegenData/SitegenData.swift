// SitegenData owns datasets: loading YAML, JSON and CSV with source positions, the typed deal
// model, exact money with qualifiers, and the derived figures computed from them.
