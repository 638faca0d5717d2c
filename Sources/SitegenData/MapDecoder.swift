public import Foundation
public import SitegenSupport

/// Reads a map with known keys, reporting missing, unknown and mistyped keys by dotted key
/// path, such as "Expected a string for 'commitment.provider', found a list".
///
/// Used for the typed datasets (unknown keys are errors) and by front matter (unknown keys are
/// warnings). Problems are appended to a caller-owned list so that every problem of a file is
/// reported, not only the first; accessors return `nil` for a missing or invalid value.
public struct MapDecoder: Sendable {
    /// The map being read.
    public let value: DataValue
    /// The site-relative path of the file, for diagnostics.
    public let path: String
    /// The dotted path of this map inside its record, such as `commitment`; empty at the top.
    public let keyPath: String
    /// The keys that must be present and not empty.
    public let requiredKeys: [String]
    /// The keys that may be present.
    public let optionalKeys: [String]

    /// Starts reading `value` as a map and checks its keys.
    ///
    /// Reports "Expected a map ..." and returns `nil` when `value` is not a map; reports each
    /// missing required key ("Missing value for key 'commitment.provider'", at the map) and
    /// each unknown key (with the nearest known key, or the list of known keys) with
    /// `unknownKeys` severity.
    public init?(
        _ value: DataValue, path: String, keyPath: String = "", required: [String],
        optional: [String] = [], unknownKeys: DataDiagnostic.Severity = .error,
        diagnostics: inout [DataDiagnostic]
    ) {
        guard let entries = value.entries else {
            let target = keyPath.isEmpty ? "" : " for '\(keyPath)'"
            diagnostics.append(
                DataDiagnostic(
                    path: path, position: value.position,
                    message: "Expected a map\(target), found \(value.typeDescription)"))
            return nil
        }
        self.value = value
        self.path = path
        self.keyPath = keyPath
        self.requiredKeys = required
        self.optionalKeys = optional
        let known = required + optional
        // A misspelt required key is one mistake: the unknown key's error names the key it
        // should be, and the missing key is not reported again.
        var covered: Set<String> = []
        for entry in entries where !known.contains(entry.key) {
            let hint = EditDistance.didYouMean(entry.key, among: known)
            let meant = EditDistance.suggestions(for: entry.key, among: known).filter {
                required.contains($0) && value[$0] == nil && !covered.contains($0)
            }
            var message =
                hint.isEmpty
                ? "Unknown key '\(fieldName(entry.key))'; known keys are \(Quoting.list(known, conjunction: "and"))"
                : "Unknown key '\(fieldName(entry.key))'\(hint)"
            var severity = unknownKeys
            if let key = meant.first {
                covered.insert(key)
                message += " ('\(key)' is required here)"
                severity = .error
            }
            diagnostics.append(
                DataDiagnostic(
                    path: path, position: entry.keyPosition, severity: severity, message: message))
        }
        for key in required where !covered.contains(key) {
            guard let found = value[key] else {
                diagnostics.append(
                    DataDiagnostic(
                        path: path, position: value.position,
                        message: "Missing value for key '\(fieldName(key))'"))
                continue
            }
            if found.isNull || found.string?.allSatisfy(\.isWhitespace) == true {
                diagnostics.append(
                    DataDiagnostic(
                        path: path, position: found.position,
                        message: "Missing value for key '\(fieldName(key))'"))
            }
        }
    }

    /// The dotted key path of `key` in this map, such as `commitment.provider`.
    public func fieldName(_ key: String) -> String {
        keyPath.isEmpty ? key : keyPath + "." + key
    }

    /// The value of `key`, or `nil` when it is missing or empty (null).
    public func value(_ key: String) -> DataValue? {
        guard let found = value[key], !found.isNull else { return nil }
        return found
    }

    /// Where `key`'s value is written, or the map's position when it is missing.
    public func position(of key: String) -> SourcePosition {
        value[key]?.position ?? value.position
    }

    /// An error at `key`'s value naming nothing else; for checks made by callers.
    public func error(_ message: String, at key: String) -> DataDiagnostic {
        DataDiagnostic(path: path, position: position(of: key), message: message)
    }

    /// A warning at `key`'s value; for checks made by callers.
    public func warning(_ message: String, at key: String) -> DataDiagnostic {
        DataDiagnostic(
            path: path, position: position(of: key), severity: .warning, message: message)
    }

    private func typeError(_ expected: String, _ key: String, _ found: DataValue) -> DataDiagnostic
    {
        DataDiagnostic(
            path: path, position: found.position,
            message: "Expected \(expected) for '\(fieldName(key))', found \(found.typeDescription)")
    }

    /// A string; a number or boolean is read as the text it was written as.
    ///
    /// Empty strings count as missing for required keys (already reported).
    public func string(_ key: String, diagnostics: inout [DataDiagnostic]) -> String? {
        guard let found = value(key) else { return nil }
        switch found.kind {
        case .string(let text):
            return text.allSatisfy(\.isWhitespace) && requiredKeys.contains(key) ? nil : text
        case .number, .bool:
            return found.scalarText
        case .null, .list, .map:
            diagnostics.append(typeError("a string", key, found))
            return nil
        }
    }

    /// `true` or `false`.
    public func bool(_ key: String, diagnostics: inout [DataDiagnostic]) -> Bool? {
        guard let found = value(key) else { return nil }
        guard let bool = found.bool else {
            diagnostics.append(typeError("true or false", key, found))
            return nil
        }
        return bool
    }

    /// A number; a string that is a plain decimal number (a quoted CSV cell) is accepted.
    public func decimal(_ key: String, diagnostics: inout [DataDiagnostic]) -> Decimal? {
        guard let found = value(key) else { return nil }
        if let number = found.number { return number }
        if let text = found.string, case .value(let number) = DecimalText.parse(Substring(text)) {
            return number
        }
        diagnostics.append(typeError("a number", key, found))
        return nil
    }

    /// A list of strings; a single string is read as a list of one.
    public func strings(_ key: String, diagnostics: inout [DataDiagnostic]) -> [String]? {
        guard let found = value(key) else { return nil }
        if let items = found.items {
            var result: [String] = []
            for (index, item) in items.enumerated() {
                guard let text = item.scalarText, item.bool == nil else {
                    diagnostics.append(
                        DataDiagnostic(
                            path: path, position: item.position,
                            message:
                                "Expected a string for '\(fieldName(key))[\(index + 1)]', found \(item.typeDescription)"
                        ))
                    continue
                }
                result.append(text)
            }
            return result
        }
        if let text = found.scalarText, found.bool == nil { return [text] }
        diagnostics.append(typeError("a list of strings", key, found))
        return nil
    }

    /// A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public func date(_ key: String, diagnostics: inout [DataDiagnostic]) -> CalendarDate? {
        guard let found = value(key) else { return nil }
        guard let text = found.scalarText, found.bool == nil else {
            diagnostics.append(typeError("a date (YYYY, YYYY-MM or YYYY-MM-DD)", key, found))
            return nil
        }
        do {
            return try CalendarDate.parse(text)
        } catch {
            diagnostics.append(
                DataDiagnostic(
                    path: path, position: found.position,
                    message: "\(error) for '\(fieldName(key))'"))
            return nil
        }
    }

    /// An http or https URL with a host and no spaces.
    public func url(_ key: String, diagnostics: inout [DataDiagnostic]) -> String? {
        guard let text = string(key, diagnostics: &diagnostics) else { return nil }
        guard URLCheck.isWebURL(text) else {
            diagnostics.append(
                error(
                    "Invalid URL '\(text)' for '\(fieldName(key))'; only http and https URLs are allowed",
                    at: key))
            return nil
        }
        return text
    }

    /// An id: lowercase ASCII letters, digits and '-', starting with a letter or digit.
    public func identifier(_ key: String, diagnostics: inout [DataDiagnostic]) -> String? {
        guard let text = string(key, diagnostics: &diagnostics) else { return nil }
        guard Identifier.isValid(text) else {
            diagnostics.append(
                error(
                    "Invalid id '\(text)' for '\(fieldName(key))'; use lowercase letters, digits and '-'",
                    at: key))
            return nil
        }
        return text
    }

    /// One of the raw values of `T`; `noun` names it in messages ("Unknown status ...").
    public func choice<T: RawRepresentable & CaseIterable>(
        _ key: String, as type: T.Type, noun: String, diagnostics: inout [DataDiagnostic]
    ) -> T? where T.RawValue == String {
        guard let text = string(key, diagnostics: &diagnostics) else { return nil }
        if let choice = T(rawValue: text) { return choice }
        let names = T.allCases.map(\.rawValue)
        diagnostics.append(
            error(
                "Unknown \(noun) '\(text)' for '\(fieldName(key))'; use \(Quoting.list(names, conjunction: "or"))",
                at: key))
        return nil
    }

    /// Reads the map under `key` with its own known keys; `nil` when missing or not a map.
    public func nested(
        _ key: String, required: [String], optional: [String] = [],
        unknownKeys: DataDiagnostic.Severity = .error, diagnostics: inout [DataDiagnostic]
    ) -> MapDecoder? {
        guard let found = value(key) else { return nil }
        return MapDecoder(
            found, path: path, keyPath: fieldName(key), required: required, optional: optional,
            unknownKeys: unknownKeys, diagnostics: &diagnostics)
    }
}
