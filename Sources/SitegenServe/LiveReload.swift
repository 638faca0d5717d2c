import Foundation
public import SitegenCore

/// The live-reload protocol between the preview server and the pages it serves.
///
/// Every HTML page gets one element before `</body>`, `<script data-sitegen-live ...>`, which
/// opens a WebSocket at ``socketPath``. The server sends JSON messages:
/// - `{"type":"hello","build":B,"diagnostics":[...]}` when the page connects;
/// - `{"type":"built","build":B,"changed":[...],"stylesheets":{...}}` after a good rebuild;
/// - `{"type":"failed","diagnostics":[...]}` after a failed one.
///
/// A page reloads when its own URL is among `changed`, or when it was served by an earlier
/// build than the one it hears of first; a stylesheet-only change swaps the `<link>` hrefs
/// instead. The 404 page and the page shown before the first good build reload on every
/// good build, since the page they stand in for may exist now. Diagnostics show in an overlay built with `textContent`, so nothing in them is
/// ever parsed as HTML.
public enum LiveReload {
    /// The reserved path of the WebSocket; no site file can live under `/_sitegen/`.
    public static let socketPath = "/_sitegen/live"

    /// The opening of the injected element, to find (and strip) it.
    public static let marker = "<script data-sitegen-live"

    /// `html` with the live-reload script before its last `</body>` (at its end when it has
    /// none), for the page at `page` (its URL path) served by build `build`.
    ///
    /// - Parameter anyBuild: the page stands in for one that does not exist (the 404 page,
    ///   or the page shown before the first good build), so any good build reloads it.
    public static func inject(
        into html: [UInt8], page: String, build: String, anyBuild: Bool = false
    ) -> [UInt8] {
        let any = anyBuild ? " data-any-build" : ""
        let element = Array(
            "\(marker) data-page=\"\(attribute(page))\" data-build=\"\(attribute(build))\"\(any)>\(script)</script>"
                .utf8)
        let closing = Array("</body>".utf8)
        guard let at = lastRange(of: closing, in: html) else { return html + element }
        var result = html
        result.insert(contentsOf: element, at: at)
        return result
    }

    /// The message that a rebuild of build `build` ended with.
    public static func message(for update: SiteUpdate, build: String) -> String? {
        switch update.outcome {
        case .failed(let failure):
            return json(["type": "failed", "diagnostics": failure.diagnostics.map(diagnostic)])
        case .unchanged, .rebuilt:
            let changed = (update.changedFiles + update.removedFiles).map(ServedPath.urlPath(of:))
            var stylesheets: [String: String] = [:]
            if update.onlyStylesheetsChanged {
                for (old, new) in update.renamedAssets {
                    stylesheets[ServedPath.urlPath(of: old)] = ServedPath.urlPath(of: new)
                }
            }
            return json([
                "type": "built", "build": build, "changed": changed, "stylesheets": stylesheets,
            ])
        }
    }

    /// The message a page gets when it connects: the current build, and its errors if the
    /// last rebuild failed.
    public static func hello(build: String, failure: BuildFailure?) -> String {
        json([
            "type": "hello", "build": build,
            "diagnostics": (failure?.diagnostics ?? []).map(diagnostic),
        ])
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> [String: Any] {
        var fields: [String: Any] = [
            "path": diagnostic.path, "severity": diagnostic.severity.rawValue,
            "message": diagnostic.message, "text": diagnostic.rendered(colored: false),
        ]
        if let line = diagnostic.line { fields["line"] = line }
        if let column = diagnostic.column { fields["column"] = column }
        return fields
    }

    private static func json(_ object: [String: Any]) -> String {
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private static func attribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start] == needle[0],
                haystack[start..<start + needle.count].elementsEqual(needle)
            {
                return start
            }
            start -= 1
        }
        return nil
    }

    /// The client: connects, reconnects, reloads, swaps stylesheets and shows errors.
    static let script = """
        (() => {
          const me = document.currentScript;
          const page = me.dataset.page;
          const anyBuild = me.hasAttribute("data-any-build");
          let build = me.dataset.build;
          let overlay = null;
          const show = (diagnostics) => {
            if (!diagnostics.length) { hide(); return; }
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("data-sitegen-overlay", "");
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
                "margin:0;padding:1.5rem;background:#18181b;color:#fafafa;" +
                "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
              document.body.appendChild(overlay);
            }
            overlay.replaceChildren();
            const title = document.createElement("p");
            title.style.cssText = "margin:0 0 1rem;font-weight:bold;color:#fca5a5";
            title.textContent = "sitegen: the rebuild failed, so this is the last good build. " +
              "Fix the file and save; the page updates by itself.";
            overlay.appendChild(title);
            for (const d of diagnostics) {
              const pre = document.createElement("pre");
              pre.style.cssText = "margin:0 0 1rem;white-space:pre-wrap";
              pre.textContent = d.text;
              overlay.appendChild(pre);
            }
          };
          const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
          const swap = (stylesheets) => {
            for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
              const next = stylesheets[new URL(link.href).pathname];
              if (next) { link.href = next; }
            }
          };
          const connect = () => {
            const scheme = location.protocol === "https:" ? "wss://" : "ws://";
            const socket = new WebSocket(scheme + location.host + "/_sitegen/live");
            socket.onmessage = (event) => {
              const message = JSON.parse(event.data);
              if (message.type === "hello") {
                if (message.build !== build) { location.reload(); return; }
                show(message.diagnostics);
              } else if (message.type === "failed") {
                show(message.diagnostics);
              } else if (message.type === "built") {
                hide();
                build = message.build;
                if (anyBuild) { location.reload(); }
                else if (Object.keys(message.stylesheets).length) { swap(message.stylesheets); }
                else if (message.changed.includes(page)) { location.reload(); }
              }
            };
            socket.onclose = () => { setTimeout(connect, 500); };
          };
          connect();
        })();
        """
}
