/// The theme's static files from `templates/assets/`, each with a fingerprinted output path.
struct AssetSet: Sendable {
    /// One asset file.
    struct Asset: Sendable {
        /// The path below `templates/assets/`, for example `site.css`.
        var name: String
        /// The path in the output, for example `assets/site.1a2b3c4d5e.css`.
        var outputPath: String
        var bytes: [UInt8]
    }

    /// Every asset, sorted by name.
    var assets: [Asset]

    /// The output path of the asset `name`, if there is one.
    func outputPath(of name: String) -> String? {
        assets.first { $0.name == name }?.outputPath
    }

    /// The main stylesheet's text, for pages that must not depend on a relative link (404),
    /// or nil when there is none or it could end the `<style>` element early.
    var inlineStylesheet: String? {
        guard let bytes = assets.first(where: { $0.name == "site.css" })?.bytes,
            let css = String(validating: bytes, as: UTF8.self),
            !css.lowercased().contains("</style")
        else { return nil }
        return css
    }

    /// The folder of the site root that holds the assets.
    static let sourceFolder = "templates/assets"

    /// Reads every file under `templates/assets/`.
    static func load(from reader: SiteReader, into diagnostics: inout DiagnosticBag) -> AssetSet {
        var assets: [Asset] = []
        for path in reader.allFiles(under: sourceFolder) {
            switch reader.data(path) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let data):
                let name = String(path.dropFirst(sourceFolder.count + 1))
                let bytes = data
                let folder = name.split(separator: "/").dropLast().map { $0 + "/" }.joined()
                let file = String(name.split(separator: "/").last ?? "")
                assets.append(
                    Asset(
                        name: name,
                        outputPath: Route.assetsFolder + folder
                            + Fingerprint.name(file, bytes: bytes),
                        bytes: bytes))
            }
        }
        return AssetSet(assets: assets)
    }
}
