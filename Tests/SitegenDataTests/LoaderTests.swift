import SitegenSupport
import Testing

@testable import SitegenData

@Suite struct YAMLLoaderTests {
    @Test func keepsKeyOrderTypesAndPositionsInUTF8Bytes() throws {
        let yaml = """
            # comment
            title: "Ünïcode"
            é: 2026
            flag: true
            nothing:
            list: [a, 1.50]
            """
        let root = try YAMLLoader.load(yaml, path: "a.yaml")
        let entries = try #require(root.entries)
        #expect(entries.map(\.key) == ["title", "é", "flag", "nothing", "list"])
        #expect(entries[0].value.kind == .string("Ünïcode"))
        #expect(entries[1].value.kind == .number(2026, text: "2026"))
        #expect(entries[1].value.position == SourcePosition(line: 3, column: 5))
        #expect(entries[2].value.kind == .bool(true))
        #expect(entries[3].value.isNull)
        let list = try #require(entries[4].value.items)
        #expect(list[1].kind == .number(1.5, text: "1.50"))
        #expect(list[1].position == SourcePosition(line: 6, column: 11))
    }

    @Test(arguments: [
        ("yes", DataValue.Kind.string("yes")), ("0x1F", .string("0x1F")),
        ("2026-04-13", .string("2026-04-13")), ("'12'", .string("12")), ("~", .null),
        ("False", .bool(false)), ("-3", .number(-3, text: "-3")), ("!!str 7", .string("7")),
        ("1e3", .number(1000, text: "1e3")), (".inf", .string(".inf")),
    ])
    func resolvesPlainScalarsByTheCoreSchema(text: String, kind: DataValue.Kind) throws {
        let root = try YAMLLoader.load("v: \(text)", path: "a.yaml")
        #expect(root["v"]?.kind == kind)
    }

    @Test func addsTheLineOffsetToPositionsAndErrors() throws {
        let root = try YAMLLoader.load("a: 1\nb: 2", path: "doc.md", lineOffset: 4)
        #expect(root["b"]?.position == SourcePosition(line: 6, column: 4))
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try YAMLLoader.load("a: 1\nb: c: d", path: "doc.md", lineOffset: 4)
        }
        #expect(
            error?.description
                == "doc.md:6:5: error: Invalid YAML: mapping values are not allowed in this context"
        )
    }

    @Test(arguments: [
        (
            "id: a\nname: x\nid: b\n",
            "a.yaml:3:1: error: Duplicate key 'id'; it is already set at line 1"
        ),
        (
            "- id: a\n  id: b\n",
            "a.yaml:2:3: error: Duplicate key 'id'; it is already set at line 1"
        ),
        ("{x: 1, x: 2}", "a.yaml:1:8: error: Duplicate key 'x'; it is already set at line 1"),
        (
            "a: [1, 2\nb: 3\n",
            "a.yaml:2:2: error: Invalid YAML: did not find expected ',' or ']' while parsing a flow sequence that starts at line 1"
        ),
        (
            "a: b: c\n",
            "a.yaml:1:5: error: Invalid YAML: mapping values are not allowed in this context"
        ),
        (
            "a: 1\n---\nb: 2\n",
            "a.yaml:2:1: error: Expected a single YAML document but found another one"
        ),
        ("a: *nope\n", "a.yaml:1:4: error: Invalid YAML: found an alias with no matching anchor"),
        (
            "é: \"x\n",
            "a.yaml:2:1: error: Invalid YAML: found unexpected end of stream while scanning a quoted scalar that starts at line 1"
        ),
        ("a: !custom 1\n", "a.yaml:1:4: error: Unsupported YAML tag '!custom'"),
        ("? [a]\n: 1\n", "a.yaml:1:3: error: Expected a plain key, found a list"),
    ])
    func reportsMalformedYAMLWithPositions(yaml: String, message: String) {
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try YAMLLoader.load(yaml, path: "a.yaml")
        }
        #expect(error?.description == message)
    }

    @Test func copiesAliasesAndAppliesMergeKeysWithExplicitKeysWinning() throws {
        let yaml = """
            base: &base {currency: USD, qualifier: exact}
            deal:
              amount: 5B
              <<: *base
              qualifier: about
            """
        let root = try YAMLLoader.load(yaml, path: "a.yaml")
        let deal = try #require(root["deal"]?.entries)
        #expect(deal.map(\.key) == ["amount", "currency", "qualifier"])
        #expect(root["deal"]?["qualifier"]?.string == "about")
        #expect(root["deal"]?["currency"]?.position == SourcePosition(line: 1, column: 24))
    }

    @Test func rejectsDocumentsThatExpandTooFarThroughAliases() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (index, name) in ["b", "c", "d", "e", "f", "g"].enumerated() {
            let previous = index == 0 ? "a" : ["b", "c", "d", "e", "f"][index - 1]
            yaml +=
                "\(name): &\(name) ["
                + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try YAMLLoader.load(yaml, path: "a.yaml")
        }
        #expect(
            error?.description
                == "a.yaml:1:1: error: The document expands to more than 1000000 values through aliases"
        )
    }

    @Test func loadsAnEmptyDocumentAsNull() throws {
        let root = try YAMLLoader.load("# nothing here\n", path: "a.yaml")
        #expect(root.isNull)
    }
}

@Suite struct JSONLoaderTests {
    @Test func keepsOrderNumbersTextAndBytePositions() throws {
        let json =
            "{\n  \"é\": \"ü\", \"n\": 1.50,\n  \"l\": [true, null, \"\\u00e9\\ud83d\\ude00\"]\n}"
        let root = try JSONLoader.load(json, path: "a.json")
        #expect(root.entries?.map(\.key) == ["é", "n", "l"])
        #expect(root["n"]?.kind == .number(1.5, text: "1.50"))
        #expect(root["n"]?.position == SourcePosition(line: 2, column: 20))
        #expect(root.entries?[1].keyPosition == SourcePosition(line: 2, column: 15))
        #expect(root["l"]?.items?[2].kind == .string("é😀"))
        #expect(root["l"]?.items?[1].isNull == true)
    }

    @Test(arguments: [
        (
            "{\"a\": 1, \"a\": 2}",
            "a.json:1:10: error: Duplicate key 'a'; it is already set at line 1"
        ),
        ("[1, 2", "a.json:1:6: error: Invalid JSON: expected ',' or ']', found end of file"),
        ("{\"a\" 1}", "a.json:1:6: error: Invalid JSON: expected ':' after a key, found '1'"),
        ("[01]", "a.json:1:2: error: Invalid JSON: malformed number '01'"),
        ("[1.]", "a.json:1:2: error: Invalid JSON: malformed number '1.'"),
        ("[NaN]", "a.json:1:2: error: Invalid JSON: expected a value, found 'NaN'"),
        ("{a: 1}", "a.json:1:2: error: Invalid JSON: expected a key in quotes, found 'a'"),
        ("[\"abc", "a.json:1:2: error: Invalid JSON: unterminated string"),
        ("[\"a\\x\"]", "a.json:1:4: error: Invalid JSON: unknown escape '\\x'"),
        ("[1] [2]", "a.json:1:5: error: Invalid JSON: unexpected '[' after the value"),
        ("\n\n  ", "a.json:3:3: error: Invalid JSON: the document is empty"),
        ("[\"\\ud800\"]", "a.json:1:3: error: Invalid JSON: unpaired surrogate escape"),
        ("[1e999]", "a.json:1:2: error: Number '1e999' is out of range"),
    ])
    func reportsMalformedJSONWithPositions(json: String, message: String) {
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try JSONLoader.load(json, path: "a.json")
        }
        #expect(error?.description == message)
    }

    @Test func rejectsNestingDeeperThanTheLimit() {
        let json = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try JSONLoader.load(json, path: "a.json")
        }
        #expect(
            error?.description
                == "a.json:1:513: error: Invalid JSON: nesting is deeper than 512 levels")
    }

    @Test func saysDeepYAMLIsTooDeepWithoutLibyamlsWords() {
        let yaml = "- " + String(repeating: "[", count: 3000) + String(repeating: "]", count: 3000)
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try YAMLLoader.load(yaml, path: "a.yaml")
        }
        #expect(
            error?.message
                == "The YAML nests lists or maps more than about 1,000 levels deep; flatten it")
        // Just under the limit loads.
        let deep = String(repeating: "[", count: 999) + String(repeating: "]", count: 999)
        #expect((try? YAMLLoader.load(deep, path: "a.yaml")) != nil)
        let over = String(repeating: "[", count: 1_100) + String(repeating: "]", count: 1_100)
        #expect((try? YAMLLoader.load(over, path: "a.yaml")) == nil)
    }
}

@Suite struct CSVLoaderTests {
    @Test func readsQuotesEscapedQuotesCRLFAndCellPositions() throws {
        let csv = "name,note,n\r\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\",7\r\né, x ,\r\n"
        let root = try CSVLoader.load(csv, path: "a.csv")
        let rows = try #require(root.items)
        #expect(rows.count == 2)
        #expect(rows[0]["name"]?.string == "Smith, J")
        #expect(rows[0]["note"]?.string == "said \"hi\"\nthen left")
        #expect(rows[0]["n"]?.kind == .number(7, text: "7"))
        #expect(rows[0]["n"]?.position == SourcePosition(line: 3, column: 12))
        #expect(rows[1]["note"]?.string == "x")
        #expect(rows[1]["note"]?.position == SourcePosition(line: 4, column: 5))
        #expect(rows[1]["n"]?.isNull == true)
        #expect(rows[1].entries?.map(\.keyPosition.column) == [1, 6, 11])
    }

    @Test(arguments: [
        ("a,b\n1,2,3\n", "a.csv:2:1: error: Expected 2 fields as in the header, found 3"),
        ("a,b\n1\n", "a.csv:2:1: error: Expected 2 fields as in the header, found 1"),
        ("a,a\n", "a.csv:1:3: error: Duplicate column 'a'; it is already column 1"),
        ("a,,c\n", "a.csv:1:3: error: Column 2 of the header has no name"),
        ("a,b\n\"x,2\n", "a.csv:2:1: error: Unterminated quoted field; close it with '\"'"),
        (
            "a,b\n\"x\"y,2\n",
            "a.csv:2:4: error: Unexpected 'y' after a closing quote; expected ',' or a line break"
        ),
        (
            "a,b\nx\"y,2\n",
            "a.csv:2:2: error: Unexpected quote in an unquoted field; put the whole field in quotes and double the quotes inside"
        ),
    ])
    func reportsMalformedCSVWithPositions(csv: String, message: String) {
        let error = thrownDiagnostic { () throws(DataDiagnostic) in
            try CSVLoader.load(csv, path: "a.csv")
        }
        #expect(error?.description == message)
    }

    @Test func shiftsPositionsByLineAndColumnOffsets() throws {
        let root = try CSVLoader.load("a,b\n1,2\n", path: "doc.md", lineOffset: 10, columnOffset: 2)
        #expect(root.items?[0]["b"]?.position == SourcePosition(line: 12, column: 5))
    }
}

@Suite struct DataFileTests {
    /// The problems `DataLoader` reports for `files`.
    private func problems(_ files: [DataFile]) -> [String] {
        var diagnostics: [DataDiagnostic] = []
        _ = DataLoader.loadDatasets(files, diagnostics: &diagnostics)
        return diagnostics.map(\.description)
    }

    @Test func reportsInvalidUTF8AtItsLineAndByteColumn() {
        var bytes = Array("a,b\né,".utf8)
        bytes.append(0xFF)
        #expect(
            problems([DataFile(path: "content/data/x.csv", bytes: bytes)]) == [
                "content/data/x.csv:2:4: error: Invalid UTF-8 byte 0xFF; save the file as UTF-8"
            ])
    }

    @Test(arguments: [
        ("content/data/x.yaml", "", "content/data/x.yaml:1:1: error: The data file is empty"),
        ("content/data/x.csv", " \n\n", "content/data/x.csv:1:1: error: The data file is empty"),
        (
            "content/data/x.yaml", "# only\n",
            "content/data/x.yaml:1:1: error: The data file has no records, only comments"
        ),
        (
            "content/data/x.json", "{\"a\": 1}",
            "content/data/x.json:1:1: error: Expected a list of records, found a map"
        ),
        (
            "content/data/x.yaml", "- a: 1\n- 2\n",
            "content/data/x.yaml:2:3: error: Expected a record (a map of fields), found a number"
        ),
        (
            "content/data/x.txt", "a",
            "content/data/x.txt: error: Unsupported data file extension 'txt'; use .yaml, .yml, .json or .csv"
        ),
    ])
    func rejectsEmptyAndShapelessFiles(path: String, text: String, message: String) {
        #expect(problems([DataFile(path: path, text: text)]) == [message])
    }

    @Test func loadsBytesWithAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8)
        let dataset = try DataLoader.parse(DataFile(path: "content/data/x.csv", bytes: bytes))
        #expect(
            dataset.records.first?.entries?.first?.keyPosition == SourcePosition(line: 1, column: 1)
        )
        #expect(dataset.fieldNames == ["a", "b"])
    }

    @Test func rejectsADatasetNameUsedTwice() {
        let files = [
            DataFile(path: "content/data/extra.yaml", text: "- a: 1\n"),
            DataFile(path: "content/data/extra.json", text: "[{\"a\": 1}]"),
        ]
        #expect(
            problems(files) == [
                "content/data/extra.yaml: error: Dataset 'extra' is already defined by 'content/data/extra.json'; use each name once"
            ])
    }
}
